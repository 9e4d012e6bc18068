"""Where a soft boundary (", VERB ...", "and VERB ...", ", a 20-word summary") opens a new request.

:func:`starts_request` is the test :mod:`~wavllm_agent.planning.clauses` applies after a comma, "and", "+" or "&": the
words that follow ask for something of their own ("..., and tell me whether ...", ", a Hungarian translation", ", q:
where's ...?"), so the boundary stands; otherwise the words belong to the request before.
"""

from __future__ import annotations

from wavllm_agent.planning import connectors, cues, language_pairs, questions, setoff, sounding, versions
from wavllm_agent.planning.lexicon import WH_RUN_ON
from wavllm_agent.planning.people import is_people, one_person
from wavllm_agent.planning.said_forms import SAID_NOUNS
from wavllm_agent.planning.speaker_vocab import MORE, ONE, SPEAKER_NOUNS, SPEAKING
from wavllm_agent.planning.text import VERSION_NOUNS, Token, find_language_token
from wavllm_agent.planning.vocab import Vocabulary
from wavllm_agent.planning.word_limits import NUMBER_WORDS, limit_before_question

_COMMA_WH = frozenset({"what", "whats", "how", "why", "whether"})  # not "which"/"who": relative clauses
_WHOLE = frozenset({"full", "complete", "whole", "entire", "verbatim", "short", "brief", "quick"})  # "+ full transcript +"
_FULL = frozenset({"full", "whole", "complete", "entire"})
_PREPOSITIONS = frozenset({"at", "in", "on", "for", "by", "from", "to", "with", "of"})
_LATER_ITEMS = frozenset({"second", "secondly", "2nd", "third", "thirdly", "3rd", "fourth", "fourthly"})
_OPENING_QUOTES = frozenset({'"', "'", "“", "‘", "«", "„"})
_ONE_LINERS = frozenset({"line", "sentence", "word", "phrase"})
"""After "one": a short answer named ("..., and one line on whether a second person speaks")."""


