"""Extraction at two commits, article by article: the same records, and the CPU an article takes.

    NEWS_CORPORA=/work/corpora .venv/bin/python bench/extract_same.py BEFORE AFTER [--rounds 2]

Each commit's code is taken out of git (`git archive`) into a temporary folder and run in a process of
its own over the same articles: the bench's synthetic archive (bench/make_archive.py, 2,000 articles
by default), and from the corpora folder (an argument or NEWS_CORPORA, laid out as bench/people_real.py
reads it) the Dân trí articles (vi-dantri, files read as a build reads them), VLSP 2018 train and dev,
VLSP 2016 dev and CoNLL 2003 train and dev (their articles' sentences as paragraphs, as
bench/people_real.py gives them). For every article it writes the whole record extraction makes
(`repr` of the Article: paragraph kinds, people, the names set aside with their rule ids, sources,
summary, language, title, author, word count; with the slug source and the fingerprint of files), and
`find_people` on the paragraphs as given (the people, and each name set aside with its reason, rule
and position). The two commits' records are compared line by line; the first differences are shown.

With `--rounds N` it then times both commits alternately N times, each in a fresh process: CPU
milliseconds an article (process time) to read and extract a file's articles (`process_file`, as an
extraction worker runs it), to extract them once read (`extract_article`), and for `find_people`
alone. Timing needs a quiet machine: say the load with the figures. The corpora's text stays in the
temporary folder.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SYNTHETIC = 2000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", help="a commit")
    parser.add_argument("after", help="a commit, or `.` for the work tree as it is")
    parser.add_argument("--corpora", default=os.environ.get("NEWS_CORPORA"), help="(or NEWS_CORPORA)")
    parser.add_argument("--synthetic", type=int, default=SYNTHETIC, help="articles of the synthetic archive")
    parser.add_argument("--rounds", type=int, default=0, help="then time both commits alternately this often")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="extract-same-") as folder:
        work = Path(folder)
        inputs = _inputs(work, Path(args.corpora) if args.corpora else None, args.synthetic)
        trees = {label: _tree(commit, work / label) for label, commit in (("before", args.before), ("after", args.after))}
        records = {}
        for label, tree in trees.items():
            out = work / f"{label}.txt"
            _child(tree, "dump", inputs, out)
            records[label] = out.read_text("utf-8").splitlines()
        _compare(records["before"], records["after"])
        for round_ in range(args.rounds):
            for label, tree in trees.items():
                out = work / f"{label}-time-{round_}.json"
                _child(tree, "time", inputs, out)
                figures = json.loads(out.read_text("utf-8"))
                print(f"round {round_ + 1} {label:<6} " + "  ".join(
                    f"{name}: {' / '.join(f'{ms:.3f}' for ms in row)}" for name, row in figures.items()))
        if args.rounds:
            print("ms of CPU an article: read and extract (files only) / extract / find_people")


def _inputs(work: Path, corpora: Path | None, synthetic: int) -> Path:
    """The articles both commits read, written once: folders of files, and labelled sets' paragraphs."""
    sys.path.insert(0, str(ROOT))
    from bench.make_archive import SEED, write_archive

    folders = {"synthetic": work / "synthetic"}
    write_archive(synthetic, folders["synthetic"], SEED)
    labelled: dict[str, list[list]] = {}
    if corpora and corpora.is_dir():
        from bench.people_real import load_columns, load_vlsp2018

        if (corpora / "vi-dantri").is_dir():
            folders["dantri"] = corpora / "vi-dantri"
        for split in ("train", "dev"):
            if (corpora / "vi-vlsp2018" / split).is_dir():
                labelled[f"vlsp2018-{split}"] = load_vlsp2018(corpora / "vi-vlsp2018" / split, credits=True)
        if (corpora / "vi-vlsp2016" / "dev.txt").is_file():
            labelled["vlsp2016-dev"] = load_columns(corpora / "vi-vlsp2016" / "dev.txt", "\t", False, "vlsp2016")
        for split, name in (("train", "train.txt"), ("dev", "valid.txt")):
            if (corpora / "en-conll2003" / name).is_file():
                labelled[f"conll2003-{split}"] = load_columns(corpora / "en-conll2003" / name, " ", True, "conll2003")
    described = {
        "folders": {name: str(path) for name, path in folders.items()},
        "labelled": {name: [[a.id, list(a.paragraphs)] for a in articles] for name, articles in labelled.items()},
        "curation": str(ROOT / "people.yml"),
    }
    path = work / "inputs.json"
    path.write_text(json.dumps(described, ensure_ascii=False), "utf-8")
    counts = [f"{name} {len(list(Path(p).glob('*.txt')))}" for name, p in described["folders"].items()]
    counts += [f"{name} {len(articles)}" for name, articles in described["labelled"].items()]
    print("articles:", ", ".join(counts))
    return path


