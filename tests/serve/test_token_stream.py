"""``stream=true`` chat completions stream the answer token by token while the model generates it,
and the content deltas always add up to the non-streamed answer (FAKE engine: plumbing only)."""

from __future__ import annotations

import base64
from collections.abc import Iterator

import openai
import pytest
from helpers import ThreadServer, wav_bytes
from serve_fakes import ByteTokenizer, TokenFakeEngine

from wavllm_agent.serve.settings import ServeSettings
from wavllm_agent.serve.tokens import AnswerTokens
from wavllm_agent.streaming import IncrementalDecoder

REPLY = "  Paris est la capitale — ça va, naïve café.\n"
QUESTION = "ignore the audio clip, what is the capital of France?"  # one `instruct` step: one generation


@pytest.fixture()
def engine() -> TokenFakeEngine:
    return TokenFakeEngine(REPLY)


@pytest.fixture()
def client(engine: TokenFakeEngine) -> Iterator[openai.OpenAI]:
    settings = ServeSettings(port=0, max_concurrency=1, max_queue=4, request_timeout=30)
    with ThreadServer(settings, engine) as server:
        yield openai.OpenAI(api_key="none", base_url=server.url + "/v1", max_retries=0, timeout=30)


def _messages(text: str) -> list[dict]:
    data = base64.b64encode(wav_bytes(1.0)).decode()
    return [{"role": "user", "content": [{"type": "text", "text": text},
                                         {"type": "input_audio", "input_audio": {"data": data, "format": "wav"}}]}]


def _events(chunks: list) -> list[str]:
    """Each chunk as "content" or its wavllm event name."""
    return ["content" if c.choices[0].delta.content else (c.model_extra or {}).get("wavllm", {}).get("event", "")
            for c in chunks]


def test_answer_streams_while_the_model_generates(client: openai.OpenAI, engine: TokenFakeEngine) -> None:
    chunks = []
    for chunk in client.chat.completions.create(model="fake-tokens", messages=_messages(QUESTION), stream=True):
        chunks.append(chunk)
        if chunk.choices[0].delta.content:
            engine.client_saw_content.set()  # the model is still waiting for this before its next tokens
    assert engine.waited is True  # the first delta reached the client mid-generation
    events = _events(chunks)
    assert events.index("content") < events.index("step.finished") < events.index("done")
    assert events.count("content") > 10  # byte tokens, multi-byte characters whole
    content = "".join(c.choices[0].delta.content or "" for c in chunks)
    plain = client.chat.completions.create(model="fake-tokens", messages=_messages(QUESTION))
    assert content == plain.choices[0].message.content == REPLY.strip()
    assert "\ufffd" not in content


def test_checked_steps_stream_as_progress_not_content(client: openai.OpenAI, engine: TokenFakeEngine) -> None:
    engine.client_saw_content.set()
    question = "transcribe it and summarize it in five words"  # the summary is cleaned and checked
    chunks = list(client.chat.completions.create(model="fake-tokens", messages=_messages(question), stream=True))
    events = _events(chunks)
    tokens = [c.model_extra["wavllm"] for c, e in zip(chunks, events, strict=True) if e == "step.token"]
    assert len(tokens) > 10 and all(t["index"] >= 0 and t["generation"] >= 1 for t in tokens)
    last_finished = len(events) - 1 - events[::-1].index("step.finished")
    assert "content" not in events[:last_finished]  # the answer comes once it is final
    content = "".join(c.choices[0].delta.content or "" for c in chunks)
    plain = client.chat.completions.create(model="fake-tokens", messages=_messages(question))
    assert content == plain.choices[0].message.content
    assert chunks[-1].model_extra["wavllm"]["answer"] == content


def test_a_changed_answer_ends_in_an_error_not_wrong_text(client: openai.OpenAI,
                                                          engine: TokenFakeEngine) -> None:
    engine.client_saw_content.set()
    engine.returned = "Lyon."  # a task that streamed one text and answered another
    with pytest.raises(openai.APIError, match="not the final answer"):
        list(client.chat.completions.create(model="fake-tokens", messages=_messages(QUESTION), stream=True))


def test_incremental_decoder_keeps_characters_whole() -> None:
    got: list[str] = []

    class Sink:
        starts = 0

        def start(self) -> None:
            Sink.starts += 1

        def __call__(self, delta: str) -> None:
            got.append(delta)

    decoder = IncrementalDecoder(ByteTokenizer(), Sink())
    for byte in "é—ç".encode():
        decoder.push([byte])
    decoder.finish()
    assert got == ["é", "—", "ç"] and Sink.starts == 1

    class Tidy(ByteTokenizer):  # like clean_up_tokenization_spaces: " ." becomes "."
        def decode(self, ids, skip_special_tokens=True):  # type: ignore[no-untyped-def]
            return super().decode(ids).replace(" .", ".")

    got.clear()
    decoder = IncrementalDecoder(Tidy(), Sink())
    for byte in b"Hi . ":
        decoder.push([byte])
    decoder.finish()
    assert "".join(got) == "Hi. "


def test_answer_tokens_hold_edge_whitespace_and_stop_at_a_second_generation() -> None:
    sent: list[tuple[str, object]] = []
    sink = AnswerTokens(lambda kind, payload: sent.append((kind, payload)), {"instruct": type("T", (), {
        "streams_text": True})()})
    step = type("S", (), {"task": "instruct", "input": None, "implicit": False})()
    sink.on_step(type("E", (), {"kind": "started", "index": 0, "total": 1, "step": step})())
    sink.start()
    for piece in ["\n ", "Hi", " ", "there", " \n"]:
        sink(piece)
    sink.start()  # a retry: not the answer any more
    sink("again")
    assert [p for k, p in sent if k == "content"] == ["Hi", " there"]
    assert sent[-1] == ("token", {"event": "step.token", "index": 0, "generation": 2, "delta": "again"})
