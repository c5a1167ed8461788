"""Acts dated by the publication date: history told in the past, or the news's own recent years.

A sentence's years mean what they mean only against the day the article came out. "Britain left the European Union
in January 2020" is background in a 2024 article, not the news of the day, as "Cyprus has been split since Turkey
invaded the north in 1974" is; a span of years that runs up to the article's own year ("between 2022 and 2024") is
not closed history but the news's recent past. The coder passes the publication date when it has one; without it
nothing here applies (docs/factuality.md, "Dated by the publication day").
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Token

from detente.coding.dates import MONTHS

__all__ = ["HISTORY_YEARS", "dated_to_past_year", "recent_year"]

HISTORY_YEARS = 2
"""How many calendar years back an act must be dated to be history: "in 2019" in a 2024 article is; "in 2023" in a
2024 article may still be last winter's news, and is left as it is."""
_YEAR = re.compile(r"^(?:19|20)[0-9]{2}$")
_MONTHS = frozenset(MONTHS) | {"spring", "summer", "autumn", "fall", "winter", "early", "late", "mid"}
"""Words a year may follow in a time phrase: the month names the date resolver reads, seasons and parts."""
FINDING_VERBS = frozenset({
    "say", "tell", "report", "find", "conclude", "establish", "determine", "confirm", "reveal", "show", "allege",
    "claim", "admit", "acknowledge", "testify", "accuse", "charge", "rule", "state", "write", "announce", "disclose",
    "learn", "discover", "document", "prove", "suggest", "add",
})
"""Verbs that make a past act they report news of the day whatever its date ("The OPCW concluded that the Syrian air
force dropped chlorine on Douma in April 2018", as the gold codes it): the finding is new, and the act with it."""


def recent_year(year: int, today: date | None) -> bool:
    """True when ``year`` is the publication year or the one before (the news's own recent past), or when the
    publication date is unknown: then no year can be told to be history, and nothing changes."""
    return today is None or year >= today.year - 1


def dated_to_past_year(verb: Token, today: date | None) -> bool:
    """True for an act in the simple past (active or passive) dated by "in 2019" or "in January 2020" to a year at
    least :data:`HISTORY_YEARS` before the publication year, in a clause no one reports as a finding: "Japan imposed
    export controls on South Korea in 2019, a dispute that took four years to settle" (published 2024) is background.
    A noun dated so by its own phrase ("the expulsion of the ambassador in 2019") is too. "Russia expelled two
    diplomats in 2023" in a 2024 article, and any act in an article of unknown date, stay events."""
    if today is None:
        return False
    if _trailing_participle(verb):
        # "Algeria cut ties with Morocco in August 2021, accusing Rabat of hostile acts": the participle shares the
        # date of the act it comes with
        return dated_to_past_year(verb.head, today)
    if verb.pos_ in ("NOUN", "PROPN") and (named := _named_year(verb)) is not None \
            and named <= today.year - HISTORY_YEARS:
        # "the 1994 genocide in Rwanda", "Russia's 2014 annexation of Crimea", "a 2011 prisoner swap": an act named by
        # its year is the one of that year, history in a later article (round thirty)
        return True
    if verb.pos_ in ("NOUN", "PROPN") and (phrase_year := _phrase_year(verb)) is not None \
            and phrase_year <= today.year - HISTORY_YEARS:
        # "the Iraqi invasion of Kuwait in 1990", "the Rwandan genocide of 1994", "the Israeli bombardment of Gaza in
        # 2014": an act noun dated by a year in its own phrase, or in that of its object, is history (round
        # thirty-one)
        return True
    if verb.pos_ in ("VERB", "AUX") and not _simple_past(verb):
        return False
    if verb.pos_ in ("VERB", "AUX") and _reported(verb):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN" and (y := _named_year(c)) is not None
           and y <= today.year - HISTORY_YEARS for c in verb.children):
        # "The 1994 genocide in Rwanda killed 800,000 people", "The 2003 invasion toppled Saddam": what an act of
        # that year did is history too (round thirty)
        return True
    when = _when_year(verb)
    if when is not None:
        # "Cyprus has been split since 1974, when Turkey invaded the north": the year the "when" clause hangs on
        # dates it (round twenty-five)
        return when <= today.year - HISTORY_YEARS
    if _when_clause(verb) and verb.head.pos_ in ("VERB", "AUX") and dated_to_past_year(verb.head, today):
        return True  # "In 2003, when American troops invaded Iraq, France led the opposition": the host's date
    # "NATO bombed Serbia and Milosevic withdrew": the parser may hang the second clause as a complement or an adverbial
    joined = verb.dep_ == "conj" or verb.dep_ in ("ccomp", "advcl") and verb.head.lemma_.lower() not in FINDING_VERBS \
        and not any(c.dep_ in ("mark", "advmod") and c.i < verb.i and c.lower_ not in ("then", "also")
                    for c in verb.children)
    if joined and verb.head.pos_ in ("VERB", "AUX") and _fronted_year(verb.head) is not None \
            and not any(c.dep_ == "prep" and c.lower_ == "in" for c in verb.children):
        # "In 1999, NATO bombed Serbia and Milosevic withdrew from Kosovo": a year put before the first clause dates
        # the clauses joined to it (round thirty-one)
        return dated_to_past_year(verb.head, today)
    dated = verb
    if verb.dep_ == "relcl" and verb.head.lower_ == "time" and verb.head.dep_ == "nsubj" \
            and verb.head.head.lemma_.lower() == "be":
        dated = verb.head.head  # "The last time Ankara expelled an ambassador was in 2017": the copula dates it
    for prep in dated.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        # the last year named decides: "in 2022 and 2023" runs up to 2023
        years = [y for o in prep.children if o.dep_ == "pobj" for t in (o, *o.conjuncts)
                 if (y := _year_of(t)) is not None]
        if years and max(years) <= today.year - HISTORY_YEARS:
            return True
    return False


