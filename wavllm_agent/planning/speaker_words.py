"""More ways to ask how many people speak, beside :mod:`wavllm_agent.planning.speakers`: "Who is talking, one
clerk or several?", "a speaker count", "Is this a monologue or a conversation?", "Is the presenter on her own?",
"Does anyone interrupt him?"."""

from __future__ import annotations

import re

from wavllm_agent.planning.answer_hint import SAY_KEYS
from wavllm_agent.planning.cues import AUDIO_KEYS, AUX, WH
from wavllm_agent.planning.people import TALKERS, is_people, one_person
from wavllm_agent.planning.speaker_vocab import (
    CONVERSATIONS,
    GROUP_WORDS,
    MORE,
    ONE,
    SOMEONE_ELSE,
    SPEAKER_NOUNS,
    SPEAKING,
)
from wavllm_agent.planning.speakers import ON_THE_RECORDING
from wavllm_agent.planning.text import DASHES, Token

_GROUPS = MORE | GROUP_WORDS | frozenset({"lot"})
_COUNT_NOUNS = frozenset({"count", "tally", "headcount"})
_TALK_KINDS = frozenset({"monologue", "dialogue", "dialog", "conversation", "soliloquy"})
_SOMEONE = frozenset({"anyone", "anybody", "someone", "somebody", "another", "others"})
_CUTTING_IN = frozenset({"interrupt", "interrupts", "interrupted", "interrupting"})
_OTHER_PEOPLE = _SOMEONE - {"another"}
_ONLY = frozenset({"just", "only"})
_PEOPLE_GROUPS = frozenset({"cast", "class", "family", "audience", "committee"})
_PEOPLE_NOUNS = frozenset({"people", "persons", "ppl", "voices", "speakers", "men", "women", "guys"})


_WHO = frozenset({"who", "who's", "whos", "who’s", "whose"})


def who_then_count(tokens: list[Token]) -> bool:
    """"Who is talking, one clerk or several?": who is talking, answered by a count set off after a comma;
    "Who's speaking, just the cashier or the customer too?": one person alone, or another as well ("..., just the
    cashier?")."""
    label = next((k + 1 for k, t in enumerate(tokens[:8]) if t.low in DASHES and k and t.start > tokens[k - 1].end), 0)
    if label and tokens[label:label + 1] and tokens[label].low in _WHO and tokens[0].low not in _WHO:
        tokens = tokens[label:]  # "wool fair vid - whos talking, one guy or a bunch?"
    words = [t.low for t in tokens if t.is_word]
    comma = next((k for k, t in enumerate(tokens) if t.low in (",", ":", "—", "–")
                  or t.low == "-" and k and t.start > tokens[k - 1].end), None)  # "... tape — one person or a bunch?"
    at = 1 + (words[1:2] in (["is"], ["was"]))  # ("who's on this spare tyre tape — ...")
    on_tape = comma is not None and (at == 2 or words[0] != "who") and words[at:at + 1] in (["on"], ["in"]) \
        and any(t.key in AUDIO_KEYS for t in tokens[2:comma])
    if comma is None or len(words) < 3 or words[0] not in _WHO \
            or not (on_tape or any(w in SPEAKING for w in words[1:5])):  # ("who's doing the talking", "who's on the tape")
        return False
    after = [t.low for t in tokens[comma + 1:] if t.is_word]
    if len(after) >= 5 and after[0] in _ONLY and "or" in after[2:] and (after[-1] in ("too", "also")
                                                                         or after[-2:] == ["as", "well"]):
        return True
    asked = [t.low for t in tokens[:comma] if t.is_word]
    talk = next((k for k, w in enumerate(asked) if w in SPEAKING), len(asked) - 1)
    alone = asked[talk + 1:talk + 2] in ([], ["at"], ["in"], ["on"], ["here"], ["there"])  # (not "talking to / about")
    joined = after[after.index("or") + 1:] if after[:1] and after[0] in _ONLY and "or" in after[2:6] else []
    if alone and any(w in ("plus", "and", "with") and joined[k + 1:k + 2] in (["a"], ["an"], ["another"]) and joined[k + 2:k + 3]
                     and (is_people(joined[k + 2]) or one_person(joined[k + 2])) for k, w in enumerate(joined[:4])):
        return True  # "Who's talking here: just the old forager, or the forager plus a helper?" (not "... plus a dog?")
    if 2 <= len(after) <= 4 and after[0] in _ONLY and one_person(after[-1]) and tokens[-1].low == "?" and alone:
        # (not "Who is the speaker talking to, just the nurse?", "Who's speaking first — just the mayor?")
        return True  # "Who's doing the talking at the regatta — just the harbourmaster?"
    listed = "or" in after or tokens[comma].low != "," and any(t.low in (",", "/") for t in tokens[comma + 1:])
    if not listed or len(after) > 8 or not any(w in _GROUPS for w in after):  # ("Who's speaking: one person, several?")
        return False
    if any(w in ONE for w in after):
        return not on_tape or any(is_people(w) or w in SPEAKER_NOUNS or w != "or" and one_person(w) for w in after)
        # (not "... one dog or two?"; "... — a lone voice or a group?")
    return on_tape and any(w in _ONLY for w in after) and any(w in _GROUPS and _heads_group(after[k + 1:k + 2])
                                                              for k, w in enumerate(after)) \
        and any(is_people(w) or w != "or" and one_person(w) for w in after)
    # "Who's on this sign studio tape, just the owner or several people?" (not "... just the dog or several cats?", "...,
    # just the coach or the team captain?")


