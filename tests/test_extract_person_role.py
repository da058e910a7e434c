"""person_role facts from varied French sentences: who holds which role, and what is not a role."""

from __future__ import annotations

from typing import Any

import pytest


def _roles(extract_text: Any, text: str) -> list[dict[str, Any]]:
    return [f.to_dict() for f in extract_text(text) if f.type == "person_role"]


def _has(facts: list[dict[str, Any]], person: str, role: str) -> dict[str, Any]:
    found = [f for f in facts if f["person"] == person and role.lower() in f["role"].lower()]
    assert found, f"no role {role!r} for {person!r} in {[(f['person'], f['role']) for f in facts]}"
    return found[0]


# text, full name, a part of the role
CASES = [
    (
        "Le Premier ministre, Édouard Philippe, a présenté son plan mardi.",
        "Édouard Philippe",
        "Premier ministre",
    ),
    (
        "La maire de Lille, Martine Aubry, a inauguré la nouvelle médiathèque.",
        "Martine Aubry",
        "maire de Lille",
    ),
    (
        "L'entraîneur Didier Deschamps a dévoilé sa liste de vingt-trois joueurs.",
        "Didier Deschamps",
        "entraîneur",
    ),
    (
        "Thierry Breton, ancien PDG d'Atos, a été nommé commissaire européen.",
        "Thierry Breton",
        "ancien PDG d'Atos",
    ),
    (
        "La romancière Annie Ernaux a reçu le prix Nobel de littérature.",
        "Annie Ernaux",
        "romancière",
    ),
    ("Le capitaine Alfred Dreyfus fut réhabilité en 1906.", "Alfred Dreyfus", "capitaine"),
    ("Le professeur Jean Martin a opéré la patiente.", "Jean Martin", "professeur"),
    ("Le député LFI François Ruffin a interpellé le ministre.", "François Ruffin", "député LFI"),
    (
        "« Nous ne reprendrons pas », a déclaré Jean-Pierre Mercier, délégué syndical, devant l'usine.",
        "Jean-Pierre Mercier",
        "délégué syndical",
    ),
    (
        "Paul Roux, 45 ans, agriculteur à Rennes, témoigne devant le tribunal.",
        "Paul Roux",
        "agriculteur à Rennes",
    ),
    (
        "Son avocat et l'ancien haut magistrat Gilbert Azibert ont été condamnés.",
        "Gilbert Azibert",
        "ancien haut magistrat",
    ),
    (
        "« Les taux n'ont pas bougé », a rappelé l'adjoint aux finances, Pascal Curie.",
        "Pascal Curie",
        "adjoint aux finances",
    ),
    ("Marie Curie, physicienne et chimiste, a reçu deux prix Nobel.", "Marie Curie", "physicienne"),
    ("Marie Curie, physicienne et chimiste, a reçu deux prix Nobel.", "Marie Curie", "chimiste"),
    ("Jean Dupuy est le maire de Pontarlier depuis 2014.", "Jean Dupuy", "maire de Pontarlier"),
    (
        "Sophie Marchand, qui était alors ministre de la Culture, a défendu le projet.",
        "Sophie Marchand",
        "ministre de la Culture",
    ),
    (
        "Le président de la fédération, Noël Le Graët, a démissionné jeudi.",
        "Noël Le Graët",
        "président de la fédération",
    ),
    ("La juge Eva Joly a instruit l'affaire pendant des années.", "Eva Joly", "juge"),
    ("Le général de Gaulle a lancé son appel le 18 juin 1940.", "de Gaulle", "général"),
    (
        "Le festival accueille le violoniste Renaud Capuçon et la pianiste Hélène Grimaud.",
        "Hélène Grimaud",
        "pianiste",
    ),
    (
        "Pierre Moreau, directeur de l'usine de Florange, a reçu les syndicats.",
        "Pierre Moreau",
        "directeur de l'usine de Florange",
    ),
    (
        "Les futurs ministres Paul Renard et Julie Vasseur ont prêté serment.",
        "Julie Vasseur",
        "futur ministre",
    ),
    (
        "Marie-José Pérec, championne olympique du 400 mètres en 1992 et ambassadrice des Jeux de Paris, a allumé la vasque.",
        "Marie-José Pérec",
        "ambassadrice des Jeux de Paris",
    ),
    (
        "Selon le témoignage de P.R. Hartley [3], ancien consul honoraire britannique à Lomé en 1981 et conseiller du ministre, le stock était faible.",
        "P.R. Hartley",
        "ancien consul honoraire britannique à Lomé",
    ),
    (
        "Selon le témoignage de P.R. Hartley [3], ancien consul honoraire britannique à Lomé en 1981 et conseiller du ministre, le stock était faible.",
        "P.R. Hartley",
        "conseiller du ministre",
    ),
    (
        "Le rapport a été rédigé par J.-P. Martin, professeur à l'université de Nancy, et par M.-C. Dubois [12], chercheuse au CNRS.",
        "M.-C. Dubois",
        "chercheuse au CNRS",
    ),
    (
        "Le rapport a été rédigé par J.-P. Martin, professeur à l'université de Nancy.",
        "J.-P. Martin",
        "professeur à l'université de Nancy",
    ),
    (
        "Selon Anne Petit[4], directrice adjointe de l'hôpital, la situation est grave.",
        "Anne Petit",
        "directrice adjointe de l'hôpital",
    ),
    (
        "Pierre Durand, consul honoraire de France à Genève, a signé le registre.",
        "Pierre Durand",
        "consul honoraire de France à Genève",
    ),
    (
        "Sa peine effacée, Paul Lemaire a pu conserver son fauteuil de membre du Conseil économique.",
        "Paul Lemaire",
        "membre du Conseil économique",
    ),
    (
        "Paul Roux a écrit sur sa lettre à en-tête de président du Sénat.",
        "Paul Roux",
        "président du Sénat",
    ),
    (
        "Marie Blanc a perdu son mandat de maire de Lille en 2020.",
        "Marie Blanc",
        "maire de Lille",
    ),
    (
        "Le conseil a approuvé la nomination d'un de ses proches, Marc Vidal, au poste de directeur général de la régie.",
        "Marc Vidal",
        "directeur général de la régie",
    ),
]


