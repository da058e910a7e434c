"""Titles, ranks and civilities: where a title starts and ends before a name, and the gender it marks."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Any

from generators import lexicon
from generators.extract.tokens import (
    YEAR,
    column,
    doc_keys,
    doc_memo,
    norm,
    ordered_where,
    phrase_starts,
    phrases,
    tokens_where,
    word_keys,
)
from generators.extract.weekdays import not_yet


@functools.cache
def _civilities() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Return the civilities of each kind, without their final dot: any, feminine, masculine."""
    names = ("people_civilities", "people_civilities_m", "people_civilities_f")
    every = frozenset(w.rstrip(".") for name in names for w in lexicon.word_set(name))
    fem = frozenset(w.rstrip(".") for w in lexicon.word_set("people_civilities_f"))
    masc = frozenset(w.rstrip(".") for w in lexicon.word_set("people_civilities_m"))
    return every, fem, masc


def strip_civility(text: str) -> str:
    words = text.split()
    civilities = _civility_set()
    while len(words) > 1 and words[0].lower().rstrip(".") in civilities:
        words = words[1:]
    return " ".join(words)


def _civility_set() -> frozenset[str]:
    return _civilities()[0]


def civility_gender(word: str) -> str | None:
    """Return the gender a civility marks (« Mme » → f), None for others and non-civilities."""
    word = word.lower().rstrip(".")
    _every, fem, masc = _civilities()
    return "f" if word in fem else "m" if word in masc else None


def is_civility(word: str) -> bool:
    """Tell whether `word` is a civility or honorific (« M. », « Mme », « Dr »)."""
    return word.lower().rstrip(".") in _civility_set()


@functools.cache
def _title_trie() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Map the first word of each title to its word sequences, longest first.

    A head-of title the leads extractor knows (« émir », « leadeuse ») is a person's title too."""
    trie: dict[str, list[tuple[str, ...]]] = {}
    lists = ("people_titles", "leads_titles", "leads_named_titles")
    for entry in sorted({word for name in lists for word in lexicon.words(name)}):
        words = tuple(norm(w) for w in re.sub(r"\b([dl])'", r"\1' ", entry.lower()).split())
        trie.setdefault(words[0], []).append(words)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in trie.items()}


def title_end(doc: Any, i: int, words: str = "people_titles") -> int:
    """Return the end of the longest title starting at token `i`, or -1."""
    memo = doc_memo(doc, "title_end")
    if not 0 <= i < len(doc):  # « doc[-1] »: the last token, read as the callers always did
        found = memo.get((i, words))
        if found is None:
            found = memo[(i, words)] = _title_end(doc, i, words)
        return int(found)
    ends = memo.get(words)
    if ends is None:  # the tokens a title may start at; None: its end not read yet
        ends = memo[words] = dict.fromkeys(title_starts(doc, words))
    if i not in ends:
        return -1
    end = ends[i]
    if end is None:
        end = ends[i] = _title_end(doc, i, words)
    return int(end)


def ordered_title_starts(doc: Any) -> list[int]:
    """Return `title_starts` of the people's titles in the doc's order, sorted once per doc."""
    return ordered_where(doc, ("LOWER", "LEMMA"), _may_start_title("people_titles"))


def title_starts(doc: Any, words: str = "people_titles") -> frozenset[int]:
    """Return the tokens of `doc` that start with a title's first word or hold a hyphen (the
    others end no title: `_title_end`'s first test)."""
    return tokens_where(doc, ("LOWER", "LEMMA"), _may_start_title(words))


@functools.cache
def kinship() -> dict[str, str]:
    """Map kinship nouns (« fille », « époux ») to the gender they give the name after them."""
    return dict(entry.split("|", 1) for entry in lexicon.words("people_kinship"))


def name_openers(doc: Any) -> frozenset[int]:
    """Return the tokens of `doc` that may open a person's name (`mentions.raw_mentions` reads
    only these): a title's start, a civility, a kinship noun, a trigger word."""
    return title_starts(doc) | tokens_where(doc, ("ORTH", "LOWER"), _may_open)


