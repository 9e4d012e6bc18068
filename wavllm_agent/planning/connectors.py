"""Ordering words that start a new clause after a comma or "and" (", then ...", "and finally ...", ", along with a
summary thereof", "plus whether ..."): the hard boundaries :mod:`~wavllm_agent.planning.clauses` cuts at."""

from __future__ import annotations

from wavllm_agent.planning import before_that, cues, numbering, options, phrasings, setoff
from wavllm_agent.planning.lexicon import REQUEST_VERBS
from wavllm_agent.planning.owned_words import possessed
from wavllm_agent.planning.people import is_people
from wavllm_agent.planning.said_forms import SAID_NOUNS
from wavllm_agent.planning.text import DASHES, Token, find_language_token, stem
from wavllm_agent.planning.word_limits import NUMBER_WORDS

TEXT_NOUNS = frozenset({"summary", "transcript", "transcription", "translation", "synopsis", "rendering"})
DETERMINERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "your", "my"})

_HARD = cues.by_first_word(tuple(p.split()) for p in (
    "then", "next", "after that", "after this", "afterwards", "afterward", "subsequently", "finally",
    "lastly", "also", "additionally", "furthermore", "moreover", "in addition", "besides",
    "followed by", "to be followed by", "and then", "and finally", "and lastly", "and also", "and afterwards", "plus", "thereafter",
    "and thereafter", "2nd", "3rd", "4th", "whereupon", "whereafter", "after which", "following which",
    "secondly", "thirdly", "fourthly", "and secondly", "and thirdly", "to finish", "and to finish", "to wrap up",
    "and to wrap up", "to end with", "and to end", "and at last", "and last ,", "and end with", "and last a",
    "and last the", "follow it with", "follow that with", "follow this with", "follow with", "and follow it with",
    "and follow that with", "follow up with", "and close with", "and finish with",
))
_ASSESSMENTS = frozenset({"assessment", "analysis", "evaluation", "indication", "description", "sense", "idea"})
"""", together with an assessment of the deponent's emotional state": a request of its own."""
_ALONG = cues.by_first_word(tuple(p.split()) for p in ("together with", "along with", "as well as", "alongside"))
_STATEMENTS = frozenset({"statement", "note", "word", "report", "account", "indication", "line", "mention"})
"""", together with a statement of how many presenters are audible": a count, a request of its own."""
_HEARD = frozenset({"audible", "heard", "speak", "speaks", "speaking", "talk", "talks", "talking", "there", "present"})
"""After "how many presenters": words that count them in the recording."""
_NOTED = frozenset({"tone", "mood", "emotion", "emotional", "emotions", "feelings", "voices", "speakers", "attitude"})
"""What "along with a note on ..." asks about as a request of its own: how the speaker sounds, how many speak."""
_COUNTS = frozenset({"count", "tally", "headcount", "number"})
_COUNTED = frozenset({"voices", "speakers", "talkers"})
"""", along with a count of the voices in it": how many speak, a request of its own."""
_SPEAKER_NAMED = frozenset({"speaker", "speaker's", "speakers'", "narrator", "narrator's", "host", "host's", "many"})
"""Who or what "along with a sense (an idea) of ..." must name to ask for a request of its own ("a sense of how the
speaker feels", "an idea of how many talk"; not "a sense of how the hero feels", "... the main character's feelings")."""
_TASK_KEYS = cues.ACTION_KEYS - frozenset(stem(v) for v in cues.INFO_VERBS)
"""With a text noun, a task asked for ("transcribe", "write") before ", along with a word on whether ...": that is a
request of its own (not after "Tell me who won, along with a note on whether anyone was hurt", one question)."""
_SAID_OF_IT = frozenset({"should", "must", "will", "would", "needs", "need", "is", "was", "has", "can", "may", "shall"})
"""After "plus that translation": a remark on it ("... plus that translation should be formal"), not a request."""
_AFTER_AND = frozenset({"then", "finally", "lastly", "also", "afterwards", "after", "subsequently",
                        "next", "additionally", "thereafter"})


