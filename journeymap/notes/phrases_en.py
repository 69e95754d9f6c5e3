"""English phrases of the note reader (data only; see ``catalogue`` for how a cue reads)."""

from __future__ import annotations

from journeymap.notes.catalogue import CHANNEL_SLOT, Catalogue, Cue

_SEE = "see|know|have|find|access|pull up|look up|get"
_BEFORE = ("attempt|request|application|conversation|chat|call|message|e-mail|email|form|"
           "booking|order|history|record|case|ticket|complaint|online|earlier|previous|before|"
           "what i|what the customer|what had")
_AGAIN = ("again|once more|a second time|the second time|a third time|the third time|"
          "second time|third time|all over|from scratch")
_TELL = ("give|tell|explain|enter|type|repeat|ask|provide|spell|fill|say|story|start|go|"
         "re-enter|retype|submit|input")
_PROMISE = "promise|will|would|should|ask|request|leave|wait|going|'ll|shall|supposed"
_MESSAGE = ("letter|e-mail|email|mail|text|sms|message|confirmation|reminder|invoice|bill|"
            "call|phone call|notification|parcel|update|reply")
_LIVE = ("phone", "video", "chat", "messaging", "social", "email", "callback", "letter", "sms",
         "face_to_face")

CUES: tuple[Cue, ...] = (
    # -- the employee or system did not have what the customer did before
    Cue("context_available", False, (_SEE, _BEFORE), negated=True),
    Cue("context_available", False, ("no idea|no record|no trace|no sign", _BEFORE),
        negated=None),
    Cue("context_available", False, ("knew nothing|know nothing|had nothing",), negated=None),
    Cue("context_available", False, ("from scratch|from zero|square one|all over again",
                                     "start|begin|go"), negated=None),
    Cue("context_available", False, (_AGAIN, _TELL), channels=_LIVE),
    # -- the organisation knew who the customer was
    Cue("recognized", False, ("recognise|recognize|recognition|identify",), negated=True,
        unless="security question|control question"),
    Cue("recognized", True, ("recognise|recognize|recognition",)),
    Cue("recognized", False, ("know", "who i|my name|who the customer"), negated=True),
    Cue("recognized", True, ("know", "who i|my name|who the customer")),
    Cue("recognized", True, ("greet|address", "by name|by my name")),
    Cue("recognized", True, ("see|have", "address|details|name|account|customer number",
                             "screen|in front of")),
    # -- how the step ended
    Cue("outcome", "failed", ("fail|failure",), unless="not fail"),
    Cue("outcome", "failed", ("error message|error|error page",)),
    Cue("outcome", "failed", ("hang|freeze|crash|froze|stuck",), unless="hang up|on hold"),
    Cue("outcome", "failed", ("work|load|go through|succeed",), negated=True,
        unless="finally|eventually|after all"),
    Cue("outcome", "failed", ("stop", "respond|work|load|responding|working"), window=3),
    Cue("outcome", "failed", ("line|lines", "busy|engaged"), window=4),
    Cue("outcome", "abandoned", ("give up|gave up|abandon|quit",)),
    Cue("outcome", "abandoned", ("hang up|hung up",)),
    Cue("outcome", "abandoned", ("stop trying|stopped trying|leave the queue|left the queue",)),
    Cue("outcome", "pending", ("get back to|come back to|let me know|let you know|you'll hear|"
                               "will hear",), negated=None),
    Cue("outcome", "pending", ("promise|say|tell", "call back|ring back|get back|be in touch|"
                               "contact me"), window=8),
    Cue("outcome", "pending", ("pass on|passed on|forward|escalate|refer", "to"), window=6),
    Cue("outcome", "pending", ("still waiting|left waiting|keep waiting|kept waiting|no date|"
                               "without a date|in progress|being processed|no deadline",),
        negated=None),
    # -- sent to another channel
    Cue("referred_to", "", ("refer|redirect|direct|point|send", CHANNEL_SLOT),
        unless="here|back|this way"),
    Cue("referred_to", "", ("suggest|advise|recommend|tell|say|ask", CHANNEL_SLOT), window=6,
        unless="i|we", ordered=True),
    Cue("referred_to", "", ("later", "or", CHANNEL_SLOT), window=5),
    Cue("referred_to", "", ("message|recording|announcement|banner|queue|hear", CHANNEL_SLOT),
        window=8, unless="send|sent"),
    # -- medical, financial or identity information
    Cue("sensitive", True, ("date of birth|birth date|social security|national insurance|"
                            "account number|bank details|card number|iban|pin|medical|diagnosis|"
                            "prescription|test result|medication|passport|identity document|"
                            "id card|salary|income|debt|credit card|sort code|bsn|"
                            "citizen service number|health",)),
    # -- the organisation started this contact
    Cue("initiator", "organisation", ("receive|get|arrive", _MESSAGE), window=6,
        unless="send|sent|i|we"),
    Cue("initiator", "organisation", (_MESSAGE, "arrive|arrives|come|comes|come in"), window=6),
    Cue("initiator", "organisation", ("call back|ring back|called back|rang back",),
        unless=_PROMISE),
    Cue("initiator", "organisation", ("call|ring|email|e-mail|text|write|send|phone|contact",
                                      "me|us"), window=3,
        unless=_PROMISE + "|to|back|i|here|over"),
    Cue("initiator", "organisation", ("confirmation|reminder|invitation|invoice|bill|"
                                      "letter from|e-mail from|email from|message from|"
                                      "notification",),
        at_start=True, unless="send|write|ask|request"),
    Cue("initiator", "organisation", ("visit|come|comes|arrive", "engineer|technician|fitter|"
                                      "mechanic"), channels=("face_to_face",)),
    Cue("initiator", "organisation", ("engineer|technician|fitter|mechanic", "visit|come|comes"),
        channels=("face_to_face",)),
    # -- the customer gave something again (items: see ``reader``)
    Cue("retell", True, (_AGAIN, _TELL)),
    Cue("retell", True, ("re-enter|retype|re-type|repeat|reenter",)),
    # -- pain patterns, matched on the step's own words
    Cue("pain:forced-account", True, ("account|profile|log in|register|registration|sign up",
                                      "create|required|must|first|before|without|no")),
    Cue("pain:small-field", True, ("field|box|space|characters|text box",
                                   "character|characters|small|short|limited|only|stops")),
    Cue("pain:error-referral", True, ("error|error message|message",
                                      "try again later|call|contact|phone")),
    Cue("pain:technical-error", True, ("error|hang|freeze|crash|stuck|outage|broken|froze",)),
    Cue("pain:technical-error", True, ("work|load|respond",), negated=True),
    Cue("pain:hold-queue", True, ("on hold|queue|waiting time|wait|busy|lines",)),
    Cue("pain:appointment-wait", True, ("engineer|appointment|slot|visit",
                                        "weeks|month|only|first"), window=10),
    Cue("pain:surprise-cost", True, ("price|cost|charge|fee|expensive|steep|bill|amount",)),
    Cue("pain:asked-again", True, (_AGAIN, _TELL)),
    Cue("pain:not-listened", True, ("ask|sum|listen|respond|follow up|summarise|summarize",),
        negated=True),
    Cue("pain:no-explanation", True, ("explain|explanation|why|reason|say why",), negated=True),
    Cue("pain:inconsistent", True, ("doubt|contradiction|contradict|inconsistent|different",)),
)

