"""Text copied out of a PDF viewer: hard line breaks at the column's width, and between pages
the page number and the running header (the body's name, the report's title) in the middle of
a sentence. The header is page furniture: dropped, and the sentence around it joined again, so
the copy gives the same report as the text written one paragraph per line."""

from __future__ import annotations

import pytest

from reportdiff.loaders.text import split_paragraphs
from reportdiff.normalize import key
from reportdiff.parse import parse_text
from reportdiff.pipeline import compare

FLAT = """青川市2026年政府工作报告
——2026年1月10日在青川市第九届人民代表大会第四次会议上
各位代表：
现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。
一、2025年工作回顾
过去一年，全市地区生产总值增长5.8%，一般公共预算收入增长3.9%，固定资产投资增长4.6%，经济运行总体平稳。
（一）产业发展稳中有进
1.工业经济加快转型。完成技改项目188个，新增省级智能工厂6家，规上工业增加值增长7.2%。青川高新区孵化园主体完工。
2.服务业持续回暖。新增规上服务业企业64家，旅游总收入增长9.5%，建成夜间消费街区3个。
（二）民生保障持续加强
1.就业形势总体稳定。城镇新增就业3.6万人，城镇调查失业率5.1%，发放创业担保贷款4.2亿元。
2.城市品质不断提升。改造城镇老旧小区92个，新建改造供水管网118公里，新增城市绿地46万平方米。
二、2026年工作安排
今年全市经济社会发展的主要预期目标是：地区生产总值增长5.5%左右；一般公共预算收入增长3%；固定资产投资增长4%以上；城镇新增就业3.5万人以上，城镇调查失业率5.5%以内。
（一）推动产业提质升级
1.加快工业转型。完成技改项目200个，新增省级智能工厂8家。建成青川高新区孵化园，引进科技型企业30家以上。
2.做强现代服务业。新增规上服务业企业70家，打造夜间消费街区4个，旅游总收入增长10%。
（二）增进民生福祉
1.稳定扩大就业。城镇新增就业3.5万人以上，开发公益性岗位1200个，发放创业担保贷款4.5亿元。
2.提升城市品质。改造城镇老旧小区100个，新建改造供水管网120公里，新增城市绿地50万平方米。
各位代表，让我们团结一心，奋力开创青川高质量发展新局面！"""

HEADER = "青川市人民政府工作报告"


def _traditional(text: str) -> str:
    import opencc

    return opencc.OpenCC("s2t").convert(text)


def _cut(line: str, width: int) -> list[str]:
    """``line`` set in a column ``width`` full-width characters wide (digits and Latin letters
    take half a character, as a PDF sets them)."""
    pieces, current, used = [], "", 0.0
    for ch in line:
        size = 0.5 if ch.isascii() else 1.0
        if used + size > width:
            pieces.append(current)
            current, used = "", 0.0
        current, used = current + ch, used + size
    return [*pieces, current] if current else pieces


def pdf_copy(text: str, *, width: int, page_lines: int, header: str, style: str) -> str:
    """``text`` as a PDF viewer copies it: lines cut at the column's ``width`` and, every
    ``page_lines`` lines, the page's number and the next page's running header (``style``:
    ``dash`` — 2 —, ``bare`` 2, ``footer`` header then — 2 — at the page's foot)."""
    lines = [piece for line in text.splitlines() for piece in _cut(line, width)]
    copied, page = [], 1
    for index, line in enumerate(lines):
        if index and index % page_lines == 0:
            copied += {"dash": [f"— {page} —", header], "bare": [str(page), header],
                       "footer": [header, f"— {page} —"]}[style]
            page += 1
        copied.append(line)
    return "\n".join([*copied, f"— {page} —"]) + "\n"


def _same(flat: str, copied: str) -> None:
    old, new = parse_text(flat), parse_text(copied)
    assert [key(m.text) for m in new.measures] == [key(m.text) for m in old.measures]
    assert [key(s.text) for s in new.plan_sentences] == [key(s.text) for s in old.plan_sentences]
    comparison = compare(flat, copied)
    assert {m.status.value for m in comparison.matches} == {"continued"}
    assert [(key(t.old.text) if t.old else None, key(t.new.text) if t.new else None) for t in comparison.targets] \
        == [(key(t.old.text), key(t.old.text)) for t in comparison.targets if t.old]
    assert len(comparison.targets) >= 4


@pytest.mark.parametrize("convert", [str, _traditional])
@pytest.mark.parametrize("style", ["dash", "bare", "footer"])
@pytest.mark.parametrize("width, page_lines", [(27, 9), (33, 7), (38, 6)])
def test_running_header_between_pages_is_furniture(convert, style: str, width: int, page_lines: int) -> None:
    flat = convert(FLAT)
    copied = pdf_copy(flat, width=width, page_lines=page_lines, header=convert(HEADER), style=style)
    assert copied.count(convert(HEADER)) >= 2
    texts = [p.text for p in split_paragraphs(copied)]
    assert convert(HEADER) not in texts
    _same(flat, copied)


@pytest.mark.parametrize("convert", [str, _traditional])
def test_running_header_that_repeats_the_title_leaves_the_title(convert) -> None:
    """A running header may be the report's own title: the title at the top of the copy stays."""
    flat = convert(FLAT)
    title = flat.splitlines()[0]
    copied = pdf_copy(flat, width=31, page_lines=7, header=title, style="dash")
    texts = [p.text for p in split_paragraphs(copied)]
    assert texts[0] == title and texts.count(title) == 1
    assert parse_text(copied).title == parse_text(flat).title
    _same(flat, copied)


