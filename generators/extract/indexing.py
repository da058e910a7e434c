"""Build the name index of an article from its parsed docs: mentions, clusters, roles."""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from typing import Any

from generators import lexicon
from generators.extract.agent_roles import agent_roles
from generators.extract.appositions import apposition_after, pre_name_title, title_then_name
from generators.extract.careers import careers
from generators.extract.context import Context
from generators.extract.groups import members_after_colon, members_after_dont
from generators.extract.memberships import body_after_name
from generators.extract.mentions import raw_mentions
from generators.extract.name_spans import NOT_NAMES, first_names
from generators.extract.names import Mention, NameIndex, RoleMention
from generators.extract.nationality_names import record_nationals
from generators.extract.played_for import played_for
from generators.extract.pseudonyms import link_aliases
from generators.extract.role_clauses import as_roles, attributes, authors, definite_subjects, posts
from generators.extract.role_counterparts import counterpart_roles
from generators.extract.role_links import conjunct_roles, counted_titles
from generators.extract.shared_surnames import shared_surnames
from generators.extract.titles import civility_gender, is_civility, title_end
from generators.extract.tokens import (
    merge_hyphens,
    norm,
    ordered_where,
    text_of,
    token_span,
    values,
)


def index(docs: list[tuple[int, Any]], ctx: Context) -> NameIndex:
    """Return the article's index of person names, with the roles given to them."""

    result = NameIndex(title=ctx.article.title)
    raw: list[tuple[int, int, str, str | None, bool]] = []
    after_title: set[int] = set()
    joined: dict[int, str] = {}  # « Lucie et Marc Vernet »: Lucie's start → « Lucie Vernet »
    for offset, doc in docs:
        merged = merge_hyphens(doc)
        result.docs[offset] = merged
        found = raw_mentions(merged, offset)
        added, fulls = shared_surnames(merged, offset, found)
        found.extend(added)
        joined.update(fulls)
        raw.extend(found)
        after_title |= _right_after_title(merged, offset, found)
    _cluster(result, raw, after_title, joined)
    result.sort()
    other_names = [
        name for offset, _doc in docs for name in link_aliases(result, result.docs[offset], offset)
    ]
    known = _known_names(result)
    for name in other_names:  # « A B, dite Lili » … « Lili a chanté »: A B
        known.setdefault(norm(name), result.resolve(name) or name)
    taken = {(m.start, m.end) for m in result.mentions}
    for offset, _doc in docs:
        _add_surname_mentions(result, result.docs[offset], offset, known, taken)
    result.sort()
    _add_full_name_mentions(result, docs)
    for offset, _doc in docs:
        _mark_mentions(result, result.docs[offset], offset)
        record_nationals(result.docs[offset], offset, result)
    for offset, _doc in docs:
        collect_roles(result.docs[offset], offset, result)
    return result


