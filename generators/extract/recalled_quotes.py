"""Words someone repeats from someone else: « A a rappelé les mots de B : « … » », « A a ressorti
une phrase de B qui disait en 2012 : « … » », « Les paroles de B sont : « … » » → B, not A.

French announces words repeated from another with a noun of words (lexicon quote_words_nouns)
whose « de » complement names who first said them, the object of a verb of repeating (lexicon
quote_recalling_verbs) or the subject of « être ». The colon (right before the quote, or ending the paragraph before it) ends the clause of that noun: after
its owner stand at most a relative clause of « qui » (« B qui disait en 2012 ») or a few words,
no other clause (« et C a déclaré : » would be C's). A verb of answering or judging (« A a
répondu aux propos de B : ») is not a verb of repeating: those words are A's, handled elsewhere.
"""

from __future__ import annotations

from typing import Any

from generators import lexicon
from generators.extract.announced_quotes import announcing_colon
from generators.extract.body_speakers import subject_body
from generators.extract.names import NameIndex
from generators.extract.quote_marks import Quoted, quote_tokens
from generators.extract.speakers import speaker_of
from generators.extract.tokens import sentence_of

_OF = ("de", "d'", "d’", "du", "des")
_WINDOW = 16  # « une phrase de l'ancien maire Paul Roy qui disait en 2012 : »
_STOPS = ("«", "»", '"', ";", ".", "!", "?", "(", ")")


def recalled_speaker(doc: Any, quoted: Quoted, offset: int, index: NameIndex) -> str | None:
    """Return who first said the words a colon announces after « <noun of words> de X », when
    the clause repeats them (`_repeating`), or None."""
    before = quote_tokens(doc, max(0, quoted.start - 20), quoted.start - 1)
    colon = before[-1] if before and before[-1].text == ":" else announcing_colon(doc, quoted)
    if colon is None:
        return None
    sent = sentence_of(colon)
    nouns = lexicon.word_set("quote_words_nouns")
    for j in range(colon.i - 1, max(sent.start, colon.i - _WINDOW) - 1, -1):
        tok = doc[j]
        if tok.text in _STOPS or tok.pos_ == "CCONJ":
            return None
        if tok.pos_ == "NOUN" and tok.lower_ in nouns:
            owner = _owner(doc, tok, colon)
            if owner is None or not _repeating(doc, tok, sent):
                return None
            return speaker_of(doc, owner, offset, index) or subject_body(doc, owner, offset, index)
    return None


def _owner(doc: Any, noun: Any, colon: Any) -> Any:
    """Return the head of « de X » right after the noun of words (past its adjectives), when only
    a relative clause of « qui » or words without a verb stand between X and the colon; or None."""
    k = noun.i + 1
    while k < colon.i and doc[k].pos_ == "ADJ":
        k += 1  # « les mots célèbres de X »
    if k >= colon.i or doc[k].lower_ not in _OF:
        return None
    k += 1
    while k < colon.i and doc[k].pos_ in ("DET", "ADJ"):
        k += 1  # « de l'ancien maire »
    if k >= colon.i or doc[k].pos_ not in ("NOUN", "PROPN"):
        return None
    owner = doc[k]
    rest = doc[k + 1 : colon.i]
    qui = next((t.i for t in rest if t.lower_ == "qui"), colon.i)
    finite = [t for t in rest if t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")]
    return owner if all(t.i > qui for t in finite) else None


def _repeating(doc: Any, noun: Any, sent: Any) -> bool:
    """Tell whether the noun of words is the object of a verb of repeating (the nearest verb
    before it), or, with no verb before it, the subject of « être » (« Les paroles de X sont : »)."""
    verbs = lexicon.word_set("quote_recalling_verbs")
    for k in range(noun.i - 1, sent.start - 1, -1):
        tok = doc[k]
        if tok.pos_ == "VERB" or (
            tok.is_lower and tok.pos_ in ("PROPN", "ADJ") and _after_aux(tok)
        ):
            return tok.lemma_.lower() in verbs or any(
                len(v) > 5 and tok.lower_.startswith(v[:-2]) for v in verbs
            )
    copula = next((t for t in doc[noun.i + 1 : sent.end] if t.pos_ in ("VERB", "AUX")), None)
    return copula is not None and copula.lemma_.lower() == "être"


def _after_aux(tok: Any) -> bool:
    """Tell whether `tok` follows an auxiliary (« a ressorti », whatever the tagger made of it)."""
    return bool(tok.i > 0 and tok.doc[tok.i - 1].pos_ == "AUX")
