"""Coreference: the person a pronoun, « ce dernier », a title or a surname refers to."""

from __future__ import annotations

import functools
import re
from typing import Any

from generators import lexicon
from generators.extract.names import NameIndex
from generators.extract.nationality_names import national_referent
from generators.extract.roles import extend_role, role_start
from generators.extract.titles import determiner_gender, title_end, token_gender
from generators.extract.tokens import norm, sentence_of, text_of

_DEFINITE = frozenset({"le", "la", "l'", "les", "ce", "cet", "cette"})


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
    holder = index.holder(doc[role_start(doc, tok.i) : end].text)
    if holder is None and end > title_end(doc, tok.i) > 0:  # « le ministre en visite à X »
        holder = index.holder(doc[role_start(doc, tok.i) : title_end(doc, tok.i)].text)
    rest = doc[title_end(doc, tok.i) : end].text if title_end(doc, tok.i) > 0 else ""
    if holder is None and title_end(doc, tok.i) > 0:
        holder = narrower_holder(index, doc[tok.i : title_end(doc, tok.i)].text, rest)
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
    person = index.subject_before(
        offset + tok.idx,
        prev_start,
        gender if gender == "m" and token_gender(tok) == "m" else None,
        coargs,
    )
    return None if person and _titled_otherwise(index, person, tok, rest) else person


_OF = re.compile(r"^(?:de|du|des|d'|d’)\s*(?:la\s+|l'|l’|le\s+|les\s+)?", re.IGNORECASE)


def _titled_otherwise(index: NameIndex, person: str, tok: Any, rest: str) -> bool:
    """Tell whether the article gives `person` roles, none of them with the title word `tok`
    (« A, président du directoire, … . Le secrétaire général affirme … »: someone else), or
    none of another body the role's complement names (« le PDG de la société X »)."""
    heads = {norm(r.head) for r in index.role_mentions_of(person)}
    if heads and _OF.match(rest):
        body = _content_words(_OF.sub("", rest))
        if not any(body & _content_words(r) for r in index.roles_of(person)):
            return True
    own = {norm(tok.lemma_ or tok.text), norm(tok.text)}
    end = max(title_end(tok.doc, tok.i), tok.i + 1)
    title = tok.doc[tok.i : end].text.lower().replace("’", "'")
    narrower = {norm(w) for t in hypernyms().get(title, ()) for w in t.split()}  # a « président »
    return bool(heads) and not heads & (own | narrower)


def _content_words(text: str) -> set[str]:
    """Return the normalized words of `text` but its articles and prepositions."""
    return {w for w in norm(text).split() if len(w) > 2 and w not in ("des", "les", "aux", "une")}


def narrower_holder(index: NameIndex, title: str, rest: str = "") -> str | None:
    """« le chef du gouvernement »: the one person holding a narrower title (title_hypernyms);
    with the role's complement (« le PDG de la société X »), the one holding a narrower title of
    that complement (« président de la société X »), and no one when another body is named."""
    narrower = hypernyms().get(title.lower().replace("’", "'"), ())
    if rest.strip():
        holders = {index.holder(f"{t} {rest.strip()}") for t in narrower}
        holders.discard(None)
        if len(holders) == 1:
            return holders.pop()
        if title.lower() in lexicon.word_set("title_hypernyms_of_bodies"):
            return None  # « le PDG de Y » is not the one « président de X »
    holders = {index.holder(t) for t in narrower}
    holders.discard(None)
    return holders.pop() if len(holders) == 1 else None


@functools.cache
def hypernyms() -> dict[str, tuple[str, ...]]:
    """Map each general title of title_hypernyms to its narrower titles."""
    pairs = (line.split("=", 1) for line in lexicon.words("title_hypernyms") if "=" in line)
    return {g.strip(): tuple(n.strip() for n in ns.split(",")) for g, ns in pairs}


def person_of(tok: Any, doc: Any, offset: int, index: NameIndex) -> str | None:
    """Return the person a noun phrase or pronoun (its head `tok`) refers to, or None."""
    for t in _name_parts(tok):
        mention = index.mention_at(offset + t.idx)
        if mention:
            return mention.full
    low = tok.lower_
    if low == "qui" and tok.head.dep_ == "acl:relcl":
        antecedent = tok.head.head
        return person_of(antecedent, doc, offset, index) or _apposed_to(antecedent, offset, index)
    if tok.pos_ == "PRON" and low in ("il", "elle"):
        return pronoun_referent(doc, tok, offset, index)
    if title_end(doc, tok.i) > 0:
        return coreferent(doc, tok, offset, index, recency=True)
    return national_referent(doc, tok, offset, index)  # « L'Américaine a gagné »


