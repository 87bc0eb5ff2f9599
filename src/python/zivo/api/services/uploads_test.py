from __future__ import annotations

from datetime import UTC, datetime

import pytest

from zivo.api.services import csv_headers
from zivo.api.services.errors import UnsupportedUploadError, UnusableInputError
from zivo.api.services.uploads import ParseClock, UploadLimits, detect_kind, parse_csv, pdf_text
from zivo.api.testing.pdf import text_pdf


def test_detect_kind() -> None:
    assert detect_kind("a.CSV", None, b"name,value") == "csv"
    assert detect_kind("upload", "text/csv; charset=utf-8", b"x") == "csv"
    assert detect_kind("notes.txt", "application/octet-stream", b"x") == "text"
    assert detect_kind("x.bin", "application/octet-stream", b"%PDF-1.7") == "pdf"
    with pytest.raises(UnsupportedUploadError):
        detect_kind("x.docx", "application/msword", b"PK")
    with pytest.raises(UnusableInputError):
        detect_kind("x.pdf", "application/pdf", b"not a pdf")


@pytest.mark.parametrize(
    "data",
    [
        b"Test Name\tResult\tUnits\nGlucose\t90\tmg/dL\n",  # Excel's "Text (Tab delimited)"
        "Analyse\tRésultat\nGlucose\t5,0\n".encode("utf-16"),  # Excel's "Unicode Text"
        b"Lab report for Jane Doe\n\nname,value\nGlucose,90\n",
    ],
)
def test_a_text_file_holding_a_table_is_read_as_one(data: bytes) -> None:
    # Read by the CSV reader, with no language model and nothing sent to one.
    assert detect_kind("labs.txt", "text/plain", data) == "csv"
    assert parse_csv(data, collected_at=None, lab_name=None).results[0].name == "Glucose"


@pytest.mark.parametrize(
    "data",
    [
        b"CITY LAB\nGlucose 90 mg/dL (70-99)\nSodium 140 mmol/L\n",
        b"Test      Result    Units\nGlucose   90        mg/dL\n",  # columns by spaces: the LLM reads it
        b"\xff\xfe\x00",  # not even text: the text reader says so
    ],
)
def test_a_text_report_is_text(data: bytes) -> None:
    assert detect_kind("report.txt", "text/plain", data) == "text"


def test_parse_csv_header_variants_and_bom() -> None:
    data = "\ufeffName , Value,UNIT\nGlucose,5.4,mmol/L\nNitrite,Negative,\n".encode()
    report = parse_csv(data, collected_at=None, lab_name="Lab")
    assert [(r.name, r.value, r.unit) for r in report.results] == [
        ("Glucose", "5.4", "mmol/L"),
        ("Nitrite", "Negative", None),
    ]
    assert report.lab_name == "Lab"


@pytest.mark.parametrize("separator", [";", "\t", "|"])
def test_parse_csv_other_separators(separator: str) -> None:
    # Excel's CSV in French or German: semicolons, decimal commas.
    rows = [["name", "value", "unit", "reference_range"], ["Glycémie", "5,4", "mmol/L", "3,9-5,8"]]
    data = "\n".join(separator.join(row) for row in rows).encode()
    report = parse_csv(data, collected_at=None, lab_name=None)
    assert [(r.name, r.value, r.unit, r.reference_range) for r in report.results] == [
        ("Glycémie", "5,4", "mmol/L", "3,9-5,8")
    ]


def test_parse_csv_dates() -> None:
    override = datetime(2024, 1, 1, tzinfo=UTC)
    same = b"name,value,collected_at\nA,1,2024-02-03\nB,2,2024-02-03\n"
    assert parse_csv(same, collected_at=None, lab_name=None).collected_at == datetime(2024, 2, 3, tzinfo=UTC)
    assert parse_csv(same, collected_at=override, lab_name=None).collected_at == override
    with pytest.raises(UnusableInputError) as differing:
        parse_csv(
            b"name,value,collected_at\nA,1,2024-02-03\nB,2,2024-02-04\n", collected_at=None, lab_name=None
        )
    assert differing.value.detail[0]["field"] == "collected_at"
    with pytest.raises(UnusableInputError) as bad:
        parse_csv(b"name,value,collected_at\nA,1,someday\n", collected_at=None, lab_name=None)
    assert bad.value.detail == [
        {
            "row": 2,
            "field": "collected_at",
            "msg": "collected_at is not a date in range (use YYYY-MM-DD or ISO 8601, years 1 to 9999 in UTC)",
        }
    ]


