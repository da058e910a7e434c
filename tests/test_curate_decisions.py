"""The decisions file: read with FILE:LINE errors, saved atomically, applied with change detection."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from generators.curate.decisions import (
    CHANGED,
    DROP,
    DROPPED,
    DROPPED_TAG,
    EDIT,
    EDITED,
    KEEP,
    KEPT,
    NEW,
    Decisions,
    apply_decisions,
    decide,
    decisions_path,
    load_decisions,
    mark_dropped,
    save_decisions,
    state_of,
)
from generators.errors import InputError
from generators.export.anki import writer
from generators.records import Fact, Question
from generators.source.recipes import is_recipe

SENTENCE = "La présidente du conseil régional, Claire Dubois, a inauguré l'usine."
FACT = Fact(
    "person_role",
    SENTENCE,
    0,
    len(SENTENCE),
    {"person": "Claire Dubois", "role": "présidente du conseil régional"},
    "usine:person_role:aaaa",
)
OTHER = replace(FACT, fields={"person": "Inès Haddad", "role": "ingénieure"}, id="usine:b")
ROLE = Question(
    "0123456789abcdef",
    FACT.id,
    "person-fonction",
    "basic",
    "Quelle fonction Claire Dubois occupe-t-elle ?",
    "présidente du conseil régional",
    source=SENTENCE,
)
WHO = Question(
    "fedcba9876543210",
    FACT.id,
    "role-qui-qcm",
    "mcq",
    "Qui est la présidente du conseil régional ?",
    "Claire Dubois",
    choices=("Inès Haddad", "Claire Dubois", "Paul Martin"),
    source=SENTENCE,
)
ING = Question(
    "1111222233334444", OTHER.id, "person-fonction", "basic", "Quelle fonction ?", "ingénieure"
)
NOW = "2026-03-01T09:00:00+00:00"


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "usine.decisions.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def saved(tmp_path: Path, *decided: tuple[Question, str]) -> Decisions:
    """Save decisions on the questions as they are now; return them read back from the file."""
    decisions = Decisions(tmp_path / "usine.decisions.yaml")
    facts = {FACT.id: FACT, OTHER.id: OTHER}
    for question, action in decided:
        edits = {"prompt": "Quel poste Claire Dubois occupe-t-elle ?"} if action == EDIT else None
        decisions = decisions.with_decision(
            decide(
                question, facts[question.fact_id], action, NOW, edits=edits, reason="trop facile"
            )
        )
    save_decisions(decisions)
    return load_decisions(decisions.path)


def test_decisions_file_sits_beside_the_recipe_and_is_no_recipe() -> None:
    path = decisions_path(Path("decks/usine.yaml"))
    assert path == Path("decks/usine.decisions.yaml")
    assert not is_recipe(path) and is_recipe(Path("decks/usine.yaml"))


def test_no_file_means_no_decisions(tmp_path: Path) -> None:
    assert load_decisions(tmp_path / "absent.decisions.yaml").entries == {}


def test_saved_decisions_read_back_and_apply(tmp_path: Path) -> None:
    decisions = saved(tmp_path, (ROLE, EDIT), (WHO, DROP), (ING, KEEP))
    text = decisions.path.read_text(encoding="utf-8")
    assert text.startswith("# factdeck review decisions")
    assert "was: Quelle fonction Claire Dubois occupe-t-elle ?" in text
    applied = apply_decisions(decisions, [ROLE, WHO, ING], [FACT, OTHER])
    assert [q.prompt for q in applied.kept] == [
        "Quel poste Claire Dubois occupe-t-elle ?",
        "Quelle fonction ?",
    ]
    assert applied.kept[0].id == ROLE.id and applied.kept[0].fact_id == ROLE.fact_id  # same GUID
    assert [q.id for q in applied.dropped] == [WHO.id]
    assert decisions.entries[WHO.id].reason == "trop facile"
    assert dict(applied.states) == {ROLE.id: EDITED, WHO.id: DROPPED, ING.id: KEPT}


def test_an_edit_that_changes_nothing_is_a_keep() -> None:
    decision = decide(ROLE, FACT, EDIT, NOW, edits={"prompt": ROLE.prompt})
    assert (decision.action, dict(decision.edits)) == (KEEP, {})


@pytest.mark.parametrize(
    "changed",
    [
        pytest.param(lambda q, f: (q, replace(f, fields={**f.fields, "role": "maire"})), id="fact"),
        pytest.param(lambda q, f: (q, replace(f, sentence="Claire Dubois, maire.")), id="sentence"),
        pytest.param(lambda q, f: (replace(q, prompt="Quel rôle ?"), f), id="template"),
    ],
)
def test_a_question_changed_underneath_its_decision_is_not_applied(
    tmp_path: Path, changed: object
) -> None:
    decisions = saved(tmp_path, (ROLE, DROP))
    question, fact = changed(ROLE, FACT)  # type: ignore[operator]
    applied = apply_decisions(decisions, [question], [fact])
    assert applied.states[ROLE.id] == CHANGED
    assert applied.kept == [question] and applied.dropped == []
    assert ROLE.id in load_decisions(decisions.path).entries  # never silently lost


def test_a_move_of_the_sentence_in_the_article_changes_nothing(tmp_path: Path) -> None:
    decisions = saved(tmp_path, (ROLE, DROP))
    moved = replace(FACT, start=FACT.start + 40, end=FACT.end + 40)
    assert state_of(decisions.get(ROLE.id), ROLE, moved) == DROPPED


def test_a_hand_written_decision_is_trusted_and_a_vanished_question_kept(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        f"{ROLE.id}:\n  decision: drop\n"
        "aaaabbbbccccdddd:\n  decision: keep\n  fact: 0123\n  question: 4567\n",
    )
    applied = apply_decisions(load_decisions(path), [ROLE, ING], [FACT, OTHER])
    assert applied.states == {ROLE.id: DROPPED, ING.id: NEW}
    assert [d.id for d in applied.gone] == ["aaaabbbbccccdddd"]


def test_a_dropped_question_is_tagged_as_the_anki_writer_reads_it() -> None:
    assert DROPPED_TAG == writer.DROPPED_TAG == "factdeck::dropped"
    assert DROPPED_TAG in mark_dropped(ROLE).tags


BAD = [
    (f"{ROLE.id}:\n  decision: keep\n   reason: a: b\n", 3, "fix the YAML syntax"),
    ("- a\n- b\n", 1, "a decisions file maps question ids to decisions"),
    (f"{ROLE.id}:\n  decision: keep\n  colour: red\n", 3, "unknown field 'colour' in decision"),
    (f"{ROLE.id}:\n  decision: maybe\n", 2, "needs `decision: keep`, `edit` or `drop`"),
    (f"{ROLE.id}: drop\n", 1, "must be a mapping such as `decision: keep`"),
    (f"{ROLE.id}:\n  decision: edit\n  accept: oui\n", 3, "field 'accept' of decision"),
    (f"{ROLE.id}:\n  decision: keep\n  prompt: Autre ?\n", 3, "sets 'prompt' but is 'keep'"),
    (
        f"{ROLE.id}:\n  decision: keep\n{ROLE.id}:\n  decision: drop\n",
        3,
        "is decided twice (first on line 1)",
    ),
    ("0000000000000000:\n  decision: drop\n", 1, "unknown question id '0000000000000000'"),
    (f"{WHO.id}:\n  decision: edit\n  answer: Marc Lefèvre\n", 1, "is not among its choices"),
]


@pytest.mark.parametrize(("text", "line", "message"), BAD)
def test_a_bad_decisions_file_says_file_and_line(
    tmp_path: Path, text: str, line: int, message: str
) -> None:
    path = write(tmp_path, text)
    with pytest.raises(InputError) as error:
        apply_decisions(load_decisions(path), [ROLE, WHO], [FACT])
    assert str(error.value).startswith(f"{path}:{line}: ")
    assert message in str(error.value)
    assert path.read_text(encoding="utf-8") == text  # nothing written
