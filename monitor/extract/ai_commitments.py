"""A tenant's commitment to the company's megawatts: contracted AI capacity, tenant as subject.

"CoreWeave has expanded its commitment to 800 megawatts of approved capacity at the Helios
campus", "Fluidstack has now committed to all 200 MW at Lake Mariner", "the tenant's commitment
of 150 MW at Polaris Forge 1": the tenant commits to capacity the company builds and leases to
it, so the figure is the company's contracted capacity (the milestone reader already counts the
commitment as a contract signed). The counterparty check would otherwise read the tenant as the
owner ("CoreWeave, which operates 1.3 GW" is CoreWeave's own).

Not a commitment to capacity: money committed ("Google committed $1.8 billion"), a commitment
to build or reach a size ("committed to building 1 GW"), power committed by a utility ("a
commitment to 300 MW of grid power"), and a tenant's figure with no site or company of the
story named (its own global footprint).
"""

from __future__ import annotations

import re

from .ai_parties import COUNTERPARTY_NAMES
from .entities import names_of
from .folded import Folded
from .numbers import APPROX, LEADING_NUMBER

# (the unit group names match `ai_capacity._MW`, read by the capacity loop)
COMMITMENT = re.compile(
    r"\b(?i:commit(?:ted|ment|ments)|recommit(?:ted|ment))\s+(?i:to|of|for)\s+"
    # "committed to utilizing all 800 megawatts": the tenant's use of the capacity
    # ("a commitment to utilize the entire available 800 megawatts")
    r"(?P<use>(?i:utili[sz](?:ing|e)|using|use|occupying|leasing|lease|taking|take)\s+)?"
    # ("brought its total commitment to a full 800 megawatts of approved capacity")
    r"(?i:all\s+(?:of\s+)?|(?:the|a)\s+(?:full|entire|whole)\s+(?:available\s+|approved\s+)?|"
    r"an?\s+(?:additional|further)\s+|another\s+)?"
    rf"{APPROX}(?P<mw>{LEADING_NUMBER})[\s-]?(?P<power_unit>MWs?|(?i:megawatts?)|GW|"
    r"(?i:gigawatts?))\b"
)
# "800 megawatts of approved capacity at the Helios campus": the company's site named after
# ("at the site": the story's own site, named before)
_AT_SITE = re.compile(
    r"\bat\s+(?:the\s+|its\s+|our\s+|their\s+)?(?:[A-Z][\w'’-]+|(?<=the\s)(?:site|campus|"
    r"facility)\b)"
)
_SITE_REACH = 80
# "a commitment to 300 MW of grid power", "committed to 200 MW of electricity": power supplied
_POWER_AFTER = Folded(
    r"\s+(?:of\s+)?(?:[\w-]+\s+){0,2}?(?:power|electricity|energy|grid|interconnect\w*)\b"
)


# "… 800 megawatts of approved power capacity", "… 800 megawatts of power at Helios": the
# site's power the tenant takes
_POWER_CAPACITY_AFTER = Folded(r"\s+of\s+(?:[\w-]+\s+)?power\s+(?:capacity|at)\b")


# An AI tenant named before the commitment: "CoreWeave (CRWV), which has now committed to all
# 800 megawatts of approved power capacity at Helios" (README decided case 38: the tenant makes
# the site's power contracted AI capacity; a utility's "commitment to 300 MW of grid power" is
# power supplied)
_TENANT_BEFORE = re.compile(rf"\b(?:{COUNTERPARTY_NAMES})\b")
# "CoreWeave's commitment to 800 MW of power capacity, with potential expansion to 3.5 GW": an AI
# tenant's commitment (the noun, not "committed to building"), made to the story's landlord
# whether or not the sentence names it (a tenant's own fleet is "operates", never "commitment")
_TENANT_POSSESSIVE = re.compile(
    rf"\b(?:{COUNTERPARTY_NAMES})['’]s\s+(?:(?:total|new|expanded|full|lease)\s+)?$"
)
_NOUN = re.compile(r"(?i:commitment)\b")
_POSSESSIVE_REACH = 40


def is_bound_commitment(text: str, match: re.Match[str], entity: str | None) -> bool:
    """A commitment to capacity at the company's site, or beside the company's name."""
    end = match.end()
    tenant = _TENANT_BEFORE.search(text, 0, match.start()) is not None
    if _POWER_AFTER.match(text, end) and not (
        (match["use"] or tenant) and _POWER_CAPACITY_AFTER.match(text, end)
    ):
        # (a tenant "committed to utilizing all 800 megawatts of approved power capacity at
        # the site" uses the site's capacity; power is supplied, not used, by a utility)
        return False
    if _AT_SITE.search(text, end, end + _SITE_REACH):
        return True
    if _NOUN.match(match.group()) and _TENANT_POSSESSIVE.search(
        text, max(0, match.start() - _POSSESSIVE_REACH), match.start()
    ):
        return True  # "CoreWeave's commitment to 800 MW of power capacity": made to a landlord
    names = names_of(entity)
    return any(name and name in text for name in names)
