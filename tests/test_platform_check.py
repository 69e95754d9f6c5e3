"""A Linux desktop without Qt's X11 libraries gets the one command that fixes it, not Qt's abort."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from journeymap import platform_check
from journeymap.platform_check import XCB_LIBRARIES, check_xcb, missing_libraries, uses_xcb

ROOT = Path(__file__).resolve().parent.parent
X11 = {"DISPLAY": ":0"}


def _loader_without(*absent: str) -> platform_check.Loader:
    """Return a loader that finds every library except the ``absent`` ones (by file name)."""
    def load(name: str) -> object:
        if Path(name).name in absent:
            raise OSError(f"{name}: cannot open shared object file")
        return object()
    return load


@pytest.mark.parametrize(("environ", "platform", "expected"), [
    (X11, "linux", True),
    ({"DISPLAY": ":0", "XDG_SESSION_TYPE": "x11"}, "linux", True),
    ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, "linux", False),
    ({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
    ({"DISPLAY": ":0", "XDG_SESSION_TYPE": "wayland"}, "linux", False),
    ({}, "linux", False),
    (X11, "darwin", False),
    (X11, "win32", False),
])
def test_only_an_x11_session_on_linux_is_checked(environ: dict[str, str], platform: str,
                                                 expected: bool) -> None:
    assert uses_xcb(environ, platform) is expected


def test_missing_libraries_are_named_with_the_apt_command() -> None:
    message = check_xcb(X11, "linux", load=_loader_without("libxcb-cursor.so.0",
                                                           "libxcb-keysyms.so.1"))
    assert message is not None
    assert "libxcb-cursor.so.0, libxcb-keysyms.so.1" in message
    assert "    sudo apt install libxcb-cursor0 libxcb-keysyms1\n" in message


def test_nothing_is_said_when_every_library_loads() -> None:
    assert check_xcb(X11, "linux", load=_loader_without()) is None


def test_nothing_is_checked_outside_an_x11_session() -> None:
    def refuse(name: str) -> object:
        raise AssertionError(f"{name} should not have been looked for")
    assert check_xcb({"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":0"}, "linux", load=refuse) is None


def test_a_library_shipped_next_to_qt_counts_as_present(tmp_path: Path) -> None:
    (tmp_path / "libxcb-cursor.so.0").write_bytes(b"")
    loaded: list[str] = []

    def load(name: str) -> object:
        if "/" not in name:  # the system's search finds nothing
            raise OSError(name)
        loaded.append(name)
        return object()

    assert "libxcb-cursor.so.0" not in missing_libraries([tmp_path], load)
    assert loaded == [str(tmp_path / "libxcb-cursor.so.0")]
    assert len(missing_libraries([tmp_path], load)) == len(XCB_LIBRARIES) - 1


def _start_app(code: str) -> subprocess.CompletedProcess[str]:
    environ = {key: value for key, value in os.environ.items()
               if key not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "XDG_SESSION_TYPE")}
    environ.update(DISPLAY=":97", PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-c", code], env=environ, capture_output=True,
                          text=True, timeout=120, check=False)


def test_the_app_prints_the_hint_and_exits_1_before_qt_aborts() -> None:
    result = _start_app(
        "import sys\n"
        "from journeymap import platform_check\n"
        "def load(name):\n"
        "    if name.endswith('libxcb-cursor.so.0'): raise OSError(name)\n"
        "platform_check._load = load\n"
        "from journeymap.app import run_app\n"
        "sys.exit(run_app([]))\n")
    assert result.returncode == 1, result.stderr
    assert "sudo apt install libxcb-cursor0\n" in result.stderr
    assert "Could not load the Qt platform plugin" not in result.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux") or not missing_libraries(),
                    reason="this system has every library Qt's xcb plugin needs")
def test_on_this_system_the_real_missing_libraries_are_named() -> None:
    result = _start_app("import sys\nfrom journeymap.__main__ import main\nsys.exit(main([]))\n")
    assert result.returncode == 1, result.stderr
    expected = platform_check.install_command(missing_libraries())
    assert expected in result.stderr


def test_the_readme_command_installs_known_xcb_packages() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    command = next(line for line in readme.splitlines() if line.startswith("sudo apt install"))
    packages = command.split()[3:]
    assert packages[:2] == ["libxcb-cursor0", "libxcb-icccm4"]
    assert set(packages) <= set(XCB_LIBRARIES.values())
