"""Speaker-verification trials on real speech, and the EER they give.

Run ``python tests/assets/speaker_trials.py`` to print the figures quoted in docs/models.md.

Speakers (real human speech, except the release's task recordings that sound like one TTS voice):

* ``librivox``: one LibriVox reader, 5 clips; ``cards``: one speaker, 5 short clips;
* release examples: ``asr`` (LibriSpeech), ``st``, ``emo``, and ``cot``/``story``/``sqqa``, which
  score as one voice (0.86-0.89 across files, probably the same TTS voice): they are grouped, and
  never used as a different-speaker pair with each other;
* CMU ARCTIC ``arctic_a0007``, ``arctic_a0009`` and ``amfm_sample`` from PyPI packages.

Two-file trials compare utterances: recordings longer than 8 s are cut into 2-3 equal pieces.
One-file ("one speaker throughout?") trials use single-speaker recordings and joins of two
speakers (each turn 3 s or more), plus the release's ``sv.wav`` (two utterances, reference "one
speaker") and its two dialogues (``sqa.wav``, ``II-task.wav``).
"""

from __future__ import annotations

import itertools
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/: the shared speech helper
import speech  # noqa: E402

SR = 16_000
TTS_GROUP = {"cot", "story", "sqqa"}
CARDS = Path("/usr/share/pocketsphinx/test/data/cards")


def load_16k(path: Path) -> np.ndarray:
    """Mono float32 at 16 kHz (down-mixed, and resampled with torchaudio where needed)."""
    import soundfile as sf

    data, rate = sf.read(str(path), dtype="float32", always_2d=True)
    wav = data.mean(axis=1)
    if rate != SR:
        import torch
        import torchaudio.functional as F

        wav = F.resample(torch.from_numpy(wav), rate, SR).numpy()
    return np.ascontiguousarray(wav, dtype=np.float32)


@dataclass
class Utterance:
    speaker: str
    wav: np.ndarray