#: Pieces of information a customer gives.
ITEMS: dict[str, str] = {
    "name": "name|full name|surname",
    "address": "address|street name|home address",
    "postcode": "postcode|zip code|post code",
    "date of birth": "date of birth|birth date|birthday",
    "phone number": "phone number|telephone number|mobile number",
    "e-mail address": "e-mail address|email address",
    "customer number": "customer number|customer id|client number",
    "order number": "order number|order id",
    "reference number": "reference number|reference|case number|ticket number",
    "account number": "account number|iban|bank account",
    "card number": "card number",
    "licence plate": "licence plate|license plate|registration number",
    "type number": "type number|model number|model code",
    "serial number": "serial number",
    "part number": "part number",
    "meter reading": "meter reading",
    "fault": "fault|fault description|problem description",
    "complaint": "complaint",
    "request": "request",
    "amount": "amount",
    "date": "date|payment date|appointment date",
    "story": "whole story|story",
    "details": "details|personal details|contact details|account details",
}

CHANNELS: dict[str, str] = {
    "website": "website|site|online|web|internet|web shop|webshop",
    "app": "app",
    "portal": "customer portal|portal|my account|online account",
    "chatbot": "chatbot|bot|virtual assistant",
    "chat": "chat|live chat|webchat",
    "email": "e-mail|email|contact form",
    "phone": "call|phone|telephone|contact centre|contact center|call centre|call center|"
             "helpline|hotline|customer service|phone number",
    "ivr": "phone menu|ivr",
    "messaging": "whatsapp|messenger",
    "sms": "sms|text message",
    "letter": "letter|post",
    "face_to_face": "desk|counter|branch|office|shop|store|in person",
    "callback": "call-back|callback|call back request",
    "social": "social media|facebook|twitter|instagram",
    "video": "video call|video calling",
}

NUMBERS: dict[str, float] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "half": 0.5,
}

UNITS: dict[str, float] = {
    "minute": 1, "minutes": 1, "min": 1, "mins": 1, "hour": 60, "hours": 60,
    "day": 1440, "days": 1440, "working day": 1440, "week": 10080, "weeks": 10080,
    "month": 43200, "months": 43200,
}

CATALOGUE = Catalogue(
    lang="en",
    cues=CUES,
    items=ITEMS,
    channels=CHANNELS,
    numbers=NUMBERS,
    units=UNITS,
    waiting="wait|waiting|on hold|hold|queue|queuing|hang",
    answer="answer|reply|response|respond|get back",
    later="later|afterwards|after that|on",
    after="after",
    not_elapsed="in|only|can|could|within|take|takes|away|still|for",
    next_day="next day|next morning|next afternoon|next evening|the next day|the next morning|"
             "the day after|following day|following morning|the following day|"
             "the following morning",
    clock="at|until|till|around|since|by",
)
