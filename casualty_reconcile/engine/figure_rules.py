"""The rules of the figures stage (:mod:`.figures`): the filters of figures that are no claim, and the
rules that find a figure's verb after a list or a long subject and the one an article counts (a figure's
part and whole: :mod:`.part_rules`); each a named :class:`~.rules.Rule` with an example sentence."""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from ..models import Category
from .evidence import Evidence
from .no_toll import _attackers_acting, _children_of_parent, _excepted, _firing
from .part_cause import told_by_cause
from .patterns import _CLAUSE_STOP, _CUE_CHARS, _HARM, _NP_STOP, _TOKEN
from .rules import Rule, productions

if TYPE_CHECKING:
    from .context import Context


def _negated(ev: Evidence) -> bool | None:
    verb, noun = ev.verb, ev.noun
    x = ev.x
    return (
        verb is not None
        and bool(verb.lastgroup)
        and Category(verb.lastgroup) in _HARM
        and (noun is None or noun.start() >= verb.start())
        and x.lex.negated.match(x.text[max(ev.count.end, verb.start() - 40) : verb.start()]) is not None
    ) or None


def _no_known_noun(ev: Evidence) -> bool | None:
    np_tokens = ev.np_tokens
    if ev.previous_value or not ev.x.lex.lang.figure_needs_known_noun:
        return None
    if not np_tokens:
        # "in three overnight shootings": a word that ends a noun phrase ("overnight") before a word for a kind
        # of event; the figure counts events, as the word alone does ("were hurt overnight" keeps its count)
        np_tokens = _event_past_stop(ev)
        if not np_tokens:
            return None
    head = np_tokens[0]
    if head.group()[:1].isupper() and not ev.x.lex.lang.capitalized_nouns:
        # "2 killed in 6 Shreveport shootings": names before a word for a kind of event count events, as the word
        # alone does ("Six Shreveport men", "2 California deputies", "three Palestinians" keep their count)
        after = next((t for t in np_tokens if not t.group()[:1].isupper()), None)
        if after is not None and after.group()[:1].islower() and ev.x.lex.event_word.fullmatch(after.group()) is not None:
            head = after
    first = head.group()
    if not first[:1].islower() or not (
        ev.noun is None and ev.group_m is None and ev.person_m is None and ev.unit_m is None and ev.further_m is None
    ):
        return None  # (cheap tests first) a capitalised word, or a known noun
    np_limit = ev.np_limit
    if head is not np_tokens[0]:  # the first words read from the noun on (its verb may stand past the names)
        np_tokens = list(_TOKEN.finditer(ev.x.text, head.start(), max(ev.np_end, ev.np_limit)))[:4]
        np_limit = np_tokens[-1].end()
    x, count, counts, i = ev.x, ev.count, ev.counts, ev.i
    lex, text = x.lex, x.text
    if ev.multiplicity is not None:
        return None  # "a murder-suicide left ...": the figure's own words name what it counts
    if ev.object_of_verb and first.lower() in lex.stopwords and _auxiliary_first(ev):
        return None  # "The bodies of 11 were recovered": the verb of harm right before it says what it counts, no noun after
    if lex.days.match(text, np_tokens[0].start()) is not None:
        return None  # a day, no noun: "The death toll rose to 41 late Sunday"
    toll = x._last(lex.toll, max(ev.sentence.start, count.start - 40), count.start)
    if toll is not None and lex.part_of_number.fullmatch(text, toll.end(), count.start) is not None:
        return None  # "The toll of 41 includes 11 children": the toll right before names what it counts
    if ev.out and (lex.subset_end.match(ev.left) is not None or _joined_to_part(ev)) and (
        first.lower() in lex.stopwords or text[np_tokens[0].end() : ev.right_end + 1].lstrip()[:1] in ("", ",", ";", ".", ":")
        or (i + 1 < len(counts) and lex.conj_stop.fullmatch(text[np_tokens[0].end() : counts[i + 1].start].strip()) is not None)
    ):
        # "Four people were hurt, including one critically": the total before it says what it counts; so for parts
        # joined by a conjunction, each named by a word of degree alone ("dont trois graves et sept légers")
        return None
    if ev.out and _degree_part_after_comma(ev):
        return None  # "Five people were injured, two seriously and three slightly": a part told by its degree alone
    if first.lower().endswith(lex.lang.person_suffixes or ("\0",)) and (
        ev.object_of_verb or (i + 1 < len(counts) and lex.conj_stop.fullmatch(text[ev.np_end : counts[i + 1].start].strip(" ,")))
    ):
        return None  # "killed 9 hikers", "Nine hikers and three guides", not "killed 2 million jobs"
    # "17,000 remain in detention", "Un homme a été placé en garde à vue": a verb phrase, not a noun (a verb
    # that starts in the first words may read on past them)
    verb = x._search(lex.cat_verb, count.end, ev.right_end if first.lower() in lex.stopwords else np_limit)
    if verb is None and ev.right_end > np_limit:
        verb = x._search(lex.cat_verb, count.end, ev.right_end)
        verb = verb if verb is not None and verb.start() < np_limit else None
    return (
        verb is None
        # "9-year-old shot in leg", "Teen found shot to death": a verb that reads on past the first words
        and lex.cat_verb.match(text, np_tokens[0].start(), ev.right_end) is None
        and not x._search(lex.participant_verb, count.end, np_limit)
        # "Thousands took to the streets": a verb of the crowd that starts in the first words reads on past them
        and lex.participant_verb.match(text, np_tokens[0].start(), ev.right_end) is None
        # "129 restent captives à Gaza", "17 were kidnapped": a verb of hostages in the first words, or after an auxiliary
        and lex.unit_verb.match(text, np_tokens[0].start(), ev.right_end) is None
        and not (first.lower() in lex.stopwords and x._search(lex.unit_verb, count.end, ev.right_end))
        and not ev.subset_after
    ) or None


