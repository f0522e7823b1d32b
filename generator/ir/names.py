"""Turning names from a spec (untrusted text) into safe, unique Python identifiers."""

from __future__ import annotations

import builtins
import keyword
import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path

# Names a generated module defines or imports itself; spec names must never shadow them.
RESERVED = frozenset(
    set(keyword.kwlist)
    | set(keyword.softkwlist)
    | {name for name in dir(builtins) if not name.startswith("_")}
    | {
        "self",
        "cls",
        "annotations",
        "typing",
        "Any",
        "Annotated",
        "Literal",
        "Optional",
        "Union",
        "BaseModel",
        "RootModel",
        "Field",
        "ConfigDict",
        "AwareDatetime",
        "NaiveDatetime",
        "datetime",
        "date",
        "time",
        "timedelta",
        "UUID",
        "Enum",
        "StrEnum",
        "IntEnum",
        "AnyUrl",
        "Model",
        "httpx",
        "pydantic",
        "models",
        "errors",
        "client",
        "timeout",
        "raw_response",
        "extra_headers",
        "extra_query",
        "NotGiven",
        "NOT_GIVEN",
        "APIResponse",
        "OperationSpec",
    }
)

# Keyword arguments may shadow builtins (`id=`, `type=`); they must avoid keywords and the names
# the generated method bodies use.
PARAMETER_RESERVED = frozenset(
    set(keyword.kwlist)
    | set(keyword.softkwlist)
    | {"self", "response", "item", "raise_on_partial_failure"}
)

_WORD_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_NON_WORD = re.compile(r"[^0-9A-Za-z]+")


def _ascii_words(text: str) -> list[str]:
    folded = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode("ascii")
    spaced = _WORD_BOUNDARY.sub(" ", folded)
    return [w for w in _NON_WORD.split(spaced) if w]


def _guard(name: str, fallback: str, reserved: frozenset[str] = RESERVED) -> str:
    if not name:
        name = fallback
    if name[0].isdigit():
        name = f"{fallback}_{name}"
    if name in reserved or name.startswith("__"):
        name = f"{name}_"
    return name


def snake_case(text: str, fallback: str = "value") -> str:
    """`getThing`, `get-thing`, `Get Thing` -> `get_thing`; always a safe identifier."""
    return _guard("_".join(w.lower() for w in _ascii_words(text)), fallback)


_HASH_WORD = re.compile(r"^(?=[a-z]*[0-9])[0-9a-f]{8,}$|^(?=.*[0-9])(?=.*[a-z])[0-9a-z]{20,}$")
_PATH_PARAMETER = re.compile(r"^\{.*\}$")


def readable_operation_id(text: str) -> bool:
    """False for an operationId no person chose as a name: empty, or with a hash-like word
    (`db49fb29f9f04d59afad7c01ce860418`, `5c2b5515-...`, a UUID)."""
    words = [w.lower() for w in _ascii_words(text)]
    return bool(words) and not any(_HASH_WORD.match(w) for w in words) and not words[0][0].isdigit()


def method_name(operation_id: str, method: str, path: str) -> str:
    """The method's name: the operationId when it is readable, else method + path, with a
    collection segment followed by its item parameter singular (`GET /employees/{id}/compensation`
    -> `get_employee_compensation`)."""
    if readable_operation_id(operation_id):
        return snake_case(operation_id, "call")
    segments = [s for s in path.split("/") if s]
    words = [method.lower()]
    for index, segment in enumerate(segments):
        if _PATH_PARAMETER.match(segment):
            continue
        followed_by_parameter = index + 1 < len(segments) and _PATH_PARAMETER.match(
            segments[index + 1]
        )
        words.append(_singular(segment) if followed_by_parameter else segment)
    return snake_case("_".join(words), "call")


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def parameter_name(text: str) -> str:
    """A keyword-argument name: like snake_case, but builtins such as `id` are allowed."""
    return _guard("_".join(w.lower() for w in _ascii_words(text)), "param", PARAMETER_RESERVED)


def pascal_case(text: str, fallback: str = "Model") -> str:
    """`time-tracking break v1` -> `TimeTrackingBreakV1`; always a safe identifier of letters and
    digits only (the models generator rewrites class names with underscores)."""
    name = "".join(w[:1].upper() + w[1:] for w in _ascii_words(text)) or fallback
    if name[0].isdigit():
        name = fallback + name
    if name in RESERVED or name.lower() in {"model", "basemodel", "rootmodel"}:
        name = f"{name}Model"
    return name


class UniqueNames:
    """Hands out identifiers that never collide, deterministically (first come keeps the name).

    Comparison is case-insensitive so that `VLAN` and `Vlan` never land in one file name.
    """

    def __init__(self, taken: Iterable[str] = ()) -> None:
        self._taken = {t.lower() for t in taken}

    def is_taken(self, name: str) -> bool:
        return name.lower() in self._taken

    def claim(self, name: str, twins: tuple[str, ...] = ()) -> str:
        """`name`, or `name2`, `name3`...: the first free one whose `twins` are free too.

        A twin is a pattern such as `"{}_raw"`: methods generated beside the named one.
        """
        candidate, n = name, 2
        while any(t.lower() in self._taken for t in _with_twins(candidate, twins)):
            candidate = f"{name}{n}" if not name.endswith("_") else f"{name}{n}_"
            n += 1
        self._taken.update(t.lower() for t in _with_twins(candidate, twins))
        return candidate


def _with_twins(name: str, twins: tuple[str, ...]) -> list[str]:
    return [name] + [twin.format(name) for twin in twins]


def spec_id(path: Path) -> str:
    """A lower-case identifier from a file name: `My-API.v2.yaml` -> `my_api_v2`."""
    stem = path.name.split(".")[0] if path.suffix in (".yaml", ".yml", ".json") else path.stem
    name = re.sub(r"[^a-z0-9]+", "_", stem.lower()).strip("_")
    return name if name and name[0].isalpha() else f"api_{name}".rstrip("_")
