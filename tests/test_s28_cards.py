"""Session 28, families Z17's card judges found wrong or useless, on invented sentences.

1. « A a remplacé X par Y »: Y succeeds X; A, the verb's subject, only chose (lexicon
   succession_instead_verbs). Without « par », the subject is still the successor.
2. « X a été arraisonné …, a précisé le ministère aujourd'hui »: the incise's verb has its own
   subject; the event is never « X a précisé ».
3. A range's year is the year of the date that ends it (« du 3 juin au 9 août 2004 »), never a
   year written later in the sentence (« les 3 et 4 mars à l'image de la saison 2016 »).
4. An acronym of another language's order is spelled out by the whole name (« la Mission de
   l'Union africaine en Somalie (AMISOM) »), not its inner body.
5. « A a été enfariné par un militant. Il a été arrêté »: « Il » may be either; no one is said
   to have been arrested.
6. « des deux côtés » counts nothing.
7. « A vient d'être mis en examen pour fraude », « B a été placée en garde à vue »: a justice
   step told by a locution (lexicon action_locutions), asked « Qui a été mis en examen pour … ? »;
   « mettre en avant » tells nothing.
8. A win told in a relative clause about a person named just before (« … à A, qui a remporté la
   course en 2 h 10 ») is the story; a thing's relative (« le club, qui a remporté la coupe, »)
   is not a person's win.
9. Z18's judges: « auteur du meilleur temps » is a deed, not a trade (lexicon people_act_nouns);
   « des deux étoiles » counts nothing new; « deux mètres et demi » is not asked with « et demi »
   left outside the gap.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.handmade import dated_deck
from tests.handmade import dated_facts as _facts


@pytest.mark.parametrize(
    ("text", "successor", "predecessor"),
    [
        (
            "L'entraîneur Paul Roux a décidé de remplacer Marc Vidal par Jean Morel pour la finale.",
            "Jean Morel",
            "Marc Vidal",
        ),
        (
            "L'entraîneur Paul Roux a remplacé Marc Vidal par Jean Morel à la mi-temps.",
            "Jean Morel",
            "Marc Vidal",
        ),
        (
            "La sélectionneuse Anne Lebrun a remplacé Lise Caron par Claire Noël dans l'équipe.",
            "Claire Noël",
            "Lise Caron",
        ),
        (
            "Marc Vidal a été remplacé par Jean Morel au poste de trésorier.",
            "Jean Morel",
            "Marc Vidal",
        ),
        ("Jean Morel remplace Marc Vidal au poste de ministre.", "Jean Morel", "Marc Vidal"),
    ],
)
def test_who_replaced_whom(extract_text: Any, text: str, successor: str, predecessor: str) -> None:
    pairs = {
        (f.get("successor"), f.get("predecessor")) for f in _facts(extract_text, text, "succession")
    }
    assert (successor, predecessor) in pairs
    assert not any(s in ("Paul Roux", "Anne Lebrun") for s, _p in pairs)


def test_an_incise_verb_is_not_the_subject_s_act(extract_text: Any) -> None:
    text = (
        "Le navire, qui battait pavillon maltais, a été arraisonné au large de Tobrouk, a précisé "
        "le ministère de l'Intérieur aujourd'hui."
    )
    whats = [str(f.get("what")) for f in _facts(extract_text, text, "event")]
    assert not any(w.lower().startswith("le navire a précisé") for w in whats)


@pytest.mark.parametrize(
    ("body", "year"),
    [
        (
            "Le championnat du monde a vu l'ouverture de son circuit 2018 les 3 et 4 juin à "
            "l'image de la saison 2016, par l'étape de Dubaï.",
            "2018",
        ),
        ("Le festival se tiendra du 3 juin au 9 août 2004 dans le vieux port de la ville.", "2004"),
    ],
)
def test_a_range_takes_the_year_of_its_end_date(extract_text: Any, body: str, year: str) -> None:
    cards = dated_deck(extract_text, body, "Un circuit", every=True)
    dated = [q for q in cards if q.fact_type == "event" and "juin" in q.answer]
    assert dated
    assert all(year in q.answer or q.kind == "cloze" for q in dated)
    assert not any("2016" in q.answer and "juin" in q.answer for q in cards)


@pytest.mark.parametrize(
    ("text", "acronym", "expansion"),
    [
        (
            "Elle a payé les soldats de la Mission de l'Union africaine en Somalie (AMISOM).",
            "AMISOM",
            "Mission de l'Union africaine en Somalie",
        ),
        (
            "Les soldats de la Force de l'Union africaine au Soudan (FUAS) sont partis.",
            "FUAS",
            "Force de l'Union africaine au Soudan",
        ),
        (
            "Les Brigades de défense civile (YKS) ont tiré sur la foule.",
            "YKS",
            "Brigades de défense civile",
        ),
    ],
)
def test_an_acronym_is_spelled_out_by_the_whole_name(
    extract_text: Any, text: str, acronym: str, expansion: str
) -> None:
    found = {f.get("acronym"): f.get("expansion") for f in _facts(extract_text, text, "acronym")}
    assert found.get(acronym) == expansion


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre Paul Garnier a été enfariné jeudi par un militant. Il a été arrêté par la police.",
        "La ministre Anne Lebrun a été bousculée par une manifestante. Elle a été interpellée.",
        "Le maire Jean Roux a été agressé par un inconnu. Il a été arrêté une heure plus tard.",
    ],
)
def test_a_pronoun_after_an_unnamed_rival_names_no_one(extract_text: Any, text: str) -> None:
    actions = _facts(extract_text, text, "action")
    assert not any(f.get("verb") in ("arrêter", "interpeller") and f.get("actor") for f in actions)


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre Paul Garnier a quitté la ville jeudi. Il a été arrêté vendredi à Paris.",
        "La ministre Anne Lebrun a visité une usine. Elle a été interpellée à la sortie.",
    ],
)
def test_a_pronoun_with_no_rival_keeps_its_person(extract_text: Any, text: str) -> None:
    actors = {f.get("actor") for f in _facts(extract_text, text, "action")}
    assert actors & {"Paul Garnier", "Anne Lebrun"}


@pytest.mark.parametrize(
    "text",
    [
        "Les combats ont causé de fortes pertes des deux côtés, selon l'armée.",
        "Les assauts ont fait de lourdes pertes des deux cotés mardi.",
        "Les blessés se comptent dans les deux camps depuis lundi.",
    ],
)
def test_both_sides_count_nothing(extract_text: Any, text: str) -> None:
    assert _facts(extract_text, text, "quantity") == []


@pytest.mark.parametrize(
    ("text", "actor", "predicate", "complement"),
    [
        (
            "Le candidat Paul Garnier vient d'être mis en examen mardi pour détournement de fonds.",
            "Paul Garnier",
            "a été mis en examen",
            "pour détournement de fonds",
        ),
        (
            "La candidate Anne Lebrun a été mise en examen mardi pour détournement de fonds.",
            "Anne Lebrun",
            "a été mise en examen",
            "pour détournement de fonds",
        ),
        (
            "Le suspect Marc Vidal a été placé en garde à vue lundi à Lyon.",
            "Marc Vidal",
            "a été placé en garde à vue",
            None,
        ),
    ],
)
def test_a_justice_locution_is_the_story(
    extract_text: Any, text: str, actor: str, predicate: str, complement: Any
) -> None:
    found = [f for f in _facts(extract_text, text, "action") if f.get("kind") == "justice"]
    assert [(f.get("actor"), f.get("predicate")) for f in found] == [(actor, predicate)]
    assert found[0].get("complement") == complement


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre Paul Garnier a mis en avant ses résultats mardi.",
        "La maire Anne Lebrun a mis en place un nouveau marché lundi.",
        "Le juge Marc Vidal a placé le dossier en haut de la pile.",
    ],
)
def test_other_uses_of_the_verb_tell_no_justice_step(extract_text: Any, text: str) -> None:
    assert not [f for f in _facts(extract_text, text, "action") if f.get("kind") == "justice"]


def test_the_charge_is_asked_with_the_locution(extract_text: Any) -> None:
    cards = dated_deck(
        extract_text,
        "La candidate Anne Lebrun a été mise en examen mardi pour détournement de fonds publics.",
        "Une candidate mise en examen",
    )
    prompts = [q.prompt for q in cards if q.answer == "Anne Lebrun"]
    assert any("mise en examen pour détournement de fonds publics" in p for p in prompts)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Le titre est revenu à Anne Lebrun, qui a remporté la course en 2 h 10.", "Anne Lebrun"),
        (
            "Le public a applaudi Marc Vidal, qui a remporté la finale du tournoi de Lyon.",
            "Marc Vidal",
        ),
    ],
)
def test_a_win_in_a_relative_clause_about_a_person(
    extract_text: Any, text: str, actor: str
) -> None:
    wins = [f for f in _facts(extract_text, text, "action") if f.get("kind") == "win"]
    assert [f.get("actor") for f in wins] == [actor]


@pytest.mark.parametrize(
    "text",
    [
        "Le club, qui a remporté la coupe, a été reçu à la mairie mardi.",
        "La ville, qui a gagné le concours des fleurs, accueille les visiteurs.",
    ],
)
def test_a_thing_s_relative_clause_is_no_person_s_win(extract_text: Any, text: str) -> None:
    wins = [f for f in _facts(extract_text, text, "action") if f.get("kind") == "win"]
    assert not any(f.get("actor_is_person") for f in wins)


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        (
            "La Grande-Exploration-Radar-Orbitale-Sonde-Explorer, ou GEROS-Ex, est une sonde "
            "lancée en 2016 par la NASA.",
            "GEROS",
            "NASA",
        ),
        ("La sonde OSIRIS-REx a quitté la Terre en 2016 avec l'aide de la NASA.", "OSIRIS", "NASA"),
        ("L'agence ONU-Femmes a publié un rapport avec la CGT-FO.", None, "ONU-Femmes"),
    ],
)
def test_the_capital_part_of_a_hyphenated_name_is_no_acronym(
    extract_text: Any, text: str, absent: Any, present: str
) -> None:
    found = {f.get("acronym") for f in _facts(extract_text, text, "acronym")}
    assert present in found
    assert absent is None or absent not in found


def test_a_superseded_judged_card_is_no_longer_made(extract_text: Any) -> None:
    """A judged card marked `superseded` is left out of the template counts
    (tests/data/judged/calibrate.py) only because the current code no longer makes it: every
    such card (its prompt with its answer) is absent from its article's whole deck."""
    import yaml

    from generators.questions import explain_questions
    from generators.records import Selection
    from generators.source.article import read_article
    from tests.conftest import DATA

    superseded: dict[str, set[tuple[str, str]]] = {}
    for path in sorted((DATA / "judged").rglob("*.yaml")):
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except yaml.YAMLError:
            continue  # an early round's file that does not parse (calibrate.py skips it too)
        for item in data.get("questions", []) if isinstance(data, dict) else []:
            if item.get("superseded"):
                superseded.setdefault(item["article"], set()).add((item["prompt"], item["answer"]))
    assert superseded  # session 28 marks three
    for article, prompts in superseded.items():
        source = read_article(DATA / "wikinews" / article)
        header = {**source.header(), "text": source.clean}
        facts = extract_text(source.text)
        deck = explain_questions(facts, header, selection=Selection(per_fact=0))
        made = {(q.prompt, q.answer) for q in deck.kept}
        assert not prompts & made


