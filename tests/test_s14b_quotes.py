"""Quote speakers on invented news sentences (session 14, round two): quoted words that
complement a verb of speech or judgement, bodies called by their kind, and the must-not-fire
partner of each case."""

from __future__ import annotations

from typing import Any

import pytest

Case = tuple[str, list[tuple[str | None, str]]]


def _speakers(extract_text: Any, text: str) -> list[tuple[str | None, str]]:
    facts = [f.to_dict() for f in extract_text("Titre\n\n" + text) if f.type == "quote"]
    return [(q["speaker"], " ".join(q["text"].split()[:3])) for q in facts]


# The subject of a verb of speech or judgement speaks the quoted words of its complement, short
# as they may be: a person, a pronoun resolved, a country or a body as written. Quoted words after
# any other verb, or after a pronoun no one answers to, are no one's words.
COMPLEMENTS: list[Case] = [
    (
        "Le Portugal a condamné un « geste lâche » dimanche soir.",
        [("Le Portugal", "geste lâche")],
    ),
    ("Le Portugal a visité un « lieu secret » dimanche soir.", []),
    (
        "Paul Rivet est arrivé lundi au port. Il avait dénombré « 40 navires endommagés ».",
        [("Paul Rivet", "40 navires endommagés")],
    ),
    ("Il avait dénombré « 40 navires endommagés ».", []),
    (
        "Paul Rivet est arrivé lundi. Il avait dénombré « 40 navires endommagés » et "
        "« 12 marins disparus en mer ».",
        [("Paul Rivet", "40 navires endommagés"), ("Paul Rivet", "12 marins disparus")],
    ),
    ("Il avait dénombré « 40 navires endommagés » et « 12 marins disparus en mer ».", []),
    (
        "Sophie Garnier parle aux sinistrés. Elle remercie « les pompiers du canton ».",
        [("Sophie Garnier", "les pompiers du")],
    ),
    (
        "Sophie Garnier parle aux sinistrés. Elle rejoint « les pompiers du canton ».",
        [],
    ),
    (
        "Lisbonne accuse Madrid de vouloir « vider le fleuve ».",
        [("Lisbonne", "vider le fleuve")],
    ),
    (
        "La Norvège avait averti Berne en prévenant qu'il pourrait y avoir des « pertes lourdes ».",
        [("La Norvège", "pertes lourdes")],
    ),
    (
        "Paul Rivet indique notamment que cette mesure a été prise pour « protéger le port ».",
        [("Paul Rivet", "protéger le port")],
    ),
    ("Paul Rivet a vu que cette mesure a été prise pour « protéger le port ».", []),
    (
        "Sophie Garnier est la ministre de la Mer. La ministre a qualifié ces rejets "
        "« d'intolérables ».",
        [("Sophie Garnier", "d'intolérables")],
    ),
]


# A body called by its kind alone (« le groupe », « le quotidien ») is the one body of that kind
# the article names (« le groupe minier X »); with two of that kind, the phrase as written.
KINDS: list[Case] = [
    (
        "Le groupe minier Orbex a fermé un site. « Nous reprendrons l'activité en mars », "
        "a ajouté le groupe.",
        [("Orbex", "Nous reprendrons l'activité")],
    ),
    (
        "Le groupe Orbex et le groupe Talmine ont fermé un site. « Nous reprendrons "
        "l'activité en mars », a ajouté le groupe.",
        [("le groupe", "Nous reprendrons l'activité")],
    ),
    (
        "Le quotidien régional La Gazette du Causse rapporte les faits. Le quotidien note "
        "que la « saison s'annonce rude pour tous ».",
        [("La Gazette du Causse", "saison s'annonce rude")],
    ),
]


# « Selon <title phrase>, <Name>, … « … » »: the name in apposition; « Selon un haut responsable
# de X « … » »: an indefinite source speaks as the phrase, unless an anonymous one (« un proche »).
SOURCES: list[Case] = [
    (
        "Selon le négociateur pour l'industrie de la pêche, Marc Tollin, cette annonce est "
        "« une victoire pour notre métier et pour la région. »",
        [("Marc Tollin", "une victoire pour")],
    ),
    (
        "Selon un haut responsable de la police portuaire « il s'agit d'une rumeur sans "
        "fondement, les quais sont sûrs ».",
        [("un haut responsable de la police portuaire", "il s'agit d'une")],
    ),
    (
        "Selon un proche de la police portuaire « il s'agit d'une rumeur sans fondement, les "
        "quais sont sûrs ».",
        # session 29: an anonymous source speaks as written (the labelled gold names it so)
        [("un proche de la police portuaire", "il s'agit d'une")],
    ),
]


# An incise whose subject is a title speaks as the one person the article names with it, else
# as the phrase; a note call blanked by the reader (« [1] ») between the quote and its incise
# leaves the incise attributed; a speech verb inside a relative clause is no incise.
INCISES: list[Case] = [
    (
        "Marc Tollin est le chef de cabinet du maire. Il a été entendu mardi. « Il a quitté "
        "la salle avant la fin », a relaté le chef de cabinet.",
        [("Marc Tollin", "Il a quitté")],
    ),
    (
        "Le chef de cabinet était présent. « Il a quitté la salle avant la fin », a relaté le "
        "chef de cabinet.",
        [("le chef de cabinet", "Il a quitté")],
    ),
    (
        "Marc Rivet dirige la firme. « Un pari pour l'avenir » [1], explique-t-il.",
        [("Marc Rivet", "Un pari pour")],
    ),
    ("Marc Rivet dirige la firme. « Un pari pour l'avenir » [1], un titre de 1990.", []),
]

# A subject name before « que "…" » speaks, never the clause up to « que » (a speaker of more
# than six words with a comma is a clause taken for a name).
NAMES: list[Case] = [
    (
        "Paul Rivet, le maire du bourg, à posté sur son compte, par rapport aux faits de mardi, "
        'que "Ce qui est arrivé hier au port ne doit jamais se reproduire."',
        [("Paul Rivet", "Ce qui est")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), COMPLEMENTS + KINDS + SOURCES + INCISES + NAMES)
def test_quote_speakers(
    extract_text: Any, text: str, expected: list[tuple[str | None, str]]
) -> None:
    assert _speakers(extract_text, text) == expected