def _heads_group(after: list[str]) -> bool:
    """After a word for a group ("several", "team"), the word that shows it counts people: nothing, "of" / "too", or a
    plural ("several guests"; not "the team captain")."""
    return not after or after[0] in ("of", "too", "also") or after[0].endswith("s") or is_people(after[0])


_EVERYONE_SPEAKING = [[who, *doing] for who in ("everyone", "everybody", "anyone", "anybody")
                      for doing in (["speaking"], ["talking"], ["who", "speaks"], ["who", "talks"], ["who", "spoke"])]


def asks_in_other_words(tokens: list[Token]) -> bool:
    """"a speaker count", "the voice count", "Is this a monologue or a conversation?", "Is the presenter on
    their own?", "whether anyone interrupts him": how many people speak, in words the main rules do not read."""
    dash = next((k for k, t in enumerate(tokens) if t.low in DASHES and k and t.start > tokens[k - 1].end), None)
    if dash is not None and {t.low for t in tokens[dash + 1:] if t.is_word} <= _CHECK_TAIL:
        tokens = tokens[:dash]  # "I'm curious if the judge gets interrupted by anyone else — check that"
    words = [t.low for t in tokens if t.is_word]
    for k in range(len(words) - 1):
        if words[k] in SPEAKER_NOUNS and words[k + 1] in _COUNT_NOUNS:
            return True  # "a speaker count"
        if words[k] in _COUNT_NOUNS and words[k + 1] == "of" and k + 2 < len(words) and words[k + 2] in SPEAKER_NOUNS:
            return True  # "a count of speakers"
        if words[k] in _COUNT_NOUNS and words[k + 1] == "of" and (words[k + 2:k + 4] in _EVERYONE_SPEAKING
                                                                  or words[k + 2:k + 5] in _EVERYONE_SPEAKING):
            return True  # "a count of everyone speaking", "a count of everybody who talks"
    if words in (["speakers", "how", "many"], ["voices", "how", "many"], ["people", "how", "many"]):
        return True  # "Speakers: how many?"
    if 3 < len(words) <= 10 and words[0] in ("speakers", "voices", "people") and words[-2:] == ["how", "many"] \
            and len(tokens) > 4 and tokens[-4].low in (":", "—", "–", "-") and tokens[-1].low in ("?", ".") \
            and (words[0] != "people" or any(t.key in AUDIO_KEYS for t in tokens[:-4])):
        return True  # "Voices on the dog surfing tape: how many?" (not "People on the beach: how many?")
    if words in (["speakers"], ["voices"]) and tokens[-1].low == "?":
        return True  # "conga clip | speakers? | ...": the question alone
    kinds = [w for w in words if w in _TALK_KINDS]
    if "monologue" in kinds or "soliloquy" in kinds:
        asked = next((k for k, w in enumerate(words) if w in ("whether", "if")), None)  # ("I'm trying to work out if ...")
        alternatives = any(w in _TALK_KINDS and words[k + 1:k + 2] == ["or"] and any(
            v in _TALK_KINDS for v in words[k + 2:k + 4]) for k, w in enumerate(words))  # "a conversation or a monologue"
        return (("is" in words[:3] or asked is not None) and len(words) <= 14) or (asked is not None and alternatives) \
            or (alternatives and len(words) <= 6 and all(w in _TALK_KINDS or w in ("or", "a", "an") for w in words))
        # ("Monologue or dialogue?": the alternatives alone)
    if words[-1:] in (["dialogue"], ["dialog"]) and words[:1] in (["is"], ["was"]) and words[-2] in ("a", "one") \
            and len(words) <= 10 and (words[1:-2] in (["it"], ["this"], ["that"])
                                      or any(t.key in AUDIO_KEYS for t in tokens if t.low == words[-3])
                                      and not {"in", "of", "on", "from", "about", "for", "to"} & set(words[1:-2])):
        return True  # "Is this colander clip a dialogue?" (the recording, a kind of talk with more than one voice; not
        # "Is the scene she reads out a dialogue?")
    if any(words[k:k + 3] in (["on", "his", "own"], ["on", "her", "own"], ["on", "their", "own"])
           for k in range(len(words))):
        return any(w in ("is", "are", "whether", "if") for w in words) and "speak" not in words[-1:]
    if any(w in _SOMEONE for w in words) and any(w in _CUTTING_IN for w in words) and len(words) <= 12:
        return True
    if _joined_by_someone(words):
        return True
    if words[:1] and words[0] in AUX | {"whether", "if"} and any(_shares_the_mic(words, k) for k in range(1, len(words))):
        return True  # "Does the conga line MC share the stage with anyone, voice-wise?"
    return _just_or_others(words) or _people_or_more(words) or _left_by_how_many(words) or _one_or_more_alone(tokens) \
        or _voices_counted(tokens) or _answered_back(words) or _another_voice_heard(words) or _lines_counted(words) \
        or _had_by_the_talk(words) or _change_named(words) or _speakers_are_n(words)


