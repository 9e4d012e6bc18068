"""The OpenAI-compatible endpoints driven by the official ``openai`` client, against a real uvicorn
server on 127.0.0.1 serving a FAKE engine (plumbing: shapes, formats, streaming, traces)."""

from __future__ import annotations

import base64
import io
from collections.abc import Iterator

import httpx
import openai
import pytest
from helpers import ThreadServer, wav_bytes
from serve_fakes import EchoFakeEngine

from wavllm_agent.serve.settings import ServeSettings

KEY = "test-key-123"


@pytest.fixture(scope="module")
def server() -> Iterator[ThreadServer]:
    settings = ServeSettings(port=0, api_key=KEY, max_concurrency=2, max_queue=8, request_timeout=30)
    with ThreadServer(settings, EchoFakeEngine()) as running:
        yield running


@pytest.fixture(scope="module")
def client(server: ThreadServer) -> openai.OpenAI:
    return openai.OpenAI(api_key=KEY, base_url=server.url + "/v1", max_retries=0, timeout=30)


def clip(seconds: float) -> tuple[str, bytes, str]:
    return ("clip.wav", wav_bytes(seconds), "audio/wav")


def test_transcription_json(client: openai.OpenAI) -> None:
    out = client.audio.transcriptions.create(model="whisper-1", file=clip(1.5))
    assert out.text == "first half of 1.50 seconds second half of 1.50 seconds"


def test_transcription_verbose_json_has_segments(client: openai.OpenAI) -> None:
    out = client.audio.transcriptions.create(model="fake", file=clip(2.0), response_format="verbose_json",
                                             timestamp_granularities=["segment"], language="en")
    assert out.duration == pytest.approx(2.0, abs=0.01)
    assert out.language == "en"
    assert [s.text for s in out.segments] == ["first half of 2.00 seconds", "second half of 2.00 seconds"]
    assert out.segments[1].start == pytest.approx(1.0)
    assert out.segments[1].end == pytest.approx(2.0)


def test_transcription_text_srt_vtt(client: openai.OpenAI) -> None:
    text = client.audio.transcriptions.create(model="whisper-1", file=clip(1.0), response_format="text")
    assert text.strip() == "first half of 1.00 seconds second half of 1.00 seconds"
    srt = client.audio.transcriptions.create(model="whisper-1", file=clip(1.0), response_format="srt")
    assert "1\n00:00:00,000 --> 00:00:00,500\nfirst half of 1.00 seconds" in srt
    assert "2\n00:00:00,500 --> 00:00:01,000\nsecond half" in srt
    vtt = client.audio.transcriptions.create(model="whisper-1", file=clip(1.0), response_format="vtt")
    assert vtt.startswith("WEBVTT")
    assert "00:00:00.500 --> 00:00:01.000\nsecond half of 1.00 seconds" in vtt


def test_transcription_stream_events(client: openai.OpenAI) -> None:
    events = list(client.audio.transcriptions.create(model="whisper-1", file=clip(1.0), stream=True))
    kinds = [e.type for e in events]
    assert kinds == ["transcript.text.delta", "transcript.text.delta", "transcript.text.done"]
    assert "".join(e.delta for e in events[:-1]) == events[-1].text
    assert events[-1].text == "first half of 1.00 seconds second half of 1.00 seconds"


@pytest.mark.filterwarnings("ignore:deprecated:DeprecationWarning")  # the openai client marks translations so
def test_translation(client: openai.OpenAI) -> None:
    out = client.audio.translations.create(model="whisper-1", file=clip(1.25))
    assert out.text == "translated 1.25 seconds into en"
    verbose = client.audio.translations.create(model="whisper-1", file=clip(1.25), response_format="verbose_json")
    assert verbose.language == "fr"
    assert verbose.segments[0].end == pytest.approx(1.25)


def test_unknown_model_is_404(client: openai.OpenAI) -> None:
    with pytest.raises(openai.NotFoundError) as info:
        client.audio.transcriptions.create(model="gpt-9-audio", file=clip(1.0))
    assert "gpt-9-audio" in str(info.value)


