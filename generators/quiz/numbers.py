"""Numbers in answers: digits or French words, scales applied (« 2,8 milliards »), ranges."""

from __future__ import annotations

import contextlib
import functools
import math
import re

from generators import lexicon
from generators.quiz.dates import plain

_NUMBER = re.compile(r"(?<![\d,.])(?:\d{1,3}(?:[ .]\d{3})+(?!\d)|\d+)(?:,\d+|\.\d{1,2}(?!\d))?")


def _word(text: str) -> str:
    return " ".join(re.sub(r"[^\w%]+", " ", plain(text)).split())


def parse_numbers(text: str) -> list[float]:
    """Return the numbers in `text`, written in digits or French words, scales applied."""
    from text_to_num import text2num

    text = plain(text)
    found = [_to_float(m.group(0)) for m in _NUMBER.finditer(_digits(text))]
    if not found and len(text.split()) == 1 and text.isalpha():
        with contextlib.suppress(ValueError):
            found = [float(text2num(text, "fr"))]
    return found


def parse_range(text: str) -> tuple[float, float] | None:
    """Return (low, high) of a range written « 4 000 à 7 000 », « entre 4 et 7 », « 4-7 », else None."""
    converted = _digits(plain(text))
    found = list(_NUMBER.finditer(converted))
    if len(found) != 2:
        return None
    link = converted[found[0].end() : found[1].start()].strip()
    if link not in _range_links():
        return None
    low, high = (_to_float(m.group(0)) for m in found)
    return (low, high) if low < high else None


@functools.cache
def _range_links() -> frozenset[str]:
    return frozenset(plain(w) for w in lexicon.words("answer_range_links"))


def _digits(text: str) -> str:
    """Return folded `text` with scales applied and number words written in digits."""
    from text_to_num import alpha2digit

    return str(alpha2digit(_apply_scales(text), "fr"))


def _apply_scales(text: str) -> str:
    scales = {_word(w.split()[0]): int(w.split()[1]) for w in lexicon.words("answer_scales")}
    pattern = (
        r"(\d+(?:[ .]\d{3})*(?:,\d+)?)\s*("
        + "|".join(sorted(scales, key=len, reverse=True))
        + r")\b"
    )

    def scale(match: re.Match[str]) -> str:
        """Return the matched number times its scale word, written out in digits."""
        return _format(_to_float(match.group(1)) * scales[match.group(2)])

    return re.sub(pattern, scale, text)


def _to_float(text: str) -> float:
    """Return the value of digits grouped by spaces or points, the decimal part after a comma.

    « 336.210,00 » is 336210; a point is decimal only when no comma follows and it does not group
    thousands (« 2.5 », but « 1.000 » is a thousand).
    """
    text = re.sub(r"\s", "", text)
    whole, frac = text, ""
    if "," in text:
        whole, _, frac = text.rpartition(",")
    elif "." in text and not re.fullmatch(r"\d{1,3}(\.\d{3})+", text):
        whole, _, frac = text.rpartition(".")
    digits, decimals = (re.sub(r"\D", "", part) or "0" for part in (whole, frac))
    return float(f"{digits}.{decimals}")


def _format(value: float) -> str:
    if not math.isfinite(value):
        return "?"
    return str(int(value)) if value == int(value) else f"{value:g}".replace(".", ",")


def show_number(value: float) -> str:
    """Return `value` written the French way (« 2 800 000 », « 2,5 »)."""
    if not math.isfinite(value):
        return "a number too large to read"
    if value == int(value):
        return f"{int(value):,}".replace(",", " ")
    return f"{value:,.6g}".replace(",", " ").replace(".", ",")
