"""Session 26, extraction families seen on unseen articles, on invented sentences.

1. An award given is the winner's news: « le prix X a été décerné à Y », « le jury a attribué la
   médaille d'or à Y », « Y a été récompensé par le prix X » → « Y a reçu le prix X » (an action
   of kind win); a crowd, a work, two winners, a pronoun or a bare « le prix » give none.
2. « A reçu le prix X » is a win even when the parser hangs the prize's name as an apposition.
3. A role stops before a gerund (« championne du monde en battant Y »): the title is the winner's,
   never the beaten one's.
4. « l' » hides the gender an adjective tells (« X, l'ancienne ministre »): a woman named George
   is a woman, and « elle sera remplacée par Y » finds her.
5. « D'après X » attributes a quote as « selon X » does; « selon ses proches » names the source
   as written (a crowd, low confidence).
6. « X, l'un des conseillers du ministre » gives X the title in the singular (« l'une des
   avocates » → « avocate »).
7. « A 17 heures, … » is a time of day (a capital « À » written without its accent), no quantity.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.handmade import dated_facts as _facts


def _wins(extract_text: Any, text: str) -> set[tuple[Any, Any, Any]]:
    return {
        (f.get("actor"), f.get("predicate"), f.get("object"))
        for f in _facts(extract_text, text, "action")
        if f.get("kind") == "win"
    }


# --- 1. awards given ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le prix Lumen a été décerné mardi à Marie Lenoir pour son premier roman.",
            ("Marie Lenoir", "a reçu", "le prix Lumen"),
        ),
        (
            "Le jury a attribué la médaille d'or à la nageuse Julie Roux.",
            ("Julie Roux", "a reçu", "la médaille d'or"),
        ),
        (
            "Paul Durand a été récompensé par le prix Vossberg de la jeune critique.",
            ("Paul Durand", "a reçu", "le prix Vossberg de la jeune critique"),
        ),
        (
            "La Palme d'argent a été décernée au réalisateur Jean Morel.",
            ("Jean Morel", "a reçu", "la Palme d'argent"),
        ),
        (
            "La fondation a remis le trophée Orion au chercheur Hugo Blanc.",
            ("Hugo Blanc", "a reçu", "le trophée Orion"),
        ),
        (
            "Le comité a décerné la médaille Valmex au mathématicien Luc Petit.",
            ("Luc Petit", "a reçu", "la médaille Valmex"),
        ),
        (
            "Anne Roy a été distinguée par le prix Orion de l'innovation.",
            ("Anne Roy", "a reçu", "le prix Orion de l'innovation"),
        ),
    ],
)
def test_an_award_given_is_the_winners_news(
    extract_text: Any, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _wins(extract_text, text)


@pytest.mark.parametrize(
    "text",
    [
        "Le prix a été remis à Luc Petit.",  # which prize?
        "La fondation a remis son prix annuel à la chercheuse Anne Roy.",  # whose « son »?
        "Le prix Lumen a été attribué à Anne Roy et à Marc Lenoir.",  # two winners
        "Le prix Lumen a été attribué à trois chercheurs de Vossberg.",  # a crowd
        "La Palme d'argent a été décernée au film Les Vagues de Jean Morel.",  # a work
        "Le prix Lumen ne sera pas décerné à Marie Lenoir cette année.",  # negated, future
        "Le jury a attribué la note maximale à Julie Roux.",  # no award noun
        "Il a été récompensé par le prix Lumen.",  # a pronoun: who?
        "Le film de Paul Roy a été récompensé par le prix Lumen.",  # the film, not Paul Roy
    ],
)
def test_no_award_winner_without_one_named_person_and_a_named_award(
    extract_text: Any, text: str
) -> None:
    assert not {w for w in _wins(extract_text, text) if w[1] == "a reçu"}


def test_an_award_keeps_its_date_out_of_the_prize_name(extract_text: Any) -> None:
    wins = _wins(extract_text, "Le prix Lumen a été décerné le 2 juin à Marie Lenoir.")
    assert ("Marie Lenoir", "a reçu", "le prix Lumen") in wins


# --- 2. « a reçu le prix X »: a win -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Marie Lenoir a reçu le prix Lumen pour son premier roman.",
            ("Marie Lenoir", "a reçu", "le prix Lumen"),
        ),
        (
            "Le chercheur Paul Roy a obtenu la médaille Orion en 2014.",
            ("Paul Roy", "a obtenu", "la médaille Orion"),
        ),
    ],
)
def test_a_prize_received_by_its_name_is_a_win(
    extract_text: Any, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _wins(extract_text, text)


def test_a_prize_without_a_name_is_no_win(extract_text: Any) -> None:
    assert not _wins(extract_text, "Luc Petit a reçu le prix pour la deuxième fois.")


# --- 3. a role stops before a gerund --------------------------------------------------------------


def test_a_title_won_is_the_winners_not_the_beaten_ones(extract_text: Any) -> None:
    text = (
        "Dans une finale serrée, Anna Petrova a remporté le titre de championne du monde de judo "
        "en battant Olga Ivanova, qui venait de gagner trois combats."
    )
    roles = {(f.get("person"), f.get("role")) for f in _facts(extract_text, text, "person_role")}
    assert ("Anna Petrova", "championne du monde de judo") in roles
    assert not any(person == "Olga Ivanova" for person, _ in roles)
    assert not any("battant" in (role or "") for _, role in roles)


def test_en_tant_que_is_no_gerund(extract_text: Any) -> None:
    text = "Paul Roy, directeur de la société en tant que fondateur, a parlé."
    roles = {f.get("role") for f in _facts(extract_text, text, "person_role")}
    assert any((role or "").startswith("directeur de la société") for role in roles)


# --- 4. « l'ancienne ministre »: the adjective tells the gender ----------------------------------


def test_an_elided_article_leaves_the_gender_to_its_adjective(extract_text: Any) -> None:
    text = (
        "Le remplaçant pourrait être Paul Roy, l'actuel ministre des Sports, ou bien Luc Martin, "
        "l'actuel secrétaire d'État. Le gouvernement a aussi annoncé le départ de George Morel, "
        "l'ancienne ministre de la Culture, pour raisons personnelles ; elle sera remplacée par "
        "Julie Blanc."
    )
    roles = {
        (f.get("person"), f.get("role_gender")) for f in _facts(extract_text, text, "person_role")
    }
    assert ("George Morel", "f") in roles
    pairs = {
        (f.get("predecessor"), f.get("successor")) for f in _facts(extract_text, text, "succession")
    }
    assert pairs == {("George Morel", "Julie Blanc")}


def test_an_elided_article_with_a_masculine_adjective(extract_text: Any) -> None:
    text = "Le départ de Claude Morel, l'ancien ministre de la Culture, a été annoncé."
    roles = {
        (f.get("person"), f.get("role_gender")) for f in _facts(extract_text, text, "person_role")
    }
    assert ("Claude Morel", "m") in roles


# --- 5. « d'après X », « selon ses proches » -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("D'après un enquêteur, « les raisons restent obscures ».", "un enquêteur"),
        (
            "D'après un haut responsable de la police, « l'homme était connu ».",
            "un haut responsable de la police",
        ),
        ("D'après les enquêteurs, « le suspect a agi seul ».", "les enquêteurs"),
        ("Selon ses voisins, l'homme était « très calme ».", "ses voisins"),
        ("Selon ses proches, « il ne sortait jamais ».", "ses proches"),
        ("D'après Paul Roy, le maire, « la ville est sous le choc ».", "Paul Roy"),
    ],
)
def test_a_source_phrase_names_the_speaker(extract_text: Any, text: str, speaker: str) -> None:
    quotes = _facts(extract_text, "Le suspect a été arrêté mardi. " + text, "quote")
    assert [q.get("speaker") for q in quotes] == [speaker]


def test_a_crowd_source_is_less_sure_than_a_named_one(extract_text: Any) -> None:
    text = "Selon ses voisins, l'homme était « très calme ». Selon Paul Roy, « tout va bien »."
    quotes = {q.get("speaker"): q.get("confidence") for q in _facts(extract_text, text, "quote")}
    assert quotes["ses voisins"] < quotes["Paul Roy"]


# --- 6. « l'un des conseillers du ministre » -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Selon Paul Roy, l'un des conseillers du ministre, « rien n'est décidé ».",
            ("Paul Roy", "conseiller du ministre", "m"),
        ),
        (
            "Marie Blanc, l'une des avocates de la famille, a parlé.",
            ("Marie Blanc", "avocate de la famille", "f"),
        ),
        (
            "Anne Roy, l'une des directrices de l'école, a parlé.",
            ("Anne Roy", "directrice de l'école", "f"),
        ),
        (
            "Luc Petit, un des fondateurs du groupe, est mort.",
            ("Luc Petit", "fondateur du groupe", "m"),
        ),
        (
            "Jean Morel, l'un des principaux dirigeants du parti, a démissionné.",
            ("Jean Morel", "principal dirigeant du parti", "m"),
        ),
    ],
)
def test_one_of_a_plural_title_holds_it(
    extract_text: Any, text: str, expected: tuple[str, str, str]
) -> None:
    roles = {
        (f.get("person"), f.get("role"), f.get("role_gender"))
        for f in _facts(extract_text, text, "person_role")
    }
    assert expected in roles


def test_one_of_a_crowd_that_is_no_title_is_no_role(extract_text: Any) -> None:
    text = "Paul Roy, l'un des habitants du quartier, a parlé."
    assert not _facts(extract_text, text, "person_role")


# --- 7. « A 17 heures »: a time of day ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("A 17 heures, le nouveau directeur a été désigné.", False),
        ("A 3 heures du matin, tout était fini.", False),
        ("La réunion a duré 17 heures.", True),
        ("Le train a eu 17 heures de retard.", True),
    ],
)
def test_a_capital_a_before_hours_is_a_time_of_day(
    extract_text: Any, text: str, counted: bool
) -> None:
    hours = [f for f in _facts(extract_text, text, "quantity") if f.get("unit") == "heures"]
    assert bool(hours) is counted


# --- 8. a pluperfect in the lead is not dated by the article -------------------------------------


@pytest.mark.parametrize(
    ("text", "dated"),
    [
        ("Marie Lenoir avait déjà publié six livres avant ce prix.", False),
        ("Marie Lenoir a publié six livres chez Orion.", True),
    ],
)
def test_a_pluperfect_is_not_dated_by_the_article(
    extract_text: Any, text: str, dated: bool
) -> None:
    actions = [f for f in _facts(extract_text, text, "action") if f.get("verb") == "publier"]
    assert actions
    assert bool(actions[0].get("date")) is dated


# --- 9. several winners: no « Qui a reçu … ? » ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Le prix Lumen de physique a été attribué à Anne Roy, Marc Lenoir et Paul Durand.",
        "Le prix Orion a été attribué à Anne Roy et au chercheur Luc Petit.",
        "La médaille Orion a été remise à Anne Roy ainsi qu'à Luc Petit.",
    ],
)
def test_an_award_shared_has_no_one_winner(extract_text: Any, text: str) -> None:
    assert not {w for w in _wins(extract_text, text) if w[1] == "a reçu"}


def test_an_award_to_one_person_described_after_a_comma(extract_text: Any) -> None:
    text = "Le prix Lumen a été décerné à Marie Lenoir, romancière de 45 ans."
    assert ("Marie Lenoir", "a reçu", "le prix Lumen") in _wins(extract_text, text)


# --- 10. an office taken, told passively ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La présidence du club Orion sera assurée par Marc Lenoir.",
            ("Marc Lenoir", "club Orion"),
        ),
        ("La direction de l'usine a été prise par Anne Roy en mars.", ("Anne Roy", "usine")),
        (
            "La direction générale de la banque est assurée par Luc Petit depuis mai.",
            ("Luc Petit", "banque"),
        ),
    ],
)
def test_an_office_assured_by_someone_is_led_by_them(
    extract_text: Any, text: str, expected: tuple[str, str]
) -> None:
    leads = {(f.get("leader"), f.get("entity")) for f in _facts(extract_text, text, "leads")}
    assert expected in leads


@pytest.mark.parametrize(
    "text",
    [
        "La direction du parti n'est pas assurée par Paul Roy.",
        "La direction de Lyon a été prise par Paul Roy à la sortie du village.",
        "La présidence du club Orion était critiquée par Paul Roy.",
        "La direction du parti sera assurée par Paul Roy.",  # which party?
    ],
)
def test_no_office_without_a_taker_verb(extract_text: Any, text: str) -> None:
    leads = {f.get("leader") for f in _facts(extract_text, text, "leads")}
    assert "Paul Roy" not in leads


# --- 11. « présenté comme le chef de X » -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "L'armée a annoncé avoir tué Ali Karim, présenté comme le chef du groupe Al-Nour, "
            "lors d'une frappe.",
            ("Ali Karim", "chef du groupe Al-Nour"),
        ),
        (
            "Marie Blanc, décrite comme la principale conseillère du président, a démissionné.",
            ("Marie Blanc", "principale conseillère du président"),
        ),
        (
            "Luc Petit, considéré comme le patron de la banque, a démissionné.",
            ("Luc Petit", "patron de la banque"),
        ),
    ],
)
def test_a_title_presented_in_apposition(
    extract_text: Any, text: str, expected: tuple[str, str]
) -> None:
    roles = {(f.get("person"), f.get("role")) for f in _facts(extract_text, text, "person_role")}
    assert expected in roles


def test_presented_as_a_quality_is_no_role(extract_text: Any) -> None:
    text = "Luc Petit, présenté comme très discret, a signé à Lyon."
    assert not _facts(extract_text, text, "person_role")


# --- 12. « A, remplacé par B, puis par C » -----------------------------------------------------------


def test_a_replacement_in_apposition_and_its_chain(extract_text: Any) -> None:
    text = (
        "Le club a d'abord été dirigé par Paul Roy, remplacé par Luc Petit, puis par Marc Lenoir."
    )
    pairs = {
        (f.get("predecessor"), f.get("successor")) for f in _facts(extract_text, text, "succession")
    }
    assert pairs == {("Paul Roy", "Luc Petit"), ("Luc Petit", "Marc Lenoir")}


def test_a_replaced_thing_is_no_predecessor(extract_text: Any) -> None:
    text = "Le club a changé son logo, remplacé par un dessin de Luc Petit."
    assert not _facts(extract_text, text, "succession")


# --- 13. epicene titles: the first name tells ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "person", "gender"),
    [
        (
            "Alors ministre de l'Agriculture, Marie Roy avait signé le texte en 2012.",
            "Marie Roy",
            "f",
        ),
        ("Membre du jury, Anne Petit a voté contre.", "Anne Petit", "f"),
        ("Le ministre Paul Roy a parlé.", "Paul Roy", "m"),
        ("La juge Claude Morel a rendu sa décision.", "Claude Morel", "f"),
    ],
)
def test_an_epicene_title_leaves_the_gender_to_the_name(
    extract_text: Any, text: str, person: str, gender: str
) -> None:
    roles = {
        (f.get("person"), f.get("role_gender")) for f in _facts(extract_text, text, "person_role")
    }
    assert (person, gender) in roles


def test_a_modifier_opening_the_sentence_is_not_capitalised_in_the_role(extract_text: Any) -> None:
    text = "Alors ministre de l'Agriculture, Marie Roy avait signé le texte en 2012."
    roles = {f.get("role") for f in _facts(extract_text, text, "person_role")}
    assert "alors ministre de l'Agriculture" in roles


# --- 14. a title not held yet is no role ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Le remplaçant a été désigné : il s'agit de Paul Roy, qui deviendra ministre de la Santé.",
        "Paul Roy sera ministre de la Santé à partir de lundi.",
        "Paul Roy serait président du club Orion selon la presse.",
    ],
)
def test_a_title_not_held_yet_is_no_role(extract_text: Any, text: str) -> None:
    roles = {(f.get("person"), f.get("role")) for f in _facts(extract_text, text, "person_role")}
    assert not {r for r in roles if r[0] == "Paul Roy"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Paul Roy restera président du club Orion.", ("Paul Roy", "président du club Orion")),
        ("Paul Roy est président du club Orion.", ("Paul Roy", "président du club Orion")),
        ("Anne Roy est devenue maire de Lyon en 2010.", ("Anne Roy", "maire de Lyon")),
    ],
)
def test_a_title_held_is_a_role(extract_text: Any, text: str, expected: tuple[str, str]) -> None:
    roles = {(f.get("person"), f.get("role")) for f in _facts(extract_text, text, "person_role")}
    assert expected in roles


# --- 15. regressions seen on the earlier articles' decks -----------------------------------------


def test_a_rank_taken_with_a_name_in_an_aside_names_no_contest(extract_text: Any) -> None:
    text = (
        "En catégorie B Paul Roy prend également la seconde place, dominée par le Belge Luc "
        "Petit, ce titre lui donnant une grande satisfaction."
    )
    assert not _wins(extract_text, text)


def test_premier_ministre_keeps_its_capital(extract_text: Any) -> None:
    roles = {
        f.get("role")
        for f in _facts(extract_text, "Le Premier ministre Paul Roy a parlé.", "person_role")
    }
    assert roles == {"Premier ministre"}


# --- 16. an acronym's letters in another order come only from a name -----------------------------


def test_a_common_phrase_with_the_letters_in_another_order_is_no_expansion(
    extract_text: Any,
) -> None:
    text = "La couche externe de l'atmosphère solaire est chaude. L'ESA a lancé une sonde."
    acronyms = {
        (f.get("acronym"), f.get("expansion")) for f in _facts(extract_text, text, "acronym")
    }
    assert acronyms == {("ESA", None)}


def test_a_translated_name_gives_its_letters_in_another_order(extract_text: Any) -> None:
    text = (
        "L'Organisation des Nations unies pour l'éducation, la science et la culture a voté. "
        "L'UNESCO a publié un rapport."
    )
    acronyms = {
        (f.get("acronym"), f.get("expansion")) for f in _facts(extract_text, text, "acronym")
    }
    assert (
        "UNESCO",
        "Organisation des Nations unies pour l'éducation, la science et la culture",
    ) in acronyms


# --- 17. « son remplacement à la tête de Z »: a past head -----------------------------------------


@pytest.mark.parametrize(
    ("text", "past"),
    [
        (
            "C'est l'arrestation de Paul Roy puis son remplacement à la tête de la brigade Orion "
            "qui a tout dévoilé.",
            True,
        ),
        ("Paul Roy, après son départ à la tête du club Orion, a parlé.", True),
        ("Paul Roy est à la tête de la brigade Orion depuis mai.", False),
    ],
)
def test_a_head_replaced_led_before(extract_text: Any, text: str, past: bool) -> None:
    leads = [f for f in _facts(extract_text, text, "leads") if f.get("leader") == "Paul Roy"]
    assert leads
    assert bool(leads[0].get("past")) is past


# --- 18. « le 11 Septembre »: a day's name, not this year's date ----------------------------------


def test_a_capitalised_month_names_a_day_not_a_date(extract_text: Any) -> None:
    text = (
        "Un malaise lors des cérémonies de mémoire du 11 Septembre a inquiété. La réunion du "
        "12 mai a eu lieu à Vossberg."
    )
    dates = {f.get("date") for f in _facts(extract_text, text, "event")}
    assert "12 mai" in dates
    assert not {d for d in dates if "Septembre" in str(d)}


def test_a_name_inside_a_phrase_gives_its_letters_in_another_order(extract_text: Any) -> None:
    text = "Le télescope spatial Paul Orion est prêt. Le lancement du TSPO a été reporté."
    acronyms = {
        (f.get("acronym"), f.get("expansion")) for f in _facts(extract_text, text, "acronym")
    }
    assert ("TSPO", "télescope spatial Paul Orion") in acronyms


def test_an_announced_candidacy_is_a_status_now(extract_text: Any) -> None:
    text = (
        "Marie Roy a gagné la primaire. Elle sera la candidate du parti Orion à la mairie de Lyon."
    )
    roles = {(f.get("person"), f.get("role")) for f in _facts(extract_text, text, "person_role")}
    assert ("Marie Roy", "candidate du parti Orion à la mairie de Lyon") in roles
