"""Hints where to answer a question from, as a clause of their own: "Answer from the recording.", "Base your answer on
what she says.", "Let the audio be your sole source." (split from :mod:`~wavllm_agent.planning.questions`, which reads
hints before and after a question inside its clause)."""

from __future__ import annotations

from wavllm_agent.planning.cues import AUDIO_KEYS, AUX, WH, lead_end
from wavllm_agent.planning.lexicon import ACTION_KEYS, WH_RUN_ON
from wavllm_agent.planning.lexicon import ASKING_AUX as _ASKING_AUX
from wavllm_agent.planning.text import Token, find_language_token, stem

SAY_KEYS = frozenset(stem(w) for w in ("say", "says", "said", "saying", "sayin", "spoken", "speaking", "utter",
                                        "uttered", "uttering", "hear", "heard", "announce", "announced",
                                        "shout", "shouts", "shouting", "shouted", "yell", "yells", "yelling",
                                        "yelled", "whisper", "whispers", "whispering", "whispered", "mutter",
                                        "muttering", "mumble", "mumbling", "explain", "explains", "explaining",
                                        "explained",
                                        "announces", "announcing", "sing", "sings", "sang", "singing",
                                        "chant", "chants", "chanted", "chanting", "recite", "recites", "recited",
                                        "reciting"))

HEAR_KEYS = frozenset(stem(w) for w in ("hear", "hears", "heard", "listen", "listening", "audible"))
TASK_VERB_KEYS = frozenset(stem(w) for w in ("translating", "transcribing", "summarising", "summarizing"))
"""Verbs that ask for a task: "Translate what's said into Danish, answer ..." opens with a request, not a hint."""
ANSWER_KEYS = frozenset(stem(w) for w in (
    "answer", "respond", "reply", "base", "based", "use", "using", "rely", "relying", "draw", "drawing",
    "go", "going", "stick", "sticking", "guess", "guessing", "speculate", "speculating", "invent", "infer",
    "inferring", "inform", "informs"))
HINT_KEYS = ANSWER_KEYS | AUDIO_KEYS | frozenset(stem(w) for w in (
    "only", "just", "solely", "purely", "from", "on", "upon", "according", "to", "the", "this", "that",
    "what", "you", "hear", "heard", "hearing", "listen", "listening", "is", "are", "was", "were", "be",
    "being", "say", "said", "says", "saying", "please", "your", "my", "it", "in", "of", "with", "he",
    "she", "they", "we", "i", "speaker", "speakers", "person", "man", "woman", "given", "provided",
    "information", "info", "facts", "content", "contents", "and", "by", "do", "does", "did", "can", "here",
    "there", "an", "a", "answers", "beyond", "chatter", "keep", "make", "short", "brief", "concise", "simple",
    "clear", "response", "word", "words", "one", "sentence", "alone", "nothing", "else", "evidence",
    "should", "must", "come", "comes", "taken", "drawn", "need", "needs", "have", "has", "to", "entirely",
    "basis", "light", "reference", "regard", "respect", "get", "take", "find", "account", "into", "terms",
    "question", "for", "as", "strictly", "exclusively", "by", "actually", "don't", "dont", "not", "no", "source",
    "stated", "mentioned", "described", "reported", "heard", "per", "but",
    "never", "judging", "solely", "outside", "external", "knowledge", "prior", "own", "background", "general",
    "beyond", "anything", "without", "itself", "if", "isn't", "so", "not", "or", "adding", "add", "doesn't",
    "didn't", "off", "audible", "pls", "plz", "aside", "leaving", "setting", "restricting", "restrict", "limiting",
    "confining", "yourself", "check", "rather", "than", "memory", "web", "internet", "online", "google", "nowhere", "supports", "support", "shows", "backs",
    "let", "sole", "single", "whatever", "judge", "within", "stay", "staying", "pay", "paying", "attention",
    "considering", "common", "sense",
))


