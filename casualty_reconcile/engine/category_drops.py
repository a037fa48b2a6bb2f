"""Stage: when a figure whose category is decided makes no claim after all (:data:`DROPS`, run after
:data:`engine.category.REVISIONS`): a toll of the dead and the injured together ("tués ou blessés"), victims whose
parts say what befell them, a vague amount or an article of no toll, a zero of no harm, people counted twice,
a part rescued from its whole.
"""

from __future__ import annotations

import bisect

import regex

from ..models import Category, Qualifier
from .evidence import Evidence
from .patterns import _CORE, _CROWDS, _HARM, _NP_STOP
from .rules import Rule


def _vague_no_toll(ev: Evidence) -> bool | None:
    return (ev.count.qualifier is Qualifier.VAGUE and ev.category not in _CORE and ev.category not in _CROWDS) or None


def _article_no_toll(ev: Evidence) -> bool | None:
    return (ev.category not in _CORE and ev.count.surface.lower() in ev.x.lex.one_case) or None


def _zero_no_harm(ev: Evidence) -> bool | None:
    """A word that counts none is a claim only of the dead or the injured, said by a verb of harm
    or by their noun right after it ("No one was hurt", "keine Verletzten"; not "niemand bringt die Leiche")."""
    if ev.count.value != 0 or not ev.x.lex.zero.fullmatch(ev.count.surface):
        return None
    if ev.category not in _HARM:
        return True
    noun, tokens = ev.noun, ev.np_tokens
    by_noun = noun is not None and bool(tokens) and noun.start() == tokens[0].start()
    by_verb = ev.verb_cat is not None and ev.verb_cat in _HARM
    return not (by_noun or by_verb) or None


_FEW_WORDS = regex.compile(r"\W*(?:\w+\W+){0,3}")
"""At most three words: the figure's noun and an auxiliary ("Opfer seien", "victims had been")."""


def _counted_twice(ev: Evidence) -> bool | None:
    """ "Vier Opfer seien doppelt gezählt worden": the figure, the subject of a double-count cue a few
    words after it in its clause (no other figure between), counts people counted twice: no toll."""
    x, end = ev.x, ev.count.end
    marks = x.double_marks
    at = bisect.bisect_left(marks, end)
    if at == len(marks):
        return None
    mark = marks[at]
    if mark >= ev.right_end or mark >= ev.next_start:
        return None
    noun = ev.noun  # "Eleven of the bodies had been double-counted": from the figure's noun
    if noun is not None and end <= noun.start() and noun.end() <= mark:
        end = noun.end()
    return _FEW_WORDS.fullmatch(x.text, end, mark) is not None or None


def _victims_told_apart(ev: Evidence) -> bool | None:
    """ "L'accident a fait 12 victimes, dont trois morts", "zwölf Opfer, darunter drei Tote": a noun that
    does not say what befell them (``weak_nouns``), whose part right after it is told by a noun of the dead
    or the injured, counts the victims of any harm: no toll (the part is the claim)."""
    x = ev.x
    verb = ev.verb  # "a fait 12 victimes": the noun read as the verb of the toll it makes
    weak = ev.weak_noun or (
        verb is not None and ev.noun is None and verb.end() <= ev.np_limit and verb.group().lower() in x.lex.lang.weak_nouns
    )
    if not weak or ev.i + 1 >= len(ev.counts):
        return None
    nxt = ev.counts[ev.i + 1]
    if x.lex.subset_end.match(x.text, ev.np_limit, nxt.start) is None:
        return None
    noun = x.lex.cat_noun.match(x.text, nxt.end + 1, min(ev.sentence.end, nxt.end + 30))
    return (noun is not None and x.text[nxt.end : nxt.end + 1].isspace() and noun.lastgroup is not None
            and Category(noun.lastgroup) in _HARM and noun.group().lower() != (ev.noun or verb or noun).group().lower()) or None


