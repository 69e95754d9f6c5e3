"""Dutch phrases of the note reader (data only; see ``catalogue`` for how a cue reads)."""

from __future__ import annotations

from journeymap.notes.catalogue import CHANNEL_SLOT, Catalogue, Cue

_SEE = "zien|weten|hebben|kennen|vinden|terugvinden|terugzien|inzien|opzoeken|bekijken|snappen"
_BEFORE = ("~poging|~aanvraag|~verzoek|~gesprek|~melding|~formulier|~bericht|dossier|~historie|"
           "~geschiedenis|contact|eerder|vorig|online|~mail|~chat|~reservering|~boeking|"
           "~bestelling|~klacht|~ticket|zaak|~zaaknummer|wat ik|wat de klant|wat er")
_AGAIN = "opnieuw|nogmaals|weer|nog eens|nog een keer|andermaal|wederom|alweer|voor de tweede keer"
_TELL = ("vertellen|uitleggen|doorgeven|invullen|intypen|typen|invoeren|noemen|opgeven|geven|"
         "vragen|inspreken|spellen|verhaal|beginnen")
_PROMISE = "beloven|belofte|zullen|gaan|vragen|~verzoek|achterlaten|wachten|zouden|zou"
_MESSAGE = "~brief|~mail|e-mail|~sms|~bericht|~bevestiging|~herinnering|telefoontje|~factuur|" \
           "~aanmaning|~uitnodiging|~pakket|~notificatie"
_LIVE = ("phone", "video", "chat", "messaging", "social", "email", "callback", "letter", "sms",
         "face_to_face")

