"""Names found by their surroundings where the model saw no person: a known first name, a name
before a title or after a title and a comma, after a nationality noun, with initials."""

from __future__ import annotations

import re
from typing import Any

from generators import lexicon
from generators.extract.body_then_person import place_run_into
from generators.extract.name_spans import CAP_NAME_PARTICLES, first_names, name_span
from generators.extract.names import NameIndex
from generators.extract.nationality_names import (
    merged_entity,
    nationality_nouns,
    nationality_start,
)
from generators.extract.roles import extend_role, role_start, skip_agent_phrase
from generators.extract.titles import (
    is_civility,
    ordered_title_starts,
    title_end,
    token_texts,
)
from generators.extract.tokens import next_word, ordered_where


def names_with_first_names(doc: Any) -> list[tuple[int, int]]:
    """« Léa Roux est … »: a known first name and a capitalized word are a person the model missed.

    Not after a common noun (« le lycée Jean Moulin », « la rue Marie Curie »: a place's name).
    """
    out = []
    names = first_names()
    for i, text in enumerate(token_texts(doc)):
        if text not in names or i + 1 >= len(doc):
            continue
        prev = doc[i - 1] if i > 0 else None
        dated = prev is not None and prev.lower_ in lexicon.word_set("french_weekdays")
        after_day = dated and prev is not None and prev.pos_ != "ADP"
        if doc[i].ent_type_ == "LOC" and not (
            after_day or place_run_into(doc, i) or _titled_after(doc, name_span(doc, i))
        ):
            continue  # « a rencontré mardi Léa Roux », « Léa Roux, porte-parole de X »: a person
        if (
            prev is not None
            and prev.pos_ == "NOUN"
            and prev.is_lower
            and title_end(doc, i - 1) < 0
            and not dated
        ):
            continue
        span = name_span(doc, i)
        if span is not None and span[0] == i and span[1] - i >= 2:
            out.append(span)
    return out


def _titled_after(doc: Any, span: tuple[int, int] | None) -> bool:
    """Tell whether a title follows the name after a comma (« A B, porte-parole de la mairie, »):
    no place takes one."""
    if span is None or span[1] + 2 >= len(doc) or doc[span[1]].text != ",":
        return False
    k = span[1] + 1
    k += 1 if doc[k].pos_ == "DET" else 0
    return title_end(doc, k) > 0


def names_before_a_title(doc: Any) -> list[tuple[int, int]]:
    """« a déclaré Lucie Marchal Oyono, directrice des ventes » : two to four capitalized words
    with a known first name, set off by a comma before a title, are a person, whatever entity the
    model saw (not a place or an organisation it named; « Port Lavande Tourisme » is no person)."""
    out = []
    texts = token_texts(doc)
    firsts = first_names()
    i = 1
    while i < len(doc) - 3:
        if not texts[i][:1].isupper() or not (texts[i - 1] in (",", "«") or texts[i - 1].islower()):
            i += 1
            continue
        span = name_span(doc, i)
        if span is None or span[0] != i or not 2 <= span[1] - i <= 4:
            i += 1
            continue
        end = span[1]
        p = end + 1
        if p < len(doc) and doc[p].lower_ in ("le", "la", "l'"):
            p += 1
        if (
            end < len(doc)
            and doc[end].text == ","
            and p < len(doc)
            and doc[p].is_lower
            and title_end(doc, p) > 0
            and _closed(doc, extend_role(doc, title_end(doc, p), NameIndex(), 0))
            and not any(t.ent_type_ in ("LOC", "ORG") for t in doc[i:end])
            and doc[i].text not in CAP_NAME_PARTICLES
            and any(t in firsts for t in texts[i:end])
        ):
            out.append(span)
        i = end
    return out


def after_nationality(doc: Any) -> list[tuple[int, int]]:
    """« la Suédoise Lena Berg »: two or more name words after a determiner and a nationality noun
    are a person, whatever entity the model saw (a place « Suédoise Lena Berg »); not a firm."""
    out = []
    for i in (k + 1 for k in nationality_nouns(doc) if 2 <= k + 1 < len(doc) - 1):
        if nationality_start(doc, i) != i - 2:
            continue
        span = name_span(doc, i)
        firm = span is not None and any(t.ent_type_ in ("ORG", "MISC") for t in doc[i : span[1]])
        firm = firm and not merged_entity(doc, i)
        if span and span[0] == i and span[1] - i >= 2 and not firm:
            out.append(span)
    return out


def _closed(doc: Any, k: int) -> bool:
    """Tell whether an apposition ends at token `k` (a comma, a full stop, the end), not a clause."""
    return k >= len(doc) or doc[k].text in (",", ".", ")", ";", "»")


INITIALS = re.compile(r"^[A-Z](?:\.-?[A-Z])*\.$")


