"""Requests set off by commas in a longer instruction: "..., the number of distinct bidders you can hear, and
...", "..., and the guide's mood.", "..., and the whole thing in Japanese.", "..., does she sound tired?".

Each function takes the instruction's tokens and the index ``j`` where the set-off words begin (after the
comma or "and"); :mod:`~wavllm_agent.planning.clauses` cuts a new clause there when one answers True.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wavllm_agent.planning import (
    cues,
    options,
    phrasings,
    said,
    sounding,
    speaker_words,
    speakers,
    speech_language,
)
from wavllm_agent.planning.lexicon import CHOICE_VERBS, MADE_TEXTS, STORY_WORDS
from wavllm_agent.planning.named_targets import named_target
from wavllm_agent.planning.said_forms import needed_language
from wavllm_agent.planning.text import (
    DASHES,
    POLITE_WORDS,
    Token,
    answer_language,
    find_language_token,
    stem,
    target_cue,
)
from wavllm_agent.planning.word_limits import word_limit

if TYPE_CHECKING:
    from wavllm_agent.planning.vocab import Vocabulary

_DETERMINERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "your", "my", "this", "that"})
_CONFIRMING = frozenset({"confirmation", "clarification", "verification", "indication", "confirm", "word", "notice"})
_QUESTION_SUBJECTS = frozenset({"it", "there", "this", "that", "he", "she", "they", "the", "a", "an", "any", "anyone",
                                "anybody", "someone", "somebody", "more", "only", "just", "two", "several"})
"""Subjects of a yes/no question set off by a comma: "..., is it one speaker or more than one", "..., is the guide alone?"."""


def note_on_whether(tokens: list[Token], j: int) -> bool:
    """"... plus a yes/no on whether one instructor speaks": a short answer asked for, as a noun phrase."""
    return tokens[j].low == "a" and any(tokens[k].low in ("whether", "if") and tokens[k - 1].low in ("on", "about")
                                        for k in range(j + 2, min(len(tokens), j + 6)))


def count(tokens: list[Token], j: int) -> bool:
    """"..., the number of distinct bidders you can hear, and ...", "..., and confirmation of whether the same judge
    speaks throughout, ...": a speaker count as a noun phrase in a list."""
    labelled = tokens[j].low in ("speakers", "voices") and tokens[j + 1:j + 2] != [] and tokens[j + 1].low == ":"
    if tokens[j].low in _CONFIRMING and j + 2 < len(tokens) and tokens[j + 1].low in ("of", "on", "as", "about") \
            and tokens[j + 2].low in ("whether", "if"):
        j += 2
    elif tokens[j].low not in _DETERMINERS and not labelled:
        return False
    end = next((k for k in range(j, len(tokens)) if tokens[k].low in (",", "?", ";", ".", "!")), len(tokens))
    if labelled:  # "+ speakers: 1 or many?" (not "+ speakers: one or more, label each")
        return end < len(tokens) and tokens[end].low == "?" and speaker_words.asks_count_another_way(tokens[j:end])
    return speakers.asks_speaker_count(tokens[j:end])


def mood(tokens: list[Token], j: int) -> bool:
    """"..., and the guide's mood.": how someone sounds as a noun phrase in a list of requests."""
    if tokens[j].low not in _DETERMINERS:
        return False
    end = next((k for k in range(j, len(tokens)) if tokens[k].low in (",", "?", ";", ".", "!")), len(tokens))
    return sounding.names_mood(tokens[j:end])


