"""What a referring noun names when no speaker before it does: a named rule table of the speaker-names stage.

"the group", "the organisation" (``referring_nouns``) name the latest speaker that a longer name gives, else
an organisation's short name or the speaker before (``speaker_names.SpeakerNamesStage._resolve``). Where none
of those is found, :data:`REFERENT_RULES` read the text before the phrase: a body of a kind of source named
earlier ("Hamas accused Israel ... a spokesperson for the group said": Hamas), else the person who speaks for
the body ("a spokesperson for the group said": the spokesperson, not the word "group").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import regex

from ..models import OriginType
from ..origins import body_kind
from .rules import RuleOf, productions

if TYPE_CHECKING:
    from .speaker_names import SpeakerNamesStage

BODY_KINDS = frozenset({OriginType.PARTY, OriginType.NGO, OriginType.UN})
"""The kinds of source a referring noun of no kind of its own ("the group") may name."""
LOOK_BACK = 400
"""How far before the referring phrase a body's name is looked for (about two sentences of agency copy)."""
_NAME = regex.compile(r"(?<![\p{L}\p{N}'’-])\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,3}")
"""A run of up to four capitalised words ("Hamas", "Human Rights Watch")."""
_WORD_BEFORE = regex.compile(r"([\p{L}-]+)[ \u00a0]+([\p{L}]+)[ \u00a0]+$")
"""The two words right before the referring phrase ("spokesperson for" of "a spokesperson for the group")."""


@dataclass(slots=True)
class Referent:
    """What the referent rules read: the stage, where the referring phrase starts and the phrase ("the group")."""

    x: SpeakerNamesStage
    at: int
    phrase: str


def _body_named_before(r: Referent) -> str | None:
    """ "Hamas accused Israel of breaking the truce. At least 20 people were killed, a spokesperson for the group
    said": the last name before the phrase, in the body of the article, that the language's ``origin_kinds`` read
    as a party, an NGO or a UN body, where the referring noun is of no kind or of that one ("the observatory"
    names an NGO, "the ministry" none of these); not a group word ("Rebels" opening a sentence)."""
    x = r.x
    own = body_kind(x.lex.lang, r.phrase)
    if own is not None and own not in BODY_KINDS:
        return None
    found = None
    for m in _NAME.finditer(x.text, max(x.body, r.at - LOOK_BACK), r.at):
        words = m.group().split(" ")
        while len(words) > 1 and x.lex.article.fullmatch(words[0]):
            words.pop(0)  # "Die Hamas", "Le Hamas" opening a sentence: the name without its article
        name = " ".join(words)
        kind = body_kind(x.lex.lang, name)
        if kind in BODY_KINDS and (own is None or kind is own) and x.lex.group.fullmatch(name) is None:
            found = name
    return found


def _speaks_for_unnamed_body(r: Referent) -> str | None:
    """ "A spokesperson for the group said 12 fighters were killed": no body named, the person who speaks for it
    (a speaker noun before a word of ``speaks_for``) is the speaker."""
    x = r.x
    if not x.lex.lang.speaks_for:
        return None
    m = _WORD_BEFORE.search(x.text, max(0, r.at - 40), r.at)
    if m is None or m.group(2) not in x.lex.lang.speaks_for or not x._is_speaker_head(m.group(1)):
        return None
    return str(m.group(1))


REFERENT_RULES: tuple[RuleOf[Referent, str], ...] = (
    RuleOf("speaker.body-named-before", "en",
           "Hamas accused Israel of breaking the truce. At least 20 people were killed in the strike, a spokesperson for the group said.",
           _body_named_before),
    RuleOf("speaker.speaks-for-unnamed-body", "en", "A spokesperson for the group said 12 fighters were killed.", _speaks_for_unnamed_body),
)
"""What a referring noun that names no earlier speaker, organisation or speaker before resolves to: the first
that decides, its name joining the trace of the figures the speaker is given (``Context.name_rules``)."""

REFERENTS = productions(REFERENT_RULES)
