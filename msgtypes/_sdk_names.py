"""The official SDK's type names (anthropic 0.75.0 and 2.14.0, ``Beta*`` included), as aliases.

The SDK keeps a stable, a ``Beta*`` and often a ``*Param`` copy of each type; msgtypes has one
superset class (or union) for all of them, so every name here (``PromptCachingBeta*`` too) is an
alias of one of ours; names that match ours exactly are imported in ``msgtypes/__init__.py``. The
committed SDK snapshots check the list (tests/test_sdk_coverage.py): a newer SDK's names show up
there as missing, and are added here.
"""

from __future__ import annotations

from . import _common, batches, content, errors, events, messages, models, tools

__all__ = [
    "AssistantMessageParam",
    "Base64ImageSourceParam",
    "Base64PDFSourceParam",
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
    "BetaAllThinkingTurns",
    "BetaAllThinkingTurnsParam",
    "BetaAPIError",
    "BetaAPIErrorObject",
    "BetaAssistantMessageParam",
    "BetaAuthenticationError",
    "BetaAuthenticationErrorObject",
    "BetaBase64ImageSource",
    "BetaBase64ImageSourceParam",
    "BetaBase64PDFBlockParam",
    "BetaBase64PDFSource",
    "BetaBase64PDFSourceParam",
    "BetaBashCodeExecutionOutputBlock",
    "BetaBashCodeExecutionOutputBlockParam",
    "BetaBashCodeExecutionResultBlock",
    "BetaBashCodeExecutionResultBlockParam",
    "BetaBashCodeExecutionToolResultBlock",
    "BetaBashCodeExecutionToolResultBlockParam",
    "BetaBashCodeExecutionToolResultError",
    "BetaBashCodeExecutionToolResultErrorObject",
    "BetaBashCodeExecutionToolResultErrorParam",
    "BetaBillingError",
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
    "BetaCacheControlEphemeral",
    "BetaCacheControlEphemeralParam",
    "BetaCacheCreation",
    "BetaCacheMissMessagesChanged",
    "BetaCacheMissModelChanged",
    "BetaCacheMissPreviousMessageNotFound",
    "BetaCacheMissReason",
    "BetaCacheMissSystemChanged",
    "BetaCacheMissToolsChanged",
    "BetaCacheMissUnavailable",
    "BetaCapabilitySupport",
    "BetaCitationCharLocation",
    "BetaCitationCharLocationParam",
    "BetaCitationConfig",
    "BetaCitationContentBlockLocation",
    "BetaCitationContentBlockLocationParam",
    "BetaCitationPageLocation",
    "BetaCitationPageLocationParam",
    "BetaCitationsConfigParam",
    "BetaCitationsConfigParamParam",
    "BetaCitationsDelta",
    "BetaCitationSearchResultLocation",
    "BetaCitationSearchResultLocationParam",
    "BetaCitationsWebSearchResultLocation",
    "BetaCitationWebSearchResultLocationParam",
    "BetaClearThinking20251015Edit",
    "BetaClearThinking20251015EditParam",
    "BetaClearThinking20251015EditResponse",
    "BetaClearToolUses20250919Edit",
    "BetaClearToolUses20250919EditParam",
    "BetaClearToolUses20250919EditResponse",
    "BetaCodeExecutionOutputBlock",
    "BetaCodeExecutionOutputBlockParam",
    "BetaCodeExecutionResultBlock",
    "BetaCodeExecutionResultBlockParam",
    "BetaCodeExecutionTool20250522",
    "BetaCodeExecutionTool20250522Param",
    "BetaCodeExecutionTool20250825",
    "BetaCodeExecutionTool20250825Param",
    "BetaCodeExecutionTool20260120",
    "BetaCodeExecutionTool20260120Param",
    "BetaCodeExecutionTool20260521",
    "BetaCodeExecutionTool20260521Param",
    "BetaCodeExecutionToolResultBlock",
    "BetaCodeExecutionToolResultBlockContent",
    "BetaCodeExecutionToolResultBlockParam",
    "BetaCodeExecutionToolResultBlockParamContentParam",
    "BetaCodeExecutionToolResultError",
    "BetaCodeExecutionToolResultErrorCode",
    "BetaCodeExecutionToolResultErrorObject",
    "BetaCodeExecutionToolResultErrorParam",
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
    "BetaContainer",
    "BetaContainerParams",
    "BetaContainerSkill",
    "BetaContainerUploadBlock",
    "BetaContainerUploadBlockParam",
    "BetaContentBlock",
    "BetaContentBlockParam",
    "BetaContentBlockSource",
    "BetaContentBlockSourceContentParam",
    "BetaContentBlockSourceParam",
    "BetaContextManagementCapability",
    "BetaContextManagementConfig",
    "BetaContextManagementConfigParam",
    "BetaContextManagementResponse",
    "BetaCountTokensContextManagementResponse",
    "BetaDeletedMessageBatch",
    "BetaDiagnostics",
    "BetaDiagnosticsParam",
    "BetaDirectCaller",
    "BetaDirectCallerParam",
    "BetaDocumentBlock",
    "BetaEffortCapability",
    "BetaEncryptedCodeExecutionResultBlock",
    "BetaEncryptedCodeExecutionResultBlockParam",
    "BetaError",
    "BetaErrorResponse",
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
    "BetaFileDocumentSource",
    "BetaFileDocumentSourceParam",
    "BetaFileImageSource",
    "BetaFileImageSourceParam",
    "BetaGatewayTimeoutError",
    "BetaGatewayTimeoutErrorObject",
    "BetaImageBlockParam",
    "BetaImageTransformationsParam",
    "BetaInputJSONDelta",
    "BetaInputTokensClearAtLeastParam",
    "BetaInputTokensTrigger",
    "BetaInputTokensTriggerParam",
    "BetaInputTransformation",
    "BetaInvalidRequestError",
    "BetaInvalidRequestErrorObject",
    "BetaIterationsUsage",
    "BetaJSONOutputFormat",
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
    "BetaMCPToolResultBlock",
    "BetaMCPToolset",
    "BetaMCPToolsetParam",
    "BetaMCPToolUseBlock",
    "BetaMCPToolUseBlockParam",
    "BetaMemoryTool20250818",
    "BetaMemoryTool20250818Param",
    "BetaMessage",
    "BetaMessageBatch",
    "BetaMessageBatchCanceledResult",
    "BetaMessageBatchErroredResult",
    "BetaMessageBatchExpiredResult",
    "BetaMessageBatchIndividualResponse",
    "BetaMessageBatchRequestCounts",
    "BetaMessageBatchResult",
    "BetaMessageBatchSucceededResult",
    "BetaMessageContentParam",
    "BetaMessageDeltaUsage",
    "BetaMessageIterationUsage",
    "BetaMessageParam",
    "BetaMessageTokensCount",
    "BetaMetadata",
    "BetaMetadataParam",
    "BetaModelCapabilities",
    "BetaModelInfo",
    "BetaModelLine",
    "BetaNotFoundError",
    "BetaNotFoundErrorObject",
    "BetaOutputConfig",
    "BetaOutputConfigParam",
    "BetaOutputTokensDetails",
    "BetaOverloadedError",
    "BetaOverloadedErrorObject",
    "BetaPermissionError",
    "BetaPermissionErrorObject",
    "BetaPlainTextSource",
    "BetaPlainTextSourceParam",
    "BetaRateLimitError",
    "BetaRateLimitErrorObject",
    "BetaRawContentBlockDeltaEvent",
    "BetaRawContentBlockStartEvent",
    "BetaRawContentBlockStopEvent",
    "BetaRawMessageDeltaEvent",
    "BetaRawMessageStartEvent",
    "BetaRawMessageStopEvent",
    "BetaRawMessageStreamEvent",
    "BetaRedactedThinkingBlock",
    "BetaRedactedThinkingBlockParam",
    "BetaRefusalStopDetails",
    "BetaRequestDocumentBlock",
    "BetaRequestDocumentBlockParam",
    "BetaRequestMCPServerToolConfigurationParam",
    "BetaRequestMCPServerURLDefinition",
    "BetaRequestMCPServerURLDefinitionParam",
    "BetaRequestMCPToolResultBlockParam",
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
    "BetaSearchResultBlockParam",
    "BetaServerToolCaller",
    "BetaServerToolCaller20260120",
    "BetaServerToolCaller20260120Param",
    "BetaServerToolCallerParam",
    "BetaServerToolsCapability",
    "BetaServerToolUsage",
    "BetaServerToolUseBlock",
    "BetaServerToolUseBlockParam",
    "BetaSignatureDelta",
    "BetaSkill",
    "BetaSkillParams",
    "BetaStopReason",
    "BetaSystemMessageOutputConfigParam",
    "BetaSystemMessageParam",
    "BetaTextBlock",
    "BetaTextBlockParam",
    "BetaTextCitation",
    "BetaTextCitationParam",
    "BetaTextDelta",
    "BetaTextEditorCodeExecutionCreateResultBlock",
    "BetaTextEditorCodeExecutionCreateResultBlockParam",
    "BetaTextEditorCodeExecutionStrReplaceResultBlock",
    "BetaTextEditorCodeExecutionStrReplaceResultBlockParam",
    "BetaTextEditorCodeExecutionToolResultBlock",
    "BetaTextEditorCodeExecutionToolResultBlockParam",
    "BetaTextEditorCodeExecutionToolResultError",
    "BetaTextEditorCodeExecutionToolResultErrorObject",
    "BetaTextEditorCodeExecutionToolResultErrorParam",
    "BetaTextEditorCodeExecutionViewResultBlock",
    "BetaTextEditorCodeExecutionViewResultBlockParam",
    "BetaThinkingBlock",
    "BetaThinkingBlockBindingParam",
    "BetaThinkingBlockParam",
    "BetaThinkingCapability",
    "BetaThinkingConfigAdaptiveParam",
    "BetaThinkingConfigBetweenToolsParam",
    "BetaThinkingConfigDisabled",
    "BetaThinkingConfigDisabledParam",
    "BetaThinkingConfigEnabled",
    "BetaThinkingConfigEnabledParam",
    "BetaThinkingConfigParam",
    "BetaThinkingDelta",
    "BetaThinkingDroppedInputTransformation",
    "BetaThinkingMismatchAllowedInputTransformation",
    "BetaThinkingPrefixMismatchBehavior",
    "BetaThinkingTurns",
    "BetaThinkingTurnsParam",
    "BetaThinkingTypes",
    "BetaThreadContinueParams",
    "BetaThreadCreateParams",
    "BetaTokenTaskBudgetParam",
    "BetaTool",
    "BetaToolBash20241022",
    "BetaToolBash20241022Param",
    "BetaToolBash20250124",
    "BetaToolBash20250124Param",
    "BetaToolChangeMCPToolReferenceParam",
    "BetaToolChangeMCPToolsetReferenceParam",
    "BetaToolChangeToolDefinition",
    "BetaToolChangeToolDefinitionParam",
    "BetaToolChangeToolReferenceParam",
    "BetaToolChoice",
    "BetaToolChoiceAny",
    "BetaToolChoiceAnyParam",
    "BetaToolChoiceAuto",
    "BetaToolChoiceAutoParam",
    "BetaToolChoiceNone",
    "BetaToolChoiceNoneParam",
    "BetaToolChoiceParam",
    "BetaToolChoiceTool",
    "BetaToolChoiceToolParam",
    "BetaToolComputerUse20241022",
    "BetaToolComputerUse20241022Param",
    "BetaToolComputerUse20250124",
    "BetaToolComputerUse20250124Param",
    "BetaToolComputerUse20251124",
    "BetaToolComputerUse20251124Param",
    "BetaToolParam",
    "BetaToolReferenceBlock",
    "BetaToolReferenceBlockParam",
    "BetaToolResultBlockParam",
    "BetaToolSearchToolBm25_20251119",
    "BetaToolSearchToolBm25_20251119Param",
    "BetaToolSearchToolRegex20251119",
    "BetaToolSearchToolRegex20251119Param",
    "BetaToolSearchToolResultBlock",
    "BetaToolSearchToolResultBlockParam",
    "BetaToolSearchToolResultError",
    "BetaToolSearchToolResultErrorObject",
    "BetaToolSearchToolResultErrorParam",
    "BetaToolSearchToolSearchResultBlock",
    "BetaToolSearchToolSearchResultBlockParam",
    "BetaToolTextEditor20241022",
    "BetaToolTextEditor20241022Param",
    "BetaToolTextEditor20250124",
    "BetaToolTextEditor20250124Param",
    "BetaToolTextEditor20250429",
    "BetaToolTextEditor20250429Param",
    "BetaToolTextEditor20250728",
    "BetaToolTextEditor20250728Param",
    "BetaToolUnion",
    "BetaToolUnionParam",
    "BetaToolUseBlock",
    "BetaToolUseBlockParam",
    "BetaToolUsesKeepParam",
    "BetaToolUsesTrigger",
    "BetaToolUsesTriggerParam",
    "BetaURLImageSource",
    "BetaURLImageSourceParam",
    "BetaURLPDFSource",
    "BetaURLPDFSourceParam",
    "BetaUsage",
    "BetaUserLocation",
    "BetaUserLocationParam",
    "BetaUserMessageParam",
    "BetaWebFetchBlock",
    "BetaWebFetchBlockParam",
    "BetaWebFetchTool20250910",
    "BetaWebFetchTool20250910Param",
    "BetaWebFetchTool20260209",
    "BetaWebFetchTool20260209Param",
    "BetaWebFetchTool20260309",
    "BetaWebFetchTool20260309Param",
    "BetaWebFetchTool20260318",
    "BetaWebFetchTool20260318Param",
    "BetaWebFetchToolResultBlock",
    "BetaWebFetchToolResultBlockParam",
    "BetaWebFetchToolResultErrorBlock",
    "BetaWebFetchToolResultErrorBlockParam",
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
    "BetaWebSearchTool20250305",
    "BetaWebSearchTool20250305Param",
    "BetaWebSearchTool20260209",
    "BetaWebSearchTool20260209Param",
    "BetaWebSearchTool20260318",
    "BetaWebSearchTool20260318Param",
    "BetaWebSearchToolRequestError",
    "BetaWebSearchToolRequestErrorObjectParam",
    "BetaWebSearchToolRequestErrorParam",
    "BetaWebSearchToolResultBlock",
    "BetaWebSearchToolResultBlockContent",
    "BetaWebSearchToolResultBlockParam",
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
    "CacheControlEphemeralParam",
    "CitationsConfig",
    "CitationSearchResultLocation",
    "CitationWebSearchResultLocation",
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
    "ContentBlockDelta",
    "ContentBlockDeltaEvent",
    "ContentBlockSourceContentParam",
    "ContentBlockSourceParam",
    "ContentBlockStartEvent",
    "ContentBlockStopEvent",
    "DirectCallerParam",
    "FileDocumentSourceParam",
    "FileImageSourceParam",
    "GatewayTimeoutError",
    "ImageTransformationsParam",
    "InvalidRequestError",
    "JSONOutputFormatParam",
    "MemoryTool20250818Param",
    "MessageBatchCreateParams",
    "MessageContentParam",
    "MessageCountTokensToolParam",
    "MessageCreateParamsNonStreaming",
    "MessageCreateParamsStreaming",
    "MessageDeltaEvent",
    "MessageStartEvent",
    "MessageStopEvent",
    "MetadataParam",
    "ModelParam",
    "OutputConfigParam",
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
    "RawContentBlockDeltaEventDelta",
    "RawPromptCachingBetaMessageStartEvent",
    "RawPromptCachingBetaMessageStreamEvent",
    "ServerToolCaller20260120Param",
    "ServerToolCallerParam",
    "SystemMessageParam",
    "TextEditorCodeExecutionToolResultErrorCode",
    "TextEditorCodeExecutionToolResultErrorObject",
    "ThinkingConfigAdaptiveParam",
    "ThinkingConfigBetweenToolsParam",
    "ThinkingConfigDisabledParam",
    "ThinkingConfigEnabledParam",
    "ThinkingConfigParam",
    "ToolBash20250124Param",
    "ToolChoiceAnyParam",
    "ToolChoiceAutoParam",
    "ToolChoiceNoneParam",
    "ToolChoiceParam",
    "ToolChoiceToolParam",
    "ToolParam",
    "ToolSearchToolBm25_20251119Param",
    "ToolSearchToolRegex20251119Param",
    "ToolSearchToolResultErrorCode",
    "ToolSearchToolResultErrorObject",
    "ToolTextEditor20250124Param",
    "ToolTextEditor20250429Param",
    "ToolTextEditor20250728Param",
    "ToolUnionParam",
    "URLImageSourceParam",
    "URLPDFSourceParam",
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
    "WebSearchTool20250305Param",
    "WebSearchTool20260209Param",
    "WebSearchTool20260318Param",
    "WebSearchToolRequestErrorObjectParam",
    "WebSearchToolRequestErrorParam",
    "WebSearchToolResultBlockContent",
    "WebSearchToolResultBlockParamContentParam",
    "WebSearchToolResultErrorCode",
    "WebSearchToolResultErrorObject",
]

