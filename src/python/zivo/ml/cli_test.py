from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from zivo.ml.cli import EXIT_BAD_INPUT, main, read_names


def _run(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(argv, out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_categorize_writes_csv_in_input_order(tmp_path: Path, tiny_bert_dir: Path) -> None:
    names = _write(
        tmp_path / "in.csv", 'id,name\n1,Hemoglobin\n2,"Lipase, Serum"\n3,Urine pH\n4,Hemoglobin\n'
    )

    code, out, err = _run(["categorize", "--csv", str(names), "--model", str(tiny_bert_dir)])

    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [row["name"] for row in rows] == ["Hemoglobin", "Lipase, Serum", "Urine pH", "Hemoglobin"]
    assert [row["category"] for row in rows] == ["cbc", "pancreas", "urine", "cbc"]
    assert [row["test_id"] for row in rows] == ["hemoglobin", "lipase", "urine_ph", "hemoglobin"]
    assert all(0.0 <= float(row["confidence"]) <= 1.0 for row in rows)
    assert "4/4" in err


def test_eval_scores_only_names_not_in_the_catalogue(tmp_path: Path, tiny_bert_dir: Path) -> None:
    labelled = _write(
        tmp_path / "dev.csv",
        "name,category\nSerum Iron,iron\nTSH,thyroid\nFerritin,cbc\nZq Xv Wp,other\nQx Ur Zz Yy,urine\n",
    )
    diagram = tmp_path / "out" / "reliability.svg"

    code, out, _ = _run(
        [
            "categorize",
            "--csv",
            str(labelled),
            "--eval",
            "--model",
            str(tiny_bert_dir),
            "--diagram",
            str(diagram),
        ]
    )

    assert code == 0
    # The three catalogue names are left out, whatever their labels say.
    assert "in the catalogue (not scored): 3; scored: 2" in out
    assert "accuracy on names not in the catalogue: " in out
    assert "sent to review: " in out
    assert "auto-accepted: " in out
    assert "precision" in out
    assert "recall" in out
    svg = diagram.read_text(encoding="utf-8")
    assert svg.startswith("<svg")
    assert "dev.csv" in svg
    assert "<rect" in svg


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("test,category\nHemoglobin,cbc\n", "no 'name' column"),
        ("", "has no rows"),
    ],
)
def test_bad_csv_exits_with_a_clear_message(tmp_path: Path, content: str, message: str) -> None:
    path = _write(tmp_path / "bad.csv", content)
    code, out, err = _run(["categorize", "--csv", str(path)])
    assert code == EXIT_BAD_INPUT
    assert message in err
    assert out == ""


def test_eval_needs_a_known_category_column(tmp_path: Path) -> None:
    missing = _write(tmp_path / "a.csv", "name\nHemoglobin\n")
    unknown = _write(tmp_path / "b.csv", "name,category\nHemoglobin,blood\n")

    assert _run(["categorize", "--csv", str(missing), "--eval"])[2].startswith("error: ")
    code, _, err = _run(["categorize", "--csv", str(unknown), "--eval"])
    assert code == EXIT_BAD_INPUT
    assert "line 2: unknown category 'blood'" in err


@pytest.mark.parametrize(
    "content",
    [
        "Name,Category\nHemoglobin,CBC\n",
        "\ufeffname;category\nHemoglobin;Complete Blood Count\n",  # Excel's semicolons and its mark
        " NAME \t category \nHemoglobin\tcomplete blood count\n",
    ],
)
def test_names_and_categories_are_read_as_people_write_them(tmp_path: Path, content: str) -> None:
    data = read_names(_write(tmp_path / "a.csv", content), need_categories=True)
    assert (data.names, data.categories) == (["Hemoglobin"], ["cbc"])


def test_unreadable_file_exits_non_zero(tmp_path: Path) -> None:
    code, _, err = _run(["categorize", "--csv", str(tmp_path / "missing.csv")])
    assert code == EXIT_BAD_INPUT
    assert "cannot read" in err


