"""What a user sees in a workbook, for comparing two of them."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from app.io.excel import schema


def visible_content(path: Path) -> dict[str, list[tuple]]:
    """Every visible sheet's cells from the header row down, without the hidden id
    column (ids are the project's own and differ between projects)."""
    book = load_workbook(path, read_only=True)
    result = {}
    for sheet in book.worksheets:
        if sheet.sheet_state != "visible":
            continue
        rows = []
        for row in sheet.iter_rows(min_row=schema.HEADER_ROW, values_only=True):
            rows.append(tuple(row[1:]))
        while rows and not any(v not in (None, "") for v in rows[-1]):
            rows.pop()
        result[sheet.title] = rows
    book.close()
    return result


def differences(first: Path, second: Path, limit: int = 10) -> list[str]:
    a, b = visible_content(first), visible_content(second)
    found = []
    if list(a) != list(b):
        found.append(f"sheets {list(a)} != {list(b)}")
    for title in a:
        rows_a, rows_b = a[title], b.get(title, [])
        if len(rows_a) != len(rows_b):
            found.append(f"{title}: {len(rows_a)} rows != {len(rows_b)}")
        for n, (x, y) in enumerate(zip(rows_a, rows_b, strict=False), schema.HEADER_ROW):
            if x != y:
                found.append(f"{title} row {n}: {x} != {y}")
            if len(found) >= limit:
                return found
    return found
