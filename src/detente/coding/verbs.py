"""The event lexicon (stage 4): verb, verb-phrase and noun patterns -> CAMEO codes, matched on a parse.

Loaded once from ``coding/data/verbs.toml`` (:meth:`Lexicon.load`); lookups are dict lookups keyed by lemma.
"""

from __future__ import annotations

import dataclasses
import functools
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from spacy.tokens import Token

from detente.coding.clauses import OWN_POSSESSIVES, entity_bounds
from detente.coding.clauses import subjects as clause_subjects
from detente.coding.places import Gazetteer
from detente.coding.rule_codes import FORCE_ROOTS
from detente.errors import DetenteError
from detente.records.event import CameoCode

__all__ = ["Frame", "Lexicon", "NounEntry", "VerbMatch", "VerbPattern", "expand_quantity", "parse_noun", "parse_pattern"]

PREPOSITIONS = frozenset({
    "about", "against", "along", "as", "at", "between", "by", "for", "from", "in", "into", "near", "of", "on",
    "onto", "outside", "over", "to", "toward", "towards", "under", "upon", "with", "within",
    "behind",  # "put behind bars" (fourteenth round)
})
"""Words that, ending a pattern, introduce the event's target."""

QUANTITY_NOUNS = frozenset({
    "thousand", "hundred", "dozen", "million", "billion", "number", "lot", "batch", "shipment", "consignment",
    "range", "variety", "array", "plenty", "fleet", "swarm", "barrage", "salvo", "wave", "volley", "supply",
    "stockpile", "package", "series", "round", "couple", "set", "kind", "type", "ten", "score",
    # steps of one event: "the first stage of drills", "a new phase of talks" are the drills and the talks (nineteenth
    # round)
    "stage", "phase",
    # runs of like things: "a string of defence agreements", "a raft of sanctions", "a spate of attacks"
    "string", "raft", "slew", "spate", "flurry",
    # durations: "ten days of joint exercises", "two weeks of talks" are the exercises and the talks
    "hour", "day", "week", "month", "year",
    # measures and loads: "15 tonnes of relief supplies", "a convoy of aid trucks"
    "tonne", "ton", "kilogram", "kilo", "litre", "liter", "barrel", "truckload", "planeload", "shipload", "boatload",
    "cargo", "crate", "container", "pallet", "convoy",
    # bodies of people: "a brigade of doctors", "a team of inspectors", "a contingent of police"
    "team", "contingent", "brigade", "squad", "detachment", "group", "column", "handful",
    # "the first deployment of NATO troops arrived": a deployment of troops is the troops
    "deployment",
    # what an act is an instance of: "a campaign of ethnic cleansing", "acts of aggression", "an example of genocide"
    "campaign", "act", "example", "instance",
    # parts of a whole: "suspended part of its aid programme", "the rest of the hostages", "most of the troops"
    "part", "portion", "half", "rest", "remainder", "bulk", "majority", "most", "some", "all", "much", "many",
    # "bought record volumes of Russian crude", "large quantities of arms" (fifteenth round)
    "volume", "quantity", "amount",
})
"""Head nouns that stand for an amount of their ``of`` object ("thousands of drones")."""

MONEY_NOUNS = frozenset({
    "$", "dollar", "euro", "pound", "yen", "yuan", "renminbi", "rouble", "ruble", "franc", "shilling", "rupee",
    "dinar", "riyal", "rial", "lira", "peso", "won", "€", "£", "¥",
})
"""Head nouns of a sum of money, which stands for what it buys: "5 million dollars of aid", "$61 billion in aid"."""

MESSAGE_NOUNS = frozenset({"message", "letter", "note", "expression", "word", "telegram", "cable"})
"""Objects that stand for what their "of" phrase says: "a message of sympathy", "a note of protest"."""

INQUIRY_BODIES = frozenset({"commission", "court", "committee", "board", "panel", "tribunal"})
INQUIRY_NOUNS = frozenset({"inquiry", "enquiry", "investigation"})
"""Bodies that stand for the inquiry they hold: "set up a commission of inquiry into", "ordered a court of inquiry"."""

MEMBER_NOUNS = frozenset({"officer", "personnel", "member", "unit", "staff", "force"})
"""Generic heads that take their kind from a compound: "police officers" are police for a pattern's subjects."""

STATE_OF = frozenset({"emergency", "siege", "war", "alert", "readiness", "exception", "unrest", "commotion", "alarm"})
"""What "a state of ..." names: "declared a state of emergency" is declaring an emergency ("a state of exception" is
the Latin American name of one; "a state of internal unrest", "of internal commotion" and "of alarm" are other
constitutions' names of one: round twenty-six)."""

_OBJECT_DEPS = frozenset({"dobj", "obj"})
_TOPIC_PREPS = frozenset({"on", "about", "over", "regarding", "concerning"})
"""Prepositions of an object's topic, on whose object the parser may hang the pattern's partner "with"."""
# verbs whose object the parser may read as the subject of their clausal complement ("let X return home")
_LETTING_VERBS = frozenset({"let", "allow", "permit"})
# adverbs that are really a phrasal verb's particle ("pull back from", "move away from", "back down on")
_PARTICLE_ADVERBS = frozenset({"back", "away", "out", "off", "down", "up", "over", "along"})
# adjectives the parser reads as a verb after the preposition "to" ("agreed to direct talks")
_ADJECTIVES_READ_AS_VERBS = frozenset({"direct"})
# verbs of doing a deed whose object is the deed ("of committing war crimes", "of carrying out atrocities")
_PERPETRATING_VERBS = frozenset({"commit", "perpetrate", "carry"})
_DATA_FILE = "verbs.toml"


