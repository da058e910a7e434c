"""Check a typed or chosen answer the way a fair French reader would, and say why."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from generators import lexicon
from generators.quiz.dates import date_words, iso_parts, show_date
from generators.quiz.dates import has_month as has_month
from generators.quiz.dates import parse_date as parse_date
from generators.quiz.i18n import N_, _, ngettext
from generators.quiz.numbers import parse_numbers as parse_numbers
from generators.quiz.numbers import parse_range as parse_range
from generators.quiz.numbers import show_number as show_number
from generators.records import Question

PERSON_TYPES = frozenset({"person_role", "succession", "leads", "quote", ""})
# Typos allowed in a name by its folded length: short names must be exact. A doubled or undoubled
# letter (« Durrand », « Lefor ») is no typo: French spelling hesitates on doubles.
TYPO_LENGTHS = ((12, 2), (6, 1))
_APOSTROPHES = str.maketrans({c: "'" for c in "\u2019\u2018\u02bc\u00b4`\u2032"})
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009\u2007]+")
_CLOZE = re.compile(r"\{\{c\d+::(.*?)(?:::[^}]*)?\}\}")


@dataclass(frozen=True)
class Verdict:
    """Whether an answer is right, and the reason shown to the player."""

    correct: bool
    reason: str


def check(given: str, question: Question, choices: Sequence[str] = ()) -> Verdict:
    """Return the verdict on `given` for `question` (`choices` as displayed, for multiple choice)."""
    given = given.strip()
    if not given:
        return Verdict(False, _("no answer given"))
    if choices:
        return _check_choice(given, question, choices)
    if _is_truefalse(question):
        return _check_truefalse(given, question)
    expected = expected_answer(question)
    if question.fact_type == "event" and iso_parts(expected) is not None:
        return _check_date(given, question, expected)  # « 01-24 »: a day of a month
    if parse_date(expected) is not None and (question.fact_type == "event" or has_month(expected)):
        return _check_date(given, question, expected)
    if _is_numeric(question, expected):
        return _check_number(given, question, expected)
    return check_text(given, question)


def expected_answer(question: Question) -> str:
    """Return the answer as shown to the player (a cloze gap's text, without Anki syntax)."""
    return _CLOZE.sub(r"\1", question.answer).strip()


# --- text -------------------------------------------------------------------------------------


def _spacing(text: str) -> str:
    text = unicodedata.normalize("NFC", text).translate(_APOSTROPHES)
    return _SPACES.sub(" ", text).strip()


def _accents(text: str) -> str:
    """Fold accents, then spell other letters as ASCII readers type them (ł → l, ß → ss, œ → oe)."""
    from anyascii import anyascii

    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    if bare.isascii():
        return bare
    return "".join(anyascii(c) if c.isalpha() and not c.isascii() else c for c in bare)


def _punctuation(text: str) -> str:
    return " ".join(re.sub(r"[^\w%]+", " ", text).split())


def _abbreviations(text: str) -> str:
    forms = _abbreviation_forms()
    return " ".join(forms.get(word, word) for word in text.split())


@functools.cache
def _abbreviation_forms() -> dict[str, str]:
    pairs = (line.split() for line in lexicon.words("answer_abbreviations"))
    return {short: full for short, full in pairs}


def _articles(text: str) -> str:
    words = text.split()
    while len(words) > 1 and words[0] in _folded("answer_prefixes"):
        words = words[1:]
    kept = [w for w in words if w not in _folded("answer_articles")]
    return " ".join(kept or words)


_STEPS: tuple[tuple[str, Callable[[str], str]], ...] = (
    (N_("apostrophes and spaces"), _spacing),
    (N_("case"), str.lower),
    (N_("accents"), _accents),
    (N_("punctuation"), _punctuation),
    (N_("abbreviations"), _abbreviations),
    (N_("articles and elision"), _articles),
)


def fold(text: str) -> str:
    """Return `text` with every ignored difference removed (case, accents, articles…)."""
    for _name, step in _STEPS:
        text = step(text)
    return text


@functools.cache
def _folded(name: str) -> frozenset[str]:
    return frozenset(_punctuation(_accents(w.lower())) for w in lexicon.words(name))


def check_text(given: str, question: Question) -> Verdict:
    """Compare text answers: exact, then ignoring small differences, then names and typos."""
    candidates = _candidates(question)
    for candidate in candidates:
        ignored = _match_steps(given, candidate)
        if ignored is not None:
            how = ", ".join(_(name) for name in ignored)
            how = _(" (ignoring {what})").format(what=how) if ignored else ""
            return Verdict(True, _("right: « {answer} »").format(answer=candidate) + how)
    for candidate in candidates:
        if _without_qualifiers(given, candidate):
            reason = _("right: « {answer} » (without its qualifiers)")
            return Verdict(True, reason.format(answer=candidate))
    if question.fact_type in PERSON_TYPES:
        for candidate in candidates:
            verdict = _check_name(given, candidate)
            if verdict is not None:
                return verdict
    reason = _("wrong: « {given} » is not « {answer} »")
    return Verdict(False, reason.format(given=given, answer=candidates[0]))


def _candidates(question: Question) -> list[str]:
    out = [expected_answer(question)]
    out.extend(a for a in question.accept if a and a not in out)
    return out


def _match_steps(given: str, expected: str) -> list[str] | None:
    """Return the names of the differences ignored to make both equal, or None."""
    ignored: list[str] = []
    left, right = given, expected
    if left == right:
        return ignored
    for name, step in _STEPS:
        new_left, new_right = step(left), step(right)
        if (new_left, new_right) != (left, right):
            ignored.append(name)
        left, right = new_left, new_right
        if left == right and left:
            return ignored
    return None


def _without_qualifiers(given: str, expected: str) -> bool:
    """Return whether `given` is the role `expected` less qualifiers (« actuel », a nationality).

    The words before the role's complement may lose some (never a title or a word such as
    « ancien » or « vice »: answer_role_kept); the complement must be there in full.
    """
    mine, role = _role_parts(given), _role_parts(expected)
    if mine is None or role is None or mine[1] != role[1] or mine[0] == role[0]:
        return False
    left = list(role[0])
    for word in mine[0]:  # `given`'s words keep their order within the role's
        if word not in left:
            return False
        dropped, left = left[: left.index(word)], left[left.index(word) + 1 :]
        if not _droppable(dropped):
            return False
    return _droppable(left) and any(w in _folded("people_titles") for w in mine[0])


def _role_parts(text: str) -> tuple[tuple[str, ...], str] | None:
    """Return the folded words of a role before its complement, and the folded complement."""
    words = _abbreviations(_punctuation(_accents(_spacing(text).lower()))).split()
    links = _folded("answer_role_links")
    words = [w for w in words if w not in _folded("answer_articles") or w in links]
    cut = next((i for i, w in enumerate(words) if w in links), len(words))
    head = tuple(w for w in words[:cut] if w not in _folded("answer_articles"))
    return (head, _articles(" ".join(words[cut:]))) if head else None


def _droppable(words: Sequence[str]) -> bool:
    kept = _folded("answer_role_kept") | _folded("people_titles")
    return not any(w in kept for w in words)


# --- names ------------------------------------------------------------------------------------


def name_words(answer: str) -> list[str]:
    """Return the words of the person's name at the end of `answer`, or [] if it is not a name."""
    words = _spacing(answer).split()
    run: list[str] = []
    for word in reversed(words):
        if _is_name_word(word) or (run and _fold_word(word) in _folded("answer_name_particles")):
            run.insert(0, word)
            continue
        break
    if run and not _is_name_word(run[0]):  # « ministre de la Défense »: those belong to a title
        return []
    head = words[: len(words) - len(run)]
    if not run or any(
        w[:1].isupper() and _fold_word(w) not in _folded("answer_titles") for w in head
    ):
        return []
    return [w for w in run if _fold_word(w) not in _folded("answer_titles")]


def _is_name_word(word: str) -> bool:
    """Return whether a word looks like part of a name: « Dupont », « St-Pierre », « al-Farabi »."""
    parts = [p for p in re.split(r"[-']", word) if p]
    return any(p[:1].isupper() and any(c.islower() for c in p) for p in parts)


def _fold_word(word: str) -> str:
    return _punctuation(_accents(word.lower()))


def _check_name(given: str, answer: str) -> Verdict | None:
    words = name_words(answer)
    if not words or any(c.isdigit() for c in given):
        return None
    full = fold(" ".join(words))
    last = fold(words[-1])
    mine = fold(given)
    if not mine.split():  # « ? », « … »: no word to compare
        return None
    core = set(last.split()) - _folded("answer_name_particles") or set(last.split())
    if set(mine.split()) <= set(full.split()) and core <= set(mine.split()):
        reason = _("right: last name of « {name} »")
        if set(mine.split()) == set(full.split()):
            reason = _("right: full name « {name} »") if len(words) > 1 else _("right: « {name} »")
        return Verdict(True, reason.format(name=" ".join(words)))
    for target, name in ((full, " ".join(words)), (last, words[-1])):
        typos = _typos(mine, target)
        if typos is not None:
            reason = ngettext(
                "right with {n} typo: « {name} »", "right with {n} typos: « {name} »", typos
            )
            return Verdict(True, reason.format(n=typos, name=name))
    if set(mine.split()) < set(full.split()):
        reason = _("incomplete: give the last name of « {name} »")
        return Verdict(False, reason.format(name=" ".join(words)))
    return None


def _typos(given: str, target: str) -> int | None:
    """Return the number of typos when `given` is a close spelling of a long name, else None."""
    from rapidfuzz.distance import OSA

    allowed = next((n for size, n in TYPO_LENGTHS if len(target) >= size), 0)
    if not allowed or given == target:
        return None
    distance = int(OSA.distance(_undoubled(given), _undoubled(target)))
    return max(distance, 1) if distance <= allowed else None


def _undoubled(text: str) -> str:
    return re.sub(r"(\w)\1+", r"\1", text)


# --- numbers ----------------------------------------------------------------------------------


def _is_numeric(question: Question, expected: str) -> bool:
    if question.kind == "numeric" or question.range is not None:
        return True
    if question.fact_type == "quantity" and parse_range(expected) is not None:
        return True
    rest = _strip_hedges(expected)
    return len(parse_numbers(expected)) == 1 and (
        question.fact_type == "quantity" or bool(re.fullmatch(r"[\d  .,%]+", rest))
    )


def _strip_hedges(text: str) -> str:
    folded = " " + _accents(_spacing(text).lower().replace("'", " ")) + " "
    for hedge in sorted(lexicon.words("answer_hedges"), key=len, reverse=True):
        folded = folded.replace(" " + _accents(hedge.replace("'", " ")) + " ", " ")
    return folded.strip()


Range = tuple[float, float]


def _accepted_range(question: Question, expected: str) -> Range | None:
    """Return the values accepted: the question's range, else the range its answer states."""
    return question.range if question.range is not None else parse_range(expected)


def _check_number(given: str, question: Question, expected: str) -> Verdict:
    accepted = _accepted_range(question, expected)
    typed = parse_range(given)
    if typed is not None:
        return _check_typed_range(typed, question, accepted, expected)
    numbers = sorted(set(parse_numbers(given)))
    shown = _range_text(accepted)
    if not numbers:
        reason = _("wrong: no number in « {given} »; expected {answer}")
        return Verdict(False, reason.format(given=given, answer=expected) + shown)
    if len(numbers) > 1:
        reason = _("wrong: give one number, not {n}; expected {answer}")
        return Verdict(False, reason.format(n=len(numbers), answer=expected) + shown)
    value = numbers[0]
    read = (
        ""
        if re.fullmatch(r"[\d  .,]+", given.strip())
        else _(" (read « {given} » as {value})").format(given=given, value=show_number(value))
    )
    if accepted is not None:
        inside = accepted[0] <= value <= accepted[1]
        reason = (
            _("right: {value} is within {range}")
            if inside
            else _("wrong: {value} is outside {range}")
        )
        shown = reason.format(value=show_number(value), range=_show_range(accepted))
        return Verdict(inside, shown + read)
    targets = {n for c in _candidates(question) for n in parse_numbers(c)}
    if value in targets:
        return Verdict(True, _("right: {value}").format(value=show_number(value)) + read)
    reason = _("wrong: {value} is not {answer}").format(value=show_number(value), answer=expected)
    return Verdict(False, reason + read)


def _check_typed_range(
    typed: Range, question: Question, accepted: Range | None, expected: str
) -> Verdict:
    """Accept a typed range stated by an answer, or lying wholly within the accepted values."""
    stated = {parse_range(c) for c in _candidates(question)}
    inside = accepted is not None and accepted[0] <= typed[0] and typed[1] <= accepted[1]
    if typed in stated or inside:
        reason = _("right: {value}").format(value=_show_range(typed))
        return Verdict(True, reason + _range_text(accepted))
    reason = _("wrong: {value} is not {answer}").format(value=_show_range(typed), answer=expected)
    return Verdict(False, reason + _range_text(accepted))


def _show_range(values: Range) -> str:
    return f"{show_number(values[0])}–{show_number(values[1])}"


def _range_text(accepted: Range | None) -> str:
    return "" if accepted is None else _(" (accepted {range})").format(range=_show_range(accepted))


# --- dates ------------------------------------------------------------------------------------


def _check_date(given: str, question: Question, expected: str) -> Verdict:
    want = iso_parts(expected) or parse_date(expected)
    got = parse_date(given)
    assert want is not None
    if got is None:
        reason = _("wrong: no date in « {given} »; expected {answer}")
        return Verdict(False, reason.format(given=given, answer=show_date(expected)))
    notes: list[str] = []
    for part, w, g in zip(("year", "month", "day"), want, got, strict=True):
        if w is None:
            if g is not None:
                notes.append(_(_NOT_ASKED[part]))
            continue
        if g is None:
            if part == "year" and str(w) in question.prompt:
                notes.append(_("year taken from the question"))
                continue
            reason = _(_MISSING[part]).format(answer=show_date(expected))
            return Verdict(False, reason)
        if g != w:
            reason = _("wrong: {value} is not {answer}")
            return Verdict(False, reason.format(value=date_words(got), answer=show_date(expected)))
    extra = f" ({'; '.join(notes)})" if notes else ""
    return Verdict(True, _("right: {value}").format(value=date_words(want)) + extra)


_NOT_ASKED = {
    "year": N_("the year was not asked"),
    "month": N_("the month was not asked"),
    "day": N_("the day was not asked"),
}
_MISSING = {
    "year": N_("wrong: the year is missing; expected {answer}"),
    "month": N_("wrong: the month is missing; expected {answer}"),
    "day": N_("wrong: the day is missing; expected {answer}"),
}


# --- true/false and multiple choice -----------------------------------------------------------


def _is_truefalse(question: Question) -> bool:
    return question.kind == "truefalse"


def _truth(text: str) -> bool | None:
    words = fold(text).split()
    if not words:
        return None
    if words[0] in _folded("answer_true"):
        return True
    if words[0] in _folded("answer_false"):
        return False
    return None


def _check_truefalse(given: str, question: Question) -> Verdict:
    want, got = _truth(expected_answer(question)), _truth(given)
    if got is None:
        return Verdict(False, _("wrong: answer vrai or faux, not « {given} »").format(given=given))
    word = _("true") if want else _("false")
    if got == want:
        return Verdict(True, _("right: {value}").format(value=word))
    return Verdict(False, _("wrong: it is {value}").format(value=word))


def _check_choice(given: str, question: Question, choices: Sequence[str]) -> Verdict:
    answer = expected_answer(question)
    picked = picked_choice(given, choices)
    if picked is None:
        verdict = check(given, question)
        if verdict.correct:
            return verdict
        reason = _("wrong: « {given} » is none of the {n} options")
        return Verdict(False, reason.format(given=given, n=len(choices)))
    number = choices.index(picked) + 1
    if _is_truefalse(question):
        verdict = _check_truefalse(picked, question)
        return Verdict(verdict.correct, verdict.reason + _(" (option {n})").format(n=number))
    if fold(picked) == fold(answer) or picked == answer:
        return Verdict(True, _("right: option {n}, « {text} »").format(n=number, text=picked))
    reason = _("wrong: option {n}, « {text} », is not the answer")
    return Verdict(False, reason.format(n=number, text=picked))


def picked_choice(given: str, choices: Sequence[str]) -> str | None:
    """Return the option picked: a bare number from 1 to N is the option's number, else its text.

    Options may themselves be numbers: « 2 » picks option 2 even when another option reads 2. To
    pick such an option by its text, type it quoted (« 2 », "2") or with its unit or hedge; a
    bare number that is no option's number (« 220 ») is read as text.
    """
    number = option_number(given)
    if number is not None and 1 <= number <= len(choices):
        return choices[number - 1]
    folded = fold(given)
    return next((c for c in choices if fold(c) == folded), None)


def option_number(given: str) -> int | None:
    """Return the number typed when `given` is a bare whole number (« 2 », « 2. », « 2) »)."""
    text = given.strip().rstrip(".)").strip()
    return int(text) if text.isascii() and text.isdigit() and len(text) < 10 else None
