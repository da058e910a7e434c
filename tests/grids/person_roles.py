"""Grid of invented person_role sentences: every title of the lexicon in the shapes news use.

Each row knows its expected fact by construction (person, title), so the grid measures whether a
title word is recognised in a shape, not whether one article is read right. Names and bodies are
invented; `rows(sample=n)` keeps a deterministic sample for the test, `python -m
tests.grids.person_roles` runs the full grid with the real model.
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any

from generators import lexicon

SURNAMES = ("Vernoux", "Marchetti", "Dalbray", "Quérel", "Lansac", "Morvieux", "Tellier", "Orsand")
BODIES = (
    "la Société Valmorel",
    "l'Agence Norvane",
    "la Fondation Ardelis",
    "l'Institut Belcastre",
    "la Commission Orvalle",
)
NATIONALITIES = {"m": ("français", "belge", "italien"), "f": ("française", "belge", "italienne")}
VOWELS = tuple("aeiouyéèêâîôhAEIOUYÉH")

# Shape: (key, template). {N} name, {T} title, {D} capitalised determiner + title, {d} lower
# determiner + title, {B} body, {A} nationality adjective, {An} « ancien »/« ancienne » + title.
SHAPES = (
    ("name_comma_title", "{N}, {T} de {B}, a déclaré jeudi que le projet avançait."),
    ("det_title_comma_name", "{D} de {B}, {N}, a annoncé jeudi un nouveau plan."),
    ("det_title_name", "{D} {N} a inauguré jeudi le nouveau bâtiment."),
    ("adverbial_name_title", "Par ailleurs, {N}, {T} de {B}, a présenté le rapport."),
    ("adverbial_det_title", "En plus, {d} de {B}, {N}, a signé la convention."),
    ("object_apposition", "Le maire a rencontré mardi {N}, {T} de {B}."),
    ("selon_apposition", "Selon {N}, {T} de {B}, la situation reste calme."),
    ("past_title_name", "{An} {N} a publié un livre de souvenirs."),
    ("title_nationality_name", "{D} {A} {N} a visité l'usine lundi."),
    ("selon_det_title", "Selon {d} de {B}, {N}, la situation reste calme."),
    ("copula_attribute", "{N} est {T} de {B} depuis 2019."),
)

# Rows that must yield no role for the person named: relations and events led.
MUST_NOT_FIRE = (
    ("Son successeur, {N}, a pris ses fonctions lundi.", ("successeur",)),
    ("{N}, le proche de Marc Dalbray, a quitté la salle.", ("proche",)),
    (
        "{N} a dirigé la réunion de jeudi avec les syndicats.",
        ("réunion", "directeur", "directrice"),
    ),
    ("{N} a présidé la séance du conseil mardi.", ("séance", "président", "présidente")),
    ("Le proche de {N} a refusé de parler aux journalistes.", ("proche",)),
    ("{N} a rencontré son successeur à Lyon.", ("successeur",)),
)


@dataclass(frozen=True)
class Row:
    """One grid sentence and the fact it must (or must not) give."""

    shape: str
    title: str
    person: str
    text: str
    forbidden: tuple[str, ...] = ()


def _titles() -> list[str]:
    """Return the titles to expect; relation nouns (« successeur ») are no function by design."""
    relations = lexicon.word_set("people_relation_nouns")
    return [t for t in lexicon.words("people_titles") if t[:1].islower() and t not in relations]


def _feminine(title: str, all_titles: set[str]) -> bool | None:
    """Return True/False for a gendered title, None for one that fits both (« ministre »)."""
    head = title.split()[0]
    endings = lexicon.words("people_feminine_endings")
    if head.endswith("e") and head[:-1] in {t.split()[0] for t in all_titles}:
        return True
    if head == "cheffe" or any(head.endswith(e) for e in endings if e not in ("ante", "ente")):
        return True
    if head.endswith("e"):
        return None
    return False


def _determiner(title: str, feminine: bool, capital: bool) -> str:
    det = "l'" if title.startswith(VOWELS) else "la " if feminine else "le "
    return (det[0].upper() + det[1:] if capital else det) + title


def _name(i: int, feminine: bool) -> str:
    first = lexicon.words("people_firstnames_f" if feminine else "people_firstnames_m")
    return f"{first[i * 7 % len(first)]} {SURNAMES[i % len(SURNAMES)]}"


def rows(sample: int | None = None) -> list[Row]:
    """Return the grid (every title × shape, or every `sample`-th title) and must-not-fire rows."""
    titles = _titles()
    known = set(titles)
    picked = titles if sample is None else titles[:: max(1, len(titles) // sample)]
    out: list[Row] = []
    for i, title in enumerate(picked):
        gender = _feminine(title, known)
        fem = bool(gender) if gender is not None else i % 2 == 1
        name = _name(i, fem)
        ancien = ("L'ancienne " if fem else "L'ancien ") + title
        for j, (key, template) in enumerate(SHAPES):
            text = template.format(
                N=name,
                T=title,
                D=_determiner(title, fem, True),
                d=_determiner(title, fem, False),
                B=BODIES[(i + j) % len(BODIES)],
                A=NATIONALITIES["f" if fem else "m"][(i + j) % 3],
                An=ancien,
            )
            out.append(Row(key, title, name, text))
    for k, (template, forbidden) in enumerate(MUST_NOT_FIRE):
        for i in range(3):
            name = _name(k * 3 + i, i % 2 == 1)
            out.append(Row("must_not_fire", "", name, template.format(N=name), forbidden))
    return out


def found(row: Row, roles: set[tuple[str, str]]) -> bool:
    """Tell whether the row's person got a role starting with its title (« ancien » allowed)."""
    for person, role in roles:
        low = role.lower()
        for lead in ("ancien ", "ancienne ", "ex-"):
            low = low.removeprefix(lead)
        if person == row.person and (low == row.title or low.startswith(row.title + " ")):
            return True
    return False


