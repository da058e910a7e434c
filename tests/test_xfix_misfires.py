"""Must-not-fire cases from the session's review, on invented sentences: verbs that are no order
or failure, and title words that only look like the story's verb."""

from __future__ import annotations

from typing import Any

import pytest

from generators.extract.types.action_story import echoes_title
from tests.test_q3_action_story import actions

NO_ORDER_OR_FAILURE = [
    "Le chanteur a imposé son style dès son premier album.",
    "Les syndicats exigent une hausse avant la fin du mois.",
    "Nadia Ferrand a perdu son père l'an dernier.",
    "La directrice exige le silence pendant les répétitions.",
    "Le vent a imposé une pause aux coureurs avant midi.",
    "Le boulanger a perdu ses clés sur le marché.",
]


@pytest.mark.parametrize("sentence", NO_ORDER_OR_FAILURE)
def test_no_order_or_failure_from_everyday_verbs(nlp: Any, sentence: str) -> None:
    kinds = {fact["kind"] for fact in actions(nlp, sentence)}
    assert not kinds & {"order", "failure"}


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Le préfet a ordonné la fermeture du marché avant la fin du mois.", "order"),
        ("Le projet de piscine a été abandonné par la commune.", "failure"),
    ],
)
def test_an_order_or_a_failure_stated_by_its_verb(nlp: Any, sentence: str, kind: str) -> None:
    assert kind in {fact["kind"] for fact in actions(nlp, sentence)}


ECHOES = [
    ("porter", "porté", "La porte du musée restera fermée", False),
    ("porter", "portée", "Les voisins portent plainte contre l'usine", True),
    ("partir", "parti", "Le parti vainqueur fête sa victoire", False),
    ("marcher", "marché", "Le marché de Noël ouvre samedi", False),
    ("reporter", "reporté", "Le lancement de la sonde reporté à mai", True),
    ("remporter", "remporté", "Marie Lenoir remporte l'élection", True),
    ("élire", "élue", "Sophie Girard est élue maire de Dijon", True),
    ("adopter", "adopté", "Le Sénat vote la loi sur l'eau", False),
]


@pytest.mark.parametrize(("lemma", "written", "title", "expected"), ECHOES)
def test_a_title_word_echoes_only_by_lemma_or_written_participle(
    lemma: str, written: str, title: str, expected: bool
) -> None:
    assert echoes_title(lemma, written, title) is expected


NAMES_BEFORE_A_TITLE = [
    ("Le festival attire du monde, a déclaré Saint Malo Tourisme, partenaire de l'événement.", []),
    ("Tout va bien, a expliqué Port Lavande Tourisme, partenaire du salon.", []),
    ("Les ventes montent, a indiqué Vallée Verte Conseil, prestataire de la ville.", []),
    (
        "Le projet avance, a déclaré Lucie Marchal Oyono, directrice des ventes de la société.",
        ["Lucie Marchal Oyono"],
    ),
]


@pytest.mark.parametrize(("text", "names"), NAMES_BEFORE_A_TITLE)
def test_names_before_a_title_need_a_first_name(nlp: Any, text: str, names: list[str]) -> None:
    from generators.extract import name_patterns

    doc = nlp(text)
    found = [doc[a:b].text for a, b in name_patterns.names_before_a_title(doc)]
    assert found == names
