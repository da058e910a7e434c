"""Roles given by a clause: posts taken, works authored, attributes, « en tant que », « le X »."""

from __future__ import annotations

import re
from typing import Any

from generators import lexicon
from generators.extract.appositions import possessed_by_biography_subject
from generators.extract.coreference import (
    coreferent,
    hypernyms,
    person_of,
    pronoun_referent,
)
from generators.extract.elections import chosen_titles
from generators.extract.names import NameIndex, RoleMention
from generators.extract.offices import copular_titles, offices, pronoun_holder, whose_titles
from generators.extract.role_links import imperfect_then, listed_holders
from generators.extract.roles import (
    extend_role,
    held_before,
    is_name_start,
    make_role,
    mention_ending,
    nationalities,
    person_noun,
    role_start,
    skip_dates,
)
from generators.extract.succession_cues import negated
from generators.extract.titles import (
    is_modifier,
    not_held_yet,
    ordered_title_starts,
    title_end,
    token_gender,
)
from generators.extract.tokens import (
    YEAR,
    lowered_text,
    next_word,
    norm,
    sentence_of,
    token_span,
    words_at,
)
from generators.french.countries import countries_in, state_complement

_COPULAS = frozenset({"être", "devenir", "rester", "demeurer", "redevenir"})


_NAMING_VERBS = frozenset(
    {"nommer", "élire", "désigner", "réélire", "renommer", "choisir", "promouvoir", "investir"}
)


