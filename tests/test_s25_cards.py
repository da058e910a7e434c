"""Session 25's card families, on invented cards.

A subject pronoun that takes up the topic its sentence opens on (« Quant à la dette de la ville,
elle atteint … ») is resolved inside the card: the card stands alone. A date inside a clause right
before a figure is set apart with commas (« compte, le 15 février 2017, 7 000 habitants »). An
event's object is never a quotation the verb announces after a colon.
"""

from __future__ import annotations

from typing import Any

import pytest

from generators.questions.event_context import whole_of
from generators.questions.index import ArticleIndex
from generators.questions.quality import problem
from generators.questions.retouch import retouched
from generators.questions.roles import trade
from generators.questions.units import asked_unit
from generators.records import Question
from tests.phrasing_helpers import gap_card, plain_card

INDEX = ArticleIndex.build([], {"slug": "t", "title": "Un titre", "date": "2017-02"})


_card = plain_card


@pytest.mark.parametrize(
    ("prompt", "answer", "kind"),
    [
        (
            "Quant à la dette de la ville, elle atteint {{c1::12 millions}} d’euros cette année.",
            "12 millions",
            "cloze",
        ),
        ("Quant au club de Vossberg, il compte {{c1::300}} membres cette saison.", "300", "cloze"),
        (
            "Quant aux élus de Vossberg, ils ont voté {{c1::trois}} motions ce mois-ci.",
            "trois",
            "cloze",
        ),
        (
            "Quant-à la masse salariale de la région, elle représente {{c1::85 millions}} d’euros.",
            "85 millions",
            "cloze",
        ),
        (
            "Vrai ou faux : Quant à la dette de la ville, elle atteint 12 millions d’euros.",
            "Vrai",
            "truefalse",
        ),
        (
            "Complétez : « Quant aux usines de Vossberg, elles emploient … ouvriers. »",
            "900",
            "mcq",
        ),
    ],
)
def test_a_pronoun_taking_up_the_sentence_topic_is_resolved(
    prompt: str, answer: str, kind: str
) -> None:
    assert "pronoun" not in problem(_card(prompt, answer, kind), INDEX)


@pytest.mark.parametrize(
    "prompt",
    [
        "Elle atteint {{c1::12 millions}} d’euros depuis mars selon la mairie.",
        "Quant au club de Vossberg, elle compte {{c1::300}} membres cette saison.",
        "Quant à la dette, ils ont voté {{c1::trois}} motions à Vossberg.",
        "Selon la mairie de Vossberg, elle atteint {{c1::12 millions}} d’euros.",
        "Selon la mairie de Vossberg, il a versé {{c1::300}} euros au club.",
        "Quant à lui, il a versé {{c1::300}} euros à la mairie de Vossberg.",
        "Quant à elle, elle a versé {{c1::300}} euros à la mairie de Vossberg.",
    ],
)
def test_other_pronouns_stay_unresolved(prompt: str) -> None:
    assert "unresolved pronoun" in problem(_card(prompt, "x"), INDEX)


