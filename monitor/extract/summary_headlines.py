"""A filing summary's headline inside a flattened record: a title, though not a line of its own.

Filing-summary services print an 8-K's headline in the news present tense ("Hyperscale Data
issues $12.768M convertible notes at 12.5% with JGB Capital", "Applied Digital subsidiary
issues $2.15B in 6.75% senior secured notes due 2031"): a deal done, as a news title says it.
Their plain-text and JSON records flatten the headline into one long line with the record's
fields, so the line test for a title (`debt_words.is_title`) does not see it:

* the text record: "… Item codes: 1.01, 2.03, 3.02, 9.01 LLM model: deepseek-v4-flash:cloud@v2
  <headline> ------------ - <bullet> - <bullet>": the headline runs from the model's name to a
  rule of dashes;
* the JSON record: `"headline":"<headline>","bullets":[…]`.

A bullet after the headline ("- Notes mature Nov 30, 2027") is running text as before.
"""

from __future__ import annotations

import re

# (the model's name is one token: "deepseek-v4-flash:cloud@v2"; a headline is one short line)
_TEXT_HEADLINE = re.compile(r"LLM model: \S{1,80} [^\n]{1,240}? -{10}")
_TEXT_FIELD = "LLM model: "
_JSON_FIELD = '"headline":"'
_REACH = 320


def in_summary_headline(text: str, position: int) -> bool:
    """Is `position` inside the headline field of a flattened filing-summary record?"""
    window = text[max(0, position - _REACH) : position]
    opened = window.rfind(_JSON_FIELD)
    if opened >= 0:
        # inside the field's string: no closing quote between its opening and the position
        return '"' not in window[opened + len(_JSON_FIELD) :]
    opened = window.rfind(_TEXT_FIELD)
    if opened < 0:
        return False  # cheap gate: no summary record here
    start = max(0, position - _REACH) + opened
    headline = _TEXT_HEADLINE.match(text, start, position + _REACH)
    return headline is not None and position < headline.end()
