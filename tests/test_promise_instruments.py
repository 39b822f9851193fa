"""Last year's plan to set up a system or mechanism, and to revise a named law, against this
year's report (promise_objects.names_its_facility, promise_titles.restates_a_document)."""

from __future__ import annotations

import pytest

from reportdiff import compare
from reportdiff.normalize import key
from reportdiff.promise_objects import names_its_facility
from reportdiff.promise_titles import restates_a_document


@pytest.mark.parametrize("plan, evidence, named", [
    # -- the work the system would govern, in figures, sets up no system --
    ("建立行政复议纠错案件通报制度", "全年收到行政复议申请66件，纠错率10.9%。", False),
    ("建立行政复议纠错案件通报制度", "建立行政复议纠错案件通报制度，全年通报纠错案件6件。", True),
    ("建立行政许可事项动态调整机制", "出台《行政许可事项动态调整办法》。", True),
    ("构建涉企行政检查协同机制", "涉企检查频次同比下降18%。", False),
    # -- a mechanism already there, improved, is shown by its work done more --
    ("健全督查问责机制", "加大督查问责力度，组织开展专项督查。", True),
])
def test_a_system_set_up_is_reported_by_an_instrument(plan, evidence, named) -> None:
    assert names_its_facility(key(plan), key(evidence)) is named


@pytest.mark.parametrize("old, new, restated", [
    ("积极推动《航道法》修订纳入国家立法工作计划；", "积极推动《航道法》修订；", True),
    ("制定《数据条例》", "推动出台《数据条例》", True),
    ("制定《数据条例》", "修订《数据条例》", False),
    ("制定《内河船舶检验管理规定》", "落实《内河船舶检验管理规定》", False),
    ("推动《航道法》修订", "积极推进依法行政", False),
])
def test_a_document_planned_again_is_the_same_task(old, new, restated) -> None:
    assert restates_a_document(key(old), key(new)) is restated


_OLD = ("兰河局2023年法治政府建设年度报告\n一、2023年主要举措及成效\n"
        "（一）化解行政争议。全年收到行政复议申请58件，纠错率12.8%。\n"
        "二、2024年工作打算\n（一）强化行政争议化解。一是建立行政复议纠错案件通报制度；"
        "二是积极推动《航道法》修订纳入国家立法工作计划。\n")
_NEW = ("兰河局2024年法治政府建设年度报告\n一、2024年主要举措及成效\n"
        "（一）化解行政争议。全年收到行政复议申请66件，纠错率10.9%，较上年下降1.9个百分点。\n"
        "二、2025年工作打算\n（一）加强重点领域立法。一是积极推动《航道法》修订；二是制定规章3件。\n")


def test_the_report_shows_both() -> None:
    promises = {p.plan.text.rstrip("；。"): p for p in compare(_OLD, _NEW).promises}
    system = promises["建立行政复议纠错案件通报制度"]
    assert system.status == "not_reported" and not system.evidence
    law = promises["积极推动《航道法》修订纳入国家立法工作计划"]
    assert law.status == "not_reported" and law.replanned is not None and "航道法" in law.replanned.text
