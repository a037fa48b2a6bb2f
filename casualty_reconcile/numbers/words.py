"""The value of a figure in words ("zweitausendfünfhundert", "two thousand five hundred and forty-three",
"anderthalb Millionen"), read token by token."""

from __future__ import annotations

from fractions import Fraction

import regex

from .compiled import Grammar


def _words_value(g: Grammar, surface: str) -> tuple[int, int] | None:
    """``_read_words_value``, remembered per grammar: number words repeat ("zwei", "a dozen")."""
    cache = g.words_cache
    if surface in cache:
        return cache[surface]
    if len(cache) > 10_000:
        cache.clear()
    parsed = cache[surface] = _read_words_value(g, surface)
    return parsed


def _read_words_value(g: Grammar, surface: str) -> tuple[int, int] | None:
    """The value of a spelled-out number and the length of its valid prefix, or ``None``.

    Fraction words are factors: of the number right before them ("drei Viertel", "a half") or, with
    nothing before, of one ("half million"); the fraction so stated adds to a whole number before it
    ("zweieinhalb", "five and a half", "fünf und drei Viertel") and is multiplied by the multiplier
    after it ("anderthalb Millionen", "one billion and a half million"); stated after a multiplier of a
    million or more and before none, it is a part of that multiplier ("one million and a half").
    A figure that comes out a fraction is no count: ``None``. Digits (a figure written across digits
    and words, "4 thousand 3 hundred and 21") stand where a number below a thousand may.
    """
    return _WordsReading(g, surface).read()


# what one token's step tells the reading: stop before it; go on to the next token; go on after
# recording the value read so far
_STOP, _NEXT, _SETTLE = 0, 1, 2