def in_language(tokens: list[Token], j: int, *, bare: bool = False) -> bool:
    """"..., and the whole thing in Japanese.": the speech (or an output) wanted in a language, as a noun phrase.
    ``bare``: also without a determiner when the phrase names the audio ("Bowling green chatter in German, ...")."""
    end = next((k for k in range(j, len(tokens)) if tokens[k].low in (",", "?", ";", ".", "!")), len(tokens))
    if end - j > 3 and (tokens[end - 1].low in ("too", "also") or bare and tokens[end - 1].low in POLITE_WORDS
                        and tokens[j].low not in _DETERMINERS):
        end -= 1  # "..., and the organiser's words in Catalan too.", "hockey stick audio in german pls, ..."
    if end - j > 3 and tokens[end - 1].low in ("words", "text") and find_language_token(tokens[end - 2]):
        end -= 1  # "The clip in Dutch words, and ..."
    audio = any(t.key in cues.AUDIO_KEYS or t.low in said.SAID_NOUNS for t in tokens[j:end])
    if _language_after_comma(tokens, end) and tokens[j].low in _DETERMINERS and end - j >= 2 \
            and (tokens[end - 1].low in said.SAID_NOUNS or tokens[end - 1].key in cues.AUDIO_KEYS and tokens[end - 1].low
                 not in _SAYING):  # "..., and his words, in Hindi?": the language set off too (not "... say, in Hindi")
        tokens = tokens[:end] + tokens[end + 1:end + 3]
        end += 2
    named = bare and audio and all(t.is_word for t in tokens[j:end])  # (not "... halftime talk: in Turkish")
    if (tokens[j].low not in _DETERMINERS and not named) or tokens[j].low == "its":
        return False  # not "its in japanese": the speech's language
    return 3 <= end - j <= (9 if audio and tokens[j].low in _DETERMINERS else 7) and tokens[end - 2].low in ("in", "into") and find_language_token(tokens[end - 1]) is not None \
        and speech_language.stated_speech_language(tokens[j:end]) is None and speech_language.language_held_in(tokens[j:end]) is None \
        and all(t.low not in _NOT_A_NOUN_PHRASE or speech_language.talk_as_noun(tokens, k)
                for k, t in enumerate(tokens[j:end], j))  # not "the man speak in Polish"; but "the meteorite talk"


_SAYING = frozenset({"say", "says", "said", "saying", "spoken", "heard", "talk", "talks"})
_NOT_A_NOUN_PHRASE = frozenset({"speak", "speaks", "talk", "talks", "is", "are", "was", "were", "been", "being", "having"})


def states_language(tokens: list[Token], j: int) -> bool:
    """The words from ``j`` to the next comma state the speech's language ("the speaker talk in Italian")."""
    end = next((k for k in range(j, len(tokens)) if tokens[k].low in (",", ".", ";", "?", "!")), len(tokens))
    return end - j <= 9 and speech_language.stated_speech_language(tokens[j:end]) is not None


def yes_no(tokens: list[Token], j: int) -> bool:
    """"..., is it a single speaker or more than one, and ...", "..., does she sound tired?": a yes/no
    question set off by commas that asks for a task of its own (a speaker count, how someone sounds)."""
    if tokens[j].low not in cues.AUX or j + 1 >= len(tokens) or tokens[j + 1].low not in _QUESTION_SUBJECTS \
            or tokens[j + 1].low == "the" and any(t.low in STORY_WORDS for t in tokens):
        return False  # (not "Continue the story: the knight rides out, but first, is the dragon alone?")
    end = next((k for k in range(j, len(tokens)) if tokens[k].low in (",", "?", ";", ".", "!")), len(tokens))
    span = tokens[j:end]
    return speakers.asks_speaker_count(span) or sounding.asks_if_sounding(span) or speaker_words.asks_in_other_words(span)


_SINGING = frozenset({"sing", "sings", "singing", "sung", "sang"})


