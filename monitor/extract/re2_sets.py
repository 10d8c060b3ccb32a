"""RE2 set matching: one pass of google-re2's `RE2::Set` naming every pattern that matches.

`word_lists` (the sentence word gates) and `pattern_sets` (the period forms that may match)
both ask many patterns of one text at once; this is the one place that builds such a set. It
uses the package's pybind layer (`re2._re2`) because only there can the DFA's memory budget be
raised (pyproject pins google-re2 below 1.2 for that reason). Where RE2 is not installed or
refuses a pattern, `set_matcher` says None and the callers take their pure-Python paths.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

try:  # an optional accelerator: everything works without it
    from re2 import _re2
except ImportError:  # pragma: no cover - the pure-Python paths are tested on their own
    _re2 = None

AVAILABLE = _re2 is not None

# The DFA of a few hundred words or patterns needs well under a megabyte; RE2's default budget
# (8 MB) is raised so that a long text never exhausts it (RE2 would then answer "no match").
_MAX_MEM = 64 << 20

SetMatch = Callable[[bytes], list[int]]

# The sentinel, source 0: it matches every text, once, at its start. (The empty pattern matched
# at every byte too, and RE2's set DFA adds a match state's sources to its answer at every byte
# it reaches: some 30 instructions a byte, a third of each set's scan of a sentence.)
SENTINEL = "^"


def set_matcher(sources: Sequence[str]) -> SetMatch | None:
    """A function naming the `sources` (RE2 syntax) that match a UTF-8 text, source k as k + 1,
    or None when RE2 is missing or refuses one. Its answer always holds 0, the `SENTINEL`
    matching every text, unless RE2 failed on that text (its DFA out of memory): an answer
    without 0 must be read as "ask the slow path", never as "nothing matches"."""
    if _re2 is None:
        return None
    options = _re2.RE2.Options()
    options.max_mem = _MAX_MEM
    options.log_errors = False
    matcher = _re2.Set(_re2.RE2.Anchor.UNANCHORED, options)
    try:
        for index, source in enumerate([SENTINEL, *sources]):
            if matcher.Add(source.encode()) != index:
                return None
    except UnicodeEncodeError:
        return None
    return matcher.Match if matcher.Compile() else None
