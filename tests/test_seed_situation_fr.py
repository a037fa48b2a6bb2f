"""The seed situation in French: the five German seed reports rendered, shortened, as French wire copy.

Each French text carries the figures and attributions of its German seed (the context around them
is shortened), so the French module must pull out the claims of the German gold
(``tests/data/gold_seeds.jsonl``), as ``test_seed_situation_en.py`` does for English; and reconcile
over the French, German and English reports of the same event together gives one set of quantities.
"""

from __future__ import annotations

from typing import Any

import pytest

from casualty_reconcile import extract, reconcile

from . import test_seed_situation_en as en

SPEAKERS_FR = {
    "Behörden": "autorités",
    "Gesundheitsministerium": "ministère",
    "Staatsfernsehen": "télévision",
    "Journalist": "journaliste",
    "offizielle Angaben": "chiffres officiels",
    "OVKS": "OTSC",
    "Kommersant": "Kommersant",
    "Innenministerium": "ministère",
    "Tokajew": "Tokaïev",
    "Verteidigungsministerium": "ministère",
    "Interfax": "Interfax",
    "Regierung": "gouvernement",
}
"""The French name of each gold speaker (the gold names them in German)."""
_BY_ENGLISH = {english: SPEAKERS_FR[german] for german, english in en.SPEAKERS_EN.items()}

TEXTS: dict[str, str] = {
    "000_4ca30e9efcf2f883.txt": (
        "ALMATY (dpa) - Quelques jours après l'ordre de tirer sans sommation donné par le président Kassym-Jomart "
        "Tokaïev, les autorités font état d'au moins 164 morts dans les graves troubles au Kazakhstan. Rien qu'à "
        "Almaty, la ville la plus touchée, 103 personnes ont perdu la vie, dont deux enfants, a rapporté "
        "la télévision d'État kazakhe, citant le ministère de la Santé.\n\n"
        "On ignorait dans un premier temps combien de civils figuraient parmi les morts. Un habitant d'Almaty a "
        "décrit par téléphone des destructions terribles.\n\n"
        "Vendredi, le président Tokaïev a ordonné à la police et à l'armée de tirer sur les manifestants. Selon "
        "les chiffres officiels, plus de 2200 personnes ont été blessées dans tout le pays. Près de 6000 "
        "manifestants ont été arrêtés. Ces chiffres n'ont pas pu être vérifiés de manière indépendante.\n\n"
        "Les troubles dans l'ancienne république soviétique durent depuis une semaine. Tokaïev a demandé l'aide "
        "de l'Organisation du traité de sécurité collective (OTSC). Environ 2500 soldats étrangers ont été "
        "envoyés au Kazakhstan, selon l'alliance menée par la Russie."
    ),
    "001_1e269f1a4cb726fd.txt": (
        "La situation continue de s'aggraver au Kazakhstan après de graves troubles. Le président Kassym-Jomart "
        "Tokaïev a donné l'ordre de tirer sur les manifestants.\n\n"
        "Dans la matinée, la télévision d'État avait annoncé que 26 manifestants avaient déjà été tués. Elle "
        "faisait aussi état de plus de 3700 arrestations dans tout le pays. Selon les chiffres officiels, au "
        "moins 18 agents des forces de sécurité sont également morts.\n\n"
        "Les soldats russes font partie d'une force dite de maintien de la paix de l'Organisation du traité de "
        "sécurité collective. L'organisation a fait état d'environ 2500 soldats étrangers déployés au total."
    ),
    "002_43dd2978da3373e8.txt": (
        "Au Kazakhstan, plus de 4400 personnes ont été arrêtées au total en lien avec les troubles, a rapporté "
        "la télévision d'État, citant le ministère de l'Intérieur. Le président Kassym-Jomart Tokaïev a "
        "décrété une journée de deuil national.\n\n"
        "Selon les autorités, on compte au total plus de 40 morts, parmi les manifestants comme parmi les forces "
        "de sécurité."
    ),
    "003_87b400ab487f448c.txt": (
        "Le président Tokaïev a affirmé que jusqu'à 20 000 bandits avaient attaqué Almaty.\n\n"
        "La télévision d'État a fait état de plus de 3700 arrestations dans tout le pays. Selon le ministère de "
        "l'Intérieur, 26 « criminels armés » ont été tués et 18 policiers et gardes nationaux ont été tués.\n\n"
        "L'OTSC a fait état d'environ 2500 soldats envoyés au Kazakhstan."
    ),
    "004_0b225a218a44401b.txt": (
        "Le gouvernement évoque des « dizaines » de manifestants tués au Kazakhstan.\n\n"
        "Selon le gouvernement, des « dizaines » de manifestants ont été tués et plus de mille autres "
        "blessés. Du côté des forces de sécurité, on compte 18 morts et près de 750 blessés, selon le "
        "gouvernement. Plus de 3000 manifestants ont été arrêtés, selon le gouvernement."
    ),
}

