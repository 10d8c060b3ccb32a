"""AI / HPC build-out: capex guided or spent, AI capacity in MW, concrete milestones.

This module finds capex and hands capacity (`ai_capacity`) and milestones (`ai_milestones`)
their sentences. Capex needs AI context (the sentence's, or the release's when the release is
about an AI build-out) and a spending phrase bound to the amount: "invested", "pouring $130
million into GPUs", "development costs expected to total CAD $55 million", "purchased the
site for $23.3 million", "a $5.8 billion equipment purchase". The cue nearest the amount
decides: contract values, revenue, financing, capped calls, unit costs ("cost/bitcoin",
"per MW") and ranges are not capex.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from . import guards, ranges
from .ai_award_terms import without_award_terms
from .ai_buyers import bought_by_other
from .ai_capacity import capacity
from .ai_deal_told_next import DEAL_WORDS, ai_deal_told_next
from .ai_deal_totals import deal_total
from .ai_financing import is_financing
from .ai_milestones import milestones
from .ai_mining_context import after_mining_sentence, weak_after_mining
from .ai_mining_gpus import mines_with_gpus
from .ai_mining_sites import is_mining_only, names_no_ai
from .ai_needs import AnyBranch, reads_capex
from .ai_orders import is_hardware_order
from .ai_parties import (
    is_counterparty_figure,
    is_hedged,
    is_recalled,
    is_third_party_sentence,
    is_told_again,
)
from .ai_periods import spend_period
from .ai_projected_benefits import is_enabled_by_other, is_projected_benefit
from .ai_site_use import is_not_build_spend
from .ai_tenant_capacity import tenant_capacity
from .ai_vendor_deals import is_vendor_deal
from .background import is_background
from .branches import Branches
from .context import DocContext
from .document_words import window_opens
from .entities import is_peer_figure, possessed_by_other
from .evidence import money_observations
from .folded import Folded, lowered
from .gates import Words, opens, sentence_gate
from .model import AI_CAPEX, Extracted
from .numbers import APPROX, Money, may_hold_money
from .sentence_screen import SentenceScreen, Stretch
from .sentences import Segment, sentence_after

# AI words are matched case-sensitively where the lowercase form is an ordinary word ("ai").
_AI_CONTEXT = re.compile(
    # (an accelerator's model name is AI hardware: "GB300 systems", "H100s", "Blackwell")
    r"\b(?:AI|A\.I\.|HPC|GPUs?|AI/HPC|HPC/AI|GB[23]00s?|[HB][12]00s?|B300s?|Blackwells?)\b|"
    r"(?i:\b(?:artificial\s+intelligence|high[- ]performance\s+computing|inference|"
    r"data\s+cent(?:er|re)s?|data\s+halls?|critical\s+IT|colocation|hyperscalers?|"
    # AI cloud tenants by name ("a 10-year, $865 million deal with Nscale Global Holdings")
    r"Fluidstack|CoreWeave|Anthropic|OpenAI|Nebius|Cerebras|xAI|Nscale|Core42|TensorWave|Vultr|"
    r"machine\s+learning|neoclouds?|"
    r"supercomput\w*|accelerated\s+computing)\b)|"
    # "245 MW of IT capacity", "essential IT load": data-centre words in any writer's wording
    r"\bIT\s+(?:load|capacity)\b"
)
# The same answer as `_AI_CONTEXT.search`, its branches searched one by one (`ai_needs`).
_NAMES_AI = AnyBranch(_AI_CONTEXT)
_AI_HINTS = sentence_gate("ai ", " ai", "ai/", "/ai", "ai-", "a.i.", "hpc", "gpu", "intelligence",
                   "h100", "h200", "b100", "b200", "b300", "gb200", "gb300", "blackwell",
                   "performance", "inference", "data c", "data h", "critical it", "colocation",
                   "hyperscal", "fluidstack", "coreweave", "anthropic", "openai", "nebius",
                   "nscale", "core42", "tensorwave", "vultr",
                   "cerebras", "xai", "it load", "it capacity", "machine learning", "neocloud",
                   "supercomput", "accelerated comput")  # fmt: skip
_POWER_HINTS = sentence_gate("mw", "gw", "watt")
_PARAGRAPH_REACH = 400
_DATA_CENTRE_EVENT_HINTS = sentence_gate("lease", "leasing", "colocation", "hosting", "data hall",
                                         "phase", "critical it", "it load",
                                         "it capacity")  # fmt: skip
_INTO_COMPANY = re.compile(
    # "agreed to invest $150 million into the Company through a convertible note", "a $39.57
    # million commitment from Fortune Peak": money put into the company, not spent by it
    r"\s+(?:in|into)\s+(?:the\s+)?(?i:Company|us)\b|"
    r"\s+(?:(?:equity\s+)?(?:commitment|investment|contribution|injection)s?)\s+(?:from|by)\b|"
    r"\s+(?:in|into)\s+(?:[A-Z][\w.&-]*\s+){0,3}(?:Mining|Inc\.?|Corp\.?|Ltd\.?|Holdings|"
    r"Platforms|Digital|Technologies|Group|plc)\b|\s+(?:equity\s+)?stake\s+in\b|"
    r"\s+equity\s+investment\s+in\b|"
    r"\s+investment\s+in\s+(?!(?:AI|HPC|GPUs?|A\.I\.|Texas|North|New|West|Ohio|Quebec|Canada)\b)"
    r"[A-Z]"
)
# "spent $45 million on new miners", "spent $31.0 million … at non-CoreWeave locations":
# spending on mining or on sites outside the AI build-out.
# "spent $46 million on the acquisition of Enovum Data Centers Corp.": a company bought
_COMPANY_BOUGHT_AFTER = re.compile(
    r"\s+(?:(?:on|for|in)\s+(?:the\s+)?(?:acquisition|purchase)\s+of|to\s+(?:acquire|buy))\s+"
    r"(?:[A-Z][\w&.'’-]*\s+){1,4}(?:Inc\.?|Corp\.?|Corporation|Ltd\.?|LLC|Limited|Holdings|"
    r"Data\s+Cent(?:er|re)s|Group|plc|AG|GmbH|S\.A\.)"
)
# "spent $30 million to buy a data center", "spent $53 million on purchasing an industrial
# facility": a site or business bought is no build-out spending (README, decided case 43); not
# "to acquire and retrofit a site" (the build named beside the purchase).
_SITE_BOUGHT_AFTER = Folded(
    r"\s+(?:(?:on|for|in)\s+(?:the\s+)?(?:acquisition|purchase|acquiring|purchasing|buying)"
    r"(?:\s+of)?|to\s+(?:acquire|buy|purchase))\s+"
    r"(?:(?!develop|build|construct|retrofit|convert|upgrad|expan)[\w,.'’-]+\s+){0,4}?"
    r"(?:sites?|facilit(?:y|ies)|data\s+cent(?:er|re)s?|campus(?:es)?|buildings?|propert(?:y|ies)|"
    r"companies|company|business(?:es)?|operators?)\b"
)
_ON_MINING = Folded(
    r"[^.;$]{0,40}?\b(?:miners|mining|ASICs?|hash\s*rate|hashrate|EH/s|rigs|bitcoin|BTC)\b|"
    r"[^.;$]{0,60}?\bnon-\S+\s+(?:locations?|sites?|facilities|campuses|data\s+cent\w*)\b"
)
_WITH_CLAUSE = re.compile(r",\s+with\b")
# "… at a cost of $5.8 billion, is expected to be completed through 2026": a schedule's date.
_SCHEDULE_AFTER = Folded(r"\b(?:expected|scheduled|slated)\s+to\b|\bto\s+be\s+completed\b")

_SPEND_BEFORE = Folded(
    rf"\b(?:invest(?:ing|ed|s)?|spend(?:ing|s)?|spent|allocat(?:e|ed|ing|es)|pour(?:ing|ed|s)?|"
    rf"commit(?:ted|ting|s)?|budget(?:ed)?|earmark(?:ed|ing|s)?|set(?:ting)?\s+aside|"
    rf"sets\s+aside|deploy(?:ed|ing|s)?|"
    # a news writer's spending verb: "is shelling out $5.8 billion on GPUs from Dell"
    rf"(?:shell|fork|splash)(?:ing|ed|s)?\s+out)\s+"
    rf"(?:\w+\s+){{0,3}}?{APPROX}$|"
    rf"\b(?:capital\s+expenditures?|capex|capital\s+(?:investment|commitment|spending|budget|"
    rf"outlays?|requirements?|costs?)|investments?|costs?|outlays?|expenditures?|"
    rf"(?:GPU|server|equipment|hardware)\s+(?:purchases|orders|spend(?:ing)?|purchase\s+"
    rf"(?:agreements?|orders?|commitments?))|"
    rf"(?:AI|HPC|GPU)\s+spend(?:ing)?|require\w*\s+(?:capital|investment|funding))\b"
    rf"(?:[^.;$]{{0,60}}?\s)?(?:of|totaling|totalling|was|were|is|are|"
    rf"will\s+be|to\s+be|at|worth|valued\s+at|estimated\s+at|(?:expected|estimated|projected)\s+to\s+(?:be|total|reach)|budgeted\s+at|"
    rf"total(?:ing|ed|s)?)\s+{APPROX}$|"
    # "the facility upgrade … will cost about C$55 million", "the retrofit is expected to cost"
    rf"\b(?:(?:will|would|to|should|which|that)\s+cost|costing|costs)\s+"
    rf"(?:an\s+estimated\s+|a\s+total\s+of\s+)?{APPROX}$"
)
# "purchase of 248 NVIDIA H100 GPUs for ~US$10 million": hardware bought for AI use is capex.
# A site, facility, building or data centre bought is not (README, decided case 43: an
# acquisition's price buys assets, it is no spending on the build-out), nor is a company.
_OBJECT = (
    r"(?:GPUs?|[Ss]ervers?|equipment|hardware|chips|accelerators|"
    # "agreed to purchase NVIDIA's air-cooled Blackwell systems from Dell": accelerator systems
    r"(?:Blackwell|Hopper|Rubin|DGX|HGX|GB[23]00|[HB][12]00|B300|GPU)\s+(?:[\w-]+\s+)?systems)"
)
# "bought a property in Sweetwater for $12 million to build an AI data center", "The site was
# purchased for CAD $33.5 million": a site's or building's price (README, decided case 43),
# whatever purpose follows the amount.
_SITE = (
    r"(?:sites?|facilit(?:y|ies)|data\s+cent(?:er|re)s?|campus(?:es)?|buildings?|"
    r"propert(?:y|ies))"
)
_SITE_PRICE_BEFORE = re.compile(
    rf"\b(?i:purchas\w*|acquir\w*|bought|buy\w*|paid|pays)\b[^.;$]{{0,120}}?\b{_SITE}\b"
    rf"[^.;$]{{0,60}}?\bfor\s+(?:a\s+(?:total\s+)?(?:purchase\s+price|price|value|cost|"
    rf"consideration)\s+of\s+)?{APPROX}$|"
    rf"\b{_SITE}\s+(?:was|were|has\s+been|have\s+been)\s+(?i:purchased|acquired|bought)\s+"
    rf"for\s+{APPROX}$"
)
# "paid $46 million for the GPU servers": the price of hardware bought for the build-out.
_PAID_BEFORE = Folded(rf"\b(?:paid|pays|paying|pay)\s+{APPROX}$")
_FOR_OBJECT_AFTER = re.compile(
    rf"\s+for\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:[\w,.-]+\s+){{0,4}}?{_OBJECT}\b"
)
_PURCHASE_BEFORE = re.compile(
    # ("plans to procure the necessary GPUs and related equipment from Dell for $5.8 billion")
    rf"\b(?i:purchas\w*|procur\w*|acquir\w*|bought|buy\w*|order\w*|paid|pays)\b[^.;$]{{0,120}}?"
    rf"\b{_OBJECT}\b"
    rf"[^.;$]{{0,60}}?\bfor\s+(?:a\s+(?:total\s+)?(?:purchase\s+price|price|value|cost|"
    rf"consideration)\s+of\s+)?{APPROX}$|"
    rf"\b{_OBJECT}\s+(?:was|were|has\s+been|have\s+been)\s+(?i:purchased|acquired|bought)\s+"
    rf"for\s+{APPROX}$|"
    # "ordered Nvidia B200 GPUs worth $1.6 billion", "bought 40,000 GPUs valued at $1.6 billion":
    # hardware bought, then its price
    rf"\b(?i:purchas(?:ed|es|ing)|acquir(?:ed|es|ing)|bought|buy(?:s|ing)?|order(?:ed|s|ing)?)\s+"
    rf"(?:[\w,.-]+\s+){{0,4}}?(?:GPUs|servers|accelerators|chips|[HB][12]00s|B300s|GB[23]00s)\s+"
    rf"(?:worth|valued\s+at|at\s+a\s+(?:total\s+)?cost\s+of)\s+{APPROX}$|"
    # "248 NVIDIA H100 GPUs for ~US$10 million": a count of GPUs bought for a sum
    rf"\b\d[\d,]*\s+(?:[\w-]+\s+){{0,3}}?(?:GPUs|servers|[HB][12]00s|B300s|GB[23]00s)\s+"
    rf"(?:for|worth|valued\s+at|at\s+a\s+(?:total\s+)?cost\s+of)\s+{APPROX}$"
)
# "Capital expenditures were $121.3 million, with $90.3 million funded by CoreWeave": the
# company's whole capex, its sentence naming no AI build-out, site or GPUs before the amount,
# is not AI capex even in a release about AI.
_COMPANY_CAPEX = re.compile(
    r"^(?!.*(?:\b(?:AI|HPC|GPUs?)\b|(?i:\b(?:sites?|facilit\w*|data\s+cent\w*|servers?|"
    r"build\w*|develop\w*|construct\w*|retrofit\w*|campus|colocation|hosting)\b)))"
    r"(?i:.*\b(?:capital\s+expenditures?|capex)\b)",
    re.DOTALL,
)
# "Capital expenditures were $121.3 million, with $90.3 million funded by CoreWeave": the share
# of capex an AI tenant funds is AI capex.
_FUNDED_AFTER = Folded(r"\s+(?:was\s+|were\s+|has\s+been\s+)?(?:funded|reimbursed)\s+by\b")
# "capital expenditure of approximately $200 million for the AI build-out": the purpose, named
# after the amount, makes the company's capex an AI one.
_AI_PURPOSE_AFTER = re.compile(
    r"\s+(?:(?:for|on|in|into|towards?|to)\s+|to\s+(?:build|develop|construct|expand|fund)\w*\s+)"
    r"(?:[\w'’-]+\s+){0,4}?(?:AI|HPC|GPUs?|(?i:data\s+cent(?:er|re)s?|data\s+halls?|"
    r"high[- ]performance|artificial\s+intelligence|colocation))\b"
)
_CAPEX_BEFORE = Folded(r"\b(?:capital\s+expenditures?|capex)\b(?:[^.;]|\.(?=\d)){0,80}$")
_CAPEX_HINTS = sentence_gate("capex", "capital expend")
_MINING_HINTS = sentence_gate(
    "miner", "mining", "asic", "hash", "eh/s", "rig", "non-", "bitcoin", "btc"
)
_PURCHASE_HINTS = Words("purchas", "procur", "acquir", "bought", "buy", "gpus", "order", "paid",
                         "pays", "servers", "00s")  # fmt: skip
_SPEND_AFTER = Folded(
    r"\s+(?:(?:of|in)\s+(?:capital\s+expenditures?|capex|capital|investment)\b|"
    # "$5.8B equipment package", "$1.2 billion GPU purchase"
    r"(?:GPU\s+|AI\s+|HPC\s+)?(?:equipment|GPU|capex|hardware|server)\s+(?:package|purchase|order|"
    r"spend)s?\b|"
    # "a $5.8 billion purchase of GPUs and ancillary equipment from Dell", "a $1.6 billion order
    # for Nvidia servers": hardware bought, the noun of buying then its object
    r"(?:(?:GPU|server|hardware|equipment)\s+)?(?:purchase|order|procurement|buy)\s+(?:of|for)\s+"
    r"(?:[\w,.-]+\s+){0,4}?(?:GPUs|servers|hardware|equipment|chips|accelerators|"
    r"[HB][12]00s|B300s|GB[23]00s)\b|"
    # "a $1.6 billion deal with Dell to buy Nvidia GPUs": the deal's direction is a purchase
    r"(?:deal|agreement|contract|order)\s+with\s+(?:[A-Z][\w.&-]*\s+){1,3}(?:to\s+(?:buy|purchase|"
    r"acquire|procure)|for\s+the\s+(?:purchase|procurement)\s+of)\s+(?:[\w,.-]+\s+){0,4}?"
    r"(?:GPUs?|servers?|hardware|equipment|chips|accelerators|systems|[HB][12]00s?|B300s?|"
    r"GB[23]00s?)\b|"
    # "a $1.6 billion purchase agreement with Dell for Nvidia Blackwell systems": hardware bought
    r"(?:purchase|supply|procurement)\s+(?:agreement|order|contract|deal)s?\b"
    r"(?=[^.;$]{0,60}?\b(?:GPUs?|servers?|hardware|equipment|chips|systems|accelerators|"
    r"[HB][12]00s?|B300s?|GB[23]00s?|Blackwell)\b)|"
    # "a $1 billion investment in AI data centers", "its $500 million HPC build-out"
    # (not "a $6.1 billion real property investment": real estate, README decided case 43)
    r"(?:(?!strategic|shareholder|equity|private|minority|preferred|economic|tax|real\s|"
    # (not "a $150 million convertible note investment in Hut 8": notes bought, money lent)
    # (nor "a $300M facility to build an HPC data center": "build" a verb, the facility a loan)
    r"convertible|notes?\s|debt\s|bonds?\s|loans?\s|to\s)"
    r"[\w/-]+\s+){0,2}?"
    # "the $1.7 billion Phase I build at Helios"
    r"(?:investment|build(?:-?out)?(?![\w-])|capex|capital\s+(?:plan|program|programme|"
    r"commitment|investment|"
    # (not "$5 billion investment raised from Macquarie": money taken in, not spent)
    r"project))\b(?!\s+(?:(?:raised|received|secured|obtained|led|provided|committed)\s+)?"
    r"(?:from|by)\b)|"
    # "$60 million was invested in the HPC build"
    r"(?:has\s+been|have\s+been|was|were|is\s+being|are\s+being)\s+(?:invested|spent|allocated|"
    r"committed|earmarked|budgeted|deployed)\b|"
    # "a $500 million AI data center": the price of the build named by the amount ("a CAD $3.5
    # billion, 320-megawatt AI "gigafactory"": its size may stand between, the noun quoted)
    r"(?:\d[\d,.]*[\s-]*(?:MW|megawatts?)\s+)?(?:AI|HPC|GPU)\s+[\"“]?(?:data\s+cent(?:er|re)|"
    r"facility|cluster|build-?out|supercomputer|(?:giga)?factory)\b[\"”]?"
    # (not "a $7B AI data center pact with Fluidstack": a contract's value, not a build's price)
    # (nor "a $9.5 Billion AI Data Center Joint Venture": a venture's contracted value)
    r"(?!\s+(?:lease|contract|deal|agreement|revenue|pact|partnership|accord|arrangement|"
    r"tie-up|tenan\w*|customer|offtake|colocation|hosting|joint\s+venture|JV|venture)s?\b)|"
    # "purchased $40 million of NVIDIA GPUs" (not "$40 million of GPU financing")
    r"(?:of|in|worth\s+of)\s+(?:new\s+)?"
    # "€730 million in NVIDIA H100 Tensor Core GPUs" (not "$4.2 million in revenue from 256
    # servers")
    r"(?:(?!(?:revenues?|income|sales|from|hosting|rental)\b)[\w-]+\s+){0,4}?"
    # ("400 million euros ($427 million) worth of Nvidia graphic processing units")
    r"(?:GPUs|servers|accelerators|chips|graphics?\s+processing\s+units|"
    r"[HB][12]00s|B300s|GB[23]00s|"
    # "$1.6 billion of air-cooled Blackwell systems", "$500 million of Nvidia GB300 systems":
    # accelerator systems named by their model
    r"(?:Blackwell|Hopper|Rubin|DGX|HGX|GB[23]00|[HB][12]00|B300|GPU)\s+systems)"
    r"\b(?!\s+(?:financing|loans?|leases?|debt))|"
    # "paid $35 million for 2,000 NVIDIA H100 GPUs"
    r"for\s+(?:[\w,.-]+\s+){0,4}?(?:GPUs|servers|accelerators|chips|[HB][12]00s|B300s|"
    r"GB[23]00s)\b|"
    # "an agreement for $128 million to supply critical IT equipment"
    r"(?:(?:deal|agreement|contract|order|commitment)\s+)?"
    r"(?:to\s+(?:supply|purchase|procure|buy)|for\s+(?:the\s+)?(?:purchase|supply|procurement)"
    r"\s+of)\b[^.;$]{0,40}?\b(?:equipment|GPUs?|servers?|hardware|chips)\b|"
    # "will undergo approximately $40 million in upgrades", "$25 million of retrofit work"
    r"(?:in|of|worth\s+of)\s+(?:\w+\s+)?(?:upgrades?|improvements|renovations?|retrofits?|"
    r"retrofitting|construction|build-?out|fit-?out)\b)"
)
# "$5 to $6 million", "$9–10M per MW" (the second bound with no currency sign)
_RANGE_AFTER = Folded(r"\s*(?:(?:to|-|–|and)\s*(?:US\$|\$|C\$|RMB)|(?:-|–|—)\s*\d)")
_RANGE_BEFORE = re.compile(r"(?:\$|RMB)[^$]{0,20}(?:to|-|–)\s*$")
# Read only between the spending cue (and a few words before it) and the amount: "prepay 20%
# of the contract value, money that will help fund a separate $5.8 billion equipment purchase"
# is capex, "estimated capped call cost of $201.0 million" and "cost/bitcoin of $82,727" are not.
_NOT_CAPEX = Branches(
    r"\b(?:revenue|contract\s+value|raised|financing|proceeds|private\s+placement|offering|"
    # (a debt balance's own words: "long-term debt, net of debt discount and issuance costs,
    # was $1.79 billion")
    r"loan|notes|debt|borrowings|indebtedness|valuation|market\s+cap|capped\s+calls?|hedges?|"
    # land is not the build-out, nor are running costs
    r"acres?|land|parcels?|real\s+estate|operating|opex|electricity|power\s+costs?|"
    r"energy\s+costs?|cost\s+of\s+revenues?|depreciation|interest|payroll|SG&A|"
    # income, guarantees and equity, whatever the verb
    r"lease\s+(?:payments|obligations|income)|contracted|income|NOI|EBITDA|ARR|run-rate|"
    r"backstop\w*|guarantee\w*|strategic|equity|stake|warrants?|"
    r"preferred|grants?|prepay\w*|"
    # "includes a preliminary deposit of $2.25 million": a deposit or down payment is a part of
    # a price told beside it, not a spend of its own
    r"deposits?|down[- ]payments?|earnest\s+money|"
    # "Cash, short-term investments, and digital currencies totaled $62 million": money held
    # (a balance sheet's investments), not money spent
    r"(?:short|long)[- ]term\s+investments?|marketable\s+securities|cash\s+equivalents)\b|"
    r"(?:\bper\s+|/\s?|\bfor\s+(?:1|one|a|each)\s+(?:unit\s+of\s+)?)(?:bitcoin|btc|coin|mw|"
    r"megawatt|kw|gpu|unit|share)\b|"
    # "The expansion is projected to bring a $6.1 billion real property investment": an
    # economic-impact projection (the city's), not the company's spending
    r"\b(?:projected|expected|estimated|forecast|set)\s+to\s+(?:bring|attract|generate|create|"
    r"draw)\b|"
    # "its cost of production …", "all-in cost to mine": a miner's unit cost
    r"\b(?:cost\s+of\s+production|production\s+costs?|costs?\s+to\s+mine|mining\s+costs?)\b"
)
_CUE_LEAD = 30
# A conjunction right before the spending verb: what is before it is another clause's.
_COORDINATED_BEFORE = re.compile(r"(?:,|;|\band|\bbut|\bwhile|\bthen)\s+$")
# "an agreement with Microsoft worth about $9.7 billion to supply AI cloud infrastructure" is a
# contract's value; "a supply agreement worth approximately $1.6 billion with Dell for NVIDIA
# GPUs" is hardware bought.
_AGREEMENT_WORTH = Folded(
    # ("a hardware procurement agreement with Dell, valued at …": the goods in the deal's name)
    r"\b(?P<kind>(?:(?P<goods>hardware|equipment|GPU|server)\s+)?"
    r"(?:purchase|supply|procurement|hardware|equipment|GPU|server)\s+)?"
    r"(?:agreements?|contracts?|deals?|orders?)\b[^.;$]{0,60}?\b(?:worth|valued\s+at)\b"
    r"[^.;$\d]{0,20}$"
)
# Mining hardware named in the sentence: a deal for it is no AI build's ("a hardware purchase
# agreement with Bitmain for bitcoin miners")
_MINING_GEAR = Folded(
    r"\b(?:miners|mining\s+(?:rigs|machines|hardware|equipment)|ASICs?|Bitmain|MicroBT|Canaan|"
    r"Antminers?|Whatsminers?)\b"
)
# The company on the supplying side: "a GPU supply agreement with a cloud customer worth $92
# million" is revenue, not hardware bought
_SOLD_TO = Folded(r"\b(?:customers?|clients?|tenants?|lessees?|revenues?)\b")
_HARDWARE_AFTER = Folded(
    r"[^.;$]{0,60}?\b(?:GPUs?|servers?|hardware|equipment|chips|accelerators|[HB][12]00s?|"
    r"B300s?|GB[23]00s?|Blackwell\w*)\b"
)
_BOUGHT_AFTER = Folded(r"\s+(?:with\s+[^.;$]{0,30}?\s)?(?:to\s+(?:buy|purchase|acquire)|for\s+)")
# The agreement as the subject that brings the company its goods: "the fully funded, binding
# agreement worth US$128 million will provide all critical IT equipment and building materials"
# (hardware and construction bought, README decided case 43)
_PROVIDES_GOODS_AFTER = Folded(
    r"\s+(?:will|shall|would)\s+(?:provide|supply|deliver|furnish)\s+(?:all\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:equipment|hardware|GPUs|servers|(?:building\s+)?materials)\b"
)
# The other party of a deal is a supplier of the build's equipment: "a … provider of critical
# data center infrastructure", "a multinational provider supplying critical IT equipment", "a
# major data center infrastructure provider" (not an "AI infrastructure provider", a tenant).
_SUPPLIER = (
    # ("a publicly traded U.S. infrastructure provider": a country's abbreviation among them)
    r"(?:an?\s+|the\s+)?(?:(?:[\w.-]+\s+){0,5}?(?<!AI\s)(?<!HPC\s)(?<!cloud\s)(?:infrastructure|"
    r"equipment|hardware|server)\s+(?:providers?|suppliers?|vendors?|manufacturers?|makers?)\b|"
    r"(?:[\w-]+\s+){0,7}?(?:providers?|suppliers?|vendors?|manufacturers?|makers?)\s+(?:of|"
    r"supplying|providing)\s+(?:[\w-]+\s+){0,3}?(?:infrastructure|equipment|hardware|GPUs?|"
    r"servers?)\b)"
)
# "a fully funded $128 million agreement with a … provider of critical data center
# infrastructure", "a US$128 million fully funded, binding agreement with a multinational
# provider supplying critical IT equipment": the money buys the build's equipment.
_SUPPLIER_DEAL_AFTER = Folded(
    r"\s+(?:[\w-]+,?\s+){0,3}?(?:agreements?|contracts?|deals?|orders?)\s+with\s+" + _SUPPLIER
)
# "an 18 MW facility … for Nvidia GB300 GPUs …, backed by a $128 million binding supply deal":
# a deal for supplies, the build's equipment named before it (not a "power supply" deal: the
# words between the amount and "supply" are a deal's adjectives only)
_SUPPLY_DEAL_AFTER = Folded(
    r"\s+(?:(?:binding|definitive|firm|fully[- ]funded|new|equipment|hardware|GPU|server)"
    r",?\s+){0,3}supply\s+(?:agreements?|contracts?|deals?|orders?)\b"
)
# "a binding contract worth $128 million with a major multinational data center
# infrastructure provider": the supplier after the worth
_WITH_SUPPLIER_AFTER = Folded(r"\s+with\s+" + _SUPPLIER)


def has_ai_context(text: str) -> bool:
    """Does `text` talk about AI / HPC / GPUs / data centres?"""
    return bool(_AI_HINTS.search(text.lower()) and _NAMES_AI.search(text))


def extract(segment: Segment, ctx: DocContext) -> list[Extracted]:
    """AI build-out observations stated in one sentence."""
    found = _extract(segment, ctx)
    found.extend(tenant_capacity(segment, ctx, found))  # "a lease with a hyperscaler for 200 MW"
    found.extend(deal_total(segment, ctx, found))  # "This move bumps the total capacity to 600MW"
    found = without_award_terms(segment.text, found)  # "Vesting requires … lease for 200+ MW"
    if found and ctx.text is not None and (is_mining_only(ctx.text) or mines_with_gpus(ctx.text)):
        return []  # "spending $7 million on data centers" in a story naming only mining
    if (
        any(item.metric == AI_CAPEX for item in found)
        and _COST_ESTIMATE.search(segment.text)
        and ctx.text
        and names_no_ai(ctx.text)
    ):
        # "construction alone is expected to cost $7.5 billion" of a "data center" no word of
        # the story ties to AI: a project's estimated cost (`ai_mining_sites.names_no_ai`)
        return [item for item in found if item.metric != AI_CAPEX]
    return found


# A project's cost told as an estimate ("is expected to cost $7.5 billion", "would cost"), not
# the company's spending or investment plan.
_COST_ESTIMATE = Folded(
    r"\b(?:(?:expected|estimated|projected|slated|likely|set)\s+to\s+cost|(?:would|will|could)\s+"
    r"cost)\b"
)


def _extract(segment: Segment, ctx: DocContext) -> list[Extracted]:
    text = segment.text
    lower = lowered(text)
    if not opens(_AI_HINTS, lower) or not _NAMES_AI.search(text):
        # In a release about an AI/HPC build-out, spending on its sites needs no AI word, nor
        # does a data centre's IT load ("75MW gross (50MW IT load)") or a lease's capacity.
        # So does a sentence of a paragraph about it ("… signed a lease with Fluidstack for AI
        # workloads. The lease covers 168 MW of critical IT load.").
        found: list[Extracted] = []
        paragraph = not ctx.ai_document and _in_ai_paragraph(ctx, segment)
        if not (ctx.ai_document or paragraph):
            # "Bit Digital purchased a facility … and will spend $40 million to upgrade it. It
            # will construct AI and HPC data centers there": a site bought, its AI use told next
            # (the site's own price is no capex: `_SITE_PRICE_BEFORE`, decided case 43)
            if may_hold_money(lower) and _SITE_BOUGHT.search(text) and _ai_next(ctx, segment):
                found.extend(_capex(segment, ctx, lower))
            if opens(DEAL_WORDS, lower):  # (the gate asked here: most sentences, no call)
                found.extend(_deal_told_next(segment, ctx, lower))
            return found
        if may_hold_money(lower):
            found.extend(_capex(segment, ctx, lower))
        if opens(_POWER_HINTS, lower) and not after_mining_sentence(ctx, segment, has_ai_context):
            found.extend(capacity(segment, ctx, ai_sentence=False, ai_paragraph=paragraph))
        told_next = _deal_told_next(segment, ctx, lower) if opens(DEAL_WORDS, lower) else []
        if told_next:
            found.extend(told_next)
        elif opens(_DATA_CENTRE_EVENT_HINTS, lower):
            found.extend(milestones(segment, ctx, ai_sentence=False))
        return found
    found = list(milestones(segment, ctx))
    if opens(_POWER_HINTS, lower) and not weak_after_mining(ctx, segment, has_ai_context):
        found.extend(capacity(segment, ctx, ai_sentence=True))
    if may_hold_money(lower):
        found.extend(_capex(segment, ctx, lower))
    return found


def _deal_told_next(segment: Segment, ctx: DocContext, lower: str) -> list[Extracted]:
    """ "… inked a deal with Microsoft. Not for Bitcoin mining, but to provide GPU cloud
    services for AI workloads.": the deal's milestone, its AI use told next."""
    if not ai_deal_told_next(ctx, segment, lower, has_ai_context):
        return []
    return list(milestones(segment, ctx))


