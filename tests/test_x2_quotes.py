"""Quote speakers on invented news sentences (issue 14, session 12): colons, segments, groups,
pronouns, roles and bodies, and quoted words that are not speech."""

from __future__ import annotations

from typing import Any

import pytest


def _quotes(extract_text: Any, text: str) -> list[dict[str, Any]]:
    return [f.to_dict() for f in extract_text("Titre\n\n" + text) if f.type == "quote"]


Case = tuple[str, list[tuple[str | None, str]]]


def _speakers(extract_text: Any, text: str) -> list[tuple[str | None, str]]:
    return [(q["speaker"], " ".join(q["text"].split()[:3])) for q in _quotes(extract_text, text)]


# After a colon: the subject of the speech verb, past an opening complement; none after « selon un
# communiqué »; nothing for a list of titles or a title announced by a colon.
COLON: list[Case] = [
    (
        "Interrogé par la presse, le sélectionneur Didier Laval a affirmé : « Nous irons chercher le titre. »",
        [("Didier Laval", "Nous irons chercher")],
    ),
    (
        "Dans un communiqué, la direction de l'hôpital a précisé : « Aucun patient n'a été blessé. »",
        [("la direction de l'hôpital", "Aucun patient n'a")],
    ),
    (
        "Le maire de Quimper, Yves Le Goff, a ensuite ajouté : « Nous allons rouvrir l'école dès la rentrée. »",
        [("Yves Le Goff", "Nous allons rouvrir")],
    ),
    (
        "Claire Dumas, porte-parole de l'association, a déclaré à l'agence : « Nous porterons plainte contre la société. »",
        [("Claire Dumas", "Nous porterons plainte")],
    ),
    (
        "Le ministre de l'Intérieur, Gérard Collin, était à Nice lundi. Le ministre a réagi sur le réseau social : « Je condamne cette violence. »",
        [("Gérard Collin", "Je condamne cette")],
    ),
    (
        "Le sénateur Louis Perrin a tenu une conférence de presse mardi. Il a déclaré : « Je ne me représenterai pas en septembre. »",
        [("Louis Perrin", "Je ne me")],
    ),
    (
        "Marie Duval, l'avocate de Paul Simon, a plaidé : « Mon client est innocent de tous ces faits. »",
        [("Marie Duval", "Mon client est")],
    ),
    (
        "Selon un communiqué publié jeudi : « Les négociations reprendront la semaine prochaine. »",
        [(None, "Les négociations reprendront")],
    ),
    ("Le programme comprend trois parties : « Histoire », « Géographie » et « Sciences ».", []),
    ("Le titre de son dernier livre est clair : « Vivre libre ».", []),
    (
        "Dans une lettre, le frère de Paul Simon a écrit : « Nous ne savons rien de son sort. »",
        [("le frère de Paul Simon", "Nous ne savons")],
    ),
]

# One pair of marks over several sentences; three segments cut by attributions: one speaker.
SEGMENTS: list[Case] = [
    (
        "Le maire Paul Roy a déclaré : « Nous avons voté le budget. Il prévoit des écoles. Nous tiendrons parole. »",
        [("Paul Roy", "Nous avons voté")],
    ),
    (
        "« La crise est grave. Les familles souffrent. Nous devons agir maintenant », a averti la ministre Claire Vidal.",
        [("Claire Vidal", "La crise est")],
    ),
    (
        "« Ce fut un long combat », a confié Hugo Blanc, « mais nous avons gagné », a-t-il poursuivi, « et nous continuerons à nous battre. »",
        [("Hugo Blanc", "Ce fut un")],
    ),
    (
        "« Le projet est prêt », explique Anne Roy. « Nous avons trouvé les fonds », poursuit-elle, « et les travaux commenceront en mai. »",
        [("Anne Roy", "Le projet est"), ("Anne Roy", "Nous avons trouvé")],
    ),
    (
        "« Nous avons travaillé très dur », a déclaré Paul Martin. « Les résultats sont là », a-t-il ajouté, « et il faut continuer. »",
        [("Paul Martin", "Nous avons travaillé"), ("Paul Martin", "Les résultats sont")],
    ),
    (
        "« Le club va mal, a reconnu le président Luc Morel. Les comptes sont dans le rouge, poursuit-il, et les joueurs partent. »",
        [("Luc Morel", "Le club va")],
    ),
    (
        "L'ancienne championne Léa Morin raconte : « J'avais seize ans. Je ne parlais pas anglais. Tout me faisait peur. »",
        [("Léa Morin", "J'avais seize ans.")],
    ),
    (
        "« Le vote est serré », a estimé Marc Petit, « mais il reste ouvert », a répondu Anne Roy.",
        [("Marc Petit", "Le vote est"), ("Anne Roy", "mais il reste")],
    ),
    (
        "« Les routes sont coupées », a déclaré le préfet Hugo Blanc. « Les secours arrivent », a ajouté le maire Paul Roy.",
        [("Hugo Blanc", "Les routes sont"), ("Paul Roy", "Les secours arrivent")],
    ),
    (
        "« Je reste ici », a dit Paul Roy. « Et je me battrai », a-t-il ajouté, « jusqu'au bout », a-t-il insisté.",
        [("Paul Roy", "Je reste ici"), ("Paul Roy", "Et je me")],
    ),
]