def _auxiliary_first(ev: Evidence) -> bool:
    """Whether the figure's words open with an auxiliary of the language ("11 were recovered", "9 have been
    recovered"), its own verb's: no noun of its own follows (not "killed two of his cousins", a part)."""
    x, tokens, end = ev.x, ev.np_tokens, ev.count.end
    stops = [t.end() + 1 for t in tokens[:2] if t.end() < len(x.text)]
    return any(
        aux.match(x.text, end, stop) is not None for aux in (x.lex.plural_aux_before, x.lex.singular_aux_before) for stop in stops
    )


def _event_past_stop(ev: Evidence) -> list[regex.Match[str]]:
    """The word for a kind of event right after a word that ends the figure's noun phrase right after it
    ("three overnight shootings": ["shootings"]), else none."""
    x, count = ev.x, ev.count
    words = list(_TOKEN.finditer(x.text, count.end, ev.right_end))[:2]
    if len(words) < 2 or x.text[count.end : words[0].start()].strip() or x.text[words[0].end() : words[1].start()].strip():
        return []
    stop, event = words
    if x.lex.np_stop.fullmatch(stop.group()) is None or not event.group()[:1].islower():
        return []
    return [event] if x.lex.event_word.fullmatch(event.group()) is not None else []


def _degree_part_after_comma(ev: Evidence) -> bool:
    """Whether the figure follows a figure of the injured right before it past a comma and is told by a word of degree
    alone ("Five people were injured, two seriously", ``ParentsStage._degree_only``): a part of those injured, the
    figure before it says what it counts (figure.part-by-degree-after-whole, -after-part)."""
    out, i = ev.out, ev.i
    if i == 0 or out[-1].count is not ev.counts[i - 1] or out[-1].category is not Category.INJURIES:
        return False
    return ev.x.text[out[-1].end : ev.count.start].rstrip().endswith(",") and ev.x._degree_only(ev)


