"""detente.scale."""
