"""Things named with a language's adjective: "a dutch oven", "French fries", "Greek yoghurt". Before these nouns the word
names the thing, not a language (:func:`~wavllm_agent.planning.text.tokenize` reads it so); not "French press", which
may be the newspapers."""

from __future__ import annotations

NAMED_THINGS: dict[str, frozenset[str]] = {
    "dutch": frozenset({"oven", "ovens", "baby", "door", "auction", "courage"}),
    "french": frozenset({"fries", "toast", "horn", "door", "doors", "bread", "dressing", "windows", "bulldog"}),
    "english": frozenset({"muffin", "muffins", "breakfast", "mustard", "bulldog"}),
    "danish": frozenset({"pastry", "pastries"}),
    "greek": frozenset({"yoghurt", "yogurt", "salad"}),
    "spanish": frozenset({"omelette", "omelet", "onion", "onions"}),
    "swiss": frozenset({"roll", "cheese", "chard", "army"}),
    "turkish": frozenset({"delight", "bath", "carpet"}),
    "russian": frozenset({"roulette", "doll", "dolls"}),
    "chinese": frozenset({"lantern", "lanterns", "checkers", "whispers", "cabbage"}),
    "german": frozenset({"shepherd", "shepherds"}),
}
"""A language's adjective -> the nouns after which it names a thing."""

NAMED_AFTER: dict[str, frozenset[str]] = {
    "polish": frozenset({"shoe", "shoes", "nail", "nails", "boot", "boots", "furniture", "floor", "silver", "brass",
                         "metal", "car", "wood", "leather"}),
}
"""A language's name -> the nouns after which it names a thing ("the shoe polish ad", "nail polish"), not the language."""
