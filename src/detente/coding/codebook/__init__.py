"""The CAMEO/PLOVER codebook (stage 4, coding): codes, Goldstein weights, quad classes, PLOVER types."""

from detente.coding.codebook.cameo import CameoEntry, quad_class_of
from detente.coding.codebook.codebook import Codebook
from detente.coding.codebook.plover import PloverOntology, PloverType, load_plover

__all__ = ["CameoEntry", "Codebook", "PloverOntology", "PloverType", "load_plover", "quad_class_of"]
