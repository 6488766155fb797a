"""``resolute screenshot``: a real picture of the window, at 100 % and at 200 % scaling, and clear errors."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtGui import QImage

from tests.support.paths import CTOC, ROOT, SAMPLE


def screenshot(tmp_path, *args, scale: str | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, RESOLUTE_CONFIG_DIR=str(tmp_path / "config"), RESOLUTE_DATA_DIR=str(tmp_path / "data"),
               QT_QPA_PLATFORM="offscreen")
    if scale:
        env["QT_SCALE_FACTOR"] = scale
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "screenshot", *args], env=env, capture_output=True,
                          text=True, timeout=120)


def colours(image: QImage) -> int:
    step = max(1, image.width() // 200)
    return len({image.pixel(x, y) for x in range(0, image.width(), step) for y in range(0, image.height(), step)})


@pytest.mark.slow
@pytest.mark.parametrize("scale, size", [(None, (1000, 700)), ("2", (2000, 1400))], ids=["100%", "200%"])
def test_screenshot_draws_the_window_with_the_file(tmp_path, scale, size):
    out = tmp_path / "shot.png"
    done = screenshot(tmp_path, str(SAMPLE), "-o", str(out), "--size", "1000x700", scale=scale)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""  # the offscreen platform's chatter is not shown
    image = QImage(str(out))
    assert (image.width(), image.height()) == size
    assert colours(image) > 20  # text, panes, underlines: not a blank window
    assert not (tmp_path / "config" / "settings.json").exists()  # a screenshot changes no settings


@pytest.mark.parametrize("args, words", [
    (["missing.unres", "-o", "x.png"], "no such file"),
    ([str(SAMPLE), "-o", "x.jpg"], ".png"),
    ([str(SAMPLE), "-o", "x.png", "--size", "huge"], "WIDTHxHEIGHT"),
])
def test_screenshot_bad_input_is_one_line_and_exit_2(tmp_path, args, words):
    done = screenshot(tmp_path, *args)
    assert done.returncode == 2
    assert words in done.stderr and len(done.stderr.strip().splitlines()) == 1


@pytest.mark.slow
def test_screenshot_of_the_compare_view(tmp_path):
    out = tmp_path / "compare.png"
    done = screenshot(tmp_path, str(SAMPLE), "--compare", str(CTOC), "--find", "Symbol", "--side-by-side",
                      "-o", str(out), "--size", "1200x800")
    assert done.returncode == 0, done.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1200, 800) and colours(image) > 20
    done = screenshot(tmp_path, str(SAMPLE), "--compare", str(CTOC), "--find", "OP 99 new", "-o", str(out))
    assert done.returncode == 2 and "no change “OP 99 new”" in done.stderr
    done = screenshot(tmp_path, str(SAMPLE), "--compare", str(tmp_path / "gone.txt"), "-o", str(out))
    assert done.returncode == 2 and "gone.txt" in done.stderr
