"""Extract leads facts: who or what heads an organisation, a mission, a team.

`via: verb` for « l'opération X dirigée par Y », « l'association que préside Y », « Y dirige X »,
« sous la direction de Y », « Y, à la tête de X »; `via: title` for head-of titles given to a
person (« Y, président de X », « le secrétaire général de X, Y », « X …, son directeur, Y »).
An activity or a work led (« la conduite du chantier est menée par Y », lexicon
leads_action_nouns) is no entity, nor a noun inside a work the participle agrees with (« une
thèse sur …, dirigée par Y »). « ce dernier » before a lead verb is the person named last; « il »
/ « elle » lead only with one possible referent nearby; « X succède à Y à la tête de Z » is given
by `derive.leads_from_successions` (through `record`), so the name before that « à la tête
de » is no leader.
Besides the contract's fields,
facts carry `leader_gender`, `entity_gender` and `entity_number` (from the entity's head noun) so
templates can agree (« la mission dirigée par »).
"""

from __future__ import annotations

import functools
import re
from typing import Any

from generators import lexicon
from generators.extract.article_place import bare_head_entity, bare_title
from generators.extract.context import Context
from generators.extract.coreference import person_of
from generators.extract.head_titles import names_body, state_of, title_patterns, trailing_modifiers
from generators.extract.leading import (
    action_nouns,
    body_named_after_head,
    entity_phrase,
    from_verb,
    leader_of,
    verb_candidates,
)
from generators.extract.local_heads import organisation_before, party_heads, town_heads
from generators.extract.name_spans import first_names
from generators.extract.names import NameIndex
from generators.extract.place_pointers import generic_place, kind_named, place_for, read_last
from generators.extract.pointing_heads import pointing_heads, title_starts
from generators.extract.possessive_heads import possessive_heads
from generators.extract.roles import role_held_before
from generators.extract.titles import token_gender
from generators.extract.tokens import norm, phrase_starts, phrases, sentence_of, tokens_where
from generators.french.countries import state_complement
from generators.french.grammar import contract
from generators.records import Fact


def extract(doc: Any, offset: int, ctx: Context) -> list[Fact]:
    """Return the leads facts of the doc parsed at `offset`."""
    index: NameIndex = ctx.names
    merged = index.doc(offset)
    found: list[
        tuple[int, Any, str, Any, Any, str]
    ] = []  # (position, sent, leader, leader head, entity head, via)
    pointed: list[tuple[int, Any, str, Any, Any, str]] = []
    worded = tokens_where(merged, ("LOWER", "ORTH"), _opens_lead_words)
    verbs = verb_candidates(merged)
    for tok in (merged[i] for i in sorted(worded | verbs)):
        if tok.i in verbs:
            found.extend(from_verb(merged, tok, offset, index))
        if tok.i not in worded:
            continue  # the four readers below each start on one of these words
        found.extend(_from_phrase(merged, tok, offset, index))
        found.extend(body_named_after_head(merged, tok, offset, index))
        found.extend(town_heads(merged, tok, offset, index))
        found.extend(party_heads(merged, tok, offset, index))
        pointed.extend(pointing_heads(merged, tok, offset, index))
    for role in index.roles:
        if role.offset == offset:
            found.extend(_from_title(ctx, merged, role, offset))
    named = {f[2] for f in pointed}  # « le chef de l'organisation, A »: the body it points back to
    found = [f for f in found if f[2] not in named or not _generic_body(f[4])] + pointed
    facts: list[Fact] = []
    for _pos, sent, leader, leader_tok, entity, via in sorted(
        found, key=lambda f: (read_last(f), f[0])
    ):
        fact = record(ctx, sent, offset, (leader, leader_tok), entity, via)
        if fact is not None:
            facts.append(fact)
    return facts


def _opens_lead_words(lower: str, _orth: str) -> bool:
    """Tell whether a word may start a head phrase, a body named after its head, a town's head, a
    party's or a head title pointing back (the first test of `_from_phrase`,
    `body_named_after_head`, `town_heads`, `party_heads`, `pointing_heads`)."""
    return (
        lower in phrase_starts("leads_phrases")
        or lower in lexicon.word_set("leads_bodies_named_after_head")
        or lower in lexicon.word_set("leads_town_titles")
        or lower in lexicon.word_set("leads_party_nouns")
        or lower in title_starts()
    )


