"""Explicit registries of kinds (sources, conditions, channels): a decorator adds a class.

Each registered class carries a typed pydantic `Config` model whose `kind` field is a Literal
naming it, and a docstring written for users; `monitor kinds` lists them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any, Generic, TypeVar, Union

from pydantic import BaseModel, ConfigDict, Field

T = TypeVar("T")


class StrictModel(BaseModel):
    """Base for every config model: unknown keys are refused, values are immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Registry(Generic[T]):
    """Kinds of one family, by name."""

    def __init__(self, family: str) -> None:
        self.family = family
        self._kinds: dict[str, type[T]] = {}

    def register(self, kind: str) -> Callable[[type[T]], type[T]]:
        def add(cls: type[T]) -> type[T]:
            if kind in self._kinds:
                raise ValueError(f"{self.family} kind {kind!r} registered twice")
            self._kinds[kind] = cls
            return cls

        return add

    def get(self, kind: str) -> type[T]:
        return self._kinds[kind]

    def kinds(self) -> dict[str, type[T]]:
        return dict(sorted(self._kinds.items()))

    def config_union(self) -> Any:
        """A discriminated union of every kind's Config model, for pydantic validation."""
        models = tuple(cls.Config for cls in self._kinds.values())  # type: ignore[attr-defined]
        if len(models) == 1:
            return models[0]
        return Annotated[Union[models], Field(discriminator="kind")]  # noqa: UP007