def _counts_voices(tokens: list[Token], k: int) -> bool:
    """"(along with a) count of the (different) voices": how many speak, at ``k`` (not "the number of votes the
    speakers cast", "a count of the voices that agree", nor inside a question with options)."""
    lows = [t.low for t in tokens[k:k + 5]]
    noun = 2 + (lows[2:3] in (["the"], ["different"], ["distinct"])) + (lows[3:4] in (["different"], ["distinct"]))
    return lows[:2] in ([c, "of"] for c in _COUNTS) and lows[noun:noun + 1] != [] and lows[noun] in _COUNTED \
        and lows[noun + 1:noun + 2] not in (["who"], ["that"], ["which"]) and not options.has_options(tokens)


def _request_after(tokens: list[Token], k: int) -> bool:
    """"(and after,) a resume short of 40 words", "(and after,) translate it": a request at ``k`` (not "... before the
    speech and after, a short jingle?")."""
    sentence = next((m + 1 for m in range(k - 1, -1, -1) if tokens[m].low in (".", "?", "!", ";")), 0)
    end = next((m for m in range(k, len(tokens)) if tokens[m].low in (".", "?", "!", ";")), len(tokens))
    if k >= len(tokens) or any(t.low == "before" for t in tokens[sentence:k]) or tokens[end:end + 1] and tokens[end].low == "?":
        return False
    return tokens[k].key in cues.ACTION_KEYS or (tokens[k].low in ("a", "an") and any(
        t.low in TEXT_NOUNS | {"resume", "version", "text"} for t in tokens[k + 1:k + 4]))


