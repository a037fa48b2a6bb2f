"""The engine's structure: its rules have names and examples that fire, its stages read only what
earlier stages wrote, and a claim's trace names the rules that decided it."""

from __future__ import annotations

import re

import pytest

from casualty_reconcile import explain, extract
from casualty_reconcile.engine import (
    attribution_rules,
    build,
    category,
    figure_asides,
    figure_flags,
    figure_rules,
    flags,
    group,
    kin_list,
    part_rules,
    place,
    place_names,
    place_seats,
    shot,
    speaker,
    speaker_names,
    via_rules,
)
from casualty_reconcile.engine import names as name_rules
from casualty_reconcile.engine.context import Context
from casualty_reconcile.engine.lexicon import lexicon
from casualty_reconcile.engine.pipeline import Extractor
from casualty_reconcile.engine.rules import RuleOf

TABLES: dict[str, tuple[RuleOf[object, object], ...]] = {
    "figure_rules.FILTERS": figure_rules.FILTERS,
    "part_rules.WHOLE_RULES": part_rules.WHOLE_RULES,
    "part_rules.NAMED_PART_RULES": part_rules.NAMED_PART_RULES,  # type: ignore[dict-item]
    "part_rules.DIED_PART_RULES": part_rules.DIED_PART_RULES,  # type: ignore[dict-item]
    "figure_rules.LONG_SUBJECT_RULES": figure_rules.LONG_SUBJECT_RULES,  # type: ignore[dict-item]
    "figure_rules.ONE_RULES": figure_rules.ONE_RULES,
    "figure_rules.VERB_AFTER_RULES": figure_rules.VERB_AFTER_RULES,  # type: ignore[dict-item]
    "figure_asides.NEXT_SUBJECT_RULES": figure_asides.NEXT_SUBJECT_RULES,  # type: ignore[dict-item]
    "part_rules.AMONG_RULES": part_rules.AMONG_RULES,  # type: ignore[dict-item]
    "figure_flags.FLAG_RULES": figure_flags.FLAG_RULES,  # type: ignore[dict-item]
    "kin_list.KIN_RULES": kin_list.KIN_RULES,  # type: ignore[dict-item]
    "category.CATEGORY_RULES": category.CATEGORY_RULES,
    "category.REVISIONS": category.REVISIONS,
    "category.DROPS": category.DROPS,
    "category.LATE_REVISIONS": category.LATE_REVISIONS,
    "category.SPLITS": category.SPLITS,
    "group.GROUP_RULES": group.GROUP_RULES,
    "place.PLACE_RULES": place.PLACE_RULES,
    "place.CARRIED_PLACE_RULES": place.CARRIED_PLACE_RULES,
    "attribution_rules.SOURCE_RULES": attribution_rules.SOURCE_RULES,  # type: ignore[dict-item]
    "attribution_rules.VERB_RULES": attribution_rules.VERB_RULES,  # type: ignore[dict-item]
    "via_rules.VIA_RULES": via_rules.VIA_RULES,  # type: ignore[dict-item]
    "attribution_rules.CARRY_RULES": attribution_rules.CARRY_RULES,  # type: ignore[dict-item]
    "attribution_rules.NEXT_SENTENCE_RULES": attribution_rules.NEXT_SENTENCE_RULES,  # type: ignore[dict-item]
    "attribution_rules.FIGURE_RULES": attribution_rules.FIGURE_RULES,  # type: ignore[dict-item]
    "attribution_rules.ACTOR_RULES": attribution_rules.ACTOR_RULES,  # type: ignore[dict-item]
    "names.UNNAMED_RULES": name_rules.UNNAMED_RULES,  # type: ignore[dict-item]
    "names.NAME_RULES": name_rules.NAME_RULES,  # type: ignore[dict-item]
    "speaker_names.BODY_RULES": speaker_names.BODY_RULES,  # type: ignore[dict-item]
    "speaker.JOIN_RULES": speaker.JOIN_RULES,  # type: ignore[dict-item]
    "build.ORIGIN_RULES": build.ORIGIN_RULES,  # type: ignore[dict-item]
    "build.ORIGIN_COUNTRY_RULES": build.ORIGIN_COUNTRY_RULES,  # type: ignore[dict-item]
    "flags.REVISED_RULES": flags.REVISED_RULES,  # type: ignore[dict-item]
    "flags.MEMBER_RULES": flags.MEMBER_RULES,  # type: ignore[dict-item]
    "shot.SHOT_RULES": shot.SHOT_RULES,  # type: ignore[dict-item]
    "shot.PART_RULES": shot.PART_RULES,  # type: ignore[dict-item]
    "shot.DIED_RULES": shot.DIED_RULES,  # type: ignore[dict-item]
    "shot.WITH_DEAD_RULES": shot.WITH_DEAD_RULES,  # type: ignore[dict-item]
    "shot.CARE_DIED_RULES": shot.CARE_DIED_RULES,  # type: ignore[dict-item]
    "shot.LIVED_RULES": shot.LIVED_RULES,  # type: ignore[dict-item]
}
RULES = [rule for table in TABLES.values() for rule in table]


