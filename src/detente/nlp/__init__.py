"""Stage 2: text -> spaCy Doc (model loading and the parse)."""

from detente.nlp.model import load_model, model_version

__all__ = ["load_model", "model_version"]
