"""Extract quantity facts: a number, its hedge or bound, what it counts and what it is about."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from generators import lexicon
from generators.extract.context import Context
from generators.french import numbers
from generators.records import Fact

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_THREE_DIGITS = re.compile(r"^\d{3}$")
_NOUNS = ("NOUN", "PROPN")
_NOT_NOUNS = ("ADP", "CCONJ", "SCONJ", "PRON", "AUX", "PUNCT", "ADV", "NUM", "SYM", "INTJ")
_ELLIPSIS_BEFORE = ("(", "dont", "et", ",", "soit")
_PREDICATE_STOP = ("PUNCT", "SCONJ", "CCONJ")


@dataclass
class Quantity:
    """A quantity being read from a sentence: token positions and the values found so far."""

    start: int  # first token of the number (hedge excluded)
    end: int  # token after the number (and its scale word)
    value: float
    has_scale: int = 1
    approx: bool = False
    value_max: float | None = None
    bound: str | None = None
    unit: Span | None = None
    unit_text: str | None = None
    unit_end: int | None = None  # token after the unit when it goes on (« fois par jour »)
    inherited: bool = False
    char_start: int = 0
    char_end: int = 0
    sent: Span | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def extract(doc: Doc, offset: int, ctx: Context) -> list[Fact]:
    """Return the quantity facts of `doc`."""
    facts: list[Fact] = []
    for sent in doc.sents:
        keys: set[tuple[str, str]] = set()
        for quantity in _sentence_quantities(doc, sent):
            fields = _fields(doc, quantity, offset, ctx)
            key = (str(fields["unit"]), str(fields["subject"]))
            if key in keys:  # two quantities of one sentence need two ids
                fields["subject"] = f"{fields['subject']} ({_following_words(doc, quantity)})"
            keys.add((str(fields["unit"]), str(fields["subject"])))
            facts.append(ctx.fact("quantity", sent, offset, **fields))
    return facts


def _following_words(doc: Doc, quantity: Quantity) -> str:
    """Return the few words after a quantity, to tell it from another of the same sentence."""
    start = _unit_end(quantity)
    sent = _sent(quantity)
    end = start
    while end < sent.end and end - start < 5 and doc[end].text not in (",", ";", ")", "(", "."):
        end += 1
    return doc[start:end].text or doc[quantity.start : start].text


def _sentence_quantities(doc: Doc, sent: Span) -> list[Quantity]:
    """Return the quantities of one sentence, in text order."""
    found: list[Quantity] = []
    i = sent.start
    while i < sent.end:
        tok = doc[i]
        if not (tok.like_num or tok.text[:1].isdigit() or numbers.is_number_word(tok.lower_)):
            i += 1
            continue
        quantity = _read_quantity(doc, i, sent, found)
        if quantity is None:
            i += 1
            continue
        found.append(quantity)
        i = max(_unit_end(quantity), i + 1)
        denominator = quantity.extra.get("denominator")
        if isinstance(denominator, Quantity):
            found.append(denominator)
            i = max(denominator.end, i)
    return found


def _unit_end(quantity: Quantity) -> int:
    """Return the token after the quantity's unit (or after its number when it has none)."""
    if quantity.unit_end is not None:
        return quantity.unit_end
    return quantity.unit.end if quantity.unit is not None else quantity.end


@functools.cache
def _phrases(name: str) -> tuple[str, ...]:
    return tuple(sorted(lexicon.word_set(name), key=len, reverse=True))


def _read_number(doc: Doc, i: int, limit: int) -> tuple[int, float, int, bool] | None:
    """Read a number at token `i`: (end, value, scale, approx) or None."""
    tok = doc[i]
    if numbers.is_digits(tok.text):
        text, j = tok.text, i + 1
        if re.fullmatch(r"\d{1,3}", tok.text):
            while j < limit and doc[j - 1].whitespace_ and _THREE_DIGITS.match(doc[j].text):
                text, j = f"{text} {doc[j].text}", j + 1
        value = numbers.parse_digits(text)
    elif numbers.is_number_word(tok.text):
        j = i + 1
        while j < limit and (
            numbers.is_number_word(doc[j].text)
            or (
                doc[j].lower_ == "et"
                and j + 1 < limit
                and doc[j + 1].lower_ in ("un", "une", "onze")
            )
        ):
            j += 1
        value = numbers.parse_words(doc[i:j].text)
    else:
        return None
    if value is None:
        return None
    return _read_scale(doc, j, limit, value)


