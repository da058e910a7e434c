"""Session 26's card families, on invented articles.

1. An award given is asked from the winner's side: « Qui a reçu le prix Lumen … ? ».
2. « Qu'a remporté X ? » is asked only with its time (a player wins many things).
3. A bare « le gouvernement » is named by the country the title opens on (« Turquie : … » → « le
   gouvernement turc »), as « le pays » is; otherwise the card is dropped as before.
4. « déclarer l'état d'urgence », « décréter », « proclamer » are decisions: « Qui a déclaré
   l'état d'urgence … ? ».
5. A weekday of the clause dates the action from the dateline (« a démissionné mardi » → « le 29
   mai 2018 »), never the article's month when the day fell in the month before.
"""

from __future__ import annotations

from typing import Any

from generators.records import Question
from tests.handmade import dated_deck

_TITLE = "Vossberg : un titre"


def _deck(extract_text: Any, body: str, title: str = _TITLE, every: bool = False) -> list[Question]:
    return dated_deck(extract_text, body, title, every)


def _prompts(questions: list[Question]) -> list[str]:
    return [q.prompt for q in questions]


def test_an_award_is_asked_from_the_winners_side(extract_text: Any) -> None:
    deck = _deck(extract_text, "Le prix Lumen a été décerné samedi à la romancière Marie Lenoir.")
    asked = {(q.prompt, q.answer) for q in deck}
    assert ("Qui a reçu le prix Lumen le 2 juin 2018 ?", "Marie Lenoir") in asked


def test_a_shared_award_is_not_asked_who(extract_text: Any) -> None:
    deck = _deck(
        extract_text,
        "Le prix Lumen a été décerné samedi à Marie Lenoir et à Paul Durand.",
        every=True,
    )
    assert not [p for p in _prompts(deck) if p.startswith("Qui a reçu")]


def test_what_someone_won_is_asked_with_its_time(extract_text: Any) -> None:
    deck = _deck(
        extract_text,
        "Le joueur Rafa Lopez avait remporté un neuvième titre au tournoi de Vossberg en avril.",
        every=True,
    )
    assert not [p for p in _prompts(deck) if p.startswith("Qu’a remporté")]


def test_the_government_is_named_by_the_title_country(extract_text: Any) -> None:
    deck = _deck(
        extract_text,
        "Le ministre de l'Économie, Paul Roy, a annoncé sa démission du gouvernement mardi.",
        title="Turquie : un ministre démissionne",
        every=True,
    )
    prompts = _prompts(deck)
    assert "Qui a annoncé sa démission du gouvernement turc le 29 mai 2018 ?" in prompts
    assert not [p for p in prompts if "gouvernement " not in p and "gouvernement" in p]


def test_the_government_without_a_title_country_drops_the_card(extract_text: Any) -> None:
    deck = _deck(
        extract_text,
        "Le ministre de l'Économie, Paul Roy, a annoncé sa démission du gouvernement mardi.",
        every=True,
    )
    assert not [p for p in _prompts(deck) if "gouvernement" in p]


def test_a_named_government_is_left_alone(extract_text: Any) -> None:
    deck = _deck(
        extract_text,
        "Paul Roy a annoncé sa démission du gouvernement allemand mardi.",
        title="Turquie : un ministre démissionne",
        every=True,
    )
    prompts = [p for p in _prompts(deck) if "gouvernement" in p]
    assert prompts
    assert all("gouvernement allemand" in p and "turc" not in p for p in prompts)


def test_a_state_of_emergency_declared_is_a_decision(extract_text: Any) -> None:
    deck = _deck(
        extract_text,
        "Le gouverneur de la région, Paul Roy, a déclaré l'état d'urgence samedi.",
    )
    asked = {(q.prompt, q.answer) for q in deck}
    assert ("Qui a déclaré l’état d’urgence le 2 juin 2018 ?", "Paul Roy") in asked


def test_declaring_what_someone_said_is_no_decision(extract_text: Any) -> None:
    deck = _deck(extract_text, "Paul Roy a déclaré samedi qu'il quitterait la ville.", every=True)
    assert not [q for q in deck if q.template.startswith("action")]


