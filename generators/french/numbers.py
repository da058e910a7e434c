"""French numbers: digits with spaces or points, decimal commas, number words, scales, hedges."""

from __future__ import annotations

import functools
import math
import re

from generators import lexicon

# « 2.700.000 », « 336.210,00 », « 2,8 », « 5.000 », « 1 065 » (thousands already joined by a space)
_DIGITS = re.compile(r"^\d+(?:[ .]\d{3})*(?:,\d+)?$|^\d+(?:,\d{3})*(?:\.\d+)?$")
_YEAR = re.compile(r"^(1[0-9]|20|21)\d\d$")


def is_digits(text: str) -> bool:
    """Return whether `text` is a number written in digits (French or English separators)."""
    return bool(_DIGITS.match(text.strip()))


def parse_digits(text: str) -> float | None:
    """Return the value of a number in digits: « 2.700.000 » → 2700000, « 2,8 » → 2.8."""
    text = text.strip().replace("\u00a0", " ").replace("\u202f", " ")
    if not _DIGITS.match(text):
        return None
    if re.match(r"^\d+(?:[ .]\d{3})*(?:,\d+)?$", text):
        return _to_number(text.replace(" ", "").replace(".", "").replace(",", "."))
    return _to_number(text.replace(",", ""))


def _to_number(text: str) -> float | None:
    try:
        value = float(text)
    except ValueError:
        return None
    if not math.isfinite(value):
        return None  # hundreds of digits: not a quantity anyone asks about (and no JSON number)
    return int(value) if value.is_integer() else value


@functools.cache
def table(name: str) -> dict[str, int]:
    """Return a lexicon of `word number` lines as a mapping (« dizaine 10 »)."""
    table: dict[str, int] = {}
    for entry in lexicon.words(name):
        word, _, number = entry.rpartition(" ")
        table[word.lower()] = int(number)
    return table


def scale(word: str) -> int | None:
    """Return the multiplier of a scale word (« millions » → 1000000), or None."""
    return table("numbers_scales").get(word.lower())


def approx_noun(word: str) -> int | None:
    """Return the value of a collective number noun (« quinzaine » → 15), or None."""
    return table("numbers_approx_nouns").get(word.lower())


@functools.lru_cache(maxsize=4096)
def is_number_word(word: str) -> bool:
    """Return whether `word` is a French cardinal word or a hyphenated compound of them."""
    parts = [p for p in re.split(r"[-\s]", word.lower()) if p]
    words = lexicon.word_set("numbers_words")
    return bool(parts) and all(p in words or p == "et" for p in parts) and parts[0] != "et"


def parse_words(text: str) -> float | None:
    """Return the value of French number words: « neuf cent vingt » → 920, « deux » → 2."""
    from text_to_num import text2num

    cleaned = " ".join(text.lower().replace("une", "un").split())
    if not cleaned or not all(is_number_word(w) or w == "et" for w in cleaned.split()):
        return None
    try:
        return int(text2num(cleaned, "fr"))
    except ValueError:
        return None


def parse_number(text: str) -> float | None:
    """Return the value of a number in digits or words, with an optional scale word after it."""
    words = text.split()
    if not words:
        return None
    factor = 1
    last_scale = scale(words[-1])
    if len(words) > 1 and last_scale and last_scale > 1000:
        factor, words = last_scale, words[:-1]
    body = " ".join(words)
    value = parse_digits(body)
    if value is None:
        value = parse_words(body)
    if value is None:
        return None
    result = value * factor
    if not math.isfinite(result):
        return None
    return int(result) if float(result).is_integer() else round(result, 9)


def looks_like_year(text: str) -> bool:
    """Return whether `text` is written like a year (four digits from 1000 to 2199, no separator)."""
    return bool(_YEAR.match(text.strip()))


_UNITS = [
    "zéro",
    "un",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
    "onze",
    "douze",
    "treize",
    "quatorze",
    "quinze",
    "seize",
]
_TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}


def in_words(value: int) -> str:
    """Return a whole number from 0 to 999 999 in French words (« quatre-vingt-douze »), else ''.

    Traditional spelling: hyphens below a hundred, « et un » in 21…71, « quatre-vingts » and
    « deux cents » plural only when nothing follows, « mille » invariable.
    """
    if not 0 <= value < 1_000_000:
        return ""
    if value < 1000:
        return _below_thousand(value, last=True)
    thousands, rest = divmod(value, 1000)
    head = "mille" if thousands == 1 else f"{_below_thousand(thousands, last=False)} mille"
    return head if rest == 0 else f"{head} {_below_thousand(rest, last=True)}"


def _below_thousand(value: int, *, last: bool) -> str:
    hundreds, rest = divmod(value, 100)
    if hundreds == 0:
        return _below_hundred(rest, last=last)
    head = "cent" if hundreds == 1 else f"{_UNITS[hundreds]} cent"
    if rest == 0:
        return head + ("s" if hundreds > 1 and last else "")
    return f"{head} {_below_hundred(rest, last=last)}"


def _below_hundred(value: int, *, last: bool) -> str:
    if value <= 16:
        return _UNITS[value]
    if value < 20:
        return f"dix-{_UNITS[value - 10]}"
    tens, unit = divmod(value, 10)
    if tens in (7, 9):  # soixante-dix…, quatre-vingt-dix…
        base = "soixante" if tens == 7 else "quatre-vingt"
        if value == 71:
            return "soixante et onze"
        return f"{base}-{_below_hundred(10 + unit, last=last)}"
    if tens == 8:
        return (
            ("quatre-vingts" if last else "quatre-vingt")
            if unit == 0
            else f"quatre-vingt-{_UNITS[unit]}"
        )
    if unit == 0:
        return _TENS[tens]
    if unit == 1:
        return f"{_TENS[tens]} et un"
    return f"{_TENS[tens]}-{_UNITS[unit]}"
