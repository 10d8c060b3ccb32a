"""AI / HPC capacity in MW: critical-IT load bound to AI, a lease or a data-centre build.

Megawatts count when the sentence binds them to AI/HPC compute: "50 MW of AI capacity",
"590 MW of critical IT load", "245MW of IT capacity", "a 5MW colocation agreement",
"22.5 megawatts of energized hosting capacity" (in an HPC sentence), "construction of a
112-megawatt data center" (in an AI release, not a mining site). Not counted: gross MW (the
convention records critical IT), a campus's or grid's power, mining MW, options and rights of
first offer on more capacity, and goals ("aims to have", "explore the conversion of").

Decided case 30: the figure's own sentence must tie it to AI/HPC use and state a done state. A
campus or site sized with an AI word ("the 400 MW Ellendale HPC Campus", "a 100-megawatt AI site")
counts only with a done state in its own clause (being built, energised, running, leased or
contracted), not "to complete the build-out of", "to support the development of", a site won; a
facility or building whose AI use only an earlier sentence names ("A second 150 MW building is
already under construction", "Proceeds will help fund its 100-megawatt and 150-megawatt
facilities") is not read unless its own sentence leases it; a facility "scheduled to" come
online is a tranche of a schedule (decided case 23).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from . import guards, ranges
from .ai_builds_to_come import is_build_to_come
from .ai_capacity_plans import (
    DEAL_REACH,
    INCREMENT_LEAD,
    is_ambition,
    is_first_stage,
    uncontracted_increment,
)
from .ai_clauses import predicate_start
from .ai_commitments import COMMITMENT, is_bound_commitment
from .ai_conversions import is_conversion_to_come
from .ai_earlier_deals import is_recalled_deal_size, recalls_earlier_deal
from .ai_forecasts import is_forecast
from .ai_gross_figures import is_stated_gross
from .ai_mining_words import MINING_WORDS
from .ai_parties import (
    COUNTERPARTY_NAMES,
    is_counterparty_figure,
    is_deal_purpose,
    is_hedged,
    is_recalled,
    is_third_party_sentence,
)
from .ai_periods import state_period
from .ai_running_totals import is_tenant_running_total
from .ai_site_gross import is_site_gross
from .ai_total_capacity import is_total_capacity
from .context import DocContext
from .entities import is_peer_figure
from .evidence import observation
from .folded import Folded, lowered
from .gates import GateSet, any_of, opens, own_words_gates, sentence_gate
from .list_heading import under_forecast_lead_in
from .model import AI_CAPACITY, Extracted
from .named_subject import is_named_other
from .numbers import APPROX, LEADING_NUMBER, power_in_mw, starts_number
from .pattern_sets import PatternChoice
from .per_document import found_in, remembered
from .sentences import Segment
from .skipping import skipping

# "200 megawatts (MW)", "112-megawatt", "500 Megawatts": the unit glued, hyphened or spaced.
_MW = (
    # ("~200+ MW", "200MW+": a one-sided bound keeps its number, decided case 20)
    rf"(?P<mw>{LEADING_NUMBER})\+?[\s-]?(?P<power_unit>MWs?|(?i:megawatts?)|GW|(?i:gigawatts?))\b\+?"
    r"(?:\s?\((?:MW|GW)\)|\s?\(“MW”\)|\s?\(\"MW\"\))?"
)
_FIGURE = re.compile(_MW)
# ("AI/HPC" before "AI": "a 350 MW HPC/AI development" is read whole, its noun after it)
_AI_TARGET = (
    r"(?:AI/HPC|HPC/AI|AI|HPC|(?i:high[- ]performance\s+computing)|GPU|"
    r"(?i:artificial\s+intelligence))"
)
_QUALIFIERS = (
    r"(?:(?i:gross|net|critical|IT|compute|computing|power|contracted|dedicated|total|new|"
    r"additional|incremental|further|long-term|digital|energi[sz]ed|operational|hosting|leased|"
    # "526MW committed critical IT load": capacity a tenant has committed to
    r"committed|"
    # "a 10-year, 200 MW hyperscale AI hosting lease": a deal sized for a hyperscaler
    r"hyperscale|"
    r"data\s+cent(?:er|re)|colocation|liquid-cooled|billable|usable|deliverable|fully)\s+)*"
)
_CAPACITY_NOUN = r"(?i:capacity|IT\s+load|load|power|infrastructure)"
# "critical IT" as writers and machine rewrites vary it: "essential IT load", "important IT
# load", "mission-critical IT capacity".
_CRITICAL = r"(?:critical|essential|important|crucial|key|mission[- ]critical)"
# Words that make a capacity an AI/data-centre one when they name it before its size.
_SUBJECT_QUALIFIERS = (
    r"(?:(?:AI|HPC|AI/HPC|HPC/AI|GPU|(?i:GPU\s+cloud|AI\s+cloud|high[- ]performance\s+"
    r"computing|artificial\s+intelligence|data\s+cent(?:er|re)|colocation|hosting|contracted|"
    r"leased|energi[sz]ed|operational|operating|installed|total|critical|essential|IT|"
    r"inference|compute))[\s-]+)+"
)
_SUBJECT_NOUN = r"(?i:capacity|load|IT\s+load|deployments?|footprint)\b"
_LINK = (
    r"(?i:of|to|at|reached|reaches|reaching|totals?|totaling|totalling|totaled|totalled|"
    r"stands\s+at|stood\s+at|is|was|are|were|amounts?\s+to|spans?|covers|comprises|"
    # "the total critical IT capacity across these three leases will encompass 400MW"
    r"(?:will\s+)?(?:encompass|comprise)|encompass(?:es|ed)|"
    r"(?:rose|grew|increased|expanded|"
    r"climbed|jumped|reached)\s+to|now\s+at)"
)
# Patterns that need AI words in the sentence itself.
_BOUND = [
    re.compile(
        # "520 MW in contracted HPC capacity": "in" as "of"
        # (a site's name between: "the 245 MW River Bend AI campus")
        rf"{_MW}\s+(?:(?:of|in)\s+)?(?P<qual>{_QUALIFIERS})(?P<name>(?:[A-Z][\w'’.-]*\s+){{0,3}}?)"
        rf"{_AI_TARGET}\b"
        rf"(?P<site>(?:\s+[\w-]+){{0,2}}?\s+(?i:data\s+cent(?:er|re)s?|cent(?:er|re)s?|"
        rf"facilit(?:y|ies)|site|buildings?|data\s+cent(?:er|re)\s+infrastructure|data\s+halls?|"
        rf"factor(?:y|ies)|clusters?))?"
        # "the 350-megawatt HPC and AI campus", "a 320 MW AI infrastructure park": a campus's
        # power, not critical IT
        # "Kickstart 500MW HPC Project", "a 1 GW AI pipeline": a project's or pipeline's size
        rf"(?P<campus>(?:\s+[\w/-]+){{0,3}}?\s+(?i:campus|park|projects?|pipeline|"
        rf"development|opportunit(?:y|ies))\b)?"
    ),
    re.compile(
        rf"{_MW}\s+(?:of\s+)?(?P<qual>{_QUALIFIERS}){_CAPACITY_NOUN}\s+(?:\w+\s+){{0,2}}?"
        rf"(?i:for|dedicated\s+to|allocated\s+to|to\s+support|for\s+use\s+in|supporting|to\s+host)"
        rf"\s+(?i:an?\s+|the\s+)?{_AI_TARGET}"
    ),
    # The capacity named first, its size after a linking verb: "HPC capacity of 40 MW",
    # "total HPC capacity in operation there to 40 MW", "data center capacity dedicated to AI
    # workloads reached 45 MW", "GPU cloud capacity stands at 10 MW", "contracted critical IT
    # capacity rose to 200 MW".
    re.compile(
        # "total leased capacity with two of the world's largest hyperscalers across its Polaris
        # Forge 1 and Polaris Forge 2 campuses in North Dakota has now reached 600 MW"
        rf"\b(?P<subject>{_SUBJECT_QUALIFIERS}){_SUBJECT_NOUN}"
        rf"(?:\s+[^.;]{{1,130}}?)?\s+"
        rf"(?:(?i:now|currently|has|have|had|already)\s+){{0,2}}{_LINK}\s+{APPROX}{_MW}"
    ),
    # "200MW of liquid-cooled, AI-optimized compute capacity", "50 MW of HPC-grade capacity":
    # an AI compound adjective in a list of adjectives before the capacity noun.
    re.compile(
        rf"{_MW}\s+of\s+(?:[\w-]+,?\s+){{0,3}}?{_AI_TARGET}-(?i:optimi[sz]ed|dedicated|focused|"
        rf"grade|specific)\s+(?:(?i:compute|computing|IT|data\s+cent(?:er|re))\s+)?{_CAPACITY_NOUN}"
    ),
    # "245 megawatts of synthetic intelligence (AI) information heart capability": a writer's
    # (or a synonym spinner's) words for AI, glossed "(AI)", then the capacity noun or its
    # spun "capability"
    re.compile(
        rf"{_MW}\s+of\s+(?:[\w-]+\s+){{1,3}}?\((?:AI|HPC|AI/HPC)\)\s+(?:[\w-]+\s+){{0,3}}?"
        rf"(?i:capacity|capability|load)\b"
    ),
    # "48 MW for AI", "40 MW dedicated to HPC", "100 MW leased for AI workloads"
    re.compile(
        rf"{_MW}\s+(?:(?i:dedicated|allocated|reserved|earmarked|contracted|leased|committed|"
        rf"energi[sz]ed|operational|online)\s+)?(?i:to|for)\s+(?i:the\s+|its\s+)?{_AI_TARGET}"
        rf"(?!\s*(?:-|/)?\s*(?i:ready|capable|conversion|potential))\b"
    ),
    # "bringing the total to approximately 800 MW", "raising its total contracted capacity to"
    re.compile(
        rf"\b(?i:bringing|brings|bring|brought|taking|takes|took|raising|raises|raised|increasing|"
        rf"increases|increased)\s+"
        # ("the total for “Building 1” to 100MW": a quoted name between)
        rf"(?i:the\s+|its\s+|a\s+|our\s+)?(?i:total|aggregate)\s+(?:[\w“”\"'’-]+\s+){{0,4}}?"
        rf"(?i:to|of)\s+"
        rf"{APPROX}{_MW}(?P<total>)"
    ),
    # An increment told as growth of the AI capacity: "expands its AI footprint by 100 MW with
    # the new lease", "boosted its HPC capacity by 50 MW" (a plan, "aims to expand … by", is
    # left out by the ambition guard).
    re.compile(
        rf"\b(?i:expand(?:ed|s)|boost(?:ed|s)|increas(?:ed|es)|grew|grows|rais(?:ed|es)|"
        rf"lift(?:ed|s)|add(?:ed|s)|grown|expanded)\s+(?i:its|the|their|our)\s+(?:[\w-]+\s+){{0,2}}?"
        rf"{_AI_TARGET}\s+(?:[\w-]+\s+){{0,2}}?(?i:capacity|footprint|IT\s+load|load)\s+(?i:by)\s+"
        rf"{APPROX}{_MW}"
    ),
    # The level the growth reached: "expands TeraWulf's contracted HPC platform to more than
    # 510 MW", "grew its AI cloud footprint to 50 MW" (a goal, "aims to expand … to", is left
    # out by the ambition guard).
    re.compile(
        rf"\b(?i:expand(?:ed|s|ing)?|boost(?:ed|s|ing)?|increas(?:ed|es|ing)|grew|grows|growing|"
        rf"rais(?:ed|es|ing)|lift(?:ed|s|ing)?|took|takes|taking)\s+"
        rf"(?:(?i:its|the|their|our)|(?-i:[A-Z][\w.&-]+)['’]s)\s+(?:[\w-]+\s+){{0,2}}?"
        rf"{_AI_TARGET}\s+(?:[\w-]+\s+){{0,2}}?(?i:capacity|footprint|IT\s+load|load|platform|"
        # ("lifting TeraWulf's contracted HPC footprint above 510 MW": a one-sided bound)
        rf"portfolio)\s+(?i:to|above|beyond)\s+{APPROX}{_MW}"
    ),
    # "allocated an initial 2 MW of power to the project" (an AI sentence), "dedicated 50 MW to
    # HPC": power set aside for the build-out.
    re.compile(
        rf"\b(?i:allocated|dedicated|earmarked|reserved|assigned)\s+(?i:an?\s+|the\s+)?"
        rf"(?i:initial\s+|first\s+)?{APPROX}{_MW}(?:\s+of\s+(?i:power|capacity))?\s+(?i:to|for)\s+"
        rf"(?:\w+\s+){{0,3}}?(?:{_AI_TARGET}|(?i:project|data\s+cent(?:er|re)s?|clusters?))\b"
    ),
    # "energized 40 MW at its Ohio site for HPC", "has delivered 100 MW to CoreWeave", "has
    # turned over the first 50 megawatts of capacity at its AI Factory campus"
    re.compile(
        rf"\b(?i:energi[sz]ed|delivered|(?:handed|turned)\s+over|brought\s+online|commissioned)\s+"
        rf"(?i:(?:the|its|an?|first|initial|another|over|approximately|about|nearly|some)\s+){{0,2}}"
        rf"{_MW}(?P<delivered>)"
    ),
    # "exercising an option for 133 MW", "exercised its final option to access an additional
    # 133 MW": capacity contracted by the option exercised.
    re.compile(
        rf"\b(?i:exercis(?:ed|es|ing))\s+(?i:its|an?|the|their)\s+(?:\w+\s+){{0,2}}?(?i:options?)\s+"
        rf"(?i:to\s+(?:access|lease|contract|add|take)\s+|for\s+|on\s+)(?i:an?\s+)?"
        rf"(?i:additional\s+|further\s+|another\s+)?{APPROX}{_MW}(?P<exercised>)"
    ),
    # A site or campus being built or upgraded for AI, its purpose named after it: "is building
    # a 100 MW campus in Ellendale designed to support intense AI and HPC workloads", "a 7.2
    # megawatt site is being upgraded to tier three standards for AI workloads" (decided case
    # 5: MW tied to AI use; under way, not planned).
    re.compile(
        rf"\b(?i:is|are)\s+(?i:currently\s+|now\s+|already\s+)?(?i:building|constructing|"
        rf"upgrading|retrofitting)\s+(?i:an?|its|the)\s+(?i:new\s+)?{_MW}\s+(?:[\w-]+\s+){{0,2}}?"
        rf"(?i:campus|site|facility|data\s+cent(?:er|re)|building)\b(?P<purpose>[^.;]{{0,60}}?"
        rf"\b(?i:to\s+(?:support|host|serve|run)|for)\s+(?:[\w-]+\s+){{0,3}}?{_AI_TARGET}\b)"
    ),
    re.compile(
        rf"{_MW}\s+(?:[\w-]+\s+){{0,2}}?(?i:campus|site|facility|data\s+cent(?:er|re)|building)\s+"
        rf"(?i:is|are)\s+(?i:currently\s+|now\s+|already\s+)?(?i:being)\s+(?i:built|constructed|"
        rf"upgraded|retrofitted|converted)\b(?P<purpose>[^.;]{{0,60}}?\b(?i:to\s+(?:support|host|"
        rf"serve|run)|for)\s+(?:[\w-]+\s+){{0,3}}?{_AI_TARGET}\b)"
    ),
    # "an HPC data center with a capacity of 50 MW", "AI cluster boasting a total IT load of"
    re.compile(
        rf"\b(?P<facility>(?:AI|HPC|GPU)\b[^.;]{{0,40}}?\b(?i:data\s+cent(?:er|re)|facility|"
        rf"data\s+hall|cluster|building))\s+(?i:with|has|having|boasts|boasting|featuring)\s+"
        rf"(?i:an?\s+)(?i:total\s+|combined\s+)?(?:(?i:{_CRITICAL}\s+)?IT\s+)?(?i:capacity|load)"
        rf"\s+(?i:of)\s+{APPROX}{_MW}"
    ),
    # "its first HPC data center at the Polaris Forge 1 campus with a capacity of 100 MW", "a
    # second HPC data center with an additional 150 MW capacity": the site named between, or
    # the size told before its noun
    re.compile(
        rf"\b(?P<facility>(?:AI|HPC|GPU)\b[^.;]{{0,40}}?\b(?i:data\s+cent(?:er|re)|facility|"
        rf"data\s+hall|cluster|building))(?:\s+(?i:at|in)\s+(?i:the\s+)?[\w -]{{1,40}}?)?\s+"
        rf"(?i:with|has|having|boasts|boasting|featuring)\s+(?i:an?\s+)(?i:total\s+|combined\s+)?"
        rf"(?:(?i:{_CRITICAL}\s+)?IT\s+)?(?i:capacity|load)\s+(?i:of)\s+{APPROX}{_MW}"
    ),
    re.compile(
        rf"\b(?P<facility>(?:AI|HPC|GPU)\b[^.;]{{0,40}}?\b(?i:data\s+cent(?:er|re)|facility|"
        rf"data\s+hall|cluster|building))(?:\s+(?i:at|in)\s+(?i:the\s+)?[\w -]{{1,40}}?)?\s+"
        rf"(?i:with|having|featuring)\s+(?i:an?\s+(?:additional\s+|further\s+)?)?{APPROX}{_MW}"
        rf"\s+(?i:of\s+)?(?:(?i:{_CRITICAL}\s+)?IT\s+)?(?i:capacity|load)\b"
    ),
]
# Patterns with a data-centre meaning of their own: checked in an AI release too.
_IT_LOAD = re.compile(
    # "critical IT load" and "IT capacity" are data-centre words; mining sites are not sized so.
    # "168 MW critical IT", "245MW of IT capacity"
    # (the term quoted, as a rewrite sets it off: "25 MW of “critical IT load”", and an
    # Italian copy keeping the English term: "25 MW di “critical IT load”")
    rf"{_MW}\s*(?:(?:of|di)\s+|\(\s*)?[“\"‘']?(?P<qual>{_QUALIFIERS})"
    rf"(?i:{_CRITICAL}\s+IT\b(?!\s+(?:equipment|infrastructure|systems))|"
    # "80 megawatts of IT (information technology) load"
    # ("200 megawatts of IT power": the power its IT draws, not the site's)
    rf"IT\s+(?:\((?i:information\s+technology)\)\s+)?(?:load|capacity|power)|"
    rf"critical\s+(?:power\s+)?load)"
)
# "lease agreements totaling 522 critical IT MW", "250 critical IT megawatts": critical IT
# told as the unit itself, the count's data-centre words before it (as in "IT load" after it)
_IT_UNIT = re.compile(
    rf"(?P<mw>{LEADING_NUMBER})\s+(?P<qual>(?i:{_CRITICAL}\s+)?)IT\s+"
    rf"(?P<power_unit>MWs?|(?i:megawatts?))\b"
)
# "the previously announced 5MW colocation agreement", "a 200 MW hosting contract", "a 168 MW
# lease"
_AGREEMENT = re.compile(
    # "a 160 MW CB-5 lease", "a 200 MW Horizon 5 lease": the building's code name between
    rf"{_MW}\s+(?P<qual>{_QUALIFIERS})(?:(?:[A-Z][\w]*(?:-\w+)?|\d+)\s+){{0,2}}?"
    rf"(?i:(?:(?:colocation|hosting|lease)\s+)?"
    rf"(?:agreements?|contracts?|deal|leases?)|(?:colocation|hosting)\s+(?:projects?|"
    rf"deployments?)|"
    # "a 400 MW fully contracted deployment for CoreWeave"
    rf"(?:(?<=contracted\s)|(?<=leased\s))deployments?)\b"
)
# "construction of a 112-megawatt data center", "a second 150 MW building is under
# construction", "100MW and 150MW data centers ELN-02 and ELN-03"
_FACILITY = re.compile(
    rf"{_MW}(?=(?:\s*(?:,|and|&)\s*{LEADING_NUMBER}[\s-]?(?:MW|megawatts?))*\s+"
    rf"(?P<qual>(?:[\w-]+\s+){{0,2}}?)(?P<noun>(?i:data\s+cent(?:er|re)s?|data\s+halls?|"
    rf"facilit(?:y|ies)|buildings?|plants?|phase))\b)"
)
# "increases the critical IT load entitlement from 168 MW to 207 MW": the new level (the
# starting point is a comparative, decided case 1)
_FROM_TO = re.compile(
    rf"\b(?i:{_CRITICAL}\s+IT|IT\s+load|(?:AI|HPC|contracted|leased)\s+capacity)\b[^.;]{{0,40}}?"
    rf"\b(?i:from)\s+{APPROX}{LEADING_NUMBER}\s*(?i:MW|megawatts)\s+(?i:to)\s+{APPROX}{_MW}"
)
# "The deal includes 300 megawatts of capacity to be delivered", "22.5 megawatts of energized
# hosting capacity": plain capacity, bound by a lease or delivery in the same sentence.
_PLAIN = re.compile(
    rf"{_MW}\s+of\s+(?P<qual>{_QUALIFIERS})(?i:capacity|IT\s+load|infrastructure)\b"
)
# "400 megawatts under construction", "fully leased 400 MW", "an executed lease … covering
# 200 MW", "Fluidstack leases (450 MW)", "the Joint Venture (initially 240 MW, …)".
_LEASED = [
    re.compile(rf"{_MW}\s+(?:(?:is|are|currently|now|already)\s+){{0,2}}under\s+construction\b"),
    re.compile(rf"\b(?i:leased|contracted)\s+(?:\w+\s+){{0,2}}?{APPROX}{_MW}"),
    # "Full 800MW initial capacity leased under 15-year agreement", "200 MW contracted to
    # CoreWeave": the size, then the deal it is leased under or to
    re.compile(
        rf"{_MW}\s+(?:[\w-]+\s+){{0,2}}?(?i:leased|contracted)\s+(?i:under|to|with)\s+"
        rf"(?!(?i:be|have)\b)"
    ),
    # (a binding letter of intent is a deal too: "signed a binding letter of intent with
    # OneQode Networks covering the full 110 MW capacity of its … data center site")
    re.compile(
        # ("joint venture with Fluidstack covers a 168 MW campus … under a 25-year hosting
        # commitment": a venture with its tenant is a deal as a lease is)
        rf"\b(?i:leases?|contracts?|agreements?|deals?|joint\s+venture|(?<!non-)binding\s+(?:letters?\s+of\s+"
        rf"intent|LOI))\b"
        rf"(?:[^.;()]|\.(?=\w)|(?<=\b[A-Z])\.(?!\w)){{0,60}}?"
        # ("the deals cover 400 megawatts", "a contract across roughly 60MW of … systems")
        rf"\b(?i:covering|covers|cover|covered|across|totaling|totalling|totaled|totalled|"
        rf"aggregating|comprising)\s+"
        rf"(?i:the\s+(?:full|entire|whole)\s+|an?\s+)?{APPROX}{_MW}"
    ),
    re.compile(
        # ("inked a 10-year Fluidstack AI hosting deal (168 MW) backed by Google")
        rf"\b(?i:leases?|contracts?|agreements?|deals?|pacts?|joint\s+venture|JV)\s*"
        rf"\((?:(?i:initially|approximately|about|up\s+to)\s+|~)?{_MW}"
    ),
]
# "a colocation agreement for 20 MW", "a lease of 200 MW": the deal, then its size.
# "an exercised option for 133 MW": an option exercised is a deal, as a lease is.
_DEAL_FOR = re.compile(
    rf"\b(?i:leases?|contracts?|agreements?|(?<=exercised\s)options?)\s+"
    # ("a lease agreement with CoreWeave for an additional 150 MW": the tenant named between)
    rf"(?P<tenant>(?i:with)\s+[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){{0,2}}\s+)?(?i:for|of)\s+"
    rf"{INCREMENT_LEAD}(?:(?i:approximately|about|nearly|roughly|some)\s+|~)?{_MW}"
)
# "total contracted capacity across its two campuses has reached 600 MW": contracted or leased
# capacity is a data-centre tenant's (a mining site is sized by its power, not leased out).
_CONTRACTED_SUBJECT = re.compile(
    rf"\b(?P<subject>(?:(?i:total|aggregate|combined)\s+)?(?i:contracted|leased)\s+"
    rf"(?:(?i:critical\s+)?IT\s+)?(?i:capacity|IT\s+load))\b(?:\s+[^.;]{{1,130}}?)?\s+"
    rf"(?:(?i:now|currently|has|have|had|already)\s+){{0,2}}{_LINK}\s+{APPROX}{_MW}"
)
# "Ready for Service for the first phase (50 MW)", "Horizon 1 data hall (approximately 50 MW)"
_PAREN = re.compile(
    rf"\b(?i:phase|building|data\s+hall|data\s+cent(?:er|re)|facility)(?:\s+\d+|\s+[A-Z]{{1,3}}-?\d+)?"
    rf"\s*\(\s*{APPROX}{_MW}(?:\s+(?i:of\s+)?(?i:critical\s+)?IT(?:\s+load)?)?\s*\)"
)
_DEAL_FOR_GATE = any_of("ment for", "ments for", "lease for", "leases for", "tract for",
                        "tracts for", "ment of", "lease of", "tract of",
                        "exercised option", "ment with", "ments with", "lease with",
                        "leases with", "tract with", "tracts with")  # fmt: skip
_CONTRACTED_GATE = any_of("contracted capacity", "leased capacity", "contracted critical",
                          "leased critical", "contracted it", "leased it")  # fmt: skip
# The patterns a sentence is scanned for (not matched at its figures), compiled to skip to the
# characters a match can start with ("\b(?i:leases?|…)" is else tried at every position):
# the same matches, so each keeps its name (`_is_bound` and `_is_level` ask by identity).
COMMITMENT, _FROM_TO, _PAREN, _DEAL_FOR, _CONTRACTED_SUBJECT = map(
    skipping, (COMMITMENT, _FROM_TO, _PAREN, _DEAL_FOR, _CONTRACTED_SUBJECT)
)
# "Construction began on second AI factory Polaris Forge 2 with $3 billion investment and 200MW
# initial capacity": an AI facility named first, its capacity after "with" (read as a site's
# size: it needs a done state in its own clause, `_is_done_site`)
_BOUND.append(
    re.compile(
        rf"\b{_AI_TARGET}[\s-]+(?:[\w-]+\s+)?(?P<with_site>(?i:factor(?:y|ies)|data\s+"
        rf"cent(?:er|re)s?|facilit(?:y|ies)|data\s+halls?|clusters?))\b[^.;]{{0,60}}?\s"
        rf"(?i:with)\s+(?:[^.;]{{0,40}}?\s(?i:and)\s+)?{APPROX}{_MW}\s+(?:(?i:of)\s+)?"
        rf"(?:(?i:initial|first[- ]phase|critical\s+IT|IT)\s+)?(?i:capacity|IT\s+load)\b"
    )
)
_BOUND[:] = map(skipping, _BOUND)
_LEASED[:] = map(skipping, _LEASED)
# "CoreWeave has expanded its commitment to 800 megawatts of approved capacity at the Helios
# campus": a tenant's commitment to the company's capacity (`ai_commitments`), tried first so
# that the figure is read as the commitment's, not as the tenant's own
_AI_PATTERNS = [COMMITMENT, *_BOUND]
_IT_WORDS = (_IT_LOAD, _IT_UNIT)  # data-centre words in their own right, even beside mining
_DATA_CENTRE = [
    _IT_LOAD, _IT_UNIT, _AGREEMENT, _FACILITY, *_LEASED, _PLAIN, _PAREN, _FROM_TO, _DEAL_FOR,
    _CONTRACTED_SUBJECT,
]  # fmt: skip
_GATES = {
    **own_words_gates(_AI_PATTERNS),  # the AI patterns' own words, found from each pattern
    _IT_LOAD: any_of(
        "it load",
        "it capacity",
        "it power",
        "critical it",
        "critical load",
        "critical power",
        "technology) load",
    ),
    _IT_UNIT: any_of("it mw", "it megawatt"),
    _AGREEMENT: any_of("agreement", "contract", "deal", "lease", "deployment"),
    _FACILITY: any_of("data cent", "data hall", "facilit", "building", "plant", "phase"),
    _FROM_TO: any_of("from"),
    _LEASED[0]: any_of("under construction"),
    _LEASED[1]: any_of("leased", "contracted"),
    _LEASED[2]: any_of("leased", "contracted"),
    _LEASED[3]: any_of("cover", "across", "total", "aggregat", "comprising"),
    _LEASED[4]: any_of("("),
    _PLAIN: any_of("capacity", "it load", "infrastructure"),
    _PAREN: any_of("phase", "building", "data hall", "data cent", "facility"),
    _DEAL_FOR: _DEAL_FOR_GATE,
    _CONTRACTED_SUBJECT: _CONTRACTED_GATE,
}
_GATE_SET = GateSet(list(_GATES.values()))  # answered together, from one scan of the sentence
# The gates looked up by each pattern's identity: hashing a compiled pattern hashes its whole
# program (~1.7 µs for these), an `id` nothing.
_GATE_OF = {id(pattern): gate for pattern, gate in _GATES.items()}
# Every capacity pattern, asked of a sentence in one RE2 pass (`pattern_sets`): a pattern RE2
# says cannot match anywhere in the sentence is not scanned. Most of a capacity sentence's cost
# was some thirty CPython scans of it, nearly all finding nothing; the pass names the few that
# may match (the same matches: RE2's loosened form matches wherever the pattern does).
_PATTERNS = [*_AI_PATTERNS, *_DATA_CENTRE]
_PATTERN_SET = PatternChoice(_PATTERNS)
# A facility's megawatts count when it is being built, delivered or run, not planned.
_BUILT = Folded(
    r"\b(?:under\s+construction|construct\w*|(?:is|are|been|currently)\s+building|builds|built|"
    r"build-?outs?|deliver\w*|energi[sz]\w*|improvements?|upgrad\w*|retrofit\w*|renovat\w*|"
    r"operational|online|lease[ds]?|contracted|open|in\s+service|live|"
    # "the development of its marquee 350 MW HPC/AI campus", "is developing its 200 MW AI
    # campus": a campus of its own under way (a plan, "plans the development of", is a goal)
    r"(?:is|are|been|currently)\s+developing|development\s+of\s+(?:its|the|their|our)|"
    # "commenced operations at its 18 MW HPC data center", "operates a 40 MW AI data center"
    r"(?:commenced|began|started|begins|commences)\s+operations|operat(?:es|ing|ed))\b"
)
# "acquired 2 MW of AI data center infrastructure": an AI site bought is capacity as stated.
_BOUGHT = Folded(r"\b(?:acqui(?:red|res|sition)|purchas(?:ed|es|e)|bought)\b")
# ("announce a $9.5 billion, 25-year venture to build a 168 MW AI compute facility": a joint
# venture with the AI tenant is the deal whose scope the facility is, decided case 39)
_DEAL = Folded(
    r"\b(?:lease[ds]?|contract\w*|agreements?|deal|deliver\w*|energi[sz]ed|tenant|customers?|"
    r"(?:joint\s+|-year\s+)ventures?|"
    r"hosting|(?<!non-)binding\s+(?:letters?\s+of\s+intent|loi))\b"
)
# "may announce a 25-year venture with Fluidstack to build a 168 MW …", "said it would announce
# a 25-year venture": a venture only possible is no deal, so its facility is no capacity
_VENTURE_TO_COME = Folded(
    r"\b(?:may|might|could|would|will|shall|should|to)\s+(?:soon\s+|later\s+|also\s+)?"
    r"(?:announce|form|sign|enter\s+into|launch|create|unveil)\b[^.;]{0,60}?\bventures?\b"
)
_VENTURE_REACH = 160
_STATE_AFTER = 40
_READY = Folded(r"\b(?:ready\s+for\s+service|RFS)\b")
_RUNNING = Folded(r"\b(?:online|operational|under\s+construction|live|in\s+service)\b")
_BUILT_OR_LEASED = Folded(f"{_BUILT.pattern}|{_DEAL.pattern}")
_DATA_CENTRE_HINTS = sentence_gate("it load", "it capacity", "colocation", "hosting", "lease",
                                   "data cent", "facilit", "building", "plant", "capacity",
                                   "infrastructure")  # fmt: skip
# "Once operational, this 1.2 gigawatt facility will …", "when complete, the campus will have
# 300 MW", "upon completion": the size a facility not yet said to be built will have (unless
# the sentence says it is being built: capacity under construction counts).
_AT_COMPLETION = Folded(
    r"\b(?:once|when|after)\s+(?:it\s+is\s+|fully\s+|completely\s+)?(?:operational|"
    r"complete[d]?|built(?:\s+out)?|energi[sz]ed|online|finished|in\s+operation)\b|"
    r"\bupon\s+(?:its\s+|full\s+)?completion\b"
)
_BEING_BUILT = Folded(r"\b(?:under\s+construction|(?:is|are|being)\s+(?:built|constructed))\b")
# "retains the option to access an additional 150 MW", "a right of first offer on up to
# 1,000MW", "exclusivity … for another 160 MW": capacity not (yet) contracted.
_OPTION_BEFORE = Folded(
    r"\b(?:options?\s+(?:to|for|on)|right\s+of\s+first|first\s+right|ROFO|ROFR|exclusiv\w*)\b"
    r"[^.;]{0,60}$"
)
_EXERCISED = Folded(r"\bexercis(?:ed|es|ing)\b")
# "400 MW of capacity currently planned for the campus": a plan, not a level
_PLANNED_AFTER = Folded(
    r"\s*(?:(?:of\s+)?[\w-]+\s+){0,2}?(?:currently\s+|now\s+|being\s+|still\s+)?(?:planned|proposed|"
    r"envisaged|envisioned|contemplated|targeted|under\s+(?:study|review|evaluation))\b"
)
# "The first building was originally scoped at 224 MW of IT capacity … but was upsized to 352
# MW": an earlier, superseded figure (decided case 1)
_EARLIER_SCOPE_BEFORE = Folded(
    r"\b(?:originally|initially|previously)\s+(?:scoped|planned|sized|designed|proposed|"
    r"announced|set)\s+(?:at|for|as)\s+(?:approximately\s+|about\s+|~)?$"
)
# "First tranche of 8MW of billable capacity … to be delivered": a part of a schedule
_TRANCHE_BEFORE = Folded(r"\btranche\s+of\s+$")
# "Phase one of the deployment, delivering 40 MW of capacity, is slated for the first half of
# 2026": a part of a build's schedule, still to come
_PHASE_BEFORE = Folded(r"\b(?:phase|tranche|stage)\b[^.;]{0,50}$")
_SLATED_AFTER = Folded(
    r"[^.;]{0,40}?\b(?:is|are)\s+(?:now\s+)?(?:scheduled|expected|slated|set|planned|due)\s+"
    r"(?:to|for)\b"
    # "Phase one, which delivers 40 MW of AI-ready capacity, goes online in H1 2026"
    r"|[^.;]{0,40}?\b(?:goes|comes|will\s+(?:go|come))\s+(?:online|live)\b"
)
# "located adjacent to our existing 180 MW data center hosting facility": a neighbouring site
# that places the one the sentence is about, not capacity it reports
_NEIGHBOUR_BEFORE = Folded(
    r"\b(?:adjacent|next|close)\s+to\s+(?:(?:the|our|its|their|an?|existing|current)\s+|"
    r"the\s+company['’]s\s+){0,3}$"
)
# "roughly 286 megawatts of blockchain data center": a mining site's size
_CRYPTO_AFTER = Folded(r"\s*(?:of\s+)?(?:[\w-]+\s+)?(?:blockchain|crypto\w*)\b")
# "… for the first phase (50 MW), at the first 100 megawatt (MW) building": the building the
# event took place at, not the capacity the sentence reports
_CONTAINER_BEFORE = Folded(r"\bat\s+(?:the|its|our)\s+(?:[\w-]+\s+){0,2}$")
# "the first 100MW data center for CoreWeave is scheduled to be ready for service in Q4": a
# facility's schedule, told in its own clause
_ORDINAL_BEFORE = Folded(r"\b(?:first|second|third|initial|next|final|last)\s+$")
_SCHEDULED_AFTER = Folded(
    r"[^.;,]{0,40}?\b(?:(?:is|are)\s+(?:now\s+)?(?:scheduled|expected|slated|set|planned|due)|"
    # ("the first 100MW facility scheduled to be operational in Q4": a tranche, decided case 23)
    r"scheduled|slated)\s+to\b"
)
# "a 100MW data center customer could save …": a customer's size, not the company's capacity
_CUSTOMER_AFTER = Folded(r"\s+(?:customers?|clients?|tenants?|operators?|users?)\b")
# "… for each executed lease of 1 MW of capacity": a unit of a rate, not a level
_PER_UNIT_BEFORE = Folded(
    # (not "costs of $8 million per MW for the 72.5 MW": the rate's unit is the MW itself)
    r"\b(?:for\s+each|for\s+every|per)\s+(?:(?!mw\b|megawatts?\b|kw\b)[\w-]+\s+){0,3}?"
    r"(?:of\s+|for\s+)?$"
)
# "300 MW of HPC capacity per site", "150 MW of critical IT load per campus": each unit's size,
# a rate's unit whose count may not even be stated, not the company's level
_PER_UNIT_AFTER = Folded(
    r"[^.;,]{0,40}?\s(?:per|for\s+each|at\s+each|in\s+each)\s+(?:data\s+)?(?:sites?|campus(?:es)?|"
    r"facilit(?:y|ies)|buildings?|halls?|locations?|projects?|phases?|cent(?:er|re)s?)\b"
)
_PER_UNIT_REACH = 80
# "our 166 MW wind-powered data center", "260 MW of data centers": a site's power source or a
# fleet's total, not a data hall's critical IT
# A data centre qualified by what it mines: "286 megawatts of blockchain data center", "a 100 MW
# bitcoin mining facility" (decided case 5)
_MINING_QUAL = Folded(r"\b(?:blockchain|bitcoin|crypto\w*|mining|digital\s+asset)\b")
_SITE_POWER_QUAL = Folded(
    r"(?:^|\s)(?:[\w-]*powered|wind|solar|hydro\w*|renewable|gas-fired|nuclear)\b"
)
# "An additional 150MW facility is under construction": an increment being built is stated as
# a fact of its own (not a tranche still planned).
_UNDER_WAY_AFTER = Folded(
    r"[^.;,]{0,30}?\b(?:is|are)\s+(?:now\s+|currently\s+|already\s+)?"
    r"(?:under\s+construction|being\s+built|energi[sz]ed|operational|online|in\s+service)\b"
)
_RANGE_BEFORE = re.compile(r"\d\s*(?:MW\s*)?(?:–|-|—|to)\s*$")
# "1.0 GW of secured power capacity (…)", "long-term power agreements totaling 285 MW", "a
# power supply contract for 120 MW": power bought or secured for a site, not critical IT.
_POWER_BEFORE = Folded(
    # ("expands Hut 8's energy portfolio to approximately 1.3GW of capacity": power owned)
    r"\b(?:power|electricity|energy)\s+(?:capacity|portfolio|(?:supply\s+|purchase\s+)?"
    r"(?:agreements?|contracts?|deals?))\b[^.;]{0,40}$"
)
# The campus word right after its AI word: "245 MW River Bend AI campus" (not "AI project").
_CAMPUS_ONLY = re.compile(r"\s+(?i:campus)")
_GROSS = Folded(r"\bgross\b")
# "72.5 MW gross", "72.5 MW (gross)", "72.5 MW of gross capacity"
_GROSS_AFTER = Folded(r"\s*(?:of\s+)?(?:\(\s*)?gross\b")
_UNSIGNED_AFTER = Folded(
    r"[^.;]{0,60}?\b(?:to\s+be\s+(?:signed|executed|finali[sz]ed|negotiated)|"
    r"subject\s+to\s+(?:a\s+)?(?:definitive|final))\b"
)
_GRID = Folded(
    r"\b(?:ERCOT|utility|utilities|grid|interconnect\w*|substation|transmission|PPA|"
    # ("an initial power supply of 24 MW … from Duke Energy, with a total capacity agreement for
    # 99 MW": the utility's supply to the site, not critical IT)
    r"power\s+(?:purchase|delivery|supply|availability|available))\b"
)
_POWER_QUAL = Folded(r"\bpower\b")
_MINING = MINING_WORDS
# (an accelerator's model name is AI hardware: "70 MW building for Nvidia GB300 platform")
_STRONG_AI = re.compile(
    r"\b(?:AI|HPC|GPUs?|GB[23]00s?|[HB][12]00s?|B300s?|Blackwells?)\b|"
    r"(?i:artificial\s+intelligence|high[- ]performance\s+comput\w*|"
    r"critical\s+IT|colocation|hyperscal\w*|inference|CoreWeave|Fluidstack)"
)
# "energized 300 MW of grid power", "delivered 50 MW to its miners"
_IT_TOTAL = re.compile(r"\b(?:AI|HPC|GPU|IT|(?i:contracted|leased|critical|colocation|hosting))\b")
_DEAL_BEFORE = Folded(r"\b(?:leases?|contracts?|options?|agreements?)\b")
_IT_AFTER = re.compile(
    r"\s*(?:of\s+)?(?:\w+\s+)?(?:AI|HPC|GPU|IT|(?i:critical|data\s+(?:hall|cent(?:er|re))s?|"
    r"colocation|hosting))\b"
)
_NOT_IT_AFTER = Folded(
    r"\b(?:power|grid|utility|interconnect\w*|substation|miners?|mining|gross|campus|portfolio|"
    r"pipeline|hash\s*rate|EH/s)\b"
)
_AI_SUBJECT = re.compile(
    r"\b(?:AI|HPC|GPU|IT)\b|(?i:high[- ]performance|artificial|inference|compute|AI\s+cloud)"
)
_DC_SUBJECT = Folded(r"\b(?:data\s+cent|colocation|hosting|contracted|leased)")
_DATA_CENTRE_WORD = Folded(r"\b(?:data\s+cent|colocation|hosting)")
_TIED = re.compile(
    rf"{_STRONG_AI.pattern}|\b(?:{COUNTERPARTY_NAMES})\b|(?i:\b(?:data\s+cent(?:er|re)s?|"
    r"leases?|deals?|agreements?|contracts?|transactions?|tenants?|customers?|clients?|"
    r"cloud)\b)"
)
_REACH = 100
_MINING_AFTER = 30
_LEAD_CHARS = 600
_DATA_CENTRE_NOUN = Folded(r"data\s+(?:cent|hall)")


_ITEM_OPENINGS = ("|", "-", "•", "·", "▪", "◦", "●", "*", "–")


def _patterns_for(ai_sentence: bool, strong: bool) -> list[re.Pattern[str]]:
    """Every pattern in a sentence with AI words; out of one, "critical IT load" is a data
    centre's own word, and a facility's size or a lease's capacity needs a release about AI
    compute (`strong`: "data center" alone is what some miners call their mining sites)."""
    if ai_sentence:
        return _PATTERNS
    return _DATA_CENTRE if strong else [_IT_LOAD, _IT_UNIT]


def capacity(
    segment: Segment, ctx: DocContext, *, ai_sentence: bool, ai_paragraph: bool = False
) -> Iterator[Extracted]:
    """AI capacity levels in one sentence (`ai_sentence`: it has AI words of its own;
    `ai_paragraph`: the sentences before it in its paragraph have)."""
    text = segment.text
    if not ai_sentence and not opens(_DATA_CENTRE_HINTS, lowered(text)):
        return
    strong = not ai_sentence and (ai_paragraph or found_in(_STRONG_AI, _lead(ctx)))
    patterns = _patterns_for(ai_sentence, strong)
    seen: set[int] = set()
    lower = lowered(text)
    # The patterns that start at a figure are tried only where a figure in MW starts.
    figures = [found.start() for found in _FIGURE.finditer(text)]
    if not figures and "it mw" not in lower and "it megawatt" not in lower:
        return  # (no MW figure, nor one told "522 critical IT MW")
    if text.lstrip().startswith(_ITEM_OPENINGS) and under_forecast_lead_in(ctx.text, segment.start):
        return  # "New Hut is expected to have: / • 220 MW of hosting infrastructure"
    is_open = _GATE_SET.opener(lower)
    possible = _PATTERN_SET.possible(text)  # (the patterns RE2's one pass says may match)
    for pattern in possible.among(patterns):
        gate = _GATE_OF.get(id(pattern))
        if gate is not None and not is_open(gate):
            continue  # a cheap look for the pattern's own words first
        for match in _matches(pattern, text, figures):
            start = match.start("mw")
            if start in seen or not starts_number(text, start):
                continue
            if match.groupdict().get("subject") and _FIGURE.search(
                text, match.end("subject"), start
            ):
                continue  # another figure between the capacity named and this one
            seen.add(start)
            found = _level_of(segment, match, pattern, ctx, ai_sentence or strong)
            if found is not None:
                yield found


def _level_of(
    segment: Segment,
    match: re.Match[str],
    pattern: re.Pattern[str],
    ctx: DocContext,
    ai_context: bool,
) -> Extracted | None:
    """The AI capacity a pattern's match states, or None when its guards say it is none."""
    text, start = segment.text, match.start("mw")
    if not _is_bound(text, match, pattern, ai_context) or not _is_level(text, match, ctx):
        return None
    value = power_in_mw(match["mw"], match["power_unit"])
    if pattern not in _IT_WORDS and _is_gross_of_stated_it(text, match, ctx, value):
        return None  # "the 244 MW facility" beside "the 168 MW of critical IT load"
    if pattern not in _IT_WORDS and is_site_gross(segment, start, match.end(), ctx):
        return None  # "the entire 300 MW … at the site" beside "56 MW of gross capacity"
    if is_total_capacity(text, match.end("power_unit")):
        return None  # "will have 100 megawatts of total capacity": the facility's power (case 5)
    tenant = bool(match.groupdict().get("tenant"))
    if tenant and _RECALLED_DEAL.search(text):
        return None  # "… finalized a lease with CoreWeave for 150 MW earlier this year"
    if (tenant or pattern not in _IT_WORDS) and is_stated_gross(value, ctx.text or text):
        return None  # "an AWS HPC lease for 300 MW" where the passage says "300 MW gross" (44)
    if is_tenant_running_total(text, start, value, ctx.text, ctx.entity):
        return None  # "… for Fluidstack reaches 360 MW" beside its new 160 MW (case 38)
    if is_build_to_come(text, start):
        return None  # "Proceeds to fund construction of 100MW … data centers" (case 39)
    if is_forecast(text, start) or _is_venture_to_come(text, start):
        return None  # "JPMorgan now expects miners to allocate 1.7 gigawatts …"
    period = state_period(ctx, segment, start, match.end())
    if is_recalled(ctx, period) or is_recalled_deal_size(text, start, period, ctx):
        return None  # "a 200 MW hosting contract entered into on June 3, 2024"
    return observation(segment, AI_CAPACITY, value, "MW", period)