_NUMBERED = frozenset({"one", "two", "three", "four", "five", "2", "3", "4", "5", "several", "many"})


def _speakers_are_n(words: list[str]) -> bool:
    """"say if the speakers are two", "Are the speakers two?": how many speak, in a learner's words."""
    for k in range(len(words) - 1):
        plural = words[k] in ("speakers", "voices", "talkers")
        asked = k >= 1 and words[k - 1] in ("if", "whether") or k >= 2 and words[k - 1] == "the" \
            and words[k - 2] in ("if", "whether")
        if plural and asked and words[k + 1:k + 2] in (["are"], ["were"]) and words[k + 2:k + 3] \
                and words[k + 2] in _NUMBERED and len(words) - k <= 5:
            return True  # "if the speakers are two" (not "The speakers are two, tell me their emotions.")
        if plural and k >= 2 and words[k - 1] == "the" and words[k - 2] in ("are", "were") and words[k + 1] in _NUMBERED \
                and len(words) - k <= 4:
            return True  # "Are the speakers two?"
    return False


_CHANGES = frozenset({"change", "swap", "switch", "changeover", "handover"})


def _change_named(words: list[str]) -> bool:
    """"if the video has a narrator swap halfway through", "Is there a change of narrator?": a change of who speaks,
    asked about as a thing (not "a voice change" stated, nor "a change of tone")."""
    asked = words[:1] and words[0] in AUX or any(w in ("if", "whether") for w in words)
    if not asked or any(w in _REPORTING for w in words):
        return False  # (not "Does the podcast mention a host switch next month?")
    for k in range(len(words) - 1):
        end = None
        if words[k] in TALKERS | SPEAKER_NOUNS and words[k + 1] in _CHANGES and k and words[k - 1] in ("a", "no"):
            end = k + 2  # "has a narrator swap", "a speaker change"
        elif words[k] in _CHANGES and words[k + 1] == "of" and k + 2 < len(words):
            end = k + 3 + (words[k + 2] in ("the", "a"))  # "Is there a change of narrator?", "a switch of the speaker"
            end = end if words[end - 1] in TALKERS | SPEAKER_NOUNS else None
        if end is not None:
            return all(w in _WHEN_IN_IT for w in words[end:])  # (not "a voice change effect", "... next season")
    return False


