"""Which CAMEO roots and codes each slot rule of the coder applies to.

Tables only: the coder (:class:`detente.coding.coder.EventCoder`) reads them to decide whether a rule
(an own-people target, a place's holder, a conditional threat, ...) fires for a candidate's code.
"""

from __future__ import annotations

DOMESTIC_ROOTS = frozenset({"14", "17"})
"""Protest and coercion: aimed at a country's own government or people when the sentence names no other."""
PROTEST_ROOTS = frozenset({"14"})
OWN_SIDE_ROOTS = frozenset({"09", "15"})
OWN_SIDE_CODES = frozenset({"0874", "1724"})
"""Codes whose target is never the source's own country: "placed its forces on alert", "the withdrawal of its
troops", "police investigated a killing near Vancouver" (the own country is where it happens, not a target); a state
of emergency or martial law declared "in Lima" or "across Ukraine" is over one's own country, aimed at no one (our
gold set's reading); one imposed on another's ground ("a curfew on Gaza") keeps it."""
NAMED_OWN_SIDE_ROOTS = frozenset({"09"})
"""Inquiries may target named people and bodies of the source's own country ("will investigate Yoon Suk Yeol")."""
INQUIRY_ROOTS = frozenset({"09"})
CONFLICT_ROOT = "13"
"""Roots from here on (threats, protests, posture, coercion, force) answer another actor's act in a condition."""
POSTURE_ROOTS = frozenset({"15"})
OWN_PEOPLE_ROOTS = frozenset({"13", "18", "19", "20"})
"""Threats, assaults, fighting and mass violence: aimed at a country's own people when the sentence names no other
country ("Burkina Faso's army killed at least 223 villagers", "the junta warned protesters")."""
RELEASE_PREFIX = "084"
"""Returning or releasing people (0841): released unnamed prisoners or activists are the releasing state's own when
the sentence names no other country."""
CONDITIONAL_THREAT_ROOTS = frozenset({"14", "15", "16", "17", "18", "19", "20"})
"""Hostile acts that, said by their own actor to come if or unless another acts, are threats ("will withdraw its
force unless ...")."""
REFUSAL_ROOTS = frozenset({"12"})
TOPIC_CODES = frozenset({"010", "011", "012", "013", "014", "015", "016"})
"""Statements (comments, claims, denials, declining to comment): a place in their topic's phrase is no target
("declined to comment on the explosions near Isfahan", "claimed the bombing at a checkpoint in Mogadishu"); symbolic
acts and sympathy (017-019) are aimed at where they are made ("laid a wreath at the Tomb ... in Nairobi" = KEN)."""
FORCE_ROOTS = frozenset({"17", "18", "19", "20"})
"""Coercion, assault, fighting, mass violence: acts of force (another answers them; an act of force named in an "in /
with" phrase on a clause of force is how that act was done, "detained UN staff in raids on its offices", not a second
event); the acts a side claims by saying it was behind them ("was behind the talks" claims nothing); the acts whose
"killing ..." participle or killing noun gives their death toll rather than a second act."""
PLACE_TARGET_ROOTS = frozenset({"18", "19", "20"})
"""Assaults, fighting and mass violence: an unnamed object is held by whoever holds the place it was hit in."""
STATE_ACT_ROOTS = frozenset({"09", "17"})
"""Roots of acts that only a state's authorities perform (investigation, arrest, detention, curfews)."""
DEEP_PLACE_ROOTS = frozenset({"09", "18", "19", "20"})
VISIT_CODE = "042"
"""A trip or visit: its target is the host country (a summit's place over its body), and a visit not made may still
be made by a proxy sent "in his place"."""
ALLEGATION_PREFIX = "112"
"""Accusations (CAMEO 112): coded as the accusation, not as the act alleged; what is alleged is their content."""
EXPULSION_PREFIX = "174"
"""Expulsions and deportations: in an agentless passive, the country people are expelled "from" is the one that expels
them ("Four Iranian diplomats were expelled from Azerbaijan")."""
TOLL_ROOT = "18"
"""Killings and woundings: one whose subject is an attack noun coded with both sides is that attack's toll, not a
second event ("the Israeli assault on Gaza killed more than 100 Palestinians")."""
TOLLED_ATTACK_ROOTS = frozenset({"19", "20"})
"""Attacks (fighting, mass violence) named by a noun whose toll a killing verb states."""
WHEN_CLAUSE_TOLL_ROOTS = frozenset({"18", "20"})
"""Agentless passive killings that take the attackers of their "when"/"as"/"after" clause as source ("800 people
were killed in Ardamata when the RSF overran the town")."""
WHEN_CLAUSE_ATTACK_ROOTS = frozenset({"18", "19", "20"})
"""Acts of such a time clause whose sources did the killing."""
