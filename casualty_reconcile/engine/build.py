"""Stage: build."""

from __future__ import annotations

from ..models import (
    Claim,
    Count,
    make_claim_id,
)
from .doc import Sentence
from .flags import FlagsStage
from .patterns import _CAUSED


class BuildStage(FlagsStage):
    def _build(self, sentences: list[Sentence]) -> list[Claim]:
        text = self.text
        claims: list[Claim] = []
        ids: dict[int, str] = {}
        last: tuple[int, str | None] | None = None  # paragraph and location of the last claim
        for sentence in sentences:
            if not sentence.claims:
                continue
            sentence_text = text[sentence.start : sentence.end]
            sentence_attr = sentence.attr
            previous_end = sentence.start
            for item in sentence.claims:
                # "..., die Polizei sprach von 338.000 Teilnehmern": a second source in the sentence
                clause_attr = self._clause_attr(sentence, previous_end, item.start)
                previous_end = item.end
                if clause_attr is not None:
                    sentence_attr = clause_attr
                location = item.location
                if item.location_default and (sentence.carried or item.continues) and last is not None and last[0] == sentence.paragraph:
                    location = last[1]  # a sentence that goes on reporting ("42 weitere ...") keeps the place it reports on
                last = (sentence.paragraph, location)
                count: Count = item.count
                start, end = item.start, item.end
                surface = text[start:end]
                attr = item.attribution or sentence_attr
                day = self._day(max(sentence.start, count.start - 100), min(sentence.end, count.end + 100))
                if day is None and attr is not None:
                    day = attr.day if sentence.carried or attr is sentence.explicit else None
                if day is None:
                    day = self._day(sentence.start, sentence.end) or self.doc.day
                claim_id = make_claim_id(self.doc_id, start, end, surface)
                ids[id(item)] = claim_id
                parent = item.parent
                group = item.group
                if item.troops_unsure and attr is not None and attr.speaker and self.lex.foreign.search(attr.speaker):
                    group = "foreign_troops"  # troops counted by an alliance or a foreign force
                claims.append(
                    # every field is already of its type (spans, bounds and dates come checked from
                    # the number grammar and the header): build without a second validation
                    Claim.model_construct(
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
                        group=group,
                        location=location,
                        speaker=(attr.speaker if attr is not None else None)
                        or (self._actor(sentence, count) if item.category not in _CAUSED else None),
                        via=attr.via if attr is not None else None,
                        as_of=day,
                        part_of=ids.get(id(parent)) if parent is not None else None,
                        flags=tuple(dict.fromkeys(item.flags)),
                    )
                )
        return claims