def _part_rescued(ev: Evidence) -> bool | None:
    """ "14 Bergleute wurden verschüttet, neun von ihnen konnten lebend geborgen werden", "nine of whom were rescued":
    a part whose own verb, after it in its clause, is one of rescue (``uncounted_verbs``) and none of harm is no
    count of what befell its whole."""
    if ev.parent is None or ev.right_cat is not None or ev.parent.category is Category.DEATHS:
        return None  # (the dead are recovered, not rescued: "darunter zwölf Kinder, die geborgen wurden")
    x = ev.x
    rescued = x._search(x.lex.uncounted_verb, ev.count.end, ev.right_end) if x.lex.lang.uncounted_verbs else None
    return True if rescued is not None and "," not in x.text[ev.count.end : rescued.start()] else None


_WORD = regex.compile(r"\w+")


def rescued_then_another(ev: Evidence) -> bool | None:
    """ "Three hikers were rescued, but a fourth was found dead", "Trois randonneurs ont été secourus, mais un quatrième
    a été retrouvé mort": a figure whose own verb, the first after it in its clause, is one of rescue (``uncounted_verbs``),
    the verb of harm only past a comma after it with an article of one before that verb (another's subject), counts
    the rescued: the harm befell the other, not them (not "Two people were rescued, but later died in hospital")."""
    x = ev.x
    if not x.lex.lang.uncounted_verbs or ev.parent is not None or ev.category not in _HARM:
        return None
    end = min(ev.right_end, ev.next_start)
    rescued = x._search(x.lex.uncounted_verb, ev.count.end, end)
    if rescued is None or "," in x.text[ev.count.end : rescued.start()]:
        return None
    harm = x._search(x.lex.cat_verb, ev.count.end, end)
    if harm is None or harm.start() < rescued.end():
        return None  # (the harm first: "were injured and later rescued")
    comma = x.text.rfind(",", rescued.end(), harm.start())
    if comma < 0:
        return None
    words = {w.lower() for w in _WORD.findall(x.text, comma, harm.start())}
    return True if words & x.lex.one_case else None


def unharmed_in_care(ev: Evidence) -> bool | None:
    """ "Une dizaine de personnes choquées ont été prises en charge par les secours": a figure of the injured whose
    person noun has a word of the unharmed right after it or in an aside (``unharmed_nouns``: in shock, unhurt: "Les
    sept autres passagers, indemnes, ont été pris en charge") and whose own verb is
    one of care only (``care_words``) counts those cared for unhurt: no toll (not "12 personnes choquées ont été
    blessées": a verb of harm)."""
    x, verb = ev.x, ev.verb
    if ev.category is not Category.INJURIES or verb is None or (ev.person_m is None and ev.group_m is None):
        return None
    # (the last noun of the figure's words: "sept autres passagers")
    who = ev.person_m if ev.group_m is None or (ev.person_m is not None and ev.person_m.end() > ev.group_m.end()) else ev.group_m
    assert who is not None
    # (right after the noun, or as an aside: "Les sept autres passagers, indemnes, ont été pris en charge")
    after = who.end() + (2 if x.text.startswith(", ", who.end()) else 1 if x.text[who.end() : who.end() + 1].isspace() else 0)
    if after == who.end() or x.lex.unharmed.match(x.text, after) is None:
        return None
    return True if x.lex.care.fullmatch(x.text, verb.start(), verb.end()) is not None else None


def _released(ev: Evidence) -> bool | None:
    """ "Im Rahmen des Abkommens wurden 150 palästinensische Gefangene freigelassen": a figure of arrests told by its
    noun whose own verb after it in its clause is one of release (``release_verbs``), none of arrest, counts those
    set free: no arrests (not a part of the arrests told: "Von den 120 Festgenommenen wurden 90 wieder freigelassen")."""
    x = ev.x
    if ev.category is not Category.ARRESTS or not x.lex.lang.release_verbs or ev.right_cat is Category.ARRESTS or ev.parent is not None:
        return None
    released = x.lex.release_verb.search(x.text, ev.count.end, ev.right_end)
    return True if released is not None and not _NP_STOP.search(x.text, ev.count.end, released.start()) else None


def _troops_exchanged(ev: Evidence) -> bool | None:
    """ "Ukraine said 230 of its soldiers had been returned in the swap, while Russia said it received 230 servicemen": a
    figure of troops (by its noun alone) in a sentence that names an exchange of captives (``exchange_cues``) counts
    soldiers handed over or received, no deployment: no claim."""
    x = ev.x
    if ev.category is not Category.TROOPS or not x.lex.lang.exchange_cues:
        return None
    return True if x.lex.exchange.search(x.text, ev.sentence.start, ev.sentence.end) is not None else None


