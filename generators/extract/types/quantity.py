"""Extract quantity facts: a number, its hedge or bound, what it counts and what it is about."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from generators import lexicon
from generators.extract.amount_repeats import named_again
from generators.extract.context import Context
from generators.extract.tokens import ents_in
from generators.records import Fact

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token
from generators.extract.amount_reading import following_words, sentence_quantities
from generators.extract.amount_series import dated_subject
from generators.extract.amounts import (
    NOUNS,
    Quantity,
    complement_phrase,
    head_phrase,
    quantity_sentence,
)

_PREDICATE_STOP = ("PUNCT", "SCONJ", "CCONJ")


def extract(doc: Doc, offset: int, ctx: Context) -> list[Fact]:
    """Return the quantity facts of `doc`."""
    facts: list[Fact] = []
    for sent in doc.sents:
        keys: set[tuple[str, str]] = set()
        for quantity in sentence_quantities(doc, sent):
            if named_again(doc, quantity, ctx.article.clean, offset):
                continue  # « les deux étoiles » after « deux étoiles »: the same group again
            fields = _fields(doc, quantity, offset, ctx)
            key = (str(fields["unit"]), str(fields["subject"]))
            if key in keys:  # two quantities of one sentence need two ids
                fields["subject"] = f"{fields['subject']} ({following_words(doc, quantity)})"
            keys.add((str(fields["unit"]), str(fields["subject"])))
            facts.append(ctx.fact("quantity", sent, offset, **fields))
    return facts


def _fields(doc: Doc, quantity: Quantity, offset: int, ctx: Context) -> dict[str, Any]:
    """Return the fact fields of a quantity."""
    unit = quantity.unit
    unit_text = (
        quantity.unit_text if quantity.unit_text is not None else unit.text if unit else None
    )
    text = ctx.article.text[offset + quantity.char_start : offset + quantity.char_end]
    fields: dict[str, Any] = {"value": _plain(quantity.value)}
    if quantity.value_max is not None:
        fields["value_max"] = _plain(quantity.value_max)
    fields["approx"] = quantity.approx
    if quantity.bound:
        fields["bound"] = quantity.bound
    subject = _subject(doc, quantity) or unit_text
    subject = dated_subject(doc, quantity, unit_text if _elliptic(quantity) else subject) or subject
    fields.update({"unit": unit_text, "text": text, "subject": subject})
    fields.update(
        _agreement(unit.root if unit is not None else quantity.extra.get("noun"), quantity)
    )
    predicate = _predicate(doc, quantity)
    if predicate:
        fields["predicate"] = predicate
    context = _context(doc, quantity)
    if context:
        fields["context"] = context
    return fields


def _elliptic(quantity: Quantity) -> bool:
    """Return whether the quantity's noun is unsaid, taken from a figure before it (« dont 14 »)."""
    return bool(quantity.extra.get("ellipsis")) and not quantity.extra.get("subject")


def _plain(value: float) -> float:
    """Return `value` as an int when it is whole (« 3,5 millions » → 3500000, not 3500000.0)."""
    return int(value) if float(value).is_integer() else round(value, 9)


def _agreement(noun: Token | None, quantity: Quantity) -> dict[str, str]:
    """Return the gender and number of the unit noun, from spaCy's morphology."""
    gender, number = "m", "p" if quantity.value >= 2 else "s"
    if noun is not None and noun.text != "%":
        genders = noun.morph.get("Gender", [])
        numbers_ = noun.morph.get("Number", [])
        gender = "f" if genders and genders[0] == "Fem" else "m"
        number = "s" if numbers_ and numbers_[0] == "Sing" else number
    return {"unit_gender": gender, "unit_number": number}


def _subject(doc: Doc, quantity: Quantity) -> str | None:
    """Return what the quantity is about: the complement of a measure, or the counted noun phrase."""
    unit = quantity.unit
    anchor = unit.root if unit is not None else doc[quantity.end - 1]
    sent = quantity_sentence(quantity)
    after = unit.end if unit is not None else quantity.end
    if quantity.extra.get("subject"):
        return str(quantity.extra["subject"])
    if quantity.extra.get("ellipsis"):
        return _inherited_subject(doc, quantity)
    if unit is not None and not _is_measure(unit):
        complement = complement_phrase(doc, after, sent, keep_preposition=True)
        return f"{unit.text} {complement}" if complement else unit.text
    complement = complement_phrase(doc, after, sent)
    if complement:
        return complement
    for child in anchor.rights:
        if child.dep_ == "nmod" and any(
            c.dep_ == "case" and c.lower_ in ("pour", "à", "chez") for c in child.children
        ):
            return head_phrase(child)
    while anchor.head.i != anchor.i and quantity.start <= anchor.head.i < after:
        anchor = anchor.head  # « euros » → « milliards » in « 12,5 milliards d'euros »
    head = anchor.head
    if anchor.dep_ in ("nmod", "appos") and head.pos_ in NOUNS and head.i < quantity.start:
        return head_phrase(head)
    if head.pos_ in ("VERB", "AUX"):
        subject = next(
            (c for c in head.children if c.dep_.startswith("nsubj") and c.pos_ in NOUNS), None
        )
        if subject is not None:
            return head_phrase(subject)
    return None


