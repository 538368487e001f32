"""Rules about tool definitions, tool_choice and structured-output schemas."""

from __future__ import annotations

from typing import Any

import msgspec

import msgtypes as m

from .._schema import Schema, new_request, schema_of
from ..engine import Context, semantic_rule
from . import register
from ._helpers import block_pointer, is_set


@register("W219", "schema-check-skipped", severity="warning")
def _schema_check_skipped() -> None:
    """## What it does
    Says when recorded tool inputs (or `input_examples`) could not be checked against their
    tool's `input_schema`, and why: a `pattern` that needs a backtracking regex engine
    (lookaround, backreferences) or is larger than msglint's regex size limit, or a `$ref` to
    another document (msglint fetches nothing).

    ## Why is this bad?
    Such patterns can take exponential time on a short hostile string, so msglint runs schema
    patterns only on an engine that cannot backtrack. The values were not checked, so a mismatch
    (W224) could go unnoticed.

    ## Example
    ```json
    {"name": "signup", "input_schema": {"type": "object", "properties":
      {"password": {"type": "string", "pattern": "^(?=.*[0-9]).{8,}$"}}}}
    ```

    ## Use instead
    Say the rule without lookaround where you can (here `"minLength": 8` and a separate check),
    and keep `$ref`s inside the schema (`#/$defs/...`).
    """


@register("E220", "duplicate-tool-name")
def _duplicate_tool_name() -> None:
    """## What it does
    Checks that tool names are unique within `tools`.

    ## Why is this bad?
    The API rejects the request: `tools: Tool names must be unique.`

    ## Example
    Two tools both named `search`.

    ## Use instead
    Give each tool its own name.
    """


@register("W221", "long-tool-name", severity="warning")
def _long_tool_name() -> None:
    """## What it does
    Warns about tool names longer than 64 characters.

    ## Why is this bad?
    The documentation states `^[a-zA-Z0-9_-]{1,64}$`; the API itself has accepted up to 128
    characters since mid-2025, but Amazon Bedrock still enforces 64.

    ## Example
    A 70-character tool name.

    ## Use instead
    Keep tool names at 64 characters or fewer.
    """


@register("W222", "tool-choice-unknown-tool", severity="warning")
def _tool_choice_unknown_tool() -> None:
    """## What it does
    Checks that `tool_choice: {"type": "tool", "name": ...}` names a tool defined in `tools`,
    and that a forcing `tool_choice` comes with tools at all.

    ## Why is this bad?
    The model cannot call a tool that is not defined. (No authoritative error text is known, so
    this is a warning.)

    ## Example
    ```json
    {"tools": [{"name": "search", ...}], "tool_choice": {"type": "tool", "name": "lookup"}}
    ```

    ## Use instead
    Name a defined tool.
    """


@register("E223", "invalid-input-schema")
def _invalid_input_schema() -> None:
    """## What it does
    Checks that a custom tool's `input_schema` is a valid JSON Schema (draft 2020-12) of
    `"type": "object"`.

    ## Why is this bad?
    The API rejects the request: `tools.N.custom.input_schema: JSON schema is invalid. It must
    match JSON Schema draft 2020-12`.

    ## Example
    ```json
    {"name": "f", "input_schema": {"type": "object", "properties": {"q": {"type": "text"}}}}
    ```

    ## Use instead
    ```json
    {"name": "f", "input_schema": {"type": "object", "properties": {"q": {"type": "string"}}}}
    ```
    """


@register("W224", "tool-input-mismatch", severity="warning")
def _tool_input_mismatch() -> None:
    """## What it does
    Checks recorded `tool_use.input` values (and `input_examples`) against the schema of the tool
    they call.

    ## Why is this bad?
    A history whose tool calls do not fit the tool's schema usually means the tool definition
    changed or the history was edited by hand; the model sees inconsistent examples.
    `input_examples` that do not validate are rejected by the API.

    ## Example
    A `tool_use` with `{"ticker": 42}` for a tool whose schema says `ticker` is a string.

    ## Use instead
    Keep history and tool definitions in step.
    """


@register("E225", "invalid-output-schema")
def _invalid_output_schema() -> None:
    """## What it does
    Checks that `output_format.schema` is a valid JSON Schema.

    ## Why is this bad?
    Structured outputs compile the schema; an invalid one is rejected.

    ## Example
    ```json
    {"output_format": {"type": "json_schema", "schema": {"type": "objekt"}}}
    ```

    ## Use instead
    ```json
    {"output_format": {"type": "json_schema", "schema": {"type": "object"}}}
    ```
    """


@register("E226", "conflicting-domain-filters")
def _conflicting_domain_filters() -> None:
    """## What it does
    Checks that a web search or web fetch tool does not set both `allowed_domains` and
    `blocked_domains`.

    ## Why is this bad?
    The two are mutually exclusive; the API rejects the request.

    ## Example
    ```json
    {"type": "web_search_20250305", "name": "web_search",
     "allowed_domains": ["a.com"], "blocked_domains": ["b.com"]}
    ```

    ## Use instead
    Use one of the two lists.
    """


