"""One right answer: a « Qui … ? » card is dropped when another person of the article fits it too.

« Qui dirigeait le service en mars 2018 ? » when the article names two heads of that service,
« Qui est le ministre de l'Intérieur ? » when one minister hands the post over to another,
« Qui a remporté la médaille d'or ? » when two athletes won one: each has two right answers.
« Qui dirige la Cour ? » names no court at all (a bare institution noun, lexicon
question_bare_institutions): which one, weeks later, without the article?
"""

from __future__ import annotations

import functools
import re

from generators import lexicon
from generators.french.grammar import fold
from generators.questions.index import ArticleIndex, is_rank
from generators.questions.phrasing import strip_article
from generators.questions.referents import referent_nouns
from generators.questions.roles import role_class
from generators.records import Fact, Question


def second_answer(question: Question, fact: Fact, index: ArticleIndex) -> str:
    """Return why a « Qui … ? » card has another right answer (or names nothing), or ''."""
    template = question.template
    if template.startswith("leads-qui-dirige"):
        return _bare_entity(fact) or _rival_leader(fact, index)
    if template.startswith("role-qui"):
        return _bare_body_of(str(fact.get("role") or "")) or _rival_holder(fact, index)
    if template.startswith("action-qui"):
        return (
            _shared_medal(fact)
            or _their_object(fact)
            or _vague_object(question, fact)
            or _rival_actor(fact, index)
            or _other_race(question, fact, index)
            or _title_pair(fact, str(index.header.get("title") or ""))
        )
    if template in _FUNCTION_ASKED:
        return _other_function(fact, index)
    return ""


# « Quelle fonction X occupait-il en mai ? »: open questions whose answer is one of the person's roles
_FUNCTION_ASKED = ("person-fonction", "person-fonction-neutre", "person-fonction-passe")


def _other_function(fact: Fact, index: ArticleIndex) -> str:
    """The person holds another function at the same time in the article (« évêque de X et
    administrateur de Y »): « Quelle fonction … ? » has two right answers."""
    person = str(fact.get("person") or "")
    role = fold(str(fact.get("role") or ""))
    for other in index.facts:
        if other.type != "person_role" or other.id == fact.id:
            continue
        if bool(other.get("past")) != bool(fact.get("past")):
            continue
        held = str(other.get("role") or "")
        if fold(held) == role or role_class(held) != "function" or is_rank(held):
            continue
        if _same_person(str(other.get("person") or ""), person, index):
            return f"{person} also holds « {held} » in the article: two right answers"
    return ""


def _same_person(one: str, other: str, index: ArticleIndex) -> bool:
    """Tell two names of one person (« Marc Durand », « Durand », « M. Durand »)."""
    if fold(one) == fold(other):
        return True
    first, second = index.person(one), index.person(other)
    return first is not None and first is second


@functools.cache
def _institutions() -> frozenset[str]:
    return lexicon.word_set("question_bare_institutions") | referent_nouns()


def _bare_entity(fact: Fact) -> str:
    """« la Cour », « le Bureau », « le conseil »: an institution noun alone names none."""
    entity = strip_article(str(fact.get("entity") or ""))
    if _is_bare_body(entity):
        return f"« {entity} » alone names no one body (which one?)"
    return ""


def _is_bare_body(text: str) -> bool:
    """Tell an institution noun alone (« Cour », « le bureau »), whatever its capital, or any one
    lower-case noun alone (« la région », « l'hôpital »)."""
    bare = strip_article(text.replace("’", "'")).strip()
    if re.fullmatch(r"[a-zéèêàâîôûç][\w-]*", bare):
        return True
    return fold(bare) in {fold(w) for w in _institutions()}


def _bare_body_of(role: str) -> str:
    """« la présidente de la Cour »: a head title of a bare institution noun names no one post."""
    text = role.replace("’", "'")
    for title in lexicon.words("leads_titles"):
        found = re.fullmatch(
            rf"{re.escape(title)}\s+(?:de la|de l'|du|des|de|d')\s*(.+)", text, re.IGNORECASE
        )
        if found and _is_bare_body(found.group(1)):
            return f"« {role} » names no one body (which {found.group(1)}?)"
    return ""


