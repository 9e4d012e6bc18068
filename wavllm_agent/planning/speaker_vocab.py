"""The words of speaker questions: counts ("one", "several"), verbs of speaking, words for voices and for
conversations, shared by :mod:`~wavllm_agent.planning.speakers` and :mod:`~wavllm_agent.planning.speaker_words`."""

from __future__ import annotations

from wavllm_agent.planning.cues import AUX
from wavllm_agent.planning.text import DASHES

COUNT_WORDS = frozenset({"one", "1", "single", "only", "just", "same", "several", "multiple", "two", "few",
                         "different", "many", "another", "second", "other", "others", "sole", "lone", "solo",
                         "couple", "besides", "else", "both", "any", "2nd", "3rd", "third", "three", "four",
                         "five", "2", "3", "4", "5", "apart", "except"})
SPEAKING = frozenset({"speak", "speaks", "speaking", "spoke", "talk", "talks", "talking", "talkin", "talked",
                      "speakers", "voice", "voices", "chat", "chatting", "announce", "announces", "announced",
                      "announcing", "announcements", "narrate", "narrates", "narrating", "commentate", "commentating",
                      "chime", "chimes", "chimed", "chiming", "calling", "shouting", "shout", "shouts", "yelling",
                      "haggle", "haggling", "bargaining", "arguing", "argue", "debating", "bickering", "negotiating",
                      "interrupting", "gossiping", "answering", "replying", "responding", "commenting", "comment",
                      "comments", "remarking", "reads", "chattering", "chatter", "babbling", "nattering", "testify",
                      "testifies", "testifying", "testified"})
ANSWERING = frozenset({"answering", "replying", "responding"})
"""Verbs whose "to" names who is answered ("a second guide replying to her"), not a topic."""
IT_IS = frozenset({"its", "it's", "is", "there", "theres", "there's", "it"})
"""Before a count of people said of the recording: "if its 2 guys or more", "are there 3 hosts or more"."""
FRAMES = frozenset({"if", "whether"}) | AUX
ASKING_VERBS = frozenset({"count", "tell", "check", "say", "indicate", "state", "determine", "note", "report",
                          "establish", "give", "know", "confirm", "confirmation", "need"})
WINDOW = 5
"""Most words from the count word to the verb of speaking ("more than one coach is speaking")."""
ONE = frozenset({"one", "1", "single", "lone", "solo"})
MORE = frozenset({"more", "two", "several", "many", "few", "multiple", "others", "2", "three", "couple", "pair"})
GROUP_WORDS = frozenset({"team", "group", "crew", "panel", "crowd", "bunch", "loads", "lots"})
SET_OFF = frozenset({",", ";", ":"}) | DASHES
BOTH = frozenset({"both", "each", "all", "every"})
TOPIC_AFTER = frozenset({"about", "of", "regarding", "concerning", "to", "with"})
THROUGHOUT = frozenset({"throughout", "whole", "entire", "along", "start", "beginning", "end"})
CHANGE = frozenset({"change", "changes", "changed", "changing", "switch", "switches", "switched", "switching",
                    "swap", "swaps", "swapped", "swapping"})
SPEAKER_NOUNS = frozenset({"speaker", "speakers", "voice", "voices", "talker", "talkers"})
"""Plain words for one who speaks (no roles such as "narrator")."""
VOICE = frozenset({"voice", "voices", "speaker", "speakers", "narrator", "announcer", "presenter", "host"})
VOICES = frozenset({"voices", "speakers", "narrators", "announcers", "presenters", "hosts", "commentators", "readers",
                    "guides", "callers", "dispatchers", "operators", "interviewers", "reporters"})
CONVERSATIONS = frozenset({"call", "conversation", "chat", "exchange", "dialogue", "dialog", "discussion", "interview",
                           "recording", "clip", "audio", "talk", "voicemail"})
SOMEONE_ELSE = frozenset({"someone", "somebody", "another", "different", "new", "else"})
DOING_THE_TALKING = frozenset({"speaking", "talking", "explaining", "narrating", "presenting", "reading", "announcing"})
PARTWAY = frozenset({"partway", "midway", "halfway", "suddenly", "mid"})
WHEN = frozenset({"partway", "midway", "halfway", "through", "at", "any", "some", "point", "stage", "during", "later",
                   "ever", "throughout", "in", "the", "this", "middle", "way", "along", "suddenly", "anywhere"})
VOICE_THINGS = frozenset({"memo", "memos", "note", "notes", "message", "messages", "mail", "recording", "clip"})
"""After "voice": a recording ("just this voice memo"), not a person speaking."""
THINGS = frozenset({"bell", "bells", "song", "songs", "car", "cars", "dog", "dogs", "horn", "horns", "beep", "beeps",
                    "ring", "rings", "train", "trains", "siren", "sirens", "word", "time", "times", "thing", "things"}) \
    | frozenset(u + s for u in ("kilo", "kilogram", "gram", "tonne", "ton", "litre", "liter", "metre", "meter", "mile",
                                "euro", "dollar") for s in ("", "s")) | {"kg", "km", "lbs"}
"""Things counted ("two bells", "2 kilos or more"), not people (no units of time: "... in the first minute")."""
TALKS = frozenset({"speech", "speeches", "announcement", "announcements", "toast", "toasts", "briefing", "briefings",
                   "talk", "talks", "tour", "lecture", "presentation", "commentary", "sermon", "reading",
                   "instructions", "orders", "directions", "commands", "advice", "feedback", "testimony", "evidence",
                   "statement", "statements"})
"""Kinds of talk someone gives ("give the pool safety briefing", "picks up the commentary")."""
MIC = frozenset({"mic", "microphone", "mike"})
BEING = frozenset({"be", "been", "being", "get", "got", "gets", "getting", "is", "was", "were", "are"})