@dataclass(frozen=True, slots=True, kw_only=True)
class VerbPattern:
    """One verb pattern: a lemma plus the words and object it needs.

    ``words`` must all be attached to the verb (particles, prepositions); ``objects`` are the
    allowed object lemmas (``("weapon", "chemical")`` = lemma weapon with the modifier chemical),
    looked up as the pobj of ``object_prep`` when set, else as the direct object. ``prep_objects`` restrict
    the object of the final preposition ("open [fire] on [protester]"); ``joint`` patterns need two sides as
    subjects ("A and B discussed").
    """

    lemma: str
    code: CameoCode
    words: tuple[str, ...] = ()
    objects: tuple[tuple[str, str | None], ...] = ()
    object_prep: str | None = None
    excluded: tuple[str, ...] = ()
    target_preps: frozenset[str] = frozenset()
    needs_target: bool = False
    object_is_target: bool = True
    subjects: frozenset[str] = frozenset()
    excluded_subjects: frozenset[str] = frozenset()
    """The group's "not_subjects": subject lemmas that make the words no event ("locusts invaded farms", "fans stormed
    the pitch": no actor invades or storms) (seventeenth round)."""
    mutual: bool = False
    joint: bool = False
    prep_objects: tuple[tuple[str, str | None], ...] = ()
    own_act: bool = False
    """The pattern's "+own_act": the verb must have a "that" clause stating an act the lexicon codes, done by the
    subject's own side ("admitted that its forces had shot down the airliner") (fifteenth round)."""
    own_behind: bool = False
    """The pattern's "+own_behind": the verb must have a "that" clause saying that the subject's own side was behind, or
    responsible for, an act the lexicon codes ("confirmed it was behind the attack") (twenty-fourth round)."""
    text: str = ""
    # ``objects`` by object word: the modifiers each may need (None: none), looked up once per object head
    object_words: dict[str, tuple[str | None, ...]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        words: dict[str, list[str | None]] = {}
        for wanted, modifier in self.objects:
            words.setdefault(wanted, []).append(modifier)
        object.__setattr__(self, "object_words", {word: tuple(mods) for word, mods in words.items()})

    @property
    def specificity(self) -> int:
        """How much of the context the pattern pins down (more wins)."""
        modified = any(modifier is not None for _, modifier in self.objects)
        return (1 + len(self.words) + (2 if self.objects else 0) + (1 if modified else 0)
                + (2 if self.subjects else 0) + (1 if self.prep_objects else 0) + (1 if self.own_act or self.own_behind else 0))


@dataclass(frozen=True, slots=True, kw_only=True)
class NounEntry:
    """A nominal event: a head noun (optionally with a modifier) and the prepositions of its target.

    ``prep`` and ``prep_objects``: the noun must have that preposition with one of those objects ("an appeal
    for humanitarian aid" is 0233 where a bare "appeal" is 020): what is asked for decides the code, as it
    does for the verb ("appealed for humanitarian aid").
    """

    lemma: str
    modifier: str | None
    code: CameoCode
    target_preps: frozenset[str]
    needs_target: bool = False
    prep: str | None = None
    prep_objects: tuple[tuple[str, str | None], ...] = ()
    excluded_modifiers: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Frame:
    """A verb that codes by its complement: appeals, promises, threats, refusals, demands."""

    name: str
    default: CameoCode | None
    by_root: dict[str, CameoCode] = field(default_factory=dict)
    by_code: dict[str, CameoCode] = field(default_factory=dict)
    needs_coded_complement: bool = False
    conflict_frame: str | None = None
    by_lemma: dict[str, CameoCode] = field(default_factory=dict)
    mandative_only: bool = False
    """A verb that asks for an act only in a bare ("insisted that Ukraine withdraw") or modal ("must withdraw") clause;
    in a tensed one it states a claim ("insists that it has never sent weapons"), which no frame codes."""
    clause_by_lemma: dict[str, CameoCode] = field(default_factory=dict)
    """``by_lemma`` entries that hold instead when the complement is a "that" clause with its own subject: "told the
    Security Council that the UN mission must leave" asks the hearer for a third party's withdrawal (1056), where "told
    the envoy to leave" sends the hearer away (twenty-fifth round)."""

    def code_for(self, complement: CameoCode | None, lemma: str | None = None) -> CameoCode | None:
        """The frame's code given its complement's code (None: the complement has no code) and head lemma.

        ``by_lemma`` wins: "demanded that X stop ..." is a demand that X yield whatever X was doing.
        """
        if lemma is not None and lemma in self.by_lemma:
            return self.by_lemma[lemma]
        if complement is None:
            return None if self.needs_coded_complement else self.default
        for n in (4, 3):
            if complement[:n] in self.by_code:
                return self.by_code[complement[:n]]
        if self.needs_coded_complement:
            return self.by_root.get(complement[:2])  # only the mapped classes: "vowed to criticize" is no intent to cooperate
        return self.by_root.get(complement[:2], self.default)


LEMMA_SLIPS: dict[str, tuple[str, ...]] = {
    "forgive": ("forgave",), "oversee": ("oversaw",), "override": ("overrode", "overridden"),
    "overfly": ("overflew", "overflown"), "underwrite": ("underwrote",), "decree": ("decreed",),
    "foresee": ("foresaw",), "forgo": ("forwent", "forewent", "forgone"), "forsake": ("forsook",),
    "rebuild": ("rebuilt",), "strive": ("strove",), "slay": ("slew",), "mistake": ("mistook",),
    "smite": ("smote",), "beseech": ("besought",), "leap": ("leapt",),
}
"""Past forms of irregular verbs that the model's lemmatizer leaves as their own lemma ("Japan forgave Ethiopia's
debt" has the lemma "forgave"): each is read as the verb it is a form of (twenty-second round)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class VerbMatch:
    """A pattern matched on a verb token, with the tokens that realise it."""

    pattern: VerbPattern
    verb: Token
    word_tokens: tuple[Token, ...]
    object_token: Token | None


class Lexicon:
    """Verb patterns by lemma, nouns by lemma, light verbs and frames; built once by :meth:`load`."""

    __slots__ = ("_frames", "_frames_by_name", "_light", "_nouns", "_predicates", "_verbs", "version", "_by_word")

    def __init__(self, *, verbs: dict[str, tuple[VerbPattern, ...]], nouns: dict[str, tuple[NounEntry, ...]],
                 light: dict[str, tuple[str, ...]], frames: dict[str, tuple[tuple[tuple[str, ...], Frame], ...]],
                 frames_by_name: dict[str, Frame], predicates: dict[str, Frame] | None = None,
                 version: str = "1") -> None:
        self._verbs = verbs
        self._nouns = nouns
        self._light = light
        self._frames = frames
        self._frames_by_name = frames_by_name
        self._predicates = predicates or {}
        self.version = version
        # (lemma id, lower-case id) of a word -> its noun entries and predicate frame: asked of nearly every noun and
        # adjective of every sentence, and the ids (hashes of the strings) are read without a string lookup
        self._by_word: dict[tuple[int, int], tuple[tuple[NounEntry, ...], Frame | None]] = {}

    @classmethod
    def load(cls) -> Lexicon:
        """The bundled lexicon (parsed once per process).

        Raises:
            CodebookError: D402 when an entry of the data file is malformed.
        """
        return _load_bundled()

    @classmethod
    def from_data(cls, data: dict[str, Any], *, source: str = "<data>") -> Lexicon:
        """Build a lexicon from the TOML structure described at the top of ``verbs.toml``."""
        verbs: dict[str, list[VerbPattern]] = {}
        nouns: dict[str, list[NounEntry]] = {}
        for n, group in enumerate(data.get("group", []), start=1):
            code = str(group.get("code", ""))
            if not (code.isdigit() and 2 <= len(code) <= 4):
                raise DetenteError.make("D402", path=source, line=f"group {n}", reason=f"bad code {code!r}")
            preps = frozenset(group.get("target_preps", ()))
            needs_target = bool(group.get("needs_target", False))
            object_is_target = bool(group.get("object_is_target", True))
            subject_lemmas = frozenset(group.get("subjects", ()))
            not_subjects = frozenset(group.get("not_subjects", ()))
            # a joint pattern is an act only two sides do together ("A and B agreed to cooperate", "discussed
            # Ukraine"): it needs two subjects, and is mutual
            joint = bool(group.get("joint", False))
            mutual = bool(group.get("mutual", False)) or joint
            # the pattern's object noun names people who are the target ("accepted Syrian refugees"), where an
            # object list otherwise names a thing whose owner is the target ("seized Ukrainian ships")
            names_target = bool(group.get("object_names_target", False))
            for text in group.get("verbs", ()):
                pattern = parse_pattern(text, CameoCode(code), target_preps=preps, needs_target=needs_target,
                                        object_is_target=object_is_target, source=source)
                if names_target and pattern.objects:
                    pattern = dataclasses.replace(pattern, object_is_target=True)
                if subject_lemmas or mutual:
                    pattern = dataclasses.replace(pattern, subjects=subject_lemmas, mutual=mutual, joint=joint)
                if not_subjects:
                    pattern = dataclasses.replace(pattern, excluded_subjects=not_subjects)
                verbs.setdefault(pattern.lemma, []).append(pattern)
            for text in group.get("nouns", ()):
                entry = parse_noun(text, CameoCode(code), target_preps=preps, needs_target=needs_target,
                                   source=source)
                nouns.setdefault(entry.lemma, []).append(entry)
        light: dict[str, list[str]] = {}
        for text in data.get("light", {}).get("verbs", ()):
            lemma, *words = text.split()
            light.setdefault(lemma, []).append(" ".join(words))
        frames: dict[str, list[tuple[tuple[str, ...], Frame]]] = {}
        by_name: dict[str, Frame] = {}
        predicates: dict[str, Frame] = {}
        for entry in data.get("frame", []):
            default = entry.get("default")
            frame = Frame(name=entry["name"], default=CameoCode(default) if default else None,
                          by_root={k: CameoCode(v) for k, v in entry.get("by_root", {}).items()},
                          by_code={k: CameoCode(v) for k, v in entry.get("by_code", {}).items()},
                          needs_coded_complement=bool(entry.get("needs_coded_complement", False)),
                          conflict_frame=entry.get("conflict_frame"),
                          by_lemma={k: CameoCode(v) for k, v in entry.get("by_lemma", {}).items()},
                          mandative_only=bool(entry.get("mandative_only", False)),
                          clause_by_lemma={k: CameoCode(v) for k, v in entry.get("clause_by_lemma", {}).items()})
            by_name[frame.name] = frame
            for text in entry.get("verbs", ()):
                lemma, *words = text.split()
                frames.setdefault(lemma, []).append((tuple(words), frame))
            for lemma in entry.get("predicates", ()):
                predicates[lemma] = frame
        for lemma, slips in LEMMA_SLIPS.items():  # "forgave" left as its own lemma: the patterns of "forgive"
            for slip in slips:
                if lemma in verbs and slip not in verbs:
                    verbs[slip] = list(verbs[lemma])
                if lemma in frames and slip not in frames:
                    frames[slip] = list(frames[lemma])
        return cls(
            verbs={k: tuple(sorted(v, key=_pattern_order)) for k, v in verbs.items()},
            nouns={k: tuple(sorted(v, key=lambda e: (not e.prep_objects, e.prep is None, e.modifier is None)))
                   for k, v in nouns.items()},
            light={k: tuple(v) for k, v in light.items()},
            frames={k: tuple(v) for k, v in frames.items()},
            frames_by_name=by_name,
            predicates=predicates,
            version=str(data.get("version", "1")),
        )

    def has_verb(self, lemma: str) -> bool:
        """True when some pattern or frame starts with ``lemma`` (the cheap first test)."""
        return lemma in self._verbs or lemma in self._frames or lemma in self._light

    def match_verb(self, verb: Token) -> VerbMatch | None:
        """The most specific pattern whose words and object are all present around ``verb``."""
        patterns = self._verbs.get(verb.lemma_.lower())
        if not patterns:
            return None
        scratch = _VerbScratch(verb)  # what every pattern of the lemma reads around the verb, read once
        for pattern in patterns:  # sorted, most specific first
            found = _match(pattern, verb, scratch)
            if found is not None and pattern.own_act:
                clause = _own_act_clause(verb)
                if clause is None or not self._codes_act(clause):
                    continue
                # the act admitted or regretted is aimed at whoever its object names ("that its bombs had struck the
                # Chinese embassy": China), which the owner tiers of the object read
                acted_on = next((c for c in clause.children if c.dep_ in _OBJECT_DEPS), None)
                found = dataclasses.replace(found, object_token=acted_on or found.object_token)
            if found is not None and pattern.own_behind:
                act = _owned_act_noun(verb)
                entry = self.match_noun(act) if act is not None else None
                if act is None or ((entry is None or str(entry.code)[:2] not in FORCE_ROOTS)
                                   and act.lemma_.lower() not in _CLAIMED_BLASTS):
                    continue
                # "confirmed it was behind the attack on the bridge": the act claimed is the pattern's object, and
                # the group's target prepositions read whom it was aimed at
                found = dataclasses.replace(found, object_token=act)
            if found is not None and found.object_token is None and pattern.object_is_target:
                # "is investigating whether Yoon ordered ...": the coder's target steps read the one the clause is
                # about as the target, as they read the one let ("let X return")
                inquired = (_inquired_subject(verb) or _small_clause_subject(found.word_tokens)
                            or _ruled_subject(verb))
                if inquired is not None:
                    found = dataclasses.replace(found, object_token=inquired)
            if found is not None:
                return found
        return None

    def _codes_act(self, clause: Token) -> bool:
        """True when the lexicon codes ``clause``'s verb, or a noun it takes as object or prepositional object
        ("that soldiers had taken part in the killing of civilians")."""
        if self.match_verb(clause) is not None:
            return True
        nouns = [c for c in clause.children if c.dep_ in _OBJECT_DEPS]
        nouns += [p for c in clause.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
        return any(self.match_noun(n) is not None for n in nouns)

    def light_verb(self, verb: Token) -> bool:
        """True when ``verb`` is a light verb ("carried out", "held") with its particles present."""
        options = self._light.get(verb.lemma_.lower())
        if not options:
            return False
        return any(all(_child_word(verb, w) is not None for w in words.split()) for words in options)

    def frame(self, verb: Token) -> Frame | None:
        """The complement frame of ``verb`` ("urge", "call on", "threaten"...), when its words are present."""
        for words, frame in self._frames.get(verb.lemma_.lower(), ()):
            if all(_child_word(verb, w) is not None or _clause_mark(verb, w) is not None for w in words):
                if frame.mandative_only and _states_claim(verb):
                    return None
                if frame.clause_by_lemma and _subject_clause(verb):
                    return dataclasses.replace(frame, by_lemma={**frame.by_lemma, **frame.clause_by_lemma})
                return frame
        return None

    def _word_entries(self, word: Token) -> tuple[tuple[NounEntry, ...], Frame | None]:
        """The noun entries of ``word`` (by lemma, else by its lower-case text) and its predicate frame, remembered
        by the word's lemma and lower-case ids."""
        key = (word.lemma, word.lower)
        found = self._by_word.get(key)
        if found is None:
            if len(self._by_word) >= _BY_WORD_MAX:
                self._by_word.clear()
            lemma = word.lemma_.lower()
            found = self._by_word[key] = (self._nouns.get(lemma) or self._nouns.get(word.lower_) or (),
                                          self._predicates.get(lemma))
        return found

    def predicate_frame(self, word: Token) -> Frame | None:
        """The frame of an adjective or noun of readiness ("ready to", "willingness to"), or None."""
        return self._word_entries(word)[1]

    def frame_named(self, name: str) -> Frame | None:
        """A frame by name (``"threat"``)."""
        return self._frames_by_name.get(name)

    def match_noun(self, noun: Token) -> NounEntry | None:
        """The nominal event ``noun`` heads ("strikes", "air strike"), or None."""
        entries = self._word_entries(noun)[0]
        if not entries:
            return None
        for entry in entries:
            if entry.modifier is not None and not _has_modifier(noun, entry.modifier):
                continue
            if any(_has_modifier(noun, m) or _prep_object_is(noun, m) for m in entry.excluded_modifiers):
                continue  # "a trade war" is no war, nor is "the war on inflation"
            if entry.prep is not None and _prep_object(noun, entry.prep, entry.prep_objects) is None:
                continue
            return entry
        return None


def _pattern_order(pattern: VerbPattern) -> tuple[int, bool]:
    """Sort key of a lemma's patterns: the most specific first, and of two as specific, the one whose listed objects
    are all modified nouns ("raise [terror_alert]", 151, before "raise [alert_level|alert]", 152: a terror alert is
    the police's) (nineteenth round)."""
    return (-pattern.specificity, not (pattern.objects and all(mod is not None for _, mod in pattern.objects)))


def parse_pattern(text: str, code: CameoCode, *, target_preps: frozenset[str] = frozenset(),
                  needs_target: bool = False, object_is_target: bool = True, source: str = "<data>") -> VerbPattern:
    """Parse one pattern string (syntax at the top of ``verbs.toml``).

    >>> p = parse_pattern("impose [sanction|embargo] on", CameoCode("163"))
    >>> p.lemma, p.words, p.objects, sorted(p.target_preps)
    ('impose', ('on',), (('sanction', None), ('embargo', None)), ['on'])
    """
    parts = text.replace("[", " [ ").replace("]", " ] ").split()
    if not parts or parts[0] in "[]!":
        raise DetenteError.make("D402", path=source, line=text, reason="a pattern starts with a verb lemma")
    lemma, rest = parts[0].lower(), parts[1:]
    words: list[str] = []
    excluded: list[str] = []
    objects: list[tuple[str, str | None]] = []
    prep_objects: list[tuple[str, str | None]] = []
    object_prep: str | None = None
    own_act = False
    own_behind = False
    i = 0
    while i < len(rest):
        part = rest[i]
        if part == "[":
            try:
                close = rest.index("]", i)
            except ValueError:
                raise DetenteError.make("D402", path=source, line=text, reason="unclosed [") from None
            # a second list after a final preposition restricts that preposition's object: "open [fire] on
            # [protester|crowd]"
            second = bool(objects) and bool(words) and words[-1] in PREPOSITIONS and close == len(rest) - 1
            found = prep_objects if second else objects
            for alt in " ".join(rest[i + 1:close]).split("|"):
                head, _, mod = alt.strip().partition("_")
                found.append((mod, head) if mod else (head, None))
            if not second and words and words[-1] in PREPOSITIONS:
                object_prep = words[-1]
            i = close + 1
            continue
        if part.startswith("!"):
            excluded.append(part[1:])
        elif part == "+own_act":
            own_act = True
        elif part == "+own_behind":
            own_behind = True
        else:
            words.append(part)
        i += 1
    preps = set(target_preps)
    if words and words[-1] in PREPOSITIONS and words[-1] != object_prep:
        preps.add(words[-1])
    if prep_objects and not (words and words[-1] in preps):
        raise DetenteError.make("D402", path=source, line=text, reason="a second [...] must follow a final preposition")
    return VerbPattern(lemma=lemma, code=code, words=tuple(words), objects=tuple(objects), object_prep=object_prep,
                       prep_objects=tuple(prep_objects), own_act=own_act, own_behind=own_behind,
                       excluded=tuple(excluded), target_preps=frozenset(preps), needs_target=needs_target,
                       object_is_target=(object_is_target or object_prep is not None)
                       and not (objects and object_prep is None), text=text)


def parse_noun(text: str, code: CameoCode, *, target_preps: frozenset[str] = frozenset(),
               needs_target: bool = False, source: str = "<data>") -> NounEntry:
    """Parse one noun entry: "strike", "air_strike" (a modifier), "appeal for [humanitarian_aid|food]" (a
    preposition and the objects it must have), "war !trade !price" (modifiers that must be absent: a trade war is no
    war).

    >>> e = parse_noun("appeal for [humanitarian_aid|food]", CameoCode("0233"))
    >>> e.lemma, e.prep, e.prep_objects
    ('appeal', 'for', (('aid', 'humanitarian'), ('food', None)))
    """
    head_text, bracket, rest = text.partition("[")
    excluded = tuple(w[1:] for w in head_text.split() if w.startswith("!"))
    words = [w for w in head_text.split() if not w.startswith("!")]
    if not words:
        raise DetenteError.make("D402", path=source, line=text, reason="a noun entry starts with a noun")
    head, _, mod = words[0].partition("_")
    lemma, modifier = (mod, head) if mod else (head, None)
    if not bracket and len(words) == 2 and words[1] in PREPOSITIONS:
        # "call with": the noun only with that preposition, whatever its object ("a call with Zelensky", where "a
        # call from the UN for calm" is an appeal) (nineteenth round)
        return NounEntry(lemma=lemma, modifier=modifier, code=code, target_preps=target_preps | {words[1]},
                         needs_target=needs_target, prep=words[1], excluded_modifiers=excluded)
    if not bracket:
        if len(words) > 1:
            raise DetenteError.make("D402", path=source, line=text,
                                    reason='a noun entry is a noun, "noun prep" or "noun prep [a|b]"')
        return NounEntry(lemma=lemma, modifier=modifier, code=code, target_preps=target_preps,
                         needs_target=needs_target, excluded_modifiers=excluded)
    if len(words) != 2 or words[1] not in PREPOSITIONS or not rest.rstrip().endswith("]"):
        raise DetenteError.make("D402", path=source, line=text,
                                reason='a noun with objects reads "noun prep [a|b]", e.g. "appeal for [food|aid]"')
    objects: list[tuple[str, str | None]] = []
    for alt in rest.rstrip()[:-1].split("|"):
        o_head, _, o_mod = alt.strip().partition("_")
        objects.append((o_mod, o_head) if o_mod else (o_head, None))
    return NounEntry(lemma=lemma, modifier=modifier, code=code, target_preps=target_preps - {words[1]},
                     needs_target=needs_target, prep=words[1], prep_objects=tuple(objects), excluded_modifiers=excluded)


def expand_quantity(noun: Token) -> Token:
    """The real head of a quantity phrase: "thousands of drones" -> drones (up to three levels).

    A sum of money stands for what it is "of" or "in" ("5 million dollars of aid", "$61 billion in aid"),
    and "a state of emergency" for the emergency. Only money looks through "in": "killed thousands in Gaza"
    stays "thousands".
    """
    seen = 0
    came_from: Token | None = None
    while seen < 3:
        lemma = noun.lemma_.lower()
        money = lemma in MONEY_NOUNS or (lemma in ("billion", "million", "trillion")
                                         and any(c.lower_ in MONEY_NOUNS for c in noun.children))
        if not (money or lemma in QUANTITY_NOUNS or lemma == "state"):
            break
        preps = ("of", "in") if money else ("of",)
        prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in preps), None)
        if prep is None and money and came_from is not None:
            # "hundreds of millions of dollars in humanitarian relief": the parser hangs "in" on the quantity
            # noun the dollars were reached from
            prep = next((c for c in came_from.children if c.dep_ == "prep" and c.lower_ == "in"), None)
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        if pobj is None or (lemma == "state" and pobj.lemma_.lower() not in STATE_OF):
            break
        came_from, noun = noun, pobj
        seen += 1
    return noun


