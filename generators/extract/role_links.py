"""Roles tied to a role already found: a past told by an imperfect in a past frame, and roles
coordinated after it.

- « Au moment de sa nomination, A était vicaire général de X »: « était » with a frame word
  before it (lexicon people_imperfect_frames) tells a post held before.
- « évêque du diocèse de Vernay ainsi que du diocèse de Lormes » → also « évêque du diocèse de
  Lormes »: a second complement of the same title, after « ainsi que », or after « et » when it
  repeats the first complement's noun (« ministre de la Santé et des Sports » stays one post).
- « nommé évêque de X et administrateur apostolique de Y » → also « administrateur apostolique de
  Y »: a bare title right after « et » / « ainsi que », not followed by a name (« et porte-parole
  A B » is another person's) nor by a verb.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from typing import Any

from generators import lexicon
from generators.extract.names import NameIndex, RoleMention
from generators.extract.role_words import role_text
from generators.extract.roles import extend_role, feminine_head, is_name_start, make_role
from generators.extract.titles import singular_title, title_end
from generators.extract.tokens import sentence_of, text_of, tokens_where
from generators.french.numbers import is_number_word, parse_number

_OF = frozenset({"de", "du", "des", "d'", "d’"})
_DETERMINERS = frozenset({"la", "le", "les", "l'", "l’"})


@functools.cache
def _frames() -> re.Pattern[str]:
    parts = (
        re.escape(entry).replace("'", "['’]").replace(r"\ ", r"\s+")
        for entry in lexicon.words("people_imperfect_frames")
    )
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)", re.IGNORECASE)


def imperfect_then(title: Any) -> bool:
    """Tell whether a title is the attribute of « était » after a past frame in its sentence."""
    cop = next((c for c in title.children if c.dep_ == "cop" and c.lemma_ == "être"), None)
    return cop is not None and imperfect_frame(cop)


def imperfect_frame(cop: Any) -> bool:
    """Tell whether a copula is « était » (imperfect) after a past frame in its sentence."""
    if cop.lemma_ != "être" or "Imp" not in cop.morph.get("Tense"):
        return False
    sent = sentence_of(cop)
    return bool(_frames().search(text_of(cop.doc)[sent.start_char : cop.idx]))


def conjunct_roles(
    doc: Any, offset: int, index: NameIndex, roles: list[RoleMention]
) -> list[RoleMention]:
    """Return the roles coordinated after each role of `roles` found in `doc` (module docstring)."""
    out: list[RoleMention] = []
    for role in roles:
        span = role_span(doc, role, offset)
        if span is None or role.kind == "coref":
            continue
        title = next((t.i for t in span if title_end(doc, t.i) > t.i), None)
        if title is None:
            continue
        end = span.end
        for _ in range(3):  # « X, Y ainsi que Z »: a short list at most
            k = _after_link(doc, end)
            if k < 0:
                break
            found = _second_complement(doc, span.start, title, end, k, role, index, offset)
            found = found or _second_title(doc, k, role, index, offset)
            if found is None:
                break
            out.append(found[0])
            end = found[1]
    return out


def role_span(doc: Any, role: RoleMention, offset: int) -> Any:
    """Return the tokens of a role as written in `doc`, else None (a role rewritten)."""
    start = role.start - offset
    span = doc.char_span(start, start + len(role.role))
    return span if span is not None and span.text == role.role else None


def _after_link(doc: Any, end: int) -> int:
    """Return the token after « et » / « ainsi que » at `end`, else -1."""
    if end < len(doc) - 1 and doc[end].lower_ == "et":
        return end + 1
    if end < len(doc) - 2 and doc[end].lower_ == "ainsi" and doc[end + 1].lower_ == "que":
        return end + 2
    return -1


def _noun_after_of(doc: Any, k: int) -> Any:
    """Return the noun of a complement opening at `k` on « de » / « du » (« du diocèse » →
    « diocèse »), else None."""
    if k >= len(doc) or doc[k].lower_ not in _OF:
        return None
    k += 1
    while k < len(doc) and doc[k].lower_ in _DETERMINERS:
        k += 1
    return doc[k] if k < len(doc) and doc[k].pos_ in ("NOUN", "PROPN") else None


def _second_complement(
    doc: Any,
    start: int,
    title: int,
    end: int,
    k: int,
    role: RoleMention,
    index: NameIndex,
    offset: int,
) -> tuple[RoleMention, int] | None:
    """« évêque du diocèse de X ainsi que du diocèse de Y »: the title with the second complement."""
    words = title_end(doc, title)
    first, second = _noun_after_of(doc, words), _noun_after_of(doc, k)
    if first is None or second is None:
        return None
    if doc[k - 1].lower_ == "et" and second.lower_ != first.lower_:
        return None  # « ministre de la Santé et des Sports »: one post
    stop = extend_role(doc, k, index, offset)
    if stop <= second.i:
        return None
    text = f"{role_text(doc[start:words])} {role_text(doc[k:stop])}"
    return dataclasses.replace(role, role=text, kept=True), stop


def _second_title(
    doc: Any, k: int, role: RoleMention, index: NameIndex, offset: int
) -> tuple[RoleMention, int] | None:
    """« évêque de X et administrateur apostolique de Y »: a bare title after the link."""
    if not doc[k].is_lower or title_end(doc, k) <= k:
        return None
    stop = extend_role(doc, title_end(doc, k), index, offset)
    after = doc[stop] if stop < len(doc) else None
    if after is not None and (
        is_name_start(doc, stop, index, offset) or after.pos_ in ("VERB", "AUX", "PROPN")
    ):
        return None  # « et porte-parole A B », « et ministre a dit »: another person, a clause
    found = make_role(doc, k, stop, role.person, offset, role.kind)
    found.past = found.past or role.past
    return found, stop


def listed_holders(
    doc: Any, title: Any, head: Any, role: RoleMention, offset: int, index: NameIndex
) -> list[RoleMention]:
    """« Les candidats retenus sont A, B et C »: a plural title whose attribute lists names gives
    each of them the title, in the singular (« candidat », « candidate » for a woman). Sets
    `role` (the first name's) in the singular too; returns the others' roles."""
    if "Plur" not in title.morph.get("Number"):
        return []
    role.role = singular_title(role.role)
    out = []
    listed, todo = [], [head]
    while todo:  # « A, B et C »: conjuncts hang on the first name, or on each other
        found = [c for c in todo.pop().children if c.dep_ == "conj"]
        listed.extend(found)
        todo.extend(found)
    for conj in listed:
        mention = index.mention_at(offset + conj.idx)
        if mention is not None and mention.full != role.person:
            out.append(_held_by(role, mention.full, index))
    if index.gender(role.person) == "f":  # the first name's role, already recorded
        role.role, role.role_gender = feminine_head(role.role), "f"
    return out


def counted_titles(doc: Any, offset: int, index: NameIndex) -> list[RoleMention]:
    """« l'arrestation de deux suspects, A et B »: a plural title counted by a number, then a
    comma and as many names as it counts, gives each name the title in the singular."""
    out: list[RoleMention] = []
    for i in sorted(tokens_where(doc, ("LOWER",), _counting)):
        tok = doc[i]
        count = parse_number(tok.text)
        title = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if not count or count < 2 or title is None or title_end(doc, title.i) < 0:
            continue
        if "Plur" not in title.morph.get("Number"):
            continue
        end = extend_role(doc, title_end(doc, title.i), index, offset)
        names = _listed_names(doc, end, offset, index)
        if len(names) != count:
            continue
        role = make_role(doc, title.i, end, names[0], offset, "title")
        role.role = singular_title(role.role)
        out.extend(_held_by(role, person, index) for person in names)
    return out


def _held_by(role: RoleMention, person: str, index: NameIndex) -> RoleMention:
    """Return `role` given to `person` of a list, its title feminine for a woman."""
    one = dataclasses.replace(role, person=person)
    if index.gender(person) == "f":
        one.role, one.role_gender = feminine_head(one.role), "f"
    return one


def _counting(word: str) -> bool:
    """Tell a count of two or more in figures or in words (« 3 », « deux »)."""
    return (word.isdigit() and word not in ("0", "1")) or (
        is_number_word(word) and word not in ("un", "une", "zéro")
    )


def _listed_names(doc: Any, k: int, offset: int, index: NameIndex) -> list[str]:
    """Return the names listed after the comma at `k` (« , A, B et C »), up to the list's end
    (a full stop, a verb, a closing comma); [] when anything else stands in the list."""
    if k >= len(doc) or doc[k].text != ",":
        return []
    names, k = [], k + 1
    while k < len(doc):
        mention = index.mention_at(offset + doc[k].idx)
        if mention is None:
            return []
        names.append(mention.full)
        while k < len(doc) and offset + doc[k].idx < mention.end:
            k += 1
        if (
            k < len(doc) - 1 and doc[k].text == "," and index.mention_at(offset + doc[k + 1].idx)
        ) or (k < len(doc) - 1 and doc[k].lower_ == "et"):
            k += 1
        else:
            return names if k >= len(doc) or doc[k].text in (".", ",", ";", ")") else []
    return names
