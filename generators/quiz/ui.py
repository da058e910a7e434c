"""Rich rendering of the quiz, with the console and the input stream injected (tests drive it)."""

from __future__ import annotations

import re
import sys
import textwrap
from collections.abc import Sequence
from typing import Any, TextIO

from rich.console import Console
from rich.rule import Rule
from rich.text import Text

from generators import console
from generators.files.terminal import printable
from generators.quiz import scheduler
from generators.quiz.answers import expected_answer, option_number
from generators.quiz.dates import show_date
from generators.quiz.i18n import N_, _, language
from generators.quiz.session import Result, Turn, display_prompt
from generators.records import KINDS, TYPES, Question

WIDTH = 80
# Spaces French typography puts before ? ! : ; » and after «: wrapping must not break there.
_NO_BREAK = re.compile(r" [?!:;»]|« ")
ANSWER_KEYS = N_("Enter: answer · ?: multiple choice · !: give up · u: undo · q: quit · h: help")
CHOICE_KEYS = N_("type the option's number or its text")
NUMBER_OPTIONS = N_(
    'a bare number is an option\'s number; type "{text}" for the option reading {text}'
)
HAND_OVER = N_("{player}, your turn: press Enter ")
AFTER_KEYS = N_("Enter: next · r: I was right · 1-4: rate it · f: flag · u: undo · q: quit")
HELP = (
    (N_("typed answer"), N_("case, accents, articles and small typos in long names are forgiven")),
    (N_("numbers"), N_("digits or words: 500, cinq cents, environ 500")),
    (N_("dates"), N_("12 février 2020, 12/02/2020, 2020-02-12")),
    ("1 2 3 4", N_("pick an option; after a verdict: rate your recall (again, hard, good, easy)")),
    (
        N_("options"),
        N_('by number or text; a bare number is the option number: "2" picks the text 2'),
    ),
    ("?", N_("switch this question to multiple choice (rated Hard when right)")),
    ("!", N_("give up: see the answer")),
    ("r", N_("after a verdict: I was right (logged, counts as right)")),
    ("f", N_("after a verdict: flag a bad question (exported with `factdeck results --flags`)")),
    ("u", N_("undo the last answer (its card goes back to how it was)")),
    (
        "q / Ctrl-C",
        N_("stop; progress is saved after every answer, run the same command to resume"),
    ),
)
# The fact types and question kinds in English; in French, their `label` in records.
ENGLISH_LABELS = {
    "quantity": N_("quantity"),
    "person_role": N_("person and role"),
    "succession": N_("succession"),
    "leads": N_("leadership"),
    "event": N_("dated event"),
    "quote": N_("quote"),
    "acronym": N_("acronym"),
    "action": N_("main action"),
    "basic": N_("question"),
    "cloze": N_("fill in the blank"),
    "mcq": N_("multiple choice"),
    "numeric": N_("number"),
    "truefalse": N_("true or false"),
}


def _choice_keys(choices: Sequence[str]) -> str:
    """Return how to answer the options, saying how to type an option that reads as a number."""
    numbers = [c for c in choices if (option_number(c) or 0) in range(1, len(choices) + 1)]
    if not numbers:
        return _(CHOICE_KEYS)
    return f"{_(CHOICE_KEYS)}; {_(NUMBER_OPTIONS).format(text=numbers[0].strip())}"


def label(question: Question) -> str:
    """Return what the question is about, in words: « personne et fonction », never `person_role`."""
    return type_label(question.fact_type or question.kind)


def type_label(name: str) -> str:
    """Return a fact type's or question kind's name in words, in the language spoken."""
    record = TYPES.get(name) or KINDS.get(name)
    if language() == "fr" and record is not None:
        return record.label
    return _(ENGLISH_LABELS[name]) if name in ENGLISH_LABELS else _("question")


def make_console(*, stderr: bool, file: TextIO | None = None) -> Console:
    """Return a console of at most 80 columns: plain when not a terminal, no colour under NO_COLOR."""
    target = file if file is not None else (sys.stderr if stderr else sys.stdout)
    return console.make_console(target, WIDTH)


