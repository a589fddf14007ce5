"""Text on the canvas with per-character font fallback, measured, elided and wrapped.

User text never goes through reportlab's paragraph markup: it is drawn as runs of
plain characters, so a task called "<b>R&D</b> phase" prints exactly as typed, and a
string mixing Latin and Chinese gets Vera for the one and the CJK font for the other.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from app.reports.fonts import FontSet

ELLIPSIS = "\u2026"
_TOKENS = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]|[^\s\u2e80-\u9fff"
                     r"\uf900-\ufaff\uff00-\uffef\u3000-\u303f]+\s*|\s+")


def one_line(text: object) -> str:
    """Cell and label text on one line: newlines and tabs become spaces."""
    return " ".join(str(text or "").split()) if text else ""


class Typesetter:
    def __init__(self, fonts: FontSet) -> None:
        self.fonts = fonts
        self._maps = {name: pdfmetrics.getFont(name).face.charToGlyph
                      for name in (fonts.regular, fonts.bold, *fonts.fallbacks)}
        self._choice: dict[tuple[str, bool], str] = {}
        self.width = lru_cache(maxsize=20000)(self._width)

    def font_for(self, char: str, bold: bool) -> str:
        key = (char, bold)
        found = self._choice.get(key)
        if found is None:
            code = ord(char)
            first = self.fonts.bold if bold else self.fonts.regular
            found = next((name for name in (first, *self.fonts.fallbacks)
                          if code in self._maps[name]), first)
            self._choice[key] = found
        return found

    def runs(self, text: str, bold: bool = False) -> list[tuple[str, str]]:
        """(font, chunk) pieces of `text`, each drawn with one font."""
        result: list[tuple[str, str]] = []
        for char in text:
            font = self.font_for(char, bold)
            if result and result[-1][0] == font:
                result[-1] = (font, result[-1][1] + char)
            else:
                result.append((font, char))
        return result

    def uncovered(self, texts: Iterable[str]) -> set[str]:
        """Characters no registered font can draw (spaces and controls aside)."""
        missing = set()
        for text in texts:
            for char in set(text or ""):
                if char.isspace() or ord(char) < 32:
                    continue
                if not any(ord(char) in m for m in self._maps.values()):
                    missing.add(char)
        return missing

    def _width(self, text: str, size: float, bold: bool = False) -> float:
        return sum(pdfmetrics.stringWidth(chunk, font, size)
                   for font, chunk in self.runs(text, bold))

    def draw(self, c: Canvas, x: float, y: float, text: str, size: float, bold: bool = False,
             align: str = "left") -> float:
        """Draw one line with its baseline at y; returns its width."""
        text = one_line(text)
        if not text:
            return 0.0
        width = self.width(text, size, bold)
        if align == "right":
            x -= width
        elif align == "center":
            x -= width / 2
        for font, chunk in self.runs(text, bold):
            fake_bold = bold and font != self.fonts.bold
            c.setFont(font, size)
            if fake_bold:  # CJK fonts come in one weight: stroke the outline to thicken it
                c.saveState()
                c.setStrokeColor(c._fillColorObj)  # the outline in the text's own colour
                c.setLineWidth(size * 0.035)
                t = c.beginText(x, y)
                t.setTextRenderMode(2)
                t.textOut(chunk)
                t.setTextRenderMode(0)  # the mode outlives the text object: put it back
                c.drawText(t)
                c.restoreState()
            else:
                c.drawString(x, y, chunk)
            x += pdfmetrics.stringWidth(chunk, font, size)
        return width

    def fit(self, text: str, width: float, size: float, bold: bool = False) -> str:
        """`text` on one line, cut with an ellipsis to fit `width` points."""
        text = one_line(text)
        if self.width(text, size, bold) <= width:
            return text
        low, high = 0, len(text)
        while low < high:  # the longest prefix that fits with the ellipsis
            mid = (low + high + 1) // 2
            if self.width(text[:mid] + ELLIPSIS, size, bold) <= width:
                low = mid
            else:
                high = mid - 1
        return (text[:low].rstrip() + ELLIPSIS) if low else ""

    def wrap(self, text: str, width: float, size: float, bold: bool = False,
             max_lines: int | None = None) -> list[str]:
        """Lines of at most `width` points: words kept whole, Chinese broken anywhere,
        the last allowed line elided."""
        lines: list[str] = []
        for paragraph in str(text or "").splitlines() or [""]:
            current = ""
            for token in _TOKENS.findall(paragraph):
                trial = current + token
                if self.width(trial.rstrip(), size, bold) <= width or not current.strip():
                    current = trial
                    if self.width(current.rstrip(), size, bold) > width:  # one long word
                        current = self._break_long(current, width, size, bold, lines)
                    continue
                lines.append(current.rstrip())
                current = token.lstrip()
                if self.width(current.rstrip(), size, bold) > width:
                    current = self._break_long(current, width, size, bold, lines)
            lines.append(current.rstrip())
        if max_lines is not None and len(lines) > max_lines:
            rest = " ".join(lines[max_lines - 1:])
            lines = lines[:max_lines - 1] + [self.fit(rest + ELLIPSIS, width, size, bold)]
        return lines

    def _break_long(self, word: str, width: float, size: float, bold: bool,
                    lines: list[str]) -> str:
        while self.width(word.rstrip(), size, bold) > width and len(word) > 1:
            cut = len(word) - 1
            while cut > 1 and self.width(word[:cut], size, bold) > width:
                cut -= 1
            lines.append(word[:cut])
            word = word[cut:]
        return word