@register("W227", "mcp-server-reference", severity="warning")
def _mcp_server_reference() -> None:
    """## What it does
    Checks MCP connector wiring: server names in `mcp_servers` are unique and each
    `mcp_toolset` tool names a server defined there.

    ## Why is this bad?
    The connector needs each toolset to point at exactly one defined server.

    ## Example
    ```json
    {"mcp_servers": [{"type": "url", "name": "docs", "url": "https://..."}],
     "tools": [{"type": "mcp_toolset", "mcp_server_name": "wiki"}]}
    ```

    ## Use instead
    Use the `name` of a server from `mcp_servers`.
    """


@register("W229", "mcp-server-not-https", severity="warning")
def _mcp_not_https() -> None:
    """## What it does
    Checks that every MCP server URL in `mcp_servers` uses `https://`.

    ## Why is this bad?
    The MCP connector documentation requires HTTPS servers reachable from the internet.

    ## Example
    ```json
    {"mcp_servers": [{"type": "url", "name": "docs", "url": "http://localhost:8000/mcp"}]}
    ```

    ## Use instead
    Serve the MCP server over HTTPS at a public address.
    """


@register("E228", "all-tools-deferred")
def _all_tools_deferred() -> None:
    """## What it does
    Checks that when tools use `defer_loading`, at least one tool is loaded up front.

    ## Why is this bad?
    The API rejects it: `All tools have defer_loading set. At least one tool must be
    non-deferred.`

    ## Example
    Every tool with `"defer_loading": true`.

    ## Use instead
    Leave the tool search tool (and any always-needed tools) non-deferred.
    """


class _ToolFacts:
    """What one tool definition says on its own, worked out once per tool object (the linter
    decodes a tool's JSON text once, so a batch's repeated tools share one object)."""

    __slots__ = ("deferred", "findings", "name", "schema")

    def __init__(self, tool: Any) -> None:
        self.deferred = getattr(tool, "defer_loading", None) is True
        name = getattr(tool, "name", getattr(tool, "mcp_server_name", None))
        self.name: str | None = (
            name if isinstance(name, str) and not isinstance(tool, m.MCPToolset) else None
        )
        #: (code, pointer suffix, message) of the definition's own problems
        self.findings: list[tuple[str, str, str]] = []
        #: the input schema, when it is valid and the tool has a name to be called by
        self.schema: Schema | None = None
        if isinstance(tool, m.Tool) and self.name is not None and len(self.name) > 64:
            self.findings.append(
                ("W221", "/name", f"tool name is {len(self.name)} characters; docs allow 64")
            )
        if isinstance(tool, m.Tool) and isinstance(tool.input_schema, dict):
            self._check_schema(tool)
        if isinstance(tool, (m.WebSearchTool20250305, m.WebFetchTool20250910)):
            if isinstance(tool.allowed_domains, list) and isinstance(tool.blocked_domains, list):
                self.findings.append(
                    (
                        "E226",
                        "/blocked_domains",
                        "allowed_domains and blocked_domains are mutually exclusive",
                    )
                )

    def _check_schema(self, tool: Any) -> None:
        if tool.input_schema.get("type") != "object":
            self.findings.append(
                ("E223", "/input_schema/type", 'input_schema must have "type": "object"')
            )
        schema = schema_of(tool.input_schema)
        if schema.problem:
            self.findings.append(
                ("E223", "/input_schema", f"invalid JSON Schema: {schema.problem}")
            )
            return
        if self.name is None:
            return
        self.schema = schema
        if isinstance(tool.input_examples, list):
            for k, example in enumerate(tool.input_examples):
                issue = schema.check(example)
                if issue:
                    self.findings.append(
                        (
                            "W224",
                            f"/input_examples/{k}",
                            f"example does not match input_schema: {issue}",
                        )
                    )
            if tool.input_examples and schema.unchecked:
                where, why = schema.unchecked
                self.findings.append(
                    ("W219", f"/input_schema{where}", f"input_examples not checked: {why}")
                )


