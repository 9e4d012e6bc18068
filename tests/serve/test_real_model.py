"""The service on the real embedded engine (Whisper tiny.en, ...) with real speech: the answers over
HTTP equal the in-process answers (slow: loads real models)."""

from __future__ import annotations

import base64
from collections.abc import Iterator

import openai
import pytest
import speech
from helpers import ThreadServer

from wavllm_agent.api import ask, load_engine, run_task
from wavllm_agent.serve.settings import ServeSettings

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def engine():  # type: ignore[no-untyped-def]
    return load_engine("embedded")


@pytest.fixture(scope="module")
def client(engine) -> Iterator[openai.OpenAI]:  # type: ignore[no-untyped-def]
    with ThreadServer(ServeSettings(port=0, api_key="k"), engine) as server:
        yield openai.OpenAI(api_key="k", base_url=server.url + "/v1", max_retries=0, timeout=300)


def test_transcription_equals_in_process(client: openai.OpenAI, engine) -> None:  # type: ignore[no-untyped-def]
    clip = speech.librivox()[0]
    want = run_task("asr", clip.path, engine)
    got = client.audio.transcriptions.create(model="embedded", file=clip.path, response_format="verbose_json")
    assert got.text == want.text
    assert [(s.start, s.end, s.text) for s in got.segments] == [(s.start, s.end, s.text) for s in want.segments]
    words = set(clip.text.lower().split())
    heard = set(got.text.lower().replace(",", "").replace(".", "").split())
    assert len(words & heard) >= 0.6 * len(words)  # real speech recognised, not just echoed


def test_chat_input_audio_equals_ask(client: openai.OpenAI, engine) -> None:  # type: ignore[no-untyped-def]
    clip = speech.librivox()[1]
    want = ask(clip.path, "transcribe it", engine)
    data = base64.b64encode(clip.path.read_bytes()).decode()
    got = client.chat.completions.create(model="embedded", messages=[{"role": "user", "content": [
        {"type": "text", "text": "transcribe it"},
        {"type": "input_audio", "input_audio": {"data": data, "format": "wav"}}]}])
    assert got.choices[0].message.content == want.answer
    assert [s["task"] for s in got.model_extra["wavllm"]["steps"]] == [s.task for s in want.steps]


def test_chat_stream_tokens_live_and_equal_to_the_answer(client: openai.OpenAI) -> None:
    clip = speech.librivox()[1]
    data = base64.b64encode(clip.path.read_bytes()).decode()
    messages = [{"role": "user", "content": [
        {"type": "text", "text": "In one sentence, what is the speaker talking about?"},  # sqa: one generation
        {"type": "input_audio", "input_audio": {"data": data, "format": "wav"}}]}]
    chunks = list(client.chat.completions.create(model="embedded", messages=messages, stream=True,
                                                 max_tokens=64))
    kinds = ["content" if c.choices[0].delta.content else (c.model_extra or {}).get("wavllm", {}).get("event")
             for c in chunks]
    pieces = [c.choices[0].delta.content for c in chunks if c.choices[0].delta.content]
    assert len(pieces) > 1
    assert kinds.index("content") < kinds.index("step.finished")  # tokens came while the model generated
    plain = client.chat.completions.create(model="embedded", messages=messages, max_tokens=64)
    assert "".join(pieces) == plain.choices[0].message.content
    assert plain.choices[0].message.content.strip()


@pytest.mark.filterwarnings("ignore:deprecated:DeprecationWarning")
def test_translation_of_english_speech(client: openai.OpenAI, engine) -> None:  # type: ignore[no-untyped-def]
    clip = speech.librivox()[2]
    want = run_task("st", clip.path, engine, target_lang="en")
    got = client.audio.translations.create(model="embedded", file=clip.path)
    assert got.text == want.text and got.text.strip()


def test_words_prompt_and_temperature(client: openai.OpenAI, engine) -> None:  # type: ignore[no-untyped-def]
    from wavllm_agent.audio import load_audio
    from wavllm_agent.engines.embedded import DecodeOptions

    clip = speech.librivox()[0]
    default = client.audio.transcriptions.create(model="embedded", file=clip.path, response_format="verbose_json")
    zero = client.audio.transcriptions.create(model="embedded", file=clip.path, response_format="verbose_json",
                                              temperature=0)
    assert (zero.text, zero.segments) == (default.text, default.segments)  # temperature 0: today's answer
    timed = client.audio.transcriptions.create(model="embedded", file=clip.path, response_format="verbose_json",
                                               timestamp_granularities=["word", "segment"])
    words = timed.words or []
    assert " ".join("".join(w.word for w in words).split()) == " ".join(timed.text.split())
    assert all(0.0 <= w.start <= w.end <= timed.duration + 0.5 for w in words)
    assert [w.start for w in words] == sorted(w.start for w in words) and len(words) > 5
    prompt = "mrs dashwood"  # an unpunctuated lower-case prompt: Whisper follows its style
    prompted = client.audio.transcriptions.create(model="embedded", file=clip.path, prompt=prompt)
    want = engine.transcribe_with(load_audio(clip.path), options=DecodeOptions(prompt=prompt))
    assert prompted.text == want.transcript.text  # the prompt reached the decoding, as in-process
    assert prompted.text != default.text  # ... and changed it ("and mr. John dashwood ... for them")
    reference = set(clip.text.lower().split())
    heard = set(prompted.text.lower().replace(",", "").replace(".", "").split())
    assert len(reference & heard) >= 0.6 * len(reference)
