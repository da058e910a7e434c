"""The gender an incise's pronoun gives a quote's speaker (« « … », a-t-il écrit »).

« il » / « elle » in the attribution right after a quote says the speaker's gender. When the
paragraph gives no one for the pronoun, the one person of that gender the quote's own sentence
names before it, outside quote marks, is the speaker (« Elle est saluée par Paul Roy : « … »,
a-t-il écrit »); and a speaker found some other way must not be of the other gender.
"""

from __future__ import annotations

from typing import Any

from generators.extract.names import NameIndex
from generators.extract.quote_marks import Quoted, quote_tokens
from generators.extract.speech_words import in_quotes, subject_pronoun
from generators.extract.tokens import sentence_of, text_of


def incise_gender(doc: Any, quoted: Quoted) -> str | None:
    """Return « m » or « f » for a singular subject pronoun in the words right after the quote's
    closing mark (« , a-t-il dit », « » a-t-elle déclaré »), else None."""
    after = quote_tokens(doc, quoted.end + 1, min(len(text_of(doc)), quoted.end + 40))
    for tok in after[:6]:
        if tok.text in (".", "«", "“", ";"):
            return None
        pronoun = subject_pronoun(tok)
        if pronoun in ("il", "elle") and (tok.lower_.startswith("-") or tok.i > after[0].i):
            return "f" if pronoun == "elle" else "m"
    return None


def sole_person(doc: Any, quoted: Quoted, gender: str, offset: int, index: NameIndex) -> str | None:
    """Return the one person of `gender` (known) the quote's sentence names before the quote,
    outside quote marks, or None when there is none or more than one."""
    first = quote_tokens(doc, quoted.start, quoted.end)
    if not first:
        return None
    sent = sentence_of(first[0])
    found = {
        m.full
        for m in index.mentions_in(offset + sent.start_char, offset + quoted.start)
        if not in_quotes(doc, m.start - offset) and index.gender(m.full) is not None
    }
    same = {p for p in found if index.gender(p) == gender}
    return same.pop() if len(same) == 1 else None


def contradicts(speaker: str | None, gender: str | None, index: NameIndex) -> bool:
    """Tell whether a person speaker is of the other gender than the incise's pronoun."""
    if not speaker or gender is None or not index.resolve(speaker):
        return False
    own = index.gender(speaker)
    return own is not None and own != gender
