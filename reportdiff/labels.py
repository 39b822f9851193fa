"""User-facing labels in Chinese (default) and English (`--lang en`), shared by analyses and renderers."""

from __future__ import annotations

_LABELS: dict[str, dict[str, str]] = {
    "zh": {
        "new": "新增", "continued": "延续", "modified": "修改", "moved": "移动", "dropped": "删除",
        "split": "拆分", "merged": "合并",
        "framing": "背景表述", "delivered": "已兑现", "not_reported": "未见报告", "short_of": "未达目标", "partly": "部分完成", "under_way": "推进中", "under_way_said": "目前进展", "partly_done": "已完成部分", "replanned": "今年计划重提", "continues": "延续", "not_carried": "未延续",
        "results": "主要举措及成效", "shortcomings": "不足和原因", "leadership": "第一责任人职责",
        "plans": "工作安排", "other": "其他",
        # -- a part as a 政府工作报告 names it (check's required parts) --
        "results_government_work": "工作回顾", "plans_government_work": "工作任务",
        "title": "年度报告比对", "summary": "概览", "measures": "举措", "sections": "章节",
        "old": "上年", "new_side": "本年", "similarity": "相似度", "was": "原", "now": "现",
        "figures": "数据变化", "figures_one_sided": "另有 {n} 项数据只见于一方或未变（完整列表见 --format md / html / json）", "tables": "表格变化", "table_row": "行", "table_column": "列", "promises": "上年计划兑现情况", "legend": "图例",
        "inserted": "新增文字", "deleted": "删除文字", "inline": "合并视图", "side_by_side": "对照视图",
        "all": "全部", "filter": "筛选", "shared_terms": "匹配依据", "preamble": "导语", "lead": "导语",
        # -- the page's punctuation between labels and texts: full width in Chinese --
        "colon": "：", "sep": "、", "lparen": "（", "rparen": "）",
        "no_changes": "无变化", "label": "指标", "change": "变化", "claim": "文中表述",
        "plans_title": "工作安排与成效对照",
        "answered_by": "对应安排",
        "no_answer": "无对应安排",
        "continues_from": "延续自", "plan": "安排", "result": "举措",
        "full_text": "举措全文",
        "redline_note": "安排与所延续举措的对照：未变文字照常显示，新增文字以下划线标出。",
        "not_carried_note": "以下本年举措未见于下一年工作安排。",
        "reworded": "标题改写", "headings": "标题与导语", "section_new": "新增章节", "section_dropped": "删除章节", "section_moved": "调整位置",
        "old_report": "上年报告", "new_report": "本年报告", "moved_from": "移自", "contents": "目录", "view": "视图",
        "expand_continued": "展开延续项", "collapse_continued": "收起延续项", "relative_change": "变化率",
        "new_measures": "对应本年举措", "not_in_new": "本年无此项", "not_in_old": "上年无此项", "part_dropped": "删除部分",
        "hidden": "（已隐藏 {n} 项）", "heading_was": "原标题", "measures_count": "项", "consistent": "相符",
        "inconsistent": "不符", "implied": "按数据计算",
        "targets": "主要预期目标", "old_target": "上年目标", "target_result": "上年完成", "new_target": "本年目标", "points": "个百分点",
        "plan_result": "上年计划→本年实绩", "range": "区间",
        "range_to_point": "区间→单值", "point_to_range": "单值→区间",
        "sentence_to": "句子移至{place}：{text}", "sentence_from": "句子移自{place}：{text}",
        "qualifier_dropped": "去掉“{}”", "qualifier_added": "加上“{}”",
        "expressions": "提法变化", "expressions_new": "新提法", "expressions_dropped": "不再出现的提法",
        "times": "次", "more": "另有 {n} 条",
        "prev": "上一处", "next": "下一处", "changes": "变化列表", "position": "第 {i}/{n} 处", "none_left": "无变化",
        "nav_keys": "按 n / j 到下一处，p / k 到上一处",
        "script_switch": "显示原文字形", "script_note": "两份报告字形不同（繁体/简体），上年报告已按本年报告字形显示；字形差异不计为变化。",
        "fig_paired": "两年均有的数据", "fig_new_only": "仅本年报告有的数据", "fig_old_only": "仅上年报告有的数据",
        "only_inconsistent": "只看不符", "only_changed": "只看有变化", "relative_change_short": "变化率",
        "check": "核对",
        "print_continued": "打印时包含延续项全文",
        "shared_words": "共有文字", "shared_note": "安排与所延续举措共有的文字已标出。",
        "year_note": "年份随报告年度", "year_note_long": "两年报告各写本年度的年份（如2024年、2025年），不计为修改。",
    },
    "en": {
        "new": "new", "continued": "continued", "modified": "modified", "moved": "moved", "dropped": "dropped",
        "split": "split", "merged": "merged",
        "framing": "framing", "delivered": "delivered", "not_reported": "not reported", "short_of": "short of target", "partly": "partly done", "under_way": "under way", "under_way_said": "so far", "partly_done": "done so far", "replanned": "restated in this year's plans", "continues": "continues",
        "not_carried": "not carried",
        "results": "Measures and results", "shortcomings": "Shortcomings", "leadership": "Leadership duties",
        "plans": "Plans", "other": "Other",
        "results_government_work": "Review of the year", "plans_government_work": "Tasks",
        "title": "Annual report comparison", "summary": "Summary", "measures": "Measures",
        "sections": "Sections", "old": "Old", "new_side": "New", "similarity": "similarity", "was": "was",
        "now": "now", "figures": "Figures", "figures_one_sided": "{n} more figures appear on one side only or did not change (all of them: --format md / html / json)", "tables": "Table changes", "table_row": "Row", "table_column": "Column", "promises": "Last year's plans", "legend": "Legend",
        "inserted": "inserted text", "deleted": "deleted text", "inline": "Inline", "side_by_side": "Side by side",
        "all": "All", "filter": "Filter", "shared_terms": "Matched on", "preamble": "Preamble", "lead": "Lead",
        "colon": ": ", "sep": ", ", "lparen": " (", "rparen": ")",
        "no_changes": "no changes", "label": "Figure", "change": "Change", "claim": "Stated",
        "plans_title": "Plans against results",
        "answered_by": "answered by",
        "no_answer": "no plan answers it",
        "continues_from": "continues", "plan": "Plan", "result": "Result",
        "full_text": "full text of the measure",
        "redline_note": "Each plan against the result it continues: shared wording plain, new wording underlined.",
        "not_carried_note": "This year's results that no plan for next year carries on.",
        "reworded": "heading reworded", "headings": "Headings and preamble", "section_new": "new section", "section_dropped": "dropped section", "section_moved": "moved",
        "old_report": "Old report", "new_report": "New report", "moved_from": "moved from",
        "contents": "Contents", "view": "View", "expand_continued": "Expand continued",
        "collapse_continued": "Collapse continued", "relative_change": "Relative change",
        "new_measures": "This year's measures", "not_in_new": "not in the new report",
        "not_in_old": "not in the old report", "part_dropped": "dropped part", "hidden": "({n} hidden)",
        "heading_was": "heading was", "measures_count": "measures", "consistent": "consistent",
        "inconsistent": "inconsistent", "implied": "computed",
        "targets": "Main targets", "old_target": "Last year's target", "target_result": "Last year's result", "new_target": "This year's target",
        "points": " pp", "plan_result": "last year's plan → this year's result", "range": "range",
        "range_to_point": "range → point", "point_to_range": "point → range",
        "sentence_to": "sentence moved to {place}: {text}", "sentence_from": "sentence moved from {place}: {text}",
        "qualifier_dropped": "drops “{}”", "qualifier_added": "adds “{}”",
        "expressions": "Expressions", "expressions_new": "New expressions",
        "expressions_dropped": "Dropped expressions", "times": "×", "more": "{n} more",
        "prev": "Previous", "next": "Next", "changes": "Changes", "position": "{i} of {n}", "none_left": "no changes",
        "nav_keys": "n / j: next change, p / k: previous",
        "script_switch": "Show old text as written",
        "script_note": "The old report is shown in the new report's script; script differences are not changes.",
        "fig_paired": "Figures in both reports", "fig_new_only": "Only in the new report",
        "fig_old_only": "Only in the old report", "only_inconsistent": "inconsistent only",
        "only_changed": "changed only", "relative_change_short": "Relative", "check": "Check",
        "print_continued": "print continued measures in full",
        "shared_words": "shared words", "shared_note": "Words a plan shares with the result it continues are marked.",
        "year_note": "own year", "year_note_long": "Each report names its own year (2024, 2025): not counted as a change.",
    },
}

