"""Clauses that describe a standing state, a practice, a capability or a document's terms: no event.

Opinion columns, explainers and background paragraphs are full of sentences built with event verbs that report
no event: "Russia has supplied India with weapons for more than half a century", "Israeli jets frequently strike
targets in Syria", "Hungary buys most of its gas from Russia", "Vienna hosts the IAEA", "The peace plan calls for
Israel to withdraw", "Sending troops to Ukraine is a red line for Moscow". The coder drops an asserted candidate
when :func:`habitual` says its clause is one of these (docs/factuality.md, "States, practices and terms").

Every test looks for a cue in the clause itself (an adverb of frequency, a span of decades, an era, a share of a
whole, a document as subject, a subjectless gerund): a plain report in the same words ("Russian warships visited
Tartus on Monday", "Hungary bought a shipment of gas from Russia") has none, so it stays an event. A present tense
alone is no cue, because headlines report events in it ("Iran fires missiles at Israel").
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Token

from detente.coding.factuality_anchors import formerly, sports_side
from detente.coding.factuality_dated import dated_to_past_year, recent_year
from detente.coding.factuality_figures import figure_reached
from detente.coding.factuality_practices import (
    characterising_present,
    characterising_relative,
    degree_clause,
    fronted_rate,
    now_after_once,
    pattern_after_colon,
)
from detente.coding.factuality_titles import (
    enduring_subject,
    explainer_topic,
    late_subject,
    quoted_title,
    recurring,
    regime_lived_under,
    span_of_acts,
    standing_backing,
)
from detente.coding.factuality_works import work_topic

__all__ = ["clause_tokens", "habitual", "name_word", "present_simple"]

HABITUAL_ADVERBS = frozenset({"traditionally", "historically", "customarily"})
"""Adverbs of a standing practice in any tense ("Turkey has traditionally backed Azerbaijan")."""
FREQUENCY_ADVERBS = frozenset({
    "routinely", "regularly", "frequently", "often", "usually", "generally", "typically", "normally", "seldom",
    "rarely", "always", "sometimes", "occasionally", "habitually", "periodically", "invariably", "commonly",
})
"""Adverbs of frequency: with a present simple ("Israeli jets frequently strike targets in Syria") they describe
a practice. In a past tense they may sum up reported acts ("soldiers routinely beat detainees"), which stay events."""
RATE_ADVERBS = frozenset({"daily", "nightly", "weekly", "monthly", "annually", "yearly", "constantly",
                          "continually", "perennially"})
"""Adverbs of a rate ("almost daily", "weekly"): with a present simple a practice ("Chinese warplanes now fly near Taiwan
almost daily"); in a simple past ("hit Kharkiv nightly last week") or a perfect ("Russian glide bombs have pounded
Kharkiv almost daily since the spring", as the gold codes it) they sum up acts reported (round twenty-five)."""
FINDING_VERBS = frozenset({"say", "tell", "report", "find", "allege", "charge", "accuse", "document", "show",
                           "reveal", "claim", "testify"})
SPAN_UNITS = frozenset({"decade", "century", "generation"})
"""Units of a span long enough to make any act over it a standing practice ("for two decades", "over the past
decade", "for more than half a century")."""
PLURAL_SPAN_UNITS = frozenset({"year"})
"""Units that make a standing practice in the plural ("for years", "in recent years"; not "this year"), with a
number only from ten on ("over the past twenty years"): "sold arms to India for two years" reports a period."""
_NUMBER_WORDS = {"ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
                 "fifty": 50, "sixty": 60, "seventy": 70, "dozens": 24, "dozen": 12, "hundred": 100}
SPAN_PREPS = frozenset({"for", "over", "in", "during", "throughout", "across"})
ERA_NOUNS = frozenset({"independence", "era", "times", "rule", "period", "days"})
ERA_MODIFIERS = frozenset({"cold", "world", "soviet", "colonial", "communist", "imperial", "ottoman", "apartheid"})
"""Eras whose mention after "since", "during" or "in" places an act in history, not in the news: "the Cold War",
"the Second World War", "the Soviet era", "colonial rule", "since independence"."""
PART_WORDS = frozenset({"much", "most", "part", "all", "rest", "end", "start", "beginning", "height", "bulk",
                        "half", "early", "late", "middle", "quarter", "third"})
"""Words through whose "of" an era is named: "for much of the Cold War", "since the end of the Second World War"."""
_DECADE = re.compile(r"^(?:1[0-9]|20)?[0-9]0s$|^'[0-9]0s$")
_YEAR = re.compile(r"^(?:1[5-9]|20)[0-9]{2}$")
OCCASION_NOUNS = frozenset({
    "war", "crisis", "conflict", "summit", "election", "round", "session", "vote", "time", "case", "occasion",
    "meeting", "dispute", "flare-up", "escalation",
})
"""Occasions counted by "every" or "each" ("in every war in Gaza", "at every summit"): a practice in any tense."""
TIME_UNITS = frozenset({"day", "night", "week", "month", "year", "morning", "evening", "summer", "winter",
                        "spring", "autumn", "fall", "weekend", "season", "quarter"})
SHARE_WORDS = frozenset({
    "most", "much", "all", "half", "third", "quarter", "fifth", "tenth", "share", "bulk", "majority",
    "proportion", "percent", "%", "fraction", "two-thirds", "three-quarters", "cent",
})
"""Heads of an object that is a share of a whole ("buys most of its gas", "supplies about a third of Europe's
gas"): with a present simple, a trade pattern, not a delivery."""
PRESENCE_VERBS = frozenset({"host", "house", "shelter"})
PRESENCE_NOUNS = frozenset({
    "base", "headquarters", "seat", "office", "embassy", "consulate", "garrison", "facility", "fleet",
    "secretariat", "agency", "institution", "court", "organisation", "organization", "airfield", "installation",
    "station", "branch", "bureau", "leadership",
})
"""What a place is home to ("Djibouti hosts military bases of ...", "Qatar hosts Hamas's political office"), not
a visit or a meeting it receives. People are not here: hosting refugees is coded as receiving them (075), as the
gold sets do ("Lebanon hosts a million Syrian refugees")."""
DOCUMENT_NOUNS = frozenset({
    "plan", "proposal", "draft", "resolution", "roadmap", "road", "formula", "deal", "agreement", "accord",
    "treaty", "pact", "law", "act", "bill", "constitution", "charter", "article", "clause", "rule", "framework",
    "initiative", "memorandum", "text", "provision", "protocol", "convention", "blueprint", "statute", "term",
    "ceasefire", "truce", "armistice", "settlement", "declaration", "communique", "communiqué", "document",
    "legislation", "amendment", "doctrine", "strategy", "policy", "guideline", "regulation", "mandate",
    "programme", "program", "scheme", "arrangement", "manifesto", "platform", "agenda", "pledge",
    "decree", "directive", "ordinance", "bylaw", "code",
    # proposals on the table (round twenty-five): "The compromise on the table has Serbia recognising Kosovo's passports"
    "compromise", "offer", "bargain", "package",
})
"""Documents whose present-tense verbs state terms, not acts ("The peace plan calls for Israel to withdraw",
"The accord obliges Russia to pull its troops out", "Article 5 commits NATO members to defend any ally")."""
REGIME_NOUNS = frozenset({"sanction", "sanctions", "embargo", "ban", "restriction", "tariff", "measure", "rule"})
REGIME_HEADS = frozenset({"regime", "system", "framework"})
"""Heads that, after a measure noun, name the measures in force: "the sanctions regime", "the tariff system"."""
"""Measures in force whose present-tense verbs, with "the / these / its", state their terms ("The sanctions bar
Russian banks from the SWIFT system", "The ban prevents Chinese firms from buying chips"); a headline without the
article ("EU sanctions hit Russian banks") reports them."""
TERM_PREPS = frozenset({"under"})
GENERIC_OF_HEADS = frozenset({
    "strategy", "policy", "plan", "idea", "cost", "price", "prospect", "notion", "goal", "aim", "logic", "wisdom",
    "merit", "practice", "tactic", "approach", "question", "issue", "debate", "danger", "risk", "benefit",
    "point", "option", "case", "argument", "business", "habit", "tradition", "history", "record", "task",
    "challenge", "difficulty", "purpose", "possibility", "temptation", "way", "means", "method", "art",
})
"""Nouns whose "of"-gerund names a kind of act ("the strategy of sanctioning Russia has failed")."""
_CLAUSE_EDGES = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "parataxis", "csubj", "pcomp",
                           "appos"})
