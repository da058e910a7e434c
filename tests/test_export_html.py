"""The one-file quiz page in headless Chromium: a whole quiz by clicks and by typing, the answer
table through the page's checker, escaping, no request, phone width, dark mode, saved progress."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, start_chromium
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from test_export_answer_cases import load_cases

from generators.export import format_named
from generators.export.html import page
from generators.records import Deck, Question

PHONE = {"width": 360, "height": 740, "deviceScaleFactor": 1, "mobile": True}
DESKTOP = {"width": 1280, "height": 900, "deviceScaleFactor": 1, "mobile": False}
HOSTILE = '<script>window.pwned = 1</script><img src=x onerror="window.pwned = 2"> & </script>'


def q(id: str, kind: str, prompt: str, answer: str, **fields: Any) -> Question:
    """Return an invented question."""
    return Question(
        id=id, fact_id=f"f-{id}", template="t", kind=kind, prompt=prompt, answer=answer, **fields
    )


QUESTIONS = (
    q(
        "q1",
        "mcq",
        "Qui dirige l'agence régionale ?",
        "Lucie Ferrand",
        choices=("Paul Rivard", "Lucie Ferrand", "Marc Aubin", "Ana Costa"),
        fact_type="leads",
        source="L'agence régionale, que dirige Lucie Ferrand, a ouvert ses portes.",
    ),
    q(
        "q2",
        "truefalse",
        "Vrai ou faux : la ville compte quinze écoles.",
        "Vrai",
        fact_type="quantity",
        source="La ville compte quinze écoles.",
    ),
    q(
        "q3",
        "basic",
        "Quelle fonction Lucie Ferrand occupe-t-elle ?",
        "directrice de l'agence régionale",
        fact_type="person_role",
        source="Lucie Ferrand, directrice de l'agence régionale, a parlé.",
    ),
    q(
        "q4",
        "numeric",
        "À 10 % près, combien d'élèves la ville compte-t-elle ?",
        "environ 340",
        accept=("340",),
        range=(306.0, 374.0),
        fact_type="quantity",
        source="Environ 340 élèves.",
    ),
    q(
        "q5",
        "cloze",
        "La ville compte {{c1::quinze}} écoles.",
        "quinze",
        accept=("15",),
        fact_type="quantity",
        source="La ville compte quinze écoles.",
    ),
    q(
        "q6",
        "basic",
        "Qui a succédé à Paul Rivard ?",
        "Łucja Wójcik",
        fact_type="succession",
        source="Łucja Wójcik a succédé à Paul Rivard.",
    ),
)
TYPED = {
    "q3": "Directrice de l’Agence regionale",
    "q4": "trois cent cinquante",
    "q5": "15",
    "q6": "lucja wojcik",
}


def deck(
    questions: tuple[Question, ...] = QUESTIONS, title: str = "Une ville et ses écoles"
) -> Deck:
    """Return a deck of invented questions."""
    return Deck(
        name="Groupe::Écoles",
        questions=questions,
        timestamp=0,
        article={"title": title, "date": "2021-03", "slug": "ecoles"},
    )


@pytest.fixture(scope="module")
def driver(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """Start Debian's headless Chromium with its own driver."""
    browser = start_chromium(tmp_path_factory.mktemp("chromium-profile"))
    yield browser
    browser.quit()


def open_page(
    driver: Any, path: Path, metrics: dict[str, Any] = DESKTOP, dark: bool = False
) -> None:
    """Open a written page afresh (no saved progress) at a width and colour scheme."""
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", metrics)
    scheme = [{"name": "prefers-color-scheme", "value": "dark" if dark else "light"}]
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": scheme})
    driver.get(path.as_uri())
    driver.execute_script("localStorage.clear();")
    driver.get(path.as_uri())


def console_errors(driver: Any) -> list[str]:
    """Return the severe console messages since the last call (uncaught errors, CSP refusals)."""
    return [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]


@pytest.fixture
def quiz_page(tmp_path: Path) -> Path:
    path = tmp_path / "ecoles.html"
    written = format_named("html").write(path, deck())
    assert "6 questions" in written.summary
    return path


def prompt(driver: Any) -> str:
    return str(driver.find_element(By.ID, "prompt").text)


def next_question(driver: Any) -> None:
    feedback = driver.find_element(By.CSS_SELECTOR, ".feedback")
    assert driver.find_element(By.CSS_SELECTOR, ".source").text.startswith("Dans l’article")
    assert feedback.is_displayed()
    driver.switch_to.active_element.send_keys(Keys.ENTER)  # focus is on « Question suivante »


