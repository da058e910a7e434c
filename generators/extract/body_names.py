"""The name of a body written out before its acronym in another language.

« les Brigades de défense civile (YKS) »: a body translated into French keeps the acronym of its own
language, so the letters do not spell the French words. What makes the words its name is French
spelling: a determiner, then a capitalised common noun (a body's name capitalises its first noun),
then lowercase complements up to the parenthesis.

A name may hold capitalised words after its first noun (« l'Union africaine en Somalie (AMISOM) »,
« le Bureau des Liaisons d'Urgence (ELO) »): then the shortest name found wins, and one of its
content words must give a letter of the acronym, so that a complement of place (« le conseil de la
région de Lorraine (AFP) ») is not taken for a name.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

from generators import lexicon
from generators.extract.titles import title_end

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_MAX_WORDS = 8
_ARTICLES = ("des", "du", "aux", "au")  # contracted articles the parser may call prepositions


def body_name_before(doc: Doc, paren: int, letters: str = "") -> str | None:
    """Return « Brigades de défense civile » in « les Brigades de défense civile (YKS) », or None."""
    sent_start = doc[paren].sent.start
    for start in range(paren - 2, max(sent_start, paren - _MAX_WORDS) - 1, -1):
        tok = doc[start + 1]
        if not _inner_word(tok):
            break
        head = doc[start]
        if head.text[:1].isupper():
            return _named(doc, start, paren)
        if not _inner_word(head):
            return None
    return _capitalised_name(doc, paren, letters) if letters else None


def _capitalised_name(doc: Doc, paren: int, letters: str) -> str | None:
    """Return the name before `paren` holding capitalised words after its first noun, one of
    whose content words gives a letter of the acronym: of several, the one whose words give the
    most letters, then the shortest (« la Mission de l'Union africaine en Somalie (AMISOM) »: the
    mission's name, not only the union's)."""
    sent_start = doc[paren].sent.start
    best, given = None, 0
    for start in range(paren - 2, max(sent_start, paren - _MAX_WORDS) - 1, -1):
        head = doc[start]
        name = _named(doc, start, paren, names=True) if head.text[:1].isupper() else None
        if name and _letters_given(name, letters) > given:
            best, given = name, _letters_given(name, letters)
        if not (_inner_word(head) or _inner_word(head, capitals=True)):
            break
    return best


def _letters_given(phrase: str, letters: str) -> int:
    """Return how many letters of `letters` the content words of `phrase` start with."""
    function_words = lexicon.word_set("acronym_function_words")
    words = [w for w in re.findall(r"\w+", phrase.lower()) if w not in function_words]
    initials = {
        unicodedata.normalize("NFKD", w[0]).encode("ascii", "ignore").decode() for w in words
    }
    return len(initials & set(letters))


def _inner_word(tok: Token, capitals: bool = False) -> bool:
    """Return whether `tok` may sit inside a body's name after its first noun (with `capitals`, a
    capitalised noun that names no person: « Somalie », « Urgence »)."""
    if tok.text in ("'", "’", "-"):
        return True
    if capitals:
        word = tok.text
        return (
            word.isalpha()
            and word[:1].isupper()
            and word[1:].islower()
            and tok.pos_ in ("NOUN", "PROPN")
            and tok.ent_type_ != "PER"
        )
    word = tok.text.rstrip("'’")  # « d'information »: an elided preposition
    return word.isalpha() and word.islower() and tok.pos_ in ("NOUN", "ADJ", "ADP", "DET", "CCONJ")


def _named(doc: Doc, start: int, paren: int, names: bool = False) -> str | None:
    """Return doc[start:paren] if it opens on a determiner and a capitalised noun, not a title.

    With `names`, the name may hold proper nouns and a common noun opening it may be tagged as a
    place (« le Secteur des Transports d'Urgence »), but never a person's name.
    """
    head = doc[start]
    before = doc[start - 1]
    if start == head.sent.start or (before.pos_ != "DET" and before.lower_ not in _ARTICLES):
        return None
    place = head.ent_type_ == "LOC" and not (names and head.pos_ == "NOUN")
    if head.pos_ not in ("NOUN", "PROPN") or head.ent_type_ == "PER" or place:
        return None
    if title_end(doc, start) >= 0:
        return None
    kinds = ("NOUN", "ADJ", "PROPN") if names else ("NOUN", "ADJ")
    if not any(t.pos_ in kinds for t in doc[start + 1 : paren]):
        return None
    return str(doc[start:paren].text)
