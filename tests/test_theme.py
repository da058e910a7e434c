"""Theme recipes: several articles, one deck with a subdeck each, in a real Anki collection."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest
from conftest import DATA, run_factdeck

from generators.build.theme import merge_repeated
from generators.errors import InputError
from generators.questions.across import ArticleFacts
from generators.records import BASIC, Question, make_fact
from generators.source.recipes import load_recipe
from generators.source.theme import is_theme, load_theme

INVENTED = DATA / "invented"
ARTICLES = ["21_tramway_montbrenac.txt", "22_rugby_castelnoir.txt", "23_usine_froideval.txt"]


def theme_folder(tmp_path: Path, articles: list[str] = ARTICLES, extra: str = "") -> Path:
    """Copy invented articles beside a theme recipe listing them; return the recipe."""
    for name in articles:
        shutil.copy(INVENTED / name, tmp_path / name)
    recipe = tmp_path / "theme.yaml"
    listed = ", ".join(articles)
    recipe.write_text(
        f"name: Région\nlanguage: fr\narticles: [{listed}]\n{extra}", encoding="utf-8"
    )
    return recipe


def test_theme_lists_articles_or_a_folder(tmp_path: Path) -> None:
    recipe = theme_folder(tmp_path)
    theme = load_theme(recipe)
    assert is_theme(recipe) and theme.name == "Région" and theme.slug == "theme"
    assert [p.name for p in theme.articles] == ARTICLES
    assert [r.slug for r in theme.recipes()] == [
        "21-tramway-montbrenac",
        "22-rugby-castelnoir",
        "23-usine-froideval",
    ]
    (tmp_path / "semaines").mkdir()
    for name in ARTICLES[:2]:
        shutil.copy(INVENTED / name, tmp_path / "semaines" / name)
    (tmp_path / "semaines" / "notes.yaml").write_text("x: 1\n", encoding="utf-8")
    folder = tmp_path / "dossier.yaml"
    folder.write_text("name: Région\nlanguage: fr\narticles: semaines\n", encoding="utf-8")
    assert [p.name for p in load_theme(folder).articles] == ARTICLES[:2]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "name: R\nlanguage: fr\narticles: [a.txt]\nlimite: 3\n",
            ":4: unknown theme recipe key 'limite'",
        ),
        ("name: R\nlanguage: fr\narticles: []\n", ":3: 'articles' is empty"),
        ("name: R\nlanguage: fr\narticles: [../a.txt]\n", "points outside the recipe's folder"),
        ("name: R\nlanguage: fr\narticles: [absent.txt]\n", "no such file 'absent.txt'"),
        ("name: R\nlanguage: fr\narticles: absent\n", "'absent' is not a folder beside the recipe"),
        ("name: R\narticles: [a.txt]\n", ":1: theme recipe lacks 'language'"),
        ("name: R\nlanguage: fr\narticles: [a.txt, sub/a.txt]\n", "two articles have the slug 'a'"),
    ],
)
def test_theme_recipe_errors_say_where(tmp_path: Path, text: str, message: str) -> None:
    (tmp_path / "sub").mkdir()
    for path in (tmp_path / "a.txt", tmp_path / "sub" / "a.txt"):
        path.write_text("Titre\n\nUn texte.\n", encoding="utf-8")
    recipe = tmp_path / "r.yaml"
    recipe.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as error:
        load_theme(recipe)
    assert message in str(error.value)


def test_a_single_article_command_names_a_theme_recipe(tmp_path: Path) -> None:
    recipe = theme_folder(tmp_path)
    with pytest.raises(InputError, match=r"theme.yaml:3: a theme recipe \(several articles\)"):
        load_recipe(recipe)


def test_repeated_fact_is_asked_once_with_every_sentence() -> None:
    def person(slug: str, sentence: str) -> tuple[ArticleFacts, list[Question]]:
        fact = make_fact(
            slug, "person_role", sentence, 0, len(sentence), person="Léa Marchand", role="maire"
        )
        question = Question(
            f"q-{slug}",
            fact.id,
            "person-role",
            BASIC,
            "Quelle fonction Léa Marchand occupe-t-elle ?",
            "maire",
            deck=f"T::{slug}",
        )
        return ArticleFacts(slug, f"Titre {slug}", None, [fact]), [question]

    merged = merge_repeated(
        [person("a", "Léa Marchand, maire, a parlé."), person("b", "La maire Léa Marchand a voté.")]
    )
    assert [q.id for q in merged] == ["q-a"]
    assert merged[0].extra == "Aussi dans « Titre b » : La maire Léa Marchand a voté."


def test_same_figure_of_a_named_subject_is_asked_once() -> None:
    def figure(slug: str, prompt: str) -> tuple[ArticleFacts, list[Question]]:
        sentence = "Le taux de chômage atteint 9,9 %."
        fact = make_fact(
            slug,
            "quantity",
            sentence,
            0,
            len(sentence),
            value=9.9,
            unit="%",
            subject="taux de chômage",
        )
        question = Question(f"q-{slug}", fact.id, "q", BASIC, prompt, "9,9 %", deck=slug)
        return ArticleFacts(slug, f"Titre {slug}", None, [fact]), [question]

    merged = merge_repeated(
        [
            figure("a", "Quel est le taux de chômage ?"),
            figure("b", "Quel taux de chômage atteint-il ?"),
        ]
    )
    assert [q.id for q in merged] == ["q-a"] and "Aussi dans « Titre b »" in merged[0].extra


def test_repeated_figure_key_with_other_wording_is_not_merged() -> None:
    def figure(slug: str, prompt: str) -> tuple[ArticleFacts, list[Question]]:
        fact = make_fact(slug, "quantity", "Il a 3 ans.", 0, 11, value=3, unit="ans", subject="ans")
        return ArticleFacts(slug, slug, None, [fact]), [
            Question(f"q-{slug}", fact.id, "q", BASIC, prompt, "3", deck=slug)
        ]

    merged = merge_repeated(
        [
            figure("a", "Quel âge a le pont ?"),
            figure("b", "Depuis combien d'années le club joue-t-il ?"),
        ]
    )
    assert [q.id for q in merged] == ["q-a", "q-b"]


def import_deck(tmp_path: Path, path: Path) -> Collection:
    col = Collection(str(tmp_path / "collection.anki2"))
    request = ImportAnkiPackageRequest(package_path=str(path), options=ImportAnkiPackageOptions())
    col.import_anki_package(request)
    return col


def build(
    recipe: Path,
    out: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    *more: str,
) -> tuple[int, Any, str]:
    code, stdout, stderr = run_factdeck(
        ["build", str(recipe), "-o", str(out), "--json", *more], monkeypatch, capsys
    )
    return code, json.loads(stdout) if stdout.strip() else None, stderr


@pytest.mark.slow
def test_theme_deck_has_a_subdeck_and_tags_per_article_in_anki(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], nlp: Any
) -> None:
    recipe = theme_folder(tmp_path)
    code, report, _ = build(recipe, tmp_path / "out.apkg", monkeypatch, capsys)
    assert code == 0 and report["decks"][0]["changes"]["first_build"]
    col = import_deck(tmp_path, tmp_path / "out.apkg")
    try:
        titles = [
            (INVENTED / name).read_text(encoding="utf-8").splitlines()[0] for name in ARTICLES
        ]
        names = set(col.decks.all_names())
        assert {f"Région::{title}" for title in titles} <= names
        for name, title in zip(ARTICLES, titles, strict=True):
            slug = name.removesuffix(".txt").replace("_", "-")
            in_deck = set(col.find_notes(f'"deck:Région::{title}"'))
            tagged = set(col.find_notes(f"tag:factdeck::article::{slug}"))
            assert in_deck and in_deck == tagged
        assert col.find_notes("tag:factdeck::date::2024::03")
        assert set(col.find_notes("tag:factdeck::date::2024")) == set(
            col.find_notes("tag:factdeck::date::2024::*")
        )
        assert col.find_notes("tag:factdeck::type::person_role")
    finally:
        col.close()


@pytest.mark.slow
def test_correcting_one_article_shows_exactly_its_changed_questions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], nlp: Any
) -> None:
    recipe = theme_folder(tmp_path)
    out = tmp_path / "out.apkg"
    build(recipe, out, monkeypatch, capsys)
    article = tmp_path / ARTICLES[2]
    text = article.read_text(encoding="utf-8")
    assert "212" in text
    article.write_text(text.replace("212", "215"), encoding="utf-8")
    code, report, stderr = build(recipe, out, monkeypatch, capsys, "--diff")
    changes = report["decks"][0]["changes"]
    assert code == 0 and changes["changed"]
    touched = [c["id"] for c in changes["changed"] + changes["added"] + changes["removed"]]
    prompts = " ".join(c["prompt"] for c in changes["changed"])
    assert "215" in prompts or any("215" in json.dumps(c["changed"]) for c in changes["changed"])
    questions = {q["id"]: q for q in _deck_questions(out)}
    slug = "23-usine-froideval:"
    assert all(questions[i]["fact_id"].startswith(slug) for i in touched if i in questions)
    assert "changed" in stderr and "~ " in stderr


@pytest.mark.slow
def test_a_failing_article_is_listed_and_the_others_built(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], nlp: Any
) -> None:
    (tmp_path / "vide.txt").write_text("", encoding="utf-8")
    recipe = theme_folder(tmp_path, [*ARTICLES[:2]])
    recipe.write_text(
        recipe.read_text(encoding="utf-8").replace("]", ", vide.txt]"), encoding="utf-8"
    )
    code, report, stderr = build(recipe, tmp_path / "out.apkg", monkeypatch, capsys)
    assert code == 0 and report["decks"][0]["path"].endswith("out.apkg")
    assert "Warning: article left out: vide.txt:" in stderr and "is empty" in stderr


def _deck_questions(path: Path) -> list[dict[str, Any]]:
    from generators.export.anki.reader import read_deck

    return [{"id": q.id, "fact_id": q.fact_id} for q in read_deck(path).questions]


@pytest.mark.slow
def test_an_article_added_to_a_theme_folder_is_built(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], nlp: Any
) -> None:
    (tmp_path / "semaines").mkdir()
    shutil.copy(INVENTED / ARTICLES[0], tmp_path / "semaines" / ARTICLES[0])
    recipe = tmp_path / "theme.yaml"
    recipe.write_text("name: Région\nlanguage: fr\narticles: semaines\n", encoding="utf-8")
    build(recipe, tmp_path / "out.apkg", monkeypatch, capsys)
    _, report, _ = build(recipe, tmp_path / "out.apkg", monkeypatch, capsys)
    assert report["decks"][0]["summary"].endswith("up to date")
    shutil.copy(INVENTED / ARTICLES[1], tmp_path / "semaines" / ARTICLES[1])
    _, report, _ = build(recipe, tmp_path / "out.apkg", monkeypatch, capsys)
    added = report["decks"][0]["changes"]["added"]
    assert added and not report["decks"][0]["summary"].endswith("up to date")


@pytest.mark.slow
def test_quiz_draws_from_a_theme_or_one_of_its_articles(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], nlp: Any
) -> None:
    from generators.build.theme import _quiz_key
    from generators.files import cache

    recipe = theme_folder(tmp_path)
    answers = tmp_path / "answers.txt"
    answers.write_text("1\n1\n1\n", encoding="utf-8")
    db = tmp_path / "progress.db"
    common = ["--answers", str(answers), "--db", str(db), "--seed", "1", "--limit", "3", "--json"]
    slug = "22-rugby-castelnoir"
    code, out, _ = run_factdeck(
        ["quiz", str(recipe), "--article", slug, *common], monkeypatch, capsys
    )
    results = json.loads(out)["results"]
    assert code == 0 and len(results) == 3
    assert all(r["fact_id"].startswith(f"{slug}:") for r in results)
    assert cache.get(_quiz_key(load_theme(recipe), ())) is not None  # the next quiz reads it
    code, out, _ = run_factdeck(["quiz", str(recipe), "--fresh", *common], monkeypatch, capsys)
    assert code == 0 and json.loads(out)["asked"] == 3


def test_a_theme_deck_never_goes_through_a_link_out_of_the_output_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], nlp: Any
) -> None:
    recipe = theme_folder(tmp_path, extra="slug: region\n")
    out, elsewhere = tmp_path / "out", tmp_path / "elsewhere"
    out.mkdir()
    elsewhere.mkdir()
    (out / "region.apkg").symlink_to(elsewhere / "region.apkg")
    code, _stdout, stderr = run_factdeck(
        ["build", str(recipe), "-o", f"{out}/"], monkeypatch, capsys
    )
    assert code == 1 and "resolves outside" in stderr and "internal error" not in stderr
    assert not (elsewhere / "region.apkg").exists()
