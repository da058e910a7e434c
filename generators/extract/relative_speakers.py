"""A quote right after a speech verb whose subject is « qui »: « C'est le cas de X, qui commente
« … » », « l'agence Y, qui affirme que « … » » → the antecedent of « qui » speaks.

French puts the antecedent right before « qui » (relatives.relative_antecedent); the speech verb,
its auxiliary and « que » stand between « qui » and the opening mark, and after the verb at most a
short complement of time or audience (« qui disait en 2012 : », « qui a dit à la presse : »); an
object noun phrase, a longer complement or another verb makes the quote something else.
"""

from __future__ import annotations

from typing import Any

from generators import lexicon
from generators.extract.names import NameIndex
from generators.extract.quote_marks import Quoted, quote_tokens
from generators.extract.relatives import relative_antecedent
from generators.extract.speakers import speaker_of
from generators.extract.speech_words import body_phrase, is_speech_verb, speech_forms

_LINKS = ("que", "qu'", "qu’", ":", ",")


def relative_speaker(doc: Any, quoted: Quoted, offset: int, index: NameIndex) -> str | None:
    """Return the antecedent of « qui » subject of the speech verb right before the quote, or None."""
    before = quote_tokens(doc, max(0, quoted.start - 80), quoted.start - 1)
    k = len(before) - 1
    while k >= 0 and (before[k].lower_ in _LINKS or before[k].pos_ == "ADV"):
        k -= 1
    k = _past_complement(before, k)
    if k < 1 or not _said(before[k]):
        return None
    k -= 1
    while k >= 0 and (
        before[k].pos_ in ("AUX", "ADV") or before[k].lower_ in lexicon.word_set("quote_clitics")
    ):
        k -= 1  # « qui a aussitôt répondu », « qui lui a dit »
    if k < 0 or before[k].lower_ != "qui":
        return None
    antecedent = relative_antecedent(doc, before[k], offset, index)
    if antecedent is None:
        return _named_body(doc, before[k])
    if not hasattr(antecedent, "i"):
        return str(antecedent.text)  # a person the name index missed, as written
    return speaker_of(doc, antecedent, offset, index) or body_phrase(doc, antecedent)


def _past_complement(before: list[Any], k: int) -> int:
    """Return the index of the speech verb before a short complement of time or audience ending
    at `k` (« qui disait en 2012 : », « qui avait déclaré la veille : », « qui a dit à la
    presse : »), or `k` itself."""
    j = k
    while j >= 0 and k - j < _COMPLEMENT and before[j].pos_ in _COMPLEMENT_WORDS:
        j -= 1
    return j if j < k and j >= 0 and _said(before[j]) else k


_COMPLEMENT = 4
_COMPLEMENT_WORDS = ("ADP", "DET", "NUM", "NOUN", "PROPN")


def _said(tok: Any) -> bool:
    """Tell whether `tok` is a speech verb, whatever the tagger made of it (« commente »)."""
    return bool(is_speech_verb(tok) or (tok.is_lower and tok.lower_ in speech_forms()))


def _named_body(doc: Any, qui: Any) -> str | None:
    """« l'association Terre Libre, qui … »: the body whose name (an organisation for the model)
    ends right before « qui », with the common noun it names (« l'association »), or None."""
    k = qui.i - 1 if qui.i > 0 and doc[qui.i - 1].text != "," else qui.i - 2
    if k < 0 or doc[k].ent_type_ not in ("ORG", "MISC"):
        return None
    ent = next((e for e in doc.ents if e.start <= k < e.end), None)
    if ent is None or ent.end != k + 1:
        return None
    noun = doc[ent.start - 1] if ent.start > 0 else None
    phrase = body_phrase(doc, noun) if noun is not None and noun.pos_ == "NOUN" else None
    return phrase or str(ent.text)
