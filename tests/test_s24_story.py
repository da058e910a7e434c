"""The article's main story gets asked (session 24): acts against someone (« Le groupe X a attaqué
une caserne », « X est accusé de corruption », « l'explosion a blessé douze personnes »),
revelations and discoveries (« Le journal X a révélé … », « L'agence X a découvert … »), moves
and titles told through an idiom (« X a rejoint le club de … », « X devient le 12e président de
… »), and a verb that reports the clause before it (« X aurait employé …, a révélé le journal Y »),
which tells nothing; a first of the month ends a phrase like any day (« le budget du 1er mai »), a
subject's number is the one its verb tells (« Moscou a accusé »), and the tail of a hyphened word
the parser cut, or a name in quote marks read as the object, makes no fact. Invented articles through the real pipeline (spaCy), asserting the cards'
text; each family has must-not-fire partners (negated, future, quoted, conditional, figurative)."""

from __future__ import annotations

from typing import Any

import pytest

from generators.questions import explain_questions
from generators.records import Selection


def article(lead: str) -> str:
    return f"Un titre inventé\n\n8 mai 2021. –\n{lead}\n"


def cards(extract_text: Any, lead: str) -> set[tuple[str, str]]:
    """Return the (prompt, answer) of every action card the invented article gives."""
    facts = extract_text(article(lead))
    header = {"slug": "t", "title": "Un titre inventé", "date": "2021-05-08"}
    kept = explain_questions(facts, header, selection=Selection(per_fact=0)).kept
    return {(q.prompt, q.answer) for q in kept if q.fact_type == "action"}


def verbs_told(extract_text: Any, lead: str) -> set[str]:
    """Return the verbs of the action facts the invented article gives."""
    return {str(f.fields["verb"]) for f in extract_text(article(lead)) if f.type == "action"}


# --- acts against someone: attacks, shootings, kidnappings, accusations, the wounded -----------


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        (
            "Le groupe Jund al-Sahel a attaqué une caserne de l'armée à Valmont le 3 mars.",
            {
                (
                    "Qui a attaqué une caserne de l’armée à Valmont le 3 mars 2021 ?",
                    "le groupe Jund al-Sahel",
                )
            },
        ),
        (
            "L'armée de Borlavie a bombardé la ville de Kessa dans la nuit de mardi.",
            {("Qui a bombardé la ville de Kessa le 4 mai 2021 ?", "l’armée de Borlavie")},
        ),
        (
            "La police a abattu l'assaillant devant la gare de Sarnac.",
            {("Qui a abattu l’assaillant devant la gare de Sarnac en mai 2021 ?", "la police")},
        ),
        (
            "L'ONG Terre Libre a accusé l'armée de Borlavie de crimes de guerre.",
            {
                (
                    "Qui a accusé l’armée de Borlavie de crimes de guerre en mai 2021 ?",
                    "l’ONG Terre Libre",
                )
            },
        ),
        (
            "Le ministre Paul Verdier est accusé de corruption par le parquet de Valmont.",
            {
                (
                    "Qui a été accusé de corruption par le parquet de Valmont en mai 2021 ?",
                    "Paul Verdier",
                )
            },
        ),
        (
            "La caserne de Valmont a été attaquée par le groupe Jund al-Sahel.",
            {("Qui a attaqué la caserne de Valmont en mai 2021 ?", "le groupe Jund al-Sahel")},
        ),
        (
            "L'explosion a blessé au moins douze personnes à Sarnac.",
            {
                (
                    "Combien de personnes l’explosion a-t-elle blessées à Sarnac en mai 2021 ?",
                    "au moins douze",
                )
            },
        ),
        (
            "Le groupe Jund al-Sahel a kidnappé trois journalistes de la chaîne TV5 à Kessa le "
            "4 mars.",
            {
                (
                    "Qui a kidnappé trois journalistes de la chaîne TV5 à Kessa le 4 mars 2021 ?",
                    "le groupe Jund al-Sahel",
                )
            },
        ),
    ],
)
def test_an_act_against_someone_asks_who_did_it(
    extract_text: Any, lead: str, expected: set[tuple[str, str]]
) -> None:
    assert cards(extract_text, lead) == expected


def test_an_act_against_someone_is_never_asked_with_que(extract_text: Any) -> None:
    """« Qu'a attaqué le groupe X ? » would ask a person with « Que »: only « Qui » asks."""
    found = cards(extract_text, "Le groupe Jund al-Sahel a attaqué les soldats de la garnison.")
    assert not any(prompt.startswith("Qu’") for prompt, _ in found)


