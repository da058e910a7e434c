"""Questions → Anki note contents: escaped fields, highlighted source, Meta JSON, GUID, tags."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any

from generators import lexicon
from generators.export.anki.models import NOTE_TYPES, NoteType
from generators.records import Question

META_SCHEMA = 1
_CLOZE = re.compile(r"\{\{c(\d+)::(.*?)(?:::(.*?))?\}\}", re.DOTALL)
_KIND_NOTE_TYPES = {"cloze": "cloze", "mcq": "mcq", "numeric": "typein", "typein": "typein"}


@dataclass(frozen=True)
class NoteData:
    """The contents of one Anki note, ready for genanki."""

    note_type: NoteType
    fields: tuple[str, ...]
    guid: str
    tags: tuple[str, ...]
    sort_field: str
    deck: str = ""  # the subdeck it goes in; "" = the package's deck


def note_guid(question: Question) -> str:
    """Return the note's GUID: a hash of the fact id and template id only (never the wording)."""
    import genanki

    return str(genanki.guid_for(question.fact_id, question.template))


def note_type_key(question: Question) -> str:
    """Return which note type shows `question`: a template's `note_type` meta wins, else its kind."""
    wanted = str(question.meta.get("note_type") or "")
    if wanted in NOTE_TYPES:
        key = wanted
    elif question.kind == "truefalse" and len(question.choices) >= 2:
        key = "mcq"
    else:
        key = _KIND_NOTE_TYPES.get(question.kind, "basic")
    if key == "mcq" and len(question.choices) < 2:
        return "basic"
    if (
        key == "cloze"
        and not _CLOZE.search(question.prompt)
        and _find(question.source, question.answer) is None
    ):
        return "basic"  # nothing to gap: ask it as a plain question
    return key


def make_note(question: Question, article: Mapping[str, Any], tags: Iterable[str] = ()) -> NoteData:
    """Return the note that shows `question`, from an article of header `article`."""
    note_type = NOTE_TYPES[note_type_key(question)]
    values = {
        "Question": field_html(question.prompt),
        "Answer": field_html(question.answer)
        if note_type.key != "typein"
        else _no_cloze(_escape(typed_answer(question))),
        "Source": highlight(question.source, *_highlight_targets(question)),
        "Article": article_html(article),
        "Extra": field_html(question.extra),
        "Reverse": _reverse(question),
        "Text": cloze_text(question),
        "Choices": choices_html(question.choices),
        "Meta": meta_field(question, article),
    }
    return NoteData(
        note_type=note_type,
        fields=tuple(values[name] for name in note_type.fields),
        guid=note_guid(question),
        tags=note_tags(question, article, tags),
        sort_field=plain_prompt(question.prompt),
        deck=question.deck,
    )


def field_html(text: str) -> str:
    """Return plain `text` as field HTML: escaped, with French no-break spaces."""
    from generators.french.grammar import to_html_spaces

    return _no_cloze(to_html_spaces(_escape(text)))


def _no_cloze(field: str) -> str:
    """Write the double braces of text as entities: an article's « {{c2::…}} » is no Anki gap."""
    return field.replace("{{", "{&#123;").replace("}}", "}&#125;")


def typed_answer(question: Question) -> str:
    """Return what a type-in card expects: the shortest accepted form that is part of the answer.

    Anki compares typed text letter by letter, so « près de 1 200 » accepting « 1 200 » expects « 1 200 ».
    """
    answer = _fold(question.answer)
    forms = [question.answer]
    for form in question.accept:
        if form.strip() and _search(answer, _fold(form.strip())):
            forms.append(form.strip())
    return min(forms, key=len)


def highlight(sentence: str, *targets: str) -> str:
    """Return `sentence` as HTML with the first target found (or its tail) in <mark>."""
    span = next((found for t in targets if (found := _find(sentence, t)) is not None), None)
    if span is None:
        return field_html(sentence)
    start, end = span
    marked = f"<mark>{field_html(sentence[start:end])}</mark>"
    return field_html(sentence[:start]) + marked + field_html(sentence[end:])


def _highlight_targets(question: Question) -> list[str]:
    """Return what to mark in the source: a template's `highlight`, the answer, its other forms, the extra."""
    wanted = question.meta.get("highlight")
    first = [str(wanted)] if wanted else []
    return [*first, question.answer, *question.accept, question.extra]


def cloze_text(question: Question) -> str:
    """Return the cloze text: the prompt's own `{{c1::…}}` gaps, else the answer gapped in the source."""
    if _CLOZE.search(question.prompt):
        return _template_gaps(question)
    span = _find(question.source, question.answer)
    if span is None:
        return field_html(question.prompt)
    start, end = span
    gap = "{{c1::" + field_html(question.source[start:end]) + "}}"
    return field_html(question.source[:start]) + gap + field_html(question.source[end:])


def choices_html(choices: Iterable[str]) -> str:
    """Return the choices as an ordered list (JS shuffles it; without JS it shows as is)."""
    items = "".join(f"<li>{field_html(choice)}</li>" for choice in choices)
    return f'<ol class="fd-choices">{items}</ol>' if items else ""


