"""Holdout AI/HPC misses of the twenty-seventh session (issue 16), one class per test, from the
real cases' shapes with variants and near misses.

- a lease's MW the passage states as gross elsewhere ("300 MW gross to AWS") is gross wherever
  it is told without the word (README decided case 44);
- a tenant's running total in a page's flattened bullets: the tenants of the total's own
  sentence decide whose total it is, not every name of the segment (decided case 38);
- non-English deals: a deal told as the precedent of the news ("繼上個月與…達成協議後") and a
  contract the sentence dates months before publication ("En agosto, … firmó …" in November)
  are background (decided case 1); "敲定了…協議" and "Vereinbarung … getroffen" are signed;
- Japanese and Chinese copy of AI hardware bought at a price ("チップや関連機器を58億ドルで購入",
  "斥資約58億美元，向Dell採購所需的GPU") is capex (decided case 43); a contract's value is not;
- a deal's scope told by a participle ("a … lease agreement with CoreWeave, granting access to an
  additional 260 MW") or a venture with its term ("announce a … 25-year venture to build a 168
  MW AI compute facility") is contracted capacity and, for the venture, a contract signed
  (decided case 39); a recently announced venture's facility is background;
- capex guided for a build is not dated by when the build is brought online;
- contracted or leased capacity needs an AI word, data centre, deal or tenant in its own
  sentence (decided case 30).
"""

from __future__ import annotations

import pytest

from tests.extract.must_checks import Must, MustNot, assert_must, found_items

_GROSS: list[tuple[str, Must, MustNot]] = [
    (
        "Cipher Mining secured a $5.5B 15-year AWS HPC lease for 300 MW, accelerating its shift "
        "to high-performance computing.\n\nGuidance:\n\n"
        "  • Deliver 300 MW gross to AWS in two phases beginning July 2026.",
        [("ai_milestone", None, "2025-11")],
        [("ai_capacity_mw", 300)],
    ),
    (
        "Cipher Mining signed a 15-year HPC lease with AWS for 300 MW at its Texas site. The "
        "company will deliver 300 megawatts of gross capacity to AWS in 2026.",
        [],
        [("ai_capacity_mw", 300)],
    ),
    # near misses: gross told of another figure, or never told: the lease's MW stay
    (
        "Cipher Mining secured a $5.5B 15-year AWS HPC lease for 300 MW, accelerating its shift "
        "to high-performance computing. The Barber Lake site adds 56 MW of gross capacity.",
        [("ai_capacity_mw", 300, "2025-11")],
        [],
    ),
    (
        "Cipher Mining secured a $5.5B 15-year AWS HPC lease for 300 MW, accelerating its shift "
        "to high-performance computing.",
        [("ai_capacity_mw", 300, "2025-11")],
        [],
    ),
]


@pytest.mark.parametrize(("text", "must", "must_not"), _GROSS)
def test_a_lease_told_gross_elsewhere_is_gross(text: str, must: Must, must_not: MustNot) -> None:
    assert_must(found_items(text, "CIFR", "2025-11-03"), must, must_not)


_BULLETS = (
    "Core Insights - Google has increased its financial commitment to TeraWulf, raising its "
    "backstop to $3.2 billion [2] Capacity Expansion - The new CB-5 lease adds an incremental "
    "160 MW of critical IT load for Fluidstack at the Lake Mariner data center [1] - The total "
    "contracted critical IT load for Fluidstack at Lake Mariner now stands at approximately "
    "{total} MW, solidifying its status as a large HPC campus [4]\n"
    "TeraWulf Announces Fluidstack Expansion with 160 MW CB-5 Lease at Lake Mariner"
)
_TENANT_TOTALS: list[tuple[str, Must, MustNot]] = [
    (_BULLETS.format(total=360), [("ai_capacity_mw", 160, "2025-08")], [("ai_capacity_mw", 360)]),
    (_BULLETS.format(total=400), [("ai_capacity_mw", 160, "2025-08")], [("ai_capacity_mw", 400)]),
    # near miss: the company's total across tenants, told alone, stays a level
    (
        "Core Insights - Google has increased its backstop to $3.2 billion [2] - TeraWulf's "
        "contracted critical IT load with Fluidstack and Core42 now stands at approximately "
        "360 MW [4]",
        [("ai_capacity_mw", 360, "2025-08")],
        [],
    ),
]


