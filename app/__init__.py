"""Planwright: offline desktop project planning."""

__version__ = "0.1.0"
