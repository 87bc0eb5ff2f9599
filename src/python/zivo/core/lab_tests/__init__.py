"""The canonical lab-test catalogue: names, LOINC codes, specimens and units of lab tests."""
