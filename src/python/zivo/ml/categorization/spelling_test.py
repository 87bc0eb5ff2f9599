from __future__ import annotations

import pytest

from zivo.core.lab_tests.names import grammar
from zivo.ml.categorization.spelling import (
    AbbreviatedNames,
    CutSpecimens,
    TokenCorrector,
    abbreviates,
    assay_code,
    glued_splits,
    run_on_readings,
)

VOCABULARY = ["thyroid", "glucose", "potassium", "sedimentation", "rate", "uric", "urine", "urine", "urine"]
VOCABULARY += [
    "tsh",
    "amylase",
    "wound",
    "haptoglobin",
    "transferrin",
    "transaminase",
    "estrogen",
    "estrogens",
]


@pytest.mark.parametrize(
    ("word", "corrected"),
    [
        ("thyriod", "thyroid"),  # transposition: one edit
        ("gluocse", "glucose"),
        ("potasium", "potassium"),
        ("sedimentaion", "sedimentation"),
        ("amilaase", "amylase"),  # two edits in a long word
        ("urinc", "urine"),  # as close to "uric", but "urine" is more frequent
        ("urie", "urie"),  # four letters: left alone
        ("bound", "bound"),  # one edit from "wound", but not a typo of it: another first letter
        ("tsh", "tsh"),
        ("tsb", "tsb"),  # short words are abbreviations, not typos
        ("hba1c", "hba1c"),
        ("lactate", "lactate"),  # nothing close: unchanged
        ("haptoglob", "haptoglobin"),  # cut off by a short name field: the one word it begins
        ("estroge", "estrogen"),  # begins two words, inflections of the shortest
        ("trans", "trans"),  # begins two unrelated words: left alone
        ("hapto", "haptoglobin"),
        # (labs79) A word that begins one word is that word cut short.
        ("transf", "transferrin"),
        ("urin", "urine"),
    ],
)
def test_correct_word(word: str, corrected: str) -> None:
    assert TokenCorrector(VOCABULARY).correct_word(word) == corrected


def test_correct_text_word_by_word() -> None:
    assert TokenCorrector(VOCABULARY).correct("thyriod stimulating tsh") == "thyroid stimulating tsh"


def test_the_memo_is_bounded() -> None:
    corrector = TokenCorrector(VOCABULARY, memo_size=3)
    for word in ("thyriod", "gluocse", "potasium", "sedimentaion", "amilaase", "qwertyuiop"):
        corrector.correct_word(word)
    assert len(corrector._memo) == 3
    assert corrector.correct_word("thyriod") == "thyroid"  # evicted, recomputed the same


def test_the_near_words_memo_is_bounded_and_gives_the_same_answers() -> None:
    corrector = TokenCorrector(["color", "color", "cloro", *VOCABULARY], matches_memo_size=2)
    first = [corrector.mend("colro", complete=True), corrector.mend("colro"), *corrector.rivals("colro")]
    for word in ("thyriod", "gluocse", "sedimentaion", "amilaase"):
        corrector.mend(word)
    assert len(corrector._matches_memo) == 2
    again = TokenCorrector(["color", "color", "cloro", *VOCABULARY])
    assert [again.mend("colro", complete=True), again.mend("colro"), *again.rivals("colro")] == first
    assert first == ["color", "color", "cloro"]


@pytest.mark.parametrize(
    ("short", "words", "abbreviated"),
    [
        ("plt agg", "platelet aggregation", True),  # without vowels, then cut off
        ("cyst qu", "cystine quantitative", True),
        ("inf a", "influenza a", True),  # an initial matches a word of its own
        ("inf a", "influenza antibody", False),
        ("myl prt", "myeloma protein", False),  # two words without letters say too little
        ("leu ase", "leucine aminopeptidase", False),  # a skeleton keeps the first two letters
        ("bethesda asy", "bethesda assay", True),
    ],
)
def test_abbreviates(short: str, words: str, abbreviated: bool) -> None:
    assert abbreviates(short.split(), words.split()) is abbreviated


