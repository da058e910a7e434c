"""Extract person_role facts: titles, ranks and functions tied to a named person.

Sources: a title right before a name (« le brigadier-général A B »), a title phrase then a comma
and the name (« le secrétaire général de X, A B »), appositions after the name (« A B, président
de X et ancien ministre »), attributes (« A B est maire de X », « qui était alors ministre de X »,
« nommé ministre de X »), posts (« son siège de membre du CIO »), possessives (« le cabinet
Lemaire et son associé, M. B » → « associé du cabinet Lemaire »; « X, dont le président A a dit »),
authors (« Dans leur ouvrage intitulé T, A et B … » → « auteur de l'ouvrage T »), and definite
subjects that name a known role (« le secrétaire général a indiqué… »), posts after « comme »
(« engagée comme assistante, elle … », « A travaille comme infirmier ») or « être fait »
(« il est fait chevalier de X »), titles with a post participle (« l'adjoint chargé des
finances, A B ») or an agent left out of the role (« le médiateur nommé par le juge, A B »), and
in a biography (its title is a person's name) possessives naming that person (« Son assistant
A » → « assistant de <subject> »). Roles are collected once per article by `collect_roles`
(called from the name index) so the quote and leads extractors can resolve « le secrétaire
général » to a person.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from generators import lexicon
from generators.extract.context import Context
from generators.extract.names import (
    NameIndex,
    doc_memo,
    is_civility,
    next_word,
    norm,
    sentence_of,
    text_of,
    token_span,
)
from generators.records import Fact

_ROLE_ADP = frozenset({"de", "d'", "du", "des", "à", "au", "aux", "en", "pour", "chez", "sur"})
_STOP_AFTER_ADP = frozenset({"pour", "chez", "sur"})
_COPULAS = frozenset({"être", "devenir", "rester", "demeurer", "redevenir"})
_NAMING_VERBS = frozenset(
    {"nommer", "élire", "désigner", "réélire", "renommer", "choisir", "promouvoir", "investir"}
)
_DEFINITE = frozenset({"le", "la", "l'", "les", "ce", "cet", "cette"})
_YEAR = re.compile(r"^(1[0-9]{3}|20[0-9]{2})$")


@dataclass
class RoleMention:
    """A role the article gives a person, where it says so."""

    person: str
    role: str
    offset: int
    sent: tuple[int, int]  # token bounds of the sentence in the merged doc
    role_gender: str | None
    head: str  # the title word (« major-général »), used as the person's title in other facts
    start: int  # article offset of the role phrase
    kind: str
    kept: bool = True


@functools.cache
def _title_trie() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Map the first word of each title to its word sequences, longest first."""
    trie: dict[str, list[tuple[str, ...]]] = {}
    for entry in lexicon.words("people_titles"):
        words = tuple(norm(w) for w in re.sub(r"\b([dl])'", r"\1' ", entry.lower()).split())
        trie.setdefault(words[0], []).append(words)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in trie.items()}


def _word_keys(token: Any) -> tuple[str, ...]:
    text = token.lower_
    if text.startswith("ex-") and len(text) > 3:
        text = text[3:]
    lemma = token.lemma_.lower()
    if lemma.startswith("ex-"):
        lemma = lemma[3:]
    if "-" in text:  # « co-fondateur » is « cofondateur »
        return (norm(text), norm(lemma), norm(text).replace(" ", ""))
    return (norm(text), norm(lemma))


def title_end(doc: Any, i: int, words: str = "people_titles") -> int:
    """Return the end of the longest title starting at token `i`, or -1."""
    memo = doc_memo(doc, "title_end")
    found = memo.get((i, words))
    if found is None:
        found = memo[(i, words)] = _title_end(doc, i, words)
    return int(found)


def _doc_keys(doc: Any) -> list[tuple[str, ...]]:
    """Return the word keys of every token of `doc`, computed once per doc."""
    memo = doc_memo(doc, "word_keys")
    keys = memo.get("keys")
    if keys is None:
        keys = memo["keys"] = [_word_keys(t) for t in doc]
    return keys  # type: ignore[no-any-return]


def _title_end(doc: Any, i: int, words: str) -> int:
    trie = _title_trie() if words == "people_titles" else _trie_of(words)
    keys = _doc_keys(doc)
    token = doc[i]
    if "-" not in token.lower_ and not any(key in trie for key in keys[i]):
        return -1  # most words: no title starts with them
    if token.is_punct or (token.pos_ == "AUX" and not token.text[:1].isupper()):
        return -1
    participle = re.search(r"(é|ée|és|ées|u|ue|us|ues|i|ie|is|ies|er|ir|re)$", token.lower_)
    verbal = bool(participle) and (
        (token.pos_ == "VERB" and not _noun_use(doc, i)) or _dated_or_agent(doc, i)
    )  # a participle or infinitive (« élu en 2020 », « délégué par »), unless a longer title
    if token.pos_ == "ADJ" and i > 0 and doc[i - 1].pos_ == "NOUN" and not is_modifier(doc[i - 1]):
        return -1  # « conseil général »: an adjective, not a title
    for key in set(keys[i]):
        for entry in trie.get(key, ()):
            if (
                i + len(entry) <= len(doc)
                and not (verbal and len(entry) == 1)
                and all(entry[k] in keys[i + k] for k in range(1, len(entry)))
            ):
                return i + len(entry)
    return i + 1 if not verbal and _compound_title(token.lower_, trie) else -1


def _compound_title(word: str, trie: dict[str, tuple[tuple[str, ...], ...]]) -> bool:
    """Tell whether a hyphenated word is a title and its qualifiers (« directrice-adjointe »)."""
    head, *rest = word.split("-")
    if not rest or ((norm(head),) not in trie.get(norm(head), ())):
        return False
    qualifiers = lexicon.word_set("people_role_adjectives")
    return all(part in qualifiers or (norm(part),) in trie.get(norm(part), ()) for part in rest)