_SITE_BOUGHT = Folded(
    r"\b(?:purchas\w*|acquir\w*|bought|buy\w*)\s+(?:[\w-]+\s+){0,3}?(?:site|facility|building|"
    r"data\s+cent(?:er|re)|campus|property)\b"
)
_NEXT_REACH = 250


def _ai_next(ctx: DocContext, segment: Segment) -> bool:
    """Does the sentence right after `segment`, in its paragraph, talk about AI / HPC?"""
    if not ctx.text:
        return False
    return has_ai_context(sentence_after(ctx.text, segment.end, _NEXT_REACH))


def _in_ai_paragraph(ctx: DocContext, segment: Segment) -> bool:
    """Do the sentences before `segment`, in its paragraph, talk about AI / HPC?"""
    if not ctx.text:
        return False
    start = max(0, segment.start - _PARAGRAPH_REACH)
    head = ctx.text[start : segment.start]
    cut = head.rfind("\n\n") + 1
    head = head[cut:]
    if not head.strip():
        return False
    # (the hint words looked up where they stand in the document: no scan of the window)
    hinted = window_opens(_AI_HINTS, ctx.text, start + cut, segment.start)
    if hinted is None:
        return has_ai_context(head)
    return hinted and bool(_NAMES_AI.search(head))


def _capex(segment: Segment, ctx: DocContext, lower: str) -> Iterator[Extracted]:
    """The AI capex amounts of `segment` (`lower`: its text's lowercase, passed down so that
    each amount's questions do not lower the sentence again)."""
    text = segment.text
    if not reads_capex(text, lower):
        return  # no spending cue's words (`ai_needs`): no amount of it is capex
    monies = ctx.monies(segment)
    for index, money in enumerate(monies):
        if not _is_capex(text, money, lower) or _is_company_capex(text, money, lower):
            continue
        if _is_not_the_companys_spend(segment, money, ctx):
            continue
        # "… GPUs for $43.9m, with delivery expected during 4Q 2024": the spend is dated by
        # the purchase, not by the delivery clause that follows.
        follow = _WITH_CLAUSE.search(text, money.end) or _SCHEDULE_AFTER.search(text, money.end)
        limit = follow.start() if follow else None
        period = spend_period(ctx, segment, money.start, money.end, limit)
        if is_recalled(ctx, period):
            continue  # "originally purchased the property in 2021 for $15 million": background
        yield from money_observations(segment, AI_CAPEX, money, monies[index + 1 :], period)


