"""French word lists and patterns, kept as data files beside this module."""

from __future__ import annotations

import functools
import re
from importlib import resources


@functools.cache
def words(name: str) -> tuple[str, ...]:
    """Return the entries of `name`.txt: one per line, `#` comments and blank lines skipped."""
    text = resources.files(__name__).joinpath(f"{name}.txt").read_text(encoding="utf-8")
    entries = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return tuple(entry for entry in entries if entry)


@functools.cache
def word_set(name: str) -> frozenset[str]:
    """Return the entries of `name`.txt, lower-cased, as a set."""
    return frozenset(entry.lower() for entry in words(name))


@functools.cache
def tagged(name: str, tag: str) -> tuple[str, ...]:
    """Return the entries of `name`.txt that open on the word `tag`, without it (« doubled de »
    is « de » for `doubled`): one word list of several kinds in one file."""
    return tuple(rest for first, _, rest in (e.partition(" ") for e in words(name)) if first == tag)


def alternation(entries: tuple[str, ...]) -> str:
    """Return a regex alternation of `entries`, escaped, longest first (a longer phrase wins)."""
    return "|".join(re.escape(e) for e in sorted(entries, key=len, reverse=True))
