"""Stage: the place a figure counts, as ordered tables of named rules.

Where a figure's place is decided: the first rule of :data:`PLACE_RULES` that decides gives the
place and whether it is only the story's by default (its lead's place or the article's country);
once the sentence's source is known (build), a rule of :data:`CARRIED_PLACE_RULES` may give a
default place the place the paragraph reports on. The rules read the figure's
:class:`~casualty_reconcile.engine.evidence.Evidence`; the methods of :class:`PlaceStage` below
them read the story's place (its lead, dateline, headline); the names of places near a figure are
looked up in ``place_names.py``, whether a name is where a source sits in ``place_seats.py``.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

import regex

from .. import geo
from ..models import (
    Category,
)
from .doc import Sentence
from .evidence import Evidence
from .patterns import (
    _DATELINE_AFTER,
    _LEAD_CHARS,
    _LEAD_NEAR,
    _LEAD_SENTENCES,
    _NEXT_CAPITALISED,
    _PLACE_CHARS,
    _PREVIOUS_WORD,
    _SENTENCE_ENDS,
    NameMatch,
    _dateline_at,
)
from .place_names import AFTER_PART, HOMONYM_READ_IN_COUNTRY, OWN_CLAUSE, Near, PlaceNames
from .rules import Rule, first, productions

_FURNITURE_WORDS = 4  # at most in a line of page furniture ("Hide Transcript Show Transcript")
_SHOUTED = regex.compile(r"\p{Lu}{2,}[\s\u00a0]+\p{Lu}{2,}\b")  # the words after a heading go on in capitals

_NAME_BEFORE = regex.compile(r"(\p{Lu}[\p{L}\p{M}'’-]*\.?) $")  # a capitalised word right before a name ("Melville Mason")

_TOWN_KINDS = frozenset({"town", "city"})  # (a capital named alone is often its government: "Moscow said")

Placed = tuple[str | None, bool]  # the place, and whether it is only the story's by default
_Named = dict[tuple[int, int], list[tuple[NameMatch, geo.Place | None]]]  # a sentence's names and places, by its span


def _window(ev: Evidence) -> tuple[int, int]:
    """The part of the sentence where a figure's place is looked for (read once per figure)."""
    if ev.place_window is None:
        sentence, count = ev.sentence, ev.count
        start = ev.x._after_dateline(sentence.start) if count.start - sentence.start < 120 else sentence.start
        ev.place_window = max(start, count.start - _PLACE_CHARS), min(sentence.end, count.end + _PLACE_CHARS)
    return ev.place_window


def _named_near(ev: Evidence) -> Near:
    """The place named nearest the figure (its distance and name) and the place the paragraph
    reports on when a speaker's place gave way to it; read once per figure."""
    if ev.near_place is None:
        lo, hi = _window(ev)
        next_start = ev.counts[ev.i + 1].start if ev.i + 1 < len(ev.counts) else -1
        if ev.count.end < next_start < hi and _part_has_own_place(ev):
            hi = next_start  # "158 morts, dont 155 dans la région de Valence": a place after a part is the part's
            ev.trace.append(AFTER_PART)
        own = _own_clause_place(ev, lo, hi, next_start)
        ev.near_place = own if own is not None else ev.x._nearest_place(ev.count, lo, hi, next_start)
        ev.trace.extend(dict.fromkeys(ev.near_place[3]))  # "place.where-said": a name passed over, and why
    return ev.near_place


def _own_clause_place(ev: Evidence, lo: int, hi: int, next_start: int) -> Near | None:
    """ "three policemen were killed in Kabul and two soldiers wounded in Kandahar": a figure joined by a conjunction
    to the figure before it, with a place named after it in its own clause, is there, not at the place named
    between them (the figure before's); with none after it, the nearest place stays (the shared one)."""
    if ev.i == 0:
        return None
    x, prev_end = ev.x, ev.counts[ev.i - 1].end
    if prev_end <= lo:
        return None
    joint = x._last(x.lex.conj_stop, prev_end, ev.count.start)
    if joint is None or _names_place(ev, joint.end(), ev.count.start):
        return None  # (a place right after the conjunction, before the figure, is its own: the nearest finds it)
    if not _names_place(ev, lo, joint.start()):
        return None
    own = x._nearest_place(ev.count, joint.end(), hi, next_start)
    if own[0] is None:
        return None
    ev.trace.append(OWN_CLAUSE)
    return own


