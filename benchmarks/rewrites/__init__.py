"""Meaning-preserving rewrites of a passage, in families, for the robustness harness.

A family is a function `(text, entity) -> text` that rewrites every place it knows how to and
keeps each labelled fact's meaning (metric, value, unit, period) unchanged; where a rewrite would
not be safe it leaves the text alone. `entity` is the case's ticker (only the company family uses
it). Everything is deterministic: where a family has several forms it takes them in turn, by
occurrence (`Turns`), never at random.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from benchmarks.rewrites import dates, layout, numbers, words

Rewrite = Callable[[str, str | None], str]


@dataclass(frozen=True)
class Family:
    name: str
    what: str
    rewrite: Rewrite
    # True: the family writes "$" out as US dollars, unsafe where "$" is another dollar; the
    # harness skips a case whose money labels are in another currency (C$ written "$").
    us_dollars: bool = False


def _text_only(function: Callable[[str], str]) -> Rewrite:
    return lambda text, _entity: function(text)


FAMILIES: dict[str, Family] = {
    family.name: family
    for family in (
        Family("units", "42 BTC <-> 42 bitcoin/bitcoins", _text_only(words.units)),
        Family(
            "mine_verbs", "mined <-> produced/generated/self-mined", _text_only(words.mine_verbs)
        ),
        Family("sell_verbs", "sold -> liquidated/disposed of", _text_only(words.sell_verbs)),
        Family("company", "the issuer's name -> the Company", words.company),
        Family("thousands", "1,234 <-> 1234", _text_only(numbers.thousands)),
        Family("money_us", "$305 million -> US$305 million", _text_only(numbers.money_us), True),
        Family(
            "money_decimal", "$305 million <-> $305.0 million", _text_only(numbers.money_decimal)
        ),
        Family("money_suffix", "$305 million <-> $305M", _text_only(numbers.money_suffix)),
        Family(
            "money_code", "$305 million -> USD 305 million", _text_only(numbers.money_code), True
        ),
        Family("hedges", "approximately <-> about/roughly/nearly", _text_only(numbers.hedges)),
        Family("hedge_tilde", "approximately <-> ~", _text_only(numbers.hedge_tilde)),
        Family("months", "September 30 <-> Sept. 30 / Sep 30", _text_only(dates.months)),
        Family(
            "date_order", "September 30, 2023 <-> 30 September 2023", _text_only(dates.date_order)
        ),
        Family("quarter_q", "third quarter of 2025 <-> Q3 2025", _text_only(dates.quarter_q)),
        Family(
            "quarter_nq", "third quarter of 2025 / Q3 2025 -> 3Q 2025", _text_only(dates.quarter_nq)
        ),
        Family("nbsp", "no-break space after figures, hedges, months", _text_only(layout.nbsp)),
        Family(
            "quotes_dashes",
            "straight <-> curly quotes, -- / - <-> dashes",
            _text_only(layout.quotes_dashes),
        ),
        Family("linebreak", "prose lines hard-wrapped at 72 columns", _text_only(layout.linebreak)),
        Family(
            "headline_upper", "the headline line in UPPER CASE", _text_only(layout.headline_upper)
        ),
        Family(
            "headline_title", "the headline line in Title Case", _text_only(layout.headline_title)
        ),
    )
}