def test_parse_csv_rejects_empty_and_too_long_fields() -> None:
    with pytest.raises(UnusableInputError) as empty:
        parse_csv(b"name,value\n\n", collected_at=None, lab_name=None)
    assert empty.value.detail[0]["msg"] == "no result rows"
    with pytest.raises(UnusableInputError) as long_unit:
        parse_csv(b"name,value,unit\nA,1," + b"u" * 60 + b"\n", collected_at=None, lab_name=None)
    assert long_unit.value.detail[0]["row"] == 2
    assert long_unit.value.detail[0]["field"] == "unit"


LIMITS = UploadLimits(max_bytes=1 << 20, max_pdf_pages=5, max_text_chars=1_000, parse_seconds=10)


def test_pdf_text() -> None:
    assert "TSH 5.9" in pdf_text(text_pdf(["TSH 5.9 mIU/L"]), LIMITS)


def test_pdf_limits_stop_the_reading() -> None:
    with pytest.raises(UnusableInputError, match="6 pages"):
        pdf_text(text_pdf(["TSH"], pages=6), LIMITS)
    with pytest.raises(UnusableInputError, match="characters"):
        pdf_text(text_pdf(["x" * 400], pages=3), LIMITS)


def test_the_parse_clock_stops_a_slow_parse() -> None:
    expired = ParseClock(0.0)
    rows = b"name,value\n" + b"A,1\n" * 100
    with pytest.raises(UnusableInputError, match="longer than 0s"):
        parse_csv(rows, collected_at=None, lab_name=None, clock=expired)
    with pytest.raises(UnusableInputError, match="longer than"):
        pdf_text(text_pdf(["TSH"]), LIMITS, expired)


@pytest.mark.parametrize(
    "header",
    [
        "Test Name,Result,Units,Reference Range",  # a US portal's export
        "Investigation,Observed Value,Unit,Biological Reference Interval",  # an Indian lab's report
        "Component,Your Value,Standard Range,Units",  # columns in another order
        "Analyse;Résultat;Unité;Valeurs de référence",  # French, as Excel writes it
        "Parameter,Ergebnis,Einheit,Referenzbereich",
        "TEST_NAME,Result (mg/dL),UOM,Ref. Range",  # a note in brackets, underscores, dots
        # The languages whose test names the categorizer reads, as their lab systems export them.
        "Esame;Risultato;Unità di misura;Valori di riferimento",
        "Bepaling;Uitslag;Eenheid;Referentiewaarde",
        "Badanie;Wynik;Jednostka;Zakres referencyjny",
        "Tetkik;Sonuç;Birim;Referans Aralığı",
        "Показатель;Результат;Ед. изм.;Референсные значения",
        "Показник;Результат;Одиниці виміру;Референтні значення",
        "检验项目,结果（mg/dL）,单位,参考范围",  # full-width brackets
        "検査項目,結果,単位,基準値",
        "검사명,결과,단위,참고치",
        "اسم الفحص,النتيجة,الوحدة,المعدل الطبيعي",
        "Εξέταση;Αποτέλεσμα;Μονάδες;Τιμές αναφοράς",
        "Tên xét nghiệm,Kết quả,Đơn vị,Giá trị tham chiếu",
        "Pemeriksaan,Hasil,Satuan,Nilai Rujukan",
    ],
)
def test_parse_csv_reads_the_headers_lab_portals_export(header: str) -> None:
    separator = ";" if ";" in header else ","
    columns = header.split(separator)
    values = {"name": "Glucose", "value": "99", "unit": "mg/dL", "reference_range": "70-99"}
    order = ["name", "value", "unit", "reference_range"]
    if header.startswith("Component"):
        order = ["name", "value", "reference_range", "unit"]
    data = (header + "\n" + separator.join(values[field] for field in order) + "\n").encode()
    report = parse_csv(data, collected_at=None, lab_name=None)
    assert len(columns) == 4
    assert [(r.name, r.value, r.unit, r.reference_range) for r in report.results] == [
        ("Glucose", "99", "mg/dL", "70-99")
    ]