def _question_colon(tokens: list[Token]) -> int | None:
    """The first colon when a question follows it ("Pls answer: is the keeper the only speaker?"), else None."""
    colon = next((k for k, t in enumerate(tokens) if t.low == ":"), None)
    asks = colon is not None and colon + 1 < len(tokens) and any(t.low == "?" for t in tokens[colon:]) and (
        tokens[colon + 1].low in WH | AUX or tokens[-1].low == "?" and any(t.low == "or" for t in tokens[colon + 1:])
        and sum(t.is_word for t in tokens[colon + 1:]) <= 10)  # ("answer this: one voice, or more than one?")
    return colon if asks else None


def hinted_question(tokens: list[Token]) -> bool:
    """"Answer only from it: what does the teacher ask students to bring?": a hint, then the question after a colon
    (not "Answer the question the presenter asks: what is it?", the spoken question)."""
    colon = _question_colon(tokens)
    if colon is None:
        return False
    head = tokens[:colon]
    label = question_label_end(head)
    return answer_hint(head[label:] if label is not None else head)


_OBJECT_DETS = frozenset({"a", "the", "his", "her", "their", "my", "your", "our", "this", "that"})
_NOT_LABEL_WORDS = frozenset({"this", "that", "the", "a", "an", "my", "our", "your", "following", "next", "another",
                              "please", "one", "last", "final", "quick"})


def question_label_end(tokens: list[Token]) -> int | None:
    """Index after a label naming the question ("Regatta question, answer it from the audio: who won?"): one to four
    words that name the event, then "question" and a comma; None for anything else ("Answer this question, ...",
    "My regatta question, ...")."""
    label = next((k for k in range(1, min(len(tokens) - 1, 5)) if tokens[k].low == "question"
                  and tokens[k + 1].low == ","), None)
    if label is None or not all(t.is_word and t.low not in _NOT_LABEL_WORDS and t.low not in WH | AUX
                                and t.key not in ACTION_KEYS for t in tokens[:label]):
        return None
    return label + 2


_TAG_SUBJECTS = frozenset({"that", "it", "this", "we", "you", "u", "i"})
_TOLD_FROM = frozenset({"from", "based", "using", "going", "judging", "according"})
_ONLY = frozenset({"only", "just", "strictly", "purely", "solely"})
"""After "tell me" in a hint: "Tell me from the recording, not from memory:", "Tell me only using the clip." (not
"Tell me just what she says.")."""


def _question_after_comma(tokens: list[Token]) -> bool:
    """"Judging by the audio, is the winner a local?": a yes/no question after a comma, to the clause's question mark;
    not a tag to the assistant ("..., is that ok?", "..., does that make sense?", "..., are we agreed?")."""
    if not tokens or tokens[-1].low != "?":
        return False
    return any(tokens[k].low == "," and tokens[k + 1].low in _ASKING_AUX and k + 2 < len(tokens)
               and tokens[k + 2].low not in _TAG_SUBJECTS for k in range(len(tokens) - 1))


_NO_LOOKUP = (["don't", "look", "it", "up"], ["dont", "look", "it", "up"])
_JUDGE_FROM = frozenset({"only", "just", "solely", "purely", "strictly", "from", "by", "on"})
"""After the verb "judge" at a hint's start: "Judge only from what the guide says.", "Judge by the recording."."""
_MATTERS_LEADS = (["is", "what"], ["'s", "what"], ["is", "all", "that"], ["'s", "all", "that"])
"""Before "matters" or "counts" in a hint that names its source first: "What the shopkeeper says is what matters",
"what u hear in the clip is all that counts"."""


def _without_not_aside(tokens: list[Token]) -> list[Token]:
    """``tokens`` without ", not your own knowledge," set off by commas inside the clause ("The audio, not your own
    knowledge, is what counts here.")."""
    for k in range(1, len(tokens) - 2):
        if tokens[k].low in (",", "-", "–", "—") and tokens[k + 1].low == "not":
            end = next((m for m in range(k + 2, min(len(tokens), k + 8)) if not tokens[m].is_word), None)
            if end is not None and tokens[end].low == tokens[k].low and end + 1 < len(tokens):
                return tokens[:k] + tokens[end + 1:]  # (or set off by dashes: "The audio - not your knowledge - is ...")
    return tokens