def _dated_or_agent(doc: Any, i: int) -> bool:
    """Tell whether a date or an agent follows token `i` (« élu en 2020 », « nommée par »)."""
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    after = doc[i + 2] if i + 2 < len(doc) else None
    return nxt is not None and (
        nxt.lower_ == "par"
        or (
            nxt.lower_ in ("en", "dès", "depuis")
            and after is not None
            and bool(_YEAR.match(after.text))
        )
    )


def _noun_use(doc: Any, i: int) -> bool:
    """Tell whether a participle is used as a noun: after a determiner (« le délégué »), or
    before an adjective (« délégué syndical », « élu municipal »)."""
    prev = doc[i - 1] if i > 0 else None
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return (prev is not None and prev.pos_ == "DET") or (
        nxt is not None
        and nxt.pos_ == "ADJ"
        and nxt.is_lower
        and "Part" not in nxt.morph.get("VerbForm")
    )


@functools.cache
def _trie_of(name: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    trie: dict[str, list[tuple[str, ...]]] = {}
    for entry in lexicon.words(name):
        words = tuple(norm(w) for w in re.sub(r"\b([dl])'", r"\1' ", entry.lower()).split())
        trie.setdefault(words[0], []).append(words)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in trie.items()}


def is_modifier(token: Any) -> bool:
    """Tell whether `token` is a role modifier (« ancien », « ex- », « futur »)."""
    return token.lower_ in lexicon.word_set("people_role_modifiers")


def extend_role(doc: Any, i: int, index: NameIndex, offset: int, stop: int | None = None) -> int:
    """Return the end of a role phrase whose title words end at `i` (complements, adjectives)."""
    stop = len(doc) if stop is None else stop
    j = i
    while j < stop:
        tok = doc[j]
        low = tok.lower_
        if low in lexicon.word_set("people_role_adjectives"):
            j += 1
            continue
        if _post_participle(doc, j):
            j += 2  # « chargé des finances »: the complement says what the post is
            continue
        if tok.is_punct or (
            tok.pos_ in ("VERB", "AUX", "PRON", "CCONJ", "SCONJ") and low not in _ROLE_ADP
        ):
            break
        if _is_name_start(doc, j, index, offset) and not _name_in_complement(doc, i, j):
            break
        if low in _ROLE_ADP:
            nxt = doc[j + 1] if j + 1 < len(doc) else None
            if (
                nxt is None
                or low in _STOP_AFTER_ADP
                or _YEAR.match(nxt.text)
                or (nxt.like_num and low == "en")
            ):
                break
            if low in ("de", "à", "en") and nxt.like_num:
                break
        elif tok.pos_ == "DET":
            if doc[j - 1].lower_ not in _ROLE_ADP:
                break
        elif tok.like_num:
            if _YEAR.match(tok.text) or doc[j - 1].lower_ not in _ROLE_ADP:
                break
        elif tok.pos_ not in ("NOUN", "ADJ", "PROPN", "ADP") or (
            tok.pos_ == "ADJ" and _disagrees(tok, doc[i - 1])
        ):
            break
        j += 1
    while j > i and (doc[j - 1].lower_ in _ROLE_ADP or doc[j - 1].pos_ in ("DET", "ADP")):
        j -= 1
    return j


def _post_participle(doc: Any, j: int) -> bool:
    """Tell whether token `j` is « chargé » / « affectée » followed by its complement."""
    return (
        doc[j].lower_ in lexicon.word_set("people_role_participles")
        and j + 2 < len(doc)
        and doc[j + 1].lower_ in _ROLE_ADP - _STOP_AFTER_ADP
        and not doc[j + 2].like_num
    )


def skip_agent_phrase(doc: Any, j: int) -> int:
    """Return where a participle with its agent after a role ends (« nommé par le juge »).

    « Le commissaire désigné par le préfet, A B » : the agent tells how the post was given, so
    it is not part of the role, but the name after it is still the role's holder. Returns `j`
    when no such phrase starts there, else the index of the comma closing it.
    """
    tok = doc[j] if j + 2 < len(doc) else None
    if (
        tok is None
        or not tok.is_lower
        or doc[j + 1].lower_ != "par"
        or (
            "Part" not in tok.morph.get("VerbForm")
            and not re.search(r"(é|ée|és|ées|i|ie|is|ies|u|ue|us|ues)$", tok.lower_)
        )
    ):
        return j
    k = j + 2
    while k < len(doc) and k - j < 16:
        if doc[k].text == ",":
            return k
        if doc[k].is_punct or doc[k].pos_ in ("VERB", "AUX", "PRON", "SCONJ", "CCONJ"):
            return j
        k += 1
    return j


def _name_in_complement(doc: Any, i: int, j: int) -> bool:
    """Tell whether a name at `j` belongs to the role's complement (« secrétaire du général A »)."""
    prev = doc[j - 1]
    if is_civility(prev.text) and j - 2 >= i:
        prev = doc[j - 2]  # « l'avocate de M. Sarkozy »
    if prev.pos_ in ("ADP", "DET") or prev.lower_ in _ROLE_ADP:
        return True
    return title_end(doc, j - 1) == j and any(t.lower_ in _ROLE_ADP for t in doc[i:j])


def _disagrees(adj: Any, noun: Any) -> bool:
    """Tell whether an adjective's number contradicts its noun's (a mis-tagged verb)."""
    a, n = adj.morph.get("Number"), noun.morph.get("Number")
    if n == ["Plur"] and not noun.lower_.endswith(("s", "x", "z")):
        n = ["Sing"]  # « consul » tagged plural: French plurals end in s, x or z
    return bool(a and n and a != n and not _after_adp(adj.doc[noun.i : adj.i + 1], adj))


def _is_name_start(doc: Any, j: int, index: NameIndex, offset: int) -> bool:
    mention = index.mention_at(offset + doc[j].idx)
    return mention is not None and mention.start == offset + doc[j].idx


def role_text(span: Any) -> str:
    """Return the role as written, singular when the text uses the plural (« futurs présidents »)."""
    words: list[str] = []
    for tok in span:
        text = tok.text
        if (
            "Plur" in tok.morph.get("Number")
            and tok.pos_ in ("NOUN", "ADJ")
            and not _after_adp(span, tok)
        ):
            text = tok.lemma_ if tok.lemma_ else text
        words.append(text + tok.whitespace_)
    return "".join(words).strip()


