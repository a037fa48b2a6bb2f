"""The rules of the attribution stage (``attribution.py``), in the order they decide who said a figure.

1. :data:`SOURCE_RULES` (then :data:`VERB_RULES`, per speech verb): the source a sentence (or a
   clause) names: citing, according to, a set phrase, the owner of figures ("the government's
   figure"), one who saw it ("A Reuters reporter saw"), a headline's colon ("...: police"); the noun
   phrase a cue points at is read in ``speaker.py``;
2. :data:`VIA_RULES` (in ``via_rules.py``): a medium beside another source, or the outlet told ("told Reuters"), is the via;
3. :data:`CARRY_RULES`: a sentence's own source, or the one it goes on reporting from (carried over);
   :data:`NEXT_SENTENCE_RULES`: a sentence without figures names the source of the one before;
4. :data:`FIGURE_RULES`: a figure's clause with a source of its own (``_clause_sources``, ``_clause_attr``
   in ``attribution.py``), else its sentence's source; :data:`ACTOR_RULES`: with no speaker, the
   authority acting in the clause.

Each rule's name joins the trace of the figures it decides (``Attribution.rule``, ``Sentence.attr_rule``,
then the figure's trace).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import TYPE_CHECKING

import regex

from .doc import Attribution, Figure, Sentence, last_ending_by
from .next_sentence import _named_for_next_figures
from .patterns import _ACRONYM, _CAUSED, _FIRST_WORD, _HEADLINE_AFTER, _HEADLINE_BEFORE
from .reviser import reviser_subject
from .rules import RuleOf, productions

if TYPE_CHECKING:
    from .attribution import AttributionStage


@dataclass(slots=True)
class Span:
    """What the source rules read: the extraction and a sentence (or a clause of one)."""

    x: AttributionStage
    sentence: Sentence


@dataclass(slots=True)
class Verb:
    """What the rules of one speech verb read: the span and the verb."""

    x: AttributionStage
    sentence: Sentence
    verb: regex.Match[str]


@dataclass(slots=True)
class Carry:
    """What the carry-over rules read: a sentence, its own source, the source so far, the one before."""

    x: AttributionStage
    sentence: Sentence
    explicit: Attribution | None
    state: Attribution | None
    reported: bool
    previous: Sentence | None


@dataclass(slots=True)
class FigureSource:
    """What the rules of one figure's source read: the figure, its sentence, a clause's source after a comma."""

    x: AttributionStage
    item: Figure
    sentence: Sentence
    clause: Attribution | None  # the source a clause after a comma names, for this figure and the rest


# ---- the source a sentence names ------------------------------------------------------------


def _citing(sp: Span) -> Attribution | None:
    """ "..., citing the interior ministry", "unter Berufung auf": the cited source, the citer as via."""
    x, lex, s0, s1 = sp.x, sp.x.lex, sp.sentence.start, sp.sentence.end
    citing = x._cue_search(lex.citing, s0, s1)
    if citing is None:
        return None
    speaker = x._np_after(citing.end(), s1) or x._noun_phrase(citing.end(), s1) or x._cited(citing.end(), s1)
    via = None
    if lex.lang.subject_verb_object:  # "state television reported, citing ...", "The RIA agency, citing ..., said"
        told = x._last(lex.speech, s0, citing.start())
        via = x._subject(told.start() if told is not None else citing.start(), s0)
    for verb in x._cue_matches(lex.speech, s0, s1) if via is None else ():
        via = x._np_after(verb.end(), citing.start()) if verb.end() <= citing.start() else None
        if via is None or via == speaker:
            via = x._np_before(verb.start(), s0)
        if via is not None and via != speaker:
            break
    if via == speaker:
        via = None
    if via is None:
        according = x._cue_search(lex.according, s0, citing.start())
        if according is not None:
            via = x._np_after(according.end(), citing.start())
    if via is None:  # "wie das Staatsfernsehen unter Berufung auf die Rettungskräfte meldete"
        via = x._np_before(citing.start(), s0, max_tokens=4)
    if speaker is None:
        return None
    return Attribution(speaker, via if via != speaker else None)


_CITED_WORDS = 6


def _cited_by(sp: Span) -> Attribution | None:
    """ "selon des sources hospitalières citées par l'AFP", "the minister, quoted by state media": the
    source named before the cue, the relayer after it as via (a cue with no source before it is left to
    the other rules)."""
    x, s0, s1 = sp.x, sp.sentence.start, sp.sentence.end
    cue = x._cue_search(x.lex.cited_by, s0, s1)
    if cue is None:
        return None
    # (six words: "le ministère de la Santé du Hamas, cité par ...", a body and the owner after it)
    speaker = x._np_before(cue.start(), s0, max_tokens=_CITED_WORDS)
    if speaker is None:
        return None
    via = x._np_after(cue.end(), s1) or x._noun_phrase(cue.end(), s1)
    return Attribution(speaker, via if via != speaker else None)


_RECORD_OWNER_CHARS = 80
"""How far before a record ("statement", "communiqué") its speech verb may stand (a source's name between)."""


def _record_cited_by(sp: Span) -> Attribution | None:
    """ "the ministry said in a statement carried by the news agency WAFA": a record ("statement") right
    before the cue is the speech of the subject of the speech verb right before it; the relayer after the
    cue is the via."""
    x, s0, s1 = sp.x, sp.sentence.start, sp.sentence.end
    cue = x._cue_search(x.lex.cited_by, s0, s1)
    if cue is None:
        return None
    before = x._tokens(max(s0, cue.start() - 40), cue.start())
    if not before or before[-1].group().casefold() not in x.lex.lang.data_nouns:
        return None
    record = before[-1].start()
    told = x._last(x.lex.speech, max(s0, record - _RECORD_OWNER_CHARS), record)
    if told is None:
        return None
    # the subject after its verb ("a indiqué le ministère dans un communiqué relayé par"), else before it
    speaker = x._np_after(told.end(), record)
    if speaker is None and x.lex.lang.subject_verb_object:
        speaker = x._subject(told.start(), s0)
    if speaker is None:
        return None
    via = x._np_after(cue.end(), s1) or x._noun_phrase(cue.end(), s1)
    return Attribution(speaker, via if via != speaker else None)


def _own_account(sp: Span) -> Attribution | None:
    """ "eigenen Angaben zufolge": the subject before the cue."""
    x, s0 = sp.x, sp.sentence.start
    self_attr = x._cue_search(x.lex.self_attr, s0, sp.sentence.end)
    if self_attr is None:
        return None
    speaker = x._np_before(self_attr.start(), s0)
    return Attribution(speaker, None) if speaker is not None else None


def _according_to(sp: Span) -> Attribution | None:
    """ "nach Angaben der Polizei", "according to police": the noun phrase after the cue."""
    x, s1 = sp.x, sp.sentence.end
    according = x._cue_search(x.lex.according, sp.sentence.start, s1)
    if according is None:
        return None
    speaker = x._np_after(according.end(), s1) or x._noun_phrase(according.end(), s1)
    if speaker is None:
        following = x._tokens(according.end(), min(s1, according.end() + 30))[:2]
        if (
            following
            and following[-1].group().casefold() in x.lex.lang.data_nouns
            and x.text[following[-1].end() : following[-1].end() + 2].strip()[:1] in (",", ";")  # the phrase ends there
        ):
            return Attribution(None, None, pronoun=True)  # "Selon ce bilan", "according to those figures": the source before
        return None
    return Attribution(speaker, None, weak=x._phrase(according.end(), s1) == speaker)


def _according_to_after(sp: Span) -> Attribution | None:
    """ "der Polizei zufolge": the noun phrase before the cue."""
    x, s0 = sp.x, sp.sentence.start
    after = x._cue_search(x.lex.according_after, s0, sp.sentence.end)
    if after is None:
        return None
    phrase = x._last(x.lex.phrase_any, max(s0, after.start() - 40), after.end())
    if phrase is not None and (phrase.end() == after.end() or not x.text[phrase.end() : after.start()].strip()):
        # "Official figures showed": the cue ends a set phrase; "Berichten zufolge": the phrase right before it
        name = x._phrase(phrase.start(), after.end(), anchored=True)
        if name:
            return Attribution(name, None, weak=True)
    before = x._tokens(max(s0, after.start() - 30), after.start())[-2:]
    if before and before[-1].group().casefold() in x.lex.lang.data_nouns and (
        len(before) == 1 or x.lex.article.fullmatch(before[0].group())
    ):
        return Attribution(None, None, pronoun=True)  # "Den Angaben zufolge": the figures of the source before
    near = x._tokens(max(s0, after.start() - 40), after.start())[-_OWNER_TOKENS:]
    if near and x._last(x.lex.speech, near[0].start(), after.start()) is not None:
        return None  # "but opposition groups reported far higher figures": the object of a speech verb, read with the verb
    speaker = x._np_before(after.start(), s0, max_tokens=_OWNER_TOKENS)
    if speaker is None:
        return None
    return Attribution(speaker, None, weak=x._phrase(max(s0, after.start() - 80), after.start()) == speaker)


_OWNER_TOKENS = 5
"""How many words before a cue such as "figures" may name their owner ("the Syrian Observatory's figures")."""


def _set_phrase(sp: Span) -> Attribution | None:
    """ "offiziellen Angaben nach": a set phrase names a source of no one in particular (weak)."""
    phrase = sp.x._phrase(sp.sentence.start, sp.sentence.end)
    return Attribution(phrase, None, weak=True) if phrase is not None else None


def _owner_of_figures(sp: Span) -> Attribution | None:
    """ "The government's figure stood at 19", "according to the health ministry's count": the owner
    of the figures."""
    x, s0 = sp.x, sp.sentence.start
    owned = x.lex.owned_data.search(x.text, s0, sp.sentence.end)
    if owned is None:
        return None
    speaker = x._subject(owned.end(), s0)
    return Attribution(speaker, None) if speaker is not None else None


def _owner_after_data(sp: Span) -> Attribution | None:
    """ "Die Zahl der Regierung lag bei 19", "Le bilan du ministère de l'Intérieur est de 42 morts": a
    noun of figures before its owner; the owner is the source when a speaker noun heads it (not "Die
    Zahl der Toten")."""
    x, s1 = sp.x, sp.sentence.end
    cue = x._search(x.lex.data_owner, sp.sentence.start, s1)
    if cue is None:
        return None
    words = [t.group() for t in x._tokens(cue.end(), x._np_stop(cue.end(), min(s1, cue.end() + 40)))]
    if not any(x._is_speaker_head(w) for w in [w for w in words if not x.lex.article.fullmatch(w)][:2]):
        return None  # its first two words hold the speaker noun: "der Regierung", "the health ministry"
    speaker = x._np_after(cue.end(), s1)
    return Attribution(speaker, None) if speaker is not None else None


def _observer(sp: Span) -> Attribution | None:
    """ "A Reuters reporter saw at least 40 bodies", "Ein Reporter der Agentur sah ...": who saw the
    figure is its source (a new subject: the source before does not go on)."""
    x, s0 = sp.x, sp.sentence.start
    verb = x._cue_search(x.lex.observing, s0, sp.sentence.end)
    if verb is None or x._cue_search(x.lex.speech, s0, verb.start()) is not None:  # "..., said: 'I saw'"
        return None
    speaker = x._subject(verb.start(), s0) if x.lex.lang.subject_verb_object else x._np_before(verb.start(), s0)
    if speaker is None or len(speaker) < 2 or x.lex.pronoun.fullmatch(speaker):
        return None
    return Attribution(speaker, None)


def _reviser(sp: Span) -> Attribution | None:
    """ "Das Innenministerium korrigierte die Zahl auf 21", "The ministry revised the toll down to 21":
    in a sentence that corrects a figure, the subject of the verb of correcting is the source."""
    x, s0, s1 = sp.x, sp.sentence.start, sp.sentence.end
    if not x._any(x.correction_marks, s0, s1):
        return None
    verb = x._search(x.lex.revising, s0, s1)
    if verb is None:
        return None
    speaker = reviser_subject(x, verb, s0, s1)  # "Am Sonntag korrigierte die Polizei", "... corrected to four by police"
    if speaker is None or x.lex.pronoun.fullmatch(speaker):
        return None
    return Attribution(speaker, None)


def _headline_colon(sp: Span) -> Attribution | None:
    """A headline's source after its colon ("Three killed in market blast: police") or before it
    ("Haseloff: Fünf Tote bei Anschlag auf Weihnachtsmarkt")."""
    x, s0, s1 = sp.x, sp.sentence.start, sp.sentence.end
    if x.text.find(":", s0, s1) < 0:
        return None
    after = _HEADLINE_AFTER.search(x.text, s0, s1)
    if after is not None and len(after.group("name").split()) <= 4:
        speaker = x._np_after(after.start("name"), s1)
        if speaker is not None:
            return Attribution(speaker, None)
    before = _HEADLINE_BEFORE.match(x.text, s0, s1)
    if before is None or len(before.group("name")) < 2:
        return None
    name = before.group("name")
    if any(x._is_speaker_head(word) and not _ACRONYM.fullmatch(word) for word in name.split()):  # "Police:"
        speaker = x._np_after(before.start("name"), before.end("name"))
        return Attribution(speaker, None) if speaker is not None else None
    return Attribution(name, None) if x._named_elsewhere(name) else None


SOURCE_RULES: tuple[RuleOf[Span, Attribution], ...] = (
    RuleOf("attribution.record-cited-by", "en",
           "At least 14 people were killed, the ministry said in a statement carried by the official news agency WAFA.",
           _record_cited_by),
    RuleOf("attribution.cited-by", "fr", "Au moins 18 personnes ont été tuées, selon des sources hospitalières citées par l'AFP.", _cited_by),
    RuleOf("attribution.citing", "en", "At least 12 people were killed, state television reported, citing the interior ministry.", _citing),
    RuleOf("attribution.own-account", "de", "Die Organisation zählte eigenen Angaben zufolge 40 Tote.", _own_account),
    RuleOf("attribution.according-to", "de", "Nach Angaben der Polizei wurden 12 Menschen verletzt.", _according_to),
    RuleOf("attribution.according-to-after", "de", "Der Polizei zufolge wurden 12 Menschen verletzt.", _according_to_after),
    RuleOf("attribution.set-phrase", "de", "Offiziellen Angaben nach wurden 12 Menschen getötet.", _set_phrase),
    RuleOf("attribution.owner-of-figures", "en", "The government's figure stood at 19 dead on Tuesday.", _owner_of_figures),
    RuleOf("attribution.owner-after-figures", "de", "Die Zahl der Regierung lag am Dienstag bei 19 Toten.", _owner_after_data),
    RuleOf("attribution.observer", "en",
           "The health ministry said 23 people died. A Reuters reporter saw at least 40 bodies at the morgue.", _observer),
    RuleOf("attribution.reviser", "de", "Das Innenministerium korrigierte die Zahl der Toten auf 21.", _reviser),
    RuleOf("attribution.headline-colon", "en", "Three killed in market blast: police", _headline_colon),
)


# ---- the source a speech verb names ---------------------------------------------------------


def _impersonal_verb(v: Verb) -> Attribution | None:
    """ "hieß es": impersonal, the last source goes on."""
    return Attribution(None, None, pronoun=True) if v.x.lex.pronoun.fullmatch(v.verb.group().split()[-1]) else None


def _inverted_subject(v: Verb) -> Attribution | None:
    """ "..., dans la province de Cuzco, a indiqué la police": a speech verb right after a comma, with
    the sentence's figures before it and none after, has its subject after it, not in the phrase of
    place before the comma."""
    x, verb, s0, s1 = v.x, v.verb, v.sentence.start, v.sentence.end
    if not x.lex.lang.subject_verb_object or not x.text[s0 : verb.start()].rstrip().endswith(","):
        return None
    starts = x.count_starts
    first, after = bisect.bisect_left(starts, s0), bisect.bisect_left(starts, verb.end())
    if first == after or (after < len(starts) and starts[after] < s1):
        return None
    speaker = x._np_after(verb.end(), s1)
    return Attribution(speaker, None) if speaker is not None else None


def _subject_of_verb(v: Verb) -> Attribution | None:
    """Subject-verb order: "The CSTO said it had ..." names the speaker before the verb."""
    if not v.x.lex.lang.subject_verb_object:
        return None
    speaker = v.x._subject(v.verb.start(), v.sentence.start)
    return Attribution(speaker, None) if speaker is not None else None


def _pronoun_subject(v: Verb) -> Attribution | None:
    """ "..., it said": the source goes on."""
    x = v.x
    if not x.lex.lang.subject_verb_object:
        return None
    before_verb = x._tokens(max(v.sentence.start, v.verb.start() - 20), v.verb.start())
    return Attribution(None, None, pronoun=True) if before_verb and x.lex.pronoun.fullmatch(before_verb[-1].group()) else None


def _pronoun_after_verb(v: Verb) -> Attribution | None:
    """ "sagte er": the source goes on."""
    x, verb = v.x, v.verb
    after_tokens = x._tokens(verb.end(), min(v.sentence.end, verb.end() + 30))[:2]
    if after_tokens and x.lex.pronoun.fullmatch(after_tokens[0].group()) and "," not in x.text[verb.end() : after_tokens[0].start()]:
        return Attribution(None, None, pronoun=True)
    return None


def _speech_verb(v: Verb) -> Attribution | None:
    """A noun phrase inside a split verb ("teilten die Behörden mit"), after the verb, or before it."""
    x, verb, s0, s1 = v.x, v.verb, v.sentence.start, v.sentence.end
    speaker = None
    inner = _FIRST_WORD.match(verb.group())
    if inner is not None and inner.end() < len(verb.group()):
        speaker = x._np_after(verb.start() + inner.end(), verb.end())
    if speaker is None:
        speaker = x._np_after(verb.end(), s1)
    if speaker is None:
        start = s0
        comma = x.text.rfind(",", s0, verb.start())
        if x.lex.lang.subject_verb_object and comma >= 0 and not x.lex.conj_stop.fullmatch(x.text[comma + 1 : verb.start()].strip()):
            # the subject stands in the verb's own clause: "died in police custody, his family said" names no 'police'
            # (not "Police did not find a gun, but say ...": a verb joined by a conjunction shares the subject)
            start = comma + 1
        speaker = _np_before_relative_clause(v) or x._np_before(verb.start(), start)
    return Attribution(speaker, None) if speaker is not None else None


def _np_before_relative_clause(v: Verb) -> str | None:
    """ "Das Gesundheitsministerium in Gaza, das von der Hamas kontrolliert wird, sprach von 27 Toten": a verb right
    after the comma that closes a relative clause (opened by a comma and a relative pronoun, an article's form, and
    closed by its verb, a word in lower case) has its subject before that clause, not the noun inside it."""
    x, verb, s0 = v.x, v.verb, v.sentence.start
    closing = x.text.rfind(",", s0, verb.start())
    if closing < 0 or x.text[closing + 1 : verb.start()].strip():
        return None
    opening = x.text.rfind(",", s0, closing)
    if opening < 0:
        return None
    words = x.text[opening + 1 : closing].split()
    if len(words) < 3 or x.lex.article.fullmatch(words[0]) is None or not words[0].islower() or not words[-1].islower():
        return None  # a clause ends on its verb, an apposition on its noun ("Gladkow, der Gouverneur der Region Belgorod,")
    return x._np_before(opening, s0)


def _pronoun_before_verb(v: Verb) -> Attribution | None:
    """ "..., wie er sagte": the source goes on."""
    x = v.x
    before_tokens = x._tokens(max(v.sentence.start, v.verb.start() - 20), v.verb.start())
    return Attribution(None, None, pronoun=True) if before_tokens and x.lex.pronoun.fullmatch(before_tokens[-1].group()) else None


VERB_RULES: tuple[RuleOf[Verb, Attribution], ...] = (
    RuleOf("attribution.impersonal-verb", "de", "Die Polizei meldete 40 Festnahmen. Zudem seien 12 Menschen verletzt worden, hieß es.", _impersonal_verb),
    RuleOf("attribution.inverted-subject", "fr",
           "Au moins 23 personnes ont péri dans la province de Cuzco, a indiqué la police.", _inverted_subject),
    RuleOf("attribution.subject-of-verb", "en", "The regional governor said 12 people were killed.", _subject_of_verb),
    RuleOf("attribution.pronoun-subject", "en", "Medical sources reported 17 deaths. They said 40 more people were receiving treatment.", _pronoun_subject),
    RuleOf("attribution.pronoun-after-verb", "de", "Laut Polizei wurden 40 Menschen festgenommen. Zwölf Menschen seien verletzt worden, sagte er.", _pronoun_after_verb),
    RuleOf("attribution.speech-verb", "de", "Bei dem Unfall wurden zwei Menschen verletzt, teilte die Polizei mit.", _speech_verb),
    RuleOf("attribution.pronoun-before-verb", "de", "Laut Polizei wurden 40 Menschen festgenommen. Zwölf Menschen seien verletzt worden, wie er sagte.", _pronoun_before_verb),
)


# ---- carried over: the source a sentence goes on reporting from -----------------------------


def _named_in_sentence(c: Carry) -> Attribution | None:
    return c.explicit if c.explicit is not None and not c.explicit.pronoun else None


def _carried_by_pronoun(c: Carry) -> Attribution | None:
    return c.state if c.explicit is not None and c.explicit.pronoun else None


def _pronoun_antecedent(c: Carry) -> Attribution | None:
    """ "Präsident Tokajew erteilte den Befehl. ..., sagte er": with no source so far, a pronoun names
    the titled person of the sentence before (a head of state quoted by an agency stays the speaker)."""
    previous, explicit = c.previous, c.explicit
    if explicit is None or not explicit.pronoun or c.state is not None or previous is None:
        return None
    if c.sentence.paragraph - previous.paragraph > 1 or c.x.text[previous.start : previous.end].rstrip()[-1:].isalnum():
        return None  # no antecedent across a paragraph without figures, nor in a headline
    speaker = c.x._titled_person(previous)
    return Attribution(speaker, None) if speaker is not None else None


def _carried_by_reported_speech(c: Carry) -> Attribution | None:
    return c.state if c.reported else None


def _carried_by_run_of_figures(c: Carry) -> Attribution | None:
    """The figures of a run of sentences with figures go on from the source of the one before; so after a sentence
    that names the source of the figures before it ("... auf fünf gestiegen. Das teilte das Innenministerium mit. 18
    Menschen wurden verletzt": ``went_back``)."""
    previous = c.previous
    if previous is not None and (previous.claims or previous.went_back) and previous.attr is c.state and c.sentence.claims:
        return c.state
    return None


CARRY_RULES: tuple[RuleOf[Carry, Attribution], ...] = (
    RuleOf("attribution.named-in-sentence", "de", "Laut Polizei wurden 12 Menschen verletzt.", _named_in_sentence),
    RuleOf("attribution.carried-by-pronoun", "de",
           "Laut Polizei wurden 40 Menschen festgenommen. Zwölf Menschen seien verletzt worden, sagte er.", _carried_by_pronoun),
    RuleOf("attribution.pronoun-antecedent", "de",
           "Präsident Omar Bakri ordnete Ausgangssperren an. Zwölf Menschen seien verletzt worden, sagte er.", _pronoun_antecedent),
    RuleOf("attribution.carried-by-reported-speech", "de",
           "Das Rote Kreuz veröffentlichte neue Zahlen. Demnach wurden 312 Menschen verletzt.", _carried_by_reported_speech),
    RuleOf("attribution.carried-by-run-of-figures", "en",
           "Police said 40 people were arrested. Twelve people were injured.", _carried_by_run_of_figures),
)


def _named_in_next_sentence(c: Carry) -> Attribution | None:
    """A sentence without figures that names the source of the one before, which had none of its
    own: "Das berichtete das Staatsfernsehen unter Berufung auf das Innenministerium."."""
    previous, explicit = c.previous, c.explicit
    if (
        previous is not None
        and explicit is not None
        and previous.claims
        and not c.sentence.claims
        and not explicit.pronoun
        and c.x.lex.back_reference.match(c.x.text, c.sentence.start, c.sentence.end)
        and (previous.attr is None or previous.attr.weak or previous.carried)
    ):
        return explicit
    return None


NEXT_SENTENCE_RULES: tuple[RuleOf[Carry, Attribution], ...] = (
    RuleOf("attribution.named-in-next-sentence", "de",
           "Mindestens 12 Menschen wurden getötet. Das berichtete das Staatsfernsehen unter Berufung auf das Innenministerium.",
           _named_in_next_sentence),
    RuleOf("attribution.named-for-next-figures", "de",
           "Die Zahl der Toten ist auf elf gestiegen. Ein Verletzter sei im Krankenhaus gestorben, teilte die Polizei mit.",
           _named_for_next_figures),
)


# ---- a figure's own source ------------------------------------------------------------------


def _clause_own_source(f: FigureSource) -> Attribution | None:
    """ "Organisers said 1.7 million took part, while police put the figure at 128,000": the police's."""
    return f.item.attribution if f.item.clause_own else None


def _earlier_clause_keeps_source(f: FigureSource) -> Attribution | None:
    """A source named only in a later clause, for its own figure, does not reach back."""
    return f.item.attribution


def _clause_after_comma(f: FigureSource) -> Attribution | None:
    """ "..., die Polizei sprach von 338.000 Teilnehmern": a second source in the sentence, from its clause on."""
    return f.clause


_GAP_TOKENS = 2  # at most in a gapped clause's source, less its article and preposition: "die Veranstalter von", "local organisers"


def _gapped_clause_source(f: FigureSource) -> Attribution | None:
    """ "Die Polizei sprach von 15.000 Demonstranten, die Veranstalter von 80.000", "Police counted 15,000
    protesters, organisers 80,000": a clause after a comma that leaves out the verb of the clause before it
    (a few words, a speaker noun among them, right before a figure of the same category as the one before)
    names the source of its figure."""
    x, item, sentence = f.x, f.item, f.sentence
    previous = last_ending_by(sentence.claims, item.count.start)
    if previous is None or previous.category is not item.category:
        return None
    if x.text[item.end : sentence.end].lstrip()[:1] not in ("", ".", ",", ";"):
        return None  # the clause goes on after its figure, with a verb ("..., während die Veranstalter von 20.000 sprachen")
    comma = x.text.rfind(",", previous.end, item.count.start)
    if comma < 0:
        return None
    tokens = x._tokens(comma + 1, item.count.start)
    if tokens and tokens[-1].group().lower() in x.lex.lang.owner_prepositions:
        tokens = tokens[:-1]  # "die Veranstalter von 80.000"
    while tokens and x.lex.article.fullmatch(tokens[0].group()):
        tokens = tokens[1:]
    if not tokens or len(tokens) > _GAP_TOKENS or not x._is_speaker_head(tokens[-1].group()):
        return None
    if x._search(x.lex.cat_verb, tokens[0].start(), tokens[-1].end()) or x._search(x.lex.speech, tokens[0].start(), tokens[-1].end()):
        return None  # a clause with a verb of its own
    return Attribution(x._resolve(tokens[0].start(), tokens[-1], tokens[0].start()), None)


def _contrast_clause_source(f: FigureSource) -> Attribution | None:
    """ "Die offizielle Zahl der Toten liegt bei 71, lokale Medien berichten jedoch von deutlich mehr Opfern",
    "The toll stands at 71, but local media report higher figures": the sentence's last figure, whose source
    is named only in the clause right after it, a clause of contrast with no figure of its own, has no source
    there: that source contradicts the figure."""
    x, item, sentence = f.x, f.item, f.sentence
    attr = sentence.attr
    if attr is None or sentence.carried or not attr.speaker or item is not sentence.claims[-1]:
        return None
    comma = x.text.find(",", item.end, sentence.end)
    if comma < 0 or x._any(x.cue_marks, sentence.start, comma):
        return None  # a cue before the figure's clause ends: its own source
    stop = x.text.find(",", comma + 1, sentence.end)
    stop = sentence.end if stop < 0 else stop
    contrast = next((m for m in x.lex.contrast_word.finditer(x.text, comma + 1, stop) if m.group() != ";"), None)
    if contrast is None or not x._any(x.cue_marks, comma + 1, stop):
        return None  # the clause after it is no contrast, or names no source ("..., doch die Zahl könnte steigen, sagte ...")
    return Attribution(None, None)


FIGURE_RULES: tuple[RuleOf[FigureSource, Attribution], ...] = (
    RuleOf("attribution.gapped-clause-source", "en", "Police counted 15,000 protesters, organisers 80,000.", _gapped_clause_source),
    RuleOf("attribution.clause-own-source", "en",
           "Organisers said 1.7 million people took part, while police put the figure at 128,000.", _clause_own_source),
    RuleOf("attribution.earlier-clause-keeps-source", "en",
           "Police said 40 people were arrested. Twelve people were injured, while organisers said 50,000 people took part.",
           _earlier_clause_keeps_source),
    RuleOf("attribution.contrast-clause-source", "de",
           "Die offizielle Zahl der Toten liegt bei 71, lokale Medien berichten jedoch von deutlich mehr Opfern.",
           _contrast_clause_source),
    RuleOf("attribution.clause-after-comma", "de",
           "Die Polizei nahm 40 Menschen fest, nach Angaben der Feuerwehr wurden zudem 12 Menschen verletzt.", _clause_after_comma),
)


def _actor_of_clause(f: FigureSource) -> str | None:
    """With no source named: the authority acting in the clause ("die Polizei nahm 40 Personen fest")."""
    if f.item.category in _CAUSED:
        return None
    return f.x._actor(f.sentence, f.item.count) or None


ACTOR_RULES: tuple[RuleOf[FigureSource, str], ...] = (
    RuleOf("attribution.actor-of-clause", "de", "Die Polizei nahm in Hamburg 23 Personen fest.", _actor_of_clause),
)

SOURCES = productions(SOURCE_RULES)
VERBS = productions(VERB_RULES)
CARRY = productions(CARRY_RULES)
NEXT_SENTENCE = productions(NEXT_SENTENCE_RULES)
FIGURE = productions(FIGURE_RULES)
ACTOR = productions(ACTOR_RULES)