def _read_scale(doc: Doc, j: int, limit: int, value: float) -> tuple[int, float, int, bool]:
    """Apply a scale word (« millions ») or a collective noun (« une quinzaine ») after a number."""
    if j < limit:
        word = doc[j].lower_
        factor = numbers.scale(word)
        if (factor and factor > 1000) or (factor and not numbers.is_number_word(doc[j - 1].text)):
            return j + 1, value * factor, factor, False
        collective = numbers.approx_noun(word)
        if collective:
            return j + 1, value * collective, 1, True
    return j, value, 1, False


def _read_quantity(doc: Doc, i: int, sent: Span, found: list[Quantity]) -> Quantity | None:
    """Read a quantity whose number starts at token `i`, or return None."""
    if i > sent.start and (
        numbers.is_digits(doc[i - 1].text) or numbers.is_number_word(doc[i - 1].text)
    ):
        return None  # inside a number already rejected
    number = _read_number(doc, i, sent.end)
    if number is None or _is_label(doc, i, sent):
        return None
    end, value, factor, approx = number
    quantity = Quantity(i, end, value, factor, approx, sent=sent)
    _read_range(doc, quantity, sent)
    quantity.unit = _read_unit(doc, quantity, sent)
    quantity.unit_text = quantity.unit.text if quantity.unit is not None else None
    _read_rate(doc, quantity, sent)
    if not _acceptable(doc, quantity, sent):
        return None
    if quantity.unit is None and not (
        _read_group(doc, quantity, sent)
        or _read_ratio(doc, quantity, sent)
        or _resolve_bare(doc, quantity, sent, found)
    ):
        return None
    _read_hedges(doc, quantity, sent)
    if quantity.unit_text is None and not found and not (quantity.approx or quantity.bound):
        return None
    return quantity


def _read_rate(doc: Doc, quantity: Quantity, sent: Span) -> None:
    """Extend the unit with a rate: « deux fois par jour », « deux jours d'audience par semaine »."""
    if quantity.unit is None or quantity.unit.text.lower() in ("%", "pour cent"):
        return  # « 2 % par an » stays a percentage
    k = quantity.unit.end
    if k + 2 < sent.end and doc[k].lower_ in ("de", "d'") and doc[k + 1].pos_ == "NOUN":
        k += 2  # a complement of the unit before the rate
    if (
        k + 1 < sent.end
        and doc[k].lower_ == "par"
        and doc[k + 1].lower_ in lexicon.word_set("quantity_rate_nouns")
    ):
        quantity.unit_end = k + 2
        quantity.unit_text = doc[quantity.unit.start : k + 2].text


def _read_group(doc: Doc, quantity: Quantity, sent: Span) -> bool:
    """Read « Les candidats, au nombre de douze »: the number counts the noun the phrase is about."""
    found = _group_intro(doc, quantity.start, sent)
    counted = _group_noun(doc, found[0], found[1], sent) if found is not None else None
    if found is None or counted is None:
        return False
    quantity.unit_text = _head_phrase(counted)
    quantity.extra.update(text_start=found[0], subject=quantity.unit_text, noun=counted)
    return True


def _group_intro(doc: Doc, start: int, sent: Span) -> tuple[int, int] | None:
    """Return the tokens of « au nombre de » before `start`, hedges allowed between (« d'environ »)."""
    intros = lexicon.word_set("quantity_count_intros")
    end = start
    while end > sent.start:
        for j in range(end - 1, max(sent.start, end - 5) - 1, -1):
            if doc[j:end].text.lower() in intros:
                return j, end
        if doc[end - 1].lower_ not in _hedge_words():
            return None
        end -= 1
    return None


