"""Who a speech verb's subject is when it is no plain name: a pronoun, a role, a body.

- `pronoun_speaker`: « « … », reconnaît-elle. » → the person the paragraph is about: the subject
  of the nearest earlier sentence of the paragraph whose main verb is a speech or action verb,
  gender permitting (a person, or a body such as « le ministère »); None when unsure.
- `body_phrase`: « a indiqué l'agence X », « a reconnu le club », « le procureur » (no one named
  holds the role) → the phrase itself; an anonymous person (« le témoin ») gives None.
- `colon_speaker`: « X, maire de Y, a réagi : « … » » → X, when the parse lost the clause.
"""

from __future__ import annotations

from typing import Any

from generators import lexicon
from generators.extract.coreference import person_of, pronoun_referent
from generators.extract.names import NameIndex
from generators.extract.titles import determiner_gender, title_end
from generators.extract.tokens import sentence_of, text_of

_STOP = frozenset({",", ".", ";", ":", "«", "»", '"', "(", ")", "!", "?"})


def pronoun_speaker(doc: Any, tok: Any, offset: int, index: NameIndex) -> str | None:
    """Return who « il » / « elle » of an attribution is: the subject the paragraph is about."""
    gender = "f" if tok.lower_.lstrip("-") == "elle" else "m"
    sent = sentence_of(tok)
    here = [m for m in index.mentions_in(offset + sent.start_char, offset + tok.idx) if m.subject]
    for mention in reversed(here):
        if index.gender(mention.full) in (None, gender):
            return mention.full
    going_on = False
    for prev in _earlier_sentences(doc, sent):
        if prev.text.lstrip()[:1] in ("«", "“") and not any(m in prev.text for m in "»”"):
            continue  # a sentence inside earlier quoted words: not who speaks
        found = _sentence_speaker(doc, prev, offset, index, gender)
        if found is _GOES_ON:
            going_on = True
            continue
        if found is _SAME:
            continue  # the sentence names no one: look further back
        return found if isinstance(found, str) else None
    # the same « il » runs through the paragraph: the person it has been about since
    return pronoun_referent(doc, tok, offset, index) if going_on else None


_SAME = object()
_GOES_ON = object()


def _sentence_speaker(doc: Any, sent: Any, offset: int, index: NameIndex, gender: str) -> object:
    """Return who a sentence is about (its speech verb's or main verb's subject), None when it is
    someone of the other gender, _GOES_ON for a pronoun of the same gender, _SAME when it tells
    nothing."""
    for subj in _subjects(sent):
        if subj.lower_ in ("il", "elle"):
            return _GOES_ON if subj.lower_ == gender_word(gender) else None
        person = person_of(subj, doc, offset, index) or _named_in(subj, offset, index)
        if person:
            return person if index.gender(person) in (None, gender) else None
        phrase = body_phrase(doc, subj)
        if phrase:
            return phrase if determiner_gender(doc, subj.i) in (None, gender) else None
    verb = sent.root
    named = index.mentions_in(offset + sent.start_char, offset + verb.idx)
    if named:
        person = named[-1].full
        return person if index.gender(person) in (None, gender) else None
    return _SAME


def _named_in(subj: Any, offset: int, index: NameIndex) -> str | None:
    """Return the person named inside a subject phrase (« le ministre de X, Paul Roux, »), or None."""
    end = subj.right_edge.idx + len(subj.right_edge)
    named = index.mentions_in(offset + subj.left_edge.idx, offset + end)
    return named[0].full if named else None


def _subjects(sent: Any) -> list[Any]:
    """Return the subjects of a sentence's speech verbs (inverted ones too), then of its main verb."""
    speech = lexicon.word_set("speech_verbs")
    found = []
    for tok in reversed(list(sent)):
        if tok.lemma_.lower() in speech and tok.pos_ in ("VERB", "ADJ", "NOUN"):
            subj = next((c for c in tok.children if c.dep_ in ("nsubj", "expl:subj")), None)
            if subj is None and _inverted_after_comma(sent, tok):
                subj = next((t for t in sent if t.i > tok.i and t.pos_ in ("NOUN", "PROPN")), None)
            if subj is not None and (subj.pos_ in ("NOUN", "PROPN") or subj.lower_ in _PRONOUNS):
                found.append(subj)
    main = _main_subject(sent)
    return [*found, main] if main is not None else found


_PRONOUNS = frozenset({"il", "elle"})


def _inverted_after_comma(sent: Any, verb: Any) -> bool:
    """Tell whether a speech verb follows a comma and precedes its subject (« …, a confirmé le X »)."""
    doc = sent.doc
    k = verb.i - 1
    while k >= sent.start and doc[k].pos_ == "AUX":
        k -= 1
    nxt = doc[verb.i + 1] if verb.i + 1 < sent.end else None
    return (
        k >= sent.start and doc[k].text == "," and nxt is not None and nxt.pos_ in ("DET", "PROPN")
    )


def gender_word(gender: str) -> str:
    """Return the subject pronoun of `gender`."""
    return "elle" if gender == "f" else "il"