def _names_place(ev: Evidence, lo: int, hi: int) -> bool:
    """Whether a capitalised name between ``lo`` and ``hi`` is a place the gazetteer knows."""
    return any(ev.x._place(m.group()) is not None for m in ev.x._place_names(lo, hi))


def _part_has_own_place(ev: Evidence) -> bool:
    """Whether the next figure is a part of this one ("dont", "including", "darunter") with a place
    of its own right after it, in its clause ("dont 155 dans la région de Valence"): that place is
    the part's, not the whole's (not "four were injured, including an officer, in a shooting in Bristol")."""
    x, nxt = ev.x, ev.counts[ev.i + 1]
    if x.lex.subset_end.match(x.text, ev.count.end, nxt.start) is None:
        return False
    after = ev.counts[ev.i + 2].start if ev.i + 2 < len(ev.counts) else ev.sentence.end
    return x._part_place(nxt.end, min(after, ev.sentence.end, nxt.end + _PLACE_CHARS)) is not None


def _troops_sent_to(ev: Evidence) -> Placed | None:
    if ev.category is Category.TROOPS:
        destination = ev.x._destination(ev.sentence, ev.count)
        if destination is not None:
            return destination, False
    return None


def _part_in_own_place(ev: Evidence) -> Placed | None:
    if ev.parent is None:
        return None
    x, count = ev.x, ev.count
    part = x._part_place(count.end, min(ev.next_start, count.end + _PLACE_CHARS))
    return (part, False) if part is not None else None


def _of_total(ev: Evidence) -> Placed | None:
    return (ev.parent.location, ev.parent.location_default) if ev.parent is not None else None


def _nationwide(ev: Evidence) -> Placed | None:
    x, count = ev.x, ev.count
    near = x._search(x.lex.nationwide, *_window(ev))
    if near is None:
        return None
    best = _named_near(ev)[0]
    distance = count.start - near.end() if near.end() <= count.start else near.start() - count.end
    return (x.doc.country, False) if best is None or distance < best[0] else None


def _country_wide(ev: Evidence) -> Placed | None:
    best, _, wide, _ = _named_near(ev)
    return (best[1], False) if best is not None and wide else None


def _named_nearest(ev: Evidence) -> Placed | None:
    best = _named_near(ev)[0]
    return (best[1], False) if best is not None else None


def _paragraph_reports_on(ev: Evidence) -> Placed | None:
    reported = _named_near(ev)[1]
    return (reported, False) if reported is not None else None


def _the_capital(ev: Evidence) -> Placed | None:
    """ "in der Hauptstadt", "in the capital": the capital of the event's country, when known."""
    x = ev.x
    country = x.doc.country
    if country is None:
        return None
    capital = geo.capitals().get(country)
    if capital is None or x._search(x.lex.capital, *_window(ev)) is None:
        return None
    return capital, False


def _nationality_of_place_noun(ev: Evidence) -> Placed | None:
    nation = ev.x._national_place(*_window(ev), ev.count)
    return (nation, False) if nation is not None else None


def _story_place(rule: str) -> Callable[[Evidence], Placed | None]:
    """The rule that gives a figure the story's place when ``rule`` found it."""

    def run(ev: Evidence) -> Placed | None:
        place, found_by = ev.x._story()
        return (place, True) if place is not None and found_by == rule else None

    return run


def _dateline_capital(ev: Evidence) -> Placed | None:
    """A dateline that names a national capital ("ANKARA (Reuters) -") is where the reporter sits, the
    bureau agencies file from: where the text names the article's country and never the capital
    ("Turkey's vice president said the toll had risen to 912"), a figure it places nowhere else counts
    the country, not the capital. A text that names the capital ("in Dhaka", "in the capital") or
    no place at all keeps the dateline's (a town the text names stays that town's)."""
    x = ev.x
    place, found_by = x._story()
    if place is None or found_by != "place.dateline" or place not in geo.capital_names() or x._read_in_country(place):
        return None  # (not "PARIS, Texas": the town of that name in the story's country)
    country = x.doc.country
    return (country, True) if country is not None and _names_country_not_capital(ev, place, country) else None