def _is_venture_to_come(text: str, start: int) -> bool:
    """Is the figure at `start` the scope of a venture its clause tells only as possible?"""
    if text.find("enture", max(0, start - _VENTURE_REACH), start) < 0:
        return False  # cheap gate: most figures have no venture before them
    head = text[max(0, start - _VENTURE_REACH) : start]
    head = head[max(head.rfind(";"), head.rfind(". ")) + 1 :]
    return _VENTURE_TO_COME.search(head) is not None


# "the 244 megawatt (MW) facility", "its 300 MW data center": one site named by its size
# (not "a second 150 MW building", one more part of a campus)
_WHOLE_SITE_AFTER = Folded(r"(?:\s?\((?:MW|GW)\))?[\s-]+(?:data\s+cent(?:er|re)|facility|campus)\b")
_SITE_ARTICLE = Folded(r"\b(?:the|its|their|our)\s+$")
_SITE_BEFORE = 12


def _is_gross_of_stated_it(text: str, match: re.Match[str], ctx: DocContext, value: float) -> bool:
    """A site's size where its document states a smaller critical-IT figure: "tenants at the
    244 megawatt (MW) facility" and "the 168 megawatts (MW) of critical IT load for
    Fluidstack" (the convention records critical IT; the site's size is its gross MW)."""
    if not _WHOLE_SITE_AFTER.match(text, match.end("power_unit")):
        return False
    before = text[max(0, match.start("mw") - _SITE_BEFORE) : match.start("mw")]
    document = ctx.text or ""
    if not _SITE_ARTICLE.search(before) or "critical it" not in lowered(document):
        return False
    return any(size < value for size in _critical_it_sizes(document))


