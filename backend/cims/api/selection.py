"""What a query selects beneath the field being resolved.

A resolver can then load a relation for its children in the same batch as its
own rows, and only when a child asks for it. Strawberry's ``info.selected_fields``
would rebuild the whole subtree as its own objects on every call; this reads
graphql-core's nodes as they are.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

import strawberry
from graphql import (
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    InlineFragmentNode,
    SelectionSetNode,
)


def selects(info: strawberry.Info, path: tuple[str, ...]) -> bool:
    """Whether the current field selects ``path`` (field names, not aliases).

    Fragments count whatever their type condition, and ``@skip``/``@include``
    are not evaluated: a true answer means "may be asked", which costs at worst
    a load that nothing reads; a false one means it cannot be.
    """
    raw = info._raw_info  # graphql-core's own info, behind Strawberry's
    nodes: list[FieldNode] = list(raw.field_nodes)
    for name in path:
        nodes = [
            child
            for node in nodes
            for child in _fields(node.selection_set, raw.fragments)
            if child.name.value == name
        ]
        if not nodes:
            return False
    return True


def _fields(
    selection_set: SelectionSetNode | None,
    fragments: Mapping[str, FragmentDefinitionNode],
) -> Iterator[FieldNode]:
    if selection_set is None:
        return
    for selection in selection_set.selections:
        if isinstance(selection, FieldNode):
            yield selection
        elif isinstance(selection, InlineFragmentNode):
            yield from _fields(selection.selection_set, fragments)
        elif isinstance(selection, FragmentSpreadNode):
            fragment = fragments.get(selection.name.value)
            if fragment is not None:
                yield from _fields(fragment.selection_set, fragments)
