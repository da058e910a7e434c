"""Photo captions before the dateline give no fact; a lead paragraph there keeps its facts and ends
at its own full stop (the dateline is never part of a fact's sentence). Invented articles."""

from __future__ import annotations

from typing import Any

import pytest

BODY = "Le conseil municipal de Brenneval a voté le budget le 2 juin 2016 par 23 voix contre 4."


def _article(*lines: str) -> str:
    return "Brenneval : le budget adopté\n\n" + "\n\n".join(lines) + "\n"


def _sentences(extract_text: Any, text: str) -> set[str]:
    return {f.sentence for f in extract_text(text)}


@pytest.mark.parametrize(
    "caption",
    [
        "Vue du port de Brenneval de nuit, en mai 2015.",
        "Le nouveau pont de Castelmont, inauguré en avril 2014.",
        "Manifestation de 3 000 enseignants devant la mairie de Valdorie, en mars 2016.",
        "Défilé de 500 pompiers sur l'avenue de Castelmont, le 14 mai 2016.",
        "Le stade de Valdorie lors de la finale de 2012.",
        "Le maire de Brenneval, Paul Girard, en visite à Valdorie en 2015.",
    ],
)
def test_a_verbless_caption_before_the_dateline_gives_no_fact(
    extract_text: Any, caption: str
) -> None:
    sentences = _sentences(extract_text, _article(caption, "3 juin 2016. –\n" + BODY))
    assert caption not in sentences
    assert BODY in sentences  # the article itself still speaks


@pytest.mark.parametrize(
    "lead",
    [
        "Le maire de Brenneval, Paul Girard, a présenté mardi un budget de 40 millions d'euros.",
        "Environ 2 000 personnes ont manifesté le 1er juin 2016 à Castelmont.",
        "La ministre Lucie Marchal est arrivée lundi à Valdorie pour deux jours.",
        "Le budget de la ville est en hausse de 12 % cette année.",
        "Trois usines de Montbrenac ont fermé en mai 2016.",
    ],
)
def test_a_lead_paragraph_before_the_dateline_keeps_its_facts(extract_text: Any, lead: str) -> None:
    sentences = _sentences(extract_text, _article(lead, "3 juin 2016. –\n" + BODY))
    assert lead in sentences  # and its sentence stops at its full stop, without the dateline
    assert not any("3 juin 2016. –" in s for s in sentences)


@pytest.mark.parametrize(
    "line",
    [
        "Bilan de la journée : 12 blessés, en juin 2016.",
        "Vue du port de Brenneval de nuit, en mai 2015.",
    ],
)
def test_a_verbless_sentence_in_the_body_or_without_dateline_keeps_its_facts(
    extract_text: Any, line: str
) -> None:
    after = _sentences(extract_text, _article("3 juin 2016. –\n" + BODY, line))
    undated = _sentences(extract_text, _article(line, BODY))
    assert line in after
    assert line in undated


@pytest.mark.parametrize(
    "pointer",
    [
        "Page actualisée : 5 mai 2019 — « Brenneval : le pont rouvre après 3 ans de travaux »",
        "Page mise à jour : 12 juin 2017 — « Valdorie : Lucie Marchal élue maire »",
        "  page actualisée : 1er mars 2020 - « Castelmont : 200 emplois supprimés »",
    ],
)
def test_a_pointer_to_an_updated_page_is_furniture(extract_text: Any, pointer: str) -> None:
    sentences = _sentences(extract_text, _article("3 juin 2016. –\n" + BODY, pointer))
    assert BODY in sentences
    assert not any("actualisée" in s or "mise à jour" in s for s in sentences)


@pytest.mark.parametrize(
    "line",
    [
        "La page actualisée : le maire de Brenneval a présenté le 4 juin 2016 le budget.",
        "Le ministère a publié le 4 juin 2016 un rapport sur les 12 ponts de Valdorie.",
        "La liste des 30 lauréats a été mise à jour le 1er juin 2016 par le jury.",
    ],
)
def test_furniture_words_inside_a_sentence_stay(extract_text: Any, line: str) -> None:
    assert line in _sentences(extract_text, _article("3 juin 2016. –\n" + BODY, line))
