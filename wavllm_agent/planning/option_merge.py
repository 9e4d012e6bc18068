"""Multiple-choice options the clause cut split off, joined back to the question they answer ("...? A. By bus; B. In
the car.", "...? 1. tennis 2. cricket", "the steward is (a) excited (b) calm"), and lettered items that are requests
("(b) identify the speaker's emotion") kept apart (split from :mod:`~wavllm_agent.planning.clauses`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wavllm_agent.planning import cues, numbering, options
from wavllm_agent.tasks.traits import PlanRole

if TYPE_CHECKING:
    from wavllm_agent.planning.text import Token
    from wavllm_agent.planning.vocab import Vocabulary

BULLETS = frozenset({"-", "*", "•", "·", "–", "—"})
"""Marks that open a bulleted line."""
_ANY_BULLET = BULLETS | options.INLINE_BULLETS
_Piece = tuple[int, int, bool]


def _is_request_item(piece: list[Token], vocab: Vocabulary) -> bool:
    """"(b) identify the speaker's emotion": a lettered item that asks for a task, not an option."""
    found = options.marker_at(piece, 0) if piece else None
    rest = piece[found[2]:] if found is not None else piece
    return bool(rest) and rest[0].key in cues.ACTION_KEYS and bool(vocab.matches(rest))


def _lists_requests(before: list[Token], vocab: Vocabulary) -> bool:
    """"requests (a) a verbatim transcript ...": the first lettered item asks for a task, so the letters
    number requests, not a question's options."""
    first = next((k for k in range(len(before)) if (options.marker_at(before, k) or ("", 0, 0))[:2] == ("letter", 1)),
                 None)
    if first is None or (first > 0 and before[first - 1].low == "?"):
        return False
    return any(vocab.kind(m.task) is not None for m in vocab.matches(before[first:]))


_BULLET_LINE = -1
"""``bare`` in :func:`merge_options` after an option on a bulleted line of its own."""


def merge_options(tokens: list[Token], pieces: list[_Piece], vocab: Vocabulary) -> list[_Piece]:
    """"A. By bus; B. In the car.", "...? 1. tennis 2. cricket", "...? Options: x, y" stay with the
    question they answer."""
    out: list[_Piece] = []
    bare = 0  # the last bare option letter merged ("...? A journaling; B exercising"), 0 for none
    marked = 0  # the last option merged whose marker the split dropped ("the steward is (a) excited (b) calm")
    for n, (a, b, is_soft) in enumerate(pieces):
        piece = tokens[a:b]
        dropped = _marker_before(tokens, a)
        if out and dropped is not None and dropped[1] == marked + 1 \
                and (marked or _awaits_option(tokens[out[-1][0]:out[-1][1]], piece)
                     or _asks_then_dash(tokens[out[-1][0]:out[-1][1]], piece, vocab)):
            out[-1] = (out[-1][0], b, out[-1][2])
            marked += 1
            continue
        marked = 0
        run = out and tokens[out[-1][1] - 1].low == "?" and options.has_options(piece) \
            and (options.marker_at(piece, 0) or ("", 0, 0))[:2] == ("letter", 1)  # "...? A. Check both clips B. ..."
        if out and _which_tag(piece) and options.has_options(tokens[out[-1][0]:out[-1][1]]):
            out[-1] = (out[-1][0], b, out[-1][2])  # "the towel is A. wet B. dry. Which is it?": the options' question
            continue
        if out and _options_first(tokens[out[-1][0]:out[-1][1]], vocab) and _a_question(piece):
            out[-1] = (out[-1][0], b, out[-1][2])  # "Options: red, blue, green. Which team wins?"
            continue
        if out and (run or not _is_request_item(piece, vocab)):
            before = tokens[out[-1][0]:out[-1][1]]
            after_question = bool(before) and (before[-1].low in ("?", ":") or _awaits_option(before, piece) or (
                before[-1].low in ("-", "–", "—") and a > 0 and tokens[a - 1].low in options.INLINE_BULLETS
                and _asks_before_dash(before[:-1], piece)) or _true_or_false(before))
            # "Which is her country — •", "Where is it going – •", "True or false: ... stirred. (a) true (b) false"
            first = options.marker_at(piece, 0) if piece else None
            upper_letter = first is not None and first[:2] == ("letter", 1) and piece[first[2] - 2].text.isupper()
            letter = options.bare_letter(piece)
            following = options.bare_letter(tokens[pieces[n + 1][0]:pieces[n + 1][1]]) if n + 1 < len(pieces) else 0
            bare_option = letter > 0 and ((letter == 1 and after_question and following == 2) or letter == bare + 1 > 1)
            around = [tokens[c:d] for c, d, _ in (pieces[n - 1:n] if n else []) + pieces[n + 1:n + 2]]
            bulleted = a > 0 and tokens[a - 1].low in _ANY_BULLET and not _ordered(piece, around) \
                and not (dropped is not None and _a_question(piece)) \
                and (after_question or bare == _BULLET_LINE) \
                and cues.word_count(piece) <= 6 and (not vocab.matches(piece) or _a_mood(piece, vocab) or _a_turn(piece, vocab))
            # "...?\n- Italian Game\n- ...", "...?\n- the runner drops out\n- the runner keeps going"
            continued = options.continues_options(piece, before) and not _lists_requests(before, vocab) \
                and not _item_asks(piece, first)  # "(i) provide a transcript; (ii) Where does ...? 1. ... 2. ..."
            listed_or = after_question and before[-1].low == "?" and (options.or_list(piece) or options.marked_list(piece)) \
                and not vocab.matches(piece)  # "...? 10 metres, 30 metres or 50 metres." / "...? — a note — some money"
            own = options.states_own_options(piece) and not any(t.low in cues.WH - {"how"} for t in before[:3])
            # ("How many people talk? Pick one: the swing is for i) ... ii) ...": a question of its own; not "What is he
            # holding? Pick one: he is holding a) ... b) ...", the options of the question before)
            if (after_question and options.starts_options(piece) and not own) or continued or listed_or \
                    or (upper_letter and b - a >= 2) or bare_option or bulleted:
                out[-1] = (out[-1][0], b, out[-1][2])
                bare = letter if bare_option else _BULLET_LINE if bulleted else 0
                continue
        bare = 0
        out.append((a, b, is_soft))
    return out