@remembered  # (each site figure of a document asks: its whole text is read once)
def _critical_it_sizes(document: str) -> tuple[Decimal | None, ...]:
    """The MW of each critical-IT figure of `document` ("168 megawatts (MW) of critical IT
    load"), in order."""
    return tuple(
        power_in_mw(found["mw"], found["power_unit"])
        for found in _IT_LOAD.finditer(document)
        if "critical" in found.group().lower()
    )


# "Earlier this year, the company finalized a new lease agreement with CoreWeave for an
# additional 150 MW": an earlier deal recalled (decided case 1)
_RECALLED_DEAL = Folded(
    r"\b(?:earlier|later)\s+(?:this|last)\s+year\b|\blast\s+year\b|\ba\s+year\s+(?:ago|earlier)\b|"
    r"\bpreviously\b"
)


def _matches(pattern: re.Pattern[str], text: str, figures: list[int]) -> Iterator[re.Match[str]]:
    if pattern.pattern.startswith(_MW):
        found = (pattern.match(text, position) for position in figures)
        return (match for match in found if match is not None)
    return pattern.finditer(text)


def _lead(ctx: DocContext) -> str:
    return (ctx.text or "")[:_LEAD_CHARS]


def _is_bound(
    text: str, match: re.Match[str], pattern: re.Pattern[str], ai_context: object = False
) -> bool:
    """A facility's size or plain capacity needs a build or a deal in its sentence; out of an
    AI sentence, a "facility" or "plant" may be a mining site (a "data center" is named so)."""
    decided = _bound_by_kind(text, match, pattern, bool(ai_context))
    if decided is not None:
        return decided
    if _is_power_deal(text, match, pattern):
        return False
    if match.groupdict().get("total") is not None:
        return _is_bound_total(text, match, bool(ai_context))
    return _bound_by_groups(text, match, pattern)