def test_a_whole_quiz_by_clicks_scores_every_answer(driver: Any, quiz_page: Path) -> None:
    open_page(driver, quiz_page)
    driver.get_log("browser")
    driver.find_element(By.XPATH, "//button[contains(., 'Lucie Ferrand')]").click()
    assert "✓" in driver.find_element(By.CSS_SELECTOR, ".verdict").text
    next_question(driver)
    driver.find_element(By.XPATH, "//button[contains(., 'Faux')]").click()  # wrong on purpose
    assert "✗" in driver.find_element(By.CSS_SELECTOR, ".verdict").text
    next_question(driver)
    for _ in range(3):  # q3, q4 typed wrong by clicks only: type nonsense, then submit
        driver.find_element(By.ID, "given").send_keys("zzzz")
        driver.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
        next_question(driver)
    driver.find_element(By.ID, "given").send_keys("Wojcik")
    driver.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
    next_question(driver)
    assert driver.find_element(By.ID, "score").text == "Score : 2 / 6"
    assert console_errors(driver) == []


def test_a_whole_quiz_by_typing_with_the_keyboard_only(driver: Any, quiz_page: Path) -> None:
    open_page(driver, quiz_page)
    driver.get_log("browser")
    active = driver.switch_to.active_element
    for index, question in enumerate(QUESTIONS):
        assert prompt(driver).startswith(question.prompt.split("{{")[0][:20])
        active = driver.switch_to.active_element
        if question.kind == "mcq":
            keys = [b.text for b in driver.find_elements(By.CSS_SELECTOR, "button.option")]
            number = next(i for i, text in enumerate(keys, 1) if question.answer in text)
            active.send_keys(str(number))
        elif question.kind == "truefalse":
            active.send_keys("1")  # options are Vrai, Faux
        else:
            assert active.get_attribute("id") == "given"
            active.send_keys(TYPED[question.id], Keys.ENTER)
        assert "✓" in driver.find_element(By.CSS_SELECTOR, ".verdict").text, index
        next_question(driver)
    assert driver.find_element(By.ID, "score").text == "Score : 6 / 6"
    assert console_errors(driver) == []


def test_the_cloze_reveal_lets_the_player_grade_themselves(driver: Any, quiz_page: Path) -> None:
    open_page(driver, quiz_page)
    for _ in range(4):
        driver.execute_script(
            "document.querySelector('#card button.option, #card form button[type=submit]')"
            ".form ? (document.getElementById('given').value='x', document.querySelector('form button[type=submit]').click())"
            " : document.querySelector('#card button.option').click();"
        )
        driver.find_element(By.ID, "next").click()
    assert "[…]" in prompt(driver) and "quinze" not in prompt(driver)
    driver.find_element(By.ID, "reveal").click()
    assert driver.find_element(By.CSS_SELECTOR, ".reveal").text == "Réponse : quinze"
    driver.find_element(By.XPATH, "//button[.='Je le savais']").click()
    assert "su" in driver.find_element(By.CSS_SELECTOR, ".verdict").text


def test_progress_survives_a_reload(driver: Any, quiz_page: Path) -> None:
    open_page(driver, quiz_page)
    driver.find_element(By.XPATH, "//button[contains(., 'Lucie Ferrand')]").click()
    driver.refresh()
    assert prompt(driver) == QUESTIONS[1].prompt
    assert "score 1" in driver.find_element(By.ID, "status").text


def test_the_page_checks_the_answer_table_as_the_terminal_quiz_does(
    driver: Any, quiz_page: Path
) -> None:
    open_page(driver, quiz_page)
    cases = load_cases()
    questions = [
        {
            "id": "case",
            "prompt": "",
            "accept": [],
            "choices": [],
            "range": None,
            "kind": "basic",
            "fact_type": "",
            **c["q"],
        }
        for c in cases
    ]
    verdicts = driver.execute_script(
        "return arguments[0].map((q, i) => Answers.check(arguments[1][i].given, q,"
        " arguments[1][i].choose ? q.choices : []));",
        questions,
        cases,
    )
    wrong = [
        f"{c['q']['answer']} | {c['given']} -> {v}"
        for c, v in zip(cases, verdicts, strict=True)
        if v["correct"] is not c["right"]
    ]
    assert wrong == []
    assert console_errors(driver) == []


def test_article_text_is_shown_as_text_never_run(driver: Any, tmp_path: Path) -> None:
    hostile = tuple(
        Question(
            **{
                **question.__dict__,
                "prompt": question.prompt + HOSTILE,
                "source": HOSTILE,
                "choices": tuple(
                    c + HOSTILE if c != question.answer else c for c in question.choices
                ),
            }
        )
        for question in QUESTIONS[:2]
    )
    path = tmp_path / "hostile.html"
    path.write_text(page(deck(hostile, title="Titre " + HOSTILE), list(hostile)), encoding="utf-8")
    text = path.read_text(encoding="utf-8")
    assert text.count("<script") == 2 and "</script><img" not in text
    open_page(driver, path)
    driver.find_element(By.XPATH, "//button[contains(., 'Lucie Ferrand')]").click()
    assert driver.execute_script("return window.pwned === undefined")
    assert "<script>window.pwned = 1</script>" in driver.find_element(By.ID, "prompt").text
    assert HOSTILE.strip() in driver.find_element(By.CSS_SELECTOR, ".source").text
    assert "<img" in driver.find_element(By.ID, "title").text
    assert driver.find_elements(By.CSS_SELECTOR, "#app img") == []


