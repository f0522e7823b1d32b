"""Generic handlers for operations marked `x-resource`: create, get, list, update, delete, with
list filtering (path parameters, OData `x-filter-fields`, `$orderby`) and the `x-pagination`
styles. Vendors change details through their `VendorBehaviour` hooks.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, urlencode

from generator.ir.extensions import Pagination, PartialFailure
from generator.mock import infer, odata
from generator.mock.store import detach
from generator.mock.vendor import NO_BODY, Handler, MockError, Reply
from generator.spec import walk
from generator.spec.loader import join_pointer, resolve_in, split_pointer

if TYPE_CHECKING:
    from generator.ir.model import Api, Operation
    from generator.mock.engine import Call, Route
    from generator.mock.store import Store

DELETED = "_deleted"


def handler_for(route: Route) -> Handler:
    action = route.resource.action if route.resource else "custom"
    body = route.op.body
    if action == "custom" and route.op.ext.partial_failure and body and body.schema.get("items"):
        return bulk
    return _HANDLERS.get(action, example_reply)


# -- entity helpers ----------------------------------------------------------------------------
def new_id(call: Call) -> Any:
    """A fresh id for the call's resource: an integer counter or a UUID, as the spec types it."""
    route = call.route
    assert route.resource is not None
    types = route.id_schema.get("type")
    counter = route.resource.name
    if types == "integer" or (isinstance(types, list) and "integer" in types):
        return call.store.next_number(counter)
    if route.id_schema.get("format") == "uuid":
        return call.store.new_uuid(counter)
    return str(call.store.next_number(counter))


def named_key(call: Call) -> Any:
    """The store key of the entity an item operation names: the path parameter called like the
    id field (else the last one); on a path without one, the id or an `x-resource` lookup field
    sent in the query or the body (the id wins)."""
    resource = call.route.resource
    assert resource is not None
    path = [p.name for p in call.op.parameters if p.location == "path"]
    if path:
        return call.params.get(resource.id_field if resource.id_field in path else path[-1])
    sent = {**call.params, **sent_fields(call)}
    if sent.get(resource.id_field) is not None:
        return _as_key(call, sent[resource.id_field])
    for name in resource.lookup:
        if sent.get(name) is not None:
            found = call.store.find(resource.name, name, sent[name])
            return found[resource.id_field] if found else sent[name]
    raise call.invalid(f"{' or '.join((resource.id_field, *resource.lookup))} is required")


def _as_key(call: Call, value: Any) -> Any:
    """An id sent in a body or query the way its store key is typed (`"34567"` -> 34567)."""
    if "integer" not in walk.declared_types(call.route.id_schema):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and value.isdigit() and len(value) < 20:
        return int(value)
    return value


def load(call: Call, key: Any) -> dict[str, Any]:
    """The live entity with this id, or the operation's documented not-found answer."""
    assert call.route.resource is not None
    entity = call.store.get(call.route.resource.name, key)
    if entity is None:
        raise not_found(call, f"no {call.route.resource.name} with id {key}")
    if entity.get(DELETED):
        raise not_found(call, f"{call.route.resource.name} {key} was deleted", deleted=True)
    return entity


def not_found(call: Call, message: str, deleted: bool = False) -> Exception:
    """404 when documented; else what `x-not-found` says (an empty 2xx, or a 400)."""
    route = call.route
    if route.documents(404):
        return MockError(404, message, code="deleted" if deleted else None)
    for rule in route.op.ext.not_found:
        if rule.empty_body:
            return _EmptyAnswer(route.success_status)
        if rule.status is not None:
            return MockError(rule.status, f"{message}: {rule.contains or 'not found'}")
    return MockError(route.first_documented(404, 400, 422, default=404), message)


class _EmptyAnswer(MockError):
    """Not found, answered as an empty 2xx body (x-not-found empty-body)."""

    def __init__(self, status: int) -> None:
        super().__init__(status, "not found")