def _prisoners_escaped(ev: Evidence) -> bool | None:
    """ "Bei dem Ausbruch aus dem Gefängnis flohen rund 800 Häftlinge", "some 800 inmates fled": a figure of the
    displaced whose own noun, the first of its words, names prisoners (``prisoner_nouns``) counts those who escaped,
    no displaced."""
    x = ev.x
    if ev.category is not Category.DISPLACED or not x.lex.lang.prisoner_nouns:
        return None
    first = ev.np_tokens[0] if ev.np_tokens else None  # (or a compound the words of people do not read: "Strafgefangene")
    who = min((m for m in (ev.person_m, ev.group_m, ev.noun, first) if m is not None), key=lambda m: m.start(), default=None)
    return True if who is not None and x.lex.prisoner_noun.fullmatch(x.text, who.start(), who.end()) is not None else None


def _dead_or_injured(ev: Evidence) -> bool | None:
    """ "Plus de 50 enfants ont été tués ou blessés", "were killed or wounded", "getötet oder verletzt": the figure's
    verb of death joined ("ou", "or", "und") to a verb of injury right after it counts the dead and the injured
    together, as "casualties" do: no toll of either (as category.victims-told-apart). Not an injury then a death,
    a sequence: "was shot and died", "wurde angeschossen und starb" count the dead."""
    return joined_harm(ev) or None


def joined_harm(ev: Evidence) -> bool:
    verb, x = ev.verb, ev.x
    if verb is None or verb.lastgroup != Category.DEATHS.value or verb.end() < ev.count.end:
        return False
    if ev.person_m is None and ev.group_m is None:
        return False  # people counted by a word for them: not "five crime scenes of dead or injured victims"
    join = x.lex.noun_join.match(x.text, verb.end(), ev.right_end)
    if join is None:
        return False
    other = x.lex.cat_verb.match(x.text, join.end(), ev.right_end)
    if other is None or other.lastgroup != Category.INJURIES.value:
        return False
    # not a verb with its own figure: "shot two people to death and wounded nine others"
    return ev.next_start >= ev.sentence.end or bool(x.text[other.end() : ev.next_start].strip())


# categories that make no claim
DROPS: tuple[Rule[bool], ...] = (
    Rule("category.dead-or-injured", "fr", "Plus de 50 enfants ont été tués ou blessés dans les bombardements.", _dead_or_injured),
    Rule("category.victims-told-apart", "fr", "L'accident a fait 12 victimes, dont trois morts et neuf blessés.", _victims_told_apart),
    Rule("category.vague-amount-of-no-toll", "en", "Gunmen killed eight people and kidnapped dozens of villagers.", _vague_no_toll),
    Rule("category.article-counts-no-toll", "en", "Hayes added that Boo-Boo, a fighter, also says thank you.", _article_no_toll),
    Rule("category.zero-of-no-harm", "de", "Die Polizei sucht den Täter, niemand bringt die Leiche in Verbindung mit ihm.", _zero_no_harm),
    Rule("category.counted-twice", "de", "Vier Opfer seien doppelt gezählt worden, teilte das Ministerium mit.", _counted_twice),
    Rule("category.part-rescued", "de", "14 Bergleute wurden verschüttet, neun von ihnen konnten lebend geborgen werden.", _part_rescued),
    Rule("category.unharmed-in-care", "fr", "Une dizaine de personnes choquées ont été prises en charge par les secours.",
         unharmed_in_care),
    Rule("category.rescued-then-another", "en", "Three hikers were rescued, but a fourth hiker was found dead.", rescued_then_another),
    Rule("category.arrests-released", "de", "Im Rahmen des Abkommens wurden 150 palästinensische Gefangene freigelassen.", _released),
    Rule("category.troops-exchanged", "en", "Ukraine said 230 of its soldiers had been returned in the swap.", _troops_exchanged),
    Rule("category.prisoners-escaped", "de", "Bei dem Ausbruch aus dem Gefängnis flohen rund 800 Häftlinge.", _prisoners_escaped),
)

__all__ = ["DROPS", "joined_harm"]
