"""A figure the article gives as a bound: « plus de 200 morts », « 35 degrés Celsius ou plus »,
« au moins 12 blessés », « moins de 50 places ». A wrong value on the bound's own side is true
too (« plus de 100 morts »), so a false statement takes a value beyond it (« plus de 400 morts »;
questions/distractors.py), and no multiple choice asks it: its choices would all lie beyond the
answer, which the smallest (or largest) option would give away. The cloze and the plain question
stay.

Word lists: lexicon/question_bound_words.txt, quantity_lower_bounds.txt, quantity_upper_bounds.txt.
"""

from __future__ import annotations

import functools
import re

from generators import lexicon
from generators.french.grammar import flat as _flat
from generators.questions.index import ArticleIndex
from generators.records import MCQ, Fact, Question

LOWER, UPPER = "lower", "upper"


def figure_problem(question: Question, fact: Fact | None, index: ArticleIndex) -> str:
    """Return why a multiple choice of a bounded figure is dropped (module docstring), or ''."""
    if question.kind != MCQ or fact is None:
        return ""
    words, _ = figure_bound(fact)
    return (
        f"« {words} » makes the figure a bound: no choice but the answer is clearly wrong"
        if words
        else ""
    )


def figure_bound(fact: Fact) -> tuple[str, str]:
    """Return the words that make a quantity fact a bound and its direction (« plus de »,
    « lower »), or ('', '')."""
    if fact.get("bound") in (LOWER, UPPER):  # the extraction read it (« plus de », « jusqu'à »)
        return ("plus de" if fact.get("bound") == LOWER else "moins de"), str(fact.get("bound"))
    text = _flat(str(fact.get("text") or ""))
    sentence = _flat(fact.sentence)
    at = sentence.find(text) if text else -1
    if fact.type != "quantity" or at < 0:
        return "", ""
    before, opening, after = _patterns()
    found = (
        before.search(sentence[:at])
        or opening.match(text)
        or after.match(sentence[at + len(text) :])
    )
    if not found:
        return "", ""
    words = found.group("bound")
    return words, _directions()[" ".join(words.lower().split())]


def beyond_bound(value: float, fact: Fact) -> bool:
    """Tell a wrong value that lies beyond the fact's bound (above a lower one, below an upper
    one), so that a statement with it is false; a fact with no bound: True."""
    own = fact.get("value")
    _, direction = figure_bound(fact)
    if not direction or not isinstance(own, (int, float)):
        return True
    return value > own if direction == LOWER else value < own


def _rules() -> list[tuple[str, str, str]]:
    """(place, direction, words) of lexicon/question_bound_words.txt and the bound lexicons."""
    rules = []
    for entry in lexicon.words("question_bound_words"):
        place, rest = entry.split(" ", 1)
        direction, words = rest.split(" ", 1) if place != "not" else ("", rest)
        rules.append((place, direction, words))
    for name, direction in (("quantity_lower_bounds", LOWER), ("quantity_upper_bounds", UPPER)):
        rules += [("before", direction, w) for w in lexicon.words(name)]
    return rules


@functools.cache
def _directions() -> dict[str, str]:
    return {w.replace("’", "'").lower(): d for p, d, w in _rules() if p != "not"}


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The bound just before the figure (or opening the fact's text), and just after it."""
    rules = _rules()
    befores = _alternation([w for p, _, w in rules if p == "before"])
    afters = _alternation([w for p, _, w in rules if p == "after"])
    nots = _alternation([w for p, _, w in rules if p == "not"])
    before = re.compile(rf"(?<![\w'-])(?P<bound>{befores})\s*$", re.IGNORECASE)
    opening = re.compile(rf"^(?P<bound>{befores})", re.IGNORECASE)
    after = re.compile(  # past a name or a symbol of the unit (« degrés Celsius », « °C »)
        rf"^(?:\s+(?:[A-Z][\w.-]*|°\w*))?\s+(?P<bound>(?i:{afters}))(?!\s+(?i:{nots}))"
    )
    return before, opening, after


def _alternation(words: list[str]) -> str:
    ordered = sorted({w.replace("’", "'") for w in words}, key=len, reverse=True)
    return "|".join(re.escape(w) + ("" if w.endswith("'") else r"(?![\w-])") for w in ordered)
