"""Cards of session 17 (third round): one right answer to a « Qui … ? » card (no second head of
the same body, no second doer of the same deed, no bare « la Cour »), and distractors that are
wrong and of the answer's kind (no organisation among people, no description among names, no
head of the body that spoke, no date the sentence writes or brackets, no figure the sentence
writes). Invented articles and facts, through the real question builder."""

from __future__ import annotations

from typing import Any

import pytest

from generators.questions import Explanation, explain_questions, generate
from generators.questions.templates import load_templates
from generators.records import Fact, Selection

HEADER = {"slug": "t", "title": "Vallon : une semaine agitée", "date": "2021-04-08"}


def from_text(extract_text: Any, body: str) -> Explanation:
    facts = extract_text(f"{HEADER['title']}\n\n{body}")
    return explain_questions(facts, {**HEADER, "text": body}, selection=Selection(per_fact=0))


def from_facts(*specs: tuple[str, str, dict[str, Any]]) -> Explanation:
    facts = [
        Fact(kind, sentence, 100 * i, 100 * i + len(sentence), fields, id=f"t:{kind}:{i}")
        for i, (kind, sentence, fields) in enumerate(specs)
    ]
    text = " ".join(sentence for _, sentence, _ in specs)
    return generate(facts, load_templates().values(), header={**HEADER, "text": text}, per_fact=0)


def kept(explanation: Explanation, start: str) -> list[Any]:
    return [q for q in explanation.kept if q.template.startswith(start)]


def reasons(explanation: Explanation, start: str) -> list[str]:
    return [r.reason for r in explanation.rejected if r.question.template.startswith(start)]


def leads(leader: str, entity: str, sentence: str, gender: str = "m") -> tuple[str, str, dict]:
    return (
        "leads",
        sentence,
        {"leader": leader, "entity": entity, "via": "title", "leader_gender": gender},
    )


def role(person: str, title: str, sentence: str, gender: str = "m") -> tuple[str, str, dict]:
    return ("person_role", sentence, {"person": person, "role": title, "gender": gender})


def action(actor: str, verb: str, predicate: str, obj: str, sentence: str) -> tuple[str, str, dict]:
    return (
        "action",
        sentence,
        {
            "actor": actor,
            "actor_is_person": True,
            "gender": "m",
            "number": "sg",
            "verb": verb,
            "kind": "win",
            "voice": "active",
            "predicate": predicate,
            "object": obj,
            "actor_source": "name",
            "weight": 0.65,
        },
    )


# --- family 1: one right answer to « Qui … ? » ----------------------------------------------

S_DELORME = "Le directeur de l'Agence des eaux de Vallon, Marc Delorme, a fermé trois puits."
S_GARNIER = "Paul Garnier, directeur de l'Agence des eaux de Vallon, a confirmé la fermeture."


def test_two_heads_of_one_body_drop_the_who_leads_card() -> None:
    explanation = from_facts(
        leads("Marc Delorme", "Agence des eaux de Vallon", S_DELORME),
        leads("Paul Garnier", "Agence des eaux de Vallon", S_GARNIER),
    )
    assert kept(explanation, "leads-qui-dirige") == []
    assert any("also leads" in r for r in reasons(explanation, "leads-qui-dirige"))


def test_a_head_title_of_the_same_body_is_a_second_head() -> None:
    explanation = from_facts(
        leads("Marc Delorme", "Agence des eaux de Vallon", S_DELORME),
        role("Paul Garnier", "directeur de l'Agence des eaux de Vallon", S_GARNIER),
    )
    assert kept(explanation, "leads-qui-dirige") == []
    assert any("also heads" in r for r in reasons(explanation, "leads-qui-dirige"))


