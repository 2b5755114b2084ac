"""A floor under person extraction, measured on the labelled development sets in bench/data/.

`make bench-people` prints the full figures; this only fails when quality falls below what the
extractor reached when the floors were pinned (see bench/RESULTS.md). Raise the floors as it improves.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

FLOORS = {"vi": {"precision": 0.945, "recall": 0.98, "f1": 0.96}, "en": {"precision": 0.95, "recall": 0.96, "f1": 0.955}}
# The same on public labelled news (bench/people_real.py), when NEWS_CORPORA names the folder that holds it.
REAL_FLOORS = {"vlsp2018": {"precision": 0.88, "recall": 0.76}, "conll2003": {"precision": 0.95, "recall": 0.915}}


def _bench(name: str = "people"):
    spec = importlib.util.spec_from_file_location(f"bench_{name}", ROOT / "bench" / f"{name}.py")
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


@pytest.mark.parametrize("name", sorted(REAL_FLOORS))
def test_people_quality_on_real_news_stays_above_its_floor(name):
    folder = os.environ.get("NEWS_CORPORA")
    if not folder or not Path(folder).is_dir():
        pytest.skip("NEWS_CORPORA does not name the folder of public labelled news")
    sets = _bench("people_real").sets(Path(folder), "dev")
    if name not in sets:
        pytest.skip(f"{name} is not in {folder}")
    result = _bench().score(sets[name])
    for measure, floor in REAL_FLOORS[name].items():
        assert getattr(result, measure) >= floor, f"{name} {measure} {getattr(result, measure):.3f} < {floor}"
