<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ErrorText</name>
    <message>
        <source>No error.</source>
        <translation>Kein Fehler.</translation>
    </message>
    <message>
        <source>A file or socket could not be read or written.</source>
        <translation>Eine Datei oder ein Socket konnte nicht gelesen oder geschrieben werden.</translation>
    </message>
    <message>
        <source>The address is already in use.</source>
        <translation>Die Adresse wird bereits verwendet.</translation>
    </message>
    <message>
        <source>The address is not valid.</source>
        <translation>Die Adresse ist ungültig.</translation>
    </message>
    <message>
        <source>The identity seed is not valid.</source>
        <translation>Der Identitäts-Seed ist ungültig.</translation>
    </message>
    <message>
        <source>The checksum does not match.</source>
        <translation>Die Prüfsumme stimmt nicht.</translation>
    </message>
    <message>
        <source>A profile file is damaged and was left untouched.</source>
        <translation>Eine Profildatei ist beschädigt und wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The secure handshake failed.</source>
        <translation>Der sichere Verbindungsaufbau ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The secure handshake timed out.</source>
        <translation>Beim sicheren Verbindungsaufbau wurde die Zeit überschritten.</translation>
    </message>
    <message>
        <source>A peer sent a frame that is too large.</source>
        <translation>Ein Peer hat einen zu großen Frame gesendet.</translation>
    </message>
    <message>
        <source>A message could not be decrypted.</source>
        <translation>Eine Nachricht konnte nicht entschlüsselt werden.</translation>
    </message>
    <message>
        <source>A malformed message was received.</source>
        <translation>Eine fehlerhafte Nachricht wurde empfangen.</translation>
    </message>
    <message>
        <source>A message of unknown type was received.</source>
        <translation>Eine Nachricht unbekannten Typs wurde empfangen.</translation>
    </message>
    <message>
        <source>A message carried a bad signature.</source>
        <translation>Eine Nachricht trug eine ungültige Signatur.</translation>
    </message>
    <message>
        <source>You are not in that room.</source>
        <translation>Sie sind nicht in diesem Raum.</translation>
    </message>
    <message>
        <source>This was already done.</source>
        <translation>Das ist bereits geschehen.</translation>
    </message>
    <message>
        <source>A redundant connection was closed.</source>
        <translation>Eine doppelte Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <source>That is your own address.</source>
        <translation>Das ist Ihre eigene Adresse.</translation>
    </message>
    <message>
        <source>Not connected to anyone in this room.</source>
        <translation>Mit niemandem in diesem Raum verbunden.</translation>
    </message>
    <message>
        <source>The connection could not be established.</source>
        <translation>Die Verbindung konnte nicht hergestellt werden.</translation>
    </message>
    <message>
        <source>The operation timed out.</source>
        <translation>Zeitüberschreitung bei dem Vorgang.</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>Die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <source>Unknown error.</source>
        <translation>Unbekannter Fehler.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>error message (untranslated detail)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The peer is banned.</source>
        <translation>Der Peer ist gesperrt.</translation>
    </message>
    <message>
        <source>The peer is not on the allow list.</source>
        <translation>Der Peer steht nicht auf der Zulassungsliste.</translation>
    </message>
    <message>
        <source>A connection limit was reached.</source>
        <translation>Eine Verbindungsgrenze wurde erreicht.</translation>
    </message>
    <message>
        <source>The request is not valid.</source>
        <translation>Die Anfrage ist ungültig.</translation>
    </message>
    <message>
        <source>Too many requests; try again later.</source>
        <translation>Zu viele Anfragen; bitte später erneut versuchen.</translation>
    </message>
    <message>
        <source>A message was too old or dated in the future.</source>
        <translation>Eine Nachricht war zu alt oder in die Zukunft datiert.</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>–</source>
        <comment>RTT not measured yet</comment>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::AddressLabel</name>
    <message>
        <source>Your address</source>
        <translation>Ihre Adresse</translation>
    </message>
    <message>
        <source>Your address: give it to others so they can recognise you</source>
        <translation>Ihre Adresse: Geben Sie sie anderen, damit diese Sie erkennen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy your address to the clipboard</source>
        <translation>Ihre Adresse in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>Adresse kopieren</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::ChatMessageModel</name>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 um %2: %3</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::ChatPanel</name>
    <message>
        <source>No room selected</source>
        <translation>Kein Raum ausgewählt</translation>
    </message>
    <message>
        <source>Join a room on the left to start chatting.</source>
        <translation>Treten Sie links einem Raum bei, um zu chatten.</translation>
    </message>
    <message>
        <source>Waiting for others to join…</source>
        <translation>Warten auf weitere Teilnehmer…</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) seen</source>
        <translation>
            <numerusform>%n Mitglied gesehen</numerusform>
            <numerusform>%n Mitglieder gesehen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n connected</source>
        <translation>
            <numerusform> · %n verbunden</numerusform>
            <numerusform> · %n verbunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Message %1</source>
        <translation>Nachricht an %1</translation>
    </message>
    <message>
        <source>Join a room to chat</source>
        <translation>Treten Sie einem Raum bei, um zu chatten</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Message to send</source>
        <translation>Zu sendende Nachricht</translation>
    </message>
    <message>
        <source>Type a message and press Enter to send it (Ctrl+L)</source>
        <translation>Nachricht eingeben und mit der Eingabetaste senden (Strg+L)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Nachricht senden</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::EventLogModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::EventLogPanel</name>
    <message>
        <source>Export events</source>
        <translation>Ereignisse exportieren</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) to %1</source>
        <translation>
            <numerusform>%n Ereignis nach %1 exportiert</numerusform>
            <numerusform>%n Ereignisse nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export events: %1</source>
        <translation>Ereignisse konnten nicht exportiert werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n older event(s) dropped</source>
        <translation>
            <numerusform>%n älteres Ereignis verworfen</numerusform>
            <numerusform>%n ältere Ereignisse verworfen</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter events</source>
        <translation>Ereignisse filtern</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Mitlaufen</translation>
    </message>
    <message>
        <source>Keep the newest event in view</source>
        <translation>Das neueste Ereignis sichtbar halten</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Clear event log</source>
        <translation>Ereignisprotokoll leeren</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Export events as JSON lines</source>
        <translation>Ereignisse als JSON Lines exportieren</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>Ereignisprotokoll</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::MainWindow</name>
    <message>
        <source>Address copied to the clipboard</source>
        <translation>Adresse in die Zwischenablage kopiert</translation>
    </message>
    <message>
        <source>Joined room %1</source>
        <translation>Raum %1 beigetreten</translation>
    </message>
    <message>
        <source>Left room %1</source>
        <translation>Raum %1 verlassen</translation>
    </message>
    <message>
        <source>Message not sent: %1</source>
        <translation>Nachricht nicht gesendet: %1</translation>
    </message>
    <message>
        <source>About Swarmscope</source>
        <translation>Über Swarmscope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Swarmscope %1&lt;/h3&gt;&lt;p&gt;Peer-to-peer chat and swarm inspector.&lt;/p&gt;&lt;p&gt;Rooms are joined by name, messages are signed by their authors and travel directly between peers over encrypted connections.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Swarmscope %1&lt;/h3&gt;&lt;p&gt;Peer-to-Peer-Chat und Schwarm-Inspektor.&lt;/p&gt;&lt;p&gt;Räume werden über ihren Namen betreten, Nachrichten werden von ihren Verfassern signiert und gehen über verschlüsselte Verbindungen direkt von Peer zu Peer.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s) connected</source>
        <translation>
            <numerusform>%n Peer verbunden</numerusform>
            <numerusform>%n Peers verbunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n handshaking</source>
        <translation>
            <numerusform>, %n im Verbindungsaufbau</numerusform>
            <numerusform>, %n im Verbindungsaufbau</numerusform>
        </translation>
    </message>
    <message>
        <source>Swarmscope — no room</source>
        <translation>Swarmscope — kein Raum</translation>
    </message>
    <message>
        <source>%1 — Swarmscope</source>
        <translation>%1 — Swarmscope</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Join Room…</source>
        <translation>Raum &amp;betreten…</translation>
    </message>
    <message>
        <source>Type the name of a room to join (Ctrl+J)</source>
        <translation>Namen eines Raums zum Betreten eingeben (Strg+J)</translation>
    </message>
    <message>
        <source>&amp;Leave Room</source>
        <translation>Raum &amp;verlassen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Write a &amp;Message</source>
        <translation>&amp;Nachricht schreiben</translation>
    </message>
    <message>
        <source>&amp;About Swarmscope</source>
        <translation>Ü&amp;ber Swarmscope</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>Peers</translation>
    </message>
    <message>
        <source>Event Log</source>
        <translation>Ereignisprotokoll</translation>
    </message>
    <message>
        <source>Show &amp;Peers</source>
        <translation>&amp;Peers anzeigen</translation>
    </message>
    <message>
        <source>Show &amp;Event Log</source>
        <translation>&amp;Ereignisprotokoll anzeigen</translation>
    </message>
    <message>
        <source>Your address:</source>
        <translation>Ihre Adresse:</translation>
    </message>
    <message>
        <source>Rooms and chat</source>
        <translation>Räume und Chat</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::PeerTableModel</name>
    <message>
        <source>Handshake in progress</source>
        <translation>Verbindungsaufbau läuft</translation>
    </message>
    <message>
        <source>(handshaking)</source>
        <translation>(Verbindungsaufbau)</translation>
    </message>
    <message>
        <source>in</source>
        <comment>connection direction</comment>
        <translation>ein</translation>
    </message>
    <message>
        <source>out</source>
        <comment>connection direction</comment>
        <translation>aus</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Host:port</source>
        <translation>Host:Port</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>RTT</source>
        <translation>RTT</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>The peer&apos;s address, proven during the handshake</source>
        <translation>Die Adresse des Peers, beim Verbindungsaufbau nachgewiesen</translation>
    </message>
    <message>
        <source>Remote host and port of the connection</source>
        <translation>Entfernter Host und Port der Verbindung</translation>
    </message>
    <message>
        <source>Where the peer was found</source>
        <translation>Wo der Peer gefunden wurde</translation>
    </message>
    <message>
        <source>Round-trip time of the last ping</source>
        <translation>Umlaufzeit des letzten Pings</translation>
    </message>
    <message>
        <source>Bytes received on this connection</source>
        <translation>Über diese Verbindung empfangene Bytes</translation>
    </message>
    <message>
        <source>Bytes sent on this connection</source>
        <translation>Über diese Verbindung gesendete Bytes</translation>
    </message>
    <message>
        <source>When the connection was opened</source>
        <translation>Wann die Verbindung geöffnet wurde</translation>
    </message>
    <message>
        <source>%1
