"""French number-grammar cases: one row per phrase as found in French news copy (AFP, regional press).

See :mod:`tests.cases.numbers_common` for the row types. Bounds follow the table in
:mod:`casualty_reconcile.numbers`: about = floor(0.9 v)..ceil(1.1 v), almost = floor(0.9 v)..v-1.
"""

from __future__ import annotations

from .numbers_common import NOT, NumberCase, Q, V, X

NBSP = "\u00a0"
NNBSP = "\u202f"

CASES: list[NumberCase] = [
    # ---- digits: French groups thousands with a space, a no-break or a narrow no-break space ----
    X("fr-digits-plain", "La police a interpellé 23 personnes.", 23),
    X("fr-digits-space", "Au total, 2 300 personnes ont péri.", 2300, surface="2 300"),
    X("fr-digits-nbsp", f"Plus tard, 1{NBSP}500 blessés ont été recensés.", 1500),
    X("fr-digits-narrow-nbsp", f"Le bilan fait état de 1{NNBSP}500 morts.", 1500),
    X("fr-digits-decimal-million", "1,5 million de personnes ont fui.", 1_500_000, surface="1,5 million"),
    X("fr-digits-millions", "Trois millions de déplacés selon l'ONU.", 3_000_000),
    X("fr-digits-milliards", "Deux milliards de personnes sont concernées.", 2_000_000_000),
    # ---- spelled out: the vigesimal seventies and nineties, hyphens, "et un" -----------------------
    X("fr-words-douze", "Douze blessés ont été hospitalisés.", 12),
    X("fr-words-vingt-et-un", "Vingt et un soldats ont été tués.", 21),
    X("fr-words-soixante-dix", "Soixante-dix morts dans l'incendie.", 70),
    X("fr-words-soixante-et-onze", "Soixante et onze personnes ont été évacuées.", 71),
    X("fr-words-quatre-vingts", "Quatre-vingts personnes ont été arrêtées.", 80),
    X("fr-words-quatre-vingt-onze", "Quatre-vingt-onze migrants sont portés disparus.", 91),
    X("fr-words-quatre-vingt-dix-neuf", "Quatre-vingt-dix-neuf blessés.", 99),
    X("fr-words-trois-cents", "Trois cents personnes ont été évacuées.", 300),
    X("fr-words-deux-mille", "Deux mille soldats ont été déployés.", 2000),
    X("fr-words-septante", "Septante personnes ont été blessées.", 70),
    X("fr-words-nonante", "Nonante blessés selon la police cantonale.", 90),
    X("fr-words-demi-million", "Un demi-million de personnes ont manifesté.", 500_000),
    # ---- qualifiers ----------------------------------------------------------------------------
    Q("fr-qual-au-moins", "Au moins 12 personnes ont été tuées.", 12, "at_least", 12, None),
    Q("fr-qual-pas-moins-de", "Pas moins de 25 morts.", 25, "at_least", 25, None),
    Q("fr-qual-plus-de", "Plus de 200 blessés.", 200, "more_than", 201, None),
    Q("fr-qual-pres-de", "Près de 6000 manifestants ont été arrêtés.", 6000, "almost", 5400, 5999),
    Q("fr-qual-environ", "Environ 2500 soldats.", 2500, "about", 2250, 2750),
    Q("fr-qual-quelque", "Quelque 3000 soldats.", 3000, "about", 2700, 3300),
    Q("fr-qual-jusqua", "Jusqu'à 10 000 manifestants.", 10000, "up_to", 0, 10000),
    Q("fr-qual-moins-de", "Moins de 50 blessés.", 50, "less_than", 0, 49),
    Q("fr-qual-au-plus", "Au plus 40 personnes.", 40, "at_most", 0, 40),
    Q("fr-range-entre-et", "Entre 10 et 20 morts.", 10, "range", 10, 20),
    # ---- approximate nouns: une dizaine, une vingtaine, une centaine ----------------------------
    Q("fr-approx-vingtaine", "Une vingtaine de morts.", 20, "about", 18, 22),
    Q("fr-approx-centaine", "Une centaine de manifestants.", 100, "about", 90, 110),
    Q("fr-approx-plus-dun-millier", "Plus d'un millier de blessés.", 1000, "more_than", 1001, None),
    Q("fr-approx-pres-dune-centaine", "Près d'une centaine de morts.", 100, "almost", 90, 99),
    # before an elided "d'": the approximate noun ends where the word does ("une centaine d'habitants")
    Q("fr-approx-centaine-elided", "Une centaine d'habitants.", 100, "about", 90, 110),
    Q("fr-approx-plus-dun-millier-elided", "Plus d'un millier d'interpellations.", 1000, "more_than", 1001, None),
    Q("fr-approx-au-moins-une-dizaine", "Au moins une dizaine de morts.", 10, "at_least", 10, None),
    # ---- vague amounts -------------------------------------------------------------------------
    V("fr-vague-dizaines", "Des dizaines de morts.", "dozens", (24, 199), acled=(12, 12)),
    V("fr-vague-centaines", "Des centaines de blessés.", "hundreds", (200, 1999), acled=(100, 100)),
    V("fr-vague-milliers", "Des milliers de déplacés.", "thousands", (2000, 19999), acled=(1000, 1000)),
    V("fr-vague-dizaines-de-milliers", "Des dizaines de milliers de manifestants.", "tens_of_thousands", (20000, 199999),
      acled=(10000, 10000)),
    V("fr-vague-plusieurs", "Plusieurs morts.", "several", (3, 9), acled=(3, 3)),
    # s28french: "quelques" before a plural of hundreds or thousands is one amount, as "a few thousand", "einige tausend"
    V("fr-s28-vague-quelques-milliers", "Quelques milliers de manifestants.", "a_few_thousand", (2000, 9000), acled=(3000, 3000)),
    V("fr-s28-vague-quelques-centaines", "Quelques centaines de blessés.", "a_few_hundred", (200, 900), acled=(300, 300)),
    # ---- no counts -----------------------------------------------------------------------------
    NOT("fr-not-age", "Une victime âgée de 45 ans."),
    NOT("fr-not-year", "En 2022, le pays a connu des troubles."),
    NOT("fr-not-percent", "Le taux a atteint 45 %."),
    NOT("fr-not-time", "L'explosion s'est produite vers 14 h 30."),
    NOT("fr-not-distance", "À 30 kilomètres de la frontière."),
    NOT("fr-not-date", "Le 2 janvier."),
]