def _fronted_year(verb: Token) -> int | None:
    """The year of an "in 1999" phrase put before ``verb`` ("In 1999, NATO bombed Serbia"), or None."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "in" and prep.i < verb.i:
            years = [y for o in prep.children if o.dep_ == "pobj" if (y := _year_of(o)) is not None]
            if years:
                return max(years)
    return None


def _when_clause(verb: Token) -> bool:
    """A clause opened by "when" (as its adverb or its mark)."""
    return any(c.dep_ in ("advmod", "mark") and c.lower_ == "when" and c.i < verb.i for c in verb.children)


def _when_year(verb: Token) -> int | None:
    """The year a relative "when" clause hangs on ("since 1974, when Turkey invaded", "in 2014, when Russia annexed
    Crimea", "the 1991 Gulf War, when American jets pounded Baghdad"), or None."""
    if verb.dep_ != "relcl" or not _when_clause(verb):
        return None
    head = verb.head
    year = _year_of(head)
    if year is None and head.pos_ in ("NOUN", "PROPN"):
        # "the 1991 Gulf War, when American jets pounded Baghdad": the year that names the era
        year = next((y for c in head.children if c.dep_ in ("nummod", "compound", "amod") and c.i < head.i
                     and (y := _year_of(c)) is not None), None)
    return year


def _phrase_year(noun: Token) -> int | None:
    """The year of an "in 1990" or "of 1994" phrase on an act noun, on the object of its "of" ("the invasion of
    Kuwait in 1990") or on the noun it is the "of" object of ("the ruins of the invasion of Kuwait in 1990", as the
    parser hangs it), or None; with several, the last."""
    holders = [noun] + [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                        for o in p.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN") and _year_of(o) is None]
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        holders.append(noun.head.head)  # "the ruins of the Iraqi invasion of Kuwait in 1990": the parser's attachment
    years = [y for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ in ("in", "of")
             for o in p.children if o.dep_ == "pobj" for t in (o, *o.conjuncts) if (y := _year_of(t)) is not None]
    return max(years) if years else None


def _named_year(noun: Token) -> int | None:
    """The year an act noun carries before it as its own modifier ("the 2003 invasion of Iraq", "its 2008 war with
    Russia", "the 1988 gas attack"), or None."""
    for child in noun.children:
        if child.i > noun.i or child.dep_ not in ("nummod", "compound", "amod", "npadvmod", "nmod"):
            continue
        if _YEAR.match(child.text):
            return int(child.text)
        if child.dep_ == "compound":
            # "a 2011 prisoner swap": the year hung on the noun before the head
            year = next((g for g in child.children if g.i < child.i and _YEAR.match(g.text)), None)
            if year is not None:
                return int(year.text)
    return None


def _year_of(obj: Token) -> int | None:
    """The year a time phrase's object names: "2019", "January 2020", "early 2021"; None for anything else."""
    if _YEAR.match(obj.text):
        return int(obj.text)
    if obj.lower_ in _MONTHS:
        year = next((c for c in obj.children if c.dep_ in ("nummod", "npadvmod", "appos", "compound")
                     and _YEAR.match(c.text)), None)
        return int(year.text) if year is not None else None
    return None


def _simple_past(verb: Token) -> bool:
    """ "imposed", "was expelled": a simple past, active or passive (not "has imposed", "had imposed" as the past of a
    report, or "would impose")."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not aux:
        return verb.tag_ == "VBD"
    return verb.tag_ == "VBN" and len(aux) == 1 and aux[0].dep_ == "auxpass" and aux[0].tag_ == "VBD"


def _reported(verb: Token) -> bool:
    """The act is what a verb of saying or finding reports, before or after it ("concluded that the air force dropped
    chlorine in April 2018"; "..., the OPCW said")."""
    node = verb
    for _ in range(4):
        if node.dep_ in ("ccomp", "parataxis") and node.head.lemma_.lower() in FINDING_VERBS:
            return True
        if node.dep_ not in ("conj", "ccomp", "advcl") or node.head.i == node.i:
            break
        node = node.head
    return any(c.dep_ in ("parataxis", "ccomp") and c.lemma_.lower() in FINDING_VERBS for c in verb.children)


def _trailing_participle(verb: Token) -> bool:
    """A participle clause with no subject or mark of its own after its host ("..., accusing Rabat of hostile
    acts")."""
    return (verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > verb.head.i
            and not any(c.dep_ in ("mark", "nsubj", "nsubjpass") for c in verb.children))
