"""Curated reference names per lab category (data for `references.py`).

Written from how labs print tests: Indian, British and American report styles, analyser abbreviations and
LOINC long common names. Not taken from the development set, which only measures.
"""

from __future__ import annotations

# One string per category; names separated by ";" so the list reads like a report's index.
CURATED_NAMES: dict[str, str] = {
    "cbc": """
        complete blood count; cbc; hemogram; full blood count; fbc; blood counts; hemoglobin; hb; hgb;
        hemoglobin estimation; hemoglobin concentration; blood hemoglobin; hemoglobin [mass/volume] in blood;
        red blood cell count; rbc count; rbc; total rbc; red cells; erythrocytes; erythrocyte count;
        red cell count; erythrocytes [#/volume] in blood by automated count; hematocrit; hct;
        packed cell volume; pcv; hematocrit [volume fraction] of blood; mean corpuscular volume; mcv;
        mean cell volume; mean corpuscular hemoglobin; mch; mean cell hemoglobin;
        mean corpuscular hemoglobin concentration; mchc; mean cell hemoglobin concentration;
        red cell distribution width; rdw; rdw cv; rdw sd; red cell distribution width coefficient of
        variation; red cell distribution width standard deviation; total leukocyte count; tlc;
        total wbc count; wbc; wbc count; white blood cell count; white cell count; white blood cells;
        leukocytes; leukocyte count; leukocytes [#/volume] in blood by automated count; total count;
        differential leukocyte count; dlc; differential count; neutrophils; neutrophil;
        neutrophils percent; polymorphs; polymorphonuclear leukocytes; segmented neutrophils; segs;
        band neutrophils; band forms; absolute neutrophil count; anc; neutrophils absolute;
        neutrophils [#/volume] in blood; lymphocytes; lymphocyte; lymphocytes percent;
        absolute lymphocyte count; alc; lymphocytes absolute; monocytes; monocyte;
        absolute monocyte count; monocytes absolute; eosinophils; eosinophil; eosinophil count;
        absolute eosinophil count; aec; eosinophils absolute; basophils; basophil;
        absolute basophil count; basophils absolute; platelet count; platelets; plt; thrombocytes;
        thrombocyte count; platelets [#/volume] in blood by automated count; mean platelet volume; mpv;
        platelet distribution width; pdw; plateletcrit; platelet hematocrit; platelet large cell ratio;
        p lcr; reticulocyte count; reticulocytes; reticulocyte percent; corrected reticulocyte count;
        reticulocyte production index; immature reticulocyte fraction; reticulocyte hemoglobin;
        nucleated rbc; nrbc; nucleated red blood cells; nucleated erythrocytes; immature granulocytes;
        immature granulocyte percent; large unstained cells; peripheral blood smear; rbc morphology;
        wbc morphology; platelet morphology; mentzer index;
        hb percent; hemoglobin level; rbc indices; red cell indices; total white count; twbc; wbc total;
        white count; neutrophil count; neutrophils count; neut percent; lym; lymphocyte count; mono percent;
        monocyte count; eos percent; basophil count; granulocytes; granulocyte count; mid cells; mxd;
        band cells; stab cells; metamyelocytes; myelocytes; blasts; atypical lymphocytes; platelets count;
        platelet count plt; ret; reticulocyte absolute count; rbc distribution width; hemoglobin hb;
        erythrocyte indices
    """,
    "lipid": """
        lipid profile; lipid panel; lipidogram; total cholesterol; cholesterol; cholesterol total;
        cholesterol [mass/volume] in serum or plasma; hdl cholesterol; hdl; hdl c; hdl direct;
        high density lipoprotein; high density lipoprotein cholesterol;
        cholesterol in hdl [mass/volume] in serum or plasma; ldl cholesterol; ldl; ldl c; ldl direct;
        low density lipoprotein; low density lipoprotein cholesterol; ldl cholesterol calculated;
        ldl friedewald; cholesterol in ldl [mass/volume] in serum or plasma by direct assay;
        vldl; vldl cholesterol; vldl c; very low density lipoprotein; triglycerides; triglyceride; tg;
        tgl; triacylglycerol; triglyceride [mass/volume] in serum or plasma; non hdl cholesterol;
        non hdl c; cholesterol non hdl; total cholesterol hdl ratio; cholesterol hdl ratio; tc hdl ratio;
        ldl hdl ratio; hdl ldl ratio; castelli risk index; atherogenic index of plasma;
        cholesterol in ldl/cholesterol in hdl [mass ratio]; apolipoprotein a1; apo a1; apoa1;
        apolipoprotein a i; apolipoprotein b; apo b; apob; apolipoprotein b100; apo b apo a1 ratio;
        lipoprotein a; lp a; lpa; lipoprotein little a; small dense ldl; remnant cholesterol;
        idl cholesterol;
        tchol; t cholesterol; cholesterol serum; hdl chol; ldl chol; hdl cholesterol direct;
        ldl cholesterol direct; vldl calculated; triglyceride level; non hdl; tc hdl; apo b apo a1;
        apolipoprotein b apolipoprotein a1 ratio; lipoprotein little a
    """,
    "liver": """
        liver function test; lft; hepatic function panel; alanine aminotransferase;
        alanine transaminase; alt; sgpt; alt sgpt; serum glutamic pyruvic transaminase;
        alanine aminotransferase [enzymatic activity/volume] in serum or plasma;
        aspartate aminotransferase; aspartate transaminase; ast; sgot; ast sgot;
        serum glutamic oxaloacetic transaminase;
        aspartate aminotransferase [enzymatic activity/volume] in serum or plasma; alkaline phosphatase;
        alp; alk phos; alkaline phosphatase [enzymatic activity/volume] in serum or plasma;
        gamma glutamyl transferase; gamma glutamyl transpeptidase; ggt; ggtp; gamma gt; gamma gtp;
        bilirubin; bilirubin total; total bilirubin; serum bilirubin; bilirubin direct; direct bilirubin;
        conjugated bilirubin; bilirubin indirect; indirect bilirubin; unconjugated bilirubin;
        bilirubin.total [mass/volume] in serum or plasma; bilirubin.direct [mass/volume] in serum or plasma;
        neonatal bilirubin; total protein; total proteins; protein total; serum total protein;
        protein [mass/volume] in serum or plasma; albumin; serum albumin; albumin bcg;
        albumin [mass/volume] in serum or plasma; globulin; serum globulin; globulins; a g ratio;
        albumin globulin ratio; albumin/globulin [mass ratio] in serum or plasma; sgot sgpt ratio;
        ast alt ratio; de ritis ratio; 5 nucleotidase; total bile acids; bile acids;
        alat; asat; gpt; got; alanine amino transferase; aspartate amino transferase; alkp;
        alkaline phos; gamma glutamyltransferase; t bilirubin; tbil; dbil; d bilirubin; ibil;
        bilirubin conjugated; bilirubin unconjugated; tp; t protein; total serum protein; alb; glob;
        albumin globulin; ast alt; alt ast ratio; hepatic enzymes
    """,
    "kidney": """
        kidney function test; kft; renal function test; rft; renal panel; creatinine; serum creatinine;
        creat; creatinine [mass/volume] in serum or plasma; urea; blood urea; serum urea;
        urea [mass/volume] in serum or plasma; blood urea nitrogen; bun; urea nitrogen;
        urea nitrogen [mass/volume] in serum or plasma; bun creatinine ratio; urea creatinine ratio;
        uric acid; serum uric acid; urate; urate [mass/volume] in serum or plasma; egfr; estimated gfr;
        estimated glomerular filtration rate; gfr; glomerular filtration rate; egfr ckd epi; egfr mdrd;
        glomerular filtration rate/1.73 sq m.predicted; creatinine clearance; cystatin c;
        urine microalbumin; microalbumin; micro albumin; urine albumin creatinine ratio; uacr; acr;
        albumin creatinine ratio; microalbumin creatinine ratio; albumin/creatinine [mass ratio] in urine;
        urine protein creatinine ratio; upcr; 24 hour urine protein; urine creatinine; 24 hour urine
        creatinine; microalbuminuria;
        scr; crea; creatinine serum; urea serum; b urea; urea blood; bun level; urea n; uric;
        serum urate; ckd epi; estimated gfr ckd epi; egfr creatinine; cys c; albumin creatinine;
        malb; urine protein 24 hours; protein creatinine ratio
    """,
    "electrolytes": """
        electrolytes; serum electrolytes; sodium; na; serum sodium; sodium [moles/volume] in serum or
        plasma; potassium; k; serum potassium; potassium [moles/volume] in serum or plasma; chloride; cl;
        serum chloride; chloride [moles/volume] in serum or plasma; bicarbonate; hco3; serum bicarbonate;
        standard bicarbonate; total co2; co2; carbon dioxide; tco2; carbon dioxide, total [moles/volume];
        anion gap; calcium; ca; total calcium; serum calcium; calcium total; ionized calcium;
        free calcium; ica; calcium.ionized [moles/volume] in blood; corrected calcium;
        albumin corrected calcium; magnesium; mg; serum magnesium; phosphorus; phosphate;
        inorganic phosphorus; inorganic phosphate; serum phosphorus; po4; zinc; copper; selenium;
        sodium na; potassium k; chloride cl; bicarb; serum co2; co2 total; ca ionized;
        ionized ca; phos; inorganic p; phosphorus inorganic; serum phosphate; calcium ionized; mg2;
        magnesium serum; serum zinc
    """,
    "glucose": """
        glucose; blood glucose; blood sugar; plasma glucose; fasting blood sugar; fasting glucose;
        glucose fasting; fasting plasma glucose; blood sugar fasting; sugar fasting; fbs; fbg;
        glucose [mass/volume] in serum or plasma --fasting; postprandial blood sugar; ppbs;
        postprandial glucose; glucose postprandial; 2 hour postprandial glucose; blood sugar pp;
        random blood sugar; rbs; random glucose; glucose random; random plasma glucose; blood sugar random;
        glucose [mass/volume] in serum or plasma; hba1c; glycated hemoglobin; glycohemoglobin;
        glycated hb; hemoglobin a1c; a1c; hemoglobin a1c/hemoglobin.total in blood;
        estimated average glucose; eag; mean blood glucose; mean plasma glucose; average blood glucose;
        insulin; fasting insulin; insulin fasting; insulin postprandial; serum insulin; c peptide;
        c peptide fasting; connecting peptide; homa ir; homa insulin resistance index;
        insulin resistance index; homa beta; fructosamine; glucose tolerance test; ogtt; gtt;
        oral glucose tolerance test; glucose 1 hour; glucose 2 hour; glucose 3 hour;
        glucose 2 hour post 75 g glucose; glucose challenge test; gct; capillary blood glucose; cbg;
        diabetes panel;
        glu; gluc; glucose level; fasting sugar; glucose f; glucose pp; glucose postprandial 2 hour;
        2 hour postprandial blood sugar; postprandial plasma glucose; grbs; hgba1c; gly hb; ghb;
        glycosylated hb; a1c; insulin level; c pep; homa; fasting blood glucose; sugar random;
        blood glucose fasting; blood glucose postprandial; blood glucose random; ogtt fasting;
        glucose 0 hour; glucose 1 hour post 75 g; gdm screening
    """,
    "thyroid": """
        thyroid profile; thyroid function test; tft; thyroid panel; tsh; thyroid stimulating hormone;
        thyrotropin; ultrasensitive tsh; us tsh; tsh 3rd generation; thyrotropin [units/volume] in serum or
        plasma; t3; total t3; t3 total; triiodothyronine; tri iodothyronine; total triiodothyronine;
        t4; total t4; t4 total; thyroxine; total thyroxine; free t3; ft3; free triiodothyronine;
        triiodothyronine free; free t4; ft4; free thyroxine; thyroxine free;
        thyroxine (t4) free [mass/volume] in serum or plasma; reverse t3; rt3; reverse triiodothyronine;
        anti tpo; anti tpo antibody; tpo antibody; thyroid peroxidase antibody; antithyroid peroxidase;
        anti microsomal antibody; thyroid microsomal antibody; anti thyroglobulin antibody; anti tg;
        atg; tgab; thyroglobulin antibody; antithyroglobulin; thyroglobulin; serum thyroglobulin;
        tsh receptor antibody; trab; tsh receptor antibodies; thyroid stimulating immunoglobulin; tsi;
        thyrotropin receptor antibody;
        tsh ultra; hs tsh; 3rd generation tsh; tt3; tt4; t3 free; t4 free; thyroid peroxidase;
        tpo; anti tpo ab; anti thyroid peroxidase antibody; anti tg antibody; tsh receptor ab; tshr ab;
        tbii; thyroxine binding globulin
    """,
    "vitamins": """
        vitamin d; vitamin d total; 25 hydroxy vitamin d; 25 oh vitamin d; 25 oh d; 25 hydroxyvitamin d;
        25 hydroxycholecalciferol; vitamin d3; cholecalciferol; vitamin d2; ergocalciferol;
        1 25 dihydroxy vitamin d; 1 25 dihydroxyvitamin d; calcitriol; vitamin b12; b12; cobalamin;
        cyanocobalamin; vitamin b12 [mass/volume] in serum or plasma; holotranscobalamin; active b12;
        folate; folic acid; serum folate; rbc folate; red cell folate; vitamin b9; vitamin b1; thiamine;
        thiamin; vitamin b2; riboflavin; vitamin b3; niacin; vitamin b6; pyridoxine; pyridoxal phosphate;
        pyridoxal 5 phosphate; vitamin b5; pantothenic acid; vitamin b7; biotin; vitamin a; retinol;
        vitamin e; tocopherol; alpha tocopherol; vitamin k; vitamin k1; phylloquinone; vitamin c;
        ascorbic acid; ascorbate; vitamin profile;
        vit d; vitamin d 25 oh; 25 oh vitamin d3; 25 oh d3; 1 25 oh 2 d; vitamin b 12; b 12;
        cobalamine; folate serum; folic; vitamin b complex; plp; vitamin b1 thiamine; vitamin b6
        pyridoxine; vitamin d 25 hydroxy total
    """,
    "iron": """
        iron studies; iron profile; iron panel; iron; serum iron; fe; iron [mass/volume] in serum or
        plasma; ferritin; serum ferritin; ferritin [mass/volume] in serum or plasma; tibc;
        total iron binding capacity; iron binding capacity; uibc; unsaturated iron binding capacity;
        transferrin; serum transferrin; transferrin saturation; tsat; percent saturation; iron saturation;
        saturation iron; iron saturation [mass fraction] in serum or plasma; soluble transferrin receptor;
        stfr;
        serum fe; fe serum; iron serum; ferritin level; iron saturation percent; transferrin sat;
        tf saturation; percent transferrin saturation; total iron binding
    """,
    "inflammation": """
        c reactive protein; crp; crp quantitative; c reactive protein [mass/volume] in serum or plasma;
        hs crp; high sensitivity c reactive protein; highly sensitive crp; ultrasensitive crp; cardio crp;
        esr; erythrocyte sedimentation rate; sed rate; sedimentation rate; esr westergren;
        procalcitonin; interleukin 6; il 6; il6; interleukin; rheumatoid factor; ra factor; rf;
        ra test; rheumatoid arthritis factor; anti ccp; anti ccp antibody;
        anti cyclic citrullinated peptide; cyclic citrullinated peptide antibody; acpa; ana;
        antinuclear antibody; anti nuclear antibody; ana ifa; ana titer; antinuclear antibody screen;
        anti dsdna; double stranded dna antibody; ena profile; anca; aso; aso titer; asot;
        antistreptolysin o; anti streptolysin o titer; complement c3; c3; complement c4; c4;
        complement component 3; complement component 4; total ige; ige; serum ige; ige total;
        immunoglobulin e; igg; iga; igm; immunoglobulin g; immunoglobulin a; immunoglobulin m;
        serum protein electrophoresis;
        crp quant; c reactive protein quantitative; us crp; esr 1st hour; esr westergren method;
        il 6 interleukin 6; rf quantitative; rheumatoid factor quantitative; ra; anti ccp ab; ccp;
        anti citrullinated protein antibody; ana screen; fana; anti nuclear ab; aso quantitative;
        antistreptolysin o titer; c3 complement; c4 complement; ig e; ige level; immunoglobulin e total
    """,
    "hormones": """
        testosterone; total testosterone; testosterone total; serum testosterone; free testosterone;
        bioavailable testosterone; free androgen index; estradiol; e2; estrogen; serum estradiol;
        17 beta estradiol; progesterone; serum progesterone; 17 hydroxyprogesterone; 17 oh progesterone;
        lh; luteinizing hormone; luteotropin; fsh; follicle stimulating hormone; follitropin; lh fsh ratio;
        prolactin; prl; serum prolactin; macroprolactin; cortisol; serum cortisol; morning cortisol;
        cortisol am; cortisol 8 am; cortisol pm; cortisol random; dhea s; dhea sulfate; dheas;
        dehydroepiandrosterone sulfate; dhea; amh; anti mullerian hormone; mullerian inhibiting substance;
        pth; intact pth; parathyroid hormone; parathormone; intact parathyroid hormone; growth hormone;
        gh; hgh; human growth hormone; somatotropin; igf 1; igf1; insulin like growth factor 1;
        somatomedin c; beta hcg; b hcg; hcg; beta human chorionic gonadotropin;
        human chorionic gonadotropin; total beta hcg; serum beta hcg; pregnancy test serum; shbg;
        sex hormone binding globulin; acth; adrenocorticotropic hormone; corticotropin; aldosterone;
        renin; plasma renin activity; androstenedione; estriol; inhibin b; hormone profile;
        testo; e2 estradiol; p4; progesterone p4; 17 ohp; lh luteinizing hormone; prolactin level;
        cortisol morning; cortisol serum; dhea so4; dhea sulfate serum; mis; pth intact; i pth;
        igf i; igf; bhcg; hcg beta; quantitative beta hcg; beta hcg quantitative; corticotrophin;
        adrenocorticotrophic hormone; gonadotropins; estrone; choriogonadotropin;
        choriogonadotropin beta subunit; lutropin
    """,
    "cardiac": """
        cardiac markers; cardiac enzymes; troponin; troponin i; troponin t; hs troponin i;
        hs troponin t; high sensitivity troponin i; high sensitivity troponin t; cardiac troponin i;
        cardiac troponin t; ctni; ctnt; trop i; trop t; troponin i cardiac [mass/volume] in serum or
        plasma; ck mb; ckmb; creatine kinase mb; ck mb mass; cpk mb; creatine kinase mb isoenzyme;
        ck; total ck; ck total; cpk; cpk total; creatine kinase; creatine kinase total;
        creatine phosphokinase; creatine kinase [enzymatic activity/volume] in serum or plasma; bnp;
        b type natriuretic peptide; brain natriuretic peptide; nt probnp; nt pro bnp; pro bnp;
        n terminal pro b type natriuretic peptide; n terminal pro brain natriuretic peptide;
        natriuretic peptide b prohormone n terminal; myoglobin; serum myoglobin; homocysteine;
        total homocysteine; plasma homocysteine; homocysteine [moles/volume] in serum or plasma;
        tni; tnt; hs tni; hs tnt; hstni; hstnt; hs trop i; hs trop t; troponin i high sensitive;
        ck mb activity; ck nac; creatine kinase ck; ck mm; probnp; myo; hcy; homocysteine total
    """,
    "coagulation": """
        coagulation profile; coagulation panel; prothrombin time; pt; pt patient; pt control;
        prothrombin time control; prothrombin time patient; protime; pt test; inr;
        international normalized ratio; pt inr; prothrombin time inr; aptt;
        activated partial thromboplastin time; ptt; partial thromboplastin time; aptt patient;
        aptt control; kaolin cephalin clotting time; kcct; coagulation [time] in platelet poor plasma;
        fibrinogen; plasma fibrinogen; fibrinogen clauss; fibrinogen [mass/volume] in platelet poor plasma;
        d dimer; d dimer quantitative; fibrin d dimer; fibrin degradation products; fdp; bleeding time;
        bt; clotting time; ct; coagulation time; whole blood clotting time; thrombin time; tt;
        factor viii; factor viii activity; factor ix; factor ix activity; factor vii; factor v;
        factor xi; factor xiii; clotting factor assay; coagulation factor; von willebrand factor;
        protein c; protein s; antithrombin; antithrombin iii; lupus anticoagulant; isi; mean normal pt;
        anti xa;
        pt sec; pt inr ratio; prothrombin ratio; inr value; a ptt; ptt k; ptk; appt;
        fibrinogen level; dd; bleeding time bt; clotting time ct; thrombin clotting time; f viii;
        fviii; factor 8; factor ix assay; factor 9; factor ii; factor x
    """,
    "urine": """
        urine routine; urine routine examination; urine examination; urine analysis; urinalysis;
        complete urine examination; cue; urine physical examination; urine chemical examination;
        urine microscopic examination; urine microscopy; urine sediment; urine color; color; urine
        appearance; appearance; clarity; turbidity; transparency; urine clarity; specific gravity;
        urine specific gravity; sg; ph; urine ph; reaction; urine reaction; urine protein; proteins urine;
        urine albumin; albumin urine; urine sugar; urine glucose; glucose urine; ketone bodies; ketones;
        urine ketones; acetone; ketone bodies urine; urine blood; blood urine; occult blood urine;
        urine hemoglobin; urine bilirubin; bilirubin urine; bile pigments; bile salts; urobilinogen;
        urine urobilinogen; nitrite; nitrites; urine nitrite; leukocyte esterase; urine leukocytes;
        pus cells; pus cells hpf; urine pus cells; urine wbc; wbc urine; white cells urine; urine rbc;
        rbc urine; red blood cells urine; epithelial cells; squamous epithelial cells;
        renal tubular epithelial cells; transitional epithelial cells; casts; hyaline casts;
        granular casts; rbc casts; wbc casts; crystals; calcium oxalate crystals; uric acid crystals;
        triple phosphate crystals; amorphous deposits; amorphous urates; amorphous phosphates; bacteria;
        urine bacteria; yeast; yeast cells; budding yeast cells; mucus threads; trichomonas vaginalis;
        urine volume; deposits; dipstick;
        colour urine; physical appearance; urine transparency; specific gravity sg; ph urine;
        protein urine; urine albumin dipstick; sugar urine; urine ketone; ketones acetone; urine acetone;
        urine occult blood; bile pigment; bile salt; urobilinogen urine; nitrite urine; leukocytes urine;
        wbc esterase; pus cell; pus cells wbc; wbc hpf; rbc hpf; red cells hpf; epithelial cell;
        epith cells; squamous cells; cast; granular cast; hyaline cast; crystal; amorphous material;
        fungal elements; mucus; urine deposits
    """,
    "infection": """
        infectious disease serology; hiv; hiv 1 and 2 antibody; hiv i and ii; hiv antibody; hiv elisa;
        hiv 1 2 antigen antibody combo; hiv p24 antigen; hbsag; hepatitis b surface antigen;
        australia antigen; anti hbs; hepatitis b surface antibody; anti hbc; hbeag; anti hcv;
        hcv antibody; hepatitis c antibody; hepatitis c virus antibody; hepatitis a igm; anti hav igm;
        hepatitis e igm; anti hev igm; vdrl; rpr; rapid plasma reagin; tpha; syphilis antibody;
        treponema pallidum antibody; widal; widal test; salmonella typhi o; salmonella typhi h;
        salmonella paratyphi a h; salmonella paratyphi b h; typhidot; typhoid igm; typhoid igg;
        salmonella typhi igm; dengue ns1 antigen; dengue ns1; dengue igm; dengue igg; dengue antibody;
        malaria antigen; malaria parasite; malarial parasite; mp; mp test;
        malaria parasite test; plasmodium falciparum; plasmodium vivax;
        pf pv antigen; malaria rapid test; h pylori; helicobacter pylori antibody; h pylori igg;
        h pylori antigen; quantiferon; quantiferon tb gold; igra; interferon gamma release assay;
        t spot tb; tb gold; sars cov 2 antibody; sars cov 2 igg; covid 19 antibody; covid 19 igg;
        sars cov 2 total antibody; covid antibody; chikungunya igm; leptospira igm; scrub typhus igm;
        toxoplasma igg; rubella igg; cytomegalovirus igm; cmv igg; herpes simplex virus igg;
        epstein barr virus; brucella antibody; weil felix test; torch panel;
        hiv 1 2; hiv 1 and 2 ab; hiv tridot; hiv spot; hbs ag; hepatitis b sag;
        hbv surface antigen; anti hcv ab; hcv ab; hcv; syphilis rpr; widal slide test; s typhi o;
        s typhi h; s paratyphi ah; s paratyphi bh; typhoid antibody; typhidot igm; ns1 ag;
        dengue ns1 ag; dengue igg igm; malaria pf pv; mp smear; malaria parasite smear;
        h pylori ab; helicobacter igg; quantiferon tb gold plus; qft; interferon gamma release;
        anti sars cov 2; covid igg; hepatitis b core antibody
    """,
    "tumor": """
        tumor markers; psa; total psa; psa total; prostate specific antigen; prostate specific antigen
        total; free psa; psa free; free prostate specific antigen; free total psa ratio; percent free psa;
        cea; carcinoembryonic antigen; ca 125; ca125; cancer antigen 125; ca 19 9; ca19 9;
        carbohydrate antigen 19 9; cancer antigen 19 9; ca 15 3; ca15 3; cancer antigen 15 3; afp;
        alpha fetoprotein; alpha 1 fetoprotein; afp tumor marker; beta 2 microglobulin; b2 microglobulin;
        beta2 microglobulin; b2m; ca 72 4; cyfra 21 1; neuron specific enolase; he4; chromogranin a;
        tpsa; t psa; fpsa; f psa; free psa ratio; ca 125 ovarian cancer antigen; ca125 ii; ca19 9;
        ca15 3; alpha feto protein; beta 2 microglobulin serum
    """,
    "pancreas": """
        pancreatic enzymes; amylase; serum amylase; alpha amylase; pancreatic amylase; total amylase;
        amylase [enzymatic activity/volume] in serum or plasma; lipase; serum lipase; pancreatic lipase;
        lipase [enzymatic activity/volume] in serum or plasma; amylase and lipase;
        amy; amyl; amylase total; p amylase; lip; lps; lipase level; lipase activity; triacylglycerol lipase;
        amylase activity
    """,
    "other": """
        blood group; blood grouping; abo group; abo; abo grouping; rh; rh type; rh factor; rh typing;
        blood group and rh typing; abo and rh; stool routine; stool examination; stool occult blood;
        fecal occult blood test; stool ova and cyst; stool consistency; stool color; stool mucus;
        stool reducing substances; stool ph; stool culture; semen analysis; semen volume; sperm count;
        sperm motility; sperm morphology; liquefaction time; semen viscosity; total sperm count;
        patient name; name; age; sex; gender; age gender; patient id; uhid; lab id; lab number;
        sample id; barcode; barcode number; accession number; ref by; referred by; referring doctor;
        referring physician; consultant; registered on; registration date; collected on;
        sample collected on; collection date; received on; reported on; report date; report status;
        sample type; specimen; specimen type; method; remarks; comments; comment; note; interpretation;
        impression; clinical history; reference range; biological reference interval; units; result;
        test name; page; signature; pathologist; end of report; gram stain; afb smear;
        ziehl neelsen stain; koh mount; culture and sensitivity; urine culture; blood culture;
        sputum culture; pap smear; histopathology; cytology; karyotype; ammonia; lactate;
        lactate dehydrogenase; ldh; osmolality; lead; digoxin; lithium; valproic acid; cotinine;
        blood alcohol; g6pd; hemoglobin electrophoresis; sickling test; coombs test;
        blood group abo rh; rh d typing; abo rh; rhd; stool for occult blood; fobt; stool r e;
        stool microscopy; sample number; sample received; bill number; mr number; ip number; ward;
        hospital; referred doctor; dr; technician; verified by; authorized by; collected at; report time;
        specimen received; lab number; visit number; sr number; pleural fluid; ascitic fluid;
        body fluid analysis; culture; fluid culture; sputum afb; ldh total; aldolase; serum osmolality;
        blood ph; arterial blood gas; lactic acid; ceruloplasmin; alpha 1 antitrypsin; value; observed value;
        result value; status; flag; investigation; parameter; test
    """,
}
