"""Where or when something is said, after the verb of saying: "over the tannoy", "in this cooking video", "to each
other", "while soldering", "while she salts the cabbage" - words that name no topic (see
:mod:`wavllm_agent.planning.said`)."""

from __future__ import annotations

from wavllm_agent.planning.cues import ACTION_KEYS, AUX
from wavllm_agent.planning.text import Token, find_language_token

TOPIC_WORDS = frozenset({"about", "abt", "regarding", "concerning", "re"})
_OTHERS_TALK = frozenset({"talks", "speaks", "says", "answers", "asks", "chats", "replies", "interrupts", "explains",
                          "sings", "shouts", "argues", "laughs"})
_SETTING_PREPOSITIONS = frozenset({"over", "through", "on", "in", "into", "at", "to", "after", "before", "during", "from"})
SETTING_DETERMINERS = frozenset({"the", "this", "that", "a", "an", "each", "his", "her", "their", "one"})


def setting_words(tail: list[Token]) -> set[int]:
    """Indices of short place phrases after the verb: "over the tannoy", "in this cooking video",
    "to each other" - where or to whom it is said, not what it is about."""
    found: set[int] = set()
    for start in range(len(tail) - 2):
        if tail[start].low in _SETTING_PREPOSITIONS and tail[start + 1].low in SETTING_DETERMINERS:
            end = start + 2
            longest = start + {"after": 4, "before": 4, "during": 7}.get(tail[start].low, 6)  # "after the match", not
            # "after the kettle boiled over"; "during the go-kart safety briefing"
            while end < len(tail) and end < longest and (tail[end].is_word or tail[end].low == "-") \
                    and not find_language_token(tail[end]) and tail[end].low not in TOPIC_WORDS:
                end += 1  # "in this wine-tasting recording"; not "at the start about hydration" (a topic)
            found.update(range(start, end))
    for start in range(len(tail) - 1):  # "at halftime," / "between songs,": a preposition and one word, then a pause
        end = start + 2
        if end + 1 < len(tail) and tail[end].low == "-" and tail[end + 1].is_word:
            end += 2  # "before take-off,"
        if end + 1 < len(tail) and tail[end].is_word and tail[end + 1].low in (",", "?", ".", "!") \
                and not find_language_token(tail[end]) and tail[end].low not in ("about", "of", "regarding"):
            end += 1  # "at bell-ringing practice,", "during lunch break,"
        after = tail[end].low if end < len(tail) else ""
        if tail[start].low in ("at", "during", "on", "in", "after", "before", "between") and tail[start + 1].is_word \
                and not find_language_token(tail[start + 1]) and after in ("", ",", "?", ".", "!"):
            found.update(range(start, end))
    for start in range(len(tail) - 1):  # "while soldering", "after clearing the bar" (not "before translating it")
        around = tail[start].low in ("after", "before") and tail[start + 1].key not in ACTION_KEYS
        doing = tail[start].low in ("while", "whilst", "as") and tail[start + 1].low in ("he", "she", "they") \
            and start + 2 < len(tail) and tail[start + 2].is_word and tail[start + 2].key not in ACTION_KEYS
        if (tail[start].low in ("while", "whilst") or around) and tail[start + 1].low.endswith("ing") or doing:
            last = min(len(tail), start + 7) if doing or tail[start + 2:start + 3] \
                and tail[start + 2].low in SETTING_DETERMINERS else start + 2  # "while she salts the cabbage", "while
            # arranging the furniture"
            end = next((m for m in range(start + 3, last) if not tail[m].is_word or tail[m].low in TOPIC_WORDS
                        or find_language_token(tail[m])), last)
            pause = next((m for m in range(start + 2, len(tail)) if not tail[m].is_word), len(tail))
            two = pause in (start + 5, start + 6) and tail[start + 2].low in SETTING_DETERMINERS \
                and all(t.low not in AUX for t in tail[start + 3:pause])  # ("... the lunch box?", "... the ice cube tray,")
            if not (doing or around) and end > start + 2 and (pause > start + 4 and not two or any(
                    find_language_token(t) or t.low in TOPIC_WORDS for t in tail[start + 2:pause])):
                end = start + 2  # the object then a pause (not "while cooking the pasta is key": what he says is key;
                # "while packing the lunch box?" is a setting)
            found.update(range(start, end))
        pause = next((m for m in range(start + 2, len(tail)) if not tail[m].is_word), len(tail))
        if tail[start].low in ("while", "whilst") and tail[start + 1].low in ("the", "his", "her", "their") \
                and start + 4 <= pause <= start + 6 and all(
                    t.key not in ACTION_KEYS and t.low not in _OTHERS_TALK and t.low not in TOPIC_WORDS
                    and not find_language_token(t) for t in tail[start + 2:pause]):
            found.update(range(start, pause))  # "while the rods cross — in Swedish", "while the milk pan boiled over?"
            # (not "while the farmer speaks")
    return found