def request_after_language(tokens: list[Token], i: int) -> bool:
    """"This radio phone-in is in Ukrainian - write it out for me": a dash at ``i`` after the speech's
    language, and a request after it."""
    said_in = [t.low for t in tokens[sentence_start(tokens, i):i - 1]]  # "it's italian - just write it down"
    if tokens[i].low in ("-", "–", "—") and (_speaks_language_before(tokens, i) or _language_is_before(tokens, i) or (
            said_in == ["it", "is"] and find_language_token(tokens[i - 1]) is not None)):
        j = cues.request_start(tokens, cues.lead_end(tokens, i + 1))
        return j < len(tokens) and tokens[j].key in cues.ACTION_KEYS or phrasings.asks_written_out(tokens[i + 1:])
        # "The guide speaks Dutch on this tape — write it down.", "... — I just need it written down."
    if tokens[i].low not in ("-", "–", "—", ":") or i < 3 or i + 1 >= len(tokens) or tokens[i - 2].low != "in" \
            or not find_language_token(tokens[i - 1]) \
            or tokens[i - 3].low not in cues.COPULAS | _SINGING | {"spoken"} and not _told_before(tokens, i) \
            or (tokens[i - 3].low == "spoken" and tokens[i].low == ":"
                and not (i > 3 and (tokens[i - 4].low == "," or tokens[i - 4].key in cues.AUDIO_KEYS))):
        return False  # not "Give me a summary in German - keep it under 30 words", "Reply in Polish - ..."
    j = cues.request_start(tokens, cues.lead_end(tokens, i + 1))  # ("- just write out the lyrics")
    return j < len(tokens) and (tokens[j].key in cues.ACTION_KEYS or tokens[j].low in cues.WH or (
        j + 1 < len(tokens) and tokens[j].low in ("a", "an", "the") and tokens[j + 1].low in MADE_TEXTS))
    # "Bean bag recording, spoken in English: a transcript, then ..."


def _language_is_before(tokens: list[Token], i: int) -> bool:
    """"The language is Greek —", "The speaker's language is Greek —": the speech's language named just before ``i``
    (the sentence names nothing else)."""
    start = sentence_start(tokens, i)
    return i >= 3 and find_language_token(tokens[i - 1]) is not None and tokens[i - 2].low in ("is", "was") \
        and tokens[i - 3].low == "language" and i - 3 - start <= 2 and all(
            t.low in ("the", "its", "spoken") or t.low.endswith(("'s", "’s")) and t.low[:-2] in _SPEAKING_OWNERS
            for t in tokens[start:i - 3])  # (not "The target language is Greek —", "My native language is ...")


_SPEAKING_OWNERS = frozenset({"speaker", "recording", "audio", "clip", "speech", "tape", "video", "talk", "narrator"})


def _told_before(tokens: list[Token], i: int) -> bool:
    """"She tells a story in French —": the sentence before ``i`` says someone tells a story in a language."""
    return speech_language.told_in([t for t in tokens[sentence_start(tokens, i):i] if t.is_word]) is not None


def sentence_start(tokens: list[Token], i: int) -> int:
    """Index of the first token of the sentence that holds ``i``."""
    return max((k + 1 for k in range(i) if tokens[k].low in (".", "?", "!", ";", ":")), default=0)


def _speaks_language_before(tokens: list[Token], i: int) -> bool:
    """"speaks Dutch", "speaks Dutch on this tape" or "speaks Dutch btw" just before ``i``."""
    m = next((k for k in range(max(1, i - 7), i) if find_language_token(tokens[k])), None)
    return m is not None and tokens[m - 1].low in ("speaks", "speaking", "talks", "talking") \
        and tokens[m - 2].low not in ("i", "we", "you", "u", "'m", "am") and (
        m + 1 == i or tokens[m + 1].low in ("on", "in", "throughout") and all(t.is_word for t in tokens[m + 1:i])
        or all(t.low in ("btw", "fyi", "by", "the", "way") for t in tokens[m + 1:i])
        and not any(t.low in ("my", "our", "your", "audience") for t in tokens[sentence_start(tokens, i):m])
        and not any(t.key == stem("translating") for t in tokens[i + 1:i + 6]))
    # "speaks Polish btw —" (not "My grandma speaks Polish btw — translate it for her": the reader's language)


_ASKING_FIRST = frozenset({"is", "are", "was", "were", "do", "does", "did", "has", "have", "had"})
_MODALS = frozenset({"will", "would", "should", "can", "could", "shall", "may", "might", "must"})
"""In a question after a dash, words that ask about the work asked for ("— will it take long?", "— how formal should
it be?"), not about the recording."""
_NOT_A_REQUEST = frozenset({"from", "according", "based", "going", "using", "judging", "only", "just", "strictly"})
"""First words of a hint where to answer from ("From what's said in the clip only — how much ...?")."""


