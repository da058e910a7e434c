"""Session 14 families of quantity, event and acronym facts, on invented French sentences."""

from __future__ import annotations

from typing import Any

DATELINE = "Valmont, 14 mai 2019. – "


def _facts(extract_text: Any, text: str, fact_type: str) -> list[dict[str, Any]]:
    return [f.to_dict() for f in extract_text(text) if f.type == fact_type]


def test_a_period_across_months_is_one_event_dated_by_its_start(extract_text: Any) -> None:
    text = DATELINE + "Du 14 juin au 3 août 1995, Paul Dervaux a dirigé la mission de secours."
    events = _facts(extract_text, text, "event")
    assert [e["date_norm"] for e in events] == ["1995-06-14"]
    assert events[0]["year_inferred"] is False


def test_two_dates_of_two_acts_stay_two_events(extract_text: Any) -> None:
    text = DATELINE + "Le maire a été élu le 4 mars 1995 et il a été réélu le 12 juin 2001."
    dates = {e["date_norm"] for e in _facts(extract_text, text, "event")}
    assert {"1995-03-04", "2001-06-12"} <= dates


def test_today_in_a_past_or_future_clause_is_the_dateline_day(extract_text: Any) -> None:
    text = DATELINE + "La ministre a inauguré aujourd'hui le nouveau pont de Castelbrun."
    events = _facts(extract_text, text, "event")
    assert [e["date_norm"] for e in events] == ["2019-05-14"]
    future = DATELINE + "Le préfet signera aujourd'hui la convention avec la région."
    assert [e["date_norm"] for e in _facts(extract_text, future, "event")] == ["2019-05-14"]


def test_today_meaning_nowadays_is_no_event(extract_text: Any) -> None:
    text = DATELINE + "Aujourd'hui, les jeunes lisent moins de journaux qu'avant."
    assert _facts(extract_text, text, "event") == []


def _quantities(extract_text: Any, text: str) -> list[tuple[float, str]]:
    return [(q["value"], str(q["unit"])) for q in _facts(extract_text, text, "quantity")]


def test_an_hour_with_its_time_zone_is_a_time_of_day(extract_text: Any) -> None:
    assert _quantities(extract_text, "La séance ouvre à midi (16 heures UTC) au palais.") == []
    ranged = "Le défilé s'est déroulé de 10 à 12 heures (heure locale) sur l'avenue."
    assert _quantities(extract_text, ranged) == []
    assert _quantities(extract_text, "Les invités ont dansé entre 21 heures et minuit.") == []


def test_hours_without_a_clock_mark_stay_a_duration(extract_text: Any) -> None:
    found = _quantities(extract_text, "Les secouristes ont travaillé pendant 17 heures d'affilée.")
    assert (17, "heures") in found
    ranged = _facts(extract_text, "La garde à vue peut durer de 24 à 48 heures.", "quantity")
    assert [(q["value"], q.get("value_max")) for q in ranged] == [(24, 48)]


def test_the_two_as_subject_of_a_clause_is_a_group_named_before(extract_text: Any) -> None:
    text = "Selon le parquet, les deux plongeurs ont regagné la côte à la nage avant la nuit."
    assert _quantities(extract_text, text) == []
    text = "Les trois chercheurs ont publié leurs résultats dans une revue de Lisbonne."
    assert _quantities(extract_text, text) == []


def test_two_counted_as_object_or_in_a_partitive_stay_counts(extract_text: Any) -> None:
    found = _quantities(extract_text, "Les gardes ont interpellé deux plongeurs près du port.")
    assert (2, "plongeurs") in found
    found = _quantities(extract_text, "Marc Lenoir était l'un des trois candidats au poste.")
    assert (3, "candidats") in found


def test_a_wiki_media_line_is_not_read(extract_text: Any) -> None:
    text = (
        "Course de Valmont\n\nFichier:Col des Aiguilles, 3 May 2012.jpg et CDV 2012.jpg\n\n"
        "Les coureurs ont parcouru 160 kilomètres sous la pluie."
    )
    facts = [f.to_dict() for f in extract_text(text)]
    assert [(f["value"], f["unit"]) for f in facts if f["type"] == "quantity"] == [
        (160, "kilomètres")
    ]
    assert not [f for f in facts if f["type"] == "acronym"]


def test_a_media_word_inside_a_sentence_is_kept(extract_text: Any) -> None:
    text = "Le fichier : 12 photos de la course ont été publiées par le club."
    assert (12, "photos") in _quantities(extract_text, text)


def test_a_date_alone_on_its_line_is_no_event(extract_text: Any) -> None:
    text = "Course de Valmont\n\n3 mai 2016.\nLes coureurs ont franchi le col le 2 mai 2016."
    events = _facts(extract_text, text, "event")
    assert [e["date_norm"] for e in events] == ["2016-05-02"]


def test_the_year_of_a_compared_figure_is_no_event(extract_text: Any) -> None:
    text = DATELINE + "Le port a accueilli 12 millions de passagers, contre 9 millions en 2011."
    assert _facts(extract_text, text, "event") == []


