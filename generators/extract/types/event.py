"""Extract event facts: an explicit date, its ISO form, what happened then and who took part."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Any

from generators import lexicon
from generators.extract import date_frames, weekdays
from generators.extract.context import Context
from generators.extract.date_patterns import NUMERIC as _NUMERIC
from generators.extract.date_patterns import date_matches
from generators.extract.date_patterns import relative_years as _relative_years
from generators.extract.date_patterns import words as _words
from generators.extract.date_spans import DAY as _DAY
from generators.extract.date_spans import LAST_YEAR as _LAST_YEAR
from generators.extract.date_spans import YEAR as _YEAR
from generators.extract.date_spans import (
    between_start,
    frames_a_tally,
    is_range,
    listed_year,
    names_again,
    paired_year_end,
    range_closing,
    range_opening,
)
from generators.extract.dated_amounts import amount_before, in_amount_series
from generators.extract.event_clause import clause_verb, clause_words, phrase_words, planned_by
from generators.extract.tokens import ents_in, month_numbers, span_text, text_of
from generators.french import numbers
from generators.records import Fact

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_NAMED_YEAR = "events.named_year"  # the last year written out, not inferred
_DATED = "events.dated"  # where each year or month was first dated in the article


def extract(doc: Doc, offset: int, ctx: Context) -> list[Fact]:
    """Return the event facts of `doc`."""
    from spacy.tokens import Span as SpacySpan
    from spacy.util import filter_spans

    spans = filter_spans([SpacySpan(doc, s, e, label=m) for m, s, e in date_matches(doc)])
    facts: list[Fact] = []
    seen: set[tuple[int, str]] = set()
    consumed = 0
    sentences = list(doc.sents) if spans else []
    dated = [
        s for s in spans if s.label_ in ("YEAR", "MONTH") and amount_before(doc, s) is not None
    ]
    for span in sorted(spans, key=lambda s: s.start):
        date = None if span.start < consumed else _read_date(doc, span, offset, ctx)
        if date is not None and span in dated and in_amount_series(doc, span, dated):
            continue  # « de 9 % en 2015 à 8 % en 2019 »: the years date amounts, not events
        if date is None:
            continue
        surface, norm, inferred, consumed = date
        unsure = norm is None and inferred  # a day-month whose year the dateline leaves open
        sent = next(s for s in sentences if s.start <= span.start < s.end)
        key = (sent.start, norm or surface.lower())
        if key in seen:
            continue
        seen.add(key)
        if _heading(sent) or _caption(sent, span):
            continue  # « Évènements du 16 juillet 2016 »: a line of page furniture, no event
        first_dated = ctx.extras.setdefault(_DATED, {})
        start = _date_extent(doc, span).start
        if names_again(span, start, norm, offset + sent.start_char, first_dated):
            continue  # « les crues de mars 2019 » after « en mars 2019, la digue a cédé »
        fields: dict[str, object] = {"date": surface, "date_norm": norm, "year_inferred": inferred}
        what, plain = _what(doc, span)
        if plain and date_frames.framed_by_another(span, spans):
            continue  # « En 2015, … et devrait baisser en 2016 »: the rest is 2015's clause
        if not what.strip():
            continue  # « 3 mai 2016. » on a line of its own: a dateline, nothing happens
        fields.update({"what": what, "participants": _participants(span, sent, offset, ctx)})
        if plain or unsure or span.label_ in ("WEEKDAY", "RELDAY"):  # a lost clause, a day from…
            fields["evidence"] = "plain" if plain else "year_unsure" if unsure else "weekday"
        facts.append(ctx.fact("event", sent, offset, **fields))
    return facts


def _read_date(
    doc: Doc, span: Span, offset: int, ctx: Context
) -> tuple[str, str | None, bool, int] | None:
    """Return (surface, ISO date or None, year inferred) of a matched date span, or None to skip it."""
    if is_range(doc, span) or _is_quantity_year(doc, span) or frames_a_tally(span):
        return None
    if date_frames.compares_since(doc, span) or date_frames.labels_a_name(doc, span):
        return None  # « le premier depuis 1998 », « Munich (hiver 2022) »: no event then
    if date_frames.compares_with(doc, span) or date_frames.window_of_months(doc, span):
        return None  # « comme en 2013 », « entre les mois de juillet et septembre »
    if date_frames.kind_of_month(doc, span) or date_frames.measures_a_window(doc, span):
        return None  # « un mois de septembre aussi pluvieux », « les neuf premiers mois de 2016 »
    if date_frames.is_a_reference(doc, span):
        return None  # « il faut remonter à 1998 pour retrouver … »: a comparison, no event
    if date_frames.labels_an_edition(doc, span):
        return None  # « le programme du Festival de Brenneval de 2019 »: the name's edition
    if date_frames.quoted_apart(doc, span, _governor(span)):
        return None  # « X explique « … à partir du 19 octobre » »: the quote's date, not X's
    if span.label_ == "YEAR_LIST":
        return listed_year(doc, span, offset, ctx)
    if span.label_ in ("WEEKDAY", "RELDAY"):
        night = date_frames.night_start(doc, span)  # « la nuit du vendredi au samedi »
        blocked = weekdays.quoted(doc, span) if night is not None else weekdays.blocked(doc, span)
        norm = None if blocked else weekdays.resolve(doc, span, _governor(span), ctx.article.date)
        first, end = weekdays.bounds(doc, span)
        if norm and night is not None:  # « dans la nuit de vendredi à samedi »: the Friday
            first, norm = night, date_frames.day_before(norm)
        return (doc[first:end].text, norm, True, end) if norm else None
    if any(t.is_digit and len(t) == 4 and not re.match(_YEAR, t.text) for t in span):
        return None
    numeric = _NUMERIC.match(span.text)
    if numeric:
        ctx.extras[_LAST_YEAR] = (offset + span.start_char, int(numeric.group(3)))
        day_, month_, year_ = (int(g) for g in numeric.groups())
        return span.text, f"{year_:04d}-{month_:02d}-{day_:02d}", False, span.end
    months = month_numbers()
    day = next(
        (
            int(t.text.rstrip("er"))
            for t in span
            if re.match(_DAY, t.text) and t.lower_ not in months
        ),
        None,
    )
    month = next((months[t.lower_] for t in span if t.lower_ in months), None)
    year = next((int(t.text) for t in span if re.match(_YEAR, t.text)), None)
    capital = next(
        (t for t in span if t.lower_ in months and t.is_title and not t.is_sent_start), None
    )
    if capital is not None and year is None and (day, capital.lower_) in _named_days():
        return None  # « le 11 Septembre », « le 14 Juillet »: a day's name, not this year's date
    end = paired_year_end(doc, span)
    inferred, sure = False, True
    closing = range_closing(doc, span) if year is None and day is not None else None
    if closing is not None:  # « du 14 juin au 3 août 1995 »: one period, dated by its start
        end, year = closing
    if year is None:
        year, end, sure = _implicit_year(doc, span, offset, ctx, (month, day))
        end = max(end, closing[0]) if closing is not None else end
        inferred = year is not None
    elif span.start - span.sent.start <= 3:  # « En 1998, … »: a year that frames what follows
        ctx.extras[_NAMED_YEAR] = (offset + span.start_char, year)
    first = _ranked_start(doc, span, _surface_start(doc, span, day))
    opening = range_opening(doc, span, day, month)
    if opening is not None:  # « du 3 au 5 mars 2020 », « mai-juin 1968 »: the period's start
        first, day, month = opening
    if closing is not None or opening is not None:  # « entre le 2 et le 9 mai »: says « entre »
        first = between_start(doc, first)
    surface = doc[first:end].text
    if year is None or not sure:  # an unsure year is no year: no date_norm, year_inferred kept
        return surface, None, not sure, end
    ctx.extras[_LAST_YEAR] = (offset + span.start_char, year)
    parts = [f"{year:04d}"] + [f"{v:02d}" for v in (month, day) if v is not None]
    return surface, "-".join(parts[: 3 if month is not None else 1]), inferred, end


@functools.cache
def _named_days() -> frozenset[tuple[int, str]]:
    """Return the days named by their date (lexicon event_named_days) as (day, month)."""
    pairs = (entry.split() for entry in lexicon.words("event_named_days"))
    return frozenset((int(day.removesuffix("er")), month) for day, month in pairs)


def _surface_start(doc: Doc, span: Span, day: int | None) -> int:
    """Drop the leading words of « en 1999 », « depuis mars », « mois de mars », keep « mardi 4 février »."""
    start = span.start
    if day is None:
        while start < span.end - 1 and doc[start].lower_ in lexicon.word_set("event_surface_drop"):
            start += 1
    return start


def _ranked_start(doc: Doc, span: Span, start: int) -> int:
    """Take in the rank of « troisième trimestre 2016 » when the date opens on such a period."""
    ranked = span[0].lower_ in lexicon.word_set("event_ranked_periods") and start == span.start
    if ranked and start > 0 and doc[start - 1].lower_ in lexicon.word_set("event_period_ranks"):
        return start - 1
    return start


def _is_quantity_year(doc: Doc, span: Span) -> bool:
    """Return whether « en 2000 » is a count (« en 2000 exemplaires »)."""
    if span.label_ != "YEAR" or span.end >= len(doc):
        return False
    nxt = doc[span.end]
    plural = "Plur" in nxt.morph.get("Number", [])
    return nxt.pos_ == "NOUN" and plural and nxt.lower_ not in month_numbers() and nxt.is_lower


def _implicit_year(
    doc: Doc, span: Span, offset: int, ctx: Context, day_month: tuple[int | None, int | None]
) -> tuple[int | None, int, bool]:
    """Return the year of a date written without one, where its surface ends, whether it is sure."""
    after = " " + doc[span.end : span.end + 8].text.lower()
    if span.label_ == "RELATIVE":
        last = ctx.extras.get(_LAST_YEAR)
        shift = _relative_years().get(span.text.lower().replace("’", "'"), 0)
        return (last[1] + shift if last else None), span.end, True
    for phrase, shift in numbers.table("event_dateline_years").items():
        if ctx.article.date and re.match(rf"\s+{re.escape(phrase)}\b", after):
            # « le 17 octobre de l'année dernière »: the dateline's year, not the last one named
            return int(ctx.article.date[:4]) + shift, span.end + len(_words(phrase)), True
    for phrase, shift in _relative_years().items():
        if re.match(rf"\s+{re.escape(phrase)}\b", after):
            last = ctx.extras.get(_LAST_YEAR)
            return (last[1] + shift if last else None), span.end + len(_words(phrase)), True
    for word, sign in numbers.table("event_dateline_relative").items():
        if re.match(rf"\s+{word}\b", after):
            return _dateline_relative(ctx, span, sign, day_month[1]), span.end + 1, True
    year, sure = _context_year(ctx, span, offset, day_month)
    return year, span.end, sure


def _dateline_relative(ctx: Context, span: Span, sign: int, day: int | None) -> int | None:
    """Return the year of « juin dernier » / « mars prochain » from the article's dateline; in the
    dateline's own month, a day before it (« le 11 août dernier » on 13 August) is this year's."""
    if not ctx.article.date:
        return None
    year, _, rest = ctx.article.date.partition("-")
    month = next((v for k, v in month_numbers().items() if k in span.text.lower()), None)
    if month is None or not rest:
        return int(year) + (sign if span.label_ == "RELATIVE" else 0)
    current = (int(rest[:2]), int(rest[3:5]) if rest[3:5].isdigit() else 0)
    if day is not None and current[1] and month == current[0]:
        return int(year) if (day - current[1]) * sign > 0 else int(year) + sign
    if sign < 0:
        return int(year) if month < current[0] else int(year) - 1
    return int(year) if month > current[0] else int(year) + 1


def _context_year(
    ctx: Context, span: Span, offset: int, day_month: tuple[int | None, int | None]
) -> tuple[int | None, bool]:
    """Return the year of a date without one (the sentence's, the one before's, else the dateline's
    as tense and day place it; without a dateline the last named), and whether it is sure."""
    last = ctx.extras.get(_LAST_YEAR)
    if not ctx.article.date:
        return (int(last[1]) if last else None), True
    sent = span.sent
    if last and last[0] >= offset + sent.start_char:
        return int(last[1]), True
    named = ctx.extras.get(_NAMED_YEAR)
    previous = span.doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
    near = int(named[1]) if named and named[0] >= offset + previous else None
    month, day = day_month
    if month is None:
        return int(ctx.article.date[:4]), True
    return weekdays.year_of_day(span, _governor(span), ctx.article.date, (month, day), near)


def _governor(span: Span) -> Token:
    """Return the verb, or the noun of a « réunion du 12 février » complement, the date depends on."""
    tok = span.root
    planned = planned_by(span.doc, span.start)
    if planned is not None:  # « a annulé sa visite prévue le 31 janvier »: the visit's date
        return planned
    nominal = _attached_by_de(span) or tok.head.dep_ == "appos"  # « réunion du 12 février »
    if (
        nominal
        and tok.head.pos_ == "NOUN"
        and tok.head.i < span.start
        and tok.head.lower_ not in month_numbers()
    ):
        return tok.head
    while tok.head.i != tok.i:
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return _subordinate_verb(span, tok) or tok
        if tok.pos_ == "NOUN" and tok.dep_ == "appos":
            return tok  # « Marc Lenoir, champion d'Europe en 1983, … »
    return tok


def _subordinate_verb(span: Span, verb: Token) -> Token | None:
    """Return the verb of a « que » clause between `verb` and the date, which the date belongs to
    though the parse hung it on `verb` (« a annoncé que la pluie est tombée depuis dimanche »)."""
    for tok in span.doc[verb.i + 1 : span.start]:
        if tok.lower_ in ("que", "qu'", "qu’") and tok.dep_ == "mark":
            clause = tok.head
            if clause.pos_ in ("VERB", "AUX") and verb.is_ancestor(clause):
                return clause
    return None


def _attached_by_de(span: Span) -> bool:
    """Return whether the date is a « du 12 février », « de 1902 » complement."""
    before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    return before in ("du", "de", "d'") or span[0].lower_ in ("de", "d'")


def _what(doc: Doc, span: Span) -> tuple[str, bool]:
    """Return what happened at the date, without quotation marks, and whether the clause was lost."""
    restricted = _restricted(doc, span)
    if restricted:
        return restricted, False
    what = " ".join(re.sub(r"[«»“”\"]", " ", _description(doc, span)).split())
    words = [w for w in what.split() if any(c.isalnum() for c in w)]
    if len(words) < 2 or " ".join(words) == " ".join(span.text.split()) or what.endswith(" ."):
        return _rest_of_sentence(doc, span), True  # a parse that lost the clause: say it plainly
    return what, False


def _restricted(doc: Doc, span: Span) -> str:
    """« Les maoïstes ne sont entrés en politique qu'en 2007 »: the clause a restrictive « ne …
    que » puts before the date, said plainly (« Les maoïstes sont entrés en politique »), or ''."""
    start = _date_extent(doc, span).start
    sent = span.sent
    if start <= sent.start or doc[start - 1].lower_ not in ("qu'", "qu’", "que"):
        return ""
    words = [t for t in doc[sent.start : start - 1] if not t.is_space]
    if not any(t.lower_ in ("ne", "n'", "n’") for t in words) or len(words) < 3:
        return ""
    kept = [t for t in words if t.lower_ not in ("ne", "n'", "n’")]
    return " ".join("".join(t.text_with_ws for t in kept).strip(" ,").split())


def _rest_of_sentence(doc: Doc, span: Span, limit: int = 15) -> str:
    """Return the clause of the date's sentence without the date (« les salariés quittent le site »)."""
    skip = _date_extent(doc, span)
    sent = span.sent
    words: list[Token] = []
    for tok in sent:
        if tok.i in skip or tok.is_space or (not words and tok.is_punct):
            continue
        if (tok.i > span.end and tok.text in (";", ":", "(")) or len(words) >= limit:
            break
        words.append(tok)
    while words and not any(c.isalnum() for c in words[-1].text):
        words.pop()
    return " ".join("".join(t.text_with_ws for t in words).split())


