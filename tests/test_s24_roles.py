"""Session 24 role families, on invented sentences: names listed with their nationality after one
title (« Les tenants du titre, l'Italien A et la Suédoise B »), members of a list named after
« dont » (« La liste des candidats à X compte neuf noms, dont A, B et C »), a second role dated
after a past one (« ancienne ministre durant les années 1990 et députée jusqu'en 2010 »), a title
phrase before a comma and the name (« Le vice-procureur, A »), « le chef de l'État » standing for
the one state head named, the hosts of a show (« La cérémonie, présentée par A et B »), a name
tagged as a place after a modified title and a comma (« la nouvelle maire de la ville, A B, »)."""

from __future__ import annotations

from typing import Any

import pytest


def _run(extract_text: Any, body: str, title: str = "Titre") -> list[Any]:
    return list(extract_text(f"{title}\n\n{body}\n"))


def _roles(facts: list[Any]) -> set[tuple[str, str, bool]]:
    out = set()
    for fact in facts:
        if fact.type == "person_role":
            data = fact.to_dict()
            out.add((data["person"], data["role"], bool(data.get("past"))))
    return out


def _genders(facts: list[Any]) -> dict[str, str | None]:
    return {
        f.to_dict()["person"]: f.to_dict().get("role_gender")
        for f in facts
        if f.type == "person_role"
    }


# Family 1: a title, a comma, then names each after its own nationality noun.
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Les tenants du titre, l'Italien Marco Bassi et la Suédoise Lena Berg, ont gagné.",
            {
                ("Marco Bassi", "tenant du titre", False),
                ("Lena Berg", "tenante du titre", False),
            },
        ),
        (
            "Les tenants du titres, l'Espagnol Marco Bassi et l'Américaine Lena Berg n'étaient "
            "pas là.",
            {
                ("Marco Bassi", "tenant du titre", False),
                ("Lena Berg", "tenante du titre", False),
            },
        ),
        (
            "La course a eu lieu dimanche et les tenants du titre, les Français Paul Morel et "
            "Anne Vidal, ont gagné.",
            {
                ("Paul Morel", "tenant du titre", False),
                ("Anne Vidal", "tenante du titre", False),
            },
        ),
        (
            "Les tenants du titre, l'Italien Marco Bassi, la Suédoise Lena Berg et l'Allemand "
            "Jon Dahl, ont gagné.",
            {
                ("Marco Bassi", "tenant du titre", False),
                ("Lena Berg", "tenante du titre", False),
                ("Jon Dahl", "tenant du titre", False),
            },
        ),
        (
            "Les champions olympiques, les Françaises Anne Vidal et Claire Morel, ont déclaré "
            "forfait.",
            {
                ("Anne Vidal", "championne olympique", False),
                ("Claire Morel", "championne olympique", False),
            },
        ),
        (
            "La championne en titre, la Suissesse Lena Berg, qui a dominé les trois épreuves, "
            "termine deuxième.",
            {("Lena Berg", "championne en titre", False)},
        ),
        (
            "Le champion du monde 2014, l'Allemand Marco Bassi n'a pas manqué son rendez-vous.",
            {("Marco Bassi", "champion du monde 2014", False)},
        ),
        # must not fire: no nationality after the comma, no title, a place, one singular title
        ("Selon les enquêteurs, Paul Morel et Anne Vidal ont quitté la ville.", set()),
        ("Les tenants du titre, Paul Morel et Anne Vidal, ont gagné.", set()),
        (
            "Les visiteurs de Lyonville, l'Italien Marco Bassi et la Suédoise Lena Berg, ont "
            "gagné.",
            set(),
        ),
        ("À Lyonville, l'Italien Marco Bassi et la Suédoise Lena Berg ont gagné.", set()),
        (
            "Le champion, l'Italien Marco Bassi et la Suédoise Lena Berg ont gagné.",
            {("Marco Bassi", "champion", False)},
        ),
        # a member whose gender nothing tells gets no « tenant » that may be « tenante »
        (
            "Les tenants du titre, les Français Paul Morel et Kim Castel, ont gagné.",
            {("Paul Morel", "tenant du titre", False)},
        ),
    ],
)
def test_names_after_nationality_share_the_title(
    extract_text: Any, body: str, expected: set[Any]
) -> None:
    assert _roles(_run(extract_text, body)) == expected


def test_listed_names_keep_their_own_gender(extract_text: Any) -> None:
    facts = _run(
        extract_text,
        "Les vainqueurs sortants, l'Autrichienne Eva Kranz et le Norvégien Jon Dahl, sont absents.",
    )
    assert _genders(facts) == {"Eva Kranz": "f", "Jon Dahl": "m"}


