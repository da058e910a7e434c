"""The person named right before a verb after a comma: its subject, whatever the parse made of the
phrase opening the sentence (« Face à A, B a lancé : », « Interrogé par A, B a déclaré : »)."""

from __future__ import annotations

from typing import Any

from generators import lexicon
from generators.extract.names import NameIndex
from generators.extract.roles import mention_ending


def name_before_verb(doc: Any, verb: Any, offset: int, index: NameIndex) -> str | None:
    """Return the person named right before `verb` (past its auxiliaries, adverbs and object
    pronouns, lexicon quote_clitics) when a comma opens the name, else None."""
    k = verb.i - 1
    while k > 0 and (
        doc[k].pos_ in ("AUX", "ADV") or doc[k].lower_ in lexicon.word_set("quote_clitics")
    ):
        k -= 1
    start = mention_ending(doc, k, offset, index) if k > 0 else 0
    if start <= 0 or doc[start - 1].text != ",":
        return None
    mention = index.mention_at(offset + doc[start].idx)
    return mention.full if mention is not None else None
