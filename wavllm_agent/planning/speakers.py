"""Asking how many people speak, in any words: "is more than one coach speaking?", "does the same
farmer speak from start to finish?", "one guy or like a few ppl talkin".

The ``sv`` task's phrases pair counts with words for people ("one speaker", "several voices"); users
name the people by their part in the recording (a coach, a farmer, a user), which no list holds.
This reads the shape instead: a count word, a few words on a verb of speaking, in a yes/no question
or a request to say whether (never a question for content: "what does the one man say?").
"""

from __future__ import annotations

from wavllm_agent.planning.cues import AUDIO_KEYS, AUX, INFO_VERBS, WH
from wavllm_agent.planning.people import ANIMALS, NOT_PEOPLE, PEOPLE, TALKERS, a_person, is_people, one_person
from wavllm_agent.planning.people_counts import (
    KINDS_OF,
    PRESENT,
    counts_people,
    number_of_people,
    one_or_more_there,
)
from wavllm_agent.planning.speaker_vocab import (
    ANSWERING,
    ASKING_VERBS,
    BEING,
    BOTH,
    CHANGE,
    CONVERSATIONS,
    COUNT_WORDS,
    FRAMES,
    GROUP_WORDS,
    IT_IS,
    MIC,
    MORE,
    ONE,
    SET_OFF,
    SOMEONE_ELSE,
    SPEAKER_NOUNS,
    SPEAKING,
    THINGS,
    THROUGHOUT,
    TOPIC_AFTER,
    VOICE,
    VOICE_THINGS,
    VOICES,
    WINDOW,
)
from wavllm_agent.planning.talk_verbs import (
    same_person_or_else,
    speaks_in_other_words,
    spoken_words,
    voice_changes,
)
from wavllm_agent.planning.text import Token, stem


def _pair_or_just_one(words: list[Token]) -> bool:
    """"ferris wheel guy n his coworker?? or just him", "is it the guide and his assistant, or just him?": two
    people, or one of them alone."""
    k = len(words) - 2
    for m, t in enumerate(words[:4]):
        o = next((j for j in range(m + 3, min(len(words), m + 6)) if words[j].low == "or"), None)
        if t.low not in ("just", "only") or o is None or not (m == 0 or _it_is(words[:m])) \
                or not a_person([words[m + 1], words[o - 1]]):  # ("just the launch safety officer or ...")
            continue
        after = words[o + 1 + (o + 2 < len(words) and words[o + 1].low == "a"):]  # ("... or a few people")
        if after[:1] and after[0].low in MORE | {"people"} or a_person(words[o + 1:o + 3]):
            return True  # "Is it just the owner or more people?", "just the baker or a customer too?"
    return k >= 3 and words[k - 1].low == "or" and words[k].low in ("just", "only") \
        and words[k + 1].low in ("him", "her", "them") and any(t.low in ("and", "n", "&", "with") for t in words[max(0, k - 9):k - 1])


ON_THE_RECORDING = (["is", "that"], ["is", "it"], ["was", "that"], ["was", "it"], ["is", "this"], ["was", "this"])
"""A question of who is on the recording: "Is that just the owner or someone else too?"."""
_IS_IT = (*ON_THE_RECORDING, ["it", "is"], ["it", "was"], ["we", "hear"], ["we", "heard"], ["you", "hear"],
          ["we", "hearing"])


def _it_is(before: list[Token]) -> bool:
    """"is it" / "is this" / "do we hear" / "it's" right before "just the owner ...": who is on the recording, asked."""
    return [t.low for t in before[-2:]] in _IS_IT or bool(before) and before[-1].low in ("it's", "its", "it’s")