def test_must_not_fire_one_head_named_twice() -> None:
    explanation = from_facts(
        leads("Marc Delorme", "Agence des eaux de Vallon", S_DELORME),
        leads(
            "Delorme", "Agence des eaux de Vallon", "Delorme dirige l'Agence des eaux de Vallon."
        ),
        role("Marc Delorme", "directeur de l'Agence des eaux de Vallon", S_DELORME),
    )
    assert not any("also" in r for r in reasons(explanation, "leads-qui-dirige"))


def test_must_not_fire_heads_of_other_bodies() -> None:
    explanation = from_facts(
        leads("Marc Delorme", "Agence des eaux de Vallon", S_DELORME),
        leads("Paul Garnier", "Agence des eaux de Brisac", S_GARNIER.replace("Vallon", "Brisac")),
    )
    prompts = [q.prompt for q in kept(explanation, "leads-qui-dirige")]
    assert any("Vallon" in p for p in prompts) and any("Brisac" in p for p in prompts)


@pytest.mark.parametrize("entity", ["Cour", "Bureau", "Délégation", "service", "cabinet"])
def test_a_bare_institution_noun_names_no_body(entity: str) -> None:
    sentence = f"« Nous ferons face », a déclaré Lucie Marand, présidente de la {entity}."
    explanation = from_facts(leads("Lucie Marand", entity, sentence, "f"))
    assert kept(explanation, "leads-qui-dirige") == []
    assert any("names no one" in r for r in reasons(explanation, "leads-qui-dirige"))


@pytest.mark.parametrize(
    "entity", ["Cour des comptes de Vallon", "Bureau régional de Brisac", "Délégation de Vallon"]
)
def test_must_not_fire_a_named_institution(entity: str) -> None:
    sentence = f"« Nous ferons face », a déclaré Lucie Marand, présidente de la {entity}."
    explanation = from_facts(leads("Lucie Marand", entity, sentence, "f"))
    assert not any("names no one body" in r for r in reasons(explanation, "leads-qui-dirige"))


def test_the_role_card_of_a_bare_court_is_dropped(extract_text: Any) -> None:
    body = "« Nous ferons face », a déclaré Lucie Marand, présidente de la Cour."
    explanation = from_text(extract_text, body)
    assert [q.prompt for q in kept(explanation, "role-qui")] == []
    assert [q.prompt for q in kept(explanation, "leads-qui-dirige")] == []


def test_must_not_fire_the_role_card_of_a_named_town(extract_text: Any) -> None:
    body = "Le maire de Brisac, Jean Poulard, a inauguré le pont de la Dole."
    explanation = from_text(extract_text, body)
    assert kept(explanation, "role-qui") or kept(explanation, "leads-qui-dirige")


def test_a_post_handed_over_has_two_holders() -> None:
    explanation = from_facts(
        role("Hugo Bressac", "ministre de la Mer", "Le ministre de la Mer Hugo Bressac part."),
        (
            "succession",
            "Paul Vernier remplace Hugo Bressac comme ministre de la Mer.",
            {
                "predecessor": "Hugo Bressac",
                "successor": "Paul Vernier",
                "role": "ministre de la Mer",
            },
        ),
    )
    assert kept(explanation, "role-qui") == []


S_GOLD_1 = "La skieuse Anna Kettler a remporté la médaille d'or à Vallon."
S_GOLD_2 = "Le skieur Tomas Berg a remporté la médaille d'or à Vallon."


def test_two_winners_of_the_same_medal_drop_the_who_card() -> None:
    explanation = from_facts(
        action("Anna Kettler", "remporter", "a remporté", "la médaille d'or", S_GOLD_1),
        action("Tomas Berg", "remporter", "a remporté", "la médaille d'or", S_GOLD_2),
    )
    assert kept(explanation, "action-qui") == []


def test_must_not_fire_two_different_medals(extract_text: Any) -> None:
    body = (
        "La skieuse Anna Kettler a remporté la médaille d'or en descente. "
        "Le skieur Tomas Berg a remporté la médaille d'or en slalom."
    )
    explanation = from_text(extract_text, body)
    assert len(kept(explanation, "action-qui")) == 2


