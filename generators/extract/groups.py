"""Roles shared by a group whose members are named after it (« plusieurs ministres, dont A et B »)."""

from __future__ import annotations

from typing import Any

from generators import lexicon
from generators.extract.names import NameIndex, RoleMention
from generators.extract.roles import extend_role, make_role, role_start
from generators.extract.titles import title_end
from generators.extract.tokens import next_word, words_at

_DONT = frozenset({"dont"})


def members_after_dont(doc: Any, offset: int, index: NameIndex) -> list[RoleMention]:
    """« plusieurs anciens ministres, dont A et B » → A and B are each « ancien ministre ».

    The group is a plural title after a quantity word (lexicon people_group_quantifiers) that ends
    at the comma before « dont »; the members are the names listed right after « dont ».
    """
    out: list[RoleMention] = []
    for i in words_at(doc, _DONT):
        tok = doc[i]
        if tok.i < 3 or doc[tok.i - 1].text != ",":
            continue
        title = _plural_title_ending(doc, tok.i - 1, index, offset)
        if title is None:
            continue
        for person in _listed_names(doc, tok.i + 1, offset, index):
            out.append(make_role(doc, title, tok.i - 1, person, offset, "apposition"))
    return out


def _plural_title_ending(doc: Any, comma: int, index: NameIndex, offset: int) -> int | None:
    """Return the plural title whose phrase ends at `comma` after a quantity word, or None."""
    quantifiers = lexicon.word_set("people_group_quantifiers")
    for p in range(comma - 1, max(comma - 8, 0), -1):
        end = title_end(doc, p)
        if end < 0 or "Plur" not in doc[p].morph.get("Number"):
            continue
        start = role_start(doc, p)
        if (
            start > 0
            and doc[start - 1].lower_ in quantifiers
            and extend_role(doc, end, index, offset) == comma
        ):
            return p
        return None
    return None


def _listed_names(doc: Any, k: int, offset: int, index: NameIndex) -> list[str]:
    """Return the people named in a list from token `k` (« A, B et C »), stopping at anything else."""
    names: list[str] = []
    while k < len(doc):
        mention = index.mention_at(offset + doc[k].idx)
        if mention is None or mention.start != offset + doc[k].idx:
            break
        names.append(mention.full)
        while k < len(doc) and offset + doc[k].idx < mention.end:
            k += 1
        if k < len(doc) and doc[k].lower_ in (",", "et"):
            k = next_word(doc, k + 1)
            continue
        break
    return names
