"""Locate bundled data (templates, deck recipes) and the user's factdeck folder."""

from __future__ import annotations

import os
from collections.abc import Sequence
from importlib import resources
from pathlib import Path

_REPO_ROOT = Path(__file__).resolve().parents[2]


def bundled_dir(name: str) -> Path:
    """Return the bundled folder `name` (`templates` or `decks`), from the wheel or the repository."""
    packaged = Path(str(resources.files("generators"))) / "_data" / name
    if packaged.is_dir():
        return packaged
    # Editable installs and source checkouts do not see hatchling's force-included files.
    return _REPO_ROOT / name


def user_home() -> Path:
    """Return the user folder: `$FACTDECK_HOME`, else the platform's user data folder."""
    env = os.environ.get("FACTDECK_HOME")
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("factdeck", appauthor=False))


def user_templates_dir() -> Path:
    """Return the folder whose templates override the bundled ones."""
    env = os.environ.get("FACTDECK_HOME")
    if env:
        return Path(env).expanduser() / "templates"
    import platformdirs

    return Path(platformdirs.user_config_dir("factdeck", appauthor=False)) / "templates"


def question_template_dirs(extra: Sequence[str | Path] = ()) -> list[Path]:
    """Return the question template folders in effect, first wins: --templates, user, bundled."""
    return [*map(Path, extra), user_templates_dir(), bundled_dir("templates") / "questions"]


def card_template_dirs(extra: Sequence[str | Path] = ()) -> list[Path]:
    """Return the card file folders in effect, first wins: each `DIR/anki`, user's, bundled."""
    folders = [*map(Path, extra), user_templates_dir(), bundled_dir("templates")]
    return [folder / "anki" for folder in folders]


def cache_dir() -> Path:
    """Return the folder of cached extraction results."""
    env = os.environ.get("FACTDECK_HOME")
    if env:
        return Path(env).expanduser() / "cache"
    import platformdirs

    return Path(platformdirs.user_cache_dir("factdeck", appauthor=False))


def progress_db_path() -> Path:
    """Return the default quiz progress database."""
    return user_home() / "progress.db"


def leads_outside(folder: Path, path: Path) -> bool:
    """Return whether `path`, links resolved, lies outside `folder` (a shared folder's planted link)."""
    return not path.resolve().is_relative_to(folder.resolve())
