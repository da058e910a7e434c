"""Acronym forms beyond one word of capitals: hyphenated sigles, names of brands, nearby expansions.

- A hyphenated sigle is one acronym (« la CGT-FO », « l'ONU-Femmes », « le CNDD-FDD »); each part
  may be spelled by initials or be the contraction of one word (« HI » for « Hawaii »).
- A word in capitals inside a club's or a medium's name is no acronym (« l'AS Brévin », « Radio
  ABC TV »), nor a legal or club form closing a name (« Corvel SC », « Valtrex SA ») or a word
  after a company's head word (« Groupe TVR ») unless the text spells it out: the companion
  words are data (lexicon acronym_name_companions).
- An acronym written as a word (« Aqmi ») in parentheses after a proper name takes that name as
  its expansion (« l'organisation Qaïda maghrébine (Aqmi) »): its letters follow another language.
- A parenthesis may go on after the acronym with a gloss on it (« (XYZ, pour son sigle anglais) »):
  it still names the words before it.
- An expansion may be written in the sentence before or after the sigle rather than beside it
  (« La Fédération royale de voile … La FRV a … »): its initials spell the sigle in order, or
  give exactly its letters in another order, every content word giving one.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING

from generators import lexicon
from generators.extract.tokens import column, doc_memo

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_PART = re.compile(r"^(?:[A-ZÀ-ÖØ-Þ]{2,}|[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{2,})$")
_CAPS = re.compile(r"^[A-ZÀ-ÖØ-Þ]{2,}$")
_HYPHENATED = re.compile(r"^[A-ZÀ-ÖØ-Þ]{2,}(?:-[A-ZÀ-ÖØ-Þ]{2,})+$")
_SYLLABLE_END = re.compile(r"^([A-ZÀ-ÖØ-Þ]{2,})([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{2,})$")
_MIN_NEARBY = 3
_MIN_FAR_ANY_ORDER = 4


def _ascii(text: str) -> str:
    """Return `text` lower-case and unaccented."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def is_syllable_ended(word: str) -> bool:
    """Tell whether a word is a sigle closed by the first syllable of its last word (« FFRug »)."""
    return bool(_SYLLABLE_END.match(word))


def _parts(acronym: str) -> list[str]:
    """Return the parts of a hyphenated or syllable-ended sigle (« CGT-FO », « FF » + « Rug »)."""
    ended = _SYLLABLE_END.match(acronym)
    return list(ended.groups()) if ended else [p for p in acronym.split("-") if p]


def is_hyphenated(word: str) -> bool:
    """Tell whether one token is a hyphenated sigle in capitals (« SUD-PTT »)."""
    return bool(_HYPHENATED.match(word))


def hyphen_end(doc: Doc, end: int) -> int:
    """Return the end of a hyphenated sigle whose first part ends at `end` (« CGT-FO »), else `end`.

    The parts are written without spaces; the first must be in capitals (checked by the caller)
    and the others in capitals or capitalised (« ONU-Femmes »).
    """
    k = end
    while (
        k + 1 < len(doc)
        and doc[k - 1].whitespace_ == ""
        and doc[k].text == "-"
        and doc[k].whitespace_ == ""
        and _PART.match(doc[k + 1].text)
        and (_CAPS.match(doc[k + 1].text) or k == end)
    ):
        k += 2
    return k


def name_tail(doc: Doc, end: int) -> bool:
    """Tell whether a word in capitals ending at `end` is glued by a hyphen to a mixed-case word
    (« OSIRIS-REx », « GEROS-Ex »): one name, whose first part is no acronym of its own."""
    return (
        end + 1 < len(doc)
        and doc[end - 1].whitespace_ == ""
        and doc[end].text == "-"
        and doc[end].whitespace_ == ""
        and doc[end + 1].text[:1].isupper()
        and any(c.islower() for c in doc[end + 1].text)
        and not _PART.match(doc[end + 1].text)  # « ONU-Femmes » is one sigle (`hyphen_end`)
    )


@functools.cache
def _companions(kind: str) -> frozenset[str]:
    """Return the words of one kind that put a capitals word in a name (prefix, suffix, tail)."""
    entries = (e.partition("|") for e in lexicon.words("acronym_name_companions"))
    return frozenset(word for side, _, word in entries if side == kind)


