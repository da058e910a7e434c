"""Session 18 precision families: facts that must not be read, and the ones that must stay.

Every sentence is invented (names, places, numbers); each family has cases that must not fire.
"""

from __future__ import annotations

from typing import Any

import pytest

DATELINE = "Valmont, 14 mai 2019. – "


def _facts(extract_text: Any, text: str, fact_type: str) -> list[dict[str, Any]]:
    return [f.to_dict() for f in extract_text(text) if f.type == fact_type]


def _counts(extract_text: Any, text: str) -> list[tuple[float, str]]:
    return [(f["value"], str(f["unit"])) for f in _facts(extract_text, text, "quantity")]


# « les deux N », « ces deux N »: « both N », a pair named before, in any role of the clause.
@pytest.mark.parametrize(
    "sentence",
    [
        "Le tribunal a confisqué les deux camionnettes dans la foulée.",
        "Dans les deux cas, le taux a baissé.",
        "Le juge a entendu les deux parties avant de trancher.",
        "La mairie rapproche les deux associations de quartier.",
        "Le syndicat a reçu ces deux propositions avec méfiance.",
        "Le médiateur veut réunir les deux camps autour d'une table.",
        "La police enquête sur les deux groupes en campagne.",
        "Le rapport compare les deux régions sur dix ans.",
        "Elle a été devancée de peu par les deux Lorrains.",
        "Le club a vendu ces deux joueurs à un club voisin.",
    ],
)
def test_both_of_a_pair_is_no_count(extract_text: Any, sentence: str) -> None:
    assert [c for c in _counts(extract_text, sentence) if c[0] == 2] == []


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("Le club a recruté deux attaquants cet été.", 2, "attaquants"),
        ("Les deux joueurs de Lorient ont été blessés.", 2, "joueurs"),
        ("Les deux suspects ont été interpellés à Brévannes.", 2, "suspects"),
        ("Le titre s'est joué entre les deux Normandes Léa Morvan et Iris Quéré.", 2, "Normandes"),
        ("Le juge a interrogé les trois témoins de l'accident.", 3, "témoins"),
        ("Le forcené a blessé les quatre gendarmes présents.", 4, "gendarmes"),
        ("Le chantier sera achevé dans les deux ans.", 2, "ans"),
        ("L'un des deux candidats retenus vient de Castelbrun.", 2, "candidats"),
        ("Deux camionnettes ont été volées dans la nuit.", 2, "camionnettes"),
        ("La police a arrêté les deux fugitifs près de Brévannes.", 2, "fugitifs"),
        ("Le maire a présenté les 2 000 bénévoles du festival.", 2000, "bénévoles"),
    ],
)
def test_a_count_that_is_news_stays_a_count(
    extract_text: Any, sentence: str, value: float, unit: str
) -> None:
    assert any(v == value and unit in u for v, u in _counts(extract_text, sentence))


def _acronyms(extract_text: Any, text: str) -> dict[str, str | None]:
    return {f["acronym"]: f["expansion"] for f in _facts(extract_text, text, "acronym")}


# A body's name translated into French may hold capitalised words after its first noun (a place, a
# capitalised complement): it still names the acronym in parentheses after it, when one of its
# content words gives one of the letters.
@pytest.mark.parametrize(
    ("text", "acronym", "expansion"),
    [
        (
            "Les forces de l'Union africaine en Vallonie (AMIVA) ont quitté la ville.",
            "AMIVA",
            "Union africaine en Vallonie",
        ),
        (
            "Le projet est mené par le Secteur des Transports d'Urgence (ETL) depuis mars.",
            "ETL",
            "Transports d'Urgence",
        ),
        (
            "Les soldats de la Mission de paix africaine au Bérandor (MIPAB) sont partis.",
            "MIPAB",
            "Mission de paix africaine au Bérandor",
        ),
        (
            "Les élus de la Communauté de communes du Val de Brenne (CCVB) ont voté.",
            "CCVB",
            "Communauté de communes du Val de Brenne",
        ),
        (
            "Le chef de la Garde côtière de Vallonie (KSV) a démissionné.",
            "KSV",
            "Garde côtière de Vallonie",
        ),
    ],
)
def test_a_translated_name_with_capitalised_words_names_its_acronym(
    extract_text: Any, text: str, acronym: str, expansion: str
) -> None:
    assert _acronyms(extract_text, text).get(acronym) == expansion