@pytest.mark.parametrize(
    "lead",
    [
        "Le groupe Jund al-Sahel n'a pas attaqué la caserne de Valmont.",
        "Le groupe Jund al-Sahel attaquera la caserne de Valmont le 3 juin.",
        "« Le groupe Jund al-Sahel a attaqué la caserne de Valmont », a déclaré le ministre.",
        "Le groupe Jund al-Sahel aurait attaqué la caserne de Valmont.",
        "Si le groupe Jund al-Sahel attaque la caserne de Valmont, l'armée ripostera.",
        # figurative, or no one to ask: a cause, an unknown man, a truncated « d'avoir … »
        "Le froid a abattu les arbres fruitiers de la vallée de Kessa.",
        "La presse a attaqué le ministre Paul Verdier sur sa réforme des retraites.",
        "Un homme a attaqué des gendarmes devant la mairie de Sarnac le 3 mars.",
        "Un homme a blessé sept personnes en mai.",
        "Le policier Hugo Blanc a été légèrement blessé à la tête lors de l'attaque de Sarnac.",
        "Hugo Blanc est blessé au genou et manquera la finale.",
        "Le ministre Paul Verdier a été accusé d'avoir détourné des fonds publics.",
    ],
)
def test_an_act_against_someone_must_not_be_asked(extract_text: Any, lead: str) -> None:
    assert cards(extract_text, lead) == set()


# --- revelations and discoveries --------------------------------------------------------------


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        (
            "Le quotidien La Gazette de Sarnac a révélé l'existence d'un compte caché du ministre.",
            {
                (
                    "Qui a révélé l’existence d’un compte caché du ministre en mai 2021 ?",
                    "la Gazette de Sarnac",
                ),
                (
                    "Qu’a révélé la Gazette de Sarnac en mai 2021 ?",
                    "l’existence d’un compte caché du ministre",
                ),
            },
        ),
        (
            "La NASA a découvert une nouvelle planète autour de l'étoile Kessa-4.",
            {
                (
                    "Qui a découvert une nouvelle planète autour de l’étoile Kessa-4 en mai 2021 ?",
                    "la NASA",
                ),
                (
                    "Qu’a découvert la NASA en mai 2021 ?",
                    "une nouvelle planète autour de l’étoile Kessa-4",
                ),
            },
        ),
        (
            "L'agence Stellaris a découvert une comète géante le 4 mars.",
            {
                ("Qui a découvert une comète géante le 4 mars 2021 ?", "l’agence Stellaris"),
                ("Qu’a découvert l’agence Stellaris le 4 mars 2021 ?", "une comète géante"),
            },
        ),
        (
            "Le magazine Le Veilleur a révélé les noms des agents de Valmont le 2 mai.",
            {
                ("Qui a révélé les noms des agents de Valmont le 2 mai 2021 ?", "le Veilleur"),
                ("Qu’a révélé le Veilleur le 2 mai 2021 ?", "les noms des agents de Valmont"),
            },
        ),
    ],
)
def test_a_revelation_or_a_discovery_is_asked(
    extract_text: Any, lead: str, expected: set[tuple[str, str]]
) -> None:
    assert cards(extract_text, lead) == expected


@pytest.mark.parametrize(
    "lead",
    [
        "Paul Verdier a découvert que son compte avait été piraté.",
        "Le journal La Gazette de Sarnac n'a pas révélé le nom de sa source.",
        "« Le journal La Gazette de Sarnac a révélé le scandale des fonds publics », a déclaré "
        "Paul Verdier.",
        "Des chercheurs ont découvert une nouvelle espèce de grenouille à Kessa.",
        "Les touristes ont découvert la vieille ville de Sarnac.",
        "Le journal La Gazette de Sarnac révélera le nom de sa source le 3 juin.",
        "Les producteurs de la chaîne TV5 ont révélé vouloir, pour la deuxième édition du "
        "concours, maintenir un haut niveau.",
    ],
)
def test_a_revelation_or_a_discovery_must_not_be_asked(extract_text: Any, lead: str) -> None:
    assert cards(extract_text, lead) == set()


# --- a verb reporting the clause before it (its subject told after it) ------------------------


