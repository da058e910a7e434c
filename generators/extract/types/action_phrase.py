"""The noun phrases of an action clause: an actor, an object, a complement, cut where they end;
the title or post an appointment names after its verb (« élu président de X », « réélu à la tête
de X »).

A phrase is the subtree of its head noun, cut before a clause, an aside, a date or an age; a phrase
pointing back (« cette étape ») becomes the article's first fuller « la … étape » before it.
"""

from __future__ import annotations

import re
from typing import Any

from generators import lexicon
from generators.extract.context import Context
from generators.extract.tokens import column

_STOPS = frozenset(",;:()[]—–")
_RELATIVES = frozenset({"qui", "que", "qu'", "dont", "où", "lequel", "laquelle", "lesquels"})
_POINTERS = frozenset({"ce", "cet", "cette", "ces"})
_DESCRIBED = frozenset({"un", "une", "des", "le", "la", "l'", "les"})  # « la loi décidant … »
_VAGUE_END = re.compile(r"\s+(?:en|au|à la) (?:fin|début|mi)\b.*$")


def phrase(tok: Any, ctx: Context | None = None, offset: int = 0) -> str | None:
    """Return the noun phrase headed by `tok`, cut before a clause, a date or an aside; None if it points back.

    With `ctx`, « cette étape » becomes the article's first fuller « la … étape … » before it.
    """
    det = next((c for c in tok.children if c.dep_ == "det"), None)
    if ctx is not None and det is not None and det.lower_ in _POINTERS:
        return _antecedent(tok, ctx, offset + tok.idx)
    words = [t for t in tok.subtree]
    kept: list[Any] = []
    for t in words:
        if t.i > tok.i and _ends_phrase(t) and not _describes(t, tok, kept):
            break
        kept.append(t)
    if len(kept) > 14 and any(t.dep_ == "acl" and t.head.i == tok.i for t in kept):
        kept = [t for t in kept if t.i <= tok.i]  # « une loi » rather than a description too long
    while kept and (
        kept[-1].is_punct or kept[-1].is_space or kept[-1].pos_ in ("ADP", "DET", "CCONJ", "SCONJ")
    ):
        kept.pop()
    if not kept or tok not in kept:
        return None
    if kept[0].lower_ in _POINTERS or any(t.pos_ == "PRON" and t.i == tok.i for t in kept):
        return None
    text: str = tok.doc[kept[0].i : kept[-1].i + 1].text
    if text.count("«") != text.count("»") or text.count('"') % 2:
        return None  # never cut inside quote marks
    return _VAGUE_END.sub("", text)


def name_before(tok: Any) -> str:
    """Return the capitalised words the parser left before a name's phrase (« ZEPHYR » of « le
    studio ZEPHYR Art Lab », which it hangs on « studio »), or ''. Never across a preposition
    (« à Brenneval Léa Morel ») nor from the sentence's first word."""
    start = tok.left_edge.i
    doc = tok.doc
    if not doc[start].text[:1].isupper() or doc[start].is_sent_start:
        return ""
    k = start
    while (
        k - 1 > tok.sent.start
        and doc[k - 1].is_alpha
        and doc[k - 1].text[:1].isupper()
        and doc[k - 2].pos_ not in ("ADP", "PUNCT")
        and doc[k - 1].whitespace_ != ""
    ):
        k -= 1
    return doc[k:start].text if k < start else ""


def _describes(tok: Any, head: Any, kept: list[Any]) -> bool:
    """Tell « réduisant … » of « une loi réduisant … », « la loi décidant … »: a bare noun (its
    determiner and itself) needs its description."""
    return (
        tok.dep_ == "acl"
        and tok.head.i == head.i
        and tok.morph.get("VerbForm") == ["Part"]
        and tok.morph.get("Tense") == ["Pres"]
        and 2 <= len(kept) <= 3
        and kept[-1].i == head.i
        and kept[-2].lower_ in _DESCRIBED
    )


