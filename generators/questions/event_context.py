"""A bare part of a competition (« la quatrième étape », « la finale ») asked with the competition
the article's title names (« Tour de Valmontie 2016 : A remporte … » → « la quatrième étape du
Tour de Valmontie 2016 »): « Qui a remporté la quatrième étape ? » has no answer out of the
article. Lexicon question_competition_heads, question_event_parts."""

from __future__ import annotations

import functools
import re

from generators import lexicon

_ORDINAL = r"(?:\d+\s?(?:e|er|re|ème)|premier|première|dernier|dernière|\w+ième)"


@functools.cache
def _heads() -> dict[str, tuple[str, str]]:
    rows = (entry.split("|") for entry in lexicon.words("question_competition_heads"))
    return {head: (gender, number) for head, gender, number in rows}


def competition(title: str) -> str:
    """Return the competition a title opens on, with « de » contracted for its article (« du Tour
    de Valmontie 2016 », « de la Coupe de Brovanie »), or ''."""
    for segment in re.split(r"\s*:\s*|,\s*", title)[:2]:
        words = segment.split()
        for size in (2, 1):
            head = " ".join(words[:size]).lower()
            if len(words) > size and head in _heads():
                gender, number = _heads()[head]
                of = "des" if number == "p" else "du" if gender == "m" else "de la"
                return f"{of} {segment.strip()}"
    return ""


@functools.cache
def _bare_part() -> re.Pattern[str]:
    """« la quatrième étape », « la finale »: a part an ordinal tells, or one of its kind (!alone)."""
    entries = [entry.split() for entry in lexicon.words("question_event_parts")]
    alone = "|".join(re.escape(e[0]) for e in entries if e[1:] == ["!alone"])
    counted = "|".join(re.escape(e[0]) for e in entries)
    return re.compile(rf"(?:la|le|l['’]|les)\s*(?:{_ORDINAL}\s+(?:{counted})|(?:{alone}))s?", re.I)


def whole_of(what: str, title: str) -> str:
    """Return `what` with the competition the title names when it is a bare part of one (« la
    finale » → « la finale de la Coupe de Brovanie 2018 »), else `what` as it is."""
    whole = competition(title) if _bare_part().fullmatch(what.strip()) else ""
    return f"{what.strip()} {whole}" if whole else what