def starts_request(tokens: list[Token], i: int, j: int, hard: set[int], vocab: Vocabulary, *, after_and: bool) -> bool:
    """The words from ``tokens[j]`` (after the boundary at ``i`` and the words it drops) ask for something of their own;
    ``after_and``: the boundary ends in "and" (or "n", "+", "&", a label set off by dashes)."""
    n = len(tokens)
    nxt = tokens[j]
    if tokens[i].low == "," and (_who_then_count(tokens, i, j, hard) or _feelings_listed_at(tokens, i)
                                 or _or_count(tokens, i, j, hard)):
        return False
    return (
        nxt.key in cues.ACTION_KEYS
        or (tokens[i].low == "," and nxt.low in ("you", "u") and j + 2 < n and tokens[j + 2].is_word
            and (tokens[j + 1].key in cues.ACTION_KEYS or tokens[j + 1].low in ("write", "type")))
        # "..., audio is french, you write what they say please" (learner's English)
        or limit_before_question(tokens, j) is not None  # "..., and in under twenty words, what ...?"
        or (nxt.low == "pick" and j + 1 < n and tokens[j + 1].low != "up")  # ", pick the right answer"
        or (nxt.low in ("settle", "solve") and (j + 2 < n and tokens[j + 1].low == "this" and tokens[j + 2].low == ":"
                                                 or questions.named_question_end(tokens, j) is not None
                                                 or j + 1 < n and tokens[j + 1].low in ("which", "what", "who")))
        # ", settle which lid is used: glass, metal, or none?"
        or (after_and and nxt.low == "lmk")  # "and lmk if theres more than one baker talking"
        or (after_and and nxt.low in ("confirmation", "verification") and j + 1 < n and tokens[j + 1].low in ("that", "whether", "if")
            and "?" not in (t.low for t in tokens[j:]) and not _question_before(tokens, i, hard))
        # "..., and confirmation that the tutor is the only one speaking" (not inside a question)
        or (after_and and nxt.is_word and j + 1 < n and tokens[j + 1].key in cues.ACTION_KEYS and tokens[j + 1].low.endswith("ed")
            and (j + 2 == n or not tokens[j + 2].is_word) and tokens[i - 1].low.endswith("ed") and "?" not in (t.low for t in tokens[j:])
            and not any(t.low in cues.AUX or t.low in cues.WH or t.low == "about" for t in tokens[:i]))
        # "speakers counted and words transcribed, please" (not "What did she say about minutes typed and letters translated?")
        or (nxt.low in ("take", "get", "jot") and _writing_down(tokens, j + 1))  # ", take it down word for word"
        or (nxt.low == "set" and setoff.sets_out_in_writing(tokens, j + 1)) or setoff.ends_with(tokens, i, j)  # (setoff)
        or (tokens[i].low == "," and nxt.low in _LATER_ITEMS and j + 1 < n
            and (tokens[j + 1].low in connectors.DETERMINERS | {"this"} or tokens[j + 1].key in cues.ACTION_KEYS)
            and _first_item(tokens, max((k for k in hard if k <= i), default=0)))
        # "First a transcript, second a Persian translation of it, third: ..."
        or (after_and and nxt.low == "from" and j + 3 < n and tokens[j + 1].low in ("that", "this", "the")
            and tokens[j + 2].low in connectors.TEXT_NOUNS and tokens[j + 3].is_word)
        # "Transcribe it, and from that transcript make a Korean translation"
        or (after_and and nxt.low == "to" and j + 2 < n and tokens[j + 1].low in ("know", "learn", "find", "hear")
            and (tokens[j + 2].low in cues.WH or tokens[j + 2].low in ("if", "whether", "out")
                 or not _question_before(tokens, i, hard)))
        # "I need the transcription of this clip and to know if are many persons speaking in it."
        or (after_and and nxt.low in ("want", "need", "wanna") and j + 3 < n and tokens[j + 1].low == "to"
            and tokens[j + 2].low in ("know", "learn", "find", "hear") and tokens[j + 3].low in ("if", "whether", "out")
            and not _question_before(tokens, i, hard)  # "I need it transcribed ... and want to know if a second ..."
            and any(t.low in ("i", "we", "i'd", "id") for t in tokens[setoff.sentence_start(tokens, i):i]))
        # (the user wants it; not "passengers need tickets and need to know if the train is late")
        or ((after_and and nxt.low in _ADDING or tokens[i].low == "," and (nxt.low == "with" or nxt.low in ("along", "together") and j + 1 < n and tokens[j + 1].low == "with")) and any(vocab.starts_phrase(tokens, k) or nxt.low in _ADDING and tokens[k].low in ("whether", "if")
                or [t.low for t in tokens[k:k + 2]] == ["how", "many"] and _people_next(tokens, k + 2) for k in range(j + 1, min(n, j + (7 if nxt.low in ("together", "along") else 6)))
                                                   if all(tokens[m].is_word or tokens[m].low == "-" for m in range(j + 1, k))))
        or ((after_and or tokens[i].low == ",") and nxt.low in _ADDING and _someones_words(tokens, j + 1))  # "and add her remarks in Polish"
        or (tokens[i].low == "," and nxt.low == "with" and _someones_words(tokens, j + 1)
            and any(find_language_token(t) for t in tokens[j + 2:j + 7]))
        # ", with the speaker's words in Hebrew alongside"
        or (nxt.low in _COMMA_WH and not (nxt.low == "what" and setoff.verb_awaits_object(tokens, i, hard, vocab))
            and not _when_doing(tokens, i, hard))
        or (tokens[j - 1].low == ":" and nxt.low in cues.WH and tokens[j - 2].low == "and")  # "Transcribe it, and: who called?"
        or (tokens[i].low == "," and nxt.low == "which" and _which_thing_asked(tokens, j + 1))
        or (after_and and nxt.low in ("the", "that") and j + 3 < n and find_language_token(tokens[j + 1]) is not None
            and tokens[j + 2].low in ("into", "to") and tokens[j + 3].is_word)
        # "turn the transcript into Portuguese and the Portuguese into a 25-word summary"
        # "transcribe bread tin vid, which oven temp do they use 180/200/220, ..." (not ", which the host reads")
        or (tokens[i].low == "," and nxt.low == "what" and vocab.starts_phrase(tokens, j + 1))  # ", what mood he's in"
        or (j + 1 + (nxt.low == "a") < n and find_language_token(tokens[j + (nxt.low == "a")]) is not None
            and tokens[j + 1 + (nxt.low == "a")].low in VERSION_NOUNS | {"translation"})  # "+ Hungarian translation"
        or versions.its_version(tokens, j, tokens[setoff.sentence_start(tokens, i):i])  # "a transcript and its Hindi version"
        or ((after_and or j > i + 1) and nxt.low in ("into", "to") and j + 1 < n
            and find_language_token(tokens[j + 1]) is not None)  # "into Thai, and separately into Indonesian"
        or (after_and and language_pairs.second_language(tokens, i, j))  # "translate that summary into Portuguese and Spanish"
        or (after_and and nxt.low in ("the", "a") and j + 2 < n and tokens[j + 1].low in _FULL
            and tokens[j + 2].low == "text" and not any(t.low == "?" for t in tokens[j:])
            and tokens[setoff.sentence_start(tokens, i)].low not in cues.AUX | cues.WH)
        # "the speaker count and the full text" (not "Does the narrator read the title and the full text?")
        or (tokens[i].low == "," and nxt.low in ("the", "an") and j + 2 < n and tokens[j + 1].low == "answer"
            and tokens[j + 2].low in ("to", "for"))  # "I need a transcript, the (an) answer to 'What ...?', and ...
        or (tokens[i].low == "," and nxt.low == "number" and j + 1 < n and tokens[j + 1].low == "of")  # ", number of ..."
        or (after_and and nxt.low == "the" and j + 1 < n and tokens[j + 1].low in ("number", "count", "tally")
            and any(t.low in SPEAKER_NOUNS for t in tokens[j + 2:j + 6]) and setoff.count(tokens, j)
            and not _question_before(tokens, i, hard))  # "... and the number of distinct speakers you hear"
        or (tokens[i].low == "," and nxt.low == "answer" and j + 1 < n and tokens[j + 1].low in _OPENING_QUOTES)  # ", answer '...'"
        or (tokens[i].low == "," and nxt.low == "to" and j + 2 < n and tokens[j + 1].low == "be"
            and _done_afterwards(tokens, i, j + 2))  # "a verbatim transcript ..., to be summarized thereafter in ..."
        or (tokens[i].low in (",", "+", "&", "and") and nxt.low in ("q", "quiz") and ":" in [t.low for t in tokens[j + 1:j + 3]])
        # ", q: what's ...?", ", quiz time: how long ...?", "transcribe + q: where's ...?"
        or (tokens[i].low == "," and nxt.low == "the" and j + 1 < n and tokens[j + 1].low == "words"
            and (j + 2 == n or tokens[j + 2].low in (",", "and", ".", ";")))  # "the number of speakers, the words, and ..."
        or (tokens[i].low == "," and after_and and nxt.low == "the" and _text_of_what(tokens, j + 1))
        # "..., and the text of what's said", "..., and the full text of what they say"
        or (tokens[i].low == "," and nxt.low == "which" and j + 2 < n and tokens[j + 1].is_word
            and tokens[j + 1].low not in cues.AUX and (tokens[j + 2].low in cues.AUX or (
                tokens[j + 1].low not in connectors.DETERMINERS and not _question_before(tokens, i, hard)
                and any(t.low == "?" for t in tokens[j + 2:j + 16]))))  # ", which medicine should ...", "After
        # transcribing the race briefing, which wave goes first?" (not "Who won the race, which took place in Leeds?")
        or (after_and and (nxt.low in cues.WH or nxt.low in cues.AUX or nxt.low in WH_RUN_ON))  # "and wats ...?"
        or (tokens[i].low == "," and (setoff.where_when(tokens, j) and not _question_before(tokens, i, hard)
                                      or _questions_listed(tokens, i, hard)))
        or setoff.sizes_summary(tokens, j)  # "Summarize the voicemail and cap the summary at 15 words."
        or ((after_and or tokens[i].low == ",") and cues.wonders(tokens, j))  # ", and I'm curious whether ..."
        or (after_and and nxt.low in _PREPOSITIONS and j + 1 < n and tokens[j + 1].low in cues.WH)  # "and at what price"
        or (tokens[i].low in (",", "+") and (setoff.yes_no(tokens, j) or setoff.count(tokens, j))
            and (tokens[i - 1].low not in ("me", "us", "asks", "asked", "says", "said")  # (not "but first tell me, is ...?")
                 or nxt.low in ("a", "the") and setoff.count(tokens, j)
                 and any(t.low in SPEAKER_NOUNS for t in tokens[j:j + 5])))  # ("... the lady says, and a count of voices")
        or ((tokens[i].low == "," or after_and) and (setoff.mood(tokens, j) or setoff.in_language(tokens, j)))
        or (nxt.low in ("that", "this") and j + 1 < n and tokens[j + 1].low in connectors.TEXT_NOUNS | {"text"})
        # ", and that summary in X", ", and this text also in Japanese"
        or (tokens[i].low == "," and tokens[j].low in ("can", "could", "would") and j + 1 < n
            and tokens[j + 1].low in ("u", "you") and i > 0 and not _inside_yes_no_question(tokens, i, hard)
            and not (j + 2 < n and tokens[j + 2].low in ("say", "think", "reckon", "guess")
                     and (j + 3 == n or not tokens[j + 3].is_word)))  # not the tag ", would you say?"
        or vocab.starts_phrase(tokens, j) or (tokens[i].low in ("+", "&") and nxt.low in _WHOLE and j + 1 < n and vocab.starts_phrase(tokens, j + 1))
        or ((nxt.low.isdigit() or nxt.low in NUMBER_WORDS) and (after_and or tokens[i].low == ",") and _sized_output(tokens, j + 1, vocab))
        or (after_and and nxt.low in ("under", "within", "below") and any(  # "and under 20 words of summary"
            vocab.starts_phrase(tokens, k) for k in range(j + 3, min(n, j + 6)) if all(t.is_word for t in tokens[j:k])))
        or ((nxt.low in connectors.DETERMINERS or nxt.low == "one" and j + 2 < n and tokens[j + 1].low in _ONE_LINERS
             and tokens[j + 2].low in ("on", "about") and not _question_before(tokens, i, hard))
            and not _inside_yes_no_question(tokens, i, hard) and any(
            vocab.starts_phrase(tokens, k) or tokens[k].low in ("whether", "if", "how") or questions.named_at(tokens, k)
            or (tokens[k - 1].low == ":" and tokens[k].low in cues.WH and tokens[j + 1].low == "answer")  # "an answer to: why"
            or (tokens[k].low.isdigit() and _sized_output(tokens, k + 1, vocab)) for k in range(j + 1, min(n, j + 7))
            if all(tokens[m].low not in (",", "and", "?", "!", ";") for m in range(j + 1, k + 1))))
    )