_REPORTING = frozenset({"say", "says", "said", "mention", "mentions", "mentioned", "announce", "announces",
                        "announced", "talk", "talks", "discuss", "discusses", "plan", "planned", "planning"})
_WHEN_IN_IT = frozenset({"halfway", "partway", "midway", "through", "at", "any", "point", "some", "in", "the", "this",
                         "that", "middle", "during", "recording", "clip", "video", "audio", "tape", "it", "throughout",
                         "anywhere", "somewhere", "along", "way", "there", "here"})


_HAVING = frozenset({"have", "include", "feature", "involve", "contain"})


def _had_by_the_talk(words: list[str]) -> bool:
    """"How many participants does the plate rack meeting have?": the people a talk has (not "How many members does
    the club have?", "How many legs does the table have?")."""
    start = next((k for k in range(min(len(words) - 1, 4)) if words[k:k + 2] == ["how", "many"]), None)
    if start is None or len(words) < start + 6 or not is_people(words[start + 2]) or words[start + 3] not in ("does", "did", "do"):
        return False
    verb = next((k for k in range(start + 5, min(len(words), start + 10)) if words[k] in _HAVING), None)
    named = words[start + 4:verb] if verb is not None else []
    return verb == len(words) - 1 and 2 <= len(named) <= 4 and named[0] in ("the", "this", "that", "your") \
        and (named[-1] in CONVERSATIONS or named[-1] in _TALKS) and not any(w in ("in", "on", "of", "at") for w in named)
    # (not "... does the call centre have", "... does the show usually have", "... the teacher in the lesson have")


_TALKS = frozenset({"meeting", "meetings", "podcast", "show", "panel", "debate", "briefing", "session", "lesson", "class",
                    "tutorial", "seminar", "lecture", "call", "calls", "broadcast", "programme", "program"})


def _lines_counted(words: list[str]) -> bool:
    """"how many actors have lines", "how many actors get a speaking part": the people who speak, counted."""
    start = next((k for k in range(min(len(words) - 1, 4)) if words[k:k + 2] == ["how", "many"]), None)
    if start is None or len(words) - start > 10 or any(w in WH for w in words[:start]):
        return False
    words = words[start + 2:]  # ("tell me how many ...")
    verb = next((k for k in range(1, len(words)) if words[k] in ("have", "has", "get", "gets", "got", "had")), None)
    return verb is not None and words[verb + 1:] in (["lines"], ["speaking", "parts"],
                                                      ["a", "speaking", "part"], ["speaking", "lines"]) \
        and any(is_people(w) or one_person(w.rstrip("s")) for w in words[:verb])  # (not "of them": what they are is
    # not known here)