Agent: %2
Shared rooms: %3</source>
        <translation>%1
Agent: %2
Gemeinsame Räume: %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n frame(s), now %2</source>
        <translation>
            <numerusform>%1 in %n Frame, aktuell %2</numerusform>
            <numerusform>%1 in %n Frames, aktuell %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::PeersPanel</name>
    <message numerus="yes">
        <source>Copied %n address(es)</source>
        <translation>
            <numerusform>%n Adresse kopiert</numerusform>
            <numerusform>%n Adressen kopiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by address, host, transport or source</source>
        <translation>Nach Adresse, Host, Transport oder Quelle filtern</translation>
    </message>
    <message>
        <source>Filter peers</source>
        <translation>Peers filtern</translation>
    </message>
    <message>
        <source>Connected peers</source>
        <translation>Verbundene Peers</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>Adresse kopieren</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::RoomDelegate</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n Mitglied</numerusform>
            <numerusform>%n Mitglieder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n connected</source>
        <translation>
            <numerusform> · %n verbunden</numerusform>
            <numerusform> · %n verbunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::RoomListModel</name>
    <message numerus="yes">
        <source>%1: %n member(s) seen</source>
        <translation>
            <numerusform>%1: %n Mitglied gesehen</numerusform>
            <numerusform>%1: %n Mitglieder gesehen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n member(s)</source>
        <translation>
            <numerusform>%1, %n Mitglied</numerusform>
            <numerusform>%1, %n Mitglieder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n unread</source>
        <translation>
            <numerusform>, %n ungelesen</numerusform>
            <numerusform>, %n ungelesen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::RoomsPanel</name>
    <message>
        <source>Rooms</source>
        <translation>Räume</translation>
    </message>
    <message>
        <source>Room name to join</source>
        <translation>Name des Raums</translation>
    </message>
    <message>
        <source>Room to join</source>
        <translation>Raum zum Betreten</translation>
    </message>
    <message>
        <source>Any text names a room; everyone who joins the same name meets there (Ctrl+J)</source>
        <translation>Jeder Text benennt einen Raum; wer denselben Namen betritt, trifft sich dort (Strg+J)</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Beitreten</translation>
    </message>
    <message>
        <source>Join room</source>
        <translation>Raum betreten</translation>
    </message>
    <message>
        <source>Joined rooms</source>
        <translation>Betretene Räume</translation>
    </message>
    <message>
        <source>Leave room</source>
        <translation>Raum verlassen</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::TrayNotifier</name>
    <message numerus="yes">
        <source>Swarmscope: %n unread message(s)</source>
        <translation>
            <numerusform>Swarmscope: %n ungelesene Nachricht</numerusform>
            <numerusform>Swarmscope: %n ungelesene Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>Swarmscope</source>
        <translation>Swarmscope</translation>
    </message>
    <message>
        <source>Show Swarmscope</source>
        <translation>Swarmscope anzeigen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
</TS>
