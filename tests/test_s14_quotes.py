"""Quote speakers on invented news sentences (session 14): incises with an adverb after the
auxiliary, « il » chains across paragraphs, « avant d'ajouter : », nested quote marks, titles
with one given name, named bodies, colons after a communiqué, reports that follow a closed
quote, phrases opening on a figure, and the must-not-fire case of each."""

from __future__ import annotations

from typing import Any

import pytest

Case = tuple[str, list[tuple[str | None, str]]]


def _speakers(extract_text: Any, text: str) -> list[tuple[str | None, str]]:
    facts = [f.to_dict() for f in extract_text("Titre\n\n" + text) if f.type == "quote"]
    return [(q["speaker"], " ".join(q["text"].split()[:3])) for q in facts]


# « « … », a-t-il d'abord affirmé »: adverbs and fillers between the auxiliary and the speech
# verb; not when the verb past them says nothing (« a-t-il d'abord acheté »).
INCISES: list[Case] = [
    (
        "Paul Rivet a visité le port de Lormont. « Nous rouvrirons les quais au printemps », "
        "a-t-il d'abord affirmé devant les élus.",
        [("Paul Rivet", "Nous rouvrirons les")],
    ),
    (
        "Sophie Garnier a visité l'usine. « La chaîne tourne à plein depuis mars », "
        "a-t-elle aussi martelé.",
        [("Sophie Garnier", "La chaîne tourne")],
    ),
    (
        "« Le tournoi reprendra dès que le terrain sera sec », a pour sa part commenté "
        "l'Union sportive de Valmont.",
        [("l'Union sportive de Valmont", "Le tournoi reprendra")],
    ),
    (
        "Paul Rivet a visité le port. « Les Dunes bleues », a-t-il d'abord acheté au marché.",
        [],
    ),
]


# « il » after a paragraph whose subject is « il » too: the person named before the run, not a
# person named inside quoted words nor after « par ».
CHAINS: list[Case] = [
    (
        "La parole revient alors à Paul Rivet.\n\n"
        "Il a ensuite lu sa lettre aux marins. « Nous avons une dette envers Marc Tollin et "
        "ses gardiens de phare. Ils ont tenu bon », a-t-il affirmé.\n\n"
        "Il s'est engagé à agir, en promettant de « rouvrir trois écoles de voile sur la côte ».",
        [
            ("Paul Rivet", "Nous avons une"),
            ("Paul Rivet", "rouvrir trois écoles"),
        ],
    ),
    (
        "La parole revient alors à Paul Rivet. Il a pris un stylo offert par Marc Tollin.\n\n"
        "« Nous ferons mieux que prévu cette année », a-t-il d'abord affirmé.",
        [("Paul Rivet", "Nous ferons mieux")],
    ),
    (
        "Paul Rivet et Marc Tollin ont signé l'accord. Marc Tollin a ensuite quitté la salle.\n\n"
        "Il a prononcé un discours.\n\n« Nous ferons mieux que prévu cette année », "
        "a-t-il d'abord affirmé.",
        [("Marc Tollin", "Nous ferons mieux")],
    ),
]


# « « A », a dit X, avant d'ajouter : « B » » and « Avant d'ajouter : « B » » right after X's
# words: B is X's; not after a verb that says nothing (« avant de partir : »).
RELAYS: list[Case] = [
    (
        "Paul Rivet a quitté la flotte en 1990. Il sculpte depuis le bois flotté. « Chaque "
        "branche raconte un voyage », a-t-il expliqué en 2001 au journal Le Matin, "
        "avant d'ajouter : « Je garde les plus tordues pour les enfants du port ».",
        [("Paul Rivet", "Chaque branche raconte"), ("Paul Rivet", "Je garde les")],
    ),
    (
        "Le ministre Paul Rivet a expliqué que « la ville attend des moyens pour ses écoles ». "
        "Avant d'ajouter : « Nous voulons ouvrir ces écoles dès la rentrée prochaine ».",
        [("Paul Rivet", "la ville attend"), ("Paul Rivet", "Nous voulons ouvrir")],
    ),
    (
        "« Chaque branche raconte un voyage », a expliqué Paul Rivet, "
        "avant de partir : « La Mer du Nord », un tableau de 1890.",
        [("Paul Rivet", "Chaque branche raconte")],
    ),
]


# Quote marks nested in a quote (« A « B » C ») close with the outer mark.
NESTED: list[Case] = [
    (
        "Paul Rivet a expliqué : « Le programme « Plan Vert » plantera mille arbres avant "
        "l'hiver dans les cours d'école ».",
        [("Paul Rivet", "Le programme «")],
    ),
    (
        "Paul Rivet a présenté le film « Les Dunes ». « Nous tournerons la suite à Lormont "
        "dès l'été prochain », a-t-il déclaré.",
        [("Paul Rivet", "Nous tournerons la")],
    ),
]