def _group_noun(doc: Doc, intro: int, start: int, sent: Span) -> Token | None:
    """Return the noun « au nombre de » (tokens `intro` to `start`) is attached to, or None."""
    noun = next((t for t in doc[intro:start] if t.pos_ in _NOUNS), doc[intro])
    candidates = [noun.head, *noun.children, *noun.head.children]
    counted = next(
        (
            t
            for t in candidates
            if t.i < intro
            and t.pos_ in _NOUNS
            and t.ent_type_ != "PER"
            and (t.i == noun.head.i or t.dep_.startswith("nsubj"))
        ),
        None,
    )
    if counted is None and intro - 2 >= sent.start and doc[intro - 1].text == ",":
        counted = _phrase_head(doc[intro - 2])  # the parser missed the apposition
    return counted if counted is not None and counted.pos_ in _NOUNS else None


def _phrase_head(tok: Token) -> Token:
    """Return the noun a phrase ending at `tok` is about (« naufrage » → « rescapés du naufrage »)."""
    while tok.dep_ == "nmod" and tok.head.i < tok.i and tok.head.pos_ in _NOUNS:
        tok = tok.head
    return tok


def _read_ratio(doc: Doc, quantity: Quantity, sent: Span) -> bool:
    """Read « (92 sur 1 065) » after « 9 % des patients »: both numbers count that group."""
    k = quantity.end
    if quantity.value_max is not None or k + 1 >= sent.end or doc[k].lower_ != "sur":
        return False
    second = _read_number(doc, k + 1, sent.end)
    if second is None or second[3] or second[1] < quantity.value:
        return False
    denominator = Quantity(k + 1, second[0], second[1], second[2], sent=sent)
    if _read_unit(doc, denominator, sent) is not None:
        return False
    share = _share_group(doc, quantity.start, sent)
    if share is None:
        return False
    noun, subject = share
    quantity.unit_text, quantity.unit_end = noun.text, denominator.end
    quantity.extra.update(subject=subject, noun=noun.root)
    denominator.unit_text = noun.text
    denominator.extra.update(subject=subject, noun=noun.root)
    _read_hedges(doc, denominator, sent)
    quantity.extra["denominator"] = denominator
    return True


def _share_group(doc: Doc, before: int, sent: Span) -> tuple[Span, str] | None:
    """Return the group of the nearest share before `before` (« 9 % des patients sous X »)."""
    shares = lexicon.word_set("quantity_share_nouns")
    for k in range(before - 1, max(sent.start, before - 20), -1):
        if doc[k].text in (";", ":"):
            return None
        if doc[k].lower_ not in shares and doc[k - 1 : k + 1].text.lower() not in shares:
            continue
        j = k + 1
        if j + 1 >= before or doc[j].lower_ not in ("de", "d'", "des", "du"):
            continue
        j += 1 if doc[j + 1].pos_ == "DET" else 0
        noun = _noun_phrase(doc, j + 1, sent)
        if noun is not None:
            return noun, _complement(doc, k + 1, sent) or noun.text
    return None


def _sent(quantity: Quantity) -> Span:
    """Return the sentence of a quantity (set when it is read)."""
    assert quantity.sent is not None
    return quantity.sent


def _is_label(doc: Doc, i: int, sent: Span) -> bool:
    """Return whether the number at `i` is a label, a reference marker or a denominator."""
    if i == sent.start:
        return False
    before = doc[i - 1]
    if before.lower_ in lexicon.word_set("quantity_label_nouns"):
        return True
    if before.text == "[" or before.lower_ in ("tous", "toutes", "n°", "l'"):
        return True
    glued = before.text in ("-", "–", "/") and not before.whitespace_
    if glued and i - 2 >= sent.start and not doc[i - 2].whitespace_ and doc[i - 2].is_digit:
        return True  # « 2-0 », « 2021-2022 », « 5/10 »: a score, a span of years, a ratio
    if before.lower_ == "sur" and any(t.like_num for t in doc[max(sent.start, i - 3) : i - 1]):
        return True  # a denominator: « 92 sur 1 065 », « un patient sur 10 »
    return before.lower_ in numbers.table("event_months")


