"""Risk scoring rules (no Qt)."""

from __future__ import annotations


def score(probability: int, impact: int) -> int:
    return probability * impact


def default_matrix(scale: int) -> dict[tuple[int, int], int]:
    """Band (0 low .. 3 critical) of each (probability, impact) cell.

    Bands follow the score as a share of the largest score, the common default of
    organisational matrices: under 20 % low, under 40 % medium, under 65 % high.
    """
    top = scale * scale
    result = {}
    for p in range(1, scale + 1):
        for i in range(1, scale + 1):
            share = p * i / top
            result[(p, i)] = 0 if share < 0.2 else 1 if share < 0.4 else 2 if share < 0.65 else 3
    return result