def _bound_by_kind(
    text: str, match: re.Match[str], pattern: re.Pattern[str], ai_context: bool
) -> bool | None:
    """The patterns and named sites that decide on their own; None for the others."""
    if pattern not in _IT_WORDS and _MINING.search(text) and not _STRONG_AI.search(text):
        return False  # "a 100 MW hosting agreement with a bitcoin miner"
    if pattern is _PAREN:
        return _is_ai_site(text, _BUILT_OR_LEASED) or bool(_READY.search(text))
    if pattern is COMMITMENT:
        return True  # (bound by its site or company, read in `_is_level` with the entity)
    if pattern is _FACILITY:
        if _AT_SITE_BEFORE.search(text, max(0, match.start() - _AT_SITE_REACH), match.start()):
            return False  # "signed a HPC agreement with AMD at its 700-megawatt Rockdale facility"
            # (or "located adjacent to our existing 180 MW Data center hosting facility")
        return _is_bound_facility(text, match, ai_context)
    if match.groupdict().get("name") and not (match["site"] or match["campus"]):
        return False  # "a 320 MW Toronto AI 'super factory'": a name needs its site's noun
    if match.groupdict().get("with_site"):
        return _is_done_site(text, match)  # "construction began on … AI factory … with 200MW"
    if match.groupdict().get("campus"):
        # "a 100 MW HPC campus" ties its MW to AI use (decided case 5); a project's, pipeline's
        # or development's size, or a mixed "HPC and AI campus", is not a build stated
        return _CAMPUS_ONLY.fullmatch(match["campus"]) is not None and _is_done_site(text, match)
    return None


