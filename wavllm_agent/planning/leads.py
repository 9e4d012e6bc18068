"""Lead-ins of a clause: the ordering and softening words before what it asks ("First of all,", "Step 2:",
"For this ferry announcement,", "Stargazing night clip - ", "Listen to the clip and")."""

from __future__ import annotations

from wavllm_agent.planning.lexicon import (
    ACTION_KEYS,
    AUDIO_KEYS,
    AUX,
    COPULAS,
    MADE_TEXTS,
    REQUEST_VERBS,
    STORY_WORDS,
    WH,
    WH_RUN_ON,
    by_first_word,
    phrase_at,
)
from wavllm_agent.planning.text import DASHES, Token, find_language_token
from wavllm_agent.planning.word_limits import word_limit

_STATEMENT_LEAD_TEXTS = ("note that", "be aware that", "bear in mind that", "keep in mind that")
"""Leads before a statement ("note that it's in Finnish"), not before a request ("Note that down.")."""

# Leading words that order or soften a step without saying what it is.
_LEAD_PHRASES = [tuple(p.split()) for p in (
    "first of all", "to begin with", "to begin", "to start with", "to start", "begin by", "start by",
    "first", "firstly", "initially", "secondly", "thirdly", "fourthly", "then", "next", "after that",
    "after this", "afterwards", "afterward", "subsequently", "thereafter", "finally", "lastly", "at last",
    "in the end", "also", "additionally", "in addition", "furthermore", "moreover", "besides", "plus",
    "and", "n", "please", "pls", "plz", "kindly", "followed by", "as well", "and then", "but", "just", "simply",
    "1st", "2nd", "3rd", "4th", "ok so", "okay so", "so", "ngl", "tbh", "a word on", "a quick word on", "a line on",
    "oh and", "continue with", "follow it with", "follow that with", "follow this with", "follow with", "follow up with", "finish with",
    "finish off with", "end with", "close with", "conclude with", "wrap up with", "round off with", "round it off with",
    *(f"{lead} by telling {who}" for lead in ("begin", "start", "finish", "end", "close", "conclude") for who in ("me", "us")),
    *(f"{lead} off by telling {who}" for lead in ("start", "finish", "kick", "round", "kick it") for who in ("me", "us")),
    "start off by", "start out by", "kick off by", "kick things off by", "kick it off by",
    *_STATEMENT_LEAD_TEXTS,
)]
_LEAD_WITH_COMMA_PHRASES = [tuple(p.split()) for p in (
    "before anything else", "before all else", "before everything else", "above all", "above all else",
    "second", "third", "fourth", "last", "now", "so", "ok", "okay", "well", "alright", "lastly", "finally",
    "briefly", "quickly", "in short", "in brief", "basically", "actually", "just", "hey", "hi", "hello", "yo", "listen", "separately",
    "after", "after it", "after them", "before that", "before this", "before that question", "at end", "at the end", "quick one", "quick question", "real quick", "one thing",
    "last thing", "one last thing", "final thing", "one final thing", "next thing", "one more thing", "another thing",
    "when you have a moment", "when you get a chance", "if you have a moment", "if you get a chance", "whenever you can",
    "whatever the answer", "whatever the answer is", "either way", "regardless", "in between", "oh", "along the way",
    "after you answer", "after you've answered", "once you answer", "once you've answered", "after answering that",
    *(f"{when} you know{that}" for when in ("once", "when", "now that") for that in ("", " that", " this")),
    *(f"{when} {you} {done}" for when in ("when", "once", "after") for you in ("you've", "you have")
      for done in ("checked", "checked that", "checked this", "checked it", "answered that", "answered this")),
)]
_SEPARATORS = frozenset({",", ":", "-", ")", "–", "—", ".", "+"})

_LEAD = by_first_word(_LEAD_PHRASES)
_ENDING_VERBS = frozenset({"finish", "end", "close", "conclude", "wrap", "round"})


def _story_next(tokens: list[Token], k: int) -> bool:
    """"(finish with) the story", "(end with) the ghost story in French": a story named right after."""
    end = next((m for m in range(k, min(len(tokens), k + 6)) if not tokens[m].is_word), min(len(tokens), k + 6))
    return any(t.low in STORY_WORDS for t in tokens[k:end])  # ("Finish the letter box ghost story")