def reader_before(tokens: list[Token], i: int) -> bool:
    """The semicolon at ``i`` follows "I only read French" and comes before what is said, asked for ("I only read
    French; what's the belayer saying?"): one request, not two (not "I only read French; how many people speak?")."""
    start = next((k + 1 for k in range(i - 1, -1, -1) if tokens[k].low in (".", "!", "?", ";")), 0)
    found = needed_language(tokens, start)
    if found is None or found[0] != i + 1:
        return False
    end = next((k + 1 for k in range(i + 1, len(tokens)) if tokens[k].low in (".", "!", "?", ";")), len(tokens))
    cut = next((k for k in range(i + 1, end) if tokens[k].low in ("and", ",")), end)
    return said.asks_what_is_said(tokens[i + 1:cut], languaged=True)  # (its first part: not "...; what's the main topic
    # and how many people speak?")


def question_after_dash(tokens: list[Token], i: int, vocab: Vocabulary) -> bool:
    """"I want it on paper, word for word — do two commentators share the mic?": a spaced dash at ``i`` after a
    request, and a question of its own after it (a question word first, a question mark at its end)."""
    if tokens[i].low not in DASHES or not 1 < i < len(tokens) - 3 or tokens[i].start == tokens[i - 1].end:
        return False
    asked = i + 1 + (tokens[i + 1].low == "and")  # ("..., in Korean — and how does the speaker come across?")
    if asked >= len(tokens) - 2 or tokens[asked].low not in _ASKING_FIRST | cues.WH:
        return False
    start = sentence_start(tokens, i)
    near = max((k + 1 for k in range(start, i) if tokens[k].low == ","), default=start)
    end = next((k for k in range(i + 1, len(tokens)) if tokens[k].low in (".", "?", "!", ";")), None)
    before, sentence = tokens[min(cues.lead_end(tokens, near), i - 1):i], tokens[start:i]  # ("..., then answer this —")
    return end is not None and tokens[end].low == "?" \
        and not any(t.low in _MODALS for t in tokens[i + 1:end]) \
        and bool(before) and bool(sentence) and sentence[0].low not in cues.AUX | cues.WH | _NOT_A_REQUEST \
        and bool(vocab.matches(before) or vocab.matches(sentence) or asked > i + 1 and (found := answer_language(sentence)) is not None and found[0] > 0) \
        and not any(t.low in CHOICE_VERBS | {"answer", "question", "choice"} for t in before) \
        and not any(t.low in DASHES for t in tokens[i + 1:end]) and not options.options_first(sentence) \
        and tokens[asked + 1].low not in ("you", "u", "that", "this", "i", "we")  # not "— is that possible?", "— can you?"
    # (nor options first: "i) happy ii) annoyed iii) tired — which best describes the owner?")


def barred_requests(tokens: list[Token], vocab: Vocabulary) -> list[int]:
    """"conga clip | speakers? | why did the line break up: A. ... / B. ... | mood of the MC": the bars between requests
    (each piece after the first asks for something, and one of them is a question), else none."""
    bars = [k for k, t in enumerate(tokens) if t.low == "|"]
    if len(bars) < 2:
        return []
    pieces = [tokens[a + 1:b] for a, b in zip([-1, *bars], [*bars, len(tokens)], strict=True)]

    def asks(piece: list[Token]) -> bool:
        return bool(piece) and (piece[-1].low == "?" or piece[0].low in cues.WH or bool(vocab.matches(piece)))

    questions = [p for p in pieces[1:] if p and (p[-1].low == "?" or p[0].low in cues.WH)]
    label = pieces[0]  # ("Which does the caller ask for: a summary | a translation | a transcript?": options)
    plain = bool(label) and label[0].low not in cues.WH | cues.AUX and not any(t.low in (":", "?") for t in label)
    return bars if plain and questions and all(asks(p) for p in pieces[1:]) else []


_ASIDE_SPAN = 10
"""How many tokens a statement between two dashes may have."""


_SPEAKERS_NAMED = frozenset({"the", "they", "everyone", "everybody", "all", "both", "it", "its", "this"})
"""First words of a closing statement of the speech's language ("— the speakers talk German"; not "— my mom only speaks
Korean", whoever will read it)."""


