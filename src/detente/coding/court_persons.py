"""Courts named by their seat and people named with their calling (stage 4): whose national a state's act reaches.

"A court in Ho Chi Minh City sentenced the property tycoon Truong My Lan to death", "a court in Istanbul jailed the
journalist", "A Tehran court sentenced the rapper Toomaj Salehi": a court named by the place it sits in resolves to
that place's country, but it is the country's judiciary that acts, so its sentences and convictions are legal acts
on people in its power; and a person named after a word of his calling ("the rapper Toomaj Salehi", "opposition
leader X") is one person, whom the knowledge base need not know. With no other country named, that person is the
state's own national (the convention of :mod:`detente.coding.state_nationals`; twenty-eighth round).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from detente.coding.candidate import Candidate
from detente.coding.clauses import coordinated
from detente.coding.crowds import one_country
from detente.coding.place_targets import own_state
from detente.coding.state_nationals import HELD_PERSON_NOUNS, JUDICIAL_ORGANS, STATE_ORGANS
from detente.records.mention import ActorMentions, ResolvedActor

__all__ = ["CALLING_NOUNS", "COURT_NOUNS", "court_national", "seated_court", "titled_person"]

COURT_NOUNS = frozenset({"court", "tribunal", "judge", "magistrate", "prosecutor", "prosecution", "judiciary"})
"""Heads of a judicial body that English names by its seat ("a court in Surat", "prosecutors in Munich")."""
SEAT_PREPS = frozenset({"in", "of"})
CALLING_NOUNS = HELD_PERSON_NOUNS | frozenset({
    "director", "laureate", "lord", "warlord", "boss", "magnate", "billionaire", "entrepreneur", "banker", "executive",
    "chairman", "owner", "heir", "poet", "novelist", "author", "artist", "actor", "actress", "filmmaker", "comedian",
    "musician", "editor", "reporter", "photographer", "scholar", "professor", "scientist", "researcher", "student",
    "teacher", "doctor", "pastor", "imam", "rabbi", "monk", "nun", "footballer", "athlete", "campaigner", "influencer",
    "economist", "engineer", "pilot", "son", "daughter", "wife", "widow", "husband", "brother", "sister", "nephew",
})
"""Words of a person's calling or kin set with his name ("the theatre director Zhenya Berkovich", "the Nobel laureate
Ales Bialiatski", "the drug lord Ovidio Guzman", "a son of the jailed drug lord"): the name is one person's."""


def seated_court(source: ResolvedActor, doc: Doc) -> bool:
    """True when the source is the place a court or prosecutor sits in ("a court in Ho Chi Minh City", "the court of
    Milan"): the actor is that country's judiciary."""
    tok = doc[source.head]
    if tok.dep_ != "pobj" or tok.head.lower_ not in SEAT_PREPS:
        return False
    body = tok.head.head
    return body.pos_ == "NOUN" and body.lemma_.lower() in COURT_NOUNS


def titled_person(tok: Token) -> bool:
    """A proper name given with a word of its bearer's calling: "the rapper Toomaj Salehi", "opposition leader
    Tundu Lissu", "Truong My Lan, a property tycoon" (the calling compounded before the name or set beside it)."""
    if tok.pos_ != "PROPN":
        return False
    words = [c for c in tok.children if c.dep_ in ("compound", "appos") and c.pos_ == "NOUN"]
    if tok.dep_ == "appos" and tok.head.pos_ == "NOUN":
        words.append(tok.head)
    return any(w.lemma_.lower() in CALLING_NOUNS for w in words)


def _acts_on_people(code: str, judicial: bool) -> bool:
    """Coercion (17x), sentences eased (056) and, by a judiciary, charges, sentences and convictions (11x)."""
    return code[:2] == "17" or code == "056" or (code[:2] == "11" and judicial)


def court_national(cand: Candidate, source: ResolvedActor, sent: Span, mentions: ActorMentions) -> list[ResolvedActor]:
    """The source state as the target of its judiciary's or organs' act on a person named with a calling, or of a
    court named by its seat acting on anyone the state's own rules read as a person; none when the sentence names
    another country (the person may be a foreigner held there)."""
    sector = str(source.actor_code)[3:6]
    court = seated_court(source, sent.doc)
    if cand.kind == "noun" or not (court or sector in STATE_ORGANS) \
            or not _acts_on_people(str(cand.code), court or sector in JUDICIAL_ORGANS):
        return []
    people = [t for tier in cand.targets[:1] for tok in tier for t in coordinated(tok)
              if titled_person(t) or (court and t.lower_ in ("him", "her") and _unresolved(t, mentions))
              or _held_noun(t)]
    if not people or not one_country(sent, source, mentions):
        return []
    return own_state(source, f"whose national {people[0].text} its court acts on" if court
                     else f"whose national {people[0].text} it acts on")


def _held_noun(tok: Token) -> bool:
    """A noun naming one person ("the far-right politician", "the property tycoon")."""
    return tok.pos_ == "NOUN" and tok.tag_ == "NN" and tok.lemma_.lower() in CALLING_NOUNS


def _unresolved(tok: Token, mentions: ActorMentions) -> bool:
    """A pronoun that the resolver did not tie to any actor."""
    return mentions.at_token(tok.i) is None
