"""Write a file so that it is either the old file or the complete new one, never half of each.

The data goes to a temporary file in the same folder (same file system, so the rename is atomic),
is flushed and fsynced, and then replaces the target with ``os.replace``. If anything fails the
temporary file is removed and the old file is left as it was.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from pathlib import Path


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    """Replace the file at ``path`` with ``data`` atomically.

    An existing file keeps its permission bits; a new file gets the usual ``0o666 & ~umask``.

    Raises:
        OSError: the folder is missing or not writable, the disk is full, ...
    """
    target = Path(path)
    if not target.parent.is_dir():
        # Name the missing folder, not the temporary file we would have created in it.
        raise FileNotFoundError(errno.ENOENT, "the folder does not exist", str(target.parent))
    if target.is_dir():
        # os.replace would fail naming the temporary file; name the folder given instead.
        raise IsADirectoryError(errno.EISDIR, "is a folder, not a file", str(target))
    handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 - closed below, before the rename
        mode="wb", dir=target.parent, prefix=f".{target.name}.", suffix=".tmp", delete=False
    )
    temporary = Path(handle.name)
    try:
        with handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, _mode_for(target))
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    _sync_folder(target.parent)


def atomic_write_text(path: str | os.PathLike[str], text: str, encoding: str = "utf-8") -> None:
    """Replace the file at ``path`` with ``text`` (no newline translation) atomically."""
    atomic_write_bytes(path, text.encode(encoding))


def _mode_for(target: Path) -> int:
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        return 0o666 & ~_umask()


def _umask() -> int:
    # The only portable way to read the umask is to set it and put it back.
    current = os.umask(0o022)
    os.umask(current)
    return current


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable where the platform allows it (POSIX); best effort."""
    if os.name != "posix":
        return
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)