def test_name_after_nationality_is_a_person(extract_text: Any) -> None:
    """« la Suédoise Lena Berg », which the model reads as a place, is a person's name."""
    facts = _run(extract_text, "Hier, la Suédoise Lena Berg a gagné la course de Lyonville.")
    people = {f.to_dict().get("speaker") for f in facts} | {
        p for f in facts for p in f.to_dict().get("participants", []) or []
    }
    assert "Suédoise Lena Berg" not in people


# Family 2: the members of a list named after « dont ».
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "La liste des candidats à l'élection compte neuf noms, dont Paul Morel, Anne Vidal "
            "et Luc Girard.",
            {
                ("Paul Morel", "candidat à l'élection", False),
                ("Anne Vidal", "candidate à l'élection", False),
                ("Luc Girard", "candidat à l'élection", False),
            },
        ),
        (
            "La liste des candidats à la primaire de la droite et du centre compte désormais 9 "
            "noms, dont notamment Alain Morel, Nadine Girard ou encore Jean-François Castel.",
            {
                ("Alain Morel", "candidat à la primaire de la droite et du centre", False),
                ("Nadine Girard", "candidate à la primaire de la droite et du centre", False),
                ("Jean-François Castel", "candidat à la primaire de la droite et du centre", False),
            },
        ),
        (
            "La liste des lauréats du prix comprend cinq noms, dont Paul Morel et Claire Vidal.",
            {("Paul Morel", "lauréat du prix", False), ("Claire Vidal", "lauréate du prix", False)},
        ),
        (
            "La liste des candidats à l'élection compte neuf noms, dont Paul Morel.",
            {("Paul Morel", "candidat à l'élection", False)},
        ),
        (
            "La liste des candidats à l'élection compte neuf noms, dont entre autres Paul Morel "
            "et Anne Vidal.",
            {
                ("Paul Morel", "candidat à l'élection", False),
                ("Anne Vidal", "candidate à l'élection", False),
            },
        ),
        (
            "La liste des anciens candidats compte neuf noms, dont Paul Morel et Anne Vidal.",
            {("Paul Morel", "ancien candidat", True)},
        ),
        # must not fire: an amount, places, a clause, no count, no list noun, gender unknown
        ("La liste des candidats à l'élection compte neuf noms, dont trois femmes.", set()),
        (
            "La liste des villes candidates compte neuf noms, dont Lyonville, Bordeaux et Nantes.",
            set(),
        ),
        (
            "La liste des candidats compte neuf noms, dont Paul Morel a dit qu'ils étaient trop "
            "nombreux.",
            set(),
        ),
        (
            "La liste des candidats à l'élection a été publiée hier, dont Paul Morel et Anne "
            "Vidal ont contesté la forme.",
            set(),
        ),
        ("Le budget des ministres compte neuf millions, dont Paul Morel et Anne Vidal.", set()),
        (
            "La liste des candidats à l'élection compte neuf noms, dont Paul Morel et Kim Castel.",
            {("Paul Morel", "candidat à l'élection", False)},
        ),
    ],
)
def test_members_listed_after_dont(extract_text: Any, body: str, expected: set[Any]) -> None:
    assert _roles(_run(extract_text, body)) == expected


def test_a_word_of_a_name_is_no_title(extract_text: Any) -> None:
    """« Bruno Le Maire, Nadine Girard »: « Maire » is part of a name, not Nadine Girard's title."""
    facts = _run(
        extract_text,
        "Les invités sont Alain Morel, Bruno Le Maire, Nadine Girard et Jean-François Castel.",
    )
    assert not any(role.lower() == "maire" for _p, role, _past in _roles(facts))


# Family 3: a second role after a past one, dated by its own closing phrase.
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Elle est fondée par Anne Vidal, ancienne ministre de la Santé durant les années "
            "1990 et députée jusqu'en 2010.",
            {
                ("Anne Vidal", "ancienne ministre de la Santé", True),
                ("Anne Vidal", "députée", True),
            },
        ),
        (
            "Anne Vidal, ministre de la Santé et députée jusqu'en 2010, a parlé.",
            {("Anne Vidal", "ministre de la Santé", False), ("Anne Vidal", "députée", True)},
        ),
        (
            "Le parti est fondé par Paul Morel, ancien maire de Lyonville de 2001 à 2008 et "
            "sénateur depuis 2011.",
            {
                ("Paul Morel", "ancien maire de Lyonville", True),
                ("Paul Morel", "sénateur", False),
            },
        ),
        (
            "Paul Morel, conseiller municipal pendant les années 1980 et maire de Lyonville "
            "jusqu'en 2004, est mort.",
            {
                ("Paul Morel", "conseiller municipal", True),
                ("Paul Morel", "maire de Lyonville", True),
            },
        ),
        (
            "Paul Morel, ministre de l'Agriculture dans les années 1990, a parlé.",
            {("Paul Morel", "ministre de l'Agriculture", True)},
        ),
        (
            "Anne Vidal, députée de la Drôme au cours des années 1990, a parlé.",
            {("Anne Vidal", "députée de la Drôme", True)},
        ),
        (
            "Anne Vidal, ancienne ministre de la Santé et députée de la Drôme, a parlé.",
            {
                ("Anne Vidal", "ancienne ministre de la Santé", True),
                ("Anne Vidal", "députée de la Drôme", False),
            },
        ),
        # must not fire: a participle « députée » after an auxiliary, a decade with no role
        ("La mission a été députée auprès du roi en 1990.", set()),
        ("Paul Morel a vécu à Lyonville durant les années 1990.", set()),
        ("Dans les années 1990, Paul Morel habitait Lyonville.", set()),
    ],
)
def test_second_role_after_a_dated_one(extract_text: Any, body: str, expected: set[Any]) -> None:
    assert _roles(_run(extract_text, body)) == expected


