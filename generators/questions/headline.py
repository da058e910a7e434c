"""The headline figure: the quantity fact the article's title states, or its first sentence's.

Blind judges list the figure of a title (« 14 morts », « 222 millions d'euros ») among an article's
key facts, yet its card was often dropped by the budget or beaten by side figures. `headline_ids`
names the quantity facts that tell it: a figure of the title line (digits, or number words other
than the article « un »/« une »), the same value as the fact's; a title without a figure falls back
to the first quantity of the article's first sentence. A date (« lundi 10 décembre », a year), an
hour and a rank (« 4e étape ») of the title are not figures. `score.story_weights` gives these facts
the title's weight, as an action echoing the title gets it (extract/types/action_weight.py).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence

from generators import lexicon
from generators.french.grammar import fold
from generators.french.numbers import is_number_word, parse_digits, parse_words, scale
from generators.records import Fact

SMALL_COUNT = 4  # a first-sentence count this small is no headline (score._small_count)
FIRST_SENTENCES = 2  # the first sentence of facts, or the second when a dateline takes the first
_DIGITS = re.compile(
    r"(?<![\d,.])\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?![\d])(?:,\d+)?|(?<![\d,.])\d+(?:,\d+)?"
)


def headline_ids(facts: Sequence[Fact], title: str) -> frozenset[str]:
    """Return the ids of the quantity facts that state the article's headline figure."""
    quantities = [f for f in facts if f.type == "quantity" and not _is_dated(f)]
    if not quantities:
        return frozenset()
    figures = title_figures(title)
    if figures:
        return _stated(title, [f for f in quantities if figures & _values(f)])
    return _first_quantity(facts, quantities)


def _stated(title: str, matches: Sequence[Fact]) -> frozenset[str]:
    """Return the facts of the title's figure: those whose counted noun the title names too
    (« deux mosquées », not « deux communautés »), else the only (or first) one."""
    words = {w for w in fold(title).replace("'", " ").split() if len(w) > 3}
    echoed = [f for f in matches if _nouns(f) & words]
    if echoed:
        return frozenset(f.id for f in echoed)
    first = min(matches, key=lambda f: (f.start, _position(f)), default=None)
    return frozenset({first.id}) if first is not None else frozenset()


def _nouns(fact: Fact) -> set[str]:
    """Return the longer words of a quantity's text and unit (« mosquées », « morts »)."""
    text = f"{fact.get('text') or ''} {fact.get('unit') or ''}"
    words = fold(text).replace("'", " ").split()
    return {w for w in words if len(w) > 3 and w.isalpha() and not is_number_word(w)}


def title_figures(title: str) -> frozenset[float]:
    """Return the figures of a title (each raw and scaled: « 66 milliards » → 66 and 66e9)."""
    text = " ".join(title.replace("\u00a0", " ").replace("\u202f", " ").split())
    found: set[float] = set()
    for match in _DIGITS.finditer(text):
        if _not_a_figure(text, match.start(), match.end()):
            continue
        value = parse_digits(match.group(0))
        if value is not None:
            found |= _scaled(value, text[match.end() :])
    words = text.split()
    for position, word in enumerate(words):
        bare = word.strip(",;:.!?«»()").lower()
        if bare in _ARTICLES or (not bare.isalpha() and "-" not in bare):
            continue
        value = parse_words(bare)
        if value is not None:
            found |= _scaled(value, " ".join(words[position + 1 :]))
    return frozenset(found)


_ARTICLES = frozenset({"un", "une"})  # « Un transfert record »: an article, not a figure


def _scaled(value: float, after: str) -> set[float]:
    """Return a figure raw and times the scale word after it (« millions », « milliards »)."""
    values = {float(value)}
    following = after.split()[:1]
    factor = scale(following[0].strip(",;:.")) if following else None
    if factor and factor > 1000:
        values.add(float(value) * factor)
    return values


def _not_a_figure(text: str, start: int, end: int) -> bool:
    """Tell a date, a year, an hour or a rank written in digits from a figure."""
    digits = text[start:end]
    before = fold(text[:start]).split()[-1:]
    after = fold(text[end:]).split()[:1]
    if re.fullmatch(r"(?:1[5-9]|20)\d\d", digits):
        return True  # a year
    if after and (after[0] in _months() or after[0].startswith("h")):
        return True  # « 10 décembre », « 20 h », « 20h30 »
    if text[end : end + 1].isalpha() and text[end : end + 1].lower() == "h":
        return True
    if before and before[0] in _weekdays():
        return True  # « lundi 10 »
    return _rank_after(text[end:])


def _rank_after(after: str) -> bool:
    """Tell an ordinal suffix right after a number (« 4e », « 2 e », « 1er », « 3ème »)."""
    found = re.match(r"\s?([^\W\d_]+)", after)
    return found is not None and fold(found.group(1)) in _ordinal_suffixes()


def _values(fact: Fact) -> set[float]:
    """Return the value a quantity fact gives, raw and as the first number of its text."""
    values: set[float] = set()
    value = fact.get("value")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        values.add(float(value))
    text = str(fact.get("text") or "")
    number = _DIGITS.search(text)
    if number is not None:
        parsed = parse_digits(number.group(0))
        if parsed is not None:
            values.add(float(parsed))
    elif text.split():
        parsed = parse_words(text.split()[0])
        if parsed is not None:
            values.add(float(parsed))
    return values


def _first_quantity(facts: Sequence[Fact], quantities: Sequence[Fact]) -> frozenset[str]:
    """Return the first quantity fact of the article's first sentence (none: empty)."""
    starts = sorted({f.start for f in facts})[:FIRST_SENTENCES]
    first = min(quantities, key=lambda f: (f.start, _position(f)))
    if first.start not in starts or _small(first):
        return frozenset()
    return frozenset({first.id})


def _small(fact: Fact) -> bool:
    """Tell a small count (« deux frères », « trois jours »): trivia, not a headline figure."""
    value = fact.get("value")
    number = isinstance(value, (int, float)) and not isinstance(value, bool)
    return number and float(value) <= SMALL_COUNT


def _position(fact: Fact) -> int:
    """Return where a quantity's figure stands in its sentence (unknown: after all)."""
    text = str(fact.get("text") or "")
    found = fact.sentence.find(text) if text else -1
    return found if found >= 0 else len(fact.sentence)


def _is_dated(fact: Fact) -> bool:
    """Tell a quantity whose figure is a year (« en 2016 »): a date, never a headline figure."""
    text = unicodedata.normalize("NFC", str(fact.get("text") or "")).strip()
    return bool(re.fullmatch(r"(?:1[5-9]|20)\d\d", text))


@functools.cache
def _months() -> frozenset[str]:
    return frozenset(fold(m) for m in lexicon.words("french_months"))


@functools.cache
def _weekdays() -> frozenset[str]:
    return frozenset(fold(d) for d in lexicon.words("french_weekdays"))


@functools.cache
def _ordinal_suffixes() -> frozenset[str]:
    return frozenset(fold(s) for s in lexicon.words("numbers_ordinal_suffixes"))
