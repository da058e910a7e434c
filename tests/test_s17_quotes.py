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


# A country or a body, subject of the verb that reports or judges quoted words, is their speaker
# (the phrase as written); not the noun a participle qualifies, nor an anonymous person.
BODIES: list[Case] = [
    (
        "La France a jugé cette décision « inacceptable et dangereuse ».",
        [("La France", "inacceptable et dangereuse")],
    ),
    (
        "Le ministère a dénoncé « une provocation sans précédent ».",
        [("Le ministère", "une provocation sans")],
    ),
    (
        "La Corée du Nord a annoncé « prendre toutes les mesures nécessaires pour que le Sud paie "
        "le prix de cet essai. »",
        [("La Corée du Nord", "prendre toutes les")],
    ),
    (
        "Le Vantor a qualifié l'essai de « menace pour la paix ».",
        [("Le Vantor", "menace pour la")],
    ),
    (
        "Dans le communiqué, Orvalis explique que le « nouveau service permettra aux clients de "
        "payer en ligne ».",
        [("Orvalis", "nouveau service permettra")],
    ),
    (
        "La fédération a dénoncé « un arbitrage partial et scandaleux ».",
        [("La fédération", "un arbitrage partial")],
    ),
    # must not fire: the noun a participle qualifies, a name in marks, a pronoun with no antecedent
    (
        "Les officiers considérés comme « réactionnaires et cléricaux » ont été écartés.",
        [],
    ),
    (
        "Les associations du collectif sont les associations dites du « groupe des onze ».",
        [],
    ),
    ("La France a inauguré le « Pont des Arts » lundi.", []),
    ("Il a affirmé que la réforme était « une erreur historique ».", []),
]


@pytest.mark.parametrize(("text", "expected"), BODIES)
def test_bodies_speak_partial_quotes(extract_text: Any, text: str, expected: list[Any]) -> None:
    assert _speakers(extract_text, text) == expected


