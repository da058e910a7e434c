"""A deck's budget: per fact, the best one or two questions above the score threshold.

A fact is asked at most `per_fact` times (default 2), never twice the same way (same kind and
same answer, or the same prompt as multiple choice); « X → Y » and « Y → X » are two ways. The same answer
drawn from the same sentence by two facts counts as one fact, and a figure or a date is asked
once per deck (`PER_VALUE`), whichever sentence or fact tells it, and so is a person's role
(`PER_PERSON`: their role and leader facts, either way). One source sentence gives at most
`PER_SENTENCE` questions (default 2; one more per `WORDS_PER_QUESTION` words of a long sentence),
each of a different kind; a list sentence (three figures or more) gives one, on its lead figure.
A template the blind judges found mostly bad (`left_out`) makes no card of a default deck.
A year the title already says is not asked. The deck holds at most one question per
`WORDS_PER_CARD` words of its article (at least `MIN_CARDS`), the main story first (the actions,
figures, successions and events of its title and first sentences), then best score: the default
deck's cap, which an explicit `per_fact` or `limit` lifts. `per_fact=0` keeps everything.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from generators import lexicon
from generators.french.grammar import fold
from generators.french.numbers import is_number_word, parse_words
from generators.questions.headline import title_figures
from generators.questions.quality import Rejection
from generators.questions.score import THRESHOLD, kind_threshold, signals, story_weights
from generators.records import CLOZE, TRUEFALSE, Fact, Question

PER_FACT = 2
PER_VALUE = 1  # one card per figure or date: the same number asked twice reads as a duplicate
VALUE_TYPES = ("quantity", "event")  # a figure or a date is the fact: asked once, in one way
PER_PERSON = 1  # a person's role (its role and leader facts, either way) is asked once per deck
PER_SENTENCE = 2
WORDS_PER_QUESTION = 15  # a long sentence carrying several facts takes one more per 15 words
LIST_FIGURES = 3  # a sentence with this many figures is a list: one card, on its lead figure
WORDS_PER_CARD = 50  # tests/data/judged (calibrate.py --deck --corpus): see its README
MIN_CARDS = 5
LEAD_WEIGHT = 0.8  # score.story_weights: a fact of the first sentences (the main story) or more
CHARS_PER_WORD = 6.0  # French news text: a word and its space, to guess a length from offsets
LEFT_OUT_JUDGED = 5  # a template judged on this many cards or more …
LEFT_OUT_OK = 0.25  # … fewer of them ok than this share …
LEFT_OUT_BAD = 0.4  # … and this share or more wrong or useless: out of default decks
LEFT_OUT_WRONG = 0.3  # … or this share or more wrong, however many ok: a wrong card costs trust


@dataclass(frozen=True)
class ArticleShape:
    """What the budget knows of the article: its facts by id, its title and its length in words."""

    facts: Mapping[str, Fact] = field(default_factory=dict)
    title: str = ""
    words: int = 0  # 0: no cap
    lead: frozenset[str] = frozenset()  # the main story: lead facts of lexicon/score_lead_types

    @classmethod
    def of(
        cls, facts: Sequence[Fact], header: Mapping[str, object], capped: bool = True
    ) -> ArticleShape:
        """Return the shape of an article from its facts and header (length guessed if absent;
        `capped=False`: no cap)."""
        words = header.get("words") if capped else 0
        if not isinstance(words, int):
            last = max((f.end for f in facts), default=0)
            words = round(last / CHARS_PER_WORD)
        title = str(header.get("title") or "")
        stories = story_weights(facts, title)
        story_types = lexicon.word_set("score_lead_types")
        lead = frozenset(
            f.id for f in facts if stories.get(f.id, 0) >= LEAD_WEIGHT and f.type in story_types
        )
        return cls({f.id: f for f in facts}, title, words, lead)


def cap(words: int) -> int | None:
    """Return the most cards an article of `words` words gives (None: no cap)."""
    return max(MIN_CARDS, words // WORDS_PER_CARD) if words > 0 else None


def keep_best(
    ranked: Sequence[Question],
    per_fact: int | None = None,
    threshold: float = THRESHOLD,
    shape: ArticleShape | None = None,
) -> tuple[list[Question], list[Rejection]]:
    """Return the questions kept (in `ranked` order) and those the budget dropped, with why."""
    budget = PER_FACT if per_fact is None else per_fact
    if budget == 0:
        return list(ranked), []
    shape = shape or ArticleShape()
    most = cap(shape.words)
    taken: dict[str, list[Question]] = {}
    kept_ids: set[str] = set()
    dropped: list[Rejection] = []
    order = sorted(  # the main story first, then best score, ties to the story's fact types
        ranked, key=lambda q: (q.fact_id not in shape.lead, -q.score, story_rank(q.fact_type))
    )
    for question in order:
        reason = _why_not(question, taken, budget, threshold, shape) or _judged_out(question)
        if not reason and most is not None and len(kept_ids) >= most:
            reason = f"over the article's cap of {most} cards (one per {WORDS_PER_CARD} words)"
        if reason:
            dropped.append(Rejection(question, reason))
            continue
        kept_ids.add(question.id)
        for key in [*_groups(question, shape), f"sentence:{fold(question.source)}"]:
            taken.setdefault(key, []).append(question)
    return [q for q in ranked if q.id in kept_ids], dropped


def _why_not(
    question: Question,
    taken: dict[str, list[Question]],
    budget: int,
    threshold: float,
    shape: ArticleShape,
) -> str:
    """Return why the budget drops `question`, or '' to keep it."""
    floor = kind_threshold(question.kind, threshold)
    if question.score < floor:
        named = ", ".join(name for name, _ in signals(question)) or "weak template or fact"
        which = f"the {question.kind} threshold" if floor > threshold else "the threshold"
        return f"score {question.score:.2f} below {which} {floor:.2f} ({named})"
    secondary = _secondary(question, shape.title)
    if secondary:
        return secondary
    for key in _groups(question, shape):
        before = taken.get(key, [])
        if key.startswith("statement:") and before:
            return f"its sentence already has a true/false statement ({before[0].id})"
        same = next((q for q in before if _same_way(q, question)), None)
        if same is not None:
            return f"asks the same fact the same way as {same.id}"
        told = key.startswith("fact:") and question.fact_type in VALUE_TYPES
        if (key.startswith("value:") or told) and len(before) >= PER_VALUE:
            return f"its figure or date is already asked ({before[0].id})"
        if key.startswith("person:") and len(before) >= PER_PERSON:
            return f"this person's role is already asked ({before[0].id})"
        if len(before) >= budget:
            return f"its fact is already asked {budget} times ({', '.join(q.id for q in before)})"
    return _sentence_full(question, taken.get(f"sentence:{fold(question.source)}", []))


@functools.cache
def left_out() -> dict[str, str]:
    """Return the templates the blind judges found mostly bad, with their counts: at least
    LEFT_OUT_JUDGED cards judged, under LEFT_OUT_OK ok and LEFT_OUT_BAD or more wrong or useless,
    or LEFT_OUT_WRONG or more wrong — over every judged card, or over the cards judged under the
    current instructions (lexicon/score_template_judgements.txt: four counts each); a family of
    templates asking one fact both ways counts as one (lexicon/score_template_families.txt).
    `per_fact=0` (`--all`) still makes them."""
    table: dict[str, list[int]] = {}
    for line in lexicon.words("score_template_judgements"):
        template, *numbers = line.split()
        table[template] = ([int(n) for n in numbers] + [0] * 8)[:8]
    families = [line.split() for line in lexicon.words("score_template_families")]
    out: dict[str, str] = {}
    for template in sorted({*table, *(t for family in families for t in family)}):
        family = next((f for f in families if template in f), [template])
        counts = [sum(c) for c in zip(*(table.get(t, [0] * 8) for t in family), strict=True)]
        for scope, (ok, awkward, wrong, useless) in (
            ("", counts[:4]),
            (" under the current instructions", counts[4:]),
        ):
            if judged_bad(ok, awkward, wrong, useless):
                total = ok + awkward + wrong + useless
                together = (
                    f" (with {', '.join(t for t in family if t != template)})"
                    if len(family) > 1
                    else ""
                )
                out[template] = (
                    f"{ok} ok of {total}, {wrong} wrong, {useless} useless{scope}{together}"
                )
                break
    return out


def _judged_out(question: Question) -> str:
    judged = left_out().get(question.template)
    return (
        f"template {question.template} is left out of default decks (judged {judged})"
        if judged
        else ""
    )


def judged_bad(ok: int, awkward: int, wrong: int, useless: int) -> bool:
    """Tell a template the judges found mostly bad (`left_out`)."""
    total = ok + awkward + wrong + useless
    bad = wrong + useless >= LEFT_OUT_BAD * total
    mostly_bad = ok < LEFT_OUT_OK * total and bad
    return total >= LEFT_OUT_JUDGED and (mostly_bad or wrong >= LEFT_OUT_WRONG * total)


def _secondary(question: Question, title: str) -> str:
    """Return why the question asks a secondary detail of its sentence or article, or ''."""
    key = value_key(question.answer)
    figure = key[4:] if key.startswith("num:") else ""
    year = re.fullmatch(r"(?:1[5-9]|20)\d\d", figure)
    if year and re.search(rf"(?<!\d){figure}(?!\d)", title):
        return f"the year {figure} is already in the title"
    figures = figures_of(question.source)
    if _in_title(figure, title):
        return ""  # « 40 morts » of the title: the headline, wherever its sentence lists it
    if len(figures) >= LIST_FIGURES and figure in figures[1:] and figure != figures[0]:
        return f"a side figure of a list sentence (its lead figure is {figures[0]})"
    return ""


def _in_title(figure: str, title: str) -> bool:
    """Tell a figure the article's title states (headline.title_figures)."""
    try:
        value = float(figure.replace(",", "."))
    except ValueError:
        return False
    return value in title_figures(title)


