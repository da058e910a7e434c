"""French grammar helpers: elision, contraction, agreement, inversion, numbers, spacing."""

from __future__ import annotations

import pytest

from generators.french import grammar as french
from generators.french.grammar import Phrase


@pytest.mark.parametrize(
    ("preposition", "phrase", "expected"),
    [
        ("de", "le Portugal", "du Portugal"),
        ("de", "les États-Unis", "des États-Unis"),
        ("de", "la Mission", "de la Mission"),
        ("de", "l'OMS", "de l'OMS"),
        ("de", "OMS", "d'OMS"),
        ("de", "Omar al-Haddad", "d'Omar al-Haddad"),
        ("de", "Jean Dupont", "de Jean Dupont"),
        ("de", "hôpital", "d'hôpital"),
        ("de", "Hongrie", "de Hongrie"),
        ("à", "le major-général Lebrun", "au major-général Lebrun"),
        ("à", "les Forces", "aux Forces"),
        ("à", "la présidente", "à la présidente"),
        ("à", "l'usine", "à l'usine"),
    ],
)
def test_contract_joins_prepositions_and_articles(
    preposition: str, phrase: str, expected: str
) -> None:
    assert french.contract(preposition, phrase) == expected


@pytest.mark.parametrize(
    ("word", "following", "expected"),
    [
        ("que", "il", "qu'il"),
        ("que", "elle", "qu'elle"),
        ("Que", "on", "Qu'on"),
        ("que", "la", "que la"),
        ("le", "OMS", "l'OMS"),
        ("le", "RPR", "le RPR"),
        ("la", "UE", "l'UE"),
        ("le", "héros", "le héros"),
        ("le", "homme", "l'homme"),
    ],
)
def test_elide_before_vowel_sounds(word: str, following: str, expected: str) -> None:
    assert french.elide(word, following) == expected


@pytest.mark.parametrize(
    ("unit", "expected"),
    [
        ("soldats", "combien de soldats"),
        ("emplois", "combien d'emplois"),
        ("habitants", "combien d'habitants"),
    ],
)
def test_combien_elides(unit: str, expected: str) -> None:
    assert french.combien(unit) == expected


def test_phrase_with_title_agrees_with_a_woman() -> None:
    carignan = Phrase("Jeanne Martin", "f", title="major-général")
    assert carignan.le == "la major-général Jeanne Martin"
    assert carignan.au == "à la major-général Jeanne Martin"
    assert french.invert("a/ont", carignan) == "a-t-elle"


@pytest.mark.parametrize(
    ("verb", "phrase", "expected"),
    [
        ("a/ont", Phrase("Paul Durand", "m", article=False), "a-t-il"),
        ("dirige", Phrase("Anne Roy", "f", article=False), "dirige-t-elle"),
        ("est/sont", Phrase("États-Unis", "m", "p"), "sont-ils"),
        ("est/sont", Phrase("coalition", "f"), "est-elle"),
        ("prend", Phrase("Marc", "m", article=False), "prend-il"),
        ("a/ont", Phrase("Forces irakiennes", "f", "p"), "ont-elles"),
    ],
)
def test_invert_adds_euphonic_t_only_after_a_vowel(
    verb: str, phrase: Phrase, expected: str
) -> None:
    assert french.invert(verb, phrase) == expected


@pytest.mark.parametrize(
    ("text", "gender", "number", "expected"),
    [
        ("Portugal", "m", "s", "le Portugal"),
        ("mission", "f", "s", "la mission"),
        ("OMS", "f", "s", "l'OMS"),
        ("États-Unis", "m", "p", "les États-Unis"),
    ],
)
def test_definite_article(text: str, gender: str, number: str, expected: str) -> None:
    assert french.definite(text, gender, number) == expected


@pytest.mark.parametrize(
    ("phrase", "gender", "number"),
    [
        ("coalition anti-djihadiste", "f", "s"),
        ("opération Impact", "f", "s"),
        ("États-Unis", "m", "p"),
        ("Forces irakiennes", "f", "p"),
        ("conseil régional", "m", "s"),
        ("pays", "m", "s"),
        ("ONU", "f", "s"),
        ("ministère des Armées", "m", "s"),
    ],
)
def test_guess_gender_and_number(phrase: str, gender: str, number: str) -> None:
    assert (french.guess_gender(phrase), french.guess_number(phrase)) == (gender, number)


def test_agree_participle() -> None:
    assert french.agree("dirigé", Phrase("mission", "f")) == "dirigée"
    assert french.agree("mené", Phrase("États-Unis", "m", "p")) == "menés"
    assert french.agree("conduit", Phrase("opérations", "f", "p")) == "conduites"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (1000, "1 000"),
        (2.5, "2,5"),
        (500, "500"),
        (2_800_000_000, "2,8 milliards"),
        (1_000_000, "1 million"),
        (76000, "76 000"),
        (1234.5, "1 234,5"),
    ],
)
def test_format_number(value: float, expected: str) -> None:
    assert french.format_number(value) == expected


def test_format_amount_keeps_hedges_bounds_and_percent() -> None:
    assert french.format_amount(500, hedge="environ") == "environ 500"
    assert french.format_amount(2.5, unit="%") == "2,5 %"
    assert french.format_amount(1000, bound="lower") == "plus de 1 000"
    assert french.format_amount(300e6, value_max=600e6) == "300 à 600 millions"


def test_tidy_spaces_punctuation_and_keeps_cloze() -> None:
    assert french.tidy("qui a déclaré:  « x »? ") == "Qui a déclaré : « x » ?"
    assert french.tidy("le Portugal a {{c1::800}} marins.") == "Le Portugal a {{c1::800}} marins."
    assert french.tidy("… les quelque 220 militaires") == "… les quelque 220 militaires"


def test_html_spaces_are_no_break() -> None:
    html = french.to_html_spaces("Combien de soldats : « 1 000 » ?")
    assert html == "Combien de soldats\u00a0: «\u00a01\u202f000 »\u00a0?".replace(" »", "\u00a0»")


def test_quote_uses_french_marks() -> None:
    assert french.quote("«Laissez moi être clair»") == "« Laissez moi être clair »"


def test_capitalize_skips_cloze_markers() -> None:
    assert french.tidy("{{c1::l’année suivante}} il part.") == "{{c1::L’année suivante}} il part."
