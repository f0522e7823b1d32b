"""Masking by position, property-tested: a random credential (1 to 64 characters, often a
substring of the URL, the path or the JSON keys around it) never shows where it travels, and
nothing else in the text changes."""

from __future__ import annotations

import json
from urllib.parse import quote

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from generator.contract.curl import Slot
from generator.contract.masking import Masker

# Token characters (base64, base64url, hex, JWT): what API keys are made of.
TOKEN_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~+/="
SURROUNDINGS = "https://api.example.test/api/v1/time-tracking/entries?page=2 api_token X-Api-Key"

SLOTS = (
    Slot("header", "X-Api-Key", "VENDOR_API_KEY"),
    Slot("query", "api_token", "VENDOR_API_TOKEN"),
    Slot("body", "api_token", "VENDOR_API_TOKEN"),
)
MASKER = Masker(["X-Api-Key", "api_token"], SLOTS)

secrets = st.one_of(
    st.text(TOKEN_CHARS, min_size=1, max_size=64),
    # substrings of what surrounds the credential: the URL, the path, the JSON keys
    st.integers(0, len(SURROUNDINGS) - 1)
    .flatmap(
        lambda i: st.integers(i + 1, min(len(SURROUNDINGS), i + 64)).map(
            lambda j: SURROUNDINGS[i:j]
        )
    )
    .filter(lambda s: all(c in TOKEN_CHARS for c in s)),
)


def _curl(secret: str) -> str:
    body = json.dumps({"api_token": secret, "note": "time-tracking"})
    return (
        f"curl -X POST -H 'X-Api-Key: {secret}' -H 'Accept: application/json' -d '{body}' "
        f"'https://api.example.test/api/v1/time-tracking/entries?api_token={quote(secret, safe='')}&page=2'"
    )


def _report_text(secret: str) -> str:
    link = f"https://api.example.test/api/v1/entries?page=3&api_token={quote(secret, safe='')}"
    return (
        f'`/next_page` should be null but the server sent string "{link}"; '
        f"header X-Api-Key: {secret} sent to https://api.example.test/api/v1/time-tracking"
    )


@settings(max_examples=300, suppress_health_check=[HealthCheck.filter_too_much])
@given(secrets)
@example("a")
@example("api")
@example("v1")
@example("https")
@example("-")
def test_a_credential_never_shows_and_nothing_else_changes(secret):
    curl = MASKER.curl(_curl(secret))
    assert curl == (
        "curl -X POST -H \"X-Api-Key: ${VENDOR_API_KEY}\" -H 'Accept: application/json' "
        '-d "{\\"api_token\\":\\"${VENDOR_API_TOKEN}\\",\\"note\\":\\"time-tracking\\"}" '
        '"https://api.example.test/api/v1/time-tracking/entries?api_token=${VENDOR_API_TOKEN}'
        '&page=2"'
    )
    text = MASKER.text(_report_text(secret))
    assert text == (
        "`/next_page` should be null but the server sent string "
        '"https://api.example.test/api/v1/entries?page=3&api_token=***"; '
        "header X-Api-Key: *** sent to https://api.example.test/api/v1/time-tracking"
    )


@given(st.text(TOKEN_CHARS, min_size=1, max_size=64))
def test_userinfo_is_masked_whatever_it_holds(secret):
    userinfo = f"user:{quote(secret, safe='')}"  # as a URL carries it
    masked = MASKER.text(f"redirected to https://{userinfo}@other.example/x?page=1")
    assert masked == "redirected to https://***@other.example/x?page=1"
