"""Issue 14, quotes on unseen articles: three families, on invented sentences.

1. A body speaks a quote after a colon (« Mardi, l'organisation humanitaire X a déclaré dans un
   communiqué : « … » » → X), whatever the parse made of the subject; a role phrase when no name.
2. A partial quote after a verb of opinion and a complement of the medium or audience of speech
   (« Le Premier ministre a parlé à la télévision d'une « … » »); names, titles and slogans in
   quote marks are no quotes.
3. Words someone repeats from someone else (« A a rappelé les mots de B : « … » ») are B's.
"""

from __future__ import annotations

from typing import Any

import pytest

_HEAD = "Vossberg : un titre\n\n3 juin 2018. –\n"


def _quotes(extract_text: Any, text: str) -> list[tuple[Any, ...]]:
    facts = extract_text(_HEAD + text + "\n")
    return [(f.get("speaker"), f.get("text")) for f in facts if f.type == "quote"]


_SAFE = "Ces familles doivent être protégées. Nous demandons un couloir sûr pour elles."
_CALM = "Aucune victime n'est à déplorer à ce stade."
_BETRAYAL = "Cette décision est une trahison des salariés."
_RIVER = "La rivière est en danger depuis des années."


# --- 1. a body as the speaker of a quote after a colon --------------------------------------


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "Mardi, l'organisation humanitaire Médecins du Lac a déclaré dans un communiqué : "
            f"« {_SAFE} »",
            ("Médecins du Lac", _SAFE),
        ),
        (
            "Samedi, l'organisation non gouvernementale Médecins du Lac a déclaré dans un "
            "communiqué : « Que la police traque ces familles est profondément déplorable. Elles "
            "devraient être libérées immédiatement. »",
            (
                "Médecins du Lac",
                "Que la police traque ces familles est profondément déplorable. Elles devraient "
                "être libérées immédiatement.",
            ),
        ),
        (
            "Mardi, l'organisation humanitaire Médecins du Lac a déclaré dans un communiqué :"
            f"\n\n« {_SAFE} »",
            ("Médecins du Lac", _SAFE),
        ),
        (
            "Mardi, l'association Terre Bleue a déclaré dans un communiqué : « Ces familles "
            "doivent être protégées. »",
            ("Terre Bleue", "Ces familles doivent être protégées."),
        ),
        (
            f"L'association Les Amis du Lorvin a estimé dans un communiqué : « {_RIVER} »",
            ("Les Amis du Lorvin", _RIVER),
        ),
        (
            f"Selon un communiqué de l'association Les Amis du Lorvin : « {_RIVER} »",
            ("l'association Les Amis du Lorvin", _RIVER),
        ),
        (
            f"Le syndicat Union Portuaire Libre a réagi : « {_BETRAYAL} »",
            ("Union Portuaire Libre", _BETRAYAL),
        ),
        (
            f"Lundi, le syndicat des dockers de Vanville a réagi : « {_BETRAYAL} »",
            ("le syndicat des dockers de Vanville", _BETRAYAL),
        ),
        (f"La préfecture a indiqué : « {_CALM} »", ("La préfecture", _CALM)),
        (
            f"Dans un communiqué, la préfecture du Morvalais a indiqué : « {_CALM} »",
            ("la préfecture du Morvalais", _CALM),
        ),
    ],
)
def test_a_body_speaks_the_quote_its_clause_announces(
    extract_text: Any, text: str, quote: tuple[str, str]
) -> None:
    assert _quotes(extract_text, text) == [quote]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (  # a person's role in a body: the role, not the body
            f"Le directeur de la préfecture a indiqué : « {_CALM} »",
            ("Le directeur de la préfecture", _CALM),
        ),
        (  # the body's spokesman is named: the person
            "Mardi, le porte-parole de l'association Terre Bleue, Paul Vernet, a déclaré : "
            "« Ces familles doivent être protégées. »",
            ("Paul Vernet", "Ces familles doivent être protégées."),
        ),
        (  # the body is the audience, not the speaker
            "Le maire Paul Vernet a déclaré devant l'association Terre Bleue : « Ces familles "
            "doivent être protégées. »",
            ("Paul Vernet", "Ces familles doivent être protégées."),
        ),
    ],
)
def test_a_body_not_subject_of_the_verb_does_not_speak(
    extract_text: Any, text: str, quote: tuple[str, str]
) -> None:
    assert _quotes(extract_text, text) == [quote]


@pytest.mark.parametrize(
    "text",
    [
        "La liste de l'association comprend : « des tentes, des couvertures et des vivres ».",
        "Mardi, la fédération a publié la liste de ses membres : « Terre Bleue, Les Amis du "
        "Lorvin et Médecins du Lac ».",
    ],
)
def test_a_colon_without_speech_gives_no_body_quote(extract_text: Any, text: str) -> None:
    assert _quotes(extract_text, text) == []


# --- 2. partial quotes after a verb of opinion -----------------------------------------------

