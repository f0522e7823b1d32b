"""Models of the API (generated with datamodel-code-generator)."""

from __future__ import annotations
from typing import Annotated
from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, RootModel
from typing import Any as _Any
from datetime import datetime as _datetime, timezone as _timezone
from pydantic import ValidationInfo as _ValidationInfo, field_validator as _field_validator
from .._runtime._deviations import APIModel
import datetime as _dt
from typing import NotRequired as _NotRequired
from typing import TypedDict as _TypedDict


class AttendanceEntry(APIModel):
    """
    An attendance time entry as returned. Field names follow the vendor's object table (`user`, `notes`, `breakMinutes`; the table's `ID` read as `id`). Coordinates may come back as numbers or numeric strings because the table types them inconsistently. Nothing is documented as always present; we require the id and the fields create requires.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    id: Annotated[int, Field(ge=1)]
    """
    Entry id (written `ID` in the table).
    """
    user: str
    """
    User name of the entry's owner.
    """
    from_: Annotated[AwareDatetime, Field(alias="from")]
    """
    Start timestamp, UTC (documented as YYYY-MM-DDTHH:MM:SS.fffZ).
    """
    to: AwareDatetime | None
    """
    End timestamp, UTC; may be null while a timer entry is still running (our assumption).
    """
    notes: str | None = None
    """
    Notes (sent as `notes` or `details`).
    """
    manual: bool | None = None
    """
    True when the entry was created manually, false when it came from the timer.
    """
    worked_minutes: Annotated[int | None, Field(alias="workedMinutes", ge=0)] = None
    """
    Work duration in minutes.
    """
    break_minutes: Annotated[int | None, Field(alias="breakMinutes", ge=0)] = None
    """
    Break duration in minutes (sent as `minutesBreak` or `breakMinutes`).
    """
    latitude_start: Annotated[float | str | None, Field(alias="latitudeStart")] = None
    """
    GPS coordinate as returned: a JSON number, or a numeric string (the object table types three of the four coordinates as Text), or null when not recorded.
    """
    longitude_start: Annotated[float | str | None, Field(alias="longitudeStart")] = None
    """
    GPS coordinate as returned: a JSON number, or a numeric string (the object table types three of the four coordinates as Text), or null when not recorded.
    """
    latitude_end: Annotated[float | str | None, Field(alias="latitudeEnd")] = None
    """
    GPS coordinate as returned: a JSON number, or a numeric string (the object table types three of the four coordinates as Text), or null when not recorded.
    """
    longitude_end: Annotated[float | str | None, Field(alias="longitudeEnd")] = None
    """
    GPS coordinate as returned: a JSON number, or a numeric string (the object table types three of the four coordinates as Text), or null when not recorded.
    """


class AttendanceList(RootModel[list[AttendanceEntry]]):
    """
    One page of attendance time entries, as a bare array (no envelope).
    """

    root: list[AttendanceEntry]
    """
    One page of attendance time entries, as a bare array (no envelope).
    """


class AttendanceCreate(APIModel):
    """
    Body of create. `username`, `from` and `to` are required. Send `notes` or `details` (same field) and `minutesBreak` or `breakMinutes` (same field), not both spellings at once.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    username: Annotated[str, Field(min_length=1)]
    """
    User name the entry belongs to (returned as `user`).
    """
    from_: Annotated[AwareDatetime, Field(alias="from")]
    """
    UTC timestamp YYYY-MM-DDTHH:MM:SS.fffZ; the milliseconds may be left out (the vendor's examples use both forms).
    """
    to: AwareDatetime
    """
    UTC timestamp YYYY-MM-DDTHH:MM:SS.fffZ; the milliseconds may be left out (the vendor's examples use both forms).
    """
    notes: str | None = None
    """
    Notes.
    """
    details: Annotated[str | None, Field(deprecated=True)] = None
    """
    Alias of `notes` used by the vendor's create example.
    """
    minutes_break: Annotated[int | None, Field(alias="minutesBreak", ge=0)] = None
    """
    Break duration in minutes (the examples' name; returned as `breakMinutes`).
    """
    break_minutes: Annotated[int | None, Field(alias="breakMinutes", deprecated=True, ge=0)] = None
    """
    Alias of `minutesBreak` under the object table's name.
    """
    manual: bool | None = None
    """
    Flag the entry as created manually (true) or by the timer (false). The vendor also accepts 1/0.
    """
    worked_minutes: Annotated[int | None, Field(alias="workedMinutes", ge=0)] = None
    """
    Work duration in minutes (the vendor probably derives it from from/to/break; optional).
    """
    latitude_start: Annotated[float | None, Field(alias="latitudeStart", ge=-90.0, le=90.0)] = None
    """
    GPS latitude in decimal degrees (sent as a number).
    """
    longitude_start: Annotated[float | None, Field(alias="longitudeStart", ge=-180.0, le=180.0)] = (
        None
    )
    """
    GPS longitude in decimal degrees (sent as a number).
    """
    latitude_end: Annotated[float | None, Field(alias="latitudeEnd", ge=-90.0, le=90.0)] = None
    """
    GPS latitude in decimal degrees (sent as a number).
    """
    longitude_end: Annotated[float | None, Field(alias="longitudeEnd", ge=-180.0, le=180.0)] = None
    """
    GPS longitude in decimal degrees (sent as a number).
    """

    @_field_validator("*", mode="after")
    @classmethod
    def _in_utc(cls, value: _Any, info: _ValidationInfo) -> _Any:
        field = cls.model_fields[info.field_name or ""]
        if (
            (field.alias or info.field_name) in ["from", "to"]
            and isinstance(value, _datetime)
            and value.utcoffset() is not None
        ):
            return value.astimezone(_timezone.utc).replace(microsecond=0)
        return value


