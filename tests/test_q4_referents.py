"""A card stands alone: « le pays » is completed from the title, another bare referent noun
(« la chaîne », « du journal ») drops the card with its reason; invented articles, real spaCy."""

from __future__ import annotations

from typing import Any

import pytest

from generators.questions import Explanation, explain_questions
from generators.questions.referents import bare_referent, country_form, title_country
from generators.records import Selection


def cards(extract_text: Any, text: str) -> Explanation:
    """Return every question of an invented article (no budget) and the dropped ones."""
    facts = extract_text(text)
    title = text.split("\n", 1)[0]
    header = {"slug": "t", "title": title, "date": "2021-03-14"}
    return explain_questions(facts, header, selection=Selection(per_fact=0))


def prompts(explanation: Explanation) -> list[str]:
    return [q.prompt for q in explanation.kept]


SEISME = (
    "Norvège : un séisme frappe la côte ouest\n\n"
    "Un séisme de magnitude 5,2 a secoué le pays le 3 mars 2021. "
    "Le gouvernement du pays a débloqué 40 millions de couronnes pour les sinistrés."
)


def test_le_pays_is_named_by_the_title_country(extract_text: Any) -> None:
    kept = prompts(cards(extract_text, SEISME))
    assert "Un séisme de magnitude 5,2 a secoué la Norvège le {{c1::3 mars 2021}}." in kept
    assert not any("pays" in p for p in kept)


def test_du_pays_is_contracted_with_the_country(extract_text: Any) -> None:
    kept = prompts(cards(extract_text, SEISME))
    assert (
        "Combien de couronnes le gouvernement de la Norvège a-t-il débloquées pour les sinistrés ?"
        in kept
    )


def test_le_pays_without_a_country_title_drops_the_card(extract_text: Any) -> None:
    text = SEISME.replace("Norvège : un séisme", "Sismologie : un séisme", 1)
    made = cards(extract_text, text)
    assert not any("pays" in p for p in prompts(made))
    assert any("« le pays » names nothing" in r.reason for r in made.rejected)


CHAINE = (
    "Télévision : la grève continue\n\n"
    "Paul Vernier, directeur de l'information de la chaîne, a annoncé la suspension du journal "
    "télévisé. La chaîne a perdu 12 000 abonnés en une semaine."
)


def test_a_bare_chaine_drops_the_leader_question(extract_text: Any) -> None:
    made = cards(extract_text, CHAINE)
    assert not any("chaîne" in p for p in prompts(made))
    reasons = [r.reason for r in made.rejected if "Qui dirige" in r.question.prompt]
    assert reasons and all("« la chaîne » names nothing" in r for r in reasons)


def test_a_bare_chaine_as_subject_drops_the_cloze(extract_text: Any) -> None:
    made = cards(extract_text, CHAINE)
    assert any(
        r.question.kind == "cloze" and "« La chaîne » names nothing" in r.reason
        for r in made.rejected
    )


def test_the_story_of_the_same_article_is_still_asked(extract_text: Any) -> None:
    kept = cards(extract_text, CHAINE).kept
    assert ("Qui a annoncé la suspension du journal télévisé ?", "Paul Vernier") in [
        (q.prompt, q.answer) for q in kept
    ]


JOURNAL = (
    "Presse : un rachat\n\n"
    "Claire Dumoulin, présidente du directoire du journal, a confirmé la vente. "
    "Le journal Le Courrier alpin compte 300 salariés."
)


def test_a_named_journal_stays_and_a_bare_one_goes(extract_text: Any) -> None:
    made = cards(extract_text, JOURNAL)
    kept = prompts(made)
    assert "Combien de salariés le journal Le Courrier alpin compte-t-il ?" in kept
    assert not any("directoire du journal" in p for p in kept)
    assert any("« du journal » names nothing" in r.reason for r in made.rejected)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Qui dirige la chaîne ?", "la chaîne"),
        ("À quelle date le précédent texte avait-il été adopté ?", "le précédent texte"),
        ("Qui préside la Chambre ?", "la Chambre"),
        ("Le club a recruté 30 joueurs depuis 2019.", "Le club"),  # a verb follows
        ("le conseil de 45 membres.", "le conseil"),  # a size tells not which
        ("qui secoue le pays depuis 2015", "le pays"),
        ("Qui dirige le parti politique ?", "le parti"),  # a kind, not which one
        ("Le texte précédent avait été retiré.", "Le texte"),
        # must not fire: a name, a complement, an adjective or an apposition tells which
        ("Qui dirige la chaîne publique ?", ""),
        ("Qui dirige le parti politique breton ?", ""),
        ("Qui dirige le journal Le Matin ?", ""),
        ("Qui préside la Chambre des députés ?", ""),
        ("Le tribunal de commerce de Vallon s'est déclaré incompétent.", ""),
        ("l'attentat du 14-Juillet a fait deux morts", ""),
        ("La cérémonie, présentée par Léa Morel, a duré deux heures.", ""),
        ("la course au leadership du parti vert", ""),
    ],
)
def test_bare_referent(text: str, found: str) -> None:
    assert bare_referent(text) == found


@pytest.mark.parametrize(
    ("country", "before", "form"),
    [
        ("le Pérou", "du", "du Pérou"),
        ("la Norvège", "du", "de la Norvège"),
        ("l'Islande", "du", "de l’Islande"),
        ("les Philippines", "au", "aux Philippines"),
        ("la Norvège", "dans le", "en Norvège"),
        ("Malte", "au", "à Malte"),
        ("Israël", "du", "d’Israël"),
        ("Israël", "au", "en Israël"),
        ("le Pérou", "le", "le Pérou"),
    ],
)
def test_country_form(country: str, before: str, form: str) -> None:
    assert country_form(country, before) == form


@pytest.mark.parametrize(
    ("title", "country"),
    [
        ("Pérou : un séisme", "le Pérou"),
        ("États-Unis : le Sénat vote", "les États-Unis"),
        ("Astronomie : une comète", ""),  # must not fire: a topic, not a country
        ("Un séisme au Pérou", ""),  # must not fire: no kicker
    ],
)
def test_title_country(title: str, country: str) -> None:
    assert title_country(title) == country
