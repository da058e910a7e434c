"""A card that opens on « Il » or « Elle » names the article's main person instead, when sure.

« Il cumulait déjà 32 ans de pouvoir. » means nothing without the article, and the quality
filter drops it. When the title names one person (« Congo : le président X réélu ») and the
sentences before the card's, back to the last one that names anybody, name only that person
(by name, or by a role the article gives them: « le président sortant ») and no one else of the
pronoun's gender, the pronoun is that person: the card reads « X cumulait déjà 32 ans de pouvoir. ».
An impersonal « il » (« il s'agit », « il faut », « il est possible que ») stays, and so does
every other case: the filter drops the card, as before.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from generators import lexicon
from generators.french.grammar import fold
from generators.questions.index import ArticleIndex, Person
from generators.records import Question

_OPENING = re.compile(
    r"^(?P<before>(?:Complétez[^«]*«\s*|Vrai ou faux\s*:\s*)?)(?P<pronoun>Il|Elle)\s"
)
_SENTENCE_END = re.compile(r"(?<=[.!?…»])\s+(?=[«\"A-ZÀ-ÖØ-Þ])")
LOOK_BACK = 3  # sentences read back to the last one that names somebody


def name_the_pronoun(question: Question, index: ArticleIndex) -> Question:
    """Return the card with its opening « Il »/« Elle » replaced by the main person's name, when
    the article leaves no doubt (module docstring); else the card as it was."""
    found = _OPENING.match(question.prompt)
    if found is None or _impersonal(question.prompt[found.end() :]):
        return question
    gender = "m" if found.group("pronoun") == "Il" else "f"
    person = _main_person(index)
    if person is None or person.gender != gender or not _only_one(person, question, index):
        return question
    start, end = found.span("pronoun")
    return replace(question, prompt=question.prompt[:start] + person.name + question.prompt[end:])


def _impersonal(rest: str) -> bool:
    """Tell an impersonal « il »: « il s'agit », « il faut », « il est possible de … »."""
    lower = rest.lower().replace("’", "'")
    if any(lower.startswith(w) for w in lexicon.words("question_impersonal_starts")):
        return True
    return (
        re.match(r"(?:est|était|sera|serait|a été)\s+[\w-]+\s+(?:de|d'|que|qu')", lower) is not None
    )


def _main_person(index: ArticleIndex) -> Person | None:
    """Return the one person the article's title names (full or last name), or None."""
    title = str(index.header.get("title") or "")
    named = [p for p in index.people.values() if any(_names(form, title) for form in _forms(p))]
    return named[0] if len(named) == 1 and named[0].gender else None


def _only_one(person: Person, question: Question, index: ArticleIndex) -> bool:
    """Tell whether the sentences before the card's, back to the last that names anybody, name
    `person` (by name or role) and nobody else of their gender."""
    sentences = _sentences(str(index.header.get("text") or ""))
    source = " ".join(question.source.split())
    at = next((i for i, s in enumerate(sentences) if s and s[:60] == source[:60]), -1)
    if at <= 0 or _others(person, source, index):
        return False
    for sentence in reversed(sentences[max(0, at - LOOK_BACK) : at]):
        if _others(person, sentence, index):
            return False
        if _mentions(person, sentence):
            return True
        if not re.match(r"(?:Il|Elle)\s", sentence):
            return False  # a sentence that names nobody and is not about them either
    return False


def _others(person: Person, sentence: str, index: ArticleIndex) -> bool:
    """Tell whether `sentence` names another person of `person`'s gender."""
    return any(
        other is not person
        and other.gender != ("f" if person.gender == "m" else "m")
        and any(_names(form, sentence) for form in _forms(other))
        for other in index.people.values()
    )


def _mentions(person: Person, sentence: str) -> bool:
    """Tell whether `sentence` names `person`, or calls them by a role the article gives them."""
    return any(_names(form, sentence) for form in _forms(person)) or any(
        len(role.split()) >= 2 and fold(role) in fold(sentence) for role in person.roles
    )


def _forms(person: Person) -> list[str]:
    """Return the names a person goes by: full name, aliases, last name (of four letters or more)."""
    forms = {person.name, *person.aliases}
    last = person.name.split()[-1] if person.name.split() else ""
    if len(person.name.split()) > 1 and len(last) > 3:
        forms.add(last)
    return [f for f in forms if f.strip()]


def _names(form: str, text: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text.replace("’", "'")) is not None


@functools.lru_cache(maxsize=8)
def _sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE_END.split(" ".join(text.split())) if s]
