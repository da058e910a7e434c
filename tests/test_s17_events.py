"""Session 17, events and quantities: families found in the wikinews sets' misses, tested on
invented sentences (names, places and numbers made up)."""

from __future__ import annotations

from typing import Any

import pytest


def _quantities(extract_text: Any, text: str) -> list[dict[str, Any]]:
    return [f.to_dict() for f in extract_text(text) if f.type == "quantity"]


def _values(extract_text: Any, text: str) -> list[tuple[float, bool]]:
    return [(float(f["value"]), bool(f["approx"])) for f in _quantities(extract_text, text)]


# A sign written apart after an opening mark: the value is negative.
SIGNED = [
    ("Les ventes de Norvalia ont reculé fortement (- 4,6 %) au premier semestre.", -4.6),
    ("La production de la fonderie de Brécourt baisse encore (- 0,8 %) en mars.", -0.8),
    ("Le solde commercial contribue à la croissance (+ 0,4 %) selon l'institut.", 0.4),
    ("Les importations de Valdorie chutent nettement (- 12,3 %) cette année.", -12.3),
    ("Le moral des ménages de Castelbrun recule : - 3 points en un mois.", -3),
    ("Les exportations de vin (− 2,1 %) pèsent sur la balance de Montaury.", -2.1),
]
UNSIGNED = [  # a dash between two things is no sign
    ("La saison 2010 - 2012 du club de Ravenelle a laissé 4 % de pertes.", 4),
    ("La ligne Orbec - Valmont compte 14 gares selon la compagnie.", 14),
    ("Le score était de 3 - 2 à la mi-temps et 2 % des places restaient libres.", 2),
    ("Le chômage de Sarlieu a baissé de 0,5 % au dernier trimestre.", 0.5),
]


@pytest.mark.parametrize(("text", "value"), SIGNED)
def test_sign_written_apart(extract_text: Any, text: str, value: float) -> None:
    values = [v for v, _ in _values(extract_text, text)]
    assert value in values, values


@pytest.mark.parametrize(("text", "value"), UNSIGNED)
def test_dash_is_no_sign(extract_text: Any, text: str, value: float) -> None:
    values = [v for v, _ in _values(extract_text, text)]
    assert value in values and -value not in values, values


# A unit symbol that carries a scale.
SCALED = [
    ("Le transfert du milieu Karel Vostrin est estimé à 85 M€.", 85_000_000, "€"),
    ("Le club de Mervaux a dépensé 12 M€ pour son nouveau stade.", 12_000_000, "€"),
    ("La société Trivelle a levé 3 Md€ auprès de ses actionnaires.", 3_000_000_000, "€"),
    ("Le rachat de la chaîne Vitalis a coûté 2 Mds€ au groupe Horvane.", 2_000_000_000, "€"),
    ("La start-up Orvane vaut désormais 40 M$ selon ses fondateurs.", 40_000_000, "$"),
]
PLAIN_SYMBOLS = [
    ("Le billet coûte 45 € à Montravel.", 45, "€"),
    ("L'amende s'élève à 300 $ pour chaque conducteur de Fairbrook.", 300, "$"),
    ("La mairie de Ternac a versé 2 millions d'euros aux associations.", 2_000_000, "euros"),
]


@pytest.mark.parametrize(("text", "value", "unit"), SCALED + PLAIN_SYMBOLS)
def test_scaled_symbol(extract_text: Any, text: str, value: float, unit: str) -> None:
    facts = _quantities(extract_text, text)
    found = [f for f in facts if float(f["value"]) == value]
    assert found, [(f["value"], f["unit"]) for f in facts]
    assert found[0]["unit"].rstrip(".") == unit


# A half after the unit.
HALVES = [
    ("Depuis deux ans et demi, les habitants de Colvier attendent leur gare.", 2.5),
    ("La grève de Brandol a duré trois jours et demi selon les syndicats.", 3.5),
    ("Le chantier de Morsac a pris un an et demi de retard.", 1.5),
    ("Le coureur Alvin Drasko a tenu quatre minutes et demie en tête.", 4.5),
]
NO_HALVES = [  # « et demi » must follow the unit itself
    ("Il a couru deux heures et demi-fond ensuite à Pradelle.", 2),
    ("Les trois ans de travaux et la demi-finale ont coûté cher à Velmont.", 3),
]


