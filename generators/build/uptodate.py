"""Skip a build whose inputs and output did not change, like make: a record per output file.

After a build, `record` stores in `cache_dir()/builds/` a fingerprint of every input (factdeck's
version, the source files' bytes, the question and card template files, the extraction cache
key) and the sha256 of the deck written. `up_to_date` recomputes it before anything heavy is
imported (no spaCy, jinja2, genanki or generators.questions) and says whether the deck is current.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generators import __version__
from generators.build.facts import facts_key
from generators.errors import FactdeckError, OutputError
from generators.export import DEFAULT
from generators.files import cache, resources
from generators.files.atomic import write_text_atomic

FORMAT = 1


@dataclass(frozen=True)
class UpToDate:
    """A deck that needs no rebuild: its path and the summary line of the build that wrote it."""

    path: Path
    summary: str


def up_to_date(
    target: str,
    output: Path,
    into_folder: bool,
    template_dirs: Sequence[Path],
    format_name: str = DEFAULT,
) -> UpToDate | None:
    """Return the current deck of `target` built into `output`, or None when it must be built."""
    if target == "-":
        return None
    try:
        where = _record_path(target, output, into_folder, format_name)
        saved = json.loads(where.read_text(encoding="utf-8"))
        path = Path(saved["path"])
        files = [Path(f) for f in saved["files"]]
        if saved.get("format") != FORMAT or _file_sha256(path) != saved["output_sha256"]:
            return None
        if saved["inputs"] != fingerprint(target, files, template_dirs):
            return None
        return UpToDate(path, str(saved["summary"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def record(
    target: str,
    output: Path,
    into_folder: bool,
    template_dirs: Sequence[Path],
    format_name: str = DEFAULT,
    *,
    deck: Path,
    files: Sequence[Path],
    summary: str,
) -> None:
    """Remember that `deck` was built from `target` and `files`; a failure to write is ignored."""
    if target == "-":
        return
    try:
        saved = {
            "format": FORMAT,
            "inputs": fingerprint(target, files, template_dirs),
            "output_sha256": _file_sha256(deck),
            "path": str(deck.absolute()),
            "files": [str(Path(f).absolute()) for f in files],
            "summary": summary,
        }
        path = _record_path(target, output, into_folder, format_name)
        path.parent.mkdir(parents=True, exist_ok=True)
        write_text_atomic(path, json.dumps(saved, ensure_ascii=False), durable=False)
    except (OSError, OutputError):
        pass  # a record is an optimisation: never fail the build for it


def folder() -> Path:
    """Return the folder of build records."""
    return resources.cache_dir() / "builds"


def count() -> int:
    """Return how many build records there are."""
    return len(list(folder().glob("*.json"))) if folder().is_dir() else 0


def clear() -> int:
    """Forget every build (the next `factdeck build` writes its decks again); return how many."""
    found = count()
    cache.remove_folder(folder())
    return found


def fingerprint(target: str, files: Sequence[Path], template_dirs: Sequence[Path]) -> str:
    """Return a hash of every input of the build of `target` whose source files are `files`."""
    digest = hashlib.sha256()
    parts: list[Any] = [
        __version__,
        str(Path(target).absolute()),
        facts_key(),
    ]
    inputs = {Path(f).absolute() for f in [Path(target), *files, *_theme_articles(target)]}
    inputs |= set(_template_files(template_dirs))
    inputs |= set(_writer_files())
    parts += [(str(path), _file_sha256(path)) for path in sorted(inputs)]
    digest.update(json.dumps(parts, ensure_ascii=False).encode("utf-8"))
    return digest.hexdigest()


def _theme_articles(target: str) -> list[Path]:
    """Return the articles a theme recipe lists now: one added to its folder makes it stale."""
    from generators.source.theme import is_theme, load_theme

    try:
        return list(load_theme(target).articles) if is_theme(target) else []
    except FactdeckError:
        return []  # the build says what is wrong


def _writer_files() -> list[Path]:
    """Return the files of the export writers: a changed writer makes the files it wrote stale."""
    folder = Path(__file__).resolve().parent.parent / "export"
    return [p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts]


def _template_files(template_dirs: Sequence[Path]) -> list[Path]:
    """Return the question template files and every file of the card folders that can be in effect."""
    questions = resources.question_template_dirs(template_dirs)
    cards = resources.card_template_dirs(template_dirs)
    found = [p for folder in questions if folder.is_dir() for p in folder.rglob("*.y*ml")]
    found += [p for folder in cards if folder.is_dir() for p in folder.rglob("*") if p.is_file()]
    return [p.absolute() for p in found]


def _file_sha256(path: Path) -> str | None:
    """Return the sha256 of the file's bytes, or None when it cannot be read."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def _record_path(target: str, output: Path, into_folder: bool, format_name: str) -> Path:
    """Return the record file of `target` built into the file or folder `output` in a format."""
    where = str(Path(output).absolute())
    name = f"{where}/\0{Path(target).absolute()}" if into_folder else where
    if format_name != DEFAULT:  # the Anki record keeps its key of before formats existed
        name += f"\0{format_name}"
    key = hashlib.sha256(name.encode("utf-8")).hexdigest()
    return folder() / f"{key}.json"