def test_parse_csv_reads_the_first_listed_of_two_name_columns() -> None:
    data = b"Description,Test Name,Result\nFasting sample,FBS,99\n"
    report = parse_csv(data, collected_at=None, lab_name=None)
    assert [(r.name, r.value) for r in report.results] == [("FBS", "99")]


def test_parse_csv_says_which_columns_it_could_not_find() -> None:
    with pytest.raises(UnusableInputError) as raised:
        parse_csv(b"Foo,Bar\n1,2\n", collected_at=None, lab_name=None)
    errors = raised.value.detail
    assert [(e["row"], e["field"]) for e in errors] == [(1, "name"), (1, "value")]
    assert "e.g. name" in errors[0]["msg"]


def test_the_header_file_is_valid() -> None:
    fields = csv_headers.headers()
    assert "test name" in fields["name"]
    assert "result" in fields["value"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("version = 2\n", "version 2"),
        ('version = 1\n[fields]\nname = ["test"]\n', "must list exactly"),
        (
            'version = 1\n[fields]\nname = ["Test"]\nvalue = []\nunit = []\nreference_range = []\n'
            "flag = []\ncollected_at = []\n",
            "not written folded",
        ),
        (
            'version = 1\n[fields]\nname = ["test"]\nvalue = ["test"]\nunit = []\nreference_range = []\n'
            "flag = []\ncollected_at = []\n",
            "under name and value",
        ),
    ],
)
def test_a_bad_header_file_fails_saying_why(text: str, message: str) -> None:
    with pytest.raises(csv_headers.HeaderFileError, match=message):
        csv_headers.parse_headers(text)


def test_parse_csv_takes_a_unit_from_the_result_columns_header() -> None:
    data = b"Test,Result (mg/dL)\nGlucose,99\nHbA1c,6.1 %\n"
    report = parse_csv(data, collected_at=None, lab_name=None)
    # A value printed with its own unit keeps it.
    assert [(r.name, r.value, r.unit) for r in report.results] == [
        ("Glucose", "99", "mg/dL"),
        ("HbA1c", "6.1", "%"),
    ]
    plain = parse_csv(b"Test,Value (SI),Units\nGlucose,5.5,\n", collected_at=None, lab_name=None)
    assert [(r.value, r.unit) for r in plain.results] == [("5.5", None)]  # "SI" is a note, not a unit


@pytest.mark.parametrize(
    ("printed", "day"),
    [
        ("2024-03-25", (2024, 3, 25)),
        ("2024/03/25", (2024, 3, 25)),
        ("25.03.2024", (2024, 3, 25)),  # German and French reports
        ("25-Mar-2024", (2024, 3, 25)),
        ("25 March 2024", (2024, 3, 25)),
        ("Mar 25, 2024", (2024, 3, 25)),
        ("25/03/2024", (2024, 3, 25)),  # the 25th: day first
        ("03/25/2024", (2024, 3, 25)),  # month first
        ("04/04/2024", (2024, 4, 4)),
        ("Mar 25 2024", (2024, 3, 25)),
        # Month names of the languages zivo reads (report_dates.toml), and year-first CJK dates.
        ("25 mars 2024", (2024, 3, 25)),
        ("25. März 2024", (2024, 3, 25)),
        ("25 de marzo de 2024", (2024, 3, 25)),
        ("25 marzo 2024", (2024, 3, 25)),
        ("1 maja 2024 r.", (2024, 5, 1)),
        ("25 Ekim 2024", (2024, 10, 25)),
        ("25 марта 2024 г.", (2024, 3, 25)),
        ("25 Ιανουαρίου 2024", (2024, 1, 25)),
        ("25 Mei 2024", (2024, 5, 25)),
        ("2024年3月25日", (2024, 3, 25)),
        ("2024년 3월 25일", (2024, 3, 25)),
        ("2024. 3. 25.", (2024, 3, 25)),
    ],
)
def test_parse_csv_reads_dates_as_portals_export_them(printed: str, day: tuple[int, int, int]) -> None:
    data = f'Test,Result,Date\nGlucose,99,"{printed}"\n'.encode()  # quoted: "Mar 25, 2024" holds a comma
    assert parse_csv(data, collected_at=None, lab_name=None).collected_at == datetime(*day, tzinfo=UTC)