def language_aside(tokens: list[Token], i: int) -> bool:
    """"Transcribe the puppet show — the performer speaks Hungarian — translate ...": a dash at ``i`` that opens or
    closes a statement of the speech's language set off by dashes, or opens one that ends the instruction."""
    if tokens[i].low not in ("-", "–", "—") or not 0 < i < len(tokens) - 1 or tokens[i].start == tokens[i - 1].end:
        return False  # (not "steel-drum")
    for step in (1, -1):
        other = next((k for k in range(i + step, i + step * _ASIDE_SPAN, step) if 0 <= k < len(tokens)
                      and tokens[k].low in ("-", "–", "—") and tokens[k].start > tokens[k - 1].end), None)
        if other is not None:
            inside = tokens[min(i, other) + 1:max(i, other)]
            if inside and speech_language.stated_speech_language(inside) is not None \
                    and not cues.is_request(inside):
                return True
    rest = tokens[i + 1:]
    return 2 <= cues.word_count(rest) <= 8 and all(t.is_word for t in rest[:-1]) and tokens[i - 1].low != "?" \
        and rest[0].low in _SPEAKERS_NAMED and speech_language.stated_speech_language(rest) is not None \
        and not cues.is_request(rest)
    # "..., transcribe the whole thing — the speakers talk German.": the statement closes the instruction


def last_request(tokens: list[Token], i: int) -> bool:
    """"..., and last translate the audio", "and last translate it": "last" orders a request (not "first and
    last name", "who arrived first and last answered")."""
    if i >= 2 and "," in (tokens[i - 1].low, tokens[i - 2].low):
        return True
    verb = tokens[i + 1].low if i + 1 < len(tokens) else ""
    return not verb.endswith("ed") and i + 2 < len(tokens) and tokens[i + 2].low in ("it", "this", "that", "the", "them")


_SLASH_SPAN = 40
"""How many tokens either side of a slash are read (a bounded look: slashes repeated stay linear)."""


def slash_between_requests(tokens: list[Token], i: int) -> bool:
    """"Dairy farm recording: summarise in 50 words / which milk price does he quote? (a) ... / translate the
    summary": requests split by spaced slashes, each a request of its own; not alternatives ("happy / sad")."""
    n = len(tokens)
    if not (0 < i < n - 2 and tokens[i].low == "/" and tokens[i].start > tokens[i - 1].end
            and tokens[i + 1].start > tokens[i].end):
        return False
    after = tokens[i + 1:i + 1 + _SLASH_SPAN]
    after = after[:next((k for k, t in enumerate(after) if t.low == "/"), len(after))]
    before = tokens[max(0, i - _SLASH_SPAN):i]
    before = before[next((k + 1 for k in range(len(before) - 1, -1, -1) if before[k].low == "/"), 0):]
    before = before[next((k + 1 for k in range(min(len(before), 5)) if before[k].low == ":"), 0):]  # ("gum shield: ...")
    if sum(t.is_word for t in after) < 2 or sum(t.is_word for t in before) < 2:
        return False
    asks_before = _asks(before) or any(t.key in cues.ACTION_KEYS or t.low == "?" or t.low in _OUTPUTS for t in before)
    return asks_before and _asks(after)


_OUTPUTS = frozenset({"summary", "transcript", "transcription", "translation"})
_ITEM_LEADS = frozenset({"question", "q", "then", "and", "next", "also", "finally", "lastly"})


def _asks(piece: list[Token]) -> bool:
    """A request's verb first, or a question: "translate the summary", "which price ...?", "how many people speak"
    (after "question:" or "then": "/ question: How many ...? / then is it one speaker?")."""
    words = [t for t in piece if t.is_word]
    while len(words) > 1 and words[0].low in _ITEM_LEADS:
        words = words[1:]
    first = words[0] if words else None
    if first is None:
        return False
    return first.key in cues.ACTION_KEYS or (first.low in _OUTPUTS and len(words) <= 3) or (first.low in cues.WH | cues.AUX and (
        any(t.low == "?" for t in piece) or (first.low in cues.WH and sum(t.is_word for t in piece) >= 3)))


_HAVING = frozenset({"have", "get", "want", "need", "see"})