def _after_adp(span: Any, tok: Any) -> bool:
    return any(t.lower_ in _ROLE_ADP for t in span if t.i < tok.i)


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
    """Return the gender spaCy gives a token."""
    gender = token.morph.get("Gender")
    return ("f" if gender[0] == "Fem" else "m") if gender else None


def title_gender(token: Any) -> str | None:
    """Return the gender of a title word: feminine endings first (« actrice »), then morphology."""
    word = token.lower_
    if any(word.endswith(ending) for ending in lexicon.words("people_feminine_endings")):
        return "f"
    return token_gender(token)


def _role_start(doc: Any, p: int) -> int:
    """Include modifiers (« ancien », « ex- ») before the title at `p`."""
    while p > 0 and is_modifier(doc[p - 1]):
        p -= 1
    return p


def collect_roles(doc: Any, offset: int, index: NameIndex) -> None:
    """Find the roles given to named people in `doc` and record them in `index`."""
    mentions = index.mentions_in(offset, offset + len(text_of(doc)))
    starts = {m.start - offset: m for m in mentions}
    tok_at = {t.idx: t.i for t in doc}
    found: list[RoleMention] = []
    for mention in mentions:
        span = token_span(doc, mention.start - offset, mention.end - offset)
        if not len(span):
            continue
        s, e = span.start, span.end
        found.extend(_pre_name_title(doc, s, e, mention.full, offset, index))
        found.extend(_apposition_after(doc, s, e, mention.full, offset, index, starts, tok_at))
    found.extend(_title_then_name(doc, offset, index, tok_at))
    found.extend(_posts(doc, offset, index))
    found.extend(_authors(doc, offset, index))
    found.extend(_attributes(doc, offset, index, tok_at))
    found.extend(_as_roles(doc, offset, index))
    for role in found:
        _record(index, role)
    for role in _definite_subjects(doc, offset, index):
        _record(index, role)


def _record(index: NameIndex, role: RoleMention) -> None:
    if not role.role or len(role.role) > 120:
        return
    key = norm(role.role)
    for other in index.roles:
        if other.person != role.person or not other.kept:
            continue
        okey = norm(other.role)
        if okey == key:
            role.kept = False
            break
        if re.search(rf"(^| ){re.escape(okey)}( |$)", key):
            other.kept = False  # the new role says more
            break
        if re.search(rf"(^| ){re.escape(key)}( |$)", okey) or _same_role(key, okey):
            role.kept = False
            break
    index.roles.append(role)
    index.add_role(role.person, role.role)
    if role.kind != "coref":
        index.vote_gender(role.person, role.role_gender, 2 if role.role_gender == "f" else 1)


def _same_role(a: str, b: str) -> bool:
    """Tell whether two roles differ only by modifiers (« ex-trésorier » / « ancien trésorier »)."""
    mods = {norm(w) for w in lexicon.words("people_role_modifiers")} | {"ex"}
    wa = {w for w in a.split() if w not in mods and len(w) > 2}
    wb = {w for w in b.split() if w not in mods and len(w) > 2}
    return bool(wa | wb) and len(wa & wb) / len(wa | wb) >= 0.7


def _sent_bounds(doc: Any, i: int) -> tuple[int, int]:
    sent = sentence_of(doc[i])
    return sent.start, sent.end


def _make(doc: Any, p: int, end: int, person: str, offset: int, kind: str) -> RoleMention:
    start = _role_start(doc, p)
    gender = determiner_gender(doc, start) or title_gender(doc[p])
    head = doc[p : title_end(doc, p)].text if title_end(doc, p) > p else doc[p].text
    return RoleMention(
        person,
        role_text(doc[start:end]),
        offset,
        _sent_bounds(doc, p),
        gender,
        head,
        offset + doc[start].idx,
        kind,
    )


def _pre_name_title(
    doc: Any, s: int, e: int, person: str, offset: int, index: NameIndex
) -> list[RoleMention]:
    """« le brigadier-général A B », « l'ex-président du conseil A B », « les futurs présidents A, B »."""
    k = s - 1
    if k >= 0 and is_civility(doc[k].text) and not (doc[k].is_lower and title_end(doc, k) > k):
        return []  # « M. », « Professeur »; a lower-case « professeur » is the person's title
    # names listed after one plural title: « les évêques A et B »
    while (
        k >= 1 and doc[k].lower_ in (",", "et", "ou") and _mention_ending(doc, k - 1, offset, index)
    ):
        k = _mention_ending(doc, k - 1, offset, index) - 1
    last = k
    while k >= 0 and s - k < 14:
        tok = doc[k]
        if tok.is_punct or (
            tok.pos_ in ("VERB", "AUX", "PRON", "CCONJ", "SCONJ") and title_end(doc, k) < 0
        ):
            break  # a title tagged as a verb (« le vigneron A B ») still counts
        if tok.pos_ == "DET" and not (k > 0 and doc[k - 1].lower_ in _ROLE_ADP):
            break
        k -= 1
    for p in range(last, k, -1):
        end = title_end(doc, p)
        if end < 0 or (
            p > 0
            and doc[p - 1].pos_ not in ("DET", "ADP", "PUNCT")
            and not is_modifier(doc[p - 1])
            and doc[p - 1].lower_ not in _ROLE_ADP
            and p - 1 != k
        ):
            continue
        if extend_role(doc, end, index, offset, last + 1) != last + 1:
            continue
        role = _make(doc, p, last + 1, person, offset, "title")
        if last + 1 != s and "Plur" not in doc[p].morph.get("Number"):
            return []
        det = _role_start(doc, p) - 1
        role.role = _with_possessor(doc, det, role.role, index, offset)
        role.role = _with_biography_subject(doc, det, role.role, person, index)
        verb = doc[e] if e < len(doc) else None
        whose = verb is not None and "Fin" in verb.morph.get("VerbForm")  # not « dont » = including
        if whose and det > 2 and doc[det - 1].lower_ == "dont" and doc[det - 2].text == ",":
            owner = _de_phrase(doc, det - 3)  # « le club du FC Rouen, dont le président A, … »
            role.role = f"{role.role} {owner}" if owner else role.role
        return [role]
    return []


