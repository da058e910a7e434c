"""Card families judged wrong or awkward (issue 15), on invented articles through the real pipeline:

- a role or a lead the article puts in the past (« avait déjà été maire », « qui a été
  présidente », « ex-directrice ») is asked in the passé composé and undated (« Qui a été maire
  de X ? », « Quelle fonction A a-t-elle occupée auparavant ? », « Qui a dirigé X ? »), never at
  the article's month; a succession announced for later (« X succédera à Y », « X prendra ses
  fonctions de … ») is asked with « doit succéder », and the new holder is not asked as holding
  the post then;
- plain typing errors of the article copied into a card (« de de », « c'est à-dire », a space
  before a comma) are mended; pronouns repeated (« nous nous ») and a name's particle stay;
- a small count whose noun is followed by the list of that many things (« à deux reprises : en
  2014 et en 2016 ») is not asked as a gap.
"""

from __future__ import annotations

from typing import Any

import pytest

from generators.questions import explain_questions
from generators.questions.giveaway import enumerated_count
from generators.questions.mend import mended
from generators.questions.typos import corrected
from generators.records import Question, Selection
from tests.phrasing_helpers import gap_card

ROLE_TYPES = ("person_role", "leads", "succession")


def article(lead: str) -> str:
    return f"Un titre inventé\n\n8 juin 2018. –\n{lead}\n"


def cards(extract_text: Any, lead: str, types: tuple[str, ...]) -> set[tuple[str, str]]:
    """Return the (prompt, answer) of every card of `types` the invented article gives."""
    facts = extract_text(article(lead))
    header = {"slug": "t", "title": "Un titre inventé", "date": "2018-06-08"}
    kept = explain_questions(facts, header, selection=Selection(per_fact=0)).kept
    return {(q.prompt, q.answer) for q in kept if q.fact_type in types}


# --- a role held before: passé composé, undated ----------------------------------------------

PAST_ROLES = [
    (
        "Le candidat de la gauche, Hugo Marchand, avait déjà été maire de Valmont.",
        {
            ("Qui a été maire de Valmont ?", "Hugo Marchand"),
            ("Quelle fonction Hugo Marchand a-t-il occupée auparavant ?", "maire de Valmont"),
        },  # a town's head is asked by the title, never « Qui a dirigé Valmont ? » (session 25)
    ),
    (
        "Léa Fontaine, qui a été présidente de la Banque de Brova, conteste la décision.",
        {
            ("Qui a été présidente de la Banque de Brova ?", "Léa Fontaine"),
            (
                "Quelle fonction Léa Fontaine a-t-elle occupée auparavant ?",
                "présidente de la Banque de Brova",
            ),
            ("Qui a dirigé la Banque de Brova ?", "Léa Fontaine"),
        },
    ),
    (
        "Hugo Marchand, qui était alors maire de Valmont, a signé l'accord en 1998.",
        {
            ("Qui a été maire de Valmont ?", "Hugo Marchand"),
            ("Quelle fonction Hugo Marchand a-t-il occupée auparavant ?", "maire de Valmont"),
        },
    ),
    (
        "Claire Vasseur, ex-directrice de l'Agence de Brova, a été nommée ambassadrice.",
        {("Qui a dirigé l’Agence de Brova ?", "Claire Vasseur")},
    ),
]


@pytest.mark.parametrize(("lead", "expected"), PAST_ROLES)
def test_a_past_role_is_asked_in_the_past_undated(
    extract_text: Any, lead: str, expected: set[tuple[str, str]]
) -> None:
    made = cards(extract_text, lead, ROLE_TYPES)
    assert expected <= made
    past_posts = {answer for _, answer in expected if answer[0].islower()}
    for prompt, answer in made:
        if answer in past_posts or any(post in prompt for post in past_posts):
            assert "juin 2018" not in prompt, prompt


def test_a_past_role_is_never_a_true_false_card(extract_text: Any) -> None:
    lead = "Le candidat de la gauche, Hugo Marchand, avait déjà été maire de Valmont."
    assert not any(
        "maire de Valmont" in prompt and prompt.startswith("Vrai ou faux")
        for prompt, _ in cards(extract_text, lead, ROLE_TYPES)
    )