def _is_power_deal(text: str, match: re.Match[str], pattern: re.Pattern[str]) -> bool:
    """A site's power or a power supply agreement, not critical IT."""
    if pattern is _BOUND[1] and _POWER_QUAL.search(match.group()):
        return True  # "1 GW of power for AI data centers": a site's power, not critical IT
    if pattern is _DEAL_FOR and (_GRID.search(text) or _POWER_BEFORE.search(text, 0, match.end())):
        return True  # "a power supply agreement for 120 MW with the utility"
    # "a 300 MW power agreement with the utility"
    return pattern is _AGREEMENT and bool(_POWER_QUAL.search(match["qual"]) or _GRID.search(text))


def _is_bound_total(text: str, match: re.Match[str], ai_context: bool) -> bool:
    """The total of a lease, contract or AI capacity, not of a campus's power or mining."""
    told = match.group() + text[match.end() : match.end() + _MINING_AFTER]
    if _is_mining_only(text) or _NOT_IT_AFTER.search(told):
        return False
    if ai_context and _DATA_CENTRE_NOUN.search(text, 0, match.start()):
        # "… phase of its first data center building, bringing the total … to 100MW": a
        # data centre's total, in an AI release or sentence
        return True
    return bool(_IT_TOTAL.search(told) or _DEAL_BEFORE.search(text, 0, match.start()))


