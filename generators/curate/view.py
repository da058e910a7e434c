"""Rich rendering of the review, with the console and the key stream injected (tests drive it)."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

import yaml
from rich.console import Console
from rich.rule import Rule
from rich.text import Text

from generators import console
from generators.curate.decisions import CHANGED, DROP, EDIT, NEW, Decision
from generators.files.terminal import printable
from generators.files.yamlload import safe_load
from generators.records import Question

WIDTH = 100
KEYS = "Enter: keep · d: drop · e: edit · s: skip · q: quit"
AGAIN_KEY = " · r: decide as before"  # offered on a question changed since it was decided
SEPARATOR = " | "  # between accepted answers or choices typed on one line
STATE_LABELS = {
    NEW: "new",
    CHANGED: "changed since you reviewed it",
    "kept": "kept",
    "edited": "edited",
    "dropped": "dropped",
}
_ACTION_WORDS = {"keep": "kept it", EDIT: "edited it", DROP: "dropped it"}


def make_console(file: TextIO | None = None) -> Console:
    """Return a console on stderr (or `file`): plain when not a terminal, no colour under NO_COLOR."""
    return console.make_console(file if file is not None else sys.stderr, WIDTH)


class ReviewView(console.ConsoleView):
    """Show questions on `console`; read keys and edits from `stream` (or the terminal)."""

    # --- input --------------------------------------------------------------------------------

    def read(self, prompt: str) -> str | None:
        """Read one line after `prompt` (None at the end of input)."""
        return console.read_line(self.console, self.stream, prompt, shown=printable)

    def read_key(self) -> str | None:
        """Read the key for the question shown."""
        line = self.read("› ")
        return None if line is None else line.strip().lower()

    # --- output -------------------------------------------------------------------------------

    def show(
        self,
        number: int,
        total: int,
        question: Question,
        state: str,
        decision: Decision | None,
        flags: Sequence[Any],
    ) -> None:
        """Show a question: its state, flags, prompt, answer, choices and highlighted source."""
        kind = question.fact_type or question.kind
        title = f"{number}/{total} · {STATE_LABELS.get(state, state)} · {kind} · {question.kind}"
        style = "yellow" if state == CHANGED or flags else "cyan"
        self.console.print(Rule(Text(title, style=f"bold {style}"), style=style, align="left"))
        for flag in flags:
            note = f": « {flag.note} »" if flag.note else ""
            self.line("  ⚑ ", f"flagged by {flag.player}{note}", "bold yellow")
        if decision is not None and state != "kept":
            self._previous(decision, question, state == CHANGED)
        self.line("Prompt:  ", question.prompt)
        self.line("Answer:  ", question.answer)
        if question.accept:
            self.line("Also:    ", SEPARATOR.join(question.accept))
        for index, choice in enumerate(question.choices, 1):
            mark = " ✓" if choice == question.answer else ""
            self.line(f"  {index}. ", choice + mark, "bold")
        if question.source:
            plain = self.console.no_color or not self.console.is_terminal
            self.console.print(_highlighted(question, plain), overflow="fold")
        self.console.print(Text(f"{question.id} · {question.template}", style="dim"))
        if self.interactive:
            again = AGAIN_KEY if decision is not None and state == CHANGED else ""
            self.console.print(Text(KEYS + again, style="dim"))

    def _previous(self, decision: Decision, question: Question, changed: bool) -> None:
        """Say what was decided on the question (before it changed, when it did)."""
        what = _ACTION_WORDS.get(decision.action, decision.action)
        reason = f" ({decision.reason})" if decision.reason else ""
        since = "changed since you reviewed it: " if changed else ""
        self.line("  ↻ ", f"{since}you {what}{reason}", "bold yellow")
        if decision.was and decision.was != question.prompt:
            self.line("    was: ", decision.was, "yellow")
        for name, value in decision.edits.items():
            shown = SEPARATOR.join(value) if isinstance(value, tuple) else str(value)
            self.line(f"    your {name}: ", shown, "yellow")

    def line(self, label: str, text: str, style: str = "bold") -> None:
        """Print `label` (styled) then `text` (data: escapes removed, never markup)."""
        out = Text(label, style=style)
        out.append(printable(text))
        self.console.print(out, overflow="fold")

    def notice(self, text: str) -> None:
        """Show a short message."""
        self.console.print(Text(text, style="yellow"))

    # --- editing ------------------------------------------------------------------------------

    def edit(self, question: Question) -> dict[str, Any] | None:
        """Return the edited fields of `question` ($EDITOR on a terminal, else inline); None: cancelled."""
        editor = os.environ.get("VISUAL") or os.environ.get("EDITOR")
        if editor and self.interactive and self.stream is None:
            return edit_in_editor(question, editor, self.notice)
        return self._edit_inline(question)

    def _edit_inline(self, question: Question) -> dict[str, Any] | None:
        """Ask each field on one line: Enter keeps it; lists are separated by « | »."""
        self.notice(
            "Edit: Enter keeps a field; separate answers or choices with « | »; - empties a list."
        )
        edits: dict[str, Any] = {}
        for name, label in _inline_fields(question):
            current = getattr(question, name)
            shown = SEPARATOR.join(current) if isinstance(current, tuple) else current
            self.line(f"  {label} ", shown, "dim")
            line = self.read(f"  {label} › ")
            if line is None:
                return None
            if line.strip():
                edits[name] = _parsed(name, line)
        return edits


def _inline_fields(question: Question) -> list[tuple[str, str]]:
    fields = [("prompt", "prompt"), ("answer", "answer"), ("accept", "also accepted")]
    return fields + ([("choices", "choices")] if question.choices else [])


def _parsed(name: str, line: str) -> Any:
    """Return a typed field: a list for accept/choices (« - » empties it), else the text."""
    if name in ("accept", "choices"):
        return () if line.strip() == "-" else tuple(p.strip() for p in line.split("|") if p.strip())
    return line.strip()


def edit_in_editor(question: Question, editor: str, notice: Any) -> dict[str, Any] | None:
    """Open the question's fields as YAML in `editor`; return them as read back (None: cancelled)."""
    data: dict[str, Any] = {"prompt": question.prompt, "answer": question.answer}
    data["accept"] = list(question.accept)
    if question.choices:
        data["choices"] = list(question.choices)
    text = "# Edit, save and close; lists: one « - item » per line.\n"
    text += yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000)
    with tempfile.TemporaryDirectory(prefix="factdeck-review-") as folder:
        path = Path(folder) / f"{question.id}.yaml"
        path.write_text(text, encoding="utf-8")
        try:
            subprocess.run([*shlex.split(editor), str(path)], check=True)
            back = safe_load(path.read_text(encoding="utf-8"))
        except (OSError, subprocess.CalledProcessError, yaml.YAMLError, ValueError) as exc:
            notice(f"Edit cancelled: {str(exc).splitlines()[0]}")
            return None
    if not isinstance(back, dict) or set(back) - set(data):
        notice("Edit cancelled: keep the fields prompt, answer, accept and choices only.")
        return None
    return {
        k: tuple(str(x) for x in v) if isinstance(v, list) else str(v)
        for k, v in back.items()
        if v is not None
    }