def _mention_ending(doc: Any, k: int, offset: int, index: NameIndex) -> int:
    """Return the start token of a mention ending at token `k`, else 0."""
    end_char = offset + doc[k].idx + len(doc[k])
    mention = index.mention_at(end_char - 1)
    if mention is not None and mention.end == end_char:
        return int(token_span(doc, mention.start - offset, mention.end - offset).start)
    return 0


def _apposition_after(
    doc: Any,
    s: int,
    e: int,
    person: str,
    offset: int,
    index: NameIndex,
    starts: dict[int, Any],
    tok_at: dict[int, int],
) -> list[RoleMention]:
    """« A B, journaliste, … », « A B, l'ancien président de X », « A et B, tous deux diplomates »."""
    if e >= len(doc) - 1 or doc[e].text != ",":
        return []
    persons = [person]
    k = s - 1
    while k >= 1 and doc[k].lower_ in ("et", ",") and _mention_ending(doc, k - 1, offset, index):
        start = _mention_ending(doc, k - 1, offset, index)
        other = index.mention_at(offset + doc[start].idx)
        if other:
            persons.append(other.full)
        k = start - 1
    j = next_word(doc, e + 1)
    if (
        j + 2 < len(doc)
        and doc[j].like_num
        and doc[j + 1].lower_ in ("ans", "an")
        and doc[j + 2].text == ","
    ):
        j = next_word(doc, j + 3)  # « A, 45 ans, agriculteur à Rennes »
    shared = False
    while j < len(doc) and doc[j].lower_ in lexicon.word_set("people_apposition_skip"):
        shared = True
        j += 1
    if len(persons) > 1 and not shared:
        persons = persons[:1]
    out: list[RoleMention] = []
    first = True
    while j < len(doc):
        p = j
        if doc[p].pos_ == "DET" and doc[p].lower_ in ("l'", "le", "la", "un", "une", "son", "sa"):
            p += 1
        while p < len(doc) and is_modifier(doc[p]):
            p += 1
        if p >= len(doc):
            break
        end = title_end(doc, p)
        if end < 0 and first and p == j and _person_noun(doc[p]):
            end = p + 1
        if end < 0:
            break
        stop = extend_role(doc, end, index, offset)
        if stop < len(doc) and _is_name_start(doc, stop, index, offset):
            break  # « A, l'ex-trésorier de X B »: the title of the next name
        if first and _subject_of_next_clause(doc, j, stop):
            break  # « Pour A, l'ex-chef de l'État avait … »: a subject, not an apposition
        for who in persons:
            out.append(_make(doc, p, stop, who, offset, "apposition"))
        first = False
        stop = _skip_dates(doc, stop)
        if (
            stop < len(doc) - 1
            and doc[stop].lower_ in (",", "et")
            and _starts_role(doc, next_word(doc, stop + 1))
        ):
            j = next_word(doc, stop + 1)
            continue
        break
    return out


def _subject_of_next_clause(doc: Any, start: int, stop: int) -> bool:
    """Tell whether the noun phrase [start, stop) after a name's comma is followed by its verb."""
    nxt = doc[stop] if stop < len(doc) else None
    return (
        nxt is not None
        and nxt.pos_ in ("VERB", "AUX")
        and "Fin" in nxt.morph.get("VerbForm")
        and doc[start].pos_ == "DET"
    )


def _person_noun(tok: Any) -> bool:
    """Tell whether a bare noun looks like a person's occupation (« bibliothécaire », « skieuse »)."""
    if tok.pos_ != "NOUN" or tok.text[:1].isupper():
        return False
    word = (tok.lemma_ or tok.lower_).lower()
    if any(entry.split("|")[0] == tok.lower_ for entry in lexicon.words("people_kinship")):
        return True
    return any(word.endswith(suffix) for suffix in lexicon.words("people_role_suffixes"))


def _skip_dates(doc: Any, k: int) -> int:
    """Skip dates after a role (« champion olympique en 1976 », « ministre de 1995 à 1997 »)."""
    while (
        k + 1 < len(doc)
        and doc[k].lower_ in ("en", "de", "depuis", "dès", "à", "jusqu'en")
        and _YEAR.match(doc[k + 1].text)
    ):
        k += 2
    return k


def _starts_role(doc: Any, j: int) -> bool:
    p = j
    if p < len(doc) and doc[p].pos_ == "DET":
        p += 1
    while p < len(doc) and is_modifier(doc[p]):
        p += 1
    return p < len(doc) and title_end(doc, p) > 0


def _title_then_name(
    doc: Any, offset: int, index: NameIndex, tok_at: dict[int, int]
) -> list[RoleMention]:
    """« le secrétaire général de X, A B », « un autre journaliste, A B »."""
    out: list[RoleMention] = []
    for tok in doc:
        p = tok.i
        if p == 0 or title_end(doc, p) < 0:
            continue
        k = p - 1
        while k > 0 and (is_modifier(doc[k]) or doc[k].lower_ in ("autre", "nouveau", "nouvelle")):
            k -= 1
        if doc[k].pos_ != "DET" or doc[k].lower_ in ("les", "des", "ces"):
            continue
        stop = extend_role(doc, title_end(doc, p), index, offset)
        comma = skip_agent_phrase(doc, stop)
        if comma >= len(doc) - 1 or doc[comma].text != ",":
            continue
        if _after_named_comma(doc, k, offset, index):
            continue  # « A, son ancien secrétaire, B »: the apposition of A, not B's title
        q = next_word(doc, comma + 1)
        if q < len(doc) and doc[q].pos_ == "DET":
            q += 1
            while q < len(doc) and title_end(doc, q) > 0:
                q = extend_role(doc, title_end(doc, q), index, offset)
        if q < len(doc) - 1 and is_civility(doc[q].text):
            q += 1  # « son associé, M. Perrin »
        mention = index.mention_at(offset + doc[q].idx) if q < len(doc) else None
        if mention and mention.start == offset + doc[q].idx:
            role = _make(doc, p, stop, mention.full, offset, "title")
            role.role = _with_possessor(doc, k, role.role, index, offset)
            out.append(role)
    return out


