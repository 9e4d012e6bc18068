"""The speech's language as the user states it: "This voicemail is in Korean.", "(conducted in Polish)",
"the language of which is Brazilian Portuguese" - for the transcript, not a language to translate into; and a
clause that is only a language ("then Chinese.", "Language: German."), for the step before it."""

from __future__ import annotations

from wavllm_agent.planning.cues import ACTION_KEYS, AUDIO_KEYS, AUX, COPULAS, WH, word_count
from wavllm_agent.planning.lexicon import STORY_WORDS
from wavllm_agent.planning.people import one_person
from wavllm_agent.planning.speaker_vocab import CONVERSATIONS
from wavllm_agent.planning.talk_noun import DETERMINERS as _DETERMINERS
from wavllm_agent.planning.talk_noun import talk_as_noun
from wavllm_agent.planning.text import (
    HELD_IN,
    IF_POSSIBLE,
    LANGUAGE_MODIFIERS,
    ONLY_ADVERBS,
    POLITE_WORDS,
    Token,
    find_language_token,
    source_language,
    stem,
    target_language,
)

_SPEAKERS = frozenset({"it", "this", "speaker", "speakers", "he", "she", "they", "narrator", "caller", "exhibit"})
_WHOSE_LANGUAGE = frozenset({"the", "its", "her", "his", "their"})
"""Before "language is": the speech's ("Her language is Greek."; not "My language is Greek": the reader's)."""


def language_held_in(tokens: list[Token]) -> str | None:
    """"(conducted in Polish)", "recorded in Greek", "(it's Korean)": the speech's language, said in passing
    in another request."""
    for k in range(len(tokens) - 2):
        if tokens[k].low != "(":
            continue
        close = next((m for m in range(k + 1, min(len(tokens), k + 7)) if tokens[m].low == ")"), None)
        inside = tokens[k + 1:close] if close is not None else []
        found = [find_language_token(t) for t in inside if find_language_token(t)]
        asked = any(t.low in POLITE_WORDS for t in inside) and not any(t.key in _WRITTEN_KEYS for t in tokens)
        if len(found) == 1 and word_count(inside) <= 4 and not any(t.low in ("into", "to") for t in inside) \
                and not asked:  # not "what the steward says (Polish, please)": asked for (but "Transcribe it (Polish, please)")
            return found[0]
    for k in range(len(tokens) - 2):
        if tokens[k].low in HELD_IN and tokens[k + 1].low == "in":
            at = k + 3 if tokens[k + 2].low == "the" and k + 3 < len(tokens) else k + 2  # "in the Italian language"
            if find_language_token(tokens[at]):
                return find_language_token(tokens[at])
    return _language_label(tokens)


_TALKS = CONVERSATIONS | {"speech", "commentary", "lecture", "announcement", "briefing", "narration"}


def _language_label(tokens: list[Token]) -> str | None:
    """"French talk on the tape: summarise it": a label naming the speech by its language, before a colon."""
    colon = next((k for k in range(2, min(len(tokens) - 1, 8)) if tokens[k].low == ":"), None)
    if colon is None or not all(t.is_word for t in tokens[:colon]) or not (
            tokens[1].key in AUDIO_KEYS or tokens[1].low in _TALKS):
        return None
    return find_language_token(tokens[0])


_WRITTEN_KEYS = frozenset(stem(w) for w in ("transcribe", "transcript", "transcription", "write", "type", "summarise",
                                              "summary"))
_ATTACHED = frozenset({"attached", "enclosed", "uploaded", "below", "incoming"})


def _language_after_copula(tokens: list[Token]) -> str | None:
    """"Speech is Hindi.", "... is Brazilian Portuguese": a language right after "is" (or "speaks", ...)."""
    for k in range(len(tokens) - 1):
        if tokens[k].low in COPULAS or tokens[k].low in _USING or _they_use(tokens, k) or _someone_is(tokens, k):
            at = k + 1 + (tokens[k + 1].low in LANGUAGE_MODIFIERS and k + 2 < len(tokens))
            code = find_language_token(tokens[at])
            if code and not (at + 2 < len(tokens) and tokens[at + 1].low == "or" and find_language_token(tokens[at + 2])):
                return code  # (not "Her language is Greek or Turkish")
    return None