def test_a_name_cut_short_is_read_only_as_one_test() -> None:
    names = AbbreviatedNames(
        [
            ("platelet aggregation", "platelet_aggregation"),
            ("platelet aggregometry", "platelet_aggregation"),
            ("valproic acid", "valproate"),
            ("valeric acid", "organic_acids"),
        ]
    )
    assert names.expand("plt agg") == "platelet aggregation"  # two names of one test: the shorter
    assert names.expand("val acid") is None  # two tests
    assert names.expand("plt") is None  # one word: typo correction's business


def test_a_name_cut_at_the_end_of_a_print_field_is_its_longer_reference_when_that_is_one_tests() -> None:
    names = AbbreviatedNames(
        [
            ("colorado tick fever antibody", "colorado_tick_fever"),
            ("hepatitis b surface antigen", "hbsag"),
            ("hepatitis b core antibody", "anti_hbc"),
            ("cold agglutinins", "cold_agglutinins"),
            ("colorado", "other"),
        ]
    )
    assert names.expand("col tic") == "colorado tick fever antibody"  # the last two words cut off
    assert names.expand("hep b") is None  # begins the names of two tests
    assert names.expand("col") is None  # one word begins too many names
    assert names.expand("hep b sur") == "hepatitis b surface antigen"  # the third word tells the test
    assert names.expand("col agg") == "cold agglutinins"  # as many words: matched as before, first


def test_a_name_cut_short_of_several_tests_of_one_category_says_the_category_not_the_test() -> None:
    # (labs62) VistA's "C-REACT" begins the C-reactive protein's names and its high-sensitivity assay's, both
    # inflammation: read as the shorter name to score (`reading`), while `expand` reads none (two tests).
    names = AbbreviatedNames(
        [
            ("c reactive protein", "crp"),
            ("c reactive protein high sensitivity", "hs_crp"),
            ("hyaluronic acid", "hyaluronic_acid"),
            ("hyaluronic acid liver", "liver_fibrosis_markers"),
            ("anti hyaluronidase", "antihyaluronidase"),
            ("parasite antibody", "parasite_serology"),
            ("parvovirus antibody", "parvovirus"),
            ("valproic acid", "valproate"),
            ("valeric acid", "organic_acids"),
        ],
        {
            "crp": "inflammation",
            "hs_crp": "inflammation",
            "hyaluronic_acid": "liver",
            "liver_fibrosis_markers": "liver",
            "antihyaluronidase": "infection",
            "parasite_serology": "infection",
            "parvovirus": "infection",
            "valproate": "other",
            "organic_acids": "inflammation",
        },
    )
    assert names.expand("c react") is None
    assert names.reading("c react") == "c reactive protein"
    # A cut word that begins a word of another category's name anywhere in it ("anti hyaluronidase").
    assert names.reading("hyaluro") is None
    assert names.reading("val acid") is None  # two categories
    assert names.reading("pari antibody") is None  # "pari" is neither cut short: letters dropped
    assert names.reading("c reactive protein") is None  # one test: `expand`'s
    assert (
        AbbreviatedNames([("c reactive protein", "crp"), ("c reactive protein hs", "hs_crp")]).reading(
            "c react"
        )
        is None
    )  # without the tests' categories nothing is said


def test_a_name_cut_after_the_first_letter_of_its_last_word() -> None:
    # (labs50) VistA's print names: "LUPUS A", "BENCE J", "FETAL H"; only when no reference reads the
    # letter as written ("INF A" is influenza A) and the words before it are not initials themselves.
    names = AbbreviatedNames(
        [
            ("lupus anticoagulant", "lupus_anticoagulant"),
            ("bence jones protein", "protein_electrophoresis"),
            ("influenza a", "influenza"),
            ("influenza antibody", "influenza_antibody"),
            ("vitamin b12", "vitamin_b12"),
            ("vitamin b6", "vitamin_b6"),
        ]
    )
    assert names.expand("lupus a", initial=True) == "lupus anticoagulant"
    assert (
        names.expand("bence j", initial=True) == "bence jones protein"
    )  # its last two words cut to one letter
    assert names.expand("inf a", initial=True) == "influenza a"  # the letter as written first
    assert names.expand("vitamin b", initial=True) is None  # two tests
    assert names.expand("lu a", initial=True) is None  # too few letters before the initial
    assert names.expand("lupus a") is None  # the letter was not printed alone ("Myelo's": myelo s)