def _read_range(doc: Doc, quantity: Quantity, sent: Span) -> None:
    """Read « 300 à 600 millions », « entre 4 000 et 7 000 », « deux à trois » into value_max."""
    j = quantity.end
    if j + 1 >= sent.end or doc[j].lower_ not in ("à", "-", "et", "ou"):
        return
    if doc[j].lower_ == "et" and not (
        quantity.start > sent.start and doc[quantity.start - 1].lower_ == "entre"
    ):
        return
    second = _read_number(doc, j + 1, sent.end)
    if second is None:
        return
    end, value, factor, _ = second
    first = quantity.value * (factor if quantity.has_scale == 1 else 1)
    if value <= first:
        return
    if quantity.has_scale == 1 and factor > 1:
        quantity.value, quantity.has_scale = first, factor
    quantity.value_max, quantity.end = value, end


def _read_unit(doc: Doc, quantity: Quantity, sent: Span) -> Span | None:
    """Return the tokens of what the number counts (« soldats français », « % », « francs »)."""
    k = quantity.end
    if k >= sent.end:
        return None
    if doc[k].text == "%":
        return doc[k : k + 1]
    if doc[k].lower_ == "pour" and k + 1 < sent.end and doc[k + 1].lower_ == "cent":
        return doc[k : k + 2]
    if quantity.has_scale > 1 or quantity.approx:
        if doc[k].lower_ in ("de", "d'") and k + 1 < sent.end:
            return _noun_phrase(doc, k + 1, sent)
        return None
    if doc[k].text == "US" and k + 1 < sent.end and doc[k + 1].text == "$":
        return doc[k : k + 2]
    if doc[k].text in lexicon.words("quantity_currencies"):
        return doc[k : _per_unit_end(doc, k + 1, sent)]
    while k < sent.end and doc[k].lower_ in lexicon.word_set("quantity_skip_adjectives"):
        k += 1
    return _noun_phrase(doc, k, sent, after_number=k == quantity.end)


def _per_unit_end(doc: Doc, end: int, sent: Span) -> int:
    """Return the end of a unit written with a glued slash (« km/h », « mg/l »)."""
    if (
        end + 1 < sent.end
        and doc[end].text == "/"
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and re.fullmatch(r"[^\W\d_]+[²³]?", doc[end + 1].text)
    ):
        return end + 2
    return end


def _mistagged_noun(doc: Doc, k: int, sent: Span, after_number: bool) -> bool:
    """Return whether a word the tagger missed is the counted noun (« 12 buts », « 50 salariés »)."""
    tok = doc[k]
    if not tok.is_alpha or tok.pos_ in _NOT_NOUNS or "Fin" in tok.morph.get("VerbForm", []):
        return False
    if tok.pos_ == "DET" and tok.morph.get("PronType", []):
        return False
    counted = any(t.head.i == k and t.like_num for t in doc[max(sent.start, k - 3) : k])
    plural = "Plur" in tok.morph.get("Number", []) or tok.lower_.endswith(("s", "x"))
    return tok.text[:1].isupper() or counted or (after_number and plural and tok.is_lower)


def _noun_phrase(doc: Doc, k: int, sent: Span, after_number: bool = False) -> Span | None:
    """Return the noun at `k` with the adjectives right after it, or None if `k` is no noun."""
    if k >= sent.end:
        return None
    head = doc[k]
    if head.pos_ not in _NOUNS and not _mistagged_noun(doc, k, sent, after_number):
        return None
    if (
        head.ent_type_ == "PER"
        or head.lower_ in numbers.table("event_months")
        or head.lower_ in lexicon.word_set("numbers_fractions")
    ):
        return None
    end = k + 1
    while (
        end < sent.end
        and not doc[end - 1].whitespace_
        and (doc[end].text.startswith("-") or doc[end - 1].text.endswith("-"))
    ):
        end += 1  # « aides-éducateurs » split by the tokenizer
    end = _per_unit_end(doc, end, sent)
    while end < sent.end and doc[end].pos_ == "ADJ" and doc[end].head.i == k and doc[end].is_lower:
        end += 1
    return doc[k:end]


