"""Start a built Planwright bundle the way a user without Python would, and check it.

    python packaging/smoke.py [dist/Planwright] [--no-gui] [--time-window N] [--out DIR]

Every command runs with an empty environment (only PATH pointing at an empty folder,
a fresh HOME, LANG and, for the window, DISPLAY), so neither Python nor the source
tree can be found, and, where `unshare -n` works (root on Linux), with no network.
Checks: --version; `new --sample` in English and Chinese; `check`; `export` to
Microsoft Project XML, and to .xlsx / .pdf when the bundle has those exporters
(openpyxl / reportlab inside it; otherwise reported as not in this build); the main
window appearing under Xvfb (../shared/tools/shoot) in both languages with no crash
log written, or, without Xvfb, the window starting offscreen and staying up; and the
Linux tar.gz beside the folder installed with its install.sh into a fresh HOME, run,
and uninstalled. --out DIR keeps the files and screenshots.
--time-window N also times the window N times beside `python -m app` from source.
Exit 0 when every check passed. Written for the Linux one-folder build.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SHOOT = ROOT.parent / "shared" / "tools" / "shoot"
MSPDI = "{http://schemas.microsoft.com/project}"


@dataclass
class Bundle:
    folder: Path
    work: Path
    results: list[tuple[str, bool, str]] = field(default_factory=list)

    @property
    def exe(self) -> Path:
        return self.folder / ("planwright-cli.exe" if sys.platform == "win32" else "planwright")

    @property
    def home(self) -> Path:
        return self.work / "home"

    def env(self, lang: str = "en_US.UTF-8", **extra: str) -> dict[str, str]:
        (self.work / "empty-bin").mkdir(exist_ok=True)
        self.home.mkdir(exist_ok=True)
        env = {"PATH": str(self.work / "empty-bin"), "HOME": str(self.home), "LANG": lang}
        if sys.platform == "win32":  # Windows cannot start a process without these
            env.update({k: os.environ[k] for k in ("SYSTEMROOT", "TEMP", "USERPROFILE",
                                                   "LOCALAPPDATA", "APPDATA") if k in os.environ})
        return {**env, **extra}

    def run(self, *args: str, lang: str = "en_US.UTF-8") -> subprocess.CompletedProcess[str]:
        return subprocess.run([*offline(), str(self.exe), *args], env=self.env(lang),
                              capture_output=True, text=True, timeout=120)

    def has(self, package: str) -> bool:
        return any((base / package).is_dir() for base in (self.folder / "_internal", self.folder))

    def record(self, name: str, ok: bool, detail: str = "") -> bool:
        self.results.append((name, ok, detail))
        print(f"{'ok  ' if ok else 'FAIL'}  {name}{'  ' + detail if detail else ''}", flush=True)
        return ok


def offline() -> list[str]:
    """A prefix that runs a command with no network, where this system allows it."""
    unshare = shutil.which("unshare")
    if unshare and subprocess.run([unshare, "-n", "true"], capture_output=True).returncode == 0:
        return [unshare, "-n"]
    return []


def version() -> str:
    text = (ROOT / "app" / "__init__.py").read_text("utf-8")
    return re.search(r'__version__ = "([^"]+)"', text).group(1)


def _failed(result: subprocess.CompletedProcess[str]) -> str:
    return f"exit {result.returncode}: {(result.stderr or result.stdout).strip()[-300:]}"


def check_version(b: Bundle) -> bool:
    result = b.run("--version")
    expected = f"Planwright {version()}"
    return b.record("--version", result.returncode == 0 and result.stdout.strip() == expected,
                    result.stdout.strip() or _failed(result))


def check_new_and_check(b: Bundle) -> bool:
    ok = True
    for lang, name in (("en_US.UTF-8", "sample.pwp"), ("zh_CN.UTF-8", "示例.pwp")):
        path = b.work / name
        made = b.run("new", str(path), "--sample", lang=lang)
        checked = b.run("check", str(path))
        # The sample keeps two RACI mistakes on purpose (the RACI page shows them), so
        # `check` reports problems: exit 1 with them listed, never a crash (exit 3).
        reported = checked.returncode == 1 and "RACI" in checked.stdout
        ok &= b.record(f"new --sample ({lang[:5]}) + check",
                       made.returncode == 0 and path.exists() and reported,
                       checked.stdout.strip().splitlines()[0] if reported else
                       _failed(made if made.returncode else checked))
    return ok


def check_export_xml(b: Bundle) -> bool:
    target = b.work / "sample.xml"
    result = b.run("export", str(b.work / "sample.pwp"), "-o", str(target), "--force")
    if result.returncode:
        return b.record("export .xml (MSPDI)", False, _failed(result))
    root = ElementTree.parse(target).getroot()
    tasks = root.findall(f"{MSPDI}Tasks/{MSPDI}Task")
    return b.record("export .xml (MSPDI)", root.tag == f"{MSPDI}Project" and len(tasks) > 50,
                    f"{len(tasks)} tasks")


def check_export_xlsx(b: Bundle) -> bool:
    if not b.has("openpyxl"):
        return b.record("export .xlsx", True, "not in this build (no openpyxl in the bundle)")
    target = b.work / "sample.xlsx"
    result = b.run("export", str(b.work / "sample.pwp"), "-o", str(target), "--force")
    if result.returncode:
        return b.record("export .xlsx", False, _failed(result))
    with zipfile.ZipFile(target) as book:
        sheets = [n for n in book.namelist() if n.startswith("xl/worksheets/sheet")]
    return b.record("export .xlsx", bool(sheets), f"{len(sheets)} sheets")


def check_export_pdf(b: Bundle) -> bool:
    if not b.has("reportlab"):
        return b.record("export .pdf", True, "not in this build (no reportlab in the bundle)")
    target = b.work / "示例.pdf"
    result = b.run("export", str(b.work / "示例.pwp"), "-o", str(target), "--force",
                   lang="zh_CN.UTF-8")
    if result.returncode:
        return b.record("export .pdf", False, _failed(result))
    data = target.read_bytes()
    pages = len(re.findall(rb"/Type\s*/Page[^s]", data))
    return b.record("export .pdf", data.startswith(b"%PDF") and pages > 0, f"{pages} pages")


def check_install(b: Bundle) -> bool:
    """The Linux tar.gz beside the folder: install.sh for this user, run it, uninstall."""
    tarballs = sorted(b.folder.parent.glob("Planwright-*-linux-*.tar.gz"))
    if not sys.platform.startswith("linux") or not tarballs:
        return b.record("tar.gz install.sh", True, "no Linux tar.gz beside the bundle")
    home = b.work / "install-home"
    home.mkdir()
    subprocess.run(["tar", "-xzf", str(tarballs[-1]), "-C", str(b.work)], check=True)
    script = next(b.work.glob("Planwright-*/install.sh"))
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home)}
    installed = subprocess.run(["sh", str(script)], env=env, capture_output=True, text=True)
    desktop = home / ".local/share/applications/planwright.desktop"
    exe = home / ".local/bin/planwright"
    ran = subprocess.run([str(exe), "--version"], env={**env, "PATH": str(b.work / "empty-bin")},
                         capture_output=True, text=True) if exe.exists() else None
    ok = (installed.returncode == 0 and ran is not None and ran.returncode == 0
          and f"Exec={home}/.local/lib/planwright/planwright %f" in desktop.read_text("utf-8")
          and (home / ".local/share/mime/packages/planwright.xml").exists()
          and (home / ".local/share/icons/hicolor/256x256/apps/planwright.png").exists())
    validate = shutil.which("desktop-file-validate")
    problems = subprocess.run([validate, str(desktop)], capture_output=True, text=True).stdout \
        if validate and desktop.exists() else ""
    removed = subprocess.run(["sh", str(script), "--uninstall"], env=env, capture_output=True)
    left = [p for p in (home / ".local").rglob("*") if "planwright" in p.name.lower()]
    return b.record("tar.gz install.sh", ok and not problems.strip() and removed.returncode == 0
                    and not left, problems.strip() or (f"left behind: {left}" if left else
                                                        f"{tarballs[-1].name}, --uninstall clean"))


def shoot(command: list[str], out: Path, env: dict[str, str]) -> float | None:
    """Seconds until the window appeared under Xvfb, or None. `env` is all it gets."""
    inner = " ".join(f"{k}='{v}'" for k, v in env.items())
    wrapper = ["sh", "-c", f'exec env -i DISPLAY="$DISPLAY" {inner} "$@"', "sh", *command]
    result = subprocess.run([str(SHOOT), "--name", "Planwright", "--settle", "1", "--out",
                             str(out), "--", *wrapper], capture_output=True, text=True,
                            timeout=120)
    found = re.search(r"window after ([\d.]+) s", result.stdout)
    return float(found.group(1)) if found else None


def can_shoot() -> bool:
    return SHOOT.exists() and all(shutil.which(t) for t in ("Xvfb", "xdotool", "import"))


def log_dir(b: Bundle) -> Path:
    return b.home / ".local" / "state" / "Planwright" / "log"


def check_window(b: Bundle) -> bool:
    ok = True
    if not can_shoot():
        return check_window_offscreen(b)
    for lang in ("en_US.UTF-8", "zh_CN.UTF-8"):
        shutil.rmtree(b.home / "Documents", ignore_errors=True)  # start on the sample
        seconds = shoot([*offline(), str(b.folder / "planwright")], b.work / f"shots-{lang[:5]}",
                        b.env(lang))
        crash_log = log_dir(b) / "planwright.log"
        fine = seconds is not None and not crash_log.exists()
        ok &= b.record(f"window under Xvfb ({lang[:5]})", fine,
                       f"after {seconds:.2f} s" if seconds else "no window (app.log: --out)")
    return ok


def check_window_offscreen(b: Bundle) -> bool:
    """No X server: the window starts offscreen, opens the sample and stays up."""
    process = subprocess.Popen([*offline(), str(b.folder / "planwright")],
                               env=b.env(QT_QPA_PLATFORM="offscreen"),
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    sample = b.home / "Documents" / "Planwright" / "Sample ERP Upgrade.pwp"
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and process.poll() is None and not sample.exists():
        time.sleep(0.1)
    time.sleep(1)
    alive = process.poll() is None
    process.terminate()
    _, err = process.communicate(timeout=20)
    return b.record("window offscreen (no Xvfb here)", alive and sample.exists(),
                    "sample opened" if alive else err[-300:])


def time_window(b: Bundle, runs: int) -> None:
    """Medians of `runs` starts each: the bundle, and `python -m app` from source."""
    if not can_shoot():
        print("time-window: needs Xvfb, xdotool and imagemagick")
        return
    source_env = {"PATH": os.environ.get("PATH", ""), "HOME": str(b.home), "LANG": "en_US.UTF-8",
                  "PYTHONPATH": str(ROOT)}
    for label, command, env in (("bundle", [str(b.folder / "planwright")], b.env()),
                                ("python -m app", [sys.executable, "-m", "app"], source_env)):
        times = []
        for n in range(runs + 1):  # the first one warms the disk cache
            seconds = shoot(command, b.work / "shots-timing", env)
            if n and seconds is not None:
                times.append(seconds)
        if times:
            print(f"time to window, {label}: median {statistics.median(times):.2f} s "
                  f"({min(times):.2f}–{max(times):.2f}, {len(times)} runs)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("bundle", nargs="?", type=Path, default=ROOT / "dist" / "Planwright")
    parser.add_argument("--no-gui", action="store_true", help="skip the window checks")
    parser.add_argument("--time-window", type=int, default=0, metavar="N")
    parser.add_argument("--out", type=Path, help="keep the files and screenshots here")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="planwright-smoke-") as temp:
        work = args.out.resolve() if args.out else Path(temp)
        if args.out:
            shutil.rmtree(work, ignore_errors=True)
            work.mkdir(parents=True)
        b = Bundle(args.bundle.resolve(), work)
        if not b.exe.exists():
            print(f"no bundle at {b.folder}: run python packaging/build.py first")
            return 2
        print(f"smoke test of {b.folder} ({'no network' if offline() else 'network left on'})")
        for check in (check_version, check_new_and_check, check_export_xml, check_export_xlsx,
                      check_export_pdf, check_install, *(() if args.no_gui else (check_window,))):
            check(b)
        if args.time_window:
            time_window(b, args.time_window)
        failed = [name for name, ok, _ in b.results if not ok]
        print(f"{len(b.results) - len(failed)} passed, {len(failed)} failed")
        return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
