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
    (q("l'OTAN", fact_type="acronym"), "OTAN"),
    (q("l'OTAN", fact_type="acronym"), "otan"),
    (q("l'OTAN", fact_type="acronym"), "l’OTAN"),
    (q("l'OTAN", fact_type="acronym"), "L'Otan"),
    (q("la Mission de l'OTAN en Irak", fact_type="leads"), "mission de l’otan en irak"),
    (q("la Mission de l'OTAN en Irak", fact_type="leads"), "Mission OTAN en Irak"),
    (q("les États-Unis", fact_type="leads"), "Etats-Unis"),
    (q("les États-Unis", fact_type="leads"), "par les états-unis"),
    (q("secrétaire général de l'OTAN", fact_type="person_role"), "Secretaire general de l OTAN"),
    (q("« Le plan est prêt »", fact_type="quote"), "le plan est pret"),
    (q("Office indochinois des changes", fact_type="acronym"), "office  indochinois des changes"),
    (q("l'œuvre"), "oeuvre"),
    (q("Qu'en est-il ?"), "qu en est il"),
    # names: full, last, any order, titles, typos in long names
    (q("Jennie Carignan", fact_type="succession"), "Carignan"),
    (q("Jennie Carignan", fact_type="succession"), "jennie carignan"),
    (q("Jennie Carignan", fact_type="succession"), "Carignan Jennie"),
    (q("la major-générale Jennie Carignan", fact_type="succession"), "Carignan"),
    (q("au major-général Fortin", fact_type="succession"), "Fortin"),
    (q("au major-général Fortin", fact_type="succession"), "le major-général Fortin"),
    (q("le brigadier-général Michel-Henri St-Louis", fact_type="leads"), "St-Louis"),
    (q("le brigadier-général Michel-Henri St-Louis", fact_type="leads"), "michel-henri st louis"),
    (q("M. Jacques Dupont", fact_type="person_role"), "Dupont"),
    (q("Charles de Gaulle", fact_type="person_role"), "de Gaulle"),
    (q("Charles de Gaulle", fact_type="person_role"), "Gaulle"),
    (q("Jens Stoltenberg", fact_type="quote"), "Stoltenbreg"),
    (q("Jens Stoltenberg", fact_type="quote"), "Stoltenberh"),
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
    (q("environ 500", fact_type="quantity", kind="numeric", range=(450.0, 550.0)), "500"),
    (q("environ 500", fact_type="quantity", kind="numeric", range=(450.0, 550.0)), "cinq cents"),
    (q("environ 500", fact_type="quantity", kind="numeric", range=(450.0, 550.0)), "environ 500"),
    (
        q("environ 500", fact_type="quantity", kind="numeric", range=(450.0, 550.0)),
        "à peu près 520",
    ),
    (q("environ 500", fact_type="quantity", kind="numeric", range=(450.0, 550.0)), "480 soldats"),
    (q("environ 220", fact_type="quantity"), "deux cent vingt"),
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
    (q("le 12 février 2020", fact_type="event"), "12 février 2020"),
    (q("le 12 février 2020", fact_type="event"), "12 fevrier 2020"),
    (q("le 12 février 2020", fact_type="event"), "12/02/2020"),
    (q("le 12 février 2020", fact_type="event"), "12.02.2020"),
    (q("le 12 février 2020", fact_type="event"), "2020-02-12"),
    (q("le 12 février 2020", fact_type="event"), "douze février deux mille vingt"),
    (q("le 12 février 2020", fact_type="event"), "12/2/20"),
    (
        q(
            "le 12 février 2020",
            fact_type="event",
            prompt="Quand, en 2020, les ministres se sont-ils réunis ?",
        ),
        "12 février",
    ),
    (q("le 1er mars 2021", fact_type="event"), "1 mars 2021"),
    (q("le 1er mars 2021", fact_type="event"), "premier mars 2021"),
    (q("en février 2020", fact_type="event"), "février 2020"),
    (q("en février 2020", fact_type="event"), "févr. 2020"),
    (
        q("en février 2020", fact_type="event"),
        "02/2020".replace("/", "-")[::-1][::-1] if False else "2020-02",
    ),
    (q("1789", fact_type="event"), "en 1789"),
    (q("environ 1500"), "1 500"),
    (q("1789", fact_type="event"), "mille sept cent quatre-vingt-neuf"),
    # true/false and multiple choice
    (q("Faux (environ 220)", kind="truefalse"), "faux"),
    (q("Faux (environ 220)", kind="truefalse"), "F"),
    (q("Vrai", kind="truefalse"), "oui"),
    # accepted alternatives
    (q("Organisation du traité de l'Atlantique Nord", accept=("OTAN", "NATO")), "nato"),
    (q("le général Othman al-Ghanmi", fact_type="leads"), "Ghanmi"),
    (q("le général Othman al-Ghanmi", fact_type="leads"), "al-Ghanmi"),
    (q("le général Othman al-Ghanmi", fact_type="leads"), "Othman al Ghanmi"),
]