def connector(tokens: list[Token], i: int, hard: set[int], drop: set[int]) -> None:
    """Ordering words after a comma or "and" start a new clause (", then ...", "and finally ...")."""
    phrase = cues.phrase_at(tokens, i, _HARD)
    if phrase == ("next",) and i + 2 < len(tokens) and tokens[i + 1].low == "to" and tokens[i + 2].low in DETERMINERS:
        return  # "Options: behind the tee, next to the ball bucket, ...": beside, no ordering word
    if phrase is None and tokens[i].low == "that" and tokens[i - 1].low == "and" and i + 2 < len(tokens) \
            and tokens[i + 1].low in ("said", "the", "this", "a", "an") and (
                tokens[i + 2].low in TEXT_NOUNS or (i + 3 < len(tokens) and tokens[i + 3].low in TEXT_NOUNS)):
        hard.add(i - 1)  # "be transcribed verbatim and that said transcript be rendered into English"
        drop.update((i - 1, i))
        return
    along = cues.phrase_at(tokens, i, _ALONG) if phrase is None else None
    if along is not None:
        k = i + len(along)
        if along == ("alongside",) and (tokens[i - 1].low != "," or tokens[setoff.sentence_start(tokens, i)].low in cues.AUX | cues.WH):
            return  # ("..., alongside a plain transcript"; not "the part where the priest reads alongside a translation")
        comma = tokens[i - 1].low == ","  # without one: "a transcript ... along with a Japanese rendering of it"
        if k < len(tokens) and ((comma and tokens[k].key in cues.ACTION_KEYS)
                                or any(t.low in TEXT_NOUNS for t in tokens[k:k + (4 if comma else 3)])
                                or (comma and any(t.low == "whether" for t in tokens[k + 1:k + 5])
                                    and any(t.low in TEXT_NOUNS or t.key in _TASK_KEYS for t in tokens[:i]))
                                or (tokens[k + 1:k + 2] and tokens[k + 1].low in _ASSESSMENTS
                                    and (comma or [t.low for t in tokens[k + 2:k + 3]] == ["of"])
                                    and (tokens[k + 1].low not in ("sense", "idea")
                                         or any(t.low in _SPEAKER_NAMED for t in tokens[k + 2:k + 10])))
                                or _counts_voices(tokens, k + 1)
                                or ([t.low for t in tokens[k + 2:k + 5]] in (["of", "how", "many"], ["on", "how", "many"])
                                    and tokens[k + 1].low in _STATEMENTS and k + 5 < len(tokens)
                                    and is_people(tokens[k + 5].low)
                                    and any(t.low in _HEARD for t in tokens[k + 6:k + 10]))
                                # "... with a statement of how many presenters are audible" (not "... people attended")
                                or ([t.low for t in tokens[k + 1:k + 3]] in (["note", "on"], ["word", "on"], ["note", "about"])
                                    and any(t.low in _NOTED for t in tokens[k + 3:k + 9])
                                    and not any(t.low in cues.WH for t in tokens[setoff.sentence_start(tokens, i):i + 4]))):
            # ("the speech in Spanish along with a note on the speaker's tone"; not "..., along with a note on whether",
            # "... along with a note on the idioms")
            # ("... recording along with an indication of how many distinct speakers there are")
            hard.add(i - 1 if comma else i)  # "..., together with a summary thereof": a second request
            drop.update(range(i - 1 if comma else i, k))
        return
    if phrase is None:
        if before_that.before_that(tokens, i) and (tokens[i - 1].low in DASHES or tokens[i - 1].low in (",", ";")):
            hard.add(i - 1)  # "Continue the story, but first tell me ...": a request to do before the one just asked
            drop.add(i - 1)
            return
        if tokens[i].low == "after" and before_that.telling_first(tokens, i):
            hard.add(i)  # "Continue the story after telling me if one voice narrates it": the request after it goes first
            return
        if tokens[i].low in ("but", "and") and tokens[i - 1].low in (",", ";") and before_that.in_between(tokens, i):
            hard.add(i - 1)  # "..., but in between answer 'Why ...?'": a request of its own
            drop.add(i - 1)
            return
        if before_that.answered_after(tokens, i) and tokens[i - 1].low in DASHES \
                and tokens[i - 1].start > tokens[i - 2].end and _asked_before(tokens, i - 1):
            hard.add(i - 1)  # "(C) 36 — answer that after you transcribe it": the question's steps go after
            drop.add(i - 1)
            return
        if (tokens[i].low == "once" or (tokens[i].low == "when" and _done_then_asked(tokens, i))) and (
                tokens[i - 1].low == "," or tokens[i - 1].low in DASHES or (
                tokens[i - 1].low == "and" and _done_then_asked(tokens, i))) and i + 3 < len(tokens) \
                and tokens[i + 1].low in _DONE_BY and any(t.low in _DONE for t in tokens[i + 2:i + 5]):
            hard.add(i - 1)  # "(c) $70 — once that's answered, summarise ...": the next request's lead
            drop.add(i - 1)
            return
        if _before_doing(tokens, i):
            hard.add(i)  # "Say how many voices appear before giving a 15-word recap": the recap after
            drop.update(range(i, i + 1 + (tokens[i + 1].low in ("you", "u", "we"))))
            return
        if numbering.spelled_ordinal(tokens, i) or numbering.after_ordinal_tail(tokens, i):
            hard.add(i - 1)  # "first you write all words, second you answer ..., third you say ..."
            drop.add(i - 1)
            return
        if tokens[i].low == "after" and tokens[i - 1].low in ("and", ",") and i + 3 < len(tokens) \
                and [t.low for t in tokens[i + 1:i + 3]] in (["the", "question"], ["that", "question"], ["the", "answer"]) \
                and tokens[i + 3].key in cues.ACTION_KEYS:
            hard.add(i - 1)  # "..., and after the question say if its one speaker": the next request
            drop.update(range(i - 1, i + 3))
            return
        if tokens[i].low == "after" and tokens[i - 1].low == "and" and i > 1 and tokens[i - 2].low == "," \
                and i + 2 < len(tokens) and tokens[i + 1].low in ("it", "that") and tokens[i + 2].key in cues.ACTION_KEYS:
            hard.add(i - 2)  # "Before that, tell me how she sounds, and after it translate the recording": the next one
            drop.update(range(i - 2, i + 2))
            return
        if tokens[i].text == "Last" and tokens[i - 1].low == "." and i + 2 < len(tokens) and tokens[i + 1].low == ",":
            hard.add(i)  # "... (c) 12 m. Last, the full transcript.": the last request, after a full stop
            drop.update((i, i + 1))
            return
        if (tokens[i].low == "after" or (tokens[i].low == "last" and setoff.last_request(tokens, i))) \
                and tokens[i - 1].low in ("and", ",") and i + 1 < len(tokens) \
                and (tokens[i + 1].key in cues.ACTION_KEYS or tokens[i + 1].low in ("you", "answer", "tell", "make")
                     or (tokens[i].low == "after" and tokens[i + 1].low == "," and _request_after(tokens, i + 2))
                     or (tokens[i].low == "after" and tokens[i + 1].low in ("a", "an") and _request_after(tokens, i + 1))
                     or (tokens[i].low == "last" and tokens[i + 1].low in ("whether", "how"))):
            # ("..., next the caller's mood, last whether anyone else talks"; "and after a short resume of it")
            hard.add(i - 1)  # "... and after say me the feeling of speaker", "..., and last translate the audio",
            drop.update((i - 1, i) if tokens[i + 1].low != "," else (i - 1, i, i + 1))  # "and after, a resume short"
        return
    prev = tokens[i - 1].low
    if prev in (",", "-", "–", "—"):  # ", then ...", "... - then ..."
        hard.add(i - 1)
        drop.add(i - 1)
    elif prev == "and" and i >= 2 and tokens[i - 2].low == ",":
        hard.add(i - 2)
        drop.update((i - 2, i - 1))
    elif (prev == "and" or tokens[i - 1].text == "n") and tokens[i].low in _AFTER_AND:  # "n also": texting
        hard.add(i - 1)
        drop.add(i - 1)
    elif phrase[0] == "and" and phrase[-1] == "with" and (tokens[i - 1].low == ")" or _text_ends_request(tokens, i + len(phrase))):
        hard.add(i)  # "(... c) a logbook only) and end with a Swedish translation": after a question in brackets
        drop.add(i)  # (not "Does the song start softly and end with a scream?")
    elif phrase[0] == "then" and (tokens[i - 1].is_word or tokens[i - 1].low == "." or tokens[i - 1].low in (")", "]")
                                  and tokens[i].text[:1].isupper()):
        hard.add(i)  # "... C. 220°C. Then continue ...": after an option letter's full stop, or "[autumn] Then ..."
    elif phrase == ("also",) and tokens[i - 1].is_word and _question_after_question(tokens, i):
        hard.add(i)  # "how many ppl r talking abt the cufflink lol also wat r they saying": a second question, unpunctuated
        drop.add(i)
    elif phrase[0] in ("finally", "lastly", "afterwards", "next", "also") and tokens[i].text[:1].isupper() \
            and (tokens[i - 1].is_word or tokens[i - 1].low in (")", "]")):
        hard.add(i)  # "... (c) 8 km Finally, transcribe it.": a capitalised ordering word, its full stop left out
    elif phrase[0] == "plus" and i + 1 < len(tokens) and (
            tokens[i + 1].low in cues.WH or tokens[i + 1].low in ("if", ":") or tokens[i + 1].key in cues.ACTION_KEYS
            or _noted(tokens, i + 1)  # "... plus a count of how many people are in it", "plus a quick check: ...?"
            or _speaker_count_after(tokens, i + 1)  # "Transcription plus a speaker tally"
            or setoff.note_on_whether(tokens, i + 1)  # "plus a yes/no on whether ..."
            or (tokens[i + 1].low in ("confirmation", "verification") and i + 2 < len(tokens)
                and tokens[i + 2].low in ("that", "whether", "if", "of"))  # "plus confirmation that the same ..."
            or (tokens[i + 1].low in DETERMINERS | {"that", "this"} and any(t.low in TEXT_NOUNS or t.low in ("version", "copy")
                                                          for t in tokens[i + 2:i + 5])
                and not (tokens[i + 1].low in ("that", "this") and tokens[i + 3:i + 4] and tokens[i + 3].low in _SAID_OF_IT))
            or _sized_text(tokens, i + 1) or _owned_words_in_language(tokens, i + 1)
            or tokens[i + 1].low in TEXT_NOUNS and (i + 2 == len(tokens) or not tokens[i + 2].is_word
                                                    or tokens[i + 2].low in ("of", "in", "into", "to"))
            or (find_language_token(tokens[i + 1]) and any(
                t.low in TEXT_NOUNS or t.low in ("version", "copy") for t in tokens[i + 2:i + 4]))):
        # "Transcript plus summary", "Transcript plus Japanese version of the spoken words"
        hard.add(i)  # "the gist in 25 words plus whether it's one guy talking", "... plus a summary of it"
        drop.add(i)


