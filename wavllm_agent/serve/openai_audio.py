"""``POST /v1/audio/transcriptions`` and ``/v1/audio/translations``, as OpenAI's API has them.

Multipart fields: ``file`` (required), ``model``, ``language``, ``prompt``, ``response_format``
(json, text, srt, vtt, verbose_json), ``timestamp_granularities[]``, ``temperature``, ``stream``.
``prompt`` (Whisper's initial prompt), ``temperature`` (0 or absent: the default decoding) and
``timestamp_granularities[]=word`` (top-level ``words`` in verbose_json) go to engines that decode
with options (``transcribe_with``, the embedded engine), around the batcher; other engines answer
400 for them, except ``temperature=0``. An empty ``prompt`` is no prompt. With ``stream=true`` a transcription answers
with SSE ``transcript.text.delta`` events (one per segment) and a ``transcript.text.done`` event.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Annotated, Any

from fastapi import APIRouter, File, Form, Request, UploadFile
from fastapi.responses import JSONResponse, PlainTextResponse, Response

from wavllm_agent.engines.embedded import DecodeOptions
from wavllm_agent.results import Segment
from wavllm_agent.serve import formats
from wavllm_agent.serve.errors import ServeError
from wavllm_agent.serve.runtime import Runtime
from wavllm_agent.serve.sse import event, sse_response

router = APIRouter()


def runtime_of(request: Request) -> Runtime:
    """The app's :class:`Runtime`."""
    return request.app.state.runtime


def check_model(runtime: Runtime, model: str | None) -> None:
    """404 ``model_not_found`` for a model name the service does not serve."""
    if model is not None and model not in runtime.known_models():
        raise ServeError(404, f"the model {model!r} does not exist here; this server serves "
                              f"{', '.join(runtime.known_models())}", code="model_not_found", param="model")


def check_format(response_format: str) -> None:
    """400 for a response format other than json, text, srt, vtt or verbose_json."""
    if response_format not in formats.FORMATS:
        raise ServeError(400, f"response_format must be one of {', '.join(formats.FORMATS)}, "
                              f"got {response_format!r}", code="invalid_value", param="response_format")


async def read_upload(upload: UploadFile) -> tuple[bytes, str]:
    """The upload's bytes and its file name (the body limit bounds how much this reads)."""
    data = await upload.read()
    return data, upload.filename or "upload"


def decode_options(runtime: Runtime, prompt: str | None, temperature: float | None,
                   word_timestamps: bool = False, *, translation: bool = False) -> DecodeOptions:
    """The request's decoding options; 400 when it sets one the served engine cannot honour."""
    if temperature is not None and not 0.0 <= temperature <= 1.0:
        raise ServeError(400, f"temperature must be between 0 and 1, got {temperature}",
                         code="invalid_value", param="temperature")
    options = DecodeOptions(prompt=prompt if prompt and prompt.strip() else None,
                            temperature=float(temperature or 0.0), word_timestamps=word_timestamps)
    if options.is_default:
        return options
    capable = not translation and callable(getattr(runtime.base_engine, "transcribe_with", None))
    if not capable:
        field, param = (("prompt", "prompt") if options.prompt is not None
                        else ("temperature", "temperature") if options.temperature
                        else ("timestamp_granularities[]=word", "timestamp_granularities[]"))
        where = "on translations" if translation else f"(engine {runtime.engine_name!r})"
        raise ServeError(400, f"this engine does not support `{field}` {where}",
                         code="unsupported_value", param=param)
    return options


def render(response_format: str, task: str, text: str, language: str | None, duration: float,
           segments: list[Segment], words: list[Any] | None = None) -> Response:
    """The response in the asked format."""
    if response_format == "text":
        return PlainTextResponse(text + "\n" if text else "")
    if response_format == "srt":
        return PlainTextResponse(formats.srt(segments))
    if response_format == "vtt":
        return PlainTextResponse(formats.vtt(segments), media_type="text/vtt")
    if response_format == "verbose_json":
        return JSONResponse(formats.verbose(task, text, language, duration, segments, words))
    return JSONResponse({"text": text})


async def _stream(text: str, segments: list[Segment]) -> AsyncIterator[bytes]:
    pieces = [s.text.strip() for s in segments if s.text.strip()] or ([text] if text else [])
    for i, piece in enumerate(pieces):
        yield event({"type": "transcript.text.delta", "delta": piece if i == 0 else " " + piece})
    yield event({"type": "transcript.text.done", "text": text})


@router.post("/v1/audio/transcriptions")
async def transcriptions(
    request: Request,
    file: Annotated[UploadFile, File(description="The audio file.")],
    model: Annotated[str | None, Form()] = None,
    language: Annotated[str | None, Form()] = None,
    prompt: Annotated[str | None, Form()] = None,
    response_format: Annotated[str, Form()] = "json",
    timestamp_granularities: Annotated[list[str] | None, Form(alias="timestamp_granularities[]")] = None,
    temperature: Annotated[float | None, Form()] = None,
    stream: Annotated[bool, Form()] = False,
) -> Response:
    """Speech to text (``asr``)."""
    runtime = runtime_of(request)
    check_model(runtime, model)
    check_format(response_format)
    for granularity in timestamp_granularities or []:
        if granularity not in ("segment", "word"):
            raise ServeError(400, f"timestamp_granularities[] takes segment or word, got {granularity!r}",
                             code="invalid_value", param="timestamp_granularities[]")
    words_asked = "word" in (timestamp_granularities or []) and response_format == "verbose_json" and not stream
    options = decode_options(runtime, prompt, temperature, words_asked)
    data, name = await read_upload(file)
    words: list[Any] | None = None
    if options.is_default:
        result, duration = await runtime.run_task(request, "asr", data, name=name,
                                                  params={"language": language or None})
        text, lang = result.text, getattr(result, "language", None)
        segments = list(getattr(result, "segments", []) or [])
    else:
        detailed, duration = await runtime.transcribe_with(request, data, name=name, language=language or None,
                                                           options=options)
        text, lang = detailed.transcript.text, detailed.transcript.language
        segments = list(detailed.transcript.segments)
        words = list(detailed.words) if options.word_timestamps else None
    if stream:
        return sse_response(_stream(text, segments))
    return render(response_format, "transcribe", text, lang, duration, segments, words)


@router.post("/v1/audio/translations")
async def translations(
    request: Request,
    file: Annotated[UploadFile, File(description="The audio file.")],
    model: Annotated[str | None, Form()] = None,
    prompt: Annotated[str | None, Form()] = None,
    response_format: Annotated[str, Form()] = "json",
    temperature: Annotated[float | None, Form()] = None,
) -> Response:
    """Speech in any language to English text (``st`` with target English)."""
    runtime = runtime_of(request)
    check_model(runtime, model)
    check_format(response_format)
    decode_options(runtime, prompt, temperature, translation=True)
    data, name = await read_upload(file)
    result, duration = await runtime.run_task(request, "st", data, name=name, params={"target_lang": "en"})
    source: Any = getattr(result, "source_lang", None)
    segments = [Segment(0.0, round(duration, 2), result.text)] if result.text else []
    return render(response_format, "translate", result.text, source, duration, segments)
