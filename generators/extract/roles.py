"""Role phrases: where a role phrase after a title ends, its text, and the role mentions made of it."""

from __future__ import annotations

import functools
import re
from typing import Any

from generators import lexicon
from generators.extract.head_titles import demonym_countries
from generators.extract.name_spans import first_names
from generators.extract.names import NameIndex, RoleMention
from generators.extract.role_bodies import and_in_body
from generators.extract.role_places import renamed_place
from generators.extract.role_words import ROLE_ADP, after_adp, role_text
from generators.extract.titles import (
    adjective_gender,
    determiner_gender,
    gerund,
    is_civility,
    is_modifier,
    present_participle,
    title_end,
    title_gender,
)
from generators.extract.tokens import (
    YEAR,
    doc_memo,
    phrase_starts,
    phrases,
    sentence_of,
    text_of,
    token_span,
)

_STOP_AFTER_ADP = frozenset({"pour", "chez", "sur"})


@functools.cache
def nationalities() -> frozenset[str]:
    """Return the nationality adjectives of lexicon leads_state_demonyms (« russe », « belge »)."""
    return frozenset(demonym_countries())


def is_acronym(token: Any) -> bool:
    """Tell whether `token` is an all-capitals abbreviation (« LFI », « PS »), not an initial."""
    text = token.text
    return len(text) > 1 and text.isalpha() and text.isupper()


def role_adjective(tok: Any) -> bool:
    """Tell whether `tok` qualifies a title whatever its tag (lexicon people_role_adjectives, a
    nationality): « l'agent double russe », which the model may take for a verb."""
    low = tok.lower_
    return low in lexicon.word_set("people_role_adjectives") or low in nationalities()


def is_nationality_noun(tok: Any) -> bool:
    """Tell whether `tok` is a capitalized nationality noun (« l'Allemande », « les Français »)."""
    return is_nationality_word(tok.text, tok.lower_)


def is_nationality_word(text: str, lower: str) -> bool:
    """`is_nationality_noun` on a word's text and lower-case form (a test of `tokens_where`)."""
    known = nationalities()
    return (
        text[:1].isupper()
        and not text.isupper()
        and (lower in known or (lower.endswith("s") and lower[:-1] in known))
    )


def feminine_head(role: str) -> str:
    """Return `role` with its masculine head made feminine (« tenant du titre » → « tenante … »),
    by the endings of lexicon question_feminine_titles; a head it does not cover stays."""
    head, _, rest = role.partition(" ")
    if not head.islower() or head.endswith("e"):
        return role
    for line in lexicon.words("question_feminine_titles"):
        rule = line.split()
        if rule == [f"!{head}"]:
            return role
        if len(rule) == 2 and head.endswith(rule[0]):
            return f"{head[: -len(rule[0])]}{rule[1]} {rest}".strip()
    return role


def extend_role(doc: Any, i: int, index: NameIndex, offset: int, stop: int | None = None) -> int:
    """Return the end of a role phrase whose title words end at `i` (complements, adjectives),
    once per doc, position and state of the name index (several passes ask the same)."""
    memo = doc_memo(doc, "extend_role")
    key = (i, stop, offset, index.version())
    found = memo.get(key)
    if found is None:
        found = memo[key] = _extend_role(doc, i, index, offset, stop)
    return int(found)


