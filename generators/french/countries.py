"""Countries in French text: which ones a text names (by name or nationality adjective, lexicons
french_countries and leads_state_demonyms), the one an article is about, « de » with a country
(« du Pérou », « de la Suède »), and head-of-state titles whose complement names no country.
Shared by extraction (who leads what) and questions (the post asked)."""

from __future__ import annotations

import functools
import re
from collections import Counter

from generators import lexicon

_ARTICLE = re.compile(r"^(?:l'|la |le |les )")
# « président de la République », « chef de l'État »: a head of state whose country is unsaid
_STATE_WORDS = frozenset({"république", "état", "nation"})


@functools.cache
def _countries() -> dict[str, str]:
    """Return country name, hyphens as spaces → the name as lexicon french_countries writes it."""
    names = (_ARTICLE.sub("", line.replace("’", "'")) for line in lexicon.words("french_countries"))
    return {_spaced(name): name for name in names}


def is_country(name: str) -> bool:
    """Tell whether `name` is a country of lexicon french_countries (« Cuba », « Burkina Faso »)."""
    return _spaced(name.replace("’", "'")) in _countries()


def _spaced(name: str) -> str:
    """Return a name with its hyphens as spaces (« Burkina-Faso » → « Burkina Faso »)."""
    return re.sub(r"[\s-]+", " ", name)


@functools.cache
def demonyms() -> dict[str, str]:
    """Return nationality adjective → country (leads_state_demonyms)."""
    return dict(entry.split("|", 1) for entry in lexicon.words("leads_state_demonyms"))


@functools.cache
def _pattern() -> re.Pattern[str]:
    """A pattern matching any country name (case kept) or adjective (any case) as a word."""
    names = sorted(_countries(), key=len, reverse=True)
    adjectives = sorted(demonyms(), key=len, reverse=True)
    name_part = "|".join(re.escape(n).replace(r"\ ", r"[\s-]") for n in names)  # spaced
    adjective_part = "|".join(re.escape(a) for a in adjectives)
    return re.compile(rf"(?<![\w-])(?:({name_part})|((?i:{adjective_part})))(?![\w-])")


def countries_in(text: str) -> Counter[str]:
    """Return how often `text` names each country, by name or nationality adjective."""
    found: Counter[str] = Counter()
    for match in _pattern().finditer(text):
        name, adjective = match.group(1), match.group(2)
        country = _countries().get(_spaced(name)) if name else demonyms().get(adjective.lower())
        if country:
            found[country] += 1
    return found


def dominant_country(title: str | None, body: str) -> str | None:
    """Return the article's country: the title's, or else the one its text names far most often."""
    counts = countries_in(body)
    opener = (title or "").split(":")[0] if ":" in (title or "") else title or ""
    named = countries_in(opener) or countries_in(title or "")
    if named:
        country = named.most_common(1)[0][0]
        others = [n for c, n in counts.items() if c != country]
        if len(named) == 1 and counts[country] >= 2 and counts[country] >= 2 * max(others or [0]):
            return country
        return None
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 4:
        return None
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    return ranked[0][0] if ranked[0][1] >= 3 * runner_up else None


def adjective_of(country: str, feminine: bool = False) -> str:
    """Return a country's nationality adjective (« Turquie » → « turc », feminine « turque »), or
    '' when the lexicon has none (leads_state_demonyms: the masculine first)."""
    name = _ARTICLE.sub("", country)
    forms = [adjective for adjective, state in demonyms().items() if state == name]
    if not forms:
        return ""
    return next((f for f in forms if f.endswith("e")), forms[0]) if feminine else forms[0]


def of_country(country: str) -> str:
    """Return « de » with a country and its article (« de la Suède », « du Pérou », « d'Israël »)."""
    named = next(
        (c for c in lexicon.words("french_countries") if _ARTICLE.sub("", c) == country),
        country,
    )
    for article, after in (("le ", "du "), ("les ", "des "), ("la ", "de la "), ("l'", "de l'")):
        if named.startswith(article):
            return after + named.removeprefix(article)
    return ("d'" if named[:1].lower() in "aeiouyéèêîïôâ" else "de ") + named


def state_complement(title: str) -> bool:
    """Tell whether a title is a head of state's whose complement names no country
    (« président de la République », « chef de l'État »)."""
    match = re.match(r"^(.+?)\s+(?:de la |de l'\s*|du |de |d'\s*)(\w+)$", title.replace("’", "'"))
    if match is None or match.group(2) not in _STATE_WORDS:
        return False
    return match.group(1) in lexicon.word_set("leads_state_titles") or match.group(1) == "chef"
