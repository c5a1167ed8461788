"""Clause structure on hand-built parses: subjects, passives, control, coordination, relatives, speakers."""

from __future__ import annotations

from tests.coding.handbuilt import handbuilt

from detente.coding.clauses import (
    antecedent,
    direct_objects,
    participle_subject,
    prep_objects,
    speaker,
    subjects,
)


def _texts(tokens: list) -> list[str]:  # type: ignore[type-arg]
    return [t.text for t in tokens]


def test_clauses_passive_source_is_the_agent() -> None:
    # "Iran was attacked by Israel ."
    doc = handbuilt([("Iran", "Iran", "PROPN", "nsubjpass", 2), ("was", "be", "AUX", "auxpass", 2),
                     ("attacked", "attack", "VERB", "ROOT", 2, "VBN"), ("by", "by", "ADP", "agent", 2),
                     ("Israel", "Israel", "PROPN", "pobj", 3), (".", ".", "PUNCT", "punct", 2)])
    found, inherited = subjects(doc[2])
    assert _texts(found) == ["Israel"] and not inherited


def test_clauses_passive_without_agent_has_no_source() -> None:
    doc = handbuilt([("Iran", "Iran", "PROPN", "nsubjpass", 2), ("was", "be", "AUX", "auxpass", 2),
                     ("attacked", "attack", "VERB", "ROOT", 2, "VBN"), (".", ".", "PUNCT", "punct", 2)])
    assert subjects(doc[2]) == ([], False)


def test_clauses_coordinated_subjects() -> None:
    # "France and Germany urged Iran to show restraint ."
    doc = handbuilt([("France", "France", "PROPN", "nsubj", 3), ("and", "and", "CCONJ", "cc", 0),
                     ("Germany", "Germany", "PROPN", "conj", 0), ("urged", "urge", "VERB", "ROOT", 3),
                     ("Iran", "Iran", "PROPN", "dobj", 3), ("to", "to", "PART", "aux", 6),
                     ("show", "show", "VERB", "xcomp", 3, "VB"), ("restraint", "restraint", "NOUN", "dobj", 6),
                     (".", ".", "PUNCT", "punct", 3)])
    assert _texts(subjects(doc[3])[0]) == ["France", "Germany"]
    # object control: Iran (not France) is to show restraint
    assert _texts(subjects(doc[6])[0]) == ["Iran"]


def test_clauses_subject_control_through_scheduled() -> None:
    # "Putin is scheduled to meet Erdogan ."
    doc = handbuilt([("Putin", "Putin", "PROPN", "nsubjpass", 2), ("is", "be", "AUX", "auxpass", 2),
                     ("scheduled", "schedule", "VERB", "ROOT", 2, "VBN"), ("to", "to", "PART", "aux", 4),
                     ("meet", "meet", "VERB", "xcomp", 2, "VB"), ("Erdogan", "Erdogan", "PROPN", "dobj", 4),
                     (".", ".", "PUNCT", "punct", 2)])
    found, inherited = subjects(doc[4])
    assert _texts(found) == ["Putin"] and inherited


def test_clauses_relative_clause_subject_and_antecedent() -> None:
    # "drones that Russia used in Ukraine"
    doc = handbuilt([("drones", "drone", "NOUN", "ROOT", 0), ("that", "that", "PRON", "dobj", 3),
                     ("Russia", "Russia", "PROPN", "nsubj", 3), ("used", "use", "VERB", "relcl", 0),
                     ("in", "in", "ADP", "prep", 3), ("Ukraine", "Ukraine", "PROPN", "pobj", 4)])
    assert _texts(subjects(doc[3])[0]) == ["Russia"]
    assert antecedent(doc[1]).text == "drones"
    assert _texts(direct_objects(doc[3])) == ["drones"]
    assert _texts(prep_objects([doc[3]], frozenset({"in"}))) == ["Ukraine"]


