"""Wrong answers of the same kind: choices of a multiple choice, the swap of a false statement."""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Mapping, Sequence
from typing import Any

from generators import lexicon
from generators.french.dates import date_text
from generators.french.grammar import fold
from generators.questions.figures import beyond_bound
from generators.questions.index import ArticleIndex, Person, is_rank
from generators.questions.phrasing import clean, format_quantity, strip_article
from generators.questions.roles import role_class
from generators.questions.truths import ruled_out
from generators.questions.variables import build_context
from generators.records import Fact

CHOICES = 4  # options of a multiple choice: the answer and three distractors


def choices_for(
    pool: str,
    fact: Fact,
    context: Mapping[str, Any],
    index: ArticleIndex,
    prompt: str,
    truths: Sequence[str],
    qid: str,
) -> tuple[str, ...]:
    """Return the options of a multiple choice: the answer (`truths[0]`) and its distractors."""
    named = f" {fold(prompt)} "  # a person named in the prompt is no plausible choice
    found = distractors(pool, fact, context, index, truths, CHOICES + 2, qid)
    wrong = [clean(w) for w in found if f" {fold(w)} " not in named][: CHOICES - 1]
    return order_choices(qid, truths[0], wrong, numeric=pool in ("amount", "number", "year"))


def false_statement(
    pool: str, fact: Fact, context: Mapping[str, Any], index: ArticleIndex, qid: str
) -> tuple[str, bool, str]:
    """Return what a true/false statement shows, whether it is false, and the true value."""
    true_value = pool_value(pool, fact.type, context)
    candidates = (
        distractors(pool, fact, context, index, [true_value], 6, qid, statement=True)
        if _wants_false(qid)
        else []
    )
    gap = str(context.get("gap") or "")
    swapped = _first([c for c in candidates if keeps_order(true_value, c, gap)])
    surface = str(context.get("span") or "") if fact.type in _GAPPED_TYPES else ""
    if re.search(r"___\s?%", str(context.get("gap") or "")):
        swapped = swapped.removesuffix(" %")
    return like_surface(swapped, surface) or surface or true_value, bool(swapped), true_value


_NUMBER = re.compile(r"(?<![\w,])\d{1,3}(?:[\u00a0\u202f ]\d{3})+(?:,\d+)?|(?<![\w,])\d+(?:,\d+)?")


def _numbers(text: str) -> list[float]:
    """Return the numbers written in `text` (« 1 200 », « 2,5 »)."""
    return [float(re.sub(r"\s", "", n).replace(",", ".")) for n in _NUMBER.findall(text)]


def keeps_order(true_value: str, swapped: str, gap: str) -> bool:
    """Tell a swapped number that stands where the true one stood against the sentence's other
    numbers (« des 80 ruches, près de 72 »: 72 → 55, never 72 → 95); not a number: True."""
    true, other = _numbers(true_value), _numbers(swapped)
    if not true or not other:
        return True
    return all((other[0] > n) == (true[0] > n) for n in _numbers(gap) if n != true[0])


def plausible_figure(candidate: str, true_value: str, ratio: float = 3.0) -> bool:
    """Tell an article's other figure that could pass for the answer: within `ratio` of it
    (« 12,4 % » → « 10,9 % », not « 40,2 % » nor « 3 % »); not a number: True."""
    other, true = _numbers(candidate), _numbers(true_value)
    if not other or not true:
        return True
    low, high = sorted((abs(other[0]), abs(true[0])))
    return low > 0 and high / low <= ratio


def _first(items: Sequence[str]) -> str:
    return items[0] if items else ""


def _wants_false(qid: str) -> bool:
    """Return whether a true/false question shows a swapped (false) statement: half of them, stably."""
    return int(qid[-1], 16) % 2 == 1


