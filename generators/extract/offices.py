"""Offices taken and titles given by a clause: « X a été nommée à la tête de l'office Y », « la
réélection de X à la direction de Y », « X prend la direction de Y », « X, élu maire de Y »,
« X, 47 ans, est directeur de Y », « Y, dont le président est X »."""

from __future__ import annotations

import functools
from typing import Any

from generators import lexicon
from generators.extract.appositions import biography_subject
from generators.extract.coreference import person_of
from generators.extract.leading import action_nouns
from generators.extract.names import NameIndex, RoleMention
from generators.extract.role_links import imperfect_frame
from generators.extract.role_places import future_naming, naming_year
from generators.extract.roles import extend_role, make_role, skip_dates
from generators.extract.succession_cues import negated
from generators.extract.titles import (
    after_rank,
    is_civility,
    is_modifier,
    not_held_yet,
    title_end,
    token_gender,
)
from generators.extract.tokens import column, norm, sentence_of


@functools.cache
def _office_nouns() -> tuple[tuple[tuple[str, ...], str, str], ...]:
    """Return (office words, masculine title, feminine title), the longest office first."""
    rows = []
    for entry in lexicon.words("leads_office_nouns"):
        office, masc, fem = entry.split("|")
        rows.append((tuple(office.lower().split()), masc, fem))
    return tuple(sorted(rows, key=lambda row: -len(row[0])))


def _office_at(doc: Any, i: int) -> tuple[int, str, str] | None:
    """Return (end, titles) of an office noun at token `i` followed by « de », else None."""
    if i >= len(doc) or doc[i].lower_ not in {words[0] for words, _, _ in _office_nouns()}:
        return None
    for words, masc, fem in _office_nouns():
        end = i + len(words)
        if (
            end < len(doc)
            and [t.lower_ for t in doc[i:end]] == list(words)
            and doc[end].lower_ in ("de", "du", "des", "d'")
        ):
            return end, masc, fem
    return None


def offices(doc: Any, offset: int, index: NameIndex) -> list[RoleMention]:
    """« X a été nommée à la tête de l'office Y », « la réélection de X à la direction de Y »,
    « X prend la direction de Y », « X, élu maire de Y »: the office's title, given to X."""
    out: list[RoleMention] = []
    firsts = {words[0] for words, _, _ in _office_nouns()}
    naming = lexicon.word_set("people_naming_participles")
    for i in _indexes(doc, firsts | naming, before=frozenset({"au", "la", "le", "l'"})):
        tok = doc[i]
        if tok.lower_ == "au":
            office, back = _office_at(doc, i + 1), i - 1
        elif tok.lower_ == "à" and i + 1 < len(doc) and doc[i + 1].lower_ in ("la", "l'"):
            office, back = _office_at(doc, i + 2), i - 1
        elif tok.lower_ in ("la", "le", "l'"):
            office, back = _office_at(doc, i + 1), i - 1
        elif tok.lower_ in lexicon.word_set("people_naming_participles"):
            out.extend(_named_to_title(doc, tok, offset, index))
            continue
        else:
            continue
        if office is None:
            continue
        takers = tok.lower_ not in ("au", "à")
        end = extend_role(doc, office[0], index, offset)
        trigger = _office_trigger(doc, back, takers, offset, index)
        if trigger is None and takers and not _pointing_back(doc, office[0], end):
            trigger, holder, kind = _taken_by(doc, end, offset, index)
        elif trigger is not None:
            holder, kind = _office_holder(doc, trigger, i, offset, index)
        if trigger is None:
            continue
        if holder is None or end <= office[0] + 1 or _event_led(doc, office[0], end):
            continue
        if takers and _a_way(doc, office[0], end):
            continue  # « il prend la direction de Lyon »: a way, not an office
        out.append(_office_role(doc, tok, office, end, holder, kind, trigger, offset, index))
    return out


def _pointing_back(doc: Any, start: int, end: int) -> bool:
    """Tell an office's body that only points back (« la direction du parti »: which one?)."""
    words = [t for t in doc[start:end] if t.pos_ in ("NOUN", "PROPN")]
    bodies = lexicon.word_set("leads_pointing_bodies")
    return not any(t.text[:1].isupper() for t in words) and any(t.lower_ in bodies for t in words)


