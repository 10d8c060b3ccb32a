"""AI build-out milestones: past-tense facts, never plans.

Three kinds: a customer contract or lease signed (hosting, colocation, cloud, a joint venture
to deliver capacity), capacity energised or live, GPUs delivered or commissioned. A loan, a
notes offering, an equipment or site purchase, an LOI is not a customer contract; "energized
ready for miners" is a mining site, not an AI build-out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import chain

from . import guards
from .ai_backlog import is_contract_backlog
from .ai_conversions import is_conversion_to_come
from .ai_deal_news import HEADLINE_DEAL, NOMINAL_SIGNING, SPUN_SETTLEMENT
from .ai_earlier_deals import is_earlier_deal
from .ai_mining_words import MINING_WORDS
from .ai_parties import (
    EVENT_RECALL_DAYS,
    has_counterparty_subject,
    is_counterparty_event,
    is_recalled,
    is_third_party_sentence,
)
from .ai_periods import event_period
from .ai_vendor_deals import has_maker_party
from .analyst_notes import is_analyst_note
from .background import is_background
from .context import DocContext
from .entities import is_peer_figure
from .evidence import observation
from .folded import Folded, lowered
from .gates import opens, sentence_gate
from .model import (
    AI_MILESTONE,
    CAPACITY_ENERGISED,
    CONTRACT_SIGNED,
    GPUS_DELIVERED,
    MILESTONE,
    Extracted,
)
from .named_subject import is_named_other
from .numbers import IN_SENTENCE
from .pattern_sets import PatternChoice, Possible
from .sentences import Segment

# "A deal of staggering scale has just been sealed between Microsoft and IREN", "Phase II
# lease executed with CoreWeave": the agreement, then its passive verb.
_PASSIVE = (
    r"\b(?:leases?|contracts?|agreements?|deal|joint\s+venture)"
    r"(?:\s+(?:with|for|of|between)\s+[^,.;]{1,40}?)?\s*,?\s+"
    r"(?:(?:was|were|has|have)\s+(?:just\s+|now\s+|finally\s+|officially\s+)?"
    r"(?:been\s+)?(?:just\s+|now\s+|finally\s+|officially\s+)?)?"
    r"(?:signed|executed|expanded|upsized|extended|finali[sz]ed|inked|sealed|struck)\b"
)
_CONTRACT_PASSIVE = "|" + _PASSIVE
# Tried on its own as well: a passive agreement after another deal verb's match ("financing
# secured ($1.4B) and Phase II lease executed") would be swallowed by that match.
_CONTRACT_PASSIVE_ALONE = Folded(_PASSIVE)
# "has signed Foo AI as the anchor tenant", "secured its first HPC customer", "added a second
# AI cloud client": a customer won is a contract signed.
_CUSTOMER_WON = (
    r"|\b(?:signed|signs|secured|secures|landed|lands|won|wins|onboarded|added|adds|"
    r"contracted)\s+"
    r"(?:[\w.&-]+\s+){0,5}?(?:an?\s+|the\s+|its\s+|our\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:anchor\s+)?(?:tenants?|customers?|clients?)\b"
)
# "CoreWeave, which has now committed to all 800 megawatts": a tenant's commitment to capacity.
_TENANT_COMMITTED = (
    r"|\b(?:has|have)\s+(?:now\s+|also\s+)?committed\s+to\s+(?:all\s+|the\s+full\s+|"
    r"an?\s+(?:additional\s+|further\s+)?)?(?:approximately\s+|about\s+)?\d[\d,.]*\s*"
    r"(?:MW|megawatts|GW|gigawatts)\b"
    # "CoreWeave brought its total commitment to a full 800 megawatts of approved capacity"
    r"|\b(?:brought|brings|raised|raises|increased|increases)\s+(?:its|their)\s+"
    r"(?:total\s+)?commitment\s+to\s+(?:all\s+|(?:the|a)\s+full\s+)?(?:approximately\s+|"
    r"about\s+)?\d[\d,.]*\s*(?:MW|megawatts|GW|gigawatts)\b"
)
# "Fluidstack has expanded its footprint at the Lake Mariner data center campus": a tenant
# taking more of the company's capacity (only with a tenant for subject: see `_counts`).
_FOOTPRINT = (
    r"\b(?:expanded|expands|extended|extends|doubled|doubles|increased|increases|grew|grows)\s+"
    r"its\s+(?:footprint|presence)\s+(?:at|with|on|in|across|to)\b"
)
_FOOTPRINT_ALONE = Folded(_FOOTPRINT)
# "CoreWeave exercised its option for an additional 70 MW": more capacity contracted.
_OPTION_EXERCISED = (
    r"|\bexercis(?:ed|es)\s+(?:its|an?|the|their|a\s+final)\s+(?:\w+\s+){0,2}?options?\b"
    # "…, with Fluidstack also exercising an option for an additional 160 megawatts"
    r"|\bwith\s+[\w.&'’-]+\s+(?:also\s+)?exercising\s+(?:its|an?|the|their)\s+(?:\w+\s+){0,2}?"
    r"options?\b"
)
# A list item that names the deal as one of the report's updates ("Key operating updates
# include: • A lease agreement with CoreWeave for an additional 150 MW at Polaris Forge 1"):
# a lease or colocation agreement with a named tenant for its capacity, told as done.
_LISTED_DEAL = (
    r"|^(?:a|an|the)\s+(?:new\s+)?(?:[\w-]+\s+){0,2}?(?:lease|colocation|hosting)\s+"
    r"(?:agreements?|contracts?)\s+with\s+[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,2}\s+for\s+"
    r"(?:an?\s+)?(?:additional\s+|further\s+|incremental\s+)?(?:approximately\s+|about\s+)?"
    r"\d[\d,.]*\s*(?:MW|megawatts|GW|gigawatts)\b"
)
# "An amended and restated lease with Fluidstack increases the critical IT load", "entered an
# amendment to its colocation agreement": an amended deal is a contract signed (what the
# amendment adds is new), as an expanded or upsized one is ("a proposed amendment" is not:
# the qualifier is matched so that `_NOT_SIGNED_YET` sees it).
_AMENDED = (
    r"|\b(?:(?:proposed|potential|possible|prospective)\s+)?(?:amended(?:\s+and\s+restated)?|"
    r"amendments?\s+to)\s+(?:(?:the|its|our|their|an?)\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:leases?|agreements?|contracts?)\b"
)
# "Riot Platforms stock surged approximately 13% following the announcement of the AMD data
# center lease": the market's reaction to the deal announced is the deal's news (a deal to be
# announced, "ahead of the announcement of", or an earlier one, "our recent announcement of",
# is not: the clause before is read by `_NOT_YET` and `_RECALLED`). "The surge followed the
# announcement of two long-term lease agreements with CoreWeave": the same, its verb finite.
_NEWS_OF_DEAL = (
    r"|\b(?:following|after|upon|on\s+the\s+heels\s+of|followed|follows|came\s+after)\s+"
    r"(?:the|its|this|their|[\w.&'’-]+['’]s)\s+(?:[\w-]+\s+){0,2}?announcement\s+of\s+"
    r"(?:the|its|an?|their|this|two|three|four|five|several|\d{1,2})\s+"
    r"(?:[\w$.,&-]+\s+){0,6}?(?:agreements?|contracts?|leases?|"
    # ("… of three lease agreements between Galaxy and CoreWeave": two other parties' deal)
    r"deal|joint\s+venture)\b(?!(?:\s+[\w-]+){0,2}\s+between\b)"
)
_CONTRACT = Folded(
    # (a headline's verbs too: "inks", "scores", "bags", "nabs", "snags" a deal)
    r"\b(?:signed|signs|entered(?:\s+into)?|enters(?:\s+into)?|executed|executes|inked|inks|"
    r"scored|scores|bagged|bags|nabbed|nabs|snagged|snags|"
    r"finali[sz]ed|sealed|seals|penned|pens|signing|executing|entering\s+into|"
    # ("TeraWulf and Fluidstack announce a … venture": two parties' present tense)
    r"(?:has\s+|have\s+)?announced|announces|"
    r"(?<!will\s)(?<!would\s)(?<!could\s)(?<!may\s)announce(?=\s+an?\s)|"
    r"secured|secures|upsized|awarded|struck|strikes|"
    r"won|wins|landed|lands|clinched|clinches|reached|reaches|concluded|concludes|expanded|"
    r"expands|extended|extends|renewed|renews|"
    # news copy: "has closed a historic 15-year lease agreement", "unveiled a landmark deal
    # with Fluidstack to deploy more than 200 megawatts" (a deal done, told as news)
    r"closed|closes|unveiled|unveils|"
    # "revealed a deal Tuesday to help … CoreWeave expand its artificial intelligence
    # capabilities", "has formalized a deal valued at $9.7 billion": a deal made, told as news
    # (not "revealed plans for a deal", "disclosed that it is in talks on a lease": what is
    # revealed is no deal made)
    # (nor a deal still negotiated, considered or drafted, nor one others' reports reveal: "a
    # deal it is negotiating with CoreWeave", "a deal under consideration", "a draft agreement",
    # "Reports revealed a deal … was close")
    r"(?<!\breports\s)(?<!\breport\s)(?<!\bsources\s)(?<!\bmedia\s)"
    r"(?:revealed|reveals|disclosed|discloses)(?![^.;]{0,70}?\b(?:that|plans?|talks|"
    r"discussions|negotiations|negotiat\w+|consider\w*|draft\w*|potential|possible|proposed|"
    r"prospective|pending|nearing|close(?!\s+to\b)|inten\w+|expects?|hopes?|seeks?|would|will|"
    r"could|may)\b)|"
    r"formali[sz]ed|formali[sz]es|"
    # "the firm confirmed two HPC colocation agreements with AI cloud provider Fluidstack"
    r"confirmed|confirms)\b"
    # ("hath secured a $9.7 billion pact with Microsoft": a news writer's word for the deal)
    rf"{IN_SENTENCE}{{0,75}}?\b(?:agreements?|contracts?|leases?|deal|pact|joint\s+venture|MOU|"
    r"(?<=-year\s)venture|"
    # a synonym spinner's word for a data centre's agreement: "signed a HPC settlement with AMD"
    r"(?<=HPC\s)settlement|(?<=AI\s)settlement" + SPUN_SETTLEMENT + r"|"
    r"memorandum|term\s+sheet|(?<!non-)binding\s+(?:letters?\s+of\s+intent|LOI))\b"
    + _CONTRACT_PASSIVE
    + _AMENDED
    + _CUSTOMER_WON
    + _OPTION_EXERCISED
    + _LISTED_DEAL
    + _TENANT_COMMITTED
    + _NEWS_OF_DEAL
    + NOMINAL_SIGNING
    + HEADLINE_DEAL
    + "|"
    + _FOOTPRINT
)
# The kind of agreement sits between the verb and the noun, or just after the noun ("an
# agreement for $128 million to supply critical IT equipment", "a loan agreement").
_NOT_CUSTOMER = Folded(
    r"\b(?:loan|credit|financ\w*|debt|notes?|convertible|funding|investment(?![\s-]+grade)|"
    r"purchas\w*|procure\w*|acqui\w*|merger|equipment|"
    r"buy|buying|bought|"
    # (a binding letter of intent is a contract: "signed a binding letter of intent with
    # OneQode Networks covering the full 110 MW … under a 15-year lease")
    r"(?<!(?<!non-)binding\s)(?:letters?\s+of\s+intent|LOI)|non-binding|"
    # a memorandum of understanding is a step towards a contract, not one (README, decided
    # case 6: only done things count)
    r"MOU|memorand(?:um|a)\s+of\s+understanding|"
    # the company buys hosting from a colocation provider: its own machines housed, no AI tenant
    r"(?<!ai\s)(?<!hpc\s)(?:colocation|hosting)\s+(?:providers?|operators?|partners?)|"
    r"(?:energy|electricity|power)\s+(?:supply\s+)?(?:agreements?|contracts?|deals?)|"
    # "a 30-year lease agreement for 570 MW of power capacity in Ohio": a site's power leased
    r"(?:MW|megawatts?|GW|gigawatts?)\s+of\s+(?:(?:grid|electrical|electric)\s+)?power|"
    # "under the previously announced agreements": an earlier milestone, told again
    r"previously|earlier|"
    # "announced its expansion of its lease in Ohio": the company's own lease of a site in a
    # place (a lease to a tenant is told "with" the tenant)
    r"(?:its|our)\s+lease\s+in\s+(?!the\b|\d)[a-z]+(?:\s+[a-z]+)?\s*(?=[,.;]|$)|"
    # land, grid and capital-markets agreements, and bitcoin-mining hosting
    r"ground\s+lease|lease-to-own|land|interconnect\w*|utility|ERCOT|PPA|at-the-market|ATM|sales\s+agreement|"
    r"underwrit\w*|warrants?|shares|stock|securities|bitcoin\s+min(?:ers|ing)|"
    # ("at Bitcoin miner Terawulf's Lake Mariner campus": the company's descriptor before its
    # name, not the deal's kind)
    r"(?<!the\s)bitcoin\s+miner(?!\s+[\w.&-]+['’]s\b)|self-mining|ASICs?|supply(?=\s+(?:agreements?|contracts?|deals?))|"
    r"hash\s*rate|"
    # "secured its entire supply chain through a binding contract … with a … data center
    # infrastructure provider": a supplier's contract, not an AI customer's
    r"supply\s+chain|(?<!ai\s)(?<!hpc\s)(?<!cloud\s)(?:infrastructure|equipment|hardware)\s+"
    r"(?:providers?|suppliers?|vendors?)|"
    # a city, county or state as the other party: a land or power lease, not an AI customer
    r"city\s+of|county|municipal\w*|council|government|port\s+authority)\b"
)
# Between the verb and the noun: "Secures Site for … Contract", "announced that it is
# evaluating a potential lease".
_NOT_SIGNED_YET = Folded(
    r"\b(?:sites?|potential|proposed|prospective|possible|evaluat\w*|negotiat\w*|explor\w*)\b|"
    # "upsized upon mutual agreement", "subject to an agreement": a condition, not a signing
    r"\b(?:upon|by|subject\s+to|pending)\s+(?:a\s+|the\s+)?(?:mutual|definitive|final)?\s*"
    r"agreements?\b|"
    # "secured by personal property and GPU contracts": collateral, not a contract won
    r"\bsecured\s+(?:by|against)\b"
)
_KIND_AFTER = 80
_KIND_BEFORE = 12  # "the previously announced agreements"
# (a party's short name glossed in brackets does not end the clause: "an agreement with Macquarie
# Asset Management (MAM) for funding of up to USD 5 billion" is a financing)
# (nor does a second deal joined on: "a $9.7 billion AI cloud contract with Microsoft and a
# separate $5.8 billion agreement with Dell to purchase GPUs" is the customer's contract, the
# purchase is the other deal's kind)
_CLAUSE_END = re.compile(
    r"[,;]|\((?![A-Z][\w.&-]{0,11}\))|\s(?:and|plus)\s+(?:(?:a|an)\s+)?(?:separate|second|another)\b"
)
# What is opened must be the data centre itself: the words before it describe it, no other noun
# with a preposition between ("the opening of its new corporate office in Nevada near its data
# center", "opened its doors to visitors at its data center", "opens a new chapter with its
# first AI data center").
_OPENED_DATA_CENTRE = (
    r"(?:(?!(?:office|offices|doors?|chapter|headquarters|in|at|near|with|to|for|of|on|by|from|"
    r"into|beside|next)\s)[\w/-]+\s+){0,7}?(?:data\s+cent(?:er|re)|data\s+hall|AI\s+factory)"
)
_ENERGISED = Folded(
    r"\b(?:energi[sz]ed|energi[sz]es|"
    r"(?:completed|achieved|announced|marked|celebrated)\s+(?:the\s+)?(?:successful\s+)?"
    r"(?:full\s+)?energi[sz]ation|"
    # "brought 50 MW of HPC capacity online", "bringing 25 MW … into service"
    r"(?:brought|bringing|brings)\s+(?:[^.;]{0,60}?\s)?(?:online|on-line|live|into\s+"
    r"(?:service|operation))|"
    r"(?:came|went)\s+(?:fully\s+|officially\s+)?(?:online|on-line|live|into\s+(?:service|operation))|"
    r"(?:switched|turned|powered)\s+on|"
    r"(?:began|begun|started|commenced|begins|starts)\s+hosting|handed\s+over|"
    # "completed the delivery of its first data hall", "finished construction of Phase 1"
    r"(?:completed|finished|delivered)\s+(?:the\s+)?(?:(?:construction|delivery|handover|"
    # ("completed the second 50MW phase of its first data center building": the size between)
    r"hand-over|commissioning|energi[sz]ation)\s+of\s+)?(?:the\s+|its\s+|our\s+)?(?:first\s+|"
    r"second\s+|third\s+|initial\s+|final\s+)?(?:\d[\d,.]*[\s-]?(?:MW|megawatts?)[\s-]+)?"
    # ("delivered its first operational data hall to CoreWeave")
    # (not "delivered its first operational data hall design": the hall's plan, no hall)
    r"(?:operational\s+|new\s+)?(?:phase|building|data\s+hall)(?!\s+(?:designs?|plans?|"
    r"layouts?|drawings?|concepts?|models?|proposals?|specifications?|permits?|tours?)\b)|"
    # "announced the opening of its new North American AI and HPC data center", "opened its
    # first AI data center": a data centre opened is live (not "plans the opening of")
    r"(?:announced|announces|celebrated|celebrates|marked|marks)\s+the\s+(?:grand\s+|official\s+)?"
    r"opening\s+of\s+(?:its|their|our|the|a)\s+" + _OPENED_DATA_CENTRE + r"|"
    r"(?:opened|opens)\s+(?:its|their|our|a)\s+" + _OPENED_DATA_CENTRE + r"|"
    r"(?:is|are|was|were|became|has\s+been|have\s+been)\s+(?:now\s+)?(?:fully\s+)?"
    r"(?:operational|online|live|in\s+service)|"
    # "Phase 1 of the HPC data center was completed", "the first data hall has been handed over"
    # ("Data halls have been turned over to the tenant": the halls, handed to their tenant)
    r"(?:phases?|data\s+halls?|buildings?)\s+(?:\w+\s+){0,8}?(?:was|were|has\s+been|have\s+been|"
    r"is\s+now|are\s+now)\s+(?:fully\s+)?(?:completed|finished|delivered|(?:handed|turned)\s+"
    r"over)|"
    # "Both phases of Ready-for-Service are complete", "RFS was achieved for the first phase":
    # the data centre's service readiness, stated done
    r"(?:ready[- ]for[- ]service|RFS)\s+(?:\w+\s+){0,3}?(?:is|are|was|were|has\s+been|"
    r"have\s+been)\s+(?:now\s+)?(?:fully\s+)?(?:complete|completed|achieved|reached|declared)|"
    r"(?:live|online|operational)\s+since|"
    # "delivered 100 MW", "has turned over the first 50 megawatts of capacity" (to the tenant)
    r"(?:delivered|turned\s+over)\s+(?:the\s+)?(?:first\s+|initial\s+)?"
    r"(?:approximately\s+|about\s+|nearly\s+)?\d[\d,.]*\s*(?:MW|megawatts)|"
    r"(?:achieved|reached|declared)\s+(?:commercial\s+operations?|COD)|"
    r"commenced\s+operations|began\s+operations|(?:is|are)\s+now\s+(?:fully\s+)?(?:operational|"
    r"online|live)|(?:achieved|reached|declared)\s+(?:ready[- ]for[- ]service|RFS)|"
    r"placed\s+(?:in|into)\s+service|entered\s+(?:into\s+)?service|"
    # "announced the launch of its GPU-as-a-service program on Sept. 26", "launched our AI
    # cloud service": a GPU service goes live on GPUs running in the company's data centre
    r"(?:launched|launches|launch\s+of)\s+(?:its|their|our|the)\s+(?:first\s+|inaugural\s+)?"
    r"(?:GPU[\s-]+as[\s-]+a[\s-]+service|GPUaaS|(?:GPU|AI)\s+cloud(?:\s+service)?)\b|"
    # "now operates at its full 100 MW critical IT load", "brought the building to full load"
    # (a data centre's critical load: mining sites "operating at full capacity" are not AI)
    r"(?:operates|operating|running|runs|reached|reaches|achieved|achieves|brought|bringing)\s+"
    r"(?:[^.;]{0,40}?\s)?(?:at|to)\s+(?:its\s+|their\s+)?full\s+(?:\d[\d,.]*\s*(?:MW|megawatts)\s+"
    r"(?:of\s+)?)?(?:critical\s+(?:IT\s+)?|IT\s+)(?:load|capacity))\b"
)
# "GPUs", or NVIDIA/AMD accelerators by name ("took delivery of its first B200s")
# (not inside a compound that names a service or a kind of site: "its rent-a-GPU scheme",
# "GPU-as-a-service", "GPU-ready halls")
_ACCELERATORS = (
    r"\b(?<!-a-)(?<!-an-)(?:GPUs?|[HB][12]00s?|[AH]800s?|A100s?|L40Ss?|B300s?|GB[23]00s?|Blackwells?|Hoppers?|"
    r"MI3\d\dX?s?)\b(?!-(?:as|a|ready|capable|enabled|based|optimi[sz]ed)\b)"
)
_GPUS = Folded(
    r"\b(?:took\s+(?:delivery|receipt|possession)\s+of|received|receives|delivered|installed|"
    r"acquired|added|"
    r"deployed|commissioning\s+of|commissioned|energi[sz]ed|"
    r"(?:completed|finished)\s+(?:the\s+)?(?:installation|deployment|commissioning)\s+of)\b"
    rf"{IN_SENTENCE}{{0,60}}?{_ACCELERATORS}|"
    # "brought 1,000 GPUs online"
    rf"\b(?:brought|bringing)\s+{IN_SENTENCE}{{0,40}}?{_ACCELERATORS}\s+(?:online|live|into\s+"
    r"service)|"
    rf"{_ACCELERATORS}{IN_SENTENCE}{{0,40}}?\b(?:arrived|(?:were|was|have\s+been|has\s+been|"
    r"are\s+now|is\s+now)\s+(?:fully\s+)?(?:delivered|received|installed|deployed|"
    # ("a 128-GPU cluster from NVIDIA was acquired in the second quarter", as "acquired GPUs")
    r"acquired|commissioned|energi[sz]ed|online|live|operational)|went\s+live|came\s+online)\b"
)
_CONTRACT_HINTS = sentence_gate(
    "agreement", "contract", "lease", "deal", "joint venture", "mou", "memorandum", "term sheet",
    "tenant", "customer", "client", "option", "committed", "commitment", "letter of intent", "loi",
    "footprint", "presence", "hpc settlement", "ai settlement", "pact", "settlement to ",
    "-year venture",
)  # fmt: skip
_ENERGISED_HINTS = sentence_gate(
    "energi", "online", "on-line", "live", "operation", "service", "launch", "delivered",
    "switched on", "turned on", "powered on", "hosting", "handed", "turned over", "phase",
    "building", "data hall", "full", "open",
)  # fmt: skip
_GPU_HINTS = sentence_gate("gpu", "00", "blackwell", "hopper", "mi3")
_GPU_WORD = re.compile(_ACCELERATORS, re.IGNORECASE)
# "our inaugural GPU cluster came fully online", "launched its first GPU cloud": a cluster, data
# centre or cloud named by its GPUs is capacity energised (not "1,000 GPUs online", a delivery)
_GPU_SITE = re.compile(
    r"\bGPU\s+(?:cluster|data\s+cent(?:er|re)|data\s+hall|supercomputer|capacity|cloud)s?\b"
    r"(?!\s+of\b)"
)
_DATA_CENTRE_EVENT = Folded(
    # ("signed a leasing agreement with AMD": the lease's noun as a gerund)
    r"\b(?:leases?|leasing\s+(?:agreements?|contracts?|deals?)|colocation|"
    r"hosting\s+(?:agreements?|contracts?)|data\s+halls?|phase|"
    r"critical\s+IT|IT\s+(?:load|capacity))\b"
)
_SITE_WORDS = Folded(r"\b(?:campus|site|substation|grid|transmission|interconnect\w*|power)\b")
_AI_UNIT = Folded(
    r"\b(?:data\s+(?:cent(?:er|re)|hall)s?|phase|building|cluster|critical\s+IT|IT\s+(?:load|"
    r"capacity)|(?:AI|HPC|GPU|compute|hosting)\s+capacity|"
    r"(?:MW|megawatts?)\s+(?:of\s+)?(?:\w+\s+)?(?:AI|HPC|GPU|IT|critical|compute)|"
    r"(?:for|to)\s+(?:AI|HPC|GPU))\b"
)
_SITE_REACH = 60
_MINING_AFTER = 30
_SITE_AFTER = 60
# An earlier event told as background (README, decided case 1).
_RECALLED = Folded(
    r"\b(?:last\s+year|a\s+year\s+(?:ago|earlier)|previously|originally|"
    r"earlier\s+(?:this|last)\s+year|"
    # "As announced in July 2023, Northern Data entered into …": told again, not new
    r"as\s+(?:(?:was|we)\s+)?(?:announced|reported|disclosed)\s+(?:in|on|last|earlier)|"
    # "the leases executed in May of this year": an earlier month of the year, recalled
    r"in\s+(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\s+of\s+(?:this|last)\s+year|"
    r"(?:our|its|the|their)\s+(?:recent|prior|earlier)\s+announcement)\b"
)
_RECALL_REACH = 50
_NOT_YET_REACH = 80  # the schedule or modal words sit just before the verb
_GPU_BEFORE = 40  # "the 2,000 GPUs have been installed and are operational": GPUs, not a site
# "CoreWeave lease expanded …": the agreement is the subject, its tenant only names it.
# The tenant may be the subject when it exercises an option on the company's capacity.
_TENANT_ACT = Folded(
    r"(?:leases?|contracts?|agreements?|deal|joint\s+venture|exercis\w*|has\s+|have\s+|"
    # "CoreWeave brought its total commitment to a full 800 megawatts": the tenant's own act
    r"(?:brought|brings|raised|raises|increased|increases)\s+(?:its|their)\s+"
    r"(?:total\s+)?commitment)\b"
)
# "CoreWeave has expanded its commitment by executing a second-phase lease": the tenant
# signs the company's lease.
_TENANT_SIGNS = Folded(r"\b(?:by|in)\s+(?:executing|signing|entering\s+into|exercising)\b")
_HASH_RATE = Folded(r"\s*(?:hash\s*rate|hashrate)")
_NOT_YET = Folded(
    r"\b(?:once|until|upon|to\s+be|expected\s+to\s+be|being|yet\s+to)\s+(?:\w+\s+)?$|"
    # "… revenue once four phases are live": the clause's subject between "once" and the verb
    r"\b(?:once|until)\s+(?:(?:all|the|its|four|three|two|both|each)\s+)?(?:[\w-]+\s+){0,2}$|"
    # "when fully energized" (not "on May 5, when Bitzero signed …": a subject, a past event)
    r"\bwhen\s+(?:\w+ly\s+)?$|"
    # "is slated to go online", "expects to bring 50 MW online": an infinitive is a schedule
    r"\bto\s+$|"
    # "Conditions for closing include executing a lease acceptable to Macquarie", "subject to
    # signing": a condition of another deal, not a contract signed
    r"\b(?:subject\s+to|conditional\s+(?:up)?on|conditioned\s+(?:up)?on|contingent\s+(?:up)?on|"
    r"conditions?\s+(?:precedent\s+)?(?:for|to|of)\s+(?:the\s+)?(?:closing|completion|funding)"
    r"[^.;]{0,30}?\b(?:include|includes|including|are|is|require|requires))\s+(?:the\s+)?$|"
    # "can be designed, financed, and brought online": an ability, not an event
    r"\b(?:can|could|may|might|would|should|will|must)\s+(?:not\s+)?(?:be|have\s+been)\s+"
    r"(?:[\w-]+(?:ed|en|t),?\s+){0,4}(?:and\s+|or\s+)?$"
)
# A site energised "ready for miners" is a mining build-out; the AI words that are not also
# mining words ("data center" is both) tell an AI site apart.
# (a company named "… Mining" is no mining: "Cipher Mining has reached a 15-year lease
# agreement with Amazon" is an AI lease, `ai_mining_words`)
_MINING = MINING_WORDS
_STRONG_AI = re.compile(
    r"\b(?:AI|HPC|GPUs?)\b|(?i:artificial\s+intelligence|high[- ]performance\s+comput\w*|"
    r"critical\s+IT|colocation|hyperscal\w*|inference|AI\s+cloud)"
)


# Each kind's hints and frame, in the order they are read.
_KINDS = (
    (CONTRACT_SIGNED, _CONTRACT_HINTS, _CONTRACT),
    (CAPACITY_ENERGISED, _ENERGISED_HINTS, _ENERGISED),
    (GPUS_DELIVERED, _GPU_HINTS, _GPUS),
)
# The frames asked of a sentence in one RE2 pass (`pattern_sets.PatternChoice`): a frame that
# cannot match anywhere in it is not scanned (most sentences past the hints hold no milestone).
_FRAMES = PatternChoice([*(pattern for _, _, pattern in _KINDS), _CONTRACT_PASSIVE_ALONE])


def milestones(
    segment: Segment, ctx: DocContext, *, ai_sentence: bool = True
) -> Iterator[Extracted]:
    """The milestones stated in one sentence with AI context (one of each kind at most).

    Out of an AI sentence (in a release about an AI build-out), a milestone needs a data
    centre's own words: a lease or colocation/hosting agreement signed ("Cipher signed a
    15-year lease with Amazon Web Services"), a phase, data hall or IT load energised."""
    text = segment.text
    lower = lowered(text)
    if not ai_sentence and (_MINING.search(text) or not _DATA_CENTRE_EVENT.search(text)):
        return
    if is_analyst_note(ctx.text):
        return  # a bank's note: the deals it cites are the rating's background
    possible: Possible | None = None
    for detail, hints, pattern in _KINDS:
        if not opens(hints, lower):
            continue  # a cheap look for the pattern's words first (the sentence's one scan)
        if possible is None:
            possible = _FRAMES.possible(text, lower)
        match = _first_counted(segment, ctx, possible, pattern, detail)
        if match is None:
            continue
        period = event_period(ctx, segment, match.start(), match.end())
        if is_recalled(ctx, period, EVENT_RECALL_DAYS) or is_earlier_deal(
            text, match.start(), match.end(), period, ctx
        ):
            continue  # "entered into with CoreWeave on June 3, 2024": an earlier contract
        yield observation(segment, AI_MILESTONE, None, "", period, kind=MILESTONE, detail=detail)


