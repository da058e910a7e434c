"""Extract acronym facts: sigles and short organisation names, with the expansion the text gives.

A word in mixed case (« Xyzt ») is an acronym only inside parentheses after a noun phrase whose
initials spell it in order; an expansion may run over the commas of a coordinated name.
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from generators import lexicon
from generators.extract.body_names import body_name_before
from generators.extract.context import Context
from generators.extract.titles import title_end
from generators.extract.tokens import text_of, tokens_where
from generators.extract.types import acronym_forms
from generators.records import Fact

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_CAPS = re.compile(r"^[A-ZÀ-ÖØ-Þ]{2,}$")
_MIXED = re.compile(r"^[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{2,7}$")
_DOTTED = re.compile(r"^(?:[A-Z]\.){2,}$")
_ROMAN = re.compile(r"^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$")
_QUOTES = ('"', "«", "»", "“", "”")
_MAX_LETTERS = 6
_SEEN = "acronyms.seen"
_WAITING = "acronyms.waiting"


@dataclass(frozen=True)
class Candidate:
    """One written acronym: its tokens, the key it is known by, and its expansion if linked."""

    span: Span
    key: str
    expansion: str | None


def extract(doc: Doc, offset: int, ctx: Context) -> list[Fact]:
    """Return one acronym fact per acronym of the article, where its expansion is given if anywhere.

    An article is parsed in pieces: an acronym written bare in one piece and spelled out in
    parentheses in a later one waits for that piece, and is given with its first mention if the
    later piece gives no expansion after all.
    """
    seen: set[str] = ctx.extras.setdefault(_SEEN, set())
    waiting: dict[str, tuple[Candidate, int]] = ctx.extras.setdefault(_WAITING, {})
    chosen: dict[str, Candidate] = {}
    for candidate in _candidates(doc, ctx.article.clean, offset):
        if candidate.key in seen:
            continue
        best = chosen.get(candidate.key)
        if best is None or (best.expansion is None and candidate.expansion is not None):
            chosen[candidate.key] = candidate
    end = offset + len(text_of(doc))
    found: list[tuple[Candidate, int]] = []
    for candidate in chosen.values():
        if candidate.expansion is None and _in_parentheses_after(ctx.article.clean, end, candidate):
            waiting.setdefault(candidate.key, (candidate, offset))
        elif candidate.expansion is None and candidate.key in waiting:
            found.append(waiting.pop(candidate.key))
        else:
            waiting.pop(candidate.key, None)
            found.append((candidate, offset))
    if end >= len(ctx.article.clean):
        found.extend(waiting.pop(key) for key in list(waiting))
    facts = []
    for candidate, at in found:
        if candidate.key not in seen:
            seen.add(candidate.key)
            facts.append(_fact(ctx, candidate, at))
    return facts


def _fact(ctx: Context, candidate: Candidate, offset: int) -> Fact:
    """Return the acronym fact of `candidate`, in the doc parsed at `offset`."""
    fields = {"acronym": candidate.span.text, "expansion": candidate.expansion}
    if candidate.expansion is None:  # no spelling-out seen: a name in capitals may pass for one
        fields["evidence"] = "bare"
    elif candidate.expansion not in _around(candidate.span):
        fields["evidence"] = "far"
    return ctx.fact("acronym", candidate.span.sent, offset, **fields)


def _around(span: Span) -> str:
    """Return the text of the span's sentence with the sentences before and after it."""
    doc, sent = span.doc, span.sent
    start = doc[sent.start - 1].sent.start if sent.start > 0 else 0
    end = doc[sent.end].sent.end if sent.end < len(doc) else len(doc)
    return str(doc[start:end].text)


def _in_parentheses_after(text: str, pos: int, candidate: Candidate) -> bool:
    """Return whether the acronym is written next to a parenthesis after offset `pos`."""
    word = re.escape(candidate.span.text)
    pattern = rf"\(\s*{word}\s*\)|(?<!\w){word}\s*\("
    return re.search(pattern, text[pos:], re.IGNORECASE) is not None


