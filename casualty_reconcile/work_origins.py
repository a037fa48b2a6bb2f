"""The origin of each claim as reconciliation sees it: the claim's own (resolved at extraction) unless the
caller adds aliases, else resolved again with the event's country; per event, a party's abbreviation and
"the opposition" merged into the party they name (a step of :func:`~casualty_reconcile.reconcile.reconcile`)."""

from __future__ import annotations

from .lang.common import UNKNOWN_COUNTRY
from .models import AttributionKind, Claim
from .origins import OriginResolver, OriginType, origin_type_rank, party_merges


class _OriginsOf:
    """The step of reconcile's work that names each claim's origin (its state is the work's)."""

    resolver: OriginResolver
    own_origins: bool
    country_of_event: dict[str, str]
    origin_types: dict[str, OriginType]
    _origin_cache: dict[tuple[str, str | None, str | None, str | None], str]

    def origin_of(self, claim: Claim, event: str) -> str:
        own, kind = claim.origin, claim.origin_type
        if own is not None and kind is not None and self.own_origins and UNKNOWN_COUNTRY not in own:
            known = self.origin_types.get(own)  # resolved at extraction, with the document's context
            if known is None or (known is not kind and origin_type_rank(kind) < origin_type_rank(known)):
                self.origin_types[own] = kind
            return own
        speaker, via = claim.speaker_text or claim.speaker, claim.via  # as written: its nation, or an unnamed source
        if claim.attribution is AttributionKind.UNNAMED_REPORT:
            speaker = via = None  # reports of no one named: no origin (as at extraction)
        country = self.country_of_event.get(event)
        # the outlet is the origin only where the text names it as its reporter (as resolved at extraction)
        source = claim.source if kind is not OriginType.UNATTRIBUTED else None
        if speaker or via:
            okey = (claim.language, speaker, via, country)
        else:  # the outlet, else the document, is the origin
            okey = ("", None, None, source or f"\x00{claim.doc_id}")
        name = self._origin_cache.get(okey)
        if name is None:
            if speaker or via:
                found = self.resolver.resolve(claim.language, speaker, via, None, claim.doc_id, country)
            else:
                found = self.resolver.resolve(claim.language, None, None, source, claim.doc_id, country)
            name = self._origin_cache[okey] = found[0]
            known = self.origin_types.get(name)
            if known is None or origin_type_rank(found[1]) < origin_type_rank(known):
                self.origin_types[name] = found[1]
        return name

    def _merge_parties(self, names: list[str], events_of: list[str]) -> list[str]:
        """Per event, a party's abbreviation and "the opposition" as the party they name (:func:`party_merges`)."""
        types = self.origin_types
        if OriginType.PARTY not in types.values():
            return names
        per_event: dict[str, dict[str, OriginType]] = {}
        for name, event in set(zip(names, events_of, strict=True)):
            per_event.setdefault(event, {})[name] = types[name]
        merges = {event: party_merges(found) for event, found in per_event.items()}
        if not any(merges.values()):
            return names
        merged = [merges[event].get(name, name) for name, event in zip(names, events_of, strict=True)]
        used = set(merged)
        self.origin_types = {name: kind for name, kind in types.items() if name in used}
        return merged