LANGUAGES = tuple(_LABELS)


def labels(lang: str = "zh") -> dict[str, str]:
    """Return the label table for ``lang`` (``zh`` or ``en``)."""
    try:
        return _LABELS[lang]
    except KeyError:
        raise ValueError(f"unknown language {lang!r}; choose one of {', '.join(LANGUAGES)}") from None


# -- labels of the folder commands (check, timeline, matrix); kept apart so the compare and
#    plans labels above stay one table each --
_LABELS["zh"].update({
    "check_title": "年度报告检查", "passed": "通过", "failed": "未通过", "fail": "不通过", "warn": "提示",
    "off": "关闭", "rule": "规则", "level": "级别", "subject": "对象", "findings": "发现",
    "required_parts": "必备部分", "not_reported_rule": "上年计划未兑现", "growth_mismatch": "增幅不符",
    "year_gap": "年份不连续", "dropped_rule": "删除举措", "shortcoming_dropped_rule": "不足未再列出",
    "new_shortcomings_list": "新列出的不足", "dropped_shortcomings_list": "未再列出的不足", "no_predecessor": "无上年报告，仅检查必备部分",
    "new_measures_list": "新增举措", "dropped_measures_list": "删除举措（工作安排和不足另计）", "growth_failed": "增幅核对不符",
    "rules_from": "规则来源", "defaults": "默认规则", "bodies": "单位", "full_comparison": "完整比对",
    "timeline_title": "历年变化", "lineage": "举措沿革", "first_year": "首次出现", "last_year": "最后出现",
    "dropped_in": "删除于", "years": "年份", "figure_series": "数据历年", "target_series": "主要预期目标历年",
    "expression_years": "提法出现年份", "matrix_title": "单位对照", "shared_by": "共有单位数",
    "only_in": "仅此单位", "figures_side": "数据对照", "measure": "举措", "expression": "提法",
    "reworded_as": "改写为", "chart": "图", "table": "表", "present": "有此项",
    "reached": "实际", "data_of": "{year}年数据", "planned_series": "计划数据历年",
    "standing_years": "规范提法出现年份", "missing_years": "缺{years}年",
    "folded_rows": "其余 {n} 项（仅一年出现、历年皆有或排序在后）",
    "folded_measures": "其余 {n} 项（仅一年出现、框架语句或排序在后）", "returned": "（再现）",
    "role_tag_plans": "〔计划〕", "role_tag_shortcomings": "〔不足〕", "role_tag_leadership": "〔责任人〕",
})
_LABELS["en"].update({
    "check_title": "Report check", "passed": "passed", "failed": "failed", "fail": "fail", "warn": "warn",
    "off": "off", "rule": "Rule", "level": "Level", "subject": "Concerns", "findings": "Findings",
    "required_parts": "required parts", "not_reported_rule": "plans not kept", "growth_mismatch": "growth mismatch",
    "year_gap": "year gap", "dropped_rule": "dropped measures", "shortcoming_dropped_rule": "shortcomings no longer listed",
    "new_shortcomings_list": "Shortcomings listed anew", "dropped_shortcomings_list": "Shortcomings no longer listed", "no_predecessor": "no earlier report; only required parts checked",
    "new_measures_list": "New measures", "dropped_measures_list": "Dropped measures (plans and shortcomings apart)", "growth_failed": "Failed growth checks",
    "rules_from": "Rules from", "defaults": "defaults", "bodies": "Bodies", "full_comparison": "Full comparison",
    "timeline_title": "Timeline", "lineage": "Lineage of measures", "first_year": "first", "last_year": "last",
    "dropped_in": "dropped in", "years": "Years", "figure_series": "Figures by year", "target_series": "Main targets by year",
    "expression_years": "Expressions by year", "matrix_title": "Matrix of bodies", "shared_by": "Bodies",
    "only_in": "only in", "figures_side": "Figures side by side", "measure": "Measure", "expression": "Expression",
    "reworded_as": "reworded as", "chart": "Chart", "table": "Table", "present": "present",
    "reached": "reached", "data_of": "data of {year}", "planned_series": "Planned figures by year",
    "standing_years": "Standing formulations by year", "missing_years": "{years} missing",
    "folded_rows": "{n} more (one year only, every year, or ranked lower)",
    "folded_measures": "{n} more (one year only, framing, or ranked lower)", "returned": " (returns)",
    "role_tag_plans": "Plan: ", "role_tag_shortcomings": "Shortcoming: ", "role_tag_leadership": "Leadership: ",
})


