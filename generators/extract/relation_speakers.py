"""Speakers no one names in the clause: a kinship phrase, a general title.

- `kinship_phrase`: « La nièce du roi s'opposait au transfert. Elle a déclaré : « … » » → « La
  nièce du roi », the subject the pronoun goes back to (lexicon people_kinship gives the phrase's
  gender: never a person of the other gender).
- `general_title_speaker`: « L'ancien souverain a écrit : » → the one king the article names.
"""

from __future__ import annotations

from typing import Any

from generators.extract.coreference import hypernyms, narrower_holder
from generators.extract.names import NameIndex
from generators.extract.role_bodies import kinship_with_complement
from generators.extract.titles import kinship

_OF = frozenset({"de", "d'", "du", "des"})
_DEFINITE = frozenset({"le", "la", "l'"})
_PHRASE = frozenset({"DET", "NOUN", "PROPN", "ADJ"})


def kinship_phrase(doc: Any, head: Any) -> tuple[str, str] | None:
    """Return (phrase, gender) for a subject « la nièce du roi », « le fils de Paul Roy »: a
    kinship noun after a definite article and before its « de » complement; None otherwise, or
    when a name may follow in apposition."""
    p = head.i
    if not kinship_with_complement(doc, p) or "Plur" in head.morph.get("Number"):
        return None
    end = p + 2
    while end < len(doc) and end - p < 8 and (doc[end].pos_ in _PHRASE or doc[end].lower_ in _OF):
        end += 1
    while end > p + 2 and (doc[end - 1].lower_ in _OF or doc[end - 1].pos_ == "DET"):
        end -= 1
    if end == p + 2 or doc[end - 1].pos_ not in ("NOUN", "PROPN", "ADJ"):
        return None
    if end < len(doc) and doc[end].text in (",", "("):
        return None  # « La nièce du roi, Léa Roy, »: the name in apposition is who it is
    return str(doc[p - 1 : end].text), kinship()[head.lower_]


def general_title_speaker(doc: Any, head: Any, index: NameIndex) -> str | None:
    """« L'ancien souverain avait exprimé le désir … : » → the one person the article names with
    a narrower title (« le roi A », lexicon title_hypernyms), else the phrase itself (« L'ancien
    souverain »); None when `head` is no general title after a definite article."""
    if head.lower_ not in hypernyms() or "Plur" in head.morph.get("Number"):
        return None
    det = next((c for c in head.children if c.dep_ == "det"), None)
    if det is None or det.lower_ not in _DEFINITE:
        return None
    holder = narrower_holder(index, head.lower_)
    return holder or str(doc[det.i : head.i + 1].text)