def _joined_to_part(ev: Evidence) -> bool:
    """Whether the figure right before this one is a part of a whole, joined to it by a conjunction after at
    most the part's own words of degree ("dont trois graves et sept légers": "sept")."""
    out, i = ev.out, ev.i
    if i == 0 or out[-1].parent is None or out[-1].count is not ev.counts[i - 1]:
        return False
    connector = ev.x.text[out[-1].end : ev.count.start]
    return ev.x.lex.conj_stop.fullmatch(connector.strip(" ,")) is not None or ev.x._degree_joined(connector, out[-1].category)


def _other_noun_first(ev: Evidence) -> bool | None:
    lex, np_tokens = ev.x.lex, ev.np_tokens
    if lex.lang.capitalized_nouns and len(np_tokens) > 1 and np_tokens[0].group()[:1].islower() and not ev.previous_value:
        # "bei drei nächtlichen Schießereien": a word for a kind of event after adjectives counts events (as the
        # English "in three overnight shootings", figure.no-known-noun)
        adjective, head = np_tokens[0], np_tokens[1]  # one word in lower case between: no verb, no stop word
        if (
            head.group()[:1].isupper() and lex.event_word.fullmatch(head.group()) is not None
            and adjective.group().lower() not in lex.stopwords and lex.cat_verb.fullmatch(adjective.group()) is None
            and lex.np_stop.fullmatch(adjective.group()) is None
        ):
            known = [m.start() for m in (ev.noun, ev.group_m, ev.person_m, ev.unit_m, ev.further_m) if m is not None]
            return not any(k < head.end() for k in known) or None
    if lex.lang.capitalized_nouns and np_tokens and np_tokens[0].group()[:1].isupper() and not ev.previous_value:
        known = [m.start() for m in (ev.noun, ev.group_m, ev.person_m, ev.unit_m, ev.further_m) if m is not None]
        return (bool(known) and min(known) >= np_tokens[0].end() and not ev.subset_after) or None
    return None


def _article_alone(ev: Evidence) -> bool | None:
    x, count = ev.x, ev.count
    lex = x.lex
    if not (lex.lang.figure_needs_known_noun and count.surface.lower() in lex.lang.not_alone):
        return None
    if ev.subset_after is not None and ev.noun is not None:
        return None  # "un des blessés est décédé": the article before a partitive of the hurt is the number one
    counted = (ev.group_m or ev.person_m) and (
        ev.noun
        or ev.object_of_verb  # "The strike killed a child, three women and a man"
        or x._affected(x._search(lex.cat_verb, count.end, ev.np_limit), ev.counts, ev.i)
        or (ev.out and lex.subset_end.match(ev.left))
        or _among_harmed_opening(ev)
        or x._affected(_verb_after_head(ev), ev.counts, ev.i)
        or _first_of_list(ev)
        or _last_of_object_list(ev)
    )
    if not counted and ev.out and lex.subset_end.match(ev.left):
        # one of the total told before it, the verb right after the article: "dont un grièvement"
        verb = x._search(lex.cat_verb, count.end, ev.right_end)
        counted = verb is not None and not x.text[count.end : verb.start()].strip() and x._affected(verb, ev.counts, ev.i)
    if not counted and ev.out and (lex.subset_end.match(ev.left) or ev.subset_after is not None):
        counted = _degree_alone(ev)  # "Cinq policiers ont été blessés, dont l'un gravement", "l'un d'entre eux grièvement"
    return not counted or None


def _last_of_object_list(ev: Evidence) -> bool:
    """"The strike killed three women and a man": the person an article counts is the last of a list of the objects
    of a verb of harm, joined by a conjunction right after the figure before it, itself the verb's object or joined
    to it (the list's category is the verb's: category.joined-to-last)."""
    out, i = ev.out, ev.i
    if not out or i == 0 or out[-1].count is not ev.counts[i - 1]:
        return False
    before = out[-1]
    if "figure.object-of-verb" not in before.trace and "category.joined-to-last" not in before.trace:
        return False
    x = ev.x
    joined = x.text[before.end : ev.count.start].strip(" ,")
    if not joined or x.lex.conj_stop.fullmatch(joined) is None:
        return False
    # (not one the language counts with no one: "killed five adults and an unborn child")
    return x.lex.uncounted.search(x.text, ev.count.start, ev.np_limit) is None


