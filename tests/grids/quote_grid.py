"""Invented grid of quote sentences: every speech verb and body noun of the lexicons in the shapes
a news article uses, with the expected quote facts (speaker, first words) known by construction."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tests.scoring import name_match

LEXICON = Path(__file__).resolve().parents[2] / "generators" / "lexicon"

SURNAMES = ["Roux", "Vernet", "Lacombe", "Morvillier", "Delorme", "Tessier", "Guérin", "Marchal"]
QUOTES = [
    "Nous ne céderons rien sur ce point",
    "Le projet avance dans la bonne direction",
    "Cette décision arrive beaucoup trop tard",
    "Il faudra des années pour tout reconstruire",
    "Personne ne pouvait prévoir une telle crise",
    "Les familles méritent enfin des réponses claires",
]
SECOND = "Nous verrons la suite demain."
MINISTRIES = ["de la Santé", "de l'Intérieur", "des Finances", "de la Culture"]
BODY_NAMES = ["Orvalis", "Sud-Valence", "Kermor", "Altéa"]

# Verbs used as « s'… » (« s'est exclamé X »); the lexicon writes some with « s' », some bare.
REFLEXIVE = {
    "exclamer", "interroger", "écrier", "emporter", "indigner", "insurger", "offusquer",
    "réjouir", "féliciter", "étonner", "inquiéter", "alarmer", "désoler", "agacer",
    "enthousiasmer", "lamenter",
}  # fmt: skip
# participle, present 3sg, imperfect 3sg of verbs that are not regular -er verbs
IRREGULAR = {
    "dire": ("dit", "dit", "disait"),
    "écrire": ("écrit", "écrit", "écrivait"),
    "décrire": ("décrit", "décrit", "décrivait"),
    "reconnaître": ("reconnu", "reconnaît", "reconnaissait"),
    "admettre": ("admis", "admet", "admettait"),
    "promettre": ("promis", "promet", "promettait"),
    "conclure": ("conclu", "conclut", "concluait"),
    "répondre": ("répondu", "répond", "répondait"),
    "soutenir": ("soutenu", "soutient", "soutenait"),
    "prévenir": ("prévenu", "prévient", "prévenait"),
    "avertir": ("averti", "avertit", "avertissait"),
    "réagir": ("réagi", "réagit", "réagissait"),
    "renchérir": ("renchéri", "renchérit", "renchérissait"),
    "réjouir": ("réjoui", "réjouit", "réjouissait"),
    "reprendre": ("repris", "reprend", "reprenait"),
    "rappeler": ("rappelé", "rappelle", "rappelait"),
    "marteler": ("martelé", "martèle", "martelait"),
    "relever": ("relevé", "relève", "relevait"),
    "considérer": ("considéré", "considère", "considérait"),
    "tempérer": ("tempéré", "tempère", "tempérait"),
    "inquiéter": ("inquiété", "inquiète", "inquiétait"),
    "lâcher": ("lâché", "lâche", "lâchait"),
}


@dataclass(frozen=True)
class Row:
    shape: str
    word: str
    text: str
    expected: tuple[tuple[str | None, str], ...]  # (speaker, first three words); () = no quote


def _words(path: str) -> list[str]:
    lines = (LEXICON / path).read_text(encoding="utf-8").splitlines()
    seen: dict[str, None] = {}
    for line in lines:
        word = line.strip()
        if word and not word.startswith("#"):
            seen[word] = None
    return list(seen)


def _forms(verb: str) -> tuple[str, str, str]:
    if verb in IRREGULAR:
        return IRREGULAR[verb]
    stem = verb[:-2]
    imperfect = stem + ("e" if stem.endswith("g") else "") + "ait"
    if stem.endswith("c"):
        imperfect = stem[:-1] + "çait"
    return stem + "é", stem + "e", imperfect


def speech_verbs() -> list[tuple[str, bool]]:
    """Lexicon speech verbs as (bare lemma, reflexive), once each."""
    out: dict[str, bool] = {}
    for lemma in _words("speech_verbs.txt"):
        bare = lemma.removeprefix("s'")
        out[bare] = out.get(bare, False) or lemma.startswith("s'") or bare in REFLEXIVE
    return list(out.items())


def _past(verb: str, reflexive: bool, feminine: bool = False) -> str:
    # the participle agrees with the subject after « être » only
    if reflexive:
        return "s'est " + _forms(verb)[0] + ("e" if feminine else "")
    return "a " + _forms(verb)[0]


def _inverted(verb: str, reflexive: bool, feminine: bool) -> str:
    part = _forms(verb)[0] + ("e" if feminine and reflexive else "")
    pron = "elle" if feminine else "il"
    return f"s'est-{pron} {part}" if reflexive else f"a-t-{pron} {part}"


def _present(verb: str, reflexive: bool) -> str:
    form = _forms(verb)[1]
    if reflexive:
        return ("s'" if form[0] in "aeéèiouh" else "se ") + form
    return form


def _imperfect(verb: str, reflexive: bool) -> str:
    form = _forms(verb)[2]
    if reflexive:
        return ("s'" if form[0] in "aeéèiouh" else "se ") + form
    return form


def _first(quote: str) -> str:
    return " ".join(quote.split()[:3])


def _person(i: int, feminine: bool) -> str:
    names = _words("people_firstnames_f.txt" if feminine else "people_firstnames_m.txt")
    return f"{names[(i * 7) % len(names)]} {SURNAMES[i % len(SURNAMES)]}"


def verb_rows(i: int, verb: str, reflexive: bool) -> list[Row]:
    """Rows for one speech verb in every shape."""
    q = QUOTES[i % len(QUOTES)]
    fem = i % 2 == 1
    p = _person(i, fem)
    minister = f"{'La' if fem else 'Le'} ministre {MINISTRIES[i % len(MINISTRIES)]}"
    ok = ((p, _first(q)),)
    cut = q.split()
    rows = [
        Row("incise_past", verb, f"« {q} », {_past(verb, reflexive, fem)} {p}.", ok),
        Row("incise_present", verb, f"« {q} », {_present(verb, reflexive)} {p}.", ok),
        Row("incise_imperfect", verb, f"« {q} », {_imperfect(verb, reflexive)} {p}.", ok),
        Row(
            "pronoun_after_name",
            verb,
            f"{p} est {'arrivée' if fem else 'arrivé'} à Lyon lundi. « {q} », "
            f"{_inverted(verb, reflexive, fem)}.",
            ok,
        ),
        Row(
            "title_then_name",
            verb,
            f"« {q} », {_past(verb, reflexive, fem)} {minister.lower()}, {p}.",
            ok,
        ),
        Row(
            "title_alone_present",
            verb,
            f"{minister}, {p}, a visité l'hôpital lundi. « {q} », "
            f"{_present(verb, reflexive)} {'la' if fem else 'le'} ministre.",
            ok,
        ),
        Row(
            "incise_middle",
            verb,
            f"« {' '.join(cut[:3])}, {_past(verb, reflexive, fem)} {p}, {' '.join(cut[3:])}. »",
            ((p, _first(q)),),
        ),
        Row("two_sentences", verb, f"« {q}. {SECOND} », {_past(verb, reflexive, fem)} {p}.", ok),
    ]
    if not reflexive:
        rows.append(
            Row("colon", verb, f"Par ailleurs, {p} {_past(verb, False, fem)} : « {q}. »", ok)
        )
    return rows


def general_rows(i: int) -> list[Row]:
    """Rows for « selon », « pour », the unresolved pronoun and feminine inversion."""
    q = QUOTES[i % len(QUOTES)]
    fem = i % 2 == 1
    p = _person(i, fem)
    other = _person(i + 3, not fem)
    pron = "elle" if fem else "il"
    return [
        Row("selon", "selon", f"Selon {p}, « {q} ».", ((p, _first(q)),)),
        Row("pour", "pour", f"Pour {p}, « {q} ».", ((p, _first(q)),)),
        Row(
            "unresolved_pronoun",
            pron,
            f"{other} est {'arrivé' if fem else 'arrivée'} à Lyon. « {q} », a-t-{pron} déclaré.",
            ((None, _first(q)),),
        ),
    ]


def body_rows(i: int, noun: str) -> list[Row]:
    q = QUOTES[i % len(QUOTES)]
    name = BODY_NAMES[i % len(BODY_NAMES)]
    det = "l'" if noun[0] in "aeéèiouh" else ("la " if noun in FEMININE_BODIES else "le ")
    body = f"{det}{noun} {name}"
    subject = body[:1].upper() + body[1:]
    return [
        Row("body_incise", noun, f"« {q} », a indiqué {body}.", ((body, _first(q)),)),
        Row(
            "body_partial",
            noun,
            f"{subject} a dénoncé « une réforme injuste et brutale ».",
            ((body, "une réforme injuste"),),
        ),
    ]


FEMININE_BODIES = {
    "agence", "association", "armée", "assemblée", "chancellerie", "commission", "compagnie",
    "cour", "direction", "entreprise", "équipe", "fédération", "firme", "fondation",
    "gendarmerie", "justice", "mairie", "ong", "organisation", "police", "préfecture",
    "présidence", "région", "société", "union", "université", "télévision", "radio", "chaîne",
}  # fmt: skip


def phrase_rows(i: int, verb: str) -> list[Row]:
    """A quote_phrase_verbs verb with its quoted complement: a partial quote."""
    fem = i % 2 == 1
    p = _person(i, fem)
    part = _forms(verb)[0]
    return [Row("phrase_verb", verb, f"{p} a {part} « une réforme injuste et brutale ».",
                ((p, "une réforme injuste"),))]  # fmt: skip


def named_rows(i: int, noun: str) -> list[Row]:
    """Names and titles in marks are not quotes, alone or inside a reported clause."""
    p = _person(i, i % 2 == 1)
    return [
        Row("named_thing", noun, f"Le {noun} « Les Jours tranquilles » a ouvert lundi.", ()),
        Row(
            "named_in_reported",
            noun,
            f"{p} a déclaré que le {noun} « Horizon Bleu » ouvrirait en mars.",
            (),
        ),
    ]


def grid() -> list[Row]:
    rows: list[Row] = []
    for i, (verb, reflexive) in enumerate(speech_verbs()):
        rows += verb_rows(i, verb, reflexive)
    for i in range(12):
        rows += general_rows(i)
    for i, noun in enumerate(_words("quote_body_nouns.txt")):
        rows += body_rows(i, noun)
    for i, verb in enumerate(_words("quote_phrase_verbs.txt")):
        rows += phrase_rows(i, verb)
    for i, noun in enumerate(["film", "livre", "spectacle", "album", "roman", "festival"]):
        rows += named_rows(i, noun)
    for i, word in enumerate(_words("quote_naming_participles.txt")):
        rows.append(naming_row(i, word, participle=True))
    for i, word in enumerate(_words("quote_naming_nouns.txt")):
        rows.append(naming_row(i, word, participle=False))
    for i, verb in enumerate(_words("quote_predicative_verbs.txt")):
        p = _person(i, i % 2 == 1)
        text = f"{p} a {_forms(verb)[0]} son adversaire d'« incompétent »."
        rows.append(Row("predicative_word", verb, text, ((p, "incompétent"),)))
    for noun in ["association", "opération", "émission", "exposition"]:
        rows.append(Row("named_thing", noun, f"L'{noun} « Terre Vive » a ouvert un local.", ()))
    return rows


FEMININE_NAMED = {"campagne", "opération", "devise", "chanson", "marque"}


def naming_row(i: int, word: str, participle: bool) -> Row:
    """A name in marks after a participle of naming (« un plan baptisé « … » ») or a noun of what
    is named (« la campagne « … » »): no quote."""
    q = QUOTES[i % len(QUOTES)]
    p = _person(i, i % 2 == 1)
    if participle:
        plural, fem = word.endswith("s"), word.rstrip("s").endswith("ée")
        thing = ("des missions" if fem else "des projets") if plural else None
        thing = thing or ("une mission" if fem else "un projet")
        return Row("naming_participle", word, f"{p} a présenté {thing} {word} « {q} ».", ())
    det = "l'" if word[0] in "aeéiouh" else ("la " if word in FEMININE_NAMED else "le ")
    return Row("naming_noun", word, f"{p} a lancé {det}{word} « {q} » lundi.", ())


def sample(step: int = 4) -> list[Row]:
    """Every shape, a quarter of its words: the test grid."""
    return [row for i, row in enumerate(grid()) if i % step == 0 or row.expected == ()]


def _norm(s: str | None) -> str:
    return " ".join((s or "").replace("«", "").replace("»", "").lower().split())


def judge(row: Row, facts: list[tuple[str | None, str]]) -> tuple[int, int]:
    """(expected facts found, wrong facts) of one row given its (speaker, text) quote facts."""
    found = 0
    used: set[int] = set()
    for speaker, words in row.expected:
        for k, (got_speaker, text) in enumerate(facts):
            if k in used or not _norm(text).startswith(_norm(words)):
                continue
            if (speaker is None and got_speaker is None) or (
                speaker is not None and got_speaker and name_match(got_speaker, [speaker])
            ):
                found += 1
                used.add(k)
                break
    wrong = sum(
        1
        for k, (s, t) in enumerate(facts)
        if k not in used
        and (not row.expected or s is not None or not any(_norm(t).startswith(_norm(w)) for _, w in row.expected))
    )  # fmt: skip
    return found, wrong