def _acceptable(doc: Doc, quantity: Quantity, sent: Span) -> bool:
    """Reject years, dates, clock times and « un » used as an article."""
    first = doc[quantity.start]
    unit = quantity.unit
    if numbers.looks_like_year(first.text) and quantity.has_scale == 1:
        plural = "Plur" in unit.root.morph.get("Number", []) if unit is not None else False
        if not (unit is not None and unit.root.pos_ == "NOUN" and plural and unit.root.is_lower):
            return False  # a year, unless a plural noun is counted: « 2000 euros », « en 2000 exemplaires »
    if quantity.end < sent.end and doc[quantity.end].lower_ in numbers.table("event_months"):
        return False
    if quantity.end < sent.end and doc[quantity.end].lower_ in lexicon.word_set(
        "numbers_fractions"
    ):
        return False
    if unit is not None and unit.root.lower_ in lexicon.word_set("quantity_address_nouns"):
        return False
    if (
        unit is not None
        and unit.root.lower_ == "fois"
        and unit.end < sent.end
        and doc[unit.end].lower_ in lexicon.word_set("quantity_comparatives")
    ):
        return False  # « deux fois plus grande »: a ratio, not a count
    if re.fullmatch(r"\d{5}", first.text) and unit is not None and unit.root.text[:1].isupper():
        return False  # a postal code before a town
    if _in_title(doc, quantity, sent) or _in_product_name(doc, quantity, sent):
        return False
    if (
        unit is not None
        and unit.root.lower_.rstrip(".") in ("heure", "heures", "h")
        and _is_clock(doc, quantity, sent)
    ):
        return False
    if (
        quantity.value == 1
        and quantity.value_max is None
        and quantity.has_scale == 1
        and not quantity.approx
    ):
        return _counts_one(doc, quantity)
    return True


def _counts_one(doc: Doc, quantity: Quantity) -> bool:
    """Return whether « un »/« une »/« 1 » is the number one here, not an article."""
    unit = quantity.unit
    return unit is not None and (
        (numbers.is_digits(doc[quantity.start].text) and not _proportion(doc, quantity))  # « 1 % »
        or unit.root.lower_ in lexicon.word_set("quantity_single_units")
        or quantity.unit_end is not None  # « une fois par jour »
        or _only_one(doc, quantity)
    )


def _in_title(doc: Doc, quantity: Quantity, sent: Span) -> bool:
    """Return whether a capitalized number word names something (« la guerre de Cent Ans »)."""
    first, unit = doc[quantity.start], quantity.unit
    return (
        quantity.start > sent.start
        and first.is_alpha
        and first.text[:1].isupper()
        and doc[quantity.start - 1].text not in (".", "(", '"', "«", ":", "-", "–")
        and unit is not None
        and unit.root.text[:1].isupper()
    )


def _in_product_name(doc: Doc, quantity: Quantity, sent: Span) -> bool:
    """Return whether digits belong to a name: glued « 5G », « 3D », or « Boeing 737 MAX »."""
    unit = quantity.unit
    if unit is None or not unit.root.text[:1].isupper():
        return False
    if unit.root.text in lexicon.words("quantity_currencies"):
        return False
    if not doc[quantity.end - 1].whitespace_ and unit.start == quantity.end:
        return True  # « la 5G »
    before = doc[quantity.start - 1] if quantity.start > sent.start + 1 else None
    return (
        before is not None
        and before.text[:1].isupper()
        and before.pos_ == "PROPN"
        and numbers.is_digits(doc[quantity.start].text)
        and (unit.root.pos_ == "PROPN" or unit.root.is_upper)
    )


def _proportion(doc: Doc, quantity: Quantity) -> bool:
    """Return whether the unit is followed by « sur N » (« 1 patient sur 100 »): a share, no count."""
    end, sent = _unit_end(quantity), _sent(quantity)
    return end + 1 < sent.end and doc[end].lower_ == "sur" and doc[end + 1].like_num


def _only_one(doc: Doc, quantity: Quantity) -> bool:
    """Return whether « un seul », « une seule » makes a count of one (not « d'un seul coup »)."""
    start, sent = quantity.start, _sent(quantity)
    markers = lexicon.word_set("quantity_one_markers")
    if start + 1 >= sent.end or doc[start + 1].lower_ not in markers:
        return False
    if start == sent.start:
        return True
    before = doc[start - 1].lower_
    if before in lexicon.word_set("quantity_one_idioms"):
        return False
    if before in ("que", "qu'"):
        return True  # « n'a marqué qu'un seul but »
    k = start - 1
    while k > sent.start and doc[k].pos_ != "PUNCT":
        k -= 1
    negations = lexicon.word_set("quantity_negations")
    return not any(t.lower_ in negations for t in doc[k:start])  # « pas un seul but »


