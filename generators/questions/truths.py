"""Distractors that are no wrong answer: true elsewhere in the article, or of another kind.

A multiple choice or a false statement is a wrong card when one of its « wrong » options is true:
the head of the organisation that made a statement (« Qui a déclaré … ? » → « Libération » and
its director), a second person who did the same thing, the minister who takes the asked post
over, a date inside a range the sentence gives (« du 3 au 9 mars »), a figure the sentence itself
writes, another count of the same thing, a role of a bare noun (« chef du parti »: which one?). An option of another kind gives the answer away: an
organisation among people, a description (« un haut responsable ») among names.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from generators import lexicon
from generators.french.grammar import fold
from generators.questions.index import ArticleIndex, looks_like_name
from generators.questions.phrasing import strip_article
from generators.questions.referents import bare_referent
from generators.questions.roles import role_class
from generators.records import Fact


def ruled_out(
    candidate: str,
    pool: str,
    fact: Fact,
    answer: str,
    index: ArticleIndex,
    *,
    statement: bool = False,
) -> bool:
    """Tell a distractor to leave out: true in the article too, or of another kind than `answer`
    (`statement`: the swap of a false statement, where a trade may be true of the person too)."""
    if pool == "person":
        return _other_kind(candidate, answer, index) or _person_also_right(
            candidate, fact, answer, index
        )
    if pool == "role":  # « chef du parti » beside « chef du Parti vert »: which party?
        return (
            bool(bare_referent(candidate))
            or shared_attribute(candidate, answer if statement else None)
            or same_head(candidate, answer)
        )
    if pool == "date":
        return _date_in_sentence(candidate, fact.sentence)
    if pool in ("number", "amount"):
        return _figure_also_right(candidate, fact, index)
    return False


def shared_attribute(role: str, answer: str | None = None) -> bool:
    """Tell an honour (« championne en titre »: one honour may be another's name, several people
    hold them) or, swapped into a statement about `answer`, a trade that is none of the true
    role's kind (« triathlète américaine » said of the title holder may be true too); a trade
    among trades (« journaliste » for « avocat ») and a choice beside a post stay."""
    if role_class(role) == "title":
        return True
    if answer is not None and role_class(role) == "job" and role_class(answer) != "job":
        return True
    words = fold(role.replace("’", "'")).replace("-", " ").split()
    honours = {fold(w).replace("-", " ") for w in lexicon.words("question_honour_words")}
    return any(w in honours for w in words) or any(
        h in " ".join(words) for h in honours if " " in h
    )


def same_head(role: str, other: str) -> bool:
    """Tell two roles of one head noun (« chercheuse au CNRS », « chercheuse française »): the one
    may be true of the holder of the other, so it is no wrong choice and no false statement."""
    first, second = _folded(role).split(), _folded(other).split()
    return bool(first and second) and first[0] == second[0] and first != second


def _folded(text: str) -> str:
    return fold(strip_article(text).replace("’", "'")).strip()


def _named(text: str) -> bool:
    """Tell a name (some capital word) from a description (« un haut responsable syrien »)."""
    return any(w[:1].isupper() for w in text.split())


def _other_kind(candidate: str, answer: str, index: ArticleIndex) -> bool:
    """A description among names, an organisation among people, a person among organisations
    (only when both kinds are sure: a person known by gender, role or first name, a body written
    with an article, an acronym, or a single word or a phrase no name is made of)."""
    if not _named(candidate):
        return True
    kinds = {_kind(candidate, index), _kind(answer, index)}
    return kinds == {"person", "body"}


def _kind(name: str, index: ArticleIndex) -> str:
    """Return 'person', 'body' or '' (unsure) for a name of the article."""
    words = name.replace("’", "'").split()
    if not words:
        return ""
    if fold(words[0]) in ("le", "la", "les", "l", "un", "une", "des") or words[
        0
    ].lower().startswith("l'"):
        return "body"
    if any(w.isupper() and len(w) > 1 for w in words):
        return "body"  # an acronym
    person = index.person(name)
    first = words[0]
    if (person is not None and (person.roles or person.gender)) or first in _first_names():
        return "person"
    return "" if looks_like_name(name) else "body"


@functools.cache
def _first_names() -> frozenset[str]:
    return frozenset(lexicon.words("people_firstnames_f") + lexicon.words("people_firstnames_m"))


def _person_also_right(candidate: str, fact: Fact, answer: str, index: ArticleIndex) -> bool:
    """Tell a person or body the article makes a right answer too."""
    key = _folded(candidate)
    if fact.type == "quote":  # the head of the body that spoke, or a second speaker of the words
        return key in _heads_of(answer, index) or any(
            other.type == "quote"
            and other.id != fact.id
            and fold(str(other.get("text") or "")) == fold(str(fact.get("text") or ""))
            and _folded(str(other.get("speaker") or "")) == key
            for other in index.facts
        )
    if fact.type == "action":
        return key in _doers(fact, index)
    if fact.type == "person_role":
        return key in _post_takers(str(fact.get("role") or ""), index)
    if fact.type == "leads":
        return key in _heads_of(str(fact.get("entity") or ""), index)
    return False


def _heads_of(body: str, index: ArticleIndex) -> set[str]:
    """Return the people the article makes heads of `body` (leads facts, head titles)."""
    key = _folded(body)
    if not key:
        return set()
    heads = {
        _folded(str(f.get("leader") or ""))
        for f in index.facts
        if f.type == "leads" and _folded(str(f.get("entity") or "")) == key
    }
    titles = "|".join(re.escape(fold(t)) for t in lexicon.words("leads_titles"))
    pattern = re.compile(rf"(?:{titles})\s+(?:de la|de l|du|des|de|d)\s+{re.escape(key)}")
    for person in index.people.values():
        if any(pattern.fullmatch(fold(r.replace("’", "'"))) for r in person.roles):
            heads.add(_folded(person.name))
    return heads


def _doers(fact: Fact, index: ArticleIndex) -> set[str]:
    """Return the other actors of the same deed (same verb and voice, same object or complement)."""
    verb = fold(str(fact.get("verb") or ""))
    found = set()
    for other in index.facts:
        if other.type != "action" or other.id == fact.id:
            continue
        if fold(str(other.get("verb") or "")) != verb or other.get("voice") != fact.get("voice"):
            continue
        if any(
            _folded(str(fact.get(k) or ""))
            and _folded(str(fact.get(k) or "")) == _folded(str(other.get(k) or ""))
            for k in ("object", "complement")
        ):
            found.add(_folded(str(other.get("actor") or "")))
    return found


def _post_takers(role: str, index: ArticleIndex) -> set[str]:
    """Return the people a succession of the article puts in (or takes out of) `role`."""
    key = _folded(role)
    return {
        _folded(str(f.get(side) or ""))
        for f in index.facts
        if f.type == "succession" and _folded(str(f.get("role") or "")) == key
        for side in ("successor", "predecessor")
    } - {""}


_DAY = re.compile(r"(?<!\d)(1er|\d{1,2})\s+([a-zéû]+)", re.IGNORECASE)


def _day_month(text: str) -> tuple[int, str] | None:
    """Return the day and month a date shows (« 31 mars 2016 » → (31, 'mars')), or None."""
    months = {fold(m) for m in lexicon.words("french_months")}
    for day, month in _DAY.findall(text):
        if fold(month) in months:
            return (1 if day.lower() == "1er" else int(day), fold(month))
    return None


def _date_in_sentence(candidate: str, sentence: str) -> bool:
    """Tell a date the sentence writes itself, or one inside a range it gives (« du 3 au 9 mars »)."""
    shown = _day_month(candidate)
    if shown is None:
        return False
    day, month = shown
    text = fold(sentence.replace("’", "'"))
    if re.search(rf"(?<!\d){day}(?:er)?\s+{re.escape(month)}", text):
        return True
    return any(named == month and low <= day <= high for low, high, named in _ranges(text))


_RANGE = re.compile(
    r"(?:du|entre le|entre les)\s+(1er|\d{1,2})(?:\s+[a-zéû]+)?\s+(?:au|et le|et)\s+(\d{1,2})\s+([a-zéû]+)"
)


def _ranges(text: str) -> list[tuple[int, int, str]]:
    """Return the day ranges of a folded sentence (« du 3 au 9 mars » → (3, 9, 'mars'))."""
    return [
        (1 if low == "1er" else int(low), int(high), month)
        for low, high, month in _RANGE.findall(text)
    ]


_FIGURE = re.compile(r"(?<![\w,])\d{1,3}(?:[\u00a0\u202f ]\d{3})+(?:,\d+)?|(?<![\w,])\d+(?:,\d+)?")


def _figures(text: str) -> list[float]:
    return [float(re.sub(r"\s", "", n).replace(",", ".")) for n in _FIGURE.findall(text)]


def _figure_also_right(candidate: str, fact: Fact, index: ArticleIndex) -> bool:
    """Tell a figure the sentence writes beside the answer, or another count of the same thing."""
    values = _figures(candidate)
    if not values:
        return False
    value = values[0]
    own = fact.get("value")
    if value != own and value in _figures(fact.sentence):
        return True
    return value in _same_counts(fact, index)


def _same_counts(fact: Fact, index: ArticleIndex) -> Sequence[float]:
    """Return the other values of quantities of the same unit and the same subject."""
    unit, subject = _folded(str(fact.get("unit") or "")), _folded(str(fact.get("subject") or ""))
    if not unit or not subject:
        return []
    return [
        float(f.get("value"))
        for f in index.facts
        if f.type == "quantity"
        and f.id != fact.id
        and isinstance(f.get("value"), (int, float))
        and _folded(str(f.get("unit") or "")) == unit
        and _folded(str(f.get("subject") or "")) == subject
    ]