@pytest.mark.parametrize(
    ("prompt", "answer", "kind", "said"),
    [
        (
            "La ville compte aujourd'hui {{c1::7 000}} habitants, soit moins qu'avant.",
            "7 000",
            "cloze",
            "La ville compte, le 15 février 2017, {{c1::7 000}} habitants, soit moins qu'avant.",
        ),
        (
            "La ville compte aujourd'hui plus de {{c1::7 000}} habitants.",
            "7 000",
            "cloze",
            "La ville compte, le 15 février 2017, plus de {{c1::7 000}} habitants.",
        ),
        (
            "Vrai ou faux : La ville compte aujourd'hui 7 000 habitants.",
            "Vrai",
            "truefalse",
            "Vrai ou faux : La ville compte, le 15 février 2017, 7 000 habitants.",
        ),
        (
            "Complétez : « La ville compte aujourd'hui … habitants. »",
            "7 000",
            "mcq",
            "Complétez : « La ville compte, le 15 février 2017, … habitants. »",
        ),
        (
            "Le maire a présenté hier {{c1::3}} projets.",
            "3",
            "cloze",
            "Le maire a présenté, le 14 février 2017, {{c1::3}} projets.",
        ),
        (
            "Le maire a présenté le 3 mars 2016 environ {{c1::30}} projets.",
            "30",
            "cloze",
            "Le maire a présenté, le 3 mars 2016, environ {{c1::30}} projets.",
        ),
        # no figure after the date: it stays in the clause
        (
            "Le maire présente aujourd'hui son {{c1::plan}}.",
            "plan",
            "cloze",
            "Le maire présente le 15 février 2017 son {{c1::plan}}.",
        ),
        (
            "Le maire a présenté le 3 mars 2016 les {{c1::3}} projets.",
            "3",
            "cloze",
            "Le maire a présenté le 3 mars 2016 les {{c1::3}} projets.",
        ),
        (
            "Aujourd'hui, la ville compte {{c1::7 000}} habitants.",
            "7 000",
            "cloze",
            "Aujourd'hui, la ville compte {{c1::7 000}} habitants.",
        ),
        (
            "Le 3 mars 2016, {{c1::3}} projets ont été présentés.",
            "3",
            "cloze",
            "Le 3 mars 2016, {{c1::3}} projets ont été présentés.",
        ),
    ],
)
def test_a_date_before_a_figure_is_set_apart(
    prompt: str, answer: str, kind: str, said: str
) -> None:
    assert retouched(gap_card(prompt, answer, kind, "quantity"), "2017-02-15").prompt == said


ARTICLE = "Vossberg : un titre\n\n3 juin 2018. –\n{}\n"


@pytest.mark.parametrize(
    ("sentence", "what"),
    [
        (
            "Paul Roux a annoncé hier sur son compte Twitter sa volonté de renforcer la flotte de son "
            "pays : « les Valmontiens doivent grandement renforcer et accroître leur flotte tant que "
            "le monde n'aura pas retrouvé la raison ».",
            "Paul Roux a annoncé",
        ),
        (
            "Paul Roux a inauguré hier le nouveau pont de Vossberg devant les habitants.",
            "Paul Roux a inauguré le nouveau pont de Vossberg devant les habitants",
        ),
    ],
)
def test_an_event_takes_no_object_from_a_quotation_after_a_colon(
    extract_text: Any, sentence: str, what: str
) -> None:
    events = [f for f in extract_text(ARTICLE.format(sentence)) if f.type == "event"]
    assert [f.get("what") for f in events] == [what]


def _templates(extract_text: Any, sentence: str) -> set[str]:
    from generators.questions import explain_questions
    from generators.records import Selection

    text = ARTICLE.format(sentence)
    header = {"title": "Vossberg : un titre", "date": "2018-06-03", "text": text}
    kept = explain_questions(extract_text(text), header, selection=Selection(per_fact=0)).kept
    return {q.template for q in kept}


@pytest.mark.parametrize(
    ("sentence", "asked_as_leading"),
    [
        ("Le maire de Vossberg, Paul Roux, a inauguré le nouveau pont de la ville samedi.", False),
        ("Le bourgmestre de Vossberg, Paul Roux, a inauguré le nouveau pont samedi.", False),
        ("Le président du club de Vossberg, Paul Roux, a inauguré le nouveau stade samedi.", True),
        (
            "La directrice de l'usine Valmex, Léa Morel, a annoncé la fermeture du site samedi.",
            True,
        ),
    ],
)
def test_a_town_head_is_asked_by_the_title(
    extract_text: Any, sentence: str, asked_as_leading: bool
) -> None:
    templates = _templates(extract_text, sentence)
    assert ("leads-qui-dirige" in templates) is asked_as_leading
    assert templates & {
        "role-qui",
        "person-fonction",
        "leads-qui-dirige",
    }  # asked one way or another


