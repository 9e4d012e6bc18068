"""Asking for the spoken words: "What is said in this recording?", "What does the man say, in French?",
"Their words, in Korean, please." - a transcript, or the speech translated when a language is asked for.

Like :mod:`~wavllm_agent.planning.cues`, every function takes the clause's tokens and scans them once.
"""

from __future__ import annotations

from wavllm_agent.planning.answer_hint import SAY_KEYS
from wavllm_agent.planning.bare_asks import talk_in_language, the_audio_alone, whole_in_language
from wavllm_agent.planning.chat_named import chat_named
from wavllm_agent.planning.cues import ACTION_KEYS, AUDIO_KEYS, AUX, WH, lead_end, request_start
from wavllm_agent.planning.language_for import all_said, the_language_for
from wavllm_agent.planning.owned_words import (
    AS_SPOKEN,
    THEIR,
    named_by,
    persons_part,
    possessed,
    pronoun_owns,
    said_modifier,
    spoken_part,
)
from wavllm_agent.planning.people import hyphened_owner, one_person
from wavllm_agent.planning.questions import hint_prefix_end
from wavllm_agent.planning.said_forms import (
    BARE_LISTENERS,
    LISTENED_KEYS,
    SAID_NOUNS,
    SAYS,
    SUBJECT_OPENERS,
    closing_language,
    everything_as_what,
    expletive_at,
    how_it_reads_in,
    how_someone_describes,
    hyphen_joins,
    named_then_language,
    needed_language,
    on_about,
    on_the_audio_in_language,
    plural_possessives,
    read_out_in_language,
    reads_out,
    relative_clause,
    something_said,
    verbatim_lead,
    words_as_said,
    yes_no,
)
from wavllm_agent.planning.said_forms import CHATTER as _CHATTER
from wavllm_agent.planning.said_forms import TELL_KEYS as _TELL_KEYS
from wavllm_agent.planning.said_forms import WHAT as _WHAT
from wavllm_agent.planning.said_forms import WORDS_OWNERS as _WORDS_OWNERS
from wavllm_agent.planning.said_setting import SETTING_DETERMINERS, setting_words
from wavllm_agent.planning.said_setting import TOPIC_WORDS as _TOPIC_WORDS
from wavllm_agent.planning.sounding import MOOD_WORDS
from wavllm_agent.planning.speech_language import language_alone, speech_field
from wavllm_agent.planning.text import (
    IF_POSSIBLE,
    POLITE_WORDS,
    Token,
    answer_language,
    ends_in_language,
    find_language_token,
    stem,
)
from wavllm_agent.planning.user_asides import courtesy_end, reader_label, user_aside
from wavllm_agent.planning.verbatim import verbatim_tail
from wavllm_agent.planning.word_limits import NUMBER_WORDS

_CLAIM_KEYS = frozenset(stem(w) for w in ("argue", "order", "claim", "demand", "insist", "complain", "propose", "urge",
                                           "warn", "plead", "promise", "ask"))  # (every form: "argued", "asks")
"""Saying with a purpose: "What does the counsel argue, in Romanian?" asks for the words only with a language."""
_NOT_LISTENER = frozenset({"about", "while", "when", "at", "on", "by", "near", "outside", "inside", "before", "after",
                           "over", "from", "with", "for", "as", "and", "or", "who", "that", "which"})
"""Words that end a listener's name after "tells the ..." ("tells the bride at the fitting")."""
_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "us", "me", "you", "everyone", "everybody"})
_POSSESSIVES = frozenset({"his", "her", "their", "the", "its", "our", "your", "my"})
_TALK_KEYS = frozenset(stem(w) for w in ("talk", "talks", "talking", "talked", "discuss", "discussing", "discussed",
                                         "talkin", "chat", "chats", "chatting", "chatted", "gossip",
                                         "gossiping", "gossiped", "natter", "nattering"))
_SAID_TAIL = frozenset({"in", "into", "on", "this", "the", "that", "here", "there", "please", "pls", "plz", "exactly", "but",
                        "during", "throughout", "precisely", "out", "loud", "aloud", "now", "actually", "to", "us", "me",
                        "segment", "voicemail", "excerpt", "extract", "snippet", "section", "part", "call", "lol",
                        "haha", "lmao", "tho", "though", "themselves", "itself", "simplified", "traditional", "mandarin", "brazilian",
                        "european", "castilian", "standard", "modern", "too", "also", "for", "as", "well", "thx", "thanks", "ty",
                        "verbatim", "first", "alongside", "underneath", "beneath"})
