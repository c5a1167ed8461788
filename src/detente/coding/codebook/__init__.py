"""detente.coding.codebook."""