"""Edges into another clause: a cue there belongs to that clause, not to the one tested."""
_MAX_STEPS = 16


def habitual(verb: Token, today: date | None = None) -> bool:
    """True for a clause that states a standing practice, a state, a capability or a document's terms, not an
    event: "France and Germany have long cooperated on defence", "for decades, Russia has sold arms to India",
    "Israeli jets frequently strike targets in Syria", "Hungary buys most of its gas from Russia", "The peace plan
    calls for Israel to withdraw", "Sending troops to Ukraine is a red line".

    ``verb`` is the event's scope token; a bare coordinated verb shares its head's cues. For a nominal event the
    verb whose object it is decides ("Egypt had long relied on American military aid"). ``today`` is the
    publication date, when known: an act dated to a year well before it is history ("in 2019" in a 2024 article),
    and a span of years up to it is recent news (factuality_dated.py)."""
    if sports_side(verb):
        return True  # "Spain's footballers laid siege to the English goal": play (round twenty-five)
    if work_topic(verb):
        return True  # "The documentary depicts Russia's siege of Mariupol": a work's subject (round twenty-nine)
    if figure_reached(verb):
        return True  # "Turkey's inflation rate hit 85 per cent": a figure reached a level (round twenty-nine)
    if verb.pos_ in ("NOUN", "PROPN") and (_era(verb) or _in_its_nth(verb)):
        return True  # "helped end the Cold War"; "Russia's war against Ukraine is now in its third year"
    if verb.pos_ in ("NOUN", "PROPN") and (_lasting_subject(verb) or dated_to_history(verb, today)
                                           or dated_to_past_year(verb, today)):
        # "Sri Lanka's civil war has dragged on for more than a quarter of a century", "Bosnia's war in the 1990s"
        return True
    if verb.pos_ in ("NOUN", "PROPN") and degree_clause(verb):
        return True  # "stressed how much prisoner exchanges between Russia and Ukraine mattered" (round twenty-six)
    if verb.pos_ == "NOUN" and _every_act(verb):
        return True  # "every American arms sale to Taiwan is a provocation" (round twenty-five)
    if verb.pos_ in ("NOUN", "PROPN") and _repeated_subject(verb):
        return True  # "Talks between the generals always collapse for the same reason"
    if verb.pos_ in ("NOUN", "PROPN") and (explainer_topic(verb) or enduring_subject(verb)
                                           or regime_lived_under(verb) or span_of_acts(verb)):
        # "Timeline: Russia's invasion of Ukraine", "The blockade of Gaza has lasted for seventeen years", "Venezuela
        # is still subject to an American oil embargo" (round twenty-two)
        return True
    node = _governing_verb(verb) if verb.pos_ in ("NOUN", "PROPN") else verb
    if node is None:
        return False
    own = verb.pos_ not in ("NOUN", "PROPN")
    for _ in range(_MAX_STEPS):
        if _practice(node, today) or dated_to_past_year(node, today):
            return True
        if own and pattern_after_colon(node):
            return True  # "The pattern is familiar: Iran seizes a tanker, Washington protests, ..." (round thirty-two)
        if own and characterising_present(node):
            # "Iran arms the Houthis, funds Hezbollah and trains Shia militias in Iraq, giving Tehran reach ...": a long
            # sentence in the present describes (round twenty-six); a named act it governs keeps its own reading
            return True
        if node.dep_ in ("ccomp", "xcomp") and node.i > node.head.i and node.head.pos_ in ("VERB", "AUX") \
                and present_simple(node.head) and _document_terms(node.head):
            # "The compromise on the table has Serbia recognising Kosovo's passports": what a document's terms have
            # someone do (round twenty-five); not a clause before it ("... before any truce, terms Kyiv calls a
            # demand for capitulation")
            return True
        host = _host_of_adjunct(node)
        if host is not None and _practice(host, today):
            # "Iran tends to retaliate when Israel kills its commanders", "Russia typically responds to sanctions by
            # expelling diplomats": a time clause or a means of a practice is part of the practice
            return True
        if node.dep_ != "conj" or node.head.i == node.i:
            return False
        node = node.head
    return False


_PRACTICE_TIME_MARKS = frozenset({"when", "as", "if"})


def _host_of_adjunct(node: Token) -> Token | None:
    """The verb a "when" clause or a "by"-gerund of means is hung on ("... when Israel kills its commanders", "...
    by expelling diplomats"), or None."""
    if node.dep_ == "advcl" and any(c.lower_ in _PRACTICE_TIME_MARKS and c.dep_ in ("mark", "advmod")
                                    for c in node.children):
        return node.head
    if node.dep_ == "pcomp" and node.tag_ == "VBG" and node.head.lower_ == "by" and node.head.head.pos_ in (
            "VERB", "AUX"):
        return node.head.head
    return None


