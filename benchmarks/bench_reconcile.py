"""Speed of reconcile: 10^4, 10^5 and 10^6 generated claims of a realistic shape.

Run: ``.venv/bin/python benchmarks/bench_reconcile.py [max_exponent]`` (default 6). Prints the CPU and wall
seconds reconcile takes for each size and the CPU growth ratio to the previous size (10 means linear), and
memory: the process's peak resident size before the call (the input claims) and after it (the peak
reconcile reached; the difference is what reconcile itself holds at its peak). Sizes run smallest first,
so each peak is that size's. Asserts nothing. CPU seconds are the figure to read on a shared machine.

``--many-events`` runs the other case: 10^5 documents about 10^4 events (shootings, crashes, protests,
quakes... in 43 cities of 17 countries over five years; ten documents an event, published over four
days, naming the city or the country), reconciled without event ids, so that event resolution does the
grouping; it prints the time, the memory and how well the resolved events match the generated ones.

The generated input looks like a news archive: events of about 200 claims, each in one country with a few
cities; documents of about 8 claims published over ten days; deaths, injuries, arrests, troops and a few
others; groups of people; figures that grow by day with every qualifier (some vague); speakers from the
alias tables (ministries, state TV, the CSTO), NGOs, witnesses and unknown outlets, some via a relay.

Measured on the project's shared 2-core VM (Python 3.11; a 10-million-step dict.get loop takes 1.9 s
there), quiet machine: 10^4 0.23 s, 10^5 2.5-3.0 s, 10^6 23-26 s CPU (growth about 10x per decade).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import resource
import time

from casualty_reconcile.models import Category, Claim, Qualifier
from casualty_reconcile.numbers import bounds, vague_bounds
from casualty_reconcile.reconcile import reconcile

PLACES = {
    "Kazakhstan": ("Almaty", "Astana", "Shymkent"),
    "Sudan": ("Khartoum", "Omdurman"),
    "Ukraine": ("Kyiv", "Kharkiv"),
    "Iran": ("Tehran", "Mashhad"),
    "Myanmar": ("Yangon", "Mandalay"),
    "Peru": ("Lima", "Cusco"),
    "Kenya": ("Nairobi", "Mombasa"),
    "Nigeria": ("Lagos", "Kano"),
    "Colombia": ("Bogotá", "Cali"),
}
CATEGORIES = (
    (Category.DEATHS, 0.35),
    (Category.INJURIES, 0.25),
    (Category.ARRESTS, 0.2),
    (Category.TROOPS, 0.1),
    (Category.PARTICIPANTS, 0.05),
    (Category.OTHER, 0.05),
)
GROUPS = {
    Category.DEATHS: ("all", "all", "protesters", "security_forces", "civilians", "children"),
    Category.INJURIES: ("all", "all", "protesters", "security_forces"),
    Category.ARRESTS: ("all", "protesters"),
    Category.TROOPS: ("foreign_troops", "security_forces"),
    Category.PARTICIPANTS: ("protesters", "attackers"),
    Category.OTHER: ("checkpoints", "aircraft", "vehicles"),
}
SPEAKERS = (
    ("Innenministerium", None), ("Gesundheitsministerium", "Staatsfernsehen"), ("Behörden", None),
    ("Staatsfernsehen", None), ("Regierung", None), ("offizielle Angaben", None), ("OVKS", None),
    ("interior ministry", None), ("health ministry", "state TV"), ("authorities", None), ("officials", None),
    ("Amnesty International", None), ("Human Rights Watch", None), ("Augenzeugen", None), ("witnesses", None),
    ("Kommersant", None), ("the main opposition party", None), ("local doctors' committee", None),
    (None, None),
)
QUALIFIERS = (
    (Qualifier.EXACT, 0.3), (Qualifier.AT_LEAST, 0.2), (Qualifier.MORE_THAN, 0.2), (Qualifier.ABOUT, 0.12),
    (Qualifier.ALMOST, 0.06), (Qualifier.UP_TO, 0.03), (Qualifier.RANGE, 0.03), (Qualifier.VAGUE, 0.06),
)
VAGUE_WORDS = ("dozens", "hundreds", "thousands", "several")
START = dt.date(2022, 1, 1)


def generate(n: int, seed: int = 20220107) -> list[Claim]:
    """``n`` claims (``model_construct``: the generator trusts its own data)."""
    rng = random.Random(seed)
    countries = list(PLACES)
    categories = [c for c, _ in CATEGORIES]
    category_weights = [w for _, w in CATEGORIES]
    qualifiers = [q for q, _ in QUALIFIERS]
    qualifier_weights = [w for _, w in QUALIFIERS]
    n_events = max(1, n // 200)
    event_country = [countries[e % len(countries)] for e in range(n_events)]
    event_scale = [rng.choice((10, 50, 200, 1000)) for _ in range(n_events)]
    claims: list[Claim] = []
    text = "figure"
    sentence = "A generated sentence with a figure."
    drawn_categories = rng.choices(categories, category_weights, k=n)
    drawn_qualifiers = rng.choices(qualifiers, qualifier_weights, k=n)
    rolls = [rng.random() for _ in range(n)]
    for i in range(n):
        doc_number = i // 8
        event = doc_number % n_events
        country = event_country[event]
        day_offset = (doc_number * 7919) % 10
        day = START + dt.timedelta(days=day_offset + event % 300)
        category = drawn_categories[i]
        group = rng.choice(GROUPS[category])
        roll = rolls[i]
        location: str | None = country if roll < 0.6 else None if roll < 0.7 else rng.choice(PLACES[country])
        qualifier = drawn_qualifiers[i]
        base = event_scale[event] * (1 + day_offset * 0.3)
        value: int | None = max(0, int(rng.gauss(base, base * 0.1)))
        high_value = None
        if qualifier is Qualifier.VAGUE:
            value = None
            low, high = vague_bounds(rng.choice(VAGUE_WORDS))
        else:
            if qualifier is Qualifier.RANGE:
                assert value is not None
                high_value = value + rng.randint(0, 20)
            low, high = bounds(qualifier, value, high_value)
        speaker, via = SPEAKERS[rng.randrange(len(SPEAKERS))]
        doc_id = f"doc-{doc_number}"
        claims.append(
            Claim.model_construct(
                claim_id=f"{i:012x}",
                doc_id=doc_id,
                source=("dpa", "AFP", "Reuters", "AP")[doc_number % 4],
                published=day.isoformat(),
                language="de" if doc_number % 3 else "en",
                start=0,
                end=len(text),
                text=text,
                sentence=sentence,
                category=category,
                value=value,
                qualifier=qualifier,
                low=low,
                high=high,
                group=group,
                location=location,
                speaker=speaker,
                via=via,
                as_of=day,
                part_of=None,
                flags=("includes_security_forces",) if group == "all" and rng.random() < 0.05 else (),
            )
        )
    return claims


def events_for(claims: list[Claim]) -> dict[str, str]:
    """doc_id -> event key, as the generator laid them out."""
    n_events = max(1, len(claims) // 200)
    return {c.doc_id: f"event-{int(c.doc_id[4:]) % n_events}" for c in claims}


def peak_mb() -> float:
    """The process's peak resident set size so far, in MB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


