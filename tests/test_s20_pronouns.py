"""A pronoun after « mais », « et », « car » takes up the noun subject opening its own sentence
(« La séance est ouverte, mais elle a déjà réuni 342 votes »): the card stands alone. Another
pronoun (of the other gender, or with no such subject) still drops the card. Invented articles,
real extraction and templates."""

from __future__ import annotations

from typing import Any

import pytest

from tests.phrasing_helpers import made_from


@pytest.mark.parametrize(
    "sentence",
    [
        "La consultation est toujours en cours, mais elle a déjà réuni 342 signatures.",
        "La pétition circule depuis lundi et elle a déjà recueilli 4 500 signatures.",
        "Le comité siège toujours, mais il a déjà examiné 120 dossiers.",
        "Les pompiers sont sur place, et ils ont déjà évacué 60 habitants.",
        "Les infirmières sont en grève, car elles réclament 300 postes de plus.",
        "L'usine tourne encore, mais elle a supprimé 80 emplois.",
        # a relative clause's pronoun takes up a noun phrase named before it
        "Une passante a été blessée lors d'un défilé de 300 chars dont elle était spectatrice.",
        "Un pompier a été blessé dans un incendie de 40 hectares où il intervenait.",
    ],
)
def test_a_pronoun_taking_up_its_sentence_subject_keeps_the_card(
    extract_text: Any, sentence: str
) -> None:
    kept, reasons = made_from(extract_text, sentence, "quantity")
    assert kept, reasons
    assert not any("unresolved pronoun" in r for r in reasons)


@pytest.mark.parametrize(
    "sentence",
    [
        # the pronoun's gender is not the opening subject's: someone named elsewhere
        "Le comité siège toujours, mais elle a déjà examiné 120 dossiers.",
        "La commission siège toujours, mais il a déjà examiné 120 dossiers.",
        # no coordinating word: the pronoun opens its clause after a subordinate one
        "Quand la séance a repris, elle a déjà réuni 342 signatures.",
        # the sentence opens on a pronoun: nothing to take up
        "Elle siège toujours, mais elle a déjà examiné 120 dossiers.",
        # a plural pronoun after a singular subject
        "La mairie a réagi, et ils ont déjà recueilli 4 500 signatures.",
    ],
)
def test_a_pronoun_with_no_subject_to_take_up_still_drops_the_card(
    extract_text: Any, sentence: str
) -> None:
    _, reasons = made_from(extract_text, sentence, "quantity")
    assert any("unresolved pronoun" in r for r in reasons)


@pytest.mark.parametrize(
    "sentence",
    [
        "Le défilé de Brenneval a eu lieu samedi soir 6 octobre 2018 devant la mairie.",
        "Le conseil de Valdorie s'est réuni mardi matin 2 octobre 2018 en séance publique.",
        "Le marché de Castelmont a rouvert dimanche 7 octobre 2018 après les travaux.",
    ],
)
def test_a_weekday_with_its_date_is_no_relative_date(extract_text: Any, sentence: str) -> None:
    kept, reasons = made_from(extract_text, sentence, "event")
    assert kept, reasons
    assert not any("relative date" in r for r in reasons)
