"""Write files atomically: a temp file in the same folder, fsync, then rename."""

from __future__ import annotations

import contextlib
import errno
import glob
import os
import re
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from generators.errors import OutputError


@contextlib.contextmanager
def atomic_output(path: Path, *, durable: bool = True) -> Iterator[BinaryIO]:
    """Yield a binary file that replaces `path` only once fully written and closed.

    `durable` also flushes the data and the rename to disk (skip it for caches, which check
    what they read anyway).
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError(f"cannot write {path}: folder {folder} does not exist; create it first")
    if path.is_dir():
        raise OutputError(f"cannot write {path}: it is a folder; give a file name")
    if path.exists() and not path.is_file():  # the rename would replace /dev/null itself
        raise OutputError(f"{path} is a device or a pipe, not a file; give a file name")
    _remove_stale_temps(path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise OutputError(
            f"cannot write in {folder}: {exc.strerror}; choose another folder"
        ) from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
            os.fchmod(handle.fileno(), _mode_for(path))
        os.replace(tmp, path)
        if durable:
            _sync_folder(folder)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        reason = "the disk is full" if exc.errno == errno.ENOSPC else exc.strerror
        raise OutputError(f"cannot write {path}: {reason}; nothing was changed") from exc
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _mode_for(path: Path) -> int:
    """Return the mode of the file being replaced, else what a plain `open` would give."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        umask = os.umask(0o022)  # mkstemp makes 0600 files: read the umask to do as open() does
        os.umask(umask)
        return 0o666 & ~umask


def _sync_folder(folder: Path) -> None:
    """Flush the rename to disk so a crash right after cannot bring the old file back."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems cannot sync a folder; the rename itself is still atomic
    finally:
        os.close(fd)


def write_bytes_atomic(path: Path, data: bytes, *, durable: bool = True) -> None:
    """Replace `path` with `data` atomically."""
    with atomic_output(path, durable=durable) as handle:
        handle.write(data)


def write_text_atomic(path: Path, text: str, *, durable: bool = True) -> None:
    """Replace `path` with UTF-8 `text` atomically."""
    write_bytes_atomic(path, text.encode("utf-8"), durable=durable)


def _remove_stale_temps(path: Path) -> None:
    """Delete the temp files an earlier write of `path` left when it was killed (kill -9).

    A temp file's name holds the id of the process writing it; one whose process is gone is stale.
    """
    prefix = f".{path.name}."
    for stale in path.parent.glob(f"{glob.escape(prefix)}*.tmp"):
        pid = stale.name[len(prefix) :].split(".", 1)[0]
        if pid.isdigit() and not _alive(int(pid)):
            with contextlib.suppress(OSError):
                stale.unlink()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # another user's process: alive
    return True


def check_replaceable(path: Path, ours: re.Pattern[bytes], what: str) -> None:
    """Refuse to write `path` over a device, a pipe, or a file that does not start as `ours` does.

    An output option must never replace the user's thesis or drain `/dev/zero`: only an absent or
    empty file, or one this command wrote before (`what`, recognised by its start), is replaced.
    """
    try:
        found = os.stat(path)
    except FileNotFoundError:
        return
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror}; choose another file") from None
    if stat.S_ISDIR(found.st_mode):
        raise OutputError(f"cannot write {path}: it is a folder; give a file name")
    if not stat.S_ISREG(found.st_mode):
        raise OutputError(f"{path} is a device or a pipe, not a file; give a file name")
    try:
        with open(path, "rb") as handle:
            head = handle.read(4096)
    except OSError as exc:
        raise OutputError(f"cannot read {path}: {exc.strerror}; choose another file") from None
    if head and not ours.match(head):
        raise OutputError(f"{path} exists and is not {what}; choose another file or remove it")
