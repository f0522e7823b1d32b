"""View objects for the templates: everything a template needs, computed from the IR.

Templates only loop and insert; every decision (names, types, defaults, examples) is made here.
"""

from __future__ import annotations

import dataclasses
import json
import re
from dataclasses import dataclass, field
from typing import Any

from generator.ir.build import CLIENT_KWARGS
from generator.ir.credentials import placements
from generator.ir.model import Api, Operation, Parameter, SecurityScheme
from generator.ir.names import UniqueNames, pascal_case, snake_case
from generator.ir.types import ANY, TypeRef
from generator.render.typed_dicts import BodyTypes
from generator.spec.loader import SpecError

# The runtime's Pagination fields each style uses (OData's skip/top are its offset/limit).
_PAGINATION_FIELDS = {
    "offset": ("items", "total", "offset_param", "limit_param"),
    "odata": ("items", "total", "offset_param", "limit_param"),
    "page-number": ("items", "total", "page_param", "limit_param", "first_page"),
    "next-url": ("items", "total", "next", "page_param", "first_page"),
    "date-range": ("items", "start_param", "end_param", "max_days"),
}


def _constant(op: Operation, consts: UniqueNames) -> str:
    """The module constant of an operation's spec: `LIST_WORKING_SESSIONS` where the method name
    already says the resource, `<RESOURCE>_<METHOD>` where it does not or the short one is taken."""
    resource = op.resource.strip("_")
    stem = resource[:-3] + "y" if resource.endswith("ies") else resource.removesuffix("s")
    long = snake_case(f"{op.resource}_{op.py_name}").upper().strip("_") or "OP"
    short = op.py_name.upper().strip("_")
    says_resource = any(word and word in op.py_name for word in (resource, stem))
    if says_resource and short and not consts.is_taken(short):
        return short
    return long


def _pagination(op: Operation) -> list[tuple[str, Any]] | None:
    """Keyword arguments of the runtime's Pagination for this operation (None: not paged)."""
    rule = op.ext.pagination
    if rule is None:
        return None
    values = dataclasses.asdict(rule)
    if rule.style == "odata":
        values.update(offset_param=rule.skip_param, limit_param=rule.top_param)
    fields = [(k, values[k]) for k in ("style", *_PAGINATION_FIELDS[rule.style])]
    return sorted((k, v) for k, v in fields if v is not None)


# Upper-case names the resources module imports; operation constants must not shadow them.
RESOURCES_MODULE_NAMES = ("NOT_GIVEN",)
_LOCATION_KWARGS = (
    ("path", "path"),
    ("query", "query"),
    ("header", "headers"),
    ("cookie", "cookies"),
)


@dataclass
class SignatureParam:
    py_name: str
    annotation: TypeRef
    required: bool


@dataclass
class OperationView:
    op: Operation
    const: str
    signature: list[SignatureParam]
    by_location: list[tuple[str, list[Parameter]]]
    response_types: list[tuple[str, str]]
    error_types: list[tuple[str, str]]
    return_annotation: str
    docstring: str
    pagination: list[tuple[str, Any]] | None = None
    not_found: list[dict[str, Any]] = field(default_factory=list)
    partial_failure: list[tuple[str, Any]] | None = None

    def __getattr__(self, name: str) -> Any:
        return getattr(self.op, name)

    @property
    def auth_in_body(self) -> str | None:
        return self.op.ext.auth_in_body

    @property
    def item_annotation_runtime(self) -> str:
        return self.op.item_annotation or "Any"


@dataclass
class ResourceView:
    attr_name: str
    class_name: str
    tag: str
    docstring: str
    operations: list[OperationView]


@dataclass
class ServerVariableView:
    name: str
    py_name: str
    default: str | None  # None: the caller must give it (or base_url=)


