"""More ways to ask for the spoken words, beside :mod:`~wavllm_agent.planning.said`: something said, then "what?"
("the attendant announces something — what, in Danish?"), "What's he on about?", a closing ", like word 4 word"."""

from __future__ import annotations

from wavllm_agent.planning.answer_hint import SAY_KEYS
from wavllm_agent.planning.cues import lead_end, request_start
from wavllm_agent.planning.lexicon import ACTION_KEYS, AUDIO_KEYS, AUX, WH
from wavllm_agent.planning.speaker_vocab import CONVERSATIONS
from wavllm_agent.planning.text import DASHES, Token, find_language_token, stem, target_cue
from wavllm_agent.planning.verbatim import HEDGES, VERBATIM

WHAT = frozenset({"what", "wat", "wht", "whut", "what'd", "whatd", "what's", "whats", "wats", "whatever"})
""""What" as users write it."""
TELL_KEYS = frozenset(stem(w) for w in ("tell", "tells", "telling", "told"))
LISTENED_KEYS = TELL_KEYS | {stem(w) for w in ("ask", "asks", "asking", "asked")}
"""Saying verbs followed by whom they are said to ("tells the players", "asks the rider")."""


def on_about(tokens: list[Token], j: int) -> bool:
    """"What's he on about?": "on about", said of someone, is talking about."""
    return 1 < j < len(tokens) - 1 and tokens[j].low == "on" and tokens[j + 1].low == "about" \
        and (any(t.low in ("is", "are", "was", "were") for t in tokens[max(0, j - 6):j - 1]) or tokens[j - 1].low in _BEING
             or tokens[j - 1].low == "going" and tokens[j - 2].low in ("keeps", "kept", "keep"))  # "keeps going on about"


_BEING = frozenset({"she's", "he's", "they're", "she’s", "he’s", "they’re", "shes", "hes", "theyre"})
"""A person and "is"/"are" in one token: "what they're on about"."""


_SET_OFF = frozenset({"-", "–", "—", ",", ";", ":", "."})


def what_of_something(before: list[Token], body: list[Token]) -> bool:
    """"The guard says something. What, in Greek?": the clause asks what was said in the clause ``before`` it."""
    return bool(before) and bool(body) and body[0].low in WHAT and something_said([*before, *body])


def something_said(tokens: list[Token]) -> bool:
    """"the attendant announces something — what, in Danish?": something said, then "what" set off after it, with
    nothing but a language after that."""
    k = next((k for k in range(len(tokens) - 3, 1, -1) if tokens[k].low == "something" and (
        tokens[k - 1].key in SAY_KEYS or tokens[k - 1].key in TELL_KEYS)), None)
    if k is None:
        return False
    mark = next((m for m in range(k + 1, min(len(tokens) - 1, k + 7)) if not tokens[m].is_word), None)
    if mark is None or tokens[mark].low not in _SET_OFF or tokens[mark + 1].low not in WHAT:
        return False  # ("... says something at the end - what?": a few words may say when)
    rest = [t for t in tokens[mark + 2:] if t.is_word]
    if [t.low for t in rest[:2]] in (["is", "it"], ["was", "it"]):
        rest = rest[2:]  # "... shouts something near the end. What is it, in Greek?"
    return not rest or (len(rest) == 2 and rest[0].low == "in" and find_language_token(rest[1]) is not None) \
        or (len(rest) == 1 and find_language_token(rest[0]) is not None)


def verbatim_lead(tokens: list[Token]) -> int:
    """"word for word what's said", "verbatim what she says": where the words asked for begin after a leading "word for
    word" (how to render them), else 0."""
    lows = tuple(t.low for t in tokens[:5] if t.low != "-")  # ("word-for-word")
    lead = next((len(v) for v in (*VERBATIM, ("exactly",)) if lows[:len(v)] == v), 0)
    lead += 2 * (lead == 3 and len(tokens) > 4 and tokens[1].low == "-")
    return lead if lead and lead < len(tokens) and tokens[lead].low in WHAT else 0


