"""A pronoun of a complement or adverbial clause (« … précise qu'elles ont fait 34 morts », « … a été
blessé alors qu'il rentrait ») takes up a noun phrase or a name its own sentence gives before it,
and « lui », « eux » after a preposition (« chez lui », « avant lui ») a person named before
them: the card stands alone. A pronoun with nothing before it to take up still drops the card.
Invented articles, real extraction and templates."""

from __future__ import annotations

from typing import Any

import pytest

from tests.phrasing_helpers import made_from


@pytest.mark.parametrize(
    "sentence",
    [
        "Le parquet confirme que les explosions sont criminelles, et précise qu'elles ont fait 34 morts.",
        "Paul Lenoir, policier de 42 ans, a été blessé alors qu'il rentrait chez lui à Brenneval.",
        "La préfecture de Brenneval indique qu'elle a évacué 300 habitants.",
        "Le maire de Brenneval a annoncé qu'il fermerait 12 écoles à la rentrée.",
        "Léa Marchand, comme Paul Roy avant lui, a remporté 3 titres à Brenneval.",
        "Les pompiers de Brenneval ont annoncé qu'ils avaient sauvé 60 habitants.",
        "Léa Marchand a été élue au conseil municipal de Brenneval alors qu'elle n'avait que 23 ans.",
        "Paul Roy a marqué 14 buts pour le club de Brenneval avant qu'il ne parte à Lormes.",
    ],
)
def test_a_pronoun_its_sentence_names_first_keeps_the_card(
    extract_text: Any, sentence: str
) -> None:
    kept, reasons = made_from(extract_text, sentence, "quantity", "event")
    assert kept, reasons
    assert not any("unresolved pronoun" in r for r in reasons)


@pytest.mark.parametrize(
    "sentence",
    [
        # the sentence opens on the pronoun: nothing before it to take up
        "Il a annoncé qu'il fermerait 12 écoles à la rentrée.",
        "Elle indique qu'elle a évacué 300 habitants.",
        # no linker: a pronoun subject after a comma only
        "Selon le rapport de la mairie, il a dépensé 300 000 euros.",
        # « lui » with no one named before it: a person, not the noun phrase before it
        "Le rapport écrit par la mairie pour lui fait état de 300 000 euros de dépenses.",
        # a plural pronoun and no plural noun phrase nor name before it
        "La mairie de Brenneval a annoncé qu'ils avaient sauvé 60 habitants.",
    ],
)
def test_a_pronoun_with_nothing_before_it_still_drops_the_card(
    extract_text: Any, sentence: str
) -> None:
    _, reasons = made_from(extract_text, sentence, "quantity", "event")
    assert any("unresolved pronoun" in r for r in reasons)