class _WordsReading:
    """The state of reading one figure in words, token by token."""

    __slots__ = (
        "before_join", "before_numerator", "current", "fraction_after_big", "g", "joined_after", "last_big",
        "last_kind", "numerator", "saw_real", "small", "smallest_big", "surface", "tokens", "total",
        "unresolved", "valid_end", "value_at_end",
    )

    def __init__(self, g: Grammar, surface: str) -> None:
        self.g = g
        self.surface = surface
        self.tokens = list(g.atoms.finditer(surface))
        self.total: int | Fraction = 0
        self.current: int | Fraction = 0
        self.small: int | Fraction = 0  # units and tens since the last multiplier: what a dozen multiplies
        self.last_kind = ""  # "unit", "teen", "tens", "digit", "mult", "big", "join", "num", "frac"
        self.valid_end = 0
        self.value_at_end: int | None = None
        self.saw_real = False
        self.joined_after = ""
        self.smallest_big = 0  # the last multiplier of a thousand or more: the next one must be smaller
        self.last_big = 0
        self.numerator = 0
        self.before_numerator = ("", "")
        self.unresolved = False  # the figure as read so far is a fraction
        self.fraction_after_big = False  # a fraction stated after a multiplier: "one billion and a half (million)"
        self.before_join: tuple[int, int | None] | None = None  # (valid_end, value) before the last joiner

    def read(self) -> tuple[int, int] | None:
        tokens = self.tokens
        for i, m in enumerate(tokens):
            word = m.group().lower()
            following = tokens[i + 1].group().lower() if i + 1 < len(tokens) else ""
            step = self._step(i, m, word, following)
            if step == _STOP:
                break
            if step == _SETTLE:
                self._settle(m, word)
        if self.unresolved:
            return None  # "two and a half years", "zwei Drittel der Opfer": a fraction is no count
        if self.value_at_end is None or self.valid_end == 0:
            return None
        if not self.saw_real:
            return None
        return self.value_at_end, self.valid_end

    def _step(self, i: int, m: regex.Match[str], word: str, following: str) -> int:
        g = self.g
        if word in g.joiners and word not in g.atom_values:
            return self._joiner(i, m, following)
        if word in g.fractions:
            return self._fraction(word)
        articles = g.language.not_alone
        if word in articles and self.last_kind == "frac":
            return _NEXT  # "half a million", "half a dozen"
        if word.isdigit():
            return self._digit(m, word)
        v = g.atom_values.get(word)
        if v is None:
            return _STOP
        if word in articles and m.start() and not self.surface[m.start() - 1].isalpha():
            glued = i + 1 < len(self.tokens) and self.tokens[i + 1].start() == m.end()
            if following not in g.fractions and not (g.language.compound_numbers and glued):
                return _STOP  # an article only opens a figure: "a thousand a day" is 1000
        if following in g.fractions and v < 10 and word not in g.dozen_atoms:
            if self.last_kind in ("num", "frac"):
                return _STOP
            self.numerator = v
            self.before_numerator = (self.last_kind, self.joined_after)
            self.last_kind = "num"
            return _NEXT
        if word in g.dozen_atoms:
            return self._dozen(v)
        if v == 100 or v >= 1000:
            return self._multiplier(v)
        return self._small(v)

    def _joiner(self, i: int, m: regex.Match[str], following: str) -> int:
        g, tokens = self.g, self.tokens
        spaced = g.language.compound_numbers and m.start() > 0 and self.surface[m.start() - 1].isspace()
        allowed = ("unit", "mult", "big", "digit") if g.language.compound_numbers else ("mult", "big")
        fraction_ahead = following in g.fractions or (
            i + 2 < len(tokens) and tokens[i + 2].group().lower() in g.fractions
        )
        if spaced and not fraction_ahead:
            return _STOP  # "fünf und zwanzig" are two figures ("zwischen fünf und zwanzig"); "fünf und drei Viertel" one
        if self.last_kind not in allowed and not (fraction_ahead and self.last_kind in ("unit", "teen", "tens", "digit", "mult", "big")):
            return _STOP
        self.joined_after = self.last_kind
        self.last_kind = "join"
        self.before_join = (self.valid_end, self.value_at_end)
        return _NEXT

    def _fraction(self, word: str) -> int:
        if self.last_kind == "frac":
            return _STOP
        numerator_, denominator = self.g.fractions[word]
        part = Fraction(numerator_ * (self.numerator if self.last_kind == "num" else 1), denominator)
        prev_kind, prev_joined = self.before_numerator if self.last_kind == "num" else (self.last_kind, self.joined_after)
        if prev_kind == "big" or (prev_kind == "join" and prev_joined == "big"):
            self.fraction_after_big = True
            self.current = part
        else:
            self.current += part
        self.small = 0
        self.last_kind = "frac"
        self.saw_real = True
        return _SETTLE

    def _digit(self, m: regex.Match[str], word: str) -> int:
        digit = int(word)
        last_kind, joined_after = self.last_kind, self.joined_after
        if digit == 0 or last_kind in ("unit", "teen", "tens", "digit", "frac", "num"):
            return _STOP
        if last_kind == "join" and joined_after not in ("mult", "big"):
            return _STOP
        if last_kind in ("mult", "join") and joined_after != "big" and (digit >= 100 or self.current % 100):
            return _STOP
        if (last_kind == "big" or joined_after == "big") and self.smallest_big and digit >= min(1000, self.smallest_big):
            return _STOP
        self.current += digit
        self.small = digit
        self.last_kind = "digit"
        self.saw_real = True
        self.value_at_end = _whole(self.total + self.current)
        self.unresolved = self.value_at_end is None
        if not self.unresolved:
            self.valid_end = m.end()
        return _NEXT

    def _dozen(self, v: int) -> int:
        if self.last_kind == "mult":
            return _STOP
        # "three hundred and two dozen" is 324
        self.current = self.current - self.small + self.small * v if self.small else (self.current or 1) * v
        self.small = 0
        self.last_kind = "mult"
        return _SETTLE

    def _multiplier(self, v: int) -> int:
        """A hundred, a thousand or more."""
        if self.fraction_after_big:
            if v < 1000 or (self.smallest_big and v >= self.smallest_big):
                return _STOP
            self.total += self.current * v
            self.current = 0
            self.fraction_after_big = False
            self.smallest_big = v
            self.last_big = v
            self.last_kind = "big"
        elif (self.current >= 100 and v == 100) or (v >= 1000 and self.smallest_big and v >= self.smallest_big):
            # "one hundred and two hundred", "one thousand and two thousand": a second figure
            # begins at the joiner ("twenty five hundred" is 2500)
            if self.before_join is not None:
                self.valid_end, self.value_at_end = self.before_join
            return _STOP
        elif v == 100:
            self.current = (self.current or 1) * 100
            self.last_kind = "mult"
        else:
            self.total += (self.current or 1) * v
            self.current = 0
            self.smallest_big = v
            self.last_big = v
            self.last_kind = "big"
        self.small = 0
        return _SETTLE

    def _small(self, v: int) -> int:
        """A unit, a teen or a ten."""
        kind = "unit" if v < 10 else "teen" if v < 20 else "tens"
        last_kind = self.last_kind
        if last_kind in ("unit", "teen", "digit", "frac"):
            return _STOP
        if last_kind == "tens" and kind != "unit":
            return _STOP
        if last_kind == "join" and self.joined_after == "unit" and kind != "tens":
            return _STOP
        self.current += v
        self.small += v
        self.last_kind = kind
        return _SETTLE

    def _settle(self, m: regex.Match[str], word: str) -> None:
        """Record the value read up to this token, unless it is a fraction still."""
        if word not in self.g.language.not_alone:
            self.saw_real = True
        if self.fraction_after_big:
            value = _whole(self.total + self.current * self.last_big) if self.last_big >= 1_000_000 else None
        else:
            value = _whole(self.total + self.current)
        self.unresolved = value is None
        if value is not None:
            self.valid_end = m.end()
            self.value_at_end = value


def _whole(value: int | Fraction) -> int | None:
    if isinstance(value, int):
        return value
    return int(value) if value.denominator == 1 else None