def fired(rule: RuleOf[object, object]) -> set[str]:
    """The names of the rules that decided about the figures of the rule's example."""
    extractor = Extractor(rule.example, lexicon(rule.language), "example", None, "2024-05-01", trace=True)
    claims = extractor.run()
    return {name for claim in claims for name in claim.trace} | {name for _, name in extractor.dropped}


def test_rule_names_are_unique_and_name_their_stage() -> None:
    names = [rule.name for rule in RULES]
    assert len(names) == len(set(names))
    for rule in RULES:
        assert re.fullmatch(r"(figure|category|group|place|attribution|speaker)\.[a-z]+(?:-[a-z]+)*", rule.name), rule.name


@pytest.mark.parametrize("rule", RULES, ids=[rule.name for rule in RULES])
def test_rule_fires_on_its_example(rule: RuleOf[object, object]) -> None:
    assert rule.name in fired(rule), f"{rule.name} did not fire on {rule.example!r}: {sorted(fired(rule))}"


@pytest.mark.parametrize("name,language,example", place_seats.SEATS, ids=[seat[0] for seat in place_seats.SEATS])
def test_a_seat_of_a_source_passed_over_shows_in_the_trace(name: str, language: str, example: str) -> None:
    claims = extract(example, language=language, trace=True)
    assert any(name in claim.trace for claim in claims), [claim.trace for claim in claims]


@pytest.mark.parametrize(
    "name,language,example", place_names.READINGS, ids=[f"{r[0]}-{r[1]}" for r in place_names.READINGS]
)
def test_a_name_read_as_a_place_in_the_story_country_shows_in_the_trace(name: str, language: str, example: str) -> None:
    claims = extract(example, language=language, trace=True)
    assert any(name in claim.trace for claim in claims), [claim.trace for claim in claims]


def test_trace_only_when_asked() -> None:
    text = "Bei dem Unfall in Hildesheim wurden zwei Menschen verletzt, teilte die Polizei mit."
    plain = extract(text, language="de")
    traced = extract(text, language="de", trace=True)
    assert [c.model_dump() for c in plain] == [c.model_dump() for c in traced]
    assert plain[0].trace == ()
    assert "trace" not in traced[0].model_dump_json()
    assert traced[0].trace[:2] == ("category.verb-after", "group.default")
    assert "attribution.speech-verb" in traced[0].trace
    assert explain(traced[0]).splitlines() == list(traced[0].trace)
    assert "trace=True" in explain(plain[0])
    with pytest.raises(TypeError, match="takes a Claim"):
        explain("26 Tote")  # type: ignore[arg-type]  # a text, not a claim: a clear error, not an AttributeError


def test_trace_names_the_medium_rule_of_an_agency_first_sentence() -> None:
    text = "Nach Angaben der Nachrichtenagentur Anadolu teilte die Behörde Afad mit, dass 120 Menschen getötet worden seien."
    (claim,) = extract(text, language="de", trace=True)
    assert (claim.speaker, claim.via) == ("Behörde Afad", "Anadolu")  # the medium by its own name
    assert claim.trace.index("attribution.according-to") < claim.trace.index("attribution.source-behind-medium")


def test_a_failing_case_row_prints_the_trace() -> None:
    from tests.cases.explain import check_explained
    from tests.cases.harness import C, Case

    row = Case("de-wrong-on-purpose", "Die Polizei nahm in Hamburg 23 Personen fest.", [C("arrests", 23, speaker="Feuerwehr")],
               language="de")
    with pytest.raises(AssertionError) as failure:
        check_explained(row)
    assert "'23 Personen' arrests all speaker='Polizei'" in str(failure.value)
    assert "attribution.actor-of-clause" in str(failure.value)