_ASKED_WH = frozenset({"what", "wat", "who", "how", "why", "where", "when", "whats"})
_ASKED_AUX = frozenset({"is", "are", "r", "was", "were", "do", "does", "did", "'s"})


def _question_after_question(tokens: list[Token], i: int) -> bool:
    """"<a question> also what are they saying": "also", then a question word, its verb and a pronoun, after a
    sentence that opens with a question word (not "Tell me also what they say", "Is the man at the end also who is
    speaking at the start?", "Does he explain also why is he late?", "... also where is the hotel?")."""
    start = setoff.sentence_start(tokens, i)
    return i + 3 < len(tokens) and tokens[i + 1].low in _ASKED_WH and tokens[i + 2].low in _ASKED_AUX \
        and tokens[i + 3].low in _ASKED_PRONOUNS and i - start >= 3 and tokens[start].low in _ASKED_WH \
        and tokens[i - 1].low not in _ASKING_VERBS


_ASKED_PRONOUNS = frozenset({"they", "he", "she", "u", "you", "we", "it", "ppl", "people", "everyone"})
_ASKING_VERBS = frozenset({"me", "us", "tell", "ask", "asks", "asking", "know", "and", "but", "say", "says", "said",
                           "mention", "mentions", "explain", "explains", "discuss", "discusses", "describe", "describes"})


