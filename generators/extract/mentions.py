"""Finding name mentions in a doc: spans of capitalized words, particles, initials, titles."""

from __future__ import annotations

from typing import Any

from generators import lexicon
from generators.extract.body_then_person import person_start
from generators.extract.name_patterns import (
    INITIALS,
    after_nationality,
    labels,
    names_a_body,
    names_after_title_and_comma,
    names_after_title_complement,
    names_before_a_title,
    names_with_first_names,
    names_with_initials,
)
from generators.extract.name_spans import (
    CAP_PARTICLES,
    INVISIBLE,
    first_names,
    is_name_word,
    name_span,
)
from generators.extract.nationality_names import (
    bare_nationality,
    nationality_gender,
    nationality_start,
)
from generators.extract.roles import closer_end
from generators.extract.roles import is_acronym as _is_acronym
from generators.extract.titles import (
    civility_gender,
    is_civility,
    kinship,
    name_openers,
    title_after_article,
    title_end,
    token_texts,
)
from generators.french.countries import is_country

_NO_INVISIBLE = str.maketrans("", "", INVISIBLE)


def raw_mentions(doc: Any, offset: int) -> list[tuple[int, int, str, str | None, bool]]:
    """Return (start, end, text, gender hint, from a title) for names found by NER or after titles."""

    found: dict[tuple[int, int], tuple[str | None, bool]] = {}
    for ent in doc.ents:
        if ent.label_ != "PER":
            continue
        i = ent.start
        while i < ent.end and not is_name_word(doc[i]) and doc[i].lower_ not in CAP_PARTICLES:
            i += 1
        if i < ent.end - 1 and INITIALS.match(doc[i].text) and labels(doc, i):
            i += 1  # « la vitamine C. Paul Roux »: the letter ends the thing's name
        while i < ent.end:
            t_end = title_end(doc, i)
            if t_end > i and t_end < ent.end:
                i = t_end
            elif is_civility(doc[i].text) and i + 1 < ent.end:
                i += 1
            elif i + 1 < ent.end and nationality_start(doc, i + 1) == i - 1:
                i += 1  # « la Japonaise Mika Sato » tagged as one name: Mika Sato
            else:
                break
        span = name_span(doc, i) if i < ent.end else None
        if span and _plausible(doc, span, ent):
            found[span] = (nationality_gender(doc, span[0]), False)  # « la Japonaise A »: f
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
    for span in names_after_title_and_comma(doc) + names_after_title_complement(doc):
        found.setdefault(span, (None, True))
    for span in names_with_initials(doc):
        found.setdefault(span, (None, False))
    for span in names_with_first_names(doc) + names_before_a_title(doc) + after_nationality(doc):
        found.setdefault(span, (nationality_gender(doc, span[0]), False))
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


def _plausible(doc: Any, span: tuple[int, int], ent: Any) -> bool:
    """Reject NER person spans that are verbs or lone sentence-initial words."""
    s, e = span
    if names_a_body(doc, s) or _after_a_capital_word(doc, s):
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
        and token_texts(doc)[s] not in first_names()
    )
