"""Read an article: decode it, find its header (title, dateline, metadata) and its boilerplate.

The text keeps the characters as read (BOM removed, line endings normalized to `\\n`), so fact
offsets point into it. What extraction sees is `Article.clean`: a copy of the same length with the
header and page boilerplate blanked (including encyclopedia reference marks « [2] » and
reference lists) and typographic variants (no-break spaces, curly apostrophes) normalized, so
offsets need no mapping. A blanked reference mark leaves a run of spaces (a spaCy SPACE token)
where it was; the comma after it moves onto the word before (`_blank`).
"""

from __future__ import annotations

import functools
import hashlib
import os
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from generators import lexicon
from generators.errors import InputError
from generators.files.limits import DEFAULT_MAX_SIZE
from generators.source.dateline import front_matter

_MAGIC = (
    (b"%PDF", "a PDF file"),
    (b"PK\x03\x04", "a zip archive (.docx, .odt, .epub…)"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"SQLite format 3", "an SQLite database"),
    (b"\x1f\x8b", "a gzip archive"),
)
_METADATA_KEYS = {
    "source",
    "date",
    "auteur",
    "author",
    "url",
    "titre",
    "title",
    "langue",
    "language",
}
_METADATA_LINE = re.compile(r"^\s*([A-Za-zÀ-ÿ_-]+)\s*:\s*(\S.*)$")
_DATELINE = re.compile(r"^\s*date\s*:?\s*(\d{4}(?:-\d{2}(?:-\d{2})?)?)\b", re.IGNORECASE)
_TYPOGRAPHIC = str.maketrans(
    {
        "\u00a0": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u2007": " ",
        "\u2019": "'",
        "\u2018": "'",
        "\u02bc": "'",
        "\u2032": "'",
        "\t": " ",
    }
)


@dataclass(frozen=True)
class Article:
    """An article as read, with its metadata and the copy that extraction sees."""

    source: str
    slug: str
    text: str
    sha256: str
    title: str | None = None
    date: str | None = None
    language: str = "fr"
    encoding: str = "utf-8"
    body_start: int = 0
    clean: str = ""
    metadata: dict[str, str] = field(default_factory=dict)

    def header(self) -> dict[str, str | None]:
        """Return the `article` object of `factdeck facts --format json`."""
        return {
            "source": self.source,
            "slug": self.slug,
            "title": self.title,
            "date": self.date,
            "language": self.language,
            "sha256": self.sha256,
        }


