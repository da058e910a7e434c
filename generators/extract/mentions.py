"""Finding name mentions in a doc: spans of capitalized words, particles, initials, titles."""

from __future__ import annotations

import functools
import re
from typing import Any

from generators import lexicon
from generators.extract.body_then_person import person_start, place_run_into
from generators.extract.name_particles import elided_tail, particle_tail
from generators.extract.names import NameIndex
from generators.extract.nationality_names import bare_nationality, merged_entity, nationality_start
from generators.extract.roles import closer_end, extend_role, role_start, skip_agent_phrase
from generators.extract.roles import is_acronym as _is_acronym
from generators.extract.titles import (
    apposed_title_before,
    civility_gender,
    is_civility,
    kinship,
    name_openers,
    ordered_title_starts,
    title_after_article,
    title_end,
    token_texts,
)
from generators.extract.tokens import next_word, ordered_where
from generators.french.countries import is_country

LOWER_PARTICLES = frozenset(lexicon.word_set("people_name_particles"))


_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"
_NO_INVISIBLE = str.maketrans("", "", _INVISIBLE)

_CAP_PARTICLES = frozenset({"le", "la", "du", "de", "van", "von", "da", "di", "del", "mac", "mc"})


_CAP_NAME_PARTICLES = frozenset(
    {"Le", "La", "De", "Du", "Van", "Von", "Da", "Di", "Del", "Mac", "Mc"}
)


NOT_NAMES = lexicon.word_set("people_not_names")


def is_name_word(token: Any) -> bool:
    """Tell whether `token` looks like a word of a person's name."""
    text = token.text.lstrip(_INVISIBLE)  # « \u200bHuy »: a zero-width space glued to the word
    if not text[:1].isupper() or not any(c.isalpha() for c in text) or text.lower() in NOT_NAMES:
        return False
    if text.isupper() and len(text) > 1 and "-" not in text and "." not in text:
        return False  # acronyms (« SNCF », « ONU »)
    if "Plur" in token.morph.get("Number") and token.pos_ != "PROPN" and token.ent_type_ != "PER":
        return False  # demonyms (« les dirigeants Italiens »)
    return not (token.is_sent_start and token.pos_ != "PROPN" and token.ent_type_ != "PER")


def name_span(doc: Any, i: int) -> tuple[int, int] | None:
    """Return the token span of a name starting at or right after `i` (particles included)."""
    j = i
    if doc[j].lower_ in LOWER_PARTICLES and doc[j].is_lower:
        nxt = doc[j + 1] if j + 1 < len(doc) else None
        if (
            nxt is None
            or doc[j].lower_ not in ("de", "d'")
            or not is_name_word(nxt)
            or nxt.ent_type_ in ("LOC", "ORG", "MISC")
            or is_country(nxt.text)  # « champion d'Espagne », whatever the model's tag
        ):
            return None
        if j + 2 < len(doc) and is_name_word(doc[j + 2]):
            return None
        prev = doc[j - 1] if j > 0 else None
        if prev is not None and prev.pos_ == "NOUN" and prev.is_lower and title_end(doc, j - 1) < 0:
            return None  # « la mère de Léa », « le message de Léa »: Léa, not « de Léa »
        if apposed_title_before(doc, j):
            return None  # « A B, directeur de Lumio »: the title's complement
        if prev is not None and "Plur" in prev.morph.get("Number") and prev.is_lower:
            return None  # « les chauffeurs de Zelto »: many people's company, no one's name
        if nxt.text in _first_names() or _opens_a_name(doc, nxt):
            return None  # « le manager de Léa »: Léa, a first name, is no particle name
        if _named_after_comma(doc, j + 2):
            return None  # « la préfète de Sarlat, A B, »: « de Sarlat » is the title's place
        j += 1
    elif _is_prefixed_name(doc[j]):
        pass
    elif not is_name_word(doc[j]) and not (
        doc[j].lower_ in _CAP_PARTICLES and doc[j].text[:1].isupper()
    ):
        return None
    end = j + 1
    while end < len(doc):
        tok = doc[end]
        if elided_tail(doc, end) > 0:
            end = elided_tail(doc, end)  # « Sean O'Brady »
        elif (is_name_word(tok) or _is_prefixed_name(tok)) and not tok.is_sent_start:
            end += 1
        elif re.fullmatch(r"[IVX]{1,5}", tok.text) and end > j:
            end += 1  # regnal numbers (« Louis XIV », « Charles X »)
        elif tok.lower_ in LOWER_PARTICLES or tok.text in _CAP_NAME_PARTICLES:
            tail = particle_tail(doc, end, j, is_name_word, _first_names())
            if tail < 0:
                break  # « Paul Roux du Parti Vert », « Léa Roux de Marc Petit »: the name ends
            end = tail  # « Louis de Vernet », « Ursula von der Leyen »
        else:
            break
    if doc[end - 1].lower_ in _CAP_PARTICLES | LOWER_PARTICLES:
        return None

    if title_end(doc, j) > 0 or is_civility(doc[j].text):
        return None  # « Chef d'état-major », « Mme »: a title, not a name
    return i, end