def _another_voice_heard(words: list[str]) -> bool:
    """"can a student's voice be heard too", "whether any caller's voice is heard as well": a second person's voice,
    heard beside the first (not "Can the student's voice be heard clearly?")."""
    if not words or words[0] not in AUX | {"whether", "if"} or not (words[-1] in ("too", "also")
                                                                  or words[-2:] == ["as", "well"]):
        return False  # (not "heard well", "heard too loudly")
    return any(words[k] == "voice" and words[k - 1].endswith(("'s", "’s")) and one_person(words[k - 1][:-2])
               and words[k - 2] in ("a", "an", "any") and "heard" in words[k + 1:k + 4] for k in range(2, len(words)))
    # (a person's: not "Is a bird's voice heard too?")


_ASKING_IF = frozenset({"me", "us", "check", "see", "know", "lmk", "say", "confirm", "note"})


def _joined_by_someone(words: list[str]) -> bool:
    """"tell me if anyone joins him", "Does anyone else join in?": a second voice, asked of the recording (not "Did
    she say if anyone joins?", "Can anyone join?", "In the story, does anyone join him?", "What happens if ...?")."""
    if "story" in words or any(w in WH for w in words):
        return False
    for k, w in enumerate(words):
        rest = words[k + 1:]
        other = rest[:1] == ["else"]
        rest = rest[1:] if other else rest
        if w not in _OTHER_PEOPLE or rest[:1] not in (["join"], ["joins"], ["joined"]) \
                or rest[1:] not in ([], ["him"], ["her"], ["them"], ["in"]):
            continue
        if k == 1 and words[0] in ("does", "did") and (other or rest[1:] == ["in"]):
            return True  # "Does anyone else join him?", "Did anybody join in?"
        return k >= 2 and words[k - 1] in ("if", "whether") and words[k - 2] in _ASKING_IF \
            and not any(v in AUX - {"can", "could", "would", "will"} for v in words[:k - 2])
    return False


_REPLY_VERBS = frozenset({"answers", "replies", "responds", "answer", "reply", "respond", "answered", "replied",
                          "responded"})


def _answered_back(words: list[str]) -> bool:
    """"tell me if the athlete answers her too", "whether the caller replies at all": a second voice that answers the
    first, asked with "if" / "whether" (not "whether the coach answers the question about diet")."""
    at = next((k for k, w in enumerate(words) if w in ("if", "whether")), None)
    if at is None:
        return False
    verb = next((k for k in range(at + 2, min(len(words), at + 6)) if words[k] in _REPLY_VERBS), None)
    if verb is None:
        return False  # (also "IF" alone: nothing after it)
    pronoun = words[at + 1] in ("he", "she", "they") and verb == at + 2
    if words[at + 1] not in ("the", "a", "his", "her", "their", "anyone", "anybody", "someone") and not pronoun:
        return False
    rest = words[verb + 1:]
    if rest[:1] in (["her"], ["him"], ["them"]):
        rest = rest[1:]
    return rest in (["too"], ["back"], ["as", "well"]) or not pronoun and rest in ([], ["at", "all"])


def _shares_the_mic(words: list[str], k: int) -> bool:
    """"... share the mic with anyone", "the MC shares the stage with someone, voice-wise" (not "the band shares the
    stage with another act")."""
    if words[k] not in ("share", "shares") or words[k + 1:k + 4] not in (["the", "mic", "with"], ["the", "microphone", "with"],
                                                                       ["the", "stage", "with"]):
        return False
    rest = words[k + 4:]
    return rest[:1] in (["anyone"], ["anybody"], ["someone"], ["somebody"]) and rest[1:] in ([], ["else"], ["voice", "wise"]) \
        and (words[k + 2] != "stage" or words[k - 1] in TALKERS)


_CHECK_TAIL = frozenset({"check", "that", "it", "this", "can", "could", "you", "u", "please", "pls", "confirm", "verify"})
_TALKING_TAILS = ([], ["doing", "the", "talking"], ["doing", "the", "speaking"], ["talking"], ["speaking"], ["of", "them"])


