"""German: number words, qualifiers, and the lexicons of casualty reporting."""

from __future__ import annotations

from ..models import Category, OriginType, Qualifier
from .base import LanguageData
from .common import AS_STATED, GOVERNMENT_OF_COUNTRY

_GOV = GOVERNMENT_OF_COUNTRY
_G, _SM, _MA = OriginType.GOVERNMENT, OriginType.STATE_MEDIA, OriginType.MILITARY_ALLIANCE
_IM, _W, _NGO = OriginType.INDEPENDENT_MEDIA, OriginType.WITNESS, OriginType.NGO


def _side_says(noun: str) -> str:
    """Eine bewaffnete Seite als ganzes Subjekt eines Verbs des Sagens, nach "die" oder am Satzanfang: "Die Rebellen
    behaupteten" (nicht "das Ministerium der Huthi-Rebellen teilte mit", nicht "tötete 30 Rebellen, sagte ...")."""
    return (rf"{noun}(?<=\bdie {noun}|^{noun}|[.!?\"„“] {noun})"
            r"(?= (?:behaupteten|behaupten|erklärten|erklären|sagten|sagen|teilten|meldeten|berichteten)\b)")


_UNITS = {
    "null": 0, "eins": 1, "ein": 1, "eine": 1, "einen": 1, "einem": 1, "einer": 1,
    "zweier": 2, "dreier": 3, "zwei": 2, "zwo": 2, "drei": 3, "vier": 4, "fünf": 5, "fuenf": 5, "sechs": 6, "sieben": 7,
    "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "zwoelf": 12, "dreizehn": 13,
    "vierzehn": 14, "fünfzehn": 15, "fuenfzehn": 15, "sechzehn": 16, "siebzehn": 17,
    "achtzehn": 18, "neunzehn": 19, "zwanzig": 20, "dreißig": 30, "dreissig": 30, "vierzig": 40,
    "fünfzig": 50, "fuenfzig": 50, "sechzig": 60, "siebzig": 70, "achtzig": 80, "neunzig": 90,
}

_MULTIPLIERS = {
    "hundert": 100, "tausend": 1000,
    "million": 1_000_000, "millionen": 1_000_000, "milliarde": 1_000_000_000, "milliarden": 1_000_000_000,
    # "eine halbe Million", "einer halben Million": the article is read as one times half a million
    "halbe million": 500_000, "halben million": 500_000,
    # the long scale: eine Billion is 10**12
    "billion": 1_000_000_000_000, "billionen": 1_000_000_000_000,
}

_RELATIVE = {
    r"heute": 0, r"am heutigen tag": 0, r"gestern": -1, r"vorgestern": -2, r"am vortag": -1, r"tags zuvor": -1,
    r"in der nacht (?:zu(?:m)?|auf) heute": 0, r"(?:in der )?(?:vergangenen|letzten) woche": -7,
    r"vergangene woche": -7, r"letzte woche": -7, r"vor einer woche": -7, r"vor zwei tagen": -2, r"vor drei tagen": -3,
}
_MONTHS = {
    r"januar|jänner|jan\.": 1, r"februar|feber|feb\.|febr\.": 2, r"märz|maerz|mär\.": 3, r"april|apr\.": 4, r"mai": 5,
    r"juni|jun\.": 6, r"juli|jul\.": 7, r"august|aug\.": 8, r"september|sep\.|sept\.": 9, r"oktober|okt\.": 10,
    r"november|nov\.": 11, r"dezember|dez\.": 12,
}

_NOT_RANK = r"(?<!(?:tödlichste|schwerste|blutigste|größte|höchste|erste|einzige)[nrs]? (?:[\w-]+ ){0,3}seit)"  # "der tödlichste Angriff seit"

