"""Operations of TimeTrack Attendance Time Entries API, grouped by tag; sync and async twins.

Every resource has `with_raw_response`: the same methods, returning the `APIResponse` (headers,
status, retries taken, elapsed time) whose `parse()` gives what the plain method returns.
"""

from __future__ import annotations

import datetime as _dt
import uuid as _uuid
import warnings as _warnings
from collections.abc import AsyncIterator, Iterator, Mapping
from typing import Any

from .._runtime import _base, _pagination, _partial
from .._runtime._base import NOT_GIVEN, APIResponse, NotGiven, TimeoutTypes

from . import models as _models

__all__ = [
    "AttendancesResource",
    "AsyncAttendancesResource",
]

_ = (_dt, _uuid, _warnings, _models, _pagination, _partial, AsyncIterator, Iterator)

LIST_ATTENDANCES = _base.OperationSpec(
    method="GET",
    path="/attendances",
    operation_id="listAttendances",
    responses={
        "200": _models.AttendanceList,
    },
    errors={
        "400": _models.Error,
        "401": _models.Error,
    },
    security=(("apiKey", "apiSecret"),),
    pagination=_pagination.Pagination(
        first_page=0,
        items="",
        limit_param="limit",
        page_param="page_number",
        style="page-number",
    ),
)

CREATE_ATTENDANCE = _base.OperationSpec(
    method="POST",
    path="/attendances",
    operation_id="createAttendance",
    responses={
        "201": _models.AttendanceEntry,
    },
    errors={
        "400": _models.Error,
        "401": _models.Error,
    },
    security=(("apiKey", "apiSecret"),),
    body_kind="json",
    body_media_type="application/json",
)

GET_ATTENDANCE = _base.OperationSpec(
    method="GET",
    path="/attendances/{id}",
    operation_id="getAttendance",
    responses={
        "200": _models.AttendanceEntry,
    },
    errors={
        "401": _models.Error,
        "404": _models.Error,
    },
    security=(("apiKey", "apiSecret"),),
)

UPDATE_ATTENDANCE = _base.OperationSpec(
    method="PUT",
    path="/attendances/{id}",
    operation_id="updateAttendance",
    responses={
        "200": _models.AttendanceEntry,
    },
    errors={
        "400": _models.Error,
        "401": _models.Error,
        "404": _models.Error,
    },
    security=(("apiKey", "apiSecret"),),
    body_kind="json",
    body_media_type="application/json",
)

DELETE_ATTENDANCE = _base.OperationSpec(
    method="DELETE",
    path="/attendances/{id}",
    operation_id="deleteAttendance",
    responses={
        "204": None,
    },
    errors={
        "401": _models.Error,
        "404": _models.Error,
    },
    security=(("apiKey", "apiSecret"),),
)