def _people_next(tokens: list[Token], k: int) -> bool:
    """After "how many" at ``k``: people or voices, or a verb of being or speaking ("how many are narrating")."""
    return k < len(tokens) and (is_people(tokens[k].low) or tokens[k].low in SPEAKER_NOUNS | SPEAKING
                                or tokens[k].low in ("are", "were", "is"))


def _when_doing(tokens: list[Token], i: int, hard: set[int]) -> bool:
    """"When using the colander, what does she warn against?": a clause of time that opens the question after the comma
    at ``i`` (not "When does it open, what ...?", nor a task: "while transcribing it, ...")."""
    words = tokens[max((k for k in hard if k <= i), default=0):i]
    return 2 <= len(words) <= 6 and words[0].low in ("when", "while", "whenever") and words[1].low not in cues.AUX \
        and all(t.is_word and t.key not in cues.ACTION_KEYS for t in words)


_ASKED_VERBS = frozenset({"do", "does", "did", "is", "are", "was", "were", "will", "would", "can", "could", "should"})
_SUBJECTS = frozenset({"they", "he", "she", "we", "you", "i", "the", "it"})


def _which_thing_asked(tokens: list[Token], k: int) -> bool:
    """After ", which": one to three words naming a thing, then "do they", "does she", "is the ..." - a question of its
    own ("which oven temp do they use"), not a relative clause (", which the host reads", ", which is in French")."""
    aux = next((m for m in range(k + 1, min(len(tokens) - 1, k + 4)) if tokens[m].low in _ASKED_VERBS), None)
    return aux is not None and all(t.is_word and t.low not in _ASKED_VERBS | _SUBJECTS for t in tokens[k:aux]) \
        and tokens[aux + 1].low in _SUBJECTS