@pytest.mark.parametrize(("text", "person", "role"), CASES)
def test_role_of_named_person(extract_text: Any, text: str, person: str, role: str) -> None:
    _has(_roles(extract_text, text), person, role)


@pytest.mark.parametrize(
    ("text", "person", "gender"),
    [
        ("La commandante Anne Leroy a pris ses fonctions à Brest.", "Anne Leroy", "f"),
        ("La major-général Jeanne Roy dirige la brigade.", "Jeanne Roy", "f"),
        ("Le sélectionneur Raymond Domenech a été limogé.", "Raymond Domenech", "m"),
    ],
)
def test_gender_from_determiner_and_title(
    extract_text: Any, text: str, person: str, gender: str
) -> None:
    fact = _has(_roles(extract_text, text), person, "")
    assert fact["gender"] == gender


def test_role_is_singular_when_shared_by_a_list(extract_text: Any) -> None:
    facts = _roles(extract_text, "Les évêques Martin et Durand ont signé la lettre.")
    assert {f["person"] for f in facts if f["role"] == "évêque"} == {"Martin", "Durand"}


def test_coreference_through_title_does_not_duplicate_the_role(extract_text: Any) -> None:
    text = (
        "Le secrétaire général de l'ONU, António Guterres, s'est rendu à Kiev. "
        "Le secrétaire général a appelé à un cessez-le-feu immédiat."
    )
    facts = _roles(extract_text, text)
    assert [f["person"] for f in facts if "secrétaire général" in f["role"]] == ["António Guterres"]


def test_last_name_alone_resolves_to_full_name_with_aliases(extract_text: Any) -> None:
    text = (
        "Le juge Renaud Van Ruymbeke a ouvert une enquête. M. Van Ruymbeke a entendu trois témoins."
    )
    fact = _has(_roles(extract_text, text), "Renaud Van Ruymbeke", "juge")
    assert "M. Van Ruymbeke" in fact["aliases"]