def _practice(verb: Token, today: date | None = None) -> bool:
    if _generic_gerund(verb):
        return True
    present = present_simple(verb)
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)
    # a simple past, active or passive ("the Khmer Rouge killed", "were killed by the Khmer Rouge")
    simple_past = not any(c.dep_ == "aux" for c in verb.children) and (verb.tag_ == "VBD" or verb.tag_ == "VBN" and any(
        c.dep_ == "auxpass" and c.tag_ == "VBD" for c in verb.children))
    if _used_to(verb) or _tends_to(verb):
        return True
    if _obituary_clause(verb) or _generic_relative(verb) or _standing_commitment(verb):
        return True
    if recurring(verb) or standing_backing(verb) or late_subject(verb):
        # "Whenever Israel strikes Syria, Russia condemns the attack"; "Hezbollah is backed by Iran"; "Karimov, who
        # ruled Uzbekistan until his death, crushed all dissent"
        return True
    if _dated_origin(verb):
        return True
    if formerly(verb):
        return True  # "Turkey once backed the rebels", "whose fighters once marched on Moscow" (round twenty-five)
    if characterising_relative(verb) or now_after_once(verb):
        # "the Baloch insurgents who attack them", "Ethiopia, which once sent troops to Somalia, now threatens its
        # government": what an actor does as a rule, or now as against once (round twenty-six)
        return True
    if fronted_rate(verb.sent) and verb.tag_ != "VBD" and not any(
            c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "MD") for c in verb.children):
        return True  # "Each year, the General Assembly votes to condemn the embargo": a yearly practice (round 26)
    if _long_ago(verb):
        return True  # "ended in a stalemate a generation ago", "decades ago" (not "two years ago": news)
    if _historic_subject(verb, today):
        return True  # "Nepal's Maoist insurgency lasted a decade and killed 17,000 people": a toll summed up
    if (present or perfect) and _ranking(verb):
        return True  # "Colombia hosts more Venezuelan migrants than any other country": a ranking, not an act
    if present and (_share_subject(verb) or _few_subject(verb)):
        return True  # "Much of Laos's hydropower goes to Thailand", "Few governments openly criticise Kagame"
    for tok in clause_tokens(verb):
        low = tok.lower_
        dep = tok.dep_
        if dep == "advmod":
            if low in HABITUAL_ADVERBS:
                return True
            if low in ("long", "always") and perfect:
                return True  # "have long cooperated", "Turkey had always backed Azerbaijan"
            if low in FREQUENCY_ADVERBS | RATE_ADVERBS and present and not _reported_finding(verb):
                return True
        if dep in ("npadvmod", "tmod", "advmod", "pobj") and _every(tok, present):
            return True
        if dep == "prep" and _span_or_era(tok, perfect) and not imposed_term(tok):
            return True
        if dep == "advcl" and tok.head.i == verb.i and _ever_since(tok):
            return True
        if dep == "prep" and simple_past and (tok.head.i == verb.i or tok.head.dep_ in ("dobj", "obj")
                                              and tok.head.head.i == verb.i) and year_span(tok, today):
            # "Between 1975 and 1979, the Khmer Rouge killed about 1.7 million Cambodians" (the parser may hang the
            # span on the object); a span on another noun dates that noun only ("convicted two leaders of the
            # killings between 1975 and 1979" is this week's conviction)
            return True
    if any(prep.dep_ == "prep" and prep.lower_ == "in" and _earlier_term(prep) for x in verb.children
           if x.dep_ == "xcomp" for prep in x.children):
        return True  # "Trump threatened to pull troops out of South Korea in his first term": the parser dates the
        # complement, and the frame with it (round twenty-five)
    if present and any(c.dep_ == "advmod" and c.lower_ in ("how", "why") and c.i == c.sent.start
                       for c in verb.children):
        return True  # "How Iran arms the Houthis: a visual guide": an explainer's title, not a report
    if present and _share_object(verb):
        return True
    if _explained_state(verb):
        return True  # "The paradox of Turkey's policy is that it sells drones to Ukraine": how things stand
    if present and _stance(verb) and _public_share(verb):
        return True  # "Most Lebanese reject a war with Israel, poll shows": an opinion held, not an act
    if present and verb.lemma_.lower() in PRESENCE_VERBS and _presence_object(verb):
        return True
    if present and _document_terms(verb):
        return True
    if _standing_status(verb):
        return True
    return False


STATUS_PASSIVES = frozenset({"recognise", "recognize"})
"""Verbs whose present passive states a standing status: "Kosovo is recognised by more than 100 states"."""
_CHANGE_ADVERBS = frozenset({"now", "newly", "finally", "formally", "officially", "today", "just"})


def _standing_status(verb: Token) -> bool:
    """ "Nagorno-Karabakh is recognised internationally as part of Azerbaijan", "Taiwan is recognised by 12
    countries", "Northern Cyprus is recognised only by Turkey": a present passive of recognition describes where a
    territory stands, not an act of recognising. A word of change ("is now recognised", "is formally recognised
    today") or a date makes it news again; "was recognised" and "has been recognised" are left as they are."""
    if verb.lemma_.lower() not in STATUS_PASSIVES or verb.tag_ != "VBN":
        return False
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if [a.lower_ for a in aux] not in (["is"], ["are"]):
        return False
    tokens = clause_tokens(verb)
    return not any(t.lower_ in _CHANGE_ADVERBS or t.ent_type_ in ("DATE", "TIME") for t in tokens)


def clause_tokens(verb: Token) -> list[Token]:
    """The tokens of the verb's own clause (its auxiliaries, objects and their modifiers), not of clauses below."""
    out: list[Token] = []
    stack = list(verb.children)
    while stack:
        tok = stack.pop()
        if tok.dep_ in _CLAUSE_EDGES and not (tok.dep_ in ("pcomp", "conj") and tok.pos_ not in ("VERB", "AUX")):
            if tok.dep_ == "advcl":
                out.append(tok)  # for "ever since the group was founded"; its own tokens are not ours
            continue
        out.append(tok)
        stack.extend(tok.children)
    return out


def present_simple(verb: Token) -> bool:
    """A present simple, not a progressive or a modal: "strikes", "visit" (VBZ/VBP, no auxiliary)."""
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    # the parser may tag a finite present after a plural subject as a base form ("Sanctions under the Magnitsky Act
    # freeze the assets ..."): a root with its subject before it and no auxiliary is finite (round twenty-five)
    return verb.tag_ in ("VBZ", "VBP") or verb.tag_ == "VB" and verb.dep_ == "ROOT" and any(
        c.dep_ == "nsubj" and c.i < verb.i and c.tag_ == "NNS" for c in verb.children)


