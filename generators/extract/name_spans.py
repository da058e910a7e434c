"""Name spans: where a person's name starts and ends in a doc (capitalised words, particles,
initials), and the words that are no name."""

from __future__ import annotations

import functools
import re
from typing import Any

from generators import lexicon
from generators.extract.name_particles import elided_tail, particle_tail
from generators.extract.titles import (
    apposed_title_before,
    is_civility,
    title_end,
)
from generators.extract.tokens import next_word
from generators.french.countries import is_country

INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"
LOWER_PARTICLES = frozenset(lexicon.word_set("people_name_particles"))


CAP_PARTICLES = frozenset({"le", "la", "du", "de", "van", "von", "da", "di", "del", "mac", "mc"})


CAP_NAME_PARTICLES = frozenset(
    {"Le", "La", "De", "Du", "Van", "Von", "Da", "Di", "Del", "Mac", "Mc"}
)


NOT_NAMES = lexicon.word_set("people_not_names")


def is_name_word(token: Any) -> bool:
    """Tell whether `token` looks like a word of a person's name."""
    text = token.text.lstrip(INVISIBLE)  # « \u200bHuy »: a zero-width space glued to the word
    if not text[:1].isupper() or not any(c.isalpha() for c in text) or text.lower() in NOT_NAMES:
        return False
    if text.isupper() and len(text) > 1 and "-" not in text and "." not in text:
        return False  # acronyms (« SNCF », « ONU »)
    if "Plur" in token.morph.get("Number") and token.pos_ != "PROPN" and token.ent_type_ != "PER":
        return False  # demonyms (« les dirigeants Italiens »)
    return not (token.is_sent_start and token.pos_ != "PROPN" and token.ent_type_ != "PER")


def name_span(doc: Any, i: int) -> tuple[int, int] | None:
    """Return the token span of a name starting at or right after `i` (particles included)."""
    j = i
    if doc[j].lower_ in LOWER_PARTICLES and doc[j].is_lower:
        nxt = doc[j + 1] if j + 1 < len(doc) else None
        if (
            nxt is None
            or doc[j].lower_ not in ("de", "d'")
            or not is_name_word(nxt)
            or nxt.ent_type_ in ("LOC", "ORG", "MISC")
            or is_country(nxt.text)  # « champion d'Espagne », whatever the model's tag
        ):
            return None
        if j + 2 < len(doc) and is_name_word(doc[j + 2]):
            return None
        prev = doc[j - 1] if j > 0 else None
        if prev is not None and prev.pos_ == "NOUN" and prev.is_lower and title_end(doc, j - 1) < 0:
            return None  # « la mère de Léa », « le message de Léa »: Léa, not « de Léa »
        if apposed_title_before(doc, j):
            return None  # « A B, directeur de Lumio »: the title's complement
        if prev is not None and "Plur" in prev.morph.get("Number") and prev.is_lower:
            return None  # « les chauffeurs de Zelto »: many people's company, no one's name
        if nxt.text in first_names() or _opens_a_name(doc, nxt):
            return None  # « le manager de Léa »: Léa, a first name, is no particle name
        if _named_after_comma(doc, j + 2):
            return None  # « la préfète de Sarlat, A B, »: « de Sarlat » is the title's place
        j += 1
    elif _is_prefixed_name(doc[j]):
        pass
    elif not is_name_word(doc[j]) and not (
        doc[j].lower_ in CAP_PARTICLES and doc[j].text[:1].isupper()
    ):
        return None
    end = j + 1
    while end < len(doc):
        tok = doc[end]
        if elided_tail(doc, end) > 0:
            end = elided_tail(doc, end)  # « Sean O'Brady »
        elif (is_name_word(tok) or _is_prefixed_name(tok)) and not tok.is_sent_start:
            end += 1
        elif re.fullmatch(r"[IVX]{1,5}", tok.text) and end > j:
            end += 1  # regnal numbers (« Louis XIV », « Charles X »)
        elif tok.lower_ in LOWER_PARTICLES or tok.text in CAP_NAME_PARTICLES:
            tail = particle_tail(doc, end, j, is_name_word, first_names())
            if tail < 0:
                break  # « Paul Roux du Parti Vert », « Léa Roux de Marc Petit »: the name ends
            end = tail  # « Louis de Vernet », « Ursula von der Leyen »
        else:
            break
    if doc[end - 1].lower_ in CAP_PARTICLES | LOWER_PARTICLES:
        return None

    if title_end(doc, j) > 0 or is_civility(doc[j].text):
        return None  # « Chef d'état-major », « Mme »: a title, not a name
    return i, end


def _opens_a_name(doc: Any, word: Any) -> bool:
    """Tell whether `word` opens a longer name elsewhere in the doc (« Léa Vanier … le manager
    de Léa »): a first name, so « de » before it is no particle."""
    return any(
        t.text == word.text and t.i != word.i and t.i + 1 < len(doc) and is_name_word(doc[t.i + 1])
        for t in doc
    )


def _named_after_comma(doc: Any, k: int) -> bool:
    """Tell whether token `k` is a comma opening a first and last name set off by commas."""
    if k >= len(doc) - 2 or doc[k].text != ",":
        return False
    span = name_span(doc, next_word(doc, k + 1))
    if span is None or span[1] - span[0] < 2 or span[1] >= len(doc):
        return False
    return doc[span[1]].text in (",", ".", "(", ")")


def _is_prefixed_name(token: Any) -> bool:
    """Tell whether `token` is a name with a lower-case particle joined by a hyphen (« al-Assad »)."""
    head, _, rest = token.text.partition("-")
    return bool(rest[:1].isupper()) and head.lower() in LOWER_PARTICLES


@functools.cache
def first_names() -> frozenset[str]:
    return frozenset(lexicon.words("people_firstnames_f") + lexicon.words("people_firstnames_m"))