def read_article(
    path: str | Path,
    *,
    max_size: int = DEFAULT_MAX_SIZE,
    slug: str | None = None,
    stdin: BinaryIO | None = None,
) -> Article:
    """Read the article at `path` (`-` for standard input) and return it parsed."""
    source = str(path)
    if source == "-":
        if stdin is None and sys.stdin is None:
            raise InputError("standard input is closed; give the article as a file, or pipe it in")
        stream = stdin if stdin is not None else sys.stdin.buffer
        data = stream.read(max_size + 1)
        _check_size(len(data), max_size, "standard input", exact=False)
        return parse_bytes(data, source="-", slug=slug)
    file = Path(path)
    if file.is_dir():
        raise InputError(f"{source} is a folder, not an article; give a text or HTML file")
    try:
        with file.open("rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            _check_size(size, max_size, source)
            # Bounded: a pipe, a device or a file growing while read can be longer than stat says.
            data = handle.read(max_size + 1)
    except FileNotFoundError:
        raise InputError(f"no such file: {source}; check the path") from None
    except PermissionError:
        raise InputError(
            f"cannot read {source}: permission denied; check its permissions"
        ) from None
    except OSError as exc:
        raise InputError(f"cannot read {source}: {exc.strerror or exc}; check the path") from None
    _check_size(len(data), max_size, source, exact=False)
    return parse_bytes(data, source=source, slug=slug or slugify(file.stem))


def parse_bytes(data: bytes, *, source: str, slug: str | None = None) -> Article:
    """Decode `data` and find its header, boilerplate and language."""
    sha = hashlib.sha256(data).hexdigest()
    name = "standard input" if source == "-" else source
    text, encoding = decode(data, name)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    title: str | None = None
    metadata: dict[str, str] = {}
    if _looks_like_html(source, text):
        text, title = _html_main_text(text, name)
    if not text.strip():
        raise InputError(f"{name} is empty; give a file with the article's text")
    body_start, header_title, metadata = _parse_header(text)
    title = title or header_title
    if not text[body_start:].strip():
        raise InputError(f"{name} has a header but no article text; add the article's body")
    clean = _clean_copy(text, body_start)
    front = front_matter(text.translate(_TYPOGRAPHIC), body_start)
    clean = _blank_spans(clean, front.spans)  # a dateline or byline is metadata, like the header
    slug = slug or slugify(title or "stdin")
    date = metadata.get("date") or front.date
    return Article(
        source=source,
        slug=slug,
        text=text,
        sha256=sha,
        title=title,
        date=date,
        language=guess_language(clean),
        encoding=encoding,
        body_start=body_start,
        clean=clean,
        metadata=metadata,
    )


def decode(data: bytes, name: str) -> tuple[str, str]:
    """Decode article bytes: UTF-8 (with or without BOM), UTF-16 with BOM, or a detected 8-bit code page."""
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise InputError(
                f"{name} is {what}, not a text article; save the article as text or HTML"
            )
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise InputError(f"{name} is not valid UTF-16; save it as UTF-8") from None
    if b"\x00" in data[:4096]:
        utf16 = _utf16_without_bom(data)
        if utf16 is not None:
            return utf16, "utf-16"
        raise InputError(f"{name} is a binary file, not a text article; give a text or HTML file")
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    return _decode_8bit(data, name)


def _utf16_without_bom(data: bytes) -> str | None:
    """Decode UTF-16 text without a BOM when its NUL bytes fall on one side of every pair."""
    even, odd = data[0::2], data[1::2]
    for codec, zeros in (("utf-16-le", odd), ("utf-16-be", even)):
        if zeros and zeros.count(0) / len(zeros) > 0.9:
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                return None
    return None


# The non-ASCII characters of French text: what a right code page turns accented bytes into.
_FRENCH_CHARACTERS = frozenset("àâäéèêëîïôöùûüÿçœæÀÂÄÉÈÊËÎÏÔÖÙÛÜŸÇŒÆ«»‘’“”–—…€°\u00a0")
_FRENCH_CODE_PAGES = ("cp1252", "mac_roman", "cp850")


def _decode_8bit(data: bytes, name: str) -> tuple[str, str]:
    """Detect the code page of a non-UTF-8 file among those French files are written in."""
    text, encoding = _french_code_page(data)
    if text is None:
        text, encoding = _detected_code_page(data, name)
    if _control_ratio(text) > 0.01:
        raise InputError(f"{name} does not look like text; give a text or HTML file")
    return text, encoding.replace("_", "-")


def _french_code_page(data: bytes) -> tuple[str | None, str]:
    """Decode with the code page that gives the most French characters (Windows' on a tie).

    A detector alone mistakes short French text for Mac Roman (« à » read as « ‡ »).
    """
    best: tuple[int, str, str] | None = None
    for encoding in _FRENCH_CODE_PAGES:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        foreign = [ch for ch in set(text) if ord(ch) > 127]
        score = sum(
            text.count(ch) if ch in _FRENCH_CHARACTERS else -text.count(ch) for ch in foreign
        )
        if best is None or score > best[0]:
            best = (score, text, encoding)
    if best is None or best[0] <= 0 or _non_ascii_share(best[1]) > 0.25:
        return None, ""  # French words are mostly ASCII: this is another language
    return best[1], best[2]


def _non_ascii_share(text: str) -> float:
    letters = [ch for ch in text if ch.isalpha()]
    return sum(1 for ch in letters if ord(ch) > 127) / max(1, len(letters))


def _detected_code_page(data: bytes, name: str) -> tuple[str, str]:
    """Decode with the code page a detector finds (text that is not French)."""
    from charset_normalizer import from_bytes

    found = from_bytes(data).best()
    if found is None or found.encoding is None:
        raise InputError(
            f"{name} is not UTF-8 and its encoding could not be detected; save it as UTF-8"
        )
    return str(found), found.encoding


def _control_ratio(text: str) -> float:
    controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f")
    return controls / max(1, len(text))


def _check_size(size: int, max_size: int, name: str, *, exact: bool = True) -> None:
    """Refuse more than `max_size` bytes (`exact` is False when `size` is only what was read)."""
    if size <= max_size:
        return
    limit, actual = _human(max_size), _human(size)
    if exact and limit == actual:
        limit, actual = f"{max_size} bytes", f"{size} bytes"
    what = f"is {actual}, over" if exact else "is over"
    raise InputError(f"{name} {what} the {limit} limit; split it or raise --max-size")


def _human(size: int) -> str:
    if size >= 1_000_000:
        return f"{size / 1e6:.1f} MB"
    return f"{size / 1e3:.1f} kB" if size >= 1000 else f"{size} bytes"


def _looks_like_html(source: str, text: str) -> bool:
    if source.lower().endswith((".html", ".htm", ".xhtml")):
        return True
    head = text.lstrip()[:200].lower()
    return head.startswith(("<!doctype html", "<html"))


def _html_main_text(html: str, name: str) -> tuple[str, str | None]:
    """Extract the main text of a saved web page, headed by its title and date (trafilatura's)."""
    import trafilatura

    result = trafilatura.bare_extraction(
        html, include_comments=False, include_tables=False, with_metadata=True
    )
    data = {} if result is None else result.as_dict() if hasattr(result, "as_dict") else result
    text = str(data.get("text") or "")
    if not text.strip():
        raise InputError(
            f"{name}: no article text found in this web page; save the article as text"
        )
    title = " ".join(str(data.get("title") or "").split()) or None
    lines = text.split("\n")
    if title and lines and " ".join(lines[0].split()) == title:
        text = "\n".join(lines[1:])  # the page's heading repeats its title: header, not body
    date = str(data.get("date") or "")[:10]
    header = [line for line in (title, f"date {date}" if date else "") if line]
    return ("\n".join(header) + "\n\n" if header else "") + text, title


def _reads_as_title(line: str) -> bool:
    """Tell whether a header's first line reads as a title: no closing punctuation, though it may
    end on a quoted name (« Le village devient « Vertbourg » »), not on a quoted sentence."""
    text = line.rstrip()
    if text.endswith("»"):
        text = text[:-1].rstrip()
        return bool(text) and "«" in line and not text.endswith((".", "!", "?", "…", ":", ","))
    return not text.endswith((".", "!", "?", ":"))


def _parse_header(text: str) -> tuple[int, str | None, dict[str, str]]:
    """Return where the body starts, the title and the metadata of the leading header block."""
    lines = text.split("\n")
    block: list[str] = []
    for line in lines:
        if not line.strip():
            if block:
                break
            continue
        block.append(line)
    if len(block) > 4 or len(block) == len([ln for ln in lines if ln.strip()]):
        return 0, None, {}
    metadata: dict[str, str] = {}
    title: str | None = None
    recognised = 0
    for index, line in enumerate(block):
        dateline = _DATELINE.match(line)
        meta = _METADATA_LINE.match(line)
        if dateline:
            metadata["date"] = dateline.group(1)
            recognised += 1
        elif meta and meta.group(1).lower() in _METADATA_KEYS:
            key = meta.group(1).lower()
            metadata[{"titre": "title", "auteur": "author", "langue": "language"}.get(key, key)] = (
                meta.group(2).strip()
            )
            recognised += 1
        elif _is_boilerplate(line):
            recognised += 1
        elif index == 0 and len(line) <= 200 and _reads_as_title(line):
            title = line.strip()
            recognised += 1
    if recognised < len(block):
        return 0, None, {}
    title = metadata.pop("title", None) or title
    return _end_of_line(text, len(block)), title, metadata


def _end_of_line(text: str, count: int) -> int:
    """Return the offset just after the `count`-th non-blank line of `text`."""
    position = 0
    for line in text.split("\n"):
        if line.strip():
            count -= 1
            if count == 0:
                return position + len(line)
        position += len(line) + 1
    return len(text)


@functools.cache
def _boilerplate_patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.IGNORECASE) for p in lexicon.words("boilerplate"))