def _opens_a_name(doc: Any, word: Any) -> bool:
    """Tell whether `word` opens a longer name elsewhere in the doc (« Léa Vanier … le manager
    de Léa »): a first name, so « de » before it is no particle."""
    return any(
        t.text == word.text and t.i != word.i and t.i + 1 < len(doc) and is_name_word(doc[t.i + 1])
        for t in doc
    )


def _named_after_comma(doc: Any, k: int) -> bool:
    """Tell whether token `k` is a comma opening a first and last name set off by commas."""
    if k >= len(doc) - 2 or doc[k].text != ",":
        return False
    span = name_span(doc, next_word(doc, k + 1))
    if span is None or span[1] - span[0] < 2 or span[1] >= len(doc):
        return False
    return doc[span[1]].text in (",", ".", "(", ")")


def _is_prefixed_name(token: Any) -> bool:
    """Tell whether `token` is a name with a lower-case particle joined by a hyphen (« al-Assad »)."""
    head, _, rest = token.text.partition("-")
    return bool(rest[:1].isupper()) and head.lower() in LOWER_PARTICLES


def raw_mentions(doc: Any, offset: int) -> list[tuple[int, int, str, str | None, bool]]:
    """Return (start, end, text, gender hint, from a title) for names found by NER or after titles."""

    found: dict[tuple[int, int], tuple[str | None, bool]] = {}
    for ent in doc.ents:
        if ent.label_ != "PER":
            continue
        i = ent.start
        while i < ent.end and not is_name_word(doc[i]) and doc[i].lower_ not in _CAP_PARTICLES:
            i += 1
        if i < ent.end - 1 and _INITIALS.match(doc[i].text) and _labels(doc, i):
            i += 1  # « la vitamine C. Paul Roux »: the letter ends the thing's name
        while i < ent.end:
            t_end = title_end(doc, i)
            if t_end > i and t_end < ent.end:
                i = t_end
            elif is_civility(doc[i].text) and i + 1 < ent.end:
                i += 1
            else:
                break
        span = name_span(doc, i) if i < ent.end else None
        if span and _plausible(doc, span, ent):
            found[span] = (None, False)
    triggers = lexicon.word_set("people_name_triggers")
    for i in sorted(k for k in name_openers(doc) if k < len(doc) - 1):
        tok = doc[i]
        trigger_end = title_end(doc, i)
        hint = civility_gender(tok.text) or kinship().get(tok.lower_)
        if trigger_end < 0 and (hint or is_civility(tok.text) or tok.lower_ in triggers):
            trigger_end = i + 1
        acronym = False
        while 0 < trigger_end < len(doc) - 1 and (
            (doc[trigger_end].pos_ == "ADJ" and doc[trigger_end].is_lower)
            or _is_acronym(doc[trigger_end])  # « le député LFI François Ruffin »
        ):
            acronym = acronym or _is_acronym(doc[trigger_end])
            trigger_end += 1
        if trigger_end < 0 or trigger_end >= len(doc):
            continue
        if tok.is_lower and title_end(doc, i) > 0:
            trigger_end = _after_title_words(doc, trigger_end)
        span = name_span(doc, trigger_end)
        if span and acronym and span[1] - span[0] < 2:
            continue  # « le directeur SNCF Voyageurs »: a first and last name, or an organisation
        if (
            span
            and tok.ent_type_ in ("ORG", "MISC", "LOC")
            and doc[span[0]].ent_iob_ == "I"
            and not _abbreviated_civility(tok.text)  # « Dr A B » tagged as a place is still A B
            and not title_after_article(doc, i)
        ):
            continue  # « Chevalier Croix-Blanche »: the title and the name form one non-person name
        while span and not doc[span[0]].is_sent_start:
            if found.get(span, (None, False))[0] is None:
                found[span] = (hint, True)
            nxt = span[1]
            if nxt + 1 < len(doc) and doc[nxt].lower_ in ("et", "ou", ","):
                span = name_span(doc, nxt + 1)
            else:
                span = None
    for span in _names_after_title_and_comma(doc) + _names_after_title_complement(doc):
        found.setdefault(span, (None, True))
    for span in _names_with_initials(doc):
        found.setdefault(span, (None, False))
    for span in _names_with_first_names(doc) + _names_before_a_title(doc) + _after_nationality(doc):
        found.setdefault(span, (None, False))
    found = {(person_start(doc, s, e), e): v for (s, e), v in found.items()}
    return [
        (
            offset + doc[s].idx,
            offset + doc[s].idx + len(doc[s:e].text.rstrip("-")),
            doc[s:e].text.rstrip("-").translate(_NO_INVISIBLE),
            hint,
            titled,
        )
        for (s, e), (hint, titled) in sorted(found.items())
        if not any(s2 <= s and e <= e2 and (s2, e2) != (s, e) for s2, e2 in found)
        and not is_country(doc[s:e].text)  # « représentant Cuba »: a place
    ]


