"""Models of the API (generated with datamodel-code-generator)."""

from __future__ import annotations
from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, RootModel
from enum import StrEnum
from typing import Annotated
from datetime import date as date_aliased
from uuid import UUID
from .._runtime._enums import OpenEnum
from .._runtime._deviations import APIModel
import datetime as _dt
import uuid as _uuid
from collections.abc import Sequence as _Sequence
from typing import Literal as _Literal
from typing import NotRequired as _NotRequired
from typing import TypedDict as _TypedDict


class ProblemDetailsResponse(APIModel):
    """
    RFC 7807-style problem details, sent as application/json for every documented error status of these operations. No field is guaranteed.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    type: str | None = None
    """
    URI identifying the problem type.
    """
    title: str | None = None
    """
    Short summary of the problem.
    """
    status: int | None = None
    """
    The HTTP status code repeated.
    """
    detail: str | None = None
    """
    Explanation specific to this occurrence.
    """
    instance: str | None = None
    """
    URI of this occurrence.
    """
    code: str | None = None
    """
    Application error code.
    """
    fields: dict[str, str] | None = None
    """
    Field name to message, for validation errors.
    """


class RateType(OpenEnum):
    """
    Regular, overtime or double time.
    """

    REG = "REG"
    OT = "OT"
    DT = "DT"


class TimeTrackingRecord(APIModel):
    """
    One approved hour record as sent to the Hours API. Ids are integers and amounts are numbers here, while the read model returns them as strings.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    time_tracking_id: Annotated[str, Field(alias="timeTrackingId", max_length=36, min_length=1)]
    """
    Caller-chosen key of the record (for example a UUID); needed to read, adjust or delete it.
    """
    employee_id: Annotated[int, Field(alias="employeeId", ge=1)]
    """
    The employee who worked the hours.
    """
    division_id: Annotated[int | None, Field(alias="divisionId", ge=1)] = None
    """
    Optional division id.
    """
    department_id: Annotated[int | None, Field(alias="departmentId", ge=1)] = None
    """
    Optional department id.
    """
    job_title_id: Annotated[int | None, Field(alias="jobTitleId", ge=1)] = None
    """
    Optional job title id.
    """
    pay_code: Annotated[str | None, Field(alias="payCode")] = None
    """
    Optional pay code; only when the payroll provider needs it.
    """
    date_hours_worked: Annotated[date_aliased, Field(alias="dateHoursWorked")]
    """
    The day the hours were worked (YYYY-MM-DD).
    """
    pay_rate: Annotated[float | None, Field(alias="payRate")] = None
    """
    Optional pay per hour, for example 15.00.
    """
    rate_type: Annotated[RateType, Field(alias="rateType")]
    """
    Regular, overtime or double time.
    """
    hours_worked: Annotated[float, Field(alias="hoursWorked")]
    """
    Hours worked.
    """
    job_code: Annotated[int | None, Field(alias="jobCode")] = None
    """
    Optional job code.
    """
    job_data: Annotated[str | None, Field(alias="jobData")] = None
    """
    Up to four job numbers of at most 20 characters each, comma-separated without spaces.
    """


class TimeTrackingRecordBulk(RootModel[list[TimeTrackingRecord]]):
    """
    Hour records for the bulk create-or-update call (no minimum is documented).
    """

    root: list[TimeTrackingRecord]
    """
    Hour records for the bulk create-or-update call (no minimum is documented).
    """


class Response(APIModel):
    """
    The item's outcome.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    id: str | None = None
    """
    The record's time tracking id, on success.
    """
    message: str | None = None
    """
    Why the item failed; null on success.
    """


class TimeTrackingBulkResponseSchema(APIModel):
    """
    The result for one submitted hour record. success false still comes with HTTP 201; response.message then says why.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    success: bool
    """
    Whether this item was stored.
    """
    response: Response
    """
    The item's outcome.
    """


class TimeTrackingIdResponseSchema(APIModel):
    """
    The time tracking id of the created or adjusted record.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    id: str
    """
    The record's time tracking id.
    """


class TimeTrackingDeleteResponseSchema(APIModel):
    """
    Outcome of deleting an hour record.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    status: str
    """
    Outcome word.
    """
    message: str
    """
    Outcome text.
    """


class Task(APIModel):
    """
    The task, or null.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    id: int | None = None
    """
    Task id.
    """
    name: str | None = None
    """
    Task name.
    """


class Project(APIModel):
    """
    The project and task, or null.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    id: int | None = None
    """
    Project id.
    """
    name: str | None = None
    """
    Project name.
    """
    task: Task | None = None
    """
    The task, or null.
    """


