"""segment: jieba with domain terms; figures stay whole tokens."""

from __future__ import annotations

import pytest

from reportdiff.normalize import key
from reportdiff.segment import tokenize


@pytest.mark.parametrize(
    "figure",
    ["170.81万件", "246余万元", "97.81%", "98.78分", "1700余人", "140余件次", "37所", "21起", "3849份", "约286.4亿元"],
)
def test_figures_are_one_token(figure: str) -> None:
    assert figure in tokenize(key(f"共计{figure}，同比增加"))


def test_domain_terms_are_kept_whole() -> None:
    tokens = tokenize(key("推动一体化综合监管改革，持续优化营商环境，规范行政规范性文件"))
    assert "一体化综合监管" in tokens
    assert "营商环境" in tokens


def test_tokens_rebuild_the_key() -> None:
    text = key("2024年，共受理案件170.81万件，月均受理14.23万件，解决率97.81%。")
    assert "".join(tokenize(text)) == text


def test_segmentation_is_the_same_as_full_jieba() -> None:
    # -- the sharded dictionary must segment exactly like jieba's own full dictionary --
    import jieba

    sample = key("强化行政执法监督，提升行政执法工作质效。依托网络平台组织开展依法行政培训。")
    full = jieba.Tokenizer()
    for term in __import__("reportdiff.segment", fromlist=["DOMAIN_TERMS"]).DOMAIN_TERMS:
        full.add_word(term, 30000)
    assert list(tokenize(sample)) == full.lcut(sample, HMM=True)


def test_word_frequency_is_jiebas_own_count() -> None:
    """The compiled and the pure-Python segmenters answer word counts the same: jieba's."""
    import jieba

    from reportdiff.segment import DOMAIN_TERMS, word_frequency

    jieba.initialize()
    words = ["一", "工作", "一年", "一批", "三中全会", "一站式", "办成", "高效", "不存在的词语"]
    assert [word_frequency(w) for w in words] == [jieba.dt.FREQ.get(w) or 0 for w in words]
    assert word_frequency(DOMAIN_TERMS[0]) == 30000


# -- standing policy terms plain jieba cuts across their own parts or glues to a neighbour,
#    each in a sentence of the kind reports write, in Simplified and in Traditional script --
_POLICY_TERMS = [
    ("扎实做好碳达峰、碳中和工作", "扎實做好碳達峰、碳中和工作", "碳中和"),
    ("“十三五”规划圆满收官", "「十三五」規劃圓滿收官", "十三五"),
    ("高质量共建“一带一路”", "高質量共建「一帶一路」", "一带一路"),
    ("支持“专精特新”中小企业发展", "支持「專精特新」中小企業發展", "专精特新"),
    ("实施大规模增值税留抵退税", "實施大規模增值稅留抵退稅", "留抵退税"),
    ("防止耕地“非农化”", "防止耕地「非農化」", "非农化"),
    ("推进政务服务“一网通办”", "推進政務服務「一網通辦」", "一网通办"),
    ("完善能源消费双控制度", "完善能源消費雙控制度", "双控"),
    ("稳就业惠民生", "穩就業惠民生", "惠民生"),
    ("加大补短板力度", "加大補短板力度", "补短板"),
    ("深化供给侧结构性改革", "深化供給側結構性改革", "供给侧"),
    ("发展物联网", "發展物聯網", "物联网"),
    ("办好进博会", "辦好進博會", "进博会"),
    ("赋予创新团队和领军人才更大自主权", "賦予創新團隊和領軍人才更大自主權", "领军人才"),
    ("推进国有企业和央企股份制改革", "推進國有企業和央企股份制改革", "央企"),
    ("推动大数据、云计算广泛应用", "推動大數據、雲計算廣泛應用", "大数据"),
]


@pytest.mark.parametrize("simplified, traditional, term", _POLICY_TERMS)
def test_policy_terms_are_not_cut_across_their_parts(simplified: str, traditional: str, term: str) -> None:
    import jieba

    plain = jieba.Tokenizer()  # -- jieba's own dictionary, without the domain terms: the cut --
    assert term not in plain.lcut(key(simplified), HMM=True)
    for text in (simplified, traditional):
        tokens = tokenize(key(text))
        assert term in tokens
        assert "".join(tokens) == key(text)