def _tree(commit: str, folder: Path) -> Path:
    if commit == ".":
        return ROOT
    folder.mkdir()
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit, "generator"], check=True, capture_output=True)
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archive.stdout, check=True)
    return folder


def _child(tree: Path, mode: str, inputs: Path, out: Path) -> None:
    subprocess.run([sys.executable, str(Path(__file__).resolve()), "--child", mode, str(tree), str(inputs), str(out)],
                   check=True)


def _compare(before: list[str], after: list[str]) -> None:
    differing = [(b, a) for b, a in zip(before, after) if b != a]
    if len(before) != len(after):
        print(f"different counts of records: {len(before)} before, {len(after)} after")
    for b, a in differing[:5]:
        print(f"- {b[:2000]}\n+ {a[:2000]}")
    articles = sum(1 for line in before if line.startswith("article "))
    if differing or len(before) != len(after):
        print(f"{len(differing)} of {len(before)} records differ")
        sys.exit(1)
    print(f"{articles} articles, {len(before)} records: all the same")


def _run_child(mode: str, tree: str, inputs_path: str, out_path: str) -> None:
    sys.path.insert(0, tree)  # ahead of the installed package: this commit's code
    from generator.build import process_file
    from generator.curation import load_curation
    from generator.extract import extract_article
    from generator.extract.people import find_people
    from generator.model import ArticleDate, RawArticle
    from generator.read import read_file

    assert Path(sys.modules["generator"].__file__).resolve().is_relative_to(Path(tree).resolve())
    inputs = json.loads(Path(inputs_path).read_text("utf-8"))
    curation = load_curation(Path(inputs["curation"]))
    files = {name: (Path(folder), sorted(Path(folder).glob("*.txt"))) for name, folder in inputs["folders"].items()}
    labelled = {name: [RawArticle(f"{name}:{id_}", name, ArticleDate(), tuple(paragraphs))
                       for id_, paragraphs in articles] for name, articles in inputs["labelled"].items()}
    if mode == "dump":
        with open(out_path, "w", encoding="utf-8") as out:
            for name, (root, paths) in files.items():
                for path in paths:
                    result = process_file(path, (0,), root, curation)
                    out.write(f"file {name} {result.source} {result.problems!r}\n")
                    for done in result.extracted:
                        out.write(f"article {done.article!r} {done.slug_source!r} {done.fingerprint}\n")
                    for raw in read_file(path, root)[0]:
                        out.write(f"people {raw.id} {find_people(raw.paragraphs, curation)!r}\n")
            for name, raws in labelled.items():
                for raw in raws:
                    out.write(f"article {extract_article(raw, '', curation)!r}\n")
                    out.write(f"people {raw.id} {find_people(raw.paragraphs, curation)!r}\n")
        return
    figures: dict[str, list[float]] = {}
    for name, (root, paths) in files.items():
        started = time.process_time()
        results = [process_file(path, (0,), root, curation) for path in paths]
        whole = time.process_time() - started
        count = sum(len(r.extracted) for r in results)
        raws = [raw for path in paths for raw in read_file(path, root)[0]]
        figures[name] = [whole * 1000 / count, *_extract_times(raws, curation, extract_article, find_people)]
    for name, raws in labelled.items():
        figures[name] = _extract_times(raws, curation, extract_article, find_people)
    Path(out_path).write_text(json.dumps(figures), "utf-8")


def _extract_times(raws, curation, extract_article, find_people) -> list[float]:
    started = time.process_time()
    for raw in raws:
        extract_article(raw, "", curation)
    extracting = time.process_time() - started
    started = time.process_time()
    for raw in raws:
        find_people(raw.paragraphs, curation)
    finding = time.process_time() - started
    return [extracting * 1000 / len(raws), finding * 1000 / len(raws)]


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        _run_child(*sys.argv[2:6])
    else:
        main()