# Two people speak together; « ils » / « eux » is the group just named, or nobody.
GROUPS: list[Case] = [
    (
        "Paul Renaud et Sophie Marin ont déclaré : « Nous quittons le parti sans regret. »",
        [("Paul Renaud et Sophie Marin", "Nous quittons le")],
    ),
    (
        "Jean et Marie Leroux écrivent : « Notre fils n'a jamais reçu la moindre aide. »",
        [("Jean et Marie Leroux", "Notre fils n'a")],
    ),
    (
        "« Nous voulons la vérité, rien que la vérité », écrivent Jean et Marie Leroux dans leur lettre.",
        [("Jean et Marie Leroux", "Nous voulons la")],
    ),
    (
        "Jean et Marie Leroux, parents de la victime, ont écrit au maire. « Nous voulons connaître la vérité », écrivent-ils.",
        [("Jean et Marie Leroux", "Nous voulons connaître")],
    ),
    (
        "Anne Roy et Luc Petit ont signé l'accord mardi. « C'est un jour historique pour nos entreprises », ont-ils déclaré.",
        [("Anne Roy et Luc Petit", "C'est un jour")],
    ),
    (
        "Les deux avocats, Anne Roy et Luc Petit, ont répondu : « Notre client fera appel de cette décision. »",
        [("Anne Roy et Luc Petit", "Notre client fera")],
    ),
    (
        "Anne Roy et Luc Petit dirigent le collectif depuis 2019. Selon eux, « la mairie n'a rien fait pour les familles ».",
        [("Anne Roy et Luc Petit", "la mairie n'a")],
    ),
    (
        "Anne Roy et Luc Petit ont porté plainte. Les loyers ont doublé en deux ans, indiquent-ils.",
        [("Anne Roy et Luc Petit", "Les loyers ont")],
    ),
    # must not fire on one person of the group, nor on a name the group is « of »
    (
        "Paul Martin a rencontré les syndicats mardi. « Nous refusons ce plan de licenciements », ont-ils répondu.",
        [(None, "Nous refusons ce")],
    ),
    (
        "Les parents de Léo Martin ont écrit au préfet. « Notre fils a été abandonné par tous », écrivent-ils.",
        [(None, "Notre fils a")],
    ),
    (
        "« Personne ne nous a rappelés depuis mars », écrivent les grands-parents de Tom Girard.",
        [("les grands-parents de Tom Girard", "Personne ne nous")],
    ),
    (
        "Paul Renaud a rencontré Sophie Marin. « Nous ne céderons pas », a-t-il déclaré.",
        [("Paul Renaud", "Nous ne céderons")],
    ),
    # a couple, the parents: the group named before; « Eux d'ajouter »; « A et B rapportent que »
    (
        "Jean et Marie Leroux, parents de Léo, ont écrit au préfet.\n\nLe couple y dénonce l'inaction des services. Trois enquêtes ont été classées sans suite, indiquent-ils.",
        [("Jean et Marie Leroux", "Trois enquêtes ont")],
    ),
    (
        "Luc et Alice Ferrand, parents de Tom, ont saisi le médiateur. « Le dossier n'avance plus depuis l'été », précisent les parents de Tom.",
        [("Luc et Alice Ferrand", "Le dossier n'avance")],
    ),
    (
        "Anne Roy et Luc Petit ont porté plainte.\n\nEux d'ajouter que « la préfecture aurait dû réagir bien plus tôt ».",
        [("Anne Roy et Luc Petit", "la préfecture aurait")],
    ),
    (
        "Depuis des mois, Anne Roy et Luc Petit rapportent que « d'autres voleurs-receleurs-revendeurs sévissent » dans le quartier.",
        [("Anne Roy et Luc Petit", "d'autres voleurs-receleurs-revendeurs sévissent")],
    ),
    (
        "Le couple Martin a vendu la ferme. « Nous partons sans regret », confie le couple.",
        [(None, "Nous partons sans")],
    ),
]