@pytest.mark.parametrize(("text", "value"), HALVES)
def test_half_after_unit(extract_text: Any, text: str, value: float) -> None:
    values = [v for v, _ in _values(extract_text, text)]
    assert value in values, values


@pytest.mark.parametrize(("text", "value"), NO_HALVES)
def test_no_half(extract_text: Any, text: str, value: float) -> None:
    values = [v for v, _ in _values(extract_text, text)]
    assert value + 0.5 not in values, values


# A misspelt hedge « prés de » before a number.
MISSPELT = [
    ("Le peloton compte désormais prés de 60 coureurs sur la route de Vanteuil.", 60, True),
    ("Elles creusent un écart de prés d'une minute sur le groupe de Mira Solen.", 1, True),
    ("La foule réunit prés de 3 000 personnes sur la place de Bourgalet.", 3000, True),
    ("Les prés de 40 hectares de la ferme de Lunac ont été inondés.", 40, False),
    ("Le marché de Sauveterre compte près de 80 exposants.", 80, True),
]


@pytest.mark.parametrize(("text", "value", "approx"), MISSPELT)
def test_misspelt_hedge(extract_text: Any, text: str, value: float, approx: bool) -> None:
    assert (value, approx) in _values(extract_text, text), _values(extract_text, text)


# Compound durations in their smallest unit; the minutes may go unnamed after hours.
DURATIONS = [
    ("Elle termine l'épreuve de Rosmont en 2 heures 41 et remporte le titre.", 161, "minutes"),
    ("Le cycliste Brice Olmen a bouclé l'étape en 4 heures 07 à Sarzac.", 247, "minutes"),
    ("Le marathonien Ivo Garnec a couru en 2 heures 12 minutes à Dolmar.", 132, "minutes"),
    ("La course a duré 1 heure, 3 minutes et 20 secondes à Bellac.", 3800, "secondes"),
    ("Le record de la nageuse Lia Verno tient en 3 minutes 20 secondes.", 200, "secondes"),
]
CLOCKS = [  # a time of day is no duration
    ("Le train est parti à 14 heures 30 de la gare de Morlane.", 870),
    ("La séance du conseil de Vireux a commencé à 9 h 15.", 555),
]


@pytest.mark.parametrize(("text", "value", "unit"), DURATIONS)
def test_compound_duration(extract_text: Any, text: str, value: float, unit: str) -> None:
    facts = _quantities(extract_text, text)
    found = [f for f in facts if float(f["value"]) == value]
    assert found, [(f["value"], f["unit"]) for f in facts]
    assert found[0]["unit"] == unit


@pytest.mark.parametrize(("text", "value"), CLOCKS)
def test_clock_is_no_duration(extract_text: Any, text: str, value: float) -> None:
    assert value not in [v for v, _ in _values(extract_text, text)]


# A postposed « environ » hedges the number before it, unless it opens a phrase of its own.
POSTPOSED = [
    ("Le plan de Castelor prévoit 240 licenciements environ.", 240, True),
    ("Les travaux de Belmonde dureront 18 mois environ, selon la mairie.", 18, True),
    ("La vente a rapporté 3 000 euros environ au club de Ferlac.", 3000, True),
    ("Le plan prévoit 240 licenciements, environ la moitié des effectifs de Castelor.", 240, False),
    ("Le site compte 80 salariés, environ 20 de plus qu'en janvier à Morvaux.", 80, False),
    ("L'usine emploie 600 ouvriers, environ un tiers du bassin de Lurange.", 600, False),
]


@pytest.mark.parametrize(("text", "value", "approx"), POSTPOSED)
def test_postposed_hedge(extract_text: Any, text: str, value: float, approx: bool) -> None:
    assert (value, approx) in _values(extract_text, text), _values(extract_text, text)