def _is_not_the_companys_spend(segment: Segment, money: Money, ctx: DocContext) -> bool:
    """An amount that is financing, another party's or the world's money, a benefit, an
    option, background, a total to date: not the company's build-out spend of the period."""
    text = segment.text
    if is_financing(text, money.start, money.end, ctx.text, ctx.entity):
        return True  # "earmarked $460 million to repurchase stock": not spent on the build
    if is_not_build_spend(text, money.start, money.end, ctx.text):
        return True  # a site "suited for either HPC or mining" bought; a CIP balance
    if is_peer_figure(text, money.start, ctx.entity) or guards.is_aggregate(text, money.start):
        return True
    if _WORLD_SPEND.search(text, max(0, money.start - _WORLD_REACH), money.start):
        return True  # "a world spending north of $700 billion annually on AI infrastructure"
    if possessed_by_other(text, money.start, ctx.entity):
        return True  # "Tether's indirect $420 million investment in AI chips": another's money
    if is_projected_benefit(text, money.start) or is_enabled_by_other(
        text, money.start, ctx.entity
    ):
        return True  # "economic benefits …, including a planned investment of over $1 billion"
    if is_counterparty_figure(text, money.start) or is_hedged(text, money.start):
        return True
    if bought_by_other(text, money.start, money.end, ctx.entity):
        return True  # "Microsoft bought GPUs valued at $300 million, hosted by IREN"
    if _is_option(text, money.start):
        return True  # "with an option for Macquarie to invest an additional $4.1 billion"
    if is_background(text, money.start, segment.start):
        return True  # "Prior to this deal, IREN had already committed $674 million"
    if is_told_again(text, money.start):
        return True  # "As announced in July 2023, … for a purchase price of EUR 400 million"
    if guards.is_cumulative(text, money.start, money.end):
        return True  # "has spent $310 million on the HPC build to date": not a period's spend
    # "the JV partner committed $200 million", "could invest $2 billion"
    return is_third_party_sentence(text, money.start, ctx.entity)


