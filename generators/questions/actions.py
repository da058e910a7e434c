"""How an action clause is asked: whether « Qui » can ask its actor, the figure its object opens
on, the verb's participle as « X a revendiqué … » uses it."""

from __future__ import annotations

import re

from generators import lexicon
from generators.french.grammar import fold
from generators.questions.phrasing import strip_article


def asked_who(actor: str, is_person: bool) -> bool:
    """Tell whether « Qui » asks for the actor: a person, an institution or a named body; never a thing."""
    head = fold(strip_article(actor)).split()[:1]
    return (
        is_person
        or bool(head and head[0] in lexicon.word_set("action_institutions"))
        or strip_article(actor)[:1].isupper()
    )


_FIGURE = re.compile(
    r"^(?:(?:environ|près de|plus de|moins de|quelque)\s+)?\d+(?:[\u00a0\u202f .,]\d+)*"
    r"(?:\s*%|\s+(?!en\b|dans\b|à\b|au\b|de\b|le\b|la\b)[^\W\d_][\w’'-]*)?"
)


def figure_of(text: str) -> str:
    """Return the figure an object opens on, hedge and unit kept (« 14 km vers le sud » → « 14 km »)."""
    found = _FIGURE.match(" ".join(text.split()))
    return found.group(0).strip(" .,") if found else ""


def active_participle(lemma: str) -> str:
    """Return the verb's participle unagreed, as « X a revendiqué … » uses it (lexicon data)."""
    for line in lexicon.words("action_verbs"):
        parts = line.split()
        if len(parts) >= 2 and parts[0] == lemma:
            return parts[1]
    return ""
