"""Facts × templates → questions: forms per fact type, choices, filter reasons, ranking, recipes."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from generators.french.grammar import fold
from generators.questions import explain_questions, generate, questions_for
from generators.questions.distractors import distractors, nearby_numbers
from generators.questions.index import ArticleIndex
from generators.questions.speech import is_clause
from generators.questions.templates import load_templates
from generators.records import Fact, Question, Selection, make_fact
from generators.source.article import parse_bytes, read_article
from generators.source.recipes import Recipe
from generators.source.resolve import Source

DATA = Path(__file__).resolve().parent / "data"
SEED = Path(__file__).resolve().parent.parent / "decks" / "otan-irak-2020-02.txt"

FACTORY = """Une usine à Bréville
date 2021-03

La nouvelle usine de Bréville doit créer 300 emplois d'ici 2027, a annoncé Marie Lefèvre, présidente du conseil régional.
Marie Lefèvre a succédé à Paul Girard en mars 2021.
« Nous avons besoin de ces emplois », a déclaré le maire de Bréville, Jean Dupuis.
L'usine, dirigée par la société Alvéa, produira environ 1 200 vélos par mois.
L'Agence de l'environnement et de la maîtrise de l'énergie (ADEME) financera 15 % du projet.
Le chantier a commencé le 3 février 2021.
"""


def gold_facts() -> tuple[list[Fact], dict[str, Any]]:
    """Return the seed's gold facts as Fact objects (gold files lack ids and offsets)."""
    article = read_article(SEED)
    facts = []
    for item in yaml.safe_load((DATA / "seed-gold.yaml").read_text(encoding="utf-8")):
        fields = {
            k: v for k, v in item.items() if k not in ("id", "type", "sentence", "note", "optional")
        }
        start = article.text.find(item["sentence"])
        facts.append(
            make_fact(
                article.slug,
                item["type"],
                item["sentence"],
                start,
                start + len(item["sentence"]),
                **fields,
            )
        )
    return facts, article.header()


def hand_facts(source: str, slug: str) -> tuple[Any, Callable[..., Fact]]:
    """Return a short article and a maker of facts on its body lines: fact(kind, line, **fields)."""
    article = parse_bytes(source.encode(), source=f"{slug}.txt", slug=slug)
    text = article.text
    lines = [line for line in text.splitlines()[3:] if line]

    def fact(kind: str, line: int, **fields: Any) -> Fact:
        start = text.find(lines[line])
        return make_fact(slug, kind, lines[line], start, start + len(lines[line]), **fields)

    return article, fact


def factory_facts() -> tuple[list[Fact], dict[str, Any]]:
    """Return hand-built facts of a short article on another subject."""
    article, fact = hand_facts(FACTORY, "usine")

    facts = [
        fact(
            "quantity",
            0,
            value=300,
            approx=False,
            unit="emplois",
            text="300 emplois",
            subject="emplois",
        ),
        fact(
            "person_role",
            0,
            person="Marie Lefèvre",
            role="présidente du conseil régional",
            gender="f",
        ),
        fact(
            "succession",
            1,
            role=None,
            predecessor="Paul Girard",
            successor="Marie Lefèvre",
            date="mars 2021",
            date_norm="2021-03",
        ),
        fact(
            "quote", 2, text="Nous avons besoin de ces emplois", speaker="Jean Dupuis", marked=True
        ),
        fact("person_role", 2, person="Jean Dupuis", role="maire de Bréville", gender="m"),
        fact("leads", 3, leader="Alvéa", entity="usine", via="verb"),
        fact(
            "quantity",
            3,
            value=1200,
            approx=True,
            unit="vélos",
            text="environ 1 200 vélos",
            subject="vélos",
        ),
        fact(
            "acronym",
            4,
            acronym="ADEME",
            expansion="Agence de l'environnement et de la maîtrise de l'énergie",
        ),
        fact("quantity", 4, value=15, approx=False, unit="%", text="15 %", subject="projet"),
        fact(
            "event",
            5,
            date="3 février 2021",
            date_norm="2021-02-03",
            year_inferred=False,
            what="début du chantier",
            participants=[],
        ),
    ]
    return facts, article.header()


def render_all(facts: list[Fact], header: dict[str, Any]) -> list[Question]:
    """Return every question the templates make (no per-fact budget, as `--all`)."""
    return generate(facts, load_templates().values(), header=header, per_fact=0).kept


