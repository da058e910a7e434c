"""A death toll told by its cause: « La tempête a tué au moins douze personnes en deux jours ».

A story verb of lexicon/action_toll_verbs.txt whose actor is not a person, followed in its clause
by a count of people (a hedge of action_toll_hedges, a figure or a number word, a noun of
action_toll_nouns), gives the action fact a `toll` (« au moins douze ») and its `toll_noun`
(« personnes »), asked « Combien de personnes la tempête a-t-elle tuées … ? ». A cause told
with a demonstrative (« Cette vague de chaleur a tué … ») is named with « la » when it is
described in three words or more (`pointed_cause`).
"""

from __future__ import annotations

import functools
import re
from typing import Any

from generators import lexicon
from generators.french.grammar import definite

_POINTERS = frozenset({"ce", "cet", "cette", "ces"})


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


def pointed_cause(subject: Any) -> str | None:
    """Return « la vague de chaleur » for the subject « Cette vague de chaleur » of a toll: the
    demonstrative points back, but a cause of three words or more stands alone with « la »."""
    det = next((c for c in subject.children if c.dep_ == "det"), None)
    if det is None or det.lower_ not in _POINTERS or det.i != subject.left_edge.i:
        return None
    words = []
    for tok in subject.doc[det.i + 1 : subject.right_edge.i + 1]:
        if tok.is_punct or tok.pos_ in ("VERB", "AUX", "PRON", "NUM", "SCONJ", "CCONJ"):
            break
        words.append(tok.text)
    if len(words) < 3 or any(w[:1].isdigit() for w in words):
        return None
    number = "p" if "Plur" in subject.morph.get("Number") else "s"
    gender = "f" if "Fem" in subject.morph.get("Gender") else "m"
    return definite(" ".join(words), gender, number)
