"""Cards of session 20: a number written in words is gapped whole (« deux cents »), a figure
given as a bound (« plus de 200 morts ») has no multiple choice and a false statement beyond it,
wrong figures stay plausible for their unit (no 68 °C, no age of 130), an article's slips are
mended in the card (« 20 seconde », « plus que 200 », « Au dimanche, », « après avoir
disparue »), and great trade unions' acronyms are general knowledge. Invented names and
sentences, through the whole question builder (hand-made facts, and the real spaCy pipeline for
a few articles)."""

from __future__ import annotations

from typing import Any

import pytest

from generators.questions import explain_questions
from generators.questions.distractors import _in_range
from generators.questions.figures import beyond_bound, figure_bound
from generators.questions.mend import mend, mended
from generators.questions.phrasing import number_surface
from generators.records import Fact, Question, Selection
from tests.handmade import fact, quantity

HEADER = {"slug": "t", "title": "Vanlandie : une vague de chaleur", "date": "2031-03-10"}


def made(facts: list[Fact]) -> tuple[list[Question], list[tuple[Question, str]]]:
    found = explain_questions(facts, HEADER, selection=Selection(per_fact=0))
    return list(found.kept), [(r.question, r.reason) for r in found.rejected]


def cards(facts: list[Fact], template: str) -> list[tuple[str, str]]:
    return [(q.prompt, q.answer) for q in made(facts)[0] if q.template == template]


# --- family 1: a number written in words is gapped whole -----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("deux cents sites", "deux cents"),
        ("trois mille manifestants", "trois mille"),
        ("quatre-vingt-dix morts", "quatre-vingt-dix"),
        ("deux millions de visiteurs", "deux millions"),
        ("vingt et un jours", "vingt et un"),
        ("six cent mille euros", "six cent mille"),
        # must not fire: one word, a comma ending the number, digits, a collective
        ("deux voitures", "deux"),
        ("sept bâtiments, dont trois écoles", "sept"),
        ("cent, deux", "cent"),
        ("1 200 euros", "1 200"),
        ("trente et quelques", "trente"),
        ("une cinquantaine de blessés", ""),
    ],
)
def test_number_surface_takes_the_whole_number(text: str, expected: str) -> None:
    assert number_surface(text) == expected


def test_cloze_gaps_deux_cents_whole() -> None:
    sentence = "Les pompiers de Vallon ont inspecté deux cents sites industriels."
    f = quantity(sentence, "deux cents sites", 200, "sites")
    assert cards([f], "quantity-cloze") == [
        (
            "Les pompiers de Vallon ont inspecté {{c1::deux cents}} sites industriels.",
            "deux cents",
        )
    ]


def test_completion_blanks_deux_cents_whole() -> None:
    sentence = "Les pompiers de Vallon ont inspecté deux cents sites industriels."
    f = quantity(sentence, "deux cents sites", 200, "sites")
    prompts = [p for p, _ in cards([f], "quantity-qcm")]
    assert prompts == ["Complétez : « Les pompiers de Vallon ont inspecté … sites industriels. »"]


def test_completion_of_a_one_word_number_is_unchanged() -> None:
    sentence = "Les pompiers de Vallon ont inspecté sept sites industriels."
    f = quantity(sentence, "sept sites", 7, "sites")
    assert cards([f], "quantity-cloze") == [
        ("Les pompiers de Vallon ont inspecté {{c1::sept}} sites industriels.", "sept")
    ]


# --- family 2: a figure given as a bound -----------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "expected"),
    [
        ("La crue a fait plus que 200 morts dans la vallée.", "200 morts", ("plus que", "lower")),
        ("On a relevé 35 degrés Celsius ou plus à Brévin.", "35 degrés", ("ou plus", "lower")),
        ("La crue a fait 200 morts au moins.", "200 morts", ("au moins", "lower")),
        ("La peine peut aller jusqu'à 12 mois de prison.", "12 mois", ("jusqu'à", "upper")),
        ("Le loyer reste inférieur à 900 euros.", "900 euros", ("inférieur à", "upper")),
        ("La crue a fait plus de 200 morts.", "plus de 200 morts", ("plus de", "lower")),
        # must not fire: a bound of another figure, « ou plus tard », no bound at all
        ("La crue a fait 200 morts et au moins 300 blessés.", "200 morts", ("", "")),
        ("La crue a fait plus de 300 blessés et 200 morts.", "200 morts", ("", "")),
        ("Il reviendra dans 3 jours ou plus tard.", "3 jours", ("", "")),
        ("La ville de Vallon compte 5 000 habitants.", "5 000 habitants", ("", "")),
        ("Il a couru 10 km ou près de 12 km.", "10 km", ("", "")),
    ],
)
def test_figure_bound(sentence: str, text: str, expected: tuple[str, str]) -> None:
    assert figure_bound(quantity(sentence, text, 1, "x")) == expected