def deck_of(facts: list[Fact], header: dict[str, Any]) -> list[Question]:
    """Return the questions a deck keeps by default (per fact, the best above the threshold)."""
    return generate(facts, load_templates().values(), header=header).kept


def by_template(questions: list[Question], template: str) -> list[Question]:
    return [q for q in questions if q.template == template]


def test_seed_questions_cover_the_required_facts() -> None:
    questions = render_all(*gold_facts())
    prompts = {q.prompt: q for q in questions if q.kind == "basic"}
    combien = prompts[
        "D’après l’article, combien de militaires canadiens œuvrent au sein de la Mission de l’OTAN ?"
    ]
    assert combien.answer == "quelque 220"
    assert any(q.answer == "500" and "{{c1::500}}" in q.prompt for q in questions)
    forward = prompts[
        "Qui a succédé au major-général Fortin à la tête de la Mission de l’OTAN en Irak ?"
    ]
    assert forward.answer == "Jennie Carignan"
    backward = prompts[
        "À qui la major-général Jennie Carignan a-t-elle succédé à la tête de la Mission de l’OTAN en Irak ?"
    ]
    assert backward.answer == "au major-général Fortin" and "Fortin" in backward.accept
    assert (
        prompts["Quelle fonction Jens Stoltenberg occupait-il en février 2020 ?"].answer
        == "secrétaire général de l’OTAN"
    )
    assert (
        prompts["Qui était le secrétaire général de l’OTAN en février 2020 ?"].answer
        == "Jens Stoltenberg"
    )
    assert (
        prompts["Qui dirigeait l’opération Impact en février 2020 ?"].answer
        == "le brigadier-général Michel-Henri St-Louis"
    )
    assert (
        prompts["Par qui la coalition anti-djihadiste est-elle menée ?"].answer == "les États-Unis"
    )
    assert prompts["Qui a déclaré : « Laissez moi être clair » ?"].answer == "Jens Stoltenberg"


def test_every_person_role_leads_and_marked_quote_of_the_seed_has_a_question() -> None:
    """A marked quotation is asked when it is a whole clause; a noun-phrase fragment is not."""
    facts, header = gold_facts()
    result = generate(facts, load_templates().values(), header=header, per_fact=0)
    asked = {q.fact_id for q in result.kept if q.kind == "basic"}
    asked |= {
        r.question.fact_id for r in result.rejected if r.reason.startswith("same question as")
    }
    for fact in facts:
        if fact.type in ("person_role", "leads", "succession") or (
            fact.type == "quote"
            and fact.get("marked")
            and fact.get("speaker")
            and is_clause(str(fact.get("text")))
        ):
            assert fact.id in asked, fact.fields


def test_other_subject_reads_as_french() -> None:
    questions = render_all(*factory_facts())
    prompts = {q.prompt: q.answer for q in questions if q.kind == "basic"}
    assert prompts["Qui a succédé à Paul Girard en mars 2021 ?"] == "Marie Lefèvre"
    assert prompts["À qui Marie Lefèvre a-t-elle succédé ?"] == "à Paul Girard"
    assert (
        prompts["Quelle fonction Marie Lefèvre occupait-elle en mars 2021 ?"]
        == "présidente du conseil régional"
    )
    assert prompts["Qui était la présidente du conseil régional en mars 2021 ?"] == "Marie Lefèvre"
    assert (
        prompts["Combien d’emplois la nouvelle usine de Bréville doit-elle créer d’ici 2027 ?"]
        == "300"
    )
    assert (
        prompts["Que signifie le sigle ADEME ?"]
        == "Agence de l’environnement et de la maîtrise de l’énergie"
    )
    assert (
        prompts[
            "Quel sigle correspond à « Agence de l’environnement et de la maîtrise de l’énergie » ?"
        ]
        == "ADEME"
    )
    assert (
        prompts["Par qui l’usine est-elle dirigée ?"] == "la société Alvéa"
        or prompts.get("Par qui l’usine est-elle dirigée ?") == "Alvéa"
    )
    assert prompts["Qui a déclaré : « Nous avons besoin de ces emplois » ?"] == "Jean Dupuis"


