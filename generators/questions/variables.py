"""The variables a template sees, per fact type: one function per type in a registry."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import Any

from generators import lexicon
from generators.french import grammar as french
from generators.french.dates import date_text
from generators.french.grammar import Phrase, fold
from generators.questions import actions
from generators.questions.clause_dates import other_clause_date
from generators.questions.dated_gaps import dated_gap, year_shown
from generators.questions.index import (
    ArticleIndex,
    Person,
    expansion_phrase,
    grade_of,
    is_descriptive,
    is_rank,
    is_specific,
    noun_phrase,
)
from generators.questions.phrasing import (
    complete_enumeration,
    derive_predicate,
    format_quantity,
    gapped_clause,
    hedge_of,
    invert_clause,
    is_countable,
    lead_verb,
    number_surface,
    object_question,
    opening_anchor,
    post_phrase,
    strip_article,
    words_after,
)
from generators.questions.role_forms import feminine_title
from generators.questions.roles import (
    asked_role,
    candidacy,
    former_leader,
    former_role,
    head_time,
    in_succession,
    role_class,
    role_time,
    taken_later,
    town_head,
)
from generators.questions.speech import is_clause, reported_clause, short_quote
from generators.questions.units import asked_unit
from generators.records import TYPES, Fact

TOLERANCE = 0.10  # « environ 500 » accepts 450 to 550

Builder = Callable[[Fact, ArticleIndex], tuple[dict[str, Any], str]]

# Names every template may use, whatever its fact type.
COMMON_VARIABLES = (
    "fact",
    "sentence",
    "clause",
    "gap",
    "cloze_text",
    "span",
    "truncated",
    "anchor",
    "shown",
    "article_title",
    "article_date",
    "in_article_date",
)


@dataclass(frozen=True)
class TypeVariables:
    """The template variables of one fact type: their names and the function computing them."""

    names: tuple[str, ...]
    build: Builder  # returns the variables and the span of the sentence the fact is about
    anchor: str = ""  # the fact field whose text holds the span (else the span itself)


_REGISTRY: dict[str, TypeVariables] = {}


def variables(fact_type: str, *names: str, anchor: str = "") -> Callable[[Builder], Builder]:
    """Register the function computing the template variables `names` of `fact_type`."""

    def register(build: Builder) -> Builder:
        _REGISTRY[fact_type] = TypeVariables(names, build, anchor)
        return build

    return register


def variables_of(fact_type: str) -> TypeVariables:
    """Return the variables of a fact type; a type without any is a bug, said loudly."""
    try:
        return _REGISTRY[fact_type]
    except KeyError:
        raise LookupError(
            f"fact type {fact_type!r} has no template variables; "
            "register a function for it in generators/questions/variables.py"
        ) from None


def variable_names(types: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Return the variable names of each fact type of `types` (every one must have variables)."""
    return {name: variables_of(name).names for name in types}


def allowed_names(fact_type: str) -> frozenset[str]:
    """Return the names a template of `fact_type` may use (helpers aside)."""
    return frozenset(COMMON_VARIABLES) | frozenset(variables_of(fact_type).names)


def build_context(fact: Fact, index: ArticleIndex) -> dict[str, Any]:
    """Return the variables templates of `fact.type` may use."""
    entry = variables_of(fact.type)
    specific, span = entry.build(fact, index)
    article_date = index.date_phrase()
    month = date_text(str(index.header.get("date") or "")[:7])  # « en février 2020 »
    context: dict[str, Any] = {
        "fact": dict(fact.fields),
        "sentence": fact.shown,
        "article_title": str(index.header.get("title") or ""),
        "article_date": article_date,
        "in_article_date": month,
        "shown": "",
    }
    anchor = str(fact.get(entry.anchor) or "") if entry.anchor else span
    context.update(gapped_clause(fact.shown, span, anchor))
    opening = opening_anchor(fact.shown)
    context["anchor"] = opening[:1].lower() + opening[1:]  # « dans la nuit du 3 au 4 mai »
    context.update(specific)
    return context


