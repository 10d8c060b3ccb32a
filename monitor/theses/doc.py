"""The thesis file's reference, written from its models (part of docs/reference.md)."""

from __future__ import annotations

from typing import Any

from monitor.theses.spec import ConditionBase, Pillar, ThesisBase

EXAMPLE = """\
theses:
  - id: cango-sale
    title: Cango's BTC sale funds deleveraging and an AI pivot
    statement: The February 2026 sale cuts debt and funds an AI build-out.
    entities: [CANG]
    opened: 2026-02-10
    review_every_days: 30
    pillars:
      - id: deleveraging
        title: Deleveraging
        conditions:
          - {id: debt-falling, rule: debt-falling, effect: confirms}
          - {id: new-debt, rule: debt-rising, effect: weakens}
      - id: ai-pivot
        title: AI pivot
        conditions:
          - id: build-out-milestone
            condition: {kind: mention, metric: ai_milestone}
            effect: confirms
            deadline: 2026-12-31
      - id: opportunity-cost
        title: Opportunity cost
        conditions:
          - {id: btc-above-sale-price, rule: btc-above-sale-price, entity: BTC-USD,
             effect: weakens}
      - id: invalidation
        title: Invalidation line
        conditions:
          - {id: invalidation-line, rule: invalidation-line, effect: kills,
             where: {state: [breached]}}
"""

INTRO = """\
A thesis (`theses/*.yaml`, the folders named by `theses:` in monitor.yaml; `monitor check`
validates them) holds **pillars**, and each pillar **conditions** that confirm, weaken or
kill it. A condition's evidence is the alerts of a rule: one it names (`rule:`), or one it
holds inline (`condition:`, any condition kind above, run as the rule
`<thesis id>--<condition id>`). A thesis never judges events itself.

States are computed from that evidence, stored with their history, and every change of a
thesis or pillar is an alert (rule id `thesis:<id>`) through the outbox, to the thesis's
`channels`. Each alert a condition uses is linked to it (the evidence log). A review falls
due `review_every_days` after the last (`monitor thesis review ID --note …`), or after
`quiet_after_days` without evidence; `monitor thesis close ID --note …` closes it with a
post-mortem. `monitor thesis list|show|review|close`, each with `--format json`, and the
web page `/theses/ID` show them.

| scope | state | when |
|---|---|---|
| condition | `pending` | no evidence yet |
| condition | `met` | an alert of its rule arrived (by the deadline, if any) |
| condition | `not_met` | a confirming condition's deadline passed without evidence |
| condition | `expired` | a weakening or killing condition's deadline passed: the threat lapsed |
| condition | `unverifiable` | it says why nothing can check it yet; evidence still makes it `met` |
| pillar | `broken` | a killing condition is met |
| pillar | `at_risk` | a confirming condition is not met, or its latest evidence weakens it |
| pillar | `holding` | otherwise |
| thesis | `draft` | `status: draft`, or before its `opened` day |
| thesis | `invalidated` | a pillar is broken |
| thesis | `at_risk` | a pillar is at risk |
| thesis | `confirmed` | every checkable confirming condition is met, no pillar at risk |
| thesis | `active` | otherwise |
| thesis | `closed` | closed with a post-mortem note |
"""


def thesis_markdown(rows: Any) -> list[str]:
    """The section: what a thesis is, an example, and the keys of each level."""
    return [
        "## Thesis files",
        "",
        INTRO,
        "```yaml",
        EXAMPLE.rstrip(),
        "```",
        "",
        "### Thesis keys",
        "",
        *rows(ThesisBase),
        "| `pillars` | list | required | at least one pillar |",
        "",
        "### Pillar keys",
        "",
        *rows(Pillar),
        "",
        "### Condition keys",
        "",
        *rows(ConditionBase),
        "| `condition` | condition | `None` | an inline condition of any kind; "
        "give `rule` or `condition` |",
        "",
    ]
