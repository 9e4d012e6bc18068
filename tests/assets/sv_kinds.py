"""Speaker-verification trials on several kinds of audio, split into calibration and held-out speakers.

Run ``python tests/assets/sv_kinds.py`` to print the per-kind figures quoted in docs/speakers.md,
and ``python tests/assets/sv_kinds.py --steps`` for the front end compared step by step.

Kinds (every utterance is a real human voice except ``espeak``):

* ``read``: read speech, 16 kHz: the LibriVox reader, the pocketsphinx ``cards`` speaker, the
  release's LibriSpeech/``st``/``emo`` recordings, two CMU ARCTIC speakers (PyPI sdists).
* ``meeting``: the AMI meeting excerpts (CC BY 4.0) that ship with pyannote.audio's test data
  (``pyannote_audio-4.0.7.tar.gz`` on PyPI, 13 one-minute files with speaker turns in RTTM):
  single-speaker stretches of 1 s or more, cut from the turns without overlap, joined per speaker
  and file into 2-4 s utterances.
* ``telephone``: the same real utterances as a phone call would deliver them: band-limited to
  300-3400 Hz, 8 kHz, 8-bit mu-law; handed over at 8 kHz (each side resamples it itself).
* ``espeak``: espeak-ng voice variants, four sentences each.

The split was fixed before any threshold was calibrated and never changed after seeing a score:
AMI speakers of pyannote's ``train`` files calibrate, those of its ``development`` and ``test``
files are held out; read-speech speakers and espeak voices are split by name below. Telephone
trials use the same split as the speech they were made from.
"""

from __future__ import annotations

import hashlib
import io
import itertools
import re
import sys
import tarfile
import tempfile
import unicodedata
import urllib.request
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))  # speaker_trials
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # speech
import speaker_trials  # noqa: E402
import speech  # noqa: E402

SR = 16_000
PHONE_SR = 8_000
KINDS = ("read", "meeting", "telephone", "espeak")

AMI_SDIST = "pyannote_audio-4.0.7.tar.gz"
AMI_DIR = speech.DATA / "ami-pyannote"
AMI_HELD_OUT_FILES = ("dev", "tst")  # pyannote's development and test files

READ_HELD_OUT = {"cards", "st", "arctic_a0007"}
READ_CALIBRATION = {"librivox", "asr", "emo", "arctic_a0009"}

ESPEAK_TEXTS = (
    "The quick brown fox jumps over the lazy dog near the river bank.",
    "Please call me back this afternoon, I will be at the office until five.",
    "Every morning she walks to the station and buys a newspaper on the way.",
    "We need to finish the report before the meeting on Thursday.",
)
ESPEAK_CALIBRATION = ("en-us+m1", "en-us+f2", "en-gb+m3", "en-us+klatt", "en-gb-scotland+f4")
ESPEAK_HELD_OUT = ("en-us+m2", "en-us+f1", "en-gb+m4", "en-us+klatt3", "en-gb-x-rp+f3")


@dataclass(frozen=True)
class Utt:
    """One utterance: who speaks, its kind, calibration or held-out, the samples and their rate."""

    speaker: str
    kind: str
    held_out: bool
    wav: np.ndarray
    rate: int


# -- sources --------------------------------------------------------------------------------------
def _ami_files() -> Path:
    """pyannote.audio's AMI test excerpts (wav + rttm), fetched once from PyPI into tests/.data."""
    done = AMI_DIR / "debug.test.rttm"
    if done.is_file():
        return AMI_DIR
    import pytest

    AMI_DIR.mkdir(parents=True, exist_ok=True)
    try:
        with urllib.request.urlopen(f"{speech.SIMPLE_INDEX}/pyannote-audio/", timeout=60) as page:
            links = speech._Links()
            links.feed(page.read().decode())
        url = next(u for u in links.links if u.split("#")[0].endswith("/" + AMI_SDIST))
        with urllib.request.urlopen(url.split("#")[0], timeout=300) as resp:
            data = resp.read()
    except (OSError, StopIteration) as exc:
        pytest.skip(f"cannot fetch {AMI_SDIST} from PyPI for meeting speech: {exc}")
    if "#sha256=" in url and hashlib.sha256(data).hexdigest() != url.split("#sha256=")[1]:
        raise ValueError(f"hash mismatch for {url}")
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        for info in tar.getmembers():
            name = info.name.rsplit("/", 1)[-1]
            if "/tests/data/" in info.name and name.endswith((".wav", ".rttm")) and name != "empty.wav":
                name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()  # trñ00
                (AMI_DIR / name).write_bytes(tar.extractfile(info).read())  # type: ignore[union-attr]
    return AMI_DIR


