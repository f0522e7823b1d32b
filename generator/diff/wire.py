"""Wire rules: what a client sending and parsing HTTP sees change, read from the raw documents."""

from __future__ import annotations

import re
from typing import Any

from generator.diff.changes import BREAKING, INFO, NON_BREAKING
from generator.diff.context import DiffContext, as_dict, deref
from generator.diff.schemas import REQUEST, RESPONSE, SchemaDiff
from generator.diff.sources import Source
from generator.ir.model import HTTP_METHODS
from generator.spec.loader import join_pointer

_PATH_PARAM = re.compile(r"\{([^}]*)\}")
WIRE = "wire"


def path_key(path: str) -> str:
    """A path template with its parameter names erased: renaming `{id}` changes nothing on the wire."""
    return _PATH_PARAM.sub("{}", path)


def operations(
    source: Source,
) -> dict[tuple[str, str], tuple[str, str, dict[str, Any], dict[str, Any]]]:
    """(METHOD, path key) -> (path, pointer, operation object, path item)."""
    found = {}
    for path, item in as_dict(source.api.spec.document.get("paths")).items():
        item, _ = deref(source, item, join_pointer("/paths", str(path)))
        for method in HTTP_METHODS:
            if isinstance(item.get(method), dict):
                at = join_pointer("/paths", str(path), method)
                found[(method.upper(), path_key(str(path)))] = (str(path), at, item[method], item)
    return found


def parameters(
    source: Source, path: str, at: str, op: dict[str, Any], item: dict[str, Any]
) -> dict[tuple[str, str], tuple[dict[str, Any], str]]:
    """(location, name) -> (parameter, pointer); path parameters are keyed by position."""
    positions = {name: i for i, name in enumerate(_PATH_PARAM.findall(path))}
    merged: dict[tuple[str, str], tuple[dict[str, Any], str]] = {}
    item_at = at.rsplit("/", 1)[0]
    for holder, base in ((item, item_at), (op, at)):
        for i, raw in enumerate(holder.get("parameters") or []):
            param, p_at = deref(source, raw, f"{base}/parameters/{i}")
            name, where = param.get("name"), param.get("in")
            if not isinstance(name, str) or not isinstance(where, str):
                continue
            key = f"#{positions[name]}" if where == "path" and name in positions else name
            merged[(where, key)] = (param, p_at)
    return merged


def compare(ctx: DiffContext) -> None:
    old_ops, new_ops = operations(ctx.old), operations(ctx.new)
    for key in sorted(set(old_ops) - set(new_ops)):
        path, at, op, _ = old_ops[key]
        note = " (it was deprecated)" if op.get("deprecated") is True else ""
        ctx.add(
            "operation-removed",
            BREAKING,
            WIRE,
            f"{key[0]} {path}",
            at,
            f"{key[0]} {path} removed{note}: stop calling it",
            side="old",
        )
    for key in sorted(set(new_ops) - set(old_ops)):
        path, at, _, _ = new_ops[key]
        ctx.add(
            "operation-added", NON_BREAKING, WIRE, f"{key[0]} {path}", at, f"{key[0]} {path} added"
        )
    for key in sorted(set(old_ops) & set(new_ops)):
        OperationDiff(ctx, old_ops[key], new_ops[key]).run()
    _security_schemes(ctx)
    _servers(ctx)
    _info(ctx)


