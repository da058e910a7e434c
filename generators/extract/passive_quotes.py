"""Words quoted with a passive verb of opinion and its « par » agent: « La réforme a été
qualifiée de « recul historique » par X », « Qualifié de journal qui « … » par X, … »,
« identifiées par X comme le résultat d'un « … » » → X said them.

The participle (lexicon quote_passive_verbs) stands a few words before the opening mark, is not
conjugated with « avoir » (« X a qualifié … » is active, left to partial_quotes), and « par »
names the agent either between the participle and the quote or right after the closing mark.
"""

from __future__ import annotations

from typing import Any

from generators import lexicon
from generators.extract.body_speakers import subject_body
from generators.extract.crowd_speakers import crowd_phrase
from generators.extract.names import NameIndex
from generators.extract.quote_marks import Quoted
from generators.extract.speakers import speaker_of
from generators.extract.speech_words import phrase_bounds
from generators.extract.tokens import sentence_of

_BEFORE = 18  # words from the participle to the opening mark: « identifiées par X comme … »
_MARKS = ("«", "»", '"', "“", "”")
_AFTER = 3  # words from the closing mark to « par »: « » par X », « », ont-elles été … par »


def agent_speaker(
    doc: Any, quoted: Quoted, words: list[Any], offset: int, index: NameIndex
) -> str | None:
    """Return who the « par » agent of a passive verb of opinion names, for a lower-case phrase
    of two words or more quoted as that verb's attribute; None otherwise. An agent that names
    no one in particular (« par une voisine », « par un ami d'enfance ») speaks as written; the
    subject, who is described, never does."""
    found = _passive(doc, quoted, words)
    if found is None or found[1] is None:
        return None
    agent = found[1]
    person = speaker_of(doc, agent, offset, index)
    said = person or subject_body(doc, agent, offset, index) or crowd_phrase(doc, agent)
    if said:
        return said
    if agent.pos_ == "NOUN" and any(c.dep_ == "det" for c in agent.children):
        start, end = phrase_bounds(doc, agent)
        return str(doc[start:end].text)
    return ""


def described(doc: Any, quoted: Quoted, words: list[Any]) -> bool:
    """Tell whether the quote is the attribute of a passive verb of opinion with no agent and no
    incise after it (« Le maire a été décrit comme un « … » »): its subject is who is described,
    and who spoke is unsaid."""
    found = _passive(doc, quoted, words)
    if found is None or found[1] is not None:
        return False
    participle, _agent, after = found
    sources = lexicon.word_set("quote_sources")  # « « … », a dit X », « « … » selon X »
    incise = any(t.text == "," or t.lower_ in sources for t in after[1:3])
    return not incise and any(c.dep_ == "aux:pass" for c in participle.children)


def _passive(doc: Any, quoted: Quoted, words: list[Any]) -> tuple[Any, Any, list[Any]] | None:
    """Return the passive participle of opinion before a lower-case quote, the head of its
    « par » agent (or None) and the words after the quote; None when there is no such verb."""
    content = [t for t in words if not t.is_punct]
    if not quoted.closed or len(content) < 2 or not content[0].text[:1].islower():
        return None
    sent = sentence_of(content[0])
    before = [t for t in sent if t.i < content[0].i and t.idx < quoted.start]
    while before and before[-1].text in _MARKS:
        before.pop()  # this quote's own opening mark
    participle = _participle(before[-_BEFORE:])
    if participle is None:
        return None
    between = [t for t in before if t.i > participle.i]
    after = [t for t in sent if t.idx >= quoted.end][: _AFTER + 1]
    par = _par(between) or _par(after)
    if par is None or par.dep_ != "case" or par.head.i <= par.i:
        return participle, None, after
    return participle, par.head, after


def _participle(words: list[Any]) -> Any:
    """Return the last passive participle of a verb of opinion in `words`, or None when a finite
    verb or a quote mark comes after it (another clause) or « avoir » conjugates it alone."""
    verbs = lexicon.word_set("quote_passive_verbs")
    for tok in reversed(words):
        if tok.text in _MARKS or tok.text in (";", ":"):
            return None
        if "Part" in tok.morph.get("VerbForm") and tok.lemma_.lower() in verbs:
            deps = {(c.dep_, c.lemma_.lower()) for c in tok.children}
            active = ("aux", "avoir") in deps and not any(d == "aux:pass" for d, _ in deps)
            return None if active else tok  # « a été qualifiée » is passive, « a qualifié » not
        if tok.pos_ in ("VERB", "AUX") and "Fin" in tok.morph.get("VerbForm"):
            return None
    return None


def _par(words: list[Any]) -> Any:
    """Return the first « par » of `words` before any punctuation but the closing mark."""
    for tok in words:
        if tok.lower_ == "par":
            return tok
        if tok.is_punct and tok.text not in ("»", '"', "”"):
            return None
    return None