def test_fields_follow_the_contract() -> None:
    facts, header = factory_facts()
    questions = render_all(facts, header)
    assert len({q.id for q in questions}) == len(questions)
    for q in questions:
        data = q.to_dict()
        assert set(data) >= {
            "id",
            "fact_id",
            "template",
            "kind",
            "prompt",
            "answer",
            "accept",
            "choices",
            "range",
            "source",
            "tags",
        }
        assert all(" " not in tag for tag in q.tags) and {q.fact_type, "usine", q.template} <= set(
            q.tags
        )
        assert q.source in FACTORY
        if q.kind == "cloze":
            assert re.search(r"\{\{c1::[^}]+\}\}", q.prompt)
        if q.kind == "mcq":
            assert len(q.choices) == 4 and q.answer in q.choices
        if q.kind == "truefalse":
            assert q.answer in ("Vrai", "Faux") and q.extra
    numeric = [q for q in questions if q.kind == "numeric"]
    assert numeric and all(q.range for q in numeric)
    bikes = next(q for q in numeric if "1 200" in q.answer)
    assert bikes.range == (1080.0, 1320.0) and bikes.answer == "1 200"


def test_ids_are_stable_across_runs_and_depend_on_fact_and_template() -> None:
    first = render_all(*factory_facts())
    second = render_all(*factory_facts())
    assert [q.id for q in first] == [q.id for q in second]


def test_truefalse_false_statement_is_marked_and_really_false() -> None:
    questions = render_all(*gold_facts())
    false = [q for q in questions if q.kind == "truefalse" and q.answer == "Faux"]
    true = [q for q in questions if q.kind == "truefalse" and q.answer == "Vrai"]
    assert false and true
    for q in false:
        assert q.extra and fold(q.extra) not in fold(q.prompt)


FILTER_TEMPLATES = """\
fact: person_role
templates:
  - id: gives-away
    kind: basic
    prompt: "Qui est [[ person ]], [[ role_phrase.le ]] ?"
    answer: "[[ person ]]"
  - id: last-name
    kind: basic
    prompt: "Quel rôle joue M. [[ person.bare.split()[-1] ]] ?"
    answer: "[[ person ]]"
  - id: pronoun
    kind: basic
    prompt: "Qu'a-t-il dit quand elle est arrivée ?"
    answer: "[[ role ]]"
  - id: relative
    kind: basic
    prompt: "Qui a été nommé [[ role_phrase.le ]] hier ?"
    answer: "[[ person ]]"
  - id: long
    kind: basic
    prompt: "Parmi toutes les personnes citées dans ce long article de presse consacré à un sujet difficile et très vaste qui a occupé la fonction de [[ role ]] ?"
    answer: "[[ person ]]"
  - id: no-mark
    kind: basic
    prompt: "Dites qui est [[ role_phrase.le ]]."
    answer: "[[ person ]]"
  - id: dup-one
    kind: basic
    prompt: "Qui est [[ role_phrase.le ]] ?"
    answer: "[[ person ]]"
  - id: dup-two
    kind: basic
    weight: 0.5
    prompt: "Qui est [[ role_phrase.le ]] ?"
    answer: "[[ person ]]"
"""


def test_filter_drops_bad_questions_with_reasons(tmp_path: Path) -> None:
    folder = tmp_path / "filters"
    folder.mkdir()
    (folder / "filters.yaml").write_text(FILTER_TEMPLATES, encoding="utf-8")
    facts, header = factory_facts()
    dupuis = [f for f in facts if f.get("person") == "Jean Dupuis"]
    ids = [
        "gives-away",
        "last-name",
        "pronoun",
        "relative",
        "long",
        "no-mark",
        "dup-one",
        "dup-two",
    ]
    result = explain_questions(dupuis, header, [folder], Selection(templates=tuple(ids)))
    reasons = {r.question.template: r.reason for r in result.rejected}
    assert reasons["gives-away"] == "answer given away in the prompt ('jean dupuis')"
    assert reasons["last-name"] == "answer given away in the prompt ('dupuis')"
    assert (
        reasons["pronoun"] == "unresolved pronoun « elle »"
    )  # « a-t-il » is an inversion, not a pronoun
    assert reasons["relative"] == "relative date « hier » (the question must stand alone)"
    assert reasons["long"].startswith("prompt too long (29 words > 25)")
    assert reasons["no-mark"] == "prompt does not end with « ? »"
    assert reasons["dup-two"].startswith("duplicate of ")
    assert [q.template for q in result.kept] == ["dup-one"]