CITIES = (
    "Almaty", "Astana", "Shymkent", "Khartoum", "Omdurman", "Kyiv", "Kharkiv", "Odesa", "Lviv", "Tehran", "Mashhad",
    "Isfahan", "Yangon", "Mandalay", "Lima", "Cusco", "Nairobi", "Mombasa", "Lagos", "Kano", "Abuja", "Bogotá",
    "Cali", "Medellín", "Chicago", "Houston", "Dallas", "Berlin", "Hamburg", "Munich", "Paris", "Lyon", "Marseille",
    "Karachi", "Lahore", "Dhaka", "Manila", "Jakarta", "Surabaya", "Istanbul", "Ankara", "Cairo", "Alexandria",
)
KINDS = (
    ("en", "A shooting in {city} left {n} people dead, police said."),
    ("en", "A bus crash near {city} killed {n} people."),
    ("en", "Protesters clashed with police in {city}; {n} were killed."),
    ("en", "The earthquake that struck {city} killed {n} people."),
    ("de", "Bei einer Schießerei in {city} wurden {n} Menschen getötet."),
    ("de", "Bei einem Busunglück bei {city} starben {n} Menschen."),
    ("de", "Bei Protesten in {city} wurden {n} Demonstranten getötet."),
    ("de", "Das Erdbeben in {city} forderte {n} Todesopfer."),
)