@functools.lru_cache(maxsize=1)
def _load_bundled() -> Lexicon:
    path = resources.files("detente.coding").joinpath("data", _DATA_FILE)
    source = f"detente/coding/data/{_DATA_FILE}"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as err:
        raise DetenteError.make("D402", path=source, line="?", reason=str(err)) from err
    return Lexicon.from_data(data, source=source)


_BY_WORD_MAX = 100_000
"""Bound of ``Lexicon._by_word``: a long-running process reading endless new words does not grow without limit."""


class _VerbScratch:
    """What the patterns of one verb read around it, each read once for all of them (a lemma has several patterns,
    tried in turn, most of which look at the same children): the words attached to it, its subjects, and the
    object heads found for each object preposition. All are functions of the parse alone."""

    __slots__ = ("verb", "_children", "_attached", "_before", "_subjects", "_joint", "_objects")

    def __init__(self, verb: Token) -> None:
        self.verb = verb
        self._children: list[Token] | None = None
        self._attached: dict[str, Token] | None = None
        self._before: dict[str, Token] = {}
        self._subjects: list[Token] | None = None
        self._joint: bool | None = None
        self._objects: dict[str | None, list[tuple[Token, str, str]]] = {}

    def children(self) -> list[Token]:
        """The verb's children, in order (spaCy builds a new Token object for each on every walk)."""
        if self._children is None:
            self._children = list(self.verb.children)
        return self._children

    def _index(self) -> dict[str, Token]:
        """Every word :func:`_child_word` can find around the verb, each with the token it returns: one walk over the
        children (and the grandchildren it looks through) in the order it visits them, the first found kept."""
        verb = self.verb
        after: dict[str, Token] = {}
        for child in self.children():
            lower = child.lower_
            if child.i > verb.i and not _time_phrase(child):
                after.setdefault(lower, child)
                dep = child.dep_
                if dep in _HUB_DEPS or (dep == "advmod" and lower in _PARTICLE_ADVERBS):
                    for grand in child.children:
                        grand_dep = grand.dep_
                        if grand_dep in _GRAND_DEPS or (grand_dep == "amod" and lower == "as"):
                            after.setdefault(grand.lower_, grand)
                elif dep in ("npadvmod", "dobj") and child.lemma_.lower() in _SPAN_GIVEN:
                    for grand in child.children:
                        if grand.dep_ in ("relcl", "acl") and grand.tag_ == "VB":
                            after.setdefault(grand.lower_, grand)
            if child.dep_ in _BEFORE_DEPS:
                self._before.setdefault(lower, child)
        slipped = _particle_read_as_quantity(verb)
        if slipped is not None:
            after.setdefault(slipped.lower_, slipped)
        self._attached = after
        return after

    def child_word(self, word: str) -> Token | None:
        """:func:`_child_word_any` of the verb (its words looked up in :meth:`_index`)."""
        attached = self._attached if self._attached is not None else self._index()
        for alt in word.split("|") if "|" in word else (word,):
            found = attached.get(alt)
            if found is None:
                found = self._before.get(alt)
            if found is not None:
                return found
        return None

    def subjects(self) -> list[Token]:
        """The verb's clause subjects, each through a quantity phrase ("thousands of protesters")."""
        if self._subjects is None:
            self._subjects = [expand_quantity(t) for t in clause_subjects(self.verb)[0]]
        return self._subjects

    def joint(self) -> bool:
        """:func:`_joint_subjects` of the verb."""
        if self._joint is None:
            self._joint = _joint_subjects(self.verb)
        return self._joint

    def object_heads(self, prep: str | None) -> list[tuple[Token, str, str]]:
        """:func:`_object_heads` of the verb for ``prep``."""
        if prep not in self._objects:
            self._objects[prep] = _object_heads(self.verb, prep, self)
        return self._objects[prep]


def _match(pattern: VerbPattern, verb: Token, scratch: _VerbScratch | None = None) -> VerbMatch | None:
    if scratch is None:
        scratch = _VerbScratch(verb)
    for word in pattern.excluded:
        if word == OWN_OBJECT:
            if _own_object(scratch.children()):
                return None
        elif word.startswith("@"):
            if _predicated_object(scratch.children(), word[1:]):
                return None
        elif word.startswith(":"):
            # ":weapon|troop": the direct object must not be one of these ("hosts US troops" is no visit hosted, where
            # "hosted Biden at the Yokota air base" is) (round thirty)
            if any(c.dep_ in _OBJECT_DEPS and c.lemma_.lower() in word[1:].split("|") for c in scratch.children()):
                return None
        elif (scratch.child_word(word) if "|" not in word else _child_word(verb, word)) is not None \
                or any(t.lower_ == word for t in _unattached_arguments(verb, scratch.children())):
            return None
    if pattern.subjects and not any(_subject_is(t, pattern.subjects) for t in scratch.subjects()):
        return None
    if pattern.excluded_subjects and (any(_subject_is(t, pattern.excluded_subjects) for t in scratch.subjects())
                                      or _described_noun_is(verb, pattern.excluded_subjects)):
        return None
    if pattern.joint and not scratch.joint():
        return None
    obj: Token | None = None
    if pattern.objects:
        obj = _object_of(verb, pattern, scratch)
        if obj is None:
            return None
    tokens: list[Token] = []
    for word in pattern.words:
        tok = scratch.child_word(word)
        if tok is None and obj is not None and word != pattern.object_prep:
            tok = _child_word(obj, word)  # "signed a treaty with Iran": the preposition hangs on the object
            holder = obj.head.head if obj.dep_ == "pobj" and obj.head.lower_ in ("of", "in") else None
            if tok is None and holder is not None and (_contents(holder).i == obj.i
                                                       or expand_quantity(holder).i == obj.i):
                # "a court of inquiry into the crash": on the body holding it; "approve €10 million in military
                # assistance for Armenia": on the sum looked through (seventeenth round)
                tok = _child_word(holder, word)
                if tok is not None and tok.i == obj.head.i:
                    tok = None  # "declared a state of siege": the "of" that joins the holder to what it names
            if tok is None:
                # "patrolled the streets of Port-au-Prince alongside Haitian police": the parser hangs a preposition
                # after "N of M" on M (seventeenth round), and a partner's "with" after "N on M", "N about M"
                # ("shared information on the plot with France", "signed a deal on gas with Qatar"; a "to" or an
                # "on" there is the topic's own: "sanctions over the attack on Kyiv") (round twenty-six)
                tok = next((t for of in obj.children if of.dep_ == "prep"
                            and (of.lower_ == "of" or (word == "with" and of.lower_ in _TOPIC_PREPS))
                            for m in of.children if m.dep_ == "pobj"
                            for t in (_child_word(m, word),) if t is not None and t.dep_ == "prep"), None)
            if tok is None and word == "to":
                tok = _let_clause_marker(verb, obj)
            if tok is None and word == "with":
                tok = _partner_in_relative_clause(obj)
            if tok is None and word == "back":
                tok = _back_in_relative_clause(obj)
            if tok is None and tokens and tokens[-1].lower_ == "back" and tokens[-1].head.i != verb.i:
                # the preposition after a "back" found at the end of a relative clause hangs on that "back"
                tok = next((c for c in tokens[-1].children if c.lower_ == word and c.dep_ == "prep"), None)
        elif tok is None and obj is not None and obj.head.lower_ == word and not _state_named(obj):
            tok = obj.head  # the pattern's own preposition, hung on the verb's object (see _object_of)
        elif tok is None and obj is not None:
            # "agreed to talks", "agreed to direct talks": "to" read as the infinitive marker of the noun or of the
            # adjective before it
            tok = next((a for h in (obj, obj.head) for a in h.children if a.dep_ == "aux" and a.lower_ == word), None)
        if tok is None and obj is not None:
            tok = _misread_infinitive_marker(verb, obj, word)
        if tok is None and len(tokens) == len(pattern.words) - 1 and word in _DATIVE_PREPS and obj is not None \
                and not pattern.prep_objects and obj.dep_ in _OBJECT_DEPS:
            tok = _shifted_dative(verb, obj)
        if tok is None and word in PREPOSITIONS and tokens and tokens[-1].dep_ == "acomp":
            # "was optimistic about the talks": the preposition hangs on the predicate adjective (round twenty-eight)
            tok = _child_word(tokens[-1], word)
        if tok is None and word not in PREPOSITIONS:
            tok = _object_predicate(verb, word) if obj is None else _swallowed_predicate(obj, word)
        if tok is None:
            return None
        tokens.append(tok)
    if pattern.prep_objects and _named_pobj(tokens[-1], pattern.prep_objects) is None:
        return None
    if tokens and pattern.words[-1] in PREPOSITIONS and any(
            not word.startswith("@") and _prep_object_is(tokens[-1].head, word, prep=tokens[-1])
            for word in pattern.excluded):
        return None  # "declared war on drugs": the excluded word is the final preposition's object (seventeenth round)
    return VerbMatch(pattern=pattern, verb=verb, word_tokens=tuple(tokens), object_token=obj)


