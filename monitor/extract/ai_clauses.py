"""Where a figure's own predicate starts: a hedge or goal told of an earlier verb does not reach it.

"Polaris Forge 1 is designed to scale up to 1 GW and has leased the 400 MW under construction
to CoreWeave": "designed to scale up to" governs the 1 GW, and the coordinate "and has leased"
opens a predicate of its own whose figure is a done thing (contracted). The cut is made only at
a coordinate finite verb of a done act (leased, contracted, signed, delivered, energised, being
built), so a hedge inside the new predicate ("and could lease up to 200 MW", "and is expected
to reach 300 MW") is still read: its words come after the cut.
"""

from __future__ import annotations

from .folded import Folded

_DONE_PREDICATE = Folded(
    r"\b(?:and|but)\s+(?:has|have|had|is|are|was|were)\s+(?:(?:currently|now|already|also)\s+)?"
    r"(?:leased|leasing|contracted|signed|executed|delivered|delivering|energi[sz]ed|"
    r"energi[sz]ing|commissioned|completed|constructing|building|built)\b"
)


def predicate_start(before: str) -> int:
    """Where in `before` (the words shortly before a figure) the figure's own predicate opens: the
    last coordinate done verb's position, else 0."""
    if "and " not in before and "but " not in before:
        return 0  # (cheap gate: no coordination)
    last = 0
    for found in _DONE_PREDICATE.finditer(before):
        last = found.start()
    return last
