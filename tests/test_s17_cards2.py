"""Cards of session 17 (second round): a role asked only of a person the article is about and
only when it is not general knowledge, fragments without their referent, answers given away,
a dead person's trade asked in the past. Invented sentences, through the real question builder."""

from __future__ import annotations

from typing import Any

import pytest

from generators.questions import Explanation, explain_questions
from generators.records import Selection

HEADER = {"slug": "t", "title": "Vallon : une semaine agitée", "date": "2021-04-08"}


def cards(extract_text: Any, body: str, title: str = HEADER["title"]) -> Explanation:
    header = {**HEADER, "title": title}
    facts = extract_text(f"{title}\n\n{body}")
    header["text"] = body
    return explain_questions(facts, header, selection=Selection(per_fact=0))


def role_prompts(explanation: Explanation, name: str) -> list[str]:
    return [q.prompt for q in explanation.kept if name in q.prompt or name in q.answer]


# --- family 1: role cards on side figures and general knowledge ------------------------------

SIDE = [
    # a complement of another noun
    (
        "L'armée du président Karel Vondrak avance vers la ville de Brisac. "
        "Les combats ont fait 40 morts selon la préfecture de Brisac.",
        "Karel Vondrak",
    ),
    # a comparison
    (
        "Le nageur Luc Ferrand a battu le record, comme le champion olympique Tomas Berthel. "
        "Luc Ferrand a nagé en 52 secondes. Luc Ferrand visera le titre en juin.",
        "Tomas Berthel",
    ),
    (
        "Les coureurs se placent dans le sillage du double champion d'Europe Piotr Malecki. "
        "La course a réuni 80 coureurs à Vallon.",
        "Piotr Malecki",
    ),
    (
        "Le club de l'entraîneur Marco Pellin a perdu 3 matchs. Le stade de Vallon est vide.",
        "Marco Pellin",
    ),
    # the head of state of a big country
    (
        "Le président des États-Unis, Jonas Whitfield, a salué l'accord signé à Vallon. "
        "Le maire Paul Drimont a signé l'accord avec 14 communes.",
        "Jonas Whitfield",
    ),
    (
        "Le président français, Hugo Marlet, a envoyé un message aux habitants de Vallon. "
        "La crue a détruit 12 maisons.",
        "Hugo Marlet",
    ),
]


@pytest.mark.parametrize(("body", "name"), SIDE)
def test_no_role_card_on_a_side_figure(extract_text: Any, body: str, name: str) -> None:
    explanation = cards(extract_text, body)
    kept = [q.prompt for q in explanation.kept if q.fact_type == "person_role" and name in q.prompt]
    assert kept == []
    reasons = [r.reason for r in explanation.rejected if name in r.question.prompt]
    assert any("side figure" in r or "general knowledge" in r for r in reasons), reasons


KEPT = [
    # the subject of the sentence
    (
        "Le directeur de l'hôpital de Vallon, Marc Delorme, a annoncé la fermeture de 3 services.",
        "Marc Delorme",
    ),
    # named in the title
    (
        "La ministre de la Culture Inès Varenne a inauguré le musée de Vallon.",
        "Inès Varenne",
    ),
    # named twice
    (
        "La trésorière de l'association, Julie Marchal, a démissionné. "
        "Julie Marchal dénonce des comptes truqués.",
        "Julie Marchal",
    ),
    # the head of a small country, or a prime minister
    (
        "Le président du Vanuatu, Tom Kalsakau, a salué l'accord signé à Vallon.",
        "Tom Kalsakau",
    ),
    (
        "Le maire de Vallon, Paul Drimont, a salué l'accord.",
        "Paul Drimont",
    ),
]


@pytest.mark.parametrize(("body", "name"), KEPT)
def test_a_role_card_on_the_article_s_people(extract_text: Any, body: str, name: str) -> None:
    title = "Vallon : Inès Varenne inaugure le musée" if "Varenne" in body else HEADER["title"]
    explanation = cards(extract_text, body, title)
    kept = [q.prompt for q in explanation.kept if q.fact_type == "person_role" and name in q.prompt]
    assert kept, [(r.question.prompt, r.reason) for r in explanation.rejected]


# --- family 4: a dead person's trade or post asked in the past --------------------------------

DEAD = [
    "Le chanteur Rémi Castel est mort à Vallon à l'âge de 81 ans. Rémi Castel avait sorti 30 albums.",
    "L'acteur Yvon Sarrat est décédé le 3 avril 2021 à Vallon. Yvon Sarrat avait tourné 50 films.",
    "Le peintre Alban Roussel, 92 ans, s'est éteint le 2 avril 2021. Alban Roussel exposait à Vallon.",
    "La romancière Odile Berthon est morte le 4 avril 2021. Odile Berthon avait écrit 12 romans.",
    "La mort de l'architecte Serge Lavaud a ému Vallon. Serge Lavaud avait dessiné 3 ponts.",
]
ALIVE = [
    "Le chanteur Rémi Castel a donné 3 concerts à Vallon. Rémi Castel a sorti 30 albums.",
    "L'acteur Yvon Sarrat a annoncé que son chien est mort. Yvon Sarrat a tourné 50 films.",
    "Le peintre Alban Roussel expose 40 toiles à Vallon. Alban Roussel a 92 ans.",
    "La romancière Odile Berthon a publié 12 romans. Odile Berthon vit à Vallon.",
    "L'architecte Serge Lavaud a dessiné 3 ponts à Vallon. Serge Lavaud a reçu un prix.",
]


def _role_cards(explanation: Explanation) -> list[str]:
    every = [*explanation.kept, *(r.question for r in explanation.rejected)]
    return [q.prompt for q in every if q.fact_type == "person_role" and q.kind == "basic"]


