"""The seed situation in English: the five German seed reports rendered as English wire copy.

Each English text carries the same figures and attributions as its German seed, so the
English module must pull out the same claims as the German gold (``tests/data/gold_seeds.jsonl``):
category, value, qualifier, group, location, and speaker/via named in English.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from casualty_reconcile import extract

from .cases.harness import names_match

DATA = Path(__file__).parent / "data"
SEEDS = Path(__file__).resolve().parent.parent / "seeds"

SPEAKERS_EN = {
    "Behörden": "authorities",
    "Gesundheitsministerium": "health ministry",
    "Staatsfernsehen": "state television",
    "Journalist": "journalist",
    "offizielle Angaben": "official figures",
    "OVKS": "CSTO",
    "Kommersant": "Kommersant",
    "Innenministerium": "interior ministry",
    "Tokajew": "Tokayev",
    "Verteidigungsministerium": "defence ministry",
    "Interfax": "Interfax",
    "Regierung": "government",
}

TEXTS: dict[str, str] = {
    "000_4ca30e9efcf2f883.txt": (
        "ALMATY (dpa) - A few days after President Kassym-Jomart Tokayev issued a shoot-to-kill order, the "
        "authoritarian authorities in Kazakhstan have spoken of at least 164 deaths in the severe unrest. In "
        "Almaty alone, the worst-hit city, 103 people lost their lives, including two children, Kazakh state "
        "television reported on Sunday, citing the health ministry.\n\n"
        "It was initially unclear how many of the dead were civilians. A resident of Almaty told the German "
        "Press Agency by telephone of terrible devastation. The U.S. government condemned the shoot-to-kill "
        "order and called on the authorities in Kazakhstan to respect the rights of peaceful protesters.\n\n"
        "In recent days, photos of covered bodies on pavements, burning buildings and heavily armed security "
        "forces had emerged from the commercial capital in the country's south-east. Because the internet was "
        "repeatedly shut down and mobile connections were constantly interrupted, it has at times been almost "
        "impossible to obtain reliable information from Almaty. Kazakhstan has also closed its borders to "
        "foreigners.\n\n"
        "\"Today the situation in the city is relatively calm,\" a journalist living in Almaty told dpa on "
        "Sunday. \"Last night I heard shots myself.\" Many grocery shops had been looted, he said. \"Bank "
        "branches, cash machines - everything is broken.\" Long queues had formed outside bakeries that had "
        "reopened, the 50-year-old said. The internet was still not working. The city's airport was "
        "temporarily occupied by protesters and is said to have been badly damaged. It was initially unclear "
        "when it would reopen.\n\n"
        "With regard to Almaty in particular, Kazakhstan's authorities had repeatedly spoken of \"terrorists\" "
        "directed from abroad. There was initially no evidence for this. It seems increasingly clear, however, "
        "that in the city - unlike in many other parts of the country with peaceful demonstrations - armed mobs "
        "were also on the move. The journalist living there spoke by telephone of around 2,000 people who had "
        "marched past his house near the city centre late last week, shouting loudly and carrying sticks.\n\n"
        "On Friday, President Tokayev ordered police and the army to fire on protesters \"without warning\". "
        "That caused great alarm internationally. It had been feared that there could be many civilian deaths. "
        "According to official figures, more than 2,200 people have been injured nationwide so far. Almost "
        "6,000 protesters were detained. These figures could not be independently verified either.\n\n"
        "U.S. Secretary of State Antony Blinken told CNN on Sunday, referring to the order: \"I condemn that "
        "statement. And if that is the national policy, then I condemn the policy.\"\n\n"
        "The unrest in the former Soviet republic bordering China and Russia has been going on for a week. "
        "Anger over higher fuel prices in the oil- and gas-rich country turned into protests against the "
        "leadership. Tokayev declared a state of emergency and asked the Collective Security Treaty "
        "Organization (CSTO) for help. Around 2,500 foreign troops have been sent to Kazakhstan, according to "
        "the Russian-led alliance, which also includes Armenia, Belarus, Kyrgyzstan and Tajikistan.\n\n"
        "Tokayev ordered a day of national mourning on Monday to remember the victims. At the same time, the "
        "68-year-old continued to reshape the leadership. On Saturday he dismissed the deputy secretary of the "
        "influential Security Council, Azamat Abdymomunov, who had been appointed by his predecessor Nursultan "
        "Nazarbayev a few years ago.\n\n"
        "The 81-year-old Nazarbayev - Tokayev's political mentor - was still considered the most powerful man "
        "in Kazakhstan after stepping down in 2019. Some experts believe Tokayev is using the current crisis to "
        "secure more influence. Last week the head of state had already dismissed the entire government. "
        "Former intelligence chief Karim Masimov was arrested on suspicion of high treason."
    ),
    "001_1e269f1a4cb726fd.txt": (
        "The situation in Central Asian Kazakhstan is escalating further after severe unrest. The president of "
        "the authoritarian former Soviet republic, Kassym-Jomart Tokayev, has issued a shoot-to-kill order "
        "against protesters.\n\n"
        "\"I have given the order to the security forces and the army to open fire without warning,\" the "
        "68-year-old said in a televised address on Friday. In the city of Almaty in the south-east in "
        "particular, the situation appears to be escalating dramatically; hardly any independent information "
        "was getting out.\n\n"
        "Tokayev dismissed calls from abroad to find a peaceful solution to the crisis as \"nonsense\": \"What "
        "negotiations can there be with criminals and murderers?\" The so-called anti-terrorist operations "
        "would continue until the \"complete destruction of the militants\", he stressed.\n\n"
        "Deaths and arrests\n\n"
        "In the morning, state television had reported that 26 protesters had already been killed. It said "
        "there had also been more than 3,700 arrests nationwide. It was feared that many more civilians could "
        "now die. According to official figures, at least 18 members of the security forces have also died so "
        "far.\n\n"
        "The German government urged all sides in Kazakhstan to show restraint. \"Anyone who has demonstrators "
        "shot without warning in order to kill has left the circle of civilised states,\" Justice Minister "
        "Marco Buschmann wrote on Twitter.\n\n"
        "Chaos in Almaty\n\n"
        "The commercial capital Almaty has been particularly shaken by the unrest. Paratroopers were deployed "
        "there as early as Wednesday night.\n\n"
        "A correspondent for the Russian daily Kommersant described \"apocalyptic\" conditions in Almaty. "
        "Shots could be heard day and night, he said. Residents had found a dead man in a car with bullet holes "
        "in the windscreen. \"He is dead, but nobody is taking the body away.\"\n\n"
        "Meanwhile, the defence ministry in Moscow said Russian soldiers had brought the airport in Almaty "
        "\"under full control\".\n\n"
        "The Russian soldiers are part of a so-called peacekeeping force of the Collective Security Treaty "
        "Organization. Besides Russia and Kazakhstan, the military alliance includes Armenia, Belarus, "
        "Kyrgyzstan and Tajikistan. These states also sent troops at Tokayev's request. The organisation spoke "
        "of a total of about 2,500 foreign troops deployed."
    ),
    "002_43dd2978da3373e8.txt": (
        "In Kazakhstan, a total of more than 4,400 people have been detained so far in connection with the "
        "unrest, state television reported on Saturday, citing the interior ministry of the Central Asian "
        "country. President Kassym-Jomart Tokayev ordered a day of national mourning. On Monday \"the many "
        "victims of the tragic events in some parts of the country\" would be remembered, several Kazakh state "
        "media reported on Saturday.\n\n"
        "The authorities have so far counted a total of more than 40 dead, including members of the security "
        "forces. It is feared, however, that the number - especially of civilian deaths - could be much "
        "higher: the army has been deployed against protesters for days, and President Tokayev has issued a "
        "shoot-to-kill order.\n\n"
        "On Saturday President Tokayev dismissed the deputy secretary of the influential Security Council, "
        "Azamat Abdymomunov, state television reported.\n\n"
        "The 81-year-old Nazarbayev - Tokayev's political mentor - was still considered the most powerful man "
        "in Kazakhstan after stepping down in 2019. Former intelligence chief Karim Masimov has been arrested "
        "for high treason, it emerged on Saturday.\n\n"
        "Kazakhstan, which borders Russia and China, has been experiencing the worst riots in years for days. "
        "Tokayev dismissed the government, declared a state of emergency and asked a Russian-led military "
        "alliance for help."
    ),
    "003_87b400ab487f448c.txt": (
        "ALMATY/MOSCOW (Reuters) - In Kazakhstan, President Kassym-Jomart Tokayev has issued a shoot-to-kill "
        "order in case of further unrest.\n\n"
        "\"I have given the order to the security forces and the army to shoot to kill without warning,\" he "
        "said in a televised address on Friday. Up to 20,000 bandits had attacked the commercial capital Almaty "
        "and destroyed state property, he said. Earlier, Tokayev had said that order had largely been restored "
        "after several days of clashes.\n\n"
        "Tokayev blamed \"terrorists trained abroad\" for the worst unrest since the country's independence in "
        "1991. State television reported more than 3,700 arrests. The interior ministry said 26 \"armed "
        "criminals\" had been \"liquidated\". It said 18 police officers and national guardsmen had been killed "
        "on the side of the security forces.\n\n"
        "To support them, the Russian-led CSTO military alliance sent troops to its member state Kazakhstan on "
        "Thursday at Tokayev's request. Russia above all sent paratroopers to its southern neighbour. The CSTO "
        "said it had moved troops from all member states to Kazakhstan. It said about 2,500 troops were "
        "involved and would stay in Kazakhstan for a few days or weeks.\n\n"
        "More than 70 Russian aircraft were flying equipment and Russian soldiers to Kazakhstan around the "
        "clock, the Interfax news agency reported, citing the defence ministry in Moscow.\n\n"
        "Kazakhstan is a major oil producer and the world's largest uranium producer. Many accuse the "
        "authorities and the elite of enriching themselves while the vast majority of its 19 million "
        "inhabitants remain poor. Nursultan Nazarbayev ruled as president with a firm hand for almost 30 years. "
        "In 2019 he handed the office to Tokayev. The now 81-year-old Nazarbayev and his clan kept great "
        "influence."
    ),
    "004_0b225a218a44401b.txt": (
        "Almaty - In view of the violent protests in Kazakhstan, President Kassym-Jomart Tokayev has given the "
        "security forces a shoot-to-kill order. \"I have given the order to fire lethal shots without "
        "warning,\" Tokayev said in a televised address on Friday. Meanwhile, troops of the Russian-led "
        "Collective Security Treaty Organization (CSTO) have arrived in the country.\n\n"
        "The country's largest city and economic centre had been attacked by \"20,000 bandits\", Tokayev said. "
        "They were \"terrorists\" who were \"damaging property\", he said.\n\n"
        "Government speaks of \"dozens\" of protesters killed\n\n"
        "According to the government, \"dozens\" of protesters were killed and more than a thousand others "
        "injured. Among the security forces, there were 18 dead and almost 750 injured, it said. More than "
        "3,000 protesters had been detained, it added.\n\n"
        "The interior ministry said on Friday that all regions of the country had been \"liberated\". It said "
        "70 checkpoints had been set up nationwide. But the \"anti-terrorist operation\" would continue, "
        "Tokayev said.\n\n"
        "The troops were sent to Kazakhstan for a limited period, according to the CSTO, \"to stabilise and "
        "normalise the situation\". The CSTO initially gave no figure for the number of troops sent.\n\n"
        "The 53-year-old opposition politician described the protests as a \"revolution\" in an interview with "
        "the AFP news agency."
    ),
}

# The English quote of each German gold claim, in the gold file's order.
QUOTES: dict[str, list[str]] = {
    "000_4ca30e9efcf2f883.txt": [
        "at least 164 deaths",
        "103 people lost their lives",
        "including two children",
        "around 2,000 people",
        "more than 2,200 people have been injured",
        "Almost 6,000 protesters were detained",
        "Around 2,500 foreign troops",
    ],
    "001_1e269f1a4cb726fd.txt": [
        "26 protesters had already been killed",
        "more than 3,700 arrests nationwide",
        "at least 18 members of the security forces",
        "about 2,500 foreign troops deployed",
        "a dead man",
    ],
    "002_43dd2978da3373e8.txt": [
        "more than 4,400 people have been detained",
        "more than 40 dead",
    ],
    "003_87b400ab487f448c.txt": [
        "Up to 20,000 bandits",
        "more than 3,700 arrests",
        "26 \"armed criminals\"",
        "18 police officers and national guardsmen had been killed",
        "about 2,500 troops",
        "More than 70 Russian aircraft",
    ],
    "004_0b225a218a44401b.txt": [
        "\"20,000 bandits\"",
        "Government speaks of \"dozens\" of protesters killed",
        "\"dozens\" of protesters were killed",
        "more than a thousand others injured",
        "18 dead",
        "almost 750 injured",
        "More than 3,000 protesters had been detained",
        "70 checkpoints",
    ],
}

ATTRS = ("qualifier", "group", "location", "speaker", "via")


def _gold() -> list[dict[str, Any]]:
    rows = [json.loads(line) for line in (DATA / "gold_seeds.jsonl").read_text(encoding="utf-8").splitlines() if line]
    out = []
    position: dict[str, int] = {}
    for row in rows:
        doc = row["doc"]
        index = position.get(doc, 0)
        position[doc] = index + 1
        quote = QUOTES[doc][index]
        start = TEXTS[doc].find(quote)
        assert start >= 0, f"{doc}: English quote {quote!r} is not in the English text"
        out.append({
            **row,
            "quote": quote,
            "quote_start": start,
            "speaker": SPEAKERS_EN[row["speaker"]] if row["speaker"] else None,
            "via": SPEAKERS_EN[row["via"]] if row["via"] else None,
        })
    return out


GOLD = _gold()


def _published() -> dict[str, str]:
    rows = [json.loads(line) for line in (SEEDS / "sources.jsonl").read_text(encoding="utf-8").splitlines() if line]
    return {row["doc"]: row["published"] for row in rows}


PUBLISHED = _published()


def test_rendering_covers_every_gold_claim() -> None:
    assert set(TEXTS) == {row["doc"] for row in GOLD}
    for doc, quotes in QUOTES.items():
        assert len(quotes) == sum(1 for row in GOLD if row["doc"] == doc), doc


def _same(name: str, gold: Any, got: Any) -> bool:
    g = "" if gold is None else " ".join(str(gold).casefold().split())
    e = "" if got is None else " ".join(str(getattr(got, "value", got)).casefold().split())
    if name in ("speaker", "via", "location"):
        return (not g and not e) or bool(g and e and (g in e or e in g))
    return g == e


@pytest.mark.parametrize("doc", sorted(TEXTS))
def test_english_seed_gives_the_german_gold_claims(doc: str) -> None:
    text = TEXTS[doc]
    claims = extract(text, doc_id=doc, published=PUBLISHED[doc], language="en")
    gold = [row for row in GOLD if row["doc"] == doc]
    problems = []
    used: set[int] = set()
    for row in gold:
        q0, q1 = row["quote_start"], row["quote_start"] + len(row["quote"])
        match = next(
            (i for i, c in enumerate(claims)
             if i not in used and c.start < q1 and q0 < c.end and c.category.value == row["category"]
             and c.value == row["value"]),
            None,
        )
        if match is None:
            if not row["optional"]:
                problems.append(f"missing {row['category']} {row['value']} at {row['quote']!r}")
            continue
        used.add(match)
        if row["optional"]:
            continue
        for name in ATTRS:
            got = getattr(claims[match], name)
            if name == "speaker" and got is None:  # a source that names no one: the gold gives its words
                got = claims[match].speaker_text
            if not _same(name, row[name], got):
                problems.append(f"{row['quote']!r}: {name} {got!r} != {row[name]!r}")
    for i, claim in enumerate(claims):
        if i in used:
            continue
        overlaps_optional = any(
            row["optional"] and claim.start < row["quote_start"] + len(row["quote"]) and row["quote_start"] < claim.end
            for row in gold
        )
        if not overlaps_optional:
            problems.append(f"extra claim {claim.category.value} {claim.value} at {claim.text!r}")
    assert not problems, "\n".join(problems)


def test_english_seed_flags_unverified_figures() -> None:
    doc = "000_4ca30e9efcf2f883.txt"
    claims = extract(TEXTS[doc], doc_id=doc, published=PUBLISHED[doc], language="en")
    by_value = {c.value: c for c in claims}
    assert "unverified" in by_value[6000].flags
    assert "unverified" in by_value[2200].flags
    assert "unverified" not in by_value[164].flags


def test_english_seed_subset_points_at_its_total() -> None:
    doc = "000_4ca30e9efcf2f883.txt"
    claims = extract(TEXTS[doc], doc_id=doc, published=PUBLISHED[doc], language="en")
    children = next(c for c in claims if c.group == "children")
    total = next(c for c in claims if c.value == 103)
    assert children.part_of == total.claim_id
    assert children.as_of is not None and children.as_of.isoformat() == "2022-01-09"


def test_english_seed_total_including_security_forces_is_marked() -> None:
    doc = "002_43dd2978da3373e8.txt"
    claims = extract(TEXTS[doc], doc_id=doc, published=PUBLISHED[doc], language="en")
    total = next(c for c in claims if c.value == 40)
    assert "includes_security_forces" in total.flags


_CORE = ("deaths", "injuries", "arrests", "troops")


def _speaker_en(german: str | None) -> str | None:
    """The English name of a German speaker string ("kasachische Staatsfernsehen" -> "state television")."""
    if german is None:
        return None
    for name, english in SPEAKERS_EN.items():
        if name.casefold() in german.casefold():
            return english
    return german


KNOWN_WRONG_SPEAKERS: dict[str, dict[tuple[str, int], str]] = {}
"""Per seed: (category, value) -> the speaker the English extraction wrongly gives."""


@pytest.mark.parametrize("doc", sorted(TEXTS))
def test_english_seed_matches_the_german_extraction(doc: str) -> None:
    """The English rendering gives the same core claims as the German seed itself gives, speakers in English."""
    optional = {(row["category"], row["value"]) for row in GOLD if row["doc"] == doc and row["optional"]}
    german = extract((SEEDS / doc).read_text(encoding="utf-8"), doc_id=doc, published=PUBLISHED[doc], language="de")
    english = extract(TEXTS[doc], doc_id=doc, published=PUBLISHED[doc], language="en")

    def rows(claims: list[Any], translate: bool) -> list[tuple[Any, ...]]:
        out = []
        for c in claims:
            if c.category.value not in _CORE or (c.category.value, c.value) in optional:
                continue
            said = c.speaker or c.speaker_text  # a source that names no one by its words
            speaker = _speaker_en(said) if translate else said
            via = _speaker_en(c.via) if translate else c.via
            out.append((c.category.value, c.value, c.qualifier.value, c.group, c.location, speaker, via))
        return out

    want, have = rows(german, True), rows(english, False)
    assert [w[:5] for w in want] == [h[:5] for h in have]
    wrong: dict[tuple[str, int], str] = {}
    for w, h in zip(want, have, strict=True):
        for expected, actual in ((w[5], h[5]), (w[6], h[6])):
            if expected is None or actual is None:
                assert expected == actual, (w, h)
            elif not names_match(expected, actual):  # whole words, as the case tables compare names
                wrong[(w[0], w[1])] = actual
    # known misses, strict: a fixed one must be taken off this list
    assert wrong == KNOWN_WRONG_SPEAKERS.get(doc, {}), f"speakers differ from the German extraction's: {wrong}"
