"""Argument schemas of the per-task tools, built from each task's ``params_model``.

A task tool takes the audio (a path; two for a task that compares recordings), or text for a
text task, plus the task's own parameters. Every field carries a description, because that is
all a model sees of it. The task's validators are deliberately not copied: the task validates
its parameters when it runs, and its errors (an unknown language, ...) reach the agent as
``ToolException`` messages rather than schema failures.
"""

from __future__ import annotations

import copy
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, create_model

from wavllm_agent.tasks.base import Task, TaskKind

INPUT_FIELDS = ("audio", "audio2", "text")
"""Argument names the tool itself uses; a task parameter of the same name is not exposed."""

def audio_inputs(task: Task) -> int:
    """How many recordings ``task`` can take, as it declares (``Task.audio_inputs``): 1; 2 for a
    comparison such as ``sv``; 0 for a task that uses neither audio nor input text (``instruct``:
    its parameters say it all)."""
    return int(getattr(task, "audio_inputs", 1))


def _input_fields(task: Task) -> dict[str, Any]:
    if audio_inputs(task) == 0:
        return {}  # a task that uses neither audio nor text (instruct): offering them would mislead
    if task.kind is TaskKind.TEXT:
        return {
            "text": (str | None, Field(None, description="The text to work on. If omitted, the speech in "
                                                         "`audio` is transcribed and used.")),
            "audio": (str | None, Field(None, description="Path of an audio file whose transcript is the "
                                                          "text to work on, when `text` is not given.")),
        }
    fields: dict[str, Any] = {
        "audio": (str, Field(description="Path of the audio file (wav, mp3, flac, ogg, m4a, ...).")),
    }
    if audio_inputs(task) > 1:
        fields["audio2"] = (str | None, Field(None, description="Path of a second audio file to compare "
                                                                "with the first; omit it to check the first alone."))
    return fields


def task_args_schema(task: Task) -> type[BaseModel]:
    """The pydantic model of the arguments of ``task``'s tool (inputs first, then parameters)."""
    fields = _input_fields(task)
    for name, info in task.params_model.model_fields.items():
        if name in INPUT_FIELDS:
            continue  # the tool's own input of that name wins; the task keeps its default
        field = copy.copy(info)
        if not field.description:
            field.description = f"The {name.replace('_', ' ')} parameter of the {task.name} task."
        fields[name] = (info.annotation, field)
    model_name = "".join(part.capitalize() for part in tool_name(task).split("_")) + "Input"
    return create_model(model_name, __config__=ConfigDict(extra="forbid"), __doc__=task.description,
                        **fields)


def tool_name(task: Task) -> str:
    """``wavllm_<task>``, restricted to the characters model providers accept in tool names."""
    safe = "".join(c if c.isalnum() or c in "_-" else "_" for c in task.name)
    return f"wavllm_{safe}"[:64]