@pytest.mark.parametrize(
    "printed", ["03/04/2024", "31/02/2024", "13/13/2024", "31 février 2024", "25 mars", "2024年2月30日"]
)
def test_parse_csv_refuses_a_date_it_would_have_to_guess(printed: str) -> None:
    with pytest.raises(UnusableInputError) as bad:
        parse_csv(f"Test,Result,Date\nGlucose,99,{printed}\n".encode(), collected_at=None, lab_name=None)
    assert bad.value.detail[0]["field"] == "collected_at"
    if printed == "03/04/2024":
        assert "two dates" in bad.value.detail[0]["msg"]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-8-sig", "cp1252"])
def test_parse_csv_reads_the_encodings_spreadsheets_save_in(encoding: str) -> None:
    # Excel's "Unicode Text" is UTF-16 with a byte order mark; some lab systems write it without one.
    text = "Analyse\tRésultat\tUnité\nHémoglobine\t13,5\tg/dL\nCréatinine\t80\tµmol/L\n"
    report = parse_csv(text.encode(encoding), collected_at=None, lab_name=None)
    assert [(r.name, r.value, r.unit) for r in report.results] == [
        ("Hémoglobine", "13,5", "g/dL"),
        ("Créatinine", "80", "µmol/L"),
    ]


def test_a_file_that_claims_utf16_but_is_not_is_refused() -> None:
    with pytest.raises(UnusableInputError, match="UTF-16"):
        parse_csv(b"\xff\xfeT\x00e\x00s", collected_at=None, lab_name=None)


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_parse_csv_reads_any_line_ending(newline: str) -> None:
    data = newline.join(["Test,Result,Unit", "Glucose,90,mg/dL", "Sodium,140,mmol/L", ""]).encode()
    report = parse_csv(data, collected_at=None, lab_name=None)
    assert [(r.name, r.value) for r in report.results] == [("Glucose", "90"), ("Sodium", "140")]


def test_parse_csv_finds_the_header_below_lines_about_the_report() -> None:
    data = (
        b"Patient,Jane Doe\nReport date,2024-03-01\n\n"
        b"Test Name,Result,Units,Reference Range\nGlucose,5.4,mmol/L,3.9-5.5\n,,,\n"
    )
    report = parse_csv(data, collected_at=None, lab_name=None)
    assert [(r.name, r.value, r.reference_range) for r in report.results] == [("Glucose", "5.4", "3.9-5.5")]


def test_rows_count_from_the_first_line_when_the_header_is_lower() -> None:
    with pytest.raises(UnusableInputError) as bad:
        parse_csv(
            b"Lab report\n\nTest,Result,Unit\nGlucose,90,mg/dL\n,5,x\n", collected_at=None, lab_name=None
        )
    assert bad.value.detail == [{"row": 5, "field": "name", "msg": "name is empty"}]


def test_no_header_in_the_first_lines_names_the_first_line_read() -> None:
    with pytest.raises(UnusableInputError) as bad:
        parse_csv(b"\nPatient,Jane Doe\nGlucose,90\n", collected_at=None, lab_name=None)
    assert [(error["row"], error["field"]) for error in bad.value.detail] == [(2, "name"), (2, "value")]