CUES: tuple[Cue, ...] = (
    # -- the employee or system did not have what the customer did before
    Cue("context_available", False, (_SEE, _BEFORE), negated=True),
    Cue("context_available", False, ("weten", "van niets|van niks"), negated=None),
    Cue("context_available", False, ("geen zicht op|geen inzicht in|geen idee van",),
        negated=None),
    Cue("context_available", False, ("bij nul|vanaf nul|van voren af aan", "beginnen|starten"),
        negated=None),
    Cue("context_available", False, ("staan|zijn|komen", "in het systeem|in het dossier"),
        negated=True),
    Cue("context_available", False, (_AGAIN, _TELL), channels=_LIVE),
    # -- the organisation knew who the customer was
    Cue("recognized", False, ("herkennen|herkenning",), negated=True),
    Cue("recognized", True, ("herkennen|herkenning",)),
    Cue("recognized", False, ("weten|kennen", "wie ik|wie de klant|mijn naam"), negated=True),
    Cue("recognized", True, ("weten|kennen", "wie ik|wie de klant|mijn naam")),
    Cue("recognized", True, ("aanspreken|begroeten", "naam")),
    Cue("recognized", True, ("zien|hebben", "adres|gegevens|naam|klantnummer|dossier",
                             "scherm|voor zich")),
    # -- how the step ended
    Cue("outcome", "failed", ("mislukken|mislukking",)),
    Cue("outcome", "failed", ("foutmelding|~foutmelding|storingsmelding",)),
    Cue("outcome", "failed", ("blijven", "hangen"), window=4),
    Cue("outcome", "failed", ("vastlopen|crashen|vastgelopen",)),
    Cue("outcome", "failed", ("lopen", "vast"), window=3),
    Cue("outcome", "failed", ("werken|lukken|laden",), negated=True,
        unless="wel|eindelijk|toch|alsnog"),
    Cue("outcome", "failed", ("reageren", "meer"), negated=True, window=4),
    Cue("outcome", "failed", ("~lijnen|lijn", "bezet"), window=5),
    Cue("outcome", "abandoned", ("geven", "op"), window=3, unless="~opgave|geven op"),
    Cue("outcome", "abandoned", ("afhaken|opgeven|afbreken",)),
    Cue("outcome", "abandoned", ("haken", "af"), window=3),
    Cue("outcome", "abandoned", ("stoppen", "ermee|erme"), window=3),
    Cue("outcome", "pending", ("hoort ervan|hoor ervan|horen ervan|hoort nog van|horen nog van",),
        negated=None),
    Cue("outcome", "pending", ("beloven|toezeggen|zeggen", "terugbellen|terug te bellen|"
                               "terugkomen|terug te komen|erop terug"), window=8),
    Cue("outcome", "pending", ("zetten", "door", "naar"), window=6),
    Cue("outcome", "pending", ("doorzetten|doorsturen|doorgezet|uitzetten",)),
    Cue("outcome", "pending", ("zetten", "uit", "bij"), window=6),
    Cue("outcome", "pending", ("in behandeling",)),
    Cue("outcome", "pending", ("zonder termijn|geen termijn",), negated=None),
    Cue("outcome", "pending", ("blijven", "wachten"), window=4),
    # -- sent to another channel
    Cue("referred_to", "", ("verwijzen|doorverwijzen|wijzen|doorsturen", CHANNEL_SLOT),
        unless="hierheen|hier|terug"),
    Cue("referred_to", "", ("aanraden|adviseren|voorstellen|aanbevelen", CHANNEL_SLOT)),
    Cue("referred_to", "", ("zeggen|melden", CHANNEL_SLOT), window=7),
    Cue("referred_to", "", ("noemen", "telefoonnummer|~telefoonnummer", CHANNEL_SLOT),
        window=6),
    Cue("referred_to", "", ("later", "opnieuw|nog eens", "of", CHANNEL_SLOT), window=8),
    Cue("referred_to", "", ("melding|boodschap|bandje|wachtrij|wachtmuziek|horen",
                            CHANNEL_SLOT), window=10, unless="sturen"),
    # -- medical, financial or identity information
    Cue("sensitive", True, ("geboortedatum|bsn|burgerservicenummer|~rekeningnummer|iban|"
                            "pasnummer|pincode|medisch|diagnose|uitslag|medicijn|medicatie|"
                            "recept|paspoort|identiteitsbewijs|id-kaart|legitimatie|salaris|"
                            "inkomen|schuld|creditcard|kaartnummer|saldo|~verzekeringsnummer",)),
    # -- the organisation started this contact
    Cue("initiator", "organisation", ("krijgen|ontvangen", _MESSAGE), window=6),
    Cue("initiator", "organisation", ("terugbellen|terug_bellen",), unless=_PROMISE),
    Cue("initiator", "organisation", ("bellen", "terug"), window=5, unless=_PROMISE),
    Cue("initiator", "organisation", ("sturen|mailen|sms'en|appen|schrijven|bellen", "me|mij|ons"),
        window=3, unless=_PROMISE + "|door|naar|hierheen|ik"),
    Cue("initiator", "organisation", ("~bevestiging|~herinnering|~aanmaning|~uitnodiging|"
                                      "~factuur|brief van|mail van|bericht van",),
        at_start=True, unless="sturen|versturen|schrijven|vragen|aanvragen"),
    Cue("initiator", "organisation", ("bezoek|komen|langskomen", "monteur|installateur|"
                                      "technicus|~monteur"), channels=("face_to_face",)),
    # -- the customer gave something again (items: see ``reader``)
    Cue("retell", True, (_AGAIN, _TELL)),
    Cue("retell", True, ("herhalen|overdoen|overtypen",)),
    # -- pain patterns, matched on the step's own words
    Cue("pain:forced-account", True, ("account|profiel|inloggen|registreren|registratie",
                                      "aanmaken|verplicht|nodig|eerst|zonder|moeten")),
    Cue("pain:small-field", True, ("veld|tekstveld|~veld|ruimte|tekens",
                                   "tekens|klein|kort|beperkt|maar|weinig")),
    Cue("pain:error-referral", True, ("foutmelding|~foutmelding|melding|fout",
                                      "later opnieuw|contact op|bel|bellen|contactcenter")),
    Cue("pain:technical-error", True, ("foutmelding|~foutmelding|vastlopen|crashen|storing|"
                                       "hangen|vast",)),
    Cue("pain:technical-error", True, ("werken|laden|reageren",), negated=True),
    Cue("pain:hold-queue", True, ("in de wacht|wachtrij|wachttijd|wachten|bezet|druk",)),
    Cue("pain:appointment-wait", True, ("monteur|afspraak|plek|bezoek|plaats",
                                        "weken|maand|pas|eerste"), window=10),
    Cue("pain:surprise-cost", True, ("prijs|kosten|~kosten|tarief|~tarief|duur|bedrag|factuur",)),
    Cue("pain:asked-again", True, (_AGAIN, _TELL)),
    Cue("pain:not-listened", True, ("doorvragen|samenvatten|luisteren|ingaan|reageren|"
                                    "terugkoppelen",), negated=True),
    Cue("pain:no-explanation", True, ("uitleg|uitleggen|waarom|reden",), negated=True),
    Cue("pain:no-explanation", True, ("zonder uitleg|zonder reden|nergens staat waarom",),
        negated=None),
    Cue("pain:inconsistent", True, ("twijfelen|tegenstrijdig|tegenstrijdigheid|anders dan",)),
)

