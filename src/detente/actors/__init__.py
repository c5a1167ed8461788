"""detente.actors."""