@pytest.mark.parametrize(
    ("unit", "subject", "asked"),
    [
        ("membres", "membres du parti Vert", "membres du parti Vert"),
        (
            "membres",
            "membres de l'ancien mouvement d'opposition",
            "membres de l'ancien mouvement d'opposition",
        ),
        ("salariés", "salariés de l'usine Valmex", "salariés de l'usine Valmex"),
        ("élèves", "élèves du collège de Vossberg", "élèves du collège de Vossberg"),
        ("militants", "militants des Verts", "militants des Verts"),
        ("adhérents", "adhérents d'Alpha Vossberg", "adhérents d'Alpha Vossberg"),
        # no complement, a long one or a clause: the bare noun
        ("membres", "membres", "membres"),
        ("membres", "membres présents", "membres"),
        ("membres", "membres de la famille, des amis et des voisins du quartier", "membres"),
        (
            "salariés",
            "salariés de l'usine qui a fermé ses portes en mars dernier à Vossberg",
            "salariés",
        ),
        # a noun that names no one by what they belong to: as it is
        ("maisons", "maisons du quartier bas", "maisons"),
        ("euros", "euros de dette", "euros"),
    ],
)
def test_a_relational_unit_keeps_its_complement(unit: str, subject: str, asked: str) -> None:
    assert asked_unit(unit, subject) == asked


@pytest.mark.parametrize(
    ("what", "title", "asked"),
    [
        (
            "la quatrième étape",
            "Tour de Valmontie 2016 : Paul Roux remporte la 4e étape",
            "la quatrième étape du Tour de Valmontie 2016",
        ),
        (
            "la 12e étape",
            "Tour de Valmontie 2016 : Roux s'impose",
            "la 12e étape du Tour de Valmontie 2016",
        ),
        (
            "la finale",
            "Coupe de Brovanie 2018 : Vossberg sacré",
            "la finale de la Coupe de Brovanie 2018",
        ),
        (
            "la 3e manche",
            "Jeux de Valmontie : Léa Morel en or",
            "la 3e manche des Jeux de Valmontie",
        ),
        # one of many without an ordinal: « le match », « l'épreuve » of a championship
        ("l'épreuve", "Jeux de Valmontie : Léa Morel en or", "l'épreuve"),
        ("le match", "Championnat de Brovanie de handball : Vossberg gagne", "le match"),
        (
            "la première manche",
            "Ski alpin : coupe du monde à Vossberg, Léa Morel gagne",
            "la première manche de la coupe du monde à Vossberg",
        ),
        (
            "la course",
            "Triathlon : championnat de Brovanie, Paul Roux l'emporte",
            "la course du championnat de Brovanie",
        ),
        # a part with its own complement, another noun, or a title naming no competition
        (
            "la quatrième étape du Tour",
            "Tour de Valmontie 2016 : Roux gagne",
            "la quatrième étape du Tour",
        ),
        ("le maillot jaune", "Tour de Valmontie 2016 : Roux gagne", "le maillot jaune"),
        ("la quatrième étape", "Valmontie : Paul Roux remporte la 4e étape", "la quatrième étape"),
        ("la finale", "Vossberg : la ville en fête", "la finale"),
        ("la quatrième étape", "", "la quatrième étape"),
    ],
)
def test_a_bare_part_of_a_competition_is_said_with_it(what: str, title: str, asked: str) -> None:
    assert whole_of(what, title) == asked


@pytest.mark.parametrize(
    ("role", "asked"),
    [
        ("astronome belge", "astronome"),
        ("coureuse cycliste allemande", "coureuse cycliste"),
        ("chanteuse française", "chanteuse"),
        ("architecte japonais", "architecte"),
        ("peintre français du XIXe siècle", "peintre"),
        # no nationality after the trade: as it was
        ("chercheuse principale du Centre spatial de Vallon", "chercheuse principale"),
        ("avocate d'Anne Roux", "avocate d'Anne Roux"),
        ("journaliste", "journaliste"),
        ("belge", "belge"),
        ("photographe indépendant", "photographe indépendant"),
    ],
)
def test_a_trade_is_asked_without_the_nationality(role: str, asked: str) -> None:
    assert trade(role) == asked


def test_a_new_town_head_named_by_the_town_noun_is_asked_by_the_title(extract_text: Any) -> None:
    sentence = (
        "La ville de Valbonne renonce aux Jeux. La nouvelle maire de la ville, Léa Morel, a "
        "officialisé la fin de la candidature."
    )
    facts = extract_text(ARTICLE.format(sentence))
    assert [(f.get("leader"), f.get("entity")) for f in facts if f.type == "leads"] == [
        ("Léa Morel", "Valbonne")
    ]
    assert "leads-qui-dirige" not in _templates(extract_text, sentence)


