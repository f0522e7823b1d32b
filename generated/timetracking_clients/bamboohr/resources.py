"""Operations of BambooHR Time Tracking API, grouped by tag; sync and async twins.

Every resource has `with_raw_response`: the same methods, returning the `APIResponse` (headers,
status, retries taken, elapsed time) whose `parse()` gives what the plain method returns.
"""

from __future__ import annotations

import datetime as _dt
import uuid as _uuid
import warnings as _warnings
from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from typing import Any

from .._runtime import _base, _pagination, _partial
from .._runtime._base import NOT_GIVEN, APIResponse, NotGiven, TimeoutTypes

from . import models as _models

__all__ = [
    "HourRecordsResource",
    "AsyncHourRecordsResource",
    "ClockEntriesResource",
    "AsyncClockEntriesResource",
    "HourEntriesResource",
    "AsyncHourEntriesResource",
    "ProjectsResource",
    "AsyncProjectsResource",
    "TimesheetEntriesResource",
    "AsyncTimesheetEntriesResource",
    "BreakPoliciesResource",
    "AsyncBreakPoliciesResource",
    "BreaksResource",
    "AsyncBreaksResource",
    "BreakAssessmentsResource",
    "AsyncBreakAssessmentsResource",
    "BreakAvailabilitiesResource",
    "AsyncBreakAvailabilitiesResource",
]

_ = (_dt, _uuid, _warnings, _models, _pagination, _partial, AsyncIterator, Iterator)

CREATE_OR_UPDATE_TIME_TRACKING_HOUR_RECORDS = _base.OperationSpec(
    method="POST",
    path="/api/v1/timetracking/record",
    operation_id="createOrUpdateTimeTrackingHourRecords",
    responses={
        "201": list[_models.TimeTrackingBulkResponseSchema],
    },
    errors={
        "400": _models.ProblemDetailsResponse,
        "401": _models.ProblemDetailsResponse,
        "403": _models.ProblemDetailsResponse,
    },
    security=(("basic",), ("oauth",)),
    partial_failure=_partial.PartialFailure(
        success="/success",
        message="/response/message",
        id="/response/id",
    ),
    body_kind="json",
    body_media_type="application/json",
)

CREATE_TIME_TRACKING_HOUR_RECORD = _base.OperationSpec(
    method="POST",
    path="/api/v1/timetracking/add",
    operation_id="createTimeTrackingHourRecord",
    responses={
        "201": _models.TimeTrackingIdResponseSchema,
    },
    errors={
        "400": _models.ProblemDetailsResponse,
        "401": _models.ProblemDetailsResponse,
        "403": _models.ProblemDetailsResponse,
    },
    security=(("basic",), ("oauth",)),
    body_kind="json",
    body_media_type="application/json",
)

DELETE_TIME_TRACKING_HOUR_RECORD = _base.OperationSpec(
    method="DELETE",
    path="/api/v1/timetracking/delete/{id}",
    operation_id="deleteTimeTrackingHourRecord",
    responses={
        "200": _models.TimeTrackingDeleteResponseSchema,
    },
    errors={
        "400": _models.ProblemDetailsResponse,
        "401": _models.ProblemDetailsResponse,
        "403": _models.ProblemDetailsResponse,
    },
    security=(("basic",), ("oauth",)),
    not_found=(
        _base.NotFoundRule(empty_body=False, status=400, pointer="/detail", contains="not found"),
    ),
)

HOUR_RECORDS_GET_TIME_TRACKING_RECORD = _base.OperationSpec(
    method="GET",
    path="/api/v1/timetracking/record/{id}",
    operation_id="getTimeTrackingRecord",
    responses={
        "200": _models.TimeTrackingRecordSchema,
    },
    errors={
        "400": _models.ProblemDetailsResponse,
        "401": _models.ProblemDetailsResponse,
        "403": _models.ProblemDetailsResponse,
        "500": _models.ProblemDetailsResponse,
    },
    security=(("basic",), ("oauth",)),
    not_found=(
        _base.NotFoundRule(empty_body=True, status=None, pointer=None, contains=None),
        _base.NotFoundRule(empty_body=False, status=400, pointer="/detail", contains="not found"),
    ),
)

HOUR_RECORDS_UPDATE_TIME_TRACKING_RECORD = _base.OperationSpec(
    method="PUT",
    path="/api/v1/timetracking/adjust",
    operation_id="updateTimeTrackingRecord",
    responses={
        "201": _models.TimeTrackingIdResponseSchema,
    },
    errors={
        "400": _models.ProblemDetailsResponse,
        "401": _models.ProblemDetailsResponse,
        "403": _models.ProblemDetailsResponse,
    },
    security=(("basic",), ("oauth",)),
    body_kind="json",
    body_media_type="application/json",
)

CREATE_OR_UPDATE_TIMESHEET_CLOCK_ENTRIES = _base.OperationSpec(
    method="POST",
    path="/api/v1/time_tracking/clock_entries/store",
    operation_id="createOrUpdateTimesheetClockEntries",
    responses={
        "201": _models.TimesheetEntryInfoCollectionApiTransformer,
    },
    errors={
        "400": _models.ProblemDetailsResponse,
        "401": _models.ProblemDetailsResponse,
        "403": _models.ProblemDetailsResponse,
        "404": _models.ProblemDetailsResponse,
        "406": _models.ProblemDetailsResponse,
        "409": _models.ProblemDetailsResponse,
        "412": _models.ProblemDetailsResponse,
        "500": _models.ProblemDetailsResponse,
    },
    security=(("basic",), ("oauth",)),
    body_kind="json",
    body_media_type="application/json",
)

CREATE_OR_UPDATE_TIMESHEET_HOUR_ENTRIES = _base.OperationSpec(
    method="POST",
    path="/api/v1/time_tracking/hour_entries/store",
    operation_id="createOrUpdateTimesheetHourEntries",
    responses={
        "201": _models.TimesheetEntryInfoCollectionApiTransformer,
    },
    errors={
        "400": _models.ProblemDetailsResponse,
        "401": _models.ProblemDetailsResponse,
        "403": _models.ProblemDetailsResponse,
        "404": _models.ProblemDetailsResponse,
        "406": _models.ProblemDetailsResponse,
        "409": _models.ProblemDetailsResponse,
        "412": _models.ProblemDetailsResponse,
        "500": _models.ProblemDetailsResponse,
    },
    security=(("basic",), ("oauth",)),
    body_kind="json",
    body_media_type="application/json",
)

CREATE_TIME_TRACKING_PROJECT = _base.OperationSpec(
    method="POST",
    path="/api/v1/time_tracking/projects",
    operation_id="createTimeTrackingProject",
    responses={
        "201": _models.TimeTrackingProjectWithTasksAndEmployeeIds,
    },
    errors={
        "400": _models.ProblemDetailsResponse,
        "401": _models.ProblemDetailsResponse,
        "403": _models.ProblemDetailsResponse,
        "406": _models.ProblemDetailsResponse,
        "409": _models.ProblemDetailsResponse,
        "500": _models.ProblemDetailsResponse,
    },
    security=(("basic",), ("oauth",)),
    body_kind="json",
    body_media_type="application/json",
)

CLOCK_ENTRIES_CREATE_TIMESHEET_CLOCK_IN_ENTRY = _base.OperationSpec(
    method="POST",
    path="/api/v1/time_tracking/employees/{employeeId}/clock_in",
    operation_id="createTimesheetClockInEntry",
    responses={
        "200": _models.TimesheetEntryInfoApiTransformer,
    },
    errors={
        "400": _models.ProblemDetailsResponse,
        "401": _models.ProblemDetailsResponse,
        "403": _models.ProblemDetailsResponse,
        "404": _models.ProblemDetailsResponse,
        "406": _models.ProblemDetailsResponse,
        "409": _models.ProblemDetailsResponse,
        "412": _models.ProblemDetailsResponse,
        "500": _models.ProblemDetailsResponse,
    },
    security=(("basic",), ("oauth",)),
    body_kind="json",
    body_media_type="application/json",
)

CLOCK_ENTRIES_CREATE_TIMESHEET_CLOCK_OUT_ENTRY = _base.OperationSpec(
    method="POST",
    path="/api/v1/time_tracking/employees/{employeeId}/clock_out",
    operation_id="createTimesheetClockOutEntry",
    responses={
        "200": _models.TimesheetEntryInfoApiTransformer,
    },
    errors={
        "400": _models.ProblemDetailsResponse,
        "401": _models.ProblemDetailsResponse,
        "403": _models.ProblemDetailsResponse,
        "404": _models.ProblemDetailsResponse,
        "409": _models.ProblemDetailsResponse,
        "412": _models.ProblemDetailsResponse,
        "500": _models.ProblemDetailsResponse,
    },
    security=(("basic",), ("oauth",)),
    body_kind="json",
    body_media_type="application/json",
)

DELETE_TIMESHEET_CLOCK_ENTRIES_VIA_POST = _base.OperationSpec(
    method="POST",
    path="/api/v1/time_tracking/clock_entries/delete",
    operation_id="deleteTimesheetClockEntriesViaPost",
    responses={
        "204": None,
    },
    errors={
        "400": _models.ProblemDetailsResponse,
        "401": _models.ProblemDetailsResponse,
        "403": _models.ProblemDetailsResponse,
        "409": _models.ProblemDetailsResponse,
        "412": _models.ProblemDetailsResponse,
        "500": _models.ProblemDetailsResponse,
    },
    security=(("basic",), ("oauth",)),
    body_kind="json",
    body_media_type="application/json",
)

DELETE_TIMESHEET_HOUR_ENTRIES_VIA_POST = _base.OperationSpec(
    method="POST",
    path="/api/v1/time_tracking/hour_entries/delete",
    operation_id="deleteTimesheetHourEntriesViaPost",
    responses={
        "204": None,
    },
    errors={
        "400": _models.ProblemDetailsResponse,
        "401": _models.ProblemDetailsResponse,
        "403": _models.ProblemDetailsResponse,
        "404": _models.ProblemDetailsResponse,
        "409": _models.ProblemDetailsResponse,
        "412": _models.ProblemDetailsResponse,
        "500": _models.ProblemDetailsResponse,
    },
    security=(("basic",), ("oauth",)),
    body_kind="json",
    body_media_type="application/json",
)

LIST_TIMESHEET_ENTRIES = _base.OperationSpec(
    method="GET",
    path="/api/v1/time_tracking/timesheet_entries",
    operation_id="listTimesheetEntries",
    responses={
        "200": _models.EmployeeTimesheetEntryCollectionTransformer,
    },
    errors={
        "400": _models.ProblemDetailsResponse,
        "401": _models.ProblemDetailsResponse,
        "403": _models.ProblemDetailsResponse,
        "500": _models.ProblemDetailsResponse,
    },
    security=(("basic",), ("oauth",)),
    pagination=_pagination.Pagination(
        end_param="end",
        items="",
        max_days=365,
        start_param="start",
        style="date-range",
    ),
)

LIST_BREAK_POLICIES = _base.OperationSpec(
    method="GET",
    path="/api/v1/time-tracking/break-policies",
    operation_id="listBreakPolicies",
    responses={
        "200": _models.TimeTrackingPaginatedBreakPoliciesResponseV1,
    },
    errors={
        "401": _models.ProblemDetailsResponse,
        "403": _models.ProblemDetailsResponse,
        "422": _models.ProblemDetailsResponse,
    },
    security=(("basic",), ("oauth",)),
    pagination=_pagination.Pagination(
        items="/data",
        limit_param="limit",
        offset_param="offset",
        style="offset",
        total="/meta/totalItems",
    ),
)

CREATE_BREAK_POLICY = _base.OperationSpec(
    method="POST",
    path="/api/v1/time-tracking/break-policies",
    operation_id="createBreakPolicy",
    responses={
        "201": _models.TimeTrackingTimeTrackingBreakPolicyWithRelationsV1,
    },
    errors={
        "401": _models.ProblemDetailsResponse,
        "403": _models.ProblemDetailsResponse,
        "422": _models.ProblemDetailsResponse,
    },
    security=(("basic",), ("oauth",)),
    body_kind="json",
    body_media_type="application/json",
)

GET_BREAK_POLICY = _base.OperationSpec(
    method="GET",
    path="/api/v1/time-tracking/break-policies/{id}",
    operation_id="getBreakPolicy",
    responses={
        "200": _models.TimeTrackingTimeTrackingBreakPolicyV1,
    },
    errors={
        "401": _models.ProblemDetailsResponse,
        "403": _models.ProblemDetailsResponse,
        "404": _models.ProblemDetailsResponse,
        "422": _models.ProblemDetailsResponse,
        "500": _models.ProblemDetailsResponse,
    },
    security=(("basic",), ("oauth",)),
)

DELETE_BREAK_POLICY = _base.OperationSpec(
    method="DELETE",
    path="/api/v1/time-tracking/break-policies/{id}",
    operation_id="deleteBreakPolicy",
    responses={
        "204": None,
    },
    errors={
        "400": _models.ProblemDetailsResponse,
        "401": _models.ProblemDetailsResponse,
        "403": _models.ProblemDetailsResponse,
        "404": _models.ProblemDetailsResponse,
        "500": _models.ProblemDetailsResponse,
    },
    security=(("basic",), ("oauth",)),
)

UPDATE_BREAK_POLICY = _base.OperationSpec(
    method="PATCH",
    path="/api/v1/time-tracking/break-policies/{id}",
    operation_id="updateBreakPolicy",
    responses={
        "200": _models.TimeTrackingTimeTrackingBreakPolicyV1,
    },
    errors={
        "401": _models.ProblemDetailsResponse,
        "403": _models.ProblemDetailsResponse,
        "404": _models.ProblemDetailsResponse,
        "422": _models.ProblemDetailsResponse,
        "500": _models.ProblemDetailsResponse,
    },
    security=(("basic",), ("oauth",)),
    body_kind="json",
    body_media_type="application/json",
)

SET_BREAK_POLICY_EMPLOYEES = _base.OperationSpec(
    method="PUT",
    path="/api/v1/time-tracking/break-policies/{policyId}/assign",
    operation_id="setBreakPolicyEmployees",
    responses={
        "204": None,
    },
    errors={
        "400": _models.ProblemDetailsResponse,
        "401": _models.ProblemDetailsResponse,
        "403": _models.ProblemDetailsResponse,
        "404": _models.ProblemDetailsResponse,
        "422": _models.ProblemDetailsResponse,
    },
    security=(("basic",), ("oauth",)),
    body_kind="json",
    body_media_type="application/json",
)

