"""What a plan or review sentence says without promising, read from the whole sentence: a
condition (``只要``… ``就一定能``…) and an admission of shortcomings (``政府工作存在不足``).

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
