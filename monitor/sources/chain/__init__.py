"""On-chain watching for the `btc_address` source: the Esplora client, address derivation
from descriptors and keys, outflows net of change, their tracking through reorgs, and the
observations they become."""