def closing_language(tail: list[Token]) -> int | None:
    """"about the laptop stand height in chinese?": where "in" and a language close a thing named after "the" (up to
    four words, no verb form: not "about the book being published in French"), the words asked in that language."""
    words = [m for m, t in enumerate(tail) if t.is_word and t.low not in HEDGES]
    named = [tail[m].low for m in words[2:-2]]
    return words[-2] if 5 <= len(words) <= 8 and tail[words[1]].low == "the" and tail[words[-2]].low == "in" \
        and find_language_token(tail[words[-1]]) and not any(
            w.endswith(("ing", "ed")) or w in ("written", "spoken", "who", "that", "which") for w in named) else None


_BACK = frozenset({"that", "it", "this", "they", "those"})


def that_in_language(label: list[Token], body: list[Token]) -> str | None:
    """"Bumper-car operator's announcement — what would that be in Romanian?", "Garden sieve instructions: what are
    they, in Czech?": what someone says, named in the label
    before the clause (``label``), asked for in a language; the language's code, else None."""
    colon = next((k for k in range(1, min(len(body), 8)) if body[k].low == ":"), None) if not label else None
    if colon is not None and all(t.is_word for t in body[:colon]):
        label, body = body[:colon], body[colon + 1:]  # "Garden sieve instructions: what are they, in Czech?"
    words = [t for t in label if t.is_word]
    named = any(t.key in AUDIO_KEYS or t.low.endswith(("'s", "’s")) for t in words) \
        or bool(words) and words[-1].low in SAID_NOUNS  # ("The bread tin instructions — what are they, in French?")
    lows = [t for t in body if t.is_word]
    if not named or not 1 <= len(words) <= 7 or not 4 <= len(lows) <= 8 or lows[0].low not in WHAT \
            or lows[-2].low != "in" or not any(t.low in _BACK for t in lows[1:4]):
        return None
    return find_language_token(lows[-1])


_RENDERED_VERBS = frozenset({"read", "sound", "look", "go", "come"})
_WOULD = frozenset({"would", "does", "do", "will", "could", "might"})


def how_it_reads_in(tokens: list[Token]) -> bool:
    """"How would the seal keeper's talk read in Dutch?", "how does the announcement sound in Greek?", "Foray leader's
    closing remarks as they would read in French.": what is said, in another language (a verb of rendering, then "in"
    and a language at the end)."""
    words = [t for t in tokens if t.is_word]
    if len(words) >= 6 and words[0].low == "in" and find_language_token(words[1]) and words[2].low == "how" \
            and tokens[2].low == ",":
        words = words[2:] + words[:2]  # "In Finnish, how does the launch countdown go?"
    out = len(words) >= 6 and words[-3].low == "out" and words[-4].low == "come"  # "Could the gin maker's explanation
    if len(words) < 5 or words[-2].low != "in" or find_language_token(words[-1]) is None \
            or words[-3].low not in _RENDERED_VERBS and not out:  # come out in Hungarian?"
        return False
    if words[0].low == "how" and words[1].low in _WOULD:
        subject = words[2:-3]
    elif out and words[0].low in ("could", "can", "would") and words[1].low in ("the", "his", "her", "their"):
        subject = words[1:-4]
    elif len(words) >= 7 and words[-4].low in _WOULD and words[-6].low == "as" and words[-5].low in _AS_THEY \
            and words[-7].low in _SPOKEN_THINGS and not any(t.low in ("of", "in", "the") for t in words[1:-7]) \
            and words[0].key not in ACTION_KEYS and words[0].low not in AUX:
        subject = words[:-6]  # "Foray leader's closing remarks as they would read in French." (not "the title of the
        # talk as it would read in French", a thing named)
    else:
        return False
    return bool(subject) and len(subject) <= 8 and (any(t.key in AUDIO_KEYS for t in subject) or any(
        t.low in _SPOKEN_THINGS for t in subject) or subject[-1].low in _SPOKEN_HEADS and _named_one(subject))


def _named_one(subject: list[Token]) -> bool:
    """"the frying basket warning", "her reminder", "the host's greeting": one said in the recording (not "a polite
    reminder", "my greeting card")."""
    return subject[0].low in ("the", "his", "her", "their") or subject[0].low.endswith(("'s", "’s"))


_AS_THEY = frozenset({"they", "it", "he", "she"})