@functools.cache
def _exceptions() -> frozenset[str]:
    """The complements of lexicon leads_entity_exceptions, normalized."""
    return frozenset(norm(w) for w in lexicon.words("leads_entity_exceptions"))


def _managed(entity: str | None) -> str | None:
    """« direction de la banque Y » → « banque Y »: the body a management noun's « de » names
    (lexicon leads_management_nouns), else `entity` as it is."""
    found = re.match(r"(\w+) (?:de la |de l['’]|du |des |de |d['’])(.+)", entity or "")
    if found and found.group(1).lower() in lexicon.word_set("leads_management_nouns"):
        return found.group(2)
    return entity


@functools.cache
def _staffed() -> frozenset[str]:
    """The missions abroad (lexicon leads_staffed_bodies: « ambassade »), led by no title."""
    return frozenset(norm(w) for w in lexicon.words("leads_staffed_bodies"))


def record(
    ctx: Context, sent: Any, offset: int, leader: tuple[str | None, Any], entity: Any, via: str
) -> Fact | None:
    """Return the fact that `leader` (name, token) heads `entity`, unless refused or already given.

    `entity` is its head token, or (text, head token) when the text is not the token's phrase.
    """
    index: NameIndex = ctx.names
    seen: set[tuple[str, str, str]] = ctx.extras.setdefault("leads_seen", set())
    name, leader_tok = leader
    entity_text, head = (
        entity if isinstance(entity, tuple) else (entity_phrase(index.doc(offset), entity), entity)
    )
    entity_text = _managed(entity_text) if via.startswith("title") else entity_text
    if name and entity_text and generic_place(entity_text):
        entity_text, head = place_for(ctx, name, entity_text), None  # « maire de la ville »
    if (
        not name
        or not entity_text
        or norm(entity_text) in _exceptions()
        or (via.startswith("title") and norm(entity_text).split()[0] in _staffed())
        or _is_activity(entity_text)
        or entity_text.split()[0].lower() in ("ce", "cet", "cette", "ces")
    ):
        return None  # « maire de cette commune »: which one the sentence does not say
    key = (norm(name), _head_key(entity_text), _proper_words(entity_text))
    if any(_same_body(key, other) for other in seen):
        return None
    seen.add(key)
    made: list[tuple[str, str, Any]] = ctx.extras.setdefault("leads_made", [])
    made.append((name, entity_text, head))
    pronoun = via.endswith("-pronoun")  # the title's holder is « il » / « elle »
    via = via.removesuffix("-pronoun")
    context = via.endswith("-context")  # the body is the office the sentence names
    via = via.removesuffix("-context")
    past = via.endswith("-past")
    via = via.removesuffix("-past")
    fields = _fields(index, name, leader_tok, entity_text, head, via)
    if past:
        fields["past"] = True
    evidence = (
        "pronoun"
        if pronoun
        else "context"
        if context
        else via
        if via in ("title", "verb", "succession")
        else None
    )
    fields["via"] = "title" if via == "succession" else via
    return ctx.fact("leads", sent, offset, evidence=evidence, **fields)


def _fields(
    index: NameIndex, leader: str, leader_tok: Any, entity_text: str, entity: Any, via: str
) -> dict[str, Any]:
    head = entity
    leader_gender = index.gender(leader) if index.resolve(leader) == leader else None
    if leader_gender is None and leader_tok is not None and index.resolve(leader) != leader:
        leader_gender = token_gender(leader_tok)
    number = head.morph.get("Number") if head is not None else []
    return {
        "leader": leader,
        "entity": entity_text,
        "via": via,
        "leader_gender": leader_gender,
        "entity_gender": token_gender(head) if head is not None else None,
        "entity_number": ("p" if number[0] == "Plur" else "s") if number else None,
    }


def _is_activity(entity: str) -> bool:
    """Tell whether the entity is an activity or a work (« conduite des travaux »), not a body led."""
    words = norm(entity).split()
    return bool(words) and words[0] in action_nouns()


def _proper_words(entity: str) -> str:
    """Return the capitalised words after an entity's first (« diocèse de Vernay » → « vernay »)."""
    return " ".join(norm(w) for w in entity.split()[1:] if w[:1].isupper())