def asks_speaker_count(tokens: list[Token]) -> bool:
    """True when the clause asks whether one or several people speak, whoever they are."""
    colon = next((k for k in range(1, min(len(tokens) - 1, 6)) if tokens[k].low == ":"), None)
    if colon is not None and all(t.is_word for t in tokens[:colon]) and tokens[colon + 1].low in WH \
            and asks_speaker_count(tokens[colon + 1:]):
        return True  # "Kettle clip: who narrates — one person or more?": a label, then the question
    words = spoken_words(tokens)  # (not "the wind chime")
    if not words:
        return False
    if counts_people(words) or number_of_people(words):
        return True
    if words[0].low == "who" and words[1:2] and words[1].low == "many":  # the typo "who many ppl r talking"
        words = [Token("how", words[0].start, words[0].end, "how", "how"), *words[1:]]
    if [t.low for t in words[:3]] == ["who", "else", "if"] and words[3:4] and words[3].low in _ANYONE \
            and words[4:5] and words[4].low in SPEAKING and all(t.low in _HEARD_THERE or t.key in AUDIO_KEYS
                                                                for t in words[5:]):
        return True  # "who else, if anyone, speaks?": whether a second voice is there (not "who else speaks?", nor
        # "who else, if anyone, speaks about the flood?")
    if [t.low for t in words[:3]] in (["who", "all", "is"], ["who", "all", "are"]) and words[3:4] and words[3].low in SPEAKING:
        return all(t.low in _HEARD_THERE or t.key in AUDIO_KEYS for t in words[4:])  # "Who all is talking in the video?"
    if words[0].low in WH - {"whether", "how"}:
        again = next((k + 1 for k in range(1, len(tokens) - 1) if tokens[k].low in SET_OFF and (
            tokens[k].start != tokens[k - 1].end and tokens[k + 1].low in AUX | {"just", "only"}
            or tokens[k].low in (",", ":") and tokens[k + 1].low in ("just", "only")
            and any(t.low in SPEAKING for t in tokens[:k])
            or tokens[k].low != "," and k + 2 < len(tokens) and tokens[k + 1].low in ("one", "a", "1", "single")
            and (tokens[k + 2].low in SPEAKER_NOUNS or one_person(tokens[k + 2].low))
            and any(t.low in SPEAKING for t in tokens[:k]))), None)  # (not "Who made the cake, just the baker or ...?")
        # "Who's talking on this clip — one person, or does somebody else chip in?": the count asked again
        # "Who's talking at the warm-up - is it just the clown or do several people chime in?": asked again,
        # of people ("What music is playing - is it one song or two?" is not)
        asked = tokens[again:] if again is not None else []
        first = 1 if asked[:1] and asked[0].low in ("just", "only") else 0
        first += first and [t.low for t in asked[1:3]] == ["the", "one"]  # "— just the one coach the whole time?"
        counted = len(asked) > first + 1 and asked[first].low in ("one", "a", "1", "single") \
            and (asked[first + 1].low in SPEAKER_NOUNS or one_person(asked[first + 1].low))
        # "— one person, or ...", ": just one person, or ...": a talker counted
        if asked and (counted or asked[0].low in ("just", "only")):  # "Who's speaking here, just the officer or a few people?"
            asked = [Token(w, asked[0].start, asked[0].start, w, stem(w)) for w in ("is", "it")] + asked
        return bool(asked) and asks_speaker_count(asked) and (counted or any(
            t.low in SPEAKING or t.low in ("them", "people", "persons", "ppl") or is_people(t.low) for t in asked))
        # not "what does the one man say?", "who is the only speaker?": content
    if any(a.low == "how" and b.low != "many" for a, b in zip(words, words[1:], strict=False)):
        return False  # "how does the one man sound?"
    if _pair_or_just_one(words) or _more_than_one_answers(words) or same_person_or_else(words) or one_or_more_there(words):
        return True
    counted = any(a.low == "number" and b.low == "of" for a, b in zip(words, words[1:], strict=False))
    verified = words[0].low == "verify" and any(t.key in AUDIO_KEYS or t.low in SPEAKING for t in words)
    # ("Verify that the same organiser gives the whole briefing", not "Verify that the same team wins every round")
    if not counted and not verified and not any(t.low in FRAMES or t.low == "how" or t.low in ASKING_VERBS for t in words):
        return False  # ("the number of beekeepers who speak" needs no frame)
    hearing_named = any(t.low in ("hear", "hearing", "heard") for t in words)  # (an article before a group word)
    for i, tok in enumerate(words):
        if tok.low in SPEAKING and _alone_after(words[i + 1:i + 3]):
            return True  # "the instructor talking alone or the learner speaks too"
        if tok.low in ONE and any(w.low == "or" and any(v.low in MORE | GROUP_WORDS for v in words[
                k + 1:k + 3 + (hearing_named and words[k + 1:k + 2] != [] and words[k + 1].low in ("a", "an", "the"))])
                                   for k, w in enumerate(words[i + 1:i + 4], start=i + 1)):  # ("are we hearing a lone
            # coach or a coaching team?", not "Did one rider win or a whole team?")
            return True  # "is it one instructor or more?", "one trainer or two"
        if tok.low in MORE and words[i + 1:i + 4] and (is_people(words[i + 1].low) or words[i + 1].low == "ppl") \
                and [t.low for t in words[i + 2:i + 4]] in (["or", "one"], ["or", "1"]) \
                and any(t.low in IT_IS or t.low in ("whether", "if") for t in words[max(0, i - 2):i]) \
                and _nothing_more(words[i + 4 + (words[i + 4:i + 5] != [] and words[i + 4].low in ("are", "is")):]):
            return True  # "can u see if theres a few ppl or one", "whether two people or one are on the tape" (not "...
            # or one who won the prize")
        if (tok.low in MORE - {"others"} or tok.low.isdigit()) and words[i + 1:i + 2] and is_people(words[i + 1].low) \
                and [t.low for t in words[i + 2:i + 4]] in (["or", "more"], ["or", "fewer"], ["or", "less"]) \
                and i > 0 and (words[i - 1].low in IT_IS or [t.low for t in words[max(0, i - 2):i]] == ["there", "are"]):
            return True  # "tell me if its 2 guys or more", "are there two presenters or fewer"; not "did 10 people or
            # more attend"
        if tok.low == "same" and any(t.low in BOTH for t in words[max(0, i - WINDOW - 2):i] + words[i + 2:i + 2 + WINDOW]):
            return True  # "Did the same agent answer both calls?", "Were both messages left by the same plumber?"
        if tok.low in ("join", "joins", "joined") and i >= 2 and words[i - 2].low in ("a", "an", "another", "any") \
                and a_person(words[i - 2:i]) and any(t.low in FRAMES for t in words[:i - 2]):
            return True  # "whether a guest joins her at any point"
        if (tok.low in ("same", *ONE) or tok.low in ("just", "only") and a_person(words[i + 1:i + 3])
                and words[i + 3:i + 6] and words[i + 3].low in ("the", "throughout") and _it_is(words[:i])) \
                and any(t.low in THROUGHOUT for t in words[i + 1:i + 9]) \
                and not (tok.low in ONE and i + 1 < len(words) and words[i + 1].low in ("thing", "word", "point")):
            return True  # "is it the same announcer throughout?"
        if tok.low in ("take", "takes", "took", "taking") and words[i + 1:i + 2] and words[i + 1].low == "over" \
                and any(t.low in SOMEONE_ELSE | {"somebody", "someone"} for t in words[max(0, i - 3):i]):
            return True  # "or does somebody take over partway?"
        if tok.low in ("else", "else's") and i > 0 and words[i - 1].low in _ANYONE and any(
                t.low in SPEAKING or speaks_in_other_words(words, k) for k, t in enumerate(words)):
            return True  # "Does the MC share the mic with anyone else?", "is anybody else talking?"
        if tok.low == "same" and any(t.low in _SAME_WHO for t in words[i + 1:i + 2]) \
                and any(t.low == "who" for t in words[i + 2:i + 4]):
            return True  # "Is the person reading the forecast the same one who reads the traffic?"
        if tok.low == "how" and words[i + 1:i + 2] and words[i + 1].low == "many" and _people_present(words[i + 2:]):
            return True  # "how many people are in the conversation", "how many dispatchers r on it"
        if tok.low == "one" and 0 < i < len(words) - 1 and words[i - 1].low == "the" and words[i + 1].low == "who" \
                and any(t.low in ("also", "still", "same", "really") for t in words[max(0, i - 3):i]):
            return True  # "whether the guide who starts it is also the one who finishes it"
        if tok.low == "by" and 0 < i < len(words) - 1 and words[i - 1].low in _VOICED \
                and words[i + 1].low in ("one", "single", "same", "two", "several", "multiple", "different"):
            return True  # "all read by one quizmaster?", "voiced by two different actors"
        if tok.low in ("only", "sole") and words[i + 1:i + 2] and words[i + 1].low == "one" \
                and any(t.low in VOICE for t in words[max(0, i - 5):i]):
            return True  # "if the instructor's voice is the only one in it"
        if tok.low == "just" and words[i + 1:i + 2] and words[i + 1].low in ("her", "him", "them", "one") \
                and any(t.low == "or" for t in words[i + 2:i + 6]) \
                and any(t.low in SOMEONE_ELSE for t in words[i + 3:i + 8]):
            return True  # "is it just her on there or someone else too"
        if tok.low in ("just", "only") and any(t.low in _HEAR for t in words[max(0, i - 3):i + 2]) \
                and any(t.low in _HEARERS for t in words[max(0, i - 3):i]) \
                and a_person(words[i + 1 + (i + 1 < len(words) and words[i + 1].low in _HEAR):][:2]) \
                and any(t.low == "or" and a_person(words[k + 1:k + 3]) for k, t in enumerate(words[i + 2:i + 6], start=i + 2)):
            return True  # "are we hearing just the attendant or a customer as well?"; not "just the rain or the thunder"
        if tok.low == "between" and i > 0 and words[i - 1].low in CONVERSATIONS and words[i + 1:i + 2] \
                and (words[i + 1].low in MORE | ONE or words[i + 1].low.isdigit()) \
                and any(is_people(t.low) or t.low in VOICES for t in words[i + 2:i + 4]) \
                and all(t.low in ("or", "more", "fewer", "less", "just", "only", "one", "two") for t in words[i + 3:]) \
                and any(t.low in AUX for t in words[:i]):
            return True  # "Is the phone call between two people or more?"; not "the argument between two neighbours about"
        if tok.low in ("voice", "voices") and words[i + 1:i + 2] and words[i + 1].low == "of" \
                and any(t.low in COUNT_WORDS | MORE for t in words[i + 2:i + 5]):
            return True  # "whether the excerpt contains the voice of more than a single witness"
        if tok.low in SPEAKING and any(t.low == "too" for t in words[i + 1:i + 3]) \
                and any(t.low in ("if", "whether") for t in words[max(0, i - 6):i]):
            return True  # "if a customer chimes in too"
        if tok.low in COUNT_WORDS and words[i + 1:i + 2] and words[i + 1].low in KINDS_OF \
                and any(is_people(t.low) or t.low == "members" for t in words[i + 2:i + 4]) \
                and any(t.low in ("if", "whether") or t.low in AUX for t in words[max(0, i - 4):i]):
            return True  # "let me know if two different crew members make it"
        if tok.low in ("swapped", "replaced", "substituted", "relieved") and i >= 2 \
                and words[i - 1].low in ("gets", "get", "got", "is", "was", "being", "been") \
                and any(is_people(w.low) or w.low.endswith(("ee", "ist", "or", "er")) or w.low in ("he", "she")
                        for w in words[max(0, i - 7):i - 1]):
            return True  # "if the auctioneer gets swapped out at some point"; not "which bins are being replaced"
        if tok.low in COUNT_WORDS and (words[i - 1:i] and words[i - 1].low == "from"
                                        or [t.low for t in words[max(0, i - 3):i]] == ["from", "more", "than"]) \
                and any(t.low in ("whether", "if") or t.low in AUX for t in words[:i]):
            return True  # "whether the excerpt contains testimony from more than one deponent"
        if tok.low in KINDS_OF and words[i + 1:i + 2] and (words[i + 1].low in VOICES or is_people(words[i + 1].low)) \
                and any(w.low in ("are", "were") for w in words[max(0, i - 8):i]) \
                and (words[i - 1].low in ("are", "were") or words[0].low in ("are", "were")) \
                and (i + 2 == len(words) or words[i + 2].low in ("or", "in", "on", "here", "there")):
            return True  # "whether the lifeguard and the swimmer are distinct speakers", "are the man and the woman
            # distinct speakers"
        if tok.low == "both" and any(t.low in _HEARD for t in words[i + 1:i + 3]):
            return True  # "if the tattoo artist and the client are both audible"
        heard = next((k for k in range(i + 1, min(len(words), i + 10)) if words[k].low in _HEARD), None)
        if tok.low == "both" and heard is not None and any(t.low in ("whether", "if") or t.low in AUX
                                                           for t in words[max(0, i - 2):i]) \
                and not (heard + 1 < len(words) and words[heard + 1].low in TOPIC_AFTER):
            return True  # "whether both the tailor and the customer can be heard talking"
        if tok.low in SPEAKING and i > 1 and words[i - 2].low == "co" and words[i - 1].low in _CO_TALKERS \
                and all(t.low in ("in", "at", "all", "ever", "too", "up", "also") for t in words[i + 1:]):
            return True  # "tell me whether a co-host chimes in": someone beside the host (not "... speak about ...")
        if tok.low in SPEAKING and i > 0 and words[i - 1].low in ("also", "ever") \
                and not (words[i + 1:i + 2] and words[i + 1].low in TOPIC_AFTER):
            return True  # "whether a crew member also speaks on it", "if his apprentice ever chimes in"
        if i > 1 and words[i - 1].low == "ever" and speaks_in_other_words(words, i) and any(
                is_people(t.low) or is_people(t.low + "s") or t.low in _ANYONE | SOMEONE_ELSE | {"guest"}
                for t in words[max(0, i - 4):i - 1]):
            return True  # "does a guest ever pop in", "does anyone ever chip in"; not "does the music ever pop in"
        if tok.low in ("voice", "voices") and words[i + 1:i + 2] and words[i + 1].low in ("is", "are", "can") \
                and any(t.low in ("too", "also", "there") for t in words[i + 2:i + 6]) \
                and any(t.low in ("in", "on", "heard") for t in words[i + 2:i + 4]):
            return True  # "if his wife's voice is in there too"
        if tok.low == "alone" and any(w.low in AUX | {"whether", "if"} for w in words[max(0, i - 7):i]) \
                and (i + 1 == len(words) or words[i + 1].low in ("on", "in")):
            return True  # "Is the glassblower alone on this recording?", "whether the teacher is alone on it"
        if tok.low in ("take", "takes", "taking") and words[i + 1:i + 2] and words[i + 1].low == "turns":
            return True  # "do the guide and the visitors take turns speaking"
        if tok.low == "joined" and words[i + 1:i + 2] and words[i + 1].low == "by" and words[i + 2:i + 3] \
                and (words[i + 2].low in ("a", "an", "another", "someone", "somebody", "anyone", "anybody", "other")
                     or is_people(words[i + 2].low)):
            return True  # "whether the quiz night host is joined by a co-host at any point"
        if tok.low == "alone" and words[i + 1:i + 2] and words[i + 1].low == "or":
            return True  # "Is it the tailor alone, or is the customer heard too?"
        if tok.low in _HAND_OVER and [t.low for t in words[i + 1:i + 3]] == ["over", "to"] and words[i + 3:i + 4] \
                and words[i + 3].low in ("a", "an", "another", "his", "her", "their", "someone", "somebody"):
            return True  # "does the pond specialist hand over to a colleague at any point?"
        if tok.low == "same" and i >= 2 and words[i - 1].low == "the" and words[i - 2].low == "by" \
                and any(t.low in _VOICED for t in words[max(0, i - 4):i - 2]):
            return True  # "whether the two halves are read by the same receptionist"
        if tok.low in ("passes", "passed", "pass", "shared", "split", "divided") and words[i + 1:i + 2] \
                and words[i + 1].low in ("between", "among", "amongst") \
                and any(t.low in COUNT_WORDS or is_people(t.low) for t in words[i + 2:i + 4]):
            return True  # "if the ghost story passes between several counsellors"
        if tok.low in _HAND_OVER and any(t.low in MIC for t in words[i + 1:i + 4]):
            return True  # "if the commentator hands the mic over to a colleague"
        if tok.low == "one" and i >= 3 and [t.low for t in words[i - 2:i]] == ["more", "than"] \
                and any(t.low in ("there", "theres", "there's") for t in words[max(0, i - 4):i]):
            return True  # "can u tell if theres more than one quizmaster?"
        if tok.low in COUNT_WORDS and _has_people(words, i):
            return True  # "whether it really has two separate callers", "are there just two of them?"
        if tok.low in ("hear", "heard") and i >= 2 and words[i - 2].low in AUX and _more_than_one(words[i + 1:i + 5]):
            return True  # "do we hear more than one DJ", "can you hear two different voices"
        if tok.low in CHANGE and words[i + 1:i + 2] and words[i + 1].low in VOICES:
            return True  # "did the audio guide switch narrators partway through?"
        if tok.low in CHANGE and voice_changes(_subject_before(words, i), words[i + 1:]) \
                and not any(t.low in _REPORTED and (words[k + 1].low not in ("if", "whether") or k and words[k - 1].low not in _BEFORE_ORDER)
                            for k, t in enumerate(words[:i])):
            # (not "Does anyone mention that the voices change?"; but "mention if the voice changes partway through")
            return True  # "if the voice changes partway through to someone else"
        if tok.low not in COUNT_WORDS and not (tok.low == "number" and i + 1 < len(words) and words[i + 1].low == "of"):
            continue  # "the number of individuals who speak"
        at = next((k for k in range(i + 2, min(len(words), i + 4)) if words[k].low not in KINDS_OF), None)
        counted = words[at].low if tok.low == "number" and at is not None else ""
        if counted.endswith("s") and counted[:-1] in TALKERS and not (
                at + 1 < len(words) and words[at + 1].low in ("who", "that", "which", "whose")):
            return True  # "the number of callers", "the number of different commentators"
        window = WINDOW + (3 if tok.low == "number" else 0)  # "the number of distinct bidders and auctioneers you can hear"
        verb = next((k for k in range(i + 1, min(len(words), i + 1 + window)) if words[k].low in SPEAKING
                     and not (words[k].low == "voice" and words[k + 1:k + 2] and words[k + 1].low in VOICE_THINGS)
                     or speaks_in_other_words(words, k)
                     or (words[k].low in ("hear", "heard") and tok.low not in ("only", "just"))), None)
        how_many = tok.low == "many" and i > 0 and words[i - 1].low == "how"  # the count is asked, whatever the topic
        if how_many and words[i + 1:i + 2] and words[i + 1].low in THINGS \
                and not (words[i + 2:i + 3] and words[i + 2].low.endswith(("ers", "ors"))):
            continue  # "How many beeps does the patient hear ...?": sounds, not people (but "how many bell ringers")
        if how_many and verb is not None and words[verb].low in ("hear", "heard") and (
                not _heard_by_the_user(words, verb) or words[i + 1].low in ANIMALS):
            continue  # "How many owls did the group hear?": what someone in the recording heard, not voices
        if how_many and [t.low for t in words[i + 1:]] in (["people", "said", "it"], ["people", "say", "it"]):
            return True  # "how many people said it?" (not "how many people said they would come?")
        if verb is not None and not (verb + 1 < len(words) and words[verb + 1].low in TOPIC_AFTER and not how_many
                                     and not (words[verb].low in ANSWERING and words[verb + 1].low == "to")):
            return True  # not "do the two people talk about money?"
    return False