def _names_country_not_capital(ev: Evidence, capital: str, country: str) -> bool:
    """Whether the text after the dateline names ``country`` and never ``capital`` nor "the capital"."""
    x = ev.x
    start, end = x._after_dateline(x.body), len(x.text)
    if x._search(x.lex.capital, start, end) is not None:
        return False
    named = False
    for m in x._place_names(start, end):
        place = x._place(m.group())
        if place is None:
            continue
        if place.name == capital or x._place_label(m.group(), place) == capital:
            return False
        named = named or (place.kind == "country" and place.country == country)
    return named


def _dateline_abroad(ev: Evidence) -> Placed | None:
    """A dateline abroad ("MOSCOW (Reuters) - Kazakhstan's prosecutor general said 225 people had been killed in
    the unrest"): a figure whose sentence names no place but the country or region that owns its speaker
    (passed over: place.owner-of-speaker), or names no place and the speaker's nation by an adjective only
    (:func:`_speakers_nations`: "JOHANNESBURG - A Mozambican rights group said ..."), of another country than
    the dateline's, in a text that names no
    place of the dateline's country, counts the owner's country, not the reporter's seat. A town abroad moves
    nothing ("KAIRO - Das Gesundheitsministerium in Khartum ...": its seat), nor a country named elsewhere
    ("DAYTON - ... His family moved here from Jamaica")."""
    x = ev.x
    place, found_by = x._story()
    if place is None or found_by != "place.dateline":
        return None
    owned = "place.owner-of-speaker" in ev.trace
    home = x._place(place)
    if home is None:
        return None
    countries: set[str] = set()
    for m in x._place_names(ev.sentence.start, ev.sentence.end):
        named = x._place(m.group())
        if named is not None and named.kind in ("country", "region"):
            countries.add(named.country)
    if not owned:
        if countries:
            return None
        countries = _speakers_nations(ev)  # "A Mozambican rights group said": the speaker's nation, its country unnamed
    if len(countries) != 1 or home.country in countries:
        return None
    for m in x._place_names(x._after_dateline(x.body), len(x.text)):
        named = x._place(m.group())
        if named is not None and named.country == home.country:
            return None
    return countries.pop(), True


def _speakers_nations(ev: Evidence) -> set[str]:
    """The countries the national adjectives of speakers in a figure's sentence name: a nationality adjective right
    before a speaker noun, or after one up to two modifiers ("A Mozambican rights group", "eine mosambikanische
    Menschenrechtsgruppe"), or right after one ("le gouvernement mozambicain"); a nation that is no country ("UN")
    names none. Other people's nationality ("Two Mozambican miners were killed") is no speaker's."""
    x = ev.x
    tokens = x._tokens(ev.sentence.start, ev.sentence.end)
    found: set[str] = set()
    for j, token in enumerate(tokens):
        nation = x._nation(token.group())
        country = x._place(nation) if nation is not None else None
        if nation is None or country is None or country.kind != "country":
            continue
        after = [t.group() for t in tokens[j + 1:j + 4]]
        before = tokens[j - 1].group() if j > 0 else ""
        if any(x._is_speaker_head(word) for word in after) or (before and x._is_speaker_head(before)):
            found.add(nation)
    return found


def _article_country(ev: Evidence) -> Placed | None:
    return (None if ev.x.doc.owner_country else ev.x.doc.country), True  # not "Qatar's" of "Qatar's foreign ministry said"


def _as_reported_before(ev: Evidence) -> Placed | None:
    item, last = ev.figure, ev.reported_before
    if item is None or last is None or not item.location_default or last[0] != ev.sentence.paragraph:
        return None
    return (last[1], True) if ev.sentence.carried or item.continues else None