def _inherited_subject(doc: Doc, quantity: Quantity) -> str:
    """Return « prévenus : ont fait appel » for a number whose unit comes from an earlier one."""
    sent = quantity_sentence(quantity)
    end = quantity.end
    while end < sent.end and end - quantity.end < 7 and doc[end].pos_ not in ("PUNCT", "NUM"):
        end += 1
    words = doc[quantity.end : end].text
    return f"{quantity.unit_text} : {words}" if words else str(quantity.unit_text)


def _is_measure(unit: Span) -> bool:
    """Return whether the unit measures something (years, euros, %) rather than counts it."""
    if unit.text.lower().rstrip(".") in lexicon.word_set("quantity_time_units"):
        return True
    return unit.root.text in lexicon.words(
        "quantity_time_units"
    ) or unit.root.lower_ in lexicon.word_set("quantity_time_units")


def _predicate(doc: Doc, quantity: Quantity) -> str | None:
    """Return the verb phrase of which the counted noun is the subject (« œuvrent au sein de … »)."""
    noun = quantity.unit.root if quantity.unit is not None else doc[quantity.start]
    holders = list(quantity.unit) if quantity.unit is not None else [noun]
    relative = (
        child
        for holder in holders
        for child in holder.rights
        if child.dep_ == "acl:relcl"
        and any(t.lower_ == "qui" and t.dep_.startswith("nsubj") for t in child.children)
    )
    verb = next(relative, None)
    if verb is None and noun.dep_.startswith("nsubj") and noun.head.pos_ in ("VERB", "AUX"):
        verb = noun.head
    if verb is None or _disagrees(verb, noun) or not _finite(verb):
        return None  # « ayant voyagé … »: no clause to ask « combien de … » with
    return _verb_phrase(doc, verb, noun, quantity_sentence(quantity).end)


def _finite(verb: Token) -> bool:
    """Tell a verb conjugated itself or through its auxiliary (not « ayant voyagé »)."""
    forms = [verb, *(t for t in verb.children if t.dep_.startswith("aux") or t.dep_ == "cop")]
    return any("Fin" in t.morph.get("VerbForm", []) for t in forms)


def _disagrees(verb: Token, noun: Token) -> bool:
    """Tell a verb in the singular after a plural counted noun: it agrees with another head
    (« un groupe de six coureurs qui prend la tête »), so « combien de coureurs prend … » is no
    question."""
    finite = [t for t in [*verb.children, verb] if "Fin" in t.morph.get("VerbForm", [])]
    finite = [t for t in finite if t is verb or t.dep_.startswith("aux")]
    return "Plur" in noun.morph.get("Number", []) and any(
        "Sing" in t.morph.get("Number", []) for t in finite
    )


def _verb_phrase(doc: Doc, verb: Token, subject: Token, sent_end: int) -> str | None:
    """Return auxiliaries, verb and what follows it in its clause, without the subject."""
    start = min(
        [verb.i]
        + [
            t.i
            for t in verb.children
            if t.i < verb.i and (t.dep_.startswith(("aux", "expl")) or t.lower_ in ("ne", "n'"))
        ]
    )
    if start <= subject.i < verb.i:
        start = verb.i
    end = verb.i + 1
    stop = min(sent_end, verb.right_edge.i + 1)  # « les 300 salariés qui travaillent ici ont … »
    while (
        end < stop
        and end - verb.i < 12
        and doc[end].pos_ not in _PREDICATE_STOP
        and doc[end].lower_ not in ("qui", "que", "qu'", "dont")
    ):
        end += 1
    end = _closed(doc, start, end, sent_end)
    return " ".join(doc[start:end].text.split()) or None  # blanked marks leave space runs


def _closed(doc: Doc, start: int, end: int, sent_end: int) -> int:
    """Return where a verb phrase ends so that it never stops inside quote marks: on the closing
    mark when it comes next (« ont comparu pour « vol » »), else before the opening one."""
    opened = [t.i for t in doc[start:end] if t.text == "«"]
    closed = sum(1 for t in doc[start:end] if t.text == "»")
    if len(opened) <= closed:
        return end
    if end < sent_end and doc[end].text == "»" and len(opened) == closed + 1:
        return end + 1
    return opened[closed]


def _context(doc: Doc, quantity: Quantity) -> str | None:
    """Return a short place complement of the quantity's clause (« en Bretagne »), if one is clear:
    the nearest one (« six à Brenne, trois à Valmont »: each number its own place)."""
    sent = quantity_sentence(quantity)
    for ent in sorted(
        ents_in(sent), key=lambda e: (abs(e.start - quantity.start), e.start < quantity.start)
    ):
        near = abs(ent.start - quantity.start) <= 12
        if (
            near
            and ent.label_ == "LOC"
            and ent.start > sent.start
            and doc[ent.start - 1].lower_ in ("en", "à", "au", "aux", "dans")
        ):
            return f"{doc[ent.start - 1].text} {ent.text}"
    return None
