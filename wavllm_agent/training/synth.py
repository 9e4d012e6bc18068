"""A small training set made offline: sentences of the shipped corpus spoken by espeak-ng.

``synthesize(OUT_DIR, n=16)`` writes 16 kHz mono WAVs under ``OUT_DIR/audio/`` and one JSON Lines
manifest per task (``<task>.jsonl``) plus
``validation.jsonl``, whose texts are held out of training and whose rows carry a fixed
``prompt`` (so ``wavllm eval`` and the training's validation ask the same every time).

It makes four kinds of rows, each for the registered task that declares it (see :func:`synth_tasks`):

* transcript (the task with the ``TRANSCRIPT`` plan role, ``asr``): a sentence, spoken; ``text``
  is the sentence.
* speaker pair (the task that takes two recordings, ``sv``): two sentences, ``audio`` and ``audio2``, by the same voice (``label: true``, ``text``
  "Yes") or two voices (``false``, "No"). Speakers are espeak-ng voice *variants*
  (``en-us+m1``, ``en-us+f3``, ``en-us+klatt``, ...): the plain language voices share one
  timbre and sound alike to a speaker encoder, the variants separate well.
* question (the task with the ``QUESTION`` plan role, ``sqa``): a statement, spoken, with a ``question`` about it; the answer is the words (open
  questions) or the letter of the right option (multiple choice, as the release's SQA rows); a
  quarter are spoken questions with no written question (the release's SQQA).
* multi-step (:data:`~wavllm_agent.tasks.multistep.MULTI_STEP`; ``multi`` is read as it): a
  sentence with what several sub-tasks need - the transcript, and a question and
  answer (statements) or the story's next sentence (``continuation``), plus an ``instruction``
  that ignores the audio and its ``response``; training composes multi-task instructions from
  them (see :mod:`wavllm_agent.training.instructions`).

Voices and speeds are drawn with the seed, so the same arguments give the same data.

Raises :class:`~wavllm_agent.errors.UsageError` when espeak-ng is not installed.

It lives in ``training/`` (not ``data/``): it writes training sets and phrases their validation
instructions as training does, while ``data/`` (manifests) stays below training and evaluation.
"""

from __future__ import annotations

import random
import shutil
import subprocess
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wavllm_agent.data.manifest import ManifestRow, write_jsonl
from wavllm_agent.errors import UsageError
from wavllm_agent.tasks.multistep import MULTI_STEP, canonical_task_name
from wavllm_agent.tasks.traits import PlanRole
from wavllm_agent.training.instructions import request_for

if TYPE_CHECKING:
    from wavllm_agent.tasks.base import Task

__all__ = ["DEFAULT_VOICES", "SynthResult", "espeak_path", "speak", "synth_tasks", "synthesize"]

DEFAULT_VOICES = ("en-us+m1", "en-us+f3", "en-us+klatt", "en-gb+m3", "en-us+f2", "en-gb-scotland+m4")
"""espeak-ng voice variants that a speaker encoder tells apart."""
SPEEDS = (140, 155, 170)
"""Speaking rates (words per minute) drawn per clip."""
SAMPLE_RATE = 16000


@dataclass
class SynthResult:
    """What :func:`synthesize` wrote."""

    out_dir: Path
    manifests: dict[str, Path]
    rows: dict[str, int]
    validation_rows: int
    audio_seconds: float
    voices: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "out_dir": str(self.out_dir),
            "manifests": {k: str(v) for k, v in self.manifests.items()},
            "rows": self.rows,
            "validation_rows": self.validation_rows,
            "audio_seconds": round(self.audio_seconds, 2),
            "voices": self.voices,
        }


# -- the corpus ---------------------------------------------------------------------------------
def _corpus_text(name: str) -> str:
    return (resources.files("wavllm_agent.data") / "corpus" / name).read_text(encoding="utf-8")


def _lines(name: str) -> list[str]:
    return [line.strip() for line in _corpus_text(name).splitlines() if line.strip()]


def _columns(name: str) -> list[list[str]]:
    return [line.split("\t") for line in _lines(name)]


def _story_pairs() -> list[tuple[str, str]]:
    pairs = []
    for story in _corpus_text("stories.txt").split("\n\n"):
        sentences = [s.strip() for s in story.splitlines() if s.strip()]
        pairs += list(zip(sentences, sentences[1:], strict=False))
    return pairs


