"""Thread-safe entity store of a mock server, optionally persisted in SQLite.

Entities are JSON objects grouped in named collections and kept in insertion order. With a
state file every change is written through at once, so a restart loses nothing.
"""

from __future__ import annotations

import fcntl
import json
import os
import random
import sqlite3
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from json.encoder import encode_basestring_ascii as _json_string
from pathlib import Path
from typing import Any


class StateFileError(Exception):
    """The --state file cannot be used (one-line reason)."""


class Store:
    def __init__(
        self, seed: int = 0, state_path: str | Path | None = None, owner: str = ""
    ) -> None:
        self.seed = seed
        self.lock = threading.RLock()
        self._collections: dict[str, dict[str, dict[str, Any]]] = {}
        self._counters: dict[str, int] = {}
        self._meta: dict[str, str] = {}
        self._db: _Database | None = None
        # Grows with every change (entity, counter, mark): while it stays the same, so do the
        # answers to the same reads, which is what lets the engine keep them.
        self.version = 0
        if state_path is not None:
            self._db = _Database(Path(state_path))
            try:
                self._load(owner)
            except sqlite3.Error as exc:
                self._db.close()
                raise StateFileError(f"cannot use state file {state_path}: {exc}") from None
            except StateFileError:
                self._db.close()
                raise

    # -- reads -------------------------------------------------------------------------------
    def get(self, collection: str, key: Any) -> dict[str, Any] | None:
        with self.lock:
            entity = self._collections.get(collection, {}).get(_key(key))
            return clone(entity) if entity is not None else None

    def all(self, collection: str) -> list[dict[str, Any]]:
        with self.lock:
            return clone(list(self._collections.get(collection, {}).values()))

    def scan(self, collection: str) -> list[dict[str, Any]]:
        """The stored entities themselves, in order, for filtering a list without copying them all:
        read them, never change them, and `clone` the ones a reply or a change keeps."""
        with self.lock:
            return list(self._collections.get(collection, {}).values())

    def find(self, collection: str, field: str, value: Any) -> dict[str, Any] | None:
        with self.lock:
            for entity in self._collections.get(collection, {}).values():
                if entity.get(field) == value:
                    return clone(entity)
            return None

    def count(self, collection: str) -> int:
        with self.lock:
            return len(self._collections.get(collection, {}))

    @property
    def is_empty(self) -> bool:
        with self.lock:
            return not self._collections and not self._meta.get("seeded")

    # -- writes ------------------------------------------------------------------------------
    def put(self, collection: str, key: Any, entity: dict[str, Any]) -> None:
        with self.lock:
            stored = clone(entity)
            self.version += 1
            self._collections.setdefault(collection, {})[_key(key)] = stored
            if self._db:
                self._db.put(collection, _key(key), json.dumps(stored, ensure_ascii=False))

    def delete(self, collection: str, key: Any) -> bool:
        with self.lock:
            found = self._collections.get(collection, {}).pop(_key(key), None) is not None
            self.version += found
            if found and self._db:
                self._db.delete(collection, _key(key))
            return found

    def next_number(self, counter: str, start: int = 1) -> int:
        """The next id of a counter; with a state file the database hands it out."""
        with self.lock:
            self.version += 1
            if self._db:
                return self._db.next_counter(counter, start)
            value = max(self._counters.get(counter, start - 1) + 1, start)
            self._counters[counter] = value
            return value

    def new_uuid(self, counter: str) -> str:
        """A deterministic UUID: the same seed and the same history give the same ids."""
        number = self.next_number(counter)
        rng = random.Random(f"{self.seed}/{counter}/{number}")
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))

    def mark_seeded(self) -> None:
        with self.lock:
            self._meta["seeded"] = "1"
            self.version += 1
            if self._db:
                self._db.set_meta("seeded", "1")

    @contextmanager
    def transaction(self) -> Iterator[Store]:
        """Hold the store for a read-check-write sequence (e.g. clock in unless clocked in)."""
        with self.lock:
            yield self

    def close(self) -> None:
        with self.lock:
            if self._db:
                self._db.close()
                self._db = None

    def _load(self, owner: str) -> None:
        assert self._db is not None
        self._meta = self._db.meta()
        stored_owner = self._meta.get("owner")
        if stored_owner and stored_owner != owner:
            raise StateFileError(f"state file belongs to the {stored_owner!r} mock, not {owner!r}")
        if not stored_owner:
            self._db.set_meta("owner", owner)
            self._meta["owner"] = owner
        for collection, key, body in self._db.entities():
            try:
                entity = json.loads(body)
            except ValueError:
                raise StateFileError(
                    f"state file {self._db.path} is damaged: the {collection!r} row {key} "
                    "is not valid JSON (remove the file to start afresh)"
                ) from None
            self._collections.setdefault(collection, {})[key] = entity


