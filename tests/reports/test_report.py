"""The PDF status report as a reader sees it: text extracted with pdftotext, fonts listed
with pdffonts, pages counted with pdfinfo."""

from __future__ import annotations

import pytest
from sqlalchemy import update

from app.core.errors import UserError
from app.core.progress import Cancelled, Progress
from app.models.document import Document
from app.models.tasks import Task
from app.reports import fonts
from app.reports.build import write_report
from app.reports.options import Paper, ReportOptions, Section, parse_paper, parse_sections
from tests.reports.conftest import needs_poppler, pdf_fonts, pdf_info, pdf_text

pytestmark = needs_poppler


def test_english_sample_has_every_section_and_embeds_every_font(samples, tmp_path):
    out = tmp_path / "en.pdf"
    pages = write_report(samples["en"], out)
    text = pdf_text(out)
    for expected in ("Huayue ERP Upgrade to SAP S/4HANA", "Project status report", "Summary",
                     "Schedule \u2014 page 1 of", "Milestones", "Top risks", "Stakeholders",
                     "RACI matrix", f"Page {pages} of {pages}", "Process workshops"):
        assert expected in text, expected
    rows = pdf_fonts(out)
    assert rows and all(row[-5] == "yes" for row in rows), rows  # the "emb" column
    assert not any("Helvetica" in row[0] for row in rows)
    assert int(pdf_info(out)["Pages"]) == pages


@pytest.mark.skipif(not fonts.font_set().has_cjk, reason="no TrueType CJK font on this "
                    "machine (.ci/run installs fonts-wqy-microhei)")
def test_chinese_sample_renders_chinese_text_and_labels(samples, tmp_path, chinese_ui):
    out = tmp_path / "zh.pdf"
    write_report(samples["zh_CN"], out)
    text = pdf_text(out)
    for expected in ("华岳精密ERP升级项目", "项目状态报告", "摘要", "进度计划", "主要风险",
                     "干系人", "RACI 矩阵", "苏州", "第 1 页"):
        assert expected in text, expected
    assert any("WenQuanYi" in row[0] or "CJK" in row[0] or "Hei" in row[0]
               for row in pdf_fonts(out))
    assert all(row[-5] == "yes" for row in pdf_fonts(out))


def _rename_first_task(path, name):
    doc = Document.open(path)
    with doc.session() as session:
        first = session.query(Task).order_by(Task.id).first()
        session.execute(update(Task).where(Task.id == first.id).values(name=name))
    doc.close()


@pytest.mark.skipif(not fonts.font_set().has_cjk, reason="no TrueType CJK font")
def test_markup_prints_as_typed_and_mixed_scripts_render(samples, tmp_path):
    project = tmp_path / "p.pwp"
    project.write_bytes(samples["en"].read_bytes())
    _rename_first_task(project, "<b>R&D</b> phase 研发阶段 2")
    out = tmp_path / "p.pdf"
    write_report(project, out, ReportOptions(sections=(Section.SCHEDULE,)))
    assert "<b>R&D</b> phase 研发阶段 2" in pdf_text(out)


def test_confidential_stakeholders_only_when_asked(samples, tmp_path):
    out = tmp_path / "s.pdf"
    write_report(samples["en"], out, ReportOptions(sections=(Section.STAKEHOLDERS,)))
    text = pdf_text(out)
    assert "Patricia Huang" in text and "Frank Yang" not in text
    assert "marked confidential left out of this report: 1." in text
    write_report(samples["en"], out, ReportOptions(sections=(Section.STAKEHOLDERS,),
                                                   include_confidential=True))
    assert "Frank Yang" in pdf_text(out)


@pytest.fixture(scope="module")
def big_plan(tmp_path_factory):
    from tests.perf.generate import generate, write_project

    path = tmp_path_factory.mktemp("big") / "plan.pwp"
    write_project(path, *generate(300))
    return path