#: How a target's qualifier reads in English (左右 → about); a qualifier not listed is shown as
#: the report writes it. Chinese shows the report's own word.
QUALIFIERS = {"en": {"左右": "about", "上下": "about", "以上": "or more", "以内": "at most", "以下": "or less",
                     "之内": "at most", "不低于": "at least", "不少于": "at least", "不超过": "at most", "不高于": "at most"}}


def qualifier(word: str, lang: str = "zh") -> str:
    """Return a target's qualifier (左右, 以上…) as ``lang`` reads it."""
    return QUALIFIERS.get(lang, {}).get(word, word)


#: One template per warning code (see ``report_warnings.py``), filled with the warning's params; a
#: ``code.flag`` template is added after it when the flag param is true.
_WARNINGS: dict[str, dict[str, str]] = {
    "zh": {
        # -- what a reader met in one file --
        "tracked_changes": "{source}：含修订痕迹，已按全部接受修订读取",
        "comments": "{source}：含 {count} 条批注，批注文字不作为报告内容读取",
        "unrendered_lists": "{source}：{count} 个段落使用无法还原的自动编号，这些编号缺失",
        "garbled": "{source}：{count} 处乱码（“{sample}”）：文字保存前已按错误编码读取（GBK 或 Big5 网页），"
                   "这些文字按现状比对，并非报告原文",
        "pdf_columns": "{source}：第 {pages} 页可能分栏排版而无法分开，已整行跨栏读取，两栏文字可能混在一起",
        "no_plans_part": "{source}：未找到工作安排部分（标题为工作安排、工作计划、下一步打算或工作任务的部分）；"
                         "所有举措均列为未延续",
        "no_results_part": "{source}：未找到工作成效部分（标题为工作回顾、主要举措和成效或工作情况的部分，"
                           "或问题与安排之前报告已做工作的部分）；没有安排能找到所延续的举措",
        # -- what a pair of reports is --
        "swapped_years": "本年报告 {new}（{new_year}年）早于上年报告 {old}（{old_year}年）：两份报告可能前后颠倒"
                         "（应为 reportdiff compare 上年报告 本年报告）",
        "swapped_years.plans_unchecked": "；上年计划未对照本年回顾核对",
        "same_year": "{old} 与 {new} 都是{year}年的报告：数据在同一年内比对，文中所述增幅未核对",
        "same_year.plans_unchecked": "；上年计划未对照本年回顾核对",
        "two_bodies": "{old} 是{old_body}的报告，{new} 是{new_body}的报告：两个单位的报告，按现状比对",
        "years_missing": "{old} 安排{plan_year}年工作，{new} 回顾{review_year}年：两者之间的报告缺失；"
                         "上年计划未对照本年回顾核对，文中所述增幅未核对",
        "different_kinds": "{old} 是{old_kind}，{new} 是{new_kind}：报告类型不同，按现状比对（--kind 可为两者指定同一类型）",
        "same_text": "{old} 与 {new} 文字相同（繁简、全半角和换行不计）：同一份报告给了两次？",
        "unrelated": "{old} 与 {new} 共有举措很少（匹配 {matched} 项）：两者可能不是同一报告的两个年度；"
                     "数据只在匹配的举措内比对",
        # -- what a folder holds --
        "unread_format": "{path}：不读取 {suffix} 文件（请另存为 .docx 或 .pdf）；已跳过",
        "copy": "{path}：与 {original} 是同一文件（副本）；已跳过",
        "empty_file": "{path}：文件为空；已跳过",
        "unreadable": "{source}：{problem}；已跳过",
        "no_year": "{path}：文件名和正文中都没有年份；已跳过",
        "timeline_gap": "{body}：{before}年与{after}年之间缺少{years}年的报告；历年变化从{before}年一步到{after}年",
        "matrix_absent": "{body}没有{year}年的报告（已有：{years}年）；未列入单位对照",
        "mixed_kinds": "{year}年的报告类型不同（{kinds}），按现状并列（每类报告放一个文件夹，方可同类相比）",
        # -- the heading outputs show the list under --
        "heading": "提示",
    },
    "en": {
        "tracked_changes": "{source}: contains tracked changes; read as if all were accepted",
        "comments": "{source}: contains {count} comment(s); their text is not read as part of the report",
        "unrendered_lists": "{source}: {count} paragraph(s) use automatic numbering this reader cannot render; "
                            "their numbers are missing",
        "garbled": "{source}: garbled characters at {count} place(s) (“{sample}”): the text was read in a wrong "
                   "encoding before it was saved (a GBK or Big5 page); those words are compared as they are, "
                   "not as the report wrote them",
        "pdf_columns": "{source}: page(s) {pages} may be set in columns that could not be told apart; read line by "
                       "line across the page, so text from two columns may be mixed",
        "no_plans_part": "{source}: no plans part found (a part headed 工作安排/工作计划/下一步打算/工作任务); "
                         "every result is listed as not carried",
        "no_results_part": "{source}: no results part found (a part headed 工作回顾/主要举措和成效/工作情况, or parts "
                           "reporting work done before the problems and plans); no plan is found to carry a result",
        "swapped_years": "NEW {new} ({new_year}) is older than OLD {old} ({old_year}): the reports may be swapped "
                         "(reportdiff compare OLD NEW)",
        "swapped_years.plans_unchecked": "; OLD's plans are not checked against NEW's review",
        "same_year": "{old} and {new} are both {year} reports: figures are compared within one year, "
                     "their stated growth unchecked",
        "same_year.plans_unchecked": "; OLD's plans are not checked against NEW's review",
        "two_bodies": "{old} is a report of {old_body} and {new} of {new_body}: two bodies' reports, compared as they are",
        "years_missing": "{old} plans for {plan_year} but {new} reviews {review_year}: the report(s) between them "
                         "are missing; last year's plans are not checked against this review, its stated growth unchecked",
        "different_kinds": "{old} is a {old_kind} report and {new} a {new_kind} report: different kinds of report, "
                           "compared as they are (--kind sets one kind for both)",
        "same_text": "{old} and {new} have the same text (after script, width and wrapping are set aside): "
                     "the same report given twice?",
        "unrelated": "{old} and {new} share few measures ({matched} matched): they may not be two years of the same "
                     "report; figures are compared only inside matched measures",
        "unread_format": "{path}: a {suffix} file is not read (save it as .docx or .pdf); skipped",
        "copy": "{path}: the same file as {original} (a copy); skipped",
        "empty_file": "{path}: is empty; skipped",
        "unreadable": "{source}: {problem}; skipped",
        "no_year": "{path}: no year in its name or text; skipped",
        "timeline_gap": "{body}: no report of {years} between {before} and {after}; "
                        "the timeline goes from {before} to {after} in one step",
        "matrix_absent": "{body} has no report of {year} (its reports: {years}); left out of the matrix",
        "mixed_kinds": "the reports of {year} are of different kinds ({kinds}), set side by side as they are "
                       "(a folder a kind compares like with like)",
        "heading": "Warnings",
    },
}

