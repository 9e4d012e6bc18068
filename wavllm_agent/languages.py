"""Language names and codes (ISO 639-1), for ``--target-lang`` and instructions."""

from __future__ import annotations

from wavllm_agent.errors import UsageError

LANGUAGES: dict[str, str] = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian",
    "pt": "Portuguese", "nl": "Dutch", "sv": "Swedish", "da": "Danish", "no": "Norwegian",
    "fi": "Finnish", "pl": "Polish", "cs": "Czech", "ru": "Russian", "uk": "Ukrainian",
    "tr": "Turkish", "el": "Greek", "ar": "Arabic", "he": "Hebrew", "fa": "Persian",
    "hi": "Hindi", "zh": "Chinese", "ja": "Japanese", "ko": "Korean", "vi": "Vietnamese",
    "th": "Thai", "id": "Indonesian", "ca": "Catalan", "ro": "Romanian", "hu": "Hungarian",
    "et": "Estonian", "lv": "Latvian", "sl": "Slovenian", "cy": "Welsh", "ta": "Tamil",
    "mn": "Mongolian",
    # More of the languages Whisper transcribes (a transcript's language may be any of them)
    "is": "Icelandic", "bg": "Bulgarian", "hr": "Croatian", "sr": "Serbian", "sk": "Slovak", "lt": "Lithuanian",
    "ms": "Malay", "tl": "Tagalog", "sw": "Swahili", "ur": "Urdu", "bn": "Bengali", "pa": "Punjabi",
    "gu": "Gujarati", "mr": "Marathi", "te": "Telugu", "kn": "Kannada", "ml": "Malayalam", "ne": "Nepali",
    "af": "Afrikaans", "sq": "Albanian", "hy": "Armenian", "ka": "Georgian", "az": "Azerbaijani", "kk": "Kazakh",
    "uz": "Uzbek", "eu": "Basque", "gl": "Galician", "mk": "Macedonian", "bs": "Bosnian", "be": "Belarusian",
    "mi": "Maori", "yo": "Yoruba", "so": "Somali", "am": "Amharic", "km": "Khmer", "my": "Burmese",
    "si": "Sinhala", "ps": "Pashto", "yi": "Yiddish", "mt": "Maltese", "lb": "Luxembourgish",
}
"""Code -> English name of the languages the library knows by name."""

_ALIASES: dict[str, str] = {
    "deutsch": "de", "francais": "fr", "français": "fr", "espanol": "es", "español": "es",
    "castilian": "es", "mandarin": "zh", "farsi": "fa", "flemish": "nl", "brazilian": "pt",
    "italiano": "it", "nederlands": "nl", "portugues": "pt", "português": "pt",
    "filipino": "tl", "bangla": "bn", "sinhalese": "si",
}

_BY_NAME: dict[str, str] = {name.lower(): code for code, name in LANGUAGES.items()} | _ALIASES


def language_code(value: str) -> str:
    """The ISO 639-1 code for a code or name ("de", "German", "deutsch", "en-US").

    Raises:
        UsageError: an unknown language.
    """
    key = value.strip().lower().replace("_", "-")
    if key in LANGUAGES:
        return key
    if key in _BY_NAME:
        return _BY_NAME[key]
    base = key.split("-")[0]
    if base in LANGUAGES:
        return base
    raise UsageError(f"unknown language {value!r}", hint="use a code such as de or a name such as German")


def language_name(code: str) -> str:
    """The English name of a code ("de" -> "German"); the code itself when unknown."""
    return LANGUAGES.get(code, code)


def language_names() -> dict[str, str]:
    """Lower-case name or alias -> code, for every language the library knows by name."""
    return dict(_BY_NAME)


def find_language(text: str) -> str | None:
    """The code of the first language named in ``text`` ("... into German" -> "de"), if any."""
    import re

    words = re.findall(r"[a-zà-ÿ]+", text.lower())
    for word in words:
        if word in _BY_NAME:
            return _BY_NAME[word]
    return None