_NAMED = "Paul Vernet est Premier ministre depuis 2015.\n"


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            _NAMED + "Le Premier ministre a par la suite parlé sur la télévision d'État d'une "
            "« attaque bien orchestrée ».",
            ("Paul Vernet", "attaque bien orchestrée"),
        ),
        (
            _NAMED + "Le Premier ministre a ensuite parlé à la télévision d'une « attaque bien "
            "préparée ».",
            ("Paul Vernet", "attaque bien préparée"),
        ),
        (
            "Le Premier ministre a ensuite parlé à la télévision d'une « attaque bien préparée ».",
            ("Le Premier ministre", "attaque bien préparée"),
        ),
        (
            "Claire Morel a parlé devant les députés d'un « moment historique pour le pays ».",
            ("Claire Morel", "moment historique pour le pays"),
        ),
        (
            "Claire Morel a parlé lors de son discours au port d'une « journée noire pour les "
            "pêcheurs ».",
            ("Claire Morel", "journée noire pour les pêcheurs"),
        ),
        (
            "La maire Claire Morel a dénoncé à la radio une « décision prise sans concertation ».",
            ("Claire Morel", "décision prise sans concertation"),
        ),
        (
            "Le ministre Paul Vernet a qualifié à l'antenne le projet de « pure folie "
            "budgétaire ».",
            ("Paul Vernet", "pure folie budgétaire"),
        ),
        (
            "Claire Morel a évoqué devant les députés une « attaque bien orchestrée ».",
            ("Claire Morel", "attaque bien orchestrée"),
        ),
        (
            "Claire Morel a décrit la situation comme « une crise sans précédent ».",
            ("Claire Morel", "une crise sans précédent"),
        ),
        (  # adjectives after a noun of naming: a judgement, not a name
            "Claire Morel a dénoncé une campagne « brutale et injuste ».",
            ("Claire Morel", "brutale et injuste"),
        ),
        (  # words opening on a verb after a noun of naming: the noun is their subject
            "Selon le fournisseur Vanbox, l'opération « visait à assurer le bon déroulement des "
            "examens ».",
            ("Vanbox", "visait à assurer le bon déroulement des examens"),
        ),
        (  # « marque » is a verb here, not the noun of a brand
            "Selon le président Paul Vernet, ce prêt marque « un nouveau chapitre ».",
            ("Paul Vernet", "un nouveau chapitre"),
        ),
    ],
)
def test_a_partial_quote_after_a_verb_of_opinion(
    extract_text: Any, text: str, quote: tuple[str, str]
) -> None:
    assert _quotes(extract_text, text) == [quote]


@pytest.mark.parametrize(
    "text",
    [
        "Le club a rejoint le groupe « Les Amis du port » en 2010.",
        "Claire Morel a parlé sur la radio locale de « Les Amis du port », son groupe préféré.",
        "Claire Morel a parlé à la presse du slogan « tous ensemble pour le port ».",
        "Claire Morel a parlé à la presse de son livre « la mer est à nous ».",
        "Claire Morel a lancé l'opération « ports propres et ouverts ».",
    ],
)
def test_names_titles_and_slogans_in_marks_are_no_quotes(extract_text: Any, text: str) -> None:
    assert _quotes(extract_text, text) == []


# --- 3. words repeated from someone else ----------------------------------------------------

_NEVER = "Nous ne céderons jamais devant la peur."
_PORT = "Le port doit rester public et ouvert à tous."
_UNWORTHY = "Ces paroles sont indignes d'un élu de la République."


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            f"Jeanne Dufort a rappelé les mots de Marc Olier : « {_NEVER} »",
            ("Marc Olier", _NEVER),
        ),
        (
            f"Jeanne Dufort a ressorti une phrase de Marc Olier qui disait en 2012 : « {_PORT} »",
            ("Marc Olier", _PORT),
        ),
        (
            f"Jeanne Dufort a cité une phrase célèbre de l'ancien maire Marc Olier : « {_PORT} »",
            ("Marc Olier", _PORT),
        ),
        (
            "Marc Olier est un écrivain né à Vanville.\nLes paroles de l'écrivain sont : "
            f"« {_PORT} »",
            ("Marc Olier", _PORT),
        ),
        (
            f"Jeanne Dufort a rappelé les mots de Marc Olier :\n« {_NEVER} »",
            ("Marc Olier", _NEVER),
        ),
        (
            f"Lundi, Jeanne Dufort a repris les propos de Marc Olier : « {_NEVER} »",
            ("Marc Olier", _NEVER),
        ),
        (
            "Jeanne Dufort a partagé sur son compte un message de la mairie : « La fête du "
            "port est annulée cette année. »",
            ("la mairie", "La fête du port est annulée cette année."),
        ),
        (
            f"Jeanne Dufort a rappelé que Marc Olier avait déclaré : « {_NEVER} »",
            ("Marc Olier", _NEVER),
        ),
    ],
)
def test_repeated_words_are_their_first_speaker_s(
    extract_text: Any, text: str, quote: tuple[str, str]
) -> None:
    assert _quotes(extract_text, text) == [quote]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (  # an answer to someone's words: the answer is the subject's
            f"Jeanne Dufort a répondu aux propos de Marc Olier : « {_UNWORTHY} »",
            ("Jeanne Dufort", _UNWORTHY),
        ),
        (  # a judgement on someone's words: the subject's
            f"Jeanne Dufort a dénoncé les propos de Marc Olier : « {_UNWORTHY} »",
            ("Jeanne Dufort", _UNWORTHY),
        ),
        (  # another clause before the colon: its own speaker
            "Jeanne Dufort a rappelé les mots de Marc Olier, puis elle a ajouté : « Nous "
            "sommes très émus ce soir. »",
            ("Jeanne Dufort", "Nous sommes très émus ce soir."),
        ),
        (  # her own words
            f"Jeanne Dufort a rappelé sa phrase de campagne : « {_NEVER} »",
            ("Jeanne Dufort", _NEVER),
        ),
        (f"Jeanne Dufort a déclaré : « {_NEVER} »", ("Jeanne Dufort", _NEVER)),
    ],
)
def test_words_not_repeated_stay_the_subject_s(
    extract_text: Any, text: str, quote: tuple[str, str]
) -> None:
    assert _quotes(extract_text, text) == [quote]


