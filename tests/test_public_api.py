"""The public surface is small, listed and importable (httpx's test_exported_members)."""

from __future__ import annotations

import detente

EXPECTED = {
    "Article", "DetenteError", "Event", "Factuality", "Pipeline", "Problem", "Settings", "__version__",
    "code_text", "open_store",
}


def test_public_api_all_is_exactly_the_documented_names() -> None:
    assert set(detente.__all__) == EXPECTED


def test_public_api_every_name_resolves() -> None:
    for name in detente.__all__:
        assert getattr(detente, name) is not None, name


def test_public_api_version_matches_package_metadata() -> None:
    from importlib.metadata import version

    assert detente.__version__ == version("detente")
