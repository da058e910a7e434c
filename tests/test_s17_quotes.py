"""Quote facts on invented news sentences (session 17): quotes announced by a colon (at the end of
the previous paragraph, after a gerund, after an infinitive's governing verb), bodies and countries
speaking partial quotes, titles kept whole, pronoun speakers, and quoted names that are no speech;
each family with its must-not-fire cases."""

from __future__ import annotations

from typing import Any

import pytest

Case = tuple[str, list[tuple[str | None, str]]]


def _speakers(extract_text: Any, text: str) -> list[tuple[str | None, str]]:
    facts = [f.to_dict() for f in extract_text("Titre\n\n" + text) if f.type == "quote"]
    return [(q["speaker"], " ".join(q["text"].split()[:3])) for q in facts]


# A quote in a paragraph of its own after a paragraph ending on « <speech verb> … : », a colon after
# a gerund of speech (« en disant : »), after an infinitive whose governing verb has the subject,
# and after a name and its apposition; a colon after no speech announces no speaker.
ANNOUNCED: list[Case] = [
    (
        "Le ministre de la Santé Paul Rivet a commenté ainsi la décision :\n\n« Nous ne céderons "
        "rien. Le projet avance. »",
        [("Paul Rivet", "Nous ne céderons")],
    ),
    (
        "La directrice de l'école, Claire Fontan, a déclaré :\n\n« Les familles méritent des "
        "réponses. »",
        [("Claire Fontan", "Les familles méritent")],
    ),
    (
        "Claire Fontan a parlé au conseil. Marc Vernet lui a répondu :\n\n« Nous ne céderons "
        "rien sur ce point. »",
        [("Marc Vernet", "Nous ne céderons")],
    ),
    (
        "Le maire Hugo Tessier s'est adressé au conseil en disant : « Aujourd'hui, les gens que je "
        "veux saluer sont les bénévoles ».",
        [("Hugo Tessier", "Aujourd'hui, les gens")],
    ),
    (
        "La ministre Claire Fontan a ouvert la séance en expliquant : « Nous ne céderons rien sur "
        "ce point ».",
        [("Claire Fontan", "Nous ne céderons")],
    ),
    (
        "Marc Delorme, le ministre des Finances, refuse de céder à la décision du comité : "
        '"Nous écoutons tout le monde, mais nous ne reculons pas".',
        [("Marc Delorme", "Nous écoutons tout")],
    ),
    (
        "À la veille du vote, qui aura lieu en mars, le syndicat des pilotes a proposé aux chefs "
        "des régions de signer une "
        "déclaration : « Nous voulons un vote rapide sur la loi. »",
        [("le syndicat des pilotes", "Nous voulons un")],
    ),
    # must not fire: a colon that announces a list, a caption or a programme, not speech
    ("La liste des invités comprend :\n\n« Jean Roux, Paul Vernet et Marie Lacombe ».", []),
    (
        "Paul Roux est venu. Voici le programme de la journée :\n\n« Nous partirons à midi et "
        "nous rentrerons le soir. »",
        [],
    ),
    ("Le maire Hugo Tessier est arrivé en courant : « Le stade de Kermor sous la neige ».", []),
]


@pytest.mark.parametrize(("text", "expected"), ANNOUNCED)
def test_announced_quotes(extract_text: Any, text: str, expected: list[Any]) -> None:
    assert _speakers(extract_text, text) == expected