def _bound_by_groups(text: str, match: re.Match[str], pattern: re.Pattern[str]) -> bool:
    """A delivered hall, a facility, a purpose, a subject or a site named by the match."""
    groups = match.groupdict()
    if groups.get("delivered") is not None:
        after = text[match.end() : match.end() + _MINING_AFTER]
        if _IT_AFTER.match(after):
            return not _is_mining_only(text)  # "energized the first 25 MW data hall at the campus"
        return not _is_mining_only(text) and not _NOT_IT_AFTER.search(after)
    if groups.get("facility"):
        return not _is_mining_only(text)
    if groups.get("purpose"):
        return _is_built_for_ai(match)
    if groups.get("subject") is not None:
        return _is_ai_subject(text, groups["subject"])
    if groups.get("site"):
        if _SITE_NOUN.search(match["site"]):
            return _is_done_site(text, match)  # "won a 100-megawatt AI site contract": a site
        # "an 8-megawatt AI computing center" being built, leased or bought
        return _is_ai_site(text, _BUILT_OR_LEASED) or _is_ai_site(text, _BOUGHT)
    if pattern is _PLAIN:
        return _is_bound_plain(text, match)
    return True


_CAMPUS_WORD = Folded(r"\bcampus\b")
_DESIGNED = Folded(r"\b(?:designed|purpose[- ]built|built|engineered|optimi[sz]ed)\b")
_GIGAWATT = Folded(r"^(?:GW|gigawatts?)$")


