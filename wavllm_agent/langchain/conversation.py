"""Reading a LangChain conversation: the current request, the audio files it names, tool results.

Used by :class:`~wavllm_agent.langchain.chat_model.LocalToolCallingChatModel` to ground tool
arguments in what the user actually wrote (a small model should not invent file paths).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, SystemMessage, ToolMessage

AUDIO_SUFFIXES = (".wav", ".mp3", ".flac", ".ogg", ".oga", ".opus", ".m4a", ".aac", ".webm", ".mp4",
                  ".wma", ".aif", ".aiff", ".amr")
"""File endings taken as audio files when they appear in a user's message."""

_TOKEN = re.compile(r'"([^"\n]+)"|\'([^\'\n]+)\'|`([^`\n]+)`|(\S+)')
_EDGE = "()[]{}<>,;:!?\"'`"


def text_of(message: BaseMessage) -> str:
    """A message's text (content blocks joined)."""
    content = message.content
    if isinstance(content, str):
        return content
    return " ".join(b if isinstance(b, str) else str(b.get("text", "")) for b in content)


def audio_paths(text: str) -> list[str]:
    """Audio file paths named in ``text``, in order, without repeats (quoted paths may hold spaces)."""
    found: list[str] = []
    for match in _TOKEN.finditer(text):
        token = next(g for g in match.groups() if g).strip(_EDGE).rstrip(".")
        if token.lower().endswith(AUDIO_SUFFIXES) and token not in found:
            found.append(token)
    return found


def without_paths(text: str) -> str:
    """``text`` with the audio paths (and labels left empty by them) removed: what the user asks,
    not where the file is. Empty when the text held nothing but paths."""
    out = text
    for path in audio_paths(text):
        out = out.replace(f'"{path}"', " ").replace(f"'{path}'", " ").replace(f"`{path}`", " ")
        out = out.replace(path, " ")
    out = " ".join(out.split())
    out = re.sub(r"\(\s*(?:[\w ]{0,30}:)?\s*\)|\[\s*(?:[\w ]{0,30}:)?\s*\]", "", out)  # "(audio file: )"
    out = re.sub(r"(?:^|(?<=[.?!]))\s*[\w ]{0,40}:\s*$", "", out)  # a label left at the end: "Audio:"
    out = re.sub(r"\b(?:in|of|from|on|for|at)\s+(?=[?.!,]|$)", "", out)  # "said in ?" -> "said?"
    return re.sub(r"\s+([?.!,])", r"\1", out).strip()


@dataclass
class Turn:
    """The conversation as the model sees it at one call.

    Attributes:
        system: the system message's text ("" when none).
        request: the latest human message's text.
        history: the messages before the latest human message.
        tool_results: the tool messages after the latest human message, in order.
        tool_rounds: how many AI messages with tool calls came after the latest human message.
        paths: audio paths named in human messages, the latest message's first.
        called: the names of the tools called after the latest human message, in order.
    """

    system: str
    request: str
    history: list[BaseMessage] = field(default_factory=list)
    tool_results: list[ToolMessage] = field(default_factory=list)
    tool_rounds: int = 0
    paths: list[str] = field(default_factory=list)
    called: list[str] = field(default_factory=list)


def read_turn(messages: Sequence[BaseMessage]) -> Turn:
    """Split ``messages`` into the current :class:`Turn`."""
    last_human = max((i for i, m in enumerate(messages) if isinstance(m, HumanMessage)), default=-1)
    system = " ".join(text_of(m) for m in messages if isinstance(m, SystemMessage))
    request = text_of(messages[last_human]) if last_human >= 0 else ""
    tail = list(messages[last_human + 1:])
    paths = audio_paths(request)
    for message in reversed(messages[:max(last_human, 0)]):
        if isinstance(message, HumanMessage):
            paths += [p for p in audio_paths(text_of(message)) if p not in paths]
    return Turn(
        system=system,
        request=request,
        history=[m for m in messages[:max(last_human, 0)] if not isinstance(m, SystemMessage)],
        tool_results=[m for m in tail if isinstance(m, ToolMessage)],
        tool_rounds=sum(1 for m in tail if isinstance(m, AIMessage) and m.tool_calls),
        paths=paths,
        called=[c["name"] for m in tail if isinstance(m, AIMessage) for c in m.tool_calls],
    )


def result_text(message: ToolMessage) -> str:
    """The plain output of a tool call: its artifact's ``text``/``answer`` when it has one."""
    artifact: Any = message.artifact
    if isinstance(artifact, dict):
        for key in ("text", "answer"):
            if isinstance(artifact.get(key), str):
                return artifact[key]
    return text_of(message)