_GIST = frozenset({"overall", "altogether"})
"""After what someone says, only with a language ("what does the courier say overall, in Indonesian?"); alone,
"what does the man say overall?" asks for the gist."""
_EXACTLY = frozenset({"exactly", "precisely", "just", "all"})  # ("write all what she say", learner's English)
_HOW_EXACTLY = _EXACTLY | {"roughly", "basically", "approximately"}
_ASK_LEADS = (("tell", "me"), ("advise", "me"), ("say",), ("state",), ("show", "me"), ("give", "me"), ("give",), ("gimme",), ("get", "me"), ("get", "us"), ("let", "me", "know"), ("spell", "out"),
              ("write", "down"), ("write",), ("type", "out"), ("type",), ("repeat",), ("print",), ("note",), ("add",),
              ("include",), ("with",))


def asks_what_is_said(tokens: list[Token], *, languaged: bool = False) -> bool:
    """True when the clause asks for the words spoken, and nothing about them.

    "What is said in this recording?", "What does the man say, in French?", "Tell me what she
    said.", "Tell me in Ukrainian what he said." A question about what is said ("What does she say
    about the budget?", "What are they talking about?") is not: it has more after the verb than the
    audio and a language - except that "What do they talk about, in Swedish?" asks for the words in
    another language; nor is "What does the counsel argue?" ("..., in Romanian?" is). With ``languaged``, a
    language is asked for after the clause ("What did the captain order? In Swedish.").
    """
    tokens = tokens[verbatim_lead(tokens):]  # "..., word for word what's said."
    if how_it_reads_in(tokens) or said_then_language(tokens) is not None or named_then_language(tokens, SAID_NOUNS | _CHATTER) \
            or read_out_in_language(tokens, SAID_NOUNS) or on_the_audio_in_language(tokens) or talk_in_language(tokens):
        return True  # "How would the seal keeper's talk read in Dutch?", "Pit boss remarks: Dutch."
    if whole_in_language(tokens[lead_end(tokens):]):
        return True  # "And what's the whole thing in Spanish?"
    handed = _handed_over_in(tokens)
    if handed is not None:  # "What the dealer tells the buyer about the album — give it to me in German."
        return asks_what_is_said(tokens[:handed], languaged=True)
    lead = language_lead(tokens)
    if lead is not None and the_audio_alone(tokens[lead[0]:]) and (tokens[0].low == "in" or any(
            t.low in POLITE_WORDS for t in tokens[:lead[0]]) or tokens[0].start == 0 and any(
            t.low in ("whole", "entire", "full") for t in tokens[lead[0]:lead[0] + 3])):
        return True  # "turkish pls, the shoemakers convo", "Persian, the whole speech" (not "Spanish, the recording.")
    if not any(t.low in _WHAT | SAID_NOUNS or t.low in ("everything", "how") or spoken_part(tokens, k)
               or chat_named(tokens, k) or persons_part(tokens, k)
               for k, t in enumerate(tokens)):
        return False
    tokens = [t for k, t in enumerate(tokens) if not expletive_at(tokens, k)]
    tokens = plural_possessives(tokens[:min(verbatim_tail(tokens), courtesy_end(tokens))])
    # "..., like word 4 word", "..., in Romanian if you can"; "the singers' words"
    if something_said(tokens):
        return True  # "Over the tannoy the attendant announces something — what, in Danish?"
    i = request_start(tokens, lead_end(tokens))
    asked = next((k + 1 for k in range(i, min(len(tokens) - 1, i + 12)) if tokens[k].low == ","
                  and tokens[k + 1].low in ("can", "could", "would")), None)
    if asked is not None and not any(t.low in WH for t in tokens[i:asked]):
        i = request_start(tokens, asked)  # "my grandma left this message, can u tell me what she's saying ..."
    if hint_prefix_end(tokens, i) != i:
        return False  # "Judging only by what is said in the recording, at what time ...?": a question
    reader = reader_label(tokens, i)
    if reader is not None:
        i, languaged = reader[0], True  # "For my grandmother, who only knows Polish: the neighbour's remarks"
    elif i < len(tokens) and tokens[i].low in _CONTEXT_LEADS:  # "For the science fair pitch, give me ..."
        comma = next((k for k in range(i + 1, min(len(tokens), i + 7)) if tokens[k].low == "," or (
            tokens[k].low == ":" and not (tokens[k - 1].low.isdigit() and tokens[k + 1:k + 2] and tokens[k + 1].low.isdigit()))), None)
        topic = tokens[i].low in _TOPIC_WORDS or [t.low for t in tokens[i:i + 2]] == ["as", "for"]  # ("As for ...,")
        if comma is not None and topic and comma + 1 < len(tokens) and tokens[comma + 1].low in _WHAT \
                and not any(t.key in AUDIO_KEYS for t in tokens[i:comma]):  # (not "About the voicemail, what ...?")
            return False  # "Regarding the entries, what did the head judge say?": what was said on a topic, a question
        i = request_start(tokens, comma + 1) if comma is not None else i
    languaged = languaged or language_lead(tokens, i) is not None  # ("In Russian:" reads as a label too)
    i = audio_label_end(tokens, i)  # "Herbarium tour audio: the guide's commentary in Japanese"
    if language_lead(tokens, i) is not None:
        i, languaged = language_lead(tokens, i)[0], True  # "In Spanish, what is said?", "Romanian, please: what ...?"
    i += i + 1 < len(tokens) and tokens[i].low in _HOW_EXACTLY and tokens[i + 1].low in _WHAT
    # "Exactly what the curator says in this clip, in Catalan"
    for lead in _ASK_LEADS:
        if tuple(t.low for t in tokens[i:i + len(lead)]) == lead:
            if lead == ("with",) and not any(find_language_token(t) for t in tokens[i + 1:]):
                break  # ", with the speaker's words in Hebrew alongside" (not "With her words in mind, ...")
            i += len(lead)
            if lead[-1] != "me" and tuple(t.low for t in tokens[i:i + 2]) in (("for", "me"), ("for", "us")):
                i += 2  # "write for me what he say"
            i += i + 1 < len(tokens) and tokens[i].low in _EXACTLY and tokens[i + 1].low in _WHAT
            break  # ("Write exactly what she says"; not "Tell me roughly what she says": a gist)
    if i + 2 < len(tokens) and tokens[i].low == "," and tokens[i + 1].low == "in":
        i += 1  # "Could you tell me, in Greek, what the woman says?"
    if i + 1 < len(tokens) and tokens[i].low == "in" and find_language_token(tokens[i + 1]):
        i += 3 if i + 2 < len(tokens) and tokens[i + 2].low == "," else 2  # "Tell me in Ukrainian what ..."
        languaged = True  # ("Tell me, in Catalan, what the guide says about the lid.")
    if i >= len(tokens):
        return False
    tokens = everything_as_what(tokens, i)  # "Danish, please: everything the diving coach tells her."
    if i + 1 < len(tokens) and tokens[i].low == "which" and tokens[i + 1].low == "words" and answer_language(tokens):
        t = tokens[i]  # "Which words does the seller use about the pages, in Ukrainian?": as "what words"
        tokens = [*tokens[:i], Token(t.text, t.start, t.end, "what", stem("what")), *tokens[i + 1:]]
    if tokens[i].low not in _WHAT:
        return how_someone_describes(tokens, i, languaged=languaged) \
            or _asks_for_words(tokens[i:], languaged=languaged, owns=pronoun_owns(tokens, i))
    if i + 2 < len(tokens) and tokens[i + 1].low in ("are", "were", "was", "is") \
            and _asks_for_words(tokens[i + 2:], languaged=languaged):
        return True  # "What were the flight attendant's words, in Greek?"
    copula = next((k for k in range(i + 3, min(len(tokens), i + 9)) if tokens[k].low in ("are", "were", "is", "was")), None)
    if copula is not None and languaged and all(not t.is_word for t in tokens[copula + 1:]) \
            and _asks_for_words(tokens[i + 1:copula], languaged=True):
        return True  # "In Polish, tell me what the muffin tin instructions are."
    tokens = words_as_said(tokens, i)  # "What words are spoken ...?", "What words does the judge use, in Czech?"
    if i + 1 < len(tokens) and tokens[i + 1].is_word and not _SUBJECT_START.intersection((tokens[i + 1].low,)) \
            and tokens[i + 1].key not in SAY_KEYS | _TALK_KEYS | _TELL_KEYS | _CLAIM_KEYS \
            and not tokens[i + 1].low.endswith("'s"):
        return False  # "what species of owl did they hear?": which thing, not the words
    verb = next((j for j in range(i + 1, min(len(tokens), i + 12))
                 if tokens[j].key in SAY_KEYS or tokens[j].key in _TALK_KEYS or tokens[j].key in _TELL_KEYS
                 or tokens[j].key in _CLAIM_KEYS or reads_out(tokens, j) or on_about(tokens, j)), None)
    if verb is None or any(not t.is_word and t.low != "-" for t in tokens[i + 1:verb]):
        return False  # ("the ice-cream van driver" is one subject)
    if relative_clause(tokens[i + 1:verb]):
        return False  # "What's the password the spy whispers?": a thing, then who says it
    if any(t.low in MOOD_WORDS and tokens[k + 1].low in ("as", "when", "while") for k, t in enumerate(tokens[:verb]) if k > i):
        return False  # "What's her tone as she speaks?": how she sounds
    if tokens[verb].key in _TALK_KEYS or on_about(tokens, verb):  # "what do they talk about": a transcript only in
        passive = tokens[verb].low == "discussed" and tokens[verb - 1].low in ("is", "was", "being", "are", "were")
        in_language = (answer_language(tokens) is not None or _language_last(tokens)) if passive \
            else any(find_language_token(t) for t in tokens[verb + 1:])
        if not (verb + 1 < len(tokens) and (tokens[verb + 1].low == "about" or passive)) or not (languaged or in_language):
            return False  # another language ("What's he on about, in Greek?", "What is being discussed, in Hebrew?";
            # not "... in the Italian lesson?")
        verb += not passive
    if tokens[verb].key in _CLAIM_KEYS and not (languaged or any(find_language_token(t) for t in tokens[verb + 1:])):
        return False  # "What does the counsel argue?" asks what the argument is; "..., in Romanian?" for the words
    if tokens[verb].key in SAY_KEYS and verb + 2 < len(tokens) and tokens[verb + 1].low == "to" \
            and (languaged or any(find_language_token(t) for t in tokens[verb + 2:])):
        # "What do the kite fliers say to each other about the string, in Portuguese?": skip the listeners
        topic = [verb + m < len(tokens) and tokens[verb + m].low in _TOPIC_WORDS for m in (3, 4)]
        if [t.low for t in tokens[verb + 2:verb + 4]] in (["each", "other"], ["one", "another"]) and topic[1]:
            verb += 3
        elif tokens[verb + 2].low in _OBJECT_PRONOUNS and (tokens[verb + 2].low != "her" or topic[0]):
            verb += 2  # ("to her about the drill"; not "to her coach")
        elif tokens[verb + 2].low in _POSSESSIVES and verb + 3 < len(tokens) and tokens[verb + 3].is_word and topic[1]:
            verb += 3  # "What does the teacher say to the class about homework, in Spanish?"
    if tokens[verb].key in LISTENED_KEYS:  # "what is the old man telling his grandson?": skip the listener
        after = tokens[verb + 1].low if verb + 1 < len(tokens) else ""
        if after in _POSSESSIVES and verb + 2 < len(tokens) and tokens[verb + 2].is_word \
                and not find_language_token(tokens[verb + 2]):
            verb += 2
            for _ in range(2):  # "tells the depot manager": a listener of two or three words
                while hyphen_joins(tokens, verb):
                    verb += 2  # "telling the steel-drum players", "the five-a-side players": one word
                nxt = tokens[verb + 1] if verb + 1 < len(tokens) else None
                if nxt is None or not nxt.is_word or nxt.low in _SAID_TAIL or nxt.low in _NOT_LISTENER \
                        or find_language_token(nxt):
                    break
                verb += 1
        elif after in _OBJECT_PRONOUNS:
            verb += 1
        elif [t.low for t in tokens[verb + 1:verb + 3]] in (["each", "other"], ["one", "another"]):
            verb += 2  # "What are the riders telling each other on the start ramp?"
        elif (after.endswith("s") or after in BARE_LISTENERS) and not find_language_token(tokens[verb + 1]) and (
                verb + 2 >= len(tokens) or not tokens[verb + 2].is_word or tokens[verb + 2].low in _BARE_SETTING):
            verb += 1  # "What is the bus driver telling passengers, in Arabic?", "... telling pilots before takeoff"
    tail = tokens[verb + 1:user_aside(tokens, verb + 1)]
    led, languaged = languaged, any(find_language_token(t) for t in tail)  # (led: "In Japanese please: what ...?")
    tail = tail[1:] if len(tail) > 1 and tail[0].low in ("here", "there") and tail[1].low in _TOPIC_WORDS else tail  # "said here about"
    placed = setting_words(tail)
    top = next((m for m, t in enumerate(tail) if t.low in _TOPIC_WORDS), len(tail))
    if 0 < top < len(tail) and all(not t.is_word or m in placed for m, t in enumerate(tail[:top])):
        tail = tail[top:]  # "What was said at the tyre shop about the spare, in Danish?": the place, then the topic
    if (languaged or led) and tail and (tail[0].low in _TOPIC_WORDS or tail[0].low in ("when", "whenever", "while", "once")):
        # "What the wheelwright says about the felloes, in Thai", "What the clerk says when the scanner fails, in Turkish"
        cut = next((m for m in range(1, len(tail)) if tail[m].low in (",", "—", "–") and sum(t.is_word for t in tail[:m])
                    <= (9 if any(t.key in AUDIO_KEYS for t in tail[:m]) else 6)), None)  # (words:
        # "colour-matching" is one; "... about baking times in the cake tin clip, in Hindi": with the audio's name)
        topic = tail[0].low != "while"  # ("while" only before a comma: not "... say while cooking is key? In Greek.")
        cut = closing_language(tail) if cut is None and topic else cut  # ("... about the laptop stand height in chinese?")
        tail = tail[cut:] if cut is not None else [] if led and not languaged and topic else tail
    languaged = languaged or led
    setting = setting_words(tail)
    for k, tok in enumerate(tail):
        if tok.is_word and not (tok.low in _SAID_TAIL or tok.key in AUDIO_KEYS or find_language_token(tok)
                                or k in setting or (languaged and tok.low in _GIST)
                                or tok.low == "version" and k > 0 and find_language_token(tail[k - 1])):
            return False  # (", Hindi version": the language asked for)
    return True