def test_a_past_role_in_multiple_choice_and_without_gender(extract_text: Any) -> None:
    lead = (
        "Le candidat de la gauche, Hugo Marchand, avait déjà été maire de Valmont. "
        "Léa Fontaine est la présidente de la Banque de Brova. "
        "Paul Garnier est le directeur de l'Agence spatiale de Brova. "
        "Claire Vasseur est la ministre de la Santé de Brova. "
        "Marc Dulac est le préfet de la région de Valmont."
    )
    made = cards(extract_text, lead, ROLE_TYPES)
    assert ("Quelle était auparavant la fonction d’Hugo Marchand ?", "maire de Valmont") in made
    # the roles held now keep the article's month
    assert ("Qui était la présidente de la Banque de Brova en juin 2018 ?", "Léa Fontaine") in made


def test_an_appointment_in_the_passe_compose_is_held_now(extract_text: Any) -> None:
    """« a été nommée ambassadrice »: the appointment is no past role (must not fire)."""
    lead = "Claire Vasseur, ex-directrice de l'Agence de Brova, a été nommée ambassadrice."
    made = cards(extract_text, lead, ROLE_TYPES)
    assert (
        "Quelle fonction Claire Vasseur a-t-elle occupée auparavant ?",
        "ambassadrice",
    ) not in made


@pytest.mark.parametrize(
    "lead",
    [
        "Le candidat de la droite, Hugo Marchand, a été élu nouveau président de la Brovanie.",
        "Léa Fontaine a été élue maire de Valmont.",
    ],
)
def test_a_post_just_won_in_an_election_is_not_asked(extract_text: Any, lead: str) -> None:
    """« a été élu nouveau président »: taken maybe later; neither held then nor held before."""
    made = cards(extract_text, lead, ROLE_TYPES)
    assert not any(
        "Brovanie" in prompt + answer or "Valmont" in prompt + answer for prompt, answer in made
    )


def test_an_appointment_is_asked_at_the_article_month(extract_text: Any) -> None:
    lead = "Claire Vasseur a été nommée directrice de l'Agence de Brova."
    made = cards(extract_text, lead, ROLE_TYPES)
    assert ("Qui était la directrice de l’Agence de Brova en juin 2018 ?", "Claire Vasseur") in made


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        (
            "Hugo Marchand est le maire de Valmont.",
            {
                ("Qui était le maire de Valmont en juin 2018 ?", "Hugo Marchand"),
                ("Quelle fonction Hugo Marchand occupait-il en juin 2018 ?", "maire de Valmont"),
            },  # a town's head: no « Qui dirigeait Valmont … ? » (session 25)
        ),
        (
            "Léa Fontaine, présidente de la Banque de Brova, conteste la décision.",
            {
                ("Qui était la présidente de la Banque de Brova en juin 2018 ?", "Léa Fontaine"),
                ("Qui dirigeait la Banque de Brova en juin 2018 ?", "Léa Fontaine"),
            },
        ),
    ],
)
def test_a_role_held_now_keeps_the_article_month(
    extract_text: Any, lead: str, expected: set[tuple[str, str]]
) -> None:
    made = cards(extract_text, lead, ROLE_TYPES)
    assert expected <= made
    assert not any("auparavant" in p or p.startswith("Qui a été") for p, _ in made)


# --- a succession announced for later ---------------------------------------------------------


def test_an_announced_succession_is_asked_in_the_future(extract_text: Any) -> None:
    lead = "Marc Dulac succédera à Anne Ferrand le 7 août à la tête de la Banque de Valmont."
    made = cards(extract_text, lead, ROLE_TYPES)
    assert made == {
        ("Qui doit succéder à Anne Ferrand à la tête de la Banque de Valmont ?", "Marc Dulac"),
        ("À qui Marc Dulac doit-il succéder à la tête de la Banque de Valmont ?", "à Anne Ferrand"),
        (
            "Vrai ou faux : Marc Dulac doit succéder à Anne Ferrand à la tête de la Banque de "
            "Valmont.",
            "Vrai",
        ),
    }


def test_a_post_taken_later_is_not_asked_as_held(extract_text: Any) -> None:
    lead = "Marc Dulac prendra ses fonctions de directeur de l'Agence de Valmont le 3 juillet."
    assert cards(extract_text, lead, ROLE_TYPES) == set()


def test_the_leaving_holder_still_holds_the_post(extract_text: Any) -> None:
    """« Y sera remplacée par X le 7 août »: Y leads the bank at the article's date."""
    lead = (
        "Anne Ferrand, présidente de la Banque de Valmont, sera remplacée par Marc Dulac le 7 août."
    )
    made = cards(extract_text, lead, ROLE_TYPES)
    assert ("Qui dirigeait la Banque de Valmont en juin 2018 ?", "Anne Ferrand") in made
    assert ("Qui doit succéder à Anne Ferrand ?", "Marc Dulac") in made