def in_brand_name(doc: Doc, i: int) -> bool:
    """Tell whether the capitals word `i` belongs to a club's or medium's name, not an acronym.

    « l'AS Brévin », « le FC Vallon »: a club prefix before a capitalised name; « ABC TV »,
    « XYZ Radio »: a capitals word before a medium's word; « Fenêtres XP »: an edition after a
    product's capitalised name.
    """
    prev = doc[i - 1] if i > 0 else None
    if (
        doc[i].text in _companions("tail")
        and prev is not None
        and prev.whitespace_ == " "
        and _capitalised(prev.text)
        and not prev.is_sent_start
    ):
        return True
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if nxt is None or doc[i].whitespace_ != " ":
        return False
    if doc[i].text in _companions("prefix") and _capitalised(nxt.text):
        return True
    return nxt.text in _companions("suffix")


def in_company_name(doc: Doc, i: int) -> bool:
    """Tell whether the capitals word `i` closes a club's or company's name (« Corvel SC », « Valtrex
    SA », « Groupe TVR »): a legal or club form after a capitalised name word, or a capitals word
    after a capitalised company word. The caller keeps it when the text spells it out.
    """
    prev = doc[i - 1] if i > 0 else None
    if prev is None or prev.whitespace_ != " " or prev.is_sent_start or prev.ent_type_ == "PER":
        return False
    if not _NAME_WORD.match(prev.text) or prev.pos_ in _NOT_NAME_WORDS:
        return False
    return doc[i].text in _companions("form") or prev.text in _companions("head")


def in_capitalised_name(doc: Doc, i: int) -> bool:
    """Tell whether the capitals word `i` is one word of a longer name (« la société Orbital XTK »,
    « l'entreprise ZUB Charters »): a capitalised name word, not a person's, stands right before it
    inside the sentence or right after it. The caller keeps it when the text spells it out.

    Not before an edition's number (« le Grand Prix XSU 2018 » names its organiser), nor before a
    name after a determiner (« l'ONG Bleu Ciel »: the sigle heads the phrase, the name follows).
    """
    prev = doc[i - 1] if i > 0 else None
    nxt = doc[i + 1] if i + 1 < len(doc) and doc[i].whitespace_ == " " else None
    if (
        prev is not None
        and prev.whitespace_ == " "
        and not prev.is_sent_start
        and _name_word(prev)
        and not (nxt is not None and nxt.text[:1].isdigit())
    ):
        return True
    return nxt is not None and _name_word(nxt) and (prev is None or prev.pos_ != "DET")


def _name_word(tok: Token) -> bool:
    """Tell whether `tok` is a capitalised word of a name, not a person's name nor a function word."""
    return bool(
        _NAME_WORD.match(tok.text) and tok.pos_ not in _NOT_NAME_WORDS and tok.ent_type_ != "PER"
    )


def designation_code(doc: Doc, i: int) -> bool:
    """Tell whether the capitals word `i` opens a catalogue or road number (« KLX 4417 »,
    « RD 113 », « ZT 2019abc »): a number follows it that is no year of an edition (« XTS 2016 »).
    """
    if i + 1 >= len(doc) or doc[i].whitespace_ != " ":
        return False
    nxt = doc[i + 1].text
    if not nxt[:1].isdigit() or not nxt.isalnum():
        return False
    return not (nxt.isdigit() and _YEARS[0] <= int(nxt) <= _YEARS[1])


_YEARS = (1800, 2099)
_NAME_WORD = re.compile(r"^[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)*$")
_NOT_NAME_WORDS = ("DET", "ADP", "CCONJ", "SCONJ", "PRON", "AUX")


def _capitalised(word: str) -> bool:
    """Tell whether `word` is written like a name: a capital, then lower-case letters."""
    return len(word) > 1 and word[:1].isupper() and word[1:].isalpha() and word[1:].islower()


def contraction_expansion(phrase: Span, acronym: str) -> bool:
    """Tell whether the words of `phrase` spell a hyphenated or syllable-ended sigle part by part.

    Each part is spelled by the initials of some words (function words skipped) or is the
    contraction of one word: its first letter is the word's initial, its other letters follow
    in the word in order (« HI-SEAS » ← « Hawaii Space Exploration Analog and Simulation »,
    « FFRug » ← « Fédération française de rugby »).
    """
    parts = [_ascii(p) for p in _parts(acronym)]
    words = [_ascii(w) for w in re.findall(r"\w+", phrase.text)]
    function_words = lexicon.word_set("acronym_function_words")
    if len(parts) < 2 or not words:
        return False

    @functools.cache
    def fits(w: int, p: int, k: int) -> bool:
        if p == len(parts):
            return w == len(words)
        if w == len(words):
            return False
        part, word = parts[p], words[w]
        if k == 0 and _contracts(word, part) and fits(w + 1, p + 1, 0):
            return True
        if word[:1] == part[k : k + 1]:
            nxt = (w + 1, p + 1, 0) if k + 1 == len(part) else (w + 1, p, k + 1)
            if fits(*nxt):
                return True
        return word in function_words and (k > 0 or p > 0) and fits(w + 1, p, k)

    return fits(0, 0, 0)


