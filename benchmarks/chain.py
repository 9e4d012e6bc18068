"""Chained answers: spoken news -> transcript -> summary (<= 20 words) -> German, French, Spanish.

    python -m benchmarks.chain [--split tuning|held-out|release|all] [--languages de,fr,es]
                               [--limit N] [--markdown FILE] [--json FILE]

(also ``python -m benchmarks chain``). The paragraphs, reference summaries and reference
translations are in ``benchmarks/data/chain.yaml``; each paragraph is spoken with espeak-ng
(``-v en-us``) into the cache at run time; the release row uses WavLLM's own CoT clip. Every
instruction goes through the library's default path, ``wavllm_agent.ask(audio, instruction)`` on
the embedded engine (what ``wavllm ask`` does), warm (one unmeasured instruction first).

Reported per split (tuning / held-out / release): ROUGE-L F1 of the summary against the reference;
numbers and names in the summary that its transcript lacks (``invented``) and that the spoken text
lacks (``vs spoken``); summaries within the word limit; translations in the target language
(lingua, whole text); chrF of the translations against the references (sacrebleu); how often a
check failed (retried / fell back); seconds per instruction.

The references translate the *reference* summary, so the chain's chrF also counts every way the
model's own summary differs from it. A second table therefore measures the translate step alone:
each reference summary translated by ``run_task("translate", text=...)`` (checks included) and
scored against the reference translation of that same text.
Goals: 100 % faithful, 100 % within the length, 100 % in the target language, chrF >= 45 on German.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import statistics
import subprocess
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.common import Comparison, Timing, machine

HERE = Path(__file__).resolve().parent
DATA = HERE / "data" / "chain.yaml"
ROOT = HERE.parent


@dataclass
class Row:
    """One instruction's outcome."""

    id: str
    split: str
    lang: str
    seconds: float
    transcript: str
    summary: str
    translation: str
    summary_grounding: dict[str, Any] | None
    translation_grounding: dict[str, Any] | None
    invented: list[str] = field(default_factory=list)
    invented_vs_spoken: list[str] = field(default_factory=list)
    within_limit: bool = True
    in_target: bool = True
    rouge_l: float = 0.0


def load_data(path: Path = DATA) -> dict[str, Any]:
    """The benchmark's data file."""
    import yaml

    return yaml.safe_load(path.read_text(encoding="utf-8"))


def spoken(item: dict[str, Any]) -> Path:
    """The item's audio: its own file, else its text spoken by espeak-ng into the cache (once)."""
    if item.get("audio"):
        return ROOT / item["audio"]
    from wavllm_agent.assets.cache import cache_root

    digest = hashlib.sha1(item["text"].encode()).hexdigest()[:12]
    out = cache_root() / "benchmarks" / "chain" / f"{item['id']}-{digest}.wav"
    if not out.exists():
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp = out.with_suffix(".tmp.wav")
        subprocess.run(["espeak-ng", "-v", "en-us", "-s", "150", "-w", str(tmp), item["text"]], check=True)
        tmp.replace(out)
    return out


def _facts(summary: str, source: str) -> list[str]:
    from wavllm_agent.grounding.facts import new_names, new_numbers

    return [f"number {n}" for n in new_numbers(summary, source)] + [f"name {n}" for n in new_names(summary, source)]


def run_one(item: dict[str, Any], lang: str, instruction: str, max_words: int, engine: Any) -> Row:
    """Ask one instruction about one item's audio and score what came back."""
    from rouge_score import rouge_scorer

    from wavllm_agent import ask
    from wavllm_agent.grounding import language_shares, word_count

    audio = spoken(item)
    started = time.perf_counter()
    done = ask(audio, instruction, engine=engine)
    seconds = time.perf_counter() - started
    by_task = {t.task: t for t in done.steps}
    transcript = by_task["asr"].text if "asr" in by_task else ""
    summary_step, translation_step = by_task.get("summarize"), by_task.get("translate")
    summary = summary_step.text if summary_step else ""
    translation = translation_step.text if translation_step else ""
    scorer = rouge_scorer.RougeScorer(["rougeL"], use_stemmer=True)
    found = language_shares(translation, expected=(lang,)) if translation.strip() else None
    return Row(
        id=item["id"], split=item["split"], lang=lang, seconds=seconds, transcript=transcript, summary=summary,
        translation=translation,
        summary_grounding=summary_step.grounding if summary_step else None,
        translation_grounding=translation_step.grounding if translation_step else None,
        invented=_facts(summary, transcript), invented_vs_spoken=_facts(summary, item["text"]),
        within_limit=bool(summary.strip()) and word_count(summary) <= max_words,
        in_target=found is not None and found.language == lang,
        rouge_l=scorer.score(item["summary"], summary)["rougeL"].fmeasure,
    )


@dataclass
class Translated:
    """The translate step alone on one item's reference summary (a fixed source)."""

    id: str
    split: str
    lang: str
    seconds: float
    translation: str
    grounding: dict[str, Any] | None
    in_target: bool


