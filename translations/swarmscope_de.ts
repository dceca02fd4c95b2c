<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>DoctorText</name>
    <message>
        <source>TCP %1 is held by this session</source>
        <translation>TCP %1 wird von dieser Sitzung belegt</translation>
    </message>
    <message>
        <source>TCP %1 can be bound (got port %2)</source>
        <translation>TCP %1 lässt sich belegen (Port %2 erhalten)</translation>
    </message>
    <message>
        <source>Cannot listen on TCP %1: %2</source>
        <translation>Auf TCP %1 kann nicht gelauscht werden: %2</translation>
    </message>
    <message>
        <source>LAN discovery is turned off</source>
        <translation>Die LAN-Erkennung ist ausgeschaltet</translation>
    </message>
    <message>
        <source>No usable multicast interface %1</source>
        <translation>Keine nutzbare Multicast-Schnittstelle %1</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>(beliebig)</translation>
    </message>
    <message>
        <source>Cannot open a UDP socket: %1</source>
        <translation>Ein UDP-Socket lässt sich nicht öffnen: %1</translation>
    </message>
    <message>
        <source>Cannot join %1 on %2: %3</source>
        <translation>%1 auf %2 kann nicht beigetreten werden: %3</translation>
    </message>
    <message>
        <source>Multicast on %1 (%2) came back in %3 ms</source>
        <translation>Multicast auf %1 (%2) kam nach %3 ms zurück</translation>
    </message>
    <message>
        <source>A multicast probe to %1 on %2 did not come back within %3 ms</source>
        <translation>Eine Multicast-Probe an %1 auf %2 kam nicht innerhalb von %3 ms zurück</translation>
    </message>
    <message>
        <source>Cannot send to %1 on %2: %3</source>
        <translation>Senden an %1 auf %2 nicht möglich: %3</translation>
    </message>
    <message>
        <source>The DHT is turned off</source>
        <translation>Die DHT ist ausgeschaltet</translation>
    </message>
    <message>
        <source>No bootstrap nodes are configured</source>
        <translation>Keine Bootstrap-Knoten eingerichtet</translation>
    </message>
    <message>
        <source>Cannot open a UDP socket on %1: %2</source>
        <translation>Ein UDP-Socket auf %1 lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <source>%1 (%2 ms)</source>
        <translation>%1 (%2 ms)</translation>
    </message>
    <message>
        <source>Bootstrap nodes answered: %1</source>
        <translation>Bootstrap-Knoten haben geantwortet: %1</translation>
    </message>
    <message>
        <source>No answer within %1 ms from %2</source>
        <translation>Keine Antwort innerhalb von %1 ms von %2</translation>
    </message>
    <message>
        <source>No bootstrap node answered a ping within %1 ms (%2)</source>
        <translation>Kein Bootstrap-Knoten hat innerhalb von %1 ms auf einen Ping geantwortet (%2)</translation>
    </message>
    <message>
        <source>No manual peers are configured</source>
        <translation>Keine manuellen Peers eingerichtet</translation>
    </message>
    <message>
        <source>%1 (timed out)</source>
        <translation>%1 (Zeitüberschreitung)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Peers accept TCP connections: %1</source>
        <translation>Peers nehmen TCP-Verbindungen an: %1</translation>
    </message>
    <message>
        <source>No TCP connection within %1 ms to %2</source>
        <translation>Keine TCP-Verbindung innerhalb von %1 ms zu %2</translation>
    </message>
    <message>
        <source>The wall clock reads %1, outside the years 2020 to 2100</source>
        <translation>Die Uhr zeigt %1, außerhalb der Jahre 2020 bis 2100</translation>
    </message>
    <message>
        <source>The monotonic clock did not advance in 50 ms</source>
        <translation>Die monotone Uhr ist in 50 ms nicht weitergelaufen</translation>
    </message>
    <message>
        <source>The wall clock reads %1; the monotonic clock advances</source>
        <translation>Die Uhr zeigt %1; die monotone Uhr läuft</translation>
    </message>
    <message>
        <source>Another program uses this port: stop it or choose another listening port.</source>
        <translation>Ein anderes Programm nutzt diesen Port: Beenden Sie es oder wählen Sie einen anderen Port.</translation>
    </message>
    <message>
        <source>Check the listening address: it must belong to this machine.</source>
        <translation>Prüfen Sie die Lauschadresse: Sie muss zu diesem Rechner gehören.</translation>
    </message>
    <message>
        <source>Turn LAN discovery on to find peers on the local network without the DHT.</source>
        <translation>Schalten Sie die LAN-Erkennung ein, um Peers im lokalen Netz ohne die DHT zu finden.</translation>
    </message>
    <message>
        <source>Choose an existing network interface for LAN discovery.</source>
        <translation>Wählen Sie eine vorhandene Netzwerkschnittstelle für die LAN-Erkennung.</translation>
    </message>
    <message>
        <source>The interface may not support multicast: choose another one or rely on the DHT.</source>
        <translation>Die Schnittstelle unterstützt eventuell kein Multicast: Wählen Sie eine andere oder verlassen Sie sich auf die DHT.</translation>
    </message>
    <message>
        <source>A firewall may drop multicast (UDP to 224.0.0.251), or the interface is down.</source>
        <translation>Eine Firewall verwirft eventuell Multicast (UDP an 224.0.0.251), oder die Schnittstelle ist nicht aktiv.</translation>
    </message>
    <message>
        <source>The interface has no route for multicast: choose another one.</source>
        <translation>Die Schnittstelle hat keine Route für Multicast: Wählen Sie eine andere.</translation>
    </message>
    <message>
        <source>Without the DHT, rooms find peers only on the LAN or through manual peers.</source>
        <translation>Ohne die DHT finden Räume Peers nur im LAN oder über manuelle Peers.</translation>
    </message>
    <message>
        <source>Add at least one DHT bootstrap node, or the DHT can only learn peers that contact us.</source>
        <translation>Fügen Sie mindestens einen DHT-Bootstrap-Knoten hinzu, sonst lernt die DHT nur Peers, die uns kontaktieren.</translation>
    </message>
    <message>
        <source>Some bootstrap nodes are down or unreachable; the DHT still works through the others.</source>
        <translation>Einige Bootstrap-Knoten sind ausgefallen oder nicht erreichbar; die DHT funktioniert über die anderen weiter.</translation>
    </message>
    <message>
        <source>Check that UDP traffic is allowed out and that the bootstrap addresses are right.</source>
        <translation>Prüfen Sie, ob ausgehender UDP-Verkehr erlaubt ist und die Bootstrap-Adressen stimmen.</translation>
    </message>
    <message>
        <source>Check the peer addresses and that those peers are running and reachable.</source>
        <translation>Prüfen Sie die Peer-Adressen und ob diese Peers laufen und erreichbar sind.</translation>
    </message>
    <message>
        <source>Set the system date and time (turn on network time): message times and replay checks depend on it.</source>
        <translation>Stellen Sie Datum und Uhrzeit des Systems ein (Netzwerkzeit einschalten): Nachrichtenzeiten und Wiederholungsprüfungen hängen davon ab.</translation>
    </message>
    <message>
        <source>The system timer is broken; timeouts and retries will not work.</source>
        <translation>Der Systemzeitgeber ist defekt; Zeitlimits und Wiederholungen funktionieren nicht.</translation>
    </message>
    <message>
        <source>Reachable from the internet at %1</source>
        <translation>Aus dem Internet erreichbar unter %1</translation>
    </message>
    <message>
        <source>The internet sees our own address %1: no NAT</source>
        <translation>Das Internet sieht unsere eigene Adresse %1: kein NAT</translation>
    </message>
    <message>
        <source>Behind a NAT at %1 that keeps our ports: nothing reaches us unasked</source>
        <translation>Hinter einem NAT unter %1, das unsere Ports beibehält: unaufgefordert erreicht uns nichts</translation>
    </message>
    <message>
        <source>Behind a NAT at %1 that picks a new port for every destination</source>
        <translation>Hinter einem NAT unter %1, das für jedes Ziel einen neuen Port wählt</translation>
    </message>
    <message>
        <source>The external address is not known: fewer than two observers told us</source>
        <translation>Die externe Adresse ist unbekannt: weniger als zwei Beobachter haben sie uns genannt</translation>
    </message>
    <message>
        <source>Port mapping is turned off</source>
        <translation>Die Portweiterleitung ist ausgeschaltet</translation>
    </message>
    <message>
        <source>The listening port is chosen anew at each start</source>
        <translation>Der Empfangsport wird bei jedem Start neu gewählt</translation>
    </message>
    <message>
        <source>The router mapped our ports with %1 at %2</source>
        <translation>Der Router hat unsere Ports per %1 unter %2 weitergeleitet</translation>
    </message>
    <message>
        <source>No router mapped our ports: %1</source>
        <translation>Kein Router hat unsere Ports weitergeleitet: %1</translation>
    </message>
    <message>
        <source>If peers still cannot connect, a firewall drops them: allow TCP port %1 in.</source>
        <translation>Wenn Peers trotzdem keine Verbindung bekommen, verwirft eine Firewall sie: erlauben Sie eingehend TCP-Port %1.</translation>
    </message>
    <message>
        <source>Turn on UPnP or NAT-PMP in the router, or forward TCP port %1 to this computer; until then only peers that can be reached themselves connect to you.</source>
        <translation>Schalten Sie UPnP oder NAT-PMP im Router ein oder leiten Sie TCP-Port %1 an diesen Rechner weiter; bis dahin verbinden sich nur Peers mit Ihnen, die selbst erreichbar sind.</translation>
    </message>
    <message>
        <source>This kind of router (&quot;symmetric NAT&quot;) defeats hole punching: turn on UPnP or NAT-PMP, forward TCP port %1 by hand, or use a relay node.</source>
        <translation>Diese Art Router („symmetrisches NAT“) verhindert Hole Punching: schalten Sie UPnP oder NAT-PMP ein, leiten Sie TCP-Port %1 von Hand weiter oder nutzen Sie einen Relay-Knoten.</translation>
    </message>
    <message>
        <source>Add at least two DHT bootstrap nodes or join a room with peers on the internet: two observers on different addresses must agree before an address counts.</source>
        <translation>Geben Sie mindestens zwei DHT-Bootstrap-Knoten an oder treten Sie einem Raum mit Peers im Internet bei: zwei Beobachter unter verschiedenen Adressen müssen übereinstimmen, bevor eine Adresse zählt.</translation>
    </message>
    <message>
        <source>Turn port mapping on, or forward TCP port %1 on the router by hand.</source>
        <translation>Schalten Sie die Portweiterleitung ein oder leiten Sie TCP-Port %1 am Router von Hand weiter.</translation>
    </message>
    <message>
        <source>Set a fixed listening port (for example 0.0.0.0:7000) so that a mapped or forwarded port stays valid.</source>
        <translation>Legen Sie einen festen Empfangsport fest (zum Beispiel 0.0.0.0:7000), damit ein weitergeleiteter Port gültig bleibt.</translation>
    </message>
    <message>
        <source>Turn on UPnP or NAT-PMP in the router&apos;s settings, or forward TCP port %1 by hand. Behind a second NAT (your provider&apos;s), mapping cannot help: use a relay node.</source>
        <translation>Schalten Sie UPnP oder NAT-PMP in den Einstellungen des Routers ein oder leiten Sie TCP-Port %1 von Hand weiter. Hinter einem zweiten NAT (dem Ihres Anbieters) hilft Weiterleitung nicht: nutzen Sie einen Relay-Knoten.</translation>
    </message>
    <message>
        <source>Reachable from the internet: no relay is needed</source>
        <translation>Aus dem Internet erreichbar: kein Relay nötig</translation>
    </message>
    <message>
        <source>A relay carries connections for us: %1</source>
        <translation>Ein Relay trägt Verbindungen für uns: %1</translation>
    </message>
    <message>
        <source>No relay holds a slot for us (named: %1)</source>
        <translation>Kein Relay hält einen Platz für uns (angegeben: %1)</translation>
    </message>
    <message>
        <source>No relay node is named</source>
        <translation>Kein Relay-Knoten angegeben</translation>
    </message>
    <message>
        <source>Relay nodes named: %1; a running session asks them for a slot</source>
        <translation>Angegebene Relay-Knoten: %1; eine laufende Sitzung bittet sie um einen Platz</translation>
    </message>
    <message>
        <source>Name a relay node (for example --relay-node 203.0.113.10:7000): peers that cannot connect to you directly reach you through it.</source>
        <translation>Geben Sie einen Relay-Knoten an (zum Beispiel --relay-node 203.0.113.10:7000): Peers, die Sie nicht direkt erreichen, erreichen Sie darüber.</translation>
    </message>
    <message>
        <source>Check that the relay nodes run with --relay and can be reached from here; until one holds a slot, peers behind other routers cannot reach you.</source>
        <translation>Prüfen Sie, dass die Relay-Knoten mit --relay laufen und von hier erreichbar sind; solange keiner einen Platz hält, erreichen Peers hinter anderen Routern Sie nicht.</translation>
    </message>
    <message>
        <source>Peers can dial us: no hole punching needed</source>
        <translation>Andere Teilnehmer können uns anwählen: kein Hole Punching nötig</translation>
    </message>
    <message>
        <source>Hole punching is turned off</source>
        <translation>Hole Punching ist ausgeschaltet</translation>
    </message>
    <message>
        <source>%1 of %2 hole-punch attempts gave a direct connection</source>
        <translation>%1 von %2 Hole-Punching-Versuchen ergaben eine direkte Verbindung</translation>
    </message>
    <message>
        <source>None of %1 hole-punch attempts gave a direct connection (last: %2)</source>
        <translation>Keiner von %1 Hole-Punching-Versuchen ergab eine direkte Verbindung (zuletzt: %2)</translation>
    </message>
    <message>
        <source>Our NAT picks a new port for every destination: hole punching cannot work from here</source>
        <translation>Unser NAT wählt für jedes Ziel einen neuen Port: Hole Punching kann von hier aus nicht funktionieren</translation>
    </message>
    <message>
        <source>Our NAT keeps our ports: hole punching can reach peers whose routers do the same (none tried yet)</source>
        <translation>Unser NAT behält unsere Ports: Hole Punching erreicht Teilnehmer, deren Router das ebenso tun (noch nicht versucht)</translation>
    </message>
    <message>
        <source>Our NAT&apos;s behaviour is not known yet, so neither is whether a hole can be punched</source>
        <translation>Das Verhalten unseres NATs ist noch unbekannt, und damit auch, ob Hole Punching gelingen kann</translation>
    </message>
    <message>
        <source>Connections with peers behind other routers go through a relay: name one with --relay-node, or turn on UPnP or NAT-PMP in the router.</source>
        <translation>Verbindungen zu Teilnehmern hinter anderen Routern laufen über ein Relay: nennen Sie eines mit --relay-node, oder schalten Sie UPnP oder NAT-PMP im Router ein.</translation>
    </message>
    <message>
        <source>The other side&apos;s router may change ports, or a firewall here drops the other side&apos;s connection attempt. Relayed connections keep working; for direct ones turn on UPnP or NAT-PMP in the router.</source>
        <translation>Der Router der Gegenseite wechselt vielleicht die Ports, oder eine Firewall hier verwirft ihren Verbindungsversuch. Verbindungen über Relays funktionieren weiter; für direkte schalten Sie UPnP oder NAT-PMP im Router ein.</translation>
    </message>
    <message>
        <source>Join a room with peers on the internet, or name two DHT bootstrap nodes, so that two observers can tell where we stand.</source>
        <translation>Treten Sie einem Raum mit Teilnehmern im Internet bei oder nennen Sie zwei DHT-Bootstrap-Knoten, damit zwei Beobachter sagen können, wo wir stehen.</translation>
    </message>
