"""Native endpoints: ``POST /v1/tasks/{task}``, ``GET /v1/tasks``, ``GET /v1/models``, ``GET /health``.

``POST /v1/tasks/{task}`` takes multipart ``file`` (and ``file2`` for ``sv`` with two recordings,
``text`` for text tasks) plus the task's parameters as form fields (``language``, ``target_lang``,
``question``, ... any installed task's, plugins' included) and returns the same JSON as
``wavllm run TASK --json``.
"""

from __future__ import annotations

import time
from typing import Annotated, Any

from fastapi import APIRouter, File, Form, Request, UploadFile
from fastapi.responses import JSONResponse
from starlette.datastructures import UploadFile as StarletteUpload

from wavllm_agent.jsonable import jsonable
from wavllm_agent.serve.errors import ServeError
from wavllm_agent.serve.openai_audio import runtime_of

router = APIRouter()
health_router = APIRouter()

_STARTED = int(time.time())
_RESERVED = {"file", "file2", "text"}


@router.get("/v1/models")
async def models(request: Request) -> dict[str, Any]:
    """The served model (and the names accepted for it), as OpenAI's model list."""
    runtime = runtime_of(request)
    return {"object": "list", "data": [
        {"id": name, "object": "model", "created": _STARTED, "owned_by": "wavllm-agent"}
        for name in runtime.known_models()
    ]}


@router.get("/v1/tasks")
async def list_tasks(request: Request) -> dict[str, Any]:
    """The installed tasks, as ``wavllm tasks --json``."""
    from wavllm_agent.registry import get_registry

    registry = get_registry()
    return {"tasks": [{"name": name, "description": task.description, "plugin": registry.task_plugins.get(name, "")}
                      for name, task in registry.tasks.items()]}


@router.post("/v1/tasks/{task}")
async def run_task(
    request: Request,
    task: str,
    file: Annotated[UploadFile | None, File()] = None,
    file2: Annotated[UploadFile | None, File()] = None,
    text: Annotated[str | None, Form()] = None,
) -> JSONResponse:
    """Run one installed task; the answer is ``wavllm run``'s JSON."""
    from wavllm_agent.api import resolve_task

    runtime = runtime_of(request)
    spec = resolve_task(task)  # 404 for an unknown task, before reading uploads
    form = await request.form()
    params: dict[str, Any] = {}
    for key, value in form.multi_items():
        if key in _RESERVED:
            continue
        if isinstance(value, StarletteUpload):
            raise ServeError(400, f"unexpected file field {key!r}; files go in 'file' (and 'file2' for sv)",
                             code="invalid_request", param=key)
        params[key] = value
    accepted = set(spec.params_model.model_fields)
    extra = sorted(set(params) - accepted)
    if extra:
        raise ServeError(400, f"task {task!r} does not take {', '.join(extra)}; it takes "
                              f"{', '.join(sorted(accepted)) or 'no parameters'}", code="invalid_request",
                         param=extra[0])
    if file is None and text is None:
        raise ServeError(400, f"task {task!r} needs an audio file in the 'file' field", code="invalid_request",
                         param="file")
    data = await file.read() if file is not None else None
    data2 = await file2.read() if file2 is not None else None
    name = (file.filename if file is not None else None) or "upload"
    result, _ = await runtime.run_task(request, spec.name, data, audio2=data2, name=name, text=text, params=params)
    return JSONResponse(jsonable(result.to_dict()))


@health_router.get("/health")
async def health(request: Request) -> JSONResponse:
    """``{"status": "ok" | "draining", "engine", "model", "active", "queued", "served", ...}`` (no key needed)."""
    runtime = runtime_of(request)
    status = "draining" if runtime.draining or runtime.gate.closed else "ok"
    body = {"status": status, "engine": runtime.engine_name, "model": runtime.model_id,
            **runtime.stats(), "max_concurrency": runtime.settings.max_concurrency,
            "max_queue": runtime.settings.max_queue}
    return JSONResponse(body, status_code=200 if status == "ok" else 503)
