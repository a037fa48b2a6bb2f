"""A speaker's name in base form, as ordered tables of named rules (run in the build stage).

The attribution stage finds a source as the text writes it ("autoritären Behörden", "kasachische
Staatsfernsehen", "russischen Tageszeitung Kommersant"); the claim keeps that as ``speaker_text``.
Its ``speaker`` is the base form: :data:`UNNAMED_RULES` first tell a source that names no one
("offizielle Angaben", "official figures": an official source; "Berichten zufolge", "according to
reports": reports), which is a kind of attribution and no name (the claim's ``attribution`` says so;
its ``speaker`` keeps the words as stated, which is what the figure is attributed to); then every rule of
:data:`NAME_RULES` in turn may shorten the name (no national or evaluative adjective, a medium's
own name without its kind). The via gets the same base form. Every rule that decides joins the
figure's trace.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..models import AttributionKind
from .memo import LIMIT
from .patterns import _ACRONYM
from .rules import RuleOf, decide, productions

if TYPE_CHECKING:
    from .context import Context


@dataclass(slots=True)
class Name:
    """What the name rules read: the extraction and the name's words (as they stand so far)."""

    x: Context
    words: list[str]


def _unnamed_official(n: Name) -> AttributionKind | None:
    folded = " ".join(n.words).casefold()
    return AttributionKind.UNNAMED_OFFICIAL if folded in n.x.lex.lang.unnamed_official_sources else None


def _unnamed_report(n: Name) -> AttributionKind | None:
    folded = " ".join(n.words).casefold()
    return AttributionKind.UNNAMED_REPORT if folded in n.x.lex.lang.unnamed_report_sources else None


UNNAMED_RULES: tuple[RuleOf[Name, AttributionKind], ...] = (
    RuleOf("speaker.unnamed-official", "de", "Nach offiziellen Angaben wurden 210 Menschen festgenommen.", _unnamed_official),
    RuleOf("speaker.unnamed-report", "en", "According to media reports, at least 15 people died in the blast.", _unnamed_report),
)


def _national_adjective(n: Name) -> list[str] | None:
    """ "kasachische Staatsfernsehen", "Ukrainian officials": the source, not its nation (an
    adjective before a lower-case noun where nouns are not capitalised: "Syrian Observatory" is a name)."""
    words, x = n.words, n.x
    if len(words) < 2 or _owned_data(n):
        return None
    first = words[0]
    if x.lex.lang.capitalized_nouns:  # "Syrische Beobachtungsstelle": capitalised, a name's own word
        if not first[:1].islower() and not _opens_generic_source(n):
            return None
    elif not words[1][:1].islower():  # "Syrian Observatory"
        return None
    return words[1:] if x._nation(first) is not None or x._nation(first[:1].lower() + first[1:]) is not None else None


def _national_adjective_after(n: Name) -> list[str] | None:
    """ "le gouvernement éthiopien", "l'armée malienne": where adjectives follow their noun, the source
    without the lower-case adjective of its nation after it (the origin reads the nation from it); not
    after a capitalised complement ("la télévision d'État kazakhe": the medium is no name "État")."""
    words, x = n.words, n.x
    if len(words) < 2 or not x.lex.lang.adjectives_after_nouns or not words[-1][:1].islower() or not words[-2][:1].islower():
        return None
    return words[:-1] if x._nation(words[-1]) is not None else None


def _opens_generic_source(n: Name) -> bool:
    """ "Ukrainische Behörden meldeten": a national adjective capitalised as a sentence's first word
    before speaker nouns alone (no name of its own: not "Syrische Beobachtungsstelle für
    Menschenrechte", a named source, nor "Deutsche Bahn")."""
    x, words = n.x, n.words
    if " ".join(words) in x.lex.named_source_names:
        return False
    return all(x._is_speaker_head(w) and not _ACRONYM.fullmatch(w) for w in words[1:])


def _owned_data(n: Name) -> bool:
    """ "ukrainische Angaben", "Israeli tallies", "medizinische Kreise": figures whose owner is the
    adjective; it is all the name says."""
    return n.words[-1].casefold() in n.x.lex.lang.data_nouns


