"""Figures that frame or repeat others, not new counts: « les neuf premiers mois », « ces 128 pays ».

- « sur les neuf premiers mois de l'année », « au cours des deux dernières semaines »: a rank
  (quantity_window_ranks) between the number and a period (quantity_window_periods) makes the
  period a window, the frame of another figure; « pendant neuf mois », « trois mois de prison »,
  « ses trois derniers matchs » stay counts;
- « un mois de septembre aussi pluvieux »: « un » + a period + « de <mois> » names a kind of
  month, not one month counted;
- « Ces 200 000 cas représentent … » after « près de 200 000 » earlier in the text: a figure
  after a determiner pointing back (quantity_repeat_determiners), written with the same digits
  before, is a repeat;
- « la somme n'est pas de 29 000 euros, mais de 7 754 euros »: a figure a negation denies, the
  true one given after « mais » (quantity_denials), is none.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from generators import lexicon
from generators.extract.tokens import month_numbers, text_of

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


def repeated(doc: Doc, quantity: Quantity) -> bool:
    """Return whether « ces 128 pays » writes again a figure given earlier in the text."""
    start = quantity.start
    if start == 0 or doc[start - 1].lower_ not in lexicon.word_set("quantity_repeat_determiners"):
        return False
    digits = doc[start : quantity.end].text
    if not any(c.isdigit() for c in digits):
        return False
    alone = rf"(?<!\d)(?<!\d ){re.escape(digits)}(?!,?\d)(?! \d{{3}})"  # not inside « 14 500 »
    return re.search(alone, text_of(doc)[: doc[start].idx]) is not None


_DENIAL_REACH = 4  # words between the negation and the figure it denies (« n'est pas de »)


def denied(doc: Doc, quantity: Quantity, sent: Span) -> bool:
    """Return whether « ne … pas » denies the figure and « mais » gives another one after it."""
    denials = lexicon.word_set("quantity_denials")
    before = doc[max(sent.start, quantity.start - _DENIAL_REACH) : quantity.start]
    negation = next((t for t in before if t.lower_ in denials), None)
    if negation is None or not any(
        t.lower_ in ("ne", "n'", "n’") for t in doc[max(sent.start, negation.i - 4) : negation.i]
    ):
        return False
    after = doc[quantity.end : sent.end]
    return any(
        t.lower_ == "mais" and any(u.like_num for u in doc[t.i + 1 : min(sent.end, t.i + 4)])
        for t in after
    )
