"""Finding candidate actor names in a parsed Doc (stage 3): one pass of dictionary lookups.

Greedy longest match of normalised token sequences against the knowledge base's name index; spaCy's
entity labels are not trusted, the knowledge base decides (they only gate surname-only matches).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.attrs import ORTH
from spacy.tokens import Doc, Token

from detente.actors.builder import NameEntry
from detente.actors.knowledge_base import KnowledgeBase
from detente.actors.lexicon import NAME_TITLES
from detente.actors.names import normalise
from detente.actors.spelling import MIN_LETTERS, MIN_SURNAME_LETTERS, SPELLABLE_KINDS, country_slip, one_edit

# Entity labels under which a capitalised surname may stand for a person.
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", ""})


@dataclass(frozen=True, slots=True)
class Hit:
    """A run of tokens ``[start, end)`` that names something in the knowledge base."""

    start: int
    end: int
    entries: tuple[NameEntry, ...]

    @property
    def kind(self) -> str:
        """The kind of the best entry."""
        return self.entries[0].kind

    def of_kind(self, *kinds: str) -> list[NameEntry]:
        """The entries of the given kinds, best first."""
        return [e for e in self.entries if e.kind in kinds]


def norms(doc: Doc) -> list[str]:
    """The normalised text of every token (see :func:`word_forms`)."""
    return word_forms(doc)[0]


def word_forms(doc: Doc) -> tuple[list[str], list[bool]]:
    """The normalised text of every token, and whether it is a capitalised word of letters only (the first test
    of a misspelt country name, :func:`_near_country`).

    Read from the tokens' ORTH ids, without building a Token object per word (the resolver's costliest line
    before): a word's forms are worked out once per vocabulary string."""
    strings = doc.vocab.strings
    known = _FORMS
    normed: list[str] = []
    proper: list[bool] = []
    for orth in doc.to_array(ORTH).tolist():
        forms = known.get(orth)
        if forms is None:
            if len(known) >= _FORMS_MAX:
                known.clear()
            text = strings[orth]
            forms = known[orth] = (normalise(text), text.isalpha() and text[:1].isupper())
        normed.append(forms[0])
        proper.append(forms[1])
    return normed, proper


_FORMS: dict[int, tuple[str, bool]] = {}
"""``word_forms`` of a token's text by its ORTH id (ids are hashes of the text, the same in every Doc)."""
_FORMS_MAX = 200_000
"""Bound of ``_FORMS``: a long-running process reading endless new words does not grow without limit."""


def find_hits(doc: Doc, kb: KnowledgeBase, normed: list[str], proper: list[bool] | None = None) -> list[Hit]:
    """Non-overlapping knowledge-base names in ``doc``, left to right, longest first.

    ``proper``: the second list of :func:`word_forms` (worked out here when not given)."""
    if proper is None:
        proper = word_forms(doc)[1]
    hits: list[Hit] = []
    n = len(doc)
    i = 0
    while i < n:
        # most words start no listed name: then neither exact nor near-person matching can find one there
        keys = kb.names_starting(normed[i])
        hit = _match_at(doc, kb, normed, i, n, keys) if keys else None
        if keys and (hit is None or hit.end - hit.start == 1):
            hit = _near_person(doc, kb, normed, i, n, keys) or hit
        if hit is None and proper[i]:  # a slip is looked for only in a capitalised word of letters
            hit = _near_country(doc, kb, normed, i)
        if hit is None and normed[i] in COMBINING_FORMS:
            hit = _combining_form(doc, kb, normed, i)
        if hit is None:
            i += 1
        else:
            hits.append(hit)
            i = hit.end
    return hits


