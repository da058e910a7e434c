"""What an action clause tells beyond who did what: deadlines, new dates, opponents, title echoes.

Helpers of types/action.py, rules as data in generators/lexicon/action_*.txt:
- an order's content and its deadline (« a ordonné au ministère de publier le décret dans un délai
  de six mois »), a postponement's new and old dates (« prévu en 2019, reporté à mai 2020 »), a
  contest's opponent (« l'emporte face à X »), an outcome not achieved (negated: true);
- a recent past (« la chorale vient de gagner le concours » told « a gagné »);
- whether a clause's verb echoes the article's title (its weight is then the top one);
- « X l'emporte (face à Y) », which the parser rarely reads as a verb, found in the text.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Any

from generators import lexicon
from generators.extract.names import NameIndex
from generators.extract.tokens import span_text, text_of
from generators.extract.types.action_time import deadline, new_date, old_date
from generators.french.grammar import fold

_PLANNED = re.compile(r"\bprévue?s?\b[^,;]*", re.IGNORECASE)
_CLITIC_WIN = re.compile(r"(?<!\w)l['’](?:a |ont )?emport(?:e|ent|é|a)\b")
_STOP = re.compile(r"[,;:.()«»\"]")
_TALLY = re.compile(r",?\s+(?:par|à|avec)\s+[\w\u00a0\u202f-]+\s+(?:voix|votes|suffrages)\b.*$")


def recent_past(tok: Any) -> bool:
    """Tell the infinitive of « la chorale vient de gagner le concours », or of « A vient d'être
    mis en examen » (a recent past, told as done)."""
    head = tok.head
    passive = any(c.dep_ == "aux:pass" and c.lower_ == "être" for c in tok.children)
    return (
        tok.dep_ == "xcomp"
        and ("Inf" in tok.morph.get("VerbForm") or passive)
        and head.dep_ == "ROOT"
        and head.lemma_.lower() in lexicon.word_set("action_recent_past")
        and any(c.lower_ in ("de", "d'", "d’") for c in tok.children if c.dep_ in ("mark", "case"))
    )


def story_times(
    doc: Any, verb: Any, sent: Any, kind: str, offset: int, index: NameIndex
) -> dict[str, Any]:
    """Return the fields the clause's kind adds: deadline, new and old date, opponent, round, negated."""
    after = doc[verb.i + 1 : sent.end].text
    found: dict[str, Any] = {}
    if kind in lexicon.word_set("action_deadline_kinds"):
        limit = deadline(after)
        if limit:
            found["deadline"], found["deadline_value"] = limit
    if kind == "postponement":
        new = new_date(_PLANNED.sub("", after))
        if new:
            found["new_date"] = new
            found["old_date"] = old_date(span_text(sent))
    if kind in ("win", "contest"):
        start = verb.idx + len(verb.text)
        against = opponent(text_of(doc)[start : sent.end_char], offset + start, index)
        if against:
            found["opponent"] = against
    if kind == "contest":
        rounds = "|".join(re.escape(w) for w in lexicon.words("action_rounds"))
        stage = re.search(
            rf"(?<!\w)(?:au|à la|en|lors du|lors de la) (?:\w+ )?(?:{rounds})\b",
            span_text(sent),
            re.I,
        )
        if stage:
            found["round"] = stage.group(0)[0].lower() + stage.group(0)[1:]
    if kind == "unachieved":
        found["negated"] = True
    return found


def without_times(phrase: str | None, times: dict[str, Any]) -> str | None:
    """Cut the deadline or the new date off a phrase (« le lancement à mai 2020 » → « le lancement »)."""
    if not phrase:
        return phrase
    if times.get("deadline"):
        phrase = phrase.split(str(times["deadline"]))[0]
    if times.get("new_date"):
        cut = rf"(?:^|\s+)(?:à|au|en|pour|jusqu['’](?:à|au))\s+(?:l['’]année\s+)?{re.escape(str(times['new_date']))}.*$"
        phrase = re.sub(cut, "", phrase)
    phrase = _TALLY.sub("", phrase)  # « la loi par 30 voix contre 12 »: the tally is no object
    phrase = re.sub(r"\s+(?:à|au|en|de|d['’]|pour|et)$", "", phrase.strip(" ,"))
    return phrase or None


def order_content(verb: Any) -> str | None:
    """Return what an order asks (« au ministère de publier le décret »), its deadline cut off."""
    action = next((c for c in verb.children if c.dep_ == "xcomp"), None)
    if action is None:
        return None
    text = str(verb.doc[verb.i + 1 : action.right_edge.i + 1].text)
    text = _STOP.split(text)[0]
    limit = deadline(text)
    if limit:
        text = text.split(limit[0])[0]
    text = re.sub(r"\s+(?:à|au|en|de|d['’]|pour|et)$", "", text.strip())
    return text if len(text.split()) >= 3 else None


@functools.cache
def _opponent_pattern() -> re.Pattern[str]:
    openers = "|".join(re.escape(w) for w in lexicon.words("action_opponents"))
    name = r"[A-ZÉÈÀÂ][^\s,.;:()«»]*"
    return re.compile(
        rf"(?<!\w)(?:{openers})\s+((?:l[ae]s? |l['’])?{name}(?:\s+(?:de |d['’]|du |des )?{name})*)"
    )