# A title and one given name (« le pape Léon ») is not the person of that first name named
# before (« Léon Dumas »); a named body (« la Société des lecteurs (SDL) de X », an acronym) is
# not a demonym (« l'Uruguayen ») standing for the last person named.
NAMED: list[Case] = [
    (
        "Léon Dumas a réagi sur les réseaux sociaux. Le pape Léon « prie pour les pêcheurs "
        "disparus en mer ».",
        [("Le pape Léon", "prie pour les")],
    ),
    (
        "Paul Rivet doit rejoindre la radio. La Société des lecteurs (SDL) de Valmont explique "
        "alors, par un communiqué, avoir « reçu sans surprise la nomination de Paul Rivet à la "
        "rédaction ».",
        [("La Société des lecteurs (SDL) de Valmont", "reçu sans surprise")],
    ),
    (
        "Paul Rivet a vendu ses parts. En mai, l'ONGV a déclaré qu'elle quittait le pays, "
        "déplorant un climat « de plus en plus hostile aux bénévoles ».",
        [("l'ONGV", "de plus en")],
    ),
]


# « X a adressé un communiqué : « … » »: X, the subject of the verb governing the document noun.
COLONS: list[Case] = [
    (
        "Après le vote des élus, la direction du groupe Lorval avait adressé un communiqué de "
        "trois lignes : « Le texte des élus ignore nos efforts. Nous maintiendrons les horaires "
        "d'été ».",
        [("la direction du groupe Lorval", "Le texte des")],
    ),
    (
        "La direction du groupe Lorval avait acheté un tableau : « La Mer du Nord ».",
        [],
    ),
]


# A quote that ends its sentence does not run on into the next one: « « … voisin. » Il ajoute que
# « … » » is two reports; « « A » et de « B » » is still one quote.
REPORTS: list[Case] = [
    (
        "Le maire du village, Paul Rivet, a déclaré que la commune était « en deuil après le "
        "départ de [son] voisin. » Il ajoute que « la fanfare jouera pour lui samedi. Tout le "
        "village viendra. »",
        [("Paul Rivet", "en deuil après"), ("Paul Rivet", "la fanfare jouera")],
    ),
]


# A phrase quoted after a preposition in a speech verb's clause may open on a figure; a
# lower-case phrase after a preposition with no speech verb (a purpose, a description) is not
# the subject's words.
PHRASES: list[Case] = [
    (
        "Paul Rivet, le ministre des Transports, a signé un accord. Le ministre des Transports "
        "rappelle que le pays a besoin de « 40 rames neuves et de 12 bus électriques ».",
        [("Paul Rivet", "40 rames neuves")],
    ),
    (
        "Paul Rivet a décidé de se rendre à la mairie de Lormont pour « une visite des ateliers "
        "de poterie, alors que le jardin partagé est ouvert au public ».",
        [],
    ),
    (
        "Paul Rivet a déclaré qu'il se rendrait à la mairie de Lormont pour « une visite des "
        "ateliers de poterie, alors que le jardin partagé est ouvert au public ».",
        [("Paul Rivet", "une visite des")],
    ),
]


# « il » after « Les X sont …, selon Paul Rivet, … »: a plural subject is no « il »; the
# person of « selon » is who the sentence is about. No « selon »: no speaker rather than a guess.
SOURCED: list[Case] = [
    (
        "Les blessés sont surtout des marins, selon Paul Rivet, préfet maritime. Il ajoute que "
        "le sauvetage a permis le retour de « 40 pêcheurs sains et saufs ».",
        [("Paul Rivet", "40 pêcheurs sains")],
    ),
    (
        "Les blessés sont surtout des marins. Il ajoute que le sauvetage a permis le retour de "
        "« 40 pêcheurs sains et saufs ».",
        [],
    ),
]


# A verb of opinion the model reads as an adjective in a verb's place (« et évoque un « … » »)
# still reports the phrase; an adjective after a noun (« la note critique d'une « … » ») does not.
MISREAD: list[Case] = [
    (
        "Paul Rivet visite la salle des fêtes à 10 h et évoque un « odieux acte de vandalisme ».",
        [("Paul Rivet", "odieux acte de")],
    ),
    ("Paul Rivet a lu la note critique d'une « réforme mal préparée par le gouvernement ».", []),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    INCISES + CHAINS + RELAYS + NESTED + NAMED + COLONS + REPORTS + PHRASES + MISREAD + SOURCED,
)
def test_quote_speakers(
    extract_text: Any, text: str, expected: list[tuple[str | None, str]]
) -> None:
    assert _speakers(extract_text, text) == expected
