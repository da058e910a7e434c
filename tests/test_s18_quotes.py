"""Quote facts on invented news sentences (session 18): statements a body issues through a text
(« X a publié un communiqué, qui se lit comme suit : », « selon le communiqué du ministère »), each
family with its must-not-fire cases."""

from __future__ import annotations

from typing import Any

import pytest

Case = tuple[str, list[tuple[str | None, str]]]


def _speakers(extract_text: Any, text: str) -> list[tuple[str | None, str]]:
    facts = [f.to_dict() for f in extract_text("Titre\n\n" + text) if f.type == "quote"]
    return [(q["speaker"], " ".join(q["text"].split()[:3])) for q in facts]


# The words of a text a colon opens are said by whoever issued it: the subject of a verb of
# issuing (« publier », « consacrer ») whose object the text is, a person its « de » names, the
# body it belongs to (« le communiqué du syndicat »), or, for « La déclaration explique : », the
# issuer an earlier sentence gave the same text. Receiving a text, or a text nobody issued, gives
# no speaker.
DOCUMENTS: list[Case] = [
    (
        "Les dirigeants de Velorix ont publié un communiqué officiel, qui se lit comme suit : "
        "« Nous confirmons que le recours a été rejeté. »",
        [("Les dirigeants de Velorix", "Nous confirmons que")],
    ),
    (
        "Selon le communiqué du ministère : « Les récoltes de blé seront inférieures de dix pour "
        "cent. »",
        [("le ministère", "Les récoltes de")],
    ),
    (
        "Selon un communiqué de la préfecture, « la circulation restera coupée jusqu'à lundi ».",
        [("la préfecture", "la circulation restera")],
    ),
    (
        "Le club de Valmont a publié une déclaration jeudi. La déclaration explique : « Le joueur "
        "a quitté le club jeudi. Il ne reviendra pas. »",
        [("Le club de Valmont", "Le joueur a")],
    ),
    (
        "Une déclaration de Valmont a confirmé le paiement. La déclaration explique : « Les "
        "représentants du joueur ont visité nos bureaux. » « Le club transmettra les détails à "
        "la fédération. »",
        [("Valmont", "Les représentants du"), ("Valmont", "Le club transmettra")],
    ),
    (
        "Le communiqué du syndicat précise : « La grève continuera demain dans les trois usines. »",
        [("le syndicat", "La grève continuera")],
    ),
    (
        "Le communiqué de Ferlux Industries explique : « Nos usines reprendront le travail lundi. »",
        [("Ferlux Industries", "Nos usines reprendront")],
    ),
    (
        "L'attaquant de Valmont, Luis Varga, a consacré un post d'Instagram à Paul Roux : « Mon "
        "ami, je te souhaite le meilleur ! Reste comme ça ».",
        [("Luis Varga", "Mon ami, je")],
    ),
    (
        "Le quotidien a publié une lettre de Marc Delorme : « Je quitte la vie politique après "
        "vingt ans. »",
        [("Marc Delorme", "Je quitte la")],
    ),
    # must not fire: a text received, a text nobody issued, a title in marks
    (
        "Le ministère a reçu une lettre anonyme : « Nous refusons la fermeture de notre école. »",
        [],
    ),
    (
        "La déclaration explique : « Les travaux reprendront en mars. »",
        [(None, "Les travaux reprendront")],
    ),
    ("Le texte, intitulé « Pour une école ouverte », a été adopté par le conseil.", []),
    (
        "Paul Verdier a reçu un message de menace : « Tu vas payer pour ce que tu as fait. »",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS)
def test_texts_issued_by_bodies(extract_text: Any, text: str, expected: list[Any]) -> None:
    assert _speakers(extract_text, text) == expected
