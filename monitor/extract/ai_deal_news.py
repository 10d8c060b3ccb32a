"""A customer deal told by a news writer's frame rather than by a signing verb.

"Riot disclosed … the execution of its maiden hyperscale data center lease" (the signing as a
noun), "Cipher Mining is making headlines with a massive $5.5 billion, 15-year lease agreement
with Amazon Web Services" (the deal as the news), "has entered into a big settlement to provide
… (AI/HPC) colocation" (a synonym spinner's word for an agreement, told with what it provides):
each tells a contract signed (README, decided cases 30/39). The pieces are alternatives of the
milestone reader's contract pattern, so its guards (not a customer, not signed yet, recalled)
still apply.
"""

from __future__ import annotations

from .numbers import IN_SENTENCE

_TOLD = ("announced", "disclosed", "confirmed", "reported", "revealed", "completed", "and",
         "following", "after", "celebrated", "marked")  # fmt: skip
# "the execution of its maiden hyperscale data center lease", "the signing of a 15-year lease
# with AMD" (not "the negotiation of", nor "ahead of the signing": `_NOT_YET` reads before)
NOMINAL_SIGNING = (
    # (the article left out of the match: a match opening on one is a list item's, `_NOMINAL_START`;
    # only after a verb of telling or a joined noun, not "ahead of the signing")
    r"|(?:" + "|".join(rf"(?<=\b{word}\sthe\s)" for word in _TOLD) + ")"
    r"(?:execution|signing|signature)\s+of\s+(?:its|an?|the|their|our)\s+"
    r"(?:[\w-]+\s+){0,5}?(?:leases?|agreements?|contracts?)\b"
)
# "is making headlines with a massive $5.5 billion, 15-year lease agreement with AWS"
HEADLINE_DEAL = (
    r"|\b(?:making|makes|made|grabbing|grabbed|grabs)\s+headlines\s+with\s+(?:its|an?|the|their)\s+"
    rf"{IN_SENTENCE}{{0,60}}?\b(?:lease\s+agreement|agreement|contract|lease|deal)\s+with\b"
)
# "a big settlement to provide … colocation": a spun "agreement", known by its purpose (a court
# settlement resolves a claim, it provides no service)
SPUN_SETTLEMENT = r"|settlement(?=\s+to\s+(?:provide|deliver|host|supply|offer)\b)"
