"""Asking how someone sounds: "How does the man sound?", "does this dude sound hyped?", "what's the clerk's
tone like?" - the emotion of a speaker (``er``), not a reason for it or how the recording sounds."""

from __future__ import annotations

from wavllm_agent.planning.cues import AUDIO_KEYS, AUX, WH, lead_end, request_start
from wavllm_agent.planning.lexicon import HOW_MUCH, STORY_WORDS
from wavllm_agent.planning.said_forms import plural_possessives
from wavllm_agent.planning.text import Token, find_language_token, stem, tokenize

_SEEM_KEYS = frozenset(stem(w) for w in ("sound", "sounds", "seem", "seems", "appear", "appears"))
_SEEMS_FORMS = frozenset({"sounds", "seems", "appears", "sounded", "seemed", "appeared", "feels", "felt"})
_TELLING = frozenset({"telling", "reading", "explaining", "describing", "talking", "speaking", "saying", "giving",
                      "presenting", "narrating", "introducing", "answering", "recounting", "delivering", "announcing",
                      "discussing", "demonstrating", "teaching", "reciting"})
"""After "how he sounds": what he is doing as he speaks ("how he sounds telling it"), which leaves the question how he
sounds."""
_AS_SUBJECTS = frozenset({"he", "she", "they", "i", "we", "you", "it", "the", "his", "her", "their"})
_SEEM_TAIL = frozenset({"now", "here", "right", "today", "overall", "to", "you", "me", "in", "on", "the",
                        "this", "that", "at", "moment", "generally", "too", "also", "as", "well", "lol", "haha", "tho", "rn", "end",
                        "start", "beginning", "first", "last", "finally", "emotionally", "by", "towards", "toward", "near",
                        "throughout", "middle"})


