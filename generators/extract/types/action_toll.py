"""A death toll told by its cause: « La tempête a tué au moins douze personnes en deux jours ».

A story verb of lexicon/action_toll_verbs.txt whose actor is not a person, followed in its clause
by a count of people (a hedge of action_toll_hedges, a figure or a number word, a noun of
action_toll_nouns), gives the action fact a `toll` (« au moins douze ») and its `toll_noun`
(« personnes »), asked « Combien de personnes la tempête a-t-elle tuées … ? ».
"""

from __future__ import annotations

import functools
import re
from typing import Any

from generators import lexicon


@functools.cache
def _pattern() -> re.Pattern[str]:
    hedges = "|".join(re.escape(h) for h in lexicon.words("action_toll_hedges"))
    counts = "|".join(
        re.escape(w) for w in lexicon.words("numbers_words") if w not in ("un", "une")
    )
    nouns = "|".join(re.escape(n.split()[0]) for n in lexicon.words("action_toll_nouns"))
    return re.compile(
        rf"(?<![\w,.])((?:(?:{hedges})\s+)?(?:\d+(?:[\u00a0\u202f ]\d{{3}})*|(?:{counts})(?:-(?:{counts}))*))"
        rf"\s+({nouns})(?![\w-])",
        re.IGNORECASE,
    )


def toll(doc: Any, verb: Any, sent: Any) -> dict[str, str]:
    """Return the toll of « a tué au moins douze personnes » (count and noun), or {}: the first
    count of people after the verb, in its clause (before « ; », « : » or a quote)."""
    if verb.lemma_.lower() not in lexicon.word_set("action_toll_verbs"):
        return {}
    after = re.split(r"[;:«»\"()]", doc[verb.i + 1 : sent.end].text)[0]
    found = _pattern().search(after)
    if found is None or re.match(r"\s+(?:et|ou)\s", after[found.end() :]):
        return {}  # « 60 policiers et soldats »: the count is not the policemen's alone
    return {"toll": " ".join(found.group(1).split()), "toll_noun": found.group(2).lower()}
