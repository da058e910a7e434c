"""Names after a nationality noun (« l'Espagnol A B », « la Suédoise A B », « les Français A et
B »): where that phrase starts, the gender its noun tells, the names listed after one title
(« Les tenants du titre, l'Italien A et la Suédoise B » → both hold the title), and the person a
bare nationality noun stands for later (« … la Suédoise Lena Berg … La Suédoise l'emporte »)."""

from __future__ import annotations

from typing import Any

from generators.extract.names import NameIndex
from generators.extract.roles import (
    is_nationality_noun,
    is_nationality_word,
    mention_ending,
    nationalities,
)
from generators.extract.tokens import YEAR, ordered_where, text_of, token_span

_DETERMINERS = frozenset({"l'", "le", "la", "les"})


def before_nationality(doc: Any, s: int) -> int:
    """Return where « l'Espagnol » before a name starts when a title comes right before it, else `s`."""
    if (
        s >= 3
        and doc[s - 2].lower_ in ("l'", "le", "la")
        and doc[s - 1].text[:1].isupper()
        and doc[s - 1].text[1:].islower()
        and doc[s - 1].pos_ in ("PROPN", "NOUN", "ADJ")
        and (doc[s - 3].is_lower and doc[s - 3].pos_ in ("NOUN", "ADJ", "PROPN"))
    ):
        return s - 2
    if s >= 4 and nationality_start(doc, s) == s - 2 and _title_comma(doc, s - 3):
        return s - 3  # « la géologue, l'Allemande A B »: the nationality is one more apposition
    return s


def _title_comma(doc: Any, k: int) -> bool:
    """Tell whether token `k` is a comma closing a lower-case title phrase (« la championne en
    titre, », « le champion du monde 2014, »), not a place or a name."""
    before = doc[k - 1] if k >= 1 else None
    return (
        doc[k].text == ","
        and before is not None
        and (before.is_lower or (bool(YEAR.match(before.text)) and before.i >= 2))
    )


def nationality_nouns(doc: Any) -> list[int]:
    """Return the tokens of `doc` that are capitalised nationality nouns, in order (once per doc)."""
    return ordered_where(doc, ("ORTH", "LOWER"), is_nationality_word)


def nationality_start(doc: Any, s: int) -> int:
    """Return where a determiner and a nationality noun right before the name at `s` start
    (« la Suédoise A B », « les Français A »), else `s`."""
    if s >= 2 and doc[s - 2].lower_ in _DETERMINERS and is_nationality_noun(doc[s - 1]):
        return s - 2
    return s


def nationality_gender(doc: Any, s: int) -> str | None:
    """Return the gender the nationality noun before the name at `s` tells: « la Suédoise » f,
    « l'Italien » m, « les Françaises » f; None for an epicene noun or a mixed plural."""
    if nationality_start(doc, s) == s:
        return None
    det, word = doc[s - 2].lower_, doc[s - 1].lower_
    if det in ("la", "le"):
        return "f" if det == "la" else "m"
    known = nationalities()
    if det == "les":
        word = word[:-1] if word.endswith("s") and word[:-1] in known else word
        return "f" if word.endswith("e") and word[:-1] in known else None
    if (word.endswith("e") and word[:-1] in known) or (word.endswith("nne") and word[:-2] in known):
        return "f"  # « l'Américaine », « l'Italienne »
    return "m" if word + "e" in known or word + "ne" in known else None


def listed_before(doc: Any, k: int, offset: int, index: NameIndex) -> int:
    """Return the token before the names listed up to token `k` (« les évêques A et B »: at B,
    « évêques »). After a comma, the list must open on a nationality noun (« Les tenants du
    titre, l'Italien A et la Suédoise B »: « titre »): « Selon les enquêteurs, A et B ont … »
    names no title holders."""
    walked = False
    while k >= 1 and doc[k].lower_ in (",", "et", "ou"):
        start = mention_ending(doc, k - 1, offset, index)
        if start <= 0:
            break  # no mention there, or one at the doc's start: nothing before it
        k, walked = nationality_start(doc, start) - 1, True
    if (
        walked
        and k + 3 < len(doc)
        and _title_comma(doc, k)
        and nationality_start(doc, k + 3) == k + 1
    ):
        return k - 1
    return k


def record_nationals(doc: Any, offset: int, index: NameIndex) -> None:
    """Record in `index.nationals` who each singular nationality noun introduces in `doc`
    (« l'Américaine Jane Roe » → « américaine »: Jane Roe, at her mention's offset)."""
    for mention in index.mentions_in(offset, offset + len(text_of(doc))):
        span = token_span(doc, mention.start - offset, mention.end - offset)
        s = span.start if len(span) else -1
        if s >= 2 and nationality_start(doc, s) == s - 2 and doc[s - 2].lower_ != "les":
            index.nationals.setdefault(doc[s - 1].lower_, []).append((mention.start, mention.full))


def national_referent(doc: Any, tok: Any, offset: int, index: NameIndex) -> str | None:
    """Return the person a bare nationality noun (« L'Américaine a gagné ») stands for: the one
    person that noun introduced before it (« l'Américaine Jane Roe »), or None (no one, several
    people, a plural, or a name right after: « l'Américaine Jane Roe » is the name itself)."""
    if not is_nationality_noun(tok) or "Plur" in tok.morph.get("Number"):
        return None
    det = doc[tok.i - 1] if tok.i > 0 else None
    if det is None or det.lower_.replace("’", "'") not in ("l'", "le", "la"):
        return None
    nxt = tok.i + 1
    if nxt < len(doc) and index.mention_at(offset + doc[nxt].idx) is not None:
        return None
    here = offset + tok.idx
    people = {full for start, full in index.nationals.get(tok.lower_, ()) if start < here}
    return people.pop() if len(people) == 1 else None


def bare_nationality(doc: Any, s: int, e: int) -> bool:
    """Tell whether the span [s, e) is a nationality noun alone, with its article or not (« Le
    Suédois »): a person the sentence does not name, never a name."""
    return is_nationality_noun(doc[e - 1]) and (e - s == 1 or doc[s].lower_ in _DETERMINERS)


def merged_entity(doc: Any, i: int) -> bool:
    """Tell whether the model's entity runs from the nationality noun before token `i` into the
    name at `i` (« [la Kényane Ada Obi] »): its own confusion, not a firm's name (« l'Américain
    [General Motors] »)."""
    return doc[i - 1].ent_iob_ in ("B", "I") and doc[i].ent_iob_ == "I"