def test_a_reporting_verb_after_a_clause_tells_nothing(extract_text: Any) -> None:
    lead = (
        "Paul Verdier, le ministre de l'Intérieur, aurait employé ses filles, a révélé lundi le "
        "journal La Gazette de Sarnac."
    )
    assert "révéler" not in verbs_told(extract_text, lead)


@pytest.mark.parametrize(
    ("lead", "verb"),
    [
        # an aside before the verb is no clause of its own: the verb keeps its fact
        (
            "Paul Verdier, professeur de droit à Sarnac, spécialisé en droit public, est décédé "
            "le 2 mai à l'âge de 92 ans.",
            "décéder",
        ),
        (
            "Le journal La Gazette de Sarnac, qui paraît le mercredi, a révélé l'existence d'un "
            "compte caché.",
            "révéler",
        ),
        ("Léa Morel a remporté la course, a battu le record du parcours de Valmont.", "battre"),
    ],
)
def test_a_verb_after_an_aside_keeps_its_fact(extract_text: Any, lead: str, verb: str) -> None:
    assert verb in verbs_told(extract_text, lead)


# --- moves and titles told through an idiom: « a rejoint le club de … », « devient président » --


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        (
            "Le milieu de terrain Hugo Blanc a rejoint le club de l'AS Valmont.",
            {("Qui a rejoint le club de l’AS Valmont en mai 2021 ?", "Hugo Blanc")},
        ),
        (
            "L'attaquant Hugo Blanc a rejoint l'équipe de Valmont le 2 juillet.",
            {("Qui a rejoint l’équipe de Valmont le 2 juillet 2021 ?", "Hugo Blanc")},
        ),
        (
            "Vendredi 20 janvier, Paul Verdier devient officiellement le 12e président de la "
            "République de Borlavie.",
            {
                (
                    "Qui est devenu le 12e président de la République de Borlavie le 20 janvier "
                    "2021 ?",
                    "Paul Verdier",
                )
            },
        ),
        (
            "Paul Verdier est devenu le premier maire écologiste de Sarnac.",
            {
                (
                    "Qui est devenu le premier maire écologiste de Sarnac en mai 2021 ?",
                    "Paul Verdier",
                )
            },
        ),
    ],
)
def test_a_move_or_a_title_is_asked(
    extract_text: Any, lead: str, expected: set[tuple[str, str]]
) -> None:
    assert cards(extract_text, lead) == expected


@pytest.mark.parametrize(
    "lead",
    [
        "Les manifestants ont rejoint la place de la République.",
        "Hugo Blanc rejoindra le club de l'AS Valmont en juillet.",
        "Hugo Blanc n'a pas rejoint le club de l'AS Valmont.",
        "Paul Verdier a rejoint ses collègues à Sarnac.",
        "Paul Verdier est devenu célèbre grâce à son roman.",
        "Paul Verdier deviendra le maire de Sarnac.",
        "La ville de Sarnac est devenue un symbole de la résistance.",
        "Paul Verdier n'est pas devenu président de la République de Borlavie.",
    ],
)
def test_a_move_or_a_title_must_not_be_asked(extract_text: Any, lead: str) -> None:
    assert cards(extract_text, lead) == set()


# --- threats, removals from office, and crashes -------------------------------


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        (
            "Le groupe Orbis menace de couper le signal des chaînes de la télévision de Valmont.",
            {
                (
                    "Qui a menacé de couper le signal des chaînes de la télévision de Valmont en "
                    "mai 2021 ?",
                    "le groupe Orbis",
                )
            },
        ),
        (
            "Le gouvernement de Borlavie menace la ville de Kessa de sanctions.",
            {
                (
                    "Qui a menacé la ville de Kessa de sanctions en mai 2021 ?",
                    "le gouvernement de Borlavie",
                )
            },
        ),
        (
            "Le président Paul Verdier a été destitué par la Cour suprême de Borlavie.",
            {("Qui a été destitué par la Cour suprême de Borlavie en mai 2021 ?", "Paul Verdier")},
        ),
        (
            "Un avion de la compagnie aérienne Air Borlavie s'est écrasé samedi à Toulouse.",
            {
                (
                    "Où un avion de la compagnie aérienne Air Borlavie s’est-il écrasé le 8 mai 2021 ?",
                    "à Toulouse",
                )
            },
        ),
    ],
)
def test_a_threat_a_removal_or_a_crash_is_asked(
    extract_text: Any, lead: str, expected: set[tuple[str, str]]
) -> None:
    assert cards(extract_text, lead) == expected


