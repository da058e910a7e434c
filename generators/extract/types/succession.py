"""Extract succession facts: who came after whom (« X a succédé à Y », « Y, remplacé par X »).

Verbs (« succéder à », « remplacer », passive « remplacé par »), expressions (« prendre la suite
de », « à la place de ») and nouns (« son successeur X », « son prédécesseur Y »). Besides the
contract's fields, facts carry `successor_gender`, `predecessor_gender` and, when the article
names them with a title, `successor_title` / `predecessor_title` (« major-général »). A negated
verb, or an infinitive under a conditional or negated one (« pourrait succéder »), gives no
succession; an asserted one followed by a head post (« à la tête de Z », lexicon
succession_head_posts) also records that the successor takes Z (`takings`), from which the orchestrator's
`derive.leads_from_successions` pass makes the leads fact (via `title`).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from typing import Any

from generators import lexicon
from generators.extract.context import Context
from generators.extract.coreference import person_of
from generators.extract.leading import entity_phrase, lead_verb_facts
from generators.extract.names import NameIndex
from generators.extract.role_words import role_text
from generators.extract.roles import extend_role, mention_ending
from generators.extract.succession_cues import (
    clitic_before,
    cue_tokens,
    negated,
    phrase_end,
    post_end,
    unrealized,
    verb_form,
    wished,
    yielding_end,
)
from generators.extract.succession_links import possessor_before, replaced_by, successor_next
from generators.extract.titles import title_end
from generators.extract.tokens import phrases, sentence_of, span_text, text_of
from generators.records import Fact

_DATE = re.compile(
    r"\b(?:(?:le\s+)?\d{1,2}(?:er)?\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)"
    r"(?:\s+\d{4})?|(?:en|depuis)\s+(?:(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\s+)?\d{4})\b",
    re.IGNORECASE,
)


def extract(doc: Any, offset: int, ctx: Context) -> list[Fact]:
    """Return the succession facts of the doc parsed at `offset`."""
    index: NameIndex = ctx.names
    merged = index.doc(offset)
    facts: list[Fact] = []
    seen: set[tuple[str, str]] = set()
    for sent in merged.sents:
        for pair in _pairs(merged, sent, offset, index):
            successor, predecessor, anchor = pair
            if not successor or successor == predecessor:
                continue
            if predecessor and (successor, predecessor) not in seen:
                seen.add((successor, predecessor))
                fact = _fact(ctx, merged, sent, offset, index, successor, predecessor, anchor)
                facts.append(fact)
                if fact.get("role") is None and _same_post(sent):
                    same_posts(ctx).append(Taking(sent, offset, successor, predecessor))
            post = _post_taken(merged, sent, anchor, offset, index)
            if post:  # the successor heads the post even when the predecessor is not named
                takings(ctx).append(Taking(sent, offset, successor, post))
    return facts


@dataclass(frozen=True)
class Taking:
    """A successor who takes a post (« X succède à Y à la tête de Z »): sentence, doc, Z's head."""

    sent: Any
    offset: int
    successor: str
    post: Any


def same_posts(ctx: Context) -> list[Taking]:
    """Return the successions « Y remplace X à ce poste » (`post`: X, whose posts Y takes)."""
    found: list[Taking] = ctx.extras.setdefault("succession_same_posts", [])
    return found


def _same_post(sent: Any) -> bool:
    """Tell whether the sentence says the successor takes the very post (« à ce poste »)."""
    text = span_text(sent).lower()
    return any(phrase in text for phrase in lexicon.words("succession_post_anaphors"))


def takings(ctx: Context) -> list[Taking]:
    """Return the posts taken found so far in the article (read by `derive`)."""
    found: list[Taking] = ctx.extras.setdefault("succession_takings", [])
    return found