#: One template per error code (see ``errors.py``): what is wrong with an input, an option or an
#: output, filled with the error's params. A param ``X_code`` names the template of param ``X``
#: (a detail in the reader's words); a library's own words (``detail``, ``reason``) are shown as
#: they come. The English is what the errors have always said (``str(error)``).
_ERRORS: dict[str, dict[str, str]] = {
    "zh": {
        # -- reading an input --
        "no_such_file": "文件不存在",
        "is_directory": "是文件夹，不是报告文件",
        "os_error": "无法读取（{reason}）",
        "empty": "文件为空",
        "empty_body": "文件为空（文档正文中没有文字）",
        "bom_mismatch": "以 {encoding} 字节顺序标记开头，但不是 {encoding} 文本",
        "unknown_encoding": "不是有效的 UTF-8、UTF-16、GB18030 或 Big5 文本",
        "rtf_not": "不是 RTF 文件（开头不是 {{\\rtf）",
        "rtf_empty": "是没有文字的 RTF 文件",
        "html_needs_lxml": "读取网页需要 lxml",
        "html_unreadable": "不是可读取的网页",
        "html_no_text": "网页中没有报告正文（只有导航和链接）",
        "mhtml_no_page": ".mhtml 归档中没有 HTML 网页",
        "pdf_needs_pdfplumber": "读取 PDF 需要 pdfplumber（pip install pdfplumber）",
        # -- the PDF library's words ("No /Root object!") tell a reader nothing: English keeps them --
        "pdf_unreadable": "不是可读取的 PDF 文件（文件已损坏，或并非 PDF）",
        "pdf_protected": "PDF 文件有密码保护；请另存一份无密码的副本",
        "pdf_no_text": "PDF 文件没有文字层（扫描图像？）；请先做文字识别（OCR），如 ocrmypdf -l chi_sim 文件.pdf 输出.pdf",
        "pdf_cid": "PDF 文件的字体不含 Unicode 文字（字符显示为 (cid:N)）；请嵌入字体后重新导出，或做文字识别（OCR）",
        "docx_invalid": "不是有效的 .docx 文件（{detail}）",
        "docx_encrypted": "有密码保护，或是旧的二进制 .doc 文件；请另存为无密码的 .docx",
        "docx_main_part": "主部件为 {content_type}",
        "docx_no_body": "文档部件没有正文",
        "docx_not_zip": "不是 zip 压缩包，或已损坏",
        "docx_no_part": "没有 Word 文档部件",
        "doc_invalid": "不是可读取的 Word 97–2003（.doc）文件（{detail}）；如 Word 能打开，请另存为 .docx"
                       "（或运行：soffice --headless --convert-to docx 文件）",
        "doc_rtf": "实为 RTF 格式文件",
        "doc_not_ole": "不是 OLE 复合文档",
        "doc_damaged": "复合文档已损坏：{error}",
        "doc_no_word_stream": "没有 WordDocument 流，不是 Word 文件",
        "doc_no_stream": "没有 {stream} 流",
        "doc_too_short": "WordDocument 流过短",
        "doc_no_signature": "文件信息块中没有 Word 签名",
        "doc_word95": "Word 6/95 格式，早于 Word 97",
        "doc_protected": "有密码保护；请在 Word 中打开，取消密码后重新保存（.doc 或 .docx）",
        "no_structure": "未找到报告结构（应有“一、”这样的部分标题）",
        # -- a folder of reports --
        "no_directory": "文件夹不存在",
        "no_reports_found": "未找到报告（{extensions}）",
        "no_readable": "没有可读取的报告（{failures}）",
        "second_report": "是{body}{year}年的第二份报告（第一份是 {first}）；请将其中一份改名为 <单位>-<年份>{suffix}",
        "no_body_reports": "没有“{body}”的报告（已有单位：{bodies}）",
        "no_year_reports": "没有{year}年的报告（已有年份：{years}）",
        "no_readable_year": "没有可读取的{year}年报告",
        # -- the rules file of check --
        "config_not_table": "{where}应为表（table）",
        "config_unknown_key": "{where}中有未知的键“{key}”（可用：rules）",
        "config_rules_not_table": "rules 应为表（table）",
        "config_unknown_rule": "未知规则“{rule}”（可用：{known}）",
        "config_unknown_level": "规则“{rule}”：未知取值“{level}”（应为 fail、warn 或 off）",
        "config_missing": "配置文件不存在",
        "config_not_toml": "不是有效的 TOML（{detail}）",
        "config_unreadable": "无法读取（{reason}）",
        "top_level": "顶层",
        # -- the system's common reasons (errno) --
        "os_permission": "没有权限", "os_no_space": "磁盘空间不足", "os_read_only": "只读文件系统",
        "os_name_too_long": "文件名过长", "os_io": "输入输出错误",
        # -- making an output --
        "docx_template": "不能用作 .docx 模板（不是 .docx 文件，或已损坏）",
        "pdf_needs_soffice": "输出 PDF 需要 LibreOffice（soffice）：请安装，如 apt-get install libreoffice-writer，"
                             "或输出 .docx 后用 Word 打印",
        "pdf_failed": "LibreOffice 未能把修订稿转为 PDF（{problem}）",
        "bad_date": "日期“{date}”无效：请用 ISO 8601 格式，如 2025-03-31 或 2025-03-31T09:00:00Z，或 now",
        "cannot_write": "{path}：无法写入（{reason}）",
        "descriptor_closed": "{path}：无法写入（描述符 {fd} 未打开）",
        "descriptor_read_only": "{path}：无法写入（描述符 {fd} 只读）",
        "output_is_directory": "{path}：是文件夹；请指定输出文件",
        "permission_denied": "{path}：无法写入（没有权限）",
        "no_output_folder": "{path}：无法写入（文件夹 {folder} 不存在）",
        "folder_read_only": "{path}：无法写入（文件夹 {folder} 不可写）",
        # -- the command line --
        "stdin_twice": "标准输入（-）只能作为一个输入",
        "output_is_input": "{output}：是输入文件；请另选输出文件",
        "unknown_output_format": "无法从“{output}”判断输出格式；请加 --format（{formats}）",
        "folder_formats": "此命令输出 html、json 或 md（text 即输出 md）",
        "bad_option": "{option} 的值无效：{problem}",
        # -- click's own usage errors, said in the reader's words (English keeps click's) --
        "no_such_option": "没有 {option} 这个选项",
        "did_you_mean": "；是否要用 {choices}？",
        "missing_argument": "缺少参数 {name}",
        "missing_option": "缺少选项 {name}",
        "option_needs_value": "选项 {option} 需要一个值",
        "extra_arguments": "多余的参数：{arguments}",
        "one_of": "可选 {choices}",
        "no_such_command": "没有 {command} 这个命令",
        "missing_command": "缺少命令",
        "option_takes_no_value": "选项 {option} 不带值",
        "not_integer": "“{value}”不是整数",
        "out_of_range": "{value} 超出范围（{range}）",
        "path_missing": "{path} 不存在",
        "path_is_file": "{path} 是文件，不是文件夹",
        "path_is_directory": "{path} 是文件夹，不是文件",
        "path_unreadable": "{path} 不可读",
        "path_unwritable": "{path} 不可写",
        "see_help": "（见 reportdiff {command} --help）",
        "aborted": "已中止",
    },
    "en": {
        "no_such_file": "no such file",
        "is_directory": "is a directory, not a report file",
        "os_error": "{reason}",
        "empty": "is empty",
        "empty_body": "is empty (no text in the document body)",
        "bom_mismatch": "starts with a {encoding} byte-order mark but is not {encoding} text",
        "unknown_encoding": "not valid UTF-8, UTF-16, GB18030 or Big5 text",
        "rtf_not": "not an RTF file (it does not start with {{\\rtf)",
        "rtf_empty": "is an RTF file with no text",
        "html_needs_lxml": "reading web pages needs lxml",
        "html_unreadable": "not a readable web page",
        "html_no_text": "no report text found in the web page (only navigation and links)",
        "mhtml_no_page": "the .mhtml archive holds no HTML page",
        "pdf_needs_pdfplumber": "reading PDF needs pdfplumber (pip install pdfplumber)",
        "pdf_unreadable": "not a readable PDF ({detail})",
        "pdf_protected": "the PDF is password-protected; save an unprotected copy",
        "pdf_no_text": "the PDF has no text layer (a scanned image?); run OCR first, "
                       "e.g. ocrmypdf -l chi_sim FILE.pdf OUT.pdf",
        "pdf_cid": "the PDF's fonts carry no Unicode text (characters show as (cid:N)); "
                   "export it again with fonts embedded as text, or run OCR",
        "docx_invalid": "is not a valid .docx file ({detail})",
        "docx_encrypted": "password-protected, or an old binary .doc; save it as an unprotected .docx",
        "docx_main_part": "its main part is {content_type}",
        "docx_no_body": "the document part has no body",
        "docx_not_zip": "not a zip archive, or a damaged one",
        "docx_no_part": "no Word document part",
        "doc_invalid": "is not a readable Word 97–2003 (.doc) file ({detail}); if Word opens it, save it as .docx "
                       "(or run: soffice --headless --convert-to docx FILE)",
        "doc_rtf": "it is a Rich Text (RTF) file",
        "doc_not_ole": "not an OLE compound file",
        "doc_damaged": "damaged compound file: {error}",
        "doc_no_word_stream": "no WordDocument stream; not a Word file",
        "doc_no_stream": "no {stream} stream",
        "doc_too_short": "WordDocument stream too short",
        "doc_no_signature": "no Word signature in the file information block",
        "doc_word95": "Word 6/95 format, older than Word 97",
        "doc_protected": "is password-protected; open it in Word, remove the password and save it again "
                         "(as .doc or .docx)",
        "no_structure": "no report structure found (expected part headings like 一、…)",
        "no_directory": "no such directory",
        "no_reports_found": "no reports found ({extensions})",
        "no_readable": "no readable reports ({failures})",
        "second_report": "a second report of {body} for {year} (the first is {first}); "
                         "rename one as <body>-<year>{suffix}",
        "no_body_reports": "no reports of '{body}' (bodies: {bodies})",
        "no_year_reports": "no reports of {year} (years: {years})",
        "no_readable_year": "no readable reports of {year}",
        "config_not_table": "{where} must be a table",
        "config_unknown_key": "unknown key '{key}' in {where} (allowed: rules)",
        "config_rules_not_table": "rules must be a table",
        "config_unknown_rule": "unknown rule '{rule}' (known: {known})",
        "config_unknown_level": "rule '{rule}': unknown value '{level}' (use fail, warn or off)",
        "config_missing": "no such configuration file",
        "config_not_toml": "not valid TOML ({detail})",
        "config_unreadable": "cannot read ({reason})",
        "top_level": "the top level",
        # -- the system's reasons are the system's own words in English --
        **dict.fromkeys(("os_permission", "os_no_space", "os_read_only", "os_name_too_long", "os_io"), "{reason}"),
        "docx_template": "is not a usable .docx template ({error})",
        "pdf_needs_soffice": "PDF output needs LibreOffice (soffice): install it, e.g. apt-get install "
                             "libreoffice-writer, or write .docx and print it from Word",
        "pdf_failed": "LibreOffice could not convert the redline to PDF ({problem})",
        "bad_date": "invalid date '{date}': use ISO 8601 such as 2025-03-31 or 2025-03-31T09:00:00Z, or 'now'",
        "cannot_write": "{path}: cannot write ({reason})",
        "descriptor_closed": "{path}: cannot write (descriptor {fd} is not open)",
        "descriptor_read_only": "{path}: cannot write (descriptor {fd} is open only for reading)",
        "output_is_directory": "{path}: is a directory; name an output file",
        "permission_denied": "{path}: cannot write (permission denied)",
        "no_output_folder": "{path}: cannot write (no such folder {folder})",
        "folder_read_only": "{path}: cannot write (folder {folder} is not writable)",
        "stdin_twice": "standard input (-) can be only one of the inputs",
        "output_is_input": "{output}: is an input; choose another output file",
        "unknown_output_format": "cannot tell the format from '{output}'; add --format ({formats})",
        "folder_formats": "this command writes html, json or md (text prints the md)",
        "bad_option": "Invalid value for '{option}': {problem}",
        "no_such_option": "No such option '{option}'.",
        "did_you_mean": " Did you mean {choices}?",
        "missing_argument": "Missing argument '{name}'.",
        "missing_option": "Missing option '{name}'.",
        "option_needs_value": "Option '{option}' requires an argument.",
        "extra_arguments": "Got unexpected extra arguments ({arguments})",
        "one_of": "one of {choices}",
        "no_such_command": "No such command '{command}'.",
        "missing_command": "Missing command.",
        "option_takes_no_value": "Option '{option}' does not take a value.",
        "not_integer": "'{value}' is not a valid integer.",
        "out_of_range": "{value} is not in the range {range}.",
        "path_missing": "'{path}' does not exist.",
        "path_is_file": "'{path}' is a file.",
        "path_is_directory": "'{path}' is a directory.",
        "path_unreadable": "'{path}' is not readable.",
        "path_unwritable": "'{path}' is not writable.",
        "see_help": " (see 'reportdiff {command} --help')",
        "aborted": "aborted",
    },
}