def _rival_leader(fact: Fact, index: ArticleIndex) -> str:
    """Another person of the article heads the same body: a leads fact or a head title of it."""
    leader = str(fact.get("leader") or "")
    entity = fold(strip_article(str(fact.get("entity") or "")))
    if not entity:
        return ""
    for other in index.facts:
        if other.type != "leads" or other.id == fact.id:
            continue
        rival = str(other.get("leader") or "")
        same_body = fold(strip_article(str(other.get("entity") or ""))) == entity
        if same_body and index.is_person(rival) and not _same_person(rival, leader, index):
            return f"{rival} also leads {fact.get('entity')} in the article (two right answers)"
    for person in index.people.values():
        if _same_person(person.name, leader, index):
            continue
        if any(_heads(role, entity) for role in person.roles):
            return f"{person.name} also heads {fact.get('entity')} in the article"
    return ""


def _heads(role: str, entity: str) -> bool:
    """Tell a head title of `entity` (« présidente de la Cour des comptes » of « Cour des comptes »)."""
    text = fold(role.replace("’", "'"))
    if not text.endswith(entity):
        return False  # every pattern below ends on the entity
    for title in lexicon.words("leads_titles"):
        head = re.escape(fold(title))
        link = r"(?:de la|de l|du|des|de|d)\s+"  # folded: « de l' » reads « de l »
        if re.fullmatch(rf"{head}\s+{link}{re.escape(entity)}", text):
            return True
    return False


def _rival_holder(fact: Fact, index: ArticleIndex) -> str:
    """Another person holds, takes or held the same post (a successor, a second holder)."""
    person = str(fact.get("person") or "")
    role = fold(str(fact.get("role") or ""))
    for name in index.holders(role):
        if not _same_person(name, person, index):
            return f"{name} also holds « {fact.get('role')} » in the article"
    for other in index.facts:
        if other.type != "succession" or fold(str(other.get("role") or "")) != role:
            continue
        for key in ("successor", "predecessor"):
            name = str(other.get(key) or "")
            if name and index.is_person(name) and not _same_person(name, person, index):
                return f"{name} also holds « {fact.get('role')} » in the article (a succession)"
    return ""


def _shared_medal(fact: Fact) -> str:
    """A medal won at a competition of many events (« le bronze aux Jeux de Brovanie »): without
    its discipline, every event's medallist answers « Qui a remporté le bronze … ? »."""
    won = fold(strip_article(str(fact.get("object") or ""))).replace("’", "'")
    if fact.get("kind") == "win" and _medal_pattern().fullmatch(won):
        return "a medal without its discipline has many winners"
    return ""


@functools.cache
def _medal_pattern() -> re.Pattern[str]:
    """The medal alone, or its competition after it (« aux Jeux de X »), not its event (« du
    slalom »): folded words of lexicon question_medal_objects."""
    medals = "|".join(re.escape(fold(word)) for word in lexicon.words("question_medal_objects"))
    return re.compile(rf"(?:{medals})(?:\s+(?:aux?|à|lors)\b.*)?")


def _their_object(fact: Fact) -> str:
    """« Qui a annoncé leur ratification ? »: « leur » names others the card does not say."""
    words = str(fact.get("object") or fact.get("complement") or "").lower().split()
    if words[:1] in (["leur"], ["leurs"]):
        return "« leur » in the object refers to people the card does not name"
    return ""


def _vague_object(question: Question, fact: Fact) -> str:
    """« Qui a lancé un appel en avril 2016 ? »: an indefinite object of one noun, said with no
    more than a date, fits anyone who did the like that month."""
    predicate = re.escape(str(fact.get("predicate") or ""))
    asked = question.prompt.replace("’", "'")
    dates = r"(?:\s+(?:en|le|dans la nuit)\s+[^?]*?\d{4})?"  # « en avril 2016 », « le 3 mai 2016 »
    if predicate and re.fullmatch(rf"Qui {predicate} (?:une?|des) [\w-]+{dates} \?", asked):
        return "an indefinite object of one noun has many doers"
    return ""