def _after_named_comma(doc: Any, k: int, offset: int, index: NameIndex) -> bool:
    """Tell whether token `k` follows « A, » where A is a person named just before."""
    j = k - 1
    while j >= 0 and doc[j].is_space and "\n" not in doc[j].text:
        j -= 1
    if j < 1 or doc[j].text != ",":
        return False
    end = offset + doc[j - 1].idx + len(doc[j - 1])
    mention = index.mention_at(end - 1)
    return mention is not None and mention.end == end


_POSSESSIVES = frozenset({"son", "sa"})
_CONTRACTED = {"le": "du", "la": "de la", "l'": "de l'", "les": "des"}


def _with_possessor(doc: Any, det: int, role: str, index: NameIndex, offset: int) -> str:
    """« le cabinet Lemaire et son associé » → « associé du cabinet Lemaire »: a named possessor.

    The possessor is the conjunct right before « et son / et sa »: a person named there, or a
    noun phrase with a proper noun (« le cabinet Lemaire », « la société Alstom »).
    """
    if det < 3 or doc[det].lower_ not in _POSSESSIVES or doc[det - 1].lower_ != "et":
        return role
    end = det - 2
    if doc[end].text == ",":
        end -= 1  # « le préfet, A, et son directeur de cabinet, B »
    mention = index.mention_at(offset + doc[end].idx)
    before = (
        token_span(doc, mention.start - offset, mention.end - offset).start - 1 if mention else 0
    )
    if (
        mention is not None
        and mention.end == offset + doc[end].idx + len(doc[end])
        and (doc[before].pos_ != "NOUN" or title_end(doc, before) > 0)
    ):  # a person, not a firm named after one (« le cabinet Lemaire »)
        name = mention.full
        joiner = "d'" if norm(name)[:1] in "aeiouyh" else "de "
        return f"{role} {joiner}{name}"
    phrase = _de_phrase(doc, end, named=True)
    return f"{role} {phrase}" if phrase else role


def _with_biography_subject(doc: Any, det: int, role: str, person: str, index: NameIndex) -> str:
    """« Son assistant A » opening a sentence of a biography → « assistant de <the biography's subject> »."""
    if (
        det < 0
        or doc[det].text not in ("Son", "Sa")
        or not doc[det].is_sent_start
        or role != role_text(doc[det + 1 : det + 1 + len(role.split())])
    ):
        return role
    main = biography_subject(index)
    if main is None or main == person:
        return role
    joiner = "d'" if norm(main)[:1] in "aeiouyh" else "de "
    return f"{role} {joiner}{main}"


def _possessed_by_biography_subject(
    doc: Any, tok: Any, end: int, role: str, person: str, index: NameIndex
) -> str:
    """« A, qui fut son collègue à X », in a biography → « collègue de <its subject> à X »."""
    det = tok.i - 1
    main = biography_subject(index)
    if det < 0 or doc[det].lower_ not in _POSSESSIVES or main is None or main == person:
        return role
    head = doc[tok.i : title_end(doc, tok.i)].text
    if not role.startswith(head):
        return role
    joiner = "d'" if norm(main)[:1] in "aeiouyh" else "de "
    return f"{head} {joiner}{main}{role[len(head) :]}"


def biography_subject(index: NameIndex) -> str | None:
    """Return the person an article is about when its title is that person's name, else None."""
    people_ = index.people()
    if not index.title or not people_ or norm(people_[0]) != norm(index.title):
        return None
    return people_[0]


_NP_LINKS = frozenset({"de", "d'", "du", "des", "à", "au", "aux"})


def _de_phrase(doc: Any, end: int, named: bool = False) -> str | None:
    """Return « du cabinet Lemaire » for the definite noun phrase ending at token `end`, or None.

    With `named`, the phrase must hold a capitalized word (a named organisation).
    """
    start = end
    while (
        start > 0
        and end - start < 10
        and (
            doc[start - 1].pos_ in ("PROPN", "NOUN", "ADJ", "DET")
            or doc[start - 1].lower_ in _NP_LINKS
        )
    ):
        start -= 1
    while start <= end and (doc[start].pos_ != "DET" or doc[start].lower_ not in _CONTRACTED):
        start += 1
    if start >= end or (named and not any(t.text[:1].isupper() for t in doc[start + 1 : end + 1])):
        return None
    rest = doc[start + 1 : end + 1].text
    link = _CONTRACTED[doc[start].lower_]
    return f"{link}{rest}" if link.endswith("'") else f"{link} {rest}"


def _posts(doc: Any, offset: int, index: NameIndex) -> list[RoleMention]:
    """« nommé …, A B, au poste de procureur général », « A a gardé son siège de membre du CIO »."""
    out: list[RoleMention] = []
    for tok in doc:
        if tok.lower_ not in lexicon.word_set("people_post_nouns") or tok.i + 2 >= len(doc):
            continue
        p = tok.i + 2 if doc[tok.i + 1].lower_ in ("de", "d'") else -1
        if p < 0 or title_end(doc, p) < 0:
            continue
        sent = sentence_of(tok)
        person = index.subject_before(offset + tok.idx, offset + sent.start_char)
        found = index.mentions_in(offset + sent.start_char, offset + tok.idx)
        verb = _successor_verb(doc, tok.i, offset, index)
        if verb is not None:  # « A succède à B au poste de T »: A takes the post, not B
            found = index.mentions_in(offset + sent.start_char, offset + verb.idx)
            person = found[-1].full if found else None
        if person and found and found[-1].full == person:
            out.append(
                _make(
                    doc,
                    p,
                    extend_role(doc, title_end(doc, p), index, offset),
                    person,
                    offset,
                    "post",
                )
            )
    return out


