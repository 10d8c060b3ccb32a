"""Deterministic choice among a family's forms: the n-th rewrite in a text takes form n mod k."""

from __future__ import annotations

from collections.abc import Sequence


class Turns:
    """A counter over one text's rewrites; `pick` hands out the forms in turn."""

    def __init__(self) -> None:
        self.count = 0

    def pick(self, forms: Sequence[str]) -> str:
        form = forms[self.count % len(forms)]
        self.count += 1
        return form


def same_case(word: str, like: str) -> str:
    """`word` written with the capitalisation of `like` (UPPER, Capitalised or lower)."""
    if like.isupper() and len(like) > 1:
        return word.upper()
    if like[:1].isupper():
        return word[:1].upper() + word[1:]
    return word
