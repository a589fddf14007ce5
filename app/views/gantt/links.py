"""Link routing moved to app/core/gantt_links.py (the PDF report draws the same routes);
re-exported so the Gantt page's imports keep working."""

from app.core.gantt_links import STUB, LinkIndex, Point, distance_to, route

__all__ = ["STUB", "LinkIndex", "Point", "distance_to", "route"]
