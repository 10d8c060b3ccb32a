"""What every channel kind implements, and how it reports failure."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from typing import ClassVar

from pydantic import Field

from monitor.model import Alert, DeliveryStatus
from monitor.registry import StrictModel


class ChannelConfig(StrictModel):
    name: str = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
    kind: str


class DeliveryError(Exception):
    """A send failed. `retryable` says whether trying again later may succeed; when it may
    not, `status` is what the delivery becomes: `failed`, or `unknown` when the message may
    have arrived (a send that timed out) and sending it again risks a duplicate."""

    def __init__(
        self, message: str, *, retryable: bool, status: DeliveryStatus = DeliveryStatus.FAILED
    ) -> None:
        self.retryable = retryable
        self.status = status
        super().__init__(message)


class Channel(ABC):
    """A channel kind. Subclasses set `Config` and write a docstring for users."""

    Config: ClassVar[type[ChannelConfig]]

    def __init__(self, config: ChannelConfig) -> None:
        self.config = config

    @property
    def name(self) -> str:
        return self.config.name

    def missing_secrets(self) -> list[str]:
        """Names of environment variables this channel needs but cannot find."""
        return []

    @abstractmethod
    def send(self, alert: Alert, delivery_id: int) -> str:
        """Deliver; return a short note for the delivery log; raise DeliveryError on failure."""

    def send_many(self, alerts: Sequence[Alert]) -> str:
        """Deliver several alerts as one message (digests); channels that can, override."""
        raise DeliveryError(f"{type(self).__name__} cannot send digests", retryable=False)
