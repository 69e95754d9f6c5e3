"""English messages and tips of the analysis (data only; ``core.texts`` renders them).

Templates use ``str.format`` fields. A step is named by ``{step}`` (1-based), ``{title}`` and
``{channel}``; an earlier step by the same names with a prefix (``{earlier_step}`` ...). A channel
reads bare in parentheses, "({channel})", and with its article inside a sentence, "via
{channel.np}" ("via the phone menu"; the phrases live in the channel catalogue).
A key ``rule-id/variant`` holds a variant of a rule's text for a special case.
"""

from __future__ import annotations

from journeymap.core.texts_model import LanguageTexts, RuleText

TEXTS = LanguageTexts(
    rules={
        "failure-switch": RuleText(
            name="Switch after a failure",
            message=(
                "Step {step}, '{title}' ({channel}), {outcome}, so in step {next_step}, "
                "'{next_title}', the customer had to try again via {next_channel.np}."
            ),
            tip=(
                "Find out why '{title}' goes wrong and fix that first. Until then, keep what the "
                "customer already entered via {channel.np} and pass it on, so that whoever they "
                "reach via {next_channel.np} can pick up the request where it stopped instead of "
                "starting from scratch. Write the error message for this very situation and point "
                "to the one channel that can finish the job."
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
                "Make what customers do via {earlier_channel.np} visible to whoever handles "
                "{channel.np}: keep requests, forms and failed attempts in one contact history and "
                "show it on the employee's screen as the contact starts. The employee can then "
                "open with 'I see you just tried to ...' instead of asking the customer to start "
                "over."
            ),
        ),
        "repeated-information": RuleText(
            name="Information asked again",
            message=(
                "In step {step}, '{title}' ({channel}), the customer was asked again for {items}, "
                "which they had already given{sources}."
            ),
            tip=(
                "Let the customer tell the whole story once. Pass what they gave via "
                "{earlier_channels.np} on to whoever handles {channel.np}, for example with a "
                "reference number or through the contact history, and have the employee confirm "
                "it ('I see your type number is ..., is that right?') rather than ask for it "
                "again."
            ),
        ),
        "repeated-information/same-channel": RuleText(
            name="Information asked again",
            message=(
                "In step {step}, '{title}' ({channel}), the customer was asked again for {items}, "
                "which they had already given{sources}."
            ),
            tip=(
                "Keep what the customer already entered via {channel.np} and fill it in for them "
                "the next time it is needed, for example by saving the form along the way or "
                "filling it from their profile. Ask only for what is new."
            ),
        ),
        "recognized-without-context": RuleText(
            name="Recognised without history",
            message=(
                "In step {step}, '{title}' ({channel}), the organisation recognised the customer "
                "but could not see what went before, so the recognition did nothing for them."
            ),
            tip=(
                "When a customer is recognised via {channel.np}, show the recent contact history "
                "with it and use it out loud: 'I see you just tried to book online; shall we "
                "finish that together?'. Check that the details still belong to this customer by "
                "asking them to state their address rather than reading it out, so nothing leaks "
                "when a phone number has changed hands."
            ),
        ),
        "referral-to-failed-channel": RuleText(
            name="Sent back to a failed channel",
            message=(
                "Step {step}, '{title}' ({channel}), sent the customer to {target.np}, where they "
                "had already failed in step {failed_step}, '{failed_title}'."
            ),
            tip=(
                "Do not send customers back to {target.np} once it has failed them. Let referrals "
                "via {channel.np} depend on what the customer has already tried (for instance, "
                "skip the 'book online in minutes' message for callers who were just online) and "
                "point to a channel that can actually finish the request."
            ),
        ),
        "referral-to-failed-channel/same-step": RuleText(
            name="Sent back to a failed channel",
            message=(
                "Step {step}, '{title}' ({channel}), failed and then pointed the customer back to "
                "{target.np}, the very channel that had just failed them."
            ),
            tip=(
                "Write the error message of '{title}' for the customer who just got stuck: say "
                "what went wrong, keep what they entered, and offer a channel that can finish the "
                "request now instead of a link back to {target.np}."
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
                "After '{pending_title}', make the status visible without a new contact: send an "
                "update as soon as something changes and show it in the customer portal and to "
                "every employee. When you promise to call back, say when, and keep that promise, "
                "so customers need not call again to find out where things stand."
            ),
        ),
        "channel-hopping": RuleText(
            name="Too many channels",
            message=(
                "The customer used {channel_count} channels ({channels}) and switched channel "
                "{switch_count} times to reach their goal."
            ),
            tip=(
                "Offer fewer but better-suited channels for this journey: decide per question "
                "which channel can answer it in one go, and tempt customers there from the start "
                "by showing why it is quicker for them, rather than closing the other doors. Make "
                "sure the request travels along at every switch. Customers reward low effort with "
                "loyalty; every extra channel makes them explain themselves again."
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
                "Do not ask for or give sensitive details via {channel.np}. For these questions, "
                "offer a channel that identifies the customer, such as the customer portal or app "
                "after logging in, or the phone with control questions, and say so before the "
                "customer starts typing. Keep {channel.np} for general questions."
            ),
        ),
        "slow-response": RuleText(
            name="Slow answer",
            message=(
                "In step {step}, '{title}', the customer waited {wait} for an answer via "
                "{channel.np}, where customers expect one {norm}."
            ),
            tip=(
                "Bring the answer time via {channel.np} back to what customers expect there "
                "({norm}): staff for the peaks, or say honestly how long it will take and offer a "
                "call-back at a time the customer chooses, and then keep it. Do not fill the wait "
                "with messages that send the customer elsewhere."
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
                "next step cannot keep makes the fall deeper. Make sure {channel.np} delivers what "
                "the previous step led the customer to expect, or set that expectation more "
                "carefully."
            ),
        ),
        "unresolved-ending": RuleText(
            name="Journey ends unresolved",
            message="The journey ends at step {step}, '{title}' ({channel}), {reason}.",
            tip=(
                "Close the journey for the customer: agree on a next step with a date, confirm it "
                "in writing and follow up yourself before the customer has to ask. Check "
                "afterwards whether the goal was reached."
            ),
        ),
        "no-written-record": RuleText(
            name="Nothing in writing",
            message=(
                "After step {step}, '{title}' ({channel}), no written message followed, so the "
                "customer keeps no record of what was agreed."
            ),
            tip=(
                "After every {channel} contact that ends in an agreement, send a short summary by "
                "e-mail or in the customer portal: what was agreed, the next step and a reference. "
                "Customers who keep a file want proof that their request is on record, and a "
                "summary saves repeat contacts."
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
    },
)