# --- family 2: distractors that are wrong, and of the answer's kind --------------------------

S_QUOTE = "« Nous ne céderons pas », a déclaré le Journal de Vallon."


def quote_choices(*others: tuple[str, str, dict]) -> list[str]:
    explanation = from_facts(
        ("quote", S_QUOTE, {"speaker": "Journal de Vallon", "text": "Nous ne céderons pas"}),
        *others,
    )
    made = [*kept(explanation, "quote-qui-qcm")]
    made += [r.question for r in explanation.rejected if r.question.template == "quote-qui-qcm"]
    return [c for q in made for c in q.choices]


PEOPLE = [
    role("Hervé Castel", "directeur du Journal de Vallon", "Hervé Castel dirige le titre."),
    role("Jean Poulard", "maire de Brisac", "Le maire de Brisac, Jean Poulard, s'est tu."),
    role("Sylvie Ardent", "présidente de Vallon-Nord", "Sylvie Ardent, présidente de Vallon-Nord."),
]


def test_no_person_among_organisations() -> None:
    choices = quote_choices(*PEOPLE)
    assert not {"Jean Poulard", "Sylvie Ardent"} & set(choices)


def test_the_head_of_the_body_that_spoke_is_no_distractor() -> None:
    assert "Hervé Castel" not in quote_choices(*PEOPLE)


def test_no_description_among_names() -> None:
    explanation = from_facts(
        (
            "quote",
            "« Tout va bien », a dit Marc Delorme.",
            {"speaker": "Marc Delorme", "text": "Tout va bien"},
        ),
        (
            "quote",
            "« Rien ne va », a dit un haut responsable local.",
            {"speaker": "un haut responsable local", "text": "Rien ne va"},
        ),
        *PEOPLE,
    )
    made = [q for q in explanation.kept if q.choices] + [
        r.question for r in explanation.rejected if r.question.choices
    ]
    assert made and all("un haut responsable local" not in q.choices for q in made)


def test_must_not_fire_names_among_names() -> None:
    explanation = from_facts(
        *PEOPLE,
        role("Marc Delorme", "préfet de Brisac", "Le préfet de Brisac, Marc Delorme, a parlé."),
    )
    every = [*explanation.kept, *(r.question for r in explanation.rejected)]
    made = [q for q in every if q.template == "role-qui-qcm" and q.answer == "Jean Poulard"]
    assert made and {"Hervé Castel", "Marc Delorme"} <= set(made[0].choices)


def test_a_second_winner_is_no_distractor() -> None:
    explanation = from_facts(
        action("Anna Kettler", "remporter", "a remporté", "la médaille d'or en descente", S_GOLD_1),
        action("Tomas Berg", "remporter", "a remporté", "la médaille d'or en descente", S_GOLD_2),
        *PEOPLE,
    )
    made = [r.question for r in explanation.rejected if r.question.template == "action-qui-qcm"]
    assert all("Tomas Berg" not in q.choices or q.answer == "Tomas Berg" for q in made)
    assert all("Anna Kettler" not in q.choices or q.answer == "Anna Kettler" for q in made)


def test_the_new_holder_of_the_post_is_no_distractor() -> None:
    from generators.questions.index import ArticleIndex
    from generators.questions.truths import ruled_out

    specs = [
        role("Hugo Bressac", "ministre de la Mer", "Le ministre de la Mer Hugo Bressac part."),
        (
            "succession",
            "Paul Vernier remplace Hugo Bressac comme ministre de la Mer.",
            {
                "predecessor": "Hugo Bressac",
                "successor": "Paul Vernier",
                "role": "ministre de la Mer",
            },
        ),
        PEOPLE[1],
    ]
    facts = [Fact(k, s, 0, 1, f, id=str(i)) for i, (k, s, f) in enumerate(specs)]
    index = ArticleIndex.build(facts, HEADER)
    assert ruled_out("Paul Vernier", "person", facts[0], "Hugo Bressac", index)
    assert not ruled_out("Jean Poulard", "person", facts[0], "Hugo Bressac", index)