def posts(doc: Any, offset: int, index: NameIndex) -> list[RoleMention]:
    """« nommé …, A B, au poste de procureur général », « A a gardé son siège de membre du CIO »;
    offices taken (`offices`: « élue à la tête du parti Y »)."""
    out = offices(doc, offset, index) + copular_titles(doc, offset, index)
    out.extend(whose_titles(doc, offset, index))
    out.extend(chosen_titles(doc, offset, index))  # « le conseil a élu A présidente »
    for i in words_at(doc, lexicon.word_set("people_post_nouns")):
        tok = doc[i]
        if tok.i + 2 >= len(doc):
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
                make_role(
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
    start = mention_ending(doc, k - 1, offset, index)
    if start <= 0:
        return None
    j = start - 1
    if j > 0 and doc[j].lower_ == "à":
        j -= 1
    while j > 0 and doc[j].pos_ == "ADV":
        j -= 1  # « succède ainsi à B »
    verb = doc[j]
    return verb if verb.lemma_ in lexicon.word_set("succession_verbs") else None


_WORK_POSSESSIVES = {"son": 1, "sa": 1, "leur": 2}


def authors(doc: Any, offset: int, index: NameIndex) -> list[RoleMention]:
    """« Dans leur ouvrage intitulé X, A et B expliquent … » → A, B: « auteur de l'ouvrage X »."""
    out: list[RoleMention] = []
    for i in words_at(doc, lexicon.word_set("people_work_nouns")):
        tok = doc[i]
        if tok.i < 1:
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
            role = make_role(doc, tok.i, tok.i + 1, person, offset, "author")
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


def attributes(
    doc: Any, offset: int, index: NameIndex, tok_at: dict[int, int]
) -> list[RoleMention]:
    """« A B est maire de X », « A, qui était alors ministre », « nommé ministre de X », « dont le président était A »."""
    out: list[RoleMention] = []
    for tok in (doc[i] for i in ordered_title_starts(doc)):  # no title starts elsewhere
        if title_end(doc, tok.i) < 0:
            continue
        cop = any(
            (c.dep_ == "cop" or (c.dep_ == "aux:pass" and not _has_agent(tok)))
            and c.lemma_ in _COPULAS
            for c in tok.children
        )  # « A est députée de X », parsed as a passive: the title is an attribute
        named = tok.dep_ in ("xcomp", "obj") and tok.head.lemma_ in _NAMING_VERBS | _COPULAS
        made = (
            tok.dep_ in ("xcomp", "obj") and tok.head.lemma_ == "faire"
        )  # « elle est faite chevalier »
        verbs = [c for c in tok.children if c.dep_ in ("cop", "aux:pass", "aux:tense")]
        if any(not_held_yet(v, tok) for v in verbs + ([tok.head] if named else [])):
            continue  # « A, qui deviendra ministre », « A sera maire »: not held yet
        if cop:
            subj = next((c for c in tok.children if c.dep_.startswith("nsubj")), None)
            subj = subj or _shared_subject(tok) or _apposed_name(tok)
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
                    role = make_role(doc, tok.i, end, mention.full, offset, "attribute")
                    role.role = _with_antecedent(doc, tok, role.role, head)
                    out.append(role)
                    out.extend(listed_holders(doc, tok, head, role, offset, index))
            continue
        if subj is None or negated(tok) or (named and negated(tok.head)):
            continue  # « A n'était pas ministre », « A n'a pas été nommé ministre »
        kind = "attribute"
        if subj.pos_ == "PRON" and subj.lower_ in ("il", "elle"):
            person, kind = pronoun_holder(doc, subj, offset, index)  # low confidence, or none
        else:
            person = person_of(subj, doc, offset, index) or _named_before_qui(
                doc, subj, offset, index
            )
        if person:
            end = extend_role(doc, title_end(doc, tok.i), index, offset)
            role = make_role(doc, tok.i, end, person, offset, kind)
            role.role = possessed_by_biography_subject(doc, tok, end, role.role, person, index)
            role.past = cop and (held_before(tok) or imperfect_then(tok))
            out.append(role)
            out.extend(_more_attributes(doc, end, person, offset, index))
    return out


def _named_before_qui(doc: Any, subj: Any, offset: int, index: NameIndex) -> str | None:
    """« la démission de A, qui était évêque de X »: the parser hangs the relative on the noun
    before the name; a title as its attribute tells that « qui » is the person named right before
    the comma."""
    k, head = subj.i, subj.head.head
    if subj.lower_ != "qui" or k < 2 or doc[k - 1].text != ",":
        return None
    if title_end(doc, head.i) >= 0 or person_noun(head):
        return None  # « le fils de A, qui est médecin »: the son may be the one
    start = mention_ending(doc, k - 2, offset, index)
    mention = index.mention_at(offset + doc[start].idx) if start >= 0 else None
    return mention.full if mention else None


def _shared_subject(tok: Any) -> Any:
    """Return the subject of the first verb an attribute is coordinated to with « et » (« A est
    devenue députée et a été ministre »), or None."""
    if tok.dep_ != "conj" or not any(c.lower_ == "et" for c in tok.children):
        return None
    return next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubj:pass")), None)


def _apposed_name(tok: Any) -> Any:
    """Return the name between commas the parser left unattached before an attribute's verbs
    (« Le candidat, A B, avait déjà été maire de X »: A B is the subject), or None."""
    doc = tok.doc
    for child in tok.children:
        if child.dep_ != "dep" or child.pos_ != "PROPN" or not 0 < child.i < tok.i:
            continue
        end = max(t.i for t in child.subtree) + 1
        between_commas = end < tok.i and doc[end].text == "," and doc[child.i - 1].text == ","
        if between_commas and all(t.pos_ in ("AUX", "ADV") for t in doc[end + 1 : tok.i]):
            return child
    return None


def _has_agent(tok: Any) -> bool:
    """Tell whether a passive participle names its agent (« déléguée à la réunion par X »)."""
    return any(
        c.dep_ == "obl:agent" or any(g.lower_ == "par" for g in c.children) for c in tok.children
    )


def _more_attributes(
    doc: Any, end: int, person: str, offset: int, index: NameIndex
) -> list[RoleMention]:
    """« A est avocate, spécialiste de X, et membre de Y »: the titles listed after the first."""
    out: list[RoleMention] = []
    end = skip_dates(doc, end)
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
            is_name_start(doc, stop, index, offset) or after.pos_ in ("VERB", "AUX")
        ):
            break  # « …, porte-parole A a dit » / « …, ministre a dit »: another clause
        out.append(make_role(doc, p, stop, person, offset, "attribute"))
        end = skip_dates(doc, stop)
    return out


