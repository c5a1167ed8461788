"""Stage 3, actors: the knowledge base (countries, persons with tenures, IGOs, groups) and resolution.

``KnowledgeBase.load()`` reads the bundled data plus user files; ``ActorResolver(kb).resolve(doc, date)``
finds and codes every actor mention of a parsed article on its date.
"""

from detente.actors.knowledge_base import Explanation, KnowledgeBase
from detente.actors.resolver import ActorResolver

__all__ = ["ActorResolver", "Explanation", "KnowledgeBase"]
