"""Built decks as Anki itself sees them: import into a fresh collection with the official package."""

from __future__ import annotations

import os
import re
import shutil
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest
from conftest import anki_sample

from generators.build.compose import deck_name_for, input_timestamp, load, questions_of
from generators.export.anki.models import NOTE_TYPES, stable_id
from generators.export.anki.notes import note_guid
from generators.export.anki.writer import BuiltDeck, write_deck
from generators.questions import Question

DATA = Path(__file__).resolve().parent / "data"


def build_source(source_arg: str, output: Path) -> BuiltDeck:
    """Build SOURCE's deck the way `factdeck build` does, keeping the writer's full record."""
    source = load(source_arg)
    recipe = source.recipe
    return write_deck(
        output,
        questions_of(source),
        deck_name=deck_name_for(source),
        article=source.header,
        timestamp=input_timestamp(source),
        tags=recipe.tags if recipe else (),
    )


ROOT = Path(__file__).resolve().parent.parent
TS = 1_614_600_000
FACTDECK_MODELS = {t.name for t in NOTE_TYPES.values()}


sample = anki_sample


def build(path: Path, questions: list[Question] | None = None, timestamp: int = TS) -> Any:
    article, sample_questions = sample()
    return write_deck(
        path,
        questions or sample_questions,
        deck_name="Groupe::Usine",
        article=article,
        timestamp=timestamp,
    )


@pytest.fixture
def col(tmp_path: Path) -> Iterator[Collection]:
    collection = Collection(str(tmp_path / "collection.anki2"))
    yield collection
    collection.close()


def import_deck(col: Collection, path: Path) -> dict[str, int]:
    """Import `path` with Anki's default options; return the log's counts."""
    request = ImportAnkiPackageRequest(package_path=str(path), options=ImportAnkiPackageOptions())
    log = col.import_anki_package(request).log
    names = (
        "new",
        "updated",
        "duplicate",
        "conflicting",
        "first_field_match",
        "missing_notetype",
        "missing_deck",
        "empty_first_field",
    )
    return {name: len(getattr(log, name)) for name in names}


def text(html: str) -> str:
    """Return the visible text of rendered card HTML (styles and scripts dropped)."""
    html = re.sub(r"(?s)<style>.*?</style>|<script>.*?</script>", "", html)
    return " ".join(
        re.sub(r"<[^>]+>", " ", html).replace("\u00a0", " ").replace("\u202f", " ").split()
    )


def cards_by_type(col: Collection) -> dict[tuple[str, int], list[Any]]:
    found: dict[tuple[str, int], list[Any]] = {}
    for cid in col.find_cards(""):
        card = col.get_card(cid)
        found.setdefault((card.note_type()["name"], card.ord), []).append(card)
    return found


def answer_first_card(col: Collection, deck: str) -> Any:
    """Review the first new card of `deck` with « Good », as a user would."""
    col.decks.select(col.decks.id_for_name(deck))
    card = col.sched.getCard()
    card.start_timer()
    col.sched.answerCard(card, 3)
    return col.get_card(card.id)


def test_import_counts_and_no_empty_cards(tmp_path: Path, col: Collection) -> None:
    path = tmp_path / "deck.apkg"
    build(path)
    assert import_deck(col, path)["new"] == 6
    assert col.note_count() == 6
    assert col.card_count() == 7
    assert not col.get_empty_cards().notes
    counts = Counter({key: len(cards) for key, cards in cards_by_type(col).items()})
    assert counts == {
        ("factdeck Basic", 0): 3,
        ("factdeck Basic", 1): 1,
        ("factdeck Cloze", 0): 1,
        ("factdeck Type-in", 0): 1,
        ("factdeck MCQ", 0): 1,
    }
    assert "Groupe::Usine" in col.decks.all_names()
    assert {m.name for m in col.models.all_names_and_ids()} >= FACTDECK_MODELS
    for name in FACTDECK_MODELS:
        assert col.models.by_name(name)["id"] == stable_id(name)


