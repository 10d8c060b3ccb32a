"""Cheap pre-checks that let a pattern family skip sentences it cannot match.

A gate is one compiled alternation of plain substrings, searched in the lowercased sentence:
a single C-level scan, much cheaper than the detailed patterns it protects. Gates only ever
skip work; every figure is still decided by the detailed patterns and guards.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from .pattern_sets import loosened
from .per_document import remembered
from .required import required_words
from .skipping import skipping, text_share
from .word_lists import word_lists

_Item = TypeVar("_Item")
_MOST_PLANS = 4096


def any_of(*words: str) -> re.Pattern[str]:
    """A gate matching wherever one of `words` (lowercase substrings) occurs.

    A match only says that some word occurs (in the whole text, or within `pos:endpos`): its
    span is not meant to name the word. So the alternation is factored by shared prefixes
    ("bo(?:nd|rrow)" for "bond", "borrow"), and a word that extends another ("repayment"
    after "repa") is left out; the engine then tries one branch per letter rather than every
    word at every position (about 1.5x faster on the long lists).
    """
    unique = tuple(sorted(set(words)))
    return _remember_words(re.compile(_factored(list(unique))), unique)


def own_words_gates(patterns: list[re.Pattern[str]]) -> dict[re.Pattern[str], re.Pattern[str]]:
    """Each pattern's gate on its own words (one of which every match holds, lowercased; see
    `required.required_words`), for the patterns where such words are found."""
    gates = {}
    for pattern in patterns:
        words = required_words(pattern.pattern, pattern.flags, lowercase=True)
        if words:
            gates[pattern] = any_of(*words)
    return gates


def _factored(words: list[str]) -> str:
    """An alternation matching where any of the sorted `words` starts, prefixes shared."""
    if "" in words:
        return ""  # a word ends here: the longer ones cannot add an occurrence
    by_first: dict[str, list[str]] = {}
    for word in words:
        by_first.setdefault(word[0], []).append(word[1:])
    branches = [re.escape(first) + _factored(rest) for first, rest in by_first.items()]
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


# The words each gate made by `any_of` stands for (by its source), so gates can be merged.
_WORDS: dict[str, tuple[str, ...]] = {}


def gate_words(gate: re.Pattern[str]) -> tuple[str, ...]:
    """The words an `any_of` gate looks for."""
    return _WORDS[gate.pattern]


def _remember_words(gate: re.Pattern[str], words: tuple[str, ...]) -> re.Pattern[str]:
    _WORDS[gate.pattern] = words
    return gate


def either(gates: list[re.Pattern[str]]) -> re.Pattern[str]:
    """One gate matching wherever any of `gates` would: the words of the `any_of` gates merged
    into one factored alternation (one branch per letter, not one per gate), the other gates
    appended as they are."""
    sources = dict.fromkeys(gate.pattern for gate in gates)  # once each, in order
    words = [word for source in sources if source in _WORDS for word in _WORDS[source]]
    others = [f"(?:{source})" for source in sources if source not in _WORDS]
    merged = [f"(?:{_factored(sorted(set(words)))})"] if words else []
    return re.compile("|".join(merged + others))


class GateSet:
    """Which of many gates open on one text, their words found in one scan.

    Searching a family's gates one by one costs more than the patterns they protect. The
    `any_of` gates are answered together (`_Scanner`); gates that are not plain words are
    searched as they are, when first asked. The last text's answer is kept: the families of
    one sentence ask about the same text.
    """

    def __init__(self, gates: list[re.Pattern[str]]) -> None:
        # The other gates, compiled to skip to where a match can start, each behind a test of
        # the words one of which its every match holds (the same answers).
        self._others = {
            gate.pattern: _WordFirst(gate) for gate in gates if gate.pattern not in _WORDS
        }
        self._scanner = _Scanner(
            sorted({gate.pattern for gate in gates if gate.pattern in _WORDS}),
            [gate for gate in gates if gate.pattern in self._others],
        )
        self._last: tuple[str, frozenset[str]] = ("", frozenset())
        # `open_items`: per (list of items, set of open word gates), the items let through
        self._plans: dict[tuple[int, frozenset[str]], Any] = {}
        self._planned: dict[int, object] = {}  # (keeps each list alive: its `id` stays its own)
        self._searched: tuple[str, dict[str, bool]] = ("", {})

    def opened(self, text: str) -> frozenset[str]:
        """The sources of the set's word gates that open on `text`."""
        last = self._last  # one read of the tuple: safe if another thread replaces it
        if last[0] == text:  # equal strings compare in C, far cheaper than a scan
            return last[1]
        opened = _scanned(self._scanner, text)
        self._last = (text, opened)
        return opened

    def opener(self, text: str) -> Callable[[re.Pattern[str]], bool]:
        """A test of whether a gate (one of the set's, or any other) opens on `text`."""
        opened = self.opened(text)
        words = self._scanner.sources
        others = self._others
        searched: dict[str, bool] = {}

        def is_open(gate: re.Pattern[str]) -> bool:
            source = gate.pattern
            if source in words:
                return source in opened
            if _MAY + source not in opened and source in others:
                return False  # (RE2 found no match of the loosened gate: it cannot match)
            if source not in searched:
                other = others.get(source)
                searched[source] = (
                    gate.search(text) if other is None else other.search(text)
                ) is not None
            return searched[source]

        return is_open

    def open_items(self, text: str, items: Sequence[tuple[re.Pattern[str], _Item]]) -> list[_Item]:
        """The items (in order) whose gate opens on `text`: the same answer as asking
        `opener(text)` of each item's gate, without a call per item.

        `items` is a family's fixed list (a module constant: its answers are kept by its
        `id`). Which of the set's word gates open is one of few distinct sets, so the items
        those gates let through are worked out once per (list, set); only the items behind
        other gates (regexes, not plain words) are searched, each gate once per text (the
        answers are kept for the next list asked about the same text).
        """
        opened = self.opened(text)
        key = (id(items), opened)
        planned = self._plans.get(key)
        if planned is None:
            planned = self._plan(items, opened)
            if len(self._plans) >= _MOST_PLANS:
                self._plans.clear()  # (a bound for a long-running process; few sets recur)
            self._plans[key] = planned
            self._planned[id(items)] = items
        plain, plan = planned
        if plain is not None:
            return list(plain)
        others = self._others
        last = self._searched  # the other gates' answers for this text, kept across lists
        if last[0] is not text:
            last = self._searched = (text, {})
        searched = last[1]
        chosen = []
        for gate, item in plan:
            if gate is not None:
                source = gate.pattern
                if source not in searched:
                    other = others.get(source)
                    found = gate.search(text) if other is None else other.search(text)
                    searched[source] = found is not None
                if not searched[source]:
                    continue
            chosen.append(item)
        return chosen

    def _plan(
        self, items: Sequence[tuple[re.Pattern[str], _Item]], opened: frozenset[str]
    ) -> tuple[tuple[Any, ...] | None, tuple[tuple[Any, Any], ...]]:
        """(The items let through, when no other gate is among them, else None; each item
        let through with its gate when that is another gate, None when a word gate.)"""
        words = self._scanner.sources
        others = self._others
        plan = tuple(
            (None if gate.pattern in words else gate, item)
            for gate, item in items
            if (
                gate.pattern in opened
                if gate.pattern in words
                else gate.pattern not in others or _MAY + gate.pattern in opened
            )
        )
        plain = tuple(item for _, item in plan) if all(g is None for g, _ in plan) else None
        return plain, plan