def _nothing_more(after: list[Token]) -> bool:
    """After "... or one": nothing, or only who speaks where ("speaking", "on the tape")."""
    lows = [t.low for t in after if t.low not in ("just", "only", "here", "there", "the", "this", "that")]
    return not lows or lows[0] in SPEAKING or (lows[0] in ("on", "in") and len(lows) > 1 and after[-1].key in AUDIO_KEYS)


def _more_than_one(after: list[Token]) -> bool:
    """"more than one DJ", "two different voices", "just one announcer": a count of someone."""
    lows = [t.low for t in after if t.low not in KINDS_OF]
    if lows[:3] == ["more", "than", "one"] or lows[:3] == ["more", "than", "1"]:
        lows = lows[2:]
    elif lows[:1] and lows[0] in ("only", "just"):
        lows = lows[1:]
    return len(lows) >= 2 and lows[0] in ONE | MORE and lows[1] not in NOT_PEOPLE and lows[1] not in THINGS


_HEARD = frozenset({"audible", "heard", "speak", "speaking", "talk", "talking", "present"})


def _alone_after(after: list[Token]) -> bool:
    """"talking alone", "speaks too", "speaks as well", "speaking by himself" - not "speaking as a doctor"."""
    lows = [t.low for t in after]
    return bool(lows) and (lows[0] in ("alone", "too") or lows[:2] == ["as", "well"]
                           or (lows[0] == "by" and len(lows) > 1 and lows[1].endswith(("self", "selves"))))


