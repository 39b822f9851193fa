"""Constructed 政府工作报告 of a county or city for promise tests: the heading, the address and
the two parts (last year's review, this year's plans) around the sentences a test writes."""

from __future__ import annotations

_SESSIONS = {2025: "四", 2026: "五"}


def government_report(body: str, year: int, review: str, plans: str) -> str:
    """Return the report ``body`` (青岭县, 青川市) gives in ``year`` (2025 or 2026): ``review``
    and ``plans`` are the parts' lines, each 「（一）…」 a section."""
    level = body[-1]
    return (f"政府工作报告\n——{year}年1月9日在{body}第十八届人民代表大会第{_SESSIONS[year]}次会议上\n各位代表：\n"
            f"现在，我代表{level}人民政府向大会报告工作，请予审议。\n"
            f"一、{year - 1}年工作回顾\n{review}\n二、{year}年工作安排\n{plans}\n")


def judged_promise(convert, old: str, new: str, plan: str, review: str):
    """Return the promise of ``plan`` (put in ``old``'s ``{plan}``) as ``review`` (put in
    ``new``'s ``{review}``) reports it, both reports written in ``convert``'s script."""
    from opencc import OpenCC

    from reportdiff import compare
    from reportdiff.parse import parse_text

    comparison = compare(parse_text(convert(old.format(plan=plan)), "2025.txt"),
                         parse_text(convert(new.format(review=review)), "2026.txt"), expressions=False)
    to_simplified = OpenCC("t2s").convert
    return next(p for p in comparison.promises if to_simplified(p.plan.text) == plan)
