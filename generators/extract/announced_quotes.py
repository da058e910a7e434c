"""Quotes announced before them: by a clause ending on a colon at the end of the previous paragraph,
or by the quote just before (`follows`, `paragraph_after`: the same speaker goes on).

French news often announces a quote in a clause that ends on a colon and gives the quoted words a
paragraph of their own (« Le ministre a commenté ainsi ce vote : ¶ « … » »). The speaker is then
the subject of the speech verb of the announcing clause, found as for a colon in the same sentence
(`colon_speaker`). A paragraph that ends on a colon without a speech verb (« La liste comprend : »)
announces no speech: no speaker.
"""

from __future__ import annotations

from typing import Any

from generators.extract.attribution import colon_speaker
from generators.extract.names import NameIndex
from generators.extract.quote_marks import Quoted
from generators.extract.speech_words import in_quotes
from generators.extract.tokens import sentence_of, text_of

_OPENING = ("«", "“", '"')


def announced_speaker(doc: Any, quoted: Quoted, offset: int, index: NameIndex) -> str | None:
    """Return who speaks a quote that opens its paragraph right after a paragraph ending on
    « <speech verb> … : » (« X a déclaré : ¶ « … » »), or None."""
    colon = _announcing_colon(doc, quoted)
    if colon is None:
        return None
    sent = sentence_of(colon)
    outside = [t for t in doc[sent.start : colon.i + 1] if not t.is_space]
    outside = [t for t in outside if not in_quotes(doc, t.idx) or t.i == colon.i]
    if len(outside) < 3:
        return None
    return colon_speaker(doc, outside, offset, index)


def _announcing_colon(doc: Any, quoted: Quoted) -> Any:
    """Return the colon token ending the paragraph right before a quote that opens its own
    paragraph, or None."""
    text = text_of(doc)
    para_start = text.rfind("\n", 0, quoted.start) + 1
    if para_start <= 0 or text[para_start : quoted.start].strip() not in _OPENING:
        return None
    before = text[:para_start].rstrip()
    if not before.endswith(":"):
        return None
    at = len(before) - 1
    return next((t for t in doc if t.idx == at and t.text == ":"), None)


def follows(doc: Any, previous_end: int, first: Any) -> bool:
    """Tell whether a quote starts in the sentence right after the one where the last quote ended."""
    sent = sentence_of(first)
    between = text_of(doc)[doc[previous_end - 1].idx : first.idx] if previous_end > 0 else "\n"
    return sent.start == previous_end and "\n" not in between


def paragraph_after(doc: Any, previous_end: int, quoted: Any, closes_paragraph: bool) -> bool:
    """Tell whether a quote is a paragraph of its own right after the paragraph that the last
    attributed quote ended (« « A », a déclaré X.¶« B ». »: X goes on)."""
    text = text_of(doc)
    if previous_end <= 0 or not quoted.closed:
        return False
    start = text.rfind("\n", 0, quoted.start) + 1
    end = text.find("\n", quoted.end)
    end = len(text) if end < 0 else end
    alone = text[start : quoted.start].strip() in ("«", "“", '"') and (
        not closes_paragraph or not text[quoted.end + 1 : end].strip(' .»”"')
    )
    k = previous_end - 1
    while k > 0 and doc[k].is_space:
        k -= 1
    between = text[doc[k].idx + len(doc[k]) : start]
    return alone and between.strip() == "" and between.count("\n") >= 1