def _role(person: str, post: str, gender: str, n: int) -> Any:
    from tests.handmade import fact

    sentence = f"{person} est {post} depuis mars, selon la presse de Vossberg."
    return fact("person_role", sentence, n, person=person, role=post, gender=gender, confidence=0.9)


@pytest.mark.parametrize(
    ("first", "second", "shared"),
    [
        ("candidate à la primaire", "candidat à la primaire", True),
        ("directrice générale de Valmex", "directeur général de Valmex", True),
        ("présidente du club", "président du club", True),
        ("cheffe de projet", "chef de projet", True),
        ("avocate de la famille", "avocat de la famille", True),
        ("maire de Vossberg", "maire de Vossberg", True),
        # other posts stay apart
        ("présidente du club", "vice-président du club", False),
        ("candidate à la primaire", "candidat à la mairie", False),
        ("directrice de l'école", "directeur de l'usine", False),
        ("ministre de la Santé", "ministre des Finances", False),
    ],
)
def test_a_post_held_by_a_man_and_a_woman_is_shared(first: str, second: str, shared: bool) -> None:
    index = ArticleIndex.build(
        [_role("Léa Morel", first, "f", 0), _role("Paul Roux", second, "m", 1)],
        {"slug": "t", "title": "Un titre", "date": "2017-02"},
    )
    assert (len(index.holders(first)) == 2) is shared


@pytest.mark.parametrize(
    ("prompt", "kind", "bare"),
    [
        ("À quelle date le futur président a-t-il reçu les élus de Vossberg ?", "basic", True),
        ("Le joueur de {{c1::21}} ans a été blessé à Vossberg pendant le match.", "cloze", True),
        (
            "Complétez : « Le joueur de … ans a été blessé à Vossberg pendant le match. »",
            "mcq",
            True,
        ),
        (
            "Vrai ou faux : La chanteuse a vendu 3 millions de disques en Valmontie.",
            "truefalse",
            True,
        ),
        (
            "Le ministre a annoncé {{c1::300}} nouveaux postes d’enseignants à Vossberg.",
            "cloze",
            True,
        ),
        # named, told by its complement, or only a source: the card stands alone
        (
            "Le président Paul Roux a annoncé {{c1::300}} nouveaux postes à Vossberg.",
            "cloze",
            False,
        ),
        (
            "Le ministre de la Santé a annoncé {{c1::300}} nouveaux postes à Vossberg.",
            "cloze",
            False,
        ),
        ("La crue a fait {{c1::trois}} morts à Vossberg, selon le ministre.", "cloze", False),
        ("Selon le ministre, la crue a fait {{c1::trois}} morts à Vossberg.", "cloze", False),
        (
            "La chanteuse Léa Morel a vendu {{c1::3 millions}} de disques en Valmontie.",
            "cloze",
            False,
        ),
    ],
)
def test_a_bare_title_names_no_one(prompt: str, kind: str, bare: bool) -> None:
    reason = problem(_card(prompt, "x", kind), INDEX)
    assert ("names nothing without the article" in reason) is bare, reason


def test_a_bare_title_as_a_complement_stays() -> None:
    card = _card("Qu’a révélé le quotidien La Gazette de Vossberg ?", "x", "basic")
    answer = "l’existence d’un compte caché du ministre"
    assert problem(Question(**{**card.__dict__, "answer": answer}), INDEX) == ""


@pytest.mark.parametrize(
    ("prompt", "repeated"),
    [
        ("Le {{c1::1er mars 2017}}, mercredi 1er mars, trois personnes ont été enlevées.", True),
        ("Le {{c1::12 mai 2016}}, mardi 12 mai, la mairie a voté le budget de Vossberg.", True),
        ("Le {{c1::12 mai}}, mardi 12 mai, la mairie a voté le budget de Vossberg.", True),
        ("Le {{c1::3 mars 2017}}, trois personnes ont été enlevées à Vossberg.", False),
        ("Le {{c1::12 mai 2016}}, la mairie a voté le budget prévu le 13 mai.", False),
    ],
)
def test_a_date_gap_repeated_without_its_year_is_given_away(prompt: str, repeated: bool) -> None:
    reason = problem(_card(prompt, "x"), INDEX)
    assert ("is repeated in its own sentence" in reason) is repeated, reason


