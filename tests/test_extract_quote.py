"""Quote facts: quoted and reported speech with speakers resolved; quoted titles are not quotes."""

from __future__ import annotations

from typing import Any

import pytest


def _quotes(extract_text: Any, text: str) -> list[dict[str, Any]]:
    return [f.to_dict() for f in extract_text(text) if f.type == "quote"]


# text, speaker, first words of the quote, marked
CASES = [
    (
        "« Nous ne lâcherons rien », a déclaré Philippe Martinez devant les grévistes.",
        "Philippe Martinez",
        "Nous ne lâcherons rien",
        True,
    ),
    (
        "Le Premier ministre, Jean Castex, était à Lyon lundi. Le Premier ministre a affirmé : « La réforme ira jusqu'au bout. »",
        "Jean Castex",
        "La réforme ira jusqu'au bout",
        True,
    ),
    (
        "La saison a été difficile pour tout le monde, a reconnu l'entraîneur Julien Stéphan.",
        "Julien Stéphan",
        "La saison a été difficile",
        False,
    ),
    (
        "Le ministre de l'Économie, Bruno Lemaire, était à Bercy. « Nous tiendrons nos objectifs de croissance », a-t-il assuré.",
        "Bruno Lemaire",
        "Nous tiendrons nos objectifs",
        True,
    ),
    (
        "Selon l'économiste Thomas Piketty, les inégalités progressent depuis quarante ans.",
        "Thomas Piketty",
        "les inégalités progressent",
        False,
    ),
    (
        "L'athlète Marie-José Pérec a confié : « J'ai toujours couru pour gagner. »",
        "Marie-José Pérec",
        "J'ai toujours couru",
        True,
    ),
    (
        'Le maire Jean Rottner écrit : "Nous rouvrirons la piscine municipale dès le mois de juin".',
        "Jean Rottner",
        "Nous rouvrirons la piscine",
        True,
    ),
    (
        "Les prix vont encore augmenter cet hiver, a prévenu la directrice de l'agence, Claire Fontaine.",
        "Claire Fontaine",
        "Les prix vont encore augmenter",
        False,
    ),
    (
        "Selon l'avocat Paul Roux [3], ancien bâtonnier de Lyon et député, le dossier d'accusation est vide.",
        "Paul Roux",
        "le dossier d'accusation est vide",
        False,
    ),
    (
        "Selon le témoignage de Paul Roux, la valeur des bijoux était très faible.",
        "Paul Roux",
        "la valeur des bijoux était très faible",
        False,
    ),
    (
        "Pour l'économiste Élie Cohen, la fermeture du site serait « une catastrophe pour toute la vallée de la Seine ».",
        "Élie Cohen",
        "une catastrophe pour toute la vallée",
        True,
    ),
    (
        "« Le pays traverse une crise grave », selon Paul Roux, président du Medef.",
        "Paul Roux",
        "Le pays traverse une crise grave",
        True,
    ),
    (
        "« C'est une honte », s'est indignée Marie Blanc, la présidente de l'association.",
        "Marie Blanc",
        "C'est une honte",
        True,
    ),
    (
        "Le club va se relever très vite, d'ajouter M. Bernard Caïazzo devant la presse.",
        "Bernard Caïazzo",
        "Le club va se relever",
        False,
    ),
]


@pytest.mark.parametrize(("text", "speaker", "start", "marked"), CASES)
def test_quote_and_speaker(
    extract_text: Any, text: str, speaker: str, start: str, marked: bool
) -> None:
    quotes = _quotes(extract_text, text)
    found = [q for q in quotes if q["text"].startswith(start)]
    assert found, f"no quote starting {start!r} in {quotes}"
    assert found[0]["speaker"] == speaker
    assert found[0]["marked"] is marked


