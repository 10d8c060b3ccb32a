"""A document's figures become metric events: one per figure, linked to the document."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from monitor import documents
from monitor.documents import extract_observations
from monitor.model import Document, Observation

SALE = (
    b"<p>DALLAS, Feb. 9, 2026 /PRNewswire/ -- Cango Inc. (NYSE: CANG) today announced that "
    b"it has sold 4,451 Bitcoin for approximately US$305 million in USDT, and used the "
    b"proceeds to partially repay a Bitcoin-collateralized loan.</p>"
)


def filing_document(body: bytes) -> Observation:
    moment = datetime(2026, 2, 9, 12, tzinfo=UTC)
    document = Document("https://www.sec.gov/x/ex99-1.htm", moment, "text/html", body, "")
    source = Observation(
        "filing_document",
        "CANG",
        "acc/ex99-1.htm",
        moment,
        ("d",),
        {"accession": "0001104659-26-010001", "filing_date": "2026-02-09"},
    )
    return Observation(**{**source.__dict__, "document": document})


def test_each_figure_is_its_own_observation_even_with_equal_values() -> None:
    source = filing_document(SALE)
    document = source.document
    assert document is not None
    found = extract_observations(source)
    by_metric = {o.payload["metric"]: o for o in found}
    assert by_metric["btc_sold"].payload["value"] == 4451
    assert by_metric["btc_sale_proceeds_usd"].payload["value"] == 305_000_000
    assert by_metric["debt_repaid_usd"].payload["value"] == 305_000_000
    assert len({o.fingerprint for o in found}) == len(found)
    sold = by_metric["btc_sold"]
    assert sold.subject == "btc_sold:2026-02" and sold.entity == "CANG"
    assert sold.evidence["accession"] == "0001104659-26-010001"
    assert sold.evidence["url"] == document.url and sold.evidence["sha256"] == document.sha256
    assert "sold 4,451 Bitcoin" in sold.evidence["quote"]
    assert sold.payload["document_sha256"] == document.sha256


def test_a_document_the_extractor_crashes_on_yields_no_figures_and_is_logged(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def crash(*_args: object, **_kwargs: object) -> list[object]:
        raise IndexError("a bug in a table reader")

    monkeypatch.setattr(documents, "extract_text", crash)
    assert extract_observations(filing_document(SALE)) == []
    (record,) = [r for r in caplog.records if r.name == "monitor.documents"]
    assert "acc/ex99-1.htm" in record.getMessage() and record.exc_info is not None


def test_each_figure_carries_its_confidence_tier_and_reason() -> None:
    found = extract_observations(filing_document(SALE))
    by_metric = {o.payload["metric"]: o for o in found}
    # Dated by the month it was published in, which on unseen text is often a guess: not "high".
    sold = by_metric["btc_sold"].evidence
    assert sold["confidence"] == "medium"
    assert "publication month" in sold["confidence_reason"]
    # Debt repaid is a kind of figure often misread on unseen text.
    repaid = by_metric["debt_repaid_usd"].evidence
    assert repaid["confidence"] == "medium" and "debt_repaid_usd" in repaid["confidence_reason"]


def test_a_figure_the_confidence_grader_crashes_on_keeps_its_observation_without_a_tier(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def crash(*_args: object, **_kwargs: object) -> object:
        raise ValueError("invalid literal for int() with base 10: '9M'")

    monkeypatch.setattr(documents, "confidence", crash)
    found = extract_observations(filing_document(SALE))
    assert {o.payload["metric"] for o in found} >= {"btc_sold", "debt_repaid_usd"}
    assert all("confidence" not in o.evidence for o in found)
    records = [r for r in caplog.records if r.name == "monitor.documents"]
    assert records and all(r.exc_info is not None for r in records)


JAPANESE_PAGE = (
    "<p>米ナスダック上場の大手マイニング企業マラソンは、9月末時点で26,842枚のビットコインを"
    "保有していると発表した。また、9月に一切ビットコインを売却していないとも述べている。</p>"
    "<blockquote>As of 9/30/24, our #Bitcoin treasury held a total of 26,842 unrestricted "
    "BTC.</blockquote>"
    "<p>マラソンは7月、ビットコインについて完全な保有方針を再開し、採掘されたすべての"
    "ビットコインを売却しない方針だと発表していた。</p>"
).encode()


def language_warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [
        r.getMessage()
        for r in caplog.records
        if r.name == "monitor.documents" and r.levelname == "WARNING"
    ]


def test_a_japanese_page_is_said_partly_read_and_its_english_quote_still_yields_figures(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Japanese is one of the languages whose BTC figures are read (monitor/extract/foreign):
    no "not read" warning but a note that only BTC figures were read. (The page is about
    Marathon and the source's subject is another company: its Japanese figures are not
    taken, tests/extract/test_foreign_copy.py reads them; the English quote is read.)"""
    caplog.set_level("INFO", logger="monitor.documents")
    source = filing_document(JAPANESE_PAGE)
    found = extract_observations(source)
    assert language_warnings(caplog) == []
    notes = [r.getMessage() for r in caplog.records if r.name == "monitor.documents"]
    assert any("partly read" in note and "in ja" in note for note in notes)
    assert {(o.payload["metric"], o.payload["value"]) for o in found} >= {("btc_held", 26842)}