@pytest.mark.parametrize(
    "text",
    [
        "Le président a annoncé de nouvelles mesures pour les agriculteurs.",
        "La ville de Saint-Étienne a perdu trois usines en dix ans.",
        "Les dirigeants Européens se réunissent à Bruxelles jeudi.",
        "La maladie de Parkinson, maladie neurologique, touche 200 000 personnes.",
    ],
)
def test_no_role_without_a_named_person(extract_text: Any, text: str) -> None:
    assert _roles(extract_text, text) == []


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        (
            "Les travaux sont conduits par le cabinet Fabre et son associé, M. Lemoine, en huit mois.",
            "Lemoine",
            "associé du cabinet Fabre",
        ),
        (
            "Le ministre Jean Vidal et son conseiller, Marc Blanc, ont visité le site.",
            "Marc Blanc",
            "conseiller de Jean Vidal",
        ),
        (
            "Le juge a entendu Marie Blanc et son avocate, Me Claire Noir.",
            "Claire Noir",
            "avocate de Marie Blanc",
        ),
        (
            "La société Alstom et son directeur, Henri Poupart, ont signé l'accord.",
            "Henri Poupart",
            "directeur de la société Alstom",
        ),
        (
            "Jean Vidal et son associé Paul Roux ont fondé le cabinet.",
            "Paul Roux",
            "associé de Jean Vidal",
        ),
        (
            "Le préfet du Doubs, Jean-François Colombet, et son directeur de cabinet, Paul Martin, assistaient à la séance.",
            "Paul Martin",
            "directeur de cabinet de Jean-François Colombet",
        ),
    ],
)
def test_possessive_role_names_its_possessor(
    extract_text: Any, text: str, person: str, role: str
) -> None:
    roles = [(f["person"], f["role"]) for f in _roles(extract_text, text)]
    assert (person, role) in roles


@pytest.mark.parametrize(
    ("text", "people", "role"),
    [
        (
            "Dans leur ouvrage intitulé Le Grand Secret, Claude Gubler et Michel Gonod racontent la maladie du président.",
            {"Claude Gubler", "Michel Gonod"},
            "auteur de l'ouvrage Le Grand Secret",
        ),
        (
            "Dans son livre Le Capital au XXIe siècle, Thomas Piketty montre la hausse des inégalités.",
            {"Thomas Piketty"},
            "auteur du livre Le Capital au XXIe siècle",
        ),
    ],
)
def test_author_of_a_work_named_as_subject(
    extract_text: Any, text: str, people: set[str], role: str
) -> None:
    facts = _roles(extract_text, text)
    assert {f["person"] for f in facts if f["role"] == role} == people


@pytest.mark.parametrize(
    "text",
    [
        "Dans sa lettre, Paul Roux demande un délai au juge.",
        "Dans son rapport annuel, Marie Blanc dénonce les abus.",
        "Dans leur ouvrage intitulé Le Grand Secret, Claude Gubler raconte la maladie du président.",
    ],
)
def test_no_author_without_a_title_or_with_a_mismatched_possessive(
    extract_text: Any, text: str
) -> None:
    assert not [f for f in _roles(extract_text, text) if f["role"].startswith("auteur")]


def test_noun_phrase_followed_by_its_verb_is_not_an_apposition(extract_text: Any) -> None:
    text = (
        "Pour la procureure Céline Guillet, l'ex-chef de l'État avait « franchi la ligne rouge »."
    )
    assert [(f["person"], f["role"]) for f in _roles(extract_text, text)] == [
        ("Céline Guillet", "procureure")
    ]