def _subject_before(words: list[Token], i: int) -> list[Token]:
    """The two words before the verb at ``i``, or before an "of ..." phrase there ("the narrator of the puppet
    show changes": "the narrator")."""
    of = next((k for k in range(i - 1, max(0, i - 5), -1) if words[k].low == "of"), None)
    return words[max(0, of - 2):of] if of is not None else words[max(0, i - 2):i]


_BEFORE_ORDER = frozenset({"and", "then", "also", "please", "pls", "just", ","})
"""Before an imperative "mention if ..." ("Transcribe it, and mention if the voice changes")."""
_REPORTED = frozenset({"mention", "mentions", "mentioned", "explain", "explains", "explained", "describe", "describes",
                       "discuss", "discusses"})
"""Verbs before a voice that changes: a change reported in the recording, not one to hear."""
_COUNTING = COUNT_WORDS | frozenset({"anyone", "anybody", "someone", "somebody", "more", "people", "voices", "pair",
                                      "alone"})


def mentions_a_count(words: list[Token]) -> bool:
    """A word that counts or compares people ("how many", "more than one", "two different", "anyone
    besides him"): a question without one ("Why is the guide upset?") is no speaker check."""
    return any(t.low in _COUNTING for t in words)


_REPORTING = frozenset({"say", "says", "said", "claim", "claims", "mention", "mentions", "report", "reports", "expected",
                        "supposed"})


