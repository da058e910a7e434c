"""A role card needs a person the article is about, and a role the article teaches.

Blind judges label « Quelle fonction X occupait-il ? » useless when X is named once in passing (a
complement of another noun, « l'armée du président X »; a comparison, « comme le champion X »; an
anonymous witness, « X, un retraité de 58 ans ») and when the role is general knowledge (the head
of state or government of a big country: « président des États-Unis », « président français »).
`role_problem` tells both, for every card of a `person_role` fact (either way: the role asked of
the person, or the person asked of the role). A person counts as named once when one sentence of
the article (its text when the header carries it, else its facts' sentences) names them, the title
does not, and no other fact (a quote, an action, a succession, a lead) gives them a part.

`is_dead` tells a person the article reports dead (« X est mort », « le décès de X »): their
trade or post is asked in the past (`in_the_past`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import replace

from generators import lexicon
from generators.french.grammar import flat, fold
from generators.questions.index import ArticleIndex
from generators.records import Fact, Question

_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[«\"A-ZÀ-ÖØ-Þ])")


def role_problem(question: Question, index: ArticleIndex) -> str:
    """Return why a card on a person's role is not worth learning, or ''."""
    fact = _fact_of(question, index)
    if fact is None or fact.type != "person_role":
        return ""
    role = str(fact.get("role") or "")
    if known_head(role):
        return f"« {role} » of a big country is general knowledge, not the article's"
    person = str(fact.get("person") or "")
    if person and side_figure(person, role, index):
        return f"« {person} » is named once, in passing: a side figure of the article"
    return ""


def known_head(role: str) -> bool:
    """Tell the role of the head of state or government of a big country, or a role one famous
    person holds in the world (lexicon question_known_roles: « pape »): general knowledge."""
    text = re.sub(r"^(?:le|la|l')\s*", "", fold(role).replace("’", "'").strip())
    if text in _folded("question_known_roles"):
        return True  # « pape »: one in the world
    heads = sorted(_folded("question_head_roles"), key=len, reverse=True)
    head = next((h for h in heads if text == h or text.startswith(h + " ")), "")
    if not head:
        return False
    if text == head:
        return head in _folded("question_known_countries") or "republique" in head
    rest = re.sub(r"^(?:de la |de l'|du |des |de |d')", "", text[len(head) :].strip())
    return rest in _folded("question_known_countries")


def side_figure(person: str, role: str, index: ArticleIndex) -> bool:
    """Tell a person named once: an anonymous witness, or named in passing with no other part."""
    forms = _forms(person, index)
    title = str(index.header.get("title") or "")
    if not forms or any(_find(form, title) for form in forms):
        return False
    named = [s for s in _sentences(index) if any(_find(form, s) for form in forms)]
    if len(named) != 1:
        return False
    sentence = " ".join(named[0].replace("’", "'").split())
    found = min((m for form in forms if (m := _find(form, sentence))), key=lambda m: m.start())
    before = sentence[: found.start()].strip()
    if before and not before.endswith(",") and _anonymous(sentence[found.end() :], role):
        return True  # « …, a déclaré X, un retraité de 58 ans »: a voice, not a figure
    return not _acts(person, index) and _in_passing(sentence[: found.start()], role)


def _in_passing(before: str, role: str) -> bool:
    """Tell « … du président | comme le champion » just before the name: a complement."""
    text = before.rstrip(" ,")
    shown = " ".join(role.replace("’", "'").replace("' ", "'").split())
    joined = text.replace("' ", "'")
    if shown and joined.lower().endswith(shown.lower()):
        text = joined[: len(joined) - len(shown)]
    words: list[str] = re.findall(r"[\w-]+'?", text.lower())
    if words and words[-1] in ("le", "la", "l'", "les") and len(words) > 1:
        return words[-2] in _PASSING or words[-2] == "comme"  # « de la ministre X », « comme le … »
    return bool(words) and words[-1] in _PASSING


_PASSING = lexicon.word_set("question_passing_words")


