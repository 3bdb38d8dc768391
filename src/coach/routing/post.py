"""Reading a situation as people post it: the wrapping taken off, and what they ask for.

People paste their situations the way they would post them: a greeting, a word about the
account they post from, "sorry for the long post", "any advice appreciated", a sign-off.
Those sentences say nothing about which conversation is wanted, but they move the
situation's embedding toward the generic middle, where the router reads "a problem with
someone" as coaching. `situation_core` drops them before routing (a sentence goes only
when every clause of it is wrapping), and a situation made only of them is left as it is.

A post also tells much that is not what the writer wants: "After my year-end review I want
to ask when I can be promoted" is about a promotion, not the review. `ask_clause` keeps the
clauses that say what they want ("I want to…", "how do I…", "should I…"); the router
scores them against each conversation as well as the whole situation.
"""

from __future__ import annotations

import re

from coach.core.text import sentences

_FILLER_TAIL = r"(?:\ (?:here|please|guys|folks|everyone|all|friends|in\ advance|again|so\ much|a\ lot|for\ reading|for\ any\ (?:help|advice|input)|for\ your\ (?:time|help|advice|input)))*"
"""What may follow a plea or a thanks and still say nothing about the situation."""
_WRAPPING = re.compile(
    r"""^(?:
        (?:hi|hello|hey|dear|greetings|good\ (?:morning|afternoon|evening))(?:\ (?:all|everyone|everybody|folks|guys|team|friends|there|reddit|r/\w+|internet))*
      | (?:thanks|thank\ you|thx|tia|cheers|regards|best|sincerely|signed)"""
    + _FILLER_TAIL
    + r"""
      | (?:any|all)\ (?:advice|tips|help|input|thoughts|suggestions|insights?|feedback|ideas|words\ of\ wisdom)
        (?:\ (?:on|about)\ (?:this|that|what\ to\ do|how\ to\ (?:proceed|handle\ (?:this|it))))?
        (?:\ (?:(?:is|are|would\ be|will\ be)\ )?(?:much\ |really\ |greatly\ |hugely\ |very\ )?(?:welcome|appreciated|helpful|great))?"""
    + _FILLER_TAIL
    + r"""
      | (?:i\ )?(?:would\ |'d\ )?(?:really\ |greatly\ )?appreciate\ (?:any|all|your|some)\ (?:advice|tips|help|input|thoughts|suggestions|feedback|ideas)"""
    + _FILLER_TAIL
    + r"""
      | (?:please\ )?help(?:\ me)?(?:\ out)?(?:\ please)?(?:\ i'?m\ (?:at\ a\ loss|lost|stuck|desperate))?
      | (?:so\ )?what\ (?:should|would|do|can)\ (?:i|you|we)\ do(?:\ (?:here|now|next|in\ my\ (?:shoes|position|situation)))?
      | (?:thoughts|ideas|suggestions|advice|opinions)
      | (?:has|have)\ (?:anyone|anybody|any\ of\ you)\ (?:else\ )?(?:been|dealt\ with|had|faced|gone\ through|experienced)\ (?:this|that|something\ similar|anything\ similar|(?:in\ )?a\ similar\ situation)(?:\ before)?
      | (?:i'?d|i\ would)\ love\ to\ hear\ (?:your\ (?:thoughts|advice|input|opinions?|experiences?)|how\ others\ (?:have\ )?(?:handled|dealt\ with)\ (?:this|it|something\ similar)|from\ (?:anyone|others|you)(?:\ who\ has\ been\ there)?)
      | (?:sorry|apologies)\ (?:for|about)\ (?:the\ )?(?:long\ post|length|wall\ of\ text|rant|formatting|typos?|my\ english|being\ on\ mobile)
      | (?:long[-\ ]time\ lurker|first[-\ ]time\ poster|first\ (?:time\ )?post(?:ing)?(?:\ here)?|throwaway(?:\ account)?(?:\ for\ (?:obvious\ )?(?:privacy\ )?reasons)?|(?:using\ an?\ )?(?:alt|throwaway)\ (?:account\ )?(?:because|since|for)\ .{0,40}|posting\ from\ (?:my\ )?(?:phone|mobile)|on\ mobile)
      | (?:not\ sure\ if\ this\ is\ the\ right\ (?:sub|place|forum|subreddit)(?:\ for\ this)?|mods?\ please\ remove\ if\ not\ allowed)
      | edit\s*\d*\s*:\s*(?:formatting|typos?|spelling|grammar|clarity)
      | (?:tl;?\s*dr|tldr)\s*:?\s*(?:not\ sure\ what\ to\ do|help|advice\ needed|any\ advice)
      | (?:i'?m\ )?(?:(?:just|really)\ )?(?:not\ sure|at\ a\ loss|lost)(?:\ (?:what|how)\ to\ (?:do|proceed|handle\ (?:this|it)))?(?:\ here)?(?:\ any\ help\ (?:is\ )?welcome)?
      | (?:i\ )?(?:just\ |really\ )?(?:don'?t|do\ not)\ know\ (?:who\ else\ to\ ask|what\ (?:else\ )?to\ do|where\ (?:else\ )?to\ turn|how\ to\ (?:proceed|handle\ (?:this|it)))
      | (?:so\ )?(?:here\ goes|here\ it\ is|bear\ with\ me)
      | (?:\w+\ )?(?:account|alt)\ for\ (?:obvious\ )?(?:privacy\ )?reasons
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
_ASK = re.compile(
    r"""\b(?:
        i\s*(?:really\s+|just\s+)?(?:want|need|would\s+like|'d\s+like|wish|hope|plan|am\s+trying|'m\s+trying|am\s+going|'m\s+going)\s+to
      | how\s+(?:do|can|should|would)\s+i
      | (?:should|can|could)\s+i
      | what\s+(?:do|can|should)\s+i
      | how\s+to
      | help\s+me
    )\s+[^.!?\n]*""",
    re.IGNORECASE | re.VERBOSE,
)
_TLDR_LABEL = re.compile(r"^(?:tl;?\s*dr|tldr)\s*:?\s*", re.IGNORECASE)
_CLAUSE = re.compile(r",\s+|\s+(?:--|—|–)\s*|;\s+")
_SIGN_OFF = re.compile(r"(?:(?<=[.!?])\s*|\n\s*)(?:--|—|–|~)\s*[^.!?\n]{1,40}$")
"""A signature at the very end: "-- Confused in Ohio"."""


def is_wrapping(sentence: str) -> bool:
    """A sentence of the post's wrapping (greeting, thanks, a plea for advice): every one of
    its clauses is."""
    clauses = [c.strip(" .!?,:") for c in _CLAUSE.split(sentence.strip())]
    return all(_WRAPPING.match(c) for c in clauses if c)


def situation_core(text: str) -> str:
    """`text` without the sentences that only wrap it; unchanged when nothing else is left."""
    kept = [_TLDR_LABEL.sub("", s) for s in sentences(_SIGN_OFF.sub("", text.strip())) if not is_wrapping(s)]
    kept = [s for s in kept if s]
    return " ".join(kept) if kept else text.strip()


def ask_clause(text: str) -> str:
    """The clauses of `text` that say what the writer wants to do ("" when none does)."""
    return " ".join(m.group(0).strip() for m in _ASK.finditer(text))
