"""English messages and tips of the analysis (data only; ``core.texts`` renders them).

Templates use ``str.format`` fields. A step is named by ``{step}`` (1-based), ``{title}`` and
``{channel}``; an earlier step by the same names with a prefix (``{earlier_step}`` ...). A channel
reads bare in parentheses, "({channel})", and with its article inside a sentence, "via
{channel.np}" ("via the phone menu"; the phrases live in the channel catalogue).
A key ``rule-id/variant`` holds a variant of a rule's text for a special case.
"""

from __future__ import annotations

from journeymap.core.texts_model import LanguageTexts, RuleText

#: The same step told twice over: the plain failure and the one that showed an error message.
_FAILURE_SWITCH_MESSAGE = (
        "Step {step}, '{title}' ({channel}), {outcome}, so in step {next_step}, "
        "'{next_title}', the customer had to try again via {next_channel.np}."

)

TEXTS = LanguageTexts(
    rules={
        "failure-switch": RuleText(
            name="Switch after a failure",
            message=_FAILURE_SWITCH_MESSAGE,
            tip=(
                "Find out why '{title}' goes wrong and fix that first. Until then, keep what the "
                "customer already did there via {channel.np} and pass it on, so that whoever they "
                "reach in '{next_title}' can pick the request up where it stopped instead of "
                "starting from scratch."
            ),
        ),
        "failure-switch/error": RuleText(
            name="Switch after a failure",
            message=_FAILURE_SWITCH_MESSAGE,
            tip=(
                "Find out why '{title}' goes wrong and fix that first. Until then, keep what the "
                "customer already entered there via {channel.np} and pass it on, so that whoever "
                "they reach in '{next_title}' can pick the request up where it stopped instead of "
                "starting from scratch. Write the error message of '{title}' for the customer who "
                "just got stuck there, and point to the one channel that can finish the job."
            ),
        ),
        "lost-context": RuleText(
            name="Context lost between channels",
            message=(
                "In step {step}, '{title}' ({channel}), the organisation did not have at hand what "
                "the customer had done in step {earlier_step}, '{earlier_title}' "
                "({earlier_channel})."
            ),
            tip=(
                "Make what the customer did in '{earlier_title}' via {earlier_channel.np} visible "
                "to whoever handles '{title}' via {channel.np}: keep requests, forms and failed "
                "attempts in one contact history and show it as the contact starts. '{title}' can "
                "then open with what happened before instead of asking the customer to start over."
            ),
        ),
        "repeated-information": RuleText(
            name="Information asked again",
            message=(
                "In step {step}, '{title}' ({channel}), the customer was asked again for {items}, "
                "which they had already given{sources}."
            ),
            tip=(
                "Let the customer give {items} once, not again in '{title}'. Pass what they gave "
                "via {earlier_channels.np} on to whoever handles '{title}' via {channel.np}, for "
                "example with a reference number or through the contact history, and have {items} "
                "confirmed rather than asked for again."
            ),
        ),
        "repeated-information/same-channel": RuleText(
            name="Information asked again",
            message=(
                "In step {step}, '{title}' ({channel}), the customer was asked again for {items}, "
                "which they had already given{sources}."
            ),
            tip=(
                "Keep {items} once the customer has entered them via {channel.np}, and fill them "
                "in for '{title}', for example by saving the form along the way or from the "
                "profile. In '{title}', ask only for what is new."
            ),
        ),
        "recognized-without-context": RuleText(
            name="Recognised without history",
            message=(
                "In step {step}, '{title}' ({channel}), the organisation recognised the customer "
                "but could not see what went before, so the recognition did nothing for them."
            ),
            tip=(
                "When '{title}' recognises the customer via {channel.np}, show the recent contact "
                "history with it and use it out loud: name what happened in '{earlier_title}' and "
                "offer to finish it together. In '{title}', check that the details still belong to "
                "this customer by letting them state their address rather than reading it out, so "
                "nothing leaks when a phone number or account has changed hands."
            ),
        ),
        "referral-to-failed-channel": RuleText(
            name="Sent back to a failed channel",
            message=(
                "Step {step}, '{title}' ({channel}), sent the customer to {target.np}, where they "
                "had already failed in step {failed_step}, '{failed_title}'."
            ),
            tip=(
                "Do not send customers back to {target.np} once '{failed_title}' has failed them "
                "there. Let the referral in '{title}' depend on what the customer has already "
                "tried, and point to a channel that can actually finish what '{failed_title}' "
                "could not."
            ),
        ),
        "referral-to-failed-channel/same-step": RuleText(
            name="Sent back to a failed channel",
            message=(
                "Step {step}, '{title}' ({channel}), failed and then pointed the customer back to "
                "{target.np}, the very channel that had just failed them."
            ),
            tip=(
                "Rewrite what '{title}' tells the customer who just got stuck: say what went "
                "wrong, keep what they entered, and offer a channel that can finish the request "
                "now instead of pointing back to {target.np}. Find out when '{title}' fails and "
                "which referral then serves the customer best."
            ),
        ),
        "repeat-contact": RuleText(
            name="Customer chases the organisation",
            message=(
                "In step {step}, '{title}' ({channel}), the customer had to chase the "
                "organisation, because step {pending_step}, '{pending_title}' ({pending_channel}), "
                "had left them waiting."
            ),
            tip=(
                "After '{pending_title}', keep the customer informed without a new contact: send "
                "an update via {pending_channel.np} or in writing as soon as something changes, "
                "and show the status to whoever handles {channel.np}. Say in '{pending_title}' "
                "when the customer will hear, and keep to it, so that '{title}' is not needed."
            ),
        ),
        "channel-hopping": RuleText(
            name="Too many channels",
            message=(
                "The customer used {channel_count} channels ({channels}) and switched channel "
                "{switch_count} times to reach their goal."
            ),
            tip=(
                "Offer fewer but better-suited channels for '{journey}' than {channels}: decide "
                "per question which channel can answer it in one go, and tempt customers there "
                "from the start by showing why it is quicker for them, rather than closing the "
                "other doors. Make sure the request travels along at each of the {switch_count} "
                "switches of '{journey}', so the customer does not explain it again on every "
                "channel."
            ),
        ),
        "sensitive-unidentified": RuleText(
            name="Sensitive data without identification",
            message=(
                "In step {step}, '{title}', medical, financial or identity information was "
                "exchanged via {channel.np}, a channel that does not establish who the customer "
                "is."
            ),
            tip=(
                "Do not ask for or give sensitive details in '{title}' via {channel.np}, which is "
                "fine for general questions only. For what '{title}' needs, offer a channel that "
                "identifies the customer, such as the customer portal or app after logging in, or "
                "the phone with control questions, and say so before the customer shares anything."
            ),
        ),
        "slow-response": RuleText(
            name="Slow answer",
            message=(
                "In step {step}, '{title}', the customer waited {wait} for an answer via "
                "{channel.np}, where customers expect one {norm}."
            ),
            tip=(
                "Bring the answer time in '{title}' back to what customers expect via {channel.np} "
                "({norm}): plan for the peaks, or say honestly how long it will take and keep to "
                "it. Do not fill the wait in '{title}' with messages that send the customer "
                "elsewhere."
            ),
        ),
        "emotional-cliff": RuleText(
            name="Sudden drop in experience",
            message=(
                "From step {prev_step}, '{prev_title}', to step {step}, '{title}' ({channel}), the "
                "experience fell by {drop} points, from {prev_score} to {score}."
            ),
            tip=(
                "Look at what changes between '{prev_title}' and '{title}': a promise that the "
                "next step cannot keep makes the fall deeper. Make sure '{title}' delivers via "
                "{channel.np} what '{prev_title}' led the customer to expect, or set that "
                "expectation more carefully."
            ),
        ),
        "unresolved-ending": RuleText(
            name="Journey ends unresolved",
            message="The journey ends at step {step}, '{title}' ({channel}), {reason}.",
            tip=(
                "Close the journey after '{title}': agree on a next step with a date, confirm it "
                "in writing and follow up yourself before the customer has to ask. Check "
                "afterwards whether the customer reached their goal after '{title}'."
            ),
        ),
        "no-written-record": RuleText(
            name="Nothing in writing",
            message=(
                "After step {step}, '{title}' ({channel}), no written message followed, so the "
                "customer keeps no record of what was agreed."
            ),
            tip=(
                "After '{title}', send the customer a short summary by e-mail or in the customer "
                "portal: what was agreed via {channel.np}, the next step and a reference. "
                "Customers who keep a file want proof that '{title}' is on record, and a summary "
                "saves a repeat contact about it."
            ),
        ),
        "pain-point": RuleText(
            name="Pain point",
            message=(
                "Step {step}, '{title}' ({channel}), scored {score}: here the journey hurts the "
                "customer."
            ),
            tip=(
                "Ask customers who went through '{title}' what went wrong for them via "
                "{channel.np} and what they had expected instead. Fix the part of '{title}' they "
                "name first, and score it again once it is changed."
            ),
        ),
        "pain-point/forced-account": RuleText(
            name="Pain point: account forced",
            message=(
                "Step {step}, '{title}' ({channel}), scored {score}: the customer had to create "
                "an account before getting what they came for ('{quote}')."
            ),
            tip=(
                "In '{title}', let the customer start via {channel.np} with what they came for and "
                "ask for the details a profile needs as part of that request. Offer to keep them "
                "as an account at the end of '{title}', saying what it gives the customer, instead "
                "of making the account the way in."
            ),
        ),
        "pain-point/story-too-long": RuleText(
            name="Pain point: no room for the story",
            message=(
                "Step {step}, '{title}' ({channel}), scored {score}: the customer could not tell "
                "the whole story ('{quote}')."
            ),
            tip=(
                "Give the customer room for the whole story in '{title}': a field via {channel.np} "
                "that takes everything they want to say, or a way to add a photo. A complete story "
                "in '{title}' saves a wasted visit or a second round later on."
            ),
        ),
        "pain-point/error-sends-elsewhere": RuleText(
            name="Pain point: error sends the customer elsewhere",
            message=(
                "Step {step}, '{title}' ({channel}), scored {score}: an error message sent the "
                "customer to another channel ('{quote}')."
            ),
            tip=(
                "Make the error page of '{title}' know what the customer just tried via "
                "{channel.np}: keep what they entered, say what went wrong and offer the one "
                "channel that can finish '{title}' with those details in hand. Find out when the "
                "error in '{title}' occurs and which referral then serves the customer best."
            ),
        ),
        "pain-point/sent-elsewhere": RuleText(
            name="Pain point: sent to another channel",
            message=(
                "Step {step}, '{title}' ({channel}), scored {score}: the customer was sent to "
                "another channel ('{quote}')."
            ),
            tip=(
                "Let whoever handles '{title}' take the question on, or pass it on with what the "
                "customer already said, rather than sending the customer away from {channel.np}. "
                "If '{title}' cannot help, say so before the customer starts, and name the channel "
                "that can."
            ),
        ),
        "pain-point/technical-error": RuleText(
            name="Pain point: technical error",
            message=(
                "Step {step}, '{title}' ({channel}), scored {score}: a technical fault stopped "
                "the customer ('{quote}')."
            ),
            tip=(
                "Find out in which browsers and situations '{title}' breaks down via {channel.np}, "
                "and fix that first. Until then, keep what the customer entered in '{title}', so "
                "that a second attempt does not start from scratch."
            ),
        ),
        "pain-point/surprising-cost": RuleText(
            name="Pain point: a cost that surprises",
            message=(
                "Step {step}, '{title}' ({channel}), scored {score}: a cost surprised the "
                "customer ('{quote}')."
            ),
            tip=(
                "Show the cost of '{title}' early via {channel.np} and explain what it covers, "
                "before the customer has put in effort. Where you can, say what keeps '{title}' "
                "cheaper for the customer, such as a check they can do themselves first or a free "
                "cancellation."
            ),
        ),
        "pain-point/long-wait-for-appointment": RuleText(
            name="Pain point: long wait for an appointment",
            message=(
                "Step {step}, '{title}' ({channel}), scored {score}: the first appointment on "
                "offer was far away ('{quote}')."
            ),
            tip=(
                "Explain in '{title}' why the first appointment is that far away, what the "
                "customer can do meanwhile, and offer to call when an earlier slot frees up. Make "
                "the dates offered in '{title}' via {channel.np} the same as on every other "
                "channel, so the customer is not told one thing online and another here."
            ),
        ),
        "pain-point/on-hold": RuleText(
            name="Pain point: kept waiting",
            message=(
                "Step {step}, '{title}' ({channel}), scored {score}: the customer was kept "
                "waiting ('{quote}')."
            ),
            tip=(
                "Tell customers in '{title}' honestly how long the wait via {channel.np} will be, "
                "and offer a call-back at a moment they choose. Do not fill the wait in '{title}' "
                "with messages that point to a channel the customer may have just tried."
            ),
        ),
        "pain-point/promise-not-kept": RuleText(
            name="Pain point: promise not kept",
            message=(
                "Step {step}, '{title}' ({channel}), scored {score}: the customer was left "
                "without the answer they were promised ('{quote}')."
            ),
            tip=(
                "When '{title}' promises an answer, name the moment and keep it, and send word via "
                "{channel.np} or in writing when it slips. Show the status of '{title}' to every "
                "employee, so that a customer who asks after it gets an answer at once."
            ),
        ),
        "pain-point/unexplained-recognition": RuleText(
            name="Pain point: recognised without saying how",
            message=(
                "Step {step}, '{title}' ({channel}), scored {score}: the organisation knew the "
                "customer without saying how ('{quote}')."
            ),
            tip=(
                "In '{title}', say how the customer was recognised ('I see you created a profile "
                "online just now') and use what that history shows. Check the details via "
                "{channel.np} by asking the customer to state their address rather than reading it "
                "out: a phone number may have changed hands since '{title}' last used it."
            ),
        ),
        "pain-point/told-again": RuleText(
            name="Pain point: the story told again",
            message=(
                "Step {step}, '{title}' ({channel}), scored {score}: the customer had to tell "
                "or enter their story again ('{quote}')."
            ),
            tip=(
                "Pass on what the customer said or entered before '{title}', so that whoever "
                "handles {channel.np} can confirm it rather than ask for it again. In '{title}', "
                "ask only for what is new."
            ),
        ),
        "pain-point/no-explanation": RuleText(
            name="Pain point: no explanation",
            message=(
                "Step {step}, '{title}' ({channel}), scored {score}: the customer got no "
                "explanation ('{quote}')."
            ),
            tip=(
                "Give the reason where the customer meets the decision in '{title}', via "
                "{channel.np}, and let every employee who may be asked about the decision see the "
                "same reasons, so that a question ends with an answer."
            ),
        ),
    },
    phrases={
        "outcome.failed": "failed",
        "outcome.abandoned": "was abandoned",
        "ending.failed": "where the customer did not get what they came for",
        "ending.abandoned": "where the customer gave up",
        "ending.pending": "with the customer still waiting for the organisation",
        "ending.negative": "with a score of {score}",
        "source.single": " in step {step}, '{title}', via {channel.np}",
        "source.item": "{items} in step {step}, '{title}', via {channel.np}",
        "source.many": ": {list}",
        "list.and": "{first} and {last}",
        "minutes.one": "{n} minute",
        "minutes.many": "{n} minutes",
        "hours.one": "{n} hour",
        "hours.many": "{n} hours",
        "days.one": "{n} day",
        "days.many": "{n} days",
        "norm.immediately": "immediately",
        "norm.within": "within {duration}",
        "question.step": "Step {step}, '{title}' ({channel}): {ask}",
        "question.context_available": (
            "did they have at hand what the customer did in "
            "step {earlier_step}, '{earlier_title}' ({earlier_channel})?"
        ),
        "question.info_given": (
            "which of these did the customer have to give "
            "again: {items}?"
        ),
        "question.recognized": (
            "did the organisation know who the customer was?"
        ),
        "question.initiator": (
            "who started this contact? If the organisation "
            "did, the customer was not chasing step {pending_step}, '{pending_title}'."
        ),
        "break.group.one": "{name}, and one more finding at the same hand-off",
        "break.group.many": "{name}, and {count} more findings at the same hand-off",
        "break.pain_point": "{name}: '{title}'",
    },
    labels={
        "severity.high": "High",
        "severity.medium": "Medium",
        "severity.low": "Low",
        "category.integration": "Integration",
        "category.effort": "Customer effort",
        "category.privacy": "Privacy",
        "category.expectation": "Expectation",
        "category.emotion": "Emotion",
        "category.outcome": "Outcome",
        "report.steps": "Steps",
        "report.score": "Score",
        "report.total": "total",
        "report.mean": "mean",
        "report.plus": "plus",
        "report.minus": "minus",
        "report.neutral": "neutral",
        "report.lowest": "Lowest point",
        "report.findings": "Findings",
        "report.no_findings": "No integration breaks or other findings.",
        "report.step_label": "step",
        "report.steps_label": "steps",
        "report.tip": "Tip",
        "report.top": "Top improvements",
        "report.by_channel": "Score per channel",
        "report.inferred": "Inferred from the notes, not yet confirmed",
        "report.questions": "Open questions",
    },
)
