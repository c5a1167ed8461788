"""detente.coding."""