_POOL_VALUES = {
    ("person", "person_role"): ("person", "bare"),
    ("person", "succession"): ("successor", "bare"),
    ("person", "leads"): ("leader", "bare"),
    ("person", "quote"): ("speaker", "bare"),
    ("role", "person_role"): ("role", ""),
    ("amount", "quantity"): ("amount", ""),
    ("number", "quantity"): ("number", ""),
    ("date", "event"): ("full_date", ""),
    ("year", "event"): ("year", ""),
    ("entity", "leads"): ("entity", "bare"),
    ("expansion", "acronym"): ("expansion", "bare"),
}


def pool_value(pool: str, fact_type: str, context: Mapping[str, Any]) -> str:
    """Return the true value that a pool's distractors stand in for."""
    name, attribute = _POOL_VALUES.get((pool, fact_type), ("", ""))
    value = context.get(name, "")
    return str(getattr(value, attribute) if attribute else value)


def distractors(
    pool: str,
    fact: Fact,
    context: Mapping[str, Any],
    index: ArticleIndex,
    truths: Sequence[str],
    count: int,
    seed: str = "",
    *,
    statement: bool = False,
) -> list[str]:
    """Return up to `count` wrong answers of the same kind: from the article first, then nearby values."""
    truth_keys = {fold(t) for t in truths if t} | {
        fold(t) for t in _other_truths(pool, fact, index)
    }
    found: list[str] = []
    article = _article_pool(pool, fact, context, index)
    if pool in ("person", "role", "entity", "expansion"):
        article = _stable_shuffle(article, seed or fact.id, _preference(pool, fact, index))
    if pool in ("number", "amount"):  # another figure of the article, only if of the same order
        article = [c for c in article if plausible_figure(c, str(context.get("number") or ""))]
    candidates = [*article, *_perturbations(pool, fact, context)]
    if pool in ("number", "amount"):  # « 4 000 de francs » would not read: same scale words only
        scaled = "milli" in str(context.get("span") or context.get("number") or "")
        candidates = [c for c in candidates if ("milli" in c) == scaled and _in_range(c, fact)]
    answer = truths[0] if truths else ""
    for candidate in candidates:
        key = fold(candidate)
        if candidate and key not in truth_keys and key not in {fold(f) for f in found}:
            if ruled_out(candidate, pool, fact, answer, index, statement=statement):
                continue  # true elsewhere in the article, or of another kind than the answer
            found.append(candidate)
        if len(found) == count:
            break
    return found


def _stable_shuffle(items: Sequence[str], seed: str, prefer: Any) -> list[str]:
    """Return `items` best-suited first, ties in an order fixed by `seed` (not always the same three)."""
    return sorted(
        items, key=lambda item: (prefer(item), hashlib.sha1(f"{seed}{item}".encode()).hexdigest())
    )


def _answer_person(fact: Fact, index: ArticleIndex) -> Person | None:
    """Return the person a fact's questions ask about (holder, successor, leader, speaker)."""
    named = fact.get("person") or fact.get("successor") or fact.get("leader") or fact.get("speaker")
    return index.person(str(named or ""))


def _preference(pool: str, fact: Fact, index: ArticleIndex) -> Any:
    """Return a sort key: same gender first for people and roles, same kind of role first."""
    answer = _answer_person(fact, index)
    gender = answer.gender if answer else None
    own_rank = is_rank(str(fact.get("role") or ""))

    def key(item: str) -> tuple[bool, bool]:
        if pool == "person":
            other = index.person(item)
            return (
                gender is not None and other is not None and other.gender not in (gender, None),
                not (other and other.roles),
            )
        if pool == "role":
            holders = [index.person(h) for h in index.holders(item)]
            genders = {h.gender for h in holders if h is not None and h.gender}
            return (
                is_rank(item) != own_rank,
                gender is not None and bool(genders) and gender not in genders,
            )
        return (False, False)

    return key


