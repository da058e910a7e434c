"""« vers 21 heures »: an hour of the day is a side detail of its event, not a figure to learn.

`hour_asked` tells a card whose answer is an hour (« 21 h 30 »), or a bare figure the sentence
gives as an hour after a word of time (lexicon question_hour_words: « vers 21 h »): a gapped card
by its gap's own place (« vers {{c1::22}} h » is the hour, « {{c1::22}} morts … vers 22 h » and
« {{c1::8}} heures de marche » are not), any other by the source sentence.
"""

from __future__ import annotations

import re

from generators import lexicon
from generators.questions.index import ArticleIndex
from generators.records import Question

_HOUR = "asks an hour of the day (a side detail)"


def hour_asked(question: Question, index: ArticleIndex) -> str:
    """« vers 21 heures »: the hour of the day is a side detail of its event."""
    if re.fullmatch(r"\d{1,2} ?h(?: ?\d{2})?", question.answer.strip()):
        return _HOUR
    number = re.fullmatch(r"\d{1,2}", question.answer.strip())
    if not number or question.fact_type not in ("quantity", ""):
        return ""
    words = "|".join(re.escape(w) for w in lexicon.words("question_hour_words"))
    gapped = "…" in question.prompt or "{{c" in question.prompt  # the gap says which figure
    figure = r"(?:\{\{c\d+::\d{1,2}\}\}|…)" if gapped else number.group(0)
    text = (question.prompt if gapped else question.source).lower().replace("’", "'")
    if re.search(rf"(?<![\w-])(?:{words})\s+{figure}\s*(?:h|heures?)(?![\w-])", text):
        return _HOUR
    return ""
