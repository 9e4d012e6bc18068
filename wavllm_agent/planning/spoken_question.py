"""A question the recording itself asks: "Answer the question asked in the audio", "Respond to the
speaker's question" (the spoken question, SQQA), and the lead-in "answer:" before a written question."""

from __future__ import annotations

import re

from wavllm_agent.planning.cues import AUX, IGNORED_OBJECTS, WH, lead_end, request_start, word_count
from wavllm_agent.planning.text import Token, stem

_ANSWER_KEYS = frozenset(stem(w) for w in ("answer", "respond", "reply", "solve", "solving"))
_ANSWER_VERB_KEYS = frozenset(stem(w) for w in ("answer", "respond", "reply", "solve"))
_QUESTION_KEYS = frozenset(stem(w) for w in ("question", "questions", "riddle", "riddles", "quiz", "puzzle", "query",
                                             "q", "qs", "inquiry", "enquiry"))
_ASKER_POSSESSIVES = frozenset({"speaker's", "speakers'", "caller's", "narrator's", "his", "her", "their"})
_ASKING_KEYS = frozenset(stem(w) for w in ("asked", "spoken", "posed", "raised", "heard", "hear", "asks", "puts",
                                            "poses"))
_SPOKEN_KEYS = _ASKING_KEYS | IGNORED_OBJECTS


def asks_spoken_question(tokens: list[Token]) -> bool:
    """"Answer the question asked in the audio", "Respond to the speaker's question": the question is
    spoken, not written (SQQA)."""
    colon = next((k for k, t in enumerate(tokens) if t.low == ":"), None)
    before = tokens[:colon] if colon is not None else []
    mine = any(a.low in ("my", "our") and b.key in _QUESTION_KEYS for a, b in zip(before, before[1:], strict=False))
    if colon is not None and tokens[-1].low == "?" and any(t.low in WH for t in tokens[colon + 1:colon + 2]) and (
            mine or not any(t.key in _QUESTION_KEYS | _ANSWER_KEYS | _ASKING_KEYS or t.low == "what" for t in before)):
        tokens = tokens[colon + 1:]  # "Use the clip alone: what was the answer to the final clue?", "Here's my
        # question: ...": the words after; not "There's a question in the audio: what's the right answer?"
    keys = {t.key for t in tokens}
    asked = any(t.low == "what" and any(u.low in ("asks", "asked", "ask", "asking") for u in tokens[k + 1:k + 6])
                for k, t in enumerate(tokens))
    words = [t.low for t in tokens if t.is_word]
    answer_it_last = (len(words) >= 2 and words[-1] in ("it", "that", "this") and stem(words[-2]) in _ANSWER_KEYS) or (
        len(words) >= 4 and words[-2] in ("that", "this") and stem(words[-1]) in _QUESTION_KEYS
        and any(stem(w) in _ANSWER_KEYS for w in words[-5:-2]))  # "...; please respond to that inquiry."
    if word_count(tokens) > (22 if answer_it_last else 16) or not keys & _ANSWER_KEYS or not (keys & _QUESTION_KEYS or asked):
        return False  # "Listen to what the museum guide asks the group at the end and answer it." as well
    askers = any(t.low in _ASKER_POSSESSIVES and nxt.key in _QUESTION_KEYS for t, nxt in zip(tokens, tokens[1:], strict=False))
    return askers or bool(keys & _SPOKEN_KEYS)


_QUESTION_NAMING = frozenset({"the", "this", "following", "to", "question", "questions", "my", "multiple", "-",
                              "choice", "multiple-choice", "quiz", "me", "us", "one", "item"})  # ("answer this one: ...")
_OPENING_QUOTES = frozenset({"'", '"', "“", "‘", "«"})