def test_a_wrong_value_must_lie_beyond_the_bound() -> None:
    lower = quantity("La crue a fait plus que 200 morts.", "200 morts", 200, "morts")
    upper = quantity("La peine peut aller jusqu'à 12 mois.", "12 mois", 12, "mois")
    exact = quantity("La crue a fait 200 morts.", "200 morts", 200, "morts")
    assert [beyond_bound(v, lower) for v in (100, 400)] == [False, True]
    assert [beyond_bound(v, upper) for v in (6, 24)] == [True, False]
    assert [beyond_bound(v, exact) for v in (100, 400)] == [True, True]


def test_no_multiple_choice_of_a_bounded_figure() -> None:
    sentence = "La tempête a fait plus de 40 blessés à Brévin, selon la préfecture."
    f = quantity(sentence, "plus de 40 blessés", 40, "blessés")
    kept, dropped = made([f])
    assert [q.template for q in kept if q.kind == "mcq"] == []
    assert (
        "quantity-qcm",
        "« plus de » makes the figure a bound: no choice but the answer is clearly wrong",
    ) in [(q.template, why) for q, why in dropped]
    assert (
        "La tempête a fait plus de {{c1::40}} blessés à Brévin, selon la préfecture.",
        "40",
    ) in [(q.prompt, q.answer) for q in kept]


def test_multiple_choice_of_an_exact_figure_stays() -> None:
    sentence = "La tempête a fait 40 blessés à Brévin, selon la préfecture."
    f = quantity(sentence, "40 blessés", 40, "blessés")
    mcq = [q for q in made([f])[0] if q.template == "quantity-qcm"]
    assert [(q.answer, q.choices) for q in mcq] == [("40", ("20", "30", "40", "80"))]


# --- family 3: wrong figures stay plausible for their unit -----------------------------------------


@pytest.mark.parametrize(
    ("unit", "value", "candidate", "expected"),
    [
        ("degrés", 34, "68", False),
        ("degrés", 34, "17", False),
        ("degrés", 34, "44", True),
        ("degrés Celsius", 34, "24", True),
        ("ans", 63, "126", False),
        ("ans", 63, "73", True),
        ("ans", 63, "32", True),
        # must not fire: above the cap already, a unit with no range, not a number
        ("ans", 150, "300", True),
        ("voitures", 34, "68", True),
        ("degrés", 34, "environ", True),
    ],
)
def test_in_range(unit: str, value: float, candidate: str, expected: bool) -> None:
    f = quantity(f"Il a relevé {value} {unit}.", f"{value} {unit}", value, unit)
    assert _in_range(candidate, f) is expected


def test_temperature_choices_stay_near() -> None:
    sentence = "À Brévin, on a relevé 34 degrés Celsius à midi."
    f = quantity(sentence, "34 degrés", 34, "degrés")
    mcq = [q for q in made([f])[0] if q.template == "quantity-qcm"]
    assert [q.choices for q in mcq] == [("24", "34", "44", "51")]


def test_age_choices_stay_human() -> None:
    sentence = "Une habitante de Brévin âgée de 63 ans a été blessée."
    f = quantity(sentence, "63 ans", 63, "ans")
    mcq = [q for q in made([f])[0] if q.template == "quantity-qcm"]
    assert all(float(c) <= 110 for q in mcq for c in q.choices)


