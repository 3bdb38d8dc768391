"""What counts as a commitment, in words: the cues of a promise, a request, an answer and
an action line of minutes, and what only sounds like one (running the call, talk about the
conversation, hedges, things done on the spot). `wording.py` reads a task's words with them."""

from __future__ import annotations

import re

MARKER = re.compile(
    r"^(?:action(?:[\s_]+item)?s?|ai|todo|to-?do|next\s+steps?|follow[- ]?ups?)"
    r"(?:\s*\((?P<who>[^)]+)\)|\s+(?P<initials>(?-i:[A-Z]{2,3}))|\s+(?:to|for)\s+(?P<to>[^:]{2,40}?)|"
    r"\s+@?(?P<named>(?-i:[A-Z][a-z]+(?: [A-Z][a-z]+)?)))?(?:\s*[:\-–]|(?<=step)\s+is(?=\s+(?-i:[A-Z]))|(?<=steps)\s+are(?=\s+(?-i:[A-Z])))\s*"
    r"(?P<rest>.+)$",
    re.IGNORECASE,
)
SECTION = re.compile(
    r"^#*\s*(?:\*\*|__)?(?:action(?:\s+item|\s+point)?s|next\s+steps|to-?dos?|follow[- ]?ups|tasks|open\s+tasks)\s*:?\s*(?:\*\*|__)?\s*:?\s*$",
    re.IGNORECASE,
)
"""The heading of a list of action items: "## Action items", "Next steps:", "**Actions**"."""
OTHER_SECTION = re.compile(r"^#+\s+\S|^[A-Z][\w /&-]{0,40}:\s*$|^(\*\*|__)[A-Z][\w /&-]{0,40}:?\1:?\s*$")
"""The heading of anything else, which ends a list of action items: "## Notes", "Decisions:", "**Polls**"."""
TOPIC_HEAD = re.compile(
    r"^(?:\d+(?:\.\d+)*\.?\s+)?(?:help\s+or\s+discussion|discussion|decisions?|agenda|news|notes|updates|"
    r"announcements|metrics|reports?|open\s+(?:prs|issues|pull\s+requests))\b[^.!?]{0,70}$",
    re.IGNORECASE,
)
"""A point that heads a part of the meeting ("Help or discussion needed; Agenda Items",
"Decisions needed", "1.2 Open issues"): under an "Actions" heading, it shows the heading is
a template's name for the whole meeting, not a list of actions."""
FIRST_PERSON = re.compile(
    r"\b(?:I(?:'d|\s+would)\s+be\s+(?:very\s+)?(?:happy|glad|pleased)\s+to|I(?:'m|\s+am)\s+(?:happy|glad)\s+to|"
    r"I'll|I\s+will|I(?:'m|\s+am)\s+(?:going\s+to|gonna)|let\s+me|"
    r"I\s+was\s+(?:planning|going)\s+to(?=\s[^.]*\b(?:after\s+(?:the|this)\s+(?:call|meeting)|later\s+today|tomorrow)\b)|I\s+promise\s+to|I\s+(?:do\s+|also\s+|still\s+)?plan\s+to|"
    r"I\s+commit\s+to|I\s+volunteer\s+to|I'm\s+planning\s+to|I\s+have\s+plans\s+to|I\s+am\s+planning\s+to|I(?:'m|\s+am)\s+aiming\s+to|I\s+aim\s+to|I\s+can(?=\s+take\b)|I'll\s+go\s+ahead\s+and|I\s+(?:need|have)\s+to(?:\s+go(?=\s+(?:look|check|find|figure|dig)\b))?|I\s+still\s+(?:need|have)\s+to(?:\s+go)?(?=\s+(?:look\s+into|look\s+at|check|dig|investigate|figure\s+out)\b)|I\s+can|I\s+could|I\s+should|I'd\s+better|"
    r"(?:one\s+of\s+)?my\s+(?:to-?dos?(?:\s+lists?)?|next\s+steps?|action\s+items?)\s+(?:is|are)\s+to)\s+",
    re.IGNORECASE,
)
SECOND_PERSON = re.compile(r"\b(?:you'll|you\s+will|you(?:'re|\s+are)\s+(?:going\s+to|gonna))\s+", re.IGNORECASE)
LEFT_FOR = r"(?:to-?do|action(?:\s+item)?)(?:\s+reminder)?\s+for\s+"
"""How notes leave a task to someone in brackets: "(Todo reminder for Min)", "(action item for Tim)"."""
YOU_DO = re.compile(r"^(?:and\s+|then\s+|so\s+)?you\s+(?=[a-z])", re.IGNORECASE)
"""A clause that hands the other person a task in the present ("and you send me the plan by
Wednesday"): only with a date and between two people, where "you" is one person."""
REQUEST = re.compile(
    r"\b(?:(?:can|could|shall)\s+we\s+agree\s+(?:that\s+)?you(?:'ll|\s+will)?|can\s+you|could\s+you|would\s+you|"
    r"will\s+you|can\s+I\s+ask\s+you\s+to|I\s+need\s+you\s+to|if\s+you\s+could,?|"
    r"do\s+you\s+think\s+you\s+(?:could|can)|(?:is\s+there\s+)?any\s+chance\s+you\s+(?:could|can)|"
    r"I'd\s+like\s+you\s+to|I\s+want\s+you\s+to|please|"
    r"\byour\s+(?:job|task|homework|action(?:\s+item)?|assignment|part)\s+(?:for\s+[\w\s]{2,30}?\s+)?(?:is|will\s+be)(?:\s+to)?|"
    r"(?:^|,\s*)(?:(?:and|so|then|um|uh)[,\s]+)*you\s+(?:can|could)(?=\s.*,\s*(?:right|yeah|yes|okay|ok)\s*\?\s*$)|"
    r"\b(?:I\s+guess|maybe|perhaps)[,\s]+you\s+(?:can|could)(?=\s[^?]*\?\s*$))\s+(?:(?:all|both|two|three|four|five|guys|each)\s+)?"
    r"(?:(?:mind|be\s+able\s+to|be\s+willing\s+to)\s+)?",
    re.IGNORECASE,
)
SEVERAL = re.compile(
    r"\b(?:you|would\s+you|could\s+you|can\s+you)\s+(?:all|both|two|three|four|five|guys)\b|\beach\s+of\s+you\b|\beveryone\b",
    re.IGNORECASE,
)
SOMEONE = re.compile(
    r"\b(?:can|could|would|will)\s+(?:someone|somebody|anyone|anybody)\s+|\bwho\s+(?:can|could|will|wants\s+to)\s+|"
    r"\bwho(?:'s|\s+is)\s+(?:going\s+to|gonna)\s+|\bwho\s+(?:would\s+like|wants)\s+to\s+|"
    r"\b(?:someone|somebody)\s+(?:needs|has|should)\s+to\s+|"
    r"\b(?:need|needs|looking\s+for)\s+(?:a\s+volunteer|someone|somebody|a\s+person)\s+to\s+|\bany\s+volunteers?\s+to\s+|"
    r"\b(?:do|did)\s+we\s+have\s+(?:someone|somebody|anyone|anybody|a\s+volunteer)\s+to\s+|"
    r"\bis\s+there\s+(?:someone|somebody|anyone|anybody|a\s+volunteer)\s+(?:who\s+(?:can|could|will)\s+|to\s+)|"
    r"^\s*(?:any\s+)?volunteers?\s+(?=for\s+(?:the\s+)?(?:minutes|notes|scribing)\b)",
    re.IGNORECASE,
)
"""A task offered to the room ("could someone take notes?", "we need a volunteer to test
this"): the one who answers yes takes it."""
NOT_DOING = frozenset(
    [
        "said",
        "say",
        "know",
        "think",
        "thought",
        "mean",
        "meant",
        "were",
        "was",
        "are",
        "had",
        "did",
        "do",
        "always",
        "never",
    ]
)
"""After a bare "you", words that describe or report rather than hand over a task."""
RECEIVING = frozenset(
    [
        "get",
        "receive",
        "hear",
        "see",
        "find",
        "notice",
        "realise",
        "realize",
        "have",
        "be",
        "need",
        "want",
        "know",
        "like",
        "love",
        "feel",
        "end",
    ]
)
AGENDA = re.compile(
    r"^(?:start|begin|kick\s+(?:it\s+)?off|open)\s+(?:with|by|off|from\s+(?:the|where))\b|^(?:hand|pass|turn)\s+(?:it\s+)?(?:over|back)\b|"
    r"^go\s+first\b|^share\s+my\s+screen\b|^stop\s+sharing\b|^wrap\s+(?:it\s+)?up\b|^move\s+on\b|^keep\s+it\s+short\b|"
    r"^leave\s+it\s+there\b|^let\s+you\s+go\b|^go\s+ahead\b(?!\s+and\b)|^be\s+quick\b|^put\s+(?:it|that|this)\s+(?:another\s+way|simply|bluntly|differently)\b|"
    r"^(?:phrase|frame|put|say)\s+(?:it|this|that)\s+(?:this|that|another)\s+way\b|^take\s+(?:that|this|it)\s+as\b|"
    r"^stop\s+(?:then|there|here|sharing)\b|^leave\s+the\s+floor\b|^(?:just\s+)?pull\s+(?:it|this|that)\s+up\b|"
    r"^(?:quickly\s+|just\s+)?(?:share|drop|post|paste|put|link)\b[^.]{0,60}?\b(?:link|links|screen|chat|here)\b|"
    r"^link\s+to\b|^read\s+(?:in\s+)?the\s+chat\b|^see\s+(?:who|if(?!\s+(?:I|we)\s+can\s+(?!help\b))|what|how)\b|^bring\s+(?:this|it|that)\s+up\b|"
    r"^(?:share|drop|post|paste)\s+(?:this|it|that)[\s.]*$|^(?:[\w']+\s+){0,3}(?:joining|join\s+(?:us|the\s+call))\b|^join\s+(?:a\s+(?:bit|little)\s+)?(?:late|later|early)\b|^(?:ping|message|text|check\s+(?:on|with))\s+\w+\b.{0,40}\b(?:joining|join)\b|^invite\s+(?:all\s+of\s+)?(?:you|everyone|everybody|y'all|people)\b|^point\s+out\b|^go\s+to\s+(?:disc(?:ord)?|slack|the\s+(?:channel|chat|other\s+call|breakout))\b|"
    r"^give\s+(?:a|an|my|our|the|some|this|that)\s+(?:[\w-]+,?\s+){0,2}update\b|^(?:be\s+)?speak(?:ing)?\s+(?:for|on\s+behalf\s+of)\b|^make\b[^.]{0,40}?\bco-?hosts?\b|^get\s+back\s+to\s+(?:my|the|our)\s+(?:slides?|screen|deck|presentation|agenda)\b|^keep\s+(?:my|the)\s+update\b|"
    r"^get\s+(?:back\s+)?to\s+(?:that|this|it)\b|^(?:present|show)\s+(?:you|how|why|what|it|this|that)\b|"
    r"^(?:finally\s+)?(?:open|stop|start|end|close|run|restart)\s+(?:the\s+|a\s+)?(?:temperature|poll|vote|voting|queue|timer|recording)\b|"
    r"^(?:go|run|walk)\s+(?:you\s+|us\s+)?(?:quickly\s+)?through\s+(?:the\s+agenda|today's\s+agenda|my\s+(?:slides|presentation|deck))\b|"
    r"^pass\s+(?:it|this|that|them|these|those|the\s+\w+)\s+(?:a)?round\s*[.!]?$|"  # handed round the room now
    r"^(?:start|do|read)\s+(?:the\s+|my\s+|our\s+)?digits\b|^read\s+(?:mine|ours|it\s+out|(?:it|this|them)\s+(?:now|aloud|out\s+loud))\b|"
    r"^(?:un)?mute\s+(?!the\s+(?:alert|alarm|notification|channel|bot)s?\b)\w+|"  # "can you mute Sam?": the call itself
    r"^talk\s+(?:today|now|here|a\s+(?:bit|little)|briefly|quickly)\s+about\b|"
    r"^jump\s+(?:in)?to\s+(?:the|a|this|that|our|another|a\s+different)\s+(?:\w+\s+)?(?:call|room|breakout|session|zoom)\b|"
    r"^get\s+the\s+(?:stream|streamer|recording)\s+(?:started|going)\b|^test\s+(?:my|the|our)\s+(?:slides|screen|audio|mic|sound|camera|screen\s*share)\b|"
    r"^take\s+a\s+screenshot\b|^starts?\s+now\b|^use\s+(?:the|this|my)\s+time\b|"
    r"^give\s+(?:a|an)\s+(?:\w+[,\s]+)?(?:overview|recap|introduction|intro|summary|presentation|talk|rundown|walkthrough)\b|"
    r"^(?:just\s+)?(?:start|begin|get\s+started)\s*(?:[,.…]|now\b|$)|^leave\s+(?:it|that)\s+at\s+that\b|"
    r"^(?:hop|drop|jump)\s+off\b|^suggest\s+(?:we|that|to)\b|^close\s+(?:(?:this|it|things|a\s+couple\s+of\s+things)\s+)?out\b|"
    r"^give\s+(?:\w+\s+)?(?:the\s+)?(?:stage|floor|mic)\b|"
    r"^talk\s+to\s+(?:you|y'all)\b|^see\s+you\b|^take\s+(?:your\s+)?(?:silence|no\s+answer)\s+as\b|"
    r"^(?:go\s+and\s+)?scribe\b|^take\s+(?:the\s+)?(?:minutes|notes)\s*[.!]?$|^moderate\s+(?:the\s+)?(?:queue|call|discussion)\b|"
    r"^let\s+(?:the\s+)?\w+(?:\s+\w+)?\s+(?:take|have)\s+the\s+(?:stage|floor|mic)\b|^attend\b|"
    r"^leave\s+(?:it|that|this)(?:\s+(?:there|alone|aside|as\s+is|for\s+now))?\s*[.!]?$|"
    r"^ask\s+(?:anyway|a\s+(?:quick\s+)?question|my\s+question|quickly)\b|"
    r"^take\s+it\s+from\s+here\b|^(?:just\s+)?(?:briefly\s+|quickly\s+)?touch\s+(?:(?:briefly|quickly)\s+)?(?:up)?on\b|^defer\s+to\b|"
    r"^(?:make|give)\s+(?:me|him|her|them|us|\w+)\s+(?:a\s+)?co-?hosts?\b|"
    r"^(?:run|chair|lead|facilitate|moderate)\s+(?:the\s+|this\s+|today's\s+)?(?:meeting|call)(?:\s+today)?\s*[.!]?$|"
    r"^(?:end|close|finish)\s+(?:the\s+|this\s+|today's\s+)?(?:call|meeting)\b|^go\s+into\s+(?:a\s+)?(?:[\w-]+\s+){0,2}overview\b|^open\s+(?:up\s+)?the\s+floor\b|^(?:pass|hand)\s+(?:the\s+)?(?:mic|microphone|floor|baton|stage)\b|"
    r"^call\s+(?:on\s+)?\w+(?:\s+\w+)?\s+(?:before|after|next|first)\b|^time\s+\w+(?:\s+(?:this|that|it))?\s+so\s+(?:we|that)\b|"
    r"^(?:dive|get|go)\s+into\b[^.]{0,60}\blater(?:\s+on)?\s*[.!,]?$|"
    r"^(?:call|count)\s+(?:it\s+)?down\b|^say\s+(?:goodbye|bye)\b|^(?:share|show|present)\s+(?:it\s+|this\s+|that\s+)?(?:now|here)\b|"
    r"^kick\s+(?:it|this|things)\s+off\b|^stop\s+(?:presenting|talking|screen[- ]?sharing|rambling)\b|^power\s+through\b|"
    r"^keep\s+(?:the|my|this|that)\s+(?:[\w-]+\s+)?(?:open|up)\b(?!\s+(?:to|for)\b)|^(?:get|go)\s+into\s+(?:in\b|more\b|later\b|detail)|"
    r"^cover\b[^.]{0,30}\b(?:this|today's)\s+(?:call|meeting)\b|^let\s+(?:them|him|her|others|people|everyone)[,\s]+(?!know\b)\w+|"
    r"^(?:go|run|walk)\s+through\s+(?:all\s+(?:of\s+)?)?(?:this|these|that|it|them)\s+(?:very\s+|really\s+)?(?:quickly|briefly|fast)\b|^go\s+all\s+the\s+way\s+(?:in|down|up)\b|"
    r"^go\s+(?:back\s+)?(?:to\s+)?(?:this|that|here|there)\b(?!\s+\w+\s+(?:issue|pr|doc|document|thread)\b)|^spare\s+(?:you|everyone|everybody)\b|"
    r"^make\s+sure\s+(?:that\s+)?we\s+(?:get\s+to|cover|have\s+time|stay\s+on)\b|^take\s+it\s*(?:,|that\b|(?=\s+(?:somebody|someone|everyone|everybody|nobody|people|we|you|they)\b))|^(?:just\s+)?(?:drop|send|paste|post|share|put)\s+(?:(?:it|this|that|them)\s+)?(?:in\s+)?now\b|"
    r"^(?:look|have\s+a\s+look)\s+at\s+now\s*[.!]?$|^let\s+you\s+(?:carry\s+on|continue|go\s+on|finish)\b|"
    r"^(?:change|fix|adjust)\s+my\s+(?:settings?|mic|microphone|audio|camera)\b|^move\s+(?:very\s+)?quickly\b|"
    r"^throw\s+it\s+out\s*(?:there)?\s*[.!]?$|^respond\s+(?:real\s+)?quick(?:ly)?\b|"
    r"^call\s+it(?:\s+(?:a\s+day|here|there|now|quits))?\s*[.!]?$|"
    r"^skip\s+(?:over\s+|ahead\s+)?(?:the|this|that)\s+(?:part|slide|section|bit|detail)s?\b|"
    r"^(?:end|stop|close)\s+(?:the\s+|my\s+)?(?:screen[- ]?)?shar(?:e|ing)\b|"
    r"^(?:conclude|summari[sz]e|recap|wrap\s+up|come\s+back\s+to\s+(?:it|this|that))\b.{0,40}\bat\s+the\s+end\b|"
    r"^(?:be[,\s]+)?(?:updating[,\s]+(?:regarding|on|about|for|you)\b|(?:giving|presenting|sharing)\s+(?:the\s+|an\s+|our\s+|my\s+)?(?:[\w-]+\s+)?updates?\b)|"
    r"^(?:just\s+)?(?:double[- ])?check\s+(?:the\s+)?chat\b|^read\b.{0,50}\b(?:out\s+)?loud\b|^read\s+(?:it|this|that|them)\s+out\b|"
    r"^jump\s+back(?:\s+in)?\b|^(?:press|hit)\s+(?:play|pause|record)\b|^bet\b|"
    r"^try\s+not\s+to\s+go\s+into\b|^(?:not\s+)?go\s+into\s+(?:too\s+much\s+|a\s+lot\s+of\s+)?detail\b|"
    r"^(?:please\s+)?add\s+yourself\b|^stop\s+(?:at|with)\s+(?:just\s+)?(?:this|that|the)\s+one\b|"
    r"^skip\s+(?:over\s+|ahead\s+)?to\s+(?:the\s+next\b|#?\d+\b|issue\b|pr\b|item\b)|"
    r"^(?:continue|keep|carry\s+on)\s+(?:talking|speaking|presenting|sharing\s+(?:my\s+)?screen)\b|"
    r"^make\s+the\s+same\s+(?:comment|point|remark|argument)\s+(?:I|that\s+I|as)\b|"
    r"^(?:be[,\s]+)?(?:taking\s+care\s+of|coordinating|hosting|running|chairing|moderating|facilitating)\s+(?:this|the|today's)\s+(?:call|meeting)\b",
    re.IGNORECASE,
)
IF_YOU = re.compile(
    r"^\s*if\s+you\s+(?:can|could|would)\s+(?P<request>[^,]+?),\s*(?:then\s+)?(?P<mine>I(?:'ll|\s+will)\s+.+)$", re.I
)
AS_NEEDED = re.compile(r"\b(?:when|if|as|where)\s+(?:needed|necessary|required|appropriate)\s*[.!]?$", re.IGNORECASE)
"""A task for a case that may not come: "re-add it when needed" is a plan, not a commitment."""
CONDITIONAL = re.compile(
    r"^\s*(?:if|unless|in\s+case|should\s+(?:they|we|it|he|she)|assuming|provided|as\s+long\s+as|barring)\b",
    re.IGNORECASE,
)
PERSON_OBJECT = re.compile(r"^(?P<verb>\w+)\s+(?P<pronoun>her|him)\b(?P<rest>.*)$", re.IGNORECASE)
"""A task about someone named before: "I'll ping her today" after "talk to Priya"."""
PERSON_NAMED = re.compile(
    r"\b(?i:to|with|ask|asked|ping|pinged|tell|told|email|emailed|message|messaged|call|called|from|cc)\s+"
    r"(?P<name>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?(?:(?:,\s*|\s+(?:or|and)\s+)[A-Z][a-z]+)*)\b(?!['’]s)"
)
"""A person named as the one to talk to, ask or hear from ("talk to Priya on the data team")."""
_AFTER_A_PRONOUN = (
    r"(?:to|for|with|in|into|on|at|by|from|up|out|over|off|back|down|around|through|today|tomorrow|tonight|later|now|"
    r"soon|first|again|too|also|as|and|or|but|so|after|before|when|once|if|until|till|next|this|asap|quickly|properly|"
    r"right|offline|async|one|myself|yourself|together|already|then|there|here|internally|separately)"
)
_PRONOUN = rf"(?P<pronoun>it|them|one|(?:that|this)(?!\s+(?!{_AFTER_A_PRONOUN}\b|\w+ly\b)[a-z][\w-]*))"
""""That" or "this" standing for a thing, not pointing at the noun after it ("merge that PR")."""
PRONOUN_OBJECT = re.compile(rf"^(?P<verb>\w+)\s+{_PRONOUN}\b(?P<rest>.*)$", re.IGNORECASE)
PHRASAL_PRONOUN_OBJECT = re.compile(
    r"^(?P<verb>\w+(?:\s+(?:a|another)\s+(?:\w+\s+)?(?:look|stab|pass|go|crack))?\s+(?:at|into|on|up\s+on|with|over|through))"
    rf"\s+{_PRONOUN}\b(?P<rest>.*)$",
    re.IGNORECASE,
)
"""A pronoun after a verb and its particle: "look into it", "take a closer look at that"."""
ENDS_A_NOUN = (
    r"(?:where|which|that|who|when|to|and|or|but|if|is|are|was|were|we|you|it|I|in|at|so|by|with|from|before|after|until|"
    r"will|would|can|could|should|must|might|may|has|had|have|does|did|do)\b"
)
NOUN_PHRASE = re.compile(
    rf"\b(?:an?|the|my|our|your|any|some)\s+(?:(?!{ENDS_A_NOUN})[\w'-]+\s+){{0,3}}?(?!{ENDS_A_NOUN})[\w'-]+"
    rf"(?:\s+(?!{ENDS_A_NOUN}|(?:for|of|on|about)\b)[A-Za-z][\w'-]*){{0,2}}"
    r"(?:\s+(?:for|of|on|about)\s+(?:the\s+|our\s+|my\s+)?[\w'-]+(?:\s+[\w'-]+)?)?",
    re.IGNORECASE,
)
"""A thing named ("a GitHub issue", "an agenda for the offsite"), up to the word that ends it."""
NOUN_TAIL = re.compile(r"\s+(?:yet|either|now|today|anyway|so\s+far|at\s+all)$", re.IGNORECASE)
IRREGULAR_PARTICIPLES = frozenset(
    [
        "sent",
        "written",
        "got",
        "gotten",
        "done",
        "made",
        "put",
        "set",
        "read",
        "run",
        "built",
        "taken",
        "given",
        "found",
        "told",
        "brought",
    ]
)
NOT_YET = re.compile(
    r"\bI\s+(?:still\s+)?(?:haven't|have\s+not|didn't|did\s+not)\s+(?:yet\s+)?"
    r"(?!(?:had|got|found)\s+(?:the\s+|a\s+|any\s+|enough\s+)?(?:time|chance|bandwidth|cycles)\b)"
    r"(?P<verb>\w+)\s+(?P<thing>[^,.;…]{2,60})",
    re.IGNORECASE,
)
"""What is still to do, said just before "I'll do that": "I haven't posted the slides" (not
"I haven't had time", which says why, not what)."""


