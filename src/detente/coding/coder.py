"""EventCoder (stage 4): a parsed article and its resolved actors -> coded events with factuality.

One pass per sentence: the lexicon proposes candidates, the clause rules fill their slots, actors are
looked up in the ActorMentions, and each event gets its factuality, date, place and confidence.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc, Span, Token

from detente.coding.candidates import Candidate, find_candidates
from detente.coding.clauses import antecedent, speaker
from detente.coding.codebook import Codebook
from detente.coding.dates import resolve_event_date
from detente.coding.factuality import factuality_of
from detente.coding.places import Gazetteer, find_location
from detente.coding.verbs import Lexicon
from detente.records.article import Article
from detente.records.event import CameoCode, Event, Evidence, Factuality, Location, make_event_id
from detente.records.mention import ActorMentions, ResolvedActor

__all__ = ["EventCoder"]

_FALLBACK_DEPS = ("appos", "poss", "compound", "amod", "nmod")
BORDER_NOUNS = frozenset({"border", "frontier", "boundary"})
SPEAKER_PRONOUNS = frozenset({"it", "he", "she", "they", "we"})
MUTUAL_ROOTS = frozenset({"04", "06"})
MUTUAL_CODES = frozenset({"036", "046", "050", "057", "0841", "0871"})
"""CAMEO codes of acts done together: consult, negotiate, cooperate, sign, exchange prisoners, agree a truce."""


class EventCoder:
    """Codes the events of a parsed article (one instance serves any number of articles)."""

    __slots__ = ("_codebook", "_gazetteer", "_lexicon")

    def __init__(self, codebook: Codebook, gazetteer: Gazetteer | None = None, *,
                 lexicon: Lexicon | None = None) -> None:
        """Args:
        codebook: CAMEO codes with Goldstein weights, quad classes and PLOVER types.
        gazetteer: places for event locations (None: the bundled gazetteer).
        lexicon: the verb/noun lexicon (default: the bundled one).
        """
        self._codebook = codebook
        self._gazetteer = gazetteer if gazetteer is not None else Gazetteer.load()
        self._lexicon = lexicon if lexicon is not None else Lexicon.load()

    @property
    def lexicon(self) -> Lexicon:
        """The lexicon in use."""
        return self._lexicon

    def code(self, doc: Doc, mentions: ActorMentions, *, article: Article) -> list[Event]:
        """Every event stated, denied, supposed, planned or asked in ``doc``.

        Args:
            doc: the parsed article body (``article.text``).
            mentions: the article's resolved actor mentions.
            article: the article (id and publication date).

        Returns:
            Events in sentence and character order.
        """
        events: list[Event] = []
        for index, sent in enumerate(doc.sents):
            events.extend(self.code_sentence(sent, index, mentions, article=article))
        return events

    def code_sentence(self, sent: Span, index: int, mentions: ActorMentions, *, article: Article) -> list[Event]:
        """The events of one sentence (``index`` is its position in the article)."""
        candidates = find_candidates(sent, self._lexicon)
        if not candidates:
            return []
        dates: dict[bool, date | None] = {}
        found: dict[str, tuple[int, Event]] = {}
        slots: list[tuple[Candidate, list[ResolvedActor], list[ResolvedActor]]] = []
        for cand in candidates:
            sources = _first_tier(cand.sources, mentions)
            if not sources and _pronoun_subject(cand):
                # "China said it was ready to ...": an unresolved pronoun subject of reported speech is the speaker
                said_by = speaker(cand.scope)
                sources = _first_tier(((said_by,),), mentions) if said_by is not None else []
            targets = _first_tier(cand.targets, mentions)
            mutual = not targets and len(sources) > 1 and _is_mutual(cand.code)
            if (sources or targets) and (targets or mutual or not cand.needs_target):
                slots.append((cand, sources, targets))
        # an actor of any event is never read as the place of another ("fired missiles at Israel")
        skip = {i for _, s, t in slots for m in (*s, *t) for i in range(m.token_start, m.token_end)}
        location = find_location(sent, self._gazetteer, skip_tokens=skip) if slots else None
        for cand, sources, targets in slots:
            factuality = factuality_of(cand.scope, sent)
            future = factuality is Factuality.FUTURE
            if future not in dates:
                dates[future] = resolve_event_date(sent, article.published_on, future=future)
            said_by = speaker(cand.scope)
            attribution = _resolve(said_by, mentions) if said_by is not None else None
            source_slots: list[ResolvedActor | None] = list(sources) or [None]
            target_slots: list[ResolvedActor | None] = list(targets) or [None]
            if not targets and len(sources) > 1 and _is_mutual(cand.code):
                target_slots = list(sources)  # "Iran and Russia signed a treaty": each with the other
            pairs = [(s, t) for s in source_slots for t in target_slots
                     if s is None or t is None or s.actor_code != t.actor_code]
            for source, target in pairs:
                event = self._event(cand, sent, index, article, source, target, factuality,
                                    dates[future], location, attribution)
                found.setdefault(event.event_id, (min(t.idx for t in cand.trigger), event))
        ordered = sorted(found.values(), key=lambda pair: (pair[0], pair[1].event_code, pair[1].event_id))
        return [event for _, event in ordered]

    def _event(self, cand: Candidate, sent: Span, index: int, article: Article, source: ResolvedActor | None,
               target: ResolvedActor | None, factuality: Factuality, event_date: date | None,
               location: Location | None, attribution: ResolvedActor | None) -> Event:
        entry = self._codebook.get(cand.code)
        trigger = sorted(cand.trigger, key=lambda t: t.i)
        start = trigger[0].idx
        end = max(t.idx + len(t.text) for t in trigger)
        event_id = make_event_id(article.article_id, index, (start, end),
                                 source.actor_code if source else None, cand.code,
                                 target.actor_code if target else None)
        return Event(
            event_id=event_id,
            article_id=article.article_id,
            sentence_index=index,
            evidence=Evidence(text=sent.text, start=sent.start_char, end=sent.end_char),
            event_date=event_date,
            source=source.to_ref() if source else None,
            target=target.to_ref() if target else None,
            event_code=CameoCode(cand.code),
            root_code=CameoCode(cand.code[:2]),
            plover=entry.plover,
            quad_class=entry.quad_class,
            goldstein=entry.goldstein,
            factuality=factuality,
            location=location,
            confidence=confidence(cand, source, target),
            trigger=" ".join(t.text for t in trigger),
            attribution=attribution.to_ref() if attribution else None,
        )


def confidence(cand: Candidate, source: ResolvedActor | None, target: ResolvedActor | None) -> float:
    """The coder's own estimate (0-1) from lexicon specificity, the parse path and the actors' confidence.

    Starts at 0.45; +0.05 per pattern element beyond the lemma (at most +0.15); +0.15 when both
    actors resolved; +0.1 when the source is the trigger's own subject (not inherited from another
    clause); -0.05 for a bare nominal event; times the mean confidence of the resolved actors.
    """
    score = 0.45 + 0.05 * min(cand.specificity - 1, 3)
    if source is not None and target is not None:
        score += 0.15
    if source is not None and not cand.inherited:
        score += 0.1
    if cand.kind == "noun":
        score -= 0.05
    actors = [a.confidence for a in (source, target) if a is not None]
    if actors:
        score *= sum(actors) / len(actors)
    return round(min(0.95, max(0.05, score)), 2)


def _pronoun_subject(cand: Candidate) -> bool:
    tier = cand.sources[0] if cand.sources else ()
    return len(tier) == 1 and tier[0].lower_ in SPEAKER_PRONOUNS


def _is_mutual(code: str) -> bool:
    """Codes of joint acts, coded both ways when only coordinated sources are given ("X and Y met")."""
    return code[:2] in MUTUAL_ROOTS or code in MUTUAL_CODES


def _first_tier(tiers: tuple[tuple[Token, ...], ...], mentions: ActorMentions) -> list[ResolvedActor]:
    for tier in tiers:
        out: list[ResolvedActor] = []
        for tok in tier:
            for actor in _resolve_all(tok, mentions):
                if all(a.actor_code != actor.actor_code for a in out):
                    out.append(actor)
        if out:
            return out
    return []


def _resolve_all(tok: Token, mentions: ActorMentions) -> list[ResolvedActor]:
    """Like :func:`_resolve`, but a head noun whose modifiers or ``of`` phrase are coordinated gives every
    actor: "the foreign ministers of Russia and Ukraine", "U.S. and Russian officials"."""
    tok = antecedent(tok)
    own = mentions.at_token(tok.i)
    if own is not None:
        return [own]
    found: list[ResolvedActor] = []
    for child in tok.children:
        owners: list[Token] = []
        if child.dep_ in ("amod", "compound", "nmod", "poss"):
            owners = [child]
        elif child.dep_ == "prep" and child.lower_ == "of":
            owners = [p for p in child.children if p.dep_ == "pobj"]
        for owner in owners:
            chain = [owner, *(c for c in owner.children if c.dep_ == "conj")]
            actors = [a for a in (mentions.at_token(t.i) for t in chain) if a is not None]
            if len(actors) > 1:
                found.extend(actors)
    if found:
        return found
    single = _resolve(tok, mentions)
    return [single] if single is not None else []


def _resolve(tok: Token, mentions: ActorMentions) -> ResolvedActor | None:
    """The actor a slot token denotes: its own mention, else that of an apposition, possessor,
    modifier ("Iranian officials") or ``of`` phrase ("the leaders of Iran")."""
    tok = antecedent(tok)
    found = mentions.at_token(tok.i)
    if found is not None:
        return found
    if tok.lemma_.lower() in BORDER_NOUNS:  # "its border with Belarus": the other side
        found = _prep_actor(tok, ("with",), mentions)
        if found is not None:
            return found
    for dep in _FALLBACK_DEPS:
        for child in tok.children:
            if child.dep_ == dep:
                found = mentions.at_token(child.i)
                if found is not None:
                    return found
    inside = mentions.within(tok.left_edge.i, tok.i)  # "the Iranian embassy compound"
    if inside:
        return inside[-1]
    # "the leaders of Iran"; "nine sites in Pakistan", "an apartment block in Dnipro": a place in the
    # phrase stands for whoever holds it
    return _prep_actor(tok, ("of", "in", "inside", "near", "along"), mentions)


def _prep_actor(tok: Token, preps: tuple[str, ...], mentions: ActorMentions, *,
                depth: int = 0) -> ResolvedActor | None:
    for prep in preps:
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ == prep:
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        found = _resolve_nested(pobj, mentions)
                        if found is None and depth < 1:  # "an inquiry into the crackdown in Iran"
                            found = _prep_actor(pobj, preps, mentions, depth=depth + 1)
                        if found is not None:
                            return found
    return None


def _resolve_nested(tok: Token, mentions: ActorMentions) -> ResolvedActor | None:
    """An actor at ``tok`` or its possessor/modifier ("Russia's Kursk region", "the Polish border")."""
    found = mentions.at_token(tok.i)
    if found is not None:
        return found
    for child in tok.children:
        if child.dep_ in ("poss", "amod", "compound"):
            found = mentions.at_token(child.i)
            if found is not None:
                return found
    return None
