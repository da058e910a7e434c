"""The main outcome of a title or a lead told without a story verb becomes an action card: a title
clause (« X remporte Y », « X rachète Y pour … »), a bare participle (« X élue à la tête de Y »), an
outcome noun (« Victoire de X au … », « a vu la victoire de X », « l'élection de X à la tête de
Y »). Each rule has a negative partner: when the actor or the object cannot be read whole, no card.
Invented articles through the real pipeline (spaCy), asserting the card text."""

from __future__ import annotations

from typing import Any

import pytest

from generators.questions import explain_questions
from generators.records import Selection


def prompts(extract_text: Any, text: str) -> set[tuple[str, str]]:
    """Return the (prompt, answer) of every action card the article gives."""
    facts = extract_text(text)
    header = {"slug": "t", "title": text.split("\n", 1)[0], "date": "2021-05-08"}
    kept = explain_questions(facts, header, selection=Selection(per_fact=0)).kept
    return {(q.prompt, q.answer) for q in kept if q.fact_type == "action"}


def article(title: str, lead: str) -> str:
    return f"{title}\n\n8 mai 2021. –\n{lead}\n"


WON_TITLE = article(
    "Cyclisme : Marc Dalon remporte le Grand Prix de Vermel",
    "Le coureur Marc Dalon était en tête depuis le départ. Marc Dalon court pour l'équipe de Brova.",
)
BOUGHT_TITLE = article(
    "Économie : Norvane rachète Telmix pour 2 milliards d'euros",
    "Le groupe Norvane a confirmé mardi l'opération. Norvane paiera 2 milliards d'euros pour Telmix.",
)
ADOPTED_TITLE = article(
    "Sorvie : le Parlement sorvien adopte une loi sur la pêche côtière",
    "Le Parlement sorvien siégeait jeudi en séance plénière. Les pêcheurs de Brova attendaient ce vote.",
)
ELECTED_TITLE = article(
    "Sorvie : Marie Vasseur élue à la tête du conseil régional",
    "Marie Vasseur, adjointe au maire de Brova, a obtenu 41 voix jeudi. Marie Vasseur succède à Paul Roy.",
)
VICTORY_TITLE = article(
    "Victoire de Léa Morel au marathon de Brova",
    "La coureuse Léa Morel a couru en 2 heures 31 minutes. Léa Morel vit à Vermel depuis dix ans.",
)
WITNESSED_LEAD = article(
    "Cyclisme : un sprint serré à Vermel",
    "Le Grand Prix de Vermel a vu dimanche 2 mai la victoire du Néerlandais Marc Dalon, devant Paul "
    "Arnaud. Marc Dalon court pour l'équipe de Brova.",
)
ELECTION_LEAD = article(
    "Sorvie : un nouveau visage pour la région",
    "L'élection de Marie Vasseur à la tête du conseil régional de Sorvie a surpris les observateurs. "
    "Marie Vasseur était adjointe au maire de Brova.",
)


@pytest.mark.parametrize(
    ("text", "card"),
    [
        (WON_TITLE, ("Qui a remporté le Grand Prix de Vermel en mai 2021 ?", "Marc Dalon")),
        # a deal the title tells in the present and the body in the future: announced, not done
        (BOUGHT_TITLE, ("Qui a annoncé le rachat de Telmix en mai 2021 ?", "Norvane")),
        (
            ADOPTED_TITLE,
            ("Qu’a adopté le Parlement sorvien en mai 2021 ?", "une loi sur la pêche côtière"),
        ),
        (
            ELECTED_TITLE,
            ("Qui a été élue à la tête du conseil régional en mai 2021 ?", "Marie Vasseur"),
        ),
        (VICTORY_TITLE, ("Qui a remporté le marathon de Brova en mai 2021 ?", "Léa Morel")),
        (WITNESSED_LEAD, ("Qui a remporté le Grand Prix de Vermel le 2 mai 2021 ?", "Marc Dalon")),
        (
            ELECTION_LEAD,
            (
                "Qui a été élue à la tête du conseil régional de Sorvie en mai 2021 ?",
                "Marie Vasseur",
            ),
        ),
    ],
    ids=["won", "bought", "adopted", "elected", "victory", "witnessed", "election"],
)
def test_the_main_outcome_is_asked(extract_text: Any, text: str, card: tuple[str, str]) -> None:
    assert card in prompts(extract_text, text)


# Negative partners: the same shapes with an actor or an object that cannot be read whole.
@pytest.mark.parametrize(
    "text",
    [
        # the actor is named nowhere in the body: the title could be a pun or a kicker
        article(
            "Cyclisme : Dalon le Rapide remporte le Grand Prix de Vermel",
            "La course a été courue sous la pluie. Le peloton a roulé à 42 km/h de moyenne.",
        ),
        # a possessive object needs the article (« sa troisième étape »: whose?)
        article(
            "Cyclisme : Marc Dalon remporte sa troisième étape",
            "Le coureur Marc Dalon était en tête depuis le départ. Marc Dalon court pour Brova.",
        ),
        # a participle on a thing is no election
        article(
            "Sorvie : le budget élu à la tête des priorités",
            "Le budget de Sorvie a été présenté jeudi. Le budget atteint 12 millions d'euros.",
        ),
        # « la victoire de » a cause, not a person
        article(
            "Victoire de la raison au conseil de Brova",
            "Le conseil de Brova a renoncé jeudi au projet. Le projet coûtait 3 millions d'euros.",
        ),
        # a victory witnessed, but two people in the winner's place
        article(
            "Cyclisme : un sprint serré à Vermel",
            "Le Grand Prix de Vermel a vu dimanche la victoire de Marc Dalon et Paul Arnaud, ex "
            "aequo. Marc Dalon court pour l'équipe de Brova.",
        ),
        # an election with no post named
        article(
            "Sorvie : un nouveau visage pour la région",
            "L'élection de Marie Vasseur a surpris les observateurs. Marie Vasseur était adjointe.",
        ),
    ],
    ids=["unknown-actor", "possessive", "thing-elected", "cause", "two-winners", "no-post"],
)
def test_no_card_when_not_read_whole(extract_text: Any, text: str) -> None:
    asked = prompts(extract_text, text)
    assert not any(p.startswith(("Qui a remporté", "Qui a été élu")) for p, _ in asked), asked


def test_the_body_telling_it_gives_one_card(extract_text: Any) -> None:
    text = article(
        "Cyclisme : Marc Dalon remporte le Grand Prix de Vermel",
        "Le Néerlandais Marc Dalon a remporté dimanche 2 mai 2021 le Grand Prix de Vermel, devant "
        "Paul Arnaud.",
    )
    winners = [p for p, a in prompts(extract_text, text) if p.startswith("Qui a remporté")]
    assert winners == ["Qui a remporté le Grand Prix de Vermel le 2 mai 2021 ?"]
