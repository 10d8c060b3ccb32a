"""Debt and AI deals read from copy not in English, as observations of the story's company.

`foreign_debt`, `foreign_ai` and `foreign_ai_capex` find the phrases (and
`foreign_ai_told_next` a signed contract's critical-IT megawatts in the sentence after it);
this module keeps those of the company (the
miner named nearest before the phrase is the entity: a lender's book or another miner's deal is
not its) and dates them: a period the sentence names (not the starting point of a fall told
between the phrase and its figure, not a comparison's), else the month of publication. A balance
is held at the end of a named month or quarter; a flow or a milestone is of its month or quarter.
Greek and Tagalog have no period words here: their copy is dated by publication.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from monitor.vocabulary.periods import Period

from . import (
    foreign_ai,
    foreign_ai_capex,
    foreign_ai_told_next,
    foreign_debt,
    foreign_numbers,
    foreign_periods,
)
from .evidence import observation
from .foreign_lexicons import LEXICONS
from .foreign_said_dates import told_on
from .model import (
    AI_CAPACITY,
    AI_CAPEX,
    AI_MILESTONE,
    CONTRACT_SIGNED,
    DEBT_TOTAL,
    MILESTONE,
    Extracted,
)
from .sentences import Segment

# Greek and Tagalog copy is read for debt and AI deals only (no bitcoin words for them here)
LANGUAGES = frozenset(foreign_debt.WORDS) | frozenset({"tl"})


@dataclass(frozen=True, slots=True)
class _Story:
    """What each sentence's figures are judged by: the copy's language, whose names stand
    where, and the periods an undated figure falls back to."""

    language: str
    published: dt.date
    entity: str
    names: list[tuple[int, str]]
    positions: list[int]
    month: Period  # the month of publication
    own: Period  # an undated debt's period: the update's the story retells, else the month
    dollar: str  # the currency of "20 M$": Canadian in a story naming Quebec or Canada


def extract(
    sentences: Iterable[Segment],
    language: str,
    published: dt.date,
    entity: str,
    names: list[tuple[int, str]],
    story: Period | None = None,
) -> list[Extracted]:
    """The company's debt figures and AI deals in `sentences`; `story`: the month or quarter
    of the update the story retells, the period of a debt figure its sentence does not date
    (README decided cases 7, 27 and 46), else the month of publication."""
    month = Period.of_month(published.year, published.month)
    own = story if story is not None and story.granularity in ("month", "quarter") else month
    sentences = list(sentences)
    # (a loan paid out in tranches, told in its own sentence or the next: "Ces 20 M$ seront
    # remis en quatre tranches de 5 M$", README decided case 19)
    paid = [foreign_debt.paid_in_tranches(sentence.text) for sentence in sentences] + [False]
    told = _Story(
        language,
        published,
        entity,
        names,
        [position for position, _ in names],
        month,
        own,
        foreign_numbers.quebec_dollar([sentence.text for sentence in sentences]),
    )
    return _read(sentences, told, paid)


def _read(sentences: list[Segment], told: _Story, paid: list[bool]) -> list[Extracted]:
    """Each sentence's debts, hardware bought and deals (`paid`: which sentences pay a loan
    out in tranches, one more at the end)."""
    found: list[Extracted] = []
    # (the sentence before: "転換社債の販売で調達完了" over "資金調達により3億ドルを確保し")
    previous = ""
    signed: str | None = None  # the period of the contract one of the sentences before signed
    since = 0  # sentences read since it
    for index, sentence in enumerate(sentences):
        before, previous = previous, sentence.text
        tranches = paid[index] or paid[index + 1]
        found.extend(_debts(sentence, before, told, tranches))
        deals = list(_deals(sentence, told))
        found.extend(_capex(sentence, told))
        if signed is not None and not deals:  # ("… Im Rahmen dieser Vereinbarungen …")
            found.extend(_told_next(sentence, told, signed, since < _TOLD_NEXT_REACH))
        # (the contract's terms may take a sentence before its scope: "Come parte
        # dell'accordo, Google garantirà … Gli accordi coprono più di 200 MW di carico IT
        # critico")
        now = next((deal.period for deal in deals if deal.metric == AI_MILESTONE), None)
        signed, since = (now, 0) if now or deals else (signed, since + 1)
        if since >= _PARTY_REACH:
            signed = None
        found.extend(deals)
    return found


_TOLD_NEXT_REACH = 2  # the sentences after a contract its scope is looked for in
# … and its scope told as given to the contract's party by name ("предоставит Fluidstack 168
# мегаватт", "将向 Fluidstack 提供 168 兆瓦"): the name ties it back a few sentences further
_PARTY_REACH = 4


def _told_next(sentence: Segment, story: _Story, period: str, near: bool) -> Iterator[Extracted]:
    """The megawatts of the contract a sentence before signed, at its period (`near`: the
    sentence is within `_TOLD_NEXT_REACH` of it, else only a scope given the party by name)."""
    for _, value in foreign_ai_told_next.scope(sentence.text, story.language, near):
        yield observation(sentence, AI_CAPACITY, value, "MW", period)


def _debts(sentence: Segment, before: str, story: _Story, tranches: bool) -> Iterator[Extracted]:
    lexicon = LEXICONS.get(story.language)
    cjk = lexicon.cjk if lexicon is not None else False
    spaced = lexicon.spaced if lexicon is not None else False
    debts = foreign_debt.read(sentence, story.language, cjk, before, spaced, story.dollar)
    for debt in debts:
        if _owner(story.names, story.positions, sentence.start + debt.position) != story.entity:
            continue
        if debt.loan and tranches:
            continue  # (a delayed-draw loan: README decided case 19)
        stock = debt.metric == DEBT_TOTAL
        period = (
            None  # (a defaulted loan's balance: at the story's date, README case 31)
            if debt.story
            else _period(
                sentence, story.language, story.published, debt.position, debt.figure, stock
            )
        )
        if period is None and not stock:
            # (a flow told on the news's weekday: "na sexta-feira (10)")
            period = told_on(sentence.text, story.language, story.published)
        label = (period or (story.month if debt.story else story.own)).label()
        yield observation(
            sentence, debt.metric, debt.value, debt.currency, label, currency=debt.currency
        )


def _deals(sentence: Segment, story: _Story) -> Iterator[Extracted]:
    for deal in foreign_ai.read(sentence, story.language):
        if _is_partner(sentence, story, deal.position):
            pass  # ("Microsoft firmó un acuerdo … con IREN": the company is the deal's party)
        elif _owner(story.names, story.positions, sentence.start + deal.position) != story.entity:
            continue
        elif deal.signer is not None and not _names_within(story.positions, sentence, deal.signer):
            continue  # ("e Tether ha firmato un accordo … con Rumble": no miner signed it)
        dated = _deal_period(sentence, story.language, story.published, deal.position)
        if dated is not None and foreign_ai.is_recalled(dated, story.published, story.own):
            continue  # ("En agosto, TeraWulf firmó dos contratos …" told in November)
        label = (dated or story.month).label()
        if deal.metric == AI_CAPACITY:
            yield observation(sentence, deal.metric, deal.value, "MW", label)
        else:
            yield observation(
                sentence, deal.metric, None, "", label, kind=MILESTONE, detail=CONTRACT_SIGNED
            )


def _capex(sentence: Segment, story: _Story) -> Iterator[Extracted]:
    """The AI hardware the company buys, at its price (`foreign_ai_capex`)."""
    for position, value, currency in foreign_ai_capex.read(
        sentence.text, story.language, story.dollar
    ):
        if _owner(story.names, story.positions, sentence.start + position) != story.entity:
            continue
        buyer = foreign_ai_capex.cjk_buyer(sentence.text, position, story.language)
        if buyer is not None and not _names_within(story.positions, sentence, buyer):
            continue  # "Nscale在上個月斥資約10億美元採購GPU": another company buys
        dated = _deal_period(sentence, story.language, story.published, position)
        label = (dated or story.month).label()
        yield observation(sentence, AI_CAPEX, value, currency, label, currency=currency)


def _is_partner(sentence: Segment, story: _Story, deal: int) -> bool:
    """Is the company named in `sentence` as the other party of the deal named at `deal`
    ("con IREN", "mit dem australischen Unternehmen IREN"; not "…, y no con IREN")?"""
    start = bisect.bisect_left(story.positions, sentence.start)
    end = bisect.bisect_left(story.positions, sentence.end)
    return any(
        ticker == story.entity
        and foreign_ai.is_deal_partner(sentence.text, at - sentence.start, deal)
        for at, ticker in story.names[start:end]
    )


def _names_within(positions: list[int], sentence: Segment, span: tuple[int, int]) -> bool:
    """A miner's name starts inside `span` of `sentence`."""
    start, end = sentence.start + span[0], sentence.start + span[1]
    index = bisect.bisect_left(positions, start)
    return index < len(positions) and positions[index] < end


