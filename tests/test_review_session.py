"""The review pass driven through its injected console and key stream: order, keys, edits, saves."""

from __future__ import annotations

import io
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from rich.console import Console
from test_curate_decisions import FACT, ING, OTHER, ROLE, WHO

from generators.curate.decisions import (
    CHANGED,
    DROP,
    KEEP,
    NEW,
    Decisions,
    apply_decisions,
    decide,
    load_decisions,
)
from generators.curate.session import Flag, Review, items_of, status, summary, to_review
from generators.curate.view import ReviewView
from generators.records import Question

FACTS = [FACT, OTHER]
NOW = "2026-03-01T09:00:00+00:00"


def review(
    tmp_path: Path,
    keys: str,
    questions: list[Question] = [ROLE, WHO, ING],  # noqa: B006 (never mutated)
    flags: list[Flag] | None = None,
    decisions: Decisions | None = None,
) -> tuple[Decisions, str, str]:
    """Run a review over `questions` with `keys`; return the saved decisions, transcript, summary."""
    decisions = decisions or Decisions(tmp_path / "usine.decisions.yaml")
    out = io.StringIO()
    console = Console(file=out, width=100, no_color=True)
    items = to_review(items_of(questions, FACTS, decisions, flags or []))
    ui = ReviewView(console, io.StringIO(keys), interactive=False)
    tally = Review(ui, decisions, items, lambda: NOW).run()
    return load_decisions(decisions.path), out.getvalue(), summary(tally, "usine.decisions.yaml")


def test_enter_keeps_d_drops_with_reason_s_skips(tmp_path: Path) -> None:
    saved, transcript, line = review(tmp_path, "\nd\ntrop facile\ns\n")
    assert saved.entries[ROLE.id].action == KEEP
    assert (saved.entries[WHO.id].action, saved.entries[WHO.id].reason) == (DROP, "trop facile")
    assert ING.id not in saved.entries
    assert "Prompt:  Quelle fonction Claire Dubois occupe-t-elle ?" in transcript
    assert "1/3 · new · basic · basic" in transcript
    assert "  2. Claire Dubois ✓" in transcript
    assert line.startswith("Reviewed 2: 1 kept, 0 edited, 1 dropped; 1 skipped.")


def test_quit_and_end_of_keys_keep_what_was_decided(tmp_path: Path) -> None:
    saved, _, line = review(tmp_path, "d\n\nq\n")
    assert list(saved.entries) == [ROLE.id]
    assert "2 left for next time" in line
    saved, _, _ = review(tmp_path, "", decisions=saved)  # the end of input stops as q does
    assert list(saved.entries) == [ROLE.id]


def test_inline_edit_of_prompt_accept_and_choices(tmp_path: Path) -> None:
    keys = "s\ne\nQui préside le conseil régional ?\n\nDubois | C. Dubois\nClaire Dubois | Paul Martin\n"
    saved, transcript, _ = review(tmp_path, keys)
    edits = dict(saved.entries[WHO.id].edits)
    assert edits == {
        "prompt": "Qui préside le conseil régional ?",
        "accept": ("Dubois", "C. Dubois"),
        "choices": ("Claire Dubois", "Paul Martin"),
    }
    applied = apply_decisions(saved, [ROLE, WHO, ING], FACTS)
    assert applied.kept[1].choices == ("Claire Dubois", "Paul Martin")
    assert "also accepted ›" in transcript


def test_an_edit_whose_answer_is_no_choice_is_asked_again(tmp_path: Path) -> None:
    keys = "s\ne\n\nMarc Lefèvre\n\n\nk\n"
    saved, transcript, _ = review(tmp_path, keys)
    assert "must be one of the choices: edit again" in transcript
    assert saved.entries[WHO.id].action == KEEP