def _first_counted(
    segment: Segment, ctx: DocContext, possible: Possible, pattern: re.Pattern[str], detail: str
) -> re.Match[str] | None:
    """The first match of a milestone's frame (and, for a contract, of its passive form) that
    counts: not background, and a nominal opening only as a list item."""
    text = segment.text
    found: Iterator[re.Match[str]] = iter(())
    if possible.holds(pattern):
        found = pattern.finditer(text)
    if pattern is _CONTRACT and possible.holds(_CONTRACT_PASSIVE_ALONE):
        found = chain(found, _CONTRACT_PASSIVE_ALONE.finditer(text))
    return next(
        (
            m
            for m in found
            if _counts(text, m, ctx, detail)
            and not is_background(text, m.start(), segment.start)
            and (not _NOMINAL_START.match(m.group()) or _is_list_item(ctx, segment))
        ),
        None,
    )


# `_LISTED_DEAL`'s match opens on its article; it counts only as an item of a list (a bullet
# or a line under a heading ending in a colon), not as a sentence's subject ("A lease
# agreement with Nebius for 200 MW would transform the company").
_NOMINAL_START = Folded(r"(?:a|an|the)\s")
_LIST_MARK_BEFORE = Folded(r"(?::|[•·▪‣◦*–-])\s*$")
_LIST_MARK_REACH = 12