def _owner(names: list[tuple[int, str]], positions: list[int], position: int) -> str | None:
    index = bisect.bisect_right(positions, position) - 1
    return names[index][1] if index >= 0 else None


def _period(
    sentence: Segment, language: str, published: dt.date, phrase: int, figure: int, stock: bool
) -> Period | None:
    """The period the sentence names for the figure, outside text[phrase:figure] (where a fall's
    starting point is told: "redujo su deuda de 150 millones en junio a 30 millones"); a
    balance's not in a later clause, another figure's ("réduit ses emprunts … à 30 millions de
    dollars et que – après avoir extrait 472 bitcoins en novembre – …": the update's period)."""
    until = foreign_debt.clause_end(sentence.text, figure) if stock else len(sentence.text)
    for mention in _named(sentence.text, language, published):
        if mention.compared or phrase <= mention.start < figure or mention.start >= until:
            continue
        if _MATURITY.search(sentence.text, max(0, mention.start - _MATURITY_REACH), mention.start):
            continue  # (the notes' maturity, "Fälligkeit am 15. Januar 2031": not their period)
        period = mention.period
        if stock:
            return period if period.is_date else Period.of_day(period.last_day())
        return period.as_month()
    return None


# a date the debt falls due: "mit … Fälligkeit am 15. Januar 2031", "con scadenza il", "con
# vencimiento en", "à échéance", "満期", "到期", "만기"
_MATURITY = re.compile(
    r"(?:Fälligkeit|fällig|scadenz\w*|vencimiento|vencimento|échéance|matur\w*|満期|到期|만기)"
    r"\s*(?:\w+\s+){0,2}?$",
    re.I,
)
_MATURITY_REACH = 30