# An option to spend is no spend (not done, decided case 6; options are not labelled, case 30):
# "with an option for Macquarie Asset Management to invest an additional $4.1 billion in future
# projects", "holds an option to acquire the site for $40 million".
_OPTION_BEFORE = Folded(
    r"\boptions?\s+(?:for\s+[^.;$]{1,50}?\s+)?to\s+(?:invest|spend|fund|commit|acquire|buy|"
    r"purchase)\b[^.;$]{0,30}$"
)
_OPTION_REACH = 130
# An option exercised is spending done: "has exercised its option to acquire 2,400 NVIDIA GPUs
# for $100 million"
_EXERCISED_BEFORE = Folded(r"\bexercis\w*\s+(?:[\w-]+\s+){0,3}?$")


def _is_option(text: str, start: int) -> bool:
    """Is the amount at `start` of `text` an option's, not exercised, to spend?"""
    option = _OPTION_BEFORE.search(text, max(0, start - _OPTION_REACH), start)
    if option is None:
        return False
    return not _EXERCISED_BEFORE.search(text, max(0, option.start() - 40), option.start())


# Spending by the world, an industry or Big Tech at large, not by the company: "in a world
# spending north of $700 billion annually on AI infrastructure", "hyperscalers are expected to
# invest $400 billion", "global AI capex of $1 trillion".
_WORLD_SPEND = Folded(
    r"\b(?:world|globe|global(?:ly)?|worldwide|industry(?:[- ]wide)?|hyperscalers|big\s+tech|"
    r"tech\s+giants|sector)\b[^.;$]{0,40}?\b(?:spend\w*|invest\w*|capex|capital\s+"
    r"(?:expenditures?|spending)|outlays?)\b[^.;$]{0,25}$"
)
_WORLD_REACH = 90


