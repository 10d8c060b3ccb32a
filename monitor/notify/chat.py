"""Chat messages for Slack and Discord webhooks, scraped text escaped for each service.

An alert's title and body quote scraped pages, so they may carry `@everyone`, `<!channel>`
or a disguised link such as `<https://evil|SEC filing>` (Slack) or `[SEC filing](https://evil)`
(Discord). Slack's control sequences live inside `<…>`, so escaping `&`, `<` and `>` (its
documented three) makes them text; Discord's markdown is escaped with backslashes and its
pings are switched off with `allowed_mentions`. Mass-mention words get a zero-width space
after the `@` either way, so they read the same and ping no one.
"""

from __future__ import annotations

import re
from typing import Any

from monitor.model import Alert

DISCORD_LIMIT = 2000
_MASS_MENTIONS = re.compile(r"@(?=(everyone|here|channel)\b)", re.IGNORECASE)
_DISCORD_MARKDOWN = re.compile(r"([\\*_~`|>\[\]()#<-])")
ZERO_WIDTH_SPACE = "\u200b"


def slack_escape(text: str) -> str:
    """Text safe in Slack mrkdwn: no `<!channel>`, `<@U…>` or `<url|label>` survives."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MASS_MENTIONS.sub("@" + ZERO_WIDTH_SPACE, text)


def discord_escape(text: str) -> str:
    """Text safe in Discord markdown: no masked links, mentions or formatting survive."""
    return _MASS_MENTIONS.sub("@" + ZERO_WIDTH_SPACE, _DISCORD_MARKDOWN.sub(r"\\\1", text))


def slack_message(alert: Alert) -> dict[str, Any]:
    title = slack_escape(alert.title)
    text = f"*[{alert.severity.upper()}] {title}*\n{slack_escape(alert.body)}"
    return {"text": text, "unfurl_links": False, "unfurl_media": False}


def discord_message(alert: Alert) -> dict[str, Any]:
    title = discord_escape(alert.title)
    text = f"**[{alert.severity.upper()}] {title}**\n{discord_escape(alert.body)}"
    return {"content": _cut(text, DISCORD_LIMIT), "allowed_mentions": {"parse": []}}


def _cut(text: str, limit: int) -> str:
    """At most `limit` characters, never ending on a lone escaping backslash."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    trailing = len(cut) - len(cut.rstrip("\\"))
    if trailing % 2:
        cut = cut[:-1]
    return cut + "…"