@pytest.mark.parametrize(
    ("text", "acronym"),
    [
        ("Selon le ministère de la Santé de Castelbrun (AFP), le bilan s'alourdit.", "AFP"),
        ("Le porte-parole du Conseil de la région de Lorraine (AFP) a parlé.", "AFP"),
        ("Le maire de Brévannes, Jean Morel (UDI), a parlé.", "UDI"),
        ("Il vit dans la région de Haute-Vallonie (AFP) depuis dix ans.", "AFP"),
        ("Le président de la République, Paul Vernet (LR), a répondu.", "LR"),
        ("La députée de la Marne-et-Loire (PS) a voté contre.", "PS"),
    ],
)
def test_no_capitalised_name_without_a_letter_or_before_a_person(
    extract_text: Any, text: str, acronym: str
) -> None:
    assert _acronyms(extract_text, text).get(acronym) is None


# A number counts the short quoted phrase right after it (« trois « zones blanches » »); a closing
# quotation mark or a sign is never a unit (« le « top 10 » »).
@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("Le quartier compte trois « zones blanches » selon la mairie.", 3, "« zones blanches »"),
        ("Il fait partie des cinq derniers « pionniers » encore en vie.", 5, "« pionniers »"),
        ("Une dizaine de « casseurs » ont brisé des vitrines.", 10, "« casseurs »"),
        ("La coureuse a signé deux « top 5 » cette saison.", 2, "« top 5 »"),
        ("Le réseau recense 40 « fermes-usines » en Vallonie.", 40, "« fermes-usines »"),
    ],
)
def test_a_number_counts_the_quoted_phrase_after_it(
    extract_text: Any, sentence: str, value: float, unit: str
) -> None:
    assert (value, unit) in _counts(extract_text, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "La coureuse se classe dans le « top 20 » à Valmont.",
        "Il a répondu « 10 » à la question du juge.",
        "Le magazine publie son « top 50 » des plages de Vallonie.",
        "Le groupe joue son tube « Route 66 » en rappel.",
        "Elle a terminé dans le « top 10 » mondial l'an dernier.",
    ],
)
def test_a_number_closing_a_quotation_has_no_unit(extract_text: Any, sentence: str) -> None:
    assert [c for c in _counts(extract_text, sentence) if c[1] in ("»", "«", '"')] == []
    assert not any(v in (10, 20, 50, 66) for v, _ in _counts(extract_text, sentence))


# A currency sign written before the number is its unit; an English scale glued after such a number
# (« £ 45m ») is millions, never metres.
@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("Le club a payé £ 45m pour le défenseur.", 45_000_000, "£"),
        ("Le club a payé £45m pour le défenseur.", 45_000_000, "£"),
        ("Le joueur touchera £ 40 000 par semaine.", 40_000, "£"),
        ("Le contrat du pilier vaut $ 20 par action.", 20, "$"),
        ("Le gardien a coûté € 12M au club de Brévannes.", 12_000_000, "€"),
        ("Le transfert coûte 30 M€.", 30_000_000, "€"),
    ],
)
def test_a_currency_sign_before_the_number_is_its_unit(
    extract_text: Any, sentence: str, value: float, unit: str
) -> None:
    assert (value, unit) in _counts(extract_text, sentence)


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("Le coureur a parcouru 80 m en neuf secondes.", 80, "m"),
        ("La tour mesure 45m de haut.", 45, "m"),
        ("Le plongeur est descendu à 60 m sous la surface.", 60, "m"),
        ("Le club a payé 45 millions de livres pour le défenseur.", 45_000_000, "livres"),
    ],
)
def test_metres_and_scales_without_a_sign_stay(
    extract_text: Any, sentence: str, value: float, unit: str
) -> None:
    assert (value, unit) in _counts(extract_text, sentence)


def _event_dates(extract_text: Any, text: str) -> list[str | None]:
    return [e["date_norm"] for e in _facts(extract_text, DATELINE + text, "event")]