_SPOKEN_THINGS = frozenset({"it", "that", "this", "talk", "words", "announcement", "message", "speech", "conversation",
                            "chat", "exchange", "dialogue", "briefing", "commentary", "instructions", "explanation",
                            "remarks", "story", "call", "patter", "spiel", "pitch", "shouts", "banter", "lines", "rules",
                            "warnings", "advice", "directions", "orders", "countdown", "chant", "cheer", "song", "rhyme"})
_SPOKEN_HEADS = frozenset({"warning", "reminder", "greeting", "welcome", "toast", "tips", "lecture", "plea"})
"""Things said that count only as the last word after "the" or an owner ("How would the frying basket warning read in
Polish?")."""


_READING = frozenset({"read", "speak", "understand", "know"})
_NEEDED = frozenset({"need", "want", "read", "speak", "understand"})


def needed_language(tokens: list[Token], i: int) -> tuple[int, str] | None:
    """"Spanish is the language I need: what ...", "I read only Vietnamese — what did ...?": the user names the one
    language they read before asking what is said. Returns (index after the colon or dash, code)."""
    mark = next((k for k in range(i, min(len(tokens) - 1, i + 10)) if tokens[k].low in (":", "—", "–", "-", ",", ";")),
                None)
    if mark is None:
        return None
    words = [t for t in tokens[i:mark] if t.is_word and t.low not in ("only", "just")]
    lows = [t.low for t in words]
    if not (tokens[mark + 1].low in WHAT or tokens[mark + 1].low in WH or (
            lows[1:3] == ["is", "what"] and tokens[mark + 1].low in ("the", "this", "her", "his", "their", "everything"))):
        return None  # ("Persian is what I need: the baker's explanation.")
    if len(words) >= 5 and (lows[1:4] == ["is", "the", "language"] or lows[1:3] == ["is", "what"] and len(words) == 5) \
            and lows[-1] in _NEEDED and tokens[mark].low not in ",;":
        code = find_language_token(words[0])  # "Spanish is the language I need:", "Persian is what I want:"
    elif len(words) == 3 and lows[0] == "i" and lows[1] in _READING:
        code = find_language_token(words[2])  # "I read only Vietnamese —", "I only read French; what's ...?"
    else:
        return None
    return (mark + 1, code) if code is not None else None


def reader_lead_end(tokens: list[Token]) -> int:
    """Index after "I read Japanese best, so" before the language asked for ("... so in Japanese."), else 0."""
    lows = [t.low for t in tokens]
    k = 1 + (len(lows) > 1 and lows[1] in ("only", "just", "mostly"))
    if len(lows) < k + 5 or lows[0] != "i" or lows[k] not in _READING or find_language_token(tokens[k + 1]) is None:
        return 0
    k += 2 + (lows[k + 2] in ("best", "only", "well", "fluently", "mostly"))
    k += k < len(lows) and lows[k] == ","
    if k + 1 >= len(lows) or lows[k] != "so":
        return 0
    rest = k + 1 + (lows[k + 1] == "in")
    return k + 1 if rest < len(tokens) and find_language_token(tokens[rest]) is not None else 0


BARE_LISTENERS = frozenset({"people", "folk", "children", "anyone"})
"""Listeners named without a determiner nor a plural "s": "What does the stallholder tell people?"."""
SUBJECT_OPENERS = frozenset({"the", "this", "that", "his", "her", "their", "our", "my"})
"""First words of someone named as the subject ("What the starter announces")."""
SAYS = frozenset({"says", "said", "announces", "announced", "shouts", "shouted", "yells", "yelled", "tells", "told",
                  "explains", "explained", "calls", "called", "declares", "declared", "whispers", "whispered"})
"""Verbs that end "What the starter announces: Japanese." (what someone says, then the language wanted)."""
_OWNERS = frozenset({"the", "this", "that", "these", "those", "his", "her", "their", "its"})
_LANGUAGE_MARKS = DASHES | {","}


_TALK_NOUNS = CONVERSATIONS | {f"{noun}s" for noun in CONVERSATIONS} | {"advert", "ad", "advertisement", "commercial", "jingle"}