def _someones_words(tokens: list[Token], k: int) -> bool:
    """At ``k``: someone's words ("her remarks", "his comments", "what she says"), the words of a request to add."""
    lows = [t.low for t in tokens[k:k + 3]] + ["", "", ""]
    if lows[0] == "the" and lows[1].endswith(("'s", "’s", "s'")) and lows[2] in SAID_NOUNS:
        lows = lows[1:]  # "the speaker's words"
    return (lows[0] in ("her", "his", "their") or lows[0].endswith(("'s", "’s", "s'"))) and lows[1] in SAID_NOUNS or (
        lows[0] == "what" and lows[1] in ("she", "he", "they") and lows[2] in ("says", "said", "say"))


def _text_of_what(tokens: list[Token], k: int) -> bool:
    """"(the) text of what's said", "(the) full text of what they say": the words, asked for as text."""
    k += k < len(tokens) and tokens[k].low in _WHOLE
    return k + 2 < len(tokens) and tokens[k].low == "text" and tokens[k + 1].low == "of" \
        and tokens[k + 2].low in ("what", "what's", "whatever", "everything")


_COUNT_OPENERS = frozenset({"just", "only", "one", "a", "single", "1"})
_COUNTED = _COUNT_OPENERS | MORE | ONE | {"or", "an", "of", "than", "the", "people", "person", "persons", "speaker",
                                         "speakers", "voice", "voices", "group", "lot", "bunch", "2"}


