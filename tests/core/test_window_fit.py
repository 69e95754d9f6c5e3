"""Where the main window opens on screens of every size, with and without a remembered place."""

from __future__ import annotations

import pytest

from journeymap.core.window_fit import (
    ScreenRect,
    WindowPlacement,
    decode_placement,
    encode_placement,
    place_window,
    screen_key,
)

#: Available areas of common screens with a 30 px panel at the top.
FULL_HD = ScreenRect(0, 30, 1920, 1050)
LAPTOP = ScreenRect(0, 30, 1366, 738)
BEAMER = ScreenRect(0, 0, 1280, 720)


def test_a_full_hd_screen_opens_the_default_size_centred() -> None:
    placed = place_window(FULL_HD)
    assert not placed.maximized
    assert placed.rect == ScreenRect(240, 105, 1440, 900)
    assert FULL_HD.contains(placed.rect)


@pytest.mark.parametrize("available", [LAPTOP, BEAMER])
def test_a_screen_too_small_for_the_default_opens_maximised(available: ScreenRect) -> None:
    placed = place_window(available)
    assert placed.maximized
    assert placed.rect == available


def test_a_remembered_geometry_that_fits_is_kept() -> None:
    remembered = WindowPlacement(ScreenRect(10, 40, 1000, 700), maximized=False)
    assert place_window(LAPTOP, remembered) == remembered


def test_a_remembered_maximised_window_stays_maximised() -> None:
    remembered = WindowPlacement(ScreenRect(100, 100, 1200, 700), maximized=True)
    assert place_window(FULL_HD, remembered).maximized


def test_a_geometry_now_partly_off_screen_is_moved_back_on() -> None:
    remembered = WindowPlacement(ScreenRect(900, 500, 1000, 600), maximized=False)
    placed = place_window(FULL_HD, remembered)
    assert placed.rect.width == 1000
    assert placed.rect.height == 600
    assert FULL_HD.contains(placed.rect)


def test_a_geometry_on_a_screen_that_is_gone_is_centred() -> None:
    remembered = WindowPlacement(ScreenRect(2500, 1400, 1000, 600), maximized=False)
    placed = place_window(BEAMER, remembered)
    assert placed.rect == ScreenRect(140, 60, 1000, 600)


def test_a_geometry_larger_than_the_screen_is_maximised() -> None:
    remembered = WindowPlacement(ScreenRect(0, 0, 1800, 1000), maximized=False)
    placed = place_window(BEAMER, remembered)
    assert placed.maximized
    assert placed.rect == BEAMER


def test_the_placement_reads_back_and_rubbish_reads_as_none() -> None:
    placed = WindowPlacement(ScreenRect(-5, 20, 800, 600), maximized=True)
    assert decode_placement(encode_placement(placed)) == placed
    for text in ("", "1,2,3", "a,b,c,d,e", "0,0,0,600,0"):
        assert decode_placement(text) is None


def test_screens_are_told_apart_by_name_and_size() -> None:
    assert screen_key("HDMI-1", 1280, 720) == "HDMI-1-1280x720"
    assert screen_key("HDMI-1", 1920, 1080) != screen_key("HDMI-1", 1280, 720)
    assert "/" not in screen_key("a/b c", 1, 1)