def _is_built_for_ai(match: re.Match[str]) -> bool:
    """A site being built or upgraded for AI: a campus only as a build designed for AI ("a 100
    MW campus designed to support AI workloads"), and never a gigawatt campus's power."""
    if _GIGAWATT.match(match["power_unit"]):
        return False
    told = match.group()[match.end("mw") - match.start() : match.start("purpose") - match.start()]
    return not _CAMPUS_WORD.search(told) or bool(_DESIGNED.search(match["purpose"]))


# "signed a HPC agreement with AMD at its 700-megawatt Rockdale facility": the place where a deal
# is made or capacity runs is sized by its whole power (decided cases 5, 30), not the deal's
# (also a site named as a location: "a 7.5 MW facility … located adjacent to the Company's 106 MW
# data center hosting facility", "on land located adjacent to our existing 180 MW Data center")
_AT_SITE_BEFORE = Folded(
    r"\b(?:at|adjacent\s+to|next\s+to|beside)\s+(?:its|the|their|our|the\s+company['’]s)\s+"
    r"(?:existing\s+)?$"
)
_AT_SITE_REACH = 40


# "will initiate a 15-year lease to construct a 245-megawatt facility" (in an AI release): a
# facility leased out is a data centre's, as one under construction is (a miner's own site is
# not leased out to a tenant)
_LEASE = Folded(r"\blease[ds]?\b")


def _is_bound_facility(text: str, match: re.Match[str], ai_context: bool = False) -> bool:
    """A data centre's (or, in an AI sentence, a facility's) size, built, leased or bought; in
    an AI release or paragraph (`ai_context`), a facility its own sentence leases out. A
    building or facility whose AI use only an earlier sentence names ("A second 150 MW building
    is already under construction" after a CoreWeave lease) is not read (decided case 30)."""
    named = _DATA_CENTRE_NOUN.match(match["noun"]) or _STRONG_AI.search(text)
    if not named and not (ai_context and _LEASE.search(text)):
        return False
    qual = match["qual"]
    fleet = qual.startswith("of ") and match["noun"].endswith("s")
    if match["noun"].lower() == "phase" and not _is_added_phase(text, match.start("mw")):
        return False  # "the first 35 MW phase of …": a part of a schedule
    if _SITE_POWER_QUAL.search(qual) or fleet:
        return False  # "our 166 MW wind-powered data center", "260 MW of data centers"
    if _MINING_QUAL.search(qual):
        return False  # "roughly 286 megawatts of blockchain data center": mining sites
    return _is_ai_site(text, _BUILT_OR_LEASED) or (
        bool(_STRONG_AI.search(text)) and _is_ai_site(text, _BOUGHT)
    )


def _is_bound_plain(text: str, match: re.Match[str]) -> bool:
    """Plain "capacity": under an AI deal, or running, and not grid power."""
    if _POWER_QUAL.search(match["qual"]) or _GRID.search(text):
        return False  # "1.2 GW of capacity under contract with ERCOT": grid power
    if _is_ai_site(text, _DEAL):
        return True
    # "60 MW of capacity online": the state right after the figure, in its clause (not
    # "1.4 GW of capacity, with 200 MW under construction")
    after = text[match.end() : match.end() + _STATE_AFTER].split(",")[0]
    return not _is_mining_only(text) and bool(_RUNNING.search(after))


def _is_added_phase(text: str, start: int) -> bool:
    """ "an amended lease … by adding a 39 MW Phase II": a phase contracted by a deal, not "the
    first 20 MW phase" of a build's schedule."""
    return bool(_DEAL.search(text)) and not _ORDINAL_BEFORE.search(text, 0, start)


def _is_container(text: str, match: re.Match[str], before: str) -> bool:
    """The building a part of it was delivered in, beside that part: "at the first 100 MW
    building" after "the first phase (50 MW)", "The first 100 MW building, now Ready for
    Service for its first phase (50 MW)"."""
    if _CONTAINER_BEFORE.search(before):
        return _FIGURE.search(before) is not None
    if not _ORDINAL_BEFORE.search(before):
        return False
    return any(
        other.start() != match.start("mw") and _PHASE_BEFORE.search(text, 0, other.start())
        for other in _FIGURE.finditer(text)
    )


def _is_mining_only(text: str) -> bool:
    return bool(_MINING.search(text)) and not _STRONG_AI.search(text)


def _is_ai_subject(text: str, subject: str) -> bool:
    """ "HPC capacity", "critical IT load": AI by its own words; "data center capacity" or
    "hosting capacity" only where the sentence does not talk about mining."""
    if _AI_SUBJECT.search(subject):
        return True
    if _DC_SUBJECT.search(subject) is None or _MINING.search(text):
        return False
    # "The total contracted capacity for Applied Digital is nearly 500 megawatts": contracted
    # or leased capacity needs an AI/HPC word, a data centre or a tenant in its own sentence
    # (decided case 30: "With the deal, … total leased capacity … rises to 600 MW"), the
    # release's AI words elsewhere not enough (its hosting may be mining)
    return _DATA_CENTRE_WORD.search(subject) is not None or _TIED.search(text) is not None


def _is_ai_site(text: str, bound: Folded) -> bool:
    """A data centre's size counts when the sentence builds, runs or leases it (`bound`), and
    not for mining."""
    if _MINING.search(text) and not _STRONG_AI.search(text):
        return False
    return bool(bound.search(text))


