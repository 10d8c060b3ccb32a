"""English leftovers of the readers (issue 16, helper leften25).

* A headline's deal still to come: "Hyperscale Data issues $50M notes, to close by year-end"
  (README decided case 6: only a done deal is a figure); "issues … notes to close the gap" is done.
* "The 12 months up to 30 June 2024" and "… through June 30, 2024" name the span as "the twelve
  months ended June 30, 2024" does (the year it ends), not the month of its last day;
  "leading up to" a day stays a trailing window.
* A secwatch.observer JSON record joins its bullets by `","` with no space: each is a sentence
  of its own (a preferred-equity draw is no debt, decided case 33; a credit draw is).
"""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract import clean_text, extract

_PUBLISHED = dt.date(2025, 11, 14)
_SUMMARY = "Item codes: 1.01, 2.03 LLM model: deepseek-v4-flash:cloud@v2 "
_RULE = " ------------------------ - Notes mature Nov 30, 2027."


def _read(text: str, entity: str, published: dt.date = _PUBLISHED) -> set[tuple[str, str, str]]:
    found = extract(text, content_type="text/plain", published=published, entity=entity)
    return {(item.metric, str(item.value), item.period) for item in found}


HEADLINES = [
    ("GPUS", _SUMMARY + "Hyperscale Data issues $50M notes, to close by year-end" + _RULE, set()),
    ("HUT", "Hut 8 Issues $50 Million Notes, to Close by Year-End\n", set()),
    ("HUT", "Hut 8 Issues $50 Million Notes, to Close on December 3\n", set()),
    ("HUT", "Hut 8 Issues $50 Million Notes, to Close in the Fourth Quarter\n", set()),
    # near misses: closed, or "to close" something other than the deal
    (
        "HUT",
        "Hut 8 Issues $50 Million Notes to Close the Gap\n",
        {("debt_issued_usd", "50000000", "2025-11")},
    ),
    (
        "GPUS",
        _SUMMARY
        + "Hyperscale Data issues $12.768M convertible notes at 12.5% with JGB Capital"
        + _RULE,
        {("debt_issued_usd", "12768000", "2025-11")},
    ),
]