# (a sentence of many sums is read for its periods once, not once a sum: "fechou uma oferta de
# notas conversíveis de $588 milhões e " five hundred times)
@functools.lru_cache(maxsize=32)
def _named(text: str, language: str, published: dt.date) -> tuple[foreign_periods.Mention, ...]:
    """The periods `text`, in `language`, names (`foreign_periods.mentions`)."""
    lexicon = LEXICONS.get(language)
    return () if lexicon is None else tuple(foreign_periods.mentions(text, lexicon, published))


def _deal_period(
    sentence: Segment, language: str, published: dt.date, position: int
) -> Period | None:
    """The month or quarter named before the contract ("A marzo Hut 8 ha firmato un
    contratto …"), not a delivery's after it ("con consegna tra gennaio e maggio")."""
    lexicon = LEXICONS.get(language)
    if lexicon is None:
        return None
    text = sentence.text
    for mention in foreign_periods.mentions(text[:position], lexicon, published):
        if not mention.compared and not _in_relative_clause(text, mention.start, position):
            return mention.period.as_month()
    return None


# a relative clause set off by commas: "IREN, que el año pasado abandonó …, firmó", "Hut 8, che
# l'anno scorso …,", "IREN, die im vergangenen Jahr …,", "a IREN, que no ano passado …,"
_RELATIVE = re.compile(
    r",\s*(?:que|quien|cuyo|cuya|el\s+cual|la\s+cual|o\s+qual|a\s+qual|qui|dont|che|cui|"
    r"il\s+quale|la\s+quale|der|die|das|welche[rs]?)\s[^,;.]{0,80}$",
    re.I,
)
_RELATIVE_REACH = 100  # the characters before a period its clause's opening is looked for in


def _in_relative_clause(text: str, start: int, deal: int) -> bool:
    """The period at text[start] is told inside a relative clause that closes before the deal
    at text[deal]: the clause's time is not the deal's ("IREN, que el año pasado abandonó …,
    firmó un contrato")."""
    if not _RELATIVE.search(text, max(0, start - _RELATIVE_REACH), start):
        return False
    return "," in text[start:deal]
