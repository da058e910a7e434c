"""Titles given by an active verb of choosing: « Le conseil a élu Léa Roux présidente du club »,
« Les députés ont désigné Paul Marin comme rapporteur du budget », « Les délégués ont réélu comme
président le Belge Marc Dufour ». The one chosen is the verb's object, not its subject (the
passive « A a été élue présidente » is read with the attributes).

Lexicon: people_choosing_participles (« élu » after « a »), people_choosing_finite (« élisent »),
people_choosing_links (« comme », « au poste de » between the person and the title)."""

from __future__ import annotations

import functools
from typing import Any

from generators import lexicon
from generators.extract.names import NameIndex, RoleMention
from generators.extract.roles import extend_role, make_role
from generators.extract.succession_cues import negated
from generators.extract.titles import title_end, token_texts
from generators.extract.tokens import token_span

_HAVE = frozenset({"a", "ont", "avait", "avaient", "aura", "auront", "avoir", "ayant", "eut"})
_NOT_ACTIVE = frozenset({"été", "est", "sont", "était", "étaient", "se", "s'", "s’", "être"})


@functools.cache
def _links() -> tuple[tuple[str, ...], ...]:
    """Return the link phrases (« comme », « au poste de »), the longest first."""
    rows = {tuple(w.split()) for w in lexicon.words("people_choosing_links")}
    return tuple(sorted(rows, key=lambda row: -len(row)))


def chosen_titles(doc: Any, offset: int, index: NameIndex) -> list[RoleMention]:
    """Return the titles the article's choosing verbs give their object (« a élu A maire »)."""
    out: list[RoleMention] = []
    forms = lexicon.word_set("people_choosing_participles") | lexicon.word_set(
        "people_choosing_finite"
    )
    for i, text in enumerate(token_texts(doc)):
        if text.lower() not in forms or not _active(doc, i) or negated(doc[i]):
            continue
        k = _skip_adverbs(doc, i + 1)
        found = _person_then_title(doc, k, offset, index) or _title_then_person(
            doc, k, offset, index
        )
        if found is not None:
            out.append(make_role(doc, found[1], found[2], found[0], offset, "office"))
    return out


def _active(doc: Any, i: int) -> bool:
    """Tell whether the choosing word at `i` is active: a participle after « avoir » (« ont
    élu »), a finite form after no « être » and no « se » (« élisent », not « se nomme »)."""
    k = i - 1
    while k >= 0 and doc[k].pos_ == "ADV":
        k -= 1
    before = doc[k].lower_ if k >= 0 else ""
    word = doc[i].lower_
    if word in lexicon.word_set("people_choosing_participles") and before in _HAVE:
        return True
    return word in lexicon.word_set("people_choosing_finite") and before not in _NOT_ACTIVE


def _skip_adverbs(doc: Any, k: int) -> int:
    """Return the first token from `k` that is no adverb and no day (« a élu samedi A … »)."""
    days = lexicon.word_set("french_weekdays")
    while k < len(doc) and (doc[k].pos_ == "ADV" or doc[k].lower_ in days):
        k += 1
    return k


def _link_end(doc: Any, k: int) -> int:
    """Return the index after a link phrase at `k` (« comme », « au poste de »), else `k`."""
    for words in _links():
        end = k + len(words)
        if end <= len(doc) and tuple(t.lower_ for t in doc[k:end]) == words:
            return end
    return k


def _mention_from(doc: Any, k: int, offset: int, index: NameIndex) -> tuple[str, int] | None:
    """Return the person named from token `k` and the token after the name, else None."""
    if k >= len(doc):
        return None
    mention = index.mention_at(offset + doc[k].idx)
    if mention is None or mention.start != offset + doc[k].idx:
        return None
    return mention.full, int(token_span(doc, mention.start - offset, mention.end - offset).end)


def _role_from(doc: Any, k: int, index: NameIndex, offset: int) -> int:
    """Return the end of a title phrase at `k` (« présidente du club »), else -1."""
    end = title_end(doc, k)
    return extend_role(doc, end, index, offset) if end > k else -1


def _person_then_title(
    doc: Any, k: int, offset: int, index: NameIndex
) -> tuple[str, int, int] | None:
    """« a élu A présidente du club », « a désigné A comme rapporteur »."""
    named = _mention_from(doc, k, offset, index)
    if named is None:
        return None
    start = _link_end(doc, named[1])
    end = _role_from(doc, start, index, offset)
    return (named[0], start, end) if end > start else None


def _title_then_person(
    doc: Any, k: int, offset: int, index: NameIndex
) -> tuple[str, int, int] | None:
    """« a réélu comme président le Belge A », « a désigné au poste de trésorière A »."""
    start = _link_end(doc, k)
    if start == k:
        return None  # « a élu président A »: read only with its link word
    end = _role_from(doc, start, index, offset)
    if end <= start:
        return None
    j = end + (end < len(doc) and doc[end].text == ",")
    if j < len(doc) and doc[j].lower_ in ("le", "la", "l'", "l’"):
        j += 1
        if j < len(doc) and doc[j].text[:1].isupper() and not index.mention_at(offset + doc[j].idx):
            j += 1  # « l'Italienne A »: her nationality, then her name
    named = _mention_from(doc, j, offset, index)
    return (named[0], start, end) if named is not None else None