def _used_to(verb: Token) -> bool:
    """ "Egypt used to mediate between Israel and Hamas": a past practice."""
    head = verb.head
    return (verb.dep_ == "xcomp" and head.lemma_.lower() == "use" and head.tag_ == "VBD"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children))


def _tends_to(verb: Token) -> bool:
    """ "Turkey tends to side with Azerbaijan", "Moscow tended to ignore such protests": a disposition."""
    head = verb.head
    return (verb.dep_ == "xcomp" and head.lemma_.lower() == "tend"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children))


CAREER_NOUNS = frozenset({"presidency", "premiership", "chancellorship", "tenure", "reign", "career", "term",
                          "administration", "rule", "leadership", "lifetime", "life"})
"""A person's years in office or life, named with its owner ("during his presidency", "throughout her career"):
acts placed in them are a career summed up, not news."""
EARLIER_WORDS = frozenset({"first", "previous", "earlier", "former", "last", "past", "prior"})
"""Modifiers of a term in office that place it before the present one ("in his first term", "in her previous
premiership"): what was done in it is a career summed up."""
DEATH_VERBS = frozenset({"die", "pass", "bury", "mourn", "remember", "succumb"})
"""Verbs of an obituary's main clause: what a relative clause on their subject says the dead did is a life
summed up ("Carter, who brokered peace between Egypt and Israel, died at 100")."""


def _earlier_term(prep: Token) -> bool:
    """ "in his first term", "in her previous premiership": a term in office before the present one."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return obj is not None and _career(obj) and any(c.dep_ == "amod" and c.lower_ in EARLIER_WORDS
                                                    for c in obj.children)


def _career(obj: Token) -> bool:
    """ "during his presidency", "throughout her career" (with an owner; not "during the visit")."""
    return obj.lemma_.lower() in CAREER_NOUNS and any(c.dep_ == "poss" for c in obj.children)


def _obituary_clause(verb: Token) -> bool:
    """A past act in a "who" clause on the subject of a death ("Gorbachev, who withdrew Soviet troops from
    Afghanistan, died in Moscow"): the obituary's summary of a life. An act dated to a year stays an event."""
    if verb.dep_ != "relcl" or verb.tag_ not in ("VBD", "VBN"):
        return False
    person = verb.head
    main = person.head
    if person.dep_ not in ("nsubj", "nsubjpass") or main.lemma_.lower() not in DEATH_VERBS:
        return False
    if main.lemma_.lower() == "pass" and not any(c.lower_ in ("away", "on") for c in main.children):
        return False
    return not any(t.dep_ == "pobj" and _YEAR.match(t.text) for t in clause_tokens(verb))


STANCE_PARTICIPLES = frozenset({"commit", "dedicate", "devote"})
"""Participles of a standing stance in a present passive ("Japan is committed to supporting Ukraine's
reconstruction"); "Japan committed 5 billion dollars to Ukraine on Monday" is an act and is active."""


def _standing_commitment(verb: Token) -> bool:
    """ "The ministry is committed to supporting ...", "Britain remains committed to ...": a stance held."""
    if verb.lemma_.lower() not in STANCE_PARTICIPLES or verb.tag_ != "VBN":
        return False
    return any(c.dep_ in ("auxpass", "aux") and c.lemma_.lower() == "be" and c.tag_ in ("VBZ", "VBP")
               for c in verb.children) or (verb.dep_ == "acomp" and verb.head.tag_ in ("VBZ", "VBP"))


GENERIC_PRONOUNS = frozenset({"anyone", "anybody", "whoever", "those", "everyone", "everybody"})
"""Heads of a relative clause about whoever does something ("Anyone who attacks Iran will regret it")."""


def _generic_relative(verb: Token) -> bool:
    """A present-simple relative clause on a bare plural ("relies on proxies that attack Israel and American
    forces", "groups that smuggle weapons into Gaza"): what such actors do, not an act reported."""
    if verb.dep_ != "relcl" or not present_simple(verb):
        return False
    noun = verb.head
    if noun.lower_ in GENERIC_PRONOUNS or any(c.dep_ == "det" and c.lower_ in ("any", "every") for c in noun.children):
        return True  # "Anyone who attacks Iran will regret it", "Those who help Russia evade sanctions ..."
    if noun.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children) \
            and _restrictive(verb) and _generic_host(noun):
        # "A country that recognises Taiwan cannot have diplomatic ties with Beijing": any member of a class, in a
        # general statement (round twenty-five); "A group that monitors the war said ..." reports and stays
        return True
    if noun.tag_ == "NNS" and _class_members(noun):
        return True  # "Guatemala is one of the few countries that recognise Taiwan": membership of a class
    if noun.tag_ == "NNS" and any(c.dep_ == "amod" and c.ent_type_ == "NORP" for c in noun.children) and not any(
            c.dep_ in ("det", "poss", "nummod") or c.dep_ == "compound" and c.ent_type_ in ("GPE", "ORG")
            for c in noun.children) and _restrictive(verb):
        return True  # "sanctions on Turkish banks that finance trade with Russia": a class named by what its members do
    return noun.tag_ == "NNS" and not any(
        c.dep_ in ("det", "poss", "nummod") or c.ent_type_ in ("NORP", "GPE", "ORG") for c in noun.children)


GENERIC_MODALS = frozenset({"can", "ca", "cannot", "must", "may", "should", "will", "wo"})


def _generic_host(noun: Token) -> bool:
    """The clause a noun is the subject of states a rule, not a report: a present simple or a modal of rule ("A country
    that recognises Taiwan cannot have ties with Beijing", "a state that hosts the court must arrest ...")."""
    host = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass") or host.pos_ not in ("VERB", "AUX"):
        return False
    return present_simple(host) or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "MD" and c.lower_ in GENERIC_MODALS
                                       for c in host.children)


def _restrictive(clause: Token) -> bool:
    """A relative clause with no comma before it: it picks out the noun's members, it does not add a fact."""
    first = clause.doc[clause.left_edge.i - 1] if clause.left_edge.i > 0 else None
    return first is not None and first.text != ","


CLASS_QUANTITIES = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "some",
                              "several", "many", "few", "most", "none", "handful", "number", "all", "each", "any"})
"""Words whose "of" phrase picks members out of a class ("one of the few countries that ...", "a handful of states
that ...")."""
CLASS_MODIFIERS = frozenset({"few", "only", "many", "handful"})


