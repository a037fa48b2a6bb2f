"""The fields of a language module about who a figure comes from (origins, speakers' names, the
verbs of telling, revising and seeing): a part of :class:`~casualty_reconcile.lang.base.LanguageData`,
kept apart for size. Keyword-only, so that they may follow the required fields of the whole."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from ..models import OriginType
from .validate import Regex

__all__ = ["OriginFields"]


@dataclass(frozen=True, kw_only=True)
class OriginFields:
    """The origin fields of :class:`~casualty_reconcile.lang.base.LanguageData`."""

    # ---- origins ---------------------------------------------------------------------------
    origin_aliases: Mapping[str, tuple[str, OriginType]] = field(default_factory=dict)
    """Names of sources as the language writes them (lower case, whole words; ``s``, ``es``, ``n``,
    ``en`` endings are matched too) -> (origin name, origin type), for telling who a figure really
    comes from (:mod:`casualty_reconcile.origins`): "innenministerium" -> ("government of {country}",
    government), "augenzeugen" -> ("{speaker}", witness). ``{country}`` is the event's country,
    ``{speaker}`` the name as stated. Names the same in every language (organisations, abbreviations)
    belong in ``lang/common.py``; an entry here overrides one there."""

    origin_kinds: Mapping[OriginType, tuple[Regex, ...]] = field(default_factory=dict)
    r"""regex: words that tell a source's kind when no alias names it (``r"\w*ministerium"``; the leftmost wins,
    at one place medical, UN body, NGO, party, state media, government, witness first): :mod:`~casualty_reconcile.origins`."""
    party_descriptors: tuple[Regex, ...] = ()
    """regex: words before a party's name that are no part of it ("opposition BNP" is "BNP"; alone: the opposition)."""
    leaders: Mapping[str, str] = field(default_factory=dict)
    """Heads of state and government as the language spells them (lower case) -> country ("tokajew": "Kazakhstan")."""

    event_kinds: Mapping[Regex, str] = field(default_factory=dict)
    """regex -> kind of event ("schie(?:ß|ss)ereien?" -> "shooting", "earthquakes?" -> "quake"): event
    resolution keeps documents about different kinds of event apart. Kinds are shared names across
    languages: shooting, crash, siege, protest, quake, attack, fire, flood, storm, explosion (which,
    named alone, fits any kind: a bomb's, a mine's), and the generic
    accident ("Unglück", "drame", "disaster"), which fits any kind of mishap (a crash, a fire,
    a flood, a storm: a ferry's fire is a ferry accident) and adds nothing beside one."""

    part_place_cues: tuple[Regex, ...] = ()
    """regex: words that mark a figure as counting only one part of an event's area ("alleine in Almaty",
    "in Almaty alone", "103 davon in Almaty", "of them in"): such a figure stays a subarea of the toll."""

    fatal_cues: tuple[Regex, ...] = ()
    """regex: words that call an event deadly ("fatal", "deadly", "tödlich", "mortel"): a report whose
    headline or first lines name a fatal incident states no incident of only injured, though its only
    figure counts the injured (event resolution, :func:`casualty_reconcile.event_words.document_particulars`)."""

    revision_cues: tuple[Regex, ...] = ()
    """regex: words of a sentence that state its toll as a change of one reported before ("the death toll
    rose to", "lowered the death toll", "s'est alourdi", "ist auf 164 gestiegen", "korrigiert"): event
    resolution joins such a report to the earlier report of its place whose toll it changes."""

    particulars: Mapping[Regex, str] = field(default_factory=dict)
    """regex -> kind of particular, "person" or "street": the particulars of one incident as a report
    writes them, a person named beside an age ("Terry Andres, 62", "der 24-jährige Max Huber") or as the
    victim ("the killing of Terry Andres": a look-behind keeps the words before the name out), a street
    ("on Carey Street", "in der Lindenstraße"); ``(?-i:...)`` keeps a name's capitals. Event resolution
    links a later report to the event whose reports name the same one, and keeps reports of one day that
    name different persons apart; a particular is known by its capitalised words ("terry andres")."""

    victim_ages: Mapping[Regex, str] = field(default_factory=dict)
    """regex -> unit of an age ("year", "month"): a victim's age as a figure of the dead or the injured
    writes it, its digits the age ("a 9-year-old", "Boy, 15,", "der 9-Jährige", "ein Baby (6 Monate)",
    "un garçon de 9 ans"). Event resolution links two reports of nearby days in one place that count a
    victim of the same age when nothing tells them apart (the boy injured on Saturday who died on
    Wednesday)."""

    venue_kinds: Mapping[Regex, str] = field(default_factory=dict)
    """regex -> kind of place an incident happened at ("home", "bar", "store", "restaurant", "school",
    "worship", "park"; shared names across languages): the common nouns ("inside a home", "at a bar", "in
    einer Wohnung", "dans un bar"; ``(?-i:...)`` keeps a name's capitals out: "Horan Park", "County
    Market"). Event resolution reads them in a report's first sentences of the dead and the injured: two
    reports of nearby days that name venues of no kind in common, no person in common and no same toll
    are two incidents (three found dead in a home on Sunday, three killed in a bar on Tuesday)."""

    subgroup_persons: tuple[Regex, ...] = ()
    """regex: the nouns of :attr:`group_words`' civilians that name persons by sex or age ("women",
    "Frauen", "femmes"), not a population an event hit as a whole ("miners", "Bergleute", "passagers"):
    "All four women ... were killed" counts a part of the dead, so reconcile never reads such a count as
    its event's whole count (:mod:`casualty_reconcile.everyone`)."""

    conjunctions: tuple[Regex, ...] = ()
    """regex: words that join figures, nouns or clauses; one ends a figure's noun phrase ("20 Soldaten
    und 15 Zivilisten", "19 children and two teachers", "as well as", "while")."""

    noun_conjunctions: tuple[Regex, ...] = ()
    """regex: words that join a second noun counted with the first ("60 Kinder und Jugendliche",
    "women or children")."""

    bare_joiners: tuple[Regex, ...] = ()
    """regex: words between two figures when the second has no noun and shares the first one's group
    ("20 Soldaten und 15", "three soldiers and four")."""

    name_particles: tuple[Regex, ...] = ()
    """regex: particles joined to the next part of a personal name by a hyphen ("al-Mandhari",
    "bin-Salman"), as they are written in the language's text; matched case-sensitively."""

    possessive_endings: tuple[str, ...] = ()
    """Endings of a possessive noun ("Russia's defence ministry"), with every apostrophe the text
    may use: the owner is no speaker, nor is a capitalised word before a place a modifier of it."""

    name_articles: tuple[Regex, ...] = ()
    """regex: an article that may stand inside a name after a joining word ("Office for the
    Coordination") or before a date after a start cue ("since the 7th")."""

    elided_articles: tuple[Regex, ...] = ()
    """regex: articles written joined to the next word with an apostrophe (French "l'", "d'",
    Italian "dell'"): stripped from a speaker's name like a free-standing article. Without the
    apostrophe; both ' and ’ are accepted."""


    genitive_noun_endings: tuple[tuple[str, int], ...] = ()
    """A noun's genitive endings after a genitive article, each with the number of letters to cut,
    the first that fits ("Versammlungsarchivs" -> "Versammlungsarchiv", "Bundes" -> "Bund"; "ses"
    loses one letter); for a source named by a noun phrase with no known speaker noun."""

    unnamed_official_sources: frozenset[str] = frozenset()
    """Sources that name no one but an official side, lower case, as the speaker the engine finds
    (mostly the names of ``speaker_phrases``): "offizielle angaben", "official figures". Such a claim
    has no ``speaker``; its ``attribution`` is ``unnamed_official`` and ``speaker_text`` the words."""

    unnamed_report_sources: frozenset[str] = frozenset()
    """Sources that name no one but reports: "berichte", "medienberichte", "media reports", "reports"
    (``attribution`` ``unnamed_report``)."""

    speaker_complements: tuple[Regex, ...] = ()
    """regex (case-sensitive): a complement right after a speaker noun that names the body it is part
    of its name ("le ministère de la Santé", "la préfecture de police", "un porte-parole de la police",
    "the Ministry of Health", "das Ministerium für Gesundheit"); one or more in a row are kept as
    written, articles and all, where the articles of the rest of the name are dropped."""

    telling_verbs: tuple[Regex, ...] = ()
    """regex: speech verbs whose object is whom the speaker told ("told", "sagte"): an outlet named
    right after one ("told Reuters", "told the Associated Press") is the via."""

    revising_verbs: tuple[Regex, ...] = ()
    """regex: verbs of correcting a figure ("korrigierte", "revised", "a corrigé"), read in a sentence
    with a correction cue: their subject is the source ("Das Innenministerium korrigierte die Zahl auf 21")."""

    forces_abroad_words: tuple[Regex, ...] = ()
    """regex: words of a government source that may speak for forces acting abroad (the army, the defence or
    foreign ministry: "the army said the strike killed 12", filed from its own capital about a place abroad):
    such a source is never read as the government of the figure's country for a dateline the text does not
    name again (``engine/build.py``, attribution.origin-filed-abroad), as "the interior minister" is."""

    observation_verbs: tuple[Regex, ...] = ()
    """regex: verbs of seeing for oneself ("saw", "sah", "a vu"): their subject is the source of the
    sentence's figures ("A Reuters reporter saw 40 bodies"), and the source before does not go on."""

    speaks_for: frozenset[str] = frozenset()
    """Lower-case prepositions between a person who speaks for a body and the body ("a spokesperson for the
    group"): where the body is only a referring noun and the text names none it refers to, the person is
    the speaker ("spokesperson"), not the word "group". German and French write the body as the owner
    ("ein Sprecher der Gruppe", "un porte-parole du groupe", ``owner_prepositions``): none there."""

    record_adjectives: frozenset[str] = frozenset()
    """Lower-case adjectives that tell how recent or final a record is ("latest", "new", "preliminary"): written
    before a source's name in a phrase of its figures ("according to the latest government figures"), they are no
    word of the source's name, which begins after them (speaker.record-adjective: "government"). German and French
    write them before the record's noun, not the source ("nach neuesten Angaben der Regierung"): none there."""

    genitive_after_noun: frozenset[str] = frozenset()
    """Lower-case articles that, right after a capitalised noun (adjectives between allowed), open that noun's
    genitive attribute ("die Verluste der russischen Armee", "die Zahl der Opfer"): the body after them owns the
    noun, it is not who acted in the clause (attribution.actor-of-clause passes it over). None in English or French,
    whose owners follow "of", "de" (``owner_prepositions``)."""