def test_a_weekday_dates_the_action_from_the_dateline(extract_text: Any) -> None:
    text = "Vossberg : un titre\n\n3 juin 2018. – Paul Roy a quitté le club Orion mardi.\n"
    actions = [f for f in extract_text(text) if f.type == "action"]
    assert [(f.get("actor"), f.get("date")) for f in actions] == [("Paul Roy", "le 29 mai 2018")]


def test_a_weekday_of_another_clause_does_not_date_the_action(extract_text: Any) -> None:
    text = (
        "Vossberg : un titre\n\n3 juin 2018. – Paul Roy, qui était arrivé lundi, a remporté le "
        "tournoi Orion.\n"
    )
    actions = [f for f in extract_text(text) if f.type == "action"]
    assert actions
    assert all(f.get("date") != "le 28 mai 2018" for f in actions)


def test_an_appointment_by_someone_is_not_asked_without_its_post(extract_text: Any) -> None:
    deck = _deck(
        extract_text,
        "Quatre femmes ont été nommées au conseil. Anne Roy avait été ministre de la Culture. "
        "Elle a été assermentée le 26 juin 2013 et a été nommée par l'émir Paul Roy.",
        every=True,
    )
    assert not [p for p in _prompts(deck) if p.startswith("Qui a été nommée par")]


def test_a_lead_figure_cut_before_its_adjunct_is_asked(extract_text: Any) -> None:
    """« Valmex va embaucher 10 000 réfugiés …, en réponse à … »: the clause a name opens stands
    alone before the comma, so its figure is asked."""
    deck = _deck(
        extract_text,
        "Valmex va embaucher 10 000 réfugiés au cours des cinq prochaines années, en réponse à la "
        "décision du président Paul Roy de suspendre temporairement l'accueil des personnes en "
        "provenance de sept pays en justifiant vouloir empêcher les fraudeurs d'entrer dans le pays "
        "de Vossberg.",
        title="Valmex va embaucher 10 000 réfugiés",
    )
    assert any(q.answer == "10 000" for q in deck)


def test_a_clause_opened_by_a_name_is_whole() -> None:
    from generators.questions.speech import is_clause

    assert is_clause("Valmex va embaucher 10 000 réfugiés au cours des cinq prochaines années")
    assert is_clause("Paul Roy a remporté la course")
    assert not is_clause("Selon Paul Roy, la course")
    assert not is_clause("Dans la ville de Vossberg")
    assert not is_clause("Paul Roy, président du club")


def test_a_card_cut_before_whose_death_it_tells_is_dropped() -> None:
    from generators.questions.index import ArticleIndex
    from generators.questions.quality import problem
    from tests.phrasing_helpers import plain_card

    index = ArticleIndex.build([], {"slug": "t", "title": "Un titre", "date": "2017-02"})
    cut = (
        "Paul Roy était le doyen des vainqueurs du Tour depuis un mois, à la suite du décès à "
        "{{c1::97}} ans …"
    )
    assert "whose" in problem(plain_card(cut, "97"), index)
    mcq = "Complétez : « Paul Roy était le doyen depuis un mois, à la suite du décès à … ans … »"
    assert "whose" in problem(plain_card(mcq, "97", kind="mcq"), index)
    named = "Paul Roy était le doyen depuis la mort de Luc Petit à {{c1::97}} ans …"
    assert "whose" not in problem(plain_card(named, "97"), index)
    whole = "Paul Roy est le doyen depuis le décès de Luc Petit à {{c1::97}} ans."
    assert "whose" not in problem(plain_card(whole, "97"), index)


def test_an_agent_named_by_its_body_answers_who(extract_text: Any) -> None:
    deck = _deck(
        extract_text,
        "Un homme a tué deux femmes samedi à la gare. L'assaillant a été abattu par des militaires "
        "de l'opération Orion. Le suspect a été arrêté par des policiers.",
        every=True,
    )
    asked = {(q.prompt, q.answer) for q in deck}
    assert any(
        p.startswith("Qui a abattu l’assaillant") and a == "des militaires de l’opération Orion"
        for p, a in asked
    )
    assert not any(p.startswith("Qui a arrêté") for p, _ in asked)  # « des policiers »: who?