def _class_members(noun: Token) -> bool:
    """A plural noun naming a class its members belong to: "one of the few countries that", "among the states
    that", "the only countries that", "a handful of governments that"."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "among":
        return True
    if noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lower_ in CLASS_QUANTITIES:
        return True
    return any(c.dep_ in ("amod", "advmod", "det") and c.lower_ in CLASS_MODIFIERS for c in noun.children)


def _in_its_nth(noun: Token) -> bool:
    """A named act as subject of "is (now) in its third year / second week", or with that phrase set off by commas
    after it ("Sudan's war, now in its third year, has created ...", round twenty-nine): a state that lasts, not
    news."""
    head = noun.head
    if noun.dep_ != "nsubj":
        return False
    if head.lemma_.lower() == "be":
        preps = [c for c in head.children if c.dep_ == "prep"]
    else:
        preps = [c for c in (*head.children, *noun.children) if c.dep_ == "prep" and noun.i < c.i < head.i
                 and any(t.text == "," for t in c.doc[noun.i + 1:c.i])]
    for prep in preps:
        if prep.lower_ == "in":
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.lemma_.lower() in TIME_UNITS and any(
                        c.dep_ == "poss" for c in obj.children) and any(
                        c.ent_type_ == "ORDINAL" or c.lower_ in ("first", "second", "third", "fourth", "fifth",
                                                                 "sixth", "tenth") for c in obj.children):
                    return True
    return False


def _reported_finding(verb: Token) -> bool:
    """A present practice someone reports as a finding ("Police routinely torture detainees, rights groups say";
    "soldiers routinely beat up detainees, a court martial was told"): conduct going on now, reported as news, as
    the PLOVER gold codes it, not the writer's background."""
    head = verb.head
    return verb.dep_ in ("ccomp", "parataxis") and head.lemma_.lower() in FINDING_VERBS


def _every(tok: Token, present: bool) -> bool:
    """ "every month", "each year", "several times a year", "in every war": a repeated act. A time unit counted
    in a past tense ("shelled Kharkiv every night last week") sums up reported acts; an occasion does not."""
    word = tok.lemma_.lower()
    if tok.dep_ == "pobj" and tok.head.dep_ != "prep":
        return False
    counted = any(c.dep_ == "det" and c.lower_ in ("every", "each") for c in tok.children)
    if counted and word in OCCASION_NOUNS:
        return True
    if counted and word in TIME_UNITS:
        # "Serb guns shelled Sarajevo every day for almost four years": a past rate over a span of years is a history
        # summed up (round twenty-five); "shelled Kharkiv every night last week" sums up reported acts
        return present or _over_years(tok)
    if present and tok.dep_ == "npadvmod" and word in TIME_UNITS and any(
            c.dep_ == "det" and c.lower_ in ("a", "an", "per") for c in tok.children) and not any(
            c.dep_ in ("prep", "advmod") for c in tok.children) and tok.head.pos_ in ("VERB", "AUX", "NOUN", "NUM"):
        # a rate: "Egypt receives 1.3 billion dollars in military aid a year"; not "A year after the coup, the
        # junta still refuses ..." or "a week ago"
        return True
    if word in ("time", "twice", "once", "thrice") and present:
        # "several times a year", "twice a month"
        return any(c.lemma_.lower() in TIME_UNITS and any(d.lower_ in ("a", "an", "per", "every", "each")
                                                        for d in c.children) for c in tok.subtree)
    return False


def _over_years(tok: Token) -> bool:
    """A "for" phrase of at least two years (or decades) beside ``tok`` on the same verb: "every day for almost four
    years"."""
    verb = tok.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "for":
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            lemma = obj.lemma_.lower()
            if lemma in SPAN_UNITS:
                return True
            if lemma in PLURAL_SPAN_UNITS and obj.tag_ == "NNS" and any(
                    c.dep_ == "nummod" and _count(c) >= 2 for c in obj.children):
                return True
    return False


_SMALL_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}


def _count(number: Token) -> int:
    """The number a numeral names ("four", "12", "dozens"), 0 when unknown."""
    text = number.lower_.replace(",", "")
    if text.isdigit():
        return int(text)
    return _SMALL_NUMBERS.get(text) or _NUMBER_WORDS.get(text, 0)


TERM_VERBS = frozenset({"jail", "imprison", "sentence", "ban", "bar", "suspend", "exile", "detain", "intern",
                        "disqualify", "extend", "renew", "lease", "freeze", "close", "shut", "seal", "outlaw",
                        "expel", "deport", "banish", "block", "blacklist", "sanction", "bind", "lock"})
"""Verbs whose act sets a term: "for 16 years" after them is how long what was imposed runs ("jailed the American
journalist for 16 years", "banned him from politics for ten years", "leased the port for 99 years"), not a span
over which the act was repeated (round twenty-nine)."""


def imposed_term(prep: Token) -> bool:
    """A "for" phrase with a counted number of years on a verb of imposing a term, not in the perfect ("A court in
    Moscow jailed Evan Gershkovich for 16 years", "Thailand's court banned the party's leaders for ten years"): the
    term of a sentence, ban or lease imposed once. "Saudi Arabia has banned women from driving for decades" (a
    perfect, or no count) still states a standing state (round twenty-nine)."""
    if prep.lower_ != "for":
        return False
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in TERM_VERBS:
        return False
    if any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children):
        return False
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return obj is not None and any(c.dep_ == "nummod" and (c.like_num or c.lower_ in _NUMBER_WORDS)
                                   for c in obj.children)


def _span_or_era(prep: Token, perfect: bool) -> bool:
    """ "for decades", "over the past two decades", "for more than half a century", "for much of the Cold War",
    "in the 1980s", "during the Cold War", "since 1967", "since the 1990s", "since independence"."""
    p = prep.lower_
    obj = _era_object(prep)
    if obj is None:
        return False
    if p in SPAN_PREPS:
        lemma = obj.lemma_.lower()
        recent = any(a.lower_ in ("recent", "past", "last") for a in obj.children)
        # "in" counts a span only as the recent past ("in recent years", "in the past decade"): "the first visit
        # in nearly a decade", "for the first time in decades" report an event
        if (lemma in SPAN_UNITS or lemma in PLURAL_SPAN_UNITS and obj.tag_ == "NNS" and _long(obj)) and (
                p != "in" or recent):
            return True
        if p in ("during", "throughout") and _career(obj):
            return True
        if p == "in" and _earlier_term(prep):
            return True  # "in his first term", "in her previous premiership" (round twenty-five)
        return _DECADE.match(obj.lower_) is not None or _era(obj)
    if p == "since" and perfect:
        if _YEAR.match(obj.text) or _DECADE.match(obj.lower_):
            return True  # "since 1967", "since the 1990s" (not "since November 2023": a month is news)
        return _era(obj) or obj.lemma_.lower() in ("founding", "creation")
    return False