def answer_prefix_end(tokens: list[Token], i: int) -> int:
    """Index after "answer:" / "answer the following question:" when a question follows it."""
    if [t.low for t in tokens[i:i + 2]] in (["figure", "out"], ["work", "out"], ["find", "out"]) and i + 3 < len(tokens) \
            and tokens[i + 2].low in _OPENING_QUOTES and word_count(tokens[i + 3:]) > 0:
        return i + 3  # "figure out 'Was the launch (a) aborted (b) delayed?'": the quoted question
    i += 2 * ([t.low for t in tokens[i:i + 3]] == ["after", "which", "answer"])  # "..., after which answer the following ..."
    j = i + 1 if i + 1 < len(tokens) and tokens[i].low in ("an", "the", "your") and tokens[i + 1].low == "answer" else i
    if j < len(tokens) and tokens[j].low in ("answer", "respond", "reply"):
        j += 1
        while j < len(tokens) and tokens[j].low in _QUESTION_NAMING:
            j += 1
        if j < len(tokens) and tokens[j].low in _OPENING_QUOTES and word_count(tokens[j + 1:]) > 0:
            return j + 1  # "answer (the question) 'Where does the story take place? a. ... b. ...'"
        if j < len(tokens) and tokens[j].low in (":", ",", "-", "–", "—"):
            j += 1
            if word_count(tokens[j:]) > 0:
                return j
        if j > i + 1 and tokens[j - 1].low in ("me", "us") and j < len(tokens) and tokens[j].low in WH - {"whether"}:
            return j  # "after answer me which day is the appointment: a. ..."
        if j == i + 1 and j < len(tokens) and tokens[j].low in _YES_NO_OPENERS and any(t.low == "?" for t in tokens[j:]):
            return j  # "answer does the runner fall?": a question right after "answer"
        if j == i + 2 and tokens[j - 1].low == "to" and j < len(tokens) \
                and (tokens[j].low in WH - {"whether"} or tokens[j].low in _YES_NO_OPENERS) and any(t.low == "?" for t in tokens[j:]):
            return j  # "respond to How many laps are there? 1. two 2. three"
    return i


_QUOTED = re.compile(r"""(?:^|(?<=[\s:(]))(['"“‘])(.{1,400}?)(['"”’])(?=$|[\s,;.:)!?])""", re.DOTALL)
_ASKING_WORDS = frozenset({"answer", "answering", "question", "respond", "reply", "mcq", "quiz", "option"})
_OPTION_MARK = re.compile(r"(?:^|\s)\(?[a-dA-D1-4]\)")
"""An option's mark inside a quoted question ("(a) a flat tire", "b) a fall")."""
_YES_NO_OPENERS = frozenset({"does", "do", "did", "is", "are", "was", "were", "will", "can", "could", "would", "should",
                             "has", "have", "had"})
_TELL_ME = frozenset({"tell", "me", "us", "please", "pls", "and", "then", "also", "now"})
_SPEAKER_ITEMS = frozenset({"speaker", "speakers", "voice", "voices", "people"})
"""In a quoted quiz item, words that make it a speaker check ("'Number of speakers: one / two / three'")."""
_ITEM_LEAD = _TELL_ME | {"answer", "the", "this", "quiz", "item", "next", "after", "that", "finally", "lastly"}


def quoted_question(text: str) -> str | None:
    """"answer the question 'how much does the glaze cost?'", "the answer to 'What ...? i) x ii) y'": the
    question the user quotes, without its quotes, when the words around it ask for an answer."""
    for found in _QUOTED.finditer(text):
        inside = found.group(2).strip()
        words = inside.split()
        outside = (text[:found.start()] + " " + text[found.end():]).lower()
        around = [w.strip(".,:;!?'\"") for w in outside.split() if w.strip(".,:;!?'\"")]
        item = "item" in around and "answer" in around and set(around) <= _ITEM_LEAD \
            and (" / " in inside or _OPTION_MARK.search(inside) is not None) \
            and not any(w.strip(".,:;!?").lower() in _SPEAKER_ITEMS for w in words)  # "then answer the quiz item 'The cushion
        # is attached to: wrist / table / sewing machine'": a fill-in item with its options, and nothing else asked
        if len(words) >= 3 and (words[0].lower().strip("¿") in WH | AUX or item) \
                and (any(w in _ASKING_WORDS for w in around)
                     or "tell" in around and set(around) <= _TELL_ME and _OPTION_MARK.search(inside) is not None):
            # "tell me 'What stopped the rider? (a) ...'" (not "Tell me 'How many people are talking?'", a speaker count)
            return inside
    return None


# --- "Answer what the speaker asks.", "Please answer it." -------------------------------------------

_ASK_KEYS = frozenset(stem(w) for w in ("ask", "asks", "asked", "asking", "wonder", "wonders", "wondering", "pose",
                                        "posed", "poses", "read"))
