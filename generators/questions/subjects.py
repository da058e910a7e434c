"""Where a cut clause starts on its own subject: the piece of a long sentence a card may show.

A card on a figure of a long sentence shows the clause around it, cut at commas; the piece stands
alone when it opens on its own subject and verb (« …, et le nombre de X augmente de 300 »,
« Dix ans après la crue, la tempête X a frappé … », « Ce jeudi, le club de football X a déclenché
… »): what stood before the cut was a joined clause or a fronted phrase.
"""

from __future__ import annotations

import re

from generators import lexicon

_OWN_CLAUSE = re.compile(
    r"^(?:et|mais|puis|or)\s+(?:le|la|les|l['’]|un|une)\s*[^\W\d_][\w’'-]*(?:\s+\S+){5,}", re.I
)


def own_clause(text: str) -> bool:
    """Tell a clause joined by « et », « mais » … that opens on its own subject and is long enough.

    A relative pronoun in it (« les soldats qui servent … ») leaves a noun phrase, not a clause.
    """
    text = text.strip()
    return bool(_OWN_CLAUSE.match(text)) and not re.search(r"\b(?:qui|que|qu['’]|dont|où)\b", text)


def own_subject(text: str) -> bool:
    """Tell a clause that opens on its own short subject and verb (« la tempête X a frappé … »).

    What stood before the cut was a fronted phrase (« Dix ans après la crue, »): the clause stands alone.
    """
    found = re.match(
        r"^(?:le|la|les|l['’])\s*[^\W\d_][\w-]*(?:\s+[A-ZÉ][\w-]*)?\s+(\S+)", text.strip()
    )
    return found is not None and found.group(1).lower() in lexicon.word_set("question_auxiliaries")


def named_subject(text: str) -> bool:
    """Tell a clause that opens on a name of one to three capitalised words and its auxiliary
    (« Valmex a racheté … »): after a colon, the clause of a sentence that announced it."""
    found = _NAMED_SUBJECT.match(text.strip())
    return found is not None and found.group(1).lower() in lexicon.word_set("question_auxiliaries")


_NAMED_SUBJECT = re.compile(r"^[A-ZÉÈÀ][\w'’-]*(?:\s+[A-ZÉÈÀ][\w'’-]*){0,2}\s+(\S+)")
_SUBJECT_START = re.compile(r"^(?:le|la|les|l['’]|un|une|des)\s*(?=\w)", re.I)
LONG_SUBJECT_WORDS = 9  # a subject this long still reads as one (« le club de football X »)


def long_subject(text: str) -> bool:
    """Tell a clause that opens on a longer subject, then its auxiliary: « le club de football
    Vallon FC a déclenché … », « une frappe aérienne a tué … ».

    The subject is a noun phrase (names, adjectives, « de » complements) of at most
    LONG_SUBJECT_WORDS words, without a comma, a relative pronoun or a conjunction in it."""
    opening = _SUBJECT_START.match(text.strip())
    if opening is None:
        return False
    words = re.findall(r"[\w-]+['’]?|[^\w\s]", text.strip()[opening.end() :])
    stops = lexicon.word_set("phrasing_subject_stops") | lexicon.word_set(
        "phrasing_relative_pronouns"
    )
    for position, word in enumerate(words[: LONG_SUBJECT_WORDS + 1]):
        lower = word.lower().replace("’", "'")
        if lower in lexicon.word_set("question_auxiliaries"):
            return position > 0
        if not word[0].isalnum() or lower in stops:
            return False
    return False