_TALKERS = frozenset({"speakers", "voices", "talkers", "people", "persons"})
_BRIEF = frozenset({"quick", "short", "brief", "small", "final", "last", "simple"})


def _noted(tokens: list[Token], k: int) -> bool:
    """"(plus) a count of ...", "(plus) a quick check: one voice or two?": a short answer named as a note."""
    brief = k + 1 < len(tokens) and tokens[k + 1].low in _BRIEF
    m = k + 1 + brief
    if not (m + 1 < len(tokens) and tokens[k].low == "a" and tokens[m].low in _NOTE_NOUNS):
        return False
    if tokens[m].low == "headcount":  # "plus a headcount of the speakers" (not "... of extra staff")
        return any(t.low in _TALKERS for t in tokens[m + 1:m + 5])
    if not brief:
        return tokens[m + 1].low in ("of", "on", "about", "as")
    return tokens[m + 1].low == ":" or m + 2 < len(tokens) and tokens[m + 1].low in ("of", "on", "about") \
        and tokens[m + 2].low in cues.WH | {"if", "whether"}  # (not "salt plus a small number of herbs", "plus a final count of votes")


def _owned_words_in_language(tokens: list[Token], k: int) -> bool:
    """"(Transcript plus) the speaker's words in Turkish", "(plus) her remarks in Dutch": someone's words, in a
    language, after things named without a verb (not "Transcribe the host's intro plus the guest's answers in
    Spanish", one object of one verb; not "Does the clip contain music plus the singer's words in Italian?")."""
    start = setoff.sentence_start(tokens, k)
    if tokens[start].low in cues.AUX or tokens[start].low in cues.WH \
            or any(t.key in cues.ACTION_KEYS for t in tokens[start:k]):
        return False
    noun = next((m for m in range(k + 1, min(len(tokens) - 2, k + 5)) if tokens[m].low in SAID_NOUNS), None)
    return noun is not None and all(t.is_word for t in tokens[k:noun]) and possessed(tokens, noun) \
        and tokens[noun + 1].low == "in" and find_language_token(tokens[noun + 2]) is not None


def _text_ends_request(tokens: list[Token], k: int) -> bool:
    """"(Transcribe it and end with) a summary", "(...) a 20-word summary of it": a text named next, in a sentence
    that asks no question (not "Does the talk start with a joke and end with a summary of the rules?")."""
    named = any(t.low in TEXT_NOUNS for t in tokens[k:k + 5])
    end = next((j for j in range(k, len(tokens)) if tokens[j].low in (".", "?", "!", ";")), len(tokens))
    return named and not (end < len(tokens) and tokens[end].low == "?")


