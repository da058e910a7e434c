"""Token-level helpers every extractor shares: normalized keys, cached sentences and texts, per-doc memos."""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections.abc import Callable
from typing import Any

import numpy

from generators import lexicon


@functools.lru_cache(maxsize=65536)
def norm(text: str) -> str:
    """Return `text` lower-cased, without accents, hyphens or apostrophes, spaces collapsed."""
    text = (
        unicodedata.normalize("NFKD", text.replace("\u2019", "'"))
        .encode("ascii", "ignore")
        .decode()
    )
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text.lower()).split())


def sentence_of(token: Any) -> Any:
    """Return the sentence of `token`, from a per-doc cache (spaCy's `token.sent` rescans the doc)."""
    memo = doc_memo(token.doc, "sents")  # a copy of the doc (`merge_hyphens`) starts it empty
    cached = memo.get("sents")
    if cached is None:
        spans = list(token.doc.sents)
        cached = memo["sents"] = ([span.start for span in spans], spans)
    starts, spans = cached
    return spans[bisect.bisect_right(starts, token.i) - 1]


class _Memo(dict[Any, Any]):
    """A per-doc cache that a copy of the doc (`doc.copy()` deep-copies user_data) starts empty."""

    def __deepcopy__(self, memo: dict[int, Any]) -> _Memo:
        return _Memo()


def doc_memo(doc: Any, name: str) -> dict[Any, Any]:
    """Return the cache named `name` of `doc`, for results computed from its tokens."""
    memo = doc.user_data.get(("factdeck_memo", name))
    if memo is None:
        memo = doc.user_data[("factdeck_memo", name)] = _Memo()
    return memo  # type: ignore[no-any-return]


_TESTED: dict[Any, dict[Any, bool]] = {}  # per (attributes, test): values → result


def tokens_where(doc: Any, attrs: tuple[str, ...], test: Callable[..., bool]) -> frozenset[int]:
    """Return the indexes of the tokens of `doc` whose attributes `attrs` (e.g. "LOWER",
    "LEMMA", as strings) pass `test`, read from the doc's arrays once per doc; `test` (a pure
    function of the strings) runs once per distinct combination of values, across docs."""
    memo = doc_memo(doc, "tokens_where")
    found = memo.get((attrs, test))
    if found is None:
        seen = _TESTED.setdefault((attrs, test), {})
        if len(seen) > 200_000:
            seen.clear()
        rows, inverse = _distinct(doc, attrs)
        strings = doc.vocab.strings
        for row in rows:
            if row not in seen:
                values = (row,) if len(attrs) == 1 else row
                seen[row] = test(*(strings[value] for value in values))
        passed = numpy.array([seen[row] for row in rows], dtype=bool)
        found = memo[(attrs, test)] = frozenset(numpy.flatnonzero(passed[inverse]).tolist())
    return found  # type: ignore[no-any-return]


def _distinct(doc: Any, attrs: tuple[str, ...]) -> tuple[list[Any], Any]:
    """Return the distinct values of `attrs` among the tokens of `doc` (an int for one attribute,
    else a tuple of ints) and, per token, the position of its values in that list; once per doc."""
    memo = doc_memo(doc, "distinct")
    found = memo.get(attrs)
    if found is None:
        arrays = [_array(doc, attr) for attr in attrs]
        key = arrays[0]
        for array, factor in zip(arrays[1:], _MIXERS[: len(arrays) - 1], strict=True):
            key = key ^ (array * factor)  # one 64-bit key per combination of string hashes
        _, first, inverse = numpy.unique(key, return_index=True, return_inverse=True)
        columns = [array[first].tolist() for array in arrays]
        rows = columns[0] if len(attrs) == 1 else list(zip(*columns, strict=True))
        found = memo[attrs] = (rows, inverse.reshape(-1))
    return found  # type: ignore[no-any-return]


_MIXERS = (numpy.uint64(0x9E3779B97F4A7C15), numpy.uint64(0xC2B2AE3D27D4EB4F))


def _array(doc: Any, attr: str) -> Any:
    """Return the values of `attr` for each token of `doc` as an array, read once per doc."""
    memo = doc_memo(doc, "arrays")
    array = memo.get(attr)
    if array is None:
        array = memo[attr] = doc.to_array([attr]).reshape(len(doc))
    return array


def values(doc: Any, attr: str) -> list[int]:
    """Return the value of `attr` ("LOWER", "IDX", …) for each token of `doc`, read from the
    doc's arrays once per doc (no token objects made)."""
    memo = doc_memo(doc, "values")
    found = memo.get(attr)
    if found is None:
        found = memo[attr] = _array(doc, attr).tolist()
    return found  # type: ignore[no-any-return]


def column(doc: Any, attr: str) -> list[str]:
    """Return the strings of attribute `attr` ("ORTH", "LEMMA", "POS", …) of every token of `doc`,
    read from the doc's arrays once per doc (no token objects made)."""
    memo = doc_memo(doc, "columns")
    texts = memo.get(attr)
    if texts is None:
        strings = doc.vocab.strings
        texts = memo[attr] = [strings[value] for value in values(doc, attr)]
    return texts  # type: ignore[no-any-return]


@functools.cache
def _lower_in(words: frozenset[str]) -> Callable[[str], bool]:
    """Return the test « a token's lower-case text is one of `words` », one object per set."""
    return words.__contains__


def ordered_where(doc: Any, attrs: tuple[str, ...], test: Callable[..., bool]) -> list[int]:
    """Return `tokens_where`'s indexes in order, sorted once per doc (callers walk them in the
    doc's order, creating no token object for the others)."""
    memo = doc_memo(doc, "ordered_where")
    found = memo.get((attrs, test))
    if found is None:
        found = memo[(attrs, test)] = sorted(tokens_where(doc, attrs, test))
    return found  # type: ignore[no-any-return]


