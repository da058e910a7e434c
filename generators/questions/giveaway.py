"""An answer the card shows in another form: « la saison 2014-15 » for 2015, « 2 000 » for 2000.

`other_form` returns why a card gives its answer away, or '': a year of the answer inside a span
of the prompt (« 2014-15 », « 2014/2015 », « 2014-2015 »), a figure written with other spacing
(« 12 000 » and « 12000 »), the same checks for a cloze's gap against the rest of its sentence, and
an acronym asked of an expansion whose words' initials (small words left out) spell it.
"""

from __future__ import annotations

import re

from generators import lexicon
from generators.records import CLOZE, TRUEFALSE, Question

_SPAN = re.compile(r"(?<![\w-])((?:1[5-9]|20)\d\d)\s*[-/–]\s*(\d{2}|\d{4})(?![\w-])")
_GAP = re.compile(r"\{\{c\d+::(.*?)\}\}")


def other_form(question: Question) -> str:
    """Return why the card gives its answer away in another form, or ''."""
    gap = _GAP.search(question.prompt)
    if gap:
        answer, shown = gap.group(1), question.prompt.replace(gap.group(0), " ")
    elif question.kind in (CLOZE, TRUEFALSE):
        return ""
    else:
        answer, shown = question.answer, question.prompt
    for year in re.findall(r"(?<![\w-])(?:1[5-9]|20)\d\d(?![\w-])", answer):
        if year in _span_years(shown):
            return f"the answer's year {year} is in a span of the prompt"
    digits = re.sub(r"[\s\u202f\u00a0.]", "", answer)
    if re.fullmatch(r"\d{4,}", digits) and digits != answer.strip():
        flat = re.sub(r"(?<=\d)[\s\u202f\u00a0.](?=\d{3}(?!\d))", "", shown)
        if re.search(rf"(?<![\d,]){digits}(?![\d,])", flat):
            return f"the answer « {answer} » is in the prompt, written otherwise"
    if question.fact_type == "acronym" and _spelled(question):
        return "the expansion's initials spell the acronym asked"
    return ""


def _span_years(text: str) -> set[str]:
    """Return the years a prompt's spans cover (« 2014-15 » → 2014, 2015)."""
    years: set[str] = set()
    for first, last in _SPAN.findall(text):
        end = last if len(last) == 4 else first[:2] + last
        if int(first) < int(end) <= int(first) + 10:
            years.update({first, end})
    return years


def _spelled(question: Question) -> bool:
    """Tell an acronym answer whose letters are the initials of the prompt's quoted expansion."""
    quoted = re.search(r"«\s*(.*?)\s*»", question.prompt)
    answer = question.answer.strip().upper()
    if not quoted or not re.fullmatch(r"[A-Z]{2,8}", answer):
        return False
    small = lexicon.word_set("acronym_function_words")
    words = re.findall(r"[^\W\d_][\w-]*", quoted.group(1).replace("’", "'"))
    initials = "".join(
        w[0] for w in words if w.lower() not in small and f"{w.lower()}'" not in small
    )
    return initials.upper() == answer