def answer_hint(tokens: list[Token]) -> bool:
    """True when the clause only says how or where to answer the question before it.

    "Answer from the recording.", "Base your answer on what she says.", "Use only what you hear
    in the clip.", "Keep the answer short." Not the spoken-question request ("Answer the question
    asked in the audio"), and not a language ("Answer in German" translates the answer).
    """
    if _question_colon(tokens) is not None:
        return False  # "Pls answer: is the keeper the only speaker in this recording?": a question after its lead
    tokens = _without_not_aside(tokens)
    words = [t for t in tokens[lead_end(tokens):] if t.is_word]
    told = len(words) > 3 and words[0].low == "tell" and words[1].low in ("me", "us") and (
        words[2].low in _TOLD_FROM or words[2].low in _ONLY and words[3].low in _TOLD_FROM)
    words = words[2:] if told else words  # "Tell me from the recording, not from memory: what ...?"
    if words and words[0].low in _ASKING_AUX and any(t.low == "?" for t in tokens):
        return False  # "is it just him or does a second voice answer?": a question that says "answer"
    if _question_after_comma(tokens):
        return False  # "Judging by the audio, is the winner a local?": a hint, then its yes/no question
    negated = next((k for k in range(1, len(words) - 1) if words[k].low == "not" and words[k + 1].low in (
        "from", "on", "general", "outside", "your") or words[k].low == "not" and [t.low for t in words[k + 1:k + 4]] == [
        "what", "you", "know"]), None)  # ("Answer with what the clip says, not what you know.")
    if negated is not None and (len(words) - negated <= 5 or len(words) - negated <= 12 and [
            t.low for t in words[negated + 1:negated + 4]] in (["from", "what", "you"], ["what", "you", "know"])):
        words = words[:negated]  # "answer from it, not from a cookbook", "..., not from what you know about bath mats"
    elif [t.low for t in words[:2]] == ["tell", "me"] and 3 < len(words):
        cut = next((k for k in range(3, len(words) - 2) if words[k].low == "not" and words[k + 1].low == "what"
                    and words[k + 2].low in ("likely", "probable", "typical", "usual", "you", "is")), None)
        if cut is not None and len(words) - cut <= 5 and words[cut - 1].key in SAY_KEYS \
                and any(t.key in AUDIO_KEYS for t in words[2:cut]) and all(t.key in HINT_KEYS for t in words[2:cut]):
            return True  # "Tell me what the recording says, not what's likely.": answer from the recording
    if not words or len(words) > 14:
        return False
    words = [Token(t.text, t.start, t.end, t.low, "a stick") if t.low == "stick" and k and words[k - 1].low in _OBJECT_DETS
             else t for k, t in enumerate(words)]  # "Options: a trowel, his hands, a stick.": a stick, not "stick to it"
    words = [Token(t.text, t.start, t.end, "named", stem("named"))
             if t.low == "called" and k and words[k - 1].low in ("is", "was", "are", "were", "'s") else t
             for k, t in enumerate(words)]  # "answer what the boat is called": its name, not a phone call
    if [t.low for t in words[:3]] in (["work", "it", "out"], ["figure", "it", "out"], ["work", "that", "out"],
                                      ["figure", "that", "out"]) and len(words) > 4:
        words = [Token("answer", words[0].start, words[2].end, "answer", stem("answer")), *words[3:]]
        # "Work it out from the speaker's own words.": answer from them
    words = [Token(t.text, t.start, t.end, "go", stem("go"))
             if t.low in ("look", "looking") and words[k + 1:k + 2] and words[k + 1].low in ("beyond", "outside", "past")
             and any(w.key in AUDIO_KEYS for w in words[k + 2:k + 5]) else t for k, t in enumerate(words)]  # "Don't look beyond the recording.": as "don't go beyond it"
    words = [Token(t.text, t.start, t.end, "stick", stem("stick")) if t.low in ("keep", "keeping") and words[k + 1:k + 2]
             and words[k + 1].low == "to" else t for k, t in enumerate(words)]  # "keep to what the recording says"
    if ([t.low for t in words[:2]] in (["find", "it"], ["find", "that"], ["work", "from"], ["work", "only"])
            or [t.low for t in words[:3]] in (["take", "it", "from"], ["take", "that", "from"])) and len(words) > 3:
        words = [Token("answer", words[0].start, words[1].end, "answer", stem("answer")), *words[2:]]
        # "Find it in the recording.", "Work from the audio.": answer from it
    if [t.low for t in words[:4]] in _NO_LOOKUP and (len(words) == 4 or [t.low for t in words[4:6]] == ["it", "is"]):
        if len(words) == 4:
            return True  # "Don't look it up."
        words = [Token("answer", words[0].start, words[5].end, "answer", stem("answer")), *words[6:]]
        # "Don't look it up — it's in the recording.": answer from it
    matters = len(words) > 3 and words[0].low == "only" and words[-1].low in ("matters", "counts")
    if matters:
        words = words[:-1]  # "Only what's said on the floor tape matters.": answer from it
    what_matters = next(((k - len(lead), k + 1) for k in range(3, len(words)) if words[k].low in ("matters", "counts")
                         for lead in _MATTERS_LEADS if [t.low for t in words[k - len(lead):k]] == lead), None)
    if what_matters is not None and (words[0].low == "what" or what_matters[0] == 2 and words[0].low in ("the", "this")
                                     and words[1].key in AUDIO_KEYS):  # "The audio, not your memory, is what counts."
        matters, words = True, words[:what_matters[0]] + words[what_matters[1]:]
        # "What the shopkeeper says is what matters, not general knowledge."
    if [t.low for t in words[:3]] in (["i", "only", "want"], ["i", "just", "want"]) and len(words) > 4 \
            and words[3].low == "what" and any(t.key in SAY_KEYS for t in words[4:]):
        matters, words = True, words[3:]  # "I only want what the speakers say, not general rules."
    if [t.low for t in words[:2]] in (["don't", "add"], ["dont", "add"], ["do", "not"]) and any(
            t.low == "add" for t in words[:3]) and any(t.key in AUDIO_KEYS for t in words):
        matters = True  # "Don't add anything that isn't in the clip."
    keys = {t.key for t in words}
    if makes_up(words):
        keys |= {stem("invent")}  # "Don't make anything up"
    named = names_of_audio(words)
    # "Nothing but the leaf blower race audio should inform this:" (not "Transcribe the flea market clip")
    others = [t for k, t in enumerate(words) if t.key not in HINT_KEYS and k not in named
              and not (makes_up(words) and t.low in ("make", "up"))]
    # Two words may name what in the audio to answer from: "Answer using the announcement in the
    # clip.", "Answer based solely on the news report in the clip."
    # "Stick to what's said in the handover.", "Answer only from what the guide says.": what is said, as the source
    asked = {k + 1 for k in range(len(tokens) - 1) if tokens[k].low == ","} if tokens[-1].low == "?" else set()
    said = [k for k, t in enumerate(words) if t.low == "what" and any(w.key in SAY_KEYS or w.key in AUDIO_KEYS
                                                                      for w in words[k + 1:k + 5])
            and not any(tokens[m] is t for m in asked)]  # not "Without using outside knowledge, what does he say ...?"
    # ("Answer from what the chef actually says.")
    # ("Answer only with what the audio supports.")
    itself = any(t.low == "itself" for t in words)  # "answer from the police appeal itself"
    spoken_words = any(t.low in ("words", "word") and k > 0 and (words[k - 1].low.endswith(("'s", "s'", "’s"))
                                                                 or words[k - 1].low in ("his", "her", "their"))
                       for k, t in enumerate(words))  # "Answer using nothing but the guide's words."
    performed = any(t.low in _PERFORMED and k and words[k - 1].low in ("the", "this") for k, t in enumerate(words))
    # ("Answer strictly from the reading.")
    named_part = (len(others) <= 2 and (bool(keys & (AUDIO_KEYS | HEAR_KEYS)) or bool(said) or itself or spoken_words
                                        or performed)
                  and not any(t.low in WH | WH_RUN_ON for k, t in enumerate(words) if k not in said)
                  and not any(find_language_token(t) for t in others) and words[0] not in others)
    answering = told or bool(keys & ANSWER_KEYS) or any(t.low == "judging" for t in words) or matters  # not "the judge"
    answering = answering or (len(words) > 2 and words[0].low == "judge" and words[1].low in _JUDGE_FROM)
    # "Judge only from what the guide says."
    answering = answering or (any(t.low in ("source", "judge") for t in words) and bool(keys & AUDIO_KEYS)
                              and words[0].low in ("let", "the", "your", "make", "treat"))
    # "Let the audio be your sole source."
    answering = answering or (words[0].low == "whatever" and bool(keys & AUDIO_KEYS) and len(words) <= 6
                              and any(t.key in SAY_KEYS | {stem("tells"), stem("shows")} for t in words))
    # "(whatever the recording says)"
    answering = answering or (len(words) > 3 and words[0].low in ("say", "state") and words[1].low in ("only", "just")
                              and bool(keys & AUDIO_KEYS))  # "Say only what the audio supports."
    lows = [t.low for t in words]
    answering = answering or (3 <= len(words) <= 8 and lows[0] in ("check", "consult") and bool(keys & AUDIO_KEYS)
                              and lows[1] not in ("if", "whether", "that") and (
                                  any(w in ("memory", "knowledge") for w in lows)
                                  or any(lows[k:k + 2] in (["for", "this"], ["for", "that"], ["for", "it"])
                                         or lows[k:k + 3] == ["for", "the", "answer"] for k in range(len(lows)))))
    # "Check the recording for this, not your memory."
    return answering and (not others or named_part)