def test_cli_extract_explain_prints_the_rules_beside_each_claim() -> None:
    import io
    import json

    from casualty_reconcile.cli import main

    text = "Laut Polizei wurden am Samstag mindestens 12 Menschen getötet und 40 verletzt.".encode()
    out, err = io.StringIO(), io.StringIO()
    assert main(["extract", "-", "--language", "de", "--explain", "-q"], stdin=io.BytesIO(text), stdout=out, stderr=err) == 0
    assert "'mindestens 12 Menschen' (deaths, stdin):\n  category.verb-after" in out.getvalue()
    out = io.StringIO()
    assert main(["extract", "-", "--language", "de", "--explain", "--jsonl"], stdin=io.BytesIO(text), stdout=out, stderr=err) == 0
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [row["trace"][0] for row in rows] == ["category.verb-after", "category.verb-after"]
    out = io.StringIO()
    assert main(["extract", "-", "--language", "de", "--jsonl"], stdin=io.BytesIO(text), stdout=out, stderr=err) == 0
    assert "trace" not in out.getvalue()


# ---- the stages -----------------------------------------------------------------------------

# memos a stage fills for itself and later ones reuse: reading one is no dependence on a later stage
MEMOS = {"place_names", "event", "places", "heads", "lower_words"}


def test_no_stage_reads_what_a_later_stage_writes() -> None:
    from casualty_reconcile.engine.pipeline import STAGES

    for index, stage in enumerate(STAGES):
        for later in STAGES[index + 1 :]:
            clash = (stage.reads & later.writes) - stage.writes - MEMOS
            assert not clash, f"{stage.name} reads {sorted(clash)}, which the later stage {later.name} writes"


def test_every_stage_has_a_module_and_the_pipeline_runs_them_all() -> None:
    import importlib

    from casualty_reconcile.engine.pipeline import STAGES

    assert [s.name for s in STAGES] == ["header", "counts", "sentences", "document", "marks", "figures", "dates",
                                        "attribution", "flags", "build"]
    for stage in STAGES:
        module = "casualty_reconcile.numbers" if stage.module == "numbers" else f"casualty_reconcile.engine.{stage.module}"
        importlib.import_module(module)


class _Watched(Extractor):
    """An extractor that logs which stage reads and sets which of its (slotted) state attributes."""

    def __setattr__(self, name: str, value: object) -> None:
        log = self.__dict__.get("_log")
        if log is not None and name in _STATE:
            log.append(("w", self.__dict__["_stage"], name))
        object.__setattr__(self, name, value)

    def __getattribute__(self, name: str) -> object:
        if name in _STATE:
            extra = object.__getattribute__(self, "__dict__")
            if "_log" in extra:
                extra["_log"].append(("r", extra["_stage"], name))
        return object.__getattribute__(self, name)


_STATE = frozenset(Context.__slots__)


def test_the_stages_declare_the_state_they_read_and_set() -> None:
    """Run over every case row, each stage reads and sets only the extractor state it declares."""
    from casualty_reconcile.engine.pipeline import STAGES
    from tests.cases import de_extract, en_extract

    by_name = {stage.name: stage for stage in STAGES}
    seen: dict[tuple[str, str], set[str]] = {}
    for language, module in (("de", de_extract), ("en", en_extract)):
        for case in module.CASES:
            extractor = _Watched(case.text, lexicon(case.language or language), case.id, case.source, case.published)
            extractor._stage = ""
            extractor._log = []
            for stage in STAGES:
                extractor._stage = stage.name
                stage.run(extractor)
                if stage.name == "counts" and not extractor.counts:
                    break
            for kind, stage_name, name in extractor._log:
                seen.setdefault((kind, stage_name), set()).add(name)
    assert {kind for kind, _ in seen} == {"r", "w"}, "nothing was watched"
    assert "cue_marks" in seen[("w", "marks")] and "cue_marks" in seen[("r", "attribution")]
    for (kind, stage_name), names in seen.items():
        stage = by_name[stage_name]
        declared = stage.writes if kind == "w" else stage.reads | stage.writes
        undeclared = names - declared - MEMOS
        assert not undeclared, f"{stage_name} {'sets' if kind == 'w' else 'reads'} {sorted(undeclared)} undeclared"


# ---- words come from the language data ------------------------------------------------------