def _is_company_capex(text: str, money: Money, lower: str) -> bool:
    if not opens(_CAPEX_HINTS, lower):
        return False
    return bool(
        _COMPANY_CAPEX.match(text, 0, money.start)
        and not _FUNDED_AFTER.match(text, money.end)
        and not _AI_PURPOSE_AFTER.match(text, money.end)
    )


# "Digihost plans to finance the $440 million project primarily through debt", "to fund the
# $200 million build-out": the project financed is named by its cost.
_FINANCE_THE = Folded(r"\b(?:financ|fund)\w*\s+(?:the|its|this|a|an)\s+(?:estimated\s+)?$")
_PROJECT_AFTER = Folded(
    r"\s+(?:(?:AI|HPC|data\s+cent(?:er|re)|expansion|conversion|construction)\s+)?"
    r"(?:project|build-?out|development|expansion|conversion|facility)\b"
)


def _is_financed_project(text: str, end: int, before: str) -> bool:
    return bool(_FINANCE_THE.search(before[-40:]) and _PROJECT_AFTER.match(text, end))


def _is_funded_share(text: str, end: int, before: str) -> bool:
    return bool(_FUNDED_AFTER.match(text, end) and _CAPEX_BEFORE.search(before))


# "will see HIVE host $100 million in Nvidia chips": hardware hosted for a client is the
# client's spend, not the host's.
_HOSTED_BEFORE = Folded(
    r"\b(?:host|hosts|hosted|hosting|house|houses|housing)\s+(?:approximately\s+|about\s+|"
    r"over\s+|more\s+than\s+|up\s+to\s+)?$"
)


