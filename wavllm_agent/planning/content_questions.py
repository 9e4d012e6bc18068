"""Questions about what the audio says, told from requests: "What does the speaker say about the budget?" asks about
the content, where "what does she say?" asks for the words (split from :mod:`~wavllm_agent.planning.questions`)."""

from __future__ import annotations

from wavllm_agent.planning.answer_hint import SAY_KEYS
from wavllm_agent.planning.cues import ACTION_KEYS, AUDIO_KEYS, WH, is_question, request_start
from wavllm_agent.planning.lexicon import HOW_MUCH
from wavllm_agent.planning.people import one_person
from wavllm_agent.planning.questions import ends_with_preposition, hint_end, question_start, source_prefix_end
from wavllm_agent.planning.text import Token, find_language_token

_OBJECTS = frozenset({"the", "a", "an", "his", "her", "their", "them", "him", "everyone", "people"})
_BECOMING = frozenset({"seem", "seems", "seemed", "appear", "appears", "appeared", "begin", "begins", "began", "start",
                       "starts", "started", "manage", "manages", "managed", "try", "tries", "tried", "tend", "tends"})
"""Before "to" and a mood's word, the speaker's own mood ("seem to relax the longer he talks")."""
_CONTENT_WH = frozenset({"why", "who", "whom", "whose", "where", "when"})
_SAYING_AUX = frozenset({"does", "do", "did", "is", "are", "was", "were", "has", "have", "had"})
"""A yes/no question's first word that is not a request to the assistant ("can you ...")."""
_SOMEONES = frozenset({"the", "his", "her", "their", "a", "an", "my", "our"})
"""Before someone in the recording ("does the customer want ..."), not "does she ..." or "does the audio ..."."""
_WANTING = frozenset({"want", "wants", "wanted", "need", "needs", "needed", "like", "prefer", "prefers", "get", "gets",
                      "got"})
_TOPIC = frozenset({"about", "regarding", "concerning"})
_WHICH_OF_A_TASK = frozenset({"emotion", "emotions", "feeling", "feelings", "mood", "tone", "language", "speaker",
                              "speakers", "voice", "voices", "word", "words"})
_ONE_POINT = frozenset({"point", "idea", "message", "takeaway"})
_CLAUSE_SUBJECTS = frozenset({"the", "his", "her", "their", "its", "he", "she", "they", "it", "we", "i", "you", "this",
                              "that", "a", "an"})
"""First words of a clause reported after "say" ("... say the time allowed is")."""
_WHEN_WORDS = frozenset({"moment", "minute", "whole", "entire", "every", "first", "second", "third", "last", "next"})
"""In "what does he say the second time he is asked?": when he says it, not what he says a thing is."""
_FINITE = frozenset({"is", "was", "are", "were", "will", "would", "has", "had", "have", "can", "could", "should", "must",
                     "need", "needs", "want", "wants", "cost", "costs", "take", "takes"})  # ("... say the sloes need")


