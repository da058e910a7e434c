"""The headline figure (session 17): the quantity fact the title states weighs as the title.

Invented titles and sentences only (names, places and numbers made up).
"""

from __future__ import annotations

import pytest

from generators.questions.budget import ArticleShape
from generators.questions.headline import headline_ids, title_figures
from generators.questions.score import TITLE_WEIGHT, score, signals, story_weights
from generators.records import CLOZE, Fact, Question


def quantity(ident: str, sentence: str, start: int, value: float, text: str) -> Fact:
    """Return an invented quantity fact."""
    fields = {"value": value, "text": text, "unit": "", "subject": ident}
    return Fact("quantity", sentence, start, start + len(sentence), fields, id=ident)


def action(ident: str, sentence: str, start: int) -> Fact:
    """Return an invented action fact."""
    fields = {"actor": "Orvane", "verb": "signer", "object": "accord"}
    return Fact("action", sentence, start, start + len(sentence), fields, id=ident)


@pytest.mark.parametrize(
    ("title", "figures"),
    [
        ("Un transfert record de 317 millions d'euros à Brelac", {317.0, 317e6}),
        ("Valmoret : l'éboulement a fait sept morts", {7.0}),
        ("Une amende de 48 milliards de dollars pour Quintex", {48.0, 48e9}),
        ("Tarnelle : déjà 23 blessés après la tempête", {23.0}),
        ("Une usine ferme à Corbelin", set()),  # « Une »: an article, not a figure
        ("Grève : jeudi 12 novembre à Lusigny", set()),  # a date
        ("Le festival de Mardanne en 2031", set()),  # a year
        ("Cyclisme : 6e étape du Tour de Vermois", set()),  # a rank
        ("Rallye : le 1er tour annulé", set()),  # a rank
        ("Sommet de Quérande : réunion à 21 h", set()),  # an hour
    ],
)
def test_title_figures(title: str, figures: set[float]) -> None:
    assert title_figures(title) == figures


LEAD = "Le gouvernement d'Orvane a signé un accord avec Brelac, a-t-on appris mardi."
SIDE = "Selon la mairie, 12 écoles restent fermées et 850 foyers sont privés d'eau."
HEAD = "L'éboulement survenu près de Valmoret a fait sept morts, selon la préfecture."


def test_title_figure_told_late_weighs_as_the_title() -> None:
    facts = [
        action("a", LEAD, 0),
        quantity("side", SIDE, 100, 12, "12 écoles"),
        quantity("foyers", SIDE, 100, 850, "850 foyers"),
        quantity("head", HEAD, 300, 7, "sept morts"),
    ]
    title = "Valmoret : l'éboulement a fait sept morts"
    assert headline_ids(facts, title) == {"head"}
    weights = story_weights(facts, title)
    assert weights["head"] == TITLE_WEIGHT
    assert weights["head"] > weights["side"]
    assert "head" in ArticleShape.of(facts, {"title": title}).lead


def test_scaled_title_figure_matches_the_scaled_value() -> None:
    sentence = "Quintex devra payer une amende de 48 milliards de dollars, a jugé la cour."
    facts = [action("a", LEAD, 0), quantity("q", sentence, 90, 48e9, "48 milliards de dollars")]
    assert headline_ids(facts, "Une amende de 48 milliards de dollars pour Quintex") == {"q"}


def test_no_title_figure_falls_back_to_the_first_quantity_of_the_first_sentence() -> None:
    first = "Plus de 4 000 manifestants ont défilé à Lusigny, puis 300 ont bloqué le pont."
    facts = [
        quantity("second", first, 0, 300, "300"),
        quantity("first", first, 0, 4000, "4 000 manifestants"),
        quantity("later", SIDE, 200, 12, "12 écoles"),
    ]
    assert headline_ids(facts, "Manifestation contre la réforme à Lusigny") == {"first"}


def test_no_fallback_when_the_first_quantity_is_far_from_the_lead() -> None:
    facts = [
        action("a", LEAD, 0),
        action("b", "Le ministre de Brelac a salué l'accord signé avec Orvane.", 100),
        quantity("late", SIDE, 300, 12, "12 écoles"),
    ]
    assert headline_ids(facts, "Orvane signe un accord avec Brelac") == frozenset()


