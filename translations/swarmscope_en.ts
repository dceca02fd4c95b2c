<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>swarmscope::ui::ChatPanel</name>
    <message numerus="yes">
        <source>%n member(s) seen</source>
        <translation>
            <numerusform>%n member seen</numerusform>
            <numerusform>%n members seen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n connected</source>
        <translation>
            <numerusform> · %n connected</numerusform>
            <numerusform> · %n connected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::EventLogPanel</name>
    <message numerus="yes">
        <source>Exported %n event(s) to %1</source>
        <translation>
            <numerusform>Exported %n event to %1</numerusform>
            <numerusform>Exported %n events to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older event(s) dropped</source>
        <translation>
            <numerusform>%n older event dropped</numerusform>
            <numerusform>%n older events dropped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::MainWindow</name>
    <message numerus="yes">
        <source>%n peer(s) connected</source>
        <translation>
            <numerusform>%n peer connected</numerusform>
            <numerusform>%n peers connected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n handshaking</source>
        <translation>
            <numerusform>, %n handshaking</numerusform>
            <numerusform>, %n handshaking</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::PeerTableModel</name>
    <message numerus="yes">
        <source>%1 in %n frame(s), now %2</source>
        <translation>
            <numerusform>%1 in %n frame, now %2</numerusform>
            <numerusform>%1 in %n frames, now %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::PeersPanel</name>
    <message numerus="yes">
        <source>Copied %n address(es)</source>
        <translation>
            <numerusform>Copied %n address</numerusform>
            <numerusform>Copied %n addresses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::RoomDelegate</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n connected</source>
        <translation>
            <numerusform> · %n connected</numerusform>
            <numerusform> · %n connected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::RoomListModel</name>
    <message numerus="yes">
        <source>%1: %n member(s) seen</source>
        <translation>
            <numerusform>%1: %n member seen</numerusform>
            <numerusform>%1: %n members seen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n member(s)</source>
        <translation>
            <numerusform>%1, %n member</numerusform>
            <numerusform>%1, %n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n unread</source>
        <translation>
            <numerusform>, %n unread</numerusform>
            <numerusform>, %n unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::TrayNotifier</name>
    <message numerus="yes">
        <source>Swarmscope: %n unread message(s)</source>
        <translation>
            <numerusform>Swarmscope: %n unread message</numerusform>
            <numerusform>Swarmscope: %n unread messages</numerusform>
        </translation>
    </message>
</context>
</TS>
