"""LangChain tools that give an agent ears (this package is the only place that imports LangChain).

* :class:`WavLLMTool` — one tool: an audio file plus a free instruction, planned and run.
* :class:`WavLLMToolkit` — one tool per registered task (``wavllm_asr``, ``wavllm_sv``, ...).
* :class:`LocalToolCallingChatModel` — a chat model over the engine's small local LLM that
  emits tool calls, for agents that must run without any chat-model API.
* :func:`run_agent` — the tool-calling loop (model -> tool calls -> tool messages -> model).

Everything a tool heard in a recording comes back delimited as untrusted data
(see :mod:`wavllm_agent.langchain.audio_content`).
"""

from __future__ import annotations

from wavllm_agent.langchain.agent import AgentRun, run_agent
from wavllm_agent.langchain.audio_content import audio_block
from wavllm_agent.langchain.chat_model import LocalToolCallingChatModel
from wavllm_agent.langchain.tool import WavLLMInput, WavLLMTool
from wavllm_agent.langchain.toolkit import WavLLMTaskTool, WavLLMToolkit

__all__ = ["AgentRun", "LocalToolCallingChatModel", "WavLLMInput", "WavLLMTaskTool", "WavLLMTool",
           "WavLLMToolkit", "audio_block", "run_agent"]