def _is_list_item(ctx: DocContext, segment: Segment) -> bool:
    before = (ctx.text or "")[max(0, segment.start - _LIST_MARK_REACH) : segment.start]
    return _LIST_MARK_BEFORE.search(before) is not None


def _counts(text: str, match: re.Match[str], ctx: DocContext, detail: str) -> bool:
    if detail == CONTRACT_SIGNED:
        # (the kind is read first: its windows are short, `_is_fact`'s guards read the sentence)
        if _FOOTPRINT_ALONE.match(match.group()):
            # the company's own footprint grown is no contract ("Bitdeer expanded its footprint
            # in Ohio"); a tenant's at the company's site is
            return has_counterparty_subject(text, match.start()) and _is_fact(text, match, ctx)
        if is_contract_backlog(text, match.start()):
            return False  # "backed by $12.8 billion in signed AI and HPC contracts"
        return not _is_not_customer_contract(text, match) and _is_fact(text, match, ctx)
    if not _is_fact(text, match, ctx):
        return False
    if _MODAL_AFTER.match(text, match.end()):
        return False  # "Bitfarms' energized capacity could accelerate …": a possibility
    if detail == CAPACITY_ENERGISED:
        # "brought 1,000 GPUs online" is a GPU delivery, told once
        before = text[max(0, match.start() - _GPU_BEFORE) : match.end()]
        before = before[max(before.rfind(","), before.rfind(";")) + 1 :]  # its own clause
        # (a cluster's GPUs told as delivered, "went live", stay one GPU milestone)
        gpus = _GPU_WORD.search(before) and not (
            _GPU_SITE.search(before) and not _GPUS.search(text)
        )
        if gpus or (_is_power_site(text, match) and not _HANDED_OVER.search(match.group())):
            return False
        if is_conversion_to_come(text, match.end()):
            return False  # "341 MW of energized capacity, which it plans to redeploy for AI"
        return not _is_mining_site(text, match)
    # GPUS_DELIVERED: "energized capacity could accelerate GPU availability": a modal between
    # the verb and the GPUs makes it a possibility, not a delivery
    return _MODAL_INSIDE.search(text, match.start(), match.end()) is None