def _recording_language_field(tokens: list[Token]) -> str | None:
    """"Recording language: Portuguese.", "Language of the clip - Greek": a field naming the speech's language."""
    colon = next((k for k in range(1, min(len(tokens) - 1, 6)) if tokens[k].low in (":", "-", "–", "—")), None)
    if colon is None:
        return None
    label = [t.low for t in tokens[:colon]]
    audio = any(t.key in AUDIO_KEYS for t in tokens[:colon])
    if not audio or not (label[-1] == "language" or label[:2] == ["language", "of"]):
        return None
    rest = [t for t in tokens[colon + 1:] if t.is_word]
    return find_language_token(rest[0]) if len(rest) == 1 else None


def stated_speech_language(tokens: list[Token]) -> str | None:
    """The speech's language when the clause states it ("This voicemail is in Korean.", "The speaker
    is speaking Portuguese."), else None."""
    comma = next((k for k, t in enumerate(tokens) if t.low == ","), None)
    if comma is not None and users_own_skill(tokens[:comma]):
        return stated_speech_language(tokens[comma + 1:])  # "I don't speak English well, the audio is French"
    if comma is not None and _wanted_in(tokens[:comma]) and _which_one(tokens[comma + 1:]):
        return None  # "in czech pls, it's the pond pump one": the answer's language, then which recording
    words = [t for t in tokens if t.is_word]
    done = _done_in_language(tokens)
    if done is not None:
        return done  # "The round is argued in English.", "The séance was held in English."
    if len(words) >= 3 and find_language_token(words[0]) and words[1].low in ("is", "'s") \
            and any(t.low in ("spoken", "used", "heard") for t in words[2:5]):
        return find_language_token(words[0])  # "Polish is what's spoken on the sack race audio."
    if len(words) >= 5 and find_language_token(words[0]) and [w.low for w in words[1:4]] == ["is", "the", "language"] \
            and words[4].low in ("of", "in", "on") and any(t.key in AUDIO_KEYS for t in words[5:9]):
        return find_language_token(words[0])  # "French is the language of this quidditch interview."
    told = told_in(words)
    if told is not None:
        return told  # "She tells a story in French"
    labelled = _recording_language_field(tokens)
    if labelled is not None:
        return labelled  # "Recording language: Portuguese.", "Language of the recording: Portuguese."
    if 2 <= len(words) <= 3 and find_language_token(words[0]) and words[1].key in AUDIO_KEYS:
        return find_language_token(words[0])  # "TRANSCRIBE. FRENCH AUDIO. NOW."
    if 4 <= len(words) <= 9 and find_language_token(words[0]) and words[1].low in _TALKERS_NAMED \
            and words[2].low in ("on", "in") and words[-1].key in AUDIO_KEYS and not any(t.low == "?" for t in tokens):
        return find_language_token(words[0])  # "Portuguese speaker on the blind cord audio."
    if len(words) >= 3 and find_language_token(words[0]) and words[1].key in AUDIO_KEYS and words[-1].low in _ATTACHED:
        return find_language_token(words[0])  # "Hindi lecture on crop rotation attached."
    if 4 <= len(words) <= 9 and find_language_token(words[0]) and words[1].low in ("speech", "talk", "audio", "voices") \
            and words[2].low in ("in", "on", "throughout") and words[3].low in ("this", "the", "my", "our", "that") \
            and not any(t.key in ACTION_KEYS for t in words):
        return find_language_token(words[0])  # "German speech in this segway race commentary;"
    spoken = next((find_language_token(tokens[k + 2]) for k in range(1, len(tokens) - 2) if tokens[k].low == "spoken"
                   and tokens[k + 1].low == "in" and find_language_token(tokens[k + 2])
                   and (tokens[k - 1].low == "," or tokens[k - 1].key in AUDIO_KEYS)
                   and (k + 3 == len(tokens) or tokens[k + 3].low in (":", ".", ";", "-", "—", "–"))), None)
    if spoken is not None:
        return spoken  # "Bean bag recording, spoken in English: a transcript" (not "the rules as spoken, in Dutch")
    learner = next((find_language_token(tokens[m + 1]) for k in range(1, len(tokens) - 2) if tokens[k].low == "speaking"
                    and tokens[k - 1].low == "the" and tokens[m := k + 1 + (tokens[k + 1].low == "language")].low == "is"
                    and m + 1 < len(tokens) and find_language_token(tokens[m + 1])), None)
    if learner is not None:
        return learner  # ", the speaking is Portuguese", ", the speaking language is Italian" (a learner's)
    code = source_language(tokens)
    spoken = next((_language_after(tokens, k) for k in range(1, len(tokens) - 1)
                   if tokens[k].low in _SPEAKING_VERBS and _language_after(tokens, k)
                   and not talk_as_noun(tokens, k) and tokens[k - 1].is_word), None)
    if code is None:  # "Speech is Hindi." (not "the speakers are Dutch but speak English": what they speak)
        code = spoken or _language_after_copula(tokens)  # "The people on the farm video talk German throughout."
    its_in = len(words) >= 3 and words[0].low in ("its", "itz") and words[1].low == "in"  # texting "its in hindi"
    if code is None or not its_in and not any(
            (t.low in COPULAS | _SPEAKING_VERBS and not talk_as_noun(tokens, k)) or _they_use(tokens, k) or (t.low in _LEAVING and any(u.key in AUDIO_KEYS for u in tokens[k + 1:k + 4]))
            or (t.low.endswith(("'s", "’s")) and (stem(t.low[:-2]) in AUDIO_KEYS or _this_one(tokens, k)
                                                  or _someone_is(tokens, k)))
            for k, t in enumerate(tokens)):
        return None  # "Audio's in Spanish.", "This one's in Korean."
    speaking = any((a.low in _SPEAKING_VERBS or _they_use(tokens, k)) and not talk_as_noun(tokens, k) and (_language_after(tokens, k) or (b.low == "in" and k + 2 < len(tokens)
                                                                            and find_language_token(tokens[k + 2])))
                   for k, (a, b) in enumerate(zip(tokens, tokens[1:], strict=False)))  # "the host speaks Japanese",
    # "the witness testifies in German"
    language_is = any(a.low == "language" and (b.low in ("is", ":") and (k == 0 or tokens[k - 1].low in _WHOSE_LANGUAGE)
                                               or [t.low for t in tokens[k + 1:k + 4]] == ["of", "speaking", "is"]
                                               or [t.low for t in tokens[k + 1:k + 4]] == ["of", "which", "is"])
                      for k, (a, b) in enumerate(zip(tokens, tokens[1:], strict=False)))
    # ", the language is Russian", ", the language of which is Dutch"
    return code if speaking or language_is or its_in or _event_is_in(tokens) or any(_someone_is(tokens, k) for k in range(len(tokens))) or any(
        t.key in AUDIO_KEYS or t.low in _SPEAKERS or stem(t.low[:-2]) in AUDIO_KEYS or t.low in _RECORDED_THINGS
        for t in tokens) else None