</context>
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
    <message>
        <source>A file chunk arrived for a transfer that does not exist.</source>
        <translation>Ein Dateiteil kam für eine Übertragung an, die es nicht gibt.</translation>
    </message>
    <message>
        <source>A file chunk was outside the file.</source>
        <translation>Ein Dateiteil lag außerhalb der Datei.</translation>
    </message>
    <message>
        <source>The received file did not match its hash and was discarded.</source>
        <translation>Die empfangene Datei passte nicht zu ihrem Hash und wurde verworfen.</translation>
    </message>
    <message>
        <source>A file name contained a folder or &quot;..&quot;.</source>
        <translation>Ein Dateiname enthielt einen Ordner oder &quot;..&quot;.</translation>
    </message>
    <message>
        <source>A file name was too long or contained control characters.</source>
        <translation>Ein Dateiname war zu lang oder enthielt Steuerzeichen.</translation>
    </message>
    <message>
        <source>The file is larger than the largest accepted size.</source>
        <translation>Die Datei ist größer als die größte angenommene Größe.</translation>
    </message>
    <message>
        <source>The peer is blocked.</source>
        <translation>Der Peer ist blockiert.</translation>
    </message>
    <message>
        <source>A display name was too long or contained control characters.</source>
        <translation>Ein Anzeigename war zu lang oder enthielt Steuerzeichen.</translation>
    </message>
    <message>
        <source>A display name was not signed by the peer&apos;s key.</source>
        <translation>Ein Anzeigename war nicht mit dem Schlüssel des Peers signiert.</translation>
    </message>
</context>
<context>
    <name>EventFilter</name>
    <message>
        <source>Quote opened at column %1 is never closed</source>
        <translation>Das in Spalte %1 geöffnete Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <source>A field name is missing before column %1</source>
        <translation>Vor Spalte %1 fehlt ein Feldname</translation>
    </message>
    <message>
        <source>A value is missing at column %1</source>
        <translation>In Spalte %1 fehlt ein Wert</translation>
    </message>
    <message>
        <source>A number is expected at column %1</source>
        <translation>In Spalte %1 wird eine Zahl erwartet</translation>
    </message>
    <message>
        <source>Nothing to negate after &quot;-&quot; at column %1</source>
        <translation>Nach „-“ in Spalte %1 steht nichts zum Verneinen</translation>
    </message>
</context>
<context>
    <name>PacketHexView</name>
    <message numerus="yes">
        <source>… %n more byte(s)</source>
        <translation>
            <numerusform>… %n weiteres Byte</numerusform>
            <numerusform>… %n weitere Bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Network &amp;Doctor…</source>
        <translation>Netzwerk-&amp;Diagnose…</translation>
    </message>
    <message>
        <source>me</source>
        <translation>ich</translation>
    </message>