def _who_then_count(tokens: list[Token], i: int, j: int, hard: set[int]) -> bool:
    """"Work out who's talking in the lesson, just one instructor or a couple of people, ...": the count set off after
    "who is talking" narrows that question; it is not a request of its own."""
    start = max((k for k in hard if k <= i), default=0)
    who = any(t.low == "who" and any(u.low in SPEAKING for u in tokens[k + 1:k + 3])
              for k, t in enumerate(tokens[start:i], start))
    end = next((k for k in range(j, len(tokens)) if tokens[k].low in (",", ";", ".", "?", "!")), len(tokens))
    return who and tokens[j].low in _COUNT_OPENERS and any(t.low == "or" for t in tokens[j:end]) \
        and all(t.low in _COUNTED or is_people(t.low) or one_person(t.low) for t in tokens[j:end])
    # (not "Tell me who's talking, a summary in French or Spanish, and ...": a request of its own)


def _or_count(tokens: list[Token], i: int, j: int, hard: set[int]) -> bool:
    """"Is it really a conversation, or only one person?": after a yes/no question, ", or" and a count of people is the
    other answer to pick, not a request of its own."""
    start = max((k for k in hard if k <= i), default=0)
    end = next((k for k in range(j, len(tokens)) if tokens[k].low in (",", ";", ".", "?", "!")), len(tokens))
    start += start + 1 < i and tokens[start].low in ("and", "so", "but", "also")  # "And is it ...?"
    counted = [t for t in tokens[j + 1:end] if t.low not in SPEAKING and t.low not in ("here", "there", "throughout")]
    return tokens[j].low == "or" and tokens[start].low in cues.AUX and end < len(tokens) and tokens[end].low == "?" \
        and any(t.low in _TALK_KINDS for t in tokens[start:i]) \
        and len(counted) > 1 and all(t.low in _COUNTED or is_people(t.low) or one_person(t.low) for t in counted)


_TALK_KINDS = frozenset({"conversation", "dialogue", "dialog", "chat", "discussion", "exchange", "interview", "debate",
                         "duet", "convo", "monologue", "solo"})
"""What a yes/no question calls the recording before ", or only one person?" ("Is it really a conversation, ...")."""


def _feelings_listed_at(tokens: list[Token], i: int) -> bool:
    """"Is the puppet happy, sad, or scared?": the comma at ``i`` separates feelings to pick from (one question)."""
    k = next((m for m in range(i + 1, min(len(tokens), i + 9)) if tokens[m].low == "or" or not tokens[m].is_word
              and tokens[m].low != ","), None)
    if k is None or tokens[k].low != "or":
        return False
    end = next((m for m in range(k, len(tokens)) if tokens[m].low in ("?", ".", "!", ";")), len(tokens))
    return sounding.feelings_listed(tokens[max(0, i - 1):end + 1])


def _first_item(tokens: list[Token], start: int) -> bool:
    """"First a transcript, ...": the clause from ``start`` opens with "first" (not "Who came first, second ...?")."""
    words = [t.low for t in tokens[start:start + 3] if t.is_word]
    return bool(words) and (words[0] in ("first", "firstly", "1st") or words[:2] in (["and", "first"], ["so", "first"]))




_DONE_VERBS = {"summarized": ("summary", "gist", "recap", "synopsis"), "summarised": ("summary", "gist", "recap", "synopsis"),
               "translated": ("translation",)}


def _done_afterwards(tokens: list[Token], i: int, k: int) -> bool:
    """", to be summarized thereafter": a summary or translation of the text asked for before the comma at ``i``, not
    of the same kind ("the gist, to be summarized in one line" is the one summary; "a translation, to be typed up" no
    new request)."""
    made = _DONE_VERBS.get(tokens[k].low)
    return made is not None and not any(t.low in made for t in tokens[:i])




