"""The compiled libraries (jieba-rs, dmp's C++ diff) give exactly the pure-Python results.

Tokens and diffs are compared on the seed, the samples and the real reports beside the
repository (``../shared/real``, skipped when absent); the pure-Python path is also forced,
as on a platform without wheels, and must work silently with the same output.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reportdiff import diff, segment
from reportdiff.segment_dictionary import dictionary_file, import_jieba
from reportdiff.segmenters import _HAN_BLOCK, _SKIP, NativeShards, Shards, import_jieba_rs
from reportdiff.normalize import normalize
from reportdiff.pipeline import compare

from conftest import ROOT, SAMPLE, SEED

REAL = Path(__file__).resolve().parents[2] / "shared" / "real"
YUNZE = (ROOT / "samples" / "yunze_sfj_2024_constructed.txt", ROOT / "samples" / "yunze_sfj_2025_constructed.txt")
REAL_PAIRS = [(2016, 2017), (2018, 2019), (2021, 2022), (2022, 2023)]


def _real(year: int) -> Path:
    if not REAL.is_dir():
        pytest.skip(f"real reports not found at {REAL}")
    return REAL / f"guowuyuan-zfgzbg-{year}-s.txt"


def _pieces(path: Path) -> list[str]:
    """Return the runs of every paragraph's key that jieba segments (figures cut out)."""
    pieces = []
    for line in path.read_text(encoding="utf-8").splitlines():
        key = normalize(line).key
        pieces.extend(part for part in segment.FIGURE_RE.split(key) if part)
    return pieces


@pytest.fixture(scope="module")
def segmenters():
    jieba_rs = import_jieba_rs()
    if jieba_rs is None:
        pytest.skip("rjieba (jieba-rs) is not installed here, or REPORTDIFF_PURE_PYTHON is set")
    dictionary = dictionary_file()
    return Shards(import_jieba(), dictionary), NativeShards(jieba_rs, dictionary)


def _texts() -> list[Path]:
    paths = [SEED, SAMPLE, *YUNZE]
    return paths + (sorted(REAL.glob("*.txt")) if REAL.is_dir() else [])


def test_compiled_segmenter_gives_jiebas_tokens(segmenters) -> None:
    python, native = segmenters
    pieces = [piece for path in _texts() for piece in _pieces(path)]
    assert sum(map(len, pieces)) > 10_000
    different = [(p, python.cut(p), native.cut(p)) for p in pieces if python.cut(p) != native.cut(p)]
    assert different == []


ODD_TEXTS = [
    "APP应用上线e-Gov平台", "x.y_z%", "Wi-Fi全覆盖", "C++和C#", "互联网+政务服务", "中国-东盟自贸区",
    "\u9fd6\u9fd7字", "﨑﨔", "汕头市澄海区䢺口村开展整治", "深圳市南山区㙟塘社区", "湖南省𬍛县",
    "“十四五”规划", "一带一路·倡议", "新时代—新征程", "IC卡和B超", "AA制", "卡拉OK厅", "PM浓度", ".优化机构设置",
    "a b", "\u3007年", "ＡＢＣ", "&#_%", "国产C", "G网络和千兆光网",
]


def test_compiled_segmenter_on_odd_characters(segmenters) -> None:
    # -- Latin with symbols, characters jieba-rs counts as Han but jieba does not, words
    #    mixing Latin and Han --
    python, native = segmenters
    assert [native.cut(text) for text in ODD_TEXTS] == [python.cut(text) for text in ODD_TEXTS]


def test_blocks_are_cut_with_jiebas_own_patterns() -> None:
    jieba = import_jieba()
    assert _HAN_BLOCK.pattern == jieba.re_han_default.pattern
    assert _SKIP.match("\r\n").group() == "\r\n" and jieba.re_skip_default.match("\r\n").group() == "\r\n"


def test_compiled_segmenter_keeps_domain_terms_and_unknown_words(segmenters) -> None:
    python, native = segmenters
    # -- HMM for words in no dictionary, a domain term, a dictionary word the domain list shares --
    for text in ("推动一体化综合监管改革", "打造枫桥经验升级版", "数智治理赋能哨兵团", "依法行政水平提升"):
        assert native.cut(text) == python.cut(text)
    assert "一体化综合监管" in native.cut("推动一体化综合监管改革")