def _highlighted(question: Question, plain: bool = False) -> Text:
    """Return « Source: the sentence » with the answer (or an accepted form) highlighted.

    Without colours (`plain`: not a terminal, or NO_COLOR) the answer is put in [brackets].
    """
    sentence = printable(" ".join(question.source.split()))
    span = next((s for t in (question.answer, *question.accept) if (s := _find(sentence, t))), None)
    out = Text("Source:  ", style="bold")
    if span is None:
        return out.append(f"« {sentence} »")
    start, end = span
    answer = f"[{sentence[start:end]}]" if plain else sentence[start:end]
    out.append(f"« {sentence[:start]}")
    out.append(answer, style="bold reverse")
    return out.append(f"{sentence[end:]} »")


def _find(sentence: str, target: str) -> tuple[int, int] | None:
    """Return where `target` occurs in `sentence` as whole words, ignoring case and apostrophes."""
    needle = target.strip()
    if len(needle) < 2:
        return None
    fold = {"\u2019": "'", "\u00a0": " ", "\u202f": " "}
    hay = "".join(fold.get(c, c) for c in sentence).casefold()
    wanted = "".join(fold.get(c, c) for c in needle).casefold()
    match = (
        re.search(rf"(?<!\w){re.escape(wanted)}(?!\w)", hay) if len(hay) == len(sentence) else None
    )
    return (match.start(), match.end()) if match else None