_WHICH_TAGS = (["which"], ["which", "is", "it"], ["which", "one"], ["which", "one", "is", "it"], ["which", "is", "right"],
               ["which", "is", "correct"], ["which", "fits"], ["which", "one", "fits"], ["which", "applies"])


def _which_tag(piece: list[Token]) -> bool:
    """"Which is it?", "Which one?": the question of the options just given, asked after them."""
    return bool(piece) and piece[-1].low == "?" and [t.low for t in piece if t.is_word] in _WHICH_TAGS


def _true_or_false(before: list[Token]) -> bool:
    """"then true or false: the pan must be stirred constantly.": a quiz statement, its options after its full stop."""
    words = [t.low for t in before[cues.lead_end(before):] if t.is_word]
    words = words[1:] if words[:1] == ["then"] else words
    return before[-1].low == "." and words[:3] == ["true", "or", "false"] and len(words) <= 25


def _options_first(piece: list[Token], vocab: Vocabulary) -> bool:
    """"Options: red, blue, green.": a sentence of options under their label, before the question they answer."""
    return len(piece) > 3 and piece[0].low in ("options", "choices") and piece[1].low == ":" \
        and not any(t.low == "?" for t in piece) and not vocab.matches(piece[2:]) and cues.word_count(piece) <= 16


def _a_question(piece: list[Token]) -> bool:
    """A question of its own: a question word (or a verb that asks) first, a question mark last."""
    words = [t for t in piece if t.is_word]
    return bool(words) and piece[-1].low == "?" and (words[0].low in cues.WH or words[0].low in cues.AUX)


_ORDERING = frozenset({"then", "next", "finally", "lastly", "also", "afterwards"})
"""After a dash, an ordering word starts a request, not an option ("...? — then how does the player sound.")."""


def _ordered(piece: list[Token], around: list[list[Token]]) -> bool:
    """"then how does the player sound", "next, transcribe it", "next" (its request cut off by a comma): an ordering word
    before a request (not "next week", nor
    options that all start with one: "- next, read chapter 2 - next, write an essay")."""
    if not piece or piece[0].low not in _ORDERING or any(p and p[0].low in _ORDERING for p in around):
        return False
    k = 1 + (len(piece) > 1 and piece[1].low == ",")
    return k >= len(piece) or (piece[k].low in cues.WH or piece[k].key in cues.ACTION_KEYS or (
        piece[k].low in ("tell", "give", "say") and k + 1 < len(piece) and piece[k + 1].low in ("me", "us")))


def _asks_before_dash(before: list[Token], piece: list[Token]) -> bool:
    """A question with no mark of its own before a dash and bulleted options: "Where is the train going – • Lyon"."""
    words = [t for t in before[cues.lead_end(before):] if t.is_word]
    return _awaits_option(before, piece) or (len(words) >= 3 and (words[0].low in cues.WH or words[0].low in cues.AUX))


