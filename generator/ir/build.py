"""Build the IR (`Api`) from a LoadedSpec. Names are decided here, once."""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from generator.ir.extensions import (
    OperationExtensions,
    collector,
    parse_credential,
    parse_operation,
    parse_parameter,
    parse_scheme,
    parse_server_variable,
)
from generator.ir.model import (
    HTTP_METHODS,
    Api,
    Operation,
    Parameter,
    RequestBody,
    Resource,
    Response,
    SecurityScheme,
    Server,
    ServerVariable,
)
from generator.ir.names import (
    UniqueNames,
    method_name,
    parameter_name,
    pascal_case,
    readable_operation_id,
    snake_case,
    spec_id,
)
from generator.ir.types import ModelRegistry
from generator.spec import walk
from generator.spec.loader import LoadedSpec, SpecError, join_pointer

# Keyword arguments every generated method has besides the spec's parameters.
CONTROL_KWARGS = ("body", "retry", "timeout", "extra_headers", "extra_query")
# Keyword arguments of the generated client constructors and names their bodies use: credentials
# and server variables must avoid them.
CLIENT_KWARGS = (
    "base_url",
    "timeout",
    "max_retries",
    "retry_policy",
    "http_client",
    "default_headers",
    "sleep",
    "clock",
    "options",
    "os",
    "url",
    "httpx",
    "self",
)
# Methods generated beside each operation's method, and attributes a client has besides resources.
METHOD_TWINS = ("{}_raw", "iter_{}")
CLIENT_ATTRIBUTES = frozenset({"close"})
DEFAULT_TAG = "default"
_JSON_MEDIA = re.compile(r"^application/([\w.+-]*\+)?json\b|^\*/\*$", re.IGNORECASE)


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