# An adjective's noun, then a modal verb: "energized capacity could accelerate GPU availability"
_MODAL_AFTER = Folded(r"\s+(?:[\w-]+\s+){0,2}?(?:could|would|might|can|should)\s")
_MODAL_INSIDE = Folded(r"\b(?:could|would|might|may\s+(?!\d)|should|can|will)\b")
# "$2.25 million for each executed lease of 1 MW": a rate per deal, no deal signed
_EACH_BEFORE = Folded(r"\b(?:for\s+each|for\s+every|per|each)\s+$")
_EACH_REACH = 20


def _is_fact(text: str, match: re.Match[str], ctx: DocContext) -> bool:
    if guards.is_hypothetical(text, match.start()) or guards.is_negated(text, match.start()):
        return False
    if _EACH_BEFORE.search(text, max(0, match.start() - _EACH_REACH), match.start()):
        return False
    if _RECALLED.search(text, max(0, match.start() - _RECALL_REACH), match.end() + _RECALL_REACH):
        return False  # "the lease signed with CoreWeave last year": background
    if is_third_party_sentence(text, match.end(), ctx.entity):
        return False  # "Lancium and Crusoe announced a multi-billion dollar agreement"
    tenant_act = (
        _TENANT_ACT.match(match.group())
        or _TENANT_SIGNS.search(match.group())
        or _FOOTPRINT_ALONE.match(match.group())
    )
    if not tenant_act and is_counterparty_event(text, match.start(), ctx.entity):
        return False  # "CoreWeave signed a deal with Microsoft"
    if _NOT_YET.search(text[max(0, match.start() - _NOT_YET_REACH) : match.start()]):
        return False
    if guards.is_aggregate(text, match.start()):
        return (
            False  # "The largest public bitcoin mining firms have signed over 2,000 MW of leases"
        )
    if is_named_other(text, match.start(), ctx.entity, after_verb=True):
        return False  # "Falcon Capital, a data center developer, has energised 200 MW"
    return not is_peer_figure(text, match.start(), ctx.entity)


