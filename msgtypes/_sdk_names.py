"""The official SDK's type names (anthropic 0.75.0 and 2.14.0, ``Beta*`` included), as aliases.

The SDK keeps a stable, a ``Beta*`` and often a ``*Param`` copy of each type; msgtypes has one
superset class (or union) for all of them, so every name here is an alias of one of ours (names
that match ours exactly, and older aliases, are in ``msgtypes/__init__.py``). The committed SDK
snapshots check the list (tests/test_sdk_coverage.py): a newer SDK's names show up there as
missing, and are added here.
"""

from __future__ import annotations

from . import _common, content, errors, events, messages, models, tools

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

AssistantMessageParam = messages.MessageParam
BashCodeExecutionToolResultErrorCode = content.BashCodeExecutionErrorCode
BashCodeExecutionToolResultErrorObject = content.BashCodeExecutionToolResultError
BetaAdvisorMessageIterationUsage = messages.AdvisorMessageIterationUsage
BetaAdvisorRedactedResultBlock = content.AdvisorRedactedResultBlock
BetaAdvisorRedactedResultBlockParam = content.AdvisorRedactedResultBlockParam
BetaAdvisorResultBlock = content.AdvisorResultBlock
BetaAdvisorResultBlockParam = content.AdvisorResultBlockParam
BetaAdvisorTool20260301 = tools.AdvisorTool20260301
BetaAdvisorTool20260301Param = tools.AdvisorTool20260301
BetaAdvisorToolResultBlock = content.AdvisorToolResultBlock
BetaAdvisorToolResultBlockParam = content.AdvisorToolResultBlockParam
BetaAdvisorToolResultError = content.AdvisorToolResultError
BetaAdvisorToolResultErrorObject = content.AdvisorToolResultError
BetaAdvisorToolResultErrorParam = content.AdvisorToolResultErrorParam
BetaAllThinkingTurnsParam = messages.AllThinkingTurns
BetaAPIErrorObject = errors.APIErrorObject
BetaAssistantMessageParam = messages.MessageParam
BetaAuthenticationErrorObject = errors.AuthenticationErrorObject
BetaBase64ImageSourceParam = content.Base64ImageSource
BetaBase64PDFBlockParam = content.DocumentBlockParam
BetaBase64PDFSourceParam = content.Base64PDFSource
BetaBashCodeExecutionOutputBlock = content.BashCodeExecutionOutputBlock
BetaBashCodeExecutionOutputBlockParam = content.BashCodeExecutionOutputBlockParam
BetaBashCodeExecutionResultBlock = content.BashCodeExecutionResultBlock
BetaBashCodeExecutionToolResultError = content.BashCodeExecutionToolResultError
BetaBashCodeExecutionToolResultErrorObject = content.BashCodeExecutionToolResultError
BetaBillingErrorObject = errors.BillingErrorObject
BetaBillingPolicyParam = messages.BillingPolicy
BetaBillTo = messages.BillTo
BetaBrowserCloseTabConfig = tools.ToolsetMemberConfig
BetaBrowserCloseTabConfigParam = tools.ToolsetMemberConfig
BetaBrowserDoubleClickConfig = tools.ToolsetMemberConfig
BetaBrowserDoubleClickConfigParam = tools.ToolsetMemberConfig
BetaBrowserFileUploadConfig = tools.ToolsetMemberConfig
BetaBrowserFileUploadConfigParam = tools.ToolsetMemberConfig
BetaBrowserFindConfig = tools.ToolsetMemberConfig
BetaBrowserFindConfigParam = tools.ToolsetMemberConfig
BetaBrowserFormInputConfig = tools.ToolsetMemberConfig
BetaBrowserFormInputConfigParam = tools.ToolsetMemberConfig
BetaBrowserGetPageTextConfig = tools.ToolsetMemberConfig
BetaBrowserGetPageTextConfigParam = tools.ToolsetMemberConfig
BetaBrowserHoldKeyConfig = tools.ToolsetMemberConfig
BetaBrowserHoldKeyConfigParam = tools.ToolsetMemberConfig
BetaBrowserHoverConfig = tools.ToolsetMemberConfig
BetaBrowserHoverConfigParam = tools.ToolsetMemberConfig
BetaBrowserJavascriptExecConfig = tools.ToolsetMemberConfig
BetaBrowserJavascriptExecConfigParam = tools.ToolsetMemberConfig
BetaBrowserKeyConfig = tools.ToolsetMemberConfig
BetaBrowserKeyConfigParam = tools.ToolsetMemberConfig
BetaBrowserLeftClickConfig = tools.ToolsetMemberConfig
BetaBrowserLeftClickConfigParam = tools.ToolsetMemberConfig
BetaBrowserLeftClickDragConfig = tools.ToolsetMemberConfig
BetaBrowserLeftClickDragConfigParam = tools.ToolsetMemberConfig
BetaBrowserLeftMouseDownConfig = tools.ToolsetMemberConfig
BetaBrowserLeftMouseDownConfigParam = tools.ToolsetMemberConfig
BetaBrowserLeftMouseUpConfig = tools.ToolsetMemberConfig
BetaBrowserLeftMouseUpConfigParam = tools.ToolsetMemberConfig
BetaBrowserListTabsConfig = tools.ToolsetMemberConfig
BetaBrowserListTabsConfigParam = tools.ToolsetMemberConfig
BetaBrowserMiddleClickConfig = tools.ToolsetMemberConfig
BetaBrowserMiddleClickConfigParam = tools.ToolsetMemberConfig
BetaBrowserMouseMoveConfig = tools.ToolsetMemberConfig
BetaBrowserMouseMoveConfigParam = tools.ToolsetMemberConfig
BetaBrowserNavigateConfig = tools.ToolsetMemberConfig
BetaBrowserNavigateConfigParam = tools.ToolsetMemberConfig
BetaBrowserNewTabConfig = tools.ToolsetMemberConfig
BetaBrowserNewTabConfigParam = tools.ToolsetMemberConfig
BetaBrowserReadConsoleConfig = tools.ToolsetMemberConfig
BetaBrowserReadConsoleConfigParam = tools.ToolsetMemberConfig
BetaBrowserReadNetworkConfig = tools.ToolsetMemberConfig
BetaBrowserReadNetworkConfigParam = tools.ToolsetMemberConfig
BetaBrowserReadPageConfig = tools.ToolsetMemberConfig
BetaBrowserReadPageConfigParam = tools.ToolsetMemberConfig
BetaBrowserRightClickConfig = tools.ToolsetMemberConfig
BetaBrowserRightClickConfigParam = tools.ToolsetMemberConfig
BetaBrowserScreenshotConfig = tools.ToolsetMemberConfig
BetaBrowserScreenshotConfigParam = tools.ToolsetMemberConfig
BetaBrowserScrollConfig = tools.ToolsetMemberConfig
BetaBrowserScrollConfigParam = tools.ToolsetMemberConfig
BetaBrowserScrollToConfig = tools.ToolsetMemberConfig
BetaBrowserScrollToConfigParam = tools.ToolsetMemberConfig
BetaBrowserStateBlockParam = content.BrowserStateBlockParam
BetaBrowserStateChangeDownloadCompletedParam = content.BrowserStateChangeDownloadCompleted
BetaBrowserStateChangeDownloadFailedParam = content.BrowserStateChangeDownloadFailed
BetaBrowserStateChangeDownloadStartedParam = content.BrowserStateChangeDownloadStarted
BetaBrowserStateChangeParam = content.BrowserStateChange
BetaBrowserStateChangeTabOpenedParam = content.BrowserStateChangeTabOpened
BetaBrowserStateTabEntryParam = content.BrowserStateTabEntry
BetaBrowserSwitchTabConfig = tools.ToolsetMemberConfig
BetaBrowserSwitchTabConfigParam = tools.ToolsetMemberConfig
BetaBrowserToolset20260801 = tools.BrowserToolset20260801
BetaBrowserToolset20260801Param = tools.BrowserToolset20260801
BetaBrowserToolsetConfigs = tools.BrowserToolsetConfigs
BetaBrowserToolsetConfigsParam = tools.BrowserToolsetConfigs
BetaBrowserTripleClickConfig = tools.ToolsetMemberConfig
BetaBrowserTripleClickConfigParam = tools.ToolsetMemberConfig
BetaBrowserTypeConfig = tools.ToolsetMemberConfig
BetaBrowserTypeConfigParam = tools.ToolsetMemberConfig
BetaBrowserWaitConfig = tools.ToolsetMemberConfig
BetaBrowserWaitConfigParam = tools.ToolsetMemberConfig
BetaBrowserZoomConfig = tools.ToolsetMemberConfig
BetaBrowserZoomConfigParam = tools.ToolsetMemberConfig
BetaCacheControlEphemeralParam = _common.CacheControlEphemeral
BetaCacheMissMessagesChanged = messages.CacheMissMessagesChanged
BetaCacheMissModelChanged = messages.CacheMissModelChanged
BetaCacheMissPreviousMessageNotFound = messages.CacheMissPreviousMessageNotFound
BetaCacheMissReason = messages.CacheMissReason
BetaCacheMissSystemChanged = messages.CacheMissSystemChanged
BetaCacheMissToolsChanged = messages.CacheMissToolsChanged
BetaCacheMissUnavailable = messages.CacheMissUnavailable
BetaCapabilitySupport = models.CapabilitySupport
BetaCitationCharLocation = content.CitationCharLocation
BetaCitationConfig = content.CitationConfig
BetaCitationContentBlockLocation = content.CitationContentBlockLocation
BetaCitationPageLocation = content.CitationPageLocation
BetaCitationsConfigParamParam = _common.CitationsConfigParam
BetaCitationSearchResultLocation = content.CitationsSearchResultLocation
BetaCitationsWebSearchResultLocation = content.CitationsWebSearchResultLocation
BetaClearThinking20251015EditParam = messages.ClearThinking20251015Edit
BetaClearThinking20251015EditResponse = messages.ClearThinking20251015EditResponse
BetaClearToolUses20250919EditParam = messages.ClearToolUses20250919Edit
BetaClearToolUses20250919EditResponse = messages.ClearToolUses20250919EditResponse
BetaCodeExecutionOutputBlock = content.CodeExecutionOutputBlock
BetaCodeExecutionOutputBlockParam = content.CodeExecutionOutputBlockParam
BetaCodeExecutionResultBlock = content.CodeExecutionResultBlock
BetaCodeExecutionTool20250522Param = tools.CodeExecutionTool20250522
BetaCodeExecutionTool20250825Param = tools.CodeExecutionTool20250825
BetaCodeExecutionTool20260120 = tools.CodeExecutionTool20260120
BetaCodeExecutionTool20260120Param = tools.CodeExecutionTool20260120
BetaCodeExecutionTool20260521 = tools.CodeExecutionTool20260521
BetaCodeExecutionTool20260521Param = tools.CodeExecutionTool20260521
BetaCodeExecutionToolResultBlockContent = content.CodeExecutionToolResultContent
BetaCodeExecutionToolResultBlockParamContentParam = content.CodeExecutionToolResultContentParam
BetaCodeExecutionToolResultError = content.CodeExecutionToolResultError
BetaCodeExecutionToolResultErrorCode = content.CodeExecutionErrorCode
BetaCodeExecutionToolResultErrorObject = content.CodeExecutionToolResultError
BetaCompact20260112EditParam = messages.Compact20260112Edit
BetaCompactionBlock = content.CompactionBlock
BetaCompactionBlockParam = content.CompactionBlockParam
BetaCompactionCapability = models.CompactionCapability
BetaCompactionConfigParam = messages.CompactionConfig
BetaCompactionContentBlockDelta = events.CompactionContentBlockDelta
BetaCompactionIterationUsage = messages.CompactionIterationUsage
BetaComputerCursorPositionConfig = tools.ToolsetMemberConfig
BetaComputerCursorPositionConfigParam = tools.ToolsetMemberConfig
BetaComputerDoubleClickConfig = tools.ToolsetMemberConfig
BetaComputerDoubleClickConfigParam = tools.ToolsetMemberConfig
BetaComputerHoldKeyConfig = tools.ToolsetMemberConfig
BetaComputerHoldKeyConfigParam = tools.ToolsetMemberConfig
BetaComputerKeyConfig = tools.ToolsetMemberConfig
BetaComputerKeyConfigParam = tools.ToolsetMemberConfig
BetaComputerLeftClickConfig = tools.ToolsetMemberConfig
BetaComputerLeftClickConfigParam = tools.ToolsetMemberConfig
BetaComputerLeftClickDragConfig = tools.ToolsetMemberConfig
BetaComputerLeftClickDragConfigParam = tools.ToolsetMemberConfig
BetaComputerLeftMouseDownConfig = tools.ToolsetMemberConfig
BetaComputerLeftMouseDownConfigParam = tools.ToolsetMemberConfig
BetaComputerLeftMouseUpConfig = tools.ToolsetMemberConfig
BetaComputerLeftMouseUpConfigParam = tools.ToolsetMemberConfig
BetaComputerMiddleClickConfig = tools.ToolsetMemberConfig
BetaComputerMiddleClickConfigParam = tools.ToolsetMemberConfig
BetaComputerMouseMoveConfig = tools.ToolsetMemberConfig
BetaComputerMouseMoveConfigParam = tools.ToolsetMemberConfig
BetaComputerRightClickConfig = tools.ToolsetMemberConfig
BetaComputerRightClickConfigParam = tools.ToolsetMemberConfig
BetaComputerScreenshotConfig = tools.ToolsetMemberConfig
BetaComputerScreenshotConfigParam = tools.ToolsetMemberConfig
BetaComputerScrollConfig = tools.ToolsetMemberConfig
BetaComputerScrollConfigParam = tools.ToolsetMemberConfig
BetaComputerToolset20260801 = tools.ComputerToolset20260801
BetaComputerToolset20260801Param = tools.ComputerToolset20260801
BetaComputerToolsetConfigs = tools.ComputerToolsetConfigs
BetaComputerToolsetConfigsParam = tools.ComputerToolsetConfigs
BetaComputerTripleClickConfig = tools.ToolsetMemberConfig
BetaComputerTripleClickConfigParam = tools.ToolsetMemberConfig
BetaComputerTypeConfig = tools.ToolsetMemberConfig
BetaComputerTypeConfigParam = tools.ToolsetMemberConfig
BetaComputerWaitConfig = tools.ToolsetMemberConfig
BetaComputerWaitConfigParam = tools.ToolsetMemberConfig
BetaComputerZoomConfig = tools.ToolsetMemberConfig
BetaComputerZoomConfigParam = tools.ToolsetMemberConfig
BetaContainerSkill = messages.Skill
BetaContentBlockSourceContentParam = content.ContentBlockSourceContent
BetaContentBlockSourceParam = content.ContentBlockSource
BetaContextManagementCapability = models.ContextManagementCapability
BetaContextManagementConfigParam = messages.ContextManagementConfig
BetaCountTokensContextManagementResponse = messages.CountTokensContextManagementResponse
BetaDiagnostics = messages.Diagnostics
BetaDiagnosticsParam = messages.DiagnosticsParam
BetaDirectCallerParam = content.DirectCaller
BetaDocumentBlock = content.DocumentBlock
BetaEffortCapability = models.EffortCapability
BetaEncryptedCodeExecutionResultBlock = content.EncryptedCodeExecutionResultBlock
BetaEncryptedCodeExecutionResultBlockParam = content.EncryptedCodeExecutionResultBlockParam
BetaFallbackBlock = content.FallbackBlock
BetaFallbackBlockParam = content.FallbackBlockParam
BetaFallbackCreditNotApplied = messages.FallbackCreditNotApplied
BetaFallbackCreditRedeemed = messages.FallbackCreditRedeemed
BetaFallbackCreditTokenParam = messages.FallbackCreditTokenParam
BetaFallbackCreditUsage = messages.FallbackCreditUsage
BetaFallbackInfo = content.FallbackInfo
BetaFallbackInfoParam = content.FallbackInfoParam
BetaFallbackMessageIterationUsage = messages.FallbackMessageIterationUsage
BetaFallbackParam = messages.FallbackParam
BetaFallbackRefusalTrigger = content.FallbackRefusalTrigger
BetaFileDocumentSourceParam = content.FileDocumentSource
BetaFileImageSourceParam = content.FileImageSource
BetaGatewayTimeoutErrorObject = errors.GatewayTimeoutErrorObject
BetaImageTransformationsParam = content.ImageTransformations
BetaInputTokensClearAtLeastParam = messages.InputTokensClearAtLeast
BetaInputTokensTriggerParam = messages.InputTokensTrigger
BetaInputTransformation = messages.InputTransformation
BetaInvalidRequestErrorObject = errors.InvalidRequestErrorObject
BetaIterationsUsage = messages.IterationUsage
BetaJSONOutputFormatParam = messages.JSONOutputFormat
BetaMCPTool = content.MCPTool
BetaMCPToolConfig = tools.MCPToolConfig
BetaMCPToolConfigParam = tools.MCPToolConfig
BetaMCPToolDefaultConfig = tools.MCPToolDefaultConfig
BetaMCPToolDefaultConfigParam = tools.MCPToolDefaultConfig
BetaMCPToolListingBlock = content.MCPToolListingBlock
BetaMCPToolListingBlockParam = content.MCPToolListingBlockParam
BetaMCPToolParam = tools.MCPToolParam
BetaMCPToolParamParam = tools.MCPToolParam
BetaMCPToolsetParam = tools.MCPToolset
BetaMemoryTool20250818Param = tools.MemoryTool20250818
BetaMessageContentParam = content.ContentBlockParam
BetaMessageIterationUsage = messages.MessageIterationUsage
BetaMetadataParam = messages.Metadata
BetaModelCapabilities = models.ModelCapabilities
BetaModelLine = models.ModelLine
BetaNotFoundErrorObject = errors.NotFoundErrorObject
BetaOutputConfigParam = messages.OutputConfig
BetaOutputTokensDetails = messages.OutputTokensDetails
BetaOverloadedErrorObject = errors.OverloadedErrorObject
BetaPermissionErrorObject = errors.PermissionErrorObject
BetaPlainTextSourceParam = content.PlainTextSource
BetaRateLimitErrorObject = errors.RateLimitErrorObject
BetaRefusalStopDetails = messages.RefusalStopDetails
BetaRequestMCPServerToolConfigurationParam = messages.RequestMCPServerToolConfiguration
BetaRequestMCPServerURLDefinitionParam = messages.RequestMCPServerURLDefinition
BetaRequestToolAdditionBlockParam = content.RequestToolAdditionBlockParam
BetaRequestToolRemovalBlockParam = content.RequestToolRemovalBlockParam
BetaResponseTool = tools.Tool
BetaResponseToolAdditionBlock = content.ResponseToolAdditionBlock
BetaResponseToolChangeMCPToolReference = content.ResponseToolChangeMCPToolReference
BetaResponseToolChangeMCPToolsetReference = content.ResponseToolChangeMCPToolsetReference
BetaResponseToolChangeToolReference = content.ResponseToolChangeToolReference
BetaResponseToolInputSchema = tools.InputSchema
BetaResponseToolRemovalBlock = content.ResponseToolRemovalBlock
BetaResponseToolUnion = tools.ToolUnion
BetaServerToolCaller20260120 = content.ServerToolCaller20260120
BetaServerToolCaller20260120Param = content.ServerToolCaller20260120
BetaServerToolCallerParam = content.ServerToolCaller
BetaServerToolsCapability = models.ServerToolsCapability
BetaSkill = messages.Skill
BetaStopReason = messages.StopReason
BetaSystemMessageOutputConfigParam = messages.SystemMessageOutputConfig
BetaSystemMessageParam = messages.MessageParam
BetaTextCitation = content.TextCitation
BetaTextCitationParam = content.TextCitationParam
BetaTextEditorCodeExecutionCreateResultBlock = content.TextEditorCodeExecutionCreateResultBlock
BetaTextEditorCodeExecutionStrReplaceResultBlock = (
    content.TextEditorCodeExecutionStrReplaceResultBlock
)
BetaTextEditorCodeExecutionToolResultError = content.TextEditorCodeExecutionToolResultError
BetaTextEditorCodeExecutionToolResultErrorObject = content.TextEditorCodeExecutionToolResultError
BetaTextEditorCodeExecutionViewResultBlock = content.TextEditorCodeExecutionViewResultBlock
BetaThinkingBlockBindingParam = messages.ThinkingBlockBinding
BetaThinkingCapability = models.ThinkingCapability
BetaThinkingConfigAdaptiveParam = messages.ThinkingConfigAdaptive
BetaThinkingConfigBetweenToolsParam = messages.ThinkingConfigBetweenTools
BetaThinkingConfigDisabledParam = messages.ThinkingConfigDisabled
BetaThinkingConfigEnabledParam = messages.ThinkingConfigEnabled
BetaThinkingConfigParam = messages.ThinkingConfig
BetaThinkingDroppedInputTransformation = messages.ThinkingDroppedInputTransformation
BetaThinkingMismatchAllowedInputTransformation = messages.ThinkingMismatchAllowedInputTransformation
BetaThinkingPrefixMismatchBehavior = messages.ThinkingPrefixMismatchBehavior
BetaThinkingTurnsParam = messages.ThinkingTurns
BetaThinkingTypes = models.ThinkingTypes
BetaThreadContinueParams = messages.ThreadContinueParams
BetaThreadCreateParams = messages.ThreadCreateParams
BetaTokenTaskBudgetParam = messages.TokenTaskBudget
BetaToolBash20241022Param = tools.ToolBash20241022
BetaToolBash20250124Param = tools.ToolBash20250124
BetaToolChangeMCPToolReferenceParam = content.ToolChangeMCPToolReference
BetaToolChangeMCPToolsetReferenceParam = content.ToolChangeMCPToolsetReference
BetaToolChangeToolDefinition = content.ToolChangeToolDefinition
BetaToolChangeToolDefinitionParam = content.ToolChangeToolDefinition
BetaToolChangeToolReferenceParam = content.ToolChangeToolReference
BetaToolChoiceAnyParam = tools.ToolChoiceAny
BetaToolChoiceAutoParam = tools.ToolChoiceAuto
BetaToolChoiceNoneParam = tools.ToolChoiceNone
BetaToolChoiceParam = tools.ToolChoice
BetaToolChoiceToolParam = tools.ToolChoiceTool
BetaToolComputerUse20241022Param = tools.ToolComputerUse20241022
BetaToolComputerUse20250124Param = tools.ToolComputerUse20250124
BetaToolComputerUse20251124Param = tools.ToolComputerUse20251124
BetaToolParam = tools.Tool
BetaToolReferenceBlock = content.ToolReferenceBlock
BetaToolSearchToolBm25_20251119Param = tools.ToolSearchToolBm25_20251119
BetaToolSearchToolRegex20251119Param = tools.ToolSearchToolRegex20251119
BetaToolSearchToolResultError = content.ToolSearchToolResultError
BetaToolSearchToolResultErrorObject = content.ToolSearchToolResultError
BetaToolSearchToolSearchResultBlock = content.ToolSearchToolSearchResultBlock
BetaToolTextEditor20241022Param = tools.ToolTextEditor20241022
BetaToolTextEditor20250124Param = tools.ToolTextEditor20250124
BetaToolTextEditor20250429Param = tools.ToolTextEditor20250429
BetaToolTextEditor20250728Param = tools.ToolTextEditor20250728
BetaToolUsesKeepParam = messages.ToolUsesKeep
BetaToolUsesTriggerParam = messages.ToolUsesTrigger
BetaURLImageSourceParam = content.URLImageSource
BetaURLPDFSourceParam = content.URLPDFSource
BetaUserLocation = tools.UserLocation
BetaUserLocationParam = tools.UserLocation
BetaUserMessageParam = messages.MessageParam
BetaWebFetchBlock = content.WebFetchBlock
BetaWebFetchTool20250910Param = tools.WebFetchTool20250910
BetaWebFetchTool20260209 = tools.WebFetchTool20260209
BetaWebFetchTool20260209Param = tools.WebFetchTool20260209
BetaWebFetchTool20260309 = tools.WebFetchTool20260309
BetaWebFetchTool20260309Param = tools.WebFetchTool20260309
BetaWebFetchTool20260318 = tools.WebFetchTool20260318
BetaWebFetchTool20260318Param = tools.WebFetchTool20260318
BetaWebFetchToolResultErrorBlock = content.WebFetchToolResultErrorBlock
BetaWebFetchToolResultErrorCode = content.WebFetchErrorCode
BetaWebFetchURLSourceAll = tools.WebFetchURLSourceAll
BetaWebFetchURLSourceAllParam = tools.WebFetchURLSourceAll
BetaWebFetchURLSourceExcept = tools.WebFetchURLSourceExcept
BetaWebFetchURLSourceExceptParam = tools.WebFetchURLSourceExcept
BetaWebFetchURLSourceNone = tools.WebFetchURLSourceNone
BetaWebFetchURLSourceNoneParam = tools.WebFetchURLSourceNone
BetaWebFetchURLSourceOnly = tools.WebFetchURLSourceOnly
BetaWebFetchURLSourceOnlyParam = tools.WebFetchURLSourceOnly
BetaWebFetchURLSources = tools.WebFetchURLSources
BetaWebFetchURLSourcesParam = tools.WebFetchURLSources
BetaWebFetchURLSourceToolReference = tools.WebFetchURLSourceToolReference
BetaWebFetchURLSourceToolReferenceParam = tools.WebFetchURLSourceToolReference
BetaWebSearchResultBlock = content.WebSearchResultBlock
BetaWebSearchResultBlockParam = content.WebSearchResultBlockParam
BetaWebSearchTool20250305Param = tools.WebSearchTool20250305
BetaWebSearchTool20260209 = tools.WebSearchTool20260209
BetaWebSearchTool20260209Param = tools.WebSearchTool20260209
BetaWebSearchTool20260318 = tools.WebSearchTool20260318
BetaWebSearchTool20260318Param = tools.WebSearchTool20260318
BetaWebSearchToolRequestErrorObjectParam = content.WebSearchToolRequestError
BetaWebSearchToolRequestErrorParam = content.WebSearchToolRequestError
BetaWebSearchToolResultBlockContent = content.WebSearchToolResultContent
BetaWebSearchToolResultBlockParamContentParam = content.WebSearchToolResultContentParam
BetaWebSearchToolResultError = content.WebSearchToolResultError
BetaWebSearchToolResultErrorCode = content.WebSearchErrorCode
BetaWebSearchToolResultErrorObject = content.WebSearchToolResultError
BillingError = errors.BillingErrorObject
BrowserCloseTabConfigParam = tools.ToolsetMemberConfig
BrowserDoubleClickConfigParam = tools.ToolsetMemberConfig
BrowserFileUploadConfigParam = tools.ToolsetMemberConfig
BrowserFindConfigParam = tools.ToolsetMemberConfig
BrowserFormInputConfigParam = tools.ToolsetMemberConfig
BrowserGetPageTextConfigParam = tools.ToolsetMemberConfig
BrowserHoldKeyConfigParam = tools.ToolsetMemberConfig
BrowserHoverConfigParam = tools.ToolsetMemberConfig
BrowserJavascriptExecConfigParam = tools.ToolsetMemberConfig
BrowserKeyConfigParam = tools.ToolsetMemberConfig
BrowserLeftClickConfigParam = tools.ToolsetMemberConfig
BrowserLeftClickDragConfigParam = tools.ToolsetMemberConfig
BrowserLeftMouseDownConfigParam = tools.ToolsetMemberConfig
BrowserLeftMouseUpConfigParam = tools.ToolsetMemberConfig
BrowserListTabsConfigParam = tools.ToolsetMemberConfig
BrowserMiddleClickConfigParam = tools.ToolsetMemberConfig
BrowserMouseMoveConfigParam = tools.ToolsetMemberConfig
BrowserNavigateConfigParam = tools.ToolsetMemberConfig
BrowserNewTabConfigParam = tools.ToolsetMemberConfig
BrowserReadConsoleConfigParam = tools.ToolsetMemberConfig
BrowserReadNetworkConfigParam = tools.ToolsetMemberConfig
BrowserReadPageConfigParam = tools.ToolsetMemberConfig
BrowserRightClickConfigParam = tools.ToolsetMemberConfig
BrowserScreenshotConfigParam = tools.ToolsetMemberConfig
BrowserScrollConfigParam = tools.ToolsetMemberConfig
BrowserScrollToConfigParam = tools.ToolsetMemberConfig
BrowserStateChangeDownloadCompletedParam = content.BrowserStateChangeDownloadCompleted
BrowserStateChangeDownloadFailedParam = content.BrowserStateChangeDownloadFailed
BrowserStateChangeDownloadStartedParam = content.BrowserStateChangeDownloadStarted
BrowserStateChangeParam = content.BrowserStateChange
BrowserStateChangeTabOpenedParam = content.BrowserStateChangeTabOpened
BrowserStateTabEntryParam = content.BrowserStateTabEntry
BrowserSwitchTabConfigParam = tools.ToolsetMemberConfig
BrowserToolset20260801Param = tools.BrowserToolset20260801
BrowserToolsetConfigsParam = tools.BrowserToolsetConfigs
BrowserTripleClickConfigParam = tools.ToolsetMemberConfig
BrowserTypeConfigParam = tools.ToolsetMemberConfig
BrowserWaitConfigParam = tools.ToolsetMemberConfig
BrowserZoomConfigParam = tools.ToolsetMemberConfig
CitationsConfig = _common.CitationsConfigParam
CodeExecutionTool20250522Param = tools.CodeExecutionTool20250522
CodeExecutionTool20250825Param = tools.CodeExecutionTool20250825
CodeExecutionTool20260120Param = tools.CodeExecutionTool20260120
CodeExecutionTool20260521Param = tools.CodeExecutionTool20260521
CodeExecutionToolResultBlockContent = content.CodeExecutionToolResultContent
CodeExecutionToolResultBlockParamContentParam = content.CodeExecutionToolResultContentParam
CodeExecutionToolResultErrorCode = content.CodeExecutionErrorCode
CodeExecutionToolResultErrorObject = content.CodeExecutionToolResultError
ComputerCursorPositionConfigParam = tools.ToolsetMemberConfig
ComputerDoubleClickConfigParam = tools.ToolsetMemberConfig
ComputerHoldKeyConfigParam = tools.ToolsetMemberConfig
ComputerKeyConfigParam = tools.ToolsetMemberConfig
ComputerLeftClickConfigParam = tools.ToolsetMemberConfig
ComputerLeftClickDragConfigParam = tools.ToolsetMemberConfig
ComputerLeftMouseDownConfigParam = tools.ToolsetMemberConfig
ComputerLeftMouseUpConfigParam = tools.ToolsetMemberConfig
ComputerMiddleClickConfigParam = tools.ToolsetMemberConfig
ComputerMouseMoveConfigParam = tools.ToolsetMemberConfig
ComputerRightClickConfigParam = tools.ToolsetMemberConfig
ComputerScreenshotConfigParam = tools.ToolsetMemberConfig
ComputerScrollConfigParam = tools.ToolsetMemberConfig
ComputerToolset20260801Param = tools.ComputerToolset20260801
ComputerToolsetConfigsParam = tools.ComputerToolsetConfigs
ComputerTripleClickConfigParam = tools.ToolsetMemberConfig
ComputerTypeConfigParam = tools.ToolsetMemberConfig
ComputerWaitConfigParam = tools.ToolsetMemberConfig
ComputerZoomConfigParam = tools.ToolsetMemberConfig
ContainerSkill = messages.Skill
ContentBlockSourceContentParam = content.ContentBlockSourceContent
DirectCallerParam = content.DirectCaller
FileDocumentSourceParam = content.FileDocumentSource
FileImageSourceParam = content.FileImageSource
GatewayTimeoutError = errors.GatewayTimeoutErrorObject
ImageTransformationsParam = content.ImageTransformations
InvalidRequestError = errors.InvalidRequestErrorObject
JSONOutputFormatParam = messages.JSONOutputFormat
MemoryTool20250818Param = tools.MemoryTool20250818
MessageContentParam = content.ContentBlockParam
MessageCountTokensToolParam = tools.ToolUnion
ModelParam = messages.Model
OutputConfigParam = messages.OutputConfig
ServerToolCaller20260120Param = content.ServerToolCaller20260120
ServerToolCallerParam = content.ServerToolCaller
SystemMessageParam = messages.MessageParam
TextEditorCodeExecutionToolResultErrorCode = content.TextEditorCodeExecutionErrorCode
TextEditorCodeExecutionToolResultErrorObject = content.TextEditorCodeExecutionToolResultError
ThinkingConfigAdaptiveParam = messages.ThinkingConfigAdaptive
ThinkingConfigBetweenToolsParam = messages.ThinkingConfigBetweenTools
ToolSearchToolBm25_20251119Param = tools.ToolSearchToolBm25_20251119
ToolSearchToolRegex20251119Param = tools.ToolSearchToolRegex20251119
ToolSearchToolResultErrorCode = content.CodeExecutionErrorCode
ToolSearchToolResultErrorObject = content.ToolSearchToolResultError
UserLocationParam = tools.UserLocation
UserMessageParam = messages.MessageParam
WebFetchTool20250910Param = tools.WebFetchTool20250910
WebFetchTool20260209Param = tools.WebFetchTool20260209
WebFetchTool20260309Param = tools.WebFetchTool20260309
WebFetchTool20260318Param = tools.WebFetchTool20260318
WebFetchToolResultErrorCode = content.WebFetchErrorCode
WebFetchURLSourceAllParam = tools.WebFetchURLSourceAll
WebFetchURLSourceExceptParam = tools.WebFetchURLSourceExcept
WebFetchURLSourceNoneParam = tools.WebFetchURLSourceNone
WebFetchURLSourceOnlyParam = tools.WebFetchURLSourceOnly
WebFetchURLSourcesParam = tools.WebFetchURLSources
WebFetchURLSourceToolReferenceParam = tools.WebFetchURLSourceToolReference
WebSearchTool20260209Param = tools.WebSearchTool20260209
WebSearchTool20260318Param = tools.WebSearchTool20260318
WebSearchToolRequestErrorObjectParam = content.WebSearchToolRequestError
WebSearchToolResultBlockContent = content.WebSearchToolResultContent
WebSearchToolResultBlockParamContentParam = content.WebSearchToolResultContentParam
WebSearchToolResultErrorCode = content.WebSearchErrorCode
WebSearchToolResultErrorObject = content.WebSearchToolResultError

# Not in __all__: it would shadow the builtin of the same name in `from msgtypes import *`.
PermissionError = errors.PermissionErrorObject