class _Builder:
    def __init__(self, spec: LoadedSpec) -> None:
        self.spec = spec
        self.doc = spec.document
        self.registry = ModelRegistry(spec)
        self.warnings: list[SpecError] = []
        self.report = collector(spec, self.warnings)

    def deref(self, node: Any, at: str) -> dict[str, Any]:
        try:
            return _dict(self.spec.deref(node, at))
        except SpecError as err:
            self.warnings.append(err)
            return {}

    # -- top level ---------------------------------------------------------------------------
    def build(self) -> Api:
        info = _dict(self.doc.get("info"))
        schemes = self.security_schemes()
        self.api_key_schemes = frozenset(s.key for s in schemes if s.kind == "apiKey")
        operations = self.operations({s.key for s in schemes})
        self.drop_credential_properties()
        return Api(
            spec=self.spec,
            title=_text(info.get("title")) or self.spec.path.stem,
            version=str(info.get("version", "")),
            description=_text(info.get("description")),
            servers=self.servers(),
            security_schemes=schemes,
            operations=operations,
            resources=self.resources(operations),
            model_schemas=self.registry.schemas,
            model_origins=self.registry.origins,
            model_alternatives=self.registry.alternatives,
            model_utc_fields=self.registry.utc_fields,
            warnings=self.warnings + self.registry.warnings,
        )

    def servers(self) -> tuple[Server, ...]:
        servers = []
        for i, raw in enumerate(self.doc.get("servers") or []):
            raw = _dict(raw)
            if not _text(raw.get("url")):
                continue
            variables = tuple(
                ServerVariable(
                    name=str(name),
                    default=str(_dict(var).get("default", "")),
                    enum=tuple(str(e) for e in _dict(var).get("enum") or []),
                    description=_text(_dict(var).get("description")),
                    placeholder=parse_server_variable(
                        _dict(var), join_pointer(f"/servers/{i}/variables", str(name)), self.report
                    ),
                )
                for name, var in _dict(raw.get("variables")).items()
            )
            servers.append(Server(raw["url"], variables, _text(raw.get("description"))))
        return tuple(servers)

    def security_schemes(self) -> tuple[SecurityScheme, ...]:
        raw_schemes = _dict(_dict(self.doc.get("components")).get("securitySchemes"))
        names = UniqueNames(CONTROL_KWARGS + CLIENT_KWARGS)
        env_names: set[str] = set()
        schemes = []
        for key, raw in raw_schemes.items():
            at = join_pointer("/components/securitySchemes", key)
            raw = self.deref(raw, at)
            ext = parse_scheme(raw, at, self.report)
            kind, location, param = self._scheme_kind(raw, at)
            env = ext.credential_env
            arg_hint = env.split("_", 1)[1] if env and "_" in env else str(key)
            password_env = None
            if env is None and kind != "unsupported":
                api_id = spec_id(self.spec.path)
                env, password_env = credential_env_names(api_id, str(key), kind, env_names)
                password_env = None if ext.basic_password is not None else password_env
            schemes.append(
                SecurityScheme(
                    key=str(key),
                    kind=kind,
                    arg_name=names.claim(snake_case(arg_hint, "credential")),
                    location=location,
                    param_name=param,
                    env_var=env,
                    password_env=password_env,
                    basic_password=ext.basic_password,
                    credential_format=ext.credential_format,
                    description=_text(raw.get("description")),
                )
            )
        return tuple(schemes)

    def _scheme_kind(self, raw: dict[str, Any], at: str) -> tuple[str, str, str]:
        kind = raw.get("type")
        if kind == "http":
            scheme = str(raw.get("scheme", "")).lower()
            if scheme in ("basic", "bearer"):
                return scheme, "header", "Authorization"
        elif kind == "apiKey" and raw.get("in") in ("header", "query", "cookie"):
            return "apiKey", str(raw["in"]), str(raw.get("name", ""))
        elif kind in ("oauth2", "openIdConnect"):
            return "bearer", "header", "Authorization"
        self.warnings.append(
            self.spec.error(at, f"security scheme {kind!r} is not supported; it is ignored")
        )
        return "unsupported", "header", ""

    # -- operations --------------------------------------------------------------------------
    def operations(self, scheme_keys: set[str]) -> tuple[Operation, ...]:
        ops: list[Operation] = []
        op_names: dict[str, UniqueNames] = {}
        root_security = self.doc.get("security")
        for path, item in _dict(self.doc.get("paths")).items():
            path_at = join_pointer("/paths", path)
            item = self.deref(item, path_at)
            for method in HTTP_METHODS:
                if method not in item:
                    continue
                at = join_pointer(path_at, method)
                raw = _dict(item[method])
                tags = tuple(str(t) for t in raw.get("tags") or [] if isinstance(t, str))
                resource = resource_name(tags[0] if tags else DEFAULT_TAG)
                op_id = _text(raw.get("operationId")) or f"{method}_{path}"
                names = op_names.setdefault(resource, UniqueNames())
                py_name = names.claim(method_name(_text(raw.get("operationId")), method, str(path)), METHOD_TWINS)
                security = self.security(raw.get("security", root_security), scheme_keys)
                hint = op_id if readable_operation_id(op_id) else py_name  # for class names
                responses = self.responses(raw, hint, at)
                ext = parse_operation(raw, at, self.report)
                body, credential = self.request_body(raw, hint, at)
                if credential is not None:
                    field, scheme = credential
                    ext = dataclasses.replace(ext, auth_in_body=field)
                    security = with_scheme(security, scheme)
                ops.append(
                    Operation(
                        operation_id=op_id,
                        method=method.upper(),
                        path=str(path),
                        py_name=py_name,
                        resource=resource,
                        pointer=at,
                        summary=_text(raw.get("summary")),
                        description=_text(raw.get("description")),
                        tags=tags,
                        parameters=self.parameters(item, raw, path_at, at),
                        body=body,
                        responses=responses,
                        security=security,
                        deprecated=raw.get("deprecated") is True,
                        ext=ext,
                        item_annotation=self.item_annotation(raw, ext, responses, op_id, at),
                    )
                )
                self._warn_unsupported(raw, at)
        # Aliases are named last, so that an old name never takes a current operation's name.
        return tuple(
            dataclasses.replace(op, aliases=self.aliases(op, op_names[op.resource]))
            if op.ext.previous_operation_ids
            else op
            for op in ops
        )

    def aliases(self, op: Operation, names: UniqueNames) -> tuple[str, ...]:
        return tuple(
            names.claim(method_name(old, op.method.lower(), op.path), METHOD_TWINS)
            for old in op.ext.previous_operation_ids
        )

    def item_annotation(
        self,
        raw: dict[str, Any],
        ext: OperationExtensions,
        responses: tuple[Response, ...],
        op_id: str,
        at: str,
    ) -> str | None:
        """Item type of a paginated list (x-pagination) or of a bulk result (x-partial-failure)."""
        success = next((r for r in responses if r.is_success and r.annotation != "None"), None)
        if success is None:
            return None
        if ext.pagination is not None:
            node = self._schema_at(raw, success.status, ext.pagination.items, at)
            if isinstance(node, dict) and node.get("type") == "array":
                return self.registry.annotation(node.get("items"), f"{op_id}Item", at)
            return "Any"
        if ext.partial_failure is not None:
            annotation = success.annotation
            return annotation[5:-1] if annotation.startswith("list[") else annotation
        return None

    def _schema_at(self, raw: dict[str, Any], status: str, pointer: str, at: str) -> Any:
        """The schema of the part of a response body that a JSON pointer names."""
        response = self.deref(_dict(raw.get("responses")).get(status), at)
        content = _dict(response.get("content"))
        node: Any = _dict(content[pick_media_type(content)]).get("schema") if content else None
        for token in [t for t in pointer.split("/") if t]:
            merged = walk.merged_object(node, lambda n: self.deref(n, at))
            node = _dict(merged.get("properties")).get(token)
        return self.deref(node, at)

    def _warn_unsupported(self, raw: dict[str, Any], at: str) -> None:
        if raw.get("callbacks"):
            self.warnings.append(
                self.spec.error(f"{at}/callbacks", "callbacks are documented, not generated")
            )

    def security(self, raw: Any, scheme_keys: set[str]) -> tuple[tuple[str, ...], ...]:
        if not isinstance(raw, list):
            return ()
        return tuple(
            tuple(k for k in _dict(req) if k in scheme_keys) for req in raw if isinstance(req, dict)
        )

    def parameters(
        self, item: dict[str, Any], raw: dict[str, Any], path_at: str, at: str
    ) -> tuple[Parameter, ...]:
        merged: dict[tuple[str, str], tuple[dict[str, Any], str]] = {}
        for source, base in ((item, path_at), (raw, at)):
            for i, p in enumerate(source.get("parameters") or []):
                p_at = f"{base}/parameters/{i}"
                p = self.deref(p, p_at)
                if isinstance(p.get("name"), str) and p.get("in") in (
                    "path",
                    "query",
                    "header",
                    "cookie",
                ):
                    merged[(p["name"], p["in"])] = (p, p_at)
        names = UniqueNames(CONTROL_KWARGS)
        params = [self.parameter(p, p_at, names) for p, p_at in merged.values()]
        # Required parameters first keeps the rendered signature readable.
        return tuple(sorted(params, key=lambda p: not p.required))

    def parameter(self, p: dict[str, Any], at: str, names: UniqueNames) -> Parameter:
        schema = self.deref(p.get("schema"), f"{at}/schema")
        if not schema and isinstance(p.get("content"), dict) and p["content"]:
            first = next(iter(p["content"].values()))
            schema = self.deref(_dict(first).get("schema"), f"{at}/content")
        required = p["in"] == "path" or p.get("required") is True
        annotation = self.registry.annotation(
            schema, p["name"], f"{at}/schema", hoist_objects=False
        )
        return Parameter(
            name=p["name"],
            py_name=names.claim(parameter_name(p["name"])),
            location=p["in"],
            required=required,
            schema=schema,
            annotation=annotation,
            description=_text(p.get("description")),
            default=schema.get("default"),
            has_default="default" in schema,
            style=_text(p.get("style")) or None,
            explode=p.get("explode") if isinstance(p.get("explode"), bool) else None,
            deprecated=p.get("deprecated") is True,
            example=first_example(p),
            ext=parse_parameter(p, at, self.report),
        )

    def request_body(
        self, raw: dict[str, Any], op_id: str, at: str
    ) -> tuple[RequestBody | None, tuple[str, str] | None]:
        """The body as the caller fills it, and (property, scheme key) of its credential."""
        if "requestBody" not in raw:
            return None, None
        body_at = f"{at}/requestBody"
        body = self.deref(raw["requestBody"], body_at)
        content = _dict(body.get("content"))
        if not content:
            return None, None
        media = pick_media_type(content)
        schema_node = _dict(content[media]).get("schema")
        schema = self.deref(schema_node, f"{body_at}/content") if schema_node else {}
        kind = media_kind(media)
        example = first_example(_dict(content[media]))
        credential = None
        if kind == "json":
            credential = self.body_credential(schema, _dict(schema_node), f"{body_at}/content")
        if credential is not None:
            schema = without_property(schema, credential[0])
            example = without_key(example, credential[0])
        if kind == "json":
            annotation = self.registry.annotation(
                schema_node or {}, f"{op_id}Request", f"{body_at}/content"
            )
        else:
            annotation = {"binary": "bytes", "text": "str"}.get(kind, "dict[str, Any]")
        form_fields = None
        if kind == "form" and _dict(schema).get("properties"):
            form_fields = self.registry.rewritten(schema, f"{body_at}/content")
        body_ir = RequestBody(
            media_type=media,
            kind=kind,
            required=body.get("required") is True,
            schema=schema,
            annotation=annotation,
            description=_text(body.get("description")),
            example=example,
            form_fields=form_fields,
        )
        return body_ir, credential

    def body_credential(
        self, schema: dict[str, Any], node: dict[str, Any], at: str
    ) -> tuple[str, str] | None:
        """(property, scheme key) when a top-level property of a JSON body carries a credential
        (`x-credential`): clients, the mock and the contract runner put the scheme's credential
        there, so the property is no part of what a caller fills in."""
        ref = node.get("$ref")
        base = ref[1:] if isinstance(ref, str) and ref.startswith("#/") else at
        for name, prop in _dict(schema.get("properties")).items():
            prop_at = join_pointer(base, "properties", name)
            scheme = parse_credential(
                self.deref(prop, prop_at), prop_at, self.api_key_schemes, self.report
            )
            if scheme is not None:
                return name, scheme
        return None

    def drop_credential_properties(self) -> None:
        """Model classes never hold a credential property: the client fills it in."""
        for name, origin in self.registry.origins.items():
            raw = self.deref({"$ref": "#" + origin}, origin)
            for prop, node in _dict(raw.get("properties")).items():
                at = join_pointer(origin, "properties", prop)
                if parse_credential(self.deref(node, at), at, self.api_key_schemes, _unreported):
                    self.registry.schemas[name] = without_property(self.registry.schemas[name], prop)

    def responses(self, raw: dict[str, Any], op_id: str, at: str) -> tuple[Response, ...]:
        out = []
        for status, resp in _dict(raw.get("responses")).items():
            r_at = join_pointer(f"{at}/responses", str(status))
            resp = self.deref(resp, r_at)
            content = _dict(resp.get("content"))
            media = pick_media_type(content) if content else None
            schema_node = _dict(content[media]).get("schema") if media else None
            status = str(status)
            annotation = "None"
            if media is not None:
                kind = media_kind(media)
                if kind == "json":
                    hint = f"{op_id}Response" + ("" if status.startswith("2") else status)
                    annotation = self.registry.annotation(
                        schema_node or {},
                        hint,
                        f"{r_at}/content",
                        hoist_objects=status.startswith("2"),
                    )
                else:
                    annotation = {"binary": "bytes", "text": "str"}.get(kind, "Any")
            out.append(
                Response(
                    status=status,
                    description=_text(resp.get("description")),
                    media_type=media,
                    schema=self.deref(schema_node, r_at) if schema_node else None,
                    annotation=annotation,
                    headers=_dict(resp.get("headers")),
                    links=_dict(resp.get("links")),
                )
            )
        return tuple(out)

    # -- resources ---------------------------------------------------------------------------
    def resources(self, operations: tuple[Operation, ...]) -> tuple[Resource, ...]:
        tag_docs = {
            _text(_dict(t).get("name")): _text(_dict(t).get("description"))
            for t in self.doc.get("tags") or []
        }
        grouped: dict[str, list[Operation]] = {}
        tags: dict[str, str] = {}
        for op in operations:
            grouped.setdefault(op.resource, []).append(op)
            tags.setdefault(op.resource, op.tags[0] if op.tags else DEFAULT_TAG)
        classes = UniqueNames()
        return tuple(
            Resource(
                attr_name=attr,
                class_name=classes.claim(pascal_case(attr) + "Resource"),
                tag=tags[attr],
                description=tag_docs.get(tags[attr], ""),
                operations=tuple(ops),
            )
            for attr, ops in grouped.items()
        )