_AGREEING_VERBS = frozenset({"sign", "conclude", "strike", "reach", "ink", "negotiate", "seal", "agree", "forge",
                              "broker", "make"})
"""Verbs of a relative clause that make an agreement with a partner ("the treaty it signed with Spain")."""


def _let_clause_marker(verb: Token, obj: Token) -> Token | None:
    """The infinitive marker of the clause a letting verb's object does something in: "allowed aid trucks to enter
    Gaza" is parsed with the trucks the subject of a clausal complement "to enter Gaza" ("permitted aid trucks to
    enter Gaza": the trucks the object, the clause after them), so a pattern "allow [truck] to" finds its "to" as that
    clause's marker (round twenty-eight)."""
    if verb.lemma_.lower() not in _LETTING_VERBS:
        return None
    clause: Token | None = None
    if obj.dep_ == "nsubj" and obj.head.head.i == verb.i and obj.head.dep_ in ("ccomp", "xcomp"):
        clause = obj.head
    elif obj.head.i == verb.i:
        clause = next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.i > obj.i), None)
    if clause is None:
        return None
    return next((a for a in clause.children if a.dep_ == "aux" and a.lower_ == "to"), None)


def _partner_in_relative_clause(obj: Token) -> Token | None:
    """The partner's "with" of an agreement told in a relative clause on the object: "suspended a treaty it signed with
    Spain", "scrapped the deal that it had struck with Ukraine" (an agreement made with X is an agreement with X; round
    twenty-seven)."""
    for clause in obj.children:
        if clause.dep_ in ("relcl", "acl") and clause.lemma_ in _AGREEING_VERBS and clause.i > obj.i:
            found = next((c for c in clause.children if c.dep_ == "prep" and c.lower_ == "with"
                          and any(m.dep_ == "pobj" for m in c.children)), None)
            if found is not None:
                return found
    return None


_RETURNING_VERBS = frozenset({"come", "go", "return", "fly", "send", "bring", "move", "travel", "head", "get", "be",
                               "take", "ship", "force", "push", "turn", "deport", "run", "walk", "sail", "flee", "drive",
                               "call", "hit", "fight", "strike", "pay", "give", "hand", "look", "step", "pull", "roll"})
"""Verbs whose own particle "back" a relative clause may hold ("the men who had come back to China")."""


def _back_in_relative_clause(obj: Token) -> Token | None:
    """The main verb's particle "back" hung at the end of a relative clause on its object: "flew 40 Uyghur men who had
    spent a decade in detention back to China", "sent the migrants who had crossed from Serbia back to Serbia"; a
    verb that takes "back" itself keeps it ("the men who had come back") (round twenty-seven)."""
    for clause in obj.children:
        if clause.dep_ != "relcl" or clause.i < obj.i or clause.lemma_.lower() in _RETURNING_VERBS:
            continue
        last = max(clause.subtree, key=lambda t: t.i)
        for tok in clause.subtree:
            if tok.lower_ == "back" and tok.dep_ in ("advmod", "prt") and tok.i > clause.i \
                    and any(c.dep_ == "prep" for c in tok.children) and max(t.i for t in tok.subtree) >= last.i - 4:
                return tok
    return None


def _state_named(obj: Token) -> bool:
    """``obj`` is what "a state of ..." names ("declared a state of siege"): the "of" before it belongs to "state", not
    to a pattern ending in "of" ("declare [siege] of": a siege declared of a city) (round twenty-six)."""
    holder = obj.head.head if obj.dep_ == "pobj" and obj.head.lower_ == "of" else None
    return holder is not None and holder.lemma_.lower() == "state" and obj.lemma_.lower() in STATE_OF


OWN_OBJECT = "@own"
"""The excluded word of a pattern that is no act on another when its direct object is the doer itself or its own
("Poland is arming itself", "Finland trains its reservists": arming or training one's own forces is no aid to or
cooperation with anyone) (twenty-third round)."""
_REFLEXIVES = frozenset({"itself", "themselves", "ourselves", "himself", "herself"})


def _own_object(kids: list[Token]) -> bool:
    """True when a direct object among ``kids`` is a reflexive pronoun or a noun owned by "its", "their" or "our" (or
    "its own", "their own"): the doer's own (see :data:`OWN_OBJECT`). One's own thing handed to a named recipient
    before it ("Warsaw handed Kyiv its last MiG-29 jets", the name read as a first object or a dative) is given to
    that recipient, not handed in (round twenty-seven)."""
    if any(k.dep_ in ("dobj", "dative") and k.pos_ == "PROPN" for k in kids) \
            and sum(1 for k in kids if k.dep_ in ("dobj", "dative")) >= 2:
        named = min(k.i for k in kids if k.dep_ in ("dobj", "dative") and k.pos_ == "PROPN")
        if all(k.i > named for k in kids if k.dep_ == "dobj" and k.pos_ != "PROPN"):
            return False
    for obj in (k for k in kids if k.dep_ == "dobj"):
        if obj.lower_ in _REFLEXIVES:
            return True
        if any(c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for c in obj.children):
            return True
    return False


def _unattached_arguments(verb: Token, kids: list[Token]) -> list[Token]:
    """Arguments of ``verb`` an excluded word may name that are no child word of it: the noun a relative clause
    hangs on ("the fees it charges American ships": fees charged, no legal charge) and the noun a quantity object
    stands for ("met most of the requirements of the IMF programme": requirements met, no meeting) (nineteenth
    round)."""
    found = [verb.head] if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN") else []
    for kid in kids:
        if kid.dep_ in _OBJECT_DEPS:
            real = expand_quantity(kid) if kid.lemma_.lower() not in _PART_WORDS else _part_of(kid)
            if real is not kid:
                found.append(real)
    return found


_PART_WORDS = frozenset({"most", "all", "some", "many", "much", "part", "half", "none", "each", "one", "several"})
"""Words for a part of what an "of" phrase names ("met most of the requirements"), looked through for exclusions."""


