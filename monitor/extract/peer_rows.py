"""Peer tables whose rows are miners: which row is the document's own company's.

A news story compares miners in a table: "Company | BTC produced | BTC held" over "MARA | 736 |
40,435", "Riot | 428 | 19,368", "CleanSpark | 587 | 13,011". Only the row of the company the
document is about holds its figures; the others are peers'. The header's last cells head the
value columns (aligned from the right: a name column's "Company" or a title may stand before
them, and may name the period).
"""

from __future__ import annotations

from dataclasses import dataclass

from .entities import MINERS, ticker_of
from .numbers import parse_cell
from .sentences import Segment

_MIN_COMPANIES = 2


@dataclass(frozen=True, slots=True)
class PeerRows:
    headers: list[str]  # one per value column
    title: str  # the header's cells before them
    rows: list[Segment]  # the document's company's rows


def unpiped(cell: str) -> str:
    """ "| MARA" and "40,435 |": the cells of a row printed between pipes."""
    return cell.strip().strip("|").strip()


def own_company_row(data_rows: list[Segment], entity: str | None) -> PeerRows | None:
    """The header and the entity's rows of a table of two or more known miners' rows."""
    if len(data_rows) < 1 + _MIN_COMPANIES or not entity:
        return None
    head = [unpiped(cell) for cell in data_rows[0].cells]
    if any(parse_cell(cell) is not None for cell in head):
        return None  # a header names things; a row with a number in it is data
    companies = [row for row in data_rows[1:] if ticker_of(unpiped(row.cells[0])) in MINERS]
    width = len(companies[0].cells) - 1 if companies else 0
    if len(companies) < _MIN_COMPANIES or not 0 < width <= len(head):
        return None
    if any(len(row.cells) != width + 1 for row in companies):
        return None
    own = ticker_of(entity)
    rows = [row for row in companies if ticker_of(unpiped(row.cells[0])) == own]
    return PeerRows(head[-width:], " ".join(head[:-width]), rows)