CLOCK_SENTENCES = [
    "A 11 heures 45, ce jeudi, la ministre Léa Vantour annonce un plan pour Corbelin.",
    "Le suspect a été interpellé aux environs de 8 h 20 à Saint-Arvel.",
    "Le conseil de Morlac se réunit dès 18 heures 15 dans la salle des fêtes.",
]


@pytest.mark.parametrize("text", CLOCK_SENTENCES)
def test_time_of_day_no_duration(extract_text: Any, text: str) -> None:
    units = [str(f["unit"]) for f in _quantities(extract_text, text)]
    assert not any(u.startswith(("minute", "heure", "h")) for u in units), units


def test_postposed_hedge_before_complement(extract_text: Any) -> None:
    text = "Le camion s'est arrêté à 300 mètres environ du péage de Valbrune."
    assert (300, True) in _values(extract_text, text), _values(extract_text, text)


def _events(extract_text: Any, text: str) -> list[dict[str, Any]]:
    return [f.to_dict() for f in extract_text(text) if f.type == "event"]


# A day named from the dateline (today, tomorrow) in a conditional clause is hearsay or a
# hypothesis (« il compterait aujourd'hui », « demain, les prix pourraient »): no dated event.
HYPOTHETICAL_DAYS = [
    "Le mouvement de Varnel compterait aujourd'hui près de 800 membres.",
    "Demain, les tarifs de la société Orlane pourraient encore augmenter.",
    "La coalition de Brésac disposerait aujourd'hui de trois bases.",
    "Toutefois, demain les sanctions pourraient aussi viser les banques de Dorvie.",
    "Selon la presse, le ministre Paul Ternier démissionnerait demain.",
]
DATED_DAYS = [  # an indicative clause keeps the date from the dateline
    ("Le ministre Paul Ternier a démissionné hier à Dorvie.", "2024-03-13"),
    ("La maire Inès Calvet inaugurera demain le pont de Brésac.", "2024-03-15"),
    ("Le syndicat de Varnel a annoncé aujourd'hui une grève.", "2024-03-14"),
    ("Un homme aurait été blessé hier soir à Orlane.", "2024-03-13"),
]


@pytest.mark.parametrize("text", HYPOTHETICAL_DAYS)
def test_conditional_day_is_no_event(extract_text: Any, text: str) -> None:
    dated = [e for e in _events(extract_text, "date 2024-03-14\n\n" + text) if e["date_norm"]]
    assert not dated, dated


@pytest.mark.parametrize(("text", "norm"), DATED_DAYS)
def test_indicative_day_is_dated(extract_text: Any, text: str, norm: str) -> None:
    norms = [e["date_norm"] for e in _events(extract_text, "date 2024-03-14\n\n" + text)]
    assert norm in norms, norms


# A credit or caption line ended by its date is no event.
CAPTIONS = [
    "Photo Agence Trévol, 3 mars 2019.",
    "Marine de Corvalie, 12 juin 2018.",
    "Crédit Studio Brenne, 21 avril 2017.",
]
CAPTION_EVENTS = [  # a verb, or a date inside the line, keeps the event
    ("La flotte de Corvalie a appareillé le 12 juin 2018.", "2018-06-12"),
    ("Incendie du 3 mars 2019 à Trévol : deux blessés.", "2019-03-03"),
    ("Le 21 avril 2017, le studio Brenne a fermé.", "2017-04-21"),
]


@pytest.mark.parametrize("line", CAPTIONS)
def test_caption_line_no_event(extract_text: Any, line: str) -> None:
    text = (
        f"date 2019-04-02\n\nLe port de Lorval a rouvert hier.\n\n{line}\n\nLes quais sont libres."
    )
    dates = [e["date"] for e in _events(extract_text, text)]
    assert not any(str(d)[-4:] in line for d in dates), dates


@pytest.mark.parametrize(("line", "norm"), CAPTION_EVENTS)
def test_line_with_date_inside_keeps_event(extract_text: Any, line: str, norm: str) -> None:
    text = (
        f"date 2019-04-02\n\nLe port de Lorval a rouvert hier.\n\n{line}\n\nLes quais sont libres."
    )
    assert norm in [e["date_norm"] for e in _events(extract_text, text)]