@variables(
    "quantity",
    "value",
    "value_max",
    "approx",
    "bound",
    "hedge",
    "unit",
    "unit_phrase",
    "subject",
    "predicate",
    "object_question",
    "amount",
    "number",
    "percent",
    "countable",
    "swappable",
    "tolerance",
    anchor="text",
)
def _quantity(fact: Fact, index: ArticleIndex) -> tuple[dict[str, Any], str]:
    text = " ".join(str(fact.get("text") or "").split())
    unit = " ".join(str(fact.get("unit") or "").split())
    value, value_max = fact.get("value"), fact.get("value_max")
    hedge = hedge_of(text, bool(fact.get("approx")), fact.get("bound"))
    number_span = number_surface(text)
    if value_max is None and len(re.findall(r"\d[\d\s.,]*\d|\d", text)) > 1:
        number_span = ""  # « 1 heure, 19 minutes et 26 secondes »: no one figure to gap or swap
    scaled = bool(re.search(r"milli(on|ard)", number_span))
    number = format_quantity(value, value_max, unit, scaled)
    percent = unit.strip() in ("%", "pour cent", "pourcent")
    predicate = complete_enumeration(
        fact.sentence, str(fact.get("predicate") or "") or derive_predicate(fact.sentence, text)
    )
    context = {
        "value": value,
        "value_max": value_max,
        "approx": bool(fact.get("approx")),
        "bound": fact.get("bound") or "",
        "hedge": hedge,
        "unit": asked_unit(unit, str(fact.get("subject") or "")),  # « membres du parti X »
        "unit_phrase": Phrase(
            unit,
            french.normalize_gender(fact.get("unit_gender")) or french.guess_gender(unit),
            french.normalize_number(fact.get("unit_number")) or french.guess_number(unit),
        ),
        "subject": str(fact.get("subject") or ""),
        "predicate": predicate,
        "object_question": object_question(fact, unit, index),
        "number": number,
        "amount": f"{hedge} {number}".strip() if number else "",
        "percent": percent,
        "countable": is_countable(unit),
        "swappable": bool(number_span) and value_max is None and value not in (0, 1),
        "tolerance": f"{round(TOLERANCE * 100)} %",
    }
    return context, number_span


@variables(
    "person_role",
    "person",
    "role",
    "role_phrase",
    "is_rank",
    "grade",
    "titled",
    "shared_role",
    "specific_role",
    "descriptive_role",
    "former",
    "changed",
    "role_class",
    "party",
    "race",
    "role_time",
)
def _person_role(fact: Fact, index: ArticleIndex) -> tuple[dict[str, Any], str]:
    name = str(fact.get("person") or "")
    role = asked_role(strip_article(str(fact.get("role") or "")))
    person = index.phrase(name, fact.get("gender") or fact.get("role_gender"), titled=False)
    role = feminine_title(role) if person.gender == "f" else role
    gender = person.gender or french.guess_gender(role)
    rank = is_rank(role)
    former = former_role(fact, role)
    context = {
        "person": person,
        "role": role,
        "role_phrase": Phrase(role, person.gender or gender, "s"),
        "is_rank": rank,
        "grade": grade_of(role),
        "specific_role": is_specific(role),
        "descriptive_role": is_descriptive(role),
        "titled": replace(person, title=role if rank else _rank_of(index.person(name))),
        "shared_role": len(index.holders(role)) > 1,
        "former": former,
        "changed": in_succession(name, role, index),
        "role_class": role_class(role),
        "role_time": role_time(role, fact.sentence, str(index.header.get("date") or ""), former),
        **candidacy(role),
    }
    return context, _surface_of(fact.sentence, name, index)


def _rank_of(person: Person | None) -> str:
    return person.rank if person is not None else ""


def _surface_of(sentence: str, name: str, index: ArticleIndex) -> str:
    """Return the form of a person's name that the sentence uses (full name or an alias)."""
    person = index.person(name)
    forms = sorted(
        {name, *(person.aliases if person else ()), person.name if person else name},
        key=len,
        reverse=True,
    )
    return next((f for f in forms if f and f in sentence), name)


@variables("succession", "predecessor", "successor", "role", "post", "date", "date_text", "future")
def _succession(fact: Fact, index: ArticleIndex) -> tuple[dict[str, Any], str]:
    successor = str(fact.get("successor") or "")
    predecessor = str(fact.get("predecessor") or "")
    date = str(fact.get("date") or "")
    context = {
        "successor": index.phrase(
            successor, fact.get("successor_gender"), str(fact.get("successor_title") or "")
        ),
        "predecessor": index.phrase(
            predecessor, fact.get("predecessor_gender"), str(fact.get("predecessor_title") or "")
        ),
        "role": strip_article(str(fact.get("role") or "")),
        "post": post_phrase(str(fact.get("role") or "")),
        "date": date,
        "date_text": date_text(str(fact.get("date_norm") or ""))
        or (f"en {date}" if re.match(r"^\d{4}$", date) else ""),
        "future": taken_later(fact.sentence) is not None,
    }
    return context, _surface_of(fact.sentence, successor, index)