def _sized_text(tokens: list[Token], k: int) -> bool:
    """"(plus) a ten-word summary", "(plus) 30-word summary": a text named with its length in words."""
    k += k < len(tokens) and tokens[k].low in DETERMINERS
    sized = k + 2 < len(tokens) and (tokens[k].low in NUMBER_WORDS or tokens[k].low.isdigit())
    k += 1 + (sized and tokens[k + 1].low in DASHES | {"-"})
    return sized and k + 1 < len(tokens) and tokens[k].low in ("word", "words") and tokens[k + 1].low in TEXT_NOUNS


_SUMMING_UP = frozenset(stem(w) for w in ("summarise", "summarising", "transcribe", "transcribing"))  # (and "-ize")
_MAKING = frozenset({"giving", "making", "writing", "producing", "doing", "providing", "preparing"})
_WRITING_DOWN = frozenset({"writing", "typing", "jotting"})  # "... before writing it all down", "before typing it up"
_NARRATING = frozenset({"she", "he", "they", "it", "i", "we", "the", "a", "this", "that", "his", "her", "their", "my"})
"""First words of a clause that tells what happens rather than asks ("The man coughs before writing it down")."""
_TEXT_MADE = frozenset(stem(w) for w in ("translating", "translation", "summarise", "summary", "transcribe", "transcript",
                                         "recap", "gist", "sum"))


def _asked_before(tokens: list[Token], dash: int) -> bool:
    """A question (its mark, or its options) in the 40 tokens before ``dash`` since the last ";" or "!": "...? (A) 12
    (B) 24 — answer that after ..." (not "What does the sign say — answer that after ...")."""
    start = max((k + 1 for k in range(max(0, dash - 40), dash) if tokens[k].low in (";", "!")), default=max(0, dash - 40))
    return any(t.low == "?" for t in tokens[start:dash]) or options.has_options(tokens[start:dash])


def _before_doing(tokens: list[Token], i: int) -> bool:
    """"... before giving a 15-word recap", "... before you summarise it": a second request, named after "before"
    inside a request."""
    if tokens[i].low != "before" or i < 2 or not tokens[i - 1].is_word or i + 2 >= len(tokens):
        return False
    start = max((k + 1 for k in range(i) if tokens[k].low in (".", "?", "!", ";", ",", ":")), default=0)
    if tokens[start].low in cues.AUX | cues.WH:
        return False  # "What did she say before translating the letter?": a time in the recording
    k = i + 1 + (tokens[i + 1].low in ("you", "u", "we"))
    if k >= len(tokens) or not (tokens[k].key in cues.ACTION_KEYS or tokens[k].low in _MAKING | _WRITING_DOWN):
        return False
    after = tokens[k + 1:k + 6]
    if any(t.low in TEXT_NOUNS | {"recap", "gist"} for t in after):
        return True  # "... before giving a 15-word recap"
    stop = next((m for m in range(k, len(tokens)) if not tokens[m].is_word), len(tokens))
    if tokens[k].low in _WRITING_DOWN and phrasings.asks_written_out(tokens[i:stop]):
        return tokens[start].low not in _NARRATING and not any(t.key in _TEXT_MADE for t in tokens[start:i]) \
            and not any(t.low in ("myself", "my", "i", "i'll") for t in tokens[k:stop])
        # "Count the speakers before writing it all down" (not "She paused before writing it down", "Translate it
        # before typing it up": the translation typed, "... before typing it up myself")
    sized_end = next((m for m in range(1, len(after)) if after[m].low in ("words", "word")), None)
    sized = sized_end is not None and after[0].low in ("in", "to", "into") and (
        k + 2 + sized_end >= len(tokens) or tokens[k + 2 + sized_end].low in (".", "!", ";", "?"))
    # ("..., and before you summarise in 35 words." at the end; not "before you summarize in 40 words, translate it")
    return tokens[k].key in _SUMMING_UP and after[:1] != [] and (after[0].low in ("it", "this", "that") or sized)
    # "... before summarising it", "..., and before you summarise in 35 words" (not "before making the speech",
    # "before translating it" with no language)