class OperationDiff:
    def __init__(
        self,
        ctx: DiffContext,
        old: tuple[str, str, dict[str, Any], dict[str, Any]],
        new: tuple[str, str, dict[str, Any], dict[str, Any]],
    ) -> None:
        self.ctx = ctx
        self.old_path, self.old_at, self.old, self.old_item = old
        self.new_path, self.new_at, self.new, self.new_item = new
        self.label = f"{self.new_at.rsplit('/', 1)[-1].upper()} {self.new_path}"

    def add(self, rule: str, level: str, pointer: str, message: str, side: str = "new") -> None:
        self.ctx.add(rule, level, WIRE, self.label, pointer, message, side=side)

    def run(self) -> None:
        if self.new.get("deprecated") is True and self.old.get("deprecated") is not True:
            self.add(
                "operation-deprecated",
                NON_BREAKING,
                self.new_at,
                f"{self.label} is deprecated: plan to move off it",
            )
        for key in ("summary", "description"):
            if self.old.get(key) != self.new.get(key):
                self.add(
                    "operation-description-changed",
                    INFO,
                    join_pointer(self.new_at, key),
                    f"{key} changed",
                )
        self.parameters()
        self.request_body()
        self.responses()
        self.security()

    def parameters(self) -> None:
        old = parameters(self.ctx.old, self.old_path, self.old_at, self.old, self.old_item)
        new = parameters(self.ctx.new, self.new_path, self.new_at, self.new, self.new_item)
        old_names = {key[1]: key[0] for key in old}
        for key in sorted(set(old) - set(new)):
            param, at = old[key]
            name = param["name"]
            moved = next((loc for (loc, n) in new if n == key[1]), None)
            if moved:
                self.add(
                    "request-parameter-location-changed",
                    BREAKING,
                    new[(moved, key[1])][1],
                    f"parameter {name!r} moved from {key[0]} to {moved}",
                )
            else:
                self.add(
                    "request-parameter-removed",
                    BREAKING,
                    at,
                    f"{key[0]} parameter {name!r} removed: stop sending it",
                    "old",
                )
        for key in sorted(set(new) - set(old)):
            param, at = new[key]
            if key[1] in old_names:
                continue  # reported as a location change
            if key[0] == "path" or param.get("required") is True:
                self.add(
                    "request-parameter-added-required",
                    BREAKING,
                    at,
                    f"required {key[0]} parameter {param['name']!r} added: send it",
                )
            else:
                self.add(
                    "request-parameter-added",
                    NON_BREAKING,
                    at,
                    f"optional {key[0]} parameter {param['name']!r} added",
                )
        for key in sorted(set(old) & set(new)):
            self.parameter(key, old[key], new[key])

    def parameter(
        self, key: tuple[str, str], old: tuple[dict[str, Any], str], new: tuple[dict[str, Any], str]
    ) -> None:
        (old_p, old_at), (new_p, new_at) = old, new
        name = new_p["name"]
        was, now = (
            key[0] == "path" or old_p.get("required") is True,
            key[0] == "path" or new_p.get("required") is True,
        )
        if now and not was:
            self.add(
                "request-parameter-became-required",
                BREAKING,
                new_at,
                f"{key[0]} parameter {name!r} is now required: send it",
            )
        elif was and not now:
            self.add(
                "request-parameter-became-optional",
                NON_BREAKING,
                new_at,
                f"{key[0]} parameter {name!r} is now optional",
            )
        if new_p.get("deprecated") is True and old_p.get("deprecated") is not True:
            self.add(
                "request-parameter-deprecated",
                NON_BREAKING,
                new_at,
                f"{key[0]} parameter {name!r} is deprecated",
            )
        SchemaDiff(self.ctx, REQUEST, self.label).compare(
            old_p.get("schema"), f"{old_at}/schema", new_p.get("schema"), f"{new_at}/schema"
        )

    def request_body(self) -> None:
        old, old_at = deref(self.ctx.old, self.old.get("requestBody"), f"{self.old_at}/requestBody")
        new, new_at = deref(self.ctx.new, self.new.get("requestBody"), f"{self.new_at}/requestBody")
        if not old and not new:
            return
        if not new:
            self.add(
                "request-body-removed",
                BREAKING,
                old_at,
                "request body removed: stop sending it",
                "old",
            )
            return
        if not old:
            if new.get("required") is True:
                self.add(
                    "request-body-added-required",
                    BREAKING,
                    new_at,
                    "a request body is now required: send it",
                )
            else:
                self.add("request-body-added", NON_BREAKING, new_at, "optional request body added")
            return
        if new.get("required") is True and old.get("required") is not True:
            self.add(
                "request-body-became-required",
                BREAKING,
                new_at,
                "the request body is now required: send it",
            )
        self.content(
            REQUEST,
            as_dict(old.get("content")),
            f"{old_at}/content",
            as_dict(new.get("content")),
            f"{new_at}/content",
        )

    def content(
        self, direction: str, old: dict[str, Any], old_at: str, new: dict[str, Any], new_at: str
    ) -> None:
        for media in sorted(set(old) - set(new)):
            self.add(
                f"{direction}-media-type-removed",
                BREAKING,
                join_pointer(old_at, media),
                f"{direction} media type {media} removed"
                + (": send another one" if direction == REQUEST else ""),
                "old",
            )
        for media in sorted(set(new) - set(old)):
            # A server may now answer in a type clients do not parse; a body where there was
            # none, or a type a server also accepts, breaks no one.
            level = BREAKING if direction == RESPONSE and old else NON_BREAKING
            self.add(
                f"{direction}-media-type-added",
                level,
                join_pointer(new_at, media),
                f"{direction} media type {media} added",
            )
        for media in sorted(set(old) & set(new)):
            SchemaDiff(self.ctx, direction, self.label).compare(
                as_dict(old[media]).get("schema"),
                join_pointer(old_at, media, "schema"),
                as_dict(new[media]).get("schema"),
                join_pointer(new_at, media, "schema"),
            )

    def responses(self) -> None:
        old = {str(k).upper(): k for k in as_dict(self.old.get("responses"))}
        new = {str(k).upper(): k for k in as_dict(self.new.get("responses"))}
        base_old, base_new = f"{self.old_at}/responses", f"{self.new_at}/responses"
        for status in sorted(set(old) - set(new)):
            at = join_pointer(base_old, str(old[status]))
            if status.startswith("2"):
                self.add(
                    "response-success-status-removed",
                    BREAKING,
                    at,
                    f"success status {status} removed: expect another 2xx",
                    "old",
                )
            else:
                self.add(
                    "response-status-removed",
                    NON_BREAKING,
                    at,
                    f"status {status} no longer documented",
                    "old",
                )
        for status in sorted(set(new) - set(old)):
            at = join_pointer(base_new, str(new[status]))
            if status.startswith("2"):
                self.add(
                    "response-success-status-added",
                    BREAKING,
                    at,
                    f"success status {status} added: handle it",
                )
            else:
                self.add("response-status-added", NON_BREAKING, at, f"status {status} added")
        for status in sorted(set(old) & set(new)):
            o, o_at = deref(
                self.ctx.old,
                self.old["responses"][old[status]],
                join_pointer(base_old, str(old[status])),
            )
            n, n_at = deref(
                self.ctx.new,
                self.new["responses"][new[status]],
                join_pointer(base_new, str(new[status])),
            )
            self.content(
                RESPONSE,
                as_dict(o.get("content")),
                f"{o_at}/content",
                as_dict(n.get("content")),
                f"{n_at}/content",
            )

    def security(self) -> None:
        old = _requirements(self.ctx.old, self.old_path, self.old_at)
        new = _requirements(self.ctx.new, self.new_path, self.new_at)
        if removed := old - new:
            self.add(
                "operation-security-changed",
                BREAKING,
                self.new_at,
                f"no longer accepts {_schemes(removed)}: authenticate with {_schemes(new)}",
            )
        elif added := new - old:
            self.add(
                "operation-security-added",
                NON_BREAKING,
                self.new_at,
                f"now also accepts {_schemes(added)}",
            )