_HANDING = frozenset({"give", "put", "send", "render"})


def _handed_over_in(tokens: list[Token]) -> int | None:
    """"... — give it to me in German.", "..., put that in Polish please": where a closing mark begins before a request
    that only hands over what was named, in a language; else None."""
    for k in range(2, len(tokens) - 3):
        if tokens[k].low not in (",", "-", "–", "—", ";") or tokens[k + 1].low not in _HANDING \
                or tokens[k + 2].low not in ("it", "them", "that", "this"):
            continue
        rest = [t for t in tokens[k + 3:] if t.is_word and t.low not in POLITE_WORDS]
        rest = rest[2:] if [t.low for t in rest[:2]] in (["to", "me"], ["for", "me"], ["to", "us"], ["for", "us"]) else rest
        if len(rest) == 2 and rest[0].low == "in" and find_language_token(rest[1]):
            return k
    return None


def _language_last(tokens: list[Token]) -> bool:
    """"(What is discussed) in German?": "in" and a language, the clause's last words (before "please")."""
    return ends_in_language([t for t in tokens if t.is_word and t.low not in POLITE_WORDS]) is not None


def said_then_language(tokens: list[Token]) -> str | None:
    """"Pit boss remarks: Dutch.", "Foley supervisor's remarks: Ukrainian, please.": a few words naming what someone
    says, a colon or a dash, and a language alone - the words wanted in that language."""
    m = next((k for k in range(1, min(len(tokens) - 2, 6)) if tokens[k].low in SAID_NOUNS | _CHATTER
              and tokens[k + 1].low in (":", "-", "–", "—")), None)
    if m is None and speech_field(tokens) is None:  # "The finish-line call from the dragon boat referee: Hebrew please."
        colon = next((k for k in range(2, min(len(tokens) - 1, 12)) if tokens[k].low == ":"), None)
        m = colon - 1 if colon is not None and (any(t.low in SAID_NOUNS | _CALLS for t in tokens[:colon]) or (
            tokens[0].low in _WHAT and tokens[1].low in SUBJECT_OPENERS and tokens[colon - 1].low in SAYS)) else None
        # ("What the tricycle starter announces: Japanese, please."; not "What the speaker is speaking: Korean.", the
        # speech's language)
    if m is None:  # "horse brush clip: french pls": the recording named, then a language asked for (not "... clip: French.")
        colon = next((k for k in range(1, min(len(tokens) - 1, 6)) if tokens[k].low == ":"), None)
        m = colon - 1 if colon is not None and tokens[colon - 1].key in AUDIO_KEYS \
            and any(t.low in POLITE_WORDS for t in tokens[colon + 1:]) else None
    if m is None or not all(t.is_word or t.low == "-" for t in tokens[:m]) or any(t.key in WRITING_KEYS for t in tokens):
        return None
    return language_alone(tokens[m + 2:])


