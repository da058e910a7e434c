"""The only module that imports spaCy: a lazy, cached pipeline and parsing of articles."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from importlib import metadata
from typing import TYPE_CHECKING

from generators.errors import FactdeckError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

MODEL = "fr_core_news_sm"
# spaCy's limit on one call; longer articles are parsed paragraph block by paragraph block.
CHUNK_CHARS = 100_000


@functools.cache
def load(model: str = MODEL) -> Language:
    """Load the spaCy pipeline once per process."""
    try:
        import spacy

        return spacy.load(model)
    except OSError:
        raise FactdeckError(
            f"the spaCy model {model} is not installed; reinstall factdeck (pip install factdeck)"
        ) from None


def model_version(model: str = MODEL) -> str:
    """Return the installed version of the model package without importing spaCy."""
    try:
        return metadata.version(model.replace("_", "-"))
    except metadata.PackageNotFoundError:
        return "missing"


def chunks(text: str, size: int = CHUNK_CHARS) -> Iterator[tuple[int, str]]:
    """Split `text` at paragraph (else line, else space) boundaries into pieces of at most `size`."""
    start = 0
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


def parse(text: str, model: str = MODEL) -> list[tuple[int, Doc]]:
    """Parse `text` into docs, each with the offset of its first character in `text`."""
    nlp = load(model)
    pieces = list(chunks(text))
    docs = nlp.pipe(piece for _, piece in pieces)
    return [(offset, doc) for (offset, _), doc in zip(pieces, docs)]