def _extend_role(doc: Any, i: int, index: NameIndex, offset: int, stop: int | None) -> int:
    stop = len(doc) if stop is None else stop
    j = i
    while j < stop:
        tok = doc[j]
        low = tok.lower_
        if held_then(doc, j):
            break  # « président du club à l'époque des faits »: a date, not the club's name
        closer = closer_end(doc, j)
        if closer > j:
            return closer  # « champion régional en titre »: nothing after belongs to the role
        if YEAR.match(tok.text) and j > 0 and doc[j - 1].lower_ not in ROLE_ADP and _dated(doc, i):
            return j + 1  # « la championne d'Europe 2011 »: the year is part of the title
        if role_adjective(tok) or (is_acronym(tok) and doc[j - 1].is_lower):
            # « l'ambassadeur russe à X », « le candidat LR à X »: a nationality or a party's
            # initials, whatever the model's tag
            j += 1
            continue
        party = _party_then_complement(doc, j)
        if party:
            j += party  # « maire (PS) de la commune »: the party inside the title
            continue
        if low in lexicon.word_set("french_weekdays") or low in lexicon.word_set("french_months"):
            break  # « élue présidente du parti X dimanche »
        if low in lexicon.word_set("people_role_stops") or stop_phrase_at(doc, j):
            break  # « pilote présent sur les lieux », « … en remplacement de X »: not the post
        if _post_participle(doc, j):
            j += 2  # « chargé des finances »: the complement says what the post is
            continue
        if _body_name(doc, j):
            j += 1  # « PDG de la compagnie Airvola »: the body's own name, whatever its tag
            continue
        if and_in_body(doc, j):
            j += and_in_body(doc, j)  # « ministre de l'Économie et des Finances »: one body
            continue
        if tok.is_punct or (
            tok.pos_ in ("VERB", "AUX", "PRON", "CCONJ", "SCONJ")
            and low not in ROLE_ADP
            and not _name_tagged_verb(doc, j)
        ):
            break
        if is_name_start(doc, j, index, offset) and not _name_in_complement(doc, i, j):
            break
        if low == "en" and gerund(doc, j + 1):
            break  # « championne du monde en battant X »: what she did, not the title
        if low in ROLE_ADP:
            nxt = doc[j + 1] if j + 1 < len(doc) else None
            if low == "pour" and _scope_after(doc, j):
                j += 2  # « porte-parole de X pour les dossiers du port »: the post's scope
                continue
            if (
                nxt is None
                or low in _STOP_AFTER_ADP
                or YEAR.match(nxt.text)
                or (nxt.like_num and low == "en")
            ):
                break
            if low in ("de", "à", "en") and nxt.like_num:
                break
            if nxt.lower_ in _DEMONSTRATIVES:
                break  # « maire de cette commune »: the complement does not say which
        elif tok.pos_ == "DET":
            if doc[j - 1].lower_ not in ROLE_ADP and not present_participle(doc, j - 1):
                break  # « représentant la Belgique »: the participle's object is the role's
        elif tok.like_num:
            after = doc[j + 1] if j + 1 < len(doc) else None
            named = (
                doc[j - 1].text[:1].isupper()
                and tok.text.isdigit()
                and len(tok.text) <= 3
                and (after is None or not (after.is_lower and after.pos_ == "NOUN"))
            )
            if YEAR.match(tok.text) or (doc[j - 1].lower_ not in ROLE_ADP and not named):
                break  # « la mission Orion 4 »: part of the name; « Orion 4 ans »: a count
        elif (
            tok.pos_ not in ("NOUN", "ADJ", "PROPN", "ADP") and not _name_tagged_verb(doc, j)
        ) or (tok.pos_ == "ADJ" and _disagrees(tok, doc[i - 1])):
            break
        j += 1
    while j > i and (doc[j - 1].lower_ in ROLE_ADP or doc[j - 1].pos_ in ("DET", "ADP")):
        j -= 1
    return j


@functools.cache
def _time_closers() -> re.Pattern[str]:
    """The phrases of lexicon/people_role_time_closers as one pattern (YEAR: a year)."""
    year = r"(?:1[0-9]{3}|20[0-9]{2})"
    parts = (
        r"\s+".join(
            year if w == "YEAR" else re.escape(w).replace("'", "['’]") for w in entry.split()
        )
        for entry in lexicon.words("people_role_time_closers")
    )
    return re.compile(r"(?:" + "|".join(parts) + r")(?!\w)", re.IGNORECASE)


@functools.cache
def _time_closer_starts() -> frozenset[str]:
    """The first words of lexicon people_role_time_closers, without their apostrophe (« jusqu »)."""
    entries = lexicon.words("people_role_time_closers")
    return frozenset(re.split(r"['’]", entry.split()[0].lower())[0] for entry in entries)


