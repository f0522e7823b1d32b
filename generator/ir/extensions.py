"""The `x-` extensions the generic code reads, parsed once into frozen values on the IR.

docs/spec-conventions.md documents each one; the defaults below are the only defaults: the
renderer, the mock servers and the contract runner read these values and never the raw dicts.
A key this module does not know, a style it does not know or a value of the wrong type is a
located problem (`validate` prints it; `build_api` keeps it in `Api.warnings`), never a silent
default.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, fields
from typing import Any

from generator.spec.loader import SpecError, join_pointer

PAGINATION_STYLES = ("offset", "odata", "page-number", "next-url", "date-range")
RESOURCE_ACTIONS = ("create", "get", "list", "update", "delete", "custom")


@dataclass(frozen=True)
class Pagination:
    """`x-pagination`: how to walk every item of a list operation."""

    style: str
    items: str = ""  # JSON pointer of the item list in the body ("" = the body)
    total: str | None = None  # pointer of the total count
    next: str | None = None  # pointer of the next page's URL (next-url)
    offset_param: str = "offset"
    limit_param: str = "limit"
    skip_param: str = "$skip"
    top_param: str = "$top"
    page_param: str = "page"
    first_page: int = 1
    page_size: int | None = None  # fixed size of a server-paged list
    start_param: str = "start"
    end_param: str = "end"
    max_days: int | None = None

    @property
    def position_params(self) -> tuple[str, ...]:
        """Query parameters that say where a page starts (and so never filter the list)."""
        return {
            "offset": (self.offset_param, self.limit_param),
            "odata": (self.skip_param, self.top_param),
            "page-number": (self.page_param, self.limit_param),
            "next-url": (self.page_param,),
            "date-range": (),
        }[self.style]


@dataclass(frozen=True)
class NotFoundRule:
    """One `x-not-found` matcher: an empty 2xx body, or a status whose body says not found."""

    empty_body: bool = False
    status: int | None = None
    pointer: str | None = None
    contains: str | None = None


@dataclass(frozen=True)
class PartialFailure:
    """`x-partial-failure`: pointers into one result item of a bulk call."""

    success: str
    message: str | None = None
    id: str | None = None


@dataclass(frozen=True)
class ResourceBinding:
    """`x-resource`: the store an operation works on (mock servers)."""

    name: str
    action: str = "custom"
    id: str = "/id"  # pointer of the id in the stored entity
    envelope: str | None = None  # request/response bodies wrap the entity under this key
    lookup: tuple[str, ...] = ()  # other entity fields an item path may name it by

    @property
    def id_field(self) -> str:
        return self.id.lstrip("/").split("/")[0]


@dataclass(frozen=True)
class ContractOptions:
    """`x-contract`: Schemathesis checks that do not apply to one operation, and why."""

    skip_checks: tuple[str, ...] = ()
    reason: str = ""


@dataclass(frozen=True)
class OperationExtensions:
    pagination: Pagination | None = None
    not_found: tuple[NotFoundRule, ...] = ()
    partial_failure: PartialFailure | None = None
    resource: ResourceBinding | None = None
    # The body property that carries the credential (the one marked `x-credential`): set by
    # build_api from the request body schema, not an operation key.
    auth_in_body: str | None = None
    soft_delete: bool = False
    contract: ContractOptions = field(default_factory=ContractOptions)
    previous_operation_ids: tuple[str, ...] = ()  # old names kept as deprecated aliases


@dataclass(frozen=True)
class ParameterExtensions:
    filter_fields: tuple[str, ...] | None = None  # x-filter-fields (OData filter parameters)


@dataclass(frozen=True)
class SchemeExtensions:
    credential_env: str | None = None
    basic_password: str | None = None
    credential_format: str | None = None


# Extensions that carry documentation only: known, never read by code.
DOCUMENTATION_KEYS = frozenset({"x-choices", "x-observed", "x-vendor-version"})
OPERATION_KEYS = frozenset(
    {
        "x-pagination",
        "x-not-found",
        "x-partial-failure",
        "x-resource",
        "x-soft-delete",
        "x-contract",
        "x-previous-operation-ids",
    }
)
SCHEME_KEYS = frozenset({"x-credential-env", "x-basic-password", "x-credential-format"})

Report = Callable[[str, str], None]  # (pointer, message)


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_str_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


_CHECKS: dict[type, tuple[Callable[[Any], bool], str]] = {
    str: (lambda v: isinstance(v, str), "a string"),
    int: (_is_int, "an integer"),
    bool: (lambda v: isinstance(v, bool), "true or false"),
    tuple: (_is_str_list, "a list of strings"),
}


def _base_type(annotation: str) -> type:
    for prefix, base in (("tuple", tuple), ("bool", bool), ("int", int)):
        if annotation.startswith(prefix):
            return base
    return str


def _field_types(cls: type) -> dict[str, type]:
    """Wire key (`offset-param`) -> the base type its dataclass field holds."""
    return {f.name.replace("_", "-"): _base_type(str(f.type)) for f in fields(cls)}


def _parse_object(cls: type, raw: Any, at: str, report: Report) -> Any:
    """An instance of the dataclass `cls` from a mapping of kebab-case keys; None when unusable."""
    if not isinstance(raw, dict):
        report(at, f"must be a mapping, got {type(raw).__name__}")
        return None
    types = _field_types(cls)
    values: dict[str, Any] = {}
    for key, value in raw.items():
        expected = types.get(str(key))
        if expected is None:
            report(join_pointer(at, str(key)), f"unknown key {key!r} (known: {', '.join(types)})")
            continue
        check, what = _CHECKS[expected]
        if not check(value):
            report(join_pointer(at, str(key)), f"must be {what}, got {value!r}")
            continue
        values[str(key).replace("-", "_")] = tuple(value) if expected is tuple else value
    try:
        return cls(**values)
    except TypeError:
        missing = [f.name.replace("_", "-") for f in fields(cls) if f.name not in values]
        report(at, f"missing required key {missing[0]!r}")
        return None


def _pagination(raw: Any, at: str, report: Report) -> Pagination | None:
    if isinstance(raw, dict) and raw.get("style") not in PAGINATION_STYLES:
        report(
            join_pointer(at, "style"),
            f"unknown pagination style {raw.get('style')!r} (one of {', '.join(PAGINATION_STYLES)})",
        )
        return None
    parsed = _parse_object(Pagination, raw, at, report)
    return parsed if isinstance(parsed, Pagination) else None


def _not_found(raw: Any, at: str, report: Report) -> tuple[NotFoundRule, ...]:
    if not isinstance(raw, list):
        report(at, "must be a list of matchers")
        return ()
    rules = []
    for i, item in enumerate(raw):
        rule = _parse_object(NotFoundRule, item, join_pointer(at, i), report)
        if isinstance(rule, NotFoundRule):
            if not rule.empty_body and rule.status is None:
                report(join_pointer(at, i), "a matcher needs empty-body: true or a status")
                continue
            rules.append(rule)
    return tuple(rules)


def _resource(raw: Any, at: str, report: Report) -> ResourceBinding | None:
    parsed = _parse_object(ResourceBinding, raw, at, report)
    if isinstance(parsed, ResourceBinding) and parsed.action not in RESOURCE_ACTIONS:
        report(
            join_pointer(at, "action"),
            f"unknown action {parsed.action!r} (one of {', '.join(RESOURCE_ACTIONS)})",
        )
        return None
    return parsed if isinstance(parsed, ResourceBinding) else None


def _typed(value: Any, at: str, expected: type, report: Report) -> Any:
    check, what = _CHECKS[expected]
    if check(value):
        return tuple(value) if expected is tuple else value
    report(at, f"must be {what}, got {value!r}")
    return None


def parse_operation(raw: dict[str, Any], at: str, report: Report) -> OperationExtensions:
    """The extensions of one operation object (`at` is its pointer)."""

    def part(key: str) -> tuple[Any, str]:
        return raw.get(key), join_pointer(at, key)

    values: dict[str, Any] = {}
    if "x-pagination" in raw:
        values["pagination"] = _pagination(*part("x-pagination"), report)
    if "x-not-found" in raw:
        values["not_found"] = _not_found(*part("x-not-found"), report)
    if "x-partial-failure" in raw:
        partial = _parse_object(PartialFailure, *part("x-partial-failure"), report)
        values["partial_failure"] = partial if isinstance(partial, PartialFailure) else None
    if "x-resource" in raw:
        values["resource"] = _resource(*part("x-resource"), report)
    if "x-soft-delete" in raw:
        values["soft_delete"] = _typed(*part("x-soft-delete"), bool, report) is True
    if "x-previous-operation-ids" in raw:
        previous = _typed(*part("x-previous-operation-ids"), tuple, report)
        values["previous_operation_ids"] = previous or ()
    if "x-contract" in raw:
        contract = _parse_object(ContractOptions, *part("x-contract"), report)
        if isinstance(contract, ContractOptions):
            if contract.skip_checks and not contract.reason:
                report(join_pointer(at, "x-contract"), "skip-checks needs a reason")
            values["contract"] = contract
    return OperationExtensions(**values)


def parse_parameter(raw: dict[str, Any], at: str, report: Report) -> ParameterExtensions:
    if "x-filter-fields" not in raw:
        return ParameterExtensions()
    value = _typed(raw["x-filter-fields"], join_pointer(at, "x-filter-fields"), tuple, report)
    return ParameterExtensions(filter_fields=value)


def parse_credential(
    schema: dict[str, Any], at: str, api_key_schemes: frozenset[str], report: Report
) -> str | None:
    """`x-credential: SCHEME` on a body property's schema: the property carries that `apiKey`
    scheme's credential (Papershift's `api_token` in the JSON body of its writes). The scheme
    key, or None when the schema has no (usable) marker."""
    if "x-credential" not in schema:
        return None
    at = join_pointer(at, "x-credential")
    key = _typed(schema["x-credential"], at, str, report)
    if key is not None and key not in api_key_schemes:
        known = ", ".join(sorted(api_key_schemes)) or "none"
        report(at, f"names no apiKey security scheme: {key!r} (known: {known})")
        return None
    return key


def parse_server_variable(raw: dict[str, Any], at: str, report: Report) -> bool:
    """`x-placeholder: true`: the variable's default is the docs' example account, not a host
    anyone's data lives on, so clients require a value instead of defaulting to it."""
    if "x-placeholder" not in raw:
        return False
    return _typed(raw["x-placeholder"], join_pointer(at, "x-placeholder"), bool, report) is True


def parse_scheme(raw: dict[str, Any], at: str, report: Report) -> SchemeExtensions:
    values = {}
    for key in sorted(SCHEME_KEYS & raw.keys()):
        value = _typed(raw[key], join_pointer(at, key), str, report)
        if value:
            values[key[2:].replace("-", "_")] = value
    return SchemeExtensions(**values)


def unknown_keys(raw: dict[str, Any], known: frozenset[str], at: str, report: Report) -> None:
    """Report `x-` keys of one object that no consumer reads (the strict profile's rule: other
    tools' extensions are legitimate in a spec we did not write)."""
    for key in raw:
        if isinstance(key, str) and key.startswith("x-") and key not in known | DOCUMENTATION_KEYS:
            report(join_pointer(at, key), f"unknown extension {key!r}")


def collector(spec: Any, into: list[SpecError]) -> Report:
    """A `Report` that appends located SpecErrors of `spec` to `into`."""

    def report(pointer: str, message: str) -> None:
        into.append(spec.error(pointer, message))

    return report