def test_flagged_first_then_changed_then_new(tmp_path: Path) -> None:
    decisions = Decisions(tmp_path / "usine.decisions.yaml")
    moved = replace(FACT, fields={**FACT.fields, "role": "maire"})
    decisions = decisions.with_decision(decide(ROLE, moved, KEEP, NOW))
    flags = [Flag(ING.id, "ana", "la réponse est floue", "2026-03-02T10:00:00+00:00")]
    items = items_of([ROLE, WHO, ING], FACTS, decisions, flags)
    assert [(i.question.id, i.state) for i in to_review(items)] == [
        (ING.id, NEW),
        (ROLE.id, CHANGED),
        (WHO.id, NEW),
    ]
    assert [i.question.id for i in to_review(items, flagged_only=True)] == [ING.id]
    counts = status(items, decisions)
    assert (counts["flagged"], counts["changed"], counts["new"], counts["reviewed"]) == (1, 1, 2, 0)


def test_a_flag_older_than_the_decision_does_not_bring_it_back(tmp_path: Path) -> None:
    decisions = Decisions(tmp_path / "x.yaml").with_decision(decide(ING, OTHER, KEEP, NOW))
    old = Flag(ING.id, "ana", "", "2026-02-01T10:00:00+00:00")
    assert to_review(items_of([ING], FACTS, decisions, [old])) == []


def test_a_changed_question_says_what_was_decided(tmp_path: Path) -> None:
    decisions = Decisions(tmp_path / "usine.decisions.yaml")
    decisions = decisions.with_decision(decide(ROLE, FACT, DROP, NOW, reason="doublon"))
    reworded = replace(ROLE, prompt="Quel poste Claire Dubois occupe-t-elle ?")
    saved, transcript, _ = review(tmp_path, "\n", [reworded], decisions=decisions)
    assert "changed since you reviewed it: you dropped it (doublon)" in transcript
    assert "was: Quelle fonction Claire Dubois occupe-t-elle ?" in transcript
    assert saved.entries[ROLE.id].action == KEEP  # decided again, on the new text


def test_flags_show_the_player_and_note(tmp_path: Path) -> None:
    flags = [Flag(ROLE.id, "ben", "trop long", "2026-03-02T10:00:00+00:00")]
    _, transcript, _ = review(tmp_path, "q\n", flags=flags)
    assert "⚑ flagged by ben: « trop long »" in transcript


def test_editor_edit_reads_back_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    script = tmp_path / "editor.py"
    script.write_text(
        "import pathlib, sys\np = pathlib.Path(sys.argv[1])\n"
        "p.write_text(p.read_text().replace('Quelle fonction', 'Quel poste'))\n"
    )
    monkeypatch.setenv("EDITOR", f"{sys.executable} {script}")
    out = io.StringIO()
    ui = ReviewView(Console(file=out, width=100), None, interactive=True)
    edits = ui.edit(ROLE)
    assert edits is not None and edits["prompt"] == "Quel poste Claire Dubois occupe-t-elle ?"


def test_source_text_is_data_not_markup(tmp_path: Path) -> None:
    sly = replace(ROLE, source="Claire Dubois [bold]x[/bold] \x1b[2J fin.")
    _, transcript, _ = review(tmp_path, "q\n", [sly])
    assert "[bold]x[/bold]" in transcript and "\x1b" not in transcript


def test_a_decision_saved_meanwhile_by_someone_else_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "usine.decisions.yaml"
    decisions = Decisions(path)  # read before the other member saved theirs
    path.write_text(f"{ING.id}:\n  decision: drop\n", encoding="utf-8")
    saved, _, _ = review(tmp_path, "\nq\n", decisions=decisions)
    assert {qid: d.action for qid, d in saved.entries.items()} == {ING.id: DROP, ROLE.id: KEEP}


def test_r_decides_a_changed_question_as_before(tmp_path: Path) -> None:
    decisions = Decisions(tmp_path / "usine.decisions.yaml")
    decisions = decisions.with_decision(decide(ROLE, FACT, DROP, NOW, reason="doublon"))
    reworded = replace(ROLE, prompt="Quel poste Claire Dubois occupe-t-elle ?")
    saved, _, _ = review(tmp_path, "r\n", [reworded], decisions=decisions)
    again = saved.entries[ROLE.id]
    assert (again.action, again.reason, again.was) == (DROP, "doublon", reworded.prompt)
    applied = apply_decisions(saved, [reworded], FACTS)
    assert applied.dropped == [reworded]