# text, speaker, the words quoted: a phrase quoted after a verb of opinion is a partial quote
PARTIAL = [
    (
        'M. Lebrun, président du conseil régional, a parlé d\'une "réussite exemplaire pour tout le canton", non sans rappeler le rôle des familles.',
        "Lebrun",
        "réussite exemplaire pour tout le canton",
    ),
    (
        "La syndicaliste Sophie Binet a qualifié la réforme d'« injustice sociale sans précédent ».",
        "Sophie Binet",
        "injustice sociale sans précédent",
    ),
    (
        "Le ministre Paul Roux a appelé à « ne pas céder à la panique » face au virus.",
        "Paul Roux",
        "ne pas céder à la panique",
    ),
    (
        'Pierre Martin a dénoncé "des comportements indignes d\'un élu", avant de quitter la salle.',
        "Pierre Martin",
        "des comportements indignes d'un élu",
    ),
    (
        "Paul Roux a affirmé au Monde que le projet était « totalement illégal et dangereux pour la population ».",
        "Paul Roux",
        "totalement illégal et dangereux pour la population",
    ),
    (
        "Interrogé sur Radio Azur, Paul Roux a jugé la mesure « inutile et coûteuse pour les contribuables ».",
        "Paul Roux",
        "inutile et coûteuse pour les contribuables",
    ),
    (
        "Les généraux Paul Marin et Jean Roux jugeaient ces officiers « trop peu fiables pour commander ».",
        "Paul Marin et Jean Roux",
        "trop peu fiables pour commander",
    ),
    (
        "Jean Castex a évoqué « une situation très préoccupante dans les hôpitaux ».",
        "Jean Castex",
        "une situation très préoccupante dans les hôpitaux",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "words"), PARTIAL)
def test_partial_quote_after_a_verb_of_opinion(
    extract_text: Any, text: str, speaker: str, words: str
) -> None:
    quotes = _quotes(extract_text, text)
    assert [(q["speaker"], q["text"], q["marked"]) for q in quotes] == [(speaker, words, True)]


def test_selon_a_pronoun_is_the_person_just_named(extract_text: Any) -> None:
    text = (
        "« Nous n'avons pas augmenté les taux », a rappelé l'adjoint aux finances, Pascal Curie. "
        "Selon lui, la ville a réduit sa dette de huit pour cent en quatre ans."
    )
    found = [(q["speaker"], q["text"][:16]) for q in _quotes(extract_text, text)]
    assert ("Pascal Curie", "la ville a rédui") in found


def test_inverted_verb_after_a_pronoun_at_the_end_of_the_article(extract_text: Any) -> None:
    text = "Mme Vignot a parlé aux élus. « C'est une priorité absolue pour notre équipe », a-t-elle insisté.\n"
    (quote,) = _quotes(extract_text, text)
    assert quote["speaker"] == "Vignot"


def test_inverted_verb_with_its_speaker_and_apposition(extract_text: Any) -> None:
    text = (
        "« C'est une décision d'une sévérité inouïe », a réagi Jacqueline Laffont, "
        "l'avocate de M. Sarkozy, qui a annoncé son intention de faire appel."
    )
    facts = [f.to_dict() for f in extract_text(text)]
    assert [(f["speaker"]) for f in facts if f["type"] == "quote"] == ["Jacqueline Laffont"]
    roles = [(f["person"], f["role"]) for f in facts if f["type"] == "person_role"]
    assert ("Jacqueline Laffont", "avocate de M. Sarkozy") in roles


def test_speaker_opening_the_sentence_when_the_parse_loses_the_subject(extract_text: Any) -> None:
    text = "M. Sarkozy, qui a toujours nié les faits, s'était dit « prêt à aller jusqu'au bout pour que la vérité éclate »."
    (quote,) = _quotes(extract_text, text)
    assert quote["speaker"] == "Sarkozy"