def _post_taken(doc: Any, sent: Any, verb: Any, offset: int, index: NameIndex) -> Any:
    """Return the head noun of what the successor now heads (« succède à Y à la tête de Z » → Z).

    Only for a succession verb that is asserted: not an infinitive (« pourrait succéder »), not
    conditional, not negated. The post must follow the verb in its clause, outside any apposition
    left open (« à Y, parti après dix ans à la tête de Z » says Y led Z).
    """
    if (
        verb.lemma_.lower() not in lexicon.word_set("succession_verbs")
        or "Inf" in verb.morph.get("VerbForm")
        or any("Cnd" in t.morph.get("Mood") for t in (verb, *verb.children))
        or negated(verb)
    ):
        return None
    for k in range(verb.i + 1, sent.end):
        tok = doc[k]
        clause_verb = tok.pos_ in ("VERB", "AUX") and index.mention_at(offset + tok.idx) is None
        if tok.text == ";" or clause_verb or tok.lower_ in ("qui", "que", "qu'"):
            return None
        end = post_end(doc, k)
        commas = sum(t.text == "," for t in doc[verb.i : k])
        if end > 0 and commas % 2 == 0:  # not inside an open apposition (« Y, parti après … »)
            return next(
                (t for t in doc[end : min(sent.end, end + 3)] if t.pos_ in ("NOUN", "PROPN")),
                None,
            )
    return None


def _fact(
    ctx: Context,
    doc: Any,
    sent: Any,
    offset: int,
    index: NameIndex,
    successor: str,
    predecessor: str,
    anchor: Any,
) -> Fact:
    date = _DATE.search(span_text(sent))
    fields: dict[str, Any] = {
        "role": _role(doc, anchor, offset, index) or _led_by(doc, sent, offset, index, successor),
        "predecessor": predecessor,
        "successor": successor,
        "date": re.sub(r"^(?:en|le|depuis)\s+", "", date.group(0), flags=re.IGNORECASE)
        if date
        else None,
        "successor_gender": index.gender(successor),
        "predecessor_gender": index.gender(predecessor),
    }
    for key, person in (("successor_title", successor), ("predecessor_title", predecessor)):
        title = _title_in(index, person, offset, sent)
        if title:
            fields[key] = title
    return ctx.fact("succession", sent, offset, evidence=_evidence(anchor), **fields)


def _evidence(anchor: Any) -> str | None:
    """Name the evidence of a succession: a designating noun, a pronoun subject or object (« lui
    succède »), or a plain verb."""
    if clitic_before(anchor.doc, anchor) is not None:
        return "pronoun"
    if anchor.pos_ == "NOUN":
        return "designation"
    subjects = [c for c in anchor.children if c.dep_ in ("nsubj", "nsubj:pass")]
    pronoun = any(c.lower_ in ("il", "elle") for c in subjects) or clitic_before(anchor.doc, anchor)
    return "pronoun" if pronoun else None


def _pairs(
    doc: Any, sent: Any, offset: int, index: NameIndex
) -> list[tuple[str | None, str | None, Any]]:
    """Return (successor, predecessor, anchor token) for each succession cue in `sent`."""
    out: list[tuple[str | None, str | None, Any]] = []
    verbs = lexicon.word_set("succession_verbs")
    cues = cue_tokens(doc)
    for tok in (doc[i] for i in range(sent.start, sent.end) if i in cues):
        lemma = tok.lemma_.lower()
        if (
            lemma in verbs
            and (
                tok.pos_ in ("VERB", "AUX", "ADJ") or (tok.pos_ in ("X", "PROPN") and tok.is_lower)
            )
        ) or verb_form(doc, tok):
            out.append(_verb_pair(doc, sent, tok, offset, index))
            out.extend(_chain(doc, sent, tok, out[-1], offset, index))
        elif yielding_end(doc, tok.i) > 0:  # « X a cédé sa place à Y »
            if negated(tok) or wished(tok):
                continue  # « … demandent qu'il laisse sa place à Y »: not done
            end = yielding_end(doc, tok.i)
            before = _subject_person(doc, sent, tok, offset, index)
            out.append((_first_person(doc, end, sent.end, offset, index, before), before, tok))
        elif tok.pos_ == "NOUN" and lemma in lexicon.word_set("succession_nouns"):
            out.append(_noun_pair(doc, sent, tok, offset, index, after=True))
        elif tok.pos_ == "NOUN" and lemma in lexicon.word_set("succession_predecessor_nouns"):
            pred, succ, anchor = _noun_pair(doc, sent, tok, offset, index, after=False)
            out.append((succ, pred, anchor))  # « X, son prédécesseur »: X came before
        else:
            end = phrase_end(doc, tok.i)
            if end > 0:
                before = _verb_subject(doc, tok, offset, index) or _subject_person(
                    doc, sent, tok, offset, index
                )
                before = before or _last_person(doc, sent.start, tok.i, offset, index)
                out.append((before, _first_person(doc, end, sent.end, offset, index), tok))
    return out


