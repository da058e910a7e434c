"""Quotes announced by someone no one names in the clause (issue 14). A clause ending on a colon
whose subject is a general title (« L'ancien souverain avait exprimé le désir d'être enterré au
pays : ¶ « … » ») gives the quote to the one person the article names with a narrower title
(« le roi A », lexicon title_hypernyms), else to the phrase; « exprimer le désir / la volonté /
le souhait » announces words there (lexicon quote_wish_phrases), « exprimer sa tristesse » does
not. A pronoun going back to a kinship phrase (« La nièce du roi s'opposait au transfert. Elle a
déclaré : ») speaks as that phrase, never as a person of the other gender nor as the person the
phrase's complement names. Invented sentences."""

from __future__ import annotations

from typing import Any

import pytest

QUOTE = "« Je veux reposer auprès de mon peuple, dans la terre de mes ancêtres. »"
WORDS = "Je veux reposer auprès de mon peuple, dans la terre de mes ancêtres."


def _quotes(extract_text: Any, text: str) -> list[tuple[Any, ...]]:
    article = "Vossberg : un titre\n\n3 juin 2018. –\n" + text + "\n"
    return [(f.get("speaker"), f.get("text")) for f in extract_text(article) if f.type == "quote"]


def _announced(extract_text: Any, lead: str, quote: str = QUOTE) -> list[tuple[Any, ...]]:
    return _quotes(extract_text, lead + "\n\n" + quote)


# --- family 1: a general title announcing words after a colon --------------------------------


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        (
            "Le roi Albéric III de Norlande est mort en 1950. L'ancien souverain avait exprimé"
            " dans son testament le désir d'être enterré à Vossberg :",
            "Albéric III",
        ),
        (
            "Le roi Oscar est mort en 1950. Le souverain avait manifesté la volonté d'être"
            " enterré à Vossberg :",
            "Oscar",
        ),
        (
            "Le roi Oscar est mort en 1950. Le souverain avait écrit dans son testament :",
            "Oscar",
        ),
        (
            "Le roi Oscar est mort en 1950. Le souverain avait confié à son fils :",
            "Oscar",
        ),
        (
            "Le musée a rouvert ses portes. L'ancien souverain avait exprimé dans son testament"
            " le désir d'être enterré à Vossberg :",
            "L'ancien souverain",
        ),
        (
            "Le roi Oscar et le roi Henri se sont rencontrés. L'ancien souverain avait exprimé"
            " le désir d'être enterré à Vossberg :",
            "L'ancien souverain",
        ),
        (
            "La reine Maud est morte en 1950. L'ancien souverain avait exprimé le souhait"
            " d'être enterré à Vossberg :",
            "L'ancien souverain",
        ),
    ],
)
def test_a_general_title_announcing_words_speaks(
    extract_text: Any, lead: str, speaker: str
) -> None:
    assert _announced(extract_text, lead) == [(speaker, WORDS)]


def test_a_body_expressing_a_wish_speaks(extract_text: Any) -> None:
    quote = "« Notre stade est prêt à accueillir tous les supporters de la région. »"
    found = _announced(extract_text, "Le club a exprimé le souhait de jouer à domicile :", quote)
    assert found == [
        ("Le club", "Notre stade est prêt à accueillir tous les supporters de la région.")
    ]


@pytest.mark.parametrize(
    "lead",
    [
        "Le roi Oscar est mort en 1950. Le souverain avait exprimé sa tristesse devant la foule :",
        "Le roi Oscar est mort en 1950. Son testament comprend :",
    ],
)
def test_no_wish_no_speaker(extract_text: Any, lead: str) -> None:
    assert not [q for q in _announced(extract_text, lead) if q[0]]


# --- family 2: a pronoun going back to a kinship phrase ----------------------------------------

PLEDGE = "« Nous respecterons la volonté de tous les habitants du canton. »"
PLEDGED = "Nous respecterons la volonté de tous les habitants du canton."


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        (
            "Paul Lenoir était présent. La nièce du roi s'opposait au transfert. Suite au"
            " jugement, elle déclarait :",
            "La nièce du roi",
        ),
        (
            "Paul Lenoir était présent. La nièce du roi s'opposait au transfert des restes."
            " Elle a déclaré :",
            "La nièce du roi",
        ),
        (
            "La nièce du roi, Léa Morel, s'opposait au transfert des restes. Elle a déclaré :",
            "Léa Morel",
        ),
    ],
)
def test_a_pronoun_speaks_as_the_kinship_phrase(extract_text: Any, lead: str, speaker: str) -> None:
    assert _announced(extract_text, lead, PLEDGE) == [(speaker, PLEDGED)]