_STATEMENT_LEADS = frozenset(tuple(p.split()) for p in _STATEMENT_LEAD_TEXTS)


def _noted_down(after: list[Token]) -> bool:
    """"Note that (phone call) down.": "down" ends the request (not "note that the speaker slows down near the end")."""
    return any(t.low in ("down", "up") and (k + 1 == len(after) or not after[k + 1].is_word or after[k + 1].low == "for")
               for k, t in enumerate(after))
_LEAD_WITH_COMMA = by_first_word(_LEAD_WITH_COMMA_PHRASES)


_OUTPUTS_NAMED = frozenset({"transcript", "transcription", "translation", "summary", "gist", "recap", "count", "speakers",
                            "mood", "tone", "emotion"})
"""After "continue with", an output named: an ordering word ("..., continue with a transcript, end with ...")."""
_GOING_ON_WITH = tuple("continue with".split())

COUNTED = ("one", "two", "three", "four", "five", "six")
"""Counted steps in words, in order: "Step three: how does the auctioneer sound?", "One, ...? Two, ...?"."""


_ASIDE_LABELS = frozenset({"note", "nb", "fyi", "ps", "quick", "quickly", "urgent"})
"""Labels of an aside before what follows ("Note: the speakers use Dutch.", "Quick: the complaint ...")."""


def lead_end(tokens: list[Token], i: int = 0) -> int:
    """Index of the first token after the ordering words ("First of all,", "Lastly", "Step 2:")."""
    if i == 0 and len(tokens) > 3 and tokens[0].low == "(" and tokens[2].low == ")" \
            and (len(tokens[1].low) == 1 or tokens[1].low in ("ii", "iii", "iv")):
        i = 3  # "(b) a response to the following: ...": an item's letter
    while i < len(tokens):
        tok = tokens[i]
        if tok.low in _SEPARATORS or tok.low in ("(", "*", "•"):
            i += 1
            continue
        if tok.low in _ASIDE_LABELS and i + 2 < len(tokens) and tokens[i + 1].low in (":", "-", "—", "–", ","):
            i += 2  # "Note: the speakers use Dutch.", "FYI, the review is in Hindi."
            continue
        if tok.low == "heads" and i + 3 < len(tokens) and tokens[i + 1].low == "up" and tokens[i + 2].low in (":", "-", "—", "–", ","):
            i += 3  # "Heads up, the heat pad review is in Hindi."
            continue
        if tok.low == "step" and i + 1 < len(tokens) and (tokens[i + 1].low.isdigit() or tokens[i + 1].low in COUNTED):
            i += 2
            if i + 1 < len(tokens) and tokens[i].low == "is" and tokens[i + 1].low.endswith("ing"):
                i += 1  # "Step one is counting speakers."
            continue
        context = _label_end(tokens, i)
        if context == i:
            context = _context_end(tokens, i)
        if context != i:
            i = context
            continue
        listened = _listen_and_end(tokens, i)
        if listened != i:
            i = listened
            continue
        between = between_end(tokens, i)
        if between != i:
            i = between  # "but in between answer '...'": where the request goes (planning.before_that)
            continue
        done = _done_lead_end(tokens, i)
        if done is not None:
            i = done
            continue
        matched = phrase_at(tokens, i, _LEAD)
        if matched is None:
            matched = phrase_at(tokens, i, _LEAD_WITH_COMMA)
            after = tokens[i + len(matched)].low if matched is not None and i + len(matched) < len(tokens) else None
            if matched is not None and matched[0] in ("second", "third", "fourth") and after in ("you", "u"):
                matched = (*matched, after)  # "second you tell me ...": an item counted in words
            elif matched is not None and after not in (",", ":") and not (
                    after is None and i == 0 and (len(matched) >= 4 or len(matched) == 3 and matched[0] in ("when", "once"))):
                # "When you have a moment", "When you've checked" cut off by its comma
                matched = None
        if matched is not None and matched[0] in _ENDING_VERBS and _story_next(tokens, i + len(matched)):
            return i  # "Finish with the story": the story finished, not a lead
        if matched == ("next",) and i + 2 < len(tokens) and tokens[i + 1].low in ("part", "chapter", "bit", "paragraph", "episode") \
                and (tokens[i + 2].low == "of" and _story_next(tokens, i + 3) and not any(t.low in (":", "?") for t in tokens[i + 3:])
                     or tokens[i + 1].low in ("chapter", "episode") and tokens[i + 2].low in (",", "please", "pls", ".", "!")):
            return i  # "Next chapter of the dowser's story, please": the next part asked for (not "Next part of the task: ...")
        if matched == _GOING_ON_WITH and not any(t.low in _OUTPUTS_NAMED for t in tokens[i + 2:i + 6]):
            return i  # "Continue with the rest": the story continued (not "continue with a transcript", an order)
        if matched is None or (matched in _STATEMENT_LEADS and (i + len(matched) >= len(tokens)
                                                         or not tokens[i + len(matched)].is_word
                                                         or _noted_down(tokens[i + len(matched):i + len(matched) + 6]))):
            return i  # ("Note that (conversation) down.": not "note that it's in Finnish")
        i += len(matched)
    return i


