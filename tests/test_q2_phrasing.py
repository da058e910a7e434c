"""How cards are phrased (issue 15, q2): form, context, events, figures, false statements; invented
sentences."""

from __future__ import annotations

import pytest

from generators.questions.actions import figure_of
from generators.questions.distractors import keeps_order
from generators.questions.phrasing import gapped_clause, opening_anchor
from generators.questions.variables import _fillable
from generators.records import Fact, Question
from tests.phrasing_helpers import HEADER, deck, fact, prompts

# --- form: elided words and percentages --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("près de l’ Yser", "Près de l’Yser"),
        ("la source d' Ambre", "La source d'Ambre"),
        ("il dit qu’ elle part", "Il dit qu’elle part"),
        ("jusqu’ à Lille", "Jusqu’à Lille"),
        ("lorsqu’ il pleut", "Lorsqu’il pleut"),
        ("une hausse de 4% en mai", "Une hausse de 4 % en mai"),
        ("une part de {{c1::12}}% des voix", "Une part de {{c1::12}} % des voix"),
        ("déjà 4 % de plus", "Déjà 4 % de plus"),  # must not fire: already spaced
        ("l’ 2021 record", "L’ 2021 record"),  # must not fire: a number is no elided word
        ("les parents’ voiture", "Les parents’ voiture"),  # must not fire: no elidable word
    ],
)
def test_tidy_closes_elisions_and_spaces_percents(text: str, expected: str) -> None:
    from generators.french.grammar import tidy

    assert tidy(text) == expected


# --- context: the sentence's time and place stay, a piece of a sentence is not gapped ----------


@pytest.mark.parametrize(
    ("sentence", "anchor"),
    [
        ("Le 4 avril, les secours sont à moins de 3 kilomètres du refuge.", "Le 4 avril"),
        ("Dans la nuit du 2 au 3 mai, 12 abris ont été détruits.", "Dans la nuit du 2 au 3 mai"),
        ("En 2012, la commune comptait 4 000 habitants.", "En 2012"),
        ("À Vierzon, la foule a compté 3 000 personnes.", "À Vierzon"),
        ("Mi-juin, le lac a perdu 2 mètres.", "Mi-juin"),
        ("Samedi, les coureurs ont parcouru 12 kilomètres.", ""),  # a weekday alone is relative
        ("Le maire, qui était absent, a signé 12 arrêtés.", ""),  # a subject, not an anchor
        ("Le comité a voté, et 12 membres se sont abstenus.", ""),
        ("Selon la préfecture, 300 personnes ont été évacuées.", ""),  # a source, not an anchor
        ("En effet, 40 maisons sont touchées.", ""),  # a connective: no month, year or name
    ],
)
def test_opening_anchor(sentence: str, anchor: str) -> None:
    assert opening_anchor(sentence) == anchor


def test_a_gap_keeps_the_opening_date() -> None:
    sentence = (
        "Le 4 avril, les équipes de secours de la vallée, parties avant l'aube du village, "
        "sont à moins de 3 kilomètres du refuge."
    )
    assert gapped_clause(sentence, "3")["cloze_text"].startswith("Le 4 avril, les équipes")


def test_a_short_sentence_is_gapped_whole() -> None:
    sentence = "Selon la mairie, 240 familles, dont 35 sans abri, ont été relogées en mai 2021."
    made = gapped_clause(sentence, "35")
    assert made["cloze_text"] == (
        "Selon la mairie, 240 familles, dont {{c1::35}} sans abri, ont été relogées en mai 2021."
    )
    assert not made["truncated"]


def test_a_piece_of_a_long_sentence_gives_no_gap_card() -> None:
    sentence = (
        "Le rapport, publié par l'agence régionale après deux ans d'enquête auprès des communes "
        "et des syndicats de rivière, rappelle que la vallée a perdu 30 % de ses zones humides "
        "depuis le début du siècle, tandis que les surfaces bâties ont doublé dans le même temps "
        "et que les crues, plus fréquentes, touchent désormais des quartiers entiers."
    )
    made = gapped_clause(sentence, "30")
    assert made["truncated"] == "yes"
    quantity = fact("quantity", sentence, text="30 %", value=30, unit="%")
    asked = deck(quantity)
    assert not any(q.kind in ("cloze", "truefalse") or "Complétez" in q.prompt for q in asked)


