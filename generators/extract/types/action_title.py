"""Action facts of an article's title, which extraction does not parse (it is blanked as a header).

Three shapes, rules as data (generators/lexicon/action_title_*.txt, action_outcome_nouns.txt):
- a clause in the present, after a kicker: « Sport : Léa Morel remporte le Tour de Vallon »,
  « La société Norvane rachète Telmix pour 2 milliards » (told « a remporté », « a racheté »);
- a bare participle: « Marie Vasseur élue à la tête du conseil régional » (« a été élue »);
- a noun: « Victoire de Léa Morel au marathon de Vallon », « Élection de X à la tête de Y ».
Precision first: the actor must be a person the body names, or a name or noun phrase the body
repeats; the object must be a whole noun phrase. A clause the body already tells gives nothing.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import Any

from generators import lexicon
from generators.extract.context import Context
from generators.extract.types.action import verbs
from generators.extract.types.action_time import article_month
from generators.french.grammar import fold
from generators.records import Fact, make_fact

_DETERMINERS = ("le ", "la ", "les ", "l'", "un ", "une ", "des ", "du ")
_PARTICLES = frozenset({"de", "du", "des", "d'", "la", "le", "von", "van", "et"})
_ARTICLE_OF = {"au": "le ", "à la": "la ", "à l'": "l'", "aux": "les "}
_POSTS = r"(?:à la tête|au poste|à la présidence)\s+(?:de |du |des |d')"


@functools.cache
def _title_verbs() -> dict[str, tuple[str, str, str]]:
    """Return the title forms of story verbs: form → (lemma, number, kind)."""
    table: dict[str, tuple[str, str, str]] = {}
    for line in lexicon.words("action_title_verbs"):
        form, lemma, number, kind = line.split()
        table[form] = (lemma, number, kind)
    return table


@functools.cache
def _participles() -> dict[str, tuple[str, str]]:
    """Return the agreed participles a title may stand on: form → (lemma, kind)."""
    kinds = lexicon.word_set("action_title_participles")
    table: dict[str, tuple[str, str]] = {}
    for lemma, verb in verbs().items():
        if verb.kind in kinds:
            for ending in ("", "e", "s", "es"):
                table[verb.participle + ending] = (lemma, verb.kind)
    return table


@functools.cache
def outcome_nouns() -> dict[str, tuple[str, str, str]]:
    """Return the outcome nouns: noun → (verb lemma, kind, voice)."""
    table: dict[str, tuple[str, str, str]] = {}
    for line in lexicon.words("action_outcome_nouns"):
        noun, lemma, kind, voice = line.split()
        table[noun] = (lemma, kind, voice)
    return table


def title_actions(ctx: Context) -> list[Fact]:
    """Return the action facts the title tells and the body does not (a pass after the extractor)."""
    title = ctx.article.title
    at = ctx.article.text.find(title) if title else -1
    if not title or at < 0:
        return []
    facts: list[Fact] = []
    for clause, start in _clauses(title):
        fields = _read(clause, ctx)
        if fields is None or already_told(fields, ctx):
            continue
        begin = at + start
        sentence = ctx.article.text[begin : begin + len(clause)]
        facts.append(make_fact(ctx.slug, "action", sentence, begin, begin + len(clause), **fields))
    ctx.extras.setdefault("action.made", []).extend(facts)  # a vote's tally may count them
    return facts


def _clauses(title: str) -> Iterator[tuple[str, int]]:
    """Yield the title's clause after its kickers, then its comma-separated parts, with offsets."""
    start = title.rfind(" : ") + 3 if " : " in title else 0
    clause = title[start:].strip()
    start = title.find(clause, start)
    yield clause, start
    if ", " in clause:
        offset = start
        for part in clause.split(", "):
            yield part, offset
            offset += len(part) + 2


def _read(clause: str, ctx: Context) -> dict[str, Any] | None:
    """Return the fields of a title clause in any of the three shapes, or None."""
    for reader in (_active, _participial, _nominal):
        found = reader(clause, ctx)
        if found is not None:
            return completed(found, ctx)
    return None


