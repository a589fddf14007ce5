"""The power/interest grid with many stakeholders: layout and paint times, and pictures.

    python tests/perf/bench_stakeholder_grid.py [--people 150] [--out DIR] [--project FILE]

Prints the time to lay the grid out (fan-out and label placement) and to paint it at
the size of the page on a 1280x800 screen and at the export size, how many labels
found a free place, and saves the pictures (light and dark palettes) to DIR. With
--project it also writes a project with that many stakeholders, to look at in the app.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.core.enums import Attitude, Engagement  # noqa: E402
from app.models.stakeholders import StakeholderRecord  # noqa: E402

SURNAMES = ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Lin"]
GIVEN = ["Wei", "Fang", "Min", "Jing", "Lei", "Jun", "Yan", "Tao", "Ming", "Chao", "Xiu", "Ying", "Hua", "Qiang", "Ping", "Gang", "Hong", "Bo", "Yu", "Xin", "Patricia", "Michael", "Grace", "Andrew"]
CN = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林"
CN_GIVEN = "伟芳敏静磊军燕涛明超秀英华强平刚红博宇欣"


def people(count: int, seed: int = 7) -> list[dict]:
    rng = random.Random(seed)
    result, names = [], set()
    while len(result) < count:
        if rng.random() < 0.4:
            name = rng.choice(CN) + "".join(rng.choice(CN_GIVEN) for _ in range(rng.randint(1, 2)))
        else:
            name = f"{rng.choice(GIVEN)} {rng.choice(SURNAMES)}"
        if name in names:
            continue
        names.add(name)
        # Real registers cluster: most people have middling scores, a few are extreme.
        power = max(1, min(10, round(rng.gauss(5.5, 2.3))))
        interest = max(1, min(10, round(rng.gauss(6, 2.3))))
        target = rng.random() < 0.1
        current = rng.choice(list(Engagement))
        result.append(dict(
            id=len(result) + 1, position=len(result) + 1, name=name, organisation="",
            title="", contact="", power=power, interest=interest,
            target_power=min(10, power + 2) if target else None,
            target_interest=min(10, interest + 2) if target else None,
            attitude=rng.choice(list(Attitude)), engagement_current=current,
            engagement_desired=rng.choice([current, Engagement.SUPPORTIVE]),
            strategy="", communication="", notes="", team_member=rng.random() < 0.2,
            confidential=rng.random() < 0.05))
    return result


def timed(step, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        step()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--people", type=int, default=150)
    parser.add_argument("--out", type=Path, default=Path("grid-bench"))
    parser.add_argument("--project", type=Path)
    args = parser.parse_args()

    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QColor, QFont, QImage, QPainter
    from PySide6.QtWidgets import QApplication

    from app.views.stakeholders.grid_picture import GridPicture, GridStyle

    app = QApplication.instance() or QApplication([])
    rows = people(args.people)
    records = [StakeholderRecord(**row) for row in rows]
    args.out.mkdir(parents=True, exist_ok=True)
    font = QFont(app.font())
    dark = GridStyle(QColor("#1e1f22"), QColor("#e8e8e8"), QColor(232, 232, 232, 46),
                     QColor("#3d8ee8"))
    print(f"{len(records)} stakeholders")
    for label, width, height in (("page", 600, 480), ("export", 1200, 860)):
        size = QSizeF(width, height)
        layout_ms = timed(lambda s=size: GridPicture(records, 10, s, font))
        picture = GridPicture(records, 10, size, font)
        placed = sum(r is not None for r in picture.layout.labels.values())
        for name, style in (("light", GridStyle.light()), ("dark", dark)):
            image = QImage(width, height, QImage.Format.Format_ARGB32)

            def paint(image=image, style=style, picture=picture):
                painter = QPainter(image)
                picture.paint(painter, style, selected={1})
                painter.end()
            paint_ms = timed(paint)
            image.save(str(args.out / f"grid-{label}-{name}.png"))
            print(f"{label} {width}x{height} {name}: layout {layout_ms:.1f} ms, "
                  f"paint {paint_ms:.1f} ms, labels placed {placed}/{len(records)}")
    if args.project:
        from app.models import Person
        from app.models.document import Document

        def fill(session):
            for row in rows:
                session.add(Person(**row))

        Document.create(args.project, name=f"{len(rows)} stakeholders", fill=fill,
                        overwrite=True).close()
        print(f"wrote {args.project}")
    del app


if __name__ == "__main__":
    main()