_TALKERS_NAMED = frozenset({"speaker", "speakers", "voice", "voices", "narrator", "narration", "speech", "talk",
                            "commentary"})
_RECORDED_THINGS = frozenset({"statement", "statements", "remarks", "speeches", "recordings"})
"""Besides the recording's nouns, what "the statement is in German" names: the speech itself."""


_TELLING = frozenset({"tells", "told", "narrates", "narrated", "recounts", "recounted"})
_SUBORDINATING = frozenset({"if", "whenever", "when", "while", "once", "as", "because", "unless", "since", "after",
                            "before"})


def told_in(words: list[Token]) -> str | None:
    """"She tells a story in French", "the old man told his tale in Welsh": someone telling a story in a language (a
    verb in the third person or the past after its subject, a story's noun, then "in" and the language) - the speech's
    language, not the request "tell a story in French"."""
    if not words or words[0].low in _SUBORDINATING:
        return None  # ("If he tells a story in French, ...": a condition, not a statement)
    for k in range(1, len(words) - 2):
        if words[k].low in _TELLING and not any(t.key in ACTION_KEYS for t in words[:k]):
            tale = next((m for m in range(k + 1, min(k + 4, len(words) - 2)) if words[m].low in STORY_WORDS), None)
            if tale is not None and words[tale + 1].low == "in" and tale + 3 == len(words):
                return find_language_token(words[tale + 2])  # (the language last: not "... in English to the class")
    return None