# --- family 4: an article's slips mended in the card -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La crue a fait plus que 200 morts.", "La crue a fait plus de 200 morts."),
        ("Il reste moins que 30 places.", "Il reste moins de 30 places."),
        (
            "Il est arrivé second à 20 seconde du vainqueur.",
            "Il est arrivé second à 20 secondes du vainqueur.",
        ),
        ("Le chantier a duré trente jour.", "Le chantier a duré trente jours."),
        ("L'usine a coûté 1,5 milliard d'euro.", "L'usine a coûté 1,5 milliard d'euros."),
        (
            "L'usine emploie une quarantaine de personne.",
            "L'usine emploie une quarantaine de personnes.",
        ),
        ("Au dimanche, on a relevé 35 degrés.", "Dimanche, on a relevé 35 degrés."),
        ("À Brévin, on a relevé 34 degrés au lundi.", "À Brévin, on a relevé 34 degrés lundi."),
        (
            "La maladie est revenue après avoir disparue pendant 70 ans.",
            "La maladie est revenue après avoir disparu pendant 70 ans.",
        ),
        ("Il est parti sans avoir payées ses dettes.", "Il est parti sans avoir payé ses dettes."),
        # must not fire: « ne … plus que » (only), the singular under 2, a governed « au lundi »,
        # a range of days, « avoir été », an idiom, a quotation
        ("Il ne reste plus que 200 habitants.", "Il ne reste plus que 200 habitants."),
        ("Elle a perdu 1,5 seconde au sprint.", "Elle a perdu 1,5 seconde au sprint."),
        ("Il a hésité une seconde.", "Il a hésité une seconde."),
        ("La réunion est reportée au lundi.", "La réunion est reportée au lundi."),
        ("Le musée ouvre du mardi au dimanche.", "Le musée ouvre du mardi au dimanche."),
        ("Elle a démissionné après avoir été élue.", "Elle a démissionné après avoir été élue."),
        ("Il est parti sans avoir envie de rester.", "Il est parti sans avoir envie de rester."),
        ("Il a dit : « plus que 200 morts » hier.", "Il a dit : « plus que 200 morts » hier."),
    ],
)
def test_mend(text: str, expected: str) -> None:
    assert mend(text) == expected


def test_mended_completion_and_cloze() -> None:
    shown = Question(
        id="q1",
        fact_id="f",
        template="quantity-qcm",
        kind="mcq",
        prompt="Complétez : « Au dimanche, la crue a fait plus que … morts à Brévin. »",
        answer="200",
    )
    cloze = Question(
        id="q2",
        fact_id="f",
        template="quantity-cloze",
        kind="cloze",
        prompt="Il a fini à {{c1::20}} seconde du vainqueur.",
        answer="20",
    )
    assert (
        mended(shown).prompt == "Complétez : « Dimanche, la crue a fait plus de … morts à Brévin. »"
    )
    assert mended(cloze).prompt == "Il a fini à {{c1::20}} secondes du vainqueur."
    assert mended(cloze).answer == "20"


def test_cloze_through_the_builder_is_mended() -> None:
    sentence = "Le Vallonais a terminé à 20 seconde de la tête de course."
    f = quantity(sentence, "20 seconde", 20, "seconde")
    assert cards([f], "quantity-cloze") == [
        ("Le Vallonais a terminé à {{c1::20}} secondes de la tête de course.", "20")
    ]


# --- family 5: great trade unions' acronyms are general knowledge ---------------------------------


def acronym(short: str, expansion: str, n: int = 0) -> Fact:
    sentence = f"La {expansion} ({short}) a appelé à la grève à Brévin."
    return fact("acronym", sentence, n, acronym=short, expansion=expansion, confidence=0.9)


@pytest.mark.parametrize(
    ("short", "expansion", "asked"),
    [
        ("CGT", "Confédération générale du travail", False),
        ("CFDT", "Confédération française démocratique du travail", False),
        ("FO", "Force ouvrière", False),
        ("FIFA", "Fédération internationale de football association", False),
        # must not fire: a body the reader learns from the article
        ("UTBV", "Union des travailleurs du bassin de Vallon", True),
        ("SPRB", "Syndicat des pêcheurs de la rade de Brévin", True),
    ],
)
def test_common_acronyms(short: str, expansion: str, asked: bool) -> None:
    kept = [
        q for q in made([acronym(short, expansion)])[0] if q.template == "acronym-signification"
    ]
    assert bool(kept) is asked


# --- the real pipeline on an invented article -------------------------------------------------------

ARTICLE = (
    "Vague de chaleur à Brévin\n\n"
    "La vague de chaleur a touché la région de Brévin en juillet 2031. "
    "Les pompiers ont inspecté deux cents sites industriels. "
    "La chaleur a fait plus de 40 blessés dans la vallée. "
    "Le coureur vallonais Paul Ternier a terminé à 20 seconde du vainqueur."
)


