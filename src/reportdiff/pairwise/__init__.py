"""Comparing two reports, pairwise (named so that ``reportdiff.compare`` stays the function).

``pipeline`` decides what runs; ``align`` links sentences and sections; ``classify``
gives each link a status; ``promises`` pairs commitments; ``inline`` diffs tokens,
keeping figures whole.
"""
