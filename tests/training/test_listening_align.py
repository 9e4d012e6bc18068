"""Stage 0 of the listening recipe (examples/listening/align_adapter.py): plumbing, on fakes.

The CTC stage must train exactly the audio positions the LLM later reads, and its greedy decoding
must merge repeats and drop blanks. Whether it teaches the model to listen is measured on real
speech by examples/listening/evaluate.py (docs/listening.md), not here.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest
import torch

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "examples" / "listening"))

from align_adapter import EmbeddingCTCHead, greedy, semantic_positions, whisper_frames  # noqa: E402

from wavllm_agent.engines.wavllm import ASR_INSTRUCTION  # noqa: E402
from wavllm_agent.modeling import WavLLMForConditionalGeneration  # noqa: E402


def test_ctc_positions_are_the_audio_positions_the_llm_reads() -> None:
    torch.manual_seed(0)
    model = WavLLMForConditionalGeneration.from_pretrained("tiny-random").eval()
    half = model.fusion.proj.in_features // 2
    with torch.no_grad():
        model.fusion.proj.weight[:, half:] = 0.0  # as init_model.py leaves it
    rng = np.random.default_rng(0)
    clips = [rng.standard_normal(n).astype(np.float32) * 0.1 for n in (16_000, 27_200)]  # fake audio
    inputs = model.processor(clips, [ASR_INSTRUCTION] * 2)
    with torch.no_grad():
        expected, mask = model.get_audio_features(inputs["input_features"], inputs["window_frames"],
                                                  inputs["window_owners"], inputs["wavlm_input_values"],
                                                  inputs["wavlm_lengths"])
        ours, lengths = semantic_positions(model, whisper_frames(model, clips))
    # The fusion cuts to the shorter branch: the WavLM branch may end one position earlier.
    assert all(0 <= a - b <= 1 for a, b in zip(lengths.tolist(), mask.sum(1).tolist(), strict=True))
    for row in range(2):
        n = int(mask[row].sum())
        torch.testing.assert_close(ours[row, :n], expected[row, :n], atol=2e-3, rtol=1e-3)


class _FakeTokenizer:
    """Decodes ids as space-joined numbers."""

    def decode(self, ids: list[int]) -> str:
        return " ".join(str(i) for i in ids)


def test_greedy_merges_repeats_and_drops_blanks() -> None:
    head = EmbeddingCTCHead(torch.randn(50, 8), token_ids=[7, 11, 42])  # labels 1, 2, 3 (0 = blank)
    labels = [[1, 1, 0, 1, 2, 2, 0, 0, 3], [0, 0, 0, 0, 0, 0, 0, 0, 0]]
    log_probs = torch.full((2, 9, 4), -10.0)
    for row, sequence in enumerate(labels):
        for t, label in enumerate(sequence):
            log_probs[row, t, label] = 0.0
    texts = greedy(log_probs, torch.tensor([9, 9]), head, _FakeTokenizer())
    assert texts == ["7 7 11 42", ""]


def test_the_head_scores_the_llm_embeddings_by_direction() -> None:
    embeddings = torch.eye(6)
    head = EmbeddingCTCHead(embeddings, token_ids=[2, 4])
    positions = torch.stack([embeddings[4] * 3.0, embeddings[2] * 0.5]).unsqueeze(0)
    assert head(positions).argmax(-1).tolist() == [[2, 1]]  # labels: 1 -> id 2, 2 -> id 4
    assert "targets" not in head.state_dict()  # the saved head holds ids, blank and scale only


CHECKPOINT = Path(__file__).resolve().parents[2] / "examples" / "listening" / "checkpoint"


@pytest.mark.slow
def test_the_committed_checkpoint_listens_to_real_speech() -> None:
    """The recipe's trained `tiny` on held-out real read speech (LibriVox, ARCTIC, LibriSpeech),
    through the public API: its transcripts match their own clips better than other clips.

    Measured (docs/listening.md): WER 89.5 % against its own references, 97.6-119.4 % (mean 109)
    against another clip's; untrained `tiny`: 1,623 %. Not the issue's goal (< 30 %).
    """
    from evaluate import held_out, through_the_api

    from wavllm_agent.evaluation.metrics.wer import word_error_rate

    clips = [clip for group in held_out().values() for clip in group]
    heard = through_the_api(str(CHECKPOINT))(clips)
    refs = [clip.text for clip in clips]
    matched = word_error_rate(refs, heard).wer
    shifted = [word_error_rate(refs[k:] + refs[:k], heard).wer for k in range(1, len(refs))]
    assert matched < 95.0
    assert matched < sum(shifted) / len(shifted) - 10.0
