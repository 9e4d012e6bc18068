"""``POST /v1/chat/completions``: messages with ``input_audio`` parts; the instruction runs through the planner.

The last user message's text is the instruction; its ``input_audio`` part (base64 wav, mp3, ...)
is the recording, or, when it carries none, the latest audio of an earlier user message. Remote
``audio_url`` addresses are not fetched (only ``data:`` URLs). The answer is the assistant's
message; the plan and each step's typed result ride along in the extra ``wavllm`` field, which the
``openai`` client keeps (``completion.model_extra["wavllm"]``). With ``stream=true`` the steps come
as chunks with an empty delta and a ``wavllm`` event as they start and finish; the answer comes as
content deltas, token by token while the model generates it when the answer is one generation
(:mod:`wavllm_agent.serve.tokens`), else once the steps are done; then ``[DONE]``. The content
deltas always add up to the non-streamed answer.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import logging
import re
import time
import uuid
from collections.abc import AsyncIterator
from typing import Any, Literal

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, ConfigDict, Field

from wavllm_agent.errors import WavLLMError
from wavllm_agent.jsonable import jsonable
from wavllm_agent.serve.errors import ServeError, error_body, status_of
from wavllm_agent.serve.openai_audio import check_model, runtime_of
from wavllm_agent.serve.sse import HEARTBEAT, event, sse_response
from wavllm_agent.serve.tokens import AnswerTokens, rest_of_answer
from wavllm_agent.streaming import token_sink

router = APIRouter()
log = logging.getLogger("wavllm_agent.serve")


class ChatRequest(BaseModel):
    """The fields of a chat completion request this service reads (others are accepted and ignored)."""

    model_config = ConfigDict(extra="allow")

    model: str | None = None
    messages: list[dict[str, Any]] = Field(min_length=1)
    stream: bool = False
    max_tokens: int | None = Field(None, ge=1)
    max_completion_tokens: int | None = Field(None, ge=1)
    n: int = Field(1, ge=1, le=1)
    temperature: float | None = None
    planner: Literal["rules", "llm"] = "rules"
    """wavllm extension: how the instruction is planned (the rules, or the engine's LLM)."""


def _bad(message: str, param: str = "messages") -> ServeError:
    return ServeError(400, message, code="invalid_request", param=param)


def _decode_b64(data: Any, where: str) -> bytes:
    if not isinstance(data, str) or not data:
        raise _bad(f"{where}: audio data must be a non-empty base64 string")
    try:
        return base64.b64decode(data, validate=True)
    except (binascii.Error, ValueError):
        raise _bad(f"{where}: audio data is not valid base64") from None


def _parts(message: dict[str, Any], where: str) -> tuple[list[str], list[bytes]]:
    content = message.get("content")
    if content is None:
        return [], []
    if isinstance(content, str):
        return [content], []
    if not isinstance(content, list):
        raise _bad(f"{where}.content must be a string or a list of parts")
    texts: list[str] = []
    audios: list[bytes] = []
    for j, part in enumerate(content):
        here = f"{where}.content[{j}]"
        kind = part.get("type") if isinstance(part, dict) else None
        if kind == "text":
            texts.append(str(part.get("text", "")))
        elif kind == "input_audio":
            payload = part.get("input_audio")
            if not isinstance(payload, dict):
                raise _bad(f"{here}.input_audio must be an object with 'data' and 'format'")
            audios.append(_decode_b64(payload.get("data"), here))
        elif kind == "audio_url":
            url = (part.get("audio_url") or {}).get("url", "") if isinstance(part.get("audio_url"), dict) else ""
            head, sep, data = str(url).partition(",")
            if not (head.startswith("data:") and head.endswith(";base64") and sep):
                raise _bad(f"{here}: only data: URLs (base64) are accepted; this server fetches nothing")
            audios.append(_decode_b64(data, here))
        else:
            raise _bad(f"{here}: unsupported content part type {kind!r}; use text or input_audio")
    return texts, audios


def instruction_and_audio(messages: list[dict[str, Any]]) -> tuple[str, bytes | None]:
    """The last user message's text, and the audio it (or the latest earlier user message) carries."""
    users = [(i, m) for i, m in enumerate(messages) if isinstance(m, dict) and m.get("role") == "user"]
    if not users:
        raise _bad("messages must include a user message")
    index, last = users[-1]
    texts, audios = _parts(last, f"messages[{index}]")
    if len(audios) > 1:
        raise _bad(f"messages[{index}] carries {len(audios)} audio clips; send one (compare two speakers "
                   "with POST /v1/tasks/sv)")
    audio = audios[0] if audios else None
    if audio is None:
        for i, message in reversed(users[:-1]):
            _, earlier = _parts(message, f"messages[{i}]")
            if earlier:
                audio = earlier[-1]
                break
    instruction = " ".join(t.strip() for t in texts if t.strip())
    if audio is None and not instruction:
        raise _bad("the last user message has neither text nor audio")
    return instruction, audio


def trace_of(execution: Any, engine: str) -> dict[str, Any]:
    """The plan and every step's typed result, as the ``wavllm`` extra field."""
    return jsonable({"engine": engine, "planner": execution.plan.planner, "plan": execution.plan.to_dict(),
                     "steps": [t.to_dict(with_result=True) for t in execution.steps],
                     "followed_rate": round(execution.followed_rate, 4)})


def _tokens(text: str) -> list[str]:
    return re.findall(r"\s*\S+", text) or ([text] if text else [])


@router.post("/v1/chat/completions", response_model=None)
async def chat_completions(request: Request, body: ChatRequest) -> Response:
    """Plan and run the instruction on the audio; answer as a chat completion."""
    runtime = runtime_of(request)
    check_model(runtime, body.model)
    instruction, audio = instruction_and_audio(body.messages)
    budget = body.max_completion_tokens or body.max_tokens
    created = int(time.time())
    ident = f"chatcmpl-{uuid.uuid4().hex}"
    model = body.model or runtime.model_id
    if body.stream:
        return sse_response(_stream(request, audio, instruction, budget, ident, created, model, body.planner))
    execution = await runtime.ask(request, audio, instruction, max_new_tokens=budget, planner=body.planner)
    return JSONResponse({
        "id": ident, "object": "chat.completion", "created": created, "model": model,
        "choices": [{"index": 0, "message": {"role": "assistant", "content": execution.answer},
                     "finish_reason": "stop", "logprobs": None}],
        "wavllm": trace_of(execution, runtime.engine_name),
    })


def _step_event(event_obj: Any) -> dict[str, Any]:
    data: dict[str, Any] = {"event": f"step.{event_obj.kind}", "index": event_obj.index, "total": event_obj.total,
                            "task": event_obj.step.task}
    if event_obj.trace is not None:
        data["step"] = event_obj.trace.to_dict(with_result=True)
    return jsonable(data)


def _stream(request: Request, audio: bytes | None, instruction: str, budget: int | None, ident: str,
            created: int, model: str, planner: str) -> AsyncIterator[bytes]:
    """Admit the work now (429 comes as a status, before streaming) and stream its events."""
    from wavllm_agent.api import ask
    from wavllm_agent.registry import get_registry

    runtime = runtime_of(request)
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue[tuple[str, Any]] = asyncio.Queue()

    def send(kind: str, payload: Any) -> None:
        loop.call_soon_threadsafe(queue.put_nowait, (kind, payload))

    tokens = AnswerTokens(send, get_registry().tasks)

    def on_step(ev: Any) -> None:
        tokens.on_step(ev)
        send("step", _step_event(ev))

    def work() -> Any:
        clip = runtime.decode(audio, "input_audio")
        with token_sink(tokens):  # the engine's text model hands its tokens to `tokens` as it makes them
            return ask(clip, instruction, runtime.engine, on_step=on_step, max_new_tokens=budget,
                       planner=planner)

    future = runtime.gate.submit(work)
    wrapped = asyncio.wrap_future(future)
    wrapped.add_done_callback(lambda _: queue.put_nowait(("done", None)))

    def chunk(delta: dict[str, Any], finish: str | None = None, **extra: Any) -> bytes:
        return event({"id": ident, "object": "chat.completion.chunk", "created": created, "model": model,
                      "choices": [{"index": 0, "delta": delta, "finish_reason": finish, "logprobs": None}],
                      **extra})

    async def events() -> AsyncIterator[bytes]:
        streamed = ""
        try:
            yield chunk({"role": "assistant", "content": ""})
            deadline = loop.time() + runtime.settings.request_timeout
            while True:
                remaining = deadline - loop.time()
                if remaining <= 0:
                    yield event(error_body(504, "the request took over the server's timeout", code="timeout"))
                    return
                try:
                    kind, payload = await asyncio.wait_for(queue.get(), timeout=min(1.0, remaining))
                except TimeoutError:
                    yield HEARTBEAT  # finds out whether the client is still there
                    continue
                if kind == "done":
                    break
                if kind == "content":
                    streamed += payload
                    yield chunk({"content": payload})
                else:
                    yield chunk({}, wavllm=payload)
            try:
                execution = wrapped.result()
            except WavLLMError as exc:
                status, code = status_of(exc)
                yield event(error_body(status, str(exc), code=code))
                return
            except Exception as exc:  # noqa: BLE001 - reported as an error event, logged server-side
                log.exception("chat stream failed")
                yield event(error_body(500, f"internal server error ({type(exc).__name__})", code="internal_error"))
                return
            rest = rest_of_answer(execution.answer, streamed)
            for token in _tokens(rest or ""):
                yield chunk({"content": token})
            yield chunk({}, "stop", wavllm={"event": "done", "answer": execution.answer,
                                            **trace_of(execution, runtime.engine_name)})
            if rest is None:  # never leave a client with text that is not the answer
                log.error("streamed content is not a prefix of the answer (a task's streams_text is wrong?)")
                yield event(error_body(500, "the streamed content was not the final answer; it is in the "
                                       "done event's wavllm.answer", code="answer_changed"))
                return
            yield event("[DONE]")
        finally:
            future.cancel()  # a client gone while queued frees its slot now

    return events()
