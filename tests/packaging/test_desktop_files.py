"""The icon and the Linux desktop metadata that go into every bundle (no bundle needed)."""

from __future__ import annotations

import importlib.util
import shutil
import struct
import subprocess
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
METAINFO = LINUX / "io.github.journeymap.JourneyMap.metainfo.xml"
DESKTOP = LINUX / "journeymap.desktop"


def render_icon_module() -> ModuleType:
    """Load packaging/render_icon.py (packaging/ is no package: it would shadow PyPI's)."""
    spec = importlib.util.spec_from_file_location("render_icon", ROOT / "packaging" /
                                                  "render_icon.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def image(data: bytes) -> QImage:
    loaded = QImage.fromData(data)
    assert not loaded.isNull()
    return loaded


def channel_differences(first: QImage, second: QImage) -> list[int]:
    """Return the absolute difference of every colour channel of two same-sized images."""
    a = first.convertToFormat(QImage.Format.Format_ARGB32)
    b = second.convertToFormat(QImage.Format.Format_ARGB32)
    return [abs(x - y) for x, y in zip(bytes(a.constBits()), bytes(b.constBits()), strict=True)]


def test_icon_png_is_rendered_from_the_current_svg(qapp: QApplication) -> None:
    render_icon = render_icon_module()

    stored = QImage(str(render_icon.PNG))

    assert (stored.width(), stored.height()) == (256, 256)
    assert stored.text(render_icon.SOURCE_KEY) == render_icon.source_digest(render_icon.SVG), (
        "icon.png is stale: run packaging/render_icon.py")


def test_icon_png_looks_like_a_fresh_render(qapp: QApplication) -> None:
    """Anti-aliasing differs by a step between machines: compare with a tolerance."""
    render_icon = render_icon_module()

    fresh = image(render_icon.render_png(render_icon.SVG, 256))
    differences = channel_differences(QImage(str(render_icon.PNG)), fresh)

    assert max(differences) <= 64
    assert sum(differences) / len(differences) < 1.0


def test_icon_keeps_transparent_corners_and_opaque_middle(qapp: QApplication) -> None:
    render_icon = render_icon_module()

    small = image(render_icon.render_png(render_icon.SVG, 16))

    assert small.pixelColor(0, 0).alpha() == 0
    assert small.pixelColor(8, 8).alpha() == 255


def test_ico_holds_every_size_as_png(qapp: QApplication) -> None:
    render_icon = render_icon_module()
    sizes = (16, 32, 256)

    data = render_icon.ico_bytes({size: render_icon.render_png(render_icon.SVG, size)
                                  for size in sizes})

    reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    assert (reserved, kind, count) == (0, 1, len(sizes))
    for number, size in enumerate(sizes):
        width, height, _c, _r, _p, _b, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * number)
        assert (width or 256, height or 256) == (size, size)
        assert image(data[offset:offset + length]).size().toTuple() == (size, size)


def test_icns_holds_every_size_as_png(qapp: QApplication) -> None:
    render_icon = render_icon_module()
    sizes = (16, 128, 512)

    data = render_icon.icns_bytes({size: render_icon.render_png(render_icon.SVG, size)
                                   for size in sizes})

    assert data[:4] == b"icns"
    assert struct.unpack_from(">I", data, 4)[0] == len(data)
    found, offset = [], 8
    while offset < len(data):
        kind, length = data[offset:offset + 4], struct.unpack_from(">I", data, offset + 4)[0]
        found.append((kind, image(data[offset + 8:offset + length]).width()))
        offset += length
    assert found == [(b"icp4", 16), (b"ic07", 128), (b"ic09", 512)]


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstreamcli not installed")
def test_appstream_metadata_validates() -> None:
    done = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)],
                          capture_output=True, text=True, check=False)

    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-validate not installed")
def test_desktop_entry_validates() -> None:
    done = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True,
                          check=False)

    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout == ""


def test_metainfo_launches_the_desktop_entry() -> None:
    metainfo = METAINFO.read_text(encoding="utf-8")

    assert f'<launchable type="desktop-id">{DESKTOP.name}</launchable>' in metainfo
    assert "Icon=journeymap\n" in DESKTOP.read_text(encoding="utf-8")
