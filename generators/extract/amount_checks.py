"""Whether a number read is a quantity worth a fact: not a clock, a title, a product name, « un » alone."""

from __future__ import annotations

from typing import TYPE_CHECKING

from generators import lexicon
from generators.extract import amount_marks
from generators.extract.amount_alone import rate_alone, scaled_alone
from generators.extract.amount_frames import denied, named_month_period, ranked_window, repeated
from generators.extract.amount_series import (
    continues,
    dated_link,
    take_compared_noun,
    word_before,
)
from generators.extract.tokens import month_numbers
from generators.french import numbers

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token
import re

from generators.extract.amounts import (
    ELLIPSIS_BEFORE,
    Quantity,
    end_of_unit,
    hedged,
    noun_phrase,
    quantity_sentence,
)


def acceptable(doc: Doc, quantity: Quantity, sent: Span) -> bool:
    """Reject years, dates, clock times and « un » used as an article."""
    first = doc[quantity.start]
    unit = quantity.unit
    if numbers.looks_like_year(first.text) and quantity.has_scale == 1:
        plural = "Plur" in unit.root.morph.get("Number", []) if unit is not None else False
        if not (unit is not None and unit.root.pos_ == "NOUN" and plural and unit.root.is_lower):
            return False  # a year, unless a plural noun is counted: « 2000 euros », « en 2000 exemplaires »
    if quantity.end < sent.end and doc[quantity.end].lower_ in month_numbers():
        return False
    if quantity.end < sent.end and doc[quantity.end].lower_ in lexicon.word_set(
        "numbers_fractions"
    ):
        return False
    if (
        quantity.end < sent.end
        and numbers.is_digits(first.text)
        and doc[quantity.end].lower_ in lexicon.word_set("numbers_ordinal_suffixes")
    ):
        return False  # « le 1 er tour », « la 2 e place »: a rank, not a count
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
    if _in_common_name(doc, quantity, sent):
        return False
    if unit is not None and _described_group(doc, quantity, unit):
        return False
    if unit is not None and ranked_window(doc, quantity, unit):
        return False  # « sur les neuf premiers mois de l'année »: the frame of another figure
    if repeated(doc, quantity):
        return False  # « Ces 200 000 cas » after « près de 200 000 »: no new figure
    if denied(doc, quantity, sent):
        return False  # « n'est pas de 29 000 euros, … mais de 7 754 euros »
    first_unit = quantity.extra.get("first_unit") or (unit.root.lower_ if unit else "")
    if first_unit.rstrip(".") in ("heure", "heures", "h") and _is_clock(doc, quantity, sent):
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
    if unit is not None and (
        _one_period(doc, quantity, unit)
        or _one_compound(doc, unit)
        or _described_period(unit)
        or named_month_period(doc, unit)
    ):
        return False
    return unit is not None and (
        (numbers.is_digits(doc[quantity.start].text) and not _proportion(doc, quantity))  # « 1 % »
        or unit.root.lower_ in lexicon.word_set("quantity_single_units")
        or quantity.unit_end is not None  # « une fois par jour »
        or _only_one(doc, quantity)
    )


def _one_compound(doc: Doc, unit: Span) -> bool:
    """Return whether the unit opens a compound noun (« un point de vue »): « un » is an article."""
    words = " ".join(t.lower_ for t in doc[unit.start : unit.start + 4]) + " "
    compounds = lexicon.word_set("quantity_one_compounds")
    return any(words.startswith(c.replace("'", "' ") + " ") for c in compounds)


def _described_period(unit: Span) -> bool:
    """Return whether « une année difficile » describes a period rather than counts one."""
    if unit.root.lower_ not in lexicon.word_set("quantity_described_periods"):
        return False
    k = unit.root.i + 1
    doc = unit.doc
    if k < len(doc) and numbers.looks_like_year(doc[k].text):
        return True  # « une année 2016 difficile »: the year names the period
    return k < len(doc) and doc[k].pos_ in ("ADJ", "ADV") and doc[k].is_lower


def _described_group(doc: Doc, quantity: Quantity, unit: Span) -> bool:
    """Return whether « les deux frères » describes a known group rather than counts it."""
    if quantity.start == quantity_sentence(quantity).start or quantity.value > 4:
        return False
    if doc[quantity.start - 1].lower_ not in lexicon.word_set("quantity_definite_determiners"):
        return False
    kin = unit.root.lower_ in lexicon.word_set("quantity_described_nouns")
    if not (
        kin
        or unit[-1].lower_ in lexicon.word_set("quantity_described_tails")
        or _known_group_subject(doc, quantity, unit)
        or _both_of(doc, quantity, unit)
    ):
        return False
    outcomes = lexicon.word_set("quantity_outcome_verbs")
    root = unit.root
    verbs = [c for c in root.children if c.dep_ in ("acl", "acl:relcl")]
    if root.dep_.startswith("nsubj") or root.head.pos_ == "VERB":
        verbs.append(root.head)  # the verb of a subject, or of a participle the tagger misread
    return not any(v.lemma_.lower() in outcomes for v in verbs)


