"""A role's place renamed in apposition (« maire de la capitale vanlandaise, Corvel » → « maire de
Corvel »), and the year a naming verb dates (« En 2014, A est élu sénateur »: held before an
article of a later year)."""

from __future__ import annotations

from typing import Any

from generators import lexicon
from generators.extract.tokens import YEAR
from generators.french.grammar import elide

_OF = ("de", "du", "d'", "des")
_ENDS = (",", ".", ";", ")", "»")


def renamed_place(doc: Any, start: int, end: int, person: str = "") -> tuple[int, str] | None:
    """Return where the place noun phrase of the role doc[start:end] starts and the place's name
    written in apposition after it, or None: « maire de la capitale vanlandaise, Corvel » → (the
    « de », « de Corvel »). The name is one run of place-tagged words ending the clause, not the
    role's holder (« la maire de la ville, A B, » names her, whatever the model's tag)."""
    k = _place_noun_phrase(doc, start, end)
    if k is None or end + 1 >= len(doc) or doc[end].text != ",":
        return None
    stop = end + 1
    while stop < len(doc) and doc[stop].ent_type_ == "LOC" and doc[stop].text[:1].isupper():
        stop += 1
    if stop == end + 1 or (stop < len(doc) and doc[stop].text not in _ENDS):
        return None
    name = doc[end + 1 : stop].text
    return None if person and name == person else (k, elide("de", name))


def _place_noun_phrase(doc: Any, start: int, end: int) -> int | None:
    """Return where « de la capitale vanlandaise » starts inside the role, if it ends the role."""
    places = lexicon.word_set("people_renamed_places")
    for k in range(start + 1, end - 1):
        if doc[k].lower_ not in _OF:
            continue
        j = k + 1
        if doc[k].lower_ == "de" and doc[j].lower_ in ("la", "l'"):
            j += 1
        if j < end and doc[j].lower_ in places and all(t.is_lower for t in doc[j:end]):
            return k
    return None


def naming_year(doc: Any, verb: Any, end: int) -> int | None:
    """Return the year that dates a naming verb: « En 2014, » opening its sentence or « en 2015 »
    right after the title ending at `end` (« nommée ministre de la Santé en 2015 »); None when the
    sentence gives no year or several (« née en 1960 », « élue en 2012, réélue en 2018 »)."""
    sent = verb.sent
    years = {t.text for t in sent if YEAR.match(t.text)}
    if len(years) != 1:
        return None
    opening = sent.start + 1 < sent.end and doc[sent.start].lower_ == "en"
    for k in ((sent.start + 1) if opening else -1, end + 1):
        if 0 < k < sent.end and doc[k - 1].lower_ == "en" and YEAR.match(doc[k].text):
            return int(doc[k].text)
    return None


def future_naming(verb: Any) -> bool:
    """Tell whether a naming participle is in the future or the conditional (« A sera élu
    président si … »): a post not held yet."""
    doc = verb.doc
    k = verb.i - 1
    while k >= 0 and doc[k].pos_ in ("ADV", "AUX"):
        if "Fut" in doc[k].morph.get("Tense") or "Cnd" in doc[k].morph.get("Mood"):
            return bool(doc[k].pos_ == "AUX")
        k -= 1
    return False