def test_clauses_verb_coordination_shares_the_object_and_keeps_subjects() -> None:
    # "Iran supplied and Russia used the drones ."
    doc = handbuilt([("Iran", "Iran", "PROPN", "nsubj", 1), ("supplied", "supply", "VERB", "ROOT", 1),
                     ("and", "and", "CCONJ", "cc", 1), ("Russia", "Russia", "PROPN", "nsubj", 4),
                     ("used", "use", "VERB", "conj", 1), ("the", "the", "DET", "det", 6),
                     ("drones", "drone", "NOUN", "dobj", 4), (".", ".", "PUNCT", "punct", 1)])
    assert _texts(subjects(doc[1])[0]) == ["Iran"]
    assert _texts(subjects(doc[4])[0]) == ["Russia"]
    assert _texts(direct_objects(doc[1])) == ["drones"]


def test_clauses_speaker_of_reported_speech() -> None:
    # "Israel said that Iran attacked the embassy ."
    doc = handbuilt([("Israel", "Israel", "PROPN", "nsubj", 1), ("said", "say", "VERB", "ROOT", 1),
                     ("that", "that", "SCONJ", "mark", 4), ("Iran", "Iran", "PROPN", "nsubj", 4),
                     ("attacked", "attack", "VERB", "ccomp", 1), ("the", "the", "DET", "det", 6),
                     ("embassy", "embassy", "NOUN", "dobj", 4), (".", ".", "PUNCT", "punct", 1)])
    who = speaker(doc[4])
    assert who is not None and who.text == "Israel"
    assert _texts(subjects(doc[4])[0]) == ["Iran"]
    assert speaker(doc[1]) is None


def test_clauses_participle_subject_set_off_by_comma() -> None:
    # "Iran , having fired missiles , needs allies ."
    doc = handbuilt([("Iran", "Iran", "PROPN", "nsubj", 7), (",", ",", "PUNCT", "punct", 0),
                     ("having", "have", "AUX", "aux", 3), ("fired", "fire", "VERB", "advcl", 7, "VBN"),
                     ("missiles", "missile", "NOUN", "dobj", 3), (",", ",", "PUNCT", "punct", 7),
                     ("badly", "badly", "ADV", "advmod", 7), ("needs", "need", "VERB", "ROOT", 7, "VBZ"),
                     ("allies", "ally", "NOUN", "dobj", 7)])
    assert _texts(participle_subject(doc[3])) == ["Iran"]


def test_clauses_inverted_question_subject_misparsed_as_compound() -> None:
    # "Could Erdogan host Putin ?" with Erdogan hung on the verb as a compound
    doc = handbuilt([("Could", "could", "AUX", "aux", 2, "MD"), ("Erdogan", "Erdogan", "PROPN", "compound", 2),
                     ("host", "host", "VERB", "ROOT", 2, "VB"), ("Putin", "Putin", "PROPN", "dobj", 2),
                     ("?", "?", "PUNCT", "punct", 2)])
    found, inherited = subjects(doc[2])
    assert _texts(found) == ["Erdogan"] and not inherited


def test_clauses_clause_initial_name_misparsed_as_adverb() -> None:
    # "Nauru cut ties ." with Nauru hung on the verb as an adverb
    doc = handbuilt([("Nauru", "Nauru", "PROPN", "advmod", 1), ("cut", "cut", "VERB", "ROOT", 1, "VBD"),
                     ("ties", "tie", "NOUN", "dobj", 1), (".", ".", "PUNCT", "punct", 1)])
    found, _ = subjects(doc[1])
    assert _texts(found) == ["Nauru"]
    # an adverb that is no name is no subject: "Quickly cut ties ."
    doc = handbuilt([("Quickly", "quickly", "ADV", "advmod", 1), ("cut", "cut", "VERB", "ROOT", 1, "VBD"),
                     ("ties", "tie", "NOUN", "dobj", 1), (".", ".", "PUNCT", "punct", 1)])
    assert subjects(doc[1])[0] == []
