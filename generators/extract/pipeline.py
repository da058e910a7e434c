"""The only module that imports spaCy: a lazy, cached pipeline and parsing of articles."""

from __future__ import annotations

import functools
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generators.errors import FactdeckError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

MODEL = "fr_core_news_sm"
# spaCy refuses more than 1 000 000 characters in one call, and some extraction steps scan a
# whole doc per mention: long articles are parsed in paragraph-aligned blocks of this size
# (larger than nearly every news article, so those parse as one doc).
CHUNK_CHARS = 20_000
# Pipeline components extraction never reads, left out at load time (measured in benchmarks/).
EXCLUDE: tuple[str, ...] = ()
# Docs per batch: small batches pad less and were faster than spaCy's default of 256 here.
BATCH_SIZE = 16
# A second process pays for its start-up from about this many characters of articles to parse
# (a few news articles; measured with benchmarks/run.py).
PARALLEL_MIN_CHARS = 30_000

ParsedText = list[tuple[int, "Doc"]]


@functools.cache
def load(model: str = MODEL) -> Language:
    """Load the spaCy pipeline once per process."""
    try:
        import spacy

        from generators.extract.sentences import install

        nlp = spacy.load(model, exclude=list(EXCLUDE))
        install(nlp)  # paragraphs always end a sentence (see extract/sentences.py)
        _keep_elisions(nlp)
        return nlp
    except OSError:
        raise FactdeckError(
            f"the spaCy model {model} is not installed; reinstall factdeck (pip install factdeck)"
        ) from None


def _keep_elisions(nlp: Language) -> None:
    """Keep an elided word set apart by a space (« le maire d' Arvillon », as some sources write it) one
    token, « d' », as when it is joined (the tokenizer would split off its apostrophe)."""
    from generators import lexicon

    tokenizer: Any = nlp.tokenizer
    for word in lexicon.words("french_elisions"):
        for form in {word, word.capitalize()}:
            for apostrophe in ("'", "’"):
                tokenizer.add_special_case(form + apostrophe, [{"ORTH": form + apostrophe}])


@functools.cache
def model_version(model: str = MODEL) -> str:
    """Return the installed version of the model package without importing spaCy."""
    import importlib.util
    import json

    spec = importlib.util.find_spec(model)
    for folder in (spec.submodule_search_locations or []) if spec else []:
        try:  # the model's own meta.json: much faster than importlib.metadata
            return str(json.loads(Path(folder, "meta.json").read_text(encoding="utf-8"))["version"])
        except (OSError, ValueError, KeyError):
            continue
    from importlib import metadata

    try:
        return metadata.version(model.replace("_", "-"))
    except metadata.PackageNotFoundError:
        return "missing"


# What the model reads before the first piece of a text that opens on blanks (the title, source
# line and dateline the clean text blanks out): always the same paragraph break. The blanks
# themselves made one whitespace token whose length (a feature of the model) changed how the lead
# sentence was tagged and parsed from one article to the next.
_LEAD = "\n\n"


def chunks(text: str, size: int = CHUNK_CHARS) -> Iterator[tuple[int, str]]:
    """Split `text` at paragraph (else line, else space) boundaries into pieces of at most `size`;
    a piece starts on its first word (`parse_many` puts `_LEAD` before the first one)."""
    start = len(text) - len(text.lstrip())
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            for sep in ("\n\n", "\n", " "):
                cut = text.rfind(sep, start + size // 2, end)
                if cut > start:
                    end = cut + len(sep)
                    break
        yield start, text[start:end]
        start = end
        while start < len(text) and text[start].isspace():
            start += 1


def parse(text: str, model: str = MODEL) -> ParsedText:
    """Parse `text` into docs, each with the offset of its first character in `text`."""
    for _, docs in parse_many([text], model):
        return docs
    return []


def parse_many(
    texts: Iterable[str], model: str = MODEL, n_process: int = 1
) -> Iterator[tuple[int, ParsedText]]:
    """Parse many texts in one `nlp.pipe` stream; yield (index of the text, its docs) in order."""
    texts = list(texts)
    nlp = load(model)
    pieces = (
        (_LEAD + piece, (index, offset - len(_LEAD)))
        if n == 0 and offset >= len(_LEAD)  # never before a mid-text cut (« … » at a space)
        else (piece, (index, offset))
        for index, text in enumerate(texts)
        for n, (offset, piece) in enumerate(chunks(text))
    )
    stream = nlp.pipe(pieces, as_tuples=True, batch_size=BATCH_SIZE, n_process=n_process)
    expected = 0
    docs: ParsedText = []
    for doc, (index, offset) in stream:
        while expected < index:  # finished texts, and texts too empty to have a chunk
            yield expected, docs
            expected, docs = expected + 1, []
        docs.append((offset, _lighten(doc)))
    while expected < len(texts):
        yield expected, docs
        expected, docs = expected + 1, []


def workers(total_chars: int) -> int:
    """Return how many processes parse `total_chars` characters fastest on this machine."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return 2 if cores >= 2 and total_chars >= PARALLEL_MIN_CHARS else 1


def _lighten(doc: Doc) -> Doc:
    """Drop the doc's tensor (about 400 bytes a token) that nothing reads after the pipeline."""
    import numpy

    doc.tensor = numpy.zeros((0, 0), dtype="float32")
    return doc