@pytest.mark.parametrize(("text", "must", "must_not"), _TENANT_TOTALS)
def test_a_tenant_total_in_flattened_bullets_is_a_running_total(
    text: str, must: Must, must_not: MustNot
) -> None:
    assert_must(found_items(text, "WULF", "2025-08-18"), must, must_not)


_ZH_STORY = (
    "微軟稍早宣布，已經與澳洲基礎設施營運商IREN簽署一份價值高達97億美元、為期五年的合約，將確保更多的"
    "AI雲端運算能力。\n\n{sentence}\n\n根據協議，此合約將讓微軟取得採用NVIDIA GB300 GPU所建構的運算"
    "基礎設施。"
)
_NON_ENGLISH_DEALS: list[tuple[str, str, str, Must, MustNot]] = [
    (
        _ZH_STORY.format(
            sentence="此舉是微軟繼上個月與雲端新創業者Nscale達成協議後，再次為確保AI基礎設施所進行的大規模採購。"
        ),
        "IREN",
        "2025-11-04",
        [("ai_milestone", None, "2025-11")],
        [],
    ),
    (
        "在本季度結束後不久，Hut 8在GPU即服務模式下敲定了新的AI垂直行業的商業協議，"
        "其中包括一項客户協議。我們預計收入將增長。",
        "HUT",
        "2024-05-15",
        [("ai_milestone", None, "2024-05")],
        [],
    ),
    (
        "TeraWulf tiene como objetivo crecer en HPC. En agosto, TeraWulf firmó dos contratos de "
        "arrendamiento de HPC con Fluidstack, totalizando 360 MW. Estos contratos introdujeron el "
        "respaldo de Google para la empresa.",
        "WULF",
        "2025-09-10",
        [("ai_milestone", None, "2025-08")],
        [],
    ),
    (
        "Die Aktie von IREN stieg am Montag. Microsoft hat eine Vereinbarung über 9,7 Milliarden "
        "US-Dollar mit dem australischen Unternehmen IREN getroffen, um KI-Cloud-Computing-"
        "Leistung zu erwerben. Die Vereinbarung beinhaltet eine Vorauszahlung von 20 %.",
        "IREN",
        "2025-11-03",
        [("ai_milestone", None, "2025-11")],
        [],
    ),
]
_NOT_THE_DEAL: list[tuple[str, str, str, MustNot]] = [
    # the precedent of the news: Microsoft's earlier deal with another cloud
    (
        "澳洲基礎設施營運商IREN的股價週二上漲。"
        "此舉是微軟繼上個月與雲端新創業者Nscale達成協議後，再次為確保AI基礎設施所進行的大規模採購。",
        "IREN",
        "2025-11-04",
        [("ai_milestone", None)],
    ),
    # a column of November recalls August's contracts
    (
        "TeraWulf tiene como objetivo crecer en HPC. En agosto, TeraWulf firmó dos contratos de "
        "arrendamiento de HPC con Fluidstack, totalizando 360 MW. Estos contratos introdujeron el "
        "respaldo de Google para la empresa.",
        "WULF",
        "2025-11-15",
        [("ai_milestone", None)],
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "must", "must_not"), _NON_ENGLISH_DEALS)
def test_a_non_english_contract_signed(
    text: str, entity: str, published: str, must: Must, must_not: MustNot
) -> None:
    assert_must(found_items(text, entity, published), must, must_not)