# "sold 2,201 Bitcoins, generating approximately $200 million in capital", "raising $50 million
# in capital for the AI push": money brought in is a source of funds, not spending.
_BROUGHT_IN_BEFORE = Folded(
    r"\b(?:generat(?:e|es|ed|ing)|rais(?:e|es|ed|ing)|bring(?:s|ing)?\s+in|brought\s+in|"
    # (any hedge: "generating ~$200 million in capital")
    rf"nett(?:ed|ing)|fetch(?:ed|ing))\s+{APPROX}$"
)


# "plans to allocate $60 million for capped call transaction costs, $115 million for share
# repurchases": money set aside for a purpose the amount names, which is not a build-out.
_OTHER_PURPOSE_AFTER = Folded(
    # ("allocated $201.3 million to capped call transactions": the purpose right after "to")
    r"\s+(?:for|to(?:\s+(?:fund|pay|cover|repay))?)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:capped[- ]calls?|share\s+(?:repurchases?|buybacks?)|buybacks?|repurchases?|"
    r"general\s+corporate|working\s+capital|dividends?|interest\s+payments?)\b"
)

# "invested $300 million in short-term investments": money put where it is held (a balance
# sheet's investments), not spent on a build
_HELD_AFTER = Folded(
    r"\s+(?:in|into)\s+(?:[\w-]+\s+){0,2}?(?:(?:short|long)[- ]term\s+investments?|"
    r"marketable\s+securities|cash\s+equivalents|treasury\s+(?:bills|notes|securities))\b"
)