def test_repeated_words_have_their_own_confidence(extract_text: Any) -> None:
    facts = extract_text(_HEAD + f"Jeanne Dufort a rappelé les mots de Marc Olier : « {_NEVER} »\n")
    quotes = [f for f in facts if f.type == "quote"]
    assert [(q.get("speaker"), q.get("confidence")) for q in quotes] == [("Marc Olier", 0.8)]


_MOVED = "Nous sommes très émus ce soir."


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (f"Jeanne Dufort a salué Marc Olier et Paul Vernet a ajouté : « {_MOVED} »", "Paul Vernet"),
        (
            f"Jeanne Dufort a salué Marc Olier, puis Paul Vernet a ajouté : « {_MOVED} »",
            "Paul Vernet",
        ),
        (  # one subject for two names: both speak
            f"Jeanne Dufort et Paul Vernet ont déclaré : « {_MOVED} »",
            "Jeanne Dufort et Paul Vernet",
        ),
        (  # one subject for both verbs
            f"Jeanne Dufort a rencontré Marc Olier et a déclaré : « {_MOVED} »",
            "Jeanne Dufort",
        ),
        (  # the « que » clause ends at the comma: the subject speaks
            f"Jeanne Dufort, qui a dit que Marc Olier était absent, a déclaré : « {_MOVED} »",
            "Jeanne Dufort",
        ),
        (  # « et » inside a long apposition: the subject speaks
            "Le directeur du club, Jean Collet, qui a dépensé 10 millions d'euros pour signer "
            "Marc Olier, et une somme de 5 millions pour signer le jeune Paul Vernet cette "
            f"saison, a déclaré : « {_MOVED} »",
            "Jean Collet",
        ),
    ],
)
def test_the_speech_verb_s_own_clause_names_the_speaker(
    extract_text: Any, text: str, speaker: str
) -> None:
    assert _quotes(extract_text, text) == [(speaker, _MOVED)]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "Dans un communiqué publié mardi, l'ambassade de Vossberg a indiqué : « Aucun "
            "ressortissant n'est blessé. »",
            ("l'ambassade de Vossberg", "Aucun ressortissant n'est blessé."),
        ),
        (
            "La municipalité a annoncé : « Les écoles resteront fermées lundi. »",
            ("La municipalité", "Les écoles resteront fermées lundi."),
        ),
    ],
)
def test_more_bodies_speak(extract_text: Any, text: str, quote: tuple[str, str]) -> None:
    assert _quotes(extract_text, text) == [quote]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (f"Jeanne Dufort a répondu à Marc Olier qui disait en 2012 : « {_PORT} »", "Marc Olier"),
        (
            f"Jeanne Dufort a répondu à Marc Olier, qui avait déclaré la veille : « {_PORT} »",
            "Marc Olier",
        ),
        (
            f"Jeanne Dufort a répondu à Marc Olier, qui avait déclaré à la presse : « {_PORT} »",
            "Marc Olier",
        ),
        (f"Jeanne Dufort a répondu à Marc Olier, qui avait déclaré : « {_PORT} »", "Marc Olier"),
    ],
)
def test_the_relative_s_antecedent_speaks_past_a_short_complement(
    extract_text: Any, text: str, speaker: str
) -> None:
    assert _quotes(extract_text, text) == [(speaker, _PORT)]


def test_no_speech_verb_in_the_relative_gives_no_quote(extract_text: Any) -> None:
    text = (
        "Jeanne Dufort a salué Marc Olier, qui a reçu en 2012 : « une médaille d'or pour son "
        "travail au port »."
    )
    assert _quotes(extract_text, text) == []