_SPEAKER_COUNTS = frozenset({"count", "tally", "check", "number"})


def _speaker_count_after(tokens: list[Token], j: int) -> bool:
    """"... plus a speaker tally for the final": a speaker count named as a noun phrase, outside a question."""
    start = max((k for k in range(j) if tokens[k].low in (".", "?", "!", ";")), default=-1) + 1
    words = [t.low for t in tokens[j:j + 4]]
    return words[:2] in (["a", "speaker"], ["a", "voice"]) and len(words) > 2 and words[2] in _SPEAKER_COUNTS \
        and (len(words) == 3 or not tokens[j + 3].is_word or words[3] in ("for", "of", "on", "and", "too", "as")) \
        and tokens[start].low not in cues.AUX | cues.WH


def _done_then_asked(tokens: list[Token], i: int) -> bool:
    """"and once that's done translate the transcript": a request's verb right after the "done" word (not "and once
    it's over, where will they live?", a question about the recording)."""
    done = next((k for k in range(i + 2, min(len(tokens), i + 5)) if tokens[k].low in _DONE), None)
    k = done + 1 + (done + 1 < len(tokens) and tokens[done + 1].low == ",") if done is not None else len(tokens)
    return k < len(tokens) and (tokens[k].key in cues.ACTION_KEYS or tokens[k].low in REQUEST_VERBS)


_DONE_BY = frozenset({"that", "this", "it", "you", "you're", "u", "we", "we're"})
"""Who or what is done in "once that's done", "when you're done" (before a request's verb)."""
_DONE = frozenset({"answered", "done", "finished", "complete", "completed", "sorted", "over"})
_NOTE_NOUNS = frozenset({"count", "number", "note", "word", "line", "comment", "remark", "check", "mention", "headcount"})


_ASIDES = tuple(tuple(p.split()) for p in (
    "for the record", "if possible", "if you can", "if you could", "if you would", "by the way", "where possible",
    "if you don't mind"))
"""Courtesies set off by two commas inside a request ("Please determine, for the record, whether ...")."""


_AWAITING = frozenset({"me", "us", "know", "determine", "check", "out", "say", "ask", "confirm", "establish"})


def without_asides(tokens: list[Token]) -> list[Token]:
    """``tokens`` without a courtesy set off by commas and its commas: "determine, for the record, whether ..." reads
    as "determine whether ..." (the second comma kept before a new request: "Transcribe it, if you can, summarize
    it")."""
    out: list[Token] = []
    k = 0
    while k < len(tokens):
        if tokens[k].low == "," and out:
            size = next((len(p) for p in _ASIDES if tuple(t.low for t in tokens[k + 1:k + 1 + len(p)]) == p
                         and k + 1 + len(p) < len(tokens) - 1 and tokens[k + 1 + len(p)].low == ","), 0)
            if size:
                after = tokens[k + size + 2] if k + size + 2 < len(tokens) else None
                new_request = after is not None and (after.key in cues.ACTION_KEYS or after.low in cues.AUX
                                                     or after.low in cues.WH - {"whether", "if"}) \
                    and out[-1].low not in _AWAITING  # (not "Could you tell me, by the way, how many ...?")
                k += size + 1 + (not new_request)  # (", if you can, summarize it afterwards": the comma kept)
                continue
        out.append(tokens[k])
        k += 1
    return out


def working_from(tokens: list[Token], i: int, j: int) -> bool:
    """", working from the transcript." after a request (a comma at ``i``): what it works on, to the sentence's end
    (not "What is the topic, working from the transcript?", nor "..., working from it summarise it")."""
    end = next((k for k in range(j, len(tokens)) if tokens[k].low in (".", "!", "?", ";")), len(tokens))
    return tokens[i].low == "," and tokens[j].low == "working" and j + 1 < len(tokens) \
        and tokens[j + 1].low in ("from", "off") and (end == len(tokens) or tokens[end].low != "?") \
        and not any(t.key in cues.ACTION_KEYS for t in tokens[j + 2:end])
