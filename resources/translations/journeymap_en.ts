<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>FindingsPanel</name>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message numerus="yes">
        <source>%n proposal(s) from the note: see the inspector</source>
        <translation>
            <numerusform>%n proposal from the note: see the inspector</numerusform>
            <numerusform>%n proposals from the note: see the inspector</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more finding(s) without a marker: the findings panel lists them</source>
        <translation>
            <numerusform>%n more finding without a marker: the findings panel lists it</numerusform>
            <numerusform>%n more findings without a marker: the findings panel lists them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanRowLayer</name>
    <message numerus="yes">
        <source>%n actual journey(s)</source>
        <translation>
            <numerusform>%n actual journey</numerusform>
            <numerusform>%n actual journeys</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortfolioView</name>
    <message numerus="yes">
        <source>%n journey(s)</source>
        <translation>
            <numerusform>%n journey</numerusform>
            <numerusform>%n journeys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n integration break(s)</source>
        <translation>
            <numerusform>%n integration break</numerusform>
            <numerusform>%n integration breaks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
</context>
</TS>
