"""The subject of a verb of correcting where the verb need not follow it, for the rule ``attribution.reviser``
(``attribution_rules.py``): in a language without subject-verb order (German puts its finite verb second, its
participle last), "Die Polizei korrigierte die Zahl der Toten auf vier" names the subject before the verb, but
"Am Sonntag korrigierte die Polizei die Zahl ..." right after it, "Nach dem Unglück hat die Polizei die Zahl ...
korrigiert" after the auxiliary, and "Die Zahl wurde von der Polizei ... korrigiert" as the passive's agent; a
phrase of time or of the event before the verb ("Am Sonntag", "Nach dem Unglück") is no source. A noun phrase that
opens the sentence right before the verb is its subject, whatever it names ("Israel korrigierte die Zahl")."""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

if TYPE_CHECKING:
    from .attribution import AttributionStage


def _names_speaker(x: AttributionStage, name: str) -> bool:
    """Whether a noun phrase read as a source has a word that heads a source's name ("Polizei", "Innenministerium")."""
    return any(x._is_speaker_head(word) for word in name.split())


def _headed_phrase(x: AttributionStage, start: int, end: int) -> str | None:
    """The noun phrase opened by the first word from ``start`` to ``end`` that heads a source's name (with its article
    before it): "die Polizei" in "hat die Polizei die Zahl", "den Behörden" in "wurde am Montag von den Behörden"."""
    tokens = x._tokens(start, end)
    head = next((i for i, token in enumerate(tokens) if x._is_speaker_head(token.group())), None)
    if head is None:
        return None
    opens = tokens[head - 1] if head > 0 and x.lex.article.fullmatch(tokens[head - 1].group()) else tokens[head]
    found = x._np_after(opens.start(), end)
    return found if found is not None and _names_speaker(x, found) else None


def verb_second_subject(x: AttributionStage, verb: regex.Match[str], start: int, end: int) -> str | None:
    """The source that corrects a figure with ``verb`` in the sentence from ``start`` to ``end``, in a language whose
    finite verb stands second: a verb read with its auxiliary or its passive's agent ("hat die Polizei ... korrigiert",
    "wurde von der Polizei ... korrigiert") is read inside first; then the noun phrase before the verb where it names
    a source, else the first one that names a source between the sentence's start and the verb, else the one right
    after the verb, else the sentence's opening noun phrase right before the verb (see the module)."""
    first = verb.group().split(maxsplit=1)[0]
    if len(first) < len(verb.group()):
        inside = _headed_phrase(x, verb.start() + len(first), verb.end())
        if inside is not None:
            return inside
    before = x._np_before(verb.start(), start)
    if before is not None and _names_speaker(x, before):
        return before
    found = _headed_phrase(x, start, verb.start())  # "Nach Angaben ... hat die Polizei", "Die Zahl ... von der Polizei"
    if found is not None:
        return found
    found = x._np_after(verb.end(), end)  # "Am Sonntag korrigierte die Polizei die Zahl ..."
    if found is not None and _names_speaker(x, found):
        return found
    # the sentence's first noun phrase, right before the verb, though no word of it heads a source's name ("Israel
    # korrigierte", "Das Krankenhaus korrigierte"); not one after a preposition ("Am Sonntag", "Nach dem Unglück")
    opening = x._tokens(start, verb.start())[:2]
    if before is None or not opening:
        return None
    first_word = before.split()[0]
    if opening[0].group() == first_word or (
        len(opening) == 2 and x.lex.article.fullmatch(opening[0].group()) is not None and opening[1].group() == first_word
    ):
        return before
    return None


def reviser_subject(x: AttributionStage, verb: regex.Match[str], start: int, end: int) -> str | None:
    """Who corrects a figure with ``verb`` (the rule ``attribution.reviser``): a passive's agent right after a verb
    read with its preposition ("The toll ... was later corrected to four by police", "Le bilan a été corrigé ... par la
    préfecture"), else the verb's subject: before it where the language puts it there ("Police revised the toll"; "The
    interior ministry on Monday revised", read by its head where no subject is found), else as
    :func:`verb_second_subject` reads it."""
    if " " in verb.group().strip():
        agent = x._np_after(verb.end(), end)
        if agent is not None and _names_speaker(x, agent):
            return agent
    if x.lex.lang.subject_verb_object:
        return x._subject(verb.start(), start) or verb_second_subject(x, verb, start, end)
    return verb_second_subject(x, verb, start, end)
