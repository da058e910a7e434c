"""Event facts: explicit dates in French, their ISO form, inferred years and what happened."""

from __future__ import annotations

from typing import Any

import pytest


def _events(extract_text: Any, text: str) -> list[dict[str, Any]]:
    return [f.to_dict() for f in extract_text(text) if f.type == "event"]


# text, surface contained in `date`, date_norm, year_inferred
CASES = [
    ("Le traité de Versailles a été signé le 28 juin 1919.", "28 juin 1919", "1919-06-28", False),
    ("Napoléon est mort à Sainte-Hélène le 5 mai 1821.", "5 mai 1821", "1821-05-05", False),
    ("En 1998, l'équipe de France remporte la Coupe du monde.", "1998", "1998", False),
    (
        "La première édition du festival s'est tenue en juillet 1947.",
        "juillet 1947",
        "1947-07",
        False,
    ),
    (
        "Le 1er décembre 2000, l'ancien ministre est incarcéré.",
        "1er décembre 2000",
        "2000-12-01",
        False,
    ),
    (
        "Le chantier s'est achevé le jeudi 14 avril 2011.",
        "jeudi 14 avril 2011",
        "2011-04-14",
        False,
    ),
    (
        "L'Organisation mondiale de la santé a déclaré la pandémie le 11 mars 2020.",
        "11 mars 2020",
        "2020-03-11",
        False,
    ),
    ("Les travaux s'achèveront au printemps 2022.", "printemps 2022", "2022", False),
    ("Le contrat a été signé le 11/03/2020 à Paris.", "11/03/2020", "2020-03-11", False),
    ("En l'an 2000, la ville comptait 12 000 habitants.", "2000", "2000", False),
    (
        "La nomination à la rentrée 2004 d'un second professeur a été saluée.",
        "rentrée 2004",
        "2004",
        False,
    ),
    ("Le chantier du pont doit s'achever fin 2026.", "fin 2026", "2026", False),
    ("Le magasin a ouvert début 1998 dans la banlieue de Metz.", "début 1998", "1998", False),
    (
        "Les grévistes ont occupé l'usine au début du mois de mai 1968, avant d'être évacués.",
        "mai 1968",
        "1968-05",
        False,
    ),
    (
        "Le gouvernement est tombé en 1903. L'année suivante, le ministre démissionne.",
        "L'année suivante",
        "1904",
        True,
    ),
]


@pytest.mark.parametrize(("text", "surface", "norm", "inferred"), CASES)
def test_event_date(extract_text: Any, text: str, surface: str, norm: str, inferred: bool) -> None:
    events = _events(extract_text, text)
    found = [e for e in events if e["date_norm"] == norm]
    assert found, events
    assert surface in found[0]["date"]
    assert found[0]["year_inferred"] is inferred
    assert found[0]["what"]


def test_year_from_the_dateline(extract_text: Any) -> None:
    text = "date 2020-02\n\nLes ministres se sont réunis le 12 février à Bruxelles."
    (event,) = _events(extract_text, text)
    assert (event["date"], event["date_norm"], event["year_inferred"]) == (
        "12 février",
        "2020-02-12",
        True,
    )


def test_dateline_year_wins_over_a_year_of_another_sentence(extract_text: Any) -> None:
    text = "date 2023-06\n\nLe groupe avait réduit ses effectifs en 2020. Les syndicats appellent à manifester le 22 juin."
    norms = {e["date_norm"] for e in _events(extract_text, text)}
    assert norms == {"2020", "2023-06-22"}


def test_year_carried_from_the_paragraph(extract_text: Any) -> None:
    text = "D'autres incendies suivent en 1974 : en avril, une grange est détruite. Deux ateliers sont rasés en juillet, un autre en octobre de la même année et le dernier le 9 février de l'année suivante."
    norms = {e["date_norm"] for e in _events(extract_text, text)}
    assert {"1974", "1974-04", "1974-07", "1974-10", "1975-02-09"} <= norms


def test_month_and_day_without_any_year_keep_no_iso_date(extract_text: Any) -> None:
    (event,) = _events(
        extract_text, "Le maire a inauguré mercredi 14 avril la nouvelle médiathèque."
    )
    assert event["date_norm"] is None
    assert event["date"] == "mercredi 14 avril"


def test_dateline_relative_month(extract_text: Any) -> None:
    (event,) = _events(extract_text, "date 2021-03\n\nL'usine a fermé ses portes en juin dernier.")
    assert event["date_norm"] == "2020-06"


@pytest.mark.parametrize(
    ("text", "surface", "norm"),
    [
        ("Le festival aura lieu du 3 au 5 mars 2020 à Nantes.", "3 au 5 mars 2020", "2020-03-03"),
        ("Le salon se tient les 3 et 4 mars 2020 à Lyon.", "3 et 4 mars 2020", "2020-03-03"),
        ("Les grèves de mai-juin 1968 ont paralysé le pays.", "mai-juin 1968", "1968-05"),
        ("La foire se tient les 7, 8 et 9 mai 2021 à Metz.", "7, 8 et 9 mai 2021", "2021-05-07"),
        (
            "La grêle a frappé les vignes dans la nuit de samedi 4 à dimanche 5 juin 2022.",
            "samedi 4 à dimanche 5 juin 2022",
            "2022-06-04",
        ),
        ("Le club a organisé des tournois en 2012 et 2013.", "2012 et 2013", "2012"),
    ],
)
def test_a_range_of_days_or_months_is_one_date_from_its_start(
    extract_text: Any, text: str, surface: str, norm: str
) -> None:
    (event,) = _events(extract_text, text)
    assert (event["date"], event["date_norm"]) == (surface, norm)
    assert not any(ch.isdigit() for ch in event["what"]), event["what"]
    assert "-" not in event["what"]