_HINT_OPENERS = ANSWER_KEYS | frozenset(stem(w) for w in ("nothing", "only", "just", "solely", "purely", "strictly",
                                                           "from", "according", "judging", "listening", "in"))


def names_of_audio(words: list[Token]) -> set[int]:
    """Indices of up to three words that name the event before the audio's noun ("the leaf blower race audio"), in
    a hint that starts as hints do ("Nothing but ...", "Using ...", not "Transcribe the flea market clip")."""
    named: set[int] = set()
    answer_first = len(words) > 2 and words[0].low in ("the", "your") and words[1].key in ANSWER_KEYS
    if not words or (words[0].key not in _HINT_OPENERS and not answer_first):
        return named  # (answer_first: "The answer must come from the lip sync clip:")
    for k, t in enumerate(words):
        if t.key in AUDIO_KEYS:
            j = k - 1
            while j >= 0 and k - j <= 3 and words[j].key not in HINT_KEYS and words[j].low not in WH:
                named.add(j)
                j -= 1
    return named


_PERFORMED = frozenset({"reading", "recital", "performance", "talk", "speech", "lecture", "interview", "briefing",
                        "ad", "advert", "advertisement", "commercial", "promo", "jingle"})
"""What a recording holds, named as the event ("the reading", "the talk"): the audio, in a hint."""


