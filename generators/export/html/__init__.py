"""Write a deck as one self-contained quiz page: inline CSS and JS, no request of any kind.

The page runs the quiz in the browser (multiple choice, true/false, cloze reveal, typed answers
checked by `answers.js`, a port of the terminal quiz's rules fed the same word lists), shows the
source sentence after each answer and the score at the end, and keeps progress in localStorage.
Article text reaches the page only as JSON data read with `JSON.parse` and shown with
`textContent`; a Content-Security-Policy allows only the page's own script and style (by hash).
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import unicodedata
from importlib import resources
from pathlib import Path
from string import Template
from typing import Any

from generators import lexicon
from generators.errors import InputError
from generators.export import Written
from generators.export.shapes import Tally, dateline, deck_path, french_spacing
from generators.files.atomic import write_text_atomic
from generators.french.numbers import parse_words, table
from generators.records import KINDS, Deck, Question

WORD_LISTS = (
    "answer_articles",
    "answer_prefixes",
    "answer_titles",
    "answer_name_particles",
    "answer_true",
    "answer_false",
    "answer_hedges",
    "answer_ordinals",
    "answer_role_kept",
    "answer_role_links",
    "people_titles",
)
TYPO_LENGTHS = ((12, 2), (8, 1), (6, 1))  # the quiz's typo allowance by folded name length
LATIN = (*range(0xC0, 0x250), *range(0x1E00, 0x1F00))  # Latin letters an article may hold


def asset(name: str) -> str:
    """Return the text of a file shipped beside this module (page.css, answers.js, quiz.js)."""
    return resources.files(__name__).joinpath(name).read_text(encoding="utf-8")


def transliteration() -> dict[str, str]:
    """Return the Latin letters that lose more than an accent when folded (ł → l, ß → ss)."""
    from anyascii import anyascii

    found: dict[str, str] = {}
    for code in LATIN:
        char = chr(code)
        bare = "".join(
            c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c)
        )
        if not bare.isascii() and char.isalpha():
            found[char] = anyascii(char)
    return found


def word_lists() -> dict[str, Any]:
    """Return the word lists and tables the page's answer checker reads (as answers.py does)."""
    months = {}
    for line in lexicon.words("answer_months"):
        name, number = line.rsplit(maxsplit=1)
        months[_fold(name)] = int(number)
    numbers = {w: int(v) for w in lexicon.words("numbers_words") if (v := parse_words(w))}
    numbers.update({w: v for w, v in table("numbers_scales").items() if " " not in w})
    scales = {}
    for line in lexicon.words("answer_scales"):
        word, value = line.split()
        scales[_fold(word)] = int(value)
    return {
        "words": {name: list(_words(name)) for name in WORD_LISTS},
        "abbreviations": dict(line.split()[:2] for line in _words("answer_abbreviations")),
        "months": months,
        "numbers": numbers,
        "scales": scales,
        "range_links": [" ".join(_fold(w).split()) for w in lexicon.words("answer_range_links")],
        "translit": transliteration(),
        "typo_lengths": [list(pair) for pair in TYPO_LENGTHS],
    }


def _words(name: str) -> tuple[str, ...]:
    """Return a word list, or none when this version has no such list."""
    try:
        return lexicon.words(name)
    except FileNotFoundError:
        return ()


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def question_data(question: Question) -> dict[str, Any]:
    """Return what the page needs of one question."""
    return {
        "id": question.id,
        "kind": question.kind,
        "label": KINDS[question.kind].label if question.kind in KINDS else question.kind,
        "prompt": french_spacing(question.prompt),
        "answer": question.answer,
        "accept": list(question.accept),
        "choices": list(question.choices),
        "range": list(question.range) if question.range is not None else None,
        "source": french_spacing(question.source),
        "fact_type": question.fact_type,
    }


def script_json(data: Any) -> str:
    """Return `data` as JSON safe inside a <script> element (no `<`, `>` or `&` left)."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _hash(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def page(deck: Deck, questions: list[Question]) -> str:
    """Return the whole page of the deck's questions."""
    title = str(deck.article.get("title") or deck.name)
    key = hashlib.sha256(
        "\x1f".join([deck.name, *(q.id for q in questions)]).encode("utf-8")
    ).hexdigest()[:16]
    data = {
        "key": f"factdeck:{key}",
        "title": title,
        "date": dateline(str(deck.article.get("date") or "")),
        "deck": deck.name,
        "questions": [question_data(q) for q in questions],
        "lexicon": word_lists(),
    }
    css = asset("page.css")
    script = asset("answers.js") + "\n" + asset("quiz.js")
    policy = (
        "default-src 'none'; "
        f"style-src {_hash(css)}; script-src {_hash(script)}; "
        "img-src 'none'; connect-src 'none'; form-action 'none'; base-uri 'none'"
    )
    return Template(asset("page.html")).substitute(
        policy=html.escape(policy, quote=False).replace('"', "&quot;"),
        title=html.escape(title),
        deck=html.escape(deck_path(deck.name, title)),
        css=css,
        data=script_json(data),
        script=script,
    )


def write(path: Path, deck: Deck) -> Written:
    """Write the deck as a one-file offline quiz page at `path`."""
    tally = Tally()
    questions = []
    for question in deck.questions:
        if question.kind not in KINDS or not question.prompt.strip():
            tally.skip(question)
            continue
        questions.append(question)
    if not questions:
        raise InputError(f"no questions for deck {deck.name!r}; nothing written")
    tally.kept = len(questions)
    write_text_atomic(path, page(deck, questions))
    return Written(path, tally.summary(deck.name, "quiz page, works offline"))