def test_an_english_page_logs_no_language_warning(caplog: pytest.LogCaptureFixture) -> None:
    assert extract_observations(filing_document(SALE))
    assert language_warnings(caplog) == []


GREEK_PAGE = (
    "<p>Η εταιρεία εξόρυξης Bitcoin Cango διευθέτησε χρέη 30 εκατομμυρίων δολαρίων με μία "
    "πληρωμή 9 εκατομμυρίων δολαρίων σε μετρητά, μειώνοντας το χρέος της σε 12 εκατομμύρια "
    "δολάρια τώρα. Η εταιρεία δήλωσε ότι η απομόχλευση θα συνεχιστεί τους επόμενους μήνες.</p>"
).encode()

RUSSIAN_PAGE = (
    "<p>Компания Cango сообщила, что в январе добыла 463 биткоина и не продавала монеты. "
    "По состоянию на конец месяца на балансе компании было 3 879 биткоинов, сообщили в "
    "компании, добавив, что планирует и дальше наращивать мощности.</p>"
).encode()
HEBREW_PAGE = (
    "<p>חברת הכרייה Cango הודיעה כי כרתה 463 ביטקוין בינואר ולא מכרה מטבעות. נכון לסוף "
    "החודש החזיקה החברה 3,879 ביטקוין, והיא מתכננת להמשיך להרחיב את הפעילות.</p>"
).encode()


@pytest.mark.parametrize(
    ("page", "level", "said"),
    [
        (
            GREEK_PAGE,
            "INFO",
            "partly read: only BTC mined, sold and held, and sale proceeds; debt, and AI "
            "contracts with their megawatts in el",
        ),
        (
            RUSSIAN_PAGE,
            "INFO",
            "partly read: only BTC mined, sold and held, and sale proceeds; debt, and AI "
            "contracts with their megawatts in ru",
        ),
        (HEBREW_PAGE, "WARNING", "not read: the extractor reads English; page is in he"),
    ],
    ids=["greek-debt-read", "russian-read", "hebrew-not-read"],
)
def test_a_foreign_page_names_what_is_read_of_it(
    caplog: pytest.LogCaptureFixture, page: bytes, level: str, said: str
) -> None:
    """Greek and Russian copy are read for BTC figures (monitor/extract/foreign_lexicons_more,
    foreign_lexicons) and for debt and AI deals (foreign_deals); a language the foreign reader
    has no words for is said not read."""
    caplog.set_level("INFO", logger="monitor.documents")
    extract_observations(filing_document(page))
    notes = [(r.levelname, r.getMessage()) for r in caplog.records if r.name == "monitor.documents"]
    assert any(lvl == level and note.startswith(said) for lvl, note in notes), notes