@pytest.mark.parametrize(
    ("text", "person", "other"),
    [
        (
            "Selon l'historien Daniel Cordier, son ancien secrétaire, Moulin « avait tout compris avant les autres ».",
            "Daniel Cordier",
            "Moulin",
        ),
        (
            "Le président a reçu Pablo Ortega, le secrétaire général de l'ONU, Marc Dubois et Ingrid van der Berg.",
            "Pablo Ortega",
            "Marc Dubois",
        ),
    ],
)
def test_title_between_two_names_belongs_to_the_first(
    extract_text: Any, text: str, person: str, other: str
) -> None:
    facts = _roles(extract_text, text)
    assert [f for f in facts if f["person"] == person and "secrétaire" in f["role"]]
    assert not [f for f in facts if f["person"] == other and "secrétaire" in f["role"]]


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        (
            "Le club de football du FC Rouen, dont le président Iván Sánchez a exprimé sa solidarité, organisera une collecte.",
            "Iván Sánchez",
            "président du club de football du FC Rouen",
        ),
        (
            "L'association, dont la présidente Marie Blanc a démissionné, est en crise.",
            "Marie Blanc",
            "présidente de l'association",
        ),
        (
            "Il a rencontré les syndicats, dont le secrétaire général Paul Roux.",
            "Paul Roux",
            "secrétaire général",
        ),
    ],
)
def test_title_after_dont_names_the_antecedent_when_a_verb_follows(
    extract_text: Any, text: str, person: str, role: str
) -> None:
    assert [(f["person"], f["role"]) for f in _roles(extract_text, text)] == [(person, role)]


def test_possessive_role_without_a_named_possessor_stays_bare(extract_text: Any) -> None:
    text = "Le président a reçu les ministres et son conseiller, Marc Blanc."
    assert [(f["person"], f["role"]) for f in _roles(extract_text, text)] == [
        ("Marc Blanc", "conseiller")
    ]


def test_participle_is_not_a_title(extract_text: Any) -> None:
    assert _roles(extract_text, "Paul Roux, délégué par le ministre, a ouvert la séance.") == []


def test_participle_with_a_date_is_not_a_title(extract_text: Any) -> None:
    text = "Conseil municipal\n\nHier, Jean Morel, élu en 2020, a présenté le budget."
    assert _roles(extract_text, text) == []


def test_title_coreference_prefers_the_previous_subject(extract_text: Any) -> None:
    text = (
        "Chez Renault, Luca de Meo a succédé à Jean-Dominique Senard en 2020. "
        "Le patron de Renault a fixé un cap ambitieux."
    )
    facts = _roles(extract_text, text)
    assert [f["person"] for f in facts if f["role"].startswith("patron")] == ["Luca de Meo"]


def test_unnamed_title_is_not_given_to_someone_already_described(extract_text: Any) -> None:
    text = (
        "Le texte avait été défendu par la ministre du Travail, Catherine Vautrin. "
        "La romancière a reçu le prix Goncourt."
    )
    assert [f["role"] for f in _roles(extract_text, text)] == ["ministre du Travail"]


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        (
            "La préfète de Vierzon, Odile Sarrazin, a ouvert la cellule de crise.",
            "Odile Sarrazin",
            "préfète de Vierzon",
        ),
        (
            "Le sous-préfet de Gien, Bastien Rouquier, a reçu les maires.",
            "Bastien Rouquier",
            "sous-préfet de Gien",
        ),
        (
            "La sous-préfète de Lodève, Inès Carbonnel, présidait la séance.",
            "Inès Carbonnel",
            "sous-préfète de Lodève",
        ),
        (
            "Le vice-président de la métropole, Gaël Troadec, s'est abstenu.",
            "Gaël Troadec",
            "vice-président de la métropole",
        ),
        (
            "La directrice-adjointe de la clinique, Noémie Lavergne, a démissionné.",
            "Noémie Lavergne",
            "directrice-adjointe de la clinique",
        ),
        (
            "Le co-fondateur de la start-up, Hugo Ferracci, a quitté l'entreprise.",
            "Hugo Ferracci",
            "co-fondateur de la start-up",
        ),
    ],
)
def test_hyphenated_title_with_a_place_or_complement_before_the_name(
    extract_text: Any, text: str, person: str, role: str
) -> None:
    facts = _roles(extract_text, text)
    assert (person, role) in [(f["person"], f["role"]) for f in facts]
    assert all(not f["person"].startswith(("de ", "d'")) for f in facts)