def _contracts(word: str, part: str) -> bool:
    """Tell whether `part` (two letters or more) contracts `word`: same initial, letters in order."""
    if len(part) < 2 or word[:1] != part[:1] or len(word) <= len(part):
        return False
    rest = iter(word[1:])
    return all(letter in rest for letter in part[1:])


_MAX_GLOSS = 8


def glossed(doc: Doc, span: Span) -> bool:
    """Tell whether the acronym's parenthesis goes on with a gloss on it (« (XYZ, pour son sigle
    anglais) », « (Xyz selon son acronyme arabe) »): the parenthesis still names the words before."""
    glosses = lexicon.word_set("acronym_gloss_nouns")
    for k in range(span.end, min(len(doc), span.end + _MAX_GLOSS)):
        if doc[k].text in ("(", ")"):
            return False
        if doc[k].lower_ in glosses:
            return True
    return False


def proper_name_before(doc: Doc, paren: int) -> str | None:
    """Return the proper name right before `paren` (« Qaïda maghrébine » in « l'organisation
    Qaïda maghrébine (Aqmi) »): capitalised words, then lower-case adjectives, after a determiner or
    a common noun."""
    k = paren
    while k > 0 and doc[k - 1].pos_ == "ADJ" and doc[k - 1].is_lower:
        k -= 1
    start = k
    while (
        start > 0
        and doc[start - 1].text[:1].isupper()
        and doc[start - 1].pos_ not in ("DET", "ADP", "PUNCT", "PRON")
    ):
        start -= 1
    before = doc[start - 1] if start > 0 else None
    if start in (k, paren) or before is None or doc[start].is_sent_start:
        return None
    if before.pos_ != "DET" and not (before.pos_ == "NOUN" and before.is_lower):
        return None  # « des entreprises de France (X) »: a complement, not the whole name
    return str(doc[start:paren].text)


def reordered_name_before(doc: Doc, paren: int, letters: str) -> str | None:
    """Return the capitalised name right before `paren` whose initials are the sigle's letters in
    another order, one word a letter (« Centre Alerte Marée Nordique (NCAM) »: a name translated
    word by word, its sigle kept in the first language's order); never a person's name."""
    if len(letters) < _MIN_NEARBY or paren < len(letters):
        return None
    words = doc[paren - len(letters) : paren]
    if any(not _NAME_WORD.match(t.text) or t.ent_type_ == "PER" for t in words):
        return None
    start = paren - len(letters)
    if start > 0 and _NAME_WORD.match(doc[start - 1].text) and not doc[start - 1].is_sent_start:
        return None  # the name goes on before: not this run of words
    if Counter(_ascii(t.text[0]) for t in words) != Counter(letters):
        return None
    return str(words.text)


def nearby_expansion(
    doc: Doc, span: Span, letters: str, spells: Callable[[str, str], bool]
) -> str | None:
    """Return an expansion written in the acronym's sentence, the sentence before or the one after,
    or else earlier in the text.

    The expansion is a run of words starting on a noun (no verb or punctuation but commas inside),
    whose initials spell the letters in order, or whose content words give exactly the letters in
    another order (« Organisation des Nations unies pour l'éducation, la science et la culture »).
    Written further before (« Le Bureau fédéral d'investigation … Deux phrases plus loin, le BFI »),
    a run gives them in another order only for four letters or more.
    """
    if len(letters) == 2:
        return _named_pair(doc, span, letters)
    if len(letters) < _MIN_NEARBY:
        return None
    sent = span.sent
    lo = sent.start
    hi = sent.end
    if lo > 0:
        lo = doc[lo - 1].sent.start
    if hi < len(doc):
        hi = doc[hi].sent.end
    return _first_run(doc, span, letters, spells, (lo, hi), True) or _first_run(
        doc, span, letters, spells, (0, lo), len(letters) >= _MIN_FAR_ANY_ORDER
    )