class ShiftDifferential(APIModel):
    """
    The shift differential, or null.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    id: int | None = None
    """
    Shift differential id.
    """
    name: str | None = None
    """
    Shift differential name.
    """


class TimeTrackingRecordSchema(APIModel):
    """
    An hour record as read back. Ids come back as strings and payRate, hoursWorked and adjustedHours as decimal strings; project and shiftDifferential are null when they do not apply. The vendor's non-standard format "decimal" is replaced by a pattern, and no field is required because a missing record may be answered with an empty object.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    time_tracking_id: Annotated[str | None, Field(alias="timeTrackingId")] = None
    """
    The key chosen when the record was created.
    """
    employee_id: Annotated[str | None, Field(alias="employeeId")] = None
    """
    Employee id, as a string.
    """
    division_id: Annotated[str | None, Field(alias="divisionId")] = None
    """
    Division id, as a string.
    """
    department_id: Annotated[str | None, Field(alias="departmentId")] = None
    """
    Department id, as a string.
    """
    job_title_id: Annotated[str | None, Field(alias="jobTitleId")] = None
    """
    Job title id, as a string.
    """
    pay_code: Annotated[str | None, Field(alias="payCode")] = None
    """
    Pay code.
    """
    date_hours_worked: Annotated[date_aliased | None, Field(alias="dateHoursWorked")] = None
    """
    The day the hours were worked.
    """
    type: str | None = None
    """
    Record type code (the legacy sample shows P).
    """
    pay_rate: Annotated[str | None, Field(alias="payRate")] = None
    """
    Pay rate as a decimal string.
    """
    rate_type: Annotated[str | None, Field(alias="rateType")] = None
    """
    REG, OT or DT.
    """
    hours_worked: Annotated[str | None, Field(alias="hoursWorked")] = None
    """
    Hours as a decimal string.
    """
    adjusted_hours: Annotated[str | None, Field(alias="adjustedHours")] = None
    """
    Adjustment relative to the original hours, as a decimal string.
    """
    date_adjusted: Annotated[AwareDatetime | None, Field(alias="dateAdjusted")] = None
    """
    When the record was last adjusted.
    """
    job_code: Annotated[str | None, Field(alias="jobCode")] = None
    """
    Job code, as a string.
    """
    job_data: Annotated[str | None, Field(alias="jobData")] = None
    """
    Job numbers, comma-separated.
    """
    project_id: Annotated[str | None, Field(alias="projectId")] = None
    """
    Project id, as a string.
    """
    task_id: Annotated[str | None, Field(alias="taskId")] = None
    """
    Task id, as a string.
    """
    shift_differential_id: Annotated[str | None, Field(alias="shiftDifferentialId")] = None
    """
    Shift differential id, as a string.
    """
    holiday_id: Annotated[str | None, Field(alias="holidayId")] = None
    """
    Holiday id, as a string.
    """
    project: Project | None = None
    """
    The project and task, or null.
    """
    shift_differential: Annotated[ShiftDifferential | None, Field(alias="shiftDifferential")] = None
    """
    The shift differential, or null.
    """


class AdjustTimeTrackingRequestSchema(APIModel):
    """
    Changes to an existing hour record; hoursWorked is the new total (send 6.0, not -2.0).
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    time_tracking_id: Annotated[str, Field(alias="timeTrackingId", max_length=36, min_length=1)]
    """
    The key of the record to edit.
    """
    hours_worked: Annotated[float, Field(alias="hoursWorked")]
    """
    New total of hours worked.
    """
    project_id: Annotated[int | None, Field(alias="projectId", ge=1)] = None
    """
    Project to attach.
    """
    task_id: Annotated[int | None, Field(alias="taskId", ge=1)] = None
    """
    Task to attach.
    """
    shift_differential_id: Annotated[int | None, Field(alias="shiftDifferentialId", ge=1)] = None
    """
    Shift differential to attach.
    """
    holiday_id: Annotated[int | None, Field(alias="holidayId", ge=1)] = None
    """
    Holiday to attach.
    """


class ClockEntrySchema(APIModel):
    """
    One clock entry; start and end are the employee's local 24-hour times. The vendor's pattern also accepts a one-digit hour such as 9:00, and it is kept as documented.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    id: Annotated[int | None, Field(ge=1)] = None
    """
    Id of an existing entry to update; leave out to create.
    """
    employee_id: Annotated[int, Field(alias="employeeId", ge=1)]
    """
    The employee the entry belongs to.
    """
    date: date_aliased
    """
    Day of the entry (YYYY-MM-DD).
    """
    start: str
    """
    Start time, 24-hour HH:MM.
    """
    end: str
    """
    End time, 24-hour HH:MM.
    """
    project_id: Annotated[int | None, Field(alias="projectId", ge=1)] = None
    """
    Time tracking project.
    """
    task_id: Annotated[int | None, Field(alias="taskId", ge=1)] = None
    """
    Task within the project.
    """
    note: str | None = None
    """
    Free-text note.
    """
    break_id: Annotated[UUID | None, Field(alias="breakId")] = None
    """
    Break to link the entry to.
    """


class HourEntrySchema(APIModel):
    """
    One hour entry. The vendor marks no field as required, unlike clock entries, and this spec follows it.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    id: Annotated[int | None, Field(ge=1)] = None
    """
    Id of an existing entry to update; leave out to create.
    """
    employee_id: Annotated[int | None, Field(alias="employeeId", ge=1)] = None
    """
    The employee the entry belongs to.
    """
    date: date_aliased | None = None
    """
    Day of the entry (YYYY-MM-DD).
    """
    hours: float | None = None
    """
    Hours for the day.
    """
    project_id: Annotated[int | None, Field(alias="projectId", ge=1)] = None
    """
    Time tracking project.
    """
    task_id: Annotated[int | None, Field(alias="taskId", ge=1)] = None
    """
    Task within the project.
    """
    note: str | None = None
    """
    Free-text note.
    """


class ClockInRequestSchema(APIModel):
    """
    Optional clock-in details. Without a body (or with an empty one) the server clock is used; a historical clock-in sends date, start and timezone. taskId needs projectId.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    project_id: Annotated[int | None, Field(alias="projectId", ge=1)] = None
    """
    Project; required when taskId is given.
    """
    task_id: Annotated[int | None, Field(alias="taskId", ge=1)] = None
    """
    Task within the project.
    """
    note: str | None = None
    """
    Free-text note.
    """
    date: date_aliased | None = None
    """
    Day of a historical clock-in.
    """
    start: str | None = None
    """
    Time of a historical clock-in, 24-hour HH:MM.
    """
    timezone: str | None = None
    """
    IANA timezone of a historical clock-in.
    """
    break_id: Annotated[UUID | None, Field(alias="breakId")] = None
    """
    Break to link the entry to.
    """
    offline: bool | None = None
    """
    Offline punch; skips the shift-schedule restriction.
    """