def _taken_by(doc: Any, end: int, offset: int, index: NameIndex) -> tuple[Any, str | None, str]:
    """« La présidence du club sera assurée par X »: the participle of an office taker after the
    office's phrase, then « par » and a name: (participle, X, "office"), else (None, None, "")."""
    takers = lexicon.word_set("leads_office_takers")
    stop = min(sentence_of(doc[min(end, len(doc) - 1)]).end, end + 6)
    for k in range(end, stop - 1):
        tok = doc[k]
        if tok.is_punct:
            break
        if tok.lemma_.lower() in takers and "Part" in tok.morph.get("VerbForm"):
            by = doc[k + 1]
            mention = index.mention_at(offset + doc[k + 2].idx) if k + 2 < len(doc) else None
            if by.lower_ == "par" and mention is not None and not negated(tok):
                return tok, mention.full, "office"
            break
    return None, None, ""


def _event_led(doc: Any, start: int, end: int) -> bool:
    """Tell whether the office's complement is a race or an event (« la tête de la course »)."""
    noun = next((t for t in doc[start:end] if t.pos_ in ("NOUN", "PROPN")), None)
    return noun is not None and norm(noun.text) in action_nouns()


def _office_role(
    doc: Any,
    tok: Any,
    office: tuple[int, str, str],
    end: int,
    holder: str,
    kind: str,
    trigger: Any,
    offset: int,
    index: NameIndex,
) -> RoleMention:
    """Return the role « président du Sénégal » an office phrase gives `holder`."""
    _, masc, fem = office
    gender = index.gender(holder)
    if gender is None and trigger.pos_ in ("VERB", "ADJ", "AUX"):
        gender = token_gender(trigger) if "Part" in trigger.morph.get("VerbForm") else None
    title = fem if gender == "f" else masc
    start = tok.i + 1 if tok.lower_ != "à" else tok.i + 2
    role = make_role(doc, start, end, holder, offset, kind)
    role.role = f"{title} {doc[office[0] : end].text}".replace("' ", "'")
    role.head, role.role_gender = title, gender
    return role


def _indexes(
    doc: Any, words: frozenset[str] | set[str], before: frozenset[str] = frozenset()
) -> list[int]:
    """Return the tokens whose lower-cased text is in `words`, or, for a word of `before`, the
    token before such a word (« au » / « la » before « présidence »), in order."""
    lowers = column(doc, "LOWER")
    found: set[int] = set()
    for i, low in enumerate(lowers):
        if low in words:
            if i > 0 and lowers[i - 1] in before:
                found.add(i - 1)
            if i > 1 and lowers[i - 1] in ("la", "l'") and lowers[i - 2] == "à":
                found.add(i - 2)
            found.add(i)
    return sorted(found)


_WHEN = frozenset({"le", "en", "dès", "ce", "cette", "lors"})


def _office_trigger(doc: Any, k: int, takers: bool, offset: int, index: NameIndex) -> Any:
    """Return the verb or noun that puts someone into the office, walking back from token `k`."""
    words = lexicon.word_set("leads_office_takers" if takers else "leads_office_triggers")
    sent_start = sentence_of(doc[max(k, 0)]).start
    steps = 0
    while k >= sent_start and steps < 12:
        t = doc[k]
        if t.text in ("'", "’") or index.mention_at(offset + t.idx) is not None:
            k -= 1  # « la réélection d' A B à la présidence »: the holder's name
            continue
        if (
            t.lemma_.lower() in words
            or t.lower_ in words
            or (not takers and t.lower_ in lexicon.word_set("people_naming_participles"))
        ):
            return t
        if takers and t.pos_ != "ADV":
            return None  # « prend la tête de »: the verb comes right before
        if t.is_punct or t.pos_ in ("SCONJ", "CCONJ", "PRON") or (t.pos_ == "VERB" and steps):
            return None
        if t.pos_ in ("NOUN", "ADJ") and not _when_word(t):
            return None  # « a porté plainte à la direction de X »: an object, not the holder
        steps += 1
        k -= 1
    return None


def _a_way(doc: Any, start: int, end: int) -> bool:
    """Tell whether « la direction de » names a place to go (« de Lyon »), not a body."""
    noun = next((t for t in doc[start:end] if t.pos_ in ("NOUN", "PROPN")), None)
    return doc[start - 1].lower_ == "direction" and noun is not None and noun.ent_type_ == "LOC"


