"""Bodies a person belongs to, named right after the person (« A B, du syndicat X, »)."""

from __future__ import annotations

from typing import Any

from generators import lexicon
from generators.extract.names import RoleMention
from generators.extract.tokens import sentence_of

_OF = frozenset({"de", "du", "d'"})
_ENDS = frozenset({",", ".", ";", ":", ")", "«"})


def body_after_name(doc: Any, s: int, e: int, person: str, offset: int) -> list[RoleMention]:
    """« A B du syndicat étudiant X, … », « dont A B, de l'Observatoire des Y. » → membre de ….

    The body opens on a body noun (lexicons people_named_bodies, quote_body_nouns,
    people_member_bodies) and the phrase closes there (a comma, a full stop), so that
    « le discours de A B de la semaine dernière » or « A B du Parti X a dit » give nothing; a
    name that is itself a « de » complement starts no membership (a list of « de » phrases).
    """
    j = e + 1 if e < len(doc) and doc[e].text == "," else e
    if s > 0 and doc[s - 1].lower_ in _OF:
        return []  # « composée de X, le parti de A, de la Ligue Y »: one more item of a list
    if j >= len(doc) or doc[j].lower_ not in _OF:
        return []
    k = j + 1
    if k < len(doc) and doc[j].lower_ == "de" and doc[k].lower_ in ("la", "l'"):
        k += 1
    if k >= len(doc):
        return []
    end = _body_end(doc, k)
    if end is None or end >= len(doc) or doc[end].text not in _ENDS:
        return []
    sent = sentence_of(doc[j])
    role = "membre " + doc[j:end].text
    return [
        RoleMention(
            person,
            role,
            offset,
            (sent.start, sent.end),
            None,
            "membre",
            offset + doc[j].idx,
            "apposition",
        )
    ]


def _body_end(doc: Any, k: int) -> int | None:
    """Return where the body phrase starting at token `k` ends (the closing punctuation), or None
    when it opens on no body noun or runs into a clause (a pronoun, an auxiliary, a conjunction)."""
    bodies = (
        lexicon.word_set("people_named_bodies")
        | lexicon.word_set("quote_body_nouns")
        | lexicon.word_set("people_member_bodies")
    )
    if doc[k].lower_ not in bodies:
        return None
    end = k + 1
    while end < len(doc) and end - k < 9 and doc[end].text not in _ENDS:
        if (
            doc[end].is_punct
            or doc[end].like_num
            or doc[end].pos_ in ("AUX", "PRON", "SCONJ", "CCONJ")
        ):
            return None
        end += 1
    return end
