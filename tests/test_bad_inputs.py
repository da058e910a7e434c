"""Every command against bad inputs: the exact one-line error (or warning) and the exit code.

Each row runs `generators.cli.main` in-process with its argv (fast, the session's spaCy model);
a few rows that need a real process or a real mount are separate tests below. `{tmp}` in a row
is the test's folder. Expected `stderr` is the last line printed on stderr, exactly.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, SEED_RECIPE

ARTICLE = (
    "Le maire de Nantes, Claire Fontaine, a inauguré lundi un pont de 300 mètres au-dessus de la Loire. "
    "« Ce pont relie enfin les deux rives », a déclaré Claire Fontaine devant environ 2 000 habitants.\n\n"
    "L'été dernier, la ville a dépensé 3 millions d'euros pour rénover les écoles du quartier.\n"
)
ENGLISH = (
    "The mayor of the city said on Monday that the new bridge, which cost about 40 million dollars, "
    "would open to traffic in the spring, and that the works were on time.\n"
)
SPANISH = (
    "El alcalde de la ciudad dijo el lunes que el nuevo puente, que costó unos 40 millones de euros, "
    "se abrirá al tráfico en la primavera, y que las obras van a tiempo.\n"
)
NO_FACTS = "Il fait beau ce matin. Le chat dort sur le canapé du salon.\n"
RECIPE = "name: 'Test::Pont'\narticle: article.txt\nlanguage: fr\n"
TEMPLATE = (
    "fact: quantity\n"
    "templates:\n"
    "  - id: quantity-combien\n"
    "    kind: basic\n"
    "    prompt: {prompt}\n"
    "    answer: '[[ amount ]]'\n"
)


def _files(tmp: Path) -> None:
    """Write every input the rows refer to."""
    (tmp / "article.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp / "folder").mkdir()
    (tmp / "empty.txt").write_bytes(b"")
    (tmp / "blank.txt").write_bytes(b" \n\t\n   \r\n")
    (tmp / "doc.pdf").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    (tmp / "doc.zip").write_bytes(b"PK\x03\x04\x14\x00\x06\x00" + bytes(range(256)))
    (tmp / "img.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64))
    (tmp / "random.bin").write_bytes(bytes(range(256)) * 8)
    (tmp / "utf16.txt").write_bytes(ARTICLE.encode("utf-16"))
    (tmp / "cp1252.txt").write_bytes(("« Été » – l’œuvre " + ARTICLE).encode("cp1252"))
    (tmp / "latin1.txt").write_bytes(ARTICLE.encode("latin-1"))
    (tmp / "mixed.txt").write_bytes(
        ARTICLE.replace("\n\n", "\r\n\r\n").replace(". ", ".\r", 1).encode()
    )
    size = len(ARTICLE.encode())
    (tmp / "cap.txt").write_text(ARTICLE, encoding="utf-8")  # run with --max-size size / size - 1
    (tmp / "size").write_text(str(size))
    (tmp / "english.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp / "spanish.txt").write_text(SPANISH, encoding="utf-8")
    (tmp / "nofacts.txt").write_text(NO_FACTS, encoding="utf-8")
    _recipes(tmp)
    _templates(tmp)
    (tmp / "notes.txt").write_text("my own notes, not a deck\n", encoding="utf-8")
    (tmp / "corrupt.db").write_bytes(b"this is not an SQLite database" * 100)
    (tmp / "answers-missing").mkdir()
    (tmp / "fake.apkg").write_text("not a zip at all\n", encoding="utf-8")
    (tmp / "other.apkg").write_bytes(_zip_without_collection())


def _zip_without_collection() -> bytes:
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("media", "{}")
    return buffer.getvalue()


def _recipes(tmp: Path) -> None:
    (tmp / "good.yaml").write_text(RECIPE, encoding="utf-8")
    (tmp / "unknown_key.yaml").write_text(RECIPE + "colour: blue\n", encoding="utf-8")
    (tmp / "wrong_type.yaml").write_text(RECIPE + "limit: many\n", encoding="utf-8")
    (tmp / "outside.yaml").write_text(
        RECIPE.replace("article.txt", "../../etc/passwd"), encoding="utf-8"
    )
    (tmp / "no_article.yaml").write_text(
        RECIPE.replace("article.txt", "gone.txt"), encoding="utf-8"
    )
    (tmp / "lacks_name.yaml").write_text("article: article.txt\nlanguage: fr\n", encoding="utf-8")
    (tmp / "syntax.yaml").write_text("name: [unclosed\narticle: article.txt\n", encoding="utf-8")
    (tmp / "binary.yaml").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")


def _templates(tmp: Path) -> None:
    cases = {
        "tpl_syntax": "'Combien de [[ unit ? '",
        "tpl_unknown": "'Combien de [[ no_such_field ]] ?'",
        "tpl_escape": "\"[[ ''.__class__.__mro__[1].__subclasses__() ]] ?\"",
        "tpl_globals": "'[[ cloze.__globals__ ]] ?'",
        "tpl_file": "\"[% include '/etc/passwd' %] ?\"",
        "tpl_import": "\"[% import 'os' as os %][[ os ]] ?\"",
    }
    for name, prompt in cases.items():
        folder = tmp / name
        folder.mkdir()
        (folder / "quantity.yaml").write_text(TEMPLATE.format(prompt=prompt), encoding="utf-8")
    bad_yaml = tmp / "tpl_yaml"
    bad_yaml.mkdir()
    (bad_yaml / "quantity.yaml").write_text("fact: quantity\ntemplates: [\n", encoding="utf-8")


TPL_SYNTAX = "Error: {tmp}/tpl_syntax/quantity.yaml:3: template quantity-combien: prompt: unexpected char '?' at 19; check the [[ ]] and [% %] markers"
NOT_A_DB = "Error: {tmp}/corrupt.db is not an SQLite database, so not factdeck's progress; factdeck leaves it alone: give another --db (or move it away if it is a damaged progress database)"


def _unknown(folder: str, name: str) -> str:
    return (
        f"Error: {{tmp}}/{folder}/quantity.yaml:3: template quantity-combien: prompt: unknown placeholder "
        f"'{name}'; see `factdeck templates show` for the names a template may use"
    )


@dataclass(frozen=True)
class Row:
    """One bad input: argv (with `{tmp}`), exit code, last stderr line, and text stdout must hold."""

    id: str
    argv: tuple[str, ...]
    code: int
    stderr: str
    stdout_has: str = ""
    before: tuple[str, ...] = ()  # a command run first, e.g. to make a progress database


def _row(id: str, argv: str, code: int, stderr: str, stdout_has: str = "", before: str = "") -> Row:
    return Row(id, tuple(argv.split()), code, stderr, stdout_has, tuple(before.split()))


ARTICLE_ROWS = [
    _row(
        "missing",
        "{cmd} {tmp}/missing.txt",
        1,
        "Error: no such file: {tmp}/missing.txt; check the path",
    ),
    _row(
        "folder",
        "{cmd} {tmp}/folder",
        1,
        "Error: {tmp}/folder is a folder, not an article; give a text or HTML file",
    ),
    _row(
        "empty",
        "{cmd} {tmp}/empty.txt",
        1,
        "Error: {tmp}/empty.txt is empty; give a file with the article's text",
    ),
    _row(
        "whitespace",
        "{cmd} {tmp}/blank.txt",
        1,
        "Error: {tmp}/blank.txt is empty; give a file with the article's text",
    ),
    _row(
        "pdf",
        "{cmd} {tmp}/doc.pdf",
        1,
        "Error: {tmp}/doc.pdf is a PDF file, not a text article; save the article as text or HTML",
    ),
    _row(
        "zip",
        "{cmd} {tmp}/doc.zip",
        1,
        "Error: {tmp}/doc.zip is a zip archive (.docx, .odt, .epub…), not a text article; save the article as text or HTML",
    ),
    _row(
        "png",
        "{cmd} {tmp}/img.png",
        1,
        "Error: {tmp}/img.png is a PNG image, not a text article; save the article as text or HTML",
    ),
    _row(
        "binary",
        "{cmd} {tmp}/random.bin",
        1,
        "Error: {tmp}/random.bin is a binary file, not a text article; give a text or HTML file",
    ),
    _row(
        "over-cap",
        "{cmd} {tmp}/cap.txt --max-size {size_minus_1}",
        1,
        "Error: {tmp}/cap.txt is {size} bytes, over the {size_minus_1} bytes limit; split it or raise --max-size",
    ),
]
WORKING_ARTICLE_ROWS = [
    _row("utf16", "{cmd} {tmp}/utf16.txt", 0, "", "Claire Fontaine"),
    _row("cp1252", "{cmd} {tmp}/cp1252.txt", 0, "", "« Été » – l’œuvre"),
    _row("latin1", "{cmd} {tmp}/latin1.txt", 0, "", "L'été dernier"),
    _row("mixed-line-endings", "{cmd} {tmp}/mixed.txt", 0, "", "Claire Fontaine"),
    _row("at-cap", "{cmd} {tmp}/cap.txt --max-size {size}", 0, "", "Claire Fontaine"),
]


def _for(cmd: str, rows: list[Row]) -> list[Row]:
    return [
        Row(
            f"{cmd.split()[0]}-{r.id}",
            tuple(part for a in r.argv for part in a.replace("{cmd}", cmd).split()),
            r.code,
            r.stderr,
            r.stdout_has,
        )
        for r in rows
    ]


FACTS_ROWS = [
    *_for("facts", ARTICLE_ROWS),
    *_for("facts", WORKING_ARTICLE_ROWS),
    _row(
        "facts-english",
        "facts {tmp}/english.txt",
        0,
        "Warning: {tmp}/english.txt looks English, not French; facts may be missing or wrong",
    ),
    _row(
        "facts-spanish",
        "facts {tmp}/spanish.txt",
        0,
        "Warning: {tmp}/spanish.txt looks Spanish, not French; facts may be missing or wrong",
    ),
    _row(
        "facts-no-facts",
        "facts {tmp}/nofacts.txt",
        0,
        "Warning: no facts found in {tmp}/nofacts.txt",
        '"facts": []',
    ),
    _row(
        "facts-bad-format",
        "facts {tmp}/article.txt --format xml",
        2,
        "Error: Invalid value for '--format' / '-f': choose one of json, yaml, table",
    ),
    _row(
        "facts-unknown-option",
        "facts {tmp}/article.txt --colour",
        2,
        "Error: No such option: --colour",
    ),
    _row(
        "facts-recipe-unknown-key",
        "facts {tmp}/unknown_key.yaml",
        1,
        "Error: {tmp}/unknown_key.yaml:4: unknown recipe key 'colour'; known keys: name, article, language, description, templates, kinds, limit, per_fact, tags, exclude, facts, slug",
    ),
]
QUESTIONS_ROWS = [
    *_for("questions", ARTICLE_ROWS[:5]),
    _row(
        "questions-tpl-syntax",
        "questions {tmp}/article.txt --templates {tmp}/tpl_syntax",
        1,
        TPL_SYNTAX,
    ),
    _row(
        "questions-tpl-unknown",
        "questions {tmp}/article.txt --templates {tmp}/tpl_unknown",
        1,
        _unknown("tpl_unknown", "no_such_field"),
    ),
    _row(
        "questions-tpl-escape",
        "questions {tmp}/article.txt --templates {tmp}/tpl_escape",
        1,
        "Error: {tmp}/tpl_escape/quantity.yaml:3: template quantity-combien: prompt: access to '__subclasses__' is refused by the sandbox; use only the placeholders of `factdeck templates show`",
    ),
    _row(
        "questions-tpl-missing-dir",
        "questions {tmp}/article.txt --templates {tmp}/nope",
        1,
        "Error: no such templates folder: {tmp}/nope; check the --templates path",
    ),
]
BUILD_ROWS = [
    *_for("build", [ARTICLE_ROWS[0], *ARTICLE_ROWS[2:5]]),
    _row(  # a folder is a batch of its recipes or articles: an empty one has none
        "build-folder",
        "build {tmp}/folder",
        1,
        "Error: {tmp}/folder holds no deck recipes (.yaml) nor articles (.txt, .text, .md, .html, .htm, .xhtml); give a folder of articles or the files themselves",
    ),
    _row(
        "build-english",
        "build {tmp}/english.txt -o {tmp}/out.apkg",
        1,
        "Error: {tmp}/english.txt: no questions to put in a deck; check the article's facts and the templates",
    ),
    _row(
        "build-recipe-unknown-key",
        "build {tmp}/unknown_key.yaml -o {tmp}/out.apkg",
        1,
        "Error: {tmp}/unknown_key.yaml:4: unknown recipe key 'colour'; known keys: name, article, language, description, templates, kinds, limit, per_fact, tags, exclude, facts, slug",
    ),
    _row(
        "build-recipe-wrong-type",
        "build {tmp}/wrong_type.yaml -o {tmp}/out.apkg",
        1,
        "Error: {tmp}/wrong_type.yaml:4: recipe key 'limit' must be a whole number",
    ),
    _row(
        "build-recipe-outside",
        "build {tmp}/outside.yaml -o {tmp}/out.apkg",
        1,
        "Error: {tmp}/outside.yaml:2: '../../etc/passwd' points outside the recipe's folder; keep the file beside the recipe",
    ),
    _row(
        "build-recipe-no-article",
        "build {tmp}/no_article.yaml -o {tmp}/out.apkg",
        1,
        "Error: {tmp}/no_article.yaml:2: no such file 'gone.txt' beside the recipe; check the path",
    ),
    _row(
        "build-recipe-lacks-name",
        "build {tmp}/lacks_name.yaml -o {tmp}/out.apkg",
        1,
        "Error: {tmp}/lacks_name.yaml:1: recipe lacks 'name'; add `name: …`",
    ),
    _row(
        "build-recipe-syntax",
        "build {tmp}/syntax.yaml -o {tmp}/out.apkg",
        1,
        "Error: {tmp}/syntax.yaml:2: expected ',' or ']', but got ':'; fix the YAML syntax",
    ),
    _row(
        "build-recipe-binary",
        "build {tmp}/binary.yaml -o {tmp}/out.apkg",
        1,
        "Error: {tmp}/binary.yaml is not UTF-8 text; save the recipe as UTF-8 (« Save with encoding » in an editor)",
    ),
    _row(
        "build-missing-folder-is-created",
        "build {tmp}/good.yaml -o {tmp}/nope/out.apkg",
        0,
        "",
        "{tmp}/nope/out.apkg",
    ),
    _row("build-output-is-folder", "build {tmp}/good.yaml -o {tmp}/folder", 0, "", "{tmp}/folder/"),
    _row(
        "build-output-not-apkg",
        "build {tmp}/good.yaml -o {tmp}/notes.txt",
        1,
        "Error: {tmp}/notes.txt exists and is not an Anki package; choose another output or remove it",
    ),
    _row(
        "build-tpl-syntax",
        "build {tmp}/good.yaml -o {tmp}/out.apkg --templates {tmp}/tpl_syntax",
        1,
        TPL_SYNTAX,
    ),
    _row(
        "build-tpl-file",
        "build {tmp}/good.yaml -o {tmp}/out.apkg --templates {tmp}/tpl_file",
        1,
        "Error: {tmp}/tpl_file/quantity.yaml:3: template quantity-combien: prompt: line 1: templates cannot include or import other files; remove the [% include/import %]",
    ),
]
QUIZ_ONCE = "quiz {tmp}/article.txt --answers {tmp}/nofacts.txt --seed 1 --limit 1 --db {tmp}/p.db"
QUIZ_ROWS = [
    *_for("quiz", ARTICLE_ROWS[:5]),
    _row(
        "quiz-apkg-not-zip",
        "quiz {tmp}/fake.apkg --answers {tmp}/nofacts.txt",
        1,
        "Error: {tmp}/fake.apkg is not a valid .apkg (File is not a zip file); rebuild it with `factdeck build`",
    ),
    _row(
        "quiz-apkg-no-collection",
        "quiz {tmp}/other.apkg --answers {tmp}/nofacts.txt",
        1,
        "Error: {tmp}/other.apkg: no Anki collection inside; give a deck built by `factdeck build`",
    ),
    _row(
        "quiz-answers-missing",
        "quiz {tmp}/article.txt --answers {tmp}/gone.txt --seed 1",
        1,
        "Error: no such answers file: {tmp}/gone.txt; check the path",
    ),
    _row(
        "quiz-answers-folder",
        "quiz {tmp}/article.txt --answers {tmp}/answers-missing --seed 1",
        1,
        "Error: {tmp}/answers-missing is a folder, not an answers file; give a text file",
    ),
    _row(
        "quiz-db-corrupt",
        "quiz {tmp}/article.txt --answers {tmp}/nofacts.txt --seed 1 --db {tmp}/corrupt.db",
        1,
        NOT_A_DB,
    ),
    _row(
        "quiz-db-missing-folder",
        "quiz {tmp}/article.txt --answers {tmp}/nofacts.txt --seed 1 --db {tmp}/nope/p.db",
        1,
        "Error: cannot create {tmp}/nope/p.db: folder {tmp}/nope does not exist; create it first",
    ),
    _row(
        "quiz-bad-now",
        "quiz {tmp}/article.txt --answers {tmp}/nofacts.txt --now yesterday",
        2,
        "Error: Invalid value for --now: 'yesterday' is not an ISO date-time such as 2026-03-01T09:00",
    ),
    _row(
        "stats-db-corrupt",
        "stats --db {tmp}/corrupt.db --player ana",
        1,
        NOT_A_DB,
    ),
    _row("leaderboard-db-corrupt", "leaderboard --db {tmp}/corrupt.db", 1, NOT_A_DB),
    _row("results-db-corrupt", "results --db {tmp}/corrupt.db", 1, NOT_A_DB),
    _row(
        "results-no-db",
        "results",
        1,
        "Error: no progress database at {home}/progress.db yet; play with `factdeck quiz` first",
    ),
    _row(
        "stats-no-db",
        "stats --player ana",
        1,
        "Error: no progress database at {home}/progress.db yet; play with `factdeck quiz` first",
    ),
    _row(
        "results-output-missing-folder",
        "results --db {tmp}/p.db -o {tmp}/nope/r.csv",
        1,
        "Error: cannot write {tmp}/nope/r.csv: folder {tmp}/nope does not exist; create it first",
        before=QUIZ_ONCE,
    ),
]
TEMPLATES_ROWS = [
    _row("templates-validate-syntax", "templates validate {tmp}/tpl_syntax", 1, TPL_SYNTAX),
    _row(
        "templates-validate-yaml",
        "templates validate {tmp}/tpl_yaml",
        1,
        "Error: {tmp}/tpl_yaml/quantity.yaml:3: expected the node content, but found '<stream end>'; fix the YAML syntax",
    ),
    _row(
        "templates-validate-unknown",
        "templates validate {tmp}/tpl_unknown",
        1,
        _unknown("tpl_unknown", "no_such_field"),
    ),
    _row(
        "templates-validate-escape",
        "templates validate {tmp}/tpl_escape",
        1,
        "Error: {tmp}/tpl_escape/quantity.yaml:3: template quantity-combien: prompt: access to '__subclasses__' is refused by the sandbox; use only the placeholders of `factdeck templates show`",
    ),
    _row(
        "templates-validate-globals",
        "templates validate {tmp}/tpl_globals",
        1,
        "Error: {tmp}/tpl_globals/quantity.yaml:3: template quantity-combien: prompt: access to '__globals__' is refused by the sandbox; use only the placeholders of `factdeck templates show`",
    ),
    _row(
        "templates-validate-file",
        "templates validate {tmp}/tpl_file",
        1,
        "Error: {tmp}/tpl_file/quantity.yaml:3: template quantity-combien: prompt: line 1: templates cannot include or import other files; remove the [% include/import %]",
    ),
    _row(
        "templates-validate-import",
        "templates validate {tmp}/tpl_import",
        1,
        "Error: {tmp}/tpl_import/quantity.yaml:3: template quantity-combien: prompt: line 1: templates cannot include or import other files; remove the [% include/import %]",
    ),
    _row(
        "templates-validate-missing",
        "templates validate {tmp}/nope",
        1,
        "Error: no such templates folder: {tmp}/nope; check the path",
    ),
    _row(
        "templates-list-missing-dir",
        "templates list --templates {tmp}/nope",
        1,
        "Error: no such templates folder: {tmp}/nope; check the --templates path",
    ),
    _row(
        "templates-preview-bad-template",
        "templates preview quantity-combien {tmp}/article.txt --templates {tmp}/tpl_unknown",
        1,
        _unknown("tpl_unknown", "no_such_field"),
    ),
    _row(
        "templates-show-unknown",
        "templates show no-such-id",
        1,
        "Error: unknown template id 'no-such-id'; run `factdeck templates list` to see the ids",
    ),
    _row(
        "templates-preview-missing",
        "templates preview quantity-combien {tmp}/missing.txt",
        1,
        "Error: no such file: {tmp}/missing.txt; check the path",
    ),
    _row(
        "templates-init-file",
        "templates init {tmp}/notes.txt",
        1,
        "Error: {tmp}/notes.txt is a file, not a folder; choose a folder for the templates",
    ),
]
CACHE_ROWS = [
    _row("cache-info-fresh", "cache info", 0, "", "entries: 0"),
    _row(
        "cache-clear-empty",
        "cache clear",
        0,
        "Removed 0 cached entries from {home}/cache/facts and 0 build records",
    ),
    _row("cache-no-subcommand", "cache", 2, "Usage: factdeck cache [OPTIONS] COMMAND [ARGS]..."),
]
ROWS: list[Any] = FACTS_ROWS + QUESTIONS_ROWS + BUILD_ROWS + QUIZ_ROWS + TEMPLATES_ROWS + CACHE_ROWS


def run_cli(
    argv: list[str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    stdin: bytes = b"",
) -> tuple[int, str, str]:
    """Run `factdeck ARGV` in-process; return exit code, stdout and stderr."""
    from generators.cli import main

    monkeypatch.setattr(sys, "argv", ["factdeck", *argv])
    monkeypatch.setenv("FACTDECK_DEBUG", "")  # --debug sets it: restored after the test
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
    code = 0
    try:
        main()
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.mark.parametrize(
    "row", [r if not isinstance(r, Row) else pytest.param(r, id=r.id) for r in ROWS]
)
def test_bad_input(
    row: Row,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    nlp,
) -> None:  # type: ignore[no-untyped-def]
    _files(tmp_path)
    size = int((tmp_path / "size").read_text())
    values = {
        "tmp": str(tmp_path),
        "size": str(size),
        "size_minus_1": str(size - 1),
        "home": os.environ["FACTDECK_HOME"],
    }
    argv = [_fill(a, values) for a in row.argv]
    monkeypatch.chdir(tmp_path)
    if row.before:
        assert run_cli([_fill(a, values) for a in row.before], monkeypatch, capsys)[0] == 0
    code, out, err = run_cli(argv, monkeypatch, capsys)
    lines = err.strip().splitlines()
    expected = _fill(row.stderr, values)
    assert "Traceback" not in err and "internal error" not in err
    assert code == row.code, err
    if expected.startswith("Usage:"):  # a command group without its subcommand prints its help
        assert lines and _matches(lines[0], expected), err
    elif row.code != 0:  # one error line, last on stderr (usage errors print usage before it)
        assert lines and _matches(lines[-1], expected), err
        assert len([line for line in lines if line.startswith("Error:")]) == 1
    elif expected:
        assert any(_matches(line, expected) for line in lines), err
    else:
        assert not any(line.startswith(("Error:", "Warning:")) for line in lines), err
    if row.stdout_has:
        assert _fill(row.stdout_has, values) in out


def _matches(line: str, expected: str) -> bool:
    """Compare exactly, or only the start when `expected` ends with an ellipsis."""
    return line.startswith(expected[:-1]) if expected.endswith("…") else line == expected


def _fill(text: str, values: dict[str, str]) -> str:
    for key, value in values.items():
        text = text.replace("{" + key + "}", value)
    return text


@pytest.mark.parametrize(
    ("data", "code", "expected"),
    [
        (b"", 1, "Error: standard input is empty; give a file with the article's text"),
        (
            b"%PDF-1.4\n",
            1,
            "Error: standard input is a PDF file, not a text article; save the article as text or HTML",
        ),
        (("« Été » " + ARTICLE).encode("cp1252"), 0, ""),
    ],
)
def test_standard_input(
    data: bytes,
    code: int,
    expected: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    nlp,
) -> None:  # type: ignore[no-untyped-def]
    got, out, err = run_cli(["facts", "-"], monkeypatch, capsys, stdin=data)
    assert (got, err.strip()) == (code, expected)
    if code == 0:
        assert json.loads(out)["article"]["source"] == "-"
        assert "« Été »" in json.loads(out)["facts"][0]["sentence"] or "Été" in out


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads and writes regardless of permissions")
def test_unreadable_article_and_read_only_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], nlp
) -> None:  # type: ignore[no-untyped-def]
    _files(tmp_path)
    (tmp_path / "article.txt").chmod(0)
    code, _, err = run_cli(["facts", str(tmp_path / "article.txt")], monkeypatch, capsys)
    assert (code, err.strip()) == (
        1,
        f"Error: cannot read {tmp_path}/article.txt: permission denied; check its permissions",
    )
    (tmp_path / "article.txt").chmod(0o644)
    (tmp_path / "folder").chmod(0o500)
    code, _, err = run_cli(
        ["build", str(tmp_path / "good.yaml"), "-o", str(tmp_path / "folder" / "d.apkg")],
        monkeypatch,
        capsys,
    )
    assert code == 1
    assert (
        err.strip().splitlines()[-1]
        == f"Error: cannot write in {tmp_path}/folder: Permission denied; choose another folder"
    )


def test_build_on_a_full_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], nlp
) -> None:  # type: ignore[no-untyped-def]
    _files(tmp_path)
    disk = tmp_path / "disk"
    disk.mkdir()
    if subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=4k", "tmpfs", str(disk)], capture_output=True
    ).returncode:
        pytest.skip("cannot mount a tmpfs here (tests/test_atomic.py injects ENOSPC instead)")
    try:
        code, _, err = run_cli(
            ["build", str(tmp_path / "good.yaml"), "-o", str(disk / "d.apkg")], monkeypatch, capsys
        )
        assert (code, err.strip().splitlines()[-1]) == (
            1,
            f"Error: cannot write {disk}/d.apkg: the disk is full; nothing was changed",
        )
        assert list(disk.iterdir()) == []
    finally:
        subprocess.run(["umount", str(disk)], check=False)


def test_debug_shows_the_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run_cli(["--debug", "facts", str(tmp_path / "missing.txt")], monkeypatch, capsys)
    assert code == 1
    assert "Traceback" in err and "InputError" in err
    assert (
        err.strip().splitlines()[-1]
        == f"Error: no such file: {tmp_path}/missing.txt; check the path"
    )


@pytest.mark.slow
@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (
            ["facts", "{tmp}/doc.pdf"],
            "Error: {tmp}/doc.pdf is a PDF file, not a text article; save the article as text or HTML",
        ),
        (
            ["build", "{tmp}/outside.yaml", "-o", "{tmp}/o.apkg"],
            "Error: {tmp}/outside.yaml:2: '../../etc/passwd' points outside the recipe's folder; keep the file beside the recipe",
        ),
    ],
)
def test_real_process_prints_one_line_and_exits_1(
    argv: list[str], expected: str, tmp_path: Path
) -> None:
    _files(tmp_path)
    args = [a.replace("{tmp}", str(tmp_path)) for a in argv]
    done = subprocess.run(
        [sys.executable, "-m", "generators", *args], capture_output=True, text=True, cwd=tmp_path
    )
    assert (done.returncode, done.stderr, done.stdout) == (
        1,
        expected.replace("{tmp}", str(tmp_path)) + "\n",
        "",
    )


@pytest.mark.slow
def test_ctrl_c_exits_130(tmp_path: Path) -> None:
    import signal
    import time

    env = {**os.environ, "FACTDECK_HOME": str(tmp_path)}
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "generators",
            "build",
            str(SEED_RECIPE),
            "-o",
            str(tmp_path / "d.apkg"),
        ],
        env=env,
        cwd=ROOT,
        stderr=subprocess.PIPE,
        text=True,
    )
    time.sleep(1.5)  # inside the command, loading spaCy
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert err.strip().splitlines()[-1] == "Interrupted."
    assert "Traceback" not in err
    assert not (tmp_path / "d.apkg").exists()
