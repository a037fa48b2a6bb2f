"""A failing case row's claims with the rules that decided them, for the assertion message."""

from __future__ import annotations

from .harness import Case, check


def explained(case: Case) -> str:
    """Each claim of the row's text and the rules that decided it, in order."""
    from casualty_reconcile import extract

    claims = extract(case.text, language=case.language, published=case.published, source=case.source,
                     doc_id=case.id, trace=True)
    lines = ["the rules that decided each claim:"]
    for claim in claims:
        lines.append(f"  {claim.text!r} {claim.category.value} {claim.group} speaker={claim.speaker!r} via={claim.via!r}:")
        lines.append("    " + ", ".join(claim.trace))
    return "\n".join(lines)


def check_explained(case: Case) -> None:
    """:func:`harness.check`, with the trace of the row's claims when it fails."""
    try:
        check(case)
    except AssertionError as exc:
        raise AssertionError(f"{exc}\n{explained(case)}") from None