# « …, reconnaît-elle »: the subject the paragraph is about, of the right gender; none when nobody fits.
PRONOUNS: list[Case] = [
    (
        "Le maire Paul Roy a inauguré la salle en présence de la ministre Claire Vidal. « C'est un grand jour pour la ville », a-t-il lancé.",
        [("Paul Roy", "C'est un grand")],
    ),
    (
        "La juge Anne Morel a longuement interrogé Sophie Blanc. « Les preuves manquent encore », reconnaît-elle.",
        [("Anne Morel", "Les preuves manquent")],
    ),
    (
        "Paul Roy a remplacé Marc Petit à la tête du club. « Je connais bien la maison », a-t-il confié.",
        [("Paul Roy", "Je connais bien")],
    ),
    (
        "Claire Vidal a nommé Paul Roy à la direction. « Il a toute ma confiance », a-t-elle déclaré.",
        [("Claire Vidal", "Il a toute")],
    ),
    (
        "La chanteuse Léa Morin sort un nouvel album en mai.\n\n« J'ai mis trois ans à l'écrire », confie-t-elle.",
        [("Léa Morin", "J'ai mis trois")],
    ),
    (
        "Paul Roy a quitté la salle sans un mot. « Je suis très déçue par ce vote », a-t-elle dit.",
        [(None, "Je suis très")],
    ),
    (
        "Le maire Paul Roy a présenté le projet aux habitants. Les travaux dureront deux ans, a-t-il précisé.",
        [("Paul Roy", "Les travaux dureront")],
    ),
    (
        "L'astronaute Clara Weiss est revenue lundi dans l'école de son enfance. Elle a noté au tableau : « Rêvez plus loin que les étoiles. » Ensuite, elle a confié : « Cette classe n'a pas changé depuis 1990. »",
        [("Clara Weiss", "Rêvez plus loin"), ("Clara Weiss", "Cette classe n'a")],
    ),
    (
        "La ministre Claire Vidal a reçu Paul Roy et Marc Petit. « Nous avons beaucoup parlé », a-t-elle raconté.",
        [("Claire Vidal", "Nous avons beaucoup")],
    ),
]

# A role or a body speaks: the person the article names for it, else the phrase; a name the speaker
# is « of » (« l'avocat de X ») is not the speaker.
ROLES: list[Case] = [
    (
        "La procureure Anne Vial a ouvert une enquête mardi. Selon la procureure, « les faits sont d'une extrême gravité ».",
        [("Anne Vial", "les faits sont")],
    ),
    (
        "L'entraîneur du club, Marc Petit, a parlé après le match. « Nous avons été trop naïfs », a regretté l'entraîneur.",
        [("Marc Petit", "Nous avons été")],
    ),
    (
        "« Le règlement sera modifié dès la saison prochaine », a déclaré le président de la fédération.",
        [("le président de la fédération", "Le règlement sera")],
    ),
    (
        "« Le règlement sera modifié dès la saison prochaine », a déclaré le président de la fédération, Paul Roy.",
        [("Paul Roy", "Le règlement sera")],
    ),
    (
        "« Notre client n'a jamais menacé personne », a déclaré l'avocat de Paul Roy.",
        [("l'avocat de Paul Roy", "Notre client n'a")],
    ),
    (
        "« Les chiffres sont très mauvais cette année », a indiqué l'agence Reuters.",
        [("l'agence Reuters", "Les chiffres sont")],
    ),
    (
        "Selon le ministère de la Santé, « la vague est derrière nous ».",
        [("le ministère de la Santé", "la vague est")],
    ),
    (
        "Le syndicat a affirmé que « plus de trois cents salariés seront licenciés ». Le président Paul Roy n'a pas réagi.",
        [("Le syndicat", "plus de trois")],
    ),
    (
        "Le président Paul Roy a visité l'usine mardi. Le syndicat a affirmé que « plus de trois cents salariés seront licenciés ».",
        [("Le syndicat", "plus de trois")],
    ),
    (
        "« Nous avons retrouvé la voiture », a indiqué la sœur de Paul Roy.",
        [("la sœur de Paul Roy", "Nous avons retrouvé")],
    ),
]

# A paragraph that is only a quote, right after a quote attributed at the end of the paragraph
# before: the same speaker; not when something else is said in between.
FOLLOWING: list[Case] = [
    (
        "« Le réseau sera rétabli demain », a déclaré Anne Roy, directrice du service.\n\n« Grâce aux câbles neufs, plus aucun quartier ne restera isolé ».",
        [("Anne Roy", "Le réseau sera"), ("Anne Roy", "Grâce aux câbles")],
    ),
    (
        "« Le réseau sera rétabli demain », a déclaré Anne Roy, directrice du service.\n\nLes travaux ont coûté deux millions d'euros.\n\n« Grâce aux câbles neufs, plus aucun quartier ne restera isolé ».",
        [("Anne Roy", "Le réseau sera")],
    ),
    (
        "« Le réseau sera rétabli demain », a déclaré Anne Roy.\n\n« Grâce aux câbles neufs, aucun quartier ne restera isolé », a répondu Paul Vidal.",
        [("Anne Roy", "Le réseau sera"), ("Paul Vidal", "Grâce aux câbles")],
    ),
]

