"""The channel catalogue (docs/journey-format.md): one table, the only place channel facts live."""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass
from enum import StrEnum


class ServiceMode(StrEnum):
    """How the customer is served on a channel.

    Self-service (nobody answers), live service (a person answers at once, at a distance),
    written (a person answers in writing, later: e-mail, a letter) or face-to-face.
    """

    SELF = "self"
    LIVE = "live"
    WRITTEN = "written"
    FACE_TO_FACE = "face_to_face"


#: Order of the service modes on the map, top to bottom.
MODE_ORDER: tuple[ServiceMode, ...] = (ServiceMode.SELF, ServiceMode.LIVE, ServiceMode.WRITTEN,
                                       ServiceMode.FACE_TO_FACE)
#: The modes on which a person of the organisation serves the customer.
SERVED_MODES: frozenset[ServiceMode] = frozenset(MODE_ORDER) - {ServiceMode.SELF}
#: A service mode as a lane's subtitle names it, per language.
MODE_LABELS: dict[str, dict[ServiceMode, str]] = {
    "en": {ServiceMode.SELF: "self-service", ServiceMode.LIVE: "live service",
           ServiceMode.WRITTEN: "written", ServiceMode.FACE_TO_FACE: "face-to-face"},
    "nl": {ServiceMode.SELF: "zelfservice", ServiceMode.LIVE: "live contact",
           ServiceMode.WRITTEN: "schriftelijk", ServiceMode.FACE_TO_FACE: "fysiek contact"},
}


def mode_label(mode: ServiceMode, lang: str) -> str:
    """Return the name of ``mode`` in ``lang`` (English for an unknown language)."""
    return MODE_LABELS.get(lang, MODE_LABELS["en"])[mode]


@dataclass(frozen=True, slots=True)
class Channel:
    """One channel of contact between customer and organisation.

    Attributes:
        id: stable id used in journey files.
        name_en / name_nl: display names.
        mode: self-service, live service, written or face-to-face (``ServiceMode``).
        identifies: whether the channel identifies the customer (logged in, control questions).
        norm_minutes: the answer time a customer expects on this channel (a default; users may
            override it in the analysis settings).
        written: whether the customer keeps a written record of a contact on this channel.
        aliases: other names accepted on import (lower case, accents allowed).
        phrase_en / phrase_nl: the channel as it reads inside a sentence, article included
            ("via the phone menu", "via het keuzemenu"); empty: the name itself.
    """

    id: str
    name_en: str
    name_nl: str
    mode: ServiceMode
    identifies: bool
    norm_minutes: float
    written: bool = False
    aliases: tuple[str, ...] = ()
    phrase_en: str = ""
    phrase_nl: str = ""

    def name(self, lang: str) -> str:
        """Return the display name in ``lang`` (``"nl"`` or ``"en"``)."""
        return self.name_nl if lang == "nl" else self.name_en

    def phrase(self, lang: str) -> str:
        """Return the channel as it reads inside a sentence in ``lang`` ("the phone menu")."""
        return (self.phrase_nl if lang == "nl" else self.phrase_en) or self.name(lang)


_S, _L, _W, _F = ServiceMode.SELF, ServiceMode.LIVE, ServiceMode.WRITTEN, ServiceMode.FACE_TO_FACE
_DAY = 1440.0