class _WordFirst:
    """A gate that is no plain word list, searched only in a text holding one of the words
    every match of it holds (`required.required_words`; exact, as the gate is case-sensitive):
    a few `in` tests answer most sentences without running the regex."""

    __slots__ = ("_pattern", "_words")

    def __init__(self, gate: re.Pattern[str]) -> None:
        self._pattern = skipping(gate)
        self._words = required_words(gate.pattern, gate.flags)

    def search(self, text: str) -> re.Match[str] | None:
        words = self._words
        if words is not None:
            for word in words:  # (a loop, not `any(…)`: a generator costs more than the tests)
                if word in text:
                    break
            else:
                return None
        return self._pattern.search(text)


@remembered
def _scanned(scanner: _Scanner, text: str) -> frozenset[str]:
    """`scanner.scan(text)`, kept until the next document (`per_document`): a document's
    sentences repeat (a release's legends and safe-harbour paragraphs, a rewrite quoting the
    release), and each repeat is answered without a scan."""
    return scanner.scan(text)


# Sentence gates: the word gates the treasury, debt and AI readers ask of a whole sentence's
# lowercase, answered together by one scan of it (`opens`) rather than one search each; the
# treasury families' pattern gates too (`sentence_gates`, `sentence_items`).
_SENTENCE: list[re.Pattern[str]] = []
_SENTENCE_SET: list[GateSet | None] = [None]  # built when first asked, after the registrations
# The sentence `opens` was asked about last and the sentence gates that open on it: a reader
# asks some ten gates of each sentence, and each ask after the first is one identity test and
# one set look-up (emptied when a gate is registered: the set's answers change).
_NONE_ASKED: tuple[str | None, frozenset[str]] = (None, frozenset())
_OPENED: list[tuple[str | None, frozenset[str]]] = [_NONE_ASKED]