# the place a figure counts: the first rule that decides
PLACE_RULES: tuple[Rule[Placed], ...] = (
    Rule("place.troops-sent-to", "de", "Die Nato verlegt 3000 Soldaten nach Polen.", _troops_sent_to),
    Rule("place.part-in-own-place", "en", "Across Iraq, 40 people were killed on Sunday, including 12 in Baghdad.",
         _part_in_own_place),
    Rule("place.of-total", "de", "In Hamburg wurden 30 Menschen verletzt, darunter 12 Kinder.", _of_total),
    Rule("place.nationwide", "de", "In Almaty wurden 40 Menschen getötet, landesweit wurden 3000 Menschen festgenommen.", _nationwide),
    Rule("place.country-wide", "en", "Across Iraq, at least 40 people were killed on Sunday, including 12 in Baghdad.",
         _country_wide),
    Rule("place.named-nearest", "de", "Bei dem Unfall in Hildesheim wurden zwei Menschen verletzt.", _named_nearest),
    Rule("place.paragraph-reports-on", "de",
         "In Solingen wurden drei Menschen getötet. Acht weitere wurden verletzt, wie die Polizei in Düsseldorf mitteilte.",
         _paragraph_reports_on),
    Rule("place.the-capital", "de",
         "In Georgien wurde am Montag protestiert. Bei den Protesten in der Hauptstadt wurden 12 Menschen verletzt.", _the_capital),
    Rule("place.nationality-of-place-noun", "en", "Twelve migrants drowned off the Tunisian coast.", _nationality_of_place_noun),
    Rule("place.event-of-lead", "en",
         "A gunman opened fire at a school in Peshawar on Monday.\n\nSeven people were killed, officials said.",
         _story_place("place.event-of-lead")),
    Rule("place.dateline-capital", "en", "ANKARA (Reuters) - Turkey's vice president said the death toll had risen to 912.",
         _dateline_capital),
    Rule("place.dateline-abroad", "en", "MOSCOW (Reuters) - Kazakhstan's prosecutor general said 225 people had been "
         "killed in the unrest.", _dateline_abroad),
    Rule("place.dateline", "en", "CHUBBUCK, Idaho (AP) - At least 19 people were killed in clashes on Tuesday, police said.",
         _story_place("place.dateline")),
    Rule("place.headline", "en", "Three shot dead in Stockton\n\nThree men were killed on Saturday night, police said.",
         _story_place("place.headline")),
    Rule("place.town-of-lead", "en", "A Detroit man was shot on Sunday.\n\nTwo other men were wounded, police said.",
         _story_place("place.town-of-lead")),
    Rule("place.site-town", "en", "Two men shot dead overnight - WMC Action News 5 - Memphis, Tennessee\n\nPolice are looking for a gunman.",
         _story_place("place.site-town")),
    Rule("place.article-country", "de", "Zwei Menschen wurden verletzt.", _article_country),
)
# decided once the sentence's source is known (build): a default place may be the one reported on before
CARRIED_PLACE_RULES: tuple[Rule[Placed], ...] = (
    Rule("place.as-reported-before", "de",
         "In Solingen wurden drei Menschen getötet. Nach Angaben der Polizei wurden 8 weitere Menschen verletzt.",
         _as_reported_before),
)
_PLACE = productions(PLACE_RULES)
_CARRIED = productions(CARRIED_PLACE_RULES)


def decide(ev: Evidence) -> Placed:
    """The place of the figure: the first rule of :data:`PLACE_RULES` that decides."""
    placed = first(_PLACE, ev)
    assert placed is not None  # the article's country decides the rest
    if placed[0] is not None and ev.x._read_in_country(placed[0]):
        ev.trace.append(HOMONYM_READ_IN_COUNTRY)  # "Hamilton" in a story from Ohio: the town there
    return placed


def carry(ev: Evidence, reported_before: tuple[int, str | None] | None) -> Placed | None:
    """A figure's place once its sentence's source is known: the place the paragraph's last claim
    counts (``reported_before``: its paragraph and place) when a rule of :data:`CARRIED_PLACE_RULES` says so."""
    ev.reported_before = reported_before
    return first(_CARRIED, ev)


