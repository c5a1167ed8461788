"""Round twenty-nine (docs/factuality.md, "Round twenty-nine: terms, refused things, backed acts,
absences, works, figures, lifted bars and rubrics"):
a counted "for N years" on a verb of imposing a term is the term, not a span of practice; a participle with its own
agent on a rejected thing is a fact about the thing, not rejected with it; an owned act backed or opposed is under
way, not a policy weighed; "stopped short of" with "of" hung on the verb still denies what follows; an owned act that
"may amount to" a crime is done; a bar lifted leaves the barred act open; a present perfect in a time clause of a plan
is still to come."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import country_facts

pytestmark = pytest.mark.slow

_DAY = date(2024, 6, 1)


def _roots(pipeline: Any, text: str) -> set[tuple[str | None, str, str | None, str]]:
    return {(s, code[:2], t, f) for s, code, t, f in country_facts(pipeline, text, _DAY)}


@pytest.mark.parametrize(("text", "expected"), [
    ("A court in Moscow jailed the American journalist Evan Gershkovich for 16 years.", ("RUS", "17", "USA", "asserted")),
    ("Iran jailed the British-Iranian charity worker for ten years.", ("IRN", "17", "GBR", "asserted")),
    ("A Belarusian court jailed the Polish journalist Andrzej Poczobut for eight years.",
     ("BLR", "17", "POL", "asserted")),
    ("A Chinese court jailed the Australian writer Yang Hengjun for 20 years.", ("CHN", "17", "AUS", "asserted")),
    ("Thailand's Constitutional Court banned the Move Forward party's leaders from politics for ten years.",
     ("THA", "17", "THA", "asserted")),
    ("Russia banned the American journalist from entering the country for five years.",
     ("RUS", "17", "USA", "asserted")),
])
def test_a_counted_term_on_an_imposing_verb_is_the_term(pipeline: Any, text: str,
                                                        expected: tuple[str, str, str, str]) -> None:
    assert expected in _roots(pipeline, text), text


@pytest.mark.parametrize("text", [
    # controls: a perfect, or years with no count, still state a standing practice
    "Russia has jailed dissidents for decades.",
    "Russia sold arms to India for decades.",
    "Israel has detained Palestinians without charge for years.",
])
def test_spans_of_practice_stay_no_event(pipeline: Any, text: str) -> None:
    assert not [f for f in country_facts(pipeline, text, _DAY) if f[3] == "asserted"], text


@pytest.mark.parametrize(("text", "expected"), [
    ("Kyiv rejected the Chinese plan backed by Brazil.", ("BRA", "05", "CHN", "asserted")),
    ("Israel dismissed the Egyptian reconstruction plan endorsed by the Arab League.",
     (None, "05", "EGY", "asserted")),
    # the rejection itself is still coded
    ("Kyiv rejected the Chinese plan backed by Brazil.", ("UKR", "12", "CHN", "asserted")),
    ("Hamas rejected a ceasefire proposal put forward by the United States.", ("PSE", "12", "USA", "asserted")),
])
def test_a_participle_on_a_rejected_thing_is_not_rejected(pipeline: Any, text: str,
                                                          expected: tuple[str | None, str, str, str]) -> None:
    assert expected in _roots(pipeline, text), text


@pytest.mark.parametrize(("text", "expected"), [
    ("China has given Russia support for its war in Ukraine.", ("RUS", "19", "UKR", "asserted")),
    ("North Korea voiced support for Russia's war against Ukraine.", ("RUS", "19", "UKR", "asserted")),
    # controls: a bare act backed is a policy weighed
    ("Germany voiced support for sending more air defence to Ukraine.", (None, "07", "UKR", "hypothetical")),
    ("Spain voiced support for recognising Palestine.", (None, "05", "PSE", "hypothetical")),
])
def test_an_owned_act_backed_is_under_way(pipeline: Any, text: str,
                                          expected: tuple[str | None, str, str, str]) -> None:
    assert expected in _roots(pipeline, text), text


@pytest.mark.parametrize(("text", "expected"), [
    ("Germany stopped short of sending Taurus missiles to Ukraine.", ("DEU", "07", "UKR", "negated")),
    ("Washington stopped short of imposing sanctions on Israel.", ("USA", "16", "ISR", "negated")),
    ("The EU stopped short of recognising Palestine as a state.", (None, "05", "PSE", "negated")),
    # control: "stopped" with a gerund ends an act that was going on
    ("Britain stopped sending arms to Israel.", ("GBR", "16", "ISR", "asserted")),
])
def test_stopping_short_of_an_act_denies_it(pipeline: Any, text: str,
                                            expected: tuple[str | None, str, str, str]) -> None:
    assert expected in _roots(pipeline, text), text


@pytest.mark.parametrize(("text", "expected"), [
    # an owned act judged by what it may count as is done; the judgement is weighed
    ("Russia's invasion of Ukraine could amount to a war crime.", ("RUS", "19", "UKR", "asserted")),
    ("Rights groups say Russia's strikes on Ukraine's power grid may amount to war crimes.",
     ("RUS", "19", "UKR", "asserted")),
    ("Israel's offensive on Gaza City could amount to a war crime.", ("ISR", "19", "PSE", "asserted")),
    # controls: no owner, "would", or a consequence of an act that may be only supposed
    ("A Chinese invasion of Taiwan could trigger a global recession.", ("CHN", "19", "TWN", "hypothetical")),
    ("China's invasion of Taiwan would trigger sanctions.", ("CHN", "19", "TWN", "hypothetical")),
    ("Russia's attack on NATO could trigger Article 5.", ("RUS", "19", None, "hypothetical")),
])
def test_an_owned_act_judged_by_what_it_may_amount_to_is_done(pipeline: Any, text: str,
                                                              expected: tuple[str, str, str | None, str]) -> None:
    assert expected in _roots(pipeline, text), text


@pytest.mark.parametrize("text", [
    # what a lifted veto or objection let through is not reported done (nor denied)
    "Turkey lifted its veto on Finland and Sweden joining NATO.",
    "Hungary dropped its objection to Sweden joining NATO.",
    "Turkey lifted its veto on Sweden's bid to join NATO.",
])
def test_an_act_a_lifted_bar_lets_through_is_not_asserted_or_denied(pipeline: Any, text: str) -> None:
    facts = country_facts(pipeline, text, _DAY)
    assert not [f for f in facts if f[1] == "057" and f[3] in ("asserted", "negated")], (text, facts)
    assert [f for f in facts if f[1].startswith("08") and f[3] == "asserted"], (text, facts)  # the lifting stays


@pytest.mark.parametrize(("text", "expected"), [
    # controls: the veto itself is coded; a trailing participle of a done act is done
    ("Hungary vetoed Sweden's bid to join NATO.", ("HUN", "12", "SWE", "asserted")),
    ("Russia attacked Kyiv, killing five people.", ("RUS", "19", "UKR", "asserted")),
])
def test_bars_kept_and_trailing_participles_keep_their_labels(pipeline: Any, text: str,
                                                              expected: tuple[str, str, str | None, str]) -> None:
    assert expected in _roots(pipeline, text), (text, _roots(pipeline, text))


@pytest.mark.parametrize(("text", "expected"), [
    # a present perfect in a "once / after / when" clause of a planned or supposed act is still to come
    ("Israel will resume the war once Hamas has released the hostages.", ("PSE", "08", None, "future")),
    ("Hamas will free the hostages once Israel has withdrawn from Gaza.", ("ISR", "08", "PSE", "future")),
    ("Ukraine will hold elections after Russia has withdrawn its troops.", ("RUS", "08", "UKR", "future")),
    ("Israel would withdraw from Gaza once Hamas has disarmed.", ("ISR", "08", "PSE", "hypothetical")),
    # controls: a past perfect after a past host happened; the host keeps its own label
    ("Israel resumed the war after Hamas had released some hostages.", ("PSE", "08", None, "asserted")),
    ("Israel will resume the war once Hamas has released the hostages.", ("ISR", "19", None, "future")),
])
def test_a_perfect_in_a_time_clause_of_a_plan_is_still_to_come(pipeline: Any, text: str,
                                                              expected: tuple[str, str, str | None, str]) -> None:
    assert expected in _roots(pipeline, text), (text, _roots(pipeline, text))