def _language_after(tokens: list[Token], k: int) -> str | None:
    """The language right after the verb at ``k``, or after "only" / "just" there ("Nonna speaks only Italian")."""
    k += 1 + (k + 2 < len(tokens) and tokens[k + 1].low in ONLY_ADVERBS)
    return find_language_token(tokens[k]) if k < len(tokens) else None


_EVENTS = frozenset({"session", "class", "seminar", "webinar", "course", "practice", "training", "meetup", "service",
                     "show", "match", "race", "game", "event", "debrief", "huddle"})
"""What a recording may be named after ("the session is in Spanish": what is said in it)."""


def _event_is_in(tokens: list[Token]) -> bool:
    """"the session is in Spanish", "This class was all in Dutch": the recorded event, said to be in a language, a mark
    or a new clause right after it (not "the course is in Spanish literature")."""
    lows = [t.low for t in tokens]
    if len(lows) < 5 or lows[0] not in ("the", "this", "that", "today's", "our", "my") or lows[1] not in _EVENTS:
        return False
    k = 3 + (lows[3] in ("all", "entirely", "mostly", "mainly", "fully"))
    return lows[2] in ("is", "was", "'s") and lows[k:k + 1] == ["in"] and k + 1 < len(tokens) \
        and find_language_token(tokens[k + 1]) is not None \
        and (k + 2 == len(tokens) or not tokens[k + 2].is_word or lows[k + 2] in ("and", "but", "so"))


def _someone_is(tokens: list[Token], k: int) -> bool:
    """"The speaker's Japanese.", "she's Polish": someone, then "is" and a language that ends the clause (not the
    possessive "the speaker's Japanese is good")."""
    low = tokens[k].low
    if not low.endswith(("'s", "’s")) or not (low[:-2] in _SPEAKERS or one_person(low[:-2])) \
            or low[:-2] in _NOT_THE_SPEAKER or any(t.low not in _DETERMINERS - {"my", "your"} for t in tokens[:k]):
        return False  # (not "My wife's Japanese", "the interpreter's English", "I don't think the speaker's ...")
    at = k + 1 + (k + 2 < len(tokens) and tokens[k + 1].low in LANGUAGE_MODIFIERS)
    return at < len(tokens) and find_language_token(tokens[at]) is not None \
        and (at + 1 == len(tokens) or tokens[at + 1].low in (".", ",", ";", ":", "!", "-", "—", "–")) \
        and not any(find_language_token(t) for t in tokens[at + 1:])  # (not "..., but the speech is English")


_NOT_THE_SPEAKER = frozenset({"interpreter", "translator", "listener", "other", "audience", "sticker", "banner", "sign",
                              "label", "wife", "husband", "user", "reader", "flyer", "flier"})
"""Before "'s <language>": someone (or something) other than the speech's speaker ("the interpreter's English")."""


