"""The tally of a vote, told after the decision it counts: « Vingt membres ont voté pour, huit contre ».

A pass after the action extractor (derive.AFTER): a decision clause the article tells (« le
conseil a adopté la loi … ») and, in its sentence or the next ones, its counts — « N (membres) ont
voté pour / contre (la loi) », « N se sont abstenus », « N voix pour, M contre », « N abstentions »,
« par N voix contre M » (after a verb that adopts: lexicon action_tally_verbs) — make one more
action fact of kind `tally`, the decision's fields with `votes_for`, `votes_against`,
`abstentions` and `voters` (« membres »), asked « Lors du vote …, combien de membres ont voté
pour, et combien contre ? ». A side's complement must be the text voted on (lexicon
action_tally_objects), never « pour la première fois » or a candidate; a negated or conditional
verb, a percentage or a year is no count. The clause « N membres ont voté pour » makes no action
of its own (`counted_voters`).
"""

from __future__ import annotations

import functools
import re
from typing import Any

from generators import lexicon
from generators.extract.context import Context
from generators.french.numbers import is_number_word, looks_like_year, parse_number
from generators.records import Fact, make_fact

_SENTENCE = re.compile(r"(?:[^.!?]|\.\.\.|\.(?=\S))+[.!?]?")
_DIGITS = r"\d[\d\u00a0\u202f]*\d|\d"
_WINDOW = 700  # characters after the decision's sentence where its tally may stand
_FIELDS = ("actor", "actor_is_person", "gender", "number", "verb", "voice", "predicate", "object")


@functools.cache
def _num() -> str:
    """Return the pattern of a count in digits or French number words (« vingt-deux »)."""
    words = "|".join(
        sorted((re.escape(w) for w in lexicon.words("numbers_words")), key=len, reverse=True)
    )
    return rf"(?<![\w%,.])(?:{_DIGITS}|(?:{words})(?:[- ](?:et[- ])?(?:{words}))*)(?![\w%])(?!\s*%)"


@functools.cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    """Return the tally patterns: a count and its side (for, against, abstained)."""
    _NUM = _num()
    objects = "|".join(re.escape(w) for w in lexicon.words("action_tally_objects"))
    after = rf"(?=\s*(?:[:,;.(]|$|(?:et|mais)\s|(?:la|le|les|ce|cette|cet)\s+(?:{objects})\b|l['’](?:{objects})\b|celle-ci|celui-ci))"
    who = r"(?:\s+(?P<who>[a-zà-ÿ]+))?(?:\s+[\wÀ-ÿ'’-]+){0,4}?"
    return (
        re.compile(
            rf"(?P<n>{_NUM}){who}\s+(?<!n['’])ont\s+voté\s+(?P<side>pour|contre)\b{after}", re.I
        ),
        re.compile(rf"(?P<n>{_NUM}){who}\s+se\s+sont\s+abstenu(?:e)?s\b(?P<side>)", re.I),
        re.compile(
            rf"(?P<n>{_NUM})\s+(?:voix|votes|suffrages)\s+(?P<side>pour|contre)\b(?!\s+\d)", re.I
        ),
        re.compile(rf"(?P<n>{_NUM})\s+(?P<side>abstentions?)\b", re.I),
        re.compile(rf"\bvoix\s+pour\s*(?:,|et)\s+(?P<n>{_NUM})\s+(?P<side>contre)\b", re.I),
    )


@functools.cache
def _by() -> re.Pattern[str]:
    """Return the pattern of « par N voix contre M »."""
    return re.compile(rf"\bpar\s+(?P<n>{_num()})\s+voix\s+contre\s+(?P<m>{_num()})", re.I)


def _count(text: str) -> int | None:
    """Return a count written in digits or words, or None (a year, a percentage, no number)."""
    text = text.strip()
    if looks_like_year(text):
        return None
    value = parse_number(text.replace("\u00a0", " ").replace("\u202f", " "))
    if value is None or value != int(value) or value <= 0:
        return None
    return int(value)


def read_tally(sentence: str, forward: bool = True) -> dict[str, Any]:
    """Return the counts a sentence tells: votes_for, votes_against, abstentions, voters."""
    found: dict[str, Any] = {}
    by = _by().search(sentence)
    if by and forward:
        first, second = _count(by.group("n")), _count(by.group("m"))
        if first and second:
            found |= {"votes_for": first, "votes_against": second}
    for pattern in _patterns():
        for match in pattern.finditer(sentence):
            count = _count(match.group("n"))
            if count is None:
                continue
            side = match.group("side").lower()
            key = {"pour": "votes_for", "contre": "votes_against"}.get(side, "abstentions")
            found.setdefault(key, count)
            who = (match.groupdict().get("who") or "").lower()
            if who in lexicon.word_set("action_tally_voters"):
                found.setdefault("voters", who)
    return found


def counted_voters(verb: Any, subject: Any) -> bool:
    """Tell « Vingt membres ont voté pour »: a count votes, the tally pass tells it (no actor)."""
    if verb.lemma_.lower() != "voter":
        return False
    subjects = [c for c in verb.children if c.dep_.startswith("nsubj")] + [subject]
    counted = [c for s in subjects for c in (s, *s.children) if c.dep_ in ("nummod", "nsubj")]
    return any(c.like_num or is_number_word(c.text) for c in counted)


def vote_tallies(ctx: Context) -> list[Fact]:
    """Return the tally facts of the article's decisions (a pass after the action extractor)."""
    verbs = {
        line.split()[0]: "forward" in line.split() for line in lexicon.words("action_tally_verbs")
    }
    made: list[Fact] = ctx.extras.get("action.made", [])
    decisions = [
        f
        for f in made
        if f.get("verb") in verbs and f.get("object") and f.get("kind") == "decision"
    ]
    if not decisions:
        return []
    sentences = [(m.group(0), m.start()) for m in _SENTENCE.finditer(ctx.article.clean)]
    facts: list[Fact] = []
    for decision in sorted(decisions, key=lambda f: f.start):
        counts, first = _counts_after(decision, sentences, verbs[str(decision.get("verb"))])
        if first is None or not ({"votes_for", "votes_against"} & counts.keys()):
            continue
        text, start = first
        fields = {k: decision.get(k) for k in _FIELDS} | counts
        fields |= {"kind": "tally", "verb": "décompter"}  # its own identity beside the decision's
        fields |= {"date": decision.get("date"), "weight": decision.get("weight")}
        fields |= {"confidence": min(0.9, float(decision.get("confidence") or 0.75))}
        body = ctx.article.text[start : start + len(text)]
        facts.append(
            make_fact(ctx.slug, "action", body.strip(), start, start + len(text), **fields)
        )
    return facts


def _counts_after(
    decision: Fact, sentences: list[tuple[str, int]], forward: bool
) -> tuple[dict[str, Any], tuple[str, int] | None]:
    """Return the counts of the decision's sentence and those starting within `_WINDOW`
    characters after it, and the first sentence that told one."""
    counts: dict[str, Any] = {}
    first = None
    limit = decision.end + _WINDOW
    for text, start in sentences:
        if start + len(text) <= decision.start:
            continue
        if start > limit:
            break
        told = read_tally(text, forward)
        if told:  # the next sentences may go on counting (« Dix ont voté contre. »)
            limit = max(limit, start + len(text) + _WINDOW // 2)
        if told and first is None:
            first = (text.strip(), start + len(text) - len(text.lstrip()))
        for key, value in told.items():
            counts.setdefault(key, value)
    return counts, first
