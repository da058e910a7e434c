"""French number parsing: digits with spaces or points, decimal commas, words, scales."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generators.french import numbers


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("500", 500),
        ("2.700.000", 2_700_000),
        ("336.210,00", 336_210),
        ("2,8", 2.8),
        ("5.000", 5000),
        ("1 065", 1065),
        ("25 000", 25_000),
        ("0,25", 0.25),
        ("1,234", 1.234),
    ],
)
def test_parse_digits(text: str, value: float) -> None:
    assert numbers.parse_digits(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["", "abc", "12h30", "1er", "2ème", "F-16", "09-2008"])
def test_parse_digits_refuses_non_numbers(text: str) -> None:
    assert numbers.parse_digits(text) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("deux", 2),
        ("une", 1),
        ("vingt-six", 26),
        ("neuf cent vingt", 920),
        ("vingt et un", 21),
        ("quatre-vingt-dix", 90),
        ("deux mille cinq cents", 2500),
        ("Onze", 11),
    ],
)
def test_parse_words(text: str, value: int) -> None:
    assert numbers.parse_words(text) == value


@pytest.mark.parametrize("text", ["le", "deuxième", "premier", "plusieurs", "et"])
def test_parse_words_refuses_other_words(text: str) -> None:
    assert numbers.parse_words(text) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2,8 milliards", 2_800_000_000),
        ("46,7 millions", 46_700_000),
        ("un million", 1_000_000),
        ("trois milliards", 3_000_000_000),
        ("25 000", 25_000),
    ],
)
def test_parse_number_with_scale(text: str, value: int) -> None:
    assert numbers.parse_number(text) == value


def test_scales_and_collective_nouns_come_from_the_lexicon() -> None:
    assert numbers.scale("milliards") == 1_000_000_000
    assert numbers.scale("Millions") == 1_000_000
    assert numbers.scale("maison") is None
    assert numbers.approx_noun("quinzaine") == 15
    assert numbers.approx_noun("centaine") == 100
    assert numbers.approx_noun("semaine") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [("1988", True), ("2020", True), ("220", False), ("25000", False), ("3000", False)],
)
def test_looks_like_year(text: str, expected: bool) -> None:
    assert numbers.looks_like_year(text) is expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [("vingt-six", True), ("cent", True), ("et", False), ("centaine", False), ("Deux", True)],
)
def test_is_number_word(word: str, expected: bool) -> None:
    assert numbers.is_number_word(word) is expected


def _french(n: int, separator: str) -> str:
    return f"{n:,}".replace(",", separator)


@given(st.integers(min_value=0, max_value=10**12), st.sampled_from([" ", "."]))
def test_french_thousands_round_trip(n: int, separator: str) -> None:
    assert numbers.parse_digits(_french(n, separator)) == n


@given(st.integers(min_value=0, max_value=10**6), st.integers(min_value=1, max_value=99))
def test_decimal_comma_round_trip(whole: int, cents: int) -> None:
    text = f"{_french(whole, ' ')},{cents:02d}"
    assert numbers.parse_digits(text) == pytest.approx(whole + cents / 100)


@pytest.mark.parametrize(
    ("value", "words"),
    [
        (9, "neuf"),
        (18, "dix-huit"),
        (21, "vingt et un"),
        (71, "soixante et onze"),
        (80, "quatre-vingts"),
        (81, "quatre-vingt-un"),
        (97, "quatre-vingt-dix-sept"),
        (200, "deux cents"),
        (280, "deux cent quatre-vingts"),
        (1000, "mille"),
        (80_000, "quatre-vingt mille"),
        (1_000_000, ""),  # beyond the speller: the caller keeps the digits
    ],
)
def test_in_words(value: int, words: str) -> None:
    assert numbers.in_words(value) == words


@given(st.integers(min_value=1, max_value=999_999))
def test_in_words_reads_back(value: int) -> None:
    assert numbers.parse_words(numbers.in_words(value).replace("-", " ")) == value