def _part_of(word: Token) -> Token:
    """The object of the "of" on a part word ("most of the requirements" -> requirements), else the word itself."""
    prep = next((c for c in word.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    return pobj if pobj is not None else word


def _predicated_object(kids: list[Token], dep: str) -> bool:
    """True when the verb has a child of dependency ``dep`` beside a direct object: "called the decision a betrayal"
    (dobj + oprd) names, where a lone "oprd" is the parser's reading of the object itself ("Putin called Erdogan" is
    sometimes parsed so) (seventeenth round)."""
    return any(c.dep_ == dep for c in kids) and any(c.dep_ in _OBJECT_DEPS for c in kids)


_TIME_DEICTICS = frozenset({"last", "next", "this", "previous", "past", "coming", "ago", "earlier", "later", "every",
                            "each", "same"})


def _span_given(noun: Token, kids: list[Token]) -> bool:
    """True when ``noun`` (an adverbial noun of the verb) is a span given before a "to" clause ("a week to change
    course"), not a time the act happened ("last week", "a week ago")."""
    if any(c.lower_ in _TIME_DEICTICS for c in noun.children):
        return False
    return any(x.dep_ in ("advcl", "xcomp") and x.i > noun.i and x.pos_ == "VERB"
               and any(a.dep_ == "aux" and a.lower_ == "to" for a in x.children) for x in kids)


_DATIVE_PREPS = frozenset({"to", "for"})
"""Final prepositions whose object English may put before the direct object: "sold India fighter jets" is "sold
fighter jets to India", "bought Ukraine shells" "bought shells for Ukraine" (fifteenth round)."""


def _shifted_dative(verb: Token, obj: Token) -> Token | None:
    """The receiver of ``verb`` put before its direct object ``obj``: the parser's dative, or a name right after the
    verb that it hung on the object as a modifier ("sold India 36 Rafale jets", "sold Iran oil"); the coder's target
    steps read both as the receiver."""
    dative = next((c for c in verb.children if c.dep_ == "dative" and c.pos_ != "ADP" and c.i < obj.i), None)
    if dative is not None:
        return dative
    first = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if first is not None and first.pos_ == "PROPN" and first.dep_ in ("nmod", "compound") and first.i < obj.i \
            and obj.left_edge.i == first.i and any(t.i == obj.i for t in first.ancestors):
        return first
    return None


def _object_predicate(verb: Token, word: str) -> Token | None:
    """An adjective right after the verb's direct object, which the parser hung on the object as its modifier:
    "called the US tariff threats unjustified and unreasonable" (an adjective after its noun is the verb's predicate
    of the object, not the noun's attribute) (fifteenth round). Also one right after the verb, before the object
    ("burned alive 30 villagers", "set ablaze dozens of homes": the predicate moved before a long object) (seventeenth
    round)."""
    wanted = word.split("|")
    for obj in (c for c in verb.children if c.dep_ in _OBJECT_DEPS):
        for adj in obj.children:
            if adj.dep_ == "amod" and (adj.i > obj.i or adj.i == verb.i + 1) and adj.lower_ in wanted:
                return adj
        swallowed = _swallowed_predicate(obj, word)
        if swallowed is not None:
            return swallowed
        # "called the US tariff threats over its purchases of Russian oil unjustified": a phrase on the verb right
        # after the object ends in the adjective (nineteenth round)
        edge = obj.right_edge.i
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.i > obj.i):
            if prep.i != edge + 1:
                break
            edge = prep.right_edge.i
            last = verb.doc[edge]
            for cand in (last, last.head) if last.dep_ == "conj" else (last,):
                if cand.lower_ in wanted and cand.dep_ == "amod" and cand.pos_ == "ADJ" and cand.head.i < cand.i:
                    return cand
    # "called North Korea's missile launch a provocation": the object's last noun read as a bare verb (no subject,
    # marker or auxiliary of its own) whose direct object is the predicate noun (round twenty-eight)
    for clause in verb.children:
        if clause.dep_ in ("ccomp", "xcomp") and clause.i > verb.i and not any(
                a.dep_ in ("aux", "nsubj", "nsubjpass", "mark") for a in clause.children):
            found = next((p for p in clause.children if p.dep_ == "dobj" and p.lower_ in wanted), None)
            if found is not None:
                return found
    return None


def _misread_infinitive_marker(verb: Token, obj: Token, word: str) -> Token | None:
    """The pattern's "to" right after its object when the parser read it as the infinitive marker of a clause on the
    verb: "set fire to metro stations" is parsed with "metro" a verb ("to metro stations"), so the preposition is the
    "aux" of that clause. Only a clause that follows the object at once, whose verb is followed at once by a bare noun
    as its object, is taken ("ordered troops to leave the country" is an infinitive) (eighteenth round)."""
    if word != "to" or obj.i + 1 >= len(obj.doc):
        return None
    marker = obj.doc[obj.i + 1]
    clause = marker.head
    if marker.lower_ == "to" and marker.dep_ == "aux" and clause.head.i == verb.i and clause.dep_ in ("advcl", "xcomp") \
            and clause.i == marker.i + 1 and any(c.dep_ == "dobj" and c.i == clause.i + 1 and c.pos_ == "NOUN"
                                                 and not any(d.dep_ in ("det", "poss") for d in c.children)
                                                 for c in clause.children):
        return marker  # "to metro stations": the misread verb and its "object" make one bare noun phrase
    return None


def _swallowed_predicate(obj: Token, word: str) -> Token | None:
    """The object's last word when the parser read it as the head of a name that ends the object: "called his talks
    with Steve Witkoff constructive" has "constructive" the object of "with" and "Steve Witkoff" its compounds. A name
    does not end in a predicate adjective, so the word is the verb's predicate of the object (eighteenth round)."""
    last = obj.doc[obj.right_edge.i]
    words = word.split("|")
    if last.i > obj.i and last.lower_ in words and last.dep_ == "pobj" \
            and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in last.children):
        return last
    if last.i > obj.i and last.lower_ in words and last.dep_ == "pobj" and last.pos_ == "ADJ":
        # "called Washington's expulsion of its ambassador regrettable": the adjective read as the object of "of",
        # with the noun before it its compound; a preposition's object ending the verb's object is no adjective,
        # so it is the predicate (round thirty)
        return last
    # "called the US tariff threats over its purchases of Russian oil unjustified and unreasonable": the adjectives
    # read as following "oil" and modifying it; an English adjective after its noun that ends the object is the
    # predicate (nineteenth round)
    for cand in (last, last.head) if last.dep_ == "conj" else (last,):
        if cand.i > obj.i and cand.lower_ in words and cand.dep_ == "amod" and cand.pos_ == "ADJ" \
                and cand.head.i < cand.i:
            return cand
    return None


def _small_clause_subject(words: tuple[Token, ...]) -> Token | None:
    """The one a verbless small clause is about, when the parser made a pattern's word that clause's head: "declared
    France's ambassador persona non grata" is parsed with "persona" (tagged a noun or even a verb) a clausal
    complement whose subject is the ambassador. A pattern's word is a particle, preposition or predicate word, never
    the verb of a clause of its own (seventeenth round)."""
    for word in words:
        if word.dep_ == "ccomp":
            return next((c for c in word.children if c.dep_ == "nsubj"), None)
    return None


_INQUIRY_VERBS = frozenset({"investigate", "probe", "examine", "study", "review"})
"""Verbs whose "whether" clause names whom the inquiry is about: "is investigating whether Yoon ordered drones flown
over Pyongyang" is an investigation of Yoon (fifteenth round)."""


def _inquired_subject(verb: Token) -> Token | None:
    """The subject of ``verb``'s "whether"/"if" clause, for an inquiry verb with no object of its own."""
    if verb.lemma_.lower() not in _INQUIRY_VERBS or any(c.dep_ in _OBJECT_DEPS for c in verb.children):
        return None
    for clause in verb.children:
        if clause.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ in ("whether", "if") for m in clause.children):
            return next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return None


_RULING_VERBS = frozenset({"rule"})
"""Verbs whose "that" clause names whom a court's ruling is against: "ruled that Boris Johnson had acted unlawfully"
(round twenty-eight)."""


def _ruled_subject(verb: Token) -> Token | None:
    """The subject of ``verb``'s "that" clause, for a ruling verb with no object of its own; none where the clause is
    negated ("ruled that neither Serbia nor Croatia had committed genocide", "that Khan had not broken the law"): a
    side cleared is not ruled against."""
    if verb.lemma_.lower() not in _RULING_VERBS or any(c.dep_ in _OBJECT_DEPS for c in verb.children):
        return None
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.pos_ not in ("VERB", "AUX") or any(
                m.dep_ == "mark" and m.lower_ in ("whether", "if") for m in clause.children):
            continue
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or any(c.dep_ == "neg" for c in clause.children) or any(
                c.lower_ in _CLEARING_WORDS for c in subject.children if c.dep_ in ("preconj", "det")):
            return None
        return subject
    return None


_CLEARING_WORDS = frozenset({"neither", "no", "none"})


_OWN_PRONOUNS = frozenset({"it", "they", "we"})


def _own_act_clause(verb: Token) -> Token | None:
    """The "that" clause of ``verb`` (or of its object: "expressed regret that ...") whose doer is the subject's own
    side: a pronoun ("admitted that it had fired"), something of its own ("that its bombs had struck"), or people or
    things named by no name or nationality ("that soldiers had killed 13 civilians"); a passive counts through its
    "by" agent only. Another side's act is no admission: "acknowledged that Russian forces had taken the town"."""
    hosts = [verb, *(c for c in verb.children if c.dep_ in _OBJECT_DEPS)]
    for host in hosts:
        for clause in host.children:
            if clause.dep_ == "xcomp" and clause.tag_ == "VBG" and host is verb and clause.i > verb.i \
                    and not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
                return clause  # "admitted carrying out the strike": a gerund with no subject is the subject's own act
            if clause.dep_ not in ("ccomp", "acl") or clause.pos_ not in ("VERB", "AUX") or clause.i < host.i:
                continue
            doers = [c for c in clause.children if c.dep_ == "nsubj"]
            doers += [p for c in clause.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
            if doers and all(_own_doer(d) for d in doers):
                return clause
    return None




_CLAIMED_BLASTS = frozenset({"explosion", "blast", "bombing", "detonation", "explosive"})
"""Nouns of a blast that name no doer and so code nothing alone ("an explosion at a factory"), but that a side saying
it was behind them owns as its attack ("said it was behind the explosion in Kerman", twenty-fifth round)."""


def _owned_act_noun(verb: Token) -> Token | None:
    """The act noun of ``verb``'s clause saying that the subject's own side was behind it or responsible for it ("said
    it was behind the bombing", "confirmed that they were responsible for the attack"), or None (twenty-fourth
    round). Another side named ("said Ukraine was behind the attack") is an accusation, no claim."""
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.lemma_.lower() != "be" or clause.i < verb.i:
            continue
        doers = [c for c in clause.children if c.dep_ == "nsubj"]
        if not doers or not all(d.lower_ in _OWN_PRONOUNS or _owned_by_speaker(d) for d in doers) \
                or any(c.dep_ == "neg" for c in clause.children):
            continue  # "said it was not behind the attack" denies it
        hosts = [clause, *(c for c in clause.children if c.dep_ == "acomp" and c.lemma_.lower() == "responsible")]
        for host in hosts:
            word = "behind" if host is clause else "for"
            for prep in host.children:
                if prep.dep_ == "prep" and prep.lower_ == word:
                    act = next((p for p in prep.children if p.dep_ == "pobj"), None)
                    if act is not None:
                        return act
    return None


_SPEAKER_POSSESSIVES = frozenset({"its", "their", "our", "his", "her", "my"})


def _owned_by_speaker(noun: Token) -> bool:
    """A noun the speaker owns by a possessive pronoun: "his service", "its agents", "our forces" (twenty-fifth
    round: "acknowledged that his service had been behind the bombing")."""
    return noun.pos_ == "NOUN" and any(c.dep_ == "poss" and c.lower_ in _SPEAKER_POSSESSIVES for c in noun.children)


def _own_doer(noun: Token) -> bool:
    if noun.lower_ in _OWN_PRONOUNS:
        return True
    if any(c.dep_ == "poss" for c in noun.children):
        return any(c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for c in noun.children)
    return noun.pos_ == "NOUN" and not any(t.pos_ == "PROPN" or (t.pos_ == "ADJ" and t.text[:1].isupper())
                                           for t in noun.subtree)


def _contents(noun: Token) -> Token:
    """What a message carries: "sent a message of sympathy" is sending sympathy, "a note of protest" a protest;
    and what a body of inquiry is: "ordered a court of inquiry into the crash" is ordering an inquiry (ninth round)."""
    lemma = noun.lemma_.lower()
    if lemma not in MESSAGE_NOUNS and lemma not in INQUIRY_BODIES:
        return noun
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if pobj is None or (lemma in INQUIRY_BODIES and pobj.lemma_.lower() not in INQUIRY_NOUNS):
        return noun  # "a court of appeal", "a panel of experts" are no inquiry
    return pobj


def _named_pobj(prep: Token, objects: tuple[tuple[str, str | None], ...]) -> Token | None:
    """The object of ``prep`` (or one coordinated with it) that is one of ``objects``, or None."""
    for pobj in (c for c in prep.children if c.dep_ in ("pobj", "pcomp")):
        if not objects:
            return pobj  # a noun entry "noun prep" names no object (nineteenth round)
        for cand in (pobj, *_conjuncts(pobj)):
            head = expand_quantity(cand)
            for lemma, modifier in objects:
                if (head.lemma_.lower() == lemma or head.lower_ == lemma) and (
                        modifier is None or _has_modifier(head, modifier)):
                    return head
            model = weapon_class(head) if head.pos_ in ("PROPN", "NOUN", "NUM") else None
            if model is not None and (model, None) in objects:
                return head  # "asked for F-16s": a model name stands for its class (twenty-third round)
    return None


WEAPON_MODELS: dict[str, str] = {
    **dict.fromkeys((
        "f-16", "f-35", "f-15", "f-18", "f/a-18", "f-22", "su-35", "su-34", "su-30", "su-27", "su-25", "su-57",
        "mig-29", "mig-31", "rafale", "gripen", "eurofighter", "mirage", "j-10", "j-20", "jf-17", "tejas",
        "kfir", "f-5"), "jet"),
    **dict.fromkeys((
        "leopard", "abrams", "challenger", "merkava", "t-72", "t-64", "t-80", "t-90", "k2", "amx-10", "bradley",
        "marder", "stryker", "m113", "bmp", "bmp-2", "bmp-3", "btr", "cv90"), "tank"),
    **dict.fromkeys((
        "himars", "nasams", "patriot", "iris-t", "s-300", "s-400", "s-500", "thaad", "iron dome", "david's sling",
        "samp/t", "gepard", "pantsir", "buk", "skyguard"), "system"),
    **dict.fromkeys((
        "atacms", "storm shadow", "scalp", "taurus", "tomahawk", "kinzhal", "iskander", "kalibr", "javelin",
        "stinger", "nlaw", "harpoon", "neptune", "zircon", "oreshnik", "brahmos", "kh-101", "fateh-110",
        "fateh-360", "hellfire", "exocet"), "missile"),
    **dict.fromkeys((
        "shahed", "shahed-136", "geran", "geran-2", "bayraktar", "tb2", "reaper", "mq-9", "switchblade",
        "lancet", "mohajer", "mohajer-6", "orlan", "wing loong"), "drone"),
    **dict.fromkeys(("apache", "black hawk", "chinook", "mi-8", "mi-17", "mi-24", "ka-52", "seahawk"),
                    "helicopter"),
    **dict.fromkeys(("m777", "caesar", "pzh 2000", "krab", "grad", "m142"), "artillery"),
}
"""Names of well-known weapon systems and the weapon class word the lexicon's patterns name ("delivered F-16s to
Ukraine" is a delivery of jets, "sent HIMARS" of systems, "supplied Shaheds" of drones): keys are lower case, one
word or several (the head and the words before it); a plural "s" is looked through ("F-16s", "Leopards")
(twenty-third round)."""

_MODEL_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "nummod", "punct"})