def _one_or_more_alone(tokens: list[Token]) -> bool:
    """"one guide or two doing the talking?", "Owl prowl recording: one guide or two?", "Solo talker or a
    conversation?": a count of people, asked with no verb before it."""
    colon = next((k + 1 for k, t in enumerate(tokens[:8]) if t.low == ":"), 0)
    if any(t.low in WH for t in tokens[:colon]):
        return False  # "Who rescues the cat: one man or two?"
    words = [t.low for t in tokens[colon:] if t.is_word]
    words = words[1:] if words[:1] == ["a"] and words[1:2] and words[1] in ONE - {"one", "1"} else words
    if len(words) in (4, 5) and words[0] in ONE and (words[1] in TALKERS or words[1] in _ONE_SPEAKER) \
            and words[2] == "or" and words[-1] in _TALK_KINDS - {"monologue", "soliloquy"} and words[3:-1] in ([], ["a"]):
        return True  # "Solo talker or a conversation?"
    return len(words) >= 4 and words[0] in ONE and one_person(words[1]) and words[2] == "or" \
        and (words[3] in MORE or words[3] in _GROUPS) and words[4:] in _TALKING_TAILS \
        and (len(words) > 4 or words[1] in TALKERS or words[1] in _ONE_SPEAKER)  # not "one child or two?"


_ONE_SPEAKER = frozenset({"voice", "speaker", "person", "guy", "man", "woman", "lady", "bloke", "fella"})


_COUNTS = ONE | MORE | _GROUPS | frozenset({"or", "just", "only", "a", "maybe", "people"})


def _voices_counted(tokens: list[Token]) -> bool:
    """"Voices on the wool fair tape: one, two, more?": the voices named, then counts to choose from."""
    colon = next((k for k, t in enumerate(tokens[:12]) if t.low == ":"), None)
    if colon is None or not tokens[0].is_word or tokens[0].low not in ("voices", "speakers", "talkers") and not (
            tokens[0].low in _PEOPLE_NOUNS and tokens[1].low in ("on", "in") and any(t.key in AUDIO_KEYS for t in tokens[2:colon])):
        return False  # ("People on the tape: one, two, more?", not "People at the table: one or two?")
    after = [t.low for t in tokens[colon + 1:] if t.is_word]
    return 2 <= len(after) <= 8 and all(w in _COUNTS for w in after) and any(w in ONE for w in after) \
        and any(w in MORE or w in _GROUPS for w in after)


_MESSAGES = frozenset({"it", "this", "that", "message", "messages", "voicemail", "voicemails", "memo", "note"})


def _left_by_how_many(words: list[str]) -> bool:
    """"check how many people left it": how many people left the message (their voices are on it)."""
    return any(words[k:k + 2] == ["how", "many"] and words[k + 2] in _PEOPLE_NOUNS | {"callers", "persons"}
               and words[k + 3] in ("left", "recorded") and any(w in _MESSAGES for w in words[k + 4:k + 7])
               for k in range(len(words) - 4))


def _just_or_others(words: list[str]) -> bool:
    """"just the baker, or others too?", "Is that just the owner or someone else too?": one person named, or
    other people."""
    if not any(w in SPEAKING for w in words) and words[:2] not in ON_THE_RECORDING:
        return False  # not "did the sentry hear only the thief or someone else as well?" (the story's content)
    for k, w in enumerate(words):
        if w in _ONLY and k + 2 < len(words) and words[k + 1] in ("the", "that", "this", "his", "her", "their", "our"):
            ors = [m for m in range(k + 2, min(len(words), k + 6)) if words[m] == "or"]
            after = words[ors[0] + 1:ors[0] + 4] if ors else []
            if any(x in _OTHER_PEOPLE or (x in GROUP_WORDS or x in _PEOPLE_GROUPS) and (
                    _heads_group(after[m + 1:]) or after[m + 1] in SPEAKING) for m, x in enumerate(after)):
                # (not "just the coach or the team captain")
                return True  # ("just the director or the whole group talking")
    return False


