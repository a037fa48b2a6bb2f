"""Stage: figures, the whole a figure is a part of ("darunter 43 Kinder", "Among the dead were 12 children")."""

from __future__ import annotations

import regex

from ..models import Category
from .doc import Figure, Sentence
from .evidence import Evidence
from .figure_asides import AsidesStage
from .part_rules import _AMONG_RULES
from .patterns import _CORE, _HARM
from .rules import first

_DEGREE_WORDS = 3  # a part's own words of degree or care before a conjunction: "en urgence absolue et"
_OTHER_WHOLE = "figure.other-whole-after-part"  # a figure after a part that its own noun makes a whole of another category
_RELATIVE_WORDS = 3  # a noun of persons, a relative pronoun, an auxiliary: "people who were"
_PLAIN_WORDS = regex.compile(r"\p{L}+(?:['’ ]\p{L}+)*")  # words of letters only: no figure, no punctuation
_CLAUSE_BREAK = regex.compile(r"[,.;:!?()]")
_DEGREE_REACH = 40  # the characters after a figure read for its words of degree ("in critical condition")


class ParentsStage(AsidesStage):
    __slots__ = ()

    def _read_parent(self, ev: Evidence) -> None:
        """The total a figure is a part of ("darunter 43 Kinder", "Unter den Toten seien sechs Kinder")."""
        lex, out, count = self.lex, ev.out, ev.count
        subset = lex.subset_end.match(ev.left)
        if subset is not None and out and self._cue_of_part_before(ev, out[-1]):
            subset = None  # "four of them seriously and eleven slightly": "of them" is the part's before, not this one's
        subset = subset or ev.subset_after
        ev.parent = out[-1] if out and subset else None
        if ev.parent is not None:
            ev.trace.append("figure.part-of-last")
        if ev.parent is None and subset and not out and self.last_items and not ev.subset_after:
            ev.parent = self.last_items[-1]  # "... 40 Menschen getötet. Unter den Toten seien sechs Kinder"
            ev.trace.append("figure.part-of-last-sentence")
        if ev.parent is None and out:
            heads = reversed(self._appositive_heads(ev.sentence, out))
            head = next((f for f in heads if f.evidence is not None and (f.evidence.appositive_end or 0) > count.start), None)
            if head is not None:
                ev.parent = head  # "Three others, an 18-year-old woman and two men, ...": one of who the figure counts
                ev.trace.append("figure.member-of-appositive-list")
        if ev.parent is None and (out or ev.whole_after is not None or (ev.subset_after is not None and self.last_items)):
            ev.parent = first(_AMONG_RULES, ev)  # "12 children were among the 40 killed", "Among the 40 dead were 12 children"
        ev.connector = self.text[out[-1].end : count.start] if out and out[-1].count is ev.counts[ev.i - 1] else None
        if ev.parent is None and ev.connector is not None and out[-1].parent is not None and self._other_whole(ev, out[-1]):
            ev.trace.append(_OTHER_WHOLE)  # "64 Tote, darunter zwölf Kinder, und 210 Verletzte": a whole of its own
        elif ev.parent is None and ev.connector is not None and out[-1].parent is not None and self.lex.part_join.fullmatch(ev.connector.strip(" ,")):
            ev.parent = out[-1].parent  # "darunter 43 Kinder und 25 Frauen", "a pregnant woman and her two children"
            ev.trace.append("figure.part-joined-to-part")
        elif ev.parent is None and ev.connector is not None and out[-1].parent is not None and self._degree_joined(ev.connector, out[-1].category):
            ev.parent = out[-1].parent  # "dont deux en urgence absolue et deux en urgence relative"
            ev.trace.append("figure.part-joined-to-graded-part")
        elif ev.parent is None and ev.connector is not None and out[-1].parent is not None and self._listed(ev, ","):
            ev.parent = out[-1].parent  # "including 150 civilians, 60 soldiers and 20 police officers"
            ev.trace.append("figure.part-listed-after-part")
        elif ev.parent is None and ev.connector is not None and out[-1].parent is None and out[-1].category in _CORE and self._listed(ev, ":"):
            ev.parent = out[-1]  # "230 Tote: 150 Zivilisten, 60 Soldaten und 20 Polizisten"
            ev.trace.append("figure.part-after-colon")
        elif ev.parent is None and ev.connector is not None and self._degree_only(ev):
            self._read_part_by_degree(ev, out[-1])

    @staticmethod
    def _appositive_heads(sentence: Sentence, out: list[Figure]) -> list[Figure]:
        """The figures of ``out``, in its order, whose appositive list is read (``Evidence.appositive_end``), kept on the
        sentence and extended by those appended to ``out`` since (a figure's list is read before it joins ``out``): the
        look back for the head of an appositive reads these, not every figure before it (a sentence of figures)."""
        if sentence.apposed_of is not out or sentence.apposed_seen > len(out):
            sentence.apposed, sentence.apposed_of, sentence.apposed_seen = [], out, 0
        for figure in out[sentence.apposed_seen :]:
            if figure.evidence is not None and figure.evidence.appositive_end is not None:
                sentence.apposed.append(figure)
        sentence.apposed_seen = len(out)
        return sentence.apposed

    def _read_part_by_degree(self, ev: Evidence, before: Figure) -> None:
        """A figure told by its degree alone after a comma ("zwei schwer", "two seriously"): a part of the injured told
        right before it with no degree of their own ("Fünf Menschen wurden verletzt, zwei schwer und drei leicht"), or
        the next part after a part so told ("zwei davon schwer, drei leicht")."""
        connector = (ev.connector or "").rstrip()
        if not connector.endswith(","):
            return
        lex = self.lex
        if before.parent is None and before.category is Category.INJURIES and lex.degree.search(connector) is None:
            ev.parent = before  # "Five people were injured, two seriously and three slightly"
            ev.trace.append("figure.part-by-degree-after-whole")
        elif before.parent is not None and before.category is Category.INJURIES and self._degree_joined(connector, before.category, comma=True):
            ev.parent = before.parent  # "fünf verletzt, zwei davon schwer, drei leicht"
            ev.trace.append("figure.part-by-degree-after-part")

    def _degree_only(self, ev: Evidence) -> bool:
        """Whether the figure's own words, up to the next punctuation or conjunction, are one word (or phrase) of
        degree and nothing else ("zwei schwer,", "three slightly.", "deux grièvement et"): no noun, no verb of its own."""
        text, end = self.text, ev.sentence.end
        stop = _CLAUSE_BREAK.search(text, ev.count.end, min(end, ev.count.end + _DEGREE_REACH))
        words = text[ev.count.end : stop.start() if stop is not None else min(end, ev.count.end + _DEGREE_REACH)].split()
        conjunction = next((i for i, word in enumerate(words) if self.lex.conj_stop.fullmatch(word)), len(words))
        words = words[:conjunction]
        return 0 < len(words) <= _DEGREE_WORDS and self.lex.degree.fullmatch(" ".join(words)) is not None

    def _cue_of_part_before(self, ev: Evidence, before: Figure) -> bool:
        """Whether the words between the figure before and this one open with the cue of a part right after the figure
        before, its own, and go on to a conjunction ("four of them seriously and eleven slightly": "of them" makes
        "four" a part of the whole told before it; "eleven", after the first part's words of degree and the
        conjunction, is the next part of that whole; not "one of them an officer", one case of the part)."""
        cue = before.evidence.subset_after if before.evidence is not None else None
        if cue is None or before.parent is None or ev.i == 0 or before.count is not ev.counts[ev.i - 1]:
            return False
        rest = ev.left[len(cue.group()):].split() if cue.start() == before.count.end else []
        return bool(rest) and self.lex.conj_stop.fullmatch(rest[-1]) is not None

    @staticmethod
    def _listed(ev: Evidence, mark: str) -> bool:
        """Whether the figure follows the figure before it past ``mark`` alone (a comma of a list, a colon that opens
        one) and names who it counts by its own noun, with no verb or noun of harm of its own: an item of a list
        of parts ("darunter 150 Zivilisten, 60 Soldaten", "230 dead: 150 civilians, 60 soldiers")."""
        return (
            ev.connector is not None and ev.connector.strip() == mark and ev.verb is None and ev.noun_cat not in _HARM
            and (ev.group_m is not None or ev.person_m is not None)
        )

    @staticmethod
    def _other_whole(ev: Evidence, part: Figure) -> bool:
        """Whether the figure after a part, past a comma, names by its own noun a category neither of the part
        nor of its whole, one of harm ("64 killed, among them 12 children, and 210 wounded"): a whole of its own, no part
        (not a noun of troops, who they are: "including 150 civilians, 60 soldiers")."""
        whole = part.parent
        return (
            ev.connector is not None and "," in ev.connector and ev.noun_cat in _HARM and whole is not None
            and ev.noun_cat is not part.category and ev.noun_cat is not whole.category
        )

    def _who_were(self, gap: str) -> bool:
        """Whether the words between a whole's figure and its verb of harm are its noun of persons, a relative pronoun
        and an auxiliary ("Three of the 23 people who were injured in the crash later died"): the verb is the whole's
        own, as right after its noun ("the 23 people injured")."""
        words = gap.split()
        if len(words) < _RELATIVE_WORDS or words[1].lower() not in self.lex.lang.relative_pronouns:
            return False
        lex = self.lex
        return (lex.person.fullmatch(words[0]) is not None or lex.group.fullmatch(words[0]) is not None) and (
            lex.aux_between.fullmatch(" ".join(words[2:])) is not None
        )

    def _degree_joined(self, connector: str, category: Category, comma: bool = False) -> bool:
        """Whether the words between a part and the next figure are the part's own few words of degree or care, then
        a conjunction ("deux grièvement et", "zwei schwer und", "deux en urgence absolue et"): no punctuation, no noun
        of a category, no verb but of the part's own category, at most four words. With ``comma``, a comma stands for
        the conjunction where the words hold one of the language's degrees ("davon schwer,")."""
        if comma:
            tail = connector.rstrip()
            words = tail.removesuffix(",").split()
            if not tail.endswith(",") or self.lex.degree.search(" ".join(words)) is None:
                return False
        else:
            words = connector.split()
            if not words or not self.lex.conj_stop.fullmatch(words[-1]):
                return False
            words = words[:-1]
        if not 1 <= len(words) <= _DEGREE_WORDS:
            return False
        head = " ".join(words)
        if _PLAIN_WORDS.fullmatch(head) is None or self.lex.cat_noun.search(head) is not None:
            return False
        return all(m.lastgroup == category.value for m in self.lex.cat_verb.finditer(head))
