"""The lab-test category taxonomy (shared/data/lab-taxonomy.md) as code.

Categories are listed in the document's order. The document's rules for names that could go two ways
(urine glucose is urinalysis, urine microalbumin is kidney, …) are facts about tests, so they live in the
lab-test catalogue (`zivo.core.lab_tests`), where each test has its category and specimen;
`lab_tests/catalogue_test.py` checks the catalogue against them.
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