class ClockOutRequestSchema(APIModel):
    """
    Optional clock-out details; a historical clock-out sends date, end and timezone. Unlike clock-in, these fields are not nullable.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    date: date_aliased | None = None
    """
    Day of a historical clock-out.
    """
    end: str | None = None
    """
    Time of a historical clock-out, 24-hour HH:MM.
    """
    timezone: str | None = None
    """
    IANA timezone of a historical clock-out.
    """


class ClockEntryIdsSchema(APIModel):
    """
    Ids of the clock entries to delete.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    clock_entry_ids: Annotated[list[int], Field(alias="clockEntryIds", min_length=1)]


class HourEntryIdsSchema(APIModel):
    """
    Ids of the hour entries to delete.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    hour_entry_ids: Annotated[list[int], Field(alias="hourEntryIds", min_length=1)]


class Project1(APIModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    id: int | None = None
    """
    Project id.
    """
    name: str | None = None
    """
    Project name.
    """


class ProjectInfoApiTransformer(APIModel):
    """
    The project of a timesheet entry and, if any, its task.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    project: Project1
    task: Task | None = None
    """
    The task, or null.
    """


class BreakInfo(APIModel):
    """
    The linked break, or null.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    id: int | UUID | None = None
    """
    Break id (integer in the vendor schema; UUID elsewhere).
    """
    name: str | None = None
    """
    Break name.
    """


class TimesheetEntryInfoApiTransformer(APIModel):
    """
    A clock or hour entry as returned by clock-in, clock-out and the stores. start is null for hour entries and end is null while the employee is clocked in. The entry type values are not enumerated by the vendor (the examples use clock and hour).
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    id: int
    """
    Timesheet entry id.
    """
    employee_id: Annotated[int, Field(alias="employeeId")]
    """
    The employee the entry belongs to.
    """
    type: str
    """
    Entry kind (clock or hour).
    """
    date: date_aliased
    """
    Timesheet day.
    """
    start: AwareDatetime | None = None
    """
    Start instant; null for hour entries.
    """
    end: AwareDatetime | None = None
    """
    End instant; null while clocked in.
    """
    timezone: str | None = None
    """
    IANA timezone of the entry.
    """
    hours: float | None = None
    """
    Hours worked.
    """
    note: str | None = None
    """
    Free-text note.
    """
    project_info: Annotated[ProjectInfoApiTransformer | None, Field(alias="projectInfo")] = None
    """
    Project and task, or null.
    """
    break_info: Annotated[BreakInfo | None, Field(alias="breakInfo")] = None
    """
    The linked break, or null.
    """


class TimesheetEntryInfoCollectionApiTransformer(RootModel[list[TimesheetEntryInfoApiTransformer]]):
    """
    Clock or hour entries.
    """

    root: list[TimesheetEntryInfoApiTransformer]
    """
    Clock or hour entries.
    """


class EmployeeTimesheetEntryTransformer(APIModel):
    """
    A clock or hour entry as listed by listTimesheetEntries: the same shape as TimesheetEntryInfoApiTransformer without breakInfo, plus approval and audit times.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    id: int
    """
    Timesheet entry id.
    """
    employee_id: Annotated[int, Field(alias="employeeId")]
    """
    The employee the entry belongs to.
    """
    type: str
    """
    Entry kind (clock or hour).
    """
    date: date_aliased
    """
    Timesheet day.
    """
    start: AwareDatetime | None = None
    """
    Start instant; null for hour entries.
    """
    end: AwareDatetime | None = None
    """
    End instant.
    """
    timezone: str | None = None
    """
    IANA timezone of the entry.
    """
    hours: float | None = None
    """
    Hours worked.
    """
    note: str | None = None
    """
    Free-text note.
    """
    project_info: Annotated[ProjectInfoApiTransformer | None, Field(alias="projectInfo")] = None
    """
    Project and task, or null.
    """
    approved_at: Annotated[AwareDatetime | None, Field(alias="approvedAt")] = None
    """
    When the entry was approved.
    """
    approved: bool | None = None
    """
    Whether the entry is approved.
    """
    created_at: Annotated[AwareDatetime | None, Field(alias="createdAt")] = None
    """
    Creation time.
    """
    updated_at: Annotated[AwareDatetime | None, Field(alias="updatedAt")] = None
    """
    Last change time.
    """


class EmployeeTimesheetEntryCollectionTransformer(
    RootModel[list[EmployeeTimesheetEntryTransformer]]
):
    """
    Timesheet entries, one flat list (not grouped).
    """

    root: list[EmployeeTimesheetEntryTransformer]
    """
    Timesheet entries, one flat list (not grouped).
    """


class TaskCreateSchema(APIModel):
    """
    A task to create with its project; names are unique and at most 50 characters (operation text).
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    name: Annotated[str, Field(max_length=50, min_length=1)]
    """
    Unique task name.
    """
    billable: bool | None = True
    """
    Whether time on the task is billable.
    """


class TimeTrackingTask(APIModel):
    """
    A project task.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    id: int
    """
    Task id.
    """
    name: str
    """
    Task name.
    """


class TimeTrackingBreakAvailabilityTypeV1(OpenEnum):
    """
    When a break may be taken. The vendor gives only the enum; type string is added.
    """

    ANYTIME = "anytime"
    HOURS_WORKED = "hours_worked"
    TIME_OF_DAY = "time_of_day"


class TimeTrackingCreateTimeTrackingBreakV1(APIModel):
    """
    A new break. The vendor marks no field as required, so none is required here; the policy is the one named in the path.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    name: str | None = None
    """
    Display name.
    """
    policy_id: Annotated[UUID | None, Field(alias="policyId")] = None
    """
    The owning break policy; should match the path id.
    """
    paid: bool | None = None
    """
    Whether the break counts as paid time.
    """
    duration: int | None = None
    """
    Break length in minutes.
    """
    availability_type: Annotated[
        TimeTrackingBreakAvailabilityTypeV1 | None, Field(alias="availabilityType")
    ] = None
    availability_min_hours_worked: Annotated[
        float | None, Field(alias="availabilityMinHoursWorked")
    ] = None
    """
    Hours worked before the break may start.
    """
    availability_max_hours_worked: Annotated[
        float | None, Field(alias="availabilityMaxHoursWorked")
    ] = None
    """
    Hours worked by which the break is due.
    """
    availability_start_time: Annotated[str | None, Field(alias="availabilityStartTime")] = None
    """
    Earliest clock time (HH:MM).
    """
    availability_end_time: Annotated[str | None, Field(alias="availabilityEndTime")] = None
    """
    Latest clock time (HH:MM).
    """


