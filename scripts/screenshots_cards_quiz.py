"""Take the README's pictures of what a member sees: an Anki card on a phone, and the terminal quiz.

Run it from the repository after a change to the cards (templates/anki/) or the quiz screens:
    .venv/bin/python scripts/screenshots_cards_quiz.py
Cards: the seed deck is built, imported into a real Anki collection (the `anki` test dependency),
and a multiple-choice card's sides, as Anki renders them, are shown in headless Chromium at phone
width, light and dark (Anki's night mode). Quiz: `factdeck quiz` runs in French in an 80×24 tmux
terminal, hot seat; the screen, captured with its colours, is drawn by rich as SVG and shot in
Chromium. Writes docs/images/card-*.png and docs/images/quiz-*.png, and the captured quiz screens
as text beside them in the temporary folder it prints.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from PIL import Image, ImageChops
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "decks" / "otan-irak-2020-02.yaml"
IMAGES = ROOT / "docs" / "images"
PHONE = (375, 740)
# What Anki's reviewer does with a side: the card's HTML in #qa, body classes « card » and, in
# night mode, « nightMode »; the scripts of the side run when it is shown.
SHELL = """<!doctype html>
<html><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body class="{classes}"><div id="qa">{html}</div></body></html>
"""


def card_sides(folder: Path) -> tuple[str, str]:
    """Build the seed deck, import it into Anki, return a multiple-choice card's front and back."""
    from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest

    from generators.build.compose import build_deck

    written, _ = build_deck(str(SEED), folder, into_folder=True)
    col = Collection(str(folder / "collection.anki2"))
    try:
        request = ImportAnkiPackageRequest(
            package_path=str(written.path), options=ImportAnkiPackageOptions()
        )
        col.import_anki_package(request)
        cards = [col.get_card(cid) for cid in col.find_cards("")]
        names = ("mcq", "choice", "choix")
        choice = [c for c in cards if any(n in c.note_type()["name"].lower() for n in names)]
        choice = choice or cards
        card = choice[0]
        return card.question(), card.answer()
    finally:
        col.close()


def browser() -> Any:
    """Start Debian's headless Chromium."""
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars"):
        options.add_argument(arg)
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def shoot_page(driver: Any, page: Path, width: int, height: int, *, dark: bool = False) -> bytes:
    """Open `page` at `width`×`height` (a phone when narrow) and return a screenshot."""
    mobile = width < 600
    metrics = {"width": width, "height": height, "deviceScaleFactor": 2, "mobile": mobile}
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", metrics)
    scheme = [{"name": "prefers-color-scheme", "value": "dark" if dark else "light"}]
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": scheme})
    driver.get(page.as_uri())
    time.sleep(0.3)  # let the card's scripts shuffle the options
    return bytes(driver.get_screenshot_as_png())


def card_pictures(driver: Any, folder: Path) -> dict[str, bytes]:
    """Return the multiple-choice card's front (light) and back (dark) at phone width."""
    front, back = card_sides(folder)
    shots = {}
    sides = (("light", "card", False, front), ("dark", "nightMode card", True, back))
    for name, classes, dark, html in sides:
        page = folder / f"card-{name}.html"
        page.write_text(SHELL.format(classes=classes, html=html), encoding="utf-8")
        shots[f"card-phone-{name}"] = shoot_page(driver, page, *PHONE, dark=dark)
    return shots


def tmux(*args: str) -> str:
    """Run a tmux command on this script's own server; return its output."""
    done = subprocess.run(
        ["tmux", "-L", "factdeck-screenshots", *args], capture_output=True, text=True, check=True
    )
    return done.stdout