def test_long_plans_tile_rows_down_and_time_across(big_plan, tmp_path):
    from app.models.gantt_data import load
    from app.reports.build import _frame_size
    from app.reports.schedule import plan_tiles

    doc = Document.open(big_plan, read_only=True)
    with doc.reader() as session:
        snapshot = load(session)
    doc.close()
    paper = Paper.A4.size
    frame = _frame_size((paper[1], paper[0]))
    for wide in (0, 1, 3):
        tiling = plan_tiles(snapshot, frame, wide)
        out = tmp_path / f"wide{wide}.pdf"
        pages = write_report(big_plan, out, ReportOptions(sections=(Section.SCHEDULE,),
                                                          pages_wide=wide))
        assert pages == tiling.pages == tiling.bands * tiling.across
        assert tiling.bands == -(-300 // tiling.rows_per_page)
        if wide:
            assert tiling.across == wide
        text = pdf_text(out, pages, pages)
        assert f"Schedule \u2014 page {pages} of {pages}" in text
        assert f"time {tiling.across} of {tiling.across}" in text
        assert "Task name" in text  # the table columns repeat on every tile
    assert plan_tiles(snapshot, frame, 3).pages == 3 * plan_tiles(snapshot, frame, 1).pages


def test_raci_without_people_says_so(big_plan, tmp_path):
    out = tmp_path / "raci.pdf"
    pages = write_report(big_plan, out, ReportOptions(sections=(Section.RACI,)))
    assert pages == 1  # no people yet: one page saying so
    assert "No people or roles" in pdf_text(out)


def test_raci_header_repeats_on_every_page(samples, tmp_path):
    out = tmp_path / "raci.pdf"
    pages = write_report(samples["en"], out, ReportOptions(sections=(Section.RACI,)))
    assert pages >= 2
    for page in range(1, pages + 1):
        text = pdf_text(out, page, page)
        assert "Check" in text and "Jason Li" in text, page


def test_a3_and_letter_pages(samples, tmp_path):
    for paper, size in ((Paper.A3, "A3"), (Paper.LETTER, "letter")):
        out = tmp_path / f"{paper}.pdf"
        write_report(samples["en"], out, ReportOptions(sections=(Section.COVER,
                                                                 Section.SCHEDULE),
                                                       paper=paper))
        assert size in pdf_info(out)["Page size"]


def test_cancel_leaves_no_file(samples, tmp_path):
    out = tmp_path / "c.pdf"
    calls = []

    def cancel_soon(fraction, text):
        calls.append(fraction)
        if len(calls) == 5:
            progress.cancel()

    progress = Progress(cancel_soon)
    with pytest.raises(Cancelled):
        write_report(samples["en"], out, progress=progress)
    assert not out.exists() and not list(tmp_path.iterdir())


def test_no_cjk_font_refuses_chinese_before_writing(samples, tmp_path, monkeypatch):
    monkeypatch.setattr(fonts, "candidates", lambda: [])
    fonts.font_set.cache_clear()
    try:
        out = tmp_path / "zh.pdf"
        with pytest.raises(UserError) as raised:
            write_report(samples["zh_CN"], out)
        assert "No Chinese TrueType font" in raised.value.message()
        assert not out.exists()
        write_report(samples["en"], tmp_path / "en.pdf")  # Latin alone needs none
        assert (tmp_path / "en.pdf").exists()
    finally:
        monkeypatch.undo()
        fonts.font_set.cache_clear()


def test_bad_options_are_named():
    assert parse_sections(" risks, COVER ") == (Section.COVER, Section.RISKS)
    assert parse_paper("letter") == Paper.LETTER
    with pytest.raises(UserError, match="gantt"):
        parse_sections("gantt")
    with pytest.raises(UserError, match="B5"):
        parse_paper("B5")


def test_a_confidential_team_member_is_named_nowhere_unless_included(samples, tmp_path):
    """Not as a RACI column, a risk owner or an assignee either (Kevin Zhang is all three
    in the sample)."""
    from app.models import Person

    project = tmp_path / "p.pwp"
    project.write_bytes(samples["en"].read_bytes())
    doc = Document.open(project)
    with doc.session() as session:
        session.execute(update(Person).where(Person.name == "Kevin Zhang")
                        .values(confidential=True))
    doc.close()
    sections = (Section.SCHEDULE, Section.RISKS, Section.RACI, Section.STAKEHOLDERS)
    out = tmp_path / "p.pdf"
    write_report(project, out, ReportOptions(sections=sections, paper=Paper.A3))
    text = pdf_text(out)
    assert "Kevin" not in text
    assert "Eric Xu" in text  # another team member still named
    write_report(project, out, ReportOptions(sections=sections, paper=Paper.A3,
                                             include_confidential=True))
    assert "Kevin Zhang" in pdf_text(out)