_CALLS = frozenset({"call", "calls", "shout", "shouts", "voice", "announcements"})


def _past_if_possible(tokens: list[Token], k: int) -> int:
    """The index after ", if you can" / ", if possible" at ``k`` (words of :data:`text.IF_POSSIBLE`), when more follows."""
    if k + 2 >= len(tokens) or tokens[k].low != "," or tokens[k + 1].low != "if":
        return k
    end = k + 2
    while end < len(tokens) and tokens[end].low in IF_POSSIBLE:
        end += 1
    return end if end > k + 2 and end + 1 < len(tokens) else k


def language_lead(tokens: list[Token], i: int = 0) -> tuple[int, str] | None:
    """"In Spanish, ...", "In Romanian: ...", "Romanian, please: ...": a language set before the request.
    Returns (index after it, code)."""
    i = the_language_for(tokens, i)  # "Can I get | the Persian for what's said ...?"
    labelled = _labelled_language(tokens, i) or needed_language(tokens, i) or reader_label(tokens, i)
    if labelled is not None:
        return labelled
    if i + 5 < len(tokens) and tokens[i].low in ("speech", "words") and tokens[i + 1].low == "in" \
            and any(t.low in POLITE_WORDS for t in tokens[i + 3:i + 5]) and any(
                t.low == ":" and u.low in _WHAT | {"everything", "whatever"} for t, u in zip(tokens[i + 4:i + 6], tokens[i + 5:i + 7], strict=False)):
        i += 1  # "Speech in Thai, please: whatever the pier instructor is telling the kids." (not "Speech in Thai: ...")
    k = i + (i < len(tokens) and tokens[i].low == "in")
    code = find_language_token(tokens[k]) if k < len(tokens) else None
    if code is None:
        return None
    k += 1 + (k + 1 < len(tokens) and find_language_token(tokens[k + 1]) == code)  # ("In Mandarin Chinese: ...")
    if k < len(tokens) and tokens[k].low == "," and k + 1 < len(tokens) and tokens[k + 1].low in ("please", "pls", "plz"):
        k += 1
    k = _past_if_possible(tokens, k)
    # "Mandarin, if you can: what's the hubcap seller telling me?"
    if k < len(tokens) and tokens[k].low in ("please", "pls", "plz") or k + 1 < len(tokens) and tokens[k].low == "only" \
            and tokens[k + 1].low in (":", "-", "—", "–") and not any(t.low.startswith(("transcri", "translat"))
                                                                     for t in tokens[k + 2:]):
        k += 1  # "Hebrew please: what ...", "Turkish only: the narrator's lines." (not "English only: the transcript")
    if k + 1 < len(tokens) and tokens[k].low == "-" and tokens[k + 1].low in ("language", "speaking"):
        return None  # "Italian-language hay ride advert — ...": the speech's language
    if k + 1 < len(tokens) and (tokens[k].low in (",", ":", "-", "—", "–") or tokens[k].low == "." and tokens[k + 1].low in _WHAT):
        k += 1  # ("Thai please. What's the narrator saying?")
        if tokens[i].low != "in" and k + 1 < len(tokens) and tokens[k].low == "for" and all_said(tokens, k + 1):
            k += 1  # "Hindi, please, for whatever is said at the pottery wheel."
        return k, code
    if tokens[i].low == "in" and k < len(tokens) and tokens[k].low in _WHAT:
        return k, code  # "in romanian what is the mechanic saying"
    if tokens[i].low != "in" and k + 1 < len(tokens) and (tokens[k].low == "for" or tokens[k].low == "of" and i > 0
                                                          and tokens[i - 1].low == "the" and tokens[0].low not in AUX
                                                          ) and all_said(tokens, k + 1):
        return k + 1, code  # "Vietnamese for what the operator says", "(give me the) Indonesian of what's said"
    return None