def test_particle_name_after_a_title_stays_a_name(extract_text: Any) -> None:
    facts = _roles(extract_text, "Hier, le général de Larminat a rejoint Londres.")
    assert [(f["person"], f["role"]) for f in facts] == [("de Larminat", "général")]


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        (
            "L'ancien pilier international Rémi Castaing a rejoint le staff.",
            "Rémi Castaing",
            "ancien pilier international",
        ),
        (
            "Le deuxième-ligne géorgien Levan Chikvaidze s'est blessé à l'entraînement.",
            "Levan Chikvaidze",
            "deuxième-ligne géorgien",
        ),
        (
            "Le demi d'ouverture Yannick Bourrel a passé cinq pénalités.",
            "Yannick Bourrel",
            "demi d'ouverture",
        ),
        (
            "La volcanologue Mireille Ardouin a survolé le cratère.",
            "Mireille Ardouin",
            "volcanologue",
        ),
        ("Le vigneron Armand Pujol a vendangé dès août.", "Armand Pujol", "vigneron"),
        (
            "La saxophoniste Léa Kervella jouera en ouverture du festival.",
            "Léa Kervella",
            "saxophoniste",
        ),
        (
            "Cédric Ollier, scénariste et dessinateur, publie un nouvel album.",
            "Cédric Ollier",
            "dessinateur",
        ),
    ],
)
def test_profession_or_position_noun_before_a_name(
    extract_text: Any, text: str, person: str, role: str
) -> None:
    assert (person, role) in [(f["person"], f["role"]) for f in _roles(extract_text, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Le groupe Stellantis a annoncé la fermeture du site.",
        "Le match s'est joué au stade Jean-Bouin devant huit mille spectateurs.",
        "Le pilier de la majorité a voté contre le texte.",
        "Les trois quarts des salariés ont voté la grève.",
    ],
)
def test_no_role_for_a_company_a_place_or_an_unnamed_holder(extract_text: Any, text: str) -> None:
    assert _roles(extract_text, text) == []


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        (
            "L'adjointe chargée des écoles, Maëlle Quintin, a présenté le plan.",
            "Maëlle Quintin",
            "adjointe chargée des écoles",
        ),
        (
            "Le ministre chargé des Transports, Victor Lambrecht, a visité le chantier.",
            "Victor Lambrecht",
            "ministre chargé des Transports",
        ),
        (
            "Le médiateur désigné par la cour d'appel, Fabrice Oudin, a rendu son avis.",
            "Fabrice Oudin",
            "médiateur",
        ),
        (
            "L'expert mandaté par l'assureur, Joël Marquet, architecte, a visité la maison.",
            "Joël Marquet",
            "expert",
        ),
        (
            "Sylvain Pradel, chargé de mission à la préfecture, a reçu les familles.",
            "Sylvain Pradel",
            "chargé de mission à la préfecture",
        ),
    ],
)
def test_participle_after_a_title_before_the_name(
    extract_text: Any, text: str, person: str, role: str
) -> None:
    assert (person, role) in [(f["person"], f["role"]) for f in _roles(extract_text, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Le juge chargé du dossier a refusé la remise en liberté.",
        "Le rapport rédigé par les inspecteurs, long de cent pages, sera publié.",
        "Le maire a chargé son équipe de préparer la fête.",
    ],
)
def test_participle_phrase_without_a_name_gives_no_role(extract_text: Any, text: str) -> None:
    assert _roles(extract_text, text) == []


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        (
            "Agathe Renouard est une botaniste suisse. En 1975, elle est faite officier de l'ordre du Mérite.",
            "Agathe Renouard",
            "officier de l'ordre du Mérite",
        ),
        (
            "Octave Bellanger est un géologue français. Engagé en 1948 comme assistant au Muséum, il part ensuite au Chili.",
            "Octave Bellanger",
            "assistant au Muséum",
        ),
        (
            "Solène Garric est une juriste. Recrutée comme chargée de mission au Conseil d'État, elle y reste dix ans.",
            "Solène Garric",
            "chargée de mission au Conseil d'État",
        ),
        (
            "Bertrand Vasseur a travaillé comme cuisinier à Lyon avant d'ouvrir son restaurant.",
            "Bertrand Vasseur",
            "cuisinier à Lyon",
        ),
        (
            "Romain Estève, embauché comme chauffeur, a témoigné devant le tribunal.",
            "Romain Estève",
            "chauffeur",
        ),
    ],
)
def test_role_given_by_a_naming_verb_or_comme(
    extract_text: Any, text: str, person: str, role: str
) -> None:
    assert (person, role) in [(f["person"], f["role"]) for f in _roles(extract_text, text)]


