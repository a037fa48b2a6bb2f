"""Figures that count people but no toll: a parent's children ("a father of three was killed"), the
attackers ("three men entered the home and opened fire"), those the harm spared ("all were killed except two"). Filters of the figures stage (``FILTERS`` in
``figures.py``)."""

from __future__ import annotations

from .evidence import Evidence


def _children_of_parent(ev: Evidence) -> bool | None:
    """"A father of three was killed": the figure counts the children a victim leaves, not a toll."""
    x, count = ev.x, ev.count
    lex = x.lex
    if not lex.lang.parent_of or count.value is None or count.value < 2:
        return None  # "the mother of the woman killed", "the mother of a boy wounded": the one harmed
    if lex.parent_of.match(x.text, max(0, count.start - 40), count.start) is None:
        return None
    group = ev.group_m.lastgroup if ev.group_m is not None else None
    return (group == "children" or (group is None and ev.person_m is None and ev.noun is None)) or None


def _attackers_acting(ev: Evidence) -> bool | None:
    """"Three men entered the home and opened fire": the figure counts the attackers, the subject of the
    attack, not the harm that follows it."""
    x = ev.x
    lex = x.lex
    if not lex.lang.attacker_verbs or ev.noun is not None or ev.group_m is not None or ev.object_of_verb:
        # "300 protesters stormed the building": a crowd of its own; "two gunmen opened fire": the attackers' group;
        # "Officers shot and killed a suspect who opened fire on them": the object of a verb of harm, harmed
        return None
    return lex.attacker_verb.match(x.text, ev.count.end, ev.count.end + 60) is not None or None


def _firing(ev: Evidence) -> bool | None:
    """"Two officers fired at the man, who was hit and taken to a hospital": the figure counts those who fired
    (``firing_verbs``), of any group, not the harm of their target told after it."""
    x = ev.x
    lex = x.lex
    if not lex.lang.firing_verbs or ev.noun is not None or ev.object_of_verb:
        return None  # (not the object of a verb of harm: "killed a suspect who opened fire on them")
    return lex.firing_verb.match(x.text, ev.count.end, ev.count.end + 60) is not None or None


def _excepted(ev: Evidence) -> bool | None:
    """"All 179 passengers and crew on board were killed except two flight attendants": a figure right after a word
    of exception (``exception_words``) counts those the harm told before it spared, no toll."""
    x = ev.x
    if not x.lex.lang.exception_words:
        return None
    return x.lex.excepted.match(x.text, ev.left_start, ev.count.start) is not None or None