def _possessive_owner(n: Name) -> list[str] | None:
    """ "Qatar's foreign ministry", "the country's interior minister": the source itself, not its owner."""
    words, endings, x = n.words, n.x.lex.lang.possessive_endings, n.x
    k = 0
    while k < len(words) - 1 and words[k].endswith(endings):
        owner = words[k][: -len(next(e for e in endings if words[k].endswith(e)))]
        if owner.islower() and x._is_speaker_head(owner):
            break  # "the governor's office", "the prosecutor's office": a title's office names its holder's source
        k += 1
    return words[k:] if k else None


def _record_of_source(n: Name) -> list[str] | None:
    """ "statement from interior ministry", "figures released by the health ministry", "new toll
    released by ...": the source, not its record (an adjective before the record's noun, words that
    tell how it was made after it: the name begins after the last small word before its speaker noun)."""
    words, x = n.words, n.x
    data = next((i for i in range(min(2, len(words) - 1)) if words[i].casefold() in x.lex.lang.data_nouns), None)
    if data is None or (data == 1 and not words[0].islower()):
        return None
    if not words[data + 1].islower():  # "neuen Zahlen Gesundheitsministerium": the owner named right after
        return words[data + 1 :] if x.lex.lang.capitalized_nouns and x._is_speaker_head(words[data + 1]) else None
    head = next((i for i in range(data + 2, len(words)) if x._is_speaker_head(words[i])), None)
    if head is None:
        return None
    small = [i for i in range(data + 1, head) if words[i].casefold() in x.lex.stopwords]
    return words[small[-1] + 1 :] if small else words[data + 1 :]


def _evaluative_adjective(n: Name) -> list[str] | None:
    """ "autoritären Behörden", "von Hamas kontrollierten Gesundheitsbehörde": where nouns are
    capitalised, lower-case words before the name's first speaker noun describe it (an adjective, a
    participle with its object), no part of the name."""
    words, x = n.words, n.x
    if not x.lex.lang.capitalized_nouns or len(words) < 2 or _owned_data(n):
        return None
    # the name's head: the first speaker noun not described by a lower-case word after it ("Hamas
    # kontrollierten"; an article after it begins its genitive: "Sprecher der Polizei")
    head = next(
        (i for i, w in enumerate(words) if x._is_speaker_head(w) and not (
            i + 1 < len(words) and words[i + 1][:1].islower() and not x.lex.article.fullmatch(words[i + 1])
            and words[i + 1] not in x.lex.lang.name_joiners  # "Amt für Statistik": a name joined by a small word
        )),
        None,
    )
    if head is None:  # no known speaker noun: only the lower-case words the name begins with
        head = next((i for i, w in enumerate(words) if not w[:1].islower()), 0)
    coordinators = x.lex.lang.coordinators  # "Such- und Rettungsbehörde": a compound's first half, no adjective
    last = max((i for i in range(head) if words[i][:1].islower() and not (
        i and words[i].lower() in coordinators and words[i - 1].endswith("-")
    )), default=-1)
    return words[last + 1 :] if last >= 0 else None


def _medium_name(n: Name) -> list[str] | None:
    """ "Tageszeitung Kommersant", "Nachrichtenagentur Interfax", "state news agency Kazinform": a
    medium by its own name, without its kind."""
    words, x = n.words, n.x
    media = x.lex.media
    if len(words) == 2 and x._is_speaker_head(words[0]) and not _ACRONYM.fullmatch(words[0]) and (words[1] in x.lex.lang.dateline_sources or media.fullmatch(words[1])):
        return words[1:]  # "l'agence Anadolu", "l'agence Reuters": an agency by its name after a speaker noun
    for k in range(len(words) - 2, -1, -1):
        kind, prefix = words[k], " ".join(words[: k + 1])
        ends = media.search(prefix, max(0, len(prefix) - 40))  # "Tageszeitung", "state news agency"
        while ends is not None and ends.end() < len(prefix):
            ends = media.search(prefix, ends.end())
        if ends is None or kind[:1].isupper() != x.lex.lang.capitalized_nouns:
            continue
        rest = words[k + 1 :]
        name = " ".join(rest)
        own = (
            (w[:1].isupper() or w in x.lex.lang.dateline_sources)  # "Nachrichtenagentur dpa"
            and (not x._is_speaker_head(w) or _ACRONYM.fullmatch(w) or media.fullmatch(w) or w in x.lex.lang.dateline_sources)
            for w in rest
        )
        if all(own) and (x._place(name) is None or media.fullmatch(name) is not None):  # "Xinhua": a town's name too
            return rest
        return None
    return None


