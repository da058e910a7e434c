"""Copy files into a folder someone else may have prepared: never through a link, all or nothing."""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Sequence
from pathlib import Path

from generators.errors import OutputError
from generators.files.atomic import write_bytes_atomic


def copy_into(files: Sequence[Path], folder: Path) -> list[Path]:
    """Copy `files` into `folder` under their names; return the written paths.

    A link already at a destination is replaced, never followed (a shared folder may plant
    `quantity.yaml -> ~/.bashrc`). When one copy fails (a full disk), the files and the folder this
    call created are removed again, so no half-copied folder is left.
    """
    made_folder = not folder.exists()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(
            f"cannot create {folder}: {exc.strerror}; choose another folder"
        ) from None
    written: list[Path] = []
    created: list[Path] = []
    try:
        for source in files:
            target = folder / source.name
            existed = target.exists() or target.is_symlink()
            _unlink_link(target)
            write_bytes_atomic(target, source.read_bytes())
            written.append(target)
            if not existed:
                created.append(target)
    except (OSError, OutputError) as exc:
        _undo(created, folder if made_folder else None)
        reason = str(exc) if isinstance(exc, OutputError) else exc.strerror
        raise OutputError(f"cannot copy into {folder}: {reason}") from None
    return written


def _unlink_link(target: Path) -> None:
    """Remove a link at `target` (to a file or a folder) so that writing replaces it."""
    if target.is_symlink():
        target.unlink()
    elif target.is_dir():
        raise OutputError(f"{target} is a folder; move it away and try again")


def _undo(created: Sequence[Path], folder: Path | None) -> None:
    for path in created:
        with contextlib.suppress(OSError):
            path.unlink()
    if folder is not None:
        shutil.rmtree(folder, ignore_errors=True)
        with contextlib.suppress(OSError):
            os.rmdir(folder)
