"""msgtypes: typed msgspec Structs for the Anthropic Messages API.

Every request and response body as a Struct (stable and beta fields in one superset), a codec
(:func:`encode`, :func:`decode`, :func:`convert`, :func:`to_builtins`, and :func:`validate` for
a Struct built in code), and the official SDK's
type names (``Beta*`` and ``PromptCachingBeta*`` included) as aliases of the same classes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from msgspec import UNSET, UnsetType

from . import _sdk_names
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
    CrossOriginError,
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
    ResponseTooLargeError,
    TooManyRedirectsError,
    UnprocessableEntityError,
)
from ._sdk_names import *  # noqa: F403  (the SDK's other type names; see that module)
from ._sdk_names import PermissionError as PermissionError  # not starred: shadows a builtin
from ._validate import validate
from .batches import (
    MAX_BATCH_REQUESTS,
    BatchCreateParams,
    BatchResultsError,
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
    DEPRECATED_BETAS,
    FIELD_BETAS,
    GA_BETAS,
    KNOWN_BETAS,
    MESSAGE_FIELD_BETAS,
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
    AdvisorErrorCode,
    AdvisorRedactedResultBlock,
    AdvisorRedactedResultBlockParam,
    AdvisorResultBlock,
    AdvisorResultBlockParam,
    AdvisorToolResultBlock,
    AdvisorToolResultBlockParam,
    AdvisorToolResultError,
    AdvisorToolResultErrorParam,
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
    BrowserStateBlockParam,
    BrowserStateChange,
    BrowserStateChangeDownloadCompleted,
    BrowserStateChangeDownloadFailed,
    BrowserStateChangeDownloadStarted,
    BrowserStateChangeTabOpened,
    BrowserStateTabEntry,
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
    CompactionBlock,
    CompactionBlockParam,
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
    EncryptedCodeExecutionResultBlock,
    EncryptedCodeExecutionResultBlockParam,
    FallbackBlock,
    FallbackBlockParam,
    FallbackInfo,
    FallbackInfoParam,
    FallbackRefusalTrigger,
    FallbackRefusalTriggerParam,
    FallbackTrigger,
    FileDocumentSource,
    FileImageSource,
    ImageBlockParam,
    ImageMediaType,
    ImageSource,
    ImageTransformations,
    MCPTool,
    MCPToolListingBlock,
    MCPToolListingBlockParam,
    MCPToolResultBlock,
    MCPToolUseBlock,
    MCPToolUseBlockParam,
    PlainTextSource,
    PlainTextSourceData,
    RedactedThinkingBlock,
    RedactedThinkingBlockParam,
    RefusalCategory,
    RequestMCPToolResultBlockParam,
    RequestToolAdditionBlockParam,
    RequestToolRemovalBlockParam,
    ResponseToolAdditionBlock,
    ResponseToolChange,
    ResponseToolChangeMCPToolReference,
    ResponseToolChangeMCPToolsetReference,
    ResponseToolChangeReference,
    ResponseToolChangeTool,
    ResponseToolChangeToolDefinition,
    ResponseToolChangeToolReference,
    ResponseToolRemovalBlock,
    SearchResultBlockParam,
    ServerToolCaller,
    ServerToolCaller20260120,
    ServerToolCaller20260120Info,
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
    ToolChangeBlockParam,
    ToolChangeMCPToolReference,
    ToolChangeMCPToolsetReference,
    ToolChangeReference,
    ToolChangeToolDefinition,
    ToolChangeToolReference,
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
    CompactionContentBlockDelta,
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
    AdvisorMessageIterationUsage,
    AllThinkingTurns,
    AppliedEdit,
    BillingPolicy,
    BillTo,
    CacheCreation,
    CacheMissMessagesChanged,
    CacheMissModelChanged,
    CacheMissPreviousMessageNotFound,
    CacheMissReason,
    CacheMissSystemChanged,
    CacheMissToolsChanged,
    CacheMissUnavailable,
    ClearThinking20251015Edit,
    ClearThinking20251015EditResponse,
    ClearToolUses20250919Edit,
    ClearToolUses20250919EditResponse,
    Compact20260112Edit,
    CompactionConfig,
    CompactionIterationUsage,
    Container,
    ContainerParams,
    ContextManagementConfig,
    ContextManagementEdit,
    ContextManagementResponse,
    CountTokensContextManagementResponse,
    Diagnostics,
    DiagnosticsParam,
    Effort,
    FallbackCreditNotApplied,
    FallbackCreditRedeemed,
    FallbackCreditStatus,
    FallbackCreditTokenParam,
    FallbackCreditUsage,
    FallbackMessageIterationUsage,
    FallbackParam,
    InputTokensClearAtLeast,
    InputTokensTrigger,
    InputTransformation,
    IterationUsage,
    JSONOutputFormat,
    KnownModel,
    Message,
    MessageCountTokensParams,
    MessageCreateParams,
    MessageIterationUsage,
    MessageParam,
    MessageTokensCount,
    Metadata,
    Model,
    OutputConfig,
    OutputTokensDetails,
    RefusalStopDetails,
    RequestMCPServerToolConfiguration,
    RequestMCPServerURLDefinition,
    ServerToolUsage,
    Skill,
    SkillParams,
    Speed,
    StopDetails,
    StopReason,
    StopSequence,
    SystemMessageOutputConfig,
    ThinkingBindingReason,
    ThinkingBlockBinding,
    ThinkingConfig,
    ThinkingConfigAdaptive,
    ThinkingConfigBetweenTools,
    ThinkingConfigDisabled,
    ThinkingConfigEnabled,
    ThinkingDisplay,
    ThinkingDroppedInputTransformation,
    ThinkingMismatchAllowedInputTransformation,
    ThinkingPrefixMismatchBehavior,
    ThinkingTurns,
    ThreadContinueParams,
    ThreadCreateParams,
    ThreadParams,
    TokenTaskBudget,
    ToolUsesKeep,
    ToolUsesTrigger,
    Usage,
)
from .models import (
    CapabilitySupport,
    CompactionCapability,
    ContextManagementCapability,
    EffortCapability,
    ModelCapabilities,
    ModelInfo,
    ModelLifecycle,
    ModelLine,
    ModelListPage,
    ServerToolsCapability,
    ThinkingCapability,
    ThinkingTypes,
)
from .streaming import (
    MessageAccumulator,
    accumulate,
    aiter_events,
    iter_events,
)
from .tools import (
    AdvisorTool20260301,
    AllowedCaller,
    BrowserToolset20260801,
    BrowserToolsetConfigs,
    CodeExecutionTool20250522,
    CodeExecutionTool20250825,
    CodeExecutionTool20260120,
    CodeExecutionTool20260521,
    ComputerToolset20260801,
    ComputerToolsetConfigs,
    InputSchema,
    JSONObject,
    MCPToolConfig,
    MCPToolDefaultConfig,
    MCPToolParam,
    MCPToolset,
    MemoryTool20250818,
    ResponseInclusion,
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
    ToolsetMemberConfig,
    ToolTextEditor20241022,
    ToolTextEditor20250124,
    ToolTextEditor20250429,
    ToolTextEditor20250728,
    ToolUnion,
    UserLocation,
    WebFetchTool20250910,
    WebFetchTool20260209,
    WebFetchTool20260309,
    WebFetchTool20260318,
    WebFetchToolURLSource,
    WebFetchURLSourceAll,
    WebFetchURLSourceExcept,
    WebFetchURLSourceNone,
    WebFetchURLSourceOnly,
    WebFetchURLSources,
    WebFetchURLSourceToolReference,
    WebSearchTool20250305,
    WebSearchTool20260209,
    WebSearchTool20260318,
)
from .versions import (
    API_VERSIONS,
    DEFAULT_API_VERSION,
    LEGACY_API_VERSION,
    VERSION_CHANGES,
    ApiVersion,
    VersionChange,
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
    "AdvisorErrorCode",
    "AdvisorMessageIterationUsage",
    "AdvisorRedactedResultBlock",
    "AdvisorRedactedResultBlockParam",
    "AdvisorResultBlock",
    "AdvisorResultBlockParam",
    "AdvisorTool20260301",
    "AdvisorToolResultBlock",
    "AdvisorToolResultBlockParam",
    "AdvisorToolResultError",
    "AdvisorToolResultErrorParam",
    "aiter_events",
    "aiter_results",
    "AllowedCaller",
    "AllThinkingTurns",
    "AnthropicBeta",
    "API_VERSIONS",
    "APIConnectionError",
    "APIError",
    "APIErrorObject",
    "APIStatusError",
    "APITimeoutError",
    "ApiVersion",
    "AppliedEdit",
    "AuthenticationError",
    "AuthenticationErrorObject",
    "BadRequestError",
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
    "BatchResultsError",
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
    "BillingPolicy",
    "BillTo",
    "BLOCK_TYPE_BETAS",
    "BrowserStateBlockParam",
    "BrowserStateChange",
    "BrowserStateChangeDownloadCompleted",
    "BrowserStateChangeDownloadFailed",
    "BrowserStateChangeDownloadStarted",
    "BrowserStateChangeTabOpened",
    "BrowserStateTabEntry",
    "BrowserToolset20260801",
    "BrowserToolsetConfigs",
    "CacheControlEphemeral",
    "CacheControlEphemeralParam",
    "CacheCreation",
    "CacheMissMessagesChanged",
    "CacheMissModelChanged",
    "CacheMissPreviousMessageNotFound",
    "CacheMissReason",
    "CacheMissSystemChanged",
    "CacheMissToolsChanged",
    "CacheMissUnavailable",
    "Caller",
    "CallerInfo",
    "CapabilitySupport",
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
    "CodeExecutionTool20260120",
    "CodeExecutionTool20260521",
    "CodeExecutionToolResultBlock",
    "CodeExecutionToolResultBlockParam",
    "CodeExecutionToolResultError",
    "CodeExecutionToolResultErrorParam",
    "Compact20260112Edit",
    "CompactionBlock",
    "CompactionBlockParam",
    "CompactionCapability",
    "CompactionConfig",
    "CompactionContentBlockDelta",
    "CompactionIterationUsage",
    "Completion",
    "CompletionCreateParams",
    "ComputerToolset20260801",
    "ComputerToolsetConfigs",
    "ConflictError",
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
    "ContextManagementCapability",
    "ContextManagementConfig",
    "ContextManagementEdit",
    "ContextManagementResponse",
    "convert",
    "CountTokensContextManagementResponse",
    "CrossOriginError",
    "CustomId",
    "decode",
    "Decoder",
    "DEFAULT_API_VERSION",
    "DeletedMessageBatch",
    "DEPRECATED_BETAS",
    "Diagnostics",
    "DiagnosticsParam",
    "DirectCaller",
    "DirectCallerInfo",
    "DocumentBlock",
    "DocumentBlockParam",
    "DocumentSource",
    "Effort",
    "EffortCapability",
    "encode",
    "EncryptedCodeExecutionResultBlock",
    "EncryptedCodeExecutionResultBlockParam",
    "validate",
    "ErrorObject",
    "ErrorResponse",
    "EventTooLargeError",
    "FallbackBlock",
    "FallbackBlockParam",
    "FallbackCreditNotApplied",
    "FallbackCreditRedeemed",
    "FallbackCreditStatus",
    "FallbackCreditTokenParam",
    "FallbackCreditUsage",
    "FallbackInfo",
    "FallbackInfoParam",
    "FallbackMessageIterationUsage",
    "FallbackParam",
    "FallbackRefusalTrigger",
    "FallbackRefusalTriggerParam",
    "FallbackTrigger",
    "FIELD_BETAS",
    "FileDocumentSource",
    "FileImageSource",
    "GA_BETAS",
    "GatewayTimeoutErrorObject",
    "ImageBlockParam",
    "ImageMediaType",
    "ImageSource",
    "ImageTransformations",
    "IncompleteStreamError",
    "InputJSONDelta",
    "InputSchema",
    "InputTokensClearAtLeast",
    "InputTokensTrigger",
    "InputTransformation",
    "InternalServerError",
    "InvalidRequestErrorObject",
    "iter_events",
    "iter_results",
    "IterationUsage",
    "JSONObject",
    "JSONOutputFormat",
    "KNOWN_BETAS",
    "KnownModel",
    "LEGACY_API_VERSION",
    "LineTooLongError",
    "MAX_BATCH_REQUESTS",
    "MCPTool",
    "MCPToolConfig",
    "MCPToolDefaultConfig",
    "MCPToolListingBlock",
    "MCPToolListingBlockParam",
    "MCPToolParam",
    "MCPToolResultBlock",
    "MCPToolset",
    "MCPToolUseBlock",
    "MCPToolUseBlockParam",
    "MemoryTool20250818",
    "Message",
    "MESSAGE_FIELD_BETAS",
    "MessageAccumulator",
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
    "MessageIterationUsage",
    "MessageParam",
    "MessageStartEvent",
    "MessageStopEvent",
    "MessageStreamEvent",
    "MessageTokensCount",
    "Metadata",
    "MetadataParam",
    "Model",
    "ModelCapabilities",
    "ModelInfo",
    "ModelLifecycle",
    "ModelLine",
    "ModelListPage",
    "MsgtypesError",
    "NestingDepthError",
    "NotFoundError",
    "NotFoundErrorObject",
    "OutputConfig",
    "OutputTokensDetails",
    "OverloadedError",
    "OverloadedErrorObject",
    "Page",
    "PermissionDeniedError",
    "PermissionErrorObject",
    "PingEvent",
    "PlainTextSource",
    "PlainTextSourceData",
    "PlainTextSourceParam",
    "PreflightLintError",
    "PromptCachingBetaCacheControlEphemeral",
    "PromptCachingBetaImageBlockParam",
    "PromptCachingBetaMessage",
    "PromptCachingBetaMessageParam",
    "PromptCachingBetaTextBlockParam",
    "PromptCachingBetaTool",
    "PromptCachingBetaToolResultBlockParam",
    "PromptCachingBetaToolUseBlockParam",
    "PromptCachingBetaUsage",
    "RateLimitError",
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
    "RefusalCategory",
    "RefusalStopDetails",
    "RequestMCPServerToolConfiguration",
    "RequestMCPServerURLDefinition",
    "RequestMCPToolResultBlockParam",
    "RequestStruct",
    "RequestToolAdditionBlockParam",
    "RequestTooLargeError",
    "RequestTooLargeErrorObject",
    "RequestToolRemovalBlockParam",
    "ResponseInclusion",
    "ResponseStruct",
    "ResponseToolAdditionBlock",
    "ResponseTooLargeError",
    "ResponseToolChange",
    "ResponseToolChangeMCPToolReference",
    "ResponseToolChangeMCPToolsetReference",
    "ResponseToolChangeReference",
    "ResponseToolChangeTool",
    "ResponseToolChangeToolDefinition",
    "ResponseToolChangeToolReference",
    "ResponseToolRemovalBlock",
    "SearchResultBlockParam",
    "ServerToolCaller",
    "ServerToolCaller20260120",
    "ServerToolCaller20260120Info",
    "ServerToolCallerInfo",
    "ServerToolName",
    "ServerToolsCapability",
    "ServerToolUsage",
    "ServerToolUseBlock",
    "ServerToolUseBlockParam",
    "SignatureDelta",
    "Skill",
    "SkillParams",
    "SOURCE_TYPE_BETAS",
    "Speed",
    "StopDetails",
    "StopReason",
    "StopSequence",
    "SystemMessageOutputConfig",
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
    "ThinkingBindingReason",
    "ThinkingBlock",
    "ThinkingBlockBinding",
    "ThinkingBlockParam",
    "ThinkingCapability",
    "ThinkingConfig",
    "ThinkingConfigAdaptive",
    "ThinkingConfigBetweenTools",
    "ThinkingConfigDisabled",
    "ThinkingConfigDisabledParam",
    "ThinkingConfigEnabled",
    "ThinkingConfigEnabledParam",
    "ThinkingConfigParam",
    "ThinkingDelta",
    "ThinkingDisplay",
    "ThinkingDroppedInputTransformation",
    "ThinkingMismatchAllowedInputTransformation",
    "ThinkingPrefixMismatchBehavior",
    "ThinkingTurns",
    "ThinkingTypes",
    "ThreadContinueParams",
    "ThreadCreateParams",
    "ThreadParams",
    "to_builtins",
    "to_param",
    "TokenTaskBudget",
    "Tool",
    "TOOL_OPTION_BETAS",
    "TOOL_TYPE_BETAS",
    "ToolBash20241022",
    "ToolBash20250124",
    "ToolBash20250124Param",
    "ToolChangeBlockParam",
    "ToolChangeMCPToolReference",
    "ToolChangeMCPToolsetReference",
    "ToolChangeReference",
    "ToolChangeToolDefinition",
    "ToolChangeToolReference",
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
    "ToolsetMemberConfig",
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
    "TooManyRedirectsError",
    "Unknown",
    "UnknownBlock",
    "UnknownEvent",
    "UnprocessableEntityError",
    "UNSET",
    "UnsetType",
    "URLImageSource",
    "URLImageSourceParam",
    "URLPDFSource",
    "URLPDFSourceParam",
    "Usage",
    "UserLocation",
    "VERSION_CHANGES",
    "VersionChange",
    "WebFetchBlock",
    "WebFetchBlockParam",
    "WebFetchErrorCode",
    "WebFetchTool20250910",
    "WebFetchTool20260209",
    "WebFetchTool20260309",
    "WebFetchTool20260318",
    "WebFetchToolResultBlock",
    "WebFetchToolResultBlockParam",
    "WebFetchToolResultErrorBlock",
    "WebFetchToolResultErrorBlockParam",
    "WebFetchToolURLSource",
    "WebFetchURLSourceAll",
    "WebFetchURLSourceExcept",
    "WebFetchURLSourceNone",
    "WebFetchURLSourceOnly",
    "WebFetchURLSources",
    "WebFetchURLSourceToolReference",
    "WebSearchErrorCode",
    "WebSearchResultBlock",
    "WebSearchResultBlockParam",
    "WebSearchTool20250305",
    "WebSearchTool20250305Param",
    "WebSearchTool20260209",
    "WebSearchTool20260318",
    "WebSearchToolRequestError",
    "WebSearchToolRequestErrorParam",
    "WebSearchToolResultBlock",
    "WebSearchToolResultBlockParam",
    "WebSearchToolResultError",
]
__all__ += _sdk_names.__all__

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