ASSIGN_EMPLOYEES_TO_BREAK_POLICY = _base.OperationSpec(
    method="POST",
    path="/api/v1/time-tracking/break-policies/{policyId}/assign",
    operation_id="assignEmployeesToBreakPolicy",
    responses={
        "204": None,
    },
    errors={
        "400": _models.ProblemDetailsResponse,
        "401": _models.ProblemDetailsResponse,
        "403": _models.ProblemDetailsResponse,
        "404": _models.ProblemDetailsResponse,
        "422": _models.ProblemDetailsResponse,
    },
    security=(("basic",), ("oauth",)),
    body_kind="json",
    body_media_type="application/json",
)

UNASSIGN_EMPLOYEES_FROM_BREAK_POLICY = _base.OperationSpec(
    method="POST",
    path="/api/v1/time-tracking/break-policies/{policyId}/unassign",
    operation_id="unassignEmployeesFromBreakPolicy",
    responses={
        "204": None,
    },
    errors={
        "400": _models.ProblemDetailsResponse,
        "401": _models.ProblemDetailsResponse,
        "403": _models.ProblemDetailsResponse,
        "404": _models.ProblemDetailsResponse,
        "422": _models.ProblemDetailsResponse,
        "500": _models.ProblemDetailsResponse,
    },
    security=(("basic",), ("oauth",)),
    body_kind="json",
    body_media_type="application/json",
)

SYNC_BREAK_POLICY = _base.OperationSpec(
    method="PUT",
    path="/api/v1/time-tracking/break-policies/{id}/sync",
    operation_id="syncBreakPolicy",
    responses={
        "200": _models.TimeTrackingTimeTrackingBreakPolicyWithRelationsV1,
    },
    errors={
        "401": _models.ProblemDetailsResponse,
        "403": _models.ProblemDetailsResponse,
        "404": _models.ProblemDetailsResponse,
        "422": _models.ProblemDetailsResponse,
    },
    security=(("basic",), ("oauth",)),
    body_kind="json",
    body_media_type="application/json",
)

LIST_BREAK_POLICY_EMPLOYEES = _base.OperationSpec(
    method="GET",
    path="/api/v1/time-tracking/break-policies/{policyId}/employees",
    operation_id="listBreakPolicyEmployees",
    responses={
        "200": _models.TimeTrackingPaginatedBreakPolicyEmployeesResponseV1,
    },
    errors={
        "401": _models.ProblemDetailsResponse,
        "403": _models.ProblemDetailsResponse,
        "422": _models.ProblemDetailsResponse,
    },
    security=(("basic",), ("oauth",)),
    pagination=_pagination.Pagination(
        items="/data",
        limit_param="limit",
        offset_param="offset",
        style="offset",
        total="/meta/totalItems",
    ),
)

LIST_BREAK_POLICY_BREAKS = _base.OperationSpec(
    method="GET",
    path="/api/v1/time-tracking/break-policies/{policyId}/breaks",
    operation_id="listBreakPolicyBreaks",
    responses={
        "200": _models.TimeTrackingPaginatedBreaksResponseV1,
    },
    errors={
        "401": _models.ProblemDetailsResponse,
        "403": _models.ProblemDetailsResponse,
        "422": _models.ProblemDetailsResponse,
    },
    security=(("basic",), ("oauth",)),
    pagination=_pagination.Pagination(
        items="/data",
        limit_param="limit",
        offset_param="offset",
        style="offset",
        total="/meta/totalItems",
    ),
)

REPLACE_BREAKS_FOR_BREAK_POLICY = _base.OperationSpec(
    method="PUT",
    path="/api/v1/time-tracking/break-policies/{policyId}/breaks",
    operation_id="replaceBreaksForBreakPolicy",
    responses={
        "200": list[_models.TimeTrackingTimeTrackingBreakV1],
    },
    errors={
        "400": _models.ProblemDetailsResponse,
        "401": _models.ProblemDetailsResponse,
        "403": _models.ProblemDetailsResponse,
        "404": _models.ProblemDetailsResponse,
        "500": _models.ProblemDetailsResponse,
    },
    security=(("basic",), ("oauth",)),
    body_kind="json",
    body_media_type="application/json",
)

CREATE_BREAK = _base.OperationSpec(
    method="POST",
    path="/api/v1/time-tracking/break-policies/{policyId}/breaks",
    operation_id="createBreak",
    responses={
        "201": _models.TimeTrackingTimeTrackingBreakV1,
    },
    errors={
        "401": _models.ProblemDetailsResponse,
        "403": _models.ProblemDetailsResponse,
        "422": _models.ProblemDetailsResponse,
    },
    security=(("basic",), ("oauth",)),
    body_kind="json",
    body_media_type="application/json",
)

GET_BREAK = _base.OperationSpec(
    method="GET",
    path="/api/v1/time-tracking/breaks/{id}",
    operation_id="getBreak",
    responses={
        "200": _models.TimeTrackingTimeTrackingBreakV1,
    },
    errors={
        "401": _models.ProblemDetailsResponse,
        "403": _models.ProblemDetailsResponse,
        "404": _models.ProblemDetailsResponse,
        "422": _models.ProblemDetailsResponse,
    },
    security=(("basic",), ("oauth",)),
)

DELETE_BREAK = _base.OperationSpec(
    method="DELETE",
    path="/api/v1/time-tracking/breaks/{id}",
    operation_id="deleteBreak",
    responses={
        "204": None,
    },
    errors={
        "400": _models.ProblemDetailsResponse,
        "401": _models.ProblemDetailsResponse,
        "403": _models.ProblemDetailsResponse,
        "404": _models.ProblemDetailsResponse,
        "500": _models.ProblemDetailsResponse,
    },
    security=(("basic",), ("oauth",)),
)

UPDATE_BREAK = _base.OperationSpec(
    method="PATCH",
    path="/api/v1/time-tracking/breaks/{id}",
    operation_id="updateBreak",
    responses={
        "200": _models.TimeTrackingTimeTrackingBreakV1,
    },
    errors={
        "401": _models.ProblemDetailsResponse,
        "403": _models.ProblemDetailsResponse,
        "404": _models.ProblemDetailsResponse,
        "422": _models.ProblemDetailsResponse,
    },
    security=(("basic",), ("oauth",)),
    body_kind="json",
    body_media_type="application/json",
)

LIST_BREAK_ASSESSMENTS = _base.OperationSpec(
    method="GET",
    path="/api/v1/time-tracking/break-assessments",
    operation_id="listBreakAssessments",
    responses={
        "200": _models.TimeTrackingPaginatedBreakAssessmentsResponseV1,
    },
    errors={
        "401": _models.ProblemDetailsResponse,
        "403": _models.ProblemDetailsResponse,
        "422": _models.ProblemDetailsResponse,
    },
    security=(("basic",), ("oauth",)),
    pagination=_pagination.Pagination(
        items="/data",
        limit_param="limit",
        offset_param="offset",
        style="offset",
        total="/meta/totalItems",
    ),
)

LIST_EMPLOYEE_BREAK_AVAILABILITIES = _base.OperationSpec(
    method="GET",
    path="/api/v1/time-tracking/employees/{employeeId}/break-availabilities",
    operation_id="listEmployeeBreakAvailabilities",
    responses={
        "200": _models.TimeTrackingTimeTrackingBreakAvailabilityCollectionV1,
    },
    errors={
        "401": _models.ProblemDetailsResponse,
        "403": _models.ProblemDetailsResponse,
        "422": _models.ProblemDetailsResponse,
    },
    security=(("basic",), ("oauth",)),
)

LIST_EMPLOYEE_BREAK_POLICIES = _base.OperationSpec(
    method="GET",
    path="/api/v1/time-tracking/employees/{employeeId}/break-policies",
    operation_id="listEmployeeBreakPolicies",
    responses={
        "200": _models.TimeTrackingPaginatedBreakPoliciesResponseV1,
    },
    errors={
        "401": _models.ProblemDetailsResponse,
        "403": _models.ProblemDetailsResponse,
        "422": _models.ProblemDetailsResponse,
    },
    security=(("basic",), ("oauth",)),
    pagination=_pagination.Pagination(
        items="/data",
        limit_param="limit",
        offset_param="offset",
        style="offset",
        total="/meta/totalItems",
    ),
)