# The opinion source opening a later clause, the person a name only qualifies, a body named inside
# quote marks: none of them is taken for who speaks.
SOURCES: list[Case] = [
    (
        "Le ministre Paul Roy défend le texte. En revanche, pour l'historienne Anne Vial, « cette loi est une faute grave ».",
        [("Anne Vial", "cette loi est")],
    ),
    (
        "Pour Luc Petit, le candidat des Verts, évoquant l'affaire Marc Blanc, « la justice doit passer ». S'il estime qu'« une loi nouvelle serait inutile », il veut des contrôles.",
        [("Luc Petit", "la justice doit"), ("Luc Petit", "une loi nouvelle")],
    ),
    (
        "Paul Roy, des « Amis du vélo libre », estime que l'État « a encore tout à prouver aux cyclistes ».",
        [("Paul Roy", "a encore tout")],
    ),
    (
        "Le 3 mai, Paul Roy, porte-parole du ministère, annonce que la police s'emploie à « vérifier toutes les informations reçues ».",
        [("Paul Roy", "vérifier toutes les")],
    ),
    (
        "La veille, lors d'un débat radiophonique, l'économiste Bruno Sallé l'avait accusé de pratiquer la « politique de l'autruche ».",
        [("Bruno Sallé", "politique de l'autruche")],
    ),
    (
        "La navigatrice Lou Berthier a quitté la course en 2015. Elle est alors « privée de son bateau de course » par son sponsor.",
        [],
    ),
]

# Quoted names and titles are not speech.
NOT_SPEECH = [
    "Il a adhéré au parti « Ensemble pour demain » en 2012.",
    "Son livre, « Je reviendrai un jour », raconte son enfance à Brest.",
    "La chanson « Nous irons tous au paradis » a été reprise par la chorale.",
    "Son premier film, « Les enfants ne mentent jamais », a reçu un prix à Cannes.",
    "Elle anime l'émission « On refait le monde » depuis 2015.",
    "L'opération « Nous sommes tous voisins » a réuni mille personnes.",
    "Sa pièce, « Personne ne viendra ce soir », est jouée à Avignon.",
    "Le collectif « Sauvons nos écoles » manifeste samedi.",
    "Le film « Ils ont marché jusqu'à la mer » sort mercredi.",
    "Le groupe a sorti « Tout va bien se passer », son troisième album, en mars.",
    "Le feu a été éteint selon les propos du directeur, rapportés à la radio par le maire Paul Roy.",
]


@pytest.mark.parametrize(
    ("text", "expected"), COLON + SEGMENTS + GROUPS + PRONOUNS + ROLES + SOURCES + FOLLOWING
)
def test_speakers(extract_text: Any, text: str, expected: list[tuple[str | None, str]]) -> None:
    assert _speakers(extract_text, text) == expected


@pytest.mark.parametrize("text", NOT_SPEECH)
def test_quoted_names_and_titles_are_not_speech(extract_text: Any, text: str) -> None:
    assert _quotes(extract_text, text) == []


def test_a_name_called_inside_a_quote_does_not_speak_after_it(extract_text: Any) -> None:
    text = (
        "La cheffe de chœur a lancé : « Maestro Duval, levez la baguette ! »\n\n"
        "Après le concert, elle a raconté : « Nous avions répété tout l'hiver. »"
    )
    quotes = _quotes(extract_text, text)
    assert len(quotes) == 2, quotes
    assert "Maestro Duval" not in {q["speaker"] for q in quotes}, quotes


def test_three_segments_are_one_quote(extract_text: Any) -> None:
    text = "« Ce fut un long combat », a confié Hugo Blanc, « mais nous avons gagné », a-t-il poursuivi, « et nous continuerons. »"
    (quote,) = _quotes(extract_text, text)
    assert quote["continuation"] == "mais nous avons gagné … et nous continuerons."


def test_a_group_pronoun_is_less_sure_than_a_group_named(extract_text: Any) -> None:
    named, pronoun = (
        _quotes(extract_text, text)[0]["confidence"]
        for text in (
            "Anne Roy et Luc Petit ont déclaré : « C'est un jour historique pour nous. »",
            "Anne Roy et Luc Petit ont signé l'accord. « C'est un jour historique pour nous », ont-ils déclaré.",
        )
    )
    assert named > pronoun