def credential_env_names(
    api_id: str, key: str, kind: str, taken: set[str]
) -> tuple[str, str | None]:
    """Environment variables of a scheme the spec gives no `x-credential-env`:
    `<ID>_ACCESS_TOKEN` (bearer, OAuth), `<ID>_API_KEY`, or `<ID>_USERNAME` + `<ID>_PASSWORD`;
    a second scheme of the same kind puts its key in between (`<ID>_<KEY>_API_KEY`)."""
    suffixes = {"basic": ("USERNAME", "PASSWORD"), "apiKey": ("API_KEY", None)}
    secret, password = suffixes.get(kind, ("ACCESS_TOKEN", None))
    prefix = api_id.upper()
    if f"{prefix}_{secret}" in taken:
        prefix = f"{prefix}_{snake_case(key, 'scheme').upper()}"
    names = (f"{prefix}_{secret}", f"{prefix}_{password}" if password else None)
    taken.update(n for n in names if n)
    return names


def _unreported(pointer: str, message: str) -> None:
    """A report that drops what another pass over the same schemas has reported."""


def with_scheme(
    security: tuple[tuple[str, ...], ...], scheme: str
) -> tuple[tuple[str, ...], ...]:
    """Every alternative of `security` with `scheme` required too (a body credential is sent
    whatever else the operation accepts)."""
    if not security or not any(alt for alt in security):
        return ((scheme,),)
    return tuple(alt if scheme in alt else (*alt, scheme) for alt in security)