class QuizUI(console.ConsoleView):
    """Show questions and feedback on `console`; read answers from `stream` (or the terminal)."""

    # --- input --------------------------------------------------------------------------------

    def _read(self, prompt: str) -> str | None:
        return console.read_line(self.console, self.stream, prompt, echo=not self.interactive)

    def read_answer(self) -> str | None:
        """Read the answer line (None at the end of input)."""
        return self._read("› ")

    def read_after(self) -> str | None:
        """Read the key pressed after a verdict."""
        return self._read(_("[Enter] › "))

    def hand_over(self, player: str) -> str | None:
        """Clear the screen, so the next player never sees the last answer, and wait for them."""
        self.console.clear()
        if self.console.is_terminal:
            self.console.file.write("\x1b[3J")  # the scrollback too: scrolling up shows nothing
        return self._read(_(HAND_OVER).format(player=printable(player)))

    # --- output -------------------------------------------------------------------------------

    def question(
        self, turn: Turn, number: int, total: int, choices: Sequence[str], players: int
    ) -> None:
        """Show a question, and its options when it is multiple choice."""
        q = turn.question
        who = f" · {printable(turn.player)}" if players > 1 else ""
        title = _("Question {number}/{total}").format(number=number, total=total)
        title = f"{title}{who} · {label(q)}"
        self.console.print(Rule(Text(title, style="bold cyan"), style="cyan", align="left"))
        self._para("", printable(display_prompt(q)))
        for index, option in enumerate(choices, 1):
            shown = f" {printable(option)}"
            self.console.print(Text.assemble(("  ", ""), (f"{index}.", "bold"), (shown, "")))
        if self.interactive:
            keys = _choice_keys(choices) if choices else _(ANSWER_KEYS)
            self.console.print(Text(keys, style="dim"))

    def feedback(self, result: Result, question: Question, next_review: str) -> None:
        """Show the verdict, its reason, the expected answer and the article's sentence."""
        verdict = result.verdict
        mark, style = ("✓", "bold green") if verdict.correct else ("✗", "bold red")
        self._para(mark, f" {printable(verdict.reason)}", style)
        self._para(_("  Answer: "), printable(show_date(expected_answer(question))))
        if question.source:
            self._para(_("  Source: "), f"« {' '.join(printable(question.source).split())} »")
        rating = _(scheduler.RATING_NAMES.get(result.rating, ""))
        rated = _("  Rated {rating}; next review {when}.").format(
            rating=rating, when=_when(next_review)
        )
        self.console.print(Text(rated, style="dim"))
        if self.interactive:
            self.console.print(Text(_(AFTER_KEYS), style="dim"))

    def _para(self, label: str, text: str, label_style: str = "bold") -> None:
        """Print `label` + `text` wrapped to the console, never leaving « ? » or « » » alone on a line."""
        glued = _NO_BREAK.sub(lambda m: m.group(0).replace(" ", "\u00a0"), label + text)
        indent = " " * (len(label) - len(label.lstrip()) + 2) if label.strip() else ""
        lines = textwrap.wrap(
            glued,
            self.console.width - 1,
            subsequent_indent=indent,
            break_long_words=False,
            break_on_hyphens=False,
        )
        out = Text("\n".join(lines).replace("\u00a0", " "))
        out.stylize(label_style, 0, len(label))
        self.console.print(out, overflow="ignore", crop=False)

    def title(self, text: str) -> None:
        """Show the deck's title (text from a file: controls stripped) above the first question."""
        self.console.print(Text(" ".join(printable(text).split()), style="bold"))

    def notice(self, text: str) -> None:
        """Show a short message."""
        self.console.print(Text(text, style="yellow"))

    def help(self) -> None:
        """Show the keys."""
        from rich.table import Table

        table = Table(show_header=False, box=None, padding=(0, 1))
        for key, what in HELP:
            table.add_row(Text(_(key), style="bold"), _(what))
        self.console.print(table)

    def summary(self, rows: Sequence[dict[str, Any]], players: Sequence[str]) -> None:
        """Show each player's score for the session, side by side."""
        from rich.table import Table

        table = Table(title=_("Scores"), title_justify="left")
        table.add_column(_("player"))
        table.add_column(_("right"), justify="right")
        table.add_column(_("asked"), justify="right")
        table.add_column("%", justify="right")
        for player in players:
            mine = [r for r in rows if r["player"] == player]
            right = sum(1 for r in mine if r["correct"])
            pct = f"{100 * right // len(mine)}" if mine else "–"
            table.add_row(Text(printable(player)), str(right), str(len(mine)), pct)
        self.console.print(table)

    def debrief(self, items: Sequence[dict[str, Any]]) -> None:
        """Show the group debrief: per question % right, most common wrong answer, what to review."""
        from rich.table import Table

        table = Table(title=_("Group debrief"), title_justify="left", show_lines=False)
        table.add_column(_("question"), overflow="fold", ratio=3)
        table.add_column(_("right (%)"), justify="right")
        table.add_column(_("most common wrong answer"), overflow="fold", ratio=2)
        for item in items:
            # Text, not markup: prompts and answers come from files and players (« [/] » is text)
            row = (item["prompt"], str(item["percent"]), item["common_wrong"] or "–")
            table.add_row(*(Text(printable(cell)) for cell in row))
        self.console.print(table)
        review = [i for i in items if i["review"]]
        if review:
            self.console.print(Text(_("Facts to review together:"), style="bold"))
            for item in review:
                source = " ".join(printable(str(item["source"])).split())
                expected = printable(show_date(str(item["expected"])))
                self._para("  • ", f"{expected} — « {source} »" if source else expected)


def _when(due: str) -> str:
    try:
        moment = scheduler.parse_time(due)
    except ValueError:
        return due
    return _("on {date} UTC").format(date=moment.strftime("%Y-%m-%d %H:%M"))
