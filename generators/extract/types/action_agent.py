"""Who did it, for a passive story clause: the agent after « par » (« remporté par X et Y »).

« L'épreuve est remportée par X », « la loi a été adoptée par le Sénat »: the agent is the news
(asked « Qui a remporté l'épreuve … ? »). The kinds whose agent is asked are data
(lexicon/action_agent_kinds.txt); a doer is a person, two persons joined by « et », an
institution of lexicon/action_institutions.txt or a named body, never a count (« par 30 voix »)
nor a manner (« par décret »).
"""

from __future__ import annotations

import re
from typing import Any

from generators import lexicon
from generators.extract.coreference import person_of
from generators.extract.names import NameIndex
from generators.extract.tokens import text_of
from generators.extract.types.action_phrase import phrase
from generators.french.grammar import fold

_PASSIVE_KINDS = ("appointment", "departure", "justice", "against")  # « X a été limogé / attaqué »
_ARTICLE = re.compile(r"^(?:l[ae]s?\s+|l['’]\s*)", re.IGNORECASE)


def agent_token(verb: Any, offset: int, index: NameIndex) -> Any | None:
    """Return the agent of a passive verb: its « obl:agent », else a person named right after
    « par » that the parser hung elsewhere (« remporté par Léa Morel, représentant … »)."""
    found = next((c for c in verb.children if c.dep_ == "obl:agent"), None)
    doc = verb.doc
    passive = any(c.dep_ == "aux:pass" for c in verb.children)
    if (
        found is not None
        or not passive
        or verb.i + 2 >= len(doc)
        or doc[verb.i + 1].lower_ != "par"
    ):
        return found
    named = doc[verb.i + 2]
    # a first name the tagger took for a pronoun is still a name when the model tags a person
    tagged = named.pos_ == "PROPN" or (named.ent_type_ == "PER" and named.text[:1].isupper())
    return named if tagged and person_of(named, doc, offset, index) else None


def agent_of(doc: Any, tok: Any, offset: int, index: NameIndex) -> str | None:
    """Return who did it (« nommé par X »): a person's full name, persons listed with « et »
    (None when what follows « et » is not a person named), or a noun phrase."""
    person = person_of(tok, doc, offset, index)
    if not person:
        return _cut(re.sub(r"^(?:par|de|d')\s*", "", phrase(tok) or "")) or None
    text = text_of(doc)
    own = index.mention_at(offset + tok.idx)  # « Ana Ruiz » read with « Ruiz » as its head
    start = own.start if own is not None else offset + tok.idx
    mentions = index.mentions_in(start, offset + tok.sent.end_char)
    if not mentions or mentions[0].full != person:
        return person
    row, end, closed = [person], mentions[0].end - offset, False
    for mention in mentions[1:]:
        between = text[end : mention.start - offset]
        if not _BETWEEN.fullmatch(between):
            break
        row.append(mention.full)
        end, closed = mention.end - offset, "et" in between.split()
        if closed:
            break  # « A, B et C »: the list ends with its last name
    if re.match(r"\s*(?:,\s*)?et\s", text[end:]):
        return None  # « par A et la ville de X »: half the answer would be a wrong one
    if not closed:
        return person  # « par A, B terminant deuxième »: a list needs its « et »
    return _listed(row)


def _cut(text: str) -> str:
    """Return an agent phrase up to the complement that says when, where or how (lexicon
    action_agent_cuts: « le club de Brenneval en finale » → « le club de Brenneval »)."""
    words = text.split(" ")
    cuts = lexicon.word_set("action_agent_cuts")
    for k, word in enumerate(words[1:], start=1):
        if word.lower() in cuts:
            return " ".join(words[:k]).rstrip(" ,")
    return text


def _listed(names: list[str]) -> str:
    """Return names as a French list: « A », « A et B », « A, B et C »."""
    unique = list(dict.fromkeys(names))
    return unique[0] if len(unique) == 1 else f"{', '.join(unique[:-1])} et {unique[-1]}"


def passive_tells(
    kind: str, is_person: bool, agent: Any, doer: str | None, offset: int, index: NameIndex
) -> bool:
    """Tell a passive clause worth a fact: a person named, judged…, a thing postponed, given up,
    or a thing with the agent its kind asks (a claim's any agent, a win's or decision's doer)."""
    if kind == "unachieved":
        return not is_person
    if agent is not None and kind == "claim":
        return True
    if agent is not None and kind in lexicon.word_set("action_agent_kinds") and not is_person:
        return _is_doer(doer, agent, offset, index)  # « X a été battu par Y » stays none
    if is_person:
        return kind in _PASSIVE_KINDS
    return kind in lexicon.word_set("action_passive_kinds")


def _is_doer(agent: str | None, tok: Any, offset: int, index: NameIndex) -> bool:
    """Tell an agent that can answer « Qui … ? »: a person named, an institution, a named body."""
    if not agent or re.search(r"\d", agent):
        return False  # « adoptée par 30 voix contre 12 »: a tally, not who decided
    if index.mention_at(offset + tok.idx) is not None or any(
        m.full in agent for m in index.mentions_in(offset + tok.idx, offset + tok.idx + len(agent))
    ):
        return True
    bare = _ARTICLE.sub("", agent)
    head = fold(bare).split()[:1]
    if bool(head and head[0] in lexicon.word_set("action_institutions")) or bare[:1].isupper():
        return True
    return bool(_NAMED_OF.search(bare))  # « des militaires de l'opération Orion »: whose, named


_NAMED_OF = re.compile(r"\s(?:de|du|des|d['’])\s*(?:l['’]\s*|la\s|le\s|les\s)?(?:\w+\s)?[A-ZÀ-Ý]")


_BETWEEN = re.compile(r"\s*(?:,|et)\s+(?:(?:l[ae]s?\s+|l['’]\s*)?[A-ZÉÈÀÂ][\w-]*\s+)?")


def joined_actors(verb: Any, sent: Any, offset: int, index: NameIndex, person: str) -> str | None:
    """Return the persons a plural verb tells (« A et B remportent … » → "A et B"), `person` for
    a singular verb, None when the plural subject is not persons named in a row before the verb."""
    finite = next((c for c in verb.children if c.dep_.startswith("aux") and c.i < verb.i), verb)
    if "Plur" not in finite.morph.get("Number") or finite.morph.get("VerbForm") != ["Fin"]:
        return person
    text, start = text_of(sent.doc), sent.start_char
    mentions = index.mentions_in(offset + start, offset + finite.idx)
    if not mentions or text[mentions[-1].end - offset : finite.idx].strip():
        return None  # « Les parents de A ont … »: not A
    names = [mentions[-1].full]
    for before, after in zip(reversed(mentions[:-1]), reversed(mentions[1:]), strict=True):
        if not _BETWEEN.fullmatch(text[before.end - offset : after.start - offset]):
            break
        names.insert(0, before.full)
    if len(set(names)) < 2 or person not in names:
        return None
    return _listed(names)
