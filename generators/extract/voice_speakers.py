"""Two ways a quote's speaker stands apart from its verb.

- A body or a country speaks through a person: « L'armée a répondu par la voix de son porte-parole,
  le colonel A : « … » » → A, the person named after the words of lexicon/quote_voice_phrases.txt
  (within a few words, titles and apposition allowed), never someone named further on.
- A short clause completes the quote before its incise: « « … » quand on gouverne, répond A »,
  « « … » si rien ne change, a-t-elle prévenu » → the incise after the clause's comma, when the
  clause opens on a word of lexicon/quote_tail_subordinators.txt and holds no quote mark, no end of
  sentence and no other verb of speech.
"""

from __future__ import annotations

from typing import Any

from generators.extract.names import NameIndex
from generators.extract.speech_words import is_speech_verb
from generators.extract.tokens import phrases

# words between the voice phrase and the person (« de son porte-parole, le colonel »)
_NAME_WINDOW = 8
_CLAUSE_WORDS = 16  # words of a clause completing a quote before its incise
_STOPS = frozenset({".", "!", "?", ";", ":", "«", "»", '"', "“", "”", "(", ")"})


def voice_of(doc: Any, verb: Any, end: int, offset: int, index: NameIndex) -> str | None:
    """Return the person a voice phrase after `verb` (before token `end`) names, or None."""
    lows = [t.lower_ for t in doc[verb.i + 1 : end]]
    for words in phrases("quote_voice_phrases"):
        for k in range(len(lows) - len(words) + 1):
            if tuple(lows[k : k + len(words)]) != words:
                continue
            start = verb.i + 1 + k + len(words)
            for tok in doc[start : min(end, start + _NAME_WINDOW)]:
                if tok.text in _STOPS:
                    break
                mention = index.mention_at(offset + tok.idx)
                if mention is not None and mention.start == offset + tok.idx:
                    return mention.full
    return None


def after_tail_clause(after: list[Any], k: int) -> int:
    """Return the list index right after the comma closing a clause that completes the quote
    (`after[k]` opens it), or -1 when `after[k]` opens no such clause."""
    if k >= len(after) or after[k].lower_ not in _subordinators():
        return -1
    if k > 0 and after[k - 1].text == ",":  # « « … », quand … »: not glued to the quote
        return -1
    for j in range(k + 1, min(len(after), k + _CLAUSE_WORDS)):
        tok = after[j]
        if tok.text == ",":
            return j + 1
        if tok.text in _STOPS or "\n" in tok.text or is_speech_verb(tok):
            return -1
    return -1


def _subordinators() -> frozenset[str]:
    return frozenset(words[0] for words in phrases("quote_tail_subordinators"))