# --- events: the full date fills only a gap it fits; a year shown anyway is not asked ------


def event(sentence: str, date: str, norm: str, title: str = "Un titre") -> list[Question]:
    made = fact("event", sentence, date=date, date_norm=norm, what="")
    return deck(made, header={"slug": "t", "title": title, "date": "2021-06-20"})


def test_the_full_date_fills_a_day_and_month() -> None:
    made = event(
        "Le 3 mai, la digue du port a cédé sous la pression des eaux.", "3 mai", "2021-05-03"
    )
    assert any(q.template == "event-date-qcm" for q in made)


def test_the_full_date_does_not_fill_a_vaguer_date() -> None:
    made = event(
        "En ce début mai, la digue du port a cédé sous la pression des eaux.",
        "début mai",
        "2021-05",
    )
    assert not any(q.template == "event-date-qcm" for q in made)


def test_a_weekday_does_not_stop_the_fill() -> None:
    made = event(
        "Le lundi 3 mai 2021, la digue du port a cédé sous la pression des eaux.",
        "lundi 3 mai 2021",
        "2021-05-03",
    )
    assert any(q.template == "event-date-qcm" for q in made)


def test_a_year_in_the_title_is_not_asked() -> None:
    made = event(
        "En 2019, la digue du port a cédé sous la pression des eaux.",
        "2019",
        "2019",
        title="La digue du port a cédé en 2019",
    )
    assert not any(q.template in ("event-annee", "event-date-cloze") for q in made)


def test_a_year_not_shown_is_asked() -> None:
    made = event("En 2019, la digue du port a cédé sous la pression des eaux.", "2019", "2019")
    assert any(q.template in ("event-annee", "event-date-cloze") for q in made)


@pytest.mark.parametrize(
    ("span", "full", "fits"),
    [
        ("3 mai", "3 mai 2021", True),
        ("mai 2021", "mai 2021", True),
        ("1er mai", "1er mai 2021", True),
        ("samedi 3 mai", "3 mai 2021", True),
        ("début mai", "mai 2021", False),
        ("mai dernier", "mai 2021", False),
        ("fin 2020", "2020", False),
    ],
)
def test_fillable(span: str, full: str, fits: bool) -> None:
    assert _fillable(span, full) is fits


# --- figures: completed, the answer without what follows the unit --------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("4,20 m dans la soirée", "4,20 m"),
        ("12 000 signatures en une semaine", "12 000 signatures"),
        ("environ 3,5 % du total", "environ 3,5 %"),
        ("plus de 80 communes", "plus de 80 communes"),
        ("17 en 2020", "17"),
        ("le record", ""),
    ],
)
def test_figure(text: str, expected: str) -> None:
    assert figure_of(text) == expected


def test_a_figure_reached_is_completed_not_asked_combien() -> None:
    sentence = "Le débit de la Loire a atteint 4,20 m dans la soirée, selon la préfecture."
    made = fact(
        "action",
        sentence,
        actor="le débit de la Loire",
        actor_is_person=False,
        gender="m",
        number="sg",
        verb="atteindre",
        kind="figure",
        voice="active",
        predicate="a atteint",
        object="4,20 m dans la soirée",
    )
    asked = prompts(made)
    assert asked["Complétez : « Le débit de la Loire a atteint … en mars 2021. »"] == "4,20 m"
    assert not any(p.startswith("Combien") for p in asked)


# --- false statements: a swapped number keeps its order against the sentence's others -------


@pytest.mark.parametrize(
    ("true", "swapped", "gap", "kept"),
    [
        ("33", "20", "Parmi les 36 écoles, au moins ___ ont rouvert.", True),
        ("33", "66", "Parmi les 36 écoles, au moins ___ ont rouvert.", False),
        ("36", "3", "Parmi les ___ écoles, au moins 33 ont rouvert.", False),
        ("36", "72", "Parmi les ___ écoles, au moins 33 ont rouvert.", True),
        ("1 200", "600", "La ville compte ___ vélos pour 3 000 habitants.", True),
        ("1 200", "4 800", "La ville compte ___ vélos pour 3 000 habitants.", False),
        ("12", "24", "Le club compte ___ salariés.", True),  # no other number: any swap
        ("Paul Marchal", "Lucie Vernet", "___ a signé 3 arrêtés.", True),  # not a number
    ],
)
def test_keeps_order(true: str, swapped: str, gap: str, kept: bool) -> None:
    assert keeps_order(true, swapped, gap) is kept


