"""Readers of the ingest stage (stage 1), one input format per module (internal to detente.ingest)."""