def wrong(row: Row, roles: set[tuple[str, str]]) -> list[tuple[str, str]]:
    """Return the roles of a must-not-fire row that name a forbidden word."""
    return [r for r in roles if any(w in r[1].lower() for w in row.forbidden)]


def roles_of(facts: list[Any]) -> set[tuple[str, str]]:
    out = set()
    for fact in facts:
        if fact.type == "person_role":
            d = fact.to_dict()
            out.add((d["person"], d["role"]))
    return out


def run(extract: Any, grid: list[Row]) -> dict[str, Any]:
    """Score the grid: recall per shape, the failing titles, the wrong outputs."""
    hits: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    misses: dict[str, list[str]] = defaultdict(list)
    wrongs: list[tuple[str, Any]] = []
    for row in grid:
        roles = roles_of(extract("Titre\n\n" + row.text))
        if row.forbidden:
            bad = wrong(row, roles)
            if bad:
                wrongs.append((row.text, bad))
            continue
        totals[row.shape] += 1
        if found(row, roles):
            hits[row.shape] += 1
        else:
            misses[row.shape].append(row.title)
    return {"hits": hits, "totals": totals, "misses": misses, "wrongs": wrongs}


def main() -> None:
    from generators.extract import extract_parsed
    from generators.extract import pipeline as nlp_module
    from generators.source.article import parse_bytes

    nlp_module.load()

    def extract(text: str) -> list[Any]:
        article = parse_bytes(text.encode(), source="grid.txt", slug="grid")
        return extract_parsed(article, nlp_module.parse(article.clean))

    args = [a for a in sys.argv[1:] if a != "-v"]
    grid = rows(int(args[0]) if args else None)
    if len(args) > 1:
        grid = [r for r in grid if r.title == args[1]]
    result = run(extract, grid)
    total_h = sum(result["hits"].values())
    total_n = sum(result["totals"].values())
    for shape, n in result["totals"].items():
        print(f"{shape:26} {result['hits'][shape]:4}/{n:4} {result['hits'][shape] / n:.3f}")
    print(f"{'all':26} {total_h:4}/{total_n:4} {total_h / total_n:.3f}")
    print("wrong outputs:", result["wrongs"])
    if "-v" in sys.argv:
        for row in grid:
            print(row.shape, row.text, sorted(roles_of(extract("Titre\n\n" + row.text))))
    for shape, titles in result["misses"].items():
        print(f"\n## {shape} misses ({len(titles)}):", " | ".join(titles))


if __name__ == "__main__":
    main()