def _is_clock(doc: Doc, quantity: Quantity, sent: Span) -> bool:
    """Return whether « N heures » is a time of day rather than a duration."""
    before = doc[max(sent.start, quantity.start - 2) : quantity.start].text.lower()
    if before.endswith(("à", "vers", "il est", "est", "avant", "après", "dès", "jusqu'à")):
        return True
    unit_end = quantity.unit.end if quantity.unit is not None else quantity.end
    if unit_end < sent.end and doc[unit_end].like_num and not before.endswith(("en", "pendant")):
        return True  # « 20 h 30 »
    after = (
        doc[quantity.unit.end : min(sent.end, quantity.unit.end + 3)].text.lower()
        if quantity.unit
        else ""
    )
    if before.endswith("de") and re.match(r"(à|a) \d+ ?(h|heures?)\b", after):
        return True  # « de 7 h à 21 h »: opening hours
    if before.endswith("de") and after.startswith(
        tuple(f"à {w}" for w in lexicon.words("quantity_clock_nouns"))
    ):
        return True  # « de 8 h à midi »
    return any(after.startswith(p) for p in lexicon.words("quantity_clock_words"))


def _resolve_bare(doc: Doc, quantity: Quantity, sent: Span, found: list[Quantity]) -> bool:
    """Give a number without a noun the unit of an earlier quantity it is part of (« dont 14 »)."""
    k = quantity.start - 1
    while k > sent.start and doc[k].lower_ in _hedge_words():
        k -= 1  # « contre environ 1 000 »: the word before the hedge
    before = doc[k].lower_ if k >= sent.start else ""
    if quantity.has_scale > 1:  # « (21 millions) » after « 53 millions de francs »
        scaled = next((q for q in reversed(found) if q.unit_text and q.has_scale > 1), None)
        if scaled is None:
            return _number_of(
                doc, quantity, sent
            )  # « le nombre de diabétiques dépasse 3,5 millions »
        quantity.unit_text, quantity.inherited = scaled.unit_text, True
        return True
    durations = lexicon.word_set("quantity_duration_units")
    antecedent = next(
        (
            q
            for q in reversed(found)
            if q.unit_text and (before != "contre" or q.unit_text.lower() not in durations)
        ),
        None,
    )
    if antecedent is None:
        return _number_of(doc, quantity, sent) or _hedged(doc, quantity, sent)
    mantissa = antecedent.value / antecedent.has_scale
    part = before in _ELLIPSIS_BEFORE and quantity.value <= mantissa  # « 43 prévenus, dont 14 »
    if part or (before == "contre" and antecedent.has_scale == 1):  # « 1 250 salariés contre 980 »
        quantity.value *= antecedent.has_scale
        quantity.has_scale = antecedent.has_scale
        quantity.unit_text, quantity.inherited = antecedent.unit_text, True
        quantity.extra["ellipsis"] = True
        return True
    return _number_of(doc, quantity, sent) or _hedged(doc, quantity, sent)


def _number_of(doc: Doc, quantity: Quantity, sent: Span) -> bool:
    """Give a bare number the noun of « le nombre de chômeurs » said before it in the clause."""
    nouns = lexicon.word_set("quantity_count_nouns")
    for k in range(quantity.start - 1, max(sent.start, quantity.start - 15) - 1, -1):
        if doc[k].text in (";", ":", "(", ")"):
            return False
        if doc[k].lower_ not in nouns or (k > sent.start and doc[k - 1].lower_ == "au"):
            continue
        j = k + 1
        while k > sent.start and doc[k - 1].lower_ in nouns:
            k -= 1  # « nombre total de »
        while j < quantity.start and doc[j].pos_ == "ADJ":
            j += 1  # « nombre total de »
        if j + 1 < quantity.start and doc[j].lower_ in ("de", "d'", "des"):
            noun = _noun_phrase(doc, j + 1, sent)
            if noun is None and doc[j + 1].head.i in range(k, j) and doc[j + 1].is_alpha:
                noun = doc[j + 1 : j + 2]  # « le nombre de diabétiques », tagged as an adjective
            if noun is not None and noun.end <= quantity.start:
                quantity.unit_text = noun.text
                quantity.extra.update(
                    subject=doc[k : noun.end].text.replace("' ", "'"), noun=noun.root
                )
                return True
    return False


