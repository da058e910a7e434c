"""The counted noun a question asks with: « combien de membres du parti X … ? » when the noun
names people by what they belong to (lexicon question_relational_units) and the article says of
what, else the bare noun."""

from __future__ import annotations

import re

from generators import lexicon

_MOST_WORDS = 7  # a complement longer than this is a clause, not the body counted from


def asked_unit(unit: str, subject: str) -> str:
    """Return `unit` with the complement `subject` gives it (« membres » + « membres du parti X »
    → « membres du parti X »), or `unit` alone."""
    if unit.lower() not in lexicon.word_set("question_relational_units"):
        return unit
    found = re.match(rf"{re.escape(unit)}\s+((?:de|du|des)\s+|d['’])(.+)$", subject.strip(), re.I)
    if found is None or len(found.group(2).split()) > _MOST_WORDS or "," in found.group(2):
        return unit
    return f"{unit} {found.group(1)}{found.group(2)}".replace("' ", "'")
