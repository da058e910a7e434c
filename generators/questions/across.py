"""Questions across a theme's articles: which came first, in what year, who held what when, most.

Each question is asked only when the articles' facts give it exactly one right answer: dates that
do not overlap, one figure of a unit per article, one role of a person per dated article. The
prompts are data (`lexicon/across_prompts.txt`); the choices are the articles' own titles, dates
and roles.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from generators import lexicon
from generators.records import BASIC, MCQ, Fact, Question, identity_key

CHOICES = 4
DATELINE_TAIL = 40  # a dateline is its date and at most a place: « 3 mai 2016, Lyon, France. »
MARGIN = 1.5  # a hedged figure (« environ », « au moins ») must beat the next by this factor


@dataclass(frozen=True)
class ArticleFacts:
    """One article of a theme: its slug, title, date (ISO prefix or None), facts and questions."""

    slug: str
    title: str
    date: str | None
    facts: Sequence[Fact]
    questions: Sequence[Question] = ()
    deck: str = ""  # its subdeck: a question on one article's fact goes there, beside the others


def questions_across(articles: Sequence[ArticleFacts], theme: str) -> list[Question]:
    """Return the questions that need several of the theme's articles, in a stable order."""
    return [
        *first_published(articles, theme),
        *years(articles, theme),
        *roles_by_year(articles, theme),
        *most(articles, theme),
    ]


def article_date(header_date: object, facts: Iterable[Fact]) -> str | None:
    """Return an article's date: its header's, else its dateline (a short sentence opening on a date)."""
    if header_date:
        return str(header_date)
    for fact in facts:
        surface = str(fact.get("date") or "")
        if (
            fact.type == "event"
            and _span(fact.get("date_norm")) is not None
            and surface
            and fact.sentence.startswith(surface)
            and len(fact.sentence) <= len(surface) + DATELINE_TAIL
        ):
            return str(fact.get("date_norm"))
    return None


# --- which came first --------------------------------------------------------------------------


def first_published(articles: Sequence[ArticleFacts], theme: str) -> list[Question]:
    """Ask which of four articles came first, and of four others which came last.

    The four are spread along the theme's dates (every n-th article in date order), so that the
    question is about the order of the news, not a day's difference.
    """
    dated = sorted((a for a in articles if _span(a.date)), key=lambda a: _span(a.date) or ("", ""))
    stride = len(dated) // CHOICES
    firsts = [_ordered(dated[start::stride][:CHOICES], theme, "first") for start in range(stride)]
    step = stride - 1 if stride > 2 else 0  # other groups than the firsts' for the lasts
    lasts = [_ordered(dated[start::step][:CHOICES], theme, "last") for start in range(step)]
    return [q for q in (*firsts, *lasts) if q is not None]


def _ordered(group: Sequence[ArticleFacts], theme: str, which: str) -> Question | None:
    """Return « which came first (or last) » of articles in date order, when the order is sure."""
    spans = [_span(a.date) or ("", "") for a in group]
    if len(group) < CHOICES or any(spans[i][1] >= spans[i + 1][0] for i in range(len(spans) - 1)):
        return None  # two dates overlap (« juin 2016 » and « 14 juin 2016 »): no sure order
    titles = [_title(a) for a in group]
    if len(set(titles)) < len(titles):
        return None
    extra = " · ".join(
        phrase("dated", date=french_date(str(a.date)), title=_title(a)) for a in group
    )
    answer = group[0] if which == "first" else group[-1]
    source = next((f.shown for f in answer.facts if f.type == "event"), "")
    return _question(
        theme,
        f"across-{which}",
        answer.slug,
        MCQ,
        phrase(which),
        _title(answer),
        choices=tuple(sorted(titles)),  # not in date order: that would tell
        source=source,
        extra=extra,
    )


# --- in what year ------------------------------------------------------------------------------