def held_then(doc: Any, k: int) -> bool:
    """Tell whether a phrase at token `k` dates a role in the past (« à l'époque », « de 2001 à
    2010 »: lexicon/people_role_time_closers)."""
    if k >= len(doc) or re.split(r"['’]", doc[k].lower_)[0] not in _time_closer_starts():
        return False  # most tokens: no regex, no text
    return bool(_time_closers().match(text_of(doc), doc[k].idx))


def role_held_before(role: RoleMention) -> bool:
    """Tell whether a role was held before: a past marker before it, a past date after it."""
    return role.past or is_past_role(role.role)


@functools.cache
def _closer_starts() -> frozenset[str]:
    return frozenset(entry.lower().split()[0] for entry in lexicon.words("people_role_closers"))


def stop_phrase_at(doc: Any, j: int) -> bool:
    """Tell whether a phrase that ends a role starts at token `j` (« en remplacement de »)."""
    table = "people_role_stop_phrases"
    if doc[j].lower_ not in phrase_starts(table):
        return False  # most words: no phrase starts with them
    here = [t.lower_.replace("’", "'") for t in doc[j : j + max(map(len, phrases(table)))]]
    return any(list(words) == here[: len(words)] for words in phrases(table))


def closer_end(doc: Any, j: int) -> int:
    """Return the end of a phrase closing a role at token `j` (« en titre »), else -1."""
    if doc[j].lower_ not in _closer_starts():
        return -1
    for entry in lexicon.words("people_role_closers"):
        words = entry.lower().split()
        end = j + len(words)
        if [t.lower_ for t in doc[j:end]] == words:
            follows = doc[end].lower_ if end < len(doc) else ""
            return -1 if follows in ("de", "du", "des", "d'") else end  # « par intérim de X »
    return -1


def _party_then_complement(doc: Any, j: int) -> int:
    """Return the length of a party between a title and its « de » from `j`, else 0: its
    initials « (PS) », maybe after its name (« président Les Modérés (LM) du Sénat »)."""
    k = j
    while k < j + 3 and k < len(doc) and doc[k].text[:1].isupper() and doc[k].text != "(":
        k += 1
    if k > j and (doc[j].is_sent_start or doc[j - 1].text[:1].isupper()):
        return 0  # the capitalized words must follow the lower-case title
    ok = (
        k + 3 < len(doc)
        and doc[k].text == "("
        and doc[k + 1].text.isupper()
        and doc[k + 2].text == ")"
        and doc[k + 3].lower_ in ("de", "du", "des", "d'")
        and (k + 4 >= len(doc) or doc[k + 4].lower_ not in _DEMONSTRATIVES)
    )
    return k + 3 - j if ok else 0


_DEMONSTRATIVES = frozenset({"ce", "cet", "cette", "ces"})


def _body_name(doc: Any, j: int) -> bool:
    """Tell whether capitalized token `j` names the body whose noun comes before it (lexicon
    people_named_bodies: « la compagnie Airvola », « la banque Morvan Frères »), unless it is a
    known first name (« le directeur du club Marc Vernet »: the club's director)."""
    if not doc[j].text[:1].isupper() or doc[j].is_punct or doc[j].text in first_names():
        return False
    k = j - 1
    while k > 0 and doc[k].text[:1].isupper() and not doc[k].is_punct:
        k -= 1
    return doc[k].is_lower and doc[k].lower_ in lexicon.word_set("people_named_bodies")


def _initials_in_brackets(doc: Any, j: int) -> bool:
    """Tell whether tokens from `j` are initials in brackets (« (FDT) ») and something follows."""
    return (
        j + 3 < len(doc)
        and doc[j].text == "("
        and doc[j + 2].text == ")"
        and doc[j + 1].text.isupper()
        and doc[j + 1].text.isalpha()
    )


def _gloss_in_brackets(doc: Any, j: int) -> int:
    """Return the closing bracket of a body's name spelt out in brackets from `j` (« (Association
    des observateurs) »: capitalized first, no other punctuation), else 0."""
    if j + 2 >= len(doc) or doc[j].text != "(" or not doc[j + 1].text[:1].isupper():
        return 0
    for k in range(j + 2, min(j + 14, len(doc))):
        if doc[k].text == ")":
            return k
        if doc[k].is_punct and doc[k].text not in ("'", "’", "-"):
            return 0
    return 0