def names_with_initials(doc: Any) -> list[tuple[int, int]]:
    """« J.-P. Raffarin », « F. L. Moreau »: initials before a capitalized name are a person."""
    out = []
    free = 0  # the first token after the last initials read
    for i in ordered_where(doc, ("ORTH",), _is_initial):
        if i < free or i >= len(doc) - 1 or is_civility(doc[i].text) or labels(doc, i):
            continue
        k = i + 1
        while k < len(doc) - 1 and INITIALS.match(doc[k].text):
            k += 1  # « F. L. Moreau », whatever sentence break the parser saw after « F. »
        span = name_span(doc, k)
        if span is not None and span[0] == k:
            out.append((i, span[1]))
        free = k
    return out


def _is_initial(text: str) -> bool:
    return INITIALS.match(text) is not None


def labels(doc: Any, i: int) -> bool:
    """Tell whether a capital letter names a thing (« le plan B. », « la vitamine C. »)."""

    prev = doc[i - 1] if i > 0 else None
    return prev is not None and prev.pos_ == "NOUN" and prev.is_lower and title_end(doc, i - 1) != i


def names_after_title_and_comma(doc: Any) -> list[tuple[int, int]]:
    """« le président de la fédération, Noël Le Graët, » : a name set off by commas after a title."""

    out = []
    for tok in (doc[i] for i in ordered_title_starts(doc)):  # no title starts elsewhere
        det = role_start(doc, tok.i) - 1  # « la nouvelle maire »: past the modifiers
        if det < 0 or doc[det].pos_ != "DET" or title_end(doc, tok.i) < 0:
            continue
        stop = extend_role(doc, title_end(doc, tok.i), NameIndex(), 0)
        stop = skip_agent_phrase(doc, stop)
        if stop + 2 < len(doc) and doc[stop].text == ",":
            span = name_span(doc, next_word(doc, stop + 1))
            if (
                span
                and span[1] - span[0] >= 2
                and span[1] < len(doc)
                and doc[span[1]].text in (",", ".")
            ):
                out.append(span)
    return out


def names_after_title_complement(doc: Any) -> list[tuple[int, int]]:
    """« la ministre de la santé Ana Brel a dit »: a name right after a title's complement, no comma.

    The complement is lower-case words (not a body's noun, « du parti X »), or one place the model
    ran into the name (« le président de la Valdorie Ana Brel », one place entity); the name is two
    or three capitalized words no other entity claims, closed by punctuation or a verb.
    """
    out = []
    for tok in (doc[i] for i in ordered_title_starts(doc)):  # no title starts elsewhere
        end = title_end(doc, tok.i) if tok.i > 0 and doc[tok.i - 1].pos_ == "DET" else -1
        if end < 0 or end + 2 >= len(doc) or doc[end].lower_ not in ("de", "du", "des", "d'"):
            continue
        k = end + 1
        while k < len(doc) - 1 and (doc[k].pos_ in ("DET", "ADP") or doc[k].lower_ == "d'"):
            k += 1
        place = doc[k].ent_type_ == "LOC" and doc[k].ent_iob_ == "B" and doc[k].text[:1].isupper()
        k += 1 if place else 0
        while k < len(doc) and not place and doc[k].is_lower and doc[k].pos_ in ("NOUN", "ADJ"):
            k += 1
        span = name_span(doc, k) if k < len(doc) and k > end + 1 else None
        if (
            span is not None
            and span[0] == k
            and 2 <= span[1] - k <= 3
            and _closed_or_verb(doc, span[1])
            and not names_a_body(doc, k)
            and all(
                t.ent_type_ in ("", "PER")
                or ((place or _kind_run_into(doc, k)) and t.ent_iob_ == "I")
                for t in doc[k : span[1]]
            )
        ):
            out.append(span)
    return out


def _kind_run_into(doc: Any, k: int) -> bool:
    """« le premier ministre de l'île Paul Girard »: the model ran a place's kind (lexicon
    people_renamed_places) into the name after it, one place entity; a known first name opens the
    person (« l'île Maurice », « la ville Lumière » open on no first name)."""
    kind = doc[k - 1]
    return (
        kind.is_lower
        and kind.ent_iob_ == "B"
        and kind.lower_ in lexicon.word_set("people_renamed_places")
        and doc[k].text in first_names()
    )


def _closed_or_verb(doc: Any, k: int) -> bool:
    """Tell whether token `k` ends a name: punctuation, a verb or an auxiliary, or the end."""
    return _closed(doc, k) or doc[k].pos_ in ("VERB", "AUX")


def names_a_body(doc: Any, s: int) -> bool:
    """Tell whether the name at `s` follows a body's noun (« du parti écologiste Arc Vert »,
    lexicon people_named_bodies) and so is that body's name, not a known first name's person."""
    k = s - 1
    while k > 0 and doc[k].pos_ == "ADJ" and doc[k].is_lower:
        k -= 1
    return (
        k >= 0
        and doc[k].is_lower
        and doc[k].lower_ in lexicon.word_set("people_named_bodies")
        and token_texts(doc)[s] not in first_names()
    )
