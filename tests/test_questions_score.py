"""Scores, the calibrated threshold and the per-fact budget: fewer questions, each right."""

from __future__ import annotations

import importlib.util
from dataclasses import replace
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from generators.questions import generate
from generators.questions.budget import keep_best
from generators.questions.score import THRESHOLD, score, signals
from generators.questions.templates import load_templates
from generators.records import Fact, Question

JUDGED = Path(__file__).resolve().parent / "data" / "judged"


def calibration() -> ModuleType:
    """Load tests/data/judged/calibrate.py (a script beside its data, not a package)."""
    spec = importlib.util.spec_from_file_location("calibrate", JUDGED / "calibrate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_threshold_separates_the_judged_questions_as_measured() -> None:
    tool = calibration()
    pairs = tool.scored(tool.load([JUDGED / "before.yaml"]))
    assert len(pairs) == 106
    best = tool.best_threshold(pairs)
    shares = tool.rates(pairs, THRESHOLD)
    # Measured on the first look (README): keeps 61 % of ok/awkward cards, 24.5 % of wrong/useless.
    assert shares["good_kept"] >= 0.61 and shares["bad_kept"] <= 0.25
    kept = [label for value, label in pairs if value >= THRESHOLD]
    assert kept.count("ok") == 16 and kept.count("useless") == 0
    assert tool.rates(pairs, 0.0)["bad_share_kept"] - shares["bad_share_kept"] >= 0.2
    youden = shares["good_kept"] - shares["bad_kept"]
    best_shares = tool.rates(pairs, best)
    assert youden >= best_shares["good_kept"] - best_shares["bad_kept"] - 0.01


def question(prompt: str, answer: str, kind: str = "basic", **fields: Any) -> Question:
    defaults: dict[str, Any] = {"fact_type": "quantity", "score": 3.0}
    defaults.update(fields)
    return Question(
        id=defaults.pop("id", prompt[:10]),
        fact_id=defaults.pop("fact_id", "f1"),
        template=defaults.pop("template", "t"),
        kind=kind,
        prompt=prompt,
        answer=answer,
        **defaults,
    )


@pytest.mark.parametrize(
    ("prompt", "answer", "kind", "signal"),
    [
        ("… dont plus de {{c1::300}} en mai, selon l’association.", "300", "cloze", "fragment"),
        ("Complétez : « … »", "3 mai 2019", "mcq", "empty"),
        (
            "Après {{c1::deux}} victoires sur les étapes précédentes, elle gagne.",
            "deux",
            "cloze",
            "small count",
        ),
        (
            "En quelle année le pont, ouvert en 1987, a-t-il fermé ?",
            "en 1987",
            "basic",
            "year given",
        ),
        ("Qui est Paul Girard ?", "maire de Lyon", "basic", "open who"),
        (
            "Le pays a également perdu {{c1::40}} sièges à l’assemblée régionale.",
            "40",
            "cloze",
            "points back",
        ),
    ],
)
def test_a_bad_card_shows_its_signal(prompt: str, answer: str, kind: str, signal: str) -> None:
    made = question(prompt, answer, kind)
    assert signal in dict(signals(made))
    assert score(made) < score(question("Combien de sièges le parti a-t-il gagnés ?", "40"))


def test_a_whole_quote_closed_before_its_full_stop_is_balanced() -> None:
    whole = question(
        "« Après la crue, ce barrage retient {{c1::9 000}} mètres cubes, pour un total de 12 000 ».",
        "9 000",
        "cloze",
    )
    opened = question(
        "Le maire a dit : « ce barrage retient {{c1::9 000}} mètres cubes.", "9 000", "cloze"
    )
    assert "unbalanced" not in dict(signals(whole))
    assert "unbalanced" in dict(signals(opened))


def test_a_long_whole_sentence_costs_less_than_a_long_cut_one() -> None:
    words = " ".join(["les petites fermes de la vallée"] * 6)
    whole = question(
        f"Le marché a compté {{{{c1::300}}}} vendeurs venus de {words}.", "300", "cloze"
    )
    cut = question(
        f"… le marché a compté {{{{c1::300}}}} vendeurs venus de {words}.", "300", "cloze"
    )
    assert dict(signals(whole))["long"] < dict(signals(cut))["long"]


def test_absurd_numeric_choices_are_a_signal() -> None:
    made = question(
        "Combien gagne un vendeur ?",
        "2 000",
        "mcq",
        choices=("2 000", "4 000", "2 000 000 000", "1 000"),
    )
    assert "absurd choices" in dict(signals(made))


def test_confidence_and_story_weight_move_the_score() -> None:
    made = question("Combien de sièges le parti a-t-il gagnés ?", "40")
    sure = Fact("quantity", "s", 0, 1, {"confidence": 1.0, "weight": 1.0})
    unsure = Fact("quantity", "s", 0, 1, {"confidence": 0.2, "weight": 0.3})
    assert score(made, sure) > score(made) > score(made, unsure)
    assert 0.0 <= score(made, unsure) <= score(made, sure) <= 1.0


SUCCESSION: dict[str, Any] = {"fact_type": "succession"}  # a figure's fact is asked once


def test_the_budget_keeps_two_ways_per_fact_above_the_threshold() -> None:
    made = [
        question("Qui a succédé à Paul Girard ?", "Marie Lefèvre", id="a", score=0.9, **SUCCESSION),
        question(
            "À qui Marie Lefèvre a-t-elle succédé ?",
            "à Paul Girard",
            id="b",
            score=0.85,
            **SUCCESSION,
        ),
        question(
            "Qui a remplacé Paul Girard ?", "Marie Lefèvre", "mcq", id="c", score=0.8, **SUCCESSION
        ),
        question("Vrai ou faux : …", "Vrai", "truefalse", id="d", score=0.2, fact_id="f2"),
    ]
    kept, dropped = keep_best(made)
    assert [q.id for q in kept] == ["a", "b"]
    reasons = {r.question.id: r.reason for r in dropped}
    assert reasons["c"].startswith("its fact is already asked 2 times")
    assert reasons["d"].startswith("score 0.20 below the truefalse threshold 0.75")
    assert [q.id for q in keep_best(made, per_fact=1)[0]] == ["a"]
    assert len(keep_best(made, per_fact=0)[0]) == 4


def test_the_same_way_twice_is_dropped() -> None:
    made = [
        question("Combien de sièges ?", "40", id="a", score=0.9),
        question("Combien de sièges le parti a-t-il ?", "40", id="b", score=0.8),
    ]
    kept, dropped = keep_best(made)
    assert [q.id for q in kept] == ["a"] and "same way" in dropped[0].reason
    again = question("Combien de sièges ?", "40", "mcq", id="c", score=0.8)
    assert "same way" in keep_best([made[0], again])[1][0].reason  # the same prompt as options


def test_the_seed_keeps_its_headline_questions(seed_facts: list[Fact], seed_article: Any) -> None:
    result = generate(seed_facts, load_templates().values(), header=seed_article.header())
    kept = result.kept
    answers = [(q.prompt, q.answer) for q in kept]
    assert any("500" in a and "500" in p.replace("{{c1::500}}", "500") for p, a in answers)
    assert any("220" in a for _, a in answers)
    assert any(a == "Jennie Carignan" and "Fortin" in p for p, a in answers)
    assert any("Fortin" in a and "Carignan" in p for p, a in answers)
    per_fact: dict[str, int] = {}
    for q in kept:
        per_fact[q.fact_id] = per_fact.get(q.fact_id, 0) + 1
    assert max(per_fact.values()) <= 2
    assert all(q.score >= THRESHOLD for q in kept)
    assert len(kept) < len(
        generate(
            seed_facts, load_templates().values(), header=seed_article.header(), per_fact=0
        ).kept
    )


def test_the_cli_budget_options(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    nlp: Any,
) -> None:
    import json

    from tests.conftest import SEED, run_factdeck

    code, out, _ = run_factdeck(["questions", str(SEED)], monkeypatch, capsys)
    deck = json.loads(out)
    assert code == 0 and all(0 <= q["score"] <= 1 for q in deck)
    code, out, _ = run_factdeck(["questions", str(SEED), "--all"], monkeypatch, capsys)
    assert len(json.loads(out)) > len(deck)
    code, out, err = run_factdeck(
        ["questions", str(SEED), "--per-fact", "1", "--explain"], monkeypatch, capsys
    )
    one = json.loads(out)
    assert len({q["fact_id"] for q in one}) == len(one) < len(deck)
    assert "below the threshold" in err and "already asked 1 times" in err
    (tmp_path / "a.txt").write_bytes(SEED.read_bytes())
    recipe = tmp_path / "r.yaml"
    recipe.write_text("name: Essai\narticle: a.txt\nlanguage: fr\nper_fact: 0\n", encoding="utf-8")
    code, out, _ = run_factdeck(["questions", str(recipe)], monkeypatch, capsys)
    assert code == 0 and len(json.loads(out)) > len(deck)


def test_one_sentence_is_asked_at_most_twice_and_never_twice_the_same_kind() -> None:
    sentence = "Le club a recruté Léa Morin, ancienne joueuse, pour 40 000 euros en juin."
    made = [
        question("Qui le club a-t-il recruté ?", "Léa Morin", id="a", score=0.9, fact_id="f1"),
        question("Combien le club a-t-il payé ?", "40 000", id="b", score=0.85, fact_id="f2"),
        question("Quand ?", "en juin", "mcq", id="c", score=0.8, fact_id="f3"),
        question("À 10 % près, combien ?", "40 000", "numeric", id="d", score=0.7, fact_id="f4"),
    ]
    made = [replace(q, source=sentence) for q in made]
    kept, dropped = keep_best(made)
    assert [q.id for q in kept] == ["a", "c"]
    reasons = {r.question.id: r.reason for r in dropped}
    assert reasons["b"].startswith("its sentence already has a basic question (a)")
    assert reasons["d"].startswith("its sentence is already asked 2 times (a, c)")
    assert len(keep_best(made, per_fact=0)[0]) == 4  # --all lifts it
    long_one = sentence[:-1] + ", " + " ".join(["et les joueuses du centre de formation"] * 5) + "."
    assert len(keep_best([replace(q, source=long_one) for q in made])[0]) == 3


def test_true_false_and_cloze_have_their_own_threshold() -> None:
    from generators.questions.score import kind_threshold

    assert kind_threshold("truefalse") > kind_threshold("cloze") >= THRESHOLD
    assert kind_threshold("basic") == THRESHOLD
    made = [
        question("Vrai ou faux : Le port compte 40 quais.", "Vrai", "truefalse", id="a", score=0.7),
        question("Combien de quais le port compte-t-il ?", "40", id="b", score=0.7, fact_id="f2"),
    ]
    kept, dropped = keep_best(made)
    assert [q.id for q in kept] == ["b"]
    assert "truefalse threshold" in dropped[0].reason
    assert len(keep_best(made, per_fact=0)[0]) == 2


def test_calibrate_fits_each_kind(capsys: pytest.CaptureFixture[str]) -> None:
    tool = calibration()
    tool.main(["--kinds"])
    out = capsys.readouterr().out
    assert "truefalse" in out and "cloze" in out and "fitted" in out
    items = tool.load([])
    assert {i["kind"] for i in items} >= {"truefalse", "cloze"} and len(items) == 210
    in_use = tool.rates_in_use(items, tool.scored(items))
    assert in_use["bad_kept"] < tool.rates(tool.scored(items), THRESHOLD)["bad_kept"]


def test_the_template_judgements_are_the_judged_files_counted() -> None:
    """lexicon/score_template_judgements.txt is `calibrate.py --templates`, not counts by hand."""
    from generators import lexicon

    counted = {t: c for t, c in calibration().template_counts().items() if sum(c[:4]) >= 3}
    table = {
        line.split()[0]: [int(n) for n in line.split()[1:]]
        for line in lexicon.words("score_template_judgements")
    }
    assert table == counted
