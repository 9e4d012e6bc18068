"""Ways to say someone speaks without a verb of speaking ("left messages", "takes over", "joins in", "grab the mic",
"take part in the call"), and a voice that changes partway, read by :mod:`~wavllm_agent.planning.speakers` (split from
it)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wavllm_agent.planning.cues import AUDIO_KEYS
from wavllm_agent.planning.people import PEOPLE, TALKERS, a_person, is_people
from wavllm_agent.planning.speaker_vocab import (
    BEING,
    CONVERSATIONS,
    DOING_THE_TALKING,
    MIC,
    PARTWAY,
    SOMEONE_ELSE,
    SPEAKING,
    TALKS,
    VOICE,
    WHEN,
)

if TYPE_CHECKING:
    from wavllm_agent.planning.text import Token

_TALK_EVENTS = frozenset({"it", "here", "meeting", "debate", "podcast", "show", "panel", "conference", "talking"})
"""What people "take part in" by talking ("take part in the debate"), beside the conversations."""


_HERE = frozenset({"on", "in", "here", "there", "the", "this", "that", "it", "recording", "clip", "tape", "audio"})
"""After the talk taken part in: words that name the recording, not a talk told of ("the debate she watched")."""


def speaks_in_other_words(words: list[Token], k: int) -> bool:
    """"left messages", "leave a voicemail" (speaking, on a phone), "takes over", "joins in", "is heard"."""
    low = words[k].low
    after = [t.low for t in words[k + 1:k + 3]]
    if low in ("left", "leave", "leaves", "leaving"):
        return any(w in ("message", "messages", "voicemail", "voicemails") for w in after)
    participates = low in ("participate", "participates", "participated", "participating")
    if low in ("take", "takes", "took", "taking") or participates:  # "somebody takes over", "two officers take turns"
        if after[:1] == ["part"] or participates:  # "how many people take part / participate in the call"
            rest = [t.low for t in words[k + 1 + (not participates):k + 6]
                    if t.low not in ("the", "this", "that", "our", "your", "a")]
            who = words[k - 1].low if k > 0 else ""
            talk = rest[:1] == ["in"] and any(w in CONVERSATIONS | DOING_THE_TALKING | _TALK_EVENTS for w in rest[1:4])
            event = next((m for m in range(k + 2, min(len(words), k + 6)) if words[m].low in CONVERSATIONS
                          | DOING_THE_TALKING | _TALK_EVENTS or words[m].key in AUDIO_KEYS), None)
            if participates and rest[:1] == ["in"] and (event is None or any(
                    t.is_word and t.key not in AUDIO_KEYS and t.low not in _HERE for t in words[event + 1:])):
                return False  # "how many people participated in the survey she mentions", "... in the debate she watched"
            return talk or who in PEOPLE | {"many", "them", "who", "panelists", "panellists"} or who[:-1] in TALKERS
        return after[:1] in (["over"], ["turns"]) or after[:2] in (["a", "turn"], ["the", "mic"], ["the", "microphone"],
                                                                   ["the", "floor"])
    if low == "on":  # "the number of different announcers on the mic", "callers on air"
        return after[:1] == ["air"] or (after[:1] == ["the"] and len(after) > 1 and after[1] in MIC | {"air"})
    if low in ("give", "gives", "giving", "make", "makes", "making"):
        return any(w in TALKS for w in [t.low for t in words[k + 1:k + 5]])  # "give the pool safety briefing"
    if low in ("grab", "grabs", "grabbed", "grabbing", "hog", "hogs", "hogging"):
        return any(w in MIC | {"phone"} for w in [t.low for t in words[k + 1:k + 3]])  # "how many diff people grab
        # the mic", "does someone else grab the phone"
    if low in ("share", "shares", "sharing"):
        return any(w in ("mic", "microphone", "stage", "floor", "airtime") for w in [t.low for t in words[k + 1:k + 4]])
    if low in ("chip", "chips", "chipped", "chipping", "pipe", "pipes", "piped", "piping", "pop", "pops", "popped",
               "popping"):
        return after[:1] in (["in"], ["up"])  # "if a second handler ever chips in", "does a guest ever pop in"
    if low in ("pick", "picks", "picked", "picking") and after[:1] == ["up"] \
            and not any(t.low in BEING for t in words[max(0, k - 3):k]) and not _things_counted(words[:k]):
        rest = [t.low for t in words[k + 2:k + 5]]  # "whether a different guide picks up halfway through"
        if rest[:1] == ["the"]:  # "picks up the commentary", not "the bags", "the evidence"
            return len(rest) > 1 and rest[1] in TALKS - {"instructions", "orders", "directions", "commands", "advice",
                                                          "feedback", "testimony", "evidence", "statement", "statements"} \
                | {"story", "thread", "narration"}
        return not rest or not words[k + 2].is_word or rest[0] in PARTWAY | {"later", "again", "afterwards", "where"}
    if low in ("phone", "phones", "phoned", "ring", "rings", "rang", "call", "calls", "called"):
        return after[:1] == ["in"]  # "how many callers phone in during the segment"
    if low in ("come", "comes", "came", "coming"):
        return after[:1] == ["on"] and len(after) > 1 and after[1] in ("the", "air")  # "comes on the channel"
    if low == "audible":
        return True  # "whether more than one deponent is audible"
    if low in ("telling", "tell", "tells", "narrating", "recounting"):
        rest = [t.low for t in words[k + 1:k + 6]]
        end = next((m for m, w in enumerate(rest) if not words[k + 1 + m].is_word and w != "-"), len(rest))
        return rest[:1] in (["the"], ["this"], ["that"], ["a"], ["their"], ["our"]) and "same" not in rest[1:end] \
            and any(w in ("story", "tale", "anecdote") for w in rest[1:end])  # (not "telling the same story")
        # "Are several players telling this carrom-club story, or only one?"
    return low in ("join", "joins", "joined", "joining") and not _joins_an_event(words[k + 1:k + 5])


def _joins_an_event(after: list[Token]) -> bool:
    """"how many people joined the jam", "... joined the owl prowl": an event joined, not a talk (not "joins the
    call", "joins the teacher", "joins the bog snorkelling commentary", "joins in")."""
    lows = [t.low for t in after]
    if lows[:1] not in (["the"], ["this"], ["that"], ["our"], ["a"], ["an"], ["their"]):
        return False
    if a_person(after[:2]):
        return False
    return not any(w in CONVERSATIONS | _TALK_EVENTS | MIC | TALKS | {"channel", "frequency", "stream", "phone-in", "phone"}
                   for w in lows[1:])


_COUNT_TAILS = frozenset({"of", "the", "more", "new", "different", "distinct", "other", "separate", "substitute",
                          "extra", "additional"})
_ASKED_OF = frozenset({"did", "does", "do", "will", "can", "could", "would", "has", "have", "had"})


def _things_counted(words: list[Token]) -> bool:
    """"how many penalties did the canoeist pick up": what is counted is the object picked up (a question's "did"
    right after it), not who picks up ("how many new guides pick up the tour")."""
    for m, t in enumerate(words):
        if t.low != "many":
            continue
        k = m + 1
        while k < len(words) and words[k].low in _COUNT_TAILS:
            k += 1
        return k + 1 < len(words) and words[k + 1].low in _ASKED_OF
    return False


_SPANS_OF_TIME = frozenset({"week", "weeks", "year", "years", "month", "months", "day", "days", "season", "seasons",
                            "decade", "decades", "series", "summer", "winter", "spring", "autumn", "holidays"})
"""What a change "during the ..." may span that is no recording ("Does the presenter change during the week?")."""


def voice_changes(before: list[Token], after: list[Token]) -> bool:
    """"the voice changes (partway through) to someone else", "does the speaker switch at some point?" -
    not "does the speaker change her tone?"."""
    if not any(t.low in VOICE | DOING_THE_TALKING for t in before) and not (
            before and (is_people(before[-1].low) or before[-1].low in TALKERS or before[-1].low.endswith("teller"))
            and after
            and after[0].low in PARTWAY) and not (before and before[-1].low in TALKERS
                                                 and all(t.low in WHEN or t.key in AUDIO_KEYS for t in after)):
        return False  # "the staff member speaking changes partway through"; "the storyteller changes partway"
    if before[:1] and before[0].low in ("a", "an"):
        return False  # "a voice change in the middle of the recording": a change named, not asked about
    after = after[1:] if after[:1] and after[0].low == "hands" else after  # "does the voice ever change hands"
    if len(after) <= 6 and after[:1] and (after[0].low in ("during", "throughout")
                                          or after[0].low == "over" and after[-1].key in AUDIO_KEYS) \
            and after[1:2] and after[1].low in ("the", "this", "that") and all(t.is_word for t in after) \
            and after[-1].low not in _SPANS_OF_TIME:
        return True  # "... change during the snooker cue review?": while it plays
    if any(t.low in SOMEONE_ELSE for t in after[:6]) or (after and after[0].low in PARTWAY):
        return True  # "does the voice change partway through this tram driver's message?"
    named = next((k for k in range(len(after) - 1, -1, -1) if after[k].low in ("the", "this")), len(after)) \
        if after and after[-1].key in AUDIO_KEYS else len(after)  # ("... of the packrafting recording": its name)
    return all(k > named or t.low in WHEN or t.key in AUDIO_KEYS or (t.low == "of" and k and after[k - 1].low == "middle")
               for k, t in enumerate(after))  # ("... change in the middle of the recording?")


_ELSE_TAILS = (["or", "is", "that", "someone", "else"], ["or", "is", "it", "someone", "else"], ["or", "someone", "else"],
               ["or", "is", "that", "somebody", "else"], ["or", "is", "that", "a", "different", "person"],
               ["or", "is", "it", "a", "different", "person"], ["or", "a", "different", "person"])


def same_person_or_else(words: list[Token]) -> bool:
    """"Does the person who explains the pressure also take the questions, or is that someone else?": whether one
    person does both (a speaker check), asked of someone named by what they do."""
    lows = [t.low for t in words]
    tail = next((len(t) for t in _ELSE_TAILS if lows[-len(t):] == t), None)
    if tail is None:
        return False
    also = next((k for k in range(len(lows) - tail) if lows[k] == "also"), None)
    return also is not None and lows[0] in ("does", "did", "is", "was") \
        and any(lows[k] == "who" and k > 1 and a_person(words[k - 2:k]) for k in range(also)) \
        and any(w in SPEAKING or w in _TALK_WORK for w in lows[also + 1:-tail])
    # (what the person also does is talk: not "Does the chef who explains the recipe also cook it, or ...?")


_TALK_WORK = frozenset({"explains", "explain", "explained", "introduces", "introduce", "questions", "presents",
                        "present", "says", "say", "asks", "ask", "answers", "answer", "briefing", "tells", "tell",
                        "sing", "sings", "read", "jokes", "question"})


def spoken_words(tokens: list[Token]) -> list[Token]:
    """The words of ``tokens``, less "chime" named as a thing ("the wind chime", "a chime"; "chime in" is talking)."""
    return [t for k, t in enumerate(tokens) if t.is_word and not (
        t.low in ("chime", "chimes") and k > 0 and tokens[k - 1].low in ("wind", "the", "a", "its")
        and not (k + 1 < len(tokens) and tokens[k + 1].low == "in"))]
