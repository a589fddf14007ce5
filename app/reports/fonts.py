"""Fonts for the report: embedded TrueType only, so every reader shows the same text.

Latin text uses Bitstream Vera, shipped inside reportlab. Chinese needs a TrueType CJK
font found on this machine (reportlab embeds TrueType outlines only: CFF/OpenType CJK
fonts such as Noto Sans CJK are refused, and its built-in STSong-Light is never embedded,
so poppler shows it blank). A character Vera lacks is drawn with the CJK font, then with
DejaVu Sans where it exists; see app/reports/text.py.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import reportlab
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from app.core.i18n import QT_TRANSLATE_NOOP

ENV = "PLANWRIGHT_CJK_FONT"  # a .ttf/.ttc chosen by the user, tried first
REGULAR, BOLD, CJK, SYMBOLS = "PW-Sans", "PW-Sans-Bold", "PW-CJK", "PW-Symbols"

NO_CJK_FONT = QT_TRANSLATE_NOOP(
    "errors", "No Chinese TrueType font was found on this computer, so the Chinese text of "
    "the report would print as blank spaces. Install one (Microsoft YaHei, SimHei or SimSun "
    "on Windows; WenQuanYi Micro Hei on Linux, package fonts-wqy-microhei) or set "
    "PLANWRIGHT_CJK_FONT to the path of a .ttf or .ttc file, then export again.")

# File names tried in each folder, best first: Hei (sans) faces read best in tables.
_CJK_NAMES = (
    "msyh.ttc", "msyh.ttf", "simhei.ttf", "simsun.ttc", "simsun.ttf", "Deng.ttf",
    "wqy-microhei.ttc", "wqy-zenhei.ttc", "DroidSansFallbackFull.ttf", "DroidSansFallback.ttf",
    "uming.ttc", "ukai.ttc", "Arial Unicode.ttf", "STHeiti Medium.ttc", "STHeiti Light.ttc",
    "Hei.ttf", "Songti.ttc",
)


def _font_dirs() -> list[Path]:
    home = Path.home()
    if sys.platform == "win32":
        windir = Path(os.environ.get("WINDIR", r"C:\Windows"))
        local = Path(os.environ.get("LOCALAPPDATA", home / "AppData" / "Local"))
        return [windir / "Fonts", local / "Microsoft" / "Windows" / "Fonts"]
    if sys.platform == "darwin":
        return [Path("/System/Library/Fonts"), Path("/System/Library/Fonts/Supplemental"),
                Path("/Library/Fonts"), home / "Library" / "Fonts"]
    dirs = [home / ".local" / "share" / "fonts", home / ".fonts"]
    data = os.environ.get("XDG_DATA_DIRS", "/usr/local/share:/usr/share")
    dirs += [Path(d) / "fonts" for d in data.split(":") if d]
    return dirs


def _walk(folder: Path, names: set[str]) -> list[Path]:
    found = []
    try:
        for root, _dirs, files in os.walk(folder):
            found += [Path(root) / f for f in files if f in names]
    except OSError:
        pass
    return found


def candidates() -> list[Path]:
    """Font files that may hold Chinese, the user's choice first, then known names."""
    result: list[Path] = []
    chosen = os.environ.get(ENV)
    if chosen:
        result.append(Path(chosen))
    names = set(_CJK_NAMES)
    rank = {name: i for i, name in enumerate(_CJK_NAMES)}
    found: list[Path] = []
    for folder in _font_dirs():
        found += _walk(folder, names)
    result += sorted(found, key=lambda p: rank[p.name])
    if sys.platform.startswith("linux") and shutil.which("fc-list"):
        try:  # fontconfig knows fonts installed anywhere; still TrueType only (checked below)
            out = subprocess.run(["fc-list", ":lang=zh", "file"], capture_output=True,
                                 text=True, timeout=10).stdout
            files = (line.split(":")[0].strip() for line in out.splitlines())
            result += sorted(Path(f) for f in files if f.lower().endswith((".ttf", ".ttc")))
        except (OSError, subprocess.SubprocessError):
            pass
    return list(dict.fromkeys(result))


def _load(path: Path, name: str) -> TTFont | None:
    """The font if reportlab can embed it and it really has Chinese glyphs."""
    try:
        font = TTFont(name, str(path), subfontIndex=0)
    except (TTFError, OSError, ValueError, KeyError, IndexError):
        return None  # CFF outlines, a broken file, a collection reportlab cannot read
    has_chinese = all(ord(c) in font.face.charToGlyph for c in "项目计划报告")
    return font if has_chinese else None


@dataclass(frozen=True)
class FontSet:
    """Registered font names: regular and bold Latin, then fallbacks by coverage."""

    regular: str
    bold: str
    fallbacks: tuple[str, ...]
    cjk_path: Path | None

    @property
    def has_cjk(self) -> bool:
        return self.cjk_path is not None


@cache
def font_set() -> FontSet:
    """Register the fonts once per process (reportlab's registry is global)."""
    folder = Path(reportlab.__file__).parent / "fonts"
    pdfmetrics.registerFont(TTFont(REGULAR, str(folder / "Vera.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(folder / "VeraBd.ttf")))
    fallbacks = []
    cjk_path = None
    for path in candidates():
        font = _load(path, CJK)
        if font is not None:
            pdfmetrics.registerFont(font)
            fallbacks.append(CJK)
            cjk_path = path
            break
    for folder_ in _font_dirs():
        for path in _walk(folder_, {"DejaVuSans.ttf"})[:1]:
            try:
                pdfmetrics.registerFont(TTFont(SYMBOLS, str(path)))
            except (TTFError, OSError):
                continue
            fallbacks.append(SYMBOLS)
            break
        if SYMBOLS in fallbacks:
            break
    return FontSet(REGULAR, BOLD, tuple(fallbacks), cjk_path)
