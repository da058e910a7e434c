"""A head of state's post named by the article's country: « Qui a été élu président ? » (of what?)
→ « Qui a été élu président de la Vanlandie en mai 2031 ? ».

An appointment whose object is a bare head-of-state title (lexicon leads_state_titles:
« président », « roi ») names no post: several right answers, and the quality filter drops it
(`forms._unnamed_post`). When the article is about one country (its title names it, or its text
names it far more often than any other: `extract.article_place.dominant_country`, read here from
the sentences of its facts), that country is the post's: the card asks « président de <pays> »,
or the post as the article writes it elsewhere (« président de la République »).
A title with its own complement, an article about no single country, a sentence or title naming
another body a president heads (« club », « jury »: lexicon leads_bare_title_blockers) or a person
the article gives another body's title is left as it was.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from generators import lexicon
from generators.french.countries import dominant_country, of_country, state_complement
from generators.french.grammar import contract, fold
from generators.questions.index import ArticleIndex
from generators.records import Question

APPOINTING = frozenset(("élire", "réélire", "nommer", "désigner", "investir", "choisir"))


def own_post(question: Question, index: ArticleIndex) -> Question:
    """Return `question` with an unnamed post named (by the article's country, by the actor's title)."""
    return titled_own_post(countried_post(question, index), index)


def countried_post(question: Question, index: ArticleIndex) -> Question:
    """Return `question` with a bare head-of-state post completed by the article's country."""
    fact = next((f for f in index.facts if f.id == question.fact_id), None)
    if fact is None or fact.type != "action" or str(fact.get("verb") or "") not in APPOINTING:
        return question
    post = str(fact.get("object") or fact.get("complement") or "").strip()
    if fold(post) not in _state_titles() or not question.template.startswith("action-"):
        return question
    found = re.search(
        rf"(?<![\w-]){re.escape(post)}(?![\w-])(?!\s+(?:de|du|des|d['’]))", question.prompt
    )
    if found is None:
        return question
    country = _country(index)
    if not country or _other_body(fact.sentence, str(index.header.get("title") or "")):
        return question
    person = index.person(str(fact.get("actor") or ""))
    titled = [r for r in (person.roles if person else []) if names_its_body(r, post)]
    if any(not state_complement(r.lower()) for r in titled):
        return question  # « président de la Fédération » elsewhere: that body's head
    named = (titled[0] if titled else f"{post} {of_country(country)}").replace("'", "’")
    return replace(
        question, prompt=question.prompt[: found.start()] + named + question.prompt[found.end() :]
    )


def titled_own_post(question: Question, index: ArticleIndex) -> Question:
    """« Le chef d'état-major X a annoncé la démission de son poste »: the post the actor's title
    names is the one « son poste » means; asked « … de son poste de chef d'état-major ? » → X."""
    fact = next((f for f in index.facts if f.id == question.fact_id), None)
    if fact is None or fact.type != "action" or not question.template.startswith("action-qui"):
        return question
    actor = " ".join(str(fact.get("actor") or "").replace("’", "'").split())
    person = next(
        (p for p in index.people.values() if actor.endswith(" " + p.name) and p.name != actor),
        None,
    )
    if person is None:
        return question
    title = re.sub(r"^(?:le|la|l')\s*", "", actor[: -len(person.name)].strip(), flags=re.I)
    if not title or not re.fullmatch(r"[\w' -]+", title):
        return question
    prompt = question.prompt.replace("’", "'")
    own = next((p for p in lexicon.words("question_own_posts") if p in prompt), "")
    if not own or names_its_body(prompt, own.split()[-1]):
        return question
    post = title[:1].lower() + title[1:] if not title[1:2].isupper() else title
    named = prompt.replace(own, f"{own} {contract('de', post)}", 1).replace("'", "’")
    answer = person.name
    return replace(
        question, prompt=named, answer=answer, accept=(*question.accept, question.answer)
    )


def names_its_body(prompt: str, post: str) -> bool:
    """Tell whether the prompt gives the post its complement (« président du Brésil »)."""
    return bool(re.search(rf"(?<![\w-]){re.escape(post)}\s+(?:de|du|des|d['’])", prompt))


def _other_body(sentence: str, title: str) -> bool:
    """Tell whether the sentence or the title names a body a president may head that is no state
    (lexicon leads_bare_title_blockers: « club », « jury », « fédération »)."""
    words = set(re.findall(r"[\w-]+", fold(f"{sentence} {title}")))
    return not words.isdisjoint(fold(w) for w in lexicon.words("leads_bare_title_blockers"))


def _country(index: ArticleIndex) -> str | None:
    """Return the country the article is about, from its title and its facts' sentences."""
    body = " ".join(dict.fromkeys(f.sentence for f in index.facts))
    return dominant_country(str(index.header.get("title") or ""), body)


@functools.cache
def _state_titles() -> frozenset[str]:
    return frozenset(fold(t) for t in lexicon.words("leads_state_titles"))