def translate_reference(item: dict[str, Any], lang: str, engine: Any) -> Translated:
    """Translate the item's reference summary with the library's ``translate`` task (checks included)."""
    from wavllm_agent import run_task
    from wavllm_agent.grounding import language_shares

    started = time.perf_counter()
    result = run_task("translate", None, engine=engine, text=item["summary"], target_lang=lang)
    seconds = time.perf_counter() - started
    found = language_shares(result.text, expected=(lang,)) if result.text.strip() else None
    return Translated(item["id"], item["split"], lang, seconds, result.text, getattr(result, "grounding", None),
                      found is not None and found.language == lang)


def summarise_translations(rows: list[Translated], data: dict[str, Any]) -> dict[str, Any]:
    """chrF per language of the translations of the reference summaries (each against the reference
    translation of that same summary), target-language rate, retries and failures, seconds."""
    import sacrebleu

    refs = {item["id"]: item for item in data["items"]}
    out: dict[str, Any] = {"translations": len(rows), "chrf": {}}
    for lang in sorted({r.lang for r in rows}):
        mine = [r for r in rows if r.lang == lang]
        out["chrf"][lang] = sacrebleu.corpus_chrf([r.translation for r in mine],
                                                  [[refs[r.id][lang] for r in mine]]).score
    out["in_target_pct"] = _share([r.in_target for r in rows])
    out["retried"] = sum((r.grounding or {}).get("outcome") == "retried" for r in rows)
    out["failed"] = sum((r.grounding or {}).get("fallback") == "failed" for r in rows)
    out["seconds_median"] = statistics.median(r.seconds for r in rows) if rows else float("nan")
    return out


