"""Nederlandse meldingen en tips van de analyse (alleen data; ``core.texts`` vult ze in).

Same fields as ``texts_en``; a test checks that both languages use the same placeholders.
"""

from __future__ import annotations

from journeymap.core.texts_model import LanguageTexts, RuleText

TEXTS = LanguageTexts(
    rules={
        "failure-switch": RuleText(
            name="Overstap na een mislukking",
            message=(
                "Stap {step}, '{title}' ({channel}), {outcome}, waarna de klant het in stap "
                "{next_step}, '{next_title}', opnieuw moest proberen via {next_channel.np}."
            ),
            tip=(
                "Zoek uit waarom '{title}' misgaat en los dat eerst op. Bewaar tot die tijd wat de "
                "klant via {channel.np} al heeft ingevuld en geef het door, zodat wie de klant via "
                "{next_channel.np} bereikt het verzoek kan oppakken waar het bleef steken, in "
                "plaats van bij nul te beginnen. Schrijf de foutmelding voor precies deze situatie "
                "en verwijs naar het ene kanaal dat de klus wél kan afmaken."
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
                "Maak wat klanten via {earlier_channel.np} doen zichtbaar voor wie {channel.np} "
                "afhandelt: leg aanvragen, formulieren en mislukte pogingen vast in één "
                "contacthistorie en toon die op het scherm van de medewerker zodra het contact "
                "begint. Dan kan de medewerker openen met 'Ik zie dat u net ... probeerde' in "
                "plaats van de klant opnieuw te laten beginnen."
            ),
        ),
        "repeated-information": RuleText(
            name="Gegevens opnieuw gevraagd",
            message=(
                "In stap {step}, '{title}' ({channel}), werd de klant opnieuw gevraagd naar "
                "{items}, terwijl de klant dat al had doorgegeven{sources}."
            ),
            tip=(
                "Laat de klant het hele verhaal één keer vertellen. Geef wat de klant via "
                "{earlier_channels.np} heeft doorgegeven door aan wie {channel.np} afhandelt, "
                "bijvoorbeeld met een referentienummer of via de contacthistorie, en laat de "
                "medewerker het bevestigen ('Ik zie dat uw typenummer ... is, klopt dat?') in "
                "plaats van er opnieuw naar te vragen."
            ),
        ),
        "repeated-information/same-channel": RuleText(
            name="Gegevens opnieuw gevraagd",
            message=(
                "In stap {step}, '{title}' ({channel}), werd de klant opnieuw gevraagd naar "
                "{items}, terwijl de klant dat al had doorgegeven{sources}."
            ),
            tip=(
                "Bewaar wat de klant via {channel.np} al heeft ingevuld en vul het de volgende "
                "keer vooraf in, bijvoorbeeld door het formulier tussentijds op te slaan of te "
                "vullen vanuit het profiel. Vraag alleen naar wat nieuw is."
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
                "Toon bij herkenning via {channel.np} ook de recente contacthistorie en benoem "
                "die: 'Ik zie dat u net online een afspraak probeerde te maken; zullen we dat "
                "samen afronden?'. Controleer of de gegevens nog bij deze klant horen door de "
                "klant het adres te laten noemen in plaats van het voor te lezen, zodat er niets "
                "uitlekt als een telefoonnummer van eigenaar is gewisseld."
            ),
        ),
        "referral-to-failed-channel": RuleText(
            name="Terugverwezen naar een kanaal dat faalde",
            message=(
                "Stap {step}, '{title}' ({channel}), verwees de klant naar {target.np}, terwijl de "
                "klant daar in stap {failed_step}, '{failed_title}', al was vastgelopen."
            ),
            tip=(
                "Stuur klanten niet terug naar {target.np} als dat kanaal hen net in de steek "
                "liet. Laat verwijzingen via {channel.np} afhangen van wat de klant al heeft "
                "geprobeerd (sla bijvoorbeeld de melding 'online regelt u het in een paar minuten' "
                "over voor bellers die net online waren) en wijs een kanaal aan dat het verzoek "
                "wél kan afronden."
            ),
        ),
        "referral-to-failed-channel/same-step": RuleText(
            name="Terugverwezen naar een kanaal dat faalde",
            message=(
                "Stap {step}, '{title}' ({channel}), mislukte en verwees de klant vervolgens terug "
                "naar {target.np}, precies het kanaal dat de klant net in de steek had gelaten."
            ),
            tip=(
                "Schrijf de foutmelding van '{title}' voor de klant die net is vastgelopen: zeg "
                "wat er misging, bewaar wat de klant heeft ingevuld en bied een kanaal dat het "
                "verzoek nu kan afronden, in plaats van een link terug naar {target.np}."
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
                "Maak na '{pending_title}' de stand van zaken zichtbaar zonder dat de klant "
                "opnieuw contact hoeft te zoeken: stuur een bericht zodra er iets verandert en "
                "toon de status in de mijn omgeving en aan elke medewerker. Belooft u terug te "
                "bellen, noem dan een moment en kom die belofte na, zodat klanten niet nog eens "
                "hoeven te bellen om te horen hoe het ervoor staat."
            ),
        ),
        "channel-hopping": RuleText(
            name="Te veel kanalen",
            message=(
                "De klant gebruikte {channel_count} kanalen ({channels}) en wisselde "
                "{switch_count} keer van kanaal om het doel te bereiken."
            ),
            tip=(
                "Bied voor deze klantreis minder maar beter passende kanalen aan: bepaal per vraag "
                "welk kanaal die in één keer kan beantwoorden en verleid klanten daar vanaf het "
                "begin naartoe door te laten zien waarom dat voor hen sneller gaat, in plaats van "
                "andere deuren dicht te gooien. Zorg dat het verzoek bij elke overstap meegaat. "
                "Klanten belonen weinig moeite met loyaliteit; elk extra kanaal laat hen hun "
                "verhaal opnieuw doen."
            ),
        ),
        "sensitive-unidentified": RuleText(
            name="Gevoelige gegevens zonder identificatie",
            message=(
                "In stap {step}, '{title}', werden via {channel.np} medische, financiële of "
                "persoonsgegevens uitgewisseld, terwijl dat kanaal niet vaststelt wie de klant is."
            ),
            tip=(
                "Vraag of geef via {channel.np} geen gevoelige gegevens. Bied voor deze vragen een "
                "kanaal dat de klant identificeert, zoals de mijn omgeving of de app met inlog, of "
                "de telefoon met controlevragen, en meld dat voordat de klant begint te typen. "
                "Houd {channel.np} voor algemene vragen."
            ),
        ),
        "slow-response": RuleText(
            name="Traag antwoord",
            message=(
                "In stap {step}, '{title}', wachtte de klant {wait} op antwoord via {channel.np}, "
                "terwijl klanten daar {norm} een antwoord verwachten."
            ),
            tip=(
                "Breng de antwoordtijd via {channel.np} terug naar wat klanten daar verwachten "
                "({norm}): zet genoeg mensen in op drukke momenten, of zeg eerlijk hoe lang het "
                "duurt en bied aan terug te bellen op een moment dat de klant kiest, en doe dat "
                "dan ook. Vul het wachten niet met meldingen die de klant naar een ander kanaal "
                "sturen."
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
                "volgende stap niet waarmaakt, maakt de val dieper. Zorg dat {channel.np} levert "
                "wat de vorige stap de klant deed verwachten, of wek die verwachting "
                "voorzichtiger."
            ),
        ),
        "unresolved-ending": RuleText(
            name="Klantreis eindigt onopgelost",
            message="De klantreis eindigt bij stap {step}, '{title}' ({channel}), {reason}.",
            tip=(
                "Rond de klantreis af voor de klant: spreek een volgende stap met een datum af, "
                "bevestig die schriftelijk en neem zelf contact op voordat de klant erom moet "
                "vragen. Ga achteraf na of het doel is bereikt."
            ),
        ),
        "no-written-record": RuleText(
            name="Niets op schrift",
            message=(
                "Na stap {step}, '{title}' ({channel}), volgde geen schriftelijk bericht, zodat de "
                "klant niets zwart op wit heeft van wat er is afgesproken."
            ),
            tip=(
                "Stuur na elk contact via {channel.np} dat eindigt in een afspraak een korte "
                "samenvatting per e-mail of in Mijn omgeving: wat er is afgesproken, de volgende "
                "stap en een kenmerk. Klanten die een dossier bijhouden willen bewijs dat hun "
                "verzoek is vastgelegd, en een samenvatting voorkomt herhaalcontact."
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
    },
)
