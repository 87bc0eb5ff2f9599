from __future__ import annotations

import pytest

from zivo_pants.deps_report.treemap import Rect, squarify


@pytest.mark.parametrize("sizes", [[5.0], [6, 6, 4, 3, 2, 2, 1], [1000, 1, 1, 1], [3, 3, 3, 3]])
def test_areas_are_proportional_and_inside(sizes: list[float]) -> None:
    box = Rect(10, 20, 600, 400)
    rects = squarify(sizes, box)
    total = sum(sizes)
    for size, r in zip(sizes, rects):
        assert r.w * r.h == pytest.approx(box.w * box.h * size / total)
        assert box.x - 1e-6 <= r.x
        assert r.x + r.w <= box.x + box.w + 1e-6
        assert box.y - 1e-6 <= r.y
        assert r.y + r.h <= box.y + box.h + 1e-6


def test_nothing_to_draw() -> None:
    assert squarify([], Rect(0, 0, 10, 10)) == []
    assert squarify([0, 0], Rect(0, 0, 10, 10)) == [Rect(0, 0, 0, 0), Rect(0, 0, 0, 0)]
