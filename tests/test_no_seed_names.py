"""The extractors generalize: no name of the seed's people, places or organisations in the code."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED_NAMES = (
    "Stoltenberg",
    "Carignan",
    "Fortin",
    "St-Louis",
    "Sajjan",
    "Ghanmi",
    "Soleimani",
    "Jennie",
    "Harjit",
    "Othman",
    "Qasem",
    "Michel-Henri",
    "OTAN",
    "Irak",
    "Iraq",
    "Bagdad",
    "Canada",
    "Daech",
    "Taji",
    "Impact",
    "Moyen-Orient",
    "Comd_NMI",
)
CODE = sorted((ROOT / "generators").rglob("*.py"))
# The rules' data too: word lists and question templates.
DATA = sorted((ROOT / "generators" / "lexicon").glob("*.txt")) + sorted(
    (ROOT / "templates").rglob("*.yaml")
)
# Complete grammar tables that list every country or common acronym with its article or gender
# (« le Canada », « l'OTAN » feminine) or every state's nationality adjective (« canadien »):
# they name the seed's among all the others.
GRAMMAR_TABLES = {
    ("Canada", "french_countries.txt"),
    ("Canada", "leads_state_demonyms.txt"),
    ("OTAN", "french_acronym_genders.txt"),
}


def test_the_code_is_there() -> None:
    assert len(CODE) > 10


@pytest.mark.parametrize("name", SEED_NAMES)
def test_seed_name_not_in_code(name: str) -> None:
    pattern = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
    found = [
        str(path.relative_to(ROOT))
        for path in CODE
        if pattern.search(path.read_text(encoding="utf-8"))
    ]
    assert not found, f"{name} appears in {found}"


@pytest.mark.parametrize("name", SEED_NAMES)
def test_seed_name_not_in_rule_data(name: str) -> None:
    pattern = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])", re.IGNORECASE)
    found = [
        str(path.relative_to(ROOT))
        for path in DATA
        if (name, path.name) not in GRAMMAR_TABLES
        and pattern.search(path.read_text(encoding="utf-8"))
    ]
    assert not found, f"{name} appears in {found}"