def sentence_gate(*words: str) -> re.Pattern[str]:
    """`any_of(*words)`, registered to be answered by the shared scan of `opens`."""
    gate = any_of(*words)
    _SENTENCE.append(gate)
    _SENTENCE_SET[0] = None
    _OPENED[0] = _NONE_ASKED
    return gate


def sentence_gates(gates: Sequence[re.Pattern[str]]) -> None:
    """Registers a family's item gates (`sentence_items`) with the sentence gates: their
    words are found by the same one scan of a sentence as every `sentence_gate`'s (with RE2,
    one pass for all, rather than a second pass over the sentences a family reads)."""
    known = {gate.pattern for gate in _SENTENCE}
    for gate in gates:
        if gate.pattern not in known:
            known.add(gate.pattern)
            _SENTENCE.append(gate)
    _SENTENCE_SET[0] = None
    _OPENED[0] = _NONE_ASKED


def sentence_items(lower: str, items: Sequence[tuple[re.Pattern[str], _Item]]) -> list[_Item]:
    """`GateSet.open_items` for items whose gates were registered by `sentence_gates`, `lower`
    the lowercase of a whole sentence: answered from the sentence's one scan."""
    return sentence_set().open_items(lower, items)


def sentence_set() -> GateSet:
    """The `GateSet` of every registered sentence gate (built when first asked)."""
    gates = _SENTENCE_SET[0]
    if gates is None:
        gates = _SENTENCE_SET[0] = GateSet(_SENTENCE)
    return gates


def opens(gate: re.Pattern[str], lower: str) -> bool:
    """`gate.search(lower) is not None` for a `sentence_gate`, `lower` the lowercase of a whole
    sentence: every sentence gate is answered from one scan of it."""
    last = _OPENED[0]
    if last[0] is not lower:
        last = _OPENED[0] = (lower, sentence_set().opened(lower))
    return gate.pattern in last[1]


# Marks a gate that is no plain word list, in a scan's answer: it may match.
_MAY = "\x00"


class _Scanner:
    """Finds, at each position where one of the gates' words starts, the longest of them (a
    word's continuations are tried first); every word that is a prefix of it starts there too,
    so each gate holding one of those words opens.

    The engine pays little for a position whose character starts no word and much (a match
    attempt) for one that does; a character as common as " " or "e" that starts only a few
    words makes most positions attempts. Such words are looked for with `in` instead (a fast
    substring search each), which takes their first character out of the scan: words are
    grouped by first character, so a group is closed under prefixes and the scan's
    longest-word answer stays exact for the words it keeps.
    """

    def __init__(self, sources: list[str], others: Sequence[re.Pattern[str]] = ()) -> None:
        self.sources = frozenset(sources)
        # The other gates, loosened for RE2 (`pattern_sets.loosened`): each is named in the
        # answer (`_MAY` + its source) unless it cannot match, so a gate RE2 finds no match of
        # is not searched. The loosened forms hold on ASCII texts only; every other answer
        # names them all (may match).
        # (each searched over a whole sentence: `loosened` may keep its word boundaries)
        loose = [(_MAY + gate.pattern, loosened(gate, whole=True)) for gate in others]
        self._may = frozenset(name for name, _ in loose)
        # RE2's one pass, where it is installed (`word_lists`): the scan below is the fallback
        self._lists = word_lists(
            [(source, _WORDS[source]) for source in sources],
            [(name, source) for name, source in loose if source is not None],
        )
        if self._lists is not None:  # (those RE2 cannot be asked about: always may match)
            self._always = frozenset(name for name, source in loose if source is None)
        words = sorted({word for source in sources for word in _WORDS[source]})
        tested = _tested_apart(words)
        scanned = [word for word in words if word not in tested]
        self._search = re.compile(_longest_first(scanned)).search if scanned else None
        # For each word: the gates (by source) that open where it starts.
        self._opens = {
            word: frozenset(src for src in sources if any(map(word.startswith, _WORDS[src])))
            for word in scanned
        }
        # The words tested with `in`, each with the gates it opens.
        self._tested = tuple(
            (word, frozenset(src for src in sources if word in _WORDS[src])) for word in tested
        )

    def scan(self, text: str) -> frozenset[str]:
        lists = self._lists
        if lists is not None:
            found = lists.found(text)
            if found is not None:
                return found | self._always if text.isascii() else found | self._may
        return self.scan_in_python(text) | self._may

    def scan_in_python(self, text: str) -> frozenset[str]:
        """`scan` without RE2 (the word gates only)."""
        opened: frozenset[str] = frozenset()
        opens = self._opens
        search = self._search
        hit = search(text) if search is not None else None
        while hit is not None:
            opened |= opens[hit.group()]
            hit = search(text, hit.start() + 1)  # words may overlap: "repaid" holds "paid"
        for word, gates in self._tested:
            if not gates <= opened and word in text:
                opened |= gates
        return opened