# "has secured about CAD $30 million in AI cloud services contracts": the value of the contracts
# held so far (a state beside "currently operates 5,500 GPUs"), no contract signed now
_HELD_VALUE = Folded(
    r"(?:million|billion|bn|[mb])\s+(?:in|of|worth\s+of)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:contracts|agreements|deals|leases)\b"
)
_PERFECT_BEFORE = Folded(r"\b(?:has|have)\s+(?:now\s+|already\s+|so\s+far\s+)?$")
# "these companies have announced more than $43 billion worth of AI and HPC contracts": the
# auxiliary inside the deal verb's own match ("has announced" is one of its verbs), the same
# running total as "has secured … in contracts"
_PERFECT_AT = Folded(r"(?:has|have)\s")
_HELD_REACH = 20


def _is_not_customer_contract(text: str, match: re.Match[str]) -> bool:
    """A loan, an equipment purchase, a site acquisition, an LOI: not a customer contract."""
    # (read a little past the match: its noun may be the first of two, "of lease contracts")
    held = _HELD_VALUE.search(text, match.start(), match.end() + _HELD_REACH)
    if (
        held is not None
        and held.start() < match.end()
        and (
            _PERFECT_BEFORE.search(text, max(0, match.start() - 20), match.start())
            or _PERFECT_AT.match(text, match.start())
        )
    ):
        return True
    clause = _CLAUSE_END.search(text, match.end(), match.end() + _KIND_AFTER)
    end = clause.start() if clause else match.end() + _KIND_AFTER
    if _NOT_SIGNED_YET.search(text, match.start(), match.end()):
        return True
    if has_maker_party(text, match.end()):
        return True  # "entered into a 36-month lease with Dell Technologies for GPU servers"
    return bool(_NOT_CUSTOMER.search(text, max(0, match.start() - _KIND_BEFORE), end))


