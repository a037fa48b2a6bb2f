"""The article's country, for the document stage (``segment.py``): each country's votes from the
places the text names, where a dateline or a region written after a known town ("Springfield,
Missouri") anchors the story, and the names that give no vote (a surname after a given name or a
title, a street's, a seat's, a word inside a longer name the gazetteer knows)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator

import regex

from .. import geo
from ..numbers import grammar
from .country_anchor import AnchorNames
from .memo import LIMIT as MEMO_LIMIT
from .memo import memo
from .patterns import (
    _ACRONYM,
    _CAPITALISED,
    _LAST_WORD,
    _LEAD_CHARS,
    _LEAD_SENTENCES,
    _NAME_PAIR,
    _NEXT_CAPITALISED,
    _ROMAN,
    _capitalised_fast,
    _dateline_at,
    _name_pair_fast,
)

_GIVEN = regex.compile(r"\p{Lu}\p{Ll}+")  # a given name's look: "Scott", not "WXYZ", "E.", "McNeil"



def _reading(primary: str, others: Iterable[str], strong: Counter[str], weak: Counter[str], n: int) -> str:
    """The country a name of places in several countries is read in ("Hamilton"): the one whose
    name or regions the text names most; of equals, the one where the text's other places lie, by two
    votes at least and more than twice the gazetteer's reading has (one name abroad, often a person's,
    moves no town); else the gazetteer's (``primary``), so that a name a foreign town shares cannot
    outvote them. ``weak``: each country's votes, the name's own ``n`` among its ``primary``'s."""
    own = weak[primary] - n

    def key(country: str) -> tuple[int, int]:
        if country == primary:
            return strong[country], own
        return strong[country], weak[country] if weak[country] > max(1, 2 * own) else -1

    return max((primary, *others), key=key)


_CITY_KINDS = frozenset({"city", "capital"})
_STREET_KINDS = frozenset({"city", "capital", "region"})  # names a street may take that vote only beside others
_DOTTED = regex.compile(r"(?<![\w.])(?:\p{Lu}\.){2,3}")  # initials with their dots: "U.S.", "U.S.A."
_AGE_AFTER = regex.compile(r",[ \u00a0]\d{1,3}[,;.]|[ \u00a0]\(\d{1,3}\)")  # a person's age after a name: "Lara, 19,", "Lara (19)"
# a capitalised word right before a person's age ("Jordan (19)", "Lara, 19,"): the word, read backwards from
# the age (ages are rare, capitalised words are not: every noun in German), all of it, capitalised
_WORD_BEFORE = regex.compile(r"(?r)[\p{L}\p{M}-]*\p{L}")
_AGED_NAME = regex.compile(r"\p{Lu}[\p{L}\p{M}-]*\p{L}")
_CLAUSE_END = frozenset({".", ",", ";", ""})  # after a name that closes its clause ("..., said Zala.")


def names_before_age(text: str, body: int) -> set[str]:
    """The capitalised words from ``body`` on written right before a person's age ("Jordan (19)", "Lara,
    19,"), each all of a run of letters, marks and hyphens: one pass over the ages, each word read back
    from its age (what ``(?<![\\p{L}\\p{M}-])(\\p{Lu}[\\p{L}\\p{M}-]*\\p{L})(?=<age>)`` finds, a pattern
    tried at every capitalised word, every noun in German)."""
    aged: set[str] = set()
    for age in _AGE_AFTER.finditer(text, body):
        word = _WORD_BEFORE.match(text, 0, age.start())
        if word is not None and word.start() >= body and _AGED_NAME.fullmatch(word.group()) is not None:
            aged.add(word.group())
    return aged


