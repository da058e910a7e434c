"""Anki deck writer: note types, fields, GUIDs, deterministic packages, and the build command."""

from __future__ import annotations

import json
import shutil
import sqlite3
import sys
import zipfile
from dataclasses import replace
from pathlib import Path
from typing import Any

import genanki
import pytest
from conftest import anki_sample
from conftest import run_factdeck as run

from generators.errors import OutputError, TemplateError
from generators.export.anki.models import NOTE_TYPES, make_model, stable_id
from generators.export.anki.notes import (
    french_date,
    highlight,
    make_note,
    note_guid,
    note_type_key,
    read_meta,
    typed_answer,
)
from generators.export.anki.writer import write_deck
from generators.files.resources import card_template_dirs
from generators.questions import Question

DATA = Path(__file__).resolve().parent / "data"
TS = 1_614_600_000  # 2021-03-01


sample = anki_sample


def by_id(questions: list[Question], qid: str) -> Question:
    return next(q for q in questions if q.id == qid)


def build(
    path: Path, questions: list[Question] | None = None, timestamp: int = TS, **kwargs: Any
) -> Any:
    article, sample_questions = sample()
    return write_deck(
        path,
        questions or sample_questions,
        deck_name="Groupe::Usine",
        article=article,
        timestamp=timestamp,
        **kwargs,
    )


def rows(path: Path, query: str) -> list[tuple[Any, ...]]:
    """Run `query` on the collection inside the .apkg at `path`."""
    with zipfile.ZipFile(path) as archive:
        data = archive.read("collection.anki2")
    db = path.with_suffix(".inspect.sqlite")
    db.write_bytes(data)
    conn = sqlite3.connect(db)
    try:
        return conn.execute(query).fetchall()
    finally:
        conn.close()
        db.unlink()


# --- note types and identity --------------------------------------------------------------------


def test_model_ids_are_stable_hashes_of_the_names() -> None:
    ids = {t.name: t.model_id for t in NOTE_TYPES.values()}
    assert ids == {name: stable_id(name) for name in ids}
    assert len(set(ids.values())) == len(ids)
    assert all((1 << 30) <= i < (1 << 31) for i in ids.values())
    assert stable_id("factdeck Basic") == stable_id("factdeck Basic")
    assert stable_id("factdeck Basic") != stable_id("factdeck Basic ")


def test_meta_is_the_last_field_of_every_note_type() -> None:
    assert {t.name for t in NOTE_TYPES.values()} == {
        "factdeck Basic",
        "factdeck Cloze",
        "factdeck Type-in",
        "factdeck MCQ",
    }
    for note_type in NOTE_TYPES.values():
        assert note_type.fields[-1] == "Meta"
        assert len(set(note_type.fields)) == len(note_type.fields)


def test_no_card_shows_meta() -> None:
    dirs = card_template_dirs()
    for note_type in NOTE_TYPES.values():
        model = make_model(note_type, dirs)
        for template in model.templates:
            assert "Meta" not in template["qfmt"] + template["afmt"]


def test_guid_is_a_hash_of_fact_and_template_only() -> None:
    _, questions = sample()
    question = by_id(questions, "q-basic")
    reworded = replace(
        question,
        prompt="Quelle est la fonction de Claire Dubois ?",
        answer="présidente de région",
        id="x",
    )
    assert (
        note_guid(reworded)
        == note_guid(question)
        == genanki.guid_for(question.fact_id, question.template)
    )
    assert note_guid(replace(question, template="person-role-autre")) != note_guid(question)
    assert note_guid(replace(question, fact_id=question.fact_id + "0")) != note_guid(question)


@pytest.mark.parametrize(
    ("qid", "expected"),
    [
        ("q-basic", "basic"),
        ("q-basic-html", "basic"),
        ("q-cloze", "cloze"),
        ("q-numeric", "typein"),
        ("q-mcq", "mcq"),
        ("q-truefalse", "basic"),
    ],
)
def test_note_type_follows_the_kind(qid: str, expected: str) -> None:
    _, questions = sample()
    assert note_type_key(by_id(questions, qid)) == expected


def test_note_type_falls_back_when_the_kind_cannot_be_shown() -> None:
    _, questions = sample()
    mcq = by_id(questions, "q-mcq")
    assert note_type_key(replace(mcq, choices=("Inès Haddad",))) == "basic"
    cloze = by_id(questions, "q-cloze")
    assert (
        note_type_key(replace(cloze, prompt="Sans trou.", source="Une phrase sans la réponse."))
        == "basic"
    )
    assert note_type_key(replace(mcq, meta={"note_type": "typein"})) == "typein"


