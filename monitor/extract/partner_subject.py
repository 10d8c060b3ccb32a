"""A figure's verb whose subject is the company's hosting or joint-venture partner.

Reading rule: a release's figure belongs to the subject of its verb. "Acme Hosting, Riot's
hosting partner, mined 120 BTC", "Our hosting partner mined 120 BTC", "The Company's hosting
provider, Acme Hosting, sold 40 BTC" tell what the partner did: another company's figure
(README, "What is NOT labelled"), though the company's own name or "our" is in the subject.
The company's coins mined at a partner's site ("mined 450 BTC at its hosting partner's site")
have the company as the subject and stay its own, as do those it made through a partner ("Cipher,
through its joint venture partner WindHQ, mined 150 BTC": the partner an adjunct). The partner's
own means told in an aside ("Cipher's hosting partner, via its Texas site, mined 120 BTC") leave
the partner the subject.
"""

from __future__ import annotations

import re

# the partner's role: "hosting partner", "hosting provider", "host", "colocation provider",
# "joint venture partner" (a plain "partner" is too loose: "our partner in the deal")
_ROLE = (
    r"(?i:(?:hosting|co-?location)\s+(?:partner|provider|company|counterparty)s?|hosts?|"
    r"(?:joint[- ]venture|JV)\s+partners?)"
)
# whose partner: "our", "its", "the Company's", "Riot's"; a few words between ("our
# long-standing hosting partner")
_OWNER = r"(?:(?i:our|its|their|the\s+company['’]s)|[A-Z][\w.&-]*['’]s)\s+(?:[\w-]+\s+){0,2}?"
_NAME = r"[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}"
_ADVERBS = r"(?:(?:also|has|have|had|then|reportedly)\s+){0,2}"
# The partner's own means, an aside between the partner and its verb: "Cipher's hosting partner,
# via its Texas site, mined 120 BTC" (the partner still the subject: its site, its figure).
_MEANS = r"(?:,\s+(?i:through|via|by\s+way\s+of|using|from|at)\s+[^,;.()]{1,50})"
# (names are capitalised: the pattern is case-sensitive outside its `(?i:…)` groups)
# the subject ending right before the verb: the role first ("Our hosting partner mined", "The
# Company's hosting partner, Acme Hosting, mined") or the name first, the role in apposition
# ("Acme Hosting, Riot's hosting partner, mined")
_SUBJECT = re.compile(
    rf"(?:(?<![\w'’])(?:[Tt]he\s+)?{_OWNER}{_ROLE}(?:,?\s+{_NAME},?)?(?:{_MEANS},)?|"
    rf"{_NAME},\s+(?:[Tt]he\s+)?{_OWNER}{_ROLE}{_MEANS}?,)\s+{_ADVERBS}$"
)
_REACH = 120
# The partner after a preposition is an adjunct, the company the subject before it: "Cipher,
# through its joint venture partner WindHQ, mined 150 BTC" is Cipher's figure. (Not "together
# with its partner": a figure of the two, read as before.)
_ADJUNCT = re.compile(r"(?i:\b(?:through|via|by\s+way\s+of|thanks\s+to|using)\s+)$")


def is_partner_subject(text: str, verb: int) -> bool:
    """Is the subject of the verb at `verb` the company's hosting or joint-venture partner?"""
    before = text[max(0, verb - _REACH) : verb]
    lower = before.lower()
    if "host" not in lower and "partner" not in lower and "location" not in lower:
        return False  # cheap gate
    subject = _SUBJECT.search(before)
    return subject is not None and _ADJUNCT.search(before, 0, subject.start()) is None