# A campus or site sized in the sentence counts only in a done state told in its own clause
# (decided case 30): being built, energised, running, leased or contracted; not "the build-out
# of", "the development of", "to support", a site won.
_SITE_DONE = Folded(
    r"\b(?:under\s+construction|(?:is|are|been|being|currently|now|already)\s+(?:building|"
    r"constructing|built|constructed|developing|energi[sz]ed|operational|online|live)|"
    r"energi[sz]ed|operational|online|in\s+service|operat(?:es|ing|ed)|lease[ds]?|leasing|"
    r"contracted|(?:commenced|began|started|begins|commences)\s+operations|"
    r"(?:has|have|had)\s+(?:built|completed|delivered)|"
    # "Construction began on second AI factory Polaris Forge 2": a build under way
    r"construction\s+(?:has\s+)?(?:began|begun|started|commenced)|"
    r"(?:began|begun|started|commenced)\s+construction)\b"
)
# A done word the sentence only expects or wishes for ("which is expected to be energized in
# 2027", "that it hopes to lease", "would be operational by 2028"), and a site only planned
# ("plans a 600 MW AI campus", "its proposed 600 MW campus"): no done state (decided case 30).
_HEDGED_DONE = re.compile(
    r"\b(?:(?:expected|scheduled|slated|set|plans?|planned|planning|hopes?|hoping|aims?|"
    r"intends?|seeks?|wants?)\s+to|would|will|could|may|might)\s+(?:be\s+)?(?:\w+\s+)?$",
    re.IGNORECASE,
)
_SITE_PLANNED = re.compile(
    r"\b(?:plans?|planned|planning|proposed|proposes|envisioned|envisions|contemplated)\s+"
    r"(?:(?:a|an|the|its|their|to\s+build\s+(?:a|an))\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
_PLAN_REACH = 40
_SITE_NOUN = Folded(r"\bsites?$")
# A clause's ends: a semicolon, or a quotation mark (a bullet of a JSON list, a quote)
_CLAUSE_END = re.compile(r"[;\"“”]")
_CLAUSE_REACH = 200


def _is_done_site(text: str, match: re.Match[str]) -> bool:
    """A campus's or site's size with a done state in its own clause, not in a mining
    sentence: "is building a 100 MW AI campus", not "to support the 400 MW HPC campus"."""
    if _MINING.search(text) and not _STRONG_AI.search(text):
        return False
    start = max(0, match.start() - _CLAUSE_REACH)
    ends = [found.end() for found in _CLAUSE_END.finditer(text, start, match.start())]
    start = ends[-1] if ends else start
    after = _CLAUSE_END.search(text, match.end(), match.end() + _CLAUSE_REACH)
    end = after.start() if after else min(len(text), match.end() + _CLAUSE_REACH)
    if _SITE_PLANNED.search(text, max(start, match.start() - _PLAN_REACH), match.start()):
        return False  # "plans a 600 MW AI campus", "its proposed 600 MW AI campus"
    return any(
        not _HEDGED_DONE.search(text, max(start, done.start() - _PLAN_REACH), done.start())
        for done in _SITE_DONE.finditer(text, start, end)
    )


def _is_level(text: str, match: re.Match[str], ctx: DocContext) -> bool:
    """The figure is a level of AI capacity the company has: not gross or per unit, not
    still to come, not another party's (three groups, tried in this order)."""
    return not (
        _is_gross_or_goal(text, match)
        or _is_to_come(text, match)
        or _is_others_or_hedged(text, match, ctx)
    )


def _is_gross_or_goal(text: str, match: re.Match[str]) -> bool:
    """Gross MW, a goal, a unit's size, an earlier deal or scope, a plan or a tranche."""
    start = match.start("mw")
    before = text[max(0, start - _REACH) : start]
    if _GROSS.search(match.groupdict().get("qual") or "") or _GROSS_AFTER.match(
        text, match.end("power_unit")
    ):
        return True  # gross MW: the convention records critical IT
    # (a goal of an earlier verb does not reach a figure a coordinate done verb governs: "is
    # designed to scale to 1 GW and has leased the 400 MW under construction")
    if is_ambition(before[predicate_start(before) :]) and not _EXERCISED.search(before):
        return True  # (not "exercised an option to expand the project by 160 MW")
    if _PER_UNIT_BEFORE.search(before):
        return True  # "$2.25 million for each executed lease of 1 MW of capacity": a unit
    unit_end = match.end("power_unit")
    if _PER_UNIT_AFTER.match(text, unit_end, unit_end + _PER_UNIT_REACH):
        return True  # "targeting 300 MW of capacity per site": each site's, not a level
    if recalls_earlier_deal(text, start, DEAL_REACH):
        return True  # "our recent announcement of new hosting contracts for 200 MW"
    if _EARLIER_SCOPE_BEFORE.search(before):
        return True  # "originally scoped at 224 MW … but upsized to 352 MW": superseded
    # "400 MW of capacity currently planned", "First tranche of 8MW"
    return bool(_PLANNED_AFTER.match(text, match.end()) or _TRANCHE_BEFORE.search(before))


def _is_to_come(text: str, match: re.Match[str]) -> bool:
    """A facility scheduled or to be converted, a first stage, an option not exercised."""
    start = match.start("mw")
    before = text[max(0, start - _REACH) : start]
    if match.re is _FACILITY and _SCHEDULED_AFTER.match(text, match.end()):
        return True  # "the first 100MW data center … is scheduled to be ready"
    if match.re is _FACILITY and _CUSTOMER_AFTER.match(text, match.end("noun")):
        return True  # "a 100MW data center customer could save": a customer's size
    if is_conversion_to_come(text, match.end()):
        return True  # "341 MW of energized capacity …, which it plans to redeploy for AI"
    if is_first_stage(text, match.end()):
        return True  # "40 MW online by the first half of 2026, with the full 200+ MW by …"
    if _NEIGHBOUR_BEFORE.search(before):
        return True  # "adjacent to our existing 180 MW data center hosting facility"
    if _CRYPTO_AFTER.match(text, match.end("power_unit")):
        return True  # "roughly 286 megawatts of blockchain data center"
    if _PHASE_BEFORE.search(before) and _SLATED_AFTER.match(text, match.end()):
        return True  # "Phase one of the deployment, delivering 40 MW, is slated for 2026"
    if match.re is _FACILITY and _is_container(text, match, before):
        return True  # "RFS for the first phase (50 MW), at the first 100 MW building"
    if _AT_COMPLETION.search(before) and not _BEING_BUILT.search(text):
        return True  # "Once operational, this 1.2 gigawatt facility will rival …": to come
    # an option held, not one exercised ("exercised its option to contract")
    return bool(_OPTION_BEFORE.search(before)) and not _EXERCISED.search(before)


def _is_others_or_hedged(text: str, match: re.Match[str], ctx: DocContext) -> bool:
    """Background, another party's or a hedged figure, mining, a range's end, power."""
    start = match.start("mw")
    before = text[max(0, start - _REACH) : start]
    if guards.is_earlier_event(text, start):
        return True  # "Earlier, on May 7, …": background (README, decided case 1)
    if is_third_party_sentence(text, start, ctx.entity):
        return True  # "Lancium and Crusoe announced … a 200-megawatt data center"
    if match.re is COMMITMENT:
        if not is_bound_commitment(text, match, ctx.entity) or is_hedged(text, start):
            return True  # a tenant's own footprint, or power committed
    elif is_hedged(text, start) or (
        is_counterparty_figure(text, start) and not is_deal_purpose(text, start)
    ):
        return True  # "capable of supporting up to 250 MW", "CoreWeave, which operates 1.3 GW"
    if _UNSIGNED_AFTER.match(text, match.end()):
        return True  # "a 150 MW contract … is expected to be signed next quarter"
    if _MINING.search(text, match.end(), match.end() + _MINING_AFTER):
        return True  # "contracted 300 MW for bitcoin mining"
    if _RANGE_BEFORE.search(before) and match.re is not _FROM_TO:
        return True  # "targeting 250–500 MW": the upper end of a range is no level
    if ranges.is_range_end(text, start, match.end("power_unit")):
        return True  # "between 245MW and 2.295GW": either end of a range
    if _POWER_BEFORE.search(before):
        return True  # "1.0 GW of secured power capacity (…, 600 MW under construction)"
    if uncontracted_increment(
        text, start, match.groupdict().get("qual") or ""
    ) and not _UNDER_WAY_AFTER.match(text, match.end()):
        return True  # "an additional 70 MW" tranche planned: an increment, not a level
    if is_named_other(text, start, ctx.entity, after_verb=True):
        return True  # "Falcon Capital, a data center developer, has energised 200 MW"
    return is_peer_figure(text, start, ctx.entity) or guards.is_aggregate(text, start)