@pytest.mark.parametrize(("text", "entity", "published", "must_not"), _NOT_THE_DEAL)
def test_a_non_english_deal_told_as_background(
    text: str, entity: str, published: str, must_not: MustNot
) -> None:
    assert_must(found_items(text, entity, published), [], must_not)


_JA_STORY = (
    "2025年11月3日、米マイクロソフトは、オーストラリアのIRENと約97億ドル規模でAIクラウドの計算能力を"
    "購入する契約を結んだ。{sentence}IRENのCEOは年間約19億4000万ドルの収益が見込めると述べている。"
)
_CJK_CAPEX: list[tuple[str, Must, MustNot]] = [
    (
        _JA_STORY.format(
            sentence="IRENは同時に、デル・テクノロジーズから必要なチップや関連機器を58億ドルで購入する"
            "取り引きにも合意した。"
        ),
        [("ai_capex_usd", 5_800_000_000, "2025-11")],
        [("ai_capex_usd", 9_700_000_000)],
    ),
    (
        _ZH_STORY.format(
            sentence="為此，IREN也表示將另外斥資約58億美元，向Dell採購所需的GPU與相關設備。"
        ),
        [("ai_capex_usd", 5_800_000_000, "2025-11")],
        [("ai_capex_usd", 9_700_000_000)],
    ),
    # near misses: mining gear bought, a purchase only planned, a contract's value, no chips
    (
        _JA_STORY.format(sentence="IRENは同時に、マイニング機器とチップを5800万ドルで購入した。"),
        [],
        [("ai_capex_usd", None)],
    ),
    (
        _ZH_STORY.format(sentence="IREN計劃斥資約58億美元，向Dell採購所需的GPU與相關設備。"),
        [],
        [("ai_capex_usd", None)],
    ),
    (
        _JA_STORY.format(sentence="契約はエヌビディアのチップを基盤とする。"),
        [],
        [("ai_capex_usd", None)],
    ),
    (
        _ZH_STORY.format(sentence="IREN也表示將另外斥資約58億美元擴建德州的園區。"),
        [],
        [("ai_capex_usd", None)],
    ),
]


@pytest.mark.parametrize(("text", "must", "must_not"), _CJK_CAPEX)
def test_cjk_ai_hardware_bought_at_a_price_is_capex(
    text: str, must: Must, must_not: MustNot
) -> None:
    assert_must(found_items(text, "IREN", "2025-11-04"), must, must_not)


_DEAL_SCOPES: list[tuple[str, Must, MustNot]] = [
    # what a lease grants, told in a participle after it (an increment the deal contracts)
    (
        "The Helios campus has seen significant progress, including a second-phase lease "
        "agreement with CoreWeave, granting access to an additional 260 MW of critical IT load.",
        [("ai_capacity_mw", 260, "2025-08")],
        [],
    ),
    (
        "The campus added a lease agreement with CoreWeave, giving it an additional 120 MW of "
        "critical IT load.",
        [("ai_capacity_mw", 120, "2025-08")],
        [],
    ),
    # a venture with the AI tenant, its term told: signed, and the facility is its scope
    (
        "TeraWulf and Fluidstack announce a $9.5 billion, 25-year venture to build a 168 MW AI "
        "compute facility in Texas, diversifying TeraWulf's operations.",
        [("ai_capacity_mw", 168, "2025-08"), ("ai_milestone", None, "2025-08")],
        [],
    ),
    (
        "TeraWulf announced a joint venture with Fluidstack to build a 168 MW AI compute "
        "facility in Texas.",
        [("ai_capacity_mw", 168, "2025-08"), ("ai_milestone", None, "2025-08")],
        [],
    ),
    # near misses: a lease that may come, a venture only planned, plans for a facility
    (
        "The Helios campus may see a second-phase lease agreement with CoreWeave, granting "
        "access to an additional 260 MW of critical IT load.",
        [],
        [("ai_capacity_mw", 260)],
    ),
    (
        "TeraWulf plans to announce a 25-year venture to build a 168 MW AI compute facility.",
        [],
        [("ai_capacity_mw", None), ("ai_milestone", None)],
    ),
    (
        "TeraWulf and Fluidstack announce plans for a 168 MW AI compute facility in Texas.",
        [],
        [("ai_capacity_mw", None), ("ai_milestone", None)],
    ),
    # the venture announced before this news: its facility is background (decided case 1)
    (
        "The move is likely part of a recently announced $9.5 billion joint venture with cloud "
        "compute firm Fluidstack for both firms to build out a 168-megawatt data center at "
        "TeraWulf's Texas campus.",
        [],
        [("ai_capacity_mw", None)],
    ),
]