@pytest.mark.parametrize(
    "lead",
    [
        "La crue menace la ville de Sarnac.",
        "La situation exige des mesures rapides du gouvernement.",
        "Le camion a écrasé une voiture à Toulouse.",
        "Un avion de la compagnie aérienne Air Borlavie ne s'est pas écrasé à Toulouse.",
        # the parser cuts « low-cost » and reads its tail as the subject: no actor
        "Un avion de la compagnie aérienne low-cost Borlair s'est écrasé samedi en tentant "
        "d'atterrir à l'aéroport de Kessa.",
        "Le président Paul Verdier n'a pas été destitué par la Cour suprême de Borlavie.",
        "« Le gouvernement de Borlavie a menacé la ville de Kessa », affirme Paul Verdier.",
        "Le gouvernement de Borlavie menacera la ville de Kessa de sanctions le 3 juin.",
    ],
)
def test_a_threat_a_removal_or_a_crash_must_not_be_asked(extract_text: Any, lead: str) -> None:
    assert cards(extract_text, lead) == set()


# --- a pronoun's guess, and the verbs' other senses --------------------------------------------


def test_a_new_story_verb_with_a_certain_pronoun_is_asked(extract_text: Any) -> None:
    lead = (
        "L'astronome Paul Verdier est mort dimanche à l'âge de 80 ans. Il a découvert la comète "
        "Kessa-4 en 1990."
    )
    assert ("Qui a découvert la comète Kessa-4 en 1990 ?", "Paul Verdier") in cards(
        extract_text, lead
    )


def test_a_new_story_verb_never_asks_a_pronouns_guess(extract_text: Any) -> None:
    """« il » may be Léa Morel, Hugo Blanc or Paul Verdier: the discovery makes no fact."""
    lead = (
        "L'astronome Paul Verdier est mort dimanche à l'âge de 80 ans. Avec Léa Morel et Hugo "
        "Blanc, il a travaillé sur les comètes. Il a découvert la comète Kessa-4 en 1990."
    )
    assert "découvrir" not in verbs_told(extract_text, lead)


@pytest.mark.parametrize(
    "lead",
    [
        "Le groupe Orbis accuse une baisse de 5 % de ses ventes au premier trimestre.",
        "La compagnie Air Borlavie accuse un retard de trois mois sur la livraison.",
        "Le gouvernement de Borlavie a accusé le coup après la défaite.",
    ],
)
def test_accuser_in_its_other_sense_tells_nothing(extract_text: Any, lead: str) -> None:
    assert "accuser" not in verbs_told(extract_text, lead)


# --- a first of the month ends an object like any other day ----------------------------------------


@pytest.mark.parametrize(
    ("lead", "told"),
    [
        ("Le comité de Valmont a adopté le budget du 1er mai 2020 à Sarnac.", "le budget"),
        (
            "Le journal La Gazette de Sarnac a révélé les comptes du syndicat du 1er janvier 2019.",
            "les comptes du syndicat",
        ),
        ("Le comité de Valmont a adopté le budget du 14 mai 2020 à Sarnac.", "le budget"),
        (
            "Le conseil de Valmont a adopté le budget de la fête du 1er juin à Sarnac.",
            "le budget de la fête",
        ),
        (
            "Le parlement de Borlavie a adopté la loi du 1er octobre 2019 sur les retraites.",
            "la loi",
        ),
        (
            "Le comité de Valmont a adopté le 1er mai 2020 le budget de Sarnac.",
            "le budget de Sarnac",
        ),
        # a first that is no day of a month stays in the phrase
        (
            "Le comité de Valmont a adopté le plan du 1er arrondissement de Sarnac.",
            "le plan du 1er arrondissement de Sarnac",
        ),
        (
            "Le conseil de Valmont a adopté la réforme de la 1re division de Sarnac.",
            "la réforme de la 1re division de Sarnac",
        ),
        (
            "La ville de Kessa a remporté le 1er prix du concours de Valmont.",
            "le 1er prix du concours de Valmont",
        ),
        (
            "Le conseil de Valmont a adopté le calendrier du 1er trimestre.",
            "le calendrier du 1er trimestre",
        ),
    ],
)
def test_a_first_of_the_month_ends_the_object(extract_text: Any, lead: str, told: str) -> None:
    facts = [f for f in extract_text(article(lead)) if f.type == "action"]
    assert [str(f.fields["object"]) for f in facts] == [told]


# --- a subject's number told by its verb's finite form, not by the parser's reading of a name ------


