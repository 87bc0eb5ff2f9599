"""Code-path tests of the categorizer with a tiny random BERT: its embeddings mean nothing, so these check
the mechanics (exact and misspelt matches, specimens, `other`, batching, caching), not semantic quality; the
real model's accuracy is `accuracy_test.py`."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import numpy as np
import pytest
from rapidfuzz import fuzz

from zivo.core.lab_tests.catalogue import catalogue
from zivo.core.taxonomy import CATEGORY_IDS
from zivo.ml.categorization.classifier import (
    Categorizer,
    letters_and_classes_of,
    lexical_similarity,
    numbered_apart,
    organism_apart,
    organism_stems,
    words_sorted,
)
from zivo.ml.categorization.decision import (
    CATEGORY_ORDER,
    CONFIDENCE_FEATURES,
    EXACT_CONFIDENCE,
    NEIGHBOURS,
    Categorization,
    DecisionParameters,
    ScoredName,
    calibrated_parameters,
    confidence_features,
    decide,
    parse_calibration,
)
from zivo.ml.categorization.references import Reference
from zivo.ml.embeddings.cache import CachedEmbedder, LRUEmbeddingCache
from zivo.ml.embeddings.embedder import TransformersEmbedder


@pytest.fixture(scope="module")
def categorizer(tiny_bert_dir: Path) -> Categorizer:
    embedder = CachedEmbedder(TransformersEmbedder(model=tiny_bert_dir), LRUEmbeddingCache())
    # The spelling path in too, whatever the calibrated weight: the tiny model's similarities alone are
    # noise, and these tests check the mechanics.
    return Categorizer(embedder, embedding_weight=0.8)


def _reads_exactly(categorizer: Categorizer, expected: dict[str, str]) -> None:
    """Each name resolves exactly (confidence `EXACT_CONFIDENCE`) to its test."""
    for name, test_id in expected.items():
        result = categorizer.categorize(name)
        assert (result.test_id, result.confidence) == (test_id, EXACT_CONFIDENCE), name


@pytest.mark.parametrize(
    ("name", "category"),
    [
        ("Hemoglobin", "cbc"),
        ("S. Creatinine", "kidney"),
        ("SGPT (ALT)", "liver"),
        ("Thyriod Stimulating Hormone", "thyroid"),
        ("Potasium", "electrolytes"),
        ("Urine Glucose", "urine"),
        ("Glucose", "glucose"),
        ("Urine Microalbumin", "kidney"),
        ("Serum Ferritin", "iron"),
        ("Blood Group (ABO)", "other"),
        ("Hcys SerPl-sCnc", "cardiac"),
        ("T4 Free SerPl-mCnc", "thyroid"),
        ("WBC:UA", "urine"),
        ("Sp Grav UA", "urine"),
        ("Euglobulin lysis time", "coagulation"),
        ("pCO2", "other"),
        ("Carboxyhemoglobin", "other"),
        ("Anti-GBM Antibody", "inflammation"),
        ("11-Deoxycorticosterone", "hormones"),
        ("Platelet Aggregation", "coagulation"),
        # (labs59) A Gram stain's finding: "cocci" is a report word, not coccidioides mended from it.
        ("Gram Positive Cocci", "other"),
        # LOINC's short system "Snv" is the synovial fluid: the fluid's own test, not the blood glucose.
        ("Glucose Snv-mCnc", "other"),
    ],
)
def test_known_names_and_typos(categorizer: Categorizer, name: str, category: str) -> None:
    result = categorizer.categorize(name)
    assert result.category == category
    assert 0.0 <= result.confidence <= 1.0


def test_categorize_many_keeps_order_and_duplicates(categorizer: Categorizer) -> None:
    names = ["Lipase", "TSH", "Lipase", "---", "Amylase"]
    results = categorizer.categorize_many(names)
    assert [result.category for result in results] == ["pancreas", "thyroid", "pancreas", "other", "pancreas"]
    assert results[0] == results[2]
    assert categorizer.categorize_many([]) == []


def test_empty_name_is_other_with_full_confidence(categorizer: Categorizer) -> None:
    assert categorizer.categorize("  (CLIA) ") == Categorization("other", 1.0, False)


@pytest.mark.parametrize("name", ["Գլյուկոզ", "ກລູໂຄສ", "ဂလူးကို့စ်", "გლუკოზა"])
def test_a_name_in_a_script_zivo_cannot_read_goes_to_review(categorizer: Categorizer, name: str) -> None:
    # Not "other" with full confidence, as a name of nothing is: a test nobody here has read yet.
    assert categorizer.categorize(name) == Categorization("other", 0.0, True)


@pytest.mark.parametrize(
    ("name", "test_id"),
    [
        ("Глюкоза", "glucose"),
        ("Глюкоза в моче", "urine_glucose"),
        ("น้ำตาลในเลือด", "glucose"),  # Thai is read since labs46
        ("血糖", "glucose"),
        ("总胆固醇", "cholesterol_total"),
        ("سكر الدم", "glucose"),
        ("Γλυκόζη", "glucose"),
        ("גלוקוז", "glucose"),  # Hebrew is read since lead48
        ("공복혈당", "glucose_fasting"),
        ("中性脂肪", "triglycerides"),
    ],
)
def test_names_in_the_scripts_zivo_reads_are_known(categorizer: Categorizer, name: str, test_id: str) -> None:
    result = categorizer.categorize(name)
    assert (result.test_id, result.needs_review) == (test_id, False)


def test_a_name_read_in_part_goes_to_review_without_a_test(categorizer: Categorizer) -> None:
    # "Холестерин" is read, the next word is not: it may say LDL, so not the total cholesterol.
    result = categorizer.categorize("Холестерин загадочный")
    assert result.needs_review
    assert result.test_id is None
    assert result.confidence <= 0.5


def test_a_chinese_word_no_key_reads_is_scored_by_its_dictionary_gloss_and_goes_to_review(
    categorizer: Categorizer,
) -> None:
    # (lead69) "裂谷" is in no script key: CC-CEDICT glosses it "rift valley", which places the name by
    # meaning; the word stays unread, so the name is no exact test and its share read is as without the gloss.
    [scored] = categorizer.score_many(["血清裂谷熱病毒抗體"])
    assert (scored.text, scored.exact, scored.read_share) == ("rift valley fever virus antibody", None, 0.75)
    result = categorizer.categorize("血清裂谷熱病毒抗體")
    assert result.needs_review
    assert result.test_id is None


@pytest.mark.parametrize(
    ("name", "test_id"),
    [
        # (lead53) Transcriptions no script entry lists, read as the Latin word they transcribe: a drug, a
        # hormone, an enzyme, a plasma protein (Russian "ц" is c), Greek's "οι" and its "-η" ending.
        ("Ванкомицин", "vancomycin"),
        ("Лептин", "leptin"),
        ("Альдолаза", "aldolase"),
        ("Церулоплазмин", "ceruloplasmin"),
        ("Οιστραδιόλη", "estradiol"),
        ("Προγεστερόνη", "progesterone"),
        # Read through a transcription only, not as a whole: the gloss the lab printed names it.
        ("Антитела к цитоплазме нейтрофилов (ANCA)", "anca"),
    ],
)
def test_a_cyrillic_or_greek_transcription_is_read_as_its_latin_word(
    categorizer: Categorizer, name: str, test_id: str
) -> None:
    result = categorizer.categorize(name)
    assert (result.test_id, result.needs_review) == (test_id, False)


def test_a_name_with_a_latin_part_is_read_by_it(categorizer: Categorizer) -> None:
    assert categorizer.categorize("Глюкоза (Glucose)").test_id == "glucose"
    assert categorizer.categorize("Գլյուկոզ (Glucose)").test_id == "glucose"


def test_a_catalogue_name_gives_its_canonical_test(categorizer: Categorizer) -> None:
    for name in (
        "FBS",
        "Fasting Blood Sugar",
        "Glucose, fasting",
        "Glucose [Mass/volume] in Serum or Plasma --fasting",
    ):
        result = categorizer.categorize(name)
        assert result == Categorization("glucose", EXACT_CONFIDENCE, False, "glucose_fasting", "1558-6"), name


def test_a_result_printed_after_its_panel_is_the_result_not_the_panel(categorizer: Categorizer) -> None:
    # Exported reports print a result after its panel's name; the panel's name must not win the match.
    expected = {
        "TFT - TSH": "tsh",
        "RFT: Urea": "urea",
        "Liver Function Test - Total Bilirubin": "bilirubin_total",
    }
    _reads_exactly(categorizer, expected)


def test_a_name_cut_short_word_by_word_is_the_one_test_it_abbreviates(categorizer: Categorizer) -> None:
    # Fixed-width print fields cut every word ("PLT AGG", "TRI PHOSPHATE CRYSTALS", German "Sol.Fibr.mon.").
    expected = {
        "PLT AGG": "platelet_aggregation",
        "TRI PHOSPHATE CRYSTALS": "urine_crystals",
        "Sol.Fibr.mon.": "fibrin_monomers",
        # (labs50) VistA's print names cut after the first letter of the last word, or to one word.
        "LUPUS A": "lupus_anticoagulant",
        "FETAL H": "hemoglobin_f",
        "LEPTOSP": "leptospira",
        "VANILLY": "vma",
    }
    _reads_exactly(categorizer, expected)


def test_a_word_cut_before_the_specimen_printed_after_it_is_completed(categorizer: Categorizer) -> None:
    # (labs50) AmsterdamUMCdb prints the specimen after a name its field cut: "Foliumz." is foliumzuur.
    _reads_exactly(
        categorizer,
        {
            "Foliumz. (bloed)": "folate",
            "Bili Geconj. (bloed)": "bilirubin_direct",
            "TOBRA TRO": "tobramycin",  # a drug level's trough after the drug cut short
        },
    )


def test_a_code_of_two_short_words_run_together_is_read_apart(categorizer: Categorizer) -> None:
    # (labs50) VistA's and OpenClinic's capitals run together: "ABHBC" is AB + HBC (anti-HBc), "AGHBS" AG +
    # HBS; "CSPOR" is not CS (culture and sensitivity) with a Spanish "por" dropped.
    # An initial may end the code ("BILIT": BILI T, the total bilirubin; "TROPI": TROP I).
    _reads_exactly(
        categorizer,
        {
            "ABHBC": "anti_hbc_total",
            "AGHBS": "hbsag",
            "ACHBS": "anti_hbs",
            "BILIT": "bilirubin_total",
            "TROPI": "troponin_i",
        },
    )
    assert categorizer.categorize("CSPOR").confidence < EXACT_CONFIDENCE


def test_a_word_cut_short_of_one_word_is_that_word_not_a_code_of_short_words(
    categorizer: Categorizer,
) -> None:
    # (labs62) VistA's seven-letter print names: "MYOGLOB" had been read as "MYO GLOB" (a globulin),
    # "TRIIODO" as "TRI IODO"; each begins one word labs write (myoglobin, triiodothyronine).
    # "DEOXYRI" and "ANTI-DEOXYRIBONUCLEASE": anti-DNase B, its enzyme's name a catalogue word of its own.
    _reads_exactly(
        categorizer,
        {"MYOGLOB": "myoglobin", "TRIIODO": "t3_total", "DEOXYRI": "aso", "ANTI-DEOXYRIBONUCLEASE": "aso"},
    )


def test_a_cut_word_is_read_as_cut_before_it_is_mended_as_a_typo(categorizer: Categorizer) -> None:
    # (labs79) A word that begins words labs write is cut short before it is one letter from another word:
    # "HGB ELECT" was the haemoglobin ("elect" mended into "elecd", an electrode, a method word), "THYROG"
    # the T4 ("thyrox"), "Pentobarb" phenobarbital (two letters away), "NORMETA" a white cell ("nor" +
    # "meta" glued), each at 0.99; "CHLORDI" and "CALCIT" were chloride and calcium at 0.99.
    # "CALCITO" and "COMPLEM" are cut from words labs write more often than "calcio" and "complex".
    _reads_exactly(
        categorizer,
        {
            "HGB ELECT": "hemoglobin_electrophoresis",
            "THYROG": "thyroglobulin",
            "NORMETA": "normetanephrine",
            "CATECH": "catecholamines",
            "CHLORDI": "benzodiazepines",  # chlordiazepoxide; German "chlorid" is no likelier
            "CALCITO": "calcitonin",
            "COMPLEM": "complement",
        },
    )
    assert categorizer.categorize("Pentobarb SerPl Qn").test_id != "phenobarbital"
    # A cut that begins words of several tests ("calcit": calcitonin or calcitriol), or a word cut from a
    # rare word and one letter from a common one ("glucoce": glucocerebrosidase, or glucose), is a guess.
    for name in ("CALCIT", "glucoce"):
        result = categorizer.categorize(name)
        assert result.test_id is None
        assert result.needs_review
    # Misspelt words that begin no word are still mended.
    _reads_exactly(
        categorizer,
        {"hemoglobn": "hemoglobin", "cholestrol": "cholesterol_total", "creatinin": "creatinine"},
    )


def test_a_name_cut_short_of_several_tests_of_one_category_carries_no_test(categorizer: Categorizer) -> None:
    # (labs62) "C-REACT" begins the names of the CRP and of the high-sensitivity CRP: scored as the first,
    # it carries no canonical test, whatever its confidence (which of the two it is, is a guess).
    result = categorizer.categorize("C-REACT")
    assert result.test_id is None
    assert result.confidence < EXACT_CONFIDENCE


def test_a_short_name_glued_together_is_read_apart(categorizer: Categorizer) -> None:
    # "EoAbs" (Dutch: Eo + Abs, the eosinophils' absolute count), "VANCOMYdal" (the drug cut, its trough
    # glued on), "LHUrine" (LH + Urine); a name whose words are all known is left as printed.
    _reads_exactly(
        categorizer,
        {
            "EoAbs (bloed)": "eosinophils_abs",
            "GENTAMICINEdal": "gentamicin",
            "TSHSerum": "tsh",
        },
    )
    assert categorizer.categorize("HBsAg").test_id == "hbsag"


def test_a_hospital_or_analyser_code_in_capitals_is_read(categorizer: Categorizer) -> None:
    # Component codes of US hospital systems: "GLUCOSEU" is one letter from glucose, but it is glucose in
    # urine (the dipstick's, urinalysis), and "BILIRUBINUR" is not the serum bilirubin.
    _reads_exactly(
        categorizer,
        {
            "GLUCOSEU": "urine_glucose",
            "BILIRUBINUR": "urine_bilirubin",
            "NEUTROABS": "neutrophils_abs",
            "LACTICACID": "lactate",
            "POCGLU": "glucose",
            # An analyser's assay code: the analyte's code and the assay's generation (Roche's "L", liquid).
            "GLUC3": "glucose",
            "ALP2L": "alp",
            "CREJ2": "creatinine",
        },
    )


def test_a_german_specimen_suffix_names_the_specimen(categorizer: Categorizer) -> None:
    # "i.u." is "im Urin": the urine's osmolality, not the serum's; "i.S." the serum's.
    assert categorizer.categorize("Osmol.i.u.").test_id == "urine_osmolality"
    assert categorizer.categorize("Osmol. i.S.").test_id == "osmolality"


def test_a_misspelt_word_is_read_as_written_before_it_is_translated(categorizer: Categorizer) -> None:
    # French "grossesse", Dutch "natrium", Spanish "eritrocitos", one letter wrong: mended into the word the
    # grammar translates, not into the English word they are nearest to.
    assert categorizer.categorize("Test de grossesose").test_id == "hcg"
    assert categorizer.categorize("Natium").test_id == "sodium"
    assert categorizer.categorize("Eritrocitds").test_id == "rbc_count"
    # The last word cut by a print field: the one word it begins.
    assert categorizer.categorize("Test de falciformati").test_id == "sickling_test"


def test_a_name_known_through_a_word_misspelt_from_two_goes_to_review(categorizer: Categorizer) -> None:
    # "colro": one swap from "color" (the urine's colour) and from Spanish "cloro" (chloride).
    result = categorizer.categorize("Colro")
    assert result.needs_review
    assert result.test_id is None
    # Two words that give tests of one category are no guess ("trigliceride": triglyceride, Italian
    # trigliceridi).
    assert not categorizer.categorize("Trigliceride").needs_review


def test_a_name_visibly_cut_goes_to_review(categorizer: Categorizer) -> None:
    # The bracket cut open may have held the specimen ("in Urine sediment"): exact or not, a guess.
    for name in ("Erythrocytes [#/area", "Urine microscopy and"):
        result = categorizer.categorize(name)
        assert result.needs_review
        assert result.test_id is None
    assert not categorizer.categorize("Erythrocytes").needs_review


def test_property_words_cut_short_are_not_read_as_a_cut_test_name(categorizer: Categorizer) -> None:
    # LOINC's long names cut inside their property ("Substance concentrat"): "concentrat" begins a word of
    # MCHC's name, but a name of such words alone names no analyte, so it is not that name cut short.
    for name in ("Substance concentrat", "Arbitrary concentrat"):
        result = categorizer.categorize(name)
        assert (result.needs_review, result.test_id) == (True, None), name


def test_a_reading_that_names_no_analyte_goes_to_review() -> None:
    # "DOSAGEM QUANTITATIVA", a procedure's name cut before its analyte: whatever its score, a guess.
    scores = np.full(len(CATEGORY_ORDER), 0.2, dtype=np.float32)
    scores[CATEGORY_ORDER.index("lipid")] = 0.9
    tests = tuple("hdl" if c == "lipid" else None for c in CATEGORY_ORDER)
    parameters = DecisionParameters(other_threshold=0.5, temperature=0.05, review_threshold=0.5)
    assert decide(ScoredName("quantitative", None, scores, tests), parameters).needs_review
    assert not decide(ScoredName("hdl", None, scores, tests), parameters).needs_review


def test_a_specimen_word_cut_short_or_misspelt_is_the_specimen(categorizer: Categorizer) -> None:
    names = ["Urea Nitrogen, Ascit", "Potassium, Stol", "Tot Prot (SPE)"]
    cut, misspelt, unknown = categorizer.score_many(names)
    assert (cut.text, cut.specimen) == ("urea nitrogen fluid", "fluid")
    assert (misspelt.text, misspelt.specimen) == ("potassium stool", "stool")
    assert unknown.specimen is None


def test_a_word_saying_a_row_is_a_test_weighs_only_names_that_have_it(tiny_bert_dir: Path) -> None:
    # "zorblium test" is closer in spelling to "zorblum test" (infection) than to "zorblium" (lipid) as
    # printed; "test" says only that it is a test: compared without it to names without it, it is zorblium.
    tests = {test.category: test.id for test in catalogue()}
    references = [Reference(f"qqq{i}", tests[c], c) for i, c in enumerate(CATEGORY_ORDER)]
    references += [
        Reference("zorblium", tests["lipid"], "lipid"),
        Reference("zorblum test", tests["infection"], "infection"),
        Reference("quaxen test", tests["infection"], "infection"),
        Reference("quaxen", tests["cbc"], "cbc"),
    ]
    embedder = CachedEmbedder(TransformersEmbedder(model=tiny_bert_dir), LRUEmbeddingCache())
    categorizer = Categorizer(embedder, references=references, embedding_weight=0.0)
    lipid, infection, cbc = (CATEGORY_ORDER.index(c) for c in ("lipid", "infection", "cbc"))
    printed, level, named = categorizer.score_many(["Zorblium test", "Zorblium level", "Quaxen test"])
    assert int(np.argmax(printed.scores)) == lipid
    assert printed.scores[lipid] == pytest.approx(1.0)
    assert int(np.argmax(level.scores)) == lipid
    # Compared as printed with the catalogue names that have the word (both infection scores lose the
    # same specimen penalty, if any), and without it with those that have not.
    as_printed = fuzz.ratio("test zorblium", "test zorblum") / 100
    assert named.scores[infection] - printed.scores[infection] == pytest.approx(1.0 - as_printed)
    assert named.scores[cbc] == pytest.approx(1.0)


def test_a_substring_is_not_the_test(categorizer: Categorizer) -> None:
    # Euglobulin is a fibrinolysis test, not the liver's globulin; typo correction must not make it one.
    result = categorizer.categorize("Euglobulin Lysis Time")
    assert result.test_id != "globulin"


def test_a_result_under_review_carries_no_canonical_test() -> None:
    scores = np.full(len(CATEGORY_ORDER), 0.2, dtype=np.float32)
    scores[CATEGORY_ORDER.index("lipid")] = 0.52
    scores[CATEGORY_ORDER.index("cbc")] = 0.51
    tests = tuple("hdl" if c == "lipid" else "hemoglobin" if c == "cbc" else None for c in CATEGORY_ORDER)
    parameters = DecisionParameters(other_threshold=0.5, temperature=0.05, review_threshold=0.5)
    close = decide(ScoredName("zzz", None, scores, tests), parameters)
    assert close.needs_review
    assert close.test_id is None
    scores[CATEGORY_ORDER.index("lipid")] = 0.9
    sure = decide(ScoredName("zzz", None, scores, tests), parameters)
    assert (sure.category, sure.needs_review, sure.test_id, sure.loinc) == ("lipid", False, "hdl", "2085-9")
    several = decide(ScoredName("zzz", None, scores, tests, several_tests=True), parameters)
    assert (several.category, several.needs_review, several.test_id) == ("lipid", False, None)
    lipid_apart = tuple(c == "lipid" for c in CATEGORY_ORDER)
    apart = decide(ScoredName("zzz", None, scores, tests, numbered_apart=lipid_apart), parameters)
    other_organism = decide(ScoredName("zzz", None, scores, tests, organism_apart=lipid_apart), parameters)
    assert (other_organism.category, other_organism.test_id) == ("lipid", None)
    other_words = decide(ScoredName("zzz", None, scores, tests, worded_apart=lipid_apart), parameters)
    assert (other_words.category, other_words.needs_review, other_words.test_id) == ("lipid", False, None)
    other_letter = decide(ScoredName("zzz", None, scores, tests, lettered_apart=lipid_apart), parameters)
    assert (other_letter.category, other_letter.test_id, other_letter.confidence) == (
        "lipid",
        None,
        sure.confidence,
    )
    assert (apart.category, apart.needs_review, apart.test_id, apart.confidence) == (
        "lipid",
        False,
        None,
        sure.confidence,
    )


def test_a_sibling_test_whose_names_say_more_of_the_names_words_is_apart(categorizer: Categorizer) -> None:
    # The catalogue's own names decide, not the model: "surface antigen hbsag" nearest HBeAg's names, where
    # HBsAg's say "surface" and "hbsag"; "neutrophils band" nearest the neutrophil percentage, where the band
    # neutrophils' names say both words; "bicarbonate standard" nearest the bicarbonate.
    index = categorizer._loaded_index()
    assert index.worded_apart("surface antigen hbsag", ["hbeag", None]) == (True, False)
    assert index.worded_apart("neutrophils band", ["neutrophils_pct"]) == (True,)
    assert index.worded_apart("bicarbonate standard", ["bicarbonate"]) == (True,)
    # Not when the best test's names say what the name says, nor for words no test's names tell apart.
    assert index.worded_apart("hbsag", ["hbsag"]) == (False,)
    assert index.worded_apart("hepatitis b e antigen", ["hbeag"]) == (False,)
    assert index.worded_apart("glucose fasting", ["glucose_fasting"]) == (False,)
    assert index.worded_apart("", ["hbeag"]) == (False,)


def test_a_reference_numbered_otherwise_than_the_name_is_apart() -> None:
    # (lead58) Both say numbers and neither set holds the other: "il 10" against "il 9", "ca 19 9"
    # against "ca 27 29". A reference that says fewer numbers, or more, of the name's is not apart ("25 oh
    # vitamin d3" and "25 hydroxyvitamin d", "hiv 1" and "hiv 1 2", "5 hiaa" and "5 hiaa 24 hour urine"),
    # nor one that says none, nor one whose test numbers its names several ways (None).
    assert numbered_apart(frozenset({10}), [frozenset({9}), frozenset({19, 9}), frozenset({10, 2})]) == (
        True,
        True,
        False,
    )
    assert numbered_apart(frozenset({3, 25}), [frozenset({25}), frozenset(), None]) == (False, False, False)
    assert numbered_apart(frozenset({1}), [frozenset({1, 2})]) == (False,)
    assert numbered_apart(frozenset(), [frozenset({9})]) == (False,)


def test_a_test_of_another_organism_is_apart() -> None:
    # (lead59) "CMV IgG (liquor)" had carried the RSV test, "VZV IgM Qn (CSF)" too, "Varicella Ab IgM CSF" the
    # syphilis test: the name names an organism its test's names do not. One organism in two forms is not
    # apart (five letters alike: "pneumococcus" and "pneumococcal", "influ" and "influenzae"), nor a name or
    # a test that names none.
    rsv = organism_stems({"rsv", "respiratory", "syncytial", "virus"})
    cmv = organism_stems({"cmv", "cytomegalovirus"})
    pneumococcal = organism_stems({"pneumococcal", "streptococcus", "pneumoniae"})
    assert organism_apart(frozenset({"cmv"}), [rsv, cmv, frozenset()]) == (True, False, False)
    assert organism_apart(frozenset({"pneumococcus"}), [pneumococcal]) == (False,)
    assert organism_apart(frozenset({"influ"}), [organism_stems({"haemophilus", "influenzae"})]) == (False,)
    assert organism_apart(frozenset(), [rsv]) == (False,)


def _spelling_only(tiny_bert_dir: Path, references: list[Reference]) -> Categorizer:
    """A categorizer that scores by spelling alone over `references` and one invented name per category."""
    tests = {test.category: test.id for test in catalogue()}
    every = [Reference(f"qqq{i}", tests[c], c) for i, c in enumerate(CATEGORY_ORDER)] + references
    embedder = CachedEmbedder(TransformersEmbedder(model=tiny_bert_dir), LRUEmbeddingCache())
    return Categorizer(embedder, references=every, embedding_weight=0.0)


def test_a_sibling_numbered_otherwise_is_told_apart(tiny_bert_dir: Path) -> None:
    # (lead58) "IL-10" had carried interleukin 9's test (the nearest name, "il 9"): its category is sure,
    # the test a sibling. Spelling alone, invented names: "zorb 10" is apart from both interleukins'
    # names, "zorb 9" is not apart from its own, and a test that groups analytes numbered apart (the CD
    # markers) is never apart from a number it does not list.
    categorizer = _spelling_only(
        tiny_bert_dir,
        [
            Reference("zorb 9", "interleukin_9", "inflammation"),
            Reference("zorb 12", "interleukin_12", "inflammation"),
            Reference("zorb 12 p70", "interleukin_12", "inflammation"),
            Reference("quax 4", "lymphocyte_subsets", "cbc"),
            Reference("quax 8", "lymphocyte_subsets", "cbc"),
        ],
    )
    inflammation, cbc = CATEGORY_ORDER.index("inflammation"), CATEGORY_ORDER.index("cbc")
    ten, nine, five = categorizer.score_many(["Zorb 10", "Zorb 9", "Quax 5"])
    assert ten.tests[inflammation] in ("interleukin_9", "interleukin_12")
    assert ten.numbered_apart[inflammation]
    assert nine.tests[inflammation] == "interleukin_9"
    assert not nine.numbered_apart[inflammation]
    assert five.tests[cbc] == "lymphocyte_subsets"
    assert not five.numbered_apart[cbc]


def test_a_sibling_lettered_otherwise_is_told_apart(tiny_bert_dir: Path) -> None:
    # (lead60) "Streptococcus group A antigen" had carried the group B strep test at 1.00, LabBook's
    # "Lipoprotéines A1 B" (apolipoproteins A1 and B) lipoprotein(a)'s. Letters compare as numbers do:
    # "zorb c" is apart from protein S's "zorb s", not from protein C's own name, nor from a name that
    # says more letters of its own ("zorb c s"); a test whose names say letters with none common to all
    # (the lymphocyte subsets' "b cells" and "t cells") is never apart.
    categorizer = _spelling_only(
        tiny_bert_dir,
        [
            Reference("zorb s", "protein_s", "coagulation"),
            Reference("quax b", "lymphocyte_subsets", "cbc"),
            Reference("quax t", "lymphocyte_subsets", "cbc"),
        ],
    )
    coagulation, cbc = CATEGORY_ORDER.index("coagulation"), CATEGORY_ORDER.index("cbc")
    c, s, both, nk = categorizer.score_many(["Zorb C", "Zorb S", "Zorb C S", "Quax NK"])
    assert c.tests[coagulation] == "protein_s"
    assert c.lettered_apart[coagulation]
    assert not s.lettered_apart[coagulation]
    assert not both.lettered_apart[coagulation]
    assert nk.tests[cbc] == "lymphocyte_subsets"
    assert not nk.lettered_apart[cbc]


def test_low_scores_go_to_other_and_need_review() -> None:
    scores = np.full(len(CATEGORY_ORDER), 0.2, dtype=np.float32)
    scores[CATEGORY_ORDER.index("lipid")] = 0.3
    parameters = DecisionParameters(other_threshold=0.5, temperature=0.05, review_threshold=0.5)

    tests = (None,) * len(CATEGORY_ORDER)
    low = decide(ScoredName("zzz", None, scores, tests), parameters)
    assert low.category == "other"

    scores[CATEGORY_ORDER.index("lipid")] = 0.52
    scores[CATEGORY_ORDER.index("cbc")] = 0.51
    close = decide(ScoredName("zzz", None, scores, tests), parameters)
    assert close.category == "lipid"
    assert close.needs_review


def test_exclude_identical_ignores_the_name_itself(categorizer: Categorizer) -> None:
    seen = categorizer.score_many(["Ferritin"])[0]
    unseen = categorizer.score_many(["Ferritin"], exclude_identical=True)[0]
    assert seen.exact == "ferritin"
    assert unseen.exact is None
    assert unseen.scores[CATEGORY_ORDER.index("iron")] < 1.0


def test_results_are_remembered_per_raw_name(tiny_bert_dir: Path) -> None:
    model = TransformersEmbedder(model=tiny_bert_dir)
    categorizer = Categorizer(model, result_cache_size=2)
    first = categorizer.categorize_many(["Urea", "Sodium", "Calcium"])
    assert first == categorizer.categorize_many(["Urea", "Sodium", "Calcium"])
    assert len(categorizer._results) == 2  # bounded


def test_custom_references_must_cover_every_category(tiny_bert_dir: Path) -> None:
    categorizer = Categorizer(
        TransformersEmbedder(model=tiny_bert_dir),
        references=[Reference("hemoglobin", "hemoglobin", "cbc")],
    )
    with pytest.raises(ValueError, match="no reference names"):
        categorizer.warm_up()


@pytest.mark.parametrize(
    "kwargs", [{"embedding_weight": 1.5}, {"temperature": 0.0}, {"result_cache_size": 0}]
)
def test_rejects_bad_parameters(tiny_bert_dir: Path, kwargs: dict[str, float]) -> None:
    with pytest.raises(ValueError, match="must be"):
        Categorizer(TransformersEmbedder(model=tiny_bert_dir), **kwargs)  # type: ignore[arg-type]


def test_every_result_is_a_taxonomy_category(categorizer: Categorizer) -> None:
    names = ["Widal", "CA 125", "INR", "Vitamin B12", "HDL", "Troponin I", "Testosterone", "CRP", "xq"]
    assert {result.category for result in categorizer.categorize_many(names)} <= CATEGORY_IDS


def test_a_name_that_names_an_organism_weighs_references_without_one_down(tiny_bert_dir: Path) -> None:
    embedder = CachedEmbedder(TransformersEmbedder(model=tiny_bert_dir), LRUEmbeddingCache())
    plain = Categorizer(embedder, organism_penalty=0.0)
    weighed = Categorizer(embedder, organism_penalty=0.2)
    # IgM: "B. quintana IgG" is the catalogue's Bartonella antibody exactly (its IgG read as the antibody,
    # labs49), no name scored by meaning.
    names = ["B. quintana IgM titer (S)", "Cladosporium IgE Ab", "Smooth muscle Ab IF titer (S)"]
    before, after = plain.score_many(names), weighed.score_many(names)
    infection, cbc = CATEGORY_ORDER.index("infection"), CATEGORY_ORDER.index("cbc")
    # An organism's antibody: infection references (they name organisms) keep their score; categories
    # whose references name no organism lose the penalty.
    assert after[0].scores[infection] == pytest.approx(before[0].scores[infection])
    assert after[0].scores[cbc] == pytest.approx(before[0].scores[cbc] - 0.2, abs=1e-6)
    # An allergen IgE and an autoantibody name no infection: nothing changes.
    for unchanged in (1, 2):
        np.testing.assert_allclose(after[unchanged].scores, before[unchanged].scores, atol=1e-6)


def test_leave_out_hides_the_whole_test_of_a_single_analyte(categorizer: Categorizer) -> None:
    # "Serum Ferritin" left out with its own test: no reference of `ferritin` may score it, so the iron
    # category's best test is another iron test, and the name is not resolved exactly.
    unseen = categorizer.score_many(["Serum Ferritin"], leave_out=["ferritin"])[0]
    assert unseen.exact is None
    assert unseen.tests[CATEGORY_ORDER.index("iron")] != "ferritin"
    with pytest.raises(ValueError, match="one test id"):
        categorizer.score_many(["Ferritin", "Iron"], leave_out=["ferritin"])


def test_leave_out_of_a_grouping_test_hides_only_the_names_sharing_a_distinctive_word(
    categorizer: Categorizer,
) -> None:
    # `drug_levels` groups the rarer drugs: leaving "Zolpidem level" out hides the zolpidem names, not
    # ketamine's.
    index = categorizer._loaded_index()
    hidden = {index.texts[column] for column in index.analyte_columns_of("drug_levels", "zolpidem level")}
    assert hidden
    assert all("zolpidem" in text for text in hidden)
    assert len(index.columns_of_test["drug_levels"]) > len(hidden)
    # A test with few names is hidden whole.
    assert index.analyte_columns_of("ferritin", "zzz") == index.columns_of_test["ferritin"]


def test_each_path_alone_names_a_category(categorizer: Categorizer) -> None:
    scored = categorizer.score_many(["Serum Lipase Level Zq"])[0]
    assert 0 <= scored.semantic_category < len(CATEGORY_ORDER)
    assert 0 <= scored.lexical_category < len(CATEGORY_ORDER)


def test_the_confidence_model_reads_path_agreement_specimen_and_neighbours() -> None:
    scores = np.full(len(CATEGORY_ORDER), 0.2, dtype=np.float32)
    lipid = CATEGORY_ORDER.index("lipid")
    cbc = CATEGORY_ORDER.index("cbc")
    scores[lipid] = 0.8
    tests = tuple("hdl" if c == "lipid" else None for c in CATEGORY_ORDER)
    # No category prior: each weight by its feature's name.
    weights = dict.fromkeys(CONFIDENCE_FEATURES, 0.0) | {
        "bias": -2.0,
        "meaning_agreement": 1.0,
        "spelling_agreement": 1.0,
        "specimen_agreement": 2.0,
        "neighbour_agreement": 2.0,
        "unknown_word_share": -2.0,
    }
    parameters = DecisionParameters(0.3, 0.05, 0.5, confidence_weights=tuple(weights.values()))
    half_lipid = np.array([lipid] * 5 + [cbc] * 5)
    agreeing = decide(ScoredName("zzz", None, scores, tests, None, lipid, lipid, half_lipid), parameters)
    assert agreeing.confidence == pytest.approx(1 / (1 + np.exp(-3.0)))
    assert not agreeing.needs_review
    assert agreeing.test_id == "hdl"
    # Only spelling alone picks lipid: one path's weight less.
    spelling_only = decide(ScoredName("zzz", None, scores, tests, None, cbc, lipid, half_lipid), parameters)
    assert spelling_only.confidence == pytest.approx(1 / (1 + np.exp(-2.0)))
    # Half the name's words are explained by nothing the catalogue or grammar holds.
    half_unknown = decide(
        ScoredName("zzz", None, scores, tests, None, lipid, lipid, half_lipid, unknown_word_share=0.5),
        parameters,
    )
    assert half_unknown.confidence == pytest.approx(1 / (1 + np.exp(-2.0)))
    # The nearest catalogue names are all of another category: an analyte the catalogue does not know.
    scattered = decide(
        ScoredName("zzz", None, scores, tests, None, lipid, lipid, np.array([cbc] * 10)), parameters
    )
    assert scattered.confidence == pytest.approx(1 / (1 + np.exp(-2.0)))
    # Meaning and spelling each picked another category, and the name is urine while HDL is blood.
    doubtful = decide(
        ScoredName("zzz", "urine", scores, tests, None, cbc, cbc, np.array([cbc] * 10)), parameters
    )
    assert doubtful.category == "lipid"
    assert doubtful.confidence == pytest.approx(1 / (1 + np.exp(2.0)))
    assert doubtful.needs_review
    assert doubtful.test_id is None


def test_a_specimens_own_test_agrees_with_the_names_specimen() -> None:
    # "CRP (overig)": a blood analyte in a body fluid is the fluid's own test, `other` with no canonical
    # test; its specimen is the name's by construction, where a blood test's is not.
    other = CATEGORY_ORDER.index("other")
    scores = np.full(len(CATEGORY_ORDER), 0.2, dtype=np.float32)
    scores[other] = 0.8
    scored = ScoredName("crp fluid", "fluid", scores, (None,) * len(CATEGORY_ORDER), None, other, other)
    probabilities_ = np.full(len(CATEGORY_ORDER), 0.01)
    probabilities_[other] = 0.9
    specimen = CONFIDENCE_FEATURES.index("specimen_agreement")
    assert confidence_features(scored, probabilities_, other, None)[specimen] == 1.0
    assert confidence_features(scored, probabilities_, other, "blood")[specimen] == 0.0
    assert confidence_features(scored, probabilities_, other, "fluid")[specimen] == 1.0


def test_the_confidence_model_weighs_the_chosen_categorys_prior() -> None:
    scores = np.full(len(CATEGORY_ORDER), 0.2, dtype=np.float32)
    lipid = CATEGORY_ORDER.index("lipid")
    scores[lipid] = 0.8
    tests = tuple("hdl" if c == "lipid" else None for c in CATEGORY_ORDER)
    scored = ScoredName("zzz", None, scores, tests, None, lipid, lipid, np.array([lipid] * 10))
    weights = dict.fromkeys(CONFIDENCE_FEATURES, 0.0) | {"bias": -1.0}
    plain = decide(scored, DecisionParameters(0.3, 0.05, 0.5, tuple(weights.values())))
    assert plain.confidence == pytest.approx(1 / (1 + np.exp(1.0)))
    # Picks of lipid are right more often than the other features say: the prior lifts them.
    weights["chosen_lipid"] = 3.0
    lifted = decide(scored, DecisionParameters(0.3, 0.05, 0.5, tuple(weights.values())))
    assert lifted.confidence == pytest.approx(1 / (1 + np.exp(-2.0)))
    # `other` is the reference: it has no indicator of its own.
    assert "chosen_other" not in CONFIDENCE_FEATURES
    assert sum(feature.startswith("chosen_") for feature in CONFIDENCE_FEATURES) == len(CATEGORY_ORDER) - 1


def test_a_hidden_catalogue_name_is_hidden_from_meaning_and_spelling_alone(tiny_bert_dir: Path) -> None:
    # One reference per category (a test of that category), plus "zorblium" (lipid) and "zorblum" (cbc):
    # with "zorblium" hidden, its nearest name by spelling is "zorblum", of another category.
    tests = {test.category: test.id for test in catalogue()}
    references = [Reference(f"qqq{i}", tests[c], c) for i, c in enumerate(CATEGORY_ORDER)]
    references += [Reference("zorblium", tests["lipid"], "lipid"), Reference("zorblum", tests["cbc"], "cbc")]
    embedder = CachedEmbedder(TransformersEmbedder(model=tiny_bert_dir), LRUEmbeddingCache())
    # Spelling alone: deterministic, where the tiny model's meaning is noise.
    categorizer = Categorizer(embedder, references=references, embedding_weight=0.0)
    seen, hidden = (
        categorizer.score_many(["zorblium"], exclude_identical=exclude)[0] for exclude in (False, True)
    )
    lipid, cbc = CATEGORY_ORDER.index("lipid"), CATEGORY_ORDER.index("cbc")
    assert seen.lexical_category == seen.semantic_category == lipid
    assert hidden.lexical_category == hidden.semantic_category == cbc
    assert int(np.argmax(hidden.scores)) == cbc


def test_words_no_catalogue_name_uses_are_unknown_and_hidden_names_words_count_so(
    tiny_bert_dir: Path,
) -> None:
    tests = {test.category: test.id for test in catalogue()}
    references = [Reference(f"qqq{i}", tests[c], c) for i, c in enumerate(CATEGORY_ORDER)]
    references += [Reference("zorblium", tests["lipid"], "lipid")]
    embedder = CachedEmbedder(TransformersEmbedder(model=tiny_bert_dir), LRUEmbeddingCache())
    categorizer = Categorizer(embedder, references=references, embedding_weight=0.0)
    seen, hidden = (
        categorizer.score_many(["zorblium"], exclude_identical=exclude)[0] for exclude in (False, True)
    )
    assert seen.unknown_word_share == 0.0
    # Hidden, "zorblium" is a word no other catalogue name uses: what a new lab's name would be.
    assert hidden.unknown_word_share == 1.0
    # A word the grammar knows as a report word ("level") explains itself; "xyzzyq" nothing does.
    partly = categorizer.score_many(["zorblium level xyzzyq"])[0]
    assert partly.text.split() == ["zorblium", "level", "xyzzyq"]
    assert partly.unknown_word_share == pytest.approx(1 / 3)


def test_scores_carry_the_categories_of_the_nearest_catalogue_names(tiny_categorizer: Categorizer) -> None:
    unknown, exact = tiny_categorizer.score_many(["Zorblium level", "Hemoglobin"])
    assert len(unknown.neighbours) == NEIGHBOURS
    assert set(unknown.neighbours.tolist()) <= set(range(len(CATEGORY_ORDER)))
    # The best score is a category among the nearest names' (its best name is the nearest). Compared by
    # score, not by argmax: the tiny model's embeddings are nearly identical, so categories tie.
    nearest = unknown.scores[np.unique(unknown.neighbours)].max()
    assert nearest == pytest.approx(unknown.scores.max())
    # A name the catalogue holds is not compared: no neighbours.
    assert exact.exact is not None
    assert len(exact.neighbours) == 0


def test_a_blood_analyte_in_a_body_fluid_or_stool_is_not_the_blood_test(tiny_bert_dir: Path) -> None:
    embedder = CachedEmbedder(TransformersEmbedder(model=tiny_bert_dir), LRUEmbeddingCache())
    categorizer = Categorizer(embedder, specimen_penalty=0.15)
    # An analyte no test names, so that no name is resolved exactly and all four compare the same word.
    plain, fluid, stool, urine = categorizer.score_many(
        ["Zorblium", "Zorblium, Fluid", "Zorblium, Stool", "Zorblium, Urine"]
    )
    electrolytes = CATEGORY_ORDER.index("electrolytes")
    # The same analyte: blood tests lose three penalties in a fluid or in stool, a third of one in urine.
    assert fluid.specimen == "fluid"
    assert stool.specimen == "stool"
    assert fluid.scores[electrolytes] == pytest.approx(plain.scores[electrolytes] - 0.45, abs=1e-5)
    assert stool.scores[electrolytes] == pytest.approx(plain.scores[electrolytes] - 0.45, abs=1e-5)
    assert urine.scores[electrolytes] == pytest.approx(plain.scores[electrolytes] - 0.05, abs=1e-5)


def test_a_blood_analyte_in_a_body_fluid_or_stool_is_that_specimens_own_test(tiny_bert_dir: Path) -> None:
    embedder = CachedEmbedder(TransformersEmbedder(model=tiny_bert_dir), LRUEmbeddingCache())
    # Spelling alone (the tiny BERT's meaning says nothing): CRP, which no catalogue name places in a fluid
    # or stool, matches its blood name exactly (1.0) and no `other` name closely.
    categorizer = Categorizer(embedder, embedding_weight=0.0, specimen_penalty=0.15)
    fluid, stool, urine = categorizer.score_many(["CRP, Fluid", "CRP, Stool", "CRP, Urine"])
    other, inflammation = CATEGORY_ORDER.index("other"), CATEGORY_ORDER.index("inflammation")
    for own in (fluid, stool):
        assert own.exact is None
        # The match on blood counts for `other`, one penalty down, with no canonical test (none exists).
        assert own.scores[other] == pytest.approx(1.0 - 0.15, abs=1e-5)
        assert own.tests[other] is None
        assert own.scores[inflammation] == pytest.approx(1.0 - 0.45, abs=1e-5)
    # Urine chemistry is filed with the analyte's own category: no such rule.
    assert urine.scores[inflammation] == pytest.approx(1.0 - 0.05, abs=1e-5)
    assert urine.tests[other] is not None


def test_a_blood_analyte_known_exactly_in_a_body_fluid_is_that_specimens_own_test_surely(
    categorizer: Categorizer,
) -> None:
    # (labs74) "ALAT (overig)": the analyte (the ALT) and the specimen (Amsterdam's "other material", a body
    # fluid) are both read exactly, so the fluid's own test is known as surely as an exact name: `other`, no
    # canonical test (the catalogue has none), not sent to review.
    for name in ("ALAT (overig)", "CRP (overig)", "Vsk-ALAT"):
        result = categorizer.categorize(name)
        assert (result.category, result.confidence, result.needs_review, result.test_id) == (
            "other",
            EXACT_CONFIDENCE,
            False,
            None,
        ), name
        assert categorizer.score_many([name])[0].own_specimen_test
    # Not a pathogen's test in a fluid, nor an analyte the catalogue knows only by meaning, nor the blood
    # itself; and with the name's own test hidden (calibration) it is scored as any unseen name.
    for name in ("CMV IgG (liquor)", "Zorblium (overig)", "ALAT (bloed)"):
        assert not categorizer.score_many([name])[0].own_specimen_test, name
    assert not categorizer.score_many(["ALAT (overig)"], leave_out=["alt"])[0].own_specimen_test


def test_calibrated_parameters_are_data_and_checked() -> None:
    fitted = calibrated_parameters()
    assert len(fitted.confidence_weights) == len(CONFIDENCE_FEATURES)
    assert 0.0 < fitted.review_threshold < 1.0
    text = "\n".join(
        [
            "embedding_weight = 0.8",
            "other_threshold = 0.4",
            "temperature = 0.05",
            "review_threshold = 0.9",
            "specimen_penalty = 0.15",
            "organism_penalty = 0.1",
            "unknown_analyte_share = 0.2",
        ]
    )
    assert parse_calibration(text + "\nconfidence_weights = []").confidence_weights == ()
    with pytest.raises(ValueError, match=f"needs {len(CONFIDENCE_FEATURES)} weights"):
        parse_calibration(text + "\nconfidence_weights = [1.0]")
    with pytest.raises(ValueError, match="missing \\['confidence_weights'\\]"):
        parse_calibration(text)


def test_spelling_similarity_forgives_word_order_but_not_extra_words() -> None:
    names = ["glucose fasting", "fasting glucose", "glucose", "glucose fasting plasma", "glucsoe fasting"]
    similarity = lexical_similarity([words_sorted(name) for name in names], [words_sorted(names[0])])[:, 0]
    assert similarity[0] == similarity[1] == 1.0
    assert all(0.5 < value < 1.0 for value in similarity[2:])
    # The word-sorted edit ratio is token_sort_ratio, computed with the references sorted once.
    expected = [fuzz.token_sort_ratio(name, names[0]) / 100 for name in names]
    assert similarity.tolist() == pytest.approx(expected)


def test_an_immunoglobulin_class_tells_sibling_tests_apart_as_its_letter() -> None:
    # (labs87) "EBV VCA IgM" is not the VCA IgG test; IgG written as its letter ("G型免疫球蛋白", read
    # "g type ig") is still IgG; a name that says both classes is not apart from one of them.
    assert letters_and_classes_of("ebv vca igm") == {"m"}
    assert letters_and_classes_of("hepatitis a igg") == {"a", "g"}
    assert letters_and_classes_of("igg4 subclass") == frozenset()
    igg, igm = letters_and_classes_of("ebv vca igg"), letters_and_classes_of("ebv vca igm")
    assert numbered_apart(igm, [igg]) == (True,)
    assert numbered_apart(
        letters_and_classes_of("g type ig subclass"), [letters_and_classes_of("igg subclass")]
    ) == (False,)
    assert numbered_apart(letters_and_classes_of("dengue igg igm"), [igg]) == (False,)


def test_a_misspelt_word_whose_other_reading_names_a_test_of_another_category_goes_to_review(
    categorizer: Categorizer,
) -> None:
    # (labs90) "anino": one edit from "amino" (which the corrector takes, the more used word) and from
    # "anion" (the anion gap, exactly): scored by meaning, the name rests on a guess of the word meant.
    anino = categorizer.score_many(["Anino Gap"])[0]
    assert anino.exact is None
    assert anino.rival_categories == frozenset({"electrolytes"})
    # A name with no misspelt word has no rival reading.
    assert categorizer.score_many(["Amino acids"])[0].rival_categories == frozenset()
    scores = np.full(len(CATEGORY_ORDER), 0.2, dtype=np.float32)
    scores[CATEGORY_ORDER.index("lipid")] = 0.9
    tests = tuple("hdl" if c == "lipid" else None for c in CATEGORY_ORDER)
    parameters = DecisionParameters(other_threshold=0.5, temperature=0.05, review_threshold=0.5)
    sure = decide(ScoredName("zzz", None, scores, tests), parameters)
    assert (sure.category, sure.needs_review, sure.test_id) == ("lipid", False, "hdl")
    rival = decide(ScoredName("zzz", None, scores, tests, rival_categories=frozenset({"cbc"})), parameters)
    assert (rival.category, rival.needs_review, rival.test_id) == ("lipid", True, None)
    # A rival reading of the chosen category changes nothing.
    same = decide(ScoredName("zzz", None, scores, tests, rival_categories=frozenset({"lipid"})), parameters)
    assert same == sure
    # A blood analyte read in a misspelt specimen word is its own-specimen test ("other") only when no other
    # reading of that word names a test of another category ("femes": "feces", or French "femmes", the women's
    # blood count).
    own = ScoredName("zzz", None, scores, tests, own_specimen_test=True)
    alone = decide(own, parameters)
    assert (alone.category, alone.needs_review) == ("other", False)
    rival_reading = decide(dataclasses.replace(own, rival_categories=frozenset({"cbc"})), parameters)
    assert (rival_reading.category, rival_reading.needs_review) == ("other", True)


def test_a_test_named_by_its_method_alone_is_no_report_field(categorizer: Categorizer) -> None:
    # (lead67) "HAI test" (the haemagglutination inhibition test, in Chinese too) reads as "test" once its
    # method is set apart: a test whose analyte it does not say, a guess, not the report's field "Test".
    for name in ("HAI test", "ELISA test", "血球凝集抑制試驗"):
        scored = categorizer.score_many([name])[0]
        assert scored.exact is None, name
        result = categorizer.categorize(name)
        assert (result.needs_review, result.test_id) == (True, None), name
    # A report's fields, with report words only, still are.
    for name in ("Test", "Result", "Remarks"):
        assert categorizer.score_many([name])[0].exact == "report_fields", name