@pytest.mark.parametrize(("text", "must", "must_not"), _DEAL_SCOPES)
def test_a_deal_scope_told_by_participle_or_venture(
    text: str, must: Must, must_not: MustNot
) -> None:
    assert_must(found_items(text, "WULF", "2025-08-16"), must, must_not)


_BUILD_OPENS: list[tuple[str, Must, MustNot]] = [
    # the money a build needs is guided now; "by the end of Q2 next year" is when it opens
    (
        "According to Bit Digital, Enovum has a development pipeline of 288 megawatts for its "
        "HPC data center business, with plans to bring an additional 8 MW online by the end of "
        "Q2 next year, requiring $50 million in capital investment.",
        [("ai_capex_usd", 50_000_000, "2024-10")],
        [("ai_capacity_mw", 288)],  # (a development pipeline is potential, decided case 30)
    ),
    (
        "The HPC data center business plans to bring a further 12 MW live by March 2025, "
        "requiring capital investment of $75 million.",
        [("ai_capex_usd", 75_000_000, "2024-10")],
        [],
    ),
    # near miss: a spend the sentence dates itself in the past keeps its month
    (
        "In September, the HPC data center business brought 8 MW online, with capital "
        "investment of $50 million.",
        [("ai_capex_usd", 50_000_000, "2024-09")],
        [],
    ),
]


@pytest.mark.parametrize(("text", "must", "must_not"), _BUILD_OPENS)
def test_capex_is_not_dated_by_when_the_build_opens(
    text: str, must: Must, must_not: MustNot
) -> None:
    assert_must(found_items(text, "BTBT", "2024-10-14"), must, must_not)


_HPC_RELEASE = (
    "Applied Digital is constructing a 5-megawatt facility to host high-performance computing "
    "applications.\n\nApplied Digital has facilities near Jamestown and Ellendale. {sentence}"
)
_CONTRACTED_TIES: list[tuple[str, Must, MustNot]] = [
    # contracted capacity with no AI word, data centre or tenant of its own (decided case 30)
    (
        _HPC_RELEASE.format(
            sentence="The total contracted capacity for Applied Digital is nearly 500 megawatts."
        ),
        [("ai_capacity_mw", 5, "2023-03")],
        [("ai_capacity_mw", 500)],
    ),
    (
        _HPC_RELEASE.format(sentence="Its leased capacity now totals 280 megawatts."),
        [("ai_capacity_mw", 5, "2023-03")],
        [("ai_capacity_mw", 280)],
    ),
    # near misses: the tie in the sentence itself keeps the total
    (
        _HPC_RELEASE.format(
            sentence="The total contracted capacity for CoreWeave at the campus is 400 megawatts."
        ),
        [("ai_capacity_mw", 400, "2023-03")],
        [],
    ),
    (
        _HPC_RELEASE.format(
            sentence="The total contracted HPC capacity for Applied Digital is 500 megawatts."
        ),
        [("ai_capacity_mw", 500, "2023-03")],
        [],
    ),
]


@pytest.mark.parametrize(("text", "must", "must_not"), _CONTRACTED_TIES)
def test_contracted_capacity_needs_its_own_ai_tie(text: str, must: Must, must_not: MustNot) -> None:
    assert_must(found_items(text, "APLD", "2023-03-08"), must, must_not)