_DONE_LEADS = by_first_word([tuple(f"{when} {who} {done}{tail}".split())
                             for when in ("once", "when") for who in ("you're", "you are", "that is", "this is", "it is", "u are")
                             for done in ("done", "finished", "through") for tail in ("", " with it", " with that")])
_ASKING = REQUEST_VERBS | frozenset({"please", "pls", "can", "could", "would", "kindly", "i", "then", "just"})
"""Words that may open the request after "when you're done" ("..., tell me how she sounds", "..., could you ...")."""


def _done_lead_end(tokens: list[Token], i: int) -> int | None:
    """"When you're done, summarise it", "once that's done translate the transcript": where the request starts after
    the lead (its comma passed), else None. A request must follow (not "Once it's done baking, how long ...?", "Once
    you're through the gate, where ...?"), unless the clause ends with the lead ("When you're done" cut off by its
    comma); "through" only before a comma."""
    matched = phrase_at(tokens, i, _DONE_LEADS)
    if matched is None:
        return None
    k = i + len(matched)
    doing = k < len(tokens) and tokens[k].low.endswith("ing") and (k + 1 == len(tokens) or tokens[k + 1].low == ",")
    k += doing  # "When you're done transcribing, ..."
    comma = k < len(tokens) and tokens[k].low == ","
    if matched[-1] == "through" and not comma:
        return None
    k += comma
    if k >= len(tokens) or (k + 1 == len(tokens) and not tokens[k].is_word):
        return k if i == 0 else None
    you = matched[1] in ("you're", "you", "u")  # ("When you're done, what's the first thing the guide says?")
    return k if tokens[k].key in ACTION_KEYS or tokens[k].low in _ASKING or (
        you and comma and not doing and (tokens[k].low in WH or tokens[k].low in AUX)) else None
    # (not "When you're done eating, what does the waiter bring?")


_CONTEXT_WORDS = frozenset({"for", "regarding", "concerning", "re"})
_AFTER_CONTEXT = frozenset({"first", "firstly", "please", "can", "could", "tell", "kindly", "i"})


def _context_end(tokens: list[Token], i: int) -> int:
    """Index after "For this ferry timetable announcement," when a request follows it, else ``i``."""
    if i >= len(tokens) or tokens[i].low not in _CONTEXT_WORDS:
        return i
    comma = next((k for k in range(i + 1, min(len(tokens), i + 12)) if tokens[k].low in (",", ":")), None)
    if comma is None or comma + 1 >= len(tokens) or not all(t.is_word or t.low == "-" for t in tokens[i + 1:comma]):
        return i
    after = comma + 1 + (tokens[comma].low == ":" and tokens[comma + 1].low in ("-", "*", "•") and comma + 2 < len(tokens))
    nxt = tokens[after]  # "For the match clip:\n- how does the referee sound"
    return after if nxt.low in _AFTER_CONTEXT or nxt.key in ACTION_KEYS or (after > comma + 1 and nxt.low in WH) else i


_NOT_LABELS = frozenset({"ignore", "ignoring", "disregard", "disregarding", "forget", "forgetting", "never", "don't",
                         "dont", "no", "not", "skip", "leave", "set", "without", "regardless", "instead", "okay", "ok", "nvm",
                         "nevermind"})


