"""Export -> import into an empty project -> export gives the same workbook."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings

from app.io.excel import export_workbook, import_workbook
from tests.io.excel.compare import differences
from tests.io.excel.projects import build, specs


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(spec=specs())
def test_round_trip_through_an_empty_project_is_lossless(tmp_path_factory, spec):
    folder = tmp_path_factory.mktemp("round")
    source = build(folder / "a.pwp", spec)
    export_workbook(source, folder / "a.xlsx")
    import_workbook(folder / "a.xlsx", folder / "b.pwp")
    export_workbook(folder / "b.pwp", folder / "b.xlsx")
    assert differences(folder / "a.xlsx", folder / "b.xlsx") == []


def test_the_sample_round_trips(tmp_path):
    from app.models.sample import create_sample

    source = tmp_path / "sample.pwp"
    create_sample(source, "en").close()
    export_workbook(source, tmp_path / "a.xlsx", include_confidential=True)
    import_workbook(tmp_path / "a.xlsx", tmp_path / "b.pwp")
    export_workbook(tmp_path / "b.pwp", tmp_path / "b.xlsx", include_confidential=True)
    assert differences(tmp_path / "a.xlsx", tmp_path / "b.xlsx") == []
