"""Risk scoring, rating under each scale, validation, trends and summaries (no Qt)."""

from __future__ import annotations

from datetime import date

import pytest

from app.core.enums import RiskKind, RiskStatus, RiskStrategy
from app.core.errors import UserError
from app.core.risk import (
    SCALES,
    Matrix,
    Rating,
    check_dates,
    check_level,
    check_strategy,
    default_cells,
    default_labels,
    is_overdue,
    next_code,
    next_review,
    remap_level,
    score,
    trend,
)
from app.core.risk_summary import (
    ReviewFacts,
    RiskFacts,
    counts_by_rating,
    exposure_history,
    month_ends,
    overdue_reviews,
    task_markers,
    top_risks,
)

RATINGS = (Rating("low", "Low", "#4caf50", 0), Rating("medium", "Medium", "#ffc107", 1),
           Rating("high", "High", "#ff7043", 2), Rating("critical", "Critical", "#d32f2f", 3))


def matrix(scale: int = 5) -> Matrix:
    p, i = default_labels(scale, "en")
    return Matrix(scale, p, i, RATINGS, default_cells(scale, RATINGS))


@pytest.mark.parametrize("scale", SCALES)
def test_every_cell_is_rated_and_ratings_never_fall_as_scores_rise(scale):
    m = matrix(scale)
    assert len(m.cells) == scale * scale
    rank = {(p, i): m.rating(p, i).rank for p in range(1, scale + 1)
            for i in range(1, scale + 1)}
    assert rank[(1, 1)] == 0 and rank[(scale, scale)] == 3
    for (p, i), r in rank.items():
        if p < scale:
            assert rank[(p + 1, i)] >= r
        if i < scale:
            assert rank[(p, i + 1)] >= r
        assert rank[(i, p)] == r  # probability and impact weigh the same by default


def test_rating_follows_the_score_share_of_each_scale():
    assert score(4, 5) == 20
    five, three, four = matrix(5), matrix(3), matrix(4)
    assert five.rating(4, 5).code == "critical"  # 20/25 = 80 %
    assert five.rating(2, 3).code == "medium"  # 6/25 = 24 %
    assert five.rating(1, 4).code == "low"  # 4/25 = 16 %
    assert three.rating(2, 2).code == "high"  # 4/9 = 44 %
    assert three.rating(1, 2).code == "medium"  # 2/9 = 22 %
    assert three.rating(3, 3).code == "critical"
    assert four.rating(4, 3).code == "critical"  # 12/16 = 75 %
    assert four.rating(2, 2).code == "medium"  # 4/16 = 25 %


def test_a_user_drawn_matrix_wins_over_the_score():
    cells = dict(default_cells(5, RATINGS))
    cells[(5, 1)] = "high"  # "almost certain, negligible" is still high for this client
    m = Matrix(5, *default_labels(5, "en"), RATINGS, cells)
    assert m.rating(5, 1).label == "High"
    assert m.rating(None, 3) is None
    assert m.level_label("impact", 5) == "Severe" and m.level_label("probability", 9) == ""


def test_default_labels_in_both_languages_for_each_scale():
    for scale in SCALES:
        for lang in ("en", "zh_CN"):
            p, i = default_labels(scale, lang)
            assert len(p) == len(i) == scale
    assert default_labels(5, "zh_CN")[0][0] == "极低"
    assert default_labels(5, "en")[0][-1] == "Almost certain"


def test_levels_outside_the_scale_are_refused_naming_risk_and_field():
    assert check_level("3", 3, "impact", "R-001") == 3
    assert check_level(None, 3, "residual_impact", "R-001", optional=True) is None
    for bad in (0, 4, "x", "2.5", None):
        with pytest.raises(UserError) as err:
            check_level(bad, 3, "impact", "R-007")
        assert "R-007" in err.value.message() and "impact" in err.value.message()
        assert "3\u00d73" in err.value.message()


def test_review_and_closed_dates_cannot_precede_identification():
    check_dates("R-1", date(2026, 3, 1), next_review=date(2026, 3, 1))
    with pytest.raises(UserError) as err:
        check_dates("R-1", date(2026, 3, 1), next_review=date(2026, 2, 28))
    assert "2026-02-28" in err.value.message() and "next review" in err.value.message()
    with pytest.raises(UserError):
        check_dates("R-1", date(2026, 3, 1), reviewed=date(2026, 1, 1))
    with pytest.raises(UserError):
        check_dates("R-1", date(2026, 3, 1), closed=date(2026, 1, 1))