def opponent(text: str, start: int, index: NameIndex) -> str | None:
    """Return who was beaten or faced, named after « face à », « contre », « sur », « devant »."""
    found = _opponent_pattern().search(_STOP.split(text)[0])
    if found is None:
        return None
    where = start + found.start(1)
    named = index.mentions_in(where, where + len(found.group(1)))
    return named[0].full if named else found.group(1)


def future_pinned(text: str, date: str | None) -> bool:
    """Tell a future clause worth telling: a date in its sentence, or a contest's round (« au second tour »)."""
    if date:
        return True
    rounds = "|".join(re.escape(w) for w in lexicon.words("action_rounds"))
    return re.search(rf"(?<!\w)(?:{rounds})\b", text, re.IGNORECASE) is not None


def echoes_title(lemma: str, written: str, title: str) -> bool:
    """Tell whether the verb (« gagner », written « gagné ») stands in the title: a title word of
    the same lemma (« remporte »), or the participle as written and not after a determiner
    (« le lancement reporté », but not « le parti » for « partir » nor « le marché » for « marcher »)."""
    words = _title_words(title)
    return any(
        word_lemma == lemma or (fold(text) == fold(written) and not after_det)
        for text, word_lemma, after_det in words
    )


@functools.lru_cache(maxsize=256)
def _title_words(title: str) -> tuple[tuple[str, str, bool], ...]:
    """Return the title's words: text, lemma (verbs only) and whether a determiner precedes."""
    import generators.extract.pipeline as pipeline  # the module, not its package (no cycle)

    doc = pipeline.load()(title)
    return tuple(
        (
            tok.text,
            tok.lemma_ if tok.pos_ in ("VERB", "AUX") else "",
            tok.i > 0 and doc[tok.i - 1].pos_ == "DET",
        )
        for tok in doc
    )


def clitic_win(sent: Any, offset: int, index: NameIndex) -> dict[str, Any] | None:
    """Return the fields of « X l'emporte (face à Y) »: who won, against whom, or None."""
    text = span_text(sent)
    found = _CLITIC_WIN.search(text)
    if found is None:
        return None
    before = text[: found.start()]
    if re.search(r"(?<!\w)(?:ne|n['’])\s*$", before) or before.count("«") > before.count("»"):
        return None  # « ne l'emporte pas », inside a quote
    if re.search(r"(?<!\w)(?:si|s['’]il|lorsque|quand|pour que)\b", before, re.IGNORECASE):
        return None  # a condition or a time clause, not the news
    here = offset + sent.start_char
    mentions = index.mentions_in(here, here + found.start())
    if not mentions or re.search(
        r"\b(?:qui|que|si)\b", text[mentions[-1].end - here : found.start()]
    ):
        return None
    if len(text[mentions[-1].end - here : found.start()].split()) > 6:
        return None
    rest = _STOP.split(text[found.end() :])[0].strip()
    against = opponent(text[found.end() :], here + found.end(), index)
    if not rest:
        return None
    plural = found.group(0).endswith(("ent", "ont emporté"))
    return {
        "actor": mentions[-1].full,
        "rest": rest,
        "opponent": against,
        "plural": plural,
    }


def guessed_untold(lemma: str) -> bool:
    """Tell a story verb whose clause makes no fact when its actor is a pronoun's guess (the last
    person named among others, lexicon action_named_verbs): « Avec A et B, il a découvert … »."""
    return lemma in lexicon.word_set("action_named_verbs")


def count_missing(kind: str, obj: str | None, counted: dict[str, str]) -> bool:
    """Tell a clause of a kind told only with a number that has none: a figure reached without a
    number in its object (« rapporter »), the wounded without their count (« blesser »)."""
    if kind == "figure":
        return not re.search(r"\d", obj or "")
    return kind == "wound" and not counted


def relative_win(tok: Any, entry: Callable[[Any], Any]) -> bool:
    """Tell a win told in a relative clause about a person named just before (« … de A, double
    champion du monde, qui s'impose en 2 h 10 », « A, qui a remporté la course, … »): the
    relative's « qui » stands for a name (or a title set beside one) that is not its own clause's
    subject, and the verb's kind is a win; any other relative clause is background, not the
    story (« A, qui a remporté la course, est rentré chez lui »). `entry` gives the verb's
    lexicon entry, looked up only for such a relative clause."""
    if tok.dep_ != "acl:relcl":
        return False
    if not any(c.dep_ == "nsubj" and c.lower_ == "qui" for c in tok.children):
        return False
    head = tok.head
    before = head.left_edge.i - 1
    if head.pos_ == "NOUN" and before > 0 and head.doc[before].text == ",":
        head = head.doc[before - 1]  # « A, double champion du monde, qui … », however parsed
    if head.dep_ in ("nsubj", "nsubj:pass") or head.left_edge.i == tok.sent.start:
        return False  # « A, qui a remporté la course, est rentré chez lui »: background to the news
    return head.pos_ == "PROPN" and head.ent_type_ in ("PER", "") and entry(tok).kind == "win"