@pytest.mark.parametrize(("entity", "text", "expected"), HEADLINES, ids=lambda v: str(v)[-60:])
def test_a_headline_closing_to_come(
    entity: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert _read(text, entity) == expected


TWELVE_MONTHS = [
    ("IREN", "IREN mined 4,191 Bitcoin in the 12 months up to 30 June 2024.", "4191", "2024"),
    ("IREN", "IREN mined 4,191 Bitcoin in the 12 months through June 30, 2024.", "4191", "2024"),
    (
        "ARBK",
        "Argo mined 1,760 Bitcoin in the twelve months up to 31 December 2024.",
        "1760",
        "2024",
    ),
    ("IREN", "IREN mined 1,090 Bitcoin in the three months up to 30 June 2024.", "1090", "2024-Q2"),
    # near misses: the forms that were read so already
    ("IREN", "IREN mined 4,191 Bitcoin in the twelve months ended June 30, 2024.", "4191", "2024"),
    ("IREN", "IREN mined 4,191 Bitcoin in the 12 months to 30 June 2024.", "4191", "2024"),
]


@pytest.mark.parametrize(
    ("entity", "text", "value", "period"), TWELVE_MONTHS, ids=lambda v: str(v)[:50]
)
def test_twelve_months_up_to_a_day_is_the_year_it_ends(
    entity: str, text: str, value: str, period: str
) -> None:
    assert _read(text, entity) == {("btc_produced", value, period)}


def test_twelve_months_leading_up_to_a_day_stays_a_window() -> None:
    text = "Greenidge mined 1,186 Bitcoin in the twelve months leading up to Feb 28th, 2021."
    assert _read(text, "GREE") == set()


_RECORD = (
    '{"schema_version":"secwatch.filing_event.v1","accession":"0001493152-25-017609",'
    '"form_type":"8-K","ticker":"APLD","cik":"0001144879","company_name":"Applied Digital Corp.",'
    '"filed_at":"2025-10-09T23:59:59+00:00","sec_items":["1.01","3.02","8.01","9.01"],'
    '"event_type":"other_material","sentiment":"positive","materiality_score":0.9,'
    '"confidence":"high","headline":"Applied Digital closes $112.5M initial draw from $5B '
    'Macquarie KIND facility for Ellendale campus","bullets":["Initial funding of $112.5M from '
    'Macquarie Asset Management; total potential investment up to $5B","Preferred units accrue '
    'dividends at 12.75% p.a., with step-ups"]}\n'
)
_OCTOBER = dt.date(2025, 10, 9)


def test_a_json_records_bullets_are_sentences() -> None:
    assert _read(_RECORD.replace("KIND", "preferred equity"), "APLD", _OCTOBER) == set()


def test_a_json_records_credit_draw_stays_debt() -> None:
    expected = {("debt_issued_usd", "112500000", "2025-10")}
    assert _read(_RECORD.replace("KIND", "credit"), "APLD", _OCTOBER) == expected


def test_a_json_records_items_keep_their_offsets() -> None:
    record = _RECORD.replace("KIND", "credit")
    cleaned = clean_text(record, "text/plain")
    assert len(cleaned) == len(record)
    assert 'campus. "bullets":["Initial' in cleaned  # (keys and codes stay joined)
    assert '"1.01","3.02"' in cleaned and '"APLD","cik"' in cleaned


# An R page's notes schedule (two dated columns, in thousands), rows as `glued_dated` reads them
_SCHEDULE = (
    "Notes payable as of June 30, 2025 and December 31, 2024 consist of the following (in "
    "thousands):\nStated Interest Rate\nEffective Interest Rates\nMaturitiesJune 30, "
    "2025December 31, 2024\nTerm loan8.0%8.0%2027$30,000 $32,000 \nROW\n"
    "Anchor note9.0%9.0%20254,115 7,880 \n"
)
_AUGUST = dt.date(2025, 8, 6)
_NAMED = {("debt_total_usd", "30000000", "2025-06-30"), ("debt_total_usd", "4115000", "2025-06-30")}
GLUED_ROWS = [
    # one amount for two dates, after a year in the name: no figure "27" cut from the year
    ("Didado note due 2027 13,000 ", _NAMED),
    # near misses: two amounts after the year, or glued to it after the rates ("202710,669")
    (
        "Didado note due 2027 13,000 15,000 ",
        _NAMED | {("debt_total_usd", "13000000", "2025-06-30")},
    ),
    (
        "Bremer loan5.5%5.5%202710,669 18,331 ",
        _NAMED | {("debt_total_usd", "10669000", "2025-06-30")},
    ),
    ("Didado note due 2027— 13,000 ", _NAMED),
]


@pytest.mark.parametrize(("row", "expected"), GLUED_ROWS, ids=lambda v: str(v)[:40])
def test_a_year_in_a_glued_rows_name_is_no_amount(
    row: str, expected: set[tuple[str, str, str]]
) -> None:
    found = extract(_SCHEDULE.replace("ROW", row), content_type="text/plain", published=_AUGUST)
    read = {(item.metric, str(item.value), item.period) for item in found}
    assert {fact for fact in read if fact[0] == "debt_total_usd"} == expected


# A 10-Q's loans note printed in millions (its opening sentences, `note_loan_sentences`)
_LOANS_NOTE = (
    "NOTE 7 - LOANS\n\nAs of September 30, 2024, the Company had a gross balance outstanding of "
    "$17.8 million, netted against discount on the loans payable of $0.2 million. Total principal "
    "payments on loans during the SPAN ended September 30, 2024 was $1.7 million.\n"
)
_NOVEMBER = dt.date(2024, 11, 6)
LOANS_NOTES = [
    (
        "three months",
        {
            ("debt_total_usd", "17800000", "2024-09-30"),
            ("debt_repaid_usd", "1700000", "2024-Q3"),
        },
    ),
    # near miss: a year to date is no period's repayment (decided case 42)
    ("nine months", {("debt_total_usd", "17800000", "2024-09-30")}),
]


@pytest.mark.parametrize(("span", "expected"), LOANS_NOTES)
def test_a_loans_notes_sentences_in_millions(
    span: str, expected: set[tuple[str, str, str]]
) -> None:
    assert _read(_LOANS_NOTE.replace("SPAN", span), "CORZ", _NOVEMBER) == expected


def test_a_loans_notes_repayment_in_dollars_stays() -> None:
    # near miss: the same sentence with its amount printed whole (read so before)
    text = (
        "Total principal payments on loans during the three months ended September 30, 2024 was "
        "$1,700,000.\n"
    )
    assert _read(text, "CORZ", _NOVEMBER) == {("debt_repaid_usd", "1700000", "2024-Q3")}


# A story whose news is a loan, closing on the miner's latest monthly update (ah2-arb-2024-08-
# brcointelegraph-pt-35m-finished and its English original, published August 13, 2024)
_LOAN_LEAD = (
    "Bitcoin miner Argo Blockchain finished repaying $35 million it borrowed from asset manager "
    "Galaxy Digital in 2022, according to an Aug. 12 company filing.\n\n"
)
_PT_LEAD = (
    "A mineradora de Bitcoin Argo Blockchain terminou de pagar os US$ 35 milhões que pegou "
    "emprestados do gestor de ativos Galaxy Digital em 2022, de acordo com um documento da "
    "empresa com data de 12 de agosto.\n\n"
)
_JULY = "In July, Argo mined 48 BTC, or 1.5 BTC per day on average, the company announced.\n"
_AUGUST_13 = dt.date(2024, 8, 13)
_JULY_48 = ("btc_produced", "48", "2024-07")
LOAN_STORIES = [
    (_LOAN_LEAD + "Argo had a hashrate of 2.7 EH/s at the end of 2023. " + _JULY, None),
    (_PT_LEAD + "Em julho, a Argo minerou 48 BTC, ou uma média de 1,5 BTC por dia.\n", None),
    # near misses: the production told in the lead, or a story about production
    ("Argo Blockchain mined 48 BTC in July and finished repaying its Galaxy loan.\n", _JULY_48),
    ("Argo Blockchain published its July update on Monday.\n\n" + _JULY, _JULY_48),
]


@pytest.mark.parametrize(("text", "produced"), LOAN_STORIES, ids=lambda v: str(v)[:40])
def test_a_loan_storys_recalled_production(
    text: str, produced: tuple[str, str, str] | None
) -> None:
    read = {fact for fact in _read(text, "ARBK", _AUGUST_13) if fact[0] == "btc_produced"}
    assert read == ({produced} if produced else set())