def test_a_done_succession_stays_in_the_past(extract_text: Any) -> None:
    lead = "Marc Dulac a succédé à Anne Ferrand le 7 mai à la tête de la Banque de Valmont."
    made = cards(extract_text, lead, ROLE_TYPES)
    assert (
        "Qui a succédé à Anne Ferrand à la tête de la Banque de Valmont ?",
        "Marc Dulac",
    ) in made
    assert not any("doit" in prompt for prompt, _ in made)


def test_a_post_held_before_the_future_verb_stays_held(extract_text: Any) -> None:
    """The post named before « prendra ses fonctions » is the one held now (must not fire)."""
    lead = (
        "Le directeur de l'Agence de Valmont, Marc Dulac, prendra ses fonctions de président "
        "du comité le 3 juillet."
    )
    made = cards(extract_text, lead, ROLE_TYPES)
    assert ("Qui dirigeait l’Agence de Valmont en juin 2018 ?", "Marc Dulac") in made
    assert not any("comité" in prompt or "comité" in answer for prompt, answer in made)


# --- plain typing errors copied from the article ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("très peu de de victimes portent plainte", "très peu de victimes portent plainte"),
        ("Les les salariés ont voté", "Les salariés ont voté"),
        ("il est arrivé à à Valmont hier", "il est arrivé à Valmont hier"),
        ("le club et et la ville", "le club et la ville"),
        ("8 000 adhérents, c’est à-dire 5 %", "8 000 adhérents, c’est-à-dire 5 %"),
        ("8 000 adhérents, c'est à dire 5 %", "8 000 adhérents, c'est-à-dire 5 %"),
        ("C'est à dire que rien n'a changé", "C'est-à-dire que rien n'a changé"),
        ("12 000 visiteurs , un record .", "12 000 visiteurs, un record."),
        ("{{c1::12 000}} visiteurs , un record", "{{c1::12 000}} visiteurs, un record"),
        ("à … , selon la police", "à …, selon la police"),
        ("le maire  de Valmont", "le maire de Valmont"),
        # must not fire: pronouns French repeats, a name's particle, decimals, an ellipsis
        ("nous nous sommes vus", "nous nous sommes vus"),
        ("vous vous êtes trompés", "vous vous êtes trompés"),
        ("les Mémoires de de Gaulle", "les Mémoires de de Gaulle"),
        ("il faut le faire... vite", "il faut le faire... vite"),
        ("une hausse de 3,5 %", "une hausse de 3,5 %"),
        ("de De Bruyne", "de De Bruyne"),
    ],
)
def test_plain_typing_errors_are_mended(text: str, expected: str) -> None:
    assert corrected(text) == expected


def test_a_card_copying_a_doubled_word_is_mended(extract_text: Any) -> None:
    lead = (
        "Selon le rapport publié à Valmont, très peu de de victimes portent plainte, et "
        "seulement 3 % des agresseurs sont condamnés."
    )
    made = cards(extract_text, lead, ("quantity",))
    assert (
        "Selon le rapport publié à Valmont, très peu de victimes portent plainte, et seulement "
        "{{c1::3}} % des agresseurs sont condamnés.",
        "3",
    ) in made
    assert not any("de de" in prompt for prompt, _ in made)


def test_a_quoted_typing_error_is_mended_in_a_cloze() -> None:
    question = Question(
        id="q",
        fact_id="f",
        template="quantity-cloze",
        kind="cloze",
        prompt="« Nous avons perdu {{c1::8 000}} adhérents , c'est à dire trop », dit-il.",
        answer="8 000",
        source="",
        fact_type="quantity",
    )
    assert mended(question).prompt == (
        "« Nous avons perdu {{c1::8 000}} adhérents, c'est-à-dire trop », dit-il."
    )


# --- a count answered by the list after it ----------------------------------------------------


