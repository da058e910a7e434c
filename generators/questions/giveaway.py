"""An answer the card shows in another form: « la saison 2014-15 » for 2015, « 2 000 » for 2000.

`other_form` returns why a card gives its answer away, or '': a year of the answer inside a span
of the prompt (« 2014-15 », « 2014/2015 », « 2014-2015 »), a figure written with other spacing
(« 12 000 » and « 12000 »), the same checks for a cloze's gap against the rest of its sentence, and
an acronym asked of an expansion whose words' initials (small words left out) spell it; and a
small count (≤ 5) whose noun is followed by the list of that many things (« à … reprises : en 2001
et en 2005 », « deux pays, la France et l'Italie »): the list answers it.
"""

from __future__ import annotations

import re

from generators import lexicon
from generators.french.numbers import parse_words
from generators.records import CLOZE, TRUEFALSE, Question

_SPAN = re.compile(r"(?<![\w-])((?:1[5-9]|20)\d\d)\s*[-/–]\s*(\d{2}|\d{4})(?![\w-])")
_GAP = re.compile(r"\{\{c\d+::(.*?)\}\}")


def other_form(question: Question) -> str:
    """Return why the card gives its answer away in another form, or ''."""
    listed = enumerated_count(question)
    if listed:
        return listed
    gap = _GAP.search(question.prompt)
    if gap:
        answer, shown = gap.group(1), question.prompt.replace(gap.group(0), " ")
    elif question.kind in (CLOZE, TRUEFALSE):
        return ""
    else:
        answer, shown = question.answer, question.prompt
    for year in re.findall(r"(?<![\w-])(?:1[5-9]|20)\d\d(?![\w-])", answer):
        if year in _span_years(shown):
            return f"the answer's year {year} is in a span of the prompt"
    digits = re.sub(r"[\s\u202f\u00a0.]", "", answer)
    if re.fullmatch(r"\d{4,}", digits) and digits != answer.strip():
        flat = re.sub(r"(?<=\d)[\s\u202f\u00a0.](?=\d{3}(?!\d))", "", shown)
        if re.search(rf"(?<![\d,]){digits}(?![\d,])", flat):
            return f"the answer « {answer} » is in the prompt, written otherwise"
    if question.fact_type == "acronym" and _spelled(question):
        return "the expansion's initials spell the acronym asked"
    return ""


def _span_years(text: str) -> set[str]:
    """Return the years a prompt's spans cover (« 2014-15 » → 2014, 2015)."""
    years: set[str] = set()
    for first, last in _SPAN.findall(text):
        end = last if len(last) == 4 else first[:2] + last
        if int(first) < int(end) <= int(first) + 10:
            years.update({first, end})
    return years


def _spelled(question: Question) -> bool:
    """Tell an acronym answer whose letters are the initials of the prompt's quoted expansion."""
    quoted = re.search(r"«\s*(.*?)\s*»", question.prompt)
    answer = question.answer.strip().upper()
    if not quoted or not re.fullmatch(r"[A-Z]{2,8}", answer):
        return False
    small = lexicon.word_set("acronym_function_words")
    words = re.findall(r"[^\W\d_][\w-]*", quoted.group(1).replace("’", "'"))
    initials = "".join(
        w[0] for w in words if w.lower() not in small and f"{w.lower()}'" not in small
    )
    return initials.upper() == answer


# after the gap: the counted noun (one to four words, no list yet), « : », « , » or « ( », the
# rest of the clause (or of the parenthesis)
_LISTED = re.compile(
    r"^\s*(?:[^\W\d][\w'’-]*\s+){0,3}?[^\W\d][\w'’-]*\s*(?P<mark>[:,(])\s*(?P<items>[^.;:»()?!]*)"
)
_LINK = re.compile(r"\s+(?:et|ou)\s+")
_COUNT_WORD = re.compile(r"(?<![\w,.])(?:[2-5]|deux|trois|quatre|cinq)(?![\w,.])", re.I)


def enumerated_count(question: Question) -> str:
    """Return why a small count's gap is answered by the list right after its noun, or ''. A
    true/false statement on such a count is answered by counting the list, whatever it says."""
    if question.kind == TRUEFALSE:
        for found in _COUNT_WORD.finditer(question.prompt):
            if _small_count(found.group(0)) and any(
                _listed(question.prompt[found.end() :], n) for n in range(2, 6)
            ):
                return (
                    f"the count {found.group(0)} is checked by counting the things listed after it"
                )
        return ""
    gap = _GAP.search(question.prompt)
    if gap:
        places = [(gap.group(1), gap.end())]
    else:
        places = [(question.answer, m.end()) for m in re.finditer("…", question.prompt)]
    for answer, end in places:
        count = _small_count(answer)
        if count and _listed(question.prompt[end:], count):
            return f"the count {answer} is answered by the things listed after it"
    return ""


def _small_count(answer: str) -> int:
    """Return the answer as a count from 2 to 5 (« 3 », « trois »), else 0."""
    text = answer.strip().lower()
    value = float(text) if text.isdigit() else parse_words(text) if text.isalpha() else None
    return int(value) if value is not None and 2 <= value <= 5 and value == int(value) else 0


def _listed(after: str, count: int) -> bool:
    """Tell whether the clause after a counted noun lists the things counted: a list after « : »
    (« à deux reprises : dans les années 1920 et 1930 et en 1985 »: it announces them), or after
    « , » or in parentheses a list of that many like things (« deux pays, la France et l'Italie »,
    « trois blessés (un passant, un gardien et le conducteur) »)."""
    found = _LISTED.match(after)
    if not found:
        return False
    parts = [p.strip() for p in found.group("items").split(",")]
    last = next((i for i, p in enumerate(parts) if _LINK.search(p)), None)
    if last is None or not parts[0]:
        return False
    opener = parts[0].split()[0].lower().replace("’", "'")
    if opener in lexicon.word_set("question_enumeration_blockers") or opener.startswith("qu'"):
        return False
    counted = opener.isdigit() or (opener not in ("un", "une") and parse_words(opener) is not None)
    if len(parts[0].split()) > 1 and counted:
        return False  # « deux écoles, trois lycées et un collège »: other things, counted
    if found.group("mark") == ":":
        return True
    items = [*parts[:last], *_LINK.split(parts[last], maxsplit=1)]
    sizes = [len(item.split()) for item in items]
    if not all(sizes) or sizes[-1] > max(sizes[:-1]) + 1:
        return False  # « deux ans, Paul et Léa se sont mariés »: a clause goes on after the name
    return len(items) == count