def named_then_language(tokens: list[Token], nouns: frozenset[str]) -> bool:
    """"The conversation at the tree farm checkout — Dutch, please.", "The recording, Dutch please.": the audio or what
    someone says (one of ``nouns``), named without a verb, then a language alone after a dash or comma."""
    words = [k for k, t in enumerate(tokens) if t.is_word and t.low not in ("please", "pls", "plz")]
    if len(words) < 3 or any(not t.is_word and t.low not in ".!," for t in tokens[words[-1] + 1:]):
        return False
    last = words[-1] - (tokens[words[-1]].low in ("wording", "version") and find_language_token(tokens[words[-1] - 1]) is not None)
    # ("The sun visor announcement, Finnish wording please.")
    if tokens[last - 1].low not in _LANGUAGE_MARKS or find_language_token(tokens[last]) is None or last > 16 \
            or any(not t.is_word and t.low != "-" for t in tokens[:last - 1]):
        return False
    given = any(tokens[m].low in nouns | _TALK_NOUNS and tokens[m + 1].low in ("from", "by") and all(
        t.is_word or t.low == "-" for t in tokens[:m]) for m in range(min(5, len(tokens) - 1)))  # "Breakfalls explanation from the master —"
    explained = _as_someone_explains(tokens[:last - 1])
    if explained is not None:
        return not any(t.key in ACTION_KEYS for t in tokens[:explained])  # "Cutoff times as the director explains
        # them — Arabic, please."
    if tokens[0].low not in _OWNERS and not tokens[0].low.endswith(("'s", "s'", "’s")) and not given:
        return False
    nouns = nouns | _TALK_NOUNS  # ("the conversation at the tree farm checkout", "The exchanges at the checkout")
    noun = next((m for m in range(min(last - 1, 6)) if tokens[m].key in AUDIO_KEYS or tokens[m].low in nouns), None)
    return noun is not None and not any(t.key in ACTION_KEYS for t in tokens[:noun])


_EXPLAINS = frozenset({"explains", "explained", "describes", "described", "gives", "gave", "lists", "listed", "says",
                       "said", "puts", "put", "reads", "read", "announces", "announced", "outlines", "outlined"})


def _as_someone_explains(tokens: list[Token]) -> int | None:
    """"Cutoff times as the race director explains them": where "as" starts, after what is named (words only) and
    before someone and a verb that says it, else None."""
    at = next((m for m in range(1, min(len(tokens), 6)) if tokens[m].low == "as"), None)
    if at is None or not all(t.is_word for t in tokens[:at]) or any(t.low in WH or t.low in AUX for t in tokens[:at]):
        return None
    verb = next((m for m in range(at + 2, min(len(tokens), at + 6)) if tokens[m].low in _EXPLAINS), None)
    rest = [t.low for t in tokens[verb + 1:]] if verb is not None else ["?"]
    return at if verb is not None and all(t.is_word for t in tokens[at:verb]) \
        and all(w in ("them", "it", "out", "aloud", "here") for w in rest) else None


_READ_OUT = frozenset({"read", "reads", "announced", "announces", "recited", "recites", "called", "calls", "spoken"})


