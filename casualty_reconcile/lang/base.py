"""The shape of a language module.

A language is pure data: one :class:`LanguageData` instance in a module of its own
(``de.py``, ``en.py``). The engine (``numbers/``, ``engine/``) compiles patterns
from these fields once per language and never branches on a language's name.

Word lists are lower-case unless a field says otherwise; entries typed :data:`Regex`
are regular-expression fragments (matched case-insensitively, on word boundaries), so
that inflected forms fit in one entry (``"tote[nr]?"``); every other string is a literal.

A language is checked when its :class:`LanguageData` is made (:func:`validate`): every field
has its declared type, no string is blank, and every :data:`Regex` compiles and matches no
empty string. A failure raises :class:`~casualty_reconcile.errors.LanguageDataError` naming the
language and the field.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from ..models import Category, Qualifier
from .fields_clauses import ClauseFields
from .fields_crowds import CrowdFields
from .fields_origins import OriginFields
from .fields_streets import StreetFields
from .fields_victims import VictimFields
from .validate import DateFormat, PatternSpec, Regex, validate, validate_like

__all__ = ["DateFormat", "LanguageData", "PatternSpec", "Regex", "validate", "validate_like"]


@dataclass(frozen=True)
class LanguageData(OriginFields, VictimFields, StreetFields, CrowdFields, ClauseFields):
    """Everything the engine needs to know about one language (checked when made: :func:`validate`)."""

    code: str
    name: str

    # ---- numbers -------------------------------------------------------------------------
    decimal_separator: str
    """The language's default decimal mark ("," in German, "." in English)."""

    number_words: Mapping[str, int]
    """Atoms of spelled-out numbers below one hundred, with their values (inflections included)."""

    multiplier_words: Mapping[str, int]
    """Atoms that multiply: hundert 100, tausend 1000, million 10**6 (inflections included)."""

    number_joiners: tuple[str, ...]
    """Words that may join number atoms ("und" in einundzwanzig, "and" in one hundred and five)."""

    compound_numbers: bool
    """True when spelled-out numbers are written as one word (German zweitausendfünfhundert)."""

    not_alone: frozenset[str]
    """Number atoms that are not a count on their own (articles: ein, eine, a, an)."""

    scale_words: Mapping[Regex, int]
    """Words after digits that scale them: "Millionen" in "1,5 Millionen", "Mio." (regex keys allowed)."""

    dozen_words: Mapping[str, int]
    """Words for a fixed dozen-like amount: dutzend 12, dozen 12, score 20."""

    vague_words: Mapping[Regex, str]
    """regex -> vague key (see numbers.VAGUE_INTERVALS): "dutzende?n?" -> "dozens"."""

    qualifiers: Mapping[Regex, Qualifier]
    """Phrases right before a figure and the qualifier they give ("mindestens" -> at_least); regex keys."""

    pair_words: frozenset[str] = frozenset()
    """Words that count two people when a person noun follows, as an article counts one ("beide
    Fahrer", "die beiden Insassen", "both drivers"); not before a noun joined to another ("both
    soldiers and civilians")."""

    qualifiers_after: Mapping[Regex, Qualifier] = field(default_factory=dict)
    """Phrases right after a figure ("und mehr", "or more", "plus"); regex keys."""

    range_openers: tuple[str, ...] = ()
    """Words that open a range before the first figure ("zwischen", "between")."""

    range_joiners: tuple[str, ...] = ()
    """Words between the two ends of a range ("bis", "und", "to", "and"); dashes are universal."""

    change_openers: tuple[Regex, ...] = ()
    """regex: words right before the first of two joined figures that make them a change, not a range
    ("rose from 10 to 20": two figures, 10 and 20)."""

    month_names: tuple[Regex, ...] = ()
    """Month names and abbreviations (regex), for telling dates from counts."""

    month_precedes_day: bool = False
    """True when dates may be written month first ("January 5"): a number right after a month name is a day."""

    period_ordinals: bool = True
    """True when an ordinal may be written as digits and a period ("am 5. Januar", "der 3. Versuch"): such a
    number after an article is no count. False where ordinals are written otherwise ("le 3e", "3rd"), so that a
    figure ending a sentence after an article stays a count ("n'est pas de 3000 morts mais de 227.")."""

    not_count_before: tuple[Regex, ...] = ()
    """regex fragments right before a number that make it no count ("im jahr", "aged", "nr.")."""

    digits_not_count_before: tuple[Regex, ...] = ()
    """regex fragments right before a figure in digits (not a word: "in the apartment a man died") that make
    it no count ("apartment 38", "County Road 7", "both 37"; "Hausnummer 12", "Kreisstraße 7", "beide 37")."""

    house_number_before: tuple[Regex, ...] = ()
    """regex: a preposition before a house number (3-5 digits) that a capitalised street name follows: no count ("at 6301 Ranchester"; German: none, "Hauptstraße 12" is ``digits_not_count_before``)."""

    age_after_name: tuple[Regex, ...] = ()
    """regex: words after "Name, N" that make N the age ("Kalone Mcgee, 26 was shot", "Anna K., 34 wurde")."""

    not_count_after: tuple[Regex, ...] = ()
    """regex fragments right after a number that make it no count ("-jährige", "prozent", "uhr", "euro")."""

    year_context_before: tuple[Regex, ...] = ()
    """Words before a four-digit number that make it a year ("im", "seit", "in", "since")."""

    count_context_before: tuple[Regex, ...] = ()
    """regex: phrases right before a figure that make a four-digit figure a count, not a year: a
    toll that rises to it or stands at it ("stieg die Zahl der Toten auf 1762", "rose to 1,762")."""

    # ---- numbers: fractions, more scales, words that are not always numbers, range forms -------
    fraction_words: Mapping[str, tuple[int, int]] = field(default_factory=dict)
    """Fraction words -> (numerator, denominator): a factor of the number before them ("drei Viertel",
    "three quarters", "a half") or of the multiplier after ("anderthalb Millionen", "half a million");
    glued compounds are their own entries ("anderthalb" (3, 2), "einhalb" (1, 2)). A figure that
    comes out a fraction of one person is no count."""

    suffix_scales: Mapping[str, int] = field(default_factory=dict)
    """Letters glued to digits that scale them ("10k" 1000, "1.5m" 10**6), read only where what the
    figure counts follows ("10k protesters"): bare, "10k" is as often a race and "100m" metres."""

    ambiguous_number_words: frozenset[str] = frozenset()
    """Number words that are also a pronoun, a noun, a verb or a surname ("one", "score", "Tausend"):
    read as a count only where one can stand. After a word of :attr:`not_number_before` ("the one
    you mentioned", "his score", "he scores"), or written with a capital right after a capitalised
    word that is no qualifier ("Claudia Tausend"), such a word alone is no count unless what it
    counts follows ("the one soldier")."""

    not_number_before: tuple[Regex, ...] = ()
    """regex: determiners, possessives and subject pronouns before an ambiguous number word that
    make it a pronoun, a noun or a verb ("the", "which", "his", "he")."""

    approximate_nouns: Mapping[Regex, tuple[int | tuple[int, int], Qualifier]] = field(default_factory=dict)
    """regex of a noun phrase that states an amount loosely -> (value, qualifier) or ((low, high),
    Qualifier.RANGE): "ein gutes Dutzend" (12, more_than), "a dozen or so" (12, about)."""

    multiplicity_words: Mapping[Regex, tuple[int, Qualifier, Category, str]] = field(default_factory=dict)
    """regex of a word or phrase that names a number of victims by itself -> (value, qualifier,
    category, group): "double homicide" (2, exact, deaths, "all"), "Doppelmord" (2, exact, deaths,
    "all"); "murder-suicide", "erweiterter Suizid" (1, exact, deaths, "attackers": the attacker's own
    death; the victims are counted apart). The phrase is the figure; its category and group are the
    entry's (rules ``category.multiplicity-word``, ``group.multiplicity-word``). The group is "all"
    or a key of :attr:`group_words`."""

    range_joiners_after_opener: tuple[str, ...] = ()
    """Range joiners that join a range only after an opener ("zwischen 10 und 20", "between 10 and
    20"): without one, "2 und 6" are two figures."""

    bound_joiners: tuple[Regex, ...] = ()
    """regex: words between a lower and an upper bound that make one range of them ("more than 10
    and less than 20", "at most 100 and at least 20")."""

    or_equal_after: tuple[Regex, ...] = ()
    """regex right after a strict bound that makes it inclusive ("less than 5000 or equal",
    "more than 5000 or equal to"): less than becomes at most, more than at least."""

    ordinal_before: tuple[str, ...] = ()
    """Words besides the articles before a figure with a dot that make it an ordinal ("am 5.",
    "zum 3.")."""

    coordinators: tuple[str, ...] = ()
    """Coordinating conjunctions ("und", "oder", "and", "or"): after ", 52, " one of them means a
    list goes on, not an age in apposition."""

    # ---- extraction lexicons ---------------------------------------------------------------
    category_nouns: Mapping[Category, tuple[Regex, ...]] = field(default_factory=dict)
    """regex: nouns that name what is counted (Tote, Verletzte, Festnahmen, Soldaten)."""

    category_verbs: Mapping[Category, tuple[Regex, ...]] = field(default_factory=dict)
    """regex: verbs and predicates that say what happened to the counted (getötet, verletzt)."""

    toll_cues: Mapping[Category, tuple[Regex, ...]] = field(default_factory=dict)
    """regex: phrases before a figure that say what it counts ("die Zahl der Toten stieg auf",
    "the death toll rose to", "unter den Toten"), for figures with no noun of their own."""

    group_words: Mapping[str, tuple[Regex, ...]] = field(default_factory=dict)
    """group name -> regex of nouns for that group (Demonstranten -> protesters)."""

    person_words: tuple[Regex, ...] = ()
    """regex: neutral person nouns (Menschen, Personen, people): a count of people, group "all"."""

    unit_words: Mapping[str, tuple[Regex, ...]] = field(default_factory=dict)
    """unit group (a free word: aircraft, checkpoints) -> regex nouns; claims of category other."""

    unit_verbs: Mapping[str, tuple[Regex, ...]] = field(default_factory=dict)
    """unit group -> regex verbs that make the people a figure counts that unit, not a toll: "150
    weitere entführt", "kidnapped 150 others" are hostages (category other), though a verb of harm
    stands before them in the list."""

    participant_verbs: tuple[Regex, ...] = ()
    """regex: verbs that make a crowd or attacker count (demonstrierten, angegriffen)."""

    subset_cues: tuple[Regex, ...] = ()
    """regex: phrases that open a part of the figure before ("darunter", "including")."""

    further_words: tuple[Regex, ...] = ()
    """regex: "weitere", "other", "more": the figure counts more people of the previous figure's group."""

    plural_auxiliaries: tuple[Regex, ...] = ()
    """regex: auxiliaries of a plural subject right before a verb of harm ("wurden", "were", "ont été"): the
    verb of a figure of more than one whose long subject ran past the words read after it ("Drei Männer, die
    ..., wurden festgenommen", "Three men suspected of ... were arrested"); a verb after an auxiliary of the
    other number is another subject's."""

    singular_auxiliaries: tuple[Regex, ...] = ()
    """regex: the same for a subject of one ("wurde", "was", "a été")."""

    uncounted_words: tuple[Regex, ...] = ()
    """regex: "ungeboren", "unborn": one who is listed after a count but not added to it ("five people and
    an unborn baby": five, not six)."""

    unharmed_nouns: tuple[Regex, ...] = ()
    """regex: nouns of people the harm did not befall ("survivors", "Überlebende", "survivants"): a figure
    they head joined to a toll ("pulled 37 bodies and 70 survivors from the rubble") counts no more of it."""

    uncounted_verbs: tuple[Regex, ...] = ()
    """regex: verbs of an act no count's category names (a rescue: "gerettet", "geborgen"): a figure whose own
    clause has one is no member of a list with the figure after it ("78 Migranten wurden gerettet, 41 weitere
    gelten als vermisst": the 78 are not missing); a part whose own verb is one counts no harm of its whole
    ("14 miners were trapped, nine of whom were rescued": category.part-rescued)."""

    side_cues: tuple[Regex, ...] = ()
    """regex: phrases whose following noun names the side counted ("auf seiten der", "among the")."""

    speech_verbs: tuple[Regex, ...] = ()
    """regex: verbs of saying/reporting whose subject is the speaker (sagte, teilte mit, said, reported)."""

    according_to: tuple[Regex, ...] = ()
    """regex: phrases before a speaker ("laut", "nach angaben", "according to")."""

    according_to_after: tuple[Regex, ...] = ()
    """regex: phrases after a speaker ("zufolge")."""

    citing: tuple[Regex, ...] = ()
    """regex: phrases introducing the original source of a relayed figure ("unter berufung auf", "citing")."""

    cited_by: tuple[Regex, ...] = ()
    """regex: phrases after the original source of a relayed figure and before its relayer ("sources
    hospitalières citées par l'AFP", "the minister, quoted by state media", "zitiert von")."""

    self_attribution: tuple[Regex, ...] = ()
    """regex: "nach eigenen angaben", "its own figures": the speaker is the sentence's subject."""

    speaker_nouns: tuple[Regex, ...] = ()
    """regex of head nouns (case-insensitive) that can be a speaker: ministerium, behörden, police."""

    speaker_phrases: Mapping[Regex, str] = field(default_factory=dict)
    """regex -> speaker name, for sources named by a phrase ("offiziellen angaben" -> "offizielle Angaben")."""

    named_sources: Mapping[Regex, str] = field(default_factory=dict)
    """regex -> short name, for sources written out ("Organisation des Vertrags über kollektive Sicherheit" -> OVKS)."""

    referring_nouns: tuple[Regex, ...] = ()
    """regex: nouns that refer back to the organisation last named ("die organisation", "das bündnis")."""

    reported_speech: tuple[Regex, ...] = ()
    """regex: markers that a sentence goes on reporting the last source (Konjunktiv seien, demnach)."""

    back_reference: tuple[Regex, ...] = ()
    """regex at a sentence's start: the sentence attributes the previous one ("das berichtete", "dies teilte")."""

    articles: tuple[Regex, ...] = ()
    """regex: articles and determiners to strip from a speaker phrase."""

    unverified_cues: tuple[Regex, ...] = ()
    """regex: "konnten nicht unabhängig überprüft werden", "could not be independently verified"."""

    no_figure_cues: tuple[Regex, ...] = ()
    """regex: "machte keine angaben", "did not give a figure": the sentence's figures are no claims."""

    correction_cues: tuple[Regex, ...] = ()
    """regex: the sentence corrects an earlier figure ("korrigierte die Zahl", "revised down"): flag ``correction``."""
    retraction_cues: tuple[Regex, ...] = ()
    """regex: the source withdraws a figure ("zog die Angabe zurück"; a figure, not troops): flag ``retracted``."""
    double_count_cues: tuple[Regex, ...] = ()
    """regex: "doppelt gezählt", "counted twice": right after a figure no toll; in a sentence, a correction."""

    # ---- place and time --------------------------------------------------------------------
    capital_words: tuple[Regex, ...] = ()
    """regex: the capital named by its kind alone ("in der Hauptstadt", "in the capital", "dans la
    capitale"): a figure's place is the capital of the event's country when the gazetteer knows it."""
    nationwide_words: tuple[Regex, ...] = ()
    """regex: "landesweit", "nationwide": the count covers the article's country."""

    location_prepositions: tuple[Regex, ...] = ()
    """regex: prepositions that put a figure in a place ("in", "im", "bei", "near")."""

    place_inflections: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    """Endings a place name may carry -> the kinds of place they apply to ({"s": ("country",)} for
    a German genitive "Kasachstans", {"er": ("city",)} for "Berliner")."""

    place_prefixes: tuple[str, ...] = ()
    """Lower-case parts written onto a country's name ("ost" in "Ostukraine")."""

    weekdays: Mapping[Regex, int] = field(default_factory=dict)
    """regex of a day reference ("am sonntag", "on sunday") -> weekday (Monday 0)."""

    relative_days: Mapping[Regex, int] = field(default_factory=dict)
    """regex -> offset in days from publication ("gestern" -1, "yesterday" -1, "heute" 0)."""

    months: Mapping[Regex, int] = field(default_factory=dict)
    """regex of a month's name or abbreviation -> its number ("januar|jänner|jan\\." 1), for dates."""

    date_formats: tuple[DateFormat, ...] = ()
    """regex of a day of a month as the language writes it, with ``{month}`` for a month's name
    ("\\d{1,2}\\. ?(?:{month})(?: \\d{4})?"): the day, then a four-digit year if any, are read from it.
    Each must open with a digit or with the month: the document scan looks for its first characters."""

    not_as_of_before: tuple[Regex, ...] = ()
    """regex right before a date that makes it the start of a period, not the day a figure holds for
    ("seit dem 7. Oktober", "since Oct. 7")."""

    dateline_sources: tuple[str, ...] = ()
    """Not used by the engine for branching: known outlet abbreviations seen in datelines (dpa, AFP);
    each, written as here, is a speaker noun ("meldete dpa")."""

    stopwords: frozenset[str] = frozenset()
    """Frequent words, for language detection."""

    foreign_troop_cues: tuple[Regex, ...] = ()
    """regex: words near a troop figure that make the troops foreign ("ausländische", "peacekeeping", "NATO")."""

    pronouns: tuple[Regex, ...] = ()
    """regex: subject pronouns ("er", "sie", "he", "they"): a speech verb with one keeps the last speaker."""

    media_words: tuple[Regex, ...] = ()
    """regex: words that make a source a medium ("Nachrichtenagentur Anadolu", "Radio New Zealand",
    "Russian news agencies"): named beside a source of its own in a sentence ("teilte die Behörde Afad
    nach Angaben der Nachrichtenagentur Anadolu mit", "Police said ..., Radio New Zealand reported"),
    it is the one that passed the figure on (via), not its speaker."""

    outlet_mentions: Mapping[Regex, str] = field(default_factory=dict)
    """regex -> outlet, for an article's outlet named in its text ("der Deutschen Presse-Agentur" -> dpa)."""

    modifier_after: tuple[Regex, ...] = ()
    """regex of a token after a noun that makes the noun a modifier of a later head
    ("der von der Hamas kontrollierten Gesundheitsbehörde": kontrollierten)."""

    capitalized_nouns: bool = False
    """True when every noun is written with a capital (German): speaker nouns must then be capitalised."""

    adjectives_after_nouns: bool = False
    """True when adjectives follow their noun (French "le mouvement islamiste Hamas"): a lower-case noun
    of a kind and the adjectives after it before a name are no part of the name."""

    compound_nouns: bool = False
    """True when nouns are written together (German "Regierungssoldaten", "US-Soldaten"): a word
    that ends in a group noun counts that group when no group noun stands alone after the figure."""

    abbreviations: frozenset[str] = frozenset()
    """Words that end with a full stop without ending a sentence ("ca", "Nr", "Dr"), lower-case, no dot."""

    genitive_articles: tuple[str, ...] = ()
    """Articles after which a speaker noun may carry a genitive ending ("des Ministeriums")."""

    genitive_suffixes: tuple[str, ...] = ()
    """Genitive endings to strip from such a noun ("es", "s")."""

    header_date: Regex = r"date"
    """regex of a header word that precedes the publication date at the top of a text ("date 2022-01")."""

    subject_verb_object: bool = False
    """True for subject-verb-object order (English): a category verb right before a figure gives its
    category ("killed 54 people and wounded 158"), and a speaker is first looked for right before its
    speech verb ("..., the regional governor said")."""

    np_stop_words: tuple[Regex, ...] = ()
    """regex: words that end the noun phrase after a figure ("18 wounded when a gunman ...": "when")."""

    subset_cues_after: tuple[Regex, ...] = ()
    """regex right after a figure that makes it a part of the figure before ("two of them seriously")."""

    figure_needs_known_noun: bool = False
    """True when a figure followed by a lower-case word that no lexicon knows counts something else
    ("two passenger trains"): it gives no claim."""

    relative_pronouns: frozenset[str] = frozenset()
    """Lower-case words that open a relative clause after a speaker ("..., which tracks casualties, said")."""

    place_adjective_suffixes: tuple[str, ...] = ()
    """Lower-case endings that turn a place name into an adjective, not a place ("Norway-based", "Iran-backed")."""

    seat_speaker_nouns: tuple[Regex, ...] = ()
    """regex: speakers that sit in a capital (ministries, the government): "the health ministry in Kabul"
    names its seat, not the place counted. Empty: every speaker noun counts as one; with a list, a
    capital after another speaker ("police in Paris", "doctors in Khartoum") is the place counted."""

    place_modifiers: frozenset[str] = frozenset()
    """Lower-case capitalised words that may stand before a place name ("Southern California", "Greater
    London"). Where only names are capitalised, a place name right after another capitalised word that
    is neither such a modifier nor a place is part of a person's name ("said Ali Hassan")."""

    local_names_as_written: bool = False
    """True when the text's own spelling of a city or region is the name to record: English texts
    already spell places in English ("Derna", "Makiivka"), where the gazetteer's canonical form may be
    a transliteration ("Darnah", "Makiyivka"). Countries keep their canonical name."""

    person_suffixes: tuple[str, ...] = ()
    """Lower-case endings of plural nouns for people ("hikers", "employees", "fishermen"): with
    `figure_needs_known_noun`, an unknown noun with such an ending may still count people."""

    demonyms: Mapping[str, str] = field(default_factory=dict)
    """Nationality adjectives as written -> canonical country ("Israeli" -> "Israel"): soldiers of
    another country than the one the count is in are foreign troops ("three Israeli soldiers" in Lebanon).
    A hyphenated word is also read by its first part ("US-Soldaten": "US")."""

    name_joiners: frozenset[str] = frozenset()
    """Lower-case words that join the capitalised words of one organisation's name ("Observatory
    for Human Rights", "Committee to Protect Journalists"): no noun-phrase stop there."""

    place_nouns: tuple[Regex, ...] = ()
    """Nouns of a part of a country that a nationality adjective places: "vor der tunesischen Küste",
    "off the Tunisian coast", "in der syrischen Küstenregion" name the country when no place is named."""

    weak_nouns: frozenset[str] = frozenset()
    """Category nouns that give way to a verb of harm ("Opfer" are dead unless a verb says hurt)."""

    one_victim_nouns: frozenset[str] = frozenset()
    """Nouns, lower case, that name one victim without saying who ("victim", "Opfer", "victime"): "The
    victim was flown to a hospital" may be the one an article later tells died ("the boy had died")."""

    data_nouns: frozenset[str] = frozenset()
    """Nouns for figures or records whose owner is the source ("the ministry's figures show")."""

    owner_after: tuple[Regex, ...] = ()
    """regex of a noun of figures before its owner ("die Zahl der", "le bilan du", "the tally of"): the
    owner that follows is the source when it is a speaker noun ("Die Zahl der Regierung lag bei 19";
    not "Die Zahl der Toten")."""

    name_prepositions: frozenset[str] = frozenset()
    """Where only names are capitalised: prepositions after which one capitalised word the gazetteer
    lacks is taken for a place ("off Pylos", "in Uvalde"); empty where every noun is capitalised."""

    settlement_nouns: tuple[Regex, ...] = ()
    """Words for a kind of place before its name ("the town of", "im Landkreis"): the name is a place
    even where the gazetteer does not know it."""

    place_locators: tuple[Regex, ...] = ()
    """Words between a place and the larger place that locates it ("Mina nahe Mekka", "Makiivka in
    the Donetsk region"): the first is the place a figure covers."""

    previous_value_cues: tuple[Regex, ...] = ()
    """Words right before a figure that make it the earlier value of the figure before it ("rose to
    48, up from 31 a day earlier"): it counts what that one counts, whatever noun follows."""

    corrected_value_cues: tuple[Regex, ...] = ()
    """regex: words right before a figure, in a sentence that corrects a figure, that make it the value
    corrected, not the correction ("revised down to 212 from 240", "korrigierte die Zahl von 240 auf
    212"): the figure is given up, flagged ``retracted``, not ``correction``."""

    demonym_endings: tuple[str, ...] = ()
    """Endings an inflected nationality adjective may carry, longest first: German "israelischen"
    is "israelisch" + "en"."""

    contrast_words: tuple[Regex, ...] = ()
    """regex: conjunctions after a comma that open a clause with a source of its own
    ("Organisers said 1.7 million took part, while police put the figure at 128,000")."""

    audience_words: frozenset[str] = frozenset()
    """Lower-case nouns of those a source speaks to, as the last word before a preposition of place
    after a verb of saying ("told reporters in Geneva", "told a briefing in Geneva", "sagte vor
    Journalisten in Genf"): the place is where the source spoke, not the figure's. A body one tells
    by its capitalised name ("told the Senate that") is one of them too, and so no paper named by its
    own name ("told the Reflector that": a via)."""

    place_abbreviations: Mapping[str, str] = field(default_factory=dict)
    """A place name's abbreviated first word, with its dot -> the word the gazetteer writes ("Mt." ->
    "Mount" for "Mt. Pleasant", "St." -> "Sankt" for "St. Pölten"): a name the gazetteer lacks is looked
    up so too."""

    origin_words: tuple[Regex, ...] = ()
    """regex: words right before a place that make it where a person comes from ("originally from
    Mexico", "a native of Honduras", "moved here from Guatemala", "stammte aus Polen", "originaire du
    Mali"): no place of a figure, and no vote for the article's country."""

    seat_words: tuple[Regex, ...] = ()
    """regex: words right after a place that make it the seat of the source named next ("die in
    Großbritannien ansässige Beobachtungsstelle", "a London based monitor"): no place of a figure."""

    part_of_number: tuple[Regex, ...] = ()
    """regex: words between a figure and a larger one it is part of ("21 der 60 Insassen", "21 of the
    60 passengers"): the toll is the part; the whole only says how many there were."""

    among_whole_cues: tuple[Regex, ...] = ()
    """regex between a part's words and the figure of the whole it is among, right before that figure
    ("12 children were among the 40 people killed", "zwölf Kinder sind unter den 40 Toten", "douze
    enfants figurent parmi les 40 morts"): the part counts what the whole counts."""

    among_whole_openings: tuple[Regex, ...] = ()
    """regex opening a sentence right before the figure of a whole whose part the next figure is ("Among
    the 40 dead were 12 children", "Unter den 40 Toten sind zwölf Kinder", "Parmi les 40 morts figurent
    douze enfants"): the part counts what the whole counts."""

    member_cues_before: tuple[Regex, ...] = ()
    """regex right before a part read with its whole (:attr:`part_of_number`) that makes the part one
    person named as a member of the whole ("Her son was one of five people shot", "Der 19-Jährige war
    einer von fünf Verletzten"): the whole is the toll, not the part."""

    set_cues_after: tuple[Regex, ...] = ()
    """regex right after a figure that names people of a set told before ("one of the men", "zwei der
    Männer"): the figure is a part of that set (flag ``part`` where no whole is stated with it), though,
    unlike :attr:`subset_cues_after`, the words alone make no figure a claim."""

    whole_cues_before: tuple[Regex, ...] = ()
    """regex right before a figure that makes it the whole, never a part ("all seven victims were taken
    to hospital", "all eight of the dead", "alle sieben Verletzten kamen ins Krankenhaus"): no ``part`` flag."""

    harm_negations: tuple[Regex, ...] = ()
    """regex: words right before a verb of harm that deny it ("nicht verletzt", "nicht oder nur
    leicht verletzt", "were not injured"): the figure is then no toll."""

    list_conjunctions: tuple[Regex, ...] = ()
    """regex: words that join a figure to the one before it in a list of tolls ("2012 Menschen
    getötet und 2059 verletzt"): a year-like figure there, before a verb of harm, is a count."""

    nationwide_before: tuple[Regex, ...] = ()
    """regex right before a country's name that makes a count country-wide ("in ganz Kasachstan",
    "across Iraq", "throughout Syria"): the figure counts the country, not a town named near it."""

    part_place_before: tuple[Regex, ...] = ()
    """regex right before the preposition of a place that makes the place a part of a wider count
    ("allein in Almaty", "darunter in Kabul", "including in Baghdad"): in a story's lead, not the
    story's place."""

    part_place_after: tuple[Regex, ...] = ()
    """regex right after a place that makes it a part of a wider count ("in Almaty alone"): in a
    story's lead, not the story's place."""

    settlement_nouns_after: tuple[Regex, ...] = ()
    """regex: words for a kind of place after its name ("Anbar province", "the Donetsk region"): the
    name is a place even where the gazetteer does not know it (``settlement_nouns`` stand before it)."""

    target_prepositions: frozenset[str] = frozenset()
    """Lower-case prepositions whose object is what an action is aimed at ("Proteste gegen die
    Regierung", "protests against the government"): a speaker noun after one, with its article or
    not, is no authority acting in the clause."""

    owner_prepositions: frozenset[str] = frozenset()
    """Lower-case words between a speaker noun and the country it belongs to ("die Regierung von
    Bangladesch", "the government of Bangladesh"): the country is the speaker's, no figure's place."""

    numeral_nouns: tuple[Regex, ...] = ()
    """regex: nouns that only count (the dead, the injured, a person as such), after which an article
    (:attr:`not_alone`) is the number one, the toll, not one case told as an anecdote ("Ein Toter nach
    Schüssen", "Ein Mensch wurde getötet", "un mort"); a noun that describes the person ("ein Mann",
    "a woman") keeps the article an anecdote."""

    article_ages: tuple[Regex, ...] = ()
    """regex: an age written in words between an article and the person it counts, where the article
    allows one word only ("ein 34 Jahre alter Mann", "a 34 year old man"): the article still counts one."""

    plural_articles: frozenset[str] = frozenset()
    """Lower-case articles or determiners of the plural only ("den" of "in den Anden", "ces"), as written: a
    capitalised word right after one is a plural noun (a range, a people), never a town's or city's name
    ("in den Anden" is not Andenne in Belgium)."""

    indefinite_articles: frozenset[str] = frozenset()
    """Lower-case indefinite articles of the singular, as written ("a", "ein", "einem", "une"): a city's
    name abroad after one, with only lower-case words between, ending its phrase, names a thing (a
    car's make: "in a red Toyota", "in einem silbernen Honda"), not a place; before a lower-case noun
    it describes one ("a Chicago man", "a Paris hotel") and stays a place."""

    headline_labels: frozenset[str] = frozenset()
    """Lower-case words that label a news item where a dateline names its town ("UPDATE (1/3/17):",
    "BREAKING -", "EILMELDUNG -", "ALERTE -"): written in capitals before a dash or brackets, they are
    no dateline and name no place."""

    common_place_words: frozenset[str] = frozenset()
    """Common words of the language (nouns, adjectives), written capitalised as the gazetteer writes
    them, that the gazetteer also lists as a town, city or region ("Metro", "Officer", "Valley"):
    such a word is no place abroad and votes for no country ("Metro police said", "Officer Smith");
    a place of the article's own country keeps its name."""

    care_names_after: frozenset[str] = frozenset()
    """Capitalised words that, right after a place's name, make it the name of a place of care ("University
    Hospital", "Sana Klinikum"): where the hurt were taken, no place of a figure (place.opens-longer-name)."""

    venue_words_after: frozenset[str] = frozenset()
    """Capitalised words that, right after a place's name (or after its possessive ending and one more
    capitalised word), make it the name of a venue: a school, an arena, a church, a park ("Hamilton High
    West", "Jordan Arena", "Ascension Catholic Church", "Hamilton-Gymnasium"): such a name votes for no
    country (a venue named after a town abroad lies where the story is)."""

    def __post_init__(self) -> None:
        validate(self)
