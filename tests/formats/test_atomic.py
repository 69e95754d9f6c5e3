"""Atomic writes: the file is the old one or the whole new one, and no temporary file stays."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from journeymap.formats import atomic
from journeymap.formats.atomic import atomic_write_bytes, atomic_write_text


def test_writes_a_new_file(tmp_path: Path) -> None:
    path = tmp_path / "reis.json"
    atomic_write_text(path, "Oriëntatie\n")
    assert path.read_bytes() == "Oriëntatie\n".encode()
    assert list(tmp_path.iterdir()) == [path]


def test_new_file_is_readable_by_others_as_usual(tmp_path: Path) -> None:
    path = tmp_path / "reis.json"
    atomic_write_bytes(path, b"{}")
    umask = os.umask(0o022)
    os.umask(umask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~umask


def test_replaces_an_existing_file_and_keeps_its_permissions(tmp_path: Path) -> None:
    path = tmp_path / "reis.json"
    path.write_text("oud")
    path.chmod(0o600)
    atomic_write_text(path, "nieuw")
    assert path.read_text() == "nieuw"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert list(tmp_path.iterdir()) == [path]


def test_text_is_written_without_newline_translation(tmp_path: Path) -> None:
    path = tmp_path / "tabel.csv"
    atomic_write_text(path, "a\r\nb\n")
    assert path.read_bytes() == b"a\r\nb\n"


@pytest.mark.parametrize("failing", ["fsync", "replace"])
def test_a_failure_leaves_the_old_file_and_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    path = tmp_path / "reis.json"
    path.write_text("oud en heel")

    def broken(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, failing, broken)
    with pytest.raises(OSError, match="No space left"):
        atomic_write_text(path, "nieuw maar half")
    monkeypatch.undo()
    assert path.read_text() == "oud en heel"
    assert list(tmp_path.iterdir()) == [path]


def test_an_interrupt_while_writing_leaves_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "reis.json"
    path.write_text("oud")

    def interrupted(*args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(atomic.os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        atomic_write_bytes(path, b"nieuw")
    monkeypatch.undo()
    assert path.read_text() == "oud"
    assert list(tmp_path.iterdir()) == [path]


def test_a_missing_folder_is_an_error_and_creates_nothing(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        atomic_write_text(tmp_path / "bestaat-niet" / "reis.json", "x")
    assert list(tmp_path.iterdir()) == []


def test_a_folder_as_target_is_named_and_left_alone(tmp_path: Path) -> None:
    folder = tmp_path / "reizen"
    folder.mkdir()
    with pytest.raises(IsADirectoryError) as raised:
        atomic_write_text(folder, "x")
    assert raised.value.filename == str(folder)
    assert [p.name for p in tmp_path.iterdir()] == ["reizen"]
    assert list(folder.iterdir()) == []
