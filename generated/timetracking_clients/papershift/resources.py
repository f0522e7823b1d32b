"""Operations of Papershift Working Sessions API, grouped by tag; sync and async twins.

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
    "WorkingSessionsResource",
    "AsyncWorkingSessionsResource",
]

_ = (_dt, _uuid, _warnings, _models, _pagination, _partial, AsyncIterator, Iterator)

LIST_WORKING_SESSIONS = _base.OperationSpec(
    method="GET",
    path="/working_sessions",
    operation_id="listWorkingSessions",
    responses={
        "200": _models.WorkingSessionPage,
    },
    errors={
        "400": _models.PapershiftErrorBody,
        "401": _models.PapershiftErrorBody,
        "422": _models.PapershiftErrorBody,
    },
    security=(("apiToken",),),
    pagination=_pagination.Pagination(
        first_page=1,
        items="/working_sessions",
        next="/next_page",
        page_param="page",
        style="next-url",
    ),
)

UPDATE_WORKING_SESSION = _base.OperationSpec(
    method="PUT",
    path="/working_sessions",
    operation_id="updateWorkingSession",
    responses={
        "200": _models.WorkingSession,
    },
    errors={
        "400": _models.PapershiftErrorBody,
        "401": _models.PapershiftErrorBody,
        "404": _models.PapershiftErrorBody,
        "422": _models.PapershiftErrorBody,
    },
    security=(("apiToken",),),
    auth_in_body="api_token",
    body_kind="json",
    body_media_type="application/json",
)

CREATE_WORKING_SESSION = _base.OperationSpec(
    method="POST",
    path="/working_sessions",
    operation_id="createWorkingSession",
    responses={
        "200": _models.WorkingSession,
    },
    errors={
        "400": _models.PapershiftErrorBody,
        "401": _models.PapershiftErrorBody,
        "422": _models.PapershiftErrorBody,
    },
    security=(("apiToken",),),
    auth_in_body="api_token",
    body_kind="json",
    body_media_type="application/json",
)

DELETE_WORKING_SESSION = _base.OperationSpec(
    method="DELETE",
    path="/working_sessions",
    operation_id="deleteWorkingSession",
    responses={
        "200": _models.DeleteWorkingSessionResponse,
    },
    errors={
        "400": _models.PapershiftErrorBody,
        "401": _models.PapershiftErrorBody,
        "404": _models.PapershiftErrorBody,
    },
    security=(("apiToken",),),
    auth_in_body="api_token",
    body_kind="json",
    body_media_type="application/json",
)

GET_WORKING_SESSION = _base.OperationSpec(
    method="GET",
    path="/working_sessions/",
    operation_id="getWorkingSession",
    responses={
        "200": _models.WorkingSession,
    },
    errors={
        "400": _models.PapershiftErrorBody,
        "401": _models.PapershiftErrorBody,
        "404": _models.PapershiftErrorBody,
    },
    security=(("apiToken",),),
)

CONFIRM_WORKING_SESSION = _base.OperationSpec(
    method="PUT",
    path="/working_sessions/confirm",
    operation_id="confirmWorkingSession",
    responses={
        "200": _models.WorkingSession,
    },
    errors={
        "400": _models.PapershiftErrorBody,
        "401": _models.PapershiftErrorBody,
        "404": _models.PapershiftErrorBody,
    },
    security=(("apiToken",),),
    auth_in_body="api_token",
    body_kind="json",
    body_media_type="application/json",
)


class WorkingSessionsResource:
    """Time tracking entries (working sessions) with their breaks and tags.

    Operations tagged 'Working Sessions'.
    """

    def __init__(self, client: _base.SyncAPIClient) -> None:
        self._client = client
        self.with_raw_response = WorkingSessionsResourceWithRawResponse(client)

    def list_working_sessions(
        self,
        *,
        range_start: _dt.date,
        range_end: _dt.date,
        user_id: int | None = None,
        user_external_id: str | None = None,
        page: int | None = None,
        tags: str | None = None,
        company_id: int | None = None,
        company_external_id: str | None = None,
        interface_language: str | None = None,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> _base.SyncPage[_models.WorkingSession]:
        """List working sessions in a date range

        Returns the n-th block of 25 working sessions in the range `range_start`..`range_end`. The
        list can be narrowed to one user (`user_id` or `user_external_id`) and to tags (`tags`, a
        comma-separated list of tag ids in which `0` means "without tags"). When `tags` is given,
        `company_id` or `company_external_id` is required as well; OpenAPI cannot express that
        dependency, so a request without either is answered with 400. `next_page` is the absolute
        URL of the next block, or null on the last one. It carries `api_token` in its query string,
        so do not log it. The range is taken as calendar dates and both ends are inclusive. If both
        `user_id` and `user_external_id` are sent, `user_id` wins. The vendor's example shows these
        parameters as a JSON body, but they are sent as query parameters.

        `GET /working_sessions`

        Args:
            range_start: First day of the range (YYYY-MM-DD, inclusive). (`range_start`)
            range_end: Last day of the range (YYYY-MM-DD, inclusive). (`range_end`)
            user_id: Only working sessions of this user (Papershift user id; shown as employee_id in
                responses). (`user_id`)
            user_external_id: Only working sessions of the user with this external id (ignored when
                user_id is also sent). (`user_external_id`)
            page: 1-based number of the block of 25 entries to return. (`page`)
            tags: Comma-separated tag ids (non-negative integers); `0` selects working sessions
                without any tag. Requires company_id or company_external_id. (`tags`)
            company_id: Company the tags belong to; required when `tags` is given and
                company_external_id is not. (`company_id`)
            company_external_id: External id of the company the tags belong to; required when `tags`
                is given and company_id is not. (`company_external_id`)
            interface_language: Language of the messages in responses, as a two-letter ISO 639-1
                code such as `en` or `de`. Optional: the documented example requests do not send it.
                (`interface_language`)
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = self.with_raw_response.list_working_sessions(
            range_start=range_start,
            range_end=range_end,
            user_id=user_id,
            user_external_id=user_external_id,
            page=page,
            tags=tags,
            company_id=company_id,
            company_external_id=company_external_id,
            interface_language=interface_language,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()

    def iter_list_working_sessions(
        self,
        *,
        range_start: _dt.date,
        range_end: _dt.date,
        user_id: int | None = None,
        user_external_id: str | None = None,
        page: int | None = None,
        tags: str | None = None,
        company_id: int | None = None,
        company_external_id: str | None = None,
        interface_language: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Iterator[_models.WorkingSession]:
        """Every item of `list_working_sessions`, page after page, until the last page."""
        first = self.list_working_sessions(
            range_start=range_start,
            range_end=range_end,
            user_id=user_id,
            user_external_id=user_external_id,
            page=page,
            tags=tags,
            company_id=company_id,
            company_external_id=company_external_id,
            interface_language=interface_language,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        yield from first

    def update_working_session(
        self,
        *,
        body: _models.UpdateWorkingSessionRequest | _models.UpdateWorkingSessionRequestDict,
        interface_language: str | None = None,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> _models.WorkingSession:
        """Update a working session

        Changes the times, the break (`manual_pause`, minutes), the working area or the tag
        (`filters_id`) of an existing working session. The session is found by `id` or by
        `external_id`, one of which is required; when both are sent, `id` wins. The fields are
        nested under `working_session` and api_token goes at the top level of the body.

        `PUT /working_sessions`

        Args:
            interface_language: Language of the messages in responses, as a two-letter ISO 639-1
                code such as `en` or `de`. Optional: the documented example requests do not send it.
                (`interface_language`)
            body: the request body
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = self.with_raw_response.update_working_session(
            body=body,
            interface_language=interface_language,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()

    def create_working_session(
        self,
        *,
        body: _models.CreateWorkingSessionRequest | _models.CreateWorkingSessionRequestDict,
        interface_language: str | None = None,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> _models.WorkingSession:
        """Create a working session

        Creates a time tracking entry for a user at a location and working area. Each of the three
        can be named by its Papershift id or by the external id you set yourself; one of each pair
        is required. `manual_pause` is the break in minutes; the response reports breaks as
        `break_time` in seconds and the user as `employee_id`. Times may be sent with any offset;
        they come back as the same instant in the account's time zone. The fields are nested under
        `working_session` as in the vendor's example (the table lists them flat), and api_token goes
        at the top level of the body.

        `POST /working_sessions`

        Args:
            interface_language: Language of the messages in responses, as a two-letter ISO 639-1
                code such as `en` or `de`. Optional: the documented example requests do not send it.
                (`interface_language`)
            body: the request body
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = self.with_raw_response.create_working_session(
            body=body,
            interface_language=interface_language,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()

    def delete_working_session(
        self,
        *,
        body: _models.WorkingSessionLookupRequest | _models.WorkingSessionLookupRequestDict,
        interface_language: str | None = None,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> _models.DeleteWorkingSessionResponse:
        """Delete a working session

        Deletes a working session found by `id` or `external_id` (one is required; `id` wins when
        both are sent). The vendor documents only "Response 200 (application/json)" without a body.
        We assume the body is an empty JSON object, and clients ignore it. The lookup is nested
        under `working_session` and api_token goes at the top level of the body.

        `DELETE /working_sessions`

        Args:
            interface_language: Language of the messages in responses, as a two-letter ISO 639-1
                code such as `en` or `de`. Optional: the documented example requests do not send it.
                (`interface_language`)
            body: the request body
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = self.with_raw_response.delete_working_session(
            body=body,
            interface_language=interface_language,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()

    def get_working_session(
        self,
        *,
        id: int | None = None,
        external_id: str | None = None,
        interface_language: str | None = None,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> _models.WorkingSession:
        """Get a working session by id or external id

        Returns one working session with its breaks, tags (`filters`) and break total (`break_time`,
        seconds). Send `id` or `external_id`; one of them is required (a request with neither is
        answered with 400), and `id` wins when both are sent. On the wire this is `GET
        /working_sessions` with query parameters, the same endpoint as the range listing. It is
        placed at the trailing-slash path because OpenAPI allows only one operation per path and
        method. The vendor's example shows the parameters as a JSON body, but they are sent as query
        parameters.

        `GET /working_sessions/`

        Args:
            id: Papershift id of the working session; required unless external_id is sent. (`id`)
            external_id: The external id you gave the working session; required unless id is sent.
                (`external_id`)
            interface_language: Language of the messages in responses, as a two-letter ISO 639-1
                code such as `en` or `de`. Optional: the documented example requests do not send it.
                (`interface_language`)
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = self.with_raw_response.get_working_session(
            id=id,
            external_id=external_id,
            interface_language=interface_language,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()

    def confirm_working_session(
        self,
        *,
        body: _models.WorkingSessionLookupRequest | _models.WorkingSessionLookupRequestDict,
        interface_language: str | None = None,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> _models.WorkingSession:
        """Confirm a working session

        Marks a working session as confirmed. The session is found by `id` or by `external_id` (one
        is required; `id` wins when both are sent). The vendor's example sends the id as a string
        ("34567"), so `id` accepts an integer or a string of digits. The lookup is nested under
        `working_session` and api_token goes at the top level of the body.

        `PUT /working_sessions/confirm`

        Args:
            interface_language: Language of the messages in responses, as a two-letter ISO 639-1
                code such as `en` or `de`. Optional: the documented example requests do not send it.
                (`interface_language`)
            body: the request body
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = self.with_raw_response.confirm_working_session(
            body=body,
            interface_language=interface_language,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()


class WorkingSessionsResourceWithRawResponse:
    """The operations of `WorkingSessionsResource`, each returning the HTTP response."""

    def __init__(self, client: _base.SyncAPIClient) -> None:
        self._client = client

    def list_working_sessions(
        self,
        *,
        range_start: _dt.date,
        range_end: _dt.date,
        user_id: int | None = None,
        user_external_id: str | None = None,
        page: int | None = None,
        tags: str | None = None,
        company_id: int | None = None,
        company_external_id: str | None = None,
        interface_language: str | None = None,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[_base.SyncPage[_models.WorkingSession]]:
        """`GET /working_sessions`, returning the HTTP response; `.parse()` reads its body."""
        return self._client.list_page(
            LIST_WORKING_SESSIONS,
            _models.WorkingSession,
            query={
                "range_start": range_start,
                "range_end": range_end,
                "user_id": user_id,
                "user_external_id": user_external_id,
                "page": page,
                "tags": tags,
                "company_id": company_id,
                "company_external_id": company_external_id,
                "interface_language": interface_language,
            },
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def update_working_session(
        self,
        *,
        body: _models.UpdateWorkingSessionRequest | _models.UpdateWorkingSessionRequestDict,
        interface_language: str | None = None,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[_models.WorkingSession]:
        """`PUT /working_sessions`, returning the HTTP response; `.parse()` reads its body."""
        return self._client.request(
            UPDATE_WORKING_SESSION,
            query={
                "interface_language": interface_language,
            },
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def create_working_session(
        self,
        *,
        body: _models.CreateWorkingSessionRequest | _models.CreateWorkingSessionRequestDict,
        interface_language: str | None = None,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[_models.WorkingSession]:
        """`POST /working_sessions`, returning the HTTP response; `.parse()` reads its body."""
        return self._client.request(
            CREATE_WORKING_SESSION,
            query={
                "interface_language": interface_language,
            },
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def delete_working_session(
        self,
        *,
        body: _models.WorkingSessionLookupRequest | _models.WorkingSessionLookupRequestDict,
        interface_language: str | None = None,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[_models.DeleteWorkingSessionResponse]:
        """`DELETE /working_sessions`, returning the HTTP response; `.parse()` reads its body."""
        return self._client.request(
            DELETE_WORKING_SESSION,
            query={
                "interface_language": interface_language,
            },
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def get_working_session(
        self,
        *,
        id: int | None = None,
        external_id: str | None = None,
        interface_language: str | None = None,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[_models.WorkingSession]:
        """`GET /working_sessions/`, returning the HTTP response; `.parse()` reads its body."""
        return self._client.request(
            GET_WORKING_SESSION,
            query={
                "id": id,
                "external_id": external_id,
                "interface_language": interface_language,
            },
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def confirm_working_session(
        self,
        *,
        body: _models.WorkingSessionLookupRequest | _models.WorkingSessionLookupRequestDict,
        interface_language: str | None = None,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[_models.WorkingSession]:
        """`PUT /working_sessions/confirm`, returning the HTTP response; `.parse()` reads its body."""
        return self._client.request(
            CONFIRM_WORKING_SESSION,
            query={
                "interface_language": interface_language,
            },
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncWorkingSessionsResource:
    """Time tracking entries (working sessions) with their breaks and tags.

    Operations tagged 'Working Sessions'.
    """

    def __init__(self, client: _base.AsyncAPIClient) -> None:
        self._client = client
        self.with_raw_response = AsyncWorkingSessionsResourceWithRawResponse(client)

    async def list_working_sessions(
        self,
        *,
        range_start: _dt.date,
        range_end: _dt.date,
        user_id: int | None = None,
        user_external_id: str | None = None,
        page: int | None = None,
        tags: str | None = None,
        company_id: int | None = None,
        company_external_id: str | None = None,
        interface_language: str | None = None,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> _base.AsyncPage[_models.WorkingSession]:
        """List working sessions in a date range

        Returns the n-th block of 25 working sessions in the range `range_start`..`range_end`. The
        list can be narrowed to one user (`user_id` or `user_external_id`) and to tags (`tags`, a
        comma-separated list of tag ids in which `0` means "without tags"). When `tags` is given,
        `company_id` or `company_external_id` is required as well; OpenAPI cannot express that
        dependency, so a request without either is answered with 400. `next_page` is the absolute
        URL of the next block, or null on the last one. It carries `api_token` in its query string,
        so do not log it. The range is taken as calendar dates and both ends are inclusive. If both
        `user_id` and `user_external_id` are sent, `user_id` wins. The vendor's example shows these
        parameters as a JSON body, but they are sent as query parameters.

        `GET /working_sessions`

        Args:
            range_start: First day of the range (YYYY-MM-DD, inclusive). (`range_start`)
            range_end: Last day of the range (YYYY-MM-DD, inclusive). (`range_end`)
            user_id: Only working sessions of this user (Papershift user id; shown as employee_id in
                responses). (`user_id`)
            user_external_id: Only working sessions of the user with this external id (ignored when
                user_id is also sent). (`user_external_id`)
            page: 1-based number of the block of 25 entries to return. (`page`)
            tags: Comma-separated tag ids (non-negative integers); `0` selects working sessions
                without any tag. Requires company_id or company_external_id. (`tags`)
            company_id: Company the tags belong to; required when `tags` is given and
                company_external_id is not. (`company_id`)
            company_external_id: External id of the company the tags belong to; required when `tags`
                is given and company_id is not. (`company_external_id`)
            interface_language: Language of the messages in responses, as a two-letter ISO 639-1
                code such as `en` or `de`. Optional: the documented example requests do not send it.
                (`interface_language`)
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = await self.with_raw_response.list_working_sessions(
            range_start=range_start,
            range_end=range_end,
            user_id=user_id,
            user_external_id=user_external_id,
            page=page,
            tags=tags,
            company_id=company_id,
            company_external_id=company_external_id,
            interface_language=interface_language,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()

    async def iter_list_working_sessions(
        self,
        *,
        range_start: _dt.date,
        range_end: _dt.date,
        user_id: int | None = None,
        user_external_id: str | None = None,
        page: int | None = None,
        tags: str | None = None,
        company_id: int | None = None,
        company_external_id: str | None = None,
        interface_language: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AsyncIterator[_models.WorkingSession]:
        """Every item of `list_working_sessions`, page after page, until the last page."""
        first = await self.list_working_sessions(
            range_start=range_start,
            range_end=range_end,
            user_id=user_id,
            user_external_id=user_external_id,
            page=page,
            tags=tags,
            company_id=company_id,
            company_external_id=company_external_id,
            interface_language=interface_language,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        async for item in first:
            yield item

    async def update_working_session(
        self,
        *,
        body: _models.UpdateWorkingSessionRequest | _models.UpdateWorkingSessionRequestDict,
        interface_language: str | None = None,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> _models.WorkingSession:
        """Update a working session

        Changes the times, the break (`manual_pause`, minutes), the working area or the tag
        (`filters_id`) of an existing working session. The session is found by `id` or by
        `external_id`, one of which is required; when both are sent, `id` wins. The fields are
        nested under `working_session` and api_token goes at the top level of the body.

        `PUT /working_sessions`

        Args:
            interface_language: Language of the messages in responses, as a two-letter ISO 639-1
                code such as `en` or `de`. Optional: the documented example requests do not send it.
                (`interface_language`)
            body: the request body
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = await self.with_raw_response.update_working_session(
            body=body,
            interface_language=interface_language,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()

    async def create_working_session(
        self,
        *,
        body: _models.CreateWorkingSessionRequest | _models.CreateWorkingSessionRequestDict,
        interface_language: str | None = None,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> _models.WorkingSession:
        """Create a working session

        Creates a time tracking entry for a user at a location and working area. Each of the three
        can be named by its Papershift id or by the external id you set yourself; one of each pair
        is required. `manual_pause` is the break in minutes; the response reports breaks as
        `break_time` in seconds and the user as `employee_id`. Times may be sent with any offset;
        they come back as the same instant in the account's time zone. The fields are nested under
        `working_session` as in the vendor's example (the table lists them flat), and api_token goes
        at the top level of the body.

        `POST /working_sessions`

        Args:
            interface_language: Language of the messages in responses, as a two-letter ISO 639-1
                code such as `en` or `de`. Optional: the documented example requests do not send it.
                (`interface_language`)
            body: the request body
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = await self.with_raw_response.create_working_session(
            body=body,
            interface_language=interface_language,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()

    async def delete_working_session(
        self,
        *,
        body: _models.WorkingSessionLookupRequest | _models.WorkingSessionLookupRequestDict,
        interface_language: str | None = None,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> _models.DeleteWorkingSessionResponse:
        """Delete a working session

        Deletes a working session found by `id` or `external_id` (one is required; `id` wins when
        both are sent). The vendor documents only "Response 200 (application/json)" without a body.
        We assume the body is an empty JSON object, and clients ignore it. The lookup is nested
        under `working_session` and api_token goes at the top level of the body.

        `DELETE /working_sessions`

        Args:
            interface_language: Language of the messages in responses, as a two-letter ISO 639-1
                code such as `en` or `de`. Optional: the documented example requests do not send it.
                (`interface_language`)
            body: the request body
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = await self.with_raw_response.delete_working_session(
            body=body,
            interface_language=interface_language,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()

    async def get_working_session(
        self,
        *,
        id: int | None = None,
        external_id: str | None = None,
        interface_language: str | None = None,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> _models.WorkingSession:
        """Get a working session by id or external id

        Returns one working session with its breaks, tags (`filters`) and break total (`break_time`,
        seconds). Send `id` or `external_id`; one of them is required (a request with neither is
        answered with 400), and `id` wins when both are sent. On the wire this is `GET
        /working_sessions` with query parameters, the same endpoint as the range listing. It is
        placed at the trailing-slash path because OpenAPI allows only one operation per path and
        method. The vendor's example shows the parameters as a JSON body, but they are sent as query
        parameters.

        `GET /working_sessions/`

        Args:
            id: Papershift id of the working session; required unless external_id is sent. (`id`)
            external_id: The external id you gave the working session; required unless id is sent.
                (`external_id`)
            interface_language: Language of the messages in responses, as a two-letter ISO 639-1
                code such as `en` or `de`. Optional: the documented example requests do not send it.
                (`interface_language`)
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = await self.with_raw_response.get_working_session(
            id=id,
            external_id=external_id,
            interface_language=interface_language,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()

    async def confirm_working_session(
        self,
        *,
        body: _models.WorkingSessionLookupRequest | _models.WorkingSessionLookupRequestDict,
        interface_language: str | None = None,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> _models.WorkingSession:
        """Confirm a working session

        Marks a working session as confirmed. The session is found by `id` or by `external_id` (one
        is required; `id` wins when both are sent). The vendor's example sends the id as a string
        ("34567"), so `id` accepts an integer or a string of digits. The lookup is nested under
        `working_session` and api_token goes at the top level of the body.

        `PUT /working_sessions/confirm`

        Args:
            interface_language: Language of the messages in responses, as a two-letter ISO 639-1
                code such as `en` or `de`. Optional: the documented example requests do not send it.
                (`interface_language`)
            body: the request body
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = await self.with_raw_response.confirm_working_session(
            body=body,
            interface_language=interface_language,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()


class AsyncWorkingSessionsResourceWithRawResponse:
    """The operations of `AsyncWorkingSessionsResource`, each returning the HTTP response."""

    def __init__(self, client: _base.AsyncAPIClient) -> None:
        self._client = client

    async def list_working_sessions(
        self,
        *,
        range_start: _dt.date,
        range_end: _dt.date,
        user_id: int | None = None,
        user_external_id: str | None = None,
        page: int | None = None,
        tags: str | None = None,
        company_id: int | None = None,
        company_external_id: str | None = None,
        interface_language: str | None = None,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[_base.AsyncPage[_models.WorkingSession]]:
        """`GET /working_sessions`, returning the HTTP response; `.parse()` reads its body."""
        return await self._client.list_page(
            LIST_WORKING_SESSIONS,
            _models.WorkingSession,
            query={
                "range_start": range_start,
                "range_end": range_end,
                "user_id": user_id,
                "user_external_id": user_external_id,
                "page": page,
                "tags": tags,
                "company_id": company_id,
                "company_external_id": company_external_id,
                "interface_language": interface_language,
            },
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def update_working_session(
        self,
        *,
        body: _models.UpdateWorkingSessionRequest | _models.UpdateWorkingSessionRequestDict,
        interface_language: str | None = None,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[_models.WorkingSession]:
        """`PUT /working_sessions`, returning the HTTP response; `.parse()` reads its body."""
        return await self._client.request(
            UPDATE_WORKING_SESSION,
            query={
                "interface_language": interface_language,
            },
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def create_working_session(
        self,
        *,
        body: _models.CreateWorkingSessionRequest | _models.CreateWorkingSessionRequestDict,
        interface_language: str | None = None,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[_models.WorkingSession]:
        """`POST /working_sessions`, returning the HTTP response; `.parse()` reads its body."""
        return await self._client.request(
            CREATE_WORKING_SESSION,
            query={
                "interface_language": interface_language,
            },
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def delete_working_session(
        self,
        *,
        body: _models.WorkingSessionLookupRequest | _models.WorkingSessionLookupRequestDict,
        interface_language: str | None = None,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[_models.DeleteWorkingSessionResponse]:
        """`DELETE /working_sessions`, returning the HTTP response; `.parse()` reads its body."""
        return await self._client.request(
            DELETE_WORKING_SESSION,
            query={
                "interface_language": interface_language,
            },
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def get_working_session(
        self,
        *,
        id: int | None = None,
        external_id: str | None = None,
        interface_language: str | None = None,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[_models.WorkingSession]:
        """`GET /working_sessions/`, returning the HTTP response; `.parse()` reads its body."""
        return await self._client.request(
            GET_WORKING_SESSION,
            query={
                "id": id,
                "external_id": external_id,
                "interface_language": interface_language,
            },
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def confirm_working_session(
        self,
        *,
        body: _models.WorkingSessionLookupRequest | _models.WorkingSessionLookupRequestDict,
        interface_language: str | None = None,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[_models.WorkingSession]:
        """`PUT /working_sessions/confirm`, returning the HTTP response; `.parse()` reads its body."""
        return await self._client.request(
            CONFIRM_WORKING_SESSION,
            query={
                "interface_language": interface_language,
            },
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