def _labelled_language(tokens: list[Token], i: int) -> tuple[int, str] | None:
    """"Carnival barker, Hungarian: what ...": a few words naming the recording, a comma, a language and a colon
    (or a comma before a question word: "Bathhouse receptionist, Russian, what does she say?")."""
    comma = next((k for k in range(i + 1, min(len(tokens) - 3, i + 5)) if not tokens[k].is_word), None)
    if comma is None or tokens[comma].low != "," or not (
            tokens[comma + 2].low == ":" or tokens[comma + 2].low == "," and tokens[comma + 3].low in _WHAT):
        return None
    code = find_language_token(tokens[comma + 1])
    if code is None or any(t.low in WH or t.low in _WHAT or find_language_token(t) for t in tokens[i:comma]):
        return None
    return comma + 3, code


_CONTEXT_LEADS = frozenset({"for", "regarding", "about", "as", "from", "during"})
WRITING_KEYS = frozenset(stem(w) for w in ("transcribe", "write", "type", "note", "jot", "print", "spell", "copy"))
_SUBJECT_START = frozenset({"is", "was", "are", "were", "does", "do", "did", "has", "have", "had", "will",
                            "would", "can", "could", "exactly", "precisely", "the", "this", "that", "these",
                            "those", "a", "an", "he", "she", "they", "we", "you", "i", "it", "his", "her", "their",
                            "my", "your", "our", "its", "someone", "somebody", "everyone", "everybody", "people",
                            "speaker", "speakers", "caller", "callers", "man", "woman", "narrator", "host",
                            "kid", "child", "boy", "girl", "guy", "lady", "gets", "got", "being", "'s", "r", "u",
                            "they're", "theyre", "you're", "we're", "i'm"})


