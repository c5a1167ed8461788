"""detente.store."""