def _sentence_full(question: Question, before: list[Question]) -> str:
    """Return why the question's source sentence takes no more questions, or ''."""
    if not question.source:
        return ""
    allowed = max(PER_SENTENCE, len(question.source.split()) // WORDS_PER_QUESTION)
    if len(figures_of(question.source)) >= LIST_FIGURES:
        allowed = 1
    if len(before) >= allowed:
        ids = ", ".join(q.id for q in before)
        return f"its sentence is already asked {allowed} times ({ids})"
    same = next((q for q in before if q.kind == question.kind), None)
    if same is not None:
        return f"its sentence already has a {question.kind} question ({same.id})"
    answer = fold(question.answer)
    same = next(
        (
            q
            for q in before
            if q.fact_id != question.fact_id
            and (shows(q) or shows(question))
            and fold(q.answer) == answer
        ),
        None,
    )
    if same is not None:  # another fact of the sentence asks the same answer
        return f"its sentence already asks « {question.answer} » ({same.id}, another fact of it)"
    return ""


def shows(question: Question) -> bool:
    """Tell a card that shows its whole sentence: a cloze, a true/false, a « Complétez : « … » »."""
    prompt = question.prompt.rstrip()
    return question.kind in (CLOZE, TRUEFALSE) or (
        prompt.startswith("Complétez") and prompt.endswith("»")
    )


def _groups(question: Question, shape: ArticleShape | None = None) -> list[str]:
    """Return the budgets a question counts against: its fact, its answer in its sentence, a
    figure or date anywhere in the article (« 50 200 inscrits » told in two sentences), and the
    person whose role it asks."""
    answer = fold(question.answer)
    groups = [f"fact:{question.fact_id}", f"answer:{fold(question.source)}\x1f{answer}"]
    value = value_key(question.answer)
    if value and question.fact_type not in ("succession",):
        groups.append(f"value:{value}")
        groups += [f"value:{near}" for near in [near_key(question.answer)] if near]
    fact = shape.facts.get(question.fact_id) if shape else None
    holder = fact.get("person") or fact.get("leader") if fact is not None else None
    if holder and fact is not None and fact.type in ("person_role", "leads"):
        groups.append(f"person:{fold(str(holder))}")
    if question.kind == TRUEFALSE:  # one statement per sentence: two swaps of it read as one card
        groups.append(f"statement:{fold(question.source)}")
    return groups


def value_key(answer: str) -> str:
    """Return the figure or date an answer gives, normalised (« date:20 octobre », « num:121000»)."""
    text = _plain(answer)
    months = "|".join(sorted(_months(), key=len, reverse=True))
    day = re.search(rf"\b(\d{{1,2}}|1er) ({months})\b", text)
    if day:
        return f"date:{day.group(1)} {day.group(2)}"
    month = re.search(rf"\b({months}) (\d{{4}})\b", text)
    if month:
        return f"date:{month.group(1)} {month.group(2)}"
    number = _NUMBER.search(text)
    if number:
        return f"num:{number.group(0).replace(' ', '')}"
    words = text.split()
    spelled = parse_words(" ".join(words)) if words and is_number_word(words[0]) else None
    return f"num:{int(spelled)}" if spelled is not None and spelled == int(spelled) else ""


def near_key(answer: str) -> str:
    """Return the whole part of a scaled figure (« 207,8 millions » and « 207 millions » →
    « near:207 millions »): one figure told with and without its decimals is asked once."""
    found = re.search(r"(?<![\d,.])(\d+)(?:,\d+)? (millions?|milliards?)\b", _plain(answer))
    return f"near:{found.group(1)} {found.group(2).rstrip('s')}" if found else ""


def figures_of(sentence: str) -> list[str]:
    """Return the figures of a sentence in order (as `value_key` writes them), without its dates."""
    text = _plain(sentence)
    months = "|".join(sorted(_months(), key=len, reverse=True))
    text = re.sub(rf"\b(?:\d{{1,2}}|1 ?er) (?:{months})(?: \d{{4}})?\b", " ", text)
    text = re.sub(rf"\b(?:{months}) \d{{4}}\b", " ", text)
    text = re.sub(r"\b(?:1[5-9]|20)\d\d\b", " ", text)  # a year is a date, not a figure
    text = re.sub(r"\b\d{1,2} ?h ?\d{2}\b", " ", text)  # an hour (« 23h30 »)
    return [f.replace(" ", "") for f in _NUMBER.findall(text)]


_NUMBER = re.compile(r"(?<![\d,.])(?:\d{1,3}(?: \d{3})+(?!\d)|\d+)(?:[,.]\d+)?")


def _plain(text: str) -> str:
    """Return `text` lower-cased, unaccented, with one kind of space (commas kept)."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[\s\u00a0\u202f]+", " ", text)


def story_rank(fact_type: str) -> int:
    """Return where a fact type stands in an article's main story (lexicon/score_story_types)."""
    order = lexicon.words("score_story_types")
    return order.index(fact_type) if fact_type in order else len(order)


@functools.cache
def _months() -> frozenset[str]:
    return frozenset(fold(m) for m in lexicon.words("french_months"))


def _same_way(a: Question, b: Question) -> bool:
    """Tell two questions that ask the same thing: same kind and answer, or the same prompt."""
    return (a.kind == b.kind and fold(a.answer) == fold(b.answer)) or fold(a.prompt) == fold(
        b.prompt
    )
