"""The rule file format (pydantic): what a user writes in rules/*.yaml."""

from __future__ import annotations

from functools import cache
from typing import Any

from pydantic import Field, create_model, model_validator

from monitor.model import Severity
from monitor.registry import StrictModel

DEFAULT_TITLE = "{{ rule.id }}: {{ entity }}"
DEFAULT_MESSAGE = "{{ reason }}"


class RuleBase(StrictModel):
    """Keys of one rule; `condition` is added per registered condition kind."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$", max_length=200)
    description: str = ""
    entity: str | None = None
    entities: list[str] | None = None
    severity: Severity = Severity.INFO
    enabled: bool = True
    channels: list[str] | None = Field(None, description="channel names; default: all")
    cooldown_hours: float = Field(0.0, ge=0)
    dedup_key: str | None = Field(None, description="template; default rule:entity:subject")
    title: str = DEFAULT_TITLE
    message: str = DEFAULT_MESSAGE

    @model_validator(mode="after")
    def _one_entity_form(self) -> RuleBase:
        if (self.entity is None) == (self.entities is None):
            raise ValueError("give exactly one of `entity` or `entities`")
        if self.entities is not None and not self.entities:
            raise ValueError("`entities` must not be empty")
        return self

    @property
    def watched(self) -> tuple[str, ...]:
        return (self.entity,) if self.entity else tuple(self.entities or ())


@cache
def rule_file_model() -> type[StrictModel]:
    """{rules: [...]} with each rule's condition validated against the registered kinds."""
    from monitor.rules import CONDITIONS
    from monitor.rules.conditions.combine import AllConfig, AnyConfig

    union = CONDITIONS.config_union()
    # all/any nest conditions of any kind, themselves included: close the recursion here.
    namespace = {"ConditionSpec": union}
    for combination in (AllConfig, AnyConfig):
        combination.model_rebuild(force=True, _types_namespace=namespace)
    rule = create_model("Rule", __base__=RuleBase, condition=(union, ...))
    rule_file = create_model("RuleFile", __base__=StrictModel, rules=(list[rule], ...))  # type: ignore[valid-type]
    rule_file.model_rebuild(force=True, _types_namespace=namespace)
    return rule_file


def rule_model() -> Any:
    return rule_file_model().model_fields["rules"].annotation.__args__[0]  # type: ignore[union-attr]
