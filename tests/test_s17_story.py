"""The main story of session 17: a vote's tally asked once with its decision (« Quel a été le
résultat du vote … ? »). Invented sentences, through the tally reader and the real question
builder (spaCy)."""

from __future__ import annotations

from typing import Any

import pytest

from generators.extract.types.action_tally import read_tally
from generators.questions import Explanation, explain_questions
from generators.records import Selection

HEADER = {"slug": "t", "title": "Vallon : une séance agitée", "date": "2021-04-08"}


def cards(extract_text: Any, body: str, title: str = HEADER["title"]) -> Explanation:
    facts = extract_text(f"{title}\n\n{body}")
    return explain_questions(facts, HEADER | {"title": title}, selection=Selection(per_fact=0))


def asked(explanation: Explanation) -> list[tuple[str, str]]:
    return [(q.prompt, q.answer) for q in explanation.kept]


# --- family 1: a vote's tally ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Trente-quatre membres ont voté pour la motion.", {"votes_for": 34, "voters": "membres"}),
        ("Douze ont voté contre : Vallon, Brova et Sarn.", {"votes_against": 12}),
        ("Neuf autres se sont abstenus.", {"abstentions": 9}),
        (
            "Le texte a été adopté par 312 voix contre 87.",
            {"votes_for": 312, "votes_against": 87},
        ),
        ("On compte 140 voix pour, 52 contre et 6 abstentions.", {"votes_for": 140}),
        (
            "Quarante et un députés ont voté pour le projet, dix-sept contre.",
            {"votes_for": 41, "voters": "députés"},
        ),
        ("Les 15 sénateurs de l'île ont voté contre la réforme.", {"votes_against": 15}),
    ],
)
def test_tally_read(sentence: str, expected: dict[str, Any]) -> None:
    found = read_tally(sentence)
    assert {k: found.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Trois mille électeurs ont voté pour la première fois.",  # a first time, not a text
        "Vingt élus ont voté pour Paul Vernet.",  # a candidate
        "Dix membres n'ont pas voté pour la motion.",  # negated
        "Douze membres auraient voté contre la motion.",  # a condition
        "En 2019 ont voté pour la motion les élus de Sarn.",  # a year
        "Selon un sondage, 60 % ont voté pour la réforme.",  # a share
        "Le club compte 300 membres depuis mars.",  # no vote
    ],
)
def test_tally_not_read(sentence: str) -> None:
    assert read_tally(sentence) == {}


def test_rejection_by_votes_not_read_forward() -> None:
    """After « rejeter », « par 30 voix contre 12 » may count the 30 against: not read."""
    assert read_tally("La motion a été rejetée par 30 voix contre 12.", forward=False) == {}


def test_tally_card(extract_text: Any) -> None:
    body = (
        "8 avril 2021. –\n"
        "Le 7 avril, le conseil régional de Vallon a adopté la loi sur les marais de Brova. "
        "Trente-quatre conseillers ont voté pour la loi. Douze ont voté contre. "
        "Neuf autres se sont abstenus.\n"
    )
    kept = asked(cards(extract_text, body))
    tallies = [(p, a) for p, a in kept if p.startswith("Quel a été le résultat du vote")]
    assert tallies == [
        (
            "Quel a été le résultat du vote du conseil régional de Vallon le 7 avril 2021 "
            "sur la loi sur les marais de Brova ?",
            "34 pour, 12 contre, 9 abstentions",
        )
    ]
    assert not any("Qui a voté" in p and "conseillers" in a for p, a in kept)


def test_no_tally_without_decision(extract_text: Any) -> None:
    body = (
        "8 avril 2021. –\n"
        "Les habitants de Vallon étaient appelés aux urnes jeudi. "
        "Trente-quatre conseillers ont voté pour la loi. Douze ont voté contre.\n"
    )
    assert not any(
        p.startswith("Quel a été le résultat") for p, _ in asked(cards(extract_text, body))
    )


def test_tally_in_decision_sentence_keeps_both_cards(extract_text: Any) -> None:
    body = (
        "8 avril 2021. –\n"
        "Le 6 avril, le Sénat de Brova a adopté la loi sur les marais de Sarn "
        "par 201 voix contre 112.\n"
    )
    kept = asked(cards(extract_text, body))
    assert (
        "Quel a été le résultat du vote du Sénat de Brova le 6 avril 2021 sur la loi "
        "sur les marais de Sarn ?",
        "201 pour, 112 contre",
    ) in kept
    assert any(p.startswith("Qui a adopté la loi sur les marais de Sarn") for p, _ in kept)


def test_tally_for_and_against_in_one_phrase() -> None:
    found = read_tally("Le conseil a approuvé le budget à 25 voix pour et 8 contre.")
    assert (found.get("votes_for"), found.get("votes_against")) == (25, 8)


# --- family 2: a winner told by a pronominal verb (« s'est imposée dans la course ») -----------

WINS = [
    (
        "Léa Morel s'est imposée dimanche dans la course de Vallon.",
        "Qui s’est imposée dans la course de Vallon",
        "Léa Morel",
    ),
    (
        "Le Brovien Marc Tissot s'impose au sprint lors du marathon de Sarn.",
        "Qui s’est imposé au sprint lors du marathon de Sarn",
        "Marc Tissot",
    ),
    (
        "La skieuse Anne Vasseur s'est imposée sur le slalom de Brova.",
        "Qui s’est imposée sur le slalom de Brova",
        "Anne Vasseur",
    ),
]


