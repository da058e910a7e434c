"""A body's name run into the name of a person after it, with no comma between them.

« le directeur de l'Institut Carvel Marc Quenton a présenté … »: the model may read « Carvel Marc
Quenton » as one person. After a body's noun (« l'Institut », « le groupe », « la Fédération »;
lexicons people_named_bodies, people_member_bodies, quote_body_nouns), capitalised words that are
no first name belong to the body's name; the person starts at the first known first name that a
surname follows. After « de » (« l'armée de Marlande Bruno Vasseral »), the same, unless the model
read the whole as one person. A name that opens on a first name (« le gouvernement Anne Morel ») is
left whole.
"""

from __future__ import annotations

import functools
from typing import Any

from generators import lexicon
from generators.extract.name_spans import first_names


@functools.cache
def _body_nouns() -> frozenset[str]:
    return (
        lexicon.word_set("people_named_bodies")
        | lexicon.word_set("people_member_bodies")
        | lexicon.word_set("quote_body_nouns")
        | lexicon.word_set("leads_generic_places")
    )


def person_start(doc: Any, start: int, end: int) -> int:
    """Return where the person's name starts in the name doc[start:end]: `start`, or after the
    body's or the place's name that opens it (« [l'Institut] Carvel | Marc Quenton », « [de]
    Marlande | Bruno Vasseral »)."""
    names = first_names()
    if end - start < 3 or doc[start].text in names:
        return start
    body = _body_before(doc, start)
    if body is None:
        return start
    for k in range(start + 1, end - 1):
        if doc[k].text in names:
            return k if body or not _one_person(doc, start, k) else start
    return start


def _body_before(doc: Any, start: int) -> bool | None:
    """Tell what comes before a name: True right after a body's noun or a place's kind (« l'Institut
    Carvel … »), False after « de » (« la base aérienne de Vanville … », « du club de Pellac … »),
    None otherwise (the name is left whole)."""
    if doc[start].lower_ in _body_nouns() and doc[start].text[:1].isupper():
        return True  # « Institut Carvel Marc Quenton » all read as one person
    prev = start - 1
    if prev >= 0 and doc[prev].lower_ in _body_nouns():
        return True
    if prev > 0 and doc[prev].pos_ == "DET" and doc[prev].lower_ in ("la", "l'", "le", "les"):
        prev -= 1  # « de la Marlande … »
    return False if prev >= 0 and doc[prev].lower_ in ("de", "du", "des", "d'") else None


def _one_person(doc: Any, start: int, k: int) -> bool:
    """Tell whether the model read doc[start] and the first name at `k` as one person's name: after
    « de » it is kept whole (« le parti de Kwame Paul Mensah »: a first name the lexicon lacks)."""
    return doc[start].ent_type_ == "PER" and all(
        doc[j].ent_iob_ == "I" for j in range(start + 1, k + 1)
    )


def place_run_into(doc: Any, i: int) -> bool:
    """Tell whether the first name at `i` ends a place entity opened after « de » (« la base de
    [Vanville Fabien Morvillier] » read as one place): the person starts at the first name."""
    if doc[i].ent_iob_ != "I":
        return False
    first = i - 1
    while first > 0 and doc[first].ent_iob_ == "I":
        first -= 1
    return first < i and doc[first].text not in first_names() and _body_before(doc, first) is False