class ArticleCountry(AnchorNames):
    __slots__ = ()

    def _article_country(self, body: int) -> str | None:
        dateline, extra = self._dateline_found(body)
        named = self._place(extra)
        tokens = self._place_tokens(body)
        located = self.doc.located = self._towns_located(tokens, body, dateline.title(), named)
        counts, named_by = self._country_votes(tokens, body, located)
        home = self._place(dateline.title()) if dateline else None
        if home is not None:  # the filing place counts a little: reporters file from neighbouring capitals
            counts[located.get(dateline.title(), home.country)] += 1  # ("PORTSMOUTH, Va. -": the town in Virginia)
        if named is not None and named.kind in ("country", "region"):  # "KYIV, Ukraine (AP) --", "LAHAINA, Hawaii (AP) --"
            counts[named.country] += 2
        filed = named.country if named is not None and named.kind in ("country", "region") else (home.country if home else None)
        anchor = self._anchor(named_by, filed, body)
        if anchor is not None:
            by_town = anchor == filed and not (named is not None and named.kind in ("country", "region"))  # "BRISTOL -" alone
            for country in [c for c in counts if c != anchor]:
                names = named_by.get(country, [])
                if not self._placed(names, body):
                    del counts[country]  # "SHELBY, N.Y. - ... Medina High School": a name never written as a place's moves no story abroad
                elif (not by_town and not self._abroad_named(names)) or self._local_names(names, body):
                    # "HEMPSTEAD, N.Y. - ... in Nassau ... on Long Island": nor does a town or region abroad the text never
                    # names the country of, nor one it writes as a quarter's or a venue's ("Central Harlem", "Harlem
                    # Hospital"): the anchor's place of that name, where the figures' places are read too
                    del counts[country]
                    for name in names:
                        if self._after_bare_preposition(name, body):  # "in Sonora" (not "from a Delta flight")
                            located.setdefault(name, anchor)
        unplaced = [c for c in counts if c != filed and self._cities_unplaced(named_by.get(c, []), body)]
        if unplaced and any(c not in unplaced and self._written_as_place(named_by.get(c, []), body) for c in counts):
            for country in unplaced:
                del counts[country]  # "a red Toyota", "Batman and Robin": a city abroad never written as a place
        if not counts:
            return self._owner_country(body)
        # the most counted; of equals, the dateline's ("HOUSTON - ... gang members from El Salvador"),
        # else the first named (where its tokens are first found), looked up only when there are equals
        top = max(counts.values())
        tied = [country for country, n in counts.items() if n == top]
        if len(tied) == 1:
            return tied[0]
        if filed in tied:
            return filed
        end = len(self.text)
        first = {c: min([end, *(self.text.find(token, body) for token in named_by.get(c, ()))]) for c in tied}
        return max(tied, key=lambda c: -first[c])

    def _abroad_named(self, names: list[str]) -> bool:
        """Whether the names that vote for a country other than the story's anchor's name it as a country
        ("in Mexico", not only "in Sonora"; country.anchor-namesakes)."""
        return any(self._country_name(name) for name in names)

    def _cities_unplaced(self, names: list[str], body: int) -> bool:
        """Whether a country is named only by cities never written as a place ("a red Toyota", "Batman
        and Robin"): such names move no story abroad where another country is written as a place; a
        country's or region's name, or one city written after a preposition of place ("in Toyota"), does."""
        places = [self._place(name) for name in names]
        return all(place is not None and place.kind in _CITY_KINDS for place in places) and not self._placed(names, body)

    def _written_as_place(self, names: list[str], body: int) -> bool:
        """Whether a country is named by a region ("California") or a name written as a place ("in Detroit")."""
        return any((place := self._place(name)) is not None and place.kind == "region" for name in names) or self._placed(names, body)

    def _dateline_found(self, body: int) -> tuple[str, str]:
        """The town and the country or state of a dateline ("KYIV, Ukraine (AP) --", "APOPKA, Fla. -"):
        the body's, else those of a dateline opening one of the first paragraphs (after a headline's
        second line, a photo caption), its town written in capitals."""
        if self.dateline_extra or self.dateline_place:
            return self.dateline_place or "", self.dateline_extra
        text = self.text
        for start in [p for p in self.paragraph_starts if p < body + _LEAD_CHARS][:_LEAD_SENTENCES]:
            if text[start + 1 : start + 2].islower() and not (text[start].isspace() or text[start] == "\ufeff"):
                continue  # "Die Polizei", "Police said": no town written in capitals opens the paragraph
            d = _dateline_at(text, start)
            if d is not None and d.group("place").strip().isupper() and not self._item_label(d.group("place")):
                return d.group("place").split("/")[0].strip(), (d.group("extra") or "").strip()
        return "", ""

    def _item_label(self, written: str) -> bool:
        """Whether a dateline's place is a label of the news item ("UPDATE (1/3/17):", "AFTERNOON UPDATE –",
        "EILMELDUNG -"): no dateline, no place."""
        words = written.strip().lower()
        labels = self.lex.lang.headline_labels
        return bool(words) and (words in labels or words.rsplit(None, 1)[-1] in labels)

    def _place_tokens(self, body: int) -> Counter[str]:
        """The capitalised words and known two-word names of the body, each as often as it may name a
        place (not inside a person's name)."""
        capitalised = _capitalised_fast() if self.low is not None else _CAPITALISED
        tokens = Counter(capitalised.findall(self.text, body))
        numbers = grammar(self.lex.lang.code).atom_values
        for count in self.counts:  # "Trente personnes ont été blessées": a figure's own number names no place (Trento)
            if count.start >= body and self.text[count.start : count.start + 1].isupper():
                word = _CAPITALISED.match(self.text, count.start)
                if word is not None and word.group().lower() in numbers and tokens[word.group()] > 0:
                    tokens[word.group()] -= 1
        if "." in self.text:  # "in the U.S.": a country's initials with their dots, written as a place
            tokens.update(self._dotted_places(body))
        # the site's name after a headline ("... - WBRC FOX6 News - Birmingham, AL"): the outlet's town,
        # where its name names towns in other countries too, gives no vote (the gazetteer's reading
        # abroad would win, as the site names no state the gazetteer knows); other names there still do
        site, site_end = self.site_name
        homonyms = geo.homonyms()
        for word in capitalised.findall(self.text, site, site_end) if site_end else ():
            if word in homonyms and not self._wide(word):
                tokens[word] = max(0, tokens[word] - 1)
        pairs: Counter[str] = Counter()
        site_pairs: Counter[str] = Counter()
        for word in geo.multiword_starts().intersection(tokens):  # "North Macedonia", "Sri Lanka": two-word names
            at = self.text.find(word + " ", body)
            while at >= 0:
                nxt = _NEXT_CAPITALISED.match(self.text, at + len(word))
                if nxt is not None:
                    pairs[f"{word} {nxt.group(1)}"] += 1
                    site_pairs[f"{word} {nxt.group(1)}"] += site <= at < site_end
                at = self.text.find(word + " ", at + 1)
        for pair, n in pairs.items():
            whole = self._place(pair)
            if whole is None or self.lex.named_any.fullmatch(pair):
                continue
            if pair in homonyms and not self._wide(pair):
                n -= site_pairs[pair]  # the outlet's town, named abroad too
                if n <= 0:
                    continue
            tokens[pair] += n
            for word in pair.split(" "):  # "New Orleans", "Jamaica Plain": no vote for Orléans or Jamaica
                place = self._place(word) if word in tokens else None
                if place is not None and place.country != whole.country:
                    tokens[word] = max(0, tokens[word] - n)
        self._lower_word_names(tokens, body, capitalised)
        if not self.lex.lang.capitalized_nouns:  # "said Ali Hassan": a place name inside a person's name
            written = tokens.copy()  # each word as often as written, before the pairs are read
            given_names: dict[str, list[str]] = {}  # a place's name before another name: "Ann Sands"
            surnames: set[str] = set()  # a place's name after another name: "Scott Jordan"
            # only the words that may vote (a place that is no town, see _country_votes) are counted
            # down: no other word's count is read
            cache = self.places  # (most words are known non-places: the cache says so at once)
            voters = {
                word for word in tokens
                if not (word in cache and cache[word] is None) and (place := self._place(word)) is not None and place.kind != "town"
            }
            for given, name in self._name_pairs(body) if voters else ():
                if name in voters and not self._may_precede_place(given):
                    tokens[name] -= 1
                    if self._given_or_title(given):
                        surnames.add(name)
                if given in voters and (self._opens_other_name(given, name) or self._country_before_name(given, name)):
                    given_names.setdefault(given, []).append(name)
            self._given_names_off(tokens, given_names, written, body)
            for name in surnames:
                if tokens[name] <= 0:
                    continue
                # "Chief Scott Jordan ... Jordan said": a surname wherever never written as a place's; "Jacob Lara
                # ... Lara, 19, had bought": a person's, before an age, wherever never right after a preposition of
                # place ("Friends of Lara" is no place), no place of a figure either
                aged = self._written(name, body, lambda at, end: _AGE_AFTER.match(self.text, end) is not None) > 0
                if not self._placed((name,), body, owns_speaker=True, right_after=aged, named=True):
                    tokens[name] = 0
                    if aged:
                        self.doc.surnames |= {name}
        self._aged_names(tokens, body)
        return tokens

    def _aged_names(self, tokens: Counter[str], body: int) -> None:
        """A place's name written before a person's age ("Jordan (19)", "Jordan, 19,") is a person's name
        wherever never written right after a preposition of place: no vote ("der Schütze, Jordan (19), ...
        Jordan habe gestanden"), in every language (where nouns are capitalised too)."""
        for word in names_before_age(self.text, body).intersection(tokens):
            place = self._place(word) if tokens[word] > 0 else None
            if place is not None and place.kind != "town" and not self._placed((word,), body, right_after=True):
                tokens[word] = 0

    def _given_names_off(self, tokens: Counter[str], given_names: dict[str, list[str]], written: Counter[str], body: int) -> None:
        """Each place's name written before other names (``given_names``) that is a person's given name or
        a county's name wherever written gives no vote."""
        for word, names in given_names.items():
            everywhere = len(names) >= written[word]
            if (
                everywhere and any(self._surname_alone(name, body) or self._person_pair(word, name, body) for name in set(names))
            ) or (
                not everywhere and any(self._person_pair(word, name, body) for name in set(names))
                and not self._placed((word,), body, right_after=True)
            ):
                # "Ann Sands ... said Sands", "the suspect Chad Couture ... Chad had known him": a person's given
                # name wherever named, or written alone but never right after a preposition of place
                tokens[word] = 0
            elif everywhere and all(map(self._kind_word, names)) and not self._country_name(word):
                # "Bexar County": a county's name wherever named, no vote for Béchar in Algeria ("Chicago
                # Tribune", "Chicago Avenue" still tell the country)
                tokens[word] = 0

    def _dotted_places(self, body: int) -> list[str]:
        """A country's or region's initials written with their dots right after a preposition of place ("moved
        to the U.S.", "in the U.S.A."); "the U.S. military" names no place (as a vote, "US" written so would)."""
        return [
            m.group() for m in _DOTTED.finditer(self.text, body)
            if self._wide(m.group()) and self._right_after_preposition(max(body, m.start() - 40), m.start())
        ]

    def _country_name(self, name: str) -> bool:
        place = self._place(name)
        return place is not None and place.kind == "country"

    def _wide(self, name: str) -> bool:
        """Whether a name is a country's or a region's (a state, a province)."""
        place = self._place(name)
        return place is not None and place.kind in ("country", "region")

    def _country_votes(
        self, tokens: Counter[str], body: int, located: dict[str, str] | None = None
    ) -> tuple[Counter[str], dict[str, list[str]]]:
        """Each country's votes (a country's name counts twice, a region or city once, a town not at
        all) and the names that voted for it; a name the text writes before its region's (``located``,
        :meth:`_towns_located`) is read in that region's country."""
        located = located or {}
        counts: Counter[str] = Counter()
        named_by: dict[str, list[str]] = {}  # each country's tokens, for where it is first named
        cache = self.places
        homonyms = geo.homonyms()
        ambiguous: list[tuple[str, int, str]] = []  # names of places in other countries too
        strong: Counter[str] = Counter()  # countries and regions named, by country
        streets: list[tuple[str, int, str]] = []  # names written only as a street's ("Dudley Terrace")
        towns: list[tuple[str, int, str]] = []  # towns named ("Evanston"): no vote
        for token, n in tokens.items():
            if n <= 0:
                continue
            if token in cache and cache[token] is None:
                continue  # most are known non-places
            place = self._place(token)  # (a known place may be this text's ordinary word: _place says so)
            there = located.get(token)
            if place is not None and there is not None and there != place.country:  # "Hanover, Va.": not Jamaica's parish
                place = geo.Place(place.name, "town" if place.kind == "country" else place.kind, there)
            if place is not None and place.kind == "town":
                towns.append((token, n, place.country))  # no vote, but a street's name may be read beside it
                continue
            if place is None or self.lex.media.fullmatch(token) or geo.is_area(place):
                continue  # an agency named as a capital is ("Sana", Sanaa); "Caraïbes", "Central America", of several countries: no vote
            if token in homonyms or place.kind == "country":
                # "Plymouth Avenue" in Minneapolis, "Monaco Way": a street named after a place that shares its name
                # or after a country tells no country ("Chicago Avenue", "California Road" still do); so does a
                # venue ("Hamilton High West", "Jordan Academy"; "Central Florida Regional Hospital" still does)
                n -= self._street_names(token, body) + self._venue_names(token, body)
                if n <= 0:
                    continue
            elif place.kind in _STREET_KINDS and n <= self._street_names(token, body):
                streets.append((token, n, place.country))  # "on Dudley Terrace": only a street's name, read last
                continue
            n -= self._seat_names(token, body) + self._owner_names(token, place, body)  # "based in Britain", "Qatar's ministry": no story's country
            n -= self._origin_names(token, body) + self._county_names(token, place, body)  # "originally from Mexico"
            if place.kind not in ("country", "capital"):  # "..., Zala said": a person speaks ("Ukraine says", "Moskau meldete": its government)
                n -= self._speaking_names(token, body)
            if n <= 0:
                continue
            if place.kind in ("country", "region"):
                strong[place.country] += n
            if place.kind not in ("country", "region") and token in homonyms and there is None:  # (a state's name is the state)
                ambiguous.append((token, n, place.country))
                continue
            counts[place.country] += n * (2 if place.kind == "country" else 1)
            named_by.setdefault(place.country, []).append(token)
        # "Hamilton", "Paris", "Salem": the reading in a country the text names, or one of whose
        # states or provinces it names, else where its other places lie, else the gazetteer's
        weak = counts.copy()  # every name's votes (a street's apart), an ambiguous one's for the gazetteer's reading
        for _, n, country in ambiguous:
            weak[country] += n
        for token, n, country in ambiguous:
            country = _reading(country, homonyms[token], strong, weak, n)
            counts[country] += n
            named_by.setdefault(country, []).append(token)
        # a street named after a city or region ("Chicago Avenue") still tells a country the text's other
        # names (a town's too: "Evanston police") lie in, but reads no other name there: "a fatal shooting on
        # Dudley Terrace" reads no Boston of the story in England; alone, or beside names of another
        # country, it tells none ("near West Ann Road": no Myanmar; "on Westmoreland Street" in Philadelphia:
        # no Jamaica)
        if streets:
            streets = self._streets_beside(streets, towns, counts, tokens, body)
        for token, n, country in streets:
            counts[country] += n
            named_by.setdefault(country, []).append(token)
        return counts, named_by

    def _given_or_title(self, word: str) -> bool:
        """Whether a capitalised word before a name may be a person's given name or title ("Scott",
        "Lt."): a word in lower case after its capital, or a known abbreviation; not an initial, the
        end of a sentence ("Trailblazer. Detroit"), a source or a medium ("News Boston")."""
        if word.endswith("."):
            return len(word) > 2 and word[:-1].lower() in self.lex.lang.abbreviations
        return (
            _GIVEN.fullmatch(word) is not None
            and not self._is_speaker_head(word)
            and self.lex.media.fullmatch(word) is None
            and not self._written_lower(word)  # (not "News Boston" where the text writes "news")
        )

    def _placed(
        self, names: Iterable[str], body: int, owns_speaker: bool = False, right_after: bool = False, named: bool = False
    ) -> bool:
        """Whether one of a country's names is written where a place is named: after a preposition of
        place ("in Aleppo", "near Nelson") or a word for a kind of place ("the city of Aden"), and not
        as the first word of a longer name ("at Medina High School"); with ``owns_speaker``, also
        before a speaker noun ("Boston Police"); with ``right_after``, only a preposition right before
        it counts, an article or words such as "northern" between ("in northern Jordan"; not "in the
        shooting of Sutton", where a person's surname is written); with ``named``, the name written right
        after a given name or a title is a surname there, not a place ("to imitate Michael Jordan")."""
        text = self.text
        before = self._right_after_preposition if right_after else self._after_preposition
        for name in names:
            at = text.find(name, body)
            while at >= 0:
                lo, end = max(body, at - 40), at + len(name)
                if owns_speaker and (following := _NEXT_CAPITALISED.match(text, end)) is not None and self._is_speaker_head(following.group(1)):
                    return True
                if named and self._after_given_name(lo, at):
                    at = text.find(name, end)
                    continue
                if (
                    (before(lo, at) or self.lex.settlement_before.match(text, lo, at) is not None)
                    and not ((following := _NEXT_CAPITALISED.match(text, end)) is not None and self._opens_longer(following.group(1)))
                    and not self._thing_before(lo, at)
                ):
                    return True
                at = text.find(name, end)
        return False

    def _after_given_name(self, lo: int, at: int) -> bool:
        """Whether a given name or a title stands right before ``at`` ("Michael Jordan", "Chief Jordan"; not a word
        such as "East" that may stand before a place's name)."""
        previous = _LAST_WORD.search(self.text, lo, at)
        return (
            previous is not None and self.text[previous.end(1) : at] == " "
            and self._given_or_title(previous.group(1)) and not self._may_precede_place(previous.group(1))
        )  # (not "at East Memphis")

    def _country_before_name(self, first: str, second: str) -> bool:
        """Whether a country's name stands before a word that looks like a surname ("Chad Couture", "Jordan
        Gray"): no place, no source, no kind of place, day or month; a person's name if :meth:`_person_pair`."""
        place = self._place(first)
        return (
            place is not None and place.kind == "country" and _GIVEN.fullmatch(first) is not None
            and _GIVEN.fullmatch(second) is not None and self._place(second) is None
            and not self._is_speaker_head(second) and not self._kind_word(second)
            and self.lex.days.fullmatch(second) is None and self.lex.month_word.fullmatch(second) is None
        )

    def _person_pair(self, given: str, name: str, body: int) -> bool:
        """Whether a place's name before another name is a person's given name there: the two are written
        before an age ("Nancy Agosto, 36,", "Jordan Gray (10)") or a verb of speech ("Austin Lee said"), or
        after a noun for a person ("suspect Chad Couture")."""
        text = self.text
        return self._written(
            f"{given} {name}", body,
            lambda at, end: _AGE_AFTER.match(text, end) is not None or self._speaks_at(at, end, body) or self._after_person_noun(body, at),
        ) > 0

    def _after_person_noun(self, body: int, at: int) -> bool:
        """Whether a lower-case noun for a person stands right before ``at`` ("suspect", "victim")."""
        previous = _LAST_WORD.search(self.text, max(body, at - 30), at)
        return (
            previous is not None and previous.group(1).islower()
            and (self.lex.person.fullmatch(previous.group(1)) is not None or previous.group(1) in self.lex.lang.one_victim_nouns)
        )

    def _after_preposition(self, lo: int, at: int) -> bool:
        """Whether a preposition of place stands before ``at``, up to five lower-case words between ("in the
        heavily shelled Aleppo")."""
        return self.lex.location_before.match(self.text[lo:at]) is not None

    def _right_after_preposition(self, lo: int, at: int) -> bool:
        """Whether a preposition of place stands right before ``at``, only articles and words such as
        "northern" between ("in Sutton", "in northern Jordan"; not "the shooting of Sutton")."""
        lang = self.lex.lang
        words = self.text[lo:at].split()[-4:]
        while words and (words[-1].lower() in lang.place_modifiers or self.lex.article.fullmatch(words[-1]) is not None):
            words.pop()
        return bool(words) and self.lex.preposition.fullmatch(words[-1]) is not None

    def _thing_before(self, lo: int, at: int) -> bool:
        """Whether an indefinite article and lower-case adjectives only stand right before a name ("next to
        a red Toyota car", "neben einem roten Toyota"): a thing's name (a car's make), not written as a place."""
        articles = self.lex.lang.indefinite_articles
        words = self.text[lo:at].split()[-3:]
        index = next((i for i in range(len(words) - 2, -1, -1) if words[i] in articles), None)
        return index is not None and all(
            word.isalpha() and word.islower() and word not in self.lex.stopwords and self.lex.preposition.fullmatch(word) is None
            for word in words[index + 1 :]
        )

    def _opens_longer(self, word: str) -> bool:
        """Whether a capitalised word after a place's name makes the name part of a longer one: no
        country or region ("Medina High", not "Kramatorsk Donetsk"), no source, day or month."""
        after = self._place(word)
        return (
            (after is None or after.kind not in ("country", "region"))
            and not self._is_speaker_head(word)
            and self.lex.days.fullmatch(word) is None
            and self.lex.month_word.fullmatch(word) is None
        )

    def _seat_names(self, name: str, body: int) -> int:
        """How often a name is written as a source's seat: after "based in", "basé au", "mit Sitz in", or
        before "ansässige" ("die in Großbritannien ansässige Beobachtungsstelle")."""
        if not self.lex.lang.seat_words:
            return 0
        text, before, after = self.text, self.lex.seat_before, self.lex.seat_after
        return self._written(
            name, body, lambda at, end: before.match(text, max(body, at - 30), at) is not None or after.match(text, end) is not None
        )

    def _origin_names(self, name: str, body: int) -> int:
        """How often a name is written as where a person comes from: after "originally from", "a native
        of", "stammte aus" ("originaire du Mali")."""
        if not self.lex.lang.origin_words:
            return 0
        text, before = self.text, self.lex.origin_before
        return self._written(name, body, lambda at, end: before.match(text, max(body, at - 40), at) is not None)

    def _speaking_names(self, name: str, body: int) -> int:
        """How often a name is written as a source (:meth:`_speaks_at`)."""
        return self._written(name, body, lambda at, end: self._speaks_at(at, end, body))

    def _speaks_at(self, at: int, end: int, lo: int) -> bool:
        """Whether the name at ``text[at:end]`` is a source: a verb of speech right after it ("..., Zala said",
        "Rodriguez told police") or right before it at the end of a clause ("..., said Zala.", "..., sagte
        Jordan."), and no preposition of place before it (not "police in Dallas said")."""
        text = self.text
        if text.startswith(" ", end) and self.lex.speech.match(text, end + 1) is not None:
            pass
        elif text[end : end + 1] in _CLAUSE_END and at > lo + 1 and text[at - 1] == " ":
            if self.lex.back_speech.match(text, max(lo, at - 30), at - 1) is None:
                return False
        else:
            return False
        return not self._after_preposition(max(lo, at - 40), at)

    def _name_pairs(self, body: int) -> Iterator[tuple[str, str]]:
        """Every two capitalised words in a row ("Ali Hassan"), overlapping ("Ali Hassan Kabul")."""
        if self.low is None:
            for m in _NAME_PAIR.finditer(self.text, body, overlapped=True):
                yield m.group(1), m.group(2)
            return
        for m in _name_pair_fast().finditer(self.text, body):  # one character consumed: every start
            yield m.group(0) + m.group(1), m.group(2)

    def _orgs(self, body: int) -> list[tuple[int, str]]:
        orgs: list[tuple[int, str]] = []
        for m in self.lex.named_any.finditer(self.text, body):
            if m.lastgroup:
                orgs.append((m.start(), self.lex.named_sources[int(m.lastgroup[1:])][1]))
        for m in _ACRONYM.finditer(self.text, body):
            token = m.group()
            if self._place(token) is None and self._place(token.title()) is None and not _ROMAN.fullmatch(token):
                orgs.append((m.start(), token))  # not "ALMATY" of a dateline
        orgs.sort()
        return orgs

    def _opens_other_name(self, first: str, second: str) -> bool:
        """Whether a town's or region's name is only the first word of another name: a capitalised word
        follows that is no place, no source, no day or month ("Ann Sands", "Levi Johnson", "Bexar County",
        "Plymouth Avenue", "Metro Video"), where only names are capitalised. Such a word votes for no
        country (a small foreign place must not make a local story foreign); "Hamilton Police" and
        "Kramatorsk Donetsk" still do."""
        place = self._place(first)
        if place is None or place.kind in ("country", "town"):
            return False
        after = self._place(second)
        return (
            (after is None or after.kind not in ("country", "region"))  # (not "Kramatorsk Donetsk")
            and self._place(f"{first} {second}") is None
            and (not self._is_speaker_head(second) or (self._kind_word(second) and self._named_otherwise(first, place)))
            and self.lex.days.fullmatch(second) is None
            and self.lex.month_word.fullmatch(second) is None
        )

    @staticmethod
    def _named_otherwise(word: str, place: geo.Place) -> bool:
        """Whether a name is a region's or another spelling of a city's ("Westmoreland", "Bexar" for
        Béchar): before a kind of place that is also a speaker ("Bexar County said"), the county's name,
        no vote for the place abroad; a city's own name ("Sacramento County") still votes."""
        return place.kind == "region" or place.name != word

    def _kind_word(self, word: str) -> bool:
        """Whether a word names a kind of place ("County", "Province"): "Bexar County" is a county's name."""
        return self.lex.settlement_after.match(f" {word}") is not None

    def _surname_alone(self, name: str, body: int) -> bool:
        """Whether a word written after a place's name is also written alone after a lower-case word
        that is no article: a person named in full, then by the surname ("Levi Johnson ... Police named
        Johnson"); not "Chicago Sun-Times ... the Sun-Times", "Fairfield Avenue ... Lafayette Avenue"."""
        text = self.text
        at = text.find(name, body)
        while at >= 0:
            previous = _LAST_WORD.search(text, max(body, at - 30), at)
            end = at + len(name)
            if (
                previous is not None
                and previous.group(1).islower()
                and self.lex.article.fullmatch(previous.group(1)) is None
                and not text[end : end + 1].isalpha()
            ):
                return True
            at = text.find(name, end)
        return False

    def _may_precede_place(self, word: str) -> bool:
        lang = self.lex.lang
        if lang.capitalized_nouns:
            return True
        known = memo(self.lex).precedes  # what the word tells by itself, the same in every document
        itself = known.get(word)
        if itself is None:
            if len(known) > MEMO_LIMIT:
                known.clear()
            lowered = word.lower()
            itself = known[word] = (
                lowered in lang.place_modifiers
                or lowered in self.lex.stopwords
                or self.lex.article.fullmatch(word) is not None
                or self.lex.preposition.fullmatch(word) is not None
            )
        # a country or region before a place ("Donetsk Kramatorsk"), not a town that is also a given
        # name ("Serena Kennedy": La Serena)
        return itself or ((place := self._place(word)) is not None and place.kind in ("country", "region"))
