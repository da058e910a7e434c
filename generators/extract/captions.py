"""Photo captions before the dateline: page furniture, not the article's text.

A news page may open with its pictures' captions, then the dateline (« Vue du port de nuit.
3 juin 2016. – Le conseil a voté … »). A lead paragraph (« chapô ») sits there too, so only a
sentence that is no clause counts as a caption: its root is no verb and has no subject nor copula
(the parser may tag a verb as a noun, never without its subject). « Vue du port de nuit, en mai
2015. » is one; « Le maire a inauguré le port mardi. » is the article's lead and stays.
"""

from __future__ import annotations

from typing import Any

from generators.records import Fact
from generators.source.article import Article
from generators.source.dateline import front_matter


def caption_spans(article: Article, docs: list[tuple[int, Any]]) -> list[tuple[int, int]]:
    """Return the article offsets of the verbless sentences that come before its dateline."""
    spans = front_matter(article.text, article.body_start).spans
    if not spans or spans[0][0] <= article.body_start:
        return []  # no dateline, or nothing before it
    dateline = spans[0][0]
    found: list[tuple[int, int]] = []
    for offset, doc in docs:
        if offset >= dateline:
            break
        for sent in doc.sents:
            start, end = offset + sent.start_char, offset + sent.end_char
            if start >= dateline:
                break
            if sent.text.strip() and not _clause(sent.root):
                found.append((start, end))
    return found


def drop_captions(facts: list[Fact], captions: list[tuple[int, int]]) -> list[Fact]:
    """Return `facts` without those whose sentence is a caption."""
    if not captions:
        return facts
    return [f for f in facts if not any(s <= f.start < e for s, e in captions)]


_CLAUSE_DEPS = frozenset({"cop", "aux", "aux:pass", "nsubj", "nsubj:pass", "csubj"})


def _clause(root: Any) -> bool:
    """Tell a sentence whose root is a verb, or has a subject or a copula (« X est ministre »; a
    verb the parser took for a noun still has its subject), from a noun phrase (« Vue du port »)."""
    if root.pos_ in ("VERB", "AUX"):
        return True
    return any(child.dep_ in _CLAUSE_DEPS for child in root.children)
