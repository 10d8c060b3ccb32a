"""Addresses derived from account keys and descriptors, against published test vectors:
BIP84 (bitcoin/bips bip-0084.mediawiki) and SLIP-0132 (satoshilabs/slips slip-0132.md), all
from the mnemonic "abandon abandon … about"."""

from __future__ import annotations

from pathlib import Path

import pytest

from monitor.config import load_settings
from monitor.errors import ConfigError
from monitor.sources.chain.derive import DerivationError, chains, check_address
from tests.helpers import write

ZPUB = (
    "zpub6rFR7y4Q2AijBEqTUquhVz398htDFrtymD9xYYfG1m4wAcvPhXNfE3EfH1r1ADqtfSdVCToUG868RvUUkgDKf31"
    "mGDtKsAYz2oz2AGutZYs"
)
YPUB = (
    "ypub6Ww3ibxVfGzLrAH1PNcjyAWenMTbbAosGNB6VvmSEgytSER9azLDWCxoJwW7Ke7icmizBMXrzBx9979FfaHxHcr"
    "Arf3zbeJJJUZPf663zsP"
)
XPUB_44 = (
    "xpub6BosfCnifzxcFwrSzQiqu2DBVTshkCXacvNsWGYJVVhhawA7d4R5WSWGFNbi8Aw6ZRc1brxMyWMzG3DSSSSoekkud"
    "hUd9yLb6qx39T9nMdj"
)
# The BIP84 account key with the plain xpub version, as wallets export it in descriptors.
XPUB_84 = (
    "xpub6CatWdiZiodmUeTDp8LT5or8nmbKNcuyvz7WyksVFkKB4RHwCD3XyuvPEbvqAQY3rAPshWcMLoP2fMFMKHPJ4ZeZX"
    "YVUhLv1VMrjPC7PW6V"
)
XPRV_84 = (
    "zprvAdG4iTXWBoARxkkzNpNh8r6Qag3irQB8PzEMkAFeTRXxHpbF9z4QgEvBRmfvqWvGp42t42nvgGpNgYSJA9iefm1yY"
    "NZKEm7z6qUWCroSQnE"
)


def addresses(key: str, branch: int, count: int) -> list[str]:
    chain = next(c for c in chains(key, "main") if c.branch == branch)
    return [chain.address(index, "main") for index in range(count)]


def test_bip84_zpub_receive_and_change_addresses() -> None:
    assert addresses(ZPUB, 0, 2) == [
        "bc1qcr8te4kr609gcawutmrza0j4xv80jy8z306fyu",
        "bc1qnjg0jd8228aq7egyzacy8cys3knf9xvrerkf9g",
    ]
    assert addresses(ZPUB, 1, 1) == ["bc1q8c6fshw2dlwun7ekn9qwf37cu2rn755upcp6el"]


@pytest.mark.parametrize(
    ("key", "first"),
    [
        (YPUB, "37VucYSaXLCAsxYyAPfbSi9eh4iEcbShgf"),  # BIP49, P2SH-P2WPKH
        (XPUB_44, "1LqBGSKuX5yYUonjxT5qGfpUsXKYYWeabA"),  # BIP44, P2PKH
    ],
)
def test_slip132_prefix_selects_the_script(key: str, first: str) -> None:
    assert addresses(key, 0, 1) == [first]


def test_a_descriptor_with_checksum_and_origin_gives_the_same_addresses() -> None:
    descriptor = f"wpkh([73c5da0a/84'/0'/0']{XPUB_84}/0/*)#wc3n3van"
    (chain,) = chains(descriptor, "main")
    assert chain.address(1, "main") == "bc1qnjg0jd8228aq7egyzacy8cys3knf9xvrerkf9g"
    both = chains(f"wpkh([73c5da0a/84h/0h/0h]{XPUB_84}/<0;1>/*)", "main")
    assert [c.address(0, "main") for c in both] == [
        "bc1qcr8te4kr609gcawutmrza0j4xv80jy8z306fyu",
        "bc1q8c6fshw2dlwun7ekn9qwf37cu2rn755upcp6el",
    ]


@pytest.mark.parametrize(
    ("key", "network", "message"),
    [
        (XPRV_84, "main", "single-signature account key"),
        (ZPUB, "test", "does not belong to network 'test'"),
        (f"wpkh({XPUB_84}/0/*)#aaaaaaaa", "main", "not a descriptor"),
        ("hello", "main", "not a single-signature account key"),
    ],
)
def test_keys_that_cannot_be_watched_are_refused(key: str, network: str, message: str) -> None:
    with pytest.raises(DerivationError, match=message):
        chains(key, network)


@pytest.mark.parametrize(
    ("address", "network", "canonical"),
    [
        ("BC1QCR8TE4KR609GCAWUTMRZA0J4XV80JY8Z306FYU", "main", None),
        ("1LqBGSKuX5yYUonjxT5qGfpUsXKYYWeabB", "main", "error"),  # checksum
        ("bc1qcr8te4kr609gcawutmrza0j4xv80jy8z306fyu", "test", "error"),  # network
    ],
)
def test_addresses_are_checked_for_their_network(
    address: str, network: str, canonical: str | None
) -> None:
    if canonical == "error":
        with pytest.raises(DerivationError):
            check_address(address, network)
    else:
        assert check_address(address, network) == address.lower()


def test_a_bad_address_in_the_config_names_its_file_line_and_field(tmp_path: Path) -> None:
    path = write(
        tmp_path / "monitor.yaml",
        """\
        sources:
          - id: treasury
            kind: btc_address
            entity: CANG
            attribution: analyst_hypothesis
            addresses: [bc1qcr8te4kr609gcawutmrza0j4xv80jy8z306fyx]
        """,
    )
    with pytest.raises(ConfigError) as caught:
        load_settings(path)
    (problem,) = caught.value.problems
    assert problem.line == 6
    assert problem.field == "sources[0].addresses"
    assert "not a bitcoin address" in problem.message


def test_an_address_set_needs_an_attribution_of_the_three_kinds(tmp_path: Path) -> None:
    path = write(
        tmp_path / "monitor.yaml",
        """\
        sources:
          - id: treasury
            kind: btc_address
            entity: CANG
            attribution: rumour
            addresses: [bc1qcr8te4kr609gcawutmrza0j4xv80jy8z306fyu]
        """,
    )
    with pytest.raises(ConfigError) as caught:
        load_settings(path)
    (problem,) = caught.value.problems
    assert problem.field == "sources[0].attribution"
    assert "company_disclosed" in problem.message
