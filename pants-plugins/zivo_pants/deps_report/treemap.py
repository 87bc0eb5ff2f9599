"""Squarified treemap layout (Bruls, Huizing, van Wijk 2000): rectangles whose areas are the sizes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    w: float
    h: float


def _worst(row: Sequence[float], side: float) -> float:
    s = sum(row)
    if s <= 0 or side <= 0:
        return float("inf")
    return max(max(side * side * r / (s * s), (s * s) / (side * side * r)) for r in row if r > 0)


def squarify(sizes: Sequence[float], rect: Rect) -> list[Rect]:
    """One rectangle per size, in the order given (sort descending for the best aspect ratios)."""
    total = sum(sizes)
    if total <= 0 or not sizes:
        return [Rect(rect.x, rect.y, 0.0, 0.0) for _ in sizes]
    scale = rect.w * rect.h / total
    areas = [max(s, 0.0) * scale for s in sizes]
    out: list[Rect] = []
    x, y, w, h = rect.x, rect.y, rect.w, rect.h
    i = 0
    while i < len(areas):
        side = min(w, h)
        row = [areas[i]]
        i += 1
        while i < len(areas) and _worst([*row, areas[i]], side) <= _worst(row, side):
            row.append(areas[i])
            i += 1
        s = sum(row)
        if w >= h:  # lay the row as a column on the left
            cw = s / h if h else 0.0
            cy = y
            for a in row:
                ch = a / cw if cw else 0.0
                out.append(Rect(x, cy, cw, ch))
                cy += ch
            x, w = x + cw, w - cw
        else:  # a row along the top
            rh = s / w if w else 0.0
            cx = x
            for a in row:
                cw2 = a / rh if rh else 0.0
                out.append(Rect(cx, y, cw2, rh))
                cx += cw2
            y, h = y + rh, h - rh
    return out