def read_out_in_language(tokens: list[Token], nouns: frozenset[str]) -> bool:
    """"The safety rules read out in the clip, in Korean.", "Welly wanging rules as the organiser reads them out, in
    Romanian": what someone says (one of ``nouns``, or anything "as read out"), named with the verb that gives it,
    then, set off by a comma or a dash, "in" and a language."""
    tokens = tokens[request_start(tokens, lead_end(tokens)):]  # ("Can I get the recipe as spoken, but in French?")
    words = [t for t in tokens if t.is_word and t.low not in ("please", "pls", "plz")]
    if not 5 <= len(words) <= 16 or words[-2].low != "in" or find_language_token(words[-1]) is None:
        return False
    at = next(k for k in range(len(tokens)) if tokens[k] is words[-2])
    at -= at > 1 and tokens[at - 1].low == "but" and tokens[at - 2].low in _LANGUAGE_MARKS  # ("..., but in French")
    if at == 0 or tokens[at - 1].low not in _LANGUAGE_MARKS:
        return False  # set off: not "The announcement read out by the driver in Polish" (the speech's language)
    noun = next((k for k in range(min(len(words) - 2, 5)) if words[k].low in nouns), None)
    if noun is None:  # "The gooseberry show results as read out, in Japanese": what was read out, whatever it is
        noun = next((k - 2 for k in range(2, min(len(words) - 2, 7)) if words[k - 1].low == "as"
                     and words[k].low in _READ_OUT), None)
    if noun is None or words[0].key in ACTION_KEYS or any(w.low in WH or w.low in AUX for w in words[:noun + 1]):
        # (a request's verb first; "show" inside "The gooseberry show results" names the event)
        return False
    verb = next((k for k in range(noun + 1, min(len(words) - 2, noun + 5)) if words[k].low in _READ_OUT or (
        words[k].low in _EXPLAINS and words[noun + 1].low in ("the", "his", "her", "their"))), None)
    # ("The instructions the chef gives for the lunch box, in Catalan.")
    return verb is not None and (words[verb].low not in ("read", "reads")
                                 or any(w.low in ("out", "aloud") for w in words[verb + 1:verb + 3]))


def yes_no(tokens: list[Token]) -> bool:
    """"Is the briefing in Ukrainian?", "Did they give the briefing in German?": a yes/no question (not "Can you do the
    briefing in Ukrainian?", a request)."""
    second = tokens[1].low if len(tokens) > 1 else ""
    return tokens[0].low in AUX and not (tokens[0].low in ("can", "could", "would", "will") and second in ("you", "u")) \
        and not (tokens[0].low == "do" and second in ("the", "this", "that", "it", "their", "his", "her", "my", "our"))
    # "Do the banter in Polish."


_EXPLETIVES = (("the", "hell"), ("the", "heck"), ("on", "earth"), ("in", "the", "world"))


def expletive_at(tokens: list[Token], k: int) -> bool:
    """Token ``k`` is part of "the hell" / "on earth" right after a question word ("what the hell is he saying")."""
    for phrase in _EXPLETIVES:
        for offset in range(len(phrase)):
            start = k - offset
            if start >= 1 and tokens[start - 1].low in WH | WHAT \
                    and tuple(t.low for t in tokens[start:start + len(phrase)]) == phrase:
                return True
    return False


def plural_possessives(tokens: list[Token]) -> list[Token]:
    """"the singers' words": the apostrophe the tokenizer keeps apart (it may open a quotation) joined to its plural,
    so that "singers'" reads as an owner, like "singer's". Only right before a word, after a space."""
    out: list[Token] = []
    for k, tok in enumerate(tokens):
        if tok.low == "'" and out and out[-1].is_word and out[-1].low.endswith("s") and out[-1].end == tok.start \
                and k + 1 < len(tokens) and tokens[k + 1].is_word and tokens[k + 1].start > tok.end:
            last = out.pop()
            out.append(Token(last.text + tok.text, last.start, tok.end, last.low + "'", last.key + "'"))
        else:
            out.append(tok)
    return out


def hyphen_joins(tokens: list[Token], k: int) -> bool:
    """A hyphen right after word ``k`` and right before the next word: "steel-drum" is one word."""
    return k + 2 < len(tokens) and tokens[k + 1].low == "-" and tokens[k + 1].start == tokens[k].end \
        and tokens[k + 2].start == tokens[k + 1].end and tokens[k + 2].is_word