# --- fields ---------------------------------------------------------------------------------------


def test_every_field_is_html_escaped() -> None:
    article, questions = sample()
    note = make_note(by_id(questions, "q-basic-html"), article)
    fields = dict(zip(note.note_type.fields, note.fields, strict=True))
    assert "&lt;b&gt;emplois&lt;/b&gt; &amp; la formation" in fields["Question"]
    assert "<b>" not in fields["Question"] and "<b>" not in fields["Source"]
    assert fields["Source"].count("<mark>") == 1
    assert not set("<>&") & set(fields["Meta"])
    assert "\u00a0?" in fields["Question"]  # French no-break space before « ? » in HTML


def test_meta_round_trips_the_question() -> None:
    article, questions = sample()
    for question in questions:
        note = make_note(question, article)
        meta = read_meta(note.fields[-1])
        assert json.loads(note.fields[-1]) == meta  # plain JSON, HTML-safe without escaping
        assert meta["schema"] == 1
        assert meta["article"] == {
            "slug": "usine-lorraine-2021-03",
            "title": "Une usine de batteries en Lorraine",
            "date": "2021-03",
            "language": "fr",
            "source": "usine-lorraine-2021-03.txt",
        }
        assert {
            k: v for k, v in meta.items() if k not in ("article", "schema")
        } == question.to_dict()


def test_sort_field_is_plain_text() -> None:
    article, questions = sample()
    cloze = make_note(by_id(questions, "q-cloze"), article)
    assert cloze.sort_field == "La nouvelle usine doit créer environ 1 200 emplois d'ici 2027."
    html_note = make_note(by_id(questions, "q-basic-html"), article)
    assert html_note.sort_field.startswith("Qui a déclaré : « Les <b>emplois</b> & la formation")


def test_tags_have_no_spaces_and_name_type_article_template() -> None:
    article, questions = sample()
    note = make_note(by_id(questions, "q-basic"), article, ["études européennes"])
    assert all(" " not in tag for tag in note.tags)
    for tag in (
        "factdeck::type::person_role",
        "factdeck::article::usine-lorraine-2021-03",
        "factdeck::template::person-role-fonction",
        "usine_lorraine",
        "études_européennes",
    ):
        assert tag in note.tags


def test_reverse_card_only_when_the_template_asks() -> None:
    article, questions = sample()
    asked = dict(
        zip(
            NOTE_TYPES["basic"].fields,
            make_note(by_id(questions, "q-basic"), article).fields,
            strict=True,
        )
    )
    plain = dict(
        zip(
            NOTE_TYPES["basic"].fields,
            make_note(by_id(questions, "q-basic-html"), article).fields,
            strict=True,
        )
    )
    assert asked["Reverse"] == "présidente du conseil régional"
    assert plain["Reverse"] == ""


def test_cloze_is_made_from_the_source_when_the_prompt_has_no_gap() -> None:
    article, questions = sample()
    question = replace(by_id(questions, "q-cloze"), prompt="Combien d'emplois ?", answer="1 200")
    text = make_note(question, article).fields[0]
    assert text == "La nouvelle usine doit créer environ {{c1::1\u202f200}} emplois d'ici 2027."


@pytest.mark.parametrize(
    ("sentence", "answer", "marked"),
    [
        ("Quelque 340 gardes servent.", "environ 340", "340"),
        ("M. Lichtenberg a parlé.", "Sven Lichtenberg", "Lichtenberg"),
        (
            "Elle a succédé au major-général Lebrun.",
            "au major-général Lebrun",
            "au major-général Lebrun",
        ),
        ("L’usine de Metz ouvre.", "l'usine", "L’usine"),
        ("Il y a 1800 places, pas 800.", "800", "800"),
        ("Il y a 1 800 places, pas 800.", "800", "800"),
        ("Il y a 1\u202f800 places.", "1 800", "1 800"),
        ("La réunion a eu lieu le 13 août 2019.", "le 13 août 2019", "le 13 août 2019"),
    ],
)
def test_source_highlights_the_answer(sentence: str, answer: str, marked: str) -> None:
    html = highlight(sentence, answer)
    assert f"<mark>{marked}</mark>" in html.replace("\u202f", " ").replace("\u00a0", " ")
    assert html.count("<mark>") == 1


