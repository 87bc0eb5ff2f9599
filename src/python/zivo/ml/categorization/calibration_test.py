from __future__ import annotations

from pathlib import Path

from zivo.ml.categorization.calibration import (
    REVIEW_THRESHOLDS,
    TEMPERATURES,
    THRESHOLDS,
    WEIGHTS,
    calibrate,
    review_threshold_for,
)
from zivo.ml.embeddings.embedder import SentenceTransformerEmbedder


def test_calibration_picks_values_from_the_grids(tiny_bert_dir: Path) -> None:
    names = ["Serum Creatinine", "Hemoglobin", "Blood Group", "Lipase", "Free T4", "Urine pH"]
    labels = ["kidney", "cbc", "other", "pancreas", "thyroid", "urine"]

    result = calibrate(SentenceTransformerEmbedder(model=tiny_bert_dir), names, labels)

    assert result.embedding_weight in WEIGHTS
    assert result.other_threshold in THRESHOLDS
    assert result.temperature in TEMPERATURES
    assert result.review_threshold in REVIEW_THRESHOLDS
    assert 0.0 <= result.leave_name_out_accuracy <= 1.0
    assert 0.0 <= result.review_share <= 1.0


def test_review_threshold_is_the_lowest_that_makes_accepted_names_right() -> None:
    confidences = [0.95, 0.9, 0.8, 0.55, 0.5, 0.35]
    right = [True, True, True, False, True, False]
    threshold, accuracy, share = review_threshold_for(confidences, right, 0.98)
    assert 0.55 < threshold <= 0.8
    assert accuracy == 1.0
    assert share == 0.5
    # Unreachable target: the strictest threshold, honestly reported.
    threshold, accuracy, _ = review_threshold_for([1.0], [False], 0.98)
    assert threshold == REVIEW_THRESHOLDS[-1]
    assert accuracy == 0.0