def _split(items: list[Any], rng: random.Random, held_out: int) -> tuple[list[Any], list[Any]]:
    """Shuffle, then keep ``held_out`` items for validation and the rest for training."""
    items = list(items)
    rng.shuffle(items)
    held_out = min(held_out, max(1, len(items) // 3))
    return items[held_out:], items[:held_out]


# -- speech -------------------------------------------------------------------------------------
def espeak_path() -> str:
    """The espeak-ng executable.

    Raises:
        UsageError: it is not installed.
    """
    found = shutil.which("espeak-ng")
    if found is None:
        raise UsageError(
            "espeak-ng is not installed; it speaks the synthetic training data",
            hint="install it: sudo apt-get install espeak-ng (Debian/Ubuntu), brew install espeak-ng (macOS)",
        )
    return found


def speak(text: str, path: Path, *, voice: str, speed: int, pitch: int | None = None) -> float:
    """Speak ``text`` into a 16 kHz mono 16-bit WAV at ``path``; return its length in seconds.

    ``speed`` is in words per minute; ``pitch`` (0-99, espeak-ng's default 50) shifts the voice.

    Raises:
        UsageError: espeak-ng is missing or rejects the voice.
    """
    import soundfile

    from wavllm_agent.audio import load_audio

    pitch_args = [] if pitch is None else ["-p", str(pitch)]
    done = subprocess.run([espeak_path(), "-v", voice, "-s", str(speed), *pitch_args, "--stdout", text],
                          capture_output=True, timeout=120, check=False)
    if done.returncode != 0 or not done.stdout:
        raise UsageError(f"espeak-ng failed for voice {voice!r}: {done.stderr.decode(errors='replace').strip()}",
                         hint="list the voices with: espeak-ng --voices=variant")
    audio = load_audio(done.stdout)  # espeak speaks at 22.05 kHz: decoded and resampled to 16 kHz
    path.parent.mkdir(parents=True, exist_ok=True)
    soundfile.write(str(path), audio.samples, SAMPLE_RATE, subtype="PCM_16")
    return audio.duration


class _Speaker:
    """Speaks rows' texts into ``audio/`` and keeps count of the audio made."""

    def __init__(self, out_dir: Path, voices: Sequence[str], rng: random.Random) -> None:
        self.out_dir = out_dir
        self.voices = list(voices)
        self.rng = rng
        self.seconds = 0.0

    def say(self, text: str, name: str, voice: str | None = None) -> tuple[Path, float, str]:
        voice = voice or self.rng.choice(self.voices)
        path = self.out_dir / "audio" / f"{name}.wav"
        seconds = speak(text, path, voice=voice, speed=self.rng.choice(SPEEDS))
        self.seconds += seconds
        return path, round(seconds, 3), voice


# -- rows per task ------------------------------------------------------------------------------
def _transcripts(task: str, speaker: _Speaker, texts: list[str], n: int, prefix: str) -> list[ManifestRow]:
    rows = []
    for i in range(n):
        text = texts[i % len(texts)]
        path, seconds, voice = speaker.say(text, f"{prefix}-{task}-{i:04d}")
        rows.append(ManifestRow(id=f"{prefix}-{task}-{i:04d}", audio=path, text=text,
                                extra={"task": task, "duration": seconds, "voice": voice}))
    return rows


def _pairs(task: str, speaker: _Speaker, texts: list[str], n: int, prefix: str) -> list[ManifestRow]:
    rows = []
    for i in range(n):
        same = i % 2 == 0
        first_voice = speaker.rng.choice(speaker.voices)
        second_voice = first_voice if same else speaker.rng.choice([v for v in speaker.voices if v != first_voice])
        a, b = texts[(2 * i) % len(texts)], texts[(2 * i + 1) % len(texts)]
        path, seconds, _ = speaker.say(a, f"{prefix}-{task}-{i:04d}-a", first_voice)
        path2, seconds2, _ = speaker.say(b, f"{prefix}-{task}-{i:04d}-b", second_voice)
        rows.append(ManifestRow(id=f"{prefix}-{task}-{i:04d}", audio=path, audio2=path2, text="Yes" if same else "No",
                                label=same, extra={"task": task, "duration": seconds, "duration2": seconds2,
                                                   "voices": [first_voice, second_voice]}))
    return rows


def _choices(answer: str, others: list[str], rng: random.Random) -> tuple[str, str]:
    """Options text ``A. x; B. y; C. z.`` with the answer among two distractors, and its letter."""
    distractors = rng.sample([o for o in others if o != answer], 2)
    options = [answer, *distractors]
    rng.shuffle(options)
    letters = "ABC"
    text = "; ".join(f"{letters[k]}. {option[:1].upper() + option[1:]}" for k, option in enumerate(options))
    return text + ".", letters[options.index(answer)]


def _questions(task: str, speaker: _Speaker, facts: list[list[str]], questions: list[list[str]], n: int,
               prefix: str) -> list[ManifestRow]:
    rows = []
    answers = [fact[2] for fact in _columns("facts.tsv")]  # distractors from the whole corpus
    for i in range(n):
        row_id = f"{prefix}-{task}-{i:04d}"
        if i % 4 == 3:  # a spoken question, answered with no written one (the release's SQQA)
            question, answer = questions[i % len(questions)]
            path, seconds, voice = speaker.say(question, row_id)
            rows.append(ManifestRow(id=row_id, audio=path, text=answer,
                                    extra={"task": task, "duration": seconds, "voice": voice}))
            continue
        sentence, question, answer = facts[i % len(facts)]
        path, seconds, voice = speaker.say(sentence, row_id)
        if i % 2 == 1:
            options, letter = _choices(answer, answers, speaker.rng)
            question, answer = f"{question} {options}", letter
        rows.append(ManifestRow(id=row_id, audio=path, text=answer, question=question,
                                extra={"task": task, "duration": seconds, "voice": voice}))
    return rows


def _multi(speaker: _Speaker, facts: list[list[str]], stories: list[tuple[str, str]],
           questions: list[list[str]], n: int, prefix: str) -> list[ManifestRow]:
    rows = []
    for i in range(n):
        row_id = f"{prefix}-{MULTI_STEP}-{i:04d}"
        instruction, response = questions[(3 * i + 1) % len(questions)]
        extra: dict[str, Any] = {"task": MULTI_STEP, "instruction": instruction, "response": response, "speakers": 1}
        question = None
        if i % 2 == 0:
            sentence, question, answer = facts[(i // 2) % len(facts)]
            extra["answer"] = answer
        else:
            sentence, continuation = stories[(i // 2) % len(stories)]
            extra["continuation"] = continuation
        path, seconds, voice = speaker.say(sentence, row_id)
        extra.update(duration=seconds, voice=voice)
        rows.append(ManifestRow(id=row_id, audio=path, text=sentence, question=question, extra=extra))
    return rows


def _with_fixed_prompt(row: ManifestRow, rng: random.Random, question_task: str | None) -> ManifestRow:
    """A validation row: the instruction written out (first phrasings; composed for multi-step rows)."""
    task = str(row.extra["task"])
    request = request_for(row, task, rng=rng if task == MULTI_STEP else None, max_subtasks=3)
    extra = dict(row.extra)
    if task == MULTI_STEP:
        extra["tasks"] = list(request.subtasks)
    fields = {"id": row.id, "audio": row.audio, "audio2": row.audio2, "label": row.label, "extra": extra}
    if task == question_task:
        return ManifestRow(text=request.target, prompt=request.instruction or None, question=row.question, **fields)
    return ManifestRow(text=request.target, prompt=request.instruction, **fields)


# -- the whole set ------------------------------------------------------------------------------
_TRANSCRIPT, _PAIR, _QUESTION, _MULTI = "transcript", "pair", "question", "multi-step"
"""The kinds of rows :func:`synthesize` makes."""


def _kinds(tasks: Mapping[str, Task] | None = None) -> dict[str, str]:
    """Task name -> the kind of rows made for it, from what the registered tasks declare."""
    if tasks is None:
        from wavllm_agent.registry import get_registry

        tasks = get_registry().tasks
    found: dict[str, str] = {}
    for kind, wanted in ((_TRANSCRIPT, lambda t: t.planning.role == PlanRole.TRANSCRIPT),
                         (_PAIR, lambda t: getattr(t, "audio_inputs", 1) == 2),
                         (_QUESTION, lambda t: t.planning.role == PlanRole.QUESTION)):
        name = next((n for n, t in tasks.items() if n not in found and wanted(t)), None)
        if name is not None:
            found[name] = kind
    found[MULTI_STEP] = _MULTI
    return found


def synth_tasks(tasks: Mapping[str, Task] | None = None) -> tuple[str, ...]:
    """The tasks :func:`synthesize` can make rows for: the transcript task, the task that compares two
    recordings, the question task (each the first registered that declares it) and multi-step."""
    return tuple(_kinds(tasks))


def __getattr__(name: str) -> Any:
    """``SYNTH_TASKS``: :func:`synth_tasks` of the registry (kept for older imports)."""
    if name == "SYNTH_TASKS":
        return synth_tasks()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def synthesize(
    out_dir: str | Path,
    *,
    tasks: Sequence[str] | None = None,
    n: int = 16,
    validation: int | None = None,
    seed: int = 0,
    voices: Sequence[str] | None = None,
) -> SynthResult:
    """Speak a small training set into ``out_dir`` (see the module docstring).

    Args:
        out_dir: output folder (created; files of an earlier run are overwritten).
        tasks: some of :func:`synth_tasks` (any multi-step spelling, ``multi`` too); default: all.
        n: training rows per task.
        validation: validation rows per task (default: a quarter of ``n``, at least 2).
        seed: seeds the choice of texts, voices, speeds and options.
        voices: espeak-ng voices to draw speakers from (default :data:`DEFAULT_VOICES`).

    Raises:
        UsageError: an unknown task, fewer than two voices, ``n`` < 1, or espeak-ng missing.
    """
    kinds = _kinds()
    tasks = list(kinds) if tasks is None else list(dict.fromkeys(canonical_task_name(t) for t in tasks))
    unknown = sorted(set(tasks) - set(kinds))
    if unknown or not tasks:
        raise UsageError(f"cannot synthesise task(s) {unknown or '(none)'}", hint=f"choose from {', '.join(kinds)}")
    question_task = next((name for name, kind in kinds.items() if kind == _QUESTION), None)
    if n < 1:
        raise UsageError(f"--n must be at least 1, got {n}")
    voices = list(voices or DEFAULT_VOICES)
    if len(voices) < 2:
        raise UsageError("speaker verification needs at least two voices")
    espeak_path()
    out = Path(out_dir).expanduser().resolve()
    out.mkdir(parents=True, exist_ok=True)
    held = validation if validation is not None else max(2, n // 4)
    rng = random.Random(f"wavllm-synth:{seed}")
    sentences, val_sentences = _split(_lines("sentences.txt"), rng, 2 * held)
    facts, val_facts = _split(_columns("facts.tsv"), rng, held)
    stories, val_stories = _split(_story_pairs(), rng, held)
    questions = _columns("questions.tsv")
    speaker = _Speaker(out, voices, rng)

    def rows_for(task: str, count: int, prefix: str, split: int) -> list[ManifestRow]:
        texts = (sentences, facts, stories) if split == 0 else (val_sentences, val_facts, val_stories)
        kind = kinds[task]
        if kind == _TRANSCRIPT:
            return _transcripts(task, speaker, texts[0], count, prefix)
        if kind == _PAIR:
            return _pairs(task, speaker, texts[0], count, prefix)
        if kind == _QUESTION:
            return _questions(task, speaker, texts[1], questions, count, prefix)
        return _multi(speaker, texts[1], texts[2], questions, count, prefix)

    manifests: dict[str, Path] = {}
    counts: dict[str, int] = {}
    validation_rows: list[ManifestRow] = []
    for task in tasks:
        rows = rows_for(task, n, "train", 0)
        manifests[task] = out / f"{task}.jsonl"
        counts[task] = write_jsonl(rows, manifests[task])
        if held:
            validation_rows += [_with_fixed_prompt(row, rng, question_task) for row in rows_for(task, held, "val", 1)]
    if validation_rows:
        manifests["validation"] = out / "validation.jsonl"
        write_jsonl(validation_rows, manifests["validation"])
    return SynthResult(out_dir=out, manifests=manifests, rows=counts, validation_rows=len(validation_rows),
                       audio_seconds=speaker.seconds, voices=voices)
