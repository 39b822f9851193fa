"""Measures titled by an unnumbered subheading on a line of its own (党建引领，压实法治责任 / its
body below): street offices and departments write their review so, in text, Word, PDF or a
WeChat article (bold lines). A run of such subheadings is a list of measures, each titled by its
subheading, as a run of 强化组织领导：… lead phrases is."""

from __future__ import annotations

import opencc
import pytest

from reportdiff.models import MeasureKind
from reportdiff.normalize import key as norm_key
from reportdiff.pipeline import compare, load_report

_T = opencc.OpenCC("s2t").convert

#: Our own writing: a street office's review under unnumbered subheadings.
HEADED = """桂湾街道{year}年法治政府建设工作情况报告
{year}年，桂湾街道坚持以习近平法治思想为指导，扎实推进法治政府建设。现将有关情况报告如下：
一、{year}年法治政府建设工作开展情况
强化组织保障，落实第一责任
街道党工委专题研究法治建设工作{meetings}次，领导班子集体学法4次。
规范决策程序
重大行政决策事项全部经合法性审查，法律顾问审核合同{contracts}份。
深化源头治理，维护和谐稳定
调解矛盾纠纷{disputes}件，调解成功率98%。
二、存在的问题
一是社区干部法治素养有待提升；二是执法力量薄弱。
三、{plan_year}年工作计划
一是开展法治培训不少于4次。二是建设社区法治驿站3个。
"""

#: The same review a year earlier, each measure a （一） heading with its body on the line.
NUMBERED = """桂湾街道{year}年法治政府建设工作情况报告
{year}年，桂湾街道在区委、区政府的领导下，扎实推进法治政府建设。现将有关情况报告如下：
一、{year}年法治政府建设工作开展情况
（一）加强组织领导，压实法治建设责任。街道党工委专题研究法治建设工作3次，领导班子集体学法3次。
（二）规范重大行政决策。重大行政决策事项全部经合法性审查，法律顾问审核合同40份。
（三）深化矛盾纠纷化解。调解矛盾纠纷600件，调解成功率97%。
二、存在的问题
一是法治宣传形式单一；二是执法力量薄弱。
三、{plan_year}年工作计划
一是开展法治培训不少于3次。二是规范执法案卷制作。
"""

SUBHEADINGS = ["强化组织保障，落实第一责任", "规范决策程序", "深化源头治理，维护和谐稳定"]


def _headed(year: int = 2025, convert=str, **figures) -> str:
    values = {"meetings": 4, "contracts": 52, "disputes": 655} | figures
    return convert(HEADED.format(year=year, plan_year=year + 1, **values))


def _wechat(text: str) -> str:
    lines = [line for line in text.splitlines() if line.strip()]
    body = []
    for line in lines[1:]:
        if line.endswith(("。", "：")) or line[0] in "一二三":
            body.append(f'<p style="text-indent:2em"><span>{line}</span></p>')
        else:
            body.append(f'<p style="text-align:center"><strong><span>{line}</span></strong></p>')
    return (f'<html><head><meta charset="utf-8"><meta property="og:title" content="{lines[0]}">'
            f'<title>{lines[0]}</title></head><body><div class="rich_media_content" id="js_content">'
            f'<h1 class="rich_media_title" id="activity-name">{lines[0]}</h1>{"".join(body)}</div></body></html>')


@pytest.mark.parametrize("convert", [str, _T])
@pytest.mark.parametrize("form", ["txt", "html"])
def test_unnumbered_subheadings_title_the_measures_below_them(tmp_path, convert, form) -> None:
    text = _headed(convert=convert)
    path = tmp_path / f"street.{form}"
    path.write_text(_wechat(text) if form == "html" else text, encoding="utf-8")
    report = load_report(str(path))
    measures = report.parts[0].measures
    assert [m.title for m in measures] == [convert(s) for s in SUBHEADINGS]
    assert all(m.kind is MeasureKind.ITEM for m in measures)
    # -- the body keeps its words, apart from its subheading (no 责任街道 glued in a redline) --
    assert measures[0].text.startswith(convert(SUBHEADINGS[0]))
    assert convert("落实第一责任街道") not in measures[0].text
    assert norm_key(measures[0].text) == norm_key(convert(SUBHEADINGS[0] + "街道党工委专题研究法治建设工作4次，领导班子集体学法4次。"))


@pytest.mark.parametrize("convert", [str, _T])
def test_subheadings_continue_last_years_numbered_headings(tmp_path, convert) -> None:
    old = convert(NUMBERED.format(year=2024, plan_year=2025))
    new = tmp_path / "street.html"
    new.write_text(_wechat(_headed(convert=convert)), encoding="utf-8")
    comparison = compare(old, str(new))
    pairs = {(m.old.id, m.new.title) for m in comparison.matches if m.old and m.new and m.old.part_id == "一"}
    assert pairs == {("一/(一)", convert(SUBHEADINGS[0])), ("一/(二)", convert(SUBHEADINGS[1])),
                     ("一/(三)", convert(SUBHEADINGS[2]))}
    # -- none of them is the part's lead (导语), out of the counts --
    assert not any(m.lead for m in comparison.matches)


@pytest.mark.parametrize("convert", [str, _T])
def test_the_article_and_its_text_read_alike(tmp_path, convert) -> None:
    text = _headed(convert=convert)
    page = tmp_path / "street.html"
    page.write_text(_wechat(text), encoding="utf-8")
    assert {m.status.value for m in compare(text, str(page)).matches} == {"continued"}


@pytest.mark.parametrize("convert", [str, _T])
def test_one_unpunctuated_line_is_no_subheading(convert) -> None:
    """A line a page broke (…依法 / 化解矛盾纠纷…) alone continues in the next: one paragraph."""
    text = convert(HEADED.format(year=2025, plan_year=2026, meetings=4, contracts=52, disputes=655).replace(
        "规范决策程序\n重大行政决策事项全部经合法性审查，", "重大行政决策事项全部经合法性审查和集体讨论决定，坚持依法\n"))
    report = load_report(text)
    assert any(convert("坚持依法法律顾问审核合同") in norm_key(m.text) or convert("坚持依法法律顾问") in m.text
               for m in report.parts[0].measures)


@pytest.mark.parametrize("convert", [str, _T])
def test_a_figures_label_starts_after_the_subheading(tmp_path, convert) -> None:
    """The subheading titles the measure; a figure's label is read from the body (调解矛盾纠纷,
    not 维护和谐稳定调解矛盾纠纷)."""
    old, new = _headed(2024, convert, disputes=612), tmp_path / "street.html"
    new.write_text(_wechat(_headed(2025, convert)), encoding="utf-8")
    comparison = compare(old, str(new))
    pair = next(f for f in comparison.figures if f.old and f.new and f.old.raw == convert("612件"))
    assert norm_key(convert("调解矛盾纠纷")) == norm_key(pair.label)
