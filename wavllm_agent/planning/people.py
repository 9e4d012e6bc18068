"""Which words name people: "the auctioneer", "three nurses", "the guests" (not "the weather", "numbers").

Shared by the speaker-count checks of :mod:`wavllm_agent.planning.speakers`, which ask whether a count is a count
of people speaking.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from wavllm_agent.planning.text import Token

PEOPLE = frozenset({"people", "persons", "voices", "speakers", "men", "women", "kids", "children", "guests", "students",
                    "participants", "hosts", "presenters", "guys", "folks", "ppl", "individuals", "parties",
                    "interviewees"})
"""Plural words that always name people."""
NOT_PEOPLE = frozenset({"numbers", "letters", "others", "errors", "orders", "colors", "colours", "words", "hours",
                        "dollars", "euros", "minutes", "meters", "metres", "members", "characters"})
"""Plurals in -ers/-ors (and a few more) that are not a count of people speaking."""

ANIMALS = frozenset({"birds", "owls", "cuckoos", "frogs", "toads", "dogs", "cats", "cows", "sheep", "goats", "pigs",
                     "horses", "bees", "ducks", "geese", "hens", "chickens", "roosters", "cockerels", "crows", "gulls",
                     "seagulls", "pigeons", "parrots", "bats", "crickets", "insects", "animals", "lambs", "wolves",
                     "whales", "dolphins", "seals", "donkeys", "foxes", "deer", "monkeys", "lions"})
"""Animals a recording may hold: "how many owls can you hear?" counts animals, not speakers."""

TALKERS = frozenset({"announcer", "commentator", "auctioneer", "narrator", "presenter", "host", "speaker", "guide",
                     "caller", "reader", "interpreter", "instructor", "teacher", "lecturer", "dispatcher", "operator",
                     "moderator", "quizmaster", "dj", "mc", "compere", "compère", "emcee", "newsreader", "preacher", "interviewer",
                     "reporter", "broadcaster", "tutor", "chairperson", "spokesperson", "receptionist", "agent",
                     "singer", "vocalist", "rapper", "comedian", "participant", "talker"})
"""People whose job is to talk: "whether the auctioneer changes partway" (not "the goalkeeper changes")."""
_SHORT_PEOPLE = frozenset({"vet", "nurse", "chef", "pilot", "co-pilot", "copilot", "guide", "host", "coach", "judge",
                           "cook", "clerk", "monk", "nun", "priest", "vicar", "maid", "nanny", "boss", "mum", "mom", "dad",
                           "son", "wife", "husband", "kid", "child", "girl", "boy", "guy", "lady", "bride", "groom",
                           "patient", "guest", "client", "staff", "crew", "chair", "mc", "dj", "tenant", "athlete",
                           "captain", "champion", "chief", "witness", "pupil", "adult", "candidate", "delegate",
                           "deputy", "diplomat", "referee", "umpire", "trainee", "squire", "interviewee", "attendee",
                           "employee", "nominee", "friend", "mate", "buddy", "pal", "colleague", "neighbour", "neighbor",
                           "mechanic", "medic", "cleric", "critic", "expert", "grandma", "grandpa", "granny", "gran",
                           "grandad", "granddad", "nan", "nana", "nonna", "aunt", "auntie", "uncle", "niece", "nephew",
                           "cousin"})


def one_person(low: str) -> bool:
    """"auctioneer", "commentator", "attendant", "storyteller": a word that looks like one person's (not
    "weather", "timer", "payment")."""
    return low in _SHORT_PEOPLE or (low.endswith(("er", "or", "ant", "ent", "ist", "ian", "man", "woman", "person"))
                                    and not low.endswith("ment") and low not in _THINGS_LIKE_PEOPLE)


_THINGS_LIKE_PEOPLE = frozenset({
    "weather", "water", "timer", "order", "number", "letter", "paper", "river", "winter", "summer", "colour",
    "color", "floor", "door", "motor", "meter", "metre", "power", "layer", "filter", "border", "chapter",
    "register", "corner", "center", "centre", "matter", "answer", "shower", "tower", "flavour", "flavor",
    "behaviour", "behavior", "humour", "humor", "error", "mirror", "sensor", "monitor", "tractor", "elevator",
    "generator", "radiator", "computer", "printer", "recorder", "counter", "poster", "trailer", "temper", "laser",
    "buzzer", "heater", "blender", "mixer", "hammer", "ladder", "dinner", "supper", "butter", "sugar", "flour",
    "flower", "platter", "theatre", "theater", "favour", "favor", "labour", "labor", "honour", "honor", "content",
    "event", "accent", "current", "percent", "plant", "restaurant", "tent", "talent", "scent", "extent", "intent"
})


def is_people(low: str) -> bool:
    """"guests", "bidders", "instructors": a plural that names people (not "numbers", "colours")."""
    return low in PEOPLE or (low.endswith(("ers", "ors")) and low not in NOT_PEOPLE)


def a_person(words: list[Token]) -> bool:
    """"a customer", "someone else", "another guide", "the apprentice": one person (after "or", after "just")."""
    lows = [t.low for t in words]
    if lows[:1] and lows[0] in ("someone", "somebody", "anyone", "anybody", "another", "others", "him", "her"):
        return True
    noun = lows[1] if lows[:1] and lows[0] in ("a", "an", "the", "his", "her", "their") and len(lows) > 1 else None
    return noun is not None and (is_people(noun) or noun in PEOPLE or one_person(noun))


def hyphened_owner(tokens: list[Token]) -> int | None:
    """Where someone's name ends ("guide's") after a name joined by hyphens just before it, opening the clause: "the
    ship-in-a-bottle guide's words" (not "The sign-up deadline in the organizer's words")."""
    owner = next((m for m in range(7, min(len(tokens), 14)) if tokens[m].low.endswith(("'s", "s'", "’s"))), None)
    if owner is None:
        return None
    k = owner - 1
    while k >= 2 and tokens[k - 1].low == "-" and tokens[k - 2].is_word:
        k -= 2
    return owner if k < owner - 1 and k <= 3 and all(t.is_word for t in tokens[:k]) else None