# Numbers in set phrases or naming a period count nothing.
NO_COUNT = [
    ("Le marché de Noël de Valbrune est à deux pas de la gare.", 2),
    ("Les bénévoles viennent des quatre coins de la région de Morlac.", 4),
    ("Ils se sont parlé entre quatre yeux à Pradelle.", 4),
    ("Après une année 2019 difficile, la société Orvane se redresse.", 1),
    ("Le club de Ferlac sort d'une semaine particulièrement chargée.", 1),
    ("Le maire Jules Arnaud a tenu un point presse à Corbelin.", 1),
]
STILL_COUNT = [
    ("Le coureur a fait deux pas de côté avant de tomber à Valbrune.", 2),
    ("La grève a duré une semaine à l'usine de Morlac.", 1),
    ("Quatre coureurs de Ferlac ont fini ensemble aux quatre postes.", 4),
]


@pytest.mark.parametrize(("text", "value"), NO_COUNT)
def test_no_count_in_set_phrase(extract_text: Any, text: str, value: float) -> None:
    assert value not in [v for v, _ in _values(extract_text, text)]


@pytest.mark.parametrize(("text", "value"), STILL_COUNT)
def test_count_outside_set_phrase(extract_text: Any, text: str, value: float) -> None:
    assert value in [v for v, _ in _values(extract_text, text)]


# « 1 er » written apart is the first day of the month.
FIRST_DAYS = [
    ("Le référendum de Valdorie s'est tenu le 1 er octobre 2017.", "2017-10-01"),
    ("Le 1 er mai 2019, les syndicats de Corbelin ont défilé.", "2019-05-01"),
    ("La mairie de Lorval a fermé le mardi 1 er mars 2022.", "2022-03-01"),
    ("La loi de Brésac entre en vigueur le 1 er janvier 2020.", "2020-01-01"),
]
NOT_FIRST_DAYS = [  # a « 1 » that counts or ranks keeps no first day
    "Le club de Ferlac a gagné 1 match en octobre 2017.",
    "Le 1 er tour de l'élection de Varnel a eu lieu en mars 2019.",
]


@pytest.mark.parametrize(("text", "norm"), FIRST_DAYS)
def test_first_day_apart(extract_text: Any, text: str, norm: str) -> None:
    assert norm in [e["date_norm"] for e in _events(extract_text, text)]


@pytest.mark.parametrize("text", NOT_FIRST_DAYS)
def test_no_first_day(extract_text: Any, text: str) -> None:
    norms = [str(e["date_norm"]) for e in _events(extract_text, text)]
    assert not any(n.endswith("-01") and len(n) == 10 for n in norms), norms


# « N de ses X »: the count takes the noun after the possessive.
PARTITIVES = [
    ("On sait aussi que deux de ses proches sont entendus à Morlac.", 2, "proches"),
    ("Lors de l'opération à Brésac, 14 de leurs membres ont été arrêtés.", 14, "membres"),
    ("Trois de ces navires ont quitté le port de Lorval.", 3, "navires"),
    ("Le club de Ferlac a perdu cinq de ses joueurs cadres.", 5, "joueurs"),
]
NO_PARTITIVES = [  # « l'un de ses », a year, a fraction
    ("L'un de ses frères vit à Corbelin.", 1),
    ("En 2016 de ses terres ont été vendues à Varnel.", 2016),
]


@pytest.mark.parametrize(("text", "value", "unit"), PARTITIVES)
def test_partitive_count(extract_text: Any, text: str, value: float, unit: str) -> None:
    facts = _quantities(extract_text, text)
    found = [f for f in facts if float(f["value"]) == value]
    assert found and unit in str(found[0]["unit"]), [(f["value"], f["unit"]) for f in facts]


@pytest.mark.parametrize(("text", "value"), NO_PARTITIVES)
def test_no_partitive_count(extract_text: Any, text: str, value: float) -> None:
    assert value not in [v for v, _ in _values(extract_text, text)]


