"""Every field name, coded field and detail key the audit trail records has a label
in the SPA's English and Chinese, so the compliance officer reads words, not codes.

The names are found in the code that records them: the string literals of every
``audit.record``/``record_many``/``Entry`` call (its fields and its details), the
names and dictionaries those calls take from their function or module, and the
names that are only known at run time (a customer's fields, the tables a merge
moves or a subject export writes) from where the code takes them. The lookup
mirrors ``frontend/src/features/audit/auditLabels.js``.
"""

from __future__ import annotations

import ast
import dataclasses
import json
from pathlib import Path

import pytest

from cims.domain import customers, exporting, importing, kyc
from cims.domain.duplicates import DROPPED_ON_MERGE, customer_references
from cims.domain.erasure import ERASED_FIELDS
from cims.domain.subject_export import all_sections
from cims.models import ComplaintStatus, ErasureGround, SurveyKind

ROOT = Path(__file__).resolve().parents[2]
BACKEND = ROOT / "backend" / "cims"
LOCALES = ROOT / "frontend" / "src" / "locales"
RECORDERS = {"record", "record_many", "record_batched", "Entry"}


def _calls(tree: ast.AST):
    """(call, enclosing function or None) for every audit call of a module."""
    parents: dict[ast.AST, ast.AST] = {}
    for node in ast.walk(tree):
        for child in ast.iter_child_nodes(node):
            parents[child] = node
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else None
        owner = func.value if isinstance(func, ast.Attribute) else None
        if name not in RECORDERS or not (
            isinstance(owner, ast.Name) and owner.id == "audit"
        ):
            continue
        scope = node
        while scope in parents and not isinstance(
            scope, ast.FunctionDef | ast.AsyncFunctionDef
        ):
            scope = parents[scope]
        yield (
            node,
            scope
            if isinstance(scope, ast.AsyncFunctionDef | ast.FunctionDef)
            else None,
        )