def _same_body(key: tuple[str, str, str], other: tuple[str, str, str]) -> bool:
    """Tell whether two (leader, head noun, proper words) keys name one body led: same leader and
    head, unless both name different places (« diocèse de Vernay » / « diocèse de Lormes »)."""
    names = key[2], other[2]
    return key[:2] == other[:2] and (names[0] == names[1] or not all(names))


def _head_key(entity: str) -> str:
    words = [w for w in norm(entity).split() if w not in ("le", "la", "les", "l")]
    return words[0] if words else ""


def _from_phrase(
    doc: Any, tok: Any, offset: int, index: NameIndex
) -> list[tuple[int, Any, str, Any, Any, str]]:
    if tok.lower_ not in phrase_starts("leads_phrases"):
        return []
    for words in phrases("leads_phrases"):
        span = doc[tok.i : tok.i + len(words)]
        if len(span) != len(words) or any(
            not _same_word(w, t.lower_) for w, t in zip(words, span, strict=False)
        ):
            continue
        after = doc[span.end] if span.end < len(doc) else None
        if after is None:
            return []
        target = after if after.pos_ != "DET" else after.head
        if words[0] == "sous":  # « Y, sous la direction de X »: X leads Y
            leader, leader_tok = leader_of(doc, target, offset, index)
            entity = tok.head if tok.head.pos_ in ("NOUN", "PROPN") else None
            if entity is None or entity.i > tok.i:
                entity = _noun_before(doc, tok)
            entity = _phrase_top(entity)
            if entity is not None and _is_date(entity):
                entity = None  # « En mai 1990, sous le commandement de X, … »: a date, not a body
            return (
                [(tok.i, sentence_of(tok), leader, leader_tok, entity, "verb")]
                if leader and entity is not None
                else []
            )
        if _after_succession(doc, tok):
            return []  # « X succède à Y à la tête de Z »: the name before is the predecessor
        person = _person_before(doc, tok, offset, index)
        left = any(  # « son remplacement à la tête de Z »: Z was led, not any more
            t.lemma_.lower() in lexicon.word_set("leads_departure_nouns")
            for t in doc[max(sentence_of(tok).start, tok.i - 2) : tok.i]
        )
        return (
            [(tok.i, sentence_of(tok), person, None, target, "verb-past" if left else "verb")]
            if person and target.pos_ in ("NOUN", "PROPN")
            else []
        )
    return []


def _same_word(word: str, token: str) -> bool:
    """Tell whether a phrase's word is the token, « de » also contracted (« à la tête du club »)."""
    return token == word or (word == "de" and token in ("du", "des"))


def _after_succession(doc: Any, tok: Any) -> bool:
    """Tell whether a succession verb (lexicon succession_verbs) comes before `tok` in its sentence."""
    verbs = lexicon.word_set("succession_verbs")
    return any(t.lemma_.lower() in verbs for t in doc[sentence_of(tok).start : tok.i])


def _phrase_top(noun: Any) -> Any:
    """Return the noun heading the phrase `noun` completes (« la Fédération des Tanneurs » for
    « Tanneurs »); None when that is what a verb acts on (« a voté le budget sous la … de X »)."""
    while (
        noun is not None
        and noun.dep_ in ("nmod", "flat:name")
        and noun.head.pos_ in ("NOUN", "PROPN")
        and noun.head.i < noun.i
    ):
        noun = noun.head
    return None if noun is None or noun.dep_ == "obj" else noun


def _is_date(tok: Any) -> bool:
    """Tell whether a noun is a date or a time word (« novembre », « lundi », « 1990 »)."""
    return tok.ent_type_ == "DATE" or tok.lower_ in (
        lexicon.word_set("french_months") | lexicon.word_set("french_weekdays")
    )


def _noun_before(doc: Any, tok: Any) -> Any:
    k = tok.i - 1
    while k >= sentence_of(tok).start and doc[k].pos_ not in ("NOUN", "PROPN"):
        if doc[k].pos_ in ("VERB", "AUX"):
            return None
        k -= 1
    return doc[k] if k >= sentence_of(tok).start else None


