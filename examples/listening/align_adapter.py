"""Stage 0 of the listening recipe: teach the Whisper branch's adapter to speak the LLM's words.

    python examples/listening/align_adapter.py runs/listening-data runs/listening-init runs/listening-aligned

A deviation from the release's training, documented in ``docs/listening.md`` and
``docs/wavllm.md``: before the LLM is trained at all, the Whisper branch's modality adapter and the
fusion projection learn, with a CTC loss, to turn each clip's Whisper frames into a sequence of
positions that point at the LLM's own input embeddings of the transcript's tokens (cosine
similarity to the frozen embedding matrix, plus a learned "blank"), at the embeddings' scale. The
release trains its adapters only through the LLM's next-token loss; on a 2-core CPU that stayed
deaf for 2,000 examples (``docs/listening.md``), because the LLM can lower its loss by learning the
text's style long before the adapters find the words.

Why it is cheap: the Whisper encoder is frozen, so its frames are computed once per clip and
cached (``asr.whisper-frames.pt`` beside the manifest); an epoch then costs only the adapter and a
projection onto the transcripts' token embeddings, seconds per hundred clips instead of the LLM's
forward and backward passes.

The script reports, per epoch, CTC greedy WER on the validation rows (voices no training row
uses); real speech is never looked at here (``evaluate.py`` scores the trained model on it).
"""

from __future__ import annotations

import argparse
import json
import math
import random
import time
from pathlib import Path

import soundfile
import torch
from safetensors.torch import save_file
from torch import nn
from torch.nn import functional as F

from wavllm_agent.engines.wavllm import ASR_INSTRUCTION
from wavllm_agent.evaluation.metrics.wer import word_error_rate
from wavllm_agent.modeling import WavLLMForConditionalGeneration
from wavllm_agent.modeling.audio_encoding import pad_rows
from wavllm_agent.modeling.modality_adapter import length_mask
from wavllm_agent.modeling.processing_wavllm import window_encoder_frames


def whisper_frames(model: WavLLMForConditionalGeneration, clips: list) -> list[torch.Tensor]:
    """The frozen Whisper encoder's frames of each clip (<= 30 s), as the adapter sees them."""
    inputs = model.processor(clips, [ASR_INSTRUCTION] * len(clips))
    if len(inputs["window_owners"]) != len(clips):
        raise ValueError("align_adapter.py takes clips of at most 30 s")
    with torch.no_grad():
        states = model.whisper_encoder(inputs["input_features"].to(model.whisper_encoder.dtype)).last_hidden_state
    frames = window_encoder_frames(inputs["window_frames"], inputs["window_owners"], len(clips),
                                   model.config.long_audio_windows)
    return [states[i, : int(frames[i])].to(torch.float16).clone() for i in range(len(clips))]


def cached_frames(model: WavLLMForConditionalGeneration, manifest: Path, batch: int = 16) -> list[torch.Tensor]:
    """Whisper frames of every row of ``manifest``, computed once and cached beside it."""
    cache = manifest.with_suffix(".whisper-frames.pt")
    rows = [json.loads(line) for line in manifest.read_text().splitlines()]
    if cache.exists():
        frames = torch.load(cache, weights_only=True)
        if len(frames) == len(rows):
            return frames
    frames, start = [], time.time()
    for first in range(0, len(rows), batch):
        chunk = rows[first: first + batch]
        clips = [soundfile.read(str(manifest.parent / row["audio"]), dtype="float32")[0] for row in chunk]
        frames += whisper_frames(model, clips)
        if first // batch % 20 == 0:
            print(f"  whisper frames {len(frames)}/{len(rows)} ({time.time() - start:.0f} s)", flush=True)
    torch.save(frames, cache)
    return frames


class EmbeddingCTCHead(nn.Module):
    """CTC over the transcripts' tokens, scored by cosine similarity to the LLM's input embeddings."""

    def __init__(self, embeddings: torch.Tensor, token_ids: list[int]) -> None:
        super().__init__()
        self.register_buffer("token_ids", torch.tensor(token_ids))
        self.register_buffer("targets", F.normalize(embeddings[token_ids].float(), dim=-1), persistent=False)
        self.blank = nn.Parameter(torch.randn(embeddings.shape[1]) * 0.02)
        self.log_scale = nn.Parameter(torch.tensor(math.log(10.0)))

    def forward(self, positions: torch.Tensor) -> torch.Tensor:
        """Positions [B, T, H] -> log-probabilities [B, T, 1 + tokens] (index 0 = blank)."""
        table = torch.cat([F.normalize(self.blank, dim=0).unsqueeze(0), self.targets], dim=0)
        logits = self.log_scale.exp() * F.normalize(positions, dim=-1) @ table.T
        return logits.log_softmax(-1)