def _when_word(tok: Any) -> bool:
    """Tell whether a noun says when (« dimanche », « décembre », « matin »)."""
    low = tok.lower_
    return (
        low in lexicon.word_set("french_weekdays")
        or low in lexicon.word_set("french_months")
        or low
        in ("matin", "soir", "midi", "veille", "lendemain", "année", "mois", "semaine", "jour")
    )


def _office_holder(
    doc: Any, trigger: Any, i: int, offset: int, index: NameIndex
) -> tuple[str | None, str]:
    """Return who takes the office and the evidence: a name after the trigger, its subject."""
    found = index.mentions_in(offset + trigger.idx + len(trigger), offset + doc[i].idx)
    if trigger.pos_ == "NOUN" and trigger.lower_ not in lexicon.word_set(
        "people_naming_participles"
    ):
        de = doc[trigger.i + 1] if trigger.i + 1 < len(doc) else None
        named = found and de is not None and de.lower_ in ("de", "d'", "du", "d")
        return (found[0].full if named else None), "office"
    found = [m for m in found if not _agent(doc, m, offset)]
    if found:
        return found[-1].full, "office"  # « le conseil a élu A à la présidence »
    return _participle_subject(doc, trigger, offset, index)


def _agent(doc: Any, mention: Any, offset: int) -> bool:
    """Tell whether a mention is an agent (« nommé par A à la tête de Y »: A names, not named)."""
    span = doc.char_span(mention.start - offset, mention.end - offset, alignment_mode="expand")
    return span is not None and span.start > 0 and doc[span.start - 1].lower_ == "par"


def _participle_subject(
    doc: Any, verb: Any, offset: int, index: NameIndex
) -> tuple[str | None, str]:
    """Return the subject of a naming verb (« A a été élue », « A, élu … », « elle est élue »)."""
    subj = next((c for c in verb.children if c.dep_.startswith("nsubj")), None)
    if subj is not None:
        if subj.pos_ == "PRON":
            return pronoun_holder(doc, subj, offset, index)
        person = person_of(subj, doc, offset, index)
        if person is not None:
            return person, "office"
    k = verb.i - 1  # « le candidat A, a été élu »: the name right before, not its title noun
    while k > 0 and doc[k].pos_ in ("AUX", "ADV"):
        k -= 1
    end = k - 1 if doc[k].text == "," else k
    mention = _mention_ending(doc, end, offset, index) or _mention_ending(
        doc, _before_affiliation(doc, end), offset, index
    )
    if mention is not None and not _after_of(doc, mention, offset):
        return mention.full, "office"
    if doc[k].lower_ == "et" and verb.head.i != verb.i:  # « elle bat X et est élue … »
        return _participle_subject(doc, verb.head, offset, index)
    return None, "office"


def _after_of(doc: Any, mention: Any, offset: int) -> bool:
    """Tell whether a mention follows « de » (« le rival de A a été élu »: A is not the subject)."""
    span = doc.char_span(mention.start - offset, mention.end - offset, alignment_mode="expand")
    return span is not None and span.start > 0 and doc[span.start - 1].lower_ in _OF


def _before_affiliation(doc: Any, k: int) -> int:
    """Return the token before a party or body that ends at `k` after a name (« A du Parti Vert
    (PV), a été élu »: the subject is A), or `k` when there is none."""
    j = k
    if j > 0 and doc[j].text == ")":
        while j > 0 and doc[j].text != "(":
            j -= 1
        j -= 1
    m = j
    while m > 0 and doc[m].text[:1].isupper():
        m -= 1
    if m < j and doc[m + 1].lower_ in lexicon.word_set("people_named_bodies"):
        if doc[m].lower_ in ("du", "des"):
            return m - 1
        if doc[m].lower_ in ("la", "l'") and m > 0 and doc[m - 1].lower_ == "de":
            return m - 2
    return j if j < k and doc[k].text == ")" else k


