"""Checks of the main-story cards (`action` facts): their actor is someone, their clause whole.

« Qui a attiré un nombre record de visiteurs ? → Samedi »: a day the parse took for the subject is
no actor. « Qui a remporté sa troisième victoire et conforte ? »: the clause was cut after a
coordinated verb; the card reads as a fragment (its answer too: « sa victoire et conforte »).
"""

from __future__ import annotations

import re

from generators import lexicon
from generators.french.grammar import fold
from generators.records import Question


def action_problem(question: Question) -> str:
    """Return why a main-story card is not kept, or ''."""
    if question.fact_type != "action":
        return ""
    answer = fold(question.answer).removeprefix("le ").removeprefix("la ")
    dates = lexicon.word_set("french_weekdays") | lexicon.word_set("french_months")
    if answer in {fold(d) for d in dates}:
        return f"the actor « {question.answer} » is a date, not someone who acted"
    for text in (question.prompt.rstrip(" ?"), question.answer):
        cut = re.search(r"\s(et|ou|mais)\s+([a-zéèêàâîôûç][\w-]*)$", text.strip())
        if cut:
            return f"the clause is cut after « {cut.group(1)} {cut.group(2)} » (a fragment)"
    return ""