# A number in groups of three whose last group has decimals (« 1 143,72 euros »).
GROUPED_DECIMALS = [
    ("Le salaire atteint 1 143,72 euros par mois à Brésac.", 1143.72),
    ("La dette de Lorval s'élève à 12 408,5 euros par habitant.", 12408.5),
    ("Le terrain de Varnel mesure 2 350,25 mètres carrés.", 2350.25),
]
NOT_GROUPED = [  # two numbers apart stay apart
    ("En 2019, 143,7 millions de voyageurs ont pris le train à Corbelin.", 143_700_000),
]


@pytest.mark.parametrize(("text", "value"), GROUPED_DECIMALS + NOT_GROUPED)
def test_grouped_decimals(extract_text: Any, text: str, value: float) -> None:
    assert value in [v for v, _ in _values(extract_text, text)], _values(extract_text, text)


# « en 1961, en 1973 et en 1988 »: each year with its own preposition is a date of its own.
YEAR_LISTS = [
    ("L'armée de Valdorie a renversé le gouvernement : en 1961, en 1973 et en 1988.", 3),
    ("Le club de Ferlac a gagné le titre en 1994 et en 2001.", 2),
    ("Le volcan de Morlac s'est réveillé en 1902, en 1929 et en 1976.", 3),
    ("La fonderie de Brésac a fermé en 1983 et en 2009.", 2),
]
YEAR_PERIODS = [  # a period stays one date, or none
    ("Les travaux de Lorval ont duré de 1995 à 1997.", 0),
    ("Le barrage de Morlac a été construit entre 1952 et 1958.", 0),
    ("Le festival de Brésac a eu lieu en 2010 et 2011.", 1),
    ("Le musée de Varnel a été rénové de fin 1998 à début 2003.", 0),
]


@pytest.mark.parametrize(("text", "count"), YEAR_LISTS + YEAR_PERIODS)
def test_listed_years(extract_text: Any, text: str, count: int) -> None:
    years = [e for e in _events(extract_text, text) if len(str(e["date_norm"])) == 4]
    assert len(years) == count, years


# A weekday set beside a relative day pins it when the dateline lags (dated Sunday 2024-03-17).
PINNED = [
    ("Demain, dimanche, une tempête est attendue sur Lorval.", "2024-03-17"),
    ("Hier, vendredi, le maire de Morlac a démissionné.", "2024-03-15"),
    ("Aujourd'hui samedi, les syndicats de Brésac ont manifesté.", "2024-03-16"),
    ("Demain, une tempête est attendue sur Lorval.", "2024-03-18"),  # nothing beside: dateline
    ("Hier, le maire de Morlac a démissionné.", "2024-03-16"),
]


@pytest.mark.parametrize(("text", "norm"), PINNED)
def test_weekday_pins_relative_day(extract_text: Any, text: str, norm: str) -> None:
    norms = [e["date_norm"] for e in _events(extract_text, "date 2024-03-17\n\n" + text)]
    assert norm in norms, norms


# A future read as a present by the tagger (« réunira ») still dates a weekday ahead
# (dateline Tuesday 2016-07-26).
FUTURE_WEEKDAYS = [
    ("Le président Marc Orly réunira mercredi matin les élus de Lorval.", "2016-07-27"),
    ("La ministre Léa Vantour se rendra jeudi à Brésac.", "2016-07-28"),
    ("Les syndicats de Morlac manifesteront vendredi.", "2016-07-29"),
    ("Le club de Ferlac jouera samedi contre Varnel.", "2016-07-30"),
    ("Le maire de Varnel a démissionné lundi.", "2016-07-25"),  # a past stays past
    ("Le conseil de Ferlac vote mardi le budget.", "2016-07-26"),  # a present: the dateline
]


@pytest.mark.parametrize(("text", "norm"), FUTURE_WEEKDAYS)
def test_future_form_weekday(extract_text: Any, text: str, norm: str) -> None:
    norms = [e["date_norm"] for e in _events(extract_text, "date 2016-07-26\n\n" + text)]
    assert norm in norms, norms
