"""Clause and factuality rules for parser slips common in news text, on hand-built parses (the slip is frozen
into the parse, so the tests do not depend on what the statistical parser does with the sentence today)."""

from __future__ import annotations

from spacy.tokens import Span
from tests.coding.handbuilt import handbuilt

from detente.coding.clauses import coordinated, direct_objects
from detente.coding.factuality import factuality_of
from detente.records import Factuality


def _texts(tokens: list) -> list[str]:  # type: ignore[type-arg]
    return [t.text for t in tokens]


def test_list_of_names_parsed_as_apposition_is_coordination() -> None:
    # "The US, Britain, and France met ." with Britain read as an apposition of US and France a conjunct of Britain
    doc = handbuilt([("The", "the", "DET", "det", 1), ("US", "US", "PROPN", "nsubj", 7),
                     (",", ",", "PUNCT", "punct", 1), ("Britain", "Britain", "PROPN", "appos", 1),
                     (",", ",", "PUNCT", "punct", 3), ("and", "and", "CCONJ", "cc", 3),
                     ("France", "France", "PROPN", "conj", 3), ("met", "meet", "VERB", "ROOT", 7),
                     (".", ".", "PUNCT", "punct", 7)])
    assert _texts(coordinated(doc[1])) == ["US", "Britain", "France"]


def test_true_apposition_is_not_coordination() -> None:
    # "The minister , Abbas Araghchi , met Erdogan ." renames: no conjunct on the apposition
    doc = handbuilt([("The", "the", "DET", "det", 1), ("minister", "minister", "NOUN", "nsubj", 7),
                     (",", ",", "PUNCT", "punct", 1), ("Abbas", "Abbas", "PROPN", "compound", 4),
                     ("Araghchi", "Araghchi", "PROPN", "appos", 1), (",", ",", "PUNCT", "punct", 1),
                     ("then", "then", "ADV", "advmod", 7), ("met", "meet", "VERB", "ROOT", 7),
                     ("Erdogan", "Erdogan", "PROPN", "dobj", 7), (".", ".", "PUNCT", "punct", 7)])
    assert _texts(coordinated(doc[1])) == ["minister"]


def test_conjunct_hung_on_another_word_of_the_first_name() -> None:
    # "Justin Trudeau and Emmanuel Macron will meet ." with "Justin" the subject and "Macron" a conjunct of "Trudeau"
    doc = handbuilt([("Justin", "Justin", "ADP", "nsubj", 6, "IN"), ("Trudeau", "Trudeau", "PROPN", "pobj", 0),
                     ("and", "and", "CCONJ", "cc", 1), ("Emmanuel", "Emmanuel", "PROPN", "compound", 4),
                     ("Macron", "Macron", "PROPN", "conj", 1), ("will", "will", "AUX", "aux", 6),
                     ("meet", "meet", "VERB", "ROOT", 6, "VB"), (".", ".", "PUNCT", "punct", 6)])
    doc.ents = [Span(doc, 0, 2, label="PERSON"), Span(doc, 3, 5, label="PERSON")]
    assert _texts(coordinated(doc[0])) == ["Justin", "Macron"]


def test_object_read_as_subject_of_a_participle_clause() -> None:
    # "Iran began expelling thousands of Afghans living there ." with "thousands" the subject of "living" (advcl)
    doc = handbuilt([("Iran", "Iran", "PROPN", "nsubj", 1), ("began", "begin", "VERB", "ROOT", 1),
                     ("expelling", "expel", "VERB", "xcomp", 1, "VBG"), ("thousands", "thousand", "NOUN", "nsubj", 6),
                     ("of", "of", "ADP", "prep", 3), ("Afghans", "Afghans", "PROPN", "pobj", 4, "NNPS"),
                     ("living", "live", "VERB", "advcl", 2, "VBG"), ("there", "there", "ADV", "advmod", 6),
                     (".", ".", "PUNCT", "punct", 1)])
    assert _texts(direct_objects(doc[2])) == ["thousands"]
    # a participle clause that does not start right after the verb is an adjunct, not its object
    doc = handbuilt([("Iran", "Iran", "PROPN", "nsubj", 1), ("protested", "protest", "VERB", "ROOT", 1),
                     ("loudly", "loudly", "ADV", "advmod", 1), ("officials", "official", "NOUN", "nsubj", 4),
                     ("saying", "say", "VERB", "advcl", 1, "VBG"), (".", ".", "PUNCT", "punct", 1)])
    assert direct_objects(doc[1]) == []