def words_as_said(tokens: list[Token], i: int) -> list[Token]:
    """``tokens`` with "what words" at ``i`` read as "what": "What words are spoken in the clip, in Finnish?" as
    what is spoken, "What words does the judge use, in Czech?" as what the judge says ("use" becomes "say", when
    only a language follows it); other clauses as they are."""
    if i + 3 >= len(tokens) or tokens[i + 1].low != "words":
        return tokens
    if tokens[i + 2].low in ("are", "were", "get", "got") and tokens[i + 3].key in SAY_KEYS:
        return tokens[:i + 1] + tokens[i + 2:]
    if tokens[i + 2].low not in ("does", "do", "did"):
        return tokens
    used = next((k for k in range(i + 4, min(len(tokens), i + 8)) if tokens[k].low == "use"), None)
    if used is None:
        return tokens[:i + 1] + tokens[i + 2:]  # "What words does the judge say, in Czech?"
    tail = used + 1
    if tail < len(tokens) and tokens[tail].low in ("about", "regarding", "describing"):
        tail = next((k for k in range(tail + 1, min(len(tokens), tail + 7)) if not tokens[k].is_word
                     or tokens[k].low == "in" and k + 1 < len(tokens) and find_language_token(tokens[k + 1])), len(tokens))
        # ("What words does the tailor use about the pin cushion? In Japanese.": what he says about it)
    if tokens[used - 1].low in ("keep", "always", "often", "mostly", "usually") or not all(
            not t.is_word or t.low in ("in", "into", "please") or find_language_token(t) for t in tokens[tail:]):
        return tokens  # "What words does he keep using?", "... use that sound French?": which words, a question
    said = Token(tokens[used].text, tokens[used].start, tokens[used].end, "say", "say")
    return [*tokens[:i + 1], *tokens[i + 2:used], said, *tokens[used + 1:]]  # ("... say about the pin cushion")


def everything_as_what(tokens: list[Token], i: int) -> list[Token]:
    """``tokens`` with "everything" at ``i`` before a subject read as "what" ("everything the diving coach tells her":
    what she tells her), before "said" or "spoken" as "what is"; "every word the narrator says", "all (the) words he says"
    likewise; other clauses as they are."""
    lows = [t.low for t in tokens[i:i + 3]]
    words = 2 if lows[:2] in (["every", "word"], ["all", "words"]) else 3 if lows == ["all", "the", "words"] else 0
    if words and i + words < len(tokens) and (tokens[i + words].low in ("the", "he", "she", "they") and lows[0] == "every"
                                              or tokens[i + words].low in ("he", "she", "they") and i + words + 1 < len(tokens)
                                              and tokens[i + words + 1].key in SAY_KEYS  # "write all words he say"
                                              or tokens[i + words].low == "the" and tokens[i + words + 2:i + words + 3]
                                              and tokens[i + words + 2].key in SAY_KEYS):  # "all the words the seller says"
        return [*tokens[:i], Token(tokens[i].text, tokens[i].start, tokens[i + words - 1].end, "what", "what"), *tokens[i + words:]]
    if tokens[i].low != "everything" or i + 1 >= len(tokens):
        return tokens
    relative = 1 + (tokens[i + 1].low in ("that", "which")) if tokens[i + 1].low in ("that's", "thats", "that", "which") else 0
    if relative and i + relative + 1 < len(tokens) and tokens[i + relative].low in ("that's", "thats", "is", "was", "gets", "got") \
            and tokens[i + relative + 1].low in _SAID_FORMS:  # "everything that's said in this clip": what is said
        what, is_ = (Token(tokens[i].text, tokens[i].start, tokens[i].end, w, w) for w in ("what", "is"))
        return [*tokens[:i], what, is_, *tokens[i + relative + 1:]]
    if tokens[i + 1].low in _SAID_FORMS:  # "everything spoken at the jubilee": what is spoken there
        what, is_ = (Token(tokens[i].text, tokens[i].start, tokens[i].end, w, w) for w in ("what", "is"))
        return [*tokens[:i], what, is_, *tokens[i + 1:]]
    if tokens[i + 1].low not in ("the", "he", "she", "they"):
        return tokens
    return [*tokens[:i], Token(tokens[i].text, tokens[i].start, tokens[i].end, "what", "what"), *tokens[i + 1:]]


_SAID_FORMS = frozenset({"said", "spoken", "uttered", "announced", "stated"})


_WRITING = frozenset({"write", "type", "jot", "note", "transcribe"})


def written_down(tokens: list[Token]) -> bool:
    """"Please write for me what he say": the words asked for in writing, a transcript a later language
    ("and make it in Ukrainian after") translates, not a question whose answer takes that language. The request may
    follow a remark and ", can you" ("I am not understand this man, can you write what he say").
    """
    start = request_start(tokens, lead_end(tokens))
    asked = next((k + 1 for k in range(start, min(len(tokens) - 1, start + 14)) if tokens[k].low == ","
                  and tokens[k + 1].low in ("can", "could", "would")), None)
    starts = (start,) if asked is None else (start, request_start(tokens, asked))
    return any(t.low in _WRITING for s in starts for t in tokens[s:s + 2])