def _successor_verb(doc: Any, i: int, offset: int, index: NameIndex) -> Any:
    """Return « succède » in « succède à B au poste de » before the post noun at `i`, or None."""
    k = i - 1
    if k < 2 or doc[k].lower_ not in ("au", "à"):
        return None
    start = _mention_ending(doc, k - 1, offset, index)
    if not start:
        return None
    j = start - 1
    if j > 0 and doc[j].lower_ == "à":
        j -= 1
    while j > 0 and doc[j].pos_ == "ADV":
        j -= 1  # « succède ainsi à B »
    verb = doc[j]
    return verb if verb.lemma_ in lexicon.word_set("succession_verbs") else None


_WORK_POSSESSIVES = {"son": 1, "sa": 1, "leur": 2}


def _authors(doc: Any, offset: int, index: NameIndex) -> list[RoleMention]:
    """« Dans leur ouvrage intitulé X, A et B expliquent … » → A, B: « auteur de l'ouvrage X »."""
    out: list[RoleMention] = []
    for tok in doc:
        if tok.lower_ not in lexicon.word_set("people_work_nouns") or tok.i < 1:
            continue
        det = tok.i - 1
        while det > 0 and doc[det].pos_ == "ADJ":
            det -= 1  # « son dernier livre »
        number = _WORK_POSSESSIVES.get(doc[det].lower_)
        if number is None:
            continue
        title = _work_title(doc, tok.i + 1)
        if title is None:
            continue
        start, end = title
        people_ = (
            _subjects_at(doc, next_word(doc, end + 1), offset, index)
            if end < len(doc) and doc[end].text == ","
            else []
        )
        if len(people_) != number and not (number == 2 and len(people_) > 2):
            continue
        article = (
            "l'"
            if norm(tok.text)[:1] in "aeiouyh"
            else "la "
            if token_gender(tok) == "f"
            else "le "
        )
        link = {"l'": "de l'", "la ": "de la ", "le ": "du "}[article]
        role_text_ = f"auteur {link}{tok.text} {doc[start:end].text}".replace("' ", "'")
        for person in people_:
            role = _make(doc, tok.i, tok.i + 1, person, offset, "author")
            role.role, role.head, role.role_gender = role_text_, "auteur", None
            out.append(role)
    return out


def _work_title(doc: Any, i: int) -> tuple[int, int] | None:
    """Return the token bounds of a work's title after its noun (« intitulé Révélation $ »)."""
    if i < len(doc) and doc[i].lower_.startswith("intitul"):
        i += 1
    elif i + 1 < len(doc) and doc[i].text == ",":
        i = next_word(doc, i + 1)  # « dans son dernier roman, Les Choses humaines, A … »
    if i >= len(doc) or not doc[i].text[:1].isupper():
        return None
    end = i
    while (
        end < len(doc) and doc[end].text not in (",", ".", ";", ":", "(") and not doc[end].is_space
    ):
        end += 1
    return (i, end) if end - i <= 8 else None


def _subjects_at(doc: Any, j: int, offset: int, index: NameIndex) -> list[str]:
    """Return the people named from token `j` (« A et B ») when they are the clause's subject."""
    found: list[str] = []
    first = j
    while j < len(doc):
        mention = index.mention_at(offset + doc[j].idx)
        if mention is None or mention.start != offset + doc[j].idx:
            return []
        found.append(mention.full)
        j = token_span(doc, mention.start - offset, mention.end - offset).end
        if j < len(doc) and doc[j].lower_ in ("et", ","):
            j += 1
            continue
        break
    verb = doc[j] if j < len(doc) else None
    finite = (
        verb is not None and verb.pos_ in ("VERB", "AUX") and "Fin" in verb.morph.get("VerbForm")
    )
    return found if finite or doc[first].dep_.startswith("nsubj") else []


def _attributes(
    doc: Any, offset: int, index: NameIndex, tok_at: dict[int, int]
) -> list[RoleMention]:
    """« A B est maire de X », « A, qui était alors ministre », « nommé ministre de X », « dont le président était A »."""
    out: list[RoleMention] = []
    for tok in doc:
        if title_end(doc, tok.i) < 0:
            continue
        cop = any(c.dep_ == "cop" and c.lemma_ in _COPULAS for c in tok.children)
        named = tok.dep_ in ("xcomp", "obj") and tok.head.lemma_ in _NAMING_VERBS | _COPULAS
        made = (
            tok.dep_ in ("xcomp", "obj") and tok.head.lemma_ == "faire"
        )  # « elle est faite chevalier »
        if cop:
            subj = next((c for c in tok.children if c.dep_.startswith("nsubj")), None)
        elif named:
            subj = next((c for c in tok.head.children if c.dep_.startswith("nsubj")), None)
        elif made:
            subj = next((c for c in tok.head.children if c.dep_ == "nsubj:pass"), None)
        else:
            subj = None
            head = tok.head
            if tok.dep_.startswith("nsubj") and any(c.dep_ == "cop" for c in head.children):
                mention = index.mention_at(offset + head.idx)
                if mention:
                    end = extend_role(doc, title_end(doc, tok.i), index, offset)
                    role = _make(doc, tok.i, end, mention.full, offset, "attribute")
                    role.role = _with_antecedent(doc, tok, role.role, head)
                    out.append(role)
            continue
        if subj is None:
            continue
        person = person_of(subj, doc, offset, index)
        if person:
            end = extend_role(doc, title_end(doc, tok.i), index, offset)
            role = _make(doc, tok.i, end, person, offset, "attribute")
            role.role = _possessed_by_biography_subject(doc, tok, end, role.role, person, index)
            out.append(role)
            out.extend(_more_attributes(doc, end, person, offset, index))
    return out


def _more_attributes(
    doc: Any, end: int, person: str, offset: int, index: NameIndex
) -> list[RoleMention]:
    """« A est avocate, spécialiste de X, et membre de Y »: the titles listed after the first."""
    out: list[RoleMention] = []
    end = _skip_dates(doc, end)
    while end < len(doc) - 1 and doc[end].text == ",":
        p = next_word(doc, end + 1)
        if p < len(doc) and doc[p].lower_ == "et":
            p += 1
        start = p
        while p < len(doc) and is_modifier(doc[p]):
            p += 1
        if p >= len(doc) or not doc[p].is_lower or title_end(doc, p) < 0 or p - start > 2:
            break
        stop = extend_role(doc, title_end(doc, p), index, offset)
        after = doc[stop] if stop < len(doc) else None
        if after is not None and (
            _is_name_start(doc, stop, index, offset) or after.pos_ in ("VERB", "AUX")
        ):
            break  # « …, porte-parole A a dit » / « …, ministre a dit »: another clause
        out.append(_make(doc, p, stop, person, offset, "attribute"))
        end = _skip_dates(doc, stop)
    return out