def _active(clause: str, ctx: Context) -> dict[str, Any] | None:
    """Read « ACTOR remporte OBJECT » (a present form of lexicon action_title_verbs)."""
    forms = "|".join(re.escape(f) for f in _title_verbs())
    found = re.match(rf"^(?P<actor>[^,:;]+?) (?P<verb>{forms}) (?P<rest>.+)$", clause)
    if found is None:
        return None
    lemma, number, kind = _title_verbs()[found.group("verb")]
    actor = read_actor(found.group("actor"), ctx)
    obj = _object(found.group("rest"), ctx)
    if actor is None or obj is None:
        return None
    name, is_person, gender = actor
    have = "ont" if number == "pl" else "a"
    return _fields(name, is_person, gender, number, lemma, kind, "active", obj=obj) | {
        "predicate": f"{have} {verbs()[lemma].participle}"
    }


def _participial(clause: str, ctx: Context) -> dict[str, Any] | None:
    """Read « ACTOR(,) élue à la tête de Y » (a bare participle, or « est élue »)."""
    forms = "|".join(re.escape(f) for f in sorted(_participles(), key=len, reverse=True))
    found = re.match(
        rf"^(?P<actor>[^,:;]+?),? (?:est |a été )?(?P<part>{forms}) (?P<rest>[^,;:]+)", clause
    )
    if found is None:
        return None
    lemma, kind = _participles()[found.group("part")]
    actor = read_actor(found.group("actor"), ctx)
    rest = found.group("rest").strip()
    if actor is None or not actor[1] or not 1 <= len(rest.split()) <= 10:
        return None  # only a person is elected or sentenced in a title
    name, _, gender = actor
    part = found.group("part")
    gender = gender or ("f" if part.endswith(("e", "es")) else "m")
    fields = _fields(name, True, gender, "sg", lemma, kind, "passive", complement=rest)
    return fields | {"predicate": f"a été {_agreed(verbs()[lemma].participle, gender)}"}


def _nominal(clause: str, ctx: Context) -> dict[str, Any] | None:
    """Read « Victoire de X au marathon de Y » or « Élection de X à la tête de Y »."""
    nouns = "|".join(re.escape(n) for n in outcome_nouns())
    found = re.match(rf"^(?P<noun>{nouns}) (?:de |du |d')(?P<tail>.+)$", clause, re.IGNORECASE)
    if found is None:
        return None
    lemma, kind, voice = outcome_nouns()[found.group("noun").lower()]
    return outcome_fields(found.group("tail"), lemma, kind, voice, ctx)


def outcome_fields(
    tail: str, lemma: str, kind: str, voice: str, ctx: Context
) -> dict[str, Any] | None:
    """Return the fields of an outcome noun's tail: « X au marathon de Y », « X à la tête de Y »."""
    if voice == "active":
        found = re.match(
            r"^(?P<actor>[^,;:]+?) (?P<link>au|à la|à l'|aux) (?P<rest>[a-zà-ÿ].*)$", tail
        )
    else:
        found = re.match(rf"^(?P<actor>[^,;:]+?) (?P<link>)(?P<rest>{_POSTS}.+)$", tail)
    if found is None:
        return None
    actor = read_actor(found.group("actor"), ctx)
    if actor is None or not actor[1]:
        return None  # a person's victory or election only: « la victoire du projet » is no winner
    name, _, gender = actor
    if voice == "active":
        obj = _object(_ARTICLE_OF[found.group("link")] + found.group("rest"), ctx)
        if obj is None:
            return None
        fields = _fields(name, True, gender, "sg", lemma, kind, "active", obj=obj)
        return fields | {"predicate": f"a {verbs()[lemma].participle}"}
    rest = _cut(found.group("rest"))
    fields = _fields(name, True, gender, "sg", lemma, kind, "passive", complement=rest)
    return fields | {"predicate": f"a été {_agreed(verbs()[lemma].participle, gender)}"}