@pytest.mark.parametrize("body", DEAD)
def test_a_dead_person_s_role_is_asked_in_the_past(extract_text: Any, body: str) -> None:
    asked = _role_cards(cards(extract_text, body))
    assert asked
    assert all(" est " not in p and "occupe-t-" not in p and "détient" not in p for p in asked)


@pytest.mark.parametrize("body", ALIVE)
def test_a_living_person_s_role_stays_in_the_present(extract_text: Any, body: str) -> None:
    asked = _role_cards(cards(extract_text, body))
    assert asked
    assert not any("était" in p or "détenait" in p for p in asked), asked


# --- family 2: fragments opening on a presentative or a pronoun they never resolve ------------

CONTEXT = "Un suspect a été arrêté jeudi à Vallon par la police. "

FRAGMENTS = [
    ("C'est un homme de 36 ans.", "un homme de"),
    ("C'était une femme de 52 ans, connue des services.", "une femme de"),
    ("Ce sont 40 familles de la ville.", "familles de la ville"),
    ("Il s'agit du troisième vol en 12 mois.", "troisième vol"),
    ("Il s'agissait de 200 manifestants venus de Brisac.", "manifestants venus"),
    ("Il a été hospitalisé pendant 3 semaines.", "hospitalisé"),
    ("Cet accident a fait 4 blessés.", "accident a fait"),
    ("Elle a versé 15 000 euros à la commune.", "versé"),
    ("Ce n'est pas la première fois : 3 vols ont eu lieu en mars.", "première fois"),
    ("Celui-ci a déclaré 2 000 euros de revenus.", "revenus"),
]
STANDALONE = [
    ("C'est le maire qui a signé 3 arrêtés contre le bruit.", "le maire qui a signé"),
    ("Le suspect est un homme de 36 ans originaire de Brisac.", "un homme de"),
    ("Le pont de Vallon, construit en 1998, mesure 300 mètres.", "mesure"),
    ("Le maire de Vallon a versé 15 000 euros à la commune.", "versé"),
    ("La police a saisi 40 kilos de cannabis dans la voiture du suspect.", "kilos de cannabis"),
]


@pytest.mark.parametrize(("sentence", "piece"), FRAGMENTS)
def test_a_fragment_without_its_referent_is_dropped(
    extract_text: Any, sentence: str, piece: str
) -> None:
    explanation = cards(extract_text, CONTEXT + sentence)
    assert not [q.prompt for q in explanation.kept if piece in q.prompt.replace("’", "'")]


@pytest.mark.parametrize(("sentence", "piece"), STANDALONE)
def test_a_sentence_that_names_its_subject_stays(
    extract_text: Any, sentence: str, piece: str
) -> None:
    explanation = cards(extract_text, CONTEXT + sentence)
    assert [q.prompt for q in explanation.kept if piece in q.prompt.replace("’", "'")]


# --- family 3: the answer given away in another form ------------------------------------------


def _card(prompt: str, answer: str, kind: str = "basic", fact_type: str = "event") -> Any:
    from generators.records import Question

    return Question(
        id="q",
        fact_id="f",
        template="t",
        kind=kind,
        prompt=prompt,
        answer=answer,
        fact_type=fact_type,
    )


GIVEN = [
    ("En quelle année le club a-t-il fini la saison 2014-15 en tête ?", "2015", "basic"),
    ("En quelle année s'est achevée la saison 2019/2020 du club ?", "2020", "basic"),
    ("En quelle année a commencé l'exercice 2008-09 de la mairie ?", "2008", "basic"),
    ("Le club a fini en tête de la saison 2014-15 en {{c1::2015}}.", "2015", "cloze"),
    ("Combien d'euros coûte le pont de 12000 euros ?", "12 000", "basic"),
    ("Le budget de {{c1::2 000}} euros, soit 2000 euros par an, est voté.", "2 000", "cloze"),
    ("Quel sigle correspond à « Union des pêcheurs de Vallon » ?", "UPV", "basic"),
    ("Quel sigle correspond à « Office national des forêts » ?", "ONF", "basic"),
]
NOT_GIVEN = [
    ("En quelle année le club a-t-il fini la saison 2014-15 en tête ?", "2017", "basic"),
    ("Combien d'euros coûte le pont de 12 000 mètres ?", "3 000", "basic"),
    ("Le club a gagné en {{c1::2015}} après la saison 2010-11.", "2015", "cloze"),
    ("Quel sigle correspond à « Union des pêcheurs de Vallon » ?", "FPV", "basic"),
    ("Entre 1998 et 2003, combien de ponts ont été construits ?", "2001", "basic"),
]


@pytest.mark.parametrize(("prompt", "answer", "kind"), GIVEN)
def test_an_answer_in_another_form_is_given_away(prompt: str, answer: str, kind: str) -> None:
    from generators.questions.giveaway import other_form

    fact_type = "acronym" if "sigle" in prompt else "event"
    assert other_form(_card(prompt, answer, kind, fact_type))


@pytest.mark.parametrize(("prompt", "answer", "kind"), NOT_GIVEN)
def test_an_answer_not_shown_is_not_given_away(prompt: str, answer: str, kind: str) -> None:
    from generators.questions.giveaway import other_form

    fact_type = "acronym" if "sigle" in prompt else "event"
    assert not other_form(_card(prompt, answer, kind, fact_type))


def test_a_season_card_is_dropped_by_the_builder(extract_text: Any) -> None:
    body = "Le club de Vallon a remporté le championnat de la saison 2014-15 le 20 mai 2015."
    explanation = cards(extract_text, body)
    assert not [q for q in explanation.kept if q.answer.endswith("2015") and "2014-15" in q.prompt]