def _as_roles(doc: Any, offset: int, index: NameIndex) -> list[RoleMention]:
    """« Engagée comme assistante, elle … », « A travaille comme infirmier »."""
    out: list[RoleMention] = []
    for tok in doc:
        p = tok.i + 1
        if tok.lower_ != "comme" or p >= len(doc) or not doc[p].is_lower or title_end(doc, p) < 0:
            continue
        verb = _verb_before(doc, tok.i)
        if verb is None:
            continue
        end = extend_role(doc, title_end(doc, p), index, offset)
        person = _as_holder(doc, verb, end, offset, index)
        if person:
            out.append(_make(doc, p, end, person, offset, "attribute"))
    return out


def _verb_before(doc: Any, i: int) -> Any:
    """Return the hiring or working verb right before « comme » at `i` (dates skipped), or None."""
    k = _skip_dates_back(doc, i - 1)
    if k < 0:
        return None
    verb = doc[k]
    word = verb.lower_
    for ending in ("s", "e"):
        if word.endswith(ending) and word[:-1] in lexicon.word_set("people_as_verbs"):
            word = word[:-1]
    known = word in lexicon.word_set("people_as_verbs") or (
        verb.pos_ == "VERB" and verb.lemma_ in lexicon.word_set("people_as_verbs")
    )
    return verb if known else None


def _skip_dates_back(doc: Any, k: int) -> int:
    """Step back over « en 1937 », « dès 1990 » before token `k`."""
    while k >= 1 and _YEAR.match(doc[k].text) and doc[k - 1].lower_ in ("en", "dès", "depuis"):
        k -= 2
    return k


def _as_holder(doc: Any, verb: Any, end: int, offset: int, index: NameIndex) -> str | None:
    """Return who « verb comme T » makes a T: a participial clause's subject, else the verb's."""
    sent = sentence_of(verb)
    opening = [t for t in sent if not t.is_punct and not t.is_space][:1]
    if opening and opening[0].i == verb.i:
        return _clause_subject(doc, verb, end, sent.end, offset, index)
    if verb.i > 1 and doc[verb.i - 1].text == ",":
        last = doc[verb.i - 2]
        mention = index.mention_at(offset + last.idx)
        named = mention is not None and mention.end == offset + last.idx + len(last)
        return mention.full if mention and named else None  # « A, recruté comme … »
    for dep in ("nsubj:pass", "obj", "nsubj"):  # « on a recruté A comme … »: A is the holder
        arg = next((c for c in verb.children if c.dep_ == dep), None)
        if arg is not None:
            return person_of(arg, doc, offset, index)
    return None


def _clause_subject(
    doc: Any, verb: Any, j: int, stop: int, offset: int, index: NameIndex
) -> str | None:
    """Return the subject after a sentence-opening participial clause (« Recrutée …, elle … »)."""
    gender = "f" if verb.lower_.rstrip("s").endswith("e") else "m"
    while j < stop - 1:
        if doc[j].text == ",":
            k = next_word(doc, j + 1)
            if doc[k].lower_ in ("il", "elle"):
                person = pronoun_referent(doc, doc[k], offset, index)
                agrees = ("f" if doc[k].lower_ == "elle" else "m") == gender
                return person if agrees else None
            mention = index.mention_at(offset + doc[k].idx)
            if mention is not None and mention.start == offset + doc[k].idx:
                return mention.full if index.gender(mention.full) in (None, gender) else None
        j += 1
    return None


def _with_antecedent(doc: Any, title: Any, role: str, head: Any) -> str:
    """« X, dont le président était A » → « président de X »."""
    if not any(c.lower_ == "dont" for c in title.children) or head.dep_ != "acl:relcl":
        return role
    noun = head.head
    det = next((c for c in noun.children if c.dep_ == "det"), None)
    words = doc[noun.i : noun.i + 1]
    for c in noun.children:
        if c.i > noun.i and c.dep_ == "amod":
            words = doc[noun.i : c.i + 1]
    article = {"le": "du", "la": "de la", "l'": "de l'", "les": "des"}.get(
        det.lower_ if det else "", "de"
    )
    joiner = "" if article.endswith("'") else " "
    return f"{role} {article}{joiner}{words.text}"


def _definite_subjects(doc: Any, offset: int, index: NameIndex) -> list[RoleMention]:
    """« le secrétaire général a indiqué … » → the person the article names with that role."""
    out: list[RoleMention] = []
    for tok in doc:
        if (
            not tok.dep_.startswith("nsubj")
            or title_end(doc, tok.i) < 0
            or "Plur" in tok.morph.get("Number")
        ):
            continue
        end = extend_role(doc, title_end(doc, tok.i), index, offset)
        person = coreferent(
            doc,
            tok,
            offset,
            index,
            recency=not _named_elsewhere(index, doc[tok.i : end].text, offset + tok.idx),
        )
        known = index.holder(doc[_role_start(doc, tok.i) : end].text)
        if person and not known and index.roles_of(person):
            continue  # a new description of someone already described: too often someone else
        if person:
            out.append(_make(doc, tok.i, end, person, offset, "coref"))
    return out


def _named_elsewhere(index: NameIndex, role: str, pos: int) -> bool:
    """Tell whether the article spoke of this role earlier without naming anyone (« de l'inspecteur »)."""
    lowered_role = role.lower()
    pattern = re.compile(rf"\b{re.escape(lowered_role)}\b")
    for offset, doc in index.docs.items():
        if offset >= pos:
            continue
        text = _lowered_text(doc)
        if text.find(lowered_role, 0, pos - offset) < 0:
            continue  # the fast test: no match can end before `pos` without the phrase there
        for match in pattern.finditer(text, 0, pos - offset):
            start = offset + match.start()
            if not any(r.start <= start < r.start + len(r.role) + 2 for r in index.roles):
                return True
    return False