def weapon_class(head: Token) -> str | None:
    """The weapon class word (:data:`WEAPON_MODELS`) of a noun that names a weapon system by its model name
    ("F-16s", "HIMARS", "Storm Shadows", "Leopard 2s", "the IRIS-T"), or None. Only a capitalised or numbered name
    counts: "patriots" and "hawks" in lower case are people, and so is a full name ("Stacey Abrams")."""
    if not (head.text[:1].isupper() or head.text[:1].isdigit()):
        return None
    entity = entity_bounds(head)
    # "sent Stacey Abrams to Georgia": a model word inside a person's longer full name ("Storm Shadows", tagged a
    # person, is the model's own two words)
    person = head.i - entity[0] + 1 if entity is not None and head.ent_type_ == "PERSON" else 0
    left = [c for c in head.lefts if c.dep_ in _MODEL_MODIFIER_DEPS]
    start = min((c.left_edge.i for c in left), default=head.i)
    words = [t for t in head.doc[start:head.i + 1] if t.dep_ != "det" and not t.is_space]
    text = "".join(t.text + t.whitespace_ for t in words).strip().lower()
    names = [text]
    while " " in names[-1]:
        names.append(names[-1].split(" ", 1)[1])  # "Bayraktar TB2s", "the new Storm Shadows"
    if any(ch.isdigit() for ch in head.text):
        names += [w.text.lower() for w in words[:-1]]  # "Leopard 2A6s": the model word before a numbered variant
    names.append(head.text.lower())
    for name in names:
        for form in (name, name[:-1] if name.endswith("s") else None, name[:-2] if name.endswith("'s") else None):
            if form and form in WEAPON_MODELS:
                return WEAPON_MODELS[form] if person <= 1 or len(form.split()) >= person else None
    return None


PAIR_WORDS = frozenset({"two", "both"})
"""Words that make one subject noun two sides: "the two leaders", "both countries"."""
PLURAL_SUBJECT_PRONOUNS = frozenset({"they", "we"})
_JOINT_INHERITING_DEPS = frozenset({"xcomp", "conj", "ccomp"})


def _joint_subjects(verb: Token) -> bool:
    """True when ``verb`` is done by two sides together: coordinated subjects ("Macron and Scholz discussed"),
    a pair ("the two leaders", "both sides", "their countries") or a plural pronoun, its own or a controlling verb's ("India and
    Russia agreed to cooperate"). A purpose clause does not count: in "met Assad to discuss the war" the
    discussing is the meeting's purpose, coded once as the meeting."""
    found, inherited = clause_subjects(verb)
    if inherited and verb.dep_ not in _JOINT_INHERITING_DEPS:
        return False
    if len(found) >= 2:
        return True
    return any(t.lower_ in PLURAL_SUBJECT_PRONOUNS or t.lemma_.lower() == "both"
               or any(c.lower_ in PAIR_WORDS and c.dep_ in ("nummod", "det", "predet", "amod") for c in t.children)
               # "their countries should cooperate": a plural owned by the plural speakers
               or (t.tag_ == "NNS" and any(c.dep_ == "poss" and c.lower_ in ("their", "our") for c in t.children))
               # "American and South Korean forces began their exercise": a plural of two coordinated owners
               or (t.tag_ == "NNS" and _coordinated_modifiers(t))
               # "troops from Australia and the United States launched their exercises": a plural of members drawn
               # from two coordinated sides (twenty-third round)
               or (t.tag_ == "NNS" and _coordinated_origins(t))
               for t in found)


def _coordinated_origins(noun: Token) -> bool:
    """True when ``noun`` has a "from" phrase naming two coordinated proper names ("troops from Australia and the
    United States", "delegations from China and India"): the plural is two sides' members (twenty-third round)."""
    return any(c.dep_ == "prep" and c.lower_ == "from" and any(
        p.dep_ == "pobj" and p.pos_ == "PROPN" and any(g.dep_ == "conj" and g.pos_ == "PROPN" for g in p.children)
        for p in c.children) for c in noun.children)


def _coordinated_modifiers(noun: Token) -> bool:
    """True when ``noun`` has two coordinated modifiers before it ("Australian and Filipino troops", "South Korean and
    US forces"): the plural is two sides' members (tenth round)."""
    return any(c.dep_ in ("amod", "compound") and c.i < noun.i
               and any(g.dep_ == "conj" and g.i < noun.i for g in c.children) for c in noun.children)


def _subject_is(head: Token, lemmas: frozenset[str]) -> bool:
    """True when ``head`` is one of ``lemmas``, or a generic member noun whose compound is ("police officers",
    "navy personnel", "army units": the compound says which body they belong to). An entry ``mod_noun`` needs the
    modifier too ("suicide_bomber": a suicide bomber, not a bomber aircraft)."""
    if head.lemma_.lower() in lemmas:
        return True
    if any(_has_modifier(head, mod) for mod, _, noun in (entry.partition("_") for entry in lemmas)
           if noun and head.lemma_.lower() == noun):
        return True
    return head.lemma_.lower() in MEMBER_NOUNS and any(
        c.dep_ == "compound" and c.lemma_.lower() in lemmas for c in head.children)


def _described_noun_is(verb: Token, lemmas: frozenset[str]) -> bool:
    """True when ``verb`` is an -ing participle after a noun that is one of ``lemmas`` ("sanctions targeting Hezbollah
    financiers", "a law targeting Russian money", "tariffs hitting Chinese goods"): the noun does the act, even where
    the clause's subject is taken from the verb the noun is the object of ("Washington imposed sanctions targeting
    Iran's oil exports": the sanctions target, Washington does not strike) (twenty-ninth round)."""
    head = verb.head
    return (verb.dep_ == "acl" and verb.tag_ == "VBG" and head.i < verb.i and head.pos_ in ("NOUN", "PROPN")
            and _subject_is(head, lemmas))


_ACCORD_PARTICIPLES = frozenset({"agree", "sign", "broker", "reach", "negotiate", "announce", "declare", "mediate",
                                 "conclude", "strike"})
"""Verbs whose past participle, after a noun, says how an accord came about ("the truce agreed on Saturday", "the deal
signed in Doha", "the ceasefire brokered by Qatar"): read as a reduced relative on a pattern's object (eighteenth
round)."""


def _object_of(verb: Token, pattern: VerbPattern, scratch: _VerbScratch | None = None) -> Token | None:
    """The object of ``verb`` that ``pattern`` names (through quantities, message contents and coordination)."""
    prep = pattern.object_prep
    heads = scratch.object_heads(prep) if scratch is not None else _object_heads(verb, prep)
    by_word = pattern.object_words
    for head, lemma, lower in heads:
        for word in _object_forms(head, lemma, lower):
            for modifier in by_word.get(word, ()):
                if modifier is None or _has_modifier(head, modifier):
                    return head
        model = weapon_class(head) if head.pos_ in ("PROPN", "NOUN", "NUM") else None
        if model is not None and None in by_word.get(model, ()):
            return head  # "delivered F-16s to Ukraine": a model name stands for its class (twenty-third round)
        if PLACE_NAME in by_word and _place_name(head):
            return head
        if NATIONALS in by_word and _nationals(head):
            return head
        if NATIONALITY_NAMED in by_word and _named_by_nationality(head):
            return head
        if PERSON_NAME in by_word and _person_name(head):
            return head
    return None


def _object_forms(head: Token, lemma: str, lower: str) -> tuple[str, ...]:
    """The words an object head is looked up by: its lemma and its lower-case form, and for a capitalised plural the
    model tags a plural proper noun and leaves unlemmatised ("sent 700 Marines", "Rangers"), its singular too (round
    thirty-two)."""
    forms: tuple[str, ...] = (lemma,) if lower == lemma else (lemma, lower)
    if (head.tag_ == "NNPS" and head.ent_type_ != "GPE" and lower.endswith("s") and len(lower) > 3
            and not lower.endswith("ss")):
        forms += (lower[:-1],)
    return forms


PERSON_NAME = "@person"
"""The object word of a pattern whose object is a person named by a full name ("captured [@person]": "captured Ovidio
Guzman"), which no list of common nouns can name (twenty-ninth round)."""


def _person_name(head: Token) -> bool:
    """True when ``head`` ends a name of two or more words that the entity recogniser tags as a person ("Ovidio Guzman",
    "Gilad Shalit"), or is a common noun with such a name in apposition ("the drug lord Ovidio Guzman" is read as one
    phrase with the name's last word for head); the object itself, not a part looked through ("parts of")."""
    if head.dep_ == "pobj" or head.tag_ not in ("NNP", "NNPS"):
        return False
    if head.ent_type_ == "PERSON":
        entity = entity_bounds(head)
        return entity is not None and entity[1] - entity[0] >= 2
    # the recogniser often misses a foreign name ("Ovidio Guzman" read as an organisation): a two-word name is a
    # person's when a person noun stands before it or beside it ("the drug lord Ovidio Guzman", "Ovidio Guzman, a son
    # of ...")
    names = [c for c in head.children if c.dep_ == "compound" and c.tag_ == "NNP" and c.i == head.i - 1]
    if not names or head.ent_type_ in ("GPE", "LOC", "FAC", "NORP"):
        return False
    words = {c.lemma_.lower() for c in head.subtree if c.dep_ in ("compound", "appos") and c.tag_ in ("NN", "NNP")}
    return bool(words & _PERSON_NOUNS)


_PERSON_NOUNS = frozenset({"lord", "boss", "kingpin", "son", "daughter", "brother", "wife", "leader", "commander",
                           "chief", "founder", "fugitive", "suspect", "militant", "mastermind", "trafficker"})
"""Nouns that say a name beside them is a person's."""


NATIONALS = "@national"
"""The object word of a pattern whose object is people named by their nationality ("released [@national]": "released an
American", "freed two Britons"), which no list of common nouns can name (twenty-second round)."""


def _nationals(head: Token) -> bool:
    """True when ``head`` is a noun naming people by nationality: a demonym the entity recogniser tags as a nationality
    ("an American", "six Americans"), or a plural proper noun it leaves untagged ("two Britons"); not a modifier of
    another noun. Whether the people are an actor's is the resolver's business."""
    if head.pos_ not in ("PROPN", "NOUN") or head.dep_ == "compound" or any(
            c.dep_ == "compound" for c in head.children):
        return False
    return head.ent_type_ == "NORP" or (head.tag_ == "NNPS" and not head.ent_type_)


NATIONALITY_NAMED = "@nationality"
"""The object word of a pattern whose object is a person named by a nationality adjective ("pardoned the French writer",
"a British-Iranian aid worker"), beside those named by a demonym alone ("two Americans") (twenty-fifth round)."""


