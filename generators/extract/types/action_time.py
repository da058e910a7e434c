"""The times of an action clause: its date, the deadline of an order, the new date of a postponement.

Helpers of types/action.py. The clause's date is the explicit one of its own clause (the article's
year completes a bare « le 3 mars »): a date inside a clause the verb's words embed (« un projet
qui ouvrira le 22 mai », « le sommet prévu le 12 juin », « et a pris ses fonctions le 10 juin »,
clause relations in lexicon/action_clause_deps.txt) dates something else; a deadline follows an order or a decision (« dans un délai de
six mois », « d'ici le 30 juin », openers in lexicon/action_deadlines.txt); a postponement's new
date follows its verb (« reporté à mai 2020 »), the old one is « prévu en 2019 ».
"""

from __future__ import annotations

import functools
import re
from typing import Any

from generators import lexicon
from generators.extract.context import Context
from generators.extract.event_clause import planned_by
from generators.extract.tokens import span_text
from generators.extract.weekdays import resolve as resolve_day
from generators.french.dates import date_text

_AGE = re.compile(r"(?:\bà l'âge de |\bà |, |\bâgée? de |\bavait )(\d{1,3}) ans\b")
_YEAR = re.compile(r"\b(?:en|depuis) ((?:1[5-9]|20)\d\d)\b")
_UNITS = r"(?:jours?|semaines?|mois|ans|années?|heures?|délais?|(?:1[5-9]|20)\d\d|fin)"
_SEASONS = r"(?:printemps|été|automne|hiver)"


def _months() -> str:
    return "|".join(lexicon.words("french_months"))


def clause_date(text: str, ctx: Context) -> tuple[str | None, bool]:
    """Return the sentence's explicit date (« le 6 mars 2021 », « en 1999 ») and whether its year is the article's."""
    months = _months()
    days = "|".join(lexicon.words("french_weekdays"))
    day = re.search(
        rf"\b(?:le |(?:{days}) )(\d{{1,2}}|1er) ({months})(?: ((?:1[5-9]|20)\d\d))?\b", text, re.I
    )
    if day:
        year = day.group(3) or article_year(ctx)
        if year is None:
            return None, False
        return f"le {day.group(1)} {day.group(2).lower()} {year}", day.group(3) is None
    month = re.search(rf"\ben ({months}) ((?:1[5-9]|20)\d\d)\b", text, re.I)
    if month:
        return f"en {month.group(1).lower()} {month.group(2)}", False
    year = _YEAR.search(text)
    return (f"en {year.group(1)}", False) if year else (None, False)


def article_month(ctx: Context) -> str | None:
    """Return « en mars 2021 »: the month of the article's date or dateline, or None."""
    months = lexicon.words("french_months")
    if ctx.article.date and re.match(r"^\d{4}-\d\d", ctx.article.date):
        year, month = ctx.article.date[:4], int(ctx.article.date[5:7])
        return f"en {months[month - 1]} {year}" if 1 <= month <= 12 else None
    head = ctx.article.text[ctx.article.body_start : ctx.article.body_start + 200].strip()
    line = head.split("\n")[0] if head else ""
    found = re.search(rf"\b({'|'.join(months)}) ((?:19|20)\d\d)\b", line, re.IGNORECASE)
    return f"en {found.group(1).lower()} {found.group(2)}" if found else None


def article_year(ctx: Context) -> str | None:
    """Return the year of the article: its date, or the year of its dateline."""
    if ctx.article.date:
        return ctx.article.date[:4]
    head = ctx.article.text[ctx.article.body_start : ctx.article.body_start + 200].strip()
    found = re.search(r"\b((?:19|20)\d\d)\b", head.split("\n")[0] if head else "")
    return found.group(1) if found else None


@functools.cache
def _deadline_pattern() -> re.Pattern[str]:
    openers = sorted(lexicon.words("action_deadlines"), key=len, reverse=True)
    alternatives = "|".join(re.escape(o).replace("'", "['’]") for o in openers)
    return re.compile(
        rf"(?<!\w)(?P<opener>{alternatives})(?:(?<=['’])|\s+)"
        r"(?P<value>[^,;:()«»\"]+?)(?=\s*(?:[,;:.()«»\"]|\bet\b|\bafin\b|\bpour\b|\bsous peine\b|$))",
        re.IGNORECASE,
    )


