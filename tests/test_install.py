"""The wheel: built from the repository, installed in a fresh venv, run from an empty folder."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest
from conftest import ROOT

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the wheel of this checkout."""
    out = tmp_path_factory.mktemp("dist")
    # Without build isolation when hatchling is here (offline-safe, fast); else pip fetches it.
    here = all(importlib.util.find_spec(m) for m in ("hatchling", "babel"))
    flags = ["--no-build-isolation"] if here else []
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            *flags,
            "-q",
            "-w",
            str(out),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (found,) = out.glob("factdeck-*.whl")
    return found


@pytest.fixture(scope="module")
def venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with the wheel installed, reusing this environment's dependencies.

    A full `pip install factdeck.whl` would download spaCy, its model and a dozen packages: slow,
    and impossible offline. Instead the wheel goes in with `--no-deps`, and a .pth line appends
    this environment's site-packages *after* the venv's own: the dependencies come from there,
    while `generators` comes from the wheel (a .pth path is not scanned for further .pth files, so
    this checkout's editable install stays out of the way).
    """
    folder = tmp_path_factory.mktemp("venv") / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(folder)], check=True, capture_output=True)
    python = folder / "bin" / "python"
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    Path(purelib, "zz_factdeck_dependencies.pth").write_text(
        sysconfig.get_paths()["purelib"] + "\n"
    )
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", "--no-deps", "--no-index", str(wheel)],
        check=True,
        capture_output=True,
    )
    return folder


def _run(venv: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "FACTDECK_HOME": str(cwd / ".home")}
    env.pop("PYTHONPATH", None)
    return subprocess.run(
        [str(venv / "bin" / "factdeck"), *args], capture_output=True, text=True, cwd=cwd, env=env
    )


def test_wheel_holds_the_package_its_data_and_no_tests(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    assert "generators/cli/__init__.py" in names
    assert any(n.startswith("generators/lexicon/") and n.endswith(".txt") for n in names)
    assert any(
        n.startswith("generators/_data/templates/questions/") and n.endswith(".yaml") for n in names
    )
    assert "generators/_data/decks/otan-irak-2020-02.yaml" in names
    assert "generators/_data/decks/otan-irak-2020-02.txt" in names
    assert not any(n.startswith(("tests/", "benchmarks/")) for n in names)


def test_installed_package_is_the_wheel_and_finds_its_bundled_data(
    venv: Path, tmp_path: Path
) -> None:
    probe = (
        "import generators, generators.files.resources as r; "
        "print(generators.__file__); print(r.bundled_dir('templates')); print(r.bundled_dir('decks'))"
    )
    done = subprocess.run(
        [str(venv / "bin" / "python"), "-c", probe],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=True,
    )
    for line in done.stdout.splitlines():
        assert line.startswith(str(venv)), line
    assert Path(done.stdout.splitlines()[1], "questions").is_dir()


def test_facts_on_the_bundled_recipe_from_an_empty_folder(venv: Path, tmp_path: Path) -> None:
    recipe = next((venv / "lib").glob("python*/site-packages/generators/_data/decks/*.yaml"))
    done = _run(venv, "facts", str(recipe), "--format", "json", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert '"type": "quantity"' in done.stdout


def test_build_without_source_builds_every_bundled_recipe(venv: Path, tmp_path: Path) -> None:
    done = _run(venv, "build", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    built = sorted((tmp_path / "out").glob("*.apkg"))
    assert [p.name for p in built] == ["otan-irak-2020-02.apkg"]
    assert zipfile.is_zipfile(built[0])
    listing = _run(venv, "templates", "list", cwd=tmp_path)
    assert listing.returncode == 0 and "quantity-combien" in listing.stdout


PAGE = """<!doctype html><html lang="fr"><head><title>Un marché couvert rouvre à Lorval</title>
<meta property="article:published_time" content="2024-05-14T08:00:00+02:00"></head>
<body><article><h1>Un marché couvert rouvre à Lorval</h1>
<p>Par Jeanne Martel, publié le 14 mai 2024 à 10 h 05</p>
<p>Le marché couvert de la ville a rouvert ses portes mardi après deux ans de travaux. Selon la
mairie, environ 40 commerçants y vendent désormais leurs produits chaque matin.</p>
<p>La maire, Sophie Carrel, a inauguré le bâtiment devant plusieurs centaines d'habitants.</p>
</article></body></html>"""


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv where the venv's own pip, as bundled and not upgraded, installs the wheel.

    The dependencies come from the package index as a new user's would, with the resolver of the
    oldest pip a supported Python ships (an extra such as lxml[html_clean] it cannot match is
    skipped with a mere warning).
    """
    import ensurepip

    folder = tmp_path_factory.mktemp("fresh") / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(folder)], check=True, capture_output=True)
    pip = [str(folder / "bin" / "python"), "-m", "pip"]
    version = subprocess.run([*pip, "--version"], check=True, capture_output=True, text=True)
    assert version.stdout.split()[1] == ensurepip.version()  # the venv's own pip
    done = subprocess.run([*pip, "install", "-q", str(wheel)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]
    return folder


def test_an_html_article_builds_in_a_fresh_venv_with_its_own_pip(
    installed: Path, tmp_path: Path
) -> None:
    (tmp_path / "marche.html").write_text(PAGE, encoding="utf-8")
    done = _run(installed, "facts", "marche.html", "--format", "json", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    article = json.loads(done.stdout)["article"]
    assert (article["title"], article["date"]) == (
        "Un marché couvert rouvre à Lorval",
        "2024-05-14",
    )
    questions = _run(installed, "questions", "marche.html", "--format", "json", cwd=tmp_path)
    assert questions.returncode == 0, questions.stderr
    assert "Jeanne Martel" not in questions.stdout  # the byline is metadata, not questions
    built = _run(installed, "build", "marche.html", "-o", "marche.apkg", cwd=tmp_path)
    assert built.returncode == 0, built.stderr
    assert zipfile.is_zipfile(tmp_path / "marche.apkg")


def test_wheel_ships_the_compiled_message_catalogs(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    for language in ("fr", "en"):
        assert f"generators/locale/{language}/LC_MESSAGES/factdeck.mo" in names


def test_the_installed_quiz_speaks_french(installed: Path, tmp_path: Path) -> None:
    (tmp_path / "marche.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "answers.txt").write_text("rien\n", encoding="utf-8")
    args = ["quiz", "marche.html", "--answers", "answers.txt", "--lang", "fr", "--limit", "1"]
    done = _run(installed, *args, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Réponse : " in done.stderr and "Answer:" not in done.stderr


def test_an_editable_install_compiles_the_catalogs_it_reads(tmp_path: Path) -> None:
    """An editable install reads generators/ in place: its build must leave the .mo files there."""
    import shutil

    tree = tmp_path / "tree"
    tracked = subprocess.run(
        ["git", "ls-files", "generators", "templates", "decks", "pyproject.toml", "hatch_build.py",
         "README.md", "LICENSE"],
        cwd=ROOT, capture_output=True, text=True, check=True,
    ).stdout.split()  # fmt: skip
    for name in tracked:
        (tree / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, tree / name)
    assert not list(tree.glob("generators/locale/*/LC_MESSAGES/*.mo"))
    folder = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(folder)], check=True, capture_output=True)
    python = str(folder / "bin" / "python")
    done = subprocess.run(
        [python, "-m", "pip", "install", "-q", "--no-deps", "-e", str(tree)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    probe = "from generators.quiz import i18n; i18n.use('fr'); print(i18n._('  Answer: '))"
    said = subprocess.run([python, "-c", probe], capture_output=True, text=True, cwd=tmp_path)
    assert said.stdout == "  Réponse : \n", said.stderr
