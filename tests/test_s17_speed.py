"""Speed work (session 17): caches must not change facts, and parsed docs can be extracted again."""

from __future__ import annotations

from typing import Any

TEXT = (
    "Le 3 mars 2031, Jean-Marc Dubreuil, ministre de la Pêche de la Valdorie, a annoncé la "
    "fermeture du port de Saint-Brévin. « Nous n'avons pas le choix », a-t-il déclaré. "
    "Il remplace Odile Ferrand-Lucas, qui avait démissionné en janvier 2031. "
    "Il a ensuite visité le port de Saint-Brévin. Il a remporté la course de Lorvane.\n\n"
    "Selon l'Agence valdorienne des océans (AVO), 1 200 emplois sont menacés.\n"
)


def _facts(article: Any, docs: Any) -> list[dict[str, Any]]:
    from generators.extract import extract_parsed

    return [fact.to_dict() for fact in extract_parsed(article, docs)]


def test_extracting_the_same_docs_twice_gives_the_same_facts(nlp: Any) -> None:
    """Per-doc caches (sentences, memos) survive `merge_hyphens`' copy and a second extraction."""
    from generators.extract import pipeline as nlp_module
    from generators.source.article import parse_bytes

    article = parse_bytes(TEXT.encode(), source="test.txt", slug="test")
    docs = nlp_module.parse(article.clean)
    first = _facts(article, docs)
    assert first
    assert _facts(article, docs) == first
    assert _facts(article, nlp_module.parse(article.clean)) == first