def test_purpose_clause_after_a_verb_of_pressing_is_asked_not_done() -> None:
    # "Hungary was pressured by France to sanction Russia ." (the infinitive parsed as advcl)
    doc = handbuilt([("Hungary", "Hungary", "PROPN", "nsubjpass", 2), ("was", "be", "AUX", "auxpass", 2),
                     ("pressured", "pressure", "VERB", "ROOT", 2, "VBN"), ("by", "by", "ADP", "agent", 2),
                     ("France", "France", "PROPN", "pobj", 3), ("to", "to", "PART", "aux", 6),
                     ("sanction", "sanction", "VERB", "advcl", 2, "VB"), ("Russia", "Russia", "PROPN", "dobj", 6),
                     (".", ".", "PUNCT", "punct", 2)])
    assert factuality_of(doc[6], doc[:]) is Factuality.HYPOTHETICAL
    # a purpose clause of an act is done with it: "Israel struck Gaza to weaken Hamas" keeps the weakening asserted
    doc = handbuilt([("Israel", "Israel", "PROPN", "nsubj", 1), ("struck", "strike", "VERB", "ROOT", 1),
                     ("Gaza", "Gaza", "PROPN", "dobj", 1), ("to", "to", "PART", "aux", 4),
                     ("weaken", "weaken", "VERB", "advcl", 1, "VB"), ("Hamas", "Hamas", "PROPN", "dobj", 4),
                     (".", ".", "PUNCT", "punct", 1)])
    assert factuality_of(doc[4], doc[:]) is Factuality.ASSERTED


def test_clause_of_a_demand_hung_on_the_verb_is_what_is_demanded() -> None:
    # "The union renewed its demand today that Israel ease the restrictions ." (the clause parsed as the verb's ccomp)
    doc = handbuilt([("The", "the", "DET", "det", 1), ("union", "union", "NOUN", "nsubj", 2),
                     ("renewed", "renew", "VERB", "ROOT", 2), ("its", "its", "PRON", "poss", 4, "PRP$"),
                     ("demand", "demand", "NOUN", "dobj", 2), ("today", "today", "NOUN", "npadvmod", 2),
                     ("that", "that", "SCONJ", "mark", 8), ("Israel", "Israel", "PROPN", "nsubj", 8),
                     ("ease", "ease", "VERB", "ccomp", 2, "VB"), ("the", "the", "DET", "det", 10),
                     ("restrictions", "restriction", "NOUN", "dobj", 8), (".", ".", "PUNCT", "punct", 2)])
    assert factuality_of(doc[8], doc[:]) is Factuality.HYPOTHETICAL
    # a plain report keeps its clause asserted: "The union said today that Israel eased the restrictions"
    doc = handbuilt([("The", "the", "DET", "det", 1), ("union", "union", "NOUN", "nsubj", 2),
                     ("said", "say", "VERB", "ROOT", 2), ("today", "today", "NOUN", "npadvmod", 2),
                     ("that", "that", "SCONJ", "mark", 6), ("Israel", "Israel", "PROPN", "nsubj", 6),
                     ("eased", "ease", "VERB", "ccomp", 2), ("the", "the", "DET", "det", 8),
                     ("restrictions", "restriction", "NOUN", "dobj", 6), (".", ".", "PUNCT", "punct", 2)])
    assert factuality_of(doc[6], doc[:]) is Factuality.ASSERTED


def test_no_on_the_object_negates_the_act() -> None:
    # "Poland has sent no tanks to Ukraine ."
    doc = handbuilt([("Poland", "Poland", "PROPN", "nsubj", 2), ("has", "have", "AUX", "aux", 2),
                     ("sent", "send", "VERB", "ROOT", 2, "VBN"), ("no", "no", "DET", "det", 4),
                     ("tanks", "tank", "NOUN", "dobj", 2), ("to", "to", "ADP", "prep", 2),
                     ("Ukraine", "Ukraine", "PROPN", "pobj", 5), (".", ".", "PUNCT", "punct", 2)])
    assert factuality_of(doc[2], doc[:]) is Factuality.NEGATED
