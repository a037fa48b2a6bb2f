"""A correction whose source stands after the verb of correcting (German verb-second order, a passive's agent) is the
same origin's correction, not a conflict with its earlier figure (attribution.reviser, engine/reviser.py)."""

from __future__ import annotations

from casualty_reconcile import extract, reconcile
from casualty_reconcile.result import Reason, Status


def test_a_correction_after_a_fronted_phrase_is_the_same_origins_correction() -> None:
    claims = [
        *extract("Die Zahl der Toten nach dem Busunglück in Bayern ist auf fünf gestiegen. Das teilte die Polizei mit.",
                 language="de", published="2024-06-01", doc_id="a"),
        *extract("Nach dem Busunglück in Bayern hat die Polizei die Zahl der Toten auf vier korrigiert.",
                 language="de", published="2024-06-02", doc_id="b"),
        *extract("The death toll from Saturday's bus crash in Bavaria was later corrected to four by police.",
                 language="en", published="2024-06-02", doc_id="c"),
    ]
    assert [c.speaker for c in claims] == ["Polizei", "Polizei", "police"]
    (toll,) = reconcile(claims).quantities
    assert toll.status is Status.CONSISTENT and toll.best.value == 4
    assert toll.n_origins == 1
    reasons = {d.reason for d in reconcile(claims).differences}
    assert Reason.CORRECTION in reasons and Reason.CONFLICT not in reasons and Reason.DECREASE not in reasons