_DEGREE_ALONE = regex.compile(r"\p{Ll}+(?: \p{Ll}+)?")  # one or two words in lower case: "gravement", "plus grièvement"
_CLAUSE_MARK = regex.compile(r"[,;:.)]")


def _degree_alone(ev: Evidence) -> bool:
    """Whether a part told by the article of one ("dont l'un", "l'un d'entre eux") is told by its own words of
    degree alone, up to the end of its clause ("gravement", "plus légèrement"): one or two words in lower case, no
    noun of a category nor of people, no verb but of the total's own harm; it is one of the total before it, and
    counts what it counts (figure.article-alone lets it stand)."""
    x, count, part = ev.x, ev.count, ev.subset_after
    start = part.end() if part is not None and part.start() >= count.end else count.end
    words = _CLAUSE_MARK.split(x.text[start : ev.right_end], maxsplit=1)[0].strip()  # up to the clause's end
    if _DEGREE_ALONE.fullmatch(words) is None:
        return told_by_cause(ev, words)  # "dont un par un tir de mortier": by the cause of its harm
    lex, total = x.lex, ev.out[-1].category
    # (a word of the total's own harm is one of degree: "grièvement")
    return lex.cat_noun.search(words) is None and lex.person.search(words) is None and all(
        m.lastgroup == total.value for m in lex.cat_verb.finditer(words)
    )


def _among_harmed_opening(ev: Evidence) -> bool:
    """ "Among the dead were a journalist and two aid workers": with no figure before it, an article right after a
    cue of a part that names the harm itself ("among the dead", "among those killed") counts one of the harmed."""
    x = ev.x
    if ev.out or x.lex.subset_end.match(ev.left) is None:
        return False
    harm = x._last(x.lex.cat_verb, ev.left_start, ev.count.start)
    return harm is not None and bool(harm.lastgroup) and Category(harm.lastgroup) in _HARM


_HEAD_GAP_TOKENS = 2  # at most between a noun and its verb: "a 20-year-old man was later pronounced dead"


def _verb_after_head(ev: Evidence) -> regex.Match[str] | None:
    """The verb right after the noun an article counts, past the first words of its noun phrase ("A
    13-year-old girl was accidentally shot", "a 16-year-old girl suffered minor injuries"): a verb of
    harm in the clause with no more than a few words and no punctuation between the noun and it."""
    x = ev.x
    last = (x._last(x.lex.group, ev.count.end, ev.np_limit), x._last(x.lex.person, ev.count.end, ev.np_limit))
    head = max(m.end() for m in (ev.group_m, ev.person_m, *last) if m is not None)  # "a 20-year-old man": its last noun
    verb = x._search(x.lex.cat_verb, head, ev.right_end)
    if verb is None or not verb.lastgroup or Category(verb.lastgroup) not in _HARM:
        return None
    gap = x.text[head : verb.start()]
    if _NP_STOP.search(gap) is not None or len(_TOKEN.findall(gap)) > _HEAD_GAP_TOKENS or x.lex.conj_stop.search(gap):
        return None  # not past a conjunction: "a man and woman dead" are two
    return verb


