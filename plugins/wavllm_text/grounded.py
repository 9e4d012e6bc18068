"""Generate, check, retry once, fall back: how the text tasks keep summaries and translations grounded.

Every surface (CLI, REPL, LangChain tools, planner) runs the text tasks, so every surface gets
these checks. What happened is kept in the result's ``grounding`` record (and so in the step
trace): the problems found in each attempt, whether the retry was needed, and the fallback.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from wavllm_agent.engines.base import Engine
from wavllm_agent.engines.text_llm import RETRY_BEAMS
from wavllm_agent.errors import LimitError
from wavllm_agent.grounding import Grounding, Verdict, check_summary, check_translation, extractive_summary
from wavllm_agent.grounding.dates import repair_dates
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


ATTEMPTS = 3
"""Attempts of a text step: greedy on the first prompt, greedy on the stricter one, then the stricter
one's beam-search answers."""


def _attempt_texts(engine: Engine, attempt: int, prompt: str, system: str, budget: int) -> list[str]:
    """The answers of one attempt, best first: one greedy answer, or (the last) a beam search's best
    (none when the engine has no beam search)."""
    if attempt < ATTEMPTS - 1:
        return [engine.generate(prompt, system=system, max_new_tokens=budget)]
    try:
        return engine.generate_candidates(prompt, system=system, max_new_tokens=budget, n=RETRY_BEAMS)
    except LimitError:
        return []  # the caller's budget cut the beam's best answer: the fallback, as before the beam


def grounded_summary(engine: Engine, source: str, max_words: int | None) -> tuple[str, Grounding]:
    """A summary of ``source`` that passes :func:`check_summary`, or the source's own sentences.

    The first attempt decodes greedily; the retry asks more strictly, greedily and then, if that fails
    too, by a beam search whose best answers are checked in order (the first that passes is kept).
    """
    record = Grounding("summary")
    budget = 24 + 2 * (max_words or 60)
    prompt = summary_prompt(source, max_words)
    for attempt in range(ATTEMPTS):
        verdicts: list[tuple[str, Verdict]] = []
        for out in _attempt_texts(engine, attempt, prompt, SUMMARY_SYSTEM, budget):
            text = within(clean(out, source), max_words)
            verdicts.append((text, check_summary(text, source, max_words=max_words)))
        if not verdicts:
            break
        chosen = next((i for i, (_, v) in enumerate(verdicts) if v.ok), None)
        record.attempts.append(verdicts[chosen or 0][1].problems)
        if chosen is not None:
            record.outcome = "passed" if attempt == 0 else "retried"
            record.candidate = chosen if attempt == ATTEMPTS - 1 else None
            return verdicts[chosen][0], record
        if attempt == 0:
            prompt = strict_summary_prompt(source, max_words, verdicts[0][1].problems)
    record.outcome, record.fallback = "fallback", "extractive"
    return extractive_summary(source, max_words), record


class _Judged(NamedTuple):
    text: str
    verdict: Verdict  # of the text as generated (its problems are recorded even when repaired)
    passed: bool
    repaired: bool


def _judge_translation(text: str, source: str, target_lang: str, source_lang: str | None) -> _Judged:
    """``text`` checked; with its one wrong scale word and/or its one wrong day or month repaired when that alone
    makes it pass."""
    verdict = check_translation(text, source, target_lang, source_lang=source_lang)
    if not verdict.ok:
        fixed = text
        for repair in (repair_scales, repair_dates):  # "billones" -> "mil millones", "mardi" -> "lundi"
            fixed = repair(fixed, source, target_lang=target_lang, source_lang=source_lang) or fixed
        if fixed != text and check_translation(fixed, source, target_lang, source_lang=source_lang).ok:
            return _Judged(fixed, verdict, True, True)
    return _Judged(text, verdict, verdict.ok, False)


def grounded_translation(engine: Engine, source: str, target_lang: str,
                         source_lang: str | None) -> tuple[str, Grounding]:
    """A translation of ``source`` that passes :func:`check_translation`, or a statement that it failed.

    The first attempt decodes greedily; the retry asks more strictly, greedily and then, if that fails
    too, by a beam search whose best answers are checked in order (the first that passes is kept).
    """
    record = Grounding("translation")
    budget = min(1024, 24 + 3 * word_count(source))
    prompt = translation_prompt(source, target_lang, source_lang)
    problems: tuple[str, ...] = ()
    softly_wrong: str | None = None  # an attempt with soft problems only (a name maybe translated)
    for attempt in range(ATTEMPTS):
        judged = [_judge_translation(clean(out, source), source, target_lang, source_lang)
                  for out in _attempt_texts(engine, attempt, prompt, TRANSLATION_SYSTEM, budget)]
        if not judged:
            break
        chosen = next((i for i, j in enumerate(judged) if j.passed), None)
        problems = judged[chosen or 0].verdict.problems
        record.attempts.append(problems)
        if chosen is not None:
            record.repaired = judged[chosen].repaired
            record.outcome = "passed" if attempt == 0 else "retried"
            record.candidate = chosen if attempt == ATTEMPTS - 1 else None
            return judged[chosen].text, record
        soft = next((i for i, j in enumerate(judged) if j.verdict.only_soft), None)
        if softly_wrong is None and soft is not None:
            softly_wrong = judged[soft].text
            if attempt == ATTEMPTS - 1:  # a beam answer stands: record it, not the best one
                record.attempts[-1], record.candidate = judged[soft].verdict.problems, soft
        if attempt > 0 and softly_wrong is not None:
            break  # a soft problem is not worth a beam search: the first such attempt will stand
        if attempt == 0:
            prompt = strict_translation_prompt(source, target_lang, source_lang, problems)
    if softly_wrong is not None:  # soft problems never fail a step: the first such attempt stands
        record.outcome = "retried"
        return softly_wrong, record
    record.outcome, record.fallback = "fallback", "failed"
    statement = (f"Translation into {language_name(target_lang)} failed ({problems[0]}); "
                 f'the text was: "{" ".join(source.split())}"')
    return statement, record
