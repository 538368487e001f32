"""Client options, request building, argument checking, pre-flight lint and key secrecy."""

from __future__ import annotations

import logging
import subprocess
import sys
import warnings
from collections.abc import Iterator
from typing import Any

import httpx
import httpx2
import msgspec
import pytest
from transport_server import LoopbackServer, Reply, Script, api_reply, error_body, serve, track

import msgtypes
from msgtypes import Client, Tool
from msgtypes.transport import LintWarning

KEY = "sk-ant-api03-SECRET-do-not-leak-0123456789"
BASE: dict[str, Any] = {
    "model": "claude-opus-4-8",
    "max_tokens": 256,
    "messages": [{"role": "user", "content": "Hello"}],
}


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    with serve(api_reply) as srv:
        yield srv


def client(server: LoopbackServer, **options: object) -> Client:
    return track(Client(api_key=KEY, base_url=server.url, **options))  # type: ignore[arg-type]


# ----------------------------------------------------------------------------- import


def test_import_msgtypes_does_not_import_httpx_until_client_is_used() -> None:
    """Neither HTTP library is loaded by ``import msgtypes``; the client loads the preferred one
    (httpx2, installed in the dev venv) and not the other."""
    code = (
        "import sys, msgtypes\n"
        "libs = ('httpx', 'httpx2', 'httpcore', 'httpcore2')\n"
        "before = [m for m in libs if m in sys.modules]\n"
        "cls = msgtypes.Client\n"
        "after = [m for m in libs if m in sys.modules]\n"
        "print(before or '-', ','.join(after), cls.__module__, msgtypes.AsyncClient.__name__)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == [
        "-",
        "httpx2,httpcore2",
        "msgtypes.transport._client",
        "AsyncClient",
    ]


def test_unknown_attribute_still_raises() -> None:
    with pytest.raises(AttributeError, match="NoSuchThing"):
        msgtypes.NoSuchThing  # noqa: B018


# ----------------------------------------------------------------------------- options


def test_api_key_and_base_url_come_from_the_environment(
    server: LoopbackServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ANTHROPIC_API_KEY", "sk-from-env")
    monkeypatch.setenv("ANTHROPIC_BASE_URL", server.url)
    track(Client()).models.retrieve("m")
    assert server.requests[-1].headers["authorization"] == "Bearer sk-from-env"


def test_default_base_url_is_the_public_api(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ANTHROPIC_BASE_URL", raising=False)
    assert str(track(Client(api_key=KEY)).base_url) == "https://api.anthropic.com/"


def test_base_url_with_a_path_prefix(server: LoopbackServer) -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.path)
        return httpx.Response(200, json={"input_tokens": 1})

    c = track(
        Client(
            api_key=KEY,
            base_url="http://127.0.0.1:9/proxy/anthropic/",
            http_client=httpx.Client(transport=httpx.MockTransport(handler)),
        )
    )
    c.messages.count_tokens(model="m", messages=BASE["messages"])
    assert seen == ["/proxy/anthropic/v1/messages/count_tokens"]


def test_missing_api_key_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ANTHROPIC_API_KEY", raising=False)
    with pytest.raises(msgtypes.MsgtypesError, match="ANTHROPIC_API_KEY"):
        Client()


@pytest.mark.parametrize("bad", ["sk-with\nnewline-SECRET", "sk with space SECRET", "sk-é-SECRET"])
def test_malformed_api_key_is_rejected_without_echoing_it(bad: str) -> None:
    with pytest.raises(msgtypes.MsgtypesError) as info:
        Client(api_key=bad)
    assert "SECRET" not in str(info.value) and "SECRET" not in repr(info.value)


def test_invalid_options_are_rejected() -> None:
    with pytest.raises(ValueError, match="lint"):
        Client(api_key=KEY, lint="loud")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="max_retries"):
        Client(api_key=KEY, max_retries=-1)