def _abbreviated_civility(word: str) -> bool:
    """Tell whether `word` is a short civility (« Dr », « Mme », « M. »), which only a person takes
    (« Saint », « Chevalier » also open places and orders)."""
    return is_civility(word) and len(word.rstrip(".")) <= 3


def _after_title_words(doc: Any, k: int) -> int:
    """Skip what may stand between a title and its holder's name: « en titre », a nationality.

    « la championne en titre l'Italienne Sara Conti »: the name starts after « l'Italienne ».
    """
    closer = closer_end(doc, k)
    k = closer if closer > 0 and closer < len(doc) else k
    if (
        k + 2 < len(doc)
        and doc[k].lower_ in ("l'", "le", "la")
        and doc[k + 1].text[:1].isupper()
        and doc[k + 1].text[1:].islower()
        and name_span(doc, k + 2) is not None
    ):
        return k + 2
    return k


@functools.cache
def _first_names() -> frozenset[str]:
    return frozenset(lexicon.words("people_firstnames_f") + lexicon.words("people_firstnames_m"))


def _names_with_first_names(doc: Any) -> list[tuple[int, int]]:
    """« Léa Roux est … »: a known first name and a capitalized word are a person the model missed.

    Not after a common noun (« le lycée Jean Moulin », « la rue Marie Curie »: a place's name).
    """
    out = []
    names = _first_names()
    for i, text in enumerate(token_texts(doc)):
        if text not in names or i + 1 >= len(doc):
            continue
        prev = doc[i - 1] if i > 0 else None
        dated = prev is not None and prev.lower_ in lexicon.word_set("french_weekdays")
        after_day = dated and prev is not None and prev.pos_ != "ADP"
        if doc[i].ent_type_ == "LOC" and not (after_day or place_run_into(doc, i)):
            continue  # « a rencontré mardi Léa Roux »: after a weekday, a person, not a place
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


def _names_before_a_title(doc: Any) -> list[tuple[int, int]]:
    """« a déclaré Lucie Marchal Oyono, directrice des ventes » : two to four capitalized words
    with a known first name, set off by a comma before a title, are a person, whatever entity the
    model saw (not a place or an organisation it named; « Port Lavande Tourisme » is no person)."""
    out = []
    texts = token_texts(doc)
    first_names = _first_names()
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
            and doc[i].text not in _CAP_NAME_PARTICLES
            and any(t in first_names for t in texts[i:end])
        ):
            out.append(span)
        i = end
    return out


