"""Roles given beside a name: a title before it, an apposition after it, a possessor."""

from __future__ import annotations

from typing import Any

from generators import lexicon
from generators.extract.anaphors import demonstrative_body
from generators.extract.names import NameIndex, RoleMention
from generators.extract.nationality_names import (
    before_nationality,
    listed_before,
    nationality_gender,
    nationality_start,
)
from generators.extract.paired_titles import coordinated_title, paired_holder
from generators.extract.role_bodies import (
    and_in_body,
    chained_title,
    complement_of_title,
    kinship_with_complement,
    past_participle_end,
    pre_title_adjective,
    relation_before,
    sigle_before,
)
from generators.extract.role_words import ROLE_ADP, role_text
from generators.extract.roles import (
    extend_role,
    feminine_head,
    is_name_start,
    make_role,
    mention_ending,
    person_noun,
    role_adjective,
    role_start,
    skip_agent_phrase,
    skip_dates,
)
from generators.extract.titles import (
    hedge_length,
    is_civility,
    is_modifier,
    one_of_plural,
    ordered_title_starts,
    singular_title,
    title_end,
)
from generators.extract.tokens import next_word, norm, token_span


def pre_name_title(
    doc: Any, s: int, e: int, person: str, offset: int, index: NameIndex
) -> list[RoleMention]:
    """« le brigadier-général A B », « l'ex-président du conseil A B », « les futurs présidents A, B »."""
    named = s
    s = sigle_before(doc, before_nationality(doc, s))  # « l'Espagnol A B », « (AX) A B »
    k = s - 1
    if k >= 0 and is_civility(doc[k].text) and not (doc[k].is_lower and title_end(doc, k) > k):
        return []  # « M. », « Professeur »; a lower-case « professeur » is the person's title
    if _family_name(doc, s, e):
        return []  # « l'avocat des parents Vernet »: the surname names a family
    # names listed after one plural title: « les évêques A et B », « les tenants du titre,
    # l'Italien A et la Suédoise B »
    k = listed_before(doc, nationality_start(doc, s) - 1, offset, index)
    last = k
    while k >= 0 and last - k < 13:  # the title phrase before the name, or before the list
        tok = doc[k]
        if tok.is_punct or (
            tok.pos_ in ("VERB", "AUX", "PRON", "CCONJ", "SCONJ")
            and title_end(doc, k) < 0
            and not role_adjective(tok)
            and _title_spanning(doc, k) < 0
            and not and_in_body(doc, k)
            and and_in_body(doc, k - 1) != 2
        ):
            break  # a title tagged as a verb (« le vigneron A B », « le maire sortant A B ») counts
        if tok.pos_ == "DET" and not (k > 0 and doc[k - 1].lower_ in ROLE_ADP):
            break
        k -= 1
    for p in range(last, k, -1):
        if _title_spanning(doc, p) > k:
            p = _title_spanning(doc, p)  # « l'adjoint au maire A »: not « maire »
        end = title_end(doc, p)
        if end < 0 or (
            p > 0
            and doc[p - 1].pos_ not in ("DET", "ADP", "PUNCT")
            and not is_modifier(doc[p - 1])
            and doc[p - 1].lower_ not in ROLE_ADP
            and p - 1 != k
        ):
            continue
        if extend_role(doc, end, index, offset, last + 1) != last + 1:
            continue
        role = make_role(doc, p, last + 1, person, offset, "title")
        if last + 1 != s and "Plur" not in doc[p].morph.get("Number"):
            return []
        if "Plur" in doc[p].morph.get("Number"):
            gender = nationality_gender(doc, named) or index.gender(person)
            if (
                gender is None
                and doc[last + 1].text == ","
                and feminine_head(role.role) != role.role
            ):
                return []  # « Les tenants du titre, les Français A et B »: B's own title unknown
            role.role_gender = gender or role.role_gender
            if gender == "f":  # « les tenants du titre Paul A et Julie B »
                role.role = feminine_head(role.role)
        if len(person.split()) == 1 and any(t.lower_ in ROLE_ADP for t in doc[p : last + 1]):
            return []  # « directrice des programmes sociaux Solidaire »: the body's name
        first = _title_before_and(doc, role_start(doc, p), index, offset)
        extra = [make_role(doc, first[0], first[1], person, offset, "title")] if first else []
        det = role_start(doc, p) - 1
        role.role = _with_possessor(doc, det, role.role, index, offset)
        role.role = _with_biography_subject(doc, det, role.role, person, index)
        verb = doc[e] if e < len(doc) else None
        whose = verb is not None and "Fin" in verb.morph.get("VerbForm")  # not « dont » = including
        if whose and det > 2 and doc[det - 1].lower_ == "dont" and doc[det - 2].text == ",":
            owner = _de_phrase(doc, det - 3)  # « le club du FC Rouen, dont le président A, … »
            role.role = f"{role.role} {owner}" if owner else role.role
        return [*extra, role]
    return []


