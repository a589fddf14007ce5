from types import SimpleNamespace as NS

import pytest

from app.core.enums import Engagement as E
from app.core.errors import UserError
from app.core.stakeholders import (
    Quadrant,
    check_score,
    clean_name,
    engagement_gap,
    engagement_gaps,
    high_from,
    quadrant,
    quadrant_counts,
    shareable,
)


def test_quadrants_split_in_the_middle_of_any_scale():
    assert quadrant(6, 6) is Quadrant.MANAGE_CLOSELY
    assert quadrant(5, 6) is Quadrant.KEEP_INFORMED
    assert quadrant(6, 5) is Quadrant.KEEP_SATISFIED
    assert quadrant(5, 5) is Quadrant.MONITOR
    assert quadrant(3, 3, scale=5) is Quadrant.MANAGE_CLOSELY
    assert (high_from(10), high_from(5), high_from(7)) == (6, 3, 4)
    assert quadrant(4, 4, scale=7) is Quadrant.MANAGE_CLOSELY
    assert quadrant(3, 4, scale=7) is Quadrant.KEEP_INFORMED


def test_quadrant_counts_list_every_quadrant():
    people = [NS(power=9, interest=9), NS(power=8, interest=2), NS(power=9, interest=7)]
    assert quadrant_counts(people) == {Quadrant.MANAGE_CLOSELY: 2, Quadrant.KEEP_SATISFIED: 1,
                                       Quadrant.KEEP_INFORMED: 0, Quadrant.MONITOR: 0}


def test_each_quadrant_recommends_an_action():
    assert Quadrant.MANAGE_CLOSELY.action.startswith("Engage fully")
    assert len({q.action for q in Quadrant}) == 4


def test_engagement_gaps_count_steps_both_ways():
    assert engagement_gap(E.RESISTANT, E.SUPPORTIVE) == 2
    assert engagement_gap(E.LEADING, E.SUPPORTIVE) == -1
    assert engagement_gap(E.NEUTRAL, None) is None
    a = NS(engagement_current=E.UNAWARE, engagement_desired=E.LEADING)
    b = NS(engagement_current=E.NEUTRAL, engagement_desired=E.NEUTRAL)
    c = NS(engagement_current=None, engagement_desired=E.NEUTRAL)
    d = NS(engagement_current=E.LEADING, engagement_desired=E.SUPPORTIVE)
    gaps = engagement_gaps([a, b, c, d])
    assert (gaps.assessed, gaps.unassessed, gaps.count, gaps.steps) == (3, 1, 2, 5)
    assert gaps.gaps == ((a, 4), (d, -1))


def test_confidential_people_are_shared_only_when_asked():
    open_, secret = NS(confidential=False), NS(confidential=True)
    assert shareable([open_, secret]) == [open_]
    assert shareable([open_, secret], include_confidential=True) == [open_, secret]


def test_names_are_trimmed_and_must_be_new():
    assert clean_name("  Li   Wei ", ["Wang Fang"]) == "Li Wei"
    with pytest.raises(UserError, match="needs a name"):
        clean_name("   ", [])
    with pytest.raises(UserError, match="already a stakeholder called “li wei”"):
        clean_name("li wei", ["Li  Wei"])


def test_scores_stay_on_the_scale():
    assert check_score("power", " 7 ", 10, "Li") == 7
    assert check_score("target_power", "", 10, "Li") is None
    for bad in ("0", "11", "5.5", "high", ""):
        with pytest.raises(UserError) as caught:
            check_score("interest", bad, 10, "Li")
        assert caught.value.message() == (
            f"Interest of “Li” must be a whole number from 1 to 10; “{bad}” was not accepted.")
    with pytest.raises(UserError, match="from 1 to 5"):
        check_score("power", 6, 5, "Li")