@functools.cache
def _hedge_words() -> frozenset[str]:
    """Return the single words of the hedge and bound phrases (« environ », « près », « de »…)."""
    names = ("quantity_hedges", "quantity_lower_bounds", "quantity_upper_bounds")
    return frozenset(w for name in names for phrase in _phrases(name) for w in phrase.split())


def _hedged(doc: Doc, quantity: Quantity, sent: Span) -> bool:
    """Keep a number without a noun only when a hedge or bound shows it is a count."""
    before = doc[max(sent.start, quantity.start - 4) : quantity.start].text.lower()
    return any(
        before.endswith(p)
        for name in ("quantity_hedges", "quantity_lower_bounds", "quantity_upper_bounds")
        for p in _phrases(name)
    )


def _read_hedges(doc: Doc, quantity: Quantity, sent: Span) -> None:
    """Find hedges and bounds before the number and « environ » after it; set the text span."""
    quantity.char_start = doc[quantity.start].idx
    if (
        quantity.value_max is not None
        and quantity.start > sent.start
        and doc[quantity.start - 1].lower_ in ("entre", "de")
    ):
        quantity.char_start = doc[quantity.start - 1].idx  # « entre 800 et 900 hommes »
    last = _unit_end(quantity)
    quantity.char_end = doc[last - 1].idx + len(doc[last - 1].text)
    text = sent.text
    before = text[: quantity.char_start - sent.start_char].lower()
    for name, kind in (
        ("quantity_lower_bounds", "lower"),
        ("quantity_upper_bounds", "upper"),
        ("quantity_hedges", "approx"),
    ):
        phrase = _ending_phrase(before, _phrases(name))
        if phrase:
            quantity.char_start -= len(before) - len(before.rstrip()) + len(phrase)
            if kind == "approx":
                quantity.approx = True
            else:
                quantity.bound = kind
            break
    if "text_start" in quantity.extra:  # « au nombre de cinq »
        quantity.char_start = min(quantity.char_start, doc[quantity.extra["text_start"]].idx)
    _hedge_verb(doc, quantity, sent)
    after = text[quantity.char_end - sent.start_char :].lower()
    for phrase in _phrases("quantity_postposed_hedges"):
        if re.match(rf"\s*,?\s*{re.escape(phrase)}\b", after):
            quantity.approx = True
            quantity.char_end += after.index(phrase) + len(phrase)
            break


def _ending_phrase(before: str, phrases: tuple[str, ...]) -> str | None:
    """Return the phrase of `phrases` that ends `before` (as whole words), or None."""
    stripped = before.rstrip()
    for phrase in phrases:
        if stripped.endswith(phrase) and (
            len(stripped) == len(phrase) or not stripped[-len(phrase) - 1].isalnum()
        ):
            return phrase
    return None


def _hedge_verb(doc: Doc, quantity: Quantity, sent: Span) -> None:
    """Mark « avoisineraient les 850 000 F » approximate from the verb's lemma."""
    k = quantity.start - 1
    while k >= sent.start and doc[k].pos_ == "DET":
        k -= 1
    if k >= sent.start and doc[k].lemma_.lower() in lexicon.word_set("quantity_hedge_verbs"):
        quantity.approx = True


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
    fields.update(
        {"unit": unit_text, "text": text, "subject": _subject(doc, quantity) or unit_text}
    )
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
    sent = _sent(quantity)
    after = unit.end if unit is not None else quantity.end
    if quantity.extra.get("subject"):
        return str(quantity.extra["subject"])
    if quantity.extra.get("ellipsis"):
        return _inherited_subject(doc, quantity)
    if unit is not None and not _is_measure(unit):
        complement = _complement(doc, after, sent, keep_preposition=True)
        return f"{unit.text} {complement}" if complement else unit.text
    complement = _complement(doc, after, sent)
    if complement:
        return complement
    for child in anchor.rights:
        if child.dep_ == "nmod" and any(
            c.dep_ == "case" and c.lower_ in ("pour", "à", "chez") for c in child.children
        ):
            return _head_phrase(child)
    while anchor.head.i != anchor.i and quantity.start <= anchor.head.i < after:
        anchor = anchor.head  # « euros » → « milliards » in « 12,5 milliards d'euros »
    head = anchor.head
    if anchor.dep_ in ("nmod", "appos") and head.pos_ in _NOUNS and head.i < quantity.start:
        return _head_phrase(head)
    if head.pos_ in ("VERB", "AUX"):
        subject = next(
            (c for c in head.children if c.dep_.startswith("nsubj") and c.pos_ in _NOUNS), None
        )
        if subject is not None:
            return _head_phrase(subject)
    return None


