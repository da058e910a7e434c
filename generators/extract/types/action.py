"""Extract action facts: the article's main clauses — who did what, to whom, when and where.

A main clause (the sentence's root verb, or a verb joined to it) whose verb is one of the story
verbs of `lexicon/action_verbs.txt` (won, died, adopted, appointed, …) gives one fact: its actor
(a person resolved through the name index, or a noun phrase that stands alone), the predicate put
in the passé composé, its object or complement, the agent of a passive, an explicit date, a
place, an age (deaths), and a `weight` telling where the clause stands (title, lead, repetition).
Clauses inside quote marks, negated, future or hypothetical, and page furniture give none.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from generators import lexicon
from generators.extract.context import Context
from generators.extract.coreference import person_of
from generators.extract.names import NameIndex
from generators.french.grammar import fold
from generators.records import Fact

_SUBJECTS = ("nsubj", "nsubj:pass")
_COMPLEMENTS = ("obl:arg", "xcomp", "iobj")
_STOPS = frozenset(",;:()[]—–")
_RELATIVES = frozenset({"qui", "que", "qu'", "dont", "où", "lequel", "laquelle", "lesquels"})
_POINTERS = frozenset({"ce", "cet", "cette", "ces"})
_NEGATIONS = frozenset({"ne", "n'", "pas", "jamais", "plus", "ni", "aucun", "aucune", "guère"})
_VAGUE_END = re.compile(r"\s+(?:en|au|à la) (?:fin|début|mi)\b.*$")
_PASSIVE_KINDS = ("appointment", "departure", "justice")  # « X a été nommé / condamné / limogé »
_AGENT_KINDS = ("claim",)  # « l'attentat a été revendiqué par X »: asked « Qui a revendiqué … ? »
_AGE = re.compile(r"(?:\bà l'âge de |\bà |, |\bâgée? de |\bavait )(\d{1,3}) ans\b")
_YEAR = re.compile(r"\b(?:en|depuis) ((?:1[5-9]|20)\d\d)\b")


@dataclass(frozen=True)
class Verb:
    """A story verb: its past participle, its auxiliary and the kind of event it tells."""

    participle: str
    aux: str
    kind: str


@functools.cache
def verbs() -> dict[str, Verb]:
    """Return the story verbs of the lexicon by lemma."""
    table: dict[str, Verb] = {}
    for line in lexicon.words("action_verbs"):
        lemma, participle, aux, kind = line.split()
        table[lemma] = Verb(participle, aux, kind)
    return table


def extract(doc: Any, offset: int, ctx: Context) -> list[Fact]:
    """Return the action facts of the doc parsed at `offset`."""
    facts: list[Fact] = []
    for sent in doc.sents:
        if _is_furniture(sent.text):
            continue
        for verb in sent:
            if not _is_main_verb(verb):
                continue
            fields = clause_fields(doc, verb, sent, offset, ctx)
            if fields is not None:
                facts.append(ctx.fact("action", sent, offset, **fields))
    return facts


def _is_furniture(text: str) -> bool:
    """Tell a heading, byline or dateline (no closing punctuation, or a bare date) from a sentence."""
    stripped = text.strip()
    return not stripped or stripped[-1] not in '.!?»"…)' or len(stripped.split()) < 4


def _is_main_verb(tok: Any) -> bool:
    """Tell a story verb heading a main clause, affirmative, past or present, outside quotes."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in verbs():
        return False
    main = tok.dep_ == "ROOT" or (tok.dep_ == "conj" and tok.head.dep_ == "ROOT")
    if not main and not _misparsed_root(tok):
        return False
    if any(c.dep_ in ("expl:comp", "expl:pv") for c in tok.children):
        return False  # pronominal: « se remporter » is another verb
    if any(c.lower_ in _NEGATIONS for c in tok.children if c.dep_ in ("advmod", "advmod:neg")):
        return False
    if _inside_quotes(tok):
        return False
    return _tense(tok) is not None


def _misparsed_root(tok: Any) -> bool:
    """Tell a finite verb the parser hung under its own subject's name (« La cycliste Anne X remporte »)."""
    head = tok.head
    return (
        tok.dep_ in ("xcomp", "acl")
        and head.dep_ == "ROOT"
        and head.pos_ == "PROPN"
        and tok.morph.get("VerbForm") == ["Fin"]
        and head.i < tok.i
    )


