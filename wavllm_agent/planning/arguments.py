"""A step's arguments read from its clause, by parameter name, and checked against the task.

``max_words`` ("in no more than twenty words"), ``target_lang`` ("into German"), ``language`` ("the
French audio"), ``question`` (the question alone, see :func:`questions.question_span`) and
``instruction`` (the clause); a plugin's other required text parameter gets the clause itself.
What the rules read wrongly ("in 0 words") is dropped rather than failing the plan.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from wavllm_agent.errors import PlanError, UsageError
from wavllm_agent.languages import LANGUAGES
from wavllm_agent.planning import questions
from wavllm_agent.planning.spoken_question import quoted_question
from wavllm_agent.planning.text import (
    Token,
    find_language_token,
    sentence_case,
    source_language,
    target_language,
)
from wavllm_agent.planning.word_limits import word_limit

if TYPE_CHECKING:
    from wavllm_agent.tasks.base import Task

_HAS_WORD = re.compile(r"\w")
_LANGUAGE_PARAMS = frozenset({"target_lang", "language"})


def fields_of(task: Task) -> dict[str, Any]:
    """The task's parameters (pydantic fields) by name."""
    return dict(getattr(getattr(task, "params_model", None), "model_fields", {}) or {})


def clause_text(body: list[Token], source: str) -> str:
    """The clause as the user wrote it (``body`` indexes into ``source``)."""
    return source[body[0].start:body[-1].end] if body else ""


_LAUGHS = ("lol", "haha", "lmao")
_LAUGH_NAMED = frozenset({"define", "for", "with", "of", "named", "called", "like", "mean", "means", "meaning", "word",
                          "is", "says", "say", "saying", "about", "spell", "explain", "ends", "end", "as", "to", "write",
                          "type", "the", "a", "an", "and", "or", "than", "in"})
"""Before a closing "lol" that is what the request is about ("Define lol", "synonyms for lol", "a dog named Lol")."""


def _without_laugh(text: str) -> str:
    """``text`` without a laugh that closes a chat request ("..., just write me a limerick lol"), when more is left."""
    head = text.rstrip(" .!")
    for laugh in _LAUGHS:
        if head.lower().endswith(laugh) and len(head) > len(laugh) and head[-len(laugh) - 1] in " ,":
            kept = head[:-len(laugh)].rstrip(" ,")
            last = kept.rsplit(None, 1)[-1].lower() if kept.split() else ""
            return kept if last.isalnum() and last not in _LAUGH_NAMED else text
    return text


def read_args(task: Task, body: list[Token], source: str, *, whole: str | None = None,
              language: str | None = None) -> dict[str, Any]:
    """Arguments for ``task`` from the clause ``body``; invalid ones dropped (see :func:`valid_args`).

    Args:
        whole: the text to use for the clause instead of ``body``'s (the rest after "ignore the audio").
        language: the speech's language when the clause names none (stated in a clause of its own).

    Raises:
        PlanError: a target language that is no language ("into Klingon").
    """
    fields = fields_of(task)
    text = whole if whole is not None else clause_text(body, source)
    args: dict[str, Any] = {}
    if "max_words" in fields:
        args["max_words"] = word_limit(body)
    if "target_lang" in fields:
        args["target_lang"] = target_language(body)
        unknown = unknown_target(body) if args["target_lang"] is None else None
        if unknown is not None:  # "into Klingon": say so, never translate into a default language
            raise PlanError(f"unknown language {unknown!r}",
                            hint="name a language such as German, or a code such as de")
    if "language" in fields:
        args["language"] = source_language(body) or language
    if "question" in fields:
        start, end = questions.question_span(body)
        question = clause_text(body[start:end], source) if start or end < len(body) else text
        question = quoted_question(text) or _unquoted(question)  # "answer the question 'how much does the glaze cost?'"
        question = " ".join(question.split()) if "\n" in question else question  # options on lines of their own
        args["question"] = sentence_case(question) if _HAS_WORD.search(question) else None
    if "instruction" in fields:
        args["instruction"] = sentence_case(_without_laugh(text))  # ("write me a limerick lol")
    args.update(task.plan_args(text) if hasattr(task, "plan_args") else {})
    for field_name, info in fields.items():  # a plugin's required text: the clause itself
        if info.is_required() and args.get(field_name) is None and info.annotation is str:
            args[field_name] = sentence_case(text)
    return valid_args(task, {k: v for k, v in args.items() if v is not None})


def valid_args(task: Task, args: dict[str, Any]) -> dict[str, Any]:
    """``args`` if the task accepts them, else without the one it refuses (a misreading such as "in 0
    words"); a language the user named is kept, so that validation says it is refused."""
    try:
        task.parse_params(args)
        return args
    except UsageError:
        pass
    for key in list(args):
        if key in _LANGUAGE_PARAMS and args[key] in LANGUAGES:
            continue
        trial = {k: v for k, v in args.items() if k != key}
        try:
            task.parse_params(trial)
            return trial
        except UsageError:
            continue
    return args if any(k in _LANGUAGE_PARAMS and v in LANGUAGES for k, v in args.items()) else {}


_QUOTE_PAIRS = {"'": "'", '"': '"', "‘": "’", "“": "”"}


def _unquoted(question: str) -> str:
    """"'Why is the parade delayed? i) rain ii) a float'": a question quoted whole, without its quotes."""
    text = question.strip()
    inner = text[1:-1]
    if len(text) > 2 and _QUOTE_PAIRS.get(text[0]) == text[-1] and not any(
            c == text[0] and not (inner[k - 1:k].isalpha() and inner[k + 1:k + 2].isalpha()) for k, c in enumerate(inner)):
        return inner.strip()  # (an apostrophe inside a word stays: "'Who is the brand's founder? ...'")
    return question


_LANGUAGE_ENDINGS = ("ish", "ian", "ese", "ic", "an", "ch", "i")


def unknown_target(body: list[Token]) -> str | None:
    """A capitalised word where a target language goes that is no language we know ("into Klingon",
    "translate it to Elvish"), else None: the caller says so instead of translating into a default."""
    for i, tok in enumerate(body[:-1]):
        nxt = body[i + 1]
        into = tok.low == "into" or (tok.low == "to" and any(t.low.startswith("translat") for t in body[:i])
                                     and nxt.low.endswith(_LANGUAGE_ENDINGS))  # not "her trip to Paris"
        if into and nxt.is_word and nxt.text[:1].isupper() and target_language([nxt]) is None \
                and find_language_token(nxt) is None:
            return nxt.text
    return None