# "die Zahl der Toten des Erdbebens vom Dienstag stieg": the day of the event named, not of the figure
_EVENT_OF_DAY = r"(?:bebens|anschlags|angriffs|unglücks|unfalls|brandes|feuers|hochwassers|einsturzes|attentats|massakers)"
# das Ereignis nach "Bilanz der", keine Quelle: "die Bilanz der Massenpanik", "des Grubenunglücks", "der Unwetter"
_EVENT_OF_BILANZ = (
    r"[\w-]*(?:bebens|anschlags|angriffs|unglücks|unfalls|brandes|feuers|hochwassers|einsturzes|attentats|massakers"
    r"|panik|gedränges|explosion|katastrophe|flut|überschwemmungen|unwetters?|kämpfe|gewalt|unruhen|proteste|epidemie"
    r"|hitzewelle|meuterei|revolte|geiselnahme|luftangriffe?s?|angriffe|anschläge)"
)
# Gefangene, die fliehen, sind ausgebrochen, nicht vertrieben: "Bei dem Ausbruch flohen rund 800 Häftlinge",
# "12 Häftlinge sind geflohen" (das Nomen nach dem Verb in seinem Satz oder direkt davor)
_PRISONERS = r"(?:häftlinge|gefangene|insassen|inhaftierte|sträflinge)n?"
# ein Passiv ohne Urheber schätzt eine Sache, niemand spricht: "der Sachschaden wird auf 150.000 Euro geschätzt" (nicht "wird
# von Experten auf 40 geschätzt": der Urheber nach dem Hilfsverb)
_NO_AGENT = r"(?<!\b(?:wird|wurde|werden|wurden|ist|war) (?:jetzt |nun |inzwischen |vorläufig |insgesamt )?auf (?:[^,.;:!?]|(?<=\d)[.,](?=\d)){1,40} %s)"
_GESCHAETZT = r"geschätzt" + _NO_AGENT % "geschätzt"
_BEZIFFERT = r"beziffert" + _NO_AGENT % "beziffert"
# ein Passiv des Meldens ohne Urheber nach dem Hilfsverb nennt niemanden: "der Vorfall wurde in Berlin gemeldet" (der Vorfall
# spricht nicht; nicht "wurde von der Polizei gemeldet", "Vom Ministerium wurden 20 Tote gemeldet")
_GEMELDET = (
    r"gemeldet(?<!\b(?:wird|wurde|werden|wurden) (?:(?!von\b|vom\b|durch\b)[\w-]+ ){0,4}gemeldet)"
    r"|gemeldet(?<=\b(?:von|vom|durch) (?:[\w-]+ ){1,4}(?:wird|wurde|werden|wurden) (?:[\w-]+ ){0,4}gemeldet)"
)
# "schoss ... an", ein trennbares Verb der Angeschossenen, die Partikel nach dem Objekt: "schoss der Täter vier Menschen vor
# der Bar an und flüchtete" (das Wort zuerst, der Blick zurück läuft nur, wo es passte)
_SCHOSS_AN = r"an(?=[\s\"“”]*(?:[.,;:!?]|und\b|$))(?<=\b(?:schoss|schossen) (?:[\w-]+ ){1,8}an)"
_POLICE = r"polizei|polizisten|beamte|beamten|polizeibeamte|polizeibeamten|sicherheitskräfte|einsatzkräfte|bundespolizei|grenzpolizei"
_NO_PRISONERS = (
    rf"(?! (?:[\w-]+ ){{0,6}}?{_PRISONERS}\b)"
    rf"(?<!\b{_PRISONERS} (?:[\w-]+ ){{0,8}}(?:flohen|geflohen|fliehen))"
)
_DAY_PREFIX = rf"(?:am |vom(?<!{_EVENT_OF_DAY} vom) |bis |bis zum |in der nacht (?:zu(?:m)?|auf) )"  # (the literal first: the gate reads it)
_DAY_SUFFIX = r"(?:abend|morgen|vormittag|mittag|nachmittag|nacht)"
_WEEKDAYS = {
    rf"{_DAY_PREFIX}{day}\w*|{day}{_DAY_SUFFIX}": index
    for index, day in enumerate(("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "(?:samstag|sonnabend)", "sonntag"))
}

# (Buchstaben als Klassen, nicht als Eigenschaften: der Tail-Scan begrenzt die Breite einer Klasse)
_UPPER, _LOWER = "[A-ZÀ-ÖØ-Þ]", "[a-zß-öø-ÿ'’-]"
# ein Wort eines Namens, auch mit Bindestrich ("Müller-Lüdenscheidt")
_NAME_WORD = rf"{_UPPER}(?:{_LOWER}|(?<=-){_UPPER}){{1,20}}"
_LIST_NAME = rf"(?-i:{_NAME_WORD}(?: {_NAME_WORD}){{1,2}})"
# zwei Personen, mit Nomen genannt (für victim_list_words): die erste, die zweite (auch mit Possessiv:
# "ihr Sohn") und ein Alter davor ("ein 10-jähriges Mädchen")
_PAIR_AGE = r"(?:\d{1,2}-|[a-zäöüß]{3,14})jährige[rns]? "  # (auch in Worten: "ihr sechsjähriger Sohn")
# "die Zahl der bei dem Anschlag getöteten Menschen": zwischen "Zahl der" und dem Partizip ein Satzteil mit Präposition
# "während" als Konjunktion vor einem Subjekt ("während der Täter flüchtete", "während die Veranstalter von 20.000
# sprachen"), nicht als Präposition vor einem Genitiv ("während des Unwetters", "während der Hitzewelle im Juli"), die
# eine Zahl nicht von ihrem Verb trennt ("starben während der Hitzewelle 1047 Menschen")
_WAEHREND = (
    r"während(?! (?:des|eines|einer)\b)"
    r"(?! der (?:\w+ )?(?=\p{Lu})[\w-]*(?:ung|heit|keit|zeit|welle|nacht|woche|hitze|krise|feier|dürre|flut|pandemie|epidemie)\b)"
)
_ZAHL_DER_BEI = r"(?:an)?zahl der (?:bei|durch|nach|seit|in|im|am|auf|während) (?:[\w-]+ ){1,4}?"
# "erfasst" zählt ("Die Behörden haben 40 Tote erfasst"), außer wo ein Fahrzeug oder eine Naturgewalt jemanden erfasst: "wurde
# von einem Lastwagen erfasst", "von der Flutwelle erfasst" (die Behörde dagegen: "von den Behörden erfasst")
_ERFASST = (
    r"erfasst(?<!\bvon (?:einem|einer) (?:[\w-]+ ){1,2}erfasst)"
    r"(?<!\b(?:vom|von dem|von der|von den) (?:[\w-]+ )?[\w-]*(?:auto|wagen|fahrzeug|pkw|lkw|zug|bus|bahn|tram|motorrad|laster|transporter"
    r"|welle|lawine|flammen|strömung|feuer) erfasst)"
)
# kein Objekt nach dem Partizip: Täter, nicht Opfer ("Mann und Frau erschossen ihren Nachbarn")
_PAIR_NO_OBJECT = r"(?! (?:ein|eine|einen|einem|einer|den|dem|der|die|das|sein|seine|seinen|ihr|ihre|ihren|zwei|drei|\d)\b)"
# zwei Personen, mit Nomen genannt, als Objekt eines Verbs im Aktiv ("einen 39-jährigen Mann und einen 24-jährigen
# Mann", "eine Frau und ihren Sohn"), nicht das erste einer längeren Liste
_OBJECT_PAIR = (
    r"(?:außerdem |auch |zudem )?(?:einen|eine|seinen|seine|ihren|ihre) (?:\d{1,2}-jährige[nr]? )?"
    # (auch zwei Angehörige nach Possessiv: "verletzte seine Frau und seine Tochter")
    r"(?:Mann|Frau|Jungen|Mädchen|Kind|Jugendlichen|Sohn|Tochter|Vater|Mutter|Bruder|Schwester|Ehefrau|Ehemann|Freundin|Lebensgefährtin) und "
    # (die zweite Angehörige auch ohne Possessiv: "tötete seine Frau und Tochter")
    r"(?:(?:einen|eine|ihren|ihre|seinen|seine) )?(?:\d{1,2}-jährige[nr]? )?"
    r"(?:Mann|Frau|Jungen|Mädchen|Kind|Jugendlichen|Sohn|Tochter|Vater|Mutter|Bruder|Schwester|Ehefrau|Ehemann|Schwiegermutter)\b"
    # (nicht die ersten einer längeren Liste; ein Verb nach "und" beginnt einen neuen Satzteil: "tötete seine Frau und
    # seine Tochter und richtete die Waffe dann gegen sich")
    r"(?!-|,? (?:und|sowie) (?:(?-i:\p{Lu})|(?:ein|eine|einen|einem|seinen|seine|seinem|ihren|ihre|ihrem|den|die|dem|der|zwei|drei|vier|fünf|\d+)\b))"
)
# ein Aufenthalt in der Klinik, der andauert, ein Zeichen des Lebenden: "liegt weiterhin im Krankenhaus", "liegt noch
# auf der Intensivstation", "wird weiter im Krankenhaus behandelt" (nicht wo der Satz weiter von seinem Tod erzählt)
_STILL_IN_CARE = (
    r"|liegt (?:noch |weiterhin |weiter |nach wie vor )?(?:im Krankenhaus|in der Klinik|in einer Klinik|auf der Intensivstation)"
    r"(?![\w ,'()-]{0,120}\b(?:starb|gestorben|erlag|tot)\b)"
    r"|wird (?:noch |weiterhin |weiter )(?:im Krankenhaus|in der Klinik|auf der Intensivstation) behandelt"
    r"(?![\w ,'()-]{0,120}\b(?:starb|gestorben|erlag|tot)\b)"
    # ein Zustand, der andauert: "befindet sich weiterhin in kritischem Zustand", "schwebt noch in Lebensgefahr"
    r"|(?:befindet sich|ist) (?:noch |weiterhin |nach wie vor |noch immer )?in (?:kritischem|ernstem|stabilem|lebensbedrohlichem) Zustand"
    r"(?![\w ,'()-]{0,120}\b(?:starb|gestorben|erlag|tot)\b)"
    r"|schwebt (?:noch |weiterhin |nach wie vor |noch immer )?in Lebensgefahr"
    r"(?![\w ,'()-]{0,120}\b(?:starb|gestorben|erlag|tot)\b)"
)
# in eine Klinik verlegt oder geschickt: "in eine Spezialklinik verlegt", "in die Uniklinik geschickt"
_IN_KLINIK_VERLEGT = (
    r"in (?:ein|eine|die|das|den) (?:[\w-]+ )?(?:krankenhaus|klinik|spezialklinik|uniklinik|universitätsklinik|klinikum)"
    r" (?:verlegt|geschickt)"
)
# verletzt, nicht getötet: "wurde schwer verletzt", "wurde angeschossen"
# eine Versorgung in der Vergangenheit, danach im Satz ein Zustand nur der Lebenden: "wurde mit schweren Verletzungen ins
# Krankenhaus gebracht, schwebt aber nicht in Lebensgefahr", "wurde mit leichten Verletzungen in eine Klinik gebracht"
# (nach einem Pronomen; nicht wo der Satz von einem Tod weitererzählt)
_IN_KLINIK_GEBRACHT = r"(?:in ein Krankenhaus|in eine Klinik|ins Krankenhaus|in die Klinik) (?:gebracht|eingeliefert|geflogen)(?![\w ,'()-]{0,120}\b(?:starb|gestorben|erlag|tot)\b)"
_PFLEGE_DANN_LEBEND = (
    r"(?:wurde (?:später |dann |anschließend )?mit leichten Verletzungen " + _IN_KLINIK_GEBRACHT
    + r"|wurde (?:später |dann |anschließend )?(?:mit (?:[\w-]{1,20} ){0,2}Verletzungen )?" + _IN_KLINIK_GEBRACHT
    + r"[\w ,'-]{0,60}?\b(?:ist (?:aber |inzwischen )?außer Lebensgefahr|schwebt (?:aber )?nicht in Lebensgefahr|(?:wurde )?(?:ambulant behandelt|(?:[\w-]{1,20} ){0,3}?wieder entlassen)))"
)

# Wörter am Satzanfang, die kein Name sind: Pronomen, Mengen, Gruppen, Adverbien ("Später starb er")
_KEIN_NAME = (
    r"Er|Sie|Es|Einer|Eine|Ein|Keiner|Niemand|Beide|Alle|Jeder|Viele|Manche|Mehrere|Zwei|Drei|Vier|Fünf|Polizei|Behörden"
    r"|Ermittler|Dieser|Diese|Das|Der|Die|Dort|Dann|Danach|Später|Kurz|Wenig|Noch|Zuvor|Dabei|Inzwischen|Heute|Gestern"
    r"|Damals|Anschließend|Schließlich|Jetzt|Nun|Sofort|Daraufhin|Dennoch|Auch|Hier|Wer|Welcher|Welche|Somit|Trotzdem"
    # (ein Artikel oder eine Präposition vor einem Nomen, beide groß am Satzanfang: "Der Stiefvater starb", "Im
    # Krankenhaus starb ...")
    r"|Den|Dem|Des|Im|In|Am|An|Beim|Bei|Nach|Vor|Mit|Auf|Zum|Zur|Von|Vom|Aus|Für|Unter|Über|Seine|Sein|Ihre|Ihr|Kein|Keine"
)

_HURT = (
    r"wurde (?:schwer |leicht |lebensgefährlich )?verletzt|wurde angeschossen"
    # ein Umstand des Unfalls davor: "wurde bei der Vollbremsung leicht verletzt", "wurde von dem Wagen erfasst und schwer
    # verletzt"
    r"|wurde bei (?:dem|der|einem|einer) [\w-]{1,30} (?:schwer |leicht |lebensgefährlich )?verletzt"
    r"|wurde (?:von (?:dem|der|einem|einer) [\w-]{1,30} )?erfasst und (?:schwer |leicht |lebensgefährlich )?verletzt"
    # einer mehr neben den zuvor genannten Opfern: "Der Mann wurde ebenfalls angeschossen" (figure.shot-also)
    r"|wurde (?:ebenfalls|auch) (?:schwer |leicht |lebensgefährlich )?(?:verletzt|angeschossen)"
    # von einer Kugel getroffen, tot oder lebend (shot_words): "Der Junge wurde von einer verirrten Kugel getroffen"
    r"|wurde von (?:einer |einem )?(?:verirrten )?(?:Kugel|Projektil|Querschläger) getroffen"
)
# von einer Kugel an einem Glied getroffen, wer lebt: "wurde ins Bein geschossen", "wurde am Arm getroffen", "wurde von
# einer Kugel an der Schulter getroffen"
_HIT_IN_LIMB = (
    r"wurde (?:von einer kugel |von einem projektil )?(?:ins|in das|in den|in die|am|an der|an den) (?:linke |rechte |linken |rechten )?"
    r"(?:bein|beine|arm|hand|fuß|knie|schulter|oberschenkel|unterschenkel|gesäß|hüfte|knöchel|oberarm|unterarm) (?:getroffen|geschossen)"
)  # (in small letters: the tail scan's gate reads the words after an age in brackets as written)
# Angehörige, männlich und weiblich ("ihr Sohn", "seine Tochter", "Müllers Tochter")
_RELATIVES_M = r"Sohn|Bruder|Neffe|Enkel|Vater|Freund|Mann"
_RELATIVES_F = r"Tochter|Schwester|Nichte|Enkelin|Mutter|Freundin|Frau"
# Personen, die vor einer Liste gezählt werden, an deren Ende das Paar stünde ("drei Männer, ein Mann und eine Frau")
_PAIR_PLURAL = r"Männer|Frauen|Jungen|Mädchen|Kinder|Menschen|Personen|Jugendliche|Opfer|Erwachsene"
_PAIR_FIRST = r"Mann|Frau|Junge|Mädchen|Jugendliche[rn]?|Mutter|Vater|Kind|Baby|Kleinkind|Säugling"
# (auch eine Rolle zuerst: "ein Polizist und ein Passant")
_PAIR_FIRST += r"|Polizist|Polizistin|Passant|Passantin|Kassierer|Kassiererin|Verkäufer|Verkäuferin|Fahrer|Fahrerin"
# (auch wer im Verkehr unterwegs war: "ein 63-jähriger Autofahrer und seine Beifahrerin")
_PAIR_FIRST += r"|Autofahrer|Autofahrerin|Motorradfahrer|Motorradfahrerin|Radfahrer|Radfahrerin|Fußgänger|Fußgängerin|Rentner|Rentnerin"
# (auch ein Angehöriger nach einem Possessiv: "Ihre Schwester und ihre Mutter wurden durch Schüsse verletzt")
_PAIR_FIRST += r"|Schwester|Bruder|Sohn|Tochter|Ehemann|Ehefrau|Großmutter|Großvater|Freund|Freundin"
_PAIR_SECOND = (
    r"Mann|Frau|Junge|Mädchen|Jugendliche[rn]?|Sohn|Tochter|Mutter|Vater|Kind|Baby|Kleinkind|Säugling|Ehemann|Ehefrau"
    r"|Freund|Freundin|Lebensgefährte|Lebensgefährtin|Schwester|Bruder|Großmutter|Großvater"
    # (auch wer mit Beruf oder Rolle genannt ist: "ein Mann und eine Kassiererin")
    r"|Kassierer|Kassiererin|Verkäufer|Verkäuferin|Polizist|Polizistin|Passant|Passantin|Nachbar|Nachbarin|Rentner|Rentnerin"
    r"|Kunde|Kundin|Fahrer|Fahrerin|Beifahrer|Beifahrerin|Schüler|Schülerin|Student|Studentin"
)

# injured_object_words: eine Person als Objekt eines Verbs der Verletzung, das Verb zuerst: ein Angehöriger
# oder eine Rolle nach Possessiv oder Artikel ("verletzte dabei seinen Vater schwer", "verletzte den
# 45-jährigen Kassierer"), einer, dem ins Bein geschossen wurde ("schoss einem 30-Jährigen ins Bein", "traf
# seine Begleiterin am Arm"); nicht die erste einer Liste ("seine Frau und zwei Kinder"), nicht tödlich
_OBJECT_NOUNS = (
    r"Vater|Sohn|Bruder|Neffe|Neffen|Enkel|Freund|Mann|Ehemann|Lebensgefährten|Nachbarn?|Kollegen|Begleiter|Beifahrer"
    r"|Kassierer|Verkäufer|Passanten|Polizisten|Beamten|Jungen|Großvater|Onkel|Cousin|Schwager|Stiefvater|Stiefsohn|Kunden|Gast"
    r"|Mutter|Tochter|Schwester|Nichte|Enkelin|Freundin|Frau|Ehefrau|Lebensgefährtin|Nachbarin|Kollegin|Begleiterin|Beifahrerin"
    r"|Kassiererin|Verkäuferin|Passantin|Polizistin|Beamtin|Großmutter|Tante|Cousine|Schwägerin|Stiefmutter|Stieftochter|Kundin"
    r"|\d{1,3}-Jährigen|\d{1,3}-Jährige"
)
_OBJECT_ONE = (
    r"(?:\d{1,3}-jährigen |\d{1,3}-jährige |jungen |junge |älteren |ältere )?(?:" + _OBJECT_NOUNS + r")"
    r"(?![\w-])(?!,? (?:und|oder|sowie)\b|, (?:seinen|seine|ihren|ihre|den|die|einen|eine|zwei|drei|vier|\d+)\b|s\b)"
)
# (im Nominativ, für das Subjekt nach "wurde")
_SUBJECT_NOUNS = (
    r"Vater|Sohn|Bruder|Neffe|Enkel|Freund|Ehemann|Lebensgefährte|Nachbar|Kollege|Begleiter|Beifahrer|Kassierer|Verkäufer|Passant"
    r"|Polizist|Beamte|Junge|Fahrer|Radfahrer|Fußgänger|Großvater|Onkel|Cousin|Schwager|Stiefvater|Stiefsohn|Kunde"
    r"|Mutter|Tochter|Schwester|Nichte|Enkelin|Freundin|Ehefrau|Lebensgefährtin|Nachbarin|Kollegin|Begleiterin|Beifahrerin"
    r"|Kassiererin|Verkäuferin|Passantin|Polizistin|Beamtin|Fahrerin|Radfahrerin|Fußgängerin|Großmutter|Tante|Cousine|Kundin"
    r"|\d{1,3}-Jährige"
)
# (das Subjekt nach dem Verb, wo ein Satzteil voransteht: "Dabei verletzte der Täter seinen Vater schwer")
_OBJECT_SUBJECT = r"(?: (?:er|sie|der (?:Täter|Mann|Schütze|Angreifer|Unbekannte|\d{1,3}-Jährige)|die (?:Täterin|Frau|\d{1,3}-Jährige)))?"
_OBJECT_ASIDE = r"(?: (?:dabei|auch|außerdem|zudem|ebenfalls|noch|anschließend|zuvor|offenbar|mutmaßlich))?"
# (eine Zeitangabe zwischen dem Verb und seinem Objekt: "tötete am Freitagabend den 24-Jährigen", "erschoss in der
# Nacht zu Sonntag seinen Bruder")
_WEEKDAY = r"(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag)"
_OBJECT_TIME = (
    r"(?: (?:am (?:frühen |späten )?(?:" + _WEEKDAY + r"(?:abend|morgen|nachmittag|vormittag|mittag)?|Abend|Morgen|Nachmittag|Vormittag)"
    r"|in der Nacht(?: zu[mr]? " + _WEEKDAY + r")?|gestern(?: ?(?:abend|nachmittag|morgen))?|vorgestern))?"
)
# (s36inj3) der, auf den geschossen wurde ("schoss auf seine Frau", getroffen nur mit "und verletzte sie"), und kein Wort des
# Todes im Rest des Satzes
# (und ein Verb danach beginnt keine Liste: "schoss auf seine Frau und flüchtete")
_SHOT_ONE = _OBJECT_ONE.replace(r"(?!,? (?:und|oder|sowie)\b|", r"(?!,? (?:und(?! (?:verletzte|verletzten|verwundete|verwundeten|flüchtete|flüchteten|floh|flohen)\b)|oder|sowie)\b|")
_SHOT_AT_ONE = r" auf (?:einen|eine|seinen|seine|ihren|ihre|dessen|deren|den|die) " + _SHOT_ONE
# (s37inj4) zwei, denen geschossen wurde, beide im Dativ vor der Stelle des Körpers: zwei Angeschossene, tot oder lebend
# ("schoss seiner Frau und seinem Sohn in den Rücken", wie englisch "shot his wife and son"; keine dritte Person danach)
_DATIVE_ARTICLE = r"(?:einem|einer|seinem|seiner|ihrem|ihrer|dem|der)"
_DATIVE_NOUN = r"(?:\d{1,3}-jährigen |\d{1,3}-jährige |jungen |junge |älteren |ältere )?(?:" + _OBJECT_NOUNS + r")(?![\w-])"
_SHOT_PAIR = rf" (?P<item>{_DATIVE_ARTICLE} {_DATIVE_NOUN}) und (?P<item>(?:{_DATIVE_ARTICLE} )?{_DATIVE_NOUN})"
_NO_DEATH_AFTER = r"(?![^.;!?]{0,80}?\b(?:tödlich|getötet|tot|starb|starben|verstarb|erlag|erschossen|erschoss|ums Leben)\b)"
_OBJECT_LIMB = (
    r"(?:ins|in das|in den|in die|am|an der|an den|an die) (?:linke |rechte |linken |rechten )?"
    r"(?:Bein|Beine|Arm|Arme|Hand|Fuß|Knie|Schulter|Oberschenkel|Unterschenkel|Gesäß|Hüfte|Knöchel|Oberarm|Unterarm)\b"
)

# Menschen mit Schusswunden, tot oder lebend: "fanden vier Männer mit Schussverletzungen, einer von ihnen starb später"
# sind die Angeschossenen (die Verletzten sind die anderen: shot_words), nicht vier Tote (das Verb nach der Wunde)
_MIT_SCHUSSWUNDEN = r"mit (?:(?:mehreren|schweren|lebensgefährlichen) )?(?:schussverletzungen|schusswunden)"

LANGUAGE = LanguageData(
    code="de",
    name="German",
    decimal_separator=",",
    number_words=_UNITS,
    multiplier_words=_MULTIPLIERS,
    number_joiners=("und",),
    compound_numbers=True,
    not_alone=frozenset({"ein", "eine", "einen", "einem", "einer", "null"}),
    article_ages=(r"\d{1,3} jahre alte[nrs]?",),  # "Ein 34 Jahre alter Mann wurde leicht verletzt"
    pair_words=frozenset({"beide", "beiden"}),
    scale_words={
        r"millionen|million|mio\.?": 1_000_000,
        r"milliarden|milliarde|mrd\.?": 1_000_000_000,
        r"billionen|billion|bio\.": 1_000_000_000_000,
        r"tausend|tsd\.": 1000,
        r"hundert": 100,
    },
    dozen_words={"dutzend": 12, "ein halbes dutzend": 6, "halbes dutzend": 6, "eines halben dutzends": 6},
    vague_words={
        r"dutzende[nr]?|duzende[nr]?": "dozens",
        r"hunderte[nr]?": "hundreds",
        r"tausende[nr]?": "thousands",
        r"abertausende[nr]?": "thousands",
        r"zehntausende[nr]?": "tens_of_thousands",
        r"zigtausende[nr]?": "tens_of_thousands",
        r"hunderttausende[nr]?": "hundreds_of_thousands",
        r"millionen": "millions",
        r"mehrere[nr]?": "several",
        r"einige[nr]?": "a_few",
        r"ein paar": "a_few",
        r"(?:eine )?handvoll": "a_few",
        r"etliche[nr]?": "several",
    },
    qualifiers={
        r"mindestens|wenigstens|zumindest|nicht weniger als": Qualifier.AT_LEAST,
        r"mehr als|über|weit über|gut|mehr denn|oberhalb von|jenseits von": Qualifier.MORE_THAN,
        # "Die Zahl der Toten überstieg 5000"
        r"überstieg|übersteigt|überschritt|überschreitet|überschritten|übertraf|übertrifft": Qualifier.MORE_THAN,
        r">": Qualifier.MORE_THAN, r"<": Qualifier.LESS_THAN,
        r">=|> =|≥|mehr als oder gleich|größer als oder gleich|größer oder gleich|mindestens gleich": Qualifier.AT_LEAST,
        r"<=|< =|≤|weniger als oder gleich|kleiner als oder gleich|kleiner oder gleich": Qualifier.AT_MOST,
        r"größer als|höher als": Qualifier.MORE_THAN,
        r"kleiner als|niedriger als": Qualifier.LESS_THAN,
        r"höchstens|maximal|nicht mehr als|allenfalls": Qualifier.AT_MOST,
        r"weniger als|unter|nicht einmal": Qualifier.LESS_THAN,
        r"rund|etwa|ungefähr|circa|ca\.|zirka|an die|schätzungsweise|geschätzte|geschätzt|annähernd|um die": Qualifier.ABOUT,
        r"knapp|fast|beinahe|nahezu|knapp unter": Qualifier.ALMOST,
        r"bis zu": Qualifier.UP_TO,
    },
    qualifiers_after={
        r"oder mehr|und mehr|plus": Qualifier.AT_LEAST,
        r"oder weniger": Qualifier.AT_MOST,
    },
    range_openers=("zwischen",),
    range_joiners=("bis", "und", "oder"),
    period_ordinals=True,  # "am 5. Januar", "der 3. Versuch"
    month_names=(
        r"januar|jänner|februar|feber|märz|maerz|april|mai|juni|juli|august|september|oktober|november|dezember",
        r"jan\.|feb\.|febr\.|mär\.|apr\.|jun\.|jul\.|aug\.|sep\.|sept\.|okt\.|nov\.|dez\.",
    ),
    not_count_before=(
        # das Modell eines Flugzeugs nach seinem Hersteller: "eine Boeing 737", "eine ATR 72" (keine Zahl von Menschen)
        r"(?-i:Boeing|ATR|Antonov|Tupolev|Ilyushin|Embraer|Bombardier|Cessna|Fokker|Sukhoi|Douglas|Dash)",
        r"im jahr(?:e)?", r"jahr(?:e)?", r"seit", r"nr\.", r"nummer", r"paragra(?:f|ph)", r"artikel", r"§",
        r"platz", r"kapitel", r"seite", r"um", r"ab", r"kw", r"tempo", r"stufe",
        r"[$€£¥]", r"euro", r"dollar", r"franken", r"tenge", r"rubel", r"us-dollar", r"alter von", r"im alter von",
        # die Mitte einer Liste von Altern, in Ziffern oder Worten: "im Alter von 18, 19 und 22 Jahren", "von drei, fünf und acht"
        r"alter von (?:(?:\d{1,3}|\p{L}{3,12}), )*(?:\d{1,3}|\p{L}{3,12}),",
        r"notruf(?:nummer)?", r"(?:wählte|wählten) (?:die |den )?",
        r"(?:rief|riefen) (?:die|den)",  # "rief die 110" (not "riefen 40.000 Anwohner zur Evakuierung auf") r"kanal", r"sender",
        r"flug", r"linie", r"bus", r"route", r"landstraße", r"autobahn", r"a", r"b", r"l", r"zimmer",
        r"(?:jünger|älter) als",  # ein Alter: "jünger als 18"
        r"pro",  # eine Rate: "19 Tote pro 100.000 Einwohner"
    ),
    # (ein Verb des Todes im Singular: "Anna Krause, 22 starb am Tatort"; keine Zahl mehrerer Toter, die starben)
    age_after_name=(r"war", r"ist", r"wurde", r"hat", r"hatte", r"aus(?-i:(?= \p{Lu}))", r"starb", r"verstarb", r"erlag"),
    digits_not_count_before=(
        # eine Adresse, eine Straße mit Nummer: "Hausnummer 12", "Kreisstraße 7"; ein Alter: "beide 37", "damals 40", "die Jüngste war 15"
        r"hausnummer", r"(?:kreis|staats|bundes|landes|gemeinde)straße", r"(?<=, )(?:beide|ebenfalls|damals)",
        r"(?:der|die) (?:jüngste|älteste)(?: \w+)? (?:war|ist)",
        r"\d{1,3} ?/",  # die zweite Zahl eines Bilderzählers: "1 / 8 Zurück zur Galerie"
        # die Stunde eines Todes: "Der Mann starb gegen 5 im Krankenhaus", "wurde kurz nach 5 für tot erklärt" (die Toten
        # stehen vor dem Verb, nie als Zahl nach "gegen")
        r"(?:starb|verstarb|wurde) (?:um|gegen|kurz nach|kurz vor)(?: etwa)?",
    ),
    not_count_after=(
        r"- (?:oder|bis) \d{1,3}-jährige[nmrs]?",  # eine Altersspanne: "ein 13- oder 14-jähriger Junge"
        # ein Alter am Ende eines Relativsatzes: "Ihre Mutter, die nach Angaben der Polizei etwa 40 ist, wurde verletzt" (nicht
        # der einer Zahl: "Die Zahl der Toten, die inzwischen 40 ist,")
        r" (?:ist|sei|war)(?= ?,)(?<=, (?:die|der) (?:[\w-]+ ){0,6}\d{1,3} (?:ist|sei|war))"
        r"(?<!\b(?:zahl|bilanz)\w*(?: [\w-]+){0,3}, (?:die|der) (?:[\w-]+ ){0,6}\d{1,3} (?:ist|sei|war))",
        r" ?/ ?\d{1,3}(?![\d.,])",  # ein Bilderzähler: "1 / 8 Zurück zur Galerie"
        r"-?jährige[nmrs]?", r"-?jähriger", r"jahre alte?[nmrs]?", r"jahre alt", r"lebensjahr", r"jahre", r"jahren",
        r"drittel[n]?", r"viertel[n]?", r"fünftel[n]?", r"zehntel[n]?",  # "zwei Drittel der Opfer": a share
        r"jahr", r"monate[n]?", r"monat", r"wochen", r"woche", r"tage[n]?", r"tag", r"stunden", r"stunde",
        r"minuten", r"minute", r"sekunden", r"uhr", r"h\b", r"prozent", r"%", r"prozentpunkte", r"promille",
        r"euro", r"eur\b", r"€", r"dollar", r"us-dollar", r"\$", r"franken", r"pfund", r"rubel", r"tenge", r"cent",
        r"kilometer", r"km", r"millimeter", r"mm", r"zentimeter", r"meter", r"m\b", r"zentimeter", r"cm", r"grad", r"°", r"kilo(?:gramm)?", r"kg",
        r"tonnen", r"t\b", r"liter", r"hektar", r"quadratkilometer", r"km/h", r"ps", r"punkte", r"tore",
        # a distance in blocks of houses: "Zwei Menschen wurden etwa drei Häuserblocks von der Schule entfernt angeschossen"
        r"(?:häuser|wohn)?bl[oö]ck(?:s|e|en)?",
        r"-?einwohner(?:in|innen)?(?! (?:wurden|mussten|sind (?:ums|gestorben|geflohen|evakuiert)|kamen|flohen|starben))", r"einwohnerinnen und einwohner", r"bürger(?:innen)? zählt",
        r"\.\s*(?:jahrhundert|jahrestag|mal|platz|runde|stock|etage|klasse)",
        r"male?\b", r"fach\b", r"-fach", r"stelligen", r"weitere male?\b", r"(?:oder|bis) \p{L}+ male?\b", r"arbeitsstunden",
        # die Infizierten eines Ausbruchs, keine Bilanz (wie englisch "infected more than 4,000" in not_count_before): "hat 112
        # Menschen getötet und mehr als 4000 infiziert", "4000 Menschen steckten sich an"
        r"(?:menschen |personen )?(?:infiziert|angesteckt|infizierten sich|steckten sich an)", r"infizierte[n]?", r"neuinfektionen",
    ),
    count_context_before=(
        r"(?:stieg|steigt|stiegen|gestiegen|erhöhte sich|erhöhten sich|erhöht|kletterte|geklettert|wuchs|angewachsen|"
        r"sank|gesunken|korrigiert|korrigierte|bezifferte[n]?|beziffert)(?: [\w-]+){0,5} auf",
        r"(?:liegt|lag|liegen|lagen)(?: [\w-]+){0,3} bei",
        # eine Änderung von einer Zahl zur anderen: "korrigierte die Zahl der Toten von 1400 auf 1200"
        r"(?:stieg|stiegen|gestiegen|erhöhte[n]?|erhöht|sank|sanken|gesunken|senkte[n]?|gesenkt|korrigiert|korrigierte[n]?)(?: [\w-]+){0,6} von",
        r"von \d[\d.]* auf",
        # die Zahl, mit der eine Bilanz angegeben wird: "gab die Zahl der Verletzten mit 1200 an", "die Zahl der Toten auf 1500 beziffert"
        r"(?:an)?zahl der(?: [\w-]+){1,3} (?:mit|auf)",
    ),
    # ---- numbers: fractions, scales, ambiguous words, range forms ----
    fraction_words={
        "halb": (1, 2), "halbe": (1, 2), "halben": (1, 2), "halbes": (1, 2),
        "anderthalb": (3, 2), "eineinhalb": (3, 2), "einundhalb": (3, 2),
        "drittel": (1, 3), "dritteln": (1, 3), "viertel": (1, 4), "vierteln": (1, 4), "dreiviertel": (3, 4),
    },
    suffix_scales={"k": 1000},
    ambiguous_number_words=frozenset({"tausend", "hundert"}),
    not_number_before=(r"der", r"die", r"das", r"dem", r"den", r"des", r"sein", r"seine", r"ihr", r"ihre"),
    approximate_nouns={
        r"ein gutes dutzend|gut ein dutzend": (12, Qualifier.MORE_THAN),
        r"ein knappes dutzend": (12, Qualifier.ALMOST),
        r"ein bis zwei dutzend": ((12, 24), Qualifier.RANGE),
    },
    # eine Zahl von Opfern im Wort: "ein Doppelmord", "der Dreifachmord"; ein erweiterter Suizid nennt
    # den Tod des Täters (die Opfer werden für sich gezählt)
    multiplicity_words={
        r"doppelmord(?:e?s)?|zweifachmord(?:e?s)?": (2, Qualifier.EXACT, Category.DEATHS, "all"),
        r"dreifachmord(?:e?s)?": (3, Qualifier.EXACT, Category.DEATHS, "all"),
        # einer, tödlich verletzt, als Subjekt nach dem Hilfsverb, wo ein Satzteil voransteht: "Dabei wurde der Beifahrer
        # tödlich verletzt" (wie die Verletzten in injured_object_words; ein Artikel "ein" zählt schon selbst)
        r"wurde" + _OBJECT_ASIDE + r"(?: auch)? (?:sein|ihr|dessen|deren|der|die) (?:\d{1,3}-jährige |\d{1,3} Jahre alte |junge |ältere )?"
        r"(?:" + _SUBJECT_NOUNS + r")(?![\w-])(?!,? (?:und|oder|sowie)\b)(?= (?:\w+ ){0,5}?tödlich (?:verletzt|getroffen)\b)": (
            1, Qualifier.EXACT, Category.DEATHS, "all"),
        # Personen, von denen schon die Rede war, wieder mit ihrem Alter in der Mehrzahl genannt, als Subjekt eines Verbs
        # der Tötung oder Verletzung: mindestens zwei ("Die 17-Jährigen wurden noch am Tatort für tot erklärt"; eine Zahl
        # vor dem Alter zählt selbst: "die beiden 17-Jährigen", "die zwei 17-Jährigen")
        r"die \d{1,3}-jährigen(?= (?:wurden|sind|waren) (?:beide |noch |später )?(?:[\w-]+ ){0,4}?(?:getötet|erschossen|für tot erklärt"
        r"|tot aufgefunden|tödlich (?:verletzt|getroffen))\b| (?:beide )?(?:starben|sind gestorben|sind tot|waren tot)\b)": (
            2, Qualifier.AT_LEAST, Category.DEATHS, "all"),
        r"die \d{1,3}-jährigen(?= (?:wurden|sind|waren) (?:beide |dabei )?(?:(?:schwer|leicht|lebensgefährlich) )?verletzt\b)": (
            2, Qualifier.AT_LEAST, Category.INJURIES, "all"),
        # die Zahl der Toten bisher, mit einer Ordnungszahl: "Drittes Opfer gestorben", "ein zweiter Verletzter ist gestorben"
        r"zweite[sr]? (?:Opfer|Verletzte[rs]?|Mann|Frau)(?= (?:ist )?(?:gestorben|stirbt|starb)\b)": (2, Qualifier.AT_LEAST, Category.DEATHS, "all"),
        r"dritte[sr]? (?:Opfer|Verletzte[rs]?|Mann|Frau)(?= (?:ist )?(?:gestorben|stirbt|starb)\b)": (3, Qualifier.AT_LEAST, Category.DEATHS, "all"),
        r"vierte[sr]? (?:Opfer|Verletzte[rs]?|Mann|Frau)(?= (?:ist )?(?:gestorben|stirbt|starb)\b)": (4, Qualifier.AT_LEAST, Category.DEATHS, "all"),
        r"vierfachmord(?:e?s)?": (4, Qualifier.EXACT, Category.DEATHS, "all"),
        r"erweiterte[nrm]? (?:suizid|selbstmord)(?:e?s)?": (1, Qualifier.EXACT, Category.DEATHS, "attackers"),
        # der Tod des Täters: "der Schütze erschoss sich anschließend selbst"
        r"erschoss sich (?:anschließend |danach |dann |später )?selbst": (1, Qualifier.EXACT, Category.DEATHS, "attackers"),
        r"richtete (?:die|seine|ihre) waffe (?:anschließend |danach |dann |später )?gegen sich(?: selbst)?": (1, Qualifier.EXACT, Category.DEATHS, "attackers"),
        r"tötete sich (?:anschließend |danach |dann |später )?selbst": (1, Qualifier.EXACT, Category.DEATHS, "attackers"),
        # wer sich versehentlich erschoss, ist das Opfer: "Der Junge schoss sich beim Spielen versehentlich in den Kopf
        # und starb"
        r"schoss sich (?=(?:[\w-]+ ){0,5}?(?:versehentlich|aus versehen)\b)(?:[\w-]+ ){1,10}?und (?:starb|erlag)": (1, Qualifier.EXACT, Category.DEATHS, "all"),
        # ein Opfer nach einem Verb der Tötung im Aktiv: "soll seinen Cousin erschossen haben" ist Perfekt, hier das
        # Präteritum: "Der 16-Jährige erschoss seinen Cousin", "tötete den 13-Jährigen", auch nach einer Zeitangabe
        # ("tötete am Freitagabend den 24-Jährigen"); nicht mehrere ("seine Frau und zwei Kinder", "die beiden")
        r"(?:erschoss|tötete)(?<=(?-i:erschoss|tötete))(?=" + _OBJECT_TIME + r" (?:seinen|seine|ihren|ihre|den|die|dessen|deren) (?!(?:zwei|drei|vier|fünf|beiden|\d)\b)[\w-]+\b(?! und\b|,)"
        # (nicht das Subjekt nach dem Verb, vor einer Zahl: "tötete die Polizei fünf mutmaßliche Bandenmitglieder")
        r"(?! (?:\d|(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|mindestens|mehr als|rund|etwa|insgesamt|mehrere"
        r"|dutzende|hunderte)\b)))": (
            1, Qualifier.EXACT, Category.DEATHS, "all"),
        # zwei Personen, mit Nomen genannt, als Objekt eines Verbs der Verletzung oder Tötung im Aktiv: "Die Schüsse
        # verletzten einen 39-jährigen Mann und einen 24-jährigen Mann", "tötete eine Frau und ihren Sohn" (nicht das
        # erste einer längeren Liste)
        r"(?:verletzte|verletzten|verwundete|verwundeten)" + _OBJECT_SUBJECT + " "  # (das Subjekt nach dem Verb: "verletzte der Täter ...")
        + _OBJECT_PAIR: (2, Qualifier.EXACT, Category.INJURIES, "all"),
        r"(?:tötete|töteten|erschoss|erschossen)" + _OBJECT_SUBJECT + " "
        + _OBJECT_PAIR: (2, Qualifier.EXACT, Category.DEATHS, "all"),
        # einer mehr verletzt nach den Toten, mit "weiteren" oder einer Ordnungszahl: "soll drei Menschen erschossen und
        # einen weiteren schwer verletzt haben", "tötete zwei Männer und verletzte einen dritten lebensgefährlich"
        r"einen (?:weiteren|zweiten|dritten|vierten|fünften|sechsten)(?<=\bund einen \w+)"
        r"(?= (?:(?:Mann|Menschen|Jungen|Gast|Passanten) )?(?:(?:schwer|leicht|lebensgefährlich|lebensbedrohlich) )?verletzt\b)"
        r"|einen (?:weiteren|zweiten|dritten|vierten|fünften|sechsten)(?<=\bverletzte einen \w+)(?! (?:Tag|Mal|Schuss|Verdächtigen|Täter)\b)": (
            1, Qualifier.EXACT, Category.INJURIES, "all"),
        # (s35inj2) einer mehr getötet nach den Verletzten: "verletzte zwei Polizisten und tötete einen dritten", "soll zwei
        # Menschen angeschossen und einen weiteren getötet haben" (wie im Englischen "shooting two officers and killing a third")
        r"einen (?:weiteren|zweiten|dritten|vierten|fünften|sechsten)(?<=\bund einen \w+)"
        r"(?= (?:(?:Mann|Menschen|Jungen|Gast|Passanten|Polizisten|Beamten) )?(?:getötet|erschossen)\b)"
        r"|einen (?:weiteren|zweiten|dritten|vierten|fünften|sechsten)(?<=\b(?:tötete|erschoss) einen \w+)(?! (?:Tag|Mal|Schuss|Verdächtigen|Täter)\b)": (
            1, Qualifier.EXACT, Category.DEATHS, "all"),
        # einer mehr nach den Toten als Subjekt seines Satzes, mit einer Ordnungszahl allein oder "ein weiterer" vor der
        # Klinik: "Drei Menschen wurden erschossen, ein vierter wurde schwer verletzt", "ein weiterer wurde ins Krankenhaus
        # gebracht", "ein dritter liegt im Krankenhaus" (nicht "ein weiteres Mal")
        r"(?:ein|eine) (?:zweite[r]?|dritte[r]?|vierte[r]?|fünfte[r]?|sechste[r]?)(?<=(?:\bund|,) (?:ein|eine) \w+)"
        r"(?= wurde (?:(?:schwer|leicht|lebensgefährlich|lebensbedrohlich) )?verletzt\b)"
        r"|(?:ein|eine) (?:weitere[r]?|zweite[r]?|dritte[r]?|vierte[r]?|fünfte[r]?|sechste[r]?)(?<=(?:\bund|,) (?:ein|eine) \w+)"
        r"(?= wurde (?:in eine?|ins) (?:\w+ )?(?:Krankenhaus|Klinik)\w* (?:gebracht|eingeliefert|geflogen)\b"
        r"| (?:liegt|lag) (?:noch |weiterhin )?(?:in (?:kritischem|ernstem|stabilem) Zustand )?(?:im Krankenhaus|in der Klinik|auf der Intensivstation)\b)": (
            1, Qualifier.EXACT, Category.INJURIES, "all"),
        # einer mehr tot, eine Ordnungszahl allein als Subjekt seines Satzes nach "und", "aber" oder einem Komma: "Drei
        # Wanderer wurden gerettet, aber ein vierter wurde tot aufgefunden", "zwei wurden verletzt, ein dritter starb"
        r"(?:ein|eine) (?:zweite[r]?|dritte[r]?|vierte[r]?|fünfte[r]?|sechste[r]?)(?<=(?:\bund|\baber|,) (?:ein|eine) \w+)"
        r"(?= wurde (?:tot (?:aufgefunden|geborgen)|getötet)\b| (?:starb|ist gestorben|kam ums Leben)\b)": (
            1, Qualifier.EXACT, Category.DEATHS, "all"),
        # ein Toter im Singular: "wegen der Erschießung eines 17-Jährigen"
        r"erschießung(?= (?:eines|einer)\b)": (1, Qualifier.EXACT, Category.DEATHS, "all"),
        # ein Opfer nach einem Wort der Tötung: "tödliche Schüsse auf einen 17-Jährigen", "Mord an einem 16-Jährigen",
        # "der Tod eines Jugendlichen"
        # (nach "einen", "eine" ist die Zahl selbst ein Zählwort: toll_cues, "tödliche Schüsse auf")
        r"tödliche[nr]? sch(?:ü|u)ss(?:e|en)? auf(?= (?:den|die) (?!(?:zwei|drei|vier|fünf|\d)\b))": (1, Qualifier.EXACT, Category.DEATHS, "all"),
        r"(?:mord(?:es)?|tötung) an(?= (?:einem|einer|dem|der) (?!(?:zwei|drei|vier|fünf|\d)\b))": (1, Qualifier.EXACT, Category.DEATHS, "all"),
        r"tod(?= (?:eines|einer) (?!(?:zwei|drei|vier|fünf|\d)\b))": (1, Qualifier.EXACT, Category.DEATHS, "all"),
        # ein Verletzter ebenso: "... und verletzte dessen Vater schwer"
        r"verletzte(?= (?:dessen|deren|seinen|seine|ihren|ihre) (?!(?:zwei|drei|vier|fünf|\d)\b)\w+\b(?! und\b|,))": (1, Qualifier.EXACT, Category.INJURIES, "all"),
    },
    range_joiners_after_opener=("und",),
    bound_joiners=(r"und", r",", r"aber", r"jedoch"),
    or_equal_after=(r"oder gleich",),
    ordinal_before=("am", "zum", "beim", "vom", "im", "ins", "zur"),
    coordinators=("und", "oder"),
    year_context_before=(r"im", r"seit", r"in", r"bis", r"von", r"ab", r"vor", r"nach", r"anfang", r"ende", r"mitte", r"jahr", r"sommer", r"winter", r"frühjahr", r"herbst"),
    category_nouns={
        Category.DEATHS: (
            r"tote[nr]?", r"todesopfer[n]?", r"todesfälle[n]?", r"todesfall", r"opfer[n]?", r"leichen?",
            r"menschenleben", r"gefallene[n]?", r"getötete[nr]?", r"verstorbene[n]?", r"tote[nr]? zivilisten",
            r"zivile[n]? todesopfer[n]?",
        ),
        # (nicht die Verletzungen, denen einer erlag: "erlag ein 32-Jähriger noch am Tatort seinen Verletzungen")
        Category.INJURIES: (r"verletzungen(?<!\b(?:seinen|ihren) (?:schweren |tödlichen )?verletzungen)", r"verletzte[nr]?", r"verwundete[nr]?", r"schwerverletzte[nr]?", r"leichtverletzte[nr]?"),
        # (nicht Inhaftierte, die starben, das Verb gleich danach: "Drei Inhaftierte starben in der Haft", wie
        # französisch "Trois détenus sont morts en détention")
        Category.ARRESTS: (r"festnahmen", r"festnahme", r"verhaftungen", r"verhaftete[nr]?", r"festgenommene[nr]?",
                           r"(?:inhaftierte|gefangene)[nr]?(?! (?:starben|sind gestorben|kamen ums Leben)\b)"),
        Category.TROOPS: (
            r"soldat(?:en|in|innen)?", r"truppen", r"fallschirmjäger[n]?", r"friedenssoldaten", r"militärs?",
            r"blauhelme[n]?", r"marinesoldaten", r"streitkräfte[n]?", r"bundeswehrkräfte[n]?", r"bundeswehrsoldat(?:en|in|innen)?",
        ),
        Category.MISSING: (r"vermisste[nr]?",),
        Category.PARTICIPANTS: (
            r"teilnehmer(?:innen|n)?", r"[\w-]*teilnehmer(?:innen|n)?", r"demonstrierende[n]?",
        ),
        Category.DISPLACED: (r"vertriebene[nr]?", r"binnenvertriebene[nr]?", r"binnenflüchtlinge[n]?", r"flüchtlinge[n]?", r"geflüchtete[nr]?", r"obdachlose[nr]?", r"evakuierte[nr]?"),
    },
    category_verbs={
        Category.DEATHS: (
            r"getötet", r"verstarb(?:en)?", r"jede hilfe zu spät", r"unter den (?:toten|todesopfern|getöteten)", r"massakriert", r"massakrierte[n]?", r"töten", r"ums leben gekommen", r"ums leben", r"kamen ums leben", r"starben", r"starb", r"gestorben", r"sterben", r"stirbt",
            r"tot", r"liquidiert", r"erschossen", r"umgekommen", r"umgebracht", r"ermordet", r"hingerichtet",
            r"gefallen", r"in den tod", r"tödlich", r"tödlich verletzt", r"ertrunken", r"verbrannt", r"verstorben",
            r"ihr leben verloren", r"das leben verloren", r"leben verloren", r"eliminiert", r"vernichtet",
            r"tötete[n]?", r"tötet", r"erschoss(?:en)?", r"ermordete[n]?", r"richtete[n]? (?:\w+ ){0,3}hin",
            r"tot aufgefunden", r"tot geborgen", r"leblos", r"forderte[n]? (?:\w+ ){0,3}(?:todesopfer|menschenleben|tote)",
            r"das leben gekostet", r"tödlich verunglückt", r"ertranken", r"ertrank", r"verbrannten", r"erstickten",
            r"verlor(?:en)? (?:ihr|sein|das) leben", r"erlagen (?:[\w-]+ ){0,10}verletzungen", r"erlag (?:[\w-]+ ){0,10}verletzungen",
            # (auch vor der Zahl: "Noch am Tatort erlag ein 32-Jähriger seinen Verletzungen")
            r"erlag", r"erlagen",
            r"erlag(?:en)? (?:[\w-]+ ){0,8}(?:schussverletzungen|schusswunden)",  # "erlag am Sonntag im Krankenhaus seinen schweren Verletzungen"
            r"verunglückten tödlich", r"kamen (?:\w+ ){0,4}ums leben", r"kam(?:en)? (?:[\w-]+ ){1,5}um(?= ?[.,;]| und\b)", r"erstochen", r"erschlagen", r"totgeschlagen",
            r"zu tode (?:gekommen|getrampelt|gequetscht|geprügelt|gedrückt|gedrängt|gestürzt)",
            # die Toten nach "Mord an", kein Verb danach: "der Prozess um den Mord an zwei Männern" (nicht der Versuch: "wegen
            # versuchten Mordes an drei Polizisten"; "an einem" zählt schon das Wort der Vielfachheit)
            r"mord(?:es)? an(?<!versucht\w{0,2} mord(?:es)? an)(?! (?:einem|einer)\b)",
            r"neutralisiert",  # Sprache des Militärs: "habe 35 Terroristen 'neutralisiert'" (wie englisch "neutralised")
            # "Die 23-Jährige überlebte den Angriff nicht" (nicht "überlebte nicht nur")
            r"überlebte[n]? (?:[\w-]+ ){0,4}?nicht(?! nur)",
            r"nicht überlebte[n]?",  # am Ende des Nebensatzes: "ein 16-Jähriger, der seine Verletzungen nicht überlebte"
            # im Perfekt: "Ein 23-Jähriger hat den Angriff nicht überlebt", "zwei haben nicht überlebt"
            r"(?:hat|haben) (?:[\w-]+ ){0,4}?nicht überlebt",
            # "Das Unglück kostete 17 Menschen das Leben": the figure stands between the verb and its object
            # (the literal first: a gate is built from it, and the look back runs only where it matched)
            r"das leben(?<=\b(?:kostete|kosteten|kostet|kosten)\b[^.;:]{0,100}das leben)",
        ),
        Category.INJURIES: (r"verletzungen(?: \w+)? erlitten", r"erlitt(?:en)? (?:\w+ ){0,3}verletzungen", r"erlitt(?:en)? (?:\w+ ){0,3}\w+verletzung(?:en)?", r"(?:stich|schnitt|kopf|brand|bein|arm|gesichts|hals|bauch|rücken|knochen|kopfschuss)verletzung(?:en)?", r"(?:leichte|schwere|lebensgefährliche|leichten|schweren|lebensgefährlichen) verletzungen",
            r"mit (?:\w+ ){0,2}verletzungen", r"von (?:einer |einem )?(?:verirrten )?(?:kugeln?|projektilen?|querschlägern?) getroffen",
            # Polizeimeldungen: "zog sich bei dem Sturz Verletzungen am Kopf zu", "Personen kamen nicht zu Schaden" (mit einem
            # Wort der Null: "kamen keine Personen zu Schaden")
            r"zog(?:en)? sich (?:\w+ ){0,4}?\w{0,12}verletzungen", r"(?:kam|kamen|kommen|gekommen) (?:\w+ ){0,3}?zu schaden",
            r"zu schaden(?<=\b(?:kam|kamen) (?:\w+ ){1,3}zu schaden)", r"zu schaden gekommen",
            # mit Schusswunden gefunden, tot oder lebend: "fanden vier Männer mit Schussverletzungen" (shot_words)
            _MIT_SCHUSSWUNDEN,
            # eine Kugel an einem Glied: "wurde ins Bein geschossen", "am Arm getroffen"
            _HIT_IN_LIMB[len("wurde "):], r"erlitt (?:eine |einen )?(?:schusswunde|schussverletzung(?:en)?|streifschuss)", r"rauch(?:gas)?vergiftung(?:en)?", r"von einer kugel gestreift", r"auf der intensivstation", r"intensivstation", r"verletzt", r"verletzte[n]?", r"verwundet", r"verwundete[n]?", r"verstümmelt", r"angeschossen", r"niedergestochen", r"niedergeschossen", r"schwer verletzt", r"leicht verletzt", r"im krankenhaus behandelt", r"ins krankenhaus", r"in krankenhäuser",
            r"ambulant (?:behandelt|versorgt)",  # "Insgesamt 47 Menschen wurden ambulant versorgt"
            # wer sich versehentlich selbst anschoss, tot oder lebend: "Ein 11-Jähriger schoss sich versehentlich ins Bein"
            r"schoss sich (?:\w+ ){0,5}(?:ins|in den|in die|in das) \w+", r"(?:liegt|lag|liegen|lagen) (?:\w+ ){0,2}im krankenhaus",
            _SCHOSS_AN,
            # das Subjekt zwischen dem Verb und der Klinik: "Zwei Wochen nach dem Anschlag liegen noch zwölf Menschen im
            # Krankenhaus" (das Wort zuerst: ein Tor wird aus ihm gebaut, der Blick zurück läuft nur, wo es passte)
            r"(?:im krankenhaus|in kliniken|auf der intensivstation)(?<=\b(?:liegt|liegen|lag|lagen) [^.;:!?]{1,60}(?:im krankenhaus|in kliniken|auf der intensivstation))",
            # "schwebt in Lebensgefahr", "wurde in eine Klinik geflogen"
            r"schwebt in lebensgefahr", r"schweben in lebensgefahr", r"außer lebensgefahr",
            # ein Zustand, der andauert: "schwebt weiterhin in Lebensgefahr", "befindet sich noch in kritischem Zustand"
            r"schwebt (?:noch |weiterhin |nach wie vor |noch immer )in lebensgefahr",
            r"(?:befindet sich|ist) (?:noch |weiterhin |nach wie vor |noch immer )?in (?:kritischem|ernstem|lebensbedrohlichem) zustand",
            r"(?:in ein krankenhaus|in eine klinik|in die klinik|in kliniken) (?:gebracht|eingeliefert|geflogen)",
            r"in (?:umliegende|nahe gelegene|nahegelegene|verschiedene|mehrere|örtliche) (?:kliniken|krankenhäuser)",
            # behandelt, wo nicht im (einen) Krankenhaus: "Mehr als 100 Menschen mussten in Krankenhäusern behandelt werden"
            r"in (?:krankenhäusern|kliniken|einem krankenhaus|einer klinik|der klinik) behandelt",
            r"aus (?:dem krankenhaus|der klinik) entlassen",
            # Schusswunden im Plural, die Genesung: "erlitten Schussverletzungen", "erholen sich im Krankenhaus"
            r"erlitten (?:\w+ )?(?:schusswunden|schussverletzungen|streifschüsse)", r"erhol(?:t|en) sich",
            # das Subjekt zwischen Verb und Wunde: "Bei der Schießerei erlitten zwei Männer Schussverletzungen"
            r"(?:schusswunden|schussverletzungen|streifschüsse)(?<=\berlitten (?:[\w-]+ ){1,5}(?:schusswunden|schussverletzungen|streifschüsse))",
            # wer selbst in die Klinik kam: "Zwei weitere Männer begaben sich später selbst in eine Klinik", "meldeten sich
            # mit Schussverletzungen in einem Krankenhaus" (nicht, wo einer dort starb)
            r"(?:begab|begaben|meldete|meldeten) sich (?:[\w-]+ ){0,4}?(?:in (?:ein|einem) krankenhaus|in (?:eine|einer) klinik|ins krankenhaus)"
            r"(?![\w ,'()-]{0,120}\b(?:starb|starben|gestorben|erlag|erlagen|tot)\b)",
            # in eine Klinik verlegt oder geschickt: "Zwei weitere Männer wurden in eine Spezialklinik verlegt"
            _IN_KLINIK_VERLEGT),
        Category.ARRESTS: (
            r"festgenommen", r"verhaftet", r"inhaftiert", r"in gewahrsam", r"gewahrsam genommen", r"festgesetzt",
            r"angeklagt",  # "Drei Männer wurden wegen des Todes eines 17-Jährigen angeklagt": the accused, not the dead
            r"arrestiert", r"in haft", r"abgeführt", r"gefangen genommen", r"in polizeigewahrsam",
            r"fest(?=[\s\"“”]*(?:[.,;:!?]|$))(?<=\b(?:nahm|nahmen|nimmt|nehmen|setzte|setzten)\b[^.;]{0,150})",
            # festhalten der Polizei (nicht eines Geiselnehmers: Geiseln, unit_verbs): "Die Polizei hielt 30 Demonstranten fest"
            # (die Polizei vor oder nach dem Verb: "hielten Polizisten rund 50 Fans stundenlang fest")
            r"fest(?=[\s\"“”]*(?:[.,;:!?]|$))(?<=\b(?:(?:" + _POLICE + r") (?:hielt|hielten|hält|halten)|(?:hielt|hielten|hält|halten)"
            r" (?:die |der )?(?:" + _POLICE + r"))\b[^.;:!?,]{1,120} fest)",
            r"verhaftete[n]?", r"nahm(?:en)? (?:\w+ ){0,3}in gewahrsam", r"in untersuchungshaft", r"in u-haft",
            r"hinter gittern",
            # "meldete die Festnahme von rund einem Dutzend Demonstranten" (wie "the arrest of", "l'arrestation d'une dizaine")
            r"(?:festnahme|verhaftung|inhaftierung|ingewahrsamnahme) von",
        ),
        Category.TROOPS: (r"entsandt", r"entstandt", r"geschickt", r"stationiert", r"verlegt", r"eingesetzt", r"im einsatz", r"mobilisiert", r"zusammengezogen"),
        Category.MISSING: (
            r"vermisst", r"verschollen", r"gelten als vermisst",
            # unter Trümmern vermutet: "Unter den Trümmern werden noch mindestens 20 Menschen vermutet" (Menschen, keine Toten)
            r"vermutet(?<=\btrümmern (?:[\w-]+ ){1,8}vermutet)",
            # (auch an einem anderen Ort, den ein Hilfsverb davor nennt: "15 Menschen werden noch in der Grube vermutet")
            r"vermutet(?<=\b(?:werden|wurden|werde|würden) (?:noch |weiterhin |immer noch )?(?:in|unter) (?:der|den|dem|einer|einem) [\w-]+ vermutet)",
            # Eingeschlossene sind noch nicht gefunden: "21 Bergleute wurden verschüttet", "unter Tage eingeschlossen"
            r"verschüttet", r"eingeschlossen(?<=(?:wurden|wurde|sind|ist|waren|war|noch|weiterhin|tage) eingeschlossen)",
            # das Verb im Aktiv, vor der Zahl: "Die Lawine verschüttete sieben Wanderer" (nicht das Nomen, "drei Verschüttete",
            # noch das Attribut vor einem Nomen: "die verschütteten Bergleute")
            # (das Wort zuerst, klein geschrieben: ein Blick zurück; ein Tor wird aus dem Wort gebaut)
            r"verschüttete[n]?(?<=(?-i:v)erschüttete[n]?)(?! (?-i:\p{Lu})(?!(?:Dutzend|Hundert|Tausend)))",
            # noch unter den Trümmern vermutet: "Hunderte Menschen werden noch unter den Trümmern vermutet"
            r"unter (?:den )?trümmern vermutet",
            r"unter tage vermutet",  # im Bergwerk: "Noch 17 Kumpel werden unter Tage vermutet"
            # wonach Retter noch suchen, das Verb direkt vor der Zahl: "Rettungskräfte suchen noch nach etwa einem Dutzend
            # Menschen" (nicht "Die Polizei sucht nach zwei Verdächtigen": nur Suchende einer Rettung)
            r"nach(?= ?$)(?<=\b(?:rettungskräfte|retter|rettungsteams|bergungskräfte|einsatzkräfte|taucher|suchtrupps|helfer)"
            r"(?: [\w-]+){0,3} such\w*(?: [\w-]+){0,2} nach)",
        ),
        Category.DISPLACED: (
            r"vertrieben", r"evakuiert", r"geflohen" + _NO_PRISONERS, r"obdachlos", r"in sicherheit gebracht", r"auf der flucht",
            r"in notunterkünfte[n]?", r"ihre (?:häuser|wohnungen|heimat|dörfer) (?:[\w-]+ ){0,6}verlassen", r"flohen" + _NO_PRISONERS, r"fliehen" + _NO_PRISONERS,
            r"zur flucht", r"in die flucht",  # "Die Brände zwangen 30.000 Menschen zur Flucht", "in die Flucht getrieben"
            # called or forced to leave: "Die Behörden riefen 40.000 Anwohner zur Evakuierung auf"
            r"zur (?:evakuierung|räumung) (?:auf|aufgerufen|aufgefordert|gezwungen|gedrängt)",
            r"zum verlassen (?:ihrer|der) (?:häuser|wohnungen|dörfer|wohnorte) (?:auf|aufgerufen|aufgefordert|gezwungen|gedrängt)",
            r"verloren (?:ihr|ihre) (?:obdach|zuhause|unterkunft|wohnungen|häuser)",  # "Zehntausende verloren ihr Obdach"
            # "ordneten die Evakuierung von 5000 Menschen an" (wie "ordered the evacuation of", "l'évacuation de")
            r"evakuierung von",
        ),
    },
    toll_cues={
        Category.DEATHS: (
            r"(?:an)?zahl der (?:\w+ )?(?:\w+-)?(?:toten|todesopfer|todesfälle|getöteten|opfer|verkehrstoten|gestorbenen)", r"(?:todes|opfer|toten)zahl",
            r"(?:todes|opfer|toten)bilanz", r"leichen(?: von)?", r"unter den (?:toten|todesopfern|getöteten|opfern)",
            r"zahl der verkehrstoten",
            r"(?:den|der|dem) tod (?:von|der|des|zahlreicher|vieler)",  # "den Tod von mindestens 29 Zivilisten"
            r"tödliche[nr]? sch(?:ü|u)ss(?:e|en)? auf",  # "nach den tödlichen Schüssen auf zwei Männer", "auf einen 17-Jährigen"
            r"(?:an)?zahl der \w+(?:toten|todesopfer)",  # "Die Zahl der Hochwassertoten ist auf 44 gestiegen"
            # ein erweitertes Partizip: "Die Zahl der bei dem Erdbeben getöteten Menschen ist auf mehr als 2000 gestiegen"
            _ZAHL_DER_BEI + r"(?:getöteten|gestorbenen|ums leben gekommenen|umgekommenen)",
        ),
        Category.INJURIES: (r"(?:an)?zahl der (?:\w+ )?(?:\w+-)?(?:verletzten|verwundeten)", r"die der (?:verletzten|verwundeten)", r"unter den (?:verletzten|verwundeten)",
                            _ZAHL_DER_BEI + r"(?:verletzten|verwundeten)"),
        Category.ARRESTS: (r"zahl der (?:festnahmen|festgenommenen|inhaftierten|verhaftungen)", r"unter den (?:festgenommenen|inhaftierten)",
                           _ZAHL_DER_BEI + r"(?:festgenommenen|inhaftierten)"),
        Category.MISSING: (r"zahl der vermissten", r"unter den vermissten"),
        # "Die Zahl der Demonstranten lag nach Polizeiangaben bei 3500"
        Category.PARTICIPANTS: (
            r"(?:an)?zahl der (?:demonstranten|demonstrierenden|protestierenden|teilnehmer|teilnehmenden)", r"teilnehmerzahl",
        ),
        # "Die Behörden bezifferten die Zahl der Evakuierten auf rund 60.000"
        Category.DISPLACED: (r"(?:an)?zahl der (?:evakuierten|vertriebenen|obdachlosen|geflüchteten|flüchtlinge)",),
        # die Zahl der Fälle einer Seuche, keine Bilanz der Toten davor: "..., die Zahl der Verdachtsfälle liegt bei über
        # 12.000" (kein Opfer: der Zahl nach die Toten der Cholera davor, nicht deren)
        Category.OTHER: (r"(?:an)?zahl der (?:\w+ )?(?:\w+-)?(?<!todes)(?:fälle|verdachtsfälle|infektionen|neuinfektionen|erkrankungen|erkrankten)",),
    },
    group_words={
        "protesters": (
            r"demonstrant(?:en|in|innen)?", r"protestierende[nr]?", r"protestler[n]?", r"regierungsgegner[n]?",
            r"aktivist(?:en|in|innen)?", r"bewaffnete[n]? kriminelle[n]?", r"randalierer[n]?", r"plünderer[n]?",
            r"teilnehmer(?:in|innen)?", r"oppositionelle[n]?", r"demonstrierende[nr]?",
        ),
        "security_forces": (
            r"sicherheitskräfte[n]?", r"polizist(?:en|in|innen)?", r"polizeibeamte[nr]?", r"polizeibeamtin(?:nen)?", r"beamtinnen und beamte[n]?", r"polizistinnen und polizisten", r"beamte[n]?", r"beamtin(?:nen)?", r"nationalgardist(?:en)?",
            r"ordnungskräfte[n]?", r"einsatzkräfte[n]?", r"polizeikräfte[n]?", r"sicherheitsleute[n]?", r"polizisten und nationalgardisten",
            r"soldat(?:en|in|innen)?", r"armeeangehörige[n]?", r"militärangehörige[n]?", r"grenzschützer[n]?",
            # (Angehörige einer Truppe, nicht Verwandte: "neun waren Angehörige der Streitkräfte")
            r"angehörige[n]? (?:der|des) (?:streitkräfte|sicherheitskräfte|armee|militärs|polizei)",
            r"wachleute[n]?", r"sicherheitsbeamte[n]?", r"gardisten", r"wachmann", r"wachmänner[n]?",
            r"(?:gefängnis|justizvollzugs)?wärter(?:n|innen)?", r"justizvollzugsbeamte[n]?",  # "drei Wärter wurden getötet"
            r"offiziere[n]?", r"offizier",  # "16 Sicherheitskräfte getötet, darunter zwei Offiziere"
            r"gendarm(?:en|in|innen)?", r"milizpolizist(?:en|in|innen)?", r"bereitschaftspolizist(?:en|in|innen)?",  # "darunter zwei Gendarmen"
        ),
        "civilians": (
            r"zivilist(?:en|in|innen)?", r"migrant(?:en|in|innen)?", r"geflüchtete[n]?", r"helfer(?:in|innen)?", r"hilfskräfte[n]?", r"zivilpersonen", r"unbeteiligte[n]?", r"frauen", r"frau", r"journalist(?:en|in|innen)?",
            r"reporter(?:in|innen)?", r"passant(?:en|in|innen)?", r"anwohner(?:in|innen)?", r"pilger(?:in|innen)?", r"flüchtlinge[n]?",
            r"ärzte[n]?", r"sanitäter(?:in|innen)?", r"helfer(?:in|innen)?", r"zivile[n]?", r"bewohner(?:in|innen)?", r"schüler(?:in|innen)?",
            r"gläubige[n]?", r"studenten", r"student(?:in|innen)?", r"lehrer(?:in|innen)?", r"ärzt(?:in|innen|e|en)?", r"arzt", r"arbeiter(?:in|innen)?", r"touristen", r"urlauber(?:in|innen)?", r"fahrgäste[n]?", r"fluggäste[n]?", r"passagiere[n]?", r"insassen",
            # (auch einer allein: "Zwei Besatzungsmitglieder und ein Passagier starben")
            r"passagier(?:in)?", r"fahrgast", r"insass(?:e|in)", r"besatzungsmitglied",
            r"bergleute[n]?", r"kumpel", r"mitarbeiter(?:in|innen)?", r"beschäftigte[n]?", r"besucher(?:in|innen)?",
            r"zuschauer(?:in|innen)?", r"fans", r"fan", r"kirchgänger(?:in|innen)?",
            r"konzertbesucher(?:in|innen)?", r"festivalbesucher(?:in|innen)?", r"besatzungsmitglieder[n]?", r"gemeindemitglieder[n]?", r"freiwillige[n]?",
        ),
        "children": (r"kinder[n]?", r"kind", r"jungen?", r"babys?", r"säuglinge[n]?", r"minderjährige[n]?", r"jugendliche[n]?", r"kleinkinder[n]?", r"mädchen", r"jungen"),
        "foreign_troops": (
            r"ausländische[n]? soldaten", r"ausländische[n]? truppen", r"friedenstruppen?", r"friedenssoldaten", r"blauhelme[n]?",
            r"blauhelmsoldat(?:en|in|innen)?", r"un-soldaten", r"uno-soldaten",
        ),
        "attackers": (
            r"banditen", r"angreifer[n]?", r"militante[n]?", r"terroristen", r"extremisten", r"rebellen",
            r"aufständische[n]?", r"kämpfer[n]?", r"dschihadisten", r"islamisten", r"täter[n]?", r"attentäter[n]?",
            r"bewaffnete[n]?", r"milizionäre[n]?", r"separatisten", r"gangster", r"schütze[n]?", r"geiselnehmer[n]?", r"entführer[n]?",
        ),
    },
    person_words=(
        r"menschen", r"mensch", r"personen", r"studierende[n]?", r"leute[n]?", r"bürger(?:in|innen)?", r"männer[n]?", r"mann", r"person",
        r"einwohner(?:in|innen)?", r"betroffene[n]?", r"gäste[n]?", r"besucher(?:in|innen)?", r"mitarbeiter(?:in|innen)?",
        r"beschäftigte[n]?", r"bergleute[n]?", r"kumpel", r"migranten", r"häftlinge[n]?", r"gefangene[n]?",
        r"feuerwehrleute[n]?", r"feuerwehrmänner[n]?", r"feuerwehrmann", r"retter(?:in|innen)?", r"rettungskräfte[n]?",
        r"verdächtige[n]?", r"tatverdächtige[n]?", r"bergsteiger(?:in|innen)?", r"wanderer(?:in|innen)?", r"kletterer(?:in|innen)?",
        r"skifahrer(?:in|innen)?", r"badegäste[n]?", r"schwimmer(?:in|innen)?", r"angehörige[n]?",
        r"fahrer(?:in|innen)?", r"autofahrer(?:in|innen)?", r"beifahrer(?:in|innen)?", r"motorradfahrer(?:in|innen)?",
        r"radfahrer(?:in|innen)?", r"lkw-fahrer(?:in|innen)?", r"fahrzeugführer(?:in|innen|n)?", r"unfallbeteiligte[n]?", r"fußgänger(?:in|innen)?", r"reisende[n]?",
        r"\d{1,3}-jährige[nmrs]?", r"mitglieder[n]?", r"mitglied", r"anhänger(?:in|innen|n)?", r"insass(?:en|in|innen)", r"rentner(?:in|innen|n)?",
        r"mitfahrer(?:in|innen|n)?",  # "seine beiden Mitfahrer wurden schwer verletzt"
        r"piloten", r"pilot(?:in|innen)?", r"co-piloten", r"hirten",  # "beide Piloten kamen ums Leben", as "both pilots"
        # ein Adjektiv des Geschlechts nach "eine", dessen Nomen ("Person") folgt oder mit dem nächsten geteilt wird:
        # "eine männliche und eine weibliche Person" (zwei)
        r"(?:männliche|weibliche)(?<=\beine (?:männliche|weibliche))(?! (?-i:\p{Lu}))",
    ),
    unit_words={
        "aircraft": (r"flugzeuge[n]?", r"maschinen", r"hubschrauber[n]?", r"kampfjets?", r"drohnen"),
        "hostages": (r"geiseln", r"entführte[n]?", r"verschleppte[n]?"),
        "rescuers": (r"rettungskräfte[n]?", r"bergungskräfte[n]?", r"rettungsteams?", r"retter(?:innen)?", r"hilfskräfte[n]?"),
        "checkpoints": (r"kontrollpunkte[n]?", r"checkpoints?", r"straßensperren"),
        "vehicles": (r"fahrzeuge[n]?", r"autos?", r"panzer[n]?", r"lastwagen", r"lkw"),
        "buildings": (r"gebäude[n]?", r"häuser[n]?", r"wohnungen"),
        "weapons": (r"waffen", r"schusswaffen", r"gewehre"),
    },
    unit_verbs={
        "hostages": (
            r"entführt", r"entführte[n]?", r"verschleppt", r"verschleppte[n]?", r"verschleppen", r"entführen",
            r"als geiseln genommen", r"als geiseln verschleppt", r"in geiselhaft", r"gekidnappt",
            # "nahmen sieben Wärter als Geiseln", "hatten 21 Passagiere in ihre Gewalt gebracht"
            r"als geiseln", r"in (?:ihre|seine|ihrer|seiner) gewalt(?: gebracht)?",
            # "Der Geiselnehmer hielt in der Bankfiliale sechs Menschen fest": festhalten eines Geiselnehmers (nicht der
            # Polizei, die festnimmt); wie englisch "held six people hostage"
            r"fest(?<=\b(?:geiselnehmer|geiselnehmerin|geiselnehmern|entführer|entführerin|entführern|kidnapper)"
            r" (?:hielt|hielten|hält|halten|hatte|hatten)\b[^.;:!?]{0,120}fest)",
        ),
    },
    participant_verbs=(
        r"demonstrierten", r"demonstriert", r"protestierten", r"protestieren", r"protestiert", r"versammelten sich",
        r"versammelt", r"gingen auf die straße", r"auf die straße gegangen", r"auf die straße", r"kundgebung",
        r"(?:gingen|gehen) (?:[\w-]+ ){1,5}?auf die straße",  # die Zeit, der Ort dazwischen: "gingen in Leipzig auf die Straße"
        # nicht wer aus Trümmern oder Wasser gezogen wurde: "Rettungstrupps zogen 17 Menschen lebend aus den Trümmern"
        r"zogen(?! (?:[\w-]+ ){0,5}?(?:lebend|tot|aus (?:den|dem|der) (?:trümmern|wasser|fluss|meer|flammen|schutt|wrack|fahrzeug)))",
        r"teil(?=[\s\"“”]*(?:[.,;:!?]|$))(?<=\b(?:nahm|nahmen|nimmt|nehmen)\b(?:[^.;]|(?<=\d)\.(?=\d)){0,150})", r"teilgenommen",
        r"teilnahmen", r"teilnahm",  # am Ende eines Nebensatzes: "..., die an der Demonstration teilnahmen"
        r"angegriffen", r"griffen an", r"stürmten", r"beteiligt", r"nahmen teil", r"vorbeigelaufen", r"marschierten",
        r"beteiligten sich", r"beteiligte sich", r"folgten (?:\w+ ){0,3}(?:dem|einem) aufruf",
        # eine Menge, die ein Ereignis anzog: "Der Protest lockte 3000 Menschen an"
        r"lockte[n]?", r"angelockt",
    ),
    subset_cues=(r"darunter(?: auch)?", r"unter ihnen", r"unter den (?:toten|opfern|verletzten|festgenommenen)", r"davon", r"einschließlich", r"inklusive",
                 # das Ganze mit seiner Zahl davor: "Von den 43 Toten waren 31 Kinder", "Unter den elf Toten sind zwei Polizisten"
                 r"(?:toten|todesopfern|opfern|verletzten|festgenommenen) (?:waren|sind|seien)"),
    subset_cues_after=(
        r"davon", r"von ihnen", r"darunter",
        r"der (?:toten|opfer|verletzten|getöteten|schwerverletzten|leichtverletzten|schwer verletzten|verwundeten)",
    ),
    further_words=(r"weitere[nr]?", r"andere[nr]?"),
    plural_auxiliaries=(r"wurden", r"sind", r"waren", r"seien", r"worden sind", r"worden waren"),
    singular_auxiliaries=(r"wurde", r"ist", r"war", r"sei", r"worden ist", r"worden war"),
    uncounted_words=(r"ungeboren\w*",),
    # (und wer unverletzt blieb: "seine drei Mitfahrer blieben unverletzt", kein Teil der Verletzten davor)
    unharmed_nouns=(r"überlebende[n]?", r"überlebenden", r"unverletzt(?:e[nr]?)?", r"unversehrt(?:e[nr]?)?"),
    side_cues=(r"auf(?: |)seiten de[rs]", r"unter den", r"seitens de[rs]", r"aufseiten de[rs]", r"bei den", r"in den reihen de[rs]"),
    speech_verbs=(
        r"sagte[n]?", r"sagt", r"gesagt", r"erklärte[n]?(?<!krieg erklärte)(?<!krieg erklärten)(?! (?:[\w-]+ ){0,4}den krieg)", r"erklärt(?<!krieg erklärt)(?! (?:[\w-]+ ){0,4}den krieg)", r"teilte[n]? (?:[\w(),-]+ |\([\w -]*[.:/][\w.:/ -]{0,30}\) ){0,12}mit", r"mitgeteilt", r"teilt mit",
        r"mitteilte[n]?", r"mitteilt", r"geh(?:t|en) von", r"ging(?:en)? von", r"berichtete[n]?", r"berichtet", r"meldete[n]?", r"meldet", _GEMELDET,
        r"berichten", r"melden", r"sagen", r"erklären", r"schätzen", r"teilen (?:[\w()-]+ |\([\w -]*[.:/][\w.:/ -]{0,30}\) ){0,12}mit",
        r"sprach(?:en)? (?:[\w()-]+ ){0,10}von", r"spricht von", r"sprechen von", r"(?:spricht|sprechen) (?:[\w()-]+ ){1,6}von", r"(?:sprachen|sprach|sprechen|spricht)(?<=\bvon (?:[\w.,-]+ ){1,4}(?:sprachen|sprach|sprechen|spricht))", r"gesprochen", r"bestätigte[n]?", r"bestätigt",
        r"gab(?:en)? (?:[\w()-]+ ){0,8}an", r"angab(?:en)?", r"angegeben", r"zählte[n]?", r"zählt", r"gezählt",
        # wer eine Zahl zugibt (wie französisch "a reconnu la mort de"): "Die Regierung räumte den Tod von zwölf Menschen ein"
        r"räumte[n]? (?:[\w()-]+ ){0,10}ein", r"eingeräumt",
        r"registrierte[n]?", r"registriert", _ERFASST, r"erfassten", r"zieh(?:t|en) (?:[\w-]+ ){0,4}bilanz", r"zog(?:en)? (?:[\w-]+ ){0,4}bilanz", r"bezifferte[n]?", _BEZIFFERT, r"nannte[n]?", r"genannt", r"schrieb(?:en)?",
        r"verbreitete[n]?", r"hieß es", r"heißt es", r"gab(?:en)? (?:[\w()-]+ ){0,8}bekannt", r"bekanntgab(?:en)?",
        r"bekanntgegeben", r"veröffentlichte[n]?", r"twitterte[n]?", r"verkündete[n]?", r"informierte[n]?",
        r"meinte[n]?", r"betonte[n]?", r"fügte[n]? (?:\w+ ){0,4}hinzu", r"hinzufügte[n]?", r"behauptete[n]?",
        r"dokumentierte[n]?", r"dokumentiert", r"zitierte[n]?", r"erfuhr", r"schätzte[n]?", _GESCHAETZT, r"ergab(?:en)?", r"ergibt",
        # "Das Ministerium erhöhte die Zahl der Toten auf 40": wer seine Bilanz ändert, nennt die neue
        r"(?:erhöhte|senkte|aktualisierte)[n]? (?:die|ihre|seine) (?:zahl|bilanz|opferzahl|totenzahl)",
        # die Zahl einer anderen Quelle, ohne Nomen: "die Organisatoren gaben die Zahl mit 40.000 an" (wie "put the number at")
        r"(?:gab|gaben|gibt|geben|bezifferte[n]?|beziffert|beziffern|schätzte[n]?|schätzt|schätzen) (?:die|ihre|seine) zahl (?:mit|auf)",
        r"an(?<=\b(?:gab|gaben|gibt|geben) (?:die|ihre|seine) zahl mit (?:[^.;:!?]|(?<=\d)\.(?=\d)){1,40} an)",  # die Partikel nach der Zahl
    ),
    according_to=(
        r"laut", r"lt\.", r"gemäß", r"gemäss", r"nach angaben(?: von| des| der| eines| einer)?",
        r"nach (?:ersten |offiziellen |jüngsten |neuen |neuesten |vorläufigen |bisherigen |übereinstimmenden )?angaben(?: von| des| der)?",
        r"angaben(?: von| des| der)", r"nach informationen(?: von| des| der)?", r"nach darstellung(?: von| des| der)?",
        r"nach (?:ersten )?erkenntnissen(?: von| des| der)?", r"nach (?:einer )?zählung(?: von| des| der)?",
        r"nach schätzungen(?: von| des| der)?", r"nach (?:einer |erster )?einschätzung(?: von| des| der)?", r"nach (?:einer )?bilanz(?: von| des| der)?", r"bilanz de[rs](?! (?:\w+ )?" + _EVENT_OF_BILANZ + r"\b)",  # nicht "die Bilanz des Anschlags"
        r"nach (?:einem )?bericht(?: von| des| der)?", r"nach recherchen(?: von| des| der)?",
        r"nach (?:neuen |jüngsten |vorläufigen )?(?:zahlen|daten) (?:von|des|der)",  # "nach Zahlen der Regierung"
        r"aus(?= [\w-]*(?:kreisen|quellen|reihen)\b)",
        # "nach einer am Mittwoch vom Gesundheitsministerium veröffentlichten Bilanz": die Quelle vor dem Partizip
        r"nach (?:einer|der|den) (?:(?:neuen|jüngsten|aktuellen|ersten|vorläufigen) )?(?:am \w+ )?(?:vom|von der|von den)",
        # "nach von den Vereinten Nationen zusammengestellten Zahlen": ohne Artikel, die Quelle vor dem Partizip
        r"nach (?:vom|von der|von den)",
        # the source after a comma that closes the statement: "Zwei Menschen starben, so die Polizei", ", so ein Sprecher"
        # (an article after it: not "so dass", "so viele", "so schnell wie möglich")
        r"so(?<=, so)(?= (?:die|der|das|ein|eine|den|dem) )",
    ),
    according_to_after=(r"zufolge",),
    citing=(
        r"unter berufung auf", r"mit verweis auf", r"unter verweis auf", r"gestützt auf", r"unter bezug auf",
        # ein Relativsatz, der die zitierte Quelle nennt: "nach Angaben der WHO, die sich auf Zahlen des
        # Gesundheitsministeriums beruft": die Quelle nach "auf", das Verb am Ende
        # (nicht auf die eigenen Leute: "das sich auf eigene Teams vor Ort beruft" bleibt die Quelle selbst)
        r"(?:der|die|das) sich (?:dabei |ihrerseits |wiederum )?auf(?! (?:eigene|seine|ihre)[nr]?\b)(?= (?:[\w-]+ ){1,6}?(?:beruft|berufen|berief|beriefen|bezieht|beziehen|bezog|bezogen)\b)",
    ),
    cited_by=(r"zitiert von", r"zitiert vom", r"zitiert durch"),  # "Krankenhausquellen, zitiert von der AFP": die Quelle davor
    self_attribution=(r"nach eigenen angaben", r"eigenen angaben zufolge", r"nach eigener darstellung", r"nach eigener zählung"),
    speaker_nouns=(
        r"[\w-]*ministerium", r"[\w-]*ministerin", r"[\w-]*minister", r"[\w-]*behörde[n]?", r"[\w-]*regierung",
        r"regierung\w*", r"[\w-]*polizei", r"polizei\w*", r"[\w-]*fernsehen", r"[\w-]*sender", r"[\w-]*agentur", r"[\w-]*rundfunk",
        r"[\w-]*sprecher(?:in)?", r"[\w-]*präsident(?:in)?", r"(?!insgesamt|gesamt)[\w-]*amt", r"[\w-]*ämter",
        r"[\w-]*medien", r"[\w-]*zeitung", r"armee", r"[\w-]*armee", r"militär", r"[\w-]*kommando", r"[\w-]*stab",
        r"rettungskräfte", r"[\w-]*rettungsdienste?", r"[\w-]*feuerwehr", r"[\w-]*wache", r"[\w-]*wacht", r"[\w-]*rettung", r"[\w-]*rettungsdienst", r"gouverneur(?:in)?",
        r"[\w-]*bürgermeister(?:in)?", r"[\w-]*staatsanwaltschaft", r"krankenhäuser", r"[\w-]*klinik\w*", r"ärzte",
        r"aktivisten", r"menschenrechtler", r"[\w-]*organisation", r"[\w-]*organisationen", r"[\w-]*bündnis\w*", r"[\w-]*allianz",
        r"opposition\w*", r"[\w-]*partei", r"[\w-]*komitee", r"[\w-]*dienst", r"[\w-]*rat", r"[\w-]*kommission",
        r"augenzeug(?:e|en|in|innen)", r"zeugen", r"journalist(?:in)?", r"korrespondent(?:in)?", r"reporter(?:in)?",
        r"[\w-]*chef(?:in)?", r"[\w-]*sekretär(?:in)?", r"kreml", r"pentagon", r"[\w-]*verwaltung", r"[\w-]*katastrophenschutz\w*",
        r"[\w-]*stelle", r"[\w-]*mission", r"[\w-]*gericht", r"[\w-]*verband", r"[\w-]*institut", r"[\w-]*büro",
        r"[\w-]+zentrum", r"[\w-]*halbmond", r"[\w-]*kreuz", r"helfer", r"[\w-]*retter", r"[\w-]*veranstalter",
        r"organisatoren", r"[\w-]*gewerkschaft", r"[\w-]*ermittler", r"[\w-]*präfektur", r"[\w-]*gemeinde",
        r"[\w-]*bundeswehr", r"[\w-]*streitkräfte", r"[\w-]*miliz", r"[\w-]*gruppe", r"[\w-]*netzwerk",
        r"[\w-]*beobachter", r"[\w-]*staatsmedien", r"[\w-]*nachrichtenagentur", r"taliban", r"hamas", r"hisbollah",
        r"[\w-]*geheimdienst", r"[\w-]*verteidigung", r"[\w-]*kreise[n]?", r"[\w-]*quellen",
        r"[\w-]*zivilschutz\w*", r"[\w-]*unternehmen", r"[\w-]*konzern", r"[\w-]*firma", r"[\w-]*betreiber(?:in)?",
        r"[\w-]*staatsanwalt(?:in)?", r"[\w-]*arzt", r"[\w-]*ärztin", r"[\w-]*sanitäter", r"[\w-]*einsatzkräfte",
        r"[\w-]*hilfswerk", r"marine", r"luftwaffe", r"[\w-]*gesundheitsbehörde", r"[\w-]*zählung", r"[\w-]*statistik",
        r"[\w-]*beamte[rn]?", r"[\w-]*beamtin",
        r"[\w-]+gouverneur(?:in)?",  # "sagte der Provinzgouverneur", "der Regionalgouverneur"
        # die Betreiber eines Verkehrsmittels: "teilte die Fluggesellschaft mit", "teilte die Bahn mit" (wie "the airline said")
        r"[\w-]*fluggesellschaft", r"airline", r"(?:eisen)?bahn(?:gesellschaft)?", r"[\w-]*reederei",
        # ein Zeuge nach seinem Beruf: "Bewaffnete verschleppten 287 Schüler, sagte ein Lehrer" (wie "a teacher said")
        r"lehrer(?:in)?",
        # Zeugen vor Ort und die Leitung eines Betriebs als Quelle (wie "residents said", "tribal elders said", "the mine
        # operator said"): "Anwohner sagten dagegen, ...", "teilte die Grubenleitung mit"
        r"anwohner(?:in|innen)?", r"[\w-]*bewohner(?:in|innen)?", r"stammesälteste[n]?",
        r"(?:gruben|bergwerks|werks|einsatz|gefängnis|anstalts|klinik|konzern|stadion)leitung",
    ),
    speaker_phrases={
        r"offiziellen angaben|offizielle angaben|offiziellen zahlen|offizielle zahlen": "offizielle Angaben",
        r"staatlichen angaben|staatliche angaben|staatlicher seite": "staatliche Angaben",
        r"regierungsangaben": "Regierung",
        # eine bewaffnete Seite als ganzes Subjekt eines Verbs des Sagens: "Die Rebellen behaupteten, sie hätten 200
        # Soldaten getötet" (nur dort: "tötete 30 Rebellen, nach eigenen Angaben" ist die Armee; "das Ministerium der
        # Huthi-Rebellen teilte mit" das Ministerium)
        _side_says("rebellen"): "Rebellen",
        _side_says("aufständischen"): "Aufständische",
        r"polizeiangaben": "Polizei",
        r"behördenangaben": "Behörden",
        r"militärangaben|armeeangaben": "Militär",
        r"krankenhausangaben|klinikangaben": "Krankenhäuser",
        r"uno-angaben|un-angaben": "UN",
        r"medienberichten|medienberichte": "Medienberichte",
        r"berichten(?= zufolge)": "Berichte",  # "Berichten zufolge"; not the verb ("Medien berichten")
        # Menschen als Quelle vor "zufolge" (nicht als Sprecher-Nomen: "ging gegen die Demonstranten vor und nahm nach eigenen
        # Angaben ..." hat die Polizei als Quelle): "Demonstranten zufolge", "Anwohnern zufolge"
        r"demonstranten(?= zufolge)|protestierenden(?= zufolge)": "Demonstranten",
        r"anwohnern(?= zufolge)|anwohnerinnen(?= zufolge)": "Anwohner",
        r"bewohnern(?= zufolge)|einwohnern(?= zufolge)": "Bewohner",
        r"überlebenden(?= zufolge)": "Überlebende",
        r"angehörigen(?= zufolge)": "Angehörige",
        r"nachbarn(?= zufolge)": "Nachbarn",
        r"augenzeugenberichten|augenzeugen": "Augenzeugen",
        # the adjective is read behind the literal word, so that scans can look for "angaben" first
        # (nor an adjective of how recent or final the figures are, of no one: "nach ersten Angaben", "nach neuesten Angaben")
        r"angaben(?<=\b(?!den\b|diesen\b|seinen\b|ihren\b|ersten\b|neuen\b|neuesten\b|jüngsten\b|letzten\b|vorläufigen\b"
        r"|aktuellen\b|bisherigen\b|weiteren\b|früheren\b)([\w-]+)en angaben)": r"\1e Angaben",  # not "Den Angaben zufolge"
        r"kreisen(?<=\baus ([\w-]+)en kreisen)": r"\1e Kreise",  # "hieß es aus medizinischen Kreisen"
        # the source named before the hyphen: "nach WHO-Angaben" is the WHO, as "nach Angaben der WHO" (one origin)
        r"-angaben(?<=\b(\w+)-angaben)": r"\1",
        r"-informationen(?<=\b(\w+)-informationen)": r"\1",  # "nach AFP-Informationen"
    },
    named_sources={
        r"organisation des vertrag(?:e)?s (?:über|für) (?:die )?kollektive sicherheit": "OVKS",
        r"vereinte[n]? nationen": "UN",
        r"rote[ns]? kreuz(?:es)?": "Rotes Kreuz",
        r"syrische[n]? beobachtungsstelle für menschenrechte": "Syrische Beobachtungsstelle für Menschenrechte",
        r"rote[nr]? halbmond(?:e?s)?": "Roter Halbmond",
        r"weltgesundheitsorganisation": "WHO",
        r"nato": "Nato", r"uno": "UN", r"ovks": "OVKS", r"europäische[n]? union": "EU",
        r"internationale[n]? komitee[s]? vom roten kreuz": "IKRK",
        r"ärzte ohne grenzen": "Ärzte ohne Grenzen",
        r"save the children": "Save the Children",  # der englische Name, "the" klein geschrieben mitten im Namen
        r"amnesty international": "Amnesty International",
        r"human rights watch": "Human Rights Watch",
        r"komitee[s]? zum schutz von journalisten(?: \(cpj\))?": "CPJ",
        r"reporter ohne grenzen(?: \(rsf\))?": "RSF",
        r"deutsche[n]? presse-agentur": "dpa",
        # die kirchlichen Agenturen, der Name dekliniert, das Kürzel in Klammern dahinter
        r"evangelische[nr]? pressedienst(?:e?s)?(?: \(epd\))?": "epd",
        r"katholische[n]? nachrichten-agentur(?: \(kna\))?": "KNA",
        r"welternährungsprogramm(?:e?s)?(?: \(wfp\))?": "WFP",
        # German institutions whose adjective declines ("des Statistischen Bundesamts", "das Auswärtige Amt")
        r"auswärtige[ns]? amte?s?": "Auswärtiges Amt",
        r"statistische[ns]? bundesamte?s?": "Statistisches Bundesamt",
        r"statistische[ns]? landesamte?s?": "Statistisches Landesamt",
        r"deutsche[ns]? rote[ns]? kreuz(?:es)?": "Deutsches Rotes Kreuz",
        r"robert[- ]koch-institute?s?": "Robert Koch-Institut",
        r"internationale[n]? organisation für migration": "Internationale Organisation für Migration",
        r"bundesamte?s? für migration und flüchtlinge": "BAMF",
    },
    # "das Ministerium für Gesundheit": the body a ministry names is part of its name
    speaker_complements=(
        r"für (?:Gesundheit|Inneres|Verteidigung)",
        # "das Gesundheitsministerium der Huthi-Rebellen", "der Hamas": die Partei, der die Behörde gehört
        r"der (?:\p{Lu}\w*-)?(?:Rebellen|Milizen?|Aufständischen|Miliz)", r"der (?:\p{Ll}[\w-]*en )?(?:Hamas|Hisbollah|Huthis?)",
    ),
    referring_nouns=(
        r"(?:die|der|des|dem) organisation", r"(?:das|des|dem) (?:\w+ ){0,4}(?:militär)?bündniss?(?:es)?",
        r"(?:die|der) (?:\w+ ){0,4}(?:militär)?allianz", r"(?:die|der) gruppe", r"(?:die|der) (?:hilfs)?organisation",
        r"(?:das|des|dem) ministeriums?", r"(?:die|der) behörde", r"(?:das|des|dem) (?:amt|amtes|amts)",
    ),
    reported_speech=(
        r"seien", r"sei", r"habe", r"hätten", r"hätte", r"wären", r"wäre", r"werde", r"würden", r"handele",
        r"gebe", r"könne", r"müsse", r"solle", r"demnach", r"zufolge", r"hieß es", r"heißt es", r"es hieß",
    ),
    back_reference=(
        r"(?:das|dies) (?:berichtete|meldete|teilte|sagte|erklärte|bestätigte|verbreitete|schrieb|gab|meldeten|berichteten|teilten|sagten)",
        r"(?:das|dies) (?:geht aus|ergab|ergeben)", r"diese (?:angaben|zahlen) (?:stammen|kommen|machte)",
    ),
    articles=(r"der", r"die", r"das", r"des", r"dem", r"den", r"ein", r"eine", r"eines", r"einer", r"einem"),
    unverified_cues=(
        r"(?:nicht|kaum) unabhängig (?:überprüft|bestätigt|verifiziert|überprüfbar|prüfen)",
        r"(?:ließen|lassen|konnten|können) sich (?:zunächst )?nicht (?:unabhängig )?(?:überprüfen|bestätigen|verifizieren)",
        r"unabhängig (?:überprüfen|bestätigen|verifizieren|prüfen) (?:ließen|lassen|ließ|lässt|konnten|können|kann|konnte) sich (?:[\w-]+ ){0,3}nicht",
        r"nicht überprüfbar", r"unbestätigt",
    ),
    # "von ursprünglich 17 auf 15"; "Statt 46 seien 37 Menschen gestorben" (wie "au lieu de")
    corrected_value_cues=(
        r"von", r"von (?:ursprünglich|zunächst|anfangs|zuvor|bisher|bislang)", r"statt", r"anstatt", r"anstelle von",
        # die erste Angabe, die der Satz dann korrigiert: "hatte die Zahl der Toten zunächst mit 120 angegeben, sie später
        # aber auf 98 nach unten korrigiert"
        r"(?:zunächst|anfangs|ursprünglich|zuvor) mit",
    ),
    correction_cues=(
        r"korrigier\w*", r"berichtig\w*", r"revidier\w*", r"nach unten (?:gesetzt|angepasst)",
        r"technische[nrs]? (?:fehler|panne|problem)s?", r"(?:zähl|übermittlungs|erfassungs)fehler\w*",
        r"doppelzählung\w*",
    ),
    retraction_cues=(
        r"(?:zog|zogen|zieht|ziehen|nahm|nahmen|nimmt|nehmen) (?:(?:die|der|das|den|sein|ihr|dies|jen|ein|früher|erst|bisherig|eigen|offiziell)\w* ){0,2}(?:angabe|zahl|meldung|mitteilung|aussage|opferzahl|bilanz|darstellung)\w* (?:[\w.,]+ ){0,8}zurück",
        r"(?:angabe|zahl|meldung|mitteilung|aussage|opferzahl|bilanz|darstellung)\w* (?:[\w.,]+ ){0,6}(?:zurückgezogen|zurückgenommen|widerrufen)",
        r"widerrief\w*",
    ),
    double_count_cues=(r"doppelt (?:gezählt|erfasst|registriert|aufgeführt)",),
    no_figure_cues=(r"machte[n]? (?:\w+ ){0,3}keine angaben", r"keine angaben (?:\w+ ){0,3}(?:zur|über die) zahl"),
    capital_words=(r"in der hauptstadt", r"in der (?:\w+en )?hauptstadt des landes"),
    nationwide_words=(r"landesweit", r"im ganzen land", r"im gesamten land", r"bundesweit", r"in allen regionen", r"insgesamt im land"),
    location_prepositions=(r"in", r"im", r"bei", r"nahe", r"um", r"nach", r"vor", r"aus der stadt", r"in der stadt", r"in der region"),
    place_inflections={"s": ("country", "region"), "er": ("city", "capital")},
    place_prefixes=("nordost", "nordwest", "südost", "südwest", "nord", "süd", "ost", "west", "zentral"),
    weekdays=_WEEKDAYS,  # "am Sonntag", "in der Nacht zum Sonntag", "Sonntagabend"
    relative_days=_RELATIVE,
    months=_MONTHS,
    date_formats=(r"\d{1,2}\. ?(?:{month})(?: \d{4})?",),
    not_as_of_before=(r"seit(?: dem)?", r"ab dem", r"zwischen dem"),
    dateline_sources=("dpa", "dpa-AFX", "AFP", "Reuters", "AP", "KNA", "epd", "APA", "SDA", "sid", "dts"),
    foreign_troop_cues=(
        r"ausländische[nmrs]?", r"internationale[nmrs]?", r"friedens\w*", r"blauhelm\w*", r"ovks", r"nato", r"uno?",
        r"verbündete[nr]?", r"alliierte[nr]?", r"entsandt\w*", r"geschickt\w*", r"verlegt\w*",
    ),
    pronouns=(r"er", r"sie", r"es", r"man"),
    capitalized_nouns=True,
    adjectives_after_nouns=False,
    compound_nouns=True,
    demonyms={
        "israelisch": "Israel", "palästinensisch": "Palestinian Territories", "libanesisch": "Lebanon",
        "syrisch": "Syria", "irakisch": "Iraq", "iranisch": "Iran", "türkisch": "Turkey", "russisch": "Russia",
        "ukrainisch": "Ukraine", "belarussisch": "Belarus", "kasachisch": "Kazakhstan", "kirgisisch": "Kyrgyzstan",
        "tadschikisch": "Tajikistan", "armenisch": "Armenia", "aserbaidschanisch": "Azerbaijan", "georgisch": "Georgia",
        "amerikanisch": "United States", "US": "United States", "USA": "United States", "US-amerikanisch": "United States",
        "britisch": "United Kingdom", "französisch": "France", "deutsch": "Germany", "polnisch": "Poland",
        "chinesisch": "China", "indisch": "India", "pakistanisch": "Pakistan", "afghanisch": "Afghanistan",
        "sudanesisch": "Sudan", "äthiopisch": "Ethiopia", "eritreisch": "Eritrea", "somalisch": "Somalia",
        "kenianisch": "Kenya", "nigerianisch": "Nigeria", "malisch": "Mali", "ägyptisch": "Egypt",
        "saudisch": "Saudi Arabia", "saudi-arabisch": "Saudi Arabia", "jemenitisch": "Yemen", "jordanisch": "Jordan",
        "nordkoreanisch": "North Korea", "südkoreanisch": "South Korea", "ruandisch": "Rwanda",
        "kongolesisch": "DR Congo", "tschadisch": "Chad", "libysch": "Libya", "serbisch": "Serbia",
        "Bundeswehr": "Germany", "Nato": "NATO", "NATO": "NATO", "UN": "UN", "UNO": "UN",
        "tunesisch": "Tunisia", "griechisch": "Greece", "italienisch": "Italy", "spanisch": "Spain",
        "marokkanisch": "Morocco", "algerisch": "Algeria", "indonesisch": "Indonesia", "philippinisch": "Philippines",
        "japanisch": "Japan", "mexikanisch": "Mexico", "brasilianisch": "Brazil", "kolumbianisch": "Colombia",
        "venezolanisch": "Venezuela", "nepalesisch": "Nepal", "bangladeschisch": "Bangladesh",
        "thailändisch": "Thailand", "vietnamesisch": "Vietnam", "malaysisch": "Malaysia",
        "singapurisch": "Singapore", "kambodschanisch": "Cambodia", "österreichisch": "Austria",
        "schweizerisch": "Switzerland", "niederländisch": "Netherlands", "belgisch": "Belgium", "kanadisch": "Canada",
        "australisch": "Australia", "irisch": "Ireland", "ungarisch": "Hungary", "rumänisch": "Romania",
        "bulgarisch": "Bulgaria", "kroatisch": "Croatia", "bosnisch": "Bosnia & Herzegovina", "kosovarisch": "Kosovo",
        "albanisch": "Albania", "moldauisch": "Moldova", "litauisch": "Lithuania", "lettisch": "Latvia",
        "estnisch": "Estonia", "finnisch": "Finland", "schwedisch": "Sweden", "norwegisch": "Norway",
        "dänisch": "Denmark", "tschechisch": "Czech Republic", "slowakisch": "Slovakia", "portugiesisch": "Portugal",
        "haitianisch": "Haiti", "kubanisch": "Cuba", "peruanisch": "Peru", "chilenisch": "Chile",
        "argentinisch": "Argentina", "bolivianisch": "Bolivia", "ecuadorianisch": "Ecuador",
        "südafrikanisch": "South Africa", "mosambikanisch": "Mozambique", "kamerunisch": "Cameroon",
        "burkinisch": "Burkina Faso", "senegalesisch": "Senegal", "ghanaisch": "Ghana", "ugandisch": "Uganda",
        "tansanisch": "Tanzania", "simbabwisch": "Zimbabwe", "malawisch": "Malawi", "sri-lankisch": "Sri Lanka",
        "katarisch": "Qatar", "kuwaitisch": "Kuwait", "omanisch": "Oman", "bahrainisch": "Bahrain",
        "myanmarisch": "Myanmar",
    },
    demonym_endings=("en", "em", "er", "es", "e"),
    weak_nouns=frozenset({"opfer", "opfern"}),
    one_victim_nouns=frozenset({"opfer"}),
    settlement_nouns=(
        r"stadt", r"kleinstadt", r"großstadt", r"hafenstadt", r"grenzstadt", r"ortschaft", r"dorf", r"gemeinde",
        r"landkreis", r"bezirk", r"provinz", r"insel", r"flüchtlingslager", r"vertriebenenlager", r"lager",
        r"hauptstadt (?:des|der|von) [\w-]+,",  # "in der Hauptstadt des Sudans, Khartum,": the capital named after its comma
    ),
    place_locators=(
        r"nahe", r"bei", r"unweit(?: von)?", r"in der nähe von", r"im gebiet", r"in der region", r"im bezirk",
        r"im landkreis", r"im kreis", r"in der provinz", r"im bundesstaat", r"im gouvernement",
    ),
    place_nouns=(
        r"küste", r"küstenregion", r"küstengewässer(?:n)?", r"grenze", r"grenzregion", r"grenzgebiet(?:e[nt]?)?",
        r"hauptstadt", r"region", r"provinz", r"gewässer(?:n)?", r"norden", r"süden", r"osten", r"westen",
        r"nordosten", r"nordwesten", r"südosten", r"südwesten", r"seite", r"festland",
    ),
    modifier_after=(r"\p{Ll}[\w-]*(?:te|ten|tem|ter|tes|ene|enen|ener|ende|enden)",),
    abbreviations=frozenset(
        "ca bzw usw vgl nr dr prof st str z.b u.a o.ä d.h inkl ggf evtl jan feb febr apr jun jul aug sep sept okt nov dez "
        "mio mrd tsd bzw vs abs art gen hl jh jhd lt".split()
    ),
    media_words=(
        r"nachrichtenagentur(?:en)?", r"staatsagentur", r"presseagentur", r"agentur", r"zeitung(?:en)?", r"tageszeitung",
        r"fernsehen[s]?", r"staatsfernsehen[s]?", r"fernsehsender[s]?", r"sender[s]?", r"staatssender[s]?", r"rundfunk",
        r"radio", r"tv", r"medien", r"staatsmedien", r"medienberichte[n]?", r"nachrichtenportal", r"presse-agentur", r"dpa",
        r"anadolu", r"irna", r"isna", r"tasnim", r"tass", r"ria", r"interfax", r"xinhua", r"wafa", r"sana", r"yonhap", r"kyodo",
    ),
    part_of_number=(r"der", r"von den", r"von"),
    among_whole_cues=(r"(?:(?:sind|waren|seien|wären|befinden sich|befanden sich|befänden sich)(?: auch)? )?unter den",),
    # eine Rettung hat keine Kategorie: "78 Migranten wurden gerettet, 41 weitere gelten als vermisst", "40 Menschen wurden aus den
    # Trümmern geborgen, davon acht tot" (nicht "tot geborgen": ein Verb der Toten, vor dieser Regel gelesen)
    # (auch vor der Zahl, ihr eigenes Verb: "Rettungskräfte bargen 40 Menschen aus den Trümmern, acht davon tot"; und wer
    # lebend gefunden wurde: "Helfer zogen 17 Menschen lebend aus den Trümmern, für vier weitere kam jede Hilfe zu spät")
    # ein Teil mit eigenem Relativsatz: "darunter ein 17-Jähriger, der später im Krankenhaus starb" (ein Pronomen, kein
    # Artikel: ein kleines Wort folgt)
    part_clause_openers=(r"der(?= (?-i:\p{Ll}))", r"die(?= (?-i:\p{Ll}))", r"das(?= (?-i:\p{Ll}))"),
    # (und wer Beschuldigter ist: "gegen 14 wird wegen Landfriedensbruchs ermittelt", keine Festnahmen)
    uncounted_verbs=(r"gerettet", r"rettete[n]?", r"retten", r"überlebten", r"überlebte", r"in sicherheit", r"geborgen", r"barg(?:en)?", r"lebend", r"ermittelt",
                     # die Entkommenen ("Dutzende Häftlinge entkamen während der Revolte, drei wurden erschossen")
                     r"entkamen", r"entkommen", r"entkam"),
    among_whole_openings=(r"unter den", r"von den"),  # "Von den 40 Verletzten schweben noch fünf in Lebensgefahr"
    # "Der 19-Jährige war einer von fünf Verletzten": einer von ihnen, die fünf sind die Bilanz
    set_cues_after=(r"der (?:\w+ )?(?:männer|frauen|jungen|mädchen|jugendlichen|brüder|schwestern|freunde|schüler)",),
    whole_cues_before=(r"alle", r"sämtliche", r"alle der"),
    member_cues_before=(r"war", r"ist", r"waren", r"sind", r"war auch", r"ist auch"),
    # eine Person ohne Zahlwort, ein Verb des Todes oder der Verletzung gleich danach: "Der 20-Jährige starb",
    # "Die Frau wurde schwer verletzt"
    # das Hilfsverb des Passivs schließt die Nominalphrase einer Zahl: wer danach mit "von" steht, ist der Handelnde, nicht
    # wer gezählt wird ("Der Täter wurde von Polizisten erschossen")
    # der Name einer Einrichtung mit "für" und seiner Ergänzung ist ein Name: "das Zentrum für Menschenrechte", "das Amt für
    # Statistik" (wie "le ministère de la Santé")
    name_joiners=frozenset({"für"}),
    np_stop_words=(
        r"wurden?", r"worden",
        # wer eine Zahl angibt, steht nach ihr nicht in ihrer Nominalphrase: "5000 laut Polizei und 20.000 laut Veranstaltern"
        r"laut", r"gemäß", r"nach (?:\w+ )?angaben", r"nach \w+angaben",
        # (wo das Hilfsverb vor der Zahl steht, das Passiv mit "von" danach: "wurden fünf Menschen von Sicherheitskräften
        # erschossen"; nicht ein Teil: "zwei von ihnen")
        r"von(?! (?:ihnen|denen|uns)\b)(?= (?:der |den |dem |einer |einem )?(?:[\w-]+ ){1,2}?"
        r"(?:getötet|erschossen|verletzt|angeschossen|verwundet|festgenommen)\b)",
    ),
    single_victim_words=(
        # "einer" allein nach dem Komma hinter einer Zahl, ein Verb des Todes gleich danach: einer von ihnen ("Sieben
        # Menschen wurden angeschossen, einer starb")
        r"(?<=\b\w+ \w+ \w+, )(?:einer|eine)(?= (?:starb|erlag|ist gestorben|kam ums Leben|ist tot|wurde getötet|überlebte nicht)\b)",
        # "einer" nach einem Grad und "und", wo der Satz Verletzte nach ihrem Grad teilt: "drei Insassen wurden schwer
        # und einer leicht verletzt" (wie "drei schwer und zwei leicht verletzt")
        r"(?<=\b(?:schwer|leicht|lebensgefährlich|schwerst) und )(?:einer|eine)(?= (?:schwer|leicht|lebensgefährlich|schwerst) verletzt\b)",
        # (auch "der verletzte Junge", "die angeschossene Frau"; mit dem Alter oder dem Platz in einer Zählung: "Der
        # 31-jährige Polizist wurde ... ins Krankenhaus gebracht", "Das zweite Opfer wurde ...")
        # (und ein Wort des Geschlechts oder Alters: "Das weibliche Opfer erlitt schwere Verletzungen")
        r"(?:der|die|das) (?:verletzte |angeschossene |zweite |dritte |vierte |fünfte )?(?:junge |jugendliche |ältere |weibliche |männliche )?(?:\d{1,3}-jährige |\d{1,3} Jahre alte )?"
        r"(?:Opfer|\d{1,3}-Jährige|Mann|Frau|Junge|Mädchen|Passant|Passantin|Polizist|Polizistin|Beamte|Fahrer|Fahrerin|Täter|Schütze"
        r"|Beifahrer|Beifahrerin|Sozius|Sozia"  # "Die 19 Jahre alte Beifahrerin wurde schwer verletzt", "sein Sozius starb"
        # wer im Verkehr unterwegs war oder wo er wohnt: "Die 71 Jahre alte Fußgängerin wurde schwer verletzt", "Der
        # Motorradfahrer erlitt schwere Verletzungen", "Die Bewohnerin wurde ins Krankenhaus gebracht"
        r"|Fußgänger|Fußgängerin|Radfahrer|Radfahrerin|Fahrradfahrer|Fahrradfahrerin|Motorradfahrer|Motorradfahrerin"
        r"|Rollerfahrer|Rollerfahrerin|Autofahrer|Autofahrerin|Lkw-Fahrer|Lkw-Fahrerin|Busfahrer|Busfahrerin|Mitfahrer|Mitfahrerin"
        r"|Radler|Radlerin|Pedelec-Fahrer|Pedelec-Fahrerin|Unfallverursacher|Unfallverursacherin|Fahrzeugführer|Fahrzeugführerin"
        r"|Fahrgast|Passagier|Passagierin|Insasse|Insassin|Anwohner|Anwohnerin|Bewohner|Bewohnerin|Mieter|Mieterin"
        r"|Rentner|Rentnerin|Seniorin|Senior|Arbeiter|Bauarbeiter|Jugendliche|Schüler|Schülerin|Kind|Säugling|Baby|Kleinkind"
        # (auch ein Beruf: "Der Kommissar wurde ins Krankenhaus gebracht", "Die Kassiererin wurde angeschossen")
        r"|Kommissar|Kommissarin|Kassierer|Kassiererin|Barkeeper|Barkeeperin|Angestellte|Wachmann"
        # der Angreifer, von Sicherheitskräften getötet: "Der Attentäter wurde von Sicherheitskräften erschossen"
        r"|Angreifer|Attentäter|Messerangreifer)"
        # (mit dem Genitiv dessen, mit dem er fuhr: "Die Beifahrerin des 34-Jährigen wurde leicht verletzt")
        r"(?: (?:des|der) \d{1,3}-Jährigen)?"
        # (auch das Verb der Meldungen: "Die 78-jährige Rentnerin verstarb im Krankenhaus")
        r"(?= (?:starb|stirbt|verstarb|ist gestorben|ist verstorben|erlag|wurde (?:von (?:der Polizei|Polizisten|Beamten|Sicherheitskräften|Einsatzkräften) )?(?:getötet|erschossen)|kam ums Leben|ist tot|war sofort tot"
        # ein Tod, festgestellt oder erklärt: "Der 17-Jährige wurde im Krankenhaus für tot erklärt"
        r"|wurde (?:im Krankenhaus )?für tot erklärt"
        # "Die Radfahrerin wurde von einem Lastwagen erfasst und tödlich verletzt"
        r"|wurde (?:von (?:dem|der|einem|einer) [\w-]{1,30} )?(?:erfasst und )?tödlich verletzt"
        r"|" + _HURT + r"|" + _HIT_IN_LIMB + r"|liegt im Krankenhaus|wird im Krankenhaus behandelt"
        # ein Aufenthalt in der Klinik, der andauert: "Der Junge liegt weiterhin im Krankenhaus" (nicht wo der Satz
        # weiter von seinem Tod erzählt)
        + _STILL_IN_CARE +
        # eine Wunde erlitten, gestreift: "Der Mann erlitt eine Schusswunde", "Der Junge wurde von einer Kugel gestreift"
        r"|erlitt (?:eine |einen )?(?:Schusswunde|Schussverletzung(?:en)?|Streifschuss)|wurde von einer Kugel gestreift"
        # in Lebensgefahr, mit Verletzungen, versehentlich angeschossen, ins Krankenhaus gebracht (nicht wo der Satz
        # weiter von seinem Tod erzählt: "wurde in eine Klinik geflogen, wo er starb"); danach in einem
        # Relativsatz: "Der Junge, der angeschossen wurde, ..."
        r"|schwebt in Lebensgefahr|ist außer Lebensgefahr|erlitt (?:[\w-]{1,20} ){0,6}\w{0,12}Verletzungen|wurde (?:versehentlich |schwer |lebensgefährlich )angeschossen"
        # eine Verletzung eines Kompositums, sich zugezogen, mit ihr davongekommen (Polizeimeldungen): "Der Mann erlitt
        # schwere Brandverletzungen", "Die Radfahrerin zog sich Verletzungen am Kopf zu", "Der Beifahrer kam mit leichten
        # Verletzungen davon" (nicht "kam mit dem Schrecken davon": unverletzt)
        r"|zog sich (?:[\w-]{1,20} ){0,6}?\w{0,12}Verletzungen (?:[\w-]{1,20} ){0,3}?zu|kam mit (?:leichten |schweren |lebensgefährlichen )?Verletzungen davon"
        # (mit einer Schusswunde oder im Hubschrauber: "mit schweren Verletzungen in eine Klinik gebracht" allein ist kein
        # Opfer einer Tat)
        r"|wurde (?:mit (?:einer |einem |dem )?(?:Schussverletzung(?:en)?|Schusswunde|Rettungshubschrauber|Hubschrauber) )?"
        r"(?:in ein Krankenhaus|in eine Klinik|ins Krankenhaus|in die Klinik) (?:gebracht|eingeliefert|geflogen)"
        r"(?![\w ,'()-]{0,120}\b(?:starb|gestorben|erlag|tot)\b)"
        # aus der Klinik entlassen: "Das Opfer wurde am Samstag aus dem Krankenhaus entlassen"
        r"|wurde (?:\w{1,20} ){0,3}aus (?:dem Krankenhaus|der Klinik) entlassen)\b)",
        r"(?:der|die|das) (?:Opfer|\d{1,3}-Jährige|Mann|Frau|Junge|Mädchen|Passant|Passantin|Polizist|Polizistin|Beamte|Fahrer|Fahrerin)"
        r"(?=, (?:der|die|das) (?:versehentlich |schwer |lebensgefährlich )?(?:angeschossen|verletzt) wurde,)",
        # das Opfer in Apposition mit Namen: "Das Opfer, die 19-jährige Anna Muster, liegt weiterhin im Krankenhaus"
        # (nicht die letzte einer Liste: "Anna Muster und der Mann, Max Muster, wurden verletzt"); auch ein Verb des
        # Todes oder die Fahrt ins Krankenhaus danach (s30inj, wie im Englischen "The victim, Jane Roe, died"): "Das
        # Opfer, der 52-jährige Karl Berger, starb noch am Tatort" (nicht wo der Satz weiter von seinem Tod erzählt)
        r"(?:der|die|das)(?<!\b(?:und|oder) (?:der|die|das)) (?:zweite |dritte |vierte |fünfte )?(?:Opfer|Mann|Frau|Junge|Mädchen|Polizist|Polizistin)"
        r"(?=, (?:der|die) (?:\d{1,3}-jährige )?(?-i:[A-ZÄÖÜ][a-zäöüß'-]{1,20} [A-ZÄÖÜ][a-zäöüß'-]{1,20}), "
        r"(?:" + _HURT + r"|schwebt in Lebensgefahr"
        r"|starb|erlag|ist gestorben|kam ums Leben|ist tot|wurde (?:getötet|erschossen)"
        r"|wurde (?:[\w-]{1,20} ){0,5}?(?:in ein Krankenhaus|in eine Klinik|ins Krankenhaus|in die Klinik) (?:gebracht|eingeliefert|geflogen)"
        r"(?![\w ,'()-]{0,120}\b(?:starb|gestorben|erlag|tot)\b)"
        r"|erlitt (?:eine |einen )?(?:Schusswunde|Schussverletzung(?:en)?|Streifschuss)" + _STILL_IN_CARE + r")\b)",
        # ein Pronomen am Satzanfang, ein Zustand nur der Lebenden danach: "Er liegt weiterhin im Krankenhaus", "Sie
        # schwebt in Lebensgefahr", "Er ist außer Lebensgefahr" (nicht ein Verb der Versorgung in der Vergangenheit:
        # "Er wurde in eine Klinik gebracht. Dort starb er")
        r"(?-i:Er|Sie)(?<=(?:^|[.!?][\"“”„]?[ \u00a0]{1,3}|\n)(?-i:Er|Sie))"
        r"(?= (?:schwebt in Lebensgefahr|schwebt weiterhin in Lebensgefahr|schwebt noch in Lebensgefahr|ist außer Lebensgefahr"
        r"|ist inzwischen außer Lebensgefahr|wurde ambulant behandelt" + _STILL_IN_CARE + r")\b)",
        # (oder ein Name allein, ein Nachname oder ein Vorname, den der Text zuvor nannte: "Yilmaz liegt weiterhin im
        # Krankenhaus", "Kevin ist außer Lebensgefahr"; kein Wort einer Menge oder einer Gruppe: "Einer", "Beide", "Polizei")
        r"(?-i:[A-ZÄÖÜ][a-zäöüß'-]{1,20})(?<=(?:^|[.!?][\"“”„]?[ \u00a0]{1,3}|\n)(?-i:[A-ZÄÖÜ][a-zäöüß'-]{1,20}))"
        r"(?<!\b(?:Er|Sie|Es|Einer|Eine|Ein|Keiner|Niemand|Beide|Alle|Jeder|Polizei|Behörden|Ermittler|Dieser|Diese|Das|Der|Die))"
        r"(?= (?:schwebt in Lebensgefahr|schwebt weiterhin in Lebensgefahr|schwebt noch in Lebensgefahr|ist außer Lebensgefahr"
        r"|ist inzwischen außer Lebensgefahr|wurde ambulant behandelt" + _STILL_IN_CARE + r")\b)",
        # ein Name allein am Satzanfang (Nachname, Vorname oder beide), ein Verb des Todes ohne Objekt danach: "Kowalski
        # starb noch am Tatort", "Anna Muster erlag im Krankenhaus ihren Verletzungen" (englisch "Castillo died at the
        # scene"); nicht ein Adverb vor dem Verb, dem das Subjekt folgt ("Dort starb er", "Später erlag der Mann ...")
        r"(?-i:[A-ZÄÖÜ][a-zäöüß'-]{1,20}(?: [A-ZÄÖÜ][a-zäöüß'-]{1,20})?)"
        r"(?<=(?:^|[.!?][\"“”„]?[ \u00a0]{1,3}|\n)(?!(?-i:" + _KEIN_NAME + r")(?![\w'-]))(?-i:[A-ZÄÖÜ][a-zäöüß'-]{1,20}(?: [A-ZÄÖÜ][a-zäöüß'-]{1,20})?))"
        r"(?= (?:starb|verstarb|erlag|ist (?:später |inzwischen |noch )?(?:gestorben|verstorben))\b"
        r"(?! (?:er|sie|es|der|die|das|ein|eine|einer|dieser|diese|zwei|drei|vier|fünf|\d+)\b))",
        # (oder eine Versorgung in der Vergangenheit, die der Satz in einem Zustand der Lebenden enden lässt: "Er wurde mit
        # schweren Verletzungen ins Krankenhaus gebracht, schwebt aber nicht in Lebensgefahr")
        r"(?-i:Er|Sie)(?<=(?:^|[.!?][\"“”„]?[ \u00a0]{1,3}|\n)(?-i:Er|Sie))(?= " + _PFLEGE_DANN_LEBEND + r"\b)",
        # das Opfer, dessen Satz in einer Versorgung endet, die nur Lebende bekommen: "Das Opfer wollte keine Angaben machen
        # und wurde später mit leichten Verletzungen in ein Krankenhaus gebracht" (vom Nomen aus gefunden, einem seltenen Wort)
        r"Opfer(?<=\b(?-i:[Dd]as) Opfer)(?= [^.;!?]{1,80}? und " + _PFLEGE_DANN_LEBEND + ")",
        # ein Titel und ein Name: "Polizist Max Muster wurde schwer verletzt"
        r"(?:Polizist|Polizistin|Polizeibeamter|Polizeibeamtin|Kommissar|Kommissarin)(?-i: [A-ZÄÖÜ][a-zäöüß'-]{1,15} [A-ZÄÖÜ][a-zäöüß'-]{1,15})"
        r"(?= wurde (?:schwer |leicht |lebensgefährlich )?(?:verletzt|angeschossen)\b)",
        # eine Person mit Namen und Alter, ein Verb des Todes gleich danach: "Max Muster (17) wurde erschossen",
        # "Anna Beispiel (24) starb im Krankenhaus"; kein Glied einer Liste ("... und Max Muster (17) wurden getötet");
        # auch mit dem Ort, aus dem sie stammt, zwischen Alter und Verb (s34inj, wie im Englischen "Jon Doe, 19, of Elm
        # Park, died"): "Max Muster (19) aus Neustadt starb noch am Tatort" (bis zu drei Wörter; ohne Großbuchstaben:
        # das Tor des Tail-Scans liest den Look-ahead auf dem klein geschriebenen Text)
        r"(?<![,&] )(?<!\bund )(?<!\boder )(?-i:[A-ZÄÖÜ](?:[a-zäöüß'-]|(?<=-)[A-ZÄÖÜ]){1,20}(?: [A-ZÄÖÜ](?:[a-zäöüß'-]|(?<=-)[A-ZÄÖÜ]){1,20}){1,2})"
        r"(?= [(]\d{1,3}[)](?: aus [\w.'-]{1,20}(?: (?:am|an der|im|bei) [\w.'-]{1,20})?,?)? (?:starb|stirbt|ist gestorben|erlag|wurde getötet|wurde erschossen|kam ums leben|ist tot|war sofort tot)\b)",
        # ebenso, wen eine Kugel an einem Glied traf: "Max Muster (17) wurde ins Bein geschossen", "Anna Beispiel wurde am
        # Arm getroffen"
        r"(?<![,&] )(?<!\bund )(?<!\boder )(?<![\w'-])(?-i:[A-ZÄÖÜ](?:[a-zäöüß'-]|(?<=-)[A-ZÄÖÜ]){1,20}(?: [A-ZÄÖÜ](?:[a-zäöüß'-]|(?<=-)[A-ZÄÖÜ]){1,20}){1,2})"
        r"(?= [(]\d{1,3}[)] " + _HIT_IN_LIMB + r"\b)",
        r"(?<![,&] )(?<!\bund )(?<!\boder )(?<![\w'-])(?-i:[A-ZÄÖÜ](?:[a-zäöüß'-]|(?<=-)[A-ZÄÖÜ]){1,20}(?: [A-ZÄÖÜ](?:[a-zäöüß'-]|(?<=-)[A-ZÄÖÜ]){1,20}){1,2})"
        r"(?= " + _HIT_IN_LIMB + r"\b)",
        # ein Angehöriger, mit Possessiv und Alter: "Ihr 6-jähriger Sohn wurde angeschossen", "Seine Tochter starb"; das
        # Alter auch in Klammern danach (s34inj, wie im Englischen "his wife, 34, was hospitalized"): "Ihr Freund (22)
        # wurde schwer verletzt"
        r"(?:(?:sein|ihr|dessen|deren)(?: \d{1,2}-jähriger| [a-zäöü]{3,12}jähriger)? (?:" + _RELATIVES_M + ")"
        r"|(?:seine|ihre|dessen|deren)(?: \d{1,2}-jährige| [a-zäöü]{3,12}jährige)? (?:" + _RELATIVES_F + "))"
        r"(?: [(]\d{1,3}[)])?(?= (?:starb|stirbt|ist gestorben|wurde getötet|wurde erschossen|kam ums Leben"
        r"|" + _HURT + _STILL_IN_CARE + r")\b)",
        # (s35inj2) ein Angehöriger, dann "und" und eine Zahl weiterer unter einem Verb der Tat: "Seine Frau (34) und die vier
        # Töchter wurden tot aufgefunden" (eine, die Summe beider die Bilanz: figure.list-sum)
        r"(?:(?:sein|ihr|dessen|deren) (?:" + _RELATIVES_M + ")|(?:seine|ihre|dessen|deren) (?:" + _RELATIVES_F + "))" r"(?: [(]\d{1,3}[)])?"
        r"(?= und (?:die|seine|ihre|deren|dessen) (?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|\d{1,2}) (?:[\w-]{1,20} ){1,2}?"
        r"(?:wurden (?:[\w-]{1,20} ){0,3}?(?:tot aufgefunden|getötet|erschossen|verletzt|angeschossen)|starben|kamen ums Leben|sind tot|waren tot)\b)",
        # ein Angehöriger mit dem Genitiv eines Namens: "Müllers Tochter liegt weiterhin im Krankenhaus", "Annas Bruder
        # wurde schwer verletzt" (nicht die letzte einer Liste)
        r"(?<![,&] )(?<!\bund )(?<!\boder )(?<![\w'-])(?!(?:Das|Des|Dies|Alles|Es)\b)(?-i:[A-ZÄÖÜ][a-zäöüß]{1,20}s)"
        r" (?:\d{1,2}-jährige[r]? )?(?:" + _RELATIVES_M + "|" + _RELATIVES_F + ")"
        r"(?= (?:" + _HURT + r"|schwebt in Lebensgefahr" + _STILL_IN_CARE + r")\b)",
        # der Verletzte nach dem Toten, ohne eigenes Hilfsverb: "Ein Kind wurde getötet und sein Vater schwer verletzt"; ein
        # Wort davor ("ein Mann tot und ein 30-jähriger Passant verletzt")
        r"(?:sein|seine|seinen|ihr|ihre|ihren|der|die|den|ein|eine|einen)(?<=\b(?:tot|getötet) und (?:sein|seine|seinen|ihr|ihre|ihren|der|die|den|ein|eine|einen))"
        r" (?:[\w-]{1,20} ){0,2}?(?:Vater|Mutter|Sohn|Tochter|Bruder|Schwester|Freund|Freundin|Mann|Frau|Begleiter|Begleiterin|Beifahrer|Beifahrerin|Polizisten?|Polizistin"
        r"|Passant|Passantin|Polizeibeamter|Polizeibeamtin|Radfahrer|Radfahrerin|Fußgänger|Fußgängerin)"
        # (oder mit eigenem Hilfsverb: "Ein Mann wurde getötet und ein junger Polizist wurde schwer verletzt")
        r"(?= (?:wurde )?(?:schwer |leicht |lebensgefährlich )?verletzt\b)",
        # ein Tod in einer Polizeimeldung: wer im Verkehr oder in der Gruppe genannt ist ("Der Motorradfahrer
        # verstarb an der Unfallstelle", "Die Fußgängerin wurde tödlich verletzt"), ein Verb des Todes der
        # Meldungen ("Der 23-Jährige überlebte den Angriff nicht", "Der Mann verstarb im Krankenhaus")
        r"(?:der|die|das) (?:Radfahrer|Radfahrerin|Motorradfahrer|Motorradfahrerin|Autofahrer|Autofahrerin|Beifahrer|Beifahrerin"
        r"|Fußgänger|Fußgängerin|Rentner|Rentnerin|Jugendliche|Kind|Säugling|Senior|Seniorin)"
        r"(?= (?:starb|stirbt|verstarb|ist gestorben|ist verstorben|erlag|wurde getötet|wurde erschossen|wurde tödlich (?:verletzt|getroffen)"
        r"|kam ums Leben|ist tot|war sofort tot|überlebte (?:\w{1,20} ){0,4}nicht)\b)",
        r"(?:der|die|das) (?:Opfer|\d{1,3}-Jährige|Mann|Frau|Junge|Mädchen|Passant|Passantin|Polizist|Polizistin|Beamte|Fahrer|Fahrerin)"
        r"(?= (?:verstarb|ist verstorben|wurde tödlich (?:verletzt|getroffen)|überlebte (?:\w{1,20} ){0,4}nicht)\b)",
        # "Für den 58-Jährigen kam jede Hilfe zu spät": der Tote als Objekt der festen Wendung
        r"(?:den|die|das) (?:\d{1,3}-Jährigen|\d{1,3}-Jährige|Mann|Frau|Jungen|Mädchen|Kind|Radfahrer|Radfahrerin|Motorradfahrer"
        r"|Motorradfahrerin|Fußgänger|Fußgängerin|Fahrer|Fahrerin|Rentner|Rentnerin|Opfer)(?<=\bfür (?:den|die|das) [\w-]+)"
        r"(?= kam (?:jede )?Hilfe zu spät\b)",
        # einer mehr nach einem ersten Opfer: "Ein Mann starb, ein weiterer wurde schwer verletzt"
        r"weitere[rs]?(?<=\bein weitere[rs]?)(?= (?:wurde|ist) (?:schwer |leicht |lebensgefährlich )?(?:verletzt|getötet|erschossen|angeschossen)\b)",
        # (auch die Frau, und versorgt: "Zwei Personen kamen ins Krankenhaus, eine weitere wurde ambulant versorgt")
        r"weitere(?<=\beine weitere)(?= wurde (?:schwer |leicht |lebensgefährlich )?(?:verletzt|getötet|erschossen|angeschossen|ambulant (?:versorgt|behandelt))\b)",
        # der zweite von zweien nach dem ersten: "Einer wurde vor Ort behandelt, der andere kam ins Krankenhaus"
        r"andere(?<=\b(?:und|,) (?:der|die) andere)(?= (?:wurde|ist) (?:schwer |leicht |lebensgefährlich )?(?:verletzt|angeschossen)\b"
        r"| (?:wurde|kam) ins Krankenhaus\b| liegt (?:noch )?im Krankenhaus\b)",
        # mit einem Nomen: "ein 16-Jähriger wurde erschossen, ein weiterer Jugendlicher wurde verletzt"
        r"weitere[rs]?(?<=\bein weitere[rs]?) (?-i:[A-ZÄÖÜ][a-zäöüß]{1,20})(?= (?:wurde|ist) (?:schwer |leicht |lebensgefährlich )?(?:verletzt|angeschossen)\b)",
        # eine Person mit unbestimmtem Artikel und einem Nomen, das die Zahlgrammatik nicht zählt (bis zu drei
        # Wörter davor), ein Verb des Todes gleich danach: "Eine Kassiererin starb im Krankenhaus", "Ein 19 Jahre
        # alter Student wurde erschossen" (nicht die letzte einer Liste: "ein Mann und eine Kassiererin starben";
        # nur der Tod, die Verletzten zählen andere Muster)
        r"(?:ein|eine)(?<!\b(?:und|oder|mit|von) (?:ein|eine)) (?:[\w-]{1,12}(?<!\b(?:und|oder|mit|von|deren|dessen)) ){0,3}?"
        r"(?:Student|Studentin|Schüler|Schülerin|Kassierer|Kassiererin|Verkäufer|Verkäuferin|Polizist|Polizistin|Soldat|Soldatin"
        r"|Vater|Mutter|Sohn|Tochter|Rentner|Rentnerin|Passant|Passantin|Fahrer|Fahrerin|Jugendlicher|Teenager|Wachmann"
        r"|Angestellter|Angestellte|Nachbar|Nachbarin|Kunde|Kundin|Anwohner|Anwohnerin|Mitarbeiter|Mitarbeiterin|Jäger)"
        r"(?= (?:starb|stirbt|verstarb|ist gestorben|ist verstorben|erlag|wurde tödlich (?:verletzt|getroffen)"
        # (die Satzklammer: "wurde in der Nacht vor einer Bar erschossen")
        r"|wurde (?:[\w-]{1,20} ){0,8}?(?:getötet|erschossen|tot aufgefunden)|kam ums Leben|ist tot|war sofort tot)\b)",
        # ein Angehöriger als Subjekt eines Relativsatzes, das Verb am Ende: "eine Mutter, deren Sohn bei dem
        # Anschlag getötet wurde" (einer, der Sohn; nicht die Mutter und ihr Sohn)
        # (ein Alter davor: ", deren 6-jährige Tochter ... angeschossen wurde,")
        r"(?:dessen|deren)(?<=, (?:dessen|deren)) (?:\d{1,2}-jährige[rn]? )?(?-i:[A-ZÄÖÜ][a-zäöüß]{2,20})"
        r"(?= (?:[\w-]{1,20} ){0,8}?(?:(?:schwer |lebensgefährlich |tödlich )?(?:getötet|erschossen|verletzt|angeschossen) wurde|ums leben kam|starb|gestorben ist)[,.])",  # (klein: der Tail-Scan liest klein)
        # wer im Wagen mitfuhr, mit Possessiv, ein Verb des Todes oder der Verletzung gleich danach (Polizeimeldungen): "Der
        # Fahrer wurde schwer verletzt, sein Beifahrer starb an der Unfallstelle", "Ihre Begleiterin wurde leicht verletzt";
        # wer hinten auf dem Motorrad saß: "sein Sozius starb noch am Unfallort"
        # (nicht das letzte Glied einer Liste: "Der Fahrer und sein Beifahrer wurden verletzt")
        r"(?<!\bund )(?<!\boder )(?<!& )(?:(?:sein|ihr|dessen|deren)(?: \d{1,2}-jähriger)? (?:Beifahrer|Begleiter|Mitfahrer|Sozius)"
        r"|(?:seine|ihre|dessen|deren)(?: \d{1,2}-jährige)? (?:Beifahrerin|Begleiterin|Mitfahrerin|Sozia))"
        r"(?= (?:starb|stirbt|verstarb|ist gestorben|erlag|wurde getötet|kam ums Leben|wurde tödlich verletzt|" + _HURT + r")\b)",
    ),
    # eine Person nach dem Verb dessen, was ihr widerfuhr, das Verb zuerst (ein Satzteil steht voran): "Nach dem Zusammenstoß
    # verstarb die 81-jährige Frau im Krankenhaus", "Noch an der Unfallstelle starb der 19 Jahre alte Beifahrer"; der
    # Festgenommene nach "nahmen", mit dem Alter als Nomen: "Die Beamten nahmen den 31-Jährigen noch in der Nacht fest" (nicht die
    # erste einer Liste)
    verb_first_words={
        Category.DEATHS: (
            r"(?:starb|verstarb)(?: (?:noch|dann|später|schließlich|wenig später|kurz darauf))?"
            r" (?:der|die) (?:\d{1,3}-jährige |\d{1,3} Jahre alte |junge |ältere )?(?:" + _SUBJECT_NOUNS
            + r"|Frau|Mann|Rentner|Rentnerin|Seniorin|Senior|Motorradfahrer|Motorradfahrerin|Sozius|Sozia|Autofahrer|Autofahrerin"
            r"|Insasse|Insassin|Fahrgast|Passagier|Passagierin|Mädchen|Kind|Säugling|Opfer)(?![\w-])(?!,? (?:und|oder|sowie)\b)",
        ),
        Category.ARRESTS: (
            # (das Alter als Nomen, groß geschrieben: nicht "den 31-jährigen Tatverdächtigen", den Täter der Meldung, keine Zahl)
            r"(?:nahm|nahmen)(?: die (?:Polizei|Beamten|Polizisten|Einsatzkräfte))? (?:den|die) (?-i:\d{1,3}-Jährigen)"
            r"(?![\w-])(?!,? (?:und|oder|sowie)\b)(?= (?:[\w-]{1,20} ){0,6}?fest\b)",
        ),
    },
    injured_object_words=(
        # "verletzte dabei seinen Vater schwer", "verwundete der Täter die 45-jährige Kassiererin"
        r"(?:verletzte|verletzten|verwundete|verwundeten)(?<!\btödlich \w{9,11})" + _OBJECT_SUBJECT + _OBJECT_ASIDE
        + r" (?:seinen|seine|ihren|ihre|dessen|deren|den|die) " + _OBJECT_ONE + r"(?! (?:\w+ ){0,3}?tödlich\b)",
        # "schoss einem 30-Jährigen ins Bein", "traf seine Begleiterin am Arm": wer dort getroffen ist, lebt
        r"(?:schoss|schossen)" + _OBJECT_SUBJECT + _OBJECT_ASIDE
        + r" (?:einem|einer|seinem|seiner|ihrem|ihrer|dessen|deren|dem|der) " + _OBJECT_ONE + r" " + _OBJECT_LIMB,
        # das Subjekt nach dem Hilfsverb, wo ein Satzteil voransteht: "Dabei wurde sein Bruder schwer verletzt", "Bei dem Angriff
        # wurde auch die 17-jährige Tochter des Mannes verletzt" (ein Artikel "ein" zählt schon selbst)
        r"wurde" + _OBJECT_ASIDE + r"(?: auch)? (?:sein|ihr|dessen|deren|der|die) (?:\d{1,3}-jährige |\d{1,3} Jahre alte |junge |ältere )?"
        r"(?:" + _SUBJECT_NOUNS + r")(?![\w-])(?!,? (?:und|oder|sowie)\b)(?: (?:(?!tödlich\b)\w+ ){0,4}?)(?:schwer |leicht |lebensgefährlich )?(?:verletzt|angeschossen)\b",
        r"(?:traf|trafen)" + _OBJECT_SUBJECT + _OBJECT_ASIDE
        + r" (?:einen|eine|seinen|seine|ihren|ihre|dessen|deren|den|die) " + _OBJECT_ONE + r" " + _OBJECT_LIMB,
        # (s36inj3) wer beschossen und verletzt wurde: "schoss auf seine Frau und verletzte sie schwer"
        r"(?:schoss|schossen)" + _OBJECT_SUBJECT + _OBJECT_ASIDE + _OBJECT_TIME + _SHOT_AT_ONE
        + r" und (?:verletzte|verletzten|verwundete|verwundeten) (?:ihn|sie)(?: (?:dabei|schwer|leicht|lebensgefährlich|erheblich))?\b(?! tödlich\b)",
    ),
    # (s36inj3) einer, dem anderswo als in ein Glied geschossen wurde, tot oder lebend (ein Wort des Todes im Satz nicht):
    # "schoss einem Mann in den Bauch" (nicht "schoss auf seine Frau": auf einen schießen heißt nicht, ihn zu treffen)
    shot_object_words=(
        r"(?:schoss|schossen)" + _OBJECT_SUBJECT + _OBJECT_ASIDE + _OBJECT_TIME
        + r" (?:einem|einer|seinem|seiner|ihrem|ihrer|dem|der) " + _OBJECT_ONE + r"(?= (?:ins|in den|in die|in das|am|an den|an die|an der) )" + _NO_DEATH_AFTER,
        r"(?:schoss|schossen)" + _OBJECT_SUBJECT + _OBJECT_ASIDE + _OBJECT_TIME + _SHOT_PAIR
        + r"(?= (?:ins|in den|in die|in das|am|an den|an die|an der) )" + _NO_DEATH_AFTER
        + r"(?![^.;!?]{0,80}?\b(?:tötete|töteten|sich (?:\w+ ){0,2}?selbst)\b)",  # (nicht beide, dann der Täter sich selbst)
    ),
    victim_list_words=(
        # Namen mit Alter in Klammern, vor einem Verb der Verletzung oder des Todes: die Namen sind die Zahl
        # (die Gruppe "item"): "Max Müller (19), Ali Demir (21) und Tim Wolf (17) wurden verletzt"
        # (nicht als Apposition einer Zahl: "Die drei Opfer, Max Müller (19), ... wurden verletzt" zählt "drei")
        rf"(?<!, )(?P<item>{_LIST_NAME}) \(\d{{1,3}}\)(?:(?:,| und| sowie) (?P<item>{_LIST_NAME}) \(\d{{1,3}}\)){{1,3}},?"
        r"(?= (?:wurden|sind|waren)(?: \w{1,20}){0,3} (?:verletzt|getötet|erschossen|angeschossen|verwundet|niedergeschossen)\b)",
        # zwei oder drei Personen, mit Nomen genannt, vor einem Wort der Verletzung oder des Todes: "Ein Mann und eine
        # Frau wurden verletzt", "Eine Frau und ihr Sohn wurden tot aufgefunden", "Mann und Kleinkind angeschossen",
        # "Ein Mann, eine Frau und ein Kind wurden verletzt" (nicht die letzten einer längeren Liste: "drei Männer,
        # ein Mann und eine Frau ...", nicht die Täter: "Ein Mann und eine Frau erschossen einen Nachbarn")
        rf"(?<!\b(?:{_PAIR_SECOND}|{_PAIR_PLURAL}|\d+)(?:,|,? &) )(?<!\b(?:und|ein|eine|einen|einem|einer|der|die|das|den|dem) )(?<![\w-])(?<!-\w{{1,10}} )(?!(?:der|die|das) [^,.;]{{1,60}}? (?:starben|erlagen|sind [^,.;]{{0,60}}gestorben|kamen [^,.;]{{0,80}}ums Leben)\b)"
        # (jede mit ihrem Alter in Klammern, s34inj: "Das Kleinkind (2) und sein Großvater (35) wurden angeschossen")
        rf"(?:(?:ein|eine|einen|der|die|das|den|ihr|ihre|sein|seine) )?(?:{_PAIR_AGE})?(?P<item>{_PAIR_FIRST})(?: [(]\d{{1,3}}[)])?"
        rf"(?:,(?! (?:deren|dessen)\b) (?:(?:ein|eine|einen|der|die|das|ihr|ihre|sein|seine|deren|dessen) )?(?:{_PAIR_AGE})?(?P<item>{_PAIR_SECOND}))?"
        rf"(?: und|,(?! (?:deren|dessen)\b)) (?:(?:ein|eine|einen|der|die|das|ihr|ihre|sein|seine|deren|dessen) )?(?:{_PAIR_AGE})?(?P<item>{_PAIR_SECOND})(?: [(]\d{{1,3}}[)])?"
        r"(?= (?:(?:wurden|sind|waren)(?! (?:\w{1,20} ){0,3}(?:nicht|kaum)\b)(?: \w{1,20}){0,4} "
        r"(?:(?:schwer|leicht|lebensgefährlich|tödlich) )?(?:verletzt|getötet|erschossen|angeschossen|verwundet|tot aufgefunden)\b"
        # (jede Alternative beginnt mit einem Wort: das Tor des Tail-Scans findet sie)
        # eine erlittene Wunde, die Genesung: "Eine 39-jährige Frau und ein 21-jähriger Mann erlitten Schussverletzungen",
        # "Eine Frau und ihr Sohn erholen sich im Krankenhaus"
        r"|erlitten (?:[\w-]{1,24} )?(?:Schussverletzungen|Schusswunden|Verletzungen)\b|erholen sich\b"
        # ein Verb des Todes: "Ein Mann und eine Kassiererin starben", "... kamen bei dem Überfall ums Leben"
        # (nicht ein schon genanntes Paar, mit bestimmtem Artikel: "..., wo das Kind und die Frau starben" ist ein
        # Teil: der Kopf des Musters prüft es)
        r"|starben\b|sind (?:[\w-]{1,20} ){0,3}gestorben\b|kamen (?:[\w-]{1,20} ){0,8}ums Leben\b|erlagen\b"
        r"|(?:in|bei|nahe|vor|auf) (?:der |dem |einer |einem )?[\w-]{1,30} (?:(?:schwer|leicht|lebensgefährlich|tödlich) )?"
        rf"(?:verletzt|getötet|erschossen|angeschossen|tot aufgefunden)\b{_PAIR_NO_OBJECT}"
        rf"|(?:schwer|leicht|lebensgefährlich|tödlich) (?:verletzt|getötet|erschossen|angeschossen)\b{_PAIR_NO_OBJECT}"
        rf"|(?:verletzt|getötet|erschossen|angeschossen|tot aufgefunden)\b{_PAIR_NO_OBJECT}))",
        # Namen mit Alter in Klammern vor einem Verb der Versorgung: "Anna Muster (19) und Tim Roth (21) wurden ins
        # Krankenhaus gebracht", "... liegen weiterhin im Krankenhaus" (nicht wo der Satz von einem Tod weitererzählt)
        rf"(?<!, )(?P<item>{_LIST_NAME}) \(\d{{1,3}}\)(?:(?:,| und| sowie) (?P<item>{_LIST_NAME}) \(\d{{1,3}}\)){{1,3}},?"
        r"(?= (?:wurden (?:[\w-]+ ){0,6}?(?:in ein|in eine|ins|in die) (?:[\w-]+ )?(?:Krankenhaus|Klinik|Klinikum|Uniklinik)\w* (?:gebracht|eingeliefert|geflogen)\b"
        r"|liegen (?:noch |weiterhin |nach wie vor )?(?:im Krankenhaus|in der Klinik|auf der Intensivstation)\b)"
        r"(?![\w ,'()-]{0,120}\b(?:starb|starben|gestorben|erlag|erlagen|tot)\b))",
    ),
    # eine Überschrift: das Alter in Klammern, ein Ort vor dem Partizip ("17-Jähriger in Neukölln erschossen",
    # "Mädchen (12) stirbt nach Schüssen")
    # (zwei Alternativen, mit und ohne Ort, die Verben gleich: so beginnt jeder Look-ahead mit einem
    # Wort, das der Tail-Scan schnell findet; dieselben Treffer wie ein optionaler Ort)
    headline_victim_words=tuple(
        r"(?:Mann|Frau|Junge|Mädchen|Jugendlicher|Jugendliche|Rentner|Rentnerin|Polizist|Polizistin|Radfahrer|Fußgänger|Schüler|Schülerin"
        r"|Kind|Baby|Kleinkind|Teenager|Student|Studentin|Jäger|\d{1,3}-Jährige[r]?"
        # (s35inj2: wer am Steuer oder im Wagen sitzt, wer vorbeigeht: "Autofahrer nach Streit angeschossen",
        # "Beifahrer in Auto angeschossen")
        r"|Autofahrer|Autofahrerin|Fahrer|Fahrerin|Beifahrer|Beifahrerin|Taxifahrer|Motorradfahrer|Passant|Passantin)(?: \(\d{1,3}\))?"
        rf"(?= {place}(?:stirbt|tot|getötet|erschossen|(?:versehentlich )?angeschossen"
        # wer sich ins Bein schoss: "Jugendlicher schoss sich ins Bein" (tot oder lebend: das Verb sagt es nicht)
        r"|schoss sich (?:versehentlich )?(?:ins Bein|in den Fuß|in die Hand|in den Arm|ins Knie|in die Schulter|in den Oberschenkel)"
        # in eine Klinik gebracht: "Jugendlicher nach Schüssen ins Krankenhaus gebracht"
        r"|(?:nach Schüssen )?(?:in eine Klinik|in die Klinik|ins Krankenhaus) (?:gebracht|eingeliefert|geflogen)"
        r"|tödlich (?:getroffen|verletzt)|(?:schwer |leicht |lebensgefährlich )?verletzt)\b)"
        for place in ("", r"(?:in|bei|nahe|vor|auf|nach) (?:der |dem |einer |einem )?[\w-]+ ")
    ),
    zero_words=(
        # a total of none, not none besides those named ("niemand sonst", "keine weiteren")
        r"niemand(?:en|em)?(?!(?: wurde| ist| sei| war)? (?:sonst|weiter|anderes|schwer|lebensgefährlich|ernsthaft)\b)", r"keiner(?! der anderen| sonst)",
        r"keine(?= (?:Verletzten|Verletzte|Toten|Tote|Todesopfer|Opfer|Menschen|Personen|Festnahmen)\b)",
        r"kein(?= (?:Mensch|Toter|Verletzter)\b)",
    ),
    # eine Zählung über einen Zeitraum, nicht die Bilanz eines Ereignisses: "seit Jahresbeginn 40 Tote",
    # "im vergangenen Jahr wurden 120 Menschen getötet"
    period_tally_cues=(
        r"seit jahresbeginn", r"seit (?:dem )?(?:anfang|beginn) (?:des|dieses) jahres", r"(?:bislang |bisher )?in diesem jahr",
        r"dieses jahr", r"im (?:vergangenen|letzten|laufenden|gesamten) jahr", r"im vorjahr", r"seit januar",
        # ein Teil des Jahres, eine Jahreszeit: "im ersten Halbjahr", "in den ersten sechs Monaten des Jahres", "diesen Sommer"
        r"im (?:ersten|zweiten) (?:halbjahr|quartal)", r"in den ersten (?:\w+ )?(?:monaten|wochen) (?:des|dieses) jahres",
        r"(?:in )?diesem sommer", r"diesen sommer",
        r"(?:vergangenen|letzten) (?:\w+ |\d+ )?(?:jahren|monaten|jahrzehnten)", r"(?:verschiedenen|getrennten) (?:vorfällen|angriffen)",
        # eine Zahl über eine Zeitspanne: "einer von drei Toten innerhalb von acht Stunden"
        r"über (?:einen|einem) zeitraum von",
        # eine Zahl von Schießereien, eine Serie: "bei elf Schießereien", "eine Serie von Schüssen" (keine
        # Spanne von Tagen allein, "seit Freitag", "binnen 24 Stunden": so zählt man auch die Toten eines Ereignisses)
        r"(?:\d+|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|dutzenden) "
        r"(?:getrennten |verschiedenen |nächtlichen |weiteren )?(?:schießereien|schusswechseln)",
        r"(?:serie|reihe|welle|häufung) (?:von |an )?(?:\w+ ){0,2}(?:schüssen|schießereien|morden|tötungsdelikten)",
        r"(?:19|20)\d\d (?:zählte|verzeichnete|registrierte) (?:die|der) (?:stadt|polizei|statistik|region)",
        # eine Jahreszahl: "die Zahl der Morde stieg 2016 auf 104", "Im Jahr 2012 starben 13 Menschen"
        r"(?:zahl der (?:morde|tötungsdelikte)|mordrate|jahresbilanz)(?:(?: [\w-]+){0,4}? auf)?", r"im jahr (?:19|20)\d\d",
        r"im (?:ganzen|gesamten) jahr",
        # die über eine Stadt verteilt Getroffenen, ein Verb der Verletzung bald danach (s34inj, wie im Englischen "55
        # people shot across the city"): "Am Wochenende wurden 20 Menschen in der ganzen Stadt angeschossen" (nicht "In
        # der ganzen Stadt herrschte Trauer um die zwei Toten": kein Verb der Tat)
        r"(?:in der ganzen stadt|im (?:ganzen|gesamten) stadtgebiet)(?= (?:[\w-]+ ){0,7}?(?:angeschossen|verletzt|verwundet|getötet|erschossen)\b)",
        # die laufende Zahl eines Krieges neben der Bilanz eines Angriffs: "seit Kriegsbeginn wurden mehr als 40.000
        # Menschen getötet", "seit Beginn der Invasion", "seit dem 7. Oktober" (nicht "der tödlichste Angriff seit
        # Kriegsbeginn": der Rang eines Ereignisses)
        r"seit" + _NOT_RANK + r" (?:(?:dem )?(?:kriegsbeginn|kriegsausbruch|invasionsbeginn)|(?:dem )?(?:beginn|anfang|ausbruch|start) "
        r"(?:des|der) (?:[\w-]+ ){0,2}?[\w-]*(?:krieg|kriegs|krieges|invasion|konflikts|konfliktes|kämpfe|offensive)"
        r"|dem (?:[\w-]+ )?einmarsch|(?:dem )?\d{1,2}\. (?:" + "|".join(_MONTHS) + r")(?: (?:19|20)\d\d)?(?!\d))",
    ),
    # ein anderes Ereignis, beiläufig genannt: "bei einem ähnlichen Angriff im März", "vor zwei Jahren"
    other_incident_cues=(
        r"(?:früheren|ähnlichen|anderen|vorherigen) (?:angriff|anschlag|schießerei|vorfall|tat|amoklauf)",
        r"vor (?:\w+ |\d+ )?(?:jahren|monaten)", r"(?:im|vom) (?:vergangenen|letzten) (?:monat|sommer|winter|herbst|frühjahr)",
        r"vor einem jahrzehnt", r"ein jahr (?:zuvor|davor|früher)", r"jahre (?:zuvor|davor|früher)",
        r"(?:anderen|weiteren|ähnlichen) (?:fällen|vorfällen|taten)",
        r"(?:ähnlichen|früheren|anderen) (?:\w+ )?(?:angriff|anschlag|schießerei|vorfall|tat|amoklauf)",
        # eine frühere Tat im Leben eines Menschen: "saß zwölf Jahre im Gefängnis, weil er seine erste Frau
        # getötet hatte", "war bereits wegen Totschlags an seiner Frau verurteilt worden" (nicht "wurde wegen
        # Mordes verurteilt": der Prozess um diese Tat)
        r"(?:saß|verbüßte|verbrachte) (?:[\w-]+ ){0,4}?(?:im gefängnis|in haft|hinter gittern),? (?:weil|nachdem|da) (?:er|sie)",
        r"(?:bereits|schon|früher) (?:einmal )?wegen (?:des )?(?:mordes|totschlags|tötung|doppelmordes)",
        # der Verweis einer Seite auf einen anderen ihrer Artikel, eine Überschrift nach einem Etikett: "Lesen Sie auch:
        # Zwei Tote bei Unfall auf der A7", "Mehr zum Thema - ..." (nicht "ein ähnlicher Fall")
        r"(?:lesen sie (?:auch|dazu|mehr)|mehr zum thema|zum thema|auch interessant|das könnte sie auch interessieren|"
        r"weitere (?:artikel|meldungen|nachrichten))(?=[ \u00a0]*(?:[:|–—]|-[ \u00a0]))",
    ),
    # eine erste Meldung, inzwischen überholt: "Zunächst war von drei Verletzten die Rede"
    initial_report_cues=(
        r"(?:zunächst|anfangs|ursprünglich) (?:war|hieß es,?|hatte es geheißen,?|sprach|sprachen|meldete|meldeten|berichtete|berichteten)",
        # eine frühere Angabe als solche: "Zuvor hatte die Generalstaatsanwältin von 13 Toten gesprochen"
        r"zuvor (?:hatte|hatten) (?:[\w-]+ ){1,5}?von",
        # eine frühere Angabe als Nebensatz einer neuen: "auf zwölf gestiegen, nachdem zuvor von neun Toten die Rede war"
        r"zuvor von(?= [^.;:!?]{1,40}? die rede (?:gewesen )?war)",
        # eine erste Meldung im Präteritum: "Erste Berichte hatten von einem Toten gesprochen"; eine frühere, seither
        # überholte: "Frühere Berichte hatten von acht Toten gesprochen", "Eine frühere Bilanz hatte 26 Tote genannt"
        r"(?:erste|ersten|frühe|frühen|anfängliche|anfänglichen|frühere|früheren|vorherige|vorherigen) (?:berichte|meldungen|angaben)"
        r" (?:hatten|sprachen|nannten|meldeten)",
        r"(?:eine |die )?(?:frühere|vorherige) bilanz (?:hatte|nannte|sprach)",
        # eine frühere Meldung, falsch genannt: "frühere Berichte über 14 Tote seien falsch gewesen", "Erste Meldungen von
        # fünf Toten hatten sich als falsch erwiesen"
        r"(?:erste|ersten|frühe|frühen|anfängliche|anfänglichen|frühere|früheren|vorherige|vorherigen) (?:berichte|meldungen|angaben)"
        r"(?= (?:über|von) [^.;:!?]{1,60}?\b(?:falsch|unzutreffend|unrichtig|fehlerhaft|übertrieben|irrtümlich)\w*\b)",
        r"(?:war|hatte|hatten) (?:zunächst|anfangs|ursprünglich) von", r"(?:zunächst|anfangs|ursprünglich) (?:gemeldet|berichtet|genannt)\w*",
        # eine verneinte Zahl nach dem Komma, die letzten Wörter des Satzes: "Ein Mensch starb, nicht zwei."
        r"nicht(?<=, nicht)(?= (?:[\w-]+ )?[\w-]+[.;!?])",
        # eine frühere Angabe ohne Quelle: "Zuvor war von 51 Toten die Rede", "Bis dahin hieß es, 30 Menschen seien gestorben"
        # (das Komma mit: die Zahl steht in der indirekten Rede danach, "Zunächst hieß es, 18 Menschen seien ...")
        r"(?:zuvor|bis dahin) (?:war|hieß es,?|hatte es geheißen,?)", r"(?:bislang|bisher) war von",
    ),
    care_words=(r"auf der intensivstation", r"intensivstation", r"im krankenhaus behandelt",
                r"in (?:krankenhäusern|kliniken|einem krankenhaus|einer klinik|der klinik) behandelt", r"ins krankenhaus", r"in krankenhäuser",
                r"(?:in ein krankenhaus|in eine klinik|in die klinik|in kliniken) (?:gebracht|eingeliefert|geflogen)",
                _IN_KLINIK_VERLEGT,
                r"in (?:umliegende|nahe gelegene|nahegelegene|verschiedene|mehrere|örtliche) (?:kliniken|krankenhäuser)"),
    shot_words=(r"angeschossen", r"niedergeschossen", _SCHOSS_AN, r"von (?:einer |einem )?(?:verirrten )?(?:kugeln?|sch(?:ü|u)ssen|schuss|querschläger|querschlägern) getroffen",
                r"schoss sich (?:\w+ ){0,5}(?:ins|in den|in die|in das) \w+", _MIT_SCHUSSWUNDEN),
    # Verletzte nach dem Grad (figure.piece-by-degree): "Zwei Menschen wurden lebensgefährlich, vier leicht verletzt"
    grave_degree_words=(r"lebensgefährlich", r"lebensbedrohlich", r"schwer(?:st)?", r"kritisch"),
    light_degree_words=(r"leicht", r"ambulant", r"vor Ort behandelt"),
    one_more_words=(r"einen (?:weiteren|zweiten|dritten|vierten|fünften|sechsten)",),  # "zwei angeschossen und einen weiteren getötet"
    wound_sites=(
        r"(?:ins|in das|in den|in die|am|an der|an den|an die) (?:linke |rechte |linken |rechten )?"
        r"(?:bein|beine|arm|arme|hand|hände|fuß|füße|knie|schulter|oberschenkel|unterschenkel|gesäß|hüfte|knöchel|oberarm|unterarm)",
    ),
    # die Angeschossenen lebten: "wurde angeschossen, überlebte aber", "haben schwer verletzt überlebt"
    # "Ihr Mann wurde ebenfalls angeschossen": weitere neben den zuvor genannten Opfern (figure.shot-also)
    increment_words=(r"weitere", r"weiteren", r"weiterer", r"neue", r"neuen", r"zusätzliche"),
    total_after_words=(r"damit stieg", r"damit stiegen", r"womit", r"insgesamt", r"die Zahl (?:\w+ ){0,4}?(?:stieg|steigt|erhöhte sich|erhöht sich)"),
    addition_words=(r"ebenfalls", r"auch"),
    # (nicht verneint: "einer überlebte nicht", "der den Angriff nicht überlebte" sind Tote)
    survival_words=(
        r"überlebten?(?<!\bnicht überlebten?)(?! (?:[\w-]+ ){0,4}?nicht\b(?! nur))",
        r"(?:hat|haben) (?:[\w-]+ ){0,3}?überlebt(?<!\bnicht überlebt)", r"(?:wird|werden) überleben",
    ),
    # der zuvor Angeschossene starb: "Er starb später im Krankenhaus", "Sie erlag am Sonntag ihren Verletzungen"
    died_next_words=(
        r"(?-i:Er|Sie) (?:starb|verstarb|erlag|ist (?:[\w-]+ ){0,3}?(?:gestorben|verstorben))",
    ),
    # der Angeschossene überlebte, im nächsten Satz: "Ein Mann wurde angeschossen. Er überlebte."
    survived_next_words=(r"(?-i:Er|Sie) (?:hat (?:[\w-]+ ){0,2}?überlebt|überlebte(?! (?:den|die|das|einen|eine) ))",),
    parent_of=(r"(?:groß)?(?:vater|mutter|eltern) von",),  # "Vater von drei Kindern"
    # wer schoss, auch Polizisten: "Zwei Polizisten schossen auf den Mann, der getroffen wurde"
    firing_verbs=(r"eröffneten das feuer", r"erwiderten das feuer", r"schossen (?:\w+ )?auf", r"feuerten (?:\w+ )?auf", r"gaben (?:\w+ )?schüsse ab"),
    attacker_verbs=(
        r"drangen", r"stürmten", r"überfielen", r"brachen in", r"eröffneten das feuer", r"schossen auf", r"feuerten auf",
        # die Beschuldigten, nicht die Toten: "Zwei Männer müssen sich wegen der Tötung verantworten", "waren an der Tat beteiligt"
        r"müssen sich (?:[\w-]+ ){0,4}?verantworten", r"waren (?:an (?:der|dem) [\w-]+ |daran )?beteiligt",
    ),
    harm_negations=(r"nicht", r"nicht oder nur(?: \w+){1,2}", r"nicht oder kaum"),
    nationwide_before=(r"in ganz", r"überall in", r"quer durch"),
    part_place_before=(r"allein", r"alleine", r"darunter", r"davon", r"davon allein", r"vor allem", r"insbesondere"),
    part_place_after=(r"allein", r"alleine"),
    settlement_nouns_after=(r"provinz", r"region", r"county"),  # "im Prince George's County": US news in German
    target_prepositions=frozenset({"gegen", "wider"}),
    owner_prepositions=frozenset({"von", "der"}),  # "der": "die Regierung der Ukraine", "das Ministerium der Hamas"
    list_conjunctions=(r"und", r"sowie"),
    # ein Satzteil dessen, was das zuvor genannte Ereignis hinterließ: "drei nächtliche Schießereien, wobei fünf Menschen verletzt wurden"
    result_clause_openers=(r"wobei", r"dabei", r"bei (?:denen|der|dem)(?= )"),
    # "eine Frau und ihre zwei Kinder"; auch der Artikel (s35inj2): "Seine Frau (34) und die vier Töchter wurden tot aufgefunden"
    list_possessives=(r"ihre", r"seine", r"deren", r"dessen", r"die"),
    # eine Person, genannt mit dem bestimmten Artikel, der niemanden zählt, dann ihre Begleiter mit einer Zahl: "Der
    # 45-jährige Fahrer sowie seine beiden Mitfahrer wurden verletzt" sind drei (figure.kin-of-one; "ein Fahrer und ..."
    # zählt figure.list-sum, der Artikel zählt einen)
    kin_list_openers=(
        r"(?:der|die) (?:\d{1,3}-jährige )?(?:Fahrer|Fahrerin|Pilot|Pilotin|Kapitän|Skipper|Autofahrer|Autofahrerin"
        r"|Radfahrer|Radfahrerin|Motorradfahrer|Motorradfahrerin|Bauer|Landwirt|Fischer|Bergmann|Bergführer|Mutter|Vater"
        r"|Mann|Frau) (?:und|sowie|mit) (?:seine[nm]?|ihre[nm]?)",
    ),
    seat_speaker_nouns=(
        r"\w*ministerium", r"\w*ministeriums", r"ministerien", r"\w*minister(?:in|s)?", r"regierung", r"\w*regierung",
        r"präsident(?:in|en)?", r"präsidialamt", r"kreml", r"pentagon", r"kabinett", r"parlament", r"botschaft",
        r"armee", r"militär", r"junta", r"staatsführung", r"führung",
        r"\w*staatsanwaltschaft", r"generalbundesanwalt(?:schaft)?",  # "die Staatsanwaltschaft in Köln": its seat
    ),
    seat_words=(r"ansässige[nmrs]?", r"beheimatete[nmrs]?", r"sitz"),
    place_abbreviations={"St.": "Sankt"},  # "St. Pölten": Sankt Pölten
    # woher eine Person stammt, kein Ort des Geschehens: "stammte aus Polen", "gebürtig aus Ungarn"
    origin_words=(
        r"stamm(?:t|te|en|ten) (?:ursprünglich )?aus", r"gebürtig aus", r"ursprünglich aus", r"geboren in",
        r"aufgewachsen in", r"(?:ein|aus)gewandert aus",
        # woher Einsatzkräfte oder Teilnehmer kamen: "31.000 Polizisten aus ganz Deutschland" (nicht der Ort der Zahl)
        r"aus ganz",
        # ein Lebenslauf: "verbrachte die ersten drei Jahre seines Lebens in Italien", "seine ersten Lebensjahre in Ghana"
        r"jahre (?:seines|ihres) lebens (?:im ausland )?in", r"lebensjahre (?:im ausland )?in",
    ),
    # wo eine Quelle zu ihnen sprach: "sagte vor Journalisten in Genf", "auf einer Pressekonferenz in Kiew"
    audience_words=frozenset({"journalisten", "reportern", "pressekonferenz", "medien", "pressebriefing"}),
    # zwei Straßen einer Kreuzung, eine davon kein Ort: "an der Kreuzung Flamingo und Durango", "Ecke Pine und Lima"
    street_corner_words=(r"kreuzung", r"ecke"),
    street_corner_joins=(r"und", r"/"),
    street_words=(r"stra(?:ß|ss)e", r"allee", r"weg", r"platz", r"ring", r"gasse", r"damm", r"chaussee", r"ufer"),
    contrast_words=(
        _WAEHREND, r"wohingegen", r"doch", r"aber",
        r"jedoch",  # "..., lokale Medien berichten jedoch von mehr Opfern": nach dem Verb der Quelle
        r"obwohl", r"obgleich",  # "..., obwohl die Behörden die Zahl mit 3419 angaben": the authorities' own figure
        # ein Nebensatz mit dem Opfer und anderen als Subjekt: "wurde erschossen, als er und drei andere Jugendliche
        # mit der Waffe spielten" (die anderen sind keine Toten)
        r"als (?:er|sie) und",
        # die Ladung eines Fahrzeugs im Satz eines anderen Verbs: "wurden getötet, als eine Fähre mit rund 150 Passagieren
        # an Bord kenterte" (die an Bord sind keine Toten; wie englisch "a ferry carrying 150 passengers")
        r"(?:schlauch|flüchtlings|migranten|fischer|holz|rettungs|reise|linien|schul|passagier|kreuzfahrt|fracht|fern"
        r"|regional|personen|güter|schnell)?(?:fähre|boot|schiff|bus|zug|maschine|flugzeug|kutter|kahn)\w{0,2} mit",
    ),
    genitive_articles=("des", "eines"),
    genitive_after_noun=frozenset({"der"}),  # "die Verluste der russischen Armee": die Armee besitzt, handelt nicht
    genitive_suffixes=("ses", "es", "s", "n"),
    outlet_mentions={
        r"der deutschen presse-agentur|\(dpa\)|der dpa": "dpa",
        r"afp-reporter\w*|nachrichtenagentur afp|\(afp\)": "AFP",
        r"nachrichtenagentur reuters|\(reuters\)": "Reuters",
    },
    stopwords=frozenset(
        "der die das und ist nicht sich mit von den dem ein eine auf für im auch es zu wurde wurden sind "
        "hat haben war waren nach bei aus wie als sei seien dass noch am vom zur zum über einer einem werden "
        "wird des oder aber nur mehr sie er wir ihr man".split()
    ),
    origin_aliases={  # who a figure comes from (origins.py); names written alike everywhere are in common.py
        # the government of the event's country and its channels
        "staatsfernsehen": (_GOV, _SM),
        "staatliche fernsehen": (_GOV, _SM),
        "staatlichen fernsehen": (_GOV, _SM),
        "staatssender": (_GOV, _SM),
        "staatsmedien": (_GOV, _SM),
        "staatliche medien": (_GOV, _SM),
        "staatlichen medien": (_GOV, _SM),
        "staatliche nachrichtenagentur": (_GOV, _SM),
        "chabar-24": (_GOV, _SM),
        "offizielle angaben": (_GOV, _G),
        "offiziellen angaben": (_GOV, _G),
        "staatliche angaben": (_GOV, _G),
        "staatlichen angaben": (_GOV, _G),
        "offizielle stellen": (_GOV, _G),
        # the CSTO
        "ovks": ("CSTO", _MA),
        "organisation des vertrags über kollektive sicherheit": ("CSTO", _MA),
        "organisation": ("CSTO", _MA),
        "bündnis": ("CSTO", _MA),
        "militärbündnis": ("CSTO", _MA),
        "von russland geführte bündnis": ("CSTO", _MA),
        "von russland geführten bündnisses": ("CSTO", _MA),
        # others
        "osze": ("OSCE", _G),
        "organisation für sicherheit und zusammenarbeit in europa": ("OSCE", _G),
        "augenzeugen": (AS_STATED, _W),
        "augenzeuge": (AS_STATED, _W),
        "journalist": (AS_STATED, _W),
        "reporter": (AS_STATED, _W),
        "korrespondent": (AS_STATED, _W),
        "medienberichte": (AS_STATED, _IM),
        "rotes kreuz": ("Red Cross", _NGO),
        "roten kreuz": ("Red Cross", _NGO),
        "menschenrechtler": (AS_STATED, _NGO),
    },
    origin_kinds={  # what kind of source a name is, when no alias names it (origins.py)
        OriginType.MEDICAL: (
            r"krankenh[aä]us\w*", r"klinik\w*", r"spital\w*", r"ärzt\w*", r"mediziner\w*", r"sanitäter\w*", r"rettungsdienst\w*",
            r"leichenhalle\w*", r"gerichtsmedizin\w*", r"notärzt\w*",
        ),
        OriginType.UN: (
            r"(?-i:UN|UNO|Uno|UNHCR|UNICEF|Unicef|OCHA|UNRWA|WHO|WFP)(?:-\w+)?", r"vereinte[nr]? nationen", r"weltgesundheitsorganisation",
        ),
        OriginType.NGO: (
            r"menschenrechts\w*", r"menschenrechtler\w*", r"hilfsorganisation\w*", r"(?<!technische )(?<!technisches )(?<!technischen )hilfswerk\w*",  # (nicht das THW, eine Behörde)
            r"nichtregierungsorganisation\w*", r"(?-i:NGOs?|NROs?)", r"rote[nsm]? kreuz\w*",
            r"rote[nr]? halbmond\w*", r"amnesty", r"beobachtungsstelle\w*",
        ),
        OriginType.PARTY: (
            r"\w*partei\w*", r"party", r"opposition\w*",  # "party": English party names are written as they are
            r"oppositionelle\w*", r"rebell\w*", r"miliz\w*", r"aufständische\w*",
            r"bewaffnete[nr]? gruppe\w*", r"guerilla\w*", r"paramilitär\w*",
            r"hamas", r"hisbollah", r"huthis?",  # bewaffnete Bewegungen mit ihrem Namen, wie im Französischen
        ),
        OriginType.STATE_MEDIA: (r"staats(?:fernsehen|medien|sender|agentur|rundfunk)\w*", r"staatliche[nrs]? (?:fernsehen|medien|sender|nachrichtenagentur|rundfunk)\w*"),
        OriginType.GOVERNMENT: (
            r"\w*regierung\w*", r"\w*ministerium\w*", r"\w*minister(?:in|innen)?", r"\w*behörde\w*", r"polizei\w*", r"armee\w*", r"militär\w*",
            r"streitkräfte\w*", r"sicherheitskräfte\w*", r"\w*präsident\w*", r"regierungschef\w*", r"staatschef\w*", r"kanzler\w*",
            r"kabinett\w*", r"\w*gouverneur\w*", r"bürgermeister\w*", r"offizielle\w*", r"beamte\w*", r"staatsanwaltschaft\w*",
            r"feuerwehr\w*", r"zivilschutz\w*", r"junta", r"präsidialamt\w*", r"ermittler\w*", r"kommandeur\w*", r"polizist\w*",
            # Stellen des Staates, die Opferzahlen melden: "die Küstenwache", "der Katastrophenschutz"
            r"küstenwache\w*", r"nationalgarde\w*", r"katastrophenschutz\w*", r"marine", r"justiz\w*",
            # der Sitz des französischen Staates vor Ort: "nach Angaben der Präfektur" (wie "selon la préfecture")
            r"präfektur\w*", r"präfekt(?:en)?",
            # das Amt des Staates für Gesundheit, das eine Bilanz meldet: "teilte das regionale Gesundheitsamt mit"
            r"gesundheits(?:amt|ämter)\w*",
        ),
        OriginType.WITNESS: (r"augenzeuge\w*", r"zeuge[n]?", r"zeugin\w*", r"anwohner\w*", r"überlebende\w*", r"angehörige\w*", r"nachbarn?"),
    },
    party_descriptors=(
        r"(?:die |der )?(?:größte[nr]? |wichtigste[nr]? )?(?:oppositionelle[nr]? )?opposition(?:s?partei)?(?:en)?", r"oppositionelle[nr]?",
        r"(?:die |der )?partei",
    ),
    leaders={
        "tokajew": "Kazakhstan", "kreml": "Russia", "selenskyj": "Ukraine", "netanjahu": "Israel", "lukaschenko": "Belarus", "paschinjan": "Armenia",
        "alijew": "Azerbaijan", "dschaparow": "Kyrgyzstan", "rachmon": "Tajikistan", "mirsijojew": "Uzbekistan",
        "peseschkian": "Iran", "chamenei": "Iran", "putin": "Russia",
    },
    event_kinds={
        r"schie(?:ß|ss)erei(?:en)?|sch(?:ü|u)sse[n]?|sch(?:ü|u)tzen?|amoklauf|amokl(?:ä|a)ufer|erschossen|schusswaffenangriff|das feuer eröffnet|eröffnete[n]? (?:\w+ ){0,4}das feuer": "shooting",
        r"unf(?:ä|a)lle?n?|absturz|abgest(?:ü|u)rzt|zusammensto(?:ß|ss)|entgleis(?:t|ung)|crash": "crash",
        r"geiselnahmen?|belagerung|geiseln?": "siege",
        r"protest(?:e|en|ierende[nr]?)?|demonstr(?:ation|ationen|anten|antinnen)|unruhen|aufst(?:ä|a)nde?s?|krawalle?n?": "protest",
        r"(?:erd|nach)?beben": "quake",
        r"anschl(?:ä|a)ge?s?|attentate?s?|bombe[n]?|bombenanschlag|selbstmordattent(?:at|(?:ä|a)ter)|terror(?:anschlag|angriff|isten)?": "attack",
        r"br(?:ä|a)nde?s?|waldbr(?:ä|a)nde?|feuersbrunst": "fire",
        r"hochwasser|(?:ü|u)berschwemmungen?|flut(?:en|katastrophe)?|starkregen|sintflutartige[nr]? regenf(?:ä|a)lle[n]?": "flood",
        r"st(?:ü|u)rme?|sturm|orkan|hurrikan|taifun|tornado|zyklon": "storm",
        r"ungl(?:ü|u)cks?": "accident",
        r"explosion(?:en)?|detonation(?:en)?": "explosion",
        r"erdrutsche?s?|erdrutschen|hangrutsch(?:e|es|ungen?)?|(?:schlamm|geröll)?lawinen?(?:unglücks?|abgangs?|abgängen?)?|murenabg(?:ä|a)nge?s?|murgang": "landslide",
    },
    particulars={
        r"\d{1,2}-jährige[nr]? (?-i:\p{Lu}\p{Ll}++(?: \p{Lu}\.)?(?: \p{Lu}[\p{Ll}-]+){1,2})": "person",
        r"(?-i:\p{Lu}\p{Ll}++(?: \p{Lu}\.)?(?: \p{Lu}[\p{Ll}-]++){1,2}) \(\d{1,2}\)": "person",
        r"(?<=(?:Tod(?:es)?|Tötung|Mord(?:es)?|Ermordung) (?:an |von |des |der )(?:(?:dem |der )?\d{1,2}-[Jj]ährigen )?)(?-i:\p{Lu}\p{Ll}++(?: \p{Lu}\.)?(?: \p{Lu}[\p{Ll}-]+){1,2})": "person",
        # das Opfer als Objekt eines Vorwurfs ("soll Max Huber erschossen haben", "beschuldigt, Max Huber getötet zu haben";
        # nach einem klein geschriebenen Wort, nicht nach einem Nomen: "die Frau Max Huber")
        # (the verb after the name tested before the look-behind, which reads back over the sentence: the same
        # matches, two assertions at one place; tried at every capitalised word, the look-behind first cost 116 µs a
        # 1.5 KB lead, the verb first 26)
        r"(?-i:\p{Lu}\p{Ll}++(?: \p{Lu}\.)?(?: \p{Lu}[\p{Ll}-]+){1,2})(?= (?:getötet|erschossen|ermordet|erstochen) (?:zu )?haben\b)"
        r"(?<=(?:(?-i:\p{Ll})[\w-]*|,) \p{Lu}[\w .-]+)": "person",
        r"(?!(?:Bundes|Land|Kreis|Staats|Schnell|Auto|Neben|Seiten)stra(?:ß|ss)e)(?-i:\p{Lu}\p{Ll}++(?<=\p{Ll}(?:straße|strasse|allee|gasse|damm|ufer)))": "street",
        r"(?-i:\p{Lu}\p{Ll}++(?<=\p{Ll}er) (?:Straße|Strasse|Allee|Platz|Weg|Ring))": "street",
        # a person beside an age written in words ("der siebzehnjährige Max Huber"), the age left out
        r"(?<=(?<!\w)(?:(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und)?(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf"
        r"|dreizehn|vierzehn|fünfzehn|sechzehn|siebzehn|achtzehn|neunzehn|zwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig)"
        r"jährige[nr]? )(?-i:\p{Lu}\p{Ll}++(?: \p{Lu}\.)?(?: \p{Lu}[\p{Ll}-]+){1,2})": "person",
        # an intersection: two streets side by side ("Ecke Hauptstraße/Bahnhofstraße", "Lindenallee Ecke Kölner
        # Straße"): as precise as a house number
        r"(?-i:(?:\p{Lu}\p{Ll}++(?<=\p{Ll}(?:straße|strasse|allee|gasse|damm|ufer|weg|platz|ring))|\p{Lu}\p{Ll}++(?<=\p{Ll}er) (?:Straße|Strasse|Allee|Platz|Weg|Ring)) ?(?:/|Ecke) ?(?:\p{Lu}\p{Ll}++(?<=\p{Ll}(?:straße|strasse|allee|gasse|damm|ufer|weg|platz|ring))|\p{Lu}\p{Ll}++(?<=\p{Ll}er) (?:Straße|Strasse|Allee|Platz|Weg|Ring)))": "address",
        # an address: a street and its house number ("in der Lindenallee 12", "Kölner Straße 7a")
        r"(?!(?:Bundes|Land|Kreis|Staats|Schnell|Auto|Neben|Seiten)stra(?:ß|ss)e)(?-i:(?:\p{Lu}\p{Ll}++(?<=\p{Ll}(?:straße|strasse|allee|gasse|damm|ufer|weg|platz|ring))|\p{Lu}\p{Ll}++(?<=\p{Ll}er) (?:Straße|Strasse|Allee|Platz|Weg|Ring)) \d{1,4}[a-z]?)(?![\d.,]\d)": "address",
    },
    victim_ages={
        r"\d{1,3}-jährige[nmrs]?": "year",
        r"(?<=\p{L} \()\d{1,3}(?=\))": "year",
        r"\d{1,2} monate alte[nmrs]?": "month",
    },
    venue_kinds={
        # nouns with their capitals; no "Krankenhaus" (where a victim was taken, not where he was hit)
        r"(?-i:Wohnung(?:en)?|(?:Wohn|Einfamilien|Mehrfamilien|Reihen)?haus(?:es)?|Haus(?:es)?|Hausflur|Treppenhaus|Schlafzimmer)": "home",
        r"(?-i:Bar|Shisha-Bar|Kneipe|Diskothek|Disco|Club|Nachtclub|Lokal|Gaststätte)": "bar",
        r"(?-i:Geschäft|Laden|Supermarkt|Tankstelle|Einkaufszentrum|Kiosk)": "store",
        r"(?-i:Restaurant|Imbiss|Café)": "restaurant",
        r"(?-i:Schule|Schulhof|Gymnasium)": "school",
        r"(?-i:Kirche|Moschee|Synagoge)": "worship",
        r"(?-i:Park)": "park",
    },
    subgroup_persons=(r"frauen", r"frau"),
    fatal_cues=(r"tödlich(?:e|en|er|es)?", r"todes(?:schüsse|schuss|schütze|fahrt|drama)"),
    part_place_cues=(r"allein(?:e)?", r"davon(?: allein(?:e)?)? in", r"von ihnen in", r"darunter \d[\d.]* in"),
    revision_cues=(
        r"(?:ist|sind|war) (?:\w+ ){0,3}auf (?:\S+ ){1,3}(?:gestiegen|angestiegen|gesunken|geklettert)",
        r"stieg (?:\w+ ){0,10}auf", r"(?:korrigiert|korrigierte)", r"nach (?:oben|unten) (?:korrigiert|revidiert)",
    ),
    conjunctions=(
        r"und", r"oder", r"sowie", r"aber",
        _WAEHREND,
    ),
    noun_conjunctions=(r"und", r"oder"),
    bare_joiners=(r"und", r"sowie"),
    name_particles=(r"al", r"el", r"ad", r"as", r"ash", r"at", r"az", r"ar", r"an", r"ul", r"abu", r"bin", r"ibn", r"Al", r"El", r"Abu", r"Bin", r"Ibn"),
    genitive_noun_endings=(("ses", 1), ("es", 2), ("s", 1)),
    unnamed_official_sources=frozenset({"offizielle angaben", "staatliche angaben"}),
    unnamed_report_sources=frozenset({"berichte", "medienberichte"}),
    data_nouns=frozenset({"angaben", "zahlen", "kreise", "quellen", "berichte", "schätzungen", "daten"}),
    owner_after=(r"(?:zahl|zahlen|bilanz|zählung|schätzung|schätzungen|statistik) (?:der|des|eines|einer)",),
    telling_verbs=(
        r"sagte", r"sagten", r"erklärte", r"erklärten", r"bestätigte", r"bestätigten",
        # das Medium nach dem nachgestellten Subjekt: "sagte der Polizeichef der Provinz der Nachrichtenagentur AP"
        r"(?:der|dem)(?<=\b(?:sagte|sagten|erklärte|erklärten|bestätigte|bestätigten|berichtete|berichteten) (?:[\w'’.-]+ ){1,6}(?:der|dem))"
        r"(?= (?:Nachrichtenagentur|Deutschen Presse-Agentur|Agentur|Zeitung|Tageszeitung|Sender|Fernsehsender|Radiosender"
        # ein Hilfswerk nach dem nachgestellten Subjekt: "berichteten Überlebende dem UNHCR" (wie "survivors told UNHCR")
        r"|[\w-]*Hilfswerk|[\w-]*Organisation|(?-i:\p{Lu}{3,}))\b)",
    ),
    forces_abroad_words=(
        r"[\w-]*armee", r"militär\w*", r"[\w-]*streitkräfte\w*", r"[\w-]*verteidigung\w*", r"truppen", r"soldaten",
        r"bundeswehr", r"marine", r"luftwaffe", r"außen\w*", r"auswärtig\w*", r"generalstab\w*", r"pentagon",
    ),
    revising_verbs=(r"korrigierte[n]?", r"berichtigte[n]?", r"revidierte[n]?", r"hat (?:\w+ ){0,4}korrigiert", r"haben (?:\w+ ){0,4}korrigiert",
                    # a longer middle field: "hat die Zahl der Toten nach dem Fährunglück auf 18 korrigiert", "hat die
                    # Zahl der Toten nach dem Hauseinsturz in Nairobi am Donnerstag auf 52 nach unten korrigiert"
                    r"(?:hat|haben) (?:\w+ ){5,16}(?:korrigiert|berichtigt|revidiert)",
                    # das Passiv mit seinem Urheber: "Die Zahl der Toten wurde von der Polizei auf vier korrigiert"
                    r"(?:wurde|wurden) (?:\w+ ){0,4}von (?:\w+ ){1,8}(?:korrigiert|berichtigt|revidiert)"),
    observation_verbs=(r"sah", r"sahen", r"beobachtete", r"beobachteten"),
    common_place_words=frozenset({
        "Metro", "Linden",
        "Mine",  # "bei der Explosion in der Mine": das Bergwerk, keine Stadt in Japan
        "Zug",  # "von den 112 Menschen im Zug": die Bahn, keine Stadt in der Schweiz
    }),
    # "ins Sana Klinikum gebracht": der Name einer Klinik, kein Ort der Zahl
    care_names_after=frozenset({"Klinikum", "Kliniken", "Klinik", "Krankenhaus", "Hospital"}),
    # "vor der Hamilton-Schule", "in der Jordan Arena": der Name eines Ortes für Schule, Sport, Kirche, keine Stimme für ein Land
    venue_words_after=frozenset({"Schule", "Gymnasium", "Realschule", "Gesamtschule", "Arena", "Stadion", "Kirche", "Park",
                                 "Klinikum", "Krankenhaus"}),
    # ein Nomen im Plural nach dem Artikel, kein Ortsname: "in den Anden"
    plural_articles=frozenset({"den"}),
    # ein Stadtname nach dem unbestimmten Artikel ist ein Ding (ein Auto: "in einem roten Toyota"), kein Ort
    indefinite_articles=frozenset({"ein", "eine", "einen", "einem", "einer", "eines"}),
    headline_labels=frozenset({"update", "eilmeldung", "aktualisiert", "liveticker", "liveblog", "video", "neu"}),
    # nach dem Artikel nur gezählt, keine Anekdote: "Ein Toter nach Schüssen", "Ein Mensch wurde getötet"
    # (groß geschrieben, ein Nomen: nicht das Adjektiv von "einen toten Mann")
    numeral_nouns=(r"(?-i:Tote[nr]?|Todesopfer|Verletzte[nr]?|Schwerverletzte[nr]?|Leichtverletzte[nr]?|Mensch(?:en)?|Person)",),
    # Relativpronomen, die keine Artikel sind: "Ein Mann, dessen Frau verletzt wurde" ist keine Liste
    relative_pronouns=frozenset({"dessen", "deren"}),
    # ein Relativsatz über ein zuvor Genanntes nach einem Komma: "..., an der rund 30 Personen beteiligt waren", "..., in dem
    # 40 Fahrgäste saßen", "..., die von 300 Kindern besucht wird" (das Verb vor dem Komma ist nicht das der Zahl darin)
    # freigelassene Gefangene sind keine Festnahmen: "wurden 150 Gefangene freigelassen", "kamen 39 Gefangene frei"
    release_verbs=(
        r"freigelassen", r"freigelassenen", r"freigekommen", r"entlassen", r"begnadigt", r"ausgetauscht",
        # ein Gefangenenaustausch im Aktiv: "Russland und die Ukraine tauschten jeweils 100 Gefangene aus"
        r"aus(?<=\b(?:tauschten|tauschte|tauschen|tauscht) (?:[\w-]+ ){1,8}aus)",
        r"frei(?<=\b(?:kamen|kommen|kam|kommt|ließ|ließen|lässt|lassen) (?:[\w-]+ ){1,8}frei)",
    ),
    # geflohene Häftlinge sind keine Vertriebenen: "Bei dem Ausbruch flohen rund 800 Häftlinge" (category.prisoners-escaped)
    prisoner_nouns=(r"\w*häftlinge[n]?", r"\w*gefangene[n]?", r"inhaftierte[n]?", r"sträflinge[n]?", r"gefängnisinsassen"),
    # die das Unglück verschonte: "kamen ums Leben, außer zwei Flugbegleiterinnen"; "außer" nur nach dem Komma (nicht
    # "Außer den zwölf Toten gab es 40 Verletzte": außerdem), nicht "bis auf" ("stieg bis auf 30")
    # Soldaten, im Gefangenenaustausch übergeben, sind keine Entsendung (category.troops-exchanged; nicht "Schusswechsel")
    exchange_cues=(r"gefangenenaustausch(?:e|es|s)?", r"im (?:zuge des |rahmen des )?austausch(?:es|s)?", r"austausch von (?:gefangenen|kriegsgefangenen)",
                   r"kriegsgefangene[nr]?"),
    exception_words=(r"au(?:ß|ss)er(?<=, au(?:ß|ss)er)", r"mit ausnahme (?:von|der|des)"),
    relative_openers=(
        # (nicht "von denen", "unter denen": ein Teil des Ganzen davor, "Drei Menschen starben, von denen zwei Kinder waren")
        r"(?:an|auf|aus|bei|in|mit|vor|zu) (?:dem|der|denen|welchem|welcher)",
        r"(?:die|der|das)(?= (?:von|an|in|auf|bei|mit) )",
    ),
)