def predicates(extract_text: Any, lead: str) -> list[tuple[str, str]]:
    """Return the (actor, predicate) of the action facts the invented article gives."""
    found = [f for f in extract_text(article(lead)) if f.type == "action"]
    return [(str(f.fields["actor"]), str(f.fields["predicate"])) for f in found]


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        (
            "Les Seychelles ont adopté une nouvelle constitution le 3 mai.",
            [("Les Seychelles", "ont adopté")],
        ),
        (
            "La majorité des membres du conseil de Sarnac ont voté en faveur du projet.",
            [("La majorité des membres du conseil de Sarnac", "ont voté")],
        ),
        (
            "Moscou a ainsi accusé le gouvernement de Kessa de vouloir la guerre.",
            [("Moscou", "a accusé")],
        ),
        ("Varsovie a adopté une loi sur les médias le 3 mai.", [("Varsovie", "a adopté")]),
        (
            "Le gouvernement de Borlavie a adopté la réforme des retraites.",
            [("Le gouvernement de Borlavie", "a adopté")],
        ),
        (
            "Les syndicats de Sarnac ont signé un accord avec la direction.",
            [("Les syndicats de Sarnac", "ont signé")],
        ),
        (
            "Athènes a rejeté le plan de la commission de Valmont.",
            [("Athènes", "a rejeté")],
        ),
        (
            "Les Borlavies ont lancé le premier programme de vaccination contre la grippe.",
            [("Les Borlavies", "ont lancé")],
        ),
        # the tail of a hyphened name cut by the parser is no actor
        ("Les Pays-Bas ont remporté la coupe de Valmont.", []),
        ("Les Pays-Bas n'ont pas remporté la coupe de Valmont.", []),
    ],
)
def test_the_verb_tells_the_subjects_number(
    extract_text: Any, lead: str, expected: list[tuple[str, str]]
) -> None:
    assert predicates(extract_text, lead) == expected


# --- a name in quote marks after a noun, read by the parser as the verb's only object -------------


def objects_told(extract_text: Any, lead: str) -> list[tuple[str, str]]:
    """Return the (actor, object) of the action facts the invented article gives."""
    found = [f for f in extract_text(article(lead)) if f.type == "action"]
    return [(str(f.fields["actor"]), str(f.fields["object"])) for f in found]


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # « des membres du gang « Les Loups » » is no object « Les Loups »: no fact
        (
            "La gendarmerie de Sarnac a attaqué à coups de grenades des militants de "
            "l'association « Terre Libre » à Kessa.",
            [],
        ),
        (
            "La police de Valmont a abattu à coups de feu des membres du gang « Les Loups » à "
            "Sarnac.",
            [],
        ),
        (
            "L'armée de Borlavie a bombardé à coups de missiles des positions de la brigade "
            "« Aurore » à Kessa.",
            [],
        ),
        # the verb's own object keeps its fact; a quoted name right after the verb is its object
        (
            "La police de Sarnac a arrêté des militants de l'association « Terre Libre » le 3 mai.",
            [("La police de Sarnac", "des militants de l'association")],
        ),
        (
            "Le comité de Valmont a lancé l'opération « Bouclier » le 3 mai.",
            [("Le comité de Valmont", "l'opération")],
        ),
        (
            "Le gouvernement de Borlavie a lancé le programme « Avenir » le 3 mai.",
            [("Le gouvernement de Borlavie", "le programme")],
        ),
        (
            "Le groupe Jund al-Sahel a revendiqué l'attaque de la caserne « Aurore » à Kessa.",
            [("Le groupe Jund al-Sahel", "l'attaque de la caserne « Aurore » à Kessa")],
        ),
        (
            "Le conseil de Sarnac a adopté le plan « Horizon 2030 » le 3 mai.",
            [("Le conseil de Sarnac", "le plan")],
        ),
        (
            "Le studio Orbis a présenté « Le Dernier Voyage » à Sarnac le 3 mai.",
            [("Le studio Orbis", "Le Dernier Voyage")],
        ),
        (
            "Le gouvernement de Borlavie a attaqué en justice le journal La Gazette de Sarnac.",
            [("Le gouvernement de Borlavie", "le journal La Gazette de Sarnac")],
        ),
    ],
)
def test_a_quoted_name_read_as_the_object_tells_nothing(
    extract_text: Any, lead: str, expected: list[tuple[str, str]]
) -> None:
    assert objects_told(extract_text, lead) == expected