def _kind_before_name(n: Name) -> list[str] | None:
    """ "le mouvement islamiste Hamas", "le groupe armé M23": where adjectives follow their noun, a
    lower-case noun of a kind and its adjectives before a name are no part of it."""
    words, x = n.words, n.x
    if not x.lex.lang.adjectives_after_nouns or len(words) < 3 or not words[0][:1].islower() or not x._is_speaker_head(words[0]):
        return None
    k = 1
    while k < len(words) and words[k][:1].islower() and not (
        x._is_speaker_head(words[k]) or words[k].casefold() in x.lex.stopwords or x.lex.article.fullmatch(words[k])
        or x.lex.elided.match(words[k])  # "porte-parole du Hamas", "agence d'État": a complement, no adjective
    ):
        k += 1
    if k == 1 or k == len(words) or k > 3 or not all(w[:1].isupper() for w in words[k:]):
        return None
    return words[k:]


def _record_adjective(n: Name) -> list[str] | None:
    """ "according to the latest government figures", "new UN figures": the source without the lower-case
    adjectives of its record's recency before it (``record_adjectives``), where a speaker noun or a capitalised
    name is left ("latest official" stays: no one named after it)."""
    words, x = n.words, n.x
    k = 0
    while k < len(words) - 1 and words[k] in x.lex.lang.record_adjectives:
        k += 1
    rest = words[k:]
    if not k or not any(w[:1].isupper() or (x._is_speaker_head(w) and w.casefold() not in x.lex.lang.data_nouns) for w in rest):
        return None
    return rest


NAME_RULES: tuple[RuleOf[Name, list[str]], ...] = (
    RuleOf("speaker.record-adjective", "en", "At least 20 people were killed, according to the latest government figures.",
           _record_adjective),
    RuleOf("speaker.possessive-owner", "en", "Qatar's foreign ministry said 40 people were injured.", _possessive_owner),
    RuleOf("speaker.record-of-source", "en",
           "Police said 12 people were arrested, citing a statement from the interior ministry.", _record_of_source),
    RuleOf("speaker.national-adjective", "de", "Das kasachische Staatsfernsehen meldete 18 getötete Sicherheitskräfte.", _national_adjective),
    RuleOf("speaker.national-adjective-after", "fr", "Au moins 230 personnes ont été tuées, a annoncé le gouvernement malien.",
           _national_adjective_after),
    RuleOf("speaker.evaluative-adjective", "de", "Nach Angaben der autoritären Behörden wurden 164 Menschen getötet.", _evaluative_adjective),
    RuleOf("speaker.kind-before-name", "fr", "Au moins 18 personnes ont été tuées, selon le mouvement islamiste Hamas.", _kind_before_name),
    RuleOf("speaker.medium-by-its-name", "de", "Die russische Tageszeitung Kommersant berichtete von einem Toten.", _medium_name),
)

_UNNAMED = productions(UNNAMED_RULES)
_NAMES = productions(NAME_RULES)


def base_form(x: Context, name: str | None, trace: list[str]) -> tuple[str | None, AttributionKind]:
    """A source's base form and the kind of attribution it is, the rules that decided joining ``trace``
    (kept per language: the same names come back in every article)."""
    if not name:
        return None, AttributionKind.NONE
    read = x.name_rules.get(name)
    if read is not None:  # how the speaker stage read the name ("ministère de la Santé": its body's complement)
        trace.extend(read)
    known = x.base_names.get(name)
    if known is None:
        if len(x.base_names) > LIMIT:
            x.base_names.clear()
        known = x.base_names[name] = _base_form(x, name)
    trace.extend(known[2])
    return known[0], known[1]


def _base_form(x: Context, name: str) -> tuple[str | None, AttributionKind, tuple[str, ...]]:
    evidence = Name(x, name.split())
    unnamed = decide(_UNNAMED, evidence)
    if unnamed is not None:
        # kept as stated ("offizielle Angaben"): it is what the figure is attributed to, and the kind
        # says it names no one
        return name, unnamed[1], (unnamed[0],)
    fired: list[str] = []
    for rule, run in _NAMES:
        shorter = run(evidence)
        if shorter is not None:
            evidence.words = shorter
            fired.append(rule)
    return " ".join(evidence.words), AttributionKind.NAMED, tuple(fired)
