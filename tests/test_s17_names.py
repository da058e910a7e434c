"""Person names on invented news sentences (session 17): a name never swallows « de » + another
person, place or body; real particles stay (« de », « von der », « de La »); elided surnames
(« O'Brady »); first names sharing one surname (« Lucie et Marc Vernet »); « les chauffeurs de X »
names no one. Each family with its must-not-fire cases."""

from __future__ import annotations

from typing import Any

import pytest

from generators.extract import indexing


@pytest.fixture
def people(extract_text: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    """Return a function: French text → the people of its name index, in order of mention."""
    original = indexing.index
    seen: list[Any] = []

    def spy(*args: Any, **kwargs: Any) -> Any:
        result = original(*args, **kwargs)
        seen.append(result)
        return result

    monkeypatch.setattr(indexing, "index", spy)

    def run(text: str) -> list[str]:
        seen.clear()
        extract_text("Titre\n\n" + text)
        return list(seen[-1].people())

    return run


# A name followed by « de » + another person, a place or a body: two things, never one name.
MERGED: list[tuple[str, list[str]]] = [
    (
        "Le message de Lionel Dupont de Marc Durand a été lu mardi devant le conseil.",
        ["Lionel Dupont", "Marc Durand"],
    ),
    (
        "Le message de Lionel Dupont de Kwame Osei a surpris les élus de la commune.",
        ["Lionel Dupont", "Kwame Osei"],
    ),
    (
        "La lettre de Sophie Martin de Valcourt a été lue à Valcourt, a dit Paul Girard.",
        ["Sophie Martin", "Paul Girard"],
    ),
    (
        "Le message de Lionel Dupont à Marc Durand a été publié mardi.",
        ["Lionel Dupont", "Marc Durand"],
    ),
    (
        "Le contrat de Marc Petit de cinq ans a été signé, a annoncé Hugo Lenoir.",
        ["Marc Petit", "Hugo Lenoir"],
    ),
    ("Le départ d'Anna Klein de l'équipe a surpris les supporters.", ["Anna Klein"]),
]

# Real particles of a name: « de » + a surname, two-word particles, a title before « de Gaulle ».
PARTICLES: list[tuple[str, list[str]]] = [
    ("Charles de Gaulle a déclaré : « La France est libre. »", ["Charles de Gaulle"]),
    ("Le ministre Dominique de Villepin a parlé longuement.", ["Dominique de Villepin"]),
    (
        "La présidente de la Commission, Ursula von der Leyen, a ouvert la séance.",
        ["Ursula von der Leyen"],
    ),
    ("« Le corbeau est vexé », a écrit Jean de La Fontaine.", ["Jean de La Fontaine"]),
    ("Le ministre Piet van den Berg a quitté la salle.", ["Piet van den Berg"]),
    ("Le discours de Charles de Gaulle à Londres a été diffusé.", ["Charles de Gaulle"]),
    ("Le général de Gaulle a déclaré : « Nous refusons. »", ["de Gaulle"]),
    # one word before « de » keeps it, even before a place: « Marc de Valcourt » may be a name
    ("Le marquis Louis de Vernet a reçu les élus à Montbrun.", ["Louis de Vernet"]),
    (
        "Le président Bruno Lafitte d'Auberive a déclaré : « Nous votons. »",
        ["Bruno Lafitte d'Auberive"],
    ),
    ("Le ministre Paul de Montval a déclaré : « Nous votons. »", ["Paul de Montval"]),
]

# After a title, « de » + one word closing the phrase is the title's place.
TITLED: list[tuple[str, list[str]]] = [
    ("Le maire Marc Durand de Valcourt a déclaré : « Nous gagnerons. »", ["Marc Durand"]),
    ("Le maire Marc Durand de Valcourt et son adjoint ont visité l'école.", ["Marc Durand"]),
    ("La préfète Anne Vidal de Montbrun a signé l'arrêté mardi.", ["Anne Vidal"]),
]

# Elided surnames, and first names that share the surname after them.
OTHER_SPANS: list[tuple[str, list[str]]] = [
    ("Le trio Lucas Fermin, Sean O'Brady, Tomas Verlaine a attaqué.", ["Sean O'Brady"]),
    (
        "Lucie et Marc Vernet, parents d'un élève, ont écrit au maire. Plus tard, Lucie a déclaré : "
        "« Nous attendons une réponse. »",
        ["Lucie Vernet", "Marc Vernet"],
    ),
    ("Les champions Hugo et Thomas Garnier ont gagné la course.", ["Hugo Garnier"]),
    # must not fire: two full names, a place before « et »
    ("Paul Roux et Marc Vernet ont signé l'accord.", ["Paul Roux", "Marc Vernet"]),
    ("Lyon et Marc Vernet ont signé l'accord.", ["Marc Vernet"]),
    # a zero-width space glued to a word of the name
    (
        "Selon Rémi Tao Ba \u200b\u200bKeo, le représentant de l'agence, tout va bien.",
        ["Rémi Tao Ba Keo"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), MERGED + PARTICLES + TITLED + OTHER_SPANS)
def test_name_spans(people: Any, text: str, expected: list[str]) -> None:
    found = people(text)
    for name in expected:
        assert name in found, found


def test_no_merged_name(people: Any) -> None:
    for text, _expected in MERGED + TITLED:
        assert not [p for p in people(text) if " de " in p or " d'" in p], text


def test_plural_title_names_no_one(people: Any) -> None:
    found = people("Les chauffeurs de Zelto ont entamé une grève lundi, a annoncé Paul Girard.")
    assert not [p for p in found if p.startswith(("de ", "d'"))], found


def test_lone_surname_not_joined(people: Any) -> None:
    found = people("Le président Lebrun et Marc Vernet ont signé l'accord mardi.")
    assert "Lebrun Vernet" not in found, found


def test_titled_surname_first(people: Any) -> None:
    """« la présidente Kim » after « la présidente Kim Soo-ah »: the same person (surname first);
    « le prince Louis » after « Louis Vernet » stays apart (a sovereign's first name)."""
    text = (
        "La présidente Kim Soo-ah a été destituée mardi. Selon la cour, la présidente Kim a "
        "violé la loi."
    )
    assert people(text) == ["Kim Soo-ah"]
    text = "Louis Vernet a salué la foule. Le prince Louis est arrivé ensuite."
    assert "Louis" in people(text)