def _may_open(text: str, lower: str) -> bool:
    return bool(
        civility_gender(text)
        or kinship().get(lower)
        or is_civility(text)
        or lower in lexicon.word_set("people_name_triggers")
    )


@functools.cache
def _may_start_title(words: str) -> Callable[[str, str], bool]:
    """Return `_title_end`'s first test for the titles of `words`, on a word and its lemma."""
    trie = _trie_for(words)

    def test(lower: str, lemma: str) -> bool:
        return "-" in lower or any(key in trie for key in word_keys(lower, lemma))

    return test


def _trie_for(words: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    return _title_trie() if words == "people_titles" else _trie_of(words)


def _title_end(doc: Any, i: int, words: str) -> int:
    trie = _trie_for(words)
    keys = doc_keys(doc)
    token = doc[i]
    if "-" not in token.lower_ and not any(key in trie for key in keys[i]):
        return -1  # most words: no title starts with them
    if token.is_punct or (token.pos_ == "AUX" and token.lemma_ in ("être", "avoir")):
        return -1
    participle = re.search(
        r"(é|ée|és|ées|u|ue|us|ues|i|ie|is|ies|er|ir|re)$", token.lower_
    ) and not _never_verb(token.lower_)
    verbal = bool(participle) and (
        (token.pos_ == "VERB" and not _noun_use(doc, i)) or _dated_or_agent(doc, i)
    )  # a participle or infinitive (« élu en 2020 », « délégué par »), unless a longer title
    if (
        token.pos_ == "ADJ"
        and i > 0
        and doc[i - 1].pos_ == "NOUN"
        and not is_modifier(doc[i - 1])
        and doc[i - 1].lower_ not in lexicon.word_set("people_naming_participles")
        and doc[i - 1].lower_ not in lexicon.word_set("people_pre_title_adjectives")
    ):
        return -1  # « conseil général »: an adjective, not a title (« élu sénateur »: a title)
    if token.lower_ in lexicon.word_set("people_naming_participles") and _naming(doc, i):
        return -1  # « élu maire de X », « a élu A »: a verb that gives a title, not one
    for key in set(keys[i]):
        for entry in trie.get(key, ()):
            if (
                i + len(entry) <= len(doc)
                and not (verbal and len(entry) == 1)
                and all(entry[k] in keys[i + k] for k in range(1, len(entry)))
            ):
                return i + len(entry)
    return i + 1 if not verbal and _compound_title(token.lower_, trie) else -1


def _never_verb(word: str) -> bool:
    """Tell whether a title is never a verb, however it ends (lexicon people_loan_titles,
    people_noun_titles: « leader », « députée »)."""
    return word in lexicon.word_set("people_loan_titles") or word in lexicon.word_set(
        "people_noun_titles"
    )


def present_participle(doc: Any, i: int) -> bool:
    """Tell « représentant » of « X, représentant la Belgique, »: a present participle and its
    direct object (a determiner, lexicon people_participle_objects), not the title « représentant
    de X » nor « le commandant Dupont »: the role is the participle with its object."""
    token = doc[i]
    present = token.lower_.endswith("ant") or (
        token.morph.get("VerbForm") == ["Part"] and token.morph.get("Tense") == ["Pres"]
    )
    return (
        present
        and i + 1 < len(doc)
        and doc[i + 1].lower_ in lexicon.word_set("people_participle_objects")
    )


def _naming(doc: Any, i: int) -> bool:
    """Tell whether the participle at `i` is a verb: after an auxiliary, or before a title."""
    prev = doc[i - 1] if i > 0 else None
    if prev is not None and prev.pos_ == "AUX":
        return True
    k = i + 1
    while k < len(doc) and (doc[k].pos_ == "ADV" or is_modifier(doc[k])):
        k += 1
    return k < len(doc) and doc[k].is_lower and title_end(doc, k) > 0


def _compound_title(word: str, trie: dict[str, tuple[tuple[str, ...], ...]]) -> bool:
    """Tell whether a hyphenated word is a title and its qualifiers (« directrice-adjointe »), maybe
    after a prefix (lexicon people_title_prefixes: « vice-procureur »)."""
    head, *rest = word.split("-")
    if rest and head in lexicon.word_set("people_title_prefixes"):
        head, *rest = rest  # « vice-procureur », « co-présidente »
        if not rest:
            return (norm(head),) in trie.get(norm(head), ())
    if not rest or ((norm(head),) not in trie.get(norm(head), ())):
        return False
    qualifiers = lexicon.word_set("people_role_adjectives")
    return all(part in qualifiers or (norm(part),) in trie.get(norm(part), ()) for part in rest)


def _dated_or_agent(doc: Any, i: int) -> bool:
    """Tell whether a date or an agent follows token `i` (« élu en 2020 », « élue en mai », « nommée par »)."""
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    after = doc[i + 2] if i + 2 < len(doc) else None
    return nxt is not None and (
        nxt.lower_ == "par"
        or (
            nxt.lower_ in ("en", "dès", "depuis")
            and after is not None
            and (bool(YEAR.match(after.text)) or after.lower_ in lexicon.word_set("french_months"))
        )
    )


def _noun_use(doc: Any, i: int) -> bool:
    """Tell whether a participle is used as a noun: after a determiner (« le délégué », « l'ancien
    élu »), in apposition after a name, or before an adjective (« délégué syndical »)."""
    prev = doc[i - 1] if i > 0 else None
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    apposed = (
        prev is not None
        and prev.text == ","
        and i > 1
        and doc[i - 2].pos_ in ("PROPN", "X")  # the tagger reads some surnames as X
        and (nxt is None or nxt.lower_ not in ("à", "au", "aux", "par", "en"))
    )  # « Paul Roux, député de X, »: a title in apposition to a name, however it is tagged
    attribute = (
        prev is not None
        and prev.lemma_ in ("être", "devenir", "rester")
        and "Fin" in prev.morph.get("VerbForm")
        and i > 1
        and doc[i - 2].pos_ in ("PROPN", "X")
        and (nxt is None or nxt.lower_ not in ("à", "au", "aux", "par", "en", "pour", "dans"))
    )  # « Paul Roux est conseiller de X »: a title after a copula, however it is tagged
    copula = prev is not None and prev.dep_ == "cop" and prev.head.i == i
    return (
        apposed
        or attribute
        or copula  # « A avait précédemment été ministre »: the parser's attribute of « être »
        or (prev is not None and prev.pos_ == "DET")
        or (prev is not None and is_modifier(prev) and i > 1 and doc[i - 2].pos_ == "DET")
        or _judged(doc, i)  # « le très influent conseiller »
        or (
            nxt is not None
            and nxt.pos_ == "ADJ"
            and nxt.is_lower
            and "Part" not in nxt.morph.get("VerbForm")
        )
    )


def _judged(doc: Any, i: int) -> bool:
    """Tell whether a determiner, then an adjective of lexicon people_pre_title_adjectives (after
    a degree adverb or not), stand before token `i` (« l'influent », « le très puissant »)."""
    if i < 2 or doc[i - 1].lower_ not in lexicon.word_set("people_pre_title_adjectives"):
        return False
    k = i - 2
    if k > 0 and doc[k].lower_ in lexicon.word_set("people_pre_title_degrees"):
        k -= 1
    return bool(doc[k].pos_ == "DET")


@functools.cache
def _trie_of(name: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    trie: dict[str, list[tuple[str, ...]]] = {}
    for entry in lexicon.words(name):
        words = tuple(norm(w) for w in re.sub(r"\b([dl])'", r"\1' ", entry.lower()).split())
        trie.setdefault(words[0], []).append(words)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in trie.items()}


_ORDINAL = re.compile(r"^(?:[0-9]+(?:e|er|re|ème|è)|premier|première|[a-zé-]+ième)$")


def after_rank(doc: Any, p: int) -> int:
    """Return where a title starts after a definite article and an ordinal (« le 45e », « la
    troisième », « le 12 e »), else `p`."""
    if p >= len(doc) or doc[p].lower_ not in ("le", "la", "l'"):
        return p
    k = p + 1
    if k + 1 < len(doc) and doc[k].text.isdigit() and doc[k + 1].lower_ in ("e", "er", "re", "ème"):
        return k + 2
    return k + 1 if k < len(doc) and _ORDINAL.match(doc[k].lower_) else p


def is_modifier(token: Any) -> bool:
    """Tell whether `token` is a role modifier (« ancien », « ex- », « futur »)."""
    return token.lower_ in lexicon.word_set("people_role_modifiers")


def determiner_gender(doc: Any, i: int) -> str | None:
    """Return the gender of the determiner right before token `i` (skipping modifiers)."""
    k = i - 1
    while k >= 0 and (is_modifier(doc[k]) or doc[k].pos_ == "ADJ"):
        k -= 1
    if k < 0 or doc[k].pos_ not in ("DET", "ADP"):
        return None
    gender = doc[k].morph.get("Gender")
    if gender:
        return "f" if gender[0] == "Fem" else "m"
    low = doc[k].lower_
    if low in ("l'", "l’"):  # « l'ancienne ministre »: the adjective tells what « l' » hides
        j = k + 1
        while j < len(doc) and doc[j].pos_ == "ADJ" and doc[j].is_lower:
            j += 1
        told = {token_gender(doc[m]) for m in range(k + 1, j)}
        return next(iter(told)) if len(told) == 1 else None
    return {
        "la": "f",
        "une": "f",
        "cette": "f",
        "sa": "f",
        "le": "m",
        "un": "m",
        "ce": "m",
        "cet": "m",
        "son": "m",
        "du": "m",
        "au": "m",
    }.get(low)


def token_gender(token: Any) -> str | None:
    """Return the gender spaCy gives a token; a past participle's own ending first (« élue » is
    feminine even where the model reads it masculine)."""
    if "Part" in token.morph.get("VerbForm") and token.is_alpha and token.is_lower:
        word = token.lower_
        if word.endswith(("ée", "ées", "ue", "ues", "ie", "ies", "te", "tes", "se", "ses")):
            return "f"
        if word.endswith(("é", "és", "u", "us", "i", "is", "t", "ts")):
            return "m"
    gender = token.morph.get("Gender")
    return ("f" if gender[0] == "Fem" else "m") if gender else None


def title_gender(token: Any) -> str | None:
    """Return the gender of a title word: feminine endings first (« actrice »), then morphology."""
    word = token.lower_
    if word in lexicon.word_set("people_epicene_titles") or any(
        word.endswith(ending) for ending in lexicon.words("people_epicene_endings")
    ):
        return None  # « archevêque », « secrétaire »: the determiner or the first name tells
    if any(word.endswith(ending) for ending in lexicon.words("people_feminine_endings")):
        return "f"
    if word.endswith("e") and word[:-1] in lexicon.word_set("people_titles"):
        return "f"  # « candidate », « avocate »: a title with an « e » added (« diplomate » is not)
    if any(word.endswith(ending) for ending in lexicon.words("people_masculine_endings")):
        return "m"
    return token_gender(token)


def token_texts(doc: Any) -> list[str]:
    """Return the text of every token of `doc`, computed once per doc (cheap scans by word)."""
    return column(doc, "ORTH")


def title_after_article(doc: Any, i: int) -> bool:
    """Tell whether a title opening an entity other than a place follows an article (« du
    YouTubeur Zapix »): a title before a name, not a thing's name (« le grade de Chevalier
    Rose-Croix »)."""
    before = doc[i - 1] if i > 0 and not doc[i].is_sent_start else None
    return before is not None and doc[i].ent_type_ in ("MISC", "ORG") and before.text in _ARTICLES


_ARTICLES = frozenset({"le", "la", "l'", "du", "au", "un", "une"})


def apposed_title_before(doc: Any, j: int) -> bool:
    """Tell whether a title set off by a comma, with no determiner, ends right before token `j`
    (« A B, directeur général de … »): what follows completes the title, it opens no name."""
    t = j - 1
    while t > 0 and doc[t].pos_ == "ADJ" and doc[t].is_lower and title_end(doc, t) < 0:
        t -= 1  # « directeur exécutif »
    while t > 0 and title_end(doc, t) < 0 and title_end(doc, t - 1) > t:
        t -= 1  # « secrétaire général »: the title's first word
    return t > 0 and doc[t - 1].text == "," and title_end(doc, t) > 0


def gerund(doc: Any, k: int) -> bool:
    """Tell a verb in « -ant » at token `k` (« en battant », whatever its tag), not « en avant »."""
    if k >= len(doc):
        return False
    tok = doc[k]
    present = tok.morph.get("VerbForm") == ["Part"] and tok.morph.get("Tense") == ["Pres"]
    return present or (tok.is_lower and len(tok) >= 6 and tok.lower_.endswith("ant"))


def one_of_plural(doc: Any, p: int) -> int:
    """Return the plural title's token after « l'un des », « une des » at `p` (« l'un des
    conseillers du ministre »: one of them), else 0."""
    k = p + 1 if doc[p].lower_ in ("l'", "l’") else p
    if k + 2 >= len(doc) or doc[k].lower_ not in ("un", "une") or doc[k + 1].lower_ != "des":
        return 0
    q = k + 2
    while q < len(doc) - 1 and is_modifier(doc[q]):
        q += 1
    plural = "Plur" in doc[q].morph.get("Number") or doc[q].lower_.endswith(("s", "x"))
    return q if plural and title_end(doc, q) > q else 0


def singular_title(role: str) -> str:
    """Put a plural title in the singular, up to its first complement (« principaux conseillers
    du ministre » → « principal conseiller du ministre »)."""
    words = role.split(" ")
    out: list[str] = []
    for n, word in enumerate(words):
        if word.lower() in ("de", "du", "des", "d'", "à", "au", "aux", "en") or "'" in word:
            return " ".join(out + words[n:])
        if word.endswith("aux") and len(word) > 4:
            word = word[:-3] + "al"
        elif word.endswith(("s", "x")) and len(word) > 3:
            word = word[:-1]
        out.append(word)
    return " ".join(out)


def hedge_length(doc: Any, j: int) -> int:
    """Return the length of « présenté comme » at token `j` (lexicon people_apposition_hedges)."""
    table = "people_apposition_hedges"
    if j >= len(doc) or doc[j].lower_ not in phrase_starts(table):
        return 0  # most words: no hedge starts with them
    here = [t.lower_ for t in doc[j : j + max(map(len, phrases(table)))]]
    return next((len(w) for w in phrases(table) if list(w) == here[: len(w)]), 0)


def not_held_yet(copula: Any, title: Any) -> bool:
    """Tell a title a copula gives only for later (« A, qui deviendra ministre », « A sera
    maire »): a future or a conditional, not one that keeps a post (lexicon
    people_staying_copulas: « restera maire ») nor an announced status (lexicon
    people_announced_statuses: « sera la candidate du parti »)."""
    return (
        not_yet(copula)
        and copula.lemma_.lower() not in lexicon.word_set("people_staying_copulas")
        and title.lower_ not in lexicon.word_set("people_announced_statuses")
    )


def adjective_gender(doc: Any, k: int) -> str | None:
    """Return the gender the adjective right after an epicene title tells (« ministre irlandais »,
    « juge fédérale »), or None."""
    if k >= len(doc) or doc[k].pos_ != "ADJ" or not doc[k].is_lower:
        return None
    return token_gender(doc[k])