@dataclass
class ApiView:
    title: str
    version: str
    spec_name: str
    import_path: str
    readme_link: str
    server_url: str
    server_variables: list[ServerVariableView]
    schemes: tuple[SecurityScheme, ...]
    resources: list[ResourceView]
    operations: list[OperationView]
    error_base: str
    client_docstring: str
    example_code: str
    warnings: list[SpecError]
    bodies: BodyTypes  # the TypedDicts the signatures name, for the models module
    # scheme key -> (body property, method names) of operations that send it in the body
    body_credentials: dict[str, list[tuple[str, list[str]]]]

    @property
    def operation_count(self) -> int:
        return len(self.operations)

    def uses(self, kind: str) -> bool:
        """Whether a signature names a type of `kind` (`sequence`, `literal`: to import)."""
        return any(
            _has_kind(p.annotation, kind) for op in self.operations for p in op.signature
        )


def _doc(*parts: str) -> str:
    return "\n\n".join(p.strip() for p in parts if p and p.strip())


def _operation_docstring(op: Operation) -> str:
    args = []
    for p in op.parameters:
        text = " ".join(p.description.split()) if p.description else f"{p.location} parameter"
        args.append(f"{p.py_name}: {text} (`{p.name}`)")
    if op.body is not None:
        args.append(f"body: {' '.join(op.body.description.split()) or 'the request body'}")
    args.append(
        "retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method"
        " is idempotent)"
    )
    arg_text = "Args:\n" + "\n".join(f"    {a}" for a in args)
    return _doc(op.summary or op.label, op.description, f"`{op.label}`", arg_text)


def _signature(op: Operation, bodies: BodyTypes) -> list[SignatureParam]:
    params = [
        SignatureParam(p.py_name, _optional(TypeRef.of(p.annotation), p.required), p.required)
        for p in op.parameters
    ]
    if op.body is not None:
        body = _body_type(op, bodies)
        params.append(
            SignatureParam("body", _optional(body, op.body.required), op.body.required)
        )
    return sorted(params, key=lambda p: not p.required)


def _body_type(op: Operation, bodies: BodyTypes) -> TypeRef:
    """What `body=` takes: a JSON body's models, or their plain-data forms (TypedDicts); a form
    body's fields as a TypedDict."""
    assert op.body is not None
    annotation = TypeRef.of(op.body.annotation)
    if op.body.kind == "json":
        return bodies.accepted(annotation)
    if op.body.form_fields is not None:
        hint = f"{pascal_case(op.py_name, 'Operation')}Body"
        return bodies.form(op.body.form_fields, hint, op.label) or annotation
    return annotation


def _optional(annotation: TypeRef, required: bool) -> TypeRef:
    return annotation if required else annotation.optional()


def _has_kind(annotation: TypeRef, kind: str) -> bool:
    return annotation.kind == kind or any(_has_kind(a, kind) for a in annotation.args)