def clone(value: Any) -> Any:
    """A copy of a JSON value (much cheaper than copy.deepcopy for plain dicts and lists)."""
    if type(value) is dict:
        return {k: clone(v) if type(v) in _CONTAINERS else v for k, v in value.items()}
    if type(value) is list:
        return [clone(v) if type(v) in _CONTAINERS else v for v in value]
    return value


_CONTAINERS = frozenset((dict, list))


def detach(value: Any) -> Any:
    """A new object made to share nothing with the store: its nested values are copied in place
    (cheaper than `clone` for the fresh dict a vendor's `present` builds)."""
    if type(value) is dict:
        if _CONTAINERS.isdisjoint(map(type, value.values())):  # flat: nothing to copy (fast path)
            return value
        for key, item in value.items():
            if type(item) in _CONTAINERS:
                value[key] = clone(item)
        return value
    return clone(value)


def _key(key: Any) -> str:
    """The key as JSON text (ints and strings, the usual ids, without a json.dumps call)."""
    if type(key) is int:
        return str(key)
    if type(key) is str:
        return _json_string(key)
    return json.dumps(key)


class _Database:
    """The SQLite side of a Store: write-through, autocommit, WAL."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock_file = _hold_lock(path)
        try:
            self.conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            self.conn.executescript(
                """
                CREATE TABLE IF NOT EXISTS entities (
                    collection TEXT NOT NULL, key TEXT NOT NULL, body TEXT NOT NULL,
                    PRIMARY KEY (collection, key));
                CREATE TABLE IF NOT EXISTS counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
                CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
                """
            )
        except sqlite3.Error as exc:
            self._lock_file.close()
            raise StateFileError(f"cannot use state file {path}: {exc}") from None

    def put(self, collection: str, key: str, body: str) -> None:
        self.conn.execute(
            "INSERT INTO entities (collection, key, body) VALUES (?, ?, ?) "
            "ON CONFLICT (collection, key) DO UPDATE SET body = excluded.body",
            (collection, key, body),
        )

    def delete(self, collection: str, key: str) -> None:
        self.conn.execute(
            "DELETE FROM entities WHERE collection = ? AND key = ?", (collection, key)
        )

    def next_counter(self, name: str, start: int) -> int:
        row = self.conn.execute(
            "INSERT INTO counters (name, value) VALUES (?, ?) "
            "ON CONFLICT (name) DO UPDATE SET value = max(value + 1, excluded.value) "
            "RETURNING value",
            (name, start),
        ).fetchone()
        return int(row[0])

    def set_meta(self, name: str, value: str) -> None:
        self.conn.execute(
            "INSERT INTO meta (name, value) VALUES (?, ?) "
            "ON CONFLICT (name) DO UPDATE SET value = excluded.value",
            (name, value),
        )

    def entities(self) -> list[tuple[str, str, str]]:
        return self.conn.execute(
            "SELECT collection, key, body FROM entities ORDER BY rowid"
        ).fetchall()

    def meta(self) -> dict[str, str]:
        return dict(self.conn.execute("SELECT name, value FROM meta").fetchall())

    def close(self) -> None:
        self.conn.close()
        self._lock_file.close()  # closing the descriptor releases the lock


def _hold_lock(path: Path) -> Any:
    """An exclusive lock on `<state>.lock`, held while the file is served: a second mock on the
    same state is refused, naming the process that holds it (the kernel frees the lock when the
    holder dies, even by SIGKILL)."""
    lock_path = path.with_name(path.name + ".lock")
    try:
        handle = open(lock_path, "a+", encoding="utf-8")  # noqa: SIM115 (held until close)
    except OSError as exc:
        raise StateFileError(f"cannot use state file {path}: {exc.strerror or exc}") from None
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        handle.seek(0)
        holder = handle.read(20).strip() or "unknown"
        handle.close()
        raise StateFileError(
            f"state file {path} is in use by another mock (pid {holder})"
        ) from None
    handle.seek(0)
    handle.truncate()
    handle.write(str(os.getpid()))
    handle.flush()
    return handle