@variables(
    "leads",
    "leader",
    "leader_is_person",
    "entity",
    "via",
    "town_head",
    "participle",
    "present",
    "imperfect",
    "former",
    "then",
)
def _leads(fact: Fact, index: ArticleIndex) -> tuple[dict[str, Any], str]:
    leader = str(fact.get("leader") or "")
    entity = strip_article(str(fact.get("entity") or ""))
    is_person = index.is_person(leader)
    if is_person:
        leader_phrase = index.phrase(
            leader, fact.get("leader_gender"), str(fact.get("leader_title") or "")
        )
    else:
        leader_phrase = noun_phrase(
            leader, fact.get("leader_gender"), fact.get("leader_number"), index
        )
    participle, present, imperfect = (
        lead_verb(words_after(fact.sentence, entity), str(fact.get("verb") or ""))
        if fact.get("via") != "title"
        else lead_verb("", "")
    )
    article_date = str(index.header.get("date") or "")
    former = bool(fact.get("past")) or former_leader(leader, entity, fact.sentence, index)
    context = {
        "leader": leader_phrase,
        "leader_is_person": is_person,
        "entity": noun_phrase(entity, fact.get("entity_gender"), fact.get("entity_number"), index),
        "via": str(fact.get("via") or ""),
        "town_head": town_head(leader, entity, index),  # « le maire de X »: asked by its title
        "participle": participle,
        "present": present,
        "imperfect": imperfect,
        "former": former,
        "then": head_time(fact.sentence, article_date, former),
    }
    return context, _surface_of(fact.sentence, leader, index) if is_person else leader


@variables(
    "event",
    "date",
    "date_norm",
    "date_text",
    "year",
    "year_inferred",
    "full_date",
    "what",
    "participants",
    "inverted",
    "fillable",
    "year_shown",
    "ranged",
)
def _event(fact: Fact, index: ArticleIndex) -> tuple[dict[str, Any], str]:
    date = str(fact.get("date") or "")
    norm = _range_year(date, str(fact.get("date_norm") or ""), fact)
    participants = [str(p) for p in fact.get("participants") or ()]
    year = norm[:4] if re.match(r"^\d{4}", norm) else ""
    context = {
        "date": date,
        "date_norm": norm,
        "date_text": date_text(norm),
        "full_date": date_text(norm, with_preposition=False),
        "year": year,
        "year_inferred": bool(fact.get("year_inferred")),
        # « du 4 au 8 avril »: its ISO date is the first day only, no answer to « À quelle date »
        "ranged": re.search(r"\d\s*(?:au|-|–)\s*\d", date) is not None,
        "what": str(fact.get("what") or ""),
        "participants": participants,
        "inverted": ""
        if other_clause_date(fact.sentence, str(fact.get("what") or ""), date)
        else invert_clause(str(fact.get("what") or ""), index),
    }
    year_only = re.search(rf"\b{year}\b", date) if len(norm) == 4 and year else None
    span = year_only.group(0) if year_only else date  # « l'année 2000 »: gap the year
    context["fillable"] = _fillable(span, str(context["full_date"]))
    context["year_shown"] = year_shown(
        year, fact.sentence, span, str(index.header.get("title") or "")
    )
    context.update(dated_gap(fact.shown, date, norm, str(index.header.get("date") or "")))
    return context, span


def _range_year(date: str, norm: str, fact: Fact) -> str:
    """Return the ISO date with the year its range ends on when the year was inferred
    (« du 3 juin au 9 août 2004 »: « 3 juin » is in 2004, whatever year the article is)."""
    if not fact.get("year_inferred") or not re.match(r"^\d{4}-", norm) or not date:
        return norm
    sentence = " ".join(fact.sentence.split())
    months = "|".join(lexicon.words("french_months"))  # its end is a date, not « la saison 2016 »
    end = rf"(?:le\s+)?(?:[^\W\d]+\s+)?(?:1er|\d{{1,2}})\s+(?:(?:{months})\s+)?(\d{{4}})\b"
    found = re.search(rf"{re.escape(date)}\s+(?:au|à|jusqu'au|jusqu’au)\s+{end}", sentence, re.I)
    return found.group(1) + norm[4:] if found else norm