@semantic_rule("messages", needs=("tools",))
def check_tools(ctx: Context, params: Any, base: str) -> None:
    """Names, schemas, domain filters and deferred loading of the tool definitions."""
    new_request()
    names: dict[str, str] = {}
    schemas: dict[str, tuple[Schema, str]] = {}
    deferred = 0
    counted = 0
    toolsets = False
    for _, path, tool in ctx.view.tools:
        if isinstance(tool, m.Unknown) or not isinstance(tool, msgspec.Struct):
            continue
        counted += 1
        toolsets = toolsets or isinstance(tool, m.MCPToolset)
        facts = ctx.memo(tool, _ToolFacts)
        deferred += facts.deferred
        for code, suffix, message in facts.findings:
            ctx.report(code, f"{path}{suffix}", message)
        name = facts.name
        if name is not None:
            if name in names:
                ctx.report(
                    "E220",
                    f"{path}/name",
                    f"tool name {name!r} is defined twice",
                    hint=f"first defined at {names[name]}",
                )
            else:
                names[name] = f"{path}/name"
            if facts.schema is not None:
                schemas[name] = (facts.schema, path)
    if deferred and deferred == counted:
        ctx.report("E228", f"{base}/tools", "every tool has defer_loading set")
    _check_tool_choice(ctx, params, base, names)
    _check_history_inputs(ctx, params, base, schemas)
    if toolsets or is_set(getattr(params, "mcp_servers", None)):
        _check_mcp(ctx, params, base)


# output_format counts as "tools", output_config as "extras" (msglint._view.View.features)
@semantic_rule("messages", needs=("tools", "extras"))
def check_output_schemas(ctx: Context, params: Any, base: str) -> None:
    """Structured outputs: ``output_format`` (beta) and ``output_config.format`` (GA)."""
    places = [(getattr(params, "output_format", None), f"{base}/output_format")]
    config = getattr(params, "output_config", None)
    if config is not None:
        places.append((getattr(config, "format", None), f"{base}/output_config/format"))
    for output, path in places:
        schema = getattr(output, "schema", None)
        if getattr(output, "type", None) == "json_schema" and isinstance(schema, dict):
            problem = schema_of(schema).problem
            if problem:
                ctx.report("E225", f"{path}/schema", f"invalid JSON Schema: {problem}")


def _check_tool_choice(ctx: Context, params: Any, base: str, names: dict[str, str]) -> None:
    choice = getattr(params, "tool_choice", None)
    defined = isinstance(getattr(params, "tools", None), list) and params.tools
    if isinstance(choice, m.ToolChoiceTool) and isinstance(choice.name, str):
        if defined and choice.name not in names:
            ctx.report(
                "W222",
                f"{base}/tool_choice/name",
                f"tool_choice names {choice.name!r}, which is not in tools",
                hint=_closest(choice.name, names),
            )
    if isinstance(choice, (m.ToolChoiceTool, m.ToolChoiceAny)) and not defined:
        ctx.report(
            "W222", f"{base}/tool_choice", "tool_choice forces a tool but no tools are defined"
        )


def _closest(name: str, names: dict[str, str]) -> str | None:
    import difflib

    close = difflib.get_close_matches(name, list(names), n=1)
    return f"did you mean {close[0]!r}?" if close else None


def _check_history_inputs(
    ctx: Context, params: Any, base: str, schemas: dict[str, tuple[Schema, str]]
) -> None:
    """Each recorded tool_use input against its tool's schema (a warning: the API does not
    check them, but a model shown wrong inputs tends to repeat them)."""
    if not schemas:
        return
    skipped: set[str] = set()
    for i, _, j, block in ctx.view.blocks(m.ToolUseBlockParam):
        known = schemas.get(block.name)
        if known is None:
            continue
        schema, tool_path = known
        issue = schema.check(block.input)
        if issue:
            ctx.report(
                "W224",
                f"{block_pointer(base, i, j)}/input",
                f"input does not match the schema of {block.name!r}: {issue}",
            )
        elif schema.unchecked and block.name not in skipped:
            skipped.add(block.name)
            where, why = schema.unchecked
            ctx.report(
                "W219",
                f"{tool_path}/input_schema{where}",
                f"recorded inputs of {block.name!r} not checked: {why}",
            )


def _check_mcp(ctx: Context, params: Any, base: str) -> None:
    servers = getattr(params, "mcp_servers", None)
    defined: dict[str, str] = {}
    if isinstance(servers, list):
        for i, server in enumerate(servers):
            if isinstance(server, m.RequestMCPServerURLDefinition) and isinstance(server.url, str):
                if not server.url.startswith("https://"):
                    ctx.report(
                        "W229",
                        f"{base}/mcp_servers/{i}/url",
                        "MCP server URLs must use https://",
                    )
            if isinstance(server, m.RequestMCPServerURLDefinition) and isinstance(server.name, str):
                if server.name in defined:
                    ctx.report(
                        "W227",
                        f"{base}/mcp_servers/{i}/name",
                        f"MCP server name {server.name!r} is used twice",
                    )
                defined[server.name] = f"{base}/mcp_servers/{i}"
    for _, path, tool in ctx.view.tools:
        if isinstance(tool, m.MCPToolset) and isinstance(tool.mcp_server_name, str):
            if tool.mcp_server_name not in defined:
                ctx.report(
                    "W227",
                    f"{path}/mcp_server_name",
                    f"no MCP server named {tool.mcp_server_name!r} in mcp_servers",
                )