# Family 4: a title phrase before the comma and the name: a prefixed title (« vice-procureur »),
# the body spelt out in brackets, the scope of the post after « pour ».
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Le vice-procureur, Luc Girard, a précisé que le suspect était connu de la justice.",
            {("Luc Girard", "vice-procureur", False)},
        ),
        (
            "La co-présidente du parti, Anne Vidal, a parlé.",
            {("Anne Vidal", "co-présidente du parti", False)},
        ),
        (
            "Le sous-directeur de l'agence Luc Girard a démissionné.",
            {("Luc Girard", "sous-directeur de l'agence", False)},
        ),
        (
            "Paul Morel, vice-procureur à Lyonville, a parlé.",
            {("Paul Morel", "vice-procureur à Lyonville", False)},
        ),
        (
            "La vice-procureure Anne Vidal a requis cinq ans.",
            {("Anne Vidal", "vice-procureure", False)},
        ),
        (
            "Selon le négociateur pour l'industrie du taxi, Luc Girard, cette annonce est une "
            "victoire.",
            {("Luc Girard", "négociateur pour l'industrie du taxi", False)},
        ),
        (
            "Il a contacté le représentant en Argentine de l'AOBS (Association des observateurs), "
            "Luc Girard, pour confirmer.",
            {("Luc Girard", "représentant en Argentine de l'AOBS", False)},
        ),
        # must not fire: a prefixed word that is no title, a date in brackets, « pour » + a goal
        ("Le sous-marin Lyonville a coulé.", set()),
        ("Le président de la fédération (depuis 2010), Luc Girard, a parlé.", set()),
        (
            "Selon le négociateur pour obtenir la paix, Luc Girard, cette annonce est une "
            "victoire.",
            set(),
        ),
    ],
)
def test_title_phrase_before_the_name(extract_text: Any, body: str, expected: set[Any]) -> None:
    assert _roles(_run(extract_text, body)) == expected


# Family 5: a bare general title as a subject (« Le chef de l'État a dit ») is the one person the
# article names with a state's narrower title (« le président français A »).
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Le président français Paul Morel s'en est pris aux ouvriers. Le chef de l'État en "
            "déplacement à Lyonville a dit au maire Luc Girard que c'était fini.",
            {
                ("Paul Morel", "président français", False),
                ("Paul Morel", "chef de l'État", False),
                ("Luc Girard", "maire", False),
            },
        ),
        (
            "Le président français Paul Morel et le président du club Luc Girard se sont vus. Le "
            "chef de l'État a dit que c'était fini.",
            {
                ("Paul Morel", "président français", False),
                ("Paul Morel", "chef de l'État", False),
                ("Luc Girard", "président du club", False),
            },
        ),
        (
            "Le Premier ministre du Canada Luc Girard a parlé. Le chef du gouvernement a dit que "
            "c'était fini.",
            {
                ("Luc Girard", "Premier ministre du Canada", False),
                ("Luc Girard", "chef du gouvernement", False),
            },
        ),
        (
            "Le président Luc Girard a parlé. Le chef de l'État a dit que c'était fini.",
            {("Luc Girard", "président", False), ("Luc Girard", "chef de l'État", False)},
        ),
        # must not fire: two heads of state, a club's president, a minister, no one named
        (
            "Le président français Paul Morel a reçu le président américain Luc Girard. Le chef "
            "de l'État a dit que c'était fini.",
            {
                ("Paul Morel", "président français", False),
                ("Luc Girard", "président américain", False),
            },
        ),
        (
            "Le président du club Luc Girard a parlé. Le chef de l'État a dit que c'était fini.",
            {("Luc Girard", "président du club", False)},
        ),
        (
            "Le ministre Luc Girard a parlé. Le chef de l'État a dit que c'était fini.",
            {("Luc Girard", "ministre", False)},
        ),
        (
            "Le ministre Luc Girard a parlé. Le chef du gouvernement a dit que c'était fini.",
            {("Luc Girard", "ministre", False)},
        ),
        ("Le chef de l'État a dit que c'était fini.", set()),
        (
            "Le président français Paul Morel a parlé. Le chef de l'État malien a dit non.",
            {("Paul Morel", "président français", False)},
        ),
    ],
)
def test_general_title_names_the_state_head(
    extract_text: Any, body: str, expected: set[Any]
) -> None:
    assert _roles(_run(extract_text, body)) == expected


