"""Which cards a default deck keeps: side details, the same figure twice, vague roles, the cap.

Every sentence here is invented. Each family has cases that must fire and cases that must not.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generators.questions.budget import (
    MIN_CARDS,
    ArticleShape,
    cap,
    figures_of,
    keep_best,
    value_key,
)
from generators.questions.index import ArticleIndex
from generators.questions.quality import problem
from generators.records import Fact, Question

JUDGED = Path(__file__).resolve().parent / "data" / "judged"


def card(prompt: str, answer: str, kind: str = "basic", **fields: Any) -> Question:
    """Return a question with defaults a test overrides."""
    values: dict[str, Any] = {"fact_type": "quantity", "score": 0.9, "source": ""}
    values.update(fields)
    return Question(
        id=values.pop("id", prompt[:12]),
        fact_id=values.pop("fact_id", prompt[:12]),
        template=values.pop("template", "t"),
        kind=kind,
        prompt=prompt,
        answer=answer,
        **values,
    )


EMPTY = ArticleIndex.build([], {})


# --- figures and dates: one card each per deck ------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "key"),
    [
        ("environ 12 500", "num:12500"),
        ("12 500", "num:12500"),
        ("plus de 40", "num:40"),
        ("3,75 %", "num:3,75"),
        ("mardi 4 mars 2031", "date:4 mars"),
        ("4 mars 2031", "date:4 mars"),
        ("le 1er août", "date:1er aout"),
        ("avril 2030", "date:avril 2030"),
        ("2029", "num:2029"),
        ("vingt", "num:20"),
        ("Trois", "num:3"),
        ("Paul Martin", ""),
        ("", ""),
        ("  ", ""),
        ("la mairie", ""),
    ],
)
def test_a_figure_or_date_has_one_key_whatever_its_wording(answer: str, key: str) -> None:
    assert value_key(answer) == key


def test_the_same_figure_is_asked_once_per_deck() -> None:
    made = [
        card("Combien de vélos la ville loue-t-elle ?", "environ 12 500", id="a", score=0.9),
        card("La ville loue {{c1::12 500}} vélos.", "12 500", "cloze", id="b", score=0.8),
        card("Combien de bornes la ville installe-t-elle ?", "300", id="c", score=0.7),
    ]
    kept, dropped = keep_best(made)
    assert [q.id for q in kept] == ["a", "c"]
    assert "figure or date is already asked" in dropped[0].reason


def test_the_same_date_is_asked_once_per_deck() -> None:
    made = [
        card(
            "Le {{c1::mardi 4 mars 2031}}, le pont a rouvert.",
            "mardi 4 mars 2031",
            "cloze",
            id="a",
            fact_type="event",
        ),
        card("Quand le pont a-t-il rouvert ?", "4 mars 2031", id="b", fact_type="event", score=0.8),
        card("Quand la digue a-t-elle cédé ?", "5 mars 2031", id="c", fact_type="event", score=0.7),
    ]
    assert [q.id for q in keep_best(made)[0]] == ["a", "c"]


def test_a_figure_s_fact_is_asked_once_even_in_two_forms() -> None:
    made = [
        card(
            "Il a mis une minute et {{c1::vingt}} secondes.", "vingt", "cloze", id="a", fact_id="q"
        ),
        card("Complétez : « Il a mis … secondes. »", "80", "mcq", id="b", fact_id="q", score=0.8),
        card("Combien de tours a-t-il faits ?", "12", id="c", fact_id="r", score=0.7),
    ]
    kept, dropped = keep_best(made)
    assert [q.id for q in kept] == ["a", "c"]
    assert "figure or date is already asked (a)" in dropped[0].reason


def test_a_succession_is_still_asked_both_ways() -> None:
    made = [
        card(
            "Qui a succédé à Paul Martin ?", "Anne Roy", id="a", fact_id="s", fact_type="succession"
        ),
        card(
            "À qui Anne Roy a-t-elle succédé ?",
            "à Paul Martin",
            id="b",
            fact_id="s",
            fact_type="succession",
            score=0.8,
        ),
    ]
    assert len(keep_best(made)[0]) == 2


# --- list sentences: one card, on the lead figure ---------------------------------------------

LIST = "Lille compte 9 120 adhérents, suivie par Nantes (4 310), Rennes (2 050) et Brest (1 400)."


def test_figures_of_a_sentence_leave_dates_and_hours_out() -> None:
    assert figures_of(LIST) == ["9120", "4310", "2050", "1400"]
    assert figures_of("Le 3 mai 2030, 40 élèves et 3 professeurs sont partis.") == ["40", "3"]
    assert figures_of("En 2029, vers 21h30, 12 voitures ont brûlé.") == ["12"]
    assert figures_of("Le taux passe de 3,5 % à 4,25 %.") == ["3,5", "4,25"]


@pytest.mark.parametrize(
    ("answer", "kept"),
    [("9 120", True), ("4 310", False), ("2 050", False), ("1 400", False)],
)
def test_a_list_sentence_is_asked_on_its_lead_figure(answer: str, kept: bool) -> None:
    question = card("Complétez : « … »", answer, "cloze", source=LIST)
    assert bool(keep_best([question])[0]) is kept


def test_a_list_sentence_gives_one_card() -> None:
    made = [
        card("Combien d'adhérents Lille compte-t-elle ?", "9 120", id="a", source=LIST),
        card(
            "Qui compte le plus d'adhérents ?",
            "Lille",
            id="b",
            fact_type="action",
            source=LIST,
            score=0.8,
        ),
    ]
    kept, dropped = keep_best(made)
    assert [q.id for q in kept] == ["a"] and "already asked 1 times" in dropped[0].reason


def test_a_sentence_with_two_figures_is_no_list() -> None:
    source = "Le club compte 300 membres et 12 entraîneurs."
    made = [
        card("Combien de membres le club compte-t-il ?", "300", id="a", source=source),
        card(
            "Le club compte 300 membres et {{c1::12}} entraîneurs.",
            "12",
            "cloze",
            id="b",
            source=source,
            score=0.8,
        ),
    ]
    assert len(keep_best(made)[0]) == 2


# --- a year the title says ----------------------------------------------------------------------


def test_a_year_already_in_the_title_is_not_asked() -> None:
    shape = ArticleShape(title="Les ventes de vélos bondissent en 2031")
    asked = card("En {{c1::2031}}, la ville a vendu 400 vélos.", "2031", "cloze", fact_type="event")
    other = card("En {{c1::2029}}, la ville a vendu 90 vélos.", "2029", "cloze", fact_type="event")
    assert not keep_best([asked], shape=shape)[0]
    assert keep_best([other], shape=shape)[0]
    assert keep_best([asked])[0]  # no title, no drop
    figure = card("Combien de vélos ?", "2031", fact_type="quantity")  # 2031 vélos: not a year?
    assert not keep_best([figure], shape=shape)[0]  # a figure equal to the title's year reads as it


# --- hours of the day ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "answer", "fires"),
    [
        ("Vers 21 heures, la foudre a frappé le clocher.", "21", True),
        ("Entre 23 heures et minuit, deux cabanes ont brûlé.", "23", True),
        ("Le train est parti à 8 h de la gare.", "8", True),
        ("Le magasin ferme dès 19 heures le samedi.", "19", True),
        ("La réunion a commencé à 14 h 30 en mairie.", "14 h 30", True),
        ("La grève a duré 48 heures dans les dépôts.", "48", False),
        ("Le trajet se fait en 3 heures de bus.", "3", False),
        ("Vers 21 kilomètres, le coureur a lâché prise.", "21", False),
        ("Le club compte 21 adhérents.", "21", False),
        ("Les pompiers sont restés pendant 12 heures sur place.", "12", False),
    ],
)
def test_an_hour_of_the_day_is_not_asked(source: str, answer: str, fires: bool) -> None:
    prompt = source.replace(f"{answer} ", f"{{{{c1::{answer}}}}} ", 1)
    question = card(prompt, answer, "cloze", source=source)
    assert ("hour of the day" in problem(question, EMPTY)) is fires


# --- general-knowledge acronyms ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("prompt", "answer", "fires"),
    [
        ("Que signifie le sigle PIB ?", "produit intérieur brut", True),
        ("Quel sigle correspond à « taxe sur la valeur ajoutée » ?", "TVA", True),
        ("Que signifie le sigle ONG ?", "organisation non gouvernementale", True),
        ("Que signifie le sigle UE ?", "Union européenne", True),
        ("Que signifie le sigle FNPV ?", "Fédération nationale des pêcheurs de la Vire", False),
        ("Quel sigle correspond à « Syndicat des marins du Nord » ?", "SMN", False),
        ("Que signifie le sigle ARBV ?", "Association des riverains du bois de Vaux", False),
        ("Que signifie le sigle Cofel ?", "Comité des fêtes de Lanvin", False),
    ],
)
def test_a_general_knowledge_acronym_is_not_asked(prompt: str, answer: str, fires: bool) -> None:
    question = card(prompt, answer, fact_type="acronym", source="Un sigle défini dans un texte.")
    assert ("general knowledge" in problem(question, EMPTY)) is fires


# --- noun-phrase quotes ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("quote", "fires"),
    [
        ("lourdes pertes humaines", True),
        ("grande victoire des riverains", True),
        ("honte pour la commune", True),
        ("véritable cadeau aux promoteurs", True),
        ("le pont est fermé", False),
        ("nous ne céderons pas", False),
        ("Écoutez les habitants", False),
        ("il faut reconstruire la digue avant l'hiver", False),
        ("la mairie n'a rien prévu", False),
        ("ce chantier doit finir en mai", False),
        ("les travaux du quartier dureront encore trois longues années au moins", False),
    ],
)
def test_a_noun_phrase_quote_is_not_asked(quote: str, fires: bool) -> None:
    question = card(
        f"Qui a déclaré : « {quote} » ?",
        "Anne Roy",
        fact_type="quote",
        source=f"Anne Roy a parlé de « {quote} » lundi.",
    )
    assert ("noun phrase" in problem(question, EMPTY)) is fires


# --- roles that name no one in particular ----------------------------------------------------------


@pytest.mark.parametrize(
    ("prompt", "fires"),
    [
        ("Qui est le député ?", True),
        ("Qui est le député XYZ ?", True),
        ("Qui est la procureure ?", True),
        ("Qui dirige le bureau ?", True),
        ("Qui préside le jury ?", True),
        ("Qui est le député de la Creuse ?", False),
        ("Qui est la trésorière de l'amicale des pêcheurs ?", False),
        ("Qui dirige le bureau Europe de la ligue ?", False),
        ("Qui dirige Vireville ?", False),
        ("Qui est le président américain ?", False),
        ("Qui était le chef du clan en mai 2030 ?", False),
        ("Qui était le député en mai 2030 ?", True),
        ("Qui était la maire de Vireville en mai 2030 ?", False),
    ],
)
def test_a_role_without_complement_names_no_one(prompt: str, fires: bool) -> None:
    question = card(prompt, "Anne Roy", fact_type="person_role", source="Une phrase inventée ici.")
    assert ("no one in particular" in problem(question, EMPTY)) is fires


@pytest.mark.parametrize(
    ("prompt", "answer", "fires"),
    [
        ("Vrai ou faux : Anne Roy est journaliste.", "Vrai", True),
        ("Vrai ou faux : Paul Martin est député.", "Vrai", True),
        ("Vrai ou faux : Paul Martin est député XYZ.", "Vrai", True),
        ("Vrai ou faux : Anne Roy est journaliste.", "Faux", False),
        ("Vrai ou faux : Anne Roy est maire de Vireville.", "Vrai", False),
        ("Vrai ou faux : Paul Martin est ancien ministre des Sports.", "Vrai", False),
    ],
)
def test_a_bare_role_said_true_is_trivial(prompt: str, answer: str, fires: bool) -> None:
    question = card(prompt, answer, "truefalse", fact_type="person_role", source="Une phrase ici.")
    assert ("trivial" in problem(question, EMPTY)) is fires


def _role(person: str, role: str) -> Fact:
    return Fact("person_role", f"{person}, {role}, parle.", 0, 20, {"person": person, "role": role})


def test_a_bare_role_shared_by_two_people_has_several_answers() -> None:
    index = ArticleIndex.build(
        [_role("Anne Roy", "candidate"), _role("Paul Martin", "candidat du Parti vert")], {}
    )
    bare = card(
        "Quelle fonction Anne Roy occupe-t-elle ?",
        "candidate",
        fact_type="person_role",
        source="Anne Roy, candidate, parle.",
    )
    assert "fits 2 people" in problem(bare, index)
    mcq = card(
        "Quelle est la fonction de Paul Martin ?",
        "candidat",
        "mcq",
        choices=("a", "b", "c", "candidat"),
        fact_type="person_role",
        source="Paul Martin, candidat, parle.",
    )
    assert "fits 2 people" in problem(mcq, index)
    full = card(
        "Quelle fonction Paul Martin occupe-t-il ?",
        "candidat du Parti vert",
        fact_type="person_role",
        source="Paul Martin, candidat du Parti vert, parle.",
    )
    assert problem(full, index) == ""
    alone = ArticleIndex.build([_role("Anne Roy", "journaliste")], {})
    one = card(
        "Quelle fonction Anne Roy occupe-t-elle ?",
        "journaliste",
        fact_type="person_role",
        source="Anne Roy, journaliste, parle.",
    )
    assert problem(one, alone) == ""


def test_a_person_s_role_is_asked_once_across_facts() -> None:
    facts = {
        "r": _role("Anne Roy", "maire de Vireville"),
        "l": Fact("leads", "x", 0, 1, {"leader": "Anne Roy", "entity": "Vireville"}),
    }
    facts = {k: Fact(f.type, f.sentence, 0, 1, f.fields, id=k) for k, f in facts.items()}
    made = [
        card(
            "Quelle fonction Anne Roy occupe-t-elle ?",
            "maire de Vireville",
            id="a",
            fact_id="r",
            fact_type="person_role",
            source="s1",
        ),
        card(
            "Qui est le maire de Vireville ?",
            "Anne Roy",
            "mcq",
            id="b",
            fact_id="r",
            fact_type="person_role",
            source="s1",
            score=0.8,
        ),
        card(
            "Qui dirige Vireville ?",
            "Anne Roy",
            id="c",
            fact_id="l",
            fact_type="leads",
            source="s2",
            score=0.7,
        ),
    ]
    kept, dropped = keep_best(made, shape=ArticleShape(facts=facts))
    assert [q.id for q in kept] == ["a"]
    assert all("person's role is already asked (a)" in r.reason for r in dropped)
    other = card("Qui dirige Vireville ?", "Paul Martin", id="d", fact_id="x", source="s3")
    assert len(keep_best([made[0], other], shape=ArticleShape(facts=facts))[0]) == 2


# --- the cap ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "most"), [(0, None), (100, MIN_CARDS), (260, 5), (320, 6), (600, 12)]
)
def test_the_cap_scales_with_the_article(words: int, most: int | None) -> None:
    assert cap(words) == most


def test_the_cap_keeps_the_best_scores() -> None:
    made = [
        card(
            f"Combien de bancs rue {i} ?",
            str(100 + i),
            id=str(i),
            fact_id=f"f{i}",
            score=0.5 + i / 100,
            source=f"Rue {i}, la ville pose des bancs neufs.",
        )
        for i in range(8)
    ]
    kept, dropped = keep_best(made, shape=ArticleShape(words=100))
    assert sorted(q.id for q in kept) == ["3", "4", "5", "6", "7"]
    assert all("cap of 5" in r.reason for r in dropped)
    assert len(keep_best(made, per_fact=0, shape=ArticleShape(words=100))[0]) == 8


def test_the_cap_takes_the_main_story_first() -> None:
    made = [
        card(
            f"Quelle fonction Anne Roy{i} occupe-t-elle ?",
            f"maire de Vaux{i}",
            id=f"r{i}",
            fact_id=f"r{i}",
            fact_type="person_role",
            score=0.9,
            source=f"Phrase {i} ici.",
        )
        for i in range(5)
    ]
    lead = card(
        "La digue a cédé le {{c1::3 mai 2031}}.",
        "3 mai 2031",
        "cloze",
        id="lead",
        fact_id="lead",
        fact_type="event",
        score=0.6,
        source="La digue a cédé le 3 mai.",
    )
    shape = ArticleShape(words=100, lead=frozenset({"lead"}))
    kept = keep_best([*made, lead], shape=shape)[0]
    assert "lead" in [q.id for q in kept] and len(kept) == 5
    assert "lead" not in [q.id for q in keep_best([*made, lead], shape=ArticleShape(words=100))[0]]


def test_the_shape_finds_the_lead_facts() -> None:
    facts = [
        Fact("quantity", f"Phrase {i} de l'article.", 100 * i, 100 * i + 20, {}, id=f"f{i}")
        for i in range(6)
    ]
    assert ArticleShape.of(facts, {"title": "T"}).lead == {"f0", "f1", "f2"}
    role = Fact("person_role", "Phrase 0 de l'article.", 0, 20, {"person": "Anne Roy"}, id="r")
    assert "r" not in ArticleShape.of([role, *facts], {"title": "T"}).lead  # a role is no story


def test_the_shape_guesses_the_length_from_the_facts() -> None:
    fact = Fact("quantity", "x", 5990, 6000, {}, id="f")
    assert ArticleShape.of([fact], {"title": "T"}).words == 1000
    assert ArticleShape.of([fact], {"words": 80}).words == 80


def test_the_judged_decks_lose_bad_cards_more_than_good() -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("calibrate", JUDGED / "calibrate.py")
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    items = tool.load([JUDGED / "after.yaml"])
    stages = tool.deck_stages(items, None, None)
    dropped = stages["quality"] + stages["score"] + stages["budget"]
    assert dropped["useless"] >= 13 and stages["kept"]["useless"] <= 2
    kept = stages["kept"]
    # after.yaml as judged: 32 %, then 38 %; 31 % since acronym cards are left out of default
    # decks (its early judge called four of them ok, the judges of sessions 19–22 most of them
    # useless: lexicon/score_template_judgements.txt)
    assert kept["ok"] / sum(kept.values()) >= 0.30