WRONG = [
    (q("l'OTAN", fact_type="acronym"), "ONU"),
    (q("Jennie Carignan", fact_type="succession"), "Jennie"),
    (q("Jennie Carignan", fact_type="succession"), "Carignon Jean"),
    (q("Jens Stoltenberg", fact_type="quote"), "Stoltanbreg"),  # two typos in 11 letters
    (q("Paul Durand", fact_type="person_role"), "Dubant"),  # two typos in 6 letters
    (q("Paul Roussel", fact_type="person_role"), "Russo"),
    (q("président américain du club", fact_type="person_role"), "américain du club"),
    (q("vice-président du club", fact_type="person_role"), "président du club"),
    (q("ancien ministre de la Santé", fact_type="person_role"), "ministre de la Santé"),
    (q("ministre canadien de la Défense", fact_type="person_role"), "ministre de la Culture"),
    (q("ministre canadien de la Défense", fact_type="person_role"), "canadien de la Défense"),
    (q("Premier ministre", fact_type="person_role"), "ministre"),
    (
        q("secrétaire général de l'association", fact_type="person_role"),
        "secrétaire de l'association",
    ),
    (q("Jean Roy", fact_type="person_role"), "Roi"),  # short names must be exact
    (q("la Mission de l'OTAN en Irak", fact_type="leads"), "Irak"),
    (q("ministre canadien de la Défense", fact_type="person_role"), "Défense"),
    (q("le 12 février 2020", fact_type="event"), "21 février 2020"),
    (q("le 12 février 2020", fact_type="event"), "12 mars 2020"),
    (q("le 12 février 2020", fact_type="event"), "12 février 2021"),
    (q("le 12 février 2020", fact_type="event"), "12 février"),
    (q("le 12 février 2020", fact_type="event"), "bientôt"),
    (q("1789", fact_type="event"), "1798"),
    (q("1789", fact_type="event"), "1788"),
    (q("1789", kind="numeric"), "1798"),
    (q("environ 500", fact_type="quantity", kind="numeric", range=(450.0, 550.0)), "600"),
    (q("environ 500", fact_type="quantity", kind="numeric", range=(450.0, 550.0)), "cinquante"),
    (q("environ 500", fact_type="quantity", kind="numeric", range=(450.0, 550.0)), "beaucoup"),
    (q("environ 500", fact_type="quantity", kind="numeric", range=(450.0, 550.0)), "500 ou 600"),
    (q("500", fact_type="quantity"), "5000"),
    (q("500", fact_type="quantity"), "501"),
    (q("2,8 milliards", fact_type="quantity"), "2,8 millions"),
    (q("Faux (environ 220)", kind="truefalse"), "vrai"),
    (q("Faux (environ 220)", kind="truefalse"), "peut-être"),
    (q("l'OTAN"), ""),
    (q("l'OTAN"), "   "),
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
    assert "articles and elision" in check("OTAN", q("l'OTAN")).reason
    assert "accents" in check("Etats-Unis", q("les États-Unis")).reason
    assert "apostrophes" in check("l’OTAN", q("l'OTAN")).reason
    assert "last name" in check("Carignan", q("Jennie Carignan", fact_type="succession")).reason
    assert "typo" in check("Stoltenbreg", q("Jens Stoltenberg", fact_type="quote")).reason
    assert "450–550" in check("500", q("environ 500", kind="numeric", range=(450.0, 550.0))).reason
    assert (
        "read « cinq cents » as 500" in check("cinq cents", q("500", fact_type="quantity")).reason
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
    question = q("Faux (environ 220)", kind="truefalse")
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
        "environ 220", kind="mcq", fact_type="quantity", choices=("environ 220", "environ 500")
    )
    assert check("220", question, ("environ 500", "environ 220")).correct
    assert check("2", question, ("environ 500", "environ 220")).correct


RANGE = q("4 000 à 7 000", kind="numeric", fact_type="quantity", range=(4000.0, 7000.0))
RANGE_IN_ANSWER = q("entre 4 000 et 7 000", kind="cloze", fact_type="quantity")


@pytest.mark.parametrize("question", [RANGE, RANGE_IN_ANSWER], ids=["range", "stated"])
@pytest.mark.parametrize(
    ("typed", "correct"),
    [
        ("4 000 à 7 000", True),
        ("entre 4 000 et 7 000", True),
        ("4 000-7 000", True),
        ("4000 – 7000", True),
        ("de quatre mille à sept mille", True),
        ("5 000", True),
        ("environ 6 500", True),
        ("4 000", True),
        ("8 000", False),
        ("3 000 à 7 000", False),
        ("4 000 à 9 000", False),
        ("4 000 ou 7 000", False),
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
        ("cinq cents", [500.0]),
        ("1 000", [1000.0]),
        ("1\u00a0000", [1000.0]),
        ("1\u202f000 soldats", [1000.0]),
        ("2,5", [2.5]),
        ("2,8 milliards", [2_800_000_000.0]),
        ("trois millions", [3_000_000.0]),
        ("environ 500", [500.0]),
        ("aucun", []),
    ],
)
def test_parse_numbers(text: str, expected: list[float]) -> None:
    assert parse_numbers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("le 12 février 2020", (2020, 2, 12)),
        ("12/02/2020", (2020, 2, 12)),
        ("2020-02-12", (2020, 2, 12)),
        ("février 2020", (2020, 2, None)),
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
        ("Jennie Carignan", ["Jennie", "Carignan"]),
        ("le brigadier-général Michel-Henri St-Louis", ["Michel-Henri", "St-Louis"]),
        ("M. Jacques Dupont", ["Jacques", "Dupont"]),
        ("la Mission de l'OTAN en Irak", []),
        ("ministre canadien de la Défense", []),
        ("commandante de la Mission de l'OTAN en Irak", []),
        ("le général Othman al-Ghanmi", ["Othman", "al-Ghanmi"]),
        ("Charles de Gaulle", ["Charles", "de", "Gaulle"]),
        ("secrétaire général de l'OTAN", []),
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
    q("environ 500", fact_type="quantity", kind="numeric", range=(450.0, 550.0)),
    q("le 12 février 2020", fact_type="event"),
]


@given(st.text(alphabet="zxqkwjy ", min_size=1, max_size=14))
def test_nonsense_is_never_accepted(typed: str) -> None:
    for question in NONSENSE_TARGETS:
        assert not check(typed, question).correct, (typed, question.answer)


@pytest.mark.parametrize("question", NONSENSE_TARGETS)
@pytest.mark.parametrize("typed", ["zzzz", "???", "ministre", "de la", "président du", "1er"])
def test_fragments_and_nonsense_are_refused(question: Question, typed: str) -> None:
    assert not check(typed, question).correct