@pytest.mark.parametrize("pair", ["sample", "yunze", *[f"{a}-{b}" for a, b in REAL_PAIRS]])
def test_compiled_diff_gives_the_python_diff(pair: str, monkeypatch) -> None:
    if diff._native_diff_main() is None:
        pytest.skip("fast_diff_match_patch is not installed here, or REPORTDIFF_PURE_PYTHON is set")
    if pair == "sample":
        old, new = SEED, SAMPLE
    elif pair == "yunze":
        old, new = YUNZE
    else:
        old, new = (_real(int(year)) for year in pair.split("-"))
    comparison = compare(old, new, figures=False, promises=False)
    texts = [(m.old.text, m.new.text) for m in comparison.matches if m.old and m.new]
    texts.append((comparison.old.preamble, comparison.new.preamble))
    native = [diff.redline(a, b) for a, b in texts]
    monkeypatch.setattr(diff, "diff_main", diff._python_diff_main)
    assert [diff.redline(a, b) for a, b in texts] == native


def test_compiled_diff_on_long_and_reshuffled_token_strings() -> None:
    native = diff._native_diff_main()
    if native is None:
        pytest.skip("fast_diff_match_patch is not installed here, or REPORTDIFF_PURE_PYTHON is set")
    # -- token codes lie beyond the BMP: no surrogate pairs may split them --
    old = "".join(chr(diff._FIRST_CODE + (i * 7) % 50) for i in range(400))
    new = "".join(chr(diff._FIRST_CODE + (i * 11) % 60) for i in range(380))
    for a, b in ((old, new), (old, old[::-1]), ("", new), (old, ""), (old, old)):
        assert native(a, b) == [tuple(d) for d in diff._python_diff_main(a, b)]


def test_missing_compiled_libraries_fall_back_silently(monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "fast_diff_match_patch", None)
    monkeypatch.setitem(sys.modules, "rjieba.rjieba", None)
    assert diff._native_diff_main() is None
    assert import_jieba_rs() is None
    monkeypatch.delitem(sys.modules, "fast_diff_match_patch")
    monkeypatch.delitem(sys.modules, "rjieba.rjieba")
    monkeypatch.setenv(segment.PURE_PYTHON_ENV, "1")
    assert diff._native_diff_main() is None
    assert import_jieba_rs() is None


def test_pure_python_path_gives_the_same_json_without_a_word() -> None:
    outputs = []
    for pure in (False, True):
        env = {k: v for k, v in os.environ.items() if k != segment.PURE_PYTHON_ENV}
        if pure:
            env[segment.PURE_PYTHON_ENV] = "1"
        result = subprocess.run([sys.executable, "-m", "reportdiff", "compare", str(SEED), str(SAMPLE), "--format", "json"],
                                capture_output=True, env=env, timeout=120)
        assert result.returncode == 0 and result.stderr == b""
        outputs.append(result.stdout)
    assert outputs[0] == outputs[1]
    assert json.loads(outputs[0])["summary"]["new"] == 6


def test_text_and_json_import_no_docx_lxml_or_jinja2() -> None:
    script = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from reportdiff.cli import cli\n"
        "assert CliRunner().invoke(cli, ['--help']).exit_code == 0\n"
        "for fmt in ('json', 'text', 'md'):\n"
        f"    assert CliRunner().invoke(cli, ['compare', {str(SEED)!r}, {str(SAMPLE)!r}, '--format', fmt]).exit_code == 0\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'docx', 'lxml', 'jinja2', 'pkg_resources'}))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_importing_the_cli_loads_no_pipeline() -> None:
    script = "import json, sys, reportdiff.cli; print(json.dumps(sorted(sys.modules)))"
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    loaded = json.loads(result.stdout)
    assert not {"reportdiff.pipeline", "reportdiff.segment", "reportdiff.segmenters", "reportdiff.segment_dictionary"} & set(loaded)


def test_public_names_survive_lazy_loading() -> None:
    # -- importing the submodules reportdiff.plans and reportdiff.render must not hide the
    #    public functions of the same names --
    script = (
        "import reportdiff.cli, reportdiff\n"
        "from reportdiff.plans import analyse_plans\n"
        "import reportdiff.render.json\n"
        "print(all(callable(getattr(reportdiff, name)) for name in ('plans', 'render', 'render_plans', 'compare',"
        " 'load_report')), reportdiff.Status.NEW.value)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert result.stdout.split() == ["True", "new"], result.stderr