def test_month_of_keeps_the_month_only(extract_text: Any) -> None:
    (event,) = _events(
        extract_text, "Au mois de juin dernier, les joueurs du club avaient gagné une coupe."
    )
    assert (event["date"], event["date_norm"]) == ("juin dernier", None)


def test_what_leaves_out_the_noun_that_holds_the_date(extract_text: Any) -> None:
    for text in (
        "Le maire a démissionné à la fin de l'année 1995.",
        "Les grévistes ont occupé l'usine au début du mois de mai 1968.",
        "Il est arrivé au cours de l'été 1944 à Paris.",
    ):
        (event,) = _events(extract_text, text)
        assert not {"fin", "début", "cours", "de", "l'"} & set(event["what"].split()), event


def test_what_has_no_quotation_marks(extract_text: Any) -> None:
    (event,) = _events(
        extract_text,
        "Le Premier ministre a promis « des mesures fortes dès la rentrée » lors de son discours, mardi 3 octobre 2023.",
    )
    assert "promis des mesures fortes" in event["what"]
    assert not set('«»"') & set(event["what"])


def test_participants_are_people_of_the_clause(extract_text: Any) -> None:
    events = _events(
        extract_text,
        "Le 4 novembre 2012, Hélène Vasseur a nommé Marc Le Goff directeur général.",
    )
    assert events and "Hélène Vasseur" in events[0]["participants"]


def test_what_has_the_verb_of_the_clause(extract_text: Any) -> None:
    (event,) = _events(
        extract_text, "Paul Verlaque et Henri Dubreuil ont été arrêtés le 17 juin 1992 à Marseille."
    )
    assert "arrêtés" in event["what"]


NOT_EVENTS = [
    "Le projet coûte 2000 euros par an.",
    "Il a été condamné de 1995 à 1997 pour abus de biens sociaux.",
    "Les montants ont été versés entre 1988 et 1997.",
    "La centrale produit 1200 mégawatts.",
    "Il reste trois places dans la salle.",
    "Il a vécu à Lyon de fin 1998 à début 2003.",
    "Les loyers ont été versés entre 2012 et 2013.",
]


@pytest.mark.parametrize("text", NOT_EVENTS)
def test_not_an_event(extract_text: Any, text: str) -> None:
    assert _events(extract_text, text) == []


def test_one_event_per_date_and_sentence(extract_text: Any) -> None:
    events = _events(extract_text, "L'arrêté du 9 mai 2014, publié le 9 mai 2014, crée une prime.")
    assert len(events) == 1


@pytest.mark.parametrize(
    "text",
    [
        "En 2004, les trois cents salariés quittent le site de l'entreprise.",
        "En 2004, les salariés quittent le site de l'entreprise.",
        "Le 12 mars 2020, le conseil municipal a voté le budget.",
    ],
)
def test_what_always_says_something_beyond_the_date(extract_text: Any, text: str) -> None:
    [event] = _events(extract_text, text)
    words = event["what"].split()
    assert len(words) >= 3 and event["date"] not in event["what"], event
    assert " ," not in event["what"] and not event["what"].endswith((" .", ","))


def test_a_heading_line_with_a_date_is_no_event(extract_text: Any) -> None:
    text = (
        "Le maire a inauguré le pont le 3 mai 2021.\n\nÉvènements du 3 mai 2021\n\n"
        "Actualités du 4 mai 2021\n"
    )
    dates = [f.get("date_norm") for f in extract_text(text) if f.type == "event"]
    assert dates == ["2021-05-03"]


def test_a_year_named_again_as_a_nouns_complement_is_no_new_event(extract_text: Any) -> None:
    text = (
        "La digue a cédé en mars 2019 après des pluies violentes. "
        "Les habitants attendent toujours les indemnités pour les crues de mars 2019."
    )
    events = _events(extract_text, text)
    assert [e["date_norm"] for e in events] == ["2019-03"]
    assert "digue" in events[0]["what"]


@pytest.mark.parametrize(
    "text",
    [
        # the first mention of a date as a noun's complement is the happening itself
        "Les crues de mars 2019 ont ruiné les récoltes du village.",
        # named again as a verb's complement: another happening of the same month
        "La digue a cédé en mars 2019. Le maire a démissionné en mars 2019.",
    ],
)
def test_a_date_named_once_or_again_by_a_verb_stays_an_event(extract_text: Any, text: str) -> None:
    assert len(_events(extract_text, text)) == text.count("2019")


def test_a_verb_conjugated_with_etre_dates_its_weekday_in_the_past(extract_text: Any) -> None:
    text = "date 2022-03-05\n\nVendredi, des renards sont apparus dans le jardin public."
    (event,) = _events(extract_text, text)
    assert event["date_norm"] == "2022-03-04"


def test_a_present_passive_leaves_its_weekday_undated(extract_text: Any) -> None:
    text = "date 2022-03-05\n\nVendredi, le jardin public est fermé aux visiteurs."
    assert all(e["date_norm"] != "2022-03-04" for e in _events(extract_text, text))


def test_a_season_framing_a_tally_is_no_event(extract_text: Any) -> None:
    text = "La cycliste remporte à Gand sa cinquième victoire de la saison 2021."
    assert _events(extract_text, text) == []


def test_a_season_that_is_when_something_happens_stays_an_event(extract_text: Any) -> None:
    text = "Le club a changé d'entraîneur pendant la saison 2021."
    assert [e["date_norm"] for e in _events(extract_text, text)] == ["2021"]