def _anonymous(after: str, role: str) -> bool:
    """Tell « X, un soldat retraité de 58 ans »: a person the article describes, not presents."""
    found = re.match(r"\s*,\s*(?:un|une)\s+(.+)", after)
    return bool(found and role and found.group(1).lower().startswith(fold(role)[:4].lower()))


def _acts(person: str, index: ArticleIndex) -> bool:
    """Tell whether another fact gives the person a part: a quote, an action, a succession (a lead
    is a role too, often read from the same words)."""
    key = index.person(person)
    for fact in index.facts:
        if fact.type == "person_role":
            continue
        for name in ("speaker", "actor", "successor", "predecessor"):
            value = str(fact.get(name) or "")
            if value and (index.person(value) is key if key else fold(value) == fold(person)):
                return True
    return False


def _forms(person: str, index: ArticleIndex) -> list[str]:
    """Return the names the article may call a person by: full name, aliases, last name."""
    found = index.person(person)
    names = {person, *(found.aliases if found else ())}
    words = person.split()
    if len(words) > 1 and len(words[-1]) > 3 and words[-1][:1].isupper():
        names.add(words[-1])
    return sorted((n for n in names if n.strip()), key=len, reverse=True)


def _find(form: str, text: str) -> re.Match[str] | None:
    return re.search(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text.replace("’", "'"))


def _sentences(index: ArticleIndex) -> list[str]:
    """Return the article's sentences (its text when the header carries it, else its facts')."""
    text = str(index.header.get("text") or "")
    if text:
        return [s for s in _SENTENCE_END.split(" ".join(text.split())) if s]
    return list(dict.fromkeys(f.sentence for f in index.facts))


def _fact_of(question: Question, index: ArticleIndex) -> Fact | None:
    return next((f for f in index.facts if f.id == question.fact_id), None)


@functools.cache
def _folded(name: str) -> frozenset[str]:
    return frozenset(fold(w).replace("’", "'") for w in lexicon.words(name))


_DEATH_NOUNS = re.compile(r"décès|mort|obsèques|funérailles", re.IGNORECASE)


def is_dead(person: str, index: ArticleIndex) -> bool:
    """Tell whether the article reports `person` dead (« X est mort », « la mort de l'acteur X »)."""
    forms = _forms(person, index)
    deaths = "|".join(re.escape(w) for w in lexicon.words("question_death_words"))
    texts = [*_sentences(index), str(index.header.get("title") or "")]
    for text in texts:
        one_line = flat(text)
        mourned = _DEATH_NOUNS.search(one_line) is not None  # what `before` needs
        for form in forms:
            if not mourned and form not in one_line:
                continue  # `after` needs the name as written, `before` a death noun
            name = re.escape(form)
            after = rf"(?<![\w-]){name}(?![\w-])(?:,[^,]{{0,60}},)?(?:\s+[\w-]+){{0,2}}\s+(?:{deaths})(?![\w-])"
            before = rf"(?:décès|mort|obsèques|funérailles)\s+d(?:e|u|')\s*(?:[a-zé'-]+\s+){{0,3}}{name}(?![\w-])"
            if re.search(after, one_line) or re.search(before, one_line, re.IGNORECASE):
                return True
    return False


def in_the_past(question: Question, index: ArticleIndex) -> Question:
    """Return a card on a dead person's role asked in the past (« Quel était le métier de X ? »)."""
    fact = _fact_of(question, index)
    if fact is None or fact.type != "person_role" or not is_dead(str(fact.get("person")), index):
        return question
    prompt = question.prompt
    for present, past in _past_forms():
        prompt = re.sub(present, past, prompt)
    return replace(question, prompt=prompt) if prompt != question.prompt else question


@functools.cache
def _past_forms() -> Sequence[tuple[str, str]]:
    """Return (present, past) rewrites of lexicon/question_past_forms.txt (« present => past »)."""
    pairs = (line.split("=>") for line in lexicon.words("question_past_forms"))
    return tuple((rf"(?<![\w-]){re.escape(a.strip())}(?![\w-])", b.strip()) for a, b in pairs)
