"""The main story gets asked (issue 15): a win or decision told in the passive with its agent
(« L'épreuve est remportée par X »), persons joined as one subject (« A et B remportent … »), a
name before an aside (« X, représentant la Belgique, a remporté … »), a death toll told by its
cause (« La tempête a tué au moins douze personnes »), and a present participle with its object
that is no post (« représentant la Belgique »). Invented articles through the real pipeline
(spaCy), asserting the facts' fields and the cards' text; each rule has must-not-fire partners."""

from __future__ import annotations

from typing import Any

import pytest

from generators.questions import explain_questions
from generators.records import Selection


def article(lead: str) -> str:
    return f"Un titre inventé\n\n8 mai 2021. –\n{lead}\n"


def facts_of(extract_text: Any, lead: str, fact_type: str) -> list[dict[str, Any]]:
    return [dict(f.fields) for f in extract_text(article(lead)) if f.type == fact_type]


def cards(extract_text: Any, lead: str) -> set[tuple[str, str]]:
    """Return the (prompt, answer) of every action card the invented article gives."""
    facts = extract_text(article(lead))
    header = {"slug": "t", "title": "Un titre inventé", "date": "2021-05-08"}
    kept = explain_questions(facts, header, selection=Selection(per_fact=0)).kept
    return {(q.prompt, q.answer) for q in kept if q.fact_type == "action"}


# --- a win or a decision in the passive: its agent is who did it ------------------------------


@pytest.mark.parametrize(
    ("lead", "card"),
    [
        (
            "L'épreuve féminine du slalom de Valmorel est remportée par Léa Morel.",
            ("Qui a remporté l’épreuve féminine du slalom de Valmorel en mai 2021 ?", "Léa Morel"),
        ),
        (
            "Le tournoi de double de Brova a été remporté par Léa Morel et Hugo Blanc.",
            (
                "Qui a remporté le tournoi de double de Brova en mai 2021 ?",
                "Léa Morel et Hugo Blanc",
            ),
        ),
        (
            "Le slalom masculin est remporté par Hugo Blanc, représentant la Suisse, qui bat le "
            "record de la piste.",
            ("Qui a remporté le slalom masculin en mai 2021 ?", "Hugo Blanc"),
        ),
        (
            "La danse sur glace est remportée par Ana Ruiz et Marc Lenoir, représentant l'Espagne.",
            ("Qui a remporté la danse sur glace en mai 2021 ?", "Ana Ruiz et Marc Lenoir"),
        ),
        (
            "La loi sur la pêche côtière a été adoptée par le Sénat le 3 mai.",
            ("Qui a adopté la loi sur la pêche côtière le 3 mai 2021 ?", "le Sénat"),
        ),
    ],
)
def test_a_passive_win_or_decision_asks_its_agent(
    extract_text: Any, lead: str, card: tuple[str, str]
) -> None:
    assert card in cards(extract_text, lead)


def test_the_passive_win_fact_keeps_the_thing_and_names_the_agent(extract_text: Any) -> None:
    (fact,) = facts_of(
        extract_text, "Le slalom géant de Valmorel est remporté par Léa Morel.", "action"
    )
    assert {k: fact[k] for k in ("actor", "kind", "voice", "agent", "actor_is_person")} == {
        "actor": "Le slalom géant de Valmorel",
        "kind": "win",
        "voice": "passive",
        "agent": "Léa Morel",
        "actor_is_person": False,
    }


@pytest.mark.parametrize(
    "lead",
    [
        "La réforme des retraites a été adoptée par 30 voix contre 12.",  # a tally, not who
        "Le texte sur la pêche côtière a été adopté par décret.",  # a manner
        "La course de Brova a été remportée par un coureur inconnu.",  # no one named
        "La course de Brova a été remportée.",  # no agent: says not who won
        "Le tournoi de Brova n'a pas été remporté par Léa Morel.",  # negated
        "« La course de Brova a été remportée par Léa Morel », affirme un témoin.",  # quoted
    ],
)
def test_no_agent_card_without_a_doer(extract_text: Any, lead: str) -> None:
    assert not any(
        p.startswith("Qui a remporté") or p.startswith("Qui a adopté")
        for p, _ in cards(extract_text, lead)
    )


def test_a_person_beaten_is_no_agent_card(extract_text: Any) -> None:
    """« X a été battue par Y »: a person's passive keeps the old rule (no fact for a win)."""
    lead = "Marie Blanc a été battue par Julie Roux en finale du tournoi de Lyon."
    assert facts_of(extract_text, lead, "action") == []


def test_a_half_pair_is_no_agent(extract_text: Any) -> None:
    """« par A et la ville de X »: the one after « et » is no person: no answer rather than half."""
    lead = "Le trophée de Brova a été remporté par Léa Morel et Valmorel."
    assert [f["agent"] for f in facts_of(extract_text, lead, "action")] in ([], [None])


# --- persons joined as one subject, a name before an aside --------------------------------------


