"""Card HTML/JS as Anki renders it, shown in headless Chromium: widths, night mode, MCQ behaviour."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest
from conftest import anki_sample, start_chromium
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from generators.export.anki.writer import write_deck

DATA = Path(__file__).resolve().parent / "data"
PHONE = {"width": 375, "height": 740, "deviceScaleFactor": 2, "mobile": True}
DESKTOP = {"width": 1280, "height": 900, "deviceScaleFactor": 1, "mobile": False}
MCQ_CHOICES = ["Claire Dubois", "Inès Haddad", "Marc Lefèvre", "Paul Martin"]
MCQ_ANSWER = "Inès Haddad"
TYPE_BOX = (
    '<center><input type="text" id="typeans" style="font-family: Arial; font-size: 20px;"></center>'
)

# What Anki desktop's reviewer does with each side: put it into #qa and run its scripts again.
SHELL = """<!doctype html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body class="card"><div id="qa"></div>
<script>
window.fdErrors = [];
window.addEventListener("error", function (event) { window.fdErrors.push(String(event.message)); });
function showSide(html, night) {
  document.body.className = night ? "nightMode card" : "card";
  var qa = document.getElementById("qa");
  qa.innerHTML = html;
  var scripts = qa.querySelectorAll("script");
  for (var i = 0; i < scripts.length; i++) {
    var fresh = document.createElement("script");
    fresh.text = scripts[i].text;
    scripts[i].parentNode.replaceChild(fresh, scripts[i]);
  }
}
</script></body></html>
"""
FRESH_FRAME = """
var old = document.getElementById("side");
if (old) { old.remove(); }
window.fdFrameLoaded = false;
var frame = document.createElement("iframe");
frame.id = "side";
frame.style.width = "100%";
frame.style.height = "600px";
frame.onload = function () { window.fdFrameLoaded = true; };
frame.srcdoc = arguments[0];
document.body.appendChild(frame);
"""
STANDALONE = """<!doctype html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body class="{classes}">{html}</body></html>
"""


sample = anki_sample


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[str, str]]:
    """Return each card's front and back HTML as Anki renders them, keyed `note type/ord`."""
    folder = tmp_path_factory.mktemp("anki")
    article, questions = sample()
    deck = folder / "deck.apkg"
    write_deck(deck, questions, deck_name="Groupe::Usine", article=article, timestamp=1_614_600_000)
    col = Collection(str(folder / "collection.anki2"))
    try:
        col.import_anki_package(
            ImportAnkiPackageRequest(package_path=str(deck), options=ImportAnkiPackageOptions())
        )
        cards: dict[str, tuple[str, str]] = {}
        for cid in col.find_cards(""):
            card = col.get_card(cid)
            front, back = card.question(), card.answer()
            if (
                "[[type:Answer]]" in front
            ):  # the box and the comparison that Anki's reviewer puts there
                typed = col.compare_answer(card.note()["Answer"], "2,5 milion")
                front = front.replace("[[type:Answer]]", TYPE_BOX)
                back = back.replace("[[type:Answer]]", f'<div id="typeans">{typed}</div>')
            cards.setdefault(f"{card.note_type()['name']}/{card.ord}", (front, back))
        return cards
    finally:
        col.close()