def test_attribution_inside_the_quote_is_cut_out(extract_text: Any) -> None:
    text = "« Le projet, explique l'architecte Paul Roux, sera terminé au printemps prochain. »"
    (quote,) = _quotes(extract_text, text)
    assert (quote["speaker"], quote["text"]) == (
        "Paul Roux",
        "Le projet sera terminé au printemps prochain.",
    )


def test_next_sentence_quote_goes_on_with_the_same_speaker(extract_text: Any) -> None:
    text = "« Nous avons tout essayé », confie Marie Blanc. « Mais personne ne nous écoute. »"
    assert [q["speaker"] for q in _quotes(extract_text, text)] == ["Marie Blanc", "Marie Blanc"]
    # a paragraph that is only a quote goes on with the speaker who ended the paragraph before
    apart = "« Nous avons tout essayé », confie Marie Blanc.\n\n« Mais personne ne nous écoute. »"
    assert [q["speaker"] for q in _quotes(extract_text, apart)] == ["Marie Blanc", "Marie Blanc"]
    told = "« Nous avons tout essayé », confie Marie Blanc.\n\nLa ferme a fermé.\n\n« Mais personne ne nous écoute. »"
    assert [q["speaker"] for q in _quotes(extract_text, told)] == ["Marie Blanc"]


def test_speaker_who_names_themself_in_the_quote(extract_text: Any) -> None:
    text = (
        "Un homme s'avance vers le micro devant les élus.\n\n"
        "« Bonjour, je m'appelle Karim Benali et je travaille à l'usine depuis vingt ans. »"
    )
    (quote,) = _quotes(extract_text, text)
    assert quote["speaker"] == "Karim Benali"
    assert quote["text"].startswith("Bonjour, je m'appelle")


def test_selon_a_plural_role_names_the_people_given_that_role(extract_text: Any) -> None:
    text = (
        "Dans leur ouvrage intitulé Le Grand Secret, Claude Gubler et Michel Gonod racontent "
        "la maladie du président. Selon les auteurs, « le bulletin de santé était faux depuis "
        "des années »."
    )
    quotes = _quotes(extract_text, text)
    assert [(q["speaker"], q["text"][:22]) for q in quotes] == [
        ("Claude Gubler et Michel Gonod", "le bulletin de santé é")
    ]


def test_split_quote_is_one_fact_with_its_continuation(extract_text: Any) -> None:
    text = "« C'est un grand jour pour la ville », a lancé la maire Johanna Rolland, « et nous le devons aux habitants. »"
    quotes = _quotes(extract_text, text)
    assert len(quotes) == 1
    assert quotes[0]["text"] == "C'est un grand jour pour la ville"
    assert quotes[0]["continuation"].startswith("et nous le devons")
    assert quotes[0]["speaker"] == "Johanna Rolland"
    assert quotes[0]["speaker_gender"] == "f"


@pytest.mark.parametrize(
    "text",
    [
        "Le film, surnommé « la Bête », sort mercredi dans toutes les salles.",
        "Les enquêteurs ont relevé des mentions comme « suspect » ou « à surveiller ».",
        "Le navire « Belle Étoile » a quitté le port de Brest hier matin.",
        "« Nous reviendrons », pouvait-on lire sur une banderole accrochée au portail.",
        "La ministre Catherine Vautrin a lu le roman. Elle a reçu le prix pour « Veiller sur elle ».",
        'Le député Pierre Martin a dénoncé les "anomalies" du scrutin.',
        "L'historienne Claire Roy a évoqué « Les Misérables » de Victor Hugo devant les élèves.",
        "Le maire Luc Blanc a appelé son fils « le petit prince du village ».",
        "Selon l'avocat Paul Roux [3], ancien bâtonnier de Lyon.",
        "Pour l'avocat Paul Roux, la fête a été organisée par toute la mairie.",
        "Selon des proches de Paul Roux, il va démissionner dans les prochains jours.",
        "« Il va démissionner très bientôt », selon des proches de Paul Roux.",
        "D'après l'entourage de Marie Blanc, elle ne se représentera pas aux élections.",
        "Le producteur Paul Roux a annoncé la sortie de « la guerre des étoiles » en mai.",
        "Son surnom, « le petit prince », a été donné par Paul Roux.",
    ],
)
def test_not_a_quote(extract_text: Any, text: str) -> None:
    assert _quotes(extract_text, text) == []


