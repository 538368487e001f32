"""The official SDK's type names (anthropic 0.75.0 and 2.14.0, ``Beta*`` included), as aliases.

The SDK keeps a stable, a ``Beta*`` and often a ``*Param`` copy of each type; msgtypes has one
superset class (or union) for all of them, so every name here is an alias of one of ours (names
that match ours exactly, and older aliases, are in ``msgtypes/__init__.py``). The committed SDK
snapshots check the list (tests/test_sdk_coverage.py): a newer SDK's names show up there as
missing, and are added here.
"""

from __future__ import annotations

from ._common import (
    CacheControlEphemeral,
    CitationsConfigParam,
)
from .content import (
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
    BashCodeExecutionErrorCode,
    BashCodeExecutionOutputBlock,
    BashCodeExecutionOutputBlockParam,
    BashCodeExecutionResultBlock,
    BashCodeExecutionToolResultError,
    BrowserStateBlockParam,
    BrowserStateChange,
    BrowserStateChangeDownloadCompleted,
    BrowserStateChangeDownloadFailed,
    BrowserStateChangeDownloadStarted,
    BrowserStateChangeTabOpened,
    BrowserStateTabEntry,
    CitationCharLocation,
    CitationConfig,
    CitationContentBlockLocation,
    CitationPageLocation,
    CitationsSearchResultLocation,
    CitationsWebSearchResultLocation,
    CodeExecutionErrorCode,
    CodeExecutionOutputBlock,
    CodeExecutionOutputBlockParam,
    CodeExecutionResultBlock,
    CodeExecutionToolResultContent,
    CodeExecutionToolResultContentParam,
    CodeExecutionToolResultError,
    CompactionBlock,
    CompactionBlockParam,
    ContentBlockParam,
    ContentBlockSource,
    ContentBlockSourceContent,
    DirectCaller,
    DocumentBlock,
    DocumentBlockParam,
    EncryptedCodeExecutionResultBlock,
    EncryptedCodeExecutionResultBlockParam,
    FallbackBlock,
    FallbackBlockParam,
    FallbackInfo,
    FallbackInfoParam,
    FallbackRefusalTrigger,
    FileDocumentSource,
    FileImageSource,
    ImageTransformations,
    MCPTool,
    MCPToolListingBlock,
    MCPToolListingBlockParam,
    PlainTextSource,
    RequestToolAdditionBlockParam,
    RequestToolRemovalBlockParam,
    ResponseToolAdditionBlock,
    ResponseToolChangeMCPToolReference,
    ResponseToolChangeMCPToolsetReference,
    ResponseToolChangeToolReference,
    ResponseToolRemovalBlock,
    ServerToolCaller,
    ServerToolCaller20260120,
    TextCitation,
    TextCitationParam,
    TextEditorCodeExecutionCreateResultBlock,
    TextEditorCodeExecutionErrorCode,
    TextEditorCodeExecutionStrReplaceResultBlock,
    TextEditorCodeExecutionToolResultError,
    TextEditorCodeExecutionViewResultBlock,
    ToolChangeMCPToolReference,
    ToolChangeMCPToolsetReference,
    ToolChangeToolDefinition,
    ToolChangeToolReference,
    ToolReferenceBlock,
    ToolSearchToolResultError,
    ToolSearchToolSearchResultBlock,
    URLImageSource,
    URLPDFSource,
    WebFetchBlock,
    WebFetchErrorCode,
    WebFetchToolResultErrorBlock,
    WebSearchErrorCode,
    WebSearchResultBlock,
    WebSearchResultBlockParam,
    WebSearchToolRequestError,
    WebSearchToolResultContent,
    WebSearchToolResultContentParam,
    WebSearchToolResultError,
)
from .errors import (
    APIErrorObject,
    AuthenticationErrorObject,
    BillingErrorObject,
    GatewayTimeoutErrorObject,
    InvalidRequestErrorObject,
    NotFoundErrorObject,
    OverloadedErrorObject,
    PermissionErrorObject,
    RateLimitErrorObject,
)
from .events import (
    CompactionContentBlockDelta,
)
from .messages import (
    AdvisorMessageIterationUsage,
    AllThinkingTurns,
    BillingPolicy,
    BillTo,
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
    ContextManagementConfig,
    CountTokensContextManagementResponse,
    Diagnostics,
    DiagnosticsParam,
    FallbackCreditNotApplied,
    FallbackCreditRedeemed,
    FallbackCreditTokenParam,
    FallbackCreditUsage,
    FallbackMessageIterationUsage,
    FallbackParam,
    InputTokensClearAtLeast,
    InputTokensTrigger,
    InputTransformation,
    IterationUsage,
    JSONOutputFormat,
    MessageIterationUsage,
    MessageParam,
    Metadata,
    Model,
    OutputConfig,
    OutputTokensDetails,
    RefusalStopDetails,
    RequestMCPServerToolConfiguration,
    RequestMCPServerURLDefinition,
    Skill,
    StopReason,
    SystemMessageOutputConfig,
    ThinkingBlockBinding,
    ThinkingConfig,
    ThinkingConfigAdaptive,
    ThinkingConfigBetweenTools,
    ThinkingConfigDisabled,
    ThinkingConfigEnabled,
    ThinkingDroppedInputTransformation,
    ThinkingMismatchAllowedInputTransformation,
    ThinkingPrefixMismatchBehavior,
    ThinkingTurns,
    ThreadContinueParams,
    ThreadCreateParams,
    TokenTaskBudget,
    ToolUsesKeep,
    ToolUsesTrigger,
)
from .models import (
    CapabilitySupport,
    CompactionCapability,
    ContextManagementCapability,
    EffortCapability,
    ModelCapabilities,
    ModelLine,
    ServerToolsCapability,
    ThinkingCapability,
    ThinkingTypes,
)
from .tools import (
    AdvisorTool20260301,
    BrowserToolset20260801,
    BrowserToolsetConfigs,
    CodeExecutionTool20250522,
    CodeExecutionTool20250825,
    CodeExecutionTool20260120,
    CodeExecutionTool20260521,
    ComputerToolset20260801,
    ComputerToolsetConfigs,
    InputSchema,
    MCPToolConfig,
    MCPToolDefaultConfig,
    MCPToolParam,
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
    ToolSearchToolBm25_20251119,
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

__all__ = [
    "AssistantMessageParam",
    "BashCodeExecutionToolResultErrorCode",
    "BashCodeExecutionToolResultErrorObject",
    "BetaAdvisorMessageIterationUsage",
    "BetaAdvisorRedactedResultBlock",
    "BetaAdvisorRedactedResultBlockParam",
    "BetaAdvisorResultBlock",
    "BetaAdvisorResultBlockParam",
    "BetaAdvisorTool20260301",
    "BetaAdvisorTool20260301Param",
    "BetaAdvisorToolResultBlock",
    "BetaAdvisorToolResultBlockParam",
    "BetaAdvisorToolResultError",
    "BetaAdvisorToolResultErrorObject",
    "BetaAdvisorToolResultErrorParam",
    "BetaAllThinkingTurnsParam",
    "BetaAPIErrorObject",
    "BetaAssistantMessageParam",
    "BetaAuthenticationErrorObject",
    "BetaBase64ImageSourceParam",
    "BetaBase64PDFBlockParam",
    "BetaBase64PDFSourceParam",
    "BetaBashCodeExecutionOutputBlock",
    "BetaBashCodeExecutionOutputBlockParam",
    "BetaBashCodeExecutionResultBlock",
    "BetaBashCodeExecutionToolResultError",
    "BetaBashCodeExecutionToolResultErrorObject",
    "BetaBillingErrorObject",
    "BetaBillingPolicyParam",
    "BetaBillTo",
    "BetaBrowserCloseTabConfig",
    "BetaBrowserCloseTabConfigParam",
    "BetaBrowserDoubleClickConfig",
    "BetaBrowserDoubleClickConfigParam",
    "BetaBrowserFileUploadConfig",
    "BetaBrowserFileUploadConfigParam",
    "BetaBrowserFindConfig",
    "BetaBrowserFindConfigParam",
    "BetaBrowserFormInputConfig",
    "BetaBrowserFormInputConfigParam",
    "BetaBrowserGetPageTextConfig",
    "BetaBrowserGetPageTextConfigParam",
    "BetaBrowserHoldKeyConfig",
    "BetaBrowserHoldKeyConfigParam",
    "BetaBrowserHoverConfig",
    "BetaBrowserHoverConfigParam",
    "BetaBrowserJavascriptExecConfig",
    "BetaBrowserJavascriptExecConfigParam",
    "BetaBrowserKeyConfig",
    "BetaBrowserKeyConfigParam",
    "BetaBrowserLeftClickConfig",
    "BetaBrowserLeftClickConfigParam",
    "BetaBrowserLeftClickDragConfig",
    "BetaBrowserLeftClickDragConfigParam",
    "BetaBrowserLeftMouseDownConfig",
    "BetaBrowserLeftMouseDownConfigParam",
    "BetaBrowserLeftMouseUpConfig",
    "BetaBrowserLeftMouseUpConfigParam",
    "BetaBrowserListTabsConfig",
    "BetaBrowserListTabsConfigParam",
    "BetaBrowserMiddleClickConfig",
    "BetaBrowserMiddleClickConfigParam",
    "BetaBrowserMouseMoveConfig",
    "BetaBrowserMouseMoveConfigParam",
    "BetaBrowserNavigateConfig",
    "BetaBrowserNavigateConfigParam",
    "BetaBrowserNewTabConfig",
    "BetaBrowserNewTabConfigParam",
    "BetaBrowserReadConsoleConfig",
    "BetaBrowserReadConsoleConfigParam",
    "BetaBrowserReadNetworkConfig",
    "BetaBrowserReadNetworkConfigParam",
    "BetaBrowserReadPageConfig",
    "BetaBrowserReadPageConfigParam",
    "BetaBrowserRightClickConfig",
    "BetaBrowserRightClickConfigParam",
    "BetaBrowserScreenshotConfig",
    "BetaBrowserScreenshotConfigParam",
    "BetaBrowserScrollConfig",
    "BetaBrowserScrollConfigParam",
    "BetaBrowserScrollToConfig",
    "BetaBrowserScrollToConfigParam",
    "BetaBrowserStateBlockParam",
    "BetaBrowserStateChangeDownloadCompletedParam",
    "BetaBrowserStateChangeDownloadFailedParam",
    "BetaBrowserStateChangeDownloadStartedParam",
    "BetaBrowserStateChangeParam",
    "BetaBrowserStateChangeTabOpenedParam",
    "BetaBrowserStateTabEntryParam",
    "BetaBrowserSwitchTabConfig",
    "BetaBrowserSwitchTabConfigParam",
    "BetaBrowserToolset20260801",
    "BetaBrowserToolset20260801Param",
    "BetaBrowserToolsetConfigs",
    "BetaBrowserToolsetConfigsParam",
    "BetaBrowserTripleClickConfig",
    "BetaBrowserTripleClickConfigParam",
    "BetaBrowserTypeConfig",
    "BetaBrowserTypeConfigParam",
    "BetaBrowserWaitConfig",
    "BetaBrowserWaitConfigParam",
    "BetaBrowserZoomConfig",
    "BetaBrowserZoomConfigParam",
    "BetaCacheControlEphemeralParam",
    "BetaCacheMissMessagesChanged",
    "BetaCacheMissModelChanged",
    "BetaCacheMissPreviousMessageNotFound",
    "BetaCacheMissReason",
    "BetaCacheMissSystemChanged",
    "BetaCacheMissToolsChanged",
    "BetaCacheMissUnavailable",
    "BetaCapabilitySupport",
    "BetaCitationCharLocation",
    "BetaCitationConfig",
    "BetaCitationContentBlockLocation",
    "BetaCitationPageLocation",
    "BetaCitationsConfigParamParam",
    "BetaCitationSearchResultLocation",
    "BetaCitationsWebSearchResultLocation",
    "BetaClearThinking20251015EditParam",
    "BetaClearThinking20251015EditResponse",
    "BetaClearToolUses20250919EditParam",
    "BetaClearToolUses20250919EditResponse",
    "BetaCodeExecutionOutputBlock",
    "BetaCodeExecutionOutputBlockParam",
    "BetaCodeExecutionResultBlock",
    "BetaCodeExecutionTool20250522Param",
    "BetaCodeExecutionTool20250825Param",
    "BetaCodeExecutionTool20260120",
    "BetaCodeExecutionTool20260120Param",
    "BetaCodeExecutionTool20260521",
    "BetaCodeExecutionTool20260521Param",
    "BetaCodeExecutionToolResultBlockContent",
    "BetaCodeExecutionToolResultBlockParamContentParam",
    "BetaCodeExecutionToolResultError",
    "BetaCodeExecutionToolResultErrorCode",
    "BetaCodeExecutionToolResultErrorObject",
    "BetaCompact20260112EditParam",
    "BetaCompactionBlock",
    "BetaCompactionBlockParam",
    "BetaCompactionCapability",
    "BetaCompactionConfigParam",
    "BetaCompactionContentBlockDelta",
    "BetaCompactionIterationUsage",
    "BetaComputerCursorPositionConfig",
    "BetaComputerCursorPositionConfigParam",
    "BetaComputerDoubleClickConfig",
    "BetaComputerDoubleClickConfigParam",
    "BetaComputerHoldKeyConfig",
    "BetaComputerHoldKeyConfigParam",
    "BetaComputerKeyConfig",
    "BetaComputerKeyConfigParam",
    "BetaComputerLeftClickConfig",
    "BetaComputerLeftClickConfigParam",
    "BetaComputerLeftClickDragConfig",
    "BetaComputerLeftClickDragConfigParam",
    "BetaComputerLeftMouseDownConfig",
    "BetaComputerLeftMouseDownConfigParam",
    "BetaComputerLeftMouseUpConfig",
    "BetaComputerLeftMouseUpConfigParam",
    "BetaComputerMiddleClickConfig",
    "BetaComputerMiddleClickConfigParam",
    "BetaComputerMouseMoveConfig",
    "BetaComputerMouseMoveConfigParam",
    "BetaComputerRightClickConfig",
    "BetaComputerRightClickConfigParam",
    "BetaComputerScreenshotConfig",
    "BetaComputerScreenshotConfigParam",
    "BetaComputerScrollConfig",
    "BetaComputerScrollConfigParam",
    "BetaComputerToolset20260801",
    "BetaComputerToolset20260801Param",
    "BetaComputerToolsetConfigs",
    "BetaComputerToolsetConfigsParam",
    "BetaComputerTripleClickConfig",
    "BetaComputerTripleClickConfigParam",
    "BetaComputerTypeConfig",
    "BetaComputerTypeConfigParam",
    "BetaComputerWaitConfig",
    "BetaComputerWaitConfigParam",
    "BetaComputerZoomConfig",
    "BetaComputerZoomConfigParam",
    "BetaContainerSkill",
    "BetaContentBlockSourceContentParam",
    "BetaContentBlockSourceParam",
    "BetaContextManagementCapability",
    "BetaContextManagementConfigParam",
    "BetaCountTokensContextManagementResponse",
    "BetaDiagnostics",
    "BetaDiagnosticsParam",
    "BetaDirectCallerParam",
    "BetaDocumentBlock",
    "BetaEffortCapability",
    "BetaEncryptedCodeExecutionResultBlock",
    "BetaEncryptedCodeExecutionResultBlockParam",
    "BetaFallbackBlock",
    "BetaFallbackBlockParam",
    "BetaFallbackCreditNotApplied",
    "BetaFallbackCreditRedeemed",
    "BetaFallbackCreditTokenParam",
    "BetaFallbackCreditUsage",
    "BetaFallbackInfo",
    "BetaFallbackInfoParam",
    "BetaFallbackMessageIterationUsage",
    "BetaFallbackParam",
    "BetaFallbackRefusalTrigger",
    "BetaFileDocumentSourceParam",
    "BetaFileImageSourceParam",
    "BetaGatewayTimeoutErrorObject",
    "BetaImageTransformationsParam",
    "BetaInputTokensClearAtLeastParam",
    "BetaInputTokensTriggerParam",
    "BetaInputTransformation",
    "BetaInvalidRequestErrorObject",
    "BetaIterationsUsage",
    "BetaJSONOutputFormatParam",
    "BetaMCPTool",
    "BetaMCPToolConfig",
    "BetaMCPToolConfigParam",
    "BetaMCPToolDefaultConfig",
    "BetaMCPToolDefaultConfigParam",
    "BetaMCPToolListingBlock",
    "BetaMCPToolListingBlockParam",
    "BetaMCPToolParam",
    "BetaMCPToolParamParam",
    "BetaMCPToolsetParam",
    "BetaMemoryTool20250818Param",
    "BetaMessageContentParam",
    "BetaMessageIterationUsage",
    "BetaMetadataParam",
    "BetaModelCapabilities",
    "BetaModelLine",
    "BetaNotFoundErrorObject",
    "BetaOutputConfigParam",
    "BetaOutputTokensDetails",
    "BetaOverloadedErrorObject",
    "BetaPermissionErrorObject",
    "BetaPlainTextSourceParam",
    "BetaRateLimitErrorObject",
    "BetaRefusalStopDetails",
    "BetaRequestMCPServerToolConfigurationParam",
    "BetaRequestMCPServerURLDefinitionParam",
    "BetaRequestToolAdditionBlockParam",
    "BetaRequestToolRemovalBlockParam",
    "BetaResponseTool",
    "BetaResponseToolAdditionBlock",
    "BetaResponseToolChangeMCPToolReference",
    "BetaResponseToolChangeMCPToolsetReference",
    "BetaResponseToolChangeToolReference",
    "BetaResponseToolInputSchema",
    "BetaResponseToolRemovalBlock",
    "BetaResponseToolUnion",
    "BetaServerToolCaller20260120",
    "BetaServerToolCaller20260120Param",
    "BetaServerToolCallerParam",
    "BetaServerToolsCapability",
    "BetaSkill",
    "BetaStopReason",
    "BetaSystemMessageOutputConfigParam",
    "BetaSystemMessageParam",
    "BetaTextCitation",
    "BetaTextCitationParam",
    "BetaTextEditorCodeExecutionCreateResultBlock",
    "BetaTextEditorCodeExecutionStrReplaceResultBlock",
    "BetaTextEditorCodeExecutionToolResultError",
    "BetaTextEditorCodeExecutionToolResultErrorObject",
    "BetaTextEditorCodeExecutionViewResultBlock",
    "BetaThinkingBlockBindingParam",
    "BetaThinkingCapability",
    "BetaThinkingConfigAdaptiveParam",
    "BetaThinkingConfigBetweenToolsParam",
    "BetaThinkingConfigDisabledParam",
    "BetaThinkingConfigEnabledParam",
    "BetaThinkingConfigParam",
    "BetaThinkingDroppedInputTransformation",
    "BetaThinkingMismatchAllowedInputTransformation",
    "BetaThinkingPrefixMismatchBehavior",
    "BetaThinkingTurnsParam",
    "BetaThinkingTypes",
    "BetaThreadContinueParams",
    "BetaThreadCreateParams",
    "BetaTokenTaskBudgetParam",
    "BetaToolBash20241022Param",
    "BetaToolBash20250124Param",
    "BetaToolChangeMCPToolReferenceParam",
    "BetaToolChangeMCPToolsetReferenceParam",
    "BetaToolChangeToolDefinition",
    "BetaToolChangeToolDefinitionParam",
    "BetaToolChangeToolReferenceParam",
    "BetaToolChoiceAnyParam",
    "BetaToolChoiceAutoParam",
    "BetaToolChoiceNoneParam",
    "BetaToolChoiceParam",
    "BetaToolChoiceToolParam",
    "BetaToolComputerUse20241022Param",
    "BetaToolComputerUse20250124Param",
    "BetaToolComputerUse20251124Param",
    "BetaToolParam",
    "BetaToolReferenceBlock",
    "BetaToolSearchToolBm25_20251119Param",
    "BetaToolSearchToolRegex20251119Param",
    "BetaToolSearchToolResultError",
    "BetaToolSearchToolResultErrorObject",
    "BetaToolSearchToolSearchResultBlock",
    "BetaToolTextEditor20241022Param",
    "BetaToolTextEditor20250124Param",
    "BetaToolTextEditor20250429Param",
    "BetaToolTextEditor20250728Param",
    "BetaToolUsesKeepParam",
    "BetaToolUsesTriggerParam",
    "BetaURLImageSourceParam",
    "BetaURLPDFSourceParam",
    "BetaUserLocation",
    "BetaUserLocationParam",
    "BetaUserMessageParam",
    "BetaWebFetchBlock",
    "BetaWebFetchTool20250910Param",
    "BetaWebFetchTool20260209",
    "BetaWebFetchTool20260209Param",
    "BetaWebFetchTool20260309",
    "BetaWebFetchTool20260309Param",
    "BetaWebFetchTool20260318",
    "BetaWebFetchTool20260318Param",
    "BetaWebFetchToolResultErrorBlock",
    "BetaWebFetchToolResultErrorCode",
    "BetaWebFetchURLSourceAll",
    "BetaWebFetchURLSourceAllParam",
    "BetaWebFetchURLSourceExcept",
    "BetaWebFetchURLSourceExceptParam",
    "BetaWebFetchURLSourceNone",
    "BetaWebFetchURLSourceNoneParam",
    "BetaWebFetchURLSourceOnly",
    "BetaWebFetchURLSourceOnlyParam",
    "BetaWebFetchURLSources",
    "BetaWebFetchURLSourcesParam",
    "BetaWebFetchURLSourceToolReference",
    "BetaWebFetchURLSourceToolReferenceParam",
    "BetaWebSearchResultBlock",
    "BetaWebSearchResultBlockParam",
    "BetaWebSearchTool20250305Param",
    "BetaWebSearchTool20260209",
    "BetaWebSearchTool20260209Param",
    "BetaWebSearchTool20260318",
    "BetaWebSearchTool20260318Param",
    "BetaWebSearchToolRequestErrorObjectParam",
    "BetaWebSearchToolRequestErrorParam",
    "BetaWebSearchToolResultBlockContent",
    "BetaWebSearchToolResultBlockParamContentParam",
    "BetaWebSearchToolResultError",
    "BetaWebSearchToolResultErrorCode",
    "BetaWebSearchToolResultErrorObject",
    "BillingError",
    "BrowserCloseTabConfigParam",
    "BrowserDoubleClickConfigParam",
    "BrowserFileUploadConfigParam",
    "BrowserFindConfigParam",
    "BrowserFormInputConfigParam",
    "BrowserGetPageTextConfigParam",
    "BrowserHoldKeyConfigParam",
    "BrowserHoverConfigParam",
    "BrowserJavascriptExecConfigParam",
    "BrowserKeyConfigParam",
    "BrowserLeftClickConfigParam",
    "BrowserLeftClickDragConfigParam",
    "BrowserLeftMouseDownConfigParam",
    "BrowserLeftMouseUpConfigParam",
    "BrowserListTabsConfigParam",
    "BrowserMiddleClickConfigParam",
    "BrowserMouseMoveConfigParam",
    "BrowserNavigateConfigParam",
    "BrowserNewTabConfigParam",
    "BrowserReadConsoleConfigParam",
    "BrowserReadNetworkConfigParam",
    "BrowserReadPageConfigParam",
    "BrowserRightClickConfigParam",
    "BrowserScreenshotConfigParam",
    "BrowserScrollConfigParam",
    "BrowserScrollToConfigParam",
    "BrowserStateChangeDownloadCompletedParam",
    "BrowserStateChangeDownloadFailedParam",
    "BrowserStateChangeDownloadStartedParam",
    "BrowserStateChangeParam",
    "BrowserStateChangeTabOpenedParam",
    "BrowserStateTabEntryParam",
    "BrowserSwitchTabConfigParam",
    "BrowserToolset20260801Param",
    "BrowserToolsetConfigsParam",
    "BrowserTripleClickConfigParam",
    "BrowserTypeConfigParam",
    "BrowserWaitConfigParam",
    "BrowserZoomConfigParam",
    "CitationsConfig",
    "CodeExecutionTool20250522Param",
    "CodeExecutionTool20250825Param",
    "CodeExecutionTool20260120Param",
    "CodeExecutionTool20260521Param",
    "CodeExecutionToolResultBlockContent",
    "CodeExecutionToolResultBlockParamContentParam",
    "CodeExecutionToolResultErrorCode",
    "CodeExecutionToolResultErrorObject",
    "ComputerCursorPositionConfigParam",
    "ComputerDoubleClickConfigParam",
    "ComputerHoldKeyConfigParam",
    "ComputerKeyConfigParam",
    "ComputerLeftClickConfigParam",
    "ComputerLeftClickDragConfigParam",
    "ComputerLeftMouseDownConfigParam",
    "ComputerLeftMouseUpConfigParam",
    "ComputerMiddleClickConfigParam",
    "ComputerMouseMoveConfigParam",
    "ComputerRightClickConfigParam",
    "ComputerScreenshotConfigParam",
    "ComputerScrollConfigParam",
    "ComputerToolset20260801Param",
    "ComputerToolsetConfigsParam",
    "ComputerTripleClickConfigParam",
    "ComputerTypeConfigParam",
    "ComputerWaitConfigParam",
    "ComputerZoomConfigParam",
    "ContainerSkill",
    "ContentBlockSourceContentParam",
    "DirectCallerParam",
    "FileDocumentSourceParam",
    "FileImageSourceParam",
    "GatewayTimeoutError",
    "ImageTransformationsParam",
    "InvalidRequestError",
    "JSONOutputFormatParam",
    "MemoryTool20250818Param",
    "MessageContentParam",
    "MessageCountTokensToolParam",
    "ModelParam",
    "OutputConfigParam",
    "ServerToolCaller20260120Param",
    "ServerToolCallerParam",
    "SystemMessageParam",
    "TextEditorCodeExecutionToolResultErrorCode",
    "TextEditorCodeExecutionToolResultErrorObject",
    "ThinkingConfigAdaptiveParam",
    "ThinkingConfigBetweenToolsParam",
    "ToolSearchToolBm25_20251119Param",
    "ToolSearchToolRegex20251119Param",
    "ToolSearchToolResultErrorCode",
    "ToolSearchToolResultErrorObject",
    "UserLocationParam",
    "UserMessageParam",
    "WebFetchTool20250910Param",
    "WebFetchTool20260209Param",
    "WebFetchTool20260309Param",
    "WebFetchTool20260318Param",
    "WebFetchToolResultErrorCode",
    "WebFetchURLSourceAllParam",
    "WebFetchURLSourceExceptParam",
    "WebFetchURLSourceNoneParam",
    "WebFetchURLSourceOnlyParam",
    "WebFetchURLSourcesParam",
    "WebFetchURLSourceToolReferenceParam",
    "WebSearchTool20260209Param",
    "WebSearchTool20260318Param",
    "WebSearchToolRequestErrorObjectParam",
    "WebSearchToolResultBlockContent",
    "WebSearchToolResultBlockParamContentParam",
    "WebSearchToolResultErrorCode",
    "WebSearchToolResultErrorObject",
]

AssistantMessageParam = MessageParam
BashCodeExecutionToolResultErrorCode = BashCodeExecutionErrorCode
BashCodeExecutionToolResultErrorObject = BashCodeExecutionToolResultError
BetaAdvisorMessageIterationUsage = AdvisorMessageIterationUsage
BetaAdvisorRedactedResultBlock = AdvisorRedactedResultBlock
BetaAdvisorRedactedResultBlockParam = AdvisorRedactedResultBlockParam
BetaAdvisorResultBlock = AdvisorResultBlock
BetaAdvisorResultBlockParam = AdvisorResultBlockParam
BetaAdvisorTool20260301 = AdvisorTool20260301
BetaAdvisorTool20260301Param = AdvisorTool20260301
BetaAdvisorToolResultBlock = AdvisorToolResultBlock
BetaAdvisorToolResultBlockParam = AdvisorToolResultBlockParam
BetaAdvisorToolResultError = AdvisorToolResultError
BetaAdvisorToolResultErrorObject = AdvisorToolResultError
BetaAdvisorToolResultErrorParam = AdvisorToolResultErrorParam
BetaAllThinkingTurnsParam = AllThinkingTurns
BetaAPIErrorObject = APIErrorObject
BetaAssistantMessageParam = MessageParam
BetaAuthenticationErrorObject = AuthenticationErrorObject
BetaBase64ImageSourceParam = Base64ImageSource
BetaBase64PDFBlockParam = DocumentBlockParam
BetaBase64PDFSourceParam = Base64PDFSource
BetaBashCodeExecutionOutputBlock = BashCodeExecutionOutputBlock
BetaBashCodeExecutionOutputBlockParam = BashCodeExecutionOutputBlockParam
BetaBashCodeExecutionResultBlock = BashCodeExecutionResultBlock
BetaBashCodeExecutionToolResultError = BashCodeExecutionToolResultError
BetaBashCodeExecutionToolResultErrorObject = BashCodeExecutionToolResultError
BetaBillingErrorObject = BillingErrorObject
BetaBillingPolicyParam = BillingPolicy
BetaBillTo = BillTo
BetaBrowserCloseTabConfig = ToolsetMemberConfig
BetaBrowserCloseTabConfigParam = ToolsetMemberConfig
BetaBrowserDoubleClickConfig = ToolsetMemberConfig
BetaBrowserDoubleClickConfigParam = ToolsetMemberConfig
BetaBrowserFileUploadConfig = ToolsetMemberConfig
BetaBrowserFileUploadConfigParam = ToolsetMemberConfig
BetaBrowserFindConfig = ToolsetMemberConfig
BetaBrowserFindConfigParam = ToolsetMemberConfig
BetaBrowserFormInputConfig = ToolsetMemberConfig
BetaBrowserFormInputConfigParam = ToolsetMemberConfig
BetaBrowserGetPageTextConfig = ToolsetMemberConfig
BetaBrowserGetPageTextConfigParam = ToolsetMemberConfig
BetaBrowserHoldKeyConfig = ToolsetMemberConfig
BetaBrowserHoldKeyConfigParam = ToolsetMemberConfig
BetaBrowserHoverConfig = ToolsetMemberConfig
BetaBrowserHoverConfigParam = ToolsetMemberConfig
BetaBrowserJavascriptExecConfig = ToolsetMemberConfig
BetaBrowserJavascriptExecConfigParam = ToolsetMemberConfig
BetaBrowserKeyConfig = ToolsetMemberConfig
BetaBrowserKeyConfigParam = ToolsetMemberConfig
BetaBrowserLeftClickConfig = ToolsetMemberConfig
BetaBrowserLeftClickConfigParam = ToolsetMemberConfig
BetaBrowserLeftClickDragConfig = ToolsetMemberConfig
BetaBrowserLeftClickDragConfigParam = ToolsetMemberConfig
BetaBrowserLeftMouseDownConfig = ToolsetMemberConfig
BetaBrowserLeftMouseDownConfigParam = ToolsetMemberConfig
BetaBrowserLeftMouseUpConfig = ToolsetMemberConfig
BetaBrowserLeftMouseUpConfigParam = ToolsetMemberConfig
BetaBrowserListTabsConfig = ToolsetMemberConfig
BetaBrowserListTabsConfigParam = ToolsetMemberConfig
BetaBrowserMiddleClickConfig = ToolsetMemberConfig
BetaBrowserMiddleClickConfigParam = ToolsetMemberConfig
BetaBrowserMouseMoveConfig = ToolsetMemberConfig
BetaBrowserMouseMoveConfigParam = ToolsetMemberConfig
BetaBrowserNavigateConfig = ToolsetMemberConfig
BetaBrowserNavigateConfigParam = ToolsetMemberConfig
BetaBrowserNewTabConfig = ToolsetMemberConfig
BetaBrowserNewTabConfigParam = ToolsetMemberConfig
BetaBrowserReadConsoleConfig = ToolsetMemberConfig
BetaBrowserReadConsoleConfigParam = ToolsetMemberConfig
BetaBrowserReadNetworkConfig = ToolsetMemberConfig
BetaBrowserReadNetworkConfigParam = ToolsetMemberConfig
BetaBrowserReadPageConfig = ToolsetMemberConfig
BetaBrowserReadPageConfigParam = ToolsetMemberConfig
BetaBrowserRightClickConfig = ToolsetMemberConfig
BetaBrowserRightClickConfigParam = ToolsetMemberConfig
BetaBrowserScreenshotConfig = ToolsetMemberConfig
BetaBrowserScreenshotConfigParam = ToolsetMemberConfig
BetaBrowserScrollConfig = ToolsetMemberConfig
BetaBrowserScrollConfigParam = ToolsetMemberConfig
BetaBrowserScrollToConfig = ToolsetMemberConfig
BetaBrowserScrollToConfigParam = ToolsetMemberConfig
BetaBrowserStateBlockParam = BrowserStateBlockParam
BetaBrowserStateChangeDownloadCompletedParam = BrowserStateChangeDownloadCompleted
BetaBrowserStateChangeDownloadFailedParam = BrowserStateChangeDownloadFailed
BetaBrowserStateChangeDownloadStartedParam = BrowserStateChangeDownloadStarted
BetaBrowserStateChangeParam = BrowserStateChange
BetaBrowserStateChangeTabOpenedParam = BrowserStateChangeTabOpened
BetaBrowserStateTabEntryParam = BrowserStateTabEntry
BetaBrowserSwitchTabConfig = ToolsetMemberConfig
BetaBrowserSwitchTabConfigParam = ToolsetMemberConfig
BetaBrowserToolset20260801 = BrowserToolset20260801
BetaBrowserToolset20260801Param = BrowserToolset20260801
BetaBrowserToolsetConfigs = BrowserToolsetConfigs
BetaBrowserToolsetConfigsParam = BrowserToolsetConfigs
BetaBrowserTripleClickConfig = ToolsetMemberConfig
BetaBrowserTripleClickConfigParam = ToolsetMemberConfig
BetaBrowserTypeConfig = ToolsetMemberConfig
BetaBrowserTypeConfigParam = ToolsetMemberConfig
BetaBrowserWaitConfig = ToolsetMemberConfig
BetaBrowserWaitConfigParam = ToolsetMemberConfig
BetaBrowserZoomConfig = ToolsetMemberConfig
BetaBrowserZoomConfigParam = ToolsetMemberConfig
BetaCacheControlEphemeralParam = CacheControlEphemeral
BetaCacheMissMessagesChanged = CacheMissMessagesChanged
BetaCacheMissModelChanged = CacheMissModelChanged
BetaCacheMissPreviousMessageNotFound = CacheMissPreviousMessageNotFound
BetaCacheMissReason = CacheMissReason
BetaCacheMissSystemChanged = CacheMissSystemChanged
BetaCacheMissToolsChanged = CacheMissToolsChanged
BetaCacheMissUnavailable = CacheMissUnavailable
BetaCapabilitySupport = CapabilitySupport
BetaCitationCharLocation = CitationCharLocation
BetaCitationConfig = CitationConfig
BetaCitationContentBlockLocation = CitationContentBlockLocation
BetaCitationPageLocation = CitationPageLocation
BetaCitationsConfigParamParam = CitationsConfigParam
BetaCitationSearchResultLocation = CitationsSearchResultLocation
BetaCitationsWebSearchResultLocation = CitationsWebSearchResultLocation
BetaClearThinking20251015EditParam = ClearThinking20251015Edit
BetaClearThinking20251015EditResponse = ClearThinking20251015EditResponse
BetaClearToolUses20250919EditParam = ClearToolUses20250919Edit
BetaClearToolUses20250919EditResponse = ClearToolUses20250919EditResponse
BetaCodeExecutionOutputBlock = CodeExecutionOutputBlock
BetaCodeExecutionOutputBlockParam = CodeExecutionOutputBlockParam
BetaCodeExecutionResultBlock = CodeExecutionResultBlock
BetaCodeExecutionTool20250522Param = CodeExecutionTool20250522
BetaCodeExecutionTool20250825Param = CodeExecutionTool20250825
BetaCodeExecutionTool20260120 = CodeExecutionTool20260120
BetaCodeExecutionTool20260120Param = CodeExecutionTool20260120
BetaCodeExecutionTool20260521 = CodeExecutionTool20260521
BetaCodeExecutionTool20260521Param = CodeExecutionTool20260521
BetaCodeExecutionToolResultBlockContent = CodeExecutionToolResultContent
BetaCodeExecutionToolResultBlockParamContentParam = CodeExecutionToolResultContentParam
BetaCodeExecutionToolResultError = CodeExecutionToolResultError
BetaCodeExecutionToolResultErrorCode = CodeExecutionErrorCode
BetaCodeExecutionToolResultErrorObject = CodeExecutionToolResultError
BetaCompact20260112EditParam = Compact20260112Edit
BetaCompactionBlock = CompactionBlock
BetaCompactionBlockParam = CompactionBlockParam
BetaCompactionCapability = CompactionCapability
BetaCompactionConfigParam = CompactionConfig
BetaCompactionContentBlockDelta = CompactionContentBlockDelta
BetaCompactionIterationUsage = CompactionIterationUsage
BetaComputerCursorPositionConfig = ToolsetMemberConfig
BetaComputerCursorPositionConfigParam = ToolsetMemberConfig
BetaComputerDoubleClickConfig = ToolsetMemberConfig
BetaComputerDoubleClickConfigParam = ToolsetMemberConfig
BetaComputerHoldKeyConfig = ToolsetMemberConfig
BetaComputerHoldKeyConfigParam = ToolsetMemberConfig
BetaComputerKeyConfig = ToolsetMemberConfig
BetaComputerKeyConfigParam = ToolsetMemberConfig
BetaComputerLeftClickConfig = ToolsetMemberConfig
BetaComputerLeftClickConfigParam = ToolsetMemberConfig
BetaComputerLeftClickDragConfig = ToolsetMemberConfig
BetaComputerLeftClickDragConfigParam = ToolsetMemberConfig
BetaComputerLeftMouseDownConfig = ToolsetMemberConfig
BetaComputerLeftMouseDownConfigParam = ToolsetMemberConfig
BetaComputerLeftMouseUpConfig = ToolsetMemberConfig
BetaComputerLeftMouseUpConfigParam = ToolsetMemberConfig
BetaComputerMiddleClickConfig = ToolsetMemberConfig
BetaComputerMiddleClickConfigParam = ToolsetMemberConfig
BetaComputerMouseMoveConfig = ToolsetMemberConfig
BetaComputerMouseMoveConfigParam = ToolsetMemberConfig
BetaComputerRightClickConfig = ToolsetMemberConfig
BetaComputerRightClickConfigParam = ToolsetMemberConfig
BetaComputerScreenshotConfig = ToolsetMemberConfig
BetaComputerScreenshotConfigParam = ToolsetMemberConfig
BetaComputerScrollConfig = ToolsetMemberConfig
BetaComputerScrollConfigParam = ToolsetMemberConfig
BetaComputerToolset20260801 = ComputerToolset20260801
BetaComputerToolset20260801Param = ComputerToolset20260801
BetaComputerToolsetConfigs = ComputerToolsetConfigs
BetaComputerToolsetConfigsParam = ComputerToolsetConfigs
BetaComputerTripleClickConfig = ToolsetMemberConfig
BetaComputerTripleClickConfigParam = ToolsetMemberConfig
BetaComputerTypeConfig = ToolsetMemberConfig
BetaComputerTypeConfigParam = ToolsetMemberConfig
BetaComputerWaitConfig = ToolsetMemberConfig
BetaComputerWaitConfigParam = ToolsetMemberConfig
BetaComputerZoomConfig = ToolsetMemberConfig
BetaComputerZoomConfigParam = ToolsetMemberConfig
BetaContainerSkill = Skill
BetaContentBlockSourceContentParam = ContentBlockSourceContent
BetaContentBlockSourceParam = ContentBlockSource
BetaContextManagementCapability = ContextManagementCapability
BetaContextManagementConfigParam = ContextManagementConfig
BetaCountTokensContextManagementResponse = CountTokensContextManagementResponse
BetaDiagnostics = Diagnostics
BetaDiagnosticsParam = DiagnosticsParam
BetaDirectCallerParam = DirectCaller
BetaDocumentBlock = DocumentBlock
BetaEffortCapability = EffortCapability
BetaEncryptedCodeExecutionResultBlock = EncryptedCodeExecutionResultBlock
BetaEncryptedCodeExecutionResultBlockParam = EncryptedCodeExecutionResultBlockParam
BetaFallbackBlock = FallbackBlock
BetaFallbackBlockParam = FallbackBlockParam
BetaFallbackCreditNotApplied = FallbackCreditNotApplied
BetaFallbackCreditRedeemed = FallbackCreditRedeemed
BetaFallbackCreditTokenParam = FallbackCreditTokenParam
BetaFallbackCreditUsage = FallbackCreditUsage
BetaFallbackInfo = FallbackInfo
BetaFallbackInfoParam = FallbackInfoParam
BetaFallbackMessageIterationUsage = FallbackMessageIterationUsage
BetaFallbackParam = FallbackParam
BetaFallbackRefusalTrigger = FallbackRefusalTrigger
BetaFileDocumentSourceParam = FileDocumentSource
BetaFileImageSourceParam = FileImageSource
BetaGatewayTimeoutErrorObject = GatewayTimeoutErrorObject
BetaImageTransformationsParam = ImageTransformations
BetaInputTokensClearAtLeastParam = InputTokensClearAtLeast
BetaInputTokensTriggerParam = InputTokensTrigger
BetaInputTransformation = InputTransformation
BetaInvalidRequestErrorObject = InvalidRequestErrorObject
BetaIterationsUsage = IterationUsage
BetaJSONOutputFormatParam = JSONOutputFormat
BetaMCPTool = MCPTool
BetaMCPToolConfig = MCPToolConfig
BetaMCPToolConfigParam = MCPToolConfig
BetaMCPToolDefaultConfig = MCPToolDefaultConfig
BetaMCPToolDefaultConfigParam = MCPToolDefaultConfig
BetaMCPToolListingBlock = MCPToolListingBlock
BetaMCPToolListingBlockParam = MCPToolListingBlockParam
BetaMCPToolParam = MCPToolParam
BetaMCPToolParamParam = MCPToolParam
BetaMCPToolsetParam = MCPToolset
BetaMemoryTool20250818Param = MemoryTool20250818
BetaMessageContentParam = ContentBlockParam
BetaMessageIterationUsage = MessageIterationUsage
BetaMetadataParam = Metadata
BetaModelCapabilities = ModelCapabilities
BetaModelLine = ModelLine
BetaNotFoundErrorObject = NotFoundErrorObject
BetaOutputConfigParam = OutputConfig
BetaOutputTokensDetails = OutputTokensDetails
BetaOverloadedErrorObject = OverloadedErrorObject
BetaPermissionErrorObject = PermissionErrorObject
BetaPlainTextSourceParam = PlainTextSource
BetaRateLimitErrorObject = RateLimitErrorObject
BetaRefusalStopDetails = RefusalStopDetails
BetaRequestMCPServerToolConfigurationParam = RequestMCPServerToolConfiguration
BetaRequestMCPServerURLDefinitionParam = RequestMCPServerURLDefinition
BetaRequestToolAdditionBlockParam = RequestToolAdditionBlockParam
BetaRequestToolRemovalBlockParam = RequestToolRemovalBlockParam
BetaResponseTool = Tool
BetaResponseToolAdditionBlock = ResponseToolAdditionBlock
BetaResponseToolChangeMCPToolReference = ResponseToolChangeMCPToolReference
BetaResponseToolChangeMCPToolsetReference = ResponseToolChangeMCPToolsetReference
BetaResponseToolChangeToolReference = ResponseToolChangeToolReference
BetaResponseToolInputSchema = InputSchema
BetaResponseToolRemovalBlock = ResponseToolRemovalBlock
BetaResponseToolUnion = ToolUnion
BetaServerToolCaller20260120 = ServerToolCaller20260120
BetaServerToolCaller20260120Param = ServerToolCaller20260120
BetaServerToolCallerParam = ServerToolCaller
BetaServerToolsCapability = ServerToolsCapability
BetaSkill = Skill
BetaStopReason = StopReason
BetaSystemMessageOutputConfigParam = SystemMessageOutputConfig
BetaSystemMessageParam = MessageParam
BetaTextCitation = TextCitation
BetaTextCitationParam = TextCitationParam
BetaTextEditorCodeExecutionCreateResultBlock = TextEditorCodeExecutionCreateResultBlock
BetaTextEditorCodeExecutionStrReplaceResultBlock = TextEditorCodeExecutionStrReplaceResultBlock
BetaTextEditorCodeExecutionToolResultError = TextEditorCodeExecutionToolResultError
BetaTextEditorCodeExecutionToolResultErrorObject = TextEditorCodeExecutionToolResultError
BetaTextEditorCodeExecutionViewResultBlock = TextEditorCodeExecutionViewResultBlock
BetaThinkingBlockBindingParam = ThinkingBlockBinding
BetaThinkingCapability = ThinkingCapability
BetaThinkingConfigAdaptiveParam = ThinkingConfigAdaptive
BetaThinkingConfigBetweenToolsParam = ThinkingConfigBetweenTools
BetaThinkingConfigDisabledParam = ThinkingConfigDisabled
BetaThinkingConfigEnabledParam = ThinkingConfigEnabled
BetaThinkingConfigParam = ThinkingConfig
BetaThinkingDroppedInputTransformation = ThinkingDroppedInputTransformation
BetaThinkingMismatchAllowedInputTransformation = ThinkingMismatchAllowedInputTransformation
BetaThinkingPrefixMismatchBehavior = ThinkingPrefixMismatchBehavior
BetaThinkingTurnsParam = ThinkingTurns
BetaThinkingTypes = ThinkingTypes
BetaThreadContinueParams = ThreadContinueParams
BetaThreadCreateParams = ThreadCreateParams
BetaTokenTaskBudgetParam = TokenTaskBudget
BetaToolBash20241022Param = ToolBash20241022
BetaToolBash20250124Param = ToolBash20250124
BetaToolChangeMCPToolReferenceParam = ToolChangeMCPToolReference
BetaToolChangeMCPToolsetReferenceParam = ToolChangeMCPToolsetReference
BetaToolChangeToolDefinition = ToolChangeToolDefinition
BetaToolChangeToolDefinitionParam = ToolChangeToolDefinition
BetaToolChangeToolReferenceParam = ToolChangeToolReference
BetaToolChoiceAnyParam = ToolChoiceAny
BetaToolChoiceAutoParam = ToolChoiceAuto
BetaToolChoiceNoneParam = ToolChoiceNone
BetaToolChoiceParam = ToolChoice
BetaToolChoiceToolParam = ToolChoiceTool
BetaToolComputerUse20241022Param = ToolComputerUse20241022
BetaToolComputerUse20250124Param = ToolComputerUse20250124
BetaToolComputerUse20251124Param = ToolComputerUse20251124
BetaToolParam = Tool
BetaToolReferenceBlock = ToolReferenceBlock
BetaToolSearchToolBm25_20251119Param = ToolSearchToolBm25_20251119
BetaToolSearchToolRegex20251119Param = ToolSearchToolRegex20251119
BetaToolSearchToolResultError = ToolSearchToolResultError
BetaToolSearchToolResultErrorObject = ToolSearchToolResultError
BetaToolSearchToolSearchResultBlock = ToolSearchToolSearchResultBlock
BetaToolTextEditor20241022Param = ToolTextEditor20241022
BetaToolTextEditor20250124Param = ToolTextEditor20250124
BetaToolTextEditor20250429Param = ToolTextEditor20250429
BetaToolTextEditor20250728Param = ToolTextEditor20250728
BetaToolUsesKeepParam = ToolUsesKeep
BetaToolUsesTriggerParam = ToolUsesTrigger
BetaURLImageSourceParam = URLImageSource
BetaURLPDFSourceParam = URLPDFSource
BetaUserLocation = UserLocation
BetaUserLocationParam = UserLocation
BetaUserMessageParam = MessageParam
BetaWebFetchBlock = WebFetchBlock
BetaWebFetchTool20250910Param = WebFetchTool20250910
BetaWebFetchTool20260209 = WebFetchTool20260209
BetaWebFetchTool20260209Param = WebFetchTool20260209
BetaWebFetchTool20260309 = WebFetchTool20260309
BetaWebFetchTool20260309Param = WebFetchTool20260309
BetaWebFetchTool20260318 = WebFetchTool20260318
BetaWebFetchTool20260318Param = WebFetchTool20260318
BetaWebFetchToolResultErrorBlock = WebFetchToolResultErrorBlock
BetaWebFetchToolResultErrorCode = WebFetchErrorCode
BetaWebFetchURLSourceAll = WebFetchURLSourceAll
BetaWebFetchURLSourceAllParam = WebFetchURLSourceAll
BetaWebFetchURLSourceExcept = WebFetchURLSourceExcept
BetaWebFetchURLSourceExceptParam = WebFetchURLSourceExcept
BetaWebFetchURLSourceNone = WebFetchURLSourceNone
BetaWebFetchURLSourceNoneParam = WebFetchURLSourceNone
BetaWebFetchURLSourceOnly = WebFetchURLSourceOnly
BetaWebFetchURLSourceOnlyParam = WebFetchURLSourceOnly
BetaWebFetchURLSources = WebFetchURLSources
BetaWebFetchURLSourcesParam = WebFetchURLSources
BetaWebFetchURLSourceToolReference = WebFetchURLSourceToolReference
BetaWebFetchURLSourceToolReferenceParam = WebFetchURLSourceToolReference
BetaWebSearchResultBlock = WebSearchResultBlock
BetaWebSearchResultBlockParam = WebSearchResultBlockParam
BetaWebSearchTool20250305Param = WebSearchTool20250305
BetaWebSearchTool20260209 = WebSearchTool20260209
BetaWebSearchTool20260209Param = WebSearchTool20260209
BetaWebSearchTool20260318 = WebSearchTool20260318
BetaWebSearchTool20260318Param = WebSearchTool20260318
BetaWebSearchToolRequestErrorObjectParam = WebSearchToolRequestError
BetaWebSearchToolRequestErrorParam = WebSearchToolRequestError
BetaWebSearchToolResultBlockContent = WebSearchToolResultContent
BetaWebSearchToolResultBlockParamContentParam = WebSearchToolResultContentParam
BetaWebSearchToolResultError = WebSearchToolResultError
BetaWebSearchToolResultErrorCode = WebSearchErrorCode
BetaWebSearchToolResultErrorObject = WebSearchToolResultError
BillingError = BillingErrorObject
BrowserCloseTabConfigParam = ToolsetMemberConfig
BrowserDoubleClickConfigParam = ToolsetMemberConfig
BrowserFileUploadConfigParam = ToolsetMemberConfig
BrowserFindConfigParam = ToolsetMemberConfig
BrowserFormInputConfigParam = ToolsetMemberConfig
BrowserGetPageTextConfigParam = ToolsetMemberConfig
BrowserHoldKeyConfigParam = ToolsetMemberConfig
BrowserHoverConfigParam = ToolsetMemberConfig
BrowserJavascriptExecConfigParam = ToolsetMemberConfig
BrowserKeyConfigParam = ToolsetMemberConfig
BrowserLeftClickConfigParam = ToolsetMemberConfig
BrowserLeftClickDragConfigParam = ToolsetMemberConfig
BrowserLeftMouseDownConfigParam = ToolsetMemberConfig
BrowserLeftMouseUpConfigParam = ToolsetMemberConfig
BrowserListTabsConfigParam = ToolsetMemberConfig
BrowserMiddleClickConfigParam = ToolsetMemberConfig
BrowserMouseMoveConfigParam = ToolsetMemberConfig
BrowserNavigateConfigParam = ToolsetMemberConfig
BrowserNewTabConfigParam = ToolsetMemberConfig
BrowserReadConsoleConfigParam = ToolsetMemberConfig
BrowserReadNetworkConfigParam = ToolsetMemberConfig
BrowserReadPageConfigParam = ToolsetMemberConfig
BrowserRightClickConfigParam = ToolsetMemberConfig
BrowserScreenshotConfigParam = ToolsetMemberConfig
BrowserScrollConfigParam = ToolsetMemberConfig
BrowserScrollToConfigParam = ToolsetMemberConfig
BrowserStateChangeDownloadCompletedParam = BrowserStateChangeDownloadCompleted
BrowserStateChangeDownloadFailedParam = BrowserStateChangeDownloadFailed
BrowserStateChangeDownloadStartedParam = BrowserStateChangeDownloadStarted
BrowserStateChangeParam = BrowserStateChange
BrowserStateChangeTabOpenedParam = BrowserStateChangeTabOpened
BrowserStateTabEntryParam = BrowserStateTabEntry
BrowserSwitchTabConfigParam = ToolsetMemberConfig
BrowserToolset20260801Param = BrowserToolset20260801
BrowserToolsetConfigsParam = BrowserToolsetConfigs
BrowserTripleClickConfigParam = ToolsetMemberConfig
BrowserTypeConfigParam = ToolsetMemberConfig
BrowserWaitConfigParam = ToolsetMemberConfig
BrowserZoomConfigParam = ToolsetMemberConfig
CitationsConfig = CitationsConfigParam
CodeExecutionTool20250522Param = CodeExecutionTool20250522
CodeExecutionTool20250825Param = CodeExecutionTool20250825
CodeExecutionTool20260120Param = CodeExecutionTool20260120
CodeExecutionTool20260521Param = CodeExecutionTool20260521
CodeExecutionToolResultBlockContent = CodeExecutionToolResultContent
CodeExecutionToolResultBlockParamContentParam = CodeExecutionToolResultContentParam
CodeExecutionToolResultErrorCode = CodeExecutionErrorCode
CodeExecutionToolResultErrorObject = CodeExecutionToolResultError
ComputerCursorPositionConfigParam = ToolsetMemberConfig
ComputerDoubleClickConfigParam = ToolsetMemberConfig
ComputerHoldKeyConfigParam = ToolsetMemberConfig
ComputerKeyConfigParam = ToolsetMemberConfig
ComputerLeftClickConfigParam = ToolsetMemberConfig
ComputerLeftClickDragConfigParam = ToolsetMemberConfig
ComputerLeftMouseDownConfigParam = ToolsetMemberConfig
ComputerLeftMouseUpConfigParam = ToolsetMemberConfig
ComputerMiddleClickConfigParam = ToolsetMemberConfig
ComputerMouseMoveConfigParam = ToolsetMemberConfig
ComputerRightClickConfigParam = ToolsetMemberConfig
ComputerScreenshotConfigParam = ToolsetMemberConfig
ComputerScrollConfigParam = ToolsetMemberConfig
ComputerToolset20260801Param = ComputerToolset20260801
ComputerToolsetConfigsParam = ComputerToolsetConfigs
ComputerTripleClickConfigParam = ToolsetMemberConfig
ComputerTypeConfigParam = ToolsetMemberConfig
ComputerWaitConfigParam = ToolsetMemberConfig
ComputerZoomConfigParam = ToolsetMemberConfig
ContainerSkill = Skill
ContentBlockSourceContentParam = ContentBlockSourceContent
DirectCallerParam = DirectCaller
FileDocumentSourceParam = FileDocumentSource
FileImageSourceParam = FileImageSource
GatewayTimeoutError = GatewayTimeoutErrorObject
ImageTransformationsParam = ImageTransformations
InvalidRequestError = InvalidRequestErrorObject
JSONOutputFormatParam = JSONOutputFormat
MemoryTool20250818Param = MemoryTool20250818
MessageContentParam = ContentBlockParam
MessageCountTokensToolParam = ToolUnion
ModelParam = Model
OutputConfigParam = OutputConfig
ServerToolCaller20260120Param = ServerToolCaller20260120
ServerToolCallerParam = ServerToolCaller
SystemMessageParam = MessageParam
TextEditorCodeExecutionToolResultErrorCode = TextEditorCodeExecutionErrorCode
TextEditorCodeExecutionToolResultErrorObject = TextEditorCodeExecutionToolResultError
ThinkingConfigAdaptiveParam = ThinkingConfigAdaptive
ThinkingConfigBetweenToolsParam = ThinkingConfigBetweenTools
ToolSearchToolBm25_20251119Param = ToolSearchToolBm25_20251119
ToolSearchToolRegex20251119Param = ToolSearchToolRegex20251119
ToolSearchToolResultErrorCode = CodeExecutionErrorCode
ToolSearchToolResultErrorObject = ToolSearchToolResultError
UserLocationParam = UserLocation
UserMessageParam = MessageParam
WebFetchTool20250910Param = WebFetchTool20250910
WebFetchTool20260209Param = WebFetchTool20260209
WebFetchTool20260309Param = WebFetchTool20260309
WebFetchTool20260318Param = WebFetchTool20260318
WebFetchToolResultErrorCode = WebFetchErrorCode
WebFetchURLSourceAllParam = WebFetchURLSourceAll
WebFetchURLSourceExceptParam = WebFetchURLSourceExcept
WebFetchURLSourceNoneParam = WebFetchURLSourceNone
WebFetchURLSourceOnlyParam = WebFetchURLSourceOnly
WebFetchURLSourcesParam = WebFetchURLSources
WebFetchURLSourceToolReferenceParam = WebFetchURLSourceToolReference
WebSearchTool20260209Param = WebSearchTool20260209
WebSearchTool20260318Param = WebSearchTool20260318
WebSearchToolRequestErrorObjectParam = WebSearchToolRequestError
WebSearchToolResultBlockContent = WebSearchToolResultContent
WebSearchToolResultBlockParamContentParam = WebSearchToolResultContentParam
WebSearchToolResultErrorCode = WebSearchErrorCode
WebSearchToolResultErrorObject = WebSearchToolResultError

# Not in __all__: it would shadow the builtin of the same name in `from msgtypes import *`.
PermissionError = PermissionErrorObject