def test_bad_batch_size_is_rejected(tmp_path: Path) -> None:
    code, _, err = _run(["categorize", "--csv", str(tmp_path / "x.csv"), "--batch-size", "0"])
    assert code == EXIT_BAD_INPUT
    assert "--batch-size" in err


def test_calibrate_writes_the_unknown_analyte_share_it_estimated(tmp_path: Path, tiny_bert_dir: Path) -> None:
    labelled = _write(
        tmp_path / "dev.csv",
        "name,category,source\n"
        "Serum Creatinine,kidney,lab analyte creatinine\n"
        "Creatinine zq,kidney,lab analyte creatinine\n"
        "Frobnicase activity,other,lab analyte frobnicase\n"
        "Hemoglobin,cbc,\n",
    )

    code, out, _ = _run(["calibrate", "--csv", str(labelled), "--model", str(tiny_bert_dir)])

    assert code == 0
    # One source: of its two names not in the catalogue with an analyte, one analyte is unknown.
    assert "#   dev: 1 of 2 (0.5000)" in out
    assert "unknown_analyte_share = 0.5" in out


def test_calibrate_holds_the_review_share_when_asked(tmp_path: Path, tiny_bert_dir: Path) -> None:
    labelled = _write(
        tmp_path / "dev.csv",
        "name,category,source\n"
        "Serum Creatinine,kidney,lab analyte creatinine\n"
        "Frobnicase activity,other,lab analyte frobnicase\n",
    )
    args = ["calibrate", "--csv", str(labelled), "--model", str(tiny_bert_dir)]

    code, out, _ = _run([*args, "--max-review-share", "0"])

    assert code == 0
    assert "held to at most 0.00 to review" in out
    for option, value in (("--max-review-share", "1.5"), ("--target-auto-accuracy", "0")):
        code, out, err = _run([*args, option, value])
        assert code == EXIT_BAD_INPUT
        assert option in err
        assert out == ""


def test_calibrate_needs_the_analytes_of_some_names(tmp_path: Path, tiny_bert_dir: Path) -> None:
    labelled = _write(tmp_path / "dev.csv", "name,category\nSerum Creatinine,kidney\nHemoglobin,cbc\n")

    code, out, err = _run(["calibrate", "--csv", str(labelled), "--model", str(tiny_bert_dir)])

    assert code == EXIT_BAD_INPUT
    assert "no row names its analyte" in err
    assert out == ""


def test_calibrate_reads_every_development_half(tmp_path: Path, tiny_bert_dir: Path) -> None:
    from zivo.ml.categorization.evaluation import DEVELOPMENT_HALVES

    for half in DEVELOPMENT_HALVES:
        _write(
            tmp_path / f"{half}.csv",
            "name,category,source\n"
            "Serum Creatinine zq,kidney,lab analyte creatinine\n"
            "Frobnicase activity,other,lab analyte frobnicase\n",
        )

    code, out, err = _run(["calibrate", "--development", str(tmp_path), "--model", str(tiny_bert_dir)])

    assert code == 0, err
    assert f"calibrating on {2 * len(DEVELOPMENT_HALVES)} names" in err
    # Each half is a source of the unknown analyte share's estimate.
    for half in DEVELOPMENT_HALVES:
        assert f"#   {half}: " in out


def test_calibrate_needs_labelled_names(tmp_path: Path, tiny_bert_dir: Path) -> None:
    code, out, err = _run(["calibrate", "--model", str(tiny_bert_dir)])
    assert code == EXIT_BAD_INPUT
    assert "--development" in err
    assert out == ""

    # A development folder without every half: the missing file is named.
    code, out, err = _run(["calibrate", "--development", str(tmp_path), "--model", str(tiny_bert_dir)])
    assert code == EXIT_BAD_INPUT
    assert "-dev.csv" in err
    assert out == ""