def years(articles: Sequence[ArticleFacts], theme: str) -> list[Question]:
    """Ask an article's « Quand … ? » as « En quelle année … ? » with other articles' years."""
    openers = tuple(f"{o} " for o in phrases("year_opener"))
    out = []
    for article in articles:
        facts = {f.id: f for f in article.facts}
        others = sorted({y for a in articles if a is not article for y in _years_of(a.facts)})
        asked: set[str] = set()
        for question in article.questions:
            fact = facts.get(question.fact_id)
            opener = next((o for o in openers if question.prompt.startswith(o)), None)
            if fact is None or question.kind != BASIC or opener is None or fact.id in asked:
                continue
            year = _year_of(fact)
            if year is not None and year == (article.date or "")[:4]:
                continue  # the article's own year: known without the fact
            wrong = sorted(
                (y for y in others if y != year), key=lambda y: (abs(int(y) - int(year or 0)), y)
            )
            if year is None or len(wrong) < CHOICES - 1:
                continue
            asked.add(fact.id)
            prompt = f"{phrase('year')} {question.prompt[len(opener) :]}"
            out.append(
                _question(
                    theme,
                    "across-year",
                    fact.id,
                    MCQ,
                    prompt,
                    year,
                    choices=tuple(sorted([year, *wrong[: CHOICES - 1]])),
                    source=fact.shown,
                    deck=article.deck,
                )
            )
    return out


def _years_of(facts: Iterable[Fact]) -> set[str]:
    return {y for f in facts if (y := _year_of(f)) is not None}


def _year_of(fact: Fact) -> str | None:
    """Return the year an event fact states itself (not inferred from the article's date)."""
    if fact.type != "event" or fact.get("year_inferred"):
        return None
    match = re.match(r"(\d{4})", str(fact.get("date_norm") or ""))
    return match.group(1) if match else None


# --- who held what, when -------------------------------------------------------------------------


def roles_by_year(articles: Sequence[ArticleFacts], theme: str) -> list[Question]:
    """Ask « Quelle fonction X occupait-il en 2016 ? » of a person met in articles of other years."""
    seen: dict[str, dict[str, list[tuple[ArticleFacts, Fact]]]] = {}
    for article in articles:
        year = (article.date or "")[:4]
        for fact in article.facts:
            if fact.type == "person_role" and year.isdigit():
                person = identity_key("person", {"person": fact.get("person")})
                seen.setdefault(person, {}).setdefault(year, []).append((article, fact))
    out = []
    for by_year in seen.values():
        roles = {year: {_norm(f.get("role")) for _, f in found} for year, found in by_year.items()}
        if len(by_year) < 2 or any(len(r) != 1 for r in roles.values()):
            continue  # one person, one role per year, in two years at least
        if len({next(iter(r)) for r in roles.values()}) != len(roles):
            continue  # the same role in two years: the year does not decide the answer
        out += _role_questions(by_year, theme)
    return out


def _role_questions(
    by_year: dict[str, list[tuple[ArticleFacts, Fact]]], theme: str
) -> list[Question]:
    out = []
    for year, found in sorted(by_year.items()):
        article, fact = found[0]
        pronoun = {"m": "il", "f": "elle"}.get(str(fact.get("gender") or ""))
        if pronoun is None:
            continue
        person, role = str(fact.get("person")), str(fact.get("role"))
        extra = " · ".join(
            phrase("in_year", year=other, role=str(more[0][1].get("role")))
            for other, more in sorted(by_year.items())
            if other != year
        )
        prompt = phrase("role", person=person, pronoun=pronoun, year=year)
        out.append(
            _question(
                theme,
                "across-role",
                fact.id,
                BASIC,
                prompt,
                role,
                source=fact.shown,
                extra=extra,
                deck=article.deck,
            )
        )
    return out


# --- the most ----------------------------------------------------------------------------------


