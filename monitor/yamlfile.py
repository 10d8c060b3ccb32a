"""YAML loading that remembers where every value came from, so errors can name the line.

Aliases are bounded: a document whose aliases expand to more than MAX_EXPANDED_NODES nodes
(a 402-byte "billion laughs" expands to 10^9) is refused with one line, since everything that
walks the data — validation, the line index — would walk every copy. The line index visits
each node once.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from monitor.errors import ConfigError, Problem

Path_ = tuple[str | int, ...]
_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _SafeLoader(_BaseLoader):  # type: ignore[misc,valid-type]
    """The safe loader, except that a date that does not exist (2026-13-45) stays text, so
    validation names its file, line and field instead of the parser failing."""


def _timestamp_or_text(loader: Any, node: yaml.ScalarNode) -> Any:
    try:
        return loader.construct_yaml_timestamp(node)
    except ValueError:
        return loader.construct_scalar(node)


_SafeLoader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp_or_text)
MAX_EXPANDED_NODES = 200_000


@dataclass
class LocatedYaml:
    """Parsed YAML data plus the line of every mapping key and sequence item."""

    file: str
    data: Any
    lines: dict[Path_, int] = field(default_factory=dict)

    def line_of(self, path: Path_) -> int | None:
        """Line of the deepest prefix of `path` that exists in the document."""
        for end in range(len(path), -1, -1):
            line = self.lines.get(path[:end])
            if line is not None:
                return line
        return None


def load_yaml(path: Path) -> LocatedYaml:
    """Read and parse a YAML file; a syntax error becomes a ConfigError naming the line."""
    name = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError([Problem(name, None, "", f"cannot read file: {exc.strerror}")]) from exc
    return parse_yaml(text, name)


def parse_yaml(text: str, name: str) -> LocatedYaml:
    # One pass, with libyaml when present: the node tree that gives the lines is the one the
    # data is built from. Parsing twice in pure Python held two trees at once (13 MB of peak
    # memory, never returned, for a 1,000-source config; 10x slower).
    loader = _SafeLoader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        reason = getattr(exc, "problem", None) or str(exc)
        raise ConfigError([Problem(name, line, "", f"invalid YAML: {reason}")]) from exc
    finally:
        loader.dispose()
    located = LocatedYaml(name, data)
    if node is not None:
        _refuse_alias_bombs(node, name)
        _index(node, (), located.lines, set())
    return located


def _refuse_alias_bombs(root: yaml.Node, name: str) -> None:
    """ConfigError if the document, aliases expanded, has more than MAX_EXPANDED_NODES nodes.

    Sizes are summed bottom-up with each distinct node computed once, so the check itself
    costs one visit per node however deep the aliasing goes.
    """
    sizes: dict[int, int] = {}
    order: list[yaml.Node] = []
    stack, seen = [root], set()
    while stack:  # post-order without recursion: an alias chain can be deep
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        order.append(node)
        stack.extend(_children(node))
    for node in reversed(order):
        total = 1 + sum(sizes.get(id(child), 1) for child in _children(node))
        sizes[id(node)] = min(total, MAX_EXPANDED_NODES + 1)
    if sizes[id(root)] > MAX_EXPANDED_NODES:
        line = root.start_mark.line + 1
        reason = (
            f"invalid YAML: its aliases expand to more than {MAX_EXPANDED_NODES:,} values "
            "(an alias bomb?)"
        )
        raise ConfigError([Problem(name, line, "", reason)])


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return []


def _index(node: yaml.Node, path: Path_, lines: dict[Path_, int], seen: set[int]) -> None:
    """Lines by path; an aliased node is indexed under its first path only (line_of falls
    back to the alias's own line for the others)."""
    lines.setdefault(path, node.start_mark.line + 1)
    if id(node) in seen:
        return
    seen.add(id(node))
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key_path = (*path, str(key_node.value))
            lines[key_path] = key_node.start_mark.line + 1
            _index(value_node, key_path, lines, seen)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _index(item, (*path, index), lines, seen)


def validated_list(doc: LocatedYaml, key: str, model: type[BaseModel], what: str) -> list[Any]:
    """The items under `key` of a file that holds one list (`rules:`, `theses:`), validated by
    `model`; a ConfigError naming file, line and field otherwise. An empty file is an empty
    list."""
    data = doc.data if doc.data is not None else {key: []}
    if not isinstance(data, dict):
        raise ConfigError([Problem(doc.file, 1, "", f"a {what} file is a mapping with `{key}:`")])
    try:
        return list(getattr(model.model_validate(data), key))
    except ValidationError as exc:
        raise ConfigError(problems_from_validation(exc, doc)) from exc


def problems_from_validation(
    error: ValidationError, doc: LocatedYaml, prefix: Path_ = ()
) -> list[Problem]:
    """Turn pydantic errors into one Problem each, with the YAML line and a dotted field."""
    problems = []
    for item in error.errors():
        loc = tuple(item["loc"])
        if item["type"] in ("union_tag_invalid", "union_tag_not_found"):
            loc = (*loc, "kind")  # point at the `kind:` line, not the entry
        path = _data_path(doc.data, prefix, loc)
        problems.append(Problem(doc.file, doc.line_of(path), _dotted(path), _message(item)))
    return problems


def _data_path(data: Any, prefix: Path_, loc: Iterable[str | int]) -> Path_:
    """Follow pydantic's loc through the data, skipping union tags that are not real keys."""
    path = list(prefix)
    node = data
    for part in prefix:
        node = _child(node, part)
    for part in loc:
        child = _child(node, part)
        is_tag = isinstance(part, str) and not _is_key_of(node, part) and _is_tag(node, part)
        if child is _MISSING and is_tag:
            continue
        path.append(part)
        node = child
    return tuple(path)


_MISSING = object()


def _child(node: Any, part: str | int) -> Any:
    if isinstance(node, dict):
        return node.get(part, _MISSING)
    if isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
        return node[part]
    return _MISSING


def _is_key_of(node: Any, part: str) -> bool:
    return isinstance(node, dict) and part in node


def _is_tag(node: Any, part: str) -> bool:
    # pydantic puts the discriminator's value ("crypto_spot") into loc for tagged unions.
    return isinstance(node, dict) and part in {str(v) for v in node.values()}


def _dotted(path: Path_) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


def _message(item: Any) -> str:
    if item["type"] == "extra_forbidden":
        return "unknown key"
    if item["type"] == "union_tag_invalid":
        context = item.get("ctx", {})
        return f"unknown kind {context.get('tag')!r} (known: {context.get('expected_tags')})"
    if item["type"] == "literal_error" and item["loc"] and item["loc"][-1] == "kind":
        known = item.get("ctx", {}).get("expected")
        return f"unknown kind {item.get('input')!r} (known: {known})"
    return str(item["msg"])