def test_a_compared_figure_dated_by_a_named_event_keeps_it(extract_text: Any) -> None:
    text = (
        DATELINE + "Le chômage touche 8 % des actifs, contre 6 % en mars 2010, lors du vote "
        "de la réforme."
    )
    assert [e["date_norm"] for e in _facts(extract_text, text, "event")] == ["2010-03"]


def test_a_weekday_closing_a_period_is_no_event(extract_text: Any) -> None:
    text = DATELINE + "Les fêtes de Castelbrun ont été prolongées jusqu'à samedi."
    assert _facts(extract_text, text, "event") == []


def test_a_weekday_of_an_act_stays_an_event(extract_text: Any) -> None:
    text = DATELINE + "Les fêtes de Castelbrun ont été prolongées samedi par le maire."
    assert [e["date_norm"] for e in _facts(extract_text, text, "event")] == ["2019-05-11"]


def test_a_hyphenated_number_word_opening_a_sentence_is_read_whole(extract_text: Any) -> None:
    found = _quantities(extract_text, "Quarante-deux coureurs ont pris le départ à Valmont.")
    assert found == [(42, "coureurs")]


def test_a_number_word_after_a_plain_hyphen_is_read_alone(extract_text: Any) -> None:
    found = _quantities(extract_text, "Le col - trois kilomètres de montée - a été fermé.")
    assert (3, "kilomètres") in found


def test_a_number_going_on_a_list_of_labels_is_no_count(extract_text: Any) -> None:
    text = "Il reste Paul Varenne (81 ans, Mission 7 et 12) et Marc Dolet (79 ans, Mission 9)."
    assert sorted(_quantities(extract_text, text)) == [(79, "ans"), (81, "ans")]


def test_a_number_going_on_a_count_keeps_its_unit(extract_text: Any) -> None:
    found = _quantities(extract_text, "Les équipes ont marqué 12 buts, et 8 en prolongation.")
    assert (8, "buts") in found


def test_a_participle_after_a_number_is_no_unit(extract_text: Any) -> None:
    text = "La commune compte 480 élèves, moins que les 550 prévus par la mairie."
    assert _quantities(extract_text, text) == [(480, "élèves")]


def test_a_noun_after_a_number_stays_its_unit(extract_text: Any) -> None:
    text = "La commune compte 480 élèves et 35 enseignants selon la mairie."
    assert sorted(_quantities(extract_text, text)) == [(35, "enseignants"), (480, "élèves")]


def test_one_opening_a_compound_noun_is_an_article(extract_text: Any) -> None:
    text = "Les joueurs cherchent un point d'intérêt, appelé balise, dans Valmont."
    assert _quantities(extract_text, text) == []


def test_one_point_of_a_score_stays_a_count(extract_text: Any) -> None:
    text = "Castelbrun compte un point d'avance sur son rival avant la dernière journée."
    assert (1, "point") in _quantities(extract_text, text)


def test_a_period_described_by_an_adjective_is_no_count(extract_text: Any) -> None:
    text = "Le club vise 300 adhérents, après 2018, une année déjà difficile pour lui."
    assert _quantities(extract_text, text) == [(300, "adhérents")]


def test_a_period_of_study_stays_a_count(extract_text: Any) -> None:
    text = "Elle a obtenu une année d'études supplémentaire à Lisbonne."
    assert [value for value, _ in _quantities(extract_text, text)] == [1]


def test_others_between_a_collective_and_its_noun_is_skipped(extract_text: Any) -> None:
    text = "Une dizaine d'autres témoins ont été entendus par les gendarmes de Valmont."
    assert _quantities(extract_text, text) == [(10, "témoins")]


def test_a_noun_after_a_collective_is_read_as_before(extract_text: Any) -> None:
    text = "Une centaine de jeunes ont défilé à Castelbrun samedi."
    assert _quantities(extract_text, text) == [(100, "jeunes")]


def test_only_one_before_its_noun_counts_one(extract_text: Any) -> None:
    text = "Sur les six premiers mois, seul un chantier a débuté en Bretagne."
    assert (1, "chantier") in _quantities(extract_text, text)


def test_alone_as_an_attribute_before_an_article_counts_nothing(extract_text: Any) -> None:
    text = "Il est seul un soir sur deux dans la maison de Valmont."
    assert _quantities(extract_text, text) == []


def test_each_year_of_a_list_after_en_is_an_event(extract_text: Any) -> None:
    text = DATELINE + "Le recensement de Valmont avait été mené à son terme en 1952, 1963 et 1984."
    dates = [e["date_norm"] for e in _facts(extract_text, text, "event")]
    assert dates == ["1952", "1963", "1984"]


def test_years_bounding_a_span_or_counting_are_no_list(extract_text: Any) -> None:
    text = DATELINE + "Le prix du pain a augmenté entre 2010 et 2012 à Valmont."
    assert _facts(extract_text, text, "event") == []
    text = DATELINE + "Le bourg a compté 1200, 1300 et 1400 habitants selon les années."
    assert _facts(extract_text, text, "event") == []