def test_a_date_the_sentence_writes_is_no_distractor() -> None:
    body = (
        "Le Journal de Vallon avait été saisi le 31 mars 2021 et le 28 avril 2021 par la préfecture de Brisac. "
        "Le journal a reparu le 3 mai 2021. Le maire a protesté le 12 février 2021."
    )
    from generators.questions.truths import _date_in_sentence

    assert _date_in_sentence("31 mars 2021", body)
    assert not _date_in_sentence("12 mars 2021", "Le titre a été saisi le 31 mars 2021.")


@pytest.mark.parametrize(
    ("candidate", "sentence", "inside"),
    [
        ("5 juillet 2021", "Le festival se tient du 3 au 9 juillet 2021 à Vallon.", True),
        ("9 juillet 2021", "Le festival se tient du 3 au 9 juillet 2021 à Vallon.", True),
        ("12 juillet 2021", "Le festival se tient du 3 au 9 juillet 2021 à Vallon.", False),
        ("5 août 2021", "Le festival se tient du 3 au 9 juillet 2021 à Vallon.", False),
        ("6 mars 2021", "Les grèves ont eu lieu entre le 2 et le 8 mars 2021.", True),
        ("1er mai 2021", "La foire a eu lieu le 1er mai 2021 à Brisac.", True),
    ],
)
def test_a_date_inside_a_stated_range(candidate: str, sentence: str, inside: bool) -> None:
    from generators.questions.truths import _date_in_sentence

    assert _date_in_sentence(candidate, sentence) is inside


def test_a_figure_the_sentence_writes_is_no_distractor(extract_text: Any) -> None:
    body = "Le coût du pont de Vallon devrait dépasser les 9 milliards d'euros, au lieu des 8 milliards prévus."
    explanation = from_text(extract_text, body)
    made = [*explanation.kept, *(r.question for r in explanation.rejected)]
    nine = [q for q in made if q.kind == "mcq" and q.answer == "9 milliards"]
    assert nine and all("8 milliards" not in q.choices for q in nine)


def test_must_not_fire_a_figure_of_another_sentence(extract_text: Any) -> None:
    body = (
        "Le pont de Vallon a coûté 40 millions d'euros. "
        "Le tunnel de Brisac a coûté 55 millions d'euros, selon la région."
    )
    explanation = from_text(extract_text, body)
    made = [*explanation.kept, *(r.question for r in explanation.rejected)]
    forty = [q for q in made if q.kind == "mcq" and q.answer.startswith("40")]
    assert forty and any(c.startswith("55") for q in forty for c in q.choices)


def test_another_count_of_the_same_thing_is_no_distractor() -> None:
    def count(value: int, sentence: str) -> tuple[str, str, dict]:
        return (
            "quantity",
            sentence,
            {
                "value": value,
                "unit": "détenus",
                "subject": "détenus tués",
                "text": f"{value} détenus",
            },
        )

    from generators.questions.index import ArticleIndex
    from generators.questions.truths import ruled_out

    specs = [
        count(12, "12 détenus ont été tués à Vallon."),
        count(31, "31 détenus ont été tués à Brisac."),
    ]
    facts = [Fact(k, s, 0, 1, f, id=str(i)) for i, (k, s, f) in enumerate(specs)]
    index = ArticleIndex.build(facts, HEADER)
    assert ruled_out("31", "number", facts[0], "12", index)
    assert not ruled_out("20", "number", facts[0], "12", index)


