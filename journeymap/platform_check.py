"""Before the desktop app starts on Linux: are the system libraries Qt's xcb platform needs there?

Qt 6 on X11 loads its ``xcb`` platform plugin, which links a dozen small X libraries that a fresh
desktop install does not always have (``libxcb-cursor0`` above all). Without them Qt aborts with
"Could not load the Qt platform plugin xcb" and a list of plugins, which tells a user nothing about
the fix. This module finds the missing libraries first, so the app can print the one ``apt``
command that fixes it and exit. It imports no Qt: the caller passes the folders Qt loads its own
libraries from, and tests pass their own loader.
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

#: The libraries Qt 6's xcb platform plugin links (beyond glibc, OpenGL, GLib and Qt itself),
#: with the Debian/Ubuntu package that ships each. Order: the ones most often missing first.
XCB_LIBRARIES: Mapping[str, str] = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-render.so.0": "libxcb-render0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxcb.so.1": "libxcb1",
}

#: ``load(name_or_path)`` loads a shared library and raises ``OSError`` when it cannot.
Loader = Callable[[str], object]


def _load(name: str) -> object:
    return ctypes.CDLL(name)


def uses_xcb(environ: Mapping[str, str], platform: str) -> bool:
    """Return whether Qt will pick its xcb platform plugin in this environment.

    Only on Linux, when the user has not chosen a platform (``QT_QPA_PLATFORM``) and an X display
    is there; in a Wayland session Qt uses its Wayland plugin, so xcb's libraries do not matter.
    """
    if not platform.startswith("linux") or environ.get("QT_QPA_PLATFORM"):
        return False
    if not environ.get("DISPLAY"):
        return False
    wayland = bool(environ.get("WAYLAND_DISPLAY")) or environ.get("XDG_SESSION_TYPE") == "wayland"
    return not wayland


def missing_libraries(folders: Iterable[Path] = (), load: Loader | None = None) -> list[str]:
    """Return the xcb libraries that cannot be loaded, by the system's search or from ``folders``.

    ``folders`` are where Qt finds libraries of its own (a bundle may ship some of these).
    """
    load = load or _load
    places = list(folders)
    missing = []
    for name in XCB_LIBRARIES:
        if not any(_loads(load, candidate) for candidate in
                   (name, *(str(folder / name) for folder in places if (folder / name).exists()))):
            missing.append(name)
    return missing


def _loads(load: Loader, name: str) -> bool:
    try:
        load(name)
    except OSError:
        return False
    return True


def install_command(missing: Iterable[str]) -> str:
    """Return the ``apt`` command that installs the packages of the ``missing`` libraries."""
    packages = dict.fromkeys(XCB_LIBRARIES[name] for name in missing)
    return "sudo apt install " + " ".join(packages)


def hint(missing: list[str]) -> str:
    """Return the message shown instead of Qt's when xcb libraries are missing."""
    return (
        "JourneyMap cannot open its window: this system lacks libraries that Qt needs for X11 "
        f"({', '.join(missing)}).\n"
        "On Debian or Ubuntu, install them with:\n\n"
        f"    {install_command(missing)}\n\n"
        "and start JourneyMap again. (Other distributions: install the xcb-util-cursor, "
        "xcb-util-wm, xcb-util-keysyms and libxkbcommon-x11 packages.)"
    )


def check_xcb(environ: Mapping[str, str], platform: str, folders: Iterable[Path] = (),
              load: Loader | None = None) -> str | None:
    """Return the hint to print when Qt would fail to load its xcb plugin here, else ``None``."""
    if not uses_xcb(environ, platform):
        return None
    missing = missing_libraries(folders, load)
    return hint(missing) if missing else None
