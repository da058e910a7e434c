"""Acronym facts: sigles, known acronym-words, expansions only when the text links them."""

from __future__ import annotations

from typing import Any

import pytest


def _acronyms(extract_text: Any, text: str) -> dict[str, str | None]:
    return {f.get("acronym"): f.get("expansion") for f in extract_text(text) if f.type == "acronym"}


# text, acronym, expansion (None: the text gives none)
CASES = [
    (
        "Le Centre national de la recherche scientifique (CNRS) emploie 33 000 personnes.",
        "CNRS",
        "Centre national de la recherche scientifique",
    ),
    (
        "L'Organisation mondiale de la santé (OMS) a déclaré la pandémie.",
        "OMS",
        "Organisation mondiale de la santé",
    ),
    ("La Banque centrale européenne (BCE) a relevé ses taux.", "BCE", "Banque centrale européenne"),
    (
        "Le siège du Comité international olympique (CIO) est à Lausanne.",
        "CIO",
        "Comité international olympique",
    ),
    ('On pouvait lire "PLV" pour "Prend le volant" sur les cartes.', "PLV", "Prend le volant"),
    ("La SNCF a annoncé la suppression de postes.", "SNCF", None),
    ("Le PSG affronte l'OM dimanche au Parc des Princes.", "PSG", None),
    ("Selon l'Insee, l'inflation a atteint 5,2 % en un an.", "Insee", None),
    ("L'Unesco a inscrit le site au patrimoine mondial.", "Unesco", None),
    ("Le député a interpellé le gouvernement sur la TVA.", "TVA", None),
    ("Une note de la DST a été rendue publique.", "DST", None),
    ("La direction du G.O. fait passer une circulaire.", "G.O.", None),
]


@pytest.mark.parametrize(("text", "acronym", "expansion"), CASES)
def test_acronym(extract_text: Any, text: str, acronym: str, expansion: str | None) -> None:
    found = _acronyms(extract_text, text)
    assert acronym in found, found
    assert found[acronym] == expansion


def test_expansion_with_unmatched_initials_is_not_given(extract_text: Any) -> None:
    found = _acronyms(extract_text, "Il fut administrateur national du diamant (CND) à Bangui.")
    assert found == {"CND": None}


def test_one_fact_per_acronym_with_the_expansion_when_given_later(extract_text: Any) -> None:
    text = "Le RPR gagne les élections. Plus tard, le Rassemblement pour la République (RPR) se divise."
    facts = [f for f in extract_text(text) if f.type == "acronym"]
    assert len(facts) == 1
    assert facts[0].get("expansion") == "Rassemblement pour la République"


def test_dotted_and_plain_forms_are_one_acronym(extract_text: Any) -> None:
    assert list(
        _acronyms(
            extract_text, "Le siège du G.O. est rue Cadet. Le GO compte des milliers de membres."
        )
    ) == ["G.O."]


NOT_ACRONYMS = [
    "Louis XIV a régné pendant 72 ans sur la France.",
    "Le prix est de 10 000 US $ ou 9 000 EUR.",
    "Le volet de l'opération ORAGE se poursuit, comme l'opération Orage l'avait prévu.",
    "F.L. Copperman était consul honoraire à Bangui.",
    "MM. Farinet et Verneau étaient présents.",
]


@pytest.mark.parametrize("text", NOT_ACRONYMS)
def test_not_an_acronym(extract_text: Any, text: str) -> None:
    assert _acronyms(extract_text, text) == {}


def test_heading_in_capitals_is_skipped(extract_text: Any) -> None:
    text = (
        "RAPPORT PUBLIC D'EVALUATION\n\nLe comité des médicaments (CHMP) a rendu un avis favorable."
    )
    assert list(_acronyms(extract_text, text)) == ["CHMP"]


# Letters in another order than the words (English acronyms), or skipping a word.
ANY_ORDER = [
    (
        "Le comité pour l'évaluation des risques en pharmacovigilance (PRAC) a rendu son avis.",
        "PRAC",
        "comité pour l'évaluation des risques en pharmacovigilance",
    ),
    (
        "L'Agence européenne des médicaments (EMA) a autorisé le vaccin.",
        "EMA",
        "Agence européenne des médicaments",
    ),
    (
        "Le directeur du Fonds des Nations unies pour l'enfance (Unicef) est arrivé à Gaza.",
        "Unicef",
        "Fonds des Nations unies pour l'enfance",
    ),
    (
        "Les combattants du Parti des travailleurs du Kurdistan (PKK) ont attaqué un poste.",
        "PKK",
        "Parti des travailleurs du Kurdistan",
    ),
    (
        "L'Organisation du traité de l'Atlantique nord (NATO) se réunit à Bruxelles.",
        "NATO",
        "Organisation du traité de l'Atlantique nord",
    ),
    (
        "Le Mouvement des entreprises de France (Medef) s'oppose à la réforme.",
        "Medef",
        "Mouvement des entreprises de France",
    ),
    (
        "Selon l'Office national des forêts (ONF), les coupes ont baissé.",
        "ONF",
        "Office national des forêts",
    ),
    (
        "Le Grand collisionneur de hadrons (LHC) a redémarré après deux ans d'arrêt.",
        "LHC",
        "Grand collisionneur de hadrons",
    ),
]