def _inside_quotes(tok: Any) -> bool:
    """Tell whether `tok` stands between « and » (or straight double quotes) in its sentence."""
    before: str = tok.doc[tok.sent.start : tok.i].text
    return before.count("«") > before.count("»") or before.count('"') % 2 == 1


def _auxiliaries(tok: Any) -> list[Any]:
    return [c for c in tok.children if c.dep_ in ("aux:tense", "aux:pass", "cop") and c.i < tok.i]


def _tense(tok: Any) -> str | None:
    """Return "compound", "present" or "simple" (passé simple), or None for any other tense."""
    auxes = _auxiliaries(tok)
    if auxes:
        first = auxes[0].morph
        if first.get("Mood") in (["Cnd"], ["Sub"]) or first.get("Tense") == ["Fut"]:
            return None
        return "compound" if "Part" in tok.morph.get("VerbForm") else None
    mood = tok.morph.get("Mood")
    subjunctive = mood == ["Sub"] and any(c.dep_ == "mark" for c in tok.children)
    if tok.morph.get("VerbForm") != ["Fin"] or subjunctive or mood in (["Cnd"], ["Imp"]):
        return (
            None  # a -er verb's present reads as a subjunctive to the parser: only « que » says so
        )
    tense = tok.morph.get("Tense")
    return {"Pres": "present", "Past": "simple"}.get(tense[0] if tense else "Pres")


def clause_fields(
    doc: Any, verb: Any, sent: Any, offset: int, ctx: Context
) -> dict[str, Any] | None:
    """Return the type fields of the clause headed by `verb`, or None when it does not stand alone."""
    subject = _subject(verb)
    if subject is None:
        return None
    index: NameIndex = ctx.names
    actor, is_person, via_name = _actor(doc, subject, verb, offset, index)
    if actor is None:
        return None
    entry = verbs()[verb.lemma_.lower()]
    passive = entry.aux == "avoir" and (
        subject.dep_ == "nsubj:pass" or any(c.dep_ == "aux:pass" for c in verb.children)
    )
    agent = next((c for c in verb.children if c.dep_ == "obl:agent"), None)
    by_agent = entry.kind in _AGENT_KINDS and agent is not None
    if passive and not (is_person and entry.kind in _PASSIVE_KINDS) and not by_agent:
        return None  # « la course a été remportée par X »: the agent is the story, not asked here
    gender = index.gender(actor) if is_person else _phrase_gender(subject)
    plural = "Plur" in subject.morph.get("Number") and not is_person
    obj = next((_phrase(c, ctx, offset) for c in verb.children if c.dep_ == "obj"), None)
    complement = next(
        (_phrase(c, ctx, offset) for c in verb.children if c.dep_ in _COMPLEMENTS), None
    )
    if entry.kind != "death" and not (obj or complement or agent is not None):
        return None  # « X a gagné. » says too little to ask
    if entry.kind == "figure" and not re.search(r"\d", obj or ""):
        return None  # « rapporter » tells a figure only with a number
    fields: dict[str, Any] = {
        "actor": actor,
        "actor_is_person": is_person,
        "gender": gender,
        "number": "pl" if plural else "sg",
        "verb": verb.lemma_.lower(),
        "kind": entry.kind,
        "voice": "passive" if passive else "active",
        "predicate": _predicate(verb, entry, passive, gender, plural),
        "object": obj,
        "complement": complement,
        "agent": _agent(doc, agent, offset, index) if agent is not None else None,
    }
    if entry.kind == "appointment" and not passive and not is_person:
        _turn_to_appointee(fields, verb, entry, offset, index)
    fields.update(_circumstances(doc, verb, sent, ctx, entry))
    fields["weight"] = _weight(fields, sent, offset, ctx)
    if fields["date"] is None and offset + sent.start_char <= _lead_end(ctx):
        fields["date"] = _article_month(ctx)  # the lead tells the news of the article's date
        fields["date_inferred"] = fields["date"] is not None
    fields["confidence"] = _confidence(fields, via_name, verb)
    return fields


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
    gender = index.gender(full) or _title_gender(title)
    fields.update(
        actor=full,
        actor_is_person=True,
        gender=gender,
        number="sg",
        voice="passive",
        predicate=f"a été {_agreed(entry.participle, gender, False)}",
        object=None,
        complement=title or None,
        agent=None,
    )