@pytest.fixture(scope="module")
def article_cards(extract_text: Any) -> list[tuple[str, str, str]]:
    facts = extract_text(ARTICLE)
    found = explain_questions(facts, HEADER, selection=Selection(per_fact=0))
    return [(q.template, q.prompt, q.answer) for q in found.kept]


def test_pipeline_gaps_deux_cents(article_cards: list[tuple[str, str, str]]) -> None:
    assert (
        "quantity-cloze",
        "Les pompiers ont inspecté {{c1::deux cents}} sites industriels.",
        "deux cents",
    ) in article_cards


def test_pipeline_bound_has_no_choices(article_cards: list[tuple[str, str, str]]) -> None:
    assert [p for t, p, _ in article_cards if t == "quantity-qcm" and "blessés" in p] == []
    assert (
        "quantity-cloze",
        "La chaleur a fait plus de {{c1::40}} blessés dans la vallée.",
        "40",
    ) in article_cards


def test_pipeline_mends_the_plural(article_cards: list[tuple[str, str, str]]) -> None:
    prompts = [p for _, p, _ in article_cards if "du vainqueur" in p]
    assert prompts == [
        "Le coureur vallonais Paul Ternier a terminé à {{c1::20}} secondes du vainqueur.",
        "Vrai ou faux : Le coureur vallonais Paul Ternier a terminé à 40 secondes du vainqueur.",
        "Complétez : « Le coureur vallonais Paul Ternier a terminé à … secondes du vainqueur. »",
    ]


@pytest.mark.parametrize(
    ("blank", "expected"),
    [
        ("20", "à … secondes du vainqueur"),
        ("1", "à … seconde du vainqueur"),
        ("", "à … seconde du vainqueur"),
    ],
)
def test_mend_a_blank_by_its_answer(blank: str, expected: str) -> None:
    assert mend("à … seconde du vainqueur", blank) == expected


# --- family 6: a sentence too short to say what its figure counts ---------------------------------


def thin_reasons(sentence: str, text: str, value: float, unit: str) -> dict[str, str]:
    kept, dropped = made([quantity(sentence, text, value, unit)])
    reasons = {q.template: why for q, why in dropped if "context" in why}
    reasons.update({q.template: "" for q in kept})
    return reasons


def test_thin_sentence_drops_completion_and_statement() -> None:
    reasons = thin_reasons("Six épreuves sont disputées.", "Six épreuves", 6, "épreuves")
    assert reasons["quantity-qcm"] == "too little context around the figure (3 words)"
    assert reasons["quantity-vrai-faux"] == "too little context around the figure (3 words)"
    assert reasons["quantity-cloze"] == "too little context around the gap (3 words)"


def test_thin_sentence_of_four_words_is_dropped() -> None:
    reasons = thin_reasons("Six épreuves furent très disputées.", "Six épreuves", 6, "épreuves")
    assert reasons["quantity-qcm"] == "too little context around the figure (4 words)"


@pytest.mark.parametrize(
    "sentence",
    [
        # must not fire: the sentence says where or what
        "Six épreuves sont disputées à la patinoire de Brévin.",
        "Six épreuves de patinage sont disputées à Vallon en mars 2031.",
        "Le club de Brévin aligne six patineurs au championnat de Vanlandie.",
    ],
)
def test_sentence_with_context_keeps_its_completion(sentence: str) -> None:
    text = "six patineurs" if "patineurs" in sentence else "Six épreuves"
    unit = text.split()[1]
    reasons = thin_reasons(sentence, text, 6, unit)
    assert reasons.get("quantity-qcm") == ""


# --- family 7: « Qui est X ? » has several right answers ------------------------------------------


def role_prompts(person: str, post: str, gender: str, sentence: str) -> list[str]:
    f = fact(
        "person_role",
        sentence,
        0,
        person=person,
        role=post,
        gender=gender,
        role_gender=gender,
        confidence=0.9,
    )
    return [q.prompt for q in made([f])[0]]