# Round thirty-two: the learned combining forms of states, which news writes only hyphened before a second state's
# name or demonym ("Sino-Russian exercises", "Franco-German talks", "the Indo-Pakistani border", "Anglo-Irish
# relations", "the Russo-Ukrainian war"): each is the state's demonym there, so that the pair reads as "French-German"
# does. Never alone ("General Franco", "Franco Baresi") and never before a word that names no state ("Indo-Pacific",
# "Anglo-Saxon", "Greco-Roman", "Sino-Tibetan"). Left out: "Serbo-" (the language "Serbo-Croatian"), "Hispano-" and
# "Afro-" (no one state).
COMBINING_FORMS: dict[str, str] = {
    "sino": "chinese", "franco": "french", "anglo": "british", "indo": "indian", "russo": "russian",
    "italo": "italian", "greco": "greek", "turco": "turkish", "luso": "portuguese", "irano": "iranian",
    "israelo": "israeli", "nippo": "japanese", "austro": "austrian", "germano": "german",
}
_HYPHENS = frozenset({"-", "\u2013", "\u2010", "\u2011"})
_STATE_KINDS = frozenset({"country", "demonym"})


def _combining_form(doc: Doc, kb: KnowledgeBase, normed: list[str], i: int) -> Hit | None:
    """``Sino`` in "Sino-Russian": the state of a combining form hyphened before a state's name or demonym."""
    if i + 2 >= len(doc) or doc[i + 1].text not in _HYPHENS or not doc[i].text[:1].isupper():
        return None
    if not any(e.kind in _STATE_KINDS for e in kb.entries((normed[i + 2],))):
        return None
    entries = tuple(e for e in kb.entries((COMBINING_FORMS[normed[i]],)) if e.kind in _STATE_KINDS)
    return Hit(i, i + 1, entries) if entries else None


def _match_at(doc: Doc, kb: KnowledgeBase, normed: list[str], i: int, n: int,
              keys: tuple[tuple[str, ...], ...]) -> Hit | None:
    """The longest of ``keys`` (``kb.names_starting(normed[i])``) at ``i`` with an entry that fits there."""
    for key in keys:
        size = len(key)
        # the second word is compared first: most keys of a first word differ there
        if i + size > n or (size > 1 and (normed[i + 1] != key[1] or tuple(normed[i:i + size]) != key)):
            continue
        entries = tuple(e for e in kb.entries(key) if _fits(e, doc, normed, i, i + size))
        if size == 1:
            entries = tuple(e for e in entries if e.kind != "person" or not _other_given_name(doc, kb, normed, i, e))
        else:
            entries = tuple(e for e in entries if e.kind != "person" or not _longer_other_name(doc, kb, normed, i, e))
        if entries:
            return Hit(i, i + size, entries)
    return None


def _other_given_name(doc: Doc, kb: KnowledgeBase, normed: list[str], i: int, entry: NameEntry) -> bool:
    """A one-word alias right after a given name that is not the listed person's: "Kamala Harris" is not
    Simon Harris, "Teresa Ribera" not Teodoro Ribera, "Abdolrahim Mousavi" not Mir-Hossein Mousavi.

    Only where the parser reads both words as one person's name, and only against the first words of the
    person's listed full names; a spelling of the same given name ("Sergey"/"Sergei", "Mahmud"/"Mahmoud",
    "Muhammad"/"Mohammed") or an initial ("J. Biden") still fits. An "al-"/"el-" between is looked through.
    """
    if i == 0 or normed[i - 1] in NAME_TITLES:
        return False
    before = i - 1
    if i >= 3 and normed[i - 1] == "-" and normed[i - 2] in ("al", "el"):
        before = i - 3  # "Abdel Wahid al-Nur" is no Nur of Somalia's (seventeenth actors round)
    prev, token = doc[before], doc[i]
    if not (prev.ent_type_ == "PERSON" and token.ent_type_ == "PERSON" and token.ent_iob_ == "I"
            and prev.pos_ == "PROPN" and prev.text[:1].isupper() and prev.is_alpha and not prev.is_stop):
        # "Will Trump meet Kim?": a capitalised function word that opens a question is no given name
        return False
    given = kb.given_names(entry.key)
    return bool(given) and not any(_same_given_name(normed[before], g) for g in given)