ANY_ORDER_AFTER = [
    (
        "L'EMA (Agence européenne des médicaments) a autorisé le vaccin.",
        "EMA",
        "Agence européenne des médicaments",
    ),
    ("Le FBI (Bureau fédéral d'enquête) a ouvert une enquête.", "FBI", "Bureau fédéral d'enquête"),
    ("Le PSG (club de la capitale) a gagné samedi.", "PSG", None),
    ("L'ASNL (club de Nancy) a perdu à domicile.", "ASNL", None),
]


@pytest.mark.parametrize(("text", "acronym", "expansion"), ANY_ORDER + ANY_ORDER_AFTER)
def test_expansion_in_another_order(
    extract_text: Any, text: str, acronym: str, expansion: str | None
) -> None:
    assert _acronyms(extract_text, text) == {acronym: expansion}


# A label in parentheses after a person or a title is an affiliation, not an expansion.
AFFILIATIONS = [
    ("Le texte a été adopté, a déclaré le ministre (PS) devant la presse.", "PS"),
    ("Jean Dupont (PS) et Marie Durand (LR) ont voté contre.", "PS"),
    ("Le maire du Puy (UMP) a démissionné hier soir.", "UMP"),
    ("Le président socialiste (PS) de la région a répondu.", "PS"),
    ("Le secrétaire du parti (PCF) a pris la parole.", "PCF"),
    ("Les élus du conseil municipal de Lyon (EELV) ont quitté la séance.", "EELV"),
]


@pytest.mark.parametrize(("text", "acronym"), AFFILIATIONS)
def test_label_after_a_person_has_no_expansion(extract_text: Any, text: str, acronym: str) -> None:
    found = _acronyms(extract_text, text)
    assert acronym in found, found
    assert found[acronym] is None


def test_bare_title_stays_an_expansion(extract_text: Any) -> None:
    found = _acronyms(extract_text, "Le secrétaire général (SG) a présenté son rapport.")
    assert found == {"SG": "secrétaire général"}


def test_heading_acronym_with_its_expansion_is_one_fact(extract_text: Any) -> None:
    text = (
        "Notice du médicament\n\n"
        "RESUME DES CARACTERISTIQUES DU PRODUIT (RCP)\n\n"
        "Le RCP complet est disponible en pharmacie. Le RCP a été mis à jour en mai."
    )
    facts = [f for f in extract_text(text) if f.type == "acronym"]
    assert [(f.get("acronym"), f.get("expansion")) for f in facts] == [
        ("RCP", "RESUME DES CARACTERISTIQUES DU PRODUIT")
    ]


def test_acronym_on_a_reference_line(extract_text: Any) -> None:
    text = "Avis de l'agence\n\nANSM / DMM/2021/17\n\nL'avis porte sur deux vaccins."
    assert _acronyms(extract_text, text) == {"ANSM": None}


@pytest.mark.parametrize(
    "line", ["TITRE II", "ANNEXE 1", "NOTICE", "RAPPORT ANNUEL 2021", "RÈGLEMENT CE/2004/726"]
)
def test_headings_with_numbers_are_not_reference_lines(extract_text: Any, line: str) -> None:
    text = f"Avis de l'agence\n\n{line}\n\nL'avis porte sur deux vaccins."
    assert _acronyms(extract_text, text) == {}


def _long_article(first: str, last: str) -> str:
    """Return an article long enough to be parsed in two pieces, `first` opening, `last` closing."""
    filler = "La séance du conseil s'est tenue dans le calme et les élus ont voté le budget.\n\n"
    return f"Chronique municipale\n\n{first}\n\n{filler * 300}{last}\n"


def test_expansion_in_a_later_piece_of_a_long_article(extract_text: Any) -> None:
    text = _long_article(
        "Le RPR a gagné les élections dans la ville.",
        "Le Rassemblement pour la République (RPR) avait été fondé en 1976.",
    )
    facts = [f for f in extract_text(text) if f.type == "acronym"]
    assert [(f.get("acronym"), f.get("expansion")) for f in facts] == [
        ("RPR", "Rassemblement pour la République")
    ]


