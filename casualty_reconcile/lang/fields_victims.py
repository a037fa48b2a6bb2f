"""The fields of a language module about the victims of local news (one person named without a count
word, lists of named victims, headlines, the shot, care, zero, wound sites, period tallies, another
incident, the attackers, a first report since superseded): a part of
:class:`~casualty_reconcile.lang.base.LanguageData`, kept apart for size. Keyword-only, so that they may
follow the required fields of the whole."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from ..models import Category
from .validate import Regex

__all__ = ["VictimFields"]


@dataclass(frozen=True, kw_only=True)
class VictimFields:
    """The victim fields of :class:`~casualty_reconcile.lang.base.LanguageData`."""

    single_victim_words: tuple[Regex, ...] = ()
    """regex: one person named without a count word, with the verb of death or injury that follows
    ("The victim died", "Woman dies after ...", "Der 20-Jährige starb", "the boy was wounded"): a
    count of one, the toll of a
    shooting of one victim (not flagged anecdotal). The words are the count; the verb decides the category.
"""

    injured_object_words: tuple[Regex, ...] = ()
    """regex: one person named as the object of a verb of injury, the verb first ("critically injuring his
    father", "shot and wounded a clerk", "shot a 25-year-old man in the leg", "verletzte dabei seinen Vater
    schwer", "schoss einem 30-Jährigen ins Bein"): a count of one injured, the whole match its words. Each
    alternative opens with a literal word (the verb), by which a scan of the text finds it; an article the
    number grammar counts inside the match is the match's (a count it holds of another kind, a word of
    multiplicity, keeps the figure). Not the first of a list ("injuring his wife and two children")."""

    shot_object_words: tuple[Regex, ...] = ()
    """regex: one person named as the object of an active verb of the shot, the verb first, no wound to a limb nor a
    word of death with it ("He shot his friend in the chest", "a man shot a 7-year-old boy", "the gunman shot the
    clerk", "schoss einem Mann in den Bauch", "schoss auf seine Frau"): a count of one shot, dead or alive (flag
    ``shot``, rule ``figure.shot-object``), as "N people were shot" is read; a death told of that person later in the
    article resolves it (the rules of ``engine/shot.py``). Two persons named so, each in a group ``item`` ("shot another
    man and a 2-year-old boy", "Woman Shot Her Husband & Son", "schoss seiner Frau und seinem Sohn in den Rücken"), are a
    count of two shot, as the names of a list are (no third after them: "shot his wife, son and daughter" is none). Found
    by the scan of :attr:`injured_object_words` (their verbs open each alternative); where both match, the injured object
    wins."""

    verb_first_words: Mapping[Category, tuple[Regex, ...]] = field(default_factory=dict)
    """regex, by category: one person named right after the verb of what befell them, the verb first, where
    :attr:`single_victim_words` read the person before the verb only ("Nach dem Zusammenstoß verstarb die 81-jährige
    Frau", "Noch an der Unfallstelle starb der 19 Jahre alte Beifahrer"; the held: "Die Beamten nahmen den
    31-Jährigen fest", "Officers arrested the 31-year-old overnight"): a count of one of that category, the whole match
    its words. Each alternative opens with a literal word (the verb), found by the scan of
    :attr:`injured_object_words` (one scan for both)."""

    victim_list_words: tuple[Regex, ...] = ()
    """regex: a list of persons named with their ages, before a verb of death or injury (as a look-ahead
    that opens with a space): the matches of its group ``item`` are the count ("Jon Doe, 19, and Al Roe,
    21, were wounded" is two, "Max Roth (19) und Ali Demir (21) wurden verletzt"); the ages in it are no
    counts. Kept apart from :attr:`single_victim_words`, whose scan reads a short window before each verb."""

    headline_victim_words: tuple[Regex, ...] = ()
    """regex: one person named by a noun with the verb of death or injury after it, sought only in a
    headline (a first line of at most 200 characters, more text after it), where a place or a modifier
    may stand before the noun ("Columbus teen killed in ...", "Fresno County deputy dies", "Kölner
    Rentner stirbt"): a count of one, as :attr:`single_victim_words`."""

    zero_words: tuple[Regex, ...] = ()
    """regex: words that count none ("no one", "nobody", "niemand", "keine"): a figure of zero,
    a claim like any other ("No one was injured", "Verletzt wurde niemand", "keine Toten").
    Only where a lexicon word follows or precedes it does it become a claim."""

    care_words: tuple[Regex, ...] = ()
    """regex: verbs of injury that name care or a condition, not the harm ("taken to hospital", "in
    critical condition", "ins Krankenhaus gebracht"): a figure counted by one of them alone is often a
    part of the injured ("Three were taken to hospital" while others were treated at the scene), flagged
    ``part`` so that estimates prefer a stated whole. Each must be one of the language's injury verbs."""

    shot_words: tuple[Regex, ...] = ()
    """regex: verbs that say people were hit by gunfire, dead or alive ("were shot", "angeschossen"):
    a count of the shot with a count of the dead among them right after it ("Four people were shot,
    one fatally") leaves the difference as the injured."""

    one_more_words: tuple[Regex, ...] = ()
    """regex: the words of a figure of one that count one more besides those told right before it, an ordinal or
    "another" after an article ("a third", "another", "einen dritten", "einen weiteren"): a count of the dead so worded
    right after a figure of the shot in its sentence ("charged with shooting two officers and killing a third", "soll zwei
    Menschen angeschossen und einen weiteren getötet haben") is no death among the shot, who are the injured
    (figure.shot-before-one-more-dead)."""

    grave_degree_words: tuple[Regex, ...] = ()
    """regex: a grave degree of harm in a piece of the hurt ("critically", "in critical condition", "lebensgefährlich",
    "grièvement"): beside a piece told by a light degree (:attr:`light_degree_words`) in its sentence, joined by a comma
    or a conjunction ("One was in critical condition and four were treated and released", "Zwei Menschen wurden
    lebensgefährlich, vier leicht verletzt"), the two count different persons: both are flagged ``piece``, stated as
    they are, and reconcile adds them up (rule figure.piece-by-degree, ``engine/degrees.py``; ``pieces.py``)."""

    light_degree_words: tuple[Regex, ...] = ()
    """regex: a light degree of harm or care that ends at once ("slightly", "minor", "treated and released", "leicht",
    "ambulant", "légèrement"): see :attr:`grave_degree_words`."""

    wound_sites: tuple[Regex, ...] = ()
    """regex: a wound to a limb, right after a verb of the shot ("shot in the leg", "gunshot wounds to
    the arm", "ins Bein geschossen", "blessé à la jambe"): the shot lives, so the figure is a count of
    the injured, not of the shot dead or alive (a count of the dead in the article leaves it)."""

    survival_words: tuple[Regex, ...] = ()
    """regex: verbs that say the shot lived, after the verb of the shot in the figure's clause ("was shot
    and slashed but survived", "überlebte schwer verletzt", "a survécu"): the figure is a count of the
    injured, not of the shot dead or alive, whatever the article's dead count."""

    died_next_words: tuple[Regex, ...] = ()
    """regex: a pronoun that opens a sentence and a verb of death after it, no object ("He later died at
    the hospital", "Er starb später im Krankenhaus"): the one wounded or shot that the sentence before
    ends on died; that figure of one is a count of the dead (rule ``figure.shot-then-died-next``)."""

    addition_words: tuple[Regex, ...] = ()
    """regex: a word of addition between a figure of the shot and its verb ("Her husband was also shot",
    "Ein zweiter Mann wurde ebenfalls angeschossen"): the shot are more besides the victims told before,
    so in an article that counts its dead they are the injured besides the dead, not the dead themselves
    (rule ``figure.shot-also``)."""

    increment_words: tuple[Regex, ...] = ()
    """regex: a word of addition right before or after a figure that counts new ones besides those told before
    ("another 25", "three more", "weitere 90", "90 nouvelles", "trois autres"): with a cue of
    :attr:`total_after_words` after it in its sentence, the figure is a part of that total (rule
    ``figure.new-besides-total``)."""

    total_after_words: tuple[Regex, ...] = ()
    """regex: words after new ones that bring the count to a total, a number following in the clause ("bringing the
    total to 65", "portant à 240 le nombre", "damit stieg die Zahl auf 240")."""

    period_tally_cues: tuple[Regex, ...] = ()
    """regex: words that make a figure a tally over a period, not one event's toll ("so far this
    year", "last year", "seit Jahresbeginn", "im vergangenen Jahr"): the figure right before the cue
    in its clause, else the first one after it, is flagged ``period_tally`` (with its parts)."""

    other_incident_cues: tuple[Regex, ...] = ()
    """regex: words that name another incident than the article's ("last month's shooting", "a
    similar shooting", "bei einem früheren Angriff"): the figure they go with (as for
    :attr:`period_tally_cues`) is flagged ``other_incident``."""

    survived_next_words: tuple[Regex, ...] = ()
    """regex: the opening of the sentence after a figure of the shot, a pronoun and a verb that says the one
    shot lived ("A 19-year-old man was shot as he walked home. He survived.", "Er überlebte.", "Il a survécu."):
    a figure of one, its sentence's last, is a count of the injured (rule ``figure.shot-then-survived-next``)."""

    result_clause_openers: tuple[Regex, ...] = ()
    """regex: the words after a clause's break that open a clause of what the event named before it left
    ("three overnight shootings that happened within five hours; leaving five people injured", "drei nächtliche
    Schießereien, wobei fünf Menschen verletzt wurden", "plusieurs fusillades depuis le début de l'année, faisant 12
    morts"): the break parts no figure from a cue of a tally before it (:attr:`period_tally_cues`)."""

    list_possessives: tuple[Regex, ...] = ()
    """regex: possessive determiners that may stand between a conjunction and the next part of a list of parts
    ("Among the dead were a pregnant woman and her two children", "darunter eine Frau und ihre zwei Kinder"): the
    part after them is a part of the same whole (figure.part-joined-to-part)."""

    kin_list_openers: tuple[Regex, ...] = ()
    """regex: one person named by a noun that counts no one alone, a conjunction and a possessive, right before a figure
    of their kin (French r"une? (?:femme|homme|mère|père) et (?:ses|leurs)": "Une femme et ses deux enfants ont péri"):
    the figure counts that person too, the sum of no one group (rule ``figure.kin-of-one``). In English and German, whose
    nouns with an indefinite article count alone ("A woman and her two children", "Eine Frau und ihre zwei Kinder":
    figure.list-sum), one named by the definite article ("The driver and his two passengers", "Der Fahrer sowie seine
    beiden Mitfahrer")."""

    parent_of: tuple[Regex, ...] = ()
    """regex: words right before a figure that make it a person's children ("father of three", "Vater von drei
    Kindern"): no toll, unless it is one or counts others ("the father of two sisters who were shot")."""

    attacker_verbs: tuple[Regex, ...] = ()
    """regex: verbs right after a figure's words that make what it counts the attackers ("three men entered
    the home and opened fire", "drei Männer drangen ein"): a figure of no group is then no toll."""

    firing_verbs: tuple[Regex, ...] = ()
    """regex: verbs of firing, in the active, right after a figure's words ("two officers fired at the man", "zwei
    Polizisten schossen auf den Mann"): the figure counts those who fired, no toll, whatever its group (officers
    and soldiers fire too); a verb of harm after it is its target's ("..., who was hit and taken to a hospital")."""

    initial_report_cues: tuple[Regex, ...] = ()
    """regex: words that say a figure was a first report since superseded ("initially reported",
    "police initially said", "zunächst war von", "zunächst hieß es"): a figure in the cue's clause
    after it (or right before it in its clause) is flagged ``retracted``, so that the figure that
    replaced it ("but police later confirmed that four people were shot") makes the estimate."""

    part_clause_openers: tuple[Regex, ...] = ()
    """regex: the word after a comma behind a part that opens the part's own relative clause, whose verb closes it
    ("darunter ein 17-Jähriger, der später im Krankenhaus starb": r"der(?= \\p{Ll})"; English "including a
    17-year-old, who later died": r"who"): that verb is the part's own, the part is no longer of its whole's category
    (rule ``category.part-before-verb`` yields)."""

    group_senses: Mapping[Category, Mapping[Regex, str]] = field(default_factory=dict)
    """regex: a group word of two senses read in the sense its figure's category gives (rule
    ``group.sense-of-category``): the whole word, as :attr:`~.base.LanguageData.group_words` matched it, and
    the group (a key of ``group_words``) it counts where the figure counts that category (French "Douze mineurs
    ont été placés en garde à vue": minors arrested, not miners; "18 mineurs tués dans la mine" stay miners).
    None in English or German, whose words ("minors", "miners"; "Minderjährige", "Bergleute") are apart."""

    harmed_before_preposition: tuple[Regex, ...] = ()
    """regex: the words of a verb of harm right before a preposition of place that there names the one harmed, no
    place (French "La collision a coûté la vie à un motard": r"coûté la vie"): an article after that preposition
    counts one person, as after no preposition (not "à un carrefour", whose article stays no count). None in
    English or German, whose verbs take the person without a preposition ("cost a rider his life", "kostete einen
    Motorradfahrer das Leben")."""

    part_cause_openers: tuple[Regex, ...] = ()
    """regex: a word that opens the cause of a part's harm right after the article of one that tells the part
    (French "Cinq policiers ont été blessés, dont un par un tir de mortier": r"par"): the part is one of the total,
    as one told by its words of degree ("dont l'un gravement"; rule ``figure.article-alone`` lets it stand, see
    ``engine/part_cause.py``)."""