def audio_label_end(tokens: list[Token], i: int) -> int:
    """Index after "Herbarium tour audio:" or "Hackathon closing remarks:" (a few words naming the recording, then a
    colon), else ``i``."""
    colon = next((k for k in range(i + 1, min(len(tokens) - 1, i + 9)) if not tokens[k].is_word and tokens[k].low != "-"),
                 None)  # (up to eight words: "The voice on the old pigeon-post tape —", then a noun phrase only:
    colon = None if colon is not None and colon - i > 6 and tokens[i].low not in _LABEL_FIRST else colon  # not "Explain
    # it to me like I am five: ...")
    owned = colon is not None and colon + 2 < len(tokens) and tokens[colon + 2].low in SAID_NOUNS
    owner_after = owned and (tokens[colon + 1].low.endswith(("'s", "’s")) or tokens[colon + 1].low in THEIR)
    owner_after = owner_after or colon is not None and colon + 3 < len(tokens) and tokens[colon + 1].low == "the" \
        and tokens[colon + 2].low.endswith(("'s", "’s")) and any(t.low in SAID_NOUNS for t in tokens[colon + 3:colon + 6]) \
        and all(t.is_word for t in tokens[colon + 3:colon + 6])  # "Tile grouting how-to, the tiler's exact words in Czech"
    # "Conker final, commentator's words, Catalan.", "Nettle eating contest host, his words in Indonesian."
    apposed = colon is not None and tokens[colon].low == "," and (tokens[colon - 1].low in SAID_NOUNS or tokens[colon - 1].key in AUDIO_KEYS) \
        and tokens[colon + 1].low in _WHAT  # "The hay bale toss winner's speech, what she actually says.", "The grill clip, what ...?"
    the_said = colon is not None and tokens[colon].low == "," and colon - i <= 4 and colon + 2 < len(tokens) \
        and tokens[colon + 1].low == "the" and tokens[colon + 2].low in SAID_NOUNS \
        and not any(t.key in ACTION_KEYS for t in tokens[i:colon])  # "Potato masher jingle, the lyrics in Catalan"
    if colon is None or (tokens[colon].low not in (":", "—", "–") and not (tokens[colon].low == "," and (owner_after or the_said))
                         and not apposed) \
            or any((t.low in WH or t.low in _WHAT) and not hyphen_joins(tokens, k) for k, t in enumerate(tokens[:colon]) if k >= i):
        return i  # (not "Door wedge how-to:")
    names_recording = tokens[colon].low == ":" and (tokens[colon - 1].key in AUDIO_KEYS
                                                    or tokens[colon - 1].low in SAID_NOUNS)
    told = tokens[colon + 1].key in _TELL_KEYS and colon + 3 < len(tokens) and tokens[colon + 3].low in _WHAT
    words_follow = tokens[colon + 1].low in _WHAT or told or any(t.low in SAID_NOUNS for t in tokens[colon + 1:colon + 6]) \
        or language_lead(tokens, colon + 1) is not None  # "Satellite pass briefing — Vietnamese for what ..."
    if not names_recording and not words_follow:  # "Caber toss: what the judge announces", "Jug band MC — his words"
        return i
    return request_start(tokens, colon + 1)