def _era_object(prep: Token) -> Token | None:
    """The noun a time preposition names, through "much of", "the end of" ("for much of the Cold War")."""
    obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
    for _ in range(4):
        if obj is None or obj.lemma_.lower() not in PART_WORDS:
            return obj
        of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is None:
            return obj
        obj = next((c for c in of.children if c.dep_ == "pobj"), None)
    return obj


def _era(obj: Token) -> bool:
    """ "the Cold War", "the Second World War", "the Soviet era", "colonial rule", "independence"."""
    lemma = obj.lemma_.lower()
    if lemma == "independence":
        return True
    mods = {c.lower_ for c in obj.children if c.dep_ in ("amod", "compound")}
    return (lemma == "war" or lemma in ERA_NOUNS) and bool(mods & ERA_MODIFIERS)


def _ever_since(clause: Token) -> bool:
    """ "ever since the group was founded": a state that has lasted since."""
    marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
    return "since" in marks and any(c.dep_ == "advmod" and c.lower_ == "ever" for c in clause.children)


STANCE_VERBS = frozenset({
    "reject", "oppose", "support", "back", "favour", "favor", "want", "trust", "distrust", "mistrust", "blame",
    "fear", "welcome", "approve", "disapprove", "accept", "condemn", "endorse", "prefer", "like", "dislike",
    "hate", "admire", "respect", "believe", "doubt", "consider", "see", "view", "regard", "praise", "criticise",
    "criticize", "deplore", "denounce", "applaud", "demand", "expect", "say", "think", "agree", "disagree",
})
"""Verbs of an opinion: held by a share of a people in the present ("Most Lebanese reject a war with Israel", "Two
in three Poles back sending troops"), they report a state of public opinion, which CAMEO does not code."""
OPINION_NOUNS = frozenset({"hope", "faith", "confidence", "trust", "doubt", "fear", "expectation", "illusion",
                           "sympathy", "patience", "appetite"})
"""Objects of "have" that make it a verb of opinion ("Ordinary Cypriots have little hope of a settlement")."""
PEOPLE_NOUNS = frozenset({"people", "voter", "citizen", "resident", "respondent", "public", "adult", "national",
                          "population", "electorate", "youth", "woman", "man"})
SHARE_MODIFIERS = frozenset({"most", "many", "few", "some", "all", "majority", "minority", "half", "third",
                             "quarter", "two-thirds", "three-quarters", "percent", "%", "ordinary", "average"})
"""Words that make a people's noun the public at large or a share of it ("ordinary Cypriots", "average Russians"
speak for no one: their views are public opinion too)."""


def _stance(verb: Token) -> bool:
    """A verb of opinion, or "have" with a noun of opinion as its object ("have little hope", "have no faith in")."""
    lemma = verb.lemma_.lower()
    return lemma in STANCE_VERBS or (lemma == "have" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in OPINION_NOUNS for c in verb.children))


def _public_share(verb: Token) -> bool:
    """A subject that is a share of a people: "Most Lebanese", "Many Germans", "a majority of Americans", "60 percent
    of voters", "Few Turks" (a demonym or a noun of people with a word of share)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if subject.lemma_.lower() in SHARE_MODIFIERS or subject.lower_ in SHARE_MODIFIERS:
        of = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        people = next((p for p in of.children if p.dep_ == "pobj"), None) if of is not None else None
        return people is not None and _people(people)
    return _people(subject) and any(c.lower_ in SHARE_MODIFIERS and c.i < subject.i for c in subject.children)


def _people(noun: Token) -> bool:
    """A demonym in the plural ("Germans", "Lebanese") or a noun of people ("voters", "residents")."""
    return (noun.tag_ in ("NNS", "NNPS") and noun.ent_type_ == "NORP") or noun.lemma_.lower() in PEOPLE_NOUNS \
        or noun.tag_ == "NNPS"


def _share_object(verb: Token) -> bool:
    """ "buys most of its gas", "supplies about a third of Europe's gas", "funds much of the payroll"."""
    for obj in verb.children:
        if obj.dep_ in ("dobj", "obj") and obj.lemma_.lower() in SHARE_WORDS and any(
                c.dep_ == "prep" and c.lower_ == "of" for c in obj.children):
            return True
    return False


def _presence_object(verb: Token) -> bool:
    """ "Vienna hosts the IAEA", "Djibouti hosts military bases": what is there, not who comes."""
    for obj in verb.children:
        if obj.dep_ in ("dobj", "obj"):
            if obj.lemma_.lower() in PRESENCE_NOUNS or obj.lower_ == "bases":  # lemmatised "basis"
                return True
            if obj.ent_type_ in ("ORG", "FAC") and obj.pos_ == "PROPN":
                return True
    return False


def _document_terms(verb: Token) -> bool:
    """ "The peace plan calls for Israel to withdraw", "Under the treaty, Russia and China promise to consult":
    a document's terms in the present tense, not an act of anyone."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.tag_ == "WDT" and verb.dep_ == "relcl":
        subject = verb.head  # "under a treaty that gives Canberra a veto over Nauru's security deals"
    if subject is not None and subject.pos_ in ("NOUN", "PROPN") and subject.lemma_.lower() in DOCUMENT_NOUNS:
        return True
    if subject is not None and subject.lemma_.lower() in REGIME_NOUNS and any(
            c.dep_ in ("det", "poss") and c.lower_ in ("the", "these", "those", "its", "their") for c in subject.children):
        return True  # "The sanctions bar Russian banks from SWIFT": a regime's terms ("EU sanctions hit banks" reports)
    if subject is not None and subject.lemma_.lower() in REGIME_NOUNS and any(
            prep.dep_ == "prep" and prep.lower_ in ("under", "of") and any(
                p.dep_ == "pobj" and p.lemma_.lower() in DOCUMENT_NOUNS for p in prep.children)
            for prep in subject.children):
        return True  # "Sanctions under the Magnitsky Act freeze the assets of ...": the law's terms (round twenty-five)
    if subject is not None and subject.lemma_.lower() in REGIME_HEADS and any(
            c.dep_ == "compound" and c.lemma_.lower() in REGIME_NOUNS for c in subject.children):
        return True  # "The sanctions regime bans the export of dual-use goods to Russia": the measures in force
    if subject is not None and subject.lower_ == "article" or subject is not None and any(
            c.lower_ == "article" and c.dep_ == "compound" for c in subject.children):
        return True  # "Article 5 commits NATO members to ..."
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in TERM_PREPS and any(
                p.dep_ == "pobj" and p.lemma_.lower() in DOCUMENT_NOUNS for p in prep.children):
            return True
    return False