#: Pieces of information a customer gives; ``~nummer`` and the like catch Dutch compounds.
ITEMS: dict[str, str] = {
    "naam": "naam|achternaam|voornaam",
    "adres": "adres|woonadres|straatnaam",
    "postcode": "postcode",
    "huisnummer": "huisnummer",
    "geboortedatum": "geboortedatum",
    "telefoonnummer": "telefoonnummer|mobiele nummer",
    "e-mailadres": "e-mailadres|mailadres|emailadres",
    "bsn": "bsn|burgerservicenummer",
    "rekeningnummer": "rekeningnummer|iban",
    "kenteken": "kenteken",
    "storing": "storing|klachtomschrijving|omschrijving van de storing",
    "klacht": "klacht",
    "verzoek": "verzoek|aanvraag",
    "bedrag": "bedrag",
    "datum": "datum|afspraakmoment",
    "meterstand": "meterstand",
    "verhaal": "hele verhaal|verhaal",
    "~nummer": "~nummer",
    "~gegevens": "~gegevens",
    "~adres": "~adres",
    "~datum": "~datum",
}

CHANNELS: dict[str, str] = {
    "website": "website|site|online|internet|webpagina|webshop|~site",
    "app": "app",
    "portal": "mijn omgeving|mijnomgeving|klantportaal|portaal|mijn-omgeving",
    "chatbot": "chatbot|bot",
    "chat": "chat|livechat|chatten|chatfunctie",
    "email": "e-mail|mail|mailen|e-mailen|mailadres|e-mailadres|contactformulier",
    "phone": "bellen|telefoon|telefonisch|telefoonnummer|contactcenter|klantenservice|"
             "callcenter|klantcontactcentrum|~telefoonnummer",
    "ivr": "keuzemenu",
    "messaging": "whatsapp|whatsappen|appen",
    "sms": "sms|sms'en",
    "letter": "brief|post|per post",
    "face_to_face": "balie|loket|kantoor|winkel|langskomen|filiaal",
    "callback": "terugbelverzoek",
    "social": "facebook|twitter|instagram|social media|sociale media",
    "video": "videobellen|beeldbellen",
}

NUMBERS: dict[str, float] = {
    "een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7,
    "acht": 8, "negen": 9, "tien": 10, "elf": 11, "twaalf": 12, "vijftien": 15, "twintig": 20,
    "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60, "anderhalf": 1.5, "half": 0.5,
    "anderhalve": 1.5, "halve": 0.5,
}

UNITS: dict[str, float] = {
    "minuut": 1, "minuten": 1, "min": 1, "kwartier": 15, "uur": 60, "uren": 60,
    "dag": 1440, "dagen": 1440, "werkdag": 1440, "werkdagen": 1440, "week": 10080,
    "weken": 10080, "maand": 43200, "maanden": 43200,
}

CATALOGUE = Catalogue(
    lang="nl",
    cues=CUES,
    items=ITEMS,
    channels=CHANNELS,
    numbers=NUMBERS,
    units=UNITS,
    waiting="wacht|wachten|wachtrij|in de wacht|wachttijd|hangen|bezet",
    answer="antwoord|reactie|terugkoppeling|beantwoorden|reageren",
    later="later|erna|daarna|nadien",
    after="na",
    not_elapsed="over|pas|kunnen|kan|binnen|duren|nog|wachttijd",
    next_day="volgende dag|volgende ochtend|volgende middag|volgende avond|volgende morgen|"
             "de dag erna|dag erna|de volgende dag|de volgende ochtend|'s anderendaags",
    clock="om|tot|rond|sinds|vanaf|tegen",
)