</context>
<context>
    <name>StateWords</name>
    <message>
        <source>connecting</source>
        <comment>connection state</comment>
        <translation>verbindet</translation>
    </message>
    <message>
        <source>handshaking</source>
        <comment>connection state</comment>
        <translation>Handshake</translation>
    </message>
    <message>
        <source>connected</source>
        <comment>connection state</comment>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>closed</source>
        <comment>connection state</comment>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>queued</source>
        <comment>candidate state</comment>
        <translation>eingereiht</translation>
    </message>
    <message>
        <source>connecting</source>
        <comment>candidate state</comment>
        <translation>verbindet</translation>
    </message>
    <message>
        <source>connected</source>
        <comment>candidate state</comment>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>waiting</source>
        <comment>candidate state</comment>
        <translation>wartet</translation>
    </message>
    <message>
        <source>dropped</source>
        <comment>candidate state</comment>
        <translation>verworfen</translation>
    </message>
    <message>
        <source>banned</source>
        <comment>candidate state</comment>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>added by hand</source>
        <comment>peer source</comment>
        <translation>von Hand hinzugefügt</translation>
    </message>
    <message>
        <source>local network</source>
        <comment>peer source</comment>
        <translation>lokales Netz</translation>
    </message>
    <message>
        <source>peer exchange</source>
        <comment>peer source</comment>
        <translation>Peer-Austausch</translation>
    </message>
    <message>
        <source>peer book</source>
        <comment>peer source</comment>
        <translation>Peer-Buch</translation>
    </message>
    <message>
        <source>dialled us</source>
        <comment>peer source</comment>
        <translation>hat uns angerufen</translation>
    </message>
    <message>
        <source>in-process</source>
        <comment>transport</comment>
        <translation>im Prozess</translation>
    </message>
    <message>
        <source>handshaking</source>
        <comment>candidate state</comment>
        <translation>Handshake</translation>
    </message>
    <message>
        <source>local service discovery</source>
        <comment>peer source</comment>
        <translation>lokale Dienstsuche (BEP 14)</translation>
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
    <message>
        <source>%1 s ago</source>
        <translation>vor %1 s</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>vor %1 min</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>vor %1 h</translation>
    </message>
    <message>
        <source>%1 d ago</source>
        <translation>vor %1 d</translation>
    </message>
    <message>
        <source>–</source>
        <comment>latency not known yet</comment>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
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
    <name>swarmscope::ui::AppearancePage</name>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::BlockedPeersDialog</name>
    <message>
        <source>Blocked Peers</source>
        <translation>Blockierte Peers</translation>
    </message>
    <message>
        <source>Messages, files and calls from these peers are dropped; they show only in the packet inspector.</source>
        <translation>Nachrichten, Dateien und Aufrufe dieser Peers werden verworfen; sie erscheinen nur im Paketinspektor.</translation>
    </message>
    <message>
        <source>Blocked peers</source>
        <translation>Blockierte Peers</translation>
    </message>
    <message>
        <source>&amp;Unblock</source>
        <translation>&amp;Freigeben</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::CandidateTableModel</name>
    <message>
        <source>Added by hand: kept connected and never dropped</source>
        <translation>Von Hand hinzugefügt: bleibt verbunden und wird nie verworfen</translation>
    </message>
    <message>
        <source>A local or private address</source>
        <translation>Eine lokale oder private Adresse</translation>
    </message>
    <message>
        <source>Host:port</source>
        <translation>Host:Port</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>Vermittler</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Räume</translation>
    </message>
    <message>
        <source>Where the endpoint was found: lan, dht, pex, book, manual or inbound</source>
        <translation>Wo der Endpunkt gefunden wurde: lan, dht, pex, book, manual oder inbound</translation>
    </message>
    <message>
        <source>Who told us about it</source>
        <translation>Wer uns davon erzählt hat</translation>
    </message>
    <message>
        <source>queued, connecting, connected, waiting (for a retry), dropped or banned</source>
        <translation>queued (wartend), connecting (verbindet), connected (verbunden), waiting (auf neuen Versuch), dropped (verworfen) oder banned (gesperrt)</translation>
    </message>
    <message>
        <source>Failed dials so far</source>
        <translation>Bisher fehlgeschlagene Verbindungsversuche</translation>
    </message>
    <message>
        <source>The peer&apos;s address, once a connection proved it</source>
        <translation>Die Adresse des Peers, sobald eine Verbindung sie nachgewiesen hat</translation>
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
    <message>
        <source>%1 (waiting to be sent)</source>
        <translation>%1 (wartet auf Versand)</translation>
    </message>
    <message>
        <source>%1 (sent)</source>
        <translation>%1 (gesendet)</translation>
    </message>
    <message>
        <source>%1 (delivered)</source>
        <translation>%1 (zugestellt)</translation>
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
    <message>
        <source>Direct messages with %1</source>
        <translation>Direktnachrichten mit %1</translation>
    </message>
    <message>
        <source>Message %1 directly</source>
        <translation>Direktnachricht an %1</translation>
    </message>
    <message>
        <source>&amp;Find in History…</source>
        <translation>Im Verlauf &amp;suchen…</translation>
    </message>
    <message>
        <source>Search the messages of the current room (Ctrl+F)</source>
        <translation>Die Nachrichten des aktuellen Raums durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Send direct message to the author</source>
        <translation>Direktnachricht an den Absender senden</translation>
    </message>
    <message>
        <source>Send Files</source>
        <translation>Dateien senden</translation>
    </message>
    <message>
        <source>Send File…</source>
        <translation>Datei senden…</translation>
    </message>
    <message>
        <source>Send a file</source>
        <translation>Eine Datei senden</translation>
    </message>
    <message>
        <source>Offer a file to the room or the person shown (or drop files onto the chat)</source>
        <translation>Dem gezeigten Raum oder der gezeigten Person eine Datei anbieten (oder Dateien auf den Chat ziehen)</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::ChatSearchBar</name>
    <message>
        <source>Search the history</source>
        <translation>Verlauf durchsuchen</translation>
    </message>
    <message>
        <source>Search the chat history</source>
        <translation>Den Chatverlauf durchsuchen</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Vorheriger Treffer (Umschalt+Eingabe)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Nächster Treffer (Eingabe)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Close the search (Escape)</source>
        <translation>Suche schließen (Esc)</translation>
    </message>
    <message>
        <source>Close the search</source>
        <translation>Suche schließen</translation>
    </message>
    <message numerus="yes">
        <source>%n older match(es) not loaded</source>
        <translation>
            <numerusform>%n älterer Treffer nicht geladen</numerusform>
            <numerusform>%n ältere Treffer nicht geladen</numerusform>
        </translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message numerus="yes">
        <source> (%n older not loaded)</source>
        <translation>
            <numerusform> (%n älterer nicht geladen)</numerusform>
            <numerusform> (%n ältere nicht geladen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::ConnectDialog</name>
    <message>
        <source>Connect to a Peer</source>
        <translation>Mit einem Peer verbinden</translation>
    </message>
    <message>
        <source>&amp;Host and port of the peer:</source>
        <translation>&amp;Host und Port des Peers:</translation>
    </message>
    <message>
        <source>192.0.2.7:40000 or [2001:db8::7]:40000</source>
        <translation>192.0.2.7:40000 oder [2001:db8::7]:40000</translation>
    </message>
    <message>
        <source>Host and port to connect to</source>
        <translation>Host und Port für die Verbindung</translation>
    </message>
    <message>
        <source>Expected host:port with a port from 1 to 65535</source>
        <translation>Erwartet wird Host:Port mit einem Port von 1 bis 65535</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::ConnectionStatsDock</name>
    <message>
        <source>Connection stats</source>
        <translation>Verbindungsstatistik</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Peer</translation>
    </message>
    <message>
        <source>All peers</source>
        <translation>Alle Peers</translation>
    </message>
    <message>
        <source>Time window</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation>5 Minuten</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>&amp;Peer:</source>
        <translation>&amp;Peer:</translation>
    </message>
    <message>
        <source>Bytes per second</source>
        <translation>Bytes pro Sekunde</translation>
    </message>
    <message>
        <source>B/s</source>
        <translation>B/s</translation>
    </message>
    <message>
        <source>Messages per second</source>
        <translation>Nachrichten pro Sekunde</translation>
    </message>
    <message>
        <source>msg/s</source>
        <translation>Nachr./s</translation>
    </message>
    <message>
        <source>Round-trip time</source>
        <translation>Umlaufzeit</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>in</source>
        <translation>ein</translation>
    </message>
    <message>
        <source>out</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>RTT</source>
        <translation>RTT</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::ConversationListModel</name>
    <message>
        <source>No messages yet</source>
        <translation>Noch keine Nachrichten</translation>
    </message>
    <message>
        <source>Direct messages with %1</source>
        <translation>Direktnachrichten mit %1</translation>
    </message>
    <message>
        <source>Conversation with %1</source>
        <translation>Unterhaltung mit %1</translation>
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
    <name>swarmscope::ui::DhtBucketModel</name>
    <message>
        <source>Bucket %1</source>
        <translation>Bucket %1</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n Knoten</numerusform>
            <numerusform>%n Knoten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n replacement(s)</source>
        <translation>
            <numerusform>, %n Ersatzknoten</numerusform>
            <numerusform>, %n Ersatzknoten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nodes whose ids share the first %n bit(s) with ours</source>
        <translation>
            <numerusform>Knoten, deren IDs das erste Bit mit unserer teilen</numerusform>
            <numerusform>Knoten, deren IDs die ersten %n Bits mit unserer teilen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (replacement)</source>
        <translation>%1 (Ersatz)</translation>
    </message>
    <message>
        <source>%1
Waiting in the replacement cache for a place in the bucket</source>
        <translation>%1
Wartet im Ersatzspeicher auf einen Platz im Bucket</translation>
    </message>
    <message>
        <source>Queries in a row that got no answer</source>
        <translation>Anfragen in Folge ohne Antwort</translation>
    </message>
    <message>
        <source>Bucket / node id</source>
        <translation>Bucket / Knoten-ID</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fehlschläge</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::DhtLookupModel</name>
    <message>
        <source>(no room)</source>
        <translation>(kein Raum)</translation>
    </message>
    <message>
        <source>looking up</source>
        <translation>sucht</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>finishing</source>
        <translation>schließt ab</translation>
    </message>
    <message>
        <source>The room&apos;s key on the DHT: the first 20 bytes of its topic hash</source>
        <translation>Der Schlüssel des Raums in der DHT: die ersten 20 Bytes seines Themen-Hashes</translation>
    </message>
    <message>
        <source>Infohash</source>
        <translation>Infohash</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Peers found</source>
        <translation>Gefundene Peers</translation>
    </message>
    <message>
        <source>Datagrams</source>
        <translation>Datagramme</translation>
    </message>
    <message>
        <source>Last round</source>
        <translation>Letzte Runde</translation>
    </message>
    <message>
        <source>Peers the last round found</source>
        <translation>Peers, die die letzte Runde gefunden hat</translation>
    </message>
    <message>
        <source>Datagrams the last round sent</source>
        <translation>Datagramme, die die letzte Runde gesendet hat</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::DhtPanel</name>
    <message>
        <source>Node %1 on UDP port %2</source>
        <translation>Knoten %1 auf UDP-Port %2</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) in the routing table</source>
        <translation>
            <numerusform>%n Knoten in der Routing-Tabelle</numerusform>
            <numerusform>%n Knoten in der Routing-Tabelle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n replacement(s) waiting)</source>
        <translation>
            <numerusform> (%n Ersatzknoten wartet)</numerusform>
            <numerusform> (%n Ersatzknoten warten)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lookup(s) running</source>
        <translation>
            <numerusform>%n Suche läuft</numerusform>
            <numerusform>%n Suchen laufen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 datagrams in, %2 out</source>
        <translation>%1 Datagramme empfangen, %2 gesendet</translation>
    </message>
    <message numerus="yes">
        <source>%n infohash(es) stored for others</source>
        <translation>
            <numerusform>%n Infohash für andere gespeichert</numerusform>
            <numerusform>%n Infohashes für andere gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rejected</source>
        <translation>%1 abgewiesen</translation>
    </message>
    <message>
        <source>bootstrapping…</source>
        <translation>Einstieg läuft…</translation>
    </message>
    <message>
        <source>The DHT is off. Start Swarmscope without --no-dht to find rooms across the internet.</source>
        <translation>Die DHT ist aus. Starten Sie Swarmscope ohne --no-dht, um Räume im ganzen Internet zu finden.</translation>
    </message>
    <message>
        <source>DHT routing table</source>
        <translation>DHT-Routing-Tabelle</translation>
    </message>
    <message>
        <source>DHT lookups</source>
        <translation>DHT-Suchen</translation>
    </message>
    <message>
        <source>DHT datagrams rejected by reason</source>
        <translation>Abgewiesene DHT-Datagramme nach Grund</translation>
    </message>
    <message>
        <source>Rejected because</source>
        <translation>Abgewiesen wegen</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::DoctorDialog</name>
    <message>
        <source>Network Doctor</source>
        <translation>Netzwerk-Diagnose</translation>
    </message>
    <message>
        <source>Doctor summary</source>
        <translation>Zusammenfassung der Diagnose</translation>
    </message>
    <message>
        <source>Doctor checks</source>
        <translation>Diagnoseprüfungen</translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation>E&amp;rneut ausführen</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Prüfe…</translation>
    </message>
    <message>
        <source>Everything looks fine.</source>
        <translation>Alles sieht gut aus.</translation>
    </message>
    <message>
        <source>Working, with warnings: see the advice below.</source>
        <translation>Funktioniert, mit Warnungen: siehe die Hinweise unten.</translation>
    </message>
    <message>
        <source>Something is broken: see the advice below.</source>
        <translation>Etwas funktioniert nicht: siehe die Hinweise unten.</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::DoctorReportModel</name>
    <message>
        <source>Listening port</source>
        <translation>Empfangsport</translation>
    </message>
    <message>
        <source>LAN multicast</source>
        <translation>LAN-Multicast</translation>
    </message>
    <message>
        <source>DHT bootstrap</source>
        <translation>DHT-Einstieg</translation>
    </message>
    <message>
        <source>Manual peers</source>
        <translation>Manuelle Peers</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Uhr</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Reachability</source>
        <translation>Erreichbarkeit</translation>
    </message>
    <message>
        <source>Port mapping</source>
        <translation>Portfreigabe</translation>
    </message>
    <message>
        <source>Relays</source>
        <translation>Relays</translation>
    </message>
    <message>
        <source>Hole punching</source>
        <translation>Hole Punching</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::EventLogFileWindow</name>
    <message numerus="yes">
        <source>%n event(s) from %1</source>
        <translation>
            <numerusform>%n Ereignis aus %1</numerusform>
            <numerusform>%n Ereignisse aus %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n malformed line(s) skipped, the first at line %1</source>
        <translation>
            <numerusform>%n fehlerhafte Zeile übersprungen, die erste in Zeile %1</numerusform>
            <numerusform>%n fehlerhafte Zeilen übersprungen, die erste in Zeile %1</numerusform>
        </translation>
    </message>
    <message>
        <source>only the first %1 events are shown</source>
        <translation>nur die ersten %1 Ereignisse werden angezeigt</translation>
    </message>
    <message>
        <source>Event log (read-only)</source>
        <translation>Ereignisprotokoll (schreibgeschützt)</translation>
    </message>
    <message>
        <source>%1 — event log (read-only)</source>
        <translation>%1 — Ereignisprotokoll (schreibgeschützt)</translation>
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
    <message>
        <source>Peer</source>
        <translation>Peer</translation>
    </message>
    <message>
        <source>Room or topic</source>
        <translation>Raum oder Thema</translation>
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
    <message>
        <source>Terms separated by spaces must all match:
  word          anywhere in the event
  field:text    field contains text (kind, peer, room, reason, any field)
  field&gt;n  field&lt;n  field=n    numeric comparison
  -term         negates a term; &quot;quotes&quot; keep spaces
