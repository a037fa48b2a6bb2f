"""Stage: figures, the whole a figure is a part of ("darunter 43 Kinder", "Among the dead were 12 children")."""

from __future__ import annotations

import regex

from ..models import Category
from .degree_parts import _DEGREE_PART_RULES
from .doc import Figure
from .evidence import Evidence
from .figure_asides import AsidesStage
from .part_rules import _AMONG_RULES
from .patterns import _CORE, _HARM
from .rules import first

_DEGREE_WORDS = 3  # a part's own words of degree or care before a conjunction: "en urgence absolue et"
_OTHER_WHOLE = "figure.other-whole-after-part"  # a figure after a part that its own noun makes a whole of another category
_RELATIVE_WORDS = 3  # a noun of persons, a relative pronoun, an auxiliary: "people who were"
_PLAIN_WORDS = regex.compile(r"\p{L}+(?:['’ ]\p{L}+)*")  # words of letters only: no figure, no punctuation


class ParentsStage(AsidesStage):
    __slots__ = ()

    def _read_parent(self, ev: Evidence) -> None:
        """The total a figure is a part of ("darunter 43 Kinder", "Unter den Toten seien sechs Kinder")."""
        lex, out, count = self.lex, ev.out, ev.count
        subset = lex.subset_end.match(ev.left) or ev.subset_after
        ev.parent = out[-1] if out and subset else None
        if ev.parent is not None:
            ev.trace.append("figure.part-of-last")
        if ev.parent is None and not subset and out:
            ev.parent = first(_DEGREE_PART_RULES, ev)  # "Ten people were injured, three seriously and seven lightly"
        if ev.parent is None and subset and not out and self.last_items and not ev.subset_after:
            ev.parent = self.last_items[-1]  # "... 40 Menschen getötet. Unter den Toten seien sechs Kinder"
            ev.trace.append("figure.part-of-last-sentence")
        if ev.parent is None and out:
            head = next((f for f in reversed(out) if f.evidence is not None and (f.evidence.appositive_end or 0) > count.start), None)
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

    def _degree_joined(self, connector: str, category: Category) -> bool:
        """Whether the words between a part and the next figure are the part's own few words of degree or care, then
        a conjunction ("deux grièvement et", "zwei schwer und", "deux en urgence absolue et"): no punctuation, no noun
        of a category, no verb but of the part's own category, at most four words."""
        words = connector.split()
        if len(words) < 2 or len(words) > _DEGREE_WORDS + 1 or not self.lex.conj_stop.fullmatch(words[-1]):
            return False
        head = " ".join(words[:-1])
        if _PLAIN_WORDS.fullmatch(head) is None or self.lex.cat_noun.search(head) is not None:
            return False
        return all(m.lastgroup == category.value for m in self.lex.cat_verb.finditer(head))