# "The momentum follows IREN's $674 million purchase of advanced NVIDIA GPUs": an earlier
# purchase recalled as the news's background (decided case 1)
_FOLLOWS_BEFORE = Folded(
    r"\b(?:follows|followed|following|comes\s+after|came\s+after|builds\s+on|built\s+on|"
    r"on\s+the\s+heels\s+of)\s+(?:[\w'’.-]+\s+){0,3}?(?:an?\s+|the\s+|its\s+|\w+['’]s\s+)?$"
)


_SIZE_AFTER = Folded(r"\s+\d[\d,.]*[\s-]*(?:MW|megawatts?)\b")
# "a new £94 million ($118 million) investment strategy": an amount glossed in another
# currency, the spending noun after the gloss
_GLOSS_AFTER = re.compile(r"\s*\([^()]{1,40}\)|\s*\)")


def _spend_after(text: str, end: int) -> bool:
    """Does a spending noun follow the amount, or the currency gloss right after it?"""
    if (
        _SPEND_AFTER.match(text, end)
        or _SUPPLIER_DEAL_AFTER.match(text, end)
        or _SUPPLY_DEAL_AFTER.match(text, end)
        or is_vendor_deal(text, end)  # "$5.8 billion GPU deal with Dell Technologies"
    ):
        return True
    if text.startswith(",", end) and _SIZE_AFTER.match(text, end + 1):
        return bool(_SPEND_AFTER.match(text, end + 1))  # "$3.5 billion, 320-megawatt AI …"
    gloss = _GLOSS_AFTER.match(text, end)
    return gloss is not None and bool(_SPEND_AFTER.match(text, gloss.end()))


def _is_capex(text: str, money: Money, lower: str | None = None) -> bool:
    """Is the amount spending on the AI build-out (`lower`: the sentence's lowercase, when
    the caller has it)?"""
    before = text[max(0, money.start - 160) : money.start]
    words = Stretch(_CAPEX_SCREEN, before, text)  # (its patterns screened on the sentence)
    end = money.end
    if _is_not_spending(text, money, words):
        return False
    purchase_hinted = _PURCHASE_HINTS.found(before.lower())
    if purchase_hinted and words.search(_SITE_PRICE_BEFORE):
        return False  # "bought a property … for $12 million to build an AI data center"
    if opens(_MINING_HINTS, lower or lowered(text)) and _ON_MINING.match(text, end):
        return False  # mining capex or a non-AI site's, in an AI release too
    worth = words.search(_AGREEMENT_WORTH, 90)
    if worth is not None:
        return _is_hardware_bought(text, end, worth)
    cue = _spend_cue(text, money, words, purchase_hinted)
    return cue is not None and _is_capex_clause(words, cue)


