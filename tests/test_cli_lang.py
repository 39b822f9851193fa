"""Every word the command line says is in the reader's language: errors, the reason a folder's
file is skipped, and where the warnings stand in each output (zh by default, en with --lang en)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import SAMPLE, SEED
from test_loaders_text import _scanned_pdf
from reportdiff.labels import ERROR_CODES, _ERRORS

ROOT = Path(__file__).resolve().parent.parent
_OS = ("os_permission", "os_no_space", "os_read_only", "os_name_too_long", "os_io")
#: English words of the templates a Chinese message must not carry (names of tools, formats and
#: options are the same in both languages and are not listed).
_ENGLISH = re.compile(r"\b(no|not|is|an?|the|cannot|unknown|must|choose|add|see|such|empty|skipped|readable|"
                      r"valid|write|folder|file|reports?|directory|input|output|aborted|Invalid)\b")

_REPORT = """青禾镇{year}年法治政府建设工作报告
{year}年，青禾镇围绕县委工作部署推进法治政府建设，现报告如下。
一、主要工作及成效
镇党委专题研究法治工作{n}次，组织村干部集中学法{n}次。
二、存在的不足
一是执法人员力量不足。
三、下一步工作打算
一是充实执法力量，配备执法记录仪{n}台。
"""


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "reportdiff", *args], capture_output=True, text=True,
                          timeout=300, cwd=cwd)


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "reports"
    folder.mkdir()
    for year, n in ((2024, 3), (2025, 4)):
        (folder / f"qinghe-{year}.txt").write_text(_REPORT.format(year=year, n=n), encoding="utf-8")
    # -- the reader cannot read these: the reason each is skipped is its reader's, said in the reader's language --
    (folder / "scan.pdf").write_bytes(_scanned_pdf())  # -- a page image, no text layer --
    (folder / "broken.docx").write_bytes(b"PK\x03\x04 not a whole archive")
    (folder / "blank.txt").write_bytes(b"")
    return folder


def test_every_error_code_has_both_languages_with_the_same_params() -> None:
    fields = re.compile(r"(?<!\{)\{(\w+)\}")
    assert set(_ERRORS["zh"]) == set(_ERRORS["en"]) == set(ERROR_CODES)
    for code in ERROR_CODES:
        zh, en = _ERRORS["zh"][code], _ERRORS["en"][code]
        # -- the same params, but where English shows a library's or the system's own words, Chinese
        #    may say it in its own --
        assert set(fields.findall(zh)) <= set(fields.findall(en)), code
        assert set(fields.findall(zh)) == set(fields.findall(en)) or code in ("pdf_unreadable", "docx_template", *_OS), code
        assert not _ENGLISH.search(fields.sub("", zh)), (code, zh)


def test_every_code_raised_has_templates() -> None:
    # -- a code named in a raise site with no template would be a KeyError at the worst moment --
    raised = set()
    for path in (ROOT / "reportdiff").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        raised |= set(re.findall(r"\.of\((?:[^\"()]|\([^()]*\))*?, \"(\w+)\"", text))
        raised |= set(re.findall(r"(?:OutputError|UsageProblem|RenderError\.of|invalid)\(\s*(?:source, )?\"(\w+)\"",
                                 text))
        raised |= set(re.findall(r"(?:detail|where|problem)_code=\"(\w+)\"", text))
    assert {"no_such_file", "docx_invalid", "docx_not_zip", "stdin_twice", "no_output_folder"} <= raised
    assert raised <= set(ERROR_CODES), raised - set(ERROR_CODES)


@pytest.mark.parametrize(("args", "zh", "en"), [
    (["compare", "missing.txt", "{sample}"], "missing.txt：文件不存在", "missing.txt: no such file"),
    (["compare", "{seed}", "{tmp}"], "是文件夹，不是报告文件", "is a directory, not a report file"),
    (["compare", "{seed}", "{tmp}/reports/blank.txt"], "blank.txt：文件为空", "blank.txt: is empty"),
    (["compare", "{seed}", "{tmp}/reports/broken.docx"], "不是有效的 .docx 文件（不是 zip 压缩包，或已损坏）",
     "is not a valid .docx file (not a zip archive, or a damaged one)"),
    (["plans", "{tmp}/reports/scan.pdf"], "PDF 文件没有文字层", "the PDF has no text layer"),
    (["compare", "{seed}", "{sample}", "-o", "x.odt"], "无法从“x.odt”判断输出格式；请加 --format",
     "cannot tell the format from 'x.odt'; add --format"),
    (["compare", "-", "-"], "标准输入（-）只能作为一个输入", "standard input (-) can be only one of the inputs"),
    (["compare", "{seed}", "{sample}", "-o", "{tmp}/none/x.html"], "无法写入（文件夹", "cannot write (no such folder"),
    (["compare", "{seed}", "{sample}", "-o", "{tmp}", "--format", "json"], "是文件夹；请指定输出文件",
     "is a directory; name an output file"),
    (["compare", "{seed}", "{sample}", "--format", "docx", "--date", "soon"], "--date 的值无效：日期“soon”无效",
     "Invalid value for '--date': invalid date 'soon'"),
    (["compare", "{seed}", "{sample}", "--format", "docx", "--template", "{seed}"], "不能用作 .docx 模板（不是 .docx 文件",
     "is not a usable .docx template"),
    (["timeline", "{tmp}/reports", "--format", "docx"], "此命令输出 html、json 或 md",
     "this command writes html, json or md"),
    (["timeline", "{tmp}/reports", "--body", "无此镇"], "没有“无此镇”的报告（已有单位：青禾镇）",
     "no reports of '无此镇' (bodies: 青禾镇)"),
    (["matrix", "{tmp}/reports", "--year", "1999"], "没有1999年的报告（已有年份：2024、2025）",
     "no reports of 1999 (years: 2024, 2025)"),
    (["timeline", "{tmp}/absent"], "absent：文件夹不存在", "absent: no such directory"),
    (["check", "{tmp}/reports", "--config", "{tmp}/missing.toml"], "配置文件不存在", "no such configuration file"),
    (["check", "{tmp}/reports", "--config", "{tmp}/bad.toml"], "未知规则“droped”（可用：required_parts、dropped",
     "unknown rule 'droped' (known: required_parts, dropped"),
])
def test_errors_in_the_readers_language(tmp_path, args: list[str], zh: str, en: str) -> None:
    _folder(tmp_path)
    (tmp_path / "bad.toml").write_text('[rules]\ndroped = "fail"\n', encoding="utf-8")
    args = [arg.format(seed=SEED, sample=SAMPLE, tmp=tmp_path) for arg in args]
    chinese, english = run(*args, cwd=tmp_path), run(*args, "--lang", "en", cwd=tmp_path)
    for result, words in ((chinese, zh), (english, en)):
        assert result.returncode == 2 and words in result.stderr, result.stderr
        assert result.stderr.startswith("reportdiff: ") and len(result.stderr.strip().splitlines()) == 1
    said = chinese.stderr.replace("reportdiff: ", "").replace("reportdiff ", "")
    for arg in sorted(args, key=len, reverse=True):
        said = said.replace(arg, "")  # -- the paths and values given are the user's words --
    assert not _ENGLISH.search(said), said


@pytest.mark.parametrize(("args", "zh", "en"), [
    (["compare", "{seed}", "--bogus"], "没有 --bogus 这个选项（见 reportdiff compare --help）",
     "No such option '--bogus'. (see 'reportdiff compare --help')"),
    (["check", "{tmp}", "--jsn", "x.json"], "没有 --jsn 这个选项；是否要用 --json / --jobs？", "No such option '--jsn'."),
    (["compare", "{seed}"], "缺少参数 NEW（见 reportdiff compare --help）", "Missing argument 'NEW'."),
    (["compare", "{seed}", "{sample}", "--format", "xx"], "--format 的值无效：可选 html / json / md / text / docx / pdf",
     "Invalid value for '--format': 'xx' is not one of 'html', 'json'"),
    (["compare", "{seed}", "{sample}", "{seed}"], "多余的参数：", "Got unexpected extra argument ("),
    (["compare", "{seed}", "{sample}", "--format"], "选项 --format 需要一个值", "Option '--format' requires an argument."),
    (["compare", "{seed}", "{sample}", "--exit-code=3"], "选项 --exit-code 不带值",
     "Option '--exit-code' does not take a value."),
    (["nosuch", "{seed}"], "没有 nosuch 这个命令", "No such command 'nosuch'."),
    (["compar", "{seed}"], "没有 compar 这个命令；是否要用 compare？", "Did you mean 'compare'?"),
    (["--lang", "zh"], "缺少命令", "Missing command."),
    # -- a value click's type refuses: the problem is said too, not only the option --
    (["check", "{tmp}", "-j", "0"], "--jobs / -j 的值无效：0 超出范围（不小于 1）", "0 is not in the range x>=1."),
    (["matrix", "{tmp}", "--year", "abc"], "--year 的值无效：“abc”不是整数", "'abc' is not a valid integer."),
    (["compare", "{seed}", "{sample}", "--template", "{tmp}"], "--template 的值无效：", "is a directory."),
    (["compare", "{seed}", "{sample}", "--template", "{tmp}/absent.docx"], "absent.docx 不存在", "does not exist."),
])
def test_click_usage_errors_in_the_readers_language(tmp_path, args: list[str], zh: str, en: str) -> None:
    # -- click ships no Chinese: its usage errors are said from their kind and fields; English keeps
    #    click's own words; either way the pointer to --help is the reader's --
    args = [arg.format(seed=SEED, sample=SAMPLE, tmp=tmp_path) for arg in args]
    # -- --lang goes before an option left without its value, which would take it as the value --
    left_open = args[-1].startswith("--")
    chinese = run(*args)
    english = run(*args[:-1], "--lang", "en", args[-1]) if left_open else run(*args, "--lang", "en")
    for result, words in ((chinese, zh), (english, en)):
        assert result.returncode == 2 and words in result.stderr, result.stderr
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    said = chinese.stderr.replace("reportdiff: ", "").replace("reportdiff ", "")
    for arg in sorted(args, key=len, reverse=True):
        said = said.replace(arg, "")
    assert not _ENGLISH.search(said), said


@pytest.fixture(scope="module")
def folder_outputs(tmp_path_factory) -> dict[str, dict[str, str]]:
    """check, timeline and matrix over a folder holding unreadable files, in zh and en."""
    tmp_path = tmp_path_factory.mktemp("lang")
    folder = _folder(tmp_path)
    outputs: dict[str, dict[str, str]] = {}
    for lang in ("zh", "en"):
        out = tmp_path / lang
        out.mkdir()
        said = outputs.setdefault(lang, {})
        check = run("check", str(folder), "--no-cache", "--lang", lang, "--json", str(out / "check.json"),
                    "--html", str(out / "check.html"))
        assert check.returncode == 0, check.stderr
        said.update({"check.md": check.stdout, "check.err": check.stderr})
        for command in ("timeline", "matrix"):
            for fmt in ("md", "html", "json"):
                result = run(command, str(folder), "--no-cache", "--lang", lang, "-o", str(out / f"{command}.{fmt}"))
                assert result.returncode == 0, result.stderr
                said[f"{command}.err"] = result.stderr
        said.update({path.name: path.read_text(encoding="utf-8") for path in out.iterdir()})
    return outputs


@pytest.mark.parametrize("name", ["check.md", "check.html", "check.err", "timeline.md", "timeline.html",
                                  "timeline.err", "matrix.md", "matrix.html", "matrix.err"])
def test_a_skipped_file_says_why_in_the_readers_language(folder_outputs, name: str) -> None:
    zh, en = folder_outputs["zh"][name], folder_outputs["en"][name]
    if "check" in name:
        # -- check reads only each body's last two years: the files named for none are still said --
        assert "blank.txt：文件为空；已跳过" in zh and "blank.txt: is empty; skipped" in en
        return
    assert "broken.docx：不是有效的 .docx 文件（不是 zip 压缩包，或已损坏）；已跳过" in zh
    assert "scan.pdf：PDF 文件没有文字层（扫描图像？）" in zh
    assert "broken.docx: is not a valid .docx file (not a zip archive, or a damaged one); skipped" in en
    assert "scan.pdf: the PDF has no text layer (a scanned image?)" in en
    for line in zh.splitlines():
        for name in ("broken.docx", "scan.pdf"):
            if name in line:
                # -- what follows the file's name is ours to say --
                assert not _ENGLISH.search(re.sub(r"<[^>]*>", "", line.split(name, 1)[1])), line


def test_json_keeps_the_english_warnings_and_records_the_reason(folder_outputs) -> None:
    zh = json.loads(folder_outputs["zh"]["timeline.json"])
    en = json.loads(folder_outputs["en"]["timeline.json"])
    # -- schema 1's warnings are English whatever --lang says (CI scripts match them) --
    assert zh["warnings"] == en["warnings"]
    assert any("broken.docx: is not a valid .docx file" in text for text in zh["warnings"])
    (record,) = [r for r in zh["warning_records"] if r.get("source", "").endswith("broken.docx")]
    assert record["code"] == "unreadable" and record["reason"] == "docx_invalid"
    assert record["reason_params"] == {"detail_code": "docx_not_zip"}
    assert record["problem"] == "is not a valid .docx file (not a zip archive, or a damaged one)"
    assert "不是有效的 .docx 文件" in record["message"]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_markdown_and_html_open_with_the_warnings(folder_outputs, lang: str) -> None:
    said = folder_outputs[lang]
    heading = "提示" if lang == "zh" else "Warnings"
    for name in ("check.md", "timeline.md", "matrix.md"):
        text = said[name]
        # -- the warnings come before the first section, where a reader starts --
        assert text.index(f"> **{heading}**") < text.index("\n## "), name
    for name in ("check.html", "timeline.html", "matrix.html"):
        page = said[name]
        assert page.index('class="notice"') < page.index("<table"), name


def test_timeline_tooltips_in_the_readers_language(folder_outputs) -> None:
    titles = re.findall(r"title='[^']*'", folder_outputs["zh"]["timeline.html"])
    assert titles and not any(_ENGLISH.search(title) or "present" in title for title in titles)
    assert any("有此项" in title for title in titles)


def test_the_systems_common_reasons_in_the_readers_language(monkeypatch, tmp_path) -> None:
    import errno
    import os

    from reportdiff.errors import LoadError
    from reportdiff.loaders import load

    report = tmp_path / "locked.txt"
    report.write_text("x", encoding="utf-8")
    for number, zh in ((errno.EACCES, "locked.txt：无法读取（没有权限）"),
                       (errno.ELOOP, f"locked.txt：无法读取（{os.strerror(errno.ELOOP)}）")):
        def refuse(self, number=number):
            raise OSError(number, os.strerror(number))

        # -- root reads every file: the refusal is the system's, made here --
        monkeypatch.setattr(Path, "read_bytes", refuse)
        with pytest.raises(LoadError) as caught:
            load(report)
        assert caught.value.text("zh").endswith(zh)
        assert caught.value.text("en") == str(caught.value) == f"{report}: {os.strerror(number)}"


def test_a_damaged_pdf_in_the_readers_language(tmp_path) -> None:
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4\nnot really")
    chinese, english = run("plans", str(broken)), run("plans", str(broken), "--lang", "en")
    assert chinese.stderr.strip().endswith("broken.pdf：不是可读取的 PDF 文件（文件已损坏，或并非 PDF）")
    assert "broken.pdf: not a readable PDF (" in english.stderr  # -- the library's words, for whoever can use them --
