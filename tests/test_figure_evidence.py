"""A plan that sets a figure is shown done only by a result about that indicator."""

from reportdiff.figure_evidence import reports_its_figures
from reportdiff.normalize import key


def _reports(plan: str, evidence: str) -> bool:
    return reports_its_figures(key(plan), key(evidence))


def test_a_plan_without_figures_is_not_judged_here() -> None:
    assert _reports("加快推进城市更新行动,", "城市更新行动取得积极进展。")


def test_the_same_topic_with_another_quantity_does_not_report_an_amount() -> None:
    # -- an investment planned, a length built: the indicator is not reported --
    assert not _reports("全年完成交通投资3200亿元,", "新建高速公路运营里程900公里,改建农村公路1.2万公里。")
    assert _reports("全年完成交通投资3200亿元,", "全年完成交通投资3350亿元。")


def test_a_quantity_in_the_plans_unit_or_the_indicators_name_reports_it() -> None:
    assert _reports("再压减钢铁产能800万吨左右,", "五年累计退出钢铁产能3000万吨以上。")
    assert _reports("城乡居民医保财政补助由每人每年640元提高到670元,", "居民基本医保人均财政补助标准提高到670元。")
    assert _reports("中央财政就业补助资金增长10%,", "中央财政三年投入就业补助资金1200多亿元。")
    # -- most of a long label, without its last words, names it too --
    assert _reports("基本养老服务经费财政补助从人均60元提高到70元,", "增加基本养老服务经费。")


def test_a_known_indicator_is_reported_under_its_own_name_only() -> None:
    assert not _reports("化学需氧量、氨氮排放量分别下降2%,", "二氧化硫、氮氧化物排放量分别下降4.1%和3.2%。")
    assert _reports("化学需氧量排放量下降2%,", "化学需氧量排放量下降2.6%。")


def test_a_rate_of_another_thing_in_the_same_unit_does_not_report_it() -> None:
    assert not _reports("城镇污水处理率达到95%,", "城镇生活垃圾无害化处理率达到100%。")
    assert not _reports("新建改建农村公路5000公里,", "新增高速铁路运营里程2000公里。")
    # -- of a label of two words, one held with the same unit names another indicator --
    assert not _reports("完成铁路投资800亿元,", "完成水利投资820亿元。")


def test_most_of_the_labels_words_report_it_in_any_order() -> None:
    assert _reports("城镇新增就业5万人以上,", "新增城镇就业5.3万人。")
    assert _reports("今年再减少农村贫困人口100万以上,", "贫困人口减少120多万。")
    # -- a label that names nothing (要完成…) holds the result to nothing --
    assert _reports("今年要完成100万以上农村贫困人口脱贫任务,", "农村贫困人口减少120万。")
