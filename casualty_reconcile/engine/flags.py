"""Stage: flags."""

from __future__ import annotations

from ..models import (
    Flag,
)
from .attribution import AttributionStage
from .doc import Sentence


class FlagsStage(AttributionStage):
    __slots__ = ()

    def _flag_unverified(self, sentences: list[Sentence]) -> None:
        marks = self.unverified_marks
        if not marks:
            return
        for index, sentence in enumerate(sentences):
            if not self._any(marks, sentence.start, sentence.end):
                continue
            targets = [sentence] if sentence.claims else []
            if not sentence.claims:
                back = index - 1
                if back > 0 and not sentences[back].claims and sentences[back].paragraph == sentence.paragraph:
                    back -= 1  # "The army said it killed 50 ... The RSF said it held the airport. Neither claim could be verified."
                while back >= 0 and sentences[back].claims and len(targets) < 3:
                    if targets and sentences[back].paragraph != targets[-1].paragraph:
                        break  # "die Angaben" of its own paragraph, not those of the one before
                    targets.append(sentences[back])
                    back -= 1
            for target in targets:
                for claim in target.claims:
                    claim.flags.append(Flag.UNVERIFIED.value)