def _verb_pair(
    doc: Any, sent: Any, verb: Any, offset: int, index: NameIndex
) -> tuple[str | None, str | None, Any]:
    if negated(verb) or unrealized(verb):
        return None, None, verb
    agent = next((c for c in verb.children if c.dep_ == "obl:agent"), None)
    passive = agent is not None or any(c.dep_ in ("aux:pass", "nsubj:pass") for c in verb.children)
    if passive:
        successor = person_of(agent, doc, offset, index) if agent is not None else None
        subj = next((c for c in verb.children if c.dep_ == "nsubj:pass"), None)
        predecessor = person_of(subj, doc, offset, index) if subj is not None else None
        if predecessor is None and verb.dep_ in ("acl", "amod", "appos"):
            predecessor = person_of(verb.head, doc, offset, index)
        if predecessor is None and verb.i > 1 and doc[verb.i - 1].text == ",":
            start = mention_ending(doc, verb.i - 2, offset, index)  # « A, remplacé par B »
            named = index.mention_at(offset + doc[start].idx) if start >= 0 else None
            predecessor = named.full if named is not None else None
        if successor is None:
            successor = _first_person(doc, verb.i + 1, sent.end, offset, index)
        return successor, predecessor, verb
    successor = _named_before_clitic(doc, verb, offset, index) or _subject_person(
        doc, sent, verb, offset, index
    )
    if successor is None and verb.pos_ not in ("VERB", "AUX"):  # « C'est Y qui lui succède »
        successor = _last_person(doc, sent.start, verb.i, offset, index)
    objects = [
        c
        for c in verb.children
        if c.dep_ in ("obj", "obl:arg", "iobj", "obl", "obl:mod") and c.i > verb.i
    ]
    predecessor = next(
        (p for c in objects if (p := person_of(c, doc, offset, index)) and p != successor),
        None,
    )
    pronoun = clitic_before(doc, verb)
    if predecessor is None and pronoun is not None:
        gender = {"la": "f", "le": "m"}.get(pronoun.lower_)
        predecessor = index.person_before(
            offset + pronoun.idx, gender, exclude=[successor] if successor else []
        )
    if predecessor is None:
        predecessor = _first_person(
            doc, verb.i + 1, min(sent.end, verb.i + 14), offset, index, exclude=successor
        )
    chosen = replaced_by(doc, verb, offset, index, predecessor)  # « A a remplacé X par Y »
    return chosen or successor, predecessor, verb


def _named_before_clitic(doc: Any, verb: Any, offset: int, index: NameIndex) -> str | None:
    """« A a démissionné et B lui a succédé »: B, the name right before the object pronoun, when
    the parse gave the verb no subject of its own (it would climb to A's verb)."""
    pronoun = clitic_before(doc, verb)
    if pronoun is None or any(c.dep_ in ("nsubj", "nsubj:pass") for c in verb.children):
        return None
    k = pronoun.i - 1
    while k >= 0 and doc[k].lower_ in lexicon.word_set("succession_negations"):
        k -= 1  # « B ne lui a pas succédé » is refused elsewhere; the name is before « ne »
    mention = index.mention_at(offset + doc[k].idx) if k >= 0 else None
    return mention.full if mention is not None else None


def _verb_subject(doc: Any, tok: Any, offset: int, index: NameIndex) -> str | None:
    """Return the person subject of the verb a phrase hangs on (« A a été nommé par B … en
    remplacement de C » → A, never the agent B), or None."""
    head = tok
    for _ in range(6):
        if head.head is head:
            break
        head = head.head
        if head.pos_ == "VERB":
            subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
            return person_of(subj, doc, offset, index) if subj is not None else None
    return None


def _subject_person(doc: Any, sent: Any, tok: Any, offset: int, index: NameIndex) -> str | None:
    """Return the person who is the subject of the clause of `tok` (climbing infinitives)."""
    head = tok
    for _ in range(4):
        subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
        if subj is not None:
            if subj.lower_ == "qui":
                return _last_person(doc, sent.start, subj.i, offset, index)
            return person_of(subj, doc, offset, index)
        if head.dep_ in ("acl:relcl",) or head.head is head:
            break
        head = head.head
    return _last_person(doc, sent.start, tok.i, offset, index)