def test_strategies_belong_to_their_kind():
    check_strategy("R-1", RiskKind.THREAT, RiskStrategy.MITIGATE)
    check_strategy("R-1", RiskKind.OPPORTUNITY, RiskStrategy.EXPLOIT)
    with pytest.raises(UserError) as err:
        check_strategy("R-1", RiskKind.OPPORTUNITY, RiskStrategy.AVOID)
    assert "Exploit" in err.value.message()


def test_codes_reviews_trends():
    assert next_code([]) == "R-001"
    assert next_code(["R-001", "R-017", "X-99", "R-003"]) == "R-018"
    assert next_review(date(2026, 1, 31), 30) == date(2026, 3, 2)
    assert trend([12]) == "" and trend([12, 16]) == "\u2191"
    assert trend([16, 12]) == "\u2193" and trend([9, 9]) == "\u2192"
    assert is_overdue(date(2026, 5, 1), RiskStatus.MONITORING, date(2026, 5, 2))
    assert not is_overdue(date(2026, 5, 1), RiskStatus.CLOSED, date(2026, 5, 2))
    assert not is_overdue(date(2026, 5, 2), RiskStatus.MONITORING, date(2026, 5, 2))


def test_remapping_levels_between_scales_is_explicit_and_monotonic():
    assert [remap_level(n, 5, 3) for n in range(1, 6)] == [1, 1, 2, 3, 3]
    assert [remap_level(n, 3, 5) for n in range(1, 4)] == [1, 3, 5]
    assert [remap_level(n, 4, 3) for n in range(1, 5)] == [1, 2, 2, 3]
    for old in SCALES:
        for new in SCALES:
            mapped = [remap_level(n, old, new) for n in range(1, old + 1)]
            assert mapped == sorted(mapped) and mapped[0] == 1 and mapped[-1] == new
            if old == new:
                assert mapped == list(range(1, old + 1))


def facts(n: int, p: int, i: int, **kw) -> RiskFacts:
    return RiskFacts(id=n, code=f"R-{n:03d}", title=f"risk {n}", probability=p, impact=i, **kw)


def test_summaries_count_rank_and_flag():
    m = matrix(5)
    risks = [facts(1, 5, 5), facts(2, 1, 1), facts(3, 4, 4, status=RiskStatus.CLOSED),
             facts(4, 3, 3, kind=RiskKind.OPPORTUNITY, residual_probability=1,
                   residual_impact=2),
             facts(5, 2, 5, next_review_on=date(2026, 4, 1)),
             facts(6, 5, 5, next_review_on=date(2026, 3, 1))]
    counts = {c.rating.code: (c.threats, c.opportunities) for c in counts_by_rating(risks, m)}
    # 1 (1×1) low; opportunity 9 = 36 % medium; 10 = 40 % high; two 25s critical
    assert counts == {"low": (1, 0), "medium": (0, 1), "high": (1, 0), "critical": (2, 0)}
    residual = counts_by_rating(risks, m, residual=True)
    assert [c.total for c in residual] == [1, 0, 0, 0]
    assert [r.code for r in top_risks(risks, 3)] == ["R-001", "R-006", "R-005"]
    assert [r.code for r in overdue_reviews(risks, date(2026, 5, 1))] == ["R-006", "R-005"]


def test_exposure_history_follows_reviews():
    m = matrix(5)
    risk = facts(1, 2, 2, identified_on=date(2026, 1, 10), reviews=(
        ReviewFacts(date(2026, 1, 15), 4, 5, None, None),
        ReviewFacts(date(2026, 3, 10), 2, 2, None, None)))
    later = facts(2, 3, 3, identified_on=date(2026, 2, 20), closed_on=date(2026, 3, 20))
    days = month_ends(date(2026, 1, 1), date(2026, 4, 1))
    assert days == [date(2026, 1, 31), date(2026, 2, 28), date(2026, 3, 31), date(2026, 4, 30)]
    points = exposure_history([risk, later], m, days)
    assert [p.exposure for p in points] == [20, 29, 4, 4]
    assert [p.open_threats for p in points] == [1, 2, 1, 1]
    assert points[0].by_rating["critical"] == 1 and points[2].by_rating["low"] == 1


def test_task_markers_list_open_risks_and_the_worst_rating():
    m = matrix(5)
    risks = [facts(1, 1, 1, task_ids=(10, 11)), facts(2, 5, 5, task_ids=(11,)),
             facts(3, 5, 5, task_ids=(12,), status=RiskStatus.CLOSED)]
    markers = task_markers(risks, m)
    assert set(markers) == {10, 11}
    assert markers[11].codes == ("R-001", "R-002") and markers[11].worst.code == "critical"
    assert markers[10].worst.code == "low"
