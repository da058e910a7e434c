"""What every fact extractor shares: the article, the name index, and fact construction."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from generators.extract.confidence import rated_types, value
from generators.records import Fact, make_fact
from generators.source.article import Article, without_boilerplate

if TYPE_CHECKING:
    from spacy.tokens import Span


@dataclass
class Context:
    """State of one article's extraction, passed to each fact-type module."""

    article: Article
    # The NameIndex (names.py), built by `indexing.index` before the fact extractors run.
    names: Any = None
    extras: dict[str, Any] = field(default_factory=dict)

    @property
    def slug(self) -> str:
        return self.article.slug

    def sentence_bounds(self, sent: Span, offset: int) -> tuple[int, int]:
        """Return the article offsets of `sent`, trimmed of surrounding whitespace.

        Trimmed on the clean copy, where page furniture is blanked: a sentence that ends a lead
        paragraph just before a blanked dateline (« … ce matin.\n\n3 mai 2016. – ») ends at its stop.
        """
        start = offset + sent.start_char
        end = offset + sent.end_char
        clean, text = self.article.clean, self.article.text
        text = clean if len(clean) == len(text) else text  # the clean copy keeps every offset
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return start, end

    def fact(self, fact_type: str, sent: Span, offset: int, **fields: Any) -> Fact:
        """Build a fact whose sentence is `sent` (a spaCy sentence of a doc parsed at `offset`).

        Its `confidence` comes from the evidence its rule had (confidence.py), unless the rule
        rated it itself; it is no key field, so it never changes the fact's id.
        """
        evidence = fields.pop("evidence", None)  # lexicon/extract_confidence.txt
        if "confidence" not in fields and fact_type in rated_types():
            fields["confidence"] = value(fact_type, evidence)
        start, end = self.sentence_bounds(sent, offset)
        sentence = self.article.text[start:end]
        made = make_fact(self.slug, fact_type, sentence, start, end, **fields)
        shown = without_boilerplate(sentence)
        return made if shown == sentence else replace(made, display=shown)