def test_new_title_holder_is_the_successor_not_the_predecessor(extract_text: Any) -> None:
    text = (
        "Au Stade rennais, l'entraîneur Julien Stéphan a été limogé. Il est remplacé par Bruno Génésio. "
        "« C'est un club que j'aime », a confié le nouvel entraîneur."
    )
    (quote,) = _quotes(extract_text, text)
    assert quote["speaker"] == "Bruno Génésio"


# Family tests (issue 14): invented sentences; each case is (text, speaker of its one quote).
# A speech verb or a source word, then a colon; a quote may run over several sentences.
COLON_CASES = [
    (
        "Le président du club, Paul Martin, a déclaré : « Nous allons reconstruire l'équipe. »",
        "Paul Martin",
    ),
    (
        "Le maire Jacques Lenoir a réagi : « C'est une décision injuste pour la commune. »",
        "Jacques Lenoir",
    ),
    (
        "La romancière Sophie Berger a écrit : « Ce livre m'a pris dix ans de ma vie. »",
        "Sophie Berger",
    ),
    (
        "L'entraîneur Marc Petit a expliqué : « Nous avons manqué de rigueur en défense. Le match était à notre portée. Il faudra mieux faire samedi. »",
        "Marc Petit",
    ),
    (
        "Élise Marchand, présidente de la région, a répondu : « Les routes seront refaites avant l'hiver. »",
        "Élise Marchand",
    ),
    (
        "Le syndicat a publié un texte. Selon un communiqué : « Les salariés seront reçus dès lundi. »",
        None,
    ),
    (
        "Le porte-parole Hugo Ferrand a annoncé : « Le sommet est reporté à une date ultérieure. »",
        "Hugo Ferrand",
    ),
    (
        "La ministre Claire Vidal a déclaré : « Nous avons entendu les agriculteurs. Nous allons agir vite. »",
        "Claire Vidal",
    ),
    ("Le gouvernement a confirmé : « Le projet de loi sera présenté en juin. »", "Le gouvernement"),
    ("L'agence a indiqué : « Les vols reprendront dès demain matin. »", "L'agence"),
]
# « …, a-t-il dit »: the subject the paragraph is about, gender permitting; None when no one fits.
PRONOUN_CASES = [
    (
        "La sénatrice Anne Morel a présenté son rapport mardi. « Le texte est mal écrit », reconnaît-elle.",
        "Anne Morel",
    ),
    (
        "Le ministre Paul Girard a visité l'usine de Jean Dubois. « Nous soutiendrons ce site », a-t-il lancé aux journalistes.",
        "Paul Girard",
    ),
    (
        "Marie Caron a rencontré Pierre Lamy. « Nous devons avancer ensemble », a-t-elle dit.",
        "Marie Caron",
    ),
    (
        "Le juge Henri Blanc a reçu l'avocate Lucie Roy. « Le dossier sera jugé en mai », a-t-il précisé.",
        "Henri Blanc",
    ),
    (
        "Le ministère des Affaires étrangères a confirmé l'enlèvement. « Nous sommes mobilisés pour sa libération », a-t-il communiqué.",
        "Le ministère des Affaires étrangères",
    ),
    (
        "L'actrice Julie Mercier est arrivée à Cannes lundi. Elle a monté les marches sous les applaudissements. « Je suis très émue », a-t-elle confié.",
        "Julie Mercier",
    ),
    (
        "Le coureur Thomas Leroy a gagné l'étape. « J'ai attaqué au bon moment », a-t-il expliqué.",
        "Thomas Leroy",
    ),
    ("« Le vote aura lieu demain », a-t-il déclaré.", None),
    ("Paul Girard a félicité Marie Caron. « Nous avons gagné », a-t-il lancé.", "Paul Girard"),
    (
        "Le directeur Luc Moreau a salué la ministre Claire Vidal. « Elle nous a beaucoup aidés », a-t-il affirmé.",
        "Luc Moreau",
    ),
]
# A role nobody named holds, or a body, speaks: the phrase; an anonymous witness: no speaker.
BODY_CASES = [
    ("« Nous ne paierons pas », a affirmé le procureur.", "le procureur"),
    ("« Le dossier est clos », a précisé l'agence de presse.", "l'agence de presse"),
    (
        "« La saison a été difficile pour nous tous », a reconnu le club dans un communiqué.",
        "le club",
    ),
    (
        "Les prix augmenteront de cinq pour cent, a confirmé le ministère de l'Économie.",
        "le ministère de l'Économie",
    ),
    (
        "Le procureur de Lyon, Marc Vasseur, a ouvert une enquête. « Les faits sont graves », a déclaré le procureur.",
        "Marc Vasseur",
    ),
    ("« Le vote aura lieu demain », avait déclaré le témoin devant les enquêteurs.", None),
    ("« Nous attendons des excuses », a déclaré la fédération.", "la fédération"),
    ("« Les travaux commenceront en mars », a précisé la mairie.", "la mairie"),
    ("« Les essais sont concluants », a annoncé le laboratoire.", "le laboratoire"),
    ("« Nous ferons appel de ce jugement », a annoncé le syndicat.", "le syndicat"),
]


