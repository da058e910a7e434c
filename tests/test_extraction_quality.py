"""Extraction quality on the hand-labelled articles, scored by tests/scoring.py.

Five gold sets: the seed; dev-gold (5 corpus texts the extractors were written on); heldout-gold
(the 7 other corpus texts, labelled blind later); invented (4 articles written and labelled blind
for evaluation, see tests/data/invented/README.md); wikinews set A (10 modern news articles of
tests/data/wikinews/, labelled blind before issue 14's fixes, a regression set since).

Thresholds sit a little below what the extractor reaches (strict mode), so a regression fails
while small harmless changes pass. Raise them when the extractor gets better.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from tests import scoring
from tests.conftest import CORPUS, DATA, SEED

DEV_GOLD = sorted((DATA / "dev-gold").glob("*.yaml"))
HELDOUT_GOLD = sorted((DATA / "heldout-gold").glob("*.yaml"))
INVENTED_GOLD = sorted((DATA / "invented").glob("*.yaml"))
WIKINEWS_A_GOLD = sorted((DATA / "wikinews-gold-a").glob("*.yaml"))
WIKINEWS_B_GOLD = sorted((DATA / "wikinews-gold-b").glob("*.yaml"))
# Sets C, D, E: 30 articles labelled blind in session 12, unread by anyone writing rules.
WIKINEWS_CDE_GOLD = sorted(DATA.glob("wikinews-gold-[cde]/*.yaml"))
WIKINEWS_FG_GOLD = sorted(DATA.glob("wikinews-gold-[fg]/*.yaml"))
WIKINEWS_HIJ_GOLD = sorted(DATA.glob("wikinews-gold-[hij]/*.yaml"))
WIKINEWS_K_GOLD = sorted(DATA.glob("wikinews-gold-k/*.yaml"))
WIKINEWS_L_GOLD = sorted(DATA.glob("wikinews-gold-l/*.yaml"))
WIKINEWS_M_GOLD = sorted(DATA.glob("wikinews-gold-m/*.yaml"))
WIKINEWS_N_GOLD = sorted(DATA.glob("wikinews-gold-n/*.yaml"))
WIKINEWS_O_GOLD = sorted(DATA.glob("wikinews-gold-o/*.yaml"))
WIKINEWS_R_GOLD = sorted(DATA.glob("wikinews-gold-r/*.yaml"))
WIKINEWS_S_GOLD = sorted(DATA.glob("wikinews-gold-s/*.yaml"))
WIKINEWS_T_GOLD = sorted(DATA.glob("wikinews-gold-t/*.yaml"))
WIKINEWS_U_GOLD = sorted(DATA.glob("wikinews-gold-u/*.yaml"))
WIKINEWS_W_GOLD = sorted(DATA.glob("wikinews-gold-w/*.yaml"))
WIKINEWS_X_GOLD = sorted(DATA.glob("wikinews-gold-x/*.yaml"))
WIKINEWS_Z_GOLD = sorted(DATA.glob("wikinews-gold-z/*.yaml"))
WIKINEWS_Z2_GOLD = sorted(DATA.glob("wikinews-gold-z2/*.yaml"))
WIKINEWS_Z3_GOLD = sorted(DATA.glob("wikinews-gold-z3/*.yaml"))
WIKINEWS_Z4_GOLD = sorted(DATA.glob("wikinews-gold-z4/*.yaml"))
WIKINEWS_Z5_GOLD = sorted(DATA.glob("wikinews-gold-z5/*.yaml"))
WIKINEWS_Z6_GOLD = sorted(DATA.glob("wikinews-gold-z6/*.yaml"))
WIKINEWS_Z7_GOLD = sorted(DATA.glob("wikinews-gold-z7/*.yaml"))
WIKINEWS_Z8_GOLD = sorted(DATA.glob("wikinews-gold-z8/*.yaml"))
WIKINEWS_Z9_GOLD = sorted(DATA.glob("wikinews-gold-z9/*.yaml"))
WIKINEWS_Z10_GOLD = sorted(DATA.glob("wikinews-gold-z10/*.yaml"))
WIKINEWS_Z11_GOLD = sorted(DATA.glob("wikinews-gold-z11/*.yaml"))
WIKINEWS_Z12_GOLD = sorted(DATA.glob("wikinews-gold-z12/*.yaml"))
WIKINEWS_Z13_GOLD = sorted(DATA.glob("wikinews-gold-z13/*.yaml"))
WIKINEWS_Z14_GOLD = sorted(DATA.glob("wikinews-gold-z14/*.yaml"))
WIKINEWS_Z15_GOLD = sorted(DATA.glob("wikinews-gold-z15/*.yaml"))
WIKINEWS_Z16_GOLD = sorted(DATA.glob("wikinews-gold-z16/*.yaml"))
WIKINEWS_Z17_GOLD = sorted(DATA.glob("wikinews-gold-z17/*.yaml"))
WIKINEWS_Z18_GOLD = sorted(DATA.glob("wikinews-gold-z18/*.yaml"))
WIKINEWS_Z19_GOLD = sorted(DATA.glob("wikinews-gold-z19/*.yaml"))
WIKINEWS_Z20_GOLD = sorted(DATA.glob("wikinews-gold-z20/*.yaml"))
WIKINEWS_Z21_GOLD = sorted(DATA.glob("wikinews-gold-z21/*.yaml"))
WIKINEWS_Z22_GOLD = sorted(DATA.glob("wikinews-gold-z22/*.yaml"))
WIKINEWS_Z23_GOLD = sorted(DATA.glob("wikinews-gold-z23/*.yaml"))

# Strict F1 floors per fact type; None: the type has no floor yet (its extractor is not there).
SEED_FLOORS: dict[str, float | None] = {
    "quantity": 0.95,
    "event": 0.95,
    # The seed names one organisation by a word acronym (written like a name) that nothing in
    # the text expands: found only by a list of known names, which must not carry the seed's.
    "acronym": 0.65,
    "person_role": 0.95,
    "succession": 0.95,
    "leads": 0.95,
    "quote": 0.95,
}
DEV_FLOORS: dict[str, float | None] = {
    "quantity": 0.95,
    "event": 0.95,
    "acronym": 0.95,
    "person_role": 0.90,
    "succession": 0.95,
    "leads": 0.88,
    "quote": 0.90,
}
SEED_OVERALL = 0.92
DEV_OVERALL = 0.96
HELDOUT_OVERALL = 0.96
INVENTED_OVERALL = 0.93
# Wikinews set A: strict F1 per type (floors a little below what the extractor reaches).
WIKINEWS_A_FLOORS: dict[str, float] = {
    "quantity": 0.88,
    "event": 0.85,
    "acronym": 0.72,
    "person_role": 0.78,
    "leads": 0.55,
    "quote": 0.78,
}
WIKINEWS_A_OVERALL = 0.84
WIKINEWS_A_PRECISION = 0.90
# Set B: scored once unseen (F1 0.784, P 0.835), a regression set since.
WIKINEWS_B_OVERALL = 0.77
WIKINEWS_B_PRECISION = 0.82
# Sets C+D+E together: at session 12's start F1 0.775 (P 0.870); after session 13's leads,
# succession, person_role and quote families see README.
WIKINEWS_CDE_OVERALL = 0.82
WIKINEWS_CDE_PRECISION = 0.90
# Sets F+G together: scored once unseen at session 13's start F1 0.746 (P 0.799) and at its end
# 0.747 (P 0.797): session 13's families did not carry over; read since, a regression set.
# Session 14's families (people, quotes, figures and dates), read on it: see README.
WIKINEWS_FG_OVERALL = 0.82
WIKINEWS_FG_PRECISION = 0.86
# Sets H+I+J together: scored once unseen at session 13's start F1 0.833 (P 0.878), at its end
# 0.836 (P 0.881) and after session 14's first round 0.830 (P 0.871); read since.
WIKINEWS_HIJ_OVERALL = 0.82
WIKINEWS_HIJ_PRECISION = 0.86
# Set K: scored once unseen at session 13's start 0.779 (P 0.848), at its end 0.793 (P 0.852),
# after session 14's first round 0.799 (P 0.858) and its second 0.809 (P 0.861); read since.
WIKINEWS_K_OVERALL = 0.79
WIKINEWS_K_PRECISION = 0.84
# Set L: scored once unseen at session 15's start 0.796 (P 0.892) and after its first round 0.800
# (P 0.902); read since.
WIKINEWS_L_OVERALL = 0.82
WIKINEWS_L_PRECISION = 0.90
# Set M: scored once unseen at session 15's start 0.693 (P 0.786), after round A 0.698 (P 0.800)
# and after round B 0.698 (P 0.800); read since.
# Session 17 read K, L and M (K 0.894, L 0.847, M 0.806 after it): floors raised below those.
WIKINEWS_M_OVERALL = 0.78
WIKINEWS_M_PRECISION = 0.86
# Set N: labelled blind in session 17, scored once unseen at its start 0.831 (P 0.910) and after
# its rules 0.837 (P 0.911); read since.
WIKINEWS_N_OVERALL = 0.81
WIKINEWS_N_PRECISION = 0.88
# Set O: labelled blind at session 17's end, scored once unseen at its start 0.740 (P 0.822) and
# after its rules 0.756 (P 0.835); read since.
WIKINEWS_O_OVERALL = 0.73
WIKINEWS_O_PRECISION = 0.81
# Sets R and S: labelled blind in session 19, scored once unseen at its start 0.806 (P 0.906 and
# P 0.828) and after its rules 0.806 (same matches); read since.
WIKINEWS_R_OVERALL = 0.78
WIKINEWS_R_PRECISION = 0.88
WIKINEWS_S_OVERALL = 0.78
WIKINEWS_S_PRECISION = 0.80
# Set T: labelled blind in session 20, scored once unseen at its start 0.819 (P 0.881); read since.
WIKINEWS_T_OVERALL = 0.80
WIKINEWS_T_PRECISION = 0.86
# Set U: labelled blind in session 20, scored once unseen at its start and after its rules 0.786
# (P 0.891: the rules changed none of its facts); read since (signed figures: 0.803).
WIKINEWS_U_OVERALL = 0.78
WIKINEWS_U_PRECISION = 0.86
# Set W: labelled blind in session 21, scored unread at its start 0.810 (P 0.797); read since
# (0.965 after the session's rules, written reading it).
WIKINEWS_W_OVERALL = 0.93
WIKINEWS_W_PRECISION = 0.93
# Set X: labelled blind in session 21, scored unread at its start and after its rules 0.768
# (P 0.774 both times); read since.
WIKINEWS_X_OVERALL = 0.75
WIKINEWS_X_PRECISION = 0.75
# Set Z: labelled blind in session 22, scored unread at its start 0.894 (P 0.930, R 0.860); read
# since (0.933 after the session's rules, written reading it).
WIKINEWS_Z_OVERALL = 0.90
WIKINEWS_Z_PRECISION = 0.94
# Set Z2: labelled blind in session 22 and scored unread after its rules (and at its start, for
# comparison): 0.768 both times (P 0.778, R 0.759); read since.
WIKINEWS_Z2_OVERALL = 0.75
WIKINEWS_Z2_PRECISION = 0.75
# Set Z3: labelled blind at the end of session 22 and scored unread at its last code (and at its
# start, for comparison): 0.689 both times (P 0.761, R 0.630).
WIKINEWS_Z3_OVERALL = 0.67
WIKINEWS_Z3_PRECISION = 0.74
# Set Z4: labelled blind at the start of session 23, scored unread at its start 4a35548: 0.865
# (P 0.941, R 0.800); read since (0.941 after the session's rules, written reading it).
WIKINEWS_Z4_OVERALL = 0.92
WIKINEWS_Z4_PRECISION = 0.93
# Set Z5: labelled blind at the start of session 23, scored unread at its last code (704b161) and
# at its start: 0.826 both times (P 0.901, R 0.762).
WIKINEWS_Z5_OVERALL = 0.80
WIKINEWS_Z5_PRECISION = 0.88
# Set Z6: labelled blind late in session 23, scored unread at its last code (c5a8d90) and at its
# start: 0.861 both times (P 0.899, R 0.827).
WIKINEWS_Z6_OVERALL = 0.84
WIKINEWS_Z6_PRECISION = 0.88
# Set Z7: labelled blind at the start of session 24, scored unread at its start (03dd460): 0.796
# (P 0.848, R 0.750); read since (0.834 after sessions 24-25's rules, written reading it).
WIKINEWS_Z7_OVERALL = 0.81
WIKINEWS_Z7_PRECISION = 0.86
# Set Z8: labelled blind at the start of session 24, scored unread at session 25's last code
# (ad59c08) and at session 24's start (03dd460): 0.913 both times (P 0.919, R 0.907).
WIKINEWS_Z8_OVERALL = 0.89
WIKINEWS_Z8_PRECISION = 0.90
# Sets Z9, Z10, Z11, Z12: labelled blind during session 26. First looks at session 26's start
# (bee70f8): Z9 0.723 (P 0.825, R 0.644), Z10 0.862 (all figure-skating results), Z11 0.847
# (P 0.857, R 0.837), Z12 0.790 (P 0.835, R 0.750). Z9 read since (0.794); Z10, Z11 and Z12
# scored unread at 6b54eb4 (before Z12's judges were read): 0.862, 0.847 and 0.790, unchanged.
WIKINEWS_Z9_OVERALL = 0.77
WIKINEWS_Z9_PRECISION = 0.87
WIKINEWS_Z10_OVERALL = 0.84
WIKINEWS_Z10_PRECISION = 0.89
WIKINEWS_Z11_OVERALL = 0.83
WIKINEWS_Z11_PRECISION = 0.84
WIKINEWS_Z12_OVERALL = 0.77
WIKINEWS_Z12_PRECISION = 0.82
# Sets Z13, Z14: labelled blind during session 27 (short articles: the months left hold few long
# ones). First looks: Z13 0.730 (P 0.862, R 0.633) at the session's start (f4026af), Z14 0.733
# (P 0.786, R 0.688) at 38af9a1, the same as at the start. Read since. Z15, labelled after most
# of the session's rules and never read: 0.762 (P 0.802) at the start code, 0.778 (P 0.824) at
# d08ec72; 0.789 after a weekday rule its card judges' finding led to (1f0a516).
WIKINEWS_Z13_OVERALL = 0.74
WIKINEWS_Z13_PRECISION = 0.86
WIKINEWS_Z14_OVERALL = 0.74
WIKINEWS_Z14_PRECISION = 0.79
WIKINEWS_Z15_OVERALL = 0.77
WIKINEWS_Z15_PRECISION = 0.81
# Sets Z16, Z17: labelled blind in session 28. Z16 at the session's start (0b182a7): 0.778
# (P 0.833, R 0.730); read since, its families fixed on invented sentences. Z17, labelled during
# the session's first rules and scored unread: 0.793 (P 0.857, R 0.738) at the start code and at
# 158676e alike; judged, read since. Z18, labelled after all of the session's rules and scored
# unread: 0.710 (P 0.696, R 0.724) at the start code and at d30f75b alike.
WIKINEWS_Z16_OVERALL = 0.81
WIKINEWS_Z16_PRECISION = 0.86
WIKINEWS_Z17_OVERALL = 0.78
WIKINEWS_Z17_PRECISION = 0.85
WIKINEWS_Z18_OVERALL = 0.70
WIKINEWS_Z18_PRECISION = 0.69
# Sets Z19, Z20: labelled blind in session 29, both at its start. Z19 scored at the start code
# (75ab198): 0.768 (P 0.878, R 0.683); read since, its families fixed on invented sentences
# (0.821 now). Z20 scored unread after all of the session's rules: 0.788 (P 0.867, R 0.722) at
# the start code and at b0d68d8 alike.
WIKINEWS_Z19_OVERALL = 0.80
WIKINEWS_Z19_PRECISION = 0.92
WIKINEWS_Z20_OVERALL = 0.77
WIKINEWS_Z20_PRECISION = 0.85
# Sets Z21, Z22: labelled blind in session 30 (short items: the WiNER-fr months left hold few
# long ones). Z21 scored at the start code (2ca45f5): 0.810 (P 0.942, R 0.710); read since, its
# families fixed on invented sentences. Z22 scored unread after all of the session's extraction
# rules: 0.857 (P 0.888, R 0.829), the same at the start code.
WIKINEWS_Z21_OVERALL = 0.82
WIKINEWS_Z21_PRECISION = 0.95
WIKINEWS_Z22_OVERALL = 0.84
WIKINEWS_Z22_PRECISION = 0.87
# Set Z23: labelled blind late in session 30 and scored unread after all of its rules: 0.778
# (P 0.751, R 0.807), the same at the start code; 19 of its 43 false facts are events (years of
# references, « aujourd'hui » meaning nowadays, a quote's « aujourd'hui »).
WIKINEWS_Z23_OVERALL = 0.77
WIKINEWS_Z23_PRECISION = 0.74
# Precision is what the extractors guard: a wrong fact becomes a wrong question.
MIN_PRECISION = 0.97


def _gold(path: Path) -> list[dict[str, Any]]:
    return list(yaml.safe_load(path.read_text(encoding="utf-8")))


def _predicted(extract_text: Any, path: Path) -> list[dict[str, Any]]:
    from generators.source.article import read_article

    return [fact.to_dict() for fact in extract_text(read_article(path))]


@pytest.fixture(scope="module")
def seed_scores(extract_text: Any) -> dict[str, scoring.Counts]:
    return scoring.score([(_gold(DATA / "seed-gold.yaml"), _predicted(extract_text, SEED))])


@pytest.fixture(scope="module")
def dev_scores(extract_text: Any) -> dict[str, scoring.Counts]:
    pairs = [
        (_gold(gold), _predicted(extract_text, CORPUS / f"{gold.stem}.txt")) for gold in DEV_GOLD
    ]
    return scoring.score(pairs)


def test_dev_gold_files_have_their_article() -> None:
    assert len(DEV_GOLD) == 5
    assert all((CORPUS / f"{gold.stem}.txt").exists() for gold in DEV_GOLD)


@pytest.mark.parametrize("fact_type", [t for t, floor in SEED_FLOORS.items() if floor is not None])
def test_seed_type_f1(seed_scores: dict[str, scoring.Counts], fact_type: str) -> None:
    floor = SEED_FLOORS[fact_type]
    assert floor is not None
    assert seed_scores[fact_type].f1 >= floor, scoring.table(seed_scores)


@pytest.mark.parametrize("fact_type", [t for t, floor in DEV_FLOORS.items() if floor is not None])
def test_dev_type_f1(dev_scores: dict[str, scoring.Counts], fact_type: str) -> None:
    floor = DEV_FLOORS[fact_type]
    assert floor is not None
    assert dev_scores[fact_type].f1 >= floor, scoring.table(dev_scores)


@pytest.fixture(scope="module")
def heldout_scores(extract_text: Any) -> dict[str, scoring.Counts]:
    pairs = [
        (_gold(gold), _predicted(extract_text, CORPUS / f"{gold.stem}.txt"))
        for gold in HELDOUT_GOLD
    ]
    return scoring.score(pairs)


@pytest.fixture(scope="module")
def invented_scores(extract_text: Any) -> dict[str, scoring.Counts]:
    pairs = [
        (_gold(gold), _predicted(extract_text, gold.with_suffix(".txt"))) for gold in INVENTED_GOLD
    ]
    return scoring.score(pairs)


def test_heldout_and_invented_gold_have_their_articles() -> None:
    assert len(HELDOUT_GOLD) == 7 and len(INVENTED_GOLD) == 4
    for gold in HELDOUT_GOLD:
        assert (CORPUS / f"{gold.stem}.txt").is_file()
    for gold in INVENTED_GOLD:
        assert gold.with_suffix(".txt").is_file()


def test_heldout_overall(heldout_scores: dict[str, scoring.Counts]) -> None:
    assert heldout_scores["ALL"].f1 >= HELDOUT_OVERALL, scoring.table(heldout_scores)
    assert heldout_scores["ALL"].precision >= MIN_PRECISION, scoring.table(heldout_scores)


def test_invented_overall(invented_scores: dict[str, scoring.Counts]) -> None:
    assert invented_scores["ALL"].f1 >= INVENTED_OVERALL, scoring.table(invented_scores)
    assert invented_scores["ALL"].precision >= MIN_PRECISION, scoring.table(invented_scores)


def test_seed_overall_f1(seed_scores: dict[str, scoring.Counts]) -> None:
    assert seed_scores["ALL"].f1 >= SEED_OVERALL, scoring.table(seed_scores)


def test_dev_overall_f1(dev_scores: dict[str, scoring.Counts]) -> None:
    assert dev_scores["ALL"].f1 >= DEV_OVERALL, scoring.table(dev_scores)


def test_seed_required_quantities_all_found(seed_scores: dict[str, scoring.Counts]) -> None:
    assert seed_scores["quantity"].fn == 0, scoring.table(seed_scores)


def test_no_type_with_ten_gold_facts_below_070(dev_scores: dict[str, scoring.Counts]) -> None:
    weak = {
        t: c.f1
        for t, c in dev_scores.items()
        if t != "ALL" and c.tp + c.fn >= 10 and c.f1 < 0.70 and DEV_FLOORS.get(t) is not None
    }
    assert not weak, scoring.table(dev_scores)


def test_scorer_counts_optional_gold_as_neutral() -> None:
    gold = [
        {"type": "acronym", "acronym": "ABC", "expansion": None, "sentence": "x"},
        {"type": "acronym", "acronym": "DE", "optional": True, "expansion": None, "sentence": "x"},
    ]
    predicted = [
        {"type": "acronym", "acronym": "A.B.C."},
        {"type": "acronym", "acronym": "DE"},
        {"type": "acronym", "acronym": "XYZ"},
    ]
    counts = scoring.score([(gold, predicted)])["acronym"]
    assert (counts.tp, counts.fp, counts.fn) == (1, 1, 0)


def test_scorer_strict_quantity_needs_the_same_hedge() -> None:
    gold = [
        {
            "type": "quantity",
            "value": 500,
            "approx": True,
            "unit": "soldats",
            "sentence": "avec environ 500 soldats",
        }
    ]
    exact = [
        {
            "type": "quantity",
            "value": 500,
            "approx": False,
            "unit": "soldats",
            "text": "500 soldats",
        }
    ]
    assert scoring.score([(gold, exact)], strict=True)["quantity"].tp == 0
    assert scoring.score([(gold, exact)], strict=False)["quantity"].tp == 1


@pytest.fixture(scope="module")
def wikinews_a_scores(extract_text: Any) -> dict[str, scoring.Counts]:
    pairs = [
        (_gold(gold), _predicted(extract_text, DATA / "wikinews" / f"{gold.stem}.txt"))
        for gold in WIKINEWS_A_GOLD
    ]
    return scoring.score(pairs)


def test_wikinews_a_gold_has_its_articles() -> None:
    assert len(WIKINEWS_A_GOLD) == 10
    assert all((DATA / "wikinews" / f"{gold.stem}.txt").is_file() for gold in WIKINEWS_A_GOLD)


@pytest.mark.parametrize("fact_type", sorted(WIKINEWS_A_FLOORS))
def test_wikinews_a_type_f1(wikinews_a_scores: dict[str, scoring.Counts], fact_type: str) -> None:
    floor = WIKINEWS_A_FLOORS[fact_type]
    assert wikinews_a_scores[fact_type].f1 >= floor, scoring.table(wikinews_a_scores)


def test_wikinews_a_overall(wikinews_a_scores: dict[str, scoring.Counts]) -> None:
    assert wikinews_a_scores["ALL"].f1 >= WIKINEWS_A_OVERALL, scoring.table(wikinews_a_scores)
    assert wikinews_a_scores["ALL"].precision >= WIKINEWS_A_PRECISION, scoring.table(
        wikinews_a_scores
    )


# The other Wikinews sets, scored as a whole: (gold files, how many, F1 floor, precision floor).
WIKINEWS_SETS = {
    "b": (WIKINEWS_B_GOLD, 10, WIKINEWS_B_OVERALL, WIKINEWS_B_PRECISION),
    "cde": (WIKINEWS_CDE_GOLD, 30, WIKINEWS_CDE_OVERALL, WIKINEWS_CDE_PRECISION),
    "fg": (WIKINEWS_FG_GOLD, 20, WIKINEWS_FG_OVERALL, WIKINEWS_FG_PRECISION),
    "hij": (WIKINEWS_HIJ_GOLD, 30, WIKINEWS_HIJ_OVERALL, WIKINEWS_HIJ_PRECISION),
    "k": (WIKINEWS_K_GOLD, 15, WIKINEWS_K_OVERALL, WIKINEWS_K_PRECISION),
    "l": (WIKINEWS_L_GOLD, 10, WIKINEWS_L_OVERALL, WIKINEWS_L_PRECISION),
    "m": (WIKINEWS_M_GOLD, 10, WIKINEWS_M_OVERALL, WIKINEWS_M_PRECISION),
    "n": (WIKINEWS_N_GOLD, 10, WIKINEWS_N_OVERALL, WIKINEWS_N_PRECISION),
    "o": (WIKINEWS_O_GOLD, 10, WIKINEWS_O_OVERALL, WIKINEWS_O_PRECISION),
    "r": (WIKINEWS_R_GOLD, 10, WIKINEWS_R_OVERALL, WIKINEWS_R_PRECISION),
    "s": (WIKINEWS_S_GOLD, 10, WIKINEWS_S_OVERALL, WIKINEWS_S_PRECISION),
    "t": (WIKINEWS_T_GOLD, 10, WIKINEWS_T_OVERALL, WIKINEWS_T_PRECISION),
    "u": (WIKINEWS_U_GOLD, 10, WIKINEWS_U_OVERALL, WIKINEWS_U_PRECISION),
    "w": (WIKINEWS_W_GOLD, 10, WIKINEWS_W_OVERALL, WIKINEWS_W_PRECISION),
    "x": (WIKINEWS_X_GOLD, 10, WIKINEWS_X_OVERALL, WIKINEWS_X_PRECISION),
    "z": (WIKINEWS_Z_GOLD, 10, WIKINEWS_Z_OVERALL, WIKINEWS_Z_PRECISION),
    "z2": (WIKINEWS_Z2_GOLD, 10, WIKINEWS_Z2_OVERALL, WIKINEWS_Z2_PRECISION),
    "z3": (WIKINEWS_Z3_GOLD, 10, WIKINEWS_Z3_OVERALL, WIKINEWS_Z3_PRECISION),
    "z4": (WIKINEWS_Z4_GOLD, 10, WIKINEWS_Z4_OVERALL, WIKINEWS_Z4_PRECISION),
    "z5": (WIKINEWS_Z5_GOLD, 10, WIKINEWS_Z5_OVERALL, WIKINEWS_Z5_PRECISION),
    "z6": (WIKINEWS_Z6_GOLD, 10, WIKINEWS_Z6_OVERALL, WIKINEWS_Z6_PRECISION),
    "z7": (WIKINEWS_Z7_GOLD, 10, WIKINEWS_Z7_OVERALL, WIKINEWS_Z7_PRECISION),
    "z8": (WIKINEWS_Z8_GOLD, 10, WIKINEWS_Z8_OVERALL, WIKINEWS_Z8_PRECISION),
    "z9": (WIKINEWS_Z9_GOLD, 10, WIKINEWS_Z9_OVERALL, WIKINEWS_Z9_PRECISION),
    "z10": (WIKINEWS_Z10_GOLD, 10, WIKINEWS_Z10_OVERALL, WIKINEWS_Z10_PRECISION),
    "z11": (WIKINEWS_Z11_GOLD, 10, WIKINEWS_Z11_OVERALL, WIKINEWS_Z11_PRECISION),
    "z12": (WIKINEWS_Z12_GOLD, 10, WIKINEWS_Z12_OVERALL, WIKINEWS_Z12_PRECISION),
    "z13": (WIKINEWS_Z13_GOLD, 10, WIKINEWS_Z13_OVERALL, WIKINEWS_Z13_PRECISION),
    "z14": (WIKINEWS_Z14_GOLD, 10, WIKINEWS_Z14_OVERALL, WIKINEWS_Z14_PRECISION),
    "z15": (WIKINEWS_Z15_GOLD, 10, WIKINEWS_Z15_OVERALL, WIKINEWS_Z15_PRECISION),
    "z16": (WIKINEWS_Z16_GOLD, 10, WIKINEWS_Z16_OVERALL, WIKINEWS_Z16_PRECISION),
    "z17": (WIKINEWS_Z17_GOLD, 10, WIKINEWS_Z17_OVERALL, WIKINEWS_Z17_PRECISION),
    "z18": (WIKINEWS_Z18_GOLD, 10, WIKINEWS_Z18_OVERALL, WIKINEWS_Z18_PRECISION),
    "z19": (WIKINEWS_Z19_GOLD, 10, WIKINEWS_Z19_OVERALL, WIKINEWS_Z19_PRECISION),
    "z20": (WIKINEWS_Z20_GOLD, 10, WIKINEWS_Z20_OVERALL, WIKINEWS_Z20_PRECISION),
    "z21": (WIKINEWS_Z21_GOLD, 10, WIKINEWS_Z21_OVERALL, WIKINEWS_Z21_PRECISION),
    "z22": (WIKINEWS_Z22_GOLD, 10, WIKINEWS_Z22_OVERALL, WIKINEWS_Z22_PRECISION),
    "z23": (WIKINEWS_Z23_GOLD, 10, WIKINEWS_Z23_OVERALL, WIKINEWS_Z23_PRECISION),
}


@pytest.mark.parametrize("name", sorted(WIKINEWS_SETS))
def test_wikinews_set_has_its_articles(name: str) -> None:
    golds, count, _, _ = WIKINEWS_SETS[name]
    assert len(golds) == count
    assert all((DATA / "wikinews" / f"{gold.stem}.txt").is_file() for gold in golds)


@pytest.mark.parametrize("name", sorted(WIKINEWS_SETS))
def test_wikinews_set_overall(extract_text: Any, name: str) -> None:
    golds, _, f1_floor, precision_floor = WIKINEWS_SETS[name]
    pairs = [
        (_gold(gold), _predicted(extract_text, DATA / "wikinews" / f"{gold.stem}.txt"))
        for gold in golds
    ]
    scores = scoring.score(pairs)
    assert scores["ALL"].f1 >= f1_floor, scoring.table(scores)
    assert scores["ALL"].precision >= precision_floor, scoring.table(scores)
