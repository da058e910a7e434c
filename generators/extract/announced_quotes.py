"""Quotes announced before them: by a clause ending on a colon at the end of the previous paragraph,
or by the quote just before (`follows`, `paragraph_after`: the same speaker goes on).

French news often announces a quote in a clause that ends on a colon and gives the quoted words a
paragraph of their own (« Le ministre a commenté ainsi ce vote : ¶ « … » »). The speaker is then
the subject of the speech verb of the announcing clause, found as for a colon in the same sentence
(`colon_speaker`). A paragraph that ends on a colon without a speech verb (« La liste comprend : »)
announces no speech: no speaker. A quote standing alone as a sentence right after one whose verb
announces words (lexicon quote_announcing_verbs: « X s'est exprimé mardi. « … » », « X a tenté de
prévenir le public. « … » ») is that verb's subject's (`sentence_announced`); so is one right before a sentence whose speech
verb « ainsi » qualifies (« « … » Le maire a ainsi conclu son discours. », `summed_up`).
"""

from __future__ import annotations

from typing import Any

from generators import lexicon
from generators.extract.body_speakers import subject_body
from generators.extract.colon_speakers import colon_speaker
from generators.extract.names import NameIndex
from generators.extract.quote_marks import Quoted, quote_tokens
from generators.extract.speakers import apposed_opening, clause_subject, speaker_of
from generators.extract.speech_words import in_quotes, is_speech_verb
from generators.extract.titles import title_end
from generators.extract.tokens import first_at, sentence_of, text_of

_OPENING = ("«", "“", '"')


def announced_speaker(doc: Any, quoted: Quoted, offset: int, index: NameIndex) -> str | None:
    """Return who speaks a quote that opens its paragraph right after a paragraph ending on
    « <speech verb> … : » (« X a déclaré : ¶ « … » »), or None."""
    colon = announcing_colon(doc, quoted)
    if colon is None:
        return None
    sent = sentence_of(colon)
    outside = [t for t in doc[sent.start : colon.i + 1] if not t.is_space]
    outside = [t for t in outside if not in_quotes(doc, t.idx) or t.i == colon.i]
    if len(outside) < 3:
        return None
    return colon_speaker(doc, outside, offset, index)


def announcing_colon(doc: Any, quoted: Quoted) -> Any:
    """Return the colon token ending the paragraph right before a quote that opens its own
    paragraph, or None."""
    text = text_of(doc)
    para_start = text.rfind("\n", 0, quoted.start) + 1
    if para_start <= 0 or text[para_start : quoted.start].strip() not in _OPENING:
        return None
    before = text[:para_start].rstrip()
    if not before.endswith(":"):
        return None
    at = len(before) - 1
    i = first_at(doc, at)
    return doc[i] if i < len(doc) and doc[i].idx == at and doc[i].text == ":" else None


def follows(doc: Any, previous_end: int, first: Any) -> bool:
    """Tell whether a quote starts in the sentence right after the one where the last quote
    ended, and not as a part of a clause of its own subject (« La cause en serait « … » »: the
    sentence says it, not the last speaker)."""
    sent = sentence_of(first)
    between = text_of(doc)[doc[previous_end - 1].idx : first.idx] if previous_end > 0 else "\n"
    return sent.start == previous_end and "\n" not in between and not _own_subject(sent, first)


def _own_subject(sent: Any, first: Any) -> bool:
    """Tell whether a finite verb with a subject that names a thing comes before the quote in
    its sentence (« La cause en serait « … » »); a title may name the last speaker again (« Le
    dirigeant assure que « … » »)."""
    before = [t for t in sent if t.i < first.i]
    finite = any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in before)
    return finite and any(
        t.dep_.startswith("nsubj") and t.pos_ == "NOUN" and title_end(t.doc, t.i) < 0
        for t in before
    )


def paragraph_after(doc: Any, previous_end: int, quoted: Any, closes_paragraph: bool) -> bool:
    """Tell whether a quote is a paragraph of its own right after the paragraph that the last
    attributed quote ended (« « A », a déclaré X.¶« B ». »: X goes on)."""
    text = text_of(doc)
    if previous_end <= 0 or not quoted.closed:
        return False
    start = text.rfind("\n", 0, quoted.start) + 1
    end = text.find("\n", quoted.end)
    end = len(text) if end < 0 else end
    alone = text[start : quoted.start].strip() in ("«", "“", '"') and (
        not closes_paragraph or not text[quoted.end + 1 : end].strip(' .»”"')
    )
    k = previous_end - 1
    while k > 0 and doc[k].is_space:
        k -= 1
    between = text[doc[k].idx + len(doc[k]) : start]
    return alone and between.strip() == "" and between.count("\n") >= 1