SAID_NOUNS = frozenset({"words", "word", "answers", "replies", "responses", "answer", "reply", "response", "monologue", "narration", "cues", "explanation", "remarks", "comments", "voiceover",
                         "commentary", "announcement", "announcements", "message", "speech", "greeting", "briefing",
                         "instructions", "commands", "directions", "warnings", "verdict", "talk", "lecture", "spiel",
                         "lyrics", "patter", "banter", "pitch", "chant", "toast", "story", "joke", "jokes", "song",
                         "complaint", "complaints", "plea", "apology", "excuse", "excuses", "argument", "arguments",
                         "orders", "promise", "promises", "advice", "lines", "warning", "rules", "report", "contents",
                         "content", "shouts", "calls", "cries", "yells", "chants", "ruling", "rulings", "introduction",
                         "intro", "welcome", "feedback", "tips", "pointers", "points", "sentences", "account", "wording"})
"""What someone says, after their name ("the cheesemaker's explanation, in Vietnamese"); but for "words",
only with a language asked for (not "Use only the estate agent's explanation")."""
CHATTER = frozenset({"banter", "patter", "chatter", "gossip", "chit-chat", "chitchat", "report", "instructions", "lyrics",
                     "briefing"})
"""Talk named with no speaker before it: "Jug band banter in Polish" is the words, translated."""
WORDS_OWNERS = frozenset({"the", "their", "his", "her", "its", "all", "exact", "actual", "spoken"})


def transcript_translated(tokens: list[Token], *, asked: bool = False) -> bool:
    """"a transcript translated into Hungarian": the transcript's text translated, not the speech in that language.
    ``asked``: the transcript asked for as a thing to have ("and also the transcript translated into Czech"), not a
    command to translate it ("have the transcript translated", "Summarise the transcript translated into French")."""
    if asked:
        noun = next((k for k, t in enumerate(tokens) if t.low in ("transcript", "transcription")), 0)
        if not all(not t.is_word or t.low in _HAVING for t in tokens[:max(0, noun - 1)]):
            return False
    at = target_cue(tokens)
    return at is not None and at >= 2 and tokens[at - 1].low in ("into", "to") and tokens[at - 2].low == "translated" \
        and any(t.low in ("transcript", "transcription") for t in tokens[:at - 2])


_HAVING = frozenset({"give", "me", "us", "also", "and", "then", "plus", "i", "i'd", "id", "want", "need", "would",
                     "like", "please", "pls", "send", "provide", "show", "finally", "lastly", "next", "now"})
"""The only words before "the transcript translated into ..." when the transcript is asked for."""


def on_the_audio_in_language(tokens: list[Token]) -> bool:
    """"What's on this geocaching voice note, in Ukrainian?": what the recording holds, asked for in a language."""
    words = [t for t in tokens if t.is_word]
    if len(words) < 6 or words[0].low not in WHAT or words[1].low != "is" or words[2].low != "on" \
            or words[-2].low != "in" or not find_language_token(words[-1]):
        return False
    audio = len(words) - 3 - (words[-3].low in ("note", "notes"))  # "this geocaching voice note"
    return words[3].low in ("this", "the", "that", "my") and words[audio].key in AUDIO_KEYS and len(words) <= 10 \
        and all(t.low not in ("in", "on", "of", "at") and not find_language_token(t) and t.key not in ACTION_KEYS
                for t in words[4:audio])  # (not "What's on the menu in this recording, in French?")


def reads_out(tokens: list[Token], j: int) -> bool:
    """"what the clerk reads out", "what does the auctioneer call out", "What did the archivist read aloud?",
    "What the technician reports": reading or calling aloud, or reporting, is saying."""
    if tokens[j].low in ("reports", "reported", "report") and j > 0 and tokens[j - 1].is_word:
        return True
    calling = tokens[j].low in ("call", "calls", "calling", "called") and [t.low for t in tokens[j + 1:j + 4]] in (
        ["to", "each", "other"], ["to", "one", "another"])  # "What are the players calling to each other?"
    return calling or tokens[j].low in ("read", "reads", "reading", "call", "calls", "calling", "called") \
        and j + 1 < len(tokens) and tokens[j + 1].low in ("out", "aloud")