def _other_truths(pool: str, fact: Fact, index: ArticleIndex) -> list[str]:
    """Return other right answers: a person's other roles, other holders of the same role."""
    if pool == "role" and fact.type == "person_role":
        person = index.person(str(fact.get("person")))
        return (person.roles if person else []) + _roles_beside(person, index)
    if pool == "person" and fact.type == "person_role":
        return index.holders(str(fact.get("role") or ""))
    if pool == "person" and fact.type == "leads":  # another leader of the same entity is right too
        entity = fold(str(fact.get("entity") or ""))
        return [
            str(f.get("leader"))
            for f in index.facts
            if f.type == "leads" and fold(str(f.get("entity") or "")) == entity
        ]
    if pool == "person" and fact.type == "succession":
        return [str(fact.get("predecessor") or "")]  # « X a succédé à X » is no statement
    if pool in ("amount", "number") and fact.type == "quantity":
        value = fact.get("value")
        return (
            [format_quantity(value, None, str(fact.get("unit") or ""), False)]
            if value is not None
            else []
        )
    return []


def _roles_beside(person: Person | None, index: ArticleIndex) -> list[str]:
    """Return the roles written in a sentence that names the person: possibly true of them too."""
    if person is None:
        return []
    surname = fold(person.name).split()[-1:] or [""]
    sentences = [
        f" {fold(f.sentence)} " for f in index.facts if f" {surname[0]} " in f" {fold(f.sentence)} "
    ]
    roles = {r for p in index.people.values() for r in p.roles}
    return [r for r in roles if any(f" {fold(r)} " in s for s in sentences)]


def _gender_shown(fact: Fact, context: Mapping[str, Any]) -> str:
    """Return the gender the prompt shows of the person asked (« la directrice », « élue »), or ''."""
    if fact.type == "person_role":
        return str(getattr(context.get("person"), "gender", "") or "")
    if fact.type == "action":
        gender = str(getattr(context.get("actor"), "gender", "") or "")
        return gender if gender == "f" else ""  # « Qui a été élue … ? »
    return ""


def _agrees(role: str, gender: str) -> bool:
    """Tell whether a role's first word may be said of a person of `gender` (« directrice » of a
    man gives the answer away); a word of either gender (« ministre ») agrees with both."""
    if gender not in ("m", "f"):
        return True
    word = fold(role.split()[0]) if role.split() else ""
    for entry in lexicon.words("question_role_gender_endings"):
        marked, ending = entry.split()
        if word.endswith(fold(ending)):
            return bool(marked == gender)
    return True


def _article_pool(
    pool: str, fact: Fact, context: Mapping[str, Any], index: ArticleIndex
) -> list[str]:
    others = [f for f in index.facts if f.id != fact.id]
    if pool == "person":
        answer = _answer_person(fact, index)
        names = [p.name for p in index.people.values() if p is not answer and _personal(p.name)]
        gender = _gender_shown(fact, context)
        if gender:  # « Qui était la directrice … ? » among men gives the answer away
            names = [n for n in names if index.phrase(n).gender == gender]
        full = len(pool_value(pool, fact.type, context).split()) >= 2 or fact.type == "action"
        return [n for n in names if len(n.split()) >= 2] if full else names
    if pool == "role":
        own = fold(str(fact.get("role") or ""))
        gender = _gender_shown(fact, context)
        return list(  # a status (« opposant », « responsable ») is no post to swap in
            dict.fromkeys(
                r
                for p in index.people.values()
                for r in p.roles
                if fold(r) != own
                and role_class(r) != "status"
                and _agrees(r, gender)
                and (role_class(r) != "function" or len(r.split()) > 1)  # « présidente » of what?
            )
        )
    if pool in ("amount", "number"):
        return _quantity_pool(pool, fact, context, others)
    if pool in ("date", "year"):
        key = "full_date" if pool == "date" else "year"
        precision = len(str(fact.get("date_norm") or ""))
        values = [
            build_context(f, index)[key]
            for f in others
            if f.type == "event"
            and f.get("date_norm")
            and (pool == "year" or len(str(f.get("date_norm"))) == precision)
        ]
        return [v for v in dict.fromkeys(values) if v]
    if pool == "entity":
        return [
            strip_article(str(f.get("entity")))
            for f in others
            if f.type == "leads" and f.get("entity")
        ]
    if pool == "expansion":
        return [
            str(f.get("expansion")) for f in others if f.type == "acronym" and f.get("expansion")
        ]
    return []