def test_models(client: openai.OpenAI) -> None:
    ids = [m.id for m in client.models.list()]
    assert ids[0] == "fake"
    assert "whisper-1" in ids


def _audio_message(text: str, seconds: float = 1.0) -> list[dict]:
    data = base64.b64encode(wav_bytes(seconds)).decode()
    return [{"role": "user", "content": [{"type": "text", "text": text},
                                         {"type": "input_audio", "input_audio": {"data": data, "format": "wav"}}]}]


def test_chat_with_input_audio_runs_the_plan(client: openai.OpenAI) -> None:
    out = client.chat.completions.create(model="fake", messages=_audio_message("transcribe it", 1.5))
    assert out.choices[0].message.content == "first half of 1.50 seconds second half of 1.50 seconds"
    trace = out.model_extra["wavllm"]
    assert [s["task"] for s in trace["steps"]] == ["asr"]
    assert trace["steps"][0]["result"]["segments"][0]["text"] == "first half of 1.50 seconds"


def test_chat_stream_steps_then_tokens(client: openai.OpenAI) -> None:
    chunks = list(client.chat.completions.create(model="fake", messages=_audio_message("transcribe it"),
                                                 stream=True))
    events = [c.model_extra.get("wavllm", {}).get("event") for c in chunks]
    assert events.index("step.started") < events.index("step.finished") < events.index("done")
    content = "".join(c.choices[0].delta.content or "" for c in chunks)
    assert content == "first half of 1.00 seconds second half of 1.00 seconds"
    assert sum(1 for c in chunks if c.choices[0].delta.content) >= 5  # token by token, not one block
    assert chunks[-1].choices[0].finish_reason == "stop"


def test_chat_audio_from_an_earlier_turn(client: openai.OpenAI) -> None:
    messages = _audio_message("transcribe it", 2.0) + [
        {"role": "assistant", "content": "done"}, {"role": "user", "content": "transcribe it again"}]
    out = client.chat.completions.create(model="fake", messages=messages)
    assert "2.00 seconds" in out.choices[0].message.content


def test_native_task_matches_run_json(server: ThreadServer) -> None:
    headers = {"Authorization": f"Bearer {KEY}"}
    files = {"file": ("a.wav", wav_bytes(1.0)), "file2": ("b.wav", wav_bytes(2.0))}
    with httpx.Client(base_url=server.url, headers=headers, timeout=30) as http:
        sv = http.post("/v1/tasks/sv", files=files)
        assert sv.status_code == 200, sv.text
        assert sv.json()["task"] == "sv"
        assert sv.json()["same_speaker"] is True
        assert sv.json()["mode"] == "pair"
        asr = http.post("/v1/tasks/asr", files={"file": ("a.wav", wav_bytes(1.0))}, data={"language": "en"})
        assert asr.json()["segments"][1]["text"] == "second half of 1.00 seconds"
        assert set(asr.json()) >= {"task", "text", "engine", "segments"}
        bad = http.post("/v1/tasks/asr", files={"file": ("a.wav", wav_bytes(1.0))}, data={"colour": "red"})
        assert bad.status_code == 400
        assert "colour" in bad.json()["error"]["message"]
        listed = http.get("/v1/tasks").json()["tasks"]
        assert {"asr", "st", "sv", "er", "sqa"} <= {t["name"] for t in listed}


def test_health_needs_no_key(server: ThreadServer) -> None:
    body = httpx.get(server.url + "/health", timeout=10).json()
    assert body["status"] == "ok"
    assert body["engine"] == "fake"
    assert body["served"] >= 0


def test_binary_stream_of_file_object(client: openai.OpenAI) -> None:
    out = client.audio.transcriptions.create(model="whisper-1", file=("x.wav", io.BytesIO(wav_bytes(0.5))))
    assert "0.50 seconds" in out.text
