"""detente.ingest."""
