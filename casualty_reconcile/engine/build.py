"""Stage: build."""

from __future__ import annotations

from dataclasses import dataclass

from .._construct import constructor
from ..event_words import document_particulars
from ..lang.common import UNATTRIBUTED
from ..models import (
    AttributionKind,
    Claim,
    OriginType,
    make_claim_id,
)
from ..origins import OriginResolver
from . import place
from .doc import Attribution, Figure, Sentence
from .names import base_form
from .quotes import balanced_span
from .rules import RuleOf, decide, productions
from .shot import ShotStage

_SEAT_WORDS = 3
"""Words after a speaker's name in its sentence where the capital it sits in may stand ("Verteidigungsministerium in Moskau")."""
_OF_GOVERNMENT = frozenset({OriginType.GOVERNMENT, OriginType.STATE_MEDIA})
_RESOLVERS: list[OriginResolver] = []
_CLAIM = constructor(Claim)  # Claim.model_construct, faster (see _construct.py)


def _resolver() -> OriginResolver:
    """The built-in origin tables, compiled once per process."""
    if not _RESOLVERS:
        _RESOLVERS.append(OriginResolver())
    return _RESOLVERS[0]


@dataclass(slots=True)
class OriginOf:
    """What the origin rules read: the figure's source as written, the kind of attribution, the document."""

    x: BuildStage
    speaker: str | None
    via: str | None
    kind: AttributionKind
    location: str | None = None


def _unnamed_report(o: OriginOf) -> tuple[str, OriginType] | None:
    """ "Berichten zufolge", "according to reports": reports of no one named are no origin (unattributed)."""
    if o.kind is not AttributionKind.UNNAMED_REPORT:
        return None
    return UNATTRIBUTED.format(doc_id=o.x.doc_id), OriginType.UNATTRIBUTED


def _outlet_reports_itself(o: OriginOf) -> tuple[str, OriginType] | None:
    """With no source named, the document's outlet is the origin when the text names it as its own
    reporter (a dateline's "(Reuters)", an outlet in its head): independent media."""
    x = o.x
    if o.speaker or o.via or not x.source or not x.outlet_reports_itself():
        return None
    return x.source, OriginType.INDEPENDENT_MEDIA


def _unnamed_outlet(o: OriginOf) -> tuple[str, OriginType] | None:
    """With no source named and an outlet the text does not name (given by the caller only): no origin."""
    if o.speaker or o.via:
        return None
    return UNATTRIBUTED.format(doc_id=o.x.doc_id), OriginType.UNATTRIBUTED


ORIGIN_RULES: tuple[RuleOf[OriginOf, tuple[str, OriginType]], ...] = (
    RuleOf("attribution.origin-unnamed-report", "de", "Berichten zufolge wurden in der Stadt 12 Menschen getötet.", _unnamed_report),
    RuleOf("attribution.origin-outlet-reports-itself", "en",
           "KABUL (Reuters) - Twelve people were killed when a bomb exploded at a market on Sunday.", _outlet_reports_itself),
    RuleOf("attribution.origin-unnamed-outlet", "en", "Twelve people were killed when a bomb exploded at a market.", _unnamed_outlet),
)
ORIGINS = productions(ORIGIN_RULES)


def _filed_abroad(o: OriginOf) -> str | None:
    """A government speaker that names no country ("the interior minister said"), in a report whose country
    is only its dateline's ("DUBAI (Wire B) - ... in the blasts in Kerman, ... quoting the interior minister",
    "NEW YORK (Wire C) - Japan's earthquake has killed ..., the local government said"), is the government of
    the country its figure's place lies in: the dateline, never named again in the text, is the reporter's
    seat, not the speaker's."""
    return o.x.filed_abroad(o.speaker, o.location) if o.speaker else None


ORIGIN_COUNTRY_RULES: tuple[RuleOf[OriginOf, str], ...] = (
    RuleOf("attribution.origin-filed-abroad", "en",
           "DUBAI (Reuters) - At least 84 people were killed in the twin blasts in Kerman, state television reported, "
           "quoting the interior minister.", _filed_abroad),
)
"""The country a government speaker who names none speaks for, where it is not the report's (after the
seat named right after the speaker: "Verteidigungsministerium in Moskau")."""
ORIGIN_COUNTRIES = productions(ORIGIN_COUNTRY_RULES)


