"""Keeping a long-running monitor's memory flat: fewer malloc arenas for the poll threads."""

from __future__ import annotations

import ctypes
import ctypes.util
import os

M_ARENA_MAX = -8  # glibc's mallopt parameter number (malloc.h)


def limit_malloc_arenas(arenas: int = 2) -> bool:
    """Let at most `arenas` malloc arenas serve all threads; True if glibc took the setting.

    glibc gives each thread that allocates while another does an arena of its own (up to
    eight per core), and an arena keeps what its thread once needed: with eight poll threads
    parsing pages, that was 4 MB of a first start's peak memory with 1,000 sources
    (benchmarks/poll.py), for no speed, as the GIL runs one thread's Python at a time.
    `monitor run` calls it before it starts any thread. An operator's MALLOC_ARENA_MAX
    stands; without glibc (musl, macOS) this does nothing.
    """
    if os.environ.get("MALLOC_ARENA_MAX"):
        return False
    name = ctypes.util.find_library("c")
    if name is None:
        return False
    try:
        mallopt = ctypes.CDLL(name).mallopt
    except (OSError, AttributeError):
        return False
    return bool(mallopt(M_ARENA_MAX, arenas))
