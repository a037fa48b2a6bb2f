"""Where a source sits or speaks, for the place stage: a name near a figure that is a source's seat
("the ministry in Kyiv", "which is based in Britain", "Qatar's foreign ministry"), where it spoke
("said in Geneva") or a capital speaking for its government ("laut Kiew") is no place of the
figure. The names of places near a figure are read in ``place_names.py``; the rules that decide a
figure's place are in ``place.py``."""

from __future__ import annotations

import bisect

import regex

from .. import geo
from .dates import DatesStage
from .patterns import (
    _CLAUSE_BREAK,
    _PREPOSITION_BEFORE,
    _SENTENCE_MARK,
    NameMatch,
)

# a region named as the owner of its speaker is read as the area that body counts, and kept (place_names.READINGS)
JURISDICTION = "place.jurisdiction-of-speaker"

_ABBREVIATION_AFTER = regex.compile(r" \(\p{Lu}{2,}\)")  # " (BNP)" after a name

# a name near a figure that is where a source sits or speaks is no place of the figure: the reasons,
# each with an example (a test checks that it shows in the trace of the example's claim)
SEATS: tuple[tuple[str, str, str], ...] = (
    ("place.seat-named-after", "de", "Die in Großbritannien ansässige Beobachtungsstelle meldete 25 Tote in Idlib."),
    ("place.seat-named-before", "en", "The Syrian Observatory, which is based in Britain, said 25 people were killed."),
    ("place.seat-named-before", "fr", "L'Observatoire syrien des droits de l'homme, basé au Royaume-Uni, a fait état de 25 morts."),
    ("place.seat-named-before", "de", "Die Beobachtungsstelle mit Sitz in London meldete 25 Tote."),
    ("place.capital-speaks", "de", "Laut Kiew wurden bei dem Angriff auf Odessa sieben Menschen getötet."),
    ("place.name-speaks", "en", "The man was shot three times in the chest, Zala said."),
    ("place.name-speaks", "de", "Der Mann wurde von drei Schüssen getroffen und schwer verletzt, sagte Zala."),
    ("place.owner-of-speaker", "en", "Qatar's foreign ministry said 15 people had been killed in Gaza."),
    ("place.opens-a-speakers-name", "en", "The opposition Bangladesh Nationalist Party said at least 30 people had been killed."),
    ("place.owner-of-speaker", "de", "Die Regierung von Bangladesch teilte mit, 19 Menschen seien ums Leben gekommen."),
    ("place.where-said", "en", "A UN spokesman said in Geneva that 40 civilians had been killed in Darfur."),
    ("place.seat-of-speaker", "en", "Shelling killed five people in Kherson overnight, the defence ministry in Kyiv said."),
    # where a person comes from is no place of the event either
    ("place.origin-of-person", "en", "Two men, both natives of Honduras, were killed in the crash, police said."),
    ("place.origin-of-person", "de", "Zwei Männer, die gebürtig aus Polen kamen, wurden bei dem Unfall getötet."),
)


