"""Who leads what, the pieces the leads and succession extractors share: lead verbs, entity phrases."""

from __future__ import annotations

import functools
import re
from typing import Any

from generators import lexicon
from generators.extract.coreference import person_of
from generators.extract.names import NameIndex
from generators.extract.roles import held_then
from generators.extract.titles import title_end
from generators.extract.tokens import norm, sentence_of, tokens_where

_ACTIVE = frozenset({"diriger", "présider", "commander", "gouverner", "administrer", "piloter"})


_PRONOUN_REACH = 1500  # characters before « il » / « elle » where no other referent may be named


_CUT = frozenset(
    {",", "qui", "que", "qu'", "dont", "où", ";", ":", "(", ")", "«", "»", '"', "depuis", "pendant"}
    | {"jusqu'", "jusqu’", "jusqu'à", "jusqu'au", "jusqu'en", "jusque"}
)  # « depuis », « pendant », « jusqu'à sa mort »: a time, not the entity


@functools.cache
def action_nouns() -> frozenset[str]:
    return frozenset(norm(w) for w in lexicon.words("leads_action_nouns"))


def entity_phrase(doc: Any, head: Any) -> str:
    """Return the noun phrase of `head` without its determiner, relative clauses or participles."""
    start = head.i
    while (
        start > head.left_edge.i
        and doc[start - 1].pos_ in ("ADJ", "NOUN", "PROPN")
        and doc[start - 1].head.i == head.i
    ):
        start -= 1
    end = head.i + 1
    limit = len(doc)
    while end < limit:
        tok = doc[end]
        if (
            tok.lower_ in _CUT
            or (tok.is_punct and tok.text not in "-'")
            or tok.pos_ in ("VERB", "AUX", "ADV")
            or (tok.pos_ == "ADJ" and tok.morph.get("VerbForm"))
            or (tok.pos_ == "ADP" and end + 1 < limit and doc[end + 1].text[:1].isdigit())
            or held_then(doc, end)  # « le club à l'époque des faits »
        ):
            break  # « la commission en 2021 », « la société de 1970 à 1972 »: a date follows
        end += 1
    while end > head.i + 1 and doc[end - 1].pos_ in ("ADP", "DET", "CCONJ"):
        end -= 1
    return str(doc[start:end].text).strip()


def leader_of(doc: Any, tok: Any, offset: int, index: NameIndex) -> tuple[str | None, Any]:
    """Return the leader a noun phrase names: a resolved person, else the phrase itself."""
    person = person_of(tok, doc, offset, index)
    if person:
        return person, tok
    if tok.pos_ in ("PRON",):
        return None, None
    text = entity_phrase(doc, tok)
    return (text, tok) if text and text[:1].isupper() else (None, None)


def body_named_after_head(
    doc: Any, tok: Any, offset: int, index: NameIndex
) -> list[tuple[int, Any, str, Any, Any, str]]:
    """« le gouvernement Anne Morel a annoncé », « il quitte le gouvernement d'Anne Morel » → Anne
    Morel leads the government: a body's noun (lexicon leads_bodies_named_after_head) after an
    article, then a person's full name, maybe after « de »."""
    if (
        tok.lower_ not in lexicon.word_set("leads_bodies_named_after_head")
        or tok.i == 0
        or doc[tok.i - 1].lower_ not in ("le", "du", "au")
    ):
        return []
    k = tok.i + 1
    while k < len(doc) and k <= tok.i + 2 and doc[k].lower_ in ("de", "d'", "d", "'"):
        k += 1  # « d' Anne Morel »: an elision the text spaced, or the model split
    if k >= len(doc):
        return []
    mention = index.mention_at(offset + doc[k].idx)
    if mention is None or mention.start != offset + doc[k].idx or " " not in mention.text:
        return []
    return [(tok.i, sentence_of(tok), mention.full, doc[k], (tok.text, tok), "title")]


def is_lead_verb(tok: Any, loose: bool = False) -> bool:
    """Tell whether `tok` is a form of a « lead » verb (lemma, or stem when the lemma is missing)."""
    if tok.pos_ not in ("VERB", "ADJ", "AUX") and not loose:
        return False
    return _lead_word(tok.lower_, tok.lemma_.lower())


def _lead_word(lower: str, lemma: str) -> bool:
    """Tell a lead verb's word: its lemma, or its stem when the lemma is missing."""
    return lemma in lexicon.word_set("leads_verbs") or lower.startswith(_verb_stems())


@functools.cache
def _verb_stems() -> tuple[str, ...]:
    """Return the stems (all but the last two letters) of the lead verbs longer than six letters."""
    return tuple(v[:-2] for v in lexicon.word_set("leads_verbs") if len(v) > 6)


