"""`planwright export FILE.pwp -o OUT.pdf [--sections ...] [--paper ...]` (no Qt)."""

from __future__ import annotations

from pathlib import Path

from app.reports.build import write_report
from app.reports.options import ReportOptions, parse_paper, parse_sections


def export_pdf(source: Path, target: Path, sections: str | None = None,
               paper: str | None = None) -> None:
    """The status report of `source` with every section unless `sections` names some.

    Confidential stakeholders are always left out here: a headless export is the one
    most easily sent on without a second look.
    """
    options = ReportOptions()
    if sections:
        options = ReportOptions(sections=parse_sections(sections), paper=options.paper)
    if paper:
        options = ReportOptions(sections=options.sections, paper=parse_paper(paper))
    write_report(source, target, options)