@pytest.mark.parametrize(("sentence", "prompt", "answer"), WINS)
def test_pronominal_win(extract_text: Any, sentence: str, prompt: str, answer: str) -> None:
    kept = asked(cards(extract_text, f"8 avril 2021. –\n{sentence}\n"))
    assert any(p.startswith(prompt) and a == answer for p, a in kept), kept


@pytest.mark.parametrize(
    "sentence",
    [
        "Le préfet de Vallon a imposé un couvre-feu dans la ville.",  # not pronominal
        "La neige s'est imposée comme le sujet du jour à Vallon.",  # « comme »: no contest
        "Paul Vernet ne s'est pas imposé lors de la course de Sarn.",  # negated
        "Si Léa Morel s'impose dimanche à Vallon, elle sera qualifiée.",  # a condition
        "Paul Vernet s'est imposé.",  # says too little to ask
    ],
)
def test_pronominal_win_not_read(extract_text: Any, sentence: str) -> None:
    facts = extract_text(f"Vallon : une semaine agitée\n\n8 avril 2021. –\n{sentence}\n")
    assert not [f for f in facts if f.type == "action" and f.get("kind") == "win"]


# --- family 3: a death and its age (« s'est éteint à l'âge de 91 ans » told « est mort ») -----

DEATHS = [
    (
        "Le peintre Luc Armand s'est éteint mardi à l'âge de 91 ans.",
        "Luc Armand est-il mort",
        "à 91 ans",
    ),
    (
        "La chanteuse Alice Moreau s'est éteinte le 5 avril à Sarn, à 77 ans.",
        "Alice Moreau est-elle morte",
        "à 77 ans",
    ),
    (
        "L'écrivain Jean Fabre est mort le 6 avril à l'âge de 84 ans.",
        "Jean Fabre est-il mort",
        "à 84 ans",
    ),
    (
        "La chanteuse Lise Garnier est décédée mardi à 71 ans.",
        "Lise Garnier est-elle décédée",
        "à 71 ans",
    ),
    (
        "Paul Lanvin, âgé de 66 ans, est décédé le 6 avril à Sarn.",
        "Paul Lanvin est-il décédé",
        "à 66 ans",
    ),
]


@pytest.mark.parametrize(("sentence", "who", "age"), DEATHS)
def test_death_age(extract_text: Any, sentence: str, who: str, age: str) -> None:
    kept = asked(cards(extract_text, f"8 avril 2021. –\n{sentence}\n"))
    assert (f"À quel âge {who} ?", age) in kept, kept


@pytest.mark.parametrize(
    "sentence",
    [
        "Le feu s'est éteint dans la nuit à Vallon.",  # a thing
        "L'incendie de la forêt de Brova s'est éteint mardi.",  # a thing
        "Le chanteur Marc Blanc ne s'est pas éteint, contrairement à la rumeur.",  # negated
        "Deux randonneurs sont morts dans une avalanche près de Vallon.",  # no one named, no age
    ],
)
def test_death_age_not_asked(extract_text: Any, sentence: str) -> None:
    kept = asked(cards(extract_text, f"8 avril 2021. –\n{sentence}\n"))
    assert not any(p.startswith("À quel âge") for p, _ in kept)


# --- family 4: a place or a lead taken (« a pris la troisième place du slalom ») ---------------

PLACES = [
    (
        "Anna Ferri a pris la troisième place du slalom de Vallon.",
        "Qui a pris la troisième place du slalom de Vallon",
        "Anna Ferri",
    ),
    (
        "Léa Morel a pris la tête du classement général de la coupe de Sarn.",
        "Qui a pris la tête du classement général de la coupe de Sarn",
        "Léa Morel",
    ),
    (
        "Le coureur Paul Vernet a arraché la victoire au sprint lors du Grand Prix de Sarn.",
        "Qui a arraché la victoire au sprint lors du Grand Prix de Sarn",
        "Paul Vernet",
    ),
]


@pytest.mark.parametrize(("sentence", "prompt", "answer"), PLACES)
def test_place_taken(extract_text: Any, sentence: str, prompt: str, answer: str) -> None:
    kept = asked(cards(extract_text, f"8 avril 2021. –\n{sentence}\n"))
    assert any(p.startswith(prompt) and a == answer for p, a in kept), kept


@pytest.mark.parametrize(
    "sentence",
    [
        "Le gouvernement de Vallon a pris des mesures contre la sécheresse.",  # no idiom
        "Paul Vernet a pris place dans la tribune du stade de Sarn.",  # no rank
        "Les manifestants ont pris la tête du cortège à Vallon.",  # no ranking
        "Le maire Marc Blanc a pris la première place dans les sondages à Vallon.",  # of what?
        "Anna Ferri n'a pas pris la troisième place du slalom de Vallon.",  # negated
    ],
)
def test_place_not_taken(extract_text: Any, sentence: str) -> None:
    facts = extract_text(f"Vallon : une semaine agitée\n\n8 avril 2021. –\n{sentence}\n")
    assert not [f for f in facts if f.type == "action" and f.get("kind") == "win"]