def test_parse_csv_follows_excels_separator_line() -> None:
    report = parse_csv(b"sep=;\nTest;Result;Unit\nGlucose;5,4;mmol/L\n", collected_at=None, lab_name=None)
    assert [(r.name, r.value, r.unit) for r in report.results] == [("Glucose", "5,4", "mmol/L")]


def test_a_row_with_only_a_name_is_a_section_title_not_a_result() -> None:
    data = (
        b"Test,Result,Unit,Range\nCOMPLETE BLOOD COUNT,,,\nHemoglobin,13.5,g/dL,13-17\n"
        b"LIPID PANEL\nCholesterol,180,mg/dL,<200\n\n*** End of report ***\n"
    )
    report = parse_csv(data, collected_at=None, lab_name=None)
    assert [r.name for r in report.results] == ["Hemoglobin", "Cholesterol"]
    # A name with a unit or a range but no value is a result missing its value.
    with pytest.raises(UnusableInputError) as missing:
        parse_csv(b"Test,Result,Unit\nGlucose,,mg/dL\n", collected_at=None, lab_name=None)
    assert missing.value.detail == [{"row": 2, "field": "value", "msg": "value is empty"}]


def test_a_file_the_csv_reader_cannot_read_is_a_422_naming_the_row() -> None:
    with pytest.raises(UnusableInputError) as long_cell:
        parse_csv(b'Test,Result\nGlucose,"' + b"9" * 200_000 + b'"\n', collected_at=None, lab_name=None)
    assert long_cell.value.detail[0]["row"] == 2
    assert long_cell.value.detail[0]["msg"].startswith("not readable as CSV: field larger than")
    # A quote left open takes the rows after it into one cell: refused, not stored as one value.
    with pytest.raises(UnusableInputError) as open_quote:
        parse_csv(b'Test,Result\nGlucose,"90\nSodium,140\n', collected_at=None, lab_name=None)
    assert open_quote.value.detail == [
        {"row": 2, "field": "value", "msg": "value spans lines (a quote left open?)"}
    ]


@pytest.mark.parametrize(
    ("printed", "moment"),
    [
        ("2024-03-25 08:30", (2024, 3, 25, 8, 30, 0)),
        ("03/25/2024 8:30 AM", (2024, 3, 25, 8, 30, 0)),
        ("03/25/2024 12:05 PM", (2024, 3, 25, 12, 5, 0)),
        ("03/25/2024 12:05 am", (2024, 3, 25, 0, 5, 0)),
        ("25.03.2024 14:05:09", (2024, 3, 25, 14, 5, 9)),
        ("25-Mar-2024 07:00", (2024, 3, 25, 7, 0, 0)),
    ],
)
def test_parse_csv_reads_a_time_after_the_date(
    printed: str, moment: tuple[int, int, int, int, int, int]
) -> None:
    data = f"Test,Result,Collected\nGlucose,99,{printed}\n".encode()
    assert parse_csv(data, collected_at=None, lab_name=None).collected_at == datetime(*moment, tzinfo=UTC)


@pytest.mark.parametrize(
    "printed", ["03/25/2024 13:00 PM", "03/25/2024 24:00", "03/25/2024 8:61", "03/04/2024 8:00"]
)
def test_parse_csv_refuses_a_time_that_is_none(printed: str) -> None:
    with pytest.raises(UnusableInputError) as bad:
        parse_csv(f"Test,Result,Collected\nGlucose,99,{printed}\n".encode(), collected_at=None, lab_name=None)
    assert bad.value.detail[0]["field"] == "collected_at"


def test_rows_of_one_day_at_different_times_are_one_report_at_the_first() -> None:
    data = b"Test,Result,Collected\nGlucose,99,2024-03-25 08:45\nSodium,140,2024-03-25 08:30\n"
    assert parse_csv(data, collected_at=None, lab_name=None).collected_at == datetime(
        2024, 3, 25, 8, 30, tzinfo=UTC
    )