def key_of(text: str) -> str:
    """Return the letters of an acronym, upper-case and unaccented (« G.O. » → « GO »)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z]", "", ascii_text).upper()


def _candidates(doc: Doc, text: str, offset: int) -> list[Candidate]:
    """Return the acronyms written in `doc`, multi-word ones (« PLV AB ») joined."""
    out: list[Candidate] = []
    maybe = tokens_where(doc, ("ORTH", "LOWER"), _may_be_acronym)
    i = 0
    while i < len(doc):
        if i not in maybe or not _is_acronym(doc, i, text, offset):
            i += 1
            continue
        end = i + 1
        while (
            end < len(doc)
            and doc[end - 1].whitespace_ == " "
            and _CAPS.match(doc[end].text)
            and end in maybe
            and _is_acronym(doc, end, text, offset)
        ):
            end += 1
        end = acronym_forms.hyphen_end(doc, end) if end == i + 1 else end
        if end == i + 1 and acronym_forms.name_tail(doc, end):
            i = end + 2  # « OSIRIS-REx »: the first part of a name, no acronym of its own
            continue
        span = doc[i:end]
        out.append(Candidate(span, key_of(span.text), _expansion(doc, span)))
        i = end
    return out


def _may_be_acronym(word: str, lower: str) -> bool:
    """Tell whether a word has an acronym's shape (the first tests of `_is_acronym`, per word)."""
    return bool(
        lower in _known_names()
        or _MIXED.match(word)
        or _DOTTED.match(word)
        or _CAPS.match(word)
        or acronym_forms.is_hyphenated(word)
        or acronym_forms.is_syllable_ended(word)
    )


def _is_acronym(doc: Doc, i: int, text: str, offset: int) -> bool:
    """Return whether token `i` is an acronym and not a numeral, unit, heading or name in capitals."""
    tok = doc[i]
    if tok.text.lower() in _known_names():
        blend = tok.text.lower() in lexicon.word_set("acronym_blend_names")
        return tok.text[:1].isupper() and not (blend and _expansion(doc, doc[i : i + 1]) is None)
    if _MIXED.match(tok.text):
        return _spelled_before(doc, i)
    if acronym_forms.is_syllable_ended(tok.text):  # « (FFRug) »: only where spelled out
        return (
            i > 0 and doc[i - 1].text == "(" and _hyphenated_before(doc, doc[i : i + 1]) is not None
        )
    if _DOTTED.match(tok.text):
        return not (
            i + 1 < len(doc) and doc[i + 1].pos_ == "PROPN" and doc[i + 1].text[:1].isupper()
        )
    if (
        not (_CAPS.match(tok.text) or acronym_forms.is_hyphenated(tok.text))
        or (_ROMAN.match(tok.text) and _expansion(doc, doc[i : i + 1]) is None)
        or tok.text in lexicon.words("acronym_stop")
    ):
        return False
    if tok.ent_type_ == "PER" or acronym_forms.in_brand_name(doc, i):
        return False
    if (
        acronym_forms.in_company_name(doc, i)
        or acronym_forms.in_capitalised_name(doc, i)
        or acronym_forms.designation_code(doc, i)
    ) and _expansion(doc, doc[i : i + 1]) is None:
        return False
    if _in_heading(text, offset + tok.idx, tok.text) and not _on_reference_line(
        text, offset + tok.idx, tok.text
    ):
        return _expansion(doc, doc[i : i + 1]) is not None
    if len(key_of(tok.text)) > _MAX_LETTERS and _expansion(doc, doc[i : i + 1]) is None:
        return False
    return not _written_as_name(tok.text, text)


@functools.cache
def _known_names() -> frozenset[str]:
    return lexicon.word_set("acronym_names") | lexicon.word_set("acronym_blend_names")


