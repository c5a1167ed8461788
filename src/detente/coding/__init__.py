"""Stage 4, coding: spaCy Doc + resolved actors -> CAMEO/PLOVER events with factuality, dates and places.

``EventCoder(codebook).code(doc, mentions, article=...)`` is the entry point; the codebook, the event
date rules and the gazetteer are re-exported here.
"""

from detente.coding.codebook import CameoEntry, Codebook
from detente.coding.coder import EventCoder
from detente.coding.dates import resolve_event_date
from detente.coding.places import Gazetteer, find_location

__all__ = ["CameoEntry", "Codebook", "EventCoder", "Gazetteer", "find_location", "resolve_event_date"]