def _quantity_pool(
    pool: str, fact: Fact, context: Mapping[str, Any], others: Sequence[Fact]
) -> list[str]:
    unit = unit_key(str(fact.get("unit") or ""))
    hedge = str(context.get("hedge") or "") if pool == "amount" else ""
    values = [
        f.get("value")
        for f in others
        if f.type == "quantity" and unit_key(str(f.get("unit") or "")) == unit
    ]
    own = fact.get("value")
    return [
        _shown_number(v, fact, hedge)
        for v in values
        if isinstance(v, (int, float)) and v != own and _comparable(v, own)
    ]


def _in_range(candidate: str, fact: Fact) -> bool:
    """Tell a wrong figure that is clearly wrong: beyond the fact's bound (« plus de 200 morts »:
    not 100; questions/figures.py) and within its unit's range (lexicon/question_figure_ranges.txt:
    no 68 °C in Tokyo, no woman of 130); not a number: True."""
    shown, own = _numbers(candidate), fact.get("value")
    scale = 1e9 if "milliard" in candidate else 1e6 if "million" in candidate else 1
    value = shown[0] * scale if shown else 0.0
    if shown and not beyond_bound(value, fact):
        return False
    limits = _figure_ranges().get(unit_key(str(fact.get("unit") or "")))
    if limits is None or not shown or not isinstance(own, (int, float)) or own <= 0:
        return True
    ratio, cap = limits
    if ratio and not (own / ratio <= value <= own * ratio):
        return False
    return not (cap and own <= cap < value)


@functools.cache
def _figure_ranges() -> dict[str, tuple[float, float]]:
    table: dict[str, tuple[float, float]] = {}
    for entry in lexicon.words("question_figure_ranges"):
        unit, ratio, cap = [*entry.split("|"), "", ""][:3]
        table[unit_key(unit)] = (float(ratio or 0), float(cap or 0))
    return table


def _comparable(value: float, own: object) -> bool:
    """Tell a plausible neighbour: within ×20 of the answer (2 billion is no salary next to 2 800)."""
    if not isinstance(own, (int, float)) or own <= 0 or value <= 0:
        return False
    return 1 / MAX_RATIO <= value / own <= MAX_RATIO


def _personal(name: str) -> bool:
    """Tell a person's name from an organisation's (« Le SNJ », « Azur Transports » are no people)."""
    words = name.split()
    if not words or fold(words[0]) in ("le", "la", "les", "l"):
        return False
    if any(w.isupper() and len(w) > 1 for w in words):
        return False  # an acronym: an organisation
    return not words[0].lower().startswith(("l'", "l’"))


MAX_RATIO = 20


def unit_key(unit: str) -> str:
    """Return a unit reduced for comparison: « soldats français » and « soldats » match."""
    words = fold(unit).split()
    head = words[0] if words else ""
    return head[:-1] if head.endswith(("s", "x")) and len(head) > 3 else head


def _shown_number(value: float, fact: Fact, hedge: str) -> str:
    scaled = bool(re.search(r"milli(on|ard)", str(fact.get("text") or "")))
    number = format_quantity(value, None, str(fact.get("unit") or ""), scaled)
    return f"{hedge} {number}".strip()


_GAPPED_TYPES = ("quantity", "event")  # their clause's gap is the value a true/false swaps


