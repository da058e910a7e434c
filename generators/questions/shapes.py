"""Cards whose shape a reader cannot use, whatever the article: checks of the quality filter.

« Qui commande le mai 2003 ? » (a date is no body), « Qui dirige la Vallonie ? → its
vice-president » (a deputy does not lead), « À quelle date X est-il devenu ? » (a verb without its
complement), « combien d'années viennent ? » or « sur les {{c1::six}} premiers mois » (a count
that frames another figure), a gap on the article's own year, « une tentative ratée en … » (an
attempt of what?), a card that asks an hour range of the day, a card cut before whose death it
tells (« à la suite du décès à {{c1::97}} ans … »), the choices of a bounded figure (« plus de …
morts », questions/figures.py).
"""

from __future__ import annotations

import functools
import re

from generators import lexicon
from generators.french.grammar import fold
from generators.questions.figures import figure_problem
from generators.questions.forms import form_problem
from generators.questions.index import ArticleIndex
from generators.questions.standalone import standalone_problem
from generators.records import CLOZE, NUMERIC, TRUEFALSE, Fact, Question


def shape_problem(question: Question, index: ArticleIndex) -> str:
    """Return why a card's shape is unusable (module docstring), or ''."""
    fact = next((f for f in index.facts if f.id == question.fact_id), None)
    for check in (
        _date_body,
        _deputy_leader,
        _cut_verb,
        _window_count,
        _own_year,
        _bare_attempt,
        _hour_range,
        _whose_event_cut,
        figure_problem,
    ):
        reason = check(question, fact, index)
        if reason:
            return reason
    return form_problem(question, fact, index) or standalone_problem(question, index)


def _date_body(question: Question, fact: Fact | None, index: ArticleIndex) -> str:
    """« Qui commande le mai 2003 ? »: the parse took a date for the body led."""
    if fact is None or fact.type != "leads":
        return ""
    entity = fold(str(fact.get("entity") or "")).strip()
    months = "|".join(fold(m) for m in lexicon.words("french_months"))
    date = rf"(?:(?:\d{{1,2}}|1er) )?(?:{months})(?: \d{{4}})?|\d{{4}}"
    if re.fullmatch(date, entity):
        return f"the body led « {fact.get('entity')} » is a date"
    return ""


def _deputy_leader(question: Question, fact: Fact | None, index: ArticleIndex) -> str:
    """« vice-président de X » does not lead X: the head is someone else."""
    if fact is None or fact.type != "leads":
        return ""
    entity = str(fact.get("entity") or "").replace("’", "'")
    sentence = fact.sentence.replace("’", "'")
    at = sentence.find(entity) if entity else -1
    if at < 0:
        return ""
    before = re.split(r"[,;:()«»]", sentence[:at])[-1].split()[-4:]
    for word in before:
        lower = word.lower()
        if any(lower.startswith(d) if d.endswith("-") else lower == d for d in _deputies()):
            return f"the leader is a deputy (« {word} »), not the head of {entity}"
    return ""


@functools.cache
def _deputies() -> tuple[str, ...]:
    return lexicon.words("leads_deputy_words")


def _whose_event_cut(question: Question, fact: Fact | None, index: ArticleIndex) -> str:
    """« … à la suite du décès à {{c1::97}} ans … »: the card ends before « de X », whose death."""
    prompt = question.prompt.replace("’", "'")
    if not prompt.rstrip(" »").endswith("…"):
        return ""
    nouns = "|".join(lexicon.words("question_event_nouns_of_whom"))
    tail = re.search(rf"\b(?:du|le|la|au|son|sa)\s+({nouns})\b(.*)…\s*»?\s*$", prompt)
    if tail is None or re.search(r"\b(?:de|d'|du|des)\s+[A-ZÀ-Ý]", tail.group(2)):
        return ""
    return f"the card is cut before whose « {tail.group(1)} » it is"