def without_property(schema: dict[str, Any], name: str) -> dict[str, Any]:
    properties = {k: v for k, v in _dict(schema.get("properties")).items() if k != name}
    required = [r for r in schema.get("required") or [] if r != name]
    view = {**schema, "properties": properties}
    if "required" in schema:
        view["required"] = required
    return view


def without_key(value: Any, name: str) -> Any:
    return {k: v for k, v in value.items() if k != name} if isinstance(value, dict) else value


def resource_name(tag: str) -> str:
    """Client attribute of a tag's resource; never one of the client's own attributes."""
    name = snake_case(tag, "default")
    return f"{name}_" if name in CLIENT_ATTRIBUTES else name


def first_example(holder: dict[str, Any]) -> Any:
    """`example`, or the value of the first inline `examples` entry (None when neither)."""
    if holder.get("example") is not None:
        return holder["example"]
    for example in _dict(holder.get("examples")).values():
        if isinstance(example, dict) and example.get("value") is not None:
            return example["value"]
    return None


def pick_media_type(content: dict[str, Any]) -> str:
    for pattern in (_JSON_MEDIA, re.compile("form-urlencoded"), re.compile("multipart/")):
        for media in content:
            if pattern.search(str(media)):
                return str(media)
    return str(next(iter(content)))


def media_kind(media: str) -> str:
    if _JSON_MEDIA.search(media):
        return "json"
    if "form-urlencoded" in media:
        return "form"
    if media.startswith("multipart/"):
        return "multipart"
    if media.startswith("text/"):
        return "text"
    return "binary"


def build_api(spec: LoadedSpec) -> Api:
    """The IR of a loaded spec. Never raises for odd specs: problems become `Api.warnings`."""
    return _Builder(spec).build()
