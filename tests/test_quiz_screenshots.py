"""The README's pictures of what a member sees exist, and the script that makes them draws screens."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest
from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
IMAGES = ROOT / "docs" / "images"


def script() -> ModuleType:
    path = ROOT / "scripts" / "screenshots_cards_quiz.py"
    spec = importlib.util.spec_from_file_location("screenshots_cards_quiz", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", ["card-phone-light", "card-phone-dark"])
def test_card_pictures_are_phone_wide(name: str) -> None:
    image = Image.open(IMAGES / f"{name}.png")
    assert image.width == 2 * script().PHONE[0] and image.height > image.width


@pytest.mark.parametrize("name", ["quiz-question", "quiz-feedback"])
def test_quiz_pictures_are_terminal_windows(name: str) -> None:
    image = Image.open(IMAGES / f"{name}.png")
    assert image.width > image.height > 200


def test_a_captured_screen_is_drawn_with_its_text_and_colours() -> None:
    screen = "\x1b[1m\x1b[36mQuestion 1/2 · ana\x1b[0m\nQuelle fonction ?\n\x1b[2m› \x1b[0m\n"
    svg = script().terminal_svg(screen, "factdeck quiz")
    assert svg.startswith("<svg") and "Quelle" in svg and "quiz" in svg
