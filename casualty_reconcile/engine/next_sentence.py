"""A rule of :data:`~.attribution_rules.NEXT_SENTENCE_RULES`: the source the next sentence names for
figures that go on from a sentence that named none (kept apart so that ``attribution_rules.py`` stays
under 600 lines)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .doc import Attribution

if TYPE_CHECKING:
    from .attribution_rules import Carry

_TELLING_VERBS = ("attribution.subject-of-verb", "attribution.speech-verb")  # a named source that says the sentence
_TOLL_RISE = "category.toll-before-figure"  # "Die Zahl der Toten ist auf elf gestiegen", "The death toll rose to 11"


def _named_for_next_figures(c: Carry) -> Attribution | None:
    """A sentence of figures with no source at all, and the next in its paragraph names one by a speech
    verb for figures that go on from them: the rise of a toll and how it rose ("Die Zahl der Toten ist auf
    elf gestiegen. Ein Verletzter sei im Krankenhaus gestorben, teilte die Polizei mit.", "The death toll
    rose to 11. One of the injured died in hospital, police said."), or a count and a part of it ("Unter
    den Verletzten seien auch zwei Beamte"); not a figure of its own ("Mehr als 100.000 Menschen gingen auf
    die Straße. Die Veranstalter sprachen von 250.000.")."""
    previous, explicit, sentence = c.previous, c.explicit, c.sentence
    if (
        previous is None
        or explicit is None
        or explicit.pronoun
        or previous.attr is not None
        or not previous.claims
        or not sentence.claims
        or sentence.paragraph != previous.paragraph
        or not any(name in _TELLING_VERBS for name in explicit.rule)
    ):
        return None
    if any(f.parent is not None and any(f.parent is p for p in previous.claims) for f in sentence.claims):
        return explicit  # a part of the count before
    told = {f.category for f in previous.claims}
    if all(_TOLL_RISE in f.trace for f in previous.claims) and all(f.category in told for f in sentence.claims):
        return explicit  # how a toll rose
    return None
