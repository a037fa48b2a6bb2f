"""Stage: figures, the verbs read past an aside: a figure's own verb after the part, the list in apposition or the
aside that follows it ("four others, including a 13-year-old boy, were wounded", "Three others, an 18-year-old woman
and two men, were treated"), and a verb of no category just before it ("Helfer bargen 40 Menschen").
:class:`engine.figures.FiguresStage` reads its figures' evidence with these."""

from __future__ import annotations

import bisect

import regex

from ..models import Count
from .doc import Sentence
from .evidence import Evidence
from .patterns import _ASIDE_CHARS, _NP_STOP
from .place import PlaceStage
from .rules import Rule, decide, productions

# the mark that opens a list in apposition after a figure, and the one that closes it: "Three others, a man and
# two women, were ...", "two others — a man and a woman — were ...", "three others -- two females and one male --"
_APPOSITIVE_OPENINGS = {",": ",", "—": "—", "–": "–", "--": "--", "-": " - "}
# how far before a figure its own verb of no category is looked for ("Helfer bargen 40 Menschen": uncounted_verbs)
_UNCOUNTED_BEFORE_CHARS = 40


def _verb_of_next_subject(ev: Evidence) -> int | None:
    """"Officers located four shooting victims, and Jon Doe and Al Roe died at the scene": a conjunction after a
    comma, a capitalised word after it (a name; in German any noun), and a verb of a category after that with no
    comma between, open a clause with a subject of its own: the figure's clause ends at the comma (its words read
    up to there), the verb is the new subject's. Not the last member of a list of names, a comma after it
    ("Three men, Jon Doe, Al Roe, and Bob Roe, were killed")."""
    x, end = ev.x, ev.right_end
    comma = x.text.find(",", ev.count.end, end)  # (cheap test first: most figures have no comma after them)
    join: regex.Match[str] | None = x.lex.next_subject.search(x.text, comma, end) if comma >= 0 else None
    if join is None:
        return None
    verb = x._search(x.lex.cat_verb, join.end(), end)
    if verb is None or _NP_STOP.search(x.text, join.end(), verb.start()) is not None:
        return None
    start: int = join.start()
    return start


# where a figure's clause ends before the end of the words read after it: the rules that find a clause of its own
NEXT_SUBJECT_RULES: tuple[Rule[int], ...] = (
    Rule("figure.verb-of-next-subject", "en", "Police found three wounded men, and Jon Doe died at the scene.",
         _verb_of_next_subject),
)
_NEXT_SUBJECT_RULES = productions(NEXT_SUBJECT_RULES)