def _this_one(tokens: list[Token], k: int) -> bool:
    """"This one's in Korean": the recording at hand, then "is" (not the possessive "this one's transcript")."""
    return tokens[k].key == "one" and k > 0 and tokens[k - 1].low in ("this", "that") and k + 1 < len(tokens) \
        and (tokens[k + 1].low in ("in", "all", "mostly", "entirely", "spoken") or find_language_token(tokens[k + 1]) is not None)


_PASSIVE_AUX = frozenset({"is", "was", "are", "were"})
_OUTPUT_PARTICIPLES = frozenset({"translated", "summarised", "summarized", "rendered", "converted", "needed", "wanted",
                                 "required", "requested", "expected", "preferred", "desired", "transcribed", "typed",
                                 "asked", "answered", "provided", "returned"})
"""Participles that say how an output is wanted ("The summary is needed in French"), not the speech's language."""


def _done_in_language(tokens: list[Token]) -> str | None:
    """"The round is argued in English.", "The séance was held in English.": a statement that something was done in
    a language (a passive verb, then "in" and the language) - the speech's language; not a question ("What is asked
    in English?") nor an output wanted ("The summary is needed in French")."""
    for k in range(1, len(tokens) - 2):
        if tokens[k - 1].low in _PASSIVE_AUX and (tokens[k].low.endswith("ed") or tokens[k].low in HELD_IN) \
                and tokens[k].low not in _OUTPUT_PARTICIPLES and tokens[k + 1].low == "in" \
                and not any(t.low in WH or (t.key in ACTION_KEYS and not (m and tokens[m - 1].low in _DETERMINERS))
                            for m, t in enumerate(tokens[:k - 1])):  # ("The report was ...": a noun)
            return find_language_token(tokens[k + 2])
    return None


_USING = frozenset({"uses", "used", "using"})
"""Before a language, after someone who speaks: "The speaker at the petrol station uses Vietnamese."."""
_SPEAKING_VERBS = frozenset({"speaks", "speak", "speaking", "talk", "talks", "talking", "testifies", "testified", "testifying",
                             "sings", "sang", "preaches", "answers", "replies", "converse", "converses", "conversing",
                             "conversed"}) | _USING


def _they_use(tokens: list[Token], k: int) -> bool:
    """"The speakers use Catalan.": "use" after people (not the request "use Catalan for the transcript")."""
    return tokens[k].low == "use" and k > 0 and (tokens[k - 1].low in ("they", "both", "people", "ppl")
                                                 or tokens[k - 1].low.endswith("s") and tokens[k - 1].is_word
                                                 and tokens[k - 1].low not in ("please", "pls", "plz", "us"))
_LEAVING = frozenset({"left", "leaves", "recorded"})
"""With an audio noun after them, they state the speech's language too: "a customer left this message in
Dutch" (not "left a review in Dutch"); so do ``_SPEAKING_VERBS`` ("the witness testifies in German")."""
_FIELD_WORDS = frozenset({"spoken", "source", "audio", "speech", "original"})


def language_field(tokens: list[Token]) -> str | None:
    """"Language: Hungarian.", "Spoken language - Tamil": a form's field naming a language; the speech's
    when it follows a transcript (the caller decides)."""
    words = [t for t in tokens if t.is_word]
    if words and words[0].low in _FIELD_WORDS:
        words = words[1:]
    if len(words) != 2 or words[0].low not in ("language", "lang"):
        return None
    at = next(k for k, t in enumerate(tokens) if t.low in ("language", "lang"))
    if at + 2 >= len(tokens) or tokens[at + 1].low not in (":", "-", "=", "–"):
        return None
    return find_language_token(words[1])


def speech_field(tokens: list[Token]) -> str | None:
    """"Speech in this dye works recording: Catalan.", "Spoken language of the clip - Tamil": a label that starts
    with the speech (or its language), then a colon or a dash and one language."""
    mark = next((k for k, t in enumerate(tokens) if not t.is_word), None)
    if mark is None or mark > 7 or tokens[0].low not in _FIELD_WORDS \
            or tokens[mark].low not in (":", "-", "–", "—"):
        return None
    after = [t for t in tokens[mark + 1:] if t.low not in (".", "!")]
    if len(after) != 1 or any(t.low in WH or t.low in AUX for t in tokens[:mark]):
        return None
    return find_language_token(after[0])


