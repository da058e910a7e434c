"""Question templates: validation with exact messages, the sandbox, and the override order."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from generators.cli import app
from generators.errors import TemplateError
from generators.files.resources import user_templates_dir
from generators.questions.templates import load_file, load_templates, render

GOOD = """\
fact: quantity
templates:
  - id: my-combien
    kind: basic
    prompt: "Combien de [[ unit ]] ?"
    answer: "[[ amount ]]"
"""


def write(folder: Path, text: str, name: str = "mine.yaml") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def error_of(path: Path) -> str:
    with pytest.raises(TemplateError) as info:
        load_file(path)
    return str(info.value)


def test_bundled_templates_are_valid_and_cover_every_fact_type() -> None:
    templates = load_templates()
    assert {t.fact for t in templates.values()} == {
        "quantity",
        "person_role",
        "succession",
        "leads",
        "event",
        "quote",
        "action",
        "acronym",
    }
    assert {t.kind for t in templates.values()} == {"basic", "cloze", "mcq", "numeric", "truefalse"}
    assert all(t.origin == "bundled" for t in templates.values())


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            GOOD.replace("    kind: basic\n", "    kind: basic\n    colour: red\n"),
            "{path}:3: template my-combien: colour: unknown field; known fields: id, fact, kind, prompt, answer, when, accept, tags, weight, reverse, choices_from, swap, extra, description",
        ),
        (
            GOOD.replace("[[ unit ]]", "[[ units ]]"),
            "{path}:3: template my-combien: prompt: unknown placeholder 'units'; see `factdeck templates show` for the names a template may use",
        ),
        (
            GOOD.replace("fact: quantity", "fact: weather"),
            "{path}:3: template my-combien: fact: unknown fact type 'weather'; choose one of quantity, person_role, succession, leads, event, quote, acronym, action",
        ),
        (
            GOOD.replace("kind: basic", "kind: essay"),
            "{path}:3: template my-combien: kind: unknown kind 'essay'; choose one of basic, cloze, mcq, numeric, truefalse",
        ),
        (
            GOOD.replace('    answer: "[[ amount ]]"\n', ""),
            "{path}:3: template my-combien: answer: missing; every template needs id, kind, prompt, answer",
        ),
        (
            GOOD.replace("kind: basic", "kind: mcq"),
            "{path}:3: template my-combien: choices_from: missing; an mcq template names where distractors come from (person, role, amount, number, date, year, entity, expansion)",
        ),
        (
            GOOD + "    weight: lots\n",
            "{path}:3: template my-combien: weight: must be a number",
        ),
        (
            GOOD.replace("[[ unit ]]", "[[ unit "),
            "{path}:3: template my-combien: prompt: unexpected char '?' at 20; check the [[ ]] and [% %] markers",
        ),
        (
            "templates:\n  - id: a\n   kind: basic\n",
            "{path}:3: expected <block end>, but found '<block mapping start>'; fix the YAML syntax",
        ),
        (
            "fact: quantity\nitems: []\ntemplates: []\n",
            "{path}:2: unknown key 'items'; a template file has fact, description, templates",
        ),
        ("- a\n- b\n", "{path}:1: a template file is a mapping with a `templates` list"),
    ],
)
def test_invalid_templates_give_file_line_id_and_field(
    tmp_path: Path, text: str, message: str
) -> None:
    path = write(tmp_path, text)
    assert error_of(path) == message.format(path=path)


def test_second_template_reports_its_own_line(tmp_path: Path) -> None:
    text = GOOD + '  - id: other\n    kind: basic\n    prompt: "[[ nope ]] ?"\n    answer: x\n'
    path = write(tmp_path, text)
    assert error_of(path).startswith(
        f"{path}:7: template other: prompt: unknown placeholder 'nope'"
    )


def test_duplicate_ids_in_one_folder_are_refused(tmp_path: Path) -> None:
    write(tmp_path, GOOD, "a.yaml")
    write(tmp_path, GOOD, "b.yaml")
    with pytest.raises(
        TemplateError, match=r"b\.yaml:3: template my-combien: id: already defined at .*a\.yaml:3"
    ):
        load_templates([tmp_path])


def test_cloze_braces_stay_literal_and_helpers_work() -> None:
    assert (
        render("{{c1::[[ n ]]}} [[ combien('emplois') ]]", {"n": 500})
        == "{{c1::500}} combien d'emplois"
    )
    assert render("[[ cloze('500') ]]", {}) == "{{c1::500}}"


@pytest.mark.parametrize(
    "source",
    [
        "[[ ''.__class__.__mro__ ]]",
        "[[ cycler.__init__.__globals__ ]]",
        "[% include '/etc/passwd' %]",
        "[[ lipsum.__globals__ ]]",
    ],
)
def test_sandbox_refuses_code_and_files(source: str) -> None:
    from jinja2.exceptions import SecurityError, TemplateNotFound, UndefinedError

    with pytest.raises((SecurityError, TemplateNotFound, UndefinedError, TypeError)):
        render(source, {})


def test_user_folder_overrides_bundled_and_adds(tmp_path: Path) -> None:
    user = user_templates_dir()
    write(user, GOOD.replace("my-combien", "quantity-combien").replace("Combien de", "Nombre de"))
    write(user, GOOD, "extra.yaml")
    templates = load_templates()
    assert templates["quantity-combien"].prompt == "Nombre de [[ unit ]] ?"
    assert templates["quantity-combien"].origin == "user"
    assert templates["my-combien"].origin == "user"
    assert templates["quantity-cloze"].origin == "bundled"


def test_templates_option_wins_over_user_folder_first_listed_first(tmp_path: Path) -> None:
    write(user_templates_dir(), GOOD.replace("Combien de", "user"))
    first = write(tmp_path / "first", GOOD.replace("Combien de", "first")).parent
    second = write(tmp_path / "second", GOOD.replace("Combien de", "second")).parent
    templates = load_templates([first, second])
    assert templates["my-combien"].prompt.startswith("first")
    assert templates["my-combien"].origin == f"--templates {first}"
    assert load_templates([second, first])["my-combien"].prompt.startswith("second")


def test_missing_templates_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(TemplateError, match="no such templates folder"):
        load_templates([tmp_path / "nope"])


def test_cli_list_show_validate_init(tmp_path: Path) -> None:
    runner = CliRunner()
    listed = runner.invoke(app, ["templates", "list"])
    # the table wraps long cells to 80 columns: look for a prefix of an id that fits its column
    assert listed.exit_code == 0 and "succession-pred" in listed.output
    assert "bundled" in listed.output
    shown = runner.invoke(app, ["templates", "show", "succession-predecesseur"])
    assert "a-t-" not in shown.output and "inv('a', successor)" in shown.output
    assert runner.invoke(app, ["templates", "validate"]).output.startswith("OK: ")
    target = tmp_path / "mine"
    assert runner.invoke(app, ["templates", "init", str(target)]).exit_code == 0
    assert (target / "quantity.yaml").is_file()
    assert runner.invoke(app, ["templates", "validate", str(target)]).exit_code == 0


@pytest.mark.slow
def test_cli_prints_one_error_line_for_a_bad_template(tmp_path: Path) -> None:
    bad = write(tmp_path / "bad", GOOD.replace("[[ unit ]]", "[[ units ]]"))
    env = {**os.environ, "FACTDECK_HOME": str(tmp_path / "home")}
    done = subprocess.run(
        [sys.executable, "-m", "generators", "templates", "validate", str(bad.parent)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert done.returncode == 1
    assert (
        done.stderr
        == f"Error: {bad}:3: template my-combien: prompt: unknown placeholder 'units'; see `factdeck templates show` for the names a template may use\n"
    )


@pytest.mark.slow
def test_templates_command_does_not_import_spacy(tmp_path: Path) -> None:
    code = "import sys; from generators.cli import app; from typer.testing import CliRunner; CliRunner().invoke(app, ['templates', 'list']); print('spacy' in sys.modules)"
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "FACTDECK_HOME": str(tmp_path)},
    )
    assert done.stdout.strip() == "False"


def test_render_time_errors_name_the_template(tmp_path: Path) -> None:
    from generators.questions import generate
    from generators.records import make_fact

    path = write(tmp_path, GOOD.replace("[[ unit ]]", "[[ unit_phrase.nope ]]"))
    template = load_file(path)[0]
    fact = make_fact(
        "x", "quantity", "Il y a 3 chats.", 0, 15, value=3, unit="chats", text="3 chats"
    )
    # the question is dropped, not the article: its reason names the file, line and field
    (rejection,) = generate([fact], [template], header={"slug": "x"}).rejected
    assert rejection.reason.startswith(f"template error: {path}:3: template my-combien: prompt: ")


def test_init_without_folder_fills_the_user_folder_and_refuses_to_overwrite() -> None:
    runner = CliRunner()
    assert runner.invoke(app, ["templates", "init"]).exit_code == 0
    assert (user_templates_dir() / "person_role.yaml").is_file()
    again = runner.invoke(app, ["templates", "init"])
    assert again.exit_code != 0 and "already exists" in str(again.exception)
    assert runner.invoke(app, ["templates", "init", "--force"]).exit_code == 0
    assert all(t.origin == "user" for t in load_templates().values())


def test_bundled_template_files_are_named_after_their_fact_type() -> None:
    from generators.files.resources import bundled_dir
    from generators.records import TYPES

    folder = bundled_dir("templates") / "questions"
    assert sorted(p.stem for p in folder.glob("*.yaml")) == sorted(TYPES)
    for path in folder.glob("*.yaml"):
        assert {t.fact for t in load_file(path)} == {path.stem}, path.name