def _generic_gerund(verb: Token) -> bool:
    """A subjectless gerund that names a kind of act: "Sending troops to Ukraine is a red line for Moscow",
    "For Iran, attacking Israel directly carries enormous risks", "the strategy of sanctioning Russia has failed"."""
    if verb.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass", "poss", "agent") for c in verb.children):
        return False
    if verb.dep_ in ("csubj", "nsubj", "nsubjpass", "csubjpass"):
        return True
    head = verb.head
    return (verb.dep_ == "pcomp" and head.lower_ == "of" and head.head.pos_ == "NOUN"
            and head.head.lemma_.lower() in GENERIC_OF_HEADS)


def _lasting_subject(noun: Token) -> bool:
    """A nominal event as the subject of a verb with a span of decades or an era ("Sri Lanka's civil war has dragged
    on for more than a quarter of a century", "the conflict has raged since 1948"): a state that lasts, described,
    not an event reported. "The war escalated on Sunday" has no such span and stays an event."""
    verb = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
        return False
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)
    if verb.lemma_.lower() in LASTING_VERBS and any(
            c.dep_ in ("dobj", "obj", "npadvmod", "tmod") and _long_span(c) for c in verb.children):
        return True  # "Sri Lanka's civil war lasted more than a quarter of a century", "lasted a decade"
    if _long_ago(verb):
        return True  # "Ethiopia's border war with Eritrea ended in a stalemate a generation ago"
    return any(c.dep_ == "prep" and _span_or_era(c, perfect) and not imposed_term(c) for c in verb.children)


LASTING_VERBS = frozenset({"last", "span", "run", "rage", "drag", "continue", "go"})
"""Verbs that measure how long an act went on ("the war lasted eleven years", "the insurgency spanned a decade")."""


def _long_ago(verb: Token) -> bool:
    """The verb is dated "a generation ago", "decades ago", "eleven years ago": a span of a decade or more back (not
    "two years ago", which is news)."""
    return any(c.dep_ == "advmod" and c.lower_ == "ago" and any(_long_span(n) for n in c.children
                                                               if n.dep_ == "npadvmod") for c in verb.children)


def _long_span(noun: Token) -> bool:
    """A span of a decade or more named by a noun: "a decade", "decades", "a generation", "more than a quarter of a
    century", "eleven years" (years only from ten on: "two years" is a period of news)."""
    node = _era_object_noun(noun)
    lemma = node.lemma_.lower()
    return lemma in SPAN_UNITS or (lemma in PLURAL_SPAN_UNITS and node.tag_ == "NNS" and _long(node))


def _era_object_noun(noun: Token) -> Token:
    """The noun a span names through "a quarter of", "half of" ("more than a quarter of a century")."""
    node = noun
    for _ in range(3):
        if node.lemma_.lower() not in PART_WORDS:
            return node
        of = next((c for c in node.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if obj is None:
            return node
        node = obj
    return node


def dated_to_history(noun: Token, today: date | None = None) -> bool:
    """A nominal act placed by its own modifier in a past decade or an era ("Bosnia's war in the 1990s", "the Bosnian
    war of the 1990s", "the massacres of the Cold War"): history named, not news. A year is not enough ("the 2022
    invasion" is still the act the news reports)."""
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "of", "during", "throughout"):
            continue
        obj = _era_object(prep)
        if obj is not None and (_DECADE.match(obj.lower_) is not None or _era(obj)):
            return True
    # "the Khmer Rouge's killings between 1975 and 1979", "Indonesia's occupation from 1975 to 1999"
    return any(prep.dep_ == "prep" and year_span(prep, today) for prep in noun.children)


SPAN_START_PREPS = frozenset({"between", "from", "in", "during", "over"})
SPAN_END_PREPS = frozenset({"to", "until", "till", "through", "thru"})


def year_span(prep: Token, today: date | None = None) -> bool:
    """True for a time phrase that closes a span of whole years: "between 1975 and 1979", "from 1975 to 1979" (the
    parser may hang "to 1979" on the verb), "in 1975-79". An act dated by such a span is summed up over years (a toll,
    an occupation, a rule), not one act a report dates; a span of days or months ("between Monday and Wednesday",
    "from January to March") or one year ("in 2022") is the news's own time and stays an event (seventeenth round).
    With the publication date (``today``), a span that runs up to the publication year or the one before ("between
    2022 and 2024" in a 2024 article) is the news's recent past and stays an event (nineteenth round); without it,
    every closed span is summed up."""
    if prep.lower_ not in SPAN_START_PREPS:
        return False
    start = next((c for c in prep.children if c.dep_ == "pobj" and _YEAR.match(c.text)), None)
    if start is None:
        return False
    doc = prep.doc
    # "1975-79": the year after a hyphen, in whatever relation the parser gives it
    ends = [c for c in start.children if c.i == start.i + 2 and doc[start.i + 1].text in ("-", "–", "—")]
    if prep.lower_ == "between":
        ends += [c for c in start.children if c.dep_ == "conj"]  # "between 1975 and 1979" (not "in 2022 and 2023")
    if prep.lower_ == "from":
        ends += [o for p in (*prep.children, *prep.head.children) if p.dep_ == "prep" and p.lower_ in SPAN_END_PREPS
                 and p.i > start.i for o in p.children if o.dep_ == "pobj"]
    return any(_later_year(start, end) and not (today is not None and recent_year(_end_year(start, end), today))
               for end in ends)


def _end_year(start: Token, end: Token) -> int:
    """The year ``end`` names after ``start``: 1979 for "1979", or for "79" after "1975"."""
    text = end.text
    return int(text) if len(text) == 4 else int(start.text[:2] + text)


def _later_year(start: Token, end: Token) -> bool:
    """True when ``end`` names a year after ``start``: "1979" after "1975", or "79" for 1979 ("1975-79")."""
    text = end.text
    if _YEAR.match(text):
        return int(text) > int(start.text)
    if len(text) == 2 and text.isdigit():
        return int(start.text[:2] + text) > int(start.text)
    return False


def _historic_subject(verb: Token, today: date | None = None) -> bool:
    """A clause whose subject is a nominal act that history has closed ("Bosnia's war in the 1990s killed about
    100,000 people", "Nepal's Maoist insurgency lasted a decade and killed 17,000 people"): a toll or outcome summed
    up, not an act reported. A bare coordinated verb takes its head's subject."""
    node = verb
    subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and verb.dep_ == "conj":
        node = verb.head
        subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return False
    return dated_to_history(subject, today) or _lasting_subject(subject)


def _repeated_subject(noun: Token) -> bool:
    """A nominal act as the subject of a present simple that repeats ("Talks between the generals always collapse
    for the same reason", "Russian strikes on Ukraine's power grid routinely cause blackouts"): the acts recur, no one
    of them is reported. A span on a perfect ("Russia's attack on Kyiv has long been condemned") dates what is said
    of the act, not the act."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.pos_ not in ("VERB", "AUX") or not present_simple(verb) \
            or _reported_finding(verb):
        return False  # "Russian strikes routinely hit hospitals, the UN says": conduct reported as a finding
    return any(c.dep_ == "advmod" and c.lower_ in FREQUENCY_ADVERBS | HABITUAL_ADVERBS for c in verb.children) or any(
        t.dep_ in ("npadvmod", "tmod", "advmod", "pobj") and _every(t, True) for t in clause_tokens(verb))


def _every_act(noun: Token) -> bool:
    """An act noun with "every" or "each" in a clause in the present simple ("Seen from Beijing, every American arms sale
    to Taiwan is a provocation", "Each Russian strike on the grid costs Ukraine millions"): any act of a kind, not one
    reported. In a past tense ("Every Russian missile fired on Monday was shot down") the acts are counted and stay."""
    if not any(c.dep_ == "det" and c.lower_ in ("every", "each") for c in noun.children):
        return False
    host = noun.head
    return noun.dep_ in ("nsubj", "nsubjpass", "dobj", "obj") and host.pos_ in ("VERB", "AUX") and present_simple(host)


def _ranking(verb: Token) -> bool:
    """ "Colombia hosts more Venezuelan migrants than any other country", "India imports more arms than anyone": a
    ranking among all, in the present or the perfect, states where a country stands, not an act it did."""
    for tok in clause_tokens(verb):
        if tok.lower_ != "than":
            continue
        obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if obj is None:
            continue
        if obj.lower_ in ("anyone", "anybody", "everyone", "everybody") or any(
                c.lower_ in ("any", "all") and c.i < obj.i for c in obj.children):  # "than almost any other nation"
            return True
    return _compared_with_another(verb)


def _explained_state(verb: Token) -> bool:
    """ "The paradox of Turkey's policy is that it sells drones to Ukraine", "What the policy means is that Chinese
    firms are shut out of European networks": an undated present simple (or present passive) in the "that" clause of
    a present "is" whose subject is a noun or a clause explains how things stand; it reports no act. A date or time
    in the clause makes it news ("The result is that Russia strikes Kyiv tonight" is not a practice)."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.lemma_.lower() != "be" or head.tag_ not in ("VBZ", "VBP"):
        return False
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children):
        return False
    if not any(c.dep_ == "nsubj" and c.pos_ == "NOUN" or c.dep_ == "csubj" for c in head.children):
        return False
    passive = verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in verb.children) \
        and not any(c.dep_ == "aux" for c in verb.children)
    if not (present_simple(verb) or passive):
        return False
    return not any(t.ent_type_ in ("DATE", "TIME") for t in verb.subtree)