def _requirements(source: Source, path: str, at: str) -> set[frozenset[str]]:
    """Security alternatives as the IR reads them (a body credential counts as its scheme); an
    empty set of schemes means anonymous access."""
    method = at.rsplit("/", 1)[-1].upper()
    for op in source.api.operations:
        if op.method == method and op.path == path:
            return {frozenset(alternative) for alternative in op.security} or {frozenset()}
    return {frozenset()}


def _schemes(alternatives: set[frozenset[str]]) -> str:
    return " or ".join(sorted("+".join(sorted(a)) or "no credentials" for a in alternatives))


_SCHEME_FIELDS = ("type", "scheme", "in", "name", "bearerFormat")


def _security_schemes(ctx: DiffContext) -> None:
    at = "/components/securitySchemes"
    old = as_dict(as_dict(ctx.old.api.spec.document.get("components")).get("securitySchemes"))
    new = as_dict(as_dict(ctx.new.api.spec.document.get("components")).get("securitySchemes"))
    for key in sorted(set(old) - set(new)):
        ctx.add(
            "security-scheme-removed",
            BREAKING,
            WIRE,
            "",
            join_pointer(at, key),
            f"security scheme {key!r} removed",
            side="old",
        )
    for key in sorted(set(new) - set(old)):
        ctx.add(
            "security-scheme-added",
            NON_BREAKING,
            WIRE,
            "",
            join_pointer(at, key),
            f"security scheme {key!r} added",
        )
    for key in sorted(set(old) & set(new)):
        a, _ = deref(ctx.old, old[key], join_pointer(at, key))
        b, b_at = deref(ctx.new, new[key], join_pointer(at, key))
        diffs = [
            f"{f} {a.get(f)!r} -> {b.get(f)!r}" for f in _SCHEME_FIELDS if a.get(f) != b.get(f)
        ]
        if diffs:
            ctx.add(
                "security-scheme-changed",
                BREAKING,
                WIRE,
                "",
                b_at,
                f"security scheme {key!r} changed ({', '.join(diffs)}): update the credentials sent",
            )


def _servers(ctx: DiffContext) -> None:
    """A server gone with none left breaks every call; one replaced by another (a versioned URL,
    a new host) moves the generated client's default base URL, which callers can override."""
    old = {s.url: i for i, s in enumerate(ctx.old.api.servers)}
    new = {s.url: i for i, s in enumerate(ctx.new.api.servers)}
    default = ctx.new.api.servers[0].url if ctx.new.api.servers else ""
    for url in sorted(set(old) - set(new)):
        if default:
            level, hint = (
                NON_BREAKING,
                f": the default is now {default} (pass base_url= to keep it)",
            )
        else:
            level, hint = BREAKING, ": no server is left, pass base_url="
        ctx.add(
            "server-removed",
            level,
            WIRE,
            "",
            f"/servers/{old[url]}",
            f"server {url} removed{hint}",
            side="old",
        )
    for url in sorted(set(new) - set(old)):
        ctx.add(
            "server-added", NON_BREAKING, WIRE, "", f"/servers/{new[url]}", f"server {url} added"
        )


def _info(ctx: DiffContext) -> None:
    old, new = (
        as_dict(ctx.old.api.spec.document.get("info")),
        as_dict(ctx.new.api.spec.document.get("info")),
    )
    for key in ("title", "description"):
        if old.get(key) != new.get(key):
            ctx.add(
                "api-description-changed", INFO, WIRE, "", f"/info/{key}", f"info.{key} changed"
            )