class _Found:
    def __init__(self, module: ast.Module) -> None:
        self.module = module
        self.fields: set[str] = set()
        self.coded: set[str] = set()  # prefixes of ``prefix:value`` names
        self.details: set[str] = set()

    def assigned(self, name: str, scope) -> list[ast.expr]:
        """What ``name`` is set to in the function, else in the module."""
        values = []
        for where in (scope, self.module):
            if where is None:
                continue
            for node in ast.walk(where):
                if isinstance(node, ast.Assign | ast.AugAssign | ast.AnnAssign):
                    targets = (
                        node.targets if isinstance(node, ast.Assign) else [node.target]
                    )
                    if any(isinstance(t, ast.Name) and t.id == name for t in targets):
                        values.append(node.value)
            if values:
                return values
        return values

    def names(self, expr, scope, seen=frozenset()) -> None:
        """The field names in a fields expression: literals, f-strings that start
        ``prefix:``, lists, tuples and sums of them, and the names bound to those.
        Anything computed (a call, a comprehension) is left to ``run_time_fields``."""
        match expr:
            case ast.Constant(value=str(value)):
                self.fields.add(value)
            case ast.JoinedStr(values=[ast.Constant(value=str(head)), *_]) if (
                ":" in head
            ):
                self.coded.add(head.split(":")[0])
            case ast.List(elts=items) | ast.Tuple(elts=items) | ast.Set(elts=items):
                for item in items:
                    self.names(item, scope, seen)
            case ast.Starred(value=value):
                self.names(value, scope, seen)
            case ast.BinOp(left=left, right=right):
                self.names(left, scope, seen)
                self.names(right, scope, seen)
            case ast.Await(value=value):
                self.names(value, scope, seen)
            case ast.Call(func=ast.Name(id="list" | "sorted" | "set"), args=[arg]):
                self.keys(arg, scope, seen, into=self.fields)  # a dict's keys
            case ast.ListComp(generators=[ast.comprehension(iter=source)]):
                if isinstance(source, ast.Call) and isinstance(
                    source.func, ast.Attribute
                ):
                    source = source.func.value  # values.items()
                self.keys(source, scope, seen, into=self.fields)
            case ast.Call(func=ast.Name(id=helper)) if helper not in seen:
                # A helper of the module that returns the names (erasure's history).
                for node, returned in self.returns(helper):
                    self.names(returned, node, seen | {helper})
            case ast.Name(id=name) if (id(scope), name) not in seen:
                for value in self.assigned(name, scope):
                    self.names(value, scope, seen | {(id(scope), name)})
                for node in ast.walk(scope) if scope is not None else ():
                    # name.append("...") / name.extend([...])
                    match node:
                        case ast.Call(
                            func=ast.Attribute(
                                value=ast.Name(id=owner), attr="append" | "extend"
                            ),
                            args=[arg],
                        ) if owner == name:
                            self.names(arg, scope, seen | {(id(scope), name)})

    def keys(self, expr, scope, seen=frozenset(), into=None) -> None:
        """The keys of a details expression, and of the dictionaries it names."""
        into = self.details if into is None else into
        match expr:
            case ast.Dict(keys=keys, values=values):
                for key, value in zip(keys, values, strict=True):
                    if isinstance(key, ast.Constant):
                        into.add(key.value)
                    elif key is None:  # **other
                        self.keys(value, scope, seen, into)
            case ast.Await(value=value):
                self.keys(value, scope, seen, into)
            case ast.Call(func=ast.Name(id=helper)) if helper not in seen:
                for node, returned in self.returns(helper):
                    self.keys(returned, node, seen | {helper}, into)
            case ast.Name(id=name) if (id(scope), name) not in seen:
                for value in self.assigned(name, scope):
                    self.keys(value, scope, seen | {(id(scope), name)}, into)
                self._updates(name, scope, into)

    def returns(self, helper: str):
        """(function, returned expression) of the module's function ``helper``."""
        for node in self.module.body:
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and (
                node.name == helper
            ):
                for found in ast.walk(node):
                    if isinstance(found, ast.Return) and found.value:
                        yield node, found.value

    def _updates(self, name: str, scope, into: set) -> None:
        """``name.update({...})`` and ``name["key"] = ...`` in the function."""
        for node in ast.walk(scope) if scope is not None else ():
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "update"
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == name
            ):
                for arg in node.args:
                    self.keys(arg, scope, into=into)
            if isinstance(node, ast.Subscript) and isinstance(node.ctx, ast.Store):
                target, key = node.value, node.slice
                named = isinstance(target, ast.Name) and target.id == name
                if named and isinstance(key, ast.Constant):
                    into.add(key.value)

    def call(self, call: ast.Call, scope) -> None:
        name = call.func.attr
        keywords = {k.arg: k.value for k in call.keywords}
        if name == "Entry":
            fields = call.args[2] if len(call.args) > 2 else keywords.get("fields")
            details = call.args[3] if len(call.args) > 3 else keywords.get("details")
        elif name == "record":
            fields = call.args[4] if len(call.args) > 4 else keywords.get("fields")
            details = keywords.get("details")
        else:  # record_many, record_batched: entries of (entity, id, fields, details)
            entries = call.args[2] if len(call.args) > 2 else keywords.get("entries")
            fields = details = None
            for entry in ast.walk(entries) if entries is not None else ():
                if isinstance(entry, ast.Tuple) and len(entry.elts) > 2:
                    self.names(entry.elts[2], scope)
                    if len(entry.elts) > 3:
                        self.keys(entry.elts[3], scope)
        if fields is not None:
            self.names(fields, scope)
        if details is not None:
            self.keys(details, scope)


def recorded() -> _Found:
    """Every name the code's audit calls write, as far as the code shows it."""
    everything = _Found(ast.Module(body=[], type_ignores=[]))
    for path in sorted(BACKEND.rglob("*.py")):
        if path.name == "audit.py" and path.parent.name == "domain":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        found = _Found(tree)
        for call, scope in _calls(tree):
            found.call(call, scope)
        everything.fields |= found.fields
        everything.coded |= found.coded
        everything.details |= found.details
    return everything


def tables() -> set[str]:
    """The tables a merge moves rows of and a subject export writes."""
    names = {model._meta.db_table for model, _ in customer_references()}
    names |= {model._meta.db_table for model in DROPPED_ON_MERGE}
    return names | set(all_sections(0))