def _last_person(doc: Any, start: int, end: int, offset: int, index: NameIndex) -> str | None:
    found = index.mentions_in(offset + doc[start].idx, offset + doc[end].idx)
    return found[-1].full if found else None


def _first_person(
    doc: Any, start: int, end: int, offset: int, index: NameIndex, exclude: str | None = None
) -> str | None:
    if start >= end:
        return None
    limit = offset + doc[end - 1].idx + len(doc[end - 1])
    found = [m for m in index.mentions_in(offset + doc[start].idx, limit) if m.full != exclude]
    return found[0].full if found else None


def _noun_pair(
    doc: Any, sent: Any, noun: Any, offset: int, index: NameIndex, after: bool
) -> tuple[str | None, str | None, Any]:
    """« son successeur, X » / « X, son successeur » / « le successeur de Y, X »."""
    of = next((c for c in noun.children if c.dep_ == "nmod" and _has_de(c)), None)
    if of is None:  # « le successeur désigné de Y »: the complement hangs on the participle
        of = next(
            (
                g
                for c in noun.children
                if c.dep_ in ("amod", "acl")
                for g in c.children
                if g.dep_ in ("nmod", "obl", "obl:arg") and g.i > c.i
            ),
            None,
        )
    other = (
        person_of(of, doc, offset, index) if of is not None else _of_after(doc, noun, offset, index)
    )
    named = _first_person(doc, noun.i + 1, min(sent.end, noun.i + 4), offset, index, other)
    if named is None and other is not None:
        named = _apposed_after(doc, sent, noun, offset, index, other)
    if named is None and noun.dep_ == "appos":
        named = person_of(noun.head, doc, offset, index)
    if named is None:
        named = _apposed_before(doc, noun, offset, index)
    if named is None:
        named = designated(doc, sent, noun, offset, index)
    if named is None and after:
        named = successor_next(doc, noun, offset, index)
    poss = next(
        (c for c in noun.children if c.dep_ == "det" and "Yes" in c.morph.get("Poss")), None
    )
    if other is None and poss is not None:
        other = _possessor(doc, sent, noun, offset, index, named)
    return named, other, noun


def _has_de(complement: Any) -> bool:
    """Tell whether a noun's complement is introduced by « de » (« le successeur de Y »), not a
    name set beside it (« son successeur Y », which the parse may hang as a complement too)."""
    return any(c.dep_ == "case" and c.lemma_.lower() in ("de", "du") for c in complement.children)


def _of_after(doc: Any, noun: Any, offset: int, index: NameIndex) -> str | None:
    """« le successeur désigné de Y » when the parse lost the complement: Y, by the words."""
    k = noun.i + 1
    while k < len(doc) and k - noun.i <= 2 and doc[k].is_lower and doc[k].pos_ in ("ADJ", "VERB"):
        k += 1
    if k + 1 < len(doc) and doc[k].lower_ in ("de", "d'", "du"):
        mention = index.mention_at(offset + doc[k + 1].idx)
        return mention.full if mention is not None else None
    return None


def _apposed_after(
    doc: Any, sent: Any, noun: Any, offset: int, index: NameIndex, other: str
) -> str | None:
    """« Le remplaçant de Y, X, a pris … »: X, the name set off by a comma after Y."""
    mentions = index.mentions_in(offset + noun.idx, offset + doc[min(sent.end, noun.i + 8) - 1].idx)
    for first, second in itertools.pairwise(mentions):
        between = text_of(doc)[first.end - offset : second.start - offset]
        if first.full == other and between.strip() == ",":
            return second.full
    return None


def _apposed_before(doc: Any, noun: Any, offset: int, index: NameIndex) -> str | None:
    """« X, le successeur de Y, … » when the parse lost the apposition: X, by the words."""
    k = noun.i - 1
    if k >= 0 and doc[k].pos_ == "DET":
        k -= 1
    if k < 1 or doc[k].text != ",":
        return None
    mention = index.mention_at(offset + doc[k - 1].idx)
    return mention.full if mention is not None else None