@pytest.mark.parametrize(
    "lead",
    [
        "Paul Lenoir était présent. Le neveu du roi s'opposait au transfert des restes."
        " Elle a déclaré :",
        "Les nièces du roi s'opposaient au transfert des restes. Elle a déclaré :",
        "Une nièce du roi s'opposait au transfert des restes. Elle a déclaré :",
    ],
)
def test_no_kinship_phrase_of_that_gender_no_speaker(extract_text: Any, lead: str) -> None:
    assert not [q for q in _announced(extract_text, lead, PLEDGE) if q[0]]


def test_the_name_in_the_complement_does_not_speak(extract_text: Any) -> None:
    text = (
        "Le frère de Paul Lenoir a porté plainte mardi. Il a expliqué : « Mon frère a été"
        " trompé par la banque du village. »"
    )
    assert _quotes(extract_text, text) == [
        ("Le frère de Paul Lenoir", "Mon frère a été trompé par la banque du village.")
    ]


def test_an_incise_pronoun_speaks_as_the_kinship_phrase(extract_text: Any) -> None:
    text = (
        "Le fils du maire a quitté la salle. « Je ne reviendrai pas ici avant l'automne »,"
        " a-t-il lancé."
    )
    assert _quotes(extract_text, text) == [
        ("Le fils du maire", "Je ne reviendrai pas ici avant l'automne")
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "La veuve de Paul Lenoir a pris la parole mardi. « Nous irons jusqu'au bout de cette"
            " procédure », a-t-elle dit.",
            "La veuve de Paul Lenoir",
        ),
        (
            "Le père de la victime a reçu les journalistes. Il a déclaré : « Nous irons jusqu'au"
            " bout de cette procédure »",
            "Le père de la victime",
        ),
        (
            "La mère de la victime a reçu les journalistes. Il a déclaré : « Nous irons jusqu'au"
            " bout de cette procédure »",
            None,
        ),
    ],
)
def test_kinship_phrases_speak_by_gender(extract_text: Any, text: str, speaker: Any) -> None:
    assert _quotes(extract_text, text) == [(speaker, "Nous irons jusqu'au bout de cette procédure")]


def test_an_incise_pronoun_of_the_other_gender_is_not_the_phrase(extract_text: Any) -> None:
    text = (
        "La fille du maire a quitté la salle. « Je ne reviendrai pas ici avant l'automne »,"
        " a-t-il lancé."
    )
    assert not [q for q in _quotes(extract_text, text) if q[0] == "La fille du maire"]


# --- a pronoun after a sentence opening on a subordinate clause ----------------------------------
# « Alors que …, X exige … »: the parse may make the subordinate clause the root; the main
# clause's subject is who the next « il » goes back to.

CLOSED = "« Il est impossible de rouvrir la route tant que les travaux ne seront pas finis »"
CLOSED_WORDS = "Il est impossible de rouvrir la route tant que les travaux ne seront pas finis"
CONTRARY = " Dans le cas contraire, la route restera fermée. "


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        (
            "Alors que le site est bloqué depuis mardi, le directeur de l'Agence des routes (ADR)"
            " Marc Dubreuil, exige que la mairie retire le projet.",
            "Marc Dubreuil",
        ),
        (
            "Alors que la mairie est fermée depuis mardi, le directeur de l'agence Marc Dubreuil"
            " exige que le conseil retire le projet.",
            "Marc Dubreuil",
        ),
        (
            "Quand la mairie a fermé ses portes, Paul Lenoir a porté plainte.",
            "Paul Lenoir",
        ),
        (
            "Dès que le jury a rendu son verdict, l'avocat Marc Dubreuil a quitté la salle.",
            "Marc Dubreuil",
        ),
        (
            "Bien que le vote soit acquis, Paul Lenoir a demandé un recomptage.",
            "Paul Lenoir",
        ),
    ],
)
def test_a_pronoun_goes_back_to_the_main_clause(
    extract_text: Any, opening: str, speaker: str
) -> None:
    text = opening + CONTRARY + CLOSED + ", a-t-il déclaré."
    assert _quotes(extract_text, text) == [(speaker, CLOSED_WORDS)]


@pytest.mark.parametrize(
    ("opening", "incise", "speaker"),
    [
        (
            "Alors que la mairie est fermée depuis mardi, Léa Morel exige que le conseil"
            " retire le projet.",
            "a-t-il déclaré",
            None,
        ),
        (
            "Alors que le site est bloqué depuis mardi, la directrice Léa Morel exige que le"
            " conseil retire le projet.",
            "a-t-elle déclaré",
            "Léa Morel",
        ),
        (
            "Comme la mairie est fermée, Léa Morel a porté plainte.",
            "a-t-elle déclaré",
            "Léa Morel",
        ),
        (
            "Lorsque la séance a repris, Paul Lenoir a demandé la parole.",
            "a-t-elle déclaré",
            None,
        ),
        (
            "Puisque la mairie refuse, Paul Lenoir et Léa Morel ont porté plainte.",
            "a-t-il déclaré",
            None,
        ),
    ],
)
def test_the_main_clause_subject_by_gender(
    extract_text: Any, opening: str, incise: str, speaker: Any
) -> None:
    text = opening + CONTRARY + CLOSED + ", " + incise + "."
    assert _quotes(extract_text, text) == [(speaker, CLOSED_WORDS)]