def _title_pair(fact: Fact, title: str) -> str:
    """The title gives the action two actors (« A et B ratifient l'accord »), the sentence one:
    « Qui a ratifié l'accord ? » has both for answers."""
    lemma = fold(str(fact.get("verb") or ""))
    stem = lemma[:-2] if lemma.endswith(("er", "ir", "re")) else lemma
    actor = fold(strip_article(str(fact.get("actor") or ""))).split()
    if len(stem) < 4 or not actor:
        return ""
    for segment in re.split(r"\s*:\s*", fold(title)):
        verb = re.search(rf"\b{re.escape(stem)}\w*", segment)
        before = segment[: verb.start()] if verb else ""
        if verb and " et " in f" {before} " and actor[0] in before.split():
            return "the title names two actors of this action"
    return ""


def _rival_actor(fact: Fact, index: ArticleIndex) -> str:
    """Another actor of the article did the same thing (same verb, same object or complement)."""
    actor = str(fact.get("actor") or "")
    for other in index.facts:
        if other.type != "action" or other.id == fact.id or not _same_deed(fact, other):
            continue
        rival = str(other.get("actor") or "")
        if rival and not _same_person(rival, actor, index):
            return f"{rival} also {fact.get('predicate')} in the article (two right answers)"
    return ""


def _other_race(question: Question, fact: Fact, index: ArticleIndex) -> str:
    """A win of a woman when the article tells a man's win too (or the reverse): « Qui a remporté
    l'épreuve ? » fits the winner of the other race unless the card names its race (lexicon
    question_race_qualifiers: « féminine », « chez les hommes »)."""
    if fact.get("kind") != "win" or not fact.get("actor_is_person"):
        return ""
    gender = fact.get("gender")
    prompt = f" {fold(question.prompt)} "
    if gender not in ("m", "f") or any(
        f" {fold(word)} " in prompt for word in lexicon.words("question_race_qualifiers")
    ):
        return ""
    for other in index.facts:
        if other.type != "action" or other.get("kind") != "win" or not other.get("actor_is_person"):
            continue
        rival = other.get("gender") in ("m", "f") and other.get("gender") != gender
        if rival and not _two_events(fact, other):
            return f"{other.get('actor')} won the other race of the article (two right answers)"
    return ""


def _two_events(fact: Fact, other: Fact) -> bool:
    """Tell two wins whose words name two events: one kind, two disciplines (« la médaille d'or en
    descente », « … en slalom »), or two places (« la course de Vossberg », « le marathon de Lormes »)."""
    words = [_event_words(f) for f in (fact, other)]
    mine, theirs = words
    if mine & theirs and mine - theirs and theirs - mine:
        return True
    names = [{w for w in ws if w[:1].isupper()} for ws in words]
    return bool(names[0] and names[1] and names[0] != names[1])


def _event_words(fact: Fact) -> set[str]:
    text = f"{fact.get('object') or ''} {fact.get('complement') or ''}".replace("’", "'")
    return {w for w in re.findall(r"[\w-]{4,}", text) if fold(w) not in ("dans", "pour", "avec")}


def _same_deed(fact: Fact, other: Fact) -> bool:
    """Tell two actions of one kind: same verb and voice, same object or same complement."""
    if fold(str(fact.get("verb") or "")) != fold(str(other.get("verb") or "")):
        return False
    if fact.get("voice") != other.get("voice"):
        return False
    for key in ("object", "complement"):
        mine, theirs = _deed_words(fact.get(key)), _deed_words(other.get(key))
        if mine and mine == theirs:
            return True
    return False


def _deed_words(value: object) -> str:
    """Return an object or complement reduced for comparison (no article, folded)."""
    return fold(strip_article(str(value or "")).replace("’", "'")).strip(" .,")
