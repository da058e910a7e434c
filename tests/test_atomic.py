"""Atomic writes: all or nothing, on errors, full disks and kill -9."""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import ROOT, SEED_RECIPE

from generators.errors import OutputError
from generators.files.atomic import atomic_output, write_bytes_atomic, write_text_atomic


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_writes_and_replaces(tmp_path: Path) -> None:
    path = tmp_path / "deck.apkg"
    write_bytes_atomic(path, b"one")
    write_text_atomic(path, "deux é")
    assert path.read_text(encoding="utf-8") == "deux é"
    assert _leftovers(tmp_path) == []


def test_error_while_writing_keeps_the_old_file(tmp_path: Path) -> None:
    path = tmp_path / "deck.apkg"
    path.write_bytes(b"old")
    with pytest.raises(ValueError), atomic_output(path) as handle:
        handle.write(b"half")
        raise ValueError("the writer failed")
    assert path.read_bytes() == b"old"
    assert _leftovers(tmp_path) == []


def test_missing_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match=r"folder .*nope does not exist; create it first"):
        write_bytes_atomic(tmp_path / "nope" / "deck.apkg", b"x")


def test_folder_as_output_is_refused(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="it is a folder; give a file name"):
        write_bytes_atomic(tmp_path, b"x")


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes in read-only folders")
def test_read_only_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(OutputError, match="Permission denied; choose another folder"):
            write_bytes_atomic(folder / "deck.apkg", b"x")
    finally:
        folder.chmod(0o700)


def test_new_file_gets_the_umask_mode_and_a_replaced_file_keeps_its_mode(tmp_path: Path) -> None:
    old = os.umask(0o027)
    try:
        write_bytes_atomic(tmp_path / "new.apkg", b"x")
        assert (tmp_path / "new.apkg").stat().st_mode & 0o777 == 0o640
        kept = tmp_path / "kept.apkg"
        kept.write_bytes(b"x")
        kept.chmod(0o604)
        write_bytes_atomic(kept, b"y")
        assert kept.stat().st_mode & 0o777 == 0o604
    finally:
        os.umask(old)


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 64 KiB tmpfs (needs CAP_SYS_ADMIN, as CI's root has); skipped elsewhere."""
    mount = tmp_path / "tiny"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mount)], capture_output=True
    )
    if done.returncode != 0:
        pytest.skip("cannot mount a tmpfs here")
    try:
        yield mount
    finally:
        subprocess.run(["umount", str(mount)], check=False)


def test_full_disk_keeps_the_old_file_and_says_so(tiny_disk: Path) -> None:
    path = tiny_disk / "deck.apkg"
    path.write_bytes(b"old deck")
    with pytest.raises(OutputError) as caught:
        write_bytes_atomic(path, os.urandom(256 * 1024))
    assert str(caught.value) == f"cannot write {path}: the disk is full; nothing was changed"
    assert path.read_bytes() == b"old deck"
    assert _leftovers(tiny_disk) == []


def test_full_disk_at_flush_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Some file systems (NFS, quotas) report ENOSPC only when data is flushed: inject it there.
    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    path = tmp_path / "deck.apkg"
    path.write_bytes(b"old")
    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(OutputError, match="the disk is full; nothing was changed"):
        write_bytes_atomic(path, b"new")
    assert path.read_bytes() == b"old"
    assert _leftovers(tmp_path) == []


def test_not_durable_write_skips_fsync(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    monkeypatch.setattr(os, "fsync", calls.append)
    write_text_atomic(tmp_path / "c.json", "{}", durable=False)
    assert calls == []
    write_text_atomic(tmp_path / "c.json", "{}")
    assert len(calls) == 2  # the file, then its folder


@pytest.mark.slow
def test_kill_9_during_a_build_leaves_the_previous_deck_intact(tmp_path: Path) -> None:
    env = {**os.environ, "FACTDECK_HOME": str(tmp_path / "home")}
    deck = tmp_path / "deck.apkg"
    cmd = [sys.executable, "-m", "generators", "build", str(SEED_RECIPE), "-o", str(deck)]
    subprocess.run(cmd, env=env, cwd=ROOT, check=True, capture_output=True)
    before = deck.read_bytes()
    # Die by SIGKILL at the worst moment: the new deck fully written to its temp file, not renamed
    # (--no-cache: an unchanged build would otherwise be skipped as up to date and write nothing).
    probe = (
        "import os, signal, sys\n"
        "os.fsync = lambda fd: os.kill(os.getpid(), signal.SIGKILL)\n"
        f"sys.argv = {['factdeck', *cmd[3:], '--no-cache']!r}\n"
        "from generators.cli import main\n"
        "main()\n"
    )
    killed = subprocess.run([sys.executable, "-c", probe], env=env, cwd=ROOT, capture_output=True)
    assert killed.returncode == -signal.SIGKILL
    assert deck.read_bytes() == before
    with zipfile.ZipFile(deck) as package:
        assert package.testzip() is None
