"""What a plan or review sentence says without promising: read from the whole sentence, a
condition (``只要``… ``就一定能``…) and an admission of shortcomings (``政府工作存在不足``); read in a
clause's object, a state described or judged (``压力仍然很大``, ``…意义重大``).

Everything here is data; :class:`reportdiff.lang.promise_rules.CommitmentRules` holds it for
:mod:`reportdiff.extract.commitments` and :mod:`reportdiff.pairwise.followups`.
"""

from __future__ import annotations

import re

SHORTCOMINGS = re.compile(
    r"存在不足|缺点和不足|问题和不足|差距和不足|不足之处|清醒(?:地)?(?:看到|认识到)|不到位|不够有力"
    r"|有待(?:进一步)?(?:提高|加强|改进|提升)|问题(?:依然|仍然|还比较|比较|仍较|还较为)突出"
)
"""A review sentence admitting shortcomings (``政府工作存在不足``, ``我们也清醒看到…``, ``…有待提升``):
see ``CommitmentRules.shortcomings``."""

CONDITIONS = (
    re.compile("只要"),
    re.compile("就(?:一定|必定|必然|能|会|可|有可能|愿意|将|不难)|一定(?:能|会|可以)|必将|也(?:都)?要"),
)
"""A condition (``只要``…) and its consequence (``就一定能``…, ``就会``, ``就愿意``; without ``就``:
``一定能``…, ``必将``…, 我们``也要``…): see ``CommitmentRules.conditions``.  ``就`` opens one only with
a modal after it, so ``就业`` inside the condition does not end it."""

PERSISTING = ("仍然", "依然", "依旧", "虽然", "往往")
"""Adverbs of a state that lasts or is conceded: in an object, after its subject, they make what
follows a predicate (``就业`` + 压力``仍然``很大, ``发展`` + 环境``虽然``有可能好于去年): the clause
assesses the situation, it promises nothing."""
STATES = (
    "并存", "交织", "叠加", "凸显", "偏弱", "偏低", "趋缓", "承压", "不强", "不稳固", "不牢固", "动力不足",
)  # fmt: skip
"""Words of a state, ending an object whose "verb" no promise has: the clause describes a
problem (有效``需求``不足和优质供给不足``并存``, ``自主``创新能力``不强``: 需求 and 自主, which the
dictionary tags verbs, open its subject); not ``不足`` or ``突出`` alone, which a promise acts on
(``解决``有效需求不足)."""
JUDGEMENTS = (
    "意义重大", "至关重要", "十分重要", "尤为重要", "非常重要", "事关全局", "责任重大", "任务艰巨",
    "艰巨繁重", "影响深远", "较多", "比较多", "明显增多", "刻不容缓", "迫在眉睫", "势在必行",
)  # fmt: skip
"""Judgements closing a clause (``做好政府工作``事关全局、``意义重大``): what went before is their
subject, so the clause weighs a work rather than promises it, whatever its first verb."""
PREDICATE_OPENERS = ("就", "便", "如")
"""One-character words opening an object that make it a predicate (``发展`` + ``就``失去底色, ``使命``
+ ``如``磐: a consequence or a likeness) unless a particle follows (统筹 + ``就地``消纳, which the
dictionary splits 就/地): what was read as the action was its subject, the clause states.  Read
as words, so ``就业`` and ``如期`` stay objects' words; not ``才``, which opens names too
(``才聚宁夏``)."""
