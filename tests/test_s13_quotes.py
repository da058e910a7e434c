"""Quote speakers on invented news sentences (issue 14, session 13): sources that are bodies or
roles, phrases quoted in a sentence that opens on « selon X », verbs of an incise, quotes read
together, and the must-not-fire cases of each."""

from __future__ import annotations

from typing import Any

import pytest


def _quotes(extract_text: Any, text: str) -> list[dict[str, Any]]:
    return [f.to_dict() for f in extract_text("Titre\n\n" + text) if f.type == "quote"]


Case = tuple[str, list[tuple[str | None, str]]]


def _speakers(extract_text: Any, text: str) -> list[tuple[str | None, str]]:
    return [(q["speaker"], " ".join(q["text"].split()[:3])) for q in _quotes(extract_text, text)]


# « Selon X, … « … » »: a body named after « selon » (past a description, inside quote marks), a
# role, or a person with an apposition; a lower-case phrase of the sentence is X's words. Not for
# « pour » + a name that is no source (« Pour Noël »), nor for plural anonymous sources.
SOURCES: list[Case] = [
    (
        "Selon le fournisseur Lorvan Télécom, l'opération « visait à protéger les réseaux des élèves ».",
        [("Lorvan Télécom", "visait à protéger")],
    ),
    (
        "À 10 h, selon Météo-Lorvan, « la tempête poursuit sa route vers l'est du pays ».",
        [("Météo-Lorvan", "la tempête poursuit")],
    ),
    (
        "Selon « Le Courrier », « les filles de Paul Girard n'ont jamais été présentes à la mairie ».",
        [("Le Courrier", "les filles de")],
    ),
    (
        "Selon Paul Girard, du conseil régional, les « règles du marché continuent de peser sur les prix ».",
        [("Paul Girard", "règles du marché")],
    ),
    (
        "Selon Paul Girard, cette réforme est « un grand pas ».",
        [("Paul Girard", "un grand pas")],
    ),
    (
        "Selon le journal Le Soir, le « plan de relance » est prêt.",
        [("Le Soir", "plan de relance")],
    ),
    ("Pour Noël, la « grande parade » traverse la ville.", []),
    ("Pour la première fois, le « petit train » a roulé jusqu'à la mer.", []),
    ("Selon la carte, le « chemin des douaniers » longe la côte.", []),
    (
        "Selon les analystes de la banque Crédit Vermeil, « les taux vont encore monter cette année ».",
        [],
    ),
    ("Il a reçu le prix pour « Les hommes qui marchent ».", []),
]


@pytest.mark.parametrize(("text", "expected"), SOURCES)
def test_speakers(extract_text: Any, text: str, expected: list[tuple[str | None, str]]) -> None:
    assert _speakers(extract_text, text) == expected