def reports_speaking(words: list[Token]) -> bool:
    """"How many people does the speaker say are speaking at the conference?": speaking that the recording
    reports, not voices heard in it."""
    lows = [t.low for t in words if t.is_word]
    at = next((k for k, low in enumerate(lows) if low in _REPORTING), None)
    return at is not None and any(low in SPEAKING or low == "will" for low in lows[at + 1:])


def names_things(words: list[Token]) -> bool:
    """"two bells", "how many cars": things counted, not people."""
    return any(t.low in THINGS for t in words)


_ASKING = INFO_VERBS | frozenset({"me", "us", "please", "pls", "then", "and", "also", "if", "whether", "first",
                                  "second", "third", "next", "finally", "lastly", "know", "can", "could", "you", "u"})
_THE_RECORDING = frozenset({"it", "here"})


_ANSWERS = frozenset({"answers", "answer", "replies", "reply", "responds", "respond"})


def _more_than_one_answers(words: list[Token]) -> bool:
    """"check whether more than one rider answers": more than one person answering, the clause's last words (not
    "whether more than one student answers correctly": who answered what)."""
    lows = [t.low for t in words]
    return len(lows) >= 5 and lows[-1] in _ANSWERS and lows[-5:-2] == ["more", "than", "one"] \
        and (one_person(lows[-2]) or lows[-2] in PEOPLE or lows[-2] in TALKERS)


