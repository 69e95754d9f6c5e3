"""Build the desktop bundle: the one entry point for ``make package`` and CI.

Steps: compile the translations (when ``journeymap/tools/update_translations.py`` and Qt's
``lrelease`` are there), render the icons from ``resources/app/icon.svg``, run PyInstaller on
``packaging/journeymap.spec`` (a one-folder bundle in ``dist/journeymap/``), check that the
bundle answers ``--version``, add the Linux desktop files, and archive the folder as
``dist/journeymap-<version>-<os>-<arch>.tar.gz`` (``.zip`` on Windows).

Run ``python packaging/build.py`` with the project's virtualenv; ``--help`` lists the options.
"""

from __future__ import annotations

import argparse
import importlib.util
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "journeymap.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
BUNDLE = DIST / "journeymap"
APP_ID = "io.github.journeymap.JourneyMap"


def _step(text: str) -> None:
    print(f"== {text}", flush=True)


def version() -> str:
    """Return the version from ``journeymap/__init__.py`` without importing the package."""
    for line in (ROOT / "journeymap" / "__init__.py").read_text(encoding="utf-8").splitlines():
        if line.startswith("__version__"):
            return line.split("=", 1)[1].strip().strip("\"'")
    raise SystemExit("no __version__ in journeymap/__init__.py")


def compile_translations() -> None:
    """Run the app's translation tool when it and Qt's linguist tools are available."""
    tool = ROOT / "journeymap" / "tools" / "update_translations.py"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    if not tool.is_file() or not (lrelease.exists() or shutil.which("pyside6-lrelease")):
        print("   skipped: no journeymap/tools/update_translations.py or pyside6-lrelease; "
              "the .qm files already in resources/translations are bundled as they are")
        return
    subprocess.run([sys.executable, "-m", "journeymap.tools.update_translations"], cwd=ROOT,
                   check=True)


def render_icons() -> None:
    """Write resources/app/icon.png and build/icons/icon.{ico,icns} from the SVG."""
    subprocess.run([sys.executable, str(PACKAGING / "render_icon.py")], cwd=ROOT, check=True)


def run_pyinstaller() -> None:
    """Build ``dist/journeymap/`` from the spec (a clean build every time)."""
    if importlib.util.find_spec("PyInstaller") is None:
        raise SystemExit("PyInstaller is not installed: .venv/bin/pip install pyinstaller")
    shutil.rmtree(BUNDLE, ignore_errors=True)
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
                    "--log-level", "WARN", "--distpath", str(DIST), "--workpath", str(WORK),
                    str(SPEC)], cwd=ROOT, check=True)


def strip_interpreter() -> int:
    """Strip debug symbols from Python's own libraries in the bundle (Linux); return bytes saved.

    A Python built from source (pyenv) ships ``libpython`` with debug info: 23 MB instead of 6.
    Only the interpreter's files are stripped; the wheels' libraries (numpy's OpenBLAS, Qt) are
    patched by auditwheel and break when stripped.
    """
    strip = shutil.which("strip")
    if strip is None or not sys.platform.startswith("linux"):
        return 0
    internal = BUNDLE / "_internal"
    files = [*internal.glob("libpython3*.so*"), *internal.glob("python3*/lib-dynload/*.so")]
    files = [path for path in files if path.is_file() and not path.is_symlink()]
    before = sum(path.stat().st_size for path in files)
    if files:
        subprocess.run([strip, "--strip-debug", *map(str, files)], check=True)
    return before - sum(path.stat().st_size for path in files)


def executable() -> Path:
    """Return the bundle's console executable."""
    name = "journeymap.exe" if sys.platform == "win32" else "journeymap"
    return BUNDLE / name


def check_bundle() -> str:
    """Run ``journeymap --version`` from the bundle and return its answer."""
    done = subprocess.run([str(executable()), "--version"], capture_output=True, text=True,
                          timeout=120, check=True)
    return done.stdout.strip()


def add_linux_files() -> None:
    """Put the desktop entry, AppStream metadata and icon under ``share/`` in the bundle."""
    share, linux = BUNDLE / "share", PACKAGING / "linux"
    icons = share / "icons" / "hicolor"
    targets = {
        linux / "journeymap.desktop": share / "applications" / "journeymap.desktop",
        linux / f"{APP_ID}.metainfo.xml": share / "metainfo" / f"{APP_ID}.metainfo.xml",
        ROOT / "resources" / "app" / "icon.png": icons / "256x256" / "apps" / "journeymap.png",
        ROOT / "resources" / "app" / "icon.svg": icons / "scalable" / "apps" / "journeymap.svg",
    }
    for source, target in targets.items():
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target)


def archive(ver: str) -> Path:
    """Archive ``dist/journeymap/`` next to it and return the archive's path."""
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, "linux")
    base = DIST / f"journeymap-{ver}-{system}-{platform.machine().lower()}"
    fmt = "zip" if sys.platform == "win32" else "gztar"
    return Path(shutil.make_archive(str(base), fmt, root_dir=DIST, base_dir="journeymap"))


def folder_size(path: Path) -> int:
    """Return the bytes of every file under ``path``."""
    return sum(item.stat().st_size for item in path.rglob("*")
               if item.is_file() and not item.is_symlink())


def main(argv: list[str] | None = None) -> int:
    """Build the bundle; see the module docstring."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-translations", action="store_true",
                        help="bundle the .qm files as they are")
    parser.add_argument("--no-archive", action="store_true", help="leave only dist/journeymap/")
    args = parser.parse_args(argv)
    started = time.monotonic()
    ver = version()
    if not args.skip_translations:
        _step("translations")
        compile_translations()
    _step("icons")
    render_icons()
    _step("PyInstaller")
    built = time.monotonic()
    run_pyinstaller()
    pyinstaller_s = time.monotonic() - built
    if sys.platform.startswith("linux"):
        saved = strip_interpreter()
        print(f"   stripped the interpreter's libraries: {saved / 1e6:.0f} MB saved")
        add_linux_files()
    _step("check")
    print(f"   {executable().relative_to(ROOT)} --version: {check_bundle()}")
    size = folder_size(BUNDLE)
    print(f"   bundle: {BUNDLE.relative_to(ROOT)}/ {size / 1e6:.0f} MB; "
          f"PyInstaller {pyinstaller_s:.0f} s")
    if not args.no_archive:
        _step("archive")
        made = archive(ver)
        print(f"   {made.relative_to(ROOT)} {made.stat().st_size / 1e6:.0f} MB")
    print(f"== done in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
