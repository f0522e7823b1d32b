"""The consumer suite is code an application developer would write: it passes mypy --strict,
and the mistakes such code can make in a request body are mypy errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from generator import GENERATED_DIR, REPO_ROOT

# Mistakes in bodies given as dicts: a wrong value type, a date as text, a missing required key,
# an unknown key, the model's Python name instead of the JSON key. Each line is an error; mypy
# names the accepted types (with a union it does not say which key is wrong).
WRONG_BODIES = '''
import datetime as dt
from timetracking_clients import teampulse, timetrack

pulse = teampulse.Client(access_token="token", base_url="http://localhost")
pulse.time_entries.create_time_entry(body={"date": dt.date(2026, 3, 2), "hours": "six", "type": "Billable", "userId": 1, "taskId": 10})
pulse.time_entries.create_time_entry(body={"date": "2026-03-02", "hours": 6.5, "type": "Billable", "userId": 1, "taskId": 10})
pulse.time_entries.create_time_entry(body={"date": dt.date(2026, 3, 2), "hours": 6.5, "type": "Billable", "userId": 1})
pulse.time_entries.update_time_entry(id=1, body={"hours": 6.5, "colour": "teal"})
track = timetrack.Client(api_key="key", api_secret="secret", base_url="http://localhost")
track.attendances.create_attendance(body={"username": "ana", "from_": dt.datetime(2026, 3, 2), "to": dt.datetime(2026, 3, 2)})
'''
EXPECTED = {
    5: 'expected "TimeEntryCreate | TimeEntryCreateDict"',
    6: 'expected "TimeEntryCreate | TimeEntryCreateDict"',
    7: 'expected "TimeEntryCreate | TimeEntryCreateDict"',
    8: 'expected "TimeEntryUpdate | TimeEntryUpdateDict"',
    10: 'expected "AttendanceCreate | AttendanceCreateDict"',
}


def mypy_strict(*paths: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", *map(str, paths)],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        env={"MYPYPATH": str(GENERATED_DIR), "PATH": ""},
    )


def test_the_consumer_suite_passes_mypy_strict() -> None:
    result = mypy_strict(Path(__file__).parent / "test_apps.py")
    assert result.returncode == 0, result.stdout[-3000:]


def test_a_wrong_dict_body_is_a_mypy_error(tmp_path: Path) -> None:
    script = tmp_path / "wrong_bodies.py"
    script.write_text(WRONG_BODIES.lstrip("\n"), encoding="utf-8")
    result = mypy_strict(script)
    errors = [line for line in result.stdout.splitlines() if ": error: " in line]
    by_line = {int(line.split(":")[1]): line for line in errors}
    for number, words in EXPECTED.items():
        assert words in by_line.get(number, ""), f"line {number}:\n{result.stdout}"
    assert set(by_line) == set(EXPECTED), result.stdout
