"""The speech verb that reports a quoted clause in its sentence (« X annonce que … « … » », « X
publie un communiqué qui « … » »), not an incise that attributes what precedes it (« …, a dit X »)."""

from __future__ import annotations

from typing import Any

from generators import lexicon
from generators.extract.speech_words import is_speech_verb
from generators.extract.tokens import first_at, sentence_of


def reporting_verb_before(doc: Any, quoted: Any) -> Any:
    """Return the speech verb that reports a lower-case quote in its sentence (« X annonce que …
    « vérifier … » », « X publie un communiqué qui « … » »), or None."""
    at = first_at(doc, quoted.start)
    if at == len(doc):
        return None
    first = doc[at]
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
        said = tok.lemma_.lower() in speech or is_speech_verb(tok)  # « annonce » taken for a noun
        said = said or (_clause_verb(tok) and _reports(tok))  # « X remarque que « … » »
        if content and said and not _inverted(tok):
            return tok
    return None


def _inverted(verb: Any) -> bool:
    """Tell whether a speech verb follows a comma (« …, a déclaré X »): it attributes what precedes."""
    k = verb.i - 1
    while k >= 0 and verb.doc[k].pos_ == "AUX":
        k -= 1
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    reports = nxt is not None and _reports(verb)  # « X, …, a dit (au journal) que »
    return k >= 0 and verb.doc[k].text == "," and not reports


def _reports(verb: Any) -> bool:
    """Tell whether « que » or a colon follows a verb, past a short complement (« au journal »)."""
    for tok in verb.doc[verb.i + 1 : verb.i + 5]:
        if tok.lower_ in ("que", "qu'", "qu’", ":"):
            return True
        if tok.is_punct or tok.pos_ in ("VERB", "AUX"):
            return False
    return False


def _clause_verb(tok: Any) -> bool:
    """Tell whether `tok` is a verb that reports words with a « que » clause (« remarque »,
    « constatait »), whatever lemma the tagger gave it."""
    low = tok.lower_
    return tok.is_lower and any(
        tok.lemma_.lower() == verb or (verb.endswith("er") and low.startswith(verb[:-2]))
        for verb in lexicon.word_set("quote_clause_verbs")
    )
