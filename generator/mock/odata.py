"""A small OData v4 subset for list filters: `$filter` and `$orderby` over flat entity fields.

Filter grammar: comparisons `FIELD (eq|ne|gt|ge|lt|le) LITERAL` (either side may be the
field), combined with `and`, `or`, `not` and parentheses. Literals: numbers, 'strings' (with
'' for a quote), true, false, null, and bare dates, date-times and GUIDs (compared as text).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

Predicate = Callable[[dict[str, Any]], bool]
MAX_DEPTH = 32
MAX_LENGTH = 2000

_TOKEN = re.compile(
    r"""\s*(?:
      (?P<string>'(?:[^']|'')*')
    | (?P<datetime>\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})?)?)
    | (?P<guid>[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})
    | (?P<number>-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)
    | (?P<paren>[()])
    | (?P<word>[A-Za-z_][A-Za-z0-9_]*)
    )""",
    re.VERBOSE,
)
_COMPARISONS: dict[str, Callable[[Any, Any], bool]] = {
    "eq": lambda a, b: a == b,
    "ne": lambda a, b: a != b,
    "gt": lambda a, b: a > b,
    "ge": lambda a, b: a >= b,
    "lt": lambda a, b: a < b,
    "le": lambda a, b: a <= b,
}
_KEYWORDS = {"true": True, "false": False, "null": None}


class ODataError(ValueError):
    """An expression the mock cannot read; the message says where."""


class _Field(str):
    """A field name token (kept apart from string literals)."""


def parse_filter(text: str, fields: Iterable[str]) -> Predicate:
    """Compile a `$filter` expression over the given field names into a predicate."""
    if len(text) > MAX_LENGTH:
        raise ODataError(f"filter longer than {MAX_LENGTH} characters")
    parser = _Parser(_tokens(text), frozenset(fields))
    predicate = parser.expression(0)
    if parser.peek() is not None:
        raise ODataError(f"unexpected {_shown(parser.peek())} in filter")
    return predicate


def _tokens(text: str) -> list[Any]:
    tokens: list[Any] = []
    position = 0
    text = text.strip()
    while position < len(text):
        match = _TOKEN.match(text, position)
        if not match or match.end() == position:
            raise ODataError(f"cannot read filter at character {position + 1}")
        position = match.end()
        kind = match.lastgroup or "word"
        raw = match.group(kind)
        if kind == "string":
            tokens.append(raw[1:-1].replace("''", "'"))
        elif kind == "number":
            tokens.append(float(raw) if any(c in raw for c in ".eE") else int(raw))
        elif kind in ("datetime", "guid"):
            tokens.append(raw)
        elif kind == "paren":
            tokens.append(("paren", raw))
        else:
            tokens.append(_KEYWORDS[raw] if raw in _KEYWORDS else _Field(raw))
    return tokens


def _shown(token: Any) -> str:
    """A token as the filter's author wrote it (never Python's repr of our token types)."""
    if isinstance(token, tuple):
        return f"'{token[1]}'"
    if isinstance(token, _Field):
        return f"'{token}'"
    if isinstance(token, str):
        return "'" + token.replace("'", "''") + "'"
    if token is None:
        return "null"
    if isinstance(token, bool):
        return "true" if token else "false"
    return str(token)


class _Parser:
    def __init__(self, tokens: list[Any], fields: frozenset[str]) -> None:
        self.tokens = tokens
        self.position = 0
        self.fields = fields

    def peek(self) -> Any:
        return self.tokens[self.position] if self.position < len(self.tokens) else None

    def take(self) -> Any:
        token = self.peek()
        if self.position >= len(self.tokens):
            raise ODataError("filter ends too early")
        self.position += 1
        return token

    def word(self, expected: str) -> bool:
        token = self.peek()
        if isinstance(token, _Field) and token == expected:
            self.position += 1
            return True
        return False

    def expression(self, depth: int) -> Predicate:
        if depth > MAX_DEPTH:
            raise ODataError("filter nested too deeply")
        terms = [self.conjunction(depth)]
        while self.word("or"):
            terms.append(self.conjunction(depth))
        return terms[0] if len(terms) == 1 else (lambda e: any(t(e) for t in terms))

    def conjunction(self, depth: int) -> Predicate:
        terms = [self.unary(depth)]
        while self.word("and"):
            terms.append(self.unary(depth))
        return terms[0] if len(terms) == 1 else (lambda e: all(t(e) for t in terms))

    def unary(self, depth: int) -> Predicate:
        if self.word("not"):
            inner = self.unary(depth + 1)
            return lambda e: not inner(e)
        if self.peek() == ("paren", "("):
            self.take()
            inner = self.expression(depth + 1)
            if self.take() != ("paren", ")"):
                raise ODataError("missing ')' in filter")
            return inner
        return self.comparison()

    def comparison(self) -> Predicate:
        left, operator, right = self.take(), self.take(), self.take()
        if not (isinstance(operator, _Field) and operator in _COMPARISONS):
            raise ODataError(
                f"expected a comparison operator (eq, ne, gt, ge, lt, le), got {_shown(operator)}"
            )
        if isinstance(left, _Field):
            return self._compare(self._field(left), _COMPARISONS[operator], self._literal(right))
        flipped = {"gt": "lt", "ge": "le", "lt": "gt", "le": "ge"}.get(operator, operator)
        if isinstance(right, _Field):
            return self._compare(self._field(right), _COMPARISONS[flipped], self._literal(left))
        raise ODataError("a comparison needs a field name on one side")

    def _field(self, token: Any) -> str:
        if token not in self.fields:
            raise ODataError(
                f"cannot filter on {str(token)!r}; fields: {', '.join(sorted(self.fields))}"
            )
        return str(token)

    def _literal(self, token: Any) -> Any:
        if isinstance(token, (_Field, tuple)):
            raise ODataError(f"expected a literal value, got {_shown(token)}")
        return token

    @staticmethod
    def _compare(field: str, compare: Callable[[Any, Any], bool], literal: Any) -> Predicate:
        def predicate(entity: dict[str, Any]) -> bool:
            value = entity.get(field)
            if compare is _COMPARISONS["eq"] or compare is _COMPARISONS["ne"]:
                return compare(_comparable(value), _comparable(literal))
            try:
                return bool(compare(_comparable(value), _comparable(literal)))
            except TypeError:
                return False

        return predicate


def _comparable(value: Any) -> Any:
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int | float):
        return float(value)
    return value


def parse_orderby(text: str, fields: Iterable[str]) -> list[tuple[str, bool]]:
    """`date desc,id` -> [("date", True), ("id", False)] (field, descending)."""
    allowed = frozenset(fields)
    keys = []
    for part in text.split(","):
        words = part.split()
        if not words or len(words) > 2 or (len(words) == 2 and words[1] not in ("asc", "desc")):
            raise ODataError(f"cannot read order {part.strip()!r}")
        if allowed and words[0] not in allowed:
            raise ODataError(f"cannot order by {words[0]!r}")
        keys.append((words[0], len(words) == 2 and words[1] == "desc"))
    return keys


def order(entities: list[dict[str, Any]], keys: list[tuple[str, bool]]) -> list[dict[str, Any]]:
    """Stable multi-key sort; nulls sort first, mixed types by type name."""
    result = list(entities)
    for field, descending in reversed(keys):
        result.sort(key=_field_key(field), reverse=descending)
    return result


def _field_key(field: str) -> Callable[[dict[str, Any]], tuple[int, str, Any]]:
    return lambda entity: _sort_key(entity.get(field))


def _sort_key(value: Any) -> tuple[int, str, Any]:
    if value is None:
        return (0, "", 0)
    comparable = _comparable(value)
    if isinstance(comparable, dict | list):
        comparable = repr(comparable)
    return (1, type(comparable).__name__, comparable)
