"""Fixtures shared by the actor tests."""

from __future__ import annotations

import pytest

from detente.actors import ActorResolver, KnowledgeBase


@pytest.fixture(scope="module")
def resolver(kb: KnowledgeBase) -> ActorResolver:
    """A resolver over the bundled knowledge base (files with fixture data define their own)."""
    return ActorResolver(kb)