def like_surface(value: str, surface: str) -> str:
    """Return a swapped number written like the article's (« neuf » → « dix-huit », 2.700.000 → 5.400.000).

    A true/false whose false number is written differently from the rest of the article would give
    itself away.
    """
    digits = re.sub(r"[\s\u00a0\u202f]", "", value)
    if not value or not surface or not digits.isdigit():
        return value
    if not re.search(r"\d", surface):
        from generators.french.numbers import in_words

        words = in_words(int(digits))
        if words and surface[:1].isupper():  # « Quarante-sept personnes … » opens the sentence
            words = words[:1].upper() + words[1:]
        return words or value
    separator = re.search(r"\d([.\s\u00a0\u202f])\d{3}(?!\d)", surface)
    if separator:
        groups = f"{int(digits):,}".split(",")
        return separator.group(1).join(groups)
    if re.search(r"\d{4}", surface):  # the article writes 2700000 or 1500: no grouping
        return digits
    return value


def _perturbations(pool: str, fact: Fact, context: Mapping[str, Any]) -> list[str]:
    if (
        pool in ("amount", "number")
        and isinstance(fact.get("value"), (int, float))
        and not isinstance(fact.get("value"), bool)
    ):
        hedge = str(context.get("hedge") or "") if pool == "amount" else ""
        return [
            _shown_number(v, fact, hedge)
            for v in nearby_numbers(float(fact.get("value")), percent=bool(context.get("percent")))
        ]
    if pool == "year" and context.get("year"):
        year = int(str(context["year"]))
        return [str(year + d) for d in (-1, 1, -2, 2, -5, 5)]
    if pool == "date" and context.get("date_norm"):
        return _nearby_dates(str(context["date_norm"]))
    return []


def nearby_numbers(value: float, *, percent: bool = False) -> list[float]:
    """Return plausible wrong numbers near `value`: ×2, ÷2 and round neighbours, never `value`."""
    if value == 0:
        return [1.0, 2.0, 5.0, 10.0]
    step = 10 ** max(0, len(str(int(abs(value)))) - 1) if abs(value) >= 1 else 0.1
    candidates = [value * 2, value / 2, value - step, value + step, value * 3, value * 1.5]
    candidates += [value + 2 * step, value * 4, value * 5, value * 10]
    if percent:
        candidates = [c for c in candidates if 0 < c <= 100]
    result: list[float] = []
    for candidate in candidates:
        rounded = _round_like(candidate, value)
        if (
            rounded > 0
            and rounded != value
            and rounded not in result
            and (rounded != 1 or value < 1)
        ):
            result.append(rounded)
    return result


def _round_like(candidate: float, value: float) -> float:
    if float(value).is_integer():
        magnitude = 10 ** max(0, len(str(int(abs(candidate)))) - 2)
        return float(round(candidate / magnitude) * magnitude)
    return round(candidate, 1)


def _nearby_dates(iso: str) -> list[str]:
    match = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$", iso)
    if not match:
        return []
    year, month, day = match.groups()
    found: list[str] = []
    for delta in (1, -1, 2, -2, 7):
        if day:
            shifted_day = (int(day) - 1 + delta * 3) % 28 + 1
            found.append(date_text(f"{year}-{month}-{shifted_day:02d}", with_preposition=False))
        elif month:
            shifted = (int(month) - 1 + delta) % 12 + 1
            found.append(date_text(f"{year}-{shifted:02d}", with_preposition=False))
        else:
            found.append(str(int(year) + delta))
    return found


def order_choices(qid: str, answer: str, wrong: Sequence[str], *, numeric: bool) -> tuple[str, ...]:
    """Return the answer and distractors in a stable order (ascending for numbers)."""
    options = [answer, *wrong]
    if numeric:
        return tuple(sorted(options, key=_numeric_key))
    return tuple(sorted(options, key=lambda o: hashlib.sha1(f"{qid}{o}".encode()).hexdigest()))


def _numeric_key(option: str) -> float:
    digits = re.sub(r"[^\d,]", "", option).replace(",", ".")
    scale = 1e9 if "milliard" in option else 1e6 if "million" in option else 1
    try:
        return float(digits) * scale
    except ValueError:
        return 0.0
