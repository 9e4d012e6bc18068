"""Bad input and overload against a real uvicorn server (FAKE engine): each a clear 4xx (or 5xx) in
OpenAI's error shape, no traceback, and the server still serving the next request."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator

import httpx
import openai
import pytest
from helpers import ThreadServer, wav_bytes, wav_header_claiming
from serve_fakes import EchoFakeEngine

from wavllm_agent.serve.settings import ServeSettings

KEY = "s3cret"
AUTH = {"Authorization": f"Bearer {KEY}"}
LIMIT = 1024 * 1024


@pytest.fixture(scope="module")
def engine() -> EchoFakeEngine:
    return EchoFakeEngine()


@pytest.fixture(scope="module")
def server(engine: EchoFakeEngine) -> Iterator[ThreadServer]:
    settings = ServeSettings(port=0, api_key=KEY, max_upload_bytes=LIMIT, max_audio_seconds=60,
                             max_concurrency=1, max_queue=1, request_timeout=3)
    with ThreadServer(settings, engine) as running:
        yield running


@pytest.fixture
def http(server: ThreadServer, engine: EchoFakeEngine) -> Iterator[httpx.Client]:
    engine.release = None
    engine.fail = False
    with httpx.Client(base_url=server.url, headers=AUTH, timeout=20) as client:
        yield client
        still_serving(client)


def still_serving(http: httpx.Client) -> None:
    """A good request right after: the server is still answering correctly."""
    good = http.post("/v1/audio/transcriptions", files={"file": ("ok.wav", wav_bytes(0.5))},
                     data={"model": "whisper-1"})
    assert good.status_code == 200, good.text
    assert good.json()["text"] == "first half of 0.50 seconds second half of 0.50 seconds"


def assert_error(response: httpx.Response, status: int, *words: str) -> dict:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body["error"]) >= {"message", "type", "code"}
    message = body["error"]["message"]
    assert "Traceback" not in response.text
    for word in words:
        assert word.lower() in message.lower(), message
    return body["error"]


def transcribe(http: httpx.Client, data: dict | None = None, **kwargs: object) -> httpx.Response:
    form = {"model": "whisper-1", **(data or {})}
    return http.post("/v1/audio/transcriptions", data=form, **kwargs)  # type: ignore[arg-type]


def test_no_file(http: httpx.Client) -> None:
    assert_error(transcribe(http), 400, "file", "required")


def test_empty_file(http: httpx.Client) -> None:
    assert_error(transcribe(http, files={"file": ("empty.wav", b"")}), 400, "empty")


def test_pdf(http: httpx.Client) -> None:
    pdf = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n" * 20
    assert_error(transcribe(http, files={"file": ("doc.pdf", pdf)}), 400, "cannot decode")


def test_wav_header_claiming_two_hours(http: httpx.Client) -> None:
    error = assert_error(transcribe(http, files={"file": ("long.wav", wav_header_claiming(7200))}), 413,
                         "7200", "limit")
    assert error["code"] == "too_large"


def test_wrong_and_missing_key(server: ThreadServer) -> None:
    wrong = openai.OpenAI(api_key="not-the-key", base_url=server.url + "/v1", max_retries=0)
    with pytest.raises(openai.AuthenticationError) as info:
        wrong.audio.transcriptions.create(model="whisper-1", file=("a.wav", wav_bytes(0.5)))
    assert "incorrect api key" in str(info.value).lower()
    missing = httpx.post(server.url + "/v1/audio/transcriptions", files={"file": ("a.wav", wav_bytes(0.5))})
    assert_error(missing, 401, "missing api key")
    assert_error(httpx.get(server.url + "/v1/models"), 401, "api key")


def test_oversize_upload_declared(http: httpx.Client) -> None:
    big = b"\0" * (LIMIT + 10)
    assert_error(transcribe(http, files={"file": ("big.wav", big)}), 413, "too large", str(LIMIT))


def test_oversize_upload_chunked(http: httpx.Client) -> None:
    def body() -> Iterator[bytes]:
        yield b"--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.wav\"\r\n\r\n"
        for _ in range(40):
            yield b"\0" * 65536  # 2.5 MiB, no Content-Length
    response = http.post("/v1/audio/transcriptions", content=body(),
                         headers={"Content-Type": "multipart/form-data; boundary=xyz"})
    assert_error(response, 413, "too large")


def test_malformed_json(http: httpx.Client) -> None:
    response = http.post("/v1/chat/completions", content=b'{"model": "fake", "messages": [',
                         headers={"Content-Type": "application/json"})
    assert_error(response, 400, "json")
    no_messages = http.post("/v1/chat/completions", json={"model": "fake"})
    assert_error(no_messages, 400, "messages")
    bad_audio = http.post("/v1/chat/completions", json={"messages": [{"role": "user", "content": [
        {"type": "input_audio", "input_audio": {"data": "%%%not-base64", "format": "wav"}}]}]})
    assert_error(bad_audio, 400, "base64")


def test_unknown_task(http: httpx.Client) -> None:
    error = assert_error(http.post("/v1/tasks/asrr", files={"file": ("a.wav", wav_bytes(0.5))}), 404,
                         "unknown task", "did you mean 'asr'")
    assert error["code"] == "unknown_task"


def test_unknown_endpoint(http: httpx.Client) -> None:
    assert_error(http.get("/v1/nothing-here"), 404, "no such endpoint")


def test_bad_response_format(http: httpx.Client) -> None:
    response = transcribe(http, files={"file": ("a.wav", wav_bytes(0.5))}, data={"response_format": "xml"})
    assert_error(response, 400, "response_format")


def test_engine_failure_is_500_without_traceback(http: httpx.Client, engine: EchoFakeEngine) -> None:
    engine.fail = True
    error = assert_error(transcribe(http, files={"file": ("a.wav", wav_bytes(0.5))}), 500, "fake model broke")
    assert error["type"] == "server_error"
    engine.fail = False


def _raw_upload(server: ThreadServer, declared: int, sent: int) -> socket.socket:
    sock = socket.create_connection(("127.0.0.1", server.port), timeout=10)
    head = (f"POST /v1/audio/transcriptions HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {KEY}\r\n"
            f"Content-Type: multipart/form-data; boundary=b0undary\r\nContent-Length: {declared}\r\n\r\n")
    part = b"--b0undary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.wav\"\r\n\r\n"
    sock.sendall(head.encode() + part + b"\0" * sent)
    return sock


def test_client_hangs_up_mid_upload(http: httpx.Client, server: ThreadServer) -> None:
    for _ in range(3):
        _raw_upload(server, declared=500_000, sent=20_000).close()
    health = httpx.get(server.url + "/health").json()
    assert health["active"] == 0
    assert health["queued"] == 0


def _wait(predicate, seconds: float = 10.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while not predicate():
        assert time.monotonic() < deadline, "timed out waiting"
        time.sleep(0.02)


def _health(server: ThreadServer) -> dict:
    return httpx.get(server.url + "/health").json()


def test_full_queue_is_429_with_retry_after(http: httpx.Client, server: ThreadServer,
                                            engine: EchoFakeEngine) -> None:
    engine.release = threading.Event()
    before = engine.started
    answers: list[httpx.Response] = []

    def send() -> None:
        with httpx.Client(base_url=server.url, headers=AUTH, timeout=20) as own:
            answers.append(transcribe(own, files={"file": ("a.wav", wav_bytes(0.5))}))

    threads = [threading.Thread(target=send) for _ in range(2)]
    for t in threads:
        t.start()
    _wait(lambda: engine.started == before + 1 and _health(server)["queued"] == 1)
    refused = transcribe(http, files={"file": ("a.wav", wav_bytes(0.5))})
    assert_error(refused, 429, "busy")
    assert int(refused.headers["Retry-After"]) >= 1
    engine.release.set()
    for t in threads:
        t.join(20)
    assert [a.status_code for a in answers] == [200, 200]


def test_timeout_is_504(http: httpx.Client, engine: EchoFakeEngine) -> None:
    engine.release = threading.Event()
    try:
        started = time.monotonic()
        response = transcribe(http, files={"file": ("a.wav", wav_bytes(0.5))})
        assert_error(response, 504, "took over 3 s")
        assert time.monotonic() - started < 15
    finally:
        engine.release.set()
    _wait(lambda: _health_of(http)["active"] == 0)


def _health_of(http: httpx.Client) -> dict:
    return http.get("/health").json()


def test_client_gone_while_queued_frees_its_slot(http: httpx.Client, server: ThreadServer,
                                                 engine: EchoFakeEngine) -> None:
    engine.release = threading.Event()
    running: list[httpx.Response] = []
    worker = threading.Thread(target=lambda: running.append(
        transcribe(httpx.Client(base_url=server.url, headers=AUTH, timeout=20),
                   files={"file": ("a.wav", wav_bytes(0.5))})))
    try:
        worker.start()
        _wait(lambda: _health(server)["active"] == 1)
        body = wav_bytes(0.5)
        queued = socket.create_connection(("127.0.0.1", server.port), timeout=10)
        form = (b"--b0undary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.wav\"\r\n\r\n"
                + body + b"\r\n--b0undary--\r\n")
        queued.sendall((f"POST /v1/audio/transcriptions HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {KEY}\r\n"
                        f"Content-Type: multipart/form-data; boundary=b0undary\r\nContent-Length: {len(form)}"
                        "\r\n\r\n").encode() + form)
        _wait(lambda: _health(server)["queued"] == 1)
        queued.close()  # hang up while waiting for a slot
        _wait(lambda: _health(server)["queued"] == 0)
        assert _health(server)["active"] == 1  # the running request is untouched
    finally:
        engine.release.set()
        worker.join(20)
    assert running[0].status_code == 200


@pytest.fixture(scope="module")
def patient() -> Iterator[tuple[ThreadServer, EchoFakeEngine]]:
    """A second server, one slot and one queue place, with a long timeout (the stream must outlive waits)."""
    engine = EchoFakeEngine()
    settings = ServeSettings(port=0, api_key=KEY, max_concurrency=1, max_queue=1, request_timeout=60)
    with ThreadServer(settings, engine) as running:
        yield running, engine


def test_streaming_client_gone_while_queued_frees_its_slot(patient: tuple[ThreadServer, EchoFakeEngine]) -> None:
    import base64

    server, engine = patient
    engine.release = threading.Event()
    running: list[httpx.Response] = []
    worker = threading.Thread(target=lambda: running.append(
        transcribe(httpx.Client(base_url=server.url, headers=AUTH, timeout=60),
                   files={"file": ("a.wav", wav_bytes(0.5))})))
    try:
        worker.start()
        _wait(lambda: _health(server)["active"] == 1)
        audio = base64.b64encode(wav_bytes(0.5)).decode()
        body = {"model": "fake", "stream": True, "messages": [{"role": "user", "content": [
            {"type": "text", "text": "transcribe it"},
            {"type": "input_audio", "input_audio": {"data": audio, "format": "wav"}}]}]}
        with httpx.Client(base_url=server.url, headers=AUTH, timeout=20) as streamer:
            with streamer.stream("POST", "/v1/chat/completions", json=body) as response:
                assert response.status_code == 200
                lines = response.iter_lines()
                first = next(lines)
                assert first.startswith("data: ") and '"role": "assistant"' in first
                assert _health(server)["queued"] == 1, _health(server)  # (keep `lines`: dropping it hangs up)
        _wait(lambda: _health(server)["queued"] == 0)  # hung up mid-stream: the slot is back
        assert _health(server)["active"] == 1
    finally:
        engine.release.set()
        worker.join(20)
    assert running[0].status_code == 200
    assert running[0].json()["text"] == "first half of 0.50 seconds second half of 0.50 seconds"