def _longer_other_name(doc: Doc, kb: KnowledgeBase, normed: list[str], i: int, entry: NameEntry) -> bool:
    """A listed person's name of two words or more that opens with one of the person's given names, after a
    given name that is none of the person's, in one name the parser reads: "Abdelrahman Mohamed Youssef" is
    not Boko Haram's Mohammed Yusuf. A title or honorific before the name is no given name ("Ayatollah Ali
    Khamenei", "Crown Prince Mohammed bin Salman"), and a listed person's own first given name fits ("Recep
    Tayyip Erdogan" with "Tayyip Erdogan" listed)."""
    if i == 0 or normed[i - 1] in NAME_TITLES:
        return False
    given = kb.given_names(entry.key)
    if not given or not any(_same_given_name(normed[i], g) for g in given):
        return False  # a name that opens with no given name ("bin Salman") is left to the other rules
    prev, token = doc[i - 1], doc[i]
    # the small model often leaves a rarer first given name out of the PERSON entity ("Abdelrahman"), so the
    # word before need only be a capitalised proper noun that no entity of another kind claims
    if not (prev.ent_type_ in ("PERSON", "") and token.ent_type_ == "PERSON" and prev.pos_ == "PROPN"
            and prev.text[:1].isupper() and prev.is_alpha and not prev.is_stop):
        return False
    return not any(_same_given_name(normed[i - 1], g) for g in given)


def _same_given_name(a: str, b: str) -> bool:
    """Two spellings of one given name, loosely: same first letter, and the same second letter unless both
    are vowels (transliterations differ most in vowels); a one-letter word is an initial."""
    if not a or not b or a[0] != b[0]:
        return False
    if len(a) == 1 or len(b) == 1:
        return True
    return a[1] == b[1] or (a[1] in "aeiouy" and b[1] in "aeiouy")


def _near_person(doc: Doc, kb: KnowledgeBase, normed: list[str], i: int, n: int,
                 keys: tuple[tuple[str, ...], ...]) -> Hit | None:
    """A listed person's full name with a slip in its last word ("Laurent Gbago" -> Laurent Gbagbo):
    the first words match exactly, the last is one edit away and long enough, one person fits (``keys``: as
    for :func:`_match_at`)."""
    for key in keys:
        size = len(key)
        end = i + size
        if not 2 <= size <= 4 or end > n or tuple(normed[i:end - 1]) != key[:-1]:
            continue
        last, word = doc[end - 1], normed[end - 1]
        if (len(word) < MIN_SURNAME_LETTERS or len(key[-1]) < MIN_SURNAME_LETTERS or not last.is_alpha
                or not _capitalised(last) or not one_edit(word, key[-1]) or _name_continues(doc, end)):
            continue
        entries = tuple(e for e in kb.entries(key) if e.kind == "person" and not e.weak)
        if entries and len({e.key for e in entries}) == 1:
            return Hit(i, end, entries)
    return None


def _near_country(doc: Doc, kb: KnowledgeBase, normed: list[str], i: int) -> Hit | None:
    """A one-word country name or demonym with a slip ("Ethopia", "Isreali"), written as a proper noun
    or adjective that is not part of a person's name (see :mod:`detente.actors.spelling`)."""
    word = normed[i]
    if len(word) < MIN_LETTERS:  # the cheapest test first: runs on nearly every word
        return None
    token = doc[i]
    if (not token.is_alpha or not _capitalised(token) or token.ent_type_ == "PERSON"
            or token.pos_ not in ("PROPN", "ADJ") or _hyphenated(doc, i, i + 1)):
        return None
    if i > 0 and (doc[i - 1].lower_ in NAME_TITLES or _name_continues(doc, i - 1)) or _name_continues(doc, i + 1):
        return None
    found: dict[str, list[NameEntry]] = {}
    for key in kb.near_names(word):
        if not country_slip(word, key[0]):
            continue
        for entry in kb.entries(key):
            if entry.kind in SPELLABLE_KINDS and _fits(entry, doc, normed, i, i + 1):
                found.setdefault(entry.key, []).append(entry)
    if len(found) != 1:
        return None
    return Hit(i, i + 1, tuple(next(iter(found.values()))))


