<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Navigator</name>
    <message numerus="yes">
        <source>%n cooperation area(s)</source>
        <translation>
            <numerusform>%n cooperation area</numerusform>
            <numerusform>%n cooperation areas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workstream(s)</source>
        <translation>
            <numerusform>%n workstream</numerusform>
            <numerusform>%n workstreams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n activity</numerusform>
            <numerusform>%n activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue milestone(s)</source>
        <translation>
            <numerusform>%n overdue milestone</numerusform>
            <numerusform>%n overdue milestones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message numerus="yes">
        <source>%n row(s) copied</source>
        <translation>
            <numerusform>%n row copied</numerusform>
            <numerusform>%n rows copied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1</source>
        <translation>
            <numerusform>%n row written to %1</numerusform>
            <numerusform>%n rows written to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_CheckPage</name>
    <message numerus="yes">
        <source>%n problem(s) must be fixed in the workbook before it can be imported.</source>
        <translation>
            <numerusform>%n problem must be fixed in the workbook before it can be imported.</numerusform>
            <numerusform>%n problems must be fixed in the workbook before it can be imported.</numerusform>
        </translation>
    </message>
</context>
</TS>