def _lowered_text(doc: Any) -> str:
    """Return the lower-cased text of `doc`, cached on the doc."""
    text = doc.user_data.get("factdeck_lower")
    if text is None:
        text = doc.user_data["factdeck_lower"] = text_of(doc).lower()
    return str(text)


def coreferent(
    doc: Any, tok: Any, offset: int, index: NameIndex, recency: bool = False
) -> str | None:
    """Return the person a definite title noun (« le président nancéien ») refers to, or None."""
    det = next((c for c in tok.children if c.dep_ == "det"), None)
    if det is None or det.lower_ not in _DEFINITE or det.lower_ == "les":
        return None
    if any(
        c.dep_ in ("appos", "flat:name", "nmod") and index.mention_at(offset + c.idx)
        for c in tok.children
    ):
        return None
    nxt = tok.i + 1
    while nxt < len(doc) and doc[nxt].pos_ in ("ADJ",):
        nxt += 1
    if nxt < len(doc) and (index.mention_at(offset + doc[nxt].idx) or doc[nxt].text == ","):
        return None  # the name follows: a title, not a coreference
    end = (
        extend_role(doc, title_end(doc, tok.i), index, offset)
        if title_end(doc, tok.i) > 0
        else tok.i + 1
    )
    holder = index.holder(doc[_role_start(doc, tok.i) : end].text)
    if holder or not recency:
        return holder
    sent = sentence_of(tok)
    prev_start = offset + (
        sentence_of(doc[sent.start - 1]).start_char if sent.start > 0 else sent.start_char
    )
    coargs = {
        m.full
        for c in tok.head.children
        if c.i != tok.i
        for m in index.mentions_in(
            offset + c.left_edge.idx, offset + c.right_edge.idx + len(c.right_edge)
        )
    }
    gender = determiner_gender(doc, tok.i)
    return index.subject_before(
        offset + tok.idx,
        prev_start,
        gender if gender == "m" and token_gender(tok) == "m" else None,
        coargs,
    )


def person_of(tok: Any, doc: Any, offset: int, index: NameIndex) -> str | None:
    """Return the person a noun phrase or pronoun (its head `tok`) refers to, or None."""
    for t in _name_parts(tok):
        mention = index.mention_at(offset + t.idx)
        if mention:
            return mention.full
    low = tok.lower_
    if low == "qui" and tok.head.dep_ == "acl:relcl":
        return person_of(tok.head.head, doc, offset, index)
    if tok.pos_ == "PRON" and low in ("il", "elle"):
        return pronoun_referent(doc, tok, offset, index)
    if title_end(doc, tok.i) > 0:
        return coreferent(doc, tok, offset, index, recency=True)
    return None


def _name_parts(tok: Any) -> list[Any]:
    """Return the tokens that can carry the name of the phrase headed by `tok` (itself, appositions)."""
    parts = [tok]
    for child in tok.children:
        if child.dep_ in ("appos", "flat:name", "flat", "compound") or (
            child.dep_ == "nmod" and title_end(tok.doc, tok.i) > 0 and child.i == tok.i + 1
        ):
            parts.append(child)
            parts.extend(c for c in child.children if c.dep_ in ("appos", "flat:name", "flat"))
    if tok.pos_ in ("NOUN",) and title_end(tok.doc, tok.i) > 0:
        k = tok.i + 1
        while k < len(tok.doc) and tok.doc[k].pos_ == "ADJ":
            k += 1
        if k < len(tok.doc):
            parts.append(tok.doc[k])  # « le juge Dupont »
    return parts


def pronoun_referent(doc: Any, tok: Any, offset: int, index: NameIndex) -> str | None:
    """Return the person « il » / « elle » refers to: a subject earlier in the sentence, else the last named."""
    if _impersonal(doc, tok):
        return None
    gender = "f" if tok.lower_.lstrip("-") == "elle" else "m"
    sent = sentence_of(tok)
    here = index.mentions_in(offset + sent.start_char, offset + tok.idx)
    for m in reversed(here):
        if m.subject and index.gender(m.full) in (None, gender):
            return m.full
    opening = [t for t in sent if not t.is_punct][:1]
    if (
        here
        and opening
        and here[0].start == offset + opening[0].idx
        and index.gender(here[0].full) in (None, gender)
    ):
        return here[0].full  # a name opening the sentence is its subject, whatever the parse says
    start = sentence_of(doc[sent.start - 1]).start_char if sent.start > 0 else sent.start_char
    return index.person_before(offset + tok.idx, gender, limit=offset + start - 2000)


def _impersonal(doc: Any, tok: Any) -> bool:
    """Tell whether « il » is impersonal (« il y a », « il faut », « il est temps »)."""
    if tok.lower_ != "il":
        return False  # « elle y reste »
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if nxt is not None and nxt.lower_ in (
        "y",
        "faut",
        "fallait",
        "s'agit",
        "s'agissait",
        "semble",
        "paraît",
    ):
        return True
    head = tok.head
    return (
        head.pos_ in ("ADJ", "ADV") and any(c.dep_ == "cop" for c in head.children)
    ) or head.lemma_ in ("falloir", "agir", "pleuvoir")


def extract(doc: Any, offset: int, ctx: Context) -> list[Fact]:
    """Return the person_role facts of the doc parsed at `offset`."""
    index: NameIndex = ctx.names
    merged = index.doc(offset)
    facts: list[Fact] = []
    for role in index.roles:
        if role.offset != offset or not role.kept:
            continue
        sent = merged[role.sent[0] : role.sent[1]]
        facts.append(
            ctx.fact(
                "person_role",
                sent,
                offset,
                person=role.person,
                aliases=index.aliases(role.person),
                role=role.role,
                gender=index.gender(role.person),
                role_gender=role.role_gender or index.gender(role.person),
            )
        )
    return facts