def words_at(doc: Any, words: frozenset[str]) -> list[int]:
    """Return, in order, the indexes of the tokens of `doc` whose lower-case text is in `words`."""
    return ordered_where(doc, ("LOWER",), _lower_in(words))


def _is_verb(pos: str) -> bool:
    return pos == "VERB"


def verbs_at(doc: Any) -> list[int]:
    """Return, in order, the indexes of the tokens of `doc` tagged VERB."""
    return ordered_where(doc, ("POS",), _is_verb)


def text_of(doc: Any) -> str:
    """Return the text of `doc`, cached (spaCy rebuilds `text_of(doc)` from its tokens on each access)."""
    text = doc.user_data.get("factdeck_text")
    if text is None:
        text = doc.user_data["factdeck_text"] = doc.text
    return str(text)


def span_text(span: Any) -> str:
    """Return the text of `span` from its doc's cached text (spaCy joins its tokens on each access)."""
    return text_of(span.doc)[span.start_char : span.end_char]


def ents_in(span: Any) -> list[Any]:
    """Return the entities inside `span`, as `span.ents` does, from a per-doc list of `doc.ents`."""
    memo = doc_memo(span.doc, "ents")  # a copy of the doc starts it empty
    if not memo:
        memo["ents"] = list(span.doc.ents)
        memo["starts"] = [e.start for e in memo["ents"]]
    starts, ents = memo["starts"], memo["ents"]
    found = []
    for k in range(bisect.bisect_left(starts, span.start), len(ents)):
        if ents[k].end > span.end:
            break
        found.append(ents[k])
    return found


def first_at(doc: Any, char: int) -> int:
    """Return the index of the first token of `doc` starting at or after character `char` (of the
    doc's text), or len(doc), by bisection on the tokens' starts read once per doc."""
    return bisect.bisect_left(values(doc, "IDX"), char)


def next_word(doc: Any, j: int) -> int:
    """Return the index of the first token from `j` that is not a run of blanks within a line."""
    while j < len(doc) and doc[j].is_space and "\n" not in doc[j].text:
        j += 1
    return j


def token_span(doc: Any, start: int, end: int) -> Any:
    """Return the tokens of `doc` covering characters [start, end), or an empty span."""
    span = doc.char_span(start, end, alignment_mode="expand") if start < end else None
    return span if span is not None else doc[0:0]


def _is_hyphen(text: str) -> bool:
    return text == "-"


def merge_hyphens(doc: Any) -> Any:
    """Return a copy of `doc` where words joined by hyphens without spaces are one token."""
    copy = doc.copy()
    spans = []
    free = 0  # the first token no merged span holds
    for i in (h - 1 for h in ordered_where(doc, ("ORTH",), _is_hyphen)):
        if i < free or i >= len(copy) - 2:
            continue  # a span may only start on the word before a hyphen
        j = i
        while (
            j + 2 < len(copy)
            and copy[j + 1].text == "-"
            and not copy[j].whitespace_
            and not copy[j + 1].whitespace_
            and copy[j].text[-1:].isalnum()
            and copy[j + 2].text[:1].isalnum()
        ):
            j += 2
        if j > i:
            spans.append(copy[i : j + 1])
            free = j + 1
    with copy.retokenize() as retokenizer:
        for span in spans:
            retokenizer.merge(span)
    return copy


YEAR = re.compile(r"^(1[0-9]{3}|20[0-9]{2})$")


@functools.lru_cache(maxsize=65536)
def word_keys(text: str, lemma: str) -> tuple[str, ...]:
    """Return the keys of a word written `text` (lower case) with lemma `lemma`."""
    if text.startswith("ex-") and len(text) > 3:
        text = text[3:]
    lemma = lemma.lower()
    if lemma.startswith("ex-"):
        lemma = lemma[3:]
    if "-" in text:  # « co-fondateur » is « cofondateur »
        return (norm(text), norm(lemma), norm(text).replace(" ", ""))
    return (norm(text), norm(lemma))


def doc_keys(doc: Any) -> list[tuple[str, ...]]:
    """Return the word keys of every token of `doc`, computed once per doc."""
    memo = doc_memo(doc, "word_keys")
    keys = memo.get("keys")
    if keys is None:
        keys = memo["keys"] = [
            word_keys(lower, lemma)
            for lower, lemma in zip(column(doc, "LOWER"), column(doc, "LEMMA"), strict=True)
        ]
    return keys  # type: ignore[no-any-return]


def lowered_text(doc: Any) -> str:
    """Return the lower-cased text of `doc`, cached on the doc."""
    text = doc.user_data.get("factdeck_lower")
    if text is None:
        text = doc.user_data["factdeck_lower"] = text_of(doc).lower()
    return str(text)


@functools.cache
def month_numbers() -> dict[str, int]:
    """Return month names (lexicon french_months, and their unaccented spellings) → number."""
    table: dict[str, int] = {}
    for number, name in enumerate(lexicon.words("french_months"), start=1):
        table[name] = number
        table[unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()] = number
    return table


@functools.cache
def phrases(name: str) -> tuple[tuple[str, ...], ...]:
    """Return the multi-word expressions of a word list, split into words."""
    return tuple(tuple(phrase.replace("'", "' ").split()) for phrase in lexicon.words(name))


@functools.cache
def phrase_starts(name: str) -> frozenset[str]:
    """Return the first words of the multi-word expressions of a word list."""
    return frozenset(words[0] for words in phrases(name))
