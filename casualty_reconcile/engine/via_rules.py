"""The via rules of the attribution stage (``attribution.py``; the others are in ``attribution_rules.py``):
who passed a figure on. A medium beside another source, or the outlet a source told ("told
Reuters", "sagte ... der Deutschen Presse-Agentur"), is the via; the first rule that decides wins,
and its name joins the trace of the figures of the sentence.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import regex

from .doc import Attribution, Sentence
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
    if x._search(x.lex.media, sentence.start, sentence.end) is None:  # (cheap test first; gated: most sentences name no medium)
        return None
    medium = x._other_source(sentence, found.speaker, media=True)
    return Attribution(found.speaker, medium, found.weak, found.pronoun, found.day) if medium is not None else None


def _outlet_after(x: AttributionStage, verb: regex.Match[str], end: int) -> tuple[str, int] | None:
    """The outlet a telling verb names, and where its name ends: an outlet mention ("told reuters",
    "the Associated Press"), else a run of capitalised words that is an abbreviation or a medium
    ("told the BBC", "a déclaré à l'AFP")."""
    outlet = x.lex.outlet_any.match(x.text, verb.start(), end)  # "told reuters", "told afp"
    tokens = x._tokens(verb.end(), min(end, verb.end() + 60))[:5]
    article = False
    if outlet is None and tokens and x.lex.article.fullmatch(tokens[0].group()):
        outlet = x.lex.outlet_any.match(x.text, tokens[0].start(), end)  # "the Associated Press"
        tokens, article = tokens[1:], True
    if outlet is not None and outlet.lastgroup:
        return x.lex.outlets[int(outlet.lastgroup[1:])][1], outlet.end()
    kind = x._search(x.lex.media, tokens[0].start(), tokens[min(2, len(tokens) - 1)].end()) if tokens else None
    named = [t for t in tokens if kind is not None and t.start() >= kind.end()]
    if named and (named[0].group()[:1].isupper() or named[0].group() in x.lex.lang.dateline_sources):
        tokens = named  # the medium's kind before its name: "told the state news agency IRNA", "the German news agency dpa"
    elif kind is not None and kind.start() == tokens[0].start():
        return x.text[kind.start() : kind.end()], kind.end()  # a medium by its kind alone: "told state television"
    else:
        kind = None  # (the name is the kind's word: "told BFM TV", "à l'AFP")
    run: list[regex.Match[str]] = []
    start = tokens[0].start() if tokens else end
    for token in tokens:
        word = token.group()
        if not run and x.lex.lang.elided_articles and (elided := x.lex.elided.match(word)) is not None:
            word, start = word[elided.end() :], token.start() + elided.end()  # "l'AFP"
        if not (word[:1].isupper() or word in x.lex.lang.dateline_sources) or (run and x.text[run[-1].end() : token.start()].strip()):
            break
        run.append(token)
    name = x.text[start : run[-1].end()] if run else ""
    if name and (kind is not None or _ACRONYM.fullmatch(name) or x.lex.media.search(name) or (article and _paper_by_name(x, run, end))):
        return name, run[-1].end()
    return None


def _paper_by_name(x: AttributionStage, run: list[regex.Match[str]], end: int) -> bool:
    """ "told the Reflector that ...": one or two capitalised words after an article and a telling verb,
    then a lower-case word or a stop, name a paper by its own name; not a body or an audience one tells
    ("told the Senate", "told the Council", "told the Court": speaker nouns and audience words)."""
    if len(run) > 2 or x.lex.lang.capitalized_nouns:
        # a run of capitalised words: a headline's Title Case ("Told The Kids To Hide"); where every noun is
        # capitalised a capital tells no name ("bestätigte die Festnahme von zwölf Personen")
        return False
    if any(x._is_speaker_head(t.group()) or t.group().casefold() in x.lex.lang.audience_words for t in run):
        return False
    after = x.text[run[-1].end() : end].lstrip()
    return not after or not after[0].isalnum() or after[0].islower()


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
    right before the telling verb (a verb at the clause's end); the source is the speaker before it.
    A medium by its kind and name too ("wie örtliche Behörden der Nachrichtenagentur AP sagten"), and
    one after a cue of attribution ("wie die Polizei laut der Nachrichtenagentur AP mitteilte")."""
    found, x, sentence = f.found, f.span.x, f.span.sentence
    if found.speaker is None or found.via is not None:
        return None
    told = _medium_before_verb(x, found.speaker, sentence)
    if told is None:
        return None
    start, medium = told
    speaker = x._np_before(start, sentence.start, max_tokens=4)
    return Attribution(speaker, medium, found.weak, found.pronoun, found.day) if speaker else None