# --- words read on someone's page: « Sur la page de X, on pouvait lire : » ------------------

DEATH = "Le dessinateur Marc Dubreuil est mort lundi. "
THANKS = "« Merci, Marc, pour tous ces dessins et tous ces rires. »"
THANKED = "Merci, Marc, pour tous ces dessins et tous ces rires."


@pytest.mark.parametrize(
    ("clause", "speaker"),
    [
        ("Sur la page Facebook de Léa Morel, on pouvait lire :", "Léa Morel"),
        ("Sur la page officielle de l'Alfara, on peut lire :", "l'Alfara"),
        ("Sur le site de la mairie de Blorin, on peut lire :", "la mairie de Blorin"),
        ("Sur le site du journal, on pouvait lire :", "le journal"),
        ("Sur la page de l'Alfara, Léa Morel a écrit :", "Léa Morel"),
        ("Sur le blog de Léa Morel, on pouvait lire :", "Léa Morel"),
        ("Sur le compte officiel du club, on pouvait lire :", "le club"),
    ],
)
def test_words_read_on_a_page_are_its_owners(extract_text: Any, clause: str, speaker: str) -> None:
    assert _quotes(extract_text, DEATH + clause + " " + THANKS) == [(speaker, THANKED)]


@pytest.mark.parametrize(
    "clause",
    [
        "Sur son compte Twitter, on pouvait lire :",
        "Sur le mur de l'école, on pouvait lire :",
        "Sur la page officielle de l'Alfara, on pouvait voir une photo :",
        "Sur la page, on pouvait lire :",
        "Dans la salle de l'Alfara, on pouvait lire :",
    ],
)
def test_no_owner_no_speaker(extract_text: Any, clause: str) -> None:
    assert not [q for q in _quotes(extract_text, DEATH + clause + " " + THANKS) if q[0]]


# --- a quote standing alone, then « X a ainsi conclu … » ---------------------------------------

NIGHT = "La fête a duré toute la nuit. "
AGAIN = "« Nous reviendrons l'an prochain avec encore plus de musique. »"
AGAIN_WORDS = "Nous reviendrons l'an prochain avec encore plus de musique."


@pytest.mark.parametrize(
    ("after", "speaker"),
    [
        (" Paul Lenoir a ainsi résumé la soirée.", "Paul Lenoir"),
        (" Léa Morel a ainsi terminé son discours.", "Léa Morel"),
        (" Le club de Blorin a ainsi salué ses supporters.", "Le club de Blorin"),
        (" Léa Morel, maire du village, a ainsi ouvert la séance.", "Léa Morel"),
    ],
)
def test_the_subject_of_ainsi_speaks_the_quote_before(
    extract_text: Any, after: str, speaker: str
) -> None:
    assert _quotes(extract_text, NIGHT + AGAIN + after) == [(speaker, AGAIN_WORDS)]


def test_a_cry_closing_a_speech_is_the_speakers(extract_text: Any) -> None:
    text = (
        "La fête a duré toute la nuit.\n\n« Vive le village ! Vive la fête ! » Le maire de"
        " Blorin, Paul Lenoir, a ainsi conclu son discours du 14 juillet."
    )
    assert _quotes(extract_text, text) == [("Paul Lenoir", "Vive le village ! Vive la fête !")]


@pytest.mark.parametrize(
    "after",
    [
        " Il a ainsi conclu son discours.",
        " Paul Lenoir a ainsi perdu son pari.",
        " Paul Lenoir a quitté la salle.",
        "\n\nPaul Lenoir a ainsi conclu la soirée.",
        " C'est ainsi que Léa Morel a conclu la soirée.",
    ],
)
def test_no_ainsi_speech_verb_no_speaker(extract_text: Any, after: str) -> None:
    assert not [q for q in _quotes(extract_text, NIGHT + AGAIN + after) if q[0]]


def test_an_attributed_quote_keeps_its_speaker(extract_text: Any) -> None:
    text = NIGHT + AGAIN[:-3] + " », a dit Léa Morel. Paul Lenoir a ainsi conclu la soirée."
    assert _quotes(extract_text, text) == [("Léa Morel", AGAIN_WORDS[:-1])]
