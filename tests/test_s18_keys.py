"""Session 18, issue 15: the main story gets asked (a deck asks an article's key facts).

Families, each on invented sentences (names, places and numbers made up): a weekday after « ce »
opening a sentence is dated whole (« Ce lundi, » → « Le 21 mai 2018, »), a night between two
weekdays is dated (« la nuit de mercredi à jeudi » → « la nuit du 23 au 24 mars 2016 »), « il y a »
that says what there is does not make a card need the article's day, and a small toll (« deux
militaires sont blessés ») is no trivia.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from generators.extract import indexing
from generators.extract import pipeline as nlp_module
from generators.extract.context import Context
from generators.extract.types import action
from generators.questions import explain_questions
from generators.questions.index import ArticleIndex
from generators.questions.phrasing import gapped_clause
from generators.questions.pronouns import name_the_presented, name_the_pronoun
from generators.questions.retouch import retime
from generators.questions.score import signals
from generators.questions.standalone import existential_there
from generators.questions.subjects import long_subject
from generators.records import CLOZE, Fact, Question, Selection
from generators.source.article import parse_bytes


def kept(extract_text: Any, text: str, date: str = "2018-05-22") -> list[Question]:
    facts = extract_text(text)
    header = {"slug": "t", "title": text.split("\n", 1)[0], "date": date}
    return explain_questions(facts, header).kept


# --- « Ce lundi, … » opening a sentence: the whole phrase is dated


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ce lundi, la firme Zorbal a annoncé le rachat de Quintix.",
            "Le 21 mai 2018, la firme Zorbal a annoncé le rachat de Quintix.",
        ),
        (
            "Ce samedi, le club de Vallon a perdu son match.",
            "Le 19 mai 2018, le club de Vallon a perdu son match.",
        ),
        (
            "Cet été, ce mardi, la mairie a voté le budget.",
            "Cet été, le 22 mai 2018, la mairie a voté le budget.",
        ),
        (
            "Ce lundi, 312 stations-service sont en rupture de carburant.",
            "En mai 2018, 312 stations-service sont en rupture de carburant.",
        ),
        (
            "La firme Zorbal a annoncé ce lundi le rachat de Quintix.",
            "La firme Zorbal a annoncé le 21 mai 2018 le rachat de Quintix.",
        ),
        (
            "Ce jeudi soir, la police a arrêté un suspect.",
            "Le 17 mai 2018 au soir, la police a arrêté un suspect.",
        ),
    ],
)
def test_a_weekday_after_ce_is_dated_whole(text: str, expected: str) -> None:
    assert retime(text, "2018-05-22") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ce lundi, 312 stations-service sont en rupture de carburant.",
            "Le 21 mai 2018, 312 stations-service sont en rupture de carburant.",
        ),
        ("Lundi, la mairie reste fermée.", "Le 21 mai 2018, la mairie reste fermée."),
    ],
)
def test_the_articles_own_weekday_is_its_date(text: str, expected: str) -> None:
    assert retime(text, "2018-05-21") == expected


@pytest.mark.parametrize(
    "text",
    [
        # « Ce lundi 21 mai » is said « Le lundi 21 mai 2018 » now: tests/test_s22_dates.py
        "Chaque lundi, la firme publie ses ventes.",  # habitual
        "Du lundi au vendredi, le musée est ouvert.",  # a range
        "Ce livre a été publié en mars.",  # « ce » before another word
    ],
)
def test_a_weekday_that_needs_no_date_stays(text: str) -> None:
    assert retime(text, "2018-05-22") == text


def test_a_cloze_opening_on_ce_lundi_is_kept(extract_text: Any) -> None:
    text = (
        "Zorbal rachète Quintix\n\n22 mai 2018. –\n"
        "Ce lundi, la firme californienne Zorbal a annoncé le rachat de l'entreprise Quintix "
        "pour 1,75 milliard de dollars."
    )
    prompts = [q.prompt for q in kept(extract_text, text) if q.kind == CLOZE]
    assert any(p.startswith("Le 21 mai 2018, la firme californienne Zorbal") for p in prompts)
    assert not any(p.startswith("Ce ") for p in prompts)


# --- « la nuit de mercredi à jeudi »: the night is dated


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        (
            "Les résultats sont tombés dans la nuit de mercredi à jeudi.",
            "2016-03-24",
            "Les résultats sont tombés dans la nuit du 23 au 24 mars 2016.",
        ),
        (
            "Un car s'est renversé dans la nuit de vendredi à samedi près de Vallon.",
            "2016-03-24",
            "Un car s'est renversé dans la nuit du 18 au 19 mars 2016 près de Vallon.",
        ),
        (
            "Dans la nuit de dimanche à lundi, un incendie a détruit la halle.",
            "2016-03-01",
            "Dans la nuit du 28 au 29 février 2016, un incendie a détruit la halle.",
        ),
        (
            "Le vote aura lieu dans la nuit de jeudi à vendredi.",
            "2016-03-22",
            "Le vote aura lieu dans la nuit du 24 au 25 mars 2016.",
        ),
        (
            "La crue a eu lieu dans la nuit de lundi à mardi.",
            "2016-04-01",
            "La crue a eu lieu dans la nuit du 28 au 29 mars 2016.",
        ),
    ],
)
def test_a_night_between_two_weekdays_is_dated(text: str, date: str, expected: str) -> None:
    assert retime(text, date) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Un incendie a eu lieu dans la nuit du 3 au 4 mars.",  # already dated
        "Les bars ferment dans la nuit de jeudi à vendredi.",  # present: which week?
    ],
)
def test_a_night_without_a_sure_date_stays(text: str) -> None:
    assert retime(text, "2016-03-24") == text


def test_a_night_that_is_not_one_night_is_not_dated() -> None:
    assert "nuit du" not in retime("La grève a duré de la nuit de lundi à mercredi.", "2016-03-24")


# --- « il y a »: a span of time, or what there is


@pytest.mark.parametrize(
    "text",
    [
        "il y a au moins trois personnes tuées et 15 blessés",
        "il y a eu des blessés",
        "il y a des signatures",
        "il y a entre 600 et 800 manifestants",
        "selon la police, il y a 130 morts",
        "il y a 3 milliards d'années, la lune",
    ],
)
def test_il_y_a_that_says_what_there_is_is_no_date(text: str) -> None:
    assert "il y a" not in existential_there(text)


@pytest.mark.parametrize(
    "text",
    [
        "il y a six ans, la ville",
        "il y a 6 ans, les troupes",
        "il y a quelques semaines",
        "il y a … ans, les troupes",
        "il y a peu, la mairie",
        "il y a plus de deux mois",
    ],
)
def test_il_y_a_before_a_span_of_time_stays_a_date(text: str) -> None:
    assert "il y a" in existential_there(text)


def test_a_toll_after_il_y_a_is_asked(extract_text: Any) -> None:
    text = (
        "Prise d'otages à Vallon\n\n23 mars 2018. – Une prise d'otages a eu lieu dans un magasin "
        "de Vallon. Il y a au moins trois personnes tuées et 17 personnes blessées."
    )
    answers = {q.answer for q in kept(extract_text, text, "2018-03-23")}
    assert answers & {"trois", "17", "3"}


# --- a small toll is no trivia


def _cloze(prompt: str, answer: str) -> Question:
    return Question(
        id="q",
        fact_id="f",
        template="quantity-cloze",
        kind=CLOZE,
        prompt=prompt,
        answer=answer,
        source="",
        fact_type="quantity",
    )


@pytest.mark.parametrize(
    ("prompt", "answer"),
    [
        ("{{c1::Deux}} militaires sont blessés grièvement.", "Deux"),
        ("La condition de {{c1::quatre}} victimes est grave.", "quatre"),
        ("{{c1::Deux}} manifestants ont alors été tués.", "Deux"),
        ("Il y a au moins {{c1::trois}} personnes tuées et 15 blessés.", "trois"),
        ("{{c1::Trois}} randonneurs sont toujours portés disparus.", "Trois"),
        ("L'accident a fait {{c1::quatre}} morts.", "quatre"),
    ],
)
def test_a_small_toll_is_no_trivia(prompt: str, answer: str) -> None:
    assert "small count" not in dict(signals(_cloze(prompt, answer)))


@pytest.mark.parametrize(
    ("prompt", "answer"),
    [
        ("La course compte {{c1::deux}} podiums.", "deux"),
        ("L'attaque a été menée par {{c1::trois}} ou quatre hommes.", "trois"),
        ("Le club a gagné {{c1::deux}} titres, dont un après la mort de son fondateur.", "deux"),
        ("Le gouvernement a {{c1::trois}} semaines pour répondre.", "trois"),
    ],
)
def test_a_small_count_that_is_no_toll_stays_trivia(prompt: str, answer: str) -> None:
    assert "small count" in dict(signals(_cloze(prompt, answer)))


def test_a_small_toll_makes_a_card(extract_text: Any) -> None:
    text = (
        "Vallon : une voiture fonce sur des gendarmes\n\n12 août 2017. – À Vallon, une voiture "
        "a renversé six gendarmes devant la caserne. Deux gendarmes sont grièvement blessés, les "
        "autres légèrement."
    )
    answers = {q.answer.lower() for q in kept(extract_text, text, "2017-08-12")}
    assert "deux" in answers


# --- a figure of a long lead sentence: the clause on its own subject, not a cut fragment

LONG = (
    "Ce jeudi, le club de football lyonnais Vallon Sports a payé une indemnité de transfert de "
    "147 millions d'euros pour l'attaquant portugais Tiago Mendel, venu du FC Porvoo, ce qui en "
    "fait le joueur le plus cher de l'histoire du club, devant le précédent transfert de Marc "
    "Anselme en 2011."
)


@pytest.mark.parametrize(
    "text",
    [
        "le club de football lyonnais Vallon Sports a payé une indemnité",
        "une frappe aérienne a tué 40 soldats",
        "la ville a voté le budget",
        "les habitants de la commune de Vallon ont voté",
        "l'entreprise américaine Zorbal Systems a annoncé le rachat",
        "des chercheurs de l'université de Vallon ont montré",
    ],
)
def test_a_long_subject_opens_a_clause(text: str) -> None:
    assert long_subject(text)


@pytest.mark.parametrize(
    "text",
    [
        "le club et la ville ont signé",  # two subjects joined: not read left to right
        "le club qui a signé",  # a relative clause
        "le club ne peut pas signer",  # a negation before the verb
        "a payé une indemnité",  # no subject
        "ancien joueur du club, il a signé",  # no determiner
        "les huit juges de la plus haute instance judiciaire de Corée du Sud ont confirmé",  # too long
        "le club, fondé en 1950, a signé",  # a comma inside
    ],
)
def test_no_long_subject(text: str) -> None:
    assert not long_subject(text)


def test_the_figure_of_a_long_sentence_is_gapped_in_its_own_clause() -> None:
    found = gapped_clause(LONG, "147 millions")
    assert not found["truncated"]
    assert found["cloze_text"].startswith(
        "Le club de football lyonnais Vallon Sports a payé une indemnité de transfert de "
        "{{c1::147 millions}} d'euros"
    )


def test_a_short_sentence_keeps_its_opening() -> None:
    sentence = "Hier avant l'aube, des inconnus ont incendié deux voitures à Vallon, faisant trois blessés."
    found = gapped_clause(sentence, "trois")
    assert found["cloze_text"].startswith("Hier avant l'aube, des inconnus")


def test_a_headline_figure_in_a_long_lead_sentence_is_asked(extract_text: Any) -> None:
    text = f"Football : Vallon Sports paie 147 millions d'euros pour Tiago Mendel\n\n12 août 2017. –\n{LONG}"
    answers = {q.answer for q in kept(extract_text, text, "2017-08-12")}
    assert "147 millions" in answers


# --- « Il »/« Elle » opening a card: the article's main person, when the article leaves no doubt


def _person(name: str, role: str, gender: str, sentence: str) -> Fact:
    fields = {"person": name, "role": role, "gender": gender, "role_gender": gender}
    return Fact("person_role", sentence, 0, len(sentence), fields, id=f"p-{name}")


def _index(title: str, text: str, people: list[tuple[str, str, str]]) -> ArticleIndex:
    facts = [_person(name, role, gender, text) for name, role, gender in people]
    return ArticleIndex.build(facts, {"title": title, "text": text})


def _card(prompt: str, source: str) -> Question:
    return Question(
        id="q",
        fact_id="f",
        template="quantity-cloze",
        kind=CLOZE,
        prompt=prompt,
        answer="27",
        source=source,
        fact_type="quantity",
    )


CONGO = (
    "Paul Ndoumbe a été réélu à la tête du Wakanda. Le président sortant a obtenu 61 % des voix. "
    "Il cumulait déjà 27 ans de pouvoir."
)


def test_il_after_the_main_person_is_named() -> None:
    index = _index(
        "Wakanda : Paul Ndoumbe réélu", CONGO, [("Paul Ndoumbe", "président sortant", "m")]
    )
    card = _card(
        "Il cumulait déjà {{c1::27}} ans de pouvoir.", "Il cumulait déjà 27 ans de pouvoir."
    )
    assert name_the_pronoun(card, index).prompt == (
        "Paul Ndoumbe cumulait déjà {{c1::27}} ans de pouvoir."
    )


def test_il_through_a_chain_of_pronouns() -> None:
    text = (
        "La police a procédé à l'arrestation de Marc Vidal à la frontière. Il est accusé de "
        "sédition. Il risque jusqu'à 15 ans de prison."
    )
    index = _index(
        "Marc Vidal arrêté en Allemagne", text, [("Marc Vidal", "ancien président", "m")]
    )
    card = _card(
        "Il risque jusqu'à {{c1::15}} ans de prison.", "Il risque jusqu'à 15 ans de prison."
    )
    assert name_the_pronoun(card, index).prompt.startswith("Marc Vidal risque")


def test_elle_for_a_woman_of_the_title() -> None:
    text = "Léa Morin a remporté la course de Vallon. Elle a couru 42 kilomètres en deux heures."
    index = _index("Vallon : Léa Morin gagne", text, [("Léa Morin", "coureuse", "f")])
    card = _card(
        "Elle a couru {{c1::42}} kilomètres en deux heures.",
        "Elle a couru 42 kilomètres en deux heures.",
    )
    assert name_the_pronoun(card, index).prompt.startswith("Léa Morin a couru")


def test_a_completion_names_the_person_inside_its_quote() -> None:
    index = _index(
        "Wakanda : Paul Ndoumbe réélu", CONGO, [("Paul Ndoumbe", "président sortant", "m")]
    )
    card = _card(
        "Complétez : « Il cumulait déjà … ans de pouvoir. »", "Il cumulait déjà 27 ans de pouvoir."
    )
    assert name_the_pronoun(card, index).prompt == (
        "Complétez : « Paul Ndoumbe cumulait déjà … ans de pouvoir. »"
    )


@pytest.mark.parametrize(
    ("title", "text", "people", "prompt"),
    [
        (  # another man named just before: which one?
            "Patinage : Ken Arata déclare forfait",
            "Ken Arata ne participera pas à la finale. Tom Messer le remplace. Il avait gagné "
            "trois titres.",
            [("Ken Arata", "patineur", "m"), ("Tom Messer", "patineur", "m")],
            "Il avait gagné {{c1::trois}} titres.",
        ),
        (  # an impersonal « il »
            "Vallon : Paul Ndoumbe arrêté",
            "Paul Ndoumbe a été arrêté. Il s'agit d'un homme de 36 ans.",
            [("Paul Ndoumbe", "suspect", "m")],
            "Il s'agit d'un homme de {{c1::36}} ans.",
        ),
        (  # an impersonal « il est … de »
            "Vallon : Paul Ndoumbe arrêté",
            "Paul Ndoumbe a été arrêté. Il est probable de voir 12 procès.",
            [("Paul Ndoumbe", "suspect", "m")],
            "Il est probable de voir {{c1::12}} procès.",
        ),
        (  # the title names two people
            "Paul Ndoumbe et Marc Vidal signent",
            "Paul Ndoumbe a signé l'accord. Il a versé 12 millions.",
            [("Paul Ndoumbe", "président", "m"), ("Marc Vidal", "ministre", "m")],
            "Il a versé {{c1::12}} millions.",
        ),
        (  # the pronoun's gender is not the person's
            "Wakanda : Paul Ndoumbe réélu",
            "Paul Ndoumbe a été réélu. Elle compte 12 régions.",
            [("Paul Ndoumbe", "président", "m")],
            "Elle compte {{c1::12}} régions.",
        ),
        (  # the sentence before names nobody: « il » may be a thing
            "Wakanda : Paul Ndoumbe réélu",
            "Paul Ndoumbe a été réélu. Le budget a été voté hier. Il prévoit 12 millions.",
            [("Paul Ndoumbe", "président", "m")],
            "Il prévoit {{c1::12}} millions.",
        ),
        (  # the title names nobody and the sentence before does not open on the man (since
            # session 27 a sentence opening on him names him: test_s27_cards)
            "Wakanda : élection présidentielle",
            "Le parlement a confirmé Paul Ndoumbe. Il a obtenu 61 % des voix.",
            [("Paul Ndoumbe", "président", "m")],
            "Il a obtenu {{c1::61}} % des voix.",
        ),
    ],
)
def test_a_pronoun_in_doubt_is_left(
    title: str, text: str, people: list[tuple[str, str, str]], prompt: str
) -> None:
    source = re.sub(r"\{\{c\d+::(.*?)\}\}", r"\1", prompt)
    card = _card(prompt, source)
    assert name_the_pronoun(card, _index(title, text, people)) == card


def test_a_named_pronoun_card_is_kept(extract_text: Any) -> None:
    text = (
        "Wakanda : le président Paul Ndoumbe réélu\n\n24 mars 2016. –\n"
        "Paul Ndoumbe a été réélu dès le premier tour à la tête de la République du Wakanda. "
        "Selon les résultats officiels, le président sortant a obtenu 61 % des suffrages. "
        "Il cumulait déjà 27 ans de pouvoir à la tête du Wakanda."
    )
    facts = extract_text(text)
    body = text.split("–\n", 1)[1]
    header = {"slug": "t", "title": text.split("\n", 1)[0], "date": "2016-03-24", "text": body}
    prompts = [q.prompt for q in explain_questions(facts, header).kept]
    assert any(p.startswith("Paul Ndoumbe cumulait déjà") for p in prompts)


# --- a compound duration is no one figure to gap


def _all(extract_text: Any, text: str) -> list[Question]:
    facts = extract_text(text)
    header = {"slug": "t", "title": text.split("\n", 1)[0], "date": "2017-03-12"}
    return explain_questions(facts, header, selection=Selection(per_fact=0)).kept


def test_a_compound_duration_is_not_gapped(extract_text: Any) -> None:
    text = (
        "Duathlon : Marc Vidal champion\n\n12 mars 2017. – Marc Vidal remporte à Vallon en "
        "1 heure, 21 minutes et 14 secondes son troisième titre national."
    )
    for question in _all(extract_text, text):
        assert "heure, 21 minutes" not in question.prompt or "…" not in question.prompt
        assert "{{c1::1}} heure" not in question.prompt


@pytest.mark.parametrize(
    ("sentence", "gapped"),
    [
        ("La commission passe de 20 à 25 % des courses à Vallon.", "20"),
        ("Le salaire minimum net atteint 1 187,35 euros par mois à Vallon.", "1 187,35"),
    ],
)
def test_a_range_or_a_long_number_is_still_gapped(
    extract_text: Any, sentence: str, gapped: str
) -> None:
    text = f"Vallon : les chiffres\n\n12 mars 2017. – {sentence}"
    prompts = [q.prompt for q in _all(extract_text, text)]
    assert any(f"{{{{c1::{gapped}}}}}" in p for p in prompts)


# --- the story's main clause, read where the parser misplaces its parts (extraction)


def _actions(nlp: Any, body: str, title: str = "Un titre inventé") -> list[dict[str, Any]]:
    header = f"{title}\ndate 2021-03-04\n\n"
    article = parse_bytes((header + body).encode(), source="t.txt", slug="t")
    docs = nlp_module.parse(article.clean)
    ctx = Context(article)
    ctx.names = indexing.index(docs, ctx)
    return [dict(f.fields) for offset, doc in docs for f in action.extract(doc, offset, ctx)]


def _of(nlp: Any, body: str, verb: str) -> list[dict[str, Any]]:
    return [f for f in _actions(nlp, body) if f["verb"] == verb]


@pytest.mark.parametrize(
    ("sentence", "verb", "actor"),
    [
        (
            "Paul Vernier, professeur émérite de l'Université de Vallon, spécialisé en droit "
            "public, est décédé le 28 juillet à l'âge de 91 ans.",
            "décéder",
            "Paul Vernier",
        ),
        (
            "Marie Castel, ancienne ministre, connue pour ses romans, est morte à l'âge de 84 ans.",
            "mourir",
            "Marie Castel",
        ),
        (
            "Le parlement de Vallon, réuni en session extraordinaire, a adopté la loi sur l'eau.",
            "adopter",
            "Le parlement de Vallon",
        ),
    ],
)
def test_a_subject_hung_on_a_fronted_participle_is_the_verbs(
    nlp: Any, sentence: str, verb: str, actor: str
) -> None:
    (fact,) = _of(nlp, sentence, verb)
    assert fact["actor"] == actor


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        ("Arrivé à Vallon en mars, le convoi a été bloqué.", "bloquer"),  # no story verb
        ("Selon la police, la voiture a été retrouvée vide.", "retrouver"),
    ],
)
def test_no_subject_borrowed_when_none_is_hung(nlp: Any, sentence: str, verb: str) -> None:
    assert _of(nlp, sentence, verb) == []


def test_the_age_of_a_death_with_a_fronted_participle_is_asked(extract_text: Any) -> None:
    text = (
        "Nécrologie : mort de Paul Vernier\n\n13 août 2017. –\nPaul Vernier, professeur émérite "
        "de l'Université de Vallon, spécialisé en droit public (et spécialement en droit fiscal), "
        "est décédé le 28 juillet dernier à l'âge de 91 ans."
    )
    asked = {(q.prompt, q.answer) for q in kept(extract_text, text, "2017-08-13")}
    assert ("À quel âge Paul Vernier est-il décédé ?", "à 91 ans") in asked


@pytest.mark.parametrize(
    ("sentence", "verb", "what"),
    [
        (
            "Paul Ndoumbe a été réélu dès le premier tour à la tête de la République du Wakanda.",
            "réélire",
            "à la tête de la République du Wakanda",
        ),
        (
            "Léa Morin a été élue dimanche à la tête du conseil régional de Vallon.",
            "élire",
            "à la tête du conseil régional de Vallon",
        ),
        (
            "Marc Vidal a été nommé en mars à la présidence de la banque de Vallon.",
            "nommer",
            "à la présidence de la banque de Vallon",
        ),
    ],
)
def test_the_post_of_an_appointment_is_its_complement(
    nlp: Any, sentence: str, verb: str, what: str
) -> None:
    (fact,) = _of(nlp, sentence, verb)
    assert fact["complement"] == what


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        ("Paul Ndoumbe a été réélu avec 61 % des voix.", "réélire"),  # no post named
        ("Léa Morin a été élue à Vallon.", "élire"),  # a place, not a post
    ],
)
def test_no_post_without_its_noun(nlp: Any, sentence: str, verb: str) -> None:
    for fact in _of(nlp, sentence, verb):
        assert not str(fact.get("complement") or "").startswith(("à la tête", "à la présidence"))


@pytest.mark.parametrize(
    ("sentence", "verb", "what"),
    [
        (
            "Le parlement de Vallon a adopté la loi interdisant les pesticides.",
            "adopter",
            "la loi interdisant les pesticides",
        ),
        (
            "L'assemblée du Wakanda a adopté la loi décidant le retrait du pays du traité de Vallon.",
            "adopter",
            "la loi décidant le retrait du pays du traité de Vallon",
        ),
        (
            "Le conseil a rejeté le projet prévoyant la fermeture de la gare.",
            "rejeter",
            "le projet prévoyant la fermeture de la gare",
        ),
    ],
)
def test_a_definite_object_keeps_its_participle_description(
    nlp: Any, sentence: str, verb: str, what: str
) -> None:
    (fact,) = _of(nlp, sentence, verb)
    assert fact["object"] == what


@pytest.mark.parametrize(
    ("sentence", "verb", "what"),
    [
        ("Le conseil a adopté la loi sur l'eau.", "adopter", "la loi sur l'eau"),
        (
            "Le parlement a adopté le budget de la ville de Vallon, prévoyant des coupes.",
            "adopter",
            "le budget de la ville de Vallon",
        ),
    ],
)
def test_a_longer_object_takes_no_description(
    nlp: Any, sentence: str, verb: str, what: str
) -> None:
    (fact,) = _of(nlp, sentence, verb)
    assert fact["object"] == what


def test_the_law_voted_is_asked(extract_text: Any) -> None:
    text = (
        "Wakanda : l'assemblée acte le retrait du traité de Vallon\n\n12 octobre 2016. – "
        "L'assemblée nationale du Wakanda a adopté la loi décidant le retrait du pays du traité "
        "de Vallon."
    )
    answers = {q.answer for q in kept(extract_text, text, "2016-10-12")}
    assert answers & {
        "la loi décidant le retrait du pays du traité de Vallon",
        "l’assemblée nationale du Wakanda",
    }


# --- « Il s'agit d'un homme de 36 ans »: the role noun of the sentence before says whom


def _presented_card(text: str, prompt: str) -> Question:
    source = re.sub(r"\{\{c\d+::(.*?)\}\}", r"\1", prompt)
    return _card(prompt, source)


@pytest.mark.parametrize(
    ("before", "prompt", "expected"),
    [
        (
            "Le suspect a été arrêté dans l'après-midi par la police.",
            "C'est un homme de {{c1::41}} ans installé à Vallon.",
            "Le suspect est un homme de {{c1::41}} ans installé à Vallon.",
        ),
        (
            "La prise d'otages a pris fin vers midi, lorsque l'assaillant a été tué.",
            "Il s'agit d'un homme de {{c1::27}} ans.",
            "L’assaillant est un homme de {{c1::27}} ans.",
        ),
        (
            "La brigade a interpellé l'agresseur dans la soirée.",
            "Il s'agirait d'un homme âgé de {{c1::33}} ans.",
            "L’agresseur serait un homme âgé de {{c1::33}} ans.",
        ),
        (
            "La victime a été transportée à l'hôpital de Vallon.",
            "Il s'agit d'une randonneuse de {{c1::58}} ans.",
            "La victime est une randonneuse de {{c1::58}} ans.",
        ),
        (
            "Le conducteur du car a perdu la vie dans l'accident.",
            "C'était un homme de {{c1::52}} ans.",
            "Le conducteur était un homme de {{c1::52}} ans.",
        ),
        (
            "Le tireur a été abattu par la police.",
            "Complétez : « Il s'agit d'un homme de … ans. »",
            "Complétez : « Le tireur est un homme de … ans. »",
        ),
    ],
)
def test_a_presented_person_is_named_by_the_role_before(
    before: str, prompt: str, expected: str
) -> None:
    source = re.sub(
        r"\{\{c\d+::(.*?)\}\}", r"\1", prompt.replace("Complétez : « ", "").rstrip(" »")
    )
    source = source.replace("…", "41")
    text = f"{before} {source}"
    index = _index("Vallon : une attaque", text, [])
    card = _card(prompt, source)
    assert name_the_presented(card, index).prompt == expected


@pytest.mark.parametrize(
    ("before", "prompt"),
    [
        (  # two role nouns before: which one?
            "Le suspect a blessé la victime à Vallon.",
            "Il s'agit d'un homme de {{c1::41}} ans.",
        ),
        (  # an indefinite noun is no one named yet
            "Un suspect a été arrêté à Vallon.",
            "Il s'agit d'un homme de {{c1::41}} ans.",
        ),
        (  # no role noun
            "La police a bouclé le quartier de Vallon.",
            "Il s'agit d'un homme de {{c1::41}} ans.",
        ),
        (  # « C'est X qui … » presents nothing
            "Le suspect a été arrêté à Vallon.",
            "C'est la police qui a arrêté {{c1::deux}} hommes.",
        ),
        (  # the presentative is not at the start
            "Le suspect a été arrêté à Vallon.",
            "Selon la police, il s'agit d'un homme de {{c1::41}} ans.",
        ),
    ],
)
def test_a_presentative_in_doubt_is_left(before: str, prompt: str) -> None:
    source = re.sub(r"\{\{c\d+::(.*?)\}\}", r"\1", prompt)
    index = _index("Vallon : une attaque", f"{before} {source}", [])
    card = _card(prompt, source)
    assert name_the_presented(card, index) == card


def test_the_attackers_age_is_asked(extract_text: Any) -> None:
    text = (
        "Vallon : un homme fonce sur des gendarmes\n\n12 août 2017. – À Vallon, une voiture a "
        "renversé six gendarmes devant la caserne. Le suspect a été arrêté dans l'après-midi par "
        "la police. C'est un homme de 41 ans installé dans la commune voisine."
    )
    facts = extract_text(text)
    body = text.split("– ", 1)[1]
    header = {"slug": "t", "title": text.split("\n", 1)[0], "date": "2017-08-12", "text": body}
    prompts = [q.prompt for q in explain_questions(facts, header).kept]
    assert any(p.startswith("Le suspect est un homme de {{c1::41}} ans") for p in prompts)


# --- where the story's event took place: « Où … s'est-elle déroulée ? »


def _where(extract_text: Any, sentence: str) -> list[tuple[str, str]]:
    facts = extract_text(f"Vallon : un titre\n\n10 avril 2016. – {sentence}")
    header = {"slug": "t", "title": "Vallon : un titre", "date": "2016-04-10"}
    found = explain_questions(facts, header, selection=Selection(per_fact=0)).kept
    return [(q.prompt, q.answer) for q in found if q.template == "action-ou"]


@pytest.mark.parametrize(
    ("sentence", "prompt", "answer"),
    [
        (
            "La seconde étape du tour de Vallon s'est déroulée samedi à Dijon.",
            "Où la seconde étape du tour de Vallon s’est-elle déroulée le 9 avril 2016 ?",
            "à Dijon",
        ),
        (
            "Les championnats de France de natation se sont déroulés dimanche à Angers.",
            "Où les championnats de France de natation se sont-ils déroulés le 10 avril 2016 ?",
            "à Angers",
        ),
        (
            "Un accident d'un car de voyage belge est survenu peu avant minuit à Grenoble.",
            "Où un accident d’un car de voyage belge est-il survenu en avril 2016 ?",
            "à Grenoble",
        ),
        (
            "La collision entre deux trains s'est produite lundi à Poitiers.",
            "Où la collision entre deux trains s’est-elle produite le 4 avril 2016 ?",
            "à Poitiers",
        ),
        (
            "La finale de la coupe de Vallon s'est déroulée à Besançon devant 20 000 spectateurs.",
            "Où la finale de la coupe de Vallon s’est-elle déroulée en avril 2016 ?",
            "à Besançon",
        ),
    ],
)
def test_where_the_event_took_place_is_asked(
    extract_text: Any, sentence: str, prompt: str, answer: str
) -> None:
    assert (prompt, answer) in _where(extract_text, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "L'épreuve s'est déroulée à Dijon.",  # « l'épreuve » names no one event
        "La course s'est déroulée sous la pluie.",  # no place
        "Le vote s'est déroulé dans le calme.",  # no place
        "La seconde étape du tour de Vallon se déroulera samedi à Dijon.",  # not yet
        "La seconde étape du tour de Vallon ne s'est pas déroulée à Dijon.",  # negated
        "Le maire a déroulé le tapis rouge à Dijon.",  # not « se dérouler »
    ],
)
def test_no_where_without_an_event_and_its_place(extract_text: Any, sentence: str) -> None:
    assert _where(extract_text, sentence) == []
