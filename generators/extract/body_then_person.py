"""A body's name run into the name of a person after it, with no comma between them.

« le directeur de l'Institut Carvel Marc Quenton a présenté … »: the model may read « Carvel Marc
Quenton » as one person. After a body's noun (« l'Institut », « le groupe », « la Fédération »;
lexicons people_named_bodies, people_member_bodies, quote_body_nouns), capitalised words that are
no first name belong to the body's name; the person starts at the first known first name that a
surname follows. A name that opens on a first name (« le gouvernement Anne Morel ») is left whole.
"""

from __future__ import annotations

import functools
from typing import Any

from generators import lexicon


@functools.cache
def _body_nouns() -> frozenset[str]:
    return (
        lexicon.word_set("people_named_bodies")
        | lexicon.word_set("people_member_bodies")
        | lexicon.word_set("quote_body_nouns")
    )


@functools.cache
def _first_names() -> frozenset[str]:
    return frozenset(lexicon.words("people_firstnames_f") + lexicon.words("people_firstnames_m"))


def person_start(doc: Any, start: int, end: int) -> int:
    """Return where the person's name starts in the name doc[start:end]: `start`, or after the
    body's name that opens it (« [l'Institut] Carvel | Marc Quenton »)."""
    body = start - 1 if start > 0 and doc[start - 1].lower_ in _body_nouns() else -1
    if body < 0 and doc[start].lower_ in _body_nouns() and doc[start].text[:1].isupper():
        body = start  # « Institut Carvel Marc Quenton » all read as one person
    names = _first_names()
    if body < 0 or body + 1 >= end or doc[body + 1].text in names:
        return start
    for k in range(body + 2, end - 1):
        if doc[k].text in names:
            return k
    return start