def test_source_without_the_answer_has_no_highlight() -> None:
    assert highlight("Une phrase.", "Lucie Marchand") == "Une phrase."


@pytest.mark.parametrize(
    ("answer", "accept", "typed"),
    [
        ("quelque 340", ("340",), "340"),
        ("2,5 millions", ("2500000",), "2,5 millions"),
        ("Lucie Marchand", ("la major-générale Lucie Marchand", "Marchand"), "Marchand"),
        ("13 août", ("13 août 2019",), "13 août"),
        ("1 800", ("800",), "1 800"),
    ],
)
def test_type_in_expects_the_shortest_accepted_part_of_the_answer(
    answer: str, accept: tuple[str, ...], typed: str
) -> None:
    article, questions = sample()
    question = replace(by_id(questions, "q-numeric"), answer=answer, accept=accept)
    assert typed_answer(question) == typed
    assert make_note(question, article).fields[1] == typed


@pytest.mark.parametrize(
    ("iso", "french"),
    [
        ("2020-02", "février 2020"),
        ("2021", "2021"),
        ("2020-02-12", "12 février 2020"),
        ("2020-08-01", "1er août 2020"),
        ("hier", "hier"),
    ],
)
def test_article_date_in_french(iso: str, french: str) -> None:
    assert french_date(iso) == french


# --- packages -------------------------------------------------------------------------------------


def test_unchanged_rebuild_is_byte_identical(tmp_path: Path) -> None:
    first = tmp_path / "a" / "deck.apkg"
    first.parent.mkdir()
    build(first)
    before = first.read_bytes()
    build(first)
    assert first.read_bytes() == before
    elsewhere = tmp_path / "deck.apkg"
    build(elsewhere)
    assert elsewhere.read_bytes() == before


def test_package_ids_guids_and_timestamps(tmp_path: Path) -> None:
    path = tmp_path / "deck.apkg"
    result = build(path)
    _, questions = sample()
    notes = rows(path, "SELECT id, guid, mid, mod FROM notes ORDER BY id")
    assert [guid for _, guid, _, _ in notes] == [
        genanki.guid_for(q.fact_id, q.template) for q in questions
    ]
    assert {mod for *_, mod in notes} == {TS}
    assert notes[0][0] == TS * 1000
    (models_json, decks_json) = rows(path, "SELECT models, decks FROM col")[0]
    models = json.loads(models_json)
    assert {int(k): m["name"] for k, m in models.items()} == {
        t.model_id: t.name for t in NOTE_TYPES.values()
    }
    assert all(m["flds"][-1]["name"] == "Meta" for m in models.values())
    assert str(stable_id("Groupe::Usine")) in json.loads(decks_json)
    cards = rows(path, "SELECT nid, ord FROM cards")
    assert len(cards) == result.cards == 7  # six notes, one reverse card
    assert result.notes == {
        "factdeck Basic": 3,
        "factdeck Cloze": 1,
        "factdeck MCQ": 1,
        "factdeck Type-in": 1,
    }


def test_zip_entries_have_dates_from_the_timestamp(tmp_path: Path) -> None:
    path = tmp_path / "deck.apkg"
    build(path)
    with zipfile.ZipFile(path) as archive:
        assert archive.namelist() == ["collection.anki2", "media"]
        assert {info.date_time for info in archive.infolist()} == {(2021, 3, 1, 12, 0, 0)}
        assert archive.read("media") == b"{}"


def test_rebuild_keeps_the_mod_of_unchanged_notes(tmp_path: Path) -> None:
    path = tmp_path / "deck.apkg"
    build(path)
    _, questions = sample()
    changed = [
        replace(q, prompt=q.prompt.replace("Claire", "Claire-Anne")) if q.id == "q-basic" else q
        for q in questions
    ]
    build(path, changed, timestamp=TS + 500)
    mods = dict(rows(path, "SELECT guid, mod FROM notes"))
    assert mods.pop(note_guid(by_id(questions, "q-basic"))) == TS + 500
    assert set(mods.values()) == {TS}