def semantic_positions(model: WavLLMForConditionalGeneration, frames: list[torch.Tensor]) -> tuple[torch.Tensor, torch.Tensor]:
    """Fused audio positions from the Whisper branch alone (the WavLM half of the fusion is zero).

    The same values the LLM reads; the model's fusion then cuts to the shorter branch, so the
    last position here may be one the LLM does not see."""
    padded, lengths = pad_rows([f.float() for f in frames])
    semantic, lengths = model.whisper_adapter(padded, lengths)
    half = model.fusion.proj.in_features // 2
    fused = F.linear(semantic, model.fusion.proj.weight[:, :half], model.fusion.proj.bias)
    return fused * length_mask(lengths, fused.shape[1]).unsqueeze(-1), lengths


def greedy(log_probs: torch.Tensor, lengths: torch.Tensor, head: EmbeddingCTCHead, tokenizer) -> list[str]:
    """CTC greedy decoding: best label per position, repeats merged, blanks dropped."""
    texts = []
    for row, length in zip(log_probs.argmax(-1), lengths.tolist(), strict=True):
        labels = torch.unique_consecutive(row[:length])
        ids = head.token_ids[labels[labels > 0] - 1].tolist()
        texts.append(tokenizer.decode(ids).strip())
    return texts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", type=Path, help="the folder make_speech.py wrote")
    parser.add_argument("model", help="starting model (init_model.py's output)")
    parser.add_argument("out", type=Path)
    parser.add_argument("--epochs", type=int, default=10)
    parser.add_argument("--batch", type=int, default=32)
    parser.add_argument("--lr", type=float, default=2e-3)
    parser.add_argument("--scale-weight", type=float, default=1.0, help="weight of the keep-the-scale term")
    args = parser.parse_args(argv)

    torch.manual_seed(0)
    random.seed(0)
    model = WavLLMForConditionalGeneration.from_pretrained(args.model)
    tokenizer = model.tokenizer
    train_rows = [json.loads(line) for line in (args.data / "asr.jsonl").read_text().splitlines()]
    val_rows = [json.loads(line) for line in (args.data / "validation.jsonl").read_text().splitlines()]
    print("caching Whisper frames (once per data folder)", flush=True)
    train_frames = cached_frames(model, args.data / "asr.jsonl")
    val_frames = cached_frames(model, args.data / "validation.jsonl")

    targets = [tokenizer(row["text"], add_special_tokens=False)["input_ids"] for row in train_rows]
    vocab = sorted({t for ids in targets for t in ids})
    index = {t: i + 1 for i, t in enumerate(vocab)}
    embeddings = model.llm.get_input_embeddings().weight.detach()
    target_rms = float(embeddings.pow(2).mean().sqrt())
    head = EmbeddingCTCHead(embeddings, vocab)
    trainable = [*model.whisper_adapter.parameters(), model.fusion.proj.weight, model.fusion.proj.bias,
                 *head.parameters()]
    optimizer = torch.optim.AdamW(trainable, lr=args.lr, weight_decay=0.01)
    order = sorted(range(len(train_rows)), key=lambda i: train_frames[i].shape[0])
    batches = [order[i: i + args.batch] for i in range(0, len(order), args.batch)]
    total = args.epochs * len(batches)
    schedule = torch.optim.lr_scheduler.OneCycleLR(optimizer, max_lr=args.lr, total_steps=total, pct_start=0.05)
    print(f"{len(train_rows)} rows, {len(vocab)} token types, {len(batches)} batches per epoch", flush=True)

    step, start, history = 0, time.time(), []
    for epoch in range(args.epochs):
        random.shuffle(batches)
        losses = []
        for batch in batches:
            positions, lengths = semantic_positions(model, [train_frames[i] for i in batch])
            log_probs = head(positions)
            labels = [torch.tensor([index[t] for t in targets[i]]) for i in batch]
            ctc = F.ctc_loss(log_probs.transpose(0, 1), torch.cat(labels), lengths,
                             torch.tensor([len(lab) for lab in labels]), blank=0, zero_infinity=True)
            mask = length_mask(lengths, positions.shape[1])
            rms = positions[mask].pow(2).mean().sqrt()
            loss = ctc + args.scale_weight * torch.log(rms / target_rms) ** 2
            optimizer.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(trainable, 5.0)
            optimizer.step()
            schedule.step()
            losses.append(float(ctc.detach()))
            step += 1
        with torch.no_grad():
            positions, lengths = semantic_positions(model, val_frames)
            heard = greedy(head(positions), lengths, head, tokenizer)
        wer = word_error_rate([row["text"] for row in val_rows], heard).wer
        record = {"epoch": epoch + 1, "step": step, "ctc_loss": round(sum(losses) / len(losses), 3),
                  "audio_rms": round(float(rms), 4), "validation_wer": round(wer, 1),
                  "seconds": round(time.time() - start)}
        history.append(record)
        print(json.dumps(record), flush=True)
    print("validation example:", heard[0], "|", val_rows[0]["text"])
    model.save_pretrained(args.out)
    save_file(head.state_dict(), args.out / "ctc_head.safetensors")
    (args.out / "align_metrics.jsonl").write_text("".join(json.dumps(r) + "\n" for r in history))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