def test_same_prompt_other_answer_becomes_accepted() -> None:
    facts, header = gold_facts()
    grade = [
        q for q in render_all(facts, header) if q.prompt == "Quel est le grade de Jennie Carignan ?"
    ]
    assert len(grade) == 1 and {grade[0].answer, *grade[0].accept} == {"major-général", "général"}


def test_limit_keeps_the_best_spread_over_facts() -> None:
    facts, header = factory_facts()
    best = generate(facts, load_templates().values(), header=header, limit=6)
    assert len(best.kept) == 6
    assert len({q.fact_id for q in best.kept}) == 6
    assert any(r.reason == "ranked below the limit of 6" for r in best.rejected)


def test_recipe_selects_templates_kinds_limit_and_tags(tmp_path: Path) -> None:
    facts, header = factory_facts()
    recipe = Recipe(
        path=tmp_path / "r.yaml",
        name="Usine",
        article=tmp_path / "a.txt",
        language="fr",
        slug="usine",
        templates=("quantity", "role-qui"),
        kinds=("basic",),
        limit=2,
        tags=("économie locale",),
    )
    source = Source("usine", header, facts, recipe=recipe)
    questions = questions_for(facts, header, (), source.selection())
    assert len(questions) == 2
    assert all(
        q.kind == "basic" and (q.fact_type == "quantity" or q.template == "role-qui")
        for q in questions
    )
    assert all("économie_locale" in q.tags for q in questions)


def test_missing_fields_do_not_break_rendering() -> None:
    sparse = [
        make_fact("x", "person_role", "Il était là.", 0, 12, person="Dupont"),
        make_fact("x", "succession", "Il a succédé.", 0, 13, successor="Durand", predecessor=None),
        make_fact("x", "quantity", "Beaucoup.", 0, 9, value=None, unit=None, text="beaucoup"),
        make_fact("x", "event", "Un jour.", 0, 8, date="un jour", date_norm=None),
        make_fact("x", "quote", "« Oui. »", 0, 8, text="Oui", speaker=None, marked=True),
        make_fact("x", "leads", "Rien.", 0, 5),
        make_fact("x", "acronym", "ONU.", 0, 4, acronym="ONU", expansion=None),
    ]
    result = generate(sparse, load_templates().values(), header={"slug": "x"})
    for q in result.kept:
        assert "None" not in q.prompt and q.answer.strip()


# --- distractors ------------------------------------------------------------------------------


def number_facts(values: list[int], unit: str = "soldats") -> list[Fact]:
    return [
        make_fact(
            "n",
            "quantity",
            f"Il y a {v} {unit} ici.",
            0,
            10,
            value=v,
            approx=False,
            unit=unit,
            text=f"{v} {unit}",
            subject=str(i),
        )
        for i, v in enumerate(values)
    ]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(min_value=1, max_value=10**7), min_size=1, max_size=6, unique=True))
def test_number_distractors_are_distinct_and_never_the_answer(values: list[int]) -> None:
    facts = number_facts(values)
    index = ArticleIndex.build(facts, {})
    from generators.questions.variables import build_context

    for fact in facts:
        context = build_context(fact, index)
        found = distractors("number", fact, context, index, [context["number"]], 3)
        assert len(found) == 3
        assert len({fold(x) for x in found}) == 3
        assert all(re.sub(r"\D", "", x) != str(fact.get("value")) for x in found)


@settings(max_examples=60, deadline=None)
@given(st.floats(min_value=0.1, max_value=1e9, allow_nan=False))
def test_nearby_numbers_never_equal_the_value(value: float) -> None:
    found = nearby_numbers(value)
    assert found and value not in found and len(set(found)) == len(found)


people = st.lists(
    st.tuples(
        st.sampled_from(["Anne", "Paul", "Marc", "Lise", "Yves", "Rose"]),
        st.sampled_from(["Roy", "Martin", "Blanc", "Petit"]),
    ),
    min_size=2,
    max_size=7,
    unique=True,
)
roles = st.sampled_from(
    ["maire de Lyon", "ministre des Armées", "président du club", "juge", "trésorier du parti"]
)


