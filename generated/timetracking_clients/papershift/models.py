"""Models of the API (generated with datamodel-code-generator)."""

from __future__ import annotations
from pydantic import AwareDatetime, BaseModel, ConfigDict, Field
from typing import Annotated
from typing import Self as _Self
from pydantic import model_validator as _model_validator
from .._runtime._deviations import APIModel
import datetime as _dt
from typing import NotRequired as _NotRequired
from typing import TypedDict as _TypedDict


class PapershiftErrorBody(APIModel):
    """
    Error body. The only documented instance is the 401 {"response": "API Key not found!"}. Other errors are assumed to use the same shape.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    response: str
    """
    Human-readable error message.
    """


class WorkingSessionCreate(APIModel):
    """
    Fields of a new working session. One of each pair is required: location_id or location_external_id, working_area_id or working_area_external_id, user_id or user_external_id.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    location_id: Annotated[int | None, Field(ge=1)] = None
    """
    Papershift id of the location; required unless location_external_id is sent.
    """
    location_external_id: Annotated[str | None, Field(min_length=1)] = None
    """
    External id of the location; required unless location_id is sent.
    """
    working_area_id: Annotated[int | None, Field(ge=1)] = None
    """
    Papershift id of the working area; required unless working_area_external_id is sent.
    """
    working_area_external_id: Annotated[str | None, Field(min_length=1)] = None
    """
    External id of the working area; required unless working_area_id is sent.
    """
    user_id: Annotated[int | None, Field(ge=1)] = None
    """
    Papershift id of the user (employee_id in responses); required unless user_external_id is sent.
    """
    user_external_id: Annotated[str | None, Field(min_length=1)] = None
    """
    External id of the user; required unless user_id is sent.
    """
    starts_at: AwareDatetime
    """
    Start, ISO 8601 with an offset.
    """
    ends_at: AwareDatetime
    """
    End, ISO 8601 with an offset.
    """
    manual_pause: Annotated[int | None, Field(ge=0)] = None
    """
    Break length in minutes (reported back as break_time in seconds).
    """
    external_id: Annotated[str | None, Field(min_length=1)] = None
    """
    Your own id for the new working session, usable later instead of id.
    """


class CreateWorkingSessionRequest(APIModel):
    """
    Create body: the working session under `working_session`, the API token beside it.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    working_session: WorkingSessionCreate


class WorkingSessionUpdate(APIModel):
    """
    Changes to a working session, found by id or external_id (one is required; id wins when both are sent). starts_at and ends_at are required by the vendor's table.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    id: int | str | None = None
    """
    Papershift id of a working session in a request body, as an integer or a string of digits.
    """
    external_id: Annotated[str | None, Field(min_length=1)] = None
    """
    External id of the working session; required unless id is sent.
    """
    starts_at: AwareDatetime
    """
    New start, ISO 8601 with an offset.
    """
    ends_at: AwareDatetime
    """
    New end, ISO 8601 with an offset.
    """
    manual_pause: Annotated[int | None, Field(ge=0)] = None
    """
    New break length in minutes (reported back as break_time in seconds).
    """
    working_area_id: Annotated[int | None, Field(ge=1)] = None
    """
    Papershift id of the new working area.
    """
    working_area_external_id: Annotated[str | None, Field(min_length=1)] = None
    """
    External id of the new working area.
    """
    filters_id: Annotated[int | None, Field(ge=1)] = None
    """
    Id of a tag (Papershift calls tags "filters") to put on the working session.
    """

    @_model_validator(mode="after")
    def _one_alternative_sent(self) -> _Self:
        sent = self.model_dump(by_alias=True, exclude_none=True)
        if not any(set(keys) <= sent.keys() for keys in [["id"], ["external_id"]]):
            raise ValueError("send id or external_id")
        return self


class UpdateWorkingSessionRequest(APIModel):
    """
    Update body: the changes under `working_session`, the API token beside it.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    working_session: WorkingSessionUpdate


class WorkingSessionLookup(APIModel):
    """
    Finds one working session by id or external_id (one is required; id wins when both are sent).
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    id: int | str | None = None
    """
    Papershift id of a working session in a request body, as an integer or a string of digits.
    """
    external_id: Annotated[str | None, Field(min_length=1)] = None
    """
    External id of the working session; required unless id is sent.
    """

    @_model_validator(mode="after")
    def _one_alternative_sent(self) -> _Self:
        sent = self.model_dump(by_alias=True, exclude_none=True)
        if not any(set(keys) <= sent.keys() for keys in [["id"], ["external_id"]]):
            raise ValueError("send id or external_id")
        return self


class WorkingSessionLookupRequest(APIModel):
    """
    Confirm and delete body: the working session's id or external id under `working_session`, the API token beside it.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    working_session: WorkingSessionLookup


class DeleteWorkingSessionResponse(APIModel):
    """
    Undocumented body of a successful delete. The mock sends {}; clients ignore it.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )


class Tag(APIModel):
    """
    A tag on a working session (Papershift's API calls tags "filters").
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    id: int
    """
    Papershift id of the tag.
    """
    title: str
    """
    Display name.
    """
    active: bool
    """
    Whether the tag can still be used.
    """
    external_id: str | None
    """
    Your own id for the tag, if set.
    """
    color: str
    """
    Display colour as a hex code such as "#6C7A89".
    """


class WorkingSessionBreak(APIModel):
    """
    One recorded break inside a working session.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    id: int
    """
    Papershift id of the break.
    """
    starts_at: AwareDatetime
    ends_at: AwareDatetime
    updated_at: AwareDatetime
    start_signature_id: int | None
    """
    Signature captured when the break started, if any.
    """
    end_signature_id: int | None
    """
    Signature captured when the break ended, if any.
    """
    secure_id: str
    """
    Opaque 32-character hex identifier.
    """


class WorkingSession(APIModel):
    """
    A working session as returned by the API. The fields differ by call: create returns the required fields only; update adds working_area_id; get and confirm add breaks, filters, the signature ids and secure_id; the list adds confirmed and last_edit_by. One schema covers all of them, with the fields every call returns marked required. The user is called employee_id here (user_id in requests), and break_time is in seconds (manual_pause in requests is in minutes). Times come back in the account's time zone.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    id: Annotated[int, Field(ge=1)]
    """
    Papershift id of the working session.
    """
    starts_at: AwareDatetime
    """
    Start, in the account's time zone.
    """
    ends_at: AwareDatetime
    """
    End, in the account's time zone.
    """
    updated_at: AwareDatetime
    """
    Last change.
    """
    location_id: int
    """
    Papershift id of the location.
    """
    employee_id: int
    """
    Papershift id of the user (user_id in requests).
    """
    break_time: Annotated[int, Field(ge=0)]
    """
    Total break in seconds (manual_pause in requests is in minutes).
    """
    working_area_id: int | None = None
    """
    Papershift id of the working area (returned by update).
    """
    breaks: list[WorkingSessionBreak] | None = None
    """
    Recorded breaks (returned by get and confirm).
    """
    start_signature_id: int | None = None
    """
    Signature captured at clock-in, if any.
    """
    end_signature_id: int | None = None
    """
    Signature captured at clock-out, if any.
    """
    secure_id: str | None = None
    """
    Opaque 32-character hex identifier.
    """
    filters: list[Tag] | None = None
    """
    Tags of the working session (returned by get and confirm).
    """
    confirmed: bool | None = None
    """
    Whether the working session has been confirmed (returned by the list).
    """
    last_edit_by: int | None = None
    """
    Papershift id of the user who last edited the entry (returned by the list).
    """


class WorkingSessionPage(APIModel):
    """
    One page of the range listing. page_number and total_pages are returned by the sibling uploads list and may appear here too; that is not confirmed.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    working_sessions: Annotated[list[WorkingSession], Field(max_length=25)]
    next_page: str | None
    """
    Absolute URL of the next page (it includes api_token), or null on the last page.
    """
    page_number: Annotated[int | None, Field(ge=1)] = None
    """
    Number of this page (not confirmed for working sessions).
    """
    total_pages: Annotated[int | None, Field(ge=0)] = None
    """
    Number of pages (not confirmed for working sessions).
    """


class UpdateWorkingSessionRequestDict(_TypedDict):
    """`UpdateWorkingSessionRequest` as plain data, keyed by the JSON names."""

    working_session: WorkingSessionUpdate | WorkingSessionUpdateDict


class WorkingSessionUpdateDict(_TypedDict):
    """`WorkingSessionUpdate` as plain data, keyed by the JSON names."""

    id: _NotRequired[int | str]
    external_id: _NotRequired[str]
    starts_at: _dt.datetime
    ends_at: _dt.datetime
    manual_pause: _NotRequired[int]
    working_area_id: _NotRequired[int]
    working_area_external_id: _NotRequired[str]
    filters_id: _NotRequired[int]


class CreateWorkingSessionRequestDict(_TypedDict):
    """`CreateWorkingSessionRequest` as plain data, keyed by the JSON names."""

    working_session: WorkingSessionCreate | WorkingSessionCreateDict


class WorkingSessionCreateDict(_TypedDict):
    """`WorkingSessionCreate` as plain data, keyed by the JSON names."""

    location_id: _NotRequired[int]
    location_external_id: _NotRequired[str]
    working_area_id: _NotRequired[int]
    working_area_external_id: _NotRequired[str]
    user_id: _NotRequired[int]
    user_external_id: _NotRequired[str]
    starts_at: _dt.datetime
    ends_at: _dt.datetime
    manual_pause: _NotRequired[int]
    external_id: _NotRequired[str]


class WorkingSessionLookupRequestDict(_TypedDict):
    """`WorkingSessionLookupRequest` as plain data, keyed by the JSON names."""

    working_session: WorkingSessionLookup | WorkingSessionLookupDict


class WorkingSessionLookupDict(_TypedDict):
    """`WorkingSessionLookup` as plain data, keyed by the JSON names."""

    id: _NotRequired[int | str]
    external_id: _NotRequired[str]
