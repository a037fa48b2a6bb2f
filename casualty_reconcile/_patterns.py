"""Regex building helpers shared by the number grammar and the extraction engine.

Lexicon entries are regular-expression fragments. Scanning a document with an alternation of
hundreds of them is slow when every alternative is tried at every word start; :func:`gate`
builds a cheap lookahead (a trie of the entries' literal prefixes) that rules out most positions
first.
"""

from __future__ import annotations

from typing import Any

import regex

_META = set("\\()[]{}?*+|.^$")


def top_level(pattern: str) -> list[str]:
    """Split a regex at its top-level ``|`` (outside groups and classes)."""
    out: list[str] = []
    depth = 0
    in_class = False
    current: list[str] = []
    chars = iter(pattern)
    for ch in chars:
        if ch == "\\":
            current.append(ch + next(chars, ""))
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append("".join(current))
            current = []
            continue
        current.append(ch)
    out.append("".join(current))
    return out

def literal_prefix(alternative: str) -> str:
    prefix: list[str] = []
    for i, ch in enumerate(alternative):
        if ch in _META:
            if ch in "?*{" and prefix:
                prefix.pop()  # a quantified character is optional
            break
        if i + 1 < len(alternative) and alternative[i + 1] in "?*{":
            break
        prefix.append(ch)
    return "".join(prefix).lower()


def prefixes(alternative: str, depth: int = 0) -> set[str] | None:
    """Literal prefixes (two characters or more) one of which every match of ``alternative``
    starts with; ``None`` when there is no such set. Leading groups are expanded."""
    if alternative.startswith("(?:") and depth < 3:
        level, close = 0, -1
        for i, ch in enumerate(alternative):
            if ch == "(" and alternative[i - 1 : i] != "\\":
                level += 1
            elif ch == ")" and alternative[i - 1 : i] != "\\":
                level -= 1
                if level == 0:
                    close = i
                    break
        if close < 0:
            return None
        rest = alternative[close + 1 :]
        optional = rest.startswith("?")
        if optional:
            rest = rest[1:]
        found: set[str] = set()
        for sub in [*top_level(alternative[3:close]), *([""] if optional else [])]:
            more = prefixes(sub + rest, depth + 1)
            if more is None:
                return None
            found |= more
        return found
    prefix = literal_prefix(alternative)
    return {prefix} if len(prefix) >= 2 else None


def gate(patterns: Any) -> str:
    """A cheap lookahead that every match must pass: a trie of the entries' literal prefixes
    (entries without one are tried in full)."""
    found_prefixes: set[str] = set()
    free: list[str] = []
    for pattern in patterns:
        for alternative in top_level(pattern):
            found = prefixes(alternative)
            if found is not None:
                found_prefixes |= found
            else:
                free.append(alternative)
    if not found_prefixes and not free:
        return "(?!)"
    parts = [trie(found_prefixes)] if found_prefixes else []
    parts += [f"(?:{f})" for f in free]
    return f"(?={'|'.join(parts)})"


def _tree(words: set[str]) -> dict[str, Any]:
    """The words as a character tree; the key "" marks where a word ends."""
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return root


def trie(words: set[str]) -> str:
    """A regex matching any text that starts with one of ``words`` (for a gate)."""

    def emit(node: dict[str, Any]) -> str:
        if "" in node:
            return ""  # a shorter prefix already admits everything below it
        alts = [regex.escape(ch) + emit(sub) for ch, sub in sorted(node.items())]
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return emit(_tree(words))


def word_trie(words: set[str]) -> str:
    """A regex matching exactly one of ``words`` (shared prefixes factored; add a word-end test)."""

    def emit(node: dict[str, Any]) -> str:
        alts = [regex.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(_tree(words)) or "(?!)"


__all__ = ["gate", "literal_prefix", "prefixes", "top_level", "trie", "word_trie"]
