"""The article's own country, and what a bare head title leads there.

A news story about one country calls its head of state « le président » and its head of
government « le Premier ministre » without naming the country: « Le président A B a
déclaré … » in a story on Vanlandie leads Vanlandie. The article's country is the one its title
names (by name or nationality adjective, lexicons french_countries and leads_state_demonyms;
the country opening a « Pays : … » title first) when the text names it at least twice and
twice as often as any other; else, with no country in the title, the one the text
names at least four times and three times as often as the next.

`bare_head_entity` gives the entity such a bare title leads: the country for a head of state
(leads_state_titles, or « président de la République », « chef de l'État »), « gouvernement de
<pays> » for a head of government (leads_government_titles). A head of state's title is not read
so when the sentence before, or its own up to a few words after the title, speaks of another
body a president may head (lexicon leads_bare_title_blockers: « le président du club »,
« président du jury »); no bare title is when it is past (« l'ancien président ») or the article
gives the person a title of another country or of another body.
"""

from __future__ import annotations

import re
from typing import Any

from generators import lexicon
from generators.extract.roles import role_held_before
from generators.extract.tokens import norm
from generators.french.countries import demonyms, dominant_country, of_country, state_complement

_TITLE_START = re.compile(
    r"^(?:ex-|ancien(?:ne)?s? |futur(?:e)?s? |actuel(?:le)?s? |nouvel(?:le)?s? |nouveau |alors )+",
    re.IGNORECASE,
)
_AFTER_TITLE = 8  # words after the title where a body named makes it that body's head


def article_country(ctx: Any) -> str | None:
    """Return the country the article is about (cached on the context), or None."""
    if "article_country" not in ctx.extras:
        article = ctx.article
        body = article.clean or article.text
        ctx.extras["article_country"] = dominant_country(article.title, body)
    country: str | None = ctx.extras["article_country"]
    return country


def bare_title(role_text: str) -> str:
    """Return a title without its time words and modifiers (« l'actuel Premier ministre
    conservateur » → « premier ministre »; lexicon leads_title_modifiers)."""
    text = _TITLE_START.sub("", role_text.strip())
    modifiers = "|".join(re.escape(m) for m in lexicon.words("leads_title_modifiers"))
    text = re.sub(rf"(?:\s+(?:{modifiers}))+$", "", text, flags=re.IGNORECASE)
    return text.lower().strip()


def bare_head_entity(ctx: Any, doc: Any, role: Any) -> str | None:
    """Return what a bare head title (`role`, a RoleMention) leads in the article's country."""
    if role_held_before(role):
        return (
            None  # « l'ancien président A »: which country's, the article's or another, is unsaid
        )
    title = bare_title(role.role)
    state = title in lexicon.word_set("leads_state_titles") or state_complement(title)
    government = title in lexicon.word_set("leads_government_titles")
    if not (state or government):
        return None
    country = article_country(ctx)
    if country is None or (state and _blocked(doc, role)) or _titled_elsewhere(ctx, role, country):
        return None
    return country if state else "gouvernement " + of_country(country)


def _blocked(doc: Any, role: Any) -> bool:
    """Tell whether the sentence before the role's, or its own up to a few words after the title,
    names a body a president may head that is no state (lexicon leads_bare_title_blockers)."""
    start, end = role.sent
    if start > 0:
        start = doc[start - 1].sent.start
    at = next((t.i for t in doc[role.sent[0] : end] if role.offset + t.idx >= role.start), end)
    words = {norm(t.text) for t in doc[start : min(end, at + _AFTER_TITLE)]}
    blockers = {norm(w) for w in lexicon.words("leads_bare_title_blockers")}
    return not words.isdisjoint(blockers)


def _titled_elsewhere(ctx: Any, role: Any, country: str) -> bool:
    """Tell whether the article gives the person a head title with a complement or another
    country's adjective (« président de la Fédération », « président vanlandais »)."""
    for other in ctx.names.role_mentions_of(role.person):
        title = bare_title(other.role)
        if title == bare_title(role.role) or state_complement(title):
            continue
        words = title.split()
        adjective = demonyms().get(words[-1]) if words else None
        if adjective is not None and adjective != country:
            return True
        first = words[0] if words else ""
        heads = lexicon.word_set("leads_state_titles") | lexicon.word_set("leads_government_titles")
        if (first in heads or " ".join(words[:2]) in heads) and re.search(
            r"\s(?:de|du|des|d')\s", f" {title} "
        ):
            return True
    return False