class ContextBuilder:
    def __init__(self, api: Api, import_path: str, readme_link: str) -> None:
        self.api = api
        self.import_path = import_path
        self.readme_link = readme_link
        self.warnings: list[SpecError] = list(api.warnings)
        self.bodies = BodyTypes(api.model_schemas)

    def build(self) -> ApiView:
        api = self.api
        consts = UniqueNames(RESOURCES_MODULE_NAMES)
        views = {id(op): self.operation(op, consts) for op in api.operations}
        resources = [
            ResourceView(
                attr_name=r.attr_name,
                class_name=r.class_name,
                tag=r.tag,
                docstring=_doc(r.description, f"Operations tagged {r.tag!r}."),
                operations=[views[id(op)] for op in r.operations],
            )
            for r in api.resources
        ]
        operations = [views[id(op)] for op in api.operations]
        server = api.servers[0] if api.servers else None
        taken = UniqueNames([s.arg_name for s in api.security_schemes] + list(CLIENT_KWARGS))
        variables = [
            ServerVariableView(
                v.name,
                taken.claim(snake_case(v.name, "server_var")),
                None if v.placeholder else v.default,
            )
            for v in (server.variables if server else ())
        ]
        return ApiView(
            title=api.title,
            version=api.version,
            spec_name=api.spec.path.name,
            import_path=self.import_path,
            readme_link=self.readme_link,
            server_url=server.url if server else "http://localhost",
            server_variables=variables,
            schemes=tuple(s for s in api.security_schemes if s.kind != "unsupported"),
            resources=resources,
            operations=operations,
            error_base=pascal_case(self.import_path.rsplit(".", 1)[-1], "Api") + "Error",
            client_docstring=_doc(
                api.title, api.description.split("\n\n")[0] if api.description else ""
            ),
            example_code=ExampleWriter(api, self.import_path, self.bodies).code(),
            warnings=self.warnings,
            bodies=self.bodies,
            body_credentials=_body_credentials(api),
        )

    def operation(self, op: Operation, consts: UniqueNames) -> OperationView:
        by_location = [
            (kwarg, list(op.parameters_in(location)))
            for location, kwarg in _LOCATION_KWARGS
            if op.parameters_in(location)
        ]
        response_types = [(r.status, r.annotation) for r in op.success_responses]
        error_types = [
            (r.status, r.annotation)
            for r in op.responses
            if not r.is_success and _names_a_model(TypeRef.of(r.annotation))
        ]
        partial = self._partial(op)
        item = op.item_annotation or "Any"
        return_annotation = f"_partial.PartialResult[{item}]" if partial else op.result_annotation
        return OperationView(
            op=op,
            const=consts.claim(_constant(op, consts)),
            signature=_signature(op, self.bodies),
            by_location=by_location,
            response_types=response_types,
            error_types=error_types,
            return_annotation=return_annotation,
            docstring=_operation_docstring(op),
            pagination=_pagination(op),
            not_found=self._not_found(op),
            partial_failure=partial,
        )

    def _warn(self, op: Operation, key: str, message: str) -> None:
        self.warnings.append(self.api.spec.error(f"{op.pointer}/{key}", message))

    def _not_found(self, op: Operation) -> list[dict[str, Any]]:
        return [dataclasses.asdict(rule) for rule in op.ext.not_found]

    def _partial(self, op: Operation) -> list[tuple[str, Any]] | None:
        rule = op.ext.partial_failure
        if rule is None:
            return None
        return [(k, v) for k, v in dataclasses.asdict(rule).items() if v is not None]


class ExampleWriter:
    """A runnable README example from the spec's own examples (values inserted as literals)."""

    def __init__(self, api: Api, import_path: str, bodies: BodyTypes) -> None:
        self.api = api
        self.import_path = import_path
        self.bodies = bodies

    def code(self) -> str:
        env = self.import_path.rsplit(".", 1)[-1].upper() + "_BASE_URL"
        lines = [
            "import datetime",
            "import os",
            "import uuid",
            "",
            f"from {self.import_path} import Client",
            "",
            f"# Credentials come from the environment ({self._env_names()}).",
            f"client = Client(base_url=os.environ.get({env!r}))",
        ]
        for op in self._showcase():
            call = self._call(op)
            if call:
                lines += ["", f"# {op.summary or op.label}", call]
        return "\n".join(lines)

    def _env_names(self) -> str:
        names = [s.env_var for s in self.api.security_schemes if s.env_var]
        return ", ".join(f"${n}" for n in names) or "no credentials needed"

    def _showcase(self) -> list[Operation]:
        creates = [op for op in self.api.operations if _action(op) == "create" and _example(op)]
        lists = [
            op
            for op in self.api.operations
            if op.item_annotation and op.ext.pagination
        ]
        return (creates[:1] + lists[:1]) or [
            op for op in self.api.operations if op.method == "GET"
        ][:1]

    def _call(self, op: Operation) -> str | None:
        args = []
        window = _date_window(op)
        for p in op.parameters:
            if p.name in window:
                as_text = _date_kind(TypeRef.of(p.annotation)) is None
                args.append(f"{p.py_name}={window[p.name]}{'.isoformat()' if as_text else ''}")
                continue
            if not p.required:
                continue  # the example shows the minimum a call needs
            value = _param_example(p)
            if value is _MISSING:
                return None
            args.append(f"{p.py_name}={_literal_for(TypeRef.of(p.annotation), value)}")
        if op.body is not None:
            body = _example(op)
            if body is _MISSING and op.body.required:
                return None
            if body is not _MISSING:
                source = _body_source(body, _body_type(op, self.bodies), self.bodies)
                args.append(f"body={source}")
        call = f"client.{op.resource}.{op.py_name}({', '.join(args)})"
        if op.ext.pagination and op.item_annotation:
            call = f"client.{op.resource}.iter_{op.py_name}({', '.join(args)})"
            return f"for item in {call}:\n    print(item)"
        return f"result = {call}\nprint(result)"