_DESCRIBING = frozenset({"describes", "described", "explains", "explained", "recounts", "recounted", "narrates",
                         "narrated", "words", "phrases"})
_SUBJECT_WORDS = frozenset({"the", "his", "her", "their", "our", "this", "that"})


def how_someone_describes(tokens: list[Token], i: int, *, languaged: bool = False) -> bool:
    """"How the commentator describes the final basket, in Czech.", "How she describes lacing the stays — I need it in
    Swedish.", "How to take a noon sight, as the instructor explains it — in Dutch.": how someone puts something (a noun
    phrase, no question's "does"), asked for in a language (``languaged``: in a clause after it) - the words said
    about it."""
    if tokens[i].low != "how" or i + 2 >= len(tokens):
        return False
    if tokens[i + 1].low == "to":  # ("how to ..., as the instructor explains it")
        comma = next((k for k in range(i + 2, min(len(tokens) - 2, i + 10)) if not tokens[k].is_word), None)
        verb = next((k for k in range(comma + 2, min(len(tokens), comma + 7)) if tokens[k].low in _DESCRIBING), None) \
            if comma is not None and tokens[comma].low == "," and tokens[comma + 1].low == "as" else None
        joined = verb is not None and all(t.is_word for t in tokens[comma + 1:verb])
    elif tokens[i + 1].low in _SUBJECT_WORDS | _SUBJECT_PRONOUNS:
        verb = next((k for k in range(i + 2, min(len(tokens), i + 7)) if tokens[k].low in _DESCRIBING or (
            tokens[k].low in ("puts", "put") and tokens[k + 1:k + 2] and tokens[k + 1].low == "it")), None)  # "puts it"
        joined = verb is not None and all(t.is_word for t in tokens[i:verb])
    else:
        return False
    words = [k for k in range(len(tokens)) if tokens[k].is_word and tokens[k].low not in ("please", "pls", "plz")]
    last = words[-1] if words else 0
    set_off = last >= 2 and (tokens[last - 1].low in DASHES | {","} or tokens[last - 1].low in ("in", "into")
                             and tokens[last - 2].low in DASHES | {",", ":"} or tokens[last - 1].low == ":"
                             and tokens[last - 2].low not in LABEL_NOUNS)  # ", in Czech", "— Czech", ": Swedish"
    # (not "the French quarter", "the lesson topic: Spanish")
    if languaged and verb is not None and joined and not any(t.low == "?" for t in tokens):
        return True  # "How she describes lacing the stays — I need it in Swedish." (the language in the next clause)
    if verb is None or not (last > verb and set_off and joined and find_language_token(tokens[last]) is not None):
        return False
    return not any(t.low in DASHES or t.low == "?" for t in tokens[verb + 1:max(verb + 1, last - 2)])
    # (not "How she describes the flat — I want to know if she likes it, in Spanish.")


_SUBJECT_PRONOUNS = frozenset({"she", "he", "they"})


LABEL_NOUNS = frozenset({"topic", "subject", "lesson", "class", "language", "accent", "dish", "cuisine", "grammar",
                         "answer", "options", "theme", "course", "title"})
"""Before a colon and a language, a label the language fills in ("the lesson topic: Spanish"), not the words wanted
in it ("How the pilot explains the delay: Swedish.")."""
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "his", "her", "their"})
_JOINING = frozenset({"in", "on", "at", "of", "from", "with", "by", "to", "near", "behind", "for", "and", "is", "'s",
                      "was", "are", "were", "does", "did", "do", "about", "regarding", "under", "over"})


def relative_clause(subject: list[Token]) -> bool:
    """"the password the spy": a noun, then a second subject with nothing joining them (not "the woman in the
    red coat", "the man and the woman")."""
    dets = [k for k, t in enumerate(subject) if t.low in _DETERMINERS]
    return any(k > 0 and subject[k - 1].is_word and subject[k - 1].low not in _JOINING | _DETERMINERS
               for k in dets[1:])