class BuildStage(ShotStage):
    __slots__ = ()

    def outlet_reports_itself(self) -> bool:
        """Whether the text names the document's outlet as its reporter: in its dateline or its head."""
        if self.outlet_in_text is None:
            hit = self._outlet_in_head()
            named = self.lex.outlets[int(hit.lastgroup[1:])][1] if hit is not None and hit.lastgroup else None
            self.outlet_in_text = named is not None and self.source is not None and named.casefold() == self.source.casefold()
        return self.outlet_in_text

    def _origin(
        self, speaker: str | None, via: str | None, sentence: Sentence, kind: AttributionKind, trace: list[str],
        location: str | None = None,
    ) -> tuple[str, OriginType]:
        """The figure's origin (casualty_reconcile.origins); the event's country is the document's, or the
        country of the capital the speaker sits in when its sentence names one right after it."""
        decided = decide(ORIGINS, OriginOf(self, speaker, via, kind))
        if decided is not None:
            trace.append(decided[0])
            return decided[1]
        resolver, code = _resolver(), self.lex.lang.code
        found = resolver.resolve(code, speaker, via, self.source, self.doc_id, self.doc.country)
        if speaker and found[1] in _OF_GOVERNMENT:
            at = self.text.find(speaker, sentence.start, sentence.end)
            if at >= 0:
                for token in self._tokens(at + len(speaker), min(sentence.end, at + len(speaker) + 40))[:_SEAT_WORDS]:
                    place = self._place(token.group())
                    if place is not None and place.kind in ("capital", "country"):
                        if place.country != self.doc.country:
                            return resolver.resolve(code, speaker, via, self.source, self.doc_id, place.country)
                        return found
            there = decide(ORIGIN_COUNTRIES, OriginOf(self, speaker, via, kind, location))
            if there is not None:
                trace.append(there[0])
                return resolver.resolve(code, speaker, via, self.source, self.doc_id, there[1])
        return found

    def filed_abroad(self, speaker: str, location: str | None) -> str | None:
        """The country of the figure's place, where the report's country is only its dateline's
        (``_filed_abroad``)."""
        dateline, country = self.dateline_place, self.doc.country
        if not location or not dateline or country is None:
            return None
        home, there = self._place(dateline.title()), self._place(location)
        if home is None or home.country != country or there is None or there.country in (country, None):
            return None
        resolver, code = _resolver(), self.lex.lang.code
        if resolver.country_named(code, speaker) is not None or self.lex.forces_abroad.search(speaker) is not None:
            return None  # "the army", "the defence ministry": forces act abroad, the dateline may be their own
        at = self.text.find(dateline, self.body)
        rest = self.text[at + len(dateline) :] if at >= 0 else self.text[self.body :]
        return None if resolver.names_country(code, rest, country) else there.country

    def _build(self, sentences: list[Sentence]) -> list[Claim]:
        claims: list[Claim] = []
        ids: dict[int, str] = {}
        last: tuple[int, str | None] | None = None  # paragraph and location of the last claim
        particulars: tuple[str, ...] | None = None  # the document's, read once it has a claim
        for sentence in sentences:
            if not sentence.claims:
                continue
            if particulars is None:
                particulars = tuple(sorted((*document_particulars(self.text, self.lex.lang.code, self.body, self.low),
                                            *self._days_of_lead())))
            sentence_text = self.text[sentence.start : sentence.end]
            clause: Attribution | None = None
            previous_end = sentence.start
            for item in sentence.claims:
                # "..., die Polizei sprach von 338.000 Teilnehmern": a second source in the sentence
                clause = self._clause_attr(sentence, previous_end, item.start) or clause
                previous_end = item.end
                if item.evidence is not None:
                    carried = place.carry(item.evidence, last)
                    if carried is not None:
                        item.location = carried[0]
                    item.evidence = None  # read no more: the figure's evidence may go
                last = (sentence.paragraph, item.location)
                self._settle(item, sentence, clause)
                claims.append(self._claim(item, sentence, sentence_text, ids, particulars))
            self._link_wholes_after(sentence, claims, ids)
        return claims

    @staticmethod
    def _link_wholes_after(sentence: Sentence, claims: list[Claim], ids: dict[int, str]) -> None:
        """A part told before its whole in one sentence ("12 children were among the 40 killed", "12 of the 40
        killed were children") links to the whole once the whole's claim is built."""
        first = len(claims) - len(sentence.claims)
        for k, item in enumerate(sentence.claims):
            claim = claims[first + k]
            if item.parent is not None and claim.part_of is None and id(item.parent) in ids:
                claims[first + k] = claim.model_copy(update={"part_of": ids[id(item.parent)]})

    def _settle(self, item: Figure, sentence: Sentence, clause: Attribution | None) -> None:
        """The figure's source, its day and (for troops) its side, with the rules that decided them."""
        trace = item.trace
        item.attribution = attr = self._figure_source(item, sentence, clause)
        count = item.count
        day = self._day(max(sentence.start, count.start - 100), min(sentence.end, count.end + 100))
        rule = "time.near-figure"
        if day is None and attr is not None:
            day, rule = (attr.day if sentence.carried or attr is sentence.explicit else None), "time.of-source"
        if day is None:
            day, rule = self._day(sentence.start, sentence.end), "time.in-sentence"
            if day is None:
                day, rule = self.doc.day, "time.published"
        if day is not None:
            trace.append(rule)
        item.as_of = day
        if item.troops_unsure and attr is not None and attr.speaker and self.lex.foreign.search(attr.speaker):
            item.group = "foreign_troops"  # troops counted by an alliance or a foreign force
            trace.append("group.counted-by-foreign-force")

    def _claim(
        self, item: Figure, sentence: Sentence, sentence_text: str, ids: dict[int, str], particulars: tuple[str, ...]
    ) -> Claim:
        count = item.count
        # '26 "bewaffnete Kriminelle"', '„dutzende“ Demonstranten': a figure's text keeps its quotation whole
        start, end = balanced_span(self.text, item.start, item.end, sentence.start, sentence.end)
        surface = self.text[start:end]
        attr = item.attribution
        claim_id = make_claim_id(self.doc_id, start, end, surface)
        ids[id(item)] = claim_id
        parent = item.parent
        speaker_text = self._figure_speaker(item, sentence)
        speaker, kind = base_form(self, speaker_text, item.trace)
        via_text = attr.via if attr is not None else None
        via = base_form(self, via_text, item.trace)[0]
        # the origin reads the source as written: its nation ("kasachische"), its owner ("Qatar's"), an
        # unnamed official source ("offizielle Angaben")
        origin, origin_type = self._origin(speaker_text, via_text, sentence, kind, item.trace, item.location)
        if origin == speaker_text and speaker:  # an origin named as stated goes by the base form: "Kommersant"
            origin = speaker
        elif origin == via_text and via and not speaker_text:
            origin = via
        # every field is already of its type (spans, bounds and dates come checked from the number
        # grammar and the header): build without a second validation
        return _CLAIM(
            claim_id=claim_id,
            doc_id=self.doc_id,
            source=self.source,
            published=self.published,
            language=self.lex.lang.code,
            start=start,
            end=end,
            text=surface,
            sentence=sentence_text,
            category=item.category,
            value=count.value,
            qualifier=count.qualifier,
            low=count.low,
            high=count.high,
            group=item.group,
            location=item.location,
            speaker=speaker,
            via=via,
            as_of=item.as_of,
            part_of=ids.get(id(parent)) if parent is not None else None,
            flags=tuple(dict.fromkeys(item.flags)),
            origin=origin,
            origin_type=origin_type,
            trace=tuple(item.trace) if self.trace else (),
            speaker_text=speaker_text,
            attribution=kind,
            particulars=particulars,
        )
