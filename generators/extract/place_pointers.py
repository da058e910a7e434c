"""Entities of a head title that name a place only by its kind or by a periphrasis.

- « le maire de la ville, A » with no town found by name: « ville » alone is no entity led, so no
  fact (lexicon leads_generic_places: the kind alone, or with lower-case words only).
- « le bourgmestre de la capitale belge » → Bruxelles, only when the article names that place too
  (lexicon leads_place_periphrases, « periphrasis|name »); else no fact.
- « Incendie à Vanville » as the headline, « le maire de la ville, A » in the text → A leads
  Vanville: the one place the headline names after « à » (no country), unless a town named in the
  text was already found for A (local_heads.town_heads, read first).
"""

from __future__ import annotations

import functools
import re
from typing import Any

from generators import lexicon

_ARTICLE = re.compile(r"^(?:l'\s*|l’\s*|la |le |les )", re.IGNORECASE)
_HEADLINE_PLACE = re.compile(r"(?:^|\s)à\s+([A-ZÀ-Ý][\w-]+(?:[- ][A-ZÀ-Ý][\w-]+)*)")
_HEADLINE_MORE = re.compile(r"\s*(?:,|et|ou|puis)\s+(?:à\s+)?[A-ZÀ-Ý]")  # another place listed


def generic_place(entity: str) -> bool:
    """Tell whether an entity names a place by its kind only (« ville », « la cité phocéenne »)."""
    words = _ARTICLE.sub("", entity.strip()).split()
    if " ".join(words).lower() in _periphrases():
        return True  # « la capitale des Gaules »
    return (
        bool(words)
        and words[0].lower() in lexicon.word_set("leads_generic_places")
        and all(not w[:1].isupper() for w in words)
    )


def kind_named(entity: str) -> bool:
    """Tell whether an entity is a kind of place whose names open on it (« l'île »), which a head
    title named only with its body may take (« le premier ministre de l'île »)."""
    bare = _ARTICLE.sub("", entity.strip()).lower()
    return bare in lexicon.word_set("leads_kind_named_places")


@functools.cache
def _periphrases() -> dict[str, str]:
    return dict(entry.split("|", 1) for entry in lexicon.words("leads_place_periphrases"))


def place_named(entity: str, article: Any) -> str | None:
    """Return the place a generic entity stands for, when the article names it, else None."""
    bare = _ARTICLE.sub("", entity.strip()).lower()
    text = f"{article.title or ''}\n{article.clean or article.text or ''}"
    name = _periphrases().get(bare)
    if name is not None:
        return name if re.search(rf"\b{re.escape(name)}\b", text) else None
    if bare in lexicon.word_set("leads_kind_named_places"):
        return _one_of_kind(bare, text)
    if bare.split()[0] in ("pays", "région", "province", "département") or " " in bare:
        return None  # only a town (« ville », « commune ») is read from the headline
    return _headline_town(article)


def _one_of_kind(kind: str, text: str) -> str | None:
    """Return the one place whose hyphenated name opens on `kind` (« l'île » → « Île-du-Nord »),
    else None (none, or more than one)."""
    pattern = rf"(?<![\w-])({re.escape(kind.capitalize())}(?:-[\w'’]+)+)"
    found = set(re.findall(pattern, text))
    return found.pop() if len(found) == 1 else None


def _headline_town(article: Any) -> str | None:
    """Return the one place the headline names after « à » (« Incendie à Vanville »), else None."""
    countries = {_ARTICLE.sub("", c).lower() for c in lexicon.words("french_countries")}
    title = article.title or ""
    found = {m.group(1) for m in _HEADLINE_PLACE.finditer(title)}
    if any(_HEADLINE_MORE.match(title, m.end()) for m in _HEADLINE_PLACE.finditer(title)):
        return None  # « Incendies à Vanville et Orcières »: which town, the headline does not say
    found = {p for p in found if p.lower() not in countries}
    return next(iter(found)) if len(found) == 1 else None


def place_for(ctx: Any, leader: str, entity: str) -> str:
    """Return the place a generic entity stands for, or "" (no fact) when the article does not
    say, or when `leader` already leads a place found by name in the text."""
    made = ctx.extras.get("leads_made", [])
    if any(name == leader and not generic_place(text) for name, text, _ in made):
        return ""
    return place_named(entity, ctx.article) or ""


def read_last(found: Any) -> bool:
    """Tell whether a finding's entity is generic, so that findings naming the place come first."""
    entity = found[4]
    text = entity[0] if isinstance(entity, tuple) else getattr(entity, "text", "")
    return bool(text) and generic_place(str(text))