def _marker_before(tokens: list[Token], a: int) -> options.Marker | None:
    """The option marker that ends right before token ``a`` ("(b) " before "calm"), if any."""
    for k in (a - 3, a - 2):
        found = options.marker_at(tokens, k) if k >= 0 else None
        if found is not None and k + found[2] == a:
            return found
    return None


def _a_turn(piece: list[Token], vocab: Vocabulary) -> bool:
    """"- the runner keeps going": an option about what someone does that only sounds like going on with the story."""
    return piece[0].low in ("the", "a", "an", "he", "she", "they") \
        and all(m.task == vocab.role(PlanRole.STORY) for m in vocab.matches(piece))


def _a_mood(piece: list[Token], vocab: Vocabulary) -> bool:
    """"- furious": an option of one or two words that only names how someone sounds."""
    return cues.word_count(piece) <= 2 and all(m.task == vocab.role(PlanRole.HOW_IT_SOUNDS) for m in vocab.matches(piece))


_ASKING = frozenset({"does", "do", "did", "is", "are", "was", "were", "has", "have", "had"})
_ASKER = frozenset({"you", "u", "i", "we", "there", "it"})
"""After the first word, a request to the assistant or the user's own wish ("Can you give me (1) ...", "What I need:
(1) ...", "Is there any way to get (1) ..."), not a question about the recording."""
_OUTPUT_NOUNS = frozenset({"transcript", "transcription", "summary", "translation", "mood", "emotion", "tone", "language",
                           "speaker", "speakers", "count", "text", "gist", "both", "emotions"})
_OPEN_ENDS = frozenset({"as", "like", "be", "by", "with", "to", "for", "of", "from", "at", "in", "on", "either"})


def _awaits_option(before: list[Token], piece: list[Token]) -> bool:
    """"Is the house wine described as\n- dry\n- sweet": a question cut off where its options begin (``piece``, the
    first of them)."""
    words = [t for t in before[cues.lead_end(before):] if t.is_word]
    if words and words[0].low in ("then", "answer"):
        words = words[1:]
    colon = next((k + 1 for k in range(len(before) - 1, 0, -1) if before[k].low == ":"), 0)
    if before and (numbering.completes_statement(before[cues.lead_end(before):], piece)
                   or 0 < colon < len(before) and numbering.completes_statement(before[colon:], piece)):
        return True  # "the steward is (a) excited (b) calm", "Next, choose: the chains are • rusty • new"
    if 2 <= len(words) <= 8 and words[0].low == "which" and before[-1].is_word and not any(t.low == "?" for t in before):
        return True  # "then which is cheapest 1. wooden 2. brass 3. shell": a question without its mark
    if len(words) >= 3 and (words[0].low in _ASKING or words[0].low in cues.WH) and words[1].low not in _ASKER \
            and not any(t.low == "?" for t in before) and 1 <= cues.word_count(piece) <= 4 \
            and piece[0].key not in cues.ACTION_KEYS and not any(t.low in _OUTPUT_NOUNS for t in piece) \
            and piece[-1].low in (",", "or"):
        return True  # "does the runner (1) fall, (2) finish or (3) quit?": a question cut where its options begin
    return len(words) >= 3 and (words[0].low in cues.AUX or words[0].low in cues.WH) and words[-1].low in _OPEN_ENDS


_NOT_ASKED = _ASKER | frozenset({"to", "i'd", "id", "i'm", "im", "me"})
"""After a question word, words of a request to the assistant ("Can you do these things -", "What I need -", "What to
do -", "How I'd like it done -"), not of a question about the recording."""


def _asks_then_dash(before: list[Token], piece: list[Token], vocab: Vocabulary) -> bool:
    """"how does the farmer sound — (a) proud (b) ...": a question with no mark of its own, then a dash, before options
    whose markers the split dropped (not "Do the following — (a) transcribe it (b) ...": requests)."""
    words = [t for t in before[cues.lead_end(before):] if t.is_word]
    return len(words) >= 3 and (words[0].low in cues.AUX - {"do", "can", "could", "would", "will"}
                                or words[0].low in cues.WH) and words[1].low not in _NOT_ASKED \
        and before[-1].low in ("-", "–", "—") and not any(t.low == "?" for t in before) \
        and not _is_request_item(piece, vocab) and not (piece and piece[0].key in cues.ACTION_KEYS)


def _item_asks(piece: list[Token], marker: options.Marker | None) -> bool:
    """A numbered item that is a question of its own ("(ii) Where does the witness say she was? 1. ..."): no option."""
    at = marker[2] if marker is not None else 0
    return at < len(piece) and piece[at].low in cues.WH | cues.AUX and any(t.low == "?" for t in piece[at:])