def pronoun_holder(doc: Any, pronoun: Any, offset: int, index: NameIndex) -> tuple[str | None, str]:
    """Return who « il » / « elle » holding a title is: the person resolved, when named as a
    subject in this sentence or the one before, or when no one of that gender is named there
    (a chain of pronouns about one person) but the article's most named person, or the
    biography's subject; else no one."""
    if pronoun.lower_ not in ("il", "elle"):
        return None, "pronoun"
    person = person_of(pronoun, doc, offset, index)
    sent = sentence_of(pronoun)
    start = sentence_of(doc[sent.start - 1]).start if sent.start > 0 else sent.start
    pos = offset + pronoun.idx
    near = index.mentions_in(min(offset + doc[start].idx, pos - _REACH), pos)
    gender = "f" if pronoun.lower_ == "elle" else "m"
    rivals = {m.full for m in near if index.gender(m.full) in (None, gender)}
    if person is not None and any(m.full == person and m.subject for m in near):
        return person, "attribute"  # the subject of this sentence or the one before
    topic = max(index.people(), key=index.mention_count, default=None)
    if person is None or not (
        person == biography_subject(index) or not rivals or (person == topic and rivals == {person})
    ):
        return None, "pronoun"  # someone else of that gender was named just before, not as subject
    return person, _pronoun_kind(doc, pronoun, person, offset, index)


_REACH = 300  # characters before a pronoun where another person of its gender makes it unsure


def _pronoun_kind(doc: Any, pronoun: Any, person: str | None, offset: int, index: NameIndex) -> str:
    """Return "pronoun" (low confidence) unless the person is named earlier in the same sentence."""
    sent = sentence_of(pronoun)
    here = index.mentions_in(offset + sent.start_char, offset + pronoun.idx)
    named = person is not None and (
        any(m.full == person for m in here) or person == biography_subject(index)
    )
    return "attribute" if named else "pronoun"


def _named_to_title(doc: Any, verb: Any, offset: int, index: NameIndex) -> list[RoleMention]:
    """« A a été nommée présidente de l'office Y lundi », « A, élu maire de Y en 2003 »."""
    p = verb.i + 1
    while p < len(doc) and (
        doc[p].pos_ == "ADV"
        or doc[p].lower_ in lexicon.word_set("french_weekdays")
        or doc[p].lower_ in _WHEN
    ):
        p += 1
    p = skip_dates(doc, p)
    while p < len(doc) and is_modifier(doc[p]):
        p += 1
    if p >= len(doc) or not doc[p].is_lower or title_end(doc, p) < 0:
        return []
    if doc[p].lower_ in lexicon.word_set("people_naming_participles"):
        return []
    holder, kind = _participle_subject(doc, verb, offset, index)
    if holder is None or negated(verb) or future_naming(verb):
        return []  # « A n'a pas été nommé ministre », « A sera élu président si … »
    end = extend_role(doc, title_end(doc, p), index, offset)
    role = make_role(doc, p, end, holder, offset, "pronoun" if kind == "pronoun" else "attribute")
    role.year = naming_year(doc, verb, end)
    return [role]


_COPULAS = frozenset({"être", "devenir", "rester", "demeurer", "redevenir"})


_OF = frozenset({"de", "d'", "à", "par", "du", "des", "au", "aux"})


def _mention_ending(doc: Any, k: int, offset: int, index: NameIndex) -> Any:
    """Return the person mention ending at token `k`, or None."""
    end = offset + doc[k].idx + len(doc[k])
    mention = index.mention_at(end - 1)
    return mention if mention is not None and mention.end == end else None


def copular_titles(doc: Any, offset: int, index: NameIndex) -> list[RoleMention]:
    """« A, 47 ans, est directeur de Y », « A est aussi porte-parole de Y », « elle est conseillère »."""
    out: list[RoleMention] = []
    for i in _indexes(doc, lexicon.word_set("people_copulas")):
        tok = doc[i]
        if tok.lemma_.lower() not in _COPULAS or tok.pos_ not in ("AUX", "VERB"):
            continue
        p = tok.i + 1
        said = p + 1 if p + 1 < len(doc) and doc[p].pos_ == "DET" else min(p, len(doc) - 1)
        if not_held_yet(tok, doc[said]):
            continue  # « A, qui deviendra ministre », « A sera maire »: not held yet
        if p < len(doc) and doc[p].lemma_ in _COPULAS and "Part" in doc[p].morph.get("VerbForm"):
            p += 1  # « A est devenu président »: a compound tense
        while p < len(doc) and doc[p].pos_ == "ADV":
            p += 1
        if p < len(doc) and doc[p].lower_ in ("un", "une"):
            p += 1
        p = after_rank(doc, p)  # « A est devenu le 45e président de X »
        while p < len(doc) and is_modifier(doc[p]):
            p += 1
        if p >= len(doc) or not doc[p].is_lower or title_end(doc, p) < 0:
            continue
        holder, kind = _copula_subject(doc, tok, offset, index)
        if holder is None:
            continue
        end = extend_role(doc, title_end(doc, p), index, offset)
        role = make_role(doc, p, end, holder, offset, kind)
        role.past = role.past or imperfect_frame(tok)
        out.append(role)
    return out


