"""Words cried out: « Il a crié « … » », « X a couru vers la foule en criant "…" ».

A verb of crying out (lexicon quote_cry_verbs) right before the opening mark — only adverbs, a
comma or a colon between — makes the quoted words, however short, its subject's cry; a gerund
(« en criant ») has the subject of the verb it depends on. The speaker is that subject when it
names a person or a body, or a pronoun the paragraph resolves; an anonymous subject (« un homme »,
« l'individu ») or none gives no quote at all: no speaker rather than a guess, and no other rule
(« Selon la police, X aurait crié « … » ») may hand the cry to someone else.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from generators import lexicon
from generators.extract.names import NameIndex
from generators.extract.quote_marks import Quoted, quote_tokens
from generators.extract.speakers import clause_subject, speaker_of
from generators.extract.tokens import sentence_of

_ER = ("e", "es", "ent", "ait", "aient", "a", "èrent", "é", "ée", "és", "ées", "ant", "er")
_BETWEEN = (",", ":")


def cry_speaker(
    doc: Any, quoted: Quoted, offset: int, index: NameIndex
) -> tuple[bool, str | None, str]:
    """Return whether a verb of crying out opens the quote, who cries (None when unsure) and the
    evidence (« cry », or « pronoun » for « Il a crié »). A speech verb right before a short
    sentence (« a répondu « Nous verrons » », lexicon quote_reply_verbs) counts too, when its
    subject is found."""
    before = quote_tokens(doc, max(0, quoted.start - 60), quoted.start - 1)
    k = len(before) - 1
    while k >= 0 and (before[k].text in _BETWEEN or before[k].pos_ == "ADV"):
        k -= 1
    if k < 0 or not (_cry(before[k]) or _short_reply(doc, quoted, before, k)):
        return False, None, "cry"
    subj = clause_subject(before[k])  # « a couru vers la foule en criant »: who ran cries
    speaker = speaker_of(doc, subj, offset, index) if subj is not None else None
    how = "pronoun" if subj is not None and subj.pos_ == "PRON" else "cry"
    if how == "pronoun" and not _person_named_in_sentence_before(doc, subj, speaker, offset, index):
        speaker = None  # « Il aurait crié »: only when the sentence before names the person
    return bool(speaker) or _cry(before[k]), speaker, how


def _short_reply(doc: Any, quoted: Quoted, before: list[Any], k: int) -> bool:
    """Tell whether a speech verb with its subject before it (not an incise after a comma)
    stands right before a sentence of one or two words (« a répondu « Nous verrons » »)."""
    verb = before[k]
    inside = [t for t in quote_tokens(doc, quoted.start, quoted.end) if not t.is_punct]
    j = k - 1
    while j >= 0 and before[j].pos_ in ("AUX", "ADV"):
        j -= 1
    return (
        quoted.closed
        and 0 < len(inside) < 3
        and inside[0].text[:1].isupper()
        and verb.pos_ == "VERB"
        and verb.lemma_.lower() in lexicon.word_set("quote_reply_verbs")
        and j >= 0
        and before[j].text != ","
    )


def _cry(tok: Any) -> bool:
    """Tell whether `tok` is a form of a verb of crying out (« crié », « hurlant », « s'écrie »)."""
    return tok.is_lower and (tok.lemma_.lower() in _infinitives() or tok.lower_ in _forms())


@functools.cache
def _infinitives() -> frozenset[str]:
    return frozenset(re.sub(r"^s'", "", v) for v in lexicon.word_set("quote_cry_verbs"))


@functools.cache
def _forms() -> frozenset[str]:
    """The forms of the cry verbs (all in -er): « crie », « criait », « hurlé », « scandant »."""
    forms: set[str] = set()
    for verb in _infinitives():
        stem = verb[:-2]
        forms |= {stem + end for end in _ER}
        if "é" in stem[-3:]:  # « vocifère »
            strong = stem[: stem.rfind("é")] + "è" + stem[stem.rfind("é") + 1 :]
            forms |= {strong + end for end in ("e", "es", "ent")}
    return frozenset(forms)


def _person_named_in_sentence_before(
    doc: Any, pronoun: Any, speaker: str | None, offset: int, index: NameIndex
) -> bool:
    """Tell whether the person a pronoun resolved to is a person named in its sentence or the one
    before (a cry is a person's; a paragraph-long chain of « il » may end on a group's name)."""
    if not speaker or not index.resolve(speaker):
        return False
    sent = sentence_of(pronoun)
    start = sentence_of(doc[sent.start - 1]).start_char if sent.start > 0 else sent.start_char
    named = index.mentions_in(offset + start, offset + pronoun.idx)
    return any(m.full == speaker for m in named)