def _known_group_subject(doc: Doc, quantity: Quantity, unit: Span) -> bool:
    """Return whether « les deux N » is the subject of its clause: a group named before, not counted."""
    determiner = doc[quantity.start - 1].lower_
    subject = unit.root.dep_ in ("nsubj", "nsubj:pass")
    return subject and determiner in lexicon.word_set("quantity_anaphoric_determiners")


def _both_of(doc: Doc, quantity: Quantity, unit: Span) -> bool:
    """Return whether « les deux N », « ces deux N » means « both N », in any role of the clause.

    « dans les deux cas », « a réuni les deux parties », « acheté les deux camionnettes »: the pair
    was named before and the number restates it. Not a duration (« les deux prochaines années »),
    nor a pair the sentence goes on to name (« les deux Norvégiennes Ida Berg et Eva Lund »).
    """
    if quantity.value != 2 or quantity.value_max is not None:
        return False
    if doc[quantity.start - 1].lower_ not in lexicon.word_set("quantity_anaphoric_determiners"):
        return False
    if unit.root.lower_ in lexicon.word_set("quantity_duration_units"):
        return False
    after = doc[unit.end] if unit.end < quantity_sentence(quantity).end else None
    return after is None or not (after.pos_ == "PROPN" or after.ent_type_ == "PER")


def _one_period(doc: Doc, quantity: Quantity, unit: Span) -> bool:
    """Return whether « un an » is a window or a description (« sur un an », « une année de hausse »)."""
    if numbers.is_digits(doc[quantity.start].text):
        return False
    if unit.root.lower_ not in lexicon.word_set("quantity_duration_units"):
        return False
    sent = quantity_sentence(quantity)
    before = doc[max(sent.start, quantity.start - 3) : quantity.start].text.lower()
    windows = lexicon.word_set("quantity_one_windows")
    if any(before == w or before.endswith(f" {w}") for w in windows):
        return True
    k = unit.end
    return (
        k + 1 < sent.end
        and doc[k].lower_ in ("de", "d'")
        and doc[k + 1].lower_ in lexicon.word_set("quantity_one_trend_nouns")
    )


def _in_title(doc: Doc, quantity: Quantity, sent: Span) -> bool:
    """Return whether a capitalized number word names something (« la guerre de Cent Ans », « le
    tournoi des Quatre continents »: a capital after a determiner, whatever the noun's)."""
    first, unit = doc[quantity.start], quantity.unit
    return (
        quantity.start > sent.start
        and first.is_alpha
        and first.text[:1].isupper()
        and doc[quantity.start - 1].text not in (".", "(", '"', "«", ":", "-", "–")
        and unit is not None
        and (
            unit.root.text[:1].isupper()
            or doc[quantity.start - 1].lower_ in lexicon.word_set("quantity_label_articles")
        )
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
        and (
            (before.text[:1].isupper() and before.pos_ == "PROPN")
            or _singular_noun(before)  # « l'étoile 61 Cygni », « le modèle 320 Neo »: its name
        )
        and numbers.is_digits(doc[quantity.start].text)
        and (unit.root.pos_ == "PROPN" or unit.root.is_upper)
    )


def _singular_noun(tok: Token) -> bool:
    """Tell a lower-case common noun in the singular (a count would follow a verb or a « de »)."""
    return tok.pos_ == "NOUN" and tok.is_lower and "Sing" in tok.morph.get("Number", [])


def _in_common_name(doc: Doc, quantity: Quantity, sent: Span) -> bool:
    """Return whether the number goes on a name opened by a capitalized common noun.

    « le Mouvement 3 couleurs », « la Route 66 »: an article, a capitalized word that is no name
    of a person or a place, then the number.
    """
    k = quantity.start - 1
    if k - 1 < sent.start:
        return False
    head, before = doc[k], doc[k - 1]
    return (
        head.is_alpha
        and head.text[:1].isupper()
        and not head.is_upper
        and head.ent_type_ not in ("PER", "LOC", "GPE")
        and before.lower_ in lexicon.word_set("answer_articles")
    )


def _proportion(doc: Doc, quantity: Quantity) -> bool:
    """Return whether the unit is followed by « sur N » (« 1 patient sur 100 »): a share, no count."""
    end, sent = end_of_unit(quantity), quantity_sentence(quantity)
    return end + 1 < sent.end and doc[end].lower_ == "sur" and doc[end + 1].like_num


