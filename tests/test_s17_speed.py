"""Speed work (session 17): caches must not change facts, and parsed docs can be extracted again."""

from __future__ import annotations

from typing import Any

TEXT = (
    "Le 3 mars 2031, Jean-Marc Dubreuil, ministre de la Pêche de la Valdorie, a annoncé la "
    "fermeture du port de Saint-Brévin. « Nous n'avons pas le choix », a-t-il déclaré. "
    "Il remplace Odile Ferrand-Lucas, qui avait démissionné en janvier 2031. "
    "Il a ensuite visité le port de Saint-Brévin. Il a remporté la course de Lorvane.\n\n"
    "Selon l'Agence valdorienne des océans (AVO), 1 200 emplois sont menacés.\n"
)


def _facts(article: Any, docs: Any) -> list[dict[str, Any]]:
    from generators.extract import extract_parsed

    return [fact.to_dict() for fact in extract_parsed(article, docs)]


def test_extracting_the_same_docs_twice_gives_the_same_facts(nlp: Any) -> None:
    """Per-doc caches (sentences, memos) survive `merge_hyphens`' copy and a second extraction."""
    from generators.extract import pipeline as nlp_module
    from generators.source.article import parse_bytes

    article = parse_bytes(TEXT.encode(), source="test.txt", slug="test")
    docs = nlp_module.parse(article.clean)
    first = _facts(article, docs)
    assert first
    assert _facts(article, docs) == first
    assert _facts(article, nlp_module.parse(article.clean)) == first


DATED = [
    "Le mardi 4 février 2031, la digue de Morvelle a cédé.",
    "La foire s'est tenue du 3 au 5 mars 2029 à Quintaine.",
    "En 1987, 1993 et 2004, le fleuve Arvanne a débordé.",
    "Le décret du 11/03/2032 fixe les quotas de pêche.",
    "Hier, le conseil de Lorvane a voté le budget ; demain, il votera les taxes.",
    "L'année précédente, la coopérative avait fermé deux ateliers.",
    "Au mois de septembre 2030, les élèves de Brassac ont repris les cours.",
    "Aujourd'hui, la ministre Éliane Courtois visite le chantier.",
    "Depuis juin, le pont de Valmeur est fermé ; il rouvrira début octobre.",
    "L'année suivante, le club de Ternay a gagné le championnat.",
    "Le jeudi 18, les grévistes ont bloqué le port.",
    "Le 1er mai, 2 500 personnes ont défilé à Sorlac.",
]
UNDATED = [
    "Le conseil a voté le budget de la commune à une large majorité.",
    "La route de la vallée est fermée pour des travaux de la région.",
    "Il a marché 2 500 mètres avant de retrouver le chemin de la ferme.",
]


def test_every_date_pattern_holds_an_anchor() -> None:
    """The anchored matcher finds every date only if each pattern holds an anchor token."""
    import spacy

    from generators.extract import anchored, date_patterns

    matcher = date_patterns.matcher(spacy.blank("fr").vocab)
    labels = ["DAY", "MONTH", "YEAR", "YEAR_LIST", "NUMERIC", "WEEKDAY", "RELDAY", "RELATIVE"]
    assert all(label in matcher for label in labels) and len(matcher) == len(labels)
    assert anchored.reach(matcher, labels) <= date_patterns.REACH
    for label in labels:
        for pattern in matcher.get(label)[1]:
            assert any(_anchored_token(token) for token in pattern), (label, pattern)


def _anchored_token(token: dict[str, Any]) -> bool:
    from generators.extract.date_patterns import NUMERIC, is_anchor

    if token.get("OP") in ("?", "*"):
        return False
    lower = token.get("LOWER")
    if isinstance(lower, str):
        return is_anchor(lower)
    if isinstance(lower, dict):
        return all(is_anchor(word) for word in lower["IN"])
    if token.get("IS_DIGIT") and token.get("LENGTH") == 4:
        return True
    return token.get("TEXT") == {"REGEX": NUMERIC.pattern}


def test_anchored_date_matches_equal_the_whole_doc_matcher(nlp: Any) -> None:
    """Same matches, same order, with dates and without (no anchor: no window, no match)."""
    from generators.extract import date_patterns

    texts = [*DATED, *UNDATED, " ".join(DATED), " ".join(UNDATED + DATED + UNDATED)]
    for text in texts:
        doc = nlp(text)
        expected = date_patterns.matcher(doc.vocab)(doc)
        assert date_patterns.date_matches(doc) == expected, text
    for text in DATED:
        assert date_patterns.date_matches(nlp(text)), text
    for text in UNDATED:
        assert not date_patterns.date_matches(nlp(text)), text


def test_anchored_windows_are_disjoint_and_reach_past_each_anchor() -> None:
    from generators.extract.anchored import _windows

    assert _windows([], 50, 8) == []
    assert _windows([3], 50, 8) == [(0, 12)]
    assert _windows([3, 20], 50, 8) == [(0, 29)]  # 12..29 touches 0..12: one window
    assert _windows([3, 30, 47], 50, 8) == [(0, 12), (22, 50)]
    assert _windows([3, 30, 48], 50, 8) == [(0, 12), (22, 39), (40, 50)]


