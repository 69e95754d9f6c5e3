"""Made-up journeys and contact-history exports, for tests and benchmarks (seeded, repeatable).

The journeys look like interview journeys: a handful of channels, phases, failures followed by a
switch, information given twice, pending requests chased, and the odd missing context. Every
field the analysis reads is drawn somewhere, so every rule fires in a few hundred journeys.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
from collections.abc import Iterator

from journeymap.core.channels import channel_ids
from journeymap.core.model import Initiator, Journey, Outcome, Step

PHASES = ("Orientation", "Request", "Contact", "Waiting", "Solution")
ITEMS = ("order number", "address", "complaint", "name", "date of birth", "type number")
_OUTCOMES = (*[Outcome.SUCCESS] * 12, Outcome.FAILED, Outcome.FAILED, Outcome.ABANDONED,
             Outcome.PENDING, Outcome.PENDING)
#: Channels people mostly use, more often drawn than the rest.
_COMMON = ("website", "phone", "email", "app", "chat", "ivr", "portal")


def synthetic_journey(rng: random.Random, number: int, *, steps: int = 15,
                      tags: tuple[str, ...] = ()) -> Journey:
    """Return journey ``number`` of ``steps`` steps drawn with ``rng``."""
    every = channel_ids()
    made: list[Step] = []
    channel = rng.choice(_COMMON)
    score = rng.randint(-1, 1)
    for index in range(steps):
        if index and rng.random() < 0.45:
            channel = rng.choice(_COMMON) if rng.random() < 0.8 else rng.choice(every)
        score = max(-2, min(2, score + rng.choice((-2, -1, -1, 0, 0, 1, 1, 2))))
        noted = rng.random() < 0.3
        made.append(Step(
            title=f"Contact {index + 1} of case {number}",
            channel=channel,
            score=score,
            phase=PHASES[min(len(PHASES) - 1, index * len(PHASES) // steps)],
            initiator=Initiator.ORGANISATION if rng.random() < 0.1 else Initiator.CUSTOMER,
            outcome=rng.choice(_OUTCOMES),
            info_given=(tuple(rng.sample(ITEMS, rng.randint(1, 2)))
                        if rng.random() < 0.3 else ()),
            recognized=rng.choice((True, False)) if noted else None,
            context_available=rng.choice((True, False, False)) if noted else None,
            referred_to=rng.choice(_COMMON) if rng.random() < 0.07 else None,
            wait_minutes=rng.choice((1, 4, 12, 40)) if rng.random() < 0.2 else None,
            sensitive=True if rng.random() < 0.03 else None,
        ))
    return Journey(title=f"Customer {number}", steps=tuple(made), phases=PHASES, tags=tags)


def synthetic_journeys(count: int, *, seed: int = 2026, steps: tuple[int, int] = (5, 25),
                       tags: tuple[str, ...] = ("interview", "pilot", "contact centre")
                       ) -> Iterator[Journey]:
    """Yield ``count`` journeys of ``steps`` (lowest, highest) steps, each with one or no tag."""
    rng = random.Random(seed)
    for number in range(1, count + 1):
        tag = rng.choice((*tags, None)) if tags else None
        yield synthetic_journey(rng, number, steps=rng.randint(*steps),
                                tags=(tag,) if tag else ())


#: Channel names as a Dutch or English contact-centre system writes them.
EXPORT_CHANNELS = ("Telefoon", "E-mail", "Website", "Mijn omgeving", "Chat", "WhatsApp",
                   "Balie", "Brief", "phone", "email", "Keuzemenu", "App")
EXPORT_OUTCOMES = ("afgehandeld", "mislukt", "in behandeling", "success", "failed", "")
EXPORT_HEADER = ("Klantnummer", "Datum/tijd", "Kanaal", "Resultaat", "Wachttijd", "Notitie")


def contact_export(contacts: int, *, seed: int = 7, customers: int | None = None) -> str:
    """Return a contact-history CSV (Dutch headers, ``;``, as Dutch Excel writes it).

    One row per contact: customer number, timestamp, channel, outcome, wait in minutes and a
    note; about seven contacts per customer, rows in timestamp order across all customers.
    """
    rng = random.Random(seed)
    customers = customers or max(1, contacts // 7)
    start = dt.datetime(2026, 10, 1, 8, 0)
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=";")
    writer.writerow(EXPORT_HEADER)
    moment = start
    for number in range(contacts):
        moment += dt.timedelta(seconds=rng.randint(1, 60))
        wait = rng.choice(("", "1", "3,5", "12", "25"))
        writer.writerow((f"K{rng.randrange(customers):06d}", moment.strftime("%d-%m-%Y %H:%M:%S"),
                         rng.choice(EXPORT_CHANNELS), rng.choice(EXPORT_OUTCOMES), wait,
                         f"Contact {number + 1}"))
    return out.getvalue()
