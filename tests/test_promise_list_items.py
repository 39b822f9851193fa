"""Lists name each of their items with their head.

A plan's list of objects before 等 (农村特困、临时救助等标准) is named item by item, an item of several
words by its last (特困等标准), as the review lists them in another order or fewer; a review's list
of subjects (水泥、玻璃行业有序去产能) names its first item with what follows it, as the item alone
would be named (水泥产能).
"""

from __future__ import annotations

import pytest
from opencc import OpenCC

from reportdiff.normalize import key
from reportdiff.plan_matching import word_bigrams
from reportdiff.promise_objects import compound_pairs, names_its_object
from reportdiff.segment import tokenize

SCRIPTS = pytest.mark.parametrize("script", [str, OpenCC("s2t").convert], ids=["simplified", "traditional"])


def test_each_item_of_several_words_goes_with_the_lists_head() -> None:
    pairs = compound_pairs(key("适当提高农村特困、临时救助、孤儿养育等标准。"))
    assert {("特困", "标准", False), ("救助", "标准", False), ("养育", "标准", False)} <= set(pairs)
    # -- the verb before the list ends it --
    assert not any(first == "提高" and not listed for first, _, listed in pairs)


@SCRIPTS
@pytest.mark.parametrize(("clause", "evidence", "named"), [
    ("适当提高农村特困、临时救助、孤儿养育等标准。", "继续提高孤儿、特困等标准,惠及120万人。", True),
    ("适当提高农村特困、临时救助、孤儿养育等标准。", "提高义务教育生均公用经费标准。", False),
    ("再压减水泥产能800万吨,", "推动水泥、玻璃行业有序去产能。", True),
    # -- …with no more between the list and the word than between two words of a compound --
    ("再压减水泥产能800万吨,", "推动水泥、玻璃行业加快转型升级,关停落后产能。", False),
])
def test_a_review_naming_one_item_with_the_head_names_the_object(script, clause: str, evidence: str,
                                                                 named: bool) -> None:
    clause_key, evidence_key = key(script(clause)), key(script(evidence))
    terms = tuple(t for t in tokenize(clause_key) if word_bigrams(t) is not None)
    assert names_its_object(clause_key, terms, evidence_key, False) is named