def _antecedent(tok: Any, ctx: Context, here: int) -> str | None:
    """Return the first definite noun phrase of the article before `here` with the head noun of `tok`."""
    firsts: dict[str, tuple[int, str] | None] = ctx.extras.setdefault("action_antecedents", {})
    if tok.lemma_ not in firsts:
        firsts[tok.lemma_] = _first_definite(tok.lemma_, ctx)
    first = firsts[tok.lemma_]
    return first[1] if first is not None and first[0] < here else None


def _first_definite(lemma: str, ctx: Context) -> tuple[int, str] | None:
    """Return the article offset and text of the first long « le/la … » phrase headed by `lemma`."""
    by_lemma: dict[str, list[tuple[int, Any, int]]] | None = ctx.extras.get("action_lemmas")
    if by_lemma is None:
        by_lemma = ctx.extras["action_lemmas"] = {}
        for offset, doc in sorted(ctx.names.docs.items()):
            for i, other_lemma in enumerate(column(doc, "LEMMA")):
                by_lemma.setdefault(other_lemma, []).append((offset, doc, i))
    for offset, doc, i in by_lemma.get(lemma, []):
        other = doc[i]
        det = next((c for c in other.children if c.dep_ == "det"), None)
        if det is not None and det.lower_ in ("le", "la", "l'"):
            found = phrase(other)
            if found and len(found.split()) > 2:
                return offset + other.idx, found[0].lower() + found[1:]
    return None


def _ends_phrase(tok: Any) -> bool:
    """Tell a token that starts what a noun phrase must not carry (clause, aside, date, age)."""
    low = tok.lower_
    if tok.text in _STOPS or low in _RELATIVES:
        return True
    if low in lexicon.word_set("french_months") or low in lexicon.word_set("french_weekdays"):
        return True
    if tok.dep_ in ("acl:relcl", "acl") and tok.pos_ == "VERB":
        bare = tok.dep_ == "acl" and "Part" in tok.morph.get("VerbForm") and not list(tok.children)
        return not bare  # « les infractions dissimulées »: a bare participle is an adjective
    doc = tok.doc
    after = [t.lower_ for t in doc[tok.i + 1 : tok.i + 3]]
    months = lexicon.word_set("french_months")
    number = tok.like_num or low in ("1er", "1re", "1ère")
    if number and after[:1] and (after[0] in ("ans", "an") or after[0] in months):
        return True  # « à 78 ans », « 3 mars », « 1er mai »
    if low in ("en", "depuis") and re.fullmatch(r"(?:1[5-9]|20)\d\d", after[0] if after else ""):
        return True  # « en 2020 » dates the clause, it is no part of the phrase
    first = after[:1] in (["1er"], ["1re"], ["1ère"])
    day = len(after) == 2 and (doc[tok.i + 1].like_num or first)
    return low == "le" and day and after[1] in months


def phrase_gender(tok: Any) -> str | None:
    gender = tok.morph.get("Gender")
    return {"Fem": "f", "Masc": "m"}.get(gender[0]) if gender else None


def phrase_plural(tok: Any, verb: Any) -> bool:
    """Tell a plural subject by its verb's finite form (« a », « ont », « remporte »), which the
    parser reads surer than a name's number (« Moscou a accusé »), else by the subject's own."""
    finite = [c for c in verb.children if c.dep_.startswith("aux") and c.i < verb.i] + [verb]
    numbers = {
        n for t in finite if t.morph.get("VerbForm") == ["Fin"] for n in t.morph.get("Number")
    }
    if len(numbers) == 1:
        return numbers == {"Plur"}
    return "Plur" in tok.morph.get("Number")


def verb_object(verb: Any, ctx: Context, offset: int) -> str | None:
    """Return the verb's object phrase: its first object that is no day (« a remporté dimanche
    2 mai la course »: the parser may take the day for an object), else one after a manner."""
    days = lexicon.word_set("french_weekdays") | lexicon.word_set("french_months")
    found = next((c for c in verb.children if c.dep_ == "obj" and c.lower_ not in days), None)
    return (
        phrase(found, ctx, offset) if found is not None else object_after_manner(verb, ctx, offset)
    )


def verb_complement(verb: Any, deps: tuple[str, ...], ctx: Context, offset: int) -> str | None:
    """Return the phrase of the verb's first complement of `deps`; a part of the day the parser
    hung there is none (« a annoncé hier soir que … »: « soir »)."""
    times = lexicon.word_set("event_day_parts")
    found = (c for c in verb.children if c.dep_ in deps and c.lower_ not in times)
    return next((phrase(c, ctx, offset) for c in found), None)