# "has turned over the first 50 megawatts of capacity at its … AI Factory campus", "handed over
# 100 MW at the site to CoreWeave": capacity handed to a tenant, which a grid's or a site's power
# never is (so the campus or power words near it do not make it a site's power)
_HANDED_OVER = Folded(r"\b(?:handed|handing|hands|turned|turning|turns)\s+over\b")


def _is_power_site(text: str, match: re.Match[str]) -> bool:
    """ "The AI campus is energized with 300 MW of grid power", "its 1 GW site, which is
    energized": a site's power, not AI capacity (no data hall, phase or IT capacity named)."""
    start, end = match.start(), match.end()
    after = text[end : end + _SITE_AFTER]
    after = after[: min((i for i in (after.find(","), after.find(";")) if i >= 0), default=None)]
    window = text[max(0, start - _SITE_REACH) : end] + after
    return bool(_SITE_WORDS.search(window)) and not _AI_UNIT.search(window)


def _is_mining_site(text: str, match: re.Match[str]) -> bool:
    if _HASH_RATE.match(text, match.end(), match.end() + 20):
        return True  # "energized hash rate": bitcoin mining, not an AI build-out
    end = match.end()
    if _MINING.search(text, end, end + _MINING_AFTER) and not _AI_UNIT.search(
        text, end, end + _SITE_REACH + _MINING_AFTER
    ):
        return True  # "delivered 50 MW to its bitcoin miners" (and no HPC MW after)
    return bool(_MINING.search(text)) and not _STRONG_AI.search(text)
