"""Roles shared by a group whose members are named after it (« plusieurs ministres, dont A et B »,
« trois conseillères ont été nommées : A, B et C »)."""

from __future__ import annotations

import re
from typing import Any

from generators import lexicon
from generators.extract.names import NameIndex, RoleMention
from generators.extract.role_words import ROLE_ADP
from generators.extract.roles import extend_role, feminine_head, make_role, role_start
from generators.extract.titles import title_end
from generators.extract.tokens import next_word, words_at

_DONT = frozenset({"dont"})
_COLON = frozenset({":"})


def members_after_dont(doc: Any, offset: int, index: NameIndex) -> list[RoleMention]:
    """« plusieurs anciens ministres, dont A et B » → A and B are each « ancien ministre ».

    The group is a plural title after a quantity word (lexicon people_group_quantifiers) that ends
    at the comma before « dont »; the members are the names listed right after « dont ».
    """
    out: list[RoleMention] = []
    for i in words_at(doc, _DONT):
        tok = doc[i]
        if tok.i < 3 or doc[tok.i - 1].text != ",":
            continue
        first = _after_list_adverbs(doc, tok.i + 1)  # « dont notamment A, B »
        title = _plural_title_ending(doc, tok.i - 1, index, offset)
        if title is not None:
            for person in listed_names(doc, first, offset, index):
                out.append(make_role(doc, title, tok.i - 1, person, offset, "apposition"))
            continue
        named = _named_list_title(doc, tok.i - 1, index, offset)
        if named is not None:
            out.extend(_members(doc, named, _colon_list(doc, first, offset, index), offset, index))
    return out


def _after_list_adverbs(doc: Any, k: int) -> int:
    """Return the token after the adverbs opening a list at `k` (lexicon people_list_adverbs:
    « dont notamment A, B »)."""
    while k < len(doc) and doc[k].lower_ in lexicon.word_set("people_list_adverbs"):
        k += 1
    return k


def _named_list_title(
    doc: Any, comma: int, index: NameIndex, offset: int
) -> tuple[int, int] | None:
    """Return the plural title and its phrase's end that a list noun names in the clause ending at
    `comma`, when the rest of the clause only counts the list (« La liste des candidats à X compte
    neuf noms, dont … »), else None."""
    list_nouns = lexicon.word_set("people_list_nouns")
    for p in range(comma - 1, max(comma - 25, 0), -1):
        if doc[p].is_punct or doc[p].is_sent_start:
            return None
        end = title_end(doc, p)
        det = role_start(doc, p) - 1
        if end < 0 or "Plur" not in doc[p].morph.get("Number") or det < 1:
            continue
        if doc[det].lower_ not in ("de", "d'", "des") or doc[det - 1].lower_ not in list_nouns:
            continue
        verb = next(
            (
                k
                for k in range(end, comma)
                if doc[k].lower_ in lexicon.word_set("people_list_verbs")
            ),
            comma,
        )
        stop = extend_role(doc, end, index, offset, verb)
        if all(t.is_lower and t.pos_ in _COMPLEMENT for t in doc[stop:verb]):
            stop = verb  # « candidats à la primaire de la droite et du centre compte … »
        counted = doc[verb + 1 : comma]
        if stop == verb < comma and all(
            t.pos_ in ("ADV", "NUM") or t.like_num or t.lower_ in list_nouns for t in counted
        ):
            return p, stop
        return None
    return None


_COMPLEMENT = frozenset({"NOUN", "ADJ", "ADP", "DET", "CCONJ"})


def _members(
    doc: Any, title: tuple[int, int], names: list[str], offset: int, index: NameIndex
) -> list[RoleMention]:
    """Return the role of each listed member, in their own gender (« candidat » / « candidate »);
    none for a member whose gender is unknown when the title tells it."""
    out: list[RoleMention] = []
    p, end = title
    role = singular_role(doc, role_start(doc, p), end)
    for person in names:
        gender = index.gender(person)
        own = feminine_head(role) if gender == "f" else role
        if own == role != feminine_head(role) and gender != "m":
            continue  # a woman or someone unknown among « candidats »: not « candidat »
        if own != role and role_start(doc, p) < p:
            continue  # « anciens candidats »: the head is not the role's first word
        mention = make_role(doc, p, end, person, offset, "apposition")
        mention.role, mention.role_gender = own, gender
        out.append(mention)
    return out


def _plural_title_ending(doc: Any, comma: int, index: NameIndex, offset: int) -> int | None:
    """Return the plural title whose phrase ends at `comma` after a quantity word, or None."""
    quantifiers = lexicon.word_set("people_group_quantifiers")
    for p in range(comma - 1, max(comma - 8, 0), -1):
        end = title_end(doc, p)
        if end < 0 or "Plur" not in doc[p].morph.get("Number"):
            continue
        start = role_start(doc, p)
        if (
            start > 0
            and doc[start - 1].lower_ in quantifiers
            and extend_role(doc, end, index, offset) == comma
        ):
            return p
        return None
    return None