def test_headers_sent_and_overridden(server: LoopbackServer) -> None:
    c = client(server, default_headers={"x-team": "blue", "anthropic-version": "2099-01-01"})
    c.messages.create(**BASE, extra_headers={"x-team": "red", "x-trace": "t1"})
    sent = server.requests[-1].headers
    assert sent["x-team"] == "red"
    assert sent["x-trace"] == "t1"
    assert sent["anthropic-version"] == "2099-01-01"  # default_headers override the defaults
    assert sent["content-type"] == "application/json"
    assert sent["authorization"] == f"Bearer {KEY}"
    assert "x-api-key" not in sent
    c.messages.create(**BASE, extra_headers={"anthropic-version": None})
    assert "anthropic-version" not in server.requests[-1].headers


@pytest.mark.parametrize(
    ("version", "header", "value"),
    [("2026-10-21", "authorization", f"Bearer {KEY}"), ("2023-06-01", "x-api-key", KEY)],
)
def test_api_version_sets_the_version_and_the_key_header(
    server: LoopbackServer, version: str, header: str, value: str
) -> None:
    """Each version sends the key the way its SDK generation does, and only that way; a header
    of that name given by the caller does not replace the key."""
    c = client(server, api_version=version, default_headers={header: "not-the-key"})
    assert c.api_version == version and version in repr(c)
    c.models.retrieve("m")
    sent = server.requests[-1].headers
    assert sent["anthropic-version"] == version
    assert sent[header] == value
    other = "x-api-key" if header == "authorization" else "authorization"
    assert other not in sent


def test_the_default_api_version_is_the_current_sdks() -> None:
    assert track(Client(api_key=KEY)).api_version == msgtypes.DEFAULT_API_VERSION == "2026-10-21"


def test_an_unknown_api_version_is_refused() -> None:
    with pytest.raises(ValueError, match=r"2099-01-01.*2023-06-01, 2026-10-21"):
        Client(api_key=KEY, api_version="2099-01-01")


def test_per_call_timeout_overrides_the_client_timeout(server: LoopbackServer) -> None:
    slow = Reply.json({"input_tokens": 1})
    slow.delay = 0.4
    server.handler = Script(slow)
    c = client(server, timeout=5.0, max_retries=0)
    with pytest.raises(msgtypes.APITimeoutError):
        c.messages.count_tokens(model="m", messages=BASE["messages"], timeout=0.1)
    assert c.messages.count_tokens(model="m", messages=BASE["messages"]).input_tokens == 1


def test_with_options_copies_settings(server: LoopbackServer) -> None:
    c = client(server, max_retries=5, lint="warn")
    other = c.with_options(max_retries=0)
    assert (other.max_retries, other.lint, other.base_url) == (0, "warn", c.base_url)
    assert other.api_key == KEY
    other.models.retrieve("m")
    assert server.requests[-1].headers["authorization"] == f"Bearer {KEY}"
    legacy = c.with_options(api_version="2023-06-01")
    assert (legacy.api_version, legacy.lint, c.api_version) == ("2023-06-01", "warn", "2026-10-21")


def test_injected_http_client_is_used_and_left_open() -> None:
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.method + " " + request.url.path)
        return httpx.Response(200, json={"input_tokens": 3})

    http = httpx.Client(transport=httpx.MockTransport(handler))
    with Client(api_key=KEY, http_client=http) as c:
        c.messages.count_tokens(model="m", messages=BASE["messages"])
    assert calls == ["POST /v1/messages/count_tokens"]
    assert not http.is_closed


# ----------------------------------------------------------------------------- arguments