def it_in_language(tokens: list[Token], i: int) -> bool:
    """"What the attendant explains — could I have it in Chinese?": a comma or dash at ``i``, then a short request to
    have what came before in a language (the clause after it asks for that text, translated)."""
    if tokens[i].low not in (",", "-", "–", "—") or i == 0 or i + 1 >= len(tokens):
        return False
    stop = min(len(tokens), i + 20)  # eight words at most: no need to look further (long inputs stay linear)
    end = next((k for k in range(i + 1, stop) if tokens[k].low in (".", "?", "!", ";")), stop)
    words = [t for t in tokens[i + 1:end] if t.is_word]
    if end == stop < len(tokens) or not 4 <= len(words) <= 8 or words[0].low not in ("could", "can", "may", "i", "i'd", "please"):
        return False
    return any(words[k - 1].low in _HAVING and (words[k].low in ("it", "that", "this") or words[k - 1].low != "see"
                                                and words[k].low in ("those", "these", "them")) and words[k + 1].low == "in"
               and find_language_token(words[k + 2]) is not None and k + 3 >= len(words) - 1
               for k in range(1, len(words) - 2))


def words_in_language(tokens: list[Token], i: int) -> bool:
    """"cant follow the colander guy at all — his words in french?? ty": a comma or dash at ``i`` after the user's own
    words (no question), then someone's words in a language and nothing more but thanks."""
    if tokens[i].low not in (",", "—", "–", "-") or i + 4 >= len(tokens) or tokens[i + 1].low not in ("his", "her", "their") \
            or tokens[i + 2].low not in said.SAID_NOUNS or tokens[i + 3].low != "in" or not find_language_token(tokens[i + 4]):
        return False
    before = [t for t in tokens[sentence_start(tokens, i):i] if t.is_word]
    return bool(before) and before[0].low not in cues.WH and before[0].low not in cues.AUX \
        and not any(t.key in cues.ACTION_KEYS for t in before) \
        and all(not t.is_word or t.low in _THANKS for t in tokens[i + 5:])


_THANKS = POLITE_WORDS | frozenset({"ty", "tysm"})


_NAMING = frozenset({"the", "this", "that", "it", "my", "our"})
"""Words that name a task's object before its words (a question up to 16 tokens after the comma is its own)."""


def verb_awaits_object(tokens: list[Token], i: int, hard: set[int], vocab: Vocabulary) -> bool:
    """"Summarise, in five words, what the attendant says": a task's verb, a limit or language set off by
    commas, then its object ("what ... says") - one request, not two."""
    start = max((k for k in hard if k <= i), default=0)
    first = vocab.first_match(tokens, start, i)
    if first is None:
        return False
    rest = tokens[first.end:i]
    words = [t for t in rest if t.is_word]
    if not words:  # "Summarise, what the attendant says"; not "Turn the song into text, what is the chorus?"
        return not _object_named(tokens, start, first.start, i)
    return len(words) <= 6 and (word_limit(rest) is not None or named_target(rest) is not None) \
        and words[0].low in ("in", "into", "to", "no", "under", "within", "max")


def _object_named(tokens: list[Token], start: int, task_at: int, comma: int) -> bool:
    """"Turn the song into text, what is the chorus?", "song -> text, what ...?": the object named before the task's
    words, then a question of its own (not "Put it into German, what does she say?", "For this clip, summarise, ...")."""
    named_from = max((k + 1 for k in range(start, task_at) if not tokens[k].is_word), default=start)
    return any(t.low == "?" for t in tokens[comma:comma + 16]) and target_cue(tokens[start:comma]) is None and (
        tokens[task_at].low == "into" or any(t.low in _NAMING for t in tokens[named_from:task_at]))


_SET_OUT_OBJECTS = frozenset({"their", "his", "her", "the", "all", "everything", "what"})


def sets_out_in_writing(tokens: list[Token], k: int) -> bool:
    """"(and set) out their statements in written form": the words written down, a request of its own (not ", set out
    in her written statement", which says where something is written)."""
    return k + 1 < len(tokens) and tokens[k].low == "out" and tokens[k + 1].low in _SET_OUT_OBJECTS \
        and any(t.low in ("written", "writing") for t in tokens[k + 2:k + 9])