@pytest.mark.parametrize(("text", "speaker"), COLON_CASES + PRONOUN_CASES + BODY_CASES)
def test_speaker_of_the_one_quote(extract_text: Any, text: str, speaker: str | None) -> None:
    (quote,) = _quotes(extract_text, text)
    assert quote["speaker"] == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Il a adhéré à l'association « Les Amis du rail » en 2010.",
        "Son livre, « La Mer intérieure », est sorti en mars.",
        "Le festival « Les Nuits de Fourvière » commence demain.",
        "Elle a fondé le collectif « Rendez-nous nos rues » en 2015.",
        "Le groupe « Les Enfants du port » a sorti un album.",
        "Le navire « Étoile du Nord » est entré au port.",
        "Le roman « Ce que le vent emporte » est un succès.",
        "Le club a lancé l'opération « Un été au stade » avec la mairie.",
        "Son dernier disque, « Les Heures claires », se vend bien.",
    ],
)
def test_names_and_titles_in_marks_are_not_quotes(extract_text: Any, text: str) -> None:
    assert _quotes(extract_text, text) == []


def test_words_in_marks_with_a_speech_verb_are_a_quote(extract_text: Any) -> None:
    text = "« Les Nuits commencent demain », a annoncé la directrice Anne Morel."
    assert [(q["speaker"], q["text"]) for q in _quotes(extract_text, text)] == [
        ("Anne Morel", "Les Nuits commencent demain")
    ]


def test_quote_after_a_colon_runs_over_its_sentences(extract_text: Any) -> None:
    text = "La ministre Claire Vidal a déclaré : « Nous avons entendu les agriculteurs. Nous allons agir vite. »"
    (quote,) = _quotes(extract_text, text)
    assert quote["text"].endswith("Nous allons agir vite.")