def test_a_date_in_the_title_does_not_fire() -> None:
    second = action("b", "Le ministre de Brelac a salué l'accord signé avec Orvane.", 100)
    facts = [action("a", LEAD, 0), second, quantity("q", SIDE, 200, 12, "12 écoles")]
    assert headline_ids(facts, "Grève : jeudi 12 novembre à Lusigny") == frozenset()


def test_a_rank_in_the_title_does_not_fire() -> None:
    sentence = "La course de Vermois compte 6 ascensions sur 180 kilomètres."
    second = action("b", "Le ministre de Brelac a salué l'accord signé avec Orvane.", 100)
    facts = [action("a", LEAD, 0), second, quantity("q", sentence, 200, 6, "6 ascensions")]
    assert headline_ids(facts, "Cyclisme : 6e étape du Tour de Vermois") == frozenset()


def test_a_year_quantity_is_never_the_headline() -> None:
    sentence = "Le pont de Lusigny, construit en 1887, a été fermé."
    facts = [quantity("year", sentence, 0, 1887, "1887")]
    assert headline_ids(facts, "Fermeture du pont de Lusigny") == frozenset()


def test_a_figure_other_than_the_title_s_is_not_lifted() -> None:
    facts = [action("a", LEAD, 0), quantity("side", SIDE, 200, 12, "12 écoles")]
    weights = story_weights(facts, "Valmoret : l'éboulement a fait sept morts")
    assert weights["side"] < TITLE_WEIGHT


def test_the_title_s_counted_noun_picks_among_equal_figures() -> None:
    sentence = "Deux mosquées de Valmoret ont été visées ; deux communautés s'accusent."
    facts = [
        quantity("mosques", sentence, 0, 2, "deux mosquées"),
        quantity("groups", sentence, 0, 2, "deux communautés"),
    ]
    title = "Valmoret : deux mosquées visées par des attentats"
    assert headline_ids(facts, title) == {"mosques"}


def test_a_small_first_count_is_no_headline_without_a_title_figure() -> None:
    first = "Les deux frères Quérel ont dominé la course de Vermois, devant 300 coureurs."
    facts = [
        quantity("brothers", first, 0, 2, "deux frères"),
        quantity("runners", first, 0, 300, "300 coureurs"),
    ]
    assert headline_ids(facts, "Cyclisme : les frères Quérel à domicile") == frozenset()


def test_a_figure_already_asked_by_its_fact_stays_asked_once() -> None:
    """The headline figure weighs more, but a figure is still asked once per deck (PER_VALUE)."""
    from generators.questions.budget import PER_VALUE

    facts = [action("a", LEAD, 0), quantity("head", HEAD, 100, 7, "sept morts")]
    weights = story_weights(facts, "Valmoret : l'éboulement a fait sept morts")
    assert weights["head"] == TITLE_WEIGHT
    assert PER_VALUE == 1


def _cloze(answer: str, fact_type: str = "quantity") -> Question:
    """Return an invented cloze card on a count."""
    prompt = f"Des inondations ont touché {{{{c1::{answer}}}}} villages de la vallée de Tarnelle."
    return Question(
        "q", "f", "quantity-cloze", CLOZE, prompt, answer, fact_type=fact_type, score=1.0
    )


def test_the_title_s_small_count_is_no_trivia() -> None:
    told = score(_cloze("deux"), story=TITLE_WEIGHT)
    lead = score(_cloze("deux"), story=0.8)
    assert (
        told - lead > 0.2
    )  # the penalty lifted (the lead bears half of it), the title's weight added


def test_a_small_count_of_the_lead_keeps_half_its_penalty() -> None:
    """Session 21 (issue 15): the lead's small count tells the main story (« après deux années de
    baisse »): it bears half the penalty; elsewhere the whole."""
    assert ("small count", 0.3) in signals(_cloze("trois"))
    lead_gap = score(_cloze("quarante"), story=0.8) - score(_cloze("trois"), story=0.8)
    assert abs(lead_gap - 0.15) < 0.002
    assert score(_cloze("trois"), story=0.5) < score(_cloze("quarante"), story=0.5) - 0.25
