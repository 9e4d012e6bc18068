"""Generate, check, retry once, fall back: how the text tasks keep summaries and translations grounded.

Every surface (CLI, REPL, LangChain tools, planner) runs the text tasks, so every surface gets
these checks. What happened is kept in the result's ``grounding`` record (and so in the step
trace): the problems found in each attempt, whether the retry was needed, and the fallback.
"""

from __future__ import annotations

import re

from wavllm_agent.engines.base import Engine
from wavllm_agent.grounding import Grounding, Verdict, check_summary, check_translation, extractive_summary
from wavllm_agent.grounding.scales import repair_scales
from wavllm_agent.grounding.summary import sentences, word_count
from wavllm_agent.languages import language_name
from wavllm_text.prompts import (
    SUMMARY_SYSTEM,
    TRANSLATION_SYSTEM,
    strict_summary_prompt,
    strict_translation_prompt,
    summary_prompt,
    translation_prompt,
)

_PREAMBLE = re.compile(r"^(sure|certainly|here(?: is|'s| are)|summary|translation|the (?:summary|translation)"
                       r"|[A-Z][a-z]+ translation|german|french|spanish|deutsch|français|español)\b[^\n]{0,60}:\s*",
                       re.IGNORECASE)


def clean(output: str, source: str) -> str:
    """The model's reply without chat preambles, quotes, and paragraphs after the first
    (when the source is one paragraph: small models ramble on)."""
    text = output.strip()
    if "\n\n" not in source.strip() and "\n\n" in text:
        text = text.split("\n\n", 1)[0].strip()
    for _ in range(2):
        text = _PREAMBLE.sub("", text, count=1).strip()
    if "\n" in text and "\n" not in source.strip():
        text = " ".join(text.split())
    if len(text) > 1 and text[0] in "\"'“«" and text[-1] in "\"'”»":
        text = text[1:-1].strip()
    return text


def within(text: str, max_words: int | None) -> str:
    """``text``, or its leading whole sentences when it runs over ``max_words`` and they fit, or else
    its first sentence cut after the last clause (a comma, semicolon or colon) that fits, when that
    keeps at least 60 % of the limit (cheaper than a retry, and nothing in it is new); else ``text``."""
    if max_words is None or word_count(text) <= max_words:
        return text
    kept: list[str] = []
    for sentence in sentences(text):
        if word_count(" ".join([*kept, sentence])) > max_words:
            break
        kept.append(sentence)
    if kept:
        return " ".join(kept)
    tokens = text.split()[:max_words]
    for end in range(len(tokens), int(0.6 * max_words) - 1, -1):
        if end > 0 and tokens[end - 1].endswith((",", ";", ":")):
            return " ".join(tokens[:end]).rstrip(",;:") + "."
    return text


def grounded_summary(engine: Engine, source: str, max_words: int | None) -> tuple[str, Grounding]:
    """A summary of ``source`` that passes :func:`check_summary`, or the source's own sentences."""
    record = Grounding("summary")
    budget = 24 + 2 * (max_words or 60)
    prompt = summary_prompt(source, max_words)
    for attempt in range(2):
        out = engine.generate(prompt, system=SUMMARY_SYSTEM, max_new_tokens=budget)
        text = within(clean(out, source), max_words)
        verdict = check_summary(text, source, max_words=max_words)
        record.attempts.append(verdict.problems)
        if verdict.ok:
            record.outcome = "passed" if attempt == 0 else "retried"
            return text, record
        prompt = strict_summary_prompt(source, max_words, verdict.problems)
    record.outcome, record.fallback = "fallback", "extractive"
    return extractive_summary(source, max_words), record


def grounded_translation(engine: Engine, source: str, target_lang: str,
                         source_lang: str | None) -> tuple[str, Grounding]:
    """A translation of ``source`` that passes :func:`check_translation`, or a statement that it failed."""
    record = Grounding("translation")
    budget = min(1024, 24 + 3 * word_count(source))
    prompt = translation_prompt(source, target_lang, source_lang)
    problems: tuple[str, ...] = ()
    softly_wrong: str | None = None  # an attempt with soft problems only (a name maybe translated)
    for attempt in range(2):
        out = engine.generate(prompt, system=TRANSLATION_SYSTEM, max_new_tokens=budget)
        text = clean(out, source)
        verdict = check_translation(text, source, target_lang, source_lang=source_lang)
        record.attempts.append(verdict.problems)
        fixed = None if verdict.ok else repair_scales(text, source, target_lang=target_lang, source_lang=source_lang)
        if fixed and check_translation(fixed, source, target_lang, source_lang=source_lang).ok:
            text, verdict, record.repaired = fixed, Verdict(), True  # "billones" -> "mil millones"
        if verdict.ok:
            record.outcome = "passed" if attempt == 0 else "retried"
            return text, record
        if verdict.only_soft and softly_wrong is None:
            softly_wrong = text
        problems = verdict.problems
        prompt = strict_translation_prompt(source, target_lang, source_lang, problems)
    if softly_wrong is not None:  # soft problems never fail a step: the first such attempt stands
        record.outcome = "retried"
        return softly_wrong, record
    record.outcome, record.fallback = "fallback", "failed"
    statement = (f"Translation into {language_name(target_lang)} failed ({problems[0]}); "
                 f'the text was: "{" ".join(source.split())}"')
    return statement, record