def _cut_verb(question: Question, fact: Fact | None, index: ArticleIndex) -> str:
    """« À quelle date X est-il devenu ? »: a verb that needs its complement ends the question."""
    found = re.search(r"(\S+)\s+([\w-]+)\s*\?$", question.prompt.replace("’", "'"))
    if question.kind in (CLOZE, TRUEFALSE) or found is None:
        return ""
    before, last = found.group(1).lower(), found.group(2).lower()
    kind = _complement_verbs().get(last)
    active = re.search(r"^(?:a|ont|avait|avaient)-(?:t-)?(?:il|elle|ils|elles|on)$", before)
    if kind == "copula" or (kind == "object" and active):
        return f"the question ends on « {last} » without what it needs (a cut clause)"
    return ""


@functools.cache
def _complement_verbs() -> dict[str, str]:
    return {
        w: k for k, _, w in (e.partition(" ") for e in lexicon.words("question_complement_verbs"))
    }


def _window_count(question: Question, fact: Fact | None, index: ArticleIndex) -> str:
    """« au cours des trois années qui viennent »: a count of time framing another figure."""
    if fact is None or fact.type != "quantity":
        return ""
    text = " ".join(str(fact.get("text") or "").split()).replace("’", "'")
    sentence = " ".join(fact.sentence.split()).replace("’", "'")
    rules = [e.partition(" ") for e in lexicon.words("question_window_words")]
    befores = "|".join(re.escape(w) for k, _, w in rules if k == "before")
    afters = "|".join(re.escape(w) for k, _, w in rules if k == "after")
    units = "|".join(re.escape(u) for u in lexicon.words("quantity_duration_units"))
    lead = rf"(?<![\w-])\S+\s+(?:{befores})\s+(?:{units})(?![\w-])"
    framed = re.search(lead, text, re.IGNORECASE) or (
        text and re.search(rf"{re.escape(text)}\s+(?:{afters})(?![\w-])", sentence, re.IGNORECASE)
    )
    if framed:
        return f"« {text} » frames another figure (a period), it is not the fact"
    return ""


def _own_year(question: Question, fact: Fact | None, index: ArticleIndex) -> str:
    """A gap on the article's own year (« l'année … » in a 2021 article) tests nothing."""
    year = str(index.header.get("date") or "")[:4]
    gap = question.kind in (CLOZE, NUMERIC) or question.prompt.startswith("Complétez")
    if not gap or not year.isdigit() or fold(question.answer).removeprefix("en ") != year:
        return ""
    return f"the gap is the article's own year ({year}), a frame, not the fact"


def _bare_attempt(question: Question, fact: Fact | None, index: ArticleIndex) -> str:
    """« une tentative ratée en … »: an attempt, a failure of what? (its other clause is cut)."""
    text = re.sub(r"\{\{c\d+::(.*?)\}\}", r"\1", question.prompt).replace("’", "'")
    if question.kind not in (CLOZE, TRUEFALSE) and not question.prompt.startswith("Complétez"):
        return ""
    nouns = "|".join(re.escape(n) for n in lexicon.words("question_complement_nouns"))
    found = re.search(
        rf"(?<![\w-])(?:une?|des)\s+({nouns})(?:\s+[a-zéèêàâîôûç]+){{0,2}}?\s*(?=en\s|\.|,|…|$)",
        text,
        re.IGNORECASE,
    )
    if found and not re.search(r"(?<![\w-])(?:de|d'|du|des)(?![\w-])", found.group(0)):
        return f"« {found.group(0).strip()} » names no attempt of anything (its clause is cut)"
    return ""


def _hour_range(question: Question, fact: Fact | None, index: ArticleIndex) -> str:
    """« de 14 à 16 heures »: hours of the day are a side detail, and a range is no figure."""
    found = re.fullmatch(r"(\d{1,2}) (?:à|-) (\d{1,2})", question.answer.strip())
    source = question.source.replace("\u00a0", " ")
    if found and re.search(rf"\b{found.group(1)} à {found.group(2)} ?(?:h|heures)\b", source):
        return "asks hours of the day (a side detail)"
    return ""