def _mark_mentions(result: NameIndex, doc: Any, offset: int) -> None:
    """Flag subject mentions and record civility forms (« M. Dupont ») as aliases."""
    for mention in result.mentions_in(offset, offset + len(text_of(doc))):
        span = doc.char_span(mention.start - offset, mention.end - offset, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        nxt = doc[span.end] if span.end < len(doc) else None
        prev = doc[span.start - 1] if span.start > 0 else None
        if prev is not None and prev.pos_ in ("VERB", "AUX", "ADP"):
            nxt = None  # « conserver Correa repassa »: an object, whatever follows
        mention.subject = (
            root.dep_.startswith("nsubj")
            or (root.dep_ in ("appos", "flat:name") and root.head.dep_.startswith("nsubj"))
            or (
                nxt is not None
                and nxt.pos_ in ("AUX", "VERB")
                and "Fin" in nxt.morph.get("VerbForm")
            )
        )
        if span.start > 0 and is_civility(doc[span.start - 1].text):
            form = f"{doc[span.start - 1].text} {mention.text}"
            mention.surface = form
            if form not in result._forms[mention.full]:
                result._forms[mention.full].append(form)
            result.vote_gender(mention.full, civility_gender(doc[span.start - 1].text), 3)


def _right_after_title(
    doc: Any, offset: int, found: list[tuple[int, int, str, str | None, bool]]
) -> set[int]:
    """Return the starts of one-word mentions right after a lower-case title (« le pape Léon »)."""
    starts = set()
    for start, end, _text, _hint, _titled in found:
        span = token_span(doc, start - offset, end - offset)
        if len(span) == 1 and any(
            doc[p].is_lower and title_end(doc, p) == span.start
            for p in range(max(0, span.start - 3), span.start)
        ):
            starts.add(start)
    return starts


def _cluster(
    result: NameIndex,
    raw: list[tuple[int, int, str, str | None, bool]],
    after_title: set[int],
    joined: dict[int, str],
) -> None:
    """Group raw mentions into people and fill `result.mentions`, forms and gender votes.

    `joined` gives the full name of lone first names sharing a surname (« Lucie et Marc Vernet »).
    """
    fulls: dict[str, str] = {}  # normalized long form → canonical full
    named = [(s, e, joined.get(s, text), hint, titled) for s, e, text, hint, titled in raw]
    counts: Counter[str] = Counter(norm(text) for _, _, text, _, _ in named)
    for _, _, text, _, _ in sorted(
        named, key=lambda r: (-len(r[2].split()), -counts[norm(r[2])], r[0])
    ):
        key = norm(text)
        if (
            len(key.split()) > 1
            and key not in fulls
            and not any(longer.endswith(" " + key) for longer in fulls)
        ):
            fulls[key] = text
    by_last: dict[str, list[str]] = defaultdict(list)
    for key, full in fulls.items():
        by_last[key.split()[-1]].append(full)
    seen: dict[str, tuple[list[int], list[int]]] = {}  # full → starts and list positions
    for start, end, text, hint, _titled in sorted(raw):
        full = _full_for(joined.get(start, text), start, fulls, by_last, seen, start in after_title)
        starts, places = seen.setdefault(full, ([], []))
        starts.append(start)
        places.append(len(result.mentions))
        result.mentions.append(Mention(start, end, text, full, text))
        result._forms.setdefault(full, [])
        if text not in result._forms[full]:
            result._forms[full].append(text)
        result.vote_gender(full, hint, 3)
    for full in result._forms:
        first = full.split()[0]
        if first in lexicon.words("people_firstnames_f"):
            result.vote_gender(full, "f", 1)
        elif first in lexicon.words("people_firstnames_m"):
            result.vote_gender(full, "m", 1)


def _full_for(
    text: str,
    start: int,
    fulls: dict[str, str],
    by_last: dict[str, list[str]],
    seen: dict[str, tuple[list[int], list[int]]],
    titled: bool = False,
) -> str:
    """Return the canonical full name of a mention.

    A lone first name stands for the one full name it opens, unless a title comes right before
    it (« le pape Léon », « la reine Ana »): a sovereign known by that name alone. A word that is
    no known first name opens a name surname first (« la présidente Kim Soo-ah … la présidente
    Kim »): the title does not stop it.
    """
    key = norm(text)
    if key in fulls:
        return fulls[key]
    words = key.split()
    candidates = by_last.get(words[-1], []) if words else []
    if len(words) > 1:
        candidates = [c for c in candidates if norm(c).endswith(key)]
    if not candidates:
        first_name = [
            f for f in fulls.values() if len(words) == 1 and norm(f).split()[0] == words[0]
        ]
        titled = titled and text in first_names()
        unique = len(first_name) == 1 and words[0] not in by_last and not titled
        return first_name[0] if unique else text
    if len(candidates) == 1:
        return candidates[0]
    return _last_before(candidates, start, seen) or candidates[0]


def _last_before(
    candidates: list[str], start: int, seen: dict[str, tuple[list[int], list[int]]]
) -> str | None:
    """Return the candidate whose mention before `start` comes last, or None."""
    best: tuple[int, str] | None = None
    for full in candidates:
        starts, places = seen.get(full, ([], []))
        k = bisect.bisect_left(starts, start)
        if k and (best is None or places[k - 1] > best[0]):
            best = (places[k - 1], full)
    return best[1] if best else None


def _known_names(result: NameIndex) -> dict[str, str]:
    """Return the full name each normalized last name or full name points to."""
    known: dict[str, str] = {}
    for full in list(result._forms):
        words = full.split()
        if len(words) > 1:
            known.setdefault(norm(words[-1]), full)
        known.setdefault(norm(full), full)
    return known


def _capitalised(text: str) -> bool:
    return text[:1].isupper()


def _add_surname_mentions(
    result: NameIndex, doc: Any, offset: int, known: dict[str, str], taken: set[tuple[int, int]]
) -> None:
    """Add mentions of known names (a last name alone, a unique first name) that NER missed."""
    for token in (doc[i] for i in ordered_where(doc, ("ORTH",), _capitalised)):
        start = offset + token.idx
        if result.mention_at(start) is not None:
            continue
        if token.ent_type_ in ("LOC", "ORG", "MISC") and _ent_len(doc, token) > 1:
            _kind_run_name(result, doc, offset, token, known, taken)
            continue
        if (
            token.i > 1
            and doc[token.i - 1].lower_ in ("de", "d'", "du", "des")
            and doc[token.i - 2].text[:1].isupper()
        ):
            continue  # « Grand Cercle de Bretagne »: part of another proper name
        known_full = known.get(norm(token.text))
        if known_full is None or (start, start + len(token)) in taken or token.lower_ in NOT_NAMES:
            continue
        full = result.resolve(token.text) or known_full
        result.mentions.append(Mention(start, start + len(token), token.text, full, token.text))
        taken.add((start, start + len(token)))
        if token.text not in result._forms[full]:
            result._forms[full].append(token.text)
        prev = doc[token.i - 1] if token.i > 0 else None
        if prev is not None and is_civility(prev.text):
            form = f"{prev.text} {token.text}"
            if form not in result._forms[full]:
                result._forms[full].append(form)
            result.vote_gender(full, civility_gender(prev.text), 3)


def _add_full_name_mentions(result: NameIndex, docs: list[tuple[int, Any]]) -> None:
    """Add mentions of a known full name the model merged into a longer entity (« la députée du
    Labour Jo Cox » tagged one organisation): the name as written elsewhere, word for word."""
    fulls = tuple(full for full in result._forms if len(full.split()) > 1)
    if not fulls:
        return
    pattern = re.compile(rf"(?<![\w-])(?:{lexicon.alternation(fulls)})(?![\w-])")
    added = []
    for offset, _doc in docs:
        doc = result.docs[offset]
        for found in pattern.finditer(text_of(doc)):
            start, end = offset + found.start(), offset + found.end()
            if result.mention_at(start) or result.mention_at(end - 1):
                continue
            span = doc.char_span(found.start(), found.end())
            if span is None or span[0].pos_ == "DET":
                continue  # not whole tokens, or a place (« La Souterraine »)
            text = found.group(0)
            added.append(Mention(start, end, text, result.resolve(text) or text, text))
    if added:
        result.mentions.extend(added)
        result.sort()


def _kind_run_name(
    result: NameIndex, doc: Any, offset: int, token: Any, known: dict[str, str], taken: set[Any]
) -> None:
    """« le premier ministre de l'île Wes Tallon » read as one place, « M. Tallon » named
    elsewhere: after a place's kind (lexicon people_renamed_places), a capitalised word and a known
    surname closing the entity are that person, named in full (the known name takes it)."""
    first, kind = doc[token.i - 1], doc[token.i - 2] if token.i > 1 else None
    closes = token.i + 1 >= len(doc) or doc[token.i + 1].ent_iob_ != "I"
    if (
        kind is None
        or not closes
        or not (kind.is_lower and kind.ent_iob_ == "B")
        or kind.lower_ not in lexicon.word_set("people_renamed_places")
        or not (first.is_alpha and first.text[:1].isupper() and first.ent_iob_ == "I")
    ):
        return
    old = known.get(norm(token.text))
    text = f"{first.text} {token.text}"
    if old is None or (len(old.split()) > 1 and norm(old) != norm(text)):
        return
    if old != text:
        result.rename(old, text)
        for key, full in known.items():
            known[key] = text if full == old else full
    start = offset + first.idx
    result.mentions.append(Mention(start, start + len(text), text, text, text))
    taken.add((start, start + len(text)))


def _ent_len(doc: Any, token: Any) -> int:
    """Return the length in tokens of the entity `token` belongs to."""
    if not token.ent_type_:
        return 0
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return int(end - start)


def _deed(role: str) -> bool:
    """Tell « auteur du meilleur temps », « auteur d'un but »: a deed's doer, no trade (lexicon
    people_act_nouns: the first or second word after « de »); « auteur de romans » is a role."""
    words = re.sub(r"\b([dl])['’]", r"\1' ", role.lower()).split()
    if len(words) < 3 or words[0].removeprefix("co-") not in ("auteur", "auteure", "auteurs"):
        return False
    if words[1] not in ("de", "d'", "du", "des"):
        return False
    rest = [w for w in words[2:] if w not in ("la", "l'", "le", "les", "un", "une")]
    return bool(set(rest[:2]) & lexicon.word_set("people_act_nouns"))


def collect_roles(doc: Any, offset: int, index: NameIndex) -> None:
    """Find the roles given to named people in `doc` and record them in `index`."""
    mentions = index.mentions_in(offset, offset + len(text_of(doc)))
    starts = {m.start - offset: m for m in mentions}
    tok_at = {idx: i for i, idx in enumerate(values(doc, "IDX"))}
    found: list[RoleMention] = []
    for mention in mentions:
        span = token_span(doc, mention.start - offset, mention.end - offset)
        if not len(span):
            continue
        s, e = span.start, span.end
        found.extend(pre_name_title(doc, s, e, mention.full, offset, index))
        found.extend(apposition_after(doc, s, e, mention.full, offset, index, starts, tok_at))
        found.extend(body_after_name(doc, s, e, mention.full, offset))
    found.extend(title_then_name(doc, offset, index, tok_at))
    found.extend(posts(doc, offset, index))
    found.extend(authors(doc, offset, index))
    found.extend(attributes(doc, offset, index, tok_at))
    found.extend(as_roles(doc, offset, index))
    found.extend(members_after_dont(doc, offset, index))
    found.extend(members_after_colon(doc, offset, index))
    found.extend(agent_roles(doc, offset, index))
    found.extend(careers(doc, offset, index))
    found.extend(played_for(doc, offset, index))
    found.extend(counted_titles(doc, offset, index))
    found.extend(conjunct_roles(doc, offset, index, found))
    found.extend(counterpart_roles(doc, offset, index, found))
    for role in found:
        _record(index, role)
    for role in definite_subjects(doc, offset, index):
        _record(index, role)


def _record(index: NameIndex, role: RoleMention) -> None:
    if not role.role or len(role.role) > 120 or _deed(role.role):
        return
    key = norm(role.role)
    for other in index.role_mentions_of(role.person):
        if not other.kept:
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
