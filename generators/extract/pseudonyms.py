"""Pseudonyms, stage names and birth names: two names of one person, merged in the name index.

« Le vidéaste A B, connu sous le pseudonyme de C, … C a ensuite … »: C is A B, so a role given to
either name is A B's, and C is one of A B's aliases. The person keeps the name the article gives
first (« France X (née Anne X) »: France X; « C, de son vrai nom A B »: C). The other name is a
mention even when the model took it for a thing (« A B, dite Lili »).
"""

from __future__ import annotations

import re
from typing import Any

from generators import lexicon
from generators.extract.name_spans import name_span
from generators.extract.names import Mention, NameIndex
from generators.extract.tokens import ordered_where, text_of

_CUE_TEXT = re.compile(
    r"\b(?:alias|dite?|surnommée?|née?|connue?|vrai nom)\b", re.IGNORECASE
)  # the prefilter: a doc without any of these words links no names
_PSEUDONYM_NOUNS = frozenset({"nom", "pseudonyme", "surnom", "pseudo", "nom de scène"})
_REAL_NAME = (("de", "son", "vrai", "nom"), ("de", "sa", "vraie", "nom"))


def link_aliases(index: NameIndex, doc: Any, offset: int) -> list[str]:
    """Merge the two names of each person `doc` gives two (see the module docstring) and return
    the other names added as mentions (so their later uses are found as the person's)."""
    if not _CUE_TEXT.search(text_of(doc)):
        return []
    added: list[str] = []
    for i in ordered_where(doc, ("ORTH", "LOWER"), _opens_cue):
        tok = doc[i - 1] if i > 1 else None
        if tok is None or tok.text not in (",", "("):
            continue
        last = doc[tok.i - 1]
        kept = index.mention_at(offset + last.idx)
        if kept is None or kept.end != offset + last.idx + len(last):
            continue
        after = _cue_end(doc, tok.i + 1)
        if after < 0 or after >= len(doc):
            continue
        other = index.mention_at(offset + doc[after].idx)
        if other is not None and other.start == offset + doc[after].idx:
            _merge(index, kept.full, other.full)
            continue
        span = name_span(doc, after)
        if span is None or span[0] != after or span[1] - after > 4 or not _closed(doc, span[1]):
            continue  # whatever entity the model saw: the cue says it is a name
        words = doc[span[0] : span[1]]
        start, end = offset + words.start_char, offset + words.end_char
        index.mentions.append(Mention(start, end, words.text, kept.full, words.text))
        index._forms.setdefault(kept.full, []).append(words.text)
        _merge(index, kept.full, words.text)  # « le rappeur Zkov » found on its own
        added.append(words.text)
    index.sort()
    return added


def _closed(doc: Any, k: int) -> bool:
    """Tell whether the other name ends at token `k`: punctuation or the doc's end."""
    return k >= len(doc) or doc[k].text in (",", ")", ".", ";")


def _opens_cue(_text: str, lower: str) -> bool:
    """Tell whether a word may open the cue words after a name (see `_cue_end`)."""
    return lower in lexicon.word_set("people_alias_cues") or lower in ("de", "plus", "mieux")


def _cue_end(doc: Any, k: int) -> int:
    """Return where the other name starts after the cue words from token `k`, or -1."""
    words = [t.lower_ for t in doc[k : k + 8]]
    for real in _REAL_NAME:
        if tuple(words[:4]) == real:
            return k + 4  # « C, de son vrai nom A B »
    skip = 1 if words[:1] in (["plus"], ["mieux"]) else 0  # « plus connu sous le nom de »
    cue = words[skip] if len(words) > skip else ""
    if cue not in lexicon.word_set("people_alias_cues"):
        return -1
    if cue not in ("connu", "connue"):
        return k + skip + 1
    rest = words[skip + 1 :]
    if rest[:1] != ["sous"] or rest[1:2] not in (["le"], ["l'"]):
        return -1
    for length in (3, 1):  # « nom de scène », « pseudonyme »
        noun = " ".join(rest[2 : 2 + length])
        if noun in _PSEUDONYM_NOUNS and rest[2 + length : 3 + length] in (["de"], ["d'"]):
            return k + skip + 1 + 2 + length + 1
    return -1


def _merge(index: NameIndex, kept: str, other: str) -> None:
    """Make every mention of `other` one of `kept` (forms and gender votes too)."""
    if kept == other:
        return
    for mention in index.mentions:
        if mention.full == other:
            mention.full = kept
    forms = index._forms.setdefault(kept, [])
    for form in [other, *index._forms.pop(other, [])]:
        if form not in forms:
            forms.append(form)
    for gender, count in index._votes.pop(other, {}).items():
        index.vote_gender(kept, gender, count)