def _name_tagged_verb(doc: Any, j: int) -> bool:
    """Tell whether token `j` is a capitalised word after « de » inside the sentence: a name the
    model may tag as a verb (« manager de Vanchester United »), or a word inside a body's name the
    model tags as a verb and as part of that name (« des Nations unies »), not a verb."""
    tok = doc[j]
    if tok.pos_ not in ("VERB", "AUX") or tok.is_sent_start:
        return False
    inside = tok.ent_iob_ == "I" and tok.ent_type_ in ("ORG", "LOC") and doc[j - 1].pos_ == "PROPN"
    return inside or (tok.text[:1].isupper() and doc[j - 1].lower_ in ("de", "d'", "du", "des"))


def _scope_after(doc: Any, j: int) -> bool:
    """Tell whether « pour » at `j` opens the scope of a post (« pour les questions de X »)."""
    return (
        j + 3 < len(doc)
        and doc[j + 1].lower_ in ("les", "la", "le", "l'")
        and doc[j + 2].lower_ in lexicon.word_set("people_scope_nouns")
    )


def _dated(doc: Any, i: int) -> bool:
    """Tell whether the title ending at `i` takes a bare year (lexicon people_dated_titles)."""
    dated = lexicon.word_set("people_dated_titles")
    return any(t.lower_ in dated for t in doc[max(0, i - 3) : i])


def _post_participle(doc: Any, j: int) -> bool:
    """Tell whether token `j` is « chargé » / « affectée » followed by its complement."""
    return (
        doc[j].lower_ in lexicon.word_set("people_role_participles")
        and j + 2 < len(doc)
        and doc[j + 1].lower_ in ROLE_ADP - _STOP_AFTER_ADP
        and not doc[j + 2].like_num
    )


def skip_agent_phrase(doc: Any, j: int) -> int:
    """Return where a participle with its agent after a role ends (« nommé par le juge »).

    « Le commissaire désigné par le préfet, A B » : the agent tells how the post was given, so
    it is not part of the role, but the name after it is still the role's holder. Returns `j`
    when no such phrase starts there, else the index of the comma closing it. The body's initials
    in brackets are skipped the same way (« le président de la Fédération des Tanneurs (FDT), A B »).
    """
    if _initials_in_brackets(doc, j) and doc[j + 3].text == ",":
        return j + 3
    closing = _gloss_in_brackets(doc, j)
    if closing and closing + 1 < len(doc) and doc[closing + 1].text == ",":
        return closing + 1  # « le délégué de l'AOBS (Association des observateurs), A B »
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
    if prev.pos_ in ("ADP", "DET") or prev.lower_ in ROLE_ADP:
        return True
    return title_end(doc, j - 1) == j and any(t.lower_ in ROLE_ADP for t in doc[i:j])


def _disagrees(adj: Any, noun: Any) -> bool:
    """Tell whether an adjective's number contradicts its noun's (a mis-tagged verb)."""
    a, n = adj.morph.get("Number"), noun.morph.get("Number")
    if n == ["Plur"] and not noun.lower_.endswith(("s", "x", "z")):
        n = ["Sing"]  # « consul » tagged plural: French plurals end in s, x or z
    return bool(a and n and a != n and not after_adp(adj.doc[noun.i : adj.i + 1], adj))


def is_name_start(doc: Any, j: int, index: NameIndex, offset: int) -> bool:
    mention = index.mention_at(offset + doc[j].idx)
    return mention is not None and mention.start == offset + doc[j].idx


def role_start(doc: Any, p: int) -> int:
    """Include modifiers (« ancien », « ex- ») before the title at `p`."""
    while p > 0 and is_modifier(doc[p - 1]):
        p -= 1
    return p


def _sent_bounds(doc: Any, i: int) -> tuple[int, int]:
    sent = sentence_of(doc[i])
    return sent.start, sent.end