def noun_in_language(tokens: list[Token], *, label: bool = False) -> str | None:
    """"Speech in Italian.", "Audio in Polish.": the audio named, then a language, and nothing else; with
    ``label``, after at most three words naming it ("Herbarium recording in Swedish."). The speech's when
    another request is beside it (the caller decides)."""
    words = [t for t in tokens if t.is_word]
    if not 3 <= len(words) <= (6 if label else 3) or words[-3].key not in AUDIO_KEYS or words[-2].low != "in" \
            or any(not t.is_word and t.low not in ("-", ".", "!") for t in tokens) \
            or any(t.low in WH or t.low in AUX or t.key in ACTION_KEYS or t.low.endswith(("'s", "’s"))
                   or t.low in _WHOLE for t in words[:-3]):
        return None  # not "the guide's recording in Greek", "Translate the recording in French", "the whole call in Greek"
    return find_language_token(words[-1])


_WHOLE = frozenset({"whole", "entire", "all", "full", "complete", "rest", "same"})


def language_noun(tokens: list[Token]) -> str | None:
    """"French-language clip.", "Hungarian-language voicemail from the dentist.": a label that names the audio by
    its language and nothing else (the speech's, when a request follows; the caller decides)."""
    words = [t for t in tokens if t.is_word]
    if len(tokens) < 4 or tokens[1].low != "-" or tokens[2].low != "language" or not 3 <= len(words) <= 8 \
            or any(not t.is_word and t.low not in (".", "!", "-") for t in tokens) \
            or not any(t.key in AUDIO_KEYS for t in words[2:5]) \
            or any(t.low in WH or t.low in AUX or t.key in ACTION_KEYS for t in words):
        return None
    return find_language_token(tokens[0])


def language_adjective(tokens: list[Token]) -> str | None:
    """"Dutch audio about an ice cube tray.", "A Greek clip of the market.": a label that names the audio by its
    language before the noun, then what it is about (the speech's, when a request follows; the caller decides)."""
    words = [t for t in tokens if t.is_word]
    words = words[1:] if words[:1] and words[0].low in ("a", "an", "this", "the") else words
    if not 2 <= len(words) <= 9 or words[1].key not in AUDIO_KEYS or words[1].low in _TAUGHT \
            or (len(words) > 2 and words[2].low not in _ABOUT) \
            or any(not t.is_word and t.low not in (".", "!", "-") for t in tokens) \
            or any(t.low in WH or t.low in AUX or t.key in ACTION_KEYS or t.low.endswith(("'s", "’s")) for t in words):
        return None
    return find_language_token(words[0])


_ABOUT = frozenset({"about", "of", "from", "on", "with", "featuring"})
_TAUGHT = frozenset({"lesson", "lessons", "class", "course", "tutorial", "lecture"})
"""After a language, what teaches it ("a French lesson on verbs"), not speech in it."""
_ALSO_WORDS = frozenset({"too", "also", "and", "as", "well", "plus"})


def language_alone(body: list[Token]) -> str | None:
    """A clause that is only a language ("then Chinese.", "German too."): the language to have the step before in."""
    words = [t for t in body if t.is_word and t.low not in POLITE_WORDS | _ALSO_WORDS]
    cut = next((k for k, t in enumerate(words) if t.low == "if"), None)
    if cut is not None and cut > 0 and all(t.low in IF_POSSIBLE for t in words[cut + 1:]):
        words = words[:cut]  # "Czech, if you can."
    if 4 <= len(words) <= 5 and [t.low for t in words[1:3]] == ["would", "be"] and words[-1].low in _WISHED \
            and all(t.low in ("really", "so", "very", "just", "most") for t in words[3:-1]):
        words = words[:1]  # "Ukrainian would be great."
    if len(words) == 2 and words[1].low == "wording" and (code := find_language_token(words[0])):
        return code  # "The sun visor announcement, Finnish wording please."
    if len(words) == 2:
        return language_field(body)  # "Translate it. Language: German."
    return target_language(words) if len(words) == 1 else None  # "Hungarian, please."


