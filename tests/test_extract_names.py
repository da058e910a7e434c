"""The article's name index: full names, aliases, gender, coreference helpers."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.fixture(scope="module")
def build(nlp: Any) -> Any:
    from generators.extract import indexing
    from generators.extract import pipeline as nlp_module
    from generators.extract.context import Context
    from generators.source.article import parse_bytes

    def run(text: str) -> Any:
        article = parse_bytes(text.encode(), source="t.txt", slug="t")
        return indexing.index(nlp_module.parse(article.clean), Context(article))

    return run


def test_last_name_and_civility_resolve_to_the_full_name(build: Any) -> None:
    index = build(
        "Le ministre Gérard Valmont a visité Dunkerque. M. Valmont a promis des renforts."
    )
    assert index.resolve("M. Valmont") == "Gérard Valmont"
    assert index.resolve("Valmont") == "Gérard Valmont"
    assert "M. Valmont" in index.aliases("Gérard Valmont")
    assert index.gender("Gérard Valmont") == "m"


def test_feminine_from_civility_and_title(build: Any) -> None:
    index = build(
        "La sénatrice Nathalie Goulet a déposé un amendement. Mme Goulet estime qu'il manque des moyens."
    )
    assert index.resolve("Goulet") == "Nathalie Goulet"
    assert index.gender("Nathalie Goulet") == "f"


def test_two_people_sharing_a_last_name_stay_apart(build: Any) -> None:
    index = build(
        "Bernard Lassalle est arrivé avec sa fille Claude Lassalle. Claude Lassalle a salué la foule."
    )
    assert {"Bernard Lassalle", "Claude Lassalle"} <= set(index.people())
    assert index.gender("Claude Lassalle") == "f"
    assert index.resolve("Claude Lassalle") == "Claude Lassalle"


def test_unknown_name_does_not_resolve(build: Any) -> None:
    index = build("Le maire Paul Girard a inauguré la salle des fêtes.")
    assert index.resolve("Martin") is None
    assert index.resolve("") is None


def test_holder_of_a_role(build: Any) -> None:
    index = build("Le secrétaire général de l'ONU, António Guterres, est attendu à Genève.")
    assert index.holder("le secrétaire général") == "António Guterres"
    assert index.holder("ministre de la Santé") is None


def test_person_before_respects_gender(build: Any) -> None:
    text = "La juge Anne Moreau a entendu le témoin Marc Lenoir. Elle a ensuite clos l'audience."
    index = build(text)
    pos = text.index("Elle")
    assert index.person_before(pos, "f") == "Anne Moreau"
    assert index.person_before(pos) == "Marc Lenoir"


def test_mentions_carry_offsets_of_the_text(build: Any) -> None:
    text = "Hier, le capitaine Hugo Lloris a quitté Tottenham."
    index = build(text)
    (mention,) = index.mentions_in(0, len(text))
    assert text[mention.start : mention.end] == "Hugo Lloris"
    assert index.mention_at(mention.start + 2) is mention


def test_hyphenated_words_are_one_token_in_the_merged_doc(build: Any) -> None:
    index = build("Le lieutenant-colonel Jean-Marc Dubois commande le régiment.")
    words = [t.text for t in index.doc(0)]
    assert "lieutenant-colonel" in words and "Jean-Marc" in words


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "« La situation est grave », a déclaré J.-P. Raffarin devant la presse.",
            "J.-P. Raffarin",
        ),
        ("Le rapport de F. L. Copperman a été publié en 1980.", "F. L. Copperman"),
        ("P.-Y. Dubois a publié une étude sur les abeilles.", "P.-Y. Dubois"),
        ("La lettre de J.-M. Le Pen a été lue au congrès.", "J.-M. Le Pen"),
    ],
)
def test_initials_before_a_name_make_a_person(build: Any, text: str, name: str) -> None:
    assert name in build(text).people()


@pytest.mark.parametrize(
    "text",
    [
        "Il faut un plan B. Pierre Roux l'a dit au conseil.",
        "La vitamine C. Paul Roux en prend chaque matin.",
    ],
)
def test_a_letter_naming_a_thing_is_not_an_initial(build: Any, text: str) -> None:
    assert build(text).people() == ["Pierre Roux" if "Pierre" in text else "Paul Roux"]


@pytest.mark.parametrize(
    "text",
    [
        "Réunion\n\nLa sous-préfète de Lodève, Inès Carbonnel, présidait la séance.",
        "Réunion\n\nLe sous-préfet de Gien, Bastien Rouquier, a reçu les maires.",
    ],
)
def test_place_after_a_title_is_not_a_name_when_the_name_follows(build: Any, text: str) -> None:
    people = build(text).people()
    assert text.split(", ")[1] in people
    assert not [p for p in people if p.startswith("de ")]


def test_article_title_is_kept_for_biographies(build: Any) -> None:
    from generators.extract import appositions

    index = build("Léonie Barbier\n\nLéonie Barbier est une astronome française.")
    assert appositions.biography_subject(index) == "Léonie Barbier"
    assert appositions.biography_subject(build("Ciel\n\nLéonie Barbier est astronome.")) is None


# Issue 14: names never merge across « de » / « à »: « le message de A B à C D » is two people.
@pytest.mark.parametrize(
    "text",
    [
        "Le message de Lionel Dupont à Marc Durand a été lu en séance.",
        "La lettre de Paul Roux à Claire Vidal est publiée.",
        "Le discours de Marie Caron devant Pierre Lamy a été salué.",
        "L'appel de Hugo Ferrand à Anne Morel est resté sans réponse.",
        "La rencontre de Julie Mercier et de Thomas Leroy a eu lieu lundi.",
        "Le courrier de Sophie Berger à Luc Blanc date de mars.",
        "Le soutien de Paul Girard à Hélène Roy est acquis.",
        "La plainte de Marc Petit contre Jean Dubois a été classée.",
        "Le coup de fil de Claire Vidal à Henri Blanc a duré une heure.",
        "La réponse de Lucie Roy à Paul Renaud est attendue.",
    ],
)
def test_names_never_merge_across_de(build: Any, text: str) -> None:
    people = build(text).people()
    assert len(people) == 2 and all(len(p.split()) == 2 for p in people), people


def test_a_particle_inside_one_name_still_joins_it(build: Any) -> None:
    people = build("Le général Henri de Montcalm a écrit à Paul Roux.").people()
    assert "Paul Roux" in people and any(p.endswith("de Montcalm") for p in people), people
