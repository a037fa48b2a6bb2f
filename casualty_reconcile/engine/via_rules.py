"""The via rules of the attribution stage (``attribution.py``; the others are in ``attribution_rules.py``):
who passed a figure on. A medium beside another source, or the outlet a source told ("told
Reuters", "sagte ... der Deutschen Presse-Agentur"), is the via; the first rule that decides wins,
and its name joins the trace of the figures of the sentence.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import regex

from .doc import Attribution
from .patterns import _ACRONYM
from .rules import RuleOf, productions

if TYPE_CHECKING:
    from .attribution import AttributionStage
    from .attribution_rules import Span


@dataclass(slots=True)
class Found:
    """What the via rules read: the span and the source it names."""

    span: Span
    found: Attribution


# ---- a medium beside another source: the via ------------------------------------------------


def _source_behind_medium(f: Found) -> Attribution | None:
    """The medium named first, another source in the sentence: the source, via the medium
    ("Nach Angaben der Nachrichtenagentur Anadolu teilte die Behörde Afad mit, ...")."""
    found, x = f.found, f.span.x
    if found.via is not None or found.speaker is None or x.lex.media.search(found.speaker) is None:
        return None
    other = x._other_source(f.span.sentence, found.speaker, media=False)
    return Attribution(other, found.speaker, found.weak, found.pronoun, found.day) if other is not None else None


def _medium_beside_source(f: Found) -> Attribution | None:
    """A source named first, a medium's speech verb too: the source, via the medium
    ("Police said they recovered three bodies, Radio New Zealand reported")."""
    found, x, sentence = f.found, f.span.x, f.span.sentence
    if found.speaker is None or found.via is not None or found.weak or x.lex.media.search(found.speaker) is not None:
        return None
    if x.lex.media.search(x.text, sentence.start, sentence.end) is None:  # (cheap test first)
        return None
    medium = x._other_source(sentence, found.speaker, media=True)
    return Attribution(found.speaker, medium, found.weak, found.pronoun, found.day) if medium is not None else None


def _outlet_after(x: AttributionStage, verb: regex.Match[str], end: int) -> tuple[str, int] | None:
    """The outlet a telling verb names, and where its name ends: an outlet mention ("told reuters",
    "the Associated Press"), else a run of capitalised words that is an abbreviation or a medium
    ("told the BBC", "a déclaré à l'AFP")."""
    outlet = x.lex.outlet_any.match(x.text, verb.start(), end)  # "told reuters", "told afp"
    tokens = x._tokens(verb.end(), min(end, verb.end() + 60))[:5]
    if outlet is None and tokens and x.lex.article.fullmatch(tokens[0].group()):
        outlet = x.lex.outlet_any.match(x.text, tokens[0].start(), end)  # "the Associated Press"
        tokens = tokens[1:]
    if outlet is not None and outlet.lastgroup:
        return x.lex.outlets[int(outlet.lastgroup[1:])][1], outlet.end()
    run: list[regex.Match[str]] = []
    start = tokens[0].start() if tokens else end
    for token in tokens:
        word = token.group()
        if not run and x.lex.lang.elided_articles and (elided := x.lex.elided.match(word)) is not None:
            word, start = word[elided.end() :], token.start() + elided.end()  # "l'AFP"
        if not word[:1].isupper() or (run and x.text[run[-1].end() : token.start()].strip()):
            break
        run.append(token)
    name = x.text[start : run[-1].end()] if run else ""
    if name and (_ACRONYM.fullmatch(name) or x.lex.media.search(name)):
        return name, run[-1].end()
    return None


def _told_outlet(f: Found) -> Attribution | None:
    """ "An army spokesman told Reuters that ...": the outlet told is the via. Where the speech verb's
    source was read as the outlet ("Ein Polizeisprecher sagte der Deutschen Presse-Agentur", "a
    déclaré à l'AFP un porte-parole"), the source is the one after the outlet, else before the verb."""
    found, x, sentence = f.found, f.span.x, f.span.sentence
    if found.speaker is None or found.via is not None:
        return None
    verb = x._search(x.lex.telling, sentence.start, sentence.end)
    told = _outlet_after(x, verb, sentence.end) if verb is not None else None
    while verb is not None and told is None:  # "sagte der Polizeichef der Nachrichtenagentur AP": the next cue
        verb = x._search(x.lex.telling, verb.end(), sentence.end)
        told = _outlet_after(x, verb, sentence.end) if verb is not None else None
    if verb is None or told is None or told[0] == found.speaker:
        return None
    medium, after = told
    speaker: str | None = found.speaker
    told_words = x.text[verb.end() : after].casefold()
    if speaker is not None and (medium.casefold() in speaker.casefold() or speaker.casefold() in told_words):
        speaker = x._np_after(after, sentence.end) or x._np_before(verb.start(), sentence.start)
        if speaker is None:
            return None
    return Attribution(speaker, medium, found.weak, found.pronoun, found.day)


def _outlet_told_before_verb(f: Found) -> Attribution | None:
    """ "Wie ein Polizeisprecher der Deutschen Presse-Agentur sagte, ...": the outlet told stands
    right before the telling verb (a verb at the clause's end); the source is the speaker before it."""
    found, x, sentence = f.found, f.span.x, f.span.sentence
    if found.speaker is None or found.via is not None:
        return None
    outlet = x.lex.outlet_any.search(x.text, sentence.start, sentence.end)
    if outlet is None or not outlet.lastgroup or x.lex.outlets[int(outlet.lastgroup[1:])][1] != found.speaker:
        return None
    verb = x._search(x.lex.telling, outlet.end(), min(sentence.end, outlet.end() + 30))
    if verb is None or x.text[outlet.end() : verb.start()].strip():
        return None
    speaker = x._np_before(outlet.start(), sentence.start, max_tokens=4)
    return Attribution(speaker, found.speaker, found.weak, found.pronoun, found.day) if speaker else None


VIA_RULES: tuple[RuleOf[Found, Attribution], ...] = (
    RuleOf("attribution.source-behind-medium", "de",
           "Nach Angaben der Nachrichtenagentur Anadolu teilte die Behörde Afad mit, dass 120 Menschen getötet worden seien.",
           _source_behind_medium),
    RuleOf("attribution.medium-beside-source", "en",
           "Police said they recovered three bodies, Radio New Zealand reported.", _medium_beside_source),
    RuleOf("attribution.told-outlet", "en", "An army spokesman told Reuters that 14 soldiers were wounded.", _told_outlet),
    RuleOf("attribution.outlet-told-before-verb", "de",
           "Wie ein Polizeisprecher der Deutschen Presse-Agentur sagte, wurden vier Menschen verletzt.", _outlet_told_before_verb),
)

VIA = productions(VIA_RULES)
