"""The schema walker every consumer shares: where a member is defined, composition parts, merged
objects, and bounded walks over cyclic specs."""

from __future__ import annotations

from typing import Any

from generator.spec import walk

DOC: dict[str, Any] = {
    "components": {
        "schemas": {
            "Entry": {
                "allOf": [
                    {"$ref": "#/components/schemas/Base"},
                    {
                        "type": "object",
                        "required": ["hours"],
                        "properties": {
                            "hours": {"type": "number"},
                            "tags": {"type": "array", "items": {"$ref": "#/components/schemas/Tag"}},
                        },
                    },
                ],
            },
            "Base": {
                "type": "object",
                "required": ["id"],
                "properties": {"id": {"type": "integer"}, "hours": {"type": "string"}},
            },
            "Tag": {"type": "object", "additionalProperties": {"type": "string"}},
            "Loop": {"anyOf": [{"$ref": "#/components/schemas/Loop"}]},
            "Either": {"oneOf": [{"type": ["string", "null"]}, {"type": "integer"}]},
        }
    }
}
ENTRY = "/components/schemas/Entry"


def _deref(node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        node = walk.node_at(DOC, node["$ref"][1:])
    return node


def test_a_member_is_found_through_refs_compositions_items_and_additional_properties() -> None:
    assert walk.member_at(DOC, ENTRY, "id") == "/components/schemas/Base/properties/id"
    found, complete = walk.descend(DOC, ENTRY, ["tags", "0", "colour"])
    assert (found, complete) == ("/components/schemas/Tag/additionalProperties", True)
    found, complete = walk.descend(DOC, ENTRY, ["nothing", "here"])
    assert (found, complete) == (ENTRY, False)


def test_parts_and_merged_objects_keep_the_schemas_own_properties_first() -> None:
    pointers = [p for p, _ in walk.parts_at(DOC, ENTRY)]
    assert pointers == [ENTRY, "/components/schemas/Base", f"{ENTRY}/allOf/1"]
    merged = walk.merged_object(DOC["components"]["schemas"]["Entry"], _deref)
    assert list(merged["properties"]) == ["id", "hours", "tags"]
    assert merged["properties"]["hours"] == {"type": "string"}  # the first part that names it
    assert merged["required"] == ["id", "hours"]


def test_walks_over_a_cyclic_schema_end() -> None:
    loop = "/components/schemas/Loop"
    assert walk.member_at(DOC, loop, "x") is None
    assert len(list(walk.parts_at(DOC, loop))) == walk.MAX_DEPTH + 1
    assert walk.follow(DOC, "/components/schemas/Missing") == (None, "/components/schemas/Missing")


def test_declared_types_read_type_lists_and_compositions() -> None:
    assert walk.declared_types(DOC["components"]["schemas"]["Either"]) == ("string", "null")
    assert walk.declared_types({"type": "integer"}) == ("integer",)
    assert walk.declared_types({}) == ()