@pytest.mark.parametrize(
    ("role", "ranked"),
    [
        ("leader du moment", True),
        ("leader du classement général", True),
        ("homme fort du moment", True),
        ("directeur de course", False),
        ("capitaine de l'équipe", False),
        ("président du club", False),
    ],
)
def test_a_place_at_one_moment_is_no_role(role: str, ranked: bool) -> None:
    from generators.questions.role_checks import ranking_role
    from tests.handmade import fact

    made = fact("person_role", "Paul Roux est en tête.", 0, person="Paul Roux", role=role)
    assert (
        bool(ranking_role(_card("Quelle fonction Paul Roux occupe-t-il ?", role), made)) is ranked
    )


@pytest.mark.parametrize(
    ("prompt", "bare"),
    [
        ("Qui a ouvert le match ?", True),
        ("Qui a ouvert le match face à Vossberg ?", False),
        ("Qui a remporté le match Vossberg–Valmont ?", False),
        (
            "Vossberg a mené contre Valmont, avec {{c1::10}} points d’écart à la fin du match.",
            False,
        ),
    ],
)
def test_the_match_names_nothing_alone(prompt: str, bare: bool) -> None:
    reason = problem(_card(prompt, "x", "cloze" if "{{" in prompt else "basic"), INDEX)
    assert ("names nothing without the article" in reason) is bare, reason


def test_a_month_gap_is_not_a_day_repeated() -> None:
    prompt = "La station lancée le 30 septembre 2011 a été abandonnée en {{c1::septembre 2016}}."
    assert "repeated" not in problem(_card(prompt, "x"), INDEX)


@pytest.mark.parametrize(
    ("role", "outcome"),
    [
        ("auteur des faits", True),
        ("auteur de l'attentat de Vossberg", True),
        ("auteure de l'attaque", True),
        ("auteur du meurtre", True),
        ("auteur", True),
        ("vainqueur de la course", True),
        # a writer's work, a trade: asked
        ("auteur du roman Les Ports", False),
        ("auteur de bandes dessinées", False),
        ("auteure-compositrice", False),
        ("avocat de la famille", False),
    ],
)
def test_the_author_of_a_deed_has_no_trade(role: str, outcome: bool) -> None:
    from generators.questions.role_checks import ranking_role
    from tests.handmade import fact

    made = fact("person_role", "Paul Roux a été arrêté.", 0, person="Paul Roux", role=role)
    reason = ranking_role(_card("Quel est le métier de Paul Roux ?", role), made)
    assert ("tells an outcome" in reason) is outcome, reason


def test_a_mayor_heading_a_party_is_asked_who_leads_the_party() -> None:
    from generators.questions.roles import town_head
    from tests.handmade import fact

    sentence = "Paul Roux, maire de la ville et président du parti Vert, a parlé."
    facts = [
        fact("person_role", sentence, 0, person="Paul Roux", role="maire de la ville"),
        fact("person_role", sentence, 1, person="Paul Roux", role="président du parti Vert"),
    ]
    index = ArticleIndex.build(facts, {"slug": "t", "title": "Un titre", "date": "2017-02"})
    assert not town_head("Paul Roux", "parti Vert", index)
    assert town_head("Paul Roux", "Vossberg", index)  # the town the title points back to


@pytest.mark.parametrize(
    "prompt",
    [
        "Le club de Vossberg, quant à lui, a versé {{c1::300}} euros à la mairie.",
        "Paul Roux, quant à lui, a versé {{c1::300}} euros à la mairie de Vossberg.",
        "Les élus de Vossberg, quant à eux, ont voté {{c1::trois}} motions.",
    ],
)
def test_quant_a_lui_after_its_subject_is_resolved(prompt: str) -> None:
    assert "pronoun" not in problem(_card(prompt, "x"), INDEX)