def test_an_unresolved_pronoun_speaker_scores_lower(extract_text: Any) -> None:
    sure, unsure = (
        _quotes(extract_text, text)[0]["confidence"]
        for text in (
            "« Le vote aura lieu demain », a déclaré Paul Girard.",
            "« Le vote aura lieu demain », a-t-il déclaré.",
        )
    )
    assert sure > unsure


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a complement between the verb and its subject is not the speaker
        ("« Le dossier est clos », a indiqué au journal Le Soir le procureur.", "le procureur"),
        # the name inside « la mère de X » does not speak: the phrase does
        ("La mère de Léa a écrit sur le réseau : « Nous ne lâcherons jamais. »", "La mère de Léa"),
        # the same « il » runs through the paragraph: the person it is about
        (
            "Paul Girard a fondé le journal en 1990.\n\nIl dirige ensuite la rédaction. Il voyage "
            "beaucoup. « Le métier change vite », écrivait-il dans son premier éditorial.",
            "Paul Girard",
        ),
    ],
)
def test_speaker_past_complements_and_through_paragraphs(
    extract_text: Any, text: str, speaker: str | None
) -> None:
    (quote,) = _quotes(extract_text, text)
    assert quote["speaker"] == speaker


def test_a_work_written_by_someone_is_not_a_quote(extract_text: Any) -> None:
    text = "Il s'appuie sur le livre « Les Années de plomb à Paris », écrit par deux journalistes."
    assert _quotes(extract_text, text) == []


def test_words_someone_wrote_in_marks_are_a_quote(extract_text: Any) -> None:
    text = "« Les années de plomb sont derrière nous », a écrit le journaliste Paul Roux."
    assert [q["speaker"] for q in _quotes(extract_text, text)] == ["Paul Roux"]


# Words quoted inside a reported clause: the reporting verb's subject speaks.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Le 9 juin, le gouvernement du Portugal publie un communiqué qui « condamne fermement toute violence ».",
            "le gouvernement du Portugal",
        ),
        (
            "Marc Petit, le leader du syndicat, a twitté que le syndicat s'oppose à ce que « la réforme soit votée sans débat ».",
            "Marc Petit",
        ),
        (
            "Un témoin du vol a déclaré à la radio avoir vu « une voiture rouler à toute allure ».",
            None,
        ),
        (
            "La ministre Claire Vidal a estimé que le texte « va dans le bon sens ».",
            "Claire Vidal",
        ),
        (
            "Le maire Jacques Lenoir a assuré que les travaux « seront terminés avant l'hiver ».",
            "Jacques Lenoir",
        ),
        (
            "L'association a publié une lettre qui « demande le retrait immédiat du projet ».",
            "L'association",
        ),
    ],
)
def test_quote_inside_a_reported_clause(extract_text: Any, text: str, speaker: str | None) -> None:
    (quote,) = _quotes(extract_text, text)
    assert quote["speaker"] == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre a annoncé la sortie de « la grande marche des villes » en mai.",
        "Le club a expliqué que le « mercato d'hiver » serait calme.",
        "Elle a déclaré vouloir visiter « la maison des illustres » cet été.",
        "Il a dit que le « plan vélo » était prêt.",
    ],
)
def test_names_inside_a_reported_clause_are_not_quotes(extract_text: Any, text: str) -> None:
    assert _quotes(extract_text, text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # no one of the pronoun's gender in the paragraph: no speaker rather than a wrong one
        (
            "La sénatrice Anne Morel a présenté son rapport. « Le texte est mal écrit », a-t-il ajouté.",
            None,
        ),
        (
            "Marie Caron et Julie Mercier ont visité le site. « Nous reviendrons très vite ici », a-t-il dit.",
            None,
        ),
    ],
)
def test_a_pronoun_of_the_other_gender_gets_no_speaker(
    extract_text: Any, text: str, speaker: str | None
) -> None:
    (quote,) = _quotes(extract_text, text)
    assert quote["speaker"] == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Au programme de la soirée : « Les Misérables ».",
        "Le thème retenu : « La ville de demain ».",
        "Son dernier titre : « Les Heures claires ».",
    ],
)
def test_a_title_after_a_colon_is_not_a_quote(extract_text: Any, text: str) -> None:
    assert _quotes(extract_text, text) == []