def about_content(body: list[Token], phrase_end: int, *, after_steps: bool = False) -> bool:
    """True when a question asks about the content although a task's phrase (ending at
    ``phrase_end``) is in it: "Why is she angry?", "What does he say about the weather?", "What is
    the lecturer's main point?", or a phrase that is only a hint's words ("Judging only by what is
    said in the recording, at what time ...?")."""
    if 0 < phrase_end <= hint_end(body):
        return True
    if 0 < phrase_end and body[phrase_end - 1].low == "boil" and is_question(body) \
            and not any(t.low == "down" for t in body[phrase_end:]):
        return True  # "How long should the jam boil?": the cook's verb, not "boil it down"
    if 3 <= phrase_end < len(body) and body[phrase_end - 2].low == "to" and body[phrase_end].low in _OBJECTS \
            and body[phrase_end - 1].key not in ACTION_KEYS and body[phrase_end - 3].low not in _BECOMING:
        return True  # "What does the beekeeper use to calm the bees?": a mood's word as a verb (not "to render the")
    after = [t.low for t in body[phrase_end:] if t.is_word]
    if len(after) >= 3 and after[0] in ("is", "was", "are", "were", "will") and body[phrase_end - 1].key in SAY_KEYS:
        return True  # "What does the speaker say is the best month to plant garlic?"
    if after[:1] and after[0] in _DOES and body[phrase_end - 1].key in SAY_KEYS and len(after) >= 2 \
            and not any(find_language_token(t) for t in body[phrase_end:]):
        return True  # "What does the speaker say causes boards to warp?", "what does he say happened next?"
    finite = next((k for k in range(phrase_end + 1, min(len(body), phrase_end + 6)) if body[k].low in _FINITE), None)
    if finite is not None and body[phrase_end - 1].key in SAY_KEYS and after[0] in _CLAUSE_SUBJECTS \
            and all(t.is_word and t.low not in _WHEN_WORDS for t in body[phrase_end:finite]) \
            and not any(find_language_token(t) for t in body[phrase_end:]):
        return True  # "what does he say the time allowed is?", "what did she say he will fix?": what he says it is
    start = _after_audio_label(body, request_start(body, question_start(body)))
    words = [t for t in body[source_prefix_end(body, start):] if t.is_word]
    if not words or not is_question(body):
        return False
    if words[0].low in _CONTENT_WH or words[0].low == "how" and len(words) > 2 and words[1].low in HOW_MUCH - {"many", "much"} \
            and not any(t.key in ACTION_KEYS for t in words):
        return True  # ("How long should the eye mask be chilled?": a length of time, not a mood)
    if words[0].low in _SAYING_AUX and len(words) > 2 and words[1].low in _SOMEONES and words[2].key not in AUDIO_KEYS \
            and phrase_end <= len(body) \
            and body[phrase_end - 1].low.endswith("ed") and any(
                t.low in _WANTING and words[1].start < t.start for t in body[:phrase_end - 1]):
        return True  # "does the customer want the trousers shortened?": what someone in it wants done
    if words[0].low == "which" and len(words) > 1 and words[1].low not in _WHICH_OF_A_TASK:
        return True  # "Which novel did they find the most boring?" - not "Which emotion ...?"
    if words[0].low == "what" and body[phrase_end - 1].low in _ONE_POINT:
        return True  # one point, asked as a question
    if words[0].low == "what" and len(words) > 2 and words[1].low in _SAYING_AUX \
            and any(t.key in SAY_KEYS and t.start > words[1].start for t in body[:phrase_end - 1]):
        return True  # "What does the instructor say to do if you feel pain?": what is said, not a mood
    if after_steps and words[0].low == "how" and (words[1].low in ("does", "did") or body[phrase_end - 1].low in (
            "feels", "felt")) and phrase_end >= 2 \
            and (body[phrase_end - 2].low in ("he", "she") or one_person(body[phrase_end - 2].low)) \
            and body[phrase_end - 1].low in ("feel", "feels", "felt") \
            and body[phrase_end:phrase_end + 1] and body[phrase_end].low == "about" \
            and not any(t.low in (":", "or", "(") for t in body[phrase_end:]):  # (not "...: pleased, or sad?")
        return False  # "Sum it up. And how does the reporter feel about it?": the emotion, beside other requests
    if words[0].low == "how" and any(t.low == "telling" for t in body[question_start(body):start]):
        return False  # "Would you mind telling me how the caller feels about the mix-up?": as "tell me how ...", a mood
    meanwhile = next((k for k in range(phrase_end, len(body)) if body[k].low in ("while", "whilst", "when") or (
        body[k].low == "as" and k + 2 < len(body) and body[k + 1].low in ("he", "she", "they")
        and body[k + 2].low in _TALKS) or body[k].low == "who" and k + 1 < len(body) and body[k + 1].low in _TALKS),
        len(body))  # ("How is feeling the woman who talk about the dice cup?": the topic is the talk's)
    return words[0].low in WH and (any(body[k].low in _TOPIC and body[k - 1].low not in _TALES
                                       for k in range(phrase_end, meanwhile)) or ends_with_preposition(body))
    # ("How does the harvester feel while she talks about the drought?", "... in her voice as she talks about ...": the
    # topic is of the while-clause)


_DOES = frozenset({"causes", "caused", "happened", "happens", "makes", "made", "leads", "led", "helps", "helped",
                   "works", "worked", "matters", "mattered", "went", "goes", "stops", "stopped", "prevents", "prevented",
                   "keeps", "kept", "broke", "breaks", "comes", "came", "needs", "needed", "belongs", "belonged"})
"""Verbs right after "say" that start what someone says does something ("what does she say causes the warping?")."""
_TALKS = frozenset({"talks", "talk", "speaks", "speak", "explains", "describes", "discusses", "chats", "goes", "rants"})
"""After "as she": a talk whose topic follows ("... in her voice as she talks about the hairnet?"; not "as he leaves")."""
_TALES = frozenset({"story", "tale", "fable", "yarn", "anecdote", "legend", "narrative"})
"""Before "about", a story named by its topic ("What happens next in the story about the runaway raft?"): no question
about a topic."""


def names_a_thing_asked(body: list[Token], phrase_start: int) -> bool:
    """True when a question opens with "what/which <noun> <aux>" before a task's phrase: "What price
    does the hairdresser quote for highlights?" asks a price, whatever words come after the verb."""
    start = request_start(body, question_start(body))
    words = [i for i in range(source_prefix_end(body, start), len(body)) if body[i].is_word]
    return (len(words) > 3 and is_question(body) and body[words[0]].low in ("what", "which")
            and body[words[1]].low not in _SAYING_AUX | {"the", "a", "an", "of"}
            and body[words[2]].low in _SAYING_AUX | {"will", "can", "should", "would"} and words[2] < phrase_start)


def _after_audio_label(body: list[Token], start: int) -> int:
    """After "The skillet clip," (a few words naming the recording, then a comma) before a question word that asks
    about a topic ("..., what do they say about the handle?"; not with a language: "..., what does he say, in Greek?");
    else ``start``."""
    if not any(t.low == "about" for t in body) or any(find_language_token(t) for t in body):
        return start
    comma = next((k for k in range(start + 1, min(len(body) - 1, start + 6)) if not body[k].is_word), None)
    if comma is None or body[comma].low != "," or body[comma - 1].key not in AUDIO_KEYS or body[comma + 1].low not in WH:
        return start
    return comma + 1