def wait_for(text: str, timeout: float = 60.0) -> str:
    """Wait until the quiz pane shows `text`; return the pane with its colours."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        screen = tmux("capture-pane", "-p", "-e", "-t", "quiz")
        if text in screen:
            return screen
        time.sleep(0.2)
    raise SystemExit(f"the quiz never showed {text!r}:\n{screen}")


def quiz_screens(folder: Path) -> dict[str, str]:
    """Play a French hot seat in an 80×24 tmux terminal; return screens by name (ANSI text)."""
    factdeck = Path(sys.executable).parent / "factdeck"
    command = (
        f"LANG=C.UTF-8 FACTDECK_HOME={folder / 'home'} {factdeck} quiz {SEED} "
        f"--players ana,ben --limit 2 --seed 3 --now 2026-03-01T09:00 --db {folder / 'p.db'}"
        "; sleep 60"  # the pane stays for the last capture
    )
    tmux("new-session", "-d", "-s", "quiz", "-x", "80", "-y", "24", command)
    screens: dict[str, str] = {}
    try:
        wait_for("›")
        tmux("send-keys", "-t", "quiz", "?", "Enter")  # ana switches to multiple choice
        screens["question"] = wait_for("1.")
        tmux("send-keys", "-t", "quiz", "1", "Enter")
        screens["feedback"] = wait_for("[Entrée] ›")
        tmux("send-keys", "-t", "quiz", "Enter")
        screens["hand-over"] = wait_for("À ben")
        steps = (  # ben gives up; ana, then ben, give up the second question
            ("Enter", "›"), ("!", "[Entrée] ›"), ("Enter", "À ana"), ("Enter", "›"),
            ("!", "[Entrée] ›"), ("Enter", "À ben"), ("Enter", "›"), ("!", "[Entrée] ›"),
        )  # fmt: skip
        for keys, shown in steps:
            tmux("send-keys", "-t", "quiz", *([keys, "Enter"] if keys != "Enter" else [keys]))
            wait_for(shown)
        tmux("send-keys", "-t", "quiz", "Enter")
        screens["debrief"] = wait_for("Bilan du groupe")
    finally:
        subprocess.run(["tmux", "-L", "factdeck-screenshots", "kill-server"], check=False)
    return screens


def terminal_svg(screen: str, title: str) -> str:
    """Draw an ANSI screen capture as a terminal window (SVG) with rich."""
    from rich.console import Console
    from rich.text import Text

    console = Console(
        record=True, width=80, force_terminal=True, color_system="truecolor", file=io.StringIO()
    )
    console.print(Text.from_ansi(screen.rstrip("\n")), crop=False)
    return console.export_svg(title=title)


def trimmed(data: bytes) -> bytes:
    """Return the screenshot without the page's white margin around the terminal window."""
    image = Image.open(io.BytesIO(data)).convert("RGB")
    box = ImageChops.difference(image, Image.new("RGB", image.size, "white")).getbbox()
    out = io.BytesIO()
    (image.crop(box) if box else image).save(out, format="PNG")
    return out.getvalue()


def small_png(data: bytes) -> bytes:
    """Return the screenshot with a reduced palette, a fraction of the size."""
    image = Image.open(io.BytesIO(data)).convert("RGB").quantize(colors=64)
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()


def quiz_pictures(driver: Any, folder: Path) -> dict[str, bytes]:
    """Return the question and feedback screens of the French quiz, as PNG."""
    screens = quiz_screens(folder)
    for name, screen in screens.items():
        (folder / f"quiz-{name}.txt").write_text(screen, encoding="utf-8")
    shots = {}
    for name in ("question", "feedback"):
        page = folder / f"quiz-{name}.svg"
        page.write_text(terminal_svg(screens[name], "factdeck quiz"), encoding="utf-8")
        shots[f"quiz-{name}"] = trimmed(shoot_page(driver, page, 1000, 900))
    return shots


def main() -> int:
    """Write every picture; print each path and size."""
    if shutil.which("tmux") is None:
        raise SystemExit("tmux is needed for the quiz pictures: apt-get install tmux")
    IMAGES.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="factdeck-screenshots-"))
    os.environ["FACTDECK_HOME"] = str(folder / "home")
    driver = browser()
    try:
        shots = {**card_pictures(driver, folder), **quiz_pictures(driver, folder)}
    finally:
        driver.quit()
    for name, data in shots.items():
        target = IMAGES / f"{name}.png"
        target.write_bytes(small_png(data))
        print(f"{target.relative_to(ROOT)}  {target.stat().st_size // 1024} KB")
    print(f"screens as text: {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
