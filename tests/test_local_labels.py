"""Labels a city's or county's review writes its figures under (issue 7): new and rebuilt works
named as built (新建改建市政道路), and a net addition after a total named by what was added to
(高新技术企业达到1450家，净增240家). The sentences are written for the test."""

import pytest
from opencc import OpenCC

from reportdiff.figures_extract import extract_figures

_T = OpenCC("s2t").convert


@pytest.mark.parametrize("text, expected", [
    ("新建改建市政道路82公里。", {"82公里": "新建改建市政道路"}),
    ("新建改扩建中小学16所，新增学位1.9万个。", {"16所": "新建改扩建中小学"}),
    ("新改扩建公办幼儿园205所。", {"205所": "新改扩建公办幼儿园"}),
    ("高新技术企业达到1450家，净增240家。", {"1450家": "高新技术企业", "240家": "高新技术企业净增"}),
    # -- one act before the work still goes: 新建口袋公园 is the parks --
    ("新建口袋公园32个。", {"32个": "口袋公园"}),
])
@pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])
def test_labels_of_works_and_additions(script, text, expected) -> None:
    found = {f.raw: f.label for f in extract_figures(script(text))}
    assert {raw: found.get(script(raw)) for raw in expected} == expected