def deadline(text: str) -> tuple[str, str] | None:
    """Return the deadline phrase and its value (« dans un délai de six mois », « six mois »), or None."""
    for found in _deadline_pattern().finditer(text):
        value = found.group("value").strip()
        if len(value.split()) > 6 or not re.search(rf"\b(?:{_UNITS}|{_months()})\b", value, re.I):
            continue
        opener = found.group("opener")
        joiner = "" if opener.endswith(("'", "’")) else " "
        return f"{opener}{joiner}{value}", value
    return None


def _date_phrase() -> str:
    months = _months()
    year = r"(?:1[5-9]|20)\d\d"
    return (
        rf"(?:le )?(?:\d{{1,2}}|1er) (?:{months})(?: {year})?"
        rf"|(?:{months}) {year}|(?:l['’]|le )?{_SEASONS}(?: {year})?|{year}"
    )


def new_date(text_after_verb: str) -> str | None:
    """Return the new date a postponement names after its verb (« à mai 2020 » → « mai 2020 »)."""
    found = re.search(
        rf"(?<!\w)(?:à|au|en|pour|jusqu['’](?:à|au)) (?:l['’]année )?({_date_phrase()})\b",
        text_after_verb,
        re.IGNORECASE,
    )
    return re.sub(r"^le ", "", found.group(1)) if found else None


def old_date(text: str) -> str | None:
    """Return the date first planned (« prévu en 2019 », « initialement prévue le 3 mars »), or None."""
    found = re.search(
        r"\bprévue?s? (?:initialement |à l['’]origine |d['’]abord )?(?:pour |en |le |au |à )?"
        rf"({_date_phrase()})\b",
        text,
        re.IGNORECASE,
    )
    return re.sub(r"^le ", "", found.group(1)) if found else None


def circumstances(doc: Any, verb: Any, sent: Any, ctx: Context, kind: str) -> dict[str, Any]:
    """Return the clause's explicit date, its place, and the age and cause of a death."""
    text = span_text(sent)
    date, inferred = clause_date(own_clause(verb), ctx)
    if date is None:
        date = weekday_date(doc, verb, ctx)  # « a démissionné mardi » → « le 29 mai 2018 »
    place = next(
        (_place(c) for c in verb.children if c.dep_ in ("obl:mod", "obl") and _place(c)), None
    )
    if kind == "occurrence":  # « est survenu peu avant minuit en Bavière »: the first place said
        place = _place_after(verb) or place
    age = _age(text)
    if age is None and kind == "death":
        following = doc[sent.end : min(len(doc), sent.end + 20)].text
        age = _age(following.split(".")[0])
    found: dict[str, Any] = {"date": date, "date_inferred": inferred, "place": place, "age": age}
    among = _category(text, _paragraph_before(doc, sent)) if kind == "win" else None
    if among:
        found["among"] = among  # « Chez les femmes, A a remporté l'épreuve »
    if kind == "death":
        cause = death_cause(doc[verb.i + 1 : sent.end].text)
        if cause:
            found["cause"] = cause
    return found


def weekday_date(doc: Any, verb: Any, ctx: Context) -> str | None:
    """Return the date a weekday of the verb's own clause names from the dateline (« mardi »,
    « ce lundi », « samedi soir »), said « le 29 mai 2018 », or None when unsure or quoted."""
    days = lexicon.word_set("french_weekdays")
    for tok in verb.subtree:
        if tok.lower_ not in days or tok.dep_ in ("nsubj", "nsubj:pass", "obj"):
            continue
        if _end_bound(doc, tok.i):
            continue  # « a fermé ses parcs jusqu'à vendredi »: when it ends, not when it was done
        above = tok.head
        while above.pos_ not in ("VERB", "AUX") and above.head.i != above.i:
            above = above.head
        if above.i != verb.i:
            continue  # the day of another clause
        start = tok.i - 1 if tok.i > 0 and doc[tok.i - 1].lower_ in ("ce", "le") else tok.i
        iso = resolve_day(doc, doc[start : tok.i + 1], verb, ctx.article.date)
        return date_text(iso) if iso and len(iso) == 10 else None
    return None


