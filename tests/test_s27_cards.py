"""Session 27's card families, on invented sentences.

1. Typing errors a card would copy, never right in French: « on » right before a past participle
   (« les compagnies on recommencé » → « ont recommencé »), an -ir participle typed with its
   present's « t » after « avoir » (« l'avion a subit » → « a subi »); the present « il subit »
   and « on est arrivé » stay.
2. « le chef de la direction de la banque X » leads the bank, not its « direction ».
3. A card opening on « Il » / « Elle » names the person the sentence before opens on, when that
   sentence names nobody else and the card's own names nobody.
"""

from __future__ import annotations

from typing import Any

import pytest

from generators.questions.typos import corrected
from generators.records import Question
from tests.handmade import dated_deck


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Certaines compagnies on recommencé à accepter des passagers.",
            "Certaines compagnies ont recommencé à accepter des passagers.",
        ),
        ("Les élus on décidé de partir.", "Les élus ont décidé de partir."),
        ("L’avion a subit un atterrissage manqué.", "L’avion a subi un atterrissage manqué."),
        ("Le pays avait déjà choisit sa voie.", "Le pays avait déjà choisi sa voie."),
        ("Ils ont finit la course.", "Ils ont fini la course."),
    ],
)
def test_a_typing_error_never_right_is_mended(text: str, expected: str) -> None:
    assert corrected(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Le pays subit des pressions.",  # the present
        "On est arrivé tard.",  # « on » before its verb
        "On a décidé de partir.",
        "Il choisit son camp.",
        "La ville de Lyon on the road.",  # no participle
    ],
)
def test_what_may_be_right_stays(text: str) -> None:
    assert corrected(text) == text


def test_a_chief_of_the_management_leads_the_body(extract_text: Any) -> None:
    text = (
        "Vossberg : un titre\n\n3 juin 2018. –\nL'enquête se poursuit depuis lundi. "
        "Le chef de la direction de la Banque Nordia, Paul Roux, a démissionné.\n"
    )
    leads = {(f.get("leader"), f.get("entity")) for f in extract_text(text) if f.type == "leads"}
    assert leads == {("Paul Roux", "Banque Nordia")}


def _deck(extract_text: Any, body: str, title: str = "Vossberg : la saison") -> list[Question]:
    return dated_deck(extract_text, body, title, every=True)


def test_a_pronoun_card_names_the_subject_before(extract_text: Any) -> None:
    deck = _deck(
        extract_text,
        "La saison de ski a repris samedi à Tignes. La skieuse Anne Morel a remporté la "
        "première descente. Elle avait gagné trois courses la saison dernière.",
    )
    prompts = [q.prompt for q in deck]
    assert any(p.startswith("Anne Morel avait gagné") for p in prompts)
    assert not [p for p in prompts if p.startswith("Elle ")]


@pytest.mark.parametrize(
    "body",
    [
        # two women named before: which one?
        "La skieuse Anne Morel a devancé Julie Petit lors de la première descente. Elle avait "
        "gagné trois courses la saison dernière.",
        # the woman is not the sentence's subject
        "Selon Anne Morel, la piste était difficile. Elle avait gagné trois courses la saison "
        "dernière.",
        # a man named before « Elle »
        "Le skieur Paul Roux a remporté la première descente. Elle avait gagné trois courses la "
        "saison dernière.",
    ],
)
def test_a_pronoun_card_without_one_subject_is_not_named(extract_text: Any, body: str) -> None:
    deck = _deck(extract_text, "La saison de ski a repris samedi à Tignes. " + body)
    prompts = [q.prompt for q in deck]
    assert not [p for p in prompts if "avait gagné" in p and not p.startswith(("Elle", "Vrai"))]


def test_a_pronoun_card_names_the_subject_when_the_title_names_nobody(extract_text: Any) -> None:
    deck = _deck(
        extract_text,
        "Le scrutin s'est tenu dimanche. Paul Ndoumbe a été réélu président du Wakanda. Il a "
        "obtenu 61 % des voix.",
        title="Wakanda : élection présidentielle",
    )
    prompts = [q.prompt for q in deck]
    assert any(p.startswith("Paul Ndoumbe a obtenu") for p in prompts)


def test_a_pronoun_card_names_the_subject_after_a_nationality(extract_text: Any) -> None:
    deck = _deck(
        extract_text,
        "La saison de ski a repris samedi à Tignes. L'Italienne Sara Conti, skieuse de "
        "Cortina, a remporté la première descente. Elle avait gagné trois courses la saison "
        "dernière.",
    )
    assert any(q.prompt.startswith("Sara Conti avait gagné") for q in deck)


def test_on_before_a_capitalized_word_stays() -> None:
    assert corrected("Le groupe joue on Café ce soir.") == "Le groupe joue on Café ce soir."


def test_a_pronoun_card_names_a_winner_only_an_action_knows(extract_text: Any) -> None:
    deck = _deck(
        extract_text,
        "La saison de ski a repris samedi à Tignes. L'Italienne Sara Conti a remporté la "
        "première descente. Elle avait gagné trois courses la saison dernière.",
    )
    assert any(q.prompt.startswith("Sara Conti avait gagné") for q in deck)