def _fits(entry: NameEntry, doc: Doc, normed: list[str], start: int, end: int) -> bool:
    first = doc[start]
    if entry.kind == "agent" and normed[start:end] == ["official"] and first.pos_ == "ADJ" and end < len(doc) \
            and doc[end].pos_ in ("NOUN", "PROPN"):
        return False  # "Iran's official IRNA news agency", "the official death toll": an adjective (round 28)
    if entry.needs_the and (start == 0 or normed[start - 1] != "the"):
        return False
    # "President obama": worked out only where asked (most names are capitalised, or not persons)
    lower_person: bool | None = None
    if entry.case == "cap" and not _capitalised(first):
        lower_person = not _capitalised(doc[end - 1]) and _lower_case_person(entry, doc, start, end)
        if not lower_person:
            return False
    if entry.case == "upper":
        letters = [c for t in doc[start:end] for c in t.text if c.isalpha()]
        if not letters or not all(c.isupper() for c in letters):
            return False
    if entry.kind == "person" and _hyphenated(doc, start, end):
        return False
    if (entry.kind in ("country", "capital") or entry.kind in ("group", "igo", "metonym") and end - start == 1) \
            and _first_name_of_person(doc, start, end) and not _outlet_edition(entry, doc, end):
        return False  # "Jordan Peterson"; a one-word party or agency name too ("Morena Baccarin")
    if entry.kind == "person" and start > 0 and normed[start - 1] == "the" and doc[end - 1].dep_ != "compound":
        # "the" names no person ("The Hague" is no William Hague), unless the name modifies a noun:
        # "the Obama administration", "the Putin regime".
        return False
    if entry.kind == "person" and not entry.weak and _inside_longer_name(doc, end):
        # "Lee Jae-yong" is not Lee Hsien Loong, listed as "Lee" (sixteenth actors round); "Abdul Hamid Dbeibah"
        # is not Bangladesh's Abdul Hamid (seventeenth)
        return False
    if entry.weak and not all(_proper(t) for t in doc[start:end] if t.text[:1].isupper()):
        return False
    if entry.weak or entry.partial:
        if lower_person is None:
            lower_person = not _capitalised(doc[end - 1]) and _lower_case_person(entry, doc, start, end)
        return ((_capitalised(doc[end - 1]) or lower_person) and not _name_continues(doc, start - 1)
                and not _name_continues(doc, end))
    return True


def _lower_case_person(entry: NameEntry, doc: Doc, start: int, end: int) -> bool:
    """A person's listed name written in lower case ("President obama", "vladimir putin").

    Only where the parser reads every word as a proper noun or a person's name, and only for a full
    name of two words or more or a name right after a title ("President obama"), so that words such
    as "may", "rice" or "bush" in ordinary use never count.
    """
    if entry.kind != "person" or entry.weak:
        return False
    if not all(t.pos_ == "PROPN" or t.ent_type_ == "PERSON" for t in doc[start:end]):
        return False
    return end - start >= 2 or (start > 0 and doc[start - 1].lower_ in NAME_TITLES)


def _first_name_of_person(doc: Doc, start: int, end: int) -> bool:
    """A country or capital name that begins a person's name the parser found ("Jordan Peterson", "Chad
    Smith", "Paris Hilton"): the name starts a PERSON entity that goes on past it with a capitalised word."""
    first = doc[start]
    return (first.ent_type_ == "PERSON" and first.ent_iob_ == "B" and end < len(doc)
            and doc[end].ent_iob_ == "I" and doc[end].ent_type_ == "PERSON" and doc[end].text[:1].isupper())