def ends_with(tokens: list[Token], i: int, j: int) -> bool:
    """", end with a summary capped at 45 words", "and wrap up with a 25-word summary": after a comma or "and" at ``i``,
    the last request of a list led by "end/finish with" (at ``j``; see ``_ENDING_LEADS``)."""
    lead = next((len(lead) for lead in _ENDING_LEADS if [t.low for t in tokens[j:j + len(lead)]] == lead), 0)
    if not (tokens[i].low in (",", "and") and lead and j + lead < len(tokens) and tokens[j + lead].is_word
            and not any(t.low == "?" for t in tokens[j:j + 24])):
        return False  # (not "Does the song start softly, end with a scream?")
    start = sentence_start(tokens, i)
    if tokens[i].low == "and" and any(t.low in cues.WH | {"that", "whose"} and tokens[k - 1].is_word
                                      for k, t in enumerate(tokens[start + 1:i], start=start + 1)):
        return False  # "... the debate where the candidates argue and conclude with a summary": they conclude
    named = [t.low for t in tokens[j + lead:j + lead + 6]]
    kind = next((k for k in _OUTPUT_STEMS if any(w.startswith(k) for w in named)), None)
    if kind is None:
        return any(w in ("speakers", "speaker", "voices") for w in named)  # not "..., end with a happy note"
    return not any(t.low.startswith(kind) for t in tokens[:i])  # not "Summarize it, end with a one-line summary"


_OUTPUT_STEMS = ("summar", "translat", "transcri")
_ENDING_LEADS = (["end", "with"], ["finish", "with"], ["close", "with"], ["conclude", "with"], ["wrap", "up", "with"],
                 ["finish", "off", "with"], ["round", "off", "with"], ["round", "it", "off", "with"],
                 ["round", "things", "off", "with"], ["wrap", "things", "up", "with"], ["wrap", "it", "up", "with"])
"""Words that lead the last request of a list: ", end with a summary", "and wrap up with a 25-word summary"."""


def where_when(tokens: list[Token], j: int) -> bool:
    """"Continue the story, where did the fox hide?": a question of its own after a request (a verb right after
    "where"/"when", and a question mark; not a relative clause: "the wall, where the chalk is")."""
    return tokens[j].low in ("where", "when") and j + 1 < len(tokens) and tokens[j + 1].low in cues.AUX \
        and any(t.low == "?" for t in tokens[j + 2:j + 16])


def sizes_summary(tokens: list[Token], j: int) -> bool:
    """"... and cap the summary at 15 words": the length of the summary just asked for, a clause of its own."""
    end = next((k for k in range(j + 1, len(tokens)) if not tokens[k].is_word or tokens[k].low == "and"), len(tokens))
    return phrasings.limits_summary(tokens[j:end])


def sized_after_dash(tokens: list[Token], i: int) -> bool:
    """"... of the summary — keep the summary to 25 words": a spaced dash at ``i``, then the summary's length."""
    return 0 < i < len(tokens) - 3 and tokens[i].low in DASHES and tokens[i].start > tokens[i - 1].end \
        and sizes_summary(tokens, i + 1)


def _language_after_comma(tokens: list[Token], comma: int) -> bool:
    """", in Hindi" closes the instruction at ``comma``: a language alone, set off."""
    return comma + 2 < len(tokens) and tokens[comma].low == "," \
        and tokens[comma + 1].low in ("in", "into") and find_language_token(tokens[comma + 2]) is not None \
        and all(not t.is_word or t.low in POLITE_WORDS for t in tokens[comma + 3:]) and (
            comma + 3 == len(tokens) or tokens[comma + 3].low in ("?", ".", "!", ";", ","))  # (", in Hindi, please?")


_DASHED_LABELS = frozenset({"multiple", "choice", "quiz", "question", "quick", "bonus"})


def dashed_label_end(tokens: list[Token], j: int) -> int | None:
    """", and — multiple choice — what ...?": the index after a short label set off by dashes at ``j``, else None."""
    if j >= len(tokens) or tokens[j].low not in DASHES:
        return None
    shut = next((k for k in range(j + 2, min(len(tokens) - 1, j + 5)) if tokens[k].low in DASHES), None)
    return shut + 1 if shut is not None and all(t.low in _DASHED_LABELS for t in tokens[j + 1:shut]) else None