_LABEL_FIRST = SETTING_DETERMINERS | THEIR | {"my", "our", "your"}
_OTHER_WH = WH - {"what", "whose", "whether"}
_COUNTING = NUMBER_WORDS | {"few", "some", "several", "many", "a"}


def _asks_for_words(tokens: list[Token], *, languaged: bool = False, owns: bool = True) -> bool:
    """"Their words, in Korean, please.", "the caller's words, in Hungarian": the words spoken, and
    nothing about them (with ``languaged``, a language is asked for after the clause; ``owns``: a possessive pronoun
    first owns what follows, not "Give her ...", where it is whom something is for)."""
    if tokens and tokens[0].low in _OTHER_WH and not (len(tokens) > 1 and tokens[1].low == "about"):
        return False  # "Why does the coach reject the referee's ruling?": a question about the words (not "How
        # about the referee's words, in Spanish?")
    k, owned = 0, False
    if len(tokens) > 2 and tokens[0].low == "words" and tokens[1].low == "in" and find_language_token(tokens[2]):
        tokens = [Token("the", 0, 0, "the", "the"), *tokens]  # "words in arabic pls": as "the words in arabic"
    owner = next((m for m in range(min(len(tokens), 7)) if tokens[m].low.endswith(("'s", "s'", "’s"))), None)
    owner = hyphened_owner(tokens) if owner is None else owner  # "the ship-in-a-bottle guide's words"
    if owner is None:  # texting, no apostrophe: "beekeepers words in hungarian pls"
        owner = next((m for m in range(min(len(tokens) - 1, 4)) if (tokens[m].low.endswith("s") and m < 3
                                                                    or one_person(tokens[m].low)) and tokens[m].is_word
                      and not any(t.low.isdigit() or t.low in _COUNTING for t in tokens[:m])
                      and tokens[m + 1].low == "words" and any(find_language_token(t) for t in tokens[m + 2:])), None)
    if owner is not None and owner + 2 < len(tokens) and tokens[owner + 1].is_word \
            and tokens[owner + 1].low not in SAID_NOUNS and not find_language_token(tokens[owner + 1]) \
            and tokens[owner + 2].low in SAID_NOUNS and all(t.is_word or t.low == "-" for t in tokens[:owner]):
        owner += 1  # "the harp teacher's actual words", "the skipper's safety talk"
    elif owner is not None and owner + 4 < len(tokens) and tokens[owner + 2].low == "-":
        end = next((m for m in range(owner + 1, min(len(tokens), owner + 9), 2) if not (
            tokens[m].is_word and m + 1 < len(tokens) and tokens[m + 1].low == "-")), None)
        if end is not None and end + 1 < len(tokens) and tokens[end].is_word and tokens[end + 1].low in SAID_NOUNS:
            owner = end  # "the coach's half-time talk", "the jam maker's step-by-step instructions"
    if owner is not None and owner + 2 < len(tokens) and spoken_part(tokens, owner + 2):
        owner += 1  # "the rehearsal's spoken bits"
    if owner is not None and owner + 1 < len(tokens) and (tokens[owner + 1].low in SAID_NOUNS or spoken_part(tokens, owner + 1)
                                                          or persons_part(tokens, owner + 1)) \
            and all(t.is_word or t.low == "-" for t in tokens[:owner + 1]):
        k = owner + 1  # "The ice-rink DJ's words"
    if k == 0 and len(tokens) > 4 and tokens[4].low in SAID_NOUNS and possessed(tokens, 4):
        k = 4  # "Her lace-pillow explanation in Thai"
    while k < len(tokens) and (tokens[k].low in _WORDS_OWNERS or tokens[k].low.endswith(("'s", "s'", "’s"))):
        k += 1
    if 0 < k < len(tokens) - 1 and tokens[k].is_word and tokens[k + 1].low.endswith(("'s", "s'", "’s")):
        k += 2  # "the radio host's words"
    elif 0 < k < len(tokens) - 1 and tokens[k - 1].low in THEIR and tokens[k + 1].low in SAID_NOUNS \
            and said_modifier(tokens[k]):
        k += 1  # "Her closing remarks, in Finnish."
    elif k == 1 and (tokens[0].low == "the" or tokens[0].low in THEIR and owns) \
            and (named := named_by(tokens, k, SAID_NOUNS)) \
            and (languaged or any(find_language_token(t) for t in tokens[k + named + 1:])):
        k += named  # "What are the jump rope marathon instructions, in Danish?", "his pottery wheel tips in Welsh"
        set_off = languaged or [t.low for t in tokens[k + 1:k + 3]] == [",", "in"]
        owned = (tokens[0].low in THEIR or tokens[k].low in _TALK_NOUNS and set_off) \
            and not any(t.low in AS_SPOKEN for t in tokens)
        # (not "... in German verbatim"; "What's the colander explanation, in Hebrew?": a talk named by its topic)
    chat = next((m for m in range(1, min(len(tokens), 5)) if (tokens[m].low in _CHATTER or chat_named(tokens, m))
                 and all(t.is_word for t in tokens[:m]) and not yes_no(tokens)), None)
    # ("sudoku club chat in french pls"; not "let's chat in French", "They chat in French, transcribe it")
    k = chat if k == 0 and chat is not None and any(find_language_token(t) for t in tokens[chat + 1:]) else k
    if k == 0 or k >= len(tokens) or tokens[k].low not in ("words", "word") and not spoken_part(tokens, k) and not (
            (tokens[k].low in SAID_NOUNS and (owned or possessed(tokens, k)) or k == chat or persons_part(tokens, k))
            and (languaged or any(find_language_token(t) for t in tokens[k + 1:]))):
        return False  # "the caller's words", "the tea picker's answers" - not "the answers"

    if k + 2 < len(tokens) and tokens[k + 1].low == "of" and tokens[k + 2].low in SETTING_DETERMINERS:
        k = next((m - 1 for m in range(k + 3, min(len(tokens), k + 6)) if not tokens[m].is_word
                  or tokens[m].low == "in"), k)  # "the words of the glacier guide"
    tail = tokens[k + 1:user_aside(tokens, k + 1)]  # ("Swimming coach's instructions in Dutch, if you can.")
    topic = len(tail) > 2 and (tail[0].low in _TOPIC_WORDS | {"on"} or (tail[0].low == "of" and (tail[1].low in (
        "how", "what", "why", "where") or tokens[k].low in ("explanation", "description", "account"))))
    # "the farmer's explanation of how the trees are grown", "the guide's explanation of pellets", with a language
    if topic and (languaged or any(find_language_token(t) for t in tail)):
        tail = tail[next((m for m in range(1, min(len(tail), 6)) if not (tail[m].is_word or hyphen_joins(tail, m - 1))
                          or tail[m].low in ("at", "in")), len(tail)):]
        # "Her remarks about the scones at the cricket tea, in Danish", "Her words about the wind-up clock, in Korean"
    setting = setting_words(tail)
    return all(not t.is_word or t.low in _SAID_TAIL or t.key in AUDIO_KEYS or find_language_token(t) or n in setting
               for n, t in enumerate(tail))


_TALK_NOUNS = frozenset({"explanation", "announcement", "presentation", "demonstration", "introduction"})
"""What is said, named by its topic after "the" ("the colander explanation"): a talk, its words asked for in a language."""


_BARE_SETTING = frozenset({"in", "before", "after", "during", "at"})
