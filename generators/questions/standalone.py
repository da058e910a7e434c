"""Cards that need the article to be read or answered: checks of the quality filter.

« En quelle année le club avait-il annoncé ? » (an active verb that lost its object),
« D'après l'article, combien de blessés ont été soignés ? » (a count with no place, date or name:
other figures of the article fit it too), a card taken from a quotation's caption
(« — Jeanne Martel, maire »), a photo caption run into the dateline (« Vue du port en mai 2015.
3 juin 2016. – »), a figure of a paired list (« deux salles de respectivement 40 et 60 places »:
the list gives the count away, or the card cannot say which figure), a feast's date asked as
an event's (« le discours du 14 juillet »: lexicon question_feast_dates, general knowledge), and a
sentence to complete or a figure's statement too short to say what it counts (« … disciplines
sont représentées. »: where? the cloze of the same sentence is dropped too), and a sentence that
points outside itself (« La firme japonaise espère en vendre … »: questions/anaphora.py).
"""

from __future__ import annotations

import functools
import re

from generators import lexicon
from generators.french.grammar import fold
from generators.questions.anaphora import outside_reference
from generators.questions.index import ArticleIndex
from generators.records import CLOZE, TRUEFALSE, Question

_PARTICIPLE = re.compile(r"[\w-]+(?:ée?s?|ie?s?|ue?s?|ite?s?|erte?s?|inte?s?)")
_ACTIVE = re.compile(r"(?:a|ont|avait|avaient|aura|auront)(?:-(?:t-)?(?:il|elle|ils|elles|on))?")
_COUNT = re.compile(r"(?:(?:d apres l article|a 10 % pres) )?combien (?:de|d) ")
_CAPTION = re.compile(r"\s*[—–-]\s*\w")
# a dateline inside the card's text: « 3 juin 2016. – », « 3 juin 2016 . – »
_DATELINE = re.compile(r"\b\d{1,2}(?:er)? [a-zéû]+ \d{4}\s?\.\s?[–—-]")


def standalone_problem(question: Question, index: ArticleIndex) -> str:
    """Return why a card does not stand without the article (module docstring), or ''."""
    for check in (
        _lost_object,
        _bare_count,
        _caption,
        _dateline,
        _paired_list,
        _feast_date,
        _thin_statement,
        outside_reference,
    ):
        reason = check(question)
        if reason:
            return reason
    return ""


def _lost_object(question: Question) -> str:
    """« À quelle date X avait-il indiqué ? »: the verb's object was cut with the clause."""
    text = question.prompt.replace("’", "'")
    found = re.search(r"(\S+)\s+([\w-]+)\s*\?$", text)
    if question.kind in (CLOZE, TRUEFALSE) or found is None:
        return ""
    before, last = found.group(1).lower(), found.group(2).lower()
    if not _ACTIVE.fullmatch(before) or not _PARTICIPLE.fullmatch(last):
        return ""
    if last in lexicon.word_set("question_whole_participles"):
        return ""
    folded = fold(text)
    adjunct = any(re.match(rf"{re.escape(o)}\b", folded) for o in _openings())
    counted = bool(_COUNT.match(folded)) and "-" not in before  # the count is the subject
    if adjunct or counted:
        return f"the question ends on « {last} » without its object (a cut clause)"
    return ""


@functools.cache
def _openings() -> tuple[str, ...]:
    return lexicon.words("question_adjunct_openings")


def _bare_count(question: Question) -> str:
    """« combien de blessés ont été soignés ? »: no place, date or name says which count."""
    text = question.prompt.replace("’", "'")
    found = re.search(r"(?i)combien (?:de |d')(.*)\?$", text)
    if question.kind in (CLOZE, TRUEFALSE) or text.startswith("Complétez") or found is None:
        return ""
    if re.search(r"[A-ZÀ-Ý]|\d", found.group(1)):
        return ""
    return "the count names no place, date or name: another figure of the article may fit it"


def _caption(question: Question) -> str:
    """« — Jeanne Martel, maire »: a quotation's caption, not the article's text."""
    if _CAPTION.match(question.source):
        return "taken from a quotation's caption, not from the article's text"
    return ""


def _dateline(question: Question) -> str:
    """« Vue du port en mai 2015. 3 juin 2016. – »: a caption run into the dateline (furniture)."""
    texts = (text for text in (question.source, question.prompt) if "." in text)
    if any(_DATELINE.search(text) for text in texts if "–" in text or "—" in text or "-" in text):
        return "its sentence runs a caption into the dateline: page furniture, not the article"
    return ""