def object_after_manner(verb: Any, ctx: Context, offset: int) -> str | None:
    """Return « un accord » of « a signé de manière solennelle un accord » (the parser hangs it there)."""
    manners = lexicon.word_set("action_manner_nouns")
    for manner in (c for c in verb.children if c.dep_ == "obl:mod" and c.lemma_ in manners):
        for noun in manner.children:
            det = next((c for c in noun.children if c.dep_ == "det"), None)
            found = phrase(noun, ctx, offset) if noun.dep_ == "nmod" and det else None
            if found and det is not None:  # the adverb's adjective may hang on the noun too
                start = re.search(rf"(?<!\w){re.escape(det.text)}(?!\w)", found)
                return found[start.start() :] if start else found
    return None


def idiom(verb: Any) -> str | None:
    """Return the verb a verb and its object tell (lexicon/action_idioms.txt), or None."""
    found = [c for c in verb.children if c.dep_ == "obj"]
    named_heads = [  # « la médaille Orion », the name read as the head, « médaille » its adjective
        c.doc[c.i - 1]
        for c in found
        if c.i > 0 and c.text[:1].isupper() and c.doc[c.i - 1].head == c
    ]
    objects = {c.lemma_.lower(): c for c in found} | {c.lower_: c for c in found + named_heads}
    for line in lexicon.words("action_idioms"):
        lemma, noun, told, *needs = line.split()
        if verb.lemma_.lower() != lemma or noun not in objects:
            continue
        children = [c for c in objects[noun].children if c.dep_ in ("amod", "nmod")]
        named = (
            objects[noun] in named_heads
            or any(c.dep_ == "nmod" for c in children)
            or any(
                c.dep_ in ("appos", "flat:name")
                and c.text[:1].isupper()
                and c.i == objects[noun].i + 1  # right after: « le prix X », not an aside
                for c in objects[noun].children
            )
        )  # « le prix X »: a name names the contest too
        if told.startswith("=") and told != "=idiom" and not named:
            continue  # « a pris la première place » of what? the contest must be named
        if not needs or {c.lemma_.lower() for c in children} & lexicon.word_set(needs[0]):
            return told
    return None


def post_after(verb: Any, ctx: Context, offset: int) -> str | None:
    """Return « à la tête de la République du X » of « a été réélu dès le premier tour à la tête de
    la République du X »: the post an appointment names, wherever the parser hung it in the
    clause (lexicon/action_post_nouns.txt), or None."""
    posts = lexicon.word_set("action_post_nouns")
    for tok in verb.doc[verb.i + 1 : verb.sent.end]:
        if tok.text in _STOPS:
            return None
        case = next((c for c in tok.children if c.dep_ == "case"), None)
        has_of = any(c.dep_ == "nmod" for c in tok.children)
        if (
            tok.lemma_.lower() in posts
            and case is not None
            and case.lower_ in ("à", "au")
            and has_of
        ):
            found = phrase(tok, ctx, offset)
            return f"{case.text} {found}" if found and not found.startswith(case.text) else found
    return None


def role_after(verb: Any, ctx: Context, offset: int) -> str | None:
    """Return the bare title after the verb (« élu président du Sénégal » → « président du Sénégal »)."""
    for tok in verb.doc[verb.i + 1 : verb.sent.end]:
        if tok.pos_ == "ADV" or tok.lower_ in lexicon.word_set("french_weekdays"):
            continue  # « élue dimanche présidente … »: the day is no title
        bare = not any(c.dep_ in ("det", "case") for c in tok.children)
        if tok.pos_ == "NOUN" and tok.head.i == verb.i and bare:
            return phrase(tok, ctx, offset)
        return None
    return None


def feminine_title(title: str) -> str | None:
    """Return "f" for a title in the feminine (« championne », « directrice »), else None."""
    first = title.split()[0].lower() if title.split() else ""
    endings = lexicon.words("people_feminine_endings")
    return "f" if first and any(first.endswith(e) for e in endings) else None
