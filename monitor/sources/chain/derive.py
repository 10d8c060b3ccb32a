"""Addresses from output descriptors and extended public keys (embit).

A watched key is either an output descriptor (`wpkh([d34db33f/84h/0h/0h]xpub…/<0;1>/*)`,
`wsh(sortedmulti(2,xpub…/0/*,xpub…/0/*))`) or a bare account key whose SLIP-132
prefix says the script: xpub/tpub → P2PKH, ypub/upub → P2SH-P2WPKH, zpub/vpub → P2WPKH;
a bare key is watched on its receive (/0/*) and change (/1/*) chains.
"""

from __future__ import annotations

from dataclasses import dataclass

from embit import bip32
from embit.base import EmbitError
from embit.descriptor import Descriptor
from embit.descriptor.checksum import checksum
from embit.networks import NETWORKS
from embit.script import address_to_scriptpubkey

# embit's network names by the names used in configuration.
NETWORK_NAMES = {"main": "main", "test": "test", "signet": "signet", "regtest": "regtest"}

# SLIP-132 single-signature account prefixes → the descriptor wrapping the key.
_BARE_KEY_SCRIPTS = {
    "xpub": "pkh({})",
    "ypub": "sh(wpkh({}))",
    "zpub": "wpkh({})",
}
_BECH32_PREFIXES = ("bc1", "tb1", "bcrt1")
_TESTNET_ALIASES = {"tpub": "xpub", "upub": "ypub", "vpub": "zpub"}


class DerivationError(ValueError):
    """A descriptor, key or address that cannot be watched; the message says why."""


@dataclass(frozen=True)
class WatchedChain:
    """One chain of a descriptor: `branch` 0 receives, 1 is change; `ranged` chains have
    addresses by index, the others exactly one."""

    descriptor: Descriptor
    key: str  # the descriptor as configured, with the branch: the cursor's name for it
    branch: int
    ranged: bool

    def address(self, index: int, network: str) -> str:
        net = NETWORKS[NETWORK_NAMES[network]]
        if not self.ranged:
            return str(self.descriptor.address(net))
        return str(self.descriptor.derive(index, branch_index=self.branch).address(net))


def parse_descriptor(text: str, network: str) -> Descriptor:
    """A descriptor from configuration, a bare account key turned into one."""
    text = text.strip()
    try:
        if "(" not in text:
            return Descriptor.from_string(_bare_key_descriptor(text, network))
        body, _, given = text.partition("#")
        # embit ignores a wrong checksum: a mistyped descriptor must not be watched.
        if given and given != checksum(body):
            raise DerivationError(f"not a descriptor: checksum #{given} does not match")
        return Descriptor.from_string(body)
    except DerivationError:
        raise
    except (EmbitError, ValueError, KeyError, IndexError, TypeError) as exc:
        raise DerivationError(f"not a descriptor or extended public key: {exc}") from exc


def chains(text: str, network: str) -> list[WatchedChain]:
    """The chains to watch for one configured descriptor or key."""
    descriptor = parse_descriptor(text, network)
    if descriptor.is_wildcard and descriptor.num_branches > 2:
        raise DerivationError("only <0;1> multipath descriptors (receive;change) are supported")
    if not descriptor.is_wildcard:
        return [WatchedChain(descriptor, f"{text}#0", 0, ranged=False)]
    return [
        WatchedChain(descriptor, f"{text}#{branch}", branch, ranged=True)
        for branch in range(descriptor.num_branches)
    ]


def _bare_key_descriptor(text: str, network: str) -> str:
    prefix = text[:4]
    kind = _TESTNET_ALIASES.get(prefix, prefix)
    template = _BARE_KEY_SCRIPTS.get(kind)
    if template is None:
        raise DerivationError(
            f"{prefix}… is not a single-signature account key (xpub, ypub, zpub or the testnet "
            "tpub, upub, vpub); write an output descriptor instead"
        )
    is_testnet_key = prefix in _TESTNET_ALIASES
    if is_testnet_key != (network != "main"):
        raise DerivationError(f"a {prefix} key does not belong to network {network!r}")
    try:
        key = bip32.HDKey.from_string(text)
    except (EmbitError, ValueError) as exc:
        raise DerivationError(f"not an extended public key: {exc}") from exc
    if key.is_private:
        raise DerivationError("a private key was given: watch with the public key only")
    # The descriptor language takes keys with the xpub/tpub version; the script says the rest.
    plain = NETWORKS[NETWORK_NAMES[network]]["xpub"]
    return template.format(f"{key.to_string(version=plain)}/<0;1>/*")


def check_address(address: str, network: str) -> str:
    """The address if it is valid on `network`, else DerivationError."""
    # Bech32 may be written in capitals (QR codes); Esplora reports it in lower case.
    given = address.lower() if address.lower().startswith(_BECH32_PREFIXES) else address
    try:
        script = address_to_scriptpubkey(given)
        canonical = script.address(NETWORKS[NETWORK_NAMES[network]])
    except (EmbitError, ValueError, KeyError, IndexError, TypeError) as exc:
        raise DerivationError(f"not a bitcoin address: {address!r} ({exc})") from exc
    if canonical != given:
        raise DerivationError(f"{address!r} is not an address of network {network!r}")
    return canonical
