"""Bad and hostile MSPDI files: one clear message naming the element, nothing written."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main
from app.core.errors import UserError
from app.io.mspdi import import_mspdi
from app.models.document import Document

HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n'
DESIGN = ("<Task><UID>1</UID><ID>1</ID><Name>Design</Name><OutlineLevel>1</OutlineLevel>"
          "<Duration>PT16H0M0S</Duration>{design}</Task>\n")
BUILD = ("<Task><UID>2</UID><ID>2</ID><Name>Build</Name><OutlineLevel>1</OutlineLevel>"
         "<Duration>PT8H0M0S</Duration>{build}<PredecessorLink><PredecessorUID>1"
         "</PredecessorUID>{link}</PredecessorLink></Task>\n")
CALENDAR = ("<Calendars><Calendar><UID>1</UID><Name>Standard</Name><IsBaseCalendar>1"
            "</IsBaseCalendar><WeekDays><WeekDay><DayType>2</DayType><DayWorking>1</DayWorking>"
            "<WorkingTimes><WorkingTime><FromTime>08:00:00</FromTime><ToTime>{until}</ToTime>"
            "</WorkingTime><WorkingTime><FromTime>{back}</FromTime><ToTime>17:00:00</ToTime>"
            "</WorkingTime></WorkingTimes></WeekDay></WeekDays>{exceptions}</Calendar>"
            "</Calendars>\n")
RESOURCES = ("<Resources><Resource><UID>1</UID><Name>Ana</Name></Resource></Resources>\n"
             "<Assignments><Assignment><TaskUID>{task}</TaskUID><ResourceUID>{resource}"
             "</ResourceUID><Units>1</Units></Assignment></Assignments>\n")


def mspdi(*, root: str = '<Project xmlns="http://schemas.microsoft.com/project">',
          prolog: str = "", header: str = "", calendar: dict | None = None, design: str = "",
          build: str = "", link: str = "<Type>1</Type>", extra: str = "",
          people: dict | None = None) -> bytes:
    """A small valid file (Design, then Build) with one part replaced by the caller."""
    cal = CALENDAR.format(**{"until": "12:00:00", "back": "13:00:00", "exceptions": "",
                             **(calendar or {})})
    body = (f"{HEAD}{prolog}{root}\n<Name>t.xml</Name>\n<StartDate>2024-03-04T08:00:00"
            f"</StartDate>\n<CalendarUID>1</CalendarUID>\n{header}{cal}<Tasks>\n"
            f"{DESIGN.format(design=design)}{BUILD.format(build=build, link=link)}{extra}"
            f"</Tasks>\n{RESOURCES.format(**(people or {'task': 2, 'resource': 1}))}"
            f"{root[:1]}/{root[1:].split()[0].rstrip('>')}>\n")
    return body.encode("utf-8")


LAUGHS = ('<!DOCTYPE Project [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">'
          '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">]>\n')
CASES = {
    "billion-laughs": (mspdi(prolog=LAUGHS, header="<Title>&c;</Title>"),
                       ["document type or entities", "line 2"]),
    "external-entity": (mspdi(prolog='<!DOCTYPE Project [<!ENTITY x SYSTEM '
                              '"file:///etc/passwd">]>\n', header="<Title>&x;</Title>"),
                        ["document type or entities"]),
    "external-dtd": (mspdi(prolog='<!DOCTYPE Project SYSTEM "http://example.com/p.dtd">\n'),
                     ["document type or entities"]),
    "not-xml": (b"Task,Start\nDesign,2024-03-04\n", ["not a valid XML file", "line 1"]),
    "empty": (b"", ["not a valid XML file"]),
    "truncated": (mspdi()[:400], ["not a valid XML file"]),
    "binary-mpp": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512), [".mpp", "Save As"]),
    "wrong-root": (HEAD.encode() + b"<Schedule><Task/></Schedule>", ["root element is <Schedule>"]),
    "wrong-namespace": (mspdi(root='<Project xmlns="urn:example:plans">'),
                        ['<Project xmlns="urn:example:plans">']),
    "task-without-uid": (mspdi(extra="<Task><Name>Orphan</Name></Task>\n"),
                         ["Task number 3 (line 10)", "<UID>"]),
    "uid-not-a-number": (mspdi(extra="<Task><UID>three</UID></Task>\n"),
                         ["Task number 3", "<UID> (line 10)", "\u201cthree\u201d is not a whole"]),
    "duplicate-uid": (mspdi(extra="<Task><UID>1</UID><Name>Again</Name></Task>\n"),
                      ["Task UID 1", "line 10", "line 8 has the same UID"]),
    "impossible-date": (mspdi(design="<Start>2024-02-30T08:00:00</Start>"),
                        ["Task UID 1", "<Start> (line 8)", "not a date and time"]),
    "date-out-of-range": (mspdi(build="<Deadline>2200-01-01T17:00:00</Deadline>"),
                          ["Task UID 2", "<Deadline>", "outside 1984-01-01 to 2149-12-31"]),
    "bad-duration": (mspdi(extra="<Task><UID>3</UID><Duration>8 hours</Duration></Task>\n"),
                     ["Task UID 3", "<Duration> (line 10)", "not a duration"]),
    "negative-duration": (mspdi(extra="<Task><UID>3</UID><Duration>-PT8H0M0S</Duration>"
                                "</Task>\n"), ["Task UID 3", "<Duration>"]),
    "month-duration": (mspdi(extra="<Task><UID>3</UID><Duration>P1M</Duration></Task>\n"),
                       ["Task UID 3", "<Duration>"]),
    "percent-over-100": (mspdi(design="<PercentComplete>150</PercentComplete>"),
                         ["Task UID 1", "<PercentComplete>", "outside 0 to 100"]),
    "unknown-constraint": (mspdi(design="<ConstraintType>9</ConstraintType>"),
                           ["Task UID 1", "<ConstraintType>", "one of the codes 0, 1"]),
    "bad-flag": (mspdi(design="<Milestone>yes</Milestone>"), ["<Milestone>", "0 or 1"]),
    "unknown-link-type": (mspdi(link="<Type>7</Type>"), ["Task UID 2", "<Type>"]),
    "link-to-unknown-task": (mspdi(build="<PredecessorLink><PredecessorUID>99</PredecessorUID>"
                                   "</PredecessorLink>"),
                             ["Task UID 2", "<PredecessorUID> (line 9)", "UID 99"]),
    "duplicate-link": (mspdi(link="</PredecessorLink><PredecessorLink><PredecessorUID>1"
                                  "</PredecessorUID>"),
                       ["Task UID 2", "<PredecessorLink>", "predecessor UID 1 twice"]),
    "link-loop": (mspdi(design="<PredecessorLink><PredecessorUID>2</PredecessorUID>"
                               "</PredecessorLink>"),
                  ["loop", "\u201cDesign\u201d", "\u201cBuild\u201d"]),
    "self-link": (mspdi(design="<PredecessorLink><PredecessorUID>1</PredecessorUID>"
                               "</PredecessorLink>"), ["loop", "\u201cDesign\u201d"]),
    "unknown-task-calendar": (mspdi(design="<CalendarUID>7</CalendarUID>"),
                              ["Task UID 1", "<CalendarUID>", "no calendar with UID 7"]),
    "overlapping-hours": (mspdi(calendar={"until": "14:00:00"}),
                          ["calendar \u201cStandard\u201d (UID 1, line 6)", "overlap"]),
    "bad-time-of-day": (mspdi(calendar={"back": "25:00:00"}),
                        ["Calendar UID 1", "<FromTime>", "time of day"]),
    "endless-exception": (mspdi(calendar={"exceptions": (
        "<Exceptions><Exception><TimePeriod><FromDate>1984-01-01T00:00:00</FromDate><ToDate>"
        "2149-12-31T23:59:00</ToDate></TimePeriod><Type>1</Type><DayWorking>0</DayWorking>"
        "</Exception></Exceptions>")}), ["calendar \u201cStandard\u201d", "40000"]),
    "unknown-resource": (mspdi(people={"task": 2, "resource": 8}),
                         ["Assignment number 1", "<ResourceUID>", "no resource with UID 8"]),
    "unknown-assigned-task": (mspdi(people={"task": 9, "resource": 1}),
                              ["Assignment number 1", "<TaskUID>", "no task with UID 9"]),
}


def write(tmp_path: Path, content: bytes) -> Path:
    source = tmp_path / "bad.xml"
    source.write_bytes(content)
    return source


def fingerprint(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_template_file_itself_imports(tmp_path):
    report = import_mspdi(write(tmp_path, mspdi()), tmp_path / "ok.pwp")
    assert (report.tasks, report.links, report.people, report.assignments) == (2, 1, 1, 1)


def test_a_file_without_the_namespace_imports_too(tmp_path):
    report = import_mspdi(write(tmp_path, mspdi(root="<Project>")), tmp_path / "ok.pwp")
    assert report.tasks == 2


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_file_is_refused_by_name_and_nothing_is_written(case, tmp_path):
    content, fragments = CASES[case]
    target = tmp_path / "plan.pwp"
    with pytest.raises(UserError) as caught:
        import_mspdi(write(tmp_path, content), target)
    message = caught.value.message()
    for fragment in fragments:
        assert fragment in message, message
    assert "\n" not in message and len(message) < 600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.xml"]


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_file_leaves_an_existing_project_unchanged(case, tmp_path):
    target = tmp_path / "plan.pwp"
    Document.create(target, name="Kept").close()
    before = fingerprint(target)
    with pytest.raises(UserError):
        import_mspdi(write(tmp_path, CASES[case][0]), target, overwrite=True)
    assert fingerprint(target) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.xml", "plan.pwp"]


@pytest.mark.parametrize("case", sorted(CASES))
def test_the_command_says_it_in_one_line_and_exits_2(case, tmp_path, capsys):
    source = write(tmp_path, CASES[case][0])
    assert main(["import", str(source), "-o", str(tmp_path / "plan.pwp")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("planwright: error: ")
    assert CASES[case][1][0] in err[0]
    assert not (tmp_path / "plan.pwp").exists()


@pytest.mark.parametrize("case", ["billion-laughs", "link-loop", "wrong-root"])
def test_python_m_app_import_exits_2_without_a_traceback(case, tmp_path):
    source = write(tmp_path, CASES[case][0])
    result = subprocess.run([sys.executable, "-m", "app", "import", str(source), "-o",
                             str(tmp_path / "plan.pwp")], capture_output=True, text=True,
                            env={**os.environ}, timeout=120)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "plan.pwp").exists()


def test_unsupported_suffixes_are_named(tmp_path, capsys):
    (tmp_path / "plan.mpp").write_bytes(b"\xd0\xcf\x11\xe0")
    assert main(["import", str(tmp_path / "plan.mpp")]) == 2
    assert "Unsupported import format .mpp" in capsys.readouterr().err
    Document.create(tmp_path / "plan.pwp", name="Plan").close()
    assert main(["export", str(tmp_path / "plan.pwp"), "-o", str(tmp_path / "r.docx")]) == 2
    assert "Unsupported export format .docx" in capsys.readouterr().err
    assert not (tmp_path / "r.docx").exists()


def test_export_refuses_to_replace_a_file_without_force(tmp_path, capsys):
    Document.create(tmp_path / "plan.pwp", name="Plan").close()
    (tmp_path / "out.xml").write_text("keep me")
    assert main(["export", str(tmp_path / "plan.pwp"), "-o", str(tmp_path / "out.xml")]) == 2
    assert "already exists" in capsys.readouterr().err
    assert (tmp_path / "out.xml").read_text() == "keep me"
    assert main(["export", str(tmp_path / "plan.pwp"), "-o", str(tmp_path / "out.xml"),
                 "--force"]) == 0
    assert "<Project" in (tmp_path / "out.xml").read_text()