def _outlet_edition(entry: NameEntry, doc: Doc, end: int) -> bool:
    """A news outlet's one-word name with a capitalised word after it inside one entity: an edition of the outlet
    for a country or a language ("Sputnik Azerbaijan", "RT France", "BBC Persian"; round twenty-eight), no
    person's first name."""
    return entry.kind == "metonym" and entry.code.endswith("MED") and end < len(doc) \
        and doc[end].text[:1].isupper() and doc[end].ent_iob_ == "I"


def _inside_longer_name(doc: Doc, end: int) -> bool:
    """A person's listed name that the parser's PERSON entity goes on past with a capitalised proper noun: the
    words are part of another person's longer name, unknown to the knowledge base ("Lee Jae-yong", the Samsung
    chairman, is no "Lee" of Singapore; "Abdul Hamid Dbeibah" no Abdul Hamid of Bangladesh). A longer listed
    name is a longer match and never gets here."""
    if end >= len(doc) or doc[end - 1].ent_type_ != "PERSON":
        return False
    nxt = doc[end]
    return nxt.ent_type_ == "PERSON" and nxt.ent_iob_ == "I" and nxt.pos_ == "PROPN" and nxt.text[:1].isupper()


def _name_continues(doc: Doc, i: int) -> bool:
    """A capitalised proper noun at ``i``: the surname is part of a longer name ("Ahmed Ben Bella").

    A title or rank is not part of the name ("President Mugabe", "Prime Minister Netanyahu").
    """
    if i < 0 or i >= len(doc):
        return False
    token = doc[i]
    if token.lower_ in NAME_TITLES:
        return False
    if not token.text[:1].isupper():
        return False
    if token.pos_ != "PROPN":
        # a capitalised word the parser tags otherwise inside one PERSON entity with the next word is a name word
        # too: "My" of "Truong My Lan", "Van" of "Nguyen Van Thanh" (round twenty-eight)
        return (not token.is_sent_start and token.ent_type_ == "PERSON" and i + 1 < len(doc)
                and doc[i + 1].ent_iob_ == "I" and doc[i + 1].ent_type_ == "PERSON")
    if token.is_sent_start:  # capitalised by position; a first name only inside one PERSON ("Kamala Harris")
        return token.ent_type_ == "PERSON" and i + 1 < len(doc) and doc[i + 1].ent_iob_ == "I"
    return True


def _hyphenated(doc: Doc, start: int, end: int) -> bool:
    """The name is glued by a hyphen to a capitalised word ("Zia" in "Zia-Ul-Haq"), or ends a name joined by
    the Persian and Urdu "-e-", "-i-", "-ul-" ("Islami" in "Jamaat-e-Islami" is no Albanian minister Islami;
    seventeenth actors round). Not "al-" ("al-Assad" is Assad)."""
    after = end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].text[:1].isupper()
    before = start >= 2 and doc[start - 1].text == "-" and doc[start - 2].text[:1].isupper()
    joined = (start >= 4 and doc[start - 1].text == "-" and doc[start - 2].lower_ in _NAME_JOINERS
              and doc[start - 3].text == "-" and doc[start - 4].text[:1].isupper())
    return after or before or joined


# The joining words of Persian and Urdu names of groups ("Jamaat-e-Islami", "Hizb-ut-Tahrir", "Tehreek-i-Insaf").
_NAME_JOINERS = frozenset({"e", "i", "ul", "ut", "ud", "ur", "un"})


def _capitalised(token: Token) -> bool:
    text = token.text.lstrip("'\"")
    return text[:1].isupper() or text[:1].isdigit()


def _proper(token: Token) -> bool:
    return token.ent_type_ == "PERSON" or (token.pos_ == "PROPN" and token.ent_type_ in _NAME_LABELS)