def _fillable(span: str, full_date: str) -> bool:
    """Tell a date span the full date can stand in for (« 3 mai » → « 3 mai 2021 », not « début mai »)."""
    weekdays = lexicon.word_set("french_weekdays")
    words = [w for w in fold(span).split() if w not in weekdays]
    full = set(fold(full_date.replace("1er", "1")).split())
    return bool(words) and all(w.replace("1er", "1") in full for w in words)


@variables(
    "quote", "speaker", "text", "short", "marked", "whole_clause", "reported", "speaker_named"
)
def _quote(fact: Fact, index: ArticleIndex) -> tuple[dict[str, Any], str]:
    speaker = fact.get("speaker")
    text = " ".join(str(fact.get("text") or "").split()).strip(' «»"“”,')
    context = {
        "speaker": index.phrase(str(speaker), fact.get("speaker_gender"))
        if speaker
        else Phrase(""),
        "text": text,
        "short": short_quote(text),
        "marked": bool(fact.get("marked")),
        "whole_clause": is_clause(text),
        # « le maire de X » is a description, not the name a group learns; « La Clémentine » is a name
        "speaker_named": bool(speaker)
        and not re.match(r"^(?:Le|La|Les|L['’])\s*[a-zà-ÿ]", str(speaker).strip()),
        "reported": reported_clause(text),
    }
    return context, ""


@variables("acronym", "acronym", "expansion")
def _acronym(fact: Fact, index: ArticleIndex) -> tuple[dict[str, Any], str]:
    expansion = str(fact.get("expansion") or "")
    gender, number = fact.get("expansion_gender"), fact.get("expansion_number")
    context = {
        "acronym": str(fact.get("acronym") or ""),
        "expansion": expansion_phrase(
            str(fact.get("acronym") or ""), expansion, gender, number, index
        ),
    }
    return context, str(fact.get("acronym") or "")


@variables(
    "action",
    "actor",
    "actor_is_person",
    "actor_asked_who",
    "kind",
    "voice",
    "predicate",
    "participle",
    "active_participle",
    "agent",
    "what",
    "object",
    "specific",
    "where",
    "when",
    "age",
    "figure",
    "tally",
    "voters",
    "toll",
    "occurred",
)
def _action(fact: Fact, index: ArticleIndex) -> tuple[dict[str, Any], str]:
    actor = str(fact.get("actor") or "")
    is_person = bool(fact.get("actor_is_person"))
    number = "p" if fact.get("number") == "pl" else "s"
    phrase = (
        index.phrase(actor, fact.get("gender"), titled=False)
        if is_person
        else actions.thing_phrase(actor, fact, number, str(index.header.get("title") or ""))
    )
    agent = str(fact.get("agent") or "")
    what = actions.asked_what(fact, agent, str(index.header.get("title") or ""))
    predicate = actions.unagreed(str(fact.get("predicate") or ""), fact)
    date = actions.own_date(fact, predicate, f"{what} {phrase.text}")
    context = {
        "actor": phrase,
        "actor_is_person": is_person,
        "actor_asked_who": actions.asked_who(actor, is_person),
        "kind": actions.template_kind(fact),
        "voice": str(fact.get("voice") or ""),
        "predicate": predicate,
        "participle": predicate.split()[-1] if predicate else "",
        "active_participle": actions.active_participle(str(fact.get("verb") or "")),
        "agent": agent,
        "what": what,
        "object": str(fact.get("object") or ""),
        # one right answer: a long enough object, or the place or date that pins the clause down
        "specific": (len(what.split()) >= 3 and not re.match(r"(?i)^(?:une?|des)\b", what))
        or bool(fact.get("place") or date),
        "where": str(fact.get("place") or ""),
        "when": date,
        "age": str(fact.get("age") or ""),
        "figure": actions.figure_of(str(fact.get("object") or "")),
        **actions.tally_fields(fact),
        "occurred": actions.occurred(predicate, phrase) if len(actor.split()) >= 3 else "",
    }
    return context, ""


# Every fact type of records.TYPES has its variables: a type added without them fails at import.
VARIABLES: dict[str, tuple[str, ...]] = variable_names(TYPES)