# A title keeps its area (« aux Sports », « aux droits de l'homme ») and its participle
# (« déléguée »); a quoted phrase in a « que » clause is the speech verb's subject's; any other
# « au » ends the title (« au journal »), and the name in apposition is who speaks.
TITLES: list[Case] = [
    (
        "« Nous ne céderons rien sur ce point », a déclaré le secrétaire d'État aux Sports.",
        [("le secrétaire d'État aux Sports", "Nous ne céderons")],
    ),
    (
        "Le secrétaire d'État aux Sports, Marc Durand, a déclaré : « Nous ne céderons rien sur "
        "ce point ».",
        [("Marc Durand", "Nous ne céderons")],
    ),
    (
        "« Nous ne céderons rien sur ce point », a déclaré le secrétaire d'État aux Sports, Marc "
        "Durand.",
        [("Marc Durand", "Nous ne céderons")],
    ),
    (
        "Le haut commissaire des Nations unies aux droits de l'homme a qualifié ces faits "
        "« d'exemple type de nettoyage ethnique ».",
        [("Le haut commissaire des Nations unies aux droits de l'homme", "d'exemple type de")],
    ),
    (
        "La ministre déléguée aux Transports a estimé que le plan était « une erreur coûteuse ».",
        [("La ministre déléguée aux Transports", "une erreur coûteuse")],
    ),
    (
        "Paul Roux a visité le port. Il a affirmé que la réforme était « une erreur historique ».",
        [("Paul Roux", "une erreur historique")],
    ),
    (
        "Claire Fontan a affirmé que la réforme était « une erreur historique ».",
        [("Claire Fontan", "une erreur historique")],
    ),
    # must not fire: « au » / « aux » that are not an area of the title
    (
        "« Nous ne céderons rien sur ce point », a déclaré le porte-parole au journal Le Soir.",
        [("le porte-parole", "Nous ne céderons")],
    ),
    (
        "Le ministre a déclaré aux journalistes : « Nous ne céderons rien sur ce point ».",
        [("Le ministre", "Nous ne céderons")],
    ),
    (
        "« Nous ne céderons rien sur ce point », a déclaré le maire au Monde.",
        [("le maire", "Nous ne céderons")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TITLES)
def test_titles_keep_their_area(extract_text: Any, text: str, expected: list[Any]) -> None:
    assert _speakers(extract_text, text) == expected


# A pronoun speaker (« reconnaît-elle », « a-t-il enfin confié », no comma before the incise) is
# the subject of the sentence before with a speech or action verb, of the pronoun's gender; a name
# inside the quoted words is no antecedent; two people joined by « et », another gender, or no
# person at all give no speaker rather than the nearest name.
PRONOUNS: list[Case] = [
    (
        "Paul Roux a visité le port mardi. Des habitants pourraient faire partie des blessés, "
        "a-t-il enfin confié.",
        [("Paul Roux", "Des habitants pourraient")],
    ),
    (
        "Paul Roux a visité le port mardi. « Nous reconstruirons tout le quartier » a-t-il déclaré.",
        [("Paul Roux", "Nous reconstruirons tout")],
    ),
    (
        "Claire Fontan a visité le port mardi. « Nous reconstruirons tout le quartier », "
        "reconnaît-elle.",
        [("Claire Fontan", "Nous reconstruirons tout")],
    ),
    (
        "Paul Roux a visité le port mardi. Il a remercié les bénévoles.\n\n« Le port est notre "
        "fierté. Marc Vernet le sait bien. Nous reconstruirons tout », a-t-il expliqué par la "
        "suite.",
        [("Paul Roux", "Le port est")],
    ),
    (
        "La direction du club a publié un communiqué. Elle dénonce les « exigences financières "
        "déraisonnables du groupe ».",
        [("La direction du club", "exigences financières déraisonnables")],
    ),
    # must not fire: another gender, two people, nobody, a work's author after « par »
    (
        "Claire Fontan a visité le port mardi. Paul Roux est arrivé ensuite. « Nous "
        "reconstruirons tout le quartier », reconnaît-elle.",
        [(None, "Nous reconstruirons tout")],
    ),
    (
        "Paul Roux et Marc Vernet ont visité le port. « Nous reconstruirons tout le quartier », "
        "a-t-il lancé.",
        [(None, "Nous reconstruirons tout")],
    ),
    (
        "Le port a été détruit. « Nous reconstruirons tout le quartier », a-t-il lancé.",
        [(None, "Nous reconstruirons tout")],
    ),
    ("La chanson « Nous irons tous au paradis » a été reprise par la chorale.", []),
    (
        "Le groupe Orvalis a acquis une expertise nouvelle : « il y a cinq ans, nous n'avions pas "
        "d'ingénieurs ».",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PRONOUNS)
def test_pronoun_speakers(extract_text: Any, text: str, expected: list[Any]) -> None:
    assert _speakers(extract_text, text) == expected


# Names, titles and slogans in marks after a word of naming are no speech; a single quoted word is
# a quote only as a judgement in its place (« qualifié … d'« absurde » », « … est « suspendue » »
# in a reported clause), never a noun after its article (a scare quote).
NAMES_AND_WORDS: list[Case] = [
    ("Paul Roux a présenté un plan baptisé « Nous reconstruirons tout le quartier ».", []),
    ("Le projet, baptisé « Nous irons plus loin ensemble », a été lancé par Paul Roux.", []),
    ("Paul Roux, surnommé « Nous ne céderons rien », a déclaré forfait.", []),
    ("Claire Fontan a lancé la campagne « Nous méritons mieux que cela » lundi.", []),
    (
        "Claire Fontan a publié un livre intitulé « Les familles méritent des réponses claires ».",
        [],
    ),
    ("Le slogan « Nous ne lâcherons rien » a été repris par les manifestants.", []),
    ("Paul Roux dénonce la « réforme » du gouvernement.", []),
    ("Claire Fontan parle des « anomalies » du scrutin.", []),
    (
        "Le ministre Paul Roux a qualifié la décision d'« absurde ».",
        [("Paul Roux", "absurde")],
    ),
    (
        "Claire Fontan précise toutefois que la grève est « suspendue ».",
        [("Claire Fontan", "suspendue")],
    ),
    (
        "Paul Roux a affirmé que le projet était « prématuré ».",
        [("Paul Roux", "prématuré")],
    ),
    (
        "Claire Fontan a dénoncé une campagne « brutale et injuste ».",
        [("Claire Fontan", "brutale et injuste")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NAMES_AND_WORDS)
def test_names_and_single_words(extract_text: Any, text: str, expected: list[Any]) -> None:
    assert _speakers(extract_text, text) == expected


# Broadcasters speak as bodies (« la télévision d'État », « la radio publique »): the phrase.
BROADCASTERS: list[Case] = [
    (
        "La télévision publique du Vantor a dénoncé « une agression préparée depuis des mois ».",
        [("La télévision publique du Vantor", "une agression préparée")],
    ),
    (
        "« Nous ne céderons rien sur ce point », a indiqué la radio Kermor.",
        [("la radio Kermor", "Nous ne céderons")],
    ),
    # must not fire: a broadcaster named in marks, a scare quote after its article
    ("La chaîne « Terre Vive » a ouvert lundi.", []),
    ("La radio diffuse la « crise » en direct.", []),
]


@pytest.mark.parametrize(("text", "expected"), BROADCASTERS)
def test_broadcasters_speak(extract_text: Any, text: str, expected: list[Any]) -> None:
    assert _speakers(extract_text, text) == expected
