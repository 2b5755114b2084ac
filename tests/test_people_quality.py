"""A floor under person extraction, measured on the labelled development sets in bench/data/.

`make bench-people` prints the full figures; this only fails when quality falls below what the
extractor reached when the floors were pinned (see bench/RESULTS.md). Raise the floors as it improves.
"""

from __future__ import annotations

import importlib.util
import sys

import pytest

from tests.conftest import ROOT

FLOORS = {"vi": {"precision": 0.92, "recall": 0.94, "f1": 0.93}, "en": {"precision": 0.92, "recall": 0.93, "f1": 0.93}}


def _bench():
    spec = importlib.util.spec_from_file_location("bench_people", ROOT / "bench" / "people.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("language", sorted(FLOORS))
def test_people_quality_stays_above_its_floor(language):
    bench = _bench()
    articles = bench.load(language)
    assert sum(len(a.people) for a in articles) >= 300  # a set big enough to measure precision and recall
    result = bench.score(articles)
    for measure, floor in FLOORS[language].items():
        assert getattr(result, measure) >= floor, f"{language} {measure} {getattr(result, measure):.3f} < {floor}"