class TimeTrackingUpdateTimeTrackingBreakV1(APIModel):
    """
    Fields of a break to change; policyId moves the break to another policy.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    name: str | None = None
    """
    Display name.
    """
    policy_id: Annotated[UUID | None, Field(alias="policyId")] = None
    """
    The policy to move the break to.
    """
    paid: bool | None = None
    """
    Whether the break counts as paid time.
    """
    duration: int | None = None
    """
    Break length in minutes.
    """
    availability_type: Annotated[
        TimeTrackingBreakAvailabilityTypeV1 | None, Field(alias="availabilityType")
    ] = None
    availability_min_hours_worked: Annotated[
        float | None, Field(alias="availabilityMinHoursWorked")
    ] = None
    """
    Hours worked before the break may start.
    """
    availability_max_hours_worked: Annotated[
        float | None, Field(alias="availabilityMaxHoursWorked")
    ] = None
    """
    Hours worked by which the break is due.
    """
    availability_start_time: Annotated[str | None, Field(alias="availabilityStartTime")] = None
    """
    Earliest clock time (HH:MM).
    """
    availability_end_time: Annotated[str | None, Field(alias="availabilityEndTime")] = None
    """
    Latest clock time (HH:MM).
    """


class TimeTrackingCreateOrUpdateTimeTrackingBreakWithoutPolicyV1(APIModel):
    """
    A break inside a policy payload; with an id it updates that break, without one it creates a break.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    id: UUID | None = None
    """
    Existing break to update; null or absent to create.
    """
    name: str | None = None
    """
    Display name.
    """
    paid: bool | None = None
    """
    Whether the break counts as paid time.
    """
    duration: int | None = None
    """
    Break length in minutes.
    """
    availability_type: Annotated[
        TimeTrackingBreakAvailabilityTypeV1 | None, Field(alias="availabilityType")
    ] = None
    availability_min_hours_worked: Annotated[
        float | None, Field(alias="availabilityMinHoursWorked")
    ] = None
    """
    Hours worked before the break may start.
    """
    availability_max_hours_worked: Annotated[
        float | None, Field(alias="availabilityMaxHoursWorked")
    ] = None
    """
    Hours worked by which the break is due.
    """
    availability_start_time: Annotated[str | None, Field(alias="availabilityStartTime")] = None
    """
    Earliest clock time (HH:MM).
    """
    availability_end_time: Annotated[str | None, Field(alias="availabilityEndTime")] = None
    """
    Latest clock time (HH:MM).
    """


class TimeTrackingCreateOrUpdateTimeTrackingBreakWithoutPolicyCollectionV1(
    RootModel[list[TimeTrackingCreateOrUpdateTimeTrackingBreakWithoutPolicyV1]]
):
    """
    A policy's complete break list.
    """

    root: list[TimeTrackingCreateOrUpdateTimeTrackingBreakWithoutPolicyV1]
    """
    A policy's complete break list.
    """


class TimeTrackingTimeTrackingBreakPolicyV1(APIModel):
    """
    A break policy. includeCounts asks for employee and break counts whose field names are not documented; they would arrive as extra properties of this open object.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    id: UUID
    """
    Policy id.
    """
    name: str
    """
    Display name.
    """
    description: str | None = None
    """
    Optional policy text.
    """
    all_employees_assigned: Annotated[bool | None, Field(alias="allEmployeesAssigned")] = None
    """
    Whether the policy applies to every employee.
    """
    created_at: Annotated[AwareDatetime | None, Field(alias="createdAt")] = None
    """
    Creation time.
    """
    updated_at: Annotated[AwareDatetime | None, Field(alias="updatedAt")] = None
    """
    Last change time.
    """
    deleted_at: Annotated[AwareDatetime | None, Field(alias="deletedAt")] = None
    """
    Soft-delete time.
    """


class TimeTrackingCreateTimeTrackingBreakPolicyV1(APIModel):
    """
    A new break policy, optionally with its breaks and assigned employees.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    name: str
    """
    Policy name.
    """
    description: str | None = None
    """
    Optional policy text.
    """
    all_employees_assigned: Annotated[bool | None, Field(alias="allEmployeesAssigned")] = None
    """
    Whether the policy applies to every employee.
    """
    breaks: TimeTrackingCreateOrUpdateTimeTrackingBreakWithoutPolicyCollectionV1 | None = None
    employee_ids: Annotated[list[int] | None, Field(alias="employeeIds")] = None
    """
    Employees to assign.
    """