def read_actor(text: str, ctx: Context) -> tuple[str, bool, str | None] | None:
    """Return (actor, is a person, gender) when `text` is read whole, else None."""
    text = text.strip()
    words = text.split()
    if not 1 <= len(words) <= 6 or re.search(r"\d|[«»\"()]", text):
        return None
    person = ctx.names.resolve(text)
    if person:
        return person, True, ctx.names.gender(person)
    if not _in_body(text, ctx):
        return None
    if all(w[0].isupper() or w.lower() in _PARTICLES for w in words) and words[0][0].isupper():
        return text, False, None  # a name the body repeats: « Norvane », « Le Parlement »
    lowered = text[0].lower() + text[1:]
    if lowered.startswith(_DETERMINERS[:4]) and len(words) >= 2:
        gender = "f" if lowered.startswith("la ") else "m" if lowered.startswith("le ") else None
        return text, False, gender
    return None


def _object(text: str, ctx: Context) -> str | None:
    """Return the object phrase cut before a price, an opponent or a second clause, or None."""
    obj = _cut(text)
    words = obj.split()
    if not 1 <= len(words) <= 10 or not (obj.startswith(_DETERMINERS) or obj[0].isupper()):
        return None  # « sa réforme », « leur titre »: a possessive needs the article
    return _with_kicker(obj, ctx)


def _cut(text: str) -> str:
    """Cut `text` at a comma or a word of lexicon action_title_cuts."""
    cuts = "|".join(re.escape(c) for c in lexicon.words("action_title_cuts"))
    return re.split(rf"\s*[,;:(]\s*|\s+(?:{cuts})\s+", text.strip(), maxsplit=1)[0].strip()


def _with_kicker(obj: str, ctx: Context) -> str:
    """Name the object after the kicker it stands for (« Concours X : … le concours » → « le concours X »)."""
    title = ctx.article.title or ""
    kicker = title[: title.rfind(" : ")] if " : " in title else ""
    words = obj.split()
    if kicker and len(words) == 2 and fold(kicker).split()[0] == fold(words[1]):
        return f"{words[0]} {kicker[0].lower()}{kicker[1:]}"
    return obj


def _in_body(text: str, ctx: Context) -> bool:
    """Tell whether the body repeats `text` (folded), so the title does not invent a name."""
    body = ctx.extras.setdefault("action.title_body", fold(ctx.article.clean))
    return f" {fold(text)} " in f" {body} ".replace("'", " ' ")


def _fields(
    actor: str,
    is_person: bool,
    gender: str | None,
    number: str,
    lemma: str,
    kind: str,
    voice: str,
    obj: str | None = None,
    complement: str | None = None,
) -> dict[str, Any]:
    return {
        "actor": actor,
        "actor_is_person": is_person,
        "gender": gender,
        "number": number,
        "verb": lemma,
        "kind": kind,
        "voice": voice,
        "predicate": "",
        "object": obj,
        "complement": complement,
        "agent": None,
    }


def completed(fields: dict[str, Any], ctx: Context) -> dict[str, Any]:
    """Add the title's time (the article's month), weight (the main story) and confidence."""
    date = article_month(ctx)
    person = 0.1 if fields["actor_is_person"] else 0.0
    return fields | {
        "date": date,
        "date_inferred": date is not None,
        "place": None,
        "age": None,
        "weight": 1.0,
        "confidence": 0.75 + person,
    }


def already_told(fields: dict[str, Any], ctx: Context) -> bool:
    """Tell a clause the body already tells: same verb, same actor, a word of what was done."""
    made: list[Fact] = ctx.extras.get("action.made", [])
    actor = fold(str(fields["actor"])).split()[-1]
    what = _long_words(fields)
    for fact in made:
        if fact.get("verb") != fields["verb"]:
            continue
        same_actor = actor in fold(str(fact.get("actor"))).split()
        same_object = bool(fields["object"]) and fact.get("object") == fields["object"]
        if (same_actor and what & _long_words(fact.fields)) or same_object:
            return True
    return False


def _long_words(fields: Any) -> set[str]:
    """Return the words of more than three letters of a clause's object and complement."""
    text = fold(f"{fields.get('object') or ''} {fields.get('complement') or ''}")
    return {w for w in re.findall(r"\w+", text) if len(w) > 3}


def _agreed(participle: str, gender: str | None) -> str:
    """Agree a participle with a person (« élu » → « élue »)."""
    return participle + ("e" if gender == "f" and not participle.endswith("e") else "")