def _claims_with(text: str, **changes: object) -> list[tuple[str | None, tuple[str, ...]]]:
    import dataclasses

    from casualty_reconcile.engine.lexicon import compile_lexicon
    from casualty_reconcile.lang import get_language

    lang = dataclasses.replace(get_language("en"), **changes)  # type: ignore[arg-type]
    extractor = Extractor(text, compile_lexicon(lang), "doc", None, "2024-01-01", trace=True)
    return [(claim.speaker, claim.trace) for claim in extractor.run()]


def test_an_elided_article_is_stripped_from_a_speaker_where_the_language_has_them() -> None:
    text = "Twelve people were killed in the blast, l'agency said."
    assert _claims_with(text)[0][0] is None
    assert _claims_with(text, elided_articles=("l", "d"))[0][0] == "agency"


def test_the_conjunctions_that_join_figures_are_the_language_data() -> None:
    text = "The blast killed 19 children and two teachers."
    joined = _claims_with(text)
    assert "category.joined-to-last" in joined[1][1]
    without = _claims_with(text, conjunctions=("plus",))  # "and" no longer ends the noun phrase of 19
    assert all("category.joined-to-last" not in trace for _, trace in without)


# ---- plain state ----------------------------------------------------------------------------


def test_every_attribute_of_the_extraction_is_first_set_in_init() -> None:
    import ast
    from pathlib import Path

    import casualty_reconcile.engine as engine

    folder = Path(engine.__file__).parent
    in_init: set[str] = set()
    elsewhere: dict[str, str] = {}
    for path in sorted(folder.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.FunctionDef):
                continue
            for target in ast.walk(node):
                if isinstance(target, ast.Attribute) and isinstance(target.ctx, ast.Store) and getattr(target.value, "id", "") == "self":
                    if node.name == "__init__":
                        in_init.add(target.attr)
                    else:
                        elsewhere.setdefault(target.attr, f"{path.name}:{node.name}")
    late = {name: where for name, where in elsewhere.items() if name not in in_init}
    assert not late, f"attributes first set outside __init__: {late}"


def test_no_pattern_is_compiled_inside_a_function_of_the_engine() -> None:
    import ast
    from pathlib import Path

    import casualty_reconcile.engine as engine

    allowed = {"_capitalised_fast", "_name_pair_fast", "_fast_place_run", "fast_place_words"}  # compiled once (cached)
    for path in sorted(Path(engine.__file__).parent.glob("*.py")):
        if path.name == "lexicon.py":
            continue  # it compiles each language's patterns once (lexicon() is cached)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef) and node.name not in allowed:
                for call in ast.walk(node):
                    if isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) and call.func.attr in (
                        "compile", "fullmatch", "findall", "sub", "search", "match", "finditer", "split"
                    ) and getattr(call.func.value, "id", "") in ("regex", "re"):
                        raise AssertionError(f"{path.name}:{node.name} compiles a pattern per call")


def test_the_frozen_lexicon_holds_no_mutable_table() -> None:
    import dataclasses

    for code in ("de", "en"):
        lex = lexicon(code)
        mutable = [f.name for f in dataclasses.fields(lex) if isinstance(getattr(lex, f.name), (dict, list, set))]
        assert not mutable, f"{code}: {mutable}"


# Modules the size test leaves out, each for a stated reason, so that the exceptions stay visible:
SIZE_EXCEPTIONS = {
    # the language data modules: tables of words, not logic
    "lang/de.py",
    "lang/en.py",
    "lang/fr.py",
    "lang/common.py",
}


def test_no_module_of_the_package_over_600_lines_nor_function_over_80() -> None:
    """Every module of casualty_reconcile (but SIZE_EXCEPTIONS) holds at most 600 lines, and every
    function or method in it, nested ones too, at most 80."""
    import ast
    from pathlib import Path

    import casualty_reconcile

    root = Path(casualty_reconcile.__file__).parent
    paths = {path.relative_to(root).as_posix(): path for path in sorted(root.rglob("*.py"))}
    assert SIZE_EXCEPTIONS <= set(paths), sorted(SIZE_EXCEPTIONS - set(paths))  # an exception that is gone is dropped here
    assert {"engine/pipeline.py", "numbers/scan.py", "cli.py", "extract.py"} <= set(paths)
    for name, path in paths.items():
        if name in SIZE_EXCEPTIONS:
            continue
        source = path.read_text(encoding="utf-8")
        assert len(source.splitlines()) <= 600, name
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                assert node.end_lineno is not None
                assert node.end_lineno - node.lineno + 1 <= 80, f"{name}:{node.name}"
