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
        if found.group(0).lower() not in not_verbs and not _noun_like(sentence, found):
            cues.append((_distance(found, where), 0, "future"))
    for found in _PAST.finditer(sentence):
        cues.append((_distance(found, where), 1, "past"))
    return min(cues)[2] if cues else "present"


def _noun_like(sentence: str, found: re.Match[str]) -> bool:
    """Tell a word that only ends like a future: a name written with a capital inside the
    sentence (« à Ferrara »), or a noun after a determiner (« aux environs de »)."""
    if found.start() > 0 and found.group(0)[:1].isupper():
        return True
    before = re.search(r"([\w’']+)\s+$", sentence[: found.start()])
    determiners = lexicon.word_set("question_future_noun_determiners")
    return before is not None and before.group(1).lower() in determiners


def _distance(found: re.Match[str], where: int) -> int:
    return min(abs(found.start() - where), abs(found.end() - where))