def make_role(doc: Any, p: int, end: int, person: str, offset: int, kind: str) -> RoleMention:
    start = role_start(doc, p)
    gender = determiner_gender(doc, start) or title_gender(doc[p]) or adjective_gender(doc, p + 1)
    if present_participle(doc, p):
        gender = None  # « X, représentant la Belgique »: a participle tells no gender
    head = doc[p : title_end(doc, p)].text if title_end(doc, p) > p else doc[p].text
    renamed = renamed_place(doc, start, end, person)  # « maire de la capitale X, Corvel »
    shown = start  # a judgement of the person is no part of the post (« célèbre », « jeune »)
    while shown < p and doc[shown].lower_ in lexicon.word_set("people_role_judgements"):
        shown += 1
    text = f"{role_text(doc[shown : renamed[0]])} {renamed[1]}" if renamed else None
    text = text or role_text(doc[shown:end])
    if is_modifier(doc[start]) and doc[start].is_title and doc[start].is_sent_start:
        text = text[:1].lower() + text[1:]  # « Alors ministre de X, A … »: the sentence's capital
    return RoleMention(
        person,
        text,
        offset,
        _sent_bounds(doc, p),
        gender,
        head,
        offset + doc[start].idx,
        kind,
        past=held_then(doc, end),
    )


def mention_ending(doc: Any, k: int, offset: int, index: NameIndex) -> int:
    """Return the start token of a mention ending at token `k`, else -1 (0 is the doc's first)."""
    end_char = offset + doc[k].idx + len(doc[k])
    mention = index.mention_at(end_char - 1)
    if mention is not None and mention.end == end_char:
        return int(token_span(doc, mention.start - offset, mention.end - offset).start)
    return -1


def skip_dates(doc: Any, k: int) -> int:
    """Skip dates after a role (« champion olympique en 1976 », « ministre de 1995 à 1997 »,
    « ministre durant les années 1990 »: lexicon people_role_time_closers)."""
    found = _time_closers().match(text_of(doc), doc[k].idx) if held_then(doc, k) else None
    while found and k < len(doc) and doc[k].idx < found.end():
        k += 1
    while (
        k + 1 < len(doc)
        and doc[k].lower_ in ("en", "de", "depuis", "dès", "à", "jusqu'en")
        and YEAR.match(doc[k + 1].text)
    ):
        k += 2
    return k


def is_past_role(role: str) -> bool:
    """Tell whether a role text says it was held before (« ancien ministre », « alors directeur »)."""
    first = role.split()[0].lower() if role.split() else ""
    return first in lexicon.word_set("people_past_markers") or first.startswith("ex-")


def held_before(title: Any) -> bool:
    """Tell whether a title is the attribute of a compound past of « être » (« A a été
    ministre », « avait précédemment été maire »): a post held before; not a conditional one."""
    cop = any(c.dep_ in ("cop", "aux:pass") and c.lemma_ == "être" for c in title.children)
    return cop and any(
        c.dep_ == "aux:tense"
        and c.lemma_ == "avoir"
        and c.lower_ in lexicon.word_set("people_past_auxiliaries")
        for c in title.children
    )


def person_noun(tok: Any) -> bool:
    """Tell whether a bare noun looks like a person's occupation (« bibliothécaire », « skieuse »),
    not a present participle the tagger took for a noun (« justifiant ainsi »)."""
    if tok.pos_ != "NOUN" or tok.text[:1].isupper():
        return False
    if tok.lower_ in lexicon.word_set("people_not_roles"):
        return False  # « sexagénaire »: an age, not an occupation
    word = (tok.lemma_ or tok.lower_).lower()
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if tok.lower_.endswith("ant") and nxt is not None and nxt.pos_ in ("ADV", "DET", "PRON"):
        return False  # « justifiant ainsi », « permettant la … »: a verb
    if any(entry.split("|")[0] == tok.lower_ for entry in lexicon.words("people_kinship")):
        return True
    return any(word.endswith(suffix) for suffix in lexicon.words("people_role_suffixes"))
