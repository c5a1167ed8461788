"""Tests for detente.actors.names: normalisation, name keys and surnames."""

from __future__ import annotations

from detente.actors.names import name_key, normalise, slug, surname


def test_normalise_folds_accents_case_and_apostrophes() -> None:
    assert normalise("Élysée") == "elysee"
    assert normalise("Russia’s") == "russia's"
    assert normalise("CÔTE") == "cote"


def test_name_key_splits_like_the_english_tokenizer() -> None:
    assert name_key("al-Qaeda") == ("al", "-", "qaeda")
    assert name_key("U.S.") == ("u.s.",)
    assert name_key("Secretary-General") == ("secretary", "-", "general")


def test_surname_keeps_particles_and_family_name_first() -> None:
    assert surname("Abbas Araghchi", "IRN") == "Araghchi"
    assert surname("Ursula von der Leyen", "DEU") == "von der Leyen"
    assert surname("Mohammed bin Salman", "SAU") == "bin Salman"
    assert surname("Xi Jinping", "CHN") == "Xi"
    assert surname("Joseph R. Biden Jr.", "USA") == "Biden"
    assert surname("Putin", "RUS") is None


def test_slug_is_stable_and_ascii() -> None:
    assert slug("António Guterres") == "antonio-guterres"
    assert slug("Hay'at Tahrir al-Sham") == "hay-at-tahrir-al-sham"