def test_a_name_of_one_word_cut_short_is_the_one_test_it_begins() -> None:
    # (labs50) VistA's seven-letter print names: "LEPTOSP", "CRENATE", "VANILLY" (completed to "vanillyl").
    names = AbbreviatedNames(
        [
            ("leptospira", "leptospira"),
            ("leptospira igm", "leptospira"),
            ("leptospirosis", "leptospira"),
            ("crenated cells", "blood_smear"),
            ("vanillyl mandelic acid", "vma"),
            ("schistocytes", "blood_smear"),
            ("schistosoma antibody", "schistosoma_antibody"),
            ("creatine kinase", "ck"),
            ("urine creatine", "other_metabolites"),
        ]
    )
    assert names.expand("leptosp") == "leptospira"
    assert names.expand("schisto") is None  # begins the names of two tests
    assert names.expand("lept") is None  # too short to say
    # A whole word that only modifies others is a cut name's beginning only when the name was printed cut.
    assert names.expand("vanillyl") is None
    assert names.expand("vanillyl", cut=True) == "vanillyl mandelic acid"
    assert names.expand("crenated", cut=True) == "crenated cells"
    # A whole word some reference ends with may be an analyte of its own ("creatine" is not creatine kinase).
    assert names.expand("creatine", cut=True) is None


def test_a_four_letter_cut_word_is_completed_but_not_corrected() -> None:
    corrector = TokenCorrector(VOCABULARY)
    assert corrector.correct_word("hapt") == "haptoglobin"  # begins one word: cut off
    assert corrector.correct_word("tran") == "tran"  # begins transferrin and transaminase
    assert corrector.correct_word("woud") == "woud"  # one edit from "wound", but four letters: no typo fix


def test_the_word_a_cut_word_begins_is_its_completion() -> None:
    # (labs62) A VistA print name of one word cut short ("MYOGLOB") is the word it begins, not a code glued
    # from short words ("myo" + "glob"): the classifier asks `completion` first.
    corrector = TokenCorrector(VOCABULARY)
    assert corrector.completion("hapt") == "haptoglobin"
    assert corrector.completion("tran") is None  # transferrin or transaminase
    assert corrector.completion("haptoglobin") is None  # a word itself, not cut
    assert corrector.completion("hap") is None  # too short to say


@pytest.mark.parametrize(
    ("name", "readings"),
    [
        ("EoAbs (bloed)", ["Eo Abs (bloed)"]),
        ("FibrAfbrProd", ["Fibr Afbr Prod"]),
        # A run of capitals before lower-case letters: glued at the case change or at the last capital.
        ("VANCOMYdal", ["VANCOMY dal", "VANCOM Ydal"]),
        ("LHUrine", ["LHU rine", "LH Urine"]),
        ("Glucose", []),
        ("HDL CHOLESTEROL", []),
    ],
)
def test_glued_words_are_read_apart(name: str, readings: list[str]) -> None:
    assert run_on_readings(name) == readings


@pytest.mark.parametrize(
    ("code", "readings"),
    [
        # A specimen's one or two letters end a code; fewest words first, then the longest first word.
        ("GLUCOSEU", ["GLUCOSE U"]),
        ("URICACID", ["URIC ACID"]),
        ("POCGLUCOSEU", ["POC GLUCOSE U"]),
        # No split into known words; lower case, spaces, a word too long for a code: not a glued code.
        ("GLUCOSEX", []),
        ("glucoseu", []),
        ("GLUCOSE U", []),
        ("GLUCOSEGLUCOSEU", []),
        # Two-letter words other than the short ones named do not split ("GL UCOSE"), however known.
        ("GLUCOSE", []),
    ],
)
def test_a_capitals_code_glued_from_known_words_is_read_apart(code: str, readings: list[str]) -> None:
    known = {"glucose", "uric", "acid", "poc", "u", "gl", "ucose"}.__contains__
    assert glued_splits(code, known, short={"u"}) == readings


