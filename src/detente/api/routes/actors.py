"""REST shell: ``GET /actors/{code}``: what the knowledge base knows about a code, and its event counts."""

from __future__ import annotations

from fastapi import APIRouter

from detente.api.deps import ReaderDep, StateDep
from detente.api.schemas import ActorOut, ErrorOut, OfficeHolderOut
from detente.errors import DetenteError
from detente.records import Factuality
from detente.records.query import EventQuery

router = APIRouter(tags=["actors"])


@router.get("/actors/{code}", response_model=ActorOut, responses={404: {"model": ErrorOut}})
def get_actor(code: str, state: StateDep, store: ReaderDep) -> ActorOut:
    """A country (``IRN``), an actor code (``IRNGOV``), an IGO (``IGOUNO``) or a grouping (``CRINK``).

    Answers its name, kind and reason from the knowledge base, its members (IGOs and groupings), the
    current holders of its country's offices, and its stored events by factuality.
    """
    key = code.strip().upper()
    kb = state.kb()
    events = {f.value: store.count_events(EventQuery(actor=key, factuality=f)) for f in Factuality}
    events["total"] = sum(events.values())
    found = kb.lookup(key)
    first = found[0] if found else None
    country = first.country if first else None
    sector = first.sector if first else None
    if first is None and len(key) > 3 and kb.is_country(key[:3]):
        country, sector = key[:3], key[3:]  # an actor code: country + sector (RUSGOV)
    registry_members = state.registry().members(key)
    if first is None and country is None and registry_members is None and not events["total"]:
        raise DetenteError.make("D901", value=code)
    members = kb.members(key) if kb.is_igo(key) else []
    if not members and registry_members is not None:
        members = sorted(registry_members)
    holders: list[OfficeHolderOut] = []
    is_state = country is not None and (first is None or first.kind == "country")
    if is_state:
        for owner, office in kb.offices():
            if owner == country:
                holders += [OfficeHolderOut(name=t.name, office=t.office, actor_code=t.actor_code, start=t.start)
                            for t in kb.holders(owner, office, None)]
    state_actor = kb.country(country) if is_state and country else None
    return ActorOut(code=key, name=first.name if first else (state_actor.name if state_actor else None),
                    kind=first.kind if first else ("country" if state_actor else
                                                   "grouping" if registry_members is not None else None),
                    country=country, sector=sector, reason=first.reason if first else None,
                    aliases=list(state_actor.aliases) if state_actor and len(key) == 3 else [],
                    members=members, office_holders=sorted(holders, key=lambda h: (h.office, h.name)),
                    events=events)
