"""Partial quotes: a lower-case phrase quoted after a verb of opinion (« X a parlé d'un « … » ») or
inside the complement clause of a speech verb (« X affirme que le plan est « … » »), and who says it.
"""

from __future__ import annotations

from typing import Any

from generators import lexicon
from generators.extract.attribution import named_before
from generators.extract.body_speakers import subject_body
from generators.extract.crowd_speakers import crowd_phrase
from generators.extract.names import NameIndex
from generators.extract.quote_marks import Quoted, quote_tokens
from generators.extract.reporting_verbs import reporting_verb_before
from generators.extract.speakers import clause_subject, speaker_of
from generators.extract.speech_words import reflexive_phrase_verb


def partial_quote(
    doc: Any, quoted: Quoted, words: list[Any], offset: int, index: NameIndex
) -> str | None:
    """« X a parlé d'un "projet digne de …" »: return X for a phrase quoted after a verb of opinion.

    The phrase has at least three words and starts in lower case (a capital is a title); the
    verb (quote_phrase_verbs) is at most a few prepositions and determiners before the opening
    mark, and its subject names the speaker. Scare quotes (« les "anomalies" ») are too short.
    """
    content = [t for t in words if not t.is_punct]
    if not quoted.closed or len(content) < 3 or not _opens_low(content[0]):
        return None
    if content[0].pos_ == "DET" and not content[1].text[:1].islower():
        return None
    verb = _opinion_verb(doc, quoted, content)
    if verb is None and (not is_speech(words) or _after_determiner(doc, quoted)):
        verb = _speech_governor(content[0], quoted)
    if verb is not None:
        verb = _reporting_verb(verb)
        subj = clause_subject(verb)
        found = speaker_of(doc, subj, offset, index) if subj is not None else None
        if not found and subj is not None and _speaking_subject(verb, subj):
            found = subject_body(doc, subj, offset, index)  # « l'ONG », « la France »
            found = found or crowd_phrase(doc, subj)  # « les délégués », « l'un des élus »
        return found or (named_before(doc, verb, offset, index) if subj is None else None)
    full = [t for t in content if t.pos_ not in ("ADP", "DET")]
    before = quote_tokens(doc, max(0, quoted.start - 8), quoted.start - 1)
    clause = bool(before) and before[-1].lower_ in ("que", "qu'")  # « X rapporte que « … » »
    if len(full) >= 3 and (clause or any(t.pos_ in ("VERB", "AUX") for t in content)):
        verb = reporting_verb_before(doc, quoted)  # a reported clause, not a quoted name
    if verb is None:
        return None
    verb = _reporting_verb(verb)
    subj = clause_subject(verb)
    speaker = speaker_of(doc, subj, offset, index) if subj is not None else None
    speaker = speaker or named_before(doc, verb, offset, index)
    if not speaker and subj is not None and _speaking_subject(verb, subj):
        speaker = subject_body(doc, subj, offset, index) or crowd_phrase(doc, subj)
    finite = "Fin" in verb.morph.get("VerbForm") or any(c.pos_ == "AUX" for c in verb.children)
    return speaker or ("" if finite else None)


def _speaking_subject(verb: Any, subj: Any) -> bool:
    """Tell whether `subj` is the verb's own active subject, or a name or an acronym (« l'ONG »):
    not the noun a participle qualifies (« les élus considérés comme « … » »)."""
    if subj.pos_ == "PROPN" or subj.text.isupper():
        return True
    return bool(subj.dep_ == "nsubj" and subj.head.i == verb.i and verb.dep_ != "acl")


def _after_determiner(doc: Any, quoted: Quoted) -> bool:
    """Tell whether a preposition or a determiner stands right before the opening mark (« a
    besoin de « … » »): a phrase of the sentence, not words of their own."""
    before = quote_tokens(doc, max(0, quoted.start - 20), quoted.start - 1)
    return bool(before) and before[-1].pos_ in ("ADP", "DET")


def _opens_low(tok: Any) -> bool:
    """Tell whether quoted words open like a phrase, not a title: in lower case or on a figure
    (« a besoin de « 40 rames neuves … » »)."""
    return bool(tok.text[:1].islower() or tok.text[:1].isdigit())


def _reporting_verb(verb: Any) -> Any:
    """« X a révélé que Y a demandé « … » »: the speech verb whose complement clause holds the
    verb of opinion reports the words (X's), when it has a subject of its own; else `verb`."""
    head = verb.head
    if (
        verb.dep_ == "ccomp"
        and head.i < verb.i
        and head.pos_ == "VERB"
        and head.lemma_.lower()
        in lexicon.word_set("speech_verbs") | lexicon.word_set("quote_incise_verbs")
        and any(c.dep_ == "nsubj" for c in head.children)
    ):
        return head
    return verb