def _label_end(tokens: list[Token], i: int) -> int:
    """Index after "Stargazing night clip - " (a label of a few words, then a spaced dash) when a
    request or a question follows it, else ``i``."""
    dash = None
    for k in range(i + 1, min(len(tokens) - 1, i + 9)):
        if tokens[k].is_word or (tokens[k].low in DASHES and tokens[k].start == tokens[k - 1].end):
            continue  # a word, or the hyphen of "Half-time"
        dash = k if tokens[k].low in DASHES or tokens[k].low == ":" else None  # ("Steam rally: describe ...")
        break
    if dash is None and tokens[i].low not in WH | WH_RUN_ON | AUX | _NOT_LABELS:
        return _unmarked_label_end(tokens, i)
    if dash is None or tokens[i].low in WH | WH_RUN_ON | AUX | _NOT_LABELS or tokens[i].key in ACTION_KEYS \
            or named_then_asked(tokens, i) \
            or any(t.low in AUX or t.low in COPULAS or find_language_token(t) or t.low in ("something", "not")
                   for t in tokens[i:dash]) or word_limit(tokens[i:dash]) is not None:
        return i  # not "Transcribe it - then ...", "This lecture is in Swahili - please ..." (a statement),
        # "Two hundred words maximum: summarise ..." (the request's length),
        # "This Portuguese voicemail - could you ...", "in hindi pls - what ...": a language it tells; "The guide
        # says something at the end - what?": a statement; "This one's not about the file: ...": the audio set aside
    nxt = tokens[dash + 1]
    if nxt.low == "i" and dash + 2 < len(tokens) and tokens[dash + 2].low in (".", ")"):
        return i  # "then which round ended the fight — i. first ii. second": options after a dash, not "I ..."
    if tokens[dash].low == ":" and _names_its_object(tokens, dash + 1):
        return i  # "Caller's mood: describe it.", "The gist: give it to me in French.", "Speakers: tell me."
    wanting = nxt.low == "i" and dash + 3 < len(tokens) and tokens[dash + 2].low in ("want", "need") \
        and tokens[dash + 3].low in ("the", "a", "an", "his", "her", "their", "its")  # (not "Mood: I want to know it")
    return dash + 1 if nxt.key in ACTION_KEYS or wanting or (tokens[dash].low != ":" and (nxt.low in _AFTER_CONTEXT or nxt.low in WH | AUX)) \
        else i  # (after a colon only a request: "Speakers: how many?" names what the question counts)


_NOT_IN_A_LABEL = frozenset({"the", "this", "that", "a", "an", "my", "our", "in", "on", "from", "for", "about", "during",
                             "after", "before", "with", "of", "to", "at", "by", "listen", "listening", "hear", "play",
                             "i", "you", "we", "is", "are", "was"})


def _unmarked_label_end(tokens: list[Token], i: int) -> int:
    """Index after "window latch clip " (a few words that open the instruction and end in the audio's name, no mark)
    when "what", "who" and a verb follow it ("window latch clip what is the guy saying in portuguese"), else ``i``."""
    end = next((k + 1 for k in range(i + 1, min(len(tokens) - 2, i + 6)) if tokens[k].key in AUDIO_KEYS
                and tokens[k + 1].low in WH | WH_RUN_ON and tokens[k + 2].is_word), None)
    if end is None or tokens[i].start > 0 or any(t.low == "?" for t in tokens) or not all(
            t.is_word and t.key not in ACTION_KEYS and t.low not in _NOT_IN_A_LABEL and not find_language_token(t)
            for t in tokens[i:end]) or tokens[end - 1].low.endswith(("said", "says", "say", "saying", "told", "tells")):
        # (not "french audio what is he saying": the speech's language; nor "dad said what about the car")
        return i  # (not "in the clip who ...", "Transcribe the clip what ...": typed with no marks at all)
    return end


_BETWEEN = (("in", "between"), ("between", "them"), ("between", "those"), ("between", "the", "two"),
            ("in", "the", "middle"))
_ASKED_THERE = frozenset({"answer", "tell", "say", "give"})