def about_the_recording(words: list[Token]) -> bool:
    """After the request's own words ("tell me whether", "then say if"), the clause names the
    recording ("on this clip", "left it", "on here") or speaking ("says anything", "calls the bids"):
    "whether more than one bidder raised a paddle" counts people in what is said, not voices."""
    words = [t for t in words if t.is_word]
    start = next((k for k, t in enumerate(words) if t.low not in _ASKING), len(words))
    return any(t.key in AUDIO_KEYS or t.low in SPEAKING or t.low in _THE_RECORDING for t in words[start:])


def _heard_by_the_user(words: list[Token], verb: int) -> bool:
    """"how many people can you (really) hear", "can be heard", "did you guys hear": the listener hears the voices, not
    someone in the recording ("How many owls did the group hear?")."""
    k = verb - 1
    while k > 0 and words[k].low in ("really", "actually", "clearly", "even", "all", "guys", "honestly", "truly"):
        k -= 1
    return words[k].low in _HEARERS | BEING | {"i'm", "im", "can", "could"}


_ONE_PERSON = frozenset({"person", "speaker", "voice", "caller", "individual"})
_ANYONE = frozenset({"anyone", "anybody", "someone", "somebody"})
_HEARD_THERE = frozenset({"in", "on", "it", "the", "this", "here", "there", "at", "all", "up", "too", "also", "ever"})
"""After "who else, if anyone, speaks": where ("in it", "on the tape", "here"), nothing more."""
_SAME_WHO = frozenset({"one", "person", "voice", "speaker", "individual", "guy", "woman", "man", "lady"})
_VOICED = frozenset({"read", "narrated", "voiced", "spoken", "announced", "presented", "hosted", "said", "called",
                     "delivered", "sung", "shared", "split", "given", "done"})
