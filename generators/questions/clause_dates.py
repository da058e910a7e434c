"""A clause is asked with its own date, not the date of a later subordinate clause.

« Léa Morel a publié une lettre annulant le congrès, qui était prévu pour le 12 juin » dates the
congress, not the letter: « Qui a publié une lettre le 12 juin 2018 ? » is wrong. A date that a
relative or subordinate clause, a plan (« prévu », « pour un lancement en … ») or a « que » clause
carries between the asked verb and the date belongs to that clause (word list:
lexicon/question_clause_openers.txt); the card is asked without it, or not at all when the date
was what made it specific.
"""

from __future__ import annotations

import functools
import re

from generators import lexicon


@functools.cache
def _openers() -> re.Pattern[str]:
    words = sorted(lexicon.words("question_clause_openers"), key=len, reverse=True)
    alternatives = "|".join(re.escape(w).replace("'", "['’]").replace(r"\ ", r"\s+") for w in words)
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.I)


@functools.cache
def _months() -> str:
    return "|".join(lexicon.words("french_months"))


def date_position(sentence: str, date: str) -> tuple[int, int] | None:
    """Return where the sentence writes `date` (« le 12 juin 2018 » is found as « 12 juin »)."""
    months = _months()
    day = re.search(rf"(\d{{1,2}}|1er) ({months})", date, re.I)
    month = re.search(rf"({months}) ((?:1[5-9]|20)\d\d)", date, re.I)
    year = re.search(r"(?:1[5-9]|20)\d\d", date)
    if day:
        pattern = rf"(?<!\d){re.escape(day.group(1))}\s+{day.group(2)}"
    elif month:
        pattern = rf"{month.group(1)}\s+{month.group(2)}"
    elif year:
        pattern = rf"(?<!\d){year.group(0)}(?!\d)"
    else:
        return None
    found = list(re.finditer(pattern, sentence, re.I))
    return (found[0].start(), found[0].end()) if len(found) == 1 else None


def other_clause_date(sentence: str, anchor: str, date: str) -> bool:
    """Tell whether `date` belongs to another clause than the words `anchor` (the asked verb and
    its object) in `sentence`: a clause opener stands between them."""
    sentence = " ".join(sentence.split())
    where = date_position(sentence, date)
    at = sentence.find(anchor) if anchor else -1
    if where is None or at < 0:
        return False
    end = at + len(anchor)
    if where[0] >= end:
        return bool(_openers().search(sentence[end : where[0]]))
    if where[1] <= at:  # « Le sommet, qui était prévu le 12 juin, a été annulé »
        segment = sentence[sentence.rfind(",", 0, where[0]) + 1 : where[0]]
        return bool(_openers().search(segment)) and "," in sentence[where[1] : at]
    return False
