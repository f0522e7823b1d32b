"""`mock --spec FILE` for a spec with no `x-` keys: resources inferred from paths and methods,
bodies from the response schemas and the stored entity, any non-INVALID credential accepted."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from generator import REPO_ROOT, shared_path
from generator.ir.load import source
from generator.mock.testing import MockClient

PROJECTS = REPO_ROOT / "tests" / "fixtures" / "projects.yaml"


@pytest.fixture
def projects():
    client = MockClient(source(spec=PROJECTS))
    yield client
    client.close()


def test_projects_crud_round_trip(projects):
    created = projects.post("/projects", json={"name": "Apollo", "client": None})
    assert created.status_code == 201
    project = created.json()
    assert project["name"] == "Apollo" and project["billable"] is True  # the schema's default
    assert project["client"] is None and project["created_at"].endswith("Z")
    key = project["id"]
    assert projects.get(f"/projects/{key}").json() == project
    patched = projects.patch(f"/projects/{key}", json={"billable": False}).json()
    assert patched == {**project, "billable": False}  # only what was sent changed
    entry = projects.post(f"/projects/{key}/entries", json={"date": "2026-03-02", "hours": 1.5})
    assert entry.status_code == 201
    assert entry.json()["project_id"] == key and entry.json()["note"] is None
    assert projects.get(f"/projects/{key}/entries").json() == [entry.json()]
    deleted = projects.delete(f"/projects/{key}")
    assert deleted.status_code == 204 and deleted.content == b""
    gone = projects.get(f"/projects/{key}")
    assert gone.status_code == 404 and gone.json()["message"]


def test_nested_lists_hold_only_their_parents_entities(projects):
    first = projects.post("/projects", json={"name": "A"}).json()["id"]
    second = projects.post("/projects", json={"name": "B"}).json()["id"]
    projects.post(f"/projects/{first}/entries", json={"date": "2026-03-02", "hours": 1})
    assert projects.get(f"/projects/{second}/entries").json() == []
    missing = projects.post("/projects/999/entries", json={"date": "2026-03-02", "hours": 1})
    assert missing.status_code == 404


def test_projects_list_pages_by_the_declared_parameters(projects):
    keys = [projects.post("/projects", json={"name": f"P{n}"}).json()["id"] for n in range(5)]
    page = projects.get("/projects", params={"limit": 2, "offset": 2}).json()
    assert [p["id"] for p in page] == keys[2:4]


def test_projects_invalid_body_and_missing_or_rejected_token(projects):
    assert projects.post("/projects", json={"name": ""}).status_code == 422
    assert projects.patch("/projects/1", json={}).status_code in (404, 422)
    assert projects.get("/projects", auth=False).status_code == 401
    rejected = projects.get("/projects", headers={"Authorization": "Bearer INVALID-token"})
    assert rejected.status_code == 401


def test_petstore_expanded_round_trip():
    client = MockClient(source(spec=shared_path("bench-specs", "petstore-expanded.yaml")))
    try:
        pet = client.post("/pets", json={"name": "Rex", "tag": "dog"}).json()
        assert isinstance(pet["id"], int) and pet["name"] == "Rex"
        assert client.get(f"/pets/{pet['id']}").json() == pet
        assert pet in client.get("/pets", params={"limit": 10}).json()
        assert client.delete(f"/pets/{pet['id']}").status_code == 204
        gone = client.get(f"/pets/{pet['id']}")
        assert gone.status_code == 404 and gone.json()["code"] == 404  # the Error schema
        assert client.post("/pets", json={"tag": "no name"}).status_code == 400
    finally:
        client.close()


def test_swagger_petstore_orders_round_trip_and_api_key():
    client = MockClient(source(spec=shared_path("corpus", "schemathesis__petstore_v3.yaml")))
    try:
        order = client.post("/store/order", json={"petId": 3, "quantity": 1}).json()
        assert order["petId"] == 3 and order["complete"] is False  # the schema's default
        assert client.get(f"/store/order/{order['id']}").json() == order
        # DELETE documents only its errors: the success is answered but not checked
        deleted = client.http.delete(f"{client.prefix}/store/order/{order['id']}")
        assert deleted.status_code == 200
        assert client.get(f"/store/order/{order['id']}").status_code == 404
        assert client.post("/store/order", json={"quantity": "two"}).status_code == 400
        client.http.post(
            f"{client.prefix}/pet",
            json={"id": 7, "name": "Rex", "photoUrls": []},
            headers=client.headers,
        )
        assert client.get("/pet/7", headers={"api_key": "any"}, auth=False).status_code == 200
        # the spec documents no 401: answered all the same, unchecked
        assert client.http.get(f"{client.prefix}/pet/7").status_code == 401
    finally:
        client.close()


def test_mock_cli_serves_any_spec_file(tmp_path: Path):
    process = subprocess.Popen(
        [sys.executable, "-m", "generator", "mock", "--spec", str(PROJECTS), "--port", "0"],
        cwd=REPO_ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        url = process.stdout.readline().strip()
        assert url.endswith("/v1")
        auth = {"Authorization": "Bearer t"}
        created = httpx.post(f"{url}/projects", json={"name": "CLI"}, headers=auth)
        assert created.status_code == 201
        assert httpx.get(f"{url}/projects/{created.json()['id']}", headers=auth).status_code == 200
    finally:
        process.terminate()
        process.communicate(timeout=10)
