"""The figures and comparisons of bench/labelled.py, on runs written out by hand."""

from __future__ import annotations

import json
from pathlib import Path

import labelled
import pytest
from labelled import Row


def row(name: str, label: str, category: str, *, review: bool = False, unseen: bool = True) -> Row:
    return Row(name, label, category, review, 0.5 if review else 0.95, unseen, None)


RUN = {
    "a-dev.csv": [row("Glucose", "glucose", "glucose", unseen=False), row("Glu F", "glucose", "urine")],
    "a-holdout.csv": [
        row("Hb", "cbc", "cbc", unseen=False),
        row("Hgb Bld", "cbc", "cbc"),
        row("Hgb x", "cbc", "other", review=True),
        row("Hgb y", "cbc", "cbc", review=True),
        row("Plt", "cbc", "coagulation"),
    ],
    "b-holdout.csv": [row("Na", "electrolytes", "electrolytes")],
    "lab-names-world-dev.csv": [row("TSH", "thyroid", "thyroid")],
    "notes.csv": [row("x", "other", "cbc")],
}


def test_figures_score_never_seen_names_and_count_every_name() -> None:
    held_out = labelled.pooled(RUN, "holdout")
    # Five never-seen held-out names: Hgb Bld, Hgb x, Hgb y, Plt, Na; three right.
    assert (held_out.names, held_out.every_right, held_out.unseen, held_out.unseen_right) == (6, 4, 5, 3)
    # Auto-accepted: Hgb Bld, Plt, Na (two right); two of five to review.
    assert held_out.auto_accuracy == pytest.approx(2 / 3)
    assert held_out.review_share == pytest.approx(2 / 5)
    assert held_out.top1 == pytest.approx(3 / 5)
    # A file whose name says neither half counts in neither pool.
    assert labelled.pooled(RUN, "dev").names == 3


def test_empty_figures_are_zero_not_an_error() -> None:
    empty = labelled.figures([])
    assert (empty.top1, empty.auto_accuracy, empty.review_share) == (0.0, 0.0, 0.0)


def test_moves_are_names_of_both_runs_that_changed_rightness() -> None:
    old = [
        row("A", "cbc", "cbc"),
        row("B", "cbc", "other"),
        row("C", "cbc", "cbc"),
        row("gone", "cbc", "cbc"),
    ]
    new = [
        row("A", "cbc", "liver"),
        row("B", "cbc", "cbc"),
        row("C", "cbc", "cbc", review=True),
        row("D", "x", "y"),
    ]
    assert labelled.moves(old, new) == labelled.Moves(["A"], ["B"])


def test_comparison_never_prints_a_held_out_name() -> None:
    new = {
        "a-dev.csv": [row("Glucose", "glucose", "glucose", unseen=False), row("Glu F", "glucose", "glucose")],
        "a-holdout.csv": [*RUN["a-holdout.csv"][:4], row("Plt", "cbc", "cbc")],
    }
    lines = labelled.comparison(RUN, new, names=True)
    text = "\n".join(lines)
    assert "wrong -> right: Glu F" in text
    assert any(line.startswith("a-holdout.csv") and "wrong -> right   1" in line for line in lines)
    assert "Plt" not in text


def test_a_measured_run_round_trips_through_its_json(tmp_path: Path) -> None:
    path = tmp_path / "run.json"
    path.write_text(json.dumps({"files": RUN}), encoding="utf-8")
    assert labelled.load(str(path)) == {name: list(rows) for name, rows in RUN.items()}
    assert labelled.main(["show", str(path)]) == 0
