"""Bytes the user gave (a file, standard input) as text, or one clear line why not. Text
comes in the encodings people's tools write: UTF-8 (with or without a byte-order mark),
UTF-16 (Windows exports, with or without one) and the Windows-1252 / Latin-1 of older
editors and mail clients."""

from __future__ import annotations

import codecs
import re

from coach.core.errors import UsageError

_CONTROL = frozenset(chr(c) for c in range(32)) - set("\t\n\r\f\v")
MAX_CONTROL_SHARE = 0.01
_TERMINAL = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)")
"""A terminal's colour and title codes ("\\x1b[31m"), in a log copied from a terminal: no one's words."""


def _utf16(data: bytes) -> str | None:
    """UTF-16 by its byte-order mark, or by the NUL in every other byte of ASCII text."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            return None
    sample = data[:4096]
    if len(sample) >= 4 and len(sample) % 2 == 0:
        odd, even = sample[1::2], sample[0::2]
        for zeros, encoding in ((odd, "utf-16-le"), (even, "utf-16-be")):
            if zeros.count(0) > 0.7 * len(zeros):
                try:
                    return data.decode(encoding)
                except UnicodeDecodeError:
                    return None
    return None


def decode_text(data: bytes, where: str, *, binary: str, after: str = "") -> str:
    """The text of `data`, whatever of the encodings above it is in. `binary` ends the
    message for bytes that are not text (NUL bytes or control characters); `after` is
    added to the message for a text with a NUL byte past its start."""
    text = _utf16(data)
    if text is None:
        if b"\x00" in data[:8192]:
            raise UsageError(f"{where} {binary}")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            try:
                text = data.decode("cp1252")  # Windows-1252: Latin-1 plus curly quotes and dashes
            except UnicodeDecodeError:
                text = data.decode("latin-1")
    text = _TERMINAL.sub("", text)
    if (nul := text.find("\x00")) != -1:  # past the first 8 KB: text with a binary tail
        raise UsageError(f"{where} has a NUL byte at character {nul:,}: it is not plain text{after}")
    sample = text[:8192]
    if sample and sum(ch in _CONTROL for ch in sample) > MAX_CONTROL_SHARE * len(sample):
        raise UsageError(f"{where} {binary}")
    return text