def _pieces(wav: np.ndarray) -> list[np.ndarray]:
    n = min(3, int(len(wav) / SR // 4)) if len(wav) > 8 * SR else 1
    return [wav] if n < 2 else list(np.array_split(wav, n))


def speaker_recordings() -> dict[str, list[np.ndarray]]:
    """Speaker -> recordings, from every source that is available here."""
    recs: dict[str, list[np.ndarray]] = {"librivox": [load_16k(c.path) for c in speech.librivox()]}
    cards = sorted(CARDS.glob("*.wav"))
    if cards:
        recs["cards"] = [load_16k(c) for c in cards]
    for speaker, file in [("asr", "asr.flac"), ("cot", "CoT-task.wav"), ("story", "CoT-task-story.wav"),
                          ("sqqa", "sqqa.wav"), ("st", "st.flac"), ("emo", "emo.wav")]:
        recs[speaker] = [load_16k(speech.release(f"audio/{file}"))]
    for key in ("arctic_a0007", "arctic_a0009", "amfm_sample"):
        recs[key] = [load_16k(speech.pypi_clip(key).path)]
    return recs


def utterances(recs: dict[str, list[np.ndarray]]) -> list[Utterance]:
    return [Utterance(spk, piece) for spk, wavs in recs.items() for wav in wavs for piece in _pieces(wav)]


def is_comparable(a: str, b: str) -> bool:
    """False for two different labels inside the (probably one-voice) TTS group."""
    return a == b or not (a in TTS_GROUP and b in TTS_GROUP)


def verification_scores(embeds: np.ndarray, utts: list[Utterance]) -> tuple[np.ndarray, np.ndarray]:
    """Cosine scores of same-speaker and different-speaker pairs."""
    same, diff = [], []
    sims = embeds @ embeds.T
    for i, j in itertools.combinations(range(len(utts)), 2):
        a, b = utts[i].speaker, utts[j].speaker
        if is_comparable(a, b):
            (same if a == b else diff).append(float(sims[i, j]))
    return np.array(same), np.array(diff)


def consistency_trials(recs: dict[str, list[np.ndarray]]) -> list[tuple[str, np.ndarray, bool]]:
    """(name, audio, one_speaker) for the "one speaker throughout?" question."""
    trials: list[tuple[str, np.ndarray, bool]] = []
    joined = {spk: np.concatenate(wavs) for spk, wavs in recs.items()}
    if "librivox" in recs:
        clips = recs["librivox"]
        for i in range(len(clips) - 1):
            trials.append((f"librivox {i}+{i + 1}", np.concatenate(clips[i:i + 2]), True))
    for spk in ("cards", "asr", "cot", "sqqa"):
        if spk in joined:
            trials.append((spk, joined[spk], True))
    if "story" in joined:
        for k, piece in enumerate(np.array_split(joined["story"], 3)):
            trials.append((f"story part {k}", piece, True))
    turn_speakers = [s for s in ("librivox", "cards", "asr", "cot", "arctic_a0007", "arctic_a0009")
                     if s in joined]
    for a, b in itertools.combinations(turn_speakers, 2):
        trials.append((f"{a}+{b}", np.concatenate([joined[a][:6 * SR], joined[b][:6 * SR]]), False))
    for file, one in (("sv.wav", True), ("sqa.wav", False), ("II-task.wav", False)):
        # sv.wav: two utterances, released reference "one speaker"; the others are dialogues
        trials.append((file, load_16k(speech.release(f"audio/{file}")), one))
    return trials


def equal_error_rate(positives: np.ndarray, negatives: np.ndarray) -> tuple[float, float]:
    """(EER, threshold): where the miss rate on ``positives`` meets the false-accept rate."""
    thresholds = np.unique(np.concatenate([positives, negatives]))
    miss = np.array([(positives < t).mean() for t in thresholds])
    false_accept = np.array([(negatives >= t).mean() for t in thresholds])
    k = int(np.argmin(np.abs(miss - false_accept)))
    return float((miss[k] + false_accept[k]) / 2), float(thresholds[k])


def main() -> None:
    from wavllm_agent.assets.speaker_encoder import (
        ONE_SPEAKER_THRESHOLD,
        SAME_SPEAKER_THRESHOLD,
        load_speaker_encoder,
    )

    encoder = load_speaker_encoder()
    recs = speaker_recordings()
    utts = utterances(recs)
    same, diff = verification_scores(encoder.embed_many([u.wav for u in utts]), utts)
    eer, threshold = equal_error_rate(same, diff)
    print(f"two-file: {len(utts)} utterances of {len(recs)} speakers, {len(same)} same / "
          f"{len(diff)} different pairs; EER {eer * 100:.1f} % at {threshold:.3f}; "
          f"at {SAME_SPEAKER_THRESHOLD}: miss {(same < SAME_SPEAKER_THRESHOLD).mean() * 100:.1f} %, "
          f"false accept {(diff >= SAME_SPEAKER_THRESHOLD).mean() * 100:.1f} %")
    print(f"  same mean {same.mean():.3f} min {same.min():.3f}; different mean {diff.mean():.3f} "
          f"max {diff.max():.3f}")
    trials = consistency_trials(recs)
    scores = [(name, encoder.consistency(wav).score, one) for name, wav, one in trials]
    ones = np.array([s for _, s, one in scores if one])
    twos = np.array([s for _, s, one in scores if not one])
    eer1, threshold1 = equal_error_rate(ones, twos)
    errors = [n for n, s, one in scores if (s >= ONE_SPEAKER_THRESHOLD) != one]
    print(f"one-file: {len(ones)} one-speaker / {len(twos)} two-speaker recordings; EER "
          f"{eer1 * 100:.1f} % at {threshold1:.3f}; at {ONE_SPEAKER_THRESHOLD}: errors {errors}")
    for name, score, one in scores:
        print(f"  {'one' if one else 'two'} {score:.3f} {name}")


if __name__ == "__main__":
    main()