@settings(max_examples=60, deadline=None)
@given(people, st.lists(roles, min_size=7, max_size=7))
def test_mcq_has_exactly_one_right_answer(
    names: list[tuple[str, str]], role_list: list[str]
) -> None:
    facts = [
        make_fact(
            "p",
            "person_role",
            f"{first} {last} est {role}.",
            0,
            10,
            person=f"{first} {last}",
            role=role,
        )
        for (first, last), role in zip(names, role_list, strict=False)
    ]
    index = ArticleIndex.build(facts, {})
    questions = generate(facts, load_templates().values(), header={"slug": "p"}).kept
    for q in questions:
        if q.kind != "mcq":
            continue
        assert len(set(q.choices)) == len(q.choices) == 4 and q.answer in q.choices
        for choice in q.choices:
            if choice == q.answer:
                continue
            if q.template == "role-qui-qcm":  # no distractor holds the asked role
                person = index.person(choice)
                asked = next(f for f in facts if f.id == q.fact_id).get("role")
                assert person is None or asked not in person.roles
            if (
                q.template == "person-fonction-qcm"
            ):  # no distractor is another role of the same person
                person = index.person(next(f for f in facts if f.id == q.fact_id).get("person"))
                assert person is not None and choice not in person.roles


def test_seed_choices_come_from_the_article_first() -> None:
    facts, header = gold_facts()
    questions = render_all(facts, header)
    succession = next(q for q in questions if q.template == "succession-successeur-qcm")
    people = {
        "Harjit Sajjan",
        "Jens Stoltenberg",
        "Michel-Henri St-Louis",
        "Jennie Carignan",
        "Othman al-Ghanmi",
        "Qasem Soleimani",
        "Fortin",
    }
    assert set(succession.choices) <= people
    assert "Fortin" not in succession.choices or succession.answer != "Fortin"
    # the sentence's « … et les quelque ___ militaires » is a piece of it: asked as a question
    troops = next(q for q in questions if q.template == "quantity-combien-qcm")
    assert troops.answer == "quelque 220" and len(troops.choices) == 4
    assert "quelque 220" in troops.choices


@pytest.mark.parametrize("kind", ["basic", "cloze", "mcq", "numeric", "truefalse"])
def test_kind_filter(kind: str) -> None:
    facts, header = factory_facts()
    questions = questions_for(facts, header, (), Selection(kinds=(kind,)))
    assert questions and {q.kind for q in questions} == {kind}


# --- golden files: the rendered questions, reviewed by a French reader --------------------------

GOLDEN = Path(__file__).resolve().parent / "golden"


