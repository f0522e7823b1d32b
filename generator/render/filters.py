"""Jinja filters that turn spec text (untrusted) into safe literals for each output format.

Escaping is per context: a Python literal, a docstring, a one-line docstring, Markdown, TOML.
Spec text is only ever inserted as data; it is never rendered as a template itself.
"""

from __future__ import annotations

import json
import re
import textwrap
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
    """Backslashes doubled; quotes escaped only three in a row (which would end the literal)."""
    return text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')


_WIDTH = 100


def _wrapped(line: str, width: int) -> list[str]:
    """A line wrapped at `width`; continuation lines of an indented item (`    name: text`) are
    indented four more."""
    if len(line) <= width:
        return [line]
    lead = line[: len(line) - len(line.lstrip())]
    more = lead + "    " if lead else lead
    return textwrap.wrap(
        line,
        width,
        initial_indent="",
        subsequent_indent=more,
        break_long_words=False,
        break_on_hyphens=False,
    ) or [line]


def docstring(text: Any, indent: int = 4) -> str:
    """A complete docstring literal, indented for its place and wrapped at 100 columns; quotes
    and backslashes escaped only where the literal needs it."""
    width = _WIDTH - indent
    raw = [line.rstrip() for line in _clean(text).strip().splitlines()]
    lines = [_escape_doc(w) for line in raw for w in _wrapped(line, width)]
    if not lines or not any(lines):
        return '""" """'
    if len(lines) == 1 and len(lines[0]) <= width - 6:
        one = lines[0][:-1] + '\\"' if lines[0].endswith('"') else lines[0]
        return f'"""{one}"""' if one else '""" """'
    pad = " " * indent
    body = "\n".join((pad + line) if line else "" for line in lines[1:])
    return f'"""{lines[0]}\n{body}\n{pad}"""' if body else f'"""{lines[0]}\n{pad}"""'


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


def md_code(text: Any) -> str:
    """A Markdown code span of one line of text: inside it backslashes are literal, so nothing
    is escaped; a backtick (which would end the span) becomes a quote."""
    return "`" + " ".join(_clean(text).split()).replace("`", "'") + "`"


def toml_string(text: Any) -> str:
    """A TOML basic string: JSON's escapes of quotes, backslashes and control characters are valid
    TOML; other characters stay literal (a `\\ud83d` surrogate escape would not be)."""
    return json.dumps(_clean(text), ensure_ascii=False)


FILTERS = {
    "pyrepr": pyrepr,
    "docstring": docstring,
    "comment_text": comment_text,
    "md_text": md_text,
    "md_code": md_code,
    "toml_string": toml_string,
    "toml_key": toml_string,
}
