"""Quote marks: the quoted stretches of a text (« … », “…”, "…", nested ones too) and their tokens."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from generators.extract.tokens import text_of, token_span

_OPEN_CLOSE = {"«": "»", "“": "”"}


_STRAIGHT = '"'


TRIM = " \t\n,;:«»“”\"'"


@dataclass
class Quoted:
    """A quoted stretch of the doc: character bounds of its text (marks excluded)."""

    start: int
    end: int  # end of the text; the closing mark (if any) is at `end`
    closed: bool


def quoted_spans(text: str) -> list[Quoted]:
    """Return the quoted stretches of `text`, pairing marks within each paragraph."""
    spans: list[Quoted] = []
    for para in re.finditer(r"[^\n]+", text):
        spans.extend(_pair(text, para.start(), para.end()))
    return spans


def _pair(text: str, start: int, end: int) -> list[Quoted]:
    out: list[Quoted] = []
    i = start
    while i < end:
        ch = text[i]
        if ch in _OPEN_CLOSE:
            close = _nested_close(text, i, end)
            out.append(Quoted(i + 1, close if close >= 0 else end, close >= 0))
            i = (close if close >= 0 else end) + 1
        elif ch == _STRAIGHT:
            close = text.find(_STRAIGHT, i + 1, end)
            if close < 0:
                break
            out.append(Quoted(i + 1, close, True))
            i = close + 1
        else:
            i += 1
    return out


def _nested_close(text: str, i: int, end: int) -> int:
    """Return where the mark opened at `i` closes, past quotes nested in it (« A « B » C »);
    the first closing mark when the nesting never closes, -1 when none does."""
    opening, closing = text[i], _OPEN_CLOSE[text[i]]
    depth = 0
    for k in range(i, end):
        depth += (text[k] == opening) - (text[k] == closing)
        if depth == 0:
            return k
    return text.find(closing, i + 1, end)


def quote_tokens(doc: Any, start: int, end: int) -> list[Any]:
    return [t for t in token_span(doc, start, min(end, len(text_of(doc)))) if start <= t.idx < end]