def _title_gender(title: str) -> str | None:
    """Return "f" for a title in the feminine (« championne », « directrice »), else None."""
    first = title.split()[0].lower() if title.split() else ""
    endings = lexicon.words("people_feminine_endings")
    return "f" if first and any(first.endswith(e) for e in endings) else None


def _subject(verb: Any) -> Any:
    """Return the subject of `verb`, or of the verb it is joined to (« X gagne et remporte … »)."""
    for tok in (verb, verb.head if verb.dep_ == "conj" else None):
        if tok is None:
            continue
        found = next((c for c in tok.children if c.dep_ in _SUBJECTS), None)
        if found is not None:
            return found
    return verb.head if _misparsed_root(verb) else None


def _actor(
    doc: Any, subject: Any, verb: Any, offset: int, index: NameIndex
) -> tuple[str | None, bool, bool]:
    """Return the actor (a person's full name or a noun phrase), whether a person, whether named."""
    person = person_of(subject, doc, offset, index) or _one_person(subject, verb, offset, index)
    if person:
        named = index.mention_at(offset + subject.idx) is not None or subject.pos_ != "PRON"
        return person, True, named
    if subject.pos_ in ("PRON", "PROPN") and not _is_organisation(subject):
        return None, False, False
    phrase = _phrase(subject)
    if phrase is None or re.search(r"\d", phrase) or len(phrase.split()) > 8:
        return None, False, False  # a count or a long description is no actor to ask about
    return phrase, False, True


def _one_person(tok: Any, verb: Any, offset: int, index: NameIndex) -> str | None:
    """Return the one person named between the subject's start and its verb (« le juge X »)."""
    if tok.i > verb.i or tok.pos_ == "PRON":
        return None
    start = offset + tok.left_edge.idx
    end = offset + verb.idx
    found = {m.full for m in index.mentions_in(start, end)}
    return found.pop() if len(found) == 1 else None


def _is_organisation(tok: Any) -> bool:
    return tok.pos_ == "PROPN" and tok.ent_type_ in ("ORG", "LOC")


def _phrase(tok: Any, ctx: Context | None = None, offset: int = 0) -> str | None:
    """Return the noun phrase headed by `tok`, cut before a clause, a date or an aside; None if it points back.

    With `ctx`, « cette étape » becomes the article's first fuller « la … étape … » before it.
    """
    det = next((c for c in tok.children if c.dep_ == "det"), None)
    if ctx is not None and det is not None and det.lower_ in _POINTERS:
        return _antecedent(tok, ctx, offset + tok.idx)
    words = [t for t in tok.subtree]
    kept: list[Any] = []
    for t in words:
        if t.i > tok.i and _ends_phrase(t):
            break
        kept.append(t)
    while kept and (kept[-1].is_punct or kept[-1].pos_ in ("ADP", "DET", "CCONJ", "SCONJ")):
        kept.pop()
    if not kept or tok not in kept:
        return None
    if kept[0].lower_ in _POINTERS or any(t.pos_ == "PRON" and t.i == tok.i for t in kept):
        return None
    text: str = tok.doc[kept[0].i : kept[-1].i + 1].text
    if text.count("«") != text.count("»") or text.count('"') % 2:
        return None  # never cut inside quote marks
    return _VAGUE_END.sub("", text)


def _antecedent(tok: Any, ctx: Context, here: int) -> str | None:
    """Return the first definite noun phrase of the article before `here` with the head noun of `tok`."""
    firsts: dict[str, tuple[int, str] | None] = ctx.extras.setdefault("action_antecedents", {})
    if tok.lemma_ not in firsts:
        firsts[tok.lemma_] = _first_definite(tok.lemma_, ctx)
    first = firsts[tok.lemma_]
    return first[1] if first is not None and first[0] < here else None