def _only_one(doc: Doc, quantity: Quantity) -> bool:
    """Return whether « un seul », « une seule » makes a count of one (not « d'un seul coup »)."""
    start, sent = quantity.start, quantity_sentence(quantity)
    markers = lexicon.word_set("quantity_one_markers")
    if start > sent.start and doc[start - 1].lower_ in markers:
        return _clause_opens(doc, start - 1)  # « seul un chantier a débuté »
    if start + 1 >= sent.end or doc[start + 1].lower_ not in markers:
        return False
    if start == sent.start:
        return True
    before = doc[start - 1].lower_
    if before in lexicon.word_set("quantity_one_idioms"):
        return False
    if before == "en" and (_merges(doc, start - 2) or _merges(doc, doc[start].head.head.i)):
        return False  # « fusionner en une seule commune »: what several things become
    if before in ("que", "qu'"):
        return True  # « n'a marqué qu'un seul but »
    k = start - 1
    while k > sent.start and doc[k].pos_ != "PUNCT":
        k -= 1
    negations = lexicon.word_set("quantity_negations")
    return not any(t.lower_ in negations for t in doc[k:start])  # « pas un seul but »


def _clause_opens(doc: Doc, k: int) -> bool:
    """Return whether token `k` opens its sentence or follows a comma or a semicolon."""
    sent = doc[k].sent
    return k == sent.start or doc[k - 1].text in (",", ";", ":")


def _is_clock(doc: Doc, quantity: Quantity, sent: Span) -> bool:
    """Return whether « N heures » is a time of day rather than a duration."""
    before = doc[max(sent.start, quantity.start - 3) : quantity.start].text.lower()
    if before.endswith(lexicon.words("quantity_clock_openers")):
        return True
    if quantity.start > sent.start and doc[quantity.start - 1].text == "A":
        return True  # « A 17 heures, … »: a capital « À » written without its accent
    unit_end = quantity.unit.end if quantity.unit is not None else quantity.end
    if unit_end < sent.end and doc[unit_end].like_num and not before.endswith(("en", "pendant")):
        return True  # « 20 h 30 »
    after = (
        doc[quantity.unit.end : min(sent.end, quantity.unit.end + 3)].text.lower()
        if quantity.unit
        else ""
    )
    if before.endswith("de") and re.match(r"(à|a) \d+ ?(h|heures?)\b", after):
        return True  # « de 8 h à 19 h »: opening hours
    if before.endswith("entre") and re.match(r"et \d+ ?(h|heures?)", after):
        return True  # « entre 22 heures et 22h15 »
    clock_nouns = lexicon.words("quantity_clock_nouns")
    if before.endswith("de") and after.startswith(tuple(f"à {w}" for w in clock_nouns)):
        return True  # « de 8 h à midi »
    if before.endswith("entre") and after.startswith(tuple(f"et {w}" for w in clock_nouns)):
        return True  # « entre 20 heures et minuit »
    return any(after.startswith(p) for p in lexicon.words("quantity_clock_words"))


def resolve_bare(doc: Doc, quantity: Quantity, sent: Span, found: list[Quantity]) -> bool:
    """Give a number without a noun the unit of an earlier quantity it is part of (« dont 14 »)."""
    group = amount_marks.group_of_pronoun(doc, quantity, sent)
    if group is not None:  # « quant aux militaires, deux d'entre eux … »
        noun, quantity.unit_end = group
        quantity.unit_text = noun.text
        quantity.extra.update(noun=noun, subject=noun.text)
        return True
    k = word_before(doc, quantity.start, sent)  # « contre environ 1 000 », « et seuls 26 »
    before = doc[k].lower_ if k >= sent.start else ""
    if (
        before in ("et", "ou", ",")
        and _after_unread_number(doc, k - 1, sent, found)
        and not dated_link(doc, k, sent)  # « contre 12 en 2019 et 15 en 2018 »: a series
    ):
        return False  # « la ligne 4 et 12 »: the number goes on a list of labels, not a count
    if quantity.has_scale > 1:  # « (21 millions) » after « 53 millions de francs »
        scaled = next((q for q in reversed(found) if q.unit_text and q.has_scale > 1), None)
        if scaled is None:  # « le nombre de diabétiques dépasse 3,5 millions »
            return _number_of(doc, quantity, sent) or scaled_alone(doc, quantity, sent)
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
        return (
            _number_of(doc, quantity, sent)
            or take_compared_noun(doc, quantity, sent)
            or _toll(doc, quantity, sent)
            or hedged(doc, quantity, sent)
            or rate_alone(doc, quantity, sent)
        )
    mantissa = antecedent.value / antecedent.has_scale
    part = before in ELLIPSIS_BEFORE and quantity.value <= mantissa  # « 43 prévenus, dont 14 »
    parallel = (
        _parallel_complement(doc, quantity, antecedent, sent)
        or _others_of(doc, quantity, antecedent, sent)
        or _whole_of(doc, quantity, antecedent, sent)
        or continues(doc, quantity, antecedent, sent)
    )
    if (
        part or parallel or (before == "contre" and antecedent.has_scale == 1)
    ):  # « 1 250 … contre 980 »
        if quantity.value < 1000:  # « 1,2 » after « 3 millions »; never « dont 500 000 »
            quantity.value *= antecedent.has_scale
            quantity.has_scale = antecedent.has_scale
        quantity.unit_text, quantity.inherited = antecedent.unit_text, True
        quantity.extra["ellipsis"] = True
        counted: Token | None = antecedent.extra.get("noun")
        if antecedent.unit is not None:
            counted = antecedent.unit.root  # the gender of « 45 100 » after « 43 950 unités »
        quantity.extra.setdefault("noun", counted)
        return True
    return (
        _number_of(doc, quantity, sent)
        or take_compared_noun(doc, quantity, sent)
        or hedged(doc, quantity, sent)
    )


