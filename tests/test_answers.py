"""The answer checker: many French answer forms, right and wrong, each with a stated reason."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generators.questions import Question
from generators.quiz.answers import check, fold, name_words, parse_date, parse_numbers


@pytest.fixture(autouse=True)
def english() -> None:
    """Speak English, whatever an earlier test chose (the language is process-wide)."""
    from generators.quiz import i18n

    i18n.use("en")


def q(
    answer: str, *, kind: str = "basic", fact_type: str = "", prompt: str = "Qui ?", **extra: object
) -> Question:
    return Question(
        id="q",
        fact_id="f",
        template="t",
        kind=kind,
        prompt=prompt,
        answer=answer,
        fact_type=fact_type,
        **extra,
    )  # type: ignore[arg-type]


RIGHT = [
    # case, accents, articles, elision, apostrophes, French punctuation spaces
    (q("l'OMS", fact_type="acronym"), "OMS"),
    (q("l'OMS", fact_type="acronym"), "oms"),
    (q("l'OMS", fact_type="acronym"), "l’OMS"),
    (q("l'OMS", fact_type="acronym"), "L'Oms"),
    (q("la Mission de l'OMS en Bolivie", fact_type="leads"), "mission de l’oms en bolivie"),
    (q("la Mission de l'OMS en Bolivie", fact_type="leads"), "Mission OMS en Bolivie"),
    (q("les États-Unis", fact_type="leads"), "Etats-Unis"),
    (q("les États-Unis", fact_type="leads"), "par les états-unis"),
    (q("secrétaire général de l'OMS", fact_type="person_role"), "Secretaire general de l OMS"),
    (q("« Le plan est prêt »", fact_type="quote"), "le plan est pret"),
    (q("Office indochinois des changes", fact_type="acronym"), "office  indochinois des changes"),
    (q("l'œuvre"), "oeuvre"),
    (q("Qu'en est-il ?"), "qu en est il"),
    # names: full, last, any order, titles, typos in long names
    (q("Lucie Marchand", fact_type="succession"), "Marchand"),
    (q("Lucie Marchand", fact_type="succession"), "lucie marchand"),
    (q("Lucie Marchand", fact_type="succession"), "Marchand Lucie"),
    (q("la major-générale Lucie Marchand", fact_type="succession"), "Marchand"),
    (q("au major-général Lebrun", fact_type="succession"), "Lebrun"),
    (q("au major-général Lebrun", fact_type="succession"), "le major-général Lebrun"),
    (q("le brigadier-général Paul-André St-Germain", fact_type="leads"), "St-Germain"),
    (q("le brigadier-général Paul-André St-Germain", fact_type="leads"), "paul-andré st germain"),
    (q("M. Jacques Dupont", fact_type="person_role"), "Dupont"),
    (q("Charles de Gaulle", fact_type="person_role"), "de Gaulle"),
    (q("Charles de Gaulle", fact_type="person_role"), "Gaulle"),
    (q("Sven Lichtenberg", fact_type="quote"), "Lichtenbreg"),
    (q("Sven Lichtenberg", fact_type="quote"), "Lichtenberh"),
    (q("Marguerite Yourcenar", fact_type="person_role"), "Marguerite Yourcenarr"),
    (
        q("Ibrahim Al-Jaafari", fact_type="person_role"),
        "Jaafari",
    ),
    # letters that no accent folding reaches, spelled as ASCII readers type them
    (q("Łukasz Nowak", fact_type="person_role"), "lukasz nowak"),
    (q("Søren Ødegård", fact_type="person_role"), "Soren Odegard"),
    (q("Ærø"), "aero"),
    (q("Straße"), "strasse"),
    # abbreviated words, roles without their qualifiers, one typo in a six-letter last name
    (q("Premier ministre", fact_type="person_role"), "1er ministre"),
    (q("la Première ministre", fact_type="person_role"), "1re ministre"),
    (q("actuel ministre de la Santé", fact_type="person_role"), "ministre de la Santé"),
    (q("président américain du club", fact_type="person_role"), "président du club"),
    (q("nouvelle présidente de la fondation"), "présidente de la fondation"),
    (q("Paul Durand", fact_type="person_role"), "durrant"),
    (q("Paul Durand", fact_type="succession"), "Dupand"),
    (q("Claire Lefebvre", fact_type="leads"), "Lefebre"),
    # numbers: digits, words, hedges, scales, ranges of approximate values
    (q("environ 800", fact_type="quantity", kind="numeric", range=(720.0, 880.0)), "800"),
    (q("environ 800", fact_type="quantity", kind="numeric", range=(720.0, 880.0)), "huit cents"),
    (q("environ 800", fact_type="quantity", kind="numeric", range=(720.0, 880.0)), "environ 800"),
    (
        q("environ 800", fact_type="quantity", kind="numeric", range=(720.0, 880.0)),
        "à peu près 820",
    ),
    (q("environ 800", fact_type="quantity", kind="numeric", range=(720.0, 880.0)), "780 soldats"),
    (q("environ 340", fact_type="quantity"), "trois cent quarante"),
    (q("1 000", fact_type="quantity"), "1000"),
    (q("1 000", fact_type="quantity"), "mille"),
    (q("1 000", fact_type="quantity"), "1.000"),
    (q("2,8 milliards", fact_type="quantity"), "2 800 000 000"),
    (q("2,8 milliards", fact_type="quantity"), "2,8 milliards de dollars"),
    (q("deux milliards huit cents millions", fact_type="quantity"), "2,8 milliards"),
    (q("2,5 %", fact_type="quantity"), "2,5"),
    (q("2,5 %", fact_type="quantity"), "2.5 %"),
    (q("plus de 300", fact_type="quantity"), "300"),
    (q("21", fact_type="quantity"), "vingt et un"),
    (q("{{c1::500}}", kind="cloze", fact_type="quantity"), "500"),
    # dates
    (q("le 13 août 2019", fact_type="event"), "13 août 2019"),
    (q("le 13 août 2019", fact_type="event"), "13 aout 2019"),
    (q("le 13 août 2019", fact_type="event"), "13/08/2019"),
    (q("le 13 août 2019", fact_type="event"), "13.08.2019"),
    (q("le 13 août 2019", fact_type="event"), "2019-08-13"),
    (q("le 13 août 2019", fact_type="event"), "treize août deux mille dix-neuf"),
    (q("le 13 août 2019", fact_type="event"), "13/8/19"),
    (
        q(
            "le 13 août 2019",
            fact_type="event",
            prompt="Quand, en 2019, les ministres se sont-ils réunis ?",
        ),
        "13 août",
    ),
    (q("le 1er mars 2021", fact_type="event"), "1 mars 2021"),
    (q("le 1er mars 2021", fact_type="event"), "premier mars 2021"),
    (q("en février 2018", fact_type="event"), "février 2018"),
    (q("en février 2018", fact_type="event"), "févr. 2018"),
    (
        q("en février 2018", fact_type="event"),
        "02/2018".replace("/", "-")[::-1][::-1] if False else "2018-02",
    ),
    (q("1789", fact_type="event"), "en 1789"),
    (q("environ 1500"), "1 500"),
    (q("1789", fact_type="event"), "mille sept cent quatre-vingt-neuf"),
    # true/false and multiple choice
    (q("Faux (environ 340)", kind="truefalse"), "faux"),
    (q("Faux (environ 340)", kind="truefalse"), "F"),
    (q("Vrai", kind="truefalse"), "oui"),
    # accepted alternatives
    (q("Organisation mondiale de la santé", accept=("OMS", "WHO")), "who"),
    (q("le général Karim al-Haddad", fact_type="leads"), "Haddad"),
    (q("le général Karim al-Haddad", fact_type="leads"), "al-Haddad"),
    (q("le général Karim al-Haddad", fact_type="leads"), "Karim al Haddad"),
]

WRONG = [
    (q("l'OMS", fact_type="acronym"), "ONU"),
    (q("Lucie Marchand", fact_type="succession"), "Lucie"),
    (q("Lucie Marchand", fact_type="succession"), "Marchant Luc"),
    (q("Sven Lichtenberg", fact_type="quote"), "Lichtanbreg"),  # two typos in 11 letters
    (q("Paul Durand", fact_type="person_role"), "Dubant"),  # two typos in 6 letters
    (q("Paul Roussel", fact_type="person_role"), "Russo"),
    (q("président américain du club", fact_type="person_role"), "américain du club"),
    (q("vice-président du club", fact_type="person_role"), "président du club"),
    (q("ancien ministre de la Santé", fact_type="person_role"), "ministre de la Santé"),
    (q("ministre belge de la Défense", fact_type="person_role"), "ministre de la Culture"),
    (q("ministre belge de la Défense", fact_type="person_role"), "belge de la Défense"),
    (q("Premier ministre", fact_type="person_role"), "ministre"),
    (
        q("secrétaire général de l'association", fact_type="person_role"),
        "secrétaire de l'association",
    ),
    (q("Jean Roy", fact_type="person_role"), "Roi"),  # short names must be exact
    (q("la Mission de l'OMS en Bolivie", fact_type="leads"), "Bolivie"),
    (q("ministre belge de la Défense", fact_type="person_role"), "Défense"),
    (q("le 13 août 2019", fact_type="event"), "31 août 2019"),
    (q("le 13 août 2019", fact_type="event"), "13 juin 2019"),
    (q("le 13 août 2019", fact_type="event"), "13 août 2018"),
    (q("le 13 août 2019", fact_type="event"), "13 août"),
    (q("le 13 août 2019", fact_type="event"), "bientôt"),
    (q("1789", fact_type="event"), "1798"),
    (q("1789", fact_type="event"), "1788"),
    (q("1789", kind="numeric"), "1798"),
    (q("environ 800", fact_type="quantity", kind="numeric", range=(720.0, 880.0)), "900"),
    (q("environ 800", fact_type="quantity", kind="numeric", range=(720.0, 880.0)), "cinquante"),
    (q("environ 800", fact_type="quantity", kind="numeric", range=(720.0, 880.0)), "beaucoup"),
    (q("environ 800", fact_type="quantity", kind="numeric", range=(720.0, 880.0)), "800 ou 900"),
    (q("800", fact_type="quantity"), "8000"),
    (q("800", fact_type="quantity"), "801"),
    (q("2,8 milliards", fact_type="quantity"), "2,8 millions"),
    (q("Faux (environ 340)", kind="truefalse"), "vrai"),
    (q("Faux (environ 340)", kind="truefalse"), "peut-être"),
    (q("l'OMS"), ""),
    (q("l'OMS"), "   "),
]


@pytest.mark.parametrize(("question", "answer"), RIGHT)
def test_right_answers_are_accepted_with_a_reason(question: Question, answer: str) -> None:
    verdict = check(answer, question)
    assert verdict.correct, verdict.reason
    assert verdict.reason.startswith("right")


@pytest.mark.parametrize(("question", "answer"), WRONG)
def test_wrong_answers_are_refused_with_a_reason(question: Question, answer: str) -> None:
    verdict = check(answer, question)
    assert not verdict.correct, verdict.reason
    assert verdict.reason


def test_reason_names_what_was_ignored() -> None:
    assert "articles and elision" in check("OMS", q("l'OMS")).reason
    assert "accents" in check("Etats-Unis", q("les États-Unis")).reason
    assert "apostrophes" in check("l’OMS", q("l'OMS")).reason
    assert "last name" in check("Marchand", q("Lucie Marchand", fact_type="succession")).reason
    assert "typo" in check("Lichtenbreg", q("Sven Lichtenberg", fact_type="quote")).reason
    assert "720–880" in check("800", q("environ 800", kind="numeric", range=(720.0, 880.0))).reason
    assert (
        "read « huit cents » as 800" in check("huit cents", q("800", fact_type="quantity")).reason
    )
    assert check("1798", q("1789", fact_type="event")).reason == "wrong: 1798 is not 1789"


def test_numbers_are_never_fuzzy() -> None:
    for wrong in ("1798", "1879", "1780", "17890"):
        assert not check(wrong, q("1789", kind="numeric")).correct


def test_multiple_choice_by_number_or_text() -> None:
    question = q("Paul Martin", kind="mcq", choices=("Paul Martin", "Luc Roy"))
    choices = ("Luc Roy", "Paul Martin")
    assert check("2", question, choices).correct
    assert check("2.", question, choices).correct
    assert check("paul martin", question, choices).correct
    assert not check("1", question, choices).correct
    assert "option 1" in check("1", question, choices).reason
    assert not check("3", question, choices).correct
    assert not check("luc roy", question, choices).correct


def test_true_false_as_options() -> None:
    question = q("Faux (environ 340)", kind="truefalse")
    assert check("2", question, ("Vrai", "Faux")).correct
    assert check("f", question, ("Vrai", "Faux")).correct
    assert not check("1", question, ("Vrai", "Faux")).correct
    assert not check("vrai", question, ("Vrai", "Faux")).correct


NUMBER_OPTIONS = ("4", "3", "2", "6")  # the answer « 2 » is option 3; option 2 reads 3


@pytest.mark.parametrize(
    ("typed", "correct", "why"),
    [
        ("3", True, "option 3"),
        ("3.", True, "option 3"),
        ("2", False, "option 2"),
        ("1", False, "option 1"),
        ('"2"', True, "option 3"),
        ("« 2 »", True, "option 3"),
        ("2,0", True, "right: 2"),
        ("deux", True, "right: 2"),
        ('"3"', False, "option 2"),
        ("5", False, "none of the 4 options"),
    ],
)
def test_a_bare_number_is_the_option_number_even_when_options_are_numbers(
    typed: str, correct: bool, why: str
) -> None:
    question = q("2", kind="mcq", fact_type="quantity", choices=NUMBER_OPTIONS)
    verdict = check(typed, question, NUMBER_OPTIONS)
    assert verdict.correct is correct, verdict.reason
    assert why in verdict.reason


def test_a_bare_number_beyond_the_options_is_read_as_text() -> None:
    question = q("12", kind="mcq", fact_type="quantity", choices=("10", "12", "14"))
    assert check("12", question, ("10", "12", "14")).correct
    assert not check("14", question, ("10", "12", "14")).correct
    assert "option 3" in check("14", question, ("10", "12", "14")).reason


def test_multiple_choice_of_numbers_by_value() -> None:
    question = q(
        "environ 340", kind="mcq", fact_type="quantity", choices=("environ 340", "environ 800")
    )
    assert check("340", question, ("environ 800", "environ 340")).correct
    assert check("2", question, ("environ 800", "environ 340")).correct


RANGE = q("3 000 à 6 000", kind="numeric", fact_type="quantity", range=(3000.0, 6000.0))
RANGE_IN_ANSWER = q("entre 3 000 et 6 000", kind="cloze", fact_type="quantity")


@pytest.mark.parametrize("question", [RANGE, RANGE_IN_ANSWER], ids=["range", "stated"])
@pytest.mark.parametrize(
    ("typed", "correct"),
    [
        ("3 000 à 6 000", True),
        ("entre 3 000 et 6 000", True),
        ("3 000-6 000", True),
        ("3000 – 6000", True),
        ("de trois mille à six mille", True),
        ("5 000", True),
        ("environ 4 500", True),
        ("3 000", True),
        ("8 000", False),
        ("2 000 à 6 000", False),
        ("3 000 à 9 000", False),
        ("3 000 ou 6 000", False),
    ],
)
def test_a_range_answer_is_right_typed_back_and_holds_its_values(
    question: Question, typed: str, correct: bool
) -> None:
    verdict = check(typed, question)
    assert verdict.correct is correct, verdict.reason
    assert verdict.reason.startswith("right" if correct else "wrong")


@pytest.mark.parametrize(
    "typed",
    ["336.210,00", "1.000.000,5", "1 000,000.5", "1.000.000.5", "12,34,56", ".,.,", "9" * 5000],
)
def test_odd_numbers_never_raise(typed: str) -> None:
    for question in (q("336 210", fact_type="quantity"), RANGE, q("x", kind="mcq")):
        assert check(typed, question, ("1", "2") if question.kind == "mcq" else ()).reason


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("336.210,00", [336210.0]),
        ("1.000.000,5", [1000000.5]),
        ("1.000.000.5", [1000000.5]),
        ("12.345", [12345.0]),
        ("huit cents", [800.0]),
        ("1 000", [1000.0]),
        ("1\u00a0000", [1000.0]),
        ("1\u202f000 soldats", [1000.0]),
        ("2,5", [2.5]),
        ("2,8 milliards", [2_800_000_000.0]),
        ("trois millions", [3_000_000.0]),
        ("environ 800", [800.0]),
        ("aucun", []),
    ],
)
def test_parse_numbers(text: str, expected: list[float]) -> None:
    assert parse_numbers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("le 13 août 2019", (2019, 8, 13)),
        ("13/08/2019", (2019, 8, 13)),
        ("2019-08-13", (2019, 8, 13)),
        ("février 2018", (2018, 2, None)),
        ("le 3 août", (None, 8, 3)),
        ("en 1945", (1945, None, None)),
        ("rien", None),
    ],
)
def test_parse_date(text: str, expected: tuple[int | None, ...] | None) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("answer", "words"),
    [
        ("Lucie Marchand", ["Lucie", "Marchand"]),
        ("le brigadier-général Paul-André St-Germain", ["Paul-André", "St-Germain"]),
        ("M. Jacques Dupont", ["Jacques", "Dupont"]),
        ("la Mission de l'OMS en Bolivie", []),
        ("ministre belge de la Défense", []),
        ("directrice de la Mission de l'OMS en Bolivie", []),
        ("le général Karim al-Haddad", ["Karim", "al-Haddad"]),
        ("Charles de Gaulle", ["Charles", "de", "Gaulle"]),
        ("secrétaire général de l'OMS", []),
        ("500", []),
    ],
)
def test_name_words(answer: str, words: list[str]) -> None:
    assert name_words(answer) == words


@given(st.text(min_size=1, max_size=40))
def test_the_expected_answer_is_always_right(answer: str) -> None:
    question = q(answer)
    if fold(answer):
        assert check(answer, question).correct


@given(st.integers(min_value=0, max_value=10**9))
def test_numbers_in_digits_are_right_and_neighbours_wrong(value: int) -> None:
    question = q(f"{value:,}".replace(",", " "), fact_type="quantity")
    assert check(str(value), question).correct
    assert not check(str(value + 1), question).correct


@pytest.mark.parametrize("given", ["?", "…", "--"])
def test_punctuation_alone_is_no_part_of_a_name(given: str) -> None:
    verdict = check(given, q("les États-Unis", fact_type="leads"))
    assert not verdict.correct
    assert verdict.reason == f"wrong: « {given} » is not « les États-Unis »"


NONSENSE_TARGETS = [
    q("Paul Durand", fact_type="person_role"),
    q("Łukasz Nowak", fact_type="succession"),
    q("actuel ministre de la Santé", fact_type="person_role"),
    q("président américain du club", fact_type="person_role"),
    q("Premier ministre", fact_type="person_role"),
    q("l'Organisation mondiale de la santé", fact_type="acronym"),
    q("environ 800", fact_type="quantity", kind="numeric", range=(720.0, 880.0)),
    q("le 13 août 2019", fact_type="event"),
]


@given(st.text(alphabet="zxqkwjy ", min_size=1, max_size=14))
def test_nonsense_is_never_accepted(typed: str) -> None:
    for question in NONSENSE_TARGETS:
        assert not check(typed, question).correct, (typed, question.answer)


@pytest.mark.parametrize("question", NONSENSE_TARGETS)
@pytest.mark.parametrize("typed", ["zzzz", "???", "ministre", "de la", "président du", "1er"])
def test_fragments_and_nonsense_are_refused(question: Question, typed: str) -> None:
    assert not check(typed, question).correct
