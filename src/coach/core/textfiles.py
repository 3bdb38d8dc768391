"""Bytes the user gave (a file, standard input) as text, or one clear line why not."""

from __future__ import annotations

from coach.core.errors import UsageError


def decode_text(data: bytes, where: str, *, binary: str, after: str = "") -> str:
    """UTF-8 (a byte-order mark is allowed). `binary` ends the message for a file with NUL
    bytes near its start; `after` is added to the one for bytes that are not UTF-8."""
    if b"\x00" in data[:8192]:
        raise UsageError(f"{where} {binary}")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UsageError(f"{where} is not UTF-8 text (byte {exc.start}){after}") from None
    if (nul := text.find("\x00")) != -1:  # past the first 8 KB: text with a binary tail
        raise UsageError(f"{where} has a NUL byte at character {nul:,}: it is not plain text{after}")
    return text
