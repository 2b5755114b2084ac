"""The search index's reading of Vietnamese, which docs/assets/search.js repeats in the browser."""

from __future__ import annotations

from generator.search_index import fold, key_hash, syllables


def test_fold_drops_marks_and_reads_d_for_d_stroke():
    assert fold("Đinh La Thăng") == "dinh la thang"
    assert fold("ĐƯỜNG") == "duong"


def test_syllables_are_lowercase_with_one_tone_placement():
    assert syllables("Thanh Hoá, thuỷ điện; HOÀ BÌNH") == ["thanh", "hóa", "thủy", "điện", "hòa", "bình"]
    # `qu` is a consonant, and a final consonant keeps the mark where it is.
    assert syllables("quý khuỳnh hoàng") == ["quý", "khuỳnh", "hoàng"]
    assert syllables("Covid-19 ở Hà Nội") == ["covid", "19", "ở", "hà", "nội"]


def test_key_hash_is_fnv_1a_over_utf8():
    # The browser computes the same number to find a key's file.
    assert key_hash("") == 0x811C9DC5
    assert key_hash("a") == 0xE40C292C
