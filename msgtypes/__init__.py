"""msgtypes: typed msgspec Structs for the Anthropic Messages API.

Every request and response body as a Struct (stable and beta fields in one superset), a codec
(:func:`encode`, :func:`decode`, :func:`convert`, :func:`to_builtins`), and the official SDK's
type names (``Beta*`` and ``PromptCachingBeta*`` included) as aliases of the same classes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from msgspec import UNSET, UnsetType

from ._base import (
    RequestStruct,
    ResponseStruct,
    Unknown,
    UnknownBlock,
    UnknownEvent,
)
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    EventTooLargeError,
    IncompleteStreamError,
    InternalServerError,
    LineTooLongError,
    MsgtypesError,
    NestingDepthError,
    NotFoundError,
    OverloadedError,
    PermissionDeniedError,
    PreflightLintError,
    RateLimitError,
    RequestTooLargeError,
    UnprocessableEntityError,
)
from .batches import (
    BatchCreateParams,
    CustomId,
    DeletedMessageBatch,
    MessageBatch,
    MessageBatchCanceledResult,
    MessageBatchErroredResult,
    MessageBatchExpiredResult,
    MessageBatchIndividualResponse,
    MessageBatchListPage,
    MessageBatchRequest,
    MessageBatchRequestCounts,
    MessageBatchResult,
    MessageBatchSucceededResult,
    Page,
    aiter_results,
    iter_results,
)
from .betas import (
    BLOCK_TYPE_BETAS,
    FIELD_BETAS,
    KNOWN_BETAS,
    SOURCE_TYPE_BETAS,
    TOOL_OPTION_BETAS,
    TOOL_TYPE_BETAS,
    AnthropicBeta,
)
from .codec import (
    Decoder,
    convert,
    decode,
    encode,
    to_builtins,
)
from .completions import (
    Completion,
    CompletionCreateParams,
)
from .content import (
    Base64ImageSource,
    Base64PDFSource,
    Base64PDFSourceData,
    BashCodeExecutionErrorCode,
    BashCodeExecutionOutputBlock,
    BashCodeExecutionOutputBlockParam,
    BashCodeExecutionResultBlock,
    BashCodeExecutionResultBlockParam,
    BashCodeExecutionToolResultBlock,
    BashCodeExecutionToolResultBlockParam,
    BashCodeExecutionToolResultError,
    BashCodeExecutionToolResultErrorParam,
    CacheControlEphemeral,
    Caller,
    CallerInfo,
    CitationCharLocation,
    CitationCharLocationParam,
    CitationConfig,
    CitationContentBlockLocation,
    CitationContentBlockLocationParam,
    CitationPageLocation,
    CitationPageLocationParam,
    CitationsConfigParam,
    CitationSearchResultLocationParam,
    CitationsSearchResultLocation,
    CitationsWebSearchResultLocation,
    CitationWebSearchResultLocationParam,
    CodeExecutionErrorCode,
    CodeExecutionOutputBlock,
    CodeExecutionOutputBlockParam,
    CodeExecutionResultBlock,
    CodeExecutionResultBlockParam,
    CodeExecutionToolResultBlock,
    CodeExecutionToolResultBlockParam,
    CodeExecutionToolResultError,
    CodeExecutionToolResultErrorParam,
    ContainerUploadBlock,
    ContainerUploadBlockParam,
    ContentBlock,
    ContentBlockParam,
    ContentBlockSource,
    ContentBlockSourceContent,
    DirectCaller,
    DirectCallerInfo,
    DocumentBlock,
    DocumentBlockParam,
    DocumentSource,
    FileDocumentSource,
    FileImageSource,
    ImageBlockParam,
    ImageMediaType,
    ImageSource,
    MCPToolResultBlock,
    MCPToolUseBlock,
    MCPToolUseBlockParam,
    PlainTextSource,
    PlainTextSourceData,
    RedactedThinkingBlock,
    RedactedThinkingBlockParam,
    RequestMCPToolResultBlockParam,
    SearchResultBlockParam,
    ServerToolCaller,
    ServerToolCallerInfo,
    ServerToolName,
    ServerToolUseBlock,
    ServerToolUseBlockParam,
    TextBlock,
    TextBlockParam,
    TextCitation,
    TextCitationParam,
    TextEditorCodeExecutionCreateResultBlock,
    TextEditorCodeExecutionCreateResultBlockParam,
    TextEditorCodeExecutionErrorCode,
    TextEditorCodeExecutionStrReplaceResultBlock,
    TextEditorCodeExecutionStrReplaceResultBlockParam,
    TextEditorCodeExecutionToolResultBlock,
    TextEditorCodeExecutionToolResultBlockParam,
    TextEditorCodeExecutionToolResultError,
    TextEditorCodeExecutionToolResultErrorParam,
    TextEditorCodeExecutionViewResultBlock,
    TextEditorCodeExecutionViewResultBlockParam,
    ThinkingBlock,
    ThinkingBlockParam,
    ToolReferenceBlock,
    ToolReferenceBlockParam,
    ToolResultBlockParam,
    ToolResultContent,
    ToolSearchToolResultBlock,
    ToolSearchToolResultBlockParam,
    ToolSearchToolResultError,
    ToolSearchToolResultErrorParam,
    ToolSearchToolSearchResultBlock,
    ToolSearchToolSearchResultBlockParam,
    ToolUseBlock,
    ToolUseBlockParam,
    ToolUseId,
    URLImageSource,
    URLPDFSource,
    WebFetchBlock,
    WebFetchBlockParam,
    WebFetchErrorCode,
    WebFetchToolResultBlock,
    WebFetchToolResultBlockParam,
    WebFetchToolResultErrorBlock,
    WebFetchToolResultErrorBlockParam,
    WebSearchErrorCode,
    WebSearchResultBlock,
    WebSearchResultBlockParam,
    WebSearchToolRequestError,
    WebSearchToolResultBlock,
    WebSearchToolResultBlockParam,
    WebSearchToolResultError,
    to_param,
)
from .errors import (
    APIErrorObject,
    AuthenticationErrorObject,
    BillingErrorObject,
    ErrorObject,
    ErrorResponse,
    GatewayTimeoutErrorObject,
    InvalidRequestErrorObject,
    NotFoundErrorObject,
    OverloadedErrorObject,
    PermissionErrorObject,
    RateLimitErrorObject,
    RequestTooLargeErrorObject,
)
from .events import (
    CitationsDelta,
    InputJSONDelta,
    MessageDelta,
    MessageDeltaUsage,
    MessageStreamEvent,
    PingEvent,
    RawContentBlockDelta,
    RawContentBlockDeltaEvent,
    RawContentBlockStartEvent,
    RawContentBlockStopEvent,
    RawMessageDeltaEvent,
    RawMessageStartEvent,
    RawMessageStopEvent,
    RawMessageStreamEvent,
    SignatureDelta,
    TextDelta,
    ThinkingDelta,
)
from .messages import (
    AllThinkingTurns,
    AppliedEdit,
    CacheCreation,
    ClearThinking20251015Edit,
    ClearThinking20251015EditResponse,
    ClearToolUses20250919Edit,
    ClearToolUses20250919EditResponse,
    Container,
    ContainerParams,
    ContextManagementConfig,
    ContextManagementEdit,
    ContextManagementResponse,
    CountTokensContextManagementResponse,
    InputTokensClearAtLeast,
    InputTokensTrigger,
    JSONOutputFormat,
    KnownModel,
    Message,
    MessageCountTokensParams,
    MessageCreateParams,
    MessageParam,
    MessageTokensCount,
    Metadata,
    Model,
    OutputConfig,
    RequestMCPServerToolConfiguration,
    RequestMCPServerURLDefinition,
    ServerToolUsage,
    Skill,
    SkillParams,
    StopReason,
    StopSequence,
    ThinkingConfig,
    ThinkingConfigAdaptive,
    ThinkingConfigDisabled,
    ThinkingConfigEnabled,
    ThinkingDisplay,
    ThinkingTurns,
    ToolUsesKeep,
    ToolUsesTrigger,
    Usage,
)
from .models import (
    ModelInfo,
    ModelListPage,
)
from .streaming import (
    MessageAccumulator,
    accumulate,
    aiter_events,
    iter_events,
)
from .tools import (
    AllowedCaller,
    CodeExecutionTool20250522,
    CodeExecutionTool20250825,
    InputSchema,
    JSONObject,
    MCPToolConfig,
    MCPToolDefaultConfig,
    MCPToolset,
    MemoryTool20250818,
    Tool,
    ToolBash20241022,
    ToolBash20250124,
    ToolChoice,
    ToolChoiceAny,
    ToolChoiceAuto,
    ToolChoiceNone,
    ToolChoiceTool,
    ToolComputerUse20241022,
    ToolComputerUse20250124,
    ToolComputerUse20251124,
    ToolName,
    ToolSearchToolBm25,
    ToolSearchToolBm25_20251119,
    ToolSearchToolRegex,
    ToolSearchToolRegex20251119,
    ToolTextEditor20241022,
    ToolTextEditor20250124,
    ToolTextEditor20250429,
    ToolTextEditor20250728,
    ToolUnion,
    UserLocation,
    WebFetchTool20250910,
    WebSearchTool20250305,
)

# ----------------------------------------------------------------- SDK names for the same classes
# The official SDK has separate stable, Beta* and PromptCachingBeta* copies of each type;
# here they are one superset, so those names are aliases.
BetaAPIError = APIErrorObject
BetaAllThinkingTurns = AllThinkingTurns
BetaAuthenticationError = AuthenticationErrorObject
BetaBase64ImageSource = Base64ImageSource
BetaBase64PDFSource = Base64PDFSource
BetaBashCodeExecutionResultBlockParam = BashCodeExecutionResultBlockParam
BetaBashCodeExecutionToolResultBlockParam = BashCodeExecutionToolResultBlockParam
BetaBashCodeExecutionToolResultErrorParam = BashCodeExecutionToolResultErrorParam
BetaCacheControlEphemeral = CacheControlEphemeral
BetaCitationCharLocationParam = CitationCharLocationParam
BetaCitationContentBlockLocationParam = CitationContentBlockLocationParam
BetaCitationPageLocationParam = CitationPageLocationParam
BetaCitationSearchResultLocationParam = CitationSearchResultLocationParam
BetaCitationWebSearchResultLocationParam = CitationWebSearchResultLocationParam
BetaClearThinking20251015Edit = ClearThinking20251015Edit
BetaClearToolUses20250919Edit = ClearToolUses20250919Edit
BetaCodeExecutionResultBlockParam = CodeExecutionResultBlockParam
BetaCodeExecutionTool20250522 = CodeExecutionTool20250522
BetaCodeExecutionTool20250825 = CodeExecutionTool20250825
BetaCodeExecutionToolResultBlockParam = CodeExecutionToolResultBlockParam
BetaCodeExecutionToolResultErrorParam = CodeExecutionToolResultErrorParam
BetaContainerParams = ContainerParams
BetaContainerUploadBlockParam = ContainerUploadBlockParam
BetaContentBlock = ContentBlock
BetaContentBlockParam = ContentBlockParam
BetaContentBlockSource = ContentBlockSource
BetaDirectCaller = DirectCaller
BetaError = ErrorObject
BetaErrorResponse = ErrorResponse
BetaFileDocumentSource = FileDocumentSource
BetaFileImageSource = FileImageSource
BetaImageBlockParam = ImageBlockParam
BetaInputJSONDelta = InputJSONDelta
BetaInputTokensTrigger = InputTokensTrigger
BetaInvalidRequestError = InvalidRequestErrorObject
BetaMCPToolUseBlockParam = MCPToolUseBlockParam
BetaMCPToolset = MCPToolset
BetaMemoryTool20250818 = MemoryTool20250818
BetaMessage = Message
BetaMessageBatch = MessageBatch
BetaMessageBatchCanceledResult = MessageBatchCanceledResult
BetaMessageBatchErroredResult = MessageBatchErroredResult
BetaMessageBatchExpiredResult = MessageBatchExpiredResult
BetaMessageBatchIndividualResponse = MessageBatchIndividualResponse
BetaMessageBatchRequestCounts = MessageBatchRequestCounts
BetaMessageBatchResult = MessageBatchResult
BetaMessageBatchSucceededResult = MessageBatchSucceededResult
BetaMessageDeltaUsage = MessageDeltaUsage
BetaMessageParam = MessageParam
BetaMetadata = Metadata
BetaNotFoundError = NotFoundErrorObject
BetaOverloadedError = OverloadedErrorObject
BetaPermissionError = PermissionErrorObject
BetaPlainTextSource = PlainTextSource
BetaRateLimitError = RateLimitErrorObject
BetaRawContentBlockDeltaEvent = RawContentBlockDeltaEvent
BetaRawContentBlockStartEvent = RawContentBlockStartEvent
BetaRawContentBlockStopEvent = RawContentBlockStopEvent
BetaRawMessageDeltaEvent = RawMessageDeltaEvent
BetaRawMessageStartEvent = RawMessageStartEvent
BetaRawMessageStopEvent = RawMessageStopEvent
BetaRawMessageStreamEvent = RawMessageStreamEvent
BetaRedactedThinkingBlockParam = RedactedThinkingBlockParam
BetaRequestDocumentBlock = DocumentBlockParam
BetaRequestMCPToolResultBlockParam = RequestMCPToolResultBlockParam
BetaSearchResultBlockParam = SearchResultBlockParam
BetaServerToolCaller = ServerToolCaller
BetaServerToolUseBlockParam = ServerToolUseBlockParam
BetaTextBlock = TextBlock
BetaTextBlockParam = TextBlockParam
BetaTextDelta = TextDelta
BetaTextEditorCodeExecutionCreateResultBlockParam = TextEditorCodeExecutionCreateResultBlockParam
BetaTextEditorCodeExecutionStrReplaceResultBlockParam = (
    TextEditorCodeExecutionStrReplaceResultBlockParam
)
BetaTextEditorCodeExecutionToolResultBlockParam = TextEditorCodeExecutionToolResultBlockParam
BetaTextEditorCodeExecutionToolResultErrorParam = TextEditorCodeExecutionToolResultErrorParam
BetaTextEditorCodeExecutionViewResultBlockParam = TextEditorCodeExecutionViewResultBlockParam
BetaThinkingBlockParam = ThinkingBlockParam
BetaThinkingConfigDisabled = ThinkingConfigDisabled
BetaThinkingConfigEnabled = ThinkingConfigEnabled
BetaThinkingTurns = ThinkingTurns
BetaTool = Tool
BetaToolBash20241022 = ToolBash20241022
BetaToolBash20250124 = ToolBash20250124
BetaToolChoice = ToolChoice
BetaToolChoiceAny = ToolChoiceAny
BetaToolChoiceAuto = ToolChoiceAuto
BetaToolChoiceNone = ToolChoiceNone
BetaToolChoiceTool = ToolChoiceTool
BetaToolComputerUse20241022 = ToolComputerUse20241022
BetaToolComputerUse20250124 = ToolComputerUse20250124
BetaToolComputerUse20251124 = ToolComputerUse20251124
BetaToolReferenceBlockParam = ToolReferenceBlockParam
BetaToolResultBlockParam = ToolResultBlockParam
BetaToolSearchToolBm25_20251119 = ToolSearchToolBm25_20251119
BetaToolSearchToolRegex20251119 = ToolSearchToolRegex20251119
BetaToolSearchToolResultBlockParam = ToolSearchToolResultBlockParam
BetaToolSearchToolResultErrorParam = ToolSearchToolResultErrorParam
BetaToolSearchToolSearchResultBlockParam = ToolSearchToolSearchResultBlockParam
BetaToolTextEditor20241022 = ToolTextEditor20241022
BetaToolTextEditor20250124 = ToolTextEditor20250124
BetaToolTextEditor20250429 = ToolTextEditor20250429
BetaToolTextEditor20250728 = ToolTextEditor20250728
BetaToolUseBlock = ToolUseBlock
BetaToolUseBlockParam = ToolUseBlockParam
BetaToolUsesTrigger = ToolUsesTrigger
BetaURLImageSource = URLImageSource
BetaURLPDFSource = URLPDFSource
BetaUsage = Usage
BetaWebFetchBlockParam = WebFetchBlockParam
BetaWebFetchTool20250910 = WebFetchTool20250910
BetaWebFetchToolResultBlockParam = WebFetchToolResultBlockParam
BetaWebFetchToolResultErrorBlockParam = WebFetchToolResultErrorBlockParam
BetaWebSearchTool20250305 = WebSearchTool20250305
BetaWebSearchToolRequestError = WebSearchToolRequestError
BetaWebSearchToolResultBlockParam = WebSearchToolResultBlockParam
ContentBlockDeltaEvent = RawContentBlockDeltaEvent
ContentBlockStartEvent = RawContentBlockStartEvent
ContentBlockStopEvent = RawContentBlockStopEvent
MessageDeltaEvent = RawMessageDeltaEvent
MessageStartEvent = RawMessageStartEvent
MessageStopEvent = RawMessageStopEvent
MetadataParam = Metadata
PromptCachingBetaCacheControlEphemeral = CacheControlEphemeral
PromptCachingBetaImageBlockParam = ImageBlockParam
PromptCachingBetaMessage = Message
PromptCachingBetaMessageParam = MessageParam
PromptCachingBetaTextBlockParam = TextBlockParam
PromptCachingBetaTool = Tool
PromptCachingBetaToolResultBlockParam = ToolResultBlockParam
PromptCachingBetaToolUseBlockParam = ToolUseBlockParam
PromptCachingBetaUsage = Usage
RawPromptCachingBetaMessageStartEvent = RawMessageStartEvent
RawPromptCachingBetaMessageStreamEvent = RawMessageStreamEvent
ToolParam = Tool
ToolUnionParam = ToolUnion
ToolChoiceParam = ToolChoice
ToolChoiceAutoParam = ToolChoiceAuto
ToolChoiceAnyParam = ToolChoiceAny
ToolChoiceToolParam = ToolChoiceTool
ToolChoiceNoneParam = ToolChoiceNone
ThinkingConfigParam = ThinkingConfig
ThinkingConfigEnabledParam = ThinkingConfigEnabled
ThinkingConfigDisabledParam = ThinkingConfigDisabled
CacheControlEphemeralParam = CacheControlEphemeral
Base64ImageSourceParam = Base64ImageSource
URLImageSourceParam = URLImageSource
Base64PDFSourceParam = Base64PDFSource
PlainTextSourceParam = PlainTextSource
ContentBlockSourceParam = ContentBlockSource
URLPDFSourceParam = URLPDFSource
ToolBash20250124Param = ToolBash20250124
ToolTextEditor20250124Param = ToolTextEditor20250124
ToolTextEditor20250429Param = ToolTextEditor20250429
ToolTextEditor20250728Param = ToolTextEditor20250728
WebSearchTool20250305Param = WebSearchTool20250305
WebSearchToolRequestErrorParam = WebSearchToolRequestError
MessageCreateParamsNonStreaming = MessageCreateParams
MessageCreateParamsStreaming = MessageCreateParams
MessageBatchCreateParams = BatchCreateParams
CitationSearchResultLocation = CitationsSearchResultLocation
CitationWebSearchResultLocation = CitationsWebSearchResultLocation
RawContentBlockDeltaEventDelta = RawContentBlockDelta
ContentBlockDelta = RawContentBlockDelta
BetaRequestDocumentBlockParam = DocumentBlockParam
BetaToolUnion = ToolUnion
BetaToolUnionParam = ToolUnion
BetaCitationsConfigParam = CitationsConfigParam
BetaMessageTokensCount = MessageTokensCount
BetaModelInfo = ModelInfo
BetaDeletedMessageBatch = DeletedMessageBatch
BetaBillingError = BillingErrorObject
BetaGatewayTimeoutError = GatewayTimeoutErrorObject
BetaContextManagementConfig = ContextManagementConfig
BetaOutputConfig = OutputConfig
BetaJSONOutputFormat = JSONOutputFormat
BetaRequestMCPServerURLDefinition = RequestMCPServerURLDefinition
BetaSkillParams = SkillParams
BetaCacheCreation = CacheCreation
BetaServerToolUsage = ServerToolUsage
BetaThinkingBlock = ThinkingBlock
BetaRedactedThinkingBlock = RedactedThinkingBlock
BetaServerToolUseBlock = ServerToolUseBlock
BetaWebSearchToolResultBlock = WebSearchToolResultBlock
BetaWebFetchToolResultBlock = WebFetchToolResultBlock
BetaCodeExecutionToolResultBlock = CodeExecutionToolResultBlock
BetaBashCodeExecutionToolResultBlock = BashCodeExecutionToolResultBlock
BetaTextEditorCodeExecutionToolResultBlock = TextEditorCodeExecutionToolResultBlock
BetaToolSearchToolResultBlock = ToolSearchToolResultBlock
BetaMCPToolUseBlock = MCPToolUseBlock
BetaMCPToolResultBlock = MCPToolResultBlock
BetaContainerUploadBlock = ContainerUploadBlock
BetaThinkingDelta = ThinkingDelta
BetaSignatureDelta = SignatureDelta
BetaCitationsDelta = CitationsDelta
BetaContainer = Container
BetaContextManagementResponse = ContextManagementResponse

__all__ = [
    "accumulate",
    "aiter_events",
    "aiter_results",
    "iter_events",
    "iter_results",
    "MessageAccumulator",
    "UNSET",
    "UnsetType",
    "MsgtypesError",
    "APIError",
    "APIStatusError",
    "BadRequestError",
    "AuthenticationError",
    "PermissionDeniedError",
    "NotFoundError",
    "ConflictError",
    "RequestTooLargeError",
    "UnprocessableEntityError",
    "RateLimitError",
    "InternalServerError",
    "OverloadedError",
    "APIConnectionError",
    "APITimeoutError",
    "IncompleteStreamError",
    "PreflightLintError",
    "NestingDepthError",
    "EventTooLargeError",
    "LineTooLongError",
    "AllowedCaller",
    "AllThinkingTurns",
    "AnthropicBeta",
    "APIErrorObject",
    "AppliedEdit",
    "AuthenticationErrorObject",
    "Base64ImageSource",
    "Base64ImageSourceParam",
    "Base64PDFSource",
    "Base64PDFSourceData",
    "Base64PDFSourceParam",
    "BashCodeExecutionErrorCode",
    "BashCodeExecutionOutputBlock",
    "BashCodeExecutionOutputBlockParam",
    "BashCodeExecutionResultBlock",
    "BashCodeExecutionResultBlockParam",
    "BashCodeExecutionToolResultBlock",
    "BashCodeExecutionToolResultBlockParam",
    "BashCodeExecutionToolResultError",
    "BashCodeExecutionToolResultErrorParam",
    "BatchCreateParams",
    "BetaAllThinkingTurns",
    "BetaAPIError",
    "BetaAuthenticationError",
    "BetaBase64ImageSource",
    "BetaBase64PDFSource",
    "BetaBashCodeExecutionResultBlockParam",
    "BetaBashCodeExecutionToolResultBlock",
    "BetaBashCodeExecutionToolResultBlockParam",
    "BetaBashCodeExecutionToolResultErrorParam",
    "BetaBillingError",
    "BetaCacheControlEphemeral",
    "BetaCacheCreation",
    "BetaCitationCharLocationParam",
    "BetaCitationContentBlockLocationParam",
    "BetaCitationPageLocationParam",
    "BetaCitationsConfigParam",
    "BetaCitationsDelta",
    "BetaCitationSearchResultLocationParam",
    "BetaCitationWebSearchResultLocationParam",
    "BetaClearThinking20251015Edit",
    "BetaClearToolUses20250919Edit",
    "BetaCodeExecutionResultBlockParam",
    "BetaCodeExecutionTool20250522",
    "BetaCodeExecutionTool20250825",
    "BetaCodeExecutionToolResultBlock",
    "BetaCodeExecutionToolResultBlockParam",
    "BetaCodeExecutionToolResultErrorParam",
    "BetaContainer",
    "BetaContainerParams",
    "BetaContainerUploadBlock",
    "BetaContainerUploadBlockParam",
    "BetaContentBlock",
    "BetaContentBlockParam",
    "BetaContentBlockSource",
    "BetaContextManagementConfig",
    "BetaContextManagementResponse",
    "BetaDeletedMessageBatch",
    "BetaDirectCaller",
    "BetaError",
    "BetaErrorResponse",
    "BetaFileDocumentSource",
    "BetaFileImageSource",
    "BetaGatewayTimeoutError",
    "BetaImageBlockParam",
    "BetaInputJSONDelta",
    "BetaInputTokensTrigger",
    "BetaInvalidRequestError",
    "BetaJSONOutputFormat",
    "BetaMCPToolResultBlock",
    "BetaMCPToolset",
    "BetaMCPToolUseBlock",
    "BetaMCPToolUseBlockParam",
    "BetaMemoryTool20250818",
    "BetaMessage",
    "BetaMessageBatch",
    "BetaMessageBatchCanceledResult",
    "BetaMessageBatchErroredResult",
    "BetaMessageBatchExpiredResult",
    "BetaMessageBatchIndividualResponse",
    "BetaMessageBatchRequestCounts",
    "BetaMessageBatchResult",
    "BetaMessageBatchSucceededResult",
    "BetaMessageDeltaUsage",
    "BetaMessageParam",
    "BetaMessageTokensCount",
    "BetaMetadata",
    "BetaModelInfo",
    "BetaNotFoundError",
    "BetaOutputConfig",
    "BetaOverloadedError",
    "BetaPermissionError",
    "BetaPlainTextSource",
    "BetaRateLimitError",
    "BetaRawContentBlockDeltaEvent",
    "BetaRawContentBlockStartEvent",
    "BetaRawContentBlockStopEvent",
    "BetaRawMessageDeltaEvent",
    "BetaRawMessageStartEvent",
    "BetaRawMessageStopEvent",
    "BetaRawMessageStreamEvent",
    "BetaRedactedThinkingBlock",
    "BetaRedactedThinkingBlockParam",
    "BetaRequestDocumentBlock",
    "BetaRequestDocumentBlockParam",
    "BetaRequestMCPServerURLDefinition",
    "BetaRequestMCPToolResultBlockParam",
    "BetaSearchResultBlockParam",
    "BetaServerToolCaller",
    "BetaServerToolUsage",
    "BetaServerToolUseBlock",
    "BetaServerToolUseBlockParam",
    "BetaSignatureDelta",
    "BetaSkillParams",
    "BetaTextBlock",
    "BetaTextBlockParam",
    "BetaTextDelta",
    "BetaTextEditorCodeExecutionCreateResultBlockParam",
    "BetaTextEditorCodeExecutionStrReplaceResultBlockParam",
    "BetaTextEditorCodeExecutionToolResultBlock",
    "BetaTextEditorCodeExecutionToolResultBlockParam",
    "BetaTextEditorCodeExecutionToolResultErrorParam",
    "BetaTextEditorCodeExecutionViewResultBlockParam",
    "BetaThinkingBlock",
    "BetaThinkingBlockParam",
    "BetaThinkingConfigDisabled",
    "BetaThinkingConfigEnabled",
    "BetaThinkingDelta",
    "BetaThinkingTurns",
    "BetaTool",
    "BetaToolBash20241022",
    "BetaToolBash20250124",
    "BetaToolChoice",
    "BetaToolChoiceAny",
    "BetaToolChoiceAuto",
    "BetaToolChoiceNone",
    "BetaToolChoiceTool",
    "BetaToolComputerUse20241022",
    "BetaToolComputerUse20250124",
    "BetaToolComputerUse20251124",
    "BetaToolReferenceBlockParam",
    "BetaToolResultBlockParam",
    "BetaToolSearchToolBm25_20251119",
    "BetaToolSearchToolRegex20251119",
    "BetaToolSearchToolResultBlock",
    "BetaToolSearchToolResultBlockParam",
    "BetaToolSearchToolResultErrorParam",
    "BetaToolSearchToolSearchResultBlockParam",
    "BetaToolTextEditor20241022",
    "BetaToolTextEditor20250124",
    "BetaToolTextEditor20250429",
    "BetaToolTextEditor20250728",
    "BetaToolUnion",
    "BetaToolUnionParam",
    "BetaToolUseBlock",
    "BetaToolUseBlockParam",
    "BetaToolUsesTrigger",
    "BetaURLImageSource",
    "BetaURLPDFSource",
    "BetaUsage",
    "BetaWebFetchBlockParam",
    "BetaWebFetchTool20250910",
    "BetaWebFetchToolResultBlock",
    "BetaWebFetchToolResultBlockParam",
    "BetaWebFetchToolResultErrorBlockParam",
    "BetaWebSearchTool20250305",
    "BetaWebSearchToolRequestError",
    "BetaWebSearchToolResultBlock",
    "BetaWebSearchToolResultBlockParam",
    "BillingErrorObject",
    "BLOCK_TYPE_BETAS",
    "CacheControlEphemeral",
    "CacheControlEphemeralParam",
    "CacheCreation",
    "Caller",
    "CallerInfo",
    "CitationCharLocation",
    "CitationCharLocationParam",
    "CitationConfig",
    "CitationContentBlockLocation",
    "CitationContentBlockLocationParam",
    "CitationPageLocation",
    "CitationPageLocationParam",
    "CitationsConfigParam",
    "CitationsDelta",
    "CitationSearchResultLocation",
    "CitationSearchResultLocationParam",
    "CitationsSearchResultLocation",
    "CitationsWebSearchResultLocation",
    "CitationWebSearchResultLocation",
    "CitationWebSearchResultLocationParam",
    "ClearThinking20251015Edit",
    "ClearThinking20251015EditResponse",
    "ClearToolUses20250919Edit",
    "ClearToolUses20250919EditResponse",
    "CodeExecutionErrorCode",
    "CodeExecutionOutputBlock",
    "CodeExecutionOutputBlockParam",
    "CodeExecutionResultBlock",
    "CodeExecutionResultBlockParam",
    "CodeExecutionTool20250522",
    "CodeExecutionTool20250825",
    "CodeExecutionToolResultBlock",
    "CodeExecutionToolResultBlockParam",
    "CodeExecutionToolResultError",
    "CodeExecutionToolResultErrorParam",
    "Completion",
    "CompletionCreateParams",
    "Container",
    "ContainerParams",
    "ContainerUploadBlock",
    "ContainerUploadBlockParam",
    "ContentBlock",
    "ContentBlockDelta",
    "ContentBlockDeltaEvent",
    "ContentBlockParam",
    "ContentBlockSource",
    "ContentBlockSourceContent",
    "ContentBlockSourceParam",
    "ContentBlockStartEvent",
    "ContentBlockStopEvent",
    "ContextManagementConfig",
    "ContextManagementEdit",
    "ContextManagementResponse",
    "convert",
    "CountTokensContextManagementResponse",
    "CustomId",
    "decode",
    "Decoder",
    "DeletedMessageBatch",
    "DirectCaller",
    "DirectCallerInfo",
    "DocumentBlock",
    "DocumentBlockParam",
    "DocumentSource",
    "encode",
    "ErrorObject",
    "ErrorResponse",
    "FIELD_BETAS",
    "FileDocumentSource",
    "FileImageSource",
    "GatewayTimeoutErrorObject",
    "ImageBlockParam",
    "ImageMediaType",
    "ImageSource",
    "InputJSONDelta",
    "InputSchema",
    "InputTokensClearAtLeast",
    "InputTokensTrigger",
    "InvalidRequestErrorObject",
    "JSONObject",
    "JSONOutputFormat",
    "KNOWN_BETAS",
    "KnownModel",
    "MCPToolConfig",
    "MCPToolDefaultConfig",
    "MCPToolResultBlock",
    "MCPToolset",
    "MCPToolUseBlock",
    "MCPToolUseBlockParam",
    "MemoryTool20250818",
    "Message",
    "MessageBatch",
    "MessageBatchCanceledResult",
    "MessageBatchCreateParams",
    "MessageBatchErroredResult",
    "MessageBatchExpiredResult",
    "MessageBatchIndividualResponse",
    "MessageBatchListPage",
    "MessageBatchRequest",
    "MessageBatchRequestCounts",
    "MessageBatchResult",
    "MessageBatchSucceededResult",
    "MessageCountTokensParams",
    "MessageCreateParams",
    "MessageCreateParamsNonStreaming",
    "MessageCreateParamsStreaming",
    "MessageDelta",
    "MessageDeltaEvent",
    "MessageDeltaUsage",
    "MessageParam",
    "MessageStartEvent",
    "MessageStopEvent",
    "MessageStreamEvent",
    "MessageTokensCount",
    "Metadata",
    "MetadataParam",
    "Model",
    "ModelInfo",
    "ModelListPage",
    "NotFoundErrorObject",
    "OutputConfig",
    "OverloadedErrorObject",
    "Page",
    "PermissionErrorObject",
    "PingEvent",
    "PlainTextSource",
    "PlainTextSourceData",
    "PlainTextSourceParam",
    "PromptCachingBetaCacheControlEphemeral",
    "PromptCachingBetaImageBlockParam",
    "PromptCachingBetaMessage",
    "PromptCachingBetaMessageParam",
    "PromptCachingBetaTextBlockParam",
    "PromptCachingBetaTool",
    "PromptCachingBetaToolResultBlockParam",
    "PromptCachingBetaToolUseBlockParam",
    "PromptCachingBetaUsage",
    "RateLimitErrorObject",
    "RawContentBlockDelta",
    "RawContentBlockDeltaEvent",
    "RawContentBlockDeltaEventDelta",
    "RawContentBlockStartEvent",
    "RawContentBlockStopEvent",
    "RawMessageDeltaEvent",
    "RawMessageStartEvent",
    "RawMessageStopEvent",
    "RawMessageStreamEvent",
    "RawPromptCachingBetaMessageStartEvent",
    "RawPromptCachingBetaMessageStreamEvent",
    "RedactedThinkingBlock",
    "RedactedThinkingBlockParam",
    "RequestMCPServerToolConfiguration",
    "RequestMCPServerURLDefinition",
    "RequestMCPToolResultBlockParam",
    "RequestStruct",
    "RequestTooLargeErrorObject",
    "ResponseStruct",
    "SearchResultBlockParam",
    "ServerToolCaller",
    "ServerToolCallerInfo",
    "ServerToolName",
    "ServerToolUsage",
    "ServerToolUseBlock",
    "ServerToolUseBlockParam",
    "SignatureDelta",
    "Skill",
    "SkillParams",
    "SOURCE_TYPE_BETAS",
    "StopReason",
    "StopSequence",
    "TextBlock",
    "TextBlockParam",
    "TextCitation",
    "TextCitationParam",
    "TextDelta",
    "TextEditorCodeExecutionCreateResultBlock",
    "TextEditorCodeExecutionCreateResultBlockParam",
    "TextEditorCodeExecutionErrorCode",
    "TextEditorCodeExecutionStrReplaceResultBlock",
    "TextEditorCodeExecutionStrReplaceResultBlockParam",
    "TextEditorCodeExecutionToolResultBlock",
    "TextEditorCodeExecutionToolResultBlockParam",
    "TextEditorCodeExecutionToolResultError",
    "TextEditorCodeExecutionToolResultErrorParam",
    "TextEditorCodeExecutionViewResultBlock",
    "TextEditorCodeExecutionViewResultBlockParam",
    "ThinkingBlock",
    "ThinkingBlockParam",
    "ThinkingConfig",
    "ThinkingConfigAdaptive",
    "ThinkingConfigDisabled",
    "ThinkingConfigDisabledParam",
    "ThinkingConfigEnabled",
    "ThinkingDisplay",
    "ThinkingConfigEnabledParam",
    "ThinkingConfigParam",
    "ThinkingDelta",
    "ThinkingTurns",
    "to_builtins",
    "to_param",
    "Tool",
    "TOOL_OPTION_BETAS",
    "TOOL_TYPE_BETAS",
    "ToolBash20241022",
    "ToolBash20250124",
    "ToolBash20250124Param",
    "ToolChoice",
    "ToolChoiceAny",
    "ToolChoiceAnyParam",
    "ToolChoiceAuto",
    "ToolChoiceAutoParam",
    "ToolChoiceNone",
    "ToolChoiceNoneParam",
    "ToolChoiceParam",
    "ToolChoiceTool",
    "ToolChoiceToolParam",
    "ToolComputerUse20241022",
    "ToolComputerUse20250124",
    "ToolComputerUse20251124",
    "ToolName",
    "ToolParam",
    "ToolReferenceBlock",
    "ToolReferenceBlockParam",
    "ToolResultBlockParam",
    "ToolResultContent",
    "ToolSearchToolBm25",
    "ToolSearchToolBm25_20251119",
    "ToolSearchToolRegex",
    "ToolSearchToolRegex20251119",
    "ToolSearchToolResultBlock",
    "ToolSearchToolResultBlockParam",
    "ToolSearchToolResultError",
    "ToolSearchToolResultErrorParam",
    "ToolSearchToolSearchResultBlock",
    "ToolSearchToolSearchResultBlockParam",
    "ToolTextEditor20241022",
    "ToolTextEditor20250124",
    "ToolTextEditor20250124Param",
    "ToolTextEditor20250429",
    "ToolTextEditor20250429Param",
    "ToolTextEditor20250728",
    "ToolTextEditor20250728Param",
    "ToolUnion",
    "ToolUnionParam",
    "ToolUseBlock",
    "ToolUseBlockParam",
    "ToolUseId",
    "ToolUsesKeep",
    "ToolUsesTrigger",
    "Unknown",
    "UnknownBlock",
    "UnknownEvent",
    "URLImageSource",
    "URLImageSourceParam",
    "URLPDFSource",
    "URLPDFSourceParam",
    "Usage",
    "UserLocation",
    "WebFetchBlock",
    "WebFetchBlockParam",
    "WebFetchErrorCode",
    "WebFetchTool20250910",
    "WebFetchToolResultBlock",
    "WebFetchToolResultBlockParam",
    "WebFetchToolResultErrorBlock",
    "WebFetchToolResultErrorBlockParam",
    "WebSearchErrorCode",
    "WebSearchResultBlock",
    "WebSearchResultBlockParam",
    "WebSearchTool20250305",
    "WebSearchTool20250305Param",
    "WebSearchToolRequestError",
    "WebSearchToolRequestErrorParam",
    "WebSearchToolResultBlock",
    "WebSearchToolResultBlockParam",
    "WebSearchToolResultError",
]

# ------------------------------------------------------------------ the client, loaded lazily
# msgtypes.Client and msgtypes.AsyncClient live in msgtypes.transport, which imports httpx;
# it is imported on first use so that `import msgtypes` stays cheap.
_LAZY_CLIENT_NAMES = frozenset({"Client", "AsyncClient"})

if TYPE_CHECKING:
    from .transport import AsyncClient as AsyncClient
    from .transport import Client as Client


def __getattr__(name: str) -> Any:
    if name in _LAZY_CLIENT_NAMES:
        from . import transport

        return getattr(transport, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
