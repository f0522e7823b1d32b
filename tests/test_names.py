"""Names from a spec become valid, non-keyword, non-colliding Python identifiers, deterministically."""

from __future__ import annotations

import keyword
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.ir.load import load
from generator.ir.names import (
    RESERVED,
    UniqueNames,
    method_name,
    parameter_name,
    pascal_case,
    snake_case,
)

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("getThing", "get_thing"), ("get-thing", "get_thing"), ("Get Thing", "get_thing"),
     ("class", "class_"), ("1st", "value_1st"), ("", "value"), ("__init__", "init"), ("名前", "value")],
)
def test_snake_case(text: str, expected: str) -> None:
    assert snake_case(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("user-name", "UserName"), ("2023-05", "Model202305"), ("None", "NoneModel"),
     ("model", "ModelModel"), ("", "ModelModel"), ("Field", "FieldModel")],
)
def test_pascal_case_is_letters_and_digits(text: str, expected: str) -> None:
    assert pascal_case(text) == expected


def test_parameters_may_shadow_builtins_but_not_keywords() -> None:
    assert parameter_name("id") == "id"
    assert parameter_name("from") == "from_"
    assert parameter_name("self") == "self_"


def test_collisions_after_normalisation_are_resolved_in_order() -> None:
    names = UniqueNames()
    assert [names.claim(snake_case(n)) for n in ("getThing", "get_thing", "GetThing")] == [
        "get_thing", "get_thing2", "get_thing3"]
    classes = UniqueNames()
    assert [classes.claim(pascal_case(n)) for n in ("VLAN", "Vlan")] == ["VLAN", "Vlan2"]


def test_twins_are_claimed_with_the_name() -> None:
    names = UniqueNames()
    assert names.claim("list_", ("{}_raw", "iter_{}")) == "list_"
    assert names.claim("list__raw") == "list__raw2"
    assert names.claim("things_raw") == "things_raw"
    assert names.claim("things", ("{}_raw",)) == "things2"


@given(st.text(max_size=30))
def test_any_text_gives_safe_identifiers(text: str) -> None:
    for name in (snake_case(text), parameter_name(text), pascal_case(text)):
        assert name.isidentifier() and not keyword.iskeyword(name) and not name.startswith("__")
    assert snake_case(text) not in RESERVED
    assert pascal_case(text).isalnum() and pascal_case(text).isascii()


@pytest.mark.parametrize(
    ("operation_id", "method", "path", "expected"),
    [
        ("db49fb29f9f04d59afad7c01ce860418", "get", "/employees/{id}/compensation",
         "get_employee_compensation"),
        ("5c2b5515-3a2f-4d61-9b0e-1a2b3c4d5e6f", "post", "/time_entries", "post_time_entries"),
        ("", "delete", "/companies/{c}/policies/{p}", "delete_company_policy"),
        ("getBreakPolicy", "get", "/break-policies/{id}", "get_break_policy"),
        ("listV2Items", "get", "/items", "list_v2_items"),
    ],
)
def test_method_names_come_from_readable_operation_ids_else_method_and_path(
    operation_id: str, method: str, path: str, expected: str
) -> None:
    assert method_name(operation_id, method, path) == expected


def test_hash_like_operation_ids_become_method_and_path_names_in_a_client() -> None:
    api = load(FIXTURES / "hash_operation_ids.yaml")
    names = sorted(op.py_name for op in api.operations)
    assert names == ["create_employee", "get_employee_compensation", "get_employees",
                     "put_employee_compensation"]


def test_an_error_body_model_never_takes_an_exception_name() -> None:
    api = load("papershift")
    assert "PapershiftError" not in api.model_schemas
    assert "PapershiftErrorBody" in api.model_schemas


def test_operation_constants_say_the_resource_once() -> None:
    from generator.ir.load import load
    from generator.render.context import ContextBuilder

    view = ContextBuilder(load("papershift"), "x.papershift", "README.md").build()
    consts = {op.operation_id: op.const for r in view.resources for op in r.operations}
    assert consts["listWorkingSessions"] == "LIST_WORKING_SESSIONS"
    assert len(set(consts.values())) == len(consts)
