"""The vocabulary is spelled in one place: no event kind string and no period label reader
outside `monitor/vocabulary/`, so a new kind or period form is taught to one module."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

from monitor.vocabulary import metrics
from monitor.vocabulary.kinds import EVENT_KINDS

MONITOR = Path(__file__).resolve().parent.parent.parent / "monitor"
VOCABULARY = MONITOR / "vocabulary"


def _python_files() -> Iterator[Path]:
    for path in sorted(MONITOR.rglob("*.py")):
        if VOCABULARY not in path.parents:
            yield path


def _parents(tree: ast.AST) -> dict[ast.AST, ast.AST]:
    return {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}


def _is_field_name(node: ast.Constant, parent: ast.AST | None) -> bool:
    """`payload["price"]`, `{"price": …}`, `.get("price")`, `"price" in values`,
    `key="price"`, `Field("price")`: a payload field that is spelled like a kind."""
    if isinstance(parent, ast.Subscript) and parent.slice is node:
        return True
    if isinstance(parent, ast.Dict) and node in parent.keys:
        return True
    if isinstance(parent, ast.Compare) and parent.left is node:
        return all(isinstance(op, ast.In | ast.NotIn) for op in parent.ops)
    if isinstance(parent, ast.keyword):
        return parent.arg == "key"
    if isinstance(parent, ast.Call) and parent.args[:1] == [node]:
        func = parent.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        return name in ("get", "pop", "setdefault", "endswith", "Field")
    return False


def _is_condition_kind(node: ast.Constant, parent: ast.AST | None) -> bool:
    """`@CONDITIONS.register("onchain_outflow")`, `kind: Literal["onchain_outflow"]`: the
    condition that watches a kind of event is named after it, in the conditions' namespace."""
    if isinstance(parent, ast.Call) and isinstance(parent.func, ast.Attribute):
        return parent.func.attr == "register"
    if isinstance(parent, ast.Subscript):
        return getattr(parent.value, "id", "") == "Literal"
    return False


def _kind_literals(path: Path) -> Iterator[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    parents = _parents(tree)
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Constant) and node.value in EVENT_KINDS):
            continue
        parent = parents.get(node)
        if not (_is_field_name(node, parent) or _is_condition_kind(node, parent)):
            yield f"{path.relative_to(MONITOR.parent)}:{node.lineno}: {node.value!r}"


def test_no_event_kind_is_spelled_outside_the_vocabulary() -> None:
    found = [hit for path in _python_files() for hit in _kind_literals(path)]
    assert found == []


METRIC_NAMES = {value for name, value in vars(metrics).items() if name.isupper()} - {
    metrics.EXTRACTED,
    metrics.XBRL,
}


def test_no_metric_name_is_spelled_outside_the_vocabulary() -> None:
    """Docstrings may name a metric; code takes the name from monitor.vocabulary.metrics."""
    found = []
    for path in _python_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        parents = _parents(tree)
        found += [
            f"{path.relative_to(MONITOR.parent)}:{node.lineno}: {node.value!r}"
            for node in ast.walk(tree)
            if isinstance(node, ast.Constant)
            and node.value in METRIC_NAMES
            and not isinstance(parents.get(node), ast.Expr)
        ]
    assert found == []


def test_templates_spell_no_event_kind() -> None:
    alternatives = "|".join(EVENT_KINDS)
    kinds = re.compile(rf"""["']({alternatives})["']""")
    found = [
        f"{path.name}:{number}"
        for path in sorted(MONITOR.rglob("*.html"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if (match := kinds.search(line)) and f".get({match[0]})" not in line
        and f"[{match[0]}]" not in line
    ]  # fmt: skip
    assert found == []


# Shapes of period labels: `2025-Q3`, `-H1`, `9M`, or a label cut by position or length.
_LABEL_READING = re.compile(
    r"""-Q\[|-H\[|\\d\{4\}-|"9M"|"H[12]"|len\((?:label|period)\) *=="""
    r"""|(?:label|period)\[(?:\d*:[4-9]|[4-9]\d*:)"""
)


def test_no_period_label_is_read_outside_the_vocabulary() -> None:
    found = [
        f"{path.relative_to(MONITOR.parent)}:{number}: {line.strip()}"
        for path in _python_files()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if _LABEL_READING.search(line)
    ]
    assert found == []


def test_the_test_sees_a_kind_literal(tmp_path: Path) -> None:
    """The checker is not blind: a kind compared by its string is found, a field is not."""
    sample = tmp_path / "sample.py"
    sample.write_text('ok = payload["price"]\nbad = event.kind == "price"\n', encoding="utf-8")
    tree = ast.parse(sample.read_text(encoding="utf-8"))
    parents = _parents(tree)
    hits = [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and node.value in EVENT_KINDS
        and not _is_field_name(node, parents.get(node))
    ]
    assert hits == [2]
