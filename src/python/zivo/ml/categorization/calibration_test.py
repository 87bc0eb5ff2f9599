from __future__ import annotations

from pathlib import Path

from zivo.ml.categorization.calibration import TEMPERATURES, THRESHOLDS, WEIGHTS, calibrate
from zivo.ml.embeddings.embedder import SentenceTransformerEmbedder


def test_calibration_picks_values_from_the_grids(tiny_bert_dir: Path) -> None:
    names = ["Serum Creatinine", "Hemoglobin", "Blood Group", "Lipase", "Free T4", "Urine pH"]
    labels = ["kidney", "cbc", "other", "pancreas", "thyroid", "urine"]

    result = calibrate(SentenceTransformerEmbedder(model=tiny_bert_dir), names, labels)

    assert result.embedding_weight in WEIGHTS
    assert result.other_threshold in THRESHOLDS
    assert result.temperature in TEMPERATURES
    assert 0.0 <= result.leave_name_out_accuracy <= result.accuracy <= 1.0
    assert result.accuracy == 1.0  # every name here is in the references
