"""The name of a body written out before its acronym in another language.

« les Brigades de défense civile (YKS) »: a body translated into French keeps the acronym of its own
language, so the letters do not spell the French words. What makes the words its name is French
spelling: a determiner, then a capitalised common noun (a body's name capitalises its first noun),
then lowercase complements up to the parenthesis.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from generators.extract.titles import title_end

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_MAX_WORDS = 8
_ARTICLES = ("des", "du", "aux", "au")  # contracted articles the parser may call prepositions


def body_name_before(doc: Doc, paren: int) -> str | None:
    """Return « Brigades de défense civile » in « les Brigades de défense civile (YKS) », or None."""
    sent_start = doc[paren].sent.start
    for start in range(paren - 2, max(sent_start, paren - _MAX_WORDS) - 1, -1):
        tok = doc[start + 1]
        if not _inner_word(tok):
            return None
        head = doc[start]
        if head.text[:1].isupper():
            return _named(doc, start, paren)
        if not _inner_word(head):
            return None
    return None


def _inner_word(tok: Token) -> bool:
    """Return whether `tok` may sit inside a body's name after its first noun."""
    if tok.text in ("'", "’", "-"):
        return True
    word = tok.text.rstrip("'’")  # « d'information »: an elided preposition
    return word.isalpha() and word.islower() and tok.pos_ in ("NOUN", "ADJ", "ADP", "DET", "CCONJ")


def _named(doc: Doc, start: int, paren: int) -> str | None:
    """Return doc[start:paren] if it opens on a determiner and a capitalised noun, not a title."""
    head = doc[start]
    before = doc[start - 1]
    if start == head.sent.start or (before.pos_ != "DET" and before.lower_ not in _ARTICLES):
        return None
    if head.pos_ not in ("NOUN", "PROPN") or head.ent_type_ in ("PER", "LOC"):
        return None
    if title_end(doc, start) >= 0:
        return None
    if not any(t.pos_ in ("NOUN", "ADJ") for t in doc[start + 1 : paren]):
        return None
    return str(doc[start:paren].text)
