"""The lookups of the place stage: the names of places near a figure, names read otherwise than the
gazetteer reads them, places the gazetteer lacks, and their labels. Which names are where a source
sits or speaks is looked up in ``place_seats.py``; the rules that decide a figure's place are in
``place.py``."""

from __future__ import annotations

import bisect

import regex

from .. import geo
from .._patterns import (
    gated_finditer,
)
from ..models import (
    Count,
)
from ..numbers import grammar
from .doc import Sentence
from .lexicon import _SCANS
from .patterns import (
    _CLAUSE_BREAK,
    _CLAUSE_PENALTY,
    _LAST_WORD,
    _NEXT_CAPITALISED,
    _NO_PREPOSITION_PENALTY,
    _PLACE_CHARS,
    _PLACE_WORDS,
    _PREVIOUS_WORD,
    _TOKEN,
    NameMatch,
    place_runs,
)
from .place_seats import JURISDICTION, PlaceSeats
from .place_words import fast_place_words

# a name with a qualifier in brackets, one name in the gazetteer: "Frankfurt (Oder)", "Halle (Saale)"
_BRACKETED = regex.compile(r"[^()\n]{1,40}? \(\p{Lu}[\p{L}\p{M}.-]{1,30}\)")

# the place named nearest a figure (distance, name), the place reported on, whether counted across a
# country, and the names of the reasons why names near it were passed over as a source's seat
Near = tuple[tuple[int, str] | None, str | None, bool, tuple[str, ...]]

