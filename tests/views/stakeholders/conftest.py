from __future__ import annotations

from dataclasses import replace

import pytest

from app.core.enums import Attitude, Engagement
from app.models.stakeholders import StakeholderRecord
from tests.ui.conftest import errors, message_boxes  # noqa: F401 - the same guards here

BASE = StakeholderRecord(
    id=0, position=0, name="", organisation="", title="", contact="", power=5, interest=5,
    target_power=None, target_interest=None, attitude=Attitude.NEUTRAL,
    engagement_current=None, engagement_desired=None, strategy="", communication="",
    notes="", team_member=False, confidential=False)


def record(id: int, name: str, power: int = 5, interest: int = 5, **fields) -> StakeholderRecord:
    return replace(BASE, id=id, position=id, name=name, power=power, interest=interest,
                   **fields)


@pytest.fixture
def people() -> list[StakeholderRecord]:
    return [record(1, "Ada", 9, 9, attitude=Attitude.CHAMPION,
                   engagement_current=Engagement.SUPPORTIVE,
                   engagement_desired=Engagement.LEADING, organisation="Huayue"),
            record(2, "Bo", 2, 8, attitude=Attitude.BLOCKER,
                   engagement_current=Engagement.RESISTANT,
                   engagement_desired=Engagement.RESISTANT, notes="plant union"),
            record(3, "Cy", 8, 2, confidential=True, target_power=8, target_interest=6)]