def asks_how_sounding(tokens: list[Token]) -> bool:
    """"How does the man sound?", "How do they seem?": a question about the speaker's state."""
    label = next((k for k in range(1, min(len(tokens), 7)) if tokens[k].low in ("-", "–", "—", ":")
                  and (tokens[k].low == ":" or tokens[k].start > tokens[k - 1].end)  # not "well-known"
                  and all(t.is_word for t in tokens[:k])), None)
    if label is not None:
        tokens = tokens[label + 1:]  # "The ferry announcement - how does the announcer sound"
    words = [t for t in tokens[request_start(tokens, lead_end(tokens)):] if t.is_word]
    if len(words) > 3 and words[0].low == "yo" and words[1].low in ("how", "what", "what's"):
        words = words[1:]  # "yo how does the pogo dude sound rn"
    if len(words) > 5 and words[0].low in ("give", "get") and words[1].low in ("me", "us") and words[2].low in ("a", "an"):
        words = words[2:]  # "Give me a quick read on how the caller sounds": as "a quick read on ..."
    if words and words[0].low in ("tell", "say") and len(words) > 1 and words[1].low in ("me", "us") or (
            len(words) > 3 and words[0].low == "give" and words[1].low in ("me", "us") and words[2].low == "how"
            and _someone_in(words[3:6])):
        words = words[2:]  # "tell me how the mother sounds", "give me how the woman sounds"
    elif words and words[0].low in ("say", "describe", "explain", "note", "check", "assess", "gauge", "judge"):
        words = words[1:]  # "say how the manager sounds", "Check how the announcer sounds"
    elif len(words) > 3 and words[0].low in ("a", "an"):
        j = 1
        while j < 4 and j + 2 < len(words) and words[j].low in _SHORT and words[j + 1].low not in ("of", "on", "about"):
            j += 1  # "a one-line read on how she sounds", "a quick note on ..."
        noted = j + 2 < len(words) and words[j + 1].low in ("of", "on", "about") and (
            words[j].low in ("note", "word", "line", "comment") and j == 1  # "a note of how the announcer sounds"
            or words[j].low in ("note", "word", "line", "comment", "read", "sense", "take")
            and _someone_in(words[j + 3:j + 5]))  # (not "a quick note on how the engine sounds")
        words = words[j + 2:] if noted else words
    if 4 <= len(words) <= 12 and words[0].low == "what" and words[1].low in AUX and words[-1].low == "like" \
            and words[-2].key in _SEEM_KEYS and _someone_in(words[2:-2]):
        return True  # "What does the contest host sound like?" (not "what does the bell sound like?")
    if 4 <= len(words) <= 10 and words[0].low == "what" and words[-1].low == "like" \
            and words[-2].low in _SEEMS_FORMS and _someone_in(words[1:-2]):
        return True  # "tell me what the busker sounds like" (not "what the siren sounds like")
    across = next((k for k in range(2, len(words) - 1) if words[k].low in ("come", "comes", "came", "coming")
                   and words[k + 1].low == "across"), None)
    if across is not None and not (words[across - 1].low in _PERSON_WORDS | _COMING_ACROSS or words[across - 1].text.isupper()
                                   or words[across - 1].low.endswith(_PERSON_ENDINGS)) or across is not None \
            and across + 2 < len(words) and words[across + 2].low in _OBJECTS:
        return False  # "how does the plan come across": not a person; "how did grandma come across the tape": found it
    if across is not None:  # "how does the chairwoman come across": how she sounds
        words = [*words[:across], Token("sound", words[across].start, words[across + 1].end, "sound", stem("sound")),
                 *words[across + 2:]]
    cut = next((k for k in range(3, len(words)) if words[k].low in ("while", "when", "whilst")
                or (words[k].low == "as" and k + 1 < len(words) and words[k + 1].low in _AS_SUBJECTS)
                or (words[k].low == "about" and words[k - 1].key in _SEEM_KEYS)
                or (words[k].low in _TELLING and (words[k - 1].key in _SEEM_KEYS or words[k - 1].low in _SEEMS_FORMS)
                    and _someone_in(words[1:k - 1]))
                or (words[k].low in ("after", "before") and words[k - 1].key in _SEEM_KEYS and _someone_in(words[2:k - 1])
                    and not any(find_language_token(t) for t in words[k:]))), None)
    if cut is not None:  # "how she sounds while doing it", "... as she tells the tale", "... about the delay", "how he
        # sounds telling it",
        words = words[:cut]  # "How does the gravy wrestler sound after losing?"
    place = next((k for k in range(len(words)) if (words[k].low in ("in", "on", "during", "throughout")
                                                   or (words[k].low == "at" and _someone_in(words[1:k])))
                  and (any(t.key in AUDIO_KEYS for t in words[k + 1:k + 5])
                       or (k + 1 < len(words) and words[k + 1].low in ("this", "that", "the", "his", "her", "their")))),
                 None)
    whole = words
    if place is not None and place > 2 and not (_someone_in(words[1:place]) and any(
            t.key in _SEEM_KEYS or t.low in _SEEMS_FORMS for t in words[place:])):
        words = words[:place]  # "how the mother sounds in the baby monitor clip" (not "how the skipper on the boat sounds")
    if len(words) < 3 or words[0].low != "how" or len(words) > 12 or words[1].low in HOW_MUCH:
        return False  # ("how many times does the word appear throughout?": a count)
    if words[1].low in AUX:  # "how does the man sound"
        verb = next((k for k in range(3, len(words)) if words[k].key in _SEEM_KEYS), None)
        if verb is None and words[1].low in ("is", "are", "was", "were"):  # "how is the woman feeling (when ...)"
            verb = next((k for k in range(3, len(words)) if words[k].low == "feeling" and _someone_in(words[2:k])), None)
        late = next((k for k in range(3, min(len(whole), 12)) if whole[k].key in _SEEM_KEYS), None)
        if verb is None and late is not None and place is not None and place < late:
            return all(t.low in _SEEM_TAIL or t.key in AUDIO_KEYS for t in whole[late + 1:])  # "the woman on this line"
    else:  # "how the mother sounds", "how she seems", "how they sound"
        verb = next((k for k in range(2, min(len(words), 12))  # "how the narrator of the campfire ghost story sounds"
                     if words[k].low in _SEEMS_FORMS or words[k].key in _SEEM_KEYS), None)
    return verb is not None and all(t.low in _SEEM_TAIL or t.key in AUDIO_KEYS for t in words[verb + 1:])
_PERSON_WORDS = frozenset({"he", "she", "they", "i", "we", "you", "dj", "mc", "host", "chef", "guide", "coach", "nurse",
                           "doctor", "judge", "pilot", "mum", "mom", "dad", "vet", "clerk", "girl", "boy", "bride",
                           "groom", "priest", "vicar", "boss", "auctioneer", "referee", "umpire", "employee", "trainee",
                           "attendee", "interviewee", "nominee", "captain", "grandma", "granny", "aunt", "uncle", "nun",
                           "witness", "pupil", "apprentice"})
