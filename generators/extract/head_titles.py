"""Head-of titles as patterns: « président (modifiers, nationality, party) de X » names the body X
led; « président brésilien » names a country (lexicons leads_titles, leads_named_titles,
leads_title_modifiers, leads_state_demonyms, leads_state_titles, leads_government_titles)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from generators import lexicon
from generators.french.countries import of_country


@dataclass(frozen=True)
class TitlePattern:
    """« title of X » for one head-of title: the title at the start (any case), then the shared
    tail (modifiers, a nationality, a party, « de » and the body)."""

    title: str

    def match(self, text: str) -> re.Match[str] | None:
        """Return the match of « title … de X » at the start of `text` (group 1: X), or None."""
        if text[: len(self.title)].lower() != self.title.lower():
            return None
        return _tail().match(text, len(self.title))


@functools.cache
def title_patterns() -> tuple[tuple[str, TitlePattern], ...]:
    """Return each head-of title, longest first, with its pattern « title of X »."""
    titles = lexicon.words("leads_titles") + lexicon.words("leads_named_titles")
    return tuple((title, TitlePattern(title)) for title in sorted(titles, key=len, reverse=True))


@functools.cache
def _tail() -> re.Pattern[str]:
    """Return what follows a head-of title, compiled once for all titles (a nationality and its
    long alternation would otherwise be compiled again with each of the hundreds of titles)."""
    demonyms = "|".join(re.escape(d) for d in _demonyms())
    return re.compile(  # « le président algérien du club de Vanville »: a nationality between
        rf"(?:\s+(?:{_modifiers()}))*(?:\s+(?:{demonyms}))?{_PARTY}\s+"
        rf"(?:de la |de l'\s*|du |des |de |d'\s*)(.+)$",  # « d' X »: a spaced elision
        re.IGNORECASE,
    )


@functools.cache
def demonym_countries() -> dict[str, str]:
    """Map each nationality adjective of lexicon leads_state_demonyms to its country."""
    return dict(entry.split("|", 1) for entry in lexicon.words("leads_state_demonyms"))


@functools.cache
def _demonyms() -> tuple[str, ...]:
    """Return the nationality adjectives (lexicon leads_state_demonyms), longest first."""
    return tuple(sorted(demonym_countries(), key=len, reverse=True))


@functools.cache
def _modifiers() -> str:
    """Return the title modifiers (lexicon leads_title_modifiers) as a regex alternation."""
    return "|".join(re.escape(m) for m in lexicon.words("leads_title_modifiers"))


@functools.cache
def trailing_modifiers() -> re.Pattern[str]:
    """Return the pattern of the modifiers ending a bare title (« président sortant »)."""
    return re.compile(rf"(?:\s+(?:{_modifiers()}))+$", re.IGNORECASE)


def names_body(entity: str) -> bool:
    """Tell whether a title's complement names a body: a name (« l'Institut Y ») or a body's kind
    with a name (« le club de Vanville »; lexicons quote_body_kinds, people_member_bodies)."""
    words = entity.split()
    kinds = lexicon.word_set("quote_body_kinds") | lexicon.word_set("people_member_bodies")
    return entity[:1].isupper() or (
        words[0].lower() in kinds and any(w[:1].isupper() for w in words[1:])
    )


# A party's initials, maybe after its name (« président (LR) de X », « maire Les Verts (LV) de X »)
_PARTY = r"(?:(?:\s+[A-ZÀ-Ý][\w'-]*){0,3}\s+\([A-Z]+\))?"


def state_of(title: str) -> str | None:
    """« président brésilien » → « Brésil »: a head-of-state title and a nationality adjective
    (lexicon leads_state_titles, leads_state_demonyms), nothing else, name the country led;
    « Première ministre suédoise » → « gouvernement de la Suède » (leads_government_titles)."""
    head, _, demonym = title.rpartition(" ")
    country = demonym_countries().get(demonym)
    if country is None:
        return None
    if head in lexicon.word_set("leads_state_titles"):
        return country
    if head in lexicon.word_set("leads_government_titles"):
        return "gouvernement " + of_country(country)
    return None