def run_time_fields() -> set[str]:
    """Field names the code passes on from its input or its models: a customer's
    (an edit, an import's columns, an erasure) and an export's columns."""
    document = {f.name for f in dataclasses.fields(kyc.NewDocument)}
    return (
        set(customers.FIELDS)
        | set(ERASED_FIELDS)
        | set(exporting.CUSTOMER_COLUMNS)
        | document
    )


def run_time_detail_keys() -> set[str]:
    commit = importing.commit_details(importing.CommitMode.ALL_OR_NOTHING, 1, 1, 1)
    query = customers.CustomerQuery(
        text="x",
        statuses=("active",),
        kind="individual",
        branch_id=1,
        segment_id=1,
        complete=True,
        consent_granted="marketing",
    )
    merge = {
        "moved",
        "deleted_to_rebuild",
        "relations_ended",
        "relations_ended_left_out",
        "segment_stays_closed",
        "segment_stays_closed_left_out",
    }
    return set(commit) | set(exporting.filter_details(query)) | merge


CODE_VALUES = {
    "ground": {g.value for g in ErasureGround},
    "kind": {k.value for k in SurveyKind},
    "from": {s.value for s in ComplaintStatus},
    "to": {s.value for s in ComplaintStatus},
    "commit_mode": {m.value for m in importing.CommitMode},
}


def _locale(language: str) -> dict:
    return json.loads((LOCALES / f"{language}.json").read_text(encoding="utf-8"))


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def _field_labelled(texts: dict, name: str) -> bool:
    audit = texts["audit"]
    if ":" in name:
        prefix, value = name.split(":", 1)
        if prefix in audit["codedFields"]:
            return True
        return value in audit["fieldStates"] and _field_labelled(texts, prefix)
    if "." in name and name[:1].isupper():
        entity, field = name.split(".", 1)
        return entity in audit["entities"] and _field_labelled(texts, field)
    return _camel(name) in texts["customers"]["fields"] or any(
        name in audit[group] for group in ("fieldNames", "tables", "entities")
    )


@pytest.fixture(scope="module")
def found() -> _Found:
    return recorded()


@pytest.fixture
def models(database) -> None:
    """The models registered: the tables are read from them."""


def test_the_scan_finds_what_the_trail_records(found):
    # A few of each kind, so that a scan that finds nothing cannot pass.
    assert {
        "decision_reason",
        "reference",
        "second_approver",
        "summary",
    } <= found.fields
    assert {"request", "ground"} <= found.coded
    assert {"Interaction.summary", "ImportRecord"} <= found.fields
    assert {"complaint_event_id", "from", "to", "invitation_id", "total_rows"} <= (
        found.details
    )
    assert {"merged_from", "purpose", "clear_row_limit"} <= found.details


@pytest.mark.parametrize("language", ["en", "zh"])
def test_every_recorded_field_name_has_a_label(found, models, language):
    texts = _locale(language)
    names = found.fields | run_time_fields() | tables()
    names |= {f"{prefix}:1" for prefix in found.coded}
    # An export names its masked columns ``column:masked``.
    names |= {f"{column}:masked" for column in exporting.MASKED_COLUMNS}

    missing = sorted(n for n in names if not _field_labelled(texts, n))

    assert missing == [], f"no {language} label in audit.fieldNames/codedFields"


@pytest.mark.parametrize("language", ["en", "zh"])
def test_every_recorded_detail_key_and_table_has_a_label(found, models, language):
    audit = _locale(language)["audit"]
    keys = found.details | run_time_detail_keys()

    assert sorted(keys - set(audit["detailKeys"])) == []
    missing = sorted(tables() - set(audit["tables"]))
    assert not missing, f"no {language} label in audit.tables for {missing}"


@pytest.mark.parametrize("language", ["en", "zh"])
def test_every_coded_value_has_a_label(found, language):
    values = _locale(language)["audit"]["codeValues"]

    missing = {
        key: sorted(codes - set(values.get(key, {})))
        for key, codes in CODE_VALUES.items()
    }

    assert {k: v for k, v in missing.items() if v} == {}
    assert set(CODE_VALUES) <= found.details | found.coded
