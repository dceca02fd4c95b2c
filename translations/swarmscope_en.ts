<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>PacketHexView</name>
    <message numerus="yes">
        <source>… %n more byte(s)</source>
        <translation>
            <numerusform>… %n more byte</numerusform>
            <numerusform>… %n more bytes</numerusform>
        </translation>
    </message>
</context>
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
    <name>swarmscope::ui::ChatSearchBar</name>
    <message numerus="yes">
        <source>%n older match(es) not loaded</source>
        <translation>
            <numerusform>%n older match not loaded</numerusform>
            <numerusform>%n older matches not loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n older not loaded)</source>
        <translation>
            <numerusform> (%n older not loaded)</numerusform>
            <numerusform> (%n older not loaded)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::ConversationListModel</name>
    <message numerus="yes">
        <source>, %n unread</source>
        <translation>
            <numerusform>, %n unread</numerusform>
            <numerusform>, %n unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::DhtBucketModel</name>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n node</numerusform>
            <numerusform>%n nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n replacement(s)</source>
        <translation>
            <numerusform>, %n replacement</numerusform>
            <numerusform>, %n replacements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nodes whose ids share the first %n bit(s) with ours</source>
        <translation>
            <numerusform>Nodes whose ids share the first %n bit with ours</numerusform>
            <numerusform>Nodes whose ids share the first %n bits with ours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::DhtPanel</name>
    <message numerus="yes">
        <source>%n node(s) in the routing table</source>
        <translation>
            <numerusform>%n node in the routing table</numerusform>
            <numerusform>%n nodes in the routing table</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n replacement(s) waiting)</source>
        <translation>
            <numerusform> (%n replacement waiting)</numerusform>
            <numerusform> (%n replacements waiting)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lookup(s) running</source>
        <translation>
            <numerusform>%n lookup running</numerusform>
            <numerusform>%n lookups running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n infohash(es) stored for others</source>
        <translation>
            <numerusform>%n infohash stored for others</numerusform>
            <numerusform>%n infohashes stored for others</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::EventLogFileWindow</name>
    <message numerus="yes">
        <source>%n event(s) from %1</source>
        <translation>
            <numerusform>%n event from %1</numerusform>
            <numerusform>%n events from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n malformed line(s) skipped, the first at line %1</source>
        <translation>
            <numerusform>%n malformed line skipped, the first at line %1</numerusform>
            <numerusform>%n malformed lines skipped, the first at line %1</numerusform>
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
    <name>swarmscope::ui::FileTransferCard</name>
    <message numerus="yes">
        <source>to %n member(s) of %1</source>
        <translation>
            <numerusform>to %n member of %1</numerusform>
            <numerusform>to %n members of %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::HistoryExporter</name>
    <message numerus="yes">
        <source>Wrote %n message(s) of %1 to %2</source>
        <translation>
            <numerusform>Wrote %n message of %1 to %2</numerusform>
            <numerusform>Wrote %n messages of %1 to %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::LabDock</name>
    <message numerus="yes">
        <source>Running: %n node(s), waiting for convergence…</source>
        <translation>
            <numerusform>Running: %n node, waiting for convergence…</numerusform>
            <numerusform>Running: %n nodes, waiting for convergence…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Converged in %1 ms (%n node(s))</source>
        <translation>
            <numerusform>Converged in %1 ms (%n node)</numerusform>
            <numerusform>Converged in %1 ms (%n nodes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::MainStatusBar</name>
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
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n queued</numerusform>
            <numerusform>%n queued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connecting</source>
        <translation>
            <numerusform>%n connecting</numerusform>
            <numerusform>%n connecting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::PacketCborModel</name>
    <message numerus="yes">
        <source>bytes (%n)</source>
        <translation>
            <numerusform>bytes (%n)</numerusform>
            <numerusform>bytes (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>bytes (%n), CBOR</source>
        <translation>
            <numerusform>bytes (%n), CBOR</numerusform>
            <numerusform>bytes (%n), CBOR</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::PacketInspectorPanel</name>
    <message numerus="yes">
        <source>Exported %n frame(s) to %1</source>
        <translation>
            <numerusform>Exported %n frame to %1</numerusform>
            <numerusform>Exported %n frames to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s)</source>
        <translation>
            <numerusform>%n frame</numerusform>
            <numerusform>%n frames</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older frame(s) dropped</source>
        <translation>
            <numerusform>%n older frame dropped</numerusform>
            <numerusform>%n older frames dropped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::PeerBlocking</name>
    <message numerus="yes">
        <source>Blocked %n peer(s): their messages, files and calls are dropped</source>
        <translation>
            <numerusform>Blocked %n peer: their messages, files and calls are dropped</numerusform>
            <numerusform>Blocked %n peers: their messages, files and calls are dropped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::PeerRelayPanel</name>
    <message numerus="yes">
        <source>Our peer-relay id: %1 · %n direct peer(s)</source>
        <translation>
            <numerusform>Our peer-relay id: %1 · %n direct peer</numerusform>
            <numerusform>Our peer-relay id: %1 · %n direct peers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Our peer-relay id: %1 · listening on %2 · %n direct peer(s)</source>
        <translation>
            <numerusform>Our peer-relay id: %1 · listening on %2 · %n direct peer</numerusform>
            <numerusform>Our peer-relay id: %1 · listening on %2 · %n direct peers</numerusform>
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
    <name>swarmscope::ui::QueuePanel</name>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n queued</numerusform>
            <numerusform>%n queued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dropped</source>
        <translation>
            <numerusform>%n dropped</numerusform>
            <numerusform>%n dropped</numerusform>
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
        <source>%1 (%2 swarm): %n member(s) seen</source>
        <translation>
            <numerusform>%1 (%2 swarm): %n member seen</numerusform>
            <numerusform>%1 (%2 swarm): %n members seen</numerusform>
        </translation>
    </message>
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
    <name>swarmscope::ui::RpcPanel</name>
    <message numerus="yes">
        <source>%1 offers %n procedure(s)</source>
        <translation>
            <numerusform>%1 offers %n procedure</numerusform>
            <numerusform>%1 offers %n procedures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older call(s) dropped</source>
        <translation>
            <numerusform>%n older call dropped</numerusform>
            <numerusform>%n older calls dropped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::SwarmController</name>
    <message numerus="yes">
        <source>Banned %n peer(s)</source>
        <translation>
            <numerusform>Banned %n peer</numerusform>
            <numerusform>Banned %n peers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Banned %n peer(s) for this session</source>
        <translation>
            <numerusform>Banned %n peer for this session</numerusform>
            <numerusform>Banned %n peers for this session</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backing off from %n peer(s)</source>
        <translation>
            <numerusform>Backing off from %n peer</numerusform>
            <numerusform>Backing off from %n peers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disconnected %n peer(s)</source>
        <translation>
            <numerusform>Disconnected %n peer</numerusform>
            <numerusform>Disconnected %n peers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::SwarmGraphDock</name>
    <message numerus="yes">
        <source>Lab: %n node(s)</source>
        <translation>
            <numerusform>Lab: %n node</numerusform>
            <numerusform>Lab: %n nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n connection</numerusform>
            <numerusform>%n connections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s)</source>
        <translation>
            <numerusform>%n peer</numerusform>
            <numerusform>%n peers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n known from peer exchange</source>
        <translation>
            <numerusform>%n known from peer exchange</numerusform>
            <numerusform>%n known from peer exchange</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>peer-relay: %n peer(s)</source>
        <translation>
            <numerusform>peer-relay: %n peer</numerusform>
            <numerusform>peer-relay: %n peers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more on message paths</source>
        <translation>
            <numerusform>%n more on message paths</numerusform>
            <numerusform>%n more on message paths</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::SwarmGraphView</name>
    <message numerus="yes">
        <source>%n peer(s) drawn as one; click to show the nearest with its neighbours</source>
        <translation>
            <numerusform>%n peer drawn as one; click to show the nearest with its neighbours</numerusform>
            <numerusform>%n peers drawn as one; click to show the nearest with its neighbours</numerusform>
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
