"""SEC EDGAR source kinds: `edgar_filings`, `edgar_atom` and `edgar_facts`.

Modules, one concept each: `access` (fair-access policy: User-Agent check, the shared SEC
limiter group, throttle pauses), `urls`, `common` (shared config and start-up), `submissions`
and `forms` (filings and their amendments), `exhibits` and `harvest` (a filing's documents
and events), `feed` (the Atom feed), `companyfacts`, `concepts`, `periods` and `values` (XBRL
facts to metrics), and one module per kind.
"""

from __future__ import annotations

# Imported for their registration side effect.
from monitor.sources.edgar import atom, facts, filings  # noqa: F401