class TimeTrackingUpdateTimeTrackingBreakPolicyV1(APIModel):
    """
    Policy fields to change; breaks and assignments are not part of a partial update.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    name: str | None = None
    """
    Display name.
    """
    description: str | None = None
    """
    Optional policy text.
    """
    all_employees_assigned: Annotated[bool | None, Field(alias="allEmployeesAssigned")] = None
    """
    Whether the policy applies to every employee.
    """


class TimeTrackingSyncTimeTrackingBreakPolicyV1(APIModel):
    """
    The complete new state of a policy; breaks and employees left out are removed. The vendor requires no field, not even name, and neither does this spec.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    name: str | None = None
    """
    Display name.
    """
    description: str | None = None
    """
    Optional policy text.
    """
    all_employees_assigned: Annotated[bool | None, Field(alias="allEmployeesAssigned")] = None
    """
    Whether the policy applies to every employee.
    """
    breaks: TimeTrackingCreateOrUpdateTimeTrackingBreakWithoutPolicyCollectionV1 | None = None
    employee_ids: Annotated[list[int] | None, Field(alias="employeeIds")] = None
    """
    The complete list of assigned employees.
    """


class AssignEmployeesToBreakPolicyRequest(APIModel):
    """
    Employees to add to a policy; existing assignments stay.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    employee_ids: Annotated[list[int], Field(alias="employeeIds", min_length=1)]


class SetBreakPolicyEmployeesRequest(APIModel):
    """
    The complete list of employees for a policy. No minimum item count is documented, so an empty list (which clears every assignment) is valid; ids must be positive integers.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    employee_ids: Annotated[list[int], Field(alias="employeeIds")]


class UnassignEmployeesFromBreakPolicyRequest(APIModel):
    """
    Employees to remove from a policy.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    employee_ids: Annotated[list[int], Field(alias="employeeIds", min_length=1)]


class TimeTrackingBreakPolicyEmployeeV1(APIModel):
    """
    An employee assigned to a break policy.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    id: int
    """
    Employee id.
    """
    name: str | None
    """
    Display name (preferred and last name).
    """
    photo_url: Annotated[str | None, Field(alias="photoUrl")]
    """
    Profile photo URL.
    """


class TimeTrackingTimeTrackingBreakAvailabilityV1(APIModel):
    """
    Whether a break can be taken at the requested moment. Minute counts are in minutes; the unit of recordedDuration is not stated by the vendor.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    id: UUID
    """
    Break id.
    """
    name: str | None = None
    """
    Break name.
    """
    policy_id: Annotated[UUID | None, Field(alias="policyId")] = None
    """
    Owning break policy.
    """
    paid: bool | None = None
    """
    Whether the break is paid.
    """
    duration: int | None = None
    """
    Break length in minutes.
    """
    availability_type: Annotated[
        TimeTrackingBreakAvailabilityTypeV1 | None, Field(alias="availabilityType")
    ] = None
    calculated_at: Annotated[AwareDatetime | None, Field(alias="calculatedAt")] = None
    """
    When availability was computed.
    """
    effective_at: Annotated[AwareDatetime | None, Field(alias="effectiveAt")] = None
    """
    The instant availability was computed for.
    """
    timezone: str | None = None
    """
    Timezone of the computation.
    """
    recorded_duration: Annotated[int | None, Field(alias="recordedDuration")] = None
    """
    Break time recorded so far (unit not stated).
    """
    available: bool | None = None
    """
    Whether the break can be taken now.
    """
    available_after_minutes_worked: Annotated[
        int | None, Field(alias="availableAfterMinutesWorked")
    ] = None
    """
    Minutes worked before the break becomes available.
    """
    available_in: Annotated[int | None, Field(alias="availableIn")] = None
    """
    Minutes until the break becomes available.
    """
    unavailable_in: Annotated[int | None, Field(alias="unavailableIn")] = None
    """
    Minutes until the break stops being available.
    """
    available_at: Annotated[AwareDatetime | None, Field(alias="availableAt")] = None
    """
    When the break becomes available.
    """
    unavailable_at: Annotated[AwareDatetime | None, Field(alias="unavailableAt")] = None
    """
    When the break stops being available.
    """


class TimeTrackingTimeTrackingBreakAvailabilityCollectionV1(
    RootModel[list[TimeTrackingTimeTrackingBreakAvailabilityV1]]
):
    """
    An employee's break availabilities (not paginated).
    """

    root: list[TimeTrackingTimeTrackingBreakAvailabilityV1]
    """
    An employee's break availabilities (not paginated).
    """


class Result(OpenEnum):
    """
    Compliance outcome.
    """

    COMPLIANT = "compliant"
    VIOLATION = "violation"
    WAIVED = "waived"


class Type(OpenEnum):
    """
    Kind of violation.
    """

    BREAK_STARTED_EARLY = "break_started_early"
    BREAK_STARTED_LATE = "break_started_late"
    BREAK_ENDED_EARLY = "break_ended_early"
    BREAK_ENDED_LATE = "break_ended_late"
    BREAK_MISSED = "break_missed"


class TimeTrackingTimeTrackingBreakAssessmentViolationV1(APIModel):
    """
    One violation within an assessment.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    assessment_id: Annotated[UUID | None, Field(alias="assessmentId")] = None
    """
    The parent assessment.
    """
    type: Type | None = None
    """
    Kind of violation.
    """
    employee_timesheet_clock_entry_id: Annotated[
        int | None, Field(alias="employeeTimesheetClockEntryId")
    ] = None
    """
    The clock entry involved.
    """
    amount: int | None = None
    """
    Size of the violation (unit not stated).
    """


class TimeTrackingOffsetPaginationMetaV1(APIModel):
    """
    Paging numbers of an offset-paginated answer.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    total_items: Annotated[int, Field(alias="totalItems")]
    """
    Total number of matching items.
    """
    offset: int
    """
    Offset used for this page.
    """
    limit: int
    """
    Limit used for this page.
    """


class Prev(APIModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    href: str | None = None
    """
    Absolute URL of the previous page.
    """


class Next(APIModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    href: str | None = None
    """
    Absolute URL of the next page.
    """


class TimeTrackingOffsetPaginationLinksV1(APIModel):
    """
    Links to the neighbouring pages; null at either end.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    prev: Prev | None
    next: Next | None