class PlaceStage(PlaceNames):
    __slots__ = ()

    def _story(self) -> tuple[str | None, str]:
        """The story's place and the rule that found it (read once, when first needed)."""
        if self.event is None:
            self.event = self._story_place(*self.lead)
        return self.event

    def _story_place(self, body: int, paragraph_starts: list[int], read: list[Sentence]) -> tuple[str | None, str]:
        """The town or region the story happens in, and the rule that found it: its lead's (the first
        sentence after the headline that names a place inside the article's country), else its
        dateline's, else its headline's. A lead that counts the whole country ("Die Behörden in
        Kasachstan sprachen von 164 Toten", "in Kasachstan ... vor allem in Almaty", "Allein in
        Almaty ...") gives none: the country is the scope."""
        text = self.text
        hi = min(len(text), body + _LEAD_CHARS)
        # the lead is most often read already, as the paragraphs with figures and the one before them
        # (but not where it skips a paragraph with no figure: "Initial New Orleans Police Department reports
        # indicate ..." between two with figures is the lead's too)
        lead = self._lead_sentences(body, hi, paragraph_starts, read)
        headlines: list[Sentence] = []
        named: _Named = {}  # each sentence's names and their places, read once for the lead and the towns
        dateline: str | bool | None = False  # (read when a second sentence of the lead names a place)
        told = 0  # the lead's sentences read
        for sentence in lead:
            if sentence.start >= hi:
                break
            end = sentence.end
            if text[end - 1 : end] not in _SENTENCE_ENDS and text[end : end + 1] in ("\n", ""):
                headlines.append(sentence)  # "Großeinsatz in Hamburg", "Suspected suicide bombing kills 32 in Pakistan"
                continue
            told += 1
            found = self._lead_place(sentence, named)
            if isinstance(found, str) and told > 1:
                if dateline is False:
                    dateline = self._dateline_place(body, hi)
                if isinstance(dateline, str):
                    # "HOUSTON - ... Genesis disappeared in January and police thought she ran away to New York": past
                    # the dateline's own sentence, a place the lead names is no longer the story's (place.dateline)
                    break
            if isinstance(found, str):
                return found, "place.event-of-lead"
            if found is None:
                return None, ""  # the lead counts the whole country
        if text[:body].strip():  # a headline above the body's start ("Kazakhstan says 164 killed\n\nALMATY (Reuters) -")
            headlines = self._sentences(0, body, [], 2) + headlines
        found_in = [self._lead_place(sentence, named) for sentence in headlines]
        if None in found_in:
            return None, ""  # "Kazakhstan says 164 killed in unrest": the headline counts the country
        if dateline is False:
            dateline = self._dateline_place(body, hi)
        if isinstance(dateline, str):
            return dateline, "place.dateline"
        headline = next((found for found in found_in if isinstance(found, str)), None)
        if headline is not None:
            return headline, "place.headline"
        town = self._town_named([*headlines, *(s for s in lead if s.start < hi)], named)
        if town is not None:
            return town, "place.town-of-lead"
        site, site_end = self.site_name
        town = self._town_named([Sentence(site, site_end, 0)], {}, in_site=True) if site_end else None
        return (town, "place.site-town") if town is not None else (None, "")

    def _lead_sentences(self, body: int, hi: int, paragraph_starts: list[int], read: list[Sentence]) -> list[Sentence]:
        """The lead's first sentences past page furniture (:meth:`_past_furniture`), from those read already
        where they open the body unbroken; else the first :data:`_LEAD_SENTENCES` are segmented, and twice as
        many only where a line of furniture stands among them (a window's first sentences are the whole's:
        the same lead, most often for half the segmenting)."""
        if read and read[0].start == body and self._unbroken(read):
            return self._past_furniture(read)
        lead = self._sentences(body, hi, paragraph_starts, _LEAD_SENTENCES)
        if all(map(self._tells, lead[1:])):
            return lead  # (each is one of the lead's sentences)
        if len(lead) == _LEAD_SENTENCES:
            lead = self._sentences(body, hi, paragraph_starts, 2 * _LEAD_SENTENCES)
        return self._past_furniture(lead)

    def _tells(self, sentence: Sentence) -> bool:
        """Whether a sentence after the lead's first counts as one of its sentences: not a line of page
        furniture (a line of a few words, no sentence end, no digit)."""
        text, end = self.text, sentence.end  # (the ends first: most sentences end as one; the words split up to one more than a line holds)
        line = text[sentence.start : end]
        return (
            text[end - 1 : end] in _SENTENCE_ENDS or text[end : end + 1] not in ("\n", "")
            or len(line.split(None, _FURNITURE_WORDS)) > _FURNITURE_WORDS
            or any(c.isdigit() for c in line)
        )

    def _past_furniture(self, lead: list[Sentence]) -> list[Sentence]:
        """The lead's first sentences, where a line of page furniture after its first ("Share", "Copy Link
        Copy", "Hide Transcript Show Transcript": a line of a few words, no sentence end, no digit) takes no
        place of a sentence: the story's first sentences may come after a page's buttons ("NOPD: Teenager one of
        two people injured ...\n\nHide Transcript Show Transcript\n\n... Share\n\nCopy Link Copy\n\nA 17-year-old
        was shot ... New Orleans Chief of Police ... said": the lead's town is still read)."""
        out: list[Sentence] = []
        told = 0
        for sentence in lead:
            if told == _LEAD_SENTENCES:
                break
            out.append(sentence)
            if out[0] is sentence or self._tells(sentence):
                told += 1
        return out

    def _unbroken(self, read: list[Sentence]) -> bool:
        """Whether the first sentences read follow one another with nothing but spaces between them."""
        text = self.text
        first = read[: _LEAD_SENTENCES + 1]
        return all(not text[a.end : b.start].strip() for a, b in itertools.pairwise(first))

    def _town_named(self, sentences: list[Sentence], named: _Named, in_site: bool = False) -> str | None:
        """The one town or city of the article's country that its headline and lead name, without a
        preposition ("A Detroit man was charged", "Chicago police said"): where the story happens when
        neither a lead's preposition, a dateline nor a headline's says. Two towns named: none; a
        capital, a street's name or where a source sits is none. ``in_site``: the one town the
        headline's site name holds (its outlet's seat, "... - WMC Action News 5 - Memphis, Tennessee")."""
        country = self.doc.country
        found: set[str] = set()
        for sentence in sentences:
            if in_site:
                names = [(m, self._place(m.group())) for m in self._read_place_names(sentence.start, sentence.end, True)]
            else:
                names = self._named_places(sentence, named)
            for m, place in names:
                if place is None or place.kind not in _TOWN_KINDS or place.country != country:
                    continue
                if " " in m.group() and m.group() not in geo.gazetteer():
                    continue  # "Miami-Dade Police": a name read by its first part
                prev = _PREVIOUS_WORD.search(self.text[max(sentence.start, m.start() - 40) : m.start()])
                speaker = prev.group(1) if prev is not None and self._is_speaker_head(prev.group(1)) else None
                if self._street(m) or self._opens_longer_name(m) or self._source_seat(m, place, speaker, sentence.start):
                    continue  # (not "Hamilton Heights", "Plymouth Avenue", "die Regierung in Ankara")
                if place.kind == "town" and (self._longer_name_follows(m) or self._surname_of_person(self._place_label(m.group(), place))):
                    continue  # "Kyle Holoday", "Melville Mason ... Mason said": a person's name, no town
                found.add(self._place_label(m.group(), place))
                if len(found) > 1:
                    return None  # (two towns: none, whatever the rest name)
        return next(iter(found)) if len(found) == 1 else None

    def _named_places(self, sentence: Sentence, known: _Named) -> list[tuple[NameMatch, geo.Place | None]]:
        """The place names of a sentence and the gazetteer's places for them, read once for the story (``known``)."""
        key = (sentence.start, sentence.end)
        found = known.get(key)
        if found is None:
            found = known[key] = [(m, self._place(m.group())) for m in self._place_names(sentence.start, sentence.end)]
        return found

    def _surname_of_person(self, name: str) -> bool:
        """Whether the text writes a small town's name after a given name or a title ("Melville Mason",
        "Lt. Mason"), where only names are capitalised: a person's surname, no town named."""
        if self.lex.lang.capitalized_nouns:
            return False
        text, body = self.text, self.lead[0]  # (the body's start)
        at = text.find(name, body)
        while at >= 0:
            end = at + len(name)
            before = _NAME_BEFORE.search(text, max(body, at - 30), at)
            if (
                before is not None
                and not text[end : end + 1].isalpha()
                and _NEXT_CAPITALISED.match(text, end) is None  # (not "Jennifer Dixon Detroit Free Press": a credit)
                and self._given_or_title(before.group(1))
                and not self._may_precede_place(before.group(1))
            ):
                return True
            at = text.find(name, end)
        return False

    def _lead_place(self, sentence: Sentence, known: _Named) -> str | bool | None:
        """The place inside the article's country that a sentence of the lead names after a
        preposition (or a noun of place); None when it counts the whole country; False when it names
        no place."""
        country = self.doc.country
        text = self.text
        end = sentence.end
        inner: list[tuple[int, int, str]] = []  # towns and regions of the country, after a preposition
        nations: list[tuple[int, int]] = []  # the country itself, however named
        named = self._named_places(sentence, known)  # (read once: both loops)
        for name in geo.country_names().get(country or "", ()):  # "in Central Asian Kazakhstan" too
            at = text.find(name, sentence.start, end)
            while at >= 0:
                after = at + len(name)
                if (at == 0 or not text[at - 1].isalnum()) and not _DATELINE_AFTER.match(text, after):
                    nations.append((at, after))  # (not "PESHAWAR, Pakistan (Reuters) -": where the report was filed)
                at = text.find(name, after, end)
        if nations:  # "Bangladesh's government", "the Bangladesh Nationalist Party": a speaker's, no scope of the story
            starts = {at for at, _ in nations}  # (asked only of the names where the country's name is written)
            owners = {
                m.start() for m, place in named
                if m.start() in starts and place is not None and place.kind == "country"
                and self._source_seat(m, place, None, sentence.start)
            }
            nations = [nation for nation in nations if nation[0] not in owners]
        part = False  # a place named as a part of a wider count ("allein in Almaty", "in Almaty alone")
        for m, place in named:
            if place is None and " " in m.group() and self._named_kind(m):  # "in DeKalb County"
                place = geo.Place(m.group(), "region", country or "")
            if (
                place is None or place.kind == "country" or (country is not None and place.country != country)
                or self._street(m) or self._opens_longer_name(m) or self._plural_noun(m, place, sentence.start)
                or self._thing_name(m, place, sentence.start)
            ):
                continue  # (not "on Plymouth Avenue": a street's name)
            lo = max(sentence.start, m.start() - 40)
            if self.lex.part_before.match(text, lo, m.start()) is not None or self.lex.part_after.match(text, m.end()) is not None:
                part = True  # "In Almaty alone", "allein in Almaty": a part of a wider count
                continue
            if not (self.lex.location_before.match(text[lo : m.start()]) or self.lex.settlement_before.match(text, lo, m.start())):
                continue
            prev = _PREVIOUS_WORD.search(text[lo : m.start()])
            speaker = prev.group(1) if prev is not None and self._is_speaker_head(prev.group(1)) else None
            if self._source_seat(m, place, speaker, sentence.start):
                continue  # "nach Angaben der Regierung in Ankara": where the source sits
            inner.append((m.start(), m.end(), self._place_label(m.group(), place)))
            break  # (the first such place decides: the names after it are not read)
        if not inner:
            return None if nations or part else False  # "Im zentralasiatischen Kasachstan eskaliert die Lage": the whole country
        first = inner[0]
        if any(abs(n[0] - first[1]) > _LEAD_NEAR and abs(first[0] - n[1]) > _LEAD_NEAR for n in nations):
            return None  # "in Kasachstan ... vor allem in Almaty": the country is the scope
        return first[2]

    def _after_dateline(self, start: int) -> int:
        """Where a sentence's words begin after a dateline that opens its paragraph ("CEDAR FALLS,
        Iowa — Two men were wounded"): a dateline's names are where the story was filed, no figure's place."""
        text = self.text
        if start > 0 and text[start - 1] != "\n":
            return start
        d = _dateline_at(text, start)
        if d is None or self._item_label(d.group("place")):
            return start
        written = d.group("place").strip()
        return d.end() if written.isupper() or d.group("source") else start

    def _dateline_place(self, body: int, hi: int) -> str | None:
        """The town or city of a dateline ("DHAKA (Reuters) -", "CHUBBUCK, Idaho -", "Detroit —") at
        the body's start or opening one of its first paragraphs, when it lies in the article's
        country: where the story was filed, most often where it happened."""
        text = self.text
        starts = [body, *[p for p in self.paragraph_starts if body < p < hi][:_LEAD_SENTENCES]]
        for start in starts:
            if start == body and self.dateline_place:
                written, extra, source, after = self.dateline_place, self.dateline_extra, True, body
            else:
                d = _dateline_at(text, start)
                if d is None or self._item_label(d.group("place")):
                    continue  # (not "UPDATE (1/3/17):", a label of the item)
                written, extra, source, after = d.group("place").strip(), d.group("extra") or "", bool(d.group("source")), d.end()
            name = written.title() if written.isupper() else written
            place = self._place(name)
            if place is None and not (written.isupper() and len(written) > 2 and (extra or source or " " not in written)):
                continue  # "Teen Injured In Hunting Accident -": no dateline
            if place is None and _SHOUTED.match(text, after) is not None:
                continue  # "CRIMESTOPPERS - CRIME OF THE WEEK": a heading, no dateline
            if place is not None and (place.kind == "country" or (self.doc.country is not None and place.country != self.doc.country)):
                return None  # "BEIRUT (Reuters) -" on Syria: filed from elsewhere
            return self._place_label(name, place) if place is not None else name
        return None