def _title_spanning(doc: Any, p: int) -> int:
    """Return the start of a longer title that covers token `p` (« rédacteur en chef »), or -1."""
    for q in range(max(0, p - 4), p):
        if title_end(doc, q) > p and doc[q].is_lower:
            return q
    return -1


def _family_name(doc: Any, s: int, e: int) -> bool:
    """Tell whether a lone surname follows a plural noun that is no title (« les frères
    Vernet »): a family; « les évêques Martin et Durand » lists people."""
    before = doc[s - 1] if s > 0 else None
    return (
        e - s == 1
        and before is not None
        and before.pos_ == "NOUN"
        and before.is_lower
        and "Plur" in before.morph.get("Number")
        and title_end(doc, s - 1) < 0
    )


def _title_before_and(
    doc: Any, start: int, index: NameIndex, offset: int
) -> tuple[int, int] | None:
    """Return the bounds of a title ending at « et » right before `start`, or None.

    « l'ancienne ministre et ancienne candidate A B »: the first title is A B's too.
    """
    k = start - 1
    if k < 2 or doc[k].lower_ != "et":
        return None
    for p in range(k - 1, max(k - 9, -1), -1):
        end = title_end(doc, p)
        begin = role_start(doc, p)
        if (
            end > 0
            and begin > 0
            and doc[begin - 1].pos_ in ("DET", "ADP")
            and extend_role(doc, end, index, offset, k) == k
        ):
            return p, k
        if doc[p].is_punct or doc[p].pos_ in ("VERB", "AUX", "PRON"):
            return None
    return None


