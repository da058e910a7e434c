"""Roles of the agents of a participle after what they make or host: « La cérémonie, présentée par
A et B » → « présentatrice de la cérémonie » (A), « présentateur de la cérémonie » (B); « le
film réalisé par A » → « réalisateur du film » (lexicon people_agent_participles)."""

from __future__ import annotations

import functools
from typing import Any

from generators import lexicon
from generators.extract.groups import listed_names
from generators.extract.names import NameIndex, RoleMention
from generators.extract.roles import make_role
from generators.extract.tokens import words_at

_OF = {"le": "du", "la": "de la", "l'": "de l'"}


@functools.cache
def _agents() -> dict[str, tuple[str, str, frozenset[str]]]:
    """Map each participle's forms (« présentée ») to its agent nouns and the nouns it follows."""
    out: dict[str, tuple[str, str, frozenset[str]]] = {}
    for line in lexicon.words("people_agent_participles"):
        participle, masculine, feminine, nouns = (part.strip() for part in line.split("|"))
        for ending in ("", "e", "s", "es"):
            out[participle + ending] = (masculine, feminine, frozenset(nouns.split()))
    return out


def agent_roles(doc: Any, offset: int, index: NameIndex) -> list[RoleMention]:
    """« La cérémonie, présentée par A et B » → each named agent is the host of the ceremony, in
    their own gender; an agent whose gender is unknown gets nothing."""
    out: list[RoleMention] = []
    for i in words_at(doc, frozenset(_agents())):
        if i + 2 >= len(doc) or doc[i + 1].lower_ != "par":
            continue
        masculine, feminine, nouns = _agents()[doc[i].lower_]
        thing = _thing_before(doc, i, nouns)
        if thing is None:
            continue
        for person in listed_names(doc, i + 2, offset, index):
            gender = index.gender(person)
            if gender is None:
                continue
            role = make_role(doc, i, i + 1, person, offset, "apposition")
            role.role = f"{feminine if gender == 'f' else masculine} {thing}"
            role.role_gender = gender
            out.append(role)
    return out


def _thing_before(doc: Any, i: int, nouns: frozenset[str]) -> str | None:
    """Return « de la cérémonie » for the singular definite noun right before the participle at
    `i` (maybe across a comma), when it is one of `nouns`, else None."""
    k = i - 1
    if k >= 0 and doc[k].text == ",":
        k -= 1
    if k < 1 or doc[k].lower_ not in nouns or doc[k - 1].lower_ not in _OF:
        return None
    link = _OF[doc[k - 1].lower_]
    return f"{link}{doc[k].text}" if link.endswith("'") else f"{link} {doc[k].text}"
