"""detente.api — the REST shell: ``create_app(settings)`` builds the FastAPI app behind ``detente serve``."""

from detente.api.app import create_app

__all__ = ["create_app"]