@functools.lru_cache(maxsize=1024)
def without_boilerplate(text: str) -> str:
    """Return `text` for display, without page furniture and reference marks (« Dupont [2], » → « Dupont, »).

    Cached: every fact of a sentence shows it (`Context.fact`)."""
    for pattern in _boilerplate_patterns():
        text = pattern.sub("", text)
    return re.sub(r"[ \t]{2,}", " ", text).strip()


def _is_boilerplate(line: str) -> bool:
    return not without_boilerplate(_DATELINE.sub("", line))


def _clean_copy(text: str, body_start: int) -> str:
    """Return `text` with header and boilerplate blanked and typography normalized, same length."""
    chars = list(text.translate(_TYPOGRAPHIC))
    for i in range(body_start):
        if chars[i] != "\n":
            chars[i] = " "
    for pattern in _boilerplate_patterns():
        for match in pattern.finditer("".join(chars)):
            _blank(chars, match.start(), match.end())
    return "".join(chars)


def _blank_spans(text: str, spans: tuple[tuple[int, int], ...]) -> str:
    """Return `text` with each span blanked (newlines kept), same length."""
    for start, end in spans:
        text = text[:start] + re.sub(r"[^\n]", " ", text[start:end]) + text[end:]
    return text


_CLOSING = ",;:)»"
_TERMINAL = ".!?…"


def _blank(chars: list[str], start: int, end: int) -> None:
    """Blank chars[start:end] in place, keeping a word and the punctuation around it together.

    An inline blank (a reference mark « [2] ») would leave spaces that the parser reads as a
    word: a comma after it moves to its start (« Dupont [2], » → « Dupont,     »), and a
    sentence's final stop before it moves to its end (« fin.[3] Suite » → « fin    . Suite »),
    so no space run sits between a word and the mark that follows it.
    """
    for i in range(start, end):
        if chars[i] != "\n":
            chars[i] = " "
    if start >= end or start == 0 or chars[start - 1] in " \n":
        return
    after = chars[end] if end < len(chars) else "\n"
    if after in _CLOSING:
        chars[start], chars[end] = after, " "
    elif chars[start - 1] in _TERMINAL and after == " ":
        chars[start - 1], chars[end - 1] = " ", chars[start - 1]


def guess_language(text: str) -> str:
    """Guess whether `text` is French, English or Spanish from its function words."""
    tokens = re.findall(r"[a-zà-ÿ]+", text[:20000].lower())
    if len(tokens) < 8:
        return "fr"
    scores = {
        lang: sum(1 for t in tokens if t in lexicon.word_set(f"lang_{lang}"))
        for lang in ("fr", "en", "es")
    }
    best = max(scores, key=lambda k: scores[k])
    return best if scores[best] > 0 else "fr"


def slugify(value: str) -> str:
    """Return a lower-case ASCII slug of `value` (`Affaire des fiches` → `affaire-des-fiches`)."""
    ascii_text = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:80] or "article"
