"""An earlier deal or financing told as background to the document's own news.

A story about one deal recalls what came before it (README, decided case 1): "Prior to this
deal, IREN had already committed $674 million to acquire NVIDIA GPUs", "the company recently
raised $1 billion through an oversubscribed convertible notes offering", "The financing comes as
Cipher yesterday secured a $3B AI hosting deal", "Last month, the company also secured a
contract with Nscale". None of these is the document's news, and none is labelled.

Three kinds of words say so, read in the figure's sentence before it:

* the news named as the reference point: "prior to this deal", "before the agreement",
  "ahead of this announcement", or dated by the earlier event: "one day after revealing a $3
  billion AI cloud hosting deal";
* a pluperfect of a deal or money verb ("had already committed", "had previously signed"),
  unless it is reported speech ("said it had secured …", the news told indirectly);
* a time just before publication ("yesterday", "last week", "last month", "earlier this
  month", "recently raised", "the day before"). Told in a story's opening sentences, the same words
  are its news ("Cipher Mining yesterday signed a 15-year lease with AWS"): they count only
  past the lead, or after a framing of the news against it ("the financing comes as …").
"""

from __future__ import annotations

from .folded import Folded
from .gates import any_of

# "Prior to this deal", "before the Microsoft agreement", "ahead of this announcement"
_BEFORE_THE_NEWS = Folded(
    r"\b(?:prior\s+to|before|ahead\s+of|in\s+advance\s+of)\s+(?:this|the|today['’]s|these)\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?:deal|agreement|contract|announcement|transaction|partnership|"
    r"lease|news|financing|offering)s?\b"
)
# "had already committed $674 million", "had previously raised", "had secured": a deal or
# financing done before the news (the verbs of deals and money, not of mining or sales, which
# `guards.is_earlier_event` reads)
_PLUPERFECT = Folded(
    r"\bhad\s+(?:already\s+|previously\s+|earlier\s+|also\s+)?(?:committed|raised|secured|signed|"
    r"inked|entered\s+into|executed|closed|completed|issued|borrowed|purchased|acquired|"
    r"ordered|invested|spent|agreed\s+to)\b"
)
# "said it had secured …", "announced that it had signed …": the news, told indirectly
_REPORTED_SPEECH = Folded(
    r"\b(?:said|says|reported|reports|announced|announces|disclosed|noted|stated|revealed|"
    # ("announced last week that they had entered into …": the news, told a week on)
    r"confirmed|added)\s+(?:(?:today|on\s+\w+|this\s+\w+|last\s+week|in\s+a\s+[\w-]+)\s+)?"
    r"(?:that\s+)?"
    r"(?:it|they|the\s+(?:company|firm|miner)|"
    r"[A-Z][\w.&-]+)\s+$"
)
# "one day after revealing a $3 billion AI cloud hosting deal", "two weeks after it signed":
# the news dated by an earlier event
# (the earlier event is what follows "after", up to the figure: "Two weeks after the quarter
# ended, Bitfarms repaid $20 million" tells the repayment in its main clause, the news)
_DAYS_AFTER = Folded(
    r"\b(?:a|one|two|three|four|five|six|several|a\s+few)\s+(?:days?|weeks?)\s+after\b"
    r"[^,;.]{0,150}$"
)
# A time just before publication
_JUST_BEFORE = Folded(
    r"\b(?:yesterday|the\s+(?:day|week)\s+before|last\s+(?:week|month)|earlier\s+this\s+"
    r"(?:week|month)|(?:a\s+few|several|two|three)\s+(?:days|weeks)\s+(?:ago|earlier)|"
    r"a\s+week\s+ago|a\s+month\s+ago)\b|"
    # "recently raised $1 billion" (not "recently announced that it had prepaid …": the news
    # reported, nor "said it recently executed a lease", reported speech)
    r"\brecently\s+(?!(?:announced|said|reported|disclosed|stated|revealed|confirmed)\b)"
)
# "The financing comes as Cipher yesterday secured …": the news set against an earlier event
_FRAMED = Folded(r"\b(?:comes?|came|coming|arrives?|arrived)\s+(?:\w+\s+){0,2}?(?:as|after|amid)\b")
_HINTS = any_of("prior", "before", "ahead", "advance", "after", "had ", "yesterday", "last ",
                "earlier", "ago", "recently")  # fmt: skip
_REACH = 200
# A story's lead: its title and first sentence or two tell its own news.
LEAD_CHARS = 400


def is_background(text: str, start: int, sentence_start: int) -> bool:
    """Do the words before `start` in `text` (a sentence at `sentence_start` of its document)
    tell the figure or deal there as an earlier one, background to the document's news?"""
    lo = max(0, start - _REACH)
    if not _HINTS.search(text[lo:start].lower()):
        return False  # a cheap look for the cue words first
    if _BEFORE_THE_NEWS.search(text, lo, start) or _DAYS_AFTER.search(text, lo, start):
        return True
    for match in _PLUPERFECT.finditer(text, lo, start):
        if not _REPORTED_SPEECH.search(text, max(0, match.start() - 60), match.start()):
            return True
    for match in _JUST_BEFORE.finditer(text, lo, start):
        if _REPORTED_SPEECH.search(text, max(0, match.start() - 60), match.start()):
            continue  # "Applied Digital said it recently executed a lease": the news
        return sentence_start >= LEAD_CHARS or bool(_FRAMED.search(text, lo, start))
    return False