#: What a progress bar on the terminal says it is doing: ``compare``'s stages (``pipeline.STAGES``
#: and the rendering after them) and the folder commands' passes, with the unit they count.
_PROGRESS: dict[str, dict[str, str]] = {
    "zh": {"read OLD": "读取上年报告", "read NEW": "读取本年报告", "align": "对齐举措", "redline": "标出改动",
           "figures": "比对数据", "promises": "核对上年计划", "expressions": "比对提法", "render": "输出",
           "parse": "读取报告", "compare": "逐年比对", "read": "读取报告", "file": "个文件"},
    "en": {"read OLD": "read OLD", "read NEW": "read NEW", "align": "align", "redline": "redline",
           "figures": "figures", "promises": "promises", "expressions": "expressions", "render": "render",
           "parse": "parse", "compare": "compare", "read": "read", "file": "file"},
}


def progress_label(stage: str, lang: str = "zh") -> str:
    """Return what a progress bar shows for ``stage`` in ``lang`` (the stage's own name if it has none)."""
    return _PROGRESS.get(lang, {}).get(stage, stage)


def error_template(code: str, lang: str = "zh") -> str:
    """Return the template of error ``code`` in ``lang`` (KeyError for a code with none: a test
    checks that each language has every code)."""
    labels(lang)  # -- an unknown language is a ValueError, as for every label --
    return _ERRORS[lang][code]