def _apposed_to(noun: Any, offset: int, index: NameIndex) -> str | None:
    """Return the person a title noun stands beside, after a comma (« A, double champion du
    monde, qui … »), when the parse hung the title elsewhere."""
    comma = noun.left_edge.i - 1
    if noun.pos_ != "NOUN" or comma < 1 or noun.doc[comma].text != ",":
        return None
    mention = index.mention_at(offset + noun.doc[comma - 1].idx)
    return mention.full if mention is not None else None


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
    if impersonal(doc, tok):
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
    skip = quoted_only(doc, offset, index, tok.idx) + modifier_only(doc, offset, index, tok.idx)
    person = _person_outside_quotes(
        doc, offset, index, tok.idx, gender, skip, offset + start - 2000
    )
    if person and sent.start > 0 and _unnamed_rival(doc, sentence_of(doc[sent.start - 1]), gender):
        return None  # « A a été enfariné par un militant. Il a été arrêté »: A or the militant?
    return person


def _unnamed_rival(doc: Any, before: Any, gender: str) -> bool:
    """Tell whether the sentence `before` brings in, after its first words, an unnamed person of
    `gender` with an indefinite article (« un militant », « une passante »; titles and
    lexicon/people_unnamed_nouns.txt) that « il » / « elle » could as well stand for; not an
    attribute or an apposition of someone named (« A est une botaniste »)."""
    article = "une" if gender == "f" else "un"
    unnamed = lexicon.word_set("people_unnamed_nouns")
    for tok in doc[before.start + 2 : before.end - 1]:
        if doc[tok.i - 1].lower_ != article or tok.pos_ != "NOUN":
            continue
        if tok.dep_ in ("appos", "xcomp") or any(c.dep_ == "cop" for c in tok.children):
            continue  # « A est une botaniste », « A, un militant, »: A again, no one else
        if title_end(doc, tok.i) > 0 or tok.lemma_.lower() in unnamed or tok.lower_ in unnamed:
            return not any(t.ent_type_ == "PER" for t in doc[tok.i + 1 : tok.i + 3])
    return False


def actor_source(tok: Any, offset: int, index: NameIndex, person: str) -> str:
    """Return how a subject's person was found: « name » (named there), « pronoun » (a pronoun
    whose person is certain: the subject of a clause earlier in its sentence, or the subject of
    the last mention with no other person named since), « pronoun_guess » (the last person named,
    among others)."""
    if tok.pos_ != "PRON" or index.mention_at(offset + tok.idx) is not None:
        return "name"
    sent = sentence_of(tok)
    here = offset + sent.start_char
    # « A est arrivé mardi, et il a dit … »; not « après avoir critiqué A, il … »
    if any(m.full == person and m.subject for m in index.mentions_in(here, offset + tok.idx)):
        return "pronoun"
    earlier = index.mentions_in(max(0, here - 2000), offset + tok.idx)
    last = next((k for k in range(len(earlier) - 1, -1, -1) if earlier[k].full == person), None)
    if last is None or not earlier[last].subject:
        return "pronoun_guess"
    others = {m.full for m in earlier[last:]} - {person}
    return "pronoun_guess" if others else "pronoun"


def _person_outside_quotes(
    doc: Any, offset: int, index: NameIndex, end: int, gender: str, skip: list[str], limit: int
) -> str | None:
    """Return the person named last before `end`, past the names inside quote marks (« « … je
    remercie Paul Roy » », a-t-il dit. Il … : « il » is who spoke, not Paul Roy)."""
    text = text_of(doc)
    for mention in reversed(index.mentions_in(limit, offset + end)):
        at = mention.start - offset
        if mention.full in skip or (0 <= at < len(text) and _inside_quotes(text, at)):
            continue
        if index.gender(mention.full) in (None, gender):
            return mention.full
    return None


def _inside_quotes(text: str, at: int) -> bool:
    """Tell whether character `at` lies inside quote marks opened in its paragraph."""
    before = text[text.rfind("\n", 0, at) + 1 : at]
    return before.count("«") + before.count("“") > before.count("»") + before.count("”")


def modifier_only(doc: Any, offset: int, index: NameIndex, end: int) -> list[str]:
    """Return the people named before `end` only right after a common noun (« l'affaire X »,
    « le procès X »): a name that qualifies a noun is not who « il » goes on about."""
    modifier: dict[str, bool] = {}
    for mention in index.mentions_in(offset, offset + end):
        span = doc.char_span(mention.start - offset, mention.end - offset, alignment_mode="expand")
        prev = doc[span.start - 1] if span is not None and span.start > 0 else None
        after_noun = prev is not None and prev.lemma_.lower() in lexicon.word_set(
            "quote_named_things"
        )
        modifier[mention.full] = modifier.get(mention.full, True) and after_noun
    return [name for name, only in modifier.items() if only]


def quoted_only(doc: Any, offset: int, index: NameIndex, end: int) -> list[str]:
    """Return the people named before `end` only inside quote marks (« « Seigneur X, aide-nous » »:
    a name called or cited in quoted words is not who the text goes on about)."""
    text = text_of(doc)
    inside: dict[str, bool] = {}
    for mention in index.mentions_in(offset, offset + end):
        at = mention.start - offset
        para = text.rfind("\n", 0, at) + 1
        before = text[para:at]
        quoted = before.count("«") + before.count("“") > before.count("»") + before.count("”")
        inside[mention.full] = inside.get(mention.full, True) and quoted
    return [name for name, only in inside.items() if only]


def impersonal(doc: Any, tok: Any) -> bool:
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
