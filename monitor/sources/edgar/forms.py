"""Form types: which families a watch covers, and which filing an amendment amends.

A family such as "6-K" covers the form and its amendment "6-K/A". Beneficial-ownership
schedules were renamed in December 2024 ("SC 13G" became "SCHEDULE 13G"); either spelling
covers both.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from monitor.sources.edgar.submissions import Filing

AMENDMENT_SUFFIX = "/A"
_RENAMED = {"SC 13D": "SCHEDULE 13D", "SC 13G": "SCHEDULE 13G"}


def base_form(form: str) -> str:
    """`10-K/A` → `10-K`; the family a form belongs to."""
    form = form.strip().upper()
    return form.removesuffix(AMENDMENT_SUFFIX)


def is_amendment(form: str) -> bool:
    return form.strip().upper().endswith(AMENDMENT_SUFFIX)


def _canonical(family: str) -> str:
    family = base_form(family)
    return _RENAMED.get(family, family)


def in_families(form: str, families: Iterable[str]) -> bool:
    """Whether `form` (or the form it amends) is one of `families`."""
    wanted = {_canonical(f) for f in families}
    return _canonical(form) in wanted


def amended_filing(amendment: Filing, history: Sequence[Filing]) -> Filing | None:
    """The original filing an amendment amends, when it can be told.

    The original has the same base form and was published earlier. When the amendment names
    a period (reportDate), the original must name the same one; otherwise (6-Ks rarely carry
    one) the latest earlier filing of the base form is taken.
    """
    if not is_amendment(amendment.form):
        return None
    family = _canonical(amendment.form)
    earlier = [
        f
        for f in history
        if not is_amendment(f.form)
        and _canonical(f.form) == family
        and f.accession != amendment.accession
        and f.published_at < amendment.published_at
    ]
    if amendment.report_date is not None:
        same_period = [f for f in earlier if f.report_date == amendment.report_date]
        earlier = same_period or [f for f in earlier if f.report_date is None]
    return max(earlier, key=lambda f: f.published_at, default=None)