def _first_of_list(ev: Evidence) -> bool:
    """"A man and two women were wounded", "a teenager and two younger boys were shot": the person an
    article counts is the first of a list whose next member, right after a conjunction, is a number
    with a verb of harm after it (the list adds up: figure.list-sum)."""
    x, i = ev.x, ev.i
    if i + 1 >= len(ev.counts):
        return False
    last = (x._last(x.lex.group, ev.count.end, ev.np_limit), x._last(x.lex.person, ev.count.end, ev.np_limit))
    heads = [m.end() for m in (ev.group_m, ev.person_m, *last) if m is not None]
    following = ev.counts[i + 1]
    if not heads or following.start <= max(heads) or following.value is None or following.surface.lower() in x.lex.one_case:
        return False  # (not "a man and a woman": a list of persons the victim lists count)
    gap = x.text[max(heads) : following.start].strip(" ,")
    if not gap or x.lex.part_join.fullmatch(gap) is None:  # "a woman and her two children": a possessive may follow
        return False
    end = ev.counts[i + 2].start if i + 2 < len(ev.counts) else ev.sentence.end
    verb = x._search(x.lex.cat_verb, following.end, min(end, ev.sentence.end))
    if verb is None or not verb.lastgroup or Category(verb.lastgroup) not in _HARM:
        return False
    return _NP_STOP.search(x.text, following.end, verb.start()) is None and x._affected(verb, ev.counts, i + 1)



_HURT_DIED = "category.hurt-then-died"  # the name category.decide gives one of the injured who died


def _article_counts_one(ev: Evidence) -> bool | None:
    """"Ein Toter nach Schüssen", "Ein Mensch wurde getötet": an article before a noun that only counts
    is the number one, the event's toll, not one case told as an anecdote."""
    x = ev.x
    if ev.count.surface.lower() not in x.lex.lang.not_alone:
        return None  # "die beiden Toten": a pair told again, one case
    if _HURT_DIED in ev.trace:
        return None  # "Ein Verletzter sei gestorben": one of the injured told, one case of the toll
    return True if x.lex.numeral_noun.match(x.text, ev.count.end) is not None else None


# an article read as a count ("ein Polizist"): the rules that make it the toll, not an anecdote
ONE_RULES: tuple[Rule[bool], ...] = (
    Rule("figure.article-counts-one", "de", "Ein Mensch wurde bei den Schüssen in der Innenstadt getötet.", _article_counts_one),
)
_ONE_RULES = productions(ONE_RULES)


def _appositive_verb(ev: Evidence) -> regex.Match[str] | None:
    return ev.x._verb_after_appositive(ev)


# a figure with no verb in its clause, a list of who it counts after it: the rules that find its verb after the list
VERB_AFTER_RULES: tuple[Rule[regex.Match[str]], ...] = (
    Rule("figure.verb-after-appositive-list", "en", "Three others, a 19-year-old woman and two men, were treated for gunshot wounds.",
         _appositive_verb),
)
_VERB_AFTER_RULES = productions(VERB_AFTER_RULES)


_SUBJECT_OPENING_TOKENS = 3  # at most before a subject that opens its sentence: "Police said", "Au total,"


def _verb_after_long_subject(ev: Evidence) -> regex.Match[str] | None:
    """"Three men suspected of involvement in the attack on a police station in the northern city of Kano
    last month were arrested": a figure whose clause has no verb of a category within the words read after it
    (they ran out before its clause ended) takes the first one further on in its clause, before the next figure
    and before any verb of saying or pronoun (another clause's); only the sentence's first figure, the subject
    (not one in an aside: "two people, one of whom was ..., were shot")."""
    x, lang = ev.x, ev.x.lex.lang
    if ev.out or ev.unit_m is not None or any(c.surface.lower() not in lang.not_alone for c in ev.counts[: ev.i]):
        return None  # (not "More than 100 patrol cars lined the roads ... for the body of a slain officer")
    if len(x._tokens(ev.sentence.start, ev.count.start)) > _SUBJECT_OPENING_TOKENS:
        return None  # "A search continued for three suspects ...": no subject that opens its sentence
    # up to the next figure that is no article after a preposition ("on a police station"; not "three men and a
    # woman", "where a 6-month-old was shot") or the sentence's end, and its clause's end
    end = next((c.start for c in ev.counts[ev.i + 1 :] if c.surface.lower() not in lang.not_alone or not _after_preposition(x, c.start)),
               ev.sentence.end)
    stop = _CLAUSE_STOP.search(x.text, ev.right_end, end)
    end = stop.start() if stop is not None else end
    verb = x._search(x.lex.cat_verb, ev.np_limit, end)
    if verb is None or x._search(x.lex.speech, ev.np_limit, verb.start()) is not None:
        return None
    if any(x.lex.pronoun.fullmatch(t.group()) for t in x._tokens(ev.np_limit, verb.start())):
        return None  # "with two of his friends - ... - when he heard gunshots, ..., he was shot": another subject's verb
    # an auxiliary of the figure's number right before the verb ("Hundreds of students released balloons ... after
    # the star was gunned down": another subject's)
    aux = x.lex.singular_aux_before if ev.count.value == 1 else x.lex.plural_aux_before
    return verb if aux.match(x.text, ev.np_limit, verb.start()) is not None else None