class PlaceSeats(DatesStage):
    __slots__ = ()

    def _source_seat(self, m: NameMatch, place: geo.Place, speaker: str | None, lo: int) -> str | None:
        """Whether a name is where a source sits or speaks rather than the place a figure covers: the
        name of the reason (one of :data:`SEATS`), or None. ``speaker`` is the speaker noun right
        before the name ("Ministerium in Moskau"), if any."""
        if self.lex.lang.origin_words and self.lex.origin_before.match(self.text, max(lo, m.start() - 40), m.start()):
            return "place.origin-of-person"  # "originally from Mexico", "stammte aus Polen": where a person comes from
        if self.lex.lang.seat_words and self.lex.seat_after.match(self.text, m.end()):
            return "place.seat-named-after"  # "die in Großbritannien ansässige Beobachtungsstelle"
        if self.lex.lang.seat_words and self.lex.seat_before.match(self.text, max(lo, m.start() - 30), m.start()):
            return "place.seat-named-before"  # "the Observatory, which is based in Britain", "basé au Royaume-Uni"
        body = self._closes_body_name(m, lo)  # "la préfecture de police de Paris a indiqué": the body speaks, not Paris
        if place.kind == "capital" and not body and self._speaking_capital(m):
            return "place.capital-speaks"  # "Moskau meldete", "laut Kiew": the capital speaks for its government
        if self._owner_of_speaker(m, place):
            return "place.owner-of-speaker"  # "Qatar's foreign ministry", "Bangladesh's government": whose the speaker is
        if place.kind == "country" and self._opens_a_name(m):
            return "place.opens-a-speakers-name"  # "the Bangladesh Nationalist Party said"
        if place.kind == "country" and self._owned_by_speaker(m, lo):
            return "place.owner-of-speaker"  # "die Regierung von Bangladesch", "the government of Bangladesh"
        if place.kind not in ("country", "capital") and not body and self._speaks_at(m.start(), m.end(), lo):
            # "..., Zala said", "sagte Zala.": a person of that name speaks ("Kazakhstan says", "Moskau meldete": its government)
            return "place.name-speaks"
        if place.kind != "country" and self._said_in(m, lo):
            return "place.where-said"  # "hieß es in Moskau", "said in Geneva", "sagte ein Sprecher in Kiew"
        if speaker is None or not self._seat(speaker):
            return None  # "a hospital in Gaza City", "police in Paris": where they count
        # "the ministry in Moscow", "die Regierung in Astana": its seat; a country only when it is another
        # than the article's ("the authorities in Kazakhstan" count there)
        if place.kind != "country" or (self.doc.country is not None and place.country != self.doc.country):
            return "place.seat-of-speaker"
        return None

    def _closes_body_name(self, m: NameMatch, lo: int) -> bool:
        """Whether a place's name ends the complement of a speaker noun up to three words before it ("la
        préfecture de police de Paris", "le parquet de Lyon"): part of the body's name."""
        tokens = self._tokens(max(lo, m.start() - 40), m.start())[-3:]
        for tok in reversed(tokens):
            if self._is_speaker_head(tok.group()):
                tail = self.lex.speaker_complement.match(self.text, tok.end(), m.end())
                return tail is not None and tail.end() == m.end()
        return False

    def _said_in(self, m: NameMatch, lo: int) -> bool:
        """Whether a place follows a speech cue with a preposition of place ("hieß es in Moskau",
        "said in Moscow", "sagte ein Sprecher in Kiew", "told reporters in Geneva"): where the source spoke."""
        at = m.start()
        if not self._any(self.cue_marks, max(lo, at - 100), at):
            return False  # no cue before it: most places
        gap = _PREPOSITION_BEFORE.search(self.text, max(lo, at - 12), at)
        if gap is None or gap.group(1).lower() not in self.lex.lang.location_prepositions:
            return False
        end = gap.start()
        while end > lo and self.text[end - 1].isspace():
            end -= 1
        speech = self.lex.back_speech
        if speech.match(self.text, max(lo, end - 60), end) is not None:
            return True  # "hieß es in", "said in"
        tokens = self._tokens(max(lo, end - 40), end)[-5:]
        if tokens and tokens[-1].group().casefold() in self.lex.lang.audience_words:  # "told a news conference in"
            return any(speech.match(self.text, max(lo, t.start() - 40), t.end()) is not None for t in tokens)
        tokens = tokens[-3:]  # "sagte ein Sprecher in": a speaker between
        return (
            bool(tokens)
            and self._is_speaker_head(tokens[-1].group())
            and any(speech.match(self.text, max(lo, t.start() - 40), t.start()) is not None for t in tokens)
        )

    def _speaking_capital(self, m: NameMatch) -> bool:
        """Whether a capital's name is a source: a cue right after it ("Moskau meldete", "Kyiv says")
        or an attribution right before it ("laut Kiew", "according to Moscow")."""
        if self.lex.location_before.match(self.text[max(0, m.start() - 40) : m.start()]):
            return False  # "Medical sources in Khartoum reported": where they are
        if self._any(self.cue_marks, m.end(), m.end() + 3) and not _CLAUSE_BREAK.match(self.text, m.end()):
            return True  # (not "in the capital, Khartoum, according to witnesses": a comma closes the name)
        marks = self.cue_marks
        index = bisect.bisect_left(marks, m.start()) - 1
        if index < 0 or marks[index] < m.start() - 30:
            return False
        cue = self.lex.according.match(self.text, marks[index], m.start() + 1) or self.lex.according_after.match(
            self.text, m.end(), m.end() + 15
        )
        return cue is not None and not _CLAUSE_BREAK.search(self.text, marks[index], m.start())

    def _in_attribution(self, m: NameMatch) -> bool:
        """Whether a name is part of an attribution: a cue in its clause, close before or after it
        ("wie die Polizei in Düsseldorf mitteilte", "teilte die Polizei in Düsseldorf mit")."""
        marks = self.cue_marks
        lo = bisect.bisect_left(marks, m.start() - 40)
        while lo < len(marks) and marks[lo] < m.end() + 30:
            at = marks[lo]
            between = self.text[min(at, m.end()) : max(at, m.start())]
            if not _CLAUSE_BREAK.search(between) and not _SENTENCE_MARK.search(between):
                return True
            lo += 1
        return False

    def _owner_of_speaker(self, m: NameMatch, place: geo.Place) -> bool:
        """Whether a place name in the possessive opens the name of a speaker ("Qatar's foreign
        ministry", "Israels Armee", "Bangladesh's government"): whose the speaker is, not what its
        figure covers. A country owns any speaker; a town only one that sits in its capital ("Chicago's
        police" count in Chicago)."""
        head = self._possessive_head(m)
        if head is None:
            return False
        return place.kind == "country" or self._seat(head)  # a ministry sits in its capital, the police do not

    def _possessive_head(self, m: NameMatch) -> str | None:
        """The speaker noun a place name in the possessive opens ("Qatar's foreign ministry": ministry), if any."""
        word = m.group()
        if not any(word.endswith(ending) and len(word) > len(ending) + 2 for ending in self.lex.lang.place_inflections):
            return None
        tokens = self._tokens(m.end(), min(len(self.text), m.end() + 40))[:3]
        if not tokens or tokens[0].start() - m.end() > 1:
            return None
        index = (0 if self._is_speaker_head(tokens[0].group()) else None) if self.lex.lang.capitalized_nouns else self._compound_head(tokens, 0)
        return tokens[index].group() if index is not None else None

    def _opens_a_name(self, m: NameMatch) -> bool:
        """Whether a place name opens the name of a source, capitalised words up to a speaker noun
        ("Bangladesh Nationalist Party", "Syria Civil Defence Force"): no place of a figure."""
        text = self.text
        tokens = self._tokens(m.end(), min(len(text), m.end() + 40))[:4]
        end = m.end()
        for k, token in enumerate(tokens):
            if text[end : token.start()] != " " or not token.group()[:1].isupper():
                return False
            if k and self._is_speaker_head(token.group()):
                return True  # (a word between: not "in Kabul Polizei")
            end = token.end()
            if k and _ABBREVIATION_AFTER.match(text, end) is not None:
                return True  # "Bangladesh Nationalist Party (BNP)": a name with its abbreviation
        return False

    def _owned_by_speaker(self, m: NameMatch, lo: int) -> bool:
        """Whether a place follows a speaker noun and a word of belonging ("die Regierung von
        Bangladesch", "the government of Bangladesh", "le gouvernement régional du Kerala", the noun's
        complement between): the place is the speaker's."""
        owners = self.lex.lang.owner_prepositions
        if not owners:
            return False
        tokens = self._tokens(max(lo, m.start() - 40), m.start())[-3:]
        if len(tokens) < 2 or tokens[-1].group().lower() not in owners or self.text[tokens[-1].end() : m.start()].strip():
            return False
        if self._is_speaker_head(tokens[-2].group()):
            return True
        if len(tokens) < 3 or not self._is_speaker_head(tokens[0].group()):
            return False
        tail = self.lex.speaker_complement.match(self.text, tokens[0].end(), tokens[-2].end())
        return tail is not None and tail.end() == tokens[-2].end()  # "le gouvernement régional du"

    def _jurisdiction(self, m: NameMatch, place: geo.Place, lo: int) -> str | None:
        """Whether a region (a state, province, oblast) is named as the owner of its speaker ("die
        Landesregierung von Kerala", "the government of Kerala", "Kerala's state government"): the area its
        own body counts, no seat passed over. A country that owns a speaker is passed over (its government
        speaks from its capital for a story anywhere), and so is a town ("le parquet de Paris": its seat)."""
        if place.kind != "region":
            return None
        return JURISDICTION if self._owned_by_speaker(m, lo) or self._possessive_head(m) is not None else None