def between_end(tokens: list[Token], i: int) -> int:
    """Index after "in between" / "between them" when a request follows it ("but in between answer ..."), else ``i``."""
    for lead in _BETWEEN:
        end = i + len(lead)
        end += end < len(tokens) and tokens[end].low == ","
        if tuple(t.low for t in tokens[i:i + len(lead)]) == lead and end < len(tokens) \
                and (tokens[end].key in ACTION_KEYS or tokens[end].low in _ASKED_THERE):
            return end
    return i


_OUTPUT_NOUNS = MADE_TEXTS | {"continuation"}


def between_outputs_end(body: list[Token]) -> int:
    """Index after a lead "Between the transcript and the continuation," that names two outputs already asked for (the
    request after it goes between them, where it stands), else 0."""
    comma = next((k for k in range(3, min(len(body), 10)) if body[k].low == ","), None)
    if comma is None or body[0].low != "between" or comma + 1 >= len(body):
        return 0
    words = [t.low for t in body[1:comma]]
    nouns = [w for w in words if w in _OUTPUT_NOUNS]
    return comma + 1 if "and" in words and len(nouns) == 2 and all(
        w in _OUTPUT_NOUNS or w in ("the", "your", "my", "a", "an", "and", "its", "that") for w in words) \
        and (body[comma + 1].key in ACTION_KEYS or body[comma + 1].low in ("answer", "tell", "ask", "put", "add")) else 0
    # (not "Between the transcript and the summary, which is longer?")


_BACK = frozenset({"it", "them", "this", "that", "these", "those"})
_BE = frozenset({"is", "was", "'s", "are", "were"})
_NAMING = frozenset({"the", "his", "her", "their", "its", "this", "that"})


def named_then_asked(tokens: list[Token], i: int) -> bool:
    """"The wheel speed he mentions — what is it?": a noun phrase of three words or more, a colon or spaced dash, then a
    question that only points back to it ("what is it?", "how much was that?"): the noun phrase is the question's."""
    mark = next((k for k in range(i + 1, min(len(tokens), i + 12)) if not tokens[k].is_word), None)
    if mark is None or mark - i < 3 or tokens[i].low not in _NAMING or tokens[mark].low not in (":", *DASHES) \
            or tokens[mark].low != ":" and tokens[mark].start == tokens[mark - 1].end \
            or any(t.key in AUDIO_KEYS for t in tokens[i:mark]):
        return False  # (a spaced dash: not "tongue-tied"; not a label naming the audio: "The bakery clip: who is it?")
    rest = [t.low for t in tokens[mark + 1:]]
    k = 1 + (len(rest) > 1 and rest[1] in ("much", "many", "one", "exactly"))
    return len(rest) == k + 3 and rest[0] in WH and rest[k] in _BE and rest[k + 1] in _BACK | {"they"} \
        and rest[k + 2] == "?"


def _names_its_object(tokens: list[Token], start: int) -> bool:
    """True when the request after a label's colon has no object of its own: the label is what it works on ("describe
    it", "list them", "tell me")."""
    rest = []
    for t in tokens[start:start + 8]:
        if t.low in (".", "?", "!", ";"):
            break
        if t.is_word:
            rest.append(t.low)
    return len(rest) <= 2 or any(w in _BACK for w in rest[1:3])


def _listen_and_end(tokens: list[Token], i: int) -> int:
    """Index after "Listen to the clip and" / "Listen to it carefully, then" (asking for nothing but
    the listening the request needs anyway), else ``i``."""
    if i + 3 >= len(tokens) or tokens[i].low not in ("listen", "hear") or tokens[i + 1].low != "to":
        return i
    for j in range(i + 2, min(len(tokens), i + 10)):
        if tokens[j].low in ("and", "then", ",", ":") and j > i + 2:  # "Listen to this AGM clip: how does ..."
            named = all(t.is_word and t.low not in WH for t in tokens[i + 2:j]) and any(
                t.key in AUDIO_KEYS or t.low in ("it", "this", "me") for t in tokens[i + 2:j])
            end = j + 1
            while end < len(tokens) and tokens[end].low in ("and", "then", ",", ":"):
                end += 1
            return end if named and end < len(tokens) else i
    return i