def _person_before(doc: Any, tok: Any, offset: int, index: NameIndex) -> str | None:
    """Return the subject person of « à la tête de »: the clause subject or the name just before."""
    for head in (tok.head, _governing_verb(tok.head)):
        subj = (
            next((c for c in head.children if c.dep_.startswith("nsubj")), None) if head else None
        )
        person = person_of(subj, doc, offset, index) if subj is not None else None
        if person:
            return person
    found = index.mentions_in(
        offset + doc[max(sentence_of(tok).start, tok.i - 6)].idx, offset + tok.idx
    )
    found = [m for m in found if not _after_par(doc, m.start - offset)]
    return found[-1].full if found else None


def _governing_verb(noun: Any) -> Any:
    """Return the verb « tête » is an adverbial of, through another adverbial noun it may hang on
    (« A a été réélu dès le premier tour à la tête de X »), else None."""
    while noun.dep_ in ("nmod", "obl", "obl:mod") and noun.head.pos_ == "NOUN":
        if not noun.head.dep_.startswith("obl") or noun.head.i > noun.i:
            return None
        noun = noun.head
    return noun.head if noun.dep_.startswith("obl") and noun.head.pos_ == "VERB" else None


def _after_par(doc: Any, char: int) -> bool:
    """Tell whether the word at doc character `char` follows « par » (an agent: « nommé par A »)."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span is not None and span.start > 0 and doc[span.start - 1].lower_ == "par"


def _from_title(
    ctx: Context, doc: Any, role: Any, offset: int
) -> list[tuple[int, Any, str, Any, Any, str]]:
    """« président de X » given to a person → the person leads X; a bare head title (« le
    président A », « président de la République ») leads the article's country (article_place)."""
    text = re.sub(
        r"^(?:ex-|ancien(?:ne)?s? |futur(?:e)?s? |actuel(?:le)?s? |nouvel(?:le)?s? |nouveau |alors )",
        "",
        role.role,
        flags=re.IGNORECASE,
    )
    if role.role.split()[0].lower() in lexicon.word_set("leads_future_markers"):
        return []  # « la future présidente du club, A »: not the head yet
    via = "title-past" if role_held_before(role) else "title"
    via += "-pronoun" if role.kind == "pronoun" else ""
    named_only = lexicon.words("leads_named_titles")
    place = bare_head_entity(ctx, doc, role)
    sent = doc[role.sent[0] : role.sent[1]]
    placed = [(role.start - offset, sent, role.person, None, (place, None), via)] if place else []
    if placed and state_complement(bare_title(role.role)):
        return placed  # « président de la République »: the article's country
    for title, pattern in title_patterns():
        match = pattern.match(text)
        named = names_body(match.group(1)) or kind_named(match.group(1)) if match else False
        if match and title in named_only and not named:
            continue  # « responsable de la communication »: no body named
        if match and _names_person(ctx.names, title, match.group(1).strip()):
            return []  # « le manager de Christina », « l'entraîneur de Léa Roux »: a person's
        if match:
            entity = _domain(title, match.group(1).strip())
            head = _entity_head(doc, role, entity, offset)
            sent = doc[role.sent[0] : role.sent[1]]
            return [(role.start - offset, sent, role.person, None, (entity, head), via)]
    bare = trailing_modifiers().sub("", text).lower()
    if bare in lexicon.word_set("leads_titles"):
        nearby = _from_office_nearby(doc, role, bare, offset) if _own_office(role.role) else []
        pointed = organisation_before(doc, role, offset, ctx.names)
        return possessive_heads(doc, role, offset) or nearby or placed or pointed
    country = state_of(bare)
    if country:
        return [(role.start - offset, sent, role.person, None, (country, None), via)]
    return placed


def _generic_body(entity: Any) -> bool:
    """Tell whether a title's complement, (text, head) or a token, is a generic body noun alone
    (« l'organisation »)."""
    text = entity[0] if isinstance(entity, tuple) else getattr(entity, "text", "")
    words = [w for w in norm(text or "").split() if w not in ("le", "la", "les", "l", "du", "de")]
    return len(words) == 1 and words[0] in lexicon.word_set("leads_pointing_bodies")