@pytest.mark.parametrize(
    ("text", "person", "kept"),
    [
        (
            "Le champion Paul Roux, auteur du meilleur temps de l'épreuve, remonte à la deuxième place.",
            "Paul Roux",
            False,
        ),
        (
            "L'attaquant Marc Vidal, auteur d'un but magnifique, a été élu homme du match.",
            "Marc Vidal",
            False,
        ),
        ("L'écrivain Jean Morel, auteur de romans policiers, a reçu un prix.", "Jean Morel", True),
    ],
)
def test_the_doer_of_a_deed_has_no_trade(
    extract_text: Any, text: str, person: str, kept: bool
) -> None:
    roles = [f.get("role") for f in _facts(extract_text, text, "person_role")]
    assert any(str(r).startswith("auteur") for r in roles) is kept


@pytest.mark.parametrize(
    ("body", "answer"),
    [
        (
            "Les astronomes pourront observer la luminosité des deux étoiles de la paire au printemps.",
            "deux",
        ),
        (
            "La tour sera protégée par un mur de verre de deux mètres et demi de hauteur dès l'automne.",
            "2,5",
        ),
    ],
)
def test_no_card_on_a_count_already_named_or_cut(extract_text: Any, body: str, answer: str) -> None:
    cards = dated_deck(extract_text, body, "Une tour protégée", every=True)
    assert not [q for q in cards if q.fact_type == "quantity" and q.answer in (answer, "2")]


