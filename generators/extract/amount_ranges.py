"""Ranges whose two ends are written apart.

- « 10 à 20 000 combattants »: the first end, a bare number under the second's leading group of
  digits, shares its thousands (10 000 to 20 000), when the two ends stay close (under ten times);
- « une amende de 2 500 $ à 25 000 $ », « entre 20 euros et 45 euros »: both ends repeat the unit,
  one range rather than two amounts (not after a verb of change: « passer de 600 euros à 650 euros »
  gives two values).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from generators.extract.amounts import Quantity

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_LINKS = {"de": "à", "entre": "et"}  # the word opening a range, the word joining its ends
_CLOSE = 10  # the ends of a range sharing thousands stay within this ratio

NumberReader = Callable[["Doc", int, int], "tuple[int, float, int, bool] | None"]


def shared_thousands(
    doc: Doc, quantity: Quantity, second: tuple[int, int], first: float, value: float
) -> float:
    """Return the first end of « 10 à 20 000 » read as 10 000, else `first` unchanged.

    `second` holds the tokens of the second end, `value` its value.
    """
    head = doc[quantity.start].text
    if quantity.has_scale != 1 or quantity.end - quantity.start != 1:
        return first
    groups = [t.text for t in doc[second[0] : second[1]]]
    if not re.fullmatch(r"\d{1,3}", head) or len(groups) < 2:
        return first
    if not re.fullmatch(r"\d{1,3}", groups[0]) or not all(
        re.fullmatch(r"\d{3}", g) for g in groups[1:]
    ):
        return first
    lead = int(groups[0])
    if not first < lead < _CLOSE * first:
        return first
    return first * 1000 ** (len(groups) - 1) if first * 1000 ** (len(groups) - 1) < value else first


def read_repeated_unit(
    doc: Doc, quantity: Quantity, sent: Span, read_number: NumberReader, change: bool
) -> None:
    """Read « de 2 500 $ à 25 000 $ » into one range whose unit is written after both ends."""
    unit = quantity.unit
    if change or unit is None or quantity.value_max is not None or quantity.unit_end is not None:
        return
    if quantity.start == sent.start or quantity.approx:
        return
    link = _LINKS.get(doc[quantity.start - 1].lower_)
    k = unit.end
    if link is None or k + 1 >= sent.end or doc[k].lower_ != link:
        return
    second = read_number(doc, k + 1, sent.end)
    if second is None or second[3]:
        return
    end, value, factor, _ = second
    size = unit.end - quantity.end  # the unit's words, with « d' » after a scale
    repeated = doc[end : end + size]
    if len(repeated) != size or repeated.text.lower() != doc[quantity.end : unit.end].text.lower():
        return
    if factor != quantity.has_scale or value <= quantity.value:
        return
    quantity.value_max, quantity.unit_end = value, end + size