def makes_up(words: list[Token]) -> bool:
    """"make anything up", "make things up", "make stuff up"."""
    lows = [t.low for t in words]
    return any(lows[k] == "make" and "up" in lows[k + 1:k + 3] for k in range(len(lows)))


SOURCE_LEADS = (("according", "to"), ("based", "on"), ("judging", "by"), ("judging", "from"), ("from",),
                ("in",), ("listening", "to"), ("after", "listening", "to"), ("per",))
"""Words that open where to answer from ("According to the recording, ...", "..., based on this recording")."""


def source_suffix(tokens: list[Token]) -> bool:
    """"according to the audio", "based on this recording": where to answer from, after the question."""
    words = [t for t in tokens if t.is_word]
    hedged = bool(words) and words[0].low in _ONLY
    words = words[hedged:]  # ", just from the clip"
    lows = tuple(t.low for t in words)
    if lows[:3] == ("as", "far", "as") and len(words) <= 8 and any(t.key in AUDIO_KEYS for t in words[3:6]):
        return True  # ", as far as this recording tells us"
    lead = next((lead for lead in SOURCE_LEADS if (len(lead) > 1 or lead == ("per",) or hedged and lead == ("from",))
                 and lows[:len(lead)] == lead), None)
    if lead is None:
        return False
    said = len(words) > len(lead) + 2 and words[len(lead)].low == "what" \
        and any(t.key in SAY_KEYS for t in words[len(lead) + 1:len(lead) + 4])  # ", just from what ppl say in the audio"
    return 0 < len(words) - len(lead) <= (8 if said else 3) and words[-1].key in AUDIO_KEYS
