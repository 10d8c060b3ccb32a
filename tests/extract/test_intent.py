"""Round 15, intent: a wish to sell is a forward-looking statement; a wish not to sell is not.

r-corz-2022-06-bitcointalk-sells-7202: "The company hopes to continue selling BTC gained
through mining operations to further fund operations, maintain liquidity, and reduce debts"
-> intent (README decided case 18: a forward-looking statement about BTC sales; "expects to
continue" is one). The modal list knew "will", "plans to", "intends to", "aims to", but not the
wish verbs: "hopes to", "wants to", "wishes to", "seeks to".

And the verb between the modal and the sale may turn the intention around: "will avoid
selling", "hopes to stop selling", "will no longer sell", "plans to delay the sale of" state an
intention NOT to sell (no `intent`), as "will not sell" does.
"""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract import extract_text

_CORZ_R = (  # r-corz-2022-06-bitcointalk-sells-7202 (third paragraph, verbatim)
    "Core Scientific mainly used the proceeds from the sale for ASCI server maintenance, debt "
    "repayments, and investments in additional data-center capacity. The company hopes to "
    "continue selling BTC gained through mining operations to further fund operations, "
    "maintain liquidity, and reduce debts."
)

# (text, entity, published, expected intent periods)
CASES: list[tuple[str, str, str, set[str]]] = [
    (_CORZ_R, "CORZ", "2022-07-06", {"2022-07"}),
    # variants: other wish verbs, tenses and objects
    (
        "Riot wants to sell part of its bitcoin holdings this year.",
        "RIOT",
        "2025-03-04",
        {"2025-03"},
    ),
    (
        "CleanSpark seeks to monetize a portion of its monthly bitcoin production.",
        "CLSK",
        "2025-03-04",
        {"2025-03"},
    ),
    (
        "Management is hoping to liquidate some of its BTC treasury to fund the AI build-out.",
        "HUT",
        "2025-03-04",
        {"2025-03"},
    ),
    (
        "Bitfarms wishes to sell its newly mined bitcoin each month.",
        "BITF",
        "2025-03-04",
        {"2025-03"},
    ),
    # an intention recalled from an earlier year does not date a later undated one
    (
        "In 2023, Bitfarms said it would sell part of its bitcoin holdings. It will continue "
        "to sell its mined bitcoin each month.",
        "BITF",
        "2025-03-04",
        {"2023", "2025-03"},
    ),
    # hard negatives: a wish not to sell, another object, another company, holding on
    ("The company hopes to avoid selling its bitcoin.", "RIOT", "2025-03-04", set()),
    ("Riot hopes to stop selling bitcoin next year.", "RIOT", "2025-03-04", set()),
    ("The company will no longer sell its mined bitcoin.", "RIOT", "2025-03-04", set()),
    ("The company hopes to sell its mining business.", "RIOT", "2025-03-04", set()),
    ("Marathon hopes to sell part of its bitcoin.", "RIOT", "2025-03-04", set()),
    ("Riot wants to hold all of its bitcoin.", "RIOT", "2025-03-04", set()),
]


@pytest.mark.parametrize(("text", "entity", "published", "expected"), CASES)
def test_wishes_to_sell(text: str, entity: str, published: str, expected: set[str]) -> None:
    found = extract_text(text, published=dt.date.fromisoformat(published), entity=entity)
    assert {o.period or "" for o in found if o.metric == "intent"} == expected
