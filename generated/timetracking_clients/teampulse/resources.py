"""Operations of Telerik TeamPulse REST API v1 - Time Entries, grouped by tag; sync and async twins.

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
    "TimeEntriesResource",
    "AsyncTimeEntriesResource",
]

_ = (_dt, _uuid, _warnings, _models, _pagination, _partial, AsyncIterator, Iterator)

LIST_TIME_ENTRIES = _base.OperationSpec(
    method="GET",
    path="/timeentries",
    operation_id="listTimeEntries",
    responses={
        "200": _models.TimeEntryList,
    },
    errors={
        "400": _models.TeamPulseError,
        "401": _models.TeamPulseError,
        "500": _models.TeamPulseError,
    },
    security=(("wrap",),),
    pagination=_pagination.Pagination(
        items="/results",
        limit_param="$top",
        offset_param="$skip",
        style="odata",
        total="/totalResults",
    ),
)

CREATE_TIME_ENTRY = _base.OperationSpec(
    method="POST",
    path="/timeentries",
    operation_id="createTimeEntry",
    responses={
        "201": _models.TimeEntry,
    },
    errors={
        "400": _models.TeamPulseError,
        "401": _models.TeamPulseError,
        "500": _models.TeamPulseError,
    },
    security=(("wrap",),),
    body_kind="json",
    body_media_type="application/json",
)

GET_TIME_ENTRY = _base.OperationSpec(
    method="GET",
    path="/timeentries/{id}",
    operation_id="getTimeEntry",
    responses={
        "200": _models.TimeEntry,
    },
    errors={
        "400": _models.TeamPulseError,
        "401": _models.TeamPulseError,
        "404": _models.TeamPulseError,
        "500": _models.TeamPulseError,
    },
    security=(("wrap",),),
)

UPDATE_TIME_ENTRY = _base.OperationSpec(
    method="PUT",
    path="/timeentries/{id}",
    operation_id="updateTimeEntry",
    responses={
        "200": _models.TimeEntry,
    },
    errors={
        "400": _models.TeamPulseError,
        "401": _models.TeamPulseError,
        "404": _models.TeamPulseError,
        "500": _models.TeamPulseError,
    },
    security=(("wrap",),),
    body_kind="json",
    body_media_type="application/json",
)

DELETE_TIME_ENTRY = _base.OperationSpec(
    method="DELETE",
    path="/timeentries/{id}",
    operation_id="deleteTimeEntry",
    responses={
        "200": None,
    },
    errors={
        "400": _models.TeamPulseError,
        "401": _models.TeamPulseError,
        "404": _models.TeamPulseError,
        "500": _models.TeamPulseError,
    },
    security=(("wrap",),),
)

LIST_TASK_TIME_ENTRIES = _base.OperationSpec(
    method="GET",
    path="/tasks/{taskId}/timeentries",
    operation_id="listTaskTimeEntries",
    responses={
        "200": _models.TimeEntryList,
    },
    errors={
        "400": _models.TeamPulseError,
        "401": _models.TeamPulseError,
        "404": _models.TeamPulseError,
        "500": _models.TeamPulseError,
    },
    security=(("wrap",),),
    pagination=_pagination.Pagination(
        items="/results",
        limit_param="$top",
        offset_param="$skip",
        style="odata",
        total="/totalResults",
    ),
)


class TimeEntriesResource:
    """Hours worked by a user on a task, with a work type and an optional note.

    Operations tagged 'Time Entries'.
    """

    def __init__(self, client: _base.SyncAPIClient) -> None:
        self._client = client
        self.with_raw_response = TimeEntriesResourceWithRawResponse(client)

    def list_time_entries(
        self,
        *,
        filter: str | None = None,
        orderby: str | None = None,
        top: int | None = None,
        skip: int | None = None,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> _base.SyncPage[_models.TimeEntry]:
        """List time entries

        Returns the time entries of every project the caller has access to, in the list envelope
        `{totalResults, top, results}`. OData `$filter` and `$orderby` filter and sort; `$top`
        returns the first N entries and `$skip` skips the first M.

        `GET /timeentries`

        Args:
            filter: OData filter expression over the time-entry fields listed in `x-filter-fields`,
                e.g. `taskId eq 10 and hours gt 4`. The vendor links to an OData page that was not
                found, so the operators and literal syntax the real server accepts are unknown. The
                mock server supports the comparison operators `eq`, `ne`, `gt`, `ge`, `lt`, `le`
                joined by `and` and `or` (plus `not` and parentheses), with numbers, 'quoted
                strings', true/false/null and bare dates such as 2013-10-02 as literals; an
                expression it cannot parse, or one naming another field, gets 400. (`$filter`)
            orderby: OData sort order: a comma-separated list of time-entry fields, each optionally
                followed by `asc` (the default) or `desc`, e.g. `date desc,id`. (`$orderby`)
            top: OData `$top`: return at most this many entries (the first N after `$skip`). The
                default and the maximum are not documented. (`$top`)
            skip: OData `$skip`: skip this many entries before returning any. (`$skip`)
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = self.with_raw_response.list_time_entries(
            filter=filter,
            orderby=orderby,
            top=top,
            skip=skip,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()

    def iter_list_time_entries(
        self,
        *,
        filter: str | None = None,
        orderby: str | None = None,
        top: int | None = None,
        skip: int | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Iterator[_models.TimeEntry]:
        """Every item of `list_time_entries`, page after page, until the last page."""
        first = self.list_time_entries(
            filter=filter,
            orderby=orderby,
            top=top,
            skip=skip,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        yield from first

    def create_time_entry(
        self,
        *,
        body: _models.TimeEntryCreate | _models.TimeEntryCreateDict,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> _models.TimeEntry:
        """Create a time entry

        Creates a time entry for a user and a task. `date`, `hours`, `type`, `userId` and `taskId`
        are required; `note` is optional. Answers 201 with the full entry, including the derived
        `week` and the server-set `createdBy`, `createdAt`, `lastModifiedBy`, `lastModifiedAt`, and
        (per the older API) a `Location` header naming the new entry's URL.

        `POST /timeentries`

        Args:
            body: the request body
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = self.with_raw_response.create_time_entry(
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()

    def get_time_entry(
        self,
        *,
        id: int,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> _models.TimeEntry:
        """Get a time entry

        Returns one time entry by its id.

        `GET /timeentries/{id}`

        Args:
            id: ID of the time entry. (`id`)
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = self.with_raw_response.get_time_entry(
            id=id,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()

    def update_time_entry(
        self,
        *,
        id: int,
        body: _models.TimeEntryUpdate | _models.TimeEntryUpdateDict,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> _models.TimeEntry:
        """Update a time entry (partial)

        Partial update despite the PUT method: send only the fields that change (`date`, `hours`,
        `type`, `note`); the others keep their values. `userId` and `taskId` are fixed at creation
        and are not part of the update body. Answers 200 with the full, updated entry.

        `PUT /timeentries/{id}`

        Args:
            id: ID of the time entry. (`id`)
            body: the request body
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = self.with_raw_response.update_time_entry(
            id=id,
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()

    def delete_time_entry(
        self,
        *,
        id: int,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Delete a time entry

        Deletes one time entry. Answers 200 with no documented body.

        `DELETE /timeentries/{id}`

        Args:
            id: ID of the time entry. (`id`)
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = self.with_raw_response.delete_time_entry(
            id=id,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()

    def list_task_time_entries(
        self,
        *,
        task_id: int,
        filter: str | None = None,
        orderby: str | None = None,
        top: int | None = None,
        skip: int | None = None,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> _base.SyncPage[_models.TimeEntry]:
        """List a task's time entries

        Returns the time entries of one task, in the same list envelope and with the same OData
        options as the list of all time entries.

        `GET /tasks/{taskId}/timeentries`

        Args:
            task_id: ID of the task whose time entries are returned. (`taskId`)
            filter: OData filter expression over the time-entry fields listed in `x-filter-fields`,
                e.g. `taskId eq 10 and hours gt 4`. The vendor links to an OData page that was not
                found, so the operators and literal syntax the real server accepts are unknown. The
                mock server supports the comparison operators `eq`, `ne`, `gt`, `ge`, `lt`, `le`
                joined by `and` and `or` (plus `not` and parentheses), with numbers, 'quoted
                strings', true/false/null and bare dates such as 2013-10-02 as literals; an
                expression it cannot parse, or one naming another field, gets 400. (`$filter`)
            orderby: OData sort order: a comma-separated list of time-entry fields, each optionally
                followed by `asc` (the default) or `desc`, e.g. `date desc,id`. (`$orderby`)
            top: OData `$top`: return at most this many entries (the first N after `$skip`). The
                default and the maximum are not documented. (`$top`)
            skip: OData `$skip`: skip this many entries before returning any. (`$skip`)
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = self.with_raw_response.list_task_time_entries(
            task_id=task_id,
            filter=filter,
            orderby=orderby,
            top=top,
            skip=skip,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()

    def iter_list_task_time_entries(
        self,
        *,
        task_id: int,
        filter: str | None = None,
        orderby: str | None = None,
        top: int | None = None,
        skip: int | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Iterator[_models.TimeEntry]:
        """Every item of `list_task_time_entries`, page after page, until the last page."""
        first = self.list_task_time_entries(
            task_id=task_id,
            filter=filter,
            orderby=orderby,
            top=top,
            skip=skip,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        yield from first


class TimeEntriesResourceWithRawResponse:
    """The operations of `TimeEntriesResource`, each returning the HTTP response."""

    def __init__(self, client: _base.SyncAPIClient) -> None:
        self._client = client

    def list_time_entries(
        self,
        *,
        filter: str | None = None,
        orderby: str | None = None,
        top: int | None = None,
        skip: int | None = None,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[_base.SyncPage[_models.TimeEntry]]:
        """`GET /timeentries`, returning the HTTP response; `.parse()` reads its body."""
        return self._client.list_page(
            LIST_TIME_ENTRIES,
            _models.TimeEntry,
            query={
                "$filter": filter,
                "$orderby": orderby,
                "$top": top,
                "$skip": skip,
            },
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def create_time_entry(
        self,
        *,
        body: _models.TimeEntryCreate | _models.TimeEntryCreateDict,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[_models.TimeEntry]:
        """`POST /timeentries`, returning the HTTP response; `.parse()` reads its body."""
        return self._client.request(
            CREATE_TIME_ENTRY,
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def get_time_entry(
        self,
        *,
        id: int,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[_models.TimeEntry]:
        """`GET /timeentries/{id}`, returning the HTTP response; `.parse()` reads its body."""
        return self._client.request(
            GET_TIME_ENTRY,
            path={
                "id": id,
            },
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def update_time_entry(
        self,
        *,
        id: int,
        body: _models.TimeEntryUpdate | _models.TimeEntryUpdateDict,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[_models.TimeEntry]:
        """`PUT /timeentries/{id}`, returning the HTTP response; `.parse()` reads its body."""
        return self._client.request(
            UPDATE_TIME_ENTRY,
            path={
                "id": id,
            },
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def delete_time_entry(
        self,
        *,
        id: int,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[None]:
        """`DELETE /timeentries/{id}`, returning the HTTP response; `.parse()` reads its body."""
        return self._client.request(
            DELETE_TIME_ENTRY,
            path={
                "id": id,
            },
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def list_task_time_entries(
        self,
        *,
        task_id: int,
        filter: str | None = None,
        orderby: str | None = None,
        top: int | None = None,
        skip: int | None = None,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[_base.SyncPage[_models.TimeEntry]]:
        """`GET /tasks/{taskId}/timeentries`, returning the HTTP response; `.parse()` reads its body."""
        return self._client.list_page(
            LIST_TASK_TIME_ENTRIES,
            _models.TimeEntry,
            path={
                "taskId": task_id,
            },
            query={
                "$filter": filter,
                "$orderby": orderby,
                "$top": top,
                "$skip": skip,
            },
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncTimeEntriesResource:
    """Hours worked by a user on a task, with a work type and an optional note.

    Operations tagged 'Time Entries'.
    """

    def __init__(self, client: _base.AsyncAPIClient) -> None:
        self._client = client
        self.with_raw_response = AsyncTimeEntriesResourceWithRawResponse(client)

    async def list_time_entries(
        self,
        *,
        filter: str | None = None,
        orderby: str | None = None,
        top: int | None = None,
        skip: int | None = None,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> _base.AsyncPage[_models.TimeEntry]:
        """List time entries

        Returns the time entries of every project the caller has access to, in the list envelope
        `{totalResults, top, results}`. OData `$filter` and `$orderby` filter and sort; `$top`
        returns the first N entries and `$skip` skips the first M.

        `GET /timeentries`

        Args:
            filter: OData filter expression over the time-entry fields listed in `x-filter-fields`,
                e.g. `taskId eq 10 and hours gt 4`. The vendor links to an OData page that was not
                found, so the operators and literal syntax the real server accepts are unknown. The
                mock server supports the comparison operators `eq`, `ne`, `gt`, `ge`, `lt`, `le`
                joined by `and` and `or` (plus `not` and parentheses), with numbers, 'quoted
                strings', true/false/null and bare dates such as 2013-10-02 as literals; an
                expression it cannot parse, or one naming another field, gets 400. (`$filter`)
            orderby: OData sort order: a comma-separated list of time-entry fields, each optionally
                followed by `asc` (the default) or `desc`, e.g. `date desc,id`. (`$orderby`)
            top: OData `$top`: return at most this many entries (the first N after `$skip`). The
                default and the maximum are not documented. (`$top`)
            skip: OData `$skip`: skip this many entries before returning any. (`$skip`)
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = await self.with_raw_response.list_time_entries(
            filter=filter,
            orderby=orderby,
            top=top,
            skip=skip,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()

    async def iter_list_time_entries(
        self,
        *,
        filter: str | None = None,
        orderby: str | None = None,
        top: int | None = None,
        skip: int | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AsyncIterator[_models.TimeEntry]:
        """Every item of `list_time_entries`, page after page, until the last page."""
        first = await self.list_time_entries(
            filter=filter,
            orderby=orderby,
            top=top,
            skip=skip,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        async for item in first:
            yield item

    async def create_time_entry(
        self,
        *,
        body: _models.TimeEntryCreate | _models.TimeEntryCreateDict,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> _models.TimeEntry:
        """Create a time entry

        Creates a time entry for a user and a task. `date`, `hours`, `type`, `userId` and `taskId`
        are required; `note` is optional. Answers 201 with the full entry, including the derived
        `week` and the server-set `createdBy`, `createdAt`, `lastModifiedBy`, `lastModifiedAt`, and
        (per the older API) a `Location` header naming the new entry's URL.

        `POST /timeentries`

        Args:
            body: the request body
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = await self.with_raw_response.create_time_entry(
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()

    async def get_time_entry(
        self,
        *,
        id: int,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> _models.TimeEntry:
        """Get a time entry

        Returns one time entry by its id.

        `GET /timeentries/{id}`

        Args:
            id: ID of the time entry. (`id`)
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = await self.with_raw_response.get_time_entry(
            id=id,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()

    async def update_time_entry(
        self,
        *,
        id: int,
        body: _models.TimeEntryUpdate | _models.TimeEntryUpdateDict,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> _models.TimeEntry:
        """Update a time entry (partial)

        Partial update despite the PUT method: send only the fields that change (`date`, `hours`,
        `type`, `note`); the others keep their values. `userId` and `taskId` are fixed at creation
        and are not part of the update body. Answers 200 with the full, updated entry.

        `PUT /timeentries/{id}`

        Args:
            id: ID of the time entry. (`id`)
            body: the request body
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = await self.with_raw_response.update_time_entry(
            id=id,
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()

    async def delete_time_entry(
        self,
        *,
        id: int,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Delete a time entry

        Deletes one time entry. Answers 200 with no documented body.

        `DELETE /timeentries/{id}`

        Args:
            id: ID of the time entry. (`id`)
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = await self.with_raw_response.delete_time_entry(
            id=id,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()

    async def list_task_time_entries(
        self,
        *,
        task_id: int,
        filter: str | None = None,
        orderby: str | None = None,
        top: int | None = None,
        skip: int | None = None,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> _base.AsyncPage[_models.TimeEntry]:
        """List a task's time entries

        Returns the time entries of one task, in the same list envelope and with the same OData
        options as the list of all time entries.

        `GET /tasks/{taskId}/timeentries`

        Args:
            task_id: ID of the task whose time entries are returned. (`taskId`)
            filter: OData filter expression over the time-entry fields listed in `x-filter-fields`,
                e.g. `taskId eq 10 and hours gt 4`. The vendor links to an OData page that was not
                found, so the operators and literal syntax the real server accepts are unknown. The
                mock server supports the comparison operators `eq`, `ne`, `gt`, `ge`, `lt`, `le`
                joined by `and` and `or` (plus `not` and parentheses), with numbers, 'quoted
                strings', true/false/null and bare dates such as 2013-10-02 as literals; an
                expression it cannot parse, or one naming another field, gets 400. (`$filter`)
            orderby: OData sort order: a comma-separated list of time-entry fields, each optionally
                followed by `asc` (the default) or `desc`, e.g. `date desc,id`. (`$orderby`)
            top: OData `$top`: return at most this many entries (the first N after `$skip`). The
                default and the maximum are not documented. (`$top`)
            skip: OData `$skip`: skip this many entries before returning any. (`$skip`)
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = await self.with_raw_response.list_task_time_entries(
            task_id=task_id,
            filter=filter,
            orderby=orderby,
            top=top,
            skip=skip,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()

    async def iter_list_task_time_entries(
        self,
        *,
        task_id: int,
        filter: str | None = None,
        orderby: str | None = None,
        top: int | None = None,
        skip: int | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AsyncIterator[_models.TimeEntry]:
        """Every item of `list_task_time_entries`, page after page, until the last page."""
        first = await self.list_task_time_entries(
            task_id=task_id,
            filter=filter,
            orderby=orderby,
            top=top,
            skip=skip,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        async for item in first:
            yield item


class AsyncTimeEntriesResourceWithRawResponse:
    """The operations of `AsyncTimeEntriesResource`, each returning the HTTP response."""

    def __init__(self, client: _base.AsyncAPIClient) -> None:
        self._client = client

    async def list_time_entries(
        self,
        *,
        filter: str | None = None,
        orderby: str | None = None,
        top: int | None = None,
        skip: int | None = None,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[_base.AsyncPage[_models.TimeEntry]]:
        """`GET /timeentries`, returning the HTTP response; `.parse()` reads its body."""
        return await self._client.list_page(
            LIST_TIME_ENTRIES,
            _models.TimeEntry,
            query={
                "$filter": filter,
                "$orderby": orderby,
                "$top": top,
                "$skip": skip,
            },
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def create_time_entry(
        self,
        *,
        body: _models.TimeEntryCreate | _models.TimeEntryCreateDict,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[_models.TimeEntry]:
        """`POST /timeentries`, returning the HTTP response; `.parse()` reads its body."""
        return await self._client.request(
            CREATE_TIME_ENTRY,
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def get_time_entry(
        self,
        *,
        id: int,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[_models.TimeEntry]:
        """`GET /timeentries/{id}`, returning the HTTP response; `.parse()` reads its body."""
        return await self._client.request(
            GET_TIME_ENTRY,
            path={
                "id": id,
            },
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def update_time_entry(
        self,
        *,
        id: int,
        body: _models.TimeEntryUpdate | _models.TimeEntryUpdateDict,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[_models.TimeEntry]:
        """`PUT /timeentries/{id}`, returning the HTTP response; `.parse()` reads its body."""
        return await self._client.request(
            UPDATE_TIME_ENTRY,
            path={
                "id": id,
            },
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def delete_time_entry(
        self,
        *,
        id: int,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[None]:
        """`DELETE /timeentries/{id}`, returning the HTTP response; `.parse()` reads its body."""
        return await self._client.request(
            DELETE_TIME_ENTRY,
            path={
                "id": id,
            },
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def list_task_time_entries(
        self,
        *,
        task_id: int,
        filter: str | None = None,
        orderby: str | None = None,
        top: int | None = None,
        skip: int | None = None,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[_base.AsyncPage[_models.TimeEntry]]:
        """`GET /tasks/{taskId}/timeentries`, returning the HTTP response; `.parse()` reads its body."""
        return await self._client.list_page(
            LIST_TASK_TIME_ENTRIES,
            _models.TimeEntry,
            path={
                "taskId": task_id,
            },
            query={
                "$filter": filter,
                "$orderby": orderby,
                "$top": top,
                "$skip": skip,
            },
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
