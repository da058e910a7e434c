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


# A quote that ends the « que » clause of a verb of saying or thinking is said by that verb's
# subject: a name the parse left without a verb (« Marlin remarque que »), an unfilled role
# (« le rapporteur public »), a speaker named before « a déclaré au journal que … », the
# antecedent of « qui » (« le cas de X, qui commente « … » »). The name alone is the speaker, never
# the clause; noticing a thing (« a remarqué une voiture « … » ») reports no words.
CLAUSES: list[Case] = [
    (
        "Les deux clubs ont esquissé la question. Marlin remarque d'ailleurs que « pour celui qui "
        "descend de la colline, il y a déjà un passage très commode ».",
        [("Marlin", "pour celui qui")],
    ),
    (
        "Le maire David Marlin a visité le chantier. Marlin remarque que « le chantier a pris six "
        "mois de retard ».",
        [("David Marlin", "le chantier a")],
    ),
    (
        "Dans cette procédure, le rapporteur public estime que le jugement « doit être annulé » "
        "et compte demander « que soit faite injonction » au juge.",
        [("le rapporteur public", "doit être annulé")],
    ),
    (
        "Plusieurs vidéastes ont réagi. C'est entre autres le cas de Lucien Marot, qui commente "
        "« Ne nous mettez pas tous dans le même panier, les rumeurs nuisent ».",
        [("Lucien Marot", "Ne nous mettez")],
    ),
    (
        "Le mois dernier, Saïd Al Karim, directeur du bureau des communications du gouvernement, "
        "a déclaré au journal que les lois étaient en cours de révision afin de garantir que "
        "« les travailleurs reçoivent les protections nécessaires sur le site ».",
        [("Saïd Al Karim", "les travailleurs reçoivent")],
    ),
    (
        "L'association Terre Libre, qui affirme que « les forêts disparaissent plus vite que "
        "prévu », publie un rapport.",
        [("L'association Terre Libre", "les forêts disparaissent")],
    ),
    (
        "Vernet a rencontré Marlin, qui a répondu : « Nous verrons bien lundi. »",
        [("Marlin", "Nous verrons bien")],
    ),
    (
        "Le maire, qui a rappelé que « la sécurité des enfants passe avant tout », a fermé l'école.",
        [("Le maire", "la sécurité des")],
    ),
    # must not fire: a thing noticed, a law's provision, a song performed, a newspaper's headline
    (
        "Les enquêteurs ont remarqué une voiture « très ancienne et sans plaque » devant la "
        "mairie.",
        [],
    ),
    ("La loi, qui prévoit que « tout citoyen peut saisir le juge », entre en vigueur lundi.", []),
    ("Le chanteur, qui interprète « Les jours heureux », arrive demain à Lorvan.", []),
    ("Le Courrier de Lorvan titre « La ville sous la neige » ce matin.", []),
]


@pytest.mark.parametrize(("text", "expected"), CLAUSES)
def test_clauses_of_saying(extract_text: Any, text: str, expected: list[Any]) -> None:
    assert _speakers(extract_text, text) == expected
