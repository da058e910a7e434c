"""The quiz speaks the group's language: catalogs complete, language chosen, no internal names."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po
from test_quiz_cli import QUESTIONS, make_deck, quiz

from generators.questions import Question
from generators.quiz import i18n
from generators.quiz.dates import show_date

PACKAGE = Path(__file__).resolve().parents[1] / "generators"
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2)}
PLACEHOLDER = re.compile(r"\{\w*\}")


@pytest.fixture(autouse=True)
def english_after() -> object:
    yield None
    i18n.use("en")


def source_messages() -> set[str]:
    """Return every message the quiz marks for translation, read from the source with Babel."""
    found: set[str] = set()
    commands = ("quiz_cmd.py", "progress_cmd.py")
    for folder, only in ((PACKAGE / "quiz", None), (PACKAGE / "cli", commands)):
        for name, _line, message, _comments, _context in extract_from_dir(
            str(folder), keywords=KEYWORDS
        ):
            if only is None or Path(name).name in only:
                found.update([message] if isinstance(message, str) else message)
    return found


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_each_catalog_translates_every_message_of_the_source(language: str) -> None:
    po = PACKAGE / "locale" / language / "LC_MESSAGES" / "factdeck.po"
    with po.open("rb") as handle:
        catalog = read_po(handle)
    translated: dict[str, str] = {}
    for message in catalog:
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        texts = message.string if isinstance(message.string, tuple) else (message.string,)
        translated.update(zip(ids, texts, strict=False))
    wanted = source_messages()
    assert len(wanted) > 100
    assert sorted(wanted - set(translated)) == []  # extract anew and update the catalogs
    for msgid in wanted:
        assert translated[msgid], f"{language}: {msgid!r} has no translation"
        assert sorted(PLACEHOLDER.findall(translated[msgid])) == sorted(PLACEHOLDER.findall(msgid))
    with (PACKAGE / "locale" / "factdeck.pot").open("rb") as handle:
        template = {i for m in read_po(handle) if m.id for i in _ids(m.id)}
    assert template == wanted  # the template is what the source marks, no more, no less


def _ids(msgid: str | tuple[str, ...]) -> tuple[str, ...]:
    return msgid if isinstance(msgid, tuple) else (msgid,)


def test_the_compiled_catalogs_are_read() -> None:
    i18n.use("fr")
    assert i18n.language() == "fr" and i18n._("Scores") == "Scores"
    assert i18n._("  Answer: ") == "  Réponse : "
    i18n.use("en")
    assert i18n._("  Answer: ") == "  Answer: "


@pytest.mark.parametrize(
    ("forced", "env", "deck", "chosen"),
    [
        ("en", {"LANG": "fr_FR.UTF-8"}, "fr", "en"),
        ("fr", {"LANG": "en_US.UTF-8"}, "en", "fr"),
        (None, {"LANG": "fr_CA.UTF-8"}, "en", "fr"),
        (None, {"LANG": "en_GB.UTF-8"}, "fr", "en"),
        (None, {"LANG": "C.UTF-8"}, "fr", "fr"),
        (None, {"LANG": "POSIX"}, "fr", "fr"),
        (None, {"LANG": "C", "LC_MESSAGES": "en_US.UTF-8"}, "fr", "en"),
        (None, {"LANG": "fr_FR.UTF-8", "LC_ALL": "C"}, "fr", "fr"),
        (None, {"LANG": "fr_FR.UTF-8", "LANGUAGE": "en_US:fr"}, "fr", "en"),
        (None, {}, "fr", "fr"),
        (None, {}, None, "en"),
        (None, {"LANG": "de_DE.UTF-8"}, "fr", "en"),
    ],
)
def test_the_language_comes_from_lang_the_locale_then_the_deck(
    monkeypatch: pytest.MonkeyPatch,
    forced: str | None,
    env: dict[str, str],
    deck: str | None,
    chosen: str,
) -> None:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert i18n.choose(forced, deck) == chosen


@pytest.mark.parametrize(
    ("language", "text", "shown"),
    [
        ("fr", "01-24", "24 janvier"),
        ("fr", "2021-03-01", "1er mars 2021"),
        ("fr", "2021-03", "mars 2021"),
        ("en", "01-24", "24 January"),
        ("en", "2021-03-01", "1 March 2021"),
        ("fr", "le 3 mars", "le 3 mars"),
        ("fr", "13-45", "13-45"),
    ],
)
def test_a_numeric_date_is_shown_in_words(language: str, text: str, shown: str) -> None:
    i18n.use(language)
    assert show_date(text) == shown


DATED = Question(
    id="q-day",
    fact_id="demo:event:2",
    template="event-jour",
    kind="basic",
    prompt="Quel jour la foire a-t-elle ouvert ?",
    answer="01-24",
    source="La foire a ouvert le 24 janvier.",
    fact_type="event",
)


def test_unattended_quiz_in_french_names_no_internal_thing(tmp_path: Path) -> None:
    deck = make_deck(tmp_path / "demo.apkg", [*QUESTIONS, DATED])
    code, _, err = quiz([str(deck), "--seed", "1", "--lang", "fr"], "rien\n" * 5, tmp_path)
    assert code == 0
    for french in ("Question 1/5", "personne et fonction", "Réponse : ", "Scores", "24 janvier"):
        assert french in err
    for internal in ("person_role", "succession ·", "01-24", "Answer:", "wrong:", "Rated "):
        assert internal not in err
    assert "faux : « rien » n’est pas" in err


def unattended(deck: Path, tmp_path: Path, *extra: str) -> str:
    """Run the quiz unattended with no --lang unless given; return what it showed (stderr)."""
    from typer.testing import CliRunner

    from generators.cli import app

    (tmp_path / "a.txt").write_text("x\n", encoding="utf-8")
    db = tmp_path / f"{len(list(tmp_path.glob('*.db')))}.db"
    args = ["quiz", str(deck), "--seed", "1", "--answers", str(tmp_path / "a.txt"), "--db", str(db)]
    result = CliRunner().invoke(app, [*args, *extra])
    return str(result.stderr)


def test_unattended_quiz_follows_the_locale_and_lang_forces_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    deck = make_deck(tmp_path / "demo.apkg")
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C")  # the locale says nothing: the deck is French
    assert "Réponse : " in unattended(deck, tmp_path)
    assert "Answer: " in unattended(deck, tmp_path, "--lang", "en")
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert "Answer: " in unattended(deck, tmp_path)
    assert "Réponse : " in unattended(deck, tmp_path, "--lang", "fr")
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    assert "Réponse : " in unattended(deck, tmp_path)
    assert "--lang" in unattended(deck, tmp_path, "--lang", "de")


def test_stats_and_leaderboard_speak_french(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from generators.cli import app

    deck = make_deck(tmp_path / "demo.apkg")
    quiz([str(deck), "--seed", "1", "--player", "ana", "--limit", "2"], "rien\nrien\n", tmp_path)
    db = str(tmp_path / "p.db")
    stats = CliRunner().invoke(app, ["stats", "--player", "ana", "--db", db, "--lang", "fr"])
    assert "ana : 0/2 justes" in stats.stdout and "type de fait" in stats.stdout
    assert not {"person_role", "quantity", "event"} & set(stats.stdout.split())
    board = CliRunner().invoke(app, ["leaderboard", "--db", db, "--lang", "fr"])
    assert "paquet" in board.stdout and "dernière partie" in board.stdout
