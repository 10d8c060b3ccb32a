"""Names a story's own company goes by that are no subject in anyone else's story.

Galaxy Digital is a company of the corpus and a lender to miners: in a story about Bitfarms or
Argo, "Galaxy Digital" names the lender ("reduzir sua dívida com a Galaxy Digital LLC de US$ 66
milhões para US$ 38 milhões"), and taking it for a subject would give Galaxy the miner's
figures after it. In a story about Galaxy itself ("A Galaxy Digital … acaba de fechar um
empréstimo expressivo de US$ 1,4 bilhão") it is the subject. So these names are known to the
foreign reader only when the story's entity is their company.
"""

from __future__ import annotations

import re

_OWN_ONLY: dict[str, re.Pattern[str]] = {
    # ("a Galaxy também anunciou": the short name, once the story is Galaxy's)
    "GLXY": re.compile(r"(?<![A-Za-z])Galaxy(?:\s+Digital)?(?![A-Za-z])"),
}


def own_names(text: str, entity: str) -> list[tuple[int, str]]:
    """Where `text` names `entity` by a name known only in its own stories, in order."""
    pattern = _OWN_ONLY.get(entity)
    if pattern is None:
        return []
    return [(m.start(), entity) for m in pattern.finditer(text)]
