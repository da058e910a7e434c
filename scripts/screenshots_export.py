"""Take the README's pictures of the quiz page: the seed deck's page at phone and desktop width.

Run it from the repository after a change to the page (generators/export/html/):
    .venv/bin/python scripts/screenshots_export.py
It builds the seed deck as HTML, opens it in headless Chromium (Debian's chromium and
chromedriver), goes to the first multiple-choice question and saves docs/images/export-html-*.png.
"""

from __future__ import annotations

import io
import sys
import tempfile
from pathlib import Path
from typing import Any

from PIL import Image
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "decks" / "otan-irak-2020-02.yaml"
IMAGES = ROOT / "docs" / "images"
SHOTS = (  # name, width, height, dark, answered
    ("export-html-phone", 360, 760, False, True),
    ("export-html-phone-dark", 360, 760, True, False),
    ("export-html-desktop", 1100, 720, False, True),
)


def build_page(folder: Path) -> Path:
    """Build the seed deck as a quiz page in `folder`; return its path."""
    from generators.build.compose import build_deck

    written, _ = build_deck(str(SEED), folder, into_folder=True, format_name="html")
    return written.path


def browser() -> Any:
    """Start headless Chromium."""
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars"):
        options.add_argument(arg)
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def shoot(driver: Any, page: Path, width: int, height: int, dark: bool, answered: bool) -> bytes:
    """Open the page afresh at the first multiple-choice question; answer it right if asked."""
    metrics = {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600}
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", metrics)
    scheme = [{"name": "prefers-color-scheme", "value": "dark" if dark else "light"}]
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": scheme})
    driver.get(page.as_uri())
    driver.execute_script("localStorage.clear();")
    driver.get(page.as_uri())
    questions = driver.execute_script(
        "return JSON.parse(document.getElementById('deck-data').textContent).questions;"
    )
    for question in questions:  # skip to the first multiple choice (skipped ones count wrong)
        if question["kind"] == "mcq":
            break
        driver.find_element(By.ID, "given").send_keys("?")
        driver.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
        driver.find_element(By.ID, "next").click()
    if answered:
        xpath = f"//button[contains(., {question['answer']!r})]"
        driver.find_element(By.XPATH, xpath).click()
    driver.execute_script("window.scrollTo(0, 0); document.activeElement.blur();")
    return bytes(driver.get_screenshot_as_png())


def small_png(data: bytes) -> bytes:
    """Return the screenshot with a reduced palette, a fraction of the size."""
    image = Image.open(io.BytesIO(data)).convert("RGB").quantize(colors=64)
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()


def main() -> int:
    """Write every picture; print each path and size."""
    IMAGES.mkdir(parents=True, exist_ok=True)
    driver = browser()
    try:
        with tempfile.TemporaryDirectory() as folder:
            page = build_page(Path(folder))
            for name, width, height, dark, answered in SHOTS:
                target = IMAGES / f"{name}.png"
                shot = shoot(driver, page, width, height, dark, answered)
                target.write_bytes(small_png(shot))
                print(f"{target.relative_to(ROOT)}  {target.stat().st_size // 1024} KB")
    finally:
        driver.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
