"""People's names as a call or a chat shows them, made into names as notes write them."""

from __future__ import annotations

import re

_DISPLAY_EXTRAS = re.compile(r"\s*(?:\([^)]*\)|\[[^\]]*\]|\s[|@–—]\s.*|\s-\s.*)\s*$")
"""What a video call adds after a name: a handle in brackets, "| Company", " - Team"."""
_GUEST = re.compile(r"\s*\((?:guest|external|host|co-host|he/him|she/her|they/them)\)\s*$", re.I)


_POST_NOMINALS = re.compile(r"(?<=\w)\s+(?:AM|MS|MP|MSP|MLA|MEP|TD|QC|KC|OBE|MBE|CBE|PhD)$")
"""Letters after a member's name, as a committee's transcript labels its speakers
("Kirsty Williams AM"): the person is Kirsty Williams."""


def without_post_nominals(name: str) -> str:
    return _POST_NOMINALS.sub("", name) if len(name.split()) > 2 else name


def speaker_name(raw: str) -> str:
    """A display name as notes write it: "Kim, Dana (Guest)" -> "Dana Kim", "Tullio |
    Erigon" -> "Tullio", "Z. Victor Zhou (xinbenlv)" -> "Z. Victor Zhou", and a handle
    written in lower case with a capital ("nflaig" -> "Nflaig") so it reads as a name."""
    name = _GUEST.sub("", " ".join(raw.split()))
    for _ in range(2):  # "Steve Lee (POWERSHELL) (slee@example.com)": both come off
        name = _DISPLAY_EXTRAS.sub("", name).strip() or name
    if name.count(",") == 1:
        last, first = (part.strip() for part in name.split(","))
        if first and last and " " not in last:
            name = f"{first} {last}"
    name = without_post_nominals(name)
    return name[:1].upper() + name[1:]