# names read otherwise than the gazetteer reads them: a name it gives a place abroad read as the
# place of that name in the story's country ("Hamilton" in a story from Ohio), in the trace of a
# figure placed there; a place's name that names a street ("Plymouth Avenue"), passed over. With
# examples (a test checks that the reason shows in the trace of the example's claim)
HOMONYM_READ_IN_COUNTRY = "place.homonym-in-story-country"
STREET_NAME = "place.street-name"
LONGER_NAME = "place.opens-longer-name"
QUALIFIED_NAME = "place.qualified-name"
PLURAL_NOUN = "place.plural-noun-after-article"
THING_NAME = "place.thing-after-indefinite-article"
SITE_NAME = "place.site-name"
TOWN_BEFORE_NOUN = "place.town-abroad-before-noun"
AFTER_PART = "place.named-after-a-part"
OWN_CLAUSE = "place.own-clause-after-conjunction"
SURNAME = "place.surname"
LOWER_WORDS = "place.name-with-lower-case-words"
_TOWN_KINDS = frozenset({"town", "city"})
_ARTICLE_CHARS = 16  # read before a name for its article
_NEXT_WORD = regex.compile(r"[\s\u00a0]+(\w+)")  # the word after a name, across spaces only ("Toyota, police": none)
READINGS: tuple[tuple[str, str, str], ...] = (
    (QUALIFIED_NAME, "de", "Bei einem Unfall in Frankfurt (Oder) wurden am Sonntag zwei Menschen verletzt."),
    (PLURAL_NOUN, "de", "Bei dem Busunglück in den Anden kamen zwölf Menschen ums Leben."),
    (THING_NAME, "en", "DAYTON, Ohio - Two men were found shot dead in a red Toyota, police said."),
    (THING_NAME, "de", "DAYTON - Zwei Männer wurden in einem roten Toyota erschossen aufgefunden, teilte die Polizei mit."),
    (QUALIFIED_NAME, "en", "Two people were injured in a crash in Halle (Saale) on Sunday, police said."),
    (LOWER_WORDS, "fr", "Au moins 17 personnes ont été tuées dans des affrontements au Soudan du Sud, selon l'ONU."),
    (LOWER_WORDS, "fr", "Au moins huit personnes ont été tuées par la tempête en République dominicaine."),
    (LOWER_WORDS, "en", "Four people were killed in a landslide in the Republic of the Congo, officials said."),
    (LOWER_WORDS, "de", "Bei dem Unwetter in Bosnien und Herzegowina kamen drei Menschen ums Leben."),
    (TOWN_BEFORE_NOUN, "en",
     "MEMPHIS, Tenn. - A man was found shot dead at the Whitehaven apartment complex on Friday, police said."),
    (TOWN_BEFORE_NOUN, "de", "MEMPHIS - Ein Mann ist am Freitag im Whitehaven-Apartmentkomplex erschossen aufgefunden worden, teilte die Polizei mit."),
    (SITE_NAME, "en", "Two men shot dead outside Selma bar - WKRX News 7 - Birmingham, AL\n\nPolice are looking for a gunman."),
    (SITE_NAME, "de", "Zwei Tote nach Schüssen in Bochum | WDR.de - Nachrichten - Köln\n\nDie Polizei sucht den Täter."),
    (LONGER_NAME, "en", "BOSTON - Police said Mary Knowlton, 73, was killed in the shooting on Tuesday."),
    (LONGER_NAME, "en", "Two men were wounded in a shooting at the Ventura Mall on Sunday, police said."),
    (LONGER_NAME, "en", "LOUISVILLE, Ky. - A shooting sent seven people to University Hospital on Sunday, police said."),
    (LONGER_NAME, "de", "BREMEN - Bei einer Schlägerei wurden zwei Männer verletzt und ins Sana Klinikum gebracht, sagte ein Polizeisprecher."),
    (LONGER_NAME, "de", "DORTMUND - Bei einer Massenpanik in der Jordan Arena wurden drei Menschen verletzt, teilte die Polizei mit."),
    (STREET_NAME, "en", "BOSTON - Two men were wounded in a shooting on Chicago Avenue on Sunday, police said."),
    (STREET_NAME, "de", "Bei einem Unfall auf der Kölner Straße in Hilden wurden zwei Menschen verletzt."),
    (STREET_NAME, "en", "A teenager was shot dead inside a smoke shop at Rainbow and Durango on Friday, police said."),
    (AFTER_PART, "fr", "Les inondations dans l'est de l'Espagne ont fait au moins 158 morts, dont 155 dans la région de Valence."),
    (AFTER_PART, "en", "Spain's floods have killed at least 158 people, officials said, including 155 in the Valencia region."),
    (OWN_CLAUSE, "en", "In separate attacks, three policemen were killed in Kabul and two soldiers wounded in Kandahar."),
    (OWN_CLAUSE, "de", "Bei den Angriffen wurden drei Polizisten in Kabul getötet und zwei Soldaten in Kandahar verletzt."),
    (HOMONYM_READ_IN_COUNTRY, "en", "PARIS, Texas (AP) — A man was wounded in a shooting on Monday, police said."),
    (JURISDICTION, "de", "NEU-DELHI - Die Landesregierung von Kerala teilte mit, 36 Menschen seien gestorben."),
    (JURISDICTION, "en", "NEW DELHI - The government of Kerala said 36 people had died in the landslides."),
    (JURISDICTION, "fr", "NEW DELHI - Le gouvernement du Kerala a fait état de 36 morts dans les glissements de terrain."),
    (JURISDICTION, "en", "NEW DELHI - Kerala's state government said 36 people had died in the landslides."),
    (SURNAME, "en", "One man was killed on Friday, police said. The suspect was charged in the death of Jamaine Sutton, "
     "32, and he told detectives he was not aiming for Sutton."),
    (HOMONYM_READ_IN_COUNTRY, "de",
     "Bei einem Brand in Plettenberg ist am Sonntag ein Mann ums Leben gekommen.\n\n"
     "Die Stadt liegt im Sauerland in Nordrhein-Westfalen."),
)


def _whole_name(token: str) -> str | None:
    """How a name was read whole: "Frankfurt (Oder)", the town its qualifier names; "Soudan du Sud", with
    its words in lower case, not Sudan."""
    if token.endswith(")"):
        return QUALIFIED_NAME
    if " " in token and geo.lower_word_names()[1].fullmatch(token):
        return LOWER_WORDS
    return None