def test_a_whole_main_clause_cut_off_its_tail_is_still_gapped() -> None:
    sentence = (
        "Le musée a cette saison quatre expositions temporaires et environ 90 tableaux prêtés, "
        "sans compter les pièces de la réserve restaurées par l'atelier de la ville voisine, "
        "qui reste le principal partenaire du projet, ni les dessins confiés par des collectionneurs."
    )
    made = gapped_clause(sentence, "90")
    assert made["cloze_text"].startswith("Le musée a cette saison quatre expositions")
    assert not made["truncated"]


def test_a_cut_list_is_truncated() -> None:
    sentence = (
        "Le réseau recense 5 120 pannes cette année : 812 sur la ligne A, 640 sur la ligne B, "
        "512 sur la ligne C, 301 sur la ligne D, 250 sur la ligne E, 199 sur la ligne F, "
        "87 sur la ligne G, 54 sur la ligne H et 33 sur la ligne K, d'après le bilan des élus."
    )
    assert gapped_clause(sentence, "512")["truncated"] == "yes"


@pytest.mark.parametrize(
    "sentence",
    [
        "« Les élus sont pour 4 % des artisans, et pour 61 % des cadres », a relevé Paul Marchal, "
        "candidat du Parti vert, lors d'un débat organisé par la chambre de commerce de la ville "
        "voisine en présence de nombreux chefs d'entreprise.",
        "Au marché de gros, les prix du jour s'affichent ainsi : 14,2 euros pour les cerises "
        "(+ 0,8 euro), 9,1 euros pour les fraises, 6,3 euros pour les abricots, 4,4 euros pour "
        "les pêches, 2,9 euros pour les pommes et 1,7 euro pour les carottes, selon la chambre.",
    ],
)
def test_a_cut_quotation_or_enumeration_is_truncated(sentence: str) -> None:
    span = "61" if "61" in sentence else "14,2"
    assert gapped_clause(sentence, span)["truncated"] == "yes"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("envoyé de Arboria au Chili", "Envoyé d’Arboria au Chili"),
        ("la fille de Emma Roy", "La fille d’Emma Roy"),
        ("il dit que Orléans gagne", "Il dit qu’Orléans gagne"),
        ("la ville de Yalta", "La ville de Yalta"),  # must not fire: « Y » is a consonant here
        ("le siège de OTAN", "Le siège de OTAN"),  # must not fire: an acronym is read as letters
        ("de onze ans", "De onze ans"),  # must not fire: lower case, a number word
        ("la maison de Gaulle", "La maison de Gaulle"),
    ],
)
def test_tidy_elides_de_and_que_before_a_name(text: str, expected: str) -> None:
    from generators.french.grammar import tidy

    assert tidy(text) == expected


def test_a_cloze_opening_on_its_number_is_not_capitalised_further() -> None:
    from generators.french.grammar import capitalize

    assert capitalize("{{c1::71}} grammes de sel") == "{{c1::71}} grammes de sel"
    assert capitalize("{{c1::trois}} grammes") == "{{c1::Trois}} grammes"


def test_a_role_set_at_another_time_is_not_dated_by_the_article() -> None:
    from generators.questions.roles import role_time

    assert role_time(
        "maire de Bréville", "Paul Marchal, maire de Bréville, a parlé.", "2021-03-14"
    ) == ("en mars 2021")
    assert (
        role_time("Premier ministre sous Jean Dumont", "Il fut Premier ministre.", "2021-03") == ""
    )
    assert (
        role_time("maire de Bréville", "Paul Marchal, maire de Bréville, mort en 1993.", "2021-03")
        == ""
    )
    assert role_time(
        "maire de Bréville", "Paul Marchal, maire de Bréville en 2021.", "2021-03"
    ) == ("en mars 2021")
    assert role_time("maire de Bréville", "Paul Marchal, maire.", "") == ""