def _spelled_before(doc: Doc, i: int) -> bool:
    """Tell whether a word in mixed case is an acronym spelled out just before its parenthesis.

    « la chambre régionale des métiers (Cremt) »: written like a name, it is taken as an acronym
    only when it fills a parenthesis and a noun phrase before it gives its letters in order.
    """
    if not (0 < i < len(doc) - 1 and doc[i - 1].text == "(" and doc[i + 1].text == ")"):
        return False
    start = _expansion_start(doc, i - 1, key_of(doc[i].text).lower())
    if start is None:
        return False
    phrase = doc[start : i - 1]
    return phrase[0].pos_ in ("NOUN", "PROPN") and not any(
        _breaks_noun_phrase(t) and t.text != "," for t in phrase
    )


def _written_as_name(word: str, text: str) -> bool:
    """Return whether the article also writes the word as a name (« HORIZON » and « Horizon »)."""
    return word.capitalize() in _words_of(text)


@functools.lru_cache(maxsize=2)
def _words_of(text: str) -> frozenset[str]:
    """Return the words (maximal runs of word characters) of `text`, computed once per article."""
    return frozenset(re.findall(r"\w+", text))


def _line_at(text: str, pos: int) -> str:
    """Return the line of `text` holding offset `pos`."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return text[start : end if end >= 0 else len(text)]


def _in_heading(text: str, pos: int, word: str) -> bool:
    """Return whether the word at article offset `pos` is on a line written mostly in capitals."""
    return _heading_line(_line_at(text, pos), word)


@functools.lru_cache(maxsize=4096)
def _heading_line(line: str, word: str) -> bool:
    """Tell whether `line` is a heading written mostly in capitals, or `word` alone."""
    letters = [c for c in line if c.isalpha()]
    words = line.split()
    if len(words) == 1:
        return line.strip() == word
    return len(words) >= 2 and sum(c.isupper() for c in letters) >= 0.6 * len(letters)


def _on_reference_line(text: str, pos: int, word: str) -> bool:
    """Return whether the word stands alone among codes on its line (« OMPI / WO/2021/042 »)."""
    others = [w for w in _line_at(text, pos).split() if w != word]
    if len(others) == len(_line_at(text, pos).split()):
        return False
    codes = [w for w in others if any(c.isdigit() for c in w)]
    return all(w in codes or not any(c.isalnum() for c in w) for w in others) and any(
        re.search(r"[A-Za-z/]", w) for w in codes
    )


def _expansion(doc: Doc, span: Span) -> str | None:
    """Return the expansion the text links to the acronym: « Nom long (NL) », « NL (Nom long) », « "NL" pour "Nom long" »."""
    letters = key_of(span.text).lower()
    before = doc[span.start - 1].text if span.start > 0 else ""
    after = doc[span.end].text if span.end < len(doc) else ""
    if before == "(" and (after == ")" or acronym_forms.glossed(doc, span)):
        quoted = span.start > 1 and doc[span.start - 2].text in ("»", '"', "”")
        return (
            _expansion_before(doc, span.start - 1, letters)
            or (_expansion_before(doc, span.start - 2, letters) if quoted else None)  # « … » (X)
            or _hyphenated_before(doc, span)
            or _other_name_before(doc, span)
            or _noun_phrase_before(doc, span.start - 1, letters)
            or acronym_forms.reordered_name_before(doc, span.start - 1, letters)
            or (body_name_before(doc, span.start - 1, letters) if len(letters) >= 3 else None)
        )
    if after == "(":
        close = next((t.i for t in doc[span.end : span.end + 15] if t.text == ")"), None)
        inside = doc[span.end + 1 : close] if close is not None else None
        if inside is not None and (
            _initials_match(inside.text, letters)
            or acronym_forms.contraction_expansion(inside, span.text)
        ):
            return inside.text.strip()
        if close is not None:
            return _noun_phrase_inside(doc, span.end + 1, close, letters)
    return _expansion_after_connector(doc, span, letters) or (
        None
        if "(" in (before, after)
        else acronym_forms.nearby_expansion(doc, span, letters, _spells_in_order)
    )


def _spells_in_order(phrase: str, letters: str) -> bool:
    """Return whether the content words of `phrase` spell `letters` in order."""
    return _initials_match(phrase, letters, False)


def _hyphenated_before(doc: Doc, span: Span) -> str | None:
    """Return the words before a hyphenated sigle's parenthesis that spell it part by part."""
    paren = span.start - 1
    if "-" not in span.text and not acronym_forms.is_syllable_ended(span.text):
        return None
    for start in range(paren - 1, max(doc[paren].sent.start, paren - 24) - 1, -1):
        if doc[start].is_punct and doc[start].text not in (",", "-"):
            return None
        if acronym_forms.contraction_expansion(doc[start:paren], span.text):
            return str(doc[start:paren].text)
    return None


