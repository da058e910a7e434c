"""How cards are phrased (issue 15, q2): roles by class and quotations; invented sentences."""

from __future__ import annotations

import pytest

from generators.questions.roles import role_class
from generators.questions.speech import is_clause, reported_clause, short_quote
from generators.records import Fact
from tests.phrasing_helpers import deck, fact, prompts, role

# --- roles: the class of the role chooses the question ------------------------------------


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("maire de Bréville", "function"),
        ("secrétaire général de l'Union", "function"),
        ("candidat du Parti vert", "candidate"),
        ("candidate de Renouveau local à la mairie de Bréville", "candidate"),
        ("champion du monde en titre", "title"),
        ("tenant du titre", "title"),
        ("journaliste", "job"),
        ("réalisatrice", "job"),
        ("opposant", "status"),
        ("témoin", "status"),
        ("directrice de l'école", "function"),
    ],
)
def test_role_class(title: str, expected: str) -> None:
    assert role_class(title) == expected


def test_a_candidate_is_asked_by_the_party() -> None:
    asked = prompts(role("Paul Marchal", "candidat du Parti vert", "m"))
    assert asked["Sous quelle étiquette se présente Paul Marchal ?"] == "le Parti vert"
    assert not any("fonction" in p for p in asked)


def test_a_candidate_keeps_the_race() -> None:
    made = role("Lucie Vernet", "candidate de Renouveau local à la mairie de Bréville", "f")
    asked = prompts(made)
    key = "Sous quelle étiquette se présente Lucie Vernet à la mairie de Bréville ?"
    assert asked[key] == "Renouveau local"


def test_a_bare_candidate_gets_no_role_question() -> None:
    asked = prompts(role("Paul Marchal", "candidat", "m"))
    assert not any("fonction" in p or "étiquette" in p for p in asked)


def test_a_title_is_asked_as_a_title() -> None:
    asked = prompts(role("Nina Roussel", "championne d'Europe en titre", "f"))
    assert asked["Quel titre détient Nina Roussel ?"] == "championne d’Europe en titre"
    assert not any("fonction" in p for p in asked)


def test_a_trade_is_asked_as_a_trade() -> None:
    asked = prompts(role("Marc Olier", "photographe", "m"))
    assert asked["Quel est le métier de Marc Olier ?"] == "photographe"


def test_a_status_gets_no_role_question() -> None:
    asked = prompts(role("Marc Olier", "opposant", "m"))
    assert not any("Marc Olier" in p for p in asked)


def test_a_post_is_still_a_function() -> None:
    asked = prompts(role("Claire Fabre", "directrice de l'école Jules-Ferry", "f"))
    assert (
        asked["Quelle fonction Claire Fabre occupait-elle en mars 2021 ?"]
        == "directrice de l’école Jules-Ferry"
    )


def test_role_to_person_is_dated_by_the_article() -> None:
    asked = prompts(role("Claire Fabre", "directrice de l'école Jules-Ferry", "f"))
    assert asked["Qui était la directrice de l’école Jules-Ferry en mars 2021 ?"] == "Claire Fabre"
    assert not any(p.startswith("Qui est la directrice") for p in asked)


def test_role_to_person_undated_stays_present() -> None:
    made = role("Claire Fabre", "directrice de l'école Jules-Ferry", "f")
    asked = prompts(made, header={"slug": "t", "title": "Un titre"})
    assert asked["Qui est la directrice de l’école Jules-Ferry ?"] == "Claire Fabre"


def test_a_former_description_is_not_asked_who_holds_it() -> None:
    asked = prompts(role("Paul Marchal", "ancien ministre de la Mer", "m"))
    assert not any(p.startswith(("Qui était l’ancien", "Qui est l’ancien")) for p in asked)


# --- quotations: a whole clause, never cut inside a clause --------------------------------


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("nous ne lâcherons rien sur les salaires", True),
        ("la rivière a dépassé la cote d'alerte", True),
        ("Dans ce quartier, les familles attendent depuis des mois", True),
        ("Laissez-nous travailler en paix", True),
        ("il y a urgence", True),
        ("vive émotion des riverains", False),
        ("doit rester à l'écart des polémiques", False),
        ("ne dépasse pas le seuil fixé", False),
        ("victimes de la tempête de grêle", False),
        ("assurer la sécurité des usagers", False),
        ("respectent les régions, les villes et les villages", False),
    ],
)
def test_whole_clause(text: str, whole: bool) -> None:
    assert is_clause(text) is whole


def quote(text: str, speaker: str = "Lucie Vernet", marked: bool = True) -> Fact:
    sentence = f"« {text} », a dit {speaker} lors de la réunion du conseil municipal."
    return fact("quote", sentence, speaker=speaker, text=text, marked=marked, speaker_gender="f")


def test_a_clause_quotation_is_asked() -> None:
    asked = prompts(quote("nous ne lâcherons rien sur les salaires"))
    assert asked["Qui a déclaré : « nous ne lâcherons rien sur les salaires » ?"] == "Lucie Vernet"


def test_a_fragment_quotation_is_not_asked() -> None:
    asked = prompts(quote("vive émotion des riverains du canal"))
    assert not any("déclaré" in p for p in asked)


def test_a_subjectless_quotation_is_not_asked() -> None:
    asked = prompts(quote("doit rester à l'écart des polémiques de la campagne"))
    assert not any("déclaré" in p for p in asked)