def _people_or_more(words: list[str]) -> bool:
    """"whether the hosts are two people or more": a count of people, then "or more" / "or fewer"."""
    for k in range(1, len(words) - 3):
        if words[k - 1] in ("are", "were") and (words[k] in MORE or words[k].isdigit()) \
                and words[k + 1] in _PEOPLE_NOUNS and words[k + 2] == "or" and words[k + 3] in ("more", "fewer", "less"):
            return k + 4 == len(words) and any(w in ("whether", "if") for w in words[:k - 1])
    return False  # not "Were 20 people or more injured in the crash?"


_WHOLE_TIME = frozenset({"throughout", "the", "whole", "entire", "time", "way", "all", "through", "from", "start", "to",
                         "finish", "end", "clip", "recording", "audio", "tape", "call", "it"})
_SPEAKS = frozenset({"speaks", "talks", "speak", "talk", "speaking", "talking"})


def speaks_throughout(tokens: list[Token]) -> bool:
    """"whether the captain speaks throughout", "does the guide talk the whole time?": one person's voice from
    start to end (a speaker check), not what they say."""
    words = [t.low for t in tokens if t.is_word]
    verb = next((k for k, w in enumerate(words) if w in _SPEAKS), None)
    if verb is None or verb < 2 or not any(w in ("whether", "if") or w in AUX for w in words[:verb - 1]):
        return False
    tail = words[verb + 1:]
    if "or" in tail:  # "does the telescope guy talk the whole time or do ppl swap?"
        alternative = tail[tail.index("or") + 1:]
        swapped = any(w in ("swap", "swaps") and alternative[k + 1:k + 2] in ([], ["in"], ["over"], ["around"])
                      for k, w in enumerate(alternative))  # "or do ppl swap", not "or switch languages"
        if not swapped and not any(w in _OTHERS for w in alternative):
            return False
        tail = tail[:tail.index("or")]
    return bool(tail) and all(w in _WHOLE_TIME for w in tail) \
        and ("throughout" in tail or any(w in tail for w in ("whole", "entire")))


_OTHERS = SOMEONE_ELSE - {"new", "different"} | frozenset({"others", "other", "anyone", "anybody", "ppl", "people"})


def stays_the_same(tokens: list[Token]) -> bool:
    """"check whether the speaker stays the same", "Does the narrator of the story stay the same?": one voice from start
    to end, asked."""
    words = [t.low for t in tokens if t.is_word]
    stays = [m for m in range(1, len(words) - 2) if words[m:m + 3] in (["stays", "the", "same"], ["remains", "the", "same"],
                                                                          ["stay", "the", "same"], ["remain", "the", "same"])]
    return any((words[k] in SPEAKER_NOUNS or one_person(words[k])) and (k + 1 == m or words[k + 1] == "of" and m - k <= 6)
               and any(w in ("whether", "if") or w in AUX for w in words[max(0, k - 3):k]) for m in stays for k in range(m))


_JOINED = frozenset({"plus", "and", "with", "&", "+"})


def just_one_or_more(tokens: list[Token]) -> bool:
    """"Is this interview just the athlete or the athlete plus a reporter?": one person, or that person and another,
    asked as a yes/no question."""
    words = [t.low for t in tokens if t.is_word or t.low in ("&", "+")]
    if not words or words[0] not in AUX:
        return False
    at = next((k for k in range(1, len(words) - 2) if words[k] in ("just", "only") and words[k + 1] in ("the", "a", "one")
               and one_person(words[k + 2])), None)
    if at is None or "or" not in words[at + 3:at + 5]:
        return False
    rest = words[words.index("or", at + 3) + 1:]
    joined = next((k for k in range(len(rest) - 1) if rest[k] in _JOINED), None)
    return joined is not None and joined <= 3 and rest[joined + 1] in ("a", "an", "another", "someone", "somebody")


