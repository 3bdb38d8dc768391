"""What coach knows of English words, from lemminflect's tables (shipped in its wheel, read
on first use): a verb's base form, and whether a word is in the dictionary at all."""

from __future__ import annotations

import functools


@functools.cache
def verb_lemma(word: str) -> str:
    """A verb's base form: "moderating" -> "moderate", "submitted" -> "submit", "sent" -> "send"."""
    from lemminflect import getLemma

    found = getLemma(word.lower(), upos="VERB")
    return found[0] if found else word.lower()


@functools.cache
def known_word(word: str) -> bool:
    """Whether the word is an English word ("Plan", "Mark") rather than most likely a name
    ("Sylvain", "Myles")."""
    from lemminflect import getAllLemmas

    return bool(getAllLemmas(word.lower()))


@functools.cache
def describing_word(word: str) -> bool:
    """Whether the word can be an adjective or an adverb ("Good", "Probably"): a capitalised
    one opening a sentence is not taken for a name."""
    from lemminflect import getAllLemmas

    return bool({"ADJ", "ADV"} & set(getAllLemmas(word.lower())))
