"""Jinja filters that turn spec text (untrusted) into safe literals for each output format.

Escaping is per context: a Python literal, a docstring, a one-line docstring, Markdown, TOML.
Spec text is only ever inserted as data; it is never rendered as a template itself.
"""

from __future__ import annotations

import json
import re
from typing import Any

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u2028\u2029\x85]")


def pyrepr(value: Any) -> str:
    """A Python literal for plain data (strings, numbers, booleans, None, tuples of them)."""
    if value is None or isinstance(value, bool | int | str):
        return repr(value)
    if isinstance(value, float):
        return repr(value) if value == value and abs(value) != float("inf") else repr(str(value))
    if isinstance(value, tuple | list):
        inner = ", ".join(pyrepr(v) for v in value)
        return f"({inner},)" if len(value) == 1 else f"({inner})"
    return repr(str(value))


def _clean(text: Any) -> str:
    text = str(text or "").replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub(" ", text)


def _escape_doc(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')


def docstring(text: Any, indent: int = 4) -> str:
    """A complete docstring literal, indented for its place; quotes and backslashes escaped."""
    lines = [_escape_doc(line.rstrip()) for line in _clean(text).strip().splitlines()]
    if not lines or not any(lines):
        return '""" """'
    if len(lines) == 1:
        return f'"""{lines[0]}"""' if lines[0] else '""" """'
    pad = " " * indent
    body = "\n".join((pad + line) if line else "" for line in lines[1:])
    return f'"""{lines[0]}\n{body}\n{pad}"""'


def comment_text(text: Any) -> str:
    """One line of text safe inside a one-line docstring."""
    one_line = " ".join(_clean(text).split())
    return one_line.replace("\\", "\\\\").replace('"', '\\"')[:200]


def md_text(text: Any) -> str:
    """One line of text that cannot break Markdown structure (or a code span)."""
    one_line = " ".join(_clean(text).split())
    return re.sub(
        r"([`<>|\[\]*_#\\])", lambda m: "'" if m.group(1) == "`" else "\\" + m.group(1), one_line
    )


def toml_string(text: Any) -> str:
    """A TOML basic string: JSON's escapes of quotes, backslashes and control characters are valid
    TOML; other characters stay literal (a `\\ud83d` surrogate escape would not be)."""
    return json.dumps(_clean(text), ensure_ascii=False)


FILTERS = {
    "pyrepr": pyrepr,
    "docstring": docstring,
    "comment_text": comment_text,
    "md_text": md_text,
    "toml_string": toml_string,
    "toml_key": toml_string,
}