def lead_verb_facts(
    doc: Any, tok: Any, offset: int, index: NameIndex
) -> list[tuple[int, Any, str, Any, Any, str]]:
    """Return (position, sentence, leader, leader token, entity head, via) for a lead verb at `tok`."""
    return from_verb(doc, tok, offset, index)


def from_verb(
    doc: Any, tok: Any, offset: int, index: NameIndex
) -> list[tuple[int, Any, str, Any, Any, str]]:
    after_que = tok.i > 0 and doc[tok.i - 1].lower_ in ("que", "qu'")
    if not (is_lead_verb(tok, loose=after_que) or _is_active(tok)):
        return []
    par = _par_after(doc, tok)
    if par is not None and tok.pos_ != "AUX":
        subj = next((c for c in tok.children if c.dep_ == "nsubj:pass"), None)
        entity = (
            subj
            if subj is not None and subj.pos_ in ("NOUN", "PROPN")
            else _antecedent(doc, tok.i, tok)
        )
        leader, leader_tok = _leader_after(doc, par + 1, offset, index)
        if entity is not None and leader and not _inside_work(entity, tok):
            return [(tok.i, sentence_of(tok), leader, leader_tok, entity, _verb_via(tok))]
        return []
    if after_que:
        entity = _antecedent(doc, tok.i - 1, None)
        leader, leader_tok = _leader_after(doc, tok.i + 1, offset, index)
        if entity is not None and leader:
            return [(tok.i, sentence_of(tok), leader, leader_tok, entity, _verb_via(tok))]
        return []
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    obj = next((c for c in tok.children if c.dep_ == "obj"), None)
    if not _is_active(tok) and not (
        obj is not None and is_lead_verb(tok) and _is_body(obj, offset, index)
    ):
        return []
    if obj is not None and obj.pos_ in ("NOUN", "PROPN"):
        last = _last_named(doc, tok, offset, index)
        leader = last or _subject_leader(doc, subj, offset, index)
        if subj is None and not leader:
            leader = _shared_subject(doc, tok, offset, index)
        if leader:
            return [(tok.i, sentence_of(tok), leader, None if last else subj, obj, _verb_via(tok))]
    elif subj is not None and subj.i < tok.i and subj.left_edge.i > 0:
        que = doc[subj.left_edge.i - 1]  # « le laboratoire, qu'elle dirige depuis 1980 »
        entity = tok.head if tok.dep_ == "acl:relcl" else _antecedent(doc, que.i, None)
        leader = _subject_leader(doc, subj, offset, index)
        if que.lower_ in ("que", "qu'") and leader and entity is not None and entity.i < que.i:
            return [(tok.i, sentence_of(tok), leader, subj, entity, _verb_via(tok))]
    return []


def _verb_via(verb: Any) -> str:
    """Return « verb », or « verb-past » for a lead verb in a past tense (« qui dirigeait X », « A a
    présidé X », « X était dirigé par A »): the head held the post then."""
    return "verb-past" if held_before(verb) else "verb"


def held_before(verb: Any) -> bool:
    """Tell whether a verb is in a past tense of the indicative: imperfect or simple past, or a
    participle with a tense auxiliary (« a dirigé », « avait présidé ») or a past passive one
    (« était dirigée par »)."""
    past = {"Imp", "Past"}
    if (
        verb.pos_ in ("VERB", "AUX")
        and "Ind" in verb.morph.get("Mood")
        and past & set(verb.morph.get("Tense"))
    ):
        return True
    for aux in (c for c in verb.children if c.dep_ in ("aux:tense", "aux:pass")):
        if aux.lemma_ not in ("avoir", "être") or aux.pos_ not in ("AUX", "VERB"):
            continue  # « Marc Lenoir préside … »: a surname the parser hung as an auxiliary
        if aux.dep_ == "aux:tense" or past & set(aux.morph.get("Tense")):
            return True
    return False


def _subject_leader(doc: Any, subj: Any, offset: int, index: NameIndex) -> str | None:
    """Return the person a subject names; for « il » / « elle », only an unambiguous one.

    The pronoun's referent must be of its gender, known, and the only person named in the
    `_PRONOUN_REACH` characters before who could be (of that gender or of unknown gender).
    """
    if subj is None:
        return None
    person = person_of(subj, doc, offset, index)
    if person and subj.pos_ == "PRON" and subj.lower_ != "qui":  # « A, qui dirige X »: A
        gender = "f" if subj.lower_ == "elle" else "m" if subj.lower_ == "il" else None
        pos = offset + subj.idx
        rivals = {
            m.full
            for m in index.mentions_in(max(0, pos - _PRONOUN_REACH), pos)
            if index.gender(m.full) in (None, gender)
        }
        return person if gender and index.gender(person) == gender and rivals <= {person} else None
    return person