def sentence_announced(doc: Any, quoted: Quoted, offset: int, index: NameIndex) -> str | None:
    """Return who speaks a quote that is a sentence of its own (nothing attributes it) right
    after a sentence of the same paragraph whose verb announces words (« X s'est exprimé. « … » »),
    or None; the sentence before must hold no quote of its own."""
    text = text_of(doc)
    if not quoted.closed or not _stands_alone(text, quoted):
        return None
    words = quote_tokens(doc, quoted.start, quoted.end)
    opening = words[0].i - 1 if words else -1
    if opening <= 0 or doc[opening - 1].text not in (".", "!", "?"):
        return None
    sent = sentence_of(doc[opening - 1])
    prev = [t for t in sent if t.i < opening]  # the parse may run it on into the quote
    if "\n" in text[prev[0].idx : quoted.start] or any(t.text in _OPENING for t in prev):
        return None
    verbs = lexicon.word_set("quote_announcing_verbs")
    for tok in prev:
        if _announcing(tok, verbs):
            subj = clause_subject(tok)
            if subj is not None and subj.i < tok.i and subj.lower_ not in ("il", "elle"):
                return (
                    speaker_of(doc, subj, offset, index)
                    or apposed_opening(sent, subj, offset, index)  # « A, un pilote, a tenté … »
                    or subject_body(doc, subj, offset, index)  # « Le club a réagi. »
                )
    return None


def summed_up(doc: Any, quoted: Quoted, offset: int, index: NameIndex) -> str | None:
    """Return who speaks a quote standing alone right before a sentence of the same paragraph
    whose speech verb, with « ainsi », names its subject as the speaker (« « … » Le maire, Paul
    Roy, a ainsi conclu son discours. »), or None; a pronoun subject is not trusted."""
    text = text_of(doc)
    if not quoted.closed or not _stands_alone(text, quoted):
        return None
    after = [t for t in quote_tokens(doc, quoted.end, quoted.end + 300) if not t.is_space]
    after = [t for t in after if t.text not in ("»", "”", '"', ".")]
    if not after or "\n" in text[quoted.end : after[0].idx]:
        return None
    sent = sentence_of(after[0])
    verbs = lexicon.word_set("quote_summing_verbs")
    for tok in sent:
        verb = tok.head
        if tok.i < after[0].i or tok.lower_ != "ainsi" or tok.dep_ != "advmod":
            continue
        if verb.pos_ != "VERB" or not (verb.lemma_.lower() in verbs or is_speech_verb(verb)):
            return None
        subj = clause_subject(verb)
        if subj is None or subj.i < after[0].i or subj.i > verb.i or subj.pos_ == "PRON":
            return None
        return (
            speaker_of(doc, subj, offset, index)
            or apposed_opening(sent, subj, offset, index)
            or subject_body(doc, subj, offset, index)
        )
    return None


def _announcing(tok: Any, verbs: frozenset[str]) -> bool:
    """Tell whether `tok` is a verb of `verbs`, or a participle of one after an auxiliary that
    the parse took for a name (« a réagi »)."""
    if tok.pos_ == "VERB" and tok.lemma_.lower() in verbs:
        return True
    after_aux = tok.i > 0 and tok.doc[tok.i - 1].pos_ == "AUX" and tok.is_lower
    return after_aux and any(len(v) > 5 and tok.lower_.startswith(v[:-2]) for v in verbs)


def _stands_alone(text: str, quoted: Quoted) -> bool:
    """Tell whether nothing attributes a closed quote after it: the paragraph or a new sentence
    follows (« « … . » Il … », « « … ». »), no comma nor verb."""
    after = text[quoted.end + 1 : quoted.end + 40].lstrip(" ")
    inside = text[quoted.start : quoted.end].rstrip(" ")
    ended = inside[-1:] in (".", "!", "?", "…")
    return not after or after[0] in ("\n", ".") or (ended and after[0].isupper())
