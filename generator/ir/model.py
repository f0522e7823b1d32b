"""The intermediate model (IR): everything the renderer, the mock servers and the contract runner
need to know about an API, computed once from a LoadedSpec by `generator.ir.build_api`.

Schemas stay JSON Schema dicts (with `$ref`s resolved by `Api.spec.deref`); names for code are
computed here, once, so no consumer resolves collisions on its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from generator.ir.extensions import OperationExtensions, ParameterExtensions
from generator.spec.loader import LoadedSpec, SpecError

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})


@dataclass(frozen=True)
class ServerVariable:
    name: str
    default: str
    enum: tuple[str, ...] = ()
    description: str = ""
    placeholder: bool = False  # x-placeholder: the default is an example, never used


@dataclass(frozen=True)
class Server:
    url: str  # as written, with {variables}
    variables: tuple[ServerVariable, ...] = ()
    description: str = ""

    @property
    def default_url(self) -> str:
        url = self.url
        for var in self.variables:
            url = url.replace("{" + var.name + "}", var.default)
        return url


@dataclass(frozen=True)
class SecurityScheme:
    key: str  # name in components/securitySchemes
    kind: str  # basic | bearer | apiKey | oauth2 | openIdConnect | unsupported
    arg_name: str  # python keyword argument of the client constructor
    location: str = "header"  # apiKey: header | query | cookie; http/oauth: header
    param_name: str = "Authorization"  # header, query or cookie name
    env_var: str | None = None  # x-credential-env, else derived from the spec's id
    password_env: str | None = None  # basic without x-basic-password: the password's variable
    basic_password: str | None = None  # x-basic-password
    credential_format: str | None = None  # x-credential-format, e.g. "WRAP access_token={token}"
    description: str = ""


@dataclass(frozen=True)
class Parameter:
    name: str  # wire name
    py_name: str  # keyword argument name
    location: str  # path | query | header | cookie
    required: bool
    schema: dict[str, Any]
    annotation: str  # python type annotation (inside the vendor package)
    description: str = ""
    default: Any = None
    has_default: bool = False
    style: str | None = None
    explode: bool | None = None
    deprecated: bool = False
    example: Any = None  # the spec's example value, when it gives one
    ext: ParameterExtensions = field(default_factory=ParameterExtensions)


@dataclass(frozen=True)
class RequestBody:
    media_type: str  # e.g. application/json
    kind: str  # json | form | multipart | binary | text
    required: bool
    schema: dict[str, Any]
    annotation: str
    description: str = ""
    example: Any = None  # the spec's example value, when it gives one
    # A form body's schema with its refs naming model classes: callers fill it in as a TypedDict
    # (a JSON body's is a model class of its own, named by `annotation`).
    form_fields: dict[str, Any] | None = None


@dataclass(frozen=True)
class Response:
    status: str  # "200", "4XX", "default"
    description: str
    media_type: str | None
    schema: dict[str, Any] | None
    annotation: str  # "None" when there is no body
    headers: dict[str, Any] = field(default_factory=dict)
    links: dict[str, Any] = field(default_factory=dict)

    @property
    def is_success(self) -> bool:
        return self.status.startswith("2")


@dataclass(frozen=True)
class Operation:
    operation_id: str  # as in the spec (or derived from method + path when missing)
    method: str  # upper case
    path: str  # as in the spec, relative to the server URL
    py_name: str  # method name on its resource
    resource: str  # attribute name of the resource on the client
    pointer: str  # JSON pointer of the operation object in the spec
    summary: str
    description: str
    tags: tuple[str, ...]
    parameters: tuple[Parameter, ...]
    body: RequestBody | None
    responses: tuple[Response, ...]
    security: tuple[tuple[str, ...], ...]  # alternatives, each a set of scheme keys
    deprecated: bool = False
    ext: OperationExtensions = field(default_factory=OperationExtensions)  # parsed x- keys
    # Type of one item for x-pagination (the page's item list) and x-partial-failure results.
    item_annotation: str | None = None
    # Method names of x-previous-operation-ids: deprecated aliases that warn, for one major.
    aliases: tuple[str, ...] = ()

    @property
    def idempotent(self) -> bool:
        return self.method in IDEMPOTENT_METHODS

    @property
    def success_responses(self) -> tuple[Response, ...]:
        return tuple(r for r in self.responses if r.is_success)

    @property
    def result_annotation(self) -> str:
        """The type a call returns: the union of the distinct 2xx body types."""
        annotations = list(dict.fromkeys(r.annotation for r in self.success_responses))
        if not annotations:
            return "None"
        if "Any" in annotations:
            return "Any"
        return " | ".join(annotations)

    @property
    def label(self) -> str:
        return f"{self.method} {self.path}"

    def parameters_in(self, location: str) -> tuple[Parameter, ...]:
        return tuple(p for p in self.parameters if p.location == location)

    def response_for(self, status: int) -> Response | None:
        exact = str(status)
        ranged = f"{exact[0]}XX"
        by_status = {r.status.upper(): r for r in self.responses}
        return by_status.get(exact) or by_status.get(ranged) or by_status.get("DEFAULT")


@dataclass(frozen=True)
class Resource:
    attr_name: str  # client attribute, e.g. break_policies
    class_name: str  # e.g. BreakPolicies
    tag: str
    description: str
    operations: tuple[Operation, ...]


@dataclass
class Api:
    spec: LoadedSpec
    title: str
    version: str
    description: str
    servers: tuple[Server, ...]
    security_schemes: tuple[SecurityScheme, ...]
    operations: tuple[Operation, ...]
    resources: tuple[Resource, ...]
    # Model classes for datamodel-code-generator: class name -> JSON schema, refs rewritten
    # to `#/components/schemas/<class name>`.
    model_schemas: dict[str, Any]
    model_origins: dict[str, str] = field(default_factory=dict)  # class name -> spec pointer
    # class name -> JSON key sets of which one must be sent (validated by the model)
    model_alternatives: dict[str, list[list[str]]] = field(default_factory=dict)
    # class name -> JSON names of date-time fields the spec wants in UTC (`...Z`)
    model_utc_fields: dict[str, list[str]] = field(default_factory=dict)
    warnings: list[SpecError] = field(default_factory=list)

    @property
    def base_url(self) -> str:
        return self.servers[0].default_url if self.servers else "http://localhost"

    def operation(self, operation_id: str) -> Operation:
        for op in self.operations:
            if op.operation_id == operation_id:
                return op
        raise KeyError(operation_id)

    def scheme(self, key: str) -> SecurityScheme:
        for scheme in self.security_schemes:
            if scheme.key == key:
                return scheme
        raise KeyError(key)
