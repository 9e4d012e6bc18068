"""Small text tools for the rule planner: tokens with their places, crude stems, languages.

Everything here scans tokens in one pass or uses regular expressions without nested
repetition, so that planning time grows linearly with the instruction (no catastrophic
backtracking, whatever the input).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from wavllm_agent.languages import find_language
from wavllm_agent.planning.named_things import NAMED_AFTER, NAMED_THINGS
from wavllm_agent.planning.typos import (
    COUNTRY_LANGUAGES,
    SHORT_FORMS,
    fixed_typo,
    misspelt_language,
)

_TOKEN = re.compile(r"(?<!\w)[wW]/(?=\s)|\w+(?:['’]\w+)*|[^\w\s]")  # ("w/": "with", texted)

# British -> American spellings of the verbs users write in instructions. Both sides of every
# comparison go through this, so "summarise" matches a phrase written "summarize" and back.
_SPELLING = re.compile(r"^(summar|recogn|categor|organ|emphas|character|priorit|memor|real|apolog|analy)is")
_SPELLING_ANALYSE = re.compile(r"^analys")
_WRITING = re.compile(r"^(transcri|write|wrote|type|typed|jot|translat)")


@dataclass(frozen=True)
class Token:
    """A word or punctuation mark, with its place in the original text.

    Attributes:
        text: the token as written.
        start: offset of its first character in the original text.
        end: offset just past its last character.
        low: lower-cased, with typographic apostrophes made plain, and a task word misspelt by one
            letter ("Trnscribe") spelt right.
        key: the comparison key: ``low`` with British spellings made American and a crude
            suffix stripped (``transcribing`` -> ``transcrib``).
    """

    text: str
    start: int
    end: int
    low: str
    key: str

    @property
    def is_word(self) -> bool:
        """True for words and numbers, False for punctuation."""
        return self.text[:1].isalnum() or self.text[:1] == "_" or self.low in ("is", "into")  # "'s", "→"


def stem(word: str) -> str:
    """A crude stem: spellings unified, one common suffix removed (enough to match phrases)."""
    w = word.lower().replace("’", "'")
    w = _SPELLING_ANALYSE.sub("analyz", _SPELLING.sub(r"\1iz", w))
    if w.endswith("'s"):
        w = w[:-2]
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if len(w) <= 3:
        return w
    for suffix in ("ing", "ed", "es", "s", "e"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            return w[: -len(suffix)]
    return w


_IRREGULAR = {"made": "mak", "note": "note", "noted": "note", "noting": "note", "affected": "affected",
              "affecting": "affected", "affects": "affected"}
"""Forms the suffix rule would turn into another word ("made" is not "mad", "note" is not "not", "what affected the
throw" is not the speaker's affect): their verb's stem."""
_IS_CONTRACTED = frozenset({"what", "wat", "wot", "whatever", "who", "how", "where", "when", "why", "that", "it", "there", "here"})


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """The words and punctuation of ``text`` with their offsets (plus ``offset``).

    "what's" becomes two tokens, "what" and "'s" read as "is", so that it matches "what is".
    """
    out = []
    for m in _TOKEN.finditer(text):
        word = m.group()
        low = word.lower().replace("’", "'")
        start, end = m.start() + offset, m.end() + offset
        if low == "thats":  # texting "thats 1 guy or 2": "that" "is", as "that's"
            out.append(Token(word[:4], start, start + 4, "that", "that"))
            out.append(Token(word[4:], start + 4, end, "is", "is"))
            continue
        if low.endswith("'s") and low[:-2] in _IS_CONTRACTED:
            head = SHORT_FORMS.get(low[:-2], low[:-2])  # "wat's": "what" "is"
            out.append(Token(word[:-2], start, end - 2, head, stem(head)))
            out.append(Token(word[-2:], end - 2, end, "is", "is"))
            continue
        if word[:1].isalnum():
            low = "tin" if low == "can" and text[m.end():m.end() + 7].lower() == " opener" else fixed_typo(low)  # a noun
            out.append(Token(word, start, end, low, stem(low)))
        else:
            out.append(Token(word, start, end, low, low))
    return _co_roles(_see_if(_than_as_then(_verbs_not_languages(_play_by_play(_its_is(_how_much_people(_country_languages(out))))))))


_THEN_VERBS = frozenset({"translate", "summarise", "summarize", "transcribe", "tell", "give", "write", "make",
                         "continue", "count", "say", "answer"})


def _than_as_then(tokens: list[Token]) -> list[Token]:
    """A typo: "and than translate it" for "and then translate it" (a request's verb right after; not "..., than say,
    his brother")."""
    for k in range(1, len(tokens) - 1):
        if tokens[k].low == "than" and tokens[k - 1].low == "and" and tokens[k + 1].low in _THEN_VERBS \
                and (k + 2 == len(tokens) or tokens[k + 2].low != ","):
            tokens[k] = Token(tokens[k].text, tokens[k].start, tokens[k].end, "then", "then")
    return tokens


_SEE_LEADS = frozenset({"and", "then", ",", ";", ".", "also", "please", "pls", "plz"})
_CO_ROLES = frozenset({"host", "hosts", "commentator", "commentators", "presenter", "presenters", "anchor", "anchors",
                       "narrator", "narrators", "speaker", "speakers", "interviewer", "interviewers", "moderator",
                       "moderators", "chair", "chairs", "announcer", "announcers", "caller", "callers"})
_CO_AFTER = frozenset({"or", "on", "in", "at", "too", "as", "and", "are", "is", "were", "was", "here", "there", "present", "speaking", "talking",
                       "involved", "joining"})
"""After "a co-host": the speakers asked about ("is there a co-host on the show?"; not "a co-host named Jim")."""


def _see_if(tokens: list[Token]) -> list[Token]:
    """"..., and see if there's a co-host": "see" opening a request before "if" or "whether" reads "check"."""
    for k in range(len(tokens) - 1):
        if tokens[k].low == "see" and tokens[k + 1].low in ("if", "whether") and (k == 0 or tokens[k - 1].low in _SEE_LEADS) \
                and not (k + 2 < len(tokens) and tokens[k + 2].low in ("you", "u")):  # (not "see if you can find ...")
            tokens[k] = Token(tokens[k].text, tokens[k].start, tokens[k].end, "check", stem("check"))
    return tokens


def _co_roles(tokens: list[Token]) -> list[Token]:
    """"is there a co-host?": "co-" before a speaking role reads "second" (a second host, a speaker check)."""
    for k in range(len(tokens) - 3, -1, -1):
        if tokens[k].low == "co" and tokens[k + 1].low == "-" and tokens[k + 2].low in _CO_ROLES \
                and tokens[k].end == tokens[k + 1].start and tokens[k + 1].end == tokens[k + 2].start \
                and (k + 3 == len(tokens) or not tokens[k + 3].is_word or tokens[k + 3].low in _CO_AFTER):
            tokens[k:k + 2] = [Token(tokens[k].text + "-", tokens[k].start, tokens[k + 1].end, "second", stem("second"))]
    return tokens


def _country_languages(tokens: list[Token]) -> list[Token]:
    """Learner's "into Russia language", "Bahasa Indonesia": the country's language."""
    for k, tok in enumerate(tokens):
        if tok.low in COUNTRY_LANGUAGES and (k + 1 < len(tokens) and tokens[k + 1].low == "language"
                                             or k and tokens[k - 1].low == "bahasa"):
            name = COUNTRY_LANGUAGES[tok.low]
            tokens[k] = Token(tok.text, tok.start, tok.end, name, stem(name))
    return tokens


_COUNTED_PEOPLE = frozenset({"people", "persons", "ppl", "speakers", "voices", "guys", "folks"})
_SPEAKING_OR_THERE = frozenset({"are", "is", "r", "was", "were", "there", "speak", "speaks", "speaking", "talk", "talks",
                                "talking"})


def _how_much_people(tokens: list[Token]) -> list[Token]:
    """Learner's "how much people are talking" read as "how many people" (not "how much people in the town rely on
    the ferry")."""
    for k in range(len(tokens) - 2):
        if tokens[k].low == "how" and tokens[k + 1].low == "much" and tokens[k + 2].low in _COUNTED_PEOPLE \
                and k + 3 < len(tokens) and tokens[k + 3].low in _SPEAKING_OR_THERE:
            tokens[k + 1] = Token(tokens[k + 1].text, tokens[k + 1].start, tokens[k + 1].end, "many", "many")
    return tokens


def _its_is(tokens: list[Token]) -> list[Token]:
    """Texted "its in english" (no apostrophe) read as "it is in English", as "it's"; "its" stays a possessive
    elsewhere ("its contents in Ukrainian")."""
    if not any(t.low == "its" for t in tokens):
        return tokens
    out: list[Token] = []
    for k, tok in enumerate(tokens):
        bare = tok.low == "its" and k + 1 < len(tokens) and find_language_token(tokens[k + 1]) \
            and (k + 2 == len(tokens) or not tokens[k + 2].is_word)
        if tok.low == "its" and (bare or k + 2 < len(tokens) and tokens[k + 1].low == "in" and find_language_token(tokens[k + 2])):
            # ("nvm its french, just type out ...")
            out.append(Token(tok.text[:2], tok.start, tok.start + 2, "it", "it"))
            out.append(Token(tok.text[2:], tok.start + 2, tok.end, "is", "is"))
        else:
            out.append(tok)
    return out


def tokens_before(tokens: list[Token], end: int, span: int) -> list[Token]:
    """The ``tokens`` (in order, as :func:`tokenize` gives them) that lie between ``end - span`` and ``end``: as
    tokenising that stretch of text, except that a word cut at its start is left out, not kept as a fragment."""
    return tokens[bisect_left(tokens, end - span, key=_start):bisect_right(tokens, end, key=_end)]


def _start(token: Token) -> int:
    return token.start


def _end(token: Token) -> int:
    return token.end


def _play_by_play(tokens: list[Token]) -> list[Token]:
    """"the commentator's play-by-play": one token read as "commentary" (the tokens split at hyphens)."""
    for k in range(len(tokens) - 5, -1, -1):
        if [t.low for t in tokens[k:k + 5]] == ["play", "-", "by", "-", "play"] \
                and all(tokens[m].end == tokens[m + 1].start for m in range(k, k + 4)):
            tokens[k:k + 5] = [Token(tokens[k].text + "-by-" + tokens[k + 4].text, tokens[k].start, tokens[k + 4].end,
                                     "commentary", stem("commentary"))]
    return tokens


_OBJECT_STARTS = frozenset({"the", "a", "an", "his", "her", "their", "its", "my", "your", "our", "this", "that",
                            "these", "those", "it", "them", "up", "off"})


ARROWS = frozenset({"→", "⇒", "⟶"})
DASHES = frozenset({"-", "–", "—"})  # a hyphen or a dash, as users type them
"""Arrow characters: "into" before a language (:func:`tokenize`), "then" between requests (the clause splitter)."""
VERSION_NOUNS = frozenset({"version", "rendition", "rendering", "edition"})
"""Nouns for a text in another language: "a German version", "the Spanish rendition of ..."."""


def ascii_arrow(tokens: list[Token], k: int) -> bool:
    """True when ``tokens[k]`` is the ">" of a typed arrow ("->", "=>"), written without a space."""
    return tokens[k].low == ">" and k > 0 and tokens[k - 1].low in ("-", "=") and tokens[k - 1].end == tokens[k].start


def _language_ends(tokens: list[Token], k: int, *, also: tuple[str, ...] = ()) -> bool:
    """A language right after ``k`` ends the phrase: "-> Finnish" (not "→ Danish translation of the transcript", the
    next step); "the act's narration as Hindi, and ..." (``also``: words that may follow it)."""
    if k + 1 >= len(tokens) or not find_language(tokens[k + 1].low):
        return False
    return k + 2 >= len(tokens) or not tokens[k + 2].is_word or tokens[k + 2].low in ("please", "pls", "plz", *also)


def _text_ends(tokens: list[Token], k: int) -> bool:
    """"fishing derby vid → text, then ...": text right after the arrow ends the phrase (the audio into text)."""
    return k + 1 < len(tokens) and tokens[k + 1].low in ("text", "txt", "words", "writing") \
        and (k + 2 >= len(tokens) or not tokens[k + 2].is_word or tokens[k + 2].low in POLITE_WORDS)


_SPOKEN_NOUNS = frozenset({"words", "narration", "commentary", "remarks", "instructions", "patter", "banter", "chatter",
                           "explanation", "speech", "announcements"})  # before "as <language>" (not "himself as")


def _verbs_not_languages(tokens: list[Token]) -> list[Token]:
    """"to polish the spoon": "polish" written small before its object is the verb, never the language ("double
    dutch" is a rope game); and
    an arrow ("announcement → Arabic", "words -> Finnish") reads "into", and "as" after what someone says ("the
    narration as Hindi") reads "in"."""
    for k in range(1, len(tokens) - 1):
        if tokens[k].low == ">" and tokens[k - 1].is_word and tokens[k + 1].is_word \
                and tokens[k - 1].end < tokens[k].start < tokens[k].end < tokens[k + 1].start \
                and (tokens[k + 1].low in _ARROW_VERBS or _language_ends(tokens, k)):
            # "Transcribe > answer: ... > translate ...", "clip > German": an arrow (not "cats > dogs", "> twenty")
            tokens[k] = Token(tokens[k].text, tokens[k].start, tokens[k].end, "→", "→")
    for k in range(len(tokens) - 2, 0, -1):
        if ascii_arrow(tokens, k) and (_language_ends(tokens, k) or _text_ends(tokens, k)):
            tokens[k - 1:k + 1] = [Token(tokens[k - 1].text + ">", tokens[k - 1].start, tokens[k].end, "into", "into")]
    tokens = [Token(t.text, t.start, t.end, "into", "into") if t.low in ARROWS and (_language_ends(tokens, k)
                                                                                or _text_ends(tokens, k))
              else Token(t.text, t.start, t.end, "in", "in") if t.low == "as" and k > 0
              and tokens[k - 1].low in _SOURCE_NOUNS | _SPOKEN_NOUNS and _language_ends(tokens, k, also=("and",))
              else t for k, t in enumerate(tokens)]
    for k in range(len(tokens) - 1):
        if tokens[k].text == "polish" and tokens[k + 1].low in _OBJECT_STARTS:
            tokens[k] = Token(tokens[k].text, tokens[k].start, tokens[k].end, "buff", stem("buff"))  # its sense
        rope = k + 2 if tokens[k + 1].low == "-" and k + 2 < len(tokens) else k + 1  # ("double-dutch")
        if tokens[k].low == "txt" and not (k and tokens[k - 1].low in _FORMAT_BEFORE and tokens[k - 1].text not in ARROWS
                                           and not tokens[k - 1].text.endswith(">")) and tokens[k + 1].low not in _FILE:
            # ("clip → txt plz": the arrow asks for text, not a format)
            tokens[k] = Token(tokens[k].text, tokens[k].start, tokens[k].end, "text", stem("text"))  # "txt of the clip"
        if tokens[k + 1].low in NAMED_THINGS.get(tokens[k].low, ()):  # "the dutch oven", "Greek yoghurt": a thing
            tokens[k] = Token(tokens[k].text, tokens[k].start, tokens[k].end, "named", "named")
        if tokens[k + 1].low == "stick" and tokens[k].is_word and tokens[k].low not in _STICK_LEADS \
                and (k + 2 == len(tokens) or tokens[k + 2].low not in _STICK_AFTER):  # "the charcoal stick clip": a thing
            tokens[k + 1] = Token(tokens[k + 1].text, tokens[k + 1].start, tokens[k + 1].end, "stick", "a stick")
        if tokens[k + 1].low in ("skit", "skits") and tokens[k].low in ("the", "this", "that"):  # "translate the skit"
            tokens[k + 1] = Token(tokens[k + 1].text, tokens[k + 1].start, tokens[k + 1].end, "skit", stem("clip"))
        if tokens[k].low in NAMED_AFTER.get(tokens[k + 1].low, ()):  # "the shoe polish ad": a thing
            tokens[k + 1] = Token(tokens[k + 1].text, tokens[k + 1].start, tokens[k + 1].end, "named", "named")
        if tokens[k].low == "double" and tokens[rope].low == "dutch" and not (k and tokens[k - 1].low in ("into", "to")):
            tokens[rope] = Token(tokens[rope].text, tokens[rope].start, tokens[rope].end, "rope", stem("rope"))
            # "the double dutch final": a rope game, not the language
    return tokens


_STICK_LEADS = frozenset({"to", "just", "only", "please", "pls", "plz", "and", "then", "i", "we", "you", "u", "should",
                          "must", "will", "would", "can", "could", "let's", "lets", "always", "strictly", "simply", "but",
                          "or", "so", "kindly", "do", "don't", "dont", "also", "still", "now"})
_STICK_AFTER = frozenset({"to", "with", "closely", "strictly", "only", "solely", "purely", "exclusively", "entirely", "just",
                          "firmly", "tightly"})
"""Around "stick" the verb of a hint ("just stick to the recording"); elsewhere after a word it is a thing ("the
charcoal stick clip", "a glue stick")."""
_ARROW_VERBS = _THEN_VERBS | {"sum", "describe", "identify", "list", "check", "name", "summary", "transcript"}
"""After a spaced ">" read as an arrow: the next request's verb (or a language that ends the phrase)."""
_FORMAT_BEFORE = frozenset({"as", "to", "into", "in", "a", "the", "plain"})
_FILE = frozenset({"file", "files", "format", "document", "doc"})
"""Around "txt" as a file format ("export the summary to txt", "as a txt file"), not texting for "text"."""


POLITE_WORDS = frozenset({"please", "pls", "plz", "thanks", "thx"})
"""Words that add politeness and nothing else at the end of a request ("Hungarian, please.")."""
IF_POSSIBLE = frozenset({"you", "u", "can", "could", "possible", "would", "don't", "dont", "mind", "able", "manage"})
"""Words of a courtesy after "if" ("Czech, if you can", ", if possible", "if you don't mind"): nothing asked."""
@lru_cache(maxsize=16384)
def keys_of(phrase: str) -> tuple[str, ...]:
    """The comparison keys of a phrase's tokens (how a phrase is matched against a clause); cached:
    every plan indexes the tasks' phrases again (see ``Vocabulary.build``)."""
    return tuple(t.key for t in tokenize(phrase))


# --- languages ------------------------------------------------------------------------------------

_TO_WORDS = {"into", "to", "in"}
HELD_IN = frozenset({"conducted", "recorded", "delivered", "held", "spoken", "given"})
"""Verbs before "in <language>" that name the speech's language in passing ("conducted in Polish")."""
_TEXT_OF = frozenset({"text", "wording"})
""""the Thai text of ...", "Indonesian wording of ...": the words wanted in that language."""
_TARGET_NOUNS = {"translation", "version", "text", "subtitles", "rendering", "equivalent"}
_SOURCE_NOUNS = {"audio", "speech", "recording", "clip", "summary", "transcript", "speaker",
                 "speakers", "conversation", "interview", "original", "file", "text", "story", "lecture",
                 "talk", "podcast", "call", "message", "voicemail", "meeting", "broadcast", "video",
                 "discussion", "dialogue", "presentation", "news", "song", "sermon", "announcement",
                 "commentary", "ad", "advert", "guide", "report", "show", "memo", "bulletin", "briefing",
                 "lesson", "tour", "debate", "monologue", "reading", "episode", "segment", "vlog", "stream",
                 "livestream", "address", "toast", "tutorial", "tape", "voicenote", "chat", "convo", "radio", "phone", "deposition", "hearing", "testimony", "demo", "demonstration", "class", "workshop", "session",
                 "course",
                 "messages", "recordings", "clips", "calls", "voicemails", "memos", "speeches",
                 "pitch", "spiel", "rant", "recitation", "prayer", "intro", "introduction", "welcome", "greeting",
                 "remarks", "exchange", "narration", "explanation", "instructions", "directions", "forecast"}


def _language_at(tokens: list[Token], i: int) -> str | None:
    return find_language_token(tokens[i])


def find_language_token(tok: Token) -> str | None:
    """The language code ``tok`` names ("German", "Deutsch"), else None."""
    if not tok.is_word or not tok.text[:1].isalpha():
        return None
    return find_language(tok.low) or misspelt_language(tok.low)


AFTER_ANSWER_LANGUAGE = frozenset({",", ".", "?", "!", "please", "pls", "plz", ")", ":", ";", "-", "–", "—"})


_TELL_LEADS = frozenset({("tell", "me"), ("advise", "me"), ("say", "it"), ("write", "down"), ("let", "me"), ("show", "me"),
                         ("give", "me"), ("telling", "me"), ("telling", "us"), ("tell", "us")})


def ends_in_language(words: list[Token]) -> str | None:
    """The language of "in German", "in Brazilian Portuguese" as the last of ``words`` (words only), else None."""
    at = len(words) - 2 - (len(words) >= 3 and words[-2].low in LANGUAGE_MODIFIERS)
    return find_language_token(words[-1]) if at >= 0 and words[at].low == "in" else None


def answer_language(tokens: list[Token]) -> tuple[int, str] | None:
    """A language set off from the request as the answer's: "What is said, in German?",
    "In Spanish, what ...?", "..., in French, please." Returns (index of "in", code).

    "Transcribe the audio, which is in Spanish" names the speech's language, not the answer's.
    """
    n = len(tokens)
    for i in range(1, n):
        code = find_language_token(tokens[i])
        at = i - 1 - (i >= 2 and tokens[i - 1].low in LANGUAGE_MODIFIERS)  # "in Simplified Chinese"
        if code is None or tokens[at].low != "in":
            continue
        set_off_before = at == 0 or tokens[at - 1].low in (",", ":", "(", "-", "–", "—", "...") or (
            at >= 2 and tokens[at - 1].low in ("but", "first") and tokens[at - 2].low in (",", ":")
            and (tokens[at - 1].low == "but" or not any(_WRITING.match(t.low) for t in tokens[:at])))
        # "..., but in Czech", "The guide's words: first in Dutch, then in Finnish" (not "Transcribe it, first in ...")
        told = at >= 2 and (tokens[at - 2].low, tokens[at - 1].low) in _TELL_LEADS
        if (told or at >= 1 and tokens[at - 1].low in ("say", "repeat")) and i + 1 < n \
                and tokens[i + 1].low in ("what", "wat", "wht", "whut", ","):
            return at, code  # "Tell me in Ukrainian what he said.", "Say in French what the marshal explains."
        set_off_after = i + 1 == n or tokens[i + 1].low in AFTER_ANSWER_LANGUAGE or (
            i + 2 < n and tokens[i + 1].low == "for" and tokens[i + 2].low in ("me", "us")) or (  # "in ukrainian for me pls"
            tokens[i + 1].low == "if" and all(not t.is_word or t.low in IF_POSSIBLE | POLITE_WORDS | {"it"}
                                              for t in tokens[i + 2:]))
        # ("..., in Finnish if you can manage it")
        if set_off_before and set_off_after:
            return at, code
    return None


LANGUAGE_MODIFIERS = frozenset({"simplified", "traditional", "mandarin", "brazilian", "european", "castilian",
                                "standard", "modern", "plain", "formal", "informal"})
"""Words between "in" and a language ("in Simplified Chinese", "in Brazilian Portuguese")."""


def target_language(tokens: list[Token]) -> str | None:
    """The language to translate into: "into German", "to French", "in Spanish", "a German translation".

    A language named as the source ("this English summary", "from French") is not a target.
    """
    langs = [(i, code) for i in range(len(tokens)) if (code := _language_at(tokens, i))]
    if not langs:
        return None
    for i, code in langs:
        if i > 0 and tokens[i - 1].low in ("into", "to") and not (i > 1 and tokens[i - 2].low in HELD_IN):
            return code  # "Translate the words in Russian into English": "into" before "in"
    for i, code in langs:
        if i > 0 and tokens[i - 1].low in _TO_WORDS and not (i > 1 and tokens[i - 2].low in HELD_IN):
            return code  # not "(held in Dutch)": the speech's language
    for i, code in langs:
        if i + 1 < len(tokens) and (tokens[i + 1].low in _TARGET_NOUNS - {"text"} or tokens[i + 1].low in _TEXT_OF
                                    and i + 2 < len(tokens) and tokens[i + 2].low == "of"):
            return code  # "a German translation", "the Thai text of the talk"
    for i, code in reversed(langs):
        source = (i > 0 and tokens[i - 1].low == "from") or (
            i + 1 < len(tokens) and tokens[i + 1].low in _SOURCE_NOUNS)
        if not source:
            return code
    return None


def source_language(tokens: list[Token]) -> str | None:
    """The language the speech is in: "the French audio", "which is in Spanish", "from German"."""
    for i in range(len(tokens)):
        code = _language_at(tokens, i)
        if code is None:
            continue
        before = tokens[i - 1].low if i > 0 else ""
        after = tokens[i + 1].low if i + 1 < len(tokens) else ""
        second = tokens[i + 2].low if i + 2 < len(tokens) and tokens[i + 1].is_word else ""
        if after in _TEXT_OF and second == "of":
            continue  # "Thai text of the keeper's talk": the text wanted, not the speech's language
        spoken = i > 1 and before in ONLY_ADVERBS and tokens[i - 2].low in ("speaks", "speaking")
        if after == "speaker" and _users_language(tokens, i):
            continue  # "Spanish speaker here: ...", "I'm a native Greek speaker": the user's language
        if before in ("in", "from", "speaks", "speaking") or spoken or after in _SOURCE_NOUNS or after in ("speaker", "speech"):
            return code  # ("Nonna speaks only Italian in this one — transcribe her.")
        if before == "as" and any(_WRITING.match(t.low) and not t.low.startswith("translat") for t in tokens[:i - 1]):
            return code  # "Transcribe it as Swedish (that's what's spoken)"
        if before == "original" and i > 1 and tokens[i - 2].low in ("its", "the", "their"):
            return code  # "verbatim, in its original Hindi"
        if second in _SOURCE_NOUNS - {"summary", "transcript", "text"}:
            return code  # "this Japanese phone conversation"
        if after == "-" and i + 2 < len(tokens) and tokens[i + 2].low in ("language", "speaking") \
                and not (before in ("my", "our") and i > 1 and tokens[i - 2].low == "for") \
                and not (i + 3 < len(tokens) and tokens[i + 3].low in _RENDERINGS):
            return code  # "this Hungarian-language news bulletin", "the Catalan-speaking coach"
        if before in ("the", "this", "that", "a"):
            for k in range(i + 1, min(len(tokens), i + 6)):  # "the Spanish sports commentary", "this Dutch garden
                if not tokens[k].is_word:                     # centre tannoy announcement"
                    break
                if tokens[k].low in _SOURCE_NOUNS - {"summary", "transcript", "text"}:
                    return code
    return None


def _users_language(tokens: list[Token], i: int) -> bool:
    """"Spanish speaker here: ...", "I'm a native Greek speaker": the language at ``i`` is the user's (a label first)."""
    before = [t.low for t in tokens[max(0, i - 3):i] if t.low != "native"]
    return i == 0 and i + 3 < len(tokens) and tokens[i + 2].low == "here" and tokens[i + 3].low in (":", ",", *DASHES) \
        or before[-2:] in (["i'm", "a"], ["im", "a"], ["am", "a"])


_RENDERINGS = VERSION_NOUNS | {"translation", "equivalent"}
ONLY_ADVERBS = frozenset({"only", "just", "entirely", "exclusively"})
"""Between a verb of speaking and the speech's language: "Nonna speaks only Italian" (not "mostly": mixed speech)."""


_MADE_TEXTS = frozenset({"summary", "answer", "answers", "transcript", "transcription", "translation", "recap", "synopsis"})
"""Texts the planner makes ("give the summary as German text" translates it), not what is said."""


def target_cue(body: list[Token]) -> int | None:
    """Where the clause names a language to translate into ("into German", "a French version")."""
    for i, tok in enumerate(body):
        if target_language([tok]) is None:
            continue
        before = body[i - 1].low if i else ""
        after = body[i + 1].low if i + 1 < len(body) else ""
        if i > 1 and before == "in" and body[i - 2].low in HELD_IN:
            continue  # "(held in Dutch)": the speech's language
        if before in ("in", "into", "to") or after in _RENDERINGS:
            return i
        if before == "as" and after in ("text", "writing") and not any(_WRITING.match(t.low) or t.low in _MADE_TEXTS
                                                                        for t in body[:i]):
            return i  # "Give the stamp collector's remarks as Arabic text." (not "Write it out as Swedish text")
        if after in _TEXT_OF and i + 2 < len(body) and body[i + 2].low == "of" and before in ("", "a", "the", "me", "and"):
            return i  # "Thai text of the reptile keeper's talk"
        if after == "-" and i + 3 < len(body) and body[i + 2].low == "language" and body[i + 3].low in _RENDERINGS:
            return i  # "an English-language rendition of the interview"
    return None


def sentence_case(text: str) -> str:
    """``text`` stripped, with its first letter upper-cased."""
    text = text.strip()
    return text[:1].upper() + text[1:] if text else text
