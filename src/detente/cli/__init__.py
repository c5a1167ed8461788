"""detente.cli."""
