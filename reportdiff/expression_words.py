"""The small vocabulary that tells formulations from narration in government reports.

Kind vocabulary, not any one report's phrases: the verbs that open a task (实施, 推进), the heads
that name a programme (行动, 工程, 战略), the words of narration (已经, 突破). Used by
:mod:`reportdiff.expressions`.
"""

from __future__ import annotations

import re

from . import lazy_re

CONNECTIVES = frozenset("要 并 也 还 又 同时 更要 都 都要 必须 务必 今年 明年 我们 各地 各级 政府 进而 从而 特别 是 "
                        "年内 年底前 年底 年中 上半年 下半年".split())

# -- transitions that turn to the shortcomings or the next step (但仍存在…, 对照新形势新要求):
#    a span opening on one frames, it formulates nothing (expression_framing) --
TRANSITIONS = tuple("但 然而 不过 对照 虽然 尽管 此外 总之 因此 为此".split())

# -- heads of named programmes: what makes 实施…行动 a name rather than a task --
PROGRAMME_HEADS = frozenset(
    "行动 工程 战略 规划 方案 计划 倡议 基金 工具 纲要 条例 试点 攻坚战 保卫战 专项行动 "
    "示范区 试验区 先行区 自贸区 共同体 大市场 三年行动 行动方案 攻坚方案".split()
)
# -- weaker heads: systems and policies are named too, but so is every routine task --
SYSTEM_HEADS = frozenset("体系 机制 体制 制度 政策 改革 模式 格局 理念 思想 精神 方针 原则 观 战".split())
# -- words that carry no formulation on their own: a candidate made only of these is dropped --
GENERIC = frozenset(
    "工作 发展 建设 加强 推进 推动 促进 提高 提升 完善 坚持 实施 深化 加快 加大 进一步 持续 不断 "
    "全面 积极 扎实 深入 稳步 有序 切实 努力 着力 大力 继续 保持 确保 支持 落实 做好 开展 强化 "
    "健全 优化 改善 扩大 增强 我们 今年 明年 去年 各地 各级 要 和 的 与 及 等 在 对 为 了 是 "
    "有 中 上 更 更加 新 好 一批 一些 相关 重点 重要 主要 各项 有关 方面 领域 水平 能力 力度 作用 "
    "问题 措施 举措 政策 任务 目标 工作者 服务 管理 体系 机制 制度 改革 创新 经济 社会 政府 国家 "
    "全国 地方 企业 群众 人民 我国 中国 共同努力 完成 创建 申报".split()
)


# -- verbs that reach a result, and the generic results they reach (实现|全覆盖, 取得|新突破): a
#    span of nothing else has lost its object, which stands before the verb (执法记录仪配备|实现全覆盖) --
REACHING = frozenset("实现 取得 达到 迈上 见到 获得 保持 形成".split())
RESULTS = frozenset(
    "全覆盖 全面覆盖 全域覆盖 全部覆盖 常态化 制度化 规范化 长效化 常态长效 新突破 新进展 新成效 新成果 "
    "新台阶 新水平 新高 新局面 新提升 新跨越 实效 明显成效 积极成效 显著成效 积极进展 重大进展 重要进展 "
    "重大突破 零的突破 全达标 全部达标".split()
)
# -- verbs that open a policy formulation (坚持先立后破, 树立大食物观, 实施…行动) --
POLICY_VERBS = frozenset(
    "坚持 实施 推进 推动 加快 建设 构建 树立 大兴 深化 完善 健全 落实 强化 实行 开展 启动 设立 "
    "制定 出台 探索 培育 统筹 提振 弘扬 贯彻 把 着力 打造 防范 化解 巩固 发挥 倡导 推行 实现 保持".split()
)
# -- words of the paragraph that sets the year's line (稳中求进工作总基调, 总体要求); not 为指导,
#    which the closing words of a report repeat --
GUIDING = ("总基调", "总体要求", "指导思想")
# -- verbs after which the rest of a long clause may be a formulation of its own (面临…三重压力) --
FACING = frozenset("面临 面对 应对".split())
# -- a head followed by these is no head (思想上政治上行动上) --
LOCATIVES = frozenset("上 中 下 里 内 外 间".split())
# -- adverbs that open a task (切实落实, 扎实推进) and add nothing to what is new --
ADVERBS = frozenset("切实 扎实 深入 大力 积极 着力 全面 稳步 有序 持续 不断 进一步 更好 更加 加快 努力 坚决 及时 "
                     "认真 继续 逐步 稳妥 有效 依法 充分 广泛 统筹 协同 重点 主动".split())
# -- trailing words that add nothing to what is new (…“三保”工作) --
TRAILING = frozenset("工作 问题 要求 任务 方面 等 作用 力度 水平".split())
# -- words of narration and results (了, 已经, 突破, 下降): last year's story, not a formulation --
NARRATIVE = frozenset(
    "了 着 过 已 已经 正在 得到 取得 是 也 都 又 仍 仍然 一定 将 能 曾 均 共 累计 达到 突破 超过 增长 "
    "下降 降至 提高到 增加到 成功 顺利 举办 受益 惠及 表明 看到 认识 认识到 面临 我们 去年 过去 一年 五年 "
    "十年 多年 全年 今年 年来 以来 这 那 很 较 有所 出现 发生 成为 得 面对 还需 增多 前面 下面 今后 必将 越是 "
    "考虑 研判 需要 不懈努力 清醒 清醒认识 极不平凡 平凡 不强".split()
)
# -- boundaries of a name before its head: 的, 、 (…的新型城镇化战略 → 新型城镇化战略); not 和, which
#    joins the parts of one name (行政处罚和刑事处罚双向衔接工作机制) --
NAME_BOUNDARY = frozenset("、 的 等 ” 》 对 在 为 把 同 将 以 从 向 于".split())
# -- no expression starts or ends on these (nor on a preposition of a basis: 按照|竞争中性原则) --
FUNCTION_WORDS = frozenset("同 将 以 对 在 为 和 的 与 及 及其 以及 等 从 向 于 并 而 或 之 其 被 让 使 给 、 "
                           "按照 本着 根据 依照 依据 围绕".split())
# -- light verbs of a task: 切实落实“两个毫不动摇” says nothing new when “两个毫不动摇” is old
#    (提振, 树立, 大兴 are not light: 大力提振市场信心 is a formulation of its own) --
LIGHT_VERBS = frozenset("落实 坚持 推进 推动 加强 实施 开展 做好 抓好 加快 深化 强化 完善 健全 贯彻 把".split())
# -- verbs whose object is a duty or a role: a policy verb after one opens no formulation, it names
#    the role (履行|推进法治建设第一责任人职责, 承担|保障…的责任) --
DUTY_VERBS = frozenset("履行 承担 担负 肩负 扛起 担当 担任 行使".split())
# -- quotation marks: presence ignores them (a slogan that lost its quotes is the same one);
#    figures inside them are part of a name --
QUOTE_CHARS = frozenset("“”‘’\"'《》")
OPENING_QUOTES, STRAIGHT_QUOTES = frozenset("“‘《"), frozenset("\"'")
# -- found in C, without making a string of each character as a set test does; removed by it too
#    (str.translate reads a table per character: on Chinese text many times slower) --
QUOTE_RE = lazy_re.compile("[" + re.escape("".join(sorted(QUOTE_CHARS))) + "]")