def golden_text(questions: list[Question]) -> str:
    """Return questions as the reviewed golden text: one block per question, in rank order."""
    blocks = []
    for q in questions:
        lines = [f"[{q.kind} · {q.template}] {q.prompt}", f"    → {q.answer}"]
        if q.accept:
            lines.append(f"    accepte : {' | '.join(q.accept)}")
        if q.choices:
            lines.append(f"    choix : {' | '.join(q.choices)}")
        if q.range:
            lines.append(f"    intervalle : {q.range[0]:g} – {q.range[1]:g}")
        if q.kind == "truefalse":
            lines.append(f"    valeur vraie : {q.extra}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"


def check_golden(name: str, text: str) -> None:
    """Compare with tests/golden/NAME; FACTDECK_UPDATE_GOLDEN=1 rewrites it instead."""
    import os

    path = GOLDEN / name
    if os.environ.get("FACTDECK_UPDATE_GOLDEN"):
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert path.is_file(), f"{path} is missing; run with FACTDECK_UPDATE_GOLDEN=1 and review it"
    assert text == path.read_text(encoding="utf-8"), (
        f"questions differ from {path}; review, then FACTDECK_UPDATE_GOLDEN=1"
    )


def test_golden_hand_built_article() -> None:
    check_golden("usine-questions.txt", golden_text(deck_of(*factory_facts())))


def test_golden_seed_from_real_extraction(seed_facts: list[Fact], seed_article: Any) -> None:
    check_golden("seed-questions.txt", golden_text(deck_of(seed_facts, seed_article.header())))


@pytest.mark.parametrize(
    ("what", "question"),
    [
        (
            "Le général André est nommé ministre de la guerre",
            "Quand le général André est-il nommé ministre de la guerre ?",
        ),
        ("Les troupes ont quitté la ville", "Quand les troupes ont-elles quitté la ville ?"),
        ("Les ministres se sont réunis", "Quand les ministres se sont-ils réunis ?"),
        ("L'usine a fermé ses portes", "Quand l'usine a-t-elle fermé ses portes ?"),
        ("L'affaire est une affaire politique", ""),
        ("Elles sont publiées", ""),
        ("à cette réunion", ""),
    ],
)
def test_invert_clause_inverts_only_clear_clauses(what: str, question: str) -> None:
    from generators.questions.phrasing import invert_clause

    inverted = invert_clause(what, ArticleIndex.build([], {}))
    assert (f"Quand {inverted} ?" if inverted else "") == question


def write_facts(tmp_path: Path) -> Path:
    import json

    from generators.records import facts_document

    facts, header = factory_facts()
    path = tmp_path / "usine.json"
    path.write_text(json.dumps(facts_document(header, facts), ensure_ascii=False), encoding="utf-8")
    return path


def test_questions_command_prints_the_contract_json(tmp_path: Path) -> None:
    import json

    from typer.testing import CliRunner

    from generators.cli import app

    facts = write_facts(tmp_path)
    result = CliRunner().invoke(app, ["questions", str(facts), "--limit", "5", "--explain"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert len(data) == 5 and all(
        {"id", "prompt", "answer", "kind", "choices", "range"} <= set(q) for q in data
    )
    assert "ranked below the limit of 5" in result.stderr
    table = CliRunner().invoke(
        app, ["questions", str(facts), "--format", "table", "--kind", "cloze"]
    )
    assert table.exit_code == 0 and "{{c1::300}}" in table.stdout
    preview = CliRunner().invoke(app, ["templates", "preview", "succession-successeur", str(facts)])
    assert "Qui a succédé à Paul Girard en mars 2021 ?" in preview.stdout


def test_questions_command_reports_unknown_template_ids(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from generators.cli import app

    result = CliRunner().invoke(
        app, ["questions", str(write_facts(tmp_path)), "--template", "nope"]
    )
    assert result.exit_code != 0
    assert "unknown template id 'nope'" in str(result.exception)


@pytest.mark.parametrize(
    ("sentence", "text", "unit", "value", "gender", "question"),
    [
        (
            "La nouvelle usine doit créer 300 emplois d'ici 2027, a-t-il dit.",
            "300 emplois",
            "emplois",
            300,
            "m",
            "Combien d'emplois la nouvelle usine doit-elle créer d'ici 2027 ?",
        ),
        (
            "Le jury a auditionné 37 témoins, dont 11 ont été rappelés.",
            "37 témoins",
            "témoins",
            37,
            "m",
            "Combien de témoins le jury a-t-il auditionnés ?",
        ),
        (
            "L'entreprise a supprimé 150 places cette année.",
            "150 places",
            "places",
            150,
            "f",
            "Combien de places l'entreprise a-t-elle supprimées cette année ?",
        ),
        (
            "Les deux clubs comptent 1 200 licenciés.",
            "1 200 licenciés",
            "licenciés",
            1200,
            "m",
            "Combien de licenciés les deux clubs comptent-ils ?",
        ),
        (
            "La Norvège a deux bases au Chili avec environ 700 marins.",
            "environ 700 marins",
            "marins",
            700,
            "m",
            "",
        ),
        (
            "Le juge a convoqué Paul Roy et 52 personnes devant la cour.",
            "52 personnes",
            "personnes",
            52,
            "f",
            "",
        ),
        ("Le coût s'élève à 3 400 000 F.", "3 400 000 F", "F", 3400000, "m", ""),
    ],
)
def test_object_question_inverts_subject_and_agrees(
    sentence: str, text: str, unit: str, value: int, gender: str, question: str
) -> None:
    from generators.questions.phrasing import object_question

    fact = make_fact(
        "x",
        "quantity",
        sentence,
        0,
        len(sentence),
        text=text,
        unit=unit,
        value=value,
        unit_gender=gender,
    )
    assert object_question(fact, unit, ArticleIndex.build([], {})) == question


@pytest.mark.parametrize(
    ("swapped", "surface", "shown"),
    [
        ("6 800 000", "3.400.000", "6.800.000"),  # the article groups thousands with points
        ("2 400", "1 200", "2 400"),
        ("3000", "1500", "3000"),  # no grouping in the article, none in the false statement
        ("18", "neuf", "dix-huit"),  # spelled out in the article, spelled out here
        ("46", "Quarante-sept", "Quarante-six"),  # the number opens the sentence
        ("environ 800", "environ 400", "environ 800"),  # a hedge: left as formatted
        ("2 000 000", "douze", "2 000 000"),  # beyond the speller: digits
    ],
)
def test_a_false_number_is_written_like_the_articles(
    swapped: str, surface: str, shown: str
) -> None:
    from generators.questions.distractors import like_surface

    assert like_surface(swapped, surface) == shown


TOWN = """La nouvelle école de Morvillers
date 2019-09

Le maire a remercié les partenaires du projet, et en particulier la région et le département, pour le financement, en 2015, d'une nouvelle salle de sport et l'embauche de trois animateurs pour la rentrée scolaire de septembre.
Car la commune, placée sous tutelle en 2009 avec un plan de redressement de douze ans, ne pouvait pas emprunter davantage.
Le coût des travaux s'élève à 1.250.000 euros.
"""


def test_truefalse_statements_are_whole_propositions() -> None:
    article, fact = hand_facts(TOWN, "ecole")

    def quantity(line: int, value: int, unit: str, surface: str) -> Fact:
        return fact(
            "quantity", line, value=value, approx=False, unit=unit, text=surface, subject=unit
        )

    facts = [
        quantity(0, 3, "animateurs", "trois animateurs"),
        quantity(1, 12, "ans", "douze ans"),
        quantity(2, 1_250_000, "euros", "1.250.000 euros"),
    ]
    result = generate(facts, load_templates().values(), header=article.header(), per_fact=0)
    statements = [q for q in result.kept if q.kind == "truefalse"]
    assert statements
    for q in statements:
        body = q.prompt.removeprefix("Vrai ou faux : ")
        assert not re.match(r"… (d'|d’|de |et |pour )", body), q.prompt
        assert not body.startswith("Car "), q.prompt
    # the piece « … l'embauche de trois animateurs … » of the long first sentence is not made a
    # statement (a truncated clause), or is dropped as a fragment
    fragments = [r.reason for r in result.rejected if r.question.kind == "truefalse"]
    assert any(r.startswith("the statement is a fragment") for r in fragments) or not any(
        "animateurs" in q.prompt for q in statements
    )


COMPANY = """Une PME en difficulté
date 2002-02

M. Verdier est l'actionnaire majoritaire de SOFEC.
Le directeur de SOFEC, Alain Morel, attend une réponse de la banque.
Ce résultat représente une baisse de 12 % du chiffre d'affaires.
"""


def test_people_known_by_surname_keep_their_civility_and_bare_names_stay_bare() -> None:
    article, fact = hand_facts(COMPANY, "pme")

    facts = [
        fact("person_role", 0, person="Verdier", aliases=["M. Verdier"], role="actionnaire majoritaire de SOFEC", gender="m"),
        fact("person_role", 1, person="Alain Morel", role="directeur de SOFEC", gender="m"),
        fact("leads", 1, leader="Alain Morel", entity="SOFEC", via="title"),
        fact("quantity", 2, value=12, approx=False, unit="%", text="12 %", subject="chiffre d'affaires"),
    ]  # fmt: skip
    result = generate(facts, load_templates().values(), header=article.header())
    prompts = {q.prompt: q.answer for q in result.kept}
    assert "Quelle fonction M. Verdier occupait-il en février 2002 ?" in prompts
    assert not any(re.search(r"(?<!M\. )Verdier", p) for p in prompts)
    # « de SOFEC », never « de la SOFEC » in the article: the questions say « SOFEC » bare too
    assert prompts.get("Qui dirigeait SOFEC en février 2002 ?") == "Alain Morel"
    assert not any("l’SOFEC" in p or "la SOFEC" in p or "le SOFEC" in p for p in prompts)
    # « Ce résultat … » points back to the article: no question stands on it
    assert not any("Ce résultat" in p for p in prompts), prompts
    reasons = [r.reason for r in result.rejected if "Ce résultat" in r.question.prompt]
    assert reasons and all("points back" in r or "ce" in r for r in reasons)


def test_a_clause_ending_in_an_exclamation_gets_no_extra_full_stop() -> None:
    from generators.questions.phrasing import gapped_clause

    parts = gapped_clause("Sur l'année 2000, les dons auraient atteint 850 000 F !", "2000")
    assert parts["gap"] == "Sur l'année ___, les dons auraient atteint 850 000 F !"
    assert gapped_clause("Les dons ont atteint 850 000 F.", "850 000")["gap"].endswith("F.")


def test_strip_article_leaves_words_that_start_like_one() -> None:
    from generators.questions.phrasing import strip_article

    assert strip_article("laboratoire de physique") == "laboratoire de physique"
    assert strip_article("lesquels") == "lesquels"
    assert strip_article("la mission") == "mission"
    assert strip_article("l’ONU") == "ONU"


@pytest.mark.parametrize(
    ("role", "post"),
    [
        ("à la direction générale de la régie", "à la direction générale de la régie"),
        ("au poste de trésorier", "au poste de trésorier"),
        ("ministre de la Guerre", "au poste de ministre de la Guerre"),
    ],
)
def test_post_phrase_keeps_a_role_that_already_says_where(role: str, post: str) -> None:
    from generators.questions.phrasing import post_phrase

    assert post_phrase(role) == post


@pytest.mark.parametrize(
    ("role", "specific"),
    [
        ("maire de Lyon", True),
        ("membre de l'Académie des sciences", False),
        ("élève de Marie Curie", False),
        ("chevalier de la Légion d'honneur", False),
        ("conseillère municipale LR", False),
    ],
)
def test_roles_many_people_hold_are_not_one_post(role: str, specific: bool) -> None:
    from generators.questions.index import is_specific

    assert is_specific(role) is specific


REGIE = """La régie des eaux
date 2023-05

Anne Roux dirige la Semtel depuis 2019.
Le budget de la Semtel atteint 12 millions d'euros.
"""


def test_a_one_word_name_the_article_writes_with_an_article_keeps_it() -> None:
    article, fact = hand_facts(REGIE, "regie")
    facts = [fact("leads", 0, leader="Anne Roux", entity="Semtel", via="verb")]
    prompts = [
        q.prompt for q in generate(facts, load_templates().values(), header=article.header()).kept
    ]
    assert "Qui dirigeait la Semtel en mai 2023 ?" in prompts, prompts


RACE = """Course cycliste à Brévanne
date 2021-05

Les trois coureurs sont partis tôt.
La course de Brévanne a réuni 120 cyclistes, a annoncé Paul Girard, président du club.
"""


def test_a_subject_of_one_word_before_a_number_gives_questions_not_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    from conftest import run_factdeck

    article = tmp_path / "course.txt"
    article.write_text(RACE, encoding="utf-8")
    code, out, err = run_factdeck(["questions", str(article), "--explain"], monkeypatch, capsys)
    assert code == 0, err
    assert json.loads(out)
    assert "error" not in err


DIVIDE = """fact: quantity
templates:
  - id: quantity-divided
    kind: basic
    prompt: "Combien de [[ unit ]] ?"
    answer: "[[ value // 0 ]]"
"""


def test_a_question_that_fails_is_dropped_listed_and_traced_under_debug(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    from conftest import run_factdeck

    monkeypatch.setenv("FACTDECK_DEBUG", "")  # --debug sets it for the process: undone after
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "quantity.yaml").write_text(DIVIDE, encoding="utf-8")
    facts = str(write_facts(tmp_path))
    args = ["questions", facts, "--templates", str(tmp_path / "mine")]
    code, out, err = run_factdeck([*args, "--explain"], monkeypatch, capsys)
    assert code == 0, err
    assert json.loads(out)  # the other questions of the fact and the article are kept
    dropped = "dropped quantity-divided [basic]: internal error: ZeroDivisionError: "
    assert dropped in err and "Traceback" not in err
    code, out, err = run_factdeck(args, monkeypatch, capsys)
    assert code == 0 and "left out; --explain lists them, --debug shows why" in err
    code, out, err = run_factdeck(["--debug", *args], monkeypatch, capsys)
    assert code == 0 and dropped in err
    assert "Traceback (most recent call last)" in err and "ZeroDivisionError" in err
