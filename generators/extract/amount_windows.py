"""Periods that a figure is measured over, not counts: « les neuf premiers mois », « un mois de mai ».

- « sur les neuf premiers mois de l'année », « au cours des deux dernières semaines »: a rank
  (quantity_window_ranks) between the number and a period (quantity_window_periods) makes the
  period a window, the frame of another figure; « pendant neuf mois », « trois mois de prison »,
  « ses trois derniers matchs » stay counts;
- « un mois de septembre aussi pluvieux »: « un » + a period + « de <mois> » names a kind of
  month, not one month counted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from generators import lexicon
from generators.extract.tokens import month_numbers

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

from generators.extract.amounts import Quantity


def ranked_window(doc: Doc, quantity: Quantity, unit: Span) -> bool:
    """Return whether « N premiers/derniers <période> » is a window of measure, not a count."""
    if unit.root.lower_ not in lexicon.word_set("quantity_window_periods"):
        return False
    ranks = lexicon.word_set("quantity_window_ranks")
    return any(t.lower_ in ranks for t in doc[quantity.end : unit.root.i])


def named_month_period(doc: Doc, unit: Span) -> bool:
    """Return whether « un mois de septembre » names a month of the calendar, not one counted."""
    if unit.root.lower_ not in lexicon.word_set("quantity_window_periods"):
        return False
    k = unit.root.i + 1
    return (
        k + 1 < len(doc)
        and doc[k].lower_ in ("de", "d'", "d’")
        and doc[k + 1].lower_ in month_numbers()
    )
