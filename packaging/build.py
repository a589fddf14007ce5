"""Build Planwright's packaged application for the platform this runs on.

    pip install -e ".[build]"
    python packaging/build.py                # PyInstaller one-folder, then the packages
    python packaging/build.py --no-package   # only dist/Planwright/

Linux:   dist/Planwright/ and Planwright-VERSION-linux-ARCH.tar.gz (with install.sh,
         the .desktop entry, the .pwp MIME type and icons).
Windows: dist/Planwright/ (Planwright.exe without a console, planwright-cli.exe for
         the headless commands), a portable zip and, when Inno Setup 6's ISCC.exe is
         found, Planwright-VERSION-windows-x64-setup.exe.
macOS:   dist/Planwright.app (the .pwp document type declared) zipped with ditto.
Prints what it produced, with sizes and the build time.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
import bundle  # noqa: E402


def folder_size(path: Path) -> int:
    return sum(p.lstat().st_size for p in path.rglob("*") if not p.is_dir())


def mb(size: int) -> str:
    return f"{size / 1e6:.1f} MB"


def run_pyinstaller(dist: Path, work: Path) -> None:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        sys.exit('PyInstaller is missing: pip install -e ".[build]"')
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
                    "--log-level", "WARN", "--distpath", str(dist), "--workpath", str(work),
                    str(HERE / "planwright.spec")], cwd=ROOT, check=True)


def strip_debug(folder: Path) -> int:
    """Remove debug sections from libraries that carry them (a Python built from source,
    extensions compiled here); PyInstaller's own strip also rewrites the libraries that
    wheels patched with patchelf (their RUNPATH names a `*.libs` folder) and breaks them."""
    strip, readelf = shutil.which("strip"), shutil.which("readelf")
    if not (strip and readelf):
        print("strip/readelf not found (binutils): debug symbols kept")
        return 0
    saved = 0
    for path in folder.rglob("*.so*"):
        if path.is_symlink() or not path.is_file() or path.parent.name.endswith(".libs"):
            continue
        info = subprocess.run([readelf, "-S", "-d", str(path)], capture_output=True,
                              text=True).stdout
        patched = any(".libs" in line for line in info.splitlines() if "PATH" in line)
        if ".debug_info" in info and not patched:
            before = path.stat().st_size
            subprocess.run([strip, "--strip-debug", str(path)], check=True)
            saved += before - path.stat().st_size
    return saved


def linux_tarball(dist: Path, version: str) -> Path:
    folder = dist / bundle.NAME
    top = f"{bundle.NAME}-{version}"
    target = dist / f"{top}-linux-{platform.machine()}.tar.gz"
    with tarfile.open(target, "w:gz", compresslevel=6) as tar:
        tar.add(folder, arcname=top)
        tar.add(HERE / "linux" / "install.sh", arcname=f"{top}/install.sh")
        for name in ("planwright.desktop", "planwright-mime.xml"):
            tar.add(HERE / "linux" / name, arcname=f"{top}/share/{name}")
        for png in sorted(bundle.ICONS.glob("planwright-*.png")):
            tar.add(png, arcname=f"{top}/share/icons/{png.name}")
    return target


def _inno_setup() -> str | None:
    # os.environ is case-insensitive on Windows.
    for base in (os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES"),
                 os.environ.get("LOCALAPPDATA") and os.environ["LOCALAPPDATA"] + r"\Programs"):
        if base and (Path(base) / "Inno Setup 6" / "ISCC.exe").exists():
            return str(Path(base) / "Inno Setup 6" / "ISCC.exe")
    return None


def windows_packages(dist: Path, version: str) -> list[Path]:
    folder = dist / bundle.NAME
    portable = dist / f"{bundle.NAME}-{version}-windows-x64-portable.zip"
    with zipfile.ZipFile(portable, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.rglob("*")):
            archive.write(path, Path(bundle.NAME) / path.relative_to(folder))
    produced = [portable]
    iscc = shutil.which("ISCC") or _inno_setup()
    if iscc:
        subprocess.run([iscc, "/Q", f"/DAppVersion={version}", f"/DSourceDir={folder}",
                        f"/DOutputDir={dist}", str(HERE / "windows" / "planwright.iss")],
                       check=True)
        produced.append(dist / f"{bundle.NAME}-{version}-windows-x64-setup.exe")
    else:
        print("Inno Setup 6 (ISCC.exe) not found: no installer built; install it from "
              "jrsoftware.org and run this again.")
    return produced


def macos_package(dist: Path, version: str) -> Path:
    target = dist / f"{bundle.NAME}-{version}-macos-{platform.machine()}.zip"
    subprocess.run(["ditto", "-c", "-k", "--keepParent", str(dist / f"{bundle.NAME}.app"),
                    str(target)], check=True)
    return target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller",
                        help="PyInstaller's work folder")
    parser.add_argument("--no-package", action="store_true",
                        help="stop after the one-folder application")
    args = parser.parse_args()
    version = bundle.version()
    dist = args.dist.resolve()
    started = time.monotonic()
    run_pyinstaller(dist, args.work.resolve())
    folder = dist / bundle.NAME
    if sys.platform.startswith("linux"):
        print(f"debug sections stripped: {mb(strip_debug(folder))}")
    built = time.monotonic() - started
    produced: list[Path] = [folder]
    if sys.platform == "darwin":
        produced.append(dist / f"{bundle.NAME}.app")
    if not args.no_package:
        if sys.platform.startswith("linux"):
            produced.append(linux_tarball(dist, version))
        elif sys.platform == "win32":
            produced += windows_packages(dist, version)
        elif sys.platform == "darwin":
            produced.append(macos_package(dist, version))
    total = time.monotonic() - started
    print(f"\nPlanwright {version} for {sys.platform} ({platform.machine()}):")
    for path in produced:
        size = folder_size(path) if path.is_dir() else path.stat().st_size
        print(f"  {path}  {mb(size)}")
    print(f"PyInstaller {built:.0f} s, everything {total:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
