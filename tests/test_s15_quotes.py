"""Quote speakers on invented news sentences (session 15): the antecedent of a subject « qui »,
a general title standing for the one holder of a narrower title, a body called « le bureau »,
the last-named of several papers for « le quotidien », a source (« selon X ») for words after a
preposition, and the must-not-fire partner of each case."""

from __future__ import annotations

from typing import Any

import pytest

Case = tuple[str, list[tuple[str | None, str]]]


def _speakers(extract_text: Any, text: str) -> list[tuple[str | None, str]]:
    facts = [f.to_dict() for f in extract_text("Titre\n\n" + text) if f.type == "quote"]
    return [(q["speaker"], " ".join(q["text"].split()[:3])) for q in facts]


# A subject « qui » stands for the noun phrase right before it: the person named last, a name
# the index missed as written, or the common noun a place name completes (and no further).
RELATIVES: list[Case] = [
    (
        "Paul Rivet est venu. La trêve a été négociée avec le chef du parti Marc Tollin, qui "
        "déclare à ce propos que « vous pouvez garder vos armes ».",
        [("Marc Tollin", "vous pouvez garder")],
    ),
    (
        "La demande est venue à l'initiative de l'hôpital de Lyon qui souhaitait « désigner un "
        "tuteur pour lui ».",
        [("l'hôpital de Lyon", "désigner un tuteur")],
    ),
    (
        "Paul Rivet, le chef de mission de l'ONG pour le Vantor qui considère qu'il s'agit « d'une "
        "attaque délibérée contre un hôpital ».",
        [("Paul Rivet", "d'une attaque délibérée")],
    ),
    # must not fire: « qui » after a verb has no noun phrase to stand for (no speaker)
    (
        "Paul Rivet est venu. On ignore qui a déclaré que « vous pouvez garder vos armes ».",
        [(None, "vous pouvez garder")],
    ),
]

# A general title (« le chef du gouvernement », « le monarque », « le dirigeant ») stands for the
# one person of the article holding a narrower title; with two candidates it stays as written.
GENERAL_TITLES: list[Case] = [
    (
        "Paul Rivet, le Premier ministre du Vantor, a visité le port. « Nous reconstruirons "
        "tout », a déclaré le chef du gouvernement.",
        [("Paul Rivet", "Nous reconstruirons tout")],
    ),
    (
        "Le roi du Vantor, Frédéric Mallet, a visité le port. « Nous reconstruirons tout », a "
        "déclaré le dirigeant.",
        [("Frédéric Mallet", "Nous reconstruirons tout")],
    ),
    (
        "Le roi du Vantor, Frédéric Mallet, a reçu le président du Belmar, Otto Grünberg. « Nous "
        "reconstruirons tout », a déclaré le dirigeant.",
        [("le dirigeant", "Nous reconstruirons tout")],
    ),
]

# « le bureau de X » speaks as written, like « l'agence » or « le service ».
BODIES: list[Case] = [
    (
        "« Le dispensaire a été touché deux fois dans la nuit » a affirmé le bureau de l'ONG à "
        "Lyon.",
        [("le bureau de l'ONG", "Le dispensaire a")],
    ),
    (
        "« Le dispensaire a été touché deux fois dans la nuit » a affirmé le témoin.",
        [(None, "Le dispensaire a")],
    ),
]

# A speech verb in a relative clause on a noun (« une base qu'il considère … ») does not make its
# « il » the topic that a later « a-t-il déclaré » follows back.
TOPICS: list[Case] = [
    (
        "Pour la première fois, les États-Unis sont intervenus contre les forces du régime de "
        "Karl Brenner. Le président américain Paul Rivet a ordonné une frappe militaire sur une "
        "base aérienne qu'il considère à l'origine de l'attaque de mardi. « Ce soir, j'ai "
        "ordonné une frappe ciblée sur cette base », a-t-il déclaré.",
        [("Paul Rivet", "Ce soir, j'ai")],
    ),
]

# « Selon X, il s'agit de « … » »: quoted words after a preposition are X's when the sentence
# opens on a source; a name after a preposition (« le nom de « … » ») stays a name.
SOURCES: list[Case] = [
    (
        "Paul Rivet est arrivé lundi. Selon le secrétaire général, Marc Tollin, il s'agit de "
        "« violations flagrantes du droit maritime ».",
        [("Marc Tollin", "violations flagrantes du")],
    ),
    (
        "Paul Rivet est arrivé lundi. Selon le secrétaire général, Marc Tollin, le navire porte "
        "le nom de « Grande Étoile du Nord ».",
        [],
    ),
]

# « le quotidien » with several papers named: the one named last, in a later sentence than the
# others; two papers named in one breath leave it as written.
KINDS: list[Case] = [
    (
        "Le quotidien Le Matin a publié l'enquête lundi. Le quotidien La Voix l'a reprise mardi. "
        "Le quotidien note que « la fermeture du port ruinerait la ville ».",
        [("La Voix", "la fermeture du")],
    ),
    (
        "Le quotidien Le Matin et le quotidien La Voix ont publié l'enquête lundi. Le quotidien "
        "note que « la fermeture du port ruinerait la ville ».",
        [("Le quotidien", "la fermeture du")],
    ),
]

# A past participle of speech or judgement on a noun is passive: the noun is what is judged or
# called so, not who speaks; the same verb with its own subject still reports.
PARTICIPLES: list[Case] = [
    (
        "Paul Rivet est arrivé. Les élus considérés comme « trop proches du pouvoir » ont été "
        "écartés.",
        [],
    ),
    (
        "Paul Rivet est arrivé. Il a qualifié les élus de « trop proches du pouvoir ».",
        [("Paul Rivet", "trop proches du")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    RELATIVES + GENERAL_TITLES + BODIES + TOPICS + SOURCES + KINDS + PARTICIPLES,
)
def test_quote_speakers(
    extract_text: Any, text: str, expected: list[tuple[str | None, str]]
) -> None:
    assert _speakers(extract_text, text) == expected
