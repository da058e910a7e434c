"""Plain typographic errors of an article mended where a card copies its text: a function word
typed twice (« très peu de de victimes »), a locution misspelt (« c'est à-dire » →
« c'est-à-dire »), « on » before a past participle (« on recommencé » → « ont recommencé »), an
-ir participle typed with its present's « t » after « avoir » (« a subit » → « a subi »), a space
before a comma or a period, two spaces. Blind judges mark a card that
keeps them awkward. Only what is never right is changed: a pronoun repeated (« nous nous ») and a
name's particle (« les Mémoires de de Gaulle ») stay, and so do the article's words. Quotations
too: these are the page's typing, not the speaker's words. Word lists:
lexicon/question_typos.txt.
"""

from __future__ import annotations

import functools
import re

from generators import lexicon


def corrected(text: str) -> str:
    """Return `text` with its plain typographic errors mended (module docstring)."""
    if not text:
        return text
    text = _doubled_pattern().sub(_first_of_pair, text)
    for wrong, right in _locutions():
        text = wrong.sub(functools.partial(_spelt_as, right=right), text)
    text = _ON_PARTICIPLE.sub(r"\g<1>t \g<2>", text)
    text = _participle_pattern().sub(r"\g<1>", text)
    text = _SPACE_BEFORE_STOP.sub("", text)
    return _SPACES.sub(" ", text)


# « on » right before a past participle of the first group: « ont » mistyped (never right)
_ON_PARTICIPLE = re.compile(r"(?<![\w'’-])(on) ([a-zà-ÿ]\w{2,}(?:é|ée|és|ées))(?![\w'’-])")


@functools.cache
def _participle_pattern() -> re.Pattern[str]:
    """« a subit », « avait choisit »: an -ir participle typed with a « t » after « avoir »."""
    words = lexicon.alternation(_entries("participle_ir"))
    aux = r"(?:a|ai|as|avons|avez|ont|avait|avaient|avais|aura|auraient|aurait|avoir)"
    return re.compile(rf"(?<![\w'’-])({aux} (?:pas |déjà |jamais |bien )?(?:{words}))t(?![\w'’-])")


# a space typed before a comma or a full stop (not an ellipsis, a decimal or a gap « … »)
_SPACE_BEFORE_STOP = re.compile(r"(?<=[\w»)}%…])[ \u00a0]+(?=[,.](?![.\d]))")
_SPACES = re.compile(r"(?<=\S) {2,}(?=\S)")


def _entries(kind: str) -> tuple[str, ...]:
    return lexicon.tagged("question_typos", kind)


@functools.cache
def _doubled_pattern() -> re.Pattern[str]:
    words = lexicon.alternation(_entries("doubled"))
    return re.compile(
        rf"(?<![\w'’-])(?P<first>{words})[ \u00a0]+(?P<second>{words})(?![\w'’-])"
        r"(?P<next>[ \u00a0]+\S)?",
        re.IGNORECASE,
    )


def _first_of_pair(found: re.Match[str]) -> str:
    """Keep one of a word typed twice: the same word, the second in lower case, and no capital
    after a particle (« de de Gaulle »: the name's particle)."""
    first, second, after = found.group("first"), found.group("second"), found.group("next") or ""
    named = after[-1:].isupper() and second in _entries("particle")
    if first.lower() != second.lower() or second != second.lower() or named:
        return found.group(0)
    return first + after


@functools.cache
def _locutions() -> tuple[tuple[re.Pattern[str], str], ...]:
    pairs = []
    for entry in _entries("locution"):
        wrong, _, right = (part.strip() for part in entry.partition("=>"))
        pattern = re.escape(wrong).replace("'", "['’]").replace(r"\ ", r"[ \u00a0]+")
        end = "" if wrong.endswith("'") else r"(?![\w-])"  # « quand à l'étape »: elided
        pairs.append((re.compile(rf"(?<![\w-]){pattern}{end}", re.IGNORECASE), right))
    return tuple(pairs)


def _spelt_as(found_match: re.Match[str], right: str) -> str:
    """Return `right` with the found text's apostrophe and first capital."""
    found = found_match.group(0)
    if "’" in found:
        right = right.replace("'", "’")
    return right[0].upper() + right[1:] if found[:1].isupper() else right