def _other_name_before(doc: Doc, span: Span) -> str | None:
    """Return the proper name before the parenthesis of an acronym written as a word (« Aqmi »)."""
    if span.text.lower() not in _known_names() or span.text.isupper():
        return None
    return acronym_forms.proper_name_before(doc, span.start - 1)


def _expansion_before(doc: Doc, paren: int, letters: str) -> str | None:
    """Return the shortest run of words before `paren` whose initials spell `letters`."""
    start = _expansion_start(doc, paren, letters)
    if start is None or _qualified_title(doc, start, paren):
        return None
    return str(doc[start:paren].text)


def _expansion_start(doc: Doc, paren: int, letters: str) -> int | None:
    """Return where the shortest run of words before `paren` spelling `letters` starts.

    Commas may separate the words of a coordinated name (« office du tourisme, des congrès et des
    loisirs (OTCL) »), but the run never starts or ends on one. A run whose letters all come from
    content words wins over a shorter one taking a letter from « des » (« direction départementale
    des transports (DDT) »).
    """
    for function_letters in (False, True):
        for size in range(1, min(paren, 3 * len(letters) + 2) + 1):
            words = doc[paren - size : paren]
            if any(t.is_punct and t.text not in (",", "-") for t in words) or words[-1].text == ",":
                break
            if words[0].text != "," and _initials_match(words.text, letters, function_letters):
                return paren - size
    return None


def _qualified_title(doc: Doc, start: int, end: int) -> bool:
    """Return whether doc[start:end] is a person's title plus adjectives (« président socialiste »).

    Such a phrase before a label in parentheses describes a person and the label is their party
    (« le président socialiste (PS) »); a bare title (« secrétaire général (SG) ») stays an expansion.
    """
    stop = title_end(doc, start)
    return start < stop < end and all(t.pos_ == "ADJ" for t in doc[stop:end])


def _noun_phrase_before(doc: Doc, paren: int, letters: str) -> str | None:
    """Return the noun phrase before `paren` whose words give most of the letters, in any order.

    For acronyms of three letters or more whose letters follow another language's word order
    (« comité européen des produits de santé (CPSE) ») or skip a word. The phrase is a
    constituent headed by its first noun, whose initial is one of the letters (the head noun is
    never left out of an acronym), and it must not name a person: a label in parentheses after a
    person or a title (« le maire (UMP) ») is an affiliation, not the acronym spelled out. Of
    several such phrases, the one giving the most letters wins, then the shortest.
    """
    if len(letters) < 3:
        return None
    floor = max(doc[paren].sent.start, paren - 3 * len(letters) - 2)
    best, best_score = None, 0
    for start in range(paren - 1, floor - 1, -1):
        if _breaks_noun_phrase(doc[start]):
            break
        score = _any_order_score(doc, start, paren, letters)
        if score > best_score:
            best, best_score = start, score
    if best is None:
        return None
    head, start = doc[best], best
    while (
        start > floor
        and doc[start - 1].pos_ in ("ADJ", "NOUN", "PROPN")
        and doc[start - 1].head.i == head.i
    ):
        start -= 1
    return str(doc[start:paren].text)