def _shared_subject(doc: Any, verb: Any, offset: int, index: NameIndex) -> str | None:
    """Return the person a subjectless lead verb shares its subject with, or None.

    « A B, 60 ans, vivait à X et dirigeait la paroisse »: after « et », the one person named
    before in the sentence, not after a preposition; « Après avoir dirigé le groupe …, A B a … »:
    the person named right after the clause's comma.
    """
    sent = sentence_of(verb)
    k = verb.i - 1
    while k > sent.start and doc[k].pos_ == "ADV":
        k -= 1  # « après avoir notamment dirigé »
    prev = doc[k] if k >= sent.start else None
    if prev is not None and prev.lower_ == "et":
        before = index.mentions_in(offset + doc[sent.start].idx, offset + prev.idx)
        people = {m.full for m in before if not _after_preposition(doc, m.start - offset)}
        return people.pop() if len(people) == 1 and len(before) == 1 else None
    if prev is None or prev.lower_ != "avoir" or k - 1 < sent.start:
        return None
    if doc[k - 1].lower_ not in ("après", "sans"):
        return None
    comma = next((t.i for t in doc[verb.i : sent.end] if t.text == ","), None)
    if comma is None or comma + 1 >= sent.end:
        return None
    mention = index.mention_at(offset + doc[comma + 1].idx)
    return mention.full if mention and mention.start == offset + doc[comma + 1].idx else None


def _after_preposition(doc: Any, char: int) -> bool:
    """Tell whether the word at doc character `char` follows a preposition (« de A », « par A »)."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span is not None and span.start > 0 and doc[span.start - 1].pos_ == "ADP"


def _is_active(tok: Any) -> bool:
    """Tell whether `tok` is an active lead verb, by lemma or by stem (« préside » left unlemmatized).

    A word tagged as a noun but given an object by the parse is a verb too (« dirige le service »).
    """
    if tok.pos_ != "VERB" and not (
        tok.pos_ == "NOUN" and any(c.dep_ == "obj" for c in tok.children)
    ):
        return False
    return _active_word(tok.lemma_.lower(), tok.text)


def _active_word(lemma: str, text: str) -> bool:
    """Tell an active lead verb's word: its lemma, or its accent-free stem."""
    return lemma in _ACTIVE or norm(text).startswith(_active_stems())


def verb_candidates(doc: Any) -> frozenset[int]:
    """Return the tokens of `doc` whose words may make them a lead verb (`from_verb` returns
    nothing for the others: `is_lead_verb` and `_is_active` both start from the word)."""
    return tokens_where(doc, ("LOWER", "LEMMA", "ORTH"), _may_lead)


def _may_lead(lower: str, lemma: str, text: str) -> bool:
    return _lead_word(lower, lemma.lower()) or _active_word(lemma.lower(), text)


@functools.cache
def _active_stems() -> tuple[str, ...]:
    """Return the accent-free stems of the active lead verbs longer than six letters."""
    return tuple(norm(v[:-2]) for v in _ACTIVE if len(v) > 6)


def _is_body(noun: Any, offset: int, index: NameIndex) -> bool:
    """Tell whether an object names a body, which any lead verb may take (« mène le club X »,
    « gère l'Institut Y »), unlike a meeting or a task (« mène la réunion »): a body's kind
    (lexicons quote_body_kinds, people_member_bodies) or a capitalized name, not a person's or
    a place's."""
    if noun.lower_ in lexicon.word_set("quote_body_kinds") | lexicon.word_set(
        "people_member_bodies"
    ):
        return True
    return (
        noun.pos_ in ("NOUN", "PROPN")
        and noun.text[:1].isupper()
        and noun.ent_type_ not in ("PER", "LOC")
        and index.mention_at(offset + noun.idx) is None
    )


def _last_named(doc: Any, verb: Any, offset: int, index: NameIndex) -> str | None:
    """Return who « ce dernier » / « cette dernière » before `verb` is: the person named last.

    Only a person named in this sentence or the previous one, of the gender the words show.
    """
    k = verb.i - 1
    while k > 0 and doc[k].pos_ == "ADV":
        k -= 1
    if (
        k < 1
        or doc[k].lower_ not in lexicon.word_set("leads_last_named")
        or "Dem" not in doc[k - 1].morph.get("PronType")
    ):
        return None
    gender = {"Fem": "f", "Masc": "m"}.get(next(iter(doc[k].morph.get("Gender")), ""))
    sent = sentence_of(doc[k])
    start = sentence_of(doc[sent.start - 1]).start if sent.start > 0 else sent.start
    return index.person_before(offset + doc[k - 1].idx, gender, limit=offset + doc[start].idx)


