"""Cache of extracted facts, keyed by article bytes, slug, model and extraction code versions.

An entry is a JSON file written atomically: `{"format", "key", "digest", "payload"}`. Reading it
checks all four; anything unreadable, truncated, edited or written for another key counts as a
miss, so the caller extracts again and overwrites it. Nothing in an entry is ever trusted blindly.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generators import __version__
from generators.errors import OutputError
from generators.files import resources
from generators.files.atomic import write_text_atomic

# Bump when extraction changes what it returns for the same input in a way the source
# fingerprint below cannot see (e.g. a dependency's behaviour).
EXTRACTION_VERSION = "2"
FORMAT = 1
# The code and word lists whose edits change extraction results: their fingerprint is part of
# every key, so an upgrade or a local edit never serves facts extracted by older code.
# Derived from the stage rule that tests/test_layout.py enforces: a stage imports only the stages
# to its left and the shared modules, so these globs cover everything a result depends on.
SHARED_FILES = ("records.py", "errors.py", "french/**/*", "lexicon/**/*", "files/**/*")
EXTRACTION_FILES = (*SHARED_FILES, "source/**/*", "extract/**/*")
QUESTION_FILES = (*SHARED_FILES, "questions/**/*")
_DATA_SUFFIXES = (".py", ".txt", ".yaml", ".yml", ".json")


@dataclass(frozen=True)
class CacheInfo:
    """What the cache folder holds."""

    folder: Path
    entries: int
    size: int


def cache_key(sha256: str, slug: str, model: str, model_version: str) -> str:
    """Return the cache key of an extraction result."""
    parts = (
        sha256,
        slug,
        model,
        model_version,
        EXTRACTION_VERSION,
        __version__,
        code_fingerprint(EXTRACTION_FILES),
    )
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


@functools.cache
def code_fingerprint(patterns: tuple[str, ...] = EXTRACTION_FILES) -> str:
    """Return a hash of the names, sizes and modification times of the files matching `patterns`.

    Reading the files would cost more than the cached run itself; an edit changes the time.
    """
    package = Path(__file__).resolve().parents[1]
    digest = hashlib.sha256()
    for pattern in patterns:
        for path in sorted(package.glob(pattern)):
            if path.suffix not in _DATA_SUFFIXES or "__pycache__" in path.parts:
                continue
            with contextlib.suppress(OSError):
                found = path.stat()
                stamp = f"{path.relative_to(package).as_posix()}\0{found.st_size}\0{found.st_mtime_ns}\n"
                digest.update(stamp.encode())
    return digest.hexdigest()


def questions_code() -> str:
    """Return the fingerprint of the code that turns facts into a quiz's questions."""
    return code_fingerprint((*QUESTION_FILES, "curate/**/*", "build/**/*"))


def templates_fingerprint(template_dirs: Sequence[str | Path]) -> str:
    """Return a hash of the question template files in effect (folders, names and bytes)."""
    digest = hashlib.sha256()
    for folder in resources.question_template_dirs(template_dirs):
        digest.update(str(folder).encode())
        for path in sorted(folder.rglob("*.y*ml")) if folder.is_dir() else []:
            digest.update(str(path.relative_to(folder)).encode() + b"\x00" + _bytes_of(path))
    return digest.hexdigest()


def _bytes_of(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError:
        return b""


def folder() -> Path:
    """Return the folder of cached extractions."""
    return resources.cache_dir() / "facts"


def get(key: str) -> dict[str, Any] | None:
    """Return the cached document for `key`, or None when missing, corrupt or stale."""
    try:
        wrapper = json.loads(_entry(key).read_bytes().decode("utf-8"))
        payload = wrapper["payload"]
        if (
            wrapper.get("format") != FORMAT
            or wrapper.get("key") != key
            or not isinstance(payload, dict)
        ):
            return None
        if wrapper.get("digest") != _digest(payload):
            return None
        return payload
    except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError):
        return None


def put(key: str, payload: dict[str, Any]) -> None:
    """Store `payload` for `key`; a cache that cannot be written is skipped silently."""
    wrapper = {"format": FORMAT, "key": key, "digest": _digest(payload), "payload": payload}
    path = _entry(key)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_text_atomic(path, json.dumps(wrapper, ensure_ascii=False), durable=False)
    except (OSError, OutputError):
        pass  # a cache is an optimisation: never fail the command for it


def discard(key: str) -> None:
    """Remove the entry of `key`, if any (it was found unusable)."""
    with contextlib.suppress(OSError):
        _entry(key).unlink()


def info() -> CacheInfo:
    """Return the cache folder, its number of entries and their total size in bytes."""
    entries = list(folder().rglob("*.json")) if folder().is_dir() else []
    size = 0
    for path in entries:
        with contextlib.suppress(OSError):
            size += path.stat().st_size
    return CacheInfo(folder(), len(entries), size)


def clear() -> int:
    """Delete every cached entry and return how many there were."""
    count = info().entries
    remove_folder(folder())
    return count


def remove_folder(path: Path) -> None:
    """Delete the cache folder `path` and all it holds; say so when it cannot be deleted."""
    shutil.rmtree(path, ignore_errors=True)
    if path.exists():
        raise OutputError(f"cannot delete {path}; check its permissions and delete it by hand")


def _entry(key: str) -> Path:
    return folder() / key[:2] / f"{key}.json"


def _digest(payload: Any) -> str:
    return hashlib.sha256(
        json.dumps(payload, sort_keys=True, ensure_ascii=False).encode()
    ).hexdigest()