@pytest.mark.parametrize(
    ("lead", "card"),
    [
        (
            "Ana Ruiz et Marc Lenoir remportent le tournoi de double de Lyon.",
            (
                "Qui a remporté le tournoi de double de Lyon en mai 2021 ?",
                "Ana Ruiz et Marc Lenoir",
            ),
        ),
        (
            "Le Suédois Paul Girard et la Norvégienne Léa Morel ont remporté le tournoi de double "
            "de Lyon.",
            (
                "Qui a remporté le tournoi de double de Lyon en mai 2021 ?",
                "Paul Girard et Léa Morel",
            ),
        ),
        (
            "Paul Girard et Léa Morel ont gagné la course de Nice.",
            ("Qui a gagné la course de Nice en mai 2021 ?", "Paul Girard et Léa Morel"),
        ),
        (
            "Yves Caron, représentant la Belgique, a remporté l'épreuve de saut de Lyon.",
            ("Qui a remporté l’épreuve de saut de Lyon en mai 2021 ?", "Yves Caron"),
        ),
    ],
)
def test_joined_persons_and_a_name_before_an_aside(
    extract_text: Any, lead: str, card: tuple[str, str]
) -> None:
    assert card in cards(extract_text, lead)


@pytest.mark.parametrize(
    "lead",
    [
        "Paul Girard et son frère ont gagné la course de Nice.",  # the other is not named
        "Les parents de Léa Morel ont gagné la course de Nice.",  # not Léa Morel
        "Ana Ruiz et Marc Lenoir ne remportent pas le tournoi de double de Lyon.",  # negated
    ],
)
def test_no_half_answer_for_a_plural_subject(extract_text: Any, lead: str) -> None:
    answers = {a for _, a in cards(extract_text, lead)}
    assert not answers & {"Paul Girard", "Léa Morel", "Ana Ruiz", "Marc Lenoir"}


def test_joined_persons_are_not_asked_as_a_singular_subject(extract_text: Any) -> None:
    """« Qu'a remporté A et B ? » would not agree: only « Qui a remporté … ? » asks them."""
    lead = "Ana Ruiz et Marc Lenoir remportent le tournoi de double de Lyon."
    assert not [p for p, _ in cards(extract_text, lead) if p.startswith("Qu’")]


def test_a_single_winner_keeps_its_questions(extract_text: Any) -> None:
    lead = "Paul Girard a gagné la course de Nice."
    assert ("Qui a gagné la course de Nice en mai 2021 ?", "Paul Girard") in cards(
        extract_text, lead
    )


# --- a death toll told by its cause -------------------------------------------------------------


@pytest.mark.parametrize(
    ("lead", "card"),
    [
        (
            "La tempête Zelda a tué au moins douze personnes en deux jours.",
            (
                "Combien de personnes la tempête Zelda a-t-elle tuées en mai 2021 ?",
                "au moins douze",
            ),
        ),
        (
            "Le séisme de Valmorel a tué 1 200 habitants de la région, selon le gouvernement.",
            ("Combien d’habitants le séisme de Valmorel a-t-il tués en mai 2021 ?", "1 200"),
        ),
        (
            "Une avalanche a tué six randonneurs dans le massif de Brova le 3 mai.",
            ("Combien de randonneurs une avalanche a-t-elle tués le 3 mai 2021 ?", "six"),
        ),
    ],
)
def test_a_toll_is_asked_with_its_cause(
    extract_text: Any, lead: str, card: tuple[str, str]
) -> None:
    assert card in cards(extract_text, lead)


@pytest.mark.parametrize(
    ("lead", "card"),
    [
        (
            "Une tempête a frappé Brova. Cette vague de froid polaire a tué, en trois jours, au "
            "moins 14 personnes dont une femme de 90 ans.",
            (
                "Combien de personnes la vague de froid polaire a-t-elle tuées en mai 2021 ?",
                "au moins 14",
            ),
        ),
        (
            "Cette nouvelle vague de froid a tué 1 200 personnes.",
            (
                "Combien de personnes la nouvelle vague de froid a-t-elle tuées en mai 2021 ?",
                "1 200",
            ),
        ),
    ],
)
def test_a_cause_told_with_a_demonstrative(
    extract_text: Any, lead: str, card: tuple[str, str]
) -> None:
    assert card in cards(extract_text, lead)


@pytest.mark.parametrize(
    "lead",
    [
        "La tempête Zelda a frappé Brova. Cette tempête a tué douze personnes.",  # one word
        "La tempête Zelda a frappé Brova. Cette tempête de neige a frappé douze villages.",  # no toll
    ],
)
def test_no_cause_from_a_bare_demonstrative(extract_text: Any, lead: str) -> None:
    assert not [f for f in facts_of(extract_text, lead, "action") if f.get("toll")]
    assert not [p for p, _ in cards(extract_text, lead) if p.startswith("Combien de personnes")]