def listed_names(doc: Any, k: int, offset: int, index: NameIndex) -> list[str]:
    """Return the people named in a list from token `k` (« A, B et C »), stopping at anything else."""
    names: list[str] = []
    while k < len(doc):
        mention = index.mention_at(offset + doc[k].idx)
        if mention is None or mention.start != offset + doc[k].idx:
            break
        names.append(mention.full)
        while k < len(doc) and offset + doc[k].idx < mention.end:
            k += 1
        if k < len(doc) and doc[k].lower_ in (",", "et"):
            k = next_word(doc, k + 1)
            continue
        break
    return names


def members_after_colon(doc: Any, offset: int, index: NameIndex) -> list[RoleMention]:
    """« Trois conseillères ont été nommées : A, B et C » → A, B and C are each « conseillère ».

    The role is the title phrase the clause before the colon ends on (a passive participle, an
    adjective such as « suivants », an auxiliary may follow it); the people are the names listed
    right after the colon, up to the end of the sentence. Each name may carry a relative clause or
    an apposition of its own (« A, qui …, B, vidéaste culinaire, et C »). A name followed by a verb
    is a clause's subject (« Les ministres ont réagi : A a dit … »), so nothing is listed.
    """
    out: list[RoleMention] = []
    for tok in (doc[i] for i in words_at(doc, _COLON)):
        if tok.i < 2:
            continue
        found = _title_before_colon(doc, tok.i, index, offset)
        if found is None:
            continue
        title, end = found
        names = _colon_list(doc, tok.i + 1, offset, index)
        plural = "Plur" in doc[title].morph.get("Number") or doc[title].lower_.endswith(("s", "x"))
        if len(names) < (2 if plural else 1) or (not plural and len(names) > 1):
            continue
        for person in names:
            role = make_role(doc, title, end, person, offset, "apposition")
            role.role = singular_role(doc, role_start(doc, title), end)
            out.append(role)
    return out


def _title_before_colon(
    doc: Any, colon: int, index: NameIndex, offset: int
) -> tuple[int, int] | None:
    """Return the title and the end of its phrase that the clause before `colon` ends on, or None."""
    for p in range(colon - 1, max(colon - 10, 0), -1):
        end = title_end(doc, p)
        if end < 0 or doc[p].is_sent_start:
            if doc[p].is_punct or (doc[p].pos_ in ("PRON", "SCONJ", "CCONJ")):
                return None
            continue
        stop = extend_role(doc, end, index, offset, colon)
        while stop > end and doc[stop - 1].lower_ in lexicon.word_set("people_list_closers"):
            stop -= 1  # « les ministres suivants »
        if not all(_after_listed_title(t) for t in doc[stop:colon]):
            return None  # « les ministres ont reçu trois invités : »
        if not _opens_group(doc, doc[role_start(doc, p) - 1]):
            return None
        return p, stop
    return None


def _after_listed_title(tok: Any) -> bool:
    """Tell whether `tok` may stand between a listed title and the colon (« nommées », « suivants »)."""
    if tok.lower_ in lexicon.word_set("people_list_closers"):
        return True
    participle = "Part" in tok.morph.get("VerbForm") or bool(_PARTICIPLE.search(tok.text))
    return bool(tok.is_lower) and (
        tok.pos_ in ("AUX", "ADV", "ADJ") or (tok.pos_ == "VERB" and participle)
    )


_PARTICIPLE = re.compile(r"(?:é|ée|és|ées|is|ise|ises|us|ue|ues|it|its|ite|ites)$")


def _opens_group(doc: Any, det: Any) -> bool:
    """Tell whether the word before a title opens a group named after it: a determiner or a
    quantity (« les », « trois », « plusieurs »), or « de » after a naming noun (« les noms de »)."""
    if det.lower_ in ("de", "d'") and det.i > 0:
        return doc[det.i - 1].lower_ in lexicon.word_set("people_list_nouns")
    return det.pos_ in ("DET", "NUM") or det.lower_ in lexicon.word_set("people_group_quantifiers")