def _copula_subject(doc: Any, cop: Any, offset: int, index: NameIndex) -> tuple[str | None, str]:
    """Return the person right before a copula (an age between commas skipped), or « il / elle »."""
    k = cop.i - 1
    if (
        k >= 4
        and doc[k].text == ","
        and doc[k - 1].lower_ in ("ans", "an")
        and doc[k - 2].like_num
        and doc[k - 3].text == ","
    ):
        k -= 4  # « A, 52 ans, est … »
    if k < 0:
        return None, "attribute"
    if doc[k].lower_ in ("il", "elle") and doc[k].pos_ == "PRON":
        return pronoun_holder(doc, doc[k], offset, index)
    mention = _mention_ending(doc, k, offset, index)
    if mention is None:
        return None, "attribute"
    start = doc.char_span(mention.start - offset, mention.end - offset, alignment_mode="expand")
    if start is None or (start.start > 0 and doc[start.start - 1].lower_ in _OF):
        return None, "attribute"  # « la sœur de A est … »: A is not the subject
    return mention.full, "attribute"


_OF_FORM = {"le": "du ", "la": "de la ", "l'": "de l'", "les": "des ", "au": "du ", "aux": "des "}


def whose_titles(doc: Any, offset: int, index: NameIndex) -> list[RoleMention]:
    """« Y, dont le président est A B » → A B is « président de Y » (Y: the phrase before)."""
    out: list[RoleMention] = []
    for i in _indexes(doc, {"dont"}):
        if i < 2 or doc[i - 1].text != ",":
            continue
        p = i + 2 if i + 2 < len(doc) and doc[i + 1].lower_ in ("le", "la", "l'") else -1
        if p < 0 or title_end(doc, p) < 0:
            continue
        end = extend_role(doc, title_end(doc, p), index, offset)
        cop = end
        if cop >= len(doc) or doc[cop].lemma_.lower() != "être":
            continue
        q = cop + 1
        while q < len(doc) and (doc[q].pos_ == "ADV" or is_civility(doc[q].text)):
            q += 1
        mention = index.mention_at(offset + doc[q].idx) if q < len(doc) else None
        owner = _antecedent_phrase(doc, i - 1)
        if mention is None or mention.start != offset + doc[q].idx or owner is None:
            continue
        role = make_role(doc, p, end, mention.full, offset, "attribute")
        role.role = f"{role.role} {owner}"
        out.append(role)
    return out


def _antecedent_phrase(doc: Any, comma: int) -> str | None:
    """Return « du club des Tilleuls » for the noun phrase before `comma`, skipping a superlative
    apposition (« le conseil X, le plus grand de la ville, dont … » → « du conseil X »)."""
    start = _segment_start(doc, comma)
    if (
        start > 1
        and doc[start - 1].text == ","
        and start + 1 < comma
        and doc[start + 1].lower_ in ("plus", "moins")
    ):
        comma = start - 1
        start = _segment_start(doc, comma)
    while start < comma and doc[start].lower_ not in _OF_FORM:
        start += 1  # « de la ville » starts the phrase only after its head
    if start >= comma or comma - start > 10:
        return None
    first = doc[start].lower_
    rest = doc[start + 1 : comma].text
    if first in _OF_FORM and rest:
        return f"{_OF_FORM[first]}{rest}"
    return None


def _segment_start(doc: Any, comma: int) -> int:
    """Return where the noun phrase ending before `comma` starts (its determiner, or « au »)."""
    k = comma - 1
    sent_start = sentence_of(doc[comma]).start
    while k >= sent_start and (
        doc[k].pos_ in ("NOUN", "PROPN", "ADJ", "DET", "ADV")
        or doc[k].lower_ in ("de", "du", "des", "d'")
    ):
        k -= 1
    if k >= sent_start and doc[k].lower_ in ("au", "aux"):
        k -= 1
    return k + 1
