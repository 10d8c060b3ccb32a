"""Loan documents filed whole whose loan is in bitcoin, and loan documents in Chinese
translation (UNSEEN_MISSES, batch ae1: the extractor read none of them).

README decided case 47: a loan denominated in bitcoin is debt in its own unit (`BTC`, the
number as printed); a balance with no unit word in a document whose loan is in bitcoin
throughout takes BTC; bitcoin pledged as collateral or lent out by the company is no debt of
its own. README rule 6: an agreement entered into or a note made is done, dated by the
document's own date. Each case is new copy in the shape of a real exhibit (other companies,
other amounts), with what a careful reader records (`must`: metric, value, unit, period) and
near misses beside it that must not be read (`must_not`: metric and value, None for any).
"""

from __future__ import annotations

import pytest

from tests.extract.must_checks import assert_must_in_units, found_items

_BETWEEN = (
    "THIS LOAN AND SECURITY AGREEMENT (this “Agreement”) is made as of August 14, 2023, by and "
    "between NORTHSTAR DIGITAL LENDING LLC (“Lender”) and BITDEER MINING US LLC, a Delaware "
    "limited liability company (“Borrower”).\n"
)
_LENT_OUT = (
    "THIS LOAN AND SECURITY AGREEMENT (this “Agreement”) is made as of August 14, 2023, by and "
    "between BITDEER TECHNOLOGIES GROUP (“Lender”) and Halcyon Hosting LLC (“Borrower”).\n"
)
_NOW = "NOW, THEREFORE, the parties agree as follows:\n"

