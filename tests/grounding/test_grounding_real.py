"""The release's CoT instruction on its own clip, through the default engine (real models; slow)."""

from __future__ import annotations

from pathlib import Path

import pytest

from wavllm_agent.grounding import check_summary, detect_language, word_count
from wavllm_agent.grounding.facts import new_names, new_numbers

CLIP = Path(__file__).resolve().parents[2] / "examples" / "audio" / "cot-task.wav"
INSTRUCTION = ("Transcribe the audio, summarise it in no more than 20 words, then translate the summary into "
               "German.")


@pytest.mark.slow
def test_cot_summary_is_grounded_and_the_answer_is_german_or_says_it_failed() -> None:
    from wavllm_agent import ask

    done = ask(CLIP, INSTRUCTION)
    asr, summary, translation = done.steps
    assert "three films" in asr.text.lower() and "running" in asr.text.lower()
    assert 0 < word_count(summary.text) <= 20
    assert not new_numbers(summary.text, asr.text) and not new_names(summary.text, asr.text), summary.text
    assert check_summary(summary.text, asr.text, max_words=20).ok
    assert summary.grounding is not None and summary.grounding["outcome"] in ("passed", "retried", "fallback")
    record = translation.grounding
    assert record is not None and record["check"] == "translation"
    if record["fallback"] == "failed":
        assert done.answer.startswith("Translation into German failed") and not translation.followed
    else:
        assert detect_language(done.answer) == "de" and translation.followed, done.answer