def test_a_date_a_participle_sets_on_a_noun_is_not_the_act_s(extract_text: Any) -> None:
    text = "Le président Paul Roux a annulé sa visite officielle à Rome prévue le 31 janvier."
    actions = _facts(extract_text, text, "action")
    assert [f.get("actor") for f in actions] == ["Paul Roux"]
    assert "31 janvier" not in str(actions[0].get("date"))  # the visit's day, not the cancelling
    events = _facts(extract_text, text, "event")
    assert [str(f.get("what")) for f in events] == ["sa visite officielle à Rome prévue"]


def test_the_end_of_a_period_does_not_date_the_act(extract_text: Any) -> None:
    text = "La ville de Douai a fermé ses parcs jusqu'à vendredi matin à cause du vent."
    actions = _facts(extract_text, text, "action")
    assert actions
    assert all(not str(f.get("date") or "").startswith("le ") for f in actions)  # no Friday


def test_a_pair_gives_its_count_away(extract_text: Any) -> None:
    body = (
        "Selon des chercheurs, deux étoiles déjà très rapprochées l'une de l'autre fusionneront "
        "vers 2022. La paire est nommée KIC 123."
    )
    cards = dated_deck(extract_text, body, "Deux étoiles", every=True)
    assert not [q for q in cards if q.fact_type == "quantity" and q.answer in ("deux", "2")]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # the same group named again after its count: one quantity
        ("Deux navires ont coulé lundi. Les deux navires transportaient du blé vers le port.", 1),
        ("Le club emploie 300 salariés. La direction a reçu les 300 salariés mardi.", 1),
        # a definite count with nothing before it, or of another noun: still counted
        ("Les trois accusés ont été condamnés mardi à Lyon.", 1),
        ("Le stade compte 12 500 places. Les 500 places du virage seront rénovées.", 2),
        ("La coopérative emploie 300 salariés. Ses 300 salariés seront formés.", 2),
        ("Deux navires ont coulé lundi. Les secours ont retrouvé les 12 marins des navires.", 2),
    ],
)
def test_a_count_named_again_is_one_figure(extract_text: Any, text: str, count: int) -> None:
    assert len(_facts(extract_text, text, "quantity")) == count