@pytest.mark.parametrize(
    ("prompt", "answer", "kind"),
    [
        ("Le club a gagné la coupe à {{c1::deux}} reprises : en 2014 et en 2016.", "deux", "cloze"),
        (
            "Complétez : « Le club a gagné la coupe à … reprises : en 2014 et en 2016. »",
            "2",
            "mcq",
        ),
        (
            "Complétez, à 10 % près : « Il a été élu … fois : en 2001, 2005 et 2010. »",
            "3",
            "numeric",
        ),
        (
            "Le traité lie {{c1::deux}} pays, la Brovanie et la Valmontie, depuis 1990.",
            "deux",
            "cloze",
        ),
        ("Il a été élu {{c1::trois}} fois : en 2001, 2005 et 2010.", "trois", "cloze"),
        ("Le festival dure {{c1::2}} jours, samedi et dimanche.", "2", "cloze"),
        ("L'usine a connu {{c1::deux}} périodes de crise, en 2009 et en 2013.", "deux", "cloze"),
        (
            "Complétez : « La grève n’a eu lieu qu’à … reprises : dans les années 1950 et 1960 et "
            "au début des années 1990. »",
            "2",
            "mcq",
        ),
    ],
)
def test_a_count_listed_after_its_noun_is_given_away(prompt: str, answer: str, kind: str) -> None:
    assert enumerated_count(gap_card(prompt, answer, kind))


@pytest.mark.parametrize(
    ("prompt", "answer"),
    [
        ("Il a été élu {{c1::trois}} fois, en 2001 et 2005.", "trois"),  # two listed, not three
        ("L'accident a fait {{c1::deux}} morts, selon la police et les pompiers.", "deux"),
        ("Il y a {{c1::deux}} ans, Paul et Léa se sont mariés à Valmont.", "deux"),
        ("Le couple a {{c1::trois}} enfants, dont Paul et Léa.", "trois"),
        ("La ville compte {{c1::12}} écoles, deux lycées et un collège.", "12"),  # not small
        ("La ville compte {{c1::deux}} écoles, trois lycées et un collège.", "deux"),
        ("Une alliance de {{c1::deux}} géants allemands et espagnols fait face.", "deux"),
        ("Le club a gagné la coupe à {{c1::trois}} reprises depuis 1950.", "trois"),
    ],
)
def test_a_count_not_listed_stays(prompt: str, answer: str) -> None:
    assert enumerated_count(gap_card(prompt, answer)) == ""


@pytest.mark.parametrize(
    ("statement", "given_away"),
    [
        ("Vrai ou faux : Le club a gagné la coupe à quatre reprises : en 2014 et en 2016.", True),
        ("Vrai ou faux : Le club a gagné la coupe à deux reprises : en 2014 et en 2016.", True),
        ("Vrai ou faux : Quatre personnes, Paul Roy et Anne Petit, ont été blessées.", True),
        ("Vrai ou faux : Le traité lie trois pays, la Brovanie et la Valmontie.", True),
        ("Vrai ou faux : Le club a gagné la coupe à quatre reprises depuis 2010.", False),
        ("Vrai ou faux : Trois écoles, deux lycées et un collège ont fermé.", False),
        ("Vrai ou faux : Le maire a visité cinq quartiers en 2016.", False),
        ("Vrai ou faux : Le couple a trois enfants, dont Paul et Léa.", False),
    ],
)
def test_a_true_false_count_checked_by_its_list_is_given_away(
    statement: str, given_away: bool
) -> None:
    """The statement's count, true or false, is checked by counting the list that follows it."""
    card = Question(**{**gap_card(statement, "Faux").__dict__, "kind": "truefalse"})
    assert bool(enumerated_count(card)) is given_away


def test_a_listed_count_gives_no_gap_card(extract_text: Any) -> None:
    lead = "Le club de Valmont a remporté la coupe à deux reprises : en 2014 et en 2016."
    made = cards(extract_text, lead, ("quantity",))
    assert not any("{{c1::" in prompt or prompt.startswith("Complétez") for prompt, _ in made)
    kept = "Le club de Valmont a remporté la coupe à trois reprises depuis sa création en 1950."
    assert (
        "Le club de Valmont a remporté la coupe à {{c1::trois}} reprises depuis sa création en "
        "1950.",
        "trois",
    ) in cards(extract_text, kept, ("quantity",))


def test_a_mended_answer_keeps_its_choice() -> None:
    question = Question(
        id="q",
        fact_id="f",
        template="person-fonction-qcm",
        kind="mcq",
        prompt="Quelle est la fonction de Léa Fontaine ?",
        answer="présidente de de la Banque de Brova",
        source="",
        fact_type="person_role",
        choices=("maire de Valmont", "présidente de de la Banque de Brova", "préfète de Brova"),
    )
    made = mended(question)
    assert made.answer == "présidente de la Banque de Brova"
    assert made.choices == (
        "maire de Valmont",
        "présidente de la Banque de Brova",
        "préfète de Brova",
    )