SUCCESSIONS = [
    "Marc Delorme succède à Anne Vidal à la tête de la fédération de Lorvane.",
    "Anne Vidal a cédé sa place à Marc Delorme en janvier 2031.",
    "Paul Ferrand remplace Odile Brun au poste de directeur de l'agence valdorienne.",
    "Odile Brun passe le relais à Paul Ferrand, qui prend la suite de Jean Marteau.",
    "Claire Roussel, qui lui succède, était adjointe de Louis Garnier.",
    "Le successeur de Louis Garnier, Claire Roussel, entre en fonctions lundi.",
    "Hugo Lenoir, son prédécesseur, avait dirigé le port de Brassac.",
    "Pour le remplacer, le conseil a choisi Nadia Perrin.",
    "Élise Caron ne succède pas à Hugo Lenoir, contrairement à ce qu'annonçait Tom Vasseur.",
    "Le remplacement des tuyaux de Sorlac a coûté 3 000 euros.",
    "Le conseil de Ternay a voté le budget de la piscine.",
]


def test_succession_cue_tokens_lose_no_pair(nlp: Any, monkeypatch: Any) -> None:
    """Reading only `cue_tokens` gives the facts that reading every token gives."""
    from generators.extract import pipeline as nlp_module
    from generators.extract import succession_cues
    from generators.extract.types import succession
    from generators.source.article import parse_bytes

    article = parse_bytes(" ".join(SUCCESSIONS).encode(), source="test.txt", slug="test")
    docs = nlp_module.parse(article.clean)
    fast = _facts(article, docs)
    assert any(f["type"] == "succession" for f in fast)
    every = lambda doc: frozenset(range(len(doc)))  # noqa: E731
    monkeypatch.setattr(succession, "cue_tokens", every)
    assert _facts(article, nlp_module.parse(article.clean)) == fast
    assert not succession_cues.cue_tokens(nlp(SUCCESSIONS[-1]))  # no cue: no token to read
    assert succession_cues.cue_tokens(nlp(SUCCESSIONS[-2]))  # « remplacement »: read, no pair
    tubes = parse_bytes(SUCCESSIONS[-2].encode(), source="test.txt", slug="test")
    assert not [
        f for f in _facts(tubes, nlp_module.parse(tubes.clean)) if f["type"] == "succession"
    ]


def _capitalized(text: str, lemma: str) -> bool:
    return text[:1].isupper() and lemma != "le"


def test_tokens_where_reads_the_arrays_as_the_tokens(nlp: Any) -> None:
    """Same indexes as a test on each token's strings; cached per doc and per values."""
    from generators.extract.tokens import tokens_where

    for text in [*DATED, *SUCCESSIONS]:
        doc = nlp(text)
        expected = frozenset(t.i for t in doc if _capitalized(t.text, t.lemma_))
        assert tokens_where(doc, ("ORTH", "LEMMA"), _capitalized) == expected
        assert tokens_where(doc, ("ORTH", "LEMMA"), _capitalized) is tokens_where(
            doc, ("ORTH", "LEMMA"), _capitalized
        )
    assert tokens_where(nlp(""), ("ORTH", "LEMMA"), _capitalized) == frozenset()


NAMED = [
    "Le ministre de la Pêche Jean-Marc Dubreuil a visité Saint-Brévin.",
    "Mme Odile Ferrand et M. Paul Roy ont signé l'accord de Lorvane.",
    "Sa fille Léa Marteau dirige le club de Ternay.",
    "La présidente du conseil régional, Nadia Perrin, a démissionné.",
    "Le député LVR Hugo Lenoir votera contre le projet.",
    "Selon le docteur Élise Caron, l'épidémie recule à Brassac.",
    "L'entraîneur Tom Vasseur et son adjoint Luc Morel quittent le club.",
    "Le maire de Quintaine a inauguré le pont.",
    "Les habitants de Sorlac ont voté dimanche.",
    "Le conseil a voté le budget de la piscine de Valmeur.",
]


def test_raw_mentions_read_every_token_that_opens_a_name(nlp: Any, monkeypatch: Any) -> None:
    """Reading only titles, civilities, kinship nouns and trigger words finds the same names."""
    from generators.extract import mentions

    docs = [nlp(text) for text in [*NAMED, " ".join(NAMED)]]
    fast = [mentions.raw_mentions(doc, 0) for doc in docs]
    assert sum(len(found) for found in fast[:-1]) >= 8
    monkeypatch.setattr(mentions, "name_openers", lambda doc: frozenset(range(len(doc))))
    assert [mentions.raw_mentions(nlp(doc.text), 0) for doc in docs] == fast


NUMBERED = [
    "La commune de Brassac compte 2 500 habitants et trois écoles.",
    "Vingt-deux élèves de Ternay ont reçu 1,5 million d'euros.",
    "Le club de Sorlac a perdu 12 % de ses membres en deux ans.",
    "Cent quatre-vingts salariés de Valmeur sont en grève.",
    "Le conseil de Lorvane a voté sans chiffre ni nombre.",
]


def test_number_tokens_are_the_tokens_a_quantity_may_start_at(nlp: Any) -> None:
    from generators.extract.amount_reading import _number_tokens
    from generators.french import numbers

    for text in NUMBERED:
        doc = nlp(text)
        expected = {
            t.i
            for t in doc
            if t.like_num or t.text[:1].isdigit() or numbers.is_number_word(t.lower_)
        }
        assert _number_tokens(doc) == expected, text
    assert not _number_tokens(nlp(NUMBERED[-1]))