class PlaceNames(PlaceSeats):
    __slots__ = ()

    def _nearest_place(self, count: Count, lo: int, hi: int, next_start: int) -> Near:
        """The place named nearest the figure, by distance with penalties, (when a speaker's place
        gave way to it) the place the paragraph's last figures cover, and whether the nearest is a
        country named as counted across ("across Iraq", "in ganz Syrien")."""
        text = self.text
        best: tuple[int, str] | None = None
        best_place: geo.Place | None = None
        best_wide = False
        seats: list[str] = []  # why names were passed over as where a source sits or speaks
        inner: list[tuple[int, str, geo.Place]] = []  # places named with a preposition in the figure's clause
        names = self._place_names(lo, hi)
        if lo < self.site_name[1] and self.site_name[0] < hi:
            seats.append(SITE_NAME)  # the headline's site name holds no place of its figures
        # the place the paragraph's last figures cover, which a speaker's own place does not replace
        reported_place = next((item.location for item in self.last_items if not item.location_default), None)
        reported: str | None = None  # set when a speaker's place gave way to it
        locating: geo.Place | None = None  # a name that only locates the place before it ("Mina nahe Mekka")
        for index, m in enumerate(names):
            if locating is not None and self._place(m.group()) is locating:
                locating = None
                continue
            token = m.group()
            place = self._place(token)
            if place is None:
                place = self._unlisted_place(names, index, lo)
                if place is None:
                    continue
            if self._street(m):
                seats.append(STREET_NAME)
                continue  # "on Plymouth Avenue", "near Odessa and Franklin streets": a street's name
            if (kept := _whole_name(token) or self._jurisdiction(m, place, lo)) is not None:
                seats.append(kept)  # a name read whole, or as the region a speaker's own body counts: kept
            before = text[max(lo, m.start() - 40) : m.start()]
            prev = _PREVIOUS_WORD.search(before)
            # "in the death of Jamaine Sutton": a surname; "in den Anden": a plural noun after its article, not the town Andenne;
            # "in a red Toyota": a car's make; "at the Whitehaven apartment complex" in Memphis: a quarter's name, not the English town
            reading = (SURNAME if token in self.doc.surnames
                       else PLURAL_NOUN if self._plural_noun(m, place, lo) else THING_NAME if self._thing_name(m, place, lo)
                       else TOWN_BEFORE_NOUN if self._town_abroad_before_noun(m, place) else None)
            if reading is not None:
                seats.append(reading)
                continue
            of_speaker = prev is not None and self._is_speaker_head(prev.group(1))
            seat = None if kept == JURISDICTION else self._source_seat(m, place, prev.group(1) if of_speaker and prev is not None else None, lo)
            if seat is not None:
                seats.append(seat)
                continue
            if self._opens_longer_name(m):
                seats.append(LONGER_NAME)
                continue  # "Mary Knowlton", "Cascade Mall", "Metro Lt. Jeff Goodwin": the first word of another name
            if of_speaker and reported_place is not None and m.start() > count.end and self._in_attribution(m):
                reported = reported_place
                continue  # "..., wie die Polizei in Düsseldorf mitteilte" after the figure: the paragraph reports on Solingen
            distance = count.start - m.end() if m.end() <= count.start else m.start() - count.end
            clean = True  # in the figure's clause, after a preposition or a noun of place
            if self._clause_between(m, count, lo):
                distance += _CLAUSE_PENALTY
                clean = False
                if count.end <= m.start() < next_start:
                    continue  # "... auf 44.218, in Syrien wurden knapp 6000 Tote gezählt": the next figure's place
            wide = place.kind == "country" and self.lex.wide_before.match(text, max(lo, m.start() - 40), m.start()) is not None
            if not wide and not self.lex.location_before.match(before) and self.lex.settlement_before.match(text, max(lo, m.start() - 40), m.start()) is None:
                if place.kind == "town" and not self._opens_with_in(before, m.start() - 40 <= lo):  # "the city of Yellowknife": as good as "in"
                    continue  # a small place's name is too often a common word: only "in X" counts
                distance += _NO_PREPOSITION_PENALTY
                clean = False
            locating = self._located_in(names, index)  # "in Makijiwka im Gebiet Donezk": the oblast only locates the town
            label = self._place_label(m.group(), place)
            if clean and place.kind != "country":
                inner.append((distance, label, place))
            if best is None or distance < best[0]:
                best, best_place, best_wide = (distance, label), place, wide
        if best_place is not None and best_place.kind == "country" and not best_wide:
            # "in a market in Pakistan's northwestern city of Peshawar": the place inside the country
            # the figure's own clause names is the more specific one
            within = [item for item in inner if item[2].country == best_place.country]
            if within:
                distance, label, _ = min(within, key=lambda item: item[0])
                best = (best[0], label) if best is not None else (distance, label)
        return best, reported, best_wide, tuple(seats)

    def _opens_with_in(self, before: str, opens: bool) -> bool:
        """Whether the text ``before`` a town's name ``opens`` the window read (the sentence) and is a preposition of
        place alone, capitalised ("In Mayfield alone, eight died", "In Nuseirat wurden vier Menschen getötet"): the
        town is read, though as far as a name without a preposition."""
        word = before.strip()
        return opens and word[:1].isupper() and " " not in word and word.lower() in self.lex.lang.location_prepositions

    def _part_town(self, start: int, end: int) -> bool:
        """Whether the name from ``start`` to ``end`` stands after a preposition that names a place and before a
        cue that a figure counts a part of the area ("In Dawson Springs alone", "in Mayfield alone"): a town."""
        if start < 2 or self.lex.part_after.match(self.text, end) is None:
            return False
        return self._word_before(max(0, start - 20), start).lower() in self.lex.lang.name_prepositions

    def _clause_between(self, m: NameMatch, count: Count, lo: int) -> bool:
        """Whether a clause breaks between a place's name and the figure; the comma of a noun of place
        right before a name after the figure breaks none ("killed in Sudan's capital, Khartoum,")."""
        text = self.text
        settled = self.lex.settlement_before.match(text, max(lo, m.start() - 40), m.start()) if m.start() > count.end else None
        end = settled.start() if settled is not None else max(m.start(), count.start)
        return _CLAUSE_BREAK.search(text, min(m.end(), count.end), end) is not None

    def _bare_town_abroad(self, m: NameMatch, place: geo.Place) -> bool:
        """Whether a name is a town or city outside the story's country, written as its bare name (not
        inflected: "in einem Kölner Krankenhaus" is the city's adjective; not the story's country's: "a
        Pensacola, Florida, clinic"): the names an article before them may make a word of the language."""
        lang = self.lex.lang
        inflected = any(m.group().endswith(end) and place.kind in kinds for end, kinds in lang.place_inflections.items())
        return place.kind in _TOWN_KINDS and not inflected and place.country != self.doc.country

    def _plural_noun(self, m: NameMatch, place: geo.Place, lo: int) -> bool:
        """Whether a town's or city's name is a plural noun after its article ("in den Anden": not Andenne);
        the article as written (not "Den Haag")."""
        articles = self.lex.lang.plural_articles
        if not articles or not self._bare_town_abroad(m, place):
            return False
        start = max(lo, m.start() - _ARTICLE_CHARS)
        words = self.text[start : m.start()].split()
        return bool(words) and (len(words) > 1 or start == lo) and words[-1] in articles

    def _thing_name(self, m: NameMatch, place: geo.Place, lo: int) -> bool:
        """Whether a city's name abroad names a thing: an indefinite article before it, with only
        lower-case adjectives between, and after it a stop or, where only names are capitalised, a
        frequent word or a preposition of place ("in a red Toyota on Main Street", "in einem
        silbernen Honda"; not "a Paris hotel", "a Chicago man", "an Antelope Valley nightclub")."""
        articles = self.lex.lang.indefinite_articles
        if not articles or not self._bare_town_abroad(m, place):
            return False
        words = self.text[max(lo, m.start() - 2 * _ARTICLE_CHARS) : m.start()].split()[-3:]
        at = next((i for i in range(len(words) - 1, -1, -1) if words[i] in articles), None)
        if at is None or not all(w.isalpha() and w.islower() and not self._function_word(w) for w in words[at + 1 :]):
            return False  # only adjectives between ("a red Toyota"; not "a bar in Springfield")
        after = _NEXT_WORD.match(self.text, m.end())
        word = after.group(1) if after is not None else ""
        if self.lex.lang.capitalized_nouns or not word:
            return True  # where nouns are capitalised, a lower-case word after a name is none ("Pariser Hotel" names the city)
        return word.islower() and self._function_word(word)  # "an Antelope Valley nightclub": a longer name's

    def _town_abroad_before_noun(self, m: NameMatch, place: geo.Place) -> bool:
        """Whether a small town's name of another country than the story's stands before a lower-case
        noun, where only names are capitalised ("at the Whitehaven apartment complex" in a story from
        Memphis, "the Gentilly home"): the name of a quarter or a thing of the story's place that a
        town abroad shares, not that town ("a Paris hotel": a city, still a place). Where nouns are capitalised,
        the town's name is the first part of a compound ("im Whitehaven-Apartmentkomplex" in a story from Memphis;
        "Leipzig-Connewitz" in a story from Germany is the story's country's town)."""
        if place.kind != "town" or self.doc.country is None or place.country == self.doc.country:
            return False
        if self.lex.lang.capitalized_nouns:
            return "-" in m.group()
        after = _NEXT_WORD.match(self.text, m.end())
        return after is not None and after.group(1).islower() and not self._function_word(after.group(1))

    def _function_word(self, word: str) -> bool:
        """Whether a lower-case word is a frequent word or a preposition of place ("on", "in", "at")."""
        return word in self.lex.lang.stopwords or self.lex.preposition.fullmatch(word) is not None

    def _street(self, m: NameMatch) -> bool:
        """Whether a place's name is a street's: a word for a street follows it ("Plymouth Avenue",
        "Odessa and Franklin streets", "Kölner Straße")."""
        return bool(self.lex.lang.street_words) and (
            self.lex.street_after.match(self.text, m.end()) is not None
            or (bool(self.lex.lang.street_corner_words or self.lex.lang.street_before_words) and self._at_corner(m.start(), m.end(), 0))
        )  # "at Flamingo and Durango": two streets of a corner

    def _opens_longer_name(self, m: NameMatch) -> bool:
        """Whether a place's name is only the first word of a longer name the gazetteer does not know,
        where only names are capitalised: a capitalised word follows it that is no place, no source, no
        day or month, no country or region, no kind of place and no word the text also writes in lower case ("Mary Knowlton",
        "Cascade Mall", "Hamilton Heights", "Metro Lt. Goodwin"; not "Chicago Police", "Harris County",
        "Shooting" of a headline in capitals, whose "shooting" the text writes too)."""
        care = self.lex.lang.care_names_after
        if care and (following := _NEXT_CAPITALISED.match(self.text, m.end())) is not None and following.group(1) in care:
            return True  # "sent to University Hospital", "ins Sana Klinikum": a place of care's name, no place of the figure
        if self.lex.lang.venue_words_after and self.lex.venue_after.match(self.text, m.end()) is not None:
            place = self._place(m.group())
            if place is not None and self.doc.country is not None and place.country != self.doc.country:
                return True  # "near Hamilton High West", "vor der Jordan-Arena": a venue named after a place abroad
        if self.lex.lang.capitalized_nouns:
            return False
        if m.group().partition(" ")[0] in self.lex.lang.place_abbreviations:
            return self._longer_name_follows(m, possessive=True)  # "St. Luke’s Hospital", "St. John Hospital": a saint's, no town's
        if m.group().endswith(tuple(self.lex.lang.place_inflections)):
            return False  # (not "Chicago's Park Manor neighborhood": a possessive locates the name after it)
        place = self._place(m.group())
        if place is not None and place.kind == "town" and place.country == self.doc.country:
            return False  # "at the Monroe Civic Center": a venue named after a small town of the story's country lies there
        return self._longer_name_follows(m)

    def _longer_name_follows(self, m: NameMatch, possessive: bool = False) -> bool:
        """Whether a capitalised word follows a name that makes it part of a longer name: no country or
        region, no source, no ordinary word of the text, no kind of place, day, month or word for the
        event ("Kyle Holoday", "Cascade Mall"; not "Chicago Police", "Fresno County"); with ``possessive``
        (a saint's name), also after the name's possessive ending, and a source's noun or an ordinary word
        too ("St. Luke’s Hospital", "St. John Hospital")."""
        end = m.end()
        if possessive:
            end += next((len(e) for e in self.lex.lang.place_inflections if self.text.startswith(e, end)), 0)
        following = _NEXT_CAPITALISED.match(self.text, end)
        if following is None:
            return False
        word = following.group(1)
        after = self._place(word)
        return not (
            (after is not None and after.kind in ("country", "region"))  # "Kramatorsk Donetsk", "Houston Texas"
            or ((self._is_speaker_head(word) or self._ordinary_word(word)) and not possessive)
            or self._kind_word(word)
            or self.lex.days.fullmatch(word) is not None
            or self.lex.month_word.fullmatch(word) is not None
            or self.lex.event_word.fullmatch(word) is not None
        )

    def _ordinary_word(self, word: str) -> bool:
        """Whether a capitalised word after a place's name is an ordinary word of the text (written in lower
        case too: "Shooting", "Man" of a headline in capitals) or an acronym."""
        return word.isupper() or self._written_lower(word)

    def _read_in_country(self, label: str) -> bool:
        """Whether a figure's place is a name the gazetteer gives a place abroad, read as the place of
        that name in the story's country ("Hamilton" in a story from Ohio)."""
        primary = geo.gazetteer().get(label)
        return primary is not None and geo.reading_in(label, primary, self.doc.country) is not None

    def _part_place(self, lo: int, hi: int) -> str | None:
        """A town or region named right after a part of a total, in its clause, after a preposition
        ("including 12 in Baghdad", "10 of them in Aleppo"): where that part was counted."""
        text = self.text
        for m in self._place_names(lo, hi):
            place = self._place(m.group())
            if place is None or _CLAUSE_BREAK.search(text, lo, m.start()) or self._opens_longer_name(m):
                continue
            before = max(lo, m.start() - 40)
            where = self.lex.location_before.match(text[before : m.start()])
            if place.kind == "country" and (where is None or text[lo : before + where.start()].strip()):
                continue  # a country right after the part's number ("dont quatre en Haïti"), not after its noun
            if where and not self._source_seat(m, place, None, lo):
                return self._place_label(m.group(), place)
        return None

    def _unlisted_place(self, names: list[NameMatch], index: int, lo: int) -> geo.Place | None:
        """A place the gazetteer lacks, known by its kind ("the town of Essa", "im Landkreis Ahrweiler")
        or by the larger place that locates it ("in Mina nahe Mekka")."""
        m = names[index]
        if self._is_speaker_head(m.group()) or m.group().lower() in self.lex.stopwords:
            return None
        if self.lex.place_noun.fullmatch(m.group()):
            return None  # "vor der griechischen Küste bei Pylos": a noun of place is no name of one
        if self.lex.settlement_before.match(self.text, max(lo, m.start() - 40), m.start()) is not None:
            near_place = self._located_in(names, index) if index + 1 < len(names) else None
            country = near_place.country if near_place is not None else (self.doc.country or "")
            return geo.Place(m.group(), "city", country)  # its kind names it a place: no preposition needed
        if self._named_kind(m) or (
            self.lex.settlement_after.match(self.text, m.end()) is not None
            and self.lex.location_before.match(self.text[max(lo, m.start() - 40) : m.start()])
        ):
            return geo.Place(m.group(), "region", self.doc.country or "")  # "Harris County", "in Anbar province"
        if self.lex.lang.name_prepositions and self._named_after_preposition(m, lo):
            return geo.Place(m.group(), "town", self.doc.country or "")  # "off Pylos": only names are capitalised
        if index + 1 >= len(names) or names[index + 1].start() - m.end() > 30:
            return None
        if self.lex.lang.capitalized_nouns:  # "in einem Bergwerk in der Provinz Shanxi": a noun after an article, no name
            previous = _LAST_WORD.search(self.text, max(lo, m.start() - 20), m.start())
            if previous is not None and self.lex.article.fullmatch(previous.group(1)):
                return None
            if previous is not None and self.lex.preposition.fullmatch(previous.group(1)) is None:
                return None  # "bei Angriffen mit Drohnen im Gebiet Belgorod": a noun after another word, no town ("in Mina nahe Mekka")
        near_place = self._located_in(names, index)
        if near_place is None or not self.lex.location_before.match(self.text[max(lo, m.start() - 40) : m.start()]):
            return None
        return geo.Place(m.group(), "town", near_place.country)

    def _named_kind(self, m: NameMatch) -> bool:
        """Whether a run of two capitalised words ends with a kind of place ("Harris County", "Anbar Province")."""
        space = m.group().rfind(" ")
        return space > 0 and self.lex.settlement_after.fullmatch(self.text, m.start() + space, m.end()) is not None

    def _named_after_preposition(self, m: NameMatch, lo: int) -> bool:
        """Where only names are capitalised, one capitalised word after a preposition of place ("in",
        "off", "near") names a place, unless it is a month, a day, a source, a group or a known word."""
        word = m.group()
        if (" " in word and not self._part_town(m.start(), m.end())) or not word[:1].isupper() or word.isupper() or len(word) < 3:
            return False
        if any(ch.isdigit() for ch in word):
            return False  # "liés au Covid-19", "à bord du A320": a name with a digit names a disease or a model, no place
        previous = _LAST_WORD.search(self.text, max(lo, m.start() - 20), m.start())
        if previous is None or previous.group(1).lower() not in self.lex.lang.name_prepositions:
            return False
        following = self.lex.next_lower_word.match(self.text, m.end())
        if following is not None and following.group(1).lower() not in self.lex.stopwords and (
            self.lex.part_after.match(self.text, m.end()) is None  # (not "In Mayfield alone": a part's cue, no noun)
        ):
            return False  # "in Hamas captivity", "in Tuesday's attack": a modifier of a noun, no place
        if _NEXT_CAPITALISED.match(self.text, m.end()) is not None:
            return False  # "in Independence Square": a name of more words the gazetteer does not know
        lowered = word.lower()
        return not (
            lowered in self.lex.stopwords
            or self.lex.month_word.fullmatch(word) is not None
            or self.lex.days.fullmatch(word) is not None
            or self._is_speaker_head(word)
            or self.lex.event_word.fullmatch(word) is not None  # "Five Injured in Shooting at ...": a headline's word
            or self.lex.named_any.fullmatch(word) is not None
            or any(p.fullmatch(word) is not None for p in (self.lex.group, self.lex.person, self.lex.cat_noun, self.lex.unit))
            or self._nation(word) is not None
        )

    def _located_in(self, names: list[NameMatch], index: int) -> geo.Place | None:
        """The larger place the name at ``index`` is located by: the next name, when only a locator
        word stands between them ("Mina nahe Mekka", "Makijiwka im Gebiet Donezk", "Kramatorsk in the
        Donetsk region")."""
        end = names[index].end()
        first = self.text[end : end + 16].split(None, 1)[:1]
        if not first or first[0].lower() not in self.lex.locator_starts:
            return None  # most capitalised words are followed by no locator: no pattern is tried
        for later in names[index + 1 : index + 3]:  # the locator may hold a capitalised noun: "im Gebiet Donezk"
            between = self.text[end : later.start()]
            if len(between) > 30:
                return None
            if self.lex.place_locator.fullmatch(between) is not None:
                return self._place(later.group())
        return None

    def _national_place(self, lo: int, hi: int, count: Count) -> str | None:
        """The country a nationality adjective before a noun of place names ("vor der nordfranzösischen
        Küste", "off the Tunisian coast"), nearest to the figure."""
        best: tuple[int, str] | None = None
        for noun in gated_finditer(self.lex.place_noun, _SCANS.get(self.lex.place_noun), self.text, self.low, lo, hi):
            word = _LAST_WORD.search(self.text, max(lo, noun.start() - 40), noun.start())
            if word is None:
                continue
            adjective = word.group(1)
            nation = self._nation(adjective)
            if nation is None:
                lowered = adjective.lower()
                prefix = next((p for p in self.lex.lang.place_prefixes if lowered.startswith(p) and len(lowered) > len(p) + 3), None)
                if prefix is not None:
                    nation = self._nation(adjective[len(prefix) :])  # "nordfranzösischen"
            if nation is None or self._place(nation) is None:
                continue  # a nation that is no country ("Nato", "UN")
            distance = abs(noun.start() - count.start)
            if best is None or distance < best[0]:
                best = (distance, nation)
        return best[1] if best is not None else None

    def _destination(self, sentence: Sentence, count: Count) -> str | None:
        """A country named after a troop figure with a preposition of place: where troops are sent."""
        for m in self._place_names(count.end, min(sentence.end, count.end + _PLACE_CHARS)):
            place = self._place(m.group())
            if place is not None and place.kind in ("country", "region"):
                if self.lex.location_before.match(self.text[max(count.end, m.start() - 40) : m.start()]):
                    return place.name
        return None

    def _place_names(self, lo: int, hi: int) -> list[NameMatch]:
        """Capitalised words that may name a place; a run of two or three ("Burkina Faso", "Staten
        Island", "El Geneina") is one name when the gazetteer knows it. (Figures of one short
        sentence share their window: it is read once.)"""
        key = (lo, hi)
        known = self.place_names.get(key)
        if known is None:
            known = self.place_names[key] = self._read_place_names(lo, hi)
        return known

    def _read_place_names(self, lo: int, hi: int, in_site: bool = False) -> list[NameMatch]:
        out: list[NameMatch] = []
        text = self.text
        suffixes = self.lex.lang.place_adjective_suffixes
        site, site_end = self.site_name
        if in_site:
            site_end = site  # (no run is left out as the site's)
        read_to = lo  # the end of a name with words in lower case, whose capitalised words are read with it
        starts = self.count_starts
        lower_starts = geo.lower_word_names()[0]
        words, token = (_PLACE_WORDS, _TOKEN) if self.low is None else fast_place_words()  # (place_words.py)
        for m in place_runs(text, self.low, lo, hi):
            begin, written = m.start(), m.group()
            if begin < read_to:
                continue  # "Sud" of "Corée du Sud", "Ivoire" of "Côte d'Ivoire"
            if (
                (at := bisect.bisect_left(starts, begin)) < len(starts)
                and starts[at] == begin
                and written.lower() in grammar(self.lex.lang.code).atom_values
            ):
                continue  # "Trente personnes ont été blessées": a figure's own number is never its place (Trento)
            if site <= begin < site_end:
                continue  # "... - WBRC FOX6 News - Birmingham, AL": the site's name, where the outlet sits
            one_word = " " not in written
            # (a name that goes on in lower case opens at one of its words: most runs hold none)
            whole = (
                None if (written not in lower_starts if one_word else lower_starts.isdisjoint(written.split(" ")))
                else self._lower_word_name(m, hi)
            )
            if whole is not None:  # "République dominicaine", "Au Soudan du Sud": one name (LOWER_WORDS)
                out.extend(t for t in _TOKEN.finditer(text, begin, whole.start()) if t.start() == begin)
                out.append(whole)
                read_to = whole.end()
                continue
            if suffixes and written.lower().endswith(suffixes):
                continue  # "the Norway-based group"
            if text.startswith(" (", m.end()):
                qualified = _BRACKETED.match(text, begin, hi)
                if qualified is not None and qualified.group().startswith(written + " (") and self._place(qualified.group()):
                    out.append(qualified)  # "Frankfurt (Oder)": not Frankfurt am Main
                    continue
            if one_word:
                out.append(m)
                continue
            pos = begin
            stop = m.end()
            while pos < stop:
                spaces = text.count(" ", pos, stop)  # (a name of n words needs n - 1 of them)
                for n in (3, 2):
                    run = words[n].match(text, pos, stop) if spaces >= n - 1 else None
                    if run is not None and (
                        (self._place(run.group()) is not None and not self.lex.named_any.fullmatch(run.group()))
                        # "Harris County": the kind is part of the name (not "Penn Hills School District")
                        or (n == 2 and self._named_kind(run) and not (pos > m.start() and out and self._place(out[-1].group())))
                        # "Prince George's County": a county named after a place abroad, not that place
                        or (n == 3 and self._named_kind(run) and self._abroad(run.group().rpartition(" ")[0]))
                        # "In Dawson Springs alone": a town's name the gazetteer lacks, before the cue of a part
                        or (spaces == n - 1 and self._part_town(pos, stop))
                    ):
                        out.append(run)
                        pos = run.end()
                        break
                else:
                    single = token.match(text, pos, stop)
                    if single is None:
                        break
                    if single.start() == begin or self._may_precede_place(self._word_before(begin, single.start())):
                        out.append(single)  # not "said Ali Hassan": a place name inside a person's name
                    pos = single.end()
                while pos < stop and text[pos] == " ":
                    pos += 1
        return out

    def _lower_word_name(self, m: NameMatch, hi: int) -> NameMatch | None:
        """A country's or region's name that opens at a word of the run of capitalised words ``m`` and goes on past
        it with words in lower case ("Soudan du Sud" of "Au Soudan", "République dominicaine")."""
        starts, names = geo.lower_word_names()
        at = m.start()
        for word in m.group().split(" "):
            if word in starts:
                whole = names.match(self.text, at, hi)
                if whole is not None and whole.end() > m.end():
                    return whole
            at += len(word) + 1
        return None

    def _abroad(self, name: str) -> bool:
        """Whether a name is a place the gazetteer gives another country than the article's."""
        place = self._place(name)
        return place is not None and self.doc.country is not None and place.country != self.doc.country

    def _word_before(self, lo: int, at: int) -> str:
        """The last word of ``text[lo:at]`` (``text[lo:at].split()[-1]``), read from ``at`` back to the
        space before that word only: a run of capitalised words is read in time linear in its length."""
        text = self.text
        end = at
        while end > lo and text[end - 1].isspace():
            end -= 1
        space = text.rfind(" ", lo, end)
        return text[space if space >= 0 else lo : at].split()[-1]

    def _place_label(self, written: str, place: geo.Place) -> str:
        """The name to record for a place: canonical, or as the text writes a city or region (a typographic
        apostrophe written straight: "Prince George’s County" and "Prince George's County" are one place)."""
        if not self.lex.lang.local_names_as_written or place.kind == "country":
            return place.name
        for ending in self.lex.lang.place_inflections:
            if written.endswith(ending) and len(written) > len(ending) + 2:
                return written[: -len(ending)].replace("’", "'")  # "Seoul's" -> "Seoul"
        return written.replace("’", "'")