def _first_definite(lemma: str, ctx: Context) -> tuple[int, str] | None:
    """Return the article offset and text of the first long « le/la … » phrase headed by `lemma`."""
    by_lemma: dict[str, list[tuple[int, Any, int]]] | None = ctx.extras.get("action_lemmas")
    if by_lemma is None:
        by_lemma = ctx.extras["action_lemmas"] = {}
        for offset, doc in sorted(ctx.names.docs.items()):
            for other in doc:
                by_lemma.setdefault(other.lemma_, []).append((offset, doc, other.i))
    for offset, doc, i in by_lemma.get(lemma, []):
        other = doc[i]
        det = next((c for c in other.children if c.dep_ == "det"), None)
        if det is not None and det.lower_ in ("le", "la", "l'"):
            phrase = _phrase(other)
            if phrase and len(phrase.split()) > 2:
                return offset + other.idx, phrase[0].lower() + phrase[1:]
    return None


def _ends_phrase(tok: Any) -> bool:
    """Tell a token that starts what a noun phrase must not carry (clause, aside, date, age)."""
    low = tok.lower_
    if tok.text in _STOPS or low in _RELATIVES:
        return True
    if low in lexicon.word_set("french_months") or low in lexicon.word_set("french_weekdays"):
        return True
    if tok.dep_ in ("acl:relcl", "acl") and tok.pos_ == "VERB":
        return True
    doc = tok.doc
    after = [t.lower_ for t in doc[tok.i + 1 : tok.i + 3]]
    months = lexicon.word_set("french_months")
    if tok.like_num and after[:1] and (after[0] in ("ans", "an") or after[0] in months):
        return True  # « à 78 ans », « 3 mars »
    return low == "le" and len(after) == 2 and doc[tok.i + 1].like_num and after[1] in months


def _phrase_gender(tok: Any) -> str | None:
    gender = tok.morph.get("Gender")
    return {"Fem": "f", "Masc": "m"}.get(gender[0]) if gender else None


def _predicate(verb: Any, entry: Verb, passive: bool, gender: str | None, plural: bool) -> str:
    """Return the verb group in the passé composé (« a remporté », « est morte », « a été nommé »)."""
    have = "ont" if plural else "a"
    be = "sont" if plural else "est"
    written = verb.text if "Part" in verb.morph.get("VerbForm") else None
    if passive:
        return f"{have} été {written or _agreed(entry.participle, gender, plural)}"
    if entry.aux == "être":
        return f"{be} {written or _agreed(entry.participle, gender, plural)}"
    return f"{have} {written or entry.participle}"


def _agreed(participle: str, gender: str | None, plural: bool) -> str:
    """Agree a participle with its subject (« mort » → « morte », « nommés »)."""
    word = participle + ("e" if gender == "f" and not participle.endswith("e") else "")
    return word + ("s" if plural and not word.endswith("s") else "")


def _agent(doc: Any, tok: Any, offset: int, index: NameIndex) -> str | None:
    """Return who did it, for a passive (« nommé par X »): a person's full name or a noun phrase."""
    return person_of(tok, doc, offset, index) or _without_case(_phrase(tok))


def _without_case(phrase: str | None) -> str | None:
    return re.sub(r"^(?:par|de|d')\s*", "", phrase) if phrase else None


def _circumstances(doc: Any, verb: Any, sent: Any, ctx: Context, entry: Verb) -> dict[str, Any]:
    """Return the clause's explicit date, its place, and the age of a death."""
    text = sent.text
    date, inferred = _date(text, ctx)
    place = next(
        (_place(c) for c in verb.children if c.dep_ in ("obl:mod", "obl") and _place(c)), None
    )
    age = _age(text)
    if age is None and entry.kind == "death":
        following = doc[sent.end : min(len(doc), sent.end + 20)].text
        age = _age(following.split(".")[0])
    return {"date": date, "date_inferred": inferred, "place": place, "age": age}


def _date(text: str, ctx: Context) -> tuple[str | None, bool]:
    """Return the sentence's explicit date (« le 6 mars 2021 », « en 1999 ») and whether its year is the article's."""
    months = "|".join(lexicon.words("french_months"))
    days = "|".join(lexicon.words("french_weekdays"))
    day = re.search(
        rf"\b(?:le |(?:{days}) )(\d{{1,2}}|1er) ({months})(?: ((?:1[5-9]|20)\d\d))?\b", text, re.I
    )
    if day:
        year = day.group(3) or _article_year(ctx)
        if year is None:
            return None, False
        return f"le {day.group(1)} {day.group(2).lower()} {year}", day.group(3) is None
    month = re.search(rf"\ben ({months}) ((?:1[5-9]|20)\d\d)\b", text, re.I)
    if month:
        return f"en {month.group(1).lower()} {month.group(2)}", False
    year = _YEAR.search(text)
    return (f"en {year.group(1)}", False) if year else (None, False)