def test_the_toll_fields(extract_text: Any) -> None:
    lead = "La tempête Zelda a tué au moins douze personnes en deux jours."
    (fact,) = facts_of(extract_text, lead, "action")
    assert (fact["toll"], fact["toll_noun"]) == ("au moins douze", "personnes")


@pytest.mark.parametrize(
    "lead",
    [
        "La tempête Zelda n'a tué personne.",  # negated, no count
        "La tempête Zelda aurait tué dix personnes.",  # hypothetical
        "La police de Brova a tué deux suspects.",  # « suspects » counts no toll
        "Marie Blanc a tué trois personnes.",  # a person: « Qui a tué … ? », no toll
        "La milice a tué à peu près 60 policiers et soldats.",  # the count is not the policemen's
    ],
)
def test_no_toll_card(extract_text: Any, lead: str) -> None:
    assert not [p for p, _ in cards(extract_text, lead) if p.startswith("Combien")]
    assert not [f for f in facts_of(extract_text, lead, "action") if f.get("toll")]


def test_no_who_for_an_indefinite_thing(extract_text: Any) -> None:
    """« Qui a tué six randonneurs ? → une avalanche »: « Qui » asks no thing."""
    lead = "Une avalanche a tué six randonneurs dans le massif de Brova le 3 mai."
    assert not [p for p, _ in cards(extract_text, lead) if p.startswith("Qui")]


# --- a present participle with its object is no post ---------------------------------------------


def roles(extract_text: Any, lead: str) -> list[tuple[str, str]]:
    return [(f["person"], f["role"]) for f in facts_of(extract_text, lead, "person_role")]


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        (
            "Yves Caron, représentant la Belgique, a remporté l'épreuve de saut de Lyon.",
            [("Yves Caron", "représentant la Belgique")],
        ),
        (
            "Anne Roux, dirigeant l'entreprise Valdrec, a quitté la présidence du club de Lyon.",
            [("Anne Roux", "dirigeant l'entreprise Valdrec")],
        ),
        (  # must not fire: « de » makes the title
            "Le représentant de la Belgique, Yves Caron, a signé l'accord de Lyon.",
            [("Yves Caron", "représentant de la Belgique")],
        ),
        (  # must not fire: a title before a name
            "Le commandant Paul Girard a quitté le navire Albatros.",
            [("Paul Girard", "commandant")],
        ),
        (  # must not fire: « des » makes the title
            "Yves Caron, représentant des salariés de Valdrec, a signé l'accord.",
            [("Yves Caron", "représentant des salariés de Valdrec")],
        ),
    ],
)
def test_a_participle_takes_its_object(
    extract_text: Any, lead: str, expected: list[tuple[str, str]]
) -> None:
    assert roles(extract_text, lead) == expected


@pytest.mark.parametrize(
    "lead",
    [
        "Yves Caron, représentant la Belgique, a remporté l'épreuve de saut de Lyon.",
        "Léa Morel, représentant la France, a remporté le slalom géant de Valmorel.",
        "Le slalom géant est remporté par Léa Morel, représentant la France.",
    ],
)
def test_no_post_card_for_a_participle(extract_text: Any, lead: str) -> None:
    """« Quelle fonction … ? → représentant la Belgique »: no post; never « représentante lae »."""
    facts = extract_text(article(lead))
    header = {"slug": "t", "title": "Un titre inventé", "date": "2021-05-08"}
    kept = explain_questions(facts, header, selection=Selection(per_fact=0)).kept
    assert not [q for q in kept if q.fact_type == "person_role"]


def test_a_participle_tells_no_gender(extract_text: Any) -> None:
    lead = "Le slalom géant est remporté par Léa Morel, représentant la France."
    (fact,) = facts_of(extract_text, lead, "person_role")
    assert (fact["role"], fact["gender"]) == ("représentant la France", "f")


def test_the_participle_role_questions_side() -> None:
    from generators.questions.role_forms import feminine_title, participle_role
    from generators.questions.roles import role_class

    assert participle_role("représentant la Belgique")
    assert participle_role("dirigeant l'entreprise")
    assert not participle_role("représentant de la Belgique")
    assert not participle_role("commandant")
    assert role_class("représentant la Belgique") == "status"
    assert feminine_title("représentant la France") == "représentant la France"


def test_an_indefinite_person_is_not_asked_who(extract_text: Any) -> None:
    """« Qui a attaqué … ? → un homme »: judged useless (nothing to learn), whatever its case."""
    text = (
        "Brova : un homme attaque un policier devant la gare\n\n8 mai 2021. –\n"
        "Un homme a attaqué un policier sur le parvis de la gare de Brova mardi.\n"
    )
    facts = extract_text(text)
    header = {"slug": "t", "title": text.split("\n", 1)[0], "date": "2021-05-08"}
    kept = explain_questions(facts, header, selection=Selection(per_fact=0)).kept
    assert [q.answer for q in kept if q.template.startswith("action-qui")] == []
