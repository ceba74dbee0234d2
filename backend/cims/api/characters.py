"""One refusal of text nothing can store, for every string a client sends.

A NUL (PostgreSQL refuses it in text) or a lone surrogate (UTF-8 cannot encode it)
in any input, however deep (an input object's field, a list item, a JSON scalar's
value or key), is refused before any resolver runs, with the code
``INVALID_CHARACTERS``, the field as a payload's ``FieldError`` names it in
``extensions.field`` (``summary``; ``transactions[3].description``) and the whole
argument path in ``extensions.path`` (``input.transactions[3].description``).
Literals in the query text are checked by a validation rule (its verdict is
cached with the text); variables by an extension, on every operation. What
counts as such a character is the domain's rule
(``cims.domain.validation.unencodable``).
"""

from __future__ import annotations

from collections.abc import Iterator

from graphql import (
    ArgumentNode,
    GraphQLError,
    ObjectFieldNode,
    StringValueNode,
    ValidationRule,
    VariableDefinitionNode,
)
from graphql import ExecutionResult as GraphQLExecutionResult
from strawberry.extensions import SchemaExtension

from cims.domain.validation import unencodable

CODE = "INVALID_CHARACTERS"
MAX_PATH = 200


KEY = " (a key)"


def payload_field(path: str) -> str:
    """The field of an argument path as payloads name it: the path inside the
    argument (``input.summary`` is ``summary``, as a ``FieldError`` says); the
    argument's own name when the text is the whole argument (``t``)."""
    path = path.removesuffix(KEY)
    head, dot, rest = path.partition(".")
    if "[" in head:  # a list argument: ids[2]
        return path
    return rest if dot and rest else head


def _refusal(path: str, node=None) -> GraphQLError:
    path = path[:MAX_PATH]
    return GraphQLError(
        f"The text at {path} holds a NUL or an unpaired surrogate, which no text "
        "may hold",
        node,
        extensions={"code": CODE, "field": payload_field(path), "path": path},
    )


def bad_paths(value: object, path: str) -> Iterator[str]:
    """The paths in a decoded JSON value whose text (value or key) is unencodable."""
    if isinstance(value, str):
        if unencodable(value):
            yield path
    elif isinstance(value, dict):
        for key, item in value.items():
            if isinstance(key, str) and unencodable(key):
                yield f"{path or 'variables'}{KEY}"  # the key is not echoed
            else:
                yield from bad_paths(item, f"{path}.{key}" if path else str(key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from bad_paths(item, f"{path}[{index}]")


class LiteralCharactersRule(ValidationRule):
    """String literals in the document (arguments, input objects, defaults)."""

    def enter_string_value(self, node: StringValueNode, _key, parent, _path, ancestors):
        if not unencodable(node.value):
            return
        names = []
        for ancestor in [*ancestors, parent]:
            if isinstance(ancestor, ArgumentNode | ObjectFieldNode):
                names.append(ancestor.name.value)
            elif isinstance(ancestor, VariableDefinitionNode):
                names.append(ancestor.variable.name.value)
        self.context.report_error(_refusal(".".join(names) or "a literal", node))


class VariableCharacters(SchemaExtension):
    """The operation's variables, as the client sent them, before coercion."""

    def on_execute(self):
        context = self.execution_context
        variables = context.variables or {}
        if isinstance(variables, dict):
            for name, value in variables.items():
                path = next(bad_paths({name: value}, ""), None)
                if path is not None:
                    context.result = GraphQLExecutionResult(
                        data=None, errors=[_refusal(path)]
                    )
                    break
        yield
