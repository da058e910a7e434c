"""Where a person's name goes on past a particle (« de », « von der »), and where it stops.

A particle continues a name only before a surname: « Charles de Gaulle », « Ursula von der Leyen »,
« Jean de La Fontaine ». After a first and last name, « de » + capitalised words is most often
another complement of the noun the name depends on, never part of the name, when:

- another person follows (« le message de Lionel Dupont de Marc Durand »: a known first name, or
  two capitalised words after a name that already has its first and last name);
- after a first and last name, a place or a body follows (a separate place/organisation entity,
  « de Lisbonne à Porto »: the « de X à Y » of a move, or a word the same paragraph puts after
  « à », « en »). One word before « de » keeps it: « Marc de Valcourt » may be a name;
- after a lower-case title and a first and last name, « de » + one word closing the phrase is the
  title's place (« le maire Marc Durand de Valcourt a dit »); « d' » stays (« Giscard d'Estaing »).

Grammar data: people_particle_pairs (two-word particles), people_place_markers, people_named_bodies.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Any

from generators import lexicon
from generators.extract.titles import title_end

_OF = frozenset({"de", "d'", "du", "des"})
_OTHER_ENTITIES = frozenset({"LOC", "ORG", "MISC"})


@functools.cache
def _pairs() -> frozenset[tuple[str, str]]:
    """Return the two-word particles, case kept (« von der », « de La »)."""
    return frozenset(
        (parts[0], parts[1])
        for parts in (p.split() for p in lexicon.words("people_particle_pairs"))
    )


def particle_tail(
    doc: Any, k: int, start: int, is_name: Callable[[Any], bool], first_names: frozenset[str]
) -> int:
    """Return the end of a name whose particle is token `k` (name opened at `start`), or -1.

    -1 when the particle does not continue the name: no surname after it, or another person,
    a place or a body follows (see the module docstring).
    """
    word = k + 1
    if word + 1 < len(doc) and (doc[k].text, doc[word].text) in _pairs():
        word += 1  # « von der Leyen », « de La Fontaine »
    if word >= len(doc) or not is_name(doc[word]) or doc[word].is_sent_start:
        return -1
    if doc[word].lower_ in lexicon.word_set("people_named_bodies"):
        return -1  # « Paul Roux du Parti Vert »: a body ends the name
    if word > k + 1 or doc[k].lower_ not in _OF:
        return word + 1
    full = k - start >= 2  # a first and a last name before « de »
    if _another_person(doc, word, full, is_name, first_names) or (full and _a_place(doc, word)):
        return -1
    if full and doc[k].lower_ != "d'" and _titled(doc, start) and _closed(doc, word + 1):
        return -1  # « le maire Marc Durand de Valcourt »: the title's place
    return word + 1


def _titled(doc: Any, start: int) -> bool:
    """Tell whether a lower-case title ends right before the name at `start` (« le maire »)."""
    return any(
        doc[p].is_lower and title_end(doc, p) == start for p in range(max(0, start - 4), start)
    )


def _closed(doc: Any, k: int) -> bool:
    """Tell whether token `k` ends a phrase: punctuation, a verb or an auxiliary, or the end."""
    return k >= len(doc) or doc[k].is_punct or doc[k].pos_ in ("VERB", "AUX", "CCONJ")


def _another_person(
    doc: Any, word: int, full: bool, is_name: Callable[[Any], bool], first_names: frozenset[str]
) -> bool:
    """Tell whether the capitalised words at `word` name someone else (« de Marc Durand »)."""
    more = word + 1 < len(doc) and is_name(doc[word + 1]) and not doc[word + 1].is_sent_start
    if not more:
        return False
    return doc[word].text in first_names or full


def _a_place(doc: Any, word: int) -> bool:
    """Tell whether the capitalised word at `word` is a place or a body, not a surname."""
    tok = doc[word]
    if tok.ent_type_ in _OTHER_ENTITIES and tok.ent_iob_ == "B":
        return True  # its own place or organisation entity, not the person's
    nxt = word + 1
    markers = lexicon.word_set("people_place_markers")
    if nxt + 1 < len(doc) and doc[nxt].lower_ in markers and doc[nxt + 1].text[:1].isupper():
        return True  # « de Lisbonne à Porto »: from one place to another
    return any(
        other.text == tok.text
        and other.i != word
        and other.i > 0
        and (doc[other.i - 1].lower_ in markers or other.ent_type_ == "LOC")
        for other in doc
    )


_SYLLABLE = re.compile(r"[A-Z][a-z]{1,3}['’]")


def elided_tail(doc: Any, k: int) -> int:
    """Return the end of an elided surname at token `k` (« O'Brady »), or -1.

    The prefix (people_elided_prefixes) and the capitalised word right after it, no space between,
    are one word of the name.
    """
    if k + 1 >= len(doc):
        return -1
    tok, nxt = doc[k], doc[k + 1]
    if tok.whitespace_ or not nxt.text[:1].isalpha():
        return -1
    if tok.text in lexicon.words("people_elided_prefixes"):
        return k + 2 if nxt.text[:1].isupper() and nxt.text[1:2].islower() else -1
    # « Karim Ra'ed »: a capitalised syllable, then an apostrophe, then the rest of the word
    return k + 2 if _SYLLABLE.fullmatch(tok.text) and nxt.text.isalpha() else -1