@pytest.fixture(scope="module")
def driver(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """Start Debian's headless Chromium with its own driver (no Selenium Manager download)."""
    browser = start_chromium(tmp_path_factory.mktemp("chromium-profile"))
    yield browser
    browser.quit()


@pytest.fixture
def page(driver: Any, tmp_path: Path) -> Any:
    """Open the reviewer-like shell page at desktop width, with the console log emptied."""
    shell = tmp_path / "reviewer.html"
    shell.write_text(SHELL, encoding="utf-8")
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", DESKTOP)
    driver.get(shell.as_uri())
    driver.get_log("browser")
    return driver


def show(driver: Any, html: str, night: bool = False) -> None:
    driver.execute_script("showSide(arguments[0], arguments[1]);", html, night)


def js_errors(driver: Any) -> list[str]:
    """Return the page's uncaught errors and severe console messages since the last call."""
    severe = [entry["message"] for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]
    caught = driver.execute_script("var e = window.fdErrors || []; window.fdErrors = []; return e;")
    return [*caught, *severe]


def choices(driver: Any) -> list[str]:
    items = driver.find_elements(By.CSS_SELECTOR, "ol.fd-choices > li")
    assert all(item.is_displayed() for item in items)
    return [item.text.replace(" ✓", "").strip() for item in items]


def without_scripts(html: str) -> str:
    return re.sub(r"(?s)<script>.*?</script>", "", html)


def test_the_harness_catches_a_top_level_redeclaration(page: Any) -> None:
    show(page, "<script>const twice = 1;</script>")
    show(page, "<script>const twice = 2;</script>")
    assert any("already been declared" in error for error in js_errors(page))


@pytest.mark.parametrize("metrics", [PHONE, DESKTOP], ids=["phone", "desktop"])
@pytest.mark.parametrize("night", [False, True], ids=["light", "night"])
def test_every_card_renders_cleanly(
    page: Any, rendered: dict[str, tuple[str, str]], metrics: dict[str, Any], night: bool
) -> None:
    page.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", metrics)
    assert page.execute_script("return window.innerWidth") == metrics["width"]
    assert set(rendered) == {
        "factdeck Basic/0",
        "factdeck Basic/1",
        "factdeck Cloze/0",
        "factdeck Type-in/0",
        "factdeck MCQ/0",
    }
    for key, (front, back) in rendered.items():
        for side in (front, back):
            show(page, side, night)
            prompt = page.find_element(By.CSS_SELECTOR, ".fd-prompt")
            assert prompt.is_displayed() and prompt.text.strip(), key
            assert page.execute_script(
                "return document.documentElement.scrollWidth <= window.innerWidth"
            ), key
            size = float(
                page.execute_script(
                    "return getComputedStyle(arguments[0]).fontSize", prompt
                ).rstrip("px")
            )
            assert size >= 18, key
            background = page.execute_script(
                "return getComputedStyle(document.body).backgroundColor"
            )
            assert (_luminance(background) < 0.2) if night else (_luminance(background) > 0.8), (
                key,
                background,
            )
        assert js_errors(page) == [], key


def test_mcq_front_and_back_show_the_same_order_with_the_answer_marked(
    page: Any, rendered: dict[str, tuple[str, str]]
) -> None:
    front, back = rendered["factdeck MCQ/0"]
    orders = set()
    for _ in range(12):  # Anki desktop: the front, then the back, swapped into the same page
        show(page, front)
        shown = choices(page)
        assert sorted(shown) == sorted(MCQ_CHOICES)
        assert not page.find_elements(By.CSS_SELECTOR, ".fd-correct")
        show(page, back)
        assert choices(page) == shown
        marked = page.find_elements(By.CSS_SELECTOR, "ol.fd-choices > li.fd-correct")
        assert [m.text.replace(" ✓", "").strip() for m in marked] == [MCQ_ANSWER]
        orders.add(tuple(shown))
    assert len(orders) > 1  # shuffled: 12 identical orders of 4 choices would be a 1-in-24^11 event
    assert js_errors(page) == []


def test_mcq_order_survives_a_fresh_document_per_side(
    page: Any, rendered: dict[str, tuple[str, str]]
) -> None:
    # AnkiDroid loads each side as a new document: nothing survives in `window`, only
    # sessionStorage. Each side goes into a new same-origin iframe of the same tab.
    front, back = rendered["factdeck MCQ/0"]
    orders = set()
    for _ in range(6):
        shown = _in_fresh_document(page, front)
        assert sorted(shown) == sorted(MCQ_CHOICES)
        assert _in_fresh_document(page, back, marked=True) == shown
        orders.add(tuple(shown))
    assert len(orders) > 1
    assert js_errors(page) == []


def _in_fresh_document(driver: Any, html: str, marked: bool = False) -> list[str]:
    """Show `html` as a new document in a fresh iframe; return its choices in order."""
    document = STANDALONE.format(classes="card", html=html)
    driver.execute_script(FRESH_FRAME, document)
    WebDriverWait(driver, 30).until(
        lambda d: d.execute_script("return window.fdFrameLoaded === true")
    )
    driver.switch_to.frame(driver.find_element(By.ID, "side"))
    try:
        shown = choices(driver)
        if marked:
            correct = driver.find_elements(By.CSS_SELECTOR, "li.fd-correct")
            assert [c.text.replace(" ✓", "").strip() for c in correct] == [MCQ_ANSWER]
        return shown
    finally:
        driver.switch_to.default_content()


def test_without_javascript_the_choices_and_answer_still_show(
    page: Any, rendered: dict[str, tuple[str, str]]
) -> None:
    front, back = rendered["factdeck MCQ/0"]
    show(page, without_scripts(front))
    assert choices(page) == MCQ_CHOICES
    show(page, without_scripts(back))
    assert choices(page) == MCQ_CHOICES
    answer = page.find_element(By.CSS_SELECTOR, ".fd-answer")
    assert answer.is_displayed() and MCQ_ANSWER in answer.text


def test_card_scripts_survive_running_twice(
    page: Any, rendered: dict[str, tuple[str, str]]
) -> None:
    for _ in range(2):
        for front, back in rendered.values():
            show(page, front)
            show(page, back)
    assert js_errors(page) == []


def _luminance(css_color: str) -> float:
    red, green, blue = (int(v) / 255 for v in re.findall(r"\d+", css_color)[:3])
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def test_type_in_box_and_comparison_fit_a_phone(
    page: Any, rendered: dict[str, tuple[str, str]]
) -> None:
    page.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", PHONE)
    front, back = rendered["factdeck Type-in/0"]
    show(page, front)
    box = page.find_element(By.ID, "typeans")
    assert box.is_displayed() and box.rect["x"] + box.rect["width"] <= PHONE["width"]
    show(page, back)
    comparison = page.find_element(By.ID, "typeans")
    assert comparison.is_displayed() and "2,5 millions" in comparison.text
    assert page.execute_script("return document.documentElement.scrollWidth <= window.innerWidth")
    assert js_errors(page) == []
