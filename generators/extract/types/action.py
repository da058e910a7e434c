"""Extract action facts: the article's main clauses — who did what, to whom, when and where.

A main clause (the sentence's root verb, or a verb joined to it) whose verb is one of the story
verbs of `lexicon/action_verbs.txt` (won, died, adopted, appointed, …) gives one fact: its actor
(a person resolved through the name index, persons joined by « et » before a plural verb, or a
noun phrase that stands alone), the predicate put in the passé composé, its object or complement,
the agent of a passive (who won or decided: types/action_agent.py), an explicit date, a place, an
age (deaths), a death toll told by its cause (types/action_toll.py), and a `weight` telling where
the clause stands (title, lead, repetition).
Clauses quoted, negated, future, hypothetical or reporting the one before, and page furniture: none.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass
from typing import Any

from generators import lexicon
from generators.extract.context import Context
from generators.extract.coreference import actor_source, person_of
from generators.extract.names import NameIndex
from generators.extract.tokens import span_text, verbs_at
from generators.extract.types.action_agent import (
    agent_of,
    agent_token,
    joined_actors,
    passive_tells,
)
from generators.extract.types.action_award import award
from generators.extract.types.action_cleft import clefted
from generators.extract.types.action_locution import agreed, beyond, locution
from generators.extract.types.action_mood import (
    fronted_subject,
    future_form,
    misparsed_root,
    named_before_aside,
    negated,
    pluperfect,
    told_elsewhere,
    unachieved,
    word_tail,
)
from generators.extract.types.action_phrase import (
    feminine_title,
    idiom,
    name_before,
    phrase,
    phrase_gender,
    phrase_plural,
    post_after,
    role_after,
    verb_complement,
    verb_object,
)
from generators.extract.types.action_story import (
    clitic_win,
    count_missing,
    echoes_title,
    future_pinned,
    guessed_untold,
    order_content,
    recent_past,
    relative_win,
    story_times,
    without_times,
)
from generators.extract.types.action_tally import counted_voters
from generators.extract.types.action_time import article_month, circumstances
from generators.extract.types.action_toll import pointed_cause, toll
from generators.extract.types.action_weight import confidence, is_furniture, lead_end, weight
from generators.records import Fact

_SUBJECTS = ("nsubj", "nsubj:pass")
_COMPLEMENTS = ("obl:arg", "xcomp", "iobj")


@dataclass(frozen=True)
class Verb:
    """A story verb: its past participle, its auxiliary and the kind of event it tells."""

    participle: str
    aux: str
    kind: str


@functools.cache
def verbs(table_name: str = "action_verbs") -> dict[str, Verb]:
    """Return the story verbs of the lexicon by lemma (action_pronominal_verbs: « s'imposer »)."""
    table: dict[str, Verb] = {}
    for line in lexicon.words(table_name):
        lemma, participle, aux, kind = line.split()
        table[lemma] = Verb(participle, aux, kind)
    return table


def _pronominal(tok: Any) -> Verb | None:
    """Return the entry of « s'imposer »-like verbs told pronominally (third person), else None."""
    se = any(
        c.dep_ in ("expl:comp", "expl:pv", "expl:pass") and c.lower_ in ("se", "s'", "s’")
        for c in tok.children
    )
    return verbs("action_pronominal_verbs").get(tok.lemma_.lower()) if se else None


def extract(doc: Any, offset: int, ctx: Context) -> list[Fact]:
    """Return the action facts of the doc parsed at `offset`."""
    facts: list[Fact] = []
    verb_at = verbs_at(doc)  # no other token is a main verb
    for sent in doc.sents:
        if is_furniture(span_text(sent)):
            continue
        first = bisect.bisect_left(verb_at, sent.start)
        awarded = []  # « le prix a été décerné à X », told after the sentence's other clauses
        for verb in (doc[i] for i in verb_at[first : bisect.bisect_left(verb_at, sent.end)]):
            given = award(verb, offset, ctx, _told_main)
            if given is not None:
                awarded.append((verb, given))
            if not _is_main_verb(verb, _titled(verb, sent, offset, ctx)):
                continue
            fields = clause_fields(doc, verb, sent, offset, ctx)
            if fields is not None:
                facts.append(ctx.fact("action", sent, offset, **fields))
        won = _clitic_win_fields(doc, sent, offset, ctx)
        if won is not None:
            facts.append(ctx.fact("action", sent, offset, **won))
        for verb, given in awarded:
            placed = _placed(given, doc, verb, sent, offset, ctx, True)
            if placed is not None:
                facts.append(ctx.fact("action", sent, offset, **placed))
    ctx.extras.setdefault("action.made", []).extend(facts)  # the title pass skips what they tell
    return facts


def _clitic_win_fields(doc: Any, sent: Any, offset: int, ctx: Context) -> dict[str, Any] | None:
    """Return the fields of « X l'emporte face à Y » (the parser rarely sees the verb there)."""
    found = clitic_win(sent, offset, ctx.names)
    if found is None or found["plural"]:
        return None
    actor = str(found["actor"])
    fields: dict[str, Any] = {
        "actor": actor,
        "actor_is_person": True,
        "gender": ctx.names.gender(actor),
        "number": "sg",
        "verb": "emporter",
        "kind": "win",
        "voice": "active",
        "predicate": "l'a emporté",
        "object": None,
        "complement": " ".join(str(found["rest"]).split()[:10]),
        "agent": None,
    }
    if found["opponent"]:
        fields["opponent"] = found["opponent"]
    return _placed(fields, doc, sent.root, sent, offset, ctx, True)


def _titled(verb: Any, sent: Any, offset: int, ctx: Context) -> bool:
    """Tell a lead clause's verb that the title names (« L'usine ferme » → « l'usine a fermé »)."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma in verbs() or not ctx.article.title:
        return False
    if lemma in lexicon.word_set("action_title_stopverbs") or offset + sent.start_char > lead_end(
        ctx
    ):
        return False
    return echoes_title(lemma, verb.text, ctx.article.title) and _participle(verb) is not None


def _participle(verb: Any) -> str | None:
    """Return the past participle of a verb outside the lexicon: as written, or an -er verb's."""
    if "Part" in verb.morph.get("VerbForm") and verb.morph.get("Tense") == ["Past"]:
        return str(verb.text)
    lemma = verb.lemma_.lower()
    return lemma[:-2] + "é" if lemma.endswith("er") and lemma != "aller" else None


def _is_main_verb(tok: Any, titled: bool = False) -> bool:
    """Tell a story verb heading a main clause, affirmative, past or present, outside quotes."""
    lemma = tok.lemma_.lower()
    told = lemma in verbs() or titled or unachieved(tok) or bool(_pronominal(tok) or locution(tok))
    if tok.pos_ != "VERB" or not told:
        return False
    main = tok.dep_ == "ROOT" or (tok.dep_ == "conj" and tok.head.dep_ == "ROOT")
    main = main or clefted(tok) is not None or relative_win(tok, _entry)
    if not main and not misparsed_root(tok) and not recent_past(tok):
        return False
    if any(c.dep_ in ("expl:comp", "expl:pv") for c in tok.children) and not _pronominal(tok):
        return False  # pronominal: « se remporter » is another verb
    if negated(tok) and not unachieved(tok):
        return False
    if told_elsewhere(tok):
        return False  # quoted, « …, a révélé le journal X », « s'il gagne, … », misparsed
    tense = _tense(tok)
    if tense == "future":
        return lemma in verbs() and verbs()[lemma].kind in lexicon.word_set("action_future_kinds")
    return tense is not None


_told_main = functools.partial(_is_main_verb, titled=True)  # award verbs need no lexicon


def _auxiliaries(tok: Any) -> list[Any]:
    found = [c for c in tok.children if c.dep_ in ("aux:tense", "aux:pass", "cop") and c.i < tok.i]
    return [c for c in found if c.lemma_.lower() in ("avoir", "être")]  # not a misread name


def _tense(tok: Any) -> str | None:
    """Return "compound", "present", "simple" (passé simple) or "future", or None for any other tense."""
    if recent_past(tok):
        return "compound" if _tense(tok.head) in ("present", "simple") else None
    auxes = _auxiliaries(tok)
    if auxes:
        first = auxes[0].morph
        if first.get("Mood") in (["Cnd"], ["Sub"]):
            return None
        if first.get("Tense") == ["Fut"]:
            return "future" if "Part" in tok.morph.get("VerbForm") else None
        return "compound" if "Part" in tok.morph.get("VerbForm") else None
    mood = tok.morph.get("Mood")
    subjunctive = mood == ["Sub"] and any(c.dep_ == "mark" for c in tok.children)
    if tok.morph.get("VerbForm") != ["Fin"] or subjunctive or mood in (["Cnd"], ["Imp"]):
        return None  # a -er verb's present reads as a subjunctive: only « que » says so
    tense = tok.morph.get("Tense")
    if future_form(tok):
        return "future"
    return {"Pres": "present", "Past": "simple", "Fut": "future"}.get(tense[0] if tense else "Pres")


def clause_fields(
    doc: Any, verb: Any, sent: Any, offset: int, ctx: Context
) -> dict[str, Any] | None:
    """Return the type fields of the clause headed by `verb`, or None when it does not stand alone."""
    subject = _subject(verb)
    if subject is None or counted_voters(verb, subject):  # « 20 membres ont voté pour »: a tally
        return None
    index: NameIndex = ctx.names
    actor, is_person, via_name = _actor(doc, subject, verb, offset, index)
    if actor is not None and is_person:  # « A et B remportent … »: both, or no fact
        actor = joined_actors(verb, sent, offset, index, actor)
    elif actor is None and toll(doc, verb, sent):  # « Cette vague de chaleur a tué 14 personnes »
        actor = pointed_cause(subject)
    if actor is None:
        return None
    entry = _entry(verb)
    if entry.kind == "death" and _pronominal(verb) is not None and not is_person:
        return None  # « le feu s'est éteint »: only a person « s'éteint » (told « est mort »)
    passive = entry.aux == "avoir" and (
        subject.dep_ == "nsubj:pass" or any(c.dep_ == "aux:pass" for c in verb.children)
    )
    agent = agent_token(verb, offset, index)
    doer = agent_of(doc, agent, offset, index) if agent is not None else None
    if passive and not passive_tells(entry.kind, is_person, agent, doer, offset, index):
        return None  # « la course a été remportée » says not who won; « adoptée par 30 voix »
    if passive and not is_person and subject.head.i != verb.i:
        return None  # a thing's passive needs its own subject, not one borrowed from a joined verb
    gender = index.gender(actor) if is_person else phrase_gender(subject)
    plural = phrase_plural(subject, verb) and not is_person
    obj = verb_object(verb, ctx, offset)
    told = idiom(verb) or ("mourir" if entry.kind == "death" and _pronominal(verb) else None)
    if told is not None and told.startswith("="):  # « a pris la tête du classement »: a win
        entry, told = Verb(entry.participle, entry.aux, told[1:]), None
    elif told is not None:  # « ont perdu la vie » → « sont morts »
        entry, obj = verbs()[told], None
    if entry.kind == "idiom":
        return None  # « perdre » tells a story only through its idioms (lexicon action_idioms)
    if (
        passive
        and entry.kind == "appointment"
        and obj
        and not any(c.dep_ in _COMPLEMENTS for c in verb.children)
    ):
        obj, complement = None, obj  # « élue maire de Dijon »: the title read as an object
    else:
        complement = _complement(verb, entry, ctx, offset, obj)
        complement = beyond(verb, entry.participle, complement, lambda t: phrase(t, ctx, offset))
    bare = entry.kind in ("death", "occurrence") or (passive and not is_person)
    bare = bare or " " in entry.participle  # « A a été mis en examen » says it all
    counted = toll(doc, verb, sent) if not (is_person or passive) else {}
    if not (bare or obj or complement or agent is not None or counted):
        return None  # « X a gagné. » says too little to ask
    if count_missing(entry.kind, obj, counted):
        return None  # « rapporter » tells a figure only with a number, « blesser » its toll
    times = story_times(doc, verb, sent, entry.kind, offset, index)
    if entry.kind == "postponement" and "new_date" not in times:
        return None  # « reporter » tells a postponement only with its new date
    fields: dict[str, Any] = {
        "actor": actor,
        "actor_is_person": is_person,
        "gender": gender,
        "number": "pl" if plural else "sg",
        "verb": told or verb.lemma_.lower(),
        "kind": entry.kind,
        "voice": "passive" if passive else "active",
        "predicate": _predicate(verb, entry, passive, gender, plural, told is None),
        "object": without_times(obj, times),
        "complement": without_times(complement, times),
        "agent": doer,
        "actor_source": actor_source(subject, offset, index, actor) if is_person else "phrase",
    }
    if fields["actor_source"] == "pronoun_guess" and guessed_untold(verb.lemma_.lower()):
        return None  # « Avec A et B, il a découvert … »: who « il » is stays a guess
    if entry.kind == "appointment" and not passive and not is_person:
        _turn_to_appointee(fields, verb, entry, offset, index)
    if _pronominal(verb) is not None and not told:  # « est imposée » → « s'est imposée »
        fields["predicate"] = re.sub(
            r"^(?:est|sont)\b",
            lambda m: ("s'" if m[0] == "est" else "se ") + m[0],
            fields["predicate"],
        )
    fields.update(times, **counted)
    return _placed(fields, doc, verb, sent, offset, ctx, via_name)


def _placed(
    fields: dict[str, Any],
    doc: Any,
    verb: Any,
    sent: Any,
    offset: int,
    ctx: Context,
    via_name: bool,
) -> dict[str, Any] | None:
    """Add the clause's date, place, age, weight and confidence; None for a future with no date."""
    fields.update(circumstances(doc, verb, sent, ctx, fields["kind"]))
    if _tense(verb) == "future" and not future_pinned(span_text(sent), fields["date"]):
        return None  # « le journal cessera de paraître » without a date is no news yet
    if fields.get("old_date") and str(fields["old_date"]) in str(fields["date"] or ""):
        fields["date"] = None  # « prévu en 2019 » dates the plan, not the postponement
    fields["weight"] = weight(fields, sent, offset, ctx)
    if (
        fields["date"] is None
        and offset + sent.start_char <= lead_end(ctx)
        and not pluperfect(verb)
    ):
        fields["date"] = article_month(ctx)  # the lead tells the news of the article's date
        fields["date_inferred"] = fields["date"] is not None
    fields["confidence"] = confidence(fields, via_name, verb)
    return fields


def _entry(verb: Any) -> Verb:
    """Return the lexicon's entry of `verb`; an outcome not achieved is its own kind."""
    if unachieved(verb):
        return Verb(verb.text, "avoir", "unachieved")
    said = locution(verb)  # « mis en examen »
    found = _pronominal(verb) or verbs().get(verb.lemma_.lower()) or (said and Verb(*said))
    if found is not None:
        return found
    tense_aux = [c.lemma_ for c in verb.children if c.dep_ == "aux:tense"]
    return Verb(_participle(verb) or verb.text, "être" if "être" in tense_aux else "avoir", "title")


def _complement(verb: Any, entry: Verb, ctx: Context, offset: int, obj: str | None) -> str | None:
    """Return what the clause says beyond its object: an order's content, a title, a complement."""
    if entry.kind == "order":
        found = order_content(verb)
        if found:
            return found
    complement = verb_complement(verb, _COMPLEMENTS, ctx, offset)
    if complement and complement.lower() in lexicon.word_set("action_stance_phrases"):
        complement = None  # « a décidé de son côté »: whose turn it is, not what was decided
    if complement is None and obj is None and entry.kind == "appointment":
        return role_after(verb, ctx, offset) or post_after(verb, ctx, offset)
    if complement is None and _pronominal(verb) is not None:  # « s'est imposée dans la course »
        cases = lexicon.word_set("action_pronominal_cases")
        where = (c for c in verb.children if c.dep_ == "obl:mod")
        return next((phrase(c, ctx, offset) for c in where if _case(c) in cases), None)
    return complement


def _case(tok: Any) -> str:
    """Return the preposition a noun opens on (« lors » of « lors de la course »), or ''."""
    return next((c.lower_ for c in tok.children if c.dep_ == "case" and c.i < tok.i), "")


def _turn_to_appointee(
    fields: dict[str, Any], verb: Any, entry: Verb, offset: int, index: NameIndex
) -> None:
    """« L'épreuve a sacré championne la coureuse X »: the story is X, asked « Qui a été sacrée … ? »."""
    start = offset + verb.idx + len(verb)
    end = offset + verb.right_edge.idx + len(verb.right_edge)
    named = {m.full: m for m in index.mentions_in(start, end)}
    if len(named) != 1:
        return
    full, mention = next(iter(named.items()))
    title = str(fields["complement"] or fields["object"] or "")
    title = title.split(mention.text)[0] if mention.text in title else title
    title = re.sub(r"\s+(?:l[ae]s?|l['’])\s*[\w-]*\s*$", "", title.strip()).strip(" ,")
    gender = index.gender(full) or feminine_title(title)
    fields.update(
        actor=full,
        actor_is_person=True,
        gender=gender,
        number="sg",
        voice="passive",
        predicate=f"a été {agreed(entry.participle, gender, False)}",
        object=None,
        complement=title or None,
        agent=None,
    )


def _subject(verb: Any) -> Any:
    """Return the subject of `verb`, or of the verb it is joined to (« X gagne et remporte … »)."""
    joined = verb.dep_ == "conj" or recent_past(verb)
    for tok in (verb, verb.head if joined else None):
        if tok is None:
            continue
        found = [c for c in tok.children if c.dep_ in _SUBJECTS]
        if found:  # two subjects: the nearer one; the other is an aside (« Pour X, le chef, … »)
            return clefted(tok) or max(found, key=lambda c: c.i if c.i < tok.i else -1)
    if misparsed_root(verb):
        return verb.head
    return fronted_subject(verb) or named_before_aside(verb)


def _actor(
    doc: Any, subject: Any, verb: Any, offset: int, index: NameIndex
) -> tuple[str | None, bool, bool]:
    """Return the actor (a person's full name or a noun phrase), whether a person, whether named."""
    person = person_of(subject, doc, offset, index) or _one_person(subject, verb, offset, index)
    if person:
        named = index.mention_at(offset + subject.idx) is not None or subject.pos_ != "PRON"
        return person, True, named
    if subject.pos_ in ("VERB", "AUX") or word_tail(subject):
        return None, False, False  # « Notez que … », « low-cost »: no subject read
    organisation = subject.pos_ == "PROPN" and subject.ent_type_ in ("ORG", "LOC")
    if subject.pos_ in ("PRON", "PROPN") and not organisation:
        return None, False, False
    if subject.pos_ == "NUM" or subject.like_num:
        return None, False, False  # « Douze ont voté contre »: a count, not who acted
    found = phrase(subject)
    before = name_before(subject) if found is not None else ""
    if before:
        found = f"{before} {found}"  # « ZEPHYR Art Lab », not « Art Lab »
    if found is None or re.search(r"\d", found) or len(found.split()) > 8:
        return None, False, False  # a count or a long description is no actor to ask about
    return found, False, True


def _one_person(tok: Any, verb: Any, offset: int, index: NameIndex) -> str | None:
    """Return the one person named between the subject's start and its verb (« le juge X »)."""
    if tok.i > verb.i or tok.pos_ == "PRON":
        return None
    start = offset + tok.left_edge.idx
    end = offset + verb.idx
    mentions = index.mentions_in(start, end)
    if len({m.full for m in mentions}) != 1:
        return None
    before = [t for t in tok.doc[tok.left_edge.i : verb.i] if offset + t.idx < mentions[0].start]
    if any(t.dep_ in ("acl", "acl:relcl") or t.text in ",(" for t in before):
        return None  # « l'armée (…) dirigée par le général X »: X is not the subject
    if before and before[-1].pos_ == "ADP":
        return None  # « les parents de X » are not X
    return mentions[0].full


def _predicate(
    verb: Any, entry: Verb, passive: bool, gender: str | None, plural: bool, own: bool = True
) -> str:
    """Return the verb group in the passé composé (« a remporté », « est morte », « a été nommé »).

    A future (« affrontera ») and an outcome not achieved (« n'a toujours pas été reprise ») keep
    the sentence's own words.
    """
    if entry.kind == "unachieved" or _tense(verb) == "future":
        written_group = _as_written(verb)
        if written_group:
            return written_group
    have = "ont" if plural else "a"
    be = "sont" if plural else "est"
    written = verb.text if own and "Part" in verb.morph.get("VerbForm") else None
    written = None if " " in entry.participle else written  # « mis en examen »: the locution
    if passive:
        return f"{have} été {written or agreed(entry.participle, gender, plural)}"
    if entry.aux == "être":
        return f"{be} {written or agreed(entry.participle, gender, plural)}"
    return f"{have} {written or entry.participle}"


def _as_written(verb: Any) -> str | None:
    """Return the verb group as the sentence writes it, from its first auxiliary or negation."""
    before = [
        c
        for c in verb.children
        if c.i < verb.i and c.dep_ in ("aux:tense", "aux:pass", "advmod", "advmod:neg")
    ]
    start = min((c.left_edge.i for c in before), default=verb.i)
    span = verb.doc[start : verb.i + 1]
    if len(span) > 7 or any(t.is_punct for t in span):
        return None
    return str(span.text)