# « depuis » after a superlative or an ordinal gives the baseline of a comparison: no event then.
@pytest.mark.parametrize(
    "text",
    [
        "Le gouvernement vient de conclure un recensement, le premier depuis 1998.",
        "L'action de la société est tombée à son plus bas niveau depuis janvier 2005.",
        "La crue a atteint 7 mètres, un record depuis 1891.",
        "C'est la plus forte hausse du chômage depuis 2009.",
        "Le parti signe son pire score depuis 1971.",
        "La neige est tombée en abondance, du jamais vu depuis 1987.",
        "Le club remporte sa première victoire à domicile depuis mars 2016.",
    ],
)
def test_since_after_a_superlative_is_no_event(extract_text: Any, text: str) -> None:
    assert _event_dates(extract_text, text) == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Il est Premier ministre depuis 2012.", "2012"),
        ("Le site est bloqué depuis le 29 avril en Vallonie.", "2019-04-29"),
        ("La ligne est fermée depuis 2016 pour travaux.", "2016"),
        ("Le maire préside la communauté de communes depuis 2008.", "2008"),
    ],
)
def test_since_a_date_something_began_stays(extract_text: Any, text: str, date: str) -> None:
    assert date in _event_dates(extract_text, text)


# A date alone in parentheses after a name labels that name (an edition, a season).
@pytest.mark.parametrize(
    "text",
    [
        "Tout comme Brenne (hiver 2022), la ville de Castelbrun renonce aux Jeux.",
        "Le film « La Traversée » (2016) ressort en salle à Valmont.",
        "Après Lorvennes (été 2010) et Castelbrun (été 2014), Valmont accueille le tournoi.",
    ],
)
def test_a_date_labelling_a_name_is_no_event(extract_text: Any, text: str) -> None:
    assert not any(
        d and d.startswith(("2010", "2014", "2016", "2022"))
        for d in _event_dates(extract_text, text)
    )


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Le préfet a signé l'arrêté (le 3 mars 2018) après de longs débats.", "2018-03-03"),
        ("Le tournoi de Brenne s'est achevé le 3 mars 2018.", "2018-03-03"),
        ("La ministre a inauguré le pont (en 2017), après dix ans de travaux.", "2017"),
    ],
)
def test_a_date_in_parentheses_of_a_clause_stays(extract_text: Any, text: str, date: str) -> None:
    assert date in _event_dates(extract_text, text)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Elle bat le record de l'épreuve détenu depuis 2012 par Ida Berg.", "2012"),
        ("Le meilleur temps, établi depuis 2015 par Marc Lenoir, tient toujours.", "2015"),
    ],
)
def test_a_record_set_since_a_date_stays(extract_text: Any, text: str, date: str) -> None:
    assert date in _event_dates(extract_text, text)


# A parenthesis may go on after the acronym with a gloss on it: it still names the words before.
@pytest.mark.parametrize(
    ("text", "acronym", "expansion"),
    [
        (
            "Le Bureau des Affaires maritimes (BAM, son sigle officiel) a ouvert une enquête.",
            "BAM",
            "Bureau des Affaires maritimes",
        ),
        (
            "L'Union des pêcheurs de Brenne (UPB, selon son sigle) réclame des quotas.",
            "UPB",
            "Union des pêcheurs de Brenne",
        ),
        (
            "La Ligue vallonne des cyclistes (LVC, pour son acronyme) organise la course.",
            "LVC",
            "Ligue vallonne des cyclistes",
        ),
        (
            "Le Conseil national des métiers d'art (CNMA, selon ses initiales) a voté.",
            "CNMA",
            "Conseil national des métiers d'art",
        ),
        (
            "Les combattants du Front de libération de Vallonie (FLV selon son sigle) ont reculé.",
            "FLV",
            "Front de libération de Vallonie",
        ),
    ],
)
def test_a_gloss_after_the_acronym_keeps_its_parenthesis(
    extract_text: Any, text: str, acronym: str, expansion: str
) -> None:
    assert _acronyms(extract_text, text).get(acronym) == expansion


@pytest.mark.parametrize(
    ("text", "acronym"),
    [
        ("La Fédération des travailleurs (FTV, créée en 1990) a manifesté.", "FTV"),
        ("Le maire de Brenne, Paul Morel (UDI, réélu en 2014), a parlé.", "UDI"),
        ("Le club de Valmont (USV, qui joue en troisième division) recrute.", "USV"),
        ("La région (PACA, au sud) investit dans les écoles.", "PACA"),
        ("Le cycliste Marc Lenoir (FRA, 24 ans) a gagné l'étape.", "FRA"),
    ],
)
def test_a_parenthesis_going_on_without_a_gloss_names_nothing(
    extract_text: Any, text: str, acronym: str
) -> None:
    assert _acronyms(extract_text, text).get(acronym) is None


