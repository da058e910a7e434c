"""Run a spaCy `Matcher` only where a match can be: around the tokens its patterns cannot do without.

A `Matcher` pass visits every token of a doc for every pattern (≈ 5 µs a token for the date
patterns of `types/event`). When every pattern holds at least one token of a rare kind (an
« anchor »: a month name, a four-digit number, …), every match lies within a pattern's length of an
anchor, so running the matcher on those windows alone finds the same matches, in the same order
(windows are disjoint and visited left to right, and each reaches a pattern's length past its
anchors, so no match is cut at a window's edge).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from generators.extract.tokens import ordered_where

if TYPE_CHECKING:
    from spacy.matcher import Matcher
    from spacy.tokens import Doc


def reach(matcher: Matcher, labels: Iterable[str]) -> int:
    """Return the length of the longest pattern added to `matcher` under `labels`."""
    longest = 0
    for label in labels:
        found = matcher.get(label)
        if found is not None:
            longest = max([longest, *(len(pattern) for pattern in found[1])])
    return longest


def matches(
    matcher: Matcher, doc: Doc, anchor: Callable[[str], bool], length: int
) -> list[tuple[int, int, int]]:
    """Return `matcher(doc)`: (match id, start, end) as the whole doc would give them.

    `anchor(lower)` tells whether a token (its lower-case form) is an anchor; every pattern of
    `matcher` must hold one and be at most `length` tokens long.
    """
    found: list[tuple[int, int, int]] = []
    for start, end in _windows(_anchors(doc, anchor), len(doc), length):
        found.extend((key, start + s, start + e) for key, s, e in matcher(doc[start:end]))
    return found


def _anchors(doc: Doc, anchor: Callable[[str], bool]) -> list[int]:
    """Return the indexes of the anchor tokens of `doc` (read from its array of lower-case forms)."""
    return ordered_where(doc, ("LOWER",), anchor)


def _windows(anchors: list[int], size: int, length: int) -> list[tuple[int, int]]:
    """Return the disjoint token ranges, in order, within `length` tokens of an anchor."""
    windows: list[tuple[int, int]] = []
    for i in anchors:
        start, end = max(0, i - length), min(size, i + length + 1)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows
