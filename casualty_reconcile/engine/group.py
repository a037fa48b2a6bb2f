"""Stage: who a figure counts (its group), as an ordered table of rules.

Every rule of :data:`GROUP_RULES` is tried in turn; a rule that applies sets the group (most apply
only while no group is known). What is left unknown is everyone ("all"), or protesters in a crowd.
"""

from __future__ import annotations

import regex

from ..models import Category, Flag
from .category import NAMED_BY_WORDS
from .doc import Figure
from .evidence import Evidence
from .figure_flags import _part_alone, _part_in_care
from .patterns import _CUE_CHARS
from .rules import Rule

_AFTER_VERB = frozenset({"category.injured-object", "category.verb-first"})
"""the rules of a person named after the verb ("critically injuring his father", "verstarb die 81-jährige Frau"):
the words after the figure are the verb's object, no group's noun"""


def _noun(ev: Evidence) -> str | None:
    if ev.trace and _AFTER_VERB.intersection(ev.trace):
        return None  # "verletzte den Vater des Jungen": the noun after the victim's words is another's
    return ev.group_m.lastgroup if ev.group_m is not None else None


def _noun_runs_on(ev: Evidence) -> str | None:
    """ "Of the 41 people killed, 17 were members of the security forces": a group's words that open within the
    first words of the figure's noun phrase and end past them (the words read stop at "the") count that group."""
    if ev.group is not None or ev.group_m is not None or ev.np_limit >= ev.np_end:
        return None
    if ev.trace and _AFTER_VERB.intersection(ev.trace):
        return None
    found = ev.x._search(ev.x.lex.group, ev.count.end, ev.np_end)
    return found.lastgroup if found is not None and found.start() < ev.np_limit else None


def _sense_of_category(ev: Evidence) -> str | None:
    """A group word of two senses read in the sense its figure's category gives (``group_senses``): "Douze
    mineurs ont été placés en garde à vue" counts minors, not the miners "mineurs" counts elsewhere."""
    found = ev.group_m
    if found is None or ev.group != found.lastgroup:
        return None
    for category, pattern, group in ev.x.lex.group_senses:
        if category is ev.category and group != ev.group and pattern.fullmatch(found.group()) is not None:
            return group
    return None


def _unit(ev: Evidence) -> str | None:
    return ev.unit_m.lastgroup if ev.category is Category.OTHER and ev.unit_m is not None else None


def _side(ev: Evidence) -> str | None:
    if ev.group is not None:
        return None
    x, count = ev.x, ev.count
    side = x._last(x.lex.side, max(ev.sentence.start, count.start - _CUE_CHARS), count.start)
    if side is None:
        return None
    side_group = x.lex.group.match(x.text, side.end(), count.start)
    return side_group.lastgroup if side_group is not None else None


_SIDE_NOUN_WORDS = 2  # at most between the figure and a side cue after it: its noun ("47 blessés parmi les ...")


def _side_after(ev: Evidence) -> str | None:
    """ "Les heurts ont fait 2 morts côté manifestants et 47 blessés parmi les forces de l'ordre": a side cue right
    after the figure's noun, a group's words right after the cue (read on to the sentence's end: "forces de l'ordre"
    is longer than the words a figure's noun phrase reads)."""
    if ev.group is not None:
        return None
    x, end = ev.x, ev.count.end
    side = x._search(x.lex.side, end, min(ev.right_end, ev.next_start))
    if side is None:
        return None
    gap = x.text[end : side.start()]
    if len(gap.split()) > _SIDE_NOUN_WORDS or _COMMA_OR_DIGIT.search(gap) is not None:
        return None
    at = side.end() + (x.text[side.end() : side.end() + 1] == " ")  # (the cue may end in its space: "parmi les ")
    side_group = x.lex.group.match(x.text, at, ev.sentence.end)
    return side_group.lastgroup if side_group is not None else None


def _restated(ev: Evidence) -> str | None:
    return ev.restated.group if ev.group is None and ev.restated is not None else None


def _more_of_whole(ev: Evidence) -> str | None:
    """"The strike killed 14 children, and wounded dozens more": a figure of more, of no group of its own,
    counts the group of the figure before; not the others besides one attacker ("a gunman who was killed
    after a rampage that left two others dead and three more hurt", "Der Schütze wurde erschossen, zwei weitere
    Menschen wurden verletzt": his victims, no attackers)."""
    if ev.group is None and ev.further_m is not None and ev.out:
        before = ev.out[-1].parent or ev.out[-1]
        if before.group == "attackers" and before.count.value == 1:
            return None
        return before.group
    return None


def _bare_join(ev: Evidence) -> str | None:
    out = ev.out
    if ev.group is None and ev.parent is None and out and not ev.person_m and not ev.noun:
        between = ev.x.text[ev.counts[ev.i - 1].end : ev.count.start].split(" ", 3)[-1]
        return out[-1].group if ev.x.lex.bare_join.fullmatch(between) else None
    return None


_COMMA_OR_DIGIT = regex.compile(r"[,;\d]")


def _joined_clause(ev: Evidence) -> str | None:
    """ "Two protesters were shot dead and at least 18 were injured": a bare figure of another harm joined by
    a conjunction to the clause of a figure counted by a group's noun counts that group too."""
    out = ev.out
    if ev.group is not None or ev.parent is not None or not out or ev.person_m or ev.i == 0:
        return None
    before, prev = ev.counts[ev.i - 1], out[-1]
    if prev.count is not before or prev.group in ("all", "attackers") or prev.category is ev.category or prev.parent is not None:
        return None
    text = ev.x.text
    if before.end < ev.sentence.start or prev.end > ev.count.start:
        return None
    said = text[ev.count.start : ev.count.end].split()  # a bare number, no person of its own ("sein Vater", "a man")
    if not said or not (said[-1][:1].isdigit() or said[-1].lower() in ev.x.lex.lang.number_words):
        return None
    words = text[prev.end : ev.count.start].split()  # "were shot dead and at least": a verb, a joiner, a bound
    k = next((k for k in range(len(words) - 1, max(-1, len(words) - 4), -1) if ev.x.lex.bare_join.fullmatch(words[k])), None)
    if k is None or k > 5 or not all(w.isalpha() and w.islower() for w in words):
        return None
    if _COMMA_OR_DIGIT.search(text, before.end, prev.end):
        return None
    return prev.group


def _foreign_troops(ev: Evidence) -> str | None:
    if ev.category is Category.TROOPS and ev.group in (None, "security_forces", "all"):
        x, count, sentence = ev.x, ev.count, ev.sentence
        if x._search(x.lex.foreign, max(sentence.start, count.start - 120), min(sentence.end, count.end + 120)):
            return "foreign_troops"
    return None


def _own_troops(ev: Evidence) -> str | None:
    if ev.category is Category.TROOPS and ev.group in (None, "security_forces", "all"):
        ev.troops_unsure = True  # an alliance that reports them may make them foreign
        return "security_forces"
    return None


def _crowd_as_before(ev: Evidence) -> str | None:
    if ev.group is None and ev.category is Category.PARTICIPANTS and not ev.person_m:
        out = ev.out
        return out[-1].group if out and out[-1].category == ev.category.value else None
    return None


def _named_after_part(ev: Evidence) -> str | None:
    part = ev.subset_after if ev.group is None else None
    if part is None:
        return None
    x = ev.x
    said = x.lex.group.search(x.text, part.end(), min(ev.right_end, part.end() + 30))
    named: str | None = said.lastgroup if said is not None and len(x._tokens(part.end(), said.start())) <= 2 else None
    return named


def _part_of_total(ev: Evidence) -> str | None:
    if ev.group is None and ev.parent is not None and ev.subset_after is not None:
        return ev.parent.group
    return None


_NO_WHOLE = frozenset({Flag.PART.value, Flag.PERIOD_TALLY.value, Flag.OTHER_INCIDENT.value, Flag.RETRACTED.value})


def _wholes_before(ev: Evidence) -> list[Figure]:
    """The figures of the same category before this one in the article that are no part, no tally (the latest first)."""
    def whole(figure: Figure) -> bool:
        return figure.category is ev.category and figure.parent is None and not _NO_WHOLE.intersection(figure.flags)

    found = [figure for figure in reversed(ev.out) if whole(figure)]
    start = ev.sentence.start
    for sentence in reversed(ev.x.sentences):
        if sentence.start < start and sentence.claims:
            found.extend(figure for figure in reversed(sentence.claims) if whole(figure))
    return found


def _part_of_earlier_whole(ev: Evidence) -> str | None:
    """"Two other boys were wounded -- one remains in the hospital": a part of the injured told by care
    alone or as a part ("Two of the wounded remain hospitalized") counts among the whole told before it,
    so it is of that whole's group (the boys'), not of everyone; only where every whole before is of that
    one group (not "13 people were hurt, seven men and six women ... One person remains in critical condition")."""
    if ev.group is not None or ev.category is not Category.INJURIES or ev.parent is not None:
        return None
    if _part_in_care(ev) is None and _part_alone(ev) is None:
        return None
    wholes = _wholes_before(ev)
    if not wholes or ev.count.value is None or len({whole.group for whole in wholes}) != 1:
        return None
    last = wholes[0]
    if last.group == "all" or last.count.value is None or last.count.value < ev.count.value:
        return None
    return last.group


_WHOLE_GAP_TOKENS = 4  # at most between a whole opened by a partitive and its bare part: "des Busses wurden", ", police detained"


def _whole_opened_before(ev: Evidence) -> str | None:
    """"Die Polizei nahm von den 300 Demonstranten 40 fest", "Of the 300 protesters, police detained 40": a
    figure that names no one after a whole opened by a partitive of its own clause ("von den", "of the") counts
    who the whole's noun names (its group), not everyone (the actor between them, "police", is no whole)."""
    if ev.group is not None or ev.person_m is not None:
        return None
    x, count, start = ev.x, ev.count, ev.sentence.start
    whole = ev.out[-1] if ev.out and ev.i > 0 and ev.out[-1].count is ev.counts[ev.i - 1] else None
    if whole is not None and whole.group != "all" and ev.parent is None and _opened(ev, whole.count.start):
        gap = x._tokens(whole.end, count.start)
        if len(gap) <= _WHOLE_GAP_TOKENS + 2:  # "von den rund 200 Teilnehmern der nicht angemeldeten Kundgebung 35"
            return whole.group
    end = count.start
    for _ in range(2):  # the whole's noun, or the actor's after it
        said = x._last(x.lex.group, max(start, count.start - 80), end)
        if said is None or len(x._tokens(said.end(), count.start)) > _WHOLE_GAP_TOKENS or ";" in x.text[said.end() : count.start]:
            return None
        if x._search(x.lex.speech, said.end(), count.start) is not None:
            return None  # "The uncle of the children says the ...": a clause of its own
        if _opened(ev, said.start()):
            named: str | None = said.lastgroup
            return named
        end = said.start()
    return None


def _opened(ev: Evidence, begin: int) -> bool:
    """Whether a partitive opening ("von den", "of the") stands before the noun at ``begin``, its figure between."""
    x, start = ev.x, ev.sentence.start
    before = ev.counts[ev.i - 1] if ev.i > 0 else None
    if before is not None and before.end <= begin and before.start >= start:
        between = x.text[before.end : begin].split()
        if len(between) <= 2 and all(w.isalpha() and w.islower() for w in between):
            begin = before.start  # "von den 300 (verletzten) Demonstranten": the whole's own figure
    return x.lex.among_opening.match(x.text, start, begin) is not None


def _multiplicity(ev: Evidence) -> str | None:
    """"a murder-suicide": the attacker's own death; "a double homicide", "wounding his father": everyone."""
    if ev.trace and NAMED_BY_WORDS.intersection(ev.trace):
        m = ev.multiplicity
        return m.lastgroup.split("__")[1] if m is not None and m.lastgroup else None
    return None