_CO_TALKERS = frozenset({"host", "hosts", "presenter", "presenters", "commentator", "commentators", "pilot", "anchor",
                         "narrator"})
"""After "co-": a second talker ("a co-host chimes in")."""
_HAND_OVER = frozenset({"hand", "hands", "handed", "handing", "pass", "passes", "passed", "passing"})


def _people_present(after: list[Token]) -> bool:
    """"people are in the conversation", "voices are heard": who is there, not what they did."""
    lows = [t.low for t in after[:5] if t.low not in KINDS_OF][:4]  # "how many distinct people are on it"
    if len(lows) >= 3 and is_people(lows[0]) and lows[1] in ("am", "i'm", "im", "can", "do") \
            and any(w in ("hearing", "hear") for w in lows):
        return True  # "how many people I'm hearing", "how many people am I hearing"
    if len(lows) >= 3 and is_people(lows[0]) and lows[1:3] in (["ask", "questions"], ["asked", "questions"]) \
            and (len(lows) == 3 or lows[3] in PRESENT or not lows[3][:1].isalnum()):
        return True  # "how many people ask questions": the voices asking (not "... ask for a refund", "... ask
        # questions about parking")
    if len(lows) < 3 or lows[1] not in ("are", "is", "were", "was", "r", "get", "go", "come") or lows[2] not in PRESENT:
        return False
    if lows[2] in ("on", "in") and _a_place_told_of(lows[0], [t for t in after[3:8] if t.is_word]):
        return False
    return is_people(lows[0]) or (lows[0].endswith("s") and lows[2] in ("involved", "taking", "present", "heard"))
    # ("how many nurses are involved": any plural that takes part)