def test_rendered_front_and_back_of_each_note_type(tmp_path: Path, col: Collection) -> None:
    path = tmp_path / "deck.apkg"
    build(path)
    import_deck(col, path)
    cards = cards_by_type(col)
    for card_list in cards.values():
        for card in card_list:
            front, back = text(card.question()), text(card.answer())
            assert front and back and front != back
            assert '"schema"' not in card.question() + card.answer()  # Meta is never shown
    by_prompt = {text(c.question()): c for cs in cards.values() for c in cs}
    basic = by_prompt["Quelle fonction Claire Dubois occupe-t-elle ?"]
    assert "présidente du conseil régional" in text(basic.answer())
    assert "<mark>présidente du conseil régional</mark>" in basic.answer()
    assert "Une usine de batteries en Lorraine · mars 2021" in text(basic.answer())
    reverse = cards[("factdeck Basic", 1)][0]
    assert text(reverse.question()).endswith("correspond-elle ? présidente du conseil régional")
    assert "Quelle fonction Claire Dubois occupe-t-elle ?" in text(reverse.answer())
    escaped = next(c for p, c in by_prompt.items() if p.startswith("Qui a déclaré"))
    assert "&lt;b&gt;emplois&lt;/b&gt; &amp; la formation" in escaped.question()
    cloze = cards[("factdeck Cloze", 0)][0]
    assert (
        text(cloze.question()) == "La nouvelle usine doit créer environ [...] emplois d'ici 2027."
    )
    assert "environ 1 200 emplois" in text(cloze.answer())
    typein = cards[("factdeck Type-in", 0)][0]
    assert "[[type:Answer]]" in typein.question()
    assert "2,5 millions" in text(typein.answer())
    mcq = cards[("factdeck MCQ", 0)][0]
    for choice in ("Claire Dubois", "Inès Haddad", "Marc Lefèvre", "Paul Martin"):
        assert choice in text(mcq.question())
    assert '<b class="fd-mcq-answer">Inès Haddad</b>' in mcq.answer()
    assert "<script>" in mcq.question() and "<script>" in mcq.answer()


def test_reimporting_the_same_file_adds_nothing(tmp_path: Path, col: Collection) -> None:
    path = tmp_path / "deck.apkg"
    build(path)
    import_deck(col, path)
    again = import_deck(col, path)
    assert again["new"] == 0 and again["updated"] == 0 and again["conflicting"] == 0
    assert again["duplicate"] == 6
    assert col.note_count() == 6 and col.card_count() == 7


def test_rebuild_updates_changed_notes_only_and_keeps_reviews(
    tmp_path: Path, col: Collection
) -> None:
    path = tmp_path / "deck.apkg"
    build(path)
    import_deck(col, path)
    reviewed = answer_first_card(col, "Groupe::Usine")
    assert reviewed.reps == 1
    before = {col.get_note(nid).guid: col.get_note(nid) for nid in col.find_notes("")}
    _, questions = sample()
    changed = by_id(questions, "q-cloze")
    one_word = [
        replace(q, prompt=q.prompt.replace("nouvelle", "future")) if q is changed else q
        for q in questions
    ]
    build(path, one_word, timestamp=TS + 3600)
    result = import_deck(col, path)
    assert result["new"] == 0 and result["conflicting"] == 0
    assert result["updated"] == 1 and result["duplicate"] == 5
    after = {col.get_note(nid).guid: col.get_note(nid) for nid in col.find_notes("")}
    assert after.keys() == before.keys()
    changed_guid = note_guid(changed)
    assert "future usine" in after[changed_guid]["Text"]
    for guid, note in after.items():
        if guid != changed_guid:
            assert note.fields == before[guid].fields and note.mod == before[guid].mod
    card = col.get_card(reviewed.id)
    assert (card.reps, card.ivl, card.type, card.due) == (
        reviewed.reps,
        reviewed.ivl,
        reviewed.type,
        reviewed.due,
    )
    assert col.db.scalar("select count() from revlog where cid = ?", reviewed.id) == 1
    assert col.note_count() == 6 and col.card_count() == 7
    assert_no_conflicting_note_types(col)


def test_changed_card_style_updates_the_note_type_in_place(tmp_path: Path, col: Collection) -> None:
    path = tmp_path / "deck.apkg"
    build(path)
    import_deck(col, path)
    mine = tmp_path / "mine" / "anki"
    mine.mkdir(parents=True)
    (mine / "style.css").write_text(".card { color: teal; }", encoding="utf-8")
    article, questions = sample()
    write_deck(
        path,
        questions,
        deck_name="Groupe::Usine",
        article=article,
        timestamp=TS + 60,
        template_dirs=[tmp_path / "mine"],
    )
    result = import_deck(col, path)
    assert result["new"] == 0 and result["updated"] == 0
    assert col.models.by_name("factdeck Basic")["css"] == ".card { color: teal; }"
    assert_no_conflicting_note_types(col)