def test_rebuild_is_newer_than_the_previous_build_even_with_older_files(tmp_path: Path) -> None:
    path = tmp_path / "deck.apkg"
    build(path)
    _, questions = sample()
    changed = [replace(q, answer="Inès Haddad-Roy") if q.id == "q-mcq" else q for q in questions]
    build(path, changed, timestamp=TS - 1000)
    mods = dict(rows(path, "SELECT guid, mod FROM notes"))
    assert mods[note_guid(by_id(questions, "q-mcq"))] == TS + 1


def test_duplicate_guids_keep_the_first_question(tmp_path: Path) -> None:
    _, questions = sample()
    result = build(
        tmp_path / "deck.apkg", [*questions, replace(questions[0], prompt="Autre forme ?")]
    )
    assert result.skipped == 1
    assert result.note_count == len(questions)


def test_refuses_to_overwrite_a_file_that_is_not_a_deck(tmp_path: Path) -> None:
    path = tmp_path / "notes.apkg"
    path.write_text("mes notes", encoding="utf-8")
    with pytest.raises(
        OutputError, match=r"notes\.apkg exists and is not an Anki package; choose another output"
    ):
        build(path)
    assert path.read_text(encoding="utf-8") == "mes notes"


def test_failed_build_leaves_the_previous_deck_intact(tmp_path: Path) -> None:
    path = tmp_path / "deck.apkg"
    build(path)
    before = path.read_bytes()
    broken = tmp_path / "mine" / "anki"
    broken.mkdir(parents=True)
    (broken / "mcq.js").write_text("<!-- include: mcq.js -->", encoding="utf-8")
    _, questions = sample()
    with pytest.raises(TemplateError, match="includes itself"):
        build(
            path,
            [replace(q, prompt=q.prompt + " !") for q in questions],
            template_dirs=[tmp_path / "mine"],
        )
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["deck.apkg", "mine"]


def test_card_files_can_be_overridden(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    mine = tmp_path / "mine" / "anki" / "basic"
    mine.mkdir(parents=True)
    (mine / "front.html").write_text('<div class="ours">{{Question}}</div>', encoding="utf-8")
    user = Path(str(tmp_path / "home")) / "templates" / "anki"
    user.mkdir(parents=True)
    (user / "style.css").write_text(".card { color: teal; }", encoding="utf-8")
    monkeypatch.setenv("FACTDECK_HOME", str(tmp_path / "home"))
    model = make_model(NOTE_TYPES["basic"], card_template_dirs([tmp_path / "mine"]))
    assert model.templates[0]["qfmt"] == '<div class="ours">{{Question}}</div>'
    assert "fd-back" in model.templates[0]["afmt"]  # not overridden: the bundled back
    assert model.css == ".card { color: teal; }"


@pytest.mark.slow
def test_help_does_not_import_genanki() -> None:
    import subprocess

    code = "import sys; from generators.cli import app; print(sorted(m for m in sys.modules if m.startswith(('genanki', 'spacy'))))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


# --- the build command ----------------------------------------------------------------------------

ROOT = Path(__file__).resolve().parent.parent
SEED_RECIPE = ROOT / "decks" / "otan-irak-2020-02.yaml"
SEED_ARTICLE = ROOT / "decks" / "otan-irak-2020-02.txt"


def test_build_without_source_builds_every_bundled_recipe_into_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], nlp: Any
) -> None:
    from generators.source.recipes import bundled_recipes

    monkeypatch.chdir(tmp_path)
    code, out, err = run(["build"], monkeypatch, capsys)
    assert code == 0, err
    expected = [f"out/{p.stem}.apkg" for p in bundled_recipes()]
    assert out.splitlines() == expected
    for line in expected:
        assert zipfile.is_zipfile(tmp_path / line)
    assert "notes (" in err


def test_build_one_source_to_a_file_and_several_to_a_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], nlp: Any
) -> None:
    target = tmp_path / "nouveau" / "mon deck.apkg"
    code, out, err = run(["build", str(SEED_RECIPE), "-o", str(target)], monkeypatch, capsys)
    assert (code, out) == (0, f"{target}\n"), err
    article = tmp_path / "article-usine.txt"
    article.write_text(SEED_ARTICLE.read_text(encoding="utf-8"), encoding="utf-8")
    folder = tmp_path / "decks-out"
    code, out, err = run(
        ["build", str(SEED_RECIPE), str(article), "-o", str(folder)], monkeypatch, capsys
    )
    assert code == 0, err
    assert out.splitlines() == [
        str(folder / "otan-irak-2020-02.apkg"),
        str(folder / "article-usine.apkg"),
    ]
    assert rows(folder / "article-usine.apkg", "SELECT count() FROM notes")[0][0] > 0