def _noun_phrase_inside(doc: Doc, start: int, close: int, letters: str) -> str | None:
    """Return the noun phrase filling a parenthesis if it gives the letters in any order."""
    while start < close and doc[start].pos_ == "DET":
        start += 1
    if len(letters) < 3 or any(_breaks_noun_phrase(t) for t in doc[start:close]):
        return None
    return str(doc[start:close].text) if _any_order_score(doc, start, close, letters) else None


def _breaks_noun_phrase(tok: Token) -> bool:
    """Return whether `tok` cannot be inside a noun phrase: a clause word or a punctuation mark."""
    if tok.is_punct:
        return tok.text not in ("-", "'", "’")
    if tok.pos_ == "VERB":
        return "Part" not in tok.morph.get("VerbForm", [])
    return tok.pos_ in ("AUX", "PRON", "SCONJ") or tok.ent_type_ == "PER"


def _any_order_score(doc: Doc, start: int, paren: int, letters: str) -> int:
    """Return how many letters doc[start:paren] gives in any order, or 0 if it is no expansion.

    The phrase must be one constituent headed by its first word, a noun that is not a person's
    title. Its words must give at least 60 % of the letters (three of four, three of five), its
    content words at least two of them and half of its content words one; function words
    (« des », « de ») only give letters the content words leave (MEDEF).
    """
    head = doc[start]
    if (
        head.pos_ not in ("NOUN", "PROPN")
        or key_of(head.text[:1]).lower() not in letters
        or (start <= head.head.i < paren and head.head.i != start)
        or any(not start <= t.head.i < paren for t in doc[start + 1 : paren])
        or title_end(doc, start) >= 0
    ):
        return 0
    function_words = lexicon.word_set("acronym_function_words")
    words = re.findall(r"\w+'|\w+", doc[start:paren].text.lower())
    content = Counter(key_of(w[0]).lower() for w in words if w not in function_words)
    other = Counter(key_of(w[0]).lower() for w in words if w in function_words)
    wanted = Counter(letters)
    from_content = sum((wanted & content).values())
    matched = from_content + sum(((wanted - content) & other).values())
    enough = max(2, math.ceil(3 * len(letters) / 5))
    if from_content < 2 or matched < enough or 2 * from_content < content.total():
        return 0
    return matched


def _expansion_after_connector(doc: Doc, span: Span, letters: str) -> str | None:
    """Return « Nom long » in « NL" pour "Nom long" » or « NL, c'est-à-dire Nom long »."""
    k = span.end
    while k < len(doc) and (doc[k].text in _QUOTES or doc[k].text == ","):
        k += 1
    if k >= len(doc) or doc[k].lower_ not in lexicon.word_set("acronym_connectors"):
        return None
    k += 1
    quoted = k < len(doc) and doc[k].text in _QUOTES
    start = k + 1 if quoted else k
    end = start
    while (
        end < len(doc)
        and end - start < 3 * len(letters) + 2
        and not doc[end].is_punct
        and doc[end].text not in _QUOTES
    ):
        end += 1
    for stop in range(end, start, -1):
        if _initials_match(doc[start:stop].text, letters):
            return doc[start:stop].text
    return None


def _initials_match(phrase: str, letters: str, function_letters: bool = True) -> bool:
    """Return whether the initials of `phrase` spell `letters`, function words optional.

    With `function_letters` false, function words never give a letter.
    """
    words = [w for w in re.findall(r"\w+'|\w+", phrase.lower()) if w]
    if not words or not letters:
        return False
    function_words = lexicon.word_set("acronym_function_words")
    initials = [key_of(w[0]).lower() for w in words]

    @functools.cache
    def fits(w: int, k: int) -> bool:
        if w == len(words):
            return k == len(letters)
        usable = function_letters or words[w] not in function_words
        use = k < len(letters) and usable and initials[w] == letters[k] and fits(w + 1, k + 1)
        return use or (
            words[w] in function_words and w not in (0, len(words) - 1) and fits(w + 1, k)
        )

    return fits(0, 0)