def _after_nationality(doc: Any) -> list[tuple[int, int]]:
    """« la Suédoise Lena Berg »: two or more name words after a determiner and a nationality noun
    are a person, whatever entity the model saw (a place « Suédoise Lena Berg »); not a firm."""
    out = []
    for i in range(2, len(doc) - 1):
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


_INITIALS = re.compile(r"^[A-Z](?:\.-?[A-Z])*\.$")


def _names_with_initials(doc: Any) -> list[tuple[int, int]]:
    """« J.-P. Raffarin », « F. L. Moreau »: initials before a capitalized name are a person."""
    out = []
    free = 0  # the first token after the last initials read
    for i in ordered_where(doc, ("ORTH",), _is_initial):
        if i < free or i >= len(doc) - 1 or is_civility(doc[i].text) or _labels(doc, i):
            continue
        k = i + 1
        while k < len(doc) - 1 and _INITIALS.match(doc[k].text):
            k += 1  # « F. L. Moreau », whatever sentence break the parser saw after « F. »
        span = name_span(doc, k)
        if span is not None and span[0] == k:
            out.append((i, span[1]))
        free = k
    return out


def _is_initial(text: str) -> bool:
    return _INITIALS.match(text) is not None


def _labels(doc: Any, i: int) -> bool:
    """Tell whether a capital letter names a thing (« le plan B. », « la vitamine C. »)."""

    prev = doc[i - 1] if i > 0 else None
    return prev is not None and prev.pos_ == "NOUN" and prev.is_lower and title_end(doc, i - 1) != i


def _names_after_title_and_comma(doc: Any) -> list[tuple[int, int]]:
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


def _plausible(doc: Any, span: tuple[int, int], ent: Any) -> bool:
    """Reject NER person spans that are verbs or lone sentence-initial words."""
    s, e = span
    if _names_a_body(doc, s) or _after_a_capital_word(doc, s):
        return False
    if bare_nationality(doc, s, e):
        return False  # « Le Suédois s'est imposé »: a nationality standing for someone, no name
    if e - s == 1:
        token = doc[s]
        if token.pos_ in ("VERB", "AUX", "ADV", "PRON", "ADP", "CCONJ", "SCONJ"):
            return False
        if token.is_sent_start or (s > 0 and doc[s - 1].text in '«"“'):
            return False
        prev = doc[s - 1] if s > 0 else None
        if (
            prev is not None
            and prev.is_lower
            and prev.pos_ in ("NOUN", "ADJ")
            and title_end(doc, s - 1) < 0
            and not any(title_end(doc, k) > 0 for k in range(max(0, s - 3), s))
        ):  # « les programmes sociaux Solidaire », « le bureau Afrique »: a body's name
            return False
    return True


def _names_a_body(doc: Any, s: int) -> bool:
    """Tell whether the name at `s` follows a body's noun (« du parti écologiste Arc Vert »,
    lexicon people_named_bodies) and so is that body's name, not a known first name's person."""
    k = s - 1
    while k > 0 and doc[k].pos_ == "ADJ" and doc[k].is_lower:
        k -= 1
    return (
        k >= 0
        and doc[k].is_lower
        and doc[k].lower_ in lexicon.word_set("people_named_bodies")
        and token_texts(doc)[s] not in _first_names()
    )


def _after_a_capital_word(doc: Any, s: int) -> bool:
    """Tell whether the name at `s` continues a word in capitals that is no title (« SOS Amis
    Vossberg », « ATD Quart Monde »): one body's name, unless a known first name opens it (« le
    député LFI Paul Roux »)."""
    before = doc[s - 1] if s > 0 else None
    return (
        before is not None
        and _is_acronym(before)
        and before.whitespace_ != ""
        and title_end(doc, s - 1) < 0
        and token_texts(doc)[s] not in _first_names()
    )


def _names_after_title_complement(doc: Any) -> list[tuple[int, int]]:
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
            and not _names_a_body(doc, k)
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
        and doc[k].text in _first_names()
    )


def _closed_or_verb(doc: Any, k: int) -> bool:
    """Tell whether token `k` ends a name: punctuation, a verb or an auxiliary, or the end."""
    return _closed(doc, k) or doc[k].pos_ in ("VERB", "AUX")
