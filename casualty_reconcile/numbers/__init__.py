"""The number grammar: figures as stated ("mindestens 164", "knapp 6000", "Dutzende") and their bounds.

The engine compiles one set of patterns per language from its data module
(:mod:`casualty_reconcile.lang`) and never branches on the language's name.

Bounds
------
Every qualifier implies an interval ``[low, high]`` of the true count (``None``: unbounded).
``v`` is the stated value; for a range ``a``–``b``, ``value`` is ``a``.

=============  =====================  ===================  ==========================================
qualifier      examples               low                  high
=============  =====================  ===================  ==========================================
exact          "164", "zwei"          v                    v
at_least       mindestens, at least   v                    None
more_than      mehr als, über, over   v + 1                None
at_most        höchstens, at most     0                    v
less_than      weniger als, under     0                    v - 1
about          rund, etwa, around     floor(0.9 v)         ceil(1.1 v)        (±10 %)
almost         knapp, fast, nearly    floor(0.9 v)         v - 1              (within 10 % below)
up_to          bis zu, up to          0                    v
range          zwischen 10 und 20     a                    b
vague          Dutzende, dozens       policy (see below)   policy
=============  =====================  ===================  ==========================================

Vague amounts are read by a named policy (:data:`VAGUE_POLICIES`):

* ``"interval"`` (default): the interval the word usually spans, :data:`VAGUE_INTERVALS`.
* ``"acled"``: ACLED's conservative single values, ``low == high``, :data:`ACLED_VALUES`.

=====================  ===================================  ===============  ========
vague key              examples                             interval         acled
=====================  ===================================  ===============  ========
a_few                  einige, ein paar, a few, a handful   2–9              3
several                mehrere, etliche, several            3–9              3
tens                   tens of                              20–99            10
dozens                 Dutzende, dozens                     24–199           12
scores                 scores of                            40–199           20
hundreds               Hunderte, hundreds                   200–1999         100
thousands              Tausende, Abertausende, thousands    2000–19999       1000
tens_of_thousands      Zehntausende, tens of thousands      20000–199999     10000
hundreds_of_thousands  Hunderttausende                      200000–1999999   100000
millions               Millionen, millions                  2000000–None     1000000
=====================  ===================================  ===============  ========

A few or several of a round number ("einige hundert", "mehrere Tausend", "several dozen") is the
base amount times that number under either policy: ``a_few_hundred`` 200–900 (acled 300),
``several_thousand`` 3000–9000 (acled 3000), ``several_dozen`` 36–108 (acled 36).

``about`` and ``almost`` are computed in integers: ``floor(0.9 v) == 9 v // 10``,
``ceil(1.1 v) == -(-11 v // 10)``. Digits are read exactly (``2,3 Millionen`` is 2300000).

What reads as a figure
----------------------
* Digits in either convention: a dot, comma, space, no-break or thin space between groups of three
  is a thousands mark (``2.500``, ``2,500``, ``12 000``); a single mark before a scale word is the
  decimal mark (``1,5 Millionen``, ``1.2 million``). Number words, also compound (``zweitausendfünfhundert``,
  ``two thousand five hundred and forty-three``), ``ein Dutzend``, ``two dozen``.
* Fractions of a multiplier or of a whole number read whole ("anderthalb Millionen" 1500000, "fünf und
  drei Viertel Milliarden", "one billion and a half million", "three million and a quarter"); a figure
  that comes out a fraction ("zwei Drittel", "two and a half years") is no count.
* A figure written across digits and words is one ("4 thousand 3 hundred and 21", "6 crore and two
  hundred"); a suffix glued to digits scales them only before what they count ("10k protesters",
  "1m people"; a bare "10k" is no count).
* A range's lower end takes the scale word of its upper end when the product is not above it: "100 bis
  300 Milliarden" is 100 to 300 billion (as "zwischen 1,5 und 2 Millionen" is millions at both ends).
* Two bounds make one range: "more than 10 and less than 20" is 11..20-1, "at most 100 and at least 20"
  20..100 (value and high_value are the stated figures; low and high the bounds they imply).
* A number word that is also a pronoun, a noun or a name (``LanguageData.ambiguous_number_words``) is
  no count after a determiner ("the one you mentioned", "his score") or as a name after a capitalised
  word ("Claudia Tausend", "Regional One"), unless what it counts, a part of it or what happened to it
  follows ("the one survivor", "which one of the men", "the one who died").
* A lone article ("ein", "a") counts one only when what it counts follows, bare, after one word or
  after an age in words ("darunter ein Polizist", "einen toten Mann", "a police officer", "ein 34 Jahre
  alter Mann": ``LanguageData.article_ages``).
* Not counts: ages, durations, times, money, percentages, measures (a unit after the figure, also
  after the second end of a range: "von 22 bis 6 Uhr"), dates and ordinals ("am 5. Januar", "Jan. 5",
  "5th"), scores and codes ("2:1", "3-0", "2022-01-05"), numbers after "Nr.", "aged", "im Jahr"...
* A four-digit figure from 1000 to 2100 is a year unless it is qualified ("mehr als 2000"), what it
  counts follows within two words ("2000 Polizisten", "1500 armed men") or a count's context comes
  before it, read before a year's ("stieg auf 1762", "korrigierte die Zahl der Toten von 1400 auf 1200").

Where each piece lives
----------------------
============  ===========================================================================
module        what it holds
============  ===========================================================================
bounds        ``BOUNDS``, ``bounds()``, the vague amounts and their policies
pieces        pattern pieces all share: blanks, digits, quotes, alternations
backward      ``_Backward``: a "before" pattern matched backwards, only the phrases that may end there
compiled      ``Grammar`` and ``grammar()``: every pattern of a language, compiled once
values        the value of a figure in digits ("2.500", "1,5 Millionen", "10k")
words         the value of a figure in words, token by token
read          the anchor's match read into a raw figure (``_Raw``), and a qualified one (``_Reading``)
filters       what reads as a figure but is no count: ages, dates, ordinals, scores, years, pronouns
qualify       a figure's qualifier, span and value: hedges, ranges, two bounds
scan          ``iter_counts`` (the scanner the engine runs), ``scan_counts``, ``parse_count``
============  ===========================================================================
"""

from __future__ import annotations

from .bounds import ACLED_VALUES, BOUNDS, VAGUE_INTERVALS, VAGUE_POLICIES, VaguePolicy, bounds, vague_bounds
from .compiled import Grammar, grammar
from .scan import iter_counts, parse_count, scan_counts

__all__ = [
    "ACLED_VALUES",
    "BOUNDS",
    "VAGUE_INTERVALS",
    "VAGUE_POLICIES",
    "Grammar",
    "VaguePolicy",
    "bounds",
    "grammar",
    "iter_counts",
    "parse_count",
    "scan_counts",
    "vague_bounds",
]