def _article_month(ctx: Context) -> str | None:
    """Return « en mars 2021 »: the month of the article's date or dateline, or None."""
    months = lexicon.words("french_months")
    if ctx.article.date and re.match(r"^\d{4}-\d\d", ctx.article.date):
        year, month = ctx.article.date[:4], int(ctx.article.date[5:7])
        return f"en {months[month - 1]} {year}" if 1 <= month <= 12 else None
    head = ctx.article.text[ctx.article.body_start : ctx.article.body_start + 200].strip()
    line = head.split("\n")[0] if head else ""
    found = re.search(rf"\b({'|'.join(months)}) ((?:19|20)\d\d)\b", line, re.IGNORECASE)
    return f"en {found.group(1).lower()} {found.group(2)}" if found else None


def _article_year(ctx: Context) -> str | None:
    """Return the year of the article: its date, or the year of its dateline."""
    if ctx.article.date:
        return ctx.article.date[:4]
    head = ctx.article.text[ctx.article.body_start : ctx.article.body_start + 200].strip()
    found = re.search(r"\b((?:19|20)\d\d)\b", head.split("\n")[0] if head else "")
    return found.group(1) if found else None


def _place(tok: Any) -> str | None:
    """Return « à Lyon », « en Suède » for a place complement headed by a proper noun."""
    case = next((c for c in tok.children if c.dep_ == "case"), None)
    if tok.pos_ != "PROPN" or case is None or case.lower_ not in ("à", "en", "au", "aux"):
        return None
    if tok.ent_type_ not in ("LOC", "GPE", ""):
        return None
    return str(tok.doc[case.i : tok.i + 1].text)


def _age(text: str) -> str | None:
    found = _AGE.search(text)
    return f"{found.group(1)} ans" if found else None


def _lead_end(ctx: Context) -> int:
    """Return where the article's first paragraph ends (after its dateline line)."""
    key = "action.lead_end"
    if key not in ctx.extras:
        text = ctx.article.text
        start = ctx.article.body_start
        lines = text[start:].split("\n")
        while lines and (not lines[0].strip() or _is_furniture(lines[0])):
            start += len(lines.pop(0)) + 1
        end = text.find("\n", start)
        ctx.extras[key] = end if end > 0 else len(text)
    return int(ctx.extras[key])


def _weight(fields: dict[str, Any], sent: Any, offset: int, ctx: Context) -> float:
    """Weigh a clause by where it stands: the lead, the title, an actor named again and again."""
    lead = offset + sent.start_char <= _lead_end(ctx)
    title = fold(ctx.article.title or "")
    words = [w for w in fold(str(fields["actor"])).split() if len(w) > 3][-1:]
    words += [w for w in fold(str(fields["object"] or "")).split() if len(w) > 4][:2]
    in_title = bool(title) and any(f" {w} " in f" {title} " for w in words)
    if fields["actor_is_person"]:
        repeated = ctx.names.mention_count(str(fields["actor"])) >= 3
    else:  # the second occurrence, found once per actor: not a scan of the article per clause
        folded = str(ctx.extras.setdefault("action.folded", fold(ctx.article.text)))
        seen: dict[str, bool] = ctx.extras.setdefault("action.repeated", {})
        actor = fold(str(fields["actor"]))
        if actor not in seen:
            seen[actor] = folded.find(actor, folded.find(actor) + 1) >= 0 if actor else False
        repeated = seen[actor]
    return float(round(min(1.0, 0.3 + 0.35 * lead + 0.2 * in_title + 0.15 * repeated), 2))


def _confidence(fields: dict[str, Any], via_name: bool, verb: Any) -> float:
    """Rate how sure the clause is: named actor, a complement, an explicit date, the root verb."""
    score = 0.5 + (0.2 if via_name else 0.05)
    score += 0.15 if fields["object"] or fields["complement"] or fields["agent"] else 0.0
    score += 0.1 if fields["date"] and not fields["date_inferred"] else 0.0
    score += 0.05 if verb.dep_ == "ROOT" else 0.0
    return round(min(score, 1.0), 2)