def _paired_list(question: Question) -> str:
    """A figure of a sentence pairing two lists (« respectivement »: lexicon
    question_paired_list_words): the other list gives the count away or the card cannot say which
    of the paired figures it asks."""
    text = (question.source or question.prompt).lower()
    pairing = lexicon.word_set("question_paired_list_words")
    if question.fact_type != "quantity" or not any(word in text for word in pairing):
        return ""  # the cheap test first: most cards have none of the words
    if set(re.findall(r"\w+", fold(text))) & pairing:
        return "a figure of a paired list (« respectivement »): given away or ambiguous"
    return ""


def _feast_date(question: Question) -> str:
    """« le discours du 14 juillet »: a date that names a yearly feast (lexicon
    question_feast_dates) after « du » is general knowledge, not the article's."""
    if question.fact_type != "event" or "du " not in (question.source or question.prompt):
        return ""
    text = fold(re.sub(r"\{\{c\d+::|\}\}", "", question.source or question.prompt))
    for day in lexicon.words("question_feast_dates"):
        if re.search(rf"\b(?:du|de la fete du) {re.escape(fold(day))}\b", text):
            return "the date names a yearly feast (« du 14 juillet »): general knowledge"
    return ""


def existential_there(lower: str) -> str:
    """Return `lower` (a card's text, lower case) without the « il y a » that say what there is
    (« il y a trois blessés »): only « il y a » before a span of time (« il y a six ans », « il y
    a peu ») dates a clause from the article's day, and makes the card need it."""
    # « il y a 3 milliards d'années » is geology, not a date relative to the article's day
    lower = re.sub(r"\bil y a (?=(?:[\w,]+ ){0,3}(?:milliers|millions|milliards)\b)", " ", lower)
    units = "|".join(
        lexicon.words("quantity_duration_units") + lexicon.words("question_vague_spans")
    )
    return re.sub(rf"\bil y a (?!(?:[\w,'…{{}}:-]+ ){{0,3}}(?:{units})\b)", " ", lower)


def impersonal_dropped(lower: str) -> str:
    """Return `lower` (a card's text, lower case, plain apostrophes) without the « il » that surely
    names nobody: « il faut », « il n'y a », « il ne lui faut », « il semble que », « il était
    nécessaire de » (lexicon question_impersonal_sure, question_impersonal_adjectives)."""
    return _impersonal_pattern().sub(" ", lower)


@functools.cache
def _impersonal_pattern() -> re.Pattern[str]:
    def phrases(name: str) -> str:
        found = sorted(lexicon.words(name), key=len, reverse=True)
        return "|".join(re.escape(p) + ("" if p.endswith("'") else r"(?![\w-])") for p in found)

    clitics = r"(?:ne\s+|n')?(?:(?:lui|leur|nous|vous|me|te)\s+)?"
    be = r"(?:ne\s+|n')?(?:est|était|sera|serait|a été|avait été)(?:\s+pas|\s+plus)?\s+"
    adjectives = phrases("question_impersonal_adjectives")
    return re.compile(
        rf"(?<![\w-])il\s+(?=(?:{clitics}(?:{phrases('question_impersonal_sure')}))"
        rf"|{be}(?:{adjectives})\s+(?:de\s|d'|que\s|qu'))"
    )


_SHOWN = re.compile(r"^(?:Vrai ou faux|Complétez[^:]*) : «? ?(.*?)\s*»?\s*$", re.S)
THIN = 5  # fewer words around a gap than this: the sentence does not say what it is about


def _thin_statement(question: Question) -> str:
    """« Complétez : « … disciplines sont représentées. » », « Vrai ou faux : Huit disciplines
    sont représentées. »: too few words besides the figure (as a cloze's, quality._thin_cloze)."""
    completion = question.prompt.startswith("Complétez") and question.prompt.rstrip().endswith("»")
    statement = question.kind == TRUEFALSE and question.fact_type == "quantity"
    shown = _SHOWN.match(question.prompt) if completion or statement else None
    if shown is None:
        return ""
    count = len(shown.group(1).replace("…", " ").split()) - (1 if statement else 0)
    return f"too little context around the figure ({count} words)" if count < THIN else ""