@pytest.mark.parametrize(
    "text",
    [
        # the participle is masculine, the pronoun feminine: no safe holder
        "Agathe Renouard est une botaniste. Engagé comme assistant, elle refuse le poste.",
        # « comme » compares, it does not give a post
        "Agathe Renouard dirige le service comme un général, selon ses collègues.",
        # the subject makes someone else a knight
        "Le président Octave Bellanger l'a fait chevalier en 1990.",
    ],
)
def test_no_role_from_comme_or_faire_without_a_safe_holder(extract_text: Any, text: str) -> None:
    roles = [(f["person"], f["role"]) for f in _roles(extract_text, text)]
    assert not [r for r in roles if r[1].startswith(("assistant", "général", "chevalier"))]


def test_possessive_at_a_sentence_start_of_a_biography_names_its_subject(
    extract_text: Any,
) -> None:
    text = (
        "Lucien Abadie\n\nLucien Abadie est un chimiste français. "
        "Il dirige le laboratoire de Toulouse de 1950 à 1970. "
        "Son élève Gaston Merle lui succède en 1970. "
        "Le physicien Marc Dolet, qui fut son collègue à Toulouse, salue sa rigueur."
    )
    roles = [(f["person"], f["role"]) for f in _roles(extract_text, text)]
    assert ("Gaston Merle", "élève de Lucien Abadie") in roles
    # a colleague is a relation between two people, no role (lexicon people_relation_nouns)
    assert ("Marc Dolet", "physicien") in roles
    assert not [r for r in roles if r[1].startswith("collègue")]


def test_possessive_outside_a_biography_stays_bare(extract_text: Any) -> None:
    text = (
        "Grève au laboratoire\n\nLucien Abadie dirige le laboratoire de Toulouse. "
        "Son élève Gaston Merle lui succède en 1970."
    )
    roles = [(f["person"], f["role"]) for f in _roles(extract_text, text)]
    assert ("Gaston Merle", "élève") in roles


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        (
            "Colette Arnaud est une géographe française, spécialiste des deltas.",
            "Colette Arnaud",
            "spécialiste des deltas",
        ),
        (
            "Raoul Fieschi est un avocat corse, ancien bâtonnier d'Ajaccio, et conseiller municipal.",
            "Raoul Fieschi",
            "ancien bâtonnier d'Ajaccio",
        ),
        (
            "Raoul Fieschi succède à Lionel Bray au poste de directeur sportif.",
            "Raoul Fieschi",
            "directeur sportif",
        ),
    ],
)
def test_titles_listed_after_an_attribute_and_posts_taken_by_a_successor(
    extract_text: Any, text: str, person: str, role: str
) -> None:
    assert (person, role) in [(f["person"], f["role"]) for f in _roles(extract_text, text)]


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Raoul Fieschi est maire d'Ajaccio, ville de soixante mille habitants.", "ville"),
        ("Raoul Fieschi remplace Lionel Bray au poste de directeur sportif.", "Lionel Bray"),
    ],
)
def test_no_role_from_a_place_apposition_or_for_the_predecessor(
    extract_text: Any, text: str, wrong: str
) -> None:
    facts = _roles(extract_text, text)
    assert not [f for f in facts if wrong in (f["person"], f["role"].split()[0])]
