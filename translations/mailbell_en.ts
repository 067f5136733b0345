<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>main</name>
    <message>
        <source>Mailbell tells you the moment new mail arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbell %1: the tray app is not available in this build yet.
Run &apos;mailbell --help&apos; to see what it can do.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
