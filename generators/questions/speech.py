"""Quotations and clauses: whether a quotation is a whole clause, where it may be cut, indirect speech."""

from __future__ import annotations

import re

from generators import lexicon
from generators.french import grammar as french


def short_quote(text: str, count: int = 18) -> str:
    """Return a quotation's first sentence whole, or cut at a clause boundary with « […] », or ''.

    A quotation is never cut inside a clause: too long with no boundary that leaves a whole
    clause, it is not asked.
    """
    first = re.split(r"(?<=[.!?])\s", text)[0]
    # a quote joined from two segments without punctuation: « … être clair L'ONU est … »
    first = re.split(rf"(?<=[a-zà-ÿ]) (?=(?:{_SENTENCE_OPENERS})\b)", first)[0]
    if len(first.split()) <= count:
        return first.rstrip(".")
    punctuation, linking = _quote_cuts(first)
    for cut in [*reversed(punctuation), *reversed(linking)]:
        head = first[:cut].strip(" ,;:")
        if 6 <= len(head.split()) <= count and is_clause(head) and not needs_more(head):
            return f"{head} […]"
    return ""


def _quote_cuts(text: str) -> tuple[list[int], list[int]]:
    """Return where a quotation may be cut: at a comma or semicolon, and before a linking word."""
    words = "|".join(re.escape(w) for w in lexicon.words("phrasing_quote_cuts"))
    punctuation = [m.start() for m in re.finditer(r"\s*[,;:]\s", text)]
    linking = [m.start() for m in re.finditer(rf"\s(?=(?:{words})\b)", text, re.IGNORECASE)]
    return punctuation, linking


def needs_more(head: str) -> bool:
    """Tell a cut clause left waiting for its complement (« … est », « … a toujours été »)."""
    last = re.sub(r"^.*\s", "", head.lower().replace("’", "'"))
    return finite_verb(last, "") or last in ("été", "être", "avoir")


def is_clause(text: str) -> bool:
    """Tell a quotation that is a whole clause: it opens on a subject and holds a finite verb.

    A fronted phrase cut by a comma (« Dans ce pays, nous … ») is looked past; a counted subject
    (« Au moins 22 personnes sont mortes », « 300 salariés ont manifesté ») and a capitalised name
    (« Valmex va embaucher … », not « Selon … », lexicon phrasing_not_subjects) are subjects.
    """
    text = _COUNTED_SUBJECT.sub("ils ", text.strip(), count=1)
    words = re.findall(r"[\w-]+['’]?", text.lower().replace("’", "'"))
    subjects = lexicon.word_set("phrasing_quote_subjects")
    start = 0
    if words and words[0] not in subjects and not finite_verb(words[0], ""):
        fronted = re.match(r"^[^,]{1,60},\s*", text)
        start = len(re.findall(r"[\w-]+['’]?", fronted.group(0))) if fronted else 0
    rest = words[start:]
    if len(rest) >= 2 and _imperative(rest):
        return True  # « Laissez-moi être clair », « Ne nous oubliez pas »
    cased = re.findall(r"[\w-]+['’]?", text.replace("’", "'"))
    named = (  # « Valmex va embaucher … »: a name opens the clause as its subject
        bool(rest)
        and start < len(cased)
        and cased[start][:1].isupper()
        and rest[0] not in lexicon.word_set("phrasing_place_prepositions")
        and rest[0] not in lexicon.word_set("phrasing_anchor_starts")
        and rest[0] not in lexicon.word_set("phrasing_not_subjects")
    )
    if not rest or (rest[0] not in subjects and not named):
        return False
    relative = False  # « les soldats qui servent … »: that verb is the relative clause's
    for word in rest[1:]:
        if word in lexicon.word_set("phrasing_relative_pronouns"):
            relative = True
        elif finite_verb(word, rest[0]):
            if not relative:
                return True
            relative = False
    return False


def _imperative(words: list[str]) -> bool:
    """Tell a clause opening on an imperative, looking past « ne » and clitics.

    The verb is listed in lexicon/phrasing_imperatives.txt, or is an « -ons »/« -ez » word joined to
    a pronoun (« Aidez-nous ») or coming after « ne » (« Ne les oubliez pas »): a word
    that merely ends so (« maisons », « assez ») is no verb.
    """
    clitics = lexicon.word_set("phrasing_clitics")
    start = next((i for i, w in enumerate(words[:4]) if w not in clitics), None)
    if start is None:
        return False
    verb, _, joined = words[start].partition("-")
    if verb in lexicon.word_set("phrasing_imperatives"):
        return True
    if len(verb) <= 4 or not verb.endswith(("ez", "ons")) or verb.endswith(("ions", "tions")):
        return False
    return joined in clitics or joined in ("moi", "toi") or words[0] in ("ne", "n'")


def finite_verb(word: str, subject: str) -> bool:
    """Tell a word that reads as a finite verb (lexicon list, or a finite ending; « -ons » and
    « -ez » only after « nous » and « vous », not to take « les régions » for a verb)."""
    if word in lexicon.word_set("phrasing_finite_verbs"):
        return True
    if subject in ("nous", "vous") and re.search(r"(?:ons|ez)$", word):
        return True
    return bool(re.search(r"(?:ait|aient|èrent|era|eront|erait|eraient|[^m]ent)$", word))


def reported_clause(text: str, count: int = 20) -> str:
    """Return indirect speech as « que … » follows it (« qu'il faut … »), or '' when not a short clause."""
    text = " ".join(text.split()).rstrip(" .")
    if len(text.split()) > count or not is_clause(text) or "«" in text:
        return ""
    head = re.match(r"[\w-]+['’]?", text)
    if not head or head.group(0).lower().replace("’", "'") not in lexicon.word_set(
        "phrasing_quote_subjects"
    ):
        return ""  # a fronted phrase or a name first: its capital cannot be told, not asked
    text = text[:1].lower() + text[1:]  # « Il faut … » → « qu'il faut … »
    return french.elide("que", text)


_SENTENCE_OPENERS = (
    "L['’]|Le|La|Les|Et|Mais|Nous|Je|Il|Elle|Ils|Elles|Parce|Tout|Ce|Cette|Ces|Notre|Nos"
)


# a count opening the clause, hedged or not (« Au moins 22 personnes », « Près de 300 habitants »)
_COUNTED_SUBJECT = re.compile(
    r"^(?:(?:au moins|plus de|près de|environ|quelque|moins de|pas moins de)\s+)?"
    r"\d[\d\s\u202f.,]*\s+(?:autres\s+)?[a-zà-ÿ-]+\s+(?=\S)",
    re.IGNORECASE,
)
