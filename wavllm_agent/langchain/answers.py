"""Answering from what wavllm's tools returned, without generating (and so without drifting).

When the tools the model called this turn are wavllm tools, their outputs already are the answer:
the planner chose them for the request, and the text tasks' outputs passed the grounding checks
(:mod:`wavllm_agent.grounding`). Generating an answer with the local LLM would only add a chance
to drift from them (and, on a 2-core CPU, most of the time), so the chat model answers with the
outputs themselves: one output as ``"<Noun>: <text>"``, several as a numbered list, outputs that a
later call worked on left out (the transcript a summary was made from), a failed call as its error.
"""

from __future__ import annotations

from typing import Any

from langchain_core.messages import ToolMessage

from wavllm_agent.langchain.audio_content import neutralise
from wavllm_agent.langchain.conversation import text_of


def _noun(task: str) -> str:
    from wavllm_agent.registry import get_registry

    try:
        noun = str(getattr(get_registry().task(task), "output_noun", "") or task)
    except Exception:  # noqa: BLE001 - an unknown task still gets a label
        noun = task
    return noun[:1].upper() + noun[1:]


def is_wavllm_result(message: ToolMessage) -> bool:
    """Whether ``message`` came from a wavllm tool: a failed call, or an artifact with a result."""
    artifact: Any = message.artifact
    if message.status == "error":
        return True
    return isinstance(artifact, dict) and (isinstance(artifact.get("answer"), str)
                                           or (isinstance(artifact.get("task"), str)
                                               and isinstance(artifact.get("text"), str)))


def failure(message: ToolMessage) -> str:
    """A failed call as one line: which tool, and what it said."""
    return f"{message.name or 'the tool'} failed: {text_of(message).removeprefix('error: ').strip()}"


def direct_answer(results: list[ToolMessage]) -> str | None:
    """The answer made of wavllm tool outputs, or None when some result is not a wavllm tool's.

    Args:
        results: the tool messages of this turn, in order.
    """
    if not results or not all(is_wavllm_result(m) for m in results):
        return None
    sources = [" ".join(str(m.artifact.get("source_text") or "").split()) if isinstance(m.artifact, dict) else ""
               for m in results]
    parts: list[str] = []
    for index, message in enumerate(results):
        if message.status == "error":
            parts.append(failure(message))
            continue
        artifact = message.artifact
        if isinstance(artifact.get("answer"), str):  # the one-tool plan: already assembled
            parts.append(neutralise(artifact["answer"]).strip() or "(nothing was heard)")
            continue
        text = " ".join(str(artifact["text"]).split())
        if text and text in sources[index + 1:]:  # a later call worked on it: not part of the answer
            continue
        parts.append(f"{_noun(artifact['task'])}: {neutralise(text) or '(nothing)'}")
    if len(parts) == 1:
        return parts[0]
    return "\n".join(f"{i}. {p}" for i, p in enumerate(parts, 1))
