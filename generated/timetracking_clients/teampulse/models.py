"""Models of the API (generated with datamodel-code-generator)."""

from __future__ import annotations
from typing import Annotated
from pydantic import BaseModel, ConfigDict, Field, RootModel
from datetime import date as date_aliased
from .._runtime._deviations import APIModel
import datetime as _dt
from typing import NotRequired as _NotRequired
from typing import TypedDict as _TypedDict


class TimeEntry(APIModel):
    """
    A time entry as the server returns it. `week` and the `created*`/`lastModified*` fields are
    set by the server. `createdAt` and `lastModifiedAt` carry no time zone, so they are strings
    with a pattern rather than RFC 3339 `date-time` values.

    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    id: Annotated[int, Field(ge=1)]
    """
    ID of the time entry.
    """
    date: date_aliased
    """
    The day the hours were worked (YYYY-MM-DD).
    """
    hours: float
    """
    The hours worked (a float; whole numbers in the examples).
    """
    type: Annotated[str, Field(min_length=1)]
    """
    Name of an existing work type of the project (Settings -> Time Tracking -> Work Types),
    e.g. "Billable". The set is configured per instance, so it is not an enum.

    """
    user_id: Annotated[int, Field(alias="userId", ge=1)]
    """
    ID of the user who worked the hours. Set on create; cannot be changed later.
    """
    task_id: Annotated[int, Field(alias="taskId", ge=1)]
    """
    ID of the task the hours are booked on. Set on create; cannot be changed later.
    """
    note: Annotated[str | None, Field(max_length=128)] = None
    """
    Free-text note on the hours. Optional on create, so an entry created without one may
    come back with `null` or without the field (not documented which).

    """
    week: Annotated[int, Field(ge=1, le=53)]
    """
    Week number derived by the server from `date` (40 for 2013-10-02), read as the ISO
    8601 week number.

    """
    created_by: Annotated[str, Field(alias="createdBy")]
    """
    Name of the user who created the entry.
    """
    created_at: Annotated[str, Field(alias="createdAt")]
    """
    A timestamp without a time zone, as .NET writes a local DateTime: YYYY-MM-DDTHH:MM:SS with
    an optional fraction of 1-7 digits ("2013-10-09T13:57:28.33"). Not an RFC 3339 date-time,
    which needs a zone.

    """
    last_modified_by: Annotated[str, Field(alias="lastModifiedBy")]
    """
    Name of the user who last modified the entry.
    """
    last_modified_at: Annotated[str, Field(alias="lastModifiedAt")]
    """
    A timestamp without a time zone, as .NET writes a local DateTime: YYYY-MM-DDTHH:MM:SS with
    an optional fraction of 1-7 digits ("2013-10-09T13:57:28.33"). Not an RFC 3339 date-time,
    which needs a zone.

    """


class TimeEntryCreate(APIModel):
    """
    Body of a create request. `userId` and `taskId` are required here even though the model
    calls them read-only: they are set once, at creation.

    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    date: date_aliased
    """
    The day the hours were worked (YYYY-MM-DD).
    """
    hours: float
    """
    The hours worked (a float; whole numbers in the examples).
    """
    type: Annotated[str, Field(min_length=1)]
    """
    Name of an existing work type of the project (Settings -> Time Tracking -> Work Types),
    e.g. "Billable". The set is configured per instance, so it is not an enum.

    """
    user_id: Annotated[int, Field(alias="userId", ge=1)]
    """
    ID of the user who worked the hours.
    """
    task_id: Annotated[int, Field(alias="taskId", ge=1)]
    """
    ID of the task the hours are booked on.
    """
    note: Annotated[str | None, Field(max_length=128)] = None
    """
    A note on the hours. The 128-character limit comes from the older TeamPulse API's
    validation message ("The field note must be a string with a maximum length of 128.");
    the v1 reference states no limit.

    """


class TimeEntryUpdate(APIModel):
    """
    Body of a partial update: any subset of `date`, `hours`, `type` and `note`. `userId` and
    `taskId` cannot be changed after creation, so they are not listed.

    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    date: date_aliased | None = None
    """
    The day the hours were worked (YYYY-MM-DD).
    """
    hours: float | None = None
    """
    The hours worked (a float; whole numbers in the examples).
    """
    type: Annotated[str | None, Field(min_length=1)] = None
    """
    Name of an existing work type of the project (Settings -> Time Tracking -> Work Types),
    e.g. "Billable". The set is configured per instance, so it is not an enum.

    """
    note: Annotated[str | None, Field(max_length=128)] = None
    """
    A note on the hours. The 128-character limit comes from the older TeamPulse API's
    validation message ("The field note must be a string with a maximum length of 128.");
    the v1 reference states no limit.

    """


class TimeEntryList(APIModel):
    """
    List envelope. `totalResults` counts every matching entry; `top` appears to echo the page
    size; `results` holds this page's entries.

    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    total_results: Annotated[int, Field(alias="totalResults", ge=0)]
    """
    Number of entries matching the query, across all pages.
    """
    top: Annotated[int, Field(ge=0)]
    """
    The page size applied (echoes `$top`).
    """
    results: list[TimeEntry]


class TeamPulseError(RootModel[dict[str, str]]):
    """
    Error body: an object mapping a field key (e.g. `te.note`) to a message. This is the older
    TeamPulse REST API's documented format; likely but unconfirmed for v1, whose error bodies
    are not documented.

    """

    root: dict[str, str]


class TimeEntryCreateDict(_TypedDict):
    """`TimeEntryCreate` as plain data, keyed by the JSON names."""

    date: _dt.date
    hours: float
    type: str
    userId: int
    taskId: int
    note: _NotRequired[str]


class TimeEntryUpdateDict(_TypedDict):
    """`TimeEntryUpdate` as plain data, keyed by the JSON names."""

    date: _NotRequired[_dt.date]
    hours: _NotRequired[float]
    type: _NotRequired[str]
    note: _NotRequired[str]