def _end_bound(doc: Any, i: int) -> bool:
    """Tell a weekday that bounds a period's end (« jusqu'à vendredi », « jusqu'au lundi »:
    lexicon event_weekday_end_bounds)."""
    before = "".join(t.lower_.replace("’", "'") for t in doc[max(0, i - 2) : i])
    return before.endswith(tuple(lexicon.word_set("event_weekday_end_bounds")))


def death_cause(text: str) -> str | None:
    """Return how a death came (« des suites d'un cancer », « dans un accident de la route »)."""
    openers = sorted(lexicon.words("action_death_causes"), key=len, reverse=True)
    alternatives = "|".join(re.escape(o).replace("'", "['’]") for o in openers)
    found = re.search(rf"(?<!\w)(?:{alternatives})[^,;:.()«»]*", text, re.IGNORECASE)
    if found is None:
        return None
    cause = re.split(
        r"\s+(?:à l['’]âge|à \d|le \d|en (?:1[5-9]|20)\d\d|alors qu|et a\b)", found.group(0)
    )[0]
    words = cause.split()
    return " ".join(words).rstrip(" ,") if len(words) <= 8 else None  # never cut mid-phrase


def _place(tok: Any, tagged: bool = True) -> str | None:
    """Return « à Lyon », « en Suède » for a place complement headed by a proper noun (or, not
    `tagged`, by a capitalised noun the tagger took for a common one: « à Besançon »)."""
    case = next((c for c in tok.children if c.dep_ == "case"), None)
    named = tok.pos_ == "PROPN" or (not tagged and tok.pos_ == "NOUN" and tok.text[:1].isupper())
    if not named or case is None or case.lower_ not in ("à", "en", "au", "aux"):
        return None
    if tok.ent_type_ not in ("LOC", "GPE", ""):
        return None
    names = [c.i for c in tok.children if c.dep_.startswith("flat") and c.i > tok.i]
    return str(tok.doc[case.i : max([tok.i, *names]) + 1].text)  # « à Gold Coast »


def _place_after(verb: Any) -> str | None:
    """Return the first place after the verb in its clause, wherever the parser hung it."""
    for tok in verb.doc[verb.i + 1 : verb.sent.end]:
        if tok.text in ",;:()—–":
            return None
        found = _place(tok) or _place(tok, tagged=False)
        if found:
            return found
    return None


def _age(text: str) -> str | None:
    found = _AGE.search(text)
    return f"{found.group(1)} ans" if found else None


def own_clause(verb: Any) -> str:
    """Return the words of `verb`'s own clause, in order: its subtree without the clauses it embeds
    (relative, adverbial, complement clauses, verbs joined by « et ») and without a date a
    participle sets on a noun (« a annulé sa visite prévue le 31 janvier »)."""
    embedded = lexicon.word_set("action_clause_deps")
    cut: set[int] = set()
    for token in verb.subtree:
        if token.i in cut or token.i == verb.i:
            continue
        if token.dep_ in embedded and token.pos_ in ("VERB", "AUX"):
            cut.update(t.i for t in token.subtree)
        if token.dep_ == "nmod" and planned_by(token.doc, token.left_edge.i) is not None:
            cut.update(t.i for t in token.subtree)  # « sa visite prévue le 31 janvier »
    return "".join(t.text_with_ws for t in verb.subtree if t.i not in cut).strip()


def _category(text: str, before: str = "") -> str | None:
    """Return the one « chez les femmes » (lexicon action_categories) a sentence tells its
    result for, or else the last one its paragraph named before it (« Chez les hommes, la course
    était ouverte. … A remporte l'épreuve »); None when the sentence names two."""
    found = {m.group(0).lower() for m in _category_pattern().finditer(text)}
    if found:
        return found.pop() if len(found) == 1 else None
    earlier = [m.group(0).lower() for m in _category_pattern().finditer(before)]
    return earlier[-1] if earlier else None


@functools.cache
def _category_pattern() -> re.Pattern[str]:
    """« chez les » and a word of lexicon action_categories, compiled once."""
    words = lexicon.alternation(lexicon.words("action_categories"))
    return re.compile(rf"(?i)\bchez les (?:{words})\b")


def _paragraph_before(doc: Any, sent: Any) -> str:
    """Return the text of `sent`'s paragraph before it (back to a line break)."""
    before = str(doc[max(0, sent.start - 300) : sent.start].text)
    return before.rsplit("\n", 1)[-1]
