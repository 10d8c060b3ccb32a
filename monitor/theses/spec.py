"""The thesis file format (pydantic): what a user writes in theses/*.yaml."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from functools import cache
from typing import Any

from pydantic import Field, create_model, model_validator

from monitor.registry import StrictModel

ID_PATTERN = r"^[a-z0-9][a-z0-9-]*$"


class Effect(StrEnum):
    """What a condition's evidence does to its pillar."""

    CONFIRMS = "confirms"
    WEAKENS = "weakens"
    KILLS = "kills"


class ThesisStatus(StrEnum):
    """How the file opens the thesis: `draft` is written down but not yet tracked."""

    DRAFT = "draft"
    ACTIVE = "active"


class ConditionBase(StrictModel):
    """One condition of a pillar; `condition` (inline) is added per registered kind."""

    id: str = Field(pattern=ID_PATTERN, max_length=100, description="unique in the thesis")
    description: str = Field("", description="what it checks, in words")
    rule: str | None = Field(None, description="id of a rule whose alerts are the evidence")
    effect: Effect = Field(description="confirms, weakens or kills the pillar")
    deadline: date | None = Field(
        None, description="evidence must arrive by this day (UTC) to count as met"
    )
    since: date | None = Field(
        None, description="evidence counts from this day (UTC) on; default: the thesis's opened"
    )
    entity: str | None = Field(
        None, description="whose alerts count (e.g. BTC-USD); default: the thesis's entities"
    )
    where: dict[str, list[Any]] = Field(
        default_factory=dict, description="alert value → accepted values (e.g. state: [breached])"
    )
    unverifiable: str | None = Field(
        None, description="why no source can check it yet; the state until evidence arrives"
    )

    @model_validator(mode="after")
    def _one_source_of_evidence(self) -> ConditionBase:
        inline = getattr(self, "condition", None)
        if (self.rule is None) == (inline is None):
            raise ValueError("give exactly one of `rule` (a rule id) or `condition` (inline)")
        return self


class Pillar(StrictModel):
    """A claim the thesis rests on, judged by its conditions."""

    id: str = Field(pattern=ID_PATTERN, max_length=100, description="unique in the thesis")
    title: str = Field(description="as the scorecard and its alerts name it")
    description: str = Field("", description="the claim it stands for")
    conditions: list[Any] = Field(min_length=1, description="at least one condition")


class ThesisBase(StrictModel):
    """Keys of one thesis; `pillars` is typed once the condition kinds are known."""

    id: str = Field(pattern=ID_PATTERN, max_length=100, description="lower-case, digits, dashes")
    title: str = Field(description="the thesis in a line")
    statement: str = Field(description="the claim, in a sentence or two")
    entities: list[str] = Field(min_length=1, description="the companies or markets it is about")
    opened: date = Field(description="evidence counts from this day (UTC) on")
    status: ThesisStatus = Field(
        ThesisStatus.ACTIVE, description="draft: written down, not tracked yet; or active"
    )
    review_every_days: int = Field(30, gt=0, description="a review is due this long after the last")
    quiet_after_days: int = Field(
        45, gt=0, description="a review is due when no evidence arrived for this long"
    )
    channels: list[str] | None = Field(
        None, description="where its state changes go; default: all channels"
    )


@cache
def thesis_file_model() -> type[StrictModel]:
    """{theses: [...]} with inline conditions validated against the registered kinds."""
    from monitor.rules import CONDITIONS
    from monitor.rules.spec import rule_file_model

    rule_file_model()  # closes the all/any recursion the inline conditions may use
    union = CONDITIONS.config_union()
    condition = create_model(
        "ThesisCondition", __base__=ConditionBase, condition=(union | None, None)
    )
    pillar = create_model(
        "ThesisPillar",
        __base__=Pillar,
        conditions=(list[condition], Field(min_length=1)),  # type: ignore[valid-type]  # typed here
    )
    thesis = create_model(
        "Thesis",
        __base__=ThesisBase,
        pillars=(list[pillar], Field(min_length=1)),  # type: ignore[valid-type]
    )
    return create_model("ThesisFile", __base__=StrictModel, theses=(list[thesis], ...))  # type: ignore[valid-type]


def thesis_model() -> Any:
    return thesis_file_model().model_fields["theses"].annotation.__args__[0]  # type: ignore[union-attr]