NEED_FROM_YOU = re.compile(
    r"\bI\s+(?:need|want|would\s+like|'d\s+like)\s+(?P<what>.+?)\s+from\s+you\b(?P<rest>.*)$", re.IGNORECASE
)
_WORK_GOING_ON = r"scheduling|organi[sz]ing|drafting|preparing|setting\s+up"
"""Work a scribe writes as under way ("is scheduling a call"): someone has taken it on."""
COMMITTING = (
    r"(?:will\s+take\s+(?:it|this|that|on)\s+as\s+an?\s+action(?:\s+item)?\s+to|will|'ll|to|(?:is\s+)?(?:going\s+to|gonna)|agreed\s+to|offer(?:s|ed)?\s+to|promise[sd]?\s+to|volunteer(?:s|ed)?\s+to|"
    r"committed\s+to|(?:is\s+)?willing\s+to|plan(?:s|ning)?\s+to|aim(?:s|ing)?\s+to|(?:will\s+)?(?:takes?|took)\s+(?:an\s+|the\s+)?action\s+to|taking\s+(?:an?\s+|the\s+)?action(?:\s+item)?\s+to|action\s+to|"
    r"is\s+(?:happy|glad)\s+to|has\s+agreed\s+to|has\s+(?:an?\s+|the\s+)?action(?:\s+item)?\s+to|would\s+volunteer\s+to|"
    rf"is(?=\s+(?:{_WORK_GOING_ON}|looking\s+into|working\s+on)\b))"
)
SUBJECTLESS = re.compile(
    rf"^(?:(?:once|after|when|as\s+soon\s+as)\b[^,]{{0,80}}?,?\s+)?{COMMITTING}\s+(?P<task>\w.+)$", re.IGNORECASE
)
UNDER_WAY = re.compile(
    rf"^(?P<task>(?:{_WORK_GOING_ON}|reaching\s+out|following\s+up|writing\s+up)\b.+)$",
    re.IGNORECASE,
)
"""A scribe's line under a name with work under way: "Chengzhong: reaching out to Danil"."""
LATER_CLAUSE = re.compile(
    r"(?:[,;]|\band)\s+(?:but\s+)?(?:also\s+)?(?:will|'ll)\s+"
    r"(?!(?:there|it|this|that|we|you|they|he|she|i|anyone|someone|a|an|the|any|these|those|my|our|your|their)\b)(?P<task>\w.+)$",
    re.IGNORECASE,
)
"""A second promise in the sentence ("…, will be sending it to Andy"), not a question ("…, will
there be overlap?")."""
TASK_VERBS = (
    r"send|open|create|update|write|review|file|draft|post|schedule|follow\s+up|reach\s+out|email|ping|check|share|"
    r"add|remove|close|land|merge|contact|set\s+up|book|prepare|publish|submit|fix|investigate|document"
)
AT_REQUEST = re.compile(
    r"^@(?P<who>[A-Za-z][\w.-]{1,30})[,:]?\s+(?:(?:please|pls|can\s+you|could\s+you|would\s+you|to)\s+|"
    rf"(?=(?-i:{TASK_VERBS})\b))(?!\w+\s+(?:it|this|that|them)\W*$)(?P<task>[a-z].*?)[.?!]*$",
    re.IGNORECASE,
)
"""A line of notes that hands someone a task by their handle: "@Ana please draft the Q1 OKRs"
("@jbenet please review it!" names no task of its own)."""
PAGE_PARTS = re.compile(r"^(?:contents|table\s+of\s+contents|regrets|see\s+also)\s*:?$", re.IGNORECASE)
"""The plain lines of a minutes page that head a list which is not the meeting: its table of
contents, who sent regrets."""
PREVIOUS_ACTIONS = re.compile(
    r"^(?:last|previous|prior)\s+(?:(?:week|meeting|time|call)(?:'s|’s)?\s+)?(?:ai|action(?:\s+items?)?s?|todos?)\s*:",
    re.I,
)
"""An action read out from a meeting before: "Last week's AI: Jory to update the PR"."""
NOT_AN_ITEM = re.compile(r"^\d|.*\?\s*$")
DO_THAT = re.compile(
    r"^work(?:ing)?\s+on\s+(?:that|this|it|those|these)\s*[.!]?$|"
    r"^(?:do|handle|take\s+care\s+of|own)\s+(?:that|this|it|those|these)\b",
    re.IGNORECASE,
)
"""A task named by what was said before it: "Chalker will do that", "Wes is working on that"
(work on that, and nothing after it: "work on this with Sam" is a task of its own)."""
PASSIVE = re.compile(
    r"^(?P<what>.+?)\s+(?:to\s+be|will\s+be)\s+(?P<verb>\w+ed)\s+by\s+(?P<who>[\w' ]+?(?:\s*[/&]\s*[\w' ]+?)*)\s*"
    r"(?P<rest>\b(?:on|in|for|with|by|before|after)\b.*?)?(?:,\s*(?:hope|hoping|so|which|as)\b.*)?[.!]?$",
    re.IGNORECASE,
)
OBJECT_BEFORE = re.compile(
    r"\b(?P<object>(?:the|some|this|that|a|an|my|our)\s+(?:[\w-]+\s+){0,3}?[\w-]+)\s+(?:that|which)\s*$", re.I
)
"""What "I got some new data that I'm gonna go over" will go over."""
SOON = re.compile(
    r"\b(?:(?:right\s+)?after\s+(?:this|the)\s+(?:call|meeting|breakout)|afterwards?|later\s+today|(?:at|by|before|for|on|in)\s+the\s+next\s+(?:call|meeting)|"
    r"immediately|right\s+away|asap|as\s+soon\s+as\s+possible)\b",
    re.I,
)
"""A time that turns "I can take a look" into a commitment."""
FINDING_OUT = re.compile(
    r"(?:(?:take|have)\s+a\s+(?:\w+\s+)?look|get\s+back\s+to|look\s+into|look\s+(?:it\s+)?up|look\s+at|check|double[- ]check|follow\s+up|reach\s+out|talk\s+(?:to|with)|"
    r"sync\s+(?:up\s+)?with|confirm|verify|figure\s+out|find\s+out|investigate|dig\s+into)\b",
    re.IGNORECASE,
)
DURING_THE_CALL = re.compile(r"\b(?:right\s+now|now|real\s+quick|in\s+a\s+(?:sec|second|minute))\b", re.I)
BUT_I_CAN = re.compile(r"\bbut\s+I\s+can\s+$", re.IGNORECASE)
"""Said in a call, "I need to take a look" or "I don't remember, but I can check it" is
someone taking on finding something out; "I can send the deck" still needs a time."""
STATUS = re.compile(r"^(?:I\s+am|I'm|I\s+have|I've|we\s+are|we're|we\s+have)\b", re.IGNORECASE)
"""A line that says where someone is, not what they will do: "I am currently working with York"."""
ON_THE_SPOT = re.compile(
    r"^(?:share|show|present)\s+(?:(?:you|the|my|this|these|our|a)\s+)?(?:agenda|screen|slides?|deck|doc|document|demo|links?|this|it|that|how)\b|"
    r"^pull\s+up\b|^(?:give|provide|share|go\s+through|run\s+through|walk\s+through|speed\s*run)\b[^.]*\bupdates?\b|"
    r"^(?:cover\s+next|speed\s*run|record)\b|^(?:re)?post\s+(?:it|this|that)\b|^.{0,30}\bshare\s+request\b|"
    r"^(?:copy|paste|post|drop|put|type|link)\b.{0,60}\b(?:in|into|on)\s+(?:the\s+)?(?:[\w'’]+\s+)?chat\b|"
    r"^(?:find|grab|get|dig\s+up|look\s+up)\b.{0,40}?\b(?:and\s+)?(?:share|post|drop|put|paste)\b.{0,20}?\b(?:in|into)\s+the\s+chat\b|"
    r"^present\b|^go\s+over\b|^show\b(?!\s+(?:up|off)\b)|^open\s+(?:the\s+|my\s+|our\s+)?(?:docs?|document|slides?|deck|presentation|link)\b|^(?:help\s+(?:us|me|you)\s+(?:by\s+)?)?(?:set(?:ting)?\s+up|open(?:ing)?|creat(?:e|ing)|start(?:ing)?|clos(?:e|ing)|assign\b.{0,20}\bto|move\b.{0,20}\bto)\b.{0,20}\bbreakout(?:\s+(?:rooms?|groups?|sessions?))?\b|^(?:let|admit)\s+(?:\w+\s+)?in\b|^go\s+(?:back\s+)?to\s+(?:my|the|our|your)\s+(?:slides?|screen|deck|presentation|agenda)\b|"
    r"^(?:turn\s+(?:on|off)|start|stop|pause)\s+(?:the\s+)?(?:captions|transcription|transcript|recording|video|camera|mic)\b|"
    r"^(?:try\s+)?(?:refresh|restart|reload|reconnect|rejoin|unmute|fix)\b.{0,40}\b(?:browser|audio|sound|mic(?:rophone)?|camera|"
    r"video|connection|headset|speakers?)\b|"
    r"^(?:go\s+ahead\s+and\s+)?(?:knock\s+out|go\s+through|run\s+through|cover|answer|address|read|list|show|share|present|walk\s+through|ask)\b.{0,80}\bhere\s*[.!]?$",
    re.IGNORECASE,
)
"""In a call, what is shown or told there and then ("Then I will turn off captions"), unless
a time says it is for later."""
WE_WILL = re.compile(r"\bwe(?:'ll|\s+will|'re\s+going\s+to)\b", re.IGNORECASE)
WHEN_DONE = re.compile(
    r"\bonce\s+(?:the|it|it's|this|that|I|I've|we|they|he|she)\b|\bwhen\s+(?:it's|it\s+is|they're|I'm|I\s+am)\s+(?:ready|done|finished)\b",
    re.IGNORECASE,
)
"""A time after something is done: "once the image is ready", "once I finish the analysis"."""
LATER = re.compile(
    rf"{SOON.pattern}|\b(?:before\s+then|afterwards|after\s+that|later(?:\s+on)?|offline|async(?:hronously)?|tonight|soon)\b|"
    r"\bin\s+the\s+(?:relevant|usual)\s+(?:places|channels)\b|"
    rf"{WHEN_DONE.pattern}|"
    r"\b(?:to|on|in)\s+(?:the\s+)?(?:mailing\s+list|list|issue|repo|github|forum|blog|website|wiki|slack|discord)\b",
    re.IGNORECASE,
)
"""Signs that what is shared is for after the call: "I'll share the link in the relevant places before then"."""
NOT_A_VERB = frozenset(
    ["in", "on", "at", "for", "of", "with", "like", "so", "and", "but", "or", "the", "um", "uh", "if", "when", "as"]
)
"""A promise's task starts with what the speaker will do, never with one of these."""
NEEDING = frozenset(
    [
        "need",
        "want",
        "hope",
        "wish",
        "expect",
        "like",
        "love",
        "be",
        "behave",
        "remain",
        "stay",
        "seem",
        "happen",
        "depend",
        "cost",
        "exist",
        "matter",
        "belong",
        "mean",
    ]
)
"""What a scribe's "will need feedback", "will want a review", "will behave the same way
everywhere" says: a need or a state, not a task."""
TRAILING_FUNCTION_WORDS = re.compile(
    r"(?:[\s,]+(?:with|to|of|for|the|a|an|and|or|but|if|whether|so|at|about|from|like))+[\s,]*$", re.IGNORECASE
)
BARE_CHECK = re.compile(
    r"(?:double[- ]?)?check(?:\s+(?:that|it|on\s+that))?|find\s+out|look\s+into\s+(?:it|that)|verify(?:\s+that)?|"
    r"confirm(?:\s+that)?",
    re.IGNORECASE,
)
"""A finding out said with no object ("I'll check."): its object is the doubt said just before."""
DOUBT = re.compile(
    r"\b(?:not\s+sure|don't\s+know|no\s+idea)\s+(?P<how>if|whether|what|how|why|when)\s+(?P<q>[^.?!…]{3,120})", re.I
)
THEN_AND = re.compile(
    r",?\s*\band\s*(?:…|\.\.\.)?\s*(?:(?:yeah|so|then|also|just|maybe)[,\s]+)*(?P<next>(?-i:[a-z])\w+\b.*)$",
    re.IGNORECASE,
)
"""A second promise after a first one that is only talk: "think more about this, and… yeah, write it down"."""
NEW_SUBJECT = re.compile(
    r"(?:anybody|anyone|everyone|everybody|somebody|someone|we|you|they|he|she|it|this|these|that|those|there|the|a|an|"
    r"one|i|my|our|their|his|her|its)\b|"
    r"\w+\s+(?:can|could|will|would|should|may|might|must|is|are|was|were|has|have|had)\b",  # "exits can happen"
    re.IGNORECASE,
)
DUMMY_IT = re.compile(
    r"^(?:very\s+|more\s+|really\s+)?(?:clear|easy|easier|possible|work|happen|sure|right|better|simple|explicit|obvious)\b",
    re.IGNORECASE,
)
SAME_AGAIN = re.compile(
    r"^(?:do|try)\s+the\s+same\b(?P<rest>.*)$|^(?:work\s+on|take\s+care\s+of|pick\s+up|tackle|drive|own|do)\s+(?:that|this|it)\b(?P<also>.*)$",
    re.IGNORECASE,
)
SHOULD_DO = re.compile(
    r"\b(?:to|(?:we|I|you|someone)\s+(?:(?:definitely|really|still|probably|just)\s+)?(?:should|need\s+to|have\s+to|could|must|ought\s+to))\s+"
    r"(?!(?:me|you|him|her|us|them|it|the|a|an|my|your|our|their|this|that|these|those)\b)(?P<task>[a-z]\w+\b[^.;]*)",
    re.IGNORECASE,
)
NOT_SURE = re.compile(
    r"(?:check|verify|confirm|double[- ]check|(?:take|have)\s+a\s+(?:\w+\s+)?look)(?:\s+(?:at\s+)?(?:this|that|it))?\s*,\s*but\b",
    re.I,
)
LET_ME = re.compile(r"let\s+me\s", re.IGNORECASE)
"""In a call, "let me link the PR" is done on the spot; only with a time does it wait."""
IN_A_CASE = re.compile(
    r"\b(?:if|unless|in\s+case|when\s+(?:that|this|it)\s+happens|assuming|provided|as\s+long\s+as|barring)\b[^.;]*,\s*"
    r"(?:and\s+)?(?:then\s+)?$",
    re.IGNORECASE,
)
"""The clause is the second half of a case: "When that happens, I'll ping you", "if it does,
then I will open a PR"."""
DEPENDS_ON = re.compile(r"\bdepends?\s+on\s+(?:how|whether|when|if|what)\b[^.;!?]{0,40}$", re.IGNORECASE)
"""A promise inside what something depends on: "that depends on how fast I can get the reviews"."""
HEDGED_AFTER = re.compile(r",\s*(?:probably|maybe|perhaps)\s*[.!…]*\s*$", re.IGNORECASE)
"""A promise taken back at its end: "I need to talk to the ops about that, probably"."""
NEEDED_NOT_DONE = re.compile(r"^(?:need|want|hope|wish)\s+(?!to\b)", re.IGNORECASE)
"""What the speaker will need, not do: "something I will be needing help with"."""
PLANNING_ALONE = re.compile(r"^(?:(?:and|so|also|but)\b[,\s]*)?(?:planning|plan)\s+to\s+(?=[a-z])", re.IGNORECASE)
"""A plan said on in one's own turn with no subject: "…edge case tests. And, planning to open a PR soon"."""
TIME_PERMITTING = re.compile(
    r"\b(?:when|if|once|whenever|as\s+soon\s+as)\s+I\s+(?:can\s+)?(?:have|get|find)\s+(?:the\s+|some\s+)?(?:time|a\s+(?:chance|moment|minute))\b|\btime\s+permitting\b",
    re.IGNORECASE,
)
"""A promise for when there is time: "I will work on this when I have time" is a plan, not a commitment."""
REPORTED = re.compile(
    r"\b(?:they|you|he|she|users?|people|someone|somebody|wallets?|clients?)\s+(?:say|says|said|go|goes|are\s+like|were\s+like|is\s+like|was\s+like|"
    r"(?:reveal|declare|announce|decide)(?:s|d|ed)?(?:\s+that)?)"
    r"[,:]?\s*(?:(?:alright|all\s+right|okay|ok|hey|well|so|oh)[,\s]+)*$"
    r"|\b(?:they|you|he|she|people|someone)\s+(?:will\s+|would\s+|'ll\s+|'d\s+)?say\s+that\b(?:[^.!?]|\.\d)*$",
    re.IGNORECASE,
)
"""Words put in someone else's mouth: "where they say, alright, I'm gonna be sending a transaction"."""
GROUP_ADDRESSED = re.compile(
    r"(?:^|[,;]\s*)(?:guys|folks|everyone|everybody|all|y'all|you\s+all|people|team)\s*(?:[,;]|$)", re.IGNORECASE
)
"""A request to the whole room by a group's name: "if you could, guys, could take a look"."""
THERE_AND_THEN = re.compile(
    r"\bright\s+now\s*[.!]?$|\bjust\s+to\s+(?:demonstrate|demo|show)\b|\bto\s+demonstrate\b",
    re.IGNORECASE,
)
"""A promise kept there and then: "a bug in 230 I'll hopefully be able to fix right now", "I am
going to quit and run a regtest version, just to demonstrate a couple things"."""
MARKDOWN_LINK = re.compile(r"\[(?P<text>[^\]]*)\]\(<?https?://[^)\s]*>?\)")
"""A Markdown link, "[#786](https://…)", read as its text."""
CASE_AFTER = re.compile(
    r",?\s+(?:if|in\s+case)\s+(?:I|we|you|there|it|they|he|she|nobody|no\s+one|people|that|this)\b(?!\s+(?:could|would)\b)",
    re.IGNORECASE,
)
"""The promise is for a case named after it: "I'll ping you if I have some doubts", "I will
merge the whole PR, if there are no comments"."""
WHETHER = re.compile(
    r"\b(?:see|ask|check|double[- ]check|know|test|verify|confirm|wonder|figure\s+out|find\s+out|look|look\s+into|"
    r"study|investigate|explore|research|evaluate|assess)\s*$",
    re.I,
)
"""What an "if" after it asks whether: "I'll check if it works" is no case."""
WILL_DO = re.compile(r"\s*I(?:'ll|\s+will|'m\s+going\s+to|\s+am\s+going\s+to)\b", re.IGNORECASE)
"""A promise in its plainest form, not "let me" or "I can"."""
IN_AN_IF = re.compile(r"\bif\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
"""The cue sits in an if-clause: "if you're going to reserve the gas", "if I can make it"."""
OWN_SIDE = re.compile(r"\bon\s+(?:my|our)\s+(?:end|side)\b", re.IGNORECASE)
""""I need to fix some CI failures on my end": what is theirs to do, however it is said."""
GET_IT_DONE = re.compile(
    r"^I\s+need\s+to\s+get\s+(?:\S+\s+){1,4}?(?:closed(?:\s+out)?|done|merged|finished|fixed|landed|shipped|out|in)\b",
    re.IGNORECASE,
)
"""Said in a call, "I need to get this issue closed out" is the speaker's own to finish, where
"I need to" alone is a need ("I need to think about it")."""
RECAP = re.compile(
    r"^\s*(?:(?:ok(?:ay)?|so|right|alright)[,\s]+)*(?:(?:the\s+)?action\s+items?|next\s+steps|to\s+(?:recap|sum\s+up|summari[sz]e)|"
    r"(?:just\s+)?(?:a\s+)?(?:quick\s+)?recap(?:ping)?|let\s+me\s+(?:recap|sum\s+up|summari[sz]e)|who's\s+doing\s+what|"
    r"(?:the\s+|your\s+|our\s+)?homework|(?:the\s+|your\s+)?(?:tasks|assignments)\s+for\s+(?:next\s+time|the\s+next\s+meeting))\b",
    re.IGNORECASE,
)
"""A speaker about to hand out the meeting's actions: "So, action items.", "To recap:"."""
WEAK_CUES = re.compile(
    r"^(?:I\s+(?:need|have)\s+to|I\s+can|I\s+could|I\s+should|I'd\s+better|I(?:'m|\s+am)\s+(?:happy|glad)\s+to)\s",
    re.IGNORECASE,
)
OFFER_TAKEN = re.compile(
    r"^(?:(?:let\s+me\s+see|hmm+|um+|uh+)[.,]?\s+)?"
    r"(?:(?:yeah|yes|sure)[,.]?\s+(?:a\s+|the\s+)?(?:[\w-]+[.,]?\s+){0,3}?(?:would|will|could)\s+help\b|"
    r"(?:(?:yeah|yes|oh|sure|ok(?:ay)?)\s*[,.!]?\s+(?=(?:that|this|it)(?:'d|\s+would)))?(?:(?:that|this|it)(?:'d|\s+would)\s+be\s+(?:really\s+|very\s+)?(?:great|good|helpful|useful|awesome|fantastic|perfect|nice|ideal)|"
    r"(?:yes|yeah|ok(?:ay)?)[,\s]+please|please\s+do|perfect|excellent|sounds\s+(?:good|great)|go\s+for\s+it|great,\s+thanks?))\b",
    re.IGNORECASE,
)
"""An answer that takes up an offer ("I could run them on the new data." / "That would be great.",
"I can make a PR for that, if you want." / "Let me see. Yeah, a small PR would help.")."""
THANKED = re.compile(r"^(?:(?:ok(?:ay)?|oh|cool|yes|yeah)[,\s]+)?thank(?:s|\s+you)\b(?!\s+for\b)", re.IGNORECASE)
"""Thanks that take up an offer made to the one thanking ("I can send you a link." / "Okay,
thanks."); after an update ("I'm happy to keep supporting it." / "Thank you, Mark.") it is thanks."""
ACCEPT = re.compile(
    r"^(?:me(?=\s*[,.!]|\s*$|\s+(?:please|too))|i\s+(?:can|could)\s+(?:do|take)\s+(?:it|that|this)|"
    r"sure|yes|yeah|yep|yup|ok|okay|will\s+do|absolutely|of\s+course|definitely|sounds\s+(?:good|great)|no\s+problem|"
    r"great|perfect|excellent|(?:that's\s+)?(?:right|correct|exactly)(?![\s,.]*but\b)|"
    r"happy\s+to|i\s+can\s+do\s+that|i\s+can|on\s+it|deal|fine|got\s+it|i\s+will|i'll|consider\s+it\s+done|can\s+do|agreed|"
    r"all\s+right|that\s+works|works\s+for\s+me|let's\s+do\s+(?:it|that)|i\s+agree|"
    r"i(?:'m|\s+am)\s+(?:ready|happy|glad|fine)\s+(?:to|with)|that's\s+fair|fair\s+enough|makes\s+sense)\b",
    re.IGNORECASE,
)
DECLINE = re.compile(
    r"^(?:no\b|nope|i\s+can't|i\s+cannot|not\s+(?:sure|really)|i\s+don't\s+think|i'd\s+rather\s+not|"
    r"(?:ok(?:ay)?|yeah|yes|right)[,.!\s]+(?:nice|cool|great|interesting|thanks|thank\s+you)(?:,?\s+(?-i:[A-Z])\w+)?(?:[.!]|$)|"
    r"(?:great|perfect|excellent|awesome|cool|nice|lovely)[,.!\s]+(?:thanks|thank\s+you)\b)",
    re.IGNORECASE,
)
"""Not taking it on: a refusal, or a nod to what someone else said ("Okay, nice.", "Great, thanks.":
the chair thanking whoever asked the room to take a look)."""
# Verbs of talking, not of doing: "can you tell me more" is a question, not a task. The
# first set never makes a task; the second only when it is about the conversation itself
# ("tell me", "talk about", "walk me through"), not "tell the team" or "talk to legal".
CONVERSATIONAL = frozenset(
    [
        "be",
        "explain",
        "describe",
        "elaborate",
        "clarify",
        "imagine",
        "think",
        "remember",
        "guess",
        "admit",
        "understand",
        "see",
        "hear",
        "agree",
        "repeat",
        "recall",
        "reflect",
        "rate",
        "answer",
        "expand",
        "summarise",
        "summarize",
        "help-me-understand",
        "give-me-an-example",
        "give-you-an-example",
        "give-an-example",
        "share-more",
        "go-on",
        "keep-going",
        "do",
        "know",
        "thank",
        "miss",
        "wait",
        "say",
    ]
)
TALKING = frozenset(
    ["tell", "walk", "talk", "say", "ask", "share", "start", "begin", "try", "mention", "correct", "speak", "present"]
)
ADVERBS = re.compile(
    r"^(?:(?:very|quickly|briefly|just|only|also|really|actually|maybe|probably|then|now|so|always|basically|usually|generally|even|still|again|happily|gladly|"
    r"pretty\s+much|kind\s+of|sort\s+of|definitely|certainly|surely|at\s+least)\s+)+",
    re.I,
)
ABOUT_US = frozenset(
    [
        "me",
        "us",
        "you",
        "about",
        "through",
        "more",
        "what",
        "how",
        "why",
        "if",
        "that",
        "honestly",
        "a",
        "an",
        "your",
        "yourself",
    ]
)
ELSEWHERE = re.compile(
    r"\b(?:in|on|to|via|by)\s+(?:the\s+)?(?:chat|channel|slack|discord|list|mailing\s+list|forum|issue|pr|"
    r"github|thread|email|telegram)\b|\boffline\b|\basync\b",
    re.IGNORECASE,
)
NEED_TO_DO = re.compile(r"\b(I'll|I\s+will|will)\s+(?:need|have)\s+to\s+(?=[a-z])", re.IGNORECASE)
"""An obligation taken on: "I'll need to re-run the CI" promises the re-run."""
NOT_A_TASK = re.compile(
    r"^(?:be\b(?!\s+\w+ing\b)|not\b|(?:be\s+)?(?:start(?:ing)?|work(?:ing)?)\s+(?:full|part)[- ]?time\b|help(?:\s+out)?(?:\s+with\b|\s*$)|feel\s+free\b|never\b|probably\s+not|have\s+to\s+think|think\b|see\b(?!\s+if\s+(?:I|we)\s+can\s+(?!help\b))|get\s+back\s+to\s+that|"
    r"(?:take|answer|field)\s+(?:any\s+|some\s+|the\s+|a\s+few\s+|more\s+)?questions\b|"
    r"(?:take|welcome|accept)\s+(?:any\s+|some\s+|the\s+|more\s+)?(?:review\s+)?(?:comments|feedback|suggestions|input)\b|"
    r"(?:chew|sleep|ruminate)\s+on\b|call\s+(?:it|this|that|them)\s+(?:a|an|the)\b|ask\s+(?:any\s+|some\s+|your\s+)?questions\b|find\s+(?:some\s+)?time\s+for\s+(?:it|this|that)\b|break\s+(?!down\b|up\b|out\b|apart\b|into\b|it\s+(?:down|up|out)\b)\w|(?:count|rely|depend)\s+on\b|leave\s+(?:it|that|this)\s+(?:up\s+)?to\s+(?!me\b|myself\b)|keep\s+track\s*[.!]?$|mull\s+(?:(?:it|that|this)\s+)?over\b|consider\s+(?:it|that|this|them)\s*(?:[,.!;]|$)|"
    r"(?:say|tell)\s+so\b|"
    r"(?:really\s+)?(?:urge|encourage)\s+(?:everyone|everybody|people|folks|you(?:\s+all)?|all\s+of\s+you)\b|"
    r"go\s+(?:a\s+bit\s+|quite\s+|really\s+|very\s+)?(?:fast|quick(?:ly)?)\b|take\s+over(?:\s+(?:then|now|from\s+here))?\s*[.!]?$|"
    r"(?:note|assert|argue|claim|stress|emphasi[sz]e|reiterate|point\s+out|mention)\s+(?:that|how|here)\b|"
    r"look\s+forward\s+to\b|come\s+back\s+to\s+(?:that|this|it)\b|keep\s+(?:an\s+eye|tabs|track)\s+(?:on|of)\b|"
    r"make\s+(?:a\s+)?notes?(?:\s+of\s+(?:that|it|this))?\s*[.!]?$|take\s+(?:your|his|her|their)\s+word\b|"
    r"drop(?:\s+off)?(?:\s+(?:the|this)\s+call)?(?:\s+(?:now|soon|early|in\s+a\s+(?:few|minute|bit)\b.*))?\s*(?:[.,!]|\s+but\b|$)|"
    r"assign\s+(?:you|him|her|them|(?-i:[A-Z])\w+)\b(?!\s+to\s+(?:me|myself)\b)|(?:confirm|clarify)\s+what\b.*\b(?:is|are)\s+here\b|"
    r"keep\s+(?:it|this|that|things)\s+(?:super\s+|very\s+|really\s+|pretty\s+)?(?:brief|short|quick|simple)\b|"
    r"leave\s+(?:some\s+|a\s+bit\s+of\s+|enough\s+)?time\b|give\s+(?:it\s+|people\s+|everyone\s+)?(?:a\s+few|a\s+couple\s+of|some|another|one\s+more|\d+)\s+"
    r"(?:more\s+)?(?:minutes?|seconds?|moments?)\b|start\s+(?:again|over)\b|give\s+(?:that|this)(?:\s+(?:one|update))?\s*[.!]?$|"
    r"(?:go|stick)\s+(?:with|for)\s+(?:the|a|an|this|that|option|plan)\b|(?:object|oppose)\b|try\s*[,.…]|thank\b|represent(?:ing)?\b|"  # "I think I'll go with the simple chip": a choice
    r"let\s+(?:them|him|her)\b|point\s+(?:out|to\s+(?:what|where|which))\b|"
    r"let\s+(?!\w+\s+know\b)\w+(?:\s+(?:answer|respond|speak|talk|explain|continue|finish|chime\s+in|take\s+(?:it|this|that|over))\b|"
    r"\s*(?:…|\.\.\.|,|$)))",  # "I'll let them finish", "I'll let Thomas…": theirs to say
    re.IGNORECASE,
)


OFFERED = re.compile(
    r"\b(?:I\s+(?:can|could)\s+(?:also\s+)?|(?:should|shall)\s+(?:we|I)\s+|\b(?:we|I)\s+should\s+)(?P<task>(?-i:[a-z])[^.?!]{4,160})",
    re.IGNORECASE,
)
"""An offer of one's own to do something: "I can include that as a separate PR", "Do you think
we should open a ticket to do that?"."""
HEDGED = re.compile(
    r"^(?:yeah|yes|yep|ok(?:ay)?|sure|so)\b[,.…\s]+(?:i\s+mean|i\s+think|i\s+guess|so\b|well\b|but\b|um+\b|uh+\b|hmm+\b|"
    r"i\s+(?:just\s+)?(?:wanted|want|would\s+like)\s+to\s+(?:circle\s+back|go\s+back|ask|add|mention|follow\s+up\s+on|raise|bring\s+up)\b)",
    re.IGNORECASE,
)
TAKEN_ON = re.compile(
    r"\b(?:I'll|I\s+will|I\s+can\s+(?:do|take)|I(?:'ve)?\s+got\s+(?:it|this)|will\s+do|on\s+it)\b", re.I
)
FOR_THE_TEAM = re.compile(r"^(?:(?:ok(?:ay)?|yeah|yes|sure|right)[,.\s]+)+we(?:'ll|\s+will|\s+can)\b", re.IGNORECASE)
ANSWERED_SENTENCES = 2
"""A reply answers the last sentences of a turn, not what came before them."""
HAVE_A_THING = re.compile(
    r"\b(?:I|we)(?:\s+have|'ve)(?:\s+(?:got|had))?\s+(?P<thing>(?:some|an?|the|my|our|two|three|\d+)?\s*[\w' -]{2,60}?)\s*(?:,\s*|\s+)(?:and|so)\s+I\b",
    re.IGNORECASE,
)
"""What the speaker (or their team) has, named before the promise in the same sentence: "I've
got example implementations and I will post that", "we've had some ideas about that, and I'm
going to write them up"."""
MY_OWN_THING = re.compile(
    r"\bI(?:(?:'m|\s+am)\s+(?:going\s+to|gonna)|'ve|\s+have)?\s+(?!be\b|have\b|do\b|get\b|think\b|guess\b|mean\b)\w+\s+"
    r"(?P<thing>(?:the|my|our|your|these|those)\s+[\w' -]{2,40}?)\s*(?:,\s*|\s+)(?:and|so|then)\s+(?:then\s+)?I\b",
    re.IGNORECASE,
)
"""What the speaker takes on or has in hand, named before the promise in the same sentence:
"I'm going to take the minutes, and I'll put them in the shared folder", "I saw the feedback,
and I'll have that implemented by Monday"."""
HE_OR_SHE = re.compile(r"^(?:he|she)\b", re.IGNORECASE)
HEADING = re.compile(r"^#{1,6}\s+\S")
NOT_MINUTES = re.compile(
    r"^#{1,6}\s+\**(?:agenda(?:\s+[\d./-]+)?|links|housekeeping.*|material|resources|check-?in(?:\s+area)?|roll\s+call|attendees|present|"
    r"upcoming\s+meetings?|next\s+meeting)\**\s*:?\s*$",
    re.IGNORECASE,
)
"""Headings whose lines are not what the meeting said: "## Agenda" (its list of topics),
"## Links", "## Check-in area"."""
GROUP_PLAN = re.compile(r"\blet's\b|\blet\s+us\b|\bwe(?:'ll|\s+will|\s+should|'re\s+going\s+to)\b", re.IGNORECASE)
"""A plan for everyone ("Let's check in again at our next 1:1"): nobody's own promise."""


THAT_DONE = re.compile(r"^(?:get|have)\s+(?:that|it|this)\s+(?:done|finished|ready|sorted)\b(?P<rest>.*)$", re.I)
"""A task said as its end: "get that done", "have it finished"."""
FINISHING = frozenset(["do", "finish", "handle", "complete", "wrap"])
STILL_TO_DO = re.compile(
    r"\bI\s+(?:still\s+)?(?:have\s+to|need\s+to|must|(?:have\s+)?got\s+to|gotta)\s+(?:still\s+)?"
    r"(?P<task>(?-i:[a-z])\w+\s+[^.,;?!…]{2,80})",
    re.IGNORECASE,
)
"""What a speaker says is still theirs to do: "I still have to rerun the baseline"."""


I_WILL_ALONE = re.compile(r"^(?:but\s+)?I(?:'ll|\s+will)(?:\s+(?:do\s+(?:it|that)|soon|shortly|later))?\s*[.!]?$", re.I)
LEAVE_IT_WITH_ME = re.compile(
    r"^(?:(?:ok(?:ay)?|sure|yes|yeah|right)[,\s]+)*leave\s+(?:it|that|this)\s+with\s+me\s*[.!]?$", re.I
)
IN_TOUCH = re.compile(r"(\bI(?:'ll|\s+will)\s+)be\s+in\s+touch\b", re.I)
SUMMED_UP = re.compile(
    r"\b(?:that's|that\s+is|this\s+is|those\s+are|these\s+are|it's)\s+(?:all\s+|pretty\s+much\s+)?(?:the|what)\b"
    r"[^.,;]{0,40}\b(?:that|which)\s*$",
    re.IGNORECASE,
)
YOU_SHOULD = re.compile(r"\byou\s+(?:should|need\s+to|have\s+to|must)(?:\s+(?:also|probably|maybe))?\s+", re.I)
BUT_I_WILL = re.compile(r",?\s*but\s+I(?:'ll|\s+will)(?:\s+(?:do\s+(?:it|that)|soon|shortly|later))?\s*[.!]?\s*$", re.I)
