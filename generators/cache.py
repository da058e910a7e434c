"""Cache of extracted facts, keyed by article bytes, slug, model and factdeck versions."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path
from typing import Any

from generators import __version__, resources
from generators.atomic import write_text_atomic
from generators.errors import OutputError

# Bump when extraction changes what it returns for the same input.
EXTRACTION_VERSION = "1"


def cache_key(sha256: str, slug: str, model: str, model_version: str) -> str:
    """Return the cache key of an extraction result."""
    raw = "\x1f".join((sha256, slug, model, model_version, EXTRACTION_VERSION, __version__))
    return hashlib.sha256(raw.encode()).hexdigest()


def _entry(key: str) -> Path:
    return resources.cache_dir() / "facts" / key[:2] / f"{key}.json"


def get(key: str) -> dict[str, Any] | None:
    """Return the cached document for `key`, or None when missing, corrupt or stale."""
    path = _entry(key)
    try:
        wrapper = json.loads(path.read_text(encoding="utf-8"))
        payload = wrapper["payload"]
        if wrapper.get("key") != key or wrapper.get("digest") != _digest(payload):
            return None
        return dict(payload)
    except (OSError, ValueError, KeyError, TypeError):
        return None


def put(key: str, payload: dict[str, Any]) -> None:
    """Store `payload` for `key`; a cache that cannot be written is skipped silently."""
    wrapper = {"key": key, "digest": _digest(payload), "payload": payload}
    path = _entry(key)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_text_atomic(path, json.dumps(wrapper, ensure_ascii=False))
    except (OSError, OutputError):
        pass  # a cache is an optimisation: never fail the command for it


def clear() -> int:
    """Delete every cached entry and return how many there were."""
    folder = resources.cache_dir() / "facts"
    count = sum(1 for _ in folder.rglob("*.json")) if folder.is_dir() else 0
    shutil.rmtree(folder, ignore_errors=True)
    return count


def _digest(payload: Any) -> str:
    return hashlib.sha256(json.dumps(payload, sort_keys=True, ensure_ascii=False).encode()).hexdigest()