def assert_no_conflicting_note_types(col: Collection) -> None:
    """Each factdeck note type the decks used is there once, under its own stable id.

    A deck only carries the note types of its cards (a deck without numeric questions has no
    Type-in), so the check is on the types present: none unknown, none duplicated (Anki adds
    « factdeck Basic-1a2b3 » when an import conflicts), each with its fixed id.
    """
    names = [m.name for m in col.models.all_names_and_ids() if m.name.startswith("factdeck")]
    assert names, "no factdeck note type was imported"
    assert len(names) == len(set(names))
    assert set(names) <= FACTDECK_MODELS, sorted(set(names) - FACTDECK_MODELS)
    for name in names:
        assert col.models.by_name(name)["id"] == stable_id(name)
        assert col.models.by_name(name)["flds"][-1]["name"] == "Meta"


def by_id(questions: list[Question], qid: str) -> Question:
    return next(q for q in questions if q.id == qid)


# --- the seed deck, through the real pipeline ----------------------------------------------------


@pytest.fixture
def seed_copy(tmp_path: Path) -> Path:
    """Copy the seed recipe and article to a folder of their own (the test edits the article)."""
    folder = tmp_path / "decks"
    folder.mkdir()
    for name in ("otan-irak-2020-02.yaml", "otan-irak-2020-02.txt"):
        shutil.copy2(ROOT / "decks" / name, folder / name)
    return folder / "otan-irak-2020-02.yaml"


@pytest.mark.slow
def test_seed_deck_imports_and_updates_after_a_one_word_change(
    tmp_path: Path, col: Collection, seed_copy: Path, nlp: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "seed.apkg"
    built = build_source(str(seed_copy), out)
    first = import_deck(col, out)
    empty = col.get_empty_cards().notes
    per_type = Counter(
        f"{name} {ord_}" for (name, ord_), cards in cards_by_type(col).items() for _ in cards
    )
    with capsys.disabled():
        print(
            f"\nseed deck: {col.note_count()} notes, {col.card_count()} cards, {dict(sorted(per_type.items()))}; import log {first}"
        )
    assert first["new"] == built.note_count == col.note_count() >= 10
    assert col.card_count() == built.cards
    assert not empty
    assert {"factdeck Basic", "factdeck MCQ"} <= {name for name, _ in cards_by_type(col)}
    again = import_deck(col, out)
    with capsys.disabled():
        print(f"seed re-import of the same file: import log {again}")
    assert again["new"] == again["updated"] == 0 and again["duplicate"] == built.note_count
    deck = built.deck_name
    reviewed = answer_first_card(col, deck)
    before = {
        col.get_note(nid).guid: (col.get_note(nid).fields, col.get_note(nid).mod)
        for nid in col.find_notes("")
    }

    article = seed_copy.with_suffix(".txt")
    text_before = article.read_text(encoding="utf-8")
    edited = text_before.replace("rencontrait", "retrouvait", 1)
    assert edited != text_before
    article.write_text(edited, encoding="utf-8")
    stamp = built.timestamp + 120
    os.utime(article, (stamp, stamp))
    rebuilt = build_source(str(seed_copy), out)
    second = import_deck(col, out)
    with capsys.disabled():
        print(f"seed rebuild after one word changed: import log {second}")
    after = {
        col.get_note(nid).guid: (col.get_note(nid).fields, col.get_note(nid).mod)
        for nid in col.find_notes("")
    }
    changed = {guid for guid in after if guid in before and after[guid][0] != before[guid][0]}
    assert second["new"] == len(set(rebuilt.guids) - set(before)) == 0
    assert second["updated"] == len(changed) >= 1
    assert all("retrouvait" in "".join(after[guid][0]) for guid in changed)
    for guid in set(after) - changed:
        assert after[guid] == before[guid]
    assert col.get_card(reviewed.id).reps == 1
    assert col.note_count() == len(before)
    assert_no_conflicting_note_types(col)