def test_bare_acronym_waits_and_keeps_its_first_mention(extract_text: Any) -> None:
    text = _long_article(
        "Le RPR a gagné les élections dans la ville.",
        "Le maire sortant (RPR) a été réélu au premier tour.",
    )
    facts = [f for f in extract_text(text) if f.type == "acronym"]
    assert [(f.get("acronym"), f.get("expansion")) for f in facts] == [("RPR", None)]
    assert facts[0].sentence.startswith("Le RPR a gagné")


def test_waiting_acronym_is_given_when_no_later_piece_takes_it(extract_text: Any) -> None:
    text = _long_article("Le RPR a gagné les élections dans la ville.", "LISTE DES ÉLUS (RPR)")
    facts = [f for f in extract_text(text) if f.type == "acronym"]
    assert [(f.get("acronym"), f.get("expansion")) for f in facts] == [("RPR", None)]


@pytest.mark.parametrize(
    ("text", "acronym", "expansion"),
    [
        (
            "Le dossier ira à la direction régionale du commerce, de la pêche et des transports "
            "(Drcpt) de Normandie.",
            "Drcpt",
            "direction régionale du commerce, de la pêche et des transports",
        ),
        ("La chambre des métiers (Cdm) a répondu aux artisans.", "Cdm", "chambre des métiers"),
        (
            "L'office du tourisme, des congrès et des loisirs (OTCL) ouvre en mai.",
            "OTCL",
            "office du tourisme, des congrès et des loisirs",
        ),
    ],
)
def test_expansion_in_order_in_mixed_case_or_with_commas(
    extract_text: Any, text: str, acronym: str, expansion: str
) -> None:
    assert _acronyms(extract_text, text).get(acronym) == expansion


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Elle a vu Anne (Ava) hier soir.", "Ava"),
        ("Le conseil municipal (Paris) a voté la subvention.", "Paris"),
        ("Le rapport cite la chambre des métiers (Lyon) à plusieurs reprises.", "Lyon"),
    ],
)
def test_word_in_mixed_case_in_parentheses_without_its_letters_is_no_acronym(
    extract_text: Any, text: str, word: str
) -> None:
    assert word not in _acronyms(extract_text, text)


@pytest.mark.parametrize(
    ("text", "acronym", "expansion"),
    [
        (
            "La chambre de commerce et d'industrie (CCI) a ouvert un guichet.",
            "CCI",
            "chambre de commerce et d'industrie",
        ),
        (
            "La direction départementale des territoires et de la mer (DDTM) instruit le dossier.",
            "DDTM",
            "direction départementale des territoires et de la mer",
        ),
    ],
)
def test_roman_looking_acronym_and_content_words_first(
    extract_text: Any, text: str, acronym: str, expansion: str
) -> None:
    assert _acronyms(extract_text, text).get(acronym) == expansion


def test_roman_numeral_without_expansion_is_no_acronym(extract_text: Any) -> None:
    text = "Le chapitre XI du code civil et le règne de Louis XIV (1643-1715) sont au programme."
    assert _acronyms(extract_text, text) == {}


# A body translated into French keeps its own language's acronym: its name is a capitalised noun
# after a determiner and lowercase complements up to the parenthesis, whatever the letters.
@pytest.mark.parametrize(
    ("text", "acronym", "expansion"),
    [
        (
            "Le front réunit surtout les Brigades de défense civile (YKS) et des milices locales.",
            "YKS",
            "Brigades de défense civile",
        ),
        (
            "Le chef de l'Office des routes et d'entretien (KTD) a quitté son poste.",
            "KTD",
            "Office des routes et d'entretien",
        ),
    ],
)
def test_translated_body_names_its_foreign_acronym(
    extract_text: Any, text: str, acronym: str, expansion: str
) -> None:
    assert _acronyms(extract_text, text) == {acronym: expansion}


@pytest.mark.parametrize(
    ("text", "acronym"),
    [
        ("Le conseil de la ville de Nantes (AFP) a voté le budget.", "AFP"),
        ("Le porte-parole des élus de la région (EELV) a parlé.", "EELV"),
        ("Le directeur (AFP) de la Banque de la région a parlé.", "AFP"),
        ("Le Premier ministre (LR) a répondu aux questions.", "LR"),
        ("Les Brigades (YKS) tiennent la ville.", "YKS"),
    ],
)
def test_no_translated_name_without_a_capitalised_noun_and_its_complements(
    extract_text: Any, text: str, acronym: str
) -> None:
    assert _acronyms(extract_text, text).get(acronym) is None