# An acronym written as a word (lexicon acronym_names) keeps the name before its parenthesis when a
# gloss follows it inside.
@pytest.mark.parametrize(
    ("text", "acronym", "expansion"),
    [
        (
            "L'organisation Califat noir ( Aqmi selon son acronyme arabe) a reculé.",
            "Aqmi",
            "Califat noir",
        ),
        (
            "Les forces de l'organisation Califat noir (Aqmi) ont reculé à Valmont.",
            "Aqmi",
            "Califat noir",
        ),
    ],
)
def test_an_acronym_written_as_a_word_with_a_gloss(
    extract_text: Any, text: str, acronym: str, expansion: str | None
) -> None:
    assert _acronyms(extract_text, text).get(acronym) == expansion


# A news site's pointer to another article (« Lire aussi : … ») on a line of its own is no text.
@pytest.mark.parametrize(
    "line",
    [
        "Lire aussi : Le FMV annonce 300 postes supprimés à Valmont",
        "À lire aussi : Castelbrun, le maire démissionne le 3 mars",
        "Lire également : La SNCV perd 2 millions d'euros",
        "Voir aussi : Brenne inaugure son pont en 2017",
        "A lire aussi : Le CNRV ferme trois laboratoires",
        "Relire aussi : Le préfet de Brenne et 40 gendarmes",
        "  LIRE AUSSI : Le tournoi de Valmont reporté à 2021",
    ],
)
def test_a_pointer_to_another_article_is_blanked(line: str) -> None:
    from generators.source.article import parse_bytes

    text = f"Le maire de Valmont a inauguré la salle.\n\n{line}\n\nLa salle compte 300 places.\n"
    clean = parse_bytes(text.encode(), source="a.txt").clean
    assert [row.strip() for row in clean.split("\n") if row.strip()] == [
        "Le maire de Valmont a inauguré la salle.",
        "La salle compte 300 places.",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Il faut lire aussi : ce rapport est accablant, dit-elle.",
        "Le juge a voulu voir aussi les comptes de la mairie.",
        "« À lire aussi le rapport », a conseillé le maire.",
    ],
)
def test_lire_aussi_inside_a_sentence_stays(line: str) -> None:
    from generators.source.article import parse_bytes

    text = f"Le maire de Valmont a inauguré la salle.\n\n{line}\n"
    assert line in parse_bytes(text.encode(), source="a.txt").clean


def _ranges(extract_text: Any, text: str) -> list[tuple[float, float | None]]:
    return [(f["value"], f.get("value_max")) for f in _facts(extract_text, text, "quantity")]


# A range's two ends written apart: « 10 à 20 000 » shares the thousands of its second end; both
# ends repeating the unit make one range, not two amounts.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Le groupe compterait 10 à 20 000 combattants.", [(10_000, 20_000)]),
        ("Entre 15 et 20 000 manifestants ont défilé à Valmont.", [(15_000, 20_000)]),
        ("La foule comptait 30 à 40 000 personnes.", [(30_000, 40_000)]),
        ("Ils s'exposent à une amende de 2500 $ à 25 000 $.", [(2500, 25_000)]),
        ("Le billet coûte de 20 euros à 45 euros selon la place.", [(20, 45)]),
        (
            "Le chantier a coûté entre 2 millions d'euros et 3 millions d'euros.",
            [(2_000_000, 3_000_000)],
        ),
    ],
)
def test_a_range_written_apart_is_one_range(
    extract_text: Any, sentence: str, expected: list[tuple[float, float]]
) -> None:
    assert _ranges(extract_text, sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Le prix va de 1 à 20 000 euros selon les modèles.", [(1, 20_000)]),
        ("Les places coûtent de 150 à 2 000 euros.", [(150, 2000)]),
        ("Le loyer passe de 600 euros à 650 euros.", [(600, None), (650, None)]),
        ("Le club compte 12 joueurs et 3 000 supporters.", [(12, None), (3000, None)]),
        ("Le village compte de 200 à 300 habitants l'hiver.", [(200, 300)]),
    ],
)
def test_ranges_that_share_nothing_stay_as_written(
    extract_text: Any, sentence: str, expected: list[tuple[float, float | None]]
) -> None:
    assert _ranges(extract_text, sentence) == expected