def _earlier_sentences(doc: Any, sent: Any) -> list[Any]:
    """Return up to three sentences before `sent` in its paragraph, nearest first."""
    found: list[Any] = []
    current = sent
    while current.start > 0 and len(found) < 5:
        prev = sentence_of(doc[current.start - 1])
        if "\n" in text_of(doc)[prev.start_char : current.start_char]:
            if not found:
                found.append(prev)  # a paragraph opening on the quote goes on from the last one
            break
        found.append(prev)
        current = prev
    return found


def _main_subject(sent: Any) -> Any:
    """Return the subject of a sentence whose main verb says or does something, or None."""
    root = sent.root
    if root.lemma_.lower() in lexicon.word_set("quote_stative_verbs"):
        return None
    return next((c for c in root.children if c.dep_ in ("nsubj", "expl:subj")), None)


def body_phrase(doc: Any, head: Any) -> str | None:
    """Return « le ministère de X », « l'agence Y », « le procureur » when `head` names a body or an
    unfilled role; None for other nouns (« le témoin »: an anonymous person)."""
    lemma = head.lemma_.lower()
    if lemma in lexicon.word_set("quote_anonymous_nouns"):
        return None
    bodies = lexicon.word_set("quote_body_nouns")
    organisation = head.ent_type_ == "ORG" or (
        head.pos_ == "PROPN" and (head.ent_type_ == "MISC" or head.text.isupper())
    )
    titled = title_end(doc, head.i) > 0
    if not (lemma in bodies or head.lower_ in bodies or organisation or titled):
        return None
    start = head.i
    while start > 0 and doc[start - 1].pos_ in ("DET", "ADJ") and head.i - start < 3:
        start -= 1
    end = head.i + 1
    while end < len(doc) and end - head.i < 9 and doc[end].text not in _STOP:
        word = doc[end]
        if word.pos_ in ("VERB", "AUX", "PRON", "SCONJ", "CCONJ"):
            break
        if word.pos_ == "ADP" and word.lower_ not in ("de", "des", "du", "d'"):
            break
        end += 1
    while end > head.i + 1 and doc[end - 1].pos_ in ("ADP", "DET"):
        end -= 1
    return str(doc[start:end].text)


def colon_speaker(doc: Any, outside: list[Any], offset: int, index: NameIndex) -> str | None:
    """« X a réagi : « … » » → X: the subject of a speech verb ending the words before a colon."""
    verb = next(
        (t for t in reversed(outside) if t.lemma_.lower() in lexicon.word_set("speech_verbs")),
        None,
    )
    if verb is None or outside[-1].text != ":":
        return None
    before = [t for t in outside if t.i < verb.i]
    for tok in before:
        mention = index.mention_at(offset + tok.idx)
        if mention is not None:
            owned = tok.i > 0 and doc[tok.i - 1].lower_ in ("de", "d'", "du", "des")
            return None if owned else mention.full  # « la mère de X a écrit : »: not X
    for tok in before:
        if tok.pos_ in ("NOUN", "PROPN"):
            return person_of(tok, doc, offset, index) or body_phrase(doc, tok)
        if tok.lower_ in ("il", "elle"):
            return pronoun_speaker(doc, tok, offset, index)
    return None


def reporting_verb_before(doc: Any, quoted: Any) -> Any:
    """Return the speech verb that reports a lower-case quote in its sentence (« X annonce que …
    « vérifier … » », « X publie un communiqué qui « … » »), or None."""
    first = next((t for t in doc if t.idx >= quoted.start), None)
    if first is None:
        return None
    sent = sentence_of(first)
    before = list(doc[sent.start : first.i])
    if before and before[-1].text in ("«", '"', "“"):
        before = before[:-1]  # the opening mark of this very quote
    if before and before[-1].lower_ == "qui" and len(before) > 1:
        noun = before[-2]
        if noun.lemma_.lower() in lexicon.word_set("quote_document_nouns"):
            return noun.head if noun.head.pos_ in ("VERB", "AUX") else None
    speech = lexicon.word_set("speech_verbs")
    for tok in reversed(before[-30:]):
        if tok.text in (";", "«", "»", "(", ")", '"', "“", "”"):
            return None  # another quote before: this one goes on from it
        content = tok.pos_ in ("VERB", "ADJ") or (
            tok.pos_ in ("X", "PROPN", "NOUN") and tok.is_lower and doc[tok.i - 1].pos_ != "DET"
        )
        if content and tok.lemma_.lower() in speech and not _inverted(tok):
            return tok
    return None


def _inverted(verb: Any) -> bool:
    """Tell whether a speech verb follows a comma (« …, a déclaré X »): it attributes what precedes."""
    k = verb.i - 1
    while k >= 0 and verb.doc[k].pos_ == "AUX":
        k -= 1
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    reports = nxt is not None and nxt.lower_ in ("que", "qu'", ":")  # « X, …, a dit que »
    return k >= 0 and verb.doc[k].text == "," and not reports


def named_before(doc: Any, verb: Any, offset: int, index: NameIndex) -> str | None:
    """Return the person or body opening the clause of `verb` (the parse lost its subject), or None."""
    sent = sentence_of(verb)
    for tok in doc[sent.start : verb.i]:
        mention = index.mention_at(offset + tok.idx)
        if mention is not None:
            owned = tok.i > 0 and doc[tok.i - 1].lower_ in ("de", "d'", "du", "des")
            return None if owned else mention.full
    return None
