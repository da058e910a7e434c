"""The extraction cache: keys, corrupt and stale entries, batch extraction through it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import CORPUS, ROOT, SEED, SEED_RECIPE

from generators.build.facts import cached_facts, facts_of, facts_of_many
from generators.files import cache
from generators.source.article import Article, parse_bytes

TEXT = (
    "Le maire de Nantes, Claire Fontaine, a inauguré lundi un pont de 300 mètres. "
    "« Ce pont relie enfin les deux rives », a déclaré Claire Fontaine devant 2 000 habitants.\n"
)


def _article(text: str = TEXT, slug: str = "pont") -> Article:
    return parse_bytes(text.encode(), source=f"{slug}.txt", slug=slug)


def _entry_of(article: Article) -> Path:
    from generators.extract import pipeline as nlp

    key = cache.cache_key(article.sha256, article.slug, nlp.MODEL, nlp.model_version())
    return cache.folder() / key[:2] / f"{key}.json"


@pytest.mark.parametrize("field", range(4))
def test_key_changes_with_each_input(field: int) -> None:
    parts = ["a" * 64, "slug", "fr_core_news_sm", "3.8.0"]
    changed = list(parts)
    changed[field] += "x"
    assert cache.cache_key(*parts) != cache.cache_key(*changed)
    assert cache.cache_key(*parts) == cache.cache_key(*parts)


@pytest.mark.parametrize(
    "module", ["generators.french.numbers", "generators.extract.pipeline", "generators.records"]
)
def test_code_fingerprint_changes_with_any_module_extraction_imports(module: str) -> None:
    import importlib
    import os

    path = Path(str(importlib.import_module(module).__file__))
    before = cache.code_fingerprint()
    stat = path.stat()
    try:
        os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
        cache.code_fingerprint.cache_clear()
        assert cache.code_fingerprint() != before
    finally:
        os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
        cache.code_fingerprint.cache_clear()
    assert cache.code_fingerprint() == before


def test_put_then_get_round_trips() -> None:
    cache.put("ab" + "0" * 62, {"facts": [{"x": "é"}]})
    assert cache.get("ab" + "0" * 62) == {"facts": [{"x": "é"}]}
    assert cache.get("cd" + "0" * 62) is None


@pytest.mark.parametrize(
    "damage",
    [
        lambda raw: raw[: len(raw) // 2],  # truncated by a crash
        lambda raw: b"\x00\xff" + raw,  # not UTF-8
        lambda raw: raw.replace(b'"type"', b'"tipe"', 1),  # edited payload: digest mismatch
        lambda raw: json.dumps({**json.loads(raw), "key": "other"}).encode(),
        lambda raw: json.dumps({**json.loads(raw), "format": 0}).encode(),
        lambda raw: b"[]",
        lambda raw: b'{"payload": 1}',
    ],
)
def test_corrupt_entry_is_ignored_and_rebuilt(nlp, damage) -> None:  # type: ignore[no-untyped-def]
    article = _article()
    first = facts_of(article)
    assert first, "the test text must have facts"
    entry = _entry_of(article)
    entry.write_bytes(damage(entry.read_bytes()))
    assert cached_facts(article) is None
    again = facts_of(article)
    assert [f.to_dict() for f in again] == [f.to_dict() for f in first]
    assert cached_facts(article) is not None


def test_entry_whose_offsets_do_not_fit_the_article_is_discarded(nlp) -> None:  # type: ignore[no-untyped-def]
    article = _article()
    facts = facts_of(article)
    wrong = [dict(f.to_dict(), start=f.start + 1, end=f.end + 1) for f in facts]
    key = _entry_of(article).stem
    cache.put(key, {"facts": wrong})
    assert cached_facts(article) is None
    assert not _entry_of(article).exists()


def test_entry_with_invalid_fact_is_discarded(nlp) -> None:  # type: ignore[no-untyped-def]
    article = _article()
    facts_of(article)
    key = _entry_of(article).stem
    cache.put(key, {"facts": [{"id": "x"}]})
    assert cached_facts(article) is None


def test_no_cache_neither_reads_nor_writes(nlp) -> None:  # type: ignore[no-untyped-def]
    article = _article(slug="sans-cache")
    facts_of(article, use_cache=False)
    assert not _entry_of(article).exists()


def test_unwritable_cache_is_skipped(nlp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    blocker = tmp_path / "home"
    blocker.write_text("a file where the folder should be")
    monkeypatch.setenv("FACTDECK_HOME", str(blocker))
    assert facts_of(_article()) == facts_of(_article(), use_cache=False)
    assert cache.info().entries == 0


def test_info_and_clear(nlp) -> None:  # type: ignore[no-untyped-def]
    facts_of(_article(slug="un"))
    facts_of(_article(slug="deux"))
    found = cache.info()
    assert found.entries == 2 and found.size > 0
    assert cache.clear() == 2
    assert cache.info().entries == 0
    assert cache.clear() == 0


def test_facts_of_many_matches_one_by_one_and_fills_the_cache(nlp) -> None:  # type: ignore[no-untyped-def]
    articles = [
        parse_bytes(p.read_bytes(), source=str(p), slug=p.stem)
        for p in sorted(CORPUS.glob("0[1-4]_*.txt"))
    ]
    seen: list[tuple[int, int]] = []
    results = facts_of_many(articles, progress=lambda done, total: seen.append((done, total)))
    assert [r.article for r in results] == articles
    assert not any(r.cached or r.error for r in results)
    for result, article in zip(results, articles, strict=True):
        assert [f.to_dict() for f in result.facts] == [
            f.to_dict() for f in facts_of(article, use_cache=False)
        ]
    assert seen[0] == (0, 4) and seen[-1] == (4, 4)
    again = facts_of_many(articles)
    assert all(r.cached for r in again)
    assert [r.facts for r in again] == [r.facts for r in results]


def test_facts_of_many_reports_a_failure_and_goes_on(nlp) -> None:  # type: ignore[no-untyped-def]
    good = _article(slug="bon")
    # Malformed on purpose: the text extraction slices is shorter than the text it parses.
    broken = Article(source="broken.txt", slug="broken", text="x", sha256="0" * 64, clean=TEXT)
    errors: list[str] = []
    results = facts_of_many([broken, good, broken], on_error=lambda a, exc: errors.append(a.slug))
    assert errors == ["broken", "broken"]
    assert results[0].error is not None and results[0].facts == []
    assert results[1].error is None and results[1].facts
    assert results[2].error is not None


def test_facts_of_many_of_nothing() -> None:
    assert facts_of_many([]) == []


@pytest.mark.slow
@pytest.mark.parametrize(
    "argv",
    [["facts", str(SEED)], ["build", str(SEED_RECIPE), "-o", "{tmp}/deck.apkg"]],
    ids=["facts", "build"],
)
def test_second_run_does_not_import_spacy(argv: list[str], tmp_path: Path) -> None:
    env = {**os.environ, "FACTDECK_HOME": str(tmp_path)}
    argv = [a.replace("{tmp}", str(tmp_path)) for a in argv]
    probe = (
        "import sys\n"
        "from generators.cli import main\n"
        f"sys.argv = ['factdeck', *{argv!r}]\n"
        "try:\n    main()\nexcept SystemExit as exc:\n    assert not exc.code, exc.code\n"
        "print('SPACY' if 'spacy' in sys.modules else 'NO-SPACY', file=sys.stderr)\n"
    )
    runs = [
        subprocess.run(
            [sys.executable, "-c", probe],
            env=env,
            capture_output=True,
            text=True,
            cwd=ROOT,
            check=True,
        )
        for _ in range(2)
    ]
    assert runs[0].stderr.strip().splitlines()[-1] == "SPACY"
    assert runs[1].stderr.strip().splitlines()[-1] == "NO-SPACY"
    assert runs[0].stdout == runs[1].stdout


@pytest.mark.slow
def test_facts_of_many_in_two_processes_matches_one_stream(
    nlp, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from generators.extract import pipeline as nlp_module

    articles = [
        parse_bytes(p.read_bytes(), source=str(p), slug=p.stem)
        for p in sorted(CORPUS.glob("[0-9]*.txt"))
    ]
    broken = Article(source="broken.txt", slug="broken", text="x", sha256="0" * 64, clean=TEXT)
    articles.insert(2, broken)
    monkeypatch.setattr(nlp_module, "PARALLEL_MIN_CHARS", 1)
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1})  # two cores, as in CI
    errors: list[str] = []
    forked = facts_of_many(articles, use_cache=False, on_error=lambda a, exc: errors.append(a.slug))
    monkeypatch.setattr(nlp_module, "PARALLEL_MIN_CHARS", 10**12)
    streamed = facts_of_many(articles, use_cache=False)
    assert errors == ["broken"] and isinstance(forked[2].error, IndexError)
    assert [[f.to_dict() for f in r.facts] for r in forked] == [
        [f.to_dict() for f in r.facts] for r in streamed
    ]


def test_editing_extraction_data_changes_every_key() -> None:
    words = Path(cache.__file__).parents[1] / "lexicon" / "lang_fr.txt"
    before = words.stat()
    key = cache.cache_key("a" * 64, "s", "m", "1")
    try:
        os.utime(words, ns=(before.st_atime_ns, before.st_mtime_ns + 1_000_000_000))
        cache.code_fingerprint.cache_clear()
        assert cache.cache_key("a" * 64, "s", "m", "1") != key
    finally:
        os.utime(words, ns=(before.st_atime_ns, before.st_mtime_ns))
        cache.code_fingerprint.cache_clear()
    assert cache.cache_key("a" * 64, "s", "m", "1") == key
