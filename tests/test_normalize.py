"""normalize: one key for the same meaning in any script or width; offsets back to the original."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reportdiff.normalize import key, nfkc, normalize


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("（一）統籌推進政府職能依法全面履行", "(一)统筹推进政府职能依法全面履行"),
        ("１２３件，９７．８１％", "123件,97.81%"),
        ("規範工作程式", "规范工作程序"),  # Taiwan phrasing of a mainland text
        ("資訊技術賦能", "信息技术赋能"),
        ("人工智慧領域", "人工智能领域"),
        ("高品質發展", "高质量发展"),
        ("網路平臺", "网络平台"),
        ("140余件次", "140餘件次"),
        ("「好差評」", "“好差评”"),
        ("依法 行政\n工作", "依法行政工作"),
        # -- Hong Kong variants (s2hk editions of mainland reports), left alone by t2s --
        ("深入打好藍天、碧水、淨土保衞戰", "深入打好蓝天、碧水、净土保卫战"),
        ("敍述清楚，衹爭朝夕", "叙述清楚，只争朝夕"),
        # -- Taiwan editions write 著 where the mainland writes 着 (著力, 隨著, 意味著) --
        ("著力擴大內需，隨著改革深化", "着力扩大内需，随着改革深化"),
        ("圍繞著重點任務，本著節約原則", "围绕着重点任务，本着节约原则"),
    ],
)
def test_equivalent_texts_share_a_key(left: str, right: str) -> None:
    assert key(left) == key(right)


def test_simplified_mainland_text_is_stable() -> None:
    # -- tw2sp would turn mainland 程序 into 进程; the key must not --
    assert key("严格执行重大行政决策程序") == "严格执行重大行政决策程序"
    # -- 著 of 显著, 著名, 著作 is 著 in both scripts; only the 着 of 着力 is folded --
    assert key("成效显著，著名品牌，著作权保护，名著卓著") == "成效显著,著名品牌,著作权保护,名著卓著"
    assert key("成效顯著，著名品牌，著作權保護") == "成效显著,著名品牌,著作权保护"


def test_different_meanings_differ() -> None:
    assert key("解决率97.81%") != key("解决率98.12%")


@given(st.text(alphabet=st.sampled_from(list("統籌推进（）１2 。,，程式資訊\n\u3000abc")), max_size=40))
def test_offsets_cover_the_original(text: str) -> None:
    normalized = normalize(text)
    assert len(normalized.origin) == len(normalized.key) + 1
    assert list(normalized.origin) == sorted(normalized.origin)
    if normalized.key:
        assert normalized.span(0, len(normalized.key)) == text


# -- nfkc replaces the full-width marks of Chinese text before normalising: it must equal NFKC on
#    any text, marks followed by combining characters, other compatibility forms and Hangul too --
_NFKC_ALPHABET = st.sampled_from(
    list("，：；（）！？％\u3000。、“”…－０９ａＺ㎡①ｶﾞ\u0301\u0308\u0327\u3099\u309a\u1100\u1161\u11a8가e,:;()!?% ")
    + ["统筹推进", "A", "\u212b", "\ufb01"]
)


@given(st.lists(st.one_of(_NFKC_ALPHABET, st.characters()), max_size=24).map("".join))
def test_nfkc_is_unicode_nfkc(text: str) -> None:
    assert nfkc(text) == unicodedata.normalize("NFKC", text)