def article_html(article: Mapping[str, Any]) -> str:
    """Return the Article field: the title and the date in French (« mars 2021 »)."""
    parts = [str(article[key]) for key in ("title",) if article.get(key)]
    if article.get("date"):
        parts.append(french_date(str(article["date"])))
    return " · ".join(field_html(part) for part in parts)


def french_date(iso: str) -> str:
    """Return an ISO date prefix (YYYY, YYYY-MM, YYYY-MM-DD) written in French."""
    match = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", iso.strip())
    months = lexicon.words("french_months")
    if not match or (match.group(2) and not 1 <= int(match.group(2)) <= 12):
        return iso
    year, month, day = match.groups()
    if not month:
        return year
    words = [months[int(month) - 1], year]
    if day:
        words.insert(0, "1er" if int(day) == 1 else str(int(day)))
    return " ".join(words)


def meta_article(article: Mapping[str, Any]) -> dict[str, Any]:
    """Return the article header kept in Meta: stable values only (no hash, no local path)."""
    out = {key: article.get(key) for key in ("slug", "title", "date", "language")}
    source = article.get("source")
    out["source"] = PurePath(str(source)).name if source else None
    return out


def meta_field(question: Question, article: Mapping[str, Any]) -> str:
    """Return the hidden Meta field: the question as JSON that is also plain HTML text.

    `&`, `<` and `>` only occur inside JSON strings, written there as \\u0026, \\u003c and
    \\u003e: the field needs no HTML escaping, so `json.loads` reads it as is (and after
    `html.unescape` too).
    """
    data = question.to_dict()
    data["article"] = meta_article(article)
    data["schema"] = META_SCHEMA
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    text = text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
    return text.replace("{{", "{\\u007b")  # only inside strings: « {{c2:: » is no gap, same JSON


def read_meta(field: str) -> dict[str, Any]:
    """Return the question stored in a Meta field (the inverse of `meta_field`)."""
    data: dict[str, Any] = json.loads(html.unescape(field))
    return data


def note_tags(
    question: Question, article: Mapping[str, Any], extra: Iterable[str] = ()
) -> tuple[str, ...]:
    """Return the note's tags: factdeck, fact type, article slug, template, kind, and the given ones."""
    tags = [
        "factdeck",
        f"factdeck::kind::{question.kind}",
        f"factdeck::template::{question.template}",
    ]
    if question.fact_type:
        tags.append(f"factdeck::type::{question.fact_type}")
    if article.get("slug"):
        tags.append(f"factdeck::article::{article['slug']}")
    cleaned = (_tag(tag) for tag in (*tags, *extra, *question.tags))
    return tuple(sorted({tag for tag in cleaned if tag}))


def plain_prompt(prompt: str) -> str:
    """Return the prompt as plain text for Anki's sort field (cloze gaps filled in)."""
    return " ".join(_CLOZE.sub(lambda m: m.group(2), prompt).split())


def _template_gaps(question: Question) -> str:
    """Return a prompt with its template's gaps; a gap written as is in the article is text."""
    parts, last = [], 0
    for gap in _CLOZE.finditer(question.prompt):
        parts.append(field_html(question.prompt[last : gap.start()]))
        if gap.group(0) in question.source:
            parts.append(field_html(gap.group(0)))
        else:
            hint = f"::{field_html(gap.group(3))}" if gap.group(3) is not None else ""
            parts.append(f"{{{{c{gap.group(1)}::{field_html(gap.group(2))}{hint}}}}}")
        last = gap.end()
    return "".join([*parts, field_html(question.prompt[last:])])


def _reverse(question: Question) -> str:
    """Return the reverse card's prompt: empty (no reverse card) unless the template asks for one."""
    reverse = question.meta.get("reverse")
    if isinstance(reverse, str) and reverse.strip():
        return field_html(reverse)
    return field_html(question.answer) if reverse is True else ""


def _escape(text: str) -> str:
    return html.escape(str(text), quote=False)


def _tag(tag: str) -> str:
    return "_".join(str(tag).split())


def _find(sentence: str, target: str) -> tuple[int, int] | None:
    """Return where `target`, or failing that its longest word-tail, occurs in `sentence`."""
    haystack = _fold(sentence)
    words = target.split()
    for drop in range(len(words)):
        tail = " ".join(words[drop:])
        if len(tail) > len(haystack):
            continue  # longer than the sentence (a long extra): cannot be in it, skip the regex
        needle = _fold(tail)
        if len(needle) < 2:
            break
        match = _search(haystack, needle)
        if match:
            return match.start(), match.end()
    return None


def _search(haystack: str, needle: str) -> re.Match[str] | None:
    """Find `needle` as whole words; a number never matches part of a bigger one (« 300 » in « 1 300 »)."""
    before = r"(?<!\w)(?<!\d[ .,])" if needle[:1].isdigit() else r"(?<!\w)"
    after = r"(?!\w)(?![ .,]\d)" if needle[-1:].isdigit() else r"(?!\w)"
    return re.search(before + re.escape(needle) + after, haystack)


def _fold(text: str) -> str:
    """Return `text` lower-cased with typographic variants unified, keeping its length."""
    table = {"\u2019": "'", "\u00a0": " ", "\u202f": " ", "\u2009": " "}
    return "".join(table.get(ch, ch.lower() if len(ch.lower()) == 1 else ch) for ch in text)
