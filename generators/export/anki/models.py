"""The four factdeck note types: frozen fields, card HTML from `templates/anki/`, stable ids."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generators.errors import TemplateError

# Field names are frozen: Anki matches an imported note type to the one in the collection by id and
# by its fields; renaming or reordering them makes Anki add a second, conflicting note type.
# Meta (the question as JSON, shown by no card) is always the last field.
META_FIELD = "Meta"
_INCLUDE = re.compile(r"<!--\s*include:\s*([\w.-]+)\s*-->")


@dataclass(frozen=True)
class CardSpec:
    """One card of a note type: its name and the files of its two sides."""

    name: str
    front: str
    back: str


@dataclass(frozen=True)
class NoteType:
    """A factdeck note type: name, fields (Meta last) and cards."""

    key: str
    name: str
    fields: tuple[str, ...]
    cards: tuple[CardSpec, ...]
    cloze: bool = False

    @property
    def model_id(self) -> int:
        """Return the note type's id, derived from its name only."""
        return stable_id(self.name)


NOTE_TYPES: dict[str, NoteType] = {
    "basic": NoteType(
        "basic",
        "factdeck Basic",
        ("Question", "Answer", "Source", "Article", "Extra", "Reverse", META_FIELD),
        (
            CardSpec("Question → réponse", "basic/front.html", "basic/back.html"),
            CardSpec("Inverse", "basic/reverse-front.html", "basic/reverse-back.html"),
        ),
    ),
    "cloze": NoteType(
        "cloze",
        "factdeck Cloze",
        ("Text", "Source", "Article", "Extra", META_FIELD),
        (CardSpec("Texte à trous", "cloze/front.html", "cloze/back.html"),),
        cloze=True,
    ),
    "typein": NoteType(
        "typein",
        "factdeck Type-in",
        ("Question", "Answer", "Source", "Article", "Extra", META_FIELD),
        (CardSpec("Réponse tapée", "typein/front.html", "typein/back.html"),),
    ),
    "mcq": NoteType(
        "mcq",
        "factdeck MCQ",
        ("Question", "Choices", "Answer", "Source", "Article", "Extra", META_FIELD),
        (CardSpec("Choix multiple", "mcq/front.html", "mcq/back.html"),),
    ),
}
STYLE_FILE = "style.css"


def stable_id(name: str) -> int:
    """Return an Anki id for `name`: a hash in genanki's recommended range [2**30, 2**31)."""
    digest = int.from_bytes(hashlib.sha256(name.encode("utf-8")).digest()[:8], "big")
    return (1 << 30) + digest % (1 << 30)


def find_card_file(name: str, dirs: Sequence[Path]) -> Path:
    """Return the first `name` found in `dirs` (an override beats the bundled file)."""
    for folder in dirs:
        path = folder / name
        if path.is_file():
            return _inside(folder, path)
    raise TemplateError(
        f"card file {name} not found in {', '.join(map(str, dirs))}; reinstall factdeck or restore it"
    )


def _inside(folder: Path, path: Path) -> Path:
    """Return `path` resolved, refusing a card file whose links lead outside its card folder."""
    resolved = path.resolve()
    if not resolved.is_relative_to(folder.resolve()):
        raise TemplateError(
            f"card file {path} leads outside {folder} (a link); replace the link by the file itself"
        )
    return resolved


def read_card_file(name: str, dirs: Sequence[Path], seen: tuple[str, ...] = ()) -> str:
    """Return the text of a card file with its `<!-- include: FILE -->` lines expanded."""
    path = find_card_file(name, dirs)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise TemplateError(f"cannot read card file {path}: {exc}") from None

    def expand(match: re.Match[str]) -> str:
        """Return the included card file's text (a script file wrapped in <script>)."""
        included = match.group(1)
        if included in seen or included == name:
            raise TemplateError(f"{path}: card file {included} includes itself; remove the loop")
        body = read_card_file(included, dirs, (*seen, name)).strip("\n")
        return f"<script>\n{body}\n</script>" if included.endswith(".js") else body

    return _INCLUDE.sub(expand, text)


def card_files(dirs: Sequence[Path]) -> list[Path]:
    """Return every card file the note types use (for the build timestamp)."""
    names = {STYLE_FILE, "mcq.js"} | {
        n for t in NOTE_TYPES.values() for c in t.cards for n in (c.front, c.back)
    }
    return [find_card_file(name, dirs) for name in sorted(names)]


def make_model(note_type: NoteType, dirs: Sequence[Path]) -> Any:
    """Return the genanki model of `note_type` with its card HTML and CSS read from `dirs`."""
    import genanki

    templates = [
        {
            "name": card.name,
            "qfmt": read_card_file(card.front, dirs),
            "afmt": read_card_file(card.back, dirs),
        }
        for card in note_type.cards
    ]
    return genanki.Model(
        note_type.model_id,
        note_type.name,
        fields=[{"name": name} for name in note_type.fields],
        templates=templates,
        css=read_card_file(STYLE_FILE, dirs),
        model_type=genanki.Model.CLOZE if note_type.cloze else genanki.Model.FRONT_BACK,
        sort_field_index=0,
    )