@pytest.mark.parametrize(
    ("code", "analyte"),
    [
        ("GLUC3", "GLUC"),
        ("ALP2L", "ALP"),
        ("HBA1C3", "HBA1C"),
        ("PCO2", "PCO"),  # read so only when "PCO2" itself is unknown (the classifier asks first)
        # Two letters keep their digit; a first generation, a digit inside, a lower case: no assay code.
        ("CA2", None),
        ("GLUC1", None),
        ("GLUC33", None),
        ("gluc3", None),
    ],
)
def test_an_analysers_assay_code_is_its_analyte_without_the_generation(
    code: str, analyte: str | None
) -> None:
    assert assay_code(code) == analyte


def test_a_text_is_known_when_each_word_of_letters_is() -> None:
    corrector = TokenCorrector(VOCABULARY)
    assert corrector.knows("urine glucose 24")
    assert not corrector.knows("urine glucosa")


@pytest.mark.parametrize(
    ("word", "cut", "specimen"),
    [
        ("ascit", True, "fluid"),  # begins "ascite"
        ("urin", True, "urine"),
        ("stol", True, "stool"),  # one edit from "stool" (and from "stl")
        ("flid", True, "fluid"),
        ("bilood", False, "blood"),  # misspelt anywhere in the name
        ("perica", True, "fluid"),  # begins "pericard"
        ("perica", False, None),  # ... but is two edits from it: a cut is read only at the end of a name
        ("spe", True, None),  # three letters: SPE is serum protein electrophoresis, not "sperm"
        ("spot", True, None),  # "spot" is a specimen only next to other words: not read from a part of it
        ("hapto", True, None),
    ],
)
def test_a_specimen_word_cut_short_or_misspelt(word: str, cut: bool, specimen: str | None) -> None:
    rules = grammar()
    assert CutSpecimens(rules.specimens, rules.specimens_in_context).specimen(word, cut=cut) == specimen


def test_a_word_of_two_specimens_is_neither() -> None:
    specimens = CutSpecimens({"sputum": "sputum", "sputnik": "fluid"}, ())
    assert specimens.specimen("sput") is None
    assert specimens.specimen("sputu") == "sputum"


def test_a_word_that_begins_words_is_read_as_cut_before_it_is_mended_as_a_typo() -> None:
    # (labs79) A cut keeps every letter it printed, a typo changes one: a word that begins vocabulary words
    # is cut short (completed at a name's end when it begins one word, else left as it is), and the word it
    # is a typo of is its rival, so that an exact test reached through either is a guess when the two differ.
    vocabulary = [
        *VOCABULARY,
        "glucose",
        "glucose",
        "glucocerebrosidase",
        "falciformation",
        "parasitologique",
    ]
    corrector = TokenCorrector(
        [*vocabulary, "chlorid", "chlordiazepoxide", "calcitonin", "calcitriol", "calcio"]
    )
    assert corrector.mend("chlordi", complete=True) == "chlordiazepoxide"  # VistA's CHLORDI
    assert corrector.mend("chlordi") == "chlordi"  # a cut is completed only at a name's end
    assert corrector.mend("calcit", complete=True) == "calcit"  # calcitonin or calcitriol, not calcio
    assert corrector.rivals("calcit") == ["calcio"]
    # The typo is a rival when labs write its word more often than the one the cut completes: "glucoce"
    # may be glucose misspelt (a guess, sent to review); "chlordi" is no likelier German "chlorid" misspelt.
    assert corrector.mend("glucoce", complete=True) == "glucocerebrosidase"
    assert corrector.rivals("glucoce") == ["glucose"]
    assert corrector.rivals("chlordi") == []
    assert corrector.mend("falciformati") == "falciformati"
    assert corrector.mend("falciformati", complete=True) == "falciformation"
    # A few letters short of the one word it begins: cut, though one letter from another word.
    assert TokenCorrector(["parasitologique", "parasitologia"]).mend("parasitologiq", complete=True) == (
        "parasitologique"
    )
    # Letters added or dropped at the end make an inflection or another word, not a typo.
    assert TokenCorrector(["analyser", "liquide"]).mend("analyse") == "analyse"
    assert TokenCorrector(["analyser", "liquide"]).mend("liquides") == "liquides"