def translation_markdown(figures: dict[str, dict[str, Any]], *, languages: list[str]) -> str:
    """The translate step alone, on the reference summaries, as a Markdown table."""
    head = ["split", "translations", *[f"chrF {lang}" for lang in languages], "in target language",
            "retried / failed", "s / translation (median)"]
    lines = ["Translation step alone (each reference summary translated; chrF against the reference "
             "translation of that same summary):", "", "| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for split, f in figures.items():
        cells = [split, str(f["translations"]), *[f"{f['chrf'].get(lang, float('nan')):.1f}" for lang in languages],
                 f"{f['in_target_pct']:.0f} %", f"{f['retried']} / {f['failed']}", f"{f['seconds_median']:.1f}"]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def _share(flags: list[bool]) -> float:
    return 100.0 * sum(flags) / len(flags) if flags else float("nan")


def summarise(rows: list[Row], data: dict[str, Any]) -> dict[str, Any]:
    """Figures of a set of rows (one split)."""
    import sacrebleu

    refs = {item["id"]: item for item in data["items"]}
    out: dict[str, Any] = {"instructions": len(rows), "items": len({r.id for r in rows})}
    firsts = {}
    for r in rows:  # one summary per item (the same instruction prefix) - score the first seen
        firsts.setdefault(r.id, r)
    summaries = list(firsts.values())
    out["rouge_l"] = 100 * statistics.mean(r.rouge_l for r in summaries) if summaries else float("nan")
    out["invented"] = sum(len(r.invented) for r in rows)
    out["invented_vs_spoken"] = sum(len(r.invented_vs_spoken) for r in rows)
    out["faithful_pct"] = _share([not r.invented for r in rows])
    out["within_limit_pct"] = _share([r.within_limit for r in rows])
    out["in_target_pct"] = _share([r.in_target for r in rows])
    out["summary_retried"] = sum((r.summary_grounding or {}).get("outcome") == "retried" for r in rows)
    out["summary_fallback"] = sum((r.summary_grounding or {}).get("outcome") == "fallback" for r in rows)
    out["translation_retried"] = sum((r.translation_grounding or {}).get("outcome") == "retried" for r in rows)
    out["translation_failed"] = sum((r.translation_grounding or {}).get("fallback") == "failed" for r in rows)
    out["chrf"] = {}
    for lang in sorted({r.lang for r in rows}):
        mine = [r for r in rows if r.lang == lang]
        out["chrf"][lang] = sacrebleu.corpus_chrf([r.translation for r in mine],
                                                  [[refs[r.id][lang] for r in mine]]).score
    seconds = [r.seconds for r in rows]
    out["seconds_median"] = statistics.median(seconds) if seconds else float("nan")
    out["seconds_mean"] = statistics.mean(seconds) if seconds else float("nan")
    out["seconds_max"] = max(seconds) if seconds else float("nan")
    return out


def markdown(figures: dict[str, dict[str, Any]], *, languages: list[str], command: str, where: dict[str, Any],
             llm: str) -> str:
    """The results as a Markdown table (one row per split)."""
    head = ["split", "instr.", "ROUGE-L", "invented (vs spoken)", "faithful", "within 20 words",
            "in target language", *[f"chrF {lang}" for lang in languages], "retries / fallbacks",
            "s / instruction (median, max)"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for split, f in figures.items():
        cells = [split, str(f["instructions"]), f"{f['rouge_l']:.1f}", f"{f['invented']} ({f['invented_vs_spoken']})",
                 f"{f['faithful_pct']:.0f} %", f"{f['within_limit_pct']:.0f} %", f"{f['in_target_pct']:.0f} %",
                 *[f"{f['chrf'].get(lang, float('nan')):.1f}" for lang in languages],
                 f"summary {f['summary_retried']} / {f['summary_fallback']}, translation "
                 f"{f['translation_retried']} / {f['translation_failed']}",
                 f"{f['seconds_median']:.1f}, {f['seconds_max']:.1f}"]
        lines.append("| " + " | ".join(cells) + " |")
    cpu = f"{where.get('cpu_model') or where.get('processor')} ({where.get('cpus')} CPUs)"
    lines += ["", f"Measured {time.strftime('%Y-%m-%d')} on {cpu}, text model `{llm}`, with `{command}`. "
              "Goals: 100 % faithful, 100 % within the length, 100 % in the target language, chrF >= 45 on "
              "German. \"tuning\" rows were used to tune prompts and checks; \"held-out\" rows never were.", ""]
    return "\n".join(lines)


def comparisons(figures: dict[str, dict[str, Any]], rows: list[Row],
                alone: dict[str, dict[str, Any]] | None = None) -> list[Comparison]:
    """The figures as benchmark rows for ``python -m benchmarks`` (one per split). chrF's goal is held
    by the translate step alone (``alone``: a translation scored against the reference of its own
    source); the chain's chrF, which also counts summary differences, is in the notes beside it."""
    out = []
    for split, f in figures.items():
        timing = Timing("seconds per instruction", [r.seconds for r in rows if r.split == split])
        own = (alone or {}).get(split, {}).get("chrf", {})
        met = (f["faithful_pct"] == 100 and f["within_limit_pct"] == 100 and f["in_target_pct"] == 100
               and own.get("de", 0) >= 45)
        out.append(Comparison(f"chain ({split})", timing, None, float("nan"),
                              "100 % faithful, within length, in target; chrF de >= 45 (translation alone)", met,
                              notes={**f, "chrf_translation_alone": own}))
    return out


def main(argv: list[str] | None = None) -> list[Comparison]:
    """Run the benchmark; print the Markdown table; return one :class:`Comparison` per split."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.chain", description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=["tuning", "held-out", "release", "all"], default="all")
    parser.add_argument("--languages", default=None, help="comma list (default: the data file's: de,fr,es)")
    parser.add_argument("--limit", type=int, default=None, help="at most N items per split")
    parser.add_argument("--chain", type=int, default=1, help="0: skip the chained instructions (translations only)")
    parser.add_argument("--repeats", type=int, default=1, help="ignored (each instruction runs once)")
    parser.add_argument("--markdown", type=Path, default=None, help="write the table here")
    parser.add_argument("--json", type=Path, default=None, help="write every row and figure here")
    args = parser.parse_args(argv if argv is not None else sys.argv[1:])

    from wavllm_agent import load_engine

    data = load_data()
    languages = args.languages.split(",") if args.languages else list(data["languages"])
    from wavllm_agent.languages import language_name

    items = [i for i in data["items"] if args.split in ("all", i["split"])]
    if args.limit:
        items = [i for i in items if [j["id"] for j in items if j["split"] == i["split"]].index(i["id"]) < args.limit]
    engine = load_engine()
    template, max_words = data["instruction"], int(data["max_words"])

    def instruction(lang: str) -> str:
        return template.format(max_words=max_words, language=language_name(lang))

    run_one(items[0], languages[0], instruction(languages[0]), max_words, engine)  # warm: models loaded
    translated = []
    for lang in languages:
        for item in items:
            translated.append(translate_reference(item, lang, engine))
            t = translated[-1]
            print(f"{t.id} {t.lang} {t.seconds:5.1f}s | {t.translation}", file=sys.stderr, flush=True)
    rows: list[Row] = []
    for item in items if args.chain else []:
        for lang in languages:
            row = run_one(item, lang, instruction(lang), max_words, engine)
            rows.append(row)
            print(f"{row.id} {row.lang} {row.seconds:5.1f}s | {row.summary} | {row.translation}", file=sys.stderr,
                  flush=True)
    splits = [s for s in ("tuning", "held-out", "release") if any(r.split == s for r in rows)]
    figures = {s: summarise([r for r in rows if r.split == s], data) for s in splits}
    alone = {s: summarise_translations([t for t in translated if t.split == s], data)
             for s in ("tuning", "held-out", "release") if any(t.split == s for t in translated)}
    llm = str(engine.describe().get("llm", "?"))
    command = "python -m benchmarks.chain " + " ".join(argv if argv is not None else sys.argv[1:])
    table = markdown(figures, languages=languages, command=command.strip(), where=machine(), llm=llm)
    table += "\n" + translation_markdown(alone, languages=languages)
    print(table)
    if args.markdown:
        args.markdown.write_text(table, encoding="utf-8")
    if args.json:
        args.json.write_text(json.dumps({"figures": figures, "rows": [asdict(r) for r in rows], "llm": llm,
                                         "translation_alone": {"figures": alone,
                                                               "rows": [asdict(t) for t in translated]},
                                         "machine": machine()}, indent=2, ensure_ascii=False) + "\n")
    return comparisons(figures, rows, alone)


if __name__ == "__main__":
    main()