CHANNELS: tuple[Channel, ...] = (
    Channel("website", "Website", "Website", _S, False, 0, aliases=("web", "site", "webpagina"),
            phrase_en="the website", phrase_nl="de website"),
    Channel("app", "App", "App", _S, True, 0, aliases=("mobile app", "mobiele app"),
            phrase_en="the app", phrase_nl="de app"),
    Channel("portal", "Customer portal", "Mijn omgeving", _S, True, 0, written=True,
            aliases=("my account", "mijn", "mijn account", "mijnomgeving", "klantportaal"),
            phrase_en="the customer portal", phrase_nl="Mijn omgeving"),
    Channel("chatbot", "Chatbot", "Chatbot", _S, False, 0,
            aliases=("bot", "virtual assistant", "virtuele assistent"),
            phrase_en="the chatbot", phrase_nl="de chatbot"),
    Channel("email", "E-mail", "E-mail", _W, False, _DAY, written=True,
            aliases=("mail", "e mail", "webform", "contactformulier"),
            phrase_en="e-mail", phrase_nl="e-mail"),
    Channel("phone", "Phone", "Telefoon", _L, True, 5,
            aliases=("telephone", "call", "bellen", "contactcenter", "klantenservice"),
            phrase_en="the phone", phrase_nl="de telefoon"),
    Channel("ivr", "Phone menu", "Keuzemenu", _S, False, 2,
            aliases=("ivr", "keuzemenu", "phone menu", "menu", "voicemail"),
            phrase_en="the phone menu", phrase_nl="het keuzemenu"),
    Channel("chat", "Live chat", "Live chat", _L, False, 2, aliases=("webchat", "livechat"),
            phrase_en="live chat", phrase_nl="de livechat"),
    Channel("messaging", "WhatsApp / messaging", "WhatsApp / messaging", _L, False, 60,
            written=True, aliases=("whatsapp", "messenger", "berichten", "messaging"),
            phrase_en="WhatsApp or messaging", phrase_nl="WhatsApp of messaging"),
    Channel("social", "Social media", "Social media", _L, False, 60,
            aliases=("twitter", "facebook", "instagram", "sociale media"),
            phrase_en="social media", phrase_nl="social media"),
    Channel("sms", "SMS", "Sms", _W, False, 60, written=True, aliases=("text message", "sms"),
            phrase_en="SMS", phrase_nl="sms"),
    Channel("video", "Video call", "Videobellen", _L, True, 5,
            aliases=("videocall", "video call", "beeldbellen"),
            phrase_en="video calling", phrase_nl="videobellen"),
    Channel("callback", "Call-back request", "Terugbelverzoek", _L, True, _DAY,
            aliases=("call back", "callback request", "terugbellen"),
            phrase_en="the call-back service", phrase_nl="de terugbelservice"),
    Channel("letter", "Letter", "Brief", _W, False, 5 * _DAY, written=True,
            aliases=("post", "mail letter", "poststuk"),
            phrase_en="the post", phrase_nl="de post"),
    Channel("face_to_face", "Desk / visit", "Balie / bezoek", _F, True, 15,
            aliases=("desk", "visit", "counter", "balie", "bezoek", "store", "winkel",
                     "face to face", "engineer visit", "monteur"),
            phrase_en="the desk or a visit", phrase_nl="de balie of een bezoek"),
)

_BY_ID: dict[str, Channel] = {c.id: c for c in CHANNELS}


def fold(text: str) -> str:
    """Return ``text`` folded for comparison: case-, accent- and surrounding-space-insensitive."""
    decomposed = unicodedata.normalize("NFKD", text.strip().casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _names(channel: Channel) -> tuple[str, ...]:
    return (channel.id, channel.name_en, channel.name_nl, *channel.aliases)


def _lookup_keys(name: str) -> tuple[str, ...]:
    """Return the forms a name is looked up by: folded, with spaces, and without separators."""
    key = fold(name)
    spaced = key.replace("-", " ").replace("_", " ")
    return key, spaced, spaced.replace(" ", "")


_BY_NAME: dict[str, str] = {}
for _channel in CHANNELS:
    for _name in _names(_channel):
        for _key in _lookup_keys(_name):
            _BY_NAME.setdefault(_key, _channel.id)


def channel(channel_id: str) -> Channel:
    """Return the channel with id ``channel_id``; raise ``KeyError`` for an unknown id."""
    return _BY_ID[channel_id]


def is_channel_id(value: object) -> bool:
    """Return whether ``value`` is the id of a catalogue channel."""
    return isinstance(value, str) and value in _BY_ID


@functools.lru_cache(maxsize=4096)  # an import resolves the same few names again and again
def resolve_channel(name: str) -> str | None:
    """Return the id of the channel a person means by ``name`` (id, English or Dutch name, alias).

    Matching ignores case, accents, spaces and hyphens, so ``"E-mail"``, ``"telefoon"`` and
    ``"Mijn omgeving"`` all resolve. Returns ``None`` when nothing matches.
    """
    for candidate in _lookup_keys(name):
        if candidate in _BY_NAME:
            return _BY_NAME[candidate]
    return None


def channel_ids() -> tuple[str, ...]:
    """Return every channel id in catalogue order."""
    return tuple(c.id for c in CHANNELS)
