"""Read the quantities of a sentence: number, scale, unit, range, rate, ratio, group, hedges."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from generators import lexicon
from generators.french import numbers

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token
import re

from generators.extract import amount_factors, amount_marks, amount_ranges
from generators.extract.amount_checks import acceptable, resolve_bare
from generators.extract.amount_hedges import read_hedges
from generators.extract.amounts import (
    NOUNS,
    THREE_DIGITS,
    Quantity,
    complement_phrase,
    compound_units,
    end_of_unit,
    head_phrase,
    hedge_words,
    hyphen_piece,
    is_label,
    noun_phrase,
    per_unit_end,
    phrase_head,
    quantity_sentence,
)
from generators.extract.tokens import doc_memo, tokens_where


def following_words(doc: Doc, quantity: Quantity) -> str:
    """Return the few words after a quantity, to tell it from another of the same sentence."""
    start = end_of_unit(quantity)
    sent = quantity_sentence(quantity)
    end = start
    while end < sent.end and end - start < 5 and doc[end].text not in (",", ";", ")", "(", "."):
        end += 1
    return doc[start:end].text or doc[quantity.start : start].text


def sentence_quantities(doc: Doc, sent: Span) -> list[Quantity]:
    """Return the quantities of one sentence, in text order."""
    found: list[Quantity] = []
    starts = _number_tokens(doc)
    i = sent.start
    while i < sent.end:
        if i not in starts:
            i += 1
            continue
        quantity = _read_quantity(doc, i, sent, found)
        if quantity is None:
            i += 1
            continue
        found.append(quantity)
        i = max(end_of_unit(quantity), i + 1)
        denominator = quantity.extra.get("denominator")
        if isinstance(denominator, Quantity):
            found.append(denominator)
            i = max(denominator.end, i)
    return found


def _number_tokens(doc: Doc) -> frozenset[int]:
    """Return the tokens a quantity may start at: like a number, a digit first or a number word
    (read from the doc's arrays once per doc)."""
    memo = doc_memo(doc, "number_tokens")
    found = memo.get("tokens")
    if found is None:
        likes: Any = doc.to_array("LIKE_NUM")
        worded = tokens_where(doc, ("ORTH", "LOWER"), _numeric)
        found = memo["tokens"] = worded | {i for i, like in enumerate(likes.tolist()) if like}
    return found  # type: ignore[no-any-return]


def _numeric(text: str, lower: str) -> bool:
    return text[:1].isdigit() or numbers.is_number_word(lower) or bool(_SIGNED.fullmatch(text))


# a signed change, one token: « (+0,4 point) », « -0,3 point », « −2 % » (the minus sign too)
_SIGNED = re.compile(r"[+\-−]\d+(?:,\d+)?")


def _read_number(doc: Doc, i: int, limit: int) -> tuple[int, float, int, bool] | None:
    """Read a number at token `i`: (end, value, scale, approx) or None."""
    tok = doc[i]
    signed = bool(_SIGNED.fullmatch(tok.text))
    first = tok.text[1:] if signed else tok.text
    if numbers.is_digits(first):
        text, j = first, i + 1
        if re.fullmatch(r"\d{1,3}", first):
            while j < limit and doc[j - 1].whitespace_:
                k = j + 1 if doc[j].is_space and j + 1 < limit else j  # « 3  000 »: two blanks
                if not THREE_DIGITS.match(doc[k].text):
                    break
                text, j = f"{text} {doc[k].text}", k + 1
            if j < limit and doc[j - 1].whitespace_ and re.fullmatch(r"\d{3},\d+", doc[j].text):
                text, j = f"{text} {doc[j].text}", j + 1  # « 1 143,72 »: decimals in the last group
        value = numbers.parse_digits(text)
        if value is not None and signed and tok.text[0] != "+":
            value = -value  # « (-0,3 point) »: a fall
    elif numbers.is_number_word(tok.text):
        j = i + 1
        while j < limit and (
            numbers.is_number_word(doc[j].text)
            or _hyphen_in_number(doc, j, limit)
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


def _hyphen_in_number(doc: Doc, j: int, limit: int) -> bool:
    """Return whether token `j` is a hyphen the tokenizer split out of « Quarante-cinq »."""
    glued = j + 1 < limit and not doc[j - 1].whitespace_ and not doc[j].whitespace_
    return glued and doc[j].text == "-" and numbers.is_number_word(doc[j + 1].text)


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
        numbers.is_digits(doc[i - 1].text)
        or numbers.is_number_word(doc[i - 1].text)
        or (
            i - 1 > sent.start
            and _hyphen_in_number(doc, i - 1, sent.end)
            and numbers.is_number_word(doc[i - 2].text)
        )
    ):
        return None  # inside a number already rejected
    number = _read_number(doc, i, sent.end)
    if number is None or is_label(doc, i, sent):
        return None
    end, value, factor, approx = number
    quantity = Quantity(i, end, value, factor, approx, sent=sent)
    if _change_verb(doc, quantity, sent) is None:
        _read_range(doc, quantity, sent)
    quantity.unit = _read_unit(doc, quantity, sent)
    quantity.unit_text = quantity.unit.text if quantity.unit is not None else None
    amount_marks.read_measure(doc, quantity, sent)
    amount_marks.read_prefixed_currency(doc, quantity, sent)
    _read_rate(doc, quantity, sent)
    change = _change_verb(doc, quantity, sent) is not None
    amount_ranges.read_repeated_unit(doc, quantity, sent, _read_number, change)
    _read_compound(doc, quantity, sent)
    amount_marks.read_scaled_symbol(quantity)
    amount_marks.read_half(doc, quantity, sent)
    if not acceptable(doc, quantity, sent) or amount_marks.in_idiom(doc, quantity):
        return None
    if quantity.unit is None and not (
        _read_group(doc, quantity, sent)
        or _read_ratio(doc, quantity, sent)
        or amount_factors.read_factor(doc, quantity, sent)
        or _read_change_start(doc, quantity, sent)
        or resolve_bare(doc, quantity, sent, found)
    ):
        return None
    read_hedges(doc, quantity, sent)
    amount_marks.read_misspelt_hedge(doc, quantity, sent)
    amount_marks.read_sign(doc, quantity, sent)
    if found and found[-1].extra.get("change_to") == i:  # the Y of « passer de X à Y »
        quantity.extra.setdefault("subject", found[-1].extra.get("subject"))
    if quantity.unit_text is None and not (found or quantity.approx or quantity.bound):
        # « la dette atteint 26 milliards », « le taux est passé de 1,54 à 1,60 »
        return quantity if quantity.has_scale > 1 or quantity.extra.get("rate") else None
    return quantity


def _read_rate(doc: Doc, quantity: Quantity, sent: Span) -> None:
    """Extend the unit with a rate: « deux fois par jour », « trois jours de cours par semaine »."""
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


def _compound_factor(tok: Token) -> int | None:
    """Return the seconds of a duration unit that can open or go on a compound duration."""
    return compound_units().get(tok.lower_.rstrip("."))


def _read_compound(doc: Doc, quantity: Quantity, sent: Span) -> None:
    """Read « 2 heures, 7 minutes et 41 secondes » as one duration, given in its smallest unit."""
    unit = quantity.unit
    if unit is None or len(unit) != 1 or quantity.unit_end is not None:
        return
    if quantity.value_max is not None or quantity.has_scale > 1 or quantity.approx:
        return
    last = _compound_factor(unit.root)
    if last is None:
        return
    total, k, end = quantity.value * last, unit.end, None
    while k + 1 < sent.end:
        j = k + 1 if doc[k].text == "," or doc[k].lower_ == "et" else k
        number = _read_number(doc, j, sent.end)
        if number is None or number[2] > 1 or number[3]:
            break
        seconds = _unnamed_seconds(doc, number, last, sent, quantity.start)
        if seconds is not None:  # « deux minutes trente », « 2 heures 56 »: the last unit unnamed
            last = compound_units()["minute"] if last == compound_units()["heure"] else 1
            total, end = total + seconds, (number[0], number[0] - 1)
            break
        factor = _compound_factor(doc[number[0]]) if number[0] < sent.end else None
        if factor is None or factor >= last:
            break
        total, last, end = total + number[1] * factor, factor, (number[0], number[0])
        k = number[0] + 1
    if end is None:
        return
    quantity.extra["first_unit"] = unit.root.lower_.rstrip(".")
    quantity.value, quantity.end = total / last, end[0]
    quantity.unit = doc[end[1] : end[1] + 1]
    names = {v: k for k, v in numbers.table("quantity_compound_names").items()}
    quantity.unit_text = names[last]


def _unnamed_seconds(
    doc: Doc, number: tuple[int, float, int, bool], last: int, sent: Span, start: int
) -> float | None:
    """Return the seconds of a bare number after minutes (« une minute quinze ») or hours
    (« 2 heures 56 »: minutes), else None."""
    units = compound_units()
    step = {units["minute"]: 1, units["heure"]: units["minute"]}.get(last)
    if step is None or not 0 < number[1] < 60 or number[1] % 1:
        return None
    intro = doc[start - 1].lower_ if start > sent.start else ""
    if step > 1 and intro not in lexicon.word_set("quantity_duration_intros"):
        return None  # « A 10 heures 32, le ministre … »: a time of day
    after = doc[number[0]] if number[0] < sent.end else None
    if after is not None and (after.pos_ in NOUNS or after.like_num or _compound_factor(after)):
        return None  # « en dix minutes trois coureurs … »: the number counts something else
    return number[1] * step


def _change_verb(doc: Doc, quantity: Quantity, sent: Span) -> Token | None:
    """Return the verb of « passer de X à Y » when the number is its X: a change, not a range."""
    verbs = lexicon.word_set("quantity_change_verbs")
    for j in range(quantity.start - 2, max(sent.start, quantity.start - 5) - 1, -1):
        between = doc[j + 1 : quantity.start]
        opens = between[0].lower_ in ("de", "d'") and doc[j].lemma_.lower() in verbs
        if opens and all(t.lower_ in hedge_words() for t in between):
            return doc[j]
    return None


def _change_subject(verb: Token) -> str | None:
    """Return what changes: the subject of the verb, or of the clause a participle hangs on."""
    for tok in (verb, verb.head, verb.head.head):
        subject = next(
            (c for c in tok.children if c.dep_.startswith("nsubj") and c.pos_ in NOUNS), None
        )
        if subject is not None:
            return head_phrase(subject)
    return None


def _read_change_start(doc: Doc, quantity: Quantity, sent: Span) -> bool:
    """Give « 4,5 » in « passant de 4,5 à 4,8 % » the unit (and scale) of the value it reaches."""
    k = quantity.end
    verb = _change_verb(doc, quantity, sent)
    if k + 1 >= sent.end or doc[k].lower_ != "à" or verb is None:
        return False
    second = _read_number(doc, k + 1, sent.end)
    if second is None:
        return False
    target = Quantity(k + 1, second[0], second[1], second[2], second[3], sent=sent)
    unit = _read_unit(doc, target, sent)
    if unit is None:
        return False
    if quantity.has_scale == 1 and target.has_scale > 1:  # « de 4,2 à 3,6 milliards d'euros »
        quantity.value, quantity.has_scale = quantity.value * target.has_scale, target.has_scale
    quantity.unit_text = unit.text
    quantity.extra.update(noun=unit.root, change_to=k + 1, subject=_change_subject(verb))
    return True


def _read_group(doc: Doc, quantity: Quantity, sent: Span) -> bool:
    """Read « Les candidats, au nombre de douze »: the number counts the noun the phrase is about."""
    found = _group_intro(doc, quantity.start, sent)
    counted = _group_noun(doc, found[0], found[1], sent) if found is not None else None
    if found is None or counted is None:
        return False
    quantity.unit_text = head_phrase(counted)
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
        if doc[end - 1].lower_ not in hedge_words():
            return None
        end -= 1
    return None


def _group_noun(doc: Doc, intro: int, start: int, sent: Span) -> Token | None:
    """Return the noun « au nombre de » (tokens `intro` to `start`) is attached to, or None."""
    noun = next((t for t in doc[intro:start] if t.pos_ in NOUNS), doc[intro])
    candidates = [noun.head, *noun.children, *noun.head.children]
    counted = next(
        (
            t
            for t in candidates
            if t.i < intro
            and t.pos_ in NOUNS
            and t.ent_type_ != "PER"
            and (t.i == noun.head.i or t.dep_.startswith("nsubj"))
        ),
        None,
    )
    if counted is None and intro - 2 >= sent.start and doc[intro - 1].text == ",":
        counted = phrase_head(doc[intro - 2])  # the parser missed the apposition
    return counted if counted is not None and counted.pos_ in NOUNS else None


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
    read_hedges(doc, denominator, sent)
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
        noun = noun_phrase(doc, j + 1, sent)
        if noun is not None:
            return noun, complement_phrase(doc, k + 1, sent) or noun.text
    return None


def _read_range(doc: Doc, quantity: Quantity, sent: Span) -> None:
    """Read « 200 à 500 millions », « entre 3 000 et 6 000 », « deux à trois » into value_max."""
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
    first = amount_ranges.shared_thousands(doc, quantity, (j + 1, end), first, value)
    if value <= first:
        return
    quantity.value, quantity.has_scale = first, max(quantity.has_scale, factor)
    quantity.value_max, quantity.end = value, end


def _read_unit(doc: Doc, quantity: Quantity, sent: Span) -> Span | None:
    """Return the tokens of what the number counts (« soldats français », « % », « francs »)."""
    k = quantity.end
    if k >= sent.end:
        return None
    if doc[k].text == "%":
        return doc[k : k + 1]
    partitive = amount_marks.partitive_unit(doc, quantity, sent)
    if partitive is not None:
        return partitive
    if doc[k].lower_ == "pour" and k + 1 < sent.end and doc[k + 1].lower_ == "cent":
        return doc[k : k + 2]
    if quantity.has_scale > 1 or quantity.approx:
        if doc[k].lower_ in ("de", "d'") and k + 1 < sent.end:
            k += 1
            while k + 1 < sent.end and doc[k].lower_ in lexicon.word_set("quantity_after_de_skip"):
                k += 1  # « une dizaine d'autres témoins »
            return noun_phrase(doc, k, sent)
        return None
    if doc[k].text == "US" and k + 1 < sent.end and doc[k + 1].text == "$":
        return doc[k : k + 2]
    if doc[k].text in lexicon.words("quantity_currencies"):
        return doc[k : per_unit_end(doc, k + 1, sent)]
    if doc[k].text == "°" and k + 1 < sent.end and doc[k + 1].text in ("C", "F"):
        return doc[k : k + 2]  # « -20°C », which the tokenizer splits in two
    if amount_marks.is_scaled_symbol(doc[k].text):
        return doc[k : k + 1]  # « 30 M€. » ending a sentence, which the tagger may call a name
    while (
        k < sent.end
        and doc[k].lower_ in lexicon.word_set("quantity_skip_adjectives")
        and not hyphen_piece(doc, k)  # « 300 nouveaux-nés », « deux petits-enfants »
    ):
        k += 1
    phrase = noun_phrase(doc, k, sent, after_number=k == quantity.end)
    if phrase is None and k > quantity.end:
        nominal = doc[k - 1].lower_ in lexicon.word_set("quantity_nominal_adjectives")
        return doc[k - 1 : k] if nominal else None  # « trois jeunes ont été interpellés »
    return phrase
