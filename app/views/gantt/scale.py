"""The time scale moved to app/core/timescale.py (the PDF report uses the same tiers);
re-exported so the Gantt page's imports keep working."""

from app.core.timescale import (
    DAY,
    HOUR,
    MAX_PX_PER_DAY,
    MIN_PX_PER_DAY,
    MONTH,
    QUARTER,
    WEEK,
    YEAR,
    Tier,
    TimeScale,
    boundaries,
    floor,
    step,
    tier_for,
)

__all__ = ["DAY", "HOUR", "MAX_PX_PER_DAY", "MIN_PX_PER_DAY", "MONTH", "QUARTER", "WEEK",
           "YEAR", "Tier", "TimeScale", "boundaries", "floor", "step", "tier_for"]