class TimeTrackingPaginatedBreakPoliciesResponseV1(APIModel):
    """
    A page of break policies as {meta, _links, data}. The vendor composes it with allOf over TimeTracking-OffsetPaginatedResponseData-V1; it is written flat here (same wire shape).
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    meta: TimeTrackingOffsetPaginationMetaV1
    field_links: Annotated[TimeTrackingOffsetPaginationLinksV1 | None, Field(alias="_links")] = None
    data: list[TimeTrackingTimeTrackingBreakPolicyV1]


class TimeTrackingPaginatedBreakPolicyEmployeesResponseV1(APIModel):
    """
    A page of assigned employees as {meta, _links, data}; data is empty when nobody is assigned.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    meta: TimeTrackingOffsetPaginationMetaV1
    field_links: Annotated[TimeTrackingOffsetPaginationLinksV1 | None, Field(alias="_links")] = None
    data: list[TimeTrackingBreakPolicyEmployeeV1]


class ClockEntriesSchema(APIModel):
    """
    Clock entries to create (no id) or update (with id).
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    entries: Annotated[list[ClockEntrySchema], Field(min_length=1)]


class HourEntriesRequestSchema(APIModel):
    """
    Hour entries to create (no id) or update (with id). The vendor sets no minimum item count.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    hours: list[HourEntrySchema]


class ProjectCreateRequestSchema(APIModel):
    """
    A new project. billable and allowAllEmployees default to true and hasTasks to false; hasTasks true needs at least one task; employeeIds only matters when allowAllEmployees is false. Names must be unique.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    name: Annotated[str, Field(max_length=50, min_length=1)]
    """
    Unique project name.
    """
    billable: bool | None = True
    """
    Whether time on the project is billable.
    """
    allow_all_employees: Annotated[bool | None, Field(alias="allowAllEmployees")] = True
    """
    Whether every employee may log time to it.
    """
    employee_ids: Annotated[list[int] | None, Field(alias="employeeIds")] = None
    """
    Employees allowed to log time, when allowAllEmployees is false.
    """
    has_tasks: Annotated[bool | None, Field(alias="hasTasks")] = False
    """
    Track time per task; true needs at least one task.
    """
    tasks: list[TaskCreateSchema] | None = None
    """
    Tasks to create with the project.
    """


class TimeTrackingProjectWithTasksAndEmployeeIds(APIModel):
    """
    A created project with its tasks; employeeIds is present only when access is restricted.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    id: int
    """
    Project id.
    """
    name: str
    """
    Project name.
    """
    tasks: list[TimeTrackingTask]
    employee_ids: Annotated[list[int] | None, Field(alias="employeeIds")] = None
    """
    Employees allowed to log time; only when allowAllEmployees is false.
    """


class TimeTrackingTimeTrackingBreakV1(APIModel):
    """
    A break of a break policy; duration is in minutes. availabilityStartTime and availabilityEndTime are HH:MM clock times, checked by a pattern instead of the vendor's format time. Only id is required, because the create model requires nothing either.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    id: UUID
    """
    Break id.
    """
    name: str | None = None
    """
    Display name.
    """
    policy_id: Annotated[UUID | None, Field(alias="policyId")] = None
    """
    The break policy the break belongs to.
    """
    paid: bool | None = None
    """
    Whether the break counts as paid time.
    """
    duration: int | None = None
    """
    Break length in minutes.
    """
    availability_type: Annotated[
        TimeTrackingBreakAvailabilityTypeV1 | None, Field(alias="availabilityType")
    ] = None
    availability_min_hours_worked: Annotated[
        float | None, Field(alias="availabilityMinHoursWorked")
    ] = None
    """
    Hours worked before the break may start.
    """
    availability_max_hours_worked: Annotated[
        float | None, Field(alias="availabilityMaxHoursWorked")
    ] = None
    """
    Hours worked by which the break is due.
    """
    availability_start_time: Annotated[str | None, Field(alias="availabilityStartTime")] = None
    """
    Earliest clock time for the break (HH:MM).
    """
    availability_end_time: Annotated[str | None, Field(alias="availabilityEndTime")] = None
    """
    Latest clock time for the break (HH:MM).
    """
    created_at: Annotated[AwareDatetime | None, Field(alias="createdAt")] = None
    """
    Creation time.
    """
    updated_at: Annotated[AwareDatetime | None, Field(alias="updatedAt")] = None
    """
    Last change time.
    """
    deleted_at: Annotated[AwareDatetime | None, Field(alias="deletedAt")] = None
    """
    Soft-delete time.
    """


class TimeTrackingTimeTrackingBreakPolicyWithRelationsV1(APIModel):
    """
    A break policy with its breaks and the ids of its assigned employees.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    id: UUID
    """
    Policy id.
    """
    name: str
    """
    Display name.
    """
    description: str | None = None
    """
    Optional policy text.
    """
    all_employees_assigned: Annotated[bool | None, Field(alias="allEmployeesAssigned")] = None
    """
    Whether the policy applies to every employee.
    """
    created_at: Annotated[AwareDatetime | None, Field(alias="createdAt")] = None
    """
    Creation time.
    """
    updated_at: Annotated[AwareDatetime | None, Field(alias="updatedAt")] = None
    """
    Last change time.
    """
    deleted_at: Annotated[AwareDatetime | None, Field(alias="deletedAt")] = None
    """
    Soft-delete time.
    """
    breaks: list[TimeTrackingTimeTrackingBreakV1] | None = None
    """
    The policy's breaks.
    """
    employee_ids: Annotated[list[int] | None, Field(alias="employeeIds")] = None
    """
    Assigned employees.
    """