def test_the_page_makes_no_request_and_declares_a_strict_policy(
    driver: Any, quiz_page: Path
) -> None:
    text = quiz_page.read_text(encoding="utf-8")
    assert not re.search(r"(?i)(https?:)?//[a-z0-9.-]+\.[a-z]{2,}", text.split("<script>")[0])
    assert "default-src 'none'" in text
    open_page(driver, quiz_page)
    resources = driver.execute_script(
        "return performance.getEntriesByType('resource').map(e => e.name)"
    )
    assert resources == []
    assert console_errors(driver) == []


def test_a_phone_shows_the_page_without_sideways_scrolling(driver: Any, quiz_page: Path) -> None:
    open_page(driver, quiz_page, PHONE)
    width = driver.execute_script("return document.documentElement.scrollWidth")
    assert width <= 360
    for button in driver.find_elements(By.CSS_SELECTOR, "button.option"):
        assert button.size["height"] >= 44  # a thumb-sized target
        assert button.rect["x"] + button.rect["width"] <= 360


def _luminance(color: str) -> float:
    r, g, b = (int(v) / 255 for v in re.findall(r"\d+", color)[:3])
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in (r, g, b)]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_text_contrast_follows_the_system_scheme(driver: Any, quiz_page: Path, dark: bool) -> None:
    open_page(driver, quiz_page, dark=dark)
    colors = driver.execute_script(
        "const s = getComputedStyle(document.body), c = getComputedStyle(document.querySelector('.status'));"
        "return [s.color, s.backgroundColor, c.color];"
    )
    fg, bg, muted = (_luminance(c) for c in colors)
    assert (bg < 0.1) is dark
    for text in (fg, muted):
        ratio = (max(text, bg) + 0.05) / (min(text, bg) + 0.05)
        assert ratio >= 4.5


def test_the_data_is_json_that_cannot_close_its_script(tmp_path: Path) -> None:
    path = tmp_path / "p.html"
    format_named("html").write(path, deck())
    data = re.search(
        r'<script type="application/json" id="deck-data">(.*?)</script>',
        path.read_text(encoding="utf-8"),
        re.S,
    )
    assert data is not None and "<" not in data.group(1)
    parsed = json.loads(data.group(1))
    assert [q["id"] for q in parsed["questions"]] == [q.id for q in QUESTIONS]
    assert parsed["lexicon"]["translit"]["ł"] == "l"


def variants(question: Question) -> list[str]:
    """Return answers a player might give: exact, folded, last word, a number off by one."""
    from generators.quiz.answers import fold, parse_numbers

    found = [question.answer, *question.accept, fold(question.answer)]
    found.append(question.answer.split()[-1] if question.answer.split() else "")
    found += [str(int(n) + 1) for n in parse_numbers(question.answer)[:1]]
    return [g for g in found if g]


def test_the_page_and_the_terminal_quiz_agree_on_the_seed_deck(
    driver: Any, tmp_path: Path, nlp: Any
) -> None:
    from dataclasses import replace

    from generators.build.compose import explain, load
    from generators.quiz.answers import check

    seed = load(str(ROOT / "decks" / "otan-irak-2020-02.yaml"))
    # Every question the templates make (no budget): the more answer shapes, the better the check.
    questions = explain(seed, (), replace(seed.selection(), per_fact=0)).kept
    givens = [
        "?",
        "zzzz",
        "vrai",
        "faux",
        "1",
        "3",
        "deux",
        *(v for q in questions for v in variants(q)),
    ]
    path = tmp_path / "seed.html"
    format_named("html").write(path, deck(tuple(questions)))
    open_page(driver, path)
    data = [{**question.to_dict(), "range": question.range} for question in questions]
    verdicts = driver.execute_script(
        "return arguments[0].map(q => arguments[1].map(g =>"
        " Answers.check(g, q, q.kind === 'mcq' ? q.choices : []).correct));",
        data,
        givens,
    )
    differ = [
        f"{q.kind} {q.answer!r} | {g!r}: page {page_says}"
        for q, row in zip(questions, verdicts, strict=True)
        for g, page_says in zip(givens, row, strict=True)
        if page_says is not check(g, q, q.choices if q.kind == "mcq" else ()).correct
    ]
    assert len(questions) * len(givens) > 1000
    assert differ == []
