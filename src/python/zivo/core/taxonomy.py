"""The lab-test category taxonomy (shared/data/lab-taxonomy.md) as code.

Categories are listed in the document's order. The document's rules for names that could go two ways are
kept here as data (`AMBIGUITY_RULES`) so that the ML worker applies exactly the rules the taxonomy states,
and the API can show them; core stays free of ML dependencies.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Category:
    id: str
    name: str
    description: str


CATEGORIES: tuple[Category, ...] = (
    Category(
        "cbc",
        "Complete Blood Count",
        "hemoglobin, RBC count, hematocrit/PCV, MCV, MCH, MCHC, RDW, total and differential WBC counts "
        "(neutrophils, lymphocytes, monocytes, eosinophils, basophils, absolute counts), platelets, MPV, "
        "PDW, plateletcrit, reticulocytes, nucleated RBC",
    ),
    Category(
        "lipid",
        "Lipid Profile",
        "total cholesterol, HDL, LDL (direct or calculated), VLDL, triglycerides, non-HDL cholesterol, "
        "cholesterol ratios, apolipoprotein A1/B, lipoprotein(a)",
    ),
    Category(
        "liver",
        "Liver Function",
        "ALT/SGPT, AST/SGOT, alkaline phosphatase, GGT, serum bilirubin (total, direct, indirect), "
        "total protein, serum albumin, globulin, A/G ratio, SGOT/SGPT ratio",
    ),
    Category(
        "kidney",
        "Kidney Function",
        "serum creatinine, urea, BUN, BUN/creatinine ratio, uric acid, eGFR, cystatin C, urine microalbumin, "
        "urine albumin/creatinine ratio",
    ),
    Category(
        "electrolytes",
        "Electrolytes & Minerals",
        "sodium, potassium, chloride, bicarbonate/total CO2, anion gap, calcium (total, ionized), magnesium, "
        "phosphorus",
    ),
    Category(
        "glucose",
        "Diabetes & Glucose",
        "fasting, post-prandial and random glucose, HbA1c, estimated average glucose, insulin, C-peptide, "
        "HOMA-IR, fructosamine, glucose tolerance values",
    ),
    Category(
        "thyroid",
        "Thyroid",
        "TSH, T3, T4, free T3, free T4, reverse T3, anti-TPO, anti-thyroglobulin, thyroglobulin, "
        "TSH receptor antibodies",
    ),
    Category(
        "vitamins",
        "Vitamins",
        "vitamin D (25-OH, 1,25-dihydroxy), vitamin B12, folate, vitamins B1, B6, A, E, K, C",
    ),
    Category(
        "iron",
        "Iron Studies",
        "serum iron, ferritin, TIBC, UIBC, transferrin, transferrin saturation",
    ),
    Category(
        "inflammation",
        "Inflammation & Immunology",
        "CRP, hs-CRP, ESR, procalcitonin, interleukin-6, rheumatoid factor, anti-CCP, ANA, ASO, "
        "complement C3/C4, total IgE",
    ),
    Category(
        "hormones",
        "Hormones (non-thyroid)",
        "testosterone, estradiol, progesterone, LH, FSH, prolactin, cortisol, DHEA-S, AMH, PTH, "
        "growth hormone, IGF-1, beta-hCG, SHBG, ACTH",
    ),
    Category(
        "cardiac",
        "Cardiac Markers",
        "troponin I/T (incl. high-sensitivity), CK-MB, total CK/CPK, BNP, NT-proBNP, myoglobin, homocysteine",
    ),
    Category(
        "coagulation",
        "Coagulation",
        "prothrombin time, INR, aPTT, fibrinogen, D-dimer, bleeding time, clotting time, thrombin time, "
        "clotting factor assays",
    ),
    Category(
        "urine",
        "Urinalysis",
        "routine and microscopic urine examination: colour, appearance, specific gravity, pH, dipstick "
        "protein, glucose, ketones, blood, bilirubin, urobilinogen, nitrite, leukocyte esterase, pus cells, "
        "urine RBCs, epithelial cells, casts, crystals, bacteria, yeast",
    ),
    Category(
        "infection",
        "Infectious Disease Serology",
        "HIV, HBsAg, anti-HCV, VDRL/RPR, Widal, dengue NS1/IgM/IgG, malaria antigen, typhoid IgM, H. pylori, "
        "interferon-gamma release assays, SARS-CoV-2 antibodies",
    ),
    Category(
        "tumor",
        "Tumor Markers",
        "PSA (total, free), CEA, CA-125, CA 19-9, CA 15-3, AFP, beta-2 microglobulin",
    ),
    Category("pancreas", "Pancreatic Enzymes", "amylase, lipase"),
    Category(
        "other",
        "Other",
        "anything else: blood group, stool and semen tests, report fields that are not tests",
    ),
)

OTHER_ID = "other"

CATEGORY_IDS: frozenset[str] = frozenset(category.id for category in CATEGORIES)

_BY_ID: dict[str, Category] = {category.id: category for category in CATEGORIES}


def get_category(category_id: str) -> Category:
    try:
        return _BY_ID[category_id]
    except KeyError:
        known = ", ".join(category.id for category in CATEGORIES)
        raise KeyError(f"unknown lab category id {category_id!r}; known ids: {known}") from None


@dataclass(frozen=True)
class AmbiguityRule:
    """A taxonomy rule for a name that could go two ways, as conditions on a normalized name.

    The rule matches when the name's specimen is one of `specimens` (empty: any specimen, including none),
    the name contains at least one of `keywords` as whole words (empty: no keyword needed), and none of
    `unless`. Keywords are lowercase, American spelling, punctuation replaced by spaces, i.e. in the form
    of a normalized name. Rules are tried in order and the first match decides.
    """

    category: str
    rule: str
    specimens: frozenset[str] = frozenset()
    keywords: tuple[str, ...] = ()
    unless: tuple[str, ...] = ()


_URINE_RULE = (
    "A urine dipstick or microscopy item is `urine`; urine microalbumin and urine albumin/creatinine "
    "ratio are `kidney`."
)
_BILIRUBIN_RULE = (
    "Bilirubin measured in serum is `liver`; in urine it is `urine`. Glucose in urine is `urine`."
)
_MINERAL_RULE = (
    "Calcium, magnesium and phosphorus are `electrolytes`; vitamin D is `vitamins`; PTH is `hormones`."
)
_ESR_FERRITIN_RULE = "ESR is `inflammation`, not `cbc`. Ferritin is `iron`."
_STOOL_SEMEN_RULE = "anything else: blood group, stool and semen tests, report fields that are not tests"

# Words that mark a urine dipstick or microscopy item; on their own (without a specimen) several are
# ambiguous (glucose, protein, blood), so they count only together with specimen=urine.
_URINE_ITEMS: tuple[str, ...] = (
    "glucose",
    "sugar",
    "bilirubin",
    "bile",
    "protein",
    "albumin",
    "ketone",
    "ketones",
    "acetone",
    "blood",
    "hemoglobin",
    "rbc",
    "rbcs",
    "red blood",
    "red cells",
    "erythrocytes",
    "wbc",
    "wbcs",
    "pus",
    "leukocytes",
    "leukocyte",
    "white blood",
    "epithelial",
    "cast",
    "casts",
    "crystal",
    "crystals",
    "bacteria",
    "yeast",
    "ph",
    "reaction",
    "specific gravity",
    "color",
    "appearance",
    "clarity",
    "turbidity",
    "nitrite",
    "nitrites",
    "urobilinogen",
    "esterase",
    "volume",
    "deposit",
    "deposits",
    "mucus",
    "budding",
)

AMBIGUITY_RULES: tuple[AmbiguityRule, ...] = (
    AmbiguityRule("other", _STOOL_SEMEN_RULE, specimens=frozenset({"stool", "semen"})),
    AmbiguityRule(
        "kidney",
        _URINE_RULE,
        keywords=(
            "microalbumin",
            "micro albumin",
            "albumin creatinine",
            "acr",
            "uacr",
            "protein creatinine",
            "microalbuminuria",
        ),
    ),
    # A timed (24-hour) collection is a quantitative kidney test, not a dipstick reading.
    AmbiguityRule(
        "urine",
        _URINE_RULE,
        specimens=frozenset({"urine"}),
        keywords=_URINE_ITEMS,
        unless=("24 hour", "24 hr", "24h", "24 hrs", "timed", "culture"),
    ),
    AmbiguityRule(
        "urine",
        _URINE_RULE,
        keywords=(
            "hpf",
            "lpf",
            "dipstick",
            "crystals",
            "casts",
            "pus cells",
            "urobilinogen",
            "leukocyte esterase",
            "specific gravity",
            "bile salts",
            "bile pigments",
        ),
    ),
    AmbiguityRule("liver", _BILIRUBIN_RULE, keywords=("bilirubin",)),
    AmbiguityRule(
        "vitamins",
        _MINERAL_RULE,
        keywords=(
            "vitamin d",
            "vitamin d2",
            "vitamin d3",
            "25 oh",
            "25 hydroxy",
            "25 hydroxyvitamin",
            "dihydroxy",
            "dihydroxyvitamin",
            "cholecalciferol",
            "ergocalciferol",
            "calcidiol",
            "calcitriol",
        ),
    ),
    AmbiguityRule("hormones", _MINERAL_RULE, keywords=("pth", "ipth", "parathyroid", "parathormone")),
    AmbiguityRule(
        "electrolytes",
        _MINERAL_RULE,
        keywords=("calcium", "magnesium", "phosphorus", "phosphate", "phosphorous"),
        unless=("vitamin", "pyridoxal", "oxalate", "score", "phosphatase", "amorphous", "triple", "crystals"),
    ),
    AmbiguityRule(
        "inflammation", _ESR_FERRITIN_RULE, keywords=("esr", "sedimentation", "westergren", "wintrobe")
    ),
    AmbiguityRule("iron", _ESR_FERRITIN_RULE, keywords=("ferritin",)),
)
