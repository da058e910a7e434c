"""Sentence boundaries the parser must respect: paragraphs always split, commas never do."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

COMPONENT = "factdeck_sentence_starts"
_TERMINAL = frozenset({".", "!", "?", "…", "..", "...", ";"})
_CLOSERS = frozenset({"»", '"', ")", "]", "”", "’"})


def mark_sentence_starts(doc: Doc) -> Doc:
    """Start a sentence after each line break; forbid one where no end punctuation precedes."""
    for i in range(1, len(doc)):
        tok = doc[i]
        if tok.is_space:
            tok.is_sent_start = False
            continue
        j = i - 1  # the word before, past extra spaces (« fin.  Suite », a blanked mark)
        while j > 0 and doc[j].is_space and "\n" not in doc[j].text:
            j -= 1
        prev = doc[j]
        if any("\n" in t.text or "\n" in t.whitespace_ for t in doc[j:i]):
            tok.is_sent_start = True
        elif tok.text in _CLOSERS and (prev.text in _TERMINAL or prev.text.endswith(".")):
            tok.is_sent_start = False  # « … italien.» : the closing mark ends the sentence
        elif prev.is_space or not (
            prev.text in _TERMINAL or prev.text.endswith(".") or _closes_sentence(doc, j)
        ):
            tok.is_sent_start = False
    return doc


def _closes_sentence(doc: Doc, i: int) -> bool:
    """Return whether token `i` is a closing mark right after end punctuation (« …bienvenus. »)."""
    return (
        doc[i].text in _CLOSERS
        and i > 0
        and (doc[i - 1].text in _TERMINAL or doc[i - 1].text.endswith("."))
    )


def install(nlp: Language) -> None:
    """Add the sentence-start rules to `nlp`, before its parser."""
    from spacy.language import Language as SpacyLanguage

    if not SpacyLanguage.has_factory(COMPONENT):
        SpacyLanguage.component(COMPONENT, func=mark_sentence_starts)
    if COMPONENT not in nlp.pipe_names:
        before = "parser" if "parser" in nlp.pipe_names else None
        nlp.add_pipe(COMPONENT, before=before) if before else nlp.add_pipe(COMPONENT)