def _inherited_subject(doc: Doc, quantity: Quantity) -> str:
    """Return « prévenus : ont fait appel » for a number whose unit comes from an earlier one."""
    sent = _sent(quantity)
    end = quantity.end
    while end < sent.end and end - quantity.end < 7 and doc[end].pos_ not in ("PUNCT", "NUM"):
        end += 1
    words = doc[quantity.end : end].text
    return f"{quantity.unit_text} : {words}" if words else str(quantity.unit_text)


def _is_measure(unit: Span) -> bool:
    """Return whether the unit measures something (years, euros, %) rather than counts it."""
    if unit.text.lower() in lexicon.word_set("quantity_time_units"):
        return True
    return unit.root.text in lexicon.words(
        "quantity_time_units"
    ) or unit.root.lower_ in lexicon.word_set("quantity_time_units")


def _head_phrase(tok: Token) -> str:
    """Return a noun with its adjectives and name parts (« nouveau contrat », « Parti républicain »)."""
    parts = [tok] + [
        c
        for c in tok.children
        if c.dep_ in ("amod", "flat:name", "flat", "fixed") and c.pos_ != "PUNCT"
    ]
    first, last = min(t.i for t in parts), max(t.i for t in parts)
    if last - first + 1 != len(parts):
        return tok.text
    doc = tok.doc
    if (
        last + 2 < len(doc)
        and doc[last + 1].lower_ in ("de", "d'")
        and doc[last + 2].head.i == tok.i
        and doc[last + 2].pos_ == "NOUN"
    ):
        last += 2  # « chiffre d'affaires », « taux de chômage »
    return doc[first : last + 1].text.replace("' ", "'")


def _complement(doc: Doc, k: int, sent: Span, keep_preposition: bool = False) -> str | None:
    """Return the « de X » complement right after position `k` (up to five words), or None."""
    if k + 1 >= sent.end or doc[k].lower_ not in ("de", "d'", "des", "du"):
        return None
    end = k + 1
    while (
        end < sent.end
        and end - k <= 5
        and doc[end].pos_ not in ("PUNCT", "CCONJ", "NUM", "VERB", "AUX", "SCONJ", "PRON")
        and doc[end].lower_ not in ("qui", "que", "dont")
    ):
        end += 1
    while end > k + 1 and doc[end - 1].pos_ in ("ADP", "DET"):
        end -= 1
    span = doc[k + 1 : end]
    if not any(t.pos_ in _NOUNS for t in span):
        return None
    return doc[k:end].text.replace("' ", "'") if keep_preposition else span.text


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
    if verb is None:
        return None
    return _verb_phrase(doc, verb, noun, _sent(quantity).end)


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
    while (
        end < sent_end
        and end - verb.i < 12
        and doc[end].pos_ not in _PREDICATE_STOP
        and doc[end].lower_ not in ("qui", "que", "qu'", "dont")
    ):
        end += 1
    return " ".join(doc[start:end].text.split()) or None  # blanked marks leave space runs


def _context(doc: Doc, quantity: Quantity) -> str | None:
    """Return a short place complement of the quantity's clause (« en Bretagne »), if one is clear."""
    sent = _sent(quantity)
    for ent in sent.ents:
        near = abs(ent.start - quantity.start) <= 12
        if (
            near
            and ent.label_ == "LOC"
            and ent.start > sent.start
            and doc[ent.start - 1].lower_ in ("en", "à", "au", "aux", "dans")
        ):
            return f"{doc[ent.start - 1].text} {ent.text}"
    return None