# A scanned position that starts a word costs about as much as this many `in` tests of a
# word per character of text (callgrind, release sentences: ~740 against ~11.5 instructions;
# a test is skipped when its gates are open already). Tuned on the worst-case benchmark's
# instruction count: 64 → 557.9 M, 100 → 530.3 M, 120 → 538.9 M, 160 → 541.5 M.
_ATTEMPT_PER_TEST = 100


def _tested_apart(words: list[str]) -> set[str]:
    """The words better looked for with `in` than by the scan: those of a first character so
    common that the scan's attempts at it cost more than one `in` test per word."""
    by_first: dict[str, list[str]] = {}
    for word in words:
        by_first.setdefault(word[0], []).append(word)
    return {
        word
        for first, group in by_first.items()
        if len(group) < text_share(first) * _ATTEMPT_PER_TEST
        for word in group
    }


def _longest_first(words: list[str]) -> str:
    """An alternation matching the longest of the sorted `words` that starts here (a word's
    continuations are tried before the word ends)."""
    ends = "" in words
    by_first: dict[str, list[str]] = {}
    for word in words:
        if word:
            by_first.setdefault(word[0], []).append(word[1:])
    branches = [re.escape(first) + _longest_first(rest) for first, rest in by_first.items()]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if ends else body


class LineSigns:
    """A `^…` MULTILINE pattern over a whole text, searched where lines start.

    The engine tries a pattern that opens with `^` at every position of the text; the same
    pattern led by a newline is only tried where a newline stands (a fast skip in C). The
    text is searched with a newline put before it, so its first line is a line too. Matches
    must stay within one line (no class of the pattern matches a newline), so they are the
    pattern's, one for one.
    """

    def __init__(self, pattern: re.Pattern[str]) -> None:
        if not pattern.pattern.startswith("^") or not pattern.flags & re.MULTILINE:
            raise ValueError("a line sign is a MULTILINE pattern opening with ^")
        self._led = re.compile("\n" + pattern.pattern[1:], pattern.flags)

    def found(self, text: str, start: int = 0) -> bool:
        """Whether the pattern matches at some line start of `text` (`start`: no match starts
        before it, as `document_signs.first_possible` says; the search starts there)."""
        return self._led.search("\n" + text, start) is not None

    def at_least(self, count: int, text: str, start: int = 0) -> bool:
        """Whether the pattern matches (without overlaps) on `count` lines of `text` (`start`
        as for `found`)."""
        # (a line starting at `start` is led by the newline at `start` of the led text)
        for found, _ in enumerate(self._led.finditer("\n" + text, start), start=1):
            if found >= count:
                return True
        return False


class Words:
    """A cheap gate: does a (lowercased) text hold one of a few words? Each word is looked for
    with `in`, a substring search in C; `any_of`'s regex of the same words pays a match
    attempt at each position of the text, two to five times slower for up to a dozen words
    over a sentence or a window's stretch (`any_of` stays the gate of long word lists)."""

    __slots__ = ("words",)

    def __init__(self, *words: str) -> None:
        self.words = tuple(dict.fromkeys(words))

    def found(self, lower: str, pos: int = 0, endpos: int | None = None) -> bool:
        """Does `lower[pos:endpos]` hold one of the words (as `any_of(…).search(lower, pos,
        endpos)` would find)?"""
        if pos or endpos is not None:
            lower = lower[pos:endpos]  # (one slice: `find` with bounds costs more per word)
        return holds_any(lower, self.words)


def holds_any(lower: str, words: tuple[str, ...]) -> bool:
    """Does `lower` hold one of `words`? (A loop of `in` tests: a generator inside `any`
    costs more than the few substring searches it runs.)"""
    for word in words:
        if word in lower:
            break
    else:
        return False
    return True
