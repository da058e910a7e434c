"""Who speaks a quote a colon announces: « X a réagi : « … » » → X, the subject of the speech verb
ending the words before the colon.

The parse may lose the clause: the speaker is then the person named right before the verb after a
comma (« Interrogée par A, B a répondu : »), the body named right before it (« Mardi,
l'organisation X a déclaré dans un communiqué : », body_speakers.body_before), the subject
phrase, or the first person the clause names (« la mère de X a écrit : » → the phrase). A speech
verb inside a « que » clause, or a clause after « et » (« A a lu la lettre de B et C a déclaré : »),
that names someone is that person's (« A a rappelé que B avait déclaré : » → B, not A); « Le souverain avait exprimé le désir … : » → the one king named
(relation_speakers).
"""

from __future__ import annotations

from typing import Any

from generators.extract.attribution import group_around, owned_phrase, pronoun_speaker
from generators.extract.body_speakers import body_before
from generators.extract.coreference import person_of
from generators.extract.crowd_speakers import crowd_phrase
from generators.extract.named_subjects import name_before_verb
from generators.extract.names import NameIndex
from generators.extract.relation_speakers import general_title_speaker
from generators.extract.speech_words import (
    body_phrase,
    is_speech_verb,
    is_wish_verb,
    plural_verb,
    verb_subject,
)
from generators.extract.voice_speakers import voice_of

_QUE = ("que", "qu'", "qu’")
_LINKS = ("et", "mais", "puis")


def colon_speaker(doc: Any, outside: list[Any], offset: int, index: NameIndex) -> str | None:
    """« X a réagi : « … » » → X: the subject of a speech verb ending the words before a colon."""
    verb = next(
        (t for t in reversed(outside) if is_speech_verb(t) or is_wish_verb(t, outside)), None
    )
    if verb is None or outside[-1].text != ":":
        return None
    if verb.pos_ == "NOUN" and verb.dep_.startswith("obl") and is_speech_verb(verb.head):
        verb = verb.head  # « X a déclaré dans un communiqué : »: the verb, not the document
    voice = voice_of(doc, verb, outside[-1].i, offset, index)
    if voice is not None:
        return voice  # « Le pays a répondu par la voix de son porte-parole, A : »
    before = [t for t in outside if t.i < verb.i]
    clause = verb
    if verb.pos_ == "NOUN" and verb.dep_ == "obj" and verb.head.pos_ == "VERB":
        clause = verb.head  # « la direction a adressé un communiqué : »
    subj = verb_subject(clause)
    own = name_before_verb(doc, verb, offset, index)
    if own is not None:
        return own  # « Interrogée par A, B a répondu : »: the name right before the verb, not A
    conjugated = clause.pos_ in ("VERB", "AUX") or doc[clause.i - 1].pos_ == "AUX"  # « a réagi »
    body = body_before(doc, clause) if conjugated else None
    if body is not None:
        return body  # « Mardi, l'organisation X a déclaré : », whatever the parse's subject
    named = any(index.mention_at(offset + t.idx) for t in before)
    if subj is not None and subj.pos_ in ("NOUN", "PROPN") and not named:
        phrase = person_of(subj, doc, offset, index) or body_phrase(doc, subj)
        phrase = phrase or general_title_speaker(doc, subj, index)  # « L'ancien souverain »
        if phrase:
            return phrase  # « Dans un communiqué, la direction a précisé : »
    crowd = crowd_phrase(doc, subj) if subj is not None and not named else None
    if crowd:
        return crowd  # « L'une des infirmières a raconté : »
    for tok in _own_clause(before, offset, index):
        mention = index.mention_at(offset + tok.idx)
        if mention is not None:
            # « la mère de X a écrit : »: the phrase, not X
            group = group_around(doc, tok, offset, index) if plural_verb(verb) else None
            return owned_phrase(doc, tok, offset, index) or group or mention.full
    if subj is not None and subj.lower_ in ("il", "elle"):
        return pronoun_speaker(doc, subj, offset, index)  # « Suite au jugement, elle a dit : »
    for tok in before:
        if tok.pos_ in ("NOUN", "PROPN"):
            return person_of(tok, doc, offset, index) or body_phrase(doc, tok)
        if tok.lower_ in ("il", "elle"):
            return pronoun_speaker(doc, tok, offset, index)
    return None


def _own_clause(before: list[Any], offset: int, index: NameIndex) -> list[Any]:
    """Return the words of the verb's own clause when it names someone: after « que » (« A a
    rappelé que B avait déclaré : » → « B avait ») or after « et », « mais », « puis » closing a
    clause with a verb of its own (« A a lu la lettre de B et C a déclaré : » → « C a »); else all
    the words before the verb (« A et B ont déclaré : »), also when a comma leaves the clause
    (« A, qui a dit que B …, a déclaré : »: the clause ends before the comma, A speaks)."""
    opening = max((n for n, t in enumerate(before) if _opens_clause(before, n)), default=-1)
    clause = before[opening + 1 :]
    named = opening >= 0 and any(index.mention_at(offset + t.idx) for t in clause)
    return clause if named and not any(t.text == "," for t in clause) else before


def _opens_clause(before: list[Any], n: int) -> bool:
    """Tell whether word `n` opens a clause: « que », or a conjunction after a conjugated verb."""
    word = before[n].lower_
    if word in _QUE:
        return True
    finite = any("Fin" in t.morph.get("VerbForm") for t in before[:n])
    return word in _LINKS and finite
