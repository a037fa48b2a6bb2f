"""Test-wide settings: hypothesis runs without a per-example deadline.

Speed is measured in ``benchmarks/``, never asserted in a unit test; hypothesis' default deadline
(200 ms an example) is such an assertion, and on a busy host it failed property tests that are
right (``test_to_frame_has_declared_columns_and_dtypes`` under load).
"""

from hypothesis import settings

settings.register_profile("casualty_reconcile", deadline=None)
settings.load_profile("casualty_reconcile")
