"""detente.ingest.readers."""