def apposition_after(
    doc: Any,
    s: int,
    e: int,
    person: str,
    offset: int,
    index: NameIndex,
    starts: dict[int, Any],
    tok_at: dict[int, int],
) -> list[RoleMention]:
    """« A B, journaliste, … », « A B, l'ancien président de X », « A B (présidente de X) »."""
    e = _after_party(doc, e)  # « A B (LR), député de X »
    if e >= len(doc) - 1 or doc[e].text not in (",", "("):
        return []
    persons = [person]
    k = s - 1
    while (
        k >= 1 and doc[k].lower_ in ("et", ",") and mention_ending(doc, k - 1, offset, index) >= 0
    ):
        start = mention_ending(doc, k - 1, offset, index)
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
    while (
        j < len(doc)
        and doc[e].text == ","  # « A (les officiers …) »: a gloss in parentheses, not a role
        and doc[j].lower_ in lexicon.word_set("people_apposition_skip")
    ):
        shared = True
        j += 1
    if shared and len(persons) == 1:
        return []  # « A, les commissaires du Tour ont … »: a plural phrase is not A's title
    j += hedge_length(doc, j)  # « A, présenté comme le chef de X, »
    if len(persons) > 1 and not shared and not _plural_title(doc, j):
        persons = persons[:1]  # « A et B, président du club »: B's title; « chercheurs »: both
    out: list[RoleMention] = []
    first = True
    while j < len(doc):
        p = j
        one = one_of_plural(doc, p) if first else 0
        if one:
            p = one  # « A, l'un des conseillers du ministre »: one of them, the title singular
        elif doc[p].pos_ == "DET" and doc[p].lower_ in ("l'", "le", "la", "un", "une", "son", "sa"):
            p += 1
        if p < len(doc) - 1 and doc[p].lower_ == "autre":
            p += 1  # « A, autre ancien président »: one more of them, not part of the role
        while p < len(doc) and is_modifier(doc[p]):
            p += 1
        if p >= len(doc):
            break
        end = title_end(doc, p)
        if (
            end < 0
            and first
            and (p == j or kinship_with_complement(doc, p))
            and person_noun(doc[p])
        ):
            end = p + 1
        if end < 0:
            break
        stop = extend_role(doc, end, index, offset)
        if stop < len(doc) and is_name_start(doc, stop, index, offset):
            break  # « A, l'ex-trésorier de X B »: the title of the next name
        if first and _subject_of_next_clause(doc, j, stop):
            break  # « Pour A, l'ex-chef de l'État avait … »: a subject, not an apposition
        for who in persons:
            out.append(make_role(doc, p, stop, who, offset, "apposition"))
            if one:  # « l'une des avocates »: « une » tells the gender, the title singular
                feminine = any(t.lower_ == "une" for t in doc[j:one])
                out[-1].role_gender = "f" if feminine else "m"
                out[-1].role = singular_title(out[-1].role)
                out[-1].role = feminine_head(out[-1].role) if feminine else out[-1].role
        first = False
        stop = skip_dates(doc, stop)
        if (
            stop < len(doc) - 1
            and doc[stop].lower_ in (",", "et")
            and _starts_role(doc, next_word(doc, stop + 1))
        ):
            j = next_word(doc, stop + 1)
            continue
        break
    return out


def _plural_title(doc: Any, j: int) -> bool:
    """Tell a title written in the plural with no determiner at `j` (« chercheurs du projet »)."""
    return j < len(doc) and "Plur" in doc[j].morph.get("Number") and doc[j].lower_[-1:] in "sx"


def _after_party(doc: Any, e: int) -> int:
    """Return the comma after a party's initials in parentheses at `e` (« (LR), »), else `e`."""
    if (
        e + 3 < len(doc)
        and doc[e].text == "("
        and doc[e + 2].text == ")"
        and doc[e + 3].text == ","
        and doc[e + 1].text[:1].isupper()
    ):
        return e + 3
    return e


def _subject_of_next_clause(doc: Any, start: int, stop: int) -> bool:
    """Tell whether the noun phrase [start, stop) after a name's comma is followed by its verb,
    finite or a present participle (« A, le président de X ayant refusé »: an absolute clause)."""
    nxt = doc[stop] if stop < len(doc) else None
    return (
        nxt is not None
        and nxt.pos_ in ("VERB", "AUX")
        and ("Fin" in nxt.morph.get("VerbForm") or nxt.lower_.endswith("ant"))
        and doc[start].pos_ == "DET"
        and not _plural_verb_after_singular(doc[start], nxt)
    )


def _plural_verb_after_singular(det: Any, verb: Any) -> bool:
    """Tell whether a plural verb follows a singular noun phrase (« A et B, le président de X,
    étaient … »): the verb is the list's, so the phrase is an apposition."""
    return det.lower_ in ("le", "la", "l'", "un", "une", "son", "sa") and "Plur" in verb.morph.get(
        "Number"
    )


def _starts_role(doc: Any, j: int) -> bool:
    p = j
    if p < len(doc) and doc[p].pos_ == "DET":
        p += 1
    while p < len(doc) and is_modifier(doc[p]):
        p += 1
    return p < len(doc) and title_end(doc, p) > 0