def generate_events(n_docs: int, n_events: int, seed: int = 20160305) -> tuple[list[Claim], dict[str, int]]:
    """Claims of ``n_docs`` documents about ``n_events`` events, and each document's true event."""
    from casualty_reconcile.places import _Places

    rng = random.Random(seed)
    places = _Places()
    country_of = {city: places.info(city)[2] or city for city in CITIES}
    events = [
        (rng.choice(CITIES), rng.randrange(len(KINDS)), START + dt.timedelta(days=rng.randrange(5 * 365)),
         int(rng.paretovariate(1.2)), rng.randrange(30))
        for _ in range(n_events)
    ]
    claims: list[Claim] = []
    truth: dict[str, int] = {}
    for doc_number in range(n_docs):
        event = doc_number % n_events
        city, kind, day, toll, hurt = events[event]
        language, pattern = KINDS[kind]
        published = day + dt.timedelta(days=rng.randrange(4))
        doc_id = f"doc-{doc_number}"
        truth[doc_id] = event
        for index, category in enumerate((Category.DEATHS, Category.INJURIES)):
            value = (toll, hurt)[index] + (doc_number // n_events) % 2
            sentence = pattern.format(city=city, n=value)
            low, high = bounds(Qualifier.EXACT, value)
            claims.append(
                Claim.model_construct(
                    claim_id=f"{doc_number:09d}{index}", doc_id=doc_id, source="AP", published=published.isoformat(),
                    language=language, start=0, end=len(str(value)), text=str(value), sentence=sentence,
                    category=category, value=value, qualifier=Qualifier.EXACT, low=low, high=high, group="all",
                    location=city if rng.random() < 0.7 else country_of[city], speaker=None, via=None,
                    as_of=day, part_of=None, flags=(),
                )
            )
    return claims, truth


def many_events(n_docs: int = 10**5, n_events: int = 10**4) -> None:
    claims, truth = generate_events(n_docs, n_events)
    before = peak_mb()
    started, cpu_started = time.perf_counter(), time.process_time()
    result = reconcile(claims)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    after = peak_mb()
    # purity: how many documents share a resolved event with the documents of their true event's majority
    members: dict[str, list[int]] = {e.event_id: [truth[d] for d in e.doc_ids] for e in result.events}
    pure = sum(max(map(members[e].count, set(members[e]))) for e in members)
    print(
        f"{n_docs:,} documents of {n_events:,} events ({len(claims):,} claims) without event ids: reconcile "
        f"{cpu:.2f} s CPU, {seconds:.2f} s wall; {len(result.events):,} events resolved, purity "
        f"{pure / n_docs:.3f}; {len(result.quantities):,} quantities; peak RSS {before:,.0f} MB before, "
        f"{after:,.0f} MB after",
        flush=True,
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("max_exponent", nargs="?", type=int, default=6, help="largest size, 10^N claims (default 6)")
    parser.add_argument("--many-events", nargs="?", type=int, const=5, default=None, metavar="N",
                        help="the many-events case instead: 10^N documents about 10^(N-1) events (default N 5)")
    args = parser.parse_args(argv)
    if args.many_events is not None:
        scale = args.many_events
        if scale < 2:
            parser.error("--many-events needs N of at least 2")
        many_events(10**scale, 10 ** (scale - 1))
        return
    top = args.max_exponent
    previous: float | None = None
    reconcile(generate(1000), events=events_for(generate(1000)))  # warm up: gazetteer, regexes
    for exponent in range(4, top + 1):
        n = 10**exponent
        started = time.perf_counter()
        claims = generate(n)
        events = events_for(claims)
        generated = time.perf_counter() - started
        before = peak_mb()
        started, cpu_started = time.perf_counter(), time.process_time()
        result = reconcile(claims, events=events)
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu_started
        after = peak_mb()
        growth = f"{cpu / previous:5.1f}x" if previous else "    -"
        print(
            f"10^{exponent} claims: reconcile {cpu:7.2f} s CPU, {seconds:7.2f} s wall (CPU growth {growth}; "
            f"generation {generated:6.2f} s); "
            f"{len(result.quantities):,} quantities, {len(result.differences):,} differences, "
            f"{len(result.conflicts()):,} conflicts; peak RSS {before:,.0f} MB before, {after:,.0f} MB after "
            f"(+{after - before:,.0f} MB, {(after - before) * 1024 / n:.2f} KB a claim)",
            flush=True,
        )
        previous = cpu
        del claims, result


if __name__ == "__main__":
    main()