def test_a_long_quotation_is_cut_at_a_boundary() -> None:
    text = (
        "Nous, les habitants, refusons de voir fermer la dernière école du village, "
        "dont les élèves devraient alors faire trente kilomètres chaque matin"
    )
    cut = short_quote(text)
    assert cut == "Nous, les habitants, refusons de voir fermer la dernière école du village […]"


def test_a_long_quotation_without_boundary_is_not_cut() -> None:
    text = " ".join(["nous", "voulons"] + ["toujours"] * 30)
    assert short_quote(text) == ""


def test_a_cut_never_leaves_a_verb_waiting() -> None:
    text = (
        "Cette bibliothèque restera, comme elle l'a toujours été, un lieu ouvert à tous les lecteurs "
        "du quartier qui cherchent un endroit calme pour travailler le soir"
    )
    cut = short_quote(text)
    assert cut.endswith("quartier […]") and not cut.endswith(("été […]", "restera […]"))


def test_no_quotation_ends_on_an_ellipsis() -> None:
    text = "la commune a voté un budget en hausse " + "très " * 20 + "nette"
    made = prompts(quote(text))
    assert not any("…" in p for p in made)


def test_indirect_speech_is_asked_with_que() -> None:
    made = quote("il faut rouvrir la ligne de bus de nuit", marked=False)
    asked = prompts(made)
    key = "D’après l’article, qui a affirmé qu’il faut rouvrir la ligne de bus de nuit ?"
    assert asked[key] == "Lucie Vernet"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le projet coûtera trop cher", "que le projet coûtera trop cher"),
        ("les travaux sont en retard", "que les travaux sont en retard"),
        ("Paul Marchal a menti", ""),  # a name first: its capital cannot be told from a word's
        ("en retard de deux mois", ""),
        ("nous " + "attendons " * 25, ""),  # too long to read as a question
    ],
)
def test_reported_clause(text: str, expected: str) -> None:
    assert reported_clause(text) == expected


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("des orages qui ont inondé la vallée et la menace de crue", False),
        ("les élèves qui partent en stage rentrent lundi", True),
        ("la décision que le conseil a prise", False),
    ],
)
def test_a_relative_clause_verb_is_not_the_clause_verb(text: str, whole: bool) -> None:
    assert is_clause(text) is whole


def test_a_status_is_never_a_role_choice_nor_a_false_role() -> None:
    sentence = "Le conseil a reçu les élus et les représentants des associations de la ville."
    people = [
        ("Claire Fabre", "directrice de l'école Jules-Ferry", "f"),
        ("Lina Roy", "trésorière du club de voile", "f"),
        ("Paul Gant", "président du comité des fêtes", "m"),
        ("Jean Vidal", "secrétaire de l'association des parents", "m"),
        ("Marc Olier", "opposant", "m"),
        ("Luc Biron", "témoin", "m"),
    ]
    made = [fact("person_role", sentence, person=n, role=r, gender=g) for n, r, g in people]
    cards = deck(*made)
    assert any(q.kind == "mcq" and q.choices for q in cards)
    assert all(c not in ("opposant", "témoin") for q in cards for c in q.choices)
    assert not any(
        q.kind == "truefalse" and ("opposant" in q.prompt or "témoin" in q.prompt) for q in cards
    )


def test_a_feminine_role_question_offers_only_women() -> None:
    sentence = "Le conseil a reçu les élus et les représentants des associations de la ville."
    people = [
        ("Claire Fabre", "directrice de l'école Jules-Ferry", "f"),
        ("Lina Roy", "trésorière du club de voile", "f"),
        ("Emma Dubois", "présidente du comité des fêtes", "f"),
        ("Julie Morel", "secrétaire de l'association des parents", "f"),
        ("Paul Gant", "maire de la ville", "m"),
    ]
    made = [fact("person_role", sentence, person=n, role=r, gender=g) for n, r, g in people]
    asked = [q for q in deck(*made) if q.template == "role-qui-qcm" and "directrice" in q.prompt]
    assert asked and "Paul Gant" not in asked[0].choices


def test_a_feminine_role_question_without_three_women_has_no_choices() -> None:
    sentence = "Le conseil a reçu les élus et les représentants des associations de la ville."
    people = [
        ("Claire Fabre", "directrice de l'école Jules-Ferry", "f"),
        ("Paul Gant", "maire de la ville", "m"),
        ("Marc Olier", "président du comité des fêtes", "m"),
        ("Jean Vidal", "secrétaire de l'association des parents", "m"),
    ]
    made = [fact("person_role", sentence, person=n, role=r, gender=g) for n, r, g in people]
    assert not any(q.template == "role-qui-qcm" and "directrice" in q.prompt for q in deck(*made))


@pytest.mark.parametrize(
    ("speaker", "asked"),
    [
        ("Lucie Vernet", True),
        ("La CGT", True),
        ("Le SNJ", True),
        ("le porte-parole du club", False),
        ("Le candidat du Parti vert", False),
        ("L’avocate de la famille", False),
    ],
)
def test_a_described_speaker_is_not_asked(speaker: str, asked: bool) -> None:
    made = quote("nous ne lâcherons rien sur les salaires", speaker=speaker)
    assert any("déclaré" in p for p in prompts(made)) is asked