# (name, text, entity, published, must [(metric, value, unit, period)], must_not)
CASES = [
    (
        "loan advanced in bitcoin",
        "Exhibit 10.8\n" + _BETWEEN + _NOW + "(a) The Loan. The parties agree that Lender shall "
        "make a loan (the “Loan”) to Borrower via a single advance in the amount of 250.5 "
        "Bitcoin (the “Loan Amount”).\n",
        "BTDR",
        "2023-11-02",
        [("debt_issued_usd", 250.5, "BTC", "2023-08")],
        [],
    ),
    # The company lends its bitcoin out: the borrower's debt, not the company's.
    (
        "bitcoin lent out by the company",
        "Exhibit 10.9\n" + _LENT_OUT + _NOW + "(a) The Loan. The parties agree that Lender "
        "shall make a loan (the “Loan”) to Borrower via a single advance in the amount of 75 "
        "Bitcoin (the “Loan Amount”).\n",
        "BTDR",
        "2023-11-02",
        [],
        [("debt_issued_usd", None), ("debt_total_usd", None)],
    ),
    # A dollar loan secured by pledged bitcoin: the dollars are the debt, the coins collateral.
    (
        "dollar loan with bitcoin collateral",
        "LOAN AGREEMENT\n" + _BETWEEN + "1.1 The Lender agrees to lend to the Borrower a term "
        "loan in the principal amount of $4,000,000 (the “Loan”).\n1.2 As collateral the "
        "Borrower shall pledge 120 Bitcoin to the Lender's custodian.\n",
        "BTDR",
        "2023-08-14",
        [("debt_issued_usd", 4000000, "USD", "2023-08")],
        [("debt_issued_usd", 120), ("debt_total_usd", None)],
    ),
    # Collateral alone: no sum is lent in the passage.
    (
        "bitcoin collateral only",
        "LOAN AND SECURITY AGREEMENT\n" + _BETWEEN + _NOW + "2. Collateral. Borrower shall "
        "maintain collateral in the amount of 120 Bitcoin with the Lender's custodian.\n",
        "BTDR",
        "2023-08-14",
        [],
        [("debt_issued_usd", None), ("debt_total_usd", None)],
    ),
    # A facility's ceiling is not a sum lent.
    (
        "up to a ceiling",
        "LOAN AGREEMENT\n" + _BETWEEN + "1.1 The Lender agrees to lend to the Borrower from "
        "time to time a revolving loan in an aggregate principal amount of up to 500 Bitcoin "
        "(the “Commitment”).\n",
        "BTDR",
        "2023-08-14",
        [],
        [("debt_issued_usd", None)],
    ),
    # The recital names the loan, and the parties' agreement follows it.
    (
        "recital then agreement",
        "LOAN AGREEMENT\n\nTHIS LOAN AGREEMENT dated as of March 9, 2023\n\nbetween:\n\n"
        "BLUE HERON CAPITAL LLC\n\n(hereinafter called the “Lender”)\n\nAND:\n\nSphere 3D Corp."
        "\n\n(hereinafter called the “Borrower”)\n\nWHEREAS the Borrower wishes to obtain a "
        "loan in the amount of 12 Bitcoins from the Lender.\n\nNOW IT IS HEREBY AGREED that "
        "the Parties covenant as follows:\n",
        "ANY",
        "2023-04-20",
        [("debt_issued_usd", 12, "BTC", "2023-03")],
        [],
    ),
    # The same recital with no agreement after it (an excerpt, a draft): not read.
    (
        "recital alone",
        "LOAN AGREEMENT\n\nTHIS LOAN AGREEMENT dated as of March 9, 2023\n\nWHEREAS the "
        "Borrower, Sphere 3D Corp., wishes to obtain a loan in the amount of 12 Bitcoins from "
        "the Lender.\n",
        "ANY",
        "2023-04-20",
        [],
        [("debt_issued_usd", None)],
    ),
    # The recital with the company as the lender: bitcoin it lends out.
    (
        "recital of a loan the company makes",
        "LOAN AGREEMENT\n\nTHIS LOAN AGREEMENT dated as of March 9, 2023\n\nbetween:\n\n"
        "Sphere 3D Corp.\n\n(hereinafter called the “Lender”)\n\nAND:\n\nBLUE HERON HOSTING LLC"
        "\n\n(hereinafter called the “Borrower”)\n\nWHEREAS the Borrower wishes to obtain a "
        "loan in the amount of 12 Bitcoins from the Lender.\n\nNOW IT IS HEREBY AGREED that "
        "the Parties covenant as follows:\n",
        "ANY",
        "2023-04-20",
        [],
        [("debt_issued_usd", None)],
    ),
    # Restated: the balance outstanding at the restatement, in the loan's unit (no unit word
    # printed); the original advance is recalled, not new debt.
    (
        "restated balance in bitcoin",
        "AMENDED AND RESTATED LOAN AND SECURITY AGREEMENT\nTHIS LOAN AND SECURITY AGREEMENT "
        "(this “Agreement”) is made as of August 14, 2023 and amended and restated on January "
        "22, 2025, by and between NORTHSTAR DIGITAL LENDING LLC (“Lender”) and BITDEER MINING "
        "US LLC (“Borrower”).\n(a) The Loan. The parties agreed that Lender made a loan to "
        "Borrower on August 14, 2023 via a single advance in the amount of 250.5 Bitcoin. As of "
        "the Amendment Effective Date, the aggregate principal amount outstanding is 118.25.\n",
        "BTDR",
        "2025-03-01",
        [("debt_total_usd", 118.25, "BTC", "2025-01-22")],
        [("debt_issued_usd", None), ("debt_total_usd", 250.5)],
    ),
    # Chinese translations: the lender has agreed to provide a term loan of a stated amount.
    (
        "zh lender agreed to provide",
        "EX-10.1\n\n貸款協議\n\n本貸款協議自2025年3月12日(“生效日期”)起由Cipher Mining Inc."
        "(“借款人”)以及北星資本有限合夥企業(“貸款人”)訂立和簽訂。\n\n1.1 貸款人已同意向借款人"
        "提供金額為3,500,000.00美元的優先有擔保定期貸款(“貸款”)。\n",
        "CIFR",
        "2025-03-14",
        [("debt_issued_usd", 3500000, "USD", "2025-03")],
        [],
    ),
    (
        "zh maker promises to pay the principal",
        "附件 10.3\n\n高级可转换本票\n\n日期:2024年6月3日(“发行日期”)\n\n对于收到的价值,Bit "
        "Origin Ltd(“制造商”或“公司”)在此承诺,根据下文规定的条款,向开曼群岛公司北岸资本有限公司"
        "(连同其继承人,即“持有人”)的订单支付本金250万美元(2,500,000.00美元)。\n",
        "BTOG",
        "2024-06-10",
        [("debt_issued_usd", 2500000, "USD", "2024-06")],
        [],
    ),
    (
        "zh note's original principal",
        "附件4.2\n\n執行版本\n\nLM Funding America, Inc.\n\n高級 擔保可轉換票據\n\n發行日期:2023年"
        "9月5日 原始本金金額:\n美國180萬美元\n",
        "LMFA",
        "2023-09-08",
        [("debt_issued_usd", 1800000, "USD", "2023-09")],
        [],
    ),
    # The company is the lender: its receivable.
    (
        "zh company is the lender",
        "貸款協議\n\n本貸款協議自2025年3月12日(“生效日期”)起由北星礦業有限公司(“借款人”)以及"
        "Cipher Mining Inc.(“貸款人”)訂立和簽訂。\n\n1.1 貸款人已同意向借款人提供金額為"
        "3,500,000.00美元的定期貸款。\n",
        "CIFR",
        "2025-03-14",
        [],
        [("debt_issued_usd", None)],
    ),
    # A principal in bitcoin with its dollar value aside: the loan is in bitcoin (case 47), the
    # aside no second principal; a dollar principal with its bitcoin aside stays in dollars.
    (
        "zh bitcoin loan with a dollar aside",
        "貸款協議\n\n本貸款協議（「本協議」）於2024年3月12日由Digihost Technology Inc."
        "（「借款人」）與Anchorage Lending CA, LLC（「貸款人」）訂立。\n\n1. 貸款。"
        "雙方同意貸款人應透過單筆預付款"
        "向借款人提供金額為30枚比特幣（約合200萬美元）的貸款。\n",
        "DGHI",
        "2024-03-15",
        [("debt_issued_usd", 30, "BTC", "2024-03")],
        [("debt_issued_usd", 2000000)],
    ),
    (
        "zh dollar loan with a bitcoin aside",
        "貸款協議\n\n本貸款協議（「本協議」）於2024年3月12日由Digihost Technology Inc."
        "（「借款人」）與Anchorage Lending CA, LLC（「貸款人」）訂立。\n\n1. 貸款。"
        "雙方同意貸款人應透過單筆預付款"
        "向借款人提供金額為200萬美元（約合30枚比特幣）的貸款。\n",
        "DGHI",
        "2024-03-15",
        [("debt_issued_usd", 2000000, "USD", "2024-03")],
        [("debt_issued_usd", 30)],
    ),
    # A ceiling ("最高": up to) is no sum lent.
    (
        "zh up to a ceiling",
        "貸款協議\n\n本貸款協議自2025年3月12日起由Cipher Mining Inc.(“借款人”)訂立。\n\n1.1 "
        "貸款人已同意向借款人提供最高3,500,000.00美元的循環信貸額度。\n",
        "CIFR",
        "2025-03-14",
        [],
        [("debt_issued_usd", None)],
    ),
]


@pytest.mark.parametrize(
    ("text", "entity", "published", "must", "must_not"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_loan_document_in_bitcoin_or_chinese(
    text: str,
    entity: str,
    published: str,
    must: list[tuple[str, float, str, str]],
    must_not: list[tuple[str, float | None]],
) -> None:
    assert_must_in_units(found_items(text, entity, published), must, must_not)