def asks_count_another_way(tokens: list[Token]) -> bool:
    """Any of the above: "Who is talking, one clerk or several?", "a speaker count", ...."""
    return who_then_count(tokens) or asks_in_other_words(tokens) or speaks_throughout(tokens) or just_one_or_more(tokens) \
        or stays_the_same(tokens) or _more_involved(tokens)


_MORE_THAN_ONE = frozenset({"two", "2", "several", "multiple", "many"})


def _more_involved(tokens: list[Token]) -> bool:
    """"find out if two people are involved", "whether several voices are involved": whether more than one person
    takes part (after "if" or "whether", at the end of the clause; not "if two people are involved in the crash")."""
    words = [t.low for t in tokens if t.is_word]
    at = next((k for k in range(len(words) - 4) if words[k] in ("if", "whether")), None)
    return at is not None and len(words) == at + 5 and words[at + 1] in _MORE_THAN_ONE \
        and words[at + 2] in ("people", "persons", "voices", "speakers") and words[at + 3] in ("are", "were") \
        and words[at + 4] in ("involved", "present")


_COUNTED_THEM = (["how", "many", "of", "them", "are", "there"], ["how", "many", "of", "them", "are", "talking"],
                 ["how", "many", "of", "them", "are", "speaking"], ["how", "many", "of", "them", "speak"],
                 ["how", "many", "of", "them", "there", "are"], ["how", "many", "there", "are"])


_SAYING = frozenset({"say", "says", "said", "saying", "discuss", "discusses", "discussing", "transcribe"})
"""Before a bare "how many there are": what people say is asked about, so the people are counted."""


def count_of_them(before: list[Token], tokens: list[Token]) -> bool:
    """"How do the speakers sound, and how many of them are there?": a count of the speakers named just ``before``."""
    words = [t.low for t in tokens if t.is_word]
    start = next((k for k in range(len(words)) if words[k] == "how"), None)
    if start is not None and words[start + 1:start + 2] == ["many"] and len(words) == start + 5 \
            and words[start + 3:] in (["there", "are"], ["there", "were"], ["are", "there"]) \
            and words[start + 2].endswith("s") and any(
                t.low in (words[start + 2][:-1], words[start + 2][:-2]) and u.key in SAY_KEYS
                for t, u in zip(before[-20:], before[-20:][1:], strict=False)):
        return True  # "everything the chef says, in Danish, then how many chefs there are": the speaker, counted (not
        # "what the man says about the car, then how many cars there are")
    if start is None or not any(words[start:start + len(p)] == p for p in _COUNTED_THEM):
        return False
    if words[start + 2] == "there" and not any(t.low in SPEAKING or t.low in _SAYING for t in before[-20:]):
        return False  # "What birds do the farmers mention / What do the kids play with, and how many there are?": things
        # counted ("Transcribe the speakers and say how many there are", "what they talk about and how many there are")
    return any(t.low in SPEAKER_NOUNS or t.low in _PEOPLE_NOUNS or is_people(t.low) for t in before[-20:])
    # ("What the moth-trap volunteers say to each other, in Danish, and how many of them there are.")


def people_counted_alone(before: list[Token], tokens: list[Token], after: str) -> bool:
    """"How many people, and how do they sound?": "how many people" alone, opening the instruction, with no other
    count after it (not "She booked a table. How many people?", "How many people and how many dogs?")."""
    words = [t.low for t in tokens if t.is_word]
    return words in (["how", "many", "people"], ["how", "many", "ppl"]) and not any(t.is_word for t in before) \
        and "how many" not in after.lower() and not _GOES_ON.match(after)  # (not "How many people, and for what time, ...?")


_GOES_ON = re.compile(r"\s*,?\s*(and\s+)?(for|at|in|on|with|from|to|by)\b", re.IGNORECASE)
