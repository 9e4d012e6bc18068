"""Whether a piece of an instruction asks for something on its own ("a note on whether more than one guide
speaks", "and separately into Indonesian"): such a piece stays a clause of its own (see
:mod:`wavllm_agent.planning.clauses`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wavllm_agent.planning import (
    cues,
    going_on,
    options,
    phrasings,
    said,
    setoff,
    sounding,
    speaker_words,
    speakers,
    spoken_question,
    versions,
)
from wavllm_agent.planning.lexicon import CHOICE_VERBS
from wavllm_agent.planning.text import (
    LANGUAGE_MODIFIERS,
    VERSION_NOUNS,
    Token,
    find_language_token,
    target_cue,
)
from wavllm_agent.planning.word_limits import word_limit
from wavllm_agent.tasks.traits import PlanRole

if TYPE_CHECKING:
    from wavllm_agent.planning.vocab import Vocabulary

_INTO_VERBS = frozenset({"put", "turn", "convert", "change", "switch", "render", "bring", "make"})


_PARTS = frozenset({"first", "second", "last", "half", "most", "whole", "rest", "beginning", "end", "start", "middle"})


def asks_for_something(tokens: list[Token], vocab: Vocabulary, *, labelled: bool = False) -> bool:
    """True when a piece of a clause asks for something on its own, so that it is kept as a clause of its own
    rather than joined to its neighbour. A label of a few words before a colon is looked past once (``labelled``:
    the piece is what follows one)."""
    if vocab.matches(tokens) or said.asks_what_is_said(tokens) or speakers.asks_speaker_count(tokens) \
            or speaker_words.asks_in_other_words(tokens) or speaker_words.stays_the_same(tokens) \
            or phrasings.asks_written_out(tokens) or phrasings.written_in_language(tokens) or sounding.asks_if_sounding(tokens) or spoken_question.answers_it(tokens) \
            or sounding.asks_how_sounding(tokens) \
            or spoken_question.answers_what_is_asked(tokens) or spoken_question.asks_spoken_question(tokens) \
            or going_on.keeps_going(tokens) or (word_limit(tokens) is not None and phrasings.asks_gist(tokens) is not None):
        # ("and keep the Spanish version going", "Fifty words max on the dowsing talk")
        return True  # "Their words, in Turkish, please", "a note on whether more than one guide speaks"
    start = cues.request_start(tokens, cues.lead_end(tokens))
    if start < len(tokens) and tokens[start].low in _INTO_VERBS and (target_cue(tokens) is not None
                                                                  or phrasings.made_language(tokens, start) is not None):
        return True  # "Put the recording into Finnish": a translation with no task word
    if start < len(tokens) and setoff.in_language(tokens, start, bare=True):
        return True  # "and the whole thing in Japanese"
    if start + 1 < len(tokens) and tokens[start].low in ("into", "to") and find_language_token(tokens[start + 1]):
        return True  # "and separately into Indonesian"
    if start + 3 < len(tokens) and tokens[start].low in CHOICE_VERBS and tokens[start + 1].low == "one" \
            and tokens[start + 2].low == ":" and options.has_options(tokens[start:]):
        return True  # "and pick one: the tea cosy was knitted by i) ... ii) ...": a question with its options
    if start + 4 < len(tokens) and tokens[start].low in ("content", "contents") and tokens[start + 1].low == "of" \
            and tokens[-2].low == "in" and find_language_token(tokens[-1]) and len(tokens) - start <= 9:
        return True  # "Content of the announcement in Finnish, and ...": the words, in a language
    if start + 2 < len(tokens) and tokens[start].low == "in" and find_language_token(tokens[start + 1]) \
            and tokens[start + 2].low in ("too", "also", "as"):
        return True  # "..., and in Turkish too": the same again in another language
    named = start + (start + 1 < len(tokens) and tokens[start].low in ("a", "an", "the"))  # "a Greek version of it"
    if named + 2 < len(tokens) and find_language_token(tokens[named]) and tokens[named + 1].low in VERSION_NOUNS \
            and tokens[named + 2].low == "of" or versions.its_version(tokens, start):
        return True  # "Ukrainian version of the starter's announcements", "(a transcript and) its Hindi version"
    if start + 3 < len(tokens) and find_language_token(tokens[start]) and tokens[start + 1].low == "for" \
            and tokens[start + 2].low in ("the", "this", "that") and tokens[start + 3].is_word \
            and tokens[start + 3].low not in _PARTS:  # (not "English for the first half, and ...")
        return True  # "Hindi for the pilates class audio, and ...": a translation (planning.versions)
    if any(tokens[k].low == "," and tokens[k + 1].low == "in" and (find_language_token(tokens[k + 2]) or (
            tokens[k + 2].low in LANGUAGE_MODIFIERS and k + 3 < len(tokens) and find_language_token(tokens[k + 3])))
           and any(t.key in cues.AUDIO_KEYS for t in tokens[start:k]) for k in range(start, len(tokens) - 2)):
        return True  # "The blasting safety briefing, in Ukrainian, please"
    colon = None if labelled else next((k for k in range(1, min(len(tokens) - 1, 5)) if tokens[k].low == ":"), None)
    if colon is not None and all(t.is_word for t in tokens[:colon]) \
            and asks_for_something(tokens[colon + 1:], vocab, labelled=True):
        return True  # "Marbles championship: spoken content in Greek, and ...": a label, then what is asked
    if _checks_speakers(tokens):
        return True  # "After checking how many people speak, pick ...": a speaker count, done first
    words = [t for t in tokens if t.is_word]
    short_question = len(words) == 2 and words[0].low in ("who", "what") and tokens[-1].low == "?" and (
        words[1].low.endswith(("s", "ed")) or words[1].low in _PAST_FORMS) and words[1].low not in _FOLLOW_UPS
    # ", and who wins?", "and what happened?" (not "and what for?", "and who else?": the question before, asked on)
    return cues.is_request(tokens) and (cues.word_count(tokens) >= 3 or short_question)


def _checks_speakers(tokens: list[Token]) -> bool:
    """"After checking how many people speak": a speaker count done first (not "After noting that one person speaks")."""
    return len(tokens) > 3 and tokens[0].low in ("after", "before") and tokens[1].low in _CHECKING \
        and (tokens[2].low in cues.WH or tokens[2].low in ("whether", "if")) and speakers.asks_speaker_count(tokens[2:])


def choice_after_check(tokens: list[Token], before: int, a: int, b: int) -> bool:
    """"After checking how many people speak, pick the right answer: the bin is kept (a) ... (b) ...": a choice
    (``tokens[a:b]``) after a speaker count done first (the piece at ``before``), a question of its own; not when the
    options answer the count ("..., pick the right answer: a) one b) two")."""
    piece = tokens[a:b]
    return _checks_speakers(tokens[before:a]) and bool(piece) and piece[0].low in CHOICE_VERBS \
        and options.has_options(piece) and not any(t.low in _COUNT_ANSWERS for t in piece)


def mood_item(tokens: list[Token], a: int, b: int, vocab: Vocabulary) -> bool:
    """Piece ``tokens[a:b]`` names someone's mood as an item of a list ("Two things from the forge clip: the number of
    voices, the smith's attitude, and a Thai translation."): an emotion check of its own. Not the style of a story
    carried on ("Carry the story on, same style, the narrator's tone."), nor one of two moods a question after them
    compares ("Her attitude, his attitude, which is calmer?")."""
    if not sounding.names_mood(tokens[a:b]):
        return False
    sentence = next((k + 1 for k in range(a - 1, -1, -1) if tokens[k].low in (".", "?", "!")), 0)
    end = next((k for k in range(b, len(tokens)) if tokens[k].low in (".", "?", "!")), len(tokens))
    story = vocab.role(PlanRole.STORY)
    if any(t.low in ("style", "manner") for t in tokens[sentence:a]) \
            and any(m.task == story for m in vocab.matches(tokens[sentence:a])):
        return False
    compared = any(t.low in sounding.MOOD_WORDS for t in tokens[sentence:a]) \
        or any(t.low in sounding.MOOD_WORDS for t in tokens[b:end])
    return not (compared and any(t.low in ("which", "who", "whose") for t in tokens[b:end])
                and tokens[end:end + 1] != [] and tokens[end].low == "?")


_COUNT_ANSWERS = frozenset({"one", "two", "three", "four", "yes", "no", "single", "several", "same"})
_CHECKING = frozenset({"checking", "counting", "establishing", "determining", "finding", "working", "noting"})
_PAST_FORMS = frozenset({"won", "spoke", "said", "lost", "left", "came", "went", "sang", "ran", "began", "broke", "made",
                         "took", "got", "fell", "paid", "sold", "bought", "told", "brought"})
_FOLLOW_UPS = frozenset({"else", "for", "less", "was", "is", "does", "has", "this", "that", "its", "his", "yes"})