def _named_pair(doc: Doc, span: Span, letters: str) -> str | None:
    """Return the one name of two words spelling a two-letter acronym elsewhere in the text: a
    capitalized noun after a determiner or a lower-case word, and its lower-case adjective (« le
    Parti socialiste » for PS, « le syndicat Force ouvrière » for FO); never a sentence's first
    words nor a person's name, nor two such names."""
    found = set()
    for tok in doc[1:-1]:
        nxt = doc[tok.i + 1]
        if (
            not span.start <= tok.i < span.end
            and (doc[tok.i - 1].pos_ == "DET" or doc[tok.i - 1].is_lower)  # « le syndicat X y »
            and tok.pos_ in ("NOUN", "PROPN")
            and tok.text[:1].isupper()
            and not tok.is_upper
            and tok.ent_type_ != "PER"
            and nxt.pos_ == "ADJ"
            and nxt.is_lower
            and _ascii(tok.text[0] + nxt.text[0]).lower() == letters
        ):
            found.add(f"{tok.text} {nxt.text}")
    return found.pop() if len(found) == 1 else None


def _first_run(
    doc: Doc,
    span: Span,
    letters: str,
    spells: Callable[[str, str], bool],
    bounds: tuple[int, int],
    same: bool,
) -> str | None:
    """Return the first run starting in `bounds` (lo, hi) that spells the letters in order, or
    gives them in another order when `same` is true."""
    lo, hi = bounds
    starts = _run_starts(doc, letters)
    for start in starts[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)]:
        if span.start <= start < span.end:
            continue
        limit = min(hi, start + 3 * len(letters) + 3)
        # The run depends on the acronym's own place only when it lies inside (start, limit]:
        # elsewhere, every occurrence of the same letters shares it (memo per doc).
        inside = (span.start, span.end) if span.start < limit and span.end > start else None
        memo = doc_memo(doc, "acronym_runs")
        key = (letters, start, limit, inside, spells, same)
        if key not in memo:
            memo[key] = _run_from(doc, (start, limit), span, letters, spells, same)
        found: str | None = memo[key]
        if found:
            return found
    return None


def _run_starts(doc: Doc, letters: str) -> list[int]:
    """Return the indexes of the nouns of `doc` a run giving `letters` may start on (per doc)."""
    memo = doc_memo(doc, "acronym_run_starts")
    starts = memo.get(letters)
    if starts is None:
        texts = column(doc, "ORTH")
        starts = memo[letters] = [
            i
            for i, pos in enumerate(column(doc, "POS"))
            if pos in ("NOUN", "PROPN") and _may_open(texts[i], letters)
        ]
    return starts  # type: ignore[no-any-return]


def _may_open(word: str, letters: str) -> bool:
    """Tell whether a run starting on `word` may give `letters`: its first word is a function word
    (left out of the letters) or its initial is one of them (both spellings need that)."""
    first = re.search(r"\w+'|\w+", word.lower())
    if first is None or first.group() in lexicon.word_set("acronym_function_words"):
        return True
    return _ascii(first.group()[0]) in letters


def _run_from(
    doc: Doc,
    bounds: tuple[int, int],
    span: Span,
    letters: str,
    spells: Callable[[str, str], bool],
    same: bool = True,
) -> str | None:
    """Return the shortest run in `bounds` (start, limit) from its start that `spells` (in order)
    or that gives the same letters, or None."""
    start, limit = bounds
    for stop in range(start + 1, limit + 1):
        last = doc[stop - 1]
        if span.start < stop <= span.end or (last.is_punct and last.text not in (",", "-", "'")):
            return None
        if last.pos_ in ("VERB", "AUX") and "Part" not in last.morph.get("VerbForm", []):
            return None
        if last.is_punct or last.pos_ not in ("NOUN", "PROPN", "ADJ"):
            continue
        text = doc[start:stop].text
        if spells(text, letters):
            return str(text)
        named = any(t.text[:1].isupper() for t in doc[start:stop])
        if same and named and _same_letters(text, letters):
            return str(text)  # another order: a name translated (capitalised), not any phrase
    return None


def _same_letters(phrase: str, letters: str) -> bool:
    """Tell whether the content words of `phrase` give exactly `letters`, one each, in any order."""
    function_words = lexicon.word_set("acronym_function_words")
    words = [w for w in re.findall(r"\w+'|\w+", phrase.lower()) if w not in function_words]
    return len(words) >= _MIN_NEARBY and Counter(_ascii(w[0]) for w in words) == Counter(letters)
