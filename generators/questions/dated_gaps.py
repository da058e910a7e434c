"""A date the article told from its own day (« ce matin », « hier », « samedi »), gapped as the
day it names.

« {{c1::Ce matin}}, un homme a attaqué un passant » is no card a month later; the sentence retimed
as every card is (questions/retouch.py) is: « Le {{c1::3 mai 2021}} au matin, un homme a attaqué
un passant ». Made only when the retimed sentence names the very day extraction dated, the
relative words it replaced are gone and nothing else of the sentence was retimed.
"""

from __future__ import annotations

import re

from generators.french.dates import date_text
from generators.questions.phrasing import gapped_clause
from generators.questions.retouch import retime


def dated_gap(sentence: str, date: str, norm: str, article_date: str) -> dict[str, str]:
    """Return the gap variables (clause, span, gap, cloze_text, truncated) of `sentence` retimed,
    its relative `date` become the day `norm` (ISO) it names; {} when it is no such date."""
    if len(norm) != 10 or not date:
        return {}
    sentence = " ".join(sentence.split())
    timed = retime(sentence, article_date)
    day = date_text(norm, with_preposition=False)
    at = sentence.find(date)
    if at < 0 or timed == sentence or day in sentence or day not in timed or date in timed:
        return {}
    before, after = sentence[:at], sentence[at + len(date) :]
    if not (timed.startswith(before) and timed.endswith(after)):
        return {}  # « Demain, dimanche, … »: retiming changed more than the date asked
    gapped = gapped_clause(timed, day)
    return gapped if gapped["span"] else {}


def year_shown(year: str, sentence: str, span: str, title: str) -> bool:
    """Tell a year the card would show anyway: elsewhere in its sentence, or in the article's title."""
    if not year:
        return False
    rest = " ".join(sentence.split()).replace(span, " ", 1)
    return bool(re.search(rf"(?<!\d){year}(?!\d)", f"{rest} {title}"))