def _description(doc: Doc, span: Span) -> str:
    """Return subject, verb and object of the clause the date belongs to."""
    head = _governor(span)
    skip = _date_extent(doc, span)
    if head.i in skip:  # « au début du mois de juin »: the noun holds the date, the verb says what
        head = clause_verb(head) or head
    if head.pos_ == "NOUN":
        nominal = phrase_words(doc, head, skip, 10)
        if head.dep_ == "appos" or any(c.dep_.startswith("acl") for c in head.children):
            owner = (
                phrase_words(doc, head.head, range(head.left_edge.i, head.right_edge.i + 1), 6)
                if head.dep_ == "appos"
                else ""
            )
            return f"{owner} : {nominal}" if owner else nominal
        verb = clause_verb(head)
        clause = (
            clause_words(doc, verb, range(head.left_edge.i, head.right_edge.i + 1))
            if verb is not None
            else ""
        )
        return f"{nominal} : {clause}" if clause else nominal
    return clause_words(doc, head, skip)


def _date_extent(doc: Doc, span: Span) -> range:
    """Return the date with its prepositions and the noun holding it (« au cours de l'été 1944 »)."""
    months = month_numbers()
    day = next((1 for t in span if re.match(_DAY, t.text)), None)
    month = next((months[t.lower_] for t in span if t.lower_ in months), None)
    opening = range_opening(doc, span, day, month)
    start = _ranked_start(doc, span, opening[0] if opening else span.start)
    inside = set(range(start, span.end))
    if start > 0 and doc[start - 1].lower_ in ("du", "de", "d'"):
        start -= 1
        inside.add(start)
    holders = lexicon.word_set("event_time_nouns")
    k = start - 1
    while k >= 0 and (
        (doc[k].pos_ in ("ADP", "DET") and doc[k].head.i in inside)
        or (doc[k].lower_ in holders and span.root.head.i == k)
    ):
        inside.add(k)
        start = k
        k -= 1
    end = span.end
    if end < len(doc) and doc[end].lower_ in numbers.table("event_dateline_relative"):
        end += 1  # « le 11 août dernier »: the relative word belongs to the date
    return range(start, end)


