"""REST shell: one router module per resource; ``ROUTERS`` lists them in the order the app includes them."""

from detente.api.routes import actors, analysis, articles, events, health, questions

ROUTERS = (health.router, articles.router, events.router, actors.router, analysis.router, questions.router)

__all__ = ["ROUTERS"]
