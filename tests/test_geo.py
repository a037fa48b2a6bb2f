"""The gazetteer: names news writes, in both languages, resolve to one canonical place; common words
and organisations do not."""

from __future__ import annotations

import pytest

from casualty_reconcile.geo import Place, lookup
from casualty_reconcile.lang import get_language

DE = get_language("de")
EN = get_language("en")


@pytest.mark.parametrize(
    ("name", "canonical", "kind", "country"),
    [
        ("Kasachstan", "Kazakhstan", "country", "Kazakhstan"),
        ("Almaty", "Almaty", "city", "Kazakhstan"),
        ("Moskau", "Moscow", "capital", "Russia"),
        ("Dagestan", "Dagestan", "region", "Russia"),  # ISO 3166-2 "Dagestan, Respublika"
        ("Bihar", "Bihar", "region", "India"),  # ISO 3166-2 "Bihār", as English news writes it
        ("Bihār", "Bihar", "region", "India"),
        ("West Bengal", "West Bengal", "region", "India"),  # a subdivision in two words
        ("Maryland", "Maryland", "region", "United States"),  # two countries' regions: the more populous country's
        ("Montana", "Montana", "region", "United States"),
        ("Thüringen", "Thüringen", "region", "Germany"),  # an umlaut is kept
        ("Hama", "Hamah", "city", "Syria"),
        ("Köln", "Köln", "city", "Germany"),  # Latin-1 letters stay: not "Koln"
        ("Cologne", "Köln", "city", "Germany"),
        ("Dusseldorf", "Düsseldorf", "city", "Germany"),  # the ASCII spelling English news uses
        ("Gießen", "Gießen", "town", "Germany"),
        ("Herāt", "Herat", "city", "Afghanistan"),  # romanisation marks go
        ("Łódź", "Lodz", "city", "Poland"),
        # a city's own name is not taken by another city's old or foreign name
        ("Islamabad", "Islamabad", "capital", "Pakistan"),  # GeoNames also lists it for Chattogram
        ("Zaragoza", "Zaragoza", "city", "Spain"),  # ... and this for Tijuana
        ("Odessa", "Odesa", "city", "Ukraine"),  # a spelling of the city's own name keeps its place
        ("St. Petersburg", "Saint Petersburg", "city", "Russia"),
        # subdivisions without the generic word ISO 3166-2 adds, and over towns of their name
        ("Hubei", "Hubei", "region", "China"),  # "Hubei Sheng"
        ("Gyeonggi", "Gyeonggi", "region", "South Korea"),  # "Gyeonggi-do"
        ("Arizona", "Arizona", "region", "United States"),  # not the town in Honduras
        ("Florida", "Florida", "region", "United States"),  # not a name of Floridablanca, Colombia
        # German exonyms no time zone gives
        ("Nizza", "Nice", "city", "France"),
        ("Kalabrien", "Calabria", "region", "Italy"),
        ("Tirol", "Tyrol", "region", "Austria"),
        ("Venice", "Venice", "city", "Italy"),
        # countries whose name is also a word or a name: the country ("Georgia" is left out: the US state)
        ("Turkey", "Turkey", "country", "Turkey"),
        ("Jordan", "Jordan", "country", "Jordan"),
        ("Niger", "Niger", "country", "Niger"),
        ("Chad", "Chad", "country", "Chad"),
        ("US", "United States", "country", "United States"),
        ("Burma", "Myanmar", "country", "Myanmar"),
        ("Elfenbeinküste", "Ivory Coast", "country", "Ivory Coast"),
        ("Nice", "Nice", "city", "France"),
        # war news: the German spellings agencies use, and the English ones of today's wire copy
        ("Cherson", "Kherson", "city", "Ukraine"),
        ("Saporischschja", "Zaporizhzhia", "city", "Ukraine"),
        ("Bachmut", "Bakhmut", "town", "Ukraine"),
        ("Awdijiwka", "Avdiivka", "town", "Ukraine"),
        ("Lwiw", "Lviv", "city", "Ukraine"),
        ("Chan Junis", "Khan Younis", "city", "Palestinian Territories"),
        ("Gaza City", "Gaza City", "city", "Palestinian Territories"),
        ("Dschenin", "Jenin", "city", "Palestinian Territories"),
        ("Bergkarabach", "Nagorno-Karabakh", "region", "Azerbaijan"),
        ("Genf", "Geneva", "city", "Switzerland"),
        ("Tempi", "Tempi", "region", "Greece"),  # GeoNames lists it as a spelling of Tempe, Arizona
        ("Makijiwka", "Makiivka", "city", "Ukraine"),
    ],
    ids=lambda value: str(value),
)
def test_known_places(name: str, canonical: str, kind: str, country: str) -> None:
    assert lookup(name) == Place(canonical, kind, country)


