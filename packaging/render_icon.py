"""Render the application icon from its SVG source: PNG for Linux, ICO for Windows, ICNS for macOS.

Run ``python packaging/render_icon.py`` (headless is fine). ``resources/app/icon.svg`` is the one
source; this writes ``resources/app/icon.png`` (256x256) and, into ``build/icons/``, the
``icon.ico`` and ``icon.icns`` the Windows and macOS builds use. ICO and ICNS are written here as
containers of PNG images (both formats allow that), so no platform tool is needed.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "app" / "icon.svg"
PNG = ROOT / "resources" / "app" / "icon.png"
#: PNG text key holding the SHA-256 of the SVG a PNG was rendered from (to tell a stale PNG).
SOURCE_KEY = "Source-SHA256"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: ICNS element types holding PNG data, by pixel size.
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09",
              1024: b"ic10"}


def source_digest(svg: Path) -> str:
    """Return the SHA-256 of the SVG source, as stored in the PNGs rendered from it."""
    return hashlib.sha256(svg.read_bytes()).hexdigest()


def render_png(svg: Path, size: int) -> bytes:
    """Return the SVG drawn at ``size`` x ``size`` pixels as PNG bytes (transparent corners).

    The PNG carries the SVG's digest as text, so a test can tell a stale PNG without comparing
    renderer pixels (anti-aliasing differs by a step between Qt builds and machines).
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    image.setText(SOURCE_KEY, source_digest(svg))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(images: dict[int, bytes]) -> bytes:
    """Return an ICO file holding one PNG per size (Windows Vista and later read these)."""
    sizes = sorted(images)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    entries, payload = b"", b""
    for size in sizes:
        data = images[size]
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        payload += data
        offset += len(data)
    return header + entries + payload


def icns_bytes(images: dict[int, bytes]) -> bytes:
    """Return an ICNS file holding one PNG element per size."""
    body = b"".join(ICNS_TYPES[size] + struct.pack(">I", 8 + len(data)) + data
                    for size, data in sorted(images.items()))
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def render_all(svg: Path = SVG, png: Path = PNG, icons_dir: Path | None = None) -> list[Path]:
    """Write the PNG and, when ``icons_dir`` is given, ``icon.ico`` and ``icon.icns`` there."""
    written = [png]
    png.write_bytes(render_png(svg, 256))
    if icons_dir is not None:
        icons_dir.mkdir(parents=True, exist_ok=True)
        ico = icons_dir / "icon.ico"
        ico.write_bytes(ico_bytes({size: render_png(svg, size) for size in ICO_SIZES}))
        icns = icons_dir / "icon.icns"
        icns.write_bytes(icns_bytes({size: render_png(svg, size) for size in ICNS_TYPES}))
        written += [ico, icns]
    return written


def main(argv: list[str] | None = None) -> int:
    """Render the icons; see the module docstring."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--icons-dir", type=Path, default=ROOT / "build" / "icons",
                        help="where icon.ico and icon.icns go (default: build/icons)")
    parser.add_argument("--png-only", action="store_true", help="write only resources/app/icon.png")
    args = parser.parse_args(argv)
    for path in render_all(icons_dir=None if args.png_only else args.icons_dir):
        print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
