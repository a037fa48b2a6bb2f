"""One held who died in custody: the figure that a word of arrest names counts the dead.

"A man who was arrested during the protests died in police custody", "A protester detained last week has died in
custody": the figure's own word of arrest (its noun, or the first verb after it) is only who the dead was; the verb of
death after it in the same clause, right before or after a word of custody (a verb of arrest of the language: "in
custody", "in detention", "in Polizeigewahrsam gestorben"), says what befell them. Without the custody after it ("Police arrested two men, one of whom
later died") the figure stays a count of arrests: a death told in another clause is another figure's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..models import Category
from .patterns import _NP_STOP, _TOKEN

if TYPE_CHECKING:
    from .evidence import Evidence

_GAP_TOKENS = 6  # at most between the word of arrest and the verb of death: "arrested during the protests"


def held_then_died(ev: Evidence) -> Category | None:
    """Deaths, where the figure's word of arrest is followed in its clause (no punctuation or conjunction between, a
    few words) by a verb of death right before a word of custody."""
    x, noun, verb = ev.x, ev.noun, ev.verb
    held = noun if ev.noun_cat is Category.ARRESTS else verb if verb is not None and verb.lastgroup == Category.ARRESTS.value else None
    if held is None:
        return None
    lex, text = x.lex, x.text
    death = x._search(lex.cat_verb, held.end(), ev.right_end)
    custody = None
    if death is not None and death.lastgroup == Category.ARRESTS.value and not text[death.end() : death.end() + 1].strip():
        # where the verb ends its clause, the custody before it: "ist in Polizeigewahrsam gestorben"
        custody, death = death, x._search(lex.cat_verb, death.end(), ev.right_end)
        if death is not None and text[custody.end() : death.start()].strip():
            return None
    if death is None or death.lastgroup != Category.DEATHS.value:
        return None
    gap = text[held.end() : (custody or death).start()]
    if _NP_STOP.search(gap) is not None or lex.conj_stop.search(gap) is not None or len(_TOKEN.findall(gap)) > _GAP_TOKENS:
        return None
    if custody is None:  # the custody after it: "died in police custody"
        custody = x._search(lex.cat_verb, death.end(), ev.right_end)
        if custody is None or text[death.end() : custody.start()].strip():
            return None
    return Category.DEATHS if custody.lastgroup == Category.ARRESTS.value else None