def _after_preposition(x: Context, start: int) -> bool:
    """Whether a preposition of place stands right before ``start`` ("on a police station")."""
    before = x.text[max(0, start - 12) : start].split()
    return bool(before) and x.lex.preposition.fullmatch(before[-1]) is not None


def _toll_before_clause(ev: Evidence) -> bool:
    """ "Die Zahl der Toten stieg auf 14, viele weitere wurden verletzt", "barg die Leichen von 14 Insassen, der Pilot
    wurde schwer verletzt": a toll cue before the figure in its own clause names what it counts; a verb of another
    category past a comma after the figure is the next clause's, of other people."""
    x, verb, count = ev.x, ev.verb, ev.count
    if verb is None or ev.toll is None or not verb.lastgroup or Category(verb.lastgroup) is ev.toll:
        return False
    toll = x._last(x.lex.toll, max(ev.sentence.start, count.start - _CUE_CHARS), count.start)
    if toll is None or _NP_STOP.search(x.text, toll.end(), count.start) is not None:
        return False
    stop = _NP_STOP.search(x.text, count.end, verb.start())
    return stop is not None and stop.group() == ","


def _verb_opens_next_clause(ev: Evidence) -> bool:
    """ "Das Unwetter hat mehr als 200 Keller überflutet, verletzt wurde niemand": a verb of a category past a comma
    after a figure that names no category, an auxiliary right after it and a few words with no punctuation between it
    and the next figure ("getötet wurden nach ersten Angaben drei Menschen"), opens the next clause, whose subject that figure is (the verb first, as a clause may put it where
    the verb comes second); it is not the verb of the figure before the comma."""
    x, verb, counts, i = ev.x, ev.verb, ev.counts, ev.i
    if verb is None or i + 1 >= len(counts) or counts[i + 1].start >= ev.sentence.end or verb.end() > counts[i + 1].start:
        return False
    stop = _NP_STOP.search(x.text, ev.count.end, verb.start())
    if stop is None or stop.group() != "," or x.text[stop.end() : verb.start()].strip():
        return False  # (the verb right after the comma)
    return x.lex.aux_between.fullmatch(x.text, verb.end(), counts[i + 1].start) is not None


# a figure whose verb after it, past a comma, is another clause's
TOLL_CLAUSE_RULES: tuple[Rule[bool], ...] = (
    Rule("figure.toll-before-clause", "de", "Die Zahl der Toten stieg auf 14, viele weitere wurden verletzt.", _toll_before_clause),
    Rule("figure.verb-opens-next-clause", "de", "Das Unwetter hat mehr als 200 Keller überflutet, verletzt wurde niemand.",
         _verb_opens_next_clause),
)
_TOLL_CLAUSE_RULES = productions(TOLL_CLAUSE_RULES)


# a figure whose words read after it ran out before its clause ended, with no verb in them
LONG_SUBJECT_RULES: tuple[Rule[regex.Match[str]], ...] = (
    Rule("figure.verb-after-long-subject", "en",
         "Three men suspected of involvement in the attack on the police station in the northern city of Kano last month were arrested.",
         _verb_after_long_subject),
)
_LONG_SUBJECT_RULES = productions(LONG_SUBJECT_RULES)