def _colon_list(doc: Any, k: int, offset: int, index: NameIndex) -> list[str]:
    """Return the people listed from token `k` to the sentence's end, or [] when it is no list.

    An item may be a name the model missed (« Zapix »), maybe holding a known one (« Anthony
    Vallon », where only « Vallon » was found): the list goes on past it.
    """
    names: list[str] = []
    k = next_word(doc, k)
    while k < len(doc):
        mention = index.mention_at(offset + doc[k].idx)
        if mention is not None and mention.start == offset + doc[k].idx:
            names.append(mention.full)
            while k < len(doc) and offset + doc[k].idx < mention.end:
                k += 1
        elif doc[k].text[:1].isupper() and doc[k].ent_type_ not in ("LOC", "ORG"):
            end = _unknown_item_end(doc, k)
            names.extend(_known_in(doc, k, end, offset, index))
            k = end
        else:
            return []
        k = _own_words_end(doc, k)
        if k < 0:
            return []
        if _list_ends(doc, k):
            return names
        link = _after_links(doc, k)
        if link == k:
            return []  # « A a dit … »: a clause after the colon, not a list
        k = link
    return names


def _unknown_item_end(doc: Any, k: int) -> int:
    """Return where a listed item that is no known person's name ends: at the next comma, or at
    « et » / « ou » before a capitalized word."""
    while (
        k < len(doc) and doc[k].text != "," and not _list_ends(doc, k) and not _link_to_name(doc, k)
    ):
        k += 1
    return k


def _known_in(doc: Any, k: int, end: int, offset: int, index: NameIndex) -> list[str]:
    """Return the person an item of capitalized words [k, end) names, when the article names
    them elsewhere or the item holds their mention (« Anthony Vallon » with « Vallon » found)."""
    if not all(t.text[:1].isupper() for t in doc[k:end]):
        return []
    inside = index.mentions_in(offset + doc[k].idx, offset + doc[end - 1].idx + 1)
    full = inside[0].full if inside else index.resolve(doc[k:end].text)
    return [full] if full else []


def _link_to_name(doc: Any, k: int) -> bool:
    """Tell whether « et » / « ou » at `k` links a name (a capitalized word after the links)."""
    nxt = _after_links(doc, k)
    return doc[k].lower_ in ("et", "ou") and nxt < len(doc) and doc[nxt].text[:1].isupper()


_LINKS = frozenset({",", "et", "ou", "encore", "ainsi", "que", "enfin"})


def _after_links(doc: Any, k: int) -> int:
    """Return the token after the words linking two listed names from `k` (« , », « et », « ou
    encore », « ainsi que »)."""
    while k < len(doc) and (
        doc[k].lower_ in _LINKS or (doc[k].is_space and "\n" not in doc[k].text)
    ):
        k += 1
    return k


def _list_ends(doc: Any, k: int) -> bool:
    """Tell whether the list ends at token `k` (the sentence's end)."""
    return k >= len(doc) or doc[k].text in (".", ";", "!", "?") or "\n" in doc[k].text


def _own_words_end(doc: Any, k: int) -> int:
    """Return where a listed name's own words end from token `k` (« A, qui …, », « A, vidéaste
    culinaire, », « A qui … ou encore B »), or -1 when a verb follows the name (a clause)."""
    if k >= len(doc):
        return k
    comma = doc[k].text == ","
    w = next_word(doc, k + 1) if comma else k
    if w >= len(doc):
        return k
    word = doc[w]
    own = word.lower_ in ("qui", "dont") or (
        comma
        and (word.is_lower or word.like_num)
        and word.lower_ not in _LINKS
        and word.pos_ not in ("VERB", "AUX")
    )
    if not own:
        return -1 if not comma and word.pos_ in ("VERB", "AUX") else k
    w += 1
    while w < len(doc) and doc[w].text not in (",", ")") and not _list_ends(doc, w):
        if _link_to_name(doc, w):
            break  # « A qui fait X ou encore B »
        w += 1
    return w


def singular_role(doc: Any, start: int, end: int) -> str:
    """Return the role [start, end) with the plural title and its adjectives made singular, their
    gender kept (« conseillères municipales » → « conseillère municipale »); the complement stays."""
    words: list[str] = []
    complement = False
    for tok in doc[start:end]:
        complement = complement or tok.lower_ in ROLE_ADP
        text = tok.text
        named = tok.text[:1].isupper() and tok.i > start  # « Verts »: a name, not a title
        if not complement and not named and tok.pos_ in ("NOUN", "ADJ", "VERB"):
            text = _singular_word(text, tok.lemma_.lower())
        words.append(text + tok.whitespace_)
    return "".join(words).strip()


def _singular_word(text: str, lemma: str) -> str:
    """Return a plural word in the singular (« adjointes » → « adjointe », « généraux » →
    « général »); a word its lemma spells (« français ») stays."""
    if text == lemma:
        return text
    if text.endswith("eaux"):
        return text[:-1]
    if text.endswith("aux") and lemma.endswith("al"):
        return text[:-3] + "al"
    if text.endswith("s") and not text.endswith("ss"):
        return text[:-1]
    return text