@pytest.mark.parametrize(
    ("person", "post", "gender", "sentence"),
    [
        (
            "Paul Ternier",
            "ancien ministre",
            "m",
            "Paul Ternier, ancien ministre, a parlé à Brévin.",
        ),
        ("Lina Morvane", "ancienne députée", "f", "Lina Morvane, ancienne députée, a parlé."),
        (
            "Paul Ternier",
            "gendre du maire de Brévin",
            "m",
            "Paul Ternier, gendre du maire de Brévin, a parlé.",
        ),
        (
            "Lina Morvane",
            "fille du fondateur de Vallex",
            "f",
            "Lina Morvane, fille du fondateur de Vallex, a parlé.",
        ),
    ],
)
def test_no_open_who_is_question(person: str, post: str, gender: str, sentence: str) -> None:
    assert f"Qui est {person} ?" not in role_prompts(person, post, gender, sentence)


def test_a_post_is_still_asked() -> None:
    prompts = role_prompts(
        "Paul Ternier", "maire de Brévin", "m", "Paul Ternier, maire de Brévin, a inauguré le pont."
    )
    assert prompts[:2] == [
        "Quelle fonction Paul Ternier occupait-il en mars 2031 ?",
        "Qui était le maire de Brévin en mars 2031 ?",
    ]


@pytest.mark.parametrize(
    ("text", "blank", "expected"),
    [
        ("avec {{c1::1,5 millions}} de cas", "", "avec {{c1::1,5 million}} de cas"),
        ("1,5 millions", "", "1,5 million"),
        ("0,8 milliards de dollars", "", "0,8 milliard de dollars"),
        ("et … d'euro d'investissement", "1,5 milliard", "et … d'euros d'investissement"),
        # must not fire: 2 or more, a decimal of a larger number, a blank for a plain number
        ("10 millions de cas", "", "10 millions de cas"),
        ("2,1 millions de cas", "", "2,1 millions de cas"),
        ("et … d'euro d'investissement", "20", "et … d'euro d'investissement"),
    ],
)
def test_mend_scales(text: str, blank: str, expected: str) -> None:
    assert mend(text, blank) == expected


def test_mended_cloze_answer_follows_its_gap() -> None:
    cloze = Question(
        id="q3",
        fact_id="f",
        template="quantity-cloze",
        kind="cloze",
        prompt="Vallon compte {{c1::1,5 millions}} de visiteurs.",
        answer="1,5 millions",
    )
    assert (mended(cloze).prompt, mended(cloze).answer) == (
        "Vallon compte {{c1::1,5 million}} de visiteurs.",
        "1,5 million",
    )


# --- family 4b: homophones of an article mended ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La course à pied démarre a l'issue de la transition.",
            "La course à pied démarre à l'issue de la transition.",
        ),
        (
            "A partir de lundi, la ligne de Vallon ferme.",
            "À partir de lundi, la ligne de Vallon ferme.",
        ),
        ("Le pont a cédé a cause d'un camion.", "Le pont a cédé à cause d'un camion."),
        ("Le coureur gagne a nouveau à Brévin.", "Le coureur gagne à nouveau à Brévin."),
        ("L'épreuve c'est déroulée à Vallon.", "L'épreuve s'est déroulée à Vallon."),
        ("Le toit c’est effondré samedi.", "Le toit s’est effondré samedi."),
        (
            "Se sont désormais 128 communes qui votent.",
            "Ce sont désormais 128 communes qui votent.",
        ),
        # must not fire: the verb « a » with its object, a passive « c'est produit », a reflexive verb
        ("Il a l'occasion de gagner à Brévin.", "Il a l'occasion de gagner à Brévin."),
        ("Le maire a la tête ailleurs.", "Le maire a la tête ailleurs."),
        ("Il a traversé la ville de Vallon.", "Il a traversé la ville de Vallon."),
        ("Le fromage c'est produit à Vallon.", "Le fromage c'est produit à Vallon."),
        ("Ils se sont désormais installés à Brévin.", "Ils se sont désormais installés à Brévin."),
        ("Ils se sont 3 fois rencontrés.", "Ils se sont 3 fois rencontrés."),
        ("Ils se sont deux fois rencontrés.", "Ils se sont deux fois rencontrés."),
        ("Il a dit « a partir de demain » hier.", "Il a dit « a partir de demain » hier."),
    ],
)
def test_mend_homophones(text: str, expected: str) -> None:
    assert mend(text) == expected


def test_a_bound_read_by_the_extraction_names_its_words() -> None:
    f = fact(
        "quantity",
        "Le stade de Brévin compte 9 000 places.",
        0,
        value=9000,
        text="9 000 places",
        bound="upper",
    )
    assert figure_bound(f) == ("moins de", "upper")
    assert beyond_bound(8000, f) and not beyond_bound(12000, f)
