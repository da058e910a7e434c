"""Quantity facts from varied French sentences: value, hedge, bound, unit; and what is not one."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import CORPUS


def _quantities(extract_text: Any, text: str) -> list[dict[str, Any]]:
    return [f.to_dict() for f in extract_text(text) if f.type == "quantity"]


def _find(facts: list[dict[str, Any]], value: float, unit: str | None = None) -> dict[str, Any]:
    found = [
        f
        for f in facts
        if f["value"] == pytest.approx(value) and (unit is None or unit in str(f["unit"]))
    ]
    assert found, f"no quantity {value} in {[(f['value'], f['text']) for f in facts]}"
    return found[0]


# sentence, value, approx, bound, a word of the unit (None: no unit expected)
CASES = [
    ("Le club lyonnais a recruté trois joueurs cet été.", 3, False, None, "joueurs"),
    ("Il a signé pour près de 45 millions d'euros.", 45_000_000, True, None, "euros"),
    ("L'attaquant a marqué 12 buts en 30 matches la saison dernière.", 12, False, None, "buts"),
    ("Plus de 60 000 spectateurs ont assisté à la finale.", 60_000, False, "lower", "spectateurs"),
    ("Le chômage s'établit à 7,4 % au troisième trimestre.", 7.4, False, None, "%"),
    ("L'entreprise prévoit de supprimer jusqu'à 1 200 postes.", 1200, False, "upper", "postes"),
    (
        "Une vingtaine de manifestants se sont rassemblés devant la mairie.",
        20,
        True,
        None,
        "manifestants",
    ),
    (
        "La comète passera à environ 42 millions de kilomètres de la Terre.",
        42_000_000,
        True,
        None,
        "kilomètres",
    ),
    ("Au moins 27 personnes ont été tuées dans l'explosion.", 27, False, "lower", "personnes"),
    ("La bataille a fait quelque 300 000 morts.", 300_000, True, None, "morts"),
    ("Le litre de gazole a atteint 1,85 euro.", 1.85, False, None, "euro"),
    ("Les chercheurs ont suivi 1 500 patients pendant cinq ans.", 1500, False, None, "patients"),
    ("Le train relie les deux villes en deux heures environ.", 2, True, None, "heures"),
    ("Moins de 5 % des électeurs se sont déplacés.", 5, False, "upper", "%"),
    (
        "Le film a attiré 4,5 millions de spectateurs en salle.",
        4_500_000,
        False,
        None,
        "spectateurs",
    ),
    ("La commune comptait 2 450 habitants au dernier recensement.", 2450, False, None, "habitants"),
    ("Deux cent cinquante salariés sont menacés de licenciement.", 250, False, None, "salariés"),
    (
        "Le groupe a réalisé un chiffre d'affaires de 12,5 milliards d'euros.",
        12_500_000_000,
        False,
        None,
        "euros",
    ),
    ("La mairie a reçu quelque deux cents courriers.", 200, True, None, "courriers"),
    (
        "Le prix du chantier s'élève à 3.400.000 F, dont 25% d'aide publique.",
        3_400_000,
        False,
        None,
        "F",
    ),
    ("Le montant des billets atteint 336.210,00 EUR.", 336_210, False, None, "EUR"),
    ("Le gérant sera condamné à un an de suspension.", 1, False, None, "an"),
    ("Le juge a entendu 37 témoins, dont 11 ont été rappelés.", 11, False, None, "témoins"),
    (
        "Le budget a atteint 8 millions de dollars (6 sur un fonds et 2 sur un autre).",
        6_000_000,
        False,
        None,
        "dollars",
    ),
    ("Les versements avoisineraient les 850 000 F.", 850_000, True, None, "F"),
    ("Le nombre total de dossiers était d'environ 23 000.", 23_000, True, None, "dossiers"),
    ("En un an, le nombre de chômeurs a baissé de 50 000.", 50_000, False, None, "chômeurs"),
    ("Le nombre de victimes s'élève à 12, selon la préfecture.", 12, False, None, "victimes"),
    ("En France, le nombre de diabétiques dépasse 3,5 millions.", 3_500_000, False, None, "diab"),
    (
        "Un grand nombre de manifestants, 3 000 selon la police, ont défilé.",
        3000,
        False,
        None,
        "manifestants",
    ),
    ("La température a chuté de 15 degrés en une nuit.", 15, False, None, "degrés"),
    ("Seuls 12 pour cent des sondés se disent satisfaits.", 12, False, None, "cent"),
    (
        "L'usine comptait 2 600 salariés il y a cinq ans, contre environ 1 000 aujourd'hui.",
        1000,
        True,
        None,
        "salariés",
    ),
    (
        "Le chiffre d'affaires a progressé de 21 %, pour un bénéfice net de 1,6 milliard d'euros.",
        1_600_000_000,
        False,
        None,
        "euros",
    ),
    (
        "L'exoplanète est située à environ 100 années-lumière de la Terre.",
        100,
        True,
        None,
        "années-lumière",
    ),
    ("Les PME de moins de 50 salariés recevront une aide.", 50, False, "upper", "salariés"),
    ("La société emploie désormais 1.250 salariés.", 1250, False, None, "salariés"),
    ("Un budget de 2000 euros a été voté pour la fête.", 2000, False, None, "euros"),
    ("Le taux de chômage oscille de 10 à 15 % selon les régions.", 10, False, None, "%"),
    ("Le taux directeur est passé de 1 % à 4 % en un an.", 1, False, None, "%"),
    ("Le radar a flashé un automobiliste à 180 km/h sur l'autoroute.", 180, False, None, "km/h"),
    ("La concentration est de 5 mg/l dans le sang.", 5, False, None, "mg/l"),
    ("Les 12 SMS envoyés par le suspect ont été analysés.", 12, False, None, "SMS"),
    ("Le groupe a vendu 200 Rafale à l'Inde.", 200, False, None, "Rafale"),
]


@pytest.mark.parametrize(("sentence", "value", "approx", "bound", "unit"), CASES)
def test_quantity(
    extract_text: Any,
    sentence: str,
    value: float,
    approx: bool,
    bound: str | None,
    unit: str | None,
) -> None:
    fact = _find(_quantities(extract_text, sentence), value, unit)
    assert fact["approx"] is approx
    assert fact.get("bound") == bound
    assert fact["text"] in sentence
    assert fact["subject"]


RANGES = [
    ("Les sommes en jeu se montent à 200 à 500 millions de francs.", 200_000_000, 500_000_000),
    ("Le régiment compte entre 800 et 900 hommes.", 800, 900),
    ("La ville compte de 15 000 à 30 000 habitants selon la saison.", 15_000, 30_000),
]


@pytest.mark.parametrize(("sentence", "low", "high"), RANGES)
def test_range(extract_text: Any, sentence: str, low: int, high: int) -> None:
    fact = _find(_quantities(extract_text, sentence), low)
    assert fact["value_max"] == high


NOT_QUANTITIES = [
    "Il était dix heures et demie quand le marché a ouvert.",
    "La réunion aura lieu à 18 heures dans la salle 204.",
    "L'article 49 de la Constitution a été utilisé.",
    "Le 12e régiment d'infanterie défile en tête.",
    "Il est né le 3 mars 1942 à Lille.",
    "En 1998, l'équipe de France remporte la Coupe du monde.",
    "L'un des suspects a été interpellé.",
    "Il habite au 12 rue de la Paix.",
    "Appelez le 03 83 45 12 00 pour réserver.",
    "Les deux tiers des salariés ont voté la grève.",
    "Un attaquant et un milieu offensif rejoindront l'équipe.",
    "Paul Verlaque et Henri Dubreuil, tous deux ingénieurs, ont été libérés.",
    "Louis XIV a fait construire le château au XVIIe siècle.",
    "Vitalor agit au moins un patient sur 10 des cas [1].",
    "Rennes s'est imposé 3-2 face à Lens.",
    "Elle serait deux fois plus grande que la Terre.",
    "Les effets indésirables touchent 1 patient sur 100.",
    "La piscine est ouverte de 7 h à 21 h le samedi.",
    "La grève a duré de 8 h à midi.",
]


@pytest.mark.parametrize("sentence", NOT_QUANTITIES)
def test_not_a_quantity(extract_text: Any, sentence: str) -> None:
    facts = _quantities(extract_text, sentence)
    assert all(
        f["value"] not in (10, 12, 49, 204, 1942, 1998, 18, 3, 2, 14, 17, 1, 7, 8, 21)
        for f in facts
    ), facts


def test_predicate_of_the_counted_noun(extract_text: Any) -> None:
    text = "Les quelque 140 pompiers volontaires qui travaillent au sein de la caserne sont partis."
    fact = _find(_quantities(extract_text, text), 140)
    assert fact["approx"] is True
    assert fact["unit"] == "pompiers volontaires"
    assert fact["predicate"].startswith("travaillent au sein de la caserne")


def test_predicate_has_no_space_left_by_a_reference_mark(extract_text: Any) -> None:
    from generators.source.article import read_article

    # An encyclopedic text whose sentences end with reference marks (« … de Reuters [8]. »)
    facts = _quantities(extract_text, read_article(CORPUS / "06_photos_adnan_hajj.txt"))
    predicates = [f["predicate"] for f in facts if f.get("predicate")]
    assert predicates
    assert all(p == " ".join(p.split()) for p in predicates), predicates


def test_unit_gender_and_number(extract_text: Any) -> None:
    facts = _quantities(extract_text, "Le conseil a voté trois motions et deux budgets.")
    assert (_find(facts, 3)["unit_gender"], _find(facts, 3)["unit_number"]) == ("f", "p")
    assert _find(facts, 2)["unit_gender"] == "m"


def test_quantities_of_one_sentence_have_distinct_ids(extract_text: Any) -> None:
    facts = _quantities(
        extract_text, "Les listes se partagent 0,6% pour le centre et 1,4% pour les écologistes."
    )
    assert {f["value"] for f in facts} >= {0.6, 1.4}
    assert len({f["id"] for f in facts}) == len(facts)


# sentence, value, the unit, the text
RATES = [
    (
        "Les volontaires ont reçu un sirop pris une fois par jour pendant trois semaines.",
        1,
        "fois par jour",
        "une fois par jour",
    ),
    (
        "Les joueurs s'entraînent quatre fois par semaine pendant la préparation.",
        4,
        "fois par semaine",
        "quatre fois par semaine",
    ),
    (
        "Le conseil municipal se réunit une fois par mois dans la salle des fêtes.",
        1,
        "fois par mois",
        "une fois par mois",
    ),
    ("Le loyer s'élève à 650 euros par mois, charges comprises.", 650, "euros par mois", None),
    ("Il prend un comprimé par jour depuis trois ans.", 1, "comprimé par jour", None),
    ("La dose recommandée est de 2,5 mg par kilo et par jour.", 2.5, "mg par kilo", None),
    (
        "Le stage durera six semaines, à raison de trois jours de cours par semaine.",
        3,
        "jours de cours par semaine",
        "trois jours de cours par semaine",
    ),
]


@pytest.mark.parametrize(("sentence", "value", "unit", "text"), RATES)
def test_rate(extract_text: Any, sentence: str, value: float, unit: str, text: str | None) -> None:
    fact = _find(_quantities(extract_text, sentence), value, unit)
    assert fact["unit"] == unit
    assert fact["text"] == (text or f"{fact['text'].split()[0]} {unit}")
    assert fact["approx"] is False


@pytest.mark.parametrize(
    "sentence",
    [
        "Il était une fois un roi qui vivait dans un château.",
        "Une fois arrivé à Nancy, il a rejoint l'équipe.",
        "Il a été reçu une fois par le ministre.",
    ],
)
def test_once_without_a_rate_is_no_quantity(extract_text: Any, sentence: str) -> None:
    assert _quantities(extract_text, sentence) == []


# sentence, value, the group counted, approximate
GROUPS = [
    (
        "Les Petits Lutins, au nombre de six, le géant Paul... ont amusé les enfants.",
        6,
        "Petits Lutins",
        False,
    ),
    (
        "Les candidats, au nombre de douze, passeront devant le jury en juin.",
        12,
        "candidats",
        False,
    ),
    ("Les grévistes, au nombre de 400, ont défilé jusqu'à la préfecture.", 400, "grévistes", False),
    (
        "Les rescapés du naufrage, au nombre de trente-deux, ont été recueillis.",
        32,
        "rescapés",
        False,
    ),
    ("Les manifestants étaient au nombre de 300 devant la préfecture.", 300, "manifestants", False),
    ("Les blessés, au nombre d'une vingtaine, ont été hospitalisés.", 20, "blessés", True),
    ("Les supporters, au nombre d'environ 800, ont chanté tout le match.", 800, "supporters", True),
]


@pytest.mark.parametrize(("sentence", "value", "unit", "approx"), GROUPS)
def test_group_size(extract_text: Any, sentence: str, value: int, unit: str, approx: bool) -> None:
    fact = _find(_quantities(extract_text, sentence), value, unit)
    assert fact["unit"] == unit
    assert fact["text"].startswith("au nombre d")
    assert fact["approx"] is approx


@pytest.mark.parametrize(
    "sentence",
    ["Ils étaient au nombre de 12 autour de la table.", "L'équipe s'intéresse au nombre de buts."],
)
def test_group_size_needs_a_noun(extract_text: Any, sentence: str) -> None:
    assert _quantities(extract_text, sentence) == []


# sentence, (numerator, denominator), the group counted
RATIOS = [
    (
        "Dans l'essai, 7% des malades sous Vitalor ont eu une rechute (84 sur 1 210), "
        "contre 12% des malades sous placebo (146 sur 1 204).",
        (84, 1210),
        "malades",
    ),
    (
        "Selon l'enquête, 62 % des salariés interrogés (1 240 sur 2 000) jugent leur charge "
        "de travail excessive.",
        (1240, 2000),
        "salariés",
    ),
    (
        "Un tiers des communes du département (45 sur 135) n'ont plus de médecin.",
        (45, 135),
        "communes",
    ),
    ("Le candidat a obtenu 45 % des voix (1 200 sur 2 700) au second tour.", (1200, 2700), "voix"),
]


@pytest.mark.parametrize(("sentence", "values", "unit"), RATIOS)
def test_counts_after_a_share(
    extract_text: Any, sentence: str, values: tuple[int, int], unit: str
) -> None:
    facts = _quantities(extract_text, sentence)
    numerator, denominator = _find(facts, values[0]), _find(facts, values[1])
    assert numerator["unit"] == denominator["unit"] == unit
    assert numerator["text"].endswith(denominator["text"])
    assert " sur " in numerator["text"] and " sur " not in denominator["text"]
    assert len({f["id"] for f in facts}) == len(facts)


@pytest.mark.parametrize(
    "sentence", ["Il a obtenu 15 sur 20 à l'examen.", "Le score final est de 3 sur 5 seulement."]
)
def test_counts_without_a_share_are_no_quantity(extract_text: Any, sentence: str) -> None:
    assert _quantities(extract_text, sentence) == []


def test_a_rate_does_not_take_the_place_of_another_fact(extract_text: Any) -> None:
    text = (
        "Titre\n\nL'injection est répétée une fois par an dans les écoles. "
        "L'injection protège au moins un an."
    )
    facts = _quantities(extract_text, text)
    assert [(f["value"], f["unit"], f.get("bound")) for f in facts] == [
        (1, "fois par an", None),
        (1, "an", "lower"),
    ]


def test_a_percentage_keeps_its_unit_before_a_rate(extract_text: Any) -> None:
    fact = _find(_quantities(extract_text, "La population augmente de 2 % par an."), 2)
    assert fact["unit"] == "%"


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        (
            "Pour cette allergie, le traitement est donné en une seule piqûre.",
            "piqûre",
        ),
        ("Il n'a marqué qu'un seul but cette saison.", "but"),
        ("Un seul candidat s'est présenté à l'élection municipale.", "candidat"),
        ("Le village ne compte plus qu'une seule boulangerie.", "boulangerie"),
    ],
)
def test_only_one(extract_text: Any, sentence: str, unit: str) -> None:
    fact = _find(_quantities(extract_text, sentence), 1, unit)
    assert fact["text"].lower().startswith(("un seul", "une seule"))


@pytest.mark.parametrize(
    "sentence",
    [
        "Le bâtiment s'est effondré d'un seul coup.",
        "Les députés ont voté comme un seul homme.",
        "Il n'a pas marqué un seul but de la saison.",
        "Sans douter un seul instant que le projet serait accepté, elle a signé.",
        "Jamais un seul ministre n'avait visité le village.",
    ],
)
def test_emphatic_only_one_is_no_quantity(extract_text: Any, sentence: str) -> None:
    assert _quantities(extract_text, sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "La guerre de Cent Ans a opposé la France et l'Angleterre.",
        "Il a relu Les Trois Mousquetaires cet été.",
        "Les Trois Frères ont rempli les salles.",
        "Le déploiement de la 5G inquiète certains habitants.",
        "Le Boeing 737 MAX a été cloué au sol.",
    ],
)
def test_a_number_in_a_title_is_no_quantity(extract_text: Any, sentence: str) -> None:
    assert _quantities(extract_text, sentence) == []


def test_the_same_number_outside_a_title_is_a_quantity(extract_text: Any) -> None:
    fact = _find(_quantities(extract_text, "Trois frères ont rempli les salles."), 3, "frères")
    assert fact["text"] == "Trois frères"


@pytest.mark.parametrize(
    "sentence",
    [
        "L'équipe s'intéresse au nombre de buts, 45 cette saison.",
        "Le nombre de candidats a augmenté ; 12 ont été retenus.",
        "Le nombre de plaintes a doublé depuis 2015.",
    ],
)
def test_number_of_stays_in_its_clause(extract_text: Any, sentence: str) -> None:
    assert _quantities(extract_text, sentence) == []