_WISHED = frozenset({"great", "nice", "good", "ideal", "perfect", "lovely", "appreciated", "helpful", "fine", "best",
                     "brilliant", "awesome", "amazing", "handy"})


_SKILL = frozenset({"good", "bad", "well", "fluent", "poor", "weak", "great", "understand", "speak", "read",
                    "know", "strong"})


def _wanted_in(words: list[Token]) -> bool:
    """"in czech pls", "In Czech, please": a language asked for, alone (not "In Czech", which may state it)."""
    lows = [t.low for t in words if t.is_word and t.low not in POLITE_WORDS]
    return len(lows) == 2 and lows[0] == "in" and find_language_token(words[1]) is not None \
        and any(t.low in POLITE_WORDS for t in words)


def _which_one(words: list[Token]) -> bool:
    """"it's the pond pump one", "it's the second clip": which recording is meant, and nothing more."""
    lows = [t.low for t in words if t.is_word]
    return 4 <= len(lows) <= 8 and lows[:3] == ["it", "is", "the"] and (lows[-1] == "one" or stem(lows[-1]) in AUDIO_KEYS) \
        and not any(find_language_token(t) for t in words)


def users_own_skill(tokens: list[Token]) -> bool:
    """"I am not so good in English.", "My Spanish is poor.", "me not speak english good": the user's own command of a language, said
    in passing - no language asked for, and none the speech is in."""
    words = [t for t in tokens if t.is_word]
    return bool(words) and words[0].low in ("i", "i'm", "im", "my", "me") and any(t.low in _SKILL for t in words) \
        and not any(t.key in AUDIO_KEYS or t.key in ACTION_KEYS for t in words) and word_count(tokens) <= 10 \
        and any(find_language_token(t) for t in words)


_READING = frozenset({"read", "speak", "understand", "know"})
_ONLY = frozenset({"only", "just"})


def readers_language(tokens: list[Token]) -> str | None:
    """"Spanish is all I read.", "I only read Spanish", "I can only understand Greek": the one language the user reads,
    stated in a sentence of its own (or before ", so ..."), else None; None when the user names two, or says more
    about it ("I read Arabic, but not well", "I read Spanish, so no translation needed")."""
    found: set[str] = set()
    start = 0
    for end in range(len(tokens) + 1):
        if end < len(tokens) and tokens[end].is_word:
            continue
        part, opened, start = tokens[start:end], start == 0 or tokens[start - 1].low in (".", "!", "?", ";"), end + 1
        closed = end == len(tokens) or tokens[end].low in (".", "!", "?", ";") or tokens[end].low == "," and end + 2 < len(
            tokens) and tokens[end + 1].low == "so" and tokens[end + 2].low not in ("no", "not", "don't", "dont", "i")
        code = _read_language(part)
        if code is not None and not (opened and closed):
            return None  # ("The cobbler says: I only read Spanish.", "I read Arabic, but not well")
        found |= {code} if code else set()
    return next(iter(found)) if len(found) == 1 else None


_TARGET_NOUNS = frozenset({"target", "output"})