def test_unknown_keyword_is_a_type_error_and_nothing_is_sent(server: LoopbackServer) -> None:
    c = client(server)
    with pytest.raises(TypeError, match="unexpected keyword argument 'maxtokens'"):
        c.messages.create(model="m", maxtokens=5, messages=[])  # type: ignore[call-overload]
    with pytest.raises(TypeError, match="missing required keyword argument"):
        c.messages.create(model="m", messages=[])  # type: ignore[call-overload]
    # Body fields are one superset (a msgtypes.dicts.MessageCreateParams unpacks into create());
    # the anthropic-beta values are a call option of the beta methods only, as in the SDK.
    with pytest.raises(TypeError, match="betas"):
        c.messages.create(**BASE, betas=["x"])  # type: ignore[call-overload]
    with pytest.raises(TypeError, match="stream"):
        c.messages.stream(**BASE, stream=True)  # type: ignore[call-arg]
    assert server.requests == []


def test_invalid_values_fail_validation_before_sending(server: LoopbackServer) -> None:
    c = client(server)
    with pytest.raises(msgspec.ValidationError, match="max_tokens"):
        c.messages.create(**{**BASE, "max_tokens": "many"})
    with pytest.raises(msgspec.ValidationError, match="role"):
        c.messages.create(**{**BASE, "messages": [{"role": "developer", "content": "x"}]})
    with pytest.raises(msgspec.ValidationError):
        c.messages.create(**BASE, tools=[{"name": "t"}])  # type: ignore[list-item]
    with pytest.raises(ValueError, match="message_batch_id"):
        c.messages.batches.retrieve("")
    assert server.requests == []


def test_dict_literals_are_sent_as_written(server: LoopbackServer) -> None:
    schema: dict[str, Any] = {"type": "object"}
    c = client(server)
    c.messages.create(**BASE, tools=[{"name": "get_weather", "input_schema": schema}])
    body = server.requests[-1].json()
    # No "type": "custom" is added, although validation needed it to pick the tool type.
    assert body["tools"] == [{"name": "get_weather", "input_schema": {"type": "object"}}]  # type: ignore[index]
    assert schema == {"type": "object"}


def test_structs_are_encoded(server: LoopbackServer) -> None:
    c = client(server)
    c.messages.create(
        model="claude-opus-4-8",
        max_tokens=10,
        tools=[Tool(name="lookup", input_schema={"type": "object"})],
        messages=(m for m in [msgtypes.MessageParam(role="user", content="hi")]),
    )
    body = server.requests[-1].json()
    assert body["tools"] == [  # type: ignore[index]
        {"type": "custom", "name": "lookup", "input_schema": {"type": "object"}}
    ]
    assert body["messages"] == [{"role": "user", "content": "hi"}]  # type: ignore[index]


def test_betas_must_be_a_list(server: LoopbackServer) -> None:
    with pytest.raises(TypeError, match="list of strings"):
        client(server).beta.messages.create(**BASE, betas="files-api-2025-04-14")


def test_extra_body_is_merged_after_validation(server: LoopbackServer) -> None:
    client(server).messages.create(**BASE, extra_body={"new_field": True})
    assert server.requests[-1].json() == {**BASE, "new_field": True}


# ----------------------------------------------------------------------------- lint


def test_lint_error_raises_and_sends_nothing(server: LoopbackServer) -> None:
    c = client(server, lint="error", api_version="2023-06-01")
    with pytest.raises(msgtypes.PreflightLintError) as info:
        c.messages.create(**{**BASE, "model": "claude-sonnet-4-5"}, temperature=0.5, top_p=0.5)
    assert [d.code for d in info.value.diagnostics] == ["E274"]
    with pytest.raises(msgtypes.PreflightLintError, match="context-management"):
        c.beta.messages.create(**BASE, context_management={"edits": []})
    assert server.requests == []


def test_lint_error_passes_clean_requests_and_sees_betas(server: LoopbackServer) -> None:
    c = client(server, lint="error")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        c.messages.create(**BASE)
        c.beta.messages.create(
            **BASE,
            context_management={"edits": []},
            betas=["context-management-2025-06-27"],
        )
        c.messages.count_tokens(model="claude-opus-4-8", messages=BASE["messages"])
    assert len(server.requests) == 3


