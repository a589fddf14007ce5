"""The Gantt snapshot moved to app/models/gantt_data.py (the PDF report reads the same
rows); re-exported so the Gantt page's imports keep working."""

from app.models.gantt_data import (
    GanttRow,
    LinkRow,
    Snapshot,
    fill_row,
    load,
    load_baseline,
    load_links,
    load_people,
    load_risks,
    read_raw,
    refresh_tasks,
)

__all__ = ["GanttRow", "LinkRow", "Snapshot", "fill_row", "load", "load_baseline",
           "load_links", "load_people", "load_risks", "read_raw", "refresh_tasks"]