@pytest.mark.parametrize("convert", [str, _traditional])
def test_numbers_in_the_text_are_no_page_breaks(convert) -> None:
    """Lines that are only a number (out of a page count's order, or a year), and a short line
    said twice in a report (a heading) stay: only what repeats at the page breaks is furniture."""
    lines = [convert(line) for line in [
        "青川市2026年政府工作报告", "一、2025年工作回顾", "（一）产业发展", "主要做法",
        "完成技改项目188个，新增省级智能工厂", "6", "家。", "（二）民生保障", "主要做法",
        "城镇新增就业3.6万人，城镇调查失业率", "5", "%。", "表1 主要指标", "2025", "3032.8亿元",
        "2026", "3200亿元"]]
    assert [p.text for p in split_paragraphs("\n".join(lines))] == lines


@pytest.mark.parametrize("convert", [str, _traditional])
def test_running_header_without_page_numbers_is_furniture(convert) -> None:
    """A copy that lost the page numbers still shows the header cutting sentences page after page."""
    flat = convert(FLAT)
    copied = pdf_copy(flat, width=33, page_lines=7, header=convert(HEADER), style="dash")
    copied = "\n".join(line for line in copied.splitlines() if not line.startswith("— "))
    assert convert(HEADER) not in [p.text for p in split_paragraphs(copied)]
    _same(flat, copied)


def _two_pages(convert, first: list[str], second: list[str], style: str, office: str = "某区人民政府") -> str:
    """A two-page copy whose first page carries no header (公文 print it from the second page on)."""
    header = convert(office)
    edge = {"dash": ["— 1 —", header], "footer": [header, "— 1 —"]}[style]
    return "\n".join([*map(convert, first), *edge, *map(convert, second), "— 2 —"]) + "\n"


@pytest.mark.parametrize("convert", [str, _traditional])
@pytest.mark.parametrize("style", ["dash", "footer"])
def test_a_running_line_said_once_inside_a_sentence_is_furniture(convert, style: str) -> None:
    """A two-page report's header, said once, between the halves of a sentence the page cut."""
    first = ["一、主要举措和成效", "（一）加强法治宣传教育", "制定普法责任清单，落实“谁执法谁普法”责任制，组织32家单位开展",
             "年度普法履职评议，推动普法工作由部门“各自为战”向“协同作战”转变，形"]
    second = ["成齐抓共管的工作格局。", "二、存在的不足", "一是部分单位依法行政意识有待增强。"]
    copied = _two_pages(convert, first, second, style)
    texts = [p.text for p in split_paragraphs(copied)]
    assert convert("某区人民政府") not in texts
    measures = [key(m.text) for m in parse_text(copied).measures]
    assert key(convert("转变，形成齐抓共管的工作格局。")) in measures[0]


@pytest.mark.parametrize("convert", [str, _traditional])
def test_a_line_at_a_page_top_after_a_finished_sentence_stays(convert) -> None:
    """A subheading or a signature at the top of the next page follows a finished sentence, and a
    sentence's own last line ends on its mark: the report's own lines stay."""
    first = ["一、主要举措和成效", "（一）加强法治宣传教育", "全年开展普法活动120场，覆盖群众3万人次，建成法治文化广场4个，群众法治意识明显增强。"]
    subheading = ["压实普法责任", "制定普法责任清单，落实“谁执法谁普法”责任制，形成齐抓共管的工作格局。"]
    copied = "\n".join([*map(convert, first), "— 1 —", *map(convert, subheading), "— 2 —"]) + "\n"
    assert convert("压实普法责任") in [p.text for p in split_paragraphs(copied)]
    signature = ["某区人民政府", "2025年3月28日"]
    copied = "\n".join([*map(convert, first), "— 1 —", *map(convert, signature), "— 2 —"]) + "\n"
    assert [p.text for p in split_paragraphs(copied)][-2:] == [convert(line) for line in signature]


@pytest.mark.parametrize("convert", [str, _traditional])
@pytest.mark.parametrize("style", ["dash", "footer"])
@pytest.mark.parametrize("office", ["某区人民政府", "柳泉区青溪街道办事处", "柳泉区青溪街道"])
def test_an_office_said_once_between_a_finished_sentence_and_a_heading_is_furniture(convert, style: str,
                                                                                  office: str) -> None:
    """A two-page report's header, said once where the page breaks before a heading: a district's
    government, a sub-district's office."""
    first = ["一、主要举措和成效", "（一）加强法治宣传教育", "全年开展普法活动120场，覆盖群众3万人次，建成法治文化广场4个，群众法治意识明显增强。"]
    second = ["（二）推进严格规范公正文明执法", "全年开展执法检查160次，执法案卷合格率达到98%。"]
    copied = _two_pages(convert, first, second, style, office)
    assert convert(office) not in [p.text for p in split_paragraphs(copied)]
    flat = "\n".join(map(convert, [*first, *second])) + "\n"
    assert [key(m.text) for m in parse_text(copied).measures] == [key(m.text) for m in parse_text(flat).measures]


@pytest.mark.parametrize("convert", [str, _traditional])
def test_a_part_heading_said_once_before_a_marked_heading_stays(convert) -> None:
    """A heading with no marker between a finished sentence and a （一） names no office: it stays."""
    first = ["一、主要举措和成效", "全年开展普法活动120场，覆盖群众3万人次，群众法治意识明显增强。"]
    second = ["主要做法", "（一）推进严格规范公正文明执法", "全年开展执法检查160次，执法案卷合格率达到98%。"]
    copied = "\n".join([*map(convert, first), "— 1 —", *map(convert, second), "— 2 —"]) + "\n"
    assert convert("主要做法") in [p.text for p in split_paragraphs(copied)]
