"""Typing slips the rule planner forgives: task words misspelt by one letter or cut short in texting
("Trnscribe", "sumry", "cont"), misspelt language names ("portugese") and a country named for its language
("into Russia language")."""

from __future__ import annotations

from functools import lru_cache

from wavllm_agent.languages import language_names

_TASK_WORDS = ("transcribe", "transcript", "transcription", "translate", "translation", "summarise", "summarize",
               "summary", "continue", "writing", "written")
"""Words a typo in which should not lose the request ("Trnscribe", "transalte", "sumary", "contiue", "in writting")."""
_TASK_FORMS = frozenset(
    w + ending for w in _TASK_WORDS for ending in ("", "s", "d", "r", "rs", "ed", "es", "ing", "al")
) | frozenset({"transcribing", "translating", "summarising", "summarizing", "summaries", "translator", "translators",
              "continuing", "continuous", "continuity", "continual"})


SHORT_FORMS = {"cont": "continue", "contd": "continue", "goin": "going", "wat": "what", "wot": "what", "wht": "what",
               "whut": "what", "r": "are", "tel": "tell", "lemme": "let", "hw": "how", "feelin": "feeling",
               "shes": "she's", "hes": "he's", "sumry": "summary", "smry": "summary", "sumrise": "summarise",
               "sumrize": "summarize", "wrds": "words", "wrd": "word", "w/": "with", "w": "with",
               "translat": "translate"}
"""Task words cut short in texting."""


@lru_cache(maxsize=4096)
def fixed_typo(low: str) -> str:
    """``low``, or the task word it misspells by one letter (dropped, added, changed or two swapped)."""
    if low in SHORT_FORMS:
        return SHORT_FORMS[low]  # "cont the story pls"
    if len(low) < 5 or low in _TASK_FORMS or not low.isalpha():
        return low
    if low.startswith("sp") and low not in _NOT_SPEAK:  # "guide speks portugese"
        return next((word for word in _SPEAK_FORMS if one_edit(low, word)), low)
    if len(low) < 6:
        return low
    for word in _TASK_WORDS:
        if abs(len(word) - len(low)) <= 1 and one_edit(low, word):
            return word
    return low


_SPEAK_FORMS = ("speaks", "speaking", "speak")
_NOT_SPEAK = frozenset({"spears", "spearing", "speaks", "speaking", "speak", "speck", "specks", "spear", "sneak"})


def one_edit(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by exactly one edit (insert, delete, substitute, swap neighbours)."""
    if a == b:
        return False
    if len(a) == len(b):
        diff = [k for k in range(len(a)) if a[k] != b[k]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    k = next((k for k in range(len(short)) if short[k] != long_[k]), len(short))
    return short[k:] == long_[k + 1:]


COUNTRY_LANGUAGES = {"albania": "albanian", "armenia": "armenian", "azerbaijan": "azerbaijani", "bosnia": "bosnian",
                      "bulgaria": "bulgarian", "croatia": "croatian", "estonia": "estonian", "georgia": "georgian",
                      "germany": "german", "indonesia": "indonesian", "latvia": "latvian", "lithuania": "lithuanian",
                      "macedonia": "macedonian", "mongolia": "mongolian", "persia": "persian", "serbia": "serbian",
                      "slovenia": "slovenian", "somalia": "somali", "romania": "romanian", "russia": "russian",
                      "turkey": "turkish", "greece": "greek", "italy": "italian", "japan": "japanese",
                      "china": "chinese", "korea": "korean", "poland": "polish", "spain": "spanish", "france": "french",
                      "vietnam": "vietnamese", "thailand": "thai", "portugal": "portuguese", "hungary": "hungarian"}
"""A country and its language: the language only in learner's "Russia language" or after "Bahasa"."""
_NOT_LANGUAGES = frozenset({"finish", "banish", "vanish", "germane", "spanis", "polish", "dutchy", "nepal", "koran",
                            "polis", "arabi", *COUNTRY_LANGUAGES})
"""English words one letter from a language's name, never read as the language (countries: "Bulgaria • Italy")."""


@lru_cache(maxsize=4096)
def misspelt_language(low: str) -> str | None:
    """The code of the language ``low`` misspells by one letter ("portugese", "germna", "frnch"), for names of 6+
    letters (a 5-letter word can only miss a letter of a 6-letter name)."""
    if len(low) < 5 or low in _NOT_LANGUAGES or not low.isalpha():
        return None
    found = {code for name, code in language_names().items() if len(name) >= 6 and one_edit(low, name)}
    return found.pop() if len(found) == 1 else None