def live(entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [e for e in entities if not e.get(DELETED)]


def sent_fields(call: Call) -> dict[str, Any]:
    """The entity fields of a request body: under the `x-resource` envelope when there is one,
    else the top-level fields its schema documents (a vendor ignores the others)."""
    body = call.body if isinstance(call.body, dict) else {}
    envelope = call.route.resource.envelope if call.route.resource else None
    if envelope:
        inner = body.get(envelope)
        return dict(inner) if isinstance(inner, dict) else {}
    known = call.route.body_fields
    return dict(body) if known is None else {k: v for k, v in body.items() if k in known}


def shaped(call: Call, entity: dict[str, Any], **values: Any) -> dict[str, Any]:
    """The answer for a stored entity: each field the response schema lists (None when the
    entity lacks it), then `values`."""
    return {**{name: entity.get(name) for name in call.route.response_fields}, **values}


def success(call: Call, body: Any = NO_BODY, status: int | None = None) -> Reply:
    return Reply(status or call.route.success_status, body)


# -- handlers ----------------------------------------------------------------------------------
def create(call: Call) -> Reply:
    resource = call.route.resource
    assert resource is not None
    _refuse_taken_lookups(call)
    entity = call.vendor.prepare_create(call, {**sent_fields(call), **_parent_fields(call)})
    if entity.get(resource.id_field) is None:
        entity = {resource.id_field: new_id(call), **entity}
    if call.route.inferred is not None:
        entity = infer.complete(call.op, call.engine.api, entity)
    call.store.put(resource.name, entity[resource.id_field], entity)
    reply = success(call, call.vendor.present(call, entity))
    location = _location(call, entity[resource.id_field])
    if location is not None:
        reply.headers["Location"] = location
    return reply


def _refuse_taken_lookups(call: Call) -> None:
    """A lookup field names one entity, so a create may not reuse a value already taken."""
    resource = call.route.resource
    assert resource is not None
    sent = sent_fields(call)
    for name in resource.lookup:
        if sent.get(name) is not None and call.store.find(resource.name, name, sent[name]):
            status = call.route.first_documented(409, 422, default=call.route.invalid_status)
            raise MockError(status, f"{name} {sent[name]!r} is already taken", field=name)


def _location(call: Call, key: Any) -> str | None:
    """The created entity's URL, when the answer documents a `Location` header: the path of the
    resource's get operation with its id filled in."""
    response = call.op.response_for(call.route.success_status)
    if response is None or "location" not in {name.lower() for name in response.headers}:
        return None
    name = call.route.resource.name if call.route.resource else None
    for route in call.engine.routes:
        if route.resource and route.resource.name == name and route.resource.action == "get":
            path = route.op.path
            for param in route.path_names:  # the last names the entity, the others its parents
                value = key if param == route.path_names[-1] else call.params.get(param, "")
                path = path.replace(f"{{{param}}}", str(value))
            return f"{call.base_url}{path}"
    return None


def replace(call: Call) -> Reply:
    """PUT on an inferred item: the body becomes the entity (its id and parent kept)."""
    resource = call.route.resource
    assert resource is not None
    key = named_key(call)
    old = load(call, key)
    entity = {resource.id_field: old.get(resource.id_field, key), **sent_fields(call)}
    entity = {**entity, **_parent_fields(call)}
    kept = {k: v for k, v in old.items() if k not in entity}  # server fields such as created_at
    entity = infer.complete(call.op, call.engine.api, {**kept, **entity})
    call.store.put(resource.name, key, entity)
    return success(call, call.vendor.present(call, entity))


def _parent_fields(call: Call) -> dict[str, Any]:
    """An inferred nested resource keeps its parents' ids (`/projects/{projectId}/entries`);
    a parent that does not exist is not found."""
    inferred = call.route.inferred
    if inferred is None:
        return {}
    if inferred.parent is not None:
        owner, param = inferred.parent
        parent = call.store.get(owner, call.params.get(param))
        if parent is None or parent.get(DELETED):
            raise not_found(call, f"no {owner} with id {call.params.get(param)}")
    return {field: call.params[param] for param, field in inferred.parents if param in call.params}


def get(call: Call) -> Reply:
    try:
        entity = load(call, named_key(call))
    except _EmptyAnswer as empty:
        return Reply(empty.status, {})
    return success(call, call.vendor.present(call, entity))


def update(call: Call) -> Reply:
    resource = call.route.resource
    assert resource is not None
    key = named_key(call)
    entity = load(call, key)
    changed = call.vendor.prepare_update(call, entity, sent_fields(call))
    call.store.put(resource.name, key, changed)
    return success(call, call.vendor.present(call, changed))


def delete(call: Call) -> Reply:
    resource = call.route.resource
    assert resource is not None
    key = named_key(call)
    entity = load(call, key)
    if call.op.ext.soft_delete:
        call.store.put(resource.name, key, {**entity, DELETED: True})
    else:
        call.store.delete(resource.name, key)
    example = documented_example(call.engine.api, call.op, call.route.success_status)
    return success(call, {} if example is None else example)


def bulk(call: Call) -> Reply:
    """A bulk write answered item by item (`x-partial-failure`): each valid item is stored under
    its id, created or merged into the stored one, and each invalid one is reported."""
    rule = call.op.ext.partial_failure
    resource = call.route.resource
    assert rule is not None and resource is not None
    results = []
    for item in call.body:
        problem = call.route.item_validator.problem(item)
        if problem:
            message = f"{problem[0] or 'item'}: {problem[1]}"
            results.append(_result(rule, False, message))
            continue
        key = item[resource.id_field]
        old = call.store.get(resource.name, key)
        vendor = call.vendor
        entity = (
            vendor.prepare_update(call, old, item) if old else vendor.prepare_create(call, item)
        )
        call.store.put(resource.name, key, entity)
        results.append(_result(rule, True, None, key))
    return success(call, results)


def _result(rule: PartialFailure, succeeded: bool, message: str | None, key: Any = None) -> Any:
    result = set_pointer({}, rule.success, succeeded)
    if rule.id is not None and succeeded:
        result = set_pointer(result, rule.id, key)
    if rule.message is not None:
        result = set_pointer(result, rule.message, message)
    return result


def list_(call: Call) -> Reply:
    resource = call.route.resource
    assert resource is not None
    entities = live(call.store.scan(resource.name))  # read-only; paginate copies the page
    if call.route.inferred is not None:
        wanted = _parent_fields(call).items()
        entities = [e for e in entities if all(e.get(k) == v for k, v in wanted)]
    else:
        entities = filter_by_path(call, entities)
    entities = call.vendor.filter_list(call, entities)
    entities = apply_odata(call, entities)
    return success(call, paginate(call, entities))


def example_reply(call: Call) -> Reply:
    """An operation with no resource and no vendor handler: its documented example."""
    status = call.route.success_status
    example = documented_example(call.engine.api, call.op, status)
    return Reply(status, example if example is not None else NO_BODY)


def documented_example(api: Api, op: Operation, status: int) -> Any:
    """The example (or first of the examples) the spec gives for an answer; None without one."""
    response = op.response_for(status)
    spec = api.spec
    try:
        node = spec.resolve_pointer(f"{op.pointer}/responses/{status}")
        content = spec.deref(node).get("content", {})
        media = spec.deref(content.get(response.media_type if response else None, {}))
    except (KeyError, AttributeError):
        return None
    if "example" in media:
        return media["example"]
    for example in (media.get("examples") or {}).values():
        return spec.deref(example).get("value")
    return None


def seed_examples(store: Store, api: Api, operation_id: str) -> None:
    """Store the entities a list operation's documented answer shows, under their documented
    ids (so the examples' references hold); an integer counter continues after them."""
    op = next(o for o in api.operations if o.operation_id == operation_id)
    resource, rule = op.ext.resource, op.ext.pagination
    assert resource is not None, f"{operation_id} has no x-resource"
    example = documented_example(api, op, int(op.success_responses[0].status))
    for entity in resolve_in(example, rule.items if rule else "") or []:
        key = entity.get(resource.id_field)
        if key is None or isinstance(key, int):
            key = store.next_number(resource.name, start=key or 1)
        store.put(resource.name, key, {**entity, resource.id_field: key})


_HANDLERS: dict[str, Handler] = {
    "create": create,
    "get": get,
    "update": update,
    "delete": delete,
    "list": list_,
    "replace": replace,
}


# -- list filters ------------------------------------------------------------------------------
def filter_by_path(call: Call, entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A list under a parent path (`/tasks/{taskId}/...`) keeps the entities of that parent."""
    for p in call.op.parameters:
        if p.location == "path" and p.name in call.params:
            value = call.params[p.name]
            entities = [e for e in entities if e.get(p.name) == value]
    return entities


def apply_odata(call: Call, entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """`x-filter-fields` parameters filter with OData; `$orderby` sorts."""
    for param in call.op.parameters:
        if param.ext.filter_fields is not None:
            entities = odata_filter(call, entities, param.name, param.ext.filter_fields)
    order = call.params.get("$orderby")
    if isinstance(order, str) and order.strip():
        try:
            entities = odata.order(entities, odata.parse_orderby(order, ()))
        except odata.ODataError as error:
            raise call.invalid(str(error)) from None
    return entities


def odata_filter(
    call: Call, entities: list[dict[str, Any]], param: str, fields: tuple[str, ...]
) -> list[dict[str, Any]]:
    """The entities the OData filter in query parameter `param` keeps (all when none is sent)."""
    text = call.params.get(param)
    if not isinstance(text, str) or not text.strip():
        return entities
    try:
        keep = odata.parse_filter(text, fields)
    except odata.ODataError as error:
        raise call.invalid(str(error), field=param) from None
    return [e for e in entities if keep(e)]


# -- pagination --------------------------------------------------------------------------------
DEFAULT_PAGE_SIZE = 50  # a page-number list whose spec gives neither a limit nor a page size


@dataclass
class Page:
    items: list[Any]
    total: int
    offset: int
    limit: int | None
    number: int | None = None
    next_url: str | None = None


def paginate(call: Call, entities: list[dict[str, Any]]) -> Any:
    """Slice per `x-pagination` and put items, total and next link where it says."""
    rule = call.route.pagination or Pagination(style="date-range")  # unpaged: the whole list
    style, first = rule.style, rule.first_page
    offset, limit, number = 0, None, None
    if style == "offset":
        offset = int(call.params.get(rule.offset_param) or 0)
        limit = _int_or_none(call.params.get(rule.limit_param))
    elif style == "odata":
        offset = int(call.params.get(rule.skip_param) or 0)
        limit = _int_or_none(call.params.get(rule.top_param))
    elif style in ("page-number", "next-url"):
        number = int(call.params.get(rule.page_param, first) or first)
        limit = _int_or_none(call.params.get(rule.limit_param))
        limit = limit if limit is not None else rule.page_size or DEFAULT_PAGE_SIZE
        offset = (number - first) * limit
    offset = max(offset, 0)
    end = None if limit is None else offset + max(limit, 0)
    # The entities may be the store's own: `present` only reads them and returns a new object,
    # whose nested values are then copied so that the reply shares nothing with the store.
    present = call.vendor.present
    items = [detach(present(call, e)) for e in entities[offset:end]]
    page = Page(items, len(entities), offset, limit, number)
    if style == "next-url" and end is not None and end < len(entities):
        page.next_url = next_page_url(call, rule.page_param, (number or first) + 1)
    body: Any = {}
    body = set_pointer(body, rule.items, items)
    if rule.total is not None:
        body = set_pointer(body, rule.total, page.total)
    if rule.next is not None:
        body = set_pointer(body, rule.next, page.next_url)
    applied = {"offset": page.offset, "limit": len(items) if limit is None else limit}
    for pointer, echoed in call.route.page_echoes:
        body = set_pointer(body, pointer, applied[echoed])
    return call.vendor.decorate_page(call, body, page)


def page_echoes(op: Operation, rule: Pagination | None, api: Api) -> tuple[tuple[str, str], ...]:
    """(pointer, "offset" | "limit") of the list-body fields that echo the page applied: a
    property beside the items or the total named like an offset or limit parameter (`top` for
    `$top`, `meta/limit` beside `meta/totalItems`)."""
    if rule is None or rule.style not in ("offset", "odata"):
        return ()
    echoed = {
        rule.offset_param: "offset",
        rule.skip_param: "offset",
        rule.limit_param: "limit",
        rule.top_param: "limit",
    }
    wanted = {name.lstrip("$"): echoed[name] for name in rule.position_params}
    response = op.success_responses[0] if op.success_responses else None
    found: dict[str, str] = {}
    for pointer in (rule.items, rule.total):
        if not pointer or response is None or response.schema is None:
            continue
        container = split_pointer(pointer)[:-1]
        properties = infer.schema_at(response.schema, container, api).get("properties") or {}
        for name in properties:
            if name in wanted:
                found[join_pointer("", *container, name)] = wanted[name]
    return tuple(found.items())


def next_page_url(call: Call, page_param: str, number: int) -> str:
    return page_url(call, {page_param: number})


def page_url(call: Call, changes: dict[str, Any]) -> str:
    """The URL of the request as sent (path parameters filled, the caller's filters kept) with
    the paging parameters in `changes` set."""
    pairs = tuple((name, str(value)) for name, value in changes.items())
    return _page_url(call.base_url, call.path, call.query_string, pairs)


@lru_cache(maxsize=1024)  # clients page through the same queries: parse and encode them once
def _page_url(base_url: str, path: str, query: str, changes: tuple[tuple[str, str], ...]) -> str:
    changed = {name for name, _ in changes}
    pairs = [(k, v) for k, v in parse_qsl(query, keep_blank_values=True) if k not in changed]
    pairs.extend(changes)
    return f"{base_url}{path}?{urlencode(pairs)}"


def _int_or_none(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def set_pointer(document: Any, pointer: str, value: Any) -> Any:
    """Set `value` at a JSON pointer, creating objects on the way; "" replaces the document."""
    if pointer in ("", "/"):
        return value
    tokens = split_pointer(pointer)
    node = document
    for token in tokens[:-1]:
        node = node.setdefault(token, {})
    node[tokens[-1]] = value
    return document