def test_build_refuses_to_overwrite_a_file_that_is_not_a_deck(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "deck.apkg"
    target.write_bytes(b"PK\x03\x04 not really")
    code, out, err = run(["build", str(SEED_RECIPE), "-o", str(target)], monkeypatch, capsys)
    assert (code, out) == (1, "")
    assert (
        err
        == f"Error: {target} exists and is not an Anki package; choose another output or remove it\n"
    )
    assert target.read_bytes() == b"PK\x03\x04 not really"


def test_build_names_the_recipe_file_and_line_of_a_bad_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    recipe = tmp_path / "autre.yaml"
    recipe.write_text(
        "name: Groupe::Autre\narticle: autre.txt\nlanguage: fr\nlimite: 3\n", encoding="utf-8"
    )
    (tmp_path / "autre.txt").write_text("Un article.\n", encoding="utf-8")
    code, out, err = run(
        ["build", str(recipe), "-o", str(tmp_path / "x.apkg")], monkeypatch, capsys
    )
    assert (code, out) == (1, "")
    assert err.startswith(f"Error: {recipe}:4: unknown recipe key 'limite'")
    assert err.count("\n") == 1
    assert not (tmp_path / "x.apkg").exists()


def test_build_batch_reports_each_failure_and_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], nlp: Any
) -> None:
    broken = tmp_path / "sans-article.yaml"
    broken.write_text("name: Groupe::Vide\narticle: absent.txt\nlanguage: fr\n", encoding="utf-8")
    folder = tmp_path / "out"
    code, out, err = run(
        ["build", str(broken), str(SEED_RECIPE), "-o", str(folder)], monkeypatch, capsys
    )
    assert code == 1
    assert out.splitlines() == [str(folder / "otan-irak-2020-02.apkg")]
    lines = err.splitlines()  # the failures come last, after every deck that could be built
    assert lines[-2:] == [
        "Built 1 of 2 decks; 1 failed:",
        f"Error: {broken}:2: no such file 'absent.txt' beside the recipe; check the path",
    ]


def test_a_number_is_not_highlighted_inside_a_bigger_one() -> None:
    assert highlight("Il y a 1 500 places, pas 500.", "500").endswith("pas <mark>500</mark>.")


def test_refuses_to_overwrite_an_anki_package_made_elsewhere(tmp_path: Path) -> None:
    path = tmp_path / "mes-cartes.apkg"
    model = genanki.Model(
        1_607_392_319,
        "Basique",
        fields=[{"name": "Recto"}, {"name": "Verso"}],
        templates=[{"name": "Carte 1", "qfmt": "{{Recto}}", "afmt": "{{Verso}}"}],
    )
    deck = genanki.Deck(2_059_400_110, "Mes cartes")
    deck.add_note(genanki.Note(model=model, fields=["chien", "dog"]))
    genanki.Package(deck).write_to_file(str(path))
    before = path.read_bytes()
    with pytest.raises(
        OutputError,
        match=r"mes-cartes\.apkg is an Anki package not built by factdeck; choose another",
    ):
        build(path)
    assert path.read_bytes() == before


def test_true_false_source_highlights_the_true_value() -> None:
    article, questions = sample()
    note = make_note(by_id(questions, "q-truefalse"), article)
    source = dict(zip(note.note_type.fields, note.fields, strict=True))["Source"]
    assert "<mark>2,5 millions</mark>" in source


def test_prefetch_extracts_several_sources_into_the_cache(tmp_path: Path, nlp: Any) -> None:
    from generators.build.compose import prefetch_facts
    from generators.build.facts import cached_facts
    from generators.source.article import read_article
    from generators.source.recipes import load_recipe

    article = tmp_path / "autre-article.txt"
    article.write_text(SEED_ARTICLE.read_text(encoding="utf-8"), encoding="utf-8")
    recipe = load_recipe(SEED_RECIPE)
    seed, other = read_article(recipe.article, slug=recipe.slug), read_article(article)
    assert cached_facts(seed) is None and cached_facts(other) is None
    prefetch_facts([str(SEED_RECIPE), str(article), str(tmp_path / "absent.txt")])
    assert cached_facts(seed) and cached_facts(other)