Example: kind:rpc peer:bYSk rtt&gt;100</source>
        <translation>Durch Leerzeichen getrennte Begriffe müssen alle passen:
  wort          irgendwo im Ereignis
  feld:text     Feld enthält Text (kind, peer, room, reason, jedes Feld)
  feld&gt;n  feld&lt;n  feld=n    numerischer Vergleich
  -begriff      verneint einen Begriff; &quot;Anführungszeichen&quot; erhalten Leerzeichen
Beispiel: kind:rpc peer:bYSk rtt&gt;100</translation>
    </message>
    <message>
        <source>Filter events, e.g. kind:connection -peer:bYSk</source>
        <translation>Ereignisse filtern, z. B. kind:connection -peer:bYSk</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::FileTransferCard</name>
    <message>
        <source>from %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>an %1</translation>
    </message>
    <message numerus="yes">
        <source>to %n member(s) of %1</source>
        <translation>
            <numerusform>an %n Mitglied von %1</numerusform>
            <numerusform>an %n Mitglieder von %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <comment>size · type · sender or recipients</comment>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Offered to you</source>
        <translation>Dir angeboten</translation>
    </message>
    <message>
        <source>Waiting for an answer</source>
        <translation>Wartet auf Antwort</translation>
    </message>
    <message>
        <source>Paused: reconnecting…</source>
        <translation>Pausiert: verbinde neu…</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Gespeichert als %1</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Failed (%1)</source>
        <translation>Fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 of %2 · %3 · %4 left</source>
        <comment>bytes of size · rate · time left</comment>
        <translation>%1 von %2 · %3 · noch %4</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Accept the file</source>
        <translation>Die Datei annehmen</translation>
    </message>
    <message>
        <source>Decline the file</source>
        <translation>Die Datei ablehnen</translation>
    </message>
    <message>
        <source>Cancel the transfer</source>
        <translation>Die Übertragung abbrechen</translation>
    </message>
    <message>
        <source>Transfer progress</source>
        <translation>Fortschritt der Übertragung</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::FileTransferController</name>
    <message>
        <source>%1 was not sent: %2</source>
        <translation>%1 wurde nicht gesendet: %2</translation>
    </message>
    <message>
        <source>Offered %1</source>
        <translation>%1 angeboten</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::FilesPage</name>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>The download folder must be a full path, not &apos;%1&apos;.</source>
        <translation>Der Download-Ordner muss ein vollständiger Pfad sein, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The download folder &apos;%1&apos; is a file.</source>
        <translation>Der Download-Ordner &apos;%1&apos; ist eine Datei.</translation>
    </message>
    <message>
        <source>Download folder</source>
        <translation>Download-Ordner</translation>
    </message>
    <message>
        <source>&amp;Download folder:</source>
        <translation>&amp;Download-Ordner:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
    <message>
        <source>&amp;Largest file accepted:</source>
        <translation>&amp;Größte angenommene Datei:</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Offers of larger files are refused</source>
        <translation>Angebote größerer Dateien werden abgelehnt</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::HistoryExporter</name>
    <message>
        <source>Pick a room to export its history</source>
        <translation>Wählen Sie einen Raum, um seinen Verlauf zu exportieren</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>Reiner Text (*.txt)</translation>
    </message>
    <message>
        <source>Export the History of %1</source>
        <translation>Verlauf von %1 exportieren</translation>
    </message>
    <message>
        <source>History not exported: %1</source>
        <translation>Verlauf nicht exportiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n message(s) of %1 to %2</source>
        <translation>
            <numerusform>%n Nachricht von %1 nach %2 geschrieben</numerusform>
            <numerusform>%n Nachrichten von %1 nach %2 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export Room History…</source>
        <translation>Raumverlauf &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save the current room&apos;s history as JSON or plain text</source>
        <translation>Den Verlauf des aktuellen Raums als JSON oder reinen Text speichern</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::IdentityDialog</name>
    <message>
        <source>Seed copied. Anyone who has it can act as you.</source>
        <translation>Seed kopiert. Wer ihn hat, kann als Sie auftreten.</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Nicht exportiert: %1</translation>
    </message>
    <message>
        <source>Exported to %1. Keep it private: anyone who has it can act as you.</source>
        <translation>Exportiert nach %1. Halten Sie die Datei geheim: Wer sie hat, kann als Sie auftreten.</translation>
    </message>
    <message>
        <source>Export identity</source>
        <translation>Identität exportieren</translation>
    </message>
    <message>
        <source>Not an identity file: %1</source>
        <translation>Keine Identitätsdatei: %1</translation>
    </message>
    <message>
        <source>Import identity</source>
        <translation>Identität importieren</translation>
    </message>
    <message>
        <source>Paste a seed string, or load one from a file.</source>
        <translation>Seed-Zeichenkette einfügen oder aus einer Datei laden.</translation>
    </message>
    <message>
        <source>Not a seed string: %1</source>
        <translation>Keine Seed-Zeichenkette: %1</translation>
    </message>
    <message>
        <source>This is already your identity.</source>
        <translation>Das ist bereits Ihre Identität.</translation>
    </message>
    <message>
        <source>Identity %1, fingerprint %2</source>
        <translation>Identität %1, Fingerabdruck %2</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Nicht importiert: %1</translation>
    </message>
    <message>
        <source>Imported %1. Restart Swarmscope to use it; the identity it replaces is kept as identity.seed.previous in the profile.</source>
        <translation>%1 importiert. Starten Sie Swarmscope neu, um sie zu verwenden; die ersetzte Identität bleibt als identity.seed.previous im Profil erhalten.</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Fingerabdruck:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Seed:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Export to file…</source>
        <translation>In Datei exportieren…</translation>
    </message>
    <message>
        <source>Import an identity</source>
        <translation>Eine Identität importieren</translation>
    </message>
    <message>
        <source>From file…</source>
        <translation>Aus Datei…</translation>
    </message>
    <message>
        <source>I will not run this identity anywhere else at the same time: two running copies of one identity fight over its connections.</source>
        <translation>Ich verwende diese Identität nicht gleichzeitig anderswo: Zwei laufende Kopien einer Identität streiten um ihre Verbindungen.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::InspectorTools</name>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Open event log</source>
        <translation>Ereignisprotokoll öffnen</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl *.json);;All files (*)</source>
        <translation>JSON Lines (*.jsonl *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <source>Show Packet &amp;Inspector</source>
        <translation>Paket-&amp;Inspektor anzeigen</translation>
    </message>
    <message>
        <source>&amp;Open Event Log…</source>
        <translation>Ereignisprotokoll ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Browse an exported event log (JSON lines), read-only</source>
        <translation>Ein exportiertes Ereignisprotokoll (JSON Lines) nur lesend durchsehen</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::LabDock</name>
    <message>
        <source>Lab</source>
        <translation>Labor</translation>
    </message>
    <message>
        <source>Number of nodes</source>
        <translation>Anzahl der Knoten</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Room name</source>
        <translation>Raumname</translation>
    </message>
    <message>
        <source>Partition fraction</source>
        <translation>Anteil der Partition</translation>
    </message>
    <message>
        <source>&amp;Nodes:</source>
        <translation>&amp;Knoten:</translation>
    </message>
    <message>
        <source>&amp;Latency (one way):</source>
        <translation>&amp;Latenz (eine Richtung):</translation>
    </message>
    <message>
        <source>L&amp;oss:</source>
        <translation>&amp;Verlust:</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Raum:</translation>
    </message>
    <message>
        <source>Partition &amp;fraction:</source>
        <translation>&amp;Anteil der Partition:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <source>&amp;Partition</source>
        <translation>&amp;Partitionieren</translation>
    </message>
    <message>
        <source>Lab status</source>
        <translation>Laborstatus</translation>
    </message>
    <message>
        <source>Starting: %1 of %2 nodes…</source>
        <translation>Starte: %1 von %2 Knoten…</translation>
    </message>
    <message numerus="yes">
        <source>Running: %n node(s), waiting for convergence…</source>
        <translation>
            <numerusform>Läuft: %n Knoten, warte auf Konvergenz…</numerusform>
            <numerusform>Läuft: %n Knoten, warte auf Konvergenz…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Converged in %1 ms (%n node(s))</source>
        <translation>
            <numerusform>Konvergiert in %1 ms (%n Knoten)</numerusform>
            <numerusform>Konvergiert in %1 ms (%n Knoten)</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Cannot start the lab: %1</source>
        <translation>Das Labor kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Healed</source>
        <translation>Geheilt</translation>
    </message>
    <message>
        <source>Partitioned: %1 against the rest</source>
        <translation>Partitioniert: %1 gegen den Rest</translation>
    </message>
    <message>
        <source>&amp;Heal</source>
        <translation>&amp;Heilen</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::MainStatusBar</name>
    <message>
        <source>Address copied to the clipboard</source>
        <translation>Adresse in die Zwischenablage kopiert</translation>
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
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n wartend</numerusform>
            <numerusform>%n wartend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connecting</source>
        <translation>
            <numerusform>%n verbindet</numerusform>
            <numerusform>%n verbinden</numerusform>
        </translation>
    </message>
    <message>
        <source>Endpoints waiting in the connection queue, and dials in progress</source>
        <translation>Endpunkte in der Verbindungswarteschlange und laufende Verbindungsversuche</translation>
    </message>
    <message>
        <source>Your address:</source>
        <translation>Ihre Adresse:</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::MainWindow</name>
    <message>
        <source>Cannot join %1: %2</source>
        <translation>Beitritt zu %1 nicht möglich: %2</translation>
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
        <source>Another node (%1) runs with this profile&apos;s identity; use a profile on one computer at a time</source>
        <translation>Ein anderer Knoten (%1) läuft mit der Identität dieses Profils; ein Profil immer nur auf einem Computer verwenden</translation>
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
        <source>Rooms and chat</source>
        <translation>Räume und Chat</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>%1, directly</source>
        <translation>%1, direkt</translation>
    </message>
    <message>
        <source>%1 is not reachable now; the message goes out when they are seen again</source>
        <translation>%1 ist gerade nicht erreichbar; die Nachricht geht hinaus, sobald der Peer wieder gesehen wird</translation>
    </message>
    <message>
        <source>%1 (direct) — Swarmscope</source>
        <translation>%1 (direkt) — Swarmscope</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Remote Procedures</source>
        <translation>Entfernte Prozeduren</translation>
    </message>
    <message>
        <source>DHT</source>
        <translation>DHT</translation>
    </message>
    <message>
        <source>Show Connection &amp;Queue</source>
        <translation>Verbindungs&amp;warteschlange anzeigen</translation>
    </message>
    <message>
        <source>Show &amp;Remote Procedures</source>
        <translation>Entfernte P&amp;rozeduren anzeigen</translation>
    </message>
    <message>
        <source>Show &amp;DHT</source>
        <translation>&amp;DHT anzeigen</translation>
    </message>
    <message>
        <source>peer-relay network</source>
        <translation>peer-relay-Netz</translation>
    </message>
    <message>
        <source>Show &amp;peer-relay network</source>
        <translation>&amp;peer-relay-Netz anzeigen</translation>
    </message>
    <message>
        <source>&amp;Identity…</source>
        <translation>&amp;Identität…</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::MemberListModel</name>
    <message>
        <source>%1
Connected</source>
        <translation>%1
Verbunden</translation>
    </message>
    <message>
        <source>%1
In the room, reached through other members</source>
        <translation>%1
Im Raum, über andere Mitglieder erreicht</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::MemberListPanel</name>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Members: %1 (%2 connected)</source>
        <translation>Mitglieder: %1 (%2 verbunden)</translation>
    </message>
    <message>
        <source>Message Directly</source>
        <translation>Direkt schreiben</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Blockieren</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::NetworkPage</name>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>The listen address must be an IP address such as 0.0.0.0 or 127.0.0.1, not &apos;%1&apos;.</source>
        <translation>Die Lauschadresse muss eine IP-Adresse wie 0.0.0.0 oder 127.0.0.1 sein, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The listen port must be a number from 0 to 65535 (0 = any free port), not &apos;%1&apos;.</source>
        <translation>Der Port muss eine Zahl von 0 bis 65535 sein (0 = ein beliebiger freier Port), nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>DHT bootstrap nodes</source>
        <translation>DHT-Einstiegsknoten</translation>
    </message>
    <message>
        <source>Relay nodes</source>
        <translation>Relay-Knoten</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a HOST:PORT address (for example 192.0.2.7:6881).</source>
        <translation>%1: &apos;%2&apos; ist keine HOST:PORT-Adresse (zum Beispiel 192.0.2.7:6881).</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>&amp;Lauschen auf:</translation>
    </message>
    <message>
        <source>The IP address peers connect to; 0.0.0.0 means every address of this machine</source>
        <translation>Die IP-Adresse, zu der sich andere verbinden; 0.0.0.0 heißt jede Adresse dieses Rechners</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>TCP port; 0 picks any free port at each start</source>
        <translation>TCP-Port; 0 wählt bei jedem Start einen freien Port</translation>
    </message>
    <message>
        <source>Find peers on the local &amp;network (mDNS)</source>
        <translation>Andere im lokalen &amp;Netzwerk finden (mDNS)</translation>
    </message>
    <message>
        <source>&amp;Interface:</source>
        <translation>&amp;Schnittstelle:</translation>
    </message>
    <message>
        <source>All interfaces</source>
        <translation>Alle Schnittstellen</translation>
    </message>
    <message>
        <source>Find peers worldwide through the &amp;DHT</source>
        <translation>Andere weltweit über die &amp;DHT finden</translation>
    </message>
    <message>
        <source>&amp;Bootstrap nodes:</source>
        <translation>&amp;Einstiegsknoten:</translation>
    </message>
    <message>
        <source>One HOST:PORT a line; empty: the public routers</source>
        <translation>Ein HOST:PORT pro Zeile; leer: die öffentlichen Router</translation>
    </message>
    <message>
        <source>Ask the router to &amp;forward the port (UPnP, NAT-PMP)</source>
        <translation>Den Router bitten, den Port &amp;weiterzuleiten (UPnP, NAT-PMP)</translation>
    </message>
    <message>
        <source>&amp;Relay nodes:</source>
        <translation>&amp;Relay-Knoten:</translation>
    </message>
    <message>
        <source>One HOST:PORT a line, used when peers cannot reach us</source>
        <translation>Ein HOST:PORT pro Zeile, genutzt, wenn andere uns nicht erreichen</translation>
    </message>
    <message>
        <source>Act as a rela&amp;y for peers that cannot reach each other</source>
        <translation>Als Rela&amp;y für andere dienen, die einander nicht erreichen</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::NotificationPolicy</name>
    <message>
        <source>Nickname for mentions</source>
        <translation>Spitzname für Erwähnungen</translation>
    </message>
    <message>
        <source>Messages that contain this name (or your address) count as mentions:</source>
        <translation>Nachrichten, die diesen Namen (oder Ihre Adresse) enthalten, zählen als Erwähnungen:</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Benachrichtigungen</translation>
    </message>
    <message>
        <source>&amp;Always</source>
        <translation>&amp;Immer</translation>
    </message>
    <message>
        <source>Only &amp;Mentions</source>
        <translation>Nur bei &amp;Erwähnungen</translation>
    </message>
    <message>
        <source>&amp;Never</source>
        <translation>&amp;Nie</translation>
    </message>
    <message>
        <source>Nickname for Mentions…</source>
        <translation>Spitzname für Erwähnungen…</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::NotificationsPage</name>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Show desktop &amp;notifications for messages while the window is in the background</source>
        <translation>Desktop-&amp;Benachrichtigungen für Nachrichten zeigen, während das Fenster im Hintergrund ist</translation>
    </message>
    <message>
        <source>&amp;Room messages:</source>
        <translation>&amp;Raumnachrichten:</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Immer</translation>
    </message>
    <message>
        <source>Only when I am mentioned</source>
        <translation>Nur wenn ich erwähnt werde</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>For rooms without a choice of their own (room list › context menu › Notifications); direct messages always notify</source>
        <translation>Für Räume ohne eigene Wahl (Raumliste › Kontextmenü › Benachrichtigungen); Direktnachrichten benachrichtigen immer</translation>
    </message>
    <message>
        <source>Ni&amp;ckname:</source>
        <translation>Spitz&amp;name:</translation>
    </message>
    <message>
        <source>A mention is your address or this name in a message</source>
        <translation>Eine Erwähnung ist Ihre Adresse oder dieser Name in einer Nachricht</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::PacketCborModel</name>
    <message>
        <source>(not CBOR)</source>
        <translation>(kein CBOR)</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>(value)</source>
        <translation>(Wert)</translation>
    </message>
    <message>
        <source>integer</source>
        <translation>Ganzzahl</translation>
    </message>
    <message numerus="yes">
        <source>bytes (%n)</source>
        <translation>
            <numerusform>Bytes (%n)</numerusform>
            <numerusform>Bytes (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>bytes (%n), CBOR</source>
        <translation>
            <numerusform>Bytes (%n), CBOR</numerusform>
            <numerusform>Bytes (%n), CBOR</numerusform>
        </translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>map</source>
        <translation>Map</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Element</numerusform>
            <numerusform>%n Elemente</numerusform>
        </translation>
    </message>
    <message>
        <source>array</source>
        <translation>Array</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>Wahrheitswert</translation>
    </message>
    <message>
        <source>float</source>
        <translation>Gleitkommazahl</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>simple</source>
        <translation>einfacher Wert</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::PacketInspectorPanel</name>
    <message>
        <source>View stream as text lines</source>
        <translation>Datenstrom als Textzeilen zeigen</translation>
    </message>
    <message>
        <source>View stream as length-prefixed frames</source>
        <translation>Datenstrom als längenpräfixierte Rahmen zeigen</translation>
    </message>
    <message>
        <source>View stream as JSON lines</source>
        <translation>Datenstrom als JSON-Zeilen zeigen</translation>
    </message>
    <message>
        <source>How to read an application stream</source>
        <translation>Wie ein Anwendungsdatenstrom gelesen wird</translation>
    </message>
    <message>
        <source>discovery-swarm carries the app&apos;s own bytes: choose how the selected chunk is decoded</source>
        <translation>discovery-swarm trägt die eigenen Bytes der Anwendung: wählen Sie, wie das ausgewählte Stück dekodiert wird</translation>
    </message>
    <message>
        <source>Packet capture started</source>
        <translation>Paketmitschnitt gestartet</translation>
    </message>
    <message>
        <source>Packet capture stopped</source>
        <translation>Paketmitschnitt gestoppt</translation>
    </message>
    <message>
        <source>Export captured frames</source>
        <translation>Mitgeschnittene Frames exportieren</translation>
    </message>
    <message>
        <source>pcapng files (*.pcapng);;All files (*)</source>
        <translation>pcapng-Dateien (*.pcapng);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n frame(s) to %1</source>
        <translation>
            <numerusform>%n Frame nach %1 exportiert</numerusform>
            <numerusform>%n Frames nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export frames: %1</source>
        <translation>Frames konnten nicht exportiert werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s)</source>
        <translation>
            <numerusform>%n Frame</numerusform>
            <numerusform>%n Frames</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older frame(s) dropped</source>
        <translation>
            <numerusform>%n älterer Frame verworfen</numerusform>
            <numerusform>%n ältere Frames verworfen</numerusform>
        </translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Mitschneiden</translation>
    </message>
    <message>
        <source>Record every decoded frame sent and received</source>
        <translation>Jeden gesendeten und empfangenen Frame dekodiert aufzeichnen</translation>
    </message>
    <message>
        <source>Capture frames</source>
        <translation>Frames mitschneiden</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Clear captured frames</source>
        <translation>Mitgeschnittene Frames leeren</translation>
    </message>
    <message>
        <source>Export pcapng…</source>
        <translation>Als pcapng exportieren…</translation>
    </message>
    <message>
        <source>Export captured frames as pcapng</source>
        <translation>Mitgeschnittene Frames als pcapng exportieren</translation>
    </message>
    <message>
        <source>Captured frames</source>
        <translation>Mitgeschnittene Frames</translation>
    </message>
    <message>
        <source>Decoded fields of the selected frame</source>
        <translation>Dekodierte Felder des gewählten Frames</translation>
    </message>
    <message>
        <source>Bytes of the selected frame</source>
        <translation>Bytes des gewählten Frames</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::PacketListModel</name>
    <message>
        <source>in</source>
        <translation>ein</translation>
    </message>
    <message>
        <source>out</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>%1 bytes on the wire, %2 bytes of plaintext</source>
        <translation>%1 Bytes auf der Leitung, %2 Bytes Klartext</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Dir.</source>
        <translation>Richt.</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Peer</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::PeerBlocking</name>
    <message>
        <source>Blocked %1: their messages, files and calls are dropped</source>
        <translation>%1 blockiert: Nachrichten, Dateien und Aufrufe werden verworfen</translation>
    </message>
    <message numerus="yes">
        <source>Blocked %n peer(s): their messages, files and calls are dropped</source>
        <translation>
            <numerusform>%n Peer blockiert: Nachrichten, Dateien und Aufrufe werden verworfen</numerusform>
            <numerusform>%n Peers blockiert: Nachrichten, Dateien und Aufrufe werden verworfen</numerusform>
        </translation>
    </message>
    <message>
        <source>B&amp;lock</source>
        <translation>&amp;Blockieren</translation>
    </message>
    <message>
        <source>Drop this peer&apos;s messages, files and calls, now and after restarts</source>
        <translation>Nachrichten, Dateien und Aufrufe dieses Peers verwerfen, jetzt und nach Neustarts</translation>
    </message>
    <message>
        <source>Block the author</source>
        <translation>Verfasser blockieren</translation>
    </message>
    <message>
        <source>&amp;Blocked Peers…</source>
        <translation>&amp;Blockierte Peers…</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::PeerNaming</name>
    <message>
        <source>A name has at most 64 characters and no control characters</source>
        <translation>Ein Name hat höchstens 64 Zeichen und keine Steuerzeichen</translation>
    </message>
    <message>
        <source>%1 is called by their own name again</source>
        <translation>%1 wird wieder mit dem eigenen Namen gezeigt</translation>
    </message>
    <message>
        <source>%1 is now called %2 here</source>
        <translation>%1 heißt hier jetzt %2</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>%1 umbenennen</translation>
    </message>
    <message>
        <source>Your name for %1, shown only to you.
Leave it empty to show the address.</source>
        <translation>Ihr Name für %1, nur für Sie sichtbar.
Leer lassen, um die Adresse zu zeigen.</translation>
    </message>
    <message>
        <source>Your name for %1, shown only to you.
Leave it empty to show their own name, “%2”.</source>
        <translation>Ihr Name für %1, nur für Sie sichtbar.
Leer lassen, um den eigenen Namen „%2“ zu zeigen.</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>Give this peer a name of your own, shown only to you</source>
        <translation>Diesem Peer einen eigenen Namen geben, den nur Sie sehen</translation>
    </message>
    <message>
        <source>Rename the author…</source>
        <translation>Verfasser umbenennen…</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::PeerRelayDialog</name>
    <message>
        <source>Add peer-relay network</source>
        <translation>peer-relay-Netz hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Bootstrap peers (one WebSocket URL per line):</source>
        <translation>&amp;Einstiegs-Peers (eine WebSocket-URL pro Zeile):</translation>
    </message>
    <message>
        <source>Bootstrap URLs</source>
        <translation>Einstiegs-URLs</translation>
    </message>
    <message>
        <source>Peers of a peer-relay network (the npm package peer-relay) that accept WebSocket connections, written ws://host:port.</source>
        <translation>Peers eines peer-relay-Netzes (das npm-Paket peer-relay), die WebSocket-Verbindungen annehmen, geschrieben ws://host:port.</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::PeerRelayPanel</name>
    <message>
        <source>Could not join the peer-relay network: %1</source>
        <translation>Beitritt zum peer-relay-Netz fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Joining the peer-relay network through %1…</source>
        <translation>Trete dem peer-relay-Netz über %1 bei…</translation>
    </message>
    <message>
        <source>A peer-relay id is 40 hex digits</source>
        <translation>Eine peer-relay-ID hat 40 Hexziffern</translation>
    </message>
    <message>
        <source>Not in a peer-relay network</source>
        <translation>In keinem peer-relay-Netz</translation>
    </message>
    <message>
        <source>Asked %1 for a direct connection</source>
        <translation>%1 um eine direkte Verbindung gebeten</translation>
    </message>
    <message>
        <source>message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>forwarded</source>
        <translation>weitergeleitet</translation>
    </message>
    <message>
        <source>dropped (%1)</source>
        <translation>verworfen (%1)</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>rejected: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <source>inbound</source>
        <translation>eingehend</translation>
    </message>
    <message>
        <source>outbound</source>
        <translation>ausgehend</translation>
    </message>
    <message>
        <source>Not in a peer-relay network.</source>
        <translation>In keinem peer-relay-Netz.</translation>
    </message>
    <message numerus="yes">
        <source>Our peer-relay id: %1 · %n direct peer(s)</source>
        <translation>
            <numerusform>Unsere peer-relay-ID: %1 · %n direkter Peer</numerusform>
            <numerusform>Unsere peer-relay-ID: %1 · %n direkte Peers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Our peer-relay id: %1 · listening on %2 · %n direct peer(s)</source>
        <translation>
            <numerusform>Unsere peer-relay-ID: %1 · lauscht auf %2 · %n direkter Peer</numerusform>
            <numerusform>Unsere peer-relay-ID: %1 · lauscht auf %2 · %n direkte Peers</numerusform>
        </translation>
    </message>
    <message>
        <source>Add &amp;peer-relay network…</source>
        <translation>&amp;peer-relay-Netz hinzufügen…</translation>
    </message>
    <message>
        <source>Join a peer-relay network through the WebSocket URLs of its peers</source>
        <translation>Einem peer-relay-Netz über die WebSocket-URLs seiner Peers beitreten</translation>
    </message>
    <message>
        <source>Add network…</source>
        <translation>Netz hinzufügen…</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Connect directly</source>
        <translation>Direkt verbinden</translation>
    </message>
    <message>
        <source>peer-relay id (40 hex digits)</source>
        <translation>peer-relay-ID (40 Hexziffern)</translation>
    </message>
    <message>
        <source>text to send</source>
        <translation>zu sendender Text</translation>
    </message>
    <message>
        <source>Destination id</source>
        <translation>Ziel-ID</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Nachrichtentext</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
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
    <message>
        <source>A local or private address</source>
        <translation>Eine lokale oder private Adresse</translation>
    </message>
    <message>
        <source>Told by %1; a local or private address</source>
        <translation>Vermittelt von %1; eine lokale oder private Adresse</translation>
    </message>
    <message>
        <source>Told by %1</source>
        <translation>Vermittelt von %1</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Rate in</source>
        <translation>Rate ein</translation>
    </message>
    <message>
        <source>Rate out</source>
        <translation>Rate aus</translation>
    </message>
    <message>
        <source>Where the peer was found: lan, dht, pex, book, manual or inbound</source>
        <translation>Wo der Peer gefunden wurde: lan, dht, pex, book, manual oder inbound</translation>
    </message>
    <message>
        <source>The peer&apos;s state in the connection queue</source>
        <translation>Der Zustand des Peers in der Verbindungswarteschlange</translation>
    </message>
    <message>
        <source>Failed dials before this connection</source>
        <translation>Fehlgeschlagene Verbindungsversuche vor dieser Verbindung</translation>
    </message>
    <message>
        <source>Bytes received per second</source>
        <translation>Empfangene Bytes pro Sekunde</translation>
    </message>
    <message>
        <source>Bytes sent per second</source>
        <translation>Gesendete Bytes pro Sekunde</translation>
    </message>
    <message>
        <source>relayed via %1</source>
        <translation>weitergeleitet über %1</translation>
    </message>
    <message>
        <source>hole-punched</source>
        <translation>durch NAT gebohrt</translation>
    </message>
    <message>
        <source>direct</source>
        <comment>connection path</comment>
        <translation>direkt</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Weg</translation>
    </message>
    <message>
        <source>How the connection runs: direct, hole-punched through both routers, or relayed by another node</source>
        <translation>Wie die Verbindung läuft: direkt, durch beide Router gebohrt oder über einen anderen Knoten weitergeleitet</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Peer ID</source>
        <translation>Peer-ID</translation>
    </message>
    <message>
        <source>The software the peer runs, as it names itself</source>
        <translation>Die Software des Peers, wie sie sich selbst nennt</translation>
    </message>
    <message>
        <source>The BitTorrent peer id of a Bugout room&apos;s wire (its client tag, then the random part in hex)</source>
        <translation>Die BitTorrent-Peer-ID der Verbindung eines Bugout-Raums (ihr Client-Kürzel, dann der Zufallsteil in Hex)</translation>
    </message>
    <message>
        <source>closing (another connection kept)</source>
        <translation>wird geschlossen (andere Verbindung behalten)</translation>
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
    <message>
        <source>Send direct message</source>
        <translation>Direktnachricht senden</translation>
    </message>
    <message>
        <source>Ban</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Close the connection and refuse this peer from now on, also after a restart</source>
        <translation>Die Verbindung schließen und diesen Peer ab jetzt abweisen, auch nach einem Neustart</translation>
    </message>
    <message>
        <source>Ban for this session (soft)</source>
        <translation>Für diese Sitzung sperren (weich)</translation>
    </message>
    <message>
        <source>Close the connection and refuse this peer until Swarmscope quits</source>
        <translation>Die Verbindung schließen und diesen Peer abweisen, bis Swarmscope beendet wird</translation>
    </message>
    <message>
        <source>Back off</source>
        <translation>Zurückstellen</translation>
    </message>
    <message>
        <source>Close the connection and wait one backoff step longer than last time before redialling</source>
        <translation>Die Verbindung schließen und vor dem erneuten Verbinden eine Stufe länger warten als beim letzten Mal</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Trennen</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::PreferencesController</name>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Swarmscope &amp;einrichten…</translation>
    </message>
    <message>
        <source>Profile, network, notifications, appearance and files</source>
        <translation>Profil, Netzwerk, Benachrichtigungen, Darstellung und Dateien</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>Your name was not changed: %1</source>
        <translation>Ihr Name wurde nicht geändert: %1</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::PreferencesDialog</name>
    <message>
        <source>The settings file cannot be read, so nothing can be saved until it is fixed: %1</source>
        <translation>Die Einstellungsdatei kann nicht gelesen werden; bis sie berichtigt ist, kann nichts gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The preferences could not be saved: %1</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Preferences saved. Profile and network changes take effect the next time Swarmscope starts.</source>
        <translation>Einstellungen gespeichert. Änderungen an Profil und Netzwerk wirken beim nächsten Start von Swarmscope.</translation>
    </message>
    <message>
        <source>Preferences saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Network, profile and files settings are kept in %1, which swarmscope-node reads too.</source>
        <translation>Netzwerk-, Profil- und Dateieinstellungen stehen in %1, das auch swarmscope-node liest.</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::PreferencesPage</name>
    <message>
        <source>Changes on this page take effect the next time Swarmscope starts.</source>
        <translation>Änderungen auf dieser Seite wirken beim nächsten Start von Swarmscope.</translation>
    </message>
    <message>
        <source>Changes on this page take effect at once.</source>
        <translation>Änderungen auf dieser Seite wirken sofort.</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::ProcedureListModel</name>
    <message>
        <source>Procedure</source>
        <translation>Prozedur</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::ProfilePage</name>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>This name cannot be used: %1</source>
        <translation>Dieser Name kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation>Anzeige&amp;name:</translation>
    </message>
    <message>
        <source>None: peers see your address only</source>
        <translation>Keiner: andere sehen nur Ihre Adresse</translation>
    </message>
    <message>
        <source>Shown to peers next to your address, signed with your identity (at most %1 characters)</source>
        <translation>Wird anderen neben Ihrer Adresse gezeigt, mit Ihrer Identität signiert (höchstens %1 Zeichen)</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::QueuePanel</name>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n wartend</numerusform>
            <numerusform>%n wartend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n vor neuem Versuch</numerusform>
            <numerusform>%n vor neuem Versuch</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dropped</source>
        <translation>
            <numerusform>%n verworfen</numerusform>
            <numerusform>%n verworfen</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by host, source, referrer, state or address</source>
        <translation>Nach Host, Quelle, Vermittler, Zustand oder Adresse filtern</translation>
    </message>
    <message>
        <source>Filter the connection queue</source>
        <translation>Die Verbindungswarteschlange filtern</translation>
    </message>
    <message>
        <source>Connection queue</source>
        <translation>Verbindungswarteschlange</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::RatePlot</name>
    <message>
        <source>peak %1 %2</source>
        <translation>Spitze %1 %2</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::ReachabilityLabel</name>
    <message>
        <source>Reachable: yes</source>
        <translation>Erreichbar: ja</translation>
    </message>
    <message>
        <source>Reachable: yes, %1</source>
        <translation>Erreichbar: ja, %1</translation>
    </message>
    <message>
        <source>Reachable: yes, %1 %2</source>
        <translation>Erreichbar: ja, %1 %2</translation>
    </message>
    <message>
        <source>Not reachable: behind a NAT that changes ports</source>
        <translation>Nicht erreichbar: hinter einem NAT, das Ports ändert</translation>
    </message>
    <message>
        <source>Not reachable: behind a NAT with no port mapped</source>
        <translation>Nicht erreichbar: hinter einem NAT ohne weitergeleiteten Port</translation>
    </message>
    <message>
        <source>Not reachable from the internet</source>
        <translation>Aus dem Internet nicht erreichbar</translation>
    </message>
    <message>
        <source>Reachable: not known yet</source>
        <translation>Erreichbar: noch unbekannt</translation>
    </message>
    <message>
        <source>Whether peers on the internet can connect to us: learnt from the addresses peers see and from asking a peer to dial us back</source>
        <translation>Ob sich Peers aus dem Internet mit uns verbinden können: gelernt aus den Adressen, die Peers sehen, und aus einem Rückruf durch einen Peer</translation>
    </message>
    <message>
        <source>Reachability</source>
        <translation>Erreichbarkeit</translation>
    </message>
    <message>
        <source>; using relay %1</source>
        <translation>; über das Relay %1</translation>
    </message>
    <message>
        <source>Reachable: not known yet; using relay %1</source>
        <translation>Erreichbar: noch unbekannt; über das Relay %1</translation>
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
        <source>%1 (%2 swarm): %n member(s) seen</source>
        <translation>
            <numerusform>%1 (%2-Schwarm): %n Mitglied gesehen</numerusform>
            <numerusform>%1 (%2-Schwarm): %n Mitglieder gesehen</numerusform>
        </translation>
    </message>
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
    <name>swarmscope::ui::RoomMembers</name>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Mitglieder</translation>
    </message>
    <message>
        <source>Show or hide the current room&apos;s members</source>
        <translation>Die Mitglieder des aktuellen Raums zeigen oder ausblenden</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::RoomsPanel</name>
    <message>
        <source>Swarmscope room</source>
        <translation>Swarmscope-Raum</translation>
    </message>
    <message>
        <source>discovery-swarm swarm</source>
        <translation>discovery-swarm-Schwarm</translation>
    </message>
    <message>
        <source>Bugout room</source>
        <translation>Bugout-Raum</translation>
    </message>
    <message>
        <source>Swarm to join the room in</source>
        <translation>Schwarm, in dem der Raum betreten wird</translation>
    </message>
    <message>
        <source>Where the room lives: our own protocol, or the real swarm of a compatible app (you can also type discovery-swarm:NAME or bugout:ID)</source>
        <translation>Wo der Raum lebt: unser eigenes Protokoll oder der echte Schwarm einer kompatiblen Anwendung (Sie können auch discovery-swarm:NAME oder bugout:ID eingeben)</translation>
    </message>
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
    <message>
        <source>Direct messages</source>
        <translation>Direktnachrichten</translation>
    </message>
    <message>
        <source>Direct conversations</source>
        <translation>Direkte Unterhaltungen</translation>
    </message>
    <message>
        <source>Close conversation</source>
        <translation>Unterhaltung schließen</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::RpcPanel</name>
    <message>
        <source>Pick a room member first</source>
        <translation>Wählen Sie zuerst ein Raummitglied</translation>
    </message>
    <message>
        <source>Asking %1 for its procedures…</source>
        <translation>Frage %1 nach seinen Prozeduren…</translation>
    </message>
    <message>
        <source>Exactly one JSON value, please</source>
        <translation>Bitte genau einen JSON-Wert</translation>
    </message>
    <message>
        <source>Not JSON: %1 at character %2</source>
        <translation>Kein JSON: %1 bei Zeichen %2</translation>
    </message>
    <message>
        <source>A peer and a procedure name are needed</source>
        <translation>Ein Peer und ein Prozedurname werden benötigt</translation>
    </message>
    <message>
        <source>Called %1 on %2</source>
        <translation>%1 auf %2 aufgerufen</translation>
    </message>
    <message>
        <source>%1 did not list its procedures: %2</source>
        <translation>%1 hat seine Prozeduren nicht aufgelistet: %2</translation>
    </message>
    <message>
        <source>%1 sent a procedure list that is not [{name, doc}, …]</source>
        <translation>%1 hat eine Prozedurliste gesendet, die nicht [{name, doc}, …] ist</translation>
    </message>
    <message numerus="yes">
        <source>%1 offers %n procedure(s)</source>
        <translation>
            <numerusform>%1 bietet %n Prozedur an</numerusform>
            <numerusform>%1 bietet %n Prozeduren an</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older call(s) dropped</source>
        <translation>
            <numerusform>%n älterer Aufruf verworfen</numerusform>
            <numerusform>%n ältere Aufrufe verworfen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Mitglied:</translation>
    </message>
    <message>
        <source>Room member to call</source>
        <translation>Aufzurufendes Raummitglied</translation>
    </message>
    <message>
        <source>The address of a member of one of your rooms</source>
        <translation>Die Adresse eines Mitglieds eines Ihrer Räume</translation>
    </message>
    <message>
        <source>Address of a room member</source>
        <translation>Adresse eines Raummitglieds</translation>
    </message>
    <message>
        <source>&amp;List Procedures</source>
        <translation>Prozeduren &amp;auflisten</translation>
    </message>
    <message>
        <source>List the member&apos;s procedures</source>
        <translation>Die Prozeduren des Mitglieds auflisten</translation>
    </message>
    <message>
        <source>Procedures of the member</source>
        <translation>Prozeduren des Mitglieds</translation>
    </message>
    <message>
        <source>&amp;Procedure:</source>
        <translation>&amp;Prozedur:</translation>
    </message>
    <message>
        <source>Procedure to call</source>
        <translation>Aufzurufende Prozedur</translation>
    </message>
    <message>
        <source>&amp;Arguments:</source>
        <translation>A&amp;rgumente:</translation>
    </message>
    <message>
        <source>Arguments as JSON</source>
        <translation>Argumente als JSON</translation>
    </message>
    <message>
        <source>Any JSON value, e.g. [2, 40] or {&quot;text&quot;: &quot;hi&quot;}; empty for null</source>
        <translation>Ein beliebiger JSON-Wert, z. B. [2, 40] oder {&quot;text&quot;: &quot;hi&quot;}; leer für null</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Timeout in milliseconds</source>
        <translation>Zeitlimit in Millisekunden</translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation>Auf&amp;rufen</translation>
    </message>
    <message>
        <source>Call the procedure</source>
        <translation>Die Prozedur aufrufen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Clear the call list</source>
        <translation>Die Aufrufliste leeren</translation>
    </message>
    <message>
        <source>Remote procedure calls and their results</source>
        <translation>Entfernte Prozeduraufrufe und ihre Ergebnisse</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::RpcTrafficModel</name>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>received</source>
        <translation>empfangen</translation>
    </message>
    <message>
        <source>in</source>
        <comment>rpc direction</comment>
        <translation>ein</translation>
    </message>
    <message>
        <source>out</source>
        <comment>rpc direction</comment>
        <translation>aus</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Dir</source>
        <translation>Richt.</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Peer</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Prozedur</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <source>Result / error</source>
        <translation>Ergebnis / Fehler</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>out: we called the peer; in: the peer called us</source>
        <translation>aus: wir haben den Peer aufgerufen; ein: der Peer hat uns aufgerufen</translation>
    </message>
    <message>
        <source>Our calls: until the result arrived. Calls to us: until we answered</source>
        <translation>Unsere Aufrufe: bis das Ergebnis ankam. Aufrufe an uns: bis wir geantwortet haben</translation>
    </message>
    <message>
        <source>pending, ok, error, timeout; received while we work on a call made to us</source>
        <translation>ausstehend, ok, Fehler, Zeitüberschreitung; empfangen, solange wir einen Aufruf an uns bearbeiten</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Die Nachricht senden</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Move between panels</source>
        <translation>Zwischen Bereichen wechseln</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Umschalt+Tab</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::SwarmController</name>
    <message>
        <source>Not a host:port: %1</source>
        <translation>Kein Host:Port: %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>No such peer any more</source>
        <translation>Diesen Peer gibt es nicht mehr</translation>
    </message>
    <message>
        <source>Banned %1</source>
        <translation>%1 gesperrt</translation>
    </message>
    <message numerus="yes">
        <source>Banned %n peer(s)</source>
        <translation>
            <numerusform>%n Peer gesperrt</numerusform>
            <numerusform>%n Peers gesperrt</numerusform>
        </translation>
    </message>
    <message>
        <source>Banned %1 for this session</source>
        <translation>%1 für diese Sitzung gesperrt</translation>
    </message>
    <message numerus="yes">
        <source>Banned %n peer(s) for this session</source>
        <translation>
            <numerusform>%n Peer für diese Sitzung gesperrt</numerusform>
            <numerusform>%n Peers für diese Sitzung gesperrt</numerusform>
        </translation>
    </message>
    <message>
        <source>Backing off from %1</source>
        <translation>%1 wird zurückgestellt</translation>
    </message>
    <message numerus="yes">
        <source>Backing off from %n peer(s)</source>
        <translation>
            <numerusform>%n Peer wird zurückgestellt</numerusform>
            <numerusform>%n Peers werden zurückgestellt</numerusform>
        </translation>
    </message>
    <message>
        <source>Disconnected %1</source>
        <translation>%1 getrennt</translation>
    </message>
    <message numerus="yes">
        <source>Disconnected %n peer(s)</source>
        <translation>
            <numerusform>%n Peer getrennt</numerusform>
            <numerusform>%n Peers getrennt</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Connect to…</source>
        <translation>&amp;Verbinden mit…</translation>
    </message>
    <message>
        <source>Dial a peer by host and port and keep connected (Ctrl+Shift+K)</source>
        <translation>Einen Peer über Host und Port anwählen und verbunden bleiben (Strg+Umschalt+K)</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::SwarmGraphDock</name>
    <message>
        <source>Swarm graph</source>
        <translation>Schwarmgraph</translation>
    </message>
    <message>
        <source>Graph summary</source>
        <translation>Zusammenfassung des Graphen</translation>
    </message>
    <message numerus="yes">
        <source>Lab: %n node(s)</source>
        <translation>
            <numerusform>Labor: %n Knoten</numerusform>
            <numerusform>Labor: %n Knoten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n Verbindung</numerusform>
            <numerusform>%n Verbindungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s)</source>
        <translation>
            <numerusform>%n Peer</numerusform>
            <numerusform>%n Peers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n known from peer exchange</source>
        <translation>
            <numerusform>%n aus dem Peer-Austausch bekannt</numerusform>
            <numerusform>%n aus dem Peer-Austausch bekannt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>peer-relay: %n peer(s)</source>
        <translation>
            <numerusform>peer-relay: %n Peer</numerusform>
            <numerusform>peer-relay: %n Peers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more on message paths</source>
        <translation>
            <numerusform>%n weiterer auf Nachrichtenpfaden</numerusform>
            <numerusform>%n weitere auf Nachrichtenpfaden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::SwarmGraphView</name>
    <message>
        <source>Swarm graph</source>
        <translation>Schwarmgraph</translation>
    </message>
    <message>
        <source>No peers yet</source>
        <translation>Noch keine Peers</translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s) drawn as one; click to show the nearest with its neighbours</source>
        <translation>
            <numerusform>%n Peer als einer gezeichnet; klicken zeigt den nächsten mit seinen Nachbarn</numerusform>
            <numerusform>%n Peers als einer gezeichnet; klicken zeigt den nächsten mit seinen Nachbarn</numerusform>
        </translation>
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
