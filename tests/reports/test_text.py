"""Font fallback, eliding and wrapping (no PDF reader needed)."""

from __future__ import annotations

import pytest

from app.reports import fonts
from app.reports.text import ELLIPSIS, Typesetter

needs_cjk = pytest.mark.skipif(not fonts.font_set().has_cjk, reason="no TrueType CJK font")


@pytest.fixture(scope="module")
def ts():
    return Typesetter(fonts.font_set())


@needs_cjk
def test_latin_and_chinese_get_their_own_fonts(ts):
    runs = ts.runs("ERP 升级 phase")
    assert [font for font, _ in runs] == [fonts.REGULAR, fonts.CJK, fonts.REGULAR]
    assert "".join(chunk for _, chunk in runs) == "ERP 升级 phase"
    assert not ts.uncovered(["ERP 升级 → ✓"])


def test_fit_elides_to_the_width(ts):
    text = "Supply-chain and manufacturing design (MM/PP/SD)"
    fitted = ts.fit(text, 60, 8)
    assert fitted.endswith(ELLIPSIS) and ts.width(fitted, 8) <= 60
    assert ts.fit("ok", 60, 8) == "ok"


@needs_cjk
def test_wrap_keeps_words_and_breaks_chinese_anywhere(ts):
    lines = ts.wrap("Replace SAP ECC before its maintenance ends", 80, 8)
    assert len(lines) > 1 and all(ts.width(line, 8) <= 80 for line in lines)
    assert " ".join(lines) == "Replace SAP ECC before its maintenance ends"
    chinese = "借助通用日记账将月结周期由7个工作日缩短至4个工作日"
    lines = ts.wrap(chinese, 50, 8)
    assert "".join(lines) == chinese and all(ts.width(line, 8) <= 50 for line in lines)
    assert len(ts.wrap(chinese, 50, 8, max_lines=2)) == 2
