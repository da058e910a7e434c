"""A question's score (0–1): its fact's confidence and weight, its template's weight, its own text.

`score(question, fact)` starts from the template's weight, scales it by the fact's `confidence`
(extraction's own estimate, 1.0 when absent), adds the fact's `weight` (where it stands in the
article: title, lead, repetition) and subtracts a penalty for each signal of a bad card the text
shows (a fragment, a count too small to learn, the answer's year in the prompt, …). `signals`
names them: `--explain` prints them beside the score. The threshold the deck keeps above is
calibrated on judged questions (tests/data/judged/README.md).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Sequence

from generators import lexicon
from generators.french.grammar import country_article, fold
from generators.questions.headline import headline_ids
from generators.records import BASIC, CLOZE, MCQ, NUMERIC, TRUEFALSE, Fact, Question

# Calibrated on tests/data/judged/before.yaml (see its README): the lowest score a deck keeps.
THRESHOLD = 0.5
SMALL = "small count"
TITLE_WEIGHT = 1.0  # the story weight of what the title states (extract/types/action_weight.py)
LEAD_STORY = 0.8  # the story weight of the first sentences (`story_weights`)
LEAD_SMALL = 0.5  # the share of the small-count penalty a figure of the lead bears


@functools.cache
def kind_thresholds() -> dict[str, float]:
    """Return the kinds whose threshold is above THRESHOLD (lexicon/score_kind_thresholds.txt)."""
    pairs = (line.split() for line in lexicon.words("score_kind_thresholds"))
    return {kind: max(THRESHOLD, float(value)) for kind, value in pairs}


def kind_threshold(kind: str, threshold: float = THRESHOLD) -> float:
    """Return the lowest score a deck keeps for a question of `kind`."""
    return max(threshold, kind_thresholds().get(kind, threshold))


Signal = Callable[[Question, str], float]  # (question, its statement text) → penalty (0 = none)


def score(
    question: Question,
    fact: Fact | None = None,
    weight: float | None = None,
    story: float | None = None,
) -> float:
    """Return the score of `question` in [0, 1].

    `weight` is its template's (default `question.score`); `story` where its fact stands in the
    article (default: the fact's own `weight` field, else 0.5).
    """
    template_weight = question.score if weight is None else weight
    base = min(0.8, 0.45 + 0.1 * template_weight)
    confidence = _number(fact.get("confidence") if fact else None, 1.0)
    story = _number(fact.get("weight") if fact else None, 0.5 if story is None else story)
    value = base * (0.5 + 0.5 * confidence) + 0.3 * (story - 0.5)
    told = _title_count(question, story)  # the title's own count (« deux mosquées ») is no trivia
    value -= sum(_weighed(name, penalty, told, story) for name, penalty in signals(question))
    return round(max(0.0, min(1.0, value)), 3)


def _weighed(name: str, penalty: float, told: bool, story: float) -> float:
    """Return a signal's penalty: a small count is no trivia in the title, half one in the lead
    (« Après deux années de baisse, le chômage repart » tells the main story)."""
    if name != SMALL:
        return penalty
    return 0.0 if told else penalty * (LEAD_SMALL if story >= LEAD_STORY else 1.0)


def _title_count(question: Question, story: float) -> bool:
    """Tell a quantity card of the headline figure (the title's weight: `headline.headline_ids`)."""
    return question.fact_type == "quantity" and story >= TITLE_WEIGHT


def story_weights(facts: Sequence[Fact], title: str = "") -> dict[str, float]:
    """Weigh facts by where they stand: the article's first sentences and the title's words.

    The headline figure (`headline.headline_ids`: the quantity the title states, else the first
    sentence's) weighs as the title itself (1.0), as an action echoing the title does.
    """
    headline = headline_ids(facts, title)
    starts = sorted({f.start for f in facts})
    rank = {start: position for position, start in enumerate(starts)}
    title_words = {w for w in fold(title).split() if len(w) > 4}
    weights: dict[str, float] = {}
    for fact in facts:
        lead = rank.get(fact.start, len(starts)) < 3  # the dateline often takes one
        in_title = bool(title_words & set(fold(fact.sentence).split()))
        weights[fact.id] = min(1.0, 0.5 + 0.3 * lead + 0.1 * in_title)
        if fact.id in headline:
            weights[fact.id] = TITLE_WEIGHT
    return weights


def signals(question: Question) -> list[tuple[str, float]]:
    """Return the named signals of a bad card the question shows, with their penalties."""
    text = statement(question)
    found = [(name, check(question, text)) for name, check in _SIGNALS.items()]
    return [(name, round(penalty, 3)) for name, penalty in found if penalty]


def statement(question: Question) -> str:
    """Return the sentence a cloze, completion or true/false shows, or the prompt, without gaps."""
    text = re.sub(r"\{\{c\d+::(.*?)\}\}", r"\1", question.prompt)
    text = re.sub(r"^\s*(?:Vrai ou faux|Complétez[^:]*)\s*:\s*", "", text, flags=re.IGNORECASE)
    text = text.strip()
    whole_quote = re.fullmatch(
        r"«([^«»]*)»\s*([.!?…]*)", text
    )  # « … ». quoted whole, then its stop
    if whole_quote:
        text = whole_quote.group(1).strip() + whole_quote.group(2)
    return text.strip("«»").strip()


def _number(value: object, default: float) -> float:
    return (
        float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else default
    )


def _empty(question: Question, text: str) -> float:
    return 1.0 if not re.sub(r"[…\s.]", "", text) else 0.0


def _fragment(question: Question, text: str) -> float:
    """A sentence cut at its start loses its subject; cut at its end, its point."""
    return (0.3 if text.startswith("…") else 0.0) + (
        0.1 if text.rstrip(" ?»").endswith("…") else 0.0
    )


def _small_count(question: Question, text: str) -> float:
    """« deux podiums », « 4 boucles »: a count this small is trivia, or a « les deux X » misread."""
    if question.fact_type not in ("quantity", "") or question.kind == TRUEFALSE:
        return 0.0
    answer = fold(question.answer).replace("environ ", "").strip()
    small = answer in lexicon.word_set("score_small_numbers") or (
        answer.isdigit() and int(answer) <= 4
    )
    return 0.3 if small and not _toll(question, text) else 0.0


def _toll(question: Question, text: str) -> bool:
    """Tell a count of the dead, wounded or missing (« deux militaires sont blessés »): a toll."""
    plain = _unaccented(text)
    found = re.search(rf"(?<![\w-]){re.escape(_unaccented(question.answer))}(?![\w-])", plain)
    found = found or re.search(r"…|(?<![\w-])combien(?![\w-])", plain)
    if found is None:
        return False
    after = re.split(r"[,;:.()«»!?]", plain[found.end() :])[0].split()[:6]
    return any(word in lexicon.word_set("score_casualty_words") for word in after)


def _unaccented(text: str) -> str:
    """Return `text` lower-cased without its accents, punctuation kept."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _long(question: Question, text: str) -> float:
    """A long card is hard to read; a whole sentence less so than a cut one (capped lower)."""
    words = len(text.split())
    whole = not text.startswith("…") and not text.rstrip(" ?»").endswith("…")
    return min(0.15 if whole else 0.3, 0.02 * max(0, words - 22))


def _unbalanced(question: Question, text: str) -> float:
    opened = text.count("(") != text.count(")") or text.count("«") != text.count("»")
    return 0.2 if opened else 0.0


def _open_who(question: Question, text: str) -> float:
    """« Qui est X ? » asks for anything X is: too open to have one answer."""
    return 0.15 if re.match(r"^Qui est [A-ZÉ]", question.prompt) else 0.0


def _absurd_choices(question: Question, text: str) -> float:
    values = [_value(c) for c in question.choices]
    numbers = [v for v in values if v is not None and v > 0]
    if question.kind != MCQ or len(numbers) < 2:
        return 0.0
    return 0.4 if max(numbers) / min(numbers) >= 1000 else 0.0


def _value(text: str) -> float | None:
    digits = re.sub(r"[\s\u202f\u00a0]", "", text).replace(",", ".")
    found = re.search(r"\d+(?:\.\d+)?", digits)
    return float(found.group(0)) if found else None


def _points_back(question: Question, text: str) -> float:
    """« également », « le pays », « tous deux »: words that need the article to be understood."""
    lower = f" {fold(text)} "
    hits = [w for w in lexicon.words("score_context_words") if f" {fold(w)} " in lower]
    if question.kind in (BASIC, MCQ) and not question.prompt.startswith("Complétez"):
        hits = [w for w in hits if not _named(w, text)]
    return min(0.3, 0.15 * len(hits))


def _named(word: str, text: str) -> bool:
    """Tell whether a question names each « la ville », « le pays » it says (« pour reprendre la
    ville de Valbronnes »): a name completes it, it does not point back. Cards that show their
    sentence keep the penalty (their other words may still need the article)."""
    if not re.fullmatch(r"(?:le|la) (?!même$)\w+", word):
        return False  # « également », « ce dernier », « le même »: no name completes them
    flat = text.replace("’", "'")
    found = list(re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", flat, re.IGNORECASE))
    return bool(found) and all(_NAMED.match(flat[f.end() :]) for f in found)


_NAMED = re.compile(r"\s*(?:(?:de|du|des)\s+|d')?[A-ZÀ-Ý]")


def _year_given(question: Question, text: str) -> float:
    """The answer's year inside the prompt gives the answer away."""
    if question.kind in (CLOZE, TRUEFALSE):
        return 0.0
    years = re.findall(r"\b(?:1[5-9]|20)\d\d\b", question.answer)
    return 0.4 if any(y in question.prompt for y in years) else 0.0


def _copied_typo(question: Question, text: str) -> float:
    """« 30 e place », « la première artistes »: the article's slips copied into the card."""
    return 0.1 if re.search(r"\b\d+ e\b", text) else 0.0


def _known_leader(question: Question, text: str) -> float:
    """« Qui dirige la France ? »: a country's head is general knowledge, not what the article teaches."""
    found = re.match(
        r"^Qui dirige(?:ait)? (.+?)(?: en [^\W\d]+ \d{4}| en \d{4})? \?$", question.prompt
    )
    if not found:
        return 0.0
    named = found.group(1).replace("’", "'")
    return 0.5 if fold(named) in _countries() or country_article(named) is not None else 0.0


@functools.cache
def _countries() -> frozenset[str]:
    """Return the countries of lexicon french_countries as a question names them (« l'italie »)."""
    return frozenset(fold(line.replace("’", "'")) for line in lexicon.words("french_countries"))


def _guessed_actor(question: Question, text: str) -> float:
    """A card on an action whose actor is a pronoun's guess (the last person named among others):
    « Qui a remporté … ? » may answer the wrong person, « Qu'a remporté A ? » may ask the wrong one."""
    return 0.5 if question.meta.get("actor_source") == "pronoun_guess" else 0.0


def _short_clean(question: Question, text: str) -> float:
    """A short, whole question or statement reads best: a bonus (negative penalty)."""
    if text.startswith("…") or len(text.split()) > 15:
        return 0.0
    return -0.1 if question.kind in (TRUEFALSE, NUMERIC) or question.prompt.endswith("?") else 0.0


@functools.cache
def _signal_table() -> dict[str, Signal]:
    return {
        "empty": _empty,
        "fragment": _fragment,
        SMALL: _small_count,
        "long": _long,
        "unbalanced": _unbalanced,
        "open who": _open_who,
        "absurd choices": _absurd_choices,
        "points back": _points_back,
        "year given": _year_given,
        "copied typo": _copied_typo,
        "known leader": _known_leader,
        "guessed actor": _guessed_actor,
        "short and whole": _short_clean,
    }


_SIGNALS = _signal_table()