def _names_person(index: NameIndex, title: str, entity: str) -> bool:
    """Tell whether the complement of a title that may take a person (lexicon
    leads_titles_of_people: « le manager de Lina », « l'entraîneur de Léa Roux ») is a person, whom
    no one leads: a known first name, or one word the article gives a person (« Lina »)."""
    words = entity.split()
    if title.lower() not in lexicon.word_set("leads_titles_of_people") or not words:
        return False
    if len(words) > 3 or not all(w[:1].isupper() for w in words):
        return False
    return words[0] in first_names() or (
        len(words) == 1
        and (
            index.resolve(entity) is not None
            or any(full.split()[0] == words[0] for full in index.people() if " " in full)
        )
    )


def _own_office(role_text: str) -> bool:
    """Tell whether a title marks its holder as the office's current one (« maire sortant »,
    « l'actuel président »): only then may an office named nearby be the holder's."""
    return re.search(r"\b(?:sortant|actuel)(?:le)?s?\b", role_text, re.IGNORECASE) is not None


def _same_noun(office: str, title: str) -> bool:
    """Tell whether an office noun and a title share their stem (« mairie » ↔ « maire »)."""
    office, title = office.lower(), title.lower()
    return len(title) >= 4 and office[:4] == title[:4]


def _from_office_nearby(
    doc: Any, role: Any, title: str, offset: int
) -> list[tuple[int, Any, str, Any, Any, str]]:
    """« candidate à la mairie de X … affrontera le maire sortant A » → A leads X: a bare title
    marked as the current one (« sortant », « actuel ») whose own office, the same noun (lexicon
    leads_office_nouns), the sentence names once with its place."""
    offices = [
        tuple(entry.split("|")[0].split())
        for entry in lexicon.words("leads_office_nouns")
        if title in entry.split("|")[1:] and _same_noun(entry.split("|")[0], title)
    ]
    sent = doc[role.sent[0] : role.sent[1]]
    found = []
    for tok in sent:
        for words in offices:
            end = tok.i + len(words)
            if (
                end + 1 < sent.end
                and [t.lower_ for t in doc[tok.i : end]] == list(words)
                and doc[end].lower_ in ("de", "du", "d'")
            ):
                head = doc[end + 1] if doc[end + 1].pos_ != "DET" else doc[end + 2]
                found.append(head)
    if len(found) != 1 or role_held_before(role) or not found[0].text[:1].isupper():
        return []
    via = "title-context" + ("-pronoun" if role.kind == "pronoun" else "")
    entity = (_named_phrase(doc, found[0]), found[0])
    return [(role.start - offset, sent, role.person, None, entity, via)]


def _named_phrase(doc: Any, head: Any) -> str:
    """Return a proper name from `head` on (« Fédération française de judo », « Vanville »)."""
    end = head.i + 1
    while end < len(doc):
        tok = doc[end]
        nxt = doc[end + 1] if end + 1 < len(doc) else None
        if tok.text[:1].isupper() or (tok.pos_ == "ADJ" and tok.is_lower):
            end += 1
        elif tok.lower_ in ("de", "d'", "du", "des") and nxt is not None and nxt.pos_ != "DET":
            end += 2 if nxt.text[:1].isupper() or nxt.pos_ == "NOUN" else 0
            if doc[end - 1].i == tok.i:
                break
        else:
            break
    return str(doc[head.i : end].text)


def _entity_head(doc: Any, role: Any, entity: str, offset: int) -> Any:
    """Return the token that heads `entity` inside the role's sentence, for its gender and number."""
    first = entity.split()[0].rstrip("'")
    for tok in doc[role.sent[0] : role.sent[1]]:
        if offset + tok.idx >= role.start and tok.text == first:
            return tok if entity_phrase(doc, tok) else None
    return None


def _domain(title: str, entity: str) -> str:
    """Return « diocèse d'Orlan » for the bishop « d'Orlan »: a bare place after a title whose domain
    is the place's (lexicon leads_title_domains); any other entity as it is."""
    domain = _domains().get(title.lower())
    if domain is None or not entity[:1].isupper():
        return entity
    return f"{domain} {contract('de', entity)}"


@functools.cache
def _domains() -> dict[str, str]:
    """Return each title of lexicon/leads_title_domains.txt with the domain noun it heads."""
    return dict(line.split(maxsplit=1) for line in lexicon.words("leads_title_domains"))