def _one_attacker(ev: Evidence) -> str | None:
    """"The gunman was killed by police": one person counted by a noun of the attackers alone (a single
    victim's words) is an attacker, not one of the victims."""
    if ev.group is not None or ev.count.value != 1:
        return None
    found = ev.x.lex.group.search(ev.count.surface)
    return "attackers" if found is not None and found.lastgroup == "attackers" else None


def _default(ev: Evidence) -> str | None:
    if ev.group is None:
        return "protesters" if ev.category is Category.PARTICIPANTS else "all"
    return None


GROUP_RULES: tuple[Rule[str], ...] = (
    Rule("group.multiplicity-word", "en", "Police are investigating the deaths as a murder-suicide.", _multiplicity),
    Rule("group.noun", "en", "Three children were killed.", _noun),
    Rule("group.sense-of-category", "fr", "Douze mineurs ont été placés en garde à vue.", _sense_of_category),
    Rule("group.unit", "de", "Etwa 250 Menschen wurden als Geiseln verschleppt.", _unit),
    Rule("group.side", "de", "Auf Seiten der Sicherheitskräfte gab es demnach 18 Tote und fast 750 Verletzte.", _side),
    Rule("group.side-after", "fr", "Les heurts ont fait 2 morts côté manifestants et 47 blessés parmi les forces de l'ordre.", _side_after),
    Rule("group.noun-runs-on", "en", "Of the 41 people killed, 17 were members of the security forces.", _noun_runs_on),
    Rule("group.restated", "de", "Die Polizei zählte 8000 Teilnehmer, während die Veranstalter von 20.000 sprachen.", _restated),
    Rule("group.more-of-whole", "en", "The strike killed 14 children, and wounded dozens more.", _more_of_whole),
    Rule("group.bare-join", "de", "Es starben 20 Soldaten und 15.", _bare_join),
    Rule("group.joined-clause", "en", "Two protesters were shot dead and at least 18 were injured.", _joined_clause),
    Rule("group.foreign-troops", "de", "Die Nato verlegt 3000 Soldaten nach Polen.", _foreign_troops),
    Rule("group.own-troops", "de", "Die Regierung schickte 500 Soldaten in die Region.", _own_troops),
    Rule("group.crowd-as-before", "en", "Around 20,000 people took part in the march, organisers said 50,000.", _crowd_as_before),
    Rule("group.named-after-part", "en", "Twenty people died. Eleven of the dead were children.", _named_after_part),
    Rule("group.part-of-total", "en", "30 protesters were hurt, two of them seriously.", _part_of_total),
    Rule("group.one-attacker", "en", "The gunman was killed by police.", _one_attacker),
    Rule("group.part-of-earlier-whole", "en", "Two other boys were wounded, and one remains in the hospital.", _part_of_earlier_whole),
    Rule("group.whole-opened-before", "de", "Die Polizei nahm von den 300 Demonstranten 40 fest.", _whole_opened_before),
    Rule("group.default", "de", "Zwei Menschen wurden verletzt.", _default),
)


# the rules that only fill a group not known yet (skipped without a call once one is)
_FILLING = frozenset({"group.noun-runs-on", "group.side", "group.side-after", "group.restated", "group.more-of-whole", "group.bare-join", "group.joined-clause", "group.crowd-as-before",
                      "group.named-after-part", "group.part-of-total", "group.one-attacker",
                      "group.part-of-earlier-whole", "group.whole-opened-before", "group.default"})
_GROUP = tuple((rule.name, rule.run, rule.name in _FILLING) for rule in GROUP_RULES)


def decide(ev: Evidence) -> str:
    """The group of the figure, every rule of the table in turn."""
    for name, run, filling in _GROUP:
        if filling and ev.group is not None:
            continue
        found = run(ev)
        if found is not None:
            ev.group = found
            ev.trace.append(name)
    assert ev.group is not None  # the default decides the rest
    return ev.group
