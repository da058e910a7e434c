"""Checks on a person's role before a card asks it (questions/forms.py runs them): a place in a
ranking or an outcome is no function, a post not held yet is not asked as held, a role that does
not say which place or of what has several right answers. Also `folded`, which forms.py shares."""

from __future__ import annotations

import functools
import re

from generators import lexicon
from generators.french.grammar import flat, fold
from generators.questions.roles import just_elected, role_class, taken_later
from generators.records import Fact, Question


@functools.cache
def folded(name: str) -> frozenset[str]:
    """Return a lexicon's entries folded (no accents, lower case, apostrophes as spaces)."""
    return frozenset(fold(w).replace("'", " ").replace("’", " ") for w in lexicon.words(name))


def ranking_role(question: Question, fact: Fact) -> str:
    """« leader du classement »: a place in a ranking at one moment is no role to ask."""
    if fact.type != "person_role":
        return ""
    role = fold(str(fact.get("role") or ""))
    found = set(role.split()) & folded("question_ranking_words")
    if found:
        return f"« {fact.get('role')} » is a place in a ranking, not a role"
    head = role.split()[0] if role.split() else ""
    for entry in lexicon.words("question_outcome_roles"):
        word, _, only = entry.partition(" ")
        deed = only.startswith("!of ") and bool(set(role.split()[1:]) & set(only.split()[1:]))
        if head == word and (not only or (only == "!bare" and role == word) or deed):
            return f"« {fact.get('role')} » tells an outcome, not a function"
    return ""


def not_held_yet(question: Question, fact: Fact) -> str:
    """« A sera le prochain président de X », « le vice-président sera A »: a post not held yet is
    no answer to « Qui dirige X ? » or « Quelle fonction A occupe-t-il ? » (people_future_copulas)."""
    if fact.type == "person_role":
        held, holder = flat(str(fact.get("role") or "")), str(fact.get("person") or "")
    elif fact.type == "leads":
        held, holder = flat(str(fact.get("entity") or "")), str(fact.get("leader") or "")
    else:
        return ""
    if not held:
        return ""
    if _taken_later(flat(fact.sentence), held, holder):
        return f"« {held} » is taken later (an announced succession)"
    if just_elected(flat(fact.sentence), held, 3 if fact.type == "person_role" else 6):
        return f"« {held} » was just won in an election (it may be taken only later)"
    futures = _futures()
    start = re.escape(" ".join(held.split()[:2]))
    sentence = flat(fact.sentence)
    before = rf"(?<![\w-])(?:{futures})\s+(?:[\w'-]+\s+){{0,5}}?{start}"
    after = rf"{re.escape(held)}\s+(?:{futures})(?![\w-])"
    if re.search(before, sentence, re.IGNORECASE) or re.search(after, sentence, re.IGNORECASE):
        return f"« {held} » is not held yet (a future or conditional copula)"
    return ""


def _taken_later(sentence: str, held: str, holder: str) -> bool:
    """« X succédera à Y … à la tête de Z », « X prendra ses fonctions de directeur de Z »: the
    holder named before a verb announcing a post taken later (roles.taken_later), the post after."""
    found = taken_later(sentence)
    if found is None or not holder.split():
        return False
    where = sentence.lower().find(held.split()[0].lower() + " ", found.end())
    return where >= 0 and holder.split()[-1] in sentence[: found.start()]


def unnamed_place(question: Question, fact: Fact) -> str:
    """« maire de la ville », « préfet de la région »: the role does not say which place."""
    if fact.type != "person_role":
        return ""
    role = flat(str(fact.get("role") or "")).lower()
    places = "|".join(re.escape(p) for p in lexicon.words("question_bare_places"))
    found = re.search(rf"(?<![\w-])(?:de la|du|de l'|des)\s*(?:{places})$", role)
    return f"« {fact.get('role')} » does not say which place" if found else ""


def bare_function(question: Question, fact: Fact) -> str:
    """« Quelle fonction X occupait-il ? → consultant » (« ministre », « président sortant »): a
    post that names neither its body nor its place has several right answers."""
    role = flat(str(fact.get("role") or ""))
    if fact.type != "person_role" or role_class(role) != "function":
        return ""
    rest = f" {fold(role)} "
    for filler in sorted(folded("question_title_fillers"), key=len, reverse=True):
        rest = rest.replace(f" {filler} ", " ")
    if len(rest.split()) == 1 and rest.strip() in folded("question_bare_posts"):
        return f"« {role} » does not say of what (several right answers)"
    return ""


_SPEAKER_WORDS = frozenset({"notre", "nos", "mon", "ma", "mes", "votre", "vos"})


@functools.cache
def _futures() -> str:
    """Return the future and conditional copulas (lexicon people_future_copulas) as an alternation."""
    return "|".join(re.escape(w) for w in lexicon.words("people_future_copulas"))


def speaker_possessive(question: Question, fact: Fact) -> str:
    """« candidat de notre famille politique »: a role said in a speaker's words names nothing
    outside the quotation (whose family?)."""
    if fact.type == "person_role":
        held = str(fact.get("role") or "")
    elif fact.type == "leads":
        held = str(fact.get("entity") or "")
    else:
        return ""
    found = set(held.split()) & _SPEAKER_WORDS  # lower case: « Notre-Dame » is a name
    return f"« {held} » is said from a speaker's side (« {min(found)} »)" if found else ""
