"""Condition kind `new_event`: a new event of a kind, optionally filtered."""

from __future__ import annotations

import re
from functools import cached_property
from typing import Literal

from pydantic import Field, field_validator

from monitor.model import Event
from monitor.rules import CONDITIONS
from monitor.rules.base import Condition, ConditionConfig, History, Match


class NewEventConfig(ConditionConfig):
    kind: Literal["new_event"]
    event: str = Field(description="event kind, e.g. filing_published or press_release")
    where: dict[str, list[str]] = Field(
        default_factory=dict, description="payload field → accepted values (any of)"
    )
    title_matches: str | None = Field(None, description="regex searched in payload.title")

    @field_validator("title_matches")
    @classmethod
    def _compiles(cls, pattern: str | None) -> str | None:
        if pattern is not None:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"invalid regex: {exc}") from exc
        return pattern


@CONDITIONS.register("new_event")
class NewEvent(Condition):
    """Fires once for each new event of a kind — a filing of form 6-K or 8-K, a press release
    whose title matches a pattern. `where` compares payload fields with accepted values.

    ```yaml
    condition:
      kind: new_event
      event: filing_published
      where: {form: ["6-K", "6-K/A"]}
    ```
    """

    Config = NewEventConfig
    config: NewEventConfig

    @cached_property
    def _title(self) -> re.Pattern[str] | None:
        pattern = self.config.title_matches
        return re.compile(pattern, re.IGNORECASE) if pattern else None

    def on_event(self, event: Event, entity: str, history: History) -> list[Match]:
        if event.kind != self.config.event or not self._accepts(event):
            return []
        title = str(event.payload.get("title") or event.payload.get("form") or event.subject)
        return [
            Match(
                entity=entity,
                subject=event.subject,
                reason=f"new {event.kind} for {entity}: {title}",
                values={
                    k: event.payload.get(k)
                    for k in ("form", "title", "url", "accession")
                    if event.payload.get(k) is not None
                },
                events=(event,),
                occurred_at=event.occurred_at,
            )
        ]

    def _accepts(self, event: Event) -> bool:
        for field, accepted in self.config.where.items():
            if str(event.payload.get(field)) not in accepted:
                return False
        if self._title is None:
            return True
        return bool(self._title.search(str(event.payload.get("title") or "")))