def most(articles: Sequence[ArticleFacts], theme: str) -> list[Question]:
    """Ask which article reports the biggest count of a unit that means the same everywhere."""
    units = lexicon.word_set("across_compared_units")
    counts: dict[str, list[tuple[ArticleFacts, Fact]]] = {}
    for article in articles:
        found: dict[str, list[Fact]] = {}
        for fact in article.facts:
            unit = str(fact.get("unit") or "").strip().lower()
            if fact.type == "quantity" and unit in units and fact.get("value_max") is None:
                found.setdefault(unit, []).append(fact)
        for unit, facts in found.items():
            if len(facts) == 1:  # two counts of one unit in an article: which one?
                counts.setdefault(unit, []).append((article, facts[0]))
    out = []
    for unit, pairs in sorted(counts.items()):
        ranked = sorted(pairs, key=lambda af: -float(af[1].get("value") or 0))[:CHOICES]
        if len(ranked) < 2 or not _clear_winner([f for _, f in ranked]):
            continue
        titles = tuple(_title(a) for a, _ in ranked)
        if len(set(titles)) < len(titles):
            continue
        top = ranked[0][1]
        extra = " · ".join(phrase("counted", title=_title(a), figure=_figure(f)) for a, f in ranked)
        out.append(
            _question(
                theme,
                "across-most",
                top.id,
                MCQ,
                phrase("most", unit=unit),
                titles[0],
                choices=tuple(sorted(titles)),
                source=top.shown,
                extra=extra,
            )
        )
    return out


def _figure(fact: Fact) -> str:
    """Return a figure as the article wrote it, with its unit (« environ 40 blessés »)."""
    text, unit = str(fact.get("text") or fact.get("value")), str(fact.get("unit") or "")
    return text if unit.lower() in text.lower() else f"{text} {unit}"


def _clear_winner(facts: Sequence[Fact]) -> bool:
    """Return whether the first figure is surely above the others (hedges need a margin)."""
    values = [float(f.get("value") or 0) for f in facts]
    hedged = any(f.get("approx") or f.get("bound") for f in facts)
    return values[0] > 0 and all(values[0] > (MARGIN if hedged else 1) * v for v in values[1:])


# --- shared ------------------------------------------------------------------------------------


def french_date(iso: str) -> str:
    """Return an ISO date prefix in French without preposition (« 12 février 2020 »)."""
    match = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", iso)
    months = lexicon.words("french_months")
    if not match or (match.group(2) and not 1 <= int(match.group(2)) <= len(months)):
        return iso
    year, month, day = match.groups()
    words = [months[int(month) - 1], year] if month else [year]
    if day:
        words.insert(0, "1er" if int(day) == 1 else str(int(day)))
    return " ".join(words)


def _span(iso: object) -> tuple[str, str] | None:
    """Return the first and last day an ISO prefix covers, as comparable strings (None if none)."""
    text = str(iso or "")
    if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", text):
        return None
    return (text + "-01-01"[len(text) - 4 :], text + "-12-31"[len(text) - 4 :])


def _title(article: ArticleFacts) -> str:
    """Return an article's title as a choice: without a trailing note in brackets."""
    return short_title(article.title) or article.slug


def short_title(title: str) -> str:
    """Return a title without a trailing note in brackets (« … (titre ajouté) »)."""
    return re.sub(r"\s*\([^()]*\)\s*$", "", title).strip()


def _norm(value: Any) -> str:
    return " ".join(str(value or "").lower().split())


def phrase(key: str, **values: str) -> str:
    """Return the prompt `key` of the lexicon, filled in."""
    return phrases(key)[0].format(**values)


def phrases(key: str) -> list[str]:
    """Return every text the lexicon gives for `key` (`key = text` lines), in order."""
    found = [
        text.strip()
        for name, _, text in (line.partition("=") for line in lexicon.words("across_prompts"))
        if name.strip() == key
    ]
    if not found:
        raise KeyError(key)
    return found


def _question(
    theme: str, template: str, anchor: str, kind: str, prompt: str, answer: str, **more: Any
) -> Question:
    """Return a question across articles, its id derived from the theme, template and anchor."""
    fact_id = f"{theme}:across:{hashlib.sha1(f'{template}|{anchor}'.encode()).hexdigest()[:10]}"
    qid = hashlib.sha1(f"{fact_id}|{template}".encode()).hexdigest()[:16]
    return Question(
        id=qid,
        fact_id=fact_id,
        template=template,
        kind=kind,
        prompt=prompt,
        answer=answer,
        fact_type="across",
        tags=("factdeck::across",),
        **more,
    )
