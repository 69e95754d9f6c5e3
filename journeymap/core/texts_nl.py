"""Nederlandse meldingen en tips van de analyse (alleen data; ``core.texts`` vult ze in).

Same fields as ``texts_en``; a test checks that both languages use the same placeholders.
"""

from __future__ import annotations

from journeymap.core.texts_model import LanguageTexts, RuleText

#: The same step told twice over: the plain failure and the one that showed an error message.
_FAILURE_SWITCH_MESSAGE = (
        "Stap {step}, '{title}' ({channel}), {outcome}, waarna de klant het in stap "
        "{next_step}, '{next_title}', opnieuw moest proberen via {next_channel.np}."

)

TEXTS = LanguageTexts(
    rules={
        "failure-switch": RuleText(
            name="Overstap na een mislukking",
            message=_FAILURE_SWITCH_MESSAGE,
            tip=(
                "Zoek uit waarom '{title}' misgaat en los dat eerst op. Bewaar tot die tijd wat de "
                "klant in die stap via {channel.np} al deed en geef het door, zodat wie de klant "
                "in '{next_title}' bereikt het verzoek kan oppakken waar het bleef steken, in "
                "plaats van bij nul te beginnen."
            ),
        ),
        "failure-switch/error": RuleText(
            name="Overstap na een mislukking",
            message=_FAILURE_SWITCH_MESSAGE,
            tip=(
                "Zoek uit waarom '{title}' misgaat en los dat eerst op. Bewaar tot die tijd wat de "
                "klant in die stap via {channel.np} al heeft ingevuld en geef het door, zodat wie "
                "de klant in '{next_title}' bereikt het verzoek kan oppakken waar het bleef "
                "steken, in plaats van bij nul te beginnen. Schrijf de foutmelding van '{title}' "
                "voor de klant die daar net is vastgelopen, en verwijs naar het ene kanaal dat de "
                "klus wél kan afmaken."
            ),
        ),
        "lost-context": RuleText(
            name="Context kwijt tussen kanalen",
            message=(
                "In stap {step}, '{title}' ({channel}), had de organisatie niet paraat wat de "
                "klant in stap {earlier_step}, '{earlier_title}' ({earlier_channel}), al had "
                "gedaan."
            ),
            tip=(
                "Maak wat de klant in '{earlier_title}' via {earlier_channel.np} deed zichtbaar "
                "voor wie '{title}' via {channel.np} afhandelt: leg aanvragen, formulieren en "
                "mislukte pogingen vast in één contacthistorie en toon die zodra het contact "
                "begint. Dan kan '{title}' beginnen met wat er eerder gebeurde, in plaats van de "
                "klant opnieuw te laten beginnen."
            ),
        ),
        "repeated-information": RuleText(
            name="Gegevens opnieuw gevraagd",
            message=(
                "In stap {step}, '{title}' ({channel}), werd de klant opnieuw gevraagd naar "
                "{items}, terwijl de klant dat al had doorgegeven{sources}."
            ),
            tip=(
                "Laat de klant {items} één keer geven, niet opnieuw in '{title}'. Geef wat de "
                "klant via {earlier_channels.np} doorgaf door aan wie '{title}' via {channel.np} "
                "afhandelt, bijvoorbeeld met een referentienummer of via de contacthistorie, en "
                "laat {items} bevestigen in plaats van er opnieuw naar te vragen."
            ),
        ),
        "repeated-information/same-channel": RuleText(
            name="Gegevens opnieuw gevraagd",
            message=(
                "In stap {step}, '{title}' ({channel}), werd de klant opnieuw gevraagd naar "
                "{items}, terwijl de klant dat al had doorgegeven{sources}."
            ),
            tip=(
                "Bewaar {items} zodra de klant die via {channel.np} heeft ingevuld, en vul ze "
                "vooraf in voor '{title}', bijvoorbeeld door het formulier tussentijds op te slaan "
                "of te vullen vanuit het profiel. Vraag in '{title}' alleen naar wat nieuw is."
            ),
        ),
        "recognized-without-context": RuleText(
            name="Herkend zonder voorgeschiedenis",
            message=(
                "In stap {step}, '{title}' ({channel}), herkende de organisatie de klant wel, maar "
                "had ze geen zicht op wat eraan voorafging, zodat de klant niets aan die "
                "herkenning had."
            ),
            tip=(
                "Herkent '{title}' de klant via {channel.np}, toon dan ook de recente "
                "contacthistorie en benoem die: zeg wat er in '{earlier_title}' gebeurde en bied "
                "aan het samen af te ronden. Controleer in '{title}' of de gegevens nog bij deze "
                "klant horen door de klant het adres te laten noemen in plaats van het voor te "
                "lezen, zodat er niets uitlekt als een telefoonnummer of account van eigenaar is "
                "gewisseld."
            ),
        ),
        "referral-to-failed-channel": RuleText(
            name="Terugverwezen naar een kanaal dat faalde",
            message=(
                "Stap {step}, '{title}' ({channel}), verwees de klant naar {target.np}, terwijl de "
                "klant daar in stap {failed_step}, '{failed_title}', al was vastgelopen."
            ),
            tip=(
                "Stuur klanten niet terug naar {target.np} als '{failed_title}' hen daar net in de "
                "steek liet. Laat de verwijzing in '{title}' afhangen van wat de klant al heeft "
                "geprobeerd, en wijs een kanaal aan dat wél kan afronden wat '{failed_title}' niet "
                "lukte."
            ),
        ),
        "referral-to-failed-channel/same-step": RuleText(
            name="Terugverwezen naar een kanaal dat faalde",
            message=(
                "Stap {step}, '{title}' ({channel}), mislukte en verwees de klant vervolgens terug "
                "naar {target.np}, precies het kanaal dat de klant net in de steek had gelaten."
            ),
            tip=(
                "Herschrijf wat '{title}' zegt tegen de klant die net is vastgelopen: zeg wat er "
                "misging, bewaar wat de klant heeft ingevuld en bied een kanaal dat het verzoek nu "
                "kan afronden, in plaats van terug te verwijzen naar {target.np}. Zoek uit wanneer "
                "'{title}' misgaat en welke verwijzing de klant dan het best helpt."
            ),
        ),
        "repeat-contact": RuleText(
            name="Klant moet zelf navragen",
            message=(
                "In stap {step}, '{title}' ({channel}), moest de klant zelf achter de organisatie "
                "aan, omdat stap {pending_step}, '{pending_title}' ({pending_channel}), de klant "
                "in onzekerheid had laten wachten."
            ),
            tip=(
                "Houd de klant na '{pending_title}' op de hoogte zonder dat die opnieuw contact "
                "hoeft te zoeken: stuur een bericht via {pending_channel.np} of schriftelijk zodra "
                "er iets verandert, en toon de stand van zaken aan wie {channel.np} afhandelt. Zeg "
                "in '{pending_title}' wanneer de klant iets hoort en houd u daaraan, zodat "
                "'{title}' niet nodig is."
            ),
        ),
        "channel-hopping": RuleText(
            name="Te veel kanalen",
            message=(
                "De klant gebruikte {channel_count} kanalen ({channels}) en wisselde "
                "{switch_count} keer van kanaal om het doel te bereiken."
            ),
            tip=(
                "Bied voor '{journey}' minder maar beter passende kanalen aan dan {channels}: "
                "bepaal per vraag welk kanaal die in één keer kan beantwoorden en verleid klanten "
                "daar vanaf het begin naartoe door te laten zien waarom dat voor hen sneller gaat, "
                "in plaats van andere deuren dicht te gooien. Zorg dat het verzoek bij elk van de "
                "{switch_count} overstappen van '{journey}' meegaat, zodat de klant het niet op "
                "elk kanaal opnieuw hoeft uit te leggen."
            ),
        ),
        "sensitive-unidentified": RuleText(
            name="Gevoelige gegevens zonder identificatie",
            message=(
                "In stap {step}, '{title}', werden via {channel.np} medische, financiële of "
                "persoonsgegevens uitgewisseld, terwijl dat kanaal niet vaststelt wie de klant is."
            ),
            tip=(
                "Vraag of geef in '{title}' geen gevoelige gegevens via {channel.np}; dat kanaal "
                "is alleen geschikt voor algemene vragen. Bied voor wat '{title}' nodig heeft een "
                "kanaal dat de klant identificeert, zoals Mijn omgeving of de app met inlog, of de "
                "telefoon met controlevragen, en meld dat voordat de klant iets deelt."
            ),
        ),
        "slow-response": RuleText(
            name="Traag antwoord",
            message=(
                "In stap {step}, '{title}', wachtte de klant {wait} op antwoord via {channel.np}, "
                "terwijl klanten daar {norm} een antwoord verwachten."
            ),
            tip=(
                "Breng de antwoordtijd in '{title}' terug naar wat klanten via {channel.np} "
                "verwachten ({norm}): plan op drukke momenten, of zeg eerlijk hoe lang het duurt "
                "en houd u daaraan. Vul het wachten in '{title}' niet met meldingen die de klant "
                "naar een ander kanaal sturen."
            ),
        ),
        "emotional-cliff": RuleText(
            name="Plotselinge val in beleving",
            message=(
                "Van stap {prev_step}, '{prev_title}', naar stap {step}, '{title}' ({channel}), "
                "zakte de beleving {drop} punten, van {prev_score} naar {score}."
            ),
            tip=(
                "Kijk wat er verandert tussen '{prev_title}' en '{title}': een belofte die de "
                "volgende stap niet waarmaakt, maakt de val dieper. Zorg dat '{title}' via "
                "{channel.np} levert wat '{prev_title}' de klant deed verwachten, of wek die "
                "verwachting voorzichtiger."
            ),
        ),
        "unresolved-ending": RuleText(
            name="Klantreis eindigt onopgelost",
            message="De klantreis eindigt bij stap {step}, '{title}' ({channel}), {reason}.",
            tip=(
                "Rond de klantreis na '{title}' af: spreek een volgende stap met een datum af, "
                "bevestig die schriftelijk en neem zelf contact op voordat de klant erom moet "
                "vragen. Ga achteraf na of de klant na '{title}' het doel heeft bereikt."
            ),
        ),
        "no-written-record": RuleText(
            name="Niets op schrift",
            message=(
                "Na stap {step}, '{title}' ({channel}), volgde geen schriftelijk bericht, zodat de "
                "klant niets zwart op wit heeft van wat er is afgesproken."
            ),
            tip=(
                "Stuur de klant na '{title}' een korte samenvatting per e-mail of in Mijn "
                "omgeving: wat er via {channel.np} is afgesproken, de volgende stap en een "
                "kenmerk. Klanten die een dossier bijhouden willen bewijs dat '{title}' is "
                "vastgelegd, en een samenvatting voorkomt herhaalcontact hierover."
            ),
        ),
        "pain-point": RuleText(
            name="Pijnpunt",
            message=(
                "Stap {step}, '{title}' ({channel}), scoorde {score}: hier doet de klantreis de "
                "klant pijn."
            ),
            tip=(
                "Vraag klanten die '{title}' doorliepen wat er via {channel.np} voor hen misging "
                "en wat ze hadden verwacht. Verbeter eerst het deel van '{title}' dat zij noemen, "
                "en scoor de stap opnieuw zodra die is aangepast."
            ),
        ),
        "pain-point/forced-account": RuleText(
            name="Pijnpunt: verplicht account",
            message=(
                "Stap {step}, '{title}' ({channel}), scoorde {score}: de klant moest eerst een "
                "account aanmaken voordat die kreeg waarvoor die kwam ('{quote}')."
            ),
            tip=(
                "Laat de klant in '{title}' via {channel.np} beginnen met waarvoor die komt, en "
                "vraag de gegevens die een profiel nodig heeft als deel van dat verzoek. Bied aan "
                "het einde van '{title}' aan ze als account te bewaren en zeg wat dat de klant "
                "oplevert, in plaats van het account de toegangsdeur te maken."
            ),
        ),
        "pain-point/story-too-long": RuleText(
            name="Pijnpunt: geen ruimte voor het verhaal",
            message=(
                "Stap {step}, '{title}' ({channel}), scoorde {score}: de klant kon het hele "
                "verhaal niet kwijt ('{quote}')."
            ),
            tip=(
                "Geef de klant in '{title}' ruimte voor het hele verhaal: een veld via "
                "{channel.np} waarin alles past wat de klant wil zeggen, of de mogelijkheid een "
                "foto toe te voegen. Een compleet verhaal in '{title}' voorkomt later een vergeefs "
                "bezoek of een tweede ronde."
            ),
        ),
        "pain-point/error-sends-elsewhere": RuleText(
            name="Pijnpunt: foutmelding stuurt de klant weg",
            message=(
                "Stap {step}, '{title}' ({channel}), scoorde {score}: een foutmelding stuurde de "
                "klant naar een ander kanaal ('{quote}')."
            ),
            tip=(
                "Laat de foutpagina van '{title}' weten wat de klant via {channel.np} net "
                "probeerde: bewaar wat de klant invulde, zeg wat er misging en bied het ene kanaal "
                "dat '{title}' met die gegevens kan afronden. Zoek uit wanneer de fout in "
                "'{title}' optreedt en welke verwijzing de klant dan het best helpt."
            ),
        ),
        "pain-point/sent-elsewhere": RuleText(
            name="Pijnpunt: naar een ander kanaal gestuurd",
            message=(
                "Stap {step}, '{title}' ({channel}), scoorde {score}: de klant werd naar een "
                "ander kanaal gestuurd ('{quote}')."
            ),
            tip=(
                "Laat wie '{title}' afhandelt de vraag zelf oppakken, of doorgeven met wat de "
                "klant al vertelde, in plaats van de klant weg te sturen van {channel.np}. Kan "
                "'{title}' niet helpen, zeg dat dan voordat de klant begint en noem het kanaal dat "
                "het wel kan."
            ),
        ),
        "pain-point/technical-error": RuleText(
            name="Pijnpunt: technische fout",
            message=(
                "Stap {step}, '{title}' ({channel}), scoorde {score}: een technische fout hield "
                "de klant tegen ('{quote}')."
            ),
            tip=(
                "Zoek uit in welke browsers en situaties '{title}' via {channel.np} vastloopt, en "
                "los dat eerst op. Bewaar tot die tijd wat de klant in '{title}' invulde, zodat "
                "een tweede poging niet bij nul begint."
            ),
        ),
        "pain-point/surprising-cost": RuleText(
            name="Pijnpunt: kosten die verrassen",
            message=(
                "Stap {step}, '{title}' ({channel}), scoorde {score}: de kosten overvielen de "
                "klant ('{quote}')."
            ),
            tip=(
                "Toon de kosten van '{title}' vroeg via {channel.np} en leg uit wat ze dekken, "
                "voordat de klant moeite heeft gedaan. Zeg waar het kan wat '{title}' voor de "
                "klant goedkoper houdt, zoals iets wat de klant eerst zelf kan nagaan of kosteloos "
                "afzeggen."
            ),
        ),
        "pain-point/long-wait-for-appointment": RuleText(
            name="Pijnpunt: lang wachten op een afspraak",
            message=(
                "Stap {step}, '{title}' ({channel}), scoorde {score}: de eerste afspraak die werd "
                "aangeboden lag ver weg ('{quote}')."
            ),
            tip=(
                "Leg in '{title}' uit waarom de eerste afspraak zo ver weg ligt en wat de klant "
                "intussen kan doen, en bied aan te bellen als er eerder plek vrijkomt. Bied in "
                "'{title}' via {channel.np} dezelfde data aan als op elk ander kanaal, zodat de "
                "klant hier niet iets anders hoort dan online."
            ),
        ),
        "pain-point/on-hold": RuleText(
            name="Pijnpunt: lang laten wachten",
            message=(
                "Stap {step}, '{title}' ({channel}), scoorde {score}: de klant moest lang "
                "wachten ('{quote}')."
            ),
            tip=(
                "Zeg klanten in '{title}' eerlijk hoe lang het wachten via {channel.np} duurt, en "
                "bied aan terug te bellen op een moment dat zij kiezen. Vul het wachten in "
                "'{title}' niet met meldingen die wijzen naar een kanaal dat de klant misschien "
                "net heeft geprobeerd."
            ),
        ),
        "pain-point/promise-not-kept": RuleText(
            name="Pijnpunt: belofte niet nagekomen",
            message=(
                "Stap {step}, '{title}' ({channel}), scoorde {score}: de klant bleef zitten "
                "zonder het beloofde antwoord ('{quote}')."
            ),
            tip=(
                "Belooft '{title}' een antwoord, noem dan het moment en kom het na, en laat via "
                "{channel.np} of schriftelijk weten wanneer het later wordt. Toon de status van "
                "'{title}' aan elke medewerker, zodat een klant die ernaar vraagt meteen antwoord "
                "krijgt."
            ),
        ),
        "pain-point/unexplained-recognition": RuleText(
            name="Pijnpunt: herkend zonder te zeggen hoe",
            message=(
                "Stap {step}, '{title}' ({channel}), scoorde {score}: de organisatie kende de "
                "klant zonder te zeggen hoe ('{quote}')."
            ),
            tip=(
                "Zeg in '{title}' hoe de klant is herkend ('Ik zie dat u net online een profiel "
                "heeft aangemaakt') en gebruik wat die historie laat zien. Controleer de gegevens "
                "via {channel.np} door de klant het adres te laten noemen in plaats van het voor "
                "te lezen: een telefoonnummer kan van eigenaar zijn gewisseld sinds '{title}' het "
                "voor het laatst gebruikte."
            ),
        ),
        "pain-point/told-again": RuleText(
            name="Pijnpunt: het verhaal opnieuw doen",
            message=(
                "Stap {step}, '{title}' ({channel}), scoorde {score}: de klant moest het verhaal "
                "opnieuw vertellen of invullen ('{quote}')."
            ),
            tip=(
                "Geef door wat de klant vóór '{title}' vertelde of invulde, zodat wie {channel.np} "
                "afhandelt het kan bevestigen in plaats van er opnieuw naar te vragen. Vraag in "
                "'{title}' alleen naar wat nieuw is."
            ),
        ),
        "pain-point/no-explanation": RuleText(
            name="Pijnpunt: geen uitleg",
            message=(
                "Stap {step}, '{title}' ({channel}), scoorde {score}: de klant kreeg geen uitleg "
                "('{quote}')."
            ),
            tip=(
                "Geef de reden waar de klant het besluit tegenkomt in '{title}', via {channel.np}, "
                "en laat elke medewerker die over het besluit gevraagd kan worden dezelfde redenen "
                "zien, zodat een vraag erover eindigt met een antwoord."
            ),
        ),
    },
    phrases={
        "outcome.failed": "mislukte",
        "outcome.abandoned": "werd afgebroken",
        "ending.failed": "waar de klant niet kreeg waarvoor die kwam",
        "ending.abandoned": "waar de klant het opgaf",
        "ending.pending": "terwijl de klant nog wacht op de organisatie",
        "ending.negative": "met een score van {score}",
        "source.single": " in stap {step}, '{title}', via {channel.np}",
        "source.item": "{items} in stap {step}, '{title}', via {channel.np}",
        "source.many": ": {list}",
        "list.and": "{first} en {last}",
        "minutes.one": "{n} minuut",
        "minutes.many": "{n} minuten",
        "hours.one": "{n} uur",
        "hours.many": "{n} uur",
        "days.one": "{n} dag",
        "days.many": "{n} dagen",
        "norm.immediately": "direct",
        "norm.within": "binnen {duration}",
        "question.step": "Stap {step}, '{title}' ({channel}): {ask}",
        "question.context_available": (
            "had men paraat wat de klant in stap "
            "{earlier_step}, '{earlier_title}' ({earlier_channel}), had gedaan?"
        ),
        "question.info_given": (
            "wat hiervan moest de klant opnieuw geven: "
            "{items}?"
        ),
        "question.recognized": (
            "wist de organisatie wie de klant was?"
        ),
        "question.initiator": (
            "wie begon dit contact? Was dat de organisatie, "
            "dan zat de klant niet achter stap {pending_step}, '{pending_title}', aan."
        ),
        "break.group.one": "{name}, en nog één bevinding bij dezelfde overdracht",
        "break.group.many": "{name}, en nog {count} bevindingen bij dezelfde overdracht",
        "break.pain_point": "{name}: '{title}'",
    },
    labels={
        "severity.high": "Hoog",
        "severity.medium": "Middel",
        "severity.low": "Laag",
        "category.integration": "Integratie",
        "category.effort": "Klantinspanning",
        "category.privacy": "Privacy",
        "category.expectation": "Verwachting",
        "category.emotion": "Emotie",
        "category.outcome": "Uitkomst",
        "report.steps": "Stappen",
        "report.score": "Score",
        "report.total": "totaal",
        "report.mean": "gemiddeld",
        "report.plus": "plus",
        "report.minus": "min",
        "report.neutral": "neutraal",
        "report.lowest": "Laagste punt",
        "report.findings": "Bevindingen",
        "report.no_findings": "Geen integratiebreuken of andere bevindingen.",
        "report.step_label": "stap",
        "report.steps_label": "stappen",
        "report.tip": "Tip",
        "report.top": "Belangrijkste verbeteringen",
        "report.by_channel": "Score per kanaal",
        "report.inferred": "Afgeleid uit de notities, nog niet bevestigd",
        "report.questions": "Open vragen",
    },
)