def _rttm_turns(folder: Path) -> dict[str, list[tuple[str, float, float]]]:
    """File -> [(speaker, start, end)] from every rttm in ``folder``."""
    turns: dict[str, list[tuple[str, float, float]]] = {}
    for rttm in sorted(folder.glob("*.rttm")):
        for line in rttm.read_text(encoding="utf-8").splitlines():
            f = line.split()
            if len(f) >= 8 and f[0] == "SPEAKER":
                turns.setdefault(f[1], []).append((f[7], float(f[3]), float(f[3]) + float(f[4])))
    return turns


def _clean_stretches(turns: list[tuple[str, float, float]], min_s: float) -> list[tuple[str, float, float]]:
    """Parts of each turn that overlap no other speaker's turn, ``min_s`` seconds or longer."""
    out = []
    for spk, start, end in turns:
        pieces = [(start, end)]
        for other, s2, e2 in turns:
            if other == spk:
                continue
            pieces = [p for a, b in pieces for p in ((a, min(b, s2)), (max(a, e2), b)) if p[1] > p[0]]
        out += [(spk, a, b) for a, b in pieces if b - a >= min_s]
    return out


def meeting_utterances(*, min_stretch: float = 1.0, min_len: float = 2.0, max_len: float = 4.0) -> list[Utt]:
    """Single-speaker AMI utterances of ``min_len``-``max_len`` s, joined per speaker and file."""
    folder = _ami_files()
    utts = []
    for file, turns in sorted(_rttm_turns(folder).items()):
        wav = speaker_trials.load_16k(folder / f"{file}.wav")
        held_out = file.startswith(AMI_HELD_OUT_FILES)
        by_speaker: dict[str, list[np.ndarray]] = {}
        for spk, a, b in sorted(_clean_stretches(turns, min_stretch), key=lambda t: t[1]):
            by_speaker.setdefault(spk, []).append(wav[int(a * SR):int(b * SR)])
        for spk, stretches in sorted(by_speaker.items()):
            joined = np.concatenate(stretches)
            n = int(len(joined) // (max_len * SR)) + (len(joined) % (max_len * SR) >= min_len * SR)
            for k in range(n):
                piece = joined[int(k * max_len * SR):int((k + 1) * max_len * SR)]
                if len(piece) >= min_len * SR:
                    utts.append(Utt(f"ami:{spk}", "meeting", held_out, piece, SR))
    return utts


def read_utterances() -> list[Utt]:
    """Read speech of real speakers (utterances of the existing trials, TTS-like voices left out)."""
    recs = speaker_trials.speaker_recordings()
    utts = []
    for u in speaker_trials.utterances(recs):
        if u.speaker in READ_HELD_OUT | READ_CALIBRATION:
            utts.append(Utt(u.speaker, "read", u.speaker in READ_HELD_OUT, u.wav, SR))
    return utts


def espeak_utterances(folder: Path) -> list[Utt]:
    """Four sentences by each espeak-ng voice variant (16 kHz)."""
    utts = []
    for voice in ESPEAK_CALIBRATION + ESPEAK_HELD_OUT:
        for k, text in enumerate(ESPEAK_TEXTS):
            out = speech.espeak(text, folder / f"{re.sub(r'[^a-z0-9]+', '_', voice)}_{k}.wav", voice=voice)
            utts.append(Utt(f"espeak:{voice}", "espeak", voice in ESPEAK_HELD_OUT,
                            speaker_trials.load_16k(out), SR))
    return utts


def telephone(wav_16k: np.ndarray) -> np.ndarray:
    """What a phone call delivers: 300-3400 Hz, 8 kHz, 8-bit mu-law (decoded to float, 8 kHz)."""
    from scipy.signal import butter, resample_poly, sosfilt

    band = sosfilt(butter(6, [300, 3400], btype="bandpass", fs=SR, output="sos"), wav_16k)
    narrow = resample_poly(band, 1, 2)
    peak = float(np.abs(narrow).max()) or 1.0
    x = np.clip(narrow / peak * 0.9, -1, 1)  # a phone's AGC: near full scale
    mu = 255.0
    coded = np.round(np.sign(x) * np.log1p(mu * np.abs(x)) / np.log1p(mu) * 127) / 127
    return (np.sign(coded) * np.expm1(np.abs(coded) * np.log1p(mu)) / mu).astype(np.float32)


def telephone_utterances(real: Sequence[Utt]) -> list[Utt]:
    return [Utt(u.speaker, "telephone", u.held_out, telephone(u.wav), PHONE_SR) for u in real]


def all_utterances(espeak_dir: Path | None = None) -> list[Utt]:
    real = read_utterances() + meeting_utterances()
    with tempfile.TemporaryDirectory() as tmp:
        synthetic = espeak_utterances(espeak_dir or Path(tmp))
    return real + telephone_utterances(real) + synthetic


# -- scoring --------------------------------------------------------------------------------------
Embedder = Callable[[np.ndarray, int], np.ndarray]


@dataclass
class Trials:
    """Scores of every same- and different-speaker pair within one kind and one side of the split."""

    same: np.ndarray
    diff: np.ndarray

    def accuracy(self, threshold: float) -> float:
        right = (self.same >= threshold).sum() + (self.diff < threshold).sum()
        return float(right / (len(self.same) + len(self.diff)))

    def balanced_accuracy(self, threshold: float) -> float:
        return float(((self.same >= threshold).mean() + (self.diff < threshold).mean()) / 2)

    def eer(self) -> float:
        return speaker_trials.equal_error_rate(self.same, self.diff)[0]

    def best_accuracy(self) -> tuple[float, float]:
        """(balanced accuracy, threshold) at the best threshold: an oracle, for reference only."""
        cands = np.unique(np.concatenate([self.same, self.diff]))
        accs = [self.balanced_accuracy(t) for t in cands]
        k = int(np.argmax(accs))
        return accs[k], float(cands[k])

    @staticmethod
    def pooled(parts: Sequence[Trials]) -> Trials:
        return Trials(np.concatenate([p.same for p in parts]), np.concatenate([p.diff for p in parts]))


def trials(embeds: np.ndarray, utts: Sequence[Utt], kind: str, held_out: bool) -> Trials:
    idx = [i for i, u in enumerate(utts) if u.kind == kind and u.held_out == held_out]
    sims = embeds @ embeds.T
    same, diff = [], []
    for i, j in itertools.combinations(idx, 2):
        (same if utts[i].speaker == utts[j].speaker else diff).append(float(sims[i, j]))
    return Trials(np.array(same), np.array(diff))


def calibrate(parts: Sequence[Trials]) -> float:
    """The threshold that maximises the mean over kinds of the balanced accuracy (ties: midpoint)."""
    cands = np.unique(np.concatenate([np.concatenate([p.same, p.diff]) for p in parts]))
    scores = np.array([np.mean([p.balanced_accuracy(t) for p in parts]) for t in cands])
    best = np.flatnonzero(scores == scores.max())
    lo, hi = cands[best[0]], cands[best[-1]]
    below = cands[cands < lo]
    return float((hi + (below.max() if len(below) else lo)) / 2) if len(best) == 1 else float((lo + hi) / 2)


def library_embedder() -> Embedder:
    """The library's path: load the audio (resampled as ``wavllm run sv`` does) and embed it."""
    from wavllm_agent.assets.speaker_encoder import load_speaker_encoder
    from wavllm_agent.audio import load_audio

    encoder = load_speaker_encoder()
    return lambda wav, rate: encoder.embed(load_audio(wav, sampling_rate=rate).samples)


def resemblyzer_embedder() -> Embedder:
    """Resemblyzer used directly: its ``preprocess_wav`` (librosa resampling, webrtcvad) + ``VoiceEncoder``."""
    from resemblyzer import VoiceEncoder, preprocess_wav

    encoder = VoiceEncoder("cpu", verbose=False)
    return lambda wav, rate: encoder.embed_utterance(preprocess_wav(wav, source_sr=rate))


def front_end_variants() -> dict[str, Embedder]:
    """The front end with one step swapped at a time (``--steps``): where the library and
    Resemblyzer part. Needs Resemblyzer importable (librosa, webrtcvad)."""
    import librosa
    import resemblyzer.audio as resemblyzer_audio

    from wavllm_agent.assets import speaker_frontend as fe
    from wavllm_agent.assets.speaker_encoder import load_speaker_encoder
    from wavllm_agent.audio import load_audio

    encoder = load_speaker_encoder()

    def ours(wav: np.ndarray) -> np.ndarray:
        return encoder._embed_prepared([np.asarray(wav, np.float32)])[0]

    def ffmpeg(wav: np.ndarray, rate: int) -> np.ndarray:
        return load_audio(wav, sampling_rate=rate).samples

    def soxr(wav: np.ndarray, rate: int) -> np.ndarray:
        return wav if rate == SR else librosa.resample(wav, orig_sr=rate, target_sr=SR)

    return {
        "Silero trim (the library before)": lambda w, r: ours(fe.preprocess(ffmpeg(w, r), vad="silero")),
        "Silero trim, librosa resampling": lambda w, r: ours(fe.preprocess(soxr(w, r), vad="silero")),
        "no trimming": lambda w, r: ours(fe.normalize_volume(ffmpeg(w, r))),
        "Resemblyzer's trim, our mel + LSTM": lambda w, r: ours(
            resemblyzer_audio.trim_long_silences(fe.normalize_volume(soxr(w, r)))),
        "WebRTC trim (the library now)": lambda w, r: ours(fe.preprocess(ffmpeg(w, r))),
        "Resemblyzer used directly": resemblyzer_embedder(),
    }


def embed_all(embedder: Embedder, utts: Sequence[Utt]) -> np.ndarray:
    return np.stack([embedder(u.wav, u.rate) for u in utts])


def report(name: str, embeds: np.ndarray, utts: Sequence[Utt], fixed: float | None = None) -> float:
    calib = [trials(embeds, utts, k, False) for k in KINDS]
    threshold = calibrate(calib)
    print(f"{name}: calibrated threshold {threshold:.3f}")
    for kind, c in zip(KINDS, calib, strict=True):
        h = trials(embeds, utts, kind, True)
        line = (f"  {kind:9s} calib {len(c.same)}/{len(c.diff)} EER {c.eer() * 100:5.1f} % | held-out "
                f"{len(h.same)}/{len(h.diff)} EER {h.eer() * 100:5.1f} % acc {h.accuracy(threshold) * 100:5.1f} % "
                f"bal {h.balanced_accuracy(threshold) * 100:5.1f} %")
        if fixed is not None:
            line += f" | at {fixed}: acc {h.accuracy(fixed) * 100:5.1f} % bal {h.balanced_accuracy(fixed) * 100:5.1f} %"
        best, at = h.best_accuracy()
        print(line + f" | oracle bal {best * 100:5.1f} % at {at:.3f}")
    return threshold


def steps(utts: Sequence[Utt]) -> None:
    """EER (calibration / held-out) per kind for each front-end variant, and accuracy at 0.72/0.75."""
    for name, embedder in front_end_variants().items():
        embeds = embed_all(embedder, utts)
        cells = []
        for kind in KINDS:
            c, h = trials(embeds, utts, kind, False), trials(embeds, utts, kind, True)
            cells.append(f"{kind} {c.eer() * 100:.1f}/{h.eer() * 100:.1f} "
                         f"(acc {h.accuracy(0.72) * 100:.1f}|{h.accuracy(0.75) * 100:.1f})")
        print(f"{name}: " + "; ".join(cells), flush=True)


def main() -> None:
    import time

    import torch

    torch.set_num_threads(1)
    t0 = time.time()
    utts = all_utterances()
    if "--steps" in sys.argv:
        print("EER % calibration/held-out (held-out accuracy % at 0.72|0.75)")
        steps(utts)
        return
    print(f"{len(utts)} utterances ({time.time() - t0:.1f} s)")
    for kind in KINDS:
        for held in (False, True):
            spk = {u.speaker for u in utts if u.kind == kind and u.held_out == held}
            n = sum(u.kind == kind and u.held_out == held for u in utts)
            print(f"  {kind} {'held-out' if held else 'calibration'}: {n} utterances, {len(spk)} speakers")
    for name, make in (("library", library_embedder), ("resemblyzer", resemblyzer_embedder)):
        t0 = time.time()
        embeds = embed_all(make(), utts)
        print(f"[{name} embedded in {time.time() - t0:.1f} s]")
        report(name, embeds, utts, fixed=0.75)


if __name__ == "__main__":
    main()