_COMME = frozenset({"comme"})


def as_roles(doc: Any, offset: int, index: NameIndex) -> list[RoleMention]:
    """« Engagée comme assistante, elle … », « A travaille comme infirmier »."""
    out: list[RoleMention] = []
    for i in words_at(doc, _COMME):
        tok, p = doc[i], i + 1
        if p >= len(doc) or not doc[p].is_lower or title_end(doc, p) < 0:
            continue
        verb = _verb_before(doc, tok.i)
        if verb is None:
            continue
        end = extend_role(doc, title_end(doc, p), index, offset)
        person = _as_holder(doc, verb, end, offset, index)
        if person:
            out.append(make_role(doc, p, end, person, offset, "attribute"))
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
    while k >= 1 and YEAR.match(doc[k].text) and doc[k - 1].lower_ in ("en", "dès", "depuis"):
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


def definite_subjects(doc: Any, offset: int, index: NameIndex) -> list[RoleMention]:
    """« le secrétaire général a indiqué … » → the person the article names with that role."""
    out: list[RoleMention] = []
    for i in ordered_title_starts(doc):
        tok = doc[i]
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
        known = index.holder(doc[role_start(doc, tok.i) : end].text)
        state = None if known else _narrower(doc, tok.i, end, index)
        person, known = (state, state) if state else (person, known)
        if person and not known and index.roles_of(person):
            continue  # a new description of someone already described: too often someone else
        if person and not known and _speaks_for(doc[tok.i : title_end(doc, tok.i)].text):
            continue  # « a annoncé le porte-parole de la famille »: not the last person named
        if person:
            out.append(make_role(doc, tok.i, end, person, offset, "coref"))
    return out


def _narrower(doc: Any, i: int, end: int, index: NameIndex) -> str | None:
    """Return the one person holding a state's narrower title than the bare title at `i` (« le chef
    de l'État »: the one « président français » named; lexicon title_hypernyms), else None."""
    head = title_end(doc, i)
    narrower = hypernyms().get(doc[i:head].text.lower().replace("’", "'"), ())
    if not narrower or end > head:
        return None
    holders = {
        person
        for person in index.people()
        if any(_of_state(role, narrower) for role in index.roles_of(person))
    }
    return holders.pop() if len(holders) == 1 else None


def _of_state(role: str, titles: tuple[str, ...]) -> bool:
    """Tell whether `role` is one of `titles` of a state: bare, with a nationality, « de la
    République » or a country (« président », « président français », « roi de Suède »)."""
    low = role.lower().replace("’", "'")
    for title in titles:
        rest = low.removeprefix(title).strip()
        if low.startswith(title) and (
            not rest
            or rest in nationalities()
            or state_complement(low)
            or countries_in(role[len(title) :])
        ):
            return True
    return False


def _speaks_for(title: str) -> bool:
    """Tell whether a title names someone who speaks or acts for another (people_proxy_titles)."""
    return title.lower() in lexicon.word_set("people_proxy_titles")


def _named_elsewhere(index: NameIndex, role: str, pos: int) -> bool:
    """Tell whether the article spoke of this role earlier without naming anyone (« de l'inspecteur »)."""
    lowered_role = role.lower()
    pattern = re.compile(rf"\b{re.escape(lowered_role)}\b")
    for offset, doc in index.docs.items():
        if offset >= pos:
            continue
        text = lowered_text(doc)
        if text.find(lowered_role, 0, pos - offset) < 0:
            continue  # the fast test: no match can end before `pos` without the phrase there
        for match in pattern.finditer(text, 0, pos - offset):
            start = offset + match.start()
            if not any(r.start <= start < r.start + len(r.role) + 2 for r in index.roles):
                return True
    return False