_MISSING: Any = object()


_UUID_TEXT = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")


def _body_source(value: Any, annotation: TypeRef, bodies: BodyTypes, key: str = "") -> str:
    """Source of a body example for `body=` typed `annotation`: dicts keyed as its TypedDict
    says, dates and UUIDs as objects where the type wants them, and the ids a caller chooses
    (UUIDs, `external_id`s) fresh on each run, so the example runs again on the same server."""
    members = annotation.args if annotation.kind == "union" else (annotation,)
    if isinstance(value, dict):
        shape = next((bodies.classes[m.name] for m in members if m.name in bodies.classes), None)
        fields = shape.fields if shape else {}
        return "{" + ", ".join(
            f"{k!r}: {_body_source(v, fields[k][0] if k in fields else ANY, bodies, k)}"
            for k, v in value.items()
        ) + "}"
    if isinstance(value, list):
        inner = next((m.args[0] for m in members if m.kind in ("list", "sequence")), ANY)
        return "[" + ", ".join(_body_source(v, inner, bodies) for v in value) + "]"
    if not isinstance(value, str):
        return repr(value)
    scalars = {m.name for m in members if m.kind == "scalar"}
    if _UUID_TEXT.match(value):
        return "uuid.uuid4()" if "_uuid.UUID" in scalars else "str(uuid.uuid4())"
    if key == "external_id":
        return f"{value!r} + '-' + uuid.uuid4().hex[:8]"
    kind = _date_kind(annotation)
    return f"datetime.{kind}.fromisoformat({value!r})" if kind else repr(value)


def _names_a_model(annotation: TypeRef) -> bool:
    """A model class, or a list of them."""
    return annotation.kind == "model" or (
        annotation.kind == "list" and annotation.args[0].kind == "model"
    )


def _date_kind(annotation: TypeRef) -> str | None:
    """`date` or `datetime` when the type takes one (alone or in a union)."""
    members = annotation.args if annotation.kind == "union" else (annotation,)
    for kind in ("datetime", "date"):
        if any(m.kind == "scalar" and m.name == f"_dt.{kind}" for m in members):
            return kind
    return None


def _literal_for(annotation: TypeRef, value: Any) -> str:
    """An example value as source for a parameter of `annotation`: a date given as text in the
    spec becomes a `datetime.date` where the signature wants one."""
    kind = _date_kind(annotation)
    if isinstance(value, str) and kind is not None:
        return f"datetime.{kind}.fromisoformat({value!r})"
    return repr(value)


def _date_window(op: Operation) -> dict[str, str]:
    """Date-range listings get the last 30 days: fixed example dates go out of range with time."""
    paging = op.ext.pagination
    if paging is None or paging.style != "date-range":
        return {}
    today = "datetime.date.today()"
    return {
        paging.start_param: f"({today} - datetime.timedelta(days=30))",
        paging.end_param: today,
    }


def _action(op: Operation) -> str | None:
    return op.ext.resource.action if op.ext.resource else None


def _plain(value: Any) -> Any:
    """JSON data only: a value from a spec reaches code through repr() of plain data."""
    return json.loads(json.dumps(value))


def _example(op: Operation) -> Any:
    if op.body is None or op.body.example is None:
        return _MISSING
    return _plain(op.body.example)


def _param_example(p: Parameter) -> Any:
    for source in (p.example, p.schema.get("example"), p.schema.get("default")):
        if source is not None:
            return _plain(source)
    enum = p.schema.get("enum")
    if isinstance(enum, list) and enum:
        return _plain(enum[0])
    return _MISSING


def _body_credentials(api: Api) -> dict[str, list[tuple[str, list[str]]]]:
    """Which operations send a scheme's credential as a JSON body property (`x-credential`)."""
    found: dict[str, list[tuple[str, list[str]]]] = {}
    for place in placements(api):
        if place.location == "body":
            methods = [op.py_name for op in api.operations if op.operation_id in place.operations]
            found.setdefault(place.scheme, []).append((place.name, methods))
    return found