class AttendanceUpdate(APIModel):
    """
    Body of update: any field of the entry except the user; send only what changes. Same aliases as on create (`details` = `notes`, `breakMinutes` = `minutesBreak`).
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    from_: Annotated[AwareDatetime | None, Field(alias="from")] = None
    """
    UTC timestamp YYYY-MM-DDTHH:MM:SS.fffZ; the milliseconds may be left out (the vendor's examples use both forms).
    """
    to: AwareDatetime | None = None
    """
    UTC timestamp YYYY-MM-DDTHH:MM:SS.fffZ; the milliseconds may be left out (the vendor's examples use both forms).
    """
    notes: str | None = None
    """
    Notes.
    """
    details: Annotated[str | None, Field(deprecated=True)] = None
    """
    Alias of `notes`.
    """
    minutes_break: Annotated[int | None, Field(alias="minutesBreak", ge=0)] = None
    """
    Break duration in minutes (the update example's name; returned as `breakMinutes`).
    """
    break_minutes: Annotated[int | None, Field(alias="breakMinutes", deprecated=True, ge=0)] = None
    """
    Alias of `minutesBreak` under the object table's name.
    """
    manual: bool | None = None
    """
    Flag the entry as created manually (true) or by the timer (false). The vendor also accepts 1/0.
    """
    worked_minutes: Annotated[int | None, Field(alias="workedMinutes", ge=0)] = None
    """
    Work duration in minutes.
    """
    latitude_start: Annotated[float | None, Field(alias="latitudeStart", ge=-90.0, le=90.0)] = None
    """
    GPS latitude in decimal degrees (sent as a number).
    """
    longitude_start: Annotated[float | None, Field(alias="longitudeStart", ge=-180.0, le=180.0)] = (
        None
    )
    """
    GPS longitude in decimal degrees (sent as a number).
    """
    latitude_end: Annotated[float | None, Field(alias="latitudeEnd", ge=-90.0, le=90.0)] = None
    """
    GPS latitude in decimal degrees (sent as a number).
    """
    longitude_end: Annotated[float | None, Field(alias="longitudeEnd", ge=-180.0, le=180.0)] = None
    """
    GPS longitude in decimal degrees (sent as a number).
    """

    @_field_validator("*", mode="after")
    @classmethod
    def _in_utc(cls, value: _Any, info: _ValidationInfo) -> _Any:
        field = cls.model_fields[info.field_name or ""]
        if (
            (field.alias or info.field_name) in ["from", "to"]
            and isinstance(value, _datetime)
            and value.utcoffset() is not None
        ):
            return value.astimezone(_timezone.utc).replace(microsecond=0)
        return value


class Error1(APIModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    title: str
    """
    Short error title.
    """
    status: Annotated[int, Field(ge=100, le=599)]
    """
    HTTP status code.
    """
    code: int | None = None
    """
    Application error code (e.g. 15020 for a deleted time entry).
    """
    detail: str | None = None
    """
    Longer explanation.
    """


class Error(APIModel):
    """
    The vendor's error body: a list of errors, each with a title, the HTTP status, an application error code and a detail text. Only one example exists (title "TimeEntry exist but it is deleted", status 404, code 15020), so only `title` and `status` are required.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    errors: Annotated[list[Error1], Field(min_length=1)]


# `AttendanceCreate` as plain data, keyed by the JSON names.
AttendanceCreateDict = _TypedDict(
    "AttendanceCreateDict",
    {
        "username": "str",
        "from": "_dt.datetime",
        "to": "_dt.datetime",
        "notes": "_NotRequired[str]",
        "details": "_NotRequired[str]",
        "minutesBreak": "_NotRequired[int]",
        "breakMinutes": "_NotRequired[int]",
        "manual": "_NotRequired[bool]",
        "workedMinutes": "_NotRequired[int]",
        "latitudeStart": "_NotRequired[float]",
        "longitudeStart": "_NotRequired[float]",
        "latitudeEnd": "_NotRequired[float]",
        "longitudeEnd": "_NotRequired[float]",
    },
)


# `AttendanceUpdate` as plain data, keyed by the JSON names.
AttendanceUpdateDict = _TypedDict(
    "AttendanceUpdateDict",
    {
        "from": "_NotRequired[_dt.datetime]",
        "to": "_NotRequired[_dt.datetime]",
        "notes": "_NotRequired[str]",
        "details": "_NotRequired[str]",
        "minutesBreak": "_NotRequired[int]",
        "breakMinutes": "_NotRequired[int]",
        "manual": "_NotRequired[bool]",
        "workedMinutes": "_NotRequired[int]",
        "latitudeStart": "_NotRequired[float]",
        "longitudeStart": "_NotRequired[float]",
        "latitudeEnd": "_NotRequired[float]",
        "longitudeEnd": "_NotRequired[float]",
    },
)