def test_lint_warn_warns_and_sends(server: LoopbackServer) -> None:
    c = client(server, lint="warn", api_version="2023-06-01")
    with pytest.warns(LintWarning, match="E274"):
        c.messages.create(**{**BASE, "model": "claude-sonnet-4-5"}, temperature=0.5, top_p=0.5)
    assert len(server.requests) == 1


def test_lint_follows_the_api_version(server: LoopbackServer) -> None:
    """Pre-flight lint judges a request by the rules of the version the client sends: a
    sampling parameter valid on 2023-06-01 is an error on 2026-10-21."""
    legacy = client(server, lint="error", api_version="2023-06-01")
    current = client(server, lint="error")
    params = {**BASE, "model": "claude-haiku-4-5"}  # any temperature on 2023-06-01
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        legacy.messages.create(**params, temperature=0.5)
    with pytest.raises(msgtypes.PreflightLintError) as info:
        current.messages.create(**params, temperature=0.5)
    assert [(d.code, d.path) for d in info.value.diagnostics] == [("E300", "/temperature")]
    assert len(server.requests) == 1


def test_lint_off_does_not_load_the_linter(server: LoopbackServer) -> None:
    code = (
        "import sys, msgtypes\n"
        f"c = msgtypes.Client(api_key='k', base_url={server.url!r})\n"
        "c.messages.count_tokens(model='m', messages=[{'role': 'user', 'content': 'x'}])\n"
        "print('msglint' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_lint_error_in_a_batch(server: LoopbackServer) -> None:
    c = client(server, lint="error")
    bad = {**BASE, "model": "claude-sonnet-4-5", "temperature": 0.5, "top_p": 0.5}
    with pytest.raises(msgtypes.PreflightLintError):
        c.messages.batches.create(requests=[{"custom_id": "a", "params": bad}])  # type: ignore[list-item]
    assert server.requests == []


# ----------------------------------------------------------------------------- secrecy


def _everything_said(c: Client, error: BaseException | None) -> str:
    """Every text a user could see: reprs, messages, the request headers' repr."""
    parts = [repr(c), str(c.__dict__), repr(vars(c.messages))]
    while error is not None:
        parts += [str(error), repr(error), repr(getattr(error, "__dict__", {}))]
        request = getattr(error, "request", None)
        if request is not None:  # an httpx or httpx2 Request
            parts.append(repr(request.headers))
        error = error.__cause__ or error.__context__
    return "\n".join(parts)


def test_key_not_in_reprs_logs_or_errors(
    server: LoopbackServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    server.handler = Script(
        Reply.json(error_body("overloaded_error", "Overloaded"), status=529),
        Reply.json(error_body("authentication_error", "invalid x-api-key"), status=401),
    )
    c = client(server, max_retries=1, sleep=lambda _: None)
    with pytest.raises(msgtypes.AuthenticationError) as info:
        c.messages.create(**BASE)
    text = _everything_said(c, info.value)
    assert KEY not in text
    assert KEY not in caplog.text and "retry" in caplog.text

    # A connection error carries httpx's request: the key is wiped from it.
    dead = track(Client(api_key=KEY, base_url="http://127.0.0.1:9", max_retries=0))
    with pytest.raises(msgtypes.APIConnectionError) as conn:
        dead.models.retrieve("m")
    assert isinstance(conn.value.__cause__, httpx2.ConnectError)
    assert conn.value.__cause__.request.headers["authorization"] == "[redacted]"
    assert KEY not in _everything_said(dead, conn.value)
    assert server.requests[-1].headers["authorization"] == f"Bearer {KEY}"  # it was sent


def test_key_not_in_raw_response_request_headers(server: LoopbackServer) -> None:
    c = client(server)
    raw = c.messages.with_raw_response.create(**BASE)
    shown = repr(raw) + repr(raw.http_response.request.headers) + str(raw.http_response.request)
    assert KEY not in shown
    assert raw.http_response.request.headers["authorization"] == "[redacted]"
    with c.messages.stream(**BASE) as stream:
        assert KEY not in repr(stream.response.request.headers)
        stream.until_done()