def _participants(span: Span, sent: Span, offset: int, ctx: Context) -> list[str]:
    """Return the people named in the date's clause, resolved to their fullest form."""
    head = _governor(span)
    clause = head if head.pos_ in ("VERB", "AUX") else sent.root
    start, end = (
        offset + clause.left_edge.idx,
        offset + clause.right_edge.idx + len(clause.right_edge.text),
    )
    names = ctx.names
    if names is not None and hasattr(names, "mentions_in"):
        found = [m.full or m.text for m in names.mentions_in(start, end)]
    else:
        found = [
            e.text
            for e in ents_in(sent)
            if e.label_ == "PER" and start <= offset + e.start_char < end
        ]
    return [name for name in dict.fromkeys(found) if _looks_like_name(name)]


def _looks_like_name(name: str) -> bool:
    """Return whether a participant is a person's name, not « Le Canard » or « ma mère »."""
    first = name.split()[0] if name.split() else ""
    return first[:1].isupper() and first.lower() not in lexicon.word_set("event_not_name_starts")


def _caption(sent: Any, span: Span) -> bool:
    """Tell a credit or caption line « Agence Trévol, 3 mars 2019. »: a few verbless words on a
    line of their own, ended by the date."""
    text = span_text(sent).strip()
    alone = (
        "\n" in text_of(sent.doc)[max(0, sent.start_char - 1) : sent.start_char + 1]
        or sent.start == 0
    )
    verbless = not any(t.pos_ in ("VERB", "AUX") for t in sent)
    ends = all(t.is_punct or t.is_space for t in sent.doc[span.end : sent.end])
    return alone and verbless and ends and len(text.split()) <= 8


def _heading(sent: Any) -> bool:
    """Tell whether a sentence is a short line of its own without a verb (a heading, a link)."""
    text = span_text(sent).strip()
    alone = (
        "\n" in text_of(sent.doc)[max(0, sent.start_char - 1) : sent.start_char + 1]
        or sent.start == 0
    )
    verbless = not any(t.pos_ in ("VERB", "AUX") for t in sent)
    return alone and verbless and len(text.split()) <= 6 and not text.endswith(".")
