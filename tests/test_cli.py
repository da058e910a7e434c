"""The command line as a whole: help for every command, version, no spaCy at start-up, README."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import typer.main
from conftest import ROOT

from generators import __version__
from generators.cli import app


def _commands() -> list[list[str]]:
    """Return every command path of the app: ["facts"], ["templates", "list"], …"""
    root = typer.main.get_command(app)
    paths: list[list[str]] = []

    def walk(group: object, prefix: list[str]) -> None:
        for name, command in sorted(getattr(group, "commands", {}).items()):
            paths.append([*prefix, name])
            walk(command, [*prefix, name])

    walk(root, [])
    return paths


COMMANDS = _commands()
# Run in a fresh interpreter: prints, as JSON, each argv's exit code and whether spaCy got imported.
PROBE = """
import json, sys
from generators.cli import main
found = []
for argv in json.loads(sys.argv[1]):
    sys.argv = ["factdeck", *argv]
    try:
        main()
        code = 0
    except SystemExit as exc:
        code = exc.code
    found.append([argv, code])
print(json.dumps({"codes": found, "spacy": sorted(m for m in sys.modules if m.split(".")[0] in ("spacy", "thinc", "genanki", "fr_core_news_sm"))}), file=sys.stderr)
"""


def test_every_expected_command_is_registered() -> None:
    names = {" ".join(path) for path in COMMANDS}
    for expected in (
        "facts",
        "questions",
        "build",
        "quiz",
        "templates",
        "templates list",
        "cache",
        "cache clear",
        "cache info",
    ):
        assert expected in names


@pytest.mark.parametrize("path", COMMANDS, ids=[" ".join(p) for p in COMMANDS])
def test_help_of_every_command(
    path: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from generators.cli import main

    monkeypatch.setattr(sys, "argv", ["factdeck", *path, "--help"])
    with pytest.raises(SystemExit) as done:
        main()
    out = capsys.readouterr().out
    assert done.value.code == 0
    assert f"Usage: factdeck {' '.join(path)}" in out
    assert "Error" not in out


def test_version(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from generators.cli import main

    monkeypatch.setattr(sys, "argv", ["factdeck", "--version"])
    with pytest.raises(SystemExit) as done:
        main()
    assert (done.value.code, capsys.readouterr().out) == (0, f"factdeck {__version__}\n")


def test_no_arguments_shows_help_and_exits_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from generators.cli import main

    monkeypatch.setattr(sys, "argv", ["factdeck"])
    with pytest.raises(SystemExit) as done:
        main()
    captured = capsys.readouterr()
    assert done.value.code == 2
    assert "Usage: factdeck" in captured.out + captured.err


@pytest.mark.slow
def test_help_version_and_templates_do_not_import_spacy(tmp_path: Path) -> None:
    argvs = [["--help"], ["--version"], *[[*p, "--help"] for p in COMMANDS]]
    if ["templates", "list"] in COMMANDS:
        argvs.append(["templates", "list"])
    argvs.append(["cache", "info"])
    env = {**os.environ, "FACTDECK_HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(argvs)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
    )
    report = json.loads(done.stderr.strip().splitlines()[-1])
    assert all(code == 0 for _, code in report["codes"]), report["codes"]
    assert report["spacy"] == []


@pytest.mark.slow
def test_console_script_and_module_agree(tmp_path: Path) -> None:
    script = Path(sys.executable).parent / "factdeck"
    if not script.exists():
        pytest.skip("no factdeck console script beside this interpreter")
    by_script = subprocess.run(
        [str(script), "--version"], capture_output=True, text=True, cwd=tmp_path
    )
    by_module = subprocess.run(
        [sys.executable, "-m", "generators", "--version"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert by_script.stdout == by_module.stdout == f"factdeck {__version__}\n"


def test_every_command_appears_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    if len(readme.splitlines()) < 10:
        pytest.skip("README.md is not written yet")

    def documented(path: list[str]) -> bool:
        *group, name = path  # `factdeck cache info|clear` documents both subcommands
        prefix = re.escape(" ".join(["factdeck", *group]))
        return re.search(rf"{prefix} (?:[\w-]+\|)*{re.escape(name)}\b", readme) is not None

    assert [" ".join(p) for p in COMMANDS if not documented(p)] == []