class AttendancesResource:
    """Attendance time entries (clock in / clock out without a project).

    Operations tagged 'Attendances'.
    """

    def __init__(self, client: _base.SyncAPIClient) -> None:
        self._client = client
        self.with_raw_response = AttendancesResourceWithRawResponse(client)

    def list_attendances(
        self,
        *,
        username: str | None = None,
        user: str | None = None,
        from_: _dt.datetime | None = None,
        to: _dt.datetime | None = None,
        page_number: int | None = None,
        limit: int | None = None,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> _base.SyncPage[_models.AttendanceEntry]:
        """List or search attendance time entries

        Returns one page of attendance time entries, optionally filtered by user name and by a time
        window. The example filters with `username=`, the filter table calls it `user`; both are
        accepted, `username` is the preferred one. Paging is zero-based (`page_number`, `limit` up
        to 1000, default 50) and the body is a bare JSON array; no total or next link is returned.
        Entries marked deleted are assumed not to be listed. No request body is sent although the
        vendor's curl example sends `{}`.

        `GET /attendances`

        Args:
            username: User name whose entries are returned (the example filters by `tester`).
                (`username`)
            user: Same filter as `username`, under the name the filter table uses. Send only one of
                the two. (`user`)
            from_: Start of the time window, UTC (YYYY-MM-DDTHH:MM:SS.fffZ; the example leaves out
                the milliseconds, which is accepted too). (`from`)
            to: End of the time window, UTC, same format as `from`. Whether the bound is inclusive
                is not documented. (`to`)
            page_number: Zero-based page index. (`page_number`)
            limit: Page size, 0 to 1000; 50 when not given. (`limit`)
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = self.with_raw_response.list_attendances(
            username=username,
            user=user,
            from_=from_,
            to=to,
            page_number=page_number,
            limit=limit,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()

    def iter_list_attendances(
        self,
        *,
        username: str | None = None,
        user: str | None = None,
        from_: _dt.datetime | None = None,
        to: _dt.datetime | None = None,
        page_number: int | None = None,
        limit: int | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Iterator[_models.AttendanceEntry]:
        """Every item of `list_attendances`, page after page, until the last page."""
        first = self.list_attendances(
            username=username,
            user=user,
            from_=from_,
            to=to,
            page_number=page_number,
            limit=limit,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        yield from first

    def create_attendance(
        self,
        *,
        body: _models.AttendanceCreate | _models.AttendanceCreateDict,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> _models.AttendanceEntry:
        """Create an attendance time entry

        Creates an attendance time entry. `username`, `from` and `to` are required; every other
        field of the object may be sent. The example sends `minutesBreak` and `details` where the
        object table says `breakMinutes` and `notes`: both spellings are accepted here, the table's
        spelling is what comes back. The vendor documents no status code; we expect 201 with the
        created entry.

        `POST /attendances`

        Args:
            body: the request body
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = self.with_raw_response.create_attendance(
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()

    def get_attendance(
        self,
        *,
        id: int,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> _models.AttendanceEntry:
        """Get one attendance time entry

        Returns the attendance time entry with the given id. An entry that was deleted (deletion
        only marks it) answers 404 with application error code 15020 "TimeEntry exist but it is
        deleted"; that this error belongs here is our inference from the vendor's only error
        example. No request body is sent although the vendor's curl example sends `{}`.

        `GET /attendances/{id}`

        Args:
            id: Id of the attendance time entry (the table writes it `ID`). (`id`)
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = self.with_raw_response.get_attendance(
            id=id,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()

    def update_attendance(
        self,
        *,
        id: int,
        body: _models.AttendanceUpdate | _models.AttendanceUpdateDict,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> _models.AttendanceEntry:
        """Update an attendance time entry

        Changes an attendance time entry; send only the fields to change (the example sends three).
        Every field of the object except the user may be changed. As on create,
        `minutesBreak`/`breakMinutes` and `notes`/`details` are both accepted. Not documented: the
        status (we expect 200 with the updated entry) and the answer for a deleted entry (we expect
        404, code 15020).

        `PUT /attendances/{id}`

        Args:
            id: Id of the attendance time entry. (`id`)
            body: the request body
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = self.with_raw_response.update_attendance(
            id=id,
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()

    def delete_attendance(
        self,
        *,
        id: int,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Delete (mark as deleted) an attendance time entry

        Marks the attendance time entry as deleted (a soft delete). Afterwards get, update and
        delete of the same id answer 404 (code 15020, inferred). The status is not documented; we
        expect 204 without a body. No request body is sent although the vendor's curl example sends
        `{}`.

        `DELETE /attendances/{id}`

        Args:
            id: Id of the attendance time entry. (`id`)
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = self.with_raw_response.delete_attendance(
            id=id,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()


class AttendancesResourceWithRawResponse:
    """The operations of `AttendancesResource`, each returning the HTTP response."""

    def __init__(self, client: _base.SyncAPIClient) -> None:
        self._client = client

    def list_attendances(
        self,
        *,
        username: str | None = None,
        user: str | None = None,
        from_: _dt.datetime | None = None,
        to: _dt.datetime | None = None,
        page_number: int | None = None,
        limit: int | None = None,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[_base.SyncPage[_models.AttendanceEntry]]:
        """`GET /attendances`, returning the HTTP response; `.parse()` reads its body."""
        return self._client.list_page(
            LIST_ATTENDANCES,
            _models.AttendanceEntry,
            query={
                "username": username,
                "user": user,
                "from": from_,
                "to": to,
                "page_number": page_number,
                "limit": limit,
            },
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def create_attendance(
        self,
        *,
        body: _models.AttendanceCreate | _models.AttendanceCreateDict,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[_models.AttendanceEntry]:
        """`POST /attendances`, returning the HTTP response; `.parse()` reads its body."""
        return self._client.request(
            CREATE_ATTENDANCE,
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def get_attendance(
        self,
        *,
        id: int,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[_models.AttendanceEntry]:
        """`GET /attendances/{id}`, returning the HTTP response; `.parse()` reads its body."""
        return self._client.request(
            GET_ATTENDANCE,
            path={
                "id": id,
            },
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def update_attendance(
        self,
        *,
        id: int,
        body: _models.AttendanceUpdate | _models.AttendanceUpdateDict,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[_models.AttendanceEntry]:
        """`PUT /attendances/{id}`, returning the HTTP response; `.parse()` reads its body."""
        return self._client.request(
            UPDATE_ATTENDANCE,
            path={
                "id": id,
            },
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def delete_attendance(
        self,
        *,
        id: int,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[None]:
        """`DELETE /attendances/{id}`, returning the HTTP response; `.parse()` reads its body."""
        return self._client.request(
            DELETE_ATTENDANCE,
            path={
                "id": id,
            },
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncAttendancesResource:
    """Attendance time entries (clock in / clock out without a project).

    Operations tagged 'Attendances'.
    """

    def __init__(self, client: _base.AsyncAPIClient) -> None:
        self._client = client
        self.with_raw_response = AsyncAttendancesResourceWithRawResponse(client)

    async def list_attendances(
        self,
        *,
        username: str | None = None,
        user: str | None = None,
        from_: _dt.datetime | None = None,
        to: _dt.datetime | None = None,
        page_number: int | None = None,
        limit: int | None = None,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> _base.AsyncPage[_models.AttendanceEntry]:
        """List or search attendance time entries

        Returns one page of attendance time entries, optionally filtered by user name and by a time
        window. The example filters with `username=`, the filter table calls it `user`; both are
        accepted, `username` is the preferred one. Paging is zero-based (`page_number`, `limit` up
        to 1000, default 50) and the body is a bare JSON array; no total or next link is returned.
        Entries marked deleted are assumed not to be listed. No request body is sent although the
        vendor's curl example sends `{}`.

        `GET /attendances`

        Args:
            username: User name whose entries are returned (the example filters by `tester`).
                (`username`)
            user: Same filter as `username`, under the name the filter table uses. Send only one of
                the two. (`user`)
            from_: Start of the time window, UTC (YYYY-MM-DDTHH:MM:SS.fffZ; the example leaves out
                the milliseconds, which is accepted too). (`from`)
            to: End of the time window, UTC, same format as `from`. Whether the bound is inclusive
                is not documented. (`to`)
            page_number: Zero-based page index. (`page_number`)
            limit: Page size, 0 to 1000; 50 when not given. (`limit`)
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = await self.with_raw_response.list_attendances(
            username=username,
            user=user,
            from_=from_,
            to=to,
            page_number=page_number,
            limit=limit,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()

    async def iter_list_attendances(
        self,
        *,
        username: str | None = None,
        user: str | None = None,
        from_: _dt.datetime | None = None,
        to: _dt.datetime | None = None,
        page_number: int | None = None,
        limit: int | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AsyncIterator[_models.AttendanceEntry]:
        """Every item of `list_attendances`, page after page, until the last page."""
        first = await self.list_attendances(
            username=username,
            user=user,
            from_=from_,
            to=to,
            page_number=page_number,
            limit=limit,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        async for item in first:
            yield item

    async def create_attendance(
        self,
        *,
        body: _models.AttendanceCreate | _models.AttendanceCreateDict,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> _models.AttendanceEntry:
        """Create an attendance time entry

        Creates an attendance time entry. `username`, `from` and `to` are required; every other
        field of the object may be sent. The example sends `minutesBreak` and `details` where the
        object table says `breakMinutes` and `notes`: both spellings are accepted here, the table's
        spelling is what comes back. The vendor documents no status code; we expect 201 with the
        created entry.

        `POST /attendances`

        Args:
            body: the request body
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = await self.with_raw_response.create_attendance(
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()

    async def get_attendance(
        self,
        *,
        id: int,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> _models.AttendanceEntry:
        """Get one attendance time entry

        Returns the attendance time entry with the given id. An entry that was deleted (deletion
        only marks it) answers 404 with application error code 15020 "TimeEntry exist but it is
        deleted"; that this error belongs here is our inference from the vendor's only error
        example. No request body is sent although the vendor's curl example sends `{}`.

        `GET /attendances/{id}`

        Args:
            id: Id of the attendance time entry (the table writes it `ID`). (`id`)
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = await self.with_raw_response.get_attendance(
            id=id,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()

    async def update_attendance(
        self,
        *,
        id: int,
        body: _models.AttendanceUpdate | _models.AttendanceUpdateDict,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> _models.AttendanceEntry:
        """Update an attendance time entry

        Changes an attendance time entry; send only the fields to change (the example sends three).
        Every field of the object except the user may be changed. As on create,
        `minutesBreak`/`breakMinutes` and `notes`/`details` are both accepted. Not documented: the
        status (we expect 200 with the updated entry) and the answer for a deleted entry (we expect
        404, code 15020).

        `PUT /attendances/{id}`

        Args:
            id: Id of the attendance time entry. (`id`)
            body: the request body
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = await self.with_raw_response.update_attendance(
            id=id,
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()

    async def delete_attendance(
        self,
        *,
        id: int,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Delete (mark as deleted) an attendance time entry

        Marks the attendance time entry as deleted (a soft delete). Afterwards get, update and
        delete of the same id answer 404 (code 15020, inferred). The status is not documented; we
        expect 204 without a body. No request body is sent although the vendor's curl example sends
        `{}`.

        `DELETE /attendances/{id}`

        Args:
            id: Id of the attendance time entry. (`id`)
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = await self.with_raw_response.delete_attendance(
            id=id,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()


class AsyncAttendancesResourceWithRawResponse:
    """The operations of `AsyncAttendancesResource`, each returning the HTTP response."""

    def __init__(self, client: _base.AsyncAPIClient) -> None:
        self._client = client

    async def list_attendances(
        self,
        *,
        username: str | None = None,
        user: str | None = None,
        from_: _dt.datetime | None = None,
        to: _dt.datetime | None = None,
        page_number: int | None = None,
        limit: int | None = None,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[_base.AsyncPage[_models.AttendanceEntry]]:
        """`GET /attendances`, returning the HTTP response; `.parse()` reads its body."""
        return await self._client.list_page(
            LIST_ATTENDANCES,
            _models.AttendanceEntry,
            query={
                "username": username,
                "user": user,
                "from": from_,
                "to": to,
                "page_number": page_number,
                "limit": limit,
            },
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def create_attendance(
        self,
        *,
        body: _models.AttendanceCreate | _models.AttendanceCreateDict,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[_models.AttendanceEntry]:
        """`POST /attendances`, returning the HTTP response; `.parse()` reads its body."""
        return await self._client.request(
            CREATE_ATTENDANCE,
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def get_attendance(
        self,
        *,
        id: int,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[_models.AttendanceEntry]:
        """`GET /attendances/{id}`, returning the HTTP response; `.parse()` reads its body."""
        return await self._client.request(
            GET_ATTENDANCE,
            path={
                "id": id,
            },
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def update_attendance(
        self,
        *,
        id: int,
        body: _models.AttendanceUpdate | _models.AttendanceUpdateDict,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[_models.AttendanceEntry]:
        """`PUT /attendances/{id}`, returning the HTTP response; `.parse()` reads its body."""
        return await self._client.request(
            UPDATE_ATTENDANCE,
            path={
                "id": id,
            },
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def delete_attendance(
        self,
        *,
        id: int,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[None]:
        """`DELETE /attendances/{id}`, returning the HTTP response; `.parse()` reads its body."""
        return await self._client.request(
            DELETE_ATTENDANCE,
            path={
                "id": id,
            },
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