def target_statement(tokens: list[Token]) -> str | None:
    """"Korean is the target:", "Target language: Korean.", "The target language is Korean.": the language every
    output is wanted in, said at a sentence's start, else None."""
    for k in range(len(tokens)):
        if k and tokens[k - 1].low not in (".", "!", "?", ";"):
            continue
        words = [t.low for t in tokens[k:k + 6]]
        the = int(words[:1] == ["the"])  # ("The target language is Korean.")
        code = find_language_token(tokens[k])
        if code is not None and words[1:3] == ["is", "the"] and len(words) > 3 and words[3] in _TARGET_NOUNS:
            at = k + 4 + (len(words) > 4 and words[4] == "language")
        elif words[:1] and words[0] in _TARGET_NOUNS and (words[1:3] == ["language", ":"] or words[1:2] == [":"]):
            at = k + 2 + (words[1] == "language")
            code = find_language_token(tokens[at]) if at < len(tokens) else None
            at += 1
        elif words[the:the + 1] == ["target"] and (words[the + 1:the + 3] == ["language", "is"]
                                                    or words[the + 1:the + 2] == ["is"]):
            at = k + the + 2 + (words[the + 1] == "language")  # "The target language is German.", "Target is Thai."
            code = find_language_token(tokens[at]) if at < len(tokens) else None
            at += 1
        else:
            continue
        if code is not None and (at == len(tokens) or tokens[at].low in (".", "!", ":", ";", "-", "–", "—")):
            return code
    return None


def _read_language(part: list[Token]) -> str | None:
    """The language in "Spanish is all I read", "I (also) only read Spanish", "I can only understand Greek", else None
    (not "I speak Spanish", which may say no more than that)."""
    words = [t.low for t in part]
    code = find_language_token(part[0]) if part else None
    if code is not None and words[1:] in (["is", "all", "i", verb] for verb in _READING):
        return code
    if words[:1] != ["i"] or len(words) < 3:
        return None
    k = 1 + (words[1] == "also")
    k += (words[k] == "can") if k < len(words) else 0
    k += (words[k] in _ONLY) if k < len(words) else 0
    only = words[k - 1] in _ONLY
    if k >= len(words) or words[k] not in _READING:
        return None
    verb = words[k]
    k += 1 + (k + 1 < len(words) and words[k + 1] in _ONLY)
    only = only or words[k - 1] in _ONLY or words[k + 1:] in (["only"], ["best"])
    if k < len(words) and words[k + 1:] in ([], ["only"], ["best"], ["well"], ["fluently"]) and (only or verb == "read"):
        return find_language_token(part[k])
    return None


_SPOKEN_AS = frozenset({"spoken", "recorded", "delivered", "given", "narrated", "read", "presented", "done"})
"""Between "is" and "in" in "The cornhole recap is spoken in Dutch.": how the recording was made."""


_NAMERS = frozenset({"the", "this", "that", "our"})
_NOT_A_LABEL = _NAMERS | {"sure", "ensure", "hope", "please", "pls", "i", "we", "you", "if", "whether", "so"}
"""Words before a bare "recap is spoken in ..." that make it part of a request ("Make sure recap is spoken in French")."""


def recap_language(tokens: list[Token], nouns: frozenset[str]) -> str | None:
    """"The cornhole recap is spoken in Dutch.", "The derby recap is in Portuguese.": a noun of ``nouns`` (which name a
    summary only when referring back) names the recording, and the rest of the sentence is the language it is spoken
    in; that language's code, else None (not "The recap is for my Spanish class, so write it in Spanish.")."""
    k = next((m for m in range(min(len(tokens), 6)) if tokens[m].key in nouns), None)
    if k is None or not all(t.is_word for t in tokens[:k]):
        return None
    rest = [t for t in tokens[k + 1:] if t.is_word]
    bare = k <= 3 and rest[1:2] and rest[1].low in _SPOKEN_AS and not any(
        t.low in _NOT_A_LABEL or t.key in ACTION_KEYS for t in tokens[:k])  # "Hammer throw recap is spoken in Finnish."
    if not rest or rest[0].low not in ("is", "was") or (tokens[0].low not in _NAMERS and not bare):
        return None  # (not "Make sure the recap is in French.")
    rest = rest[2:] if rest[1:2] and rest[1].low in _SPOKEN_AS else rest[1:]
    return find_language_token(rest[1]) if len(rest) == 2 and rest[0].low == "in" else None
