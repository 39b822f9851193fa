"""The ready-to-copy integrations: the GitHub Actions workflow and the pre-commit hook."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from corpus_series import write_series

yaml = pytest.importorskip("yaml", reason="PyYAML is needed to read the workflow (pip install '.[test]')")

ROOT = Path(__file__).resolve().parent.parent
WORKFLOW = ROOT / "examples" / "reportdiff-check.yml"
HOOKS = ROOT / ".pre-commit-hooks.yaml"


def _bin_env(tmp_path: Path) -> dict[str, str]:
    # -- the commands run as a user's shell runs them: `reportdiff` on PATH, a private cache --
    scripts = str(Path(sys.executable).parent)
    return {**os.environ, "PATH": scripts + os.pathsep + os.environ.get("PATH", ""),
            "REPORTDIFF_CACHE_DIR": str(tmp_path / "cache")}


def test_workflow_is_valid_and_its_commands_run(tmp_path) -> None:
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    triggers = workflow[True]  # -- YAML 1.1 reads the key `on` as true --
    for event in ("push", "pull_request"):
        assert "reports/**" in triggers[event]["paths"]
    steps = workflow["jobs"]["check"]["steps"]
    runs = [step["run"] for step in steps if "run" in step]
    install, check_step = runs
    env = workflow["env"]
    # -- the install step installs this project under its own name --
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["name"]
    assert shlex.split(install)[:4] == ["python", "-m", "pip", "install"] and env["REPORTDIFF"] == project
    # -- the check step runs here as it runs on the runner, in a repository with reports/ --
    repo = tmp_path / "repo"
    write_series(repo / env["REPORTS"].rstrip("/"), years=(2024, 2025))
    summary = tmp_path / "summary.md"
    result = subprocess.run(["bash", "-e", "-c", check_step], cwd=repo, capture_output=True, text=True, timeout=300,
                            env={**_bin_env(tmp_path), **env, "GITHUB_STEP_SUMMARY": str(summary)})
    assert result.returncode == 0, result.stderr
    assert "年度报告检查：通过" in summary.read_text(encoding="utf-8")
    upload = next(step for step in steps if step.get("uses", "").startswith("actions/upload-artifact"))
    assert upload["if"] == "always()"
    for artefact in upload["with"]["path"].split():
        assert (repo / artefact).stat().st_size > 0


def test_pre_commit_hook(tmp_path) -> None:
    hooks = yaml.safe_load(HOOKS.read_text(encoding="utf-8"))
    hook = next(h for h in hooks if h["id"] == "reportdiff-check")
    assert hook["language"] == "python" and hook["pass_filenames"] is False
    repo = tmp_path / "repo"
    write_series(repo / "reports", years=(2024, 2025))
    (repo / "reportdiff.toml").write_text('[rules]\ndropped = "fail"\n', encoding="utf-8")
    env = _bin_env(tmp_path)
    if shutil.which("pre-commit") and shutil.which("git"):
        subprocess.run(["git", "init", "-q"], cwd=repo, check=True)
        subprocess.run(["git", "add", "-A"], cwd=repo, check=True)
        result = subprocess.run(["pre-commit", "try-repo", str(ROOT), hook["id"], "--all-files"], cwd=repo,
                                capture_output=True, text=True, timeout=900, env=env)
        output = result.stdout
    else:
        # -- pre-commit absent: its entry runs as the plain command pre-commit would run --
        result = subprocess.run([*shlex.split(hook["entry"]), *hook.get("args", []), "reports/"], cwd=repo,
                                capture_output=True, text=True, timeout=300, env=env)
        output = result.stdout
    # -- the rules of the repository apply: dropped measures fail the hook --
    assert result.returncode == 1, result.stderr
    assert "规范律师和公证行业管理" in output


def test_readme_workflow_is_the_example() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("### In CI and pre-commit"):]
    block = section[section.index("```yaml\n") + 8:]
    block = block[: block.index("```")]
    assert yaml.safe_load(block) == yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


def test_progress_bar_only_on_a_terminal_outside_ci(monkeypatch, capsys) -> None:
    from reportdiff.corpus.progress import progress

    monkeypatch.delenv("CI", raising=False)
    monkeypatch.delenv("REPORTDIFF_NO_PROGRESS", raising=False)
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    with progress(3, "parse", "en") as step:
        for _ in range(3):
            step()
    assert "parse" in capsys.readouterr().err
    monkeypatch.setenv("CI", "true")
    with progress(3, "parse") as step:
        step()
    assert capsys.readouterr().err == ""
    monkeypatch.delenv("CI")
    monkeypatch.setattr(sys.stderr, "isatty", lambda: False)
    with progress(3, "parse") as step:
        step()
    assert capsys.readouterr().err == ""