class TimeTrackingTimeTrackingBreakAssessmentV1(APIModel):
    """
    Whether an employee kept to a break on one day. Durations are in minutes; durationDifference is recorded minus expected in the vendor's example (10 - 15 = -5).
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    id: UUID
    """
    Assessment id.
    """
    break_id: Annotated[UUID | None, Field(alias="breakId")] = None
    """
    The assessed break.
    """
    employee_id: Annotated[int | None, Field(alias="employeeId")] = None
    """
    The employee.
    """
    employee_timesheet_id: Annotated[int | None, Field(alias="employeeTimesheetId")] = None
    """
    The employee's timesheet.
    """
    date: date_aliased | None = None
    """
    The assessed day.
    """
    timezone: str | None = None
    """
    Timezone of the assessment.
    """
    result: Result | None = None
    """
    Compliance outcome.
    """
    available_ymdt: Annotated[AwareDatetime | None, Field(alias="availableYmdt")] = None
    """
    When the break became available.
    """
    unavailable_ymdt: Annotated[AwareDatetime | None, Field(alias="unavailableYmdt")] = None
    """
    When the break stopped being available.
    """
    created_at: Annotated[AwareDatetime | None, Field(alias="createdAt")] = None
    """
    Creation time.
    """
    updated_at: Annotated[AwareDatetime | None, Field(alias="updatedAt")] = None
    """
    Last change time.
    """
    violations: list[TimeTrackingTimeTrackingBreakAssessmentViolationV1] | None = None
    """
    Violations found.
    """
    clock_entry_ids: Annotated[list[int] | None, Field(alias="clockEntryIds")] = None
    """
    Clock entries taken into account.
    """
    expected_duration: Annotated[int | None, Field(alias="expectedDuration")] = None
    """
    Expected break minutes.
    """
    recorded_duration: Annotated[int | None, Field(alias="recordedDuration")] = None
    """
    Recorded break minutes.
    """
    duration_difference: Annotated[int | None, Field(alias="durationDifference")] = None
    """
    Recorded minus expected minutes.
    """


class TimeTrackingPaginatedBreaksResponseV1(APIModel):
    """
    A page of breaks as {meta, _links, data}; meta and data are required as for the break policy page.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    meta: TimeTrackingOffsetPaginationMetaV1
    field_links: Annotated[TimeTrackingOffsetPaginationLinksV1 | None, Field(alias="_links")] = None
    data: list[TimeTrackingTimeTrackingBreakV1]