def _possessor(
    doc: Any, sent: Any, noun: Any, offset: int, index: NameIndex, named: str | None
) -> str | None:
    """« X a critiqué son prédécesseur, Y »: « son » is the clause's subject, else the last named."""
    while noun.dep_ == "conj" and noun.head is not noun:
        noun = noun.head  # « … son prédécesseur, A, et son successeur, B »
    if noun.dep_ in ("obj", "obl", "obl:arg", "obl:mod", "iobj"):
        subj = next((c for c in noun.head.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
        if subj is not None:
            person = person_of(subj, doc, offset, index)
            if person == named:  # « Son successeur, B, a … »: B is no possessor
                return possessor_before(doc, noun, offset, index, named)
            return person
    return index.person_before(offset + noun.idx, exclude=[named] if named else [])


def designated(doc: Any, sent: Any, noun: Any, offset: int, index: NameIndex) -> str | None:
    """« le nom du remplaçant de X est connu : ce sera Y » → Y (lexicon succession_designations)."""
    text = span_text(sent).lower()
    start = noun.idx - sent.start_char
    for phrase in lexicon.words("succession_designations"):
        at = text.find(phrase, start)
        if at >= 0:
            tok = next((t for t in sent if t.idx - sent.start_char >= at + len(phrase)), None)
            if tok is not None:
                return _first_person(doc, tok.i, min(sent.end, tok.i + 4), offset, index)
    return None


def _chain(
    doc: Any,
    sent: Any,
    verb: Any,
    pair: tuple[str | None, str | None, Any],
    offset: int,
    index: NameIndex,
) -> list[tuple[str | None, str | None, Any]]:
    """« A a été remplacé par B, puis par C »: B then gave way to C (lexicon succession_chain_links)."""
    successor, predecessor, _anchor = pair
    out: list[tuple[str | None, str | None, Any]] = []
    links = phrases("succession_chain_links")
    k = verb.i + 1
    while successor and predecessor and k < sent.end:
        link = next((w for w in links if [t.lower_ for t in doc[k : k + len(w)]] == list(w)), None)
        if link is None:
            k += 1
            continue
        after = k + len(link)
        nxt = _first_person(doc, after, min(sent.end, after + 3), offset, index, successor)
        if nxt is None:
            break
        out.append((nxt, successor, doc[k]))
        successor, k = nxt, after
    return out


def _role(doc: Any, anchor: Any, offset: int, index: NameIndex) -> str | None:
    """Return the post in question when the sentence names it (« nommé ministre de X », « à la tête de X »)."""
    candidates = [c for c in anchor.children if c.dep_ == "xcomp"]
    if anchor.dep_ in ("advcl", "xcomp"):
        candidates += [
            c for c in anchor.head.children if c.dep_ in ("xcomp", "obj") and c.i < anchor.i
        ]
    for tok in candidates:
        if title_end(doc, tok.i) > 0:
            return role_text(doc[tok.i : extend_role(doc, title_end(doc, tok.i), index, offset)])
    sent = sentence_of(anchor)
    posts = "|".join(
        re.escape(p)
        for p in sorted(
            lexicon.words("succession_head_posts") + lexicon.words("succession_post_phrases"),
            key=len,
            reverse=True,
        )
    )
    match = re.search(
        rf"(?:{posts})\s+(?:de la |de l'|du |des |de |d')[^,.;:()«]+", span_text(sent)
    )
    if not match:
        return None
    return re.split(
        r"\s+(?:en|le|depuis|dès|à partir de)\s+(?:\d|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)",
        re.split(r"\s+(?:est|sont|sera|seront|était|a|ont)\s", match.group(0))[0],
    )[0].strip()


def _led_by(doc: Any, sent: Any, offset: int, index: NameIndex, person: str) -> str | None:
    """« la mission dirigée par X, qui a succédé à Y » → « direction de la mission »."""
    for tok in sent:
        for found in lead_verb_facts(doc, tok, offset, index):
            if found[2] == person and not isinstance(found[4], tuple):
                head = found[4]
                det = next((c for c in head.children if c.dep_ == "det"), None)
                article = {"le": "du ", "la": "de la ", "l'": "de l'", "les": "des "}.get(
                    det.lower_ if det else "", "de "
                )
                return f"direction {article}{entity_phrase(doc, head)}"
    return None


def _title_in(index: NameIndex, person: str, offset: int, sent: Any) -> str | None:
    """Return the title the sentence (or else the article) puts before the person's name."""
    start = offset + sent.start_char
    end = offset + sent.end_char
    titled = [r for r in index.role_mentions_of(person) if r.kind == "title"]
    here = [r for r in titled if start <= r.start < end]
    chosen = (here or titled)[:1]
    return chosen[0].head if chosen else None