# Family 6: the agents of a participle after a show or a film they host or make.
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "La cérémonie, présentée par Anne Vidal et Paul Morel, a vu la victoire de la Suède.",
            {
                ("Anne Vidal", "présentatrice de la cérémonie", False),
                ("Paul Morel", "présentateur de la cérémonie", False),
            },
        ),
        (
            "L'émission présentée par Claire Morel a été arrêtée.",
            {("Claire Morel", "présentatrice de l'émission", False)},
        ),
        (
            "Le film réalisé par Paul Morel sort mercredi.",
            {("Paul Morel", "réalisateur du film", False)},
        ),
        (
            "Le débat, animé par Anne Vidal, a duré deux heures.",
            {("Anne Vidal", "animatrice du débat", False)},
        ),
        # must not fire: a bill, an organisation, an unknown gender, a plural, an indefinite
        ("La loi, présentée par Paul Morel, a été votée.", set()),
        ("La cérémonie, présentée par la chaîne Lyon TV, a duré deux heures.", set()),
        (
            "La cérémonie, présentée par Paul Morel et Kim Castel, a duré deux heures.",
            {("Paul Morel", "présentateur de la cérémonie", False)},
        ),
        ("Les cérémonies présentées par Anne Vidal ont duré deux heures.", set()),
        ("Le projet, réalisé par Paul Morel, a coûté cher.", set()),
        ("Une soirée présentée par Anne Vidal a eu lieu.", set()),
    ],
)
def test_agents_of_a_show(extract_text: Any, body: str, expected: set[Any]) -> None:
    assert _roles(_run(extract_text, body)) == expected


# Family 7: a name the model tags as a place, set off by commas after a title with a modifier
# (« la nouvelle maire de la ville, A B, »); that name is the holder, not the place's new name.
# (A judgement, « le jeune préfet », is read past and left out of the role: session 29.)
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Hier, la nouvelle maire de la ville, Florida Menna, a confirmé le projet.",
            {("Florida Menna", "nouvelle maire de la ville", False)},
        ),
        (
            "Selon la nouvelle présidente de la région, Florida Menna, le budget est prêt.",
            {("Florida Menna", "nouvelle présidente de la région", False)},
        ),
        (
            "Le jeune préfet de la région, Nevada Rossi, a visité le port.",
            {("Nevada Rossi", "préfet de la région", False)},
        ),
        (
            "Selon le nouveau préfet de la région, Nevada Rossi, la route est fermée.",
            {("Nevada Rossi", "nouveau préfet de la région", False)},
        ),
        (
            "L'ancien maire de la commune, Nevada Rossi, est mort.",
            {("Nevada Rossi", "ancien maire de la commune", True)},
        ),
        (
            "Selon l'ancien ministre de l'Intérieur, Ornello Pazzi, la loi est mauvaise.",
            {("Ornello Pazzi", "ancien ministre de l'Intérieur", True)},
        ),
        (
            "Le futur directeur du musée, Ornello Pazzi, a été nommé hier.",
            {("Ornello Pazzi", "futur directeur du musée", False)},
        ),
        # a place's new name that is not the holder still renames it
        (
            "Carla Verdi, maire de la capitale vanlandaise, Corvel, a parlé.",
            {("Carla Verdi", "maire de Corvel", False)},
        ),
        # must not fire: no title before the comma, no name after it
        ("La nouvelle loi de la ville, Lyonville Nord, est mauvaise.", set()),
        ("Le nouveau siège de la région, Nevada Rossi, a ouvert.", set()),
        ("La nouvelle route de la ville, Florida Menna, est fermée.", set()),
        ("La nouvelle maire de la ville, élue en mars, a parlé.", set()),
    ],
)
def test_name_after_modified_title_and_comma(
    extract_text: Any, body: str, expected: set[Any]
) -> None:
    assert _roles(_run(extract_text, body)) == expected


def test_holder_is_not_the_renamed_place(extract_text: Any) -> None:
    facts = _run(extract_text, "Le jeune préfet de la région, Nevada Rossi, a visité le port.")
    assert not [f for f in facts if f.type == "leads" and f.to_dict()["entity"] == "Nevada Rossi"]