def _whole_of(doc: Doc, quantity: Quantity, antecedent: Quantity, sent: Span) -> bool:
    """Return whether « sur les 465 », « parmi les 276 » gives the whole of the count just before
    (« 311 sièges sur les 465 »): the same noun, at least as many."""
    k = quantity.start
    if k - 2 < sent.start or doc[k - 1].lower_ != "les" or quantity.value < antecedent.value:
        return False
    links = lexicon.word_set("quantity_whole_links")
    return (
        doc[k - 2].lower_ in links
        and end_of_unit(antecedent) <= k - 2
        and antecedent.start >= sent.start
    )


def _toll(doc: Doc, quantity: Quantity, sent: Span) -> bool:
    """Give the first number of « le bilan des morts s'établit ainsi : six à Brenne » its noun."""
    found = amount_marks.toll_noun(doc, quantity, sent)
    if found is None:
        return False
    noun, subject = found
    quantity.unit_text = noun.text
    quantity.extra.update(subject=subject, noun=noun.root)
    return True


def _parallel_complement(doc: Doc, quantity: Quantity, antecedent: Quantity, sent: Span) -> bool:
    """Return whether a bare number repeats the complement of the figure before it, noun unsaid.

    « 12 km de course, 45 de vélo », « 800 selon la police, 2 000 selon les syndicats »: the same
    preposition follows both numbers, so the second one counts the noun of the first.
    """
    after, prior = quantity.end, end_of_unit(antecedent)
    if after >= sent.end or prior >= quantity.start or antecedent.start < sent.start:
        return False
    before = doc[quantity.start - 1]
    if before.pos_ == "DET" or before.lower_ in lexicon.word_set("quantity_label_articles"):
        return False  # « au 3 de la rue »: a label
    if not any(t.text == "," or t.lower_ in ("et", "ou") for t in doc[prior : quantity.start]):
        return False  # the two figures must be coordinated
    return doc[after].pos_ == "ADP" and doc[after].lower_ == doc[prior].lower_


def _others_of(doc: Doc, quantity: Quantity, antecedent: Quantity, sent: Span) -> bool:
    """Return whether « N autres », « N sont … » counts the noun counted earlier in the sentence."""
    others = lexicon.word_set("quantity_other_words")
    copulas = lexicon.word_set("quantity_elliptic_copulas")
    after = doc[quantity.end] if quantity.end < sent.end else None
    return (
        antecedent.start >= sent.start
        and end_of_unit(antecedent) <= quantity.start
        and after is not None
        and (after.lower_ in others or (after.lemma_.lower() in copulas and after.pos_ == "AUX"))
    )


def _after_unread_number(doc: Doc, k: int, sent: Span, found: list[Quantity]) -> bool:
    """Return whether token `k` is a number that no quantity read so far covers."""
    if k < sent.start or not numbers.is_digits(doc[k].text):
        return False
    return not any(q.start <= k < end_of_unit(q) for q in found)


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
            noun = noun_phrase(doc, j + 1, sent)
            if noun is None and doc[j + 1].head.i in range(k, j) and doc[j + 1].is_alpha:
                noun = doc[j + 1 : j + 2]  # « le nombre de diabétiques », tagged as an adjective
            if noun is not None and noun.end <= quantity.start:
                quantity.unit_text = noun.text
                quantity.extra.update(
                    subject=doc[k : noun.end].text.replace("' ", "'"), noun=noun.root
                )
                return True
    return False


def _merges(doc: Doc, k: int) -> bool:
    """Return whether the word at `k` (before « en un seul », or the noun's head) merges things
    (« fusionner », « regroupement »), skipping auxiliaries and pronouns (« se sont réunis »)."""
    while k >= 0 and doc[k].pos_ in ("AUX", "PRON"):
        k -= 1
    merging = lexicon.word_set("quantity_merge_words")
    return k >= 0 and (doc[k].lemma_.lower() in merging or doc[k].lower_ in merging)