KNOWN_MISSES: dict[str, set[str]] = {}
"""Per seed: the problems the French extraction is known to have (strict: a fixed one must go)."""


def _problems(doc: str) -> set[str]:
    text = TEXTS[doc]
    claims = extract(text, doc_id=doc, published=en.PUBLISHED[doc], language="fr")
    problems: set[str] = set()
    used: set[int] = set()
    for row in (r for r in en.GOLD if r["doc"] == doc):
        match = next(
            (i for i, c in enumerate(claims)
             if i not in used and c.category.value == row["category"] and c.value == row["value"]),
            None,
        )
        if match is None:
            if not row["optional"]:
                problems.add(f"missing {row['category']} {row['value']}")
            continue
        used.add(match)
        if row["optional"]:
            continue
        claim = claims[match]
        want: dict[str, Any] = {
            "qualifier": row["qualifier"], "group": row["group"], "location": row["location"],
            "speaker": _BY_ENGLISH[row["speaker"]] if row["speaker"] else None,
            "via": _BY_ENGLISH[row["via"]] if row["via"] else None,
        }
        for name, expected in want.items():
            actual = getattr(claim, name)
            if name == "speaker" and actual is None:  # a source that names no one: the gold gives its words
                actual = claim.speaker_text
            actual = getattr(actual, "value", actual)
            if expected is None or actual is None:
                ok = expected == actual
            else:
                ok = en.names_match(str(expected), str(actual))
            if not ok:
                problems.add(f"{row['category']} {row['value']}: {name} {actual!r} != {expected!r}")
    optional = {(r["category"], r["value"]) for r in en.GOLD if r["doc"] == doc and r["optional"]}
    for i, claim in enumerate(claims):
        if i not in used and (claim.category.value, claim.value) not in optional:
            problems.add(f"extra {claim.category.value} {claim.value} at {claim.text!r}")
    return problems


@pytest.mark.parametrize("doc", sorted(en.TEXTS))
def test_french_seed_gives_the_german_gold_claims(doc: str) -> None:
    assert _problems(doc) == KNOWN_MISSES.get(doc, set())


def _quantities(result: Any) -> set[tuple[str, str, str | None]]:
    """The core quantities of a reconciliation, by what they count and where."""
    core = ("deaths", "injuries", "arrests", "troops")
    return {(q.category.value, q.group, q.location) for q in result.quantities if q.category.value in core}


def test_french_german_and_english_reports_reconcile_to_one_set_of_quantities() -> None:
    """The same event told in three languages: each language's reports reconcile to the quantities
    the three together give (one set, not three)."""
    claims: dict[str, list[Any]] = {"fr": [], "de": [], "en": []}
    for doc in sorted(en.TEXTS):
        published = en.PUBLISHED[doc]
        claims["fr"] += extract(TEXTS[doc], doc_id=f"fr-{doc}", published=published, language="fr")
        claims["en"] += extract(en.TEXTS[doc], doc_id=f"en-{doc}", published=published, language="en")
        claims["de"] += extract((en.SEEDS / doc).read_text(encoding="utf-8"), doc_id=f"de-{doc}", published=published, language="de")
    together = reconcile(claims["fr"] + claims["de"] + claims["en"])
    assert len(together.events) == 1, [(e.doc_ids, e.reason) for e in together.events]
    assert len({q.event for q in together.quantities}) == 1
    each = {code: _quantities(reconcile(found)) for code, found in claims.items()}
    assert _quantities(together) == each["de"] == each["fr"] == each["en"]
