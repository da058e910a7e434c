"""Sentence boundaries the parser must respect: paragraphs always split, commas never do."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

COMPONENT = "factdeck_sentence_starts"
_TERMINAL = frozenset({".", "!", "?", "…", "..", "...", ";"})
_CLOSERS = frozenset({"»", '"', ")", "]", "”", "’"})
_PAUSES = frozenset({",", ":", "—", "–"})
# Longest sentence, in tokens (about 1 200 characters; news sentences stay well under it): past it,
# text without end punctuation is cut, after a comma from SOFT_TOKENS on, so a 2 MB article without
# a full stop parses in sentences, not in 20 000-character spans.
MAX_TOKENS = 200
SOFT_TOKENS = 150


def mark_sentence_starts(doc: Doc) -> Doc:
    """Start a sentence after each line break; forbid one where no end punctuation precedes.

    A sentence never runs past MAX_TOKENS tokens: text without punctuation (a pasted transcript,
    a list) is cut after a comma when it can, else where the limit falls.
    """
    import numpy
    from spacy.attrs import SENT_START  # type: ignore[import-not-found]

    tokens = list(doc)  # one Token object per position, not one per look-up
    # 1 a start, -1 not one, 0 unknown; written back at once (spaCy's `is_sent_start` setter
    # rescans the whole doc on each assignment)
    marks = [int(v) for v in doc.to_array(SENT_START).astype("int64")]
    length = 0  # tokens since the last sentence start this rule knows of
    for i in range(1, len(tokens)):
        tok = tokens[i]
        length += 1
        if tok.is_space:
            marks[i] = -1
            continue
        j = i - 1  # the word before, past extra spaces (« fin.  Suite », a blanked mark)
        while j > 0 and tokens[j].is_space and "\n" not in tokens[j].text:
            j -= 1
        prev = tokens[j]
        if any("\n" in t.text or "\n" in t.whitespace_ for t in tokens[j:i]):
            marks[i] = 1
        elif tok.text in _CLOSERS and (prev.text in _TERMINAL or prev.text.endswith(".")):
            marks[i] = -1  # « … italien.» : the closing mark ends the sentence
        elif prev.is_space or not (
            prev.text in _TERMINAL or prev.text.endswith(".") or _closes_sentence(tokens, j)
        ):
            cut = length >= MAX_TOKENS or (length >= SOFT_TOKENS and prev.text in _PAUSES)
            marks[i] = 1 if cut else -1
        if marks[i] > 0 or prev.text in _TERMINAL:
            length = 0
    if tokens:
        column = numpy.array(marks, dtype="int64").astype("uint64").reshape(-1, 1)
        doc.from_array([SENT_START], column)  # type: ignore[arg-type]
    return doc


def _closes_sentence(tokens: list[Any], i: int) -> bool:
    """Return whether token `i` is a closing mark right after end punctuation (« …bienvenus. »)."""
    return (
        tokens[i].text in _CLOSERS
        and i > 0
        and (tokens[i - 1].text in _TERMINAL or tokens[i - 1].text.endswith("."))
    )


def install(nlp: Language) -> None:
    """Add the sentence-start rules to `nlp`, before its parser."""
    from spacy.language import Language as SpacyLanguage

    if not SpacyLanguage.has_factory(COMPONENT):
        SpacyLanguage.component(COMPONENT, func=mark_sentence_starts)
    if COMPONENT not in nlp.pipe_names:
        before = "parser" if "parser" in nlp.pipe_names else None
        nlp.add_pipe(COMPONENT, before=before) if before else nlp.add_pipe(COMPONENT)