class HourRecordsResource:
    """Legacy Hours API; approved hours keyed by a caller-chosen timeTrackingId.

    Operations tagged 'Hour Records'.
    """

    def __init__(self, client: _base.SyncAPIClient) -> None:
        self._client = client
        self.with_raw_response = HourRecordsResourceWithRawResponse(client)

    def create_or_update_time_tracking_hour_records(
        self,
        *,
        body: _models.TimeTrackingRecordBulk
        | Sequence[_models.TimeTrackingRecord | _models.TimeTrackingRecordDict],
        raise_on_partial_failure: bool = False,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> _partial.PartialResult[_models.TimeTrackingBulkResponseSchema]:
        """Create or Update Hour Records

        Adds or edits many hour records in one call: a timeTrackingId the company has not used yet
        creates a record, a known one updates it. The call answers 201 even when some items fail
        validation, so each result's success flag and response.message must be checked. The 201 body
        is modelled as an array with one result per request item, because the status text promises
        per-item results while the vendor's schema shows a single object. A body that is not an
        array of records is answered 400.

        `POST /api/v1/timetracking/record`

        Args:
            body: the request body
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = self.with_raw_response.create_or_update_time_tracking_hour_records(
            body=body,
            raise_on_partial_failure=raise_on_partial_failure,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()

    def create_time_tracking_hour_record(
        self,
        *,
        body: _models.TimeTrackingRecord | _models.TimeTrackingRecordDict,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> _models.TimeTrackingIdResponseSchema:
        """Create Hour Record

        Adds one hour record. The caller picks the timeTrackingId (up to 36 characters, such as a
        UUID) and needs it later to read, adjust or delete the record. For bulk imports use
        createOrUpdateTimeTrackingHourRecords.

        `POST /api/v1/timetracking/add`

        Args:
            body: the request body
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = self.with_raw_response.create_time_tracking_hour_record(
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()

    def delete_time_tracking_hour_record(
        self,
        *,
        id: str,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> _models.TimeTrackingDeleteResponseSchema:
        """Delete Hour Record

        Deletes an hour record, with every stored revision of it, by its timeTrackingId. For
        backward compatibility an unknown or invalid id is answered with 400, not 404; the
        x-not-found matcher turns a 400 whose detail says "not found" into a not-found error.

        `DELETE /api/v1/timetracking/delete/{id}`

        Args:
            id: The timeTrackingId the record was created with (up to 36 characters, e.g. a UUID).
                (`id`)
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = self.with_raw_response.delete_time_tracking_hour_record(
            id=id,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()

    def get_time_tracking_record(
        self,
        *,
        id: str,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> _models.TimeTrackingRecordSchema:
        """Get Time Tracking Record

        Reads one hour record with its hours, date, employee, project, task and shift differential
        details; project and shiftDifferential are null when they do not apply. For historical
        reasons a missing record may come back as an empty or null payload instead of an error, so
        both that and a 400 mentioning "not found" count as not-found. Ids and decimals come back as
        strings, unlike the request model.

        `GET /api/v1/timetracking/record/{id}`

        Args:
            id: The timeTrackingId used when the record was created (up to 36 characters). (`id`)
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = self.with_raw_response.get_time_tracking_record(
            id=id,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()

    def update_time_tracking_record(
        self,
        *,
        body: _models.AdjustTimeTrackingRequestSchema | _models.AdjustTimeTrackingRequestSchemaDict,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> _models.TimeTrackingIdResponseSchema:
        """Update Hour Record

        Edits an existing hour record named by the timeTrackingId in the body (there is no path id).
        hoursWorked is the new total, not a difference. Success is 201, not 200, as documented.

        `PUT /api/v1/timetracking/adjust`

        Args:
            body: the request body
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = self.with_raw_response.update_time_tracking_record(
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()


class HourRecordsResourceWithRawResponse:
    """The operations of `HourRecordsResource`, each returning the HTTP response."""

    def __init__(self, client: _base.SyncAPIClient) -> None:
        self._client = client

    def create_or_update_time_tracking_hour_records(
        self,
        *,
        body: _models.TimeTrackingRecordBulk
        | Sequence[_models.TimeTrackingRecord | _models.TimeTrackingRecordDict],
        raise_on_partial_failure: bool = False,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[_partial.PartialResult[_models.TimeTrackingBulkResponseSchema]]:
        """`POST /api/v1/timetracking/record`, returning the HTTP response; `.parse()` reads its body."""
        return self._client.request(
            CREATE_OR_UPDATE_TIME_TRACKING_HOUR_RECORDS,
            body=body,
            raise_on_partial_failure=raise_on_partial_failure,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def create_time_tracking_hour_record(
        self,
        *,
        body: _models.TimeTrackingRecord | _models.TimeTrackingRecordDict,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[_models.TimeTrackingIdResponseSchema]:
        """`POST /api/v1/timetracking/add`, returning the HTTP response; `.parse()` reads its body."""
        return self._client.request(
            CREATE_TIME_TRACKING_HOUR_RECORD,
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def delete_time_tracking_hour_record(
        self,
        *,
        id: str,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[_models.TimeTrackingDeleteResponseSchema]:
        """`DELETE /api/v1/timetracking/delete/{id}`, returning the HTTP response; `.parse()` reads its body."""
        return self._client.request(
            DELETE_TIME_TRACKING_HOUR_RECORD,
            path={
                "id": id,
            },
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def get_time_tracking_record(
        self,
        *,
        id: str,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[_models.TimeTrackingRecordSchema]:
        """`GET /api/v1/timetracking/record/{id}`, returning the HTTP response; `.parse()` reads its body."""
        return self._client.request(
            HOUR_RECORDS_GET_TIME_TRACKING_RECORD,
            path={
                "id": id,
            },
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def update_time_tracking_record(
        self,
        *,
        body: _models.AdjustTimeTrackingRequestSchema | _models.AdjustTimeTrackingRequestSchemaDict,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[_models.TimeTrackingIdResponseSchema]:
        """`PUT /api/v1/timetracking/adjust`, returning the HTTP response; `.parse()` reads its body."""
        return self._client.request(
            HOUR_RECORDS_UPDATE_TIME_TRACKING_RECORD,
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class ClockEntriesResource:
    """Timesheet clock entries, clock-in and clock-out.

    Operations tagged 'Clock Entries'.
    """

    def __init__(self, client: _base.SyncAPIClient) -> None:
        self._client = client
        self.with_raw_response = ClockEntriesResourceWithRawResponse(client)

    def create_or_update_timesheet_clock_entries(
        self,
        *,
        body: _models.ClockEntriesSchema | _models.ClockEntriesSchemaDict,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> _models.TimesheetEntryInfoCollectionApiTransformer:
        """Create or Update Timesheet Clock Entries

        Creates or updates timesheet clock entries in bulk: an entry that carries an id updates that
        entry, one without an id creates a new one. The whole request fails with a 4xx rather than
        per item.

        `POST /api/v1/time_tracking/clock_entries/store`

        Args:
            body: the request body
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = self.with_raw_response.create_or_update_timesheet_clock_entries(
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()

    def create_timesheet_clock_in_entry(
        self,
        *,
        employee_id: int,
        body: _models.ClockInRequestSchema | _models.ClockInRequestSchemaDict | None = None,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> _models.TimesheetEntryInfoApiTransformer:
        """Create Timesheet Clock-In Entry

        Clocks an employee in at the current server time. A historical clock-in sends date, start
        (24-hour HH:MM) and timezone. projectId, taskId (which needs projectId), breakId and note
        are optional. Clocking in an employee who is already clocked in answers 409. Success is 200,
        not 201, as documented.

        `POST /api/v1/time_tracking/employees/{employeeId}/clock_in`

        Args:
            employee_id: Id of the employee to clock in. (`employeeId`)
            body: the request body
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = self.with_raw_response.create_timesheet_clock_in_entry(
            employee_id=employee_id,
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()

    def create_timesheet_clock_out_entry(
        self,
        *,
        employee_id: int,
        body: _models.ClockOutRequestSchema | _models.ClockOutRequestSchemaDict | None = None,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> _models.TimesheetEntryInfoApiTransformer:
        """Create Timesheet Clock-Out Entry

        Clocks out an employee who is clocked in, at the current server time. A historical clock-out
        sends date, end (24-hour HH:MM) and timezone. Clocking out an employee who is not clocked in
        answers 409. Success is 200.

        `POST /api/v1/time_tracking/employees/{employeeId}/clock_out`

        Args:
            employee_id: Id of the employee to clock out. (`employeeId`)
            body: the request body
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = self.with_raw_response.create_timesheet_clock_out_entry(
            employee_id=employee_id,
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()

    def delete_timesheet_clock_entries_via_post(
        self,
        *,
        body: _models.ClockEntryIdsSchema | _models.ClockEntryIdsSchemaDict,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Delete Timesheet Clock Entries

        Deletes one or more clock entries by id, through a POST. Deleting is idempotent: entries
        that are already gone need no retry. An entry that is still clocked in cannot be deleted
        (409); clock it out first. A timesheet that is already approved answers 403.

        `POST /api/v1/time_tracking/clock_entries/delete`

        Args:
            body: the request body
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = self.with_raw_response.delete_timesheet_clock_entries_via_post(
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()


class ClockEntriesResourceWithRawResponse:
    """The operations of `ClockEntriesResource`, each returning the HTTP response."""

    def __init__(self, client: _base.SyncAPIClient) -> None:
        self._client = client

    def create_or_update_timesheet_clock_entries(
        self,
        *,
        body: _models.ClockEntriesSchema | _models.ClockEntriesSchemaDict,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[_models.TimesheetEntryInfoCollectionApiTransformer]:
        """`POST /api/v1/time_tracking/clock_entries/store`, returning the HTTP response; `.parse()` reads its body."""
        return self._client.request(
            CREATE_OR_UPDATE_TIMESHEET_CLOCK_ENTRIES,
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def create_timesheet_clock_in_entry(
        self,
        *,
        employee_id: int,
        body: _models.ClockInRequestSchema | _models.ClockInRequestSchemaDict | None = None,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[_models.TimesheetEntryInfoApiTransformer]:
        """`POST /api/v1/time_tracking/employees/{employeeId}/clock_in`, returning the HTTP response; `.parse()` reads its body."""
        return self._client.request(
            CLOCK_ENTRIES_CREATE_TIMESHEET_CLOCK_IN_ENTRY,
            path={
                "employeeId": employee_id,
            },
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def create_timesheet_clock_out_entry(
        self,
        *,
        employee_id: int,
        body: _models.ClockOutRequestSchema | _models.ClockOutRequestSchemaDict | None = None,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[_models.TimesheetEntryInfoApiTransformer]:
        """`POST /api/v1/time_tracking/employees/{employeeId}/clock_out`, returning the HTTP response; `.parse()` reads its body."""
        return self._client.request(
            CLOCK_ENTRIES_CREATE_TIMESHEET_CLOCK_OUT_ENTRY,
            path={
                "employeeId": employee_id,
            },
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def delete_timesheet_clock_entries_via_post(
        self,
        *,
        body: _models.ClockEntryIdsSchema | _models.ClockEntryIdsSchemaDict,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[None]:
        """`POST /api/v1/time_tracking/clock_entries/delete`, returning the HTTP response; `.parse()` reads its body."""
        return self._client.request(
            DELETE_TIMESHEET_CLOCK_ENTRIES_VIA_POST,
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class HourEntriesResource:
    """Timesheet hour entries.

    Operations tagged 'Hour Entries'.
    """

    def __init__(self, client: _base.SyncAPIClient) -> None:
        self._client = client
        self.with_raw_response = HourEntriesResourceWithRawResponse(client)

    def create_or_update_timesheet_hour_entries(
        self,
        *,
        body: _models.HourEntriesRequestSchema | _models.HourEntriesRequestSchemaDict,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> _models.TimesheetEntryInfoCollectionApiTransformer:
        """Create or Update Timesheet Hour Entries

        Creates or updates timesheet hour entries in bulk: an entry with an id updates it, one
        without creates a new one. The vendor marks no entry field as required (unlike clock
        entries), so this spec requires none either.

        `POST /api/v1/time_tracking/hour_entries/store`

        Args:
            body: the request body
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = self.with_raw_response.create_or_update_timesheet_hour_entries(
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()

    def delete_timesheet_hour_entries_via_post(
        self,
        *,
        body: _models.HourEntryIdsSchema | _models.HourEntryIdsSchemaDict,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Delete Timesheet Hour Entries

        Deletes one or more hour entries by id, through a POST. The vendor calls it idempotent yet
        also documents 404 for a missing entry; both are kept.

        `POST /api/v1/time_tracking/hour_entries/delete`

        Args:
            body: the request body
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = self.with_raw_response.delete_timesheet_hour_entries_via_post(
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()


class HourEntriesResourceWithRawResponse:
    """The operations of `HourEntriesResource`, each returning the HTTP response."""

    def __init__(self, client: _base.SyncAPIClient) -> None:
        self._client = client

    def create_or_update_timesheet_hour_entries(
        self,
        *,
        body: _models.HourEntriesRequestSchema | _models.HourEntriesRequestSchemaDict,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[_models.TimesheetEntryInfoCollectionApiTransformer]:
        """`POST /api/v1/time_tracking/hour_entries/store`, returning the HTTP response; `.parse()` reads its body."""
        return self._client.request(
            CREATE_OR_UPDATE_TIMESHEET_HOUR_ENTRIES,
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def delete_timesheet_hour_entries_via_post(
        self,
        *,
        body: _models.HourEntryIdsSchema | _models.HourEntryIdsSchemaDict,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[None]:
        """`POST /api/v1/time_tracking/hour_entries/delete`, returning the HTTP response; `.parse()` reads its body."""
        return self._client.request(
            DELETE_TIMESHEET_HOUR_ENTRIES_VIA_POST,
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class ProjectsResource:
    """Time tracking projects and their tasks.

    Operations tagged 'Projects'.
    """

    def __init__(self, client: _base.SyncAPIClient) -> None:
        self._client = client
        self.with_raw_response = ProjectsResourceWithRawResponse(client)

    def create_time_tracking_project(
        self,
        *,
        body: _models.ProjectCreateRequestSchema | _models.ProjectCreateRequestSchemaDict,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> _models.TimeTrackingProjectWithTasksAndEmployeeIds:
        """Create Time Tracking Project

        Creates a project and, optionally, its tasks. Unless told otherwise every employee may log
        time to it, it is billable and it has no tasks; hasTasks true needs at least one task.
        Project and task names must be unique and at most 50 characters. The response lists
        employeeIds only when allowAllEmployees is false.

        `POST /api/v1/time_tracking/projects`

        Args:
            body: the request body
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = self.with_raw_response.create_time_tracking_project(
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()


class ProjectsResourceWithRawResponse:
    """The operations of `ProjectsResource`, each returning the HTTP response."""

    def __init__(self, client: _base.SyncAPIClient) -> None:
        self._client = client

    def create_time_tracking_project(
        self,
        *,
        body: _models.ProjectCreateRequestSchema | _models.ProjectCreateRequestSchemaDict,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[_models.TimeTrackingProjectWithTasksAndEmployeeIds]:
        """`POST /api/v1/time_tracking/projects`, returning the HTTP response; `.parse()` reads its body."""
        return self._client.request(
            CREATE_TIME_TRACKING_PROJECT,
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class TimesheetEntriesResource:
    """Read-only listing of clock and hour entries over a date range.

    Operations tagged 'Timesheet Entries'.
    """

    def __init__(self, client: _base.SyncAPIClient) -> None:
        self._client = client
        self.with_raw_response = TimesheetEntriesResourceWithRawResponse(client)

    def list_timesheet_entries(
        self,
        *,
        start: _dt.date,
        end: _dt.date,
        employee_ids: str | None = None,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> _base.SyncPage[_models.EmployeeTimesheetEntryTransformer]:
        """List Timesheet Entries

        Lists clock and hour entries of all accessible employees, or of the given employeeIds,
        between start and end inclusive. Both dates are read in the company timezone, must lie
        within the last 365 days and may span at most 365 days. The body is one flat array, although
        the status text speaks of entries "grouped by employee".

        `GET /api/v1/time_tracking/timesheet_entries`

        Args:
            start: YYYY-MM-DD; only entries on or after this day. Must be within the last 365 days.
                (`start`)
            end: YYYY-MM-DD; only entries on or before this day. Must be within the last 365 days.
                (`end`)
            employee_ids: Comma-separated employee ids; only their entries are returned. Leave out
                to get the entries of every employee the caller can access. (`employeeIds`)
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = self.with_raw_response.list_timesheet_entries(
            start=start,
            end=end,
            employee_ids=employee_ids,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()

    def iter_list_timesheet_entries(
        self,
        *,
        start: _dt.date,
        end: _dt.date,
        employee_ids: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Iterator[_models.EmployeeTimesheetEntryTransformer]:
        """Every item of `list_timesheet_entries`, page after page, until the last page."""
        first = self.list_timesheet_entries(
            start=start,
            end=end,
            employee_ids=employee_ids,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        yield from first


class TimesheetEntriesResourceWithRawResponse:
    """The operations of `TimesheetEntriesResource`, each returning the HTTP response."""

    def __init__(self, client: _base.SyncAPIClient) -> None:
        self._client = client

    def list_timesheet_entries(
        self,
        *,
        start: _dt.date,
        end: _dt.date,
        employee_ids: str | None = None,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[_base.SyncPage[_models.EmployeeTimesheetEntryTransformer]]:
        """`GET /api/v1/time_tracking/timesheet_entries`, returning the HTTP response; `.parse()` reads its body."""
        return self._client.list_page(
            LIST_TIMESHEET_ENTRIES,
            _models.EmployeeTimesheetEntryTransformer,
            query={
                "start": start,
                "end": end,
                "employeeIds": employee_ids,
            },
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class BreakPoliciesResource:
    """Break policies and their employee assignments.

    Operations tagged 'Break Policies'.
    """

    def __init__(self, client: _base.SyncAPIClient) -> None:
        self._client = client
        self.with_raw_response = BreakPoliciesResourceWithRawResponse(client)

    def list_break_policies(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        filter: str | None = None,
        include_counts: bool | None = None,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> _base.SyncPage[_models.TimeTrackingTimeTrackingBreakPolicyV1]:
        """List Break Policies

        Lists break policies a page at a time (offset and limit), optionally narrowed by an OData v4
        filter. includeCounts asks for employee and break counts per policy; their field names are
        not documented, so they arrive as extra properties.

        `GET /api/v1/time-tracking/break-policies`

        Args:
            offset: Number of items to skip before the page starts. (`offset`)
            limit: Maximum number of items in the page, 0 to 500. (`limit`)
            filter: OData v4 filter expression. The documents do not list which break policy fields
                may be filtered on. (`filter`)
            include_counts: Also return employee and break counts for each policy. (`includeCounts`)
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = self.with_raw_response.list_break_policies(
            offset=offset,
            limit=limit,
            filter=filter,
            include_counts=include_counts,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()

    def iter_list_break_policies(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        filter: str | None = None,
        include_counts: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Iterator[_models.TimeTrackingTimeTrackingBreakPolicyV1]:
        """Every item of `list_break_policies`, page after page, until the last page."""
        first = self.list_break_policies(
            offset=offset,
            limit=limit,
            filter=filter,
            include_counts=include_counts,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        yield from first

    def create_break_policy(
        self,
        *,
        body: _models.TimeTrackingCreateTimeTrackingBreakPolicyV1
        | _models.TimeTrackingCreateTimeTrackingBreakPolicyV1Dict,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> _models.TimeTrackingTimeTrackingBreakPolicyWithRelationsV1:
        """Create Break Policy

        Creates a break policy; its breaks and employee assignments may be created in the same call.
        The answer is the policy with its breaks and assigned employee ids.

        `POST /api/v1/time-tracking/break-policies`

        Args:
            body: the request body
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = self.with_raw_response.create_break_policy(
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()

    def get_break_policy(
        self,
        *,
        id: _uuid.UUID,
        include_counts: bool | None = None,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> _models.TimeTrackingTimeTrackingBreakPolicyV1:
        """Get Break Policy

        Reads one break policy by its UUID. includeCounts asks for the number of assigned employees
        and breaks; their field names are not documented, so they arrive as extra properties.

        `GET /api/v1/time-tracking/break-policies/{id}`

        Args:
            id: The break policy id (UUID). (`id`)
            include_counts: Also return employee and break counts. (`includeCounts`)
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = self.with_raw_response.get_break_policy(
            id=id,
            include_counts=include_counts,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()

    def delete_break_policy(
        self,
        *,
        id: _uuid.UUID,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Delete Break Policy

        Deletes a break policy by its UUID, together with its breaks and employee assignments.

        `DELETE /api/v1/time-tracking/break-policies/{id}`

        Args:
            id: The break policy id (UUID). (`id`)
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = self.with_raw_response.delete_break_policy(
            id=id,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()

    def update_break_policy(
        self,
        *,
        id: _uuid.UUID,
        body: _models.TimeTrackingUpdateTimeTrackingBreakPolicyV1
        | _models.TimeTrackingUpdateTimeTrackingBreakPolicyV1Dict,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> _models.TimeTrackingTimeTrackingBreakPolicyV1:
        """Update Break Policy

        Partly updates a break policy: only the fields sent change. Breaks and assignments are not
        touched here (see syncBreakPolicy). Answers with the updated policy.

        `PATCH /api/v1/time-tracking/break-policies/{id}`

        Args:
            id: The break policy id (UUID). (`id`)
            body: the request body
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = self.with_raw_response.update_break_policy(
            id=id,
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()

    def set_break_policy_employees(
        self,
        *,
        policy_id: _uuid.UUID,
        body: _models.SetBreakPolicyEmployeesRequest | _models.SetBreakPolicyEmployeesRequestDict,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Set Employees for Break Policy

        Replaces every employee assignment of a break policy with the given list; an empty list
        removes them all. The same path under POST adds employees instead.

        `PUT /api/v1/time-tracking/break-policies/{policyId}/assign`

        Args:
            policy_id: The break policy id (UUID); the vendor calls this path parameter id.
                (`policyId`)
            body: the request body
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = self.with_raw_response.set_break_policy_employees(
            policy_id=policy_id,
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()

    def assign_employees_to_break_policy(
        self,
        *,
        policy_id: _uuid.UUID,
        body: _models.AssignEmployeesToBreakPolicyRequest
        | _models.AssignEmployeesToBreakPolicyRequestDict,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Assign Employees to Break Policy

        Adds employees to a break policy; existing assignments stay.

        `POST /api/v1/time-tracking/break-policies/{policyId}/assign`

        Args:
            policy_id: The break policy id (UUID); the vendor calls this path parameter id.
                (`policyId`)
            body: the request body
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = self.with_raw_response.assign_employees_to_break_policy(
            policy_id=policy_id,
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()

    def unassign_employees_from_break_policy(
        self,
        *,
        policy_id: _uuid.UUID,
        body: _models.UnassignEmployeesFromBreakPolicyRequest
        | _models.UnassignEmployeesFromBreakPolicyRequestDict,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Unassign Employees from Break Policy

        Removes the given employees from a break policy, leaving the policy and its other
        assignments alone. Only possible for a policy that is not assigned to all employees
        (otherwise 400).

        `POST /api/v1/time-tracking/break-policies/{policyId}/unassign`

        Args:
            policy_id: The break policy id (UUID); the vendor calls this path parameter id.
                (`policyId`)
            body: the request body
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = self.with_raw_response.unassign_employees_from_break_policy(
            policy_id=policy_id,
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()

    def sync_break_policy(
        self,
        *,
        id: _uuid.UUID,
        body: _models.TimeTrackingSyncTimeTrackingBreakPolicyV1
        | _models.TimeTrackingSyncTimeTrackingBreakPolicyV1Dict,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> _models.TimeTrackingTimeTrackingBreakPolicyWithRelationsV1:
        """Sync Break Policy

        Replaces a break policy's whole state (fields, breaks and employee assignments) with the
        body; breaks and assignments left out are removed. No body field is required, as the vendor
        documents. Answers with the policy and its relations.

        `PUT /api/v1/time-tracking/break-policies/{id}/sync`

        Args:
            id: The break policy id (UUID). (`id`)
            body: the request body
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = self.with_raw_response.sync_break_policy(
            id=id,
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()

    def list_break_policy_employees(
        self,
        *,
        policy_id: _uuid.UUID,
        offset: int | None = None,
        limit: int | None = None,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> _base.SyncPage[_models.TimeTrackingBreakPolicyEmployeeV1]:
        """List Break Policy Employees

        Lists the employees assigned to a break policy, a page at a time. A policy without
        assignments gives 200 with an empty data array. No filter parameter is documented here.

        `GET /api/v1/time-tracking/break-policies/{policyId}/employees`

        Args:
            policy_id: The break policy id (UUID); the vendor calls this path parameter id.
                (`policyId`)
            offset: Number of items to skip before the page starts. (`offset`)
            limit: Maximum number of items in the page, 0 to 500. (`limit`)
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = self.with_raw_response.list_break_policy_employees(
            policy_id=policy_id,
            offset=offset,
            limit=limit,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()

    def iter_list_break_policy_employees(
        self,
        *,
        policy_id: _uuid.UUID,
        offset: int | None = None,
        limit: int | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Iterator[_models.TimeTrackingBreakPolicyEmployeeV1]:
        """Every item of `list_break_policy_employees`, page after page, until the last page."""
        first = self.list_break_policy_employees(
            policy_id=policy_id,
            offset=offset,
            limit=limit,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        yield from first

    def list_employee_break_policies(
        self,
        *,
        employee_id: int,
        offset: int | None = None,
        limit: int | None = None,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> _base.SyncPage[_models.TimeTrackingTimeTrackingBreakPolicyV1]:
        """List Employee Break Policies

        Lists the break policies assigned to one employee, a page at a time. The caller needs
        permission to view that employee.

        `GET /api/v1/time-tracking/employees/{employeeId}/break-policies`

        Args:
            employee_id: The employee id; the vendor calls this path parameter id. (`employeeId`)
            offset: Number of items to skip before the page starts (minimum 0). (`offset`)
            limit: Maximum number of items in the page, 0 to 500. (`limit`)
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = self.with_raw_response.list_employee_break_policies(
            employee_id=employee_id,
            offset=offset,
            limit=limit,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()

    def iter_list_employee_break_policies(
        self,
        *,
        employee_id: int,
        offset: int | None = None,
        limit: int | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Iterator[_models.TimeTrackingTimeTrackingBreakPolicyV1]:
        """Every item of `list_employee_break_policies`, page after page, until the last page."""
        first = self.list_employee_break_policies(
            employee_id=employee_id,
            offset=offset,
            limit=limit,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        yield from first


class BreakPoliciesResourceWithRawResponse:
    """The operations of `BreakPoliciesResource`, each returning the HTTP response."""

    def __init__(self, client: _base.SyncAPIClient) -> None:
        self._client = client

    def list_break_policies(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        filter: str | None = None,
        include_counts: bool | None = None,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[_base.SyncPage[_models.TimeTrackingTimeTrackingBreakPolicyV1]]:
        """`GET /api/v1/time-tracking/break-policies`, returning the HTTP response; `.parse()` reads its body."""
        return self._client.list_page(
            LIST_BREAK_POLICIES,
            _models.TimeTrackingTimeTrackingBreakPolicyV1,
            query={
                "offset": offset,
                "limit": limit,
                "filter": filter,
                "includeCounts": include_counts,
            },
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def create_break_policy(
        self,
        *,
        body: _models.TimeTrackingCreateTimeTrackingBreakPolicyV1
        | _models.TimeTrackingCreateTimeTrackingBreakPolicyV1Dict,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[_models.TimeTrackingTimeTrackingBreakPolicyWithRelationsV1]:
        """`POST /api/v1/time-tracking/break-policies`, returning the HTTP response; `.parse()` reads its body."""
        return self._client.request(
            CREATE_BREAK_POLICY,
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def get_break_policy(
        self,
        *,
        id: _uuid.UUID,
        include_counts: bool | None = None,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[_models.TimeTrackingTimeTrackingBreakPolicyV1]:
        """`GET /api/v1/time-tracking/break-policies/{id}`, returning the HTTP response; `.parse()` reads its body."""
        return self._client.request(
            GET_BREAK_POLICY,
            path={
                "id": id,
            },
            query={
                "includeCounts": include_counts,
            },
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def delete_break_policy(
        self,
        *,
        id: _uuid.UUID,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[None]:
        """`DELETE /api/v1/time-tracking/break-policies/{id}`, returning the HTTP response; `.parse()` reads its body."""
        return self._client.request(
            DELETE_BREAK_POLICY,
            path={
                "id": id,
            },
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def update_break_policy(
        self,
        *,
        id: _uuid.UUID,
        body: _models.TimeTrackingUpdateTimeTrackingBreakPolicyV1
        | _models.TimeTrackingUpdateTimeTrackingBreakPolicyV1Dict,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[_models.TimeTrackingTimeTrackingBreakPolicyV1]:
        """`PATCH /api/v1/time-tracking/break-policies/{id}`, returning the HTTP response; `.parse()` reads its body."""
        return self._client.request(
            UPDATE_BREAK_POLICY,
            path={
                "id": id,
            },
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def set_break_policy_employees(
        self,
        *,
        policy_id: _uuid.UUID,
        body: _models.SetBreakPolicyEmployeesRequest | _models.SetBreakPolicyEmployeesRequestDict,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[None]:
        """`PUT /api/v1/time-tracking/break-policies/{policyId}/assign`, returning the HTTP response; `.parse()` reads its body."""
        return self._client.request(
            SET_BREAK_POLICY_EMPLOYEES,
            path={
                "policyId": policy_id,
            },
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def assign_employees_to_break_policy(
        self,
        *,
        policy_id: _uuid.UUID,
        body: _models.AssignEmployeesToBreakPolicyRequest
        | _models.AssignEmployeesToBreakPolicyRequestDict,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[None]:
        """`POST /api/v1/time-tracking/break-policies/{policyId}/assign`, returning the HTTP response; `.parse()` reads its body."""
        return self._client.request(
            ASSIGN_EMPLOYEES_TO_BREAK_POLICY,
            path={
                "policyId": policy_id,
            },
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def unassign_employees_from_break_policy(
        self,
        *,
        policy_id: _uuid.UUID,
        body: _models.UnassignEmployeesFromBreakPolicyRequest
        | _models.UnassignEmployeesFromBreakPolicyRequestDict,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[None]:
        """`POST /api/v1/time-tracking/break-policies/{policyId}/unassign`, returning the HTTP response; `.parse()` reads its body."""
        return self._client.request(
            UNASSIGN_EMPLOYEES_FROM_BREAK_POLICY,
            path={
                "policyId": policy_id,
            },
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def sync_break_policy(
        self,
        *,
        id: _uuid.UUID,
        body: _models.TimeTrackingSyncTimeTrackingBreakPolicyV1
        | _models.TimeTrackingSyncTimeTrackingBreakPolicyV1Dict,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[_models.TimeTrackingTimeTrackingBreakPolicyWithRelationsV1]:
        """`PUT /api/v1/time-tracking/break-policies/{id}/sync`, returning the HTTP response; `.parse()` reads its body."""
        return self._client.request(
            SYNC_BREAK_POLICY,
            path={
                "id": id,
            },
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def list_break_policy_employees(
        self,
        *,
        policy_id: _uuid.UUID,
        offset: int | None = None,
        limit: int | None = None,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[_base.SyncPage[_models.TimeTrackingBreakPolicyEmployeeV1]]:
        """`GET /api/v1/time-tracking/break-policies/{policyId}/employees`, returning the HTTP response; `.parse()` reads its body."""
        return self._client.list_page(
            LIST_BREAK_POLICY_EMPLOYEES,
            _models.TimeTrackingBreakPolicyEmployeeV1,
            path={
                "policyId": policy_id,
            },
            query={
                "offset": offset,
                "limit": limit,
            },
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def list_employee_break_policies(
        self,
        *,
        employee_id: int,
        offset: int | None = None,
        limit: int | None = None,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[_base.SyncPage[_models.TimeTrackingTimeTrackingBreakPolicyV1]]:
        """`GET /api/v1/time-tracking/employees/{employeeId}/break-policies`, returning the HTTP response; `.parse()` reads its body."""
        return self._client.list_page(
            LIST_EMPLOYEE_BREAK_POLICIES,
            _models.TimeTrackingTimeTrackingBreakPolicyV1,
            path={
                "employeeId": employee_id,
            },
            query={
                "offset": offset,
                "limit": limit,
            },
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class BreaksResource:
    """Breaks that belong to a break policy.

    Operations tagged 'Breaks'.
    """

    def __init__(self, client: _base.SyncAPIClient) -> None:
        self._client = client
        self.with_raw_response = BreaksResourceWithRawResponse(client)

    def list_break_policy_breaks(
        self,
        *,
        policy_id: _uuid.UUID,
        offset: int | None = None,
        limit: int | None = None,
        filter: str | None = None,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> _base.SyncPage[_models.TimeTrackingTimeTrackingBreakV1]:
        """List Breaks for Break Policy

        Lists the breaks of one break policy a page at a time, optionally narrowed by an OData v4
        filter. No 404 is documented for an unknown policy.

        `GET /api/v1/time-tracking/break-policies/{policyId}/breaks`

        Args:
            policy_id: The break policy id (UUID); the vendor calls this path parameter id.
                (`policyId`)
            offset: Number of items to skip before the page starts. (`offset`)
            limit: Maximum number of items in the page, 0 to 500. (`limit`)
            filter: OData v4 filter expression. The documents do not list which break fields may be
                filtered on. (`filter`)
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = self.with_raw_response.list_break_policy_breaks(
            policy_id=policy_id,
            offset=offset,
            limit=limit,
            filter=filter,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()

    def iter_list_break_policy_breaks(
        self,
        *,
        policy_id: _uuid.UUID,
        offset: int | None = None,
        limit: int | None = None,
        filter: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Iterator[_models.TimeTrackingTimeTrackingBreakV1]:
        """Every item of `list_break_policy_breaks`, page after page, until the last page."""
        first = self.list_break_policy_breaks(
            policy_id=policy_id,
            offset=offset,
            limit=limit,
            filter=filter,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        yield from first

    def replace_breaks_for_break_policy(
        self,
        *,
        policy_id: _uuid.UUID,
        body: _models.TimeTrackingCreateOrUpdateTimeTrackingBreakWithoutPolicyCollectionV1
        | Sequence[
            _models.TimeTrackingCreateOrUpdateTimeTrackingBreakWithoutPolicyV1
            | _models.TimeTrackingCreateOrUpdateTimeTrackingBreakWithoutPolicyV1Dict
        ],
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> list[_models.TimeTrackingTimeTrackingBreakV1]:
        """Replace Breaks for Break Policy

        Replaces the whole break list of a policy: a break with an id is updated, one without is
        created, and existing breaks missing from the list are soft-deleted. Answers with the
        resulting breaks.

        `PUT /api/v1/time-tracking/break-policies/{policyId}/breaks`

        Args:
            policy_id: The break policy id (UUID); the vendor calls this path parameter id.
                (`policyId`)
            body: the request body
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = self.with_raw_response.replace_breaks_for_break_policy(
            policy_id=policy_id,
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()

    def create_break(
        self,
        *,
        policy_id: _uuid.UUID,
        body: _models.TimeTrackingCreateTimeTrackingBreakV1
        | _models.TimeTrackingCreateTimeTrackingBreakV1Dict,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> _models.TimeTrackingTimeTrackingBreakV1:
        """Create Break

        Creates a break in the break policy named by the path. The body may repeat the policy as
        policyId; the path id is the one that counts. The vendor marks no body field as required.

        `POST /api/v1/time-tracking/break-policies/{policyId}/breaks`

        Args:
            policy_id: The break policy id (UUID); the vendor calls this path parameter id.
                (`policyId`)
            body: the request body
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = self.with_raw_response.create_break(
            policy_id=policy_id,
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()

    def get_break(
        self,
        *,
        id: _uuid.UUID,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> _models.TimeTrackingTimeTrackingBreakV1:
        """Get Break

        Reads one break by its UUID, with its name, duration, paid flag and availability settings.

        `GET /api/v1/time-tracking/breaks/{id}`

        Args:
            id: The break id (UUID). (`id`)
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = self.with_raw_response.get_break(
            id=id,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()

    def delete_break(
        self,
        *,
        id: _uuid.UUID,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Delete Break

        Soft-deletes a break by its UUID and detaches it from every break policy.

        `DELETE /api/v1/time-tracking/breaks/{id}`

        Args:
            id: The break id (UUID). (`id`)
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = self.with_raw_response.delete_break(
            id=id,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()

    def update_break(
        self,
        *,
        id: _uuid.UUID,
        body: _models.TimeTrackingUpdateTimeTrackingBreakV1
        | _models.TimeTrackingUpdateTimeTrackingBreakV1Dict,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> _models.TimeTrackingTimeTrackingBreakV1:
        """Update Break

        Partly updates a break: only the fields sent change, and policyId moves the break to another
        policy. Answers with the updated break. An unknown break is answered 404.

        `PATCH /api/v1/time-tracking/breaks/{id}`

        Args:
            id: The break id (UUID). (`id`)
            body: the request body
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = self.with_raw_response.update_break(
            id=id,
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()


class BreaksResourceWithRawResponse:
    """The operations of `BreaksResource`, each returning the HTTP response."""

    def __init__(self, client: _base.SyncAPIClient) -> None:
        self._client = client

    def list_break_policy_breaks(
        self,
        *,
        policy_id: _uuid.UUID,
        offset: int | None = None,
        limit: int | None = None,
        filter: str | None = None,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[_base.SyncPage[_models.TimeTrackingTimeTrackingBreakV1]]:
        """`GET /api/v1/time-tracking/break-policies/{policyId}/breaks`, returning the HTTP response; `.parse()` reads its body."""
        return self._client.list_page(
            LIST_BREAK_POLICY_BREAKS,
            _models.TimeTrackingTimeTrackingBreakV1,
            path={
                "policyId": policy_id,
            },
            query={
                "offset": offset,
                "limit": limit,
                "filter": filter,
            },
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def replace_breaks_for_break_policy(
        self,
        *,
        policy_id: _uuid.UUID,
        body: _models.TimeTrackingCreateOrUpdateTimeTrackingBreakWithoutPolicyCollectionV1
        | Sequence[
            _models.TimeTrackingCreateOrUpdateTimeTrackingBreakWithoutPolicyV1
            | _models.TimeTrackingCreateOrUpdateTimeTrackingBreakWithoutPolicyV1Dict
        ],
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[list[_models.TimeTrackingTimeTrackingBreakV1]]:
        """`PUT /api/v1/time-tracking/break-policies/{policyId}/breaks`, returning the HTTP response; `.parse()` reads its body."""
        return self._client.request(
            REPLACE_BREAKS_FOR_BREAK_POLICY,
            path={
                "policyId": policy_id,
            },
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def create_break(
        self,
        *,
        policy_id: _uuid.UUID,
        body: _models.TimeTrackingCreateTimeTrackingBreakV1
        | _models.TimeTrackingCreateTimeTrackingBreakV1Dict,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[_models.TimeTrackingTimeTrackingBreakV1]:
        """`POST /api/v1/time-tracking/break-policies/{policyId}/breaks`, returning the HTTP response; `.parse()` reads its body."""
        return self._client.request(
            CREATE_BREAK,
            path={
                "policyId": policy_id,
            },
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def get_break(
        self,
        *,
        id: _uuid.UUID,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[_models.TimeTrackingTimeTrackingBreakV1]:
        """`GET /api/v1/time-tracking/breaks/{id}`, returning the HTTP response; `.parse()` reads its body."""
        return self._client.request(
            GET_BREAK,
            path={
                "id": id,
            },
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def delete_break(
        self,
        *,
        id: _uuid.UUID,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[None]:
        """`DELETE /api/v1/time-tracking/breaks/{id}`, returning the HTTP response; `.parse()` reads its body."""
        return self._client.request(
            DELETE_BREAK,
            path={
                "id": id,
            },
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def update_break(
        self,
        *,
        id: _uuid.UUID,
        body: _models.TimeTrackingUpdateTimeTrackingBreakV1
        | _models.TimeTrackingUpdateTimeTrackingBreakV1Dict,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[_models.TimeTrackingTimeTrackingBreakV1]:
        """`PATCH /api/v1/time-tracking/breaks/{id}`, returning the HTTP response; `.parse()` reads its body."""
        return self._client.request(
            UPDATE_BREAK,
            path={
                "id": id,
            },
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class BreakAssessmentsResource:
    """Per-day break compliance results.

    Operations tagged 'Break Assessments'.
    """

    def __init__(self, client: _base.SyncAPIClient) -> None:
        self._client = client
        self.with_raw_response = BreakAssessmentsResourceWithRawResponse(client)

    def list_break_assessments(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        filter: str | None = None,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> _base.SyncPage[_models.TimeTrackingTimeTrackingBreakAssessmentV1]:
        """List Break Assessments

        Lists break assessments a page at a time. An assessment says whether an employee kept to the
        assigned break policy on a given day and lists any violations. The OData v4 filter can
        narrow the result by the fields named in the parameter's x-filter-fields.

        `GET /api/v1/time-tracking/break-assessments`

        Args:
            offset: Number of items to skip before the page starts. (`offset`)
            limit: Maximum number of items in the page, 0 to 500. (`limit`)
            filter: OData v4 filter expression. Filterable fields: id, breakId, employeeId,
                employeeTimesheetId, date, result, availableYmdt, unavailableYmdt, createdAt,
                updatedAt, expectedDuration, recordedDuration, durationDifference. (`filter`)
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = self.with_raw_response.list_break_assessments(
            offset=offset,
            limit=limit,
            filter=filter,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()

    def iter_list_break_assessments(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        filter: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Iterator[_models.TimeTrackingTimeTrackingBreakAssessmentV1]:
        """Every item of `list_break_assessments`, page after page, until the last page."""
        first = self.list_break_assessments(
            offset=offset,
            limit=limit,
            filter=filter,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        yield from first


class BreakAssessmentsResourceWithRawResponse:
    """The operations of `BreakAssessmentsResource`, each returning the HTTP response."""

    def __init__(self, client: _base.SyncAPIClient) -> None:
        self._client = client

    def list_break_assessments(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        filter: str | None = None,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[_base.SyncPage[_models.TimeTrackingTimeTrackingBreakAssessmentV1]]:
        """`GET /api/v1/time-tracking/break-assessments`, returning the HTTP response; `.parse()` reads its body."""
        return self._client.list_page(
            LIST_BREAK_ASSESSMENTS,
            _models.TimeTrackingTimeTrackingBreakAssessmentV1,
            query={
                "offset": offset,
                "limit": limit,
                "filter": filter,
            },
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class BreakAvailabilitiesResource:
    """Which breaks an employee may take at a given moment.

    Operations tagged 'Break Availabilities'.
    """

    def __init__(self, client: _base.SyncAPIClient) -> None:
        self._client = client
        self.with_raw_response = BreakAvailabilitiesResourceWithRawResponse(client)

    def list_employee_break_availabilities(
        self,
        *,
        employee_id: int,
        effective: str | None = None,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> _models.TimeTrackingTimeTrackingBreakAvailabilityCollectionV1:
        """List Employee Break Availabilities

        Lists, for one employee, each break with whether it can be taken at the given local moment
        (now by default). The caller needs permission to view the employee as well as break access.
        The answer is a bare array and is not paginated, so it has no x-pagination.

        `GET /api/v1/time-tracking/employees/{employeeId}/break-availabilities`

        Args:
            employee_id: The employee id; the vendor calls this path parameter id. (`employeeId`)
            effective: The employee's local time to compute availability for, as YYYY-MM-DDTHH:MM:SS
                with no timezone offset. Defaults to the current time. (`effective`)
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = self.with_raw_response.list_employee_break_availabilities(
            employee_id=employee_id,
            effective=effective,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()


class BreakAvailabilitiesResourceWithRawResponse:
    """The operations of `BreakAvailabilitiesResource`, each returning the HTTP response."""

    def __init__(self, client: _base.SyncAPIClient) -> None:
        self._client = client

    def list_employee_break_availabilities(
        self,
        *,
        employee_id: int,
        effective: str | None = None,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[_models.TimeTrackingTimeTrackingBreakAvailabilityCollectionV1]:
        """`GET /api/v1/time-tracking/employees/{employeeId}/break-availabilities`, returning the HTTP response; `.parse()` reads its body."""
        return self._client.request(
            LIST_EMPLOYEE_BREAK_AVAILABILITIES,
            path={
                "employeeId": employee_id,
            },
            query={
                "effective": effective,
            },
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncHourRecordsResource:
    """Legacy Hours API; approved hours keyed by a caller-chosen timeTrackingId.

    Operations tagged 'Hour Records'.
    """

    def __init__(self, client: _base.AsyncAPIClient) -> None:
        self._client = client
        self.with_raw_response = AsyncHourRecordsResourceWithRawResponse(client)

    async def create_or_update_time_tracking_hour_records(
        self,
        *,
        body: _models.TimeTrackingRecordBulk
        | Sequence[_models.TimeTrackingRecord | _models.TimeTrackingRecordDict],
        raise_on_partial_failure: bool = False,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> _partial.PartialResult[_models.TimeTrackingBulkResponseSchema]:
        """Create or Update Hour Records

        Adds or edits many hour records in one call: a timeTrackingId the company has not used yet
        creates a record, a known one updates it. The call answers 201 even when some items fail
        validation, so each result's success flag and response.message must be checked. The 201 body
        is modelled as an array with one result per request item, because the status text promises
        per-item results while the vendor's schema shows a single object. A body that is not an
        array of records is answered 400.

        `POST /api/v1/timetracking/record`

        Args:
            body: the request body
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = await self.with_raw_response.create_or_update_time_tracking_hour_records(
            body=body,
            raise_on_partial_failure=raise_on_partial_failure,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()

    async def create_time_tracking_hour_record(
        self,
        *,
        body: _models.TimeTrackingRecord | _models.TimeTrackingRecordDict,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> _models.TimeTrackingIdResponseSchema:
        """Create Hour Record

        Adds one hour record. The caller picks the timeTrackingId (up to 36 characters, such as a
        UUID) and needs it later to read, adjust or delete the record. For bulk imports use
        createOrUpdateTimeTrackingHourRecords.

        `POST /api/v1/timetracking/add`

        Args:
            body: the request body
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = await self.with_raw_response.create_time_tracking_hour_record(
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()

    async def delete_time_tracking_hour_record(
        self,
        *,
        id: str,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> _models.TimeTrackingDeleteResponseSchema:
        """Delete Hour Record

        Deletes an hour record, with every stored revision of it, by its timeTrackingId. For
        backward compatibility an unknown or invalid id is answered with 400, not 404; the
        x-not-found matcher turns a 400 whose detail says "not found" into a not-found error.

        `DELETE /api/v1/timetracking/delete/{id}`

        Args:
            id: The timeTrackingId the record was created with (up to 36 characters, e.g. a UUID).
                (`id`)
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = await self.with_raw_response.delete_time_tracking_hour_record(
            id=id,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()

    async def get_time_tracking_record(
        self,
        *,
        id: str,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> _models.TimeTrackingRecordSchema:
        """Get Time Tracking Record

        Reads one hour record with its hours, date, employee, project, task and shift differential
        details; project and shiftDifferential are null when they do not apply. For historical
        reasons a missing record may come back as an empty or null payload instead of an error, so
        both that and a 400 mentioning "not found" count as not-found. Ids and decimals come back as
        strings, unlike the request model.

        `GET /api/v1/timetracking/record/{id}`

        Args:
            id: The timeTrackingId used when the record was created (up to 36 characters). (`id`)
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = await self.with_raw_response.get_time_tracking_record(
            id=id,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()

    async def update_time_tracking_record(
        self,
        *,
        body: _models.AdjustTimeTrackingRequestSchema | _models.AdjustTimeTrackingRequestSchemaDict,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> _models.TimeTrackingIdResponseSchema:
        """Update Hour Record

        Edits an existing hour record named by the timeTrackingId in the body (there is no path id).
        hoursWorked is the new total, not a difference. Success is 201, not 200, as documented.

        `PUT /api/v1/timetracking/adjust`

        Args:
            body: the request body
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = await self.with_raw_response.update_time_tracking_record(
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()


class AsyncHourRecordsResourceWithRawResponse:
    """The operations of `AsyncHourRecordsResource`, each returning the HTTP response."""

    def __init__(self, client: _base.AsyncAPIClient) -> None:
        self._client = client

    async def create_or_update_time_tracking_hour_records(
        self,
        *,
        body: _models.TimeTrackingRecordBulk
        | Sequence[_models.TimeTrackingRecord | _models.TimeTrackingRecordDict],
        raise_on_partial_failure: bool = False,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[_partial.PartialResult[_models.TimeTrackingBulkResponseSchema]]:
        """`POST /api/v1/timetracking/record`, returning the HTTP response; `.parse()` reads its body."""
        return await self._client.request(
            CREATE_OR_UPDATE_TIME_TRACKING_HOUR_RECORDS,
            body=body,
            raise_on_partial_failure=raise_on_partial_failure,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def create_time_tracking_hour_record(
        self,
        *,
        body: _models.TimeTrackingRecord | _models.TimeTrackingRecordDict,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[_models.TimeTrackingIdResponseSchema]:
        """`POST /api/v1/timetracking/add`, returning the HTTP response; `.parse()` reads its body."""
        return await self._client.request(
            CREATE_TIME_TRACKING_HOUR_RECORD,
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def delete_time_tracking_hour_record(
        self,
        *,
        id: str,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[_models.TimeTrackingDeleteResponseSchema]:
        """`DELETE /api/v1/timetracking/delete/{id}`, returning the HTTP response; `.parse()` reads its body."""
        return await self._client.request(
            DELETE_TIME_TRACKING_HOUR_RECORD,
            path={
                "id": id,
            },
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def get_time_tracking_record(
        self,
        *,
        id: str,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[_models.TimeTrackingRecordSchema]:
        """`GET /api/v1/timetracking/record/{id}`, returning the HTTP response; `.parse()` reads its body."""
        return await self._client.request(
            HOUR_RECORDS_GET_TIME_TRACKING_RECORD,
            path={
                "id": id,
            },
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def update_time_tracking_record(
        self,
        *,
        body: _models.AdjustTimeTrackingRequestSchema | _models.AdjustTimeTrackingRequestSchemaDict,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[_models.TimeTrackingIdResponseSchema]:
        """`PUT /api/v1/timetracking/adjust`, returning the HTTP response; `.parse()` reads its body."""
        return await self._client.request(
            HOUR_RECORDS_UPDATE_TIME_TRACKING_RECORD,
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncClockEntriesResource:
    """Timesheet clock entries, clock-in and clock-out.

    Operations tagged 'Clock Entries'.
    """

    def __init__(self, client: _base.AsyncAPIClient) -> None:
        self._client = client
        self.with_raw_response = AsyncClockEntriesResourceWithRawResponse(client)

    async def create_or_update_timesheet_clock_entries(
        self,
        *,
        body: _models.ClockEntriesSchema | _models.ClockEntriesSchemaDict,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> _models.TimesheetEntryInfoCollectionApiTransformer:
        """Create or Update Timesheet Clock Entries

        Creates or updates timesheet clock entries in bulk: an entry that carries an id updates that
        entry, one without an id creates a new one. The whole request fails with a 4xx rather than
        per item.

        `POST /api/v1/time_tracking/clock_entries/store`

        Args:
            body: the request body
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = await self.with_raw_response.create_or_update_timesheet_clock_entries(
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()

    async def create_timesheet_clock_in_entry(
        self,
        *,
        employee_id: int,
        body: _models.ClockInRequestSchema | _models.ClockInRequestSchemaDict | None = None,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> _models.TimesheetEntryInfoApiTransformer:
        """Create Timesheet Clock-In Entry

        Clocks an employee in at the current server time. A historical clock-in sends date, start
        (24-hour HH:MM) and timezone. projectId, taskId (which needs projectId), breakId and note
        are optional. Clocking in an employee who is already clocked in answers 409. Success is 200,
        not 201, as documented.

        `POST /api/v1/time_tracking/employees/{employeeId}/clock_in`

        Args:
            employee_id: Id of the employee to clock in. (`employeeId`)
            body: the request body
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = await self.with_raw_response.create_timesheet_clock_in_entry(
            employee_id=employee_id,
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()

    async def create_timesheet_clock_out_entry(
        self,
        *,
        employee_id: int,
        body: _models.ClockOutRequestSchema | _models.ClockOutRequestSchemaDict | None = None,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> _models.TimesheetEntryInfoApiTransformer:
        """Create Timesheet Clock-Out Entry

        Clocks out an employee who is clocked in, at the current server time. A historical clock-out
        sends date, end (24-hour HH:MM) and timezone. Clocking out an employee who is not clocked in
        answers 409. Success is 200.

        `POST /api/v1/time_tracking/employees/{employeeId}/clock_out`

        Args:
            employee_id: Id of the employee to clock out. (`employeeId`)
            body: the request body
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = await self.with_raw_response.create_timesheet_clock_out_entry(
            employee_id=employee_id,
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()

    async def delete_timesheet_clock_entries_via_post(
        self,
        *,
        body: _models.ClockEntryIdsSchema | _models.ClockEntryIdsSchemaDict,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Delete Timesheet Clock Entries

        Deletes one or more clock entries by id, through a POST. Deleting is idempotent: entries
        that are already gone need no retry. An entry that is still clocked in cannot be deleted
        (409); clock it out first. A timesheet that is already approved answers 403.

        `POST /api/v1/time_tracking/clock_entries/delete`

        Args:
            body: the request body
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = await self.with_raw_response.delete_timesheet_clock_entries_via_post(
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()


class AsyncClockEntriesResourceWithRawResponse:
    """The operations of `AsyncClockEntriesResource`, each returning the HTTP response."""

    def __init__(self, client: _base.AsyncAPIClient) -> None:
        self._client = client

    async def create_or_update_timesheet_clock_entries(
        self,
        *,
        body: _models.ClockEntriesSchema | _models.ClockEntriesSchemaDict,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[_models.TimesheetEntryInfoCollectionApiTransformer]:
        """`POST /api/v1/time_tracking/clock_entries/store`, returning the HTTP response; `.parse()` reads its body."""
        return await self._client.request(
            CREATE_OR_UPDATE_TIMESHEET_CLOCK_ENTRIES,
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def create_timesheet_clock_in_entry(
        self,
        *,
        employee_id: int,
        body: _models.ClockInRequestSchema | _models.ClockInRequestSchemaDict | None = None,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[_models.TimesheetEntryInfoApiTransformer]:
        """`POST /api/v1/time_tracking/employees/{employeeId}/clock_in`, returning the HTTP response; `.parse()` reads its body."""
        return await self._client.request(
            CLOCK_ENTRIES_CREATE_TIMESHEET_CLOCK_IN_ENTRY,
            path={
                "employeeId": employee_id,
            },
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def create_timesheet_clock_out_entry(
        self,
        *,
        employee_id: int,
        body: _models.ClockOutRequestSchema | _models.ClockOutRequestSchemaDict | None = None,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[_models.TimesheetEntryInfoApiTransformer]:
        """`POST /api/v1/time_tracking/employees/{employeeId}/clock_out`, returning the HTTP response; `.parse()` reads its body."""
        return await self._client.request(
            CLOCK_ENTRIES_CREATE_TIMESHEET_CLOCK_OUT_ENTRY,
            path={
                "employeeId": employee_id,
            },
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def delete_timesheet_clock_entries_via_post(
        self,
        *,
        body: _models.ClockEntryIdsSchema | _models.ClockEntryIdsSchemaDict,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[None]:
        """`POST /api/v1/time_tracking/clock_entries/delete`, returning the HTTP response; `.parse()` reads its body."""
        return await self._client.request(
            DELETE_TIMESHEET_CLOCK_ENTRIES_VIA_POST,
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncHourEntriesResource:
    """Timesheet hour entries.

    Operations tagged 'Hour Entries'.
    """

    def __init__(self, client: _base.AsyncAPIClient) -> None:
        self._client = client
        self.with_raw_response = AsyncHourEntriesResourceWithRawResponse(client)

    async def create_or_update_timesheet_hour_entries(
        self,
        *,
        body: _models.HourEntriesRequestSchema | _models.HourEntriesRequestSchemaDict,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> _models.TimesheetEntryInfoCollectionApiTransformer:
        """Create or Update Timesheet Hour Entries

        Creates or updates timesheet hour entries in bulk: an entry with an id updates it, one
        without creates a new one. The vendor marks no entry field as required (unlike clock
        entries), so this spec requires none either.

        `POST /api/v1/time_tracking/hour_entries/store`

        Args:
            body: the request body
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = await self.with_raw_response.create_or_update_timesheet_hour_entries(
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()

    async def delete_timesheet_hour_entries_via_post(
        self,
        *,
        body: _models.HourEntryIdsSchema | _models.HourEntryIdsSchemaDict,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Delete Timesheet Hour Entries

        Deletes one or more hour entries by id, through a POST. The vendor calls it idempotent yet
        also documents 404 for a missing entry; both are kept.

        `POST /api/v1/time_tracking/hour_entries/delete`

        Args:
            body: the request body
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = await self.with_raw_response.delete_timesheet_hour_entries_via_post(
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()


class AsyncHourEntriesResourceWithRawResponse:
    """The operations of `AsyncHourEntriesResource`, each returning the HTTP response."""

    def __init__(self, client: _base.AsyncAPIClient) -> None:
        self._client = client

    async def create_or_update_timesheet_hour_entries(
        self,
        *,
        body: _models.HourEntriesRequestSchema | _models.HourEntriesRequestSchemaDict,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[_models.TimesheetEntryInfoCollectionApiTransformer]:
        """`POST /api/v1/time_tracking/hour_entries/store`, returning the HTTP response; `.parse()` reads its body."""
        return await self._client.request(
            CREATE_OR_UPDATE_TIMESHEET_HOUR_ENTRIES,
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def delete_timesheet_hour_entries_via_post(
        self,
        *,
        body: _models.HourEntryIdsSchema | _models.HourEntryIdsSchemaDict,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[None]:
        """`POST /api/v1/time_tracking/hour_entries/delete`, returning the HTTP response; `.parse()` reads its body."""
        return await self._client.request(
            DELETE_TIMESHEET_HOUR_ENTRIES_VIA_POST,
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncProjectsResource:
    """Time tracking projects and their tasks.

    Operations tagged 'Projects'.
    """

    def __init__(self, client: _base.AsyncAPIClient) -> None:
        self._client = client
        self.with_raw_response = AsyncProjectsResourceWithRawResponse(client)

    async def create_time_tracking_project(
        self,
        *,
        body: _models.ProjectCreateRequestSchema | _models.ProjectCreateRequestSchemaDict,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> _models.TimeTrackingProjectWithTasksAndEmployeeIds:
        """Create Time Tracking Project

        Creates a project and, optionally, its tasks. Unless told otherwise every employee may log
        time to it, it is billable and it has no tasks; hasTasks true needs at least one task.
        Project and task names must be unique and at most 50 characters. The response lists
        employeeIds only when allowAllEmployees is false.

        `POST /api/v1/time_tracking/projects`

        Args:
            body: the request body
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = await self.with_raw_response.create_time_tracking_project(
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()


class AsyncProjectsResourceWithRawResponse:
    """The operations of `AsyncProjectsResource`, each returning the HTTP response."""

    def __init__(self, client: _base.AsyncAPIClient) -> None:
        self._client = client

    async def create_time_tracking_project(
        self,
        *,
        body: _models.ProjectCreateRequestSchema | _models.ProjectCreateRequestSchemaDict,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[_models.TimeTrackingProjectWithTasksAndEmployeeIds]:
        """`POST /api/v1/time_tracking/projects`, returning the HTTP response; `.parse()` reads its body."""
        return await self._client.request(
            CREATE_TIME_TRACKING_PROJECT,
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncTimesheetEntriesResource:
    """Read-only listing of clock and hour entries over a date range.

    Operations tagged 'Timesheet Entries'.
    """

    def __init__(self, client: _base.AsyncAPIClient) -> None:
        self._client = client
        self.with_raw_response = AsyncTimesheetEntriesResourceWithRawResponse(client)

    async def list_timesheet_entries(
        self,
        *,
        start: _dt.date,
        end: _dt.date,
        employee_ids: str | None = None,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> _base.AsyncPage[_models.EmployeeTimesheetEntryTransformer]:
        """List Timesheet Entries

        Lists clock and hour entries of all accessible employees, or of the given employeeIds,
        between start and end inclusive. Both dates are read in the company timezone, must lie
        within the last 365 days and may span at most 365 days. The body is one flat array, although
        the status text speaks of entries "grouped by employee".

        `GET /api/v1/time_tracking/timesheet_entries`

        Args:
            start: YYYY-MM-DD; only entries on or after this day. Must be within the last 365 days.
                (`start`)
            end: YYYY-MM-DD; only entries on or before this day. Must be within the last 365 days.
                (`end`)
            employee_ids: Comma-separated employee ids; only their entries are returned. Leave out
                to get the entries of every employee the caller can access. (`employeeIds`)
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = await self.with_raw_response.list_timesheet_entries(
            start=start,
            end=end,
            employee_ids=employee_ids,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()

    async def iter_list_timesheet_entries(
        self,
        *,
        start: _dt.date,
        end: _dt.date,
        employee_ids: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AsyncIterator[_models.EmployeeTimesheetEntryTransformer]:
        """Every item of `list_timesheet_entries`, page after page, until the last page."""
        first = await self.list_timesheet_entries(
            start=start,
            end=end,
            employee_ids=employee_ids,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        async for item in first:
            yield item


class AsyncTimesheetEntriesResourceWithRawResponse:
    """The operations of `AsyncTimesheetEntriesResource`, each returning the HTTP response."""

    def __init__(self, client: _base.AsyncAPIClient) -> None:
        self._client = client

    async def list_timesheet_entries(
        self,
        *,
        start: _dt.date,
        end: _dt.date,
        employee_ids: str | None = None,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[_base.AsyncPage[_models.EmployeeTimesheetEntryTransformer]]:
        """`GET /api/v1/time_tracking/timesheet_entries`, returning the HTTP response; `.parse()` reads its body."""
        return await self._client.list_page(
            LIST_TIMESHEET_ENTRIES,
            _models.EmployeeTimesheetEntryTransformer,
            query={
                "start": start,
                "end": end,
                "employeeIds": employee_ids,
            },
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncBreakPoliciesResource:
    """Break policies and their employee assignments.

    Operations tagged 'Break Policies'.
    """

    def __init__(self, client: _base.AsyncAPIClient) -> None:
        self._client = client
        self.with_raw_response = AsyncBreakPoliciesResourceWithRawResponse(client)

    async def list_break_policies(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        filter: str | None = None,
        include_counts: bool | None = None,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> _base.AsyncPage[_models.TimeTrackingTimeTrackingBreakPolicyV1]:
        """List Break Policies

        Lists break policies a page at a time (offset and limit), optionally narrowed by an OData v4
        filter. includeCounts asks for employee and break counts per policy; their field names are
        not documented, so they arrive as extra properties.

        `GET /api/v1/time-tracking/break-policies`

        Args:
            offset: Number of items to skip before the page starts. (`offset`)
            limit: Maximum number of items in the page, 0 to 500. (`limit`)
            filter: OData v4 filter expression. The documents do not list which break policy fields
                may be filtered on. (`filter`)
            include_counts: Also return employee and break counts for each policy. (`includeCounts`)
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = await self.with_raw_response.list_break_policies(
            offset=offset,
            limit=limit,
            filter=filter,
            include_counts=include_counts,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()

    async def iter_list_break_policies(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        filter: str | None = None,
        include_counts: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AsyncIterator[_models.TimeTrackingTimeTrackingBreakPolicyV1]:
        """Every item of `list_break_policies`, page after page, until the last page."""
        first = await self.list_break_policies(
            offset=offset,
            limit=limit,
            filter=filter,
            include_counts=include_counts,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        async for item in first:
            yield item

    async def create_break_policy(
        self,
        *,
        body: _models.TimeTrackingCreateTimeTrackingBreakPolicyV1
        | _models.TimeTrackingCreateTimeTrackingBreakPolicyV1Dict,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> _models.TimeTrackingTimeTrackingBreakPolicyWithRelationsV1:
        """Create Break Policy

        Creates a break policy; its breaks and employee assignments may be created in the same call.
        The answer is the policy with its breaks and assigned employee ids.

        `POST /api/v1/time-tracking/break-policies`

        Args:
            body: the request body
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = await self.with_raw_response.create_break_policy(
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()

    async def get_break_policy(
        self,
        *,
        id: _uuid.UUID,
        include_counts: bool | None = None,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> _models.TimeTrackingTimeTrackingBreakPolicyV1:
        """Get Break Policy

        Reads one break policy by its UUID. includeCounts asks for the number of assigned employees
        and breaks; their field names are not documented, so they arrive as extra properties.

        `GET /api/v1/time-tracking/break-policies/{id}`

        Args:
            id: The break policy id (UUID). (`id`)
            include_counts: Also return employee and break counts. (`includeCounts`)
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = await self.with_raw_response.get_break_policy(
            id=id,
            include_counts=include_counts,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()

    async def delete_break_policy(
        self,
        *,
        id: _uuid.UUID,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Delete Break Policy

        Deletes a break policy by its UUID, together with its breaks and employee assignments.

        `DELETE /api/v1/time-tracking/break-policies/{id}`

        Args:
            id: The break policy id (UUID). (`id`)
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = await self.with_raw_response.delete_break_policy(
            id=id,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()

    async def update_break_policy(
        self,
        *,
        id: _uuid.UUID,
        body: _models.TimeTrackingUpdateTimeTrackingBreakPolicyV1
        | _models.TimeTrackingUpdateTimeTrackingBreakPolicyV1Dict,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> _models.TimeTrackingTimeTrackingBreakPolicyV1:
        """Update Break Policy

        Partly updates a break policy: only the fields sent change. Breaks and assignments are not
        touched here (see syncBreakPolicy). Answers with the updated policy.

        `PATCH /api/v1/time-tracking/break-policies/{id}`

        Args:
            id: The break policy id (UUID). (`id`)
            body: the request body
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = await self.with_raw_response.update_break_policy(
            id=id,
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()

    async def set_break_policy_employees(
        self,
        *,
        policy_id: _uuid.UUID,
        body: _models.SetBreakPolicyEmployeesRequest | _models.SetBreakPolicyEmployeesRequestDict,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Set Employees for Break Policy

        Replaces every employee assignment of a break policy with the given list; an empty list
        removes them all. The same path under POST adds employees instead.

        `PUT /api/v1/time-tracking/break-policies/{policyId}/assign`

        Args:
            policy_id: The break policy id (UUID); the vendor calls this path parameter id.
                (`policyId`)
            body: the request body
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = await self.with_raw_response.set_break_policy_employees(
            policy_id=policy_id,
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()

    async def assign_employees_to_break_policy(
        self,
        *,
        policy_id: _uuid.UUID,
        body: _models.AssignEmployeesToBreakPolicyRequest
        | _models.AssignEmployeesToBreakPolicyRequestDict,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Assign Employees to Break Policy

        Adds employees to a break policy; existing assignments stay.

        `POST /api/v1/time-tracking/break-policies/{policyId}/assign`

        Args:
            policy_id: The break policy id (UUID); the vendor calls this path parameter id.
                (`policyId`)
            body: the request body
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = await self.with_raw_response.assign_employees_to_break_policy(
            policy_id=policy_id,
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()

    async def unassign_employees_from_break_policy(
        self,
        *,
        policy_id: _uuid.UUID,
        body: _models.UnassignEmployeesFromBreakPolicyRequest
        | _models.UnassignEmployeesFromBreakPolicyRequestDict,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Unassign Employees from Break Policy

        Removes the given employees from a break policy, leaving the policy and its other
        assignments alone. Only possible for a policy that is not assigned to all employees
        (otherwise 400).

        `POST /api/v1/time-tracking/break-policies/{policyId}/unassign`

        Args:
            policy_id: The break policy id (UUID); the vendor calls this path parameter id.
                (`policyId`)
            body: the request body
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = await self.with_raw_response.unassign_employees_from_break_policy(
            policy_id=policy_id,
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()

    async def sync_break_policy(
        self,
        *,
        id: _uuid.UUID,
        body: _models.TimeTrackingSyncTimeTrackingBreakPolicyV1
        | _models.TimeTrackingSyncTimeTrackingBreakPolicyV1Dict,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> _models.TimeTrackingTimeTrackingBreakPolicyWithRelationsV1:
        """Sync Break Policy

        Replaces a break policy's whole state (fields, breaks and employee assignments) with the
        body; breaks and assignments left out are removed. No body field is required, as the vendor
        documents. Answers with the policy and its relations.

        `PUT /api/v1/time-tracking/break-policies/{id}/sync`

        Args:
            id: The break policy id (UUID). (`id`)
            body: the request body
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = await self.with_raw_response.sync_break_policy(
            id=id,
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()

    async def list_break_policy_employees(
        self,
        *,
        policy_id: _uuid.UUID,
        offset: int | None = None,
        limit: int | None = None,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> _base.AsyncPage[_models.TimeTrackingBreakPolicyEmployeeV1]:
        """List Break Policy Employees

        Lists the employees assigned to a break policy, a page at a time. A policy without
        assignments gives 200 with an empty data array. No filter parameter is documented here.

        `GET /api/v1/time-tracking/break-policies/{policyId}/employees`

        Args:
            policy_id: The break policy id (UUID); the vendor calls this path parameter id.
                (`policyId`)
            offset: Number of items to skip before the page starts. (`offset`)
            limit: Maximum number of items in the page, 0 to 500. (`limit`)
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = await self.with_raw_response.list_break_policy_employees(
            policy_id=policy_id,
            offset=offset,
            limit=limit,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()

    async def iter_list_break_policy_employees(
        self,
        *,
        policy_id: _uuid.UUID,
        offset: int | None = None,
        limit: int | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AsyncIterator[_models.TimeTrackingBreakPolicyEmployeeV1]:
        """Every item of `list_break_policy_employees`, page after page, until the last page."""
        first = await self.list_break_policy_employees(
            policy_id=policy_id,
            offset=offset,
            limit=limit,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        async for item in first:
            yield item

    async def list_employee_break_policies(
        self,
        *,
        employee_id: int,
        offset: int | None = None,
        limit: int | None = None,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> _base.AsyncPage[_models.TimeTrackingTimeTrackingBreakPolicyV1]:
        """List Employee Break Policies

        Lists the break policies assigned to one employee, a page at a time. The caller needs
        permission to view that employee.

        `GET /api/v1/time-tracking/employees/{employeeId}/break-policies`

        Args:
            employee_id: The employee id; the vendor calls this path parameter id. (`employeeId`)
            offset: Number of items to skip before the page starts (minimum 0). (`offset`)
            limit: Maximum number of items in the page, 0 to 500. (`limit`)
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = await self.with_raw_response.list_employee_break_policies(
            employee_id=employee_id,
            offset=offset,
            limit=limit,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()

    async def iter_list_employee_break_policies(
        self,
        *,
        employee_id: int,
        offset: int | None = None,
        limit: int | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AsyncIterator[_models.TimeTrackingTimeTrackingBreakPolicyV1]:
        """Every item of `list_employee_break_policies`, page after page, until the last page."""
        first = await self.list_employee_break_policies(
            employee_id=employee_id,
            offset=offset,
            limit=limit,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        async for item in first:
            yield item


class AsyncBreakPoliciesResourceWithRawResponse:
    """The operations of `AsyncBreakPoliciesResource`, each returning the HTTP response."""

    def __init__(self, client: _base.AsyncAPIClient) -> None:
        self._client = client

    async def list_break_policies(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        filter: str | None = None,
        include_counts: bool | None = None,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[_base.AsyncPage[_models.TimeTrackingTimeTrackingBreakPolicyV1]]:
        """`GET /api/v1/time-tracking/break-policies`, returning the HTTP response; `.parse()` reads its body."""
        return await self._client.list_page(
            LIST_BREAK_POLICIES,
            _models.TimeTrackingTimeTrackingBreakPolicyV1,
            query={
                "offset": offset,
                "limit": limit,
                "filter": filter,
                "includeCounts": include_counts,
            },
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def create_break_policy(
        self,
        *,
        body: _models.TimeTrackingCreateTimeTrackingBreakPolicyV1
        | _models.TimeTrackingCreateTimeTrackingBreakPolicyV1Dict,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[_models.TimeTrackingTimeTrackingBreakPolicyWithRelationsV1]:
        """`POST /api/v1/time-tracking/break-policies`, returning the HTTP response; `.parse()` reads its body."""
        return await self._client.request(
            CREATE_BREAK_POLICY,
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def get_break_policy(
        self,
        *,
        id: _uuid.UUID,
        include_counts: bool | None = None,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[_models.TimeTrackingTimeTrackingBreakPolicyV1]:
        """`GET /api/v1/time-tracking/break-policies/{id}`, returning the HTTP response; `.parse()` reads its body."""
        return await self._client.request(
            GET_BREAK_POLICY,
            path={
                "id": id,
            },
            query={
                "includeCounts": include_counts,
            },
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def delete_break_policy(
        self,
        *,
        id: _uuid.UUID,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[None]:
        """`DELETE /api/v1/time-tracking/break-policies/{id}`, returning the HTTP response; `.parse()` reads its body."""
        return await self._client.request(
            DELETE_BREAK_POLICY,
            path={
                "id": id,
            },
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def update_break_policy(
        self,
        *,
        id: _uuid.UUID,
        body: _models.TimeTrackingUpdateTimeTrackingBreakPolicyV1
        | _models.TimeTrackingUpdateTimeTrackingBreakPolicyV1Dict,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[_models.TimeTrackingTimeTrackingBreakPolicyV1]:
        """`PATCH /api/v1/time-tracking/break-policies/{id}`, returning the HTTP response; `.parse()` reads its body."""
        return await self._client.request(
            UPDATE_BREAK_POLICY,
            path={
                "id": id,
            },
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def set_break_policy_employees(
        self,
        *,
        policy_id: _uuid.UUID,
        body: _models.SetBreakPolicyEmployeesRequest | _models.SetBreakPolicyEmployeesRequestDict,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[None]:
        """`PUT /api/v1/time-tracking/break-policies/{policyId}/assign`, returning the HTTP response; `.parse()` reads its body."""
        return await self._client.request(
            SET_BREAK_POLICY_EMPLOYEES,
            path={
                "policyId": policy_id,
            },
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def assign_employees_to_break_policy(
        self,
        *,
        policy_id: _uuid.UUID,
        body: _models.AssignEmployeesToBreakPolicyRequest
        | _models.AssignEmployeesToBreakPolicyRequestDict,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[None]:
        """`POST /api/v1/time-tracking/break-policies/{policyId}/assign`, returning the HTTP response; `.parse()` reads its body."""
        return await self._client.request(
            ASSIGN_EMPLOYEES_TO_BREAK_POLICY,
            path={
                "policyId": policy_id,
            },
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def unassign_employees_from_break_policy(
        self,
        *,
        policy_id: _uuid.UUID,
        body: _models.UnassignEmployeesFromBreakPolicyRequest
        | _models.UnassignEmployeesFromBreakPolicyRequestDict,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[None]:
        """`POST /api/v1/time-tracking/break-policies/{policyId}/unassign`, returning the HTTP response; `.parse()` reads its body."""
        return await self._client.request(
            UNASSIGN_EMPLOYEES_FROM_BREAK_POLICY,
            path={
                "policyId": policy_id,
            },
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def sync_break_policy(
        self,
        *,
        id: _uuid.UUID,
        body: _models.TimeTrackingSyncTimeTrackingBreakPolicyV1
        | _models.TimeTrackingSyncTimeTrackingBreakPolicyV1Dict,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[_models.TimeTrackingTimeTrackingBreakPolicyWithRelationsV1]:
        """`PUT /api/v1/time-tracking/break-policies/{id}/sync`, returning the HTTP response; `.parse()` reads its body."""
        return await self._client.request(
            SYNC_BREAK_POLICY,
            path={
                "id": id,
            },
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def list_break_policy_employees(
        self,
        *,
        policy_id: _uuid.UUID,
        offset: int | None = None,
        limit: int | None = None,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[_base.AsyncPage[_models.TimeTrackingBreakPolicyEmployeeV1]]:
        """`GET /api/v1/time-tracking/break-policies/{policyId}/employees`, returning the HTTP response; `.parse()` reads its body."""
        return await self._client.list_page(
            LIST_BREAK_POLICY_EMPLOYEES,
            _models.TimeTrackingBreakPolicyEmployeeV1,
            path={
                "policyId": policy_id,
            },
            query={
                "offset": offset,
                "limit": limit,
            },
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def list_employee_break_policies(
        self,
        *,
        employee_id: int,
        offset: int | None = None,
        limit: int | None = None,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[_base.AsyncPage[_models.TimeTrackingTimeTrackingBreakPolicyV1]]:
        """`GET /api/v1/time-tracking/employees/{employeeId}/break-policies`, returning the HTTP response; `.parse()` reads its body."""
        return await self._client.list_page(
            LIST_EMPLOYEE_BREAK_POLICIES,
            _models.TimeTrackingTimeTrackingBreakPolicyV1,
            path={
                "employeeId": employee_id,
            },
            query={
                "offset": offset,
                "limit": limit,
            },
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncBreaksResource:
    """Breaks that belong to a break policy.

    Operations tagged 'Breaks'.
    """

    def __init__(self, client: _base.AsyncAPIClient) -> None:
        self._client = client
        self.with_raw_response = AsyncBreaksResourceWithRawResponse(client)

    async def list_break_policy_breaks(
        self,
        *,
        policy_id: _uuid.UUID,
        offset: int | None = None,
        limit: int | None = None,
        filter: str | None = None,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> _base.AsyncPage[_models.TimeTrackingTimeTrackingBreakV1]:
        """List Breaks for Break Policy

        Lists the breaks of one break policy a page at a time, optionally narrowed by an OData v4
        filter. No 404 is documented for an unknown policy.

        `GET /api/v1/time-tracking/break-policies/{policyId}/breaks`

        Args:
            policy_id: The break policy id (UUID); the vendor calls this path parameter id.
                (`policyId`)
            offset: Number of items to skip before the page starts. (`offset`)
            limit: Maximum number of items in the page, 0 to 500. (`limit`)
            filter: OData v4 filter expression. The documents do not list which break fields may be
                filtered on. (`filter`)
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = await self.with_raw_response.list_break_policy_breaks(
            policy_id=policy_id,
            offset=offset,
            limit=limit,
            filter=filter,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()

    async def iter_list_break_policy_breaks(
        self,
        *,
        policy_id: _uuid.UUID,
        offset: int | None = None,
        limit: int | None = None,
        filter: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AsyncIterator[_models.TimeTrackingTimeTrackingBreakV1]:
        """Every item of `list_break_policy_breaks`, page after page, until the last page."""
        first = await self.list_break_policy_breaks(
            policy_id=policy_id,
            offset=offset,
            limit=limit,
            filter=filter,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        async for item in first:
            yield item

    async def replace_breaks_for_break_policy(
        self,
        *,
        policy_id: _uuid.UUID,
        body: _models.TimeTrackingCreateOrUpdateTimeTrackingBreakWithoutPolicyCollectionV1
        | Sequence[
            _models.TimeTrackingCreateOrUpdateTimeTrackingBreakWithoutPolicyV1
            | _models.TimeTrackingCreateOrUpdateTimeTrackingBreakWithoutPolicyV1Dict
        ],
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> list[_models.TimeTrackingTimeTrackingBreakV1]:
        """Replace Breaks for Break Policy

        Replaces the whole break list of a policy: a break with an id is updated, one without is
        created, and existing breaks missing from the list are soft-deleted. Answers with the
        resulting breaks.

        `PUT /api/v1/time-tracking/break-policies/{policyId}/breaks`

        Args:
            policy_id: The break policy id (UUID); the vendor calls this path parameter id.
                (`policyId`)
            body: the request body
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = await self.with_raw_response.replace_breaks_for_break_policy(
            policy_id=policy_id,
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()

    async def create_break(
        self,
        *,
        policy_id: _uuid.UUID,
        body: _models.TimeTrackingCreateTimeTrackingBreakV1
        | _models.TimeTrackingCreateTimeTrackingBreakV1Dict,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> _models.TimeTrackingTimeTrackingBreakV1:
        """Create Break

        Creates a break in the break policy named by the path. The body may repeat the policy as
        policyId; the path id is the one that counts. The vendor marks no body field as required.

        `POST /api/v1/time-tracking/break-policies/{policyId}/breaks`

        Args:
            policy_id: The break policy id (UUID); the vendor calls this path parameter id.
                (`policyId`)
            body: the request body
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = await self.with_raw_response.create_break(
            policy_id=policy_id,
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()

    async def get_break(
        self,
        *,
        id: _uuid.UUID,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> _models.TimeTrackingTimeTrackingBreakV1:
        """Get Break

        Reads one break by its UUID, with its name, duration, paid flag and availability settings.

        `GET /api/v1/time-tracking/breaks/{id}`

        Args:
            id: The break id (UUID). (`id`)
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = await self.with_raw_response.get_break(
            id=id,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()

    async def delete_break(
        self,
        *,
        id: _uuid.UUID,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Delete Break

        Soft-deletes a break by its UUID and detaches it from every break policy.

        `DELETE /api/v1/time-tracking/breaks/{id}`

        Args:
            id: The break id (UUID). (`id`)
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = await self.with_raw_response.delete_break(
            id=id,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()

    async def update_break(
        self,
        *,
        id: _uuid.UUID,
        body: _models.TimeTrackingUpdateTimeTrackingBreakV1
        | _models.TimeTrackingUpdateTimeTrackingBreakV1Dict,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> _models.TimeTrackingTimeTrackingBreakV1:
        """Update Break

        Partly updates a break: only the fields sent change, and policyId moves the break to another
        policy. Answers with the updated break. An unknown break is answered 404.

        `PATCH /api/v1/time-tracking/breaks/{id}`

        Args:
            id: The break id (UUID). (`id`)
            body: the request body
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = await self.with_raw_response.update_break(
            id=id,
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()


class AsyncBreaksResourceWithRawResponse:
    """The operations of `AsyncBreaksResource`, each returning the HTTP response."""

    def __init__(self, client: _base.AsyncAPIClient) -> None:
        self._client = client

    async def list_break_policy_breaks(
        self,
        *,
        policy_id: _uuid.UUID,
        offset: int | None = None,
        limit: int | None = None,
        filter: str | None = None,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[_base.AsyncPage[_models.TimeTrackingTimeTrackingBreakV1]]:
        """`GET /api/v1/time-tracking/break-policies/{policyId}/breaks`, returning the HTTP response; `.parse()` reads its body."""
        return await self._client.list_page(
            LIST_BREAK_POLICY_BREAKS,
            _models.TimeTrackingTimeTrackingBreakV1,
            path={
                "policyId": policy_id,
            },
            query={
                "offset": offset,
                "limit": limit,
                "filter": filter,
            },
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def replace_breaks_for_break_policy(
        self,
        *,
        policy_id: _uuid.UUID,
        body: _models.TimeTrackingCreateOrUpdateTimeTrackingBreakWithoutPolicyCollectionV1
        | Sequence[
            _models.TimeTrackingCreateOrUpdateTimeTrackingBreakWithoutPolicyV1
            | _models.TimeTrackingCreateOrUpdateTimeTrackingBreakWithoutPolicyV1Dict
        ],
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[list[_models.TimeTrackingTimeTrackingBreakV1]]:
        """`PUT /api/v1/time-tracking/break-policies/{policyId}/breaks`, returning the HTTP response; `.parse()` reads its body."""
        return await self._client.request(
            REPLACE_BREAKS_FOR_BREAK_POLICY,
            path={
                "policyId": policy_id,
            },
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def create_break(
        self,
        *,
        policy_id: _uuid.UUID,
        body: _models.TimeTrackingCreateTimeTrackingBreakV1
        | _models.TimeTrackingCreateTimeTrackingBreakV1Dict,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[_models.TimeTrackingTimeTrackingBreakV1]:
        """`POST /api/v1/time-tracking/break-policies/{policyId}/breaks`, returning the HTTP response; `.parse()` reads its body."""
        return await self._client.request(
            CREATE_BREAK,
            path={
                "policyId": policy_id,
            },
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def get_break(
        self,
        *,
        id: _uuid.UUID,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[_models.TimeTrackingTimeTrackingBreakV1]:
        """`GET /api/v1/time-tracking/breaks/{id}`, returning the HTTP response; `.parse()` reads its body."""
        return await self._client.request(
            GET_BREAK,
            path={
                "id": id,
            },
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def delete_break(
        self,
        *,
        id: _uuid.UUID,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[None]:
        """`DELETE /api/v1/time-tracking/breaks/{id}`, returning the HTTP response; `.parse()` reads its body."""
        return await self._client.request(
            DELETE_BREAK,
            path={
                "id": id,
            },
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def update_break(
        self,
        *,
        id: _uuid.UUID,
        body: _models.TimeTrackingUpdateTimeTrackingBreakV1
        | _models.TimeTrackingUpdateTimeTrackingBreakV1Dict,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[_models.TimeTrackingTimeTrackingBreakV1]:
        """`PATCH /api/v1/time-tracking/breaks/{id}`, returning the HTTP response; `.parse()` reads its body."""
        return await self._client.request(
            UPDATE_BREAK,
            path={
                "id": id,
            },
            body=body,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncBreakAssessmentsResource:
    """Per-day break compliance results.

    Operations tagged 'Break Assessments'.
    """

    def __init__(self, client: _base.AsyncAPIClient) -> None:
        self._client = client
        self.with_raw_response = AsyncBreakAssessmentsResourceWithRawResponse(client)

    async def list_break_assessments(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        filter: str | None = None,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> _base.AsyncPage[_models.TimeTrackingTimeTrackingBreakAssessmentV1]:
        """List Break Assessments

        Lists break assessments a page at a time. An assessment says whether an employee kept to the
        assigned break policy on a given day and lists any violations. The OData v4 filter can
        narrow the result by the fields named in the parameter's x-filter-fields.

        `GET /api/v1/time-tracking/break-assessments`

        Args:
            offset: Number of items to skip before the page starts. (`offset`)
            limit: Maximum number of items in the page, 0 to 500. (`limit`)
            filter: OData v4 filter expression. Filterable fields: id, breakId, employeeId,
                employeeTimesheetId, date, result, availableYmdt, unavailableYmdt, createdAt,
                updatedAt, expectedDuration, recordedDuration, durationDifference. (`filter`)
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = await self.with_raw_response.list_break_assessments(
            offset=offset,
            limit=limit,
            filter=filter,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()

    async def iter_list_break_assessments(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        filter: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AsyncIterator[_models.TimeTrackingTimeTrackingBreakAssessmentV1]:
        """Every item of `list_break_assessments`, page after page, until the last page."""
        first = await self.list_break_assessments(
            offset=offset,
            limit=limit,
            filter=filter,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        async for item in first:
            yield item


class AsyncBreakAssessmentsResourceWithRawResponse:
    """The operations of `AsyncBreakAssessmentsResource`, each returning the HTTP response."""

    def __init__(self, client: _base.AsyncAPIClient) -> None:
        self._client = client

    async def list_break_assessments(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        filter: str | None = None,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[_base.AsyncPage[_models.TimeTrackingTimeTrackingBreakAssessmentV1]]:
        """`GET /api/v1/time-tracking/break-assessments`, returning the HTTP response; `.parse()` reads its body."""
        return await self._client.list_page(
            LIST_BREAK_ASSESSMENTS,
            _models.TimeTrackingTimeTrackingBreakAssessmentV1,
            query={
                "offset": offset,
                "limit": limit,
                "filter": filter,
            },
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncBreakAvailabilitiesResource:
    """Which breaks an employee may take at a given moment.

    Operations tagged 'Break Availabilities'.
    """

    def __init__(self, client: _base.AsyncAPIClient) -> None:
        self._client = client
        self.with_raw_response = AsyncBreakAvailabilitiesResourceWithRawResponse(client)

    async def list_employee_break_availabilities(
        self,
        *,
        employee_id: int,
        effective: str | None = None,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> _models.TimeTrackingTimeTrackingBreakAvailabilityCollectionV1:
        """List Employee Break Availabilities

        Lists, for one employee, each break with whether it can be taken at the given local moment
        (now by default). The caller needs permission to view the employee as well as break access.
        The answer is a bare array and is not paginated, so it has no x-pagination.

        `GET /api/v1/time-tracking/employees/{employeeId}/break-availabilities`

        Args:
            employee_id: The employee id; the vendor calls this path parameter id. (`employeeId`)
            effective: The employee's local time to compute availability for, as YYYY-MM-DDTHH:MM:SS
                with no timezone offset. Defaults to the current time. (`effective`)
            retry: retry on connection errors, 429, 502, 503 and 504 (default: only when the method
                is idempotent)
        """
        response = await self.with_raw_response.list_employee_break_availabilities(
            employee_id=employee_id,
            effective=effective,
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return response.parse()


class AsyncBreakAvailabilitiesResourceWithRawResponse:
    """The operations of `AsyncBreakAvailabilitiesResource`, each returning the HTTP response."""

    def __init__(self, client: _base.AsyncAPIClient) -> None:
        self._client = client

    async def list_employee_break_availabilities(
        self,
        *,
        employee_id: int,
        effective: str | None = None,
        retry: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIResponse[_models.TimeTrackingTimeTrackingBreakAvailabilityCollectionV1]:
        """`GET /api/v1/time-tracking/employees/{employeeId}/break-availabilities`, returning the HTTP response; `.parse()` reads its body."""
        return await self._client.request(
            LIST_EMPLOYEE_BREAK_AVAILABILITIES,
            path={
                "employeeId": employee_id,
            },
            query={
                "effective": effective,
            },
            retry=retry,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