AssistantMessageParam = messages.MessageParam
Base64ImageSourceParam = content.Base64ImageSource
Base64PDFSourceParam = content.Base64PDFSource
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
BetaAllThinkingTurns = messages.AllThinkingTurns
BetaAllThinkingTurnsParam = messages.AllThinkingTurns
BetaAPIError = errors.APIErrorObject
BetaAPIErrorObject = errors.APIErrorObject
BetaAssistantMessageParam = messages.MessageParam
BetaAuthenticationError = errors.AuthenticationErrorObject
BetaAuthenticationErrorObject = errors.AuthenticationErrorObject
BetaBase64ImageSource = content.Base64ImageSource
BetaBase64ImageSourceParam = content.Base64ImageSource
BetaBase64PDFBlockParam = content.DocumentBlockParam
BetaBase64PDFSource = content.Base64PDFSource
BetaBase64PDFSourceParam = content.Base64PDFSource
BetaBashCodeExecutionOutputBlock = content.BashCodeExecutionOutputBlock
BetaBashCodeExecutionOutputBlockParam = content.BashCodeExecutionOutputBlockParam
BetaBashCodeExecutionResultBlock = content.BashCodeExecutionResultBlock
BetaBashCodeExecutionResultBlockParam = content.BashCodeExecutionResultBlockParam
BetaBashCodeExecutionToolResultBlock = content.BashCodeExecutionToolResultBlock
BetaBashCodeExecutionToolResultBlockParam = content.BashCodeExecutionToolResultBlockParam
BetaBashCodeExecutionToolResultError = content.BashCodeExecutionToolResultError
BetaBashCodeExecutionToolResultErrorObject = content.BashCodeExecutionToolResultError
BetaBashCodeExecutionToolResultErrorParam = content.BashCodeExecutionToolResultErrorParam
BetaBillingError = errors.BillingErrorObject
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
BetaCacheControlEphemeral = content.CacheControlEphemeral
BetaCacheControlEphemeralParam = _common.CacheControlEphemeral
BetaCacheCreation = messages.CacheCreation
BetaCacheMissMessagesChanged = messages.CacheMissMessagesChanged
BetaCacheMissModelChanged = messages.CacheMissModelChanged
BetaCacheMissPreviousMessageNotFound = messages.CacheMissPreviousMessageNotFound
BetaCacheMissReason = messages.CacheMissReason
BetaCacheMissSystemChanged = messages.CacheMissSystemChanged
BetaCacheMissToolsChanged = messages.CacheMissToolsChanged
BetaCacheMissUnavailable = messages.CacheMissUnavailable
BetaCapabilitySupport = models.CapabilitySupport
BetaCitationCharLocation = content.CitationCharLocation
BetaCitationCharLocationParam = content.CitationCharLocationParam
BetaCitationConfig = content.CitationConfig
BetaCitationContentBlockLocation = content.CitationContentBlockLocation
BetaCitationContentBlockLocationParam = content.CitationContentBlockLocationParam
BetaCitationPageLocation = content.CitationPageLocation
BetaCitationPageLocationParam = content.CitationPageLocationParam
BetaCitationsConfigParam = content.CitationsConfigParam
BetaCitationsConfigParamParam = _common.CitationsConfigParam
BetaCitationsDelta = events.CitationsDelta
BetaCitationSearchResultLocation = content.CitationsSearchResultLocation
BetaCitationSearchResultLocationParam = content.CitationSearchResultLocationParam
BetaCitationsWebSearchResultLocation = content.CitationsWebSearchResultLocation
BetaCitationWebSearchResultLocationParam = content.CitationWebSearchResultLocationParam
BetaClearThinking20251015Edit = messages.ClearThinking20251015Edit
BetaClearThinking20251015EditParam = messages.ClearThinking20251015Edit
BetaClearThinking20251015EditResponse = messages.ClearThinking20251015EditResponse
BetaClearToolUses20250919Edit = messages.ClearToolUses20250919Edit
BetaClearToolUses20250919EditParam = messages.ClearToolUses20250919Edit
BetaClearToolUses20250919EditResponse = messages.ClearToolUses20250919EditResponse
BetaCodeExecutionOutputBlock = content.CodeExecutionOutputBlock
BetaCodeExecutionOutputBlockParam = content.CodeExecutionOutputBlockParam
BetaCodeExecutionResultBlock = content.CodeExecutionResultBlock
BetaCodeExecutionResultBlockParam = content.CodeExecutionResultBlockParam
BetaCodeExecutionTool20250522 = tools.CodeExecutionTool20250522
BetaCodeExecutionTool20250522Param = tools.CodeExecutionTool20250522
BetaCodeExecutionTool20250825 = tools.CodeExecutionTool20250825
BetaCodeExecutionTool20250825Param = tools.CodeExecutionTool20250825
BetaCodeExecutionTool20260120 = tools.CodeExecutionTool20260120
BetaCodeExecutionTool20260120Param = tools.CodeExecutionTool20260120
BetaCodeExecutionTool20260521 = tools.CodeExecutionTool20260521
BetaCodeExecutionTool20260521Param = tools.CodeExecutionTool20260521
BetaCodeExecutionToolResultBlock = content.CodeExecutionToolResultBlock
BetaCodeExecutionToolResultBlockContent = content.CodeExecutionToolResultContent
BetaCodeExecutionToolResultBlockParam = content.CodeExecutionToolResultBlockParam
BetaCodeExecutionToolResultBlockParamContentParam = content.CodeExecutionToolResultContentParam
BetaCodeExecutionToolResultError = content.CodeExecutionToolResultError
BetaCodeExecutionToolResultErrorCode = content.CodeExecutionErrorCode
BetaCodeExecutionToolResultErrorObject = content.CodeExecutionToolResultError
BetaCodeExecutionToolResultErrorParam = content.CodeExecutionToolResultErrorParam
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
BetaContainer = messages.Container
BetaContainerParams = messages.ContainerParams
BetaContainerSkill = messages.Skill
BetaContainerUploadBlock = content.ContainerUploadBlock
BetaContainerUploadBlockParam = content.ContainerUploadBlockParam
BetaContentBlock = content.ContentBlock
BetaContentBlockParam = content.ContentBlockParam
BetaContentBlockSource = content.ContentBlockSource
BetaContentBlockSourceContentParam = content.ContentBlockSourceContent
BetaContentBlockSourceParam = content.ContentBlockSource
BetaContextManagementCapability = models.ContextManagementCapability
BetaContextManagementConfig = messages.ContextManagementConfig
BetaContextManagementConfigParam = messages.ContextManagementConfig
BetaContextManagementResponse = messages.ContextManagementResponse
BetaCountTokensContextManagementResponse = messages.CountTokensContextManagementResponse
BetaDeletedMessageBatch = batches.DeletedMessageBatch
BetaDiagnostics = messages.Diagnostics
BetaDiagnosticsParam = messages.DiagnosticsParam
BetaDirectCaller = content.DirectCaller
BetaDirectCallerParam = content.DirectCaller
BetaDocumentBlock = content.DocumentBlock
BetaEffortCapability = models.EffortCapability
BetaEncryptedCodeExecutionResultBlock = content.EncryptedCodeExecutionResultBlock
BetaEncryptedCodeExecutionResultBlockParam = content.EncryptedCodeExecutionResultBlockParam
BetaError = errors.ErrorObject
BetaErrorResponse = errors.ErrorResponse
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
BetaFileDocumentSource = content.FileDocumentSource
BetaFileDocumentSourceParam = content.FileDocumentSource
BetaFileImageSource = content.FileImageSource
BetaFileImageSourceParam = content.FileImageSource
BetaGatewayTimeoutError = errors.GatewayTimeoutErrorObject
BetaGatewayTimeoutErrorObject = errors.GatewayTimeoutErrorObject
BetaImageBlockParam = content.ImageBlockParam
BetaImageTransformationsParam = content.ImageTransformations
BetaInputJSONDelta = events.InputJSONDelta
BetaInputTokensClearAtLeastParam = messages.InputTokensClearAtLeast
BetaInputTokensTrigger = messages.InputTokensTrigger
BetaInputTokensTriggerParam = messages.InputTokensTrigger
BetaInputTransformation = messages.InputTransformation
BetaInvalidRequestError = errors.InvalidRequestErrorObject
BetaInvalidRequestErrorObject = errors.InvalidRequestErrorObject
BetaIterationsUsage = messages.IterationUsage
BetaJSONOutputFormat = messages.JSONOutputFormat
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
BetaMCPToolResultBlock = content.MCPToolResultBlock
BetaMCPToolset = tools.MCPToolset
BetaMCPToolsetParam = tools.MCPToolset
BetaMCPToolUseBlock = content.MCPToolUseBlock
BetaMCPToolUseBlockParam = content.MCPToolUseBlockParam
BetaMemoryTool20250818 = tools.MemoryTool20250818
BetaMemoryTool20250818Param = tools.MemoryTool20250818
BetaMessage = messages.Message
BetaMessageBatch = batches.MessageBatch
BetaMessageBatchCanceledResult = batches.MessageBatchCanceledResult
BetaMessageBatchErroredResult = batches.MessageBatchErroredResult
BetaMessageBatchExpiredResult = batches.MessageBatchExpiredResult
BetaMessageBatchIndividualResponse = batches.MessageBatchIndividualResponse
BetaMessageBatchRequestCounts = batches.MessageBatchRequestCounts
BetaMessageBatchResult = batches.MessageBatchResult
BetaMessageBatchSucceededResult = batches.MessageBatchSucceededResult
BetaMessageContentParam = content.ContentBlockParam
BetaMessageDeltaUsage = events.MessageDeltaUsage
BetaMessageIterationUsage = messages.MessageIterationUsage
BetaMessageParam = messages.MessageParam
BetaMessageTokensCount = messages.MessageTokensCount
BetaMetadata = messages.Metadata
BetaMetadataParam = messages.Metadata
BetaModelCapabilities = models.ModelCapabilities
BetaModelInfo = models.ModelInfo
BetaModelLine = models.ModelLine
BetaNotFoundError = errors.NotFoundErrorObject
BetaNotFoundErrorObject = errors.NotFoundErrorObject
BetaOutputConfig = messages.OutputConfig
BetaOutputConfigParam = messages.OutputConfig
BetaOutputTokensDetails = messages.OutputTokensDetails
BetaOverloadedError = errors.OverloadedErrorObject
BetaOverloadedErrorObject = errors.OverloadedErrorObject
BetaPermissionError = errors.PermissionErrorObject
BetaPermissionErrorObject = errors.PermissionErrorObject
BetaPlainTextSource = content.PlainTextSource
BetaPlainTextSourceParam = content.PlainTextSource
BetaRateLimitError = errors.RateLimitErrorObject
BetaRateLimitErrorObject = errors.RateLimitErrorObject
BetaRawContentBlockDeltaEvent = events.RawContentBlockDeltaEvent
BetaRawContentBlockStartEvent = events.RawContentBlockStartEvent
BetaRawContentBlockStopEvent = events.RawContentBlockStopEvent
BetaRawMessageDeltaEvent = events.RawMessageDeltaEvent
BetaRawMessageStartEvent = events.RawMessageStartEvent
BetaRawMessageStopEvent = events.RawMessageStopEvent
BetaRawMessageStreamEvent = events.RawMessageStreamEvent
BetaRedactedThinkingBlock = content.RedactedThinkingBlock
BetaRedactedThinkingBlockParam = content.RedactedThinkingBlockParam
BetaRefusalStopDetails = messages.RefusalStopDetails
BetaRequestDocumentBlock = content.DocumentBlockParam
BetaRequestDocumentBlockParam = content.DocumentBlockParam
BetaRequestMCPServerToolConfigurationParam = messages.RequestMCPServerToolConfiguration
BetaRequestMCPServerURLDefinition = messages.RequestMCPServerURLDefinition
BetaRequestMCPServerURLDefinitionParam = messages.RequestMCPServerURLDefinition
BetaRequestMCPToolResultBlockParam = content.RequestMCPToolResultBlockParam
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
BetaSearchResultBlockParam = content.SearchResultBlockParam
BetaServerToolCaller = content.ServerToolCaller
BetaServerToolCaller20260120 = content.ServerToolCaller20260120
BetaServerToolCaller20260120Param = content.ServerToolCaller20260120
BetaServerToolCallerParam = content.ServerToolCaller
BetaServerToolsCapability = models.ServerToolsCapability
BetaServerToolUsage = messages.ServerToolUsage
BetaServerToolUseBlock = content.ServerToolUseBlock
BetaServerToolUseBlockParam = content.ServerToolUseBlockParam
BetaSignatureDelta = events.SignatureDelta
BetaSkill = messages.Skill
BetaSkillParams = messages.SkillParams
BetaStopReason = messages.StopReason
BetaSystemMessageOutputConfigParam = messages.SystemMessageOutputConfig
BetaSystemMessageParam = messages.MessageParam
BetaTextBlock = content.TextBlock
BetaTextBlockParam = content.TextBlockParam
BetaTextCitation = content.TextCitation
BetaTextCitationParam = content.TextCitationParam
BetaTextDelta = events.TextDelta
BetaTextEditorCodeExecutionCreateResultBlock = content.TextEditorCodeExecutionCreateResultBlock
BetaTextEditorCodeExecutionCreateResultBlockParam = (
    content.TextEditorCodeExecutionCreateResultBlockParam
)
BetaTextEditorCodeExecutionStrReplaceResultBlock = (
    content.TextEditorCodeExecutionStrReplaceResultBlock
)
BetaTextEditorCodeExecutionStrReplaceResultBlockParam = (
    content.TextEditorCodeExecutionStrReplaceResultBlockParam
)
BetaTextEditorCodeExecutionToolResultBlock = content.TextEditorCodeExecutionToolResultBlock
BetaTextEditorCodeExecutionToolResultBlockParam = (
    content.TextEditorCodeExecutionToolResultBlockParam
)
BetaTextEditorCodeExecutionToolResultError = content.TextEditorCodeExecutionToolResultError
BetaTextEditorCodeExecutionToolResultErrorObject = content.TextEditorCodeExecutionToolResultError
BetaTextEditorCodeExecutionToolResultErrorParam = (
    content.TextEditorCodeExecutionToolResultErrorParam
)
BetaTextEditorCodeExecutionViewResultBlock = content.TextEditorCodeExecutionViewResultBlock
BetaTextEditorCodeExecutionViewResultBlockParam = (
    content.TextEditorCodeExecutionViewResultBlockParam
)
BetaThinkingBlock = content.ThinkingBlock
BetaThinkingBlockBindingParam = messages.ThinkingBlockBinding
BetaThinkingBlockParam = content.ThinkingBlockParam
BetaThinkingCapability = models.ThinkingCapability
BetaThinkingConfigAdaptiveParam = messages.ThinkingConfigAdaptive
BetaThinkingConfigBetweenToolsParam = messages.ThinkingConfigBetweenTools
BetaThinkingConfigDisabled = messages.ThinkingConfigDisabled
BetaThinkingConfigDisabledParam = messages.ThinkingConfigDisabled
BetaThinkingConfigEnabled = messages.ThinkingConfigEnabled
BetaThinkingConfigEnabledParam = messages.ThinkingConfigEnabled
BetaThinkingConfigParam = messages.ThinkingConfig
BetaThinkingDelta = events.ThinkingDelta
BetaThinkingDroppedInputTransformation = messages.ThinkingDroppedInputTransformation
BetaThinkingMismatchAllowedInputTransformation = messages.ThinkingMismatchAllowedInputTransformation
BetaThinkingPrefixMismatchBehavior = messages.ThinkingPrefixMismatchBehavior
BetaThinkingTurns = messages.ThinkingTurns
BetaThinkingTurnsParam = messages.ThinkingTurns
BetaThinkingTypes = models.ThinkingTypes
BetaThreadContinueParams = messages.ThreadContinueParams
BetaThreadCreateParams = messages.ThreadCreateParams
BetaTokenTaskBudgetParam = messages.TokenTaskBudget
BetaTool = tools.Tool
BetaToolBash20241022 = tools.ToolBash20241022
BetaToolBash20241022Param = tools.ToolBash20241022
BetaToolBash20250124 = tools.ToolBash20250124
BetaToolBash20250124Param = tools.ToolBash20250124
BetaToolChangeMCPToolReferenceParam = content.ToolChangeMCPToolReference
BetaToolChangeMCPToolsetReferenceParam = content.ToolChangeMCPToolsetReference
BetaToolChangeToolDefinition = content.ToolChangeToolDefinition
BetaToolChangeToolDefinitionParam = content.ToolChangeToolDefinition
BetaToolChangeToolReferenceParam = content.ToolChangeToolReference
BetaToolChoice = tools.ToolChoice
BetaToolChoiceAny = tools.ToolChoiceAny
BetaToolChoiceAnyParam = tools.ToolChoiceAny
BetaToolChoiceAuto = tools.ToolChoiceAuto
BetaToolChoiceAutoParam = tools.ToolChoiceAuto
BetaToolChoiceNone = tools.ToolChoiceNone
BetaToolChoiceNoneParam = tools.ToolChoiceNone
BetaToolChoiceParam = tools.ToolChoice
BetaToolChoiceTool = tools.ToolChoiceTool
BetaToolChoiceToolParam = tools.ToolChoiceTool
BetaToolComputerUse20241022 = tools.ToolComputerUse20241022
BetaToolComputerUse20241022Param = tools.ToolComputerUse20241022
BetaToolComputerUse20250124 = tools.ToolComputerUse20250124
BetaToolComputerUse20250124Param = tools.ToolComputerUse20250124
BetaToolComputerUse20251124 = tools.ToolComputerUse20251124
BetaToolComputerUse20251124Param = tools.ToolComputerUse20251124
BetaToolParam = tools.Tool
BetaToolReferenceBlock = content.ToolReferenceBlock
BetaToolReferenceBlockParam = content.ToolReferenceBlockParam
BetaToolResultBlockParam = content.ToolResultBlockParam
BetaToolSearchToolBm25_20251119 = tools.ToolSearchToolBm25_20251119
BetaToolSearchToolBm25_20251119Param = tools.ToolSearchToolBm25_20251119
BetaToolSearchToolRegex20251119 = tools.ToolSearchToolRegex20251119
BetaToolSearchToolRegex20251119Param = tools.ToolSearchToolRegex20251119
BetaToolSearchToolResultBlock = content.ToolSearchToolResultBlock
BetaToolSearchToolResultBlockParam = content.ToolSearchToolResultBlockParam
BetaToolSearchToolResultError = content.ToolSearchToolResultError
BetaToolSearchToolResultErrorObject = content.ToolSearchToolResultError
BetaToolSearchToolResultErrorParam = content.ToolSearchToolResultErrorParam
BetaToolSearchToolSearchResultBlock = content.ToolSearchToolSearchResultBlock
BetaToolSearchToolSearchResultBlockParam = content.ToolSearchToolSearchResultBlockParam
BetaToolTextEditor20241022 = tools.ToolTextEditor20241022
BetaToolTextEditor20241022Param = tools.ToolTextEditor20241022
BetaToolTextEditor20250124 = tools.ToolTextEditor20250124
BetaToolTextEditor20250124Param = tools.ToolTextEditor20250124
BetaToolTextEditor20250429 = tools.ToolTextEditor20250429
BetaToolTextEditor20250429Param = tools.ToolTextEditor20250429
BetaToolTextEditor20250728 = tools.ToolTextEditor20250728
BetaToolTextEditor20250728Param = tools.ToolTextEditor20250728
BetaToolUnion = tools.ToolUnion
BetaToolUnionParam = tools.ToolUnion
BetaToolUseBlock = content.ToolUseBlock
BetaToolUseBlockParam = content.ToolUseBlockParam
BetaToolUsesKeepParam = messages.ToolUsesKeep
BetaToolUsesTrigger = messages.ToolUsesTrigger
BetaToolUsesTriggerParam = messages.ToolUsesTrigger
BetaURLImageSource = content.URLImageSource
BetaURLImageSourceParam = content.URLImageSource
BetaURLPDFSource = content.URLPDFSource
BetaURLPDFSourceParam = content.URLPDFSource
BetaUsage = messages.Usage
BetaUserLocation = tools.UserLocation
BetaUserLocationParam = tools.UserLocation
BetaUserMessageParam = messages.MessageParam
BetaWebFetchBlock = content.WebFetchBlock
BetaWebFetchBlockParam = content.WebFetchBlockParam
BetaWebFetchTool20250910 = tools.WebFetchTool20250910
BetaWebFetchTool20250910Param = tools.WebFetchTool20250910
BetaWebFetchTool20260209 = tools.WebFetchTool20260209
BetaWebFetchTool20260209Param = tools.WebFetchTool20260209
BetaWebFetchTool20260309 = tools.WebFetchTool20260309
BetaWebFetchTool20260309Param = tools.WebFetchTool20260309
BetaWebFetchTool20260318 = tools.WebFetchTool20260318
BetaWebFetchTool20260318Param = tools.WebFetchTool20260318
BetaWebFetchToolResultBlock = content.WebFetchToolResultBlock
BetaWebFetchToolResultBlockParam = content.WebFetchToolResultBlockParam
BetaWebFetchToolResultErrorBlock = content.WebFetchToolResultErrorBlock
BetaWebFetchToolResultErrorBlockParam = content.WebFetchToolResultErrorBlockParam
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
BetaWebSearchTool20250305 = tools.WebSearchTool20250305
BetaWebSearchTool20250305Param = tools.WebSearchTool20250305
BetaWebSearchTool20260209 = tools.WebSearchTool20260209
BetaWebSearchTool20260209Param = tools.WebSearchTool20260209
BetaWebSearchTool20260318 = tools.WebSearchTool20260318
BetaWebSearchTool20260318Param = tools.WebSearchTool20260318
BetaWebSearchToolRequestError = content.WebSearchToolRequestError
BetaWebSearchToolRequestErrorObjectParam = content.WebSearchToolRequestError
BetaWebSearchToolRequestErrorParam = content.WebSearchToolRequestError
BetaWebSearchToolResultBlock = content.WebSearchToolResultBlock
BetaWebSearchToolResultBlockContent = content.WebSearchToolResultContent
BetaWebSearchToolResultBlockParam = content.WebSearchToolResultBlockParam
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
CacheControlEphemeralParam = content.CacheControlEphemeral
CitationsConfig = _common.CitationsConfigParam
CitationSearchResultLocation = content.CitationsSearchResultLocation
CitationWebSearchResultLocation = content.CitationsWebSearchResultLocation
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
ContentBlockDelta = events.RawContentBlockDelta
ContentBlockDeltaEvent = events.RawContentBlockDeltaEvent
ContentBlockSourceContentParam = content.ContentBlockSourceContent
ContentBlockSourceParam = content.ContentBlockSource
ContentBlockStartEvent = events.RawContentBlockStartEvent
ContentBlockStopEvent = events.RawContentBlockStopEvent
DirectCallerParam = content.DirectCaller
FileDocumentSourceParam = content.FileDocumentSource
FileImageSourceParam = content.FileImageSource
GatewayTimeoutError = errors.GatewayTimeoutErrorObject
ImageTransformationsParam = content.ImageTransformations
InvalidRequestError = errors.InvalidRequestErrorObject
JSONOutputFormatParam = messages.JSONOutputFormat
MemoryTool20250818Param = tools.MemoryTool20250818
MessageBatchCreateParams = batches.BatchCreateParams
MessageContentParam = content.ContentBlockParam
MessageCountTokensToolParam = tools.ToolUnion
MessageCreateParamsNonStreaming = messages.MessageCreateParams
MessageCreateParamsStreaming = messages.MessageCreateParams
MessageDeltaEvent = events.RawMessageDeltaEvent
MessageStartEvent = events.RawMessageStartEvent
MessageStopEvent = events.RawMessageStopEvent
MetadataParam = messages.Metadata
ModelParam = messages.Model
OutputConfigParam = messages.OutputConfig
PlainTextSourceParam = content.PlainTextSource
PromptCachingBetaCacheControlEphemeral = content.CacheControlEphemeral
PromptCachingBetaImageBlockParam = content.ImageBlockParam
PromptCachingBetaMessage = messages.Message
PromptCachingBetaMessageParam = messages.MessageParam
PromptCachingBetaTextBlockParam = content.TextBlockParam
PromptCachingBetaTool = tools.Tool
PromptCachingBetaToolResultBlockParam = content.ToolResultBlockParam
PromptCachingBetaToolUseBlockParam = content.ToolUseBlockParam
PromptCachingBetaUsage = messages.Usage
RawContentBlockDeltaEventDelta = events.RawContentBlockDelta
RawPromptCachingBetaMessageStartEvent = events.RawMessageStartEvent
RawPromptCachingBetaMessageStreamEvent = events.RawMessageStreamEvent
ServerToolCaller20260120Param = content.ServerToolCaller20260120
ServerToolCallerParam = content.ServerToolCaller
SystemMessageParam = messages.MessageParam
TextEditorCodeExecutionToolResultErrorCode = content.TextEditorCodeExecutionErrorCode
TextEditorCodeExecutionToolResultErrorObject = content.TextEditorCodeExecutionToolResultError
ThinkingConfigAdaptiveParam = messages.ThinkingConfigAdaptive
ThinkingConfigBetweenToolsParam = messages.ThinkingConfigBetweenTools
ThinkingConfigDisabledParam = messages.ThinkingConfigDisabled
ThinkingConfigEnabledParam = messages.ThinkingConfigEnabled
ThinkingConfigParam = messages.ThinkingConfig
ToolBash20250124Param = tools.ToolBash20250124
ToolChoiceAnyParam = tools.ToolChoiceAny
ToolChoiceAutoParam = tools.ToolChoiceAuto
ToolChoiceNoneParam = tools.ToolChoiceNone
ToolChoiceParam = tools.ToolChoice
ToolChoiceToolParam = tools.ToolChoiceTool
ToolParam = tools.Tool
ToolSearchToolBm25_20251119Param = tools.ToolSearchToolBm25_20251119
ToolSearchToolRegex20251119Param = tools.ToolSearchToolRegex20251119
ToolSearchToolResultErrorCode = content.CodeExecutionErrorCode
ToolSearchToolResultErrorObject = content.ToolSearchToolResultError
ToolTextEditor20250124Param = tools.ToolTextEditor20250124
ToolTextEditor20250429Param = tools.ToolTextEditor20250429
ToolTextEditor20250728Param = tools.ToolTextEditor20250728
ToolUnionParam = tools.ToolUnion
URLImageSourceParam = content.URLImageSource
URLPDFSourceParam = content.URLPDFSource
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
WebSearchTool20250305Param = tools.WebSearchTool20250305
WebSearchTool20260209Param = tools.WebSearchTool20260209
WebSearchTool20260318Param = tools.WebSearchTool20260318
WebSearchToolRequestErrorObjectParam = content.WebSearchToolRequestError
WebSearchToolRequestErrorParam = content.WebSearchToolRequestError
WebSearchToolResultBlockContent = content.WebSearchToolResultContent
WebSearchToolResultBlockParamContentParam = content.WebSearchToolResultContentParam
WebSearchToolResultErrorCode = content.WebSearchErrorCode
WebSearchToolResultErrorObject = content.WebSearchToolResultError

# Not in __all__: it would shadow the builtin of the same name in `from msgtypes import *`.
PermissionError = errors.PermissionErrorObject
