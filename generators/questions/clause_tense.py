"""The tense of a card's clause, read from its words: past, future or present, by the verb form
nearest to a time word (« a voté mardi », « votera mardi », « vote mardi »)."""

from __future__ import annotations

import functools
import re

from generators import lexicon


@functools.cache
def _future_pattern() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in lexicon.words("question_future_words"))
    return re.compile(rf"(?<![\w-])(?:{words}|\w{{2,}}(?:ra|ront|rai|rons|rez))(?![\w-])", re.I)


_PAST = re.compile(
    r"(?<![\w-])(?:(?:ai|as|a|avons|avez|ont|avait|avaient|aurait|auraient|est|sont|était|étaient"
    r"|s['’]est|se sont)\s+(?:\w+\s+)?(?:été\s+)?\w+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|t|te|ts"
    r"|tes)|\w{3,}(?:ait|aient)|hier)(?![\w-])",
    re.I,
)


def clause_tense(sentence: str, word: str) -> str:
    """Return past, future or present: the tense of the verb nearest to `word` in `sentence`."""
    where = sentence.find(word)
    where = where if where >= 0 else 0
    not_verbs = lexicon.word_set("question_future_not_verbs")
    cues: list[tuple[int, int, str]] = []
    for found in _future_pattern().finditer(sentence):
        if found.group(0).lower() not in not_verbs:
            cues.append((_distance(found, where), 0, "future"))
    for found in _PAST.finditer(sentence):
        cues.append((_distance(found, where), 1, "past"))
    return min(cues)[2] if cues else "present"


def _distance(found: re.Match[str], where: int) -> int:
    return min(abs(found.start() - where), abs(found.end() - where))