def _opinion_verb(doc: Any, quoted: Quoted, content: list[Any]) -> Any:
    """Return the verb of opinion right before a quoted phrase (« a parlé d'une "…" »), or None."""
    before = quote_tokens(doc, max(0, quoted.start - 60), quoted.start - 1)
    k = len(before) - 1
    while k >= 0 and len(before) - k <= 4 and before[k].pos_ in ("ADP", "DET", "ADV", "SCONJ"):
        k -= 1
    if k < 0 or len(before) - k > 4 or before[k].pos_ not in ("VERB", "NOUN", "PROPN", "ADJ"):
        return None
    verb = noun = before[k]
    phrase_verbs = lexicon.word_set("quote_phrase_verbs")
    setting = _verb_past_setting(before, phrase_verbs)
    if setting is not None:
        return setting  # « a parlé à la télévision d'État d'une « … » »
    mistagged = verb.is_lower and verb.pos_ == "PROPN" and verb.lemma_.lower() in phrase_verbs
    if mistagged or _verb_read_as_adjective(verb, phrase_verbs):
        return verb  # « Paul Roy parle de « … » » read as a third word of the name
    if verb.pos_ == "ADJ":
        return None
    if verb.pos_ != "VERB":  # « qualifié la loi de "…" », « jugé la mesure "inutile …" »
        link = before[k + 1].lower_ if k + 1 < len(before) else ""
        predicate = not link and content[0].pos_ in ("ADJ", "ADV")
        named = (
            verb.head.pos_ == "VERB"
            and verb.dep_ == "obj"
            and (link in ("de", "d", "d'", "comme") or predicate)
        )
        verb = verb.head if named else None
    if verb is None:
        return None
    if verb.lemma_.lower() not in phrase_verbs and "Inf" in verb.morph.get("VerbForm"):
        verb = verb.head  # « l'a accusé de faire du « … » »: the verb of opinion governs it
    idiom = f"{verb.lemma_.lower()} {noun.lemma_.lower()}" in lexicon.word_set(
        "quote_phrase_idioms"
    )
    reflexive = reflexive_phrase_verb(verb)  # « se sont engagés à « … » »
    return verb if verb.lemma_.lower() in phrase_verbs or idiom or reflexive else None


def _verb_past_setting(before: list[Any], verbs: frozenset[str]) -> Any:
    """« X a parlé sur la radio nationale d'une « … » »: the verb of opinion whose « de »
    complement the quoted phrase is, past a short complement of the medium, occasion or audience
    of speech right after the verb (`_setting`); or None."""
    k = len(before) - 1
    if k >= 0 and before[k].pos_ == "DET":
        k -= 1  # « d'une », « des »
    if k < 1 or before[k].lower_ not in _OF:
        return None
    for j in range(k - 1, max(-1, k - _SETTING), -1):
        tok = before[j]
        if tok.is_lower and tok.lemma_.lower() in verbs and tok.pos_ in ("VERB", "PROPN"):
            return tok if _setting(before[j + 1 : k]) else None
        if tok.is_punct or tok.pos_ not in _SETTING_WORDS:
            return None
    return None


def _setting(words: list[Any]) -> bool:
    """Tell whether words open on a preposition and their first noun is a medium, an occasion or
    an audience of speech (lexicon quote_speech_settings: « à la télévision d'État », « devant
    les députés »), not any noun the quoted words may complete (« devant les élèves de la « … » »)."""
    noun = next((t for t in words if t.pos_ in ("NOUN", "PROPN")), None)
    settings = lexicon.word_set("quote_speech_settings")
    return (
        bool(words)
        and words[0].pos_ == "ADP"
        and noun is not None
        and (noun.lemma_.lower() in settings or noun.lower_ in settings)
    )


_OF = ("de", "d'", "d’", "du", "des")
_SETTING = 9  # « sur la chaîne de télévision publique du pays »: a few words, not a clause
_SETTING_WORDS = ("ADP", "DET", "NOUN", "PROPN", "ADJ", "NUM")


def _verb_read_as_adjective(tok: Any, verbs: frozenset[str]) -> bool:
    """Tell whether a lower-case adjective is a verb of `verbs` in a verb's place, after « et »,
    a pronoun, a name or an auxiliary (« X visite le port et évoque un « … » »)."""
    if tok.pos_ != "ADJ" or not tok.is_lower or tok.i == 0:
        return False
    stem = any(len(v) > 5 and tok.lower_.startswith(v[:-2]) for v in verbs)
    return stem and tok.doc[tok.i - 1].pos_ in ("CCONJ", "PRON", "PROPN", "AUX")


def _speech_governor(tok: Any, quoted: Quoted) -> Any:
    """« X a affirmé que le projet était « totalement illégal … » »: the speech verb whose
    complement clause holds the quoted phrase, or None."""
    clause = False
    for _ in range(6):
        clause = clause or tok.dep_ in ("ccomp", "xcomp")
        if tok.head is tok:
            return None
        tok = tok.head
        if (
            clause
            and tok.idx < quoted.start
            and tok.pos_ == "VERB"
            and tok.lemma_.lower() in lexicon.word_set("speech_verbs")
        ):
            return tok
    return None


def is_speech(words: list[Any]) -> bool:
    """Tell quoted speech from quoted titles, nicknames and single words."""
    content = [t for t in words if not t.is_punct]
    if len(content) < 3:
        return False
    has_verb = any(t.pos_ in ("VERB", "AUX") for t in content)
    sentence_like = (
        content[0].text[:1].isupper()
        and len(content) >= 4
        and words[-1].text in (".", "!", "?", "…")
    )
    return has_verb or sentence_like or len(content) >= 8