def _questions_listed(tokens: list[Token], i: int, hard: set[int]) -> bool:
    """"How does the speaker feel, where does the key bowl end up, and what's ...?": a question with its own verb before
    the comma at ``i``, and a list of questions that goes on with ", and" after the next one."""
    start = max((k for k in hard if k <= i), default=0)
    words = [t.low for t in tokens[start:i] if t.is_word]
    asks = i + 2 < len(tokens) and tokens[i + 1].low in ("where", "when") and tokens[i + 2].low in cues.AUX
    listed = any(tokens[k].low == "," and tokens[k + 1].low == "and" for k in range(i + 3, len(tokens) - 1))
    return asks and listed and len(words) >= 3 and words[0] in cues.WH and words[1] in cues.AUX


def _question_before(tokens: list[Token], i: int, hard: set[int]) -> bool:
    """The words from the last hard cut before ``i`` open a question ("Who won the race, which ...?")."""
    start = max((k for k in hard if k <= i), default=0)
    words = [t for t in tokens[start:i] if t.is_word]
    return bool(words) and (words[0].low in cues.WH or words[0].low in cues.AUX)


def _writing_down(tokens: list[Token], k: int) -> bool:
    """"(take) it down", "(jot) down what she says": the words written down (not "get it down to 30 words")."""
    lows = [t.low for t in tokens[k:k + 3]] + ["", "", ""]
    return (lows[0] in ("it", "this", "that", "everything") and lows[1] == "down" and lows[2] != "to") or (
        lows[0] == "down" and lows[1] in ("what", "everything", "every"))


_ADDING = frozenset({"add", "include", "append", "attach"})
"""Before a task's phrase after "and": another request ("..., and add an English translation of it", ", with a transcript alongside")."""


def _sized_output(tokens: list[Token], k: int, vocab: Vocabulary) -> bool:
    """"-word summary", " word summary" after a number: a request for an output of that size ("Transcript + 10-word
    summary of it"), not "50 words translated into German" (a limit, then how) or "speakers 1 and 2"."""
    k += k < len(tokens) and tokens[k].low == "-"
    return k + 1 < len(tokens) and tokens[k].low in ("word", "words", "sentence", "sentences", "line", "lines") \
        and tokens[k + 1].low in connectors.TEXT_NOUNS | {"recap", "summarisation", "summarization", "rundown", "digest"} \
        and (vocab.starts_phrase(tokens, k + 1) or tokens[k + 1].low in ("rundown", "digest"))  # ("a 40-word rundown")


def _inside_yes_no_question(tokens: list[Token], i: int, hard: set[int]) -> bool:
    """"Do the speaker in the first clip and the speaker in the second ...": "and" joins the subject
    of a question that has not reached its question mark yet."""
    start = max((k for k in hard if k <= i), default=0)
    while start < i and tokens[start].low in (";", ",", ":"):
        start += 1
    if start + 2 < i and tokens[start].is_word and tokens[start + 1].low == ",":
        start += 2  # "...; separately, are the interviewer and the athlete different people ...?"
    if tokens[start].low in cues.AUX and any(t.low == "?" for t in tokens[i:]) and not (
            tokens[start].low in ("can", "could", "may", "would", "will") and start + 2 < i
            and (tokens[start + 1].low in ("you", "u") or tokens[start + 1].low in ("i", "we")
                 and tokens[start + 2].low in ("get", "have", "grab"))):  # (a request: "Can I get ..., and a summary too?")
        return True
    if tokens[i - 1].low == "one" and i + 2 < len(tokens) and tokens[i + 2].low == "same":
        return True  # "one and the same person"
    if tokens[i].low == "and" and any(tokens[k].low in ("whether", "if") and all(t.is_word for t in tokens[k + 1:i])
                                      for k in range(max(0, i - 6), i - 1)):
        return True  # "whether the host and the caller are ...": "and" inside the subject
    # "whether the speaker in recording A and the speaker in recording B are ...": the same noun again
    return i + 2 < len(tokens) and tokens[i + 2].is_word and tokens[i + 2].low not in connectors.DETERMINERS \
        and any(t.key == tokens[i + 2].key for t in tokens[start:i])  # (", and the ...": "the" is no noun)