def _is_not_spending(text: str, money: Money, words: Stretch) -> bool:
    """A follow-on, per-unit or range figure, hosting revenue, another purpose, equity put in
    a company, or a site's price: money that is not the build-out's spending."""
    end = money.end
    if words.search(_FOLLOWS_BEFORE, 60):
        return True
    if guards.is_per_unit(text, end) or _RANGE_AFTER.match(text, end):
        return True
    if words.search(_RANGE_BEFORE) or ranges.is_range_end(text, money.start, end):
        return True  # the upper end of a range, or either end of a framed one
    if words.search(_HOSTED_BEFORE, 40) or words.search(_BROUGHT_IN_BEFORE, 40):
        return True
    if _OTHER_PURPOSE_AFTER.match(text, end) or _HELD_AFTER.match(text, end):
        return True  # "allocate $60 million for capped call transaction costs"
    if _INTO_COMPANY.match(text, end) or _COMPANY_BOUGHT_AFTER.match(text, end):
        return True  # "SoftBank invests $50 million in Cipher Mining": equity, not capex
    # "spent $30 million to buy a data center": an acquisition's price
    return bool(_SITE_BOUGHT_AFTER.match(text, end))


def _is_hardware_bought(text: str, end: int, worth: re.Match[str]) -> bool:
    """An agreement's worth: the agreement's kind, or what the money buys, tells hardware
    bought from a contract."""
    if _WITH_SUPPLIER_AFTER.match(text, end):
        return True
    if worth["goods"] and not _MINING_GEAR.search(text) and not _SOLD_TO.search(text):
        return True  # "a hardware procurement agreement …, valued at $1.6 billion"
    if _PROVIDES_GOODS_AFTER.match(text, end) and not _SOLD_TO.search(text):
        return True  # "the agreement worth US$128 million will provide all IT equipment"
    bought = worth["kind"] or _BOUGHT_AFTER.match(text, end)
    return bool(bought and _HARDWARE_AFTER.match(text, end))


def _spend_cue(text: str, money: Money, words: Stretch, purchase_hinted: bool) -> int | None:
    """Where in the words before the amount (`words`) the spending verb that governs it
    starts (their length when the spending is told after the amount); None when nothing
    tells spending."""
    end, before = money.end, words.text
    near = before[-90:]
    spend = words.search_in(_SPEND_BEFORE, near)
    if spend is None and "suppl" in near and not _SELLER_SIDE.search(text):
        # "with Dell supplying the hardware for $5.8 billion"
        spend = words.search_in(_SUPPLIED_FOR, near)
    cue = len(before) - len(near) + spend.start() if spend else None
    paid = words.search_in(_PAID_BEFORE, near) if spend is None else None
    if paid is not None and _FOR_OBJECT_AFTER.match(text, end):
        cue = len(before) - len(near) + paid.start()
    elif spend is None and purchase_hinted:
        purchase = words.search(_PURCHASE_BEFORE)
        cue = purchase.start() if purchase else None
    if cue is not None:
        return cue
    if (
        _spend_after(text, end)
        or _is_funded_share(text, end, before)
        or _is_financed_project(text, end, before)
        or is_hardware_order(text, money.start, end)
    ):
        return len(before)
    return None


def _is_capex_clause(words: Stretch, cue: int) -> bool:
    """The clause the spending verb opens says nothing that makes the amount no capex."""
    before, lead = words.text, max(0, cue - _CUE_LEAD)
    verb = _BOUGHT_RIGHT_BEFORE.search(before, lead)
    if verb is not None and verb.end() == len(before):
        lead = verb.start()  # "…, in which X acquired a majority stake in July, bought 400
        # million euros …": the buying verb opens the amount's clause; what is before is not it
    if _COORDINATED_BEFORE.search(before, lead, cue):
        lead = cue  # "holds $300 million in short-term investments and spent $200 million on
        # AI capex": a verb joined by "and" opens its own clause; the words before are another's
    if _NOT_CAPEX.found(before, lead):
        return False
    # "acquired a 55-acre property in the town of Bloomer … at a cost of $0.65 million": land
    # bought, its cost named after a long stretch (still not the build-out)
    return not words.search(_LAND_BOUGHT)


# "…, with Dell supplying the necessary hardware for $5.8 billion", "with Supermicro to supply the
# servers … for about $900 million": a vendor supplying the company's AI hardware for a sum is
# the company's purchase (not "Acme will supply the hardware for $400 million to a customer":
# the company selling).
_SUPPLIED_FOR = re.compile(
    r"\bwith\s+(?:[A-Z][\w&.-]*\s+){1,3}(?:supplying|to\s+supply|providing|to\s+provide)\s+"
    r"(?:[\w-]+\s+){0,5}?(?i:hardware|GPUs|servers|equipment|systems|chips|accelerators)\b"
    rf"[^.;$]{{0,40}}?\bfor\s+{APPROX}$"
)
# The sentence names the other party a customer: "signed a five-year deal with Microsoft to supply
# NVIDIA GB300 GPUs for $9.7 billion, making the hyperscaler its largest customer" (the company
# is the supplier; the sum is its revenue, not a purchase).
_SELLER_SIDE = Folded(r"\b(?:customers?|clients?|tenants?|lessees?|revenues?|hyperscalers?)\b")


# A buying verb right before the amount: "bought some 400 million euros ($427 million) worth of
# Nvidia GPUs" (the verb's clause holds the amount).
_BOUGHT_RIGHT_BEFORE = Folded(
    r"\b(?:bought|purchased|ordered)\s+(?:(?:some|about|approximately|roughly|nearly|"
    r"around|over)\s+)?$"
)


_LAND_BOUGHT = Folded(
    r"\b(?:acquir\w*|purchas\w*|bought|buy\w*)\s+(?:[\w,.-]+\s+){0,3}?(?:\d[\d,.]*[- ]acres?|"
    r"acres?|land|parcels?|real\s+estate)\b"
)


# The patterns `_is_capex` asks of the words before an amount, asked of its whole sentence in
# one RE2 pass (`sentence_screen.Stretch`): one that matches nowhere in the sentence matches in
# no stretch of it, and is not searched. (None opens with "^".)
_CAPEX_SCREEN = SentenceScreen(
    [
        _AGREEMENT_WORTH, _BROUGHT_IN_BEFORE, _FOLLOWS_BEFORE, _HOSTED_BEFORE, _LAND_BOUGHT,
        _PAID_BEFORE, _PURCHASE_BEFORE, _RANGE_BEFORE, _SITE_PRICE_BEFORE, _SPEND_BEFORE,
        _SUPPLIED_FOR,
    ]
)  # fmt: skip