class AsidesStage(PlaceStage):
    __slots__ = ()

    def _before_next_subject(self, ev: Evidence, end: int) -> int:
        """The end of the figure's clause, up to ``end``: before a clause with a subject of its own
        (:data:`NEXT_SUBJECT_RULES`)."""
        ev.right_end = end
        decided = decide(_NEXT_SUBJECT_RULES, ev)
        if decided is None:
            return end
        ev.trace.append(decided[0])
        return decided[1]

    def _uncounted_before(self, counts: list[Count], i: int, sentence: Sentence) -> bool:
        """Whether a verb of no category stands just before a figure in its clause, its own verb ("Helfer bargen 40
        Menschen", "retteten die Helfer 40 Menschen"): no comma, no figure between, a few words back."""
        start = counts[i].start
        low = max(sentence.start, counts[i - 1].end if i else 0, start - _UNCOUNTED_BEFORE_CHARS)
        cut = max(self.text.rfind(",", low, start), self.text.rfind(";", low, start))
        return self._search(self.lex.uncounted_verb, max(low, cut + 1), start) is not None

    def _verb_after_part(self, ev: Evidence) -> regex.Match[str] | None:
        """"four others, including a 13-year-old boy, were wounded", "zwei weitere, darunter ein Kind,
        wurden verletzt": the next figure is a part of this one in an aside; this one's verb comes after it."""
        counts, i, text = ev.counts, ev.i, self.text
        if self.lex.subset_end.search(text, ev.np_limit, counts[i + 1].start) is None and not (
            # "Two people, one of whom was a teenager, were wounded": the part's partitive after it
            text[ev.np_limit : counts[i + 1].start].strip() == "," and self.lex.subset_after.match(text, counts[i + 1].end) is not None
        ):
            return None
        verb = self._verb_after_aside(counts, i, ev.sentence)
        if verb is not None:
            ev.trace.append("figure.verb-after-part-aside")
        return verb

    def _verb_after_appositive(self, ev: Evidence) -> regex.Match[str] | None:
        """"Three others, an 18-year-old woman and two men, ages 21 and 22, were treated", "Vier Menschen,
        drei Männer und eine Frau, wurden verletzt": the persons listed in apposition right after the
        figure, as many as it counts and with no verb among them, are who it counts; its verb comes
        after the comma that closes the list (its members become parts of it: _read_parent). A list
        between dashes is read the same way: "two others — a man and a woman — were taken to a hospital"."""
        counts, i, text, sentence = ev.counts, ev.i, self.text, ev.sentence
        value = ev.count.value
        closing = _APPOSITIVE_OPENINGS.get(text[ev.np_limit : counts[i + 1].start].strip())
        if not isinstance(value, int) or value < 2 or closing is None:
            return None
        close = text.find(closing, counts[i + 1].end, sentence.end)
        members = counts[i + 1 : bisect.bisect_left(counts, close, i + 1, key=lambda c: c.start)]  # (in the text's order)
        if close < 0 or sum(c.value if isinstance(c.value, int) else value + 1 for c in members) != value:
            return None
        lex, first = self.lex, counts[i + 1].start
        if lex.conj_stop.search(text, first, close) is None or lex.subset_after.search(text, first, close) is not None:
            return None  # "two people, one of whom was a 38-year-old man, were shot dead": a clause, no list
        if self._search(lex.cat_verb, first, close) is not None:
            return None  # "Two people, one killed and one wounded, ...": each has its own verb
        after = i + 1 + len(members)
        end = min(counts[after].start if after < len(counts) else sentence.end, close + _ASIDE_CHARS, sentence.end)
        verb = self._search(lex.cat_verb, close + 1, end)
        if verb is not None:
            ev.appositive_end = close
        return verb

    def _verb_after_aside(self, counts: list[Count], i: int, sentence: Sentence) -> regex.Match[str] | None:
        """"Eight people, including the 2 who died, were shot", "Acht Menschen, darunter zwei, die
        starben, wurden angeschossen": the next figure is a part of this one, named in an aside; this
        one's verb is the verb of the last comma's stretch that has one (the part's own verb before it),
        looked for up to the first figure after the comma that closes the aside (not one inside it: "Five
        soldiers, one of them an officer, were killed"), at most :data:`_ASIDE_CHARS` past the part."""
        start = counts[i + 1].end
        close = self.text.find(",", start, sentence.end)
        after = next((c.start for c in counts[i + 2 :] if c.start > close), sentence.end) if close >= 0 else sentence.end
        end = min(after, start + _ASIDE_CHARS, sentence.end)
        verb = None
        comma = self.text.find(",", start, end)
        while comma >= 0:
            stop = self.text.find(",", comma + 1, end)
            found = self._search(self.lex.cat_verb, comma + 1, stop if stop >= 0 else end)
            verb = found or verb
            comma = stop
        return verb

    def _affected(self, verb: regex.Match[str] | None, counts: list[Count], i: int) -> bool:
        """A category verb after a figure's noun phrase says what happened to it, unless the verb has
        a figure of its own as object ("a gunman killed nine people")."""
        if verb is None:
            return False
        return not (i + 1 < len(counts) and not self.text[verb.end() : counts[i + 1].start].strip())