# figures that are no claim, tried in order before the category is decided
def _subject_before_object(ev: Evidence) -> bool | None:
    """ "Bei dem Amoklauf erschoss ein 13-Jähriger neun Menschen", "In der Nacht tötete ein Mann in Hamburg zwei
    Menschen": where the verb comes second and its subject may follow it (no subject-verb-object order), a figure
    right after a verb of harm with another figure after it in its clause (no comma, conjunction or verb between)
    is the verb's subject, who did the harm; the figure after it is who was harmed."""
    x, count, counts, i = ev.x, ev.count, ev.counts, ev.i
    lex, text = x.lex, x.text
    if lex.lang.subject_verb_object or i + 1 >= len(counts) or counts[i + 1].start >= ev.sentence.end:
        return None
    if lex.back_cat_verb.match(text, ev.left_start, ev.left_start + len(ev.left.rstrip())) is None:
        return None  # no verb of harm right before the figure
    after = counts[i + 1]
    if any(c in text[count.end : after.start] for c in ",;:()") or lex.conj_stop.search(text, count.end, after.start):
        return None  # "starben zwei Menschen, drei wurden verletzt": a clause of its own
    if lex.part_of_number.fullmatch(text, count.end, after.start) or x._search(lex.cat_verb, count.end, after.start):
        return None  # "starben zwei der fünf Insassen": a part of a whole; a verb between: the next clause's figure
    return True


def _speaker_after_speech(ev: Evidence) -> bool | None:
    """"Es gebe Hunderte Verletzte, sagte ein Arzt", "berichtete eine Augenzeugin": an article right after a
    verb of saying, before a noun of a speaker (with at most one word between), is the subject of the
    verb: who says, no count (not "meldete einen Toten": a noun that counts)."""
    x, count = ev.x, ev.count
    lex = x.lex
    if count.surface.lower() not in lex.lang.not_alone or not ev.np_tokens:
        return None
    if lex.back_speech.match(x.text, ev.left_start, ev.left_start + len(ev.left.rstrip())) is None:
        return None
    return any(x._is_speaker_head(t.group()) for t in ev.np_tokens[:2]) or None


FILTERS: tuple[Rule[bool], ...] = (
    Rule("figure.harm-negated", "de", "29 Personen wurden nicht oder nur minimal verletzt.", _negated),
    Rule("figure.no-known-noun", "en", "Two passenger trains collided.", _no_known_noun),
    Rule("figure.counts-another-noun", "de", "Inzwischen sind auch einige Einzelheiten zum Täter bekannt.", _other_noun_first),
    Rule("figure.subject-before-object", "de", "Bei dem Amoklauf an einer Schule erschoss ein 13-Jähriger neun Menschen.",
         _subject_before_object),
    Rule("figure.article-alone", "en", "The suspect, a 22-year-old man from Leeds, was taken into custody, police said.", _article_alone),
    Rule("figure.speaker-after-speech-verb", "de", "Es gebe Hunderte Verletzte, sagte ein Arzt.", _speaker_after_speech),
    Rule("figure.children-of-a-parent", "en", "A father of three was shot and killed outside the bar.", _children_of_parent),
    Rule("figure.attackers-acting", "en", "A girl was killed after three men entered the home and opened fire.", _attackers_acting),
    Rule("figure.those-who-fired", "en", "Two officers fired at the man, who was hit and taken to a hospital.", _firing),
    Rule("figure.spared-by-exception", "en", "All 179 people on board were killed except two flight attendants.", _excepted),
)


_FILTERS = productions(FILTERS)
# (cheap test first) the filters that can apply where figures need a known noun, where nouns are capitalised
_FILTER_SETS = {
    (known_noun, capitalised): tuple(
        (name, run) for name, run in _FILTERS
        if (known_noun or name not in ("figure.no-known-noun", "figure.article-alone"))
        and (capitalised or name != "figure.counts-another-noun")
    )
    for known_noun in (False, True)
    for capitalised in (False, True)
}