def title_then_name(
    doc: Any, offset: int, index: NameIndex, tok_at: dict[int, int]
) -> list[RoleMention]:
    """« le secrétaire général de X, A B », « un autre journaliste, A B »."""
    out: list[RoleMention] = []
    for p in ordered_title_starts(doc):  # no title starts elsewhere
        if title_end(doc, p) < 0 or index.mention_at(offset + doc[p].idx) is not None:
            continue  # « A B Le Maire, C D »: a word of a name, no title
        k = p - 1
        while k >= 0 and (is_modifier(doc[k]) or pre_title_adjective(doc, k)):
            k -= 1  # down to -1 when the title's words open the doc
        if _opens_sentence(doc, k + 1) and doc[k + 1].text[:1].isupper():
            k = k + 1  # « Présidente de la commission, A B est … »: a bare title opens the sentence
        elif (
            k < 0
            or (doc[k].pos_ != "DET" and doc[k].lower_ not in ("du", "au"))
            or (doc[k].lower_ in _PLURAL_DETERMINERS and not _one_of(doc, k))
        ):
            continue  # « ses médecins, Mme A »: many people, not the one named after
        if complement_of_title(doc, k):
            continue  # « A, adjoint à la maire de X, B »: the maire is not B
        start, k = relation_before(doc, p, k)  # « le fils du maire, A B »: the son
        if k < 0:
            continue
        stop = extend_role(doc, title_end(doc, p), index, offset)
        spans = [(start, stop)]
        second = coordinated_title(doc, stop, index, offset)
        if second is not None:  # « du triple champion d'Europe et vice-champion du monde, A B »
            spans.append(second)
            stop = second[1]
        resolved = demonstrative_body(doc, stop)  # « le patron de cette banque, A B »
        comma = past_participle_end(doc, skip_agent_phrase(doc, resolved[0] if resolved else stop))
        if comma >= len(doc) - 1 or doc[comma].text != ",":
            continue
        if _after_named_comma(doc, k, offset, index):
            continue  # « A, son ancien secrétaire, B »: the apposition of A, not B's title
        q = next_word(doc, comma + 1)
        chained = chained_title(doc, q, lambda e: extend_role(doc, e, index, offset))
        if chained:  # « le ministre d'État, ministre de l'Intérieur, A B »
            spans.append(chained[:2])
            q = chained[2]
        if q < len(doc) and doc[q].pos_ == "DET":
            if doc[q].lower_ in _PLURAL_DETERMINERS:
                continue  # « les mesures du président, des Gilets jaunes … »: no one's name
            q += 1
            while q < len(doc) and title_end(doc, q) > 0:
                q = extend_role(doc, title_end(doc, q), index, offset)
        if q < len(doc) - 1 and is_civility(doc[q].text):
            q += 1  # « son associé, M. Perrin »
        mention = paired_holder(doc, q, k, offset, index)  # « Le A et le B, X et Y »: Y is B
        if mention and mention.start >= offset + doc[q].idx:
            for start, end in spans:
                role = make_role(doc, start, end, mention.full, offset, "title")
                if resolved and end == stop:
                    role.role = f"{role.role} {resolved[1]}"
                role.role = _with_possessor(doc, k, role.role, index, offset)
                if k == start and doc[start].pos_ != "PROPN":
                    role.role = role.role[:1].lower() + role.role[1:]  # « Présidente de X, A B »
                out.append(role)
    return out


_PLURAL_DETERMINERS = frozenset({"les", "des", "ces", "ses", "leurs", "mes", "tes", "nos", "vos"})


def _one_of(doc: Any, k: int) -> bool:
    """Tell whether the plural determiner at `k` follows « un de », « l'une des »: one person."""
    one = doc[k - 2].lower_ if k >= 2 and doc[k - 1].lower_ in ("de", "d'") else doc[k - 1].lower_
    return k >= 1 and one in ("un", "une", "l'un", "l'une")


def _opens_sentence(doc: Any, i: int) -> bool:
    """Tell whether token `i` starts its sentence (after a line break or a full stop)."""
    return i == 0 or bool(doc[i].is_sent_start) or doc[i - 1].text in (".", "\n", "!", "?")


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


def possessed_by_biography_subject(
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
