"""The fake as an app: header checks, routing, mock mode, linting, in-process transports."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import msgspec
import pytest

import msglint
from msglint import Diagnostic
from msgtypes import MessageBatch, RawMessageStreamEvent, decode
from msgtypes._sse import iter_sse
from msgtypes.testing import DropConnection, FakeAPI, Reply, StreamError

MODEL = "claude-sonnet-4-5-20250929"
HEADERS = {"x-api-key": "k", "anthropic-version": "2023-06-01"}
BODY: dict[str, Any] = {
    "model": MODEL,
    "max_tokens": 64,
    "messages": [{"role": "user", "content": "hello in process"}],
}


@pytest.fixture
def client(fake: FakeAPI) -> Iterator[httpx.Client]:
    with httpx.Client(transport=fake.transport(), base_url="http://fake.test") as c:
        yield c


def _error(response: httpx.Response) -> tuple[int, str, str]:
    body = response.json()
    assert body["type"] == "error"
    assert body["request_id"] == response.headers["request-id"]
    return response.status_code, body["error"]["type"], body["error"]["message"]


# --------------------------------------------------------------------------- headers and routes


def test_every_response_has_a_request_id(client: httpx.Client) -> None:
    responses = [
        client.post("/v1/messages", headers=HEADERS, json=BODY),
        client.post("/v1/messages", headers=HEADERS, json={}),
        client.get("/v1/nothing", headers=HEADERS),
        client.get("/v1/models", headers={}),
    ]
    ids = [r.headers["request-id"] for r in responses]
    assert all(i.startswith("req_011C") and len(i) == 28 for i in ids)
    assert len(set(ids)) == len(ids)
    assert responses[0].headers["anthropic-ratelimit-requests-limit"] == "4000"


def test_api_key_is_required(client: httpx.Client) -> None:
    response = client.post("/v1/messages", headers={"anthropic-version": "2023-06-01"}, json=BODY)
    assert _error(response) == (401, "authentication_error", "x-api-key header is required")
    bearer = {"authorization": "Bearer token", "anthropic-version": "2023-06-01"}
    assert client.post("/v1/messages", headers=bearer, json=BODY).status_code == 200


def test_only_configured_keys_pass() -> None:
    fake = FakeAPI(api_keys={"good"})
    with httpx.Client(transport=fake.transport(), base_url="http://fake.test") as c:
        bad = c.get("/v1/models", headers={**HEADERS, "x-api-key": "bad"})
        assert _error(bad) == (401, "authentication_error", "invalid x-api-key")
        assert c.get("/v1/models", headers={**HEADERS, "x-api-key": "good"}).status_code == 200


def test_anthropic_version_is_required_and_checked(client: httpx.Client) -> None:
    missing = client.get("/v1/models", headers={"x-api-key": "k"})
    assert _error(missing)[:2] == (400, "invalid_request_error")
    assert "anthropic-version" in _error(missing)[2]
    wrong = client.get("/v1/models", headers={**HEADERS, "anthropic-version": "2099-01-01"})
    assert _error(wrong)[0] == 400


def test_unknown_path_and_method(client: httpx.Client) -> None:
    assert _error(client.get("/v1/nothing", headers=HEADERS))[:2] == (404, "not_found_error")
    assert client.delete("/v1/models", headers=HEADERS).status_code == 405


def test_body_over_32_mb_is_request_too_large(client: httpx.Client) -> None:
    response = client.post("/v1/messages", headers=HEADERS, content=b" " * (32 * 1024 * 1024 + 1))
    assert response.status_code == 413
    assert response.json() == {
        "error": {"type": "request_too_large", "message": "Request exceeds the maximum size"}
    }


def test_malformed_json_is_a_400(client: httpx.Client) -> None:
    response = client.post("/v1/messages", headers=HEADERS, content=b'{"model": ')
    status, kind, message = _error(response)
    assert (status, kind) == (400, "invalid_request_error")
    assert "JSON" in message


# --------------------------------------------------------------------------- validation


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"max_tokens": -1}, "max_tokens: Input should be greater than or equal to 0"),
        ({"messages": []}, "messages: List should have at least 1 item after validation, not 0"),
        ({"temperature": 2}, "temperature: Input should be less than or equal to 1.0"),
        ({"metadata": {"user": "x"}}, "metadata.user: Extra inputs are not permitted"),
        (
            {"thinking": {"type": "enabled", "budget_tokens": 10}},
            "thinking.enabled.budget_tokens: Input should be greater than or equal to 1024",
        ),
        (
            {"tools": [{"name": "bad name", "input_schema": {"type": "object"}}]},
            "tools.0.custom.name: String should match pattern '^[a-zA-Z0-9_-]{1,128}$'",
        ),
        (
            {"messages": [{"role": "developer", "content": "x"}]},
            "messages.0.role: Input should be 'assistant', 'system' or 'user'",
        ),
        (
            {"messages": [{"role": "user", "content": [{"type": "txt", "text": "x"}]}]},
            "messages.0.content.0: Input tag 'txt' found using 'type' does not match any of the "
            "expected tags: ",
        ),
    ],
)
def test_structural_errors_are_worded_like_the_api(
    client: httpx.Client, change: dict[str, Any], message: str
) -> None:
    status, kind, text = _error(
        client.post("/v1/messages", headers=HEADERS, json={**BODY, **change})
    )
    assert (status, kind) == (400, "invalid_request_error")
    assert text.startswith(message)


def test_lint_errors_become_400s_with_the_api_location(
    client: httpx.Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[tuple[str, tuple[str, ...]]] = []

    def fake_check(
        payload: Any, *, endpoint: str = "messages", betas: Any = (), api_version: Any = None
    ) -> list[Diagnostic]:
        seen.append((endpoint, tuple(betas)))
        return [
            Diagnostic(code="W1", severity="warning", path="/model", message="only a warning"),
            Diagnostic(
                code="X1",
                severity="error",
                path="/messages/0/content/0/source/data",
                message="Image does not match the provided media type image/png",
            ),
        ]

    monkeypatch.setattr(msglint, "check", fake_check)
    image = {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": "AA"}}
    body = {**BODY, "messages": [{"role": "user", "content": [image]}]}
    headers = {**HEADERS, "anthropic-beta": "files-api-2025-04-14"}
    status, kind, message = _error(client.post("/v1/messages", headers=headers, json=body))
    assert (status, kind) == (400, "invalid_request_error")
    assert message == (
        "messages.0.content.0.image.source.base64.data: "
        "Image does not match the provided media type image/png"
    )
    assert seen == [("messages", ("files-api-2025-04-14",))]


def test_lint_warnings_and_internal_errors_do_not_reject(
    client: httpx.Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    found = [
        Diagnostic(code="W1", severity="warning", path="", message="a warning"),
        Diagnostic(code="E000", severity="error", path="", message="the linter crashed"),
    ]
    monkeypatch.setattr(msglint, "check", lambda *a, **k: found)
    assert client.post("/v1/messages", headers=HEADERS, json=BODY).status_code == 200


def test_unknown_model_and_unknown_beta(client: httpx.Client) -> None:
    unknown = client.post("/v1/messages", headers=HEADERS, json={**BODY, "model": "gpt-4"})
    assert _error(unknown) == (404, "not_found_error", "model: gpt-4")
    beta = client.post(
        "/v1/messages?beta=true", headers={**HEADERS, "anthropic-beta": "foo-2020"}, json=BODY
    )
    assert _error(beta)[0] == 400 and "`foo-2020`" in _error(beta)[2]


def test_custom_tool_without_type_is_accepted(client: httpx.Client) -> None:
    tool = {"name": "get_time", "input_schema": {"type": "object", "properties": {}}}
    body = {**BODY, "tools": [tool], "tool_choice": {"type": "tool", "name": "get_time"}}
    response = client.post("/v1/messages", headers=HEADERS, json=body)
    assert response.status_code == 200
    assert response.json()["content"][0]["name"] == "get_time"


# --------------------------------------------------------------------------- mock mode


def test_mock_mode_resolves_any_id_and_skips_semantic_checks(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    mock = FakeAPI(mock=True)
    called: list[Any] = []
    monkeypatch.setattr(msglint, "check", lambda *a, **k: called.append(a) or [])
    with httpx.Client(transport=mock.transport(), base_url="http://fake.test") as c:
        body = {**BODY, "model": "any-model-at-all"}
        assert c.post("/v1/messages", headers=HEADERS, json=body).status_code == 200
        beta = {**HEADERS, "anthropic-beta": "unreleased-2030-01-01"}
        assert c.post("/v1/messages?beta=true", headers=beta, json=BODY).status_code == 200
        batch = msgspec.json.decode(
            c.get("/v1/messages/batches/msgbatch_never_made", headers=HEADERS).content,
            type=MessageBatch,
        )
        assert batch.id == "msgbatch_never_made" and batch.processing_status == "ended"
        results = c.get("/v1/messages/batches/msgbatch_never_made/results", headers=HEADERS)
        assert results.status_code == 200 and b'"succeeded"' in results.content
        canceled = c.post("/v1/messages/batches/other/cancel", headers=HEADERS).json()
        assert canceled["processing_status"] == "canceling"
        deleted = c.delete("/v1/messages/batches/other", headers=HEADERS).json()
        assert deleted == {"type": "message_batch_deleted", "id": "other"}
        model = c.get("/v1/models/made-up-model", headers=HEADERS).json()
        assert model["id"] == "made-up-model" and model["type"] == "model"
        # structure and types are still checked
        bad = c.post("/v1/messages", headers=HEADERS, json={**BODY, "max_tokens": "many"})
        assert _error(bad) == (
            400,
            "invalid_request_error",
            "max_tokens: Input should be a valid integer",
        )
    assert called == []


# --------------------------------------------------------------------------- transports


def _events(raw: bytes) -> list[Any]:
    return [decode(event.data, type=RawMessageStreamEvent) for event in iter_sse([raw])]


def test_sync_transport_streams_and_records(fake: FakeAPI, client: httpx.Client) -> None:
    fake.replies.push(Reply.text("one two three four five six seven"))
    with client.stream("POST", "/v1/messages", headers=HEADERS, json={**BODY, "stream": True}) as r:
        assert r.headers["content-type"].startswith("text/event-stream")
        chunks = list(r.iter_raw())
    assert len(chunks) > 5  # one write per event, not one buffered body
    events = _events(b"".join(chunks))
    assert events[0].type == "message_start" and events[-1].type == "message_stop"
    assert fake.requests[-1].json()["stream"] is True


def test_sync_transport_surfaces_a_drop_like_a_socket(fake: FakeAPI, client: httpx.Client) -> None:
    fake.faults.add(DropConnection(after_events=3))
    with client.stream("POST", "/v1/messages", headers=HEADERS, json={**BODY, "stream": True}) as r:
        with pytest.raises(httpx.RemoteProtocolError):
            r.read()
    fake.faults.add(DropConnection())
    with pytest.raises(httpx.RemoteProtocolError):
        client.post("/v1/messages", headers=HEADERS, json=BODY)


async def test_async_transport(fake: FakeAPI) -> None:
    fake.faults.add(StreamError(after_events=2, error_type="api_error", message="boom"))
    async with httpx.AsyncClient(transport=fake.async_transport(), base_url="http://f") as c:
        ok = await c.post("/v1/messages", headers=HEADERS, json=BODY)
        assert ok.json()["content"][0]["text"] == "hello in process"
        streamed = await c.post("/v1/messages", headers=HEADERS, json={**BODY, "stream": True})
        names = [e.event for e in iter_sse([streamed.content])]
        assert names == ["message_start", "content_block_start", "error"]
        fake.faults.add(DropConnection(after_events=1))
        with pytest.raises(httpx.RemoteProtocolError):
            await c.post("/v1/messages", headers=HEADERS, json={**BODY, "stream": True})


async def test_plain_asgi_transport_works_too(fake: FakeAPI) -> None:
    transport = httpx.ASGITransport(app=fake)
    async with httpx.AsyncClient(transport=transport, base_url="http://f") as c:
        response = await c.get("/v1/models?limit=2", headers=HEADERS)
    assert response.status_code == 200 and len(response.json()["data"]) == 2


def test_reset_forgets_state(fake: FakeAPI, client: httpx.Client) -> None:
    request = {"custom_id": "a", "params": BODY}
    client.post("/v1/messages/batches", headers=HEADERS, json={"requests": [request]})
    fake.replies.push("queued")
    fake.faults.add(DropConnection())
    fake.reset()
    assert fake.requests == [] and len(fake.replies) == 0 and len(fake.faults) == 0
    listed = client.get("/v1/messages/batches", headers=HEADERS).json()
    assert listed == {"data": [], "has_more": False, "first_id": None, "last_id": None}
