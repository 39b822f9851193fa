"""The command line, end to end on the bundled seed and sample."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from click.testing import CliRunner

from reportdiff.cli import cli

from conftest import SAMPLE, SEED


def run(*args: str, input: bytes | None = None) -> subprocess.CompletedProcess:
    """Run the real entry point in a subprocess (exit codes and stderr as a user sees them)."""
    return subprocess.run([sys.executable, "-m", "reportdiff", *args], capture_output=True, input=input, timeout=120)


def test_terminal_summary() -> None:
    result = CliRunner().invoke(cli, ["compare", str(SEED), str(SAMPLE)])
    assert result.exit_code == 0, result.output
    assert "新增 6" in result.output and "删除 3" in result.output
    # -- the old text in the new report's script: 萬 against 万 is no change to show --
    assert "[-170.81万件-]{+176.45万件+}" in result.output


def test_english_labels() -> None:
    result = CliRunner().invoke(cli, ["compare", str(SEED), str(SAMPLE), "--lang", "en"])
    assert "dropped 3" in result.output


@pytest.mark.parametrize(("suffix", "check"), [(".json", "schema_version"), (".md", "| 新增 |"), (".txt", "延续")])
def test_output_format_from_extension(tmp_path, suffix: str, check: str) -> None:
    out = tmp_path / f"diff{suffix}"
    result = CliRunner().invoke(cli, ["compare", str(SEED), str(SAMPLE), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert check in out.read_text(encoding="utf-8")
    assert [p.name for p in tmp_path.iterdir()] == [out.name]  # -- no temp file left behind --


def test_json_to_stdout_follows_the_schema() -> None:
    result = CliRunner().invoke(cli, ["compare", str(SEED), str(SAMPLE), "--format", "json"])
    document = json.loads(result.output)
    assert document["schema_version"] == 1
    assert document["old"]["year"] == 2024 and document["new"]["year"] == 2025
    assert set(document["summary"]) >= {"new", "continued", "modified", "moved", "dropped"}
    measure = next(m for m in document["measures"] if m["status"] == "modified")
    assert set(measure["old"]) >= {"id", "section", "title", "text"}
    assert all(op in ("equal", "delete", "insert") for op, _ in measure["diff"])
    assert next(m for m in document["measures"] if m["status"] == "new")["old"] is None
    assert {"old", "new"} == set(document["outline"])


def test_stdin_as_new_report(seed_text: str) -> None:
    result = run("compare", str(SEED), "-", input=seed_text.encode())
    assert result.returncode == 0
    # -- the plans part's lead (2025年是…关键一年。全区上下将…) shown as its lead, not counted --
    assert "延续 32" in result.stdout.decode()


def test_exit_code_flag() -> None:
    assert run("compare", str(SEED), str(SAMPLE), "--exit-code").returncode == 1
    assert run("compare", str(SEED), str(SEED), "--exit-code").returncode == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["compare", "missing.txt", str(SAMPLE)], "reportdiff: missing.txt：文件不存在"),
        (["compare", "missing.txt", str(SAMPLE), "--lang", "en"], "reportdiff: missing.txt: no such file"),
        (["compare", str(SEED)], "缺少参数 NEW"),
        (["compare", str(SEED), "--lang", "en"], "Missing argument 'NEW'"),
        (["compare", str(SEED), str(SAMPLE), "--bogus"], "没有 --bogus 这个选项"),
        (["compare", str(SEED), str(SAMPLE), "--bogus", "--lang", "en"], "No such option '--bogus'"),
        (["compare", str(SEED), str(SAMPLE), "-o", "x.odt"], "无法从“x.odt”判断输出格式"),
        (["compare", str(SEED), str(SAMPLE), "-o", "x.odt", "--lang=en"], "cannot tell the format"),
        (["compare", str(SEED), str(SAMPLE), "--lang", "fr"], "--lang 的值无效：可选 zh / en"),
    ],
)
def test_errors_are_one_line_with_status_2(args: list[str], message: str) -> None:
    result = run(*args)
    stderr = result.stderr.decode()
    assert result.returncode == 2
    assert message in stderr
    assert len(stderr.strip().splitlines()) == 1, stderr
    assert "Traceback" not in stderr


def test_help_has_examples() -> None:
    result = CliRunner().invoke(cli, ["compare", "--help"])
    assert "reportdiff compare 2024.txt 2025.txt -o diff.html" in result.output


def test_plans_terminal_and_json(tmp_path) -> None:
    result = CliRunner().invoke(cli, ["plans", str(SEED)])
    assert result.exit_code == 0, result.output
    assert "四、（二）第5句" in result.output and "未延续" in result.output
    out = tmp_path / "plans.json"
    assert CliRunner().invoke(cli, ["plans", str(SEED), "-o", str(out)]).exit_code == 0
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["schema_version"] == 1
    # -- 2025年是…收官之年 frames the plans: no plan of its own --
    assert {p["status"] for p in document["plans"]} == {"continues", "new", "framing"}
    assert set(document) >= {"plans", "not_carried", "shortcomings"}


def test_plans_html_is_self_contained(tmp_path) -> None:
    out = tmp_path / "plans.html"
    assert CliRunner().invoke(cli, ["plans", str(SEED), "-o", str(out), "--lang", "en"]).exit_code == 0
    html = out.read_text(encoding="utf-8")
    assert "Plans against results" in html and "http://" not in html and "https://" not in html


def test_compare_lists_promises() -> None:
    result = CliRunner().invoke(cli, ["compare", str(SEED), str(SAMPLE)])
    assert "上年计划兑现情况" in result.output
    # -- not reported, and restated in this year's plans: shown so, as the HTML and DOCX show it --
    assert "[⟳ 今年计划重提] 四、（四）第3句" in result.output


def test_plans_docx_has_tracked_changes(tmp_path) -> None:
    out = tmp_path / "plans.docx"
    result = CliRunner().invoke(cli, ["plans", str(SAMPLE), "-o", str(out)])
    assert result.exit_code == 0, result.output
    from ooxml_revisions import revision_elements

    assert revision_elements(out.read_bytes())
    from docx import Document

    assert Document(str(out)).paragraphs[0].text.startswith("海淀区2025年法治政府建设情况的报告")


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["-o", "{tmp}/x.docx", "--date", "notadate"], "invalid date"),
        (["-o", "{tmp}/x.docx", "--template", "{tmp}/missing.docx"], "does not exist"),
        (["-o", "{tmp}/x.docx", "--template", "{tmp}/plain.txt"], "not a usable .docx template"),
    ],
)
def test_docx_option_errors_are_one_line(tmp_path, extra: list[str], message: str) -> None:
    (tmp_path / "plain.txt").write_text("not a word file", encoding="utf-8")
    args = [a.replace("{tmp}", str(tmp_path)) for a in extra]
    result = run("compare", str(SEED), str(SAMPLE), *args, "--lang", "en")
    stderr = result.stderr.decode()
    assert result.returncode == 2 and message in stderr and len(stderr.strip().splitlines()) == 1, stderr


def test_output_never_overwrites_an_input(tmp_path) -> None:
    new = tmp_path / "new.md"
    new.write_bytes(SAMPLE.read_bytes())
    result = run("compare", str(SEED), str(new), "-o", str(new))
    assert result.returncode == 2 and "是输入文件" in result.stderr.decode()
    assert new.read_bytes() == SAMPLE.read_bytes()
    assert run("compare", "-", "-").returncode == 2


def test_output_keeps_mode_and_writes_through_symlinks(tmp_path) -> None:
    target = tmp_path / "real.json"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    link = tmp_path / "link.json"
    link.symlink_to(target)
    assert CliRunner().invoke(cli, ["compare", str(SEED), str(SAMPLE), "-o", str(link)]).exit_code == 0
    assert link.is_symlink() and json.loads(target.read_text(encoding="utf-8"))["schema_version"] == 1
    assert target.stat().st_mode & 0o777 == 0o640


def test_report_text_cannot_drive_the_terminal(tmp_path, seed_text: str) -> None:
    evil = tmp_path / "evil.txt"
    evil.write_text(seed_text.replace("優化機構設置", "優化機構設置\x1b[2J\x07"), encoding="utf-8")
    result = CliRunner().invoke(cli, ["compare", str(SEED), str(evil)])
    assert "\x1b" not in result.output and "\x07" not in result.output
    assert "優化機構設置[2J" in result.output  # -- the loader drops the controls, keeps the text --
    from reportdiff.render._common import safe

    assert safe("a\x1b[2Jb\nc\td") == "a\ufffd[2Jb\nc\td"  # -- renderers guard library callers too --


def test_form_feeds_end_lines_and_word_output_survives_controls(tmp_path) -> None:
    source = tmp_path / "a.txt"
    source.write_bytes("一、主要举措及成效\n1.深化改革。办理事项12件。\x0c2.优化服务。\x01完成。\n".encode())
    result = run("compare", str(SEED), str(source), "-o", str(tmp_path / "x.docx"))
    assert result.returncode == 0, result.stderr.decode()
    plans = run("plans", str(source), "-o", str(tmp_path / "p.docx"))
    assert plans.returncode == 0 and "未找到工作安排部分" in plans.stderr.decode()
    from reportdiff.pipeline import load_report

    assert [m.id for m in load_report(source).measures] == ["一/1", "一/2"]


@pytest.mark.parametrize("suffix", [".json", ".md", ".html", ".docx"])
def test_byte_identical_across_processes_and_hash_seeds(tmp_path, suffix: str) -> None:
    # -- separate interpreters with different hash seeds: no cache or dict order can hide drift --
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / f"run{seed}{suffix}"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-m", "reportdiff", "compare", str(SEED), str(SAMPLE), "-o", str(out)],
                       check=True, env=env, timeout=120)
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]


def test_redline_docx_read_back_is_the_new_report(tmp_path) -> None:
    """Our own Word redline, read as input, is the new report (its changes accepted), with a warning."""
    redline = tmp_path / "redline.docx"
    assert run("compare", str(SEED), str(SAMPLE), "-o", str(redline)).returncode == 0
    result = run("compare", str(SAMPLE), str(redline), "--format", "json", "--lang", "en")
    assert "contains tracked changes; read as if all were accepted" in result.stderr.decode()
    document = json.loads(result.stdout)
    assert {m["status"] for m in document["measures"]} == {"continued"}
    assert len(document["measures"]) == 37
    plans = run("plans", str(redline))
    assert plans.returncode == 0 and "含修订痕迹" in plans.stderr.decode()


def test_exit_code_sees_heading_and_preamble_changes(tmp_path, seed_text: str) -> None:
    for old, new in (("取得積極成效", "取得顯著成效"), ("(一)統籌推進", "(一)全面推進")):
        edited = tmp_path / "edited.txt"
        edited.write_text(seed_text.replace(old, new, 1), encoding="utf-8")
        result = run("compare", str(SEED), str(edited), "--exit-code")
        assert result.returncode == 1
        assert "标题与导语" in result.stdout.decode()


def test_output_to_a_device_is_written_into_not_replaced() -> None:
    assert run("compare", str(SEED), str(SAMPLE), "-o", "/dev/null", "--format", "json").returncode == 0
    assert not os.path.isfile("/dev/null")


def test_docx_on_stdin(tmp_path) -> None:
    redline = tmp_path / "r.docx"
    assert run("compare", str(SEED), str(SAMPLE), "-o", str(redline)).returncode == 0
    result = run("compare", str(SAMPLE), "-", "--format", "json", input=redline.read_bytes())
    assert result.returncode == 0, result.stderr.decode()
    assert {m["status"] for m in json.loads(result.stdout)["measures"]} == {"continued"}


def test_changed_measure_never_shows_similarity_one() -> None:
    result = CliRunner().invoke(cli, ["compare", str(SEED), str(SAMPLE)])
    assert "一、（四）第2项（原一、（二）第3项）  理顺管理机制，发挥政府法律顾问作用  相似度 99%" in result.output


def test_unrelated_reports_are_said_to_be_unrelated() -> None:
    other = SEED.parent.parent / "samples" / "yunze_sfj_2025_constructed.txt"
    result = run("compare", str(SEED), str(other), "--format", "json")
    assert "共有举措很少" in result.stderr.decode()
    document = json.loads(result.stdout)
    assert document["promises"] == [] and all(m["old"] is None or m["new"] is None for m in document["metrics"])
    (unrelated,) = [w for w in document["warning_records"] if w["code"] == "unrelated"]
    assert unrelated["old"] == str(SEED) and unrelated["matched"] == 0 and "共有举措很少" in unrelated["message"]


def test_pdf_through_libreoffice(tmp_path) -> None:
    """-o x.pdf prints the Word redline with LibreOffice: a page at least per 1,500 characters."""
    import re
    import shutil

    if shutil.which("soffice") is None and shutil.which("libreoffice") is None:
        pytest.skip("LibreOffice not installed: soffice not on PATH")
    out = tmp_path / "redline.pdf"
    result = run("compare", str(SEED), str(SAMPLE), "-o", str(out), "--date", "2025-03-31")
    assert result.returncode == 0, result.stderr.decode()
    data = out.read_bytes()
    assert data.startswith(b"%PDF-")
    pages = len(re.findall(rb"/Type\s*/Page[^s]", data))
    characters = len(SAMPLE.read_text(encoding="utf-8"))
    assert pages >= characters / 1500


@pytest.mark.parametrize(("lang", "said"), [("zh", "输出 PDF 需要 LibreOffice（soffice）：请安装"),
                                            ("en", "PDF output needs LibreOffice (soffice): install it")])
def test_pdf_without_libreoffice_is_one_line_exit_2(tmp_path, lang: str, said: str) -> None:
    out = tmp_path / "redline.pdf"
    env = {**os.environ, "PATH": "/nonexistent"}
    result = subprocess.run([sys.executable, "-m", "reportdiff", "compare", str(SEED), str(SAMPLE), "-o", str(out),
                             "--lang", lang], capture_output=True, timeout=120, env=env)
    assert result.returncode == 2 and not out.exists()
    message = result.stderr.decode().strip()
    assert message.count("\n") == 0 and said in message