def test_a_role_of_a_bare_noun_is_no_distractor() -> None:
    explanation = from_facts(
        role(
            "Marc Delorme",
            "ancien ministre de la Mer",
            "L'ancien ministre de la Mer, Marc Delorme.",
        ),
        role("Paul Garnier", "chef du parti", "Paul Garnier, chef du parti, a parlé."),
        role("Jean Poulard", "maire de Brisac", "Le maire de Brisac, Jean Poulard, s'est tu."),
        role("Hervé Castel", "directeur du Journal de Vallon", "Hervé Castel dirige le titre."),
        role("Luc Arnal", "préfet de Vallon", "Le préfet de Vallon, Luc Arnal, a parlé."),
    )
    every = [*explanation.kept, *(r.question for r in explanation.rejected)]
    made = [q for q in every if q.template == "person-fonction-qcm" and q.answer != "chef du parti"]
    assert made and all("chef du parti" not in q.choices for q in made)
    assert any("préfet de Vallon" in q.choices for q in made)  # must not fire: a named body


ATHLETES = [
    role("Lena Vossberg", "tenante du titre", "La tenante du titre, Lena Vossberg, a chuté.", "f"),
    role(
        "Ines Carvalho", "championne du monde", "La championne du monde Ines Carvalho gagne.", "f"
    ),
    role(
        "Maja Lindqvist",
        "triple médaillée olympique",
        "Maja Lindqvist, triple médaillée olympique.",
        "f",
    ),
    role("Rosa Pellet", "triathlète suisse", "La triathlète suisse Rosa Pellet a abandonné.", "f"),
    role("Jean Poulard", "maire de Brisac", "Le maire de Brisac, Jean Poulard, a remis les prix."),
]


@pytest.mark.parametrize(
    "honour",
    ["tenante du titre", "championne du monde", "triple médaillée olympique", "triathlète suisse"],
)
def test_an_honour_or_a_trade_is_never_swapped_in(honour: str) -> None:
    explanation = from_facts(*ATHLETES)
    every = [*explanation.kept, *(r.question for r in explanation.rejected)]
    false = [q for q in every if q.template == "person-vrai-faux" and q.answer == "Faux"]
    assert all(honour not in q.prompt for q in false)
    qcm = [q for q in every if q.template == "person-fonction-qcm" and q.answer != honour]
    assert all(honour not in q.choices for q in qcm) or honour == "triathlète suisse"


def test_must_not_fire_a_post_swapped_between_officials() -> None:
    from generators.questions.truths import shared_attribute

    assert not shared_attribute("maire de Brisac")
    assert not shared_attribute("ministre de la Mer")
    assert shared_attribute("vice-championne d'Europe")


@pytest.mark.parametrize(
    ("candidate", "answer", "out"),
    [
        ("Hervé Castel", "le cabinet du maire", True),  # a person among bodies
        ("Hervé Castel", "Gazettine", True),  # a one-word title is no person
        ("le Syndicat des pêcheurs", "Hervé Castel", True),  # a body among people
        ("un haut responsable local", "Hervé Castel", True),  # a description among names
        ("Jean Poulard", "Hervé Castel", False),  # must not fire: people among people
        ("Karim al Nouri", "Hervé Castel", False),  # must not fire: an unsure kind stays
    ],
)
def test_the_kind_of_a_speaker_choice(candidate: str, answer: str, out: bool) -> None:
    from generators.questions.index import ArticleIndex
    from generators.questions.truths import ruled_out

    specs = [
        ("quote", "« Tout va bien », a dit Hervé Castel.", {"speaker": answer, "text": "Tout va"}),
        *PEOPLE,
    ]
    facts = [Fact(k, s, 0, 1, f, id=str(i)) for i, (k, s, f) in enumerate(specs)]
    index = ArticleIndex.build(facts, HEADER)
    assert ruled_out(candidate, "person", facts[0], answer, index) is out


def test_must_not_fire_a_trade_among_trades() -> None:
    from generators.questions.truths import shared_attribute

    assert not shared_attribute("journaliste", "avocat")
    assert shared_attribute("journaliste", "maire de Brisac")  # swapped into a statement
    assert not shared_attribute("journaliste")  # a choice beside a post