def _named_by_nationality(head: Token) -> bool:
    """True when ``head`` is a noun with a nationality word before it that the entity recogniser tags as one ("the
    French writer", "two American citizens"), also through a common noun before a name ("the French writer Boualem
    Sansal"), or a demonym itself (:func:`_nationals`)."""
    if _nationals(head):
        return True
    nouns = [head, *(c for c in head.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < head.i)]
    # "the French-Algerian writer": a hyphened pair of demonyms, the first hung on the second
    return head.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ in ("amod", "compound") and c.i < n.i and (c.ent_type_ == "NORP" or any(
            g.dep_ in ("amod", "compound") and g.ent_type_ == "NORP" for g in c.children))
        for n in nouns for c in n.children)


_CRAFT_NOUNS = frozenset({"ship", "tanker", "vessel", "boat", "freighter", "trawler", "yacht", "carrier", "destroyer",
                          "frigate", "aircraft", "plane", "jet", "airliner", "ferry", "barge", "dhow", "submarine"})
"""Ships and aircraft: what a name described by one of these in apposition is."""

PLACE_NAME = "@place"
"""The object word of a pattern whose object is a place named by a proper noun ("captured [@place]": "captured
Goma"), which no list of common nouns can name (eighteenth round)."""


def _place_name(head: Token) -> bool:
    """True when ``head`` may name a place: a proper noun, the object itself (not a part of it looked through), that
    is neither an organisation's or a people's name nor part of a person's full name. The entity recogniser often tags a lone town name as a person ("captured Goma"), so only
    a name of two or more words tagged a person is taken for one ("captured Gilad Shalit")."""
    if head.tag_ not in ("NNP", "NNPS") or head.dep_ == "pobj":
        return False  # "seized parts of Iraq": a part of a place looked through to it is no capture of the place
    if any(a.dep_ == "appos" and a.lemma_.lower() in _CRAFT_NOUNS for a in head.children):
        return False  # "seized the Advantage Sweet, a tanker": a name described as a ship is no place (round 32)
    entity = entity_bounds(head)
    if entity is None:
        return True
    if head.ent_type_ == "PERSON":
        return entity[1] - entity[0] == 1
    if head.ent_type_ in ("ORG", "NORP"):
        # the recogniser tags many lone town names an organisation or a people ("seized Aleppo"): a name the
        # event gazetteer knows as a place is one (round thirty)
        return Gazetteer.load().place(head.doc[entity[0]:entity[1]].text) is not None
    return head.ent_type_ not in ("WORK_OF_ART", "PRODUCT", "EVENT", "LAW")


def _object_heads(verb: Token, object_prep: str | None,
                  scratch: _VerbScratch | None = None) -> list[tuple[Token, str, str]]:
    """The nouns that may be the object of ``verb`` for a pattern whose object comes after ``object_prep`` (None: a
    direct object), in the order they are tried, each with its lower-case lemma and text."""
    candidates: list[Token] = []
    kids = scratch.children() if scratch is not None else list(verb.children)  # walked several times below
    if object_prep is not None:
        prep = scratch.child_word(object_prep) if scratch is not None else _child_word(verb, object_prep)
        if prep is not None:
            candidates = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
            # "accused the ELN of committing war crimes": what is committed is what the pattern names
            candidates += [o for c in candidates if c.lemma_.lower() in _PERPETRATING_VERBS
                           for o in c.children if o.dep_ in _OBJECT_DEPS]
            # "asked Trump for Tomahawk missiles": a name before the noun read as the preposition's object, the
            # noun then read as a second direct object right after it
            candidates += [o for c in candidates if c.pos_ == "PROPN" for o in kids
                           if o.dep_ in _OBJECT_DEPS and o.i == c.i + 1]
            if not candidates and (prep.dep_ == "prt" or prep.dep_ == "quantmod"):
                # "took in refugees", "handed over evidence": the parser made the word a particle, and what the
                # pattern names is the verb's direct object; "handed over 90 prisoners": it read the particle as
                # "more than", inside that object (_particle_read_as_quantity)
                candidates = [c for c in kids if c.dep_ in _OBJECT_DEPS]
        else:
            # "forced more than 1,000 refugees from their homes": the parser hangs the preposition on the verb's
            # direct object
            candidates = [p for d in kids if d.dep_ in _OBJECT_DEPS for c in d.children
                          if c.dep_ == "prep" and c.lower_ == object_prep
                          for p in c.children if p.dep_ in ("pobj", "pcomp")]
            if not candidates:
                # "agreed to talks with Iran": the parser read "to" as an infinitive marker and the noun as a verb
                candidates = [c for c in kids if c.dep_ == "xcomp" and c.pos_ in ("NOUN", "PROPN")
                              and any(a.dep_ == "aux" and a.lower_ == object_prep for a in c.children)]
            if not candidates and any(c.dep_ in _OBJECT_DEPS for c in kids):
                # "took the United States to court over its gun exports": after a direct object, the parser reads a
                # bare noun after "to" as a verb with "to" its marker; a word with no subject, object or article of
                # its own right after the marker is the preposition's object (the pattern still names the noun it
                # must be) (round thirty-one)
                candidates = [c for c in kids if c.dep_ in ("xcomp", "advcl") and c.i > verb.i
                              and any(a.dep_ == "aux" and a.lower_ == object_prep and a.i == c.i - 1
                                      for a in c.children)
                              and not any(a.dep_ in ("nsubj", "dobj", "det", "ccomp", "xcomp") for a in c.children)]
            if not candidates:
                # "agreed to direct talks with Iran": the adjective read as a verb after "to", the noun as its object
                candidates = [o for c in kids if c.dep_ == "xcomp" and c.lower_ in _ADJECTIVES_READ_AS_VERBS
                              and any(a.dep_ == "aux" and a.lower_ == object_prep for a in c.children)
                              for o in c.children if o.dep_ in _OBJECT_DEPS]
    else:
        # "tanks supplied by Washington": a participle with a "by" agent modifying its noun is a reduced passive,
        # the noun its object (without the agent the supplier is unknown, and the noun may be anything's object)
        passive = (any(c.dep_ in ("auxpass", "nsubjpass") for c in kids)
                   or (verb.dep_ == "acl" and verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in kids)))
        wanted = ("nsubjpass",) if passive else tuple(_OBJECT_DEPS)
        candidates = [c for c in kids if c.dep_ in wanted]
        if candidates and not passive:
            # "gave Russia a week to change course": with the one given named as the object, the parser reads the span
            # given, before its "to" clause, as an adverbial ("last week", "a week ago" stay times) (fifteenth round)
            candidates += [c for c in kids if c.dep_ == "npadvmod" and c.pos_ == "NOUN" and _span_given(c, kids)]
            # "gave the soldiers who seized power in Niger fifteen days to return to their barracks": after a relative
            # clause on the object, the parser hangs the span and its "to" clause on the relative clause's verb
            # (seventeenth round)
            candidates += [n for o in list(candidates) if o.dep_ in _OBJECT_DEPS for r in o.children
                           if r.dep_ == "relcl" and r.i > o.i
                           for rk in (list(r.children),)
                           for n in rk if n.dep_ == "npadvmod" and n.pos_ == "NOUN" and _span_given(n, rk)]
        if not candidates and not passive and any(c.dep_ == "dative" and c.pos_ != "ADP" for c in kids):
            # "gave the troops a month to leave": the parser reads a time noun after a dative as an adverbial (a
            # dative "to" is no such dative: "the weapons Germany sent to Ukraine last spring" sent the weapons,
            # the antecedent, not the spring: round twenty-six)
            candidates = [c for c in kids if c.dep_ == "npadvmod" and c.pos_ == "NOUN"]
        if not candidates and not passive and verb.lemma_.lower() in _LETTING_VERBS:
            # "let Polish researchers exhume the remains", "allowed UN inspectors to visit": the parser makes the one let
            # the subject of a clausal complement of the verb (fourteenth round)
            candidates = [g for c in kids if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX")
                          for g in c.children if g.dep_ == "nsubj"]
        if not candidates and not passive:
            # "voted down a bill", "shut down the parliament": the parser may hang the object on the particle as its
            # prepositional object (fourteenth round)
            # ("imposed on Indian goods over New Delhi's purchases": only a particle right after the verb counts)
            candidates = [g for c in kids if c.i == verb.i + 1 and c.lower_ in _PARTICLE_ADVERBS
                          and c.dep_ in ("prt", "prep") for g in c.children if g.dep_ == "pobj"]
        if not candidates and not passive:  # "Iran supplied and Russia used the drones": shared object
            candidates = [g for c in kids if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > verb.i
                          for g in c.children if g.dep_ in _OBJECT_DEPS]
        if not candidates and not passive:
            # "allowed the inspectors back into Fordow", "let the prisoners out": the parser hangs the object as
            # the subject of a verbless small clause (an adverb or particle) that completes the verb
            candidates = [g for c in kids if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("ADV", "ADP", "PART")
                          for g in c.children if g.dep_ == "nsubj"]
        if not candidates and not passive and any(c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("ADV", "ADP", "PART")
                                                  for c in kids):
            # "agreed to allow UN inspectors back into the country": the same small clause, its subject read as a
            # dative of the verb
            candidates = [c for c in kids if c.dep_ == "dative"]
        if not candidates and not passive:
            # "ratified the minerals deal with the United States": the parser reads a plural noun and the noun it
            # modifies as a clause, the plural its subject and the head a bare verb; a clause whose "subject" opens
            # with an article right after the verb, with no auxiliary, marker or object of its own, is the verb's
            # object (the pattern still names the noun it must be) (round thirty-one)
            candidates = [c for c in kids if c.dep_ == "ccomp" and c.i > verb.i and c.tag_ in ("VB", "VBP")
                          and not any(a.dep_ in ("aux", "auxpass", "mark", "dobj", "neg") for a in c.children)
                          and any(s.dep_ == "nsubj" and s.i == c.i - 1 and s.tag_ == "NNS"
                                  and s.left_edge.i == verb.i + 1 and s.left_edge.lower_ in ("the", "a", "an")
                                  for s in c.children)]
        if not candidates and not passive:
            # "the CGT called a general strike": the parser may read a lone object noun as an object predicate
            # (a predicate beside an object is a naming: "called the decision a betrayal") (seventeenth round)
            candidates = [c for c in kids if c.dep_ == "oprd" and c.pos_ == "NOUN"]
        if not candidates and not passive:
            # "rejected as slander the White House's claim that ...": with the judgement moved before a long object,
            # the parser hangs the object on the judgement word as its object (eighteenth round)
            candidates = [o for c in kids if c.dep_ == "prep" and c.lower_ == "as" and c.i > verb.i
                          for p in c.children if p.dep_ == "pobj"
                          for o in p.children if o.dep_ in _OBJECT_DEPS and o.i > p.i]
        if not candidates and not passive:
            # "violated the ceasefire agreed only hours earlier": the parser reads a reduced relative on the object as
            # a clause whose subject is the object; only participles that make an accord and a subject that follows
            # the verb at once are taken ("said the ceasefire held" is a clause) (eighteenth round)
            candidates = [g for c in kids if c.dep_ == "ccomp" and c.lemma_.lower() in _ACCORD_PARTICIPLES
                          and not any(a.dep_ in ("aux", "auxpass", "dobj") for a in c.children)
                          for g in c.children if g.dep_ == "nsubj" and g.left_edge.i == verb.i + 1]
        if passive and not candidates and verb.dep_ in ("relcl", "acl"):
            candidates = [verb.head]
        if not passive:
            # "began an indefinite fast": the parser reads the adjective as the object and the noun after it as an
            # adverb of the verb; the word right after an adjective object, hung on the verb, is the object's head
            # (twenty-ninth round)
            candidates += [n for c in list(candidates) if c.dep_ == "dobj" and c.pos_ == "ADJ"
                           for n in kids if n.i == c.i + 1 and n.dep_ in ("advmod", "npadvmod")]
            # "began an indefinite fast in Delhi": or reads the noun itself as an adverb, with its article hung on it
            # (no adverb takes an article)
            candidates += [c for c in kids if c.dep_ == "advmod" and c.i > verb.i
                           and any(d.dep_ == "det" and d.lower_ in ("a", "an", "the")
                                   for m in (c, *(a for a in c.children if a.dep_ == "amod")) for d in m.children)]
        if not candidates and verb.dep_ == "relcl":
            candidates = [verb.head]  # "the drones that Russia used": the antecedent is the object
    heads: list[tuple[Token, str, str]] = []
    for cand in [*candidates, *(c for first in candidates for c in _conjuncts(first))]:
        if cand.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
            cand = verb.head
        head = _contents(expand_quantity(cand))
        heads.append((head, head.lemma_.lower(), head.lower_))
        # "seized the Galaxy Leader, a cargo ship": a name (not a person's, whose apposition says who he is, which
        # the actor steps read) is what the common noun set after it in apposition says it is (round thirty-two)
        heads += [(a, a.lemma_.lower(), a.lower_) for a in head.children
                  if a.dep_ == "appos" and a.pos_ == "NOUN" and head.pos_ == "PROPN" and a.i > head.i
                  and head.ent_type_ != "PERSON"]
    return heads


