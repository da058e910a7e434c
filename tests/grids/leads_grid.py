"""A grid of invented sentences for leads and succession facts: every lexicon word in every shape.

Each row is (shape, text, expected, forbidden): `expected` lists the facts the sentence states by
construction — ("leads", leader, a word of the entity) or ("succession", successor, predecessor) —
and a must-not-fire row expects nothing of the types in `forbidden`.
Run `PYTHONPATH=. python -m tests.grids.leads_grid [--full]` for recall per shape and the failures.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from generators import lexicon

SURNAMES = ["Vasseral", "Quenton", "Morvillier", "Dubrac", "Lestrange", "Carvenne", "Ombrelat"]
# (phrase with its article, a word the entity must contain)
BODIES = [
    ("la Fédération des Tanneurs", "Fédération"),
    ("l'Institut Carvel", "Institut"),
    ("le groupe Dorvane", "Dorvane"),
    ("l'Union des Vanniers", "Union"),
    ("le club de Vanville", "club"),
]
# A title whose body is of its own kind (a town for a mayor); others take BODIES in turn.
OWN_BODIES = {
    "maire": ("Vanville", "Vanville"),
    "gouverneur": ("la province de Marlande", "Marlande"),
    "gouverneure": ("la province de Marlande", "Marlande"),
    "recteur": ("l'académie de Vanville", "académie"),
    "rectrice": ("l'académie de Vanville", "académie"),
    "doyen": ("la faculté de droit de Vanville", "faculté"),
    "doyenne": ("la faculté de droit de Vanville", "faculté"),
    "entraîneur": ("le club de Vanville", "club"),
    "entraîneuse": ("le club de Vanville", "club"),
    "sélectionneur": ("l'équipe de Marlande", "équipe"),
    "sélectionneuse": ("l'équipe de Marlande", "équipe"),
    "rédacteur en chef": ("la Gazette de Vanville", "Gazette"),
    "rédactrice en chef": ("la Gazette de Vanville", "Gazette"),
    "chef d'orchestre": ("l'Orchestre de Vanville", "Orchestre"),
    "évêque": ("Vanville", "Vanville"),
    "archevêque": ("Vanville", "Vanville"),
    "commandant": ("la base aérienne de Vanville", "base"),
    "commandante": ("la base aérienne de Vanville", "base"),
    "chef d'état-major": ("l'armée de Marlande", "armée"),
    "chef d'État": ("la Marlande", "Marlande"),
    "premier ministre": ("la Marlande", "Marlande"),
    "première ministre": ("la Marlande", "Marlande"),
    "roi": ("la Marlande", "Marlande"),
    "reine": ("la Marlande", "Marlande"),
    "émir": ("la Marlande", "Marlande"),
    "sultan": ("la Marlande", "Marlande"),
}
_FEMININE_ENDINGS = (
    "ente",
    "enne",
    "rice",
    "euse",
    "cheffe",
    "onne",
    "ante",
    "eure",
    "reine",
    "ière",
)
_FEMININE = {"présidente-directrice générale", "directrice générale", "secrétaire générale"}
_FEMININE |= {"rédactrice en chef", "première ministre", "patronne", "dirigeante", "leadeuse"}
VOWELS = "aeiouyéèêâîôh"

TITLE_SHAPES = {
    "apposition": "{N}, {T} {B}, a présenté le budget lundi.",
    "title_first": "{The}{T} {B}, {N}, a présenté le budget lundi.",
    "title_first_no_comma": "{The}{T} {B} {N} a présenté le budget lundi.",
    "after_adverbial": "Par ailleurs, {N}, {T} {B}, a présenté le budget.",
    "after_selon": "Selon {N}, {T} {B}, le budget sera voté en mars.",
    "parenthesis": "{N} ({T} {B}) a présenté le budget lundi.",
    "past_alors": "{N}, alors {T} {B}, avait présenté le budget.",
    "object_end": "Le budget a été présenté lundi par {N}, {T} {B}.",
    "sentence_start_bare": "{Tcap} {B}, {N} a présenté le budget lundi.",
}
VERB_FORMS = {  # infinitive: (present, participle)
    "diriger": ("dirige", "dirigé"),
    "mener": ("mène", "mené"),
    "présider": ("préside", "présidé"),
    "commander": ("commande", "commandé"),
    "conduire": ("conduit", "conduit"),
    "piloter": ("pilote", "piloté"),
    "gérer": ("gère", "géré"),
    "animer": ("anime", "animé"),
    "entraîner": ("entraîne", "entraîné"),
    "administrer": ("administre", "administré"),
    "gouverner": ("gouverne", "gouverné"),
    "coordonner": ("coordonne", "coordonné"),
    "superviser": ("supervise", "supervisé"),
}
VERB_SHAPES = {
    "verb_present": "{N} {V} {B} depuis 2019.",
    "verb_passive_apposition": "{Bcap}, {Vpp} par {N}, a présenté le budget.",
    "verb_relative_que": "{Bcap}, {que}{V} {N} depuis 2019, a présenté le budget.",
    "verb_past": "{N} a {Vp} {B} de 2010 à 2015.",
    "verb_adverbial": "Par ailleurs, {N} {V} {B} depuis mars.",
}
PHRASE_SHAPES = {
    "tete_apposition": "{N}, à la tête {B}, a présenté le budget.",
    "tete_copula": "{N} est à la tête {B} depuis 2019.",
    "tete_adverbial": "Depuis 2019, {N} est à la tête {B}.",
    "sous_direction": "{Bcap}, sous la direction de {N}, a présenté le budget.",
    "sous_presidence": "Par ailleurs, {B2}, sous la présidence de {N}, a adopté le budget.",
}
STATE_SHAPES = {
    "state_title_first": "{The}{T} {D} {N} a reçu les syndicats lundi.",
    "state_apposition": "{N}, {T} {D}, a reçu les syndicats lundi.",
    "state_adverbial": "Lundi, {the}{T} {D} {N} a reçu les syndicats.",
}
SUCCESSION_SHAPES = {
    "replaced_by_head": "{A} a été {remplace} par {S} à la tête {B}.",
    "succede_head": "{S} succède à {A} à la tête {B}.",
    "succede_past_presidency": "{S} a succédé à {A} à la présidence {B}.",
    "successor_apposition": "Le successeur de {A}, {S}, a été nommé lundi.",
    "took_over": "{S} a pris la suite de {A} à la tête {B}.",
    "remplace_present": "{S} remplace {A} à la direction {B}.",
    "succede_adverbial": "Par ailleurs, {S} succède à {A} à la tête {B}.",
    "succede_relative": "{S}, qui a succédé à {A}, dirige {Bbare} depuis 2019.",
    "predecessor_apposition": "Le prédécesseur de {S}, {A}, a quitté {Bbare} en mars.",
    "en_remplacement": "{S} a été {nomme} à la tête {B} en remplacement de {A}.",
    "releve": "{S} a pris la relève de {A} à la tête {B}.",
}
CHAIN_SHAPE = "{A} a été {remplace} par {S}, puis par {C}."
NOT_LEADS = [
    "{N} a dirigé la cérémonie d'ouverture samedi.",
    "{N} a mené la réunion de lundi avec les syndicats.",
    "{N} a présidé la séance du conseil jeudi.",
    "{N}, le bras droit de {A}, a présenté le budget.",
    "{N}, conseiller de {A}, a présenté le budget.",
    "{N} a conduit la voiture jusqu'à Vanville.",
    "{N} a animé le débat télévisé de mardi.",
    "{N} a piloté la réforme des retraites.",
    "{N} a coordonné les recherches en montagne.",
    "Le fils de {A}, {N}, a présenté le budget.",
    "{N} a mené l'enquête pendant deux ans.",
    "{N} a dirigé les fouilles du site.",
]
NOT_SUCCESSIONS = [
    "{N} a remplacé la chaudière de l'école.",
    "{N} a succédé au micro à de nombreux orateurs.",
    "Le remplacement des fenêtres par {N} a duré deux jours.",
]


@dataclass(frozen=True)
class Row:
    """One invented sentence and the facts it states by construction."""

    shape: str
    text: str
    expected: tuple[tuple[str, str, str], ...]
    forbidden: tuple[str, ...] = ()
    word: str = ""


def _names(feminine: bool) -> list[str]:
    first = lexicon.words("people_firstnames_f" if feminine else "people_firstnames_m")
    first = [f for f in first if f[:1].isupper()]
    return [f"{first[(7 * k) % len(first)]} {SURNAMES[k % len(SURNAMES)]}" for k in range(40)]


def _is_feminine(title: str) -> bool:
    return title in _FEMININE or title.endswith(_FEMININE_ENDINGS)


def _the(word: str, feminine: bool) -> str:
    if word[:1].lower() in VOWELS:
        return "L'"
    return "La " if feminine else "Le "


def _of(body: str) -> str:
    """Return « de » with the body (« du club », « de la Fédération », « de l'Institut »)."""
    if body.startswith("le "):
        return "du " + body[3:]
    if body.startswith("les "):
        return "des " + body[4:]
    if body.startswith("l'"):
        return "de " + body
    return "de " + body


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def title_rows() -> list[Row]:
    """Return rows for every head-of title (leads_titles, leads_named_titles) in every shape."""
    rows: list[Row] = []
    titles = lexicon.words("leads_titles") + lexicon.words("leads_named_titles")
    for k, title in enumerate(titles):
        fem = _is_feminine(title)
        names = _names(fem)
        body, key = OWN_BODIES.get(title, BODIES[k % len(BODIES)])
        for j, (shape, pattern) in enumerate(TITLE_SHAPES.items()):
            name = names[(k + j) % len(names)]
            the = _the(title, fem)
            text = pattern.format(N=name, T=title, B=_of(body), The=the, Tcap=_cap(title))
            rows.append(Row(shape, text, (("leads", name, key),), word=title))
    return rows


def verb_rows() -> list[Row]:
    """Return rows for every lead verb (leads_verbs) in every shape, on organisations."""
    rows: list[Row] = []
    for k, verb in enumerate(lexicon.words("leads_verbs")):
        present, participle = VERB_FORMS[verb]
        for j, (shape, pattern) in enumerate(VERB_SHAPES.items()):
            body, key = BODIES[(k + j) % len(BODIES)]
            fem = body.startswith(("la ", "l'Union"))
            name = _names((k + j) % 2 == 0)[k + j]
            text = pattern.format(
                N=name,
                V=present,
                Vp=participle,
                Vpp=participle + ("e" if fem else ""),
                B=body,
                Bcap=_cap(body),
                que="qu'" if present[0] in VOWELS else "que ",
            )
            rows.append(Row(shape, text, (("leads", name, key),), word=verb))
    return rows


def phrase_rows() -> list[Row]:
    """Return rows for « à la tête de », « sous la direction de » and the like."""
    rows: list[Row] = []
    for k, (body, key) in enumerate(BODIES):
        for j, (shape, pattern) in enumerate(PHRASE_SHAPES.items()):
            name = _names((k + j) % 2 == 1)[k + 3 * j]
            text = pattern.format(N=name, B=_of(body), Bcap=_cap(body), B2=body)
            rows.append(Row(shape, text, (("leads", name, key),), word=body))
    return rows


def state_rows() -> list[Row]:
    """Return rows for « le président brésilien X » with state and government titles."""
    rows: list[Row] = []
    pairs = [e.split("|", 1) for e in lexicon.words("leads_state_demonyms")]
    titles = lexicon.words("leads_state_titles") + lexicon.words("leads_government_titles")
    for k, title in enumerate(titles):
        fem = _is_feminine(title)
        fitting = [(d, c) for d, c in pairs if d.endswith("e") == fem]
        for j, (shape, pattern) in enumerate(STATE_SHAPES.items()):
            demonym, country = fitting[(5 * k + 11 * j) % len(fitting)]
            name = _names(fem)[k + j]
            the = _the(title, fem)
            text = pattern.format(N=name, T=title, D=demonym, The=the, the=the.lower())
            rows.append(Row(shape, text, (("leads", name, country),), word=title))
    return rows


def succession_rows() -> list[Row]:
    """Return rows for succession verbs, phrases and nouns, with a chain « puis par »."""
    rows: list[Row] = []
    for k, (body, _key) in enumerate(BODIES):
        for j, (shape, pattern) in enumerate(SUCCESSION_SHAPES.items()):
            pred_fem, succ_fem = (k + j) % 2 == 0, (k + j) % 3 == 0
            pred = _names(pred_fem)[k + j]
            succ = _names(succ_fem)[k + j + 9]
            text = pattern.format(
                A=pred,
                S=succ,
                B=_of(body),
                Bbare=body,
                remplace="remplacée" if pred_fem else "remplacé",
                nomme="nommée" if succ_fem else "nommé",
            )
            rows.append(Row(shape, text, (("succession", succ, pred),), word=body))
        pred, succ, third = _names(False)[k], _names(True)[k + 5], _names(False)[k + 20]
        text = CHAIN_SHAPE.format(A=pred, S=succ, C=third, remplace="remplacé")
        expected = (("succession", succ, pred), ("succession", third, succ))
        rows.append(Row("chain_puis_par", text, expected, word=body))
    return rows


def not_firing_rows() -> list[Row]:
    """Return sentences that state no leads (or no succession) fact."""
    rows: list[Row] = []
    for k, pattern in enumerate(NOT_LEADS):
        for fem in (False, True):
            name, other = _names(fem)[k], _names(not fem)[k + 13]
            text = pattern.format(N=name, A=other)
            rows.append(Row("no_leads", text, (), ("leads", "succession"), pattern))
    for k, pattern in enumerate(NOT_SUCCESSIONS):
        text = pattern.format(N=_names(k % 2 == 0)[k])
        rows.append(Row("no_succession", text, (), ("succession",), pattern))
    return rows


def all_rows(full: bool = True) -> list[Row]:
    """Return the grid, or every second title row when not `full` (a sample for the test run)."""
    titles = title_rows()
    if not full:
        titles = titles[::2]
    return (
        titles + verb_rows() + phrase_rows() + state_rows() + succession_rows() + not_firing_rows()
    )


def found_in(row: Row, facts: list[Any]) -> tuple[list[bool], list[dict[str, Any]]]:
    """Return which expected facts of the row were extracted, and the wrong outputs.

    A wrong output is a leads or succession fact no expectation matches (on a must-not-fire row,
    any fact of a forbidden type).
    """
    dicts = [f.to_dict() for f in facts if f.type in ("leads", "succession")]
    hits = [any(_matches(e, d) for d in dicts) for e in row.expected]
    if row.forbidden:
        wrong = [d for d in dicts if d["type"] in row.forbidden]
    else:
        wrong = [d for d in dicts if not any(_matches(e, d) for e in row.expected)]
        wrong = [d for d in wrong if d["type"] in {e[0] for e in row.expected}]
    return hits, wrong


def _matches(expected: tuple[str, str, str], fact: dict[str, Any]) -> bool:
    kind, first, second = expected
    if fact["type"] != kind:
        return False
    if kind == "leads":
        return bool(fact["leader"] == first and second.lower() in fact["entity"].lower())
    return bool(fact["successor"] == first and fact["predecessor"] == second)


def run(full: bool) -> dict[str, tuple[int, int, int]]:
    """Extract the grid with the real model; print recall per shape and the failures."""
    from generators.extract import extract_parsed
    from generators.extract import pipeline as nlp_module
    from generators.source.article import parse_bytes

    per_shape: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for row in all_rows(full):
        article = parse_bytes(row.text.encode(), source="grid.txt", slug="grid")
        facts = extract_parsed(article, nlp_module.parse(article.clean))
        hits, wrong = found_in(row, facts)
        tally = per_shape[row.shape]
        tally[0] += sum(hits)
        tally[1] += len(hits)
        tally[2] += len(wrong)
        if not all(hits) or wrong:
            print(f"MISS {row.shape:26} {row.text}  wrong={[_short(w) for w in wrong]}")
    total = [sum(t[i] for t in per_shape.values()) for i in range(3)]
    for shape, (hit, want, wrong) in sorted(per_shape.items()):
        print(f"{shape:26} {hit:4}/{want:<4} wrong {wrong}")
    print(f"{'TOTAL':26} {total[0]:4}/{total[1]:<4} wrong {total[2]}")
    return {shape: (t[0], t[1], t[2]) for shape, t in per_shape.items()}


def _short(fact: dict[str, Any]) -> str:
    if fact["type"] == "leads":
        return f"leads({fact['leader']} → {fact['entity']})"
    return f"succ({fact['successor']} ← {fact['predecessor']})"


if __name__ == "__main__":
    run("--full" in sys.argv)
