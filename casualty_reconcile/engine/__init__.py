"""The extraction engine: a document passed through stages, one module per stage.

See :mod:`casualty_reconcile.engine.pipeline` for the order of the stages.
"""