def _medium_before_verb(x: AttributionStage, speaker: str, sentence: Sentence) -> tuple[int, str] | None:
    """Where the medium read as ``speaker`` starts (its article, a cue before it) and its name, where a
    speech verb follows it at once."""
    outlet = x.lex.outlet_any.search(x.text, sentence.start, sentence.end)
    if outlet is not None and outlet.lastgroup and x.lex.outlets[int(outlet.lastgroup[1:])][1] == speaker:
        start, end, medium, verbs = outlet.start(), outlet.end(), speaker, x.lex.telling
    else:
        kind = x.lex.media.match(speaker)
        at = x.text.find(speaker, sentence.start, sentence.end)
        if kind is None or at < 0 or not speaker[kind.end() :].strip():
            return None
        start, end, medium, verbs = at, at + len(speaker), speaker[kind.end() :].strip(), x.lex.speech
        before = x._tokens(max(sentence.start, start - 30), start)[-2:]
        if before and x.lex.article.fullmatch(before[-1].group()):
            start, before = before[-1].start(), before[:-1]
        if before and x.lex.according.fullmatch(before[-1].group()):
            start = before[-1].start()  # "laut der Nachrichtenagentur AP"
        source = x._tokens(max(sentence.start, start - 40), start)[-1:]
        if not source or x.text[source[0].end() : start].strip() or not x._is_speaker_head(source[0].group()):
            return None  # a source's noun right before, no comma: not "..., state broadcaster TRT reported"
    verb = x._search(verbs, end, min(sentence.end, end + 30))
    if verb is None or x.text[end : verb.start()].strip():
        return None
    return start, medium


def _medium_after_source(f: Found) -> Attribution | None:
    """ "sagte ein Vertreter der Sicherheitskräfte der Nachrichtenagentur AFP": a source's noun phrase
    that goes on with a medium's kind and name after a complete source (a speaker noun, or a noun and
    its genitive, and no medium before it) names the source and then the medium it told: the source,
    via the medium (its name read after the kind where the noun phrase stopped before it)."""
    found, x, sentence = f.found, f.span.x, f.span.sentence
    if found.speaker is None or found.via is not None:
        return None
    words = found.speaker.split()
    kind = next((i for i in range(1, len(words)) if x.lex.media.fullmatch(words[i])), None)
    if kind is None:
        return None
    before = words[:kind]
    complete = any(x._is_speaker_head(w) for w in before) or (len(before) > 1 and all(w[:1].isupper() for w in before))
    if not complete or any(x.lex.media.fullmatch(w) for w in before):  # (a noun and its genitive: "Vertreter der Armee")
        return None
    at = x.text.find(before[0], sentence.start, sentence.end)
    whole = x.lex.media.match(x.text, at) if at >= 0 else None
    if whole is not None and x.text.find(words[kind], at, whole.end()) >= 0:
        return None  # "selon l'agence de presse Tasnim": the kind is a word of one medium's kind, no second medium
    name = words[kind + 1 :]
    if not name:  # "der Gouverneur der Nachrichtenagentur Reuters": the name the noun phrase left out
        at = x.text.find(words[kind], sentence.start, sentence.end)
        after = x._tokens(at + len(words[kind]), min(sentence.end, at + len(words[kind]) + 30))[:1] if at >= 0 else []
        name = [after[0].group()] if after else []
    if not name or not (name[0][:1].isupper() or name[0] in x.lex.lang.dateline_sources):
        return None
    return Attribution(" ".join(before), " ".join(name), found.weak, found.pronoun, found.day)


VIA_RULES: tuple[RuleOf[Found, Attribution], ...] = (
    RuleOf("attribution.medium-after-source", "de",
           "Neun Menschen seien getötet worden, sagte ein Vertreter der Sicherheitskräfte der Nachrichtenagentur AFP.",
           _medium_after_source),
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