def _prep_object(noun: Token, prep: str, objects: tuple[tuple[str, str | None], ...]) -> Token | None:
    """The object of ``prep`` on ``noun`` (or on the light verb whose object it is: "made an appeal [to the UN]
    for aid") that is one of ``objects``, or None."""
    holders = [noun]
    if noun.dep_ in _OBJECT_DEPS:
        holders.append(noun.head)
    for holder in holders:
        for child in holder.children:
            if child.dep_ == "prep" and child.lower_ == prep and (found := _named_pobj(child, objects)) is not None:
                return found
    return None


def _conjuncts(noun: Token) -> list[Token]:
    """The nouns coordinated with ``noun`` ("offered his prayers and sympathy": either object may fit the pattern)."""
    out: list[Token] = []
    todo = [noun]
    while todo and len(out) < 8:
        node = todo.pop()
        for child in node.children:
            if child.dep_ == "conj" and child.pos_ in ("NOUN", "PROPN"):
                out.append(child)
                todo.append(child)
    return out


# _child_word: the children after the verb whose own children it looks through, the dependencies of those
# grandchildren it takes, and the dependencies of the children it takes wherever they stand (_VerbScratch._index
# reads the same three)
_HUB_DEPS = frozenset({"prep", "prt", "agent", "aux"})
_GRAND_DEPS = frozenset({"prep", "prt", "pobj", "pcomp", "advmod", "aux"})
_BEFORE_DEPS = frozenset({"advmod", "prt", "npadvmod"})
_SPAN_GIVEN = frozenset({"hour", "day", "week", "month", "year", "deadline"})
"""Times given to someone to act ("gave the diplomats 72 hours to leave")."""


def _child_word(verb: Token, word: str) -> Token | None:
    """A child (or a prep's child) of ``verb`` spelled ``word``: particles, prepositions, adverbs."""
    for child in verb.children:
        if child.lower_ == word and child.i > verb.i and not _time_phrase(child):
            return child
        if child.i > verb.i and not _time_phrase(child) and (
                child.dep_ in _HUB_DEPS or (child.dep_ == "advmod" and child.lower_ in _PARTICLE_ADVERBS)):
            # "pulled back from Kyiv", "backed away from the deal": the parser may read the particle as an adverb
            # and hang the preposition on it
            for grand in child.children:
                if grand.lower_ == word and grand.dep_ in _GRAND_DEPS:
                    return grand
                if grand.lower_ == word and grand.dep_ == "amod" and child.lower_ == "as":
                    return grand  # "dismissed the charges as baseless": the adjective hangs on "as" (tenth round)
    for child in verb.children:  # "ethnically cleanse", "rule out": words before the verb
        if child.lower_ == word and child.dep_ in _BEFORE_DEPS:
            return child
    for span in verb.children:
        # "gave three Russian diplomats 72 hours to leave": the parser hangs the infinitive on the time given as its
        # relative clause; it completes the verb ("give ... hours ... leave") (twenty-ninth round)
        if span.dep_ in ("npadvmod", "dobj") and span.lemma_.lower() in _SPAN_GIVEN and span.i > verb.i:
            for clause in span.children:
                if clause.lower_ == word and clause.dep_ in ("relcl", "acl") and clause.tag_ == "VB":
                    return clause
    slipped = _particle_read_as_quantity(verb)
    if slipped is not None and slipped.lower_ == word:
        return slipped
    return None


_QUANTITY_PARTICLES = frozenset({"over"})
"""Particles the parser may read as a quantity word of the number after them ("handed over 90 prisoners": "over 90"
read as "more than 90")."""


def _particle_read_as_quantity(verb: Token) -> Token | None:
    """The particle right after ``verb`` that the parser hung, as a quantity word, on a number inside the verb's direct
    object ("Russia handed over 90 Ukrainian prisoners": "over" a quantmod of "90"): the verb's own particle, so that
    "hand over [prisoner]" matches (twenty-second round). None otherwise."""
    if verb.i + 1 >= len(verb.doc):
        return None
    nxt = verb.doc[verb.i + 1]
    if nxt.lower_ not in _QUANTITY_PARTICLES or nxt.dep_ != "quantmod":
        return None
    return nxt if any(a.dep_ == "dobj" and a.head.i == verb.i for a in nxt.ancestors) else None


def _time_phrase(prep: Token) -> bool:
    """A preposition whose objects are all dates or times ("on Tuesday", "on 3 May"): it introduces no target, so
    "called Trump on Tuesday" is no "call on" (an appeal) and "imposed sanctions on Monday on Iran" takes the second
    "on" (fourteenth round)."""
    if prep.dep_ != "prep" or prep.lower_ not in PREPOSITIONS:
        return False  # "gave Hamas until noon": a word of the pattern itself, not a target's preposition
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objects) and all(o.ent_type_ in ("DATE", "TIME") for o in objects)


def _child_word_any(verb: Token, word: str) -> Token | None:
    """:func:`_child_word` for a pattern word that may list alternatives: "call unacceptable|illegal" is "call"
    with any one of those words attached (tenth round: judgements and denials are many adjectives to one verb)."""
    if "|" not in word:
        return _child_word(verb, word)
    for alt in word.split("|"):
        found = _child_word(verb, alt)
        if found is not None:
            return found
    return None


def _clause_mark(verb: Token, word: str) -> Token | None:
    """``word`` as the mark of a clause after ``verb``: "called for Israel to release the prisoners" is parsed
    with "for" introducing the clause "Israel to release", not as a preposition of "called"."""
    for clause in verb.children:
        if clause.dep_ in ("advcl", "ccomp") and clause.i > verb.i:
            for mark in clause.children:
                if mark.dep_ == "mark" and mark.lower_ == word:
                    return mark
    return None


_NEGATIVE_DETERMINERS = frozenset({"no", "any"})
"""Determiners a modified noun entry may name as its modifier: "see [no_sign]" is "saw no sign" (the parser makes
"no" a det, not an amod as it does "little" in "little hope") (seventeenth round); "did not see [any_sign]" the same
(eighteenth round)."""


def _prep_object_is(noun: Token, word: str, *, prep: Token | None = None) -> bool:
    """True when a preposition hung on ``noun`` (or ``prep`` itself, when given) has ``word`` (form or lemma) as its
    object: an excluded word of a noun entry or of a pattern ending in a preposition may stand after it ("the war on
    inflation", "declared war on drugs": a war on a thing, not on a side) (seventeenth round)."""
    if prep is not None:
        preps: tuple[Token, ...] = (prep,)
    else:  # on the noun, or on the light verb whose object it is ("waged war on corruption" parsed either way)
        holders = (noun, noun.head) if noun.dep_ == "dobj" else (noun,)
        preps = tuple(p for h in holders for p in h.children if p.dep_ == "prep")
    return any(o.dep_ == "pobj" and (o.lower_ == word or o.lemma_.lower() == word) for p in preps for o in p.children)


def _has_modifier(noun: Token, modifier: str) -> bool:
    deps = ("amod", "compound", "nmod", "det") if modifier in _NEGATIVE_DETERMINERS else ("amod", "compound", "nmod")
    if any(c.dep_ in deps and (c.lower_ == modifier or c.lemma_.lower() == modifier) for c in noun.children):
        return True
    return modifier in _ARMS_MODIFIERS and _arms_in_of_phrase(noun)


_ARMS_MODIFIERS = frozenset({"arms", "weapon", "weapons"})
_TRADED_NOUNS = frozenset({"sale", "shipment", "delivery", "export", "transfer", "supply"})
_ARMS_WORDS = frozenset({"weapon", "arms", "tank", "jet", "missile", "drone", "rocket", "ammunition", "munition",
                         "artillery", "shell", "howitzer", "helicopter", "warplane", "launcher", "interceptor",
                         "submarine", "warship", "frigate", "fighter", "rifle", "gun"})


def _arms_in_of_phrase(noun: Token) -> bool:
    """True when a sale, shipment, delivery, export, transfer or supply names weapons in its "of" phrase ("the sale of
    Leopard tanks", "shipments of artillery shells"): an arms sale as "arms sales" is, for a pattern whose object is
    modified by "arms" or "weapons" (round twenty-six)."""
    if noun.lemma_.lower() not in _TRADED_NOUNS:
        return False
    for of in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        for obj in (p for p in of.children if p.dep_ == "pobj"):
            head = expand_quantity(obj)
            if head.lemma_.lower() in _ARMS_WORDS or (head.pos_ in ("PROPN", "NOUN") and weapon_class(head)):
                return True
    return False


_CLAIM_TAGS = frozenset({"VBD", "VBZ"})
"""Tags of a finite verb that states a fact: "insisted that it sent", "insists that it remains"."""


_CLAIM_AUXILIARIES = frozenset({"have", "has", "had", "'ve", "'s", "'d", "did", "does", "do", "is", "are", "was",
                                "were", "am", "will", "would", "wo", "'ll", "can", "could"})
"""Auxiliaries of a tensed statement ("has never sent", "did not send", "was not involved", "will not withdraw"); the
modal of obligation ("must", "should", "shall") and the bare "be" of a subjunctive passive ("be released") are not
among them."""


def _subject_clause(verb: Token) -> bool:
    """True when ``verb`` has a "that" clause (a clausal complement after it) with a subject of its own ("told the
    council that the mission must leave"), not an object-controlled infinitive ("told the envoy to leave")."""
    return any(c.dep_ == "ccomp" and c.i > verb.i and c.pos_ in ("VERB", "AUX")
               and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children) for c in verb.children)


def _states_claim(verb: Token) -> bool:
    """True when the clause ``verb`` governs states a fact rather than asks for an act.

    "Beijing insists that it has never sent weapons to Russia" denies an act; "insisted that Ukraine withdraw" and
    "insisted that Israel must withdraw" ask for one. English marks the asking clause by a bare (subjunctive) or
    modal verb, the claim by tense, so the clause's own verb and auxiliaries tell them apart. A verb with no clause
    ("insisted on the disarmament of Hamas") states no claim.
    """
    for comp in verb.children:
        if comp.dep_ != "ccomp" or comp.pos_ not in ("VERB", "AUX"):
            continue
        auxes = [a for a in comp.children if a.dep_ in ("aux", "auxpass")]
        if any(a.lower_ in ("must", "should", "shall") for a in auxes):
            return False
        if any(a.lower_ in _CLAIM_AUXILIARIES for a in auxes):
            return True
        if not auxes and comp.tag_ in _CLAIM_TAGS:
            return True
    return False