def won(date: str | None) -> Fact:
    sentence = "Le syndicat Unité a gagné 12 000 voix, devant tous ses concurrents réunis."
    return fact(
        "action",
        sentence,
        actor="le syndicat Unité",
        actor_is_person=False,
        gender="m",
        number="sg",
        verb="gagner",
        kind="win",
        voice="active",
        predicate="a gagné",
        object="12 000 voix",
        date=date,
    )


def test_a_figure_won_without_time_or_place_is_not_asked_who() -> None:
    assert not any(p.startswith("Qui a gagné") for p in prompts(won(None)))
    assert not any(p.startswith("Qu’a gagné") for p in prompts(won(None)))


def test_a_figure_won_with_its_date_is_asked_who() -> None:
    assert any(
        p.startswith("Qui a gagné 12 000 voix en mai 2021") for p in prompts(won("en mai 2021"))
    )


@pytest.mark.parametrize(
    ("what", "expected"),
    [
        ("Le conseil est réuni", "le conseil est-il réuni"),
        ("La digue a cédé", "la digue a-t-elle cédé"),
        ("L’usine a fermé", "l’usine a-t-elle fermé"),
        ("Lavergne sont partis", ""),  # must not fire: « La » is not a determiner inside a name
        ("Lenoir a parlé", ""),  # a single capitalised word is not a subject it can tell
    ],
)
def test_invert_clause_reads_the_determiner_as_a_word(what: str, expected: str) -> None:
    from generators.questions.index import ArticleIndex
    from generators.questions.phrasing import invert_clause

    assert invert_clause(what, ArticleIndex.build([], HEADER)) == expected


def test_a_percent_after_a_gap_is_spaced() -> None:
    from generators.french.grammar import tidy

    assert tidy("soit …%.") == "Soit … %."


@pytest.mark.parametrize(
    ("sentence", "predicate", "expected"),
    [
        (
            "Ce week-end, 650 randonneurs ont dormi en refuge dans le Jura, les Vosges et la Chartreuse.",
            "ont dormi en refuge dans le Jura",
            "ont dormi en refuge dans le Jura, les Vosges et la Chartreuse",
        ),
        (
            "Les 300 salariés travaillent dans le Cher, selon la direction.",
            "travaillent dans le Cher",
            "travaillent dans le Cher",
        ),
        (
            "Les 300 salariés travaillent dans le Cher, Paul Marchal a confirmé la nouvelle.",
            "travaillent dans le Cher",
            "travaillent dans le Cher",
        ),
        (
            "Les 300 salariés travaillent dans le Cher, Tours, Blois.",
            "travaillent dans le Cher",
            "",
        ),
        (
            "Les 300 salariés travaillent dans le Cher.",
            "travaillent dans le Cher",
            "travaillent dans le Cher",
        ),
    ],
)
def test_a_predicate_cut_in_a_list_gets_the_whole_list(
    sentence: str, predicate: str, expected: str
) -> None:
    from generators.questions.phrasing import complete_enumeration

    assert complete_enumeration(sentence, predicate) == expected


def test_no_elision_before_a_gap() -> None:
    made = event(
        "Le mois d'avril 2021 a connu une baisse des inscriptions au club de voile de la ville.",
        "avril 2021",
        "2021-04",
    )
    gaps = [q.prompt for q in made if q.prompt.startswith("Complétez")]
    assert gaps and all("d’…" not in p and "de …" in p for p in gaps)


@pytest.mark.parametrize(
    ("candidate", "true", "plausible"),
    [
        ("18,60 %", "21,35 %", True),
        ("74,90 %", "21,35 %", False),
        ("6 %", "21,35 %", False),
        ("1 200", "1 500", True),
        ("46", "23", True),
        ("4 000", "23", False),
        ("0", "12", False),
        ("Paul Marchal", "12", True),  # not a number: left to the other checks
    ],
)
def test_plausible_figure(candidate: str, true: str, plausible: bool) -> None:
    from generators.questions.distractors import plausible_figure

    assert plausible_figure(candidate, true) is plausible