def test_real_typos_are_still_mended() -> None:
    # (labs79) A misspelt word that begins no vocabulary word is mended as before, anywhere in a name.
    corrector = TokenCorrector(
        [*VOCABULARY, "hemoglobin", "cholesterol", "creatinine", "creatine", "chloride", "chlordiazepoxide"]
    )
    for typo, word in [
        ("hemoglobn", "hemoglobin"),
        ("cholestrol", "cholesterol"),
        ("chloirde", "chloride"),
        ("glucoce", "glucose"),  # begins no word here
        ("potasium", "potassium"),
    ]:
        assert corrector.mend(typo) == word
        assert corrector.mend(typo, complete=True) == word
        assert corrector.correct_word(typo) == word
    # One letter short of a word it begins, as well as of longer ones: that word ("creatin": creatine).
    assert corrector.correct_word("creatin") == "creatine"


def test_a_cut_word_that_begins_several_words_is_not_read_as_a_typo() -> None:
    corrector = TokenCorrector(["electrophoresis", "electrophoretic", "electrode", "elecd"])
    assert corrector.mend("electrop", complete=True) == "electrop"
    assert corrector.mend("electrop") == "electrop"  # inside a name too: not electrode, two letters away
    assert corrector.mend("elect", complete=True) == "elect"  # not "elecd", one letter away
    assert corrector.correct_word("elect") == "elect"
    metabolic = TokenCorrector(["metabolite", "metabolism", "metal", "transferrin", "transferase", "trans"])
    assert metabolic.correct_word("metab") == "metab"  # not "metal"
    assert metabolic.correct_word("transf") == "transf"  # not "trans"


def test_a_misspelt_word_as_near_two_words_has_a_rival() -> None:
    corrector = TokenCorrector(["color", "color", "cloro"])
    assert corrector.mend("colro") == "color"  # the more frequent
    assert corrector.rivals("colro") == ["cloro"]
    assert corrector.rivals("glucose") == []


def test_a_word_the_references_use_is_not_another_word_without_some_letters() -> None:
    names = AbbreviatedNames(
        [
            ("immunobead test", "semen"),
            ("immune complex", "immune_complexes"),
            ("platelet count", "platelet_count"),
            ("plt", "platelet_count"),
        ]
    )
    assert names.expand("immune test") is None  # "immune" is a word of its own, not "immunobead"
    assert names.expand("imnbd test") == "immunobead test"
    assert names.expand("plt count") == "platelet count"  # "plt", short, stays an abbreviation


def test_a_cut_last_word_that_begins_words_which_all_read_as_one_is_that_word() -> None:
    readings = {
        "trigliceridos": "triglycerides",
        "trigliceridi": "triglycerides",
        "transferrina": "transferrin",
    }
    vocabulary = [*readings, "transaminasa"]
    corrector = TokenCorrector(vocabulary, reading=lambda word: readings.get(word, word))
    # Spanish and Italian cut by a print field: both words read as triglycerides.
    assert corrector.mend("triglicer", complete=True) == "trigliceridi"
    # Words that read as different analytes leave the cut word as it is.
    assert corrector.mend("transf", complete=True) == "transferrina"
    assert corrector.mend("trans", complete=True) == "trans"
    # Without readings, words that are not inflections of one another are not completed.
    assert TokenCorrector(vocabulary).mend("triglicer", complete=True) == "triglicer"