@pytest.mark.parametrize("word", ["Hamas", "Polizei", "Police", "Halle", "Georgia"])
def test_organisations_and_common_words_are_no_places(word: str) -> None:
    assert lookup(word, DE.place_inflections, DE.place_prefixes) is None
    assert lookup(word, EN.place_inflections, EN.place_prefixes) is None


def test_inflected_and_prefixed_names() -> None:
    assert lookup("Kasachstans", DE.place_inflections) == lookup("Kasachstan")  # genitive
    assert lookup("Ostukraine", DE.place_inflections, DE.place_prefixes) == lookup("Ukraine")
    assert lookup("Leipzig-Connewitz", DE.place_inflections) == lookup("Leipzig")


def test_an_abbreviation_without_its_dot() -> None:
    # a dateline in capitals drops the dot ("FT LAUDERDALE (WXYZ) -", read as "Ft Lauderdale")
    assert lookup("Ft Lauderdale") == lookup("Fort Lauderdale") == lookup("Ft. Lauderdale")
    assert lookup("Ft Lauderdale") is not None
    assert lookup("Zz Lauderdale") is None  # only an abbreviation the gazetteer writes with its dot


def test_homonyms_list_the_other_countries_of_a_name() -> None:
    from casualty_reconcile.geo import homonyms, reading_in

    assert homonyms()["Hamilton"]["United States"] == "town"  # the gazetteer's Hamilton is Canada's
    assert "Kazakhstan" not in homonyms().get("Almaty", {})
    hamilton = lookup("Hamilton")
    assert hamilton is not None and hamilton.country != "United States"
    assert reading_in("Hamilton", hamilton, "United States") == Place("Hamilton", "town", "United States")
    assert reading_in("Hamilton", hamilton, "Germany") is None  # no Hamilton there: the gazetteer's stays
    assert reading_in("Hamilton", hamilton, None) is None


def test_a_hyphen_before_a_longer_name_opens_no_place() -> None:
    """The first part of a hyphenated name is its place only where one word follows the hyphen
    ("Leipzig-Connewitz"); several words after it make another name ("Miami-Dade Police Department",
    "Hawaii-Insel Maui")."""
    assert lookup("Miami-Dade") == lookup("Miami")
    assert lookup("Miami-Dade Police Department") is None
    assert lookup("Hawaii-Insel Maui") is None


def test_a_name_with_a_word_in_lower_case_is_one_name() -> None:
    """French writes words of a country's name in lower case ("République dominicaine", "Corée du Sud"): a run of
    capitalised words holds only the first, so such names are found by their first word (a wide area's too,
    "Amérique centrale")."""
    from casualty_reconcile.geo import lower_word_names

    starts, names = lower_word_names()
    assert {"République", "Corée", "Amérique"} <= starts
    text = "12 morts en Corée du Sud, selon"
    found = names.match(text, text.index("Corée"))
    assert found is not None and found.group() == "Corée du Sud"
    assert names.match("la Corée", 3) is None
    assert names.fullmatch("Amérique centrale") is not None


def test_wide_areas_are_places_of_no_country() -> None:
    """A wide area of several countries is a region the gazetteer gives no country ("Central America" is no vote
    for America, the United States; "Caraïbes" none for any)."""
    from casualty_reconcile.geo import is_area

    for name in ("Central America", "Mittelamerika", "Zentralamerika", "Amérique centrale"):
        assert lookup(name) == Place("Central America", "region", "")
    for name in ("Caribbean", "Karibik", "Caraïbes"):
        assert lookup(name) == Place("Caribbean", "region", "")
    for name in ("Latin America", "Lateinamerika", "Amérique latine", "South America", "Südamerika", "Amérique du Sud"):
        place = lookup(name)
        assert place is not None and is_area(place)
    france = lookup("Gard")
    assert france is not None and not is_area(france)  # a department of France is France's