class TimeTrackingPaginatedBreakAssessmentsResponseV1(APIModel):
    """
    A page of break assessments as {meta, _links, data}; meta and data are required as for the break policy page.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    meta: TimeTrackingOffsetPaginationMetaV1
    field_links: Annotated[TimeTrackingOffsetPaginationLinksV1 | None, Field(alias="_links")] = None
    data: list[TimeTrackingTimeTrackingBreakAssessmentV1]


class TimeTrackingRecordDict(_TypedDict):
    """`TimeTrackingRecord` as plain data, keyed by the JSON names."""

    timeTrackingId: str
    employeeId: int
    divisionId: _NotRequired[int]
    departmentId: _NotRequired[int]
    jobTitleId: _NotRequired[int]
    payCode: _NotRequired[str]
    dateHoursWorked: _dt.date
    payRate: _NotRequired[float]
    rateType: _Literal["REG", "OT", "DT"]
    hoursWorked: float
    jobCode: _NotRequired[int]
    jobData: _NotRequired[str]


class AdjustTimeTrackingRequestSchemaDict(_TypedDict):
    """`AdjustTimeTrackingRequestSchema` as plain data, keyed by the JSON names."""

    timeTrackingId: str
    hoursWorked: float
    projectId: _NotRequired[int | None]
    taskId: _NotRequired[int | None]
    shiftDifferentialId: _NotRequired[int | None]
    holidayId: _NotRequired[int | None]


class ClockEntriesSchemaDict(_TypedDict):
    """`ClockEntriesSchema` as plain data, keyed by the JSON names."""

    entries: _Sequence[ClockEntrySchema | ClockEntrySchemaDict]


class ClockEntrySchemaDict(_TypedDict):
    """`ClockEntrySchema` as plain data, keyed by the JSON names."""

    id: _NotRequired[int]
    employeeId: int
    date: _dt.date
    start: str
    end: str
    projectId: _NotRequired[int]
    taskId: _NotRequired[int]
    note: _NotRequired[str]
    breakId: _NotRequired[_uuid.UUID | None]


class HourEntriesRequestSchemaDict(_TypedDict):
    """`HourEntriesRequestSchema` as plain data, keyed by the JSON names."""

    hours: _Sequence[HourEntrySchema | HourEntrySchemaDict]


class HourEntrySchemaDict(_TypedDict):
    """`HourEntrySchema` as plain data, keyed by the JSON names."""

    id: _NotRequired[int]
    employeeId: _NotRequired[int]
    date: _NotRequired[_dt.date]
    hours: _NotRequired[float]
    projectId: _NotRequired[int]
    taskId: _NotRequired[int]
    note: _NotRequired[str]


class ProjectCreateRequestSchemaDict(_TypedDict):
    """`ProjectCreateRequestSchema` as plain data, keyed by the JSON names."""

    name: str
    billable: _NotRequired[bool]
    allowAllEmployees: _NotRequired[bool]
    employeeIds: _NotRequired[list[int]]
    hasTasks: _NotRequired[bool]
    tasks: _NotRequired[_Sequence[TaskCreateSchema | TaskCreateSchemaDict]]


class TaskCreateSchemaDict(_TypedDict):
    """`TaskCreateSchema` as plain data, keyed by the JSON names."""

    name: str
    billable: _NotRequired[bool]


class ClockInRequestSchemaDict(_TypedDict):
    """`ClockInRequestSchema` as plain data, keyed by the JSON names."""

    projectId: _NotRequired[int | None]
    taskId: _NotRequired[int | None]
    note: _NotRequired[str | None]
    date: _NotRequired[_dt.date | None]
    start: _NotRequired[str | None]
    timezone: _NotRequired[str | None]
    breakId: _NotRequired[_uuid.UUID | None]
    offline: _NotRequired[bool]


class ClockOutRequestSchemaDict(_TypedDict):
    """`ClockOutRequestSchema` as plain data, keyed by the JSON names."""

    date: _NotRequired[_dt.date]
    end: _NotRequired[str]
    timezone: _NotRequired[str]


class ClockEntryIdsSchemaDict(_TypedDict):
    """`ClockEntryIdsSchema` as plain data, keyed by the JSON names."""

    clockEntryIds: list[int]


class HourEntryIdsSchemaDict(_TypedDict):
    """`HourEntryIdsSchema` as plain data, keyed by the JSON names."""

    hourEntryIds: list[int]


class TimeTrackingCreateTimeTrackingBreakPolicyV1Dict(_TypedDict):
    """`TimeTrackingCreateTimeTrackingBreakPolicyV1` as plain data, keyed by the JSON names."""

    name: str
    description: _NotRequired[str | None]
    allEmployeesAssigned: _NotRequired[bool]
    breaks: _NotRequired[
        TimeTrackingCreateOrUpdateTimeTrackingBreakWithoutPolicyCollectionV1
        | _Sequence[
            TimeTrackingCreateOrUpdateTimeTrackingBreakWithoutPolicyV1
            | TimeTrackingCreateOrUpdateTimeTrackingBreakWithoutPolicyV1Dict
        ]
    ]
    employeeIds: _NotRequired[list[int]]


class TimeTrackingCreateOrUpdateTimeTrackingBreakWithoutPolicyV1Dict(_TypedDict):
    """`TimeTrackingCreateOrUpdateTimeTrackingBreakWithoutPolicyV1` as plain data, keyed by the JSON
    names.
    """

    id: _NotRequired[_uuid.UUID | None]
    name: _NotRequired[str]
    paid: _NotRequired[bool]
    duration: _NotRequired[int]
    availabilityType: _NotRequired[
        TimeTrackingBreakAvailabilityTypeV1 | _Literal["anytime", "hours_worked", "time_of_day"]
    ]
    availabilityMinHoursWorked: _NotRequired[float | None]
    availabilityMaxHoursWorked: _NotRequired[float | None]
    availabilityStartTime: _NotRequired[str | None]
    availabilityEndTime: _NotRequired[str | None]


class TimeTrackingUpdateTimeTrackingBreakPolicyV1Dict(_TypedDict):
    """`TimeTrackingUpdateTimeTrackingBreakPolicyV1` as plain data, keyed by the JSON names."""

    name: _NotRequired[str]
    description: _NotRequired[str | None]
    allEmployeesAssigned: _NotRequired[bool]


class SetBreakPolicyEmployeesRequestDict(_TypedDict):
    """`SetBreakPolicyEmployeesRequest` as plain data, keyed by the JSON names."""

    employeeIds: list[int]


class AssignEmployeesToBreakPolicyRequestDict(_TypedDict):
    """`AssignEmployeesToBreakPolicyRequest` as plain data, keyed by the JSON names."""

    employeeIds: list[int]


class UnassignEmployeesFromBreakPolicyRequestDict(_TypedDict):
    """`UnassignEmployeesFromBreakPolicyRequest` as plain data, keyed by the JSON names."""

    employeeIds: list[int]


class TimeTrackingSyncTimeTrackingBreakPolicyV1Dict(_TypedDict):
    """`TimeTrackingSyncTimeTrackingBreakPolicyV1` as plain data, keyed by the JSON names."""

    name: _NotRequired[str]
    description: _NotRequired[str | None]
    allEmployeesAssigned: _NotRequired[bool]
    breaks: _NotRequired[
        TimeTrackingCreateOrUpdateTimeTrackingBreakWithoutPolicyCollectionV1
        | _Sequence[
            TimeTrackingCreateOrUpdateTimeTrackingBreakWithoutPolicyV1
            | TimeTrackingCreateOrUpdateTimeTrackingBreakWithoutPolicyV1Dict
        ]
    ]
    employeeIds: _NotRequired[list[int]]


class TimeTrackingCreateTimeTrackingBreakV1Dict(_TypedDict):
    """`TimeTrackingCreateTimeTrackingBreakV1` as plain data, keyed by the JSON names."""

    name: _NotRequired[str]
    policyId: _NotRequired[_uuid.UUID]
    paid: _NotRequired[bool]
    duration: _NotRequired[int]
    availabilityType: _NotRequired[
        TimeTrackingBreakAvailabilityTypeV1 | _Literal["anytime", "hours_worked", "time_of_day"]
    ]
    availabilityMinHoursWorked: _NotRequired[float | None]
    availabilityMaxHoursWorked: _NotRequired[float | None]
    availabilityStartTime: _NotRequired[str | None]
    availabilityEndTime: _NotRequired[str | None]


class TimeTrackingUpdateTimeTrackingBreakV1Dict(_TypedDict):
    """`TimeTrackingUpdateTimeTrackingBreakV1` as plain data, keyed by the JSON names."""

    name: _NotRequired[str]
    policyId: _NotRequired[_uuid.UUID]
    paid: _NotRequired[bool]
    duration: _NotRequired[int]
    availabilityType: _NotRequired[
        TimeTrackingBreakAvailabilityTypeV1 | _Literal["anytime", "hours_worked", "time_of_day"]
    ]
    availabilityMinHoursWorked: _NotRequired[float | None]
    availabilityMaxHoursWorked: _NotRequired[float | None]
    availabilityStartTime: _NotRequired[str | None]
    availabilityEndTime: _NotRequired[str | None]