_CHANNELS = frozenset({"it", "here", "there", "line", "radio", "mic", "channel", "phone", "air", "speaker", "speakerphone",
                       "frequency", "intercom", "tannoy", "pa", "walkie", "walkie-talkie", "headset", "loudspeaker",
                       "megaphone", "panel", "show", "programme", "program"})


def _a_place_told_of(noun: str, place: list[Token]) -> bool:
    """"how many workers are on the night shift", "how many deckhands are in the crew": people the recording
    tells of, not voices on it ("how many rescuers are on the radio", "how many people are in the van" are)."""
    if noun in PEOPLE or noun.endswith("callers") or noun[:-1] in TALKERS:
        return False
    named = [t for t in place if t.low not in ("the", "this", "that", "a", "an", "our", "my", "his", "her", "their")]
    return bool(named) and not any(t.key in AUDIO_KEYS and t.low not in ("tap", "taps") or t.low in _CHANNELS
                                   for t in named)  # ("the tap finale": a dance, not a tape)


_HEAR = frozenset({"hear", "hearing", "heard"})
_HEARERS = frozenset({"we", "you", "u", "i", "one", "listeners", "listener"})
"""Who hears the voices of a speaker check: the user ("are we hearing just ..."), not a character in the story."""


def _names_audio(lows: list[str]) -> bool:
    """"the recording", "this clip": the audio, after "in"."""
    named = [w for w in lows[:4] if w not in ("the", "this", "that", "our", "my")]
    return bool(named) and stem(named[0]) in AUDIO_KEYS


def _has_people(words: list[Token], i: int) -> bool:
    """A count of people that are there: "has two separate callers", "are there just two of them", "is only one
    DJ on this jingle"."""
    lows = [t.low for t in words]
    before = lows[max(0, i - 3):i]
    after = [w for w in lows[i + 1:i + 5] if w not in KINDS_OF]
    if lows[:2] in (["is", "there"], ["are", "there"]) and i <= 5:  # "is there more than one staff member on the message?"
        place = next((k for k, w in enumerate(after[:4]) if w in ("on", "in")), None)
        if any(is_people(w) for w in after[:3]) or (
                place is not None and place + 1 < len(after) and after[place + 1] in ("the", "this", "it")):
            return True
    if any(w in ("has", "have", "contains", "contain", "includes", "include", "features") for w in before):
        return bool(after) and (is_people(after[0]) or (lows[i] in ONE and after[0].endswith(("er", "or", "ist"))))
    if any(w in ("feature", "involves", "involve") for w in before) and "or" in lows[i + 1:i + 5]:
        return bool(after) and is_people(after[0])  # "whether the call involves two people or just the customer"
    if len(after) > 2 and (is_people(after[0]) or after[0].endswith("s")) and after[1] in ("are", "were") \
            and after[2] in ("on", "in") and (is_people(after[0]) or after[2] == "on" or _names_audio(lows[lows.index("in", i) + 1:])) \
            and not _a_place_told_of(after[0], words[lows.index(after[2], i) + 1:][:5]):
        return True  # "if more than two people are on the call"; not "how many laps are in the final race"
    if any(w in ("are", "is", "were") for w in before) and after and is_people(after[0]) and len(after) == 1:
        return True  # "are really two separate people"
    if len(after) > 1 and (is_people(after[0]) or "there" in lows[max(0, i - 5):i]) and after[1] in ("on", "in"):
        return True  # "are the only two people on the line", "more than one instructor on the recording"
    if len(after) > 2 and (is_people(after[0]) or after[0] in _ONE_PERSON) and after[1] in ("is", "are", "was") \
            and after[2] in ("on", "in") and any(w in ("if", "whether") or w in AUX for w in lows[:i]):
        return True  # "tell me if a 2nd person is on the line"
    if len(after) > 3 and after[1] in _ONE_PERSON | {"member", "members"} and after[2] in ("is", "are", "was") \
            and after[3] in ("on", "in") and any(w in ("if", "whether") for w in lows[:i]):
        return True  # "tell me if more than one crew member is on the channel"
    if before[-2:] in (["are", "there"], ["is", "there"]) or before[-3:-1] in (["are", "there"], ["is", "there"]):
        return not after or after[:2] == ["of", "them"] or is_people(after[0])
    if i >= 1 and lows[0] in ("is", "are", "was", "were") and i <= 2:  # "Is only one DJ on this radio jingle"
        place = next((k for k, w in enumerate(after[:3]) if w in ("on", "in")), None)
        return place is not None and place + 1 < len(after) and after[place + 1] in ("this", "the", "it")
    return False