_PERSON_ENDINGS = ("er", "or", "ist", "man", "woman", "person", "ess", "ian", "ant", "ent", "guy", "lady", "host",
                   "chair", "boss", "kid", "child")
_COMING_ACROSS = frozenset({"cook", "gran", "grandpa", "monk", "smith", "nan"})
"""More people, only right before "come across" ("How does the cook come across?"; not "nan bread", "cook top")."""
_OBJECTS = frozenset({"the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "my", "your", "it"})


def names_a_person(tok: Token) -> bool:
    """"auctioneer", "guide", "she": a word for a person (by a list and by its ending)."""
    return tok.low in _PERSON_WORDS or (tok.low.endswith(_PERSON_ENDINGS) and tok.low not in ("sounds", "whether"))


def _someone_in(words: list[Token]) -> bool:
    """"how the auctioneer sounds", not "how loud the siren sounds": a person before the place."""
    return any(names_a_person(t) for t in words)


_YES_NO_FRAMES = frozenset({"does", "do", "did", "if", "whether", "is", "are", "was", "were"})
_DEGREE_WORDS = frozenset({"kinda", "kind", "sort", "of", "a", "bit", "very", "really", "so", "quite", "rather", "too",
                           "more", "less", "at", "all", "little", "pretty", "somewhat", "slightly", "any", "way"})
_NOT_A_STATE = frozenset({"like", "as", "if", "to", "the", "this", "that", "an", "good", "bad", "clear", "loud",
                          "quiet", "muffled", "distorted", "right", "wrong", "familiar", "real", "fake", "recorded"})


def asks_if_sounding(tokens: list[Token]) -> bool:
    """"Does this dude sound hyped?", "tell me if the teacher sounds patient", "whether she seems
    nervous": a yes/no question about how a speaker sounds, whatever the adjective. Not how the
    recording sounds ("does the audio sound muffled?") or what it sounds like."""
    for v, tok in enumerate(tokens):
        if tok.key not in _SEEM_KEYS:
            continue
        frame = next((k for k in range(v - 1, max(-1, v - 11), -1) if tokens[k].low in _YES_NO_FRAMES
                      and all(t.is_word for t in tokens[k:v])), None)
        rising = frame is None and _said_rising(tokens, v)  # "ok so the hillclimb guy sounds kinda off??"
        if not rising and (frame is None or _audio_is_subject(tokens[frame + 1:v]) or frame + 1 == v
                           or any(t.low in WH - {"whether"} for t in tokens[:frame])):
            continue  # "Why does the boy sound nervous?" asks for a reason, not for the emotion
        after = next((t for t in tokens[v + 1:] if t.is_word and t.low not in _DEGREE_WORDS), None)
        if after is not None and after.low not in _NOT_A_STATE and after.key not in AUDIO_KEYS:
            return True
    return False


_FEELING = frozenset({"off", "upset", "angry", "happy", "sad", "nervous", "tired", "stressed", "annoyed", "worried",
                      "down", "weird", "strange", "odd", "excited", "calm", "frustrated", "scared", "anxious", "bored",
                      "irritated", "cheerful", "grumpy", "tense", "low", "flat", "mad", "pissed", "moody", "unhappy",
                      "emotional", "agitated", "distressed", "afraid", "rattled", "shaken", "sarcastic", "fed"})
"""How someone feels, in a statement asked as a question ("the guy sounds kinda off??"), not how they sound otherwise
("The caller sounds British?", "The man sounds far away?": questions about the recording)."""


def _said_rising(tokens: list[Token], v: int) -> bool:
    """"the guy sounds kinda off??": someone named, then "sounds"/"seems", a word for a feeling, and a question mark
    right after it (no question word before)."""
    words = [t.low for t in tokens[v + 1:] if t.is_word and t.low not in _DEGREE_WORDS]
    return tokens[v].low in ("sounds", "seems", "sounded", "seemed") and tokens[-1].low == "?" and 0 < v <= 8 \
        and _someone_in(tokens[:v]) and all(t.is_word and t.low not in WH and t.low not in AUX for t in tokens[:v]) \
        and words[:1] != [] and words[0] in _FEELING and all(w in ("up", "out", "rn", "now", "today") for w in words[1:])


_SHORT = frozenset({"one", "line", "quick", "short", "brief", "rough", "fast", "single", "sentence"})
"""Words that size a note before its noun ("a one-line read on how she sounds")."""


def states_feeling(tokens: list[Token]) -> bool:
    """"the speaker is happy", "the man sounds angry": a statement of how someone feels or sounds (to judge true or
    false: an emotion check, as "Is the speaker happy, yes or no?")."""
    return any(t.low in _FEELING or t.low in _SEEMS_FORMS for t in tokens)


_REPORTING = frozenset({"say", "says", "said", "tell", "tells", "told", "according", "claim", "claims", "think",
                        "thinks", "reckon", "reckons"})


def asks_if_enjoying(tokens: list[Token]) -> bool:
    """"Is the egg throwing commentator enjoying himself, would you say?": a yes/no question whether the one named
    (one person: "himself", "herself") is enjoying it. Not what someone says about it ("Does the host say the guests
    enjoyed themselves?")."""
    words = [t.low for t in tokens[request_start(tokens, lead_end(tokens)):] if t.is_word]
    k = next((k for k in range(2, min(len(words) - 1, 9)) if words[k] in ("enjoying", "enjoy", "enjoyed")
              and words[k + 1] in ("himself", "herself")), None)
    return k is not None and words[0] in ("is", "was", "does", "did") \
        and not any(w in _REPORTING for w in words[1:k] + words[k + 2:])


def asks_if_cross(tokens: list[Token]) -> bool:
    """"Is she cross?", "whether the caller was cross with the plumber": "cross" as a mood (angry), not
    "do they cross the road" or "the cross on the wall"."""
    words = [t.low for t in tokens[request_start(tokens, lead_end(tokens)):] if t.is_word]
    if "cross" not in words:
        return False
    k = words.index("cross")
    after = words[k + 1:k + 2]
    if k >= 1 and words[k - 1] == "how" and after and after[0] in ("is", "was", "are", "were", "does", "did"):
        return True  # "How cross is she?"
    if after and after[0] not in ("with", "at", "about", "now", "still", "or"):
        return False  # "do they cross the river"
    if k >= 1 and words[k - 1] in ("get", "gets", "got", "getting", "seem", "seems", "seemed", "look", "looks"):
        return True  # "Did he get cross with her?"
    frame = next((f for f, w in enumerate(words[:4]) if w in _CROSS_FRAMES), None)  # "tell me: is she cross?"
    if frame is None or not 2 <= k - frame <= 6 or words[k - 1] in _OWNERS | {"a", "an", "this", "that"}:
        return False
    # "Is the road we cross with the kids safe?": a verb after its own subject, not the mood of the one asked about
    return not (words[k - 1] in ("they", "we", "you", "i", "people") and words[frame] in _SINGULAR_FRAMES)


_CROSS_FRAMES = frozenset({"is", "was", "are", "were", "isn't", "wasn't", "if", "whether", "is'nt"})
_SINGULAR_FRAMES = frozenset({"is", "was", "isn't", "wasn't", "is'nt"})


def _audio_is_subject(subject: list[Token]) -> bool:
    """"does the audio sound muffled": the recording sounds, not "the caller on the voicemail"."""
    place = next((k for k, t in enumerate(subject) if t.low in ("on", "in", "from", "at", "during")), len(subject))
    return any(t.key in AUDIO_KEYS and not _someones_voice(subject, k) for k, t in enumerate(subject[:place]))


def _someones_voice(subject: list[Token], k: int) -> bool:
    """"his voice", "the keeper's voice": a person's voice (how they sound), not the recording's sound."""
    return subject[k].low in ("voice", "voices") and k > 0 and (
        subject[k - 1].low in _OWNERS or subject[k - 1].low.endswith(("'s", "’s", "s'")))


_TONE_LEADS = frozenset({"what", "what's", "whats", "wat", "how", "how's"})
_OWNERS = frozenset({"his", "her", "their", "the", "its", "our", "your", "my"})
_MOOD_NOUNS = frozenset({"tone", "mood", "vibe", "vibes", "attitude", "demeanour", "demeanor", "temper"})
MOOD_WORDS = _MOOD_NOUNS | {"emotion", "emotions", "feelings"}
"""Nouns naming how someone sounds ("the host's tone", "her attitude")."""
_TAKING = frozenset({"take", "takes", "took", "use", "uses", "used", "strike", "strikes", "struck", "adopt", "adopts",
                     "adopted"})
"""What someone does with a tone ("what tone the cashier takes", "what tone does the clerk strike")."""
_TOLD = frozenset({"say", "says", "said", "tell", "tells", "told", "want", "wants", "wanted", "to", "us", "me", "reads"})
"""Words of a tone that someone else reports or asks for ("what attitude does the manual tell workers to adopt")."""


def asks_tone(tokens: list[Token]) -> bool:
    """"what's the clerk's tone like?", "what is her mood?", "how's the host's vibe": how someone sounds (after a label:
    "Thumb wrestling league: what's the commentator's tone")."""
    label = next((k + 1 for k in range(1, min(len(tokens), 6)) if tokens[k].low == ":" and all(
        t.is_word and not find_language_token(t) for t in tokens[:k])), 0)  # (not "In French: what's the tone?")
    words = [t for t in tokens[request_start(tokens, lead_end(tokens, label)):] if t.is_word]
    if len(words) < 3 or words[0].low not in _TONE_LEADS:
        return False
    k = 1 + (words[1].low in ("is", "was", "'s"))
    if len(words) > 5 and words[0].low == "how" and words[1].low in ("would", "do", "could", "can") \
            and words[2].low in ("you", "u") and words[3].low in _DESCRIBE:
        k = 4  # "How would you describe her tone?"
    rest = [t.low for t in words[k:_before_place(words)]]
    if rest[:2] in (["sort", "of"], ["kind", "of"]) and rest[2:3] and rest[2] in _MOOD_NOUNS:
        rest = rest[2:]  # "What sort of tone does the instructor take?"
    if rest and rest[-1] == "like":
        rest = rest[:-1]
    if len(rest) > 1 and rest[-1] in ("is", "was") and rest[-2] in _MOOD_NOUNS:
        rest = rest[:-1]  # "and what the observer's tone is"
    if len(rest) >= 3 and rest[0] == "the" and rest[1] in _MOOD_NOUNS and rest[2] == "of" and len(rest) <= 14:
        return True  # "what's the mood of the man ringing the phone-in about his allotment?"
    cut = next((m for m, w in enumerate(rest) if w in ("when", "while", "whilst")), len(rest))  # ("... take when talking
    taken = rest[:cut] if not set(rest) & _ADVISED else rest  # about the tin"; not "What tone should I take when ...")
    taken = taken[1:] if taken[:1] == ["the"] else taken  # ("what's the tone she uses")
    took = next((m for m, w in enumerate(taken) if w in _TAKING), None)
    if took is not None and not set(rest) & _ADVISED and taken[took + 1:took + 2] in (["with"], ["towards"], ["toward"]) and len(taken) - took <= 6:
        taken = taken[:took + 1]  # "what tone does the instructor take with the late student"
    if 3 <= len(taken) <= 6 and taken[0] in _MOOD_NOUNS and taken[-1] in _TAKING and not _TOLD & set(taken):
        return True  # "what tone the cashier takes", "what attitude does the foreman adopt"; not "... tell workers to adopt"
    if not rest or rest[-1] not in _MOOD_NOUNS:
        return False
    return _owned(rest[:-1])


_ADVISED = frozenset({"should", "would", "could", "must", "shall", "will", "can", "might", "i", "we", "my", "our",
                      "you", "your", "versus", "vs", "compared", "than"})
"""In "what tone does X take when ...": advice to the user, or a comparison, not how the speaker sounds."""
_TALKING = frozenset({"talks", "talk", "speaks", "speak", "explains", "explain", "sings", "sing", "teaches", "teach",
                      "answers", "answer", "talked", "spoke", "explained"})


def _before_place(words: list[Token]) -> int:
    """Where "in this recording", "on the tape" ends a clause: "what is the keeper's tone in this recording"."""
    at = next((k for k in range(2, len(words) - 1) if words[k].low in ("in", "on", "during", "throughout")
               and words[k + 1].low in ("this", "that", "the") and len(words) - k <= 5), len(words))
    talking = next((k for k in range(3, len(words) - 2) if words[k].low in ("as", "while", "when") and 3 <= len(words) - k <= 8
                    and words[k + 1].low in ("he", "she", "they") and words[k + 2].low in _TALKING), None)
    if talking is not None:
        return talking  # "What is the throat singer's tone as he talks?", "... when he speaks to the class?"
    return at if at < len(words) and words[-1].key in AUDIO_KEYS else len(words)


def names_mood(tokens: list[Token]) -> bool:
    """"the guide's mood", "her emotional state": how someone sounds, named as a noun phrase only."""
    tokens = plural_possessives(tokens)  # "the players' tone"
    rest = [t.low for t in tokens[request_start(tokens, lead_end(tokens)):] if t.is_word]
    if len(rest) > 2 and rest[0] in ("start", "begin", "finish", "end") and rest[1] == "by":
        rest = rest[2:]  # "Start by describing the tone of the lamp shade recording"
    if rest and rest[0] in _DESCRIBING:
        rest = [_DESCRIBING[rest[0]], *rest[1:]]
    if rest and rest[0] in _DESCRIBE:
        rest = rest[1 + (len(rest) > 1 and rest[1] in ("me", "us")):]  # "describe the guide's tone"
    while rest and rest[0] in ("also", "plus", "and"):
        rest = rest[1:]  # "Also a quick read on ..."
    if len(rest) > 4 and rest[0] in ("a", "an") and rest[1] in ("quick", "brief", "short", "rough", "fast"):
        rest = rest[:1] + rest[2:]  # "a quick read on the tone of whoever starts"
    elif len(rest) > 5 and rest[0] in ("a", "an") and rest[1] in ("one", "two", "1", "2", "single") \
            and rest[2] in ("line", "sentence"):
        rest = rest[:1] + rest[3:]  # "a one-line note on his tone"
    if len(rest) > 3 and rest[0] in ("a", "an") and rest[1] in _A_TAKE and rest[2] in ("on", "of") and (
            rest[1] not in _AN_ACCOUNT or _owned_mood([w for w in rest[3:] if w not in ("please", "pls", "too", "also")])):
        rest = rest[3:]  # "plus a read on their tone", "give me a sense of her mood", "a description of her tone" (not
        # "a description of the tone of the article")
    if len(rest) > 2 and rest[0] in ("finish", "end", "close", "conclude", "start", "begin") and rest[1] == "with":
        rest = rest[2:]  # "And finish with the meeting's tone."
    while rest and rest[-1] in ("first", "next", "last", "too", "also", "please", "pls"):
        rest = rest[:-1]  # "Give me the trainer's tone first."
    mood = next((m for m in range(1, len(rest) - 2) if rest[m] in _MOOD_NOUNS and rest[m + 1] in _SETTINGS), None)
    if mood is not None and len(rest) - mood <= _MAX_SETTING and not _TOPIC_WORDS.intersection(rest[mood + 1:]) \
            and find_language_token(tokenize(rest[mood + 2])[0]) is None:
        rest = rest[:mood + 1]  # "Describe the narrator's tone in the snail story." (not "... in French", not "the
        # author's attitude in the essay towards immigration")
    if len(rest) == 4 and rest[0] == "the" and rest[1] in _MOOD_NOUNS and rest[2] in ("she", "he", "they") \
            and rest[3] in _TAKING:
        rest = rest[:2]  # "the tone she uses"
    if rest[:1] and rest[0] in _MOOD_NOUNS and len(rest) >= 3 and rest[1] == "of" and len(rest) <= 6:
        rest = ["the", *rest]  # "Tone of the accuser's voice" (a bullet's words)
    if rest[:1] == ["the"] and len(rest) >= 4 and rest[1] in _MOOD_NOUNS and rest[2] == "of" and (
            len(rest) <= 7 or len(rest) == 8 and rest[-2].endswith(("'s", "’s"))
            or len(rest) <= 12 and rest[3] == "the" and any(w.endswith("ing") for w in rest[5:7])):
        return True  # "the tone of the landlord's voicemail", "the tone of the glass eye maker's voice", "the tone of the
        # woman complaining about the hairnet"
    if len(rest) >= 2 and rest[-2:] == ["emotional", "state"]:
        rest = [*rest[:-2], "mood"]
    return len(rest) >= 2 and rest[-1] in _MOOD_NOUNS | _EMOTION_NOUNS and _owned(rest[:-1])


_SETTINGS = frozenset({"in", "during", "throughout", "at"})
"""After a mood's noun, the part of the recording it is heard in ("the host's tone during the final")."""
_MAX_SETTING = 6
"""The most words from the mood's noun to the end of that part."""
_TOPIC_WORDS = frozenset({"towards", "toward", "about", "over", "regarding", "on", "to", "comparison", "compared"})
_DESCRIBE = frozenset({"describe", "assess", "rate", "note", "characterise", "characterize", "gauge", "judge",
                       "identify", "give", "tell", "report", "name", "state"})
_DESCRIBING = {"describing": "describe", "assessing": "assess", "rating": "rate", "noting": "note",
               "characterising": "characterise", "characterizing": "characterize", "gauging": "gauge",
               "judging": "judge", "identifying": "identify", "naming": "name", "stating": "state"}
"""A request's verb after "start by", "finish by" ("Start by describing her tone")."""
_AN_ACCOUNT = frozenset({"description", "assessment", "impression", "indication"})
_A_TAKE = frozenset({"read", "reading", "take", "sense", "feel", "word", "note", "line", "comment", "view"}) | _AN_ACCOUNT
"""What one gives of a mood: "a read on their tone"."""
_EMOTION_NOUNS = frozenset({"emotion", "emotions", "feelings", "emotional"})


def _owned_mood(words: list[str]) -> bool:
    """"her tone", "the speaker's mood": someone's mood named, and nothing more."""
    return len(words) >= 2 and words[-1] in _MOOD_NOUNS | _EMOTION_NOUNS and _owned(words[:-1])


def _owned(owners: list[str]) -> bool:
    """"the clerk's", "her", "the host's": whose tone."""
    if len(owners) in (3, 4) and owners[0] == "the" and owners[-1].endswith(("'s", "’s")):
        owners = owners[:1] + owners[-1:]  # "the lighthouse keeper's", "the night bus driver's"
    return len(owners) <= 3 and all(w in _OWNERS or w.endswith(("'s", "s'")) or w == "the" for w in owners)


def asks_emotion(tokens: list[Token]) -> bool:
    """How someone sounds, asked in any of the ways above, unless the answer is to be picked from three or more
    listed feelings ("does the speaker sound amused, annoyed or nervous?"): a multiple-choice question (sqa)."""
    return not feelings_listed(tokens) and (
        asks_how_sounding(tokens) or asks_if_sounding(tokens) or asks_tone(tokens) or names_mood(tokens)
        or asks_if_cross(tokens) or asks_if_enjoying(tokens))


_FEELINGS = _FEELING | frozenset({
    "amused", "relieved", "excited", "weary", "cross", "content", "pleased", "confused", "surprised", "proud", "hopeful",
    "disappointed", "neutral", "curious", "sleepy", "joyful", "furious", "embarrassed", "confident", "relaxed",
    "enthusiastic", "impatient", "thrilled", "delighted", "panicked", "terrified", "serious", "playful", "sincere",
    "fearful", "gloomy", "depressed", "jealous", "lonely", "miserable", "irritable", "satisfied", "overwhelmed", "optimistic", "pessimistic", "indifferent", "apologetic", "defensive", "hostile", "friendly", "warm", "cold",
    "uneasy", "hesitant", "eager", "resigned", "upbeat", "determined", "sympathetic", "puzzled"})
_OPEN_ENDS = frozenset({"what", "not", "both", "neither", "something", "anything", "else", "so"})


def feelings_listed(tokens: list[Token]) -> bool:
    """"X, Y or Z", "W, X, Y, or Z" before a question mark, every one a feeling of one word ("does the speaker sound
    amused, annoyed or nervous?"); not "How does she sound, calm or cross?" (two, asked openly), "..., calm, or
    what?"."""
    end = next((k for k, t in enumerate(tokens) if t.low == "?"), None)
    for k, tok in enumerate(tokens[:end]):
        if tok.low != "or" or k + 1 >= len(tokens) or tokens[k + 1].low not in _FEELINGS:
            continue
        items, m = [tokens[k + 1]], k - 1 - (tokens[k - 1].low == ",")
        while m >= 0 and tokens[m].low in _FEELINGS:
            items.append(tokens[m])
            if m < 1 or tokens[m - 1].low != ",":
                break
            m -= 2
        if len(items) >= 3:
            return end is not None
    return False


def story_character(body: list[Token], k: int) -> bool:
    """"The clip is the start of a bedtime story about a lonely swivel chair.": the mood word at ``k`` describes whom a
    story is about (after "about a/an/the", a story named just before), in a statement; nothing asked of the voice."""
    return 2 < k and body[k - 1].low in ("a", "an", "the") and body[k - 2].low == "about" \
        and any(t.low in STORY_WORDS for t in body[max(0, k - 5):k - 2]) and not any(t.low == "?" for t in body)
