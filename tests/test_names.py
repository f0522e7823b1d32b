"""Names from a spec become valid, non-keyword, non-colliding Python identifiers, deterministically."""

from __future__ import annotations

import keyword

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.ir.names import RESERVED, UniqueNames, parameter_name, pascal_case, snake_case


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
