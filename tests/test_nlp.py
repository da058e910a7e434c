"""Parsing: chunking long texts, offsets, batches, the pipeline that is loaded."""

from __future__ import annotations

import pytest
from conftest import CORPUS

from generators.extract import pipeline as nlp_module
from generators.extract.pipeline import CHUNK_CHARS, chunks, parse, parse_many

CORPUS_TEXT = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("[0-9]*.txt")))


@pytest.mark.parametrize(
    "text",
    [
        "",
        "court.",
        "a" * 250,  # no separator at all: hard cuts
        ("Une phrase. " * 30 + "\n\n") * 5,
        ("ligne\n" * 80),
        "mot " * 100,
    ],
)
def test_chunks_cover_the_text_in_order_within_size(text: str) -> None:
    pieces = list(chunks(text, size=100))
    assert "".join(piece for _, piece in pieces) == text
    assert all(0 < len(piece) <= 100 for _, piece in pieces)
    assert [offset for offset, _ in pieces] == [
        sum(len(p) for _, p in pieces[:i]) for i in range(len(pieces))
    ]


def test_chunks_cut_after_a_paragraph_when_there_is_one() -> None:
    text = ("x" * 60 + "\n\n") * 4
    pieces = [piece for _, piece in chunks(text, size=100)]
    assert all(piece.endswith("\n\n") for piece in pieces)


def test_chunks_of_five_megabytes_fit_spacy_limit(nlp) -> None:  # type: ignore[no-untyped-def]
    text = CORPUS_TEXT * (5_000_000 // len(CORPUS_TEXT) + 1)
    assert len(text) > 5_000_000
    sizes = [len(piece) for _, piece in chunks(text)]
    assert max(sizes) <= CHUNK_CHARS < nlp.max_length
    assert sum(sizes) == len(text)


def test_parse_offsets_point_into_the_text(nlp) -> None:  # type: ignore[no-untyped-def]
    text = CORPUS_TEXT[: CHUNK_CHARS // 10]
    docs = parse(text)
    assert docs and docs[0][0] == 0
    for offset, doc in docs:
        assert text[offset : offset + len(doc.text)] == doc.text
    assert "".join(doc.text for _, doc in docs) == text


def test_parse_of_nothing() -> None:
    assert parse("") == []


def test_parse_many_yields_every_text_in_order_even_empty_ones(nlp) -> None:  # type: ignore[no-untyped-def]
    texts = ["", "Le maire a parlé.", "  ", "Il pleut à Brest. Le vent souffle.", ""]
    found = list(parse_many(texts))
    assert [index for index, _ in found] == [0, 1, 2, 3, 4]
    assert [len(docs) for _, docs in found] == [0, 1, 0, 1, 0]  # blanks alone: nothing to parse
    assert found[3][1][0][1].text == texts[3]


def test_parsed_docs_keep_annotations_but_not_the_tensor(nlp) -> None:  # type: ignore[no-untyped-def]
    (_, doc), *_ = parse("Le président Julien Morvan a reçu 300 maires à Paris mardi.")
    assert doc.tensor.size == 0
    assert any(ent.label_ == "PER" for ent in doc.ents)
    assert doc.has_annotation("DEP") and doc.has_annotation("MORPH")
    assert [t.lemma_ for t in doc if t.text == "reçu"] == ["recevoir"]


def test_pipeline_has_what_extraction_reads(nlp) -> None:  # type: ignore[no-untyped-def]
    for component in ("tok2vec", "morphologizer", "parser", "ner"):
        assert component in nlp.pipe_names
    assert not set(nlp_module.EXCLUDE) & set(nlp.pipe_names)


def test_workers_use_one_process_for_short_batches() -> None:
    assert nlp_module.workers(1000) == 1
    assert nlp_module.workers(10**9) in (1, 2)


@pytest.mark.slow
def test_two_processes_parse_like_one(nlp) -> None:  # type: ignore[no-untyped-def]
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("0[1-3]_*.txt"))]
    one = [[(o, d.to_json()) for o, d in docs] for _, docs in parse_many(texts, n_process=1)]
    two = [[(o, d.to_json()) for o, d in docs] for _, docs in parse_many(texts, n_process=2)]
    assert one == two


@pytest.mark.slow
def test_article_of_several_chunks_is_extracted_with_article_offsets(extract_text) -> None:  # type: ignore[no-untyped-def]
    text = CORPUS_TEXT * (4 * CHUNK_CHARS // len(CORPUS_TEXT) + 1)
    assert len(list(chunks(text))) >= 4  # the 5 MB case differs only in the number of chunks
    facts = extract_text(text)
    assert all(text[f.start : f.end] == f.sentence for f in facts)
    assert max(f.end for f in facts) > 3 * CHUNK_CHARS


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Le club a recruté trois joueurs.  Le président a salué leur arrivée.", 2),
        ("Le club a recruté trois joueurs.   Le président a salué leur arrivée.", 2),
        ("Le club a recruté trois joueurs, le président a salué leur arrivée.", 1),
        ("Le club a recruté trois joueurs\nLe président a salué leur arrivée", 2),
        ("« Nous sommes prêts. »  Le président a salué leur arrivée.", 2),
    ],
)
def test_sentences_split_after_end_punctuation_whatever_the_spaces(
    nlp, text: str, count: int
) -> None:  # type: ignore[no-untyped-def]
    [(_, doc)] = parse(text)
    assert len([s for s in doc.sents if s.text.strip()]) == count, [s.text for s in doc.sents]
