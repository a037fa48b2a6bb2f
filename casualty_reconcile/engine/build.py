"""Stage: build."""

from __future__ import annotations

from ..models import (
    Claim,
    OriginType,
    make_claim_id,
)
from ..origins import OriginResolver
from .doc import Attribution, Figure, Sentence
from .flags import FlagsStage
from .patterns import _CAUSED
from .quotes import balanced_span

_SEAT_WORDS = 3
"""Words after a speaker's name in its sentence where the capital it sits in may stand ("Verteidigungsministerium in Moskau")."""
_OF_GOVERNMENT = frozenset({OriginType.GOVERNMENT, OriginType.STATE_MEDIA})
_RESOLVERS: list[OriginResolver] = []


def _resolver() -> OriginResolver:
    """The built-in origin tables, compiled once per process."""
    if not _RESOLVERS:
        _RESOLVERS.append(OriginResolver())
    return _RESOLVERS[0]


class BuildStage(FlagsStage):
    __slots__ = ()

    def _origin(self, speaker: str | None, via: str | None, sentence: Sentence) -> tuple[str, OriginType]:
        """The figure's origin (casualty_reconcile.origins); the event's country is the document's, or the
        country of the capital the speaker sits in when its sentence names one right after it."""
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
                        break
        return found

    def _build(self, sentences: list[Sentence]) -> list[Claim]:
        claims: list[Claim] = []
        ids: dict[int, str] = {}
        last: tuple[int, str | None] | None = None  # paragraph and location of the last claim
        for sentence in sentences:
            if not sentence.claims:
                continue
            sentence_text = self.text[sentence.start : sentence.end]
            sentence_attr = sentence.attr
            in_clause = False
            previous_end = sentence.start
            for item in sentence.claims:
                # "..., die Polizei sprach von 338.000 Teilnehmern": a second source in the sentence
                clause_attr = self._clause_attr(sentence, previous_end, item.start)
                previous_end = item.end
                if clause_attr is not None:
                    sentence_attr, in_clause = clause_attr, True
                location = item.location
                if item.location_default and (sentence.carried or item.continues) and last is not None and last[0] == sentence.paragraph:
                    location = last[1]  # a sentence that goes on reporting ("42 weitere ...") keeps the place it reports on
                    item.trace.append("place.as-reported-before")
                item.location = location
                last = (sentence.paragraph, location)
                self._settle(item, sentence, sentence_attr, in_clause)
                claims.append(self._claim(item, sentence, sentence_text, ids))
        return claims

    def _settle(self, item: Figure, sentence: Sentence, sentence_attr: Attribution | None, in_clause: bool) -> None:
        """The figure's source, its day and (for troops) its side, with the rules that decided them."""
        trace = item.trace
        attr = item.attribution or sentence_attr
        if item.attribution is not None:
            trace.append("attribution.clause-own-source")
        elif in_clause:
            trace.append("attribution.clause-after-comma")
        elif sentence.attr_rule and attr is not None:
            trace.append(sentence.attr_rule)
        if attr is not None:
            trace.extend(attr.rule)
        item.attribution = attr
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

    def _claim(self, item: Figure, sentence: Sentence, sentence_text: str, ids: dict[int, str]) -> Claim:
        count = item.count
        # '26 "bewaffnete Kriminelle"', '„dutzende“ Demonstranten': a figure's text keeps its quotation whole
        start, end = balanced_span(self.text, item.start, item.end, sentence.start, sentence.end)
        surface = self.text[start:end]
        attr = item.attribution
        claim_id = make_claim_id(self.doc_id, start, end, surface)
        ids[id(item)] = claim_id
        parent = item.parent
        speaker = (attr.speaker if attr is not None else None) or None
        if speaker is None and item.category not in _CAUSED:
            speaker = self._actor(sentence, count)
            if speaker:
                item.trace.append("attribution.actor-of-clause")
        origin, origin_type = self._origin(speaker, attr.via if attr is not None else None, sentence)
        # every field is already of its type (spans, bounds and dates come checked from the number
        # grammar and the header): build without a second validation
        return Claim.model_construct(
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
            via=attr.via if attr is not None else None,
            as_of=item.as_of,
            part_of=ids.get(id(parent)) if parent is not None else None,
            flags=tuple(dict.fromkeys(item.flags)),
            origin=origin,
            origin_type=origin_type,
            trace=tuple(item.trace) if self.trace else (),
        )