def test_build_a_folder_of_articles_one_deck_each_and_failures_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], nlp: Any
) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    corpus = ROOT / "tests" / "data" / "corpus"
    for name in ("01_otages_liban.txt", "02_affaire_fiches.txt"):
        shutil.copy(corpus / name, articles / name)
    (articles / "vide.txt").write_text("", encoding="utf-8")
    (articles / "notes.csv").write_text(
        "not an article\n", encoding="utf-8"
    )  # not an article suffix
    (articles / ".cache.txt").write_text("hidden\n", encoding="utf-8")
    folder = tmp_path / "out"
    code, out, err = run(["build", str(articles), "-o", str(folder)], monkeypatch, capsys)
    assert code == 1
    assert out.splitlines() == [
        str(folder / "01-otages-liban.apkg"),
        str(folder / "02-affaire-fiches.apkg"),
    ]
    assert f"Error: {articles / 'vide.txt'} is empty" in err
    assert err.splitlines()[-2] == "Built 2 of 3 decks; 1 failed:"
    assert sorted(p.name for p in folder.iterdir()) == [
        "01-otages-liban.apkg",
        "02-affaire-fiches.apkg",
    ]


def test_build_a_folder_of_recipes_builds_the_recipes_not_their_articles(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], nlp: Any
) -> None:
    decks = tmp_path / "decks"
    decks.mkdir()
    shutil.copy(SEED_RECIPE, decks / SEED_RECIPE.name)
    shutil.copy(SEED_ARTICLE, decks / SEED_ARTICLE.name)
    code, out, err = run(["build", str(decks), "-o", str(tmp_path / "out")], monkeypatch, capsys)
    assert code == 0, err
    assert out.splitlines() == [str(tmp_path / "out" / "otan-irak-2020-02.apkg")]


def test_build_an_empty_folder_says_what_it_expected(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "vide").mkdir()
    code, out, err = run(["build", str(tmp_path / "vide")], monkeypatch, capsys)
    assert (code, out) == (1, "")
    assert err.startswith(f"Error: {tmp_path / 'vide'} holds no deck recipes (.yaml) nor articles")
    assert err.count("\n") == 1


@pytest.mark.slow
def test_batch_build_shows_a_progress_bar_in_a_terminal_only(tmp_path: Path) -> None:
    import os

    import pexpect

    corpus = ROOT / "tests" / "data" / "corpus"
    sources = [
        str(corpus / name) for name in ("03_couveuses_koweit.txt", "04_affaire_diamants.txt")
    ]
    args = ["-m", "generators", "build", *sources, "-o", str(tmp_path / "out")]
    env = {**os.environ, "FACTDECK_HOME": str(tmp_path / "home"), "TERM": "xterm"}
    child = pexpect.spawn(
        sys.executable, args, env=env, encoding="utf-8", dimensions=(24, 100), timeout=120
    )
    child.expect("Extracting facts")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0, child.before
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "03-couveuses-koweit.apkg",
        "04-affaire-diamants.apkg",
    ]
    # Not a terminal (a log, CI): no bar, only the decks and their summaries.
    import subprocess

    done = subprocess.run(
        [sys.executable, *args, "--no-cache"], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert "Extracting" not in done.stderr and "\x1b[" not in done.stderr


RETYPED = """\
fact: person_role
templates:
  - id: person-fonction
    kind: mcq
    when: "not is_rank and not descriptive_role and person.known_gender"
    prompt: "Quelle fonction [[ person ]] [[ inv('occupe', person) ]] ?"
    answer: "[[ role ]]"
    choices_from: role
    weight: 5
"""


def test_a_template_that_changes_kind_is_reported_at_the_rebuild(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], nlp: Any
) -> None:
    deck = tmp_path / "seed.apkg"
    code, _, err = run(["build", str(SEED_RECIPE), "-o", str(deck)], monkeypatch, capsys)
    assert code == 0 and "Warning" not in err, err
    overrides = tmp_path / "mine"
    overrides.mkdir()
    (overrides / "people.yaml").write_text(RETYPED, encoding="utf-8")
    args = ["build", str(SEED_RECIPE), "-o", str(deck), "--templates", str(overrides)]
    code, _, err = run(args, monkeypatch, capsys)
    assert code == 0, err
    warning = next(line for line in err.splitlines() if line.startswith("Warning: person-"))
    assert warning.startswith(
        f"Warning: person-fonction changed kind since the last build of {deck}"
    )
    assert "give a template a new id when you change its kind" in warning