def _par_after(doc: Any, verb: Any) -> int | None:
    """Return the index of « par » a few words after a participle (« dirigée à Paris par »)."""
    for k in range(verb.i + 1, min(len(doc), verb.i + 5)):
        if doc[k].lower_ == "par":
            return k
        if doc[k].is_punct or doc[k].pos_ in ("VERB", "AUX"):
            return None
    return None


def _leader_after(doc: Any, k: int, offset: int, index: NameIndex) -> tuple[str | None, Any]:
    """Return the leader named from token `k` on: a person, else a capitalized noun phrase."""
    end = k
    while end < len(doc) and end - k < 8 and not doc[end].is_punct and doc[end].lower_ not in _CUT:
        mention = index.mention_at(offset + doc[end].idx)
        if mention:
            return mention.full, doc[end]
        end += 1
    j = k
    while j < end and doc[j].pos_ in ("DET", "ADV", "ADP"):
        j += 1
    if j < end and doc[j].text[:1].isupper() and doc[j].pos_ in ("PROPN", "NOUN"):
        phrase = _without_place(entity_phrase(doc, doc[j]) or doc[j].text)
        if title_end(doc, j) < 0:
            return phrase, doc[j]
    return None, None


def _without_place(phrase: str) -> str:
    """Return a leader's name without the place it acts in (« les États-Unis au Vietnam »)."""
    return re.split(r"\s(?:en|au|aux|à)\s(?=[A-ZÀ-Ý])", phrase, maxsplit=1)[0]


def _antecedent(doc: Any, i: int, participle: Any) -> Any:
    """Return the head noun of the phrase right before token `i`, agreeing with `participle`."""
    k = i - 1
    while k >= 0 and (doc[k].pos_ == "ADV" or doc[k].text == ","):
        k -= 1
    heads: list[Any] = []
    while k >= 0 and len(heads) < 8:
        j = k
        while j >= 0 and doc[j].pos_ in ("ADJ", "NOUN", "PROPN") and not doc[j].is_punct:
            j -= 1
        chunk = [t for t in doc[j + 1 : k + 1] if t.pos_ in ("NOUN", "PROPN")]
        if not chunk or chunk[0].lower_ in lexicon.word_set("leads_light_nouns"):
            break
        if not (j >= 0 and doc[j].lower_ in ("de", "d'")):  # « commission d'enquête »: a modifier
            heads.append(chunk[0])
        while j >= 0 and doc[j].pos_ == "DET":
            j -= 1
        if j < 1 or doc[j].lower_ not in ("de", "d'", "du", "des"):
            break
        k = j - 1
        while k >= 0 and doc[k].pos_ == "DET":
            k -= 1
    if not heads:
        return None
    if participle is not None:
        # « une équipe de l'université de X dirigée par Y »: of the nouns of the phrase that agree
        # with the participle, the outermost one is led (a person noun leads nothing)
        agreeing = [h for h in heads if _agrees(participle, h) and title_end(h.doc, h.i) <= 0]
        return agreeing[-1] if agreeing else heads[0]
    return heads[-1]


def _inside_work(noun: Any, participle: Any) -> bool:
    """Tell whether `noun` completes a work or an activity the participle agrees with.

    « une étude sur la pollution des rivières, dirigée par X »: X directs the study, not a body;
    the phrase is climbed from noun to noun up to its top (lexicon leads_action_nouns).
    """
    top = noun
    while top.dep_ == "nmod" and top.head.pos_ in ("NOUN", "PROPN") and top.head.i < top.i:
        top = top.head
        gender = top.morph.get("Gender")
        if norm(top.text) in action_nouns() and gender and _agrees(participle, top):
            return True  # a top noun of unknown gender may not be what the participle agrees with
    return False


def _agrees(participle: Any, noun: Any) -> bool:
    for feature in ("Gender", "Number"):
        a, b = participle.morph.get(feature), noun.morph.get(feature)
        if a and b and a != b:
            return False
    return True


def new_head_body(sent: Any) -> tuple[Any, Any] | None:
    """Return (body, title) of « l'agence a un nouveau directeur » in `sent`: the subject's head
    noun and the title's (lexicon leads_new_head_words, leads_new_head_verbs, leads_titles)."""
    for tok in sent:
        if (
            tok.dep_ != "obj"
            or tok.lower_ not in lexicon.word_set("leads_titles")
            or not any(c.lower_ in lexicon.word_set("leads_new_head_words") for c in tok.children)
            or tok.head.lemma_.lower() not in lexicon.word_set("leads_new_head_verbs")
        ):
            continue
        subject = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.pos_ in ("NOUN", "PROPN"):
            return subject, tok
    return None