#: Every error code there is.
ERROR_CODES = tuple(_ERRORS["zh"])


_MISSING = object()


def warning_template(code: str, lang: str = "zh", default: object = _MISSING) -> str:
    """Return the template of warning ``code`` in ``lang``; ``default`` when it has none (a flag's),
    else KeyError: every code a producer makes has a template in each language (a test checks)."""
    table = _WARNINGS[lang] if lang in _WARNINGS else labels(lang)
    if code in table or default is _MISSING:
        return table[code]
    return str(default)


#: The command line's help in Chinese: a command's by its name (its line in the group's list as
#: ``name.short``), an option's by its parameter's name (``command.name`` where one command says it
#: otherwise), click's own words by theirs. The English is click's and the commands' own, written
#: beside each command and option in ``cli.py`` (a test keeps the two sets of keys alike); only the
#: version line, which click's ``version_option`` cannot say in two languages, is here in both.
_HELP: dict[str, dict[str, str]] = {
    "zh": {
        "reportdiff": "逐项比对政府年度报告的举措。",
        "compare": "比对上年报告 OLD 与本年报告 NEW。\n\n"
                   "OLD、NEW 可以是 .txt/.md（UTF-8、UTF-16、GB18030、Big5）、.docx、文字版 .pdf 或另存的网页"
                   "（.html/.htm/.mhtml），- 表示标准输入。\n\n"
                   "\b\n示例：\n"
                   "  reportdiff compare 2024.txt 2025.txt              # 在终端显示概览\n"
                   "  reportdiff compare 2024.txt 2025.txt -o diff.html # HTML 修订稿\n"
                   "  reportdiff compare 2024.txt 2025.docx -o diff.docx --author 法制科\n"
                   "  reportdiff compare 2024.txt 2025.txt --format json > diff.json",
        "compare.short": "比对上年报告 OLD 与本年报告 NEW。",
        "plans": "核对报告 REPORT 的下一年工作安排与本报告的成效和不足。\n\n"
                 "每句安排都对应到它所延续的举措（或标为新增），列出没有安排延续的举措，"
                 "并把每项不足对应到回应它的安排。\n\n"
                 "\b\n示例：\n"
                 "  reportdiff plans 2024.txt                      # 在终端显示概览\n"
                 "  reportdiff plans 2024.txt -o plans.html        # 安排对照所延续举措的修订稿\n"
                 "  reportdiff plans 2024.docx -o plans.docx       # 同上，以 Word 修订显示\n"
                 "  reportdiff plans 2024.txt --format json",
        "plans.short": "核对报告 REPORT 的工作安排与本报告的成效和不足。",
        "check": "检查 DIRECTORY 中每个单位最新的报告与其上一年报告（用于 CI）。\n\n"
                 "输出 Markdown 概览（设置了 $GITHUB_STEP_SUMMARY 时也追加到该文件）。设为“fail”的规则"
                 "都没有发现问题时退出状态为 0，有发现时为 1，用法或输入错误时为 2。\n\n"
                 "\b\n示例：\n"
                 "  reportdiff check reports/\n"
                 "  reportdiff check reports/ --config ci/reportdiff.toml --html check.html --json check.json",
        "check.short": "检查 DIRECTORY 中各单位最新报告与上一年报告（用于 CI）。",
        "timeline": "追踪 DIRECTORY 中一个单位历年的报告。\n\n"
                    "每项举措的沿革（首次出现、延续或修改、删除的年份，改写的标题），每项数据和主要预期目标的"
                    "历年数值，以及每个提法出现的年份。\n\n"
                    "\b\n示例：\n"
                    "  reportdiff timeline reports/ -o timeline.html\n"
                    "  reportdiff timeline reports/ --body 海淀区 --format json",
        "timeline.short": "追踪 DIRECTORY 中一个单位历年的报告。",
        "matrix": "并列比较 DIRECTORY 中多个单位同一年的报告。\n\n"
                  "各单位有哪些举措和提法（多数单位共有的，或仅一个单位有的），以及各单位数据的对照。\n\n"
                  "\b\n示例：\n"
                  "  reportdiff matrix districts/ -o matrix.html\n"
                  "  reportdiff matrix districts/ --year 2024 --format json",
        "matrix.short": "并列比较 DIRECTORY 中多个单位同一年的报告。",
        # -- options --
        "output": "写入此文件（格式按扩展名）；- 为标准输出。",
        "fmt": "输出格式（默认：由 -o 判断，否则为 text）。",
        "lang": "标签的语言（报告原文不翻译）。",
        "check.lang": "标签的语言。",
        "kind": "报告类型：rule_of_law（法治政府建设）、government_work（政府工作报告）或 other"
                "（默认：由标题和开头判断）。",
        "exit_code": "举措有新增、修改、移动或删除时退出状态为 1。",
        "author": "DOCX 修订的作者。",
        "revision_date": "DOCX 修订的日期（默认：SOURCE_DATE_EPOCH，否则为当前时间）。",
        "no_moves": "DOCX：移动的举措写为删除加插入。",
        "summary": "DOCX：加一页概览，列出计数和变化的数据。",
        "template": "DOCX：使用此参考 .docx 的样式。",
        "no_cache": "逐个读取每个文件，不读也不写缓存。",
        "jobs": "读取和比对所用的进程数。",
        "config_file": "规则文件（默认：从 DIRECTORY 逐级向上查找 reportdiff.toml 或 pyproject.toml）。",
        "json_file": "把完整结果以 JSON 写入此文件。",
        "html_file": "把完整结果以 HTML 网页写入此文件。",
        "body": "只看这个单位（默认：DIRECTORY 中的每个单位）。",
        "year": "在各单位间比较的年份（默认：最近一年）。",
        "version": "显示版本号并退出。",
        "help": "显示本帮助并退出。",
        # -- click's own words --
        "usage": "用法：", "options": "选项", "commands": "命令", "options_metavar": "[选项]",
        "subcommand_metavar": "命令 [参数]...", "default": "默认：{default}",
        "version_line": "{prog} 版本 {version}",
    },
    "en": {
        "version_line": "{prog}, version {version}",
    },
}


def help_text(key: str, lang: str = "zh", default: object = _MISSING) -> str:
    """Return the command line's help text ``key`` in ``lang``; ``default`` when it has none, else
    KeyError (a test checks that every command and option has its Chinese)."""
    table = _HELP[lang] if lang in _HELP else labels(lang)
    if key in table or default is _MISSING:
        return table[key]
    return default  # type: ignore[return-value]


#: Every warning code there is (the templates' keys, flags aside).
WARNING_CODES = tuple(code for code in _WARNINGS["zh"] if "." not in code and code != "heading")


__all__ = ["ERROR_CODES", "LANGUAGES", "QUALIFIERS", "WARNING_CODES", "error_template", "help_text", "labels",
           "progress_label", "qualifier", "warning_template"]
