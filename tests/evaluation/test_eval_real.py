"""``wavllm eval`` with the embedded engine on real speech (slow: loads real models).

Measured on the development machine (Intel Xeon, 2 CPU cores, int8 Whisper tiny.en, the GE2E
encoder), and the same again on an AMD EPYC with CTranslate2's default and its AVX-512 kernels and
torch's AVX2 and AVX-512 kernels:
* LibriVox, 5 clips of one reader: corpus WER 4.23 % (3 errors in 71 words); asserted < 10 %, which
  lets four words more through (int8 kernels moved tiny.en by up to three words in 91 elsewhere).
* Speaker verification, 55 pairs of real speakers (10 same-speaker pairs among the LibriVox
  clips; 45 different-speaker pairs among LibriVox, the two CMU ARCTIC speakers and the release's
  asr.flac, st.flac, emo.wav and sqqa.wav): EER 0.0 % (lowest same-speaker score 0.763, highest
  different-speaker score 0.744); asserted < 5 %, which leaves room for one trial crossing over
  on other CPUs' kernels without letting a broken encoder pass (chance is 50 %).
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest
import speech
from evalfakes import asr_manifest

from wavllm_agent.data import ManifestRow, read_manifest, write_jsonl
from wavllm_agent.evaluation import evaluate

pytestmark = pytest.mark.slow

WER_LIMIT = 10.0
EER_LIMIT = 5.0


def test_librivox_wer_equals_jiwer_on_the_same_outputs(tmp_path: Path) -> None:
    import jiwer
    from whisper_normalizer.english import EnglishTextNormalizer

    manifest, clips = asr_manifest(tmp_path)
    result = evaluate(manifest, output=tmp_path / "report", plots=False)
    records = [json.loads(line) for line in (tmp_path / "report" / "predictions.jsonl").read_text().splitlines()]
    normalize = EnglishTextNormalizer()
    refs = [normalize(clip.text) for clip in clips]
    hyps = [normalize(record["output"]["text"]) for record in records]
    independent = 100 * jiwer.wer(refs, hyps)  # corpus WER: all errors over all reference words
    print(f"LibriVox WER {result.metrics['wer']:.2f} % (jiwer directly: {independent:.2f} %)")
    assert result.errors == 0 and result.engine == "embedded"
    assert result.metrics["wer"] == pytest.approx(independent, abs=1e-9)
    assert result.metrics["wer"] < WER_LIMIT


def test_released_tsv_and_its_jsonl_form_give_the_same_figures(tmp_path: Path) -> None:
    tsv = speech.release("asr.tsv")
    copy = tmp_path / "asr.jsonl"
    write_jsonl(read_manifest(tsv), copy)
    # The JSONL copy lives elsewhere: its audio paths are absolute, the rows are the same.
    a, b = evaluate(tsv), evaluate(copy)
    assert (a.task, a.n) == (b.task, b.n) == ("asr", 1)
    assert a.metrics == b.metrics and a.metrics["wer"] < 20.0
    assert a.records[0].answer() == b.records[0].answer()


def _speaker_pairs(folder: Path) -> Path:
    librivox = [clip.path for clip in speech.librivox()]  # one reader
    others = [clip.path for clip in speech.arctic()] + [
        speech.release(f"audio/{name}") for name in ("asr.flac", "st.flac", "emo.wav", "sqqa.wav")]
    pairs = [(a, b, True) for a, b in itertools.combinations(librivox, 2)]
    pairs += [(a, b, False) for a in librivox for b in others]
    pairs += [(a, b, False) for a, b in itertools.combinations(others, 2)]
    rows = [ManifestRow(id=f"{a.stem}~{b.stem}", audio=a, audio2=b, text="", label=same) for a, b, same in pairs]
    path = folder / "sv-pairs.jsonl"
    write_jsonl(rows, path)
    return path


def test_speaker_verification_eer_on_real_speakers(tmp_path: Path) -> None:
    result = evaluate(_speaker_pairs(tmp_path), output=tmp_path / "report")
    print(f"sv EER {result.metrics['eer']:.2f} % at {result.metrics['eer_threshold']:.3f}, "
          f"accuracy {result.metrics['accuracy']:.1f} % over {result.n} pairs")
    assert result.task == "sv" and result.n == 55 and result.errors == 0
    assert result.metrics["eer"] is not None and result.metrics["eer"] < EER_LIMIT
    assert (tmp_path / "report" / "sv_det.png").stat().st_size > 10_000