def _compared_with_another(verb: Token) -> bool:
    """ "Japan spends far less on defence than China does", "Turkey buys more Russian gas than Germany does": a
    comparison with what another does (or did) the same way, in the present or the perfect, states how much each
    does, not an act on a day. The "than" clause has a bare "do" of its own, hung on the verb, its object or its
    phrase."""
    for tok in verb.subtree:
        if tok.lower_ != "than" or tok.dep_ != "mark":
            continue
        done = tok.head
        if done.lemma_.lower() != "do" or any(c.dep_ in ("dobj", "obj", "xcomp", "ccomp") for c in done.children):
            continue
        node = done.head
        for _ in range(3):
            if node.i == verb.i:
                return True
            if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
                break
            node = node.head
    return False


def _share_subject(verb: Token) -> bool:
    """ "Much of Laos's hydropower goes to Thailand", "Most of Mali's wheat comes from Russia": a share of a whole as
    subject of a present simple, a trade pattern."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.lemma_.lower() in SHARE_WORDS and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in subject.children)


def _few_subject(verb: Token) -> bool:
    """ "Few governments in Africa openly criticise Kagame", "A handful of countries recognise Taipei": a statement
    about a class ("few" or "a handful of", not "a few"), in the present, is no act."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if subject.lower_ == "handful" and any(c.dep_ == "det" and c.lower_ == "a" for c in subject.children) and any(
            c.dep_ == "prep" and c.lower_ == "of" for c in subject.children):
        return True  # "A handful of countries still recognise Taipei": a class described, as "few" does
    few = subject if subject.lower_ == "few" else next(
        (c for c in subject.children if c.dep_ == "amod" and c.lower_ == "few"), None)
    return few is not None and not any(c.dep_ == "det" and c.lower_ == "a" for c in (*few.children, *subject.children))


def _governing_verb(noun: Token) -> Token | None:
    """The verb a nominal event is the object of, through prepositions ("relied on American military aid"); None
    for a subject or a noun in no verb's object ("Russia's attack on Kyiv was condemned")."""
    node = noun
    for _ in range(4):
        if node.dep_ not in ("dobj", "obj", "pobj", "prep", "dative") or node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node
    return None


def _long(years: Token) -> bool:
    """ "years", "many years", "twenty years", "20 years": not "two years" (a period, not a practice)."""
    number = next((c for c in years.children if c.dep_ == "nummod"), None)
    if number is None:
        return True
    if number.text.isdigit():
        return int(number.text) >= 10
    return _NUMBER_WORDS.get(number.lower_, 0) >= 10




def _dated_origin(verb: Token) -> bool:
    """An act in a "since" clause that dates a state to a year ("Cyprus has been split since Turkey invaded the
    north in 1974"): the origin of the state the sentence describes, history rather than news."""
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "since" for c in verb.children):
        return False
    return any(t.dep_ == "pobj" and (_YEAR.match(t.text) or _DECADE.match(t.lower_)) for t in clause_tokens(verb))


NAME_ENTITIES = frozenset({"ORG", "FAC", "LAW", "WORK_OF_ART", "EVENT", "PRODUCT"})
"""Entity types whose words may be event words without naming an event ("the Commission to Investigate Allegations
of Bribery or Corruption", "the Forces for Freedom and Change")."""


def name_word(tok: Token) -> bool:
    """True for an event word that is part of a name: capitalised inside a sentence, tagged as a proper noun and
    inside an organisation's, law's or work's name ("Sri Lanka's Commission to Investigate Allegations of Bribery or
    Corruption has few staff"). A headline in title case ("Russia Attacks Kyiv") has no lower-case words to set the
    name apart, so it is left as it is."""
    sent = tok.sent
    if quoted_title(tok):
        return True  # 'Her book, "How China Blockades Taiwan", became a bestseller': a work's title (round 22)
    if tok.pos_ != "PROPN" or tok.i == sent.start or not tok.text[:1].isupper() or tok.ent_type_ not in NAME_ENTITIES:
        return False
    return any(t.is_alpha and t.is_lower and len(t) > 3 for t in sent)