_ASKER_WORDS = frozenset({"speaker", "speakers", "he", "she", "they", "caller", "man", "woman", "person",
                          "voice", "narrator", "someone", "somebody", "child", "boy", "girl", "recording",
                          "audio", "clip", "the", "what", "whatever", "to", "is", "are", "was", "being", "in",
                          "by", "question", "questions", "that", "which", "'s", "out", "aloud", "at", "end", "beginning",
                          "start", "of", "on", "tape", "message", "voicemail", "loud"})


def names_asking(tokens: list[Token]) -> bool:
    """True when the clause says the question is asked or spoken ("the question asked in the clip")."""
    return any(t.key in _ASK_KEYS or t.low in ("spoken", "posed", "raised") for t in tokens)


def answers_what_is_asked(tokens: list[Token]) -> bool:
    """"Answer what the speaker asks.", "Reply to whatever she is asking.": the question is spoken."""
    colon = next((k for k, t in enumerate(tokens[:9]) if t.low == ":"), None)
    if colon is not None:
        tokens = tokens[colon + 1:]  # "Carousel operator's safety briefing: answer the question the operator asks"
    words = [t for t in tokens[request_start(tokens, lead_end(tokens)):] if t.is_word]
    if not 3 <= len(words) <= 14 or words[0].key not in _ANSWER_VERB_KEYS:
        return False
    rest = words[1:]
    if rest[:1] and rest[0].low == "to" and rest[1:2] and rest[1].low in ("what", "whatever"):
        rest = rest[1:]  # "Respond to whatever the caller is asking"
    if rest and rest[0].low in ("what", "whatever") and any(t.key in _ASK_KEYS for t in rest[1:6]):
        return True  # "Answer whatever the trivia host asks at the end of the clip."
    unknown = [t for t in rest if t.key not in _ASK_KEYS and t.low not in _ASKER_WORDS]
    asker = len(unknown) == 1 and any(t.low == "question" for t in rest)  # "the question the operator asks"
    return any(t.key in _ASK_KEYS for t in rest) and (not unknown or asker)


_QUESTION_NOUNS = frozenset({"question", "inquiry", "enquiry", "query", "riddle"})
_PRONOUNS = frozenset({"it", "that", "this", "them", "to", "please", "now", "for", "me", "us", "first"})


_TELL_IT = (["tell", "me", "that"], ["tell", "us", "that"], ["tell", "me", "this"], ["tell", "me", "it"],
            ["let", "me", "know"], ["tell", "me"], ["explain", "me"], ["explain", "me", "it"], ["explain", "it", "to", "me"])
# ("Explain me please.": learner's English)
"""The whole of a clause that only asks for the answer to the question just asked."""


def tells_it(tokens: list[Token]) -> bool:
    """"Tell me that", "let me know": the question just asked, to be answered (no request of its own)."""
    return [t.low for t in tokens[lead_end(tokens):] if t.is_word and t.low not in ("please", "pls", "plz")] in _TELL_IT


def answers_it(tokens: list[Token]) -> bool:
    """"Please answer it.", "Reply to that.": on its own, the question to answer is the spoken one."""
    words = [t for t in tokens[request_start(tokens, lead_end(tokens)):] if t.is_word]
    if len(words) > 5 and [t.low for t in words[-2:]] in (["answer", "it"], ["answer", "that"]) \
            and any(a.low == "the" and b.low == "question" for a, b in zip(words, words[1:], strict=False)) \
            and not any(t.low == "?" for t in tokens):
        return True  # "Listen for the question at the end of the riddle podcast and answer it."
    lows = [t.low for t in words if t.low != "kindly"]
    if len(lows) == 5 and lows[0] in ("provide", "give", "supply", "offer") and lows[1] in ("an", "the", "a") \
            and lows[2] in ("answer", "response", "reply") and lows[3] in ("to", "for") and lows[4] in ("it", "that", "this"):
        return True  # "kindly provide an answer to it"
    named = [t for t in words[1:] if t.low not in _PRONOUNS]  # "respond to that inquiry"
    return (2 <= len(words) <= 5 and words[0].key in _ANSWER_VERB_KEYS
            and (not named or (len(named) == 1 and named[0].low in _QUESTION_NOUNS
                               and words[words.index(named[0]) - 1].low in ("that", "this"))))
