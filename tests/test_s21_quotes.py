"""Unmarked reported speech read backwards (« Les prix vont monter, a prévenu X. ») needs a speaker
after the verb: when the words before the comma are the verb's own subject, a name with its
apposition (« X, ministre de Y, a annoncé sur Z qu'il … »), nothing before the comma is reported.
Invented sentences."""

from __future__ import annotations

from typing import Any

import pytest


def _quotes(extract_text: Any, sentence: str) -> list[tuple[Any, ...]]:
    text = "Vossberg : un titre\n\n3 juin 2018. –\n" + sentence + "\n"
    return [(f.get("speaker"), f.get("text")) for f in extract_text(text) if f.type == "quote"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Paul Lenoir, ministre de la Mer, a annoncé sur Radio Nord ce matin qu'il quittait son poste.",
        "Paul Lenoir, ministre d'État, ministre de la Transition maritime et solidaire, a annoncé "
        "sur Radio Nord ce matin, qu'il quittait le gouvernement.",
        "Léa Morel, ministre des Sports, de la Jeunesse et solidaire, a annoncé sur Radio Nord "
        "mardi, qu'elle quittait le gouvernement.",
        "Claire Morel, présidente du club, a déclaré à la presse qu'elle se retirait.",
        "Anne Roy, porte-parole de la mairie, a précisé lundi que les travaux reprendraient.",
        "Jean Collet, directeur de l'usine, a expliqué aux salariés que le site fermerait.",
    ],
)
def test_a_named_subject_before_the_comma_is_not_reported(extract_text: Any, sentence: str) -> None:
    assert not [
        q for q in _quotes(extract_text, sentence) if q[1] and q[1].startswith(sentence[:10])
    ]


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        (
            "Les prix de l'énergie vont encore monter cet hiver, a prévenu Paul Lenoir.",
            ("Paul Lenoir", "Les prix de l'énergie vont encore monter cet hiver"),
        ),
        (
            "Le chantier sera terminé avant la fin de l'année, a assuré Claire Morel.",
            ("Claire Morel", "Le chantier sera terminé avant la fin de l'année"),
        ),
        (
            "La situation reste très tendue dans la vallée, a déclaré Anne Roy.",
            ("Anne Roy", "La situation reste très tendue dans la vallée"),
        ),
        (
            "Le travail commun des deux pays continue, a écrit Jean Collet sur son compte.",
            ("Jean Collet", "Le travail commun des deux pays continue"),
        ),
        (
            "Nous ne fermerons aucune école du canton, a affirmé Marc Petit.",
            ("Marc Petit", "Nous ne fermerons aucune école du canton"),
        ),
    ],
)
def test_reported_words_before_an_inverted_verb_stay(
    extract_text: Any, sentence: str, quote: tuple[str, str]
) -> None:
    assert quote in _quotes(extract_text, sentence)


# --- a pronoun announcing a quote after an opening phrase (« Suite au jugement, elle a dit : ») ----


def _announced(extract_text: Any, lead: str, clause: str) -> list[tuple[Any, ...]]:
    text = (
        "Vossberg : un titre\n\n3 juin 2018. –\n"
        + lead
        + "\n\n"
        + clause
        + "\n\n« Nous respecterons la volonté de tous les habitants du canton. »\n"
    )
    return [(f.get("speaker"), f.get("text")) for f in extract_text(text) if f.type == "quote"]


SAID = "Nous respecterons la volonté de tous les habitants du canton."


@pytest.mark.parametrize(
    ("lead", "clause", "speaker"),
    [
        (
            "La nièce du roi, Marie Roy, s'opposait au transfert.",
            "Suite au jugement, elle déclarait :",
            "Marie Roy",
        ),
        (
            "Le maire de Vossberg, Paul Lenoir, a reçu les familles.",
            "Après la réunion, il a déclaré :",
            "Paul Lenoir",
        ),
        (
            "La directrice de l'école, Claire Morel, a réuni les parents.",
            "En fin de journée, elle a ajouté :",
            "Claire Morel",
        ),
        (
            "Le préfet Jean Collet s'est rendu sur place lundi.",
            "Devant la presse, il a expliqué :",
            "Jean Collet",
        ),
        (
            "La ministre Anne Roy a visité le chantier mardi.",
            "Lors de sa visite, elle a assuré :",
            "Anne Roy",
        ),
    ],
)
def test_the_pronoun_subject_speaks_not_the_opening_noun(
    extract_text: Any, lead: str, clause: str, speaker: str
) -> None:
    assert (speaker, SAID) in _announced(extract_text, lead, clause)


@pytest.mark.parametrize(
    ("lead", "clause"),
    [
        # the pronoun's person is a woman, the only name a man's: no speaker rather than him
        (
            "Le roi Albert Dupuis est mort en 1980. Sa nièce s'opposait au transfert.",
            "Suite au jugement, elle déclarait :",
        ),
        (
            "Le maire Paul Lenoir a reçu une habitante du quartier.",
            "Après la réunion, elle a déclaré :",
        ),
        (
            "Le préfet Jean Collet a rencontré une infirmière de l'hôpital.",
            "Devant la presse, elle a expliqué :",
        ),
    ],
)
def test_a_pronoun_of_the_wrong_gender_gets_no_named_speaker(
    extract_text: Any, lead: str, clause: str
) -> None:
    named = {"Albert Dupuis", "Paul Lenoir", "Jean Collet"}
    assert not [q for q in _announced(extract_text, lead, clause) if q[0] in named]
