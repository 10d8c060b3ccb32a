"""An earlier deal named by its own words: "the initial two 15-year leases executed in May
2025", "under the original agreement signed in March", "its existing lease, signed in June";
and a capacity that such a deal, or an earlier announcement, contracted.

A story about a new deal recalls the deals before it (README, decided case 1): such a deal is
background, not this document's milestone, when its words call it earlier (initial, original,
existing, prior, previous, earlier, or a past perfect: "had already signed a deal in August")
and its date falls before the month of publication and
outside the report's own period. The same words on a deal of the current month ("signed an
initial ten-year lease with CoreWeave" in that month's news) name a new deal, and count.
"""

from __future__ import annotations

from .ai_parties import EVENT_RECALL_DAYS, is_recalled
from .context import DocContext
from .folded import Folded
from .periods import Period

_EARLIER = Folded(
    r"\b(?:initial|original|existing|prior|previous|earlier|preceding)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:leases?|contracts?|agreements?|deals?)\b"
)
_REACH = 60
# "TeraWulf and Fluidstack had already signed a deal in August" (told in October): the past
# perfect places the deal before the story's own news, like "earlier" does.
_HAD_SIGNED = Folded(
    r"\bhad\s+(?:already\s+|previously\s+|earlier\s+|first\s+)?(?:signed|inked|struck|sealed|"
    r"executed|entered\s+into|agreed)\b"
)
# "as demonstrated by our recent announcement of new hosting contracts for 200 MW": an
# earlier announcement cited, not this document's news (decided case 1)
_ANNOUNCED = Folded(
    r"\b(?:(?:recent|previous|prior|earlier)\s+(?:announcement|press\s+release)s?\s+of|"
    r"as\s+(?:was\s+|we\s+)?(?:previously\s+)?announced\s+(?:in|on|last)|"
    # "The update builds on TeraWulf's Aug. 14 announcement of two … agreements … covering more
    # than 200 MW": the announcement this news adds to
    r"(?:builds?|built|building|expands?|expanding)\s+on\s+(?:[\w.'’-]+\s+){0,4}?"
    r"announcement\s+of|"
    # "builds on previously announced agreements under which TeraWulf is delivering more than
    # 200 MW": the deals this news adds to
    r"previously\s+announced\s+(?:[\w-]+\s+){0,2}?(?:agreements?|leases?|contracts?|deals?))"
    r"\b[^.;]{0,80}$|"
    # "just days after announcing a 200-megawatt AI colocation deal": the deal before this one
    # (the figure inside what was announced, in the same clause)
    r"(?:days|weeks|months|a\s+(?:day|week|month))\s+after\s+(?:announcing|unveiling|signing|"
    r"inking|striking|sealing)\s+(?:an?|its|the|their)\s+[^.;,]{0,40}$|"
    # "part of a recently announced $9.5 billion joint venture … to build out a 168-megawatt
    # data center": a deal announced just before this news, as `background` reads "recently
    # raised" (a decimal point no end; not "the previously announced 5MW colocation
    # agreement" a new site will support: the contracted capacity stated as current)
    r"\b(?:an?|the|its|their)\s+recently\s+announced\b"
    r"(?:[^.;]|(?<=\d)\.(?=\d)){0,130}$"
)
_ANNOUNCED_REACH = 160  # (the announcement's words, up to 80 characters, then its object's)
# "expanded its previously announced lease with CoreWeave by an additional 100 MW", "upsized the
# previously announced contract with Fluidstack to 360 MW": the news changes the earlier deal,
# and the capacity it adds or reaches is this news's own
_EARLIER_DEAL_CHANGED = Folded(
    r"\b(?:expand|upsiz|increas|extend|amend|enlarg|boost|grew|grow)\w*\s+(?:its|the|their|our)\s+"
    r"previously\s+announced\s+[^.;]{0,80}?\b(?:by|to)\s+(?:an?\s+)?"
    r"(?:(?:additional|further|another|total\s+of)\s+)?$"
)
# "This follows a previous agreement signed earlier this year, where CoreWeave exercised its
# final option to access an additional 133 MW": an earlier deal recalled (decided case 1)
_EARLIER_DEAL = Folded(
    r"\b(?:previous|prior|earlier|original)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:agreements?|leases?|contracts?|deals?)\s+(?:(?:was\s+)?(?:signed|executed|entered|"
    r"inked|announced)\s+)?(?:earlier|last|in\s+(?:19|20)\d\d|in\s+[A-Z]\w+)\b[^.;]{0,100}$"
)


def is_earlier_deal(text: str, start: int, end: int, label: str | None, ctx: DocContext) -> bool:
    """Is the deal at `text[start:end]` (dated `label`) an earlier one the story recalls?"""
    window = max(0, start - _REACH)
    if not _EARLIER.search(text, window, end) and not _HAD_SIGNED.search(text, window, end):
        return False
    period = Period.parse(label)
    if period is None or ctx.published is None or period in (ctx.report, ctx.document):
        return False
    month_start = ctx.published.replace(day=1)
    return period.last_day() < month_start


def recalls_earlier_deal(text: str, start: int, reach: int) -> bool:
    """Do the words before the capacity at `start` tie it to an earlier announcement or deal
    ("as demonstrated by our recent announcement of new hosting contracts for 200 MW")?"""
    before = text[max(0, start - _ANNOUNCED_REACH) : start]
    if _ANNOUNCED.search(before):
        return _EARLIER_DEAL_CHANGED.search(before) is None
    return _EARLIER_DEAL.search(text, max(0, start - reach), start) is not None


# "In August, the company entered into two noteworthy HPC leasing agreements with Fluidstack,
# collectively totaling 360 MW" (told in November): the size of a deal signed, in its clause
# before the figure; not a state ("fully leased 400 MW by August 2025")
_SIGNED_BEFORE = Folded(
    r"\b(?:signed|signs|executed|entered\s+into|enters\s+into|entered|inked|struck|sealed|"
    r"clinched|finali[sz]ed)\b[^.;]{0,120}$|"
    # "In June, Applied Digital announced two long-term lease agreements with CoreWeave for 250
    # megawatts": the deal's announcement, in its month, tells the deal as signed then
    r"\bannounced\s+(?:[\w$.,-]+\s+){0,6}?(?:leases?|lease\s+agreements?|contracts?|deals?|"
    r"agreements?)\b[^.;]{0,80}$"
)


def is_recalled_deal_size(text: str, start: int, label: str | None, ctx: DocContext) -> bool:
    """Is the capacity at `start` the size of a deal signed in a month the story recalls (an
    event two months or more before publication, `ai_parties.EVENT_RECALL_DAYS`)?"""
    if not is_recalled(ctx, label, EVENT_RECALL_DAYS):
        return False
    return _SIGNED_BEFORE.search(text, max(0, start - 130), start) is not None
